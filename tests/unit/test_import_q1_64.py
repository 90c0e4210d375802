"""Stop 64, helper q1: titles and degrees written before a name (the feminine doctor
``Drª`` and the specialist ``Esp.`` of Brazilian pages, the ``M.Sc.``, ``B. Sc.`` and
``Dipl.-Inf.`` of German ones) are no part of the name. Fixtures written for these tests,
in our own words."""

from __future__ import annotations

import pytest

from confnotes.importers.registry import parse_programme
from confnotes.importers.textutil import clean_name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Profª Drª Lívia Campos Prado", "Lívia Campos Prado"),
        ("Prof. Drª Nair Tavares", "Nair Tavares"),
        ("Profª Esp. Iara Mª Fontes", "Iara Mª Fontes"),
        ("M.Sc. Jonas Weidemann", "Jonas Weidemann"),
        ("M. Sc. Jonas Weidemann", "Jonas Weidemann"),
        ("B.Sc. Frieda Lohmeyer", "Frieda Lohmeyer"),
        ("Dipl.-Inf. Dipl.-Ing. Kai Brandstätter", "Kai Brandstätter"),
        ("Dipl.-Phys. Ute Korff", "Ute Korff"),
    ],
)
def test_a_title_or_degree_before_a_name_is_no_part_of_it(written: str, name: str) -> None:
    assert clean_name(written) == name


@pytest.mark.parametrize("words", ["Esp Ana", "Msc thesis", "Drama Night", "Diplomacy Today"])
def test_words_that_only_look_like_a_title_stay(words: str) -> None:
    assert clean_name(words) == words


_TITLED_PANEL = """<html><body>
<h2>Second day</h2>
<h4>10h - Roundtable: Rivers and Towns</h4>
<p>Profª Drª Lívia Campos Prado</p>
<p>Prof. Drª Nair Tavares</p>
<p>Profª Esp. Iara Fontes</p>
<h4>14h - Lecture: Reading Old Maps</h4>
<p>Dipl.-Inf. Dipl.-Ing. Kai Brandstätter</p>
</body></html>
"""


def test_a_page_names_its_people_without_their_titles() -> None:
    programme = parse_programme(_TITLED_PANEL.encode(), "day2.html")
    names = {s.name for t in programme.talks for s in t.speakers}
    assert {"Lívia Campos Prado", "Kai Brandstätter"} <= names
    assert not any("Dr" in n or "Esp" in n or "Dipl" in n for n in names)


_TAGGED_CELLS = """---
title: Plan
---

## Samstag (4. Mai 2030)

| Zeit | Ereignis |
|:--|:--|
| 09:00 | Einlass |
| 11:00 | **Dr. Olaf Brenner** (Nordlicht GmbH) <br>[EN] Colour Filters and Sensor Noise |
| 14:00 | **M.Sc. Ina Vogt** (Hafenwerk AG) <br>[DE] Wege planen für kleine Boote |
| 18:00 | Ende |
"""


def test_a_line_opened_by_its_language_is_a_title_not_two_people() -> None:
    programme = parse_programme(_TAGGED_CELLS.encode(), "plan.md")
    talks = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert talks["[EN] Colour Filters and Sensor Noise"] == ["Olaf Brenner"]
    assert talks["[DE] Wege planen für kleine Boote"] == ["Ina Vogt"]
    assert not any("Sensor Noise" in names for names in talks.values())


_MATCHES = """---
title: Plan
---

## Samstag (4. Mai 2030)

| Zeit | Ereignis |
|:--|:--|
| 09:00 | Einlass |
| 13:00 | [Kiel Otters](https://otters.example) : [Team Lübeck](https://luebeck.example) |
| 14:00 | [Hafen United - Blaue Möwen](https://hu.example) : [Team Lübeck](https://tl.example) |
| 16:00 | [Wege planen für Boote](https://talk.example) - [Ina Vogt](https://vogt.example) |
| 18:00 | Ende |
"""


def test_two_linked_teams_set_against_each_other_are_a_match_not_a_by_line() -> None:
    programme = parse_programme(_MATCHES.encode(), "plan.md")
    talks = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert talks["Kiel Otters : Team Lübeck"] == []
    assert talks["Hafen United - Blaue Möwen : Team Lübeck"] == []
    assert talks["Wege planen für Boote"] == ["Ina Vogt"]  # a title's link, a name's link


_LABELLED_SLOTS = """---
title: Plan
---

## Sonntag (5. Mai 2030)

| Zeit | Ereignis |
|:--|:--|
| 09:00 | Einlass |
| 13:30 | Vortrag [DE]<br>Ilse Marquardt: Segeln lernen - ein Überblick |
| 15:30 | Vortrag [EN]<br>Prof. Dr. Tomas Brink: Knots and Other Puzzles |
| 18:00 | Ende |
"""


def test_a_slot_label_over_a_by_line_leaves_the_talk_to_the_line_under_it() -> None:
    programme = parse_programme(_LABELLED_SLOTS.encode(), "plan.md")
    talks = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert talks["Segeln lernen - ein Überblick"] == ["Ilse Marquardt"]
    assert talks["Knots and Other Puzzles"] == ["Tomas Brink"]
