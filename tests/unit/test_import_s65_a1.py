"""Stop 65, helper a1: untimed ``Title / Name`` lines under a timed slot's line, and a
name written after a degree's title (``(Prof. Dr. Name)``) in a programme's cell.
Fixtures written for these tests, in our own words."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.persons import academic_titled
from confnotes.importers.slot_lines import listed_talks
from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers

# --------------------------------------- untimed talk lines under a timed slot's line

_BULLETS = """<html><head><title>Storage Systems Day 2026</title></head><body>
<h1>Storage Systems Day 2026</h1>
<ul><li>Date: Thursday, 12 March 2026</li><li>Room: Hall 3</li></ul>
<h2>Programme</h2>
<p>• 09:00 Doors open<br /> • 09:30 Block A: <strong>Durability</strong><br />
 • Log-structured merge trees revisited / <a href="/p/ruiz">Ana Ruiz</a><br />
 • Why fsync is not enough / <a href="/p/ibarra">Tomás Ibarra</a><br />
 • Checksums everywhere / <a href="/p/lind">Bo Lind <br/></a><br />
 • 10:30 Coffee<br /> • 10:50 Block B: <strong>Scale</strong><br />
 • Sharding without tears / <a href="/p/okafor">Chidi Okafor</a><br />
 • TBA / <a href="/p/sol">Eva Sol</a><br /> • 12:00 Lunch<br /></p>
<p>See you there, Ana and Bo</p>
</body></html>
"""


def test_untimed_slash_lines_under_a_timed_session_line_are_its_talks() -> None:
    programme = _read(_BULLETS, "storage-day.html")
    said = _speakers(programme)
    assert said["Log-structured merge trees revisited"] == ["Ana Ruiz"]
    assert said["Why fsync is not enough"] == ["Tomás Ibarra"]
    assert said["Checksums everywhere"] == ["Bo Lind"]
    assert said["Sharding without tears"] == ["Chidi Okafor"]
    assert said["TBA"] == ["Eva Sol"]
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Why fsync is not enough"] == datetime(2026, 3, 12, 9, 30)
    assert starts["TBA"] == datetime(2026, 3, 12, 10, 50)
    # the session's line names a session, no talk with a speaker
    assert not any(t.speakers for t in programme.talks if t.title.startswith("Block"))


_DASHES = """<html><body>
<h1>Hafentag 2025</h1>
<p>Am Samstag, 20. September 2025 im Lagerhaus.</p>
<div class="ablauf">
14:00 Begrüßung<br>
14:15 Teil 1: Wasser<br>
Gezeiten lesen lernen – Jana Köhler<br>
Schleusen im Wandel – Henrik Vogt<br>
15:15 Kaffeepause<br>
15:45 Teil 2: Schiffe<br>
Kräne und Container – Mira Schulte<br>
Der letzte Raddampfer – Ole Brandt<br>
17:00 Ausklang
</div>
</body></html>
"""


def test_dashed_lines_in_german_are_the_slot_talks_at_its_time() -> None:
    for shape in (None, "timetable"):
        said = _speakers(_read(_DASHES, "hafentag.html", shape))
        assert said["Gezeiten lesen lernen"] == ["Jana Köhler"]
        assert said["Schleusen im Wandel"] == ["Henrik Vogt"]
        assert said["Der letzte Raddampfer"] == ["Ole Brandt"]
    starts = {t.title: t.start for t in _read(_DASHES, "hafentag.html", "timetable").talks}
    assert starts["Schleusen im Wandel"] == datetime(2025, 9, 20, 14, 15)
    assert starts["Kräne und Container"] == datetime(2025, 9, 20, 15, 45)


def test_listed_talks_needs_two_lines_under_one_slot() -> None:
    lines = ["09:30 Block A", "Title one / Ana Ruiz", "10:30 Coffee", "Title two / Bo Lind"]
    assert listed_talks(lines) == {}  # one line under each slot: maybe its own title
    lines.insert(2, "Title three / Eva Sol")
    assert set(listed_talks(lines)) == {1, 2, 4}


_NEAR_MISS = """# Team offsite 2026

Friday, 5 June 2026

08:30 Breakfast
Coffee / Tea
Juice / Water
09:30 Rust in production
Ana Ruiz - Nordlys Labs
10:30 Ports and tides
Bo Lind - Harbour Institute
"""


def test_drink_pairs_and_speaker_lines_are_no_slot_talks() -> None:
    programme = _read(_NEAR_MISS, "offsite.md")
    said = _speakers(programme)
    people = {n for names in said.values() for n in names}
    assert people == {"Ana Ruiz", "Bo Lind"}  # no "Coffee", "Juice" or "Tea" person
    assert said["Rust in production"] == ["Ana Ruiz"]
    assert not any(t in said for t in ("Nordlys Labs", "Harbour Institute", "Coffee"))
    assert listed_talks(["08:30 Breakfast", "Coffee / Tea", "Juice / Water"]) == {}
    assert listed_talks(["09:30 Talk", "Ana Ruiz - Lab", "Bo Lind - Institute"]) == {}


# ------------------------------------------ a name after a degree's title in a cell

_TABLE_DE = """<p>Ein grober Überblick über das Wochenende.</p>
<table>
  <tr><th rowspan="3">Samstag, 14.3.</th><td>10:00 - 11:00</td>
      <td>Gastvortrag: Wellen im Hafenbecken (Prof. Dr. Lindqvist)</td></tr>
  <tr><td>11:30 - 12:30</td><td>Werkstattrunde</td></tr>
  <tr><td>19:00 - 22:00</td><td>Offener Abend</td></tr>
  <tr><th rowspan="3">Sonntag, 15.3.</th><td>10:00 - 11:00</td>
      <td>Plenumsvortrag: Salz und Süßwasser (Prof. Dr. Dr. Albers)</td></tr>
  <tr><td>11:30 - 12:30</td><td>Offene Runde</td></tr>
  <tr><td>13:00 - 14:00</td><td>Festvortrag: Leuchttürme der Nordsee (Dr. Petersen)</td></tr>
</table>
"""


def test_a_surname_after_a_degree_title_is_the_speaker_and_the_label_no_title() -> None:
    said = _speakers(_read(_TABLE_DE, "wochenende.php"))
    assert said["Wellen im Hafenbecken"] == ["Lindqvist"]
    assert said["Salz und Süßwasser"] == ["Albers"]
    assert said["Leuchttürme der Nordsee"] in (["Petersen"], ["Dr. Petersen"])
    assert "Werkstattrunde" in said and not said["Werkstattrunde"]


_TABLE_SV = """<table>
  <tr><th rowspan="2">Fredag</th><td>09:00 - 10:00</td>
      <td>Plenarföredrag: Isens rörelser (Prof. Holmberg)</td></tr>
  <tr><td>10:30 - 11:30</td><td>Fika</td></tr>
  <tr><th rowspan="2">Lördag</th><td>09:00 - 10:00</td>
      <td>Gästföredrag: Fjällens väder (Dr. Nyström)</td></tr>
  <tr><td>11:30 - 12:30</td><td>Avslutning</td></tr>
</table>
"""


def test_a_swedish_compound_talk_label_and_a_titled_surname() -> None:
    said = _speakers(_read(_TABLE_SV, "helg.html"))
    assert said["Isens rörelser"] == ["Holmberg"]
    assert said["Fjällens väder"] in (["Nyström"], ["Dr. Nyström"])


def test_only_a_degree_title_vouches_for_a_lone_surname() -> None:
    assert academic_titled("Salz (Prof. Dr. Albers)", "Albers")
    assert academic_titled("Title (Dra. Ana Ruiz)", "Ana Ruiz")
    assert not academic_titled("Dinner (Mr. Chow)", "Chow")  # may be a restaurant
    assert not academic_titled("Dinner at Chow's", "Chow")
    assert not academic_titled("Prof. Dr. Albers", "Albers Lab")
