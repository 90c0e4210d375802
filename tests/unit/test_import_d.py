"""Helpers that two readers had each written for themselves, now one each (stop 56):
the dash that signs a closing line, what the headings over a record say, and whether
two titles name one talk. The documents are written for these tests."""

from __future__ import annotations

from datetime import date

from confnotes.importers import composed, doctree, join
from confnotes.importers.attended import _same
from confnotes.importers.formats import ical, notes
from confnotes.importers.headings import CELL_SIGNATURE_RE, SIGNATURE_RE
from confnotes.importers.identity import same_title_key, title_key
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.talk_levels import same_title
from confnotes.importers.timetable import _signed
from confnotes.importers.treerecords import _headings_say
from confnotes.model import Link


def _who(pattern, line: str) -> str | None:
    m = pattern.match(line)
    return m.group("who") if m else None


def test_a_long_dash_signs_in_notes_and_in_a_cell() -> None:
    for line in ("— Ines Calloway", "– Ines Calloway", "-- Ines Calloway", "~ Ines Calloway"):
        assert _who(SIGNATURE_RE, line) == "Ines Calloway"
        assert _who(CELL_SIGNATURE_RE, line) == "Ines Calloway"


def test_a_single_hyphen_signs_a_cell_but_is_a_list_item_in_notes() -> None:
    assert _who(CELL_SIGNATURE_RE, "- Ines Calloway、Oren Batt") == "Ines Calloway、Oren Batt"
    assert SIGNATURE_RE.match("- Ines Calloway") is None


def test_a_cell_signature_is_a_line_of_bounded_length() -> None:
    assert CELL_SIGNATURE_RE.match("- " + "w" * 201) is not None
    assert CELL_SIGNATURE_RE.match("- " + "w" * 202) is None
    assert SIGNATURE_RE.match("— " + "w" * 500) is not None


def test_a_cell_abstract_signed_with_a_hyphen_names_its_speaker() -> None:
    abstract = "How a tiny crew kept a ferry timetable honest.\n- Ines Calloway"
    assert [p.name for p in _signed(abstract)] == ["Ines Calloway"]


_PAGE = """# Lightning Talks

A few quick ones.

## Organising committee

- Ines Calloway
- Oren Batt

# Keynote speakers

- Petra Lindqvist

# Getting there

Take the harbour ferry.
"""


def _orders(nodes: list[doctree.Node]) -> dict[str, int]:
    """Each paragraph's words, as the order a record starting there would have."""
    return {n.text: at * 1000 + 1 for at, n in enumerate(nodes) if n.kind == "paragraph"}


def test_one_walk_gives_the_role_and_the_group_the_headings_over_a_record_say() -> None:
    nodes = list(doctree.parse(_PAGE).root.walk())
    at = _orders(nodes)
    roles, groups = _headings_say(nodes, list(at.values()))
    # the nearest heading gives the role; the innermost group heading names the kind
    assert roles[at["Oren Batt"]] == "organizer"
    assert groups[at["Oren Batt"]] == "Lightning Talks"
    assert at["A few quick ones."] not in roles
    assert groups[at["A few quick ones."]] == "Lightning Talks"
    assert roles[at["Petra Lindqvist"]] == "keynote"
    assert at["Take the harbour ferry."] not in roles
    assert at["Take the harbour ferry."] not in groups


def test_a_repeated_order_is_read_once() -> None:
    nodes = list(doctree.parse(_PAGE).root.walk())
    at = _orders(nodes)["Ines Calloway"]
    assert _headings_say(nodes, [at, at]) == ({at: "organizer"}, {at: "Lightning Talks"})


def test_title_keys_held_anywhere_name_one_talk() -> None:
    short, long = title_key("Tide tables"), title_key("Reading tide tables at night")
    assert same_title_key(short, long)
    assert same_title_key(long, short)
    assert not same_title_key("", long)


def test_title_keys_cut_at_the_end_keep_most_of_the_title() -> None:
    full = title_key("Tide tables for small harbours")
    assert same_title_key(title_key("Tide tables for small harbour"), full, cut_end=True)
    # held inside, not at the start: another talk when looked for among all headings
    assert not same_title_key(title_key("tables for small harbours"), full, cut_end=True)
    # too short a share of the whole
    assert not same_title_key(title_key("Tide tables"), full, cut_end=True)
    assert same_title_key(full, full, cut_end=True)
    assert not same_title_key("", "", cut_end=True)


def test_both_callers_keep_their_reading() -> None:
    assert same_title("**Reading tide tables** at night", "Reading tide tables")
    assert not _same("Reading tide tables", "Tide tables")
    assert _same("灯台の光を数えた話", "灯台の光を数えた")


def test_a_second_reading_fills_what_the_first_left_empty() -> None:
    first = ProgrammeTalk(title="Tide tables", room="Pier 2", tags=["ops"])
    first.links.append(Link(url="https://example.org/a", kind="slides"))
    second = ProgrammeTalk(
        title="Tide tables",
        room="Pier 9",
        day=date(2031, 5, 6),
        abstract="How tides are counted.",
        speakers=[ProgrammePerson(name="Ines Calloway")],
        tags=["ops", "sea"],
        body="second body",
    )
    second.links += [Link(url="https://example.org/a", kind="slides")]
    second.links += [Link(url="https://example.org/b", kind="video")]
    first.fill_from(second)
    assert first.room == "Pier 2"  # what the first said stays
    assert first.day == date(2031, 5, 6)
    assert first.abstract == "How tides are counted."
    assert [p.name for p in first.speakers] == ["Ines Calloway"]
    assert first.tags == ["ops", "sea"]
    assert [link.url for link in first.links] == ["https://example.org/a", "https://example.org/b"]
    assert first.body == ""  # each caller joins the bodies its own way


def test_files_joined_keep_the_first_body_and_parts_composed_keep_both() -> None:
    host = Programme(name="Harbour Days", format="markdown")
    host.talks = [ProgrammeTalk(title="Tide tables", body="mine")]
    part = Programme(name="", format="markdown")
    part.talks = [ProgrammeTalk(title="Tide tables", room="Pier 2", body="theirs")]
    join._fold(part, host)
    assert (host.talks[0].room, host.talks[0].body) == ("Pier 2", "mine")
    host.talks = [ProgrammeTalk(title="Tide tables", body="mine")]
    composed._fold(part, host)
    assert (host.talks[0].room, host.talks[0].body) == ("Pier 2", "mine\n\ntheirs")


def test_a_talk_opened_in_notes_takes_its_session_and_keeps_untitled_notes_first() -> None:
    reader = notes._NotesReader("")
    reader.session = ProgrammeSession(key="orals", title="Orals", kind="spotlight", room="Hall B")
    reader.orphan = ["A few words before any title."]
    talk = reader._new_talk("Counting tides")
    assert (talk.kind, talk.room, talk.session) == ("spotlight", "Hall B", "orals")
    assert [t.title for t in reader.p.talks] == ["Orals"]  # the untitled notes, kept
    assert reader._new_talk("Poster hour", "poster").kind == "poster"
    assert reader._new_talk("12", source_id="orals:12").source_id == "orals:12"


def test_a_calendar_summary_names_its_speaker_in_a_trailing_bracket() -> None:
    # read by title_speakers' one pattern (ical's own copy of it was never used)
    title, people = ical.speakers_from_summary("Counting tides (talk von Ines Calloway)")
    assert (title, [p.name for p in people]) == ("Counting tides", ["Ines Calloway"])
