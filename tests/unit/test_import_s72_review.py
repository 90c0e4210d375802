"""Stop 72, review (b): near misses of the day's new mechanisms on ordinary documents."""

from __future__ import annotations

from confnotes.importers import doctree
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

    def test_a_template_call_quoted_in_a_code_sample_keeps_its_bytes(self) -> None:
        # an HTML export of someone's notes on a talk about translating templates: the
        # calls shown in its code sample are the notes' words, not the page's
        snippet = '{% trans "Guten Morgen" %}\n{{ _("Kaffeepause") }}'
        text = f"""<!DOCTYPE html><html><head><title>Templating Day notes</title></head><body>
<h1>Templating Day notes</h1>
<h2>Strings in templates — Jonas Brandt</h2>
<p>The two spellings he showed:</p>
<pre><code>{snippet}
</code></pre>
<p>Plurals need the block form.</p>
<h2>Caching fragments — Ines Moreau</h2>
<p>Measure first.</p>
</body></html>
"""
        programme = read(text, "notes.html")
        assert any(snippet in t.body for t in programme.talks)

    def test_a_template_page_s_calls_outside_code_are_still_its_words(self) -> None:
        from confnotes.importers.template_words import translated

        page = '<td>{{ _("Kaffeepause") }}</td><pre>{{ _("x") }}</pre><p>{% trans "Tschüss" %}</p>'
        out = translated(page)
        assert len(out) == len(page)
        assert "Kaffeepause" in out and '{{ _("x") }}' in out and "{% trans" not in out

    def test_a_markdown_note_opening_on_a_comment_over_a_centred_banner_stays_markdown(
        self,
    ) -> None:
        text = """<!-- synced from my phone -->
<div align="center">
<img src="banner.jpg" width="240">
</div>

## Keynote — Odile Marchand
The opening set the tone.
"""
        assert not doctree.looks_like_html_page(text)
        assert "Odile Marchand" in people_of(read(text, "keynote.md"))

    def test_pasted_bold_times_under_a_comment_keep_the_note_s_own_line(self) -> None:
        text = """<!-- copied from the event page -->
<b>14:00</b> Doors — Ivo Petrov<br>
<b>14:30</b> Small Teams, Big Systems — Mira Holm<br>
<b>15:30</b> Caches Lie — Tarek Aziz<br>
remember: ask Mira for her slides
"""
        assert not doctree.looks_like_html_page(text)
        body = "\n".join(t.body for t in read(text, "afternoon.txt").talks)
        assert "remember: ask Mira for her slides" in body
