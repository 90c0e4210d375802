"""A bracket of authors after a title where two share a given name is still its
authors: only things named alike all open on one word. Fixtures are written for the
test."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

_PAGE = """# Workshop on Shared Vocabularies 2019

Monday 9 September 2019

| Start | End | Slot |
| --- | --- | --- |
| 09:00 | 09:30 | Opening |
| 09:30 | 10:00 | Harbour terms (Ines Okafor, Peter Lund, Mara Holt, Peter Z. Yeh and Karen Soto) |
| 10:00 | 10:30 | Ranking synonyms for tide tables (Bo Chen and Lea Varga) |
| 10:30 | 11:00 | *Coffee Break* |
| 11:00 | 11:30 | Counting buoys with small graphs (Omar Ruiz) |
"""


def test_authors_sharing_a_given_name_are_still_the_talks_authors() -> None:
    p = parse_programme(_PAGE.encode(), "vocab.md")
    talk = next(t for t in p.talks if t.title.startswith("Harbour terms"))
    names = [s.name for s in talk.speakers]
    assert "Peter Lund" in names and "Peter Z. Yeh" in names and "Karen Soto" in names


def test_a_fee_or_a_dated_field_value_is_no_code_word_and_no_site_name() -> None:
    # "3,000円" (a fee) and "2012/9/16(日)" are a field's values, not a tool named in
    # code ("g3a_i18n"); a clock's dot ("13.30") is no site's dot ("ruby-lang.org")
    from confnotes.importers import headings, section_reader

    assert headings._code_word("g3a_i18n", 2012)
    assert not headings._code_word("3,000円", 2012)
    assert not headings._code_word("2012/9/16(日)", 2012)
    assert not section_reader._field_label("ruby-lang.org talk")
    assert section_reader._field_label("Affiliation:")
