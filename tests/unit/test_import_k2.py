"""Stop 61 (k2): conventions of real programmes read in any language they come in."""

from __future__ import annotations

from confnotes.importers.fields import roles_of
from confnotes.importers.formats import jekyll

_TALKS_AND_PANELS = """---
title: Main programme
description: Everything on at the meetup, 14.5.2022
---

Talks are given in the big room.

## All activities

### Talks and panel discussions

| Název                              | Autor            | Délka  |
| ---------------------------------- | ---------------- | ------ |
| **Why ledgers forget**             | Hana Dvořáková   | 30m    |
| **Keys under the mattress**        | Tomáš Král       | 15m    |
| **Gardens of small contracts**     | Hana Dvořáková   | 45m    |
"""


def test_a_table_of_titles_and_speakers_under_a_panels_heading_lists_talks() -> None:
    # the heading names panels, yet the (Czech) header calls the first column the titles beside a
    # column of people: the rows are talks, not a roster of panelists
    programme = jekyll.parse(_TALKS_AND_PANELS.encode(), "programme.md")  # the page reading
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks.get("Why ledgers forget") == ["Hana Dvořáková"]
    assert talks.get("Keys under the mattress") == ["Tomáš Král"]
    assert talks.get("Gardens of small contracts") == ["Hana Dvořáková"]


_PANELS_ONLY = """---
title: Main programme
---

## Panels

| Title                   | Panelists                         |
| ----------------------- | --------------------------------- |
| **Money after banks**   | Hana Dvořáková, Tomáš Král        |
| **Art on a chain**      | Petra Malá, Jan Novotný           |
"""


def test_a_table_of_panels_under_a_panels_heading_gives_panels() -> None:
    programme = jekyll.parse(_PANELS_ONLY.encode(), "programme.md")
    talks = {t.title: t for t in programme.talks}
    assert set(talks) >= {"Money after banks", "Art on a chain"}
    assert [p.name for p in talks["Art on a chain"].speakers] == ["Petra Malá", "Jan Novotný"]
    assert talks["Money after banks"].kind == "panel"


def test_slavic_headers_name_titles_and_speakers() -> None:
    # Czech, Slovak, Polish and Croatian headers of a programme's table
    for key in ("Název", "Názov", "Nazwa", "Naziv"):
        assert "title" in roles_of(key), key
    for key in ("Autor", "Autoři", "Lektoři", "Lektorzy", "Přednášející"):
        assert "speaker" in roles_of(key), key


def test_turkish_polish_and_czech_month_names_date_a_line() -> None:
    from datetime import date

    from confnotes.importers.when import find_date

    assert find_date("12 Ekim 2019, Cumartesi, 10:00", None)[0] == date(2019, 10, 12)
    assert find_date("spotkanie 7 marca 2017 o 18:00", None)[0] == date(2017, 3, 7)
    assert find_date("neděle 3. června 2018", None)[0] == date(2018, 6, 3)


_WORKSHOP_TABLE = """---
title: Main programme
---

### {heading}

| Title                        | Speaker          |
| ---------------------------- | ---------------- |
| **Build a wallet in an hour** | Hana Dvořáková   |
| **Reading a block explorer**  | Tomáš Král       |

### After hours

| Title                    | Speaker        |
| ------------------------ | -------------- |
| **Stories from the pit** | Petra Malá     |
| **Board games and bots** | Jan Novotný    |
"""


def test_a_heading_naming_only_workshops_tags_the_table_under_it() -> None:
    for heading in ("Workshops", "Workshopy"):
        text = _WORKSHOP_TABLE.replace("{heading}", heading)
        programme = jekyll.parse(text.encode(), "programme.md")
        tags = {t.title: t.tags for t in programme.talks}
        assert "workshop" in tags.get("Build a wallet in an hour", []), heading
        assert "workshop" in tags.get("Reading a block explorer", []), heading
        # the next heading of the same level ends the group
        assert "workshop" not in tags.get("Stories from the pit", ["workshop"]), heading
