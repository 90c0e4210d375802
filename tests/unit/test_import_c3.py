"""Real documents the importer read badly (issue 33), in fixtures of our own words: a
person's notes on one talk that say who gave it in a part headed by the speaker's role
(``## Autor`` over a name), under a title whose colon is the title's own."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, source: str = "nota_03.md") -> dict[str, list[str]]:
    p = parse_programme(text.encode(), source)
    return {t.title: [s.name for s in t.speakers] for t in p.talks}


COLON_TITLE_AUTHOR_SIBLING = """---
title: "Quiet Pipelines: lessons from a decade of builds"
tags:
  - congreso
  - notas
---

# Quiet Pipelines: lessons from a decade of builds

[← Volver](https://example.org/notas)

---
# Autor

Marisol Etxeberria Ladrón
Staff Engineer @ Some Bank

---

## Primeras ideas

Los pipelines lentos cuestan más de lo que parece, y nadie los mide.

## Cachés por capas

Guardar lo que no cambia entre builds y medir cada capa por separado.

## Caso de Estudio: un monorepo enorme

Tres equipos, un solo pipeline, y una hora por build antes de los cambios.
"""


def test_an_author_part_names_the_speaker_and_the_colon_stays_in_the_title() -> None:
    talks = _talks(COLON_TITLE_AUTHOR_SIBLING)
    assert talks == {
        "Quiet Pipelines: lessons from a decade of builds": ["Marisol Etxeberria Ladrón"]
    }


AUTHOR_CHILD_WITH_CASE_STUDIES = """---
title: "Sharding Mistakes"
tags:
  - congreso
---

# Sharding Mistakes

[← Volver](https://example.org/notas)

## Autor

**Bertil Oxenstierna** — Principal Engineer @ Datafabrik AB.
[LinkedIn](https://example.org/in/bertil)

## Que es un shard caliente?

Un shard que recibe casi todo el tráfico porque la clave elegida no reparte bien.

## Caso de Estudio: tienda online

La clave era la fecha del pedido, y cada mañana un solo shard recibía todo.

## Caso de Estudio: red social

La clave era el usuario, y las cuentas famosas saturaban su shard.

## Consejos

Elegir la clave mirando el tráfico real, no el modelo de datos.
"""


def test_an_author_part_under_the_title_makes_the_note_one_talk() -> None:
    assert _talks(AUTHOR_CHILD_WITH_CASE_STUDIES) == {"Sharding Mistakes": ["Bertil Oxenstierna"]}


PROGRAMME_WITH_SPEAKER_PARTS = """# Harbour Days 2031

## Faster Logs

### Speaker

Ana Ruiz

## Slow Tests

### Speaker

Bo Lindgren
"""


def test_speaker_parts_under_every_talk_are_no_one_talk_note() -> None:
    # a role part heads each talk's speaker: a programme's layout, never one talk's notes
    talks = parse_programme(PROGRAMME_WITH_SPEAKER_PARTS.encode(), "programme.md").talks
    assert "Harbour Days 2031" not in [t.title for t in talks]
    assert len(talks) == 2


def _event(n: int, who: str, title: str) -> str:
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:camp-{n}\r\n"
        f"DTSTART:2031070{n}T140000Z\r\n"
        f"DTEND:2031070{n}T150000Z\r\n"
        f"ORGANIZER;CN={who}:MAILTO:desk@camp.example\r\n"
        f"SUMMARY:{title}\r\n"
        "END:VEVENT\r\n"
    )


CAMP_CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//camp//EN\r\n"
    + _event(1, "Ottavio Brunelleschi 'gufo'", "Radio senza licenza")
    + _event(2, "Ilaria Mancuso 'kiwi', Teodoro Sala 'tds'", "Chiavi hardware fatte in casa")
    + _event(3, "Rosa Pellegrini", "Mesh di quartiere")
    + "END:VCALENDAR\r\n"
)


def test_a_nickname_in_quotes_after_the_whole_name_is_no_part_of_it() -> None:
    talks = _talks(CAMP_CALENDAR, "camp.ics")
    assert talks["Radio senza licenza"] == ["Ottavio Brunelleschi"]
    assert talks["Chiavi hardware fatte in casa"] == ["Ilaria Mancuso", "Teodoro Sala"]
    assert talks["Mesh di quartiere"] == ["Rosa Pellegrini"]


def test_a_quoted_word_after_one_word_or_a_title_names_no_one() -> None:
    from confnotes.importers.persons import split_speakers

    assert split_speakers("Ruiz 'zd'", single_ok=True) == []
    assert split_speakers("Hacking the 'cloud'", single_ok=True) == []


OBSERVATORY_CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//camp//EN\r\n"
    + _event(1, "Osservatorio Lagunare", "Relè notturni in soffitta")
    + _event(2, "Baltic Privacy Observatory", "Counting trackers in the wild")
    + _event(3, "Rosa Pellegrini", "Mesh di quartiere")
    + "END:VCALENDAR\r\n"
)


def test_an_observatory_as_organizer_is_no_speaker() -> None:
    programme = parse_programme(OBSERVATORY_CALENDAR.encode(), "camp.ics")
    talks = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert talks["Relè notturni in soffitta"] == []
    assert talks["Counting trackers in the wild"] == []
    assert talks["Mesh di quartiere"] == ["Rosa Pellegrini"]
