"""Stop 72, review (b): near misses of the day's new mechanisms on ordinary documents."""

from __future__ import annotations

from tests.unit.importing import people_of, read


class TestRb:
    def test_a_row_read_both_ways_is_no_bio_section_folded_into_its_mirror(self) -> None:
        # a copied day's list whose first title is shaped as a name: the whole reading
        # turned that row round; the part's reading has it the right way: neither is a
        # bio of the other, and the title never becomes a speaker
        text = """# Frontend Notes

## Keynote: Pages That Wait (12 May 2025)

Speaker: Nora Feld

Liked the part on loading states.

## Second day schedule I copied

- 09:00 Signals Everywhere — Lena Vogt
- 10:00 CSS Layers in Practice — Sara Kim
- 11:00 Edge Rendering — Priya Nair
"""
        programme = read(text, "notes.md")
        assert "Signals Everywhere" not in people_of(programme)
        assert "Edge Rendering" not in people_of(programme)
        body = "\n".join(t.body for t in programme.talks)
        assert "Liked the part on loading states." in body
