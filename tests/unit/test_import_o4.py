"""O4 mechanisms (issue 33): an archive's list item naming two speakers and their two
linked talks joined by the same small word on both sides of the colon; a title's closing
bracket that holds a link is the writer's remark; a ``Full Name (site): Title`` item
among items written so names its speaker even when the title reads like a name."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.headings import says_on_topic
from confnotes.importers.paired_links import paired_talk_lines, without_linked_aside
from confnotes.importers.registry import parse_programme

ARCHIVE = """---
title: Régi előadások
---
Összegyűjtöttük a tavaszi találkozók anyagait.

## 2010. március 11.

* Kiss Ilona ([ilona.hu](u)): [Tesztelés gyorsan](u), [videó](u)
* Tóth Gergely és Varga Emese ([cs](u)): [Sorok és üzenetek](u) és [Cache-ek](u), [videó](u)
* Fehér Márton ([fm.hu](u)): [Webes űrlapok](u), [videó](u)

## 2010. február 18.

* Kiss Ilona ([ilona.hu](u)): [Mérés és naplózás](u), [videó](u)
* Balogh Ferenc ([bf.hu](u)): Bővítmények C-ben (diák nem voltak, de [itt a kód](u)), [videó](u)
* Lakatos Béla ([lb.hu](u)): Julia Sets, [videó](u)
* Fehér Márton ([fm.hu](u)): [Háttérfeladatok](u), [videó](u)
"""


def _talks(text: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), "archive.md")
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_two_speakers_and_two_linked_talks_joined_alike_are_two_talks() -> None:
    talks = _talks(ARCHIVE)
    assert talks["Sorok és üzenetek"] == ["Tóth Gergely"]
    assert talks["Cache-ek"] == ["Varga Emese"]
    assert talks["Tesztelés gyorsan"] == ["Kiss Ilona"]


def test_the_pairing_needs_the_same_word_on_both_sides() -> None:
    same = "Ana Ruiz und Bo Lindt: [Caching](a.pdf) und [Queues](b.pdf), [video](v)"
    assert paired_talk_lines(same) == ["Ana Ruiz: [Caching](a.pdf)", "Bo Lindt: [Queues](b.pdf)"]
    other = "Ana Ruiz und Bo Lindt: [Caching](a.pdf) or [Queues](b.pdf), [video](v)"
    assert paired_talk_lines(other) == []
    one_title = "Ana Ruiz und Bo Lindt: [Caching und Queues](a.pdf), [video](v)"
    assert paired_talk_lines(one_title) == []


def test_a_closing_aside_holding_a_link_is_a_remark() -> None:
    talks = _talks(ARCHIVE)
    assert talks["Bővítmények C-ben"] == ["Balogh Ferenc"]
    md = "Ana: Frames (no slides, but [the code](http://x.example/c))"
    assert without_linked_aside("Frames (no slides, but the code)", md) == "Frames"
    assert without_linked_aside("Frames (part two)", "Ana: Frames (part two)") == (
        "Frames (part two)"
    )


def test_a_sited_name_column_names_the_speaker_of_a_name_like_title() -> None:
    talks = _talks(ARCHIVE)
    assert talks["Julia Sets"] == ["Lakatos Béla"]  # a title shaped like a name


EVENING = """---
title: 'Open data kväll #4'
event-date: 2021-03-04 17:00:00 +01:00
place: Biblioteket, Storgatan 3
---

Välkommen till en kväll om öppna data. Vi har två talare och gott om tid för samtal.

## Schema
* 17:00 Fika
* 17:30 Föredrag:
  * Annika Lindqvist om öppna bibliotek i kommunen
  * Gäst från Finland (meddelas senare)
* 18:30 Samtal om framtidens data
* 19:00 Fika
* 19:30 Vi fortsätter på ett café

Hej så länge!
"""


def test_a_talk_nested_under_a_timed_item_is_read_at_its_time() -> None:
    programme = parse_programme(EVENING.encode(), "evening.md")
    talk = next(t for t in programme.talks if t.title == "öppna bibliotek i kommunen")
    assert [p.name for p in talk.speakers] == ["Annika Lindqvist"]  # "Name om Topic"
    assert talk.start == datetime(2021, 3, 4, 17, 30)  # the slot's time, the page's day
    assert any(t.title == "Samtal om framtidens data" for t in programme.talks)


def test_a_hyphenated_event_date_key_is_the_page_day() -> None:
    page = (
        "---\ntitle: Kväll\nevent-date: 2022-05-12 18:00:00 +02:00\n---\n\n## Schema\n"
        "* 18:00 Anders Berg: Kartor i webben\n* 18:40 Karin Holm: Sensorer i staden\n"
    )
    talks = parse_programme(page.encode(), "kvall.md").talks
    assert {t.start for t in talks if t.speakers} == {
        datetime(2022, 5, 12, 18, 0),
        datetime(2022, 5, 12, 18, 40),
    }


def test_only_the_word_on_between_name_and_topic_places_the_speaker() -> None:
    assert says_on_topic(" om ")
    assert says_on_topic(" über ")
    assert not says_on_topic(" talks about ")
