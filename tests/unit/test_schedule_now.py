"""What is on now, by each conference's clock; next in the same room; finding a talk."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from confnotes.errors import NotFoundError, UsageError
from confnotes.knowledge.lookup import filter_by_words, find_talk
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Clock, next_in_room, parse_at, slot_of, what_is_on
from tests.tui.helpers import parallel_notebook


@pytest.fixture
def two_zones(tmp_path: Path) -> Notebook:
    """Parallel rooms in Chicago plus the demo's Lisbon-style conference."""
    root = parallel_notebook(tmp_path / "nb")
    nb = Notebook.open(root)
    conf = nb.new_conference("Lisbon Day", "lisbon", timezone="Europe/Lisbon")
    nb.save_conference(conf)
    nb.save_talk(nb.new_talk("lisbon", "Morning in Lisbon", start=datetime(2024, 5, 2, 16, 0)))
    return Notebook.open(root)


def test_an_instant_is_read_in_each_conference_timezone(two_zones: Notebook) -> None:
    # 15:10 UTC = 10:10 in Chicago (CDT) = 16:10 in Lisbon (WEST).
    report = what_is_on(two_zones, Clock(datetime(2024, 5, 2, 15, 10, tzinfo=UTC), frozen=True))
    ids = {s.talk.id for s in report.in_progress}
    assert ids == {
        "para-2024/sparse-routing-at-scale",
        "para-2024/gradient-noise-revisited",
        "lisbon/morning-in-lisbon",
    }


def test_a_wall_clock_time_is_read_in_every_conference(two_zones: Notebook) -> None:
    report = what_is_on(two_zones, Clock(datetime(2024, 5, 2, 10, 40), frozen=True))
    assert [s.talk.id for s in report.in_progress] == ["para-2024/afternoon-in-room-a"]


def test_nothing_on_gives_the_next_talks(two_zones: Notebook) -> None:
    report = what_is_on(two_zones, Clock(datetime(2024, 5, 2, 9, 0), frozen=True))
    assert report.in_progress == []
    assert {s.talk.id for s in report.upcoming} == {
        "para-2024/sparse-routing-at-scale",
        "para-2024/gradient-noise-revisited",
    }


def test_pinned_clock_runs_on_unless_frozen() -> None:
    ticks = iter([0.0, 125.0])
    clock = Clock(datetime(2024, 5, 2, 10, 0), monotonic=lambda: next(ticks))
    assert clock.local(None) == datetime(2024, 5, 2, 10, 2, 5)


def test_next_in_room_and_session_times(demo: Path, two_zones: Notebook) -> None:
    talk = two_zones.talks["para-2024/sparse-routing-at-scale"]
    nxt = next_in_room(two_zones, talk)
    assert nxt is not None and nxt.id == "para-2024/afternoon-in-room-a"
    assert next_in_room(two_zones, two_zones.talks["para-2024/gradient-noise-revisited"]) is None
    nb = Notebook.open(demo)
    slot = slot_of(nb, nb.talks["relml-2025/calibration-is-not-enough"])
    assert slot is not None and slot.room == "Tejo"
    assert (slot.start.hour, slot.end.hour) == (9, 10)


def test_parse_at_rejects_nonsense() -> None:
    assert parse_at("2025-06-12 09:30") == datetime(2025, 6, 12, 9, 30)
    with pytest.raises(UsageError):
        parse_at("half past nine")


def test_find_talk_by_id_stem_and_fuzzy_title(demo: Path) -> None:
    nb = Notebook.open(demo)
    assert find_talk(nb, "relml-2025/shifts-in-the-wild").id == "relml-2025/shifts-in-the-wild"
    assert find_talk(nb, "shifts-in-the-wild.md").id == "relml-2025/shifts-in-the-wild"
    assert find_talk(nb, "robustnes trees").id == "relml-2025/certified-robustness-for-trees"
    with pytest.raises(NotFoundError):
        find_talk(nb, "quantum gravity")
    with pytest.raises(UsageError):
        find_talk(nb, "  ")


def test_word_filter_forgives_typos_and_prefixes_but_not_single_letters() -> None:
    texts = {"a": "Calibration is not enough", "b": "Certified robustness", "c": "Panel"}
    assert filter_by_words("calbration", texts) == {"a"}
    assert filter_by_words("cert rob", texts) == {"b"}
    assert filter_by_words("x", texts) == set()
