"""A person's write-up that lists the talks attended as links, then gives each a
section (issue 33, stop 54): the title's "attended X" words, the East Asian count of
days over the sections, and the list's items each read alone. The documents are
written for these tests."""

from __future__ import annotations

from confnotes.importers import mentions
from confnotes.importers.headings import DAY_RE, conference_name
from confnotes.importers.programme import Programme
from confnotes.importers.when import nth_day, without_nth_day


def test_a_title_saying_the_writer_attended_names_the_event() -> None:
    assert conference_name("HarborConf 2031に参加してきた!! #harborconf") == "HarborConf 2031"
    assert conference_name("MeadowJS 2029に行ってきた") == "MeadowJS 2029"
    assert conference_name("RiverPy 2030に参加しました！ #rp #py") == "RiverPy 2030"
    # cries and hashtags alone say nothing: a title as written
    assert conference_name("Learning C#") == "Learning C#"
    assert conference_name("Ship it!") == "Ship it!"


def test_an_east_asian_count_of_days_is_a_day_heading() -> None:
    days = (("1日目", 1), ("第2天", 2), ("3일차", 3), ("第12日目", 12), ("2日目 午後", 2))
    for heading, n in days:
        assert nth_day(heading) == n, heading
        assert DAY_RE.search(heading), heading
    assert without_nth_day("第12日目").strip() == ""
    for heading in ("2020日", "12日", "Tokyo"):
        assert nth_day(heading) == 0, heading


def test_a_listed_title_ending_in_capitals_is_no_speaker_of_the_next() -> None:
    text = (
        "# Two days at HarborConf 2031\n\n"
        "Talks I went to:\n\n"
        "*  [Shipping Lisp for Java Shops](https://harbor.example/talk/1)\n\n"
        "*  [Caching without Tears](https://harbor.example/talk/2)\n\n"
        "*  [Queues for Ruby People](https://harbor.example/talk/3)\n\n"
        "*  [Slides](https://slides.example/q)\n"
    )
    found = mentions.read(text, Programme(name="HarborConf 2031", format="markdown"))
    people = {s.name for t in (found.talks if found else []) for s in t.speakers}
    assert not people & {"Java Shops", "Ruby People"}


ATTENDED = """\
---
title: Two days at HarborConf 2031
date: 2031-05-03
---

The ferry was late, so I missed the opening.

Talks I sat in:

- [Lock files are a social contract](https://harborconf.example/2031/talks/lock-files)
- [Queues for Ruby People](https://harborconf.example/2031/talks/queues)
- [Caching without tears](https://harborconf.example/2031/talks/caching)
- [Slides](https://slides.example/decks/caching)
- [Error messages as documentation](https://harborconf.example/2031/talks/errors)

## Lock files are a social contract

Pin everything, then explain why in the review.

## Caching without tears

Invalidate by version, not by time.

## Error messages as documentation

Every message should say what to do next.

## Wrap-up

Good coffee, too many stairs.
"""


def _read(text: str, name: str) -> dict[str, str]:
    from confnotes.importers.registry import parse_programme

    p = parse_programme(text.encode(), name)
    return {t.title: t.kind for t in p.talks}


def test_the_talks_listed_as_attended_then_written_up_are_talks() -> None:
    talks = _read(ATTENDED, "harborconf-2031.md")
    real = {t for t, kind in talks.items() if kind != "other"}
    assert real == {
        "Lock files are a social contract",
        "Queues for Ruby People",  # listed, no part of its own: a talk still
        "Caching without tears",
        "Error messages as documentation",
    }
    assert talks.get("Wrap-up", "other") == "other"  # the writer's own part
    assert "Slides" not in real  # a link elsewhere than the talks' pages


ASISTI = """\
# Mis notas de RíoConf 2030

1. [Pruebas que documentan el diseño del sistema](https://rioconf.example/charlas/101)
2. [Observabilidad para equipos pequeños](https://rioconf.example/charlas/102)
3. [Migraciones sin miedo](https://rioconf.example/charlas/103)

### Pruebas que documentan el diseño

Buena charla, con ejemplos.

### Observabilidad para equipos pequeños

Métricas antes que logs.

### Migraciones sin miedo

Siempre en dos pasos.
"""


def test_a_numbered_list_and_a_shortened_heading_are_read_alike() -> None:
    real = {t for t, kind in _read(ASISTI, "rioconf.md").items() if kind != "other"}
    assert len(real) == 3
    assert "Observabilidad para equipos pequeños" in real
    assert "Migraciones sin miedo" in real


RESOURCES = """\
# Lock files, the talk

Pin everything.

- [pip-tools](https://github.example/pip-tools)
- [uv](https://github.example/uv)

## Why pin

Reproducible builds.

## How to update

A bot opens the pull request.
"""


def test_a_list_of_links_that_heads_no_part_proves_nothing() -> None:
    from confnotes.importers import attended

    assert not attended.attended_lists(RESOURCES)
    real = {t for t, kind in _read(RESOURCES, "lockfiles.md").items() if kind != "other"}
    assert "Why pin" not in real and "How to update" not in real
