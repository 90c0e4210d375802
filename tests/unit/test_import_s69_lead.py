"""Stop 69, lead: programme data whose author lists flag who presents."""

from __future__ import annotations

from tests.unit.importing import people_of, read, speakers_by_title

FLAGGED_YAML = """\
harbour:
  title: Tidal models of small harbours
  authors:
    - name: Ines Okafor
      presenter: true
    - name: Tomas Brandt
    - name: Keiko Arai
lanterns:
  title: Lantern signals over open water
  authors:
    - name: Rafael Quintero
      presenter: true
reefs:
  title: Counting reef fish with sonar
  authors:
    - name: Mette Lund
    - name: Oskar Vidal
"""

FLAGGED_JSON = """\
[
  {"título": "Redes de boyas en la costa", "autores": [
    {"nombre": "Lucía Ferrer", "es_ponente": false},
    {"nombre": "Diego Salas", "is_speaker": "yes"}]},
  {"título": "Mareas y horarios", "autores": [
    {"nombre": "Marta Gil", "is_speaker": "yes"},
    {"nombre": "Pablo Ortiz", "is_speaker": "yes"}]}
]
"""


def test_flagged_presenters_give_the_talk_and_co_authors_are_named_in_another_role() -> None:
    programme = read(FLAGGED_YAML, "talks.yaml")
    by_title = speakers_by_title(programme)
    assert by_title["Tidal models of small harbours"] == ["Ines Okafor"]
    assert by_title["Lantern signals over open water"] == ["Rafael Quintero"]
    # no author flagged: every author is a speaker, as before
    assert by_title["Counting reef fish with sonar"] == ["Mette Lund", "Oskar Vidal"]
    others = {r.person.name for r in programme.roles if r.role != "speaker"}
    assert {"Tomas Brandt", "Keiko Arai"} <= others
    assert "Tomas Brandt" not in people_of(programme)


def test_every_author_flagged_keeps_them_all() -> None:
    by_title = speakers_by_title(read(FLAGGED_JSON, "programa.json"))
    assert by_title["Mareas y horarios"] == ["Marta Gil", "Pablo Ortiz"]
    assert by_title["Redes de boyas en la costa"] == ["Diego Salas"]


CLOSING_PRIZES = """\
<h1>Jornada de Oceanografia 2026</h1>
<div class="slot"><h2>16:00 às 16:45</h2><h5>Conferência: Correntes do Atlântico Sul</h5>
<p>Dra. Helena Duarte Vasconcelos</p></div>
<div class="slot"><h2>17:00 às 17:30</h2><h5>Encerramento com entrega dos prêmios</h5>
<p>Prêmio Helena Duarte Vasconcelos</p><p>Prix Jean-Baptiste Morel</p></div>
"""


def test_a_prize_named_after_someone_is_no_speaker() -> None:
    programme = read(CLOSING_PRIZES, "programacao.html")
    names = people_of(programme) | {r.person.name for r in programme.roles}
    assert not any(n.startswith(("Prêmio", "Prix")) for n in names)
    assert "Helena Duarte Vasconcelos" in people_of(programme)


FACTS_HEADED = """\
---
layout: post
title: 'Hafenwerkzeuge: Lightning Talks'
---

### {when}

Der Abend findet am 14.05.2013 um 19:00 Uhr im Hafenhaus, Raum B2 statt [Anfahrt](/anfahrt).

### Worum es geht

Es gibt viele Werkzeuge rund um den Hafen und die Schifffahrt in der Welt der Logistik.
Vier davon werden an diesem Abend von Mitgliedern vorgestellt:

* Tidewatch - Anneliese Korb
* Knotbook - Henrik Falk
* Bojenplan - Mira Lenz
* Kaiwerk - Jonas Reiter
"""


def test_a_part_headed_by_the_events_date_label_is_no_talk_and_its_day_dates_the_talks() -> None:
    for label in ("Termin", "Wann", "Ort", "Quand"):
        programme = read(FACTS_HEADED.format(when=label), "kurzvortraege.md")
        talks = [t for t in programme.talks if t.kind != "other"]
        assert [t.title for t in talks] == ["Tidewatch", "Knotbook", "Bojenplan", "Kaiwerk"]
        assert {str(t.day or (t.start and t.start.date())) for t in talks} == {"2013-05-14"}
        # the label's part is kept in a note of the event's own words
        assert any("14.05.2013" in t.body for t in programme.talks if t.kind == "other")


def test_a_talk_titled_like_a_field_with_its_speaker_stays_a_talk() -> None:
    text = "# Harbour day 2031\n\n## Where\n\nBy Ana Ruiz\n\nWhere ships go at night.\n"
    assert speakers_by_title(read(text, "harbour.md")).get("Where") == ["Ana Ruiz"]
