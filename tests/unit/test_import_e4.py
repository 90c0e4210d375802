"""Session 61 (e4): a post's front matter names the event only where it names one."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme
from confnotes.importers.shapes import front_named


def _talks(text: str, name: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


SHELF = """---
title: Shelf for the winter
---

- "The Mushroom at the End of the World", by Anna Tsing
- "Seeing Like a State", by James Scott
"""


def test_a_front_title_that_names_no_event_leaves_the_file_name() -> None:
    programme = parse_programme(SHELF.encode(), "winter_shelf.md")
    assert programme.name == "winter shelf"
    assert programme.name_from == "file name"


def test_a_front_title_names_the_event_by_its_year_edition_or_kind() -> None:
    assert front_named({"title": "Shelf for the winter"}, "a.md", None) == ""
    assert front_named({"title": "Things I liked"}, "a.md", None) == ""
    assert front_named({"title": "Pier Rust Meetup"}, "a.md", None) == "Pier Rust Meetup"
    assert front_named({"title": "Moss Hack Night #4"}, "a.md", None) == "Moss Hack Night #4"
    assert front_named({"title": "Gravel Days 2032"}, "a.md", None).startswith("Gravel Days")
    assert front_named({"title": "FerryCon"}, "a.md", None) == "FerryCon"
    assert front_named({"title": "Bacon and beans"}, "a.md", None) == ""
    # the event's own keys name it whatever their words
    assert front_named({"event": "Harbour Circle"}, "a.md", None) == "Harbour Circle"
    assert front_named({"conference": "Harbour Circle"}, "a.md", None) == "Harbour Circle"


def test_a_front_value_that_is_no_text_is_no_name() -> None:
    front: dict[str, object] = {"event": {"host": "Dune Club", "city": "Aarhus"}}
    assert front_named(front, "a.md", None) == ""
    front["title"] = "Dune Club Meetup"
    assert front_named(front, "a.md", None) == "Dune Club Meetup"


ONE_TALK_POST = """---
title: "Gravel Days 2032: what I took from 'Quiet Queues'"
---

Lena Marsh spoke about queues that never page anyone.

## Takeaways

- backpressure first
"""


def test_a_post_titled_by_its_one_talk_takes_no_event_name_from_that_title() -> None:
    # the title names a talk (the post's one note), not "Gravel Days 2032 what I took from"
    programme = parse_programme(ONE_TALK_POST.encode(), "quiet.md")
    assert "took from" not in programme.name


LABEL_IN_TITLE = """# Apuntes de Encuentro Ría 2032

Un fin de semana largo en Vigo. Dejo aquí lo que vi.

## Primero

La sala era grande y el café, bueno.

## Charlas

- [Pruebas que no mienten], de [Irene Basco]: clara, y una idea que
me quedo: probar lo que importa.

<!-- foto -->

- [Taller: despliegues sin miedo con contenedores], de [Unai Olabe]: muy
práctico; los materiales quedaron publicados.

<!-- foto del taller -->

- [Cachés y otras promesas], de [Sara Moliner]: divertida y con
ejemplos reales.

## Enlaces

- [Mis notas]
"""


def test_a_kind_label_inside_a_stressed_title_stays_in_the_title() -> None:
    talks = _talks(LABEL_IN_TITLE, "ria.md")
    assert talks.get("Taller: despliegues sin miedo con contenedores") == ["Unai Olabe"]
    assert talks.get("Pruebas que no mienten") == ["Irene Basco"]
