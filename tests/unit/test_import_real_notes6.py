"""Conventions of people's notes of one talk met in a sixth real measuring set (kept
outside the project): a heading that is the speaker's name, with a handle, right under
the talk's title and over the notes' own parts; a docs site's speaker card
(``<Speaker name='…'/>``) under the title; ``Keynote - [Name]: https://…`` as a
heading, over a reading list of links; a README whose first sentence names the talk and
ends ``by Name and Name``; a note tool's front matter naming the presenter and the
conference over a body that opens with the title heading. Every fixture is written for
the test, imitating the convention, never copying it."""

from __future__ import annotations

from confnotes.importers.talk_levels import card_speakers, sentence_byline
from tests.unit.notes_checks import kept, read, talks_of


def test_a_name_heading_with_a_handle_under_the_title_is_its_speaker() -> None:
    text = (
        "# Queues that say no\n\n## Mirela Popescu @mpopescu\n\nGood slides.\n\n"
        "### Back-pressure\n- shed load early\n\n## Basic Retries\n\n- jitter\n\n"
        "## Open Questions\n\nNone yet.\n"
    )
    p = read(text)
    assert talks_of(p) == {"Queues that say no": ["Mirela Popescu"]}
    assert not any(person.name in ("Basic Retries", "Open Questions") for t in p.talks
                   for person in t.speakers)  # fmt: skip
    kept(p, text)


def test_name_headings_under_a_title_without_a_mark_stay_a_list_of_talks() -> None:
    # several people's names under one title, none marked: talks by speaker, not one talk
    text = (
        "# Evening talks\n\n## Ana Ruiz\n\nOn queues.\n\n## Bo Lin\n\nOn caches.\n\n"
        "## Kim Sato\n\nOn logs.\n"
    )
    p = read(text)
    assert len([t for t in p.talks if t.kind != "other"]) >= 2


def test_a_speaker_card_under_the_title_names_the_speaker_not_the_attendees() -> None:
    text = (
        "---\nsidebar_position: 2\n---\n\nimport Speaker from '@site/src/components/Speaker';\n\n"
        "# Shrinking container images\n\n<Speaker\n  name='Tove Lindqvist'\n"
        "  position='Platform lead at Example Oy'\n/>\n\n## Attendees\n* Ola\n* Jens\n\n"
        "## Notes\n\n* multi-stage builds\n"
    )
    p = read(text, "shrinking.md")
    assert talks_of(p) == {"Shrinking container images": ["Tove Lindqvist"]}
    kept(p, text)


def test_a_card_is_an_element_named_for_a_speakers_role_with_a_name() -> None:
    assert [x.name for x in card_speakers(['<Presenter name="Ana Ruiz" />'], 0)] == ["Ana Ruiz"]
    assert card_speakers(['<Figure name="Ana Ruiz" />'], 0) == []  # no speaker's role
    assert card_speakers(["<Speaker>", 'name="Ana Ruiz"'], 0) == []  # the tag had closed


def test_a_keynote_heading_whose_speaker_is_a_reference_link_over_a_reading_list() -> None:
    text = (
        "# Opening Keynote - [Rafael Duarte]: https://example.org/rafael\n\n"
        "An hour on maps.\n\n## Books he mentioned\n"
        "1. [Lines on Paper](https://example.com/b1) - Greta Holm\n"
        "2. [Coastlines](https://example.com/b2) - Rafael Duarte\n"
    )
    p = read(text)
    talks = [t for t in p.talks if t.kind != "other"]
    assert [(t.title, t.kind, [s.name for s in t.speakers]) for t in talks] == [
        ("Opening Keynote", "keynote", ["Rafael Duarte"])
    ]
    kept(p, text)


def test_a_readme_sentence_naming_the_talk_and_its_speakers() -> None:
    text = (
        "# Parsing logs with Rust\n\nMaterial for a tutorial at RustConf Lyon by Inès Morel "
        "and Tariq Haddad.\n\n## Setup\n\ncargo build\n\n## Exercises\n\n1. one\n"
    )
    p = read(text, "README.md")
    assert talks_of(p) == {"Parsing logs with Rust": ["Inès Morel", "Tariq Haddad"]}
    kept(p, text)


def test_a_sentence_by_line_needs_a_kind_of_talk_and_people_after_by() -> None:
    assert [x.name for x in sentence_byline("Slides of my talk at X, by Ana Ruiz.")] == ["Ana Ruiz"]
    assert sentence_byline("This project was inspired by Ana Ruiz.") == []  # no talk said
    assert sentence_byline("A talk about parsers by default settings.") == []


def test_a_note_with_a_presenter_and_a_conference_titled_by_its_first_heading() -> None:
    text = (
        "---\npresenter: Lior Ben-David\nconference: Harbour Data 2031\n---\n\n"
        "# Columnar files for everyone\n\nParquet everywhere.\n"
    )
    p = read(text, "columnar.md")
    assert p.name == "Harbour Data 2031"
    assert talks_of(p) == {"Columnar files for everyone": ["Lior Ben-David"]}


def test_reference_links_in_a_readme_programme_with_day_lines_between_its_items() -> None:
    text = (
        "# Lakeside.js 2032\n\nNotes.\n\n## Workshops\n\nMonday, 1 March 2032\n"
        "- [Typed forms] - [Oda Berg] ([Acme])\n\n## Talks\n\nTuesday, 2 March 2032\n"
        "- [Quiet pages] - [Ivo Marek] (Initech)\n- [Loud pages] - [Eli Novak]\n\n"
        "Wednesday, 3 March 2032\n- [Slow pages] - [Ada Lind], [Bo Strand] ([Acme])\n\n"
        "[Typed forms]: https://example.org/t\n[Oda Berg]: https://example.org/o\n"
        "[Quiet pages]:\n[Ivo Marek]: https://example.org/i\n[Acme]: https://example.org/a\n"
    )
    p = read(text, "README.md")
    got = {t.title: ([s.name for s in t.speakers], str(t.day)) for t in p.talks if t.speakers}
    assert got == {
        "Typed forms": (["Oda Berg"], "2032-03-01"),
        "Quiet pages": (["Ivo Marek"], "2032-03-02"),
        "Loud pages": (["Eli Novak"], "2032-03-02"),
        "Slow pages": (["Ada Lind", "Bo Strand"], "2032-03-03"),
    }
    kept(p, text)


def test_a_bracket_after_a_name_is_still_its_affiliation() -> None:
    from confnotes.importers.headings import read_heading

    t = read_heading("Parsing at scale - Ana Ruiz [Lab]")
    assert t.title == "Parsing at scale"
    assert [(s.name, s.affiliations) for s in t.speakers] == [("Ana Ruiz", ["Lab"])]


def test_a_file_name_of_two_names_whose_speaker_the_notes_links_spell() -> None:
    text = "\nSlides: https://kimsato.example.dev/deck\n\n- one\n- two\n"
    p = read(text, "Day 1 - 04 - Memory Barriers - Kim Sato.md")
    assert talks_of(p) == {"Memory Barriers": ["Kim Sato"]}
    # no link spells either side: the name stays the title, and nobody is invented
    q = read("- one\n", "Memory Barriers - Kim Sato.md")
    assert all(not t.speakers for t in q.talks)


def test_a_watch_list_of_links_whose_speakers_are_followed_by_a_remark() -> None:
    text = (
        "# Videos to catch up on\n\n"
        "- [Queues at sea](https://video.example.org/1) — Mara Lind. Two colleagues liked it.\n"
        "- [Ports as code](https://video.example.org/2) — Ivo Marsh. Short, 20 min.\n"
        "- [Tidal joins](https://video.example.org/3) — Lene Dahl\n"
    )
    p = read(text, "watch.md")
    assert talks_of(p) == {
        "Queues at sea": ["Mara Lind"],
        "Ports as code": ["Ivo Marsh"],
        "Tidal joins": ["Lene Dahl"],
    }


def test_a_name_never_holds_a_sentence_end() -> None:
    from confnotes.importers.persons import is_person_name

    assert not is_person_name("Ivo Marsh. Short")
    assert is_person_name("Ma. Teresa Cruz") and is_person_name("Mary St. Clair")


def test_a_kind_then_a_heading_of_its_own_and_a_heading_ending_in_its_day_and_hour() -> None:
    text = (
        "# Deltaconf 2031 notes\n\n## Keynote Speaker - Lior Amsel: Maps that age\n\n* old maps\n\n"
        "## Lunch - Ana Ruiz: menu\n\n* soup\n\n## Lightning talks - June 12, 4:30pm\n\n* five\n"
    )
    p = read(text, "deltaconf.md")
    by = {t.title: t for t in p.talks}
    assert [s.name for s in by["Maps that age"].speakers] == ["Lior Amsel"]
    assert by["Maps that age"].kind == "keynote"
    assert all(not t.speakers for t in p.talks if t.title != "Maps that age")  # no one at lunch
    flash = next(t for t in p.talks if t.title.startswith("Lightning talks"))
    assert flash.start is not None and (flash.start.month, flash.start.hour) == (6, 16)


def test_numbered_headings_naming_their_speakers_over_parts_with_a_speaker_line() -> None:
    text = (
        "# Watched\n\n## 1. Keynote: Slow roads - Ines Moreau - Roadconf 2030\n\n"
        "### Summary\n- calm\n\n### Details\n- Speaker: Ines Moreau\n- Length: 00:40\n\n"
        "## 2. Fast bridges - Kofi Mensah - Bridgeconf 2029\n\n### Summary\n- quick\n\n"
        "### Details\n- Speaker: Kofi Mensah\n"
    )
    p = read(text, "watched.md")
    assert talks_of(p) == {"Slow roads": ["Ines Moreau"], "Fast bridges": ["Kofi Mensah"]}
    assert not any(t.title in ("Summary", "Details") for t in p.talks)
    kept(p, text)


def test_a_first_heading_that_is_not_the_front_matter_title_stays_in_the_note() -> None:
    # a Quarto/Jekyll note: front matter names the talk, the body opens with its first part
    text = (
        "---\ntitle: Survival curves without tears\nformat: html\n---\n\n"
        "# Censored data\n\n## Why it matters\n\nMost rows end early.\n\n"
        "# Hazard models\n\nProportional, mostly.\n"
    )
    p = read(text, "survival.qmd")
    talks = [t for t in p.talks if t.kind != "other"]
    assert [t.title for t in talks] == ["Survival curves without tears"]
    assert "# Censored data" in talks[0].body
    kept(p, text)
