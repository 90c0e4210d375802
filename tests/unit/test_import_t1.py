"""Conventions of real programme files the importer read badly (issue 33, blind set)."""

from __future__ import annotations

from datetime import date

from confnotes.importers.formats import ical
from confnotes.importers.listed_talks import listed_talks
from confnotes.importers.title_speakers import title_and_speakers


def _calendar(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nX-WR-CALNAME:Test Days 2030\r\n"
        f"X-WR-TIMEZONE:Europe/Berlin\r\n{body}END:VCALENDAR\r\n"
    ).encode()


_SESSION = (
    "UID:s1@example.org\r\n"
    "DTSTART;TZID=Europe/Berlin:20300512T140000\r\n"
    "DTEND;TZID=Europe/Berlin:20300512T153000\r\n"
    "SUMMARY:Block 2 (Early career)\r\n"
    'DESCRIPTION: - "Sorting pebbles by weight"\\nPar Lina Moreau\\, Oskar Brandt et Ju\r\n'
    ' lie Fabre.\\n - "A census of garden snails"\\nPar Tomas Ekholm.\r\n'
)


def test_a_session_event_listing_its_papers_gives_each_a_talk_of_that_day() -> None:
    programme = ical.parse(_calendar(_SESSION), "days.ics")
    titles = {t.title: t for t in programme.talks}
    assert set(titles) == {"Sorting pebbles by weight", "A census of garden snails"}
    first = titles["Sorting pebbles by weight"]
    assert [p.name for p in first.speakers] == ["Lina Moreau", "Oskar Brandt", "Julie Fabre"]
    assert first.day == date(2030, 5, 12) and first.start is None
    assert [s.title for s in programme.sessions] == ["Block 2 (Early career)"]
    assert first.session == programme.sessions[0].key
    # the block's bracket names its track, not a person
    names = {p.name for t in programme.talks for p in t.speakers}
    assert "Early career" not in names


def test_a_description_that_is_an_abstract_lists_no_talks() -> None:
    assert listed_talks("We look at snails.\nBy the end you will know why.") == []
    one = '- "Only one paper"\nBy Lina Moreau.'
    assert listed_talks(one) == []  # one pair may be the talk's own summary
    assert listed_talks('- "A"\nBy Lina Moreau.\nSome closing words.') == []


def test_listed_talks_read_english_and_numbered_items() -> None:
    text = "1. Fast queues\nby Ana Ruiz and Li Wei\n2. Slow queues\nby Omar Haddad"
    found = listed_talks(text)
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Fast queues", ["Ana Ruiz", "Li Wei"]),
        ("Slow queues", ["Omar Haddad"]),
    ]


def test_a_pause_s_dash_tail_is_its_place_not_a_speaker() -> None:
    for text in ("Coffee - Online Lounge", "Apéro - Salle Verte", "Lunch – Blue Hall"):
        assert title_and_speakers(text) == (text, [])
    # a talk's dash tail still names its speaker
    assert [p.name for p in title_and_speakers("Sorting pebbles - Lina Moreau")[1]] == [
        "Lina Moreau"
    ]


def test_a_calendar_pause_with_a_place_is_a_break_and_names_no_one() -> None:
    pause = (
        "UID:p1@example.org\r\nDTSTART;TZID=Europe/Berlin:20300512T153000\r\n"
        "DTEND;TZID=Europe/Berlin:20300512T160000\r\nSUMMARY:Café - Online Lounge\r\n"
    )
    programme = ical.parse(_calendar(pause), "days.ics")
    assert not any(p.name == "Online Lounge" for t in programme.talks for p in t.speakers)


def test_a_description_line_holding_only_a_kind_gives_the_event_its_kind() -> None:
    def event(uid: str, summary: str, kind_line: str) -> str:
        return (
            f"UID:{uid}@example.org\r\nDTSTART:20300601T090000Z\r\nDTEND:20300601T100000Z\r\n"
            f"SUMMARY:{summary}\r\n"
            f"DESCRIPTION:{summary}\\nRiver Survey Office\\nhttps://example.org/x\\n"
            f"{kind_line}\\nOnline\\n\r\n"
        )

    programme = ical.parse(
        _calendar(
            event("a", "Mapping old canals", "Workshop"),
            event("b", "Counting river birds", "Seminar"),
        ),
        "week.ics",
    )
    talks = {t.title: t for t in programme.talks}
    assert "workshop" in talks["Mapping old canals"].tags
    assert talks["Mapping old canals"].kind == "talk"
    assert "workshop" not in talks["Counting river birds"].tags


def test_a_name_saved_on_a_mac_and_read_as_windows_1252_is_still_a_name() -> None:
    from confnotes.importers.persons import is_person_name, read_as_mac_roman

    # "Ramón Núñez" and "Inés Peña" as Windows-1252 shows Mac Roman bytes
    for shown in ("Ram—n Nœ–ez", "In\u017es Pe–a"):
        assert is_person_name(shown)
    assert read_as_mac_roman("Ram—n N\u0153–ez") == "Ramón Núñez"
    # a dash between two capitalised words, or one opening a word, is no letter
    assert not is_person_name("Data—Driven Pipelines")
    assert read_as_mac_roman("Sean O’Neil") == "Sean O’Neil"


def test_a_talk_table_s_row_with_its_title_left_blank_still_names_a_speaker() -> None:
    from confnotes.importers.registry import parse_programme

    table = (
        "Day\tName\tAffiliation\tTitle\tAbstract\n"
        "3/4/31\tIrene Vasquez\tPort Town University\tTiling the bathroom floor\tWe tile.\n"
        "3/4/31\tMarek Olsen\tHill College\tCounting stairs\tWe count.\n"
        "4/4/31\tTeodor Lind\tRiver Institute\t\t\n"
    )
    programme = parse_programme(table.encode(), "talks.txt")
    assert len(programme.talks) == 2
    roles = {r.person.name: r.role for r in programme.roles}
    assert roles.get("Teodor Lind") == "speaker"
