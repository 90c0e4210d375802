"""Conventions of people's own conference notes met in a fifth real measuring set (kept
outside the project): a front matter YAML refuses (a colon in a bare title), headings
that are a speaker's name over their talk's title, a run of fields in another language,
``Keynote: Name`` and ``Name Keynote`` headings, lightning talks as bullets, ``Name,
Place`` lines where most places read as places, a day alone under the title, session
files of one folder, an index entry whose file holds another talk, ``## Panel`` over
``with`` names, a post's own parts beside talks signed under their headings. Every
fixture is written for the test, imitating the convention, never copying it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from confnotes.importers.persons import is_person_name
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import expand_sources, read_folder


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def _talks(p: Programme) -> dict[str, list[str]]:
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


def _folder(tmp_path: Path, files: dict[str, str]) -> list[Programme]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    groups: dict[str, list[str]] = {}
    for source, group, skip in expand_sources([str(tmp_path)]):
        if group and not skip:
            groups.setdefault(group, []).append(source)
    return [p for g, files in groups.items() for p in read_folder(g, files)[0].values()]


def test_a_front_matter_with_a_colon_in_its_title_is_read_not_refused() -> None:
    text = (
        "---\ntitle: Harbourconf 2031: day one\ndate: 2031-03-04\nauthor: Pat Doe\n---\n\n"
        "My notes of the first day.\n\n# Queues at sea --- Ana Ruiz (Acme)\n\nFast.\n\n"
        "# Caches ashore -- Bo Lin (Initech)\n\nSlow.\n"
    )
    p = _read(text, "2031-03-04-harbourconf.md")
    assert p.name == "Harbourconf 2031"
    assert _talks(p) == {"Queues at sea": ["Ana Ruiz"], "Caches ashore": ["Bo Lin"]}
    assert all(t.day == date(2031, 3, 4) for t in p.talks if t.kind != "other")
    # the post's author spoke at nothing: the line is kept with the notes, no one's talk
    assert any(t.extra.get("author") == "Pat Doe" for t in p.talks)


def test_a_heading_that_is_a_speakers_name_over_the_title_of_the_talk() -> None:
    text = (
        "# Bayconf 2030 - Lisbon\n\n## The talks\n\n"
        "### Ana Ruiz [@ana](http://example.com/ana)\n#### [Fast queues](http://example.com/1)\n\n"
        "* one\n\n### Bo Lin [@bo](http://example.com/bo)\n#### [Numerical Ruby](http://example.com/2)"
        "\n\n* two\n\n## Lightning talks\n\n### Kim Sato\n[Tiny parsers](http://example.com/3)\n\n"
        "### Ola Berg\n[Big tables]()\n\n## Panel\nwith Ana Ruiz, Tom Vik and Lea Mond\n"
    )
    talks = _talks(_read(text))
    assert talks["Fast queues"] == ["Ana Ruiz"]
    assert talks["Numerical Ruby"] == ["Bo Lin"]  # a title shaped like a name, by position
    assert talks["Tiny parsers"] == ["Kim Sato"]
    assert talks["Big tables"] == ["Ola Berg"]
    assert talks["Panel"] == ["Ana Ruiz", "Tom Vik", "Lea Mond"]


def test_a_run_of_fields_and_kind_headings_beside_the_writers_own_parts() -> None:
    text = (
        "# Pyconf 2032\n\n今年も参加しました。\n\n## Pyconfとは\n\n会場は大学です。\n\n"
        "## Keynote: Ana Ruiz\n\n* 概要：[The future](http://example.com/1)\n\n話が面白かった。\n\n"
        "## Building a language team\n\n* 概要：[Building a language team](http://example.com/2)\n"
        "* スピーカー：MinJun Park\n* 動画：<http://example.com/v2>\n\n事例の紹介。\n\n"
        "## Growth together\n\n* 概要：[Growth together](http://example.com/3)\n"
        "* スピーカー：Luna\n* 動画：<http://example.com/v3>\n\n再始動の話。\n\n"
        "## クロージング\n\nお疲れさまでした。\n"
    )
    p = _read(text)
    talks = _talks(p)
    assert talks["Keynote: Ana Ruiz"] == ["Ana Ruiz"]
    assert talks["Building a language team"] == ["MinJun Park"]
    assert talks["Growth together"] == ["Luna"]  # one name, where a speaker's field says so
    assert "Pyconfとは" not in talks and "クロージング" not in talks  # the writer's parts
    assert any("お疲れさまでした。" in t.body for t in p.talks)


def test_lightning_talks_as_bullets_and_a_keynote_above_the_talks_level() -> None:
    text = (
        "# Riverconf 2029\n\n## Ana Ruiz Keynote\n\n- old practices give way\n\n## Talks\n\n"
        "### Ensembles in practice\n\n- [Slides](http://example.com/1.pdf) by Bo Lin\n- bias\n\n"
        "### Deques\n\n- vectors\n\n## Lightning Talks\n\n* Packages at companies\n"
        "\t* [PDF](http://example.com/2.pdf)\n* Testing interfaces\n\t* [Slides](http://example.com/3)\n"
    )
    p = _read(text)
    talks = _talks(p)
    assert talks["Ana Ruiz Keynote"] == ["Ana Ruiz"]
    assert next(t for t in p.talks if t.title == "Ana Ruiz Keynote").kind == "keynote"
    assert talks["Ensembles in practice"] == ["Bo Lin"]
    assert "Packages at companies" in talks and "Testing interfaces" in talks


def test_name_place_lines_and_a_day_alone_under_the_title() -> None:
    text = (
        "# Immunity Meeting 2027 - Session 1\n\n**Cells**\n*Tuesday, 20 April*\n\n"
        "## Decoding states\n\n**Ana Ruiz, MSK**\n\nnotes\n\n## Migration assays\n\n"
        "**Bo Lin, University of Lund**\n\nnotes\n\n## Germinal centres\n\n"
        "**Kim Sato, Grant Marsh**\n"
    )
    p = _read(text)
    assert _talks(p)["Germinal centres"] == ["Kim Sato"]  # a place shaped like a name
    germinal = next(t for t in p.talks if t.title == "Germinal centres")
    assert germinal.speakers[0].affiliations == ["Grant Marsh"]
    assert all(t.day == date(2027, 4, 20) for t in p.talks if t.kind != "other")


def test_session_files_of_a_folder_name_their_event_and_an_index_of_surnames(
    tmp_path: Path,
) -> None:
    parts = _folder(
        tmp_path / "meeting",
        {
            "session_1.md": "# Immunity Meeting 2027 - Session 1\n\n## A\n\n**Ana Ruiz, MSK**\n",
            "session_2.md": "# Immunity Meeting 2027 - Session 2\n\n## B\n\n**Bo Lin, HMS**\n",
        },
    )
    assert {p.name for p in parts} == {"Immunity Meeting 2027"}
    index = (
        "### Apart 2028\n\nSessions:\n\n1. [Grids - Okafor](/Okafor-Grids.md)\n"
        "1. [Web design changed - Lindqvist](/Lindqvist-Web.md)\n"
        "1. [Mobile futures - Brandt](/Brandt-Mobile.md)\n"
    )
    parts = _folder(
        tmp_path / "apart",
        {
            "README.md": index,
            # the file named for one talk holds the notes of another
            "Okafor-Grids.md": "# Web design changed - Jen Lindqvist\n\nnotes\n",
        },
    )
    talks = {t.title: [s.name for s in t.speakers] for p in parts for t in p.talks if t.speakers}
    assert talks["Grids"] == ["Okafor"]
    assert talks["Web design changed"] == ["Jen Lindqvist"]  # the surname is that person
    assert talks["Mobile futures"] == ["Brandt"]


def test_talks_signed_under_their_headings_and_the_posts_own_parts() -> None:
    text = (
        '+++\ntitle = "Notes from Capital JS 2033"\ndate = "2033-04-09"\n+++\n\n'
        "A recap.\n\n## Desktop apps\n\n*Talk by [Ana Ruiz](http://example.com/a)*\n\n* one\n\n"
        "## Hybrid apps\n\n*Talk by [Bo Lin](http://example.com/b)*\n\n* two\n\n"
        "## Final words...\n\nA great first edition.\n"
    )
    p = _read(text)
    assert _talks(p) == {"Desktop apps": ["Ana Ruiz"], "Hybrid apps": ["Bo Lin"]}
    assert any("A great first edition." in t.body for t in p.talks)


def test_a_joined_given_name_is_a_name_only_where_a_role_says_so() -> None:
    assert is_person_name("SiYeong Jang", single_ok=True)
    assert not is_person_name("SiYeong Jang")
    assert not is_person_name("JavaScript Basics", single_ok=True)


def test_a_day_of_talks_with_a_lightning_session_and_one_name_in_brackets() -> None:
    text = (
        "# Tuesday, 22.7.\n\n## Testing in anger (Ana Ruiz)\n* one\n\n"
        "## Queues for all (Bo Lin)\n* two\n\n## The state of TLS (Hynek)\n* three\n\n"
        "### Servers\n* be up to date\n\n### Clients\n* verify\n\n"
        "## Lightning talks\n\n### Elliptics\n* storage\n\n### ZeroVM\n* clouds\n"
    )
    talks = _talks(_read(text))
    assert talks["The state of TLS"] == ["Hynek"]  # the column its siblings fill with names
    assert talks["Elliptics"] == [] and talks["ZeroVM"] == []
    assert "Servers" not in talks and "Clients" not in talks  # a talk's own parts


def test_a_folder_page_names_its_event_and_dates_its_talks(tmp_path: Path) -> None:
    parts = _folder(
        tmp_path / "vis_2015",
        {
            "README.md": "# Visconf - Boston 2015\n### April 6, 2015\n\nschedule: http://x\n",
            "earth.md": "## Building earth\n\n### Ana Ruiz\n\n__Summary:__ maps\n",
            "keynote.md": "## Keynote\n\n### Bo Lin\n\n---\n\n#### Tools\n\n* grammars\n",
        },
    )
    assert {p.name for p in parts} == {"Visconf 2015"}
    days = {t.title: t.day for p in parts for t in p.talks if t.speakers}
    assert days == {"Building earth": date(2015, 4, 6), "Keynote": date(2015, 4, 6)}


def test_a_post_title_that_names_no_event_is_kept_as_the_notes_description() -> None:
    text = (
        '+++\ntitle = "Notes from the Thursday morning keynotes"\ndate = 2020-06-25\n+++\n\n'
        "## Workspaces\n**Speakers**: Ana Ruiz, Bo Lin\n\nGit support.\n\n"
        "## Model registries\n**Speakers**: Kim Sato\n\nTags.\n"
    )
    p = _read(text)
    assert _talks(p) == {"Workspaces": ["Ana Ruiz", "Bo Lin"], "Model registries": ["Kim Sato"]}
    assert p.description == "Notes from the Thursday morning keynotes"


def test_an_index_column_of_surnames_after_titles_shaped_like_names() -> None:
    text = (
        "### Apart 2028\n\n1. [Beyond Engagement - Okafor](/a.md)\n"
        "1. [Customizable Art Direction - Brandt](/b.md)\n1. [Data Basics - Lindqvist](/c.md)\n"
    )
    talks = _talks(_read(text, "README.md"))
    assert talks["Customizable Art Direction"] == ["Brandt"]  # by its place in the column
    assert talks["Data Basics"] == ["Lindqvist"]


def test_a_heading_on_the_next_line_that_goes_on_with_the_title() -> None:
    text = (
        "## The power of loops\n### & why repetition is curious\n\n### Ana Ruiz\n\n"
        "__Summary:__ gifs.\n\n---\n\n#### gifs now\n\n* reactions\n"
    )
    assert _talks(_read(text, "loops.md")) == {
        "The power of loops & why repetition is curious": ["Ana Ruiz"]
    }
