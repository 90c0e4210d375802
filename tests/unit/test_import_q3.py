"""Q3 mends (review 60, finding 3): a 12-hour programme is not read as a 24-hour one
from a zone word in a talk's title, a ``24h`` in a row, one prose line opening with
``00:00``, or a ``GMT`` header over times that cross noon as a 12-hour clock writes them."""

from __future__ import annotations

import pytest

from confnotes.importers.entries import writes_24_hour_clock
from confnotes.importers.registry import parse_programme

ZONE_IN_A_TITLE = """# Observability Evening, 4 February 2026

| Time  | Session                              | Speaker       |
|-------|--------------------------------------|---------------|
| 10:30 | Doors open                           |               |
| 11:15 | Logging in UTC without regrets       | Olga Brandt   |
| 12:15 | Pizza                                |               |
| 1:15  | Tracing a request through six hops   | Piet Smulders |
| 2:45  | Open floor                           |               |
"""

TWENTY_FOUR_IN_A_ROW = """# Winter Jam, 21 January 2026

| Time  | What                                        |
|-------|---------------------------------------------|
| 10:00 | Rules of the 24h jam — Rosa Lind            |
| 11:30 | Team forming                                |
| 12:30 | Soup                                        |
| 1:30  | Shaders for beginners — Teo Varga           |
| 3:30  | Demo round                                  |
"""

MIDNIGHT_IN_PROSE = """# Poetry readings, 2 May 2026

- 10:30 Opening — Mira Holm
- 11:45 Sonnets in translation — Nils Aho
- 1:15 Reading from the archive — Ulla Berg
- 2:30 Closing — Mira Holm

- 00:00 on the night before is when booking ends.
"""

GMT_HEADER_TWELVE_HOUR = """# Tyneside Data Day, 14 March 2026

Times are given in GMT.

| Start (GMT) | Session                       | Speaker      |
|-------------|-------------------------------|--------------|
| 9:45        | Welcome                       | Jess Carr    |
| 10:30       | Cleaning survey data          | Owen Pike    |
| 12:00       | Lunch                         |              |
| 1:00        | Maps from open data           | Ruth Hale    |
| 2:15        | Panel                         |              |
"""


@pytest.mark.parametrize(
    ("page", "title", "hour"),
    [
        (ZONE_IN_A_TITLE, "Tracing a request through six hops", 13),
        (TWENTY_FOUR_IN_A_ROW, "Shaders for beginners", 13),
        (MIDNIGHT_IN_PROSE, "Reading from the archive", 13),
        (GMT_HEADER_TWELVE_HOUR, "Maps from open data", 13),
    ],
    ids=["utc-in-title", "24h-in-row", "midnight-prose", "gmt-header-crosses-noon"],
)
def test_a_twelve_hour_programme_keeps_its_afternoon(page: str, title: str, hour: int) -> None:
    """A zone word inside a row, a lone ``00:00`` sentence, or a header zone over times
    that go 12, then 1, is no 24-hour clock: the talk after noon is in the afternoon."""
    assert not writes_24_hour_clock(page)
    programme = parse_programme(page.encode(), "programme.md")
    talk = next(t for t in programme.talks if t.title.startswith(title))
    assert talk.start is not None
    assert talk.start.hour == hour


UTC_HEADER_MORNING = """# Night Owls Online, 6 June 2026

| Time (UTC) | Session              | Speaker     |
|------------|----------------------|-------------|
| 03:00      | Hello from Auckland  | Kiri Walker |
| 04:30      | Compilers at dawn    | Sam Oduya   |
| 06:00      | Goodbye              | Kiri Walker |
"""

MIDNIGHT_ROWS = """# Midnight Hack, 6 June 2026

- 00:00 Start — Leo Park
- 00:30 Lightning talks
- 02:00 Snacks
"""


@pytest.mark.parametrize("page", [UTC_HEADER_MORNING, MIDNIGHT_ROWS], ids=["utc-header", "rows"])
def test_a_24_hour_programme_is_still_read_as_one(page: str) -> None:
    """A header cell naming UTC, or rows led by times after midnight, still keep a
    24-hour clock: the early times stay in the small hours."""
    assert writes_24_hour_clock(page)
    programme = parse_programme(page.encode(), "programme.md")
    assert all(t.start is None or t.start.hour <= 6 for t in programme.talks)
