"""Kinds of talk as programmes and notes write them, in DESIGN's words (issue 33): a
lightning talk is a ``spotlight`` wherever it is said; a workshop or a tutorial is a
``talk`` tagged so, by its own title, in any reader, in English whatever the language."""

from __future__ import annotations

import pytest

from confnotes.importers.kinds import kind_of, type_tag
from confnotes.importers.registry import parse_programme
from confnotes.importers.schedule_util import talk_kind


@pytest.mark.parametrize(
    "title", ["Lightning Talks", "LT: my tiny tool", "Kurzvortrag: Logs", "ライトニングトーク"]
)
def test_lightning_talks_are_spotlights_in_titles(title: str) -> None:
    assert kind_of(title) == "spotlight"


@pytest.mark.parametrize("title", ["Ultra lightweight parsers", "LTS releases explained"])
def test_words_that_only_contain_lightning_or_lt_are_not(title: str) -> None:
    assert kind_of(title) == "talk"


@pytest.mark.parametrize(
    ("title", "tag"),
    [
        ("Workshop: Intro to Rust", "workshop"),
        ("Session 2: Workshop on the archive's API", "workshop"),
        ("Metadata-Workshop", "workshop"),
        ("Taller: Git desde cero", "workshop"),
        ("Tutorial - Dataframes", "tutorial"),
        ("Воркшоп «Сборка пакетов без боли»", "workshop"),
        ("Мастер-класс «Асинхронные тесты»", "workshop"),
        ("Warsztaty: pierwsze kroki w Pythonie", "workshop"),
        ("How we ran a workshop series at home", ""),
    ],
)
def test_a_titles_own_label_or_ends_tag_its_kind(title: str, tag: str) -> None:
    assert type_tag(title) == tag


def test_a_data_files_type_field_tags_in_english_too() -> None:
    assert talk_kind("Atelier") == ("talk", "workshop")


def test_every_reader_tags_a_workshop_by_its_title() -> None:
    page = (
        "# Archive Day 2031\n\n## Programme\n\n"
        "- 10:00 Opening words\n"
        "- 10:30 Workshop: Reading the archive's API - Ana Ruiz\n"
        "- 12:00 Keeping records for ever - Bo Lindqvist\n"
    )
    programme = parse_programme(page.encode(), "archive.md")
    tags = {t.title: t.tags for t in programme.talks}
    workshop = next(title for title in tags if "Reading the archive" in title)
    assert tags[workshop] == ["workshop"]
    assert tags["Keeping records for ever"] == []


LIGHTNING_TABLE = """# Metrics Day 2031

Friday, 7 February 2031

| Time | Talk | Speaker | Slides |
| --- | --- | --- | --- |
| 14:10 - 14:30 | Counting contributors | Ana Ruiz | [PDF](https://example.org/a.pdf) |
| 15:10 - 15:50 | Lightning Talks |   |   |
|   | - Dashboards nobody reads | Bo Lindqvist | [PDF](https://example.org/b.pdf) |
|   | - Identities across forges | Bo Lindqvist |   |
|   | - Alerts that matter | Chen Wei |   |
|   | - Your topic? | You? |   |
| 15:50 - 16:50 | Working group tutorial | Dana Okafor |   |
"""


def test_rows_under_a_lightning_slot_are_its_talks_each_with_its_speaker() -> None:
    programme = parse_programme(LIGHTNING_TABLE.encode(), "metrics.md")
    talks = {t.title: t for t in programme.talks}
    for title, who in [
        ("Dashboards nobody reads", "Bo Lindqvist"),
        ("Identities across forges", "Bo Lindqvist"),
        ("Alerts that matter", "Chen Wei"),
    ]:
        assert [p.name for p in talks[title].speakers] == [who]
        assert talks[title].kind == "spotlight"
        assert talks[title].start is not None and talks[title].start.hour == 15
    assert [p.name for p in talks["Working group tutorial"].speakers] == ["Dana Okafor"]


def test_a_kind_label_over_a_date_or_an_open_slot_keeps_its_words() -> None:
    from confnotes.importers.headings import read_heading

    assert read_heading("Lightning talks - June 12, 4:30pm", 2031).title == (
        "Lightning talks - June 12, 4:30pm"
    )
    assert read_heading("Lightning slot: open", 2031).title == "Lightning slot: open"
    assert read_heading("Keynote: Rivers in 2030", 2031).title == "Rivers in 2030"
