"""Programme data with keys glued to their quoted values, a day said in a sentence whose
year is the event's, grid columns that name a kind of session, and a person's notes
where one heading's sub-headings are the parts of one talk while another's are talks."""

from __future__ import annotations

from datetime import date, datetime

from confnotes.importers.persons import is_person_name
from confnotes.importers.registry import parse_programme
from confnotes.importers.timetable import _column_kind
from confnotes.importers.when import find_date, sentence_year

_GLUED = """-
  id: 7
  title:"Rust embarqué"
  description:"Des pilotes sans tas."
  subtype: presentation
  speakers: [3]
-
  id: 8
  title: 'Atelier Yocto'
  subtype: workshop
  speakers: [4]
"""


def test_keys_glued_to_quoted_values_are_read_as_keys() -> None:
    programme = parse_programme(_GLUED.encode(), "sessions.yml")
    assert [t.title for t in programme.talks] == ["Rust embarqué", "Atelier Yocto"]
    assert all(not t.speakers for t in programme.talks)  # ids name no one


def test_portuguese_and_dutch_month_names_make_dates() -> None:
    assert find_date("no dia 14 de setembro", 2024)[0] == date(2024, 9, 14)
    assert find_date("op 3 mei", 2025)[0] == date(2025, 5, 3)
    assert find_date("dia 2 de dezembro de 2023")[0] == date(2023, 12, 2)


def test_a_sentence_gives_the_year_of_the_day_it_names() -> None:
    assert sentence_year("O Meetup Natal 2022 acontece no dia 3 de junho") == 2022
    assert sentence_year("from 2019 to 2021 we met on 3 June") is None
    page = """O Meetup Natal 2022 acontece no dia **3 de junho** com esta agenda:

- **18h00** - Abertura
- **18h30** - Palestra 1: "Observabilidade sem dor" (Joana Lima)
- **19h20** - Palestra 2: "Monorepos na prática" (Caio Souza)
- **20h00** - Intervalo
- **20h20** - Palestra 3: "Filas sem medo" (Lia Prado)
- **21h00** - Encerramento
"""
    programme = parse_programme(page.encode(), "agenda.md")
    starts = [t.start for t in programme.talks if "Observabilidade sem dor" in t.title]
    assert starts == [datetime(2022, 6, 3, 18, 30)]


def test_a_column_named_by_a_kind_of_session_gives_its_slots_that_kind() -> None:
    assert _column_kind("Workshop 2") == ("talk", "workshop")
    assert _column_kind("Talleres") == ("talk", "workshop")
    assert _column_kind("Atelier B") == ("talk", "workshop")
    assert _column_kind("Posters") == ("poster", "")
    for room in ("Bühne", "Keynote Hall", "Room 2", "Workshop-Raum", "Main Stage"):
        assert _column_kind(room) == ("", "")
    grid = """# Plan, 4. Mai 2024

<table>
<tr><th>Zeit</th><th>Saal</th><th>Workshop 1</th></tr>
<tr><td>10:00</td><td>Zum Ersten, zum Zweiten, Schluss</td><td>Töpfern am Rad</td></tr>
<tr><td>11:00</td><td>Die Stadt von morgen</td><td>Filzen für alle</td></tr>
<tr><td>12:00</td><td>Lesung: Briefe aus dem Hafen</td><td>Drucken mit Kartoffeln</td></tr>
</table>
"""
    programme = parse_programme(grid.encode(), "plan.md", shape="timetable")
    tagged = {t.title: t.tags for t in programme.talks}
    assert "workshop" in tagged["Töpfern am Rad"]
    assert "workshop" not in tagged["Die Stadt von morgen"]
    assert not any(t.speakers for t in programme.talks)  # comma-parted phrases: no one


def test_contracted_prepositions_make_no_name() -> None:
    assert not is_person_name("Zum Ersten")
    assert not is_person_name("Zur Sache")


_DAY = """## Kafka Workshop

### Setup

* laptops and a broker

### Notes:

* partitions order keys

### Lab: Step 1

* a producer

### Lab: Step 2

* a consumer group

## Lightning talks

### Talk 1: Tiny services

* keep them few

### Talk 2: Why Zig?

* no hidden control flow

## Keynote

### Talk 1: The state of the web

* numbers

### Talk 2: Open source funding

* more numbers

## What we got wrong about caching

### Caches

* invalidation

### Caches: Pitfalls

* stampedes

### Clocks

* skew

### Clocks: Pitfalls

* leap seconds
"""


def test_sub_headings_that_are_parts_of_one_talk_are_no_talks() -> None:
    programme = parse_programme(_DAY.encode(), "day-1.md")
    titles = [t.title for t in programme.talks]
    assert "Kafka Workshop" in titles
    assert "What we got wrong about caching" in titles
    for part in ("Setup", "Notes:", "Lab: Step 1", "Caches", "Clocks: Pitfalls"):
        assert part not in titles
    for talk in ("Tiny services", "Why Zig?", "The state of the web", "Open source funding"):
        assert any(talk in t for t in titles)
    lightning = [t for t in programme.talks if "Zig" in t.title]
    assert lightning[0].kind == "spotlight"


def test_the_misspelt_lightening_talks_are_lightning_talks() -> None:
    from confnotes.importers.kinds import kind_of

    assert kind_of("Lightening Talks") == "spotlight"


def test_a_block_scalar_keeps_its_own_glued_words_when_keys_are_respaced() -> None:
    """The repair of glued keys gives a key its space, never the writer's text inside an
    abstract written as a block (``note:"…"`` there is prose, byte for byte)."""
    data = """-
  title:"Pilotes sans tas"
  subtype: presentation
  abstract: |
    Retenir:"pas de malloc" dans le noyau.
    note:[voir annexe]
  speakers: [3]
- title:"Atelier Yocto"
  abstract: >-
    Plan:"build, flash"
  subtype: workshop
  speakers: [4]
"""
    programme = parse_programme(data.encode(), "sessions.yml")
    assert [t.title for t in programme.talks] == ["Pilotes sans tas", "Atelier Yocto"]
    first, second = programme.talks
    assert 'Retenir:"pas de malloc" dans le noyau.\nnote:[voir annexe]' in first.abstract
    assert 'Plan:"build, flash"' in second.abstract


def test_a_quoted_value_wrapped_over_lines_keeps_its_words_when_keys_are_respaced() -> None:
    """A double-quoted abstract that wraps onto lines of its own holds the writer's text:
    ``note:'quoted'`` there is no key, and gets no space."""
    data = """- title: "Pilotes sans tas"
  subtype: presentation
  abstract: "Nous parlons
    note:'cités' et du reste"
  speakers: [3]
- title:"Atelier Yocto"
  subtype: workshop
  speakers: [4]
"""
    programme = parse_programme(data.encode(), "sessions.yml")
    assert [t.title for t in programme.talks] == ["Pilotes sans tas", "Atelier Yocto"]
    assert "note:'cités' et du reste" in programme.talks[0].abstract
