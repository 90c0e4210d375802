"""People's notes of an event, read as they mean them.

A notes heading that packs a kind of talk, a title and who gave it (``### Session -
Title (Name, Company)``) heads one talk of several, even where most heads name no one. A
post that lists the talks its writer went to as links to the event's own pages, and
writes no part of its own for each, has those items as its talks (its headings are the
writer's parts). Sentences naming titles linked to entries of one agenda page vouch for
each other as talks, whoever is named beside each and however that name is marked."""

from __future__ import annotations

from confnotes.importers.programme import Programme

from .importing import people_of, read, speakers_by_title


def _talks(programme: Programme) -> list[str]:
    return [t.title for t in programme.talks if t.kind != "other"]


SESSION_HEADS_EN = """\
# Open hardware

I write everything down while I listen, then tidy it up at home for the team.

### **Keynote (Tuesday morning)**

The opening keynotes were broad strokes about where open hardware is going.

### **Session - Soldering for software people (Marta Quist, Fernhill)**

She walked through the tools you need on a desk and why flux matters more than the iron.

### **Session - Why our build farm caught fire**

A tale of thermal limits, cron jobs that overlapped and a very patient facilities team.

### **Session - Firmware updates over flaky radio**

Chunked images, resumable transfers and signing each chunk on its own.

### **Session - Testing boards without a lab**

Cheap logic analysers, recorded traces and replaying them in continuous integration.

# Wrap-up

On to the second day.
"""

SESSION_HEADS_ES = """\
# Apuntes

Tomo notas de todo y luego las paso a limpio para el equipo.

### Charla - Colas sin dolor (Irene Batlle, Ondina)

Contó cómo reintentar sin duplicar mensajes y cuándo rendirse a tiempo.

### Charla - Bases de datos en el borde

Réplicas pequeñas cerca del usuario y conflictos que se resuelven solos.

### Charla - Accesibilidad desde el primer día

Revisar contraste y foco del teclado antes de escribir la primera pantalla.
"""

ONE_TALK_PARTS = """\
# Storage at scale

The speaker kept it practical and short, with a live terminal throughout.

## Live part - restoring a snapshot

She deleted a volume on stage and brought it back from last night's copy.

## Setup - what you need

Two regions, a scheduler and a bucket policy that forbids deletes.

## Key points

Keep two copies in different regions, and test the restore every month.

## Questions

Someone asked about costs; the answer was that cold tiers are cheap enough.
"""


def test_session_labelled_heads_are_the_talks_of_a_day():
    programme = read(SESSION_HEADS_EN, "hardware.md")
    talks = _talks(programme)
    assert "Soldering for software people" in talks
    assert "Why our build farm caught fire" in talks
    assert "Testing boards without a lab" in talks
    assert speakers_by_title(programme)["Soldering for software people"] == ["Marta Quist"]
    assert "Fernhill" not in people_of(programme)  # the company after the name


def test_session_labelled_heads_in_spanish():
    programme = read(SESSION_HEADS_ES, "colas.md")
    talks = _talks(programme)
    assert {"Colas sin dolor", "Bases de datos en el borde"} <= set(talks)
    assert speakers_by_title(programme)["Colas sin dolor"] == ["Irene Batlle"]


def test_dashed_part_heads_without_a_kind_stay_one_talk():
    # near miss: one talk's notes whose dashed part heads name no kind of talk
    programme = read(ONE_TALK_PARTS, "storage.md")
    assert len(_talks(programme)) <= 1


LISTED_POST_ZH = """\
---
title: Harbor Dev Days 2031 參加心得
date: 2031-08-04 21:00:00
---

## 前言

今年終於有空參加，只去了第一天上午。

## 聽了哪些

聽了以下幾場（點標題可看官方介紹）：

1. [從零開始的資料管線](https://harbordevdays.example/2031/session/QX12)
1. [邊緣運算的日常維運](https://harbordevdays.example/2031/session/RT48)
1. [Writing Go with fewer goroutines](https://harbordevdays.example/2031/session/ZP07)

第二場最有收穫，也認識了一個新的框架。

## 最後

明年應該還會再來。
"""

LISTED_POST_FR = """\
---
title: Ce que j'ai vu à Cimes Numériques 2030
date: 2030-05-20
---

## Avant

J'y suis allé une seule matinée, entre deux réunions.

## Les conférences

J'ai assisté à :

- [Des tests qui ne mentent pas](https://cimesnumeriques.example/2030/talks/a1)
- [Rust dans le noyau, retour d'expérience](https://cimesnumeriques.example/2030/talks/b7)

## Pour finir

Belle ambiance, j'y retournerai.
"""

READING_LIST_FR = LISTED_POST_FR.replace(
    "https://cimesnumeriques.example/2030/talks/a1", "https://docs.example.org/guide/tests"
).replace("https://cimesnumeriques.example/2030/talks/b7", "https://docs.example.org/guide/rust")


MENU_POST_EN = """\
---
title: Harbor Dev Days 2031 notes
date: 2031-08-04
---

## Before

I only had the morning, so I planned ahead.

## Handy pages

The pages I kept open all morning:

- [Venue and travel](https://harbordevdays.example/2031/venue)
- [Code of conduct](https://harbordevdays.example/2031/conduct)

Both were clear and short.

## After

Tired but happy.
"""


def test_links_to_the_event_menu_name_no_talks():
    # near miss: the event's own pages, but its menu (venue, conduct), not its talks
    talks = _talks(read(MENU_POST_EN, "harbor.md"))
    assert "Venue and travel" not in talks
    assert "Code of conduct" not in talks


def test_links_to_the_event_pages_are_the_talks_attended():
    programme = read(LISTED_POST_ZH, "harbor.md")
    assert _talks(programme) == [
        "從零開始的資料管線",
        "邊緣運算的日常維運",
        "Writing Go with fewer goroutines",
    ]
    assert all(t.links for t in programme.talks if t.kind != "other")


def test_links_to_the_event_pages_in_a_french_post():
    programme = read(LISTED_POST_FR, "cimes.md")
    assert _talks(programme) == [
        "Des tests qui ne mentent pas",
        "Rust dans le noyau, retour d'expérience",
    ]


def test_a_reading_list_elsewhere_names_no_talks():
    # near miss: the same post linking to another site's pages (a reading list)
    programme = read(READING_LIST_FR, "cimes.md")
    talks = _talks(programme)
    assert "Des tests qui ne mentent pas" not in talks
    assert "Rust dans le noyau, retour d'expérience" not in talks


AGENDA_PROSE_ES = """\
---
title: Lo que aprendí en Meseta Conf 2031
date: 2031-03-02
---

Fui con mis compañeros y volví con la cabeza llena.

## Desarrollo

La más densa fue sobre [colas con reintentos](https://2031.mesetaconf.example/agenda.html#41/7),
se nota que **Lucía Ferrer** domina el tema. También fui a la titulada
[_Visión artificial para el campo_](https://2031.mesetaconf.example/agenda.html#41/9) de
**Tomás Ibarra** o la de [_Grafos: de la teoría a la práctica_](https://2031.mesetaconf.example/agenda.html#42/3)
de Elena Soler.

## Comunidad

[Nuria Vidal](https://social.example/@nvidal) dio una gran charla sobre
[Estilos sin miedo](https://2031.mesetaconf.example/agenda.html#42/8), enhorabuena.
"""

AGENDA_PROSE_EN = """\
---
title: Notes from Fjord Summit 2030
date: 2030-10-12
---

The talk I keep thinking about was
[_Caching at the edge_](https://fjordsummit.example/agenda.html#s12) from **Ola Berg**.
Right after it came [_Schemas that evolve_](https://fjordsummit.example/agenda.html#s14)
with **Kari Lunde**, which was denser.
"""

LONE_LINKED_TITLE = """\
---
title: A weekend in the hills
date: 2030-06-01
---

We hiked all Saturday. In the evening I reread
[_Caching at the edge_](https://fjordsummit.example/agenda.html#s12) with Ola Berg.
"""


def test_titles_linked_to_one_agenda_vouch_for_each_other():
    programme = read(AGENDA_PROSE_ES, "meseta.md")
    speakers = speakers_by_title(programme)
    assert speakers["colas con reintentos"] == ["Lucía Ferrer"]
    assert speakers["Visión artificial para el campo"] == ["Tomás Ibarra"]
    assert speakers["Grafos: de la teoría a la práctica"] == ["Elena Soler"]
    assert speakers["Estilos sin miedo"] == ["Nuria Vidal"]


def test_a_bold_name_after_a_linked_title_is_its_speaker():
    programme = read(AGENDA_PROSE_EN, "fjord.md")
    speakers = speakers_by_title(programme)
    assert speakers["Caching at the edge"] == ["Ola Berg"]
    assert speakers["Schemas that evolve"] == ["Kari Lunde"]


def test_one_linked_title_alone_is_no_talk():
    # near miss: a single linked title beside a name, no talk's word, nothing repeated
    programme = read(LONE_LINKED_TITLE, "hike.md")
    assert "Caching at the edge" not in _talks(programme)
