"""The notes-or-programme classifier: a person's notes and a programme page told apart by
the fitted weights of their structure, and what the import does with its answer."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers import notes_or_programme
from confnotes.importers.registry import parse_programme

CORPUS = Path(__file__).resolve().parents[1] / "data" / "importers" / "corpus33x"

NOTES = """# What I took from the storage track

I arrived late, so I missed the first ten minutes. The speaker walked us through how
their team moved cold data to tape, and honestly I had not thought tape was still a thing.

- they keep two copies in different cities and test a restore every month, which we never do
- the biggest cost was people, not hardware, and I wrote that down twice
- their retention rule is seven years, set by the auditors rather than the engineers

We should try the monthly restore drill at work. I will bring it up on Monday.
"""

PROGRAMME = """# Autumn Storage Forum

| Time | Talk | Speaker |
|------|------|---------|
| 09:00 | Opening | Hana Brodsky |
| 09:20 | Tape Is Not Dead | Ruben Alvarez |
| 10:00 | Erasure Codes in Practice | Li Wen |
| 10:40 | Coffee break | |
| 11:00 | Cold Data, Warm Hearts | Amara Okafor |
"""

NOTES_ORG = """#+TITLE: notes from the replication workshop

* morning
I liked the first exercise: we broke a primary on purpose and watched the replicas
argue about who leads. My group took far too long to notice the split brain.
* afternoon
Mostly questions. Someone asked whether we would ever trust automatic failover; I
would, after today, but only with fencing.
"""


def test_a_persons_notes_read_as_notes():
    assert notes_or_programme.probability(NOTES, "storage-track.md", "outline") > 0.5
    assert notes_or_programme.probability(NOTES_ORG, "replication.org", "outline") > 0.5


def test_a_programme_table_reads_as_a_programme():
    p = notes_or_programme.probability(PROGRAMME, "programme.md", "markdown")
    assert p < 0.5


def test_the_probability_moves_with_the_structure_not_the_format():
    """The same format detection, two documents: the clock-led rows and the table of
    names weigh against notes, the prose and first person for them."""
    as_notes = notes_or_programme.probability(NOTES, "a.md", "markdown")
    as_page = notes_or_programme.probability(PROGRAMME, "a.md", "markdown")
    assert as_notes > as_page


def test_every_feature_is_a_share_and_the_weights_name_known_features():
    values = notes_or_programme.features(NOTES, "a.md", "outline")
    assert set(values) == set(notes_or_programme.FEATURES)
    assert all(0.0 <= v <= 1.0 for v in values.values())
    assert set(notes_or_programme.WEIGHTS) - {"intercept"} <= set(notes_or_programme.FEATURES)


def test_capitalised_parts_of_a_talks_notes_are_no_speakers():
    """Headings such as "Seasonal Decomposition" or "Open Questions" in a person's notes
    of one talk: the notes stay one talk with all their text, and no one is invented."""
    path = CORPUS / "x01_talk_notes_capitalised_parts.md"
    programme = parse_programme(path.read_bytes(), str(path))
    people = {sp.name for t in programme.talks for sp in t.speakers}
    assert people == set()
    assert any("linear fill and pray" in t.body for t in programme.talks)


def test_a_programme_of_name_title_lines_keeps_its_speakers():
    path = CORPUS / "x03_programme_list_blocks.md"
    programme = parse_programme(path.read_bytes(), str(path))
    speakers = {sp.name for t in programme.talks for sp in t.speakers}
    assert {"Ines Varga", "Mei Tanaka"} <= speakers


def test_notes_the_classifier_is_sure_of_offer_no_programme_records():
    """``Status Messages - announce a change ...`` items in a person's notes: the tree's
    repeated records are not offered as a programme reading (``--dry-run`` lists no
    ``records`` reading), where a programme page's repeated lines still are."""
    from confnotes.importers.registry import text_readings

    notes = CORPUS / "x04_notes_name_dash_items.md"
    text = notes.read_text(encoding="utf-8")
    assert notes_or_programme.probability(text, str(notes), "outline") >= notes_or_programme.SURE
    shapes = {(r.shape, r.reader) for r in text_readings(notes.read_bytes(), str(notes))}
    assert ("records", "tree") not in shapes
    page = CORPUS / "x03_programme_list_blocks.md"
    page_text = page.read_text(encoding="utf-8")
    assert notes_or_programme.probability(page_text, str(page), "outline") < notes_or_programme.SURE
