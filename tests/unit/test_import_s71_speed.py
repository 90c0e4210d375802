"""Stop 71's faster tree and outline, as a user sees them: nothing read differently.

A tight list item's words are built without the block loop and a paragraph of several
inline pieces is placed by one look-up; a walk goes by one stack; the outline asks a node
for an element's tag without making it a dictionary and is read with the cycle collector
paused; reStructuredText's link patterns are only tried on a head holding a backtick, and
an HTML card is looked for among the HTML blocks. Each is checked against what a reader
sees: the items and their lines, the words and marks, the order of a walk, the sections
and blocks of an outline, the talks and speakers of an import (in several languages), and
the near misses that must stay as they were.
"""

from __future__ import annotations

import gc
import itertools

from confnotes.importers import doctree, structure
from tests.unit.importing import people_of, read, speakers_by_title


def _whole(text: str) -> doctree.Document:
    """The tree of ``text``, every character of it in exactly one leaf."""
    doc = doctree.parse_markdown(text)
    cut = doctree.leaves(doc.root)
    assert "".join(text[n.start : n.end] for n in cut) == text
    assert all(a.end == b.start for a, b in itertools.pairwise(cut))
    return doc


def _items(doc: doctree.Document) -> list[tuple[str, str]]:
    """Each list item's words and the source lines it owns."""
    return [(n.text, doc.source_of(n)) for n in doc.root.walk() if n.kind == "item"]


# ---------------------------------------------------------------- 1. tight items


def test_tight_items_keep_their_words_and_lines_in_several_languages() -> None:
    text = (
        "## Jeudi — journée des ateliers\n\n"
        "- 09:30 Données ouvertes — Zoé Lefèvre\n"
        "- 10:15 Tokenisierung für Übersetzer — Jörg Weiß\n"
        "- 11:00 多言語検索の実際 — 佐藤花子\n"
        "- 11:45 Ορθογραφία και μηχανές — Νίκος Παππάς\n"
    )
    doc = _whole(text)
    assert _items(doc) == [
        ("09:30 Données ouvertes — Zoé Lefèvre", "- 09:30 Données ouvertes — Zoé Lefèvre\n"),
        (
            "10:15 Tokenisierung für Übersetzer — Jörg Weiß",
            "- 10:15 Tokenisierung für Übersetzer — Jörg Weiß\n",
        ),
        ("11:00 多言語検索の実際 — 佐藤花子", "- 11:00 多言語検索の実際 — 佐藤花子\n"),
        (
            "11:45 Ορθογραφία και μηχανές — Νίκος Παππάς",
            "- 11:45 Ορθογραφία και μηχανές — Νίκος Παππάς\n",
        ),
    ]
    # each item is one paragraph owning the item's line
    paragraphs = [
        [c.kind for c in n.children if c.spanned] for n in doc.root.walk() if n.kind == "item"
    ]
    assert paragraphs == [["paragraph"]] * 4


def test_an_item_of_links_and_stress_keeps_its_marks() -> None:
    """Several inline pieces (words, a link, a stress) still go through the block loop:
    the item's marks say what was linked and stressed."""
    doc = _whole("- **Keynote**: [Slides](https://example.org/k) by Amaia Etxeberria\n")
    item = next(n for n in doc.root.walk() if n.kind == "item")
    para = item.children[0]
    assert para.text == "Keynote: Slides by Amaia Etxeberria"
    assert [(m.kind, para.text[m.start : m.end], m.value) for m in para.marks] == [
        ("strong", "Keynote", ""),
        ("link", "Slides", "https://example.org/k"),
    ]
    assert doc.source_of(para) == doc.source


def test_a_paragraph_over_several_lines_owns_them_all() -> None:
    """A paragraph of several inline pieces (words, a line break, a stress) is placed from
    its first piece's line to its last one's, whole lines, after multi-byte characters."""
    text = "Intro — 序論\n\n- Ana Ruiz, *Lab*\n  continued — ünd weiter\n  **last line**\n\nEnde\n"
    doc = _whole(text)
    item = next(n for n in doc.root.walk() if n.kind == "item")
    para = item.children[0]
    assert doc.source_of(para) == ("- Ana Ruiz, *Lab*\n  continued — ünd weiter\n  **last line**\n")
    assert para.text == "Ana Ruiz, Lab\ncontinued — ünd weiter\nlast line"


def test_a_loose_item_and_a_nested_list_are_read_as_before() -> None:
    """Near miss: items holding blocks (a second paragraph, a nested list) are not the
    one-piece items read the quick way."""
    text = "- Lunch\n\n  Salle B, étage 2\n- Posters\n  - Rui Costa\n  - Mia Wong\n"
    doc = _whole(text)
    items = [n for n in doc.root.walk() if n.kind == "item"]
    assert [n.text for n in items] == [
        "Lunch\nSalle B, étage 2",
        "Posters\nRui Costa\nMia Wong",
        "Rui Costa",
        "Mia Wong",
    ]
    assert [c.kind for c in items[1].children if c.spanned] == ["paragraph", "list"]


# ---------------------------------------------------------------- 2. the walk


def test_a_walk_is_in_document_order_and_reads_children_as_it_comes() -> None:
    text = "# Tag 2\n\n- Eröffnung\n- Pause\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n"
    doc = _whole(text)
    kinds = [n.kind for n in doc.root.walk() if n.spanned and n.kind != "blank"]
    assert kinds == ["document", "heading", "list", "item", "paragraph", "item", "paragraph",
                     "table", "row", "text", "row"]  # fmt: skip
    # stopping early leaves what comes later unread: the table's rows are not built
    doc = doctree.parse_markdown(text)
    table = next(n for n in doc.root.children if n.kind == "table")
    walk = doc.root.walk()
    assert next(n for n in walk if n.kind == "heading").text == "Tag 2"
    assert table._children is None


# ---------------------------------------------------------------- 3. the outline


def test_the_outline_of_notes_is_the_same_whatever_the_collector() -> None:
    text = (
        "# Día 1\n\n## 09:00 Apertura — Lucía Gómez\n\n- contexto\n- objetivos\n\n"
        '<p class="room">Sala Roja</p>\n\n## 10:00 Grafos — Pau Serra\n\ntexto libre\n'
    )
    structure.read.cache_clear()
    doctree.parse.cache_clear()
    assert gc.isenabled()
    outline = structure.read(text)
    assert gc.isenabled()  # resumed after the read
    day = outline.root.children[0]
    assert [s.title for s in day.children] == [
        "09:00 Apertura — Lucía Gómez",
        "10:00 Grafos — Pau Serra",
    ]
    first = day.children[0]
    assert [(b.kind, b.items) for b in first.blocks] == [
        ("list", ["contexto", "objetivos"]),
        ("paragraph", []),
    ]
    # an element of an HTML block on its own line is still a plain line of its own
    assert "Sala Roja" in outline.plain.values()


def test_a_paused_collector_stays_paused_after_an_outline() -> None:
    structure.read.cache_clear()
    gc.disable()
    try:
        structure.read("# Notas\n\n- uno\n- dos\n")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_asking_a_node_for_an_attribute_makes_no_dictionary() -> None:
    doc = _whole("Plain words\n\n<h3>Sala 2</h3>\n")
    para = doc.root.children[0]
    assert para.attr("tag") is None
    assert para._attrs is None  # no dictionary made for a node that has none
    heading = next(n for n in doc.root.walk() if n.kind == "heading")
    assert heading.attr("tag") == heading.attrs.get("tag")


# ---------------------------------------------------------------- 4. near misses


def test_restructuredtext_with_anonymous_links_is_still_read_as_such() -> None:
    text = (
        "Programme\n=========\n\n"
        "Keynote by `Ana Ruiz <https://example.org/ana>`__ at 9:00.\n\n"
        "Workshop\n^^^^^^^^\n\nHands on.\n"
    )
    assert doctree.looks_rst(text)


def test_markdown_with_underlined_titles_and_no_backtick_stays_markdown() -> None:
    text = "Programm\n========\n\nVorträge\n--------\n\n- 9:00 Eröffnung\n"
    assert not doctree.looks_rst(text)


def test_a_card_cut_by_blank_lines_is_one_html_node_again() -> None:
    text = (
        '<div class="card">\n<h4>Mesa redonda</h4>\n\n<p>Con Inés Prieto</p>\n\n</div>\n\nDespués\n'
    )
    doc = _whole(text)
    kinds = [n.kind for n in doc.root.children if n.kind != "blank"]
    assert kinds == ["html", "paragraph"]
    assert doc.source_of(doc.root.children[0]).endswith("</div>\n")


def test_a_card_after_a_rejoined_table_is_still_found() -> None:
    """Near miss: once a table cut by blank lines was rejoined, the cards are looked for
    among all the top-level nodes, as before."""
    text = (
        "<table>\n<tr><td>9:00</td></tr>\n\n<tr><td>9:30</td></tr>\n</table>\n\n"
        '<div class="card">\n<p>Sigrún Jónsdóttir</p>\n\n</div>\n'
    )
    doc = _whole(text)
    kinds = [n.kind for n in doc.root.children if n.kind != "blank"]
    assert kinds == ["html", "html"]


# ---------------------------------------------------------------- 5. an import


def test_a_multilingual_programme_imports_the_same_talks() -> None:
    text = (
        "# Jornadas 2025\n\n## Sábado\n\n"
        "- 09:30 Compiladores incrementales — Marta Vidal\n"
        "- 10:30 Évaluation des modèles — Aurélien Petit\n"
        "- 11:30 Datenbanken im Wandel — Björn Krüger\n"
    )
    programme = read(text, "jornadas.md")
    assert speakers_by_title(programme) == {
        "Compiladores incrementales": ["Marta Vidal"],
        "Évaluation des modèles": ["Aurélien Petit"],
        "Datenbanken im Wandel": ["Björn Krüger"],
    }
    assert people_of(programme) == {"Marta Vidal", "Aurélien Petit", "Björn Krüger"}
