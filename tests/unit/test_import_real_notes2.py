"""More conventions of people's own conference notes met in real public repositories
(a second measuring set kept outside the project): a day heading written ``06.11. -
Wednesday`` under a title naming the year, ``Name - Title - Keynote`` headings (the kind
said last) over sub-headings that are parts of the notes, a heading with no text of its
own over talks (``# Unconference``), a keynote's notes whose lines are short phrases.
Every fixture here is written for the test, imitating the convention, never copying it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from confnotes.importers.headings import read_heading
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import read_folder
from confnotes.importers.when import find_date


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def _people(p: Programme) -> set[str]:
    return {s.name for t in p.talks for s in t.speakers} | {r.person.name for r in p.roles}


def test_a_day_and_month_with_their_dots_take_the_year_from_elsewhere() -> None:
    assert find_date("12.03. - Tuesday", 2024) == (date(2024, 3, 12), False)
    assert find_date("Dienstag 12.03.", 2024) == (date(2024, 3, 12), False)
    assert find_date("12.03.2024", 2023) == (date(2024, 3, 12), True)
    assert find_date("12.03. - Tuesday") == (None, False)  # no year anywhere: no date
    for not_a_day in ("06.11", "Python 3.10.", "v01.02.", "1.2.3", "at 12.03.45"):
        assert find_date(not_a_day, 2024) == (None, False), not_a_day


def test_talks_under_a_dotted_day_heading_start_on_that_day() -> None:
    p = _read(
        "# Devcamp North 2024\n\n## 12.03. - Tuesday\n\n### 10:15 - Tiny parsers\n"
        "*Ana Ruiz (Example Lab)*\n- parse less\n- test more\n\n"
        "## 13.03. - Wednesday\n\n### 09:40 - Packing light\n*Ola Berg (Northwind)*\n"
        "- zstd everywhere\n"
    )
    starts = {t.title: t.start for t in p.talks}
    assert starts["Tiny parsers"] == datetime(2024, 3, 12, 10, 15)
    assert starts["Packing light"] == datetime(2024, 3, 13, 9, 40)


def test_a_kind_said_after_the_title_is_the_talks_kind() -> None:
    t = read_heading("Ola Berg - Packing light with zstd - Keynote")
    assert (t.title, [s.name for s in t.speakers], t.kind) == (
        "Packing light with zstd",
        ["Ola Berg"],
        "keynote",
    )
    t = read_heading("Ola Berg - Packing light with zstd -Keynote")
    assert (t.title, t.kind) == ("Packing light with zstd", "keynote")
    t = read_heading("Hands-on")  # a dash inside a word says nothing
    assert (t.title, t.kind) == ("Hands-on", "talk")


def test_a_keynotes_heading_naming_a_talk_is_no_list_of_people() -> None:
    p = _read(
        "# Kim Sato - Why locks matter - Keynote\n\nMemory Barriers\n"
        "Cache lines bounce between cores.\n\nLock Striping\nSplit the table in parts.\n\n"
        "Biased Counting\n\n# Ola Berg - Packing light\n\nzstd everywhere\n"
    )
    assert _people(p) == {"Kim Sato", "Ola Berg"}


def test_headings_naming_their_speakers_are_the_talks_and_a_bare_heading_over_talks_a_session() -> (
    None
):
    p = _read(
        "# Kim Sato - Why locks matter -Keynote\n\nshared data clashes\n\n"
        "### Lock striping\nsplit the table\n\n"
        "# Lightning round\n\n## Ana Ruiz - Tiny parsers\nparse less\n\n"
        "## Bo Lin - Fast diffs\nmyers is enough\n\n"
        "# Ola Berg - Packing light\n\nzstd everywhere\n\n### Details\nlevel 19 is slow\n"
    )
    talks = {t.title: ([s.name for s in t.speakers], t.kind) for t in p.talks}
    assert talks == {
        "Why locks matter": (["Kim Sato"], "keynote"),
        "Tiny parsers": (["Ana Ruiz"], "spotlight"),  # under "Lightning round"
        "Fast diffs": (["Bo Lin"], "spotlight"),
        "Packing light": (["Ola Berg"], "talk"),
    }
    body = next(t.body for t in p.talks if t.title == "Why locks matter")
    assert "split the table" in body  # a part of the talk's notes, not a talk


def test_directives_opening_a_file_title_it_and_name_its_presenter() -> None:
    p = _read(
        "@title Queues all the way down\n@subtitle a tour of brokers\n@author Ana Ruiz\n\n"
        "# Intro\n\nbrokers are everywhere\n\n# Models\n\n## Timing\n\nsync or not\n",
        "queues.md",
    )
    assert [(t.title, [s.name for s in t.speakers]) for t in p.talks] == [
        ("Queues all the way down", ["Ana Ruiz"])
    ]
    assert "@author Ana Ruiz" in p.talks[0].body  # the lines stay in the note
    one = _read("@srbaker\n\n# Intro\n\nnotes\n\n# More\n\nnotes\n", "x.md")
    assert all(not t.speakers for t in one.talks)  # a handle alone is no directive


def test_headings_filled_in_from_one_template_are_talks_with_their_kind_and_speakers() -> None:
    p = _read(
        "# Slow code, calm teams\n\nKeynote\n\n## Abstract\n\n- Ana Ruiz\n\n"
        "Why rushing costs more.\n\n## Notes\n\n- breathe\n\n## Links\n\nsee slides\n\n\n"
        "# Packing light\n\nKeynote\n\n## Abstract\n\n- Ola Berg\n- Bo Lin\n\n"
        "Small binaries.\n\n## Notes\n\n- zstd\n",
        "_keynotes.md",
    )
    talks = {t.title: ([s.name for s in t.speakers], t.kind) for t in p.talks}
    assert talks == {
        "Slow code, calm teams": (["Ana Ruiz"], "keynote"),
        "Packing light": (["Ola Berg", "Bo Lin"], "keynote"),
    }
    assert all("Keynote" in t.body for t in p.talks)  # the kind's line stays in the note


def test_a_list_under_a_keynote_heading_led_by_names_gives_its_speakers() -> None:
    p = _read(
        "# Devcamp North 2024\n\n## 12.03. - Tuesday\n\n### Keynote\n"
        "- Ana Ruiz: why rushing costs more\n- Bo Lin (Example Lab)\n"
        "- Ola Berg (Northwind): small binaries\n\n### 10:15 - Tiny parsers\n"
        "*Kim Sato (Lab)*\n- parse less\n"
    )
    keynote = next(t for t in p.talks if t.title == "Keynote")
    assert [s.name for s in keynote.speakers] == ["Ana Ruiz", "Bo Lin", "Ola Berg"]
    plain = _read("# Notes\n\n## Keynote\n- caching: memcache\n- flags: flipper\n")
    assert _people(plain) == set()  # items led by words, not names


def test_a_first_name_before_a_dash_is_a_speaker_among_headings_that_say_the_speaker_first() -> (
    None
):
    text = (
        "# Kim Sato - Why locks matter\n\nnotes\n\n# Carla - No passwords, no problems\n\n"
        "notes\n\n# Bo Lin - Fast diffs\n\nnotes\n\n# Intro - what this day was\n\nnotes\n"
    )
    talks = {t.title: [s.name for s in t.speakers] for t in _read(text).talks}
    assert talks["No passwords, no problems"] == ["Carla"]
    assert "Intro - what this day was" in talks  # a word of notes, no one's name
    alone = _read("# Carla - No passwords, no problems\n\nnotes\n\n# More\n\nnotes\n")
    assert all(not t.speakers for t in alone.talks)  # no sibling says the speaker first


def test_a_folder_of_days_keynotes_and_a_deck_reads_its_talks_and_speakers() -> None:
    folder = Path(__file__).parents[1] / "data" / "importers" / "folders" / "days_kim"
    files = sorted(str(p) for p in folder.rglob("*.md"))
    talks = {
        t.title: ([s.name for s in t.speakers], t.kind)
        for programme in read_folder(str(folder), files)[0].values()
        for t in programme.talks
        if t.speakers
    }
    assert talks == {
        "Why rushing costs more": (["Ana Ruiz"], "keynote"),
        "Passwords are over": (["Lena"], "talk"),
        "Fast diffs in practice": (["Bo Lin"], "talk"),
        "Tiny parsers": (["Olu Ade"], "talk"),
        "Packing light with zstd": (["Ola Berg"], "keynote"),
        "Queues all the way down": (["Mei Tan"], "talk"),
        "Calm code, calm teams": (["Rosa Lind"], "keynote"),
        "Open data for cities": (["Tomas Berg", "Imke Vos"], "keynote"),
        "What a log is for": (["Jon Ek"], "talk"),
    }


def test_a_short_label_then_the_title_then_the_speakers_between_dashes() -> None:
    t = read_heading("Hands on - Taming a legacy parser - Rosa Lind")
    assert (t.title, [s.name for s in t.speakers], t.kind) == (
        "Taming a legacy parser",
        ["Rosa Lind"],
        "talk",
    )
    t = read_heading("Closing Keynote - Calm: a practice for teams - Bo Lin & Mei Tan")
    assert (t.title, [s.name for s in t.speakers], t.kind) == (
        "Calm: a practice for teams",
        ["Bo Lin", "Mei Tan"],
        "keynote",
    )
    t = read_heading("Rust in prod - Kim Sato - Acme Corp")  # title, speaker, company
    assert (t.title, [s.name for s in t.speakers]) == ("Rust in prod", ["Kim Sato"])
