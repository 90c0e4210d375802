"""Days and hours a document says once, and the honorifics that say a person is named.

A person's plan dated a few days before the event heads each day with its weekday alone:
the first such weekday on or after the plan's date is that day, days in order. A seminar's
page says once when it meets (``every Friday 3-4 PM``): the talks on that weekday start
then, a talk moved to another day keeps its day alone. An honorific after a name
(``さん``, ``氏``) marks a person and is no part of the name kept."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.persons import parse_person

from .importing import people_of, read, speakers_by_title


def _starts(programme) -> dict[str, datetime | None]:
    return {t.title: t.start for t in programme.talks}


PLAN_EN = """\
---
date: 2026-05-11
title: My plan for Harbour Code Days
---

Harbour Code Days 2026
======================
The talks I want to see, with my own short names for them.

### Thursday
| Start   | End     | Room    | Talk                  |
| ------- | ------- | ------- | --------------------- |
|  9:30am | 10:15am | Hall A  | [Queues at scale]     |
| 10:30am | 11:10am | Hall B  | [Type systems chat]   |
|  2:00pm |  2:40pm | Hall A  | [Edge caching]        |

### Friday
| Start   | End     | Room    | Talk                  |
| ------- | ------- | ------- | --------------------- |
|  9:00am |  9:40am | Hall C  | [Compiler tricks]     |
|  1:30pm |  2:10pm | Hall A  | [Shipping on Fridays] |

[Queues at scale]: https://example.org/queues
[Type systems chat]: https://example.org/types
[Edge caching]: https://example.org/edge
[Compiler tricks]: https://example.org/compilers
[Shipping on Fridays]: https://example.org/shipping
"""

PLAN_ES = """\
---
date: 2026-10-05
---

# Mi agenda para las Jornadas de Datos de Sevilla

## Jueves
- 10:00 Consultas que no duelen
- 11:30 Modelos pequeños en producción

## Viernes
- 09:30 Tablas anchas sin miedo
"""

DEPLOYS = """\
---
date: 2026-05-11
---

# Harbour Code Days 2026

### Friday deploys
| Start   | End     | Room    | Talk                   |
| ------- | ------- | ------- | ---------------------- |
|  9:30am | 10:15am | Hall A  | Rollbacks without fear |
| 10:30am | 11:10am | Hall B  | Feature flags at scale |
"""

SEMINAR_EN = """\
# Geometry Seminar, Spring 2026

We meet every Friday 3–4 PM in Hall 210, coffee beforehand.

| Date | Speaker | Title |
|------|---------|-------|
| February 6, 2026 | Ines Varga (Leeds) | Curvature flows on small surfaces |
| February 13, 2026 | Tomasz Belka (Wroclaw) | Rigidity of circle packings |
| February 19, 2026 | Nadia Okoro (Lagos) | Billiards in polygons |
| February 27, 2026 | Pieter Smeets (Ghent) | Tropical curves for beginners |
"""

SEMINAR_ES = """\
# Seminario de Lógica 2026

Nos reunimos todos los jueves a las 19:00 en el aula 4.

| Fecha | Ponente | Título |
|-------|---------|--------|
| 5 de marzo de 2026 | Lucía Beltrán | Modelos no estándar de la aritmética |
| 12 de marzo de 2026 | Andrés Quiroga | Lógicas modales y juegos |
| 19 de marzo de 2026 | Elena Vidaurre | Teoría de tipos para matemáticos |
"""

SEMINAR_DE = """\
# Kolloquium Numerik 2026

Wir treffen uns jeden Dienstag 18 Uhr im Raum 3.14.

| Datum | Vortragende | Titel |
|-------|-------------|-------|
| 3. März 2026 | Katrin Olbers | Mehrgitterverfahren im Einsatz |
| 10. März 2026 | Lorenz Haberl | Fehlerschätzer für Strömungen |
| 17. März 2026 | Svenja Rautmann | Randelemente neu gedacht |
"""

SEMINAR_TWO = """\
# Geometry Seminar, Spring 2026

Talks run 3–4 PM on Fridays; the reading group meets 5–6 PM on Mondays.

| Date | Speaker | Title |
|------|---------|-------|
| February 6, 2026 | Ines Varga (Leeds) | Curvature flows on small surfaces |
| February 13, 2026 | Tomasz Belka (Wroclaw) | Rigidity of circle packings |
"""

JAPANESE = """\
# 春のフロントエンド勉強会 2026

| 時間 | タイトル | 登壇者 |
|------|----------|--------|
| 13:00 | 型で守るフロントエンド | マイケルさん |
| 13:40 | 小さく始める監視 | 松浦さん |
| 14:20 | 差分ビルドの工夫 | 岡野 さん |

今回は主催の松浦健太氏による監視の話が特に良かった。
"""

JAPANESE_TWO = """\
# 春のフロントエンド勉強会 2026

| 時間 | タイトル | 登壇者 |
|------|----------|--------|
| 13:00 | 型で守るフロントエンド | マイケルさん |
| 13:40 | 小さく始める監視 | 松浦さん |
| 14:20 | 差分ビルドの工夫 | 岡野 さん |

松浦健太氏と松浦花子さんが登壇しました。
"""


DAY_CELLS = """\
---
date: 2026-05-11
---

# Harbour Code Days 2026: my picks

| Day      | Time    | Talk                     | Speaker        |
| -------- | ------- | ------------------------ | -------------- |
| Thursday | 9:30am  | Queues at scale          | Mara Linde     |
| Thursday | 2:00pm  | Edge caching in practice | Oskar Brandt   |
| Friday   | 9:00am  | Compiler tricks          | Yusuf Demir    |
"""

DAY_CELLS_ES = """\
---
date: 2026-05-11
---

# Harbour Code Days 2026: my picks

| Día      | Hora    | Charla                   | Ponente        |
| -------- | ------- | ------------------------ | -------------- |
| jueves   | 9:30am  | Queues at scale          | Mara Linde     |
| jueves   | 2:00pm  | Edge caching in practice | Oskar Brandt   |
| viernes  | 9:00am  | Compiler tricks          | Yusuf Demir    |
"""


def test_weekday_headings_of_a_plan_take_their_days_from_its_date() -> None:
    starts = _starts(read(PLAN_EN, "plan.md"))
    assert starts["Queues at scale"] == datetime(2026, 5, 14, 9, 30)  # the Thursday after
    assert starts["Edge caching"] == datetime(2026, 5, 14, 14, 0)
    assert starts["Compiler tricks"] == datetime(2026, 5, 15, 9, 0)  # the next day, in order
    # a weekday inside a row's title dates nothing of its own
    assert starts["Shipping on Fridays"] == datetime(2026, 5, 15, 13, 30)


def test_weekday_headings_in_spanish() -> None:
    starts = _starts(read(PLAN_ES, "agenda.md"))
    assert starts["Consultas que no duelen"] == datetime(2026, 10, 8, 10, 0)  # jueves
    assert starts["Tablas anchas sin miedo"] == datetime(2026, 10, 9, 9, 30)  # viernes


def test_a_weekday_in_a_heading_with_other_words_dates_nothing() -> None:
    starts = _starts(read(DEPLOYS, "deploys.md"))
    assert starts["Rollbacks without fear"] == datetime(2026, 5, 11, 9, 30)  # the post's day
    assert starts["Feature flags at scale"] == datetime(2026, 5, 11, 10, 30)


def test_a_series_time_said_once_starts_the_talks_on_its_weekday() -> None:
    programme = read(SEMINAR_EN, "seminar.md")
    talks = {t.title: t for t in programme.talks}
    assert talks["Curvature flows on small surfaces"].start == datetime(2026, 2, 6, 15, 0)
    assert talks["Curvature flows on small surfaces"].end == datetime(2026, 2, 6, 16, 0)
    assert talks["Tropical curves for beginners"].start == datetime(2026, 2, 27, 15, 0)
    # moved to a Thursday: its day, and no hour the page did not give it
    moved = talks["Billiards in polygons"]
    assert moved.start is None and moved.day is not None and moved.day.isoformat() == "2026-02-19"
    assert speakers_by_title(programme)["Rigidity of circle packings"] == ["Tomasz Belka"]


def test_a_series_start_said_once_in_spanish_and_german() -> None:
    assert _starts(read(SEMINAR_ES, "seminario.md"))["Lógicas modales y juegos"] == datetime(
        2026, 3, 12, 19, 0
    )
    # "18 Uhr", not the room's number "3.14"
    assert _starts(read(SEMINAR_DE, "kolloquium.md"))["Fehlerschätzer für Strömungen"] == datetime(
        2026, 3, 10, 18, 0
    )


def test_two_series_times_on_one_page_time_nothing() -> None:
    starts = _starts(read(SEMINAR_TWO, "seminar.md"))
    assert starts["Curvature flows on small surfaces"] is None
    assert starts["Rigidity of circle packings"] is None


def test_an_honorific_marks_a_person_and_is_not_kept() -> None:
    programme = read(JAPANESE, "benkyokai.md")
    speakers = speakers_by_title(programme)
    assert speakers["型で守るフロントエンド"] == ["マイケル"]  # a given name alone, with さん
    # a family name alone takes the full name the document closes with an honorific
    assert speakers["小さく始める監視"] == ["松浦健太"]
    assert speakers["差分ビルドの工夫"] == ["岡野"]
    assert not any(name.endswith(("さん", "氏")) for name in people_of(programme))


def test_a_family_name_written_in_full_twice_stays_short() -> None:
    speakers = speakers_by_title(read(JAPANESE_TWO, "benkyokai.md"))
    assert speakers["小さく始める監視"] == ["松浦"]  # 松浦健太氏 or 松浦花子さん: not said


def test_honorifics_before_a_name_in_european_languages() -> None:
    for written, name in [
        ("Herr Jonas Weber", "Jonas Weber"),
        ("Frau Dr. Anna Schmidt", "Anna Schmidt"),
        ("Mme Claire Fontaine", "Claire Fontaine"),
        ("ディヴィーさん", "ディヴィー"),
        ("김민수 님", "김민수"),
    ]:
        person = parse_person(written)
        assert person is not None and person.name == name


def test_san_inside_a_word_is_no_honorific() -> None:
    for word in ["たくさん", "みなさん", "皆さん", "セッション"]:
        assert parse_person(word) is None


def test_weekday_cells_under_a_day_header_take_their_days_from_the_plan_date() -> None:
    for text in (DAY_CELLS, DAY_CELLS_ES):
        programme = read(text, "picks.md")
        starts = _starts(programme)
        assert starts["Queues at scale"] == datetime(2026, 5, 14, 9, 30)
        assert starts["Edge caching in practice"] == datetime(2026, 5, 14, 14, 0)
        assert starts["Compiler tricks"] == datetime(2026, 5, 15, 9, 0)
        assert speakers_by_title(programme)["Compiler tricks"] == ["Yusuf Demir"]
