# ruff: noqa: E501
"""Programme data whose structure says what each value is: records filed under their
time or day (a PHP array, JSON or YAML keyed by clocks), and a table of labels and
values whose rows are fields of one talk after another."""

from __future__ import annotations

import pytest

from confnotes.errors import BadInputError
from confnotes.importers import keyed_records
from tests.unit.importing import people_of, read, speakers_by_title

PHP_KEYED = """<?php
function helper($x) {
?><span><?= $x ?></span><?php
}

$plan = array(
    "09:00 - 09:30" => array(
        array("description" => "Einlass und Kaffee"),
    ),
    "09:30 - 10:15" => array(
        array(
            "room" => "Saal Elbe",
            "description" => "Keynote (Deutsch): Warum Software altert",
            "speaker" => "Greta Lindqvist",
        ),
    ),
    "10:30 - 11:15" => array(
        array("description" => "Typen im Alltag", "speaker" => "Jonas Weber", "room" => "Saal Elbe"),
        array("description" => "Kleine Dienste, große Wirkung", "speaker" => "Mira Hoff & Ole Brandt",
              "room" => "Saal Spree"),
    ),
);
?>
<table><?php foreach ($plan as $time => $talks) { ?><tr><td><?= $time ?></td></tr><?php } ?></table>
"""


def test_php_array_keyed_by_time_ranges_gives_its_talks() -> None:
    programme = read(PHP_KEYED, "programm.php")
    talks = speakers_by_title(programme)
    assert talks["Typen im Alltag"] == ["Jonas Weber"]
    assert talks["Kleine Dienste, große Wirkung"] == ["Mira Hoff", "Ole Brandt"]
    keynote = next(t for t in programme.talks if "Software altert" in t.title)
    assert keynote.kind == "keynote"
    assert keynote.speakers[0].name == "Greta Lindqvist"


def test_json_keyed_by_clocks_gives_each_record_its_time() -> None:
    text = """{"date": "2025-05-14", "slots": {
      "09:30": [{"title": "Reading old code kindly", "speaker": "Ana Ruiz"}],
      "10:15": [{"title": "Queues without tears", "speaker": "Bo Chen"},
                {"title": "Small models, big rooms", "speaker": "Cem Kaya"}]}}"""
    programme = read(text, "plan.json")
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Reading old code kindly"] is not None
    assert starts["Reading old code kindly"].strftime("%H:%M") == "09:30"
    assert starts["Small models, big rooms"].strftime("%H:%M") == "10:15"
    assert people_of(programme) == {"Ana Ruiz", "Bo Chen", "Cem Kaya"}


def test_yaml_keyed_by_days_gives_each_record_its_day() -> None:
    text = """2025-03-04:
  - title: Mapas que cuentan historias
    speaker: Lucía Fernández
  - title: Datos abiertos en la escuela
    speaker: Martín Gómez
2025-03-05:
  - title: Sensores baratos, ciencia seria
    speaker: Carmen Ortiz
"""
    programme = read(text, "agenda.yaml")
    days = {t.title: t.start.date().isoformat() if t.start else None for t in programme.talks}
    assert days.get("Sensores baratos, ciencia seria") in ("2025-03-05", None)
    assert speakers_by_title(programme)["Mapas que cuentan historias"] == ["Lucía Fernández"]


def test_keys_as_fields_reads_a_mapping_of_records_under_clocks() -> None:
    node = {"10:00": [{"title": "A"}], "11:00 - 11:30": {"title": "B"}}
    assert keyed_records.keys_as_fields(node) == [
        {"time": "10:00", "title": "A"},
        {"time": "11:00 - 11:30", "title": "B"},
    ]


def test_a_record_keeps_its_own_time_under_a_clock_key() -> None:
    node = {"10:00": [{"start": "10:05", "title": "A"}], "11:00": [{"title": "B"}]}
    assert keyed_records.keys_as_fields(node)[0] == {"start": "10:05", "title": "A"}


def test_php_config_keyed_by_clocks_without_titles_gives_no_talks() -> None:
    """Near miss: opening hours keyed by clocks hold numbers and flags, not talks."""
    text = """<?php
$hours = array(
    "08:00" => array("open" => true, "staff" => 2),
    "12:00" => array("open" => false, "staff" => 0),
    "16:00" => array("open" => true, "staff" => 3),
);
"""
    try:
        programme = read(text, "hours.php")
    except BadInputError:
        return
    assert not [t for t in programme.talks if t.speakers]


def test_mapping_with_keys_of_mixed_kinds_stays_as_written() -> None:
    """Near miss: a mapping with a clock key beside a plain key is no list of slots."""
    node = {"10:00": {"title": "A"}, "notes": {"title": "B"}}
    assert keyed_records.keys_as_fields(node) == node


def test_opening_by_a_named_host_is_no_talk_of_theirs() -> None:
    text = """[
  {"time": "09:00", "description": "Eröffnung durch Prof. Anna Schmid"},
  {"time": "09:15", "description": "Gute Tests schreiben", "speaker": "Lena Vogt"},
  {"time": "10:00", "description": "Verteilte Systeme erklärt", "speaker": "Paul Richter"},
  {"time": "11:00", "description": "Sicher deployen", "speaker": "Nora Keller"}
]"""
    programme = read(text, "tag.json")
    assert "Anna Schmid" not in people_of(programme)
    assert speakers_by_title(programme)["Gute Tests schreiben"] == ["Lena Vogt"]


def test_name_with_organisation_in_brackets_names_the_speaker() -> None:
    text = """{"events": [{"title": "Meetup #3", "date": "2026-02-10", "speakers": [
      {"name": "Tereza Nováková (Pixel Forge)", "topic": "Shadery bez bolesti", "startTime": "18:15"},
      {"name": "Marek Dvořák (Lumen Games)", "topic": "Jak jsme vydali hru", "startTime": "19:00"}
    ]}]}"""
    programme = read(text, "events.json")
    talks = speakers_by_title(programme)
    assert talks["Shadery bez bolesti"] == ["Tereza Nováková"]
    assert talks["Jak jsme vydali hru"] == ["Marek Dvořák"]


LABEL_TABLE = """<table>
<tr><td colspan="2"><strong>Martes 7 de mayo - 10 a 12 hs. - Sala 2</strong></td></tr>
<tr><td>Título</td><td>Robótica educativa en escuelas rurales</td></tr>
<tr><td>Resumen</td><td>Se presentan experiencias de aulas con kits de bajo costo y lo que aprendimos en dos años de trabajo.</td></tr>
<tr><td>Disertante</td><td>Dra. Laura Medina (UNS). Es investigadora en educación y tecnología.</td></tr>
<tr><td colspan="2"><strong>Martes 7 de mayo - 14 a 16 hs. - Sala 1</strong></td></tr>
<tr><td>Título</td><td>Pensamiento computacional sin pantallas</td></tr>
<tr><td>Resumen</td><td>Un taller sobre actividades desenchufadas para el nivel primario, con ejemplos listos para usar.</td></tr>
<tr><td>Disertante</td><td>Diego Paredes. Es docente de informática en escuelas técnicas.</td></tr>
<tr><td colspan="2"><strong>Miércoles 8 de mayo - 9 a 11 hs. - Sala 2</strong></td></tr>
<tr><td>Título</td><td>Enseñar redes con juegos de mesa</td></tr>
<tr><td>Resumen</td><td>Cómo se explican los protocolos de internet con tarjetas, fichas y mucho diálogo en el aula.</td></tr>
<tr><td>Moderadora</td><td>Sofía Rivas. Coordina el área de formación docente.</td></tr>
</table>
"""


def test_label_value_table_is_a_list_of_talks() -> None:
    programme = read(LABEL_TABLE, "agenda.html")
    talks = speakers_by_title(programme)
    assert talks["Robótica educativa en escuelas rurales"] == ["Laura Medina"]
    assert talks["Pensamiento computacional sin pantallas"] == ["Diego Paredes"]
    assert talks["Enseñar redes con juegos de mesa"] == []
    assert "Sofía Rivas" not in people_of(programme)


def test_label_value_table_in_english_opened_by_its_first_label() -> None:
    text = """<table>
<tr><td>Title</td><td>Measuring what matters in search</td></tr>
<tr><td>Speaker</td><td>Hannah Clarke. She works on ranking at a library consortium.</td></tr>
<tr><td>Abstract</td><td>We compare offline metrics with what readers actually did over one term.</td></tr>
<tr><td>Title</td><td>Keeping notebooks reproducible</td></tr>
<tr><td>Speaker</td><td>Omar Haddad. He maintains a teaching cluster.</td></tr>
<tr><td>Abstract</td><td>Pinning, caching and the habits that make a notebook run next year.</td></tr>
<tr><td>Title</td><td>Accessible charts by default</td></tr>
<tr><td>Speaker</td><td>Priya Nair. She designs public dashboards.</td></tr>
<tr><td>Abstract</td><td>Colour, contrast and text alternatives that survive a redesign.</td></tr>
</table>"""
    programme = read(text, "talks.html")
    talks = speakers_by_title(programme)
    assert talks["Keeping notebooks reproducible"] == ["Omar Haddad"]
    assert talks["Accessible charts by default"] == ["Priya Nair"]


@pytest.mark.parametrize(
    "rows",
    [
        [
            ("Latency", "The time a request waits before it is served."),
            ("Throughput", "Requests served per second."),
            ("Jitter", "How much latency varies from one request to the next."),
            ("Backpressure", "A slow consumer telling a fast producer to wait."),
            ("Idempotence", "Doing it twice has the effect of doing it once."),
        ],
        [
            ("Begriff", "Eine Bezeichnung für eine Sache."),
            ("Bedeutung", "Was ein Begriff sagt."),
            ("Beispiel", "Ein Fall, der etwas zeigt."),
            ("Quelle", "Woher eine Angabe stammt."),
        ],
    ],
)
def test_glossary_table_gives_no_talks(rows: list[tuple[str, str]]) -> None:
    """Near miss: a two-column glossary repeats no label, so it is no list of records."""
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    text = f"<html><body><h1>Glossar</h1><table><tr><th>Term</th><th>Meaning</th></tr>{body}</table></body></html>"
    try:
        programme = read(text, "glossary.html")
    except BadInputError:
        return
    assert not people_of(programme)
