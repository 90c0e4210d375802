"""Lists of talks in a person's notes whose items repeat one pattern (stop 53, helper
s53g): a stressed title and its by-line opening each item, fields parted by one mark with
the title and the speaker in the same places, a title followed by its session's code,
paragraphs numbered by hand, titles signed with handles. Fixtures written for these tests,
in our own words."""

from __future__ import annotations

from confnotes.importers.persons import is_person_name
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_BYLINES = """# Trip Report - Rivercon 2032

## Team talks

Our team gave four talks this year; I could not attend most of them, so these notes
come from the recordings.

- [*Caches Without Tears*][c1] by Nadia
  Feld.  How to invalidate without losing sleep.

- [*On-Call for Humans*][c2] by Ken Ito.  Rotations that people can live with.

- [*Shipping Fonts Fast*][c3]
  by Rosa Dali.  Subsetting and preloading, measured.

[c1]: https://rivercon.example/t/1
[c2]: https://rivercon.example/t/2
[c3]: https://rivercon.example/t/3
"""


def test_items_repeating_a_stressed_title_and_its_by_line_are_talks_under_any_heading() -> None:
    talks = _talks(parse_programme(_BYLINES.encode(), "rivercon.md"))
    assert talks.get("Caches Without Tears") == ["Nadia Feld"]
    assert talks.get("On-Call for Humans") == ["Ken Ito"]
    assert talks.get("Shipping Fonts Fast") == ["Rosa Dali"]


def test_a_trip_report_label_is_no_person() -> None:
    assert not is_person_name("Trip Report")
    programme = parse_programme(_BYLINES.encode(), "rivercon.md")
    assert "Trip Report" not in {p.name for t in programme.talks for p in t.speakers}


_FIELDS = """# Что я посмотрел

### Доклады
1. SomeConf 2030. Ирина Лебедева.
[Как мы считаем метрики](
https://video.example/1).
2. SomeConf 2031. Павел Орлов.
[Очереди без потерь](
https://video.example/2).
3. OtherConf 2031. Ирина Лебедева.
[Индексы, которые работают](
https://video.example/3).
"""


def test_items_of_fields_parted_by_full_stops_name_speaker_and_linked_title() -> None:
    talks = _talks(parse_programme(_FIELDS.encode(), "videos.md"))
    assert talks.get("Как мы считаем метрики") == ["Ирина Лебедева"]
    assert talks.get("Очереди без потерь") == ["Павел Орлов"]
    assert talks.get("Индексы, которые работают") == ["Ирина Лебедева"]


_PIPES = """# Liste

- [Verteilte Caches](https://v.example/1) | Jana Roth | Konf 2030
- [Schnelle Tests](https://v.example/2) | Timo Beck | Konf 2030
- [Saubere Schnittstellen](https://v.example/3) | Eva Lenz | Konf 2031
"""


def test_items_of_fields_parted_by_bars_put_title_first() -> None:
    talks = _talks(parse_programme(_PIPES.encode(), "liste.md"))
    assert talks.get("Verteilte Caches") == ["Jana Roth"]
    assert talks.get("Saubere Schnittstellen") == ["Eva Lenz"]


_LINKS_ONLY = """# Reading

### Articles
1. [All about text encodings](https://a.example/1).
2. [Dates are hard](https://a.example/2).
3. [Writing docs](https://a.example/3).
"""


def test_a_reading_list_of_links_alone_is_no_list_of_talks() -> None:
    programme = parse_programme(_LINKS_ONLY.encode(), "reading.md")
    assert not any(t.speakers for t in programme.talks)


_CODES = """<h1>Summit 2031<br>@color[red](report)</h1>

---

### Sessions I attended

@ol[list](false)
- @color[red](Networks at Planet Scale) (NET410)
- Event Sourcing in Practice (ARC301) to write up
- Secrets Management Done Right (SEC220)
@olend

---

### Plans

- write the blog posts
- sleep
"""


def test_items_that_end_in_a_session_code_are_talks_titled_by_the_words_before() -> None:
    talks = _talks(parse_programme(_CODES.encode(), "summit.md"))
    assert "Networks at Planet Scale" in talks
    assert "Event Sourcing in Practice" in talks
    assert "Secrets Management Done Right" in talks
    assert "write the blog posts" not in talks
    assert not any(talks.values())  # no speaker: a title beside its code is no one


_HAND = """# Agenda Meetup 2030

1.- Diseño de APIs amables by @ruth_m

 * enlace a las diapositivas

2.- Pruebas de contrato by @jlopez

3.- Observabilidad barata by @ines.v and @dortega
"""


def test_paragraphs_numbered_by_hand_are_a_list_and_handles_sign_their_titles() -> None:
    talks = _talks(parse_programme(_HAND.encode(), "agenda.md"))
    assert talks.get("Diseño de APIs amables") == ["ruth_m"]
    assert talks.get("Pruebas de contrato") == ["jlopez"]
    assert talks.get("Observabilidad barata") == ["ines.v", "dortega"]
