"""Conventions of people's own conference notes met in real public repositories (a
measuring set kept outside the project): one file per talk whose sub-headings are its
parts, a speaker line or heading under the title, a talk-page link under it, an index
file naming the folder's conference, a file with no heading titled by its name. Every
fixture here is written for the test, imitating the convention, never copying it."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.importers import doctree
from confnotes.importers.identity import title_key
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import read_folder
from tests.unit.importing import people_of as _people


def _names(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.affiliations) for p in split_speakers(text)]


def test_a_title_joined_by_and_is_no_person_with_an_affiliation() -> None:
    # a list item linking a talk's notes: "X and Y at Z" is a title, not "X" of "Y at Z"
    assert _names("Silent Films and Captions on Television") == []
    assert _names("Rosa Lind and Tomas Berg") == [("Rosa Lind", []), ("Tomas Berg", [])]
    assert _names("Rosa Lind; Tomas Berg et al.") == [("Rosa Lind", []), ("Tomas Berg", [])]


def test_an_ampersand_inside_a_word_does_not_split_an_affiliation() -> None:
    assert _names("Imke Vos, ACME R&D") == [("Imke Vos", ["ACME R&D"])]
    assert _names("Imke Vos & Ola Berg") == [("Imke Vos", []), ("Ola Berg", [])]


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def test_a_heading_alone_is_no_speaker_among_headings_that_are_not_names() -> None:
    notes = (
        "# Harbour Tech Day notes\n\n## Night Trains\n- sleeper routes came back\n\n"
        "## Quiet Harbours\n- shore power for ferries\n\n## Open questions\n- who pays?\n"
    )
    assert _people(_read(notes)) == set()
    by_speaker = "# Summer school notes\n\n## Ines Moreau\n- routing\n\n## Tariq Said\n- tides\n"
    assert _people(_read(by_speaker)) == {"Ines Moreau", "Tariq Said"}


def _talks(programme: Programme) -> list[tuple[str, list[str]]]:
    return [(t.title, [p.name for p in t.speakers]) for t in programme.talks]


def test_a_talk_file_with_a_second_top_heading_for_its_questions_is_one_talk() -> None:
    notes = (
        "# Bloom filters at scale - Marta Ilves - Tidewater Labs\n\nsee the repo\n\n"
        "## Why sketches\n - memory is finite\n\n## Accuracy\n - false positives only\n\n"
        "# Questions\n\n - Can they shrink?\n   - no, rebuild\n"
    )
    programme = _read(notes, "3_bloom.md")
    assert _talks(programme) == [("Bloom filters at scale", ["Marta Ilves"])]
    assert "# Questions\n\n - Can they shrink?\n" in programme.talks[0].body


def test_a_title_followed_by_a_name_then_the_talks_page_makes_one_talk() -> None:
    notes = (
        "# Speaking Plainly: Data for Non-Specialists\n\nJonas Petrauskas\n\n"
        "http://summit.example.org/session/speaking-plainly\n\n## Is it hard?\n\n - yes\n\n"
        "# Does it pay off?\n\n - often\n\n# Question\n\n - how to start?\n"
    )
    programme = _read(notes, "7_speaking.md")
    assert _talks(programme) == [
        ("Speaking Plainly: Data for Non-Specialists", ["Jonas Petrauskas"])
    ]
    link_only = (
        "# Tiny Habits for Deep Work\n\nhttps://example.org/en/speakers/Okoro.html\n\n"
        "- focus is finite\n\n## Calm Offices\n\n- fewer screens\n\n"
        "## Sprint Fatigue\n\n- it does not last\n"
    )
    assert _talks(_read(link_only, "deep-work.md")) == [("Tiny Habits for Deep Work", [])]


def test_a_heading_naming_the_speaker_right_under_the_title_is_its_speaker() -> None:
    notes = (
        "## Opening keynote\n\n### Priya Raman\n\n---\n\n#### Why grammars\n\n* reuse\n\n"
        "#### Declarative specs\n\n* less code\n"
    )
    programme = _read(notes, "opening.md")
    assert _talks(programme) == [("Opening keynote", ["Priya Raman"])]
    assert "### Priya Raman\n" in programme.talks[0].body  # the heading stays in the note


def test_talk_headings_followed_by_by_lines_are_the_talks_whatever_lies_below() -> None:
    notes = (
        "# FrontConf\n\n## The Quiet Layout\n\nby [Lena Sorvari](https://example.org/lena)\n\n"
        "### Grid history\n\n- tables first\n\n### Today\n\n- subgrid\n\n"
        "## Colour Without Fear\n\nby [Omar Haddad](https://example.org/omar)\n\n"
        "### Contrast\n\n- check it\n"
    )
    assert _talks(_read(notes, "2024-05-02-frontconf.md")) == [
        ("The Quiet Layout", ["Lena Sorvari"]),
        ("Colour Without Fear", ["Omar Haddad"]),
    ]


def _folder(tmp_path: Path, files: dict[str, str]) -> dict[str, Programme]:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    sources = [str(tmp_path / name) for name in sorted(files)]
    read, together = read_folder(str(tmp_path), sources)
    assert together
    return {Path(source).name: programme for source, programme in read.items()}


def test_a_folders_readme_heading_names_its_conference_and_is_no_talk(tmp_path: Path) -> None:
    read = _folder(
        tmp_path,
        {
            "README.md": (
                "# [HarbourPy 2021](https://example.org/) (June 3-5, 2021)\n### June 3, 2021\n\n"
                "My notes.\n"
            ),
            "sketches.md": '# "Sketching Streams" by Noor Aziz\n\n- count-min\n',
        },
    )
    assert {p.name for p in read.values()} == {"HarbourPy 2021"}
    readme = read["README.md"].talks
    assert {t.kind for t in readme} == {"other"}  # its heading's text, a date heading: no talk
    assert any("My notes.\n" in t.body for t in readme)
    notes = _folder(tmp_path / "b", {"README.md": "# Tidal Data Summit 2019 Notes\n\nHi.\n"})
    assert notes["README.md"].name == "Tidal Data Summit 2019"


def test_an_index_of_notes_files_gives_its_talks_and_joins_the_files_it_links(
    tmp_path: Path,
) -> None:
    read = _folder(
        tmp_path,
        {
            "README.md": (
                "# Coastal Accessibility Forum\n\n## Testing\n\n"
                "* [Linting for Contrast](contrast.md)\n* [Screen Reader Labs](labs.md)\n\n"
                "## Media\n\n* [Captions at Scale](captions.md)\n"
            ),
            "contrast.md": "# Linting for Contrast\n\nAsha Menon, Brightline\n\n## Tools\n- axe\n",
            "day1.md": (
                "# Day 1\n\n## Morning talk\n\nSpeaker: Lio Grant\n\n"
                "## Late talk\n\nSpeaker: Ada Pell\n"
            ),
        },
    )
    assert read["README.md"].name == "Coastal Accessibility Forum"
    titles = [t.title for p in read.values() for t in p.talks if t.kind != "other"]
    assert sorted(titles) == sorted(
        [
            "Screen Reader Labs",
            "Captions at Scale",
            "Linting for Contrast",
            "Morning talk",
            "Late talk",
        ]
    )  # the entry linking contrast.md is that file's talk, not a second one
    index_text = next(t for t in read["README.md"].talks if t.kind == "other")
    assert "## Media\n\n* [Captions at Scale](captions.md)\n" in index_text.body


def test_a_speaker_line_under_two_words_and_a_colon_keeps_the_title_whole() -> None:
    notes = (
        "# Tactile Turtle: A Drawing Language Anyone Can Hear\n\nMina Solberg and Aku Lehto, "
        "Fjordlabs\n\n## Why\n\n- syntax errors scare\n\n## Results\n\n- fewer errors\n"
    )
    assert _talks(_read(notes, "gentle.md")) == [
        ("Tactile Turtle: A Drawing Language Anyone Can Hear", ["Mina Solberg", "Aku Lehto"])
    ]
    same = "# Mina Solberg: Parsing for Teens\n\nSpeaker: Mina Solberg\n\n## Notes\n\n- ok\n"
    assert _talks(_read(same, "mina.md")) == [("Parsing for Teens", ["Mina Solberg"])]


def test_a_heading_that_said_more_than_the_title_stays_in_the_note() -> None:
    talk_file = '# "Lazy Iterators" by [Rui Barros](https://example.org/rui)\n\n## Why\n- memory\n'
    (talk,) = _read(talk_file, "lazy.md").talks
    assert (talk.title, [p.name for p in talk.speakers]) == ("Lazy Iterators", ["Rui Barros"])
    assert talk.body.startswith('# "Lazy Iterators" by [Rui Barros](https://example.org/rui)\n')
    day = (
        "# Quiet Data Day 2023\n\n"
        "## A. Small containers\n\n* speaker: Ivo Marsh\n* fewer layers\n\n"
        "## B. Honest dashboards\n\n* speaker: Lene Dahl\n* label the axes\n\n"
        "## [Sketch Joins](https://example.org/joins)\n\nby [Ona Reyes](https://example.org/ona)\n"
    )
    talks = {t.title: t for t in _read(day, "quiet.md").talks}
    assert talks["Small containers"].body.startswith("## A. Small containers\n\n* speaker: Ivo")
    assert talks["Sketch Joins"].body.startswith("## [Sketch Joins](https://example.org/joins)\n")
    assert "Honest dashboards" in talks and "## " not in talks["Honest dashboards"].title


def test_a_file_with_no_heading_that_starts_with_a_list_is_titled_by_its_name() -> None:
    notes = "* What?\n    * a managed queue\n* Pricing\n    * per hour\n"
    (talk,) = _read(notes, "Day1-Managed-Queues.md").talks
    assert title_key(talk.title) == "day1 managed queues"
    assert talk.body == notes


def test_a_speaker_key_names_its_speaker_even_in_lower_case() -> None:
    notes = "# Day notes\n\n## Tea and tabular data\n\n* speaker: lena dahl\n* teapots\n"
    talks = [t for t in _read(notes, "day.md").talks if t.kind != "other"]
    assert [(t.title, [p.name for p in t.speakers]) for t in talks] == [
        ("Tea and tabular data", ["lena dahl"])
    ]  # "# Day notes" stays in a note of its own
    vague = "# Day notes\n\n## Tea and tabular data\n\n* speaker: the cto\n* teapots\n"
    assert _people(_read(vague, "day.md")) == set()


def test_an_org_file_without_keywords_is_read_as_org() -> None:
    notes = (
        "* Tidal joins without tears\n  :PROPERTIES:\n  :SPEAKER: Ada Pell\n  :END:\n"
        "** Why\n- state is the hard part\n** Questions\n- watermarks?\n"
    )
    (talk,) = _read(notes, "tides.org").talks
    assert (talk.title, [p.name for p in talk.speakers]) == (
        "Tidal joins without tears",
        ["Ada Pell"],
    )
    plain = "* Gentle Rust\nSpeaker: Ivo Marsh\n** Notes\n- the borrow checker\n"
    assert _talks(_read(plain, "gentle.org")) == [("Gentle Rust", ["Ivo Marsh"])]
    markdown = "* a bullet\n* another bullet\n"  # single stars alone stay Markdown bullets
    assert doctree.parse(markdown).syntax == "markdown"


def test_a_vault_map_joins_the_notes_it_links_by_name_and_lists_no_people_as_talks(
    tmp_path: Path,
) -> None:
    read = _folder(
        tmp_path,
        {
            "Harbour Summit 2024.md": (
                "# Harbour Summit 2024\n\n## Talks I saw\n"
                "- [[Tidal joins]] — Ada Pell\n- [[2024-06-02]] (two talks)\n\n"
                "## People\n- [[Ada Pell]]\n- [[Ivo Marsh]]\n"
            ),
            "Tidal joins.md": "# Tidal joins\n\n- state is hard\n",
            "2024-06-02.md": (
                "## Ports as code\nSpeaker: Ivo Marsh\n- yaml\n\n"
                "## Ferry telemetry\nSpeaker: Lene Dahl\n- gps\n"
            ),
        },
    )
    talks = {t.title: t for p in read.values() for t in p.talks if t.kind != "other"}
    assert sorted(talks) == ["Ferry telemetry", "Ports as code", "Tidal joins"]
    assert [p.name for p in talks["Tidal joins"].speakers] == ["Ada Pell"]  # from the map


def test_a_folder_given_by_a_relative_path_finds_its_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("# Fjord Summit 2020 Notes\n", encoding="utf-8")
    (tmp_path / "notes" / "a.md").write_text("# Sea ice\n\nSpeaker: Ola Berg\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    read, _together = read_folder(
        str((tmp_path / "notes").resolve()), ["notes/README.md", "notes/a.md"]
    )
    assert {p.name for p in read.values()} == {"Fjord Summit 2020"}


def test_a_file_without_a_title_whose_headings_name_nothing_is_one_note_named_by_its_file() -> None:
    notes = (
        "Some context first\n\nLena Dahl\nHarbourCo\n\n## Shipping in production\n\n- slow\n\n"
        "## Two environments\n\n- lab and factory\n\n## Way forward\n\n- containers\n"
    )
    programme = _read(notes, "opening-keynote.md")
    assert [t.title for t in programme.talks] == ["opening keynote"]  # the slug's words
    assert _people(programme) == set()  # "Way Forward" among the parts is no person
    day = "## Ports as code\n\nSpeaker: Ivo Marsh\n\n## Ferry telemetry\n\nSpeaker: Lene Dahl\n"
    assert len(_read(day, "harbour.md").talks) == 2  # headings with speakers stay talks


def test_a_possessive_is_no_name_and_a_handle_after_a_name_is_set_aside() -> None:
    assert _names("Rust's Quiet Corners") == []
    notes = "# Rust's Quiet Corners: Small Wins\n\n## Takeaways\n\n-\n\n## Links\n\n-\n"
    assert _people(_read(notes, "corners.md")) == set()
    assert _names("Lena Ortiz @lortiz") == [("Lena Ortiz", [])]
    tides = "# Tide tables for everyone - Lena Ortiz @lortiz\n\n## Why\n\n- moon\n"
    assert _talks(_read(tides, "t.md")) == [("Tide tables for everyone", ["Lena Ortiz"])]


def test_index_entries_ending_in_a_name_give_their_speakers_even_surnames_alone() -> None:
    index = (
        "### Fjord Web Day 2019\n\nMy session notes:\n\n"
        "1. [Quiet grids for busy pages - Sorvari](/Sorvari-Grids.md)\n"
        "1. [Colour maths for designers - Haddad](/Haddad-Colour.md)\n"
        "1. [Tidy data in the browser - Okafor](/Okafor-Tidy.md)\n"
    )
    assert _talks(_read(index, "README.md"))[:3] == [
        ("Quiet grids for busy pages", ["Sorvari"]),
        ("Colour maths for designers", ["Haddad"]),
        ("Tidy data in the browser", ["Okafor"]),
    ]


def test_a_vault_page_about_a_person_is_a_note_of_the_folder_not_a_talk(tmp_path: Path) -> None:
    read = _folder(
        tmp_path,
        {
            "People/Lene Dahl.md": "# Lene Dahl\n\nWorks on ferry telemetry. Met at lunch.\n",
            "telemetry.md": "# Ferry telemetry\n\nSpeaker: Lene Dahl\n\n- gps every second\n",
        },
    )
    kinds = {t.title: t.kind for p in read.values() for t in p.talks}
    assert kinds["Lene Dahl"] == "other" and kinds["Ferry telemetry"] != "other"
