"""Parsing speed by design, continued: the block rules that fire only at a line's opening
are left out when no line opens with their marker, the line scan passes over a list item
of words, and the top level's HTML blocks are gathered as they are built. The tree stays
the same, node for node."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.importers import doctree

_NOTES = (
    "# Day 1 — 3 March\n\n## 9:00 Caches — Ana Ruiz\n\nSpeaker: Ana Ruiz (Lab)\n\n"
    "- queue depth\n- lock contention\n\nLong words about the talk.\n\n"
    "| metric | value |\n| --- | --- |\n| p99 | 12 ms |\n\n"
    "<p>Slides: <a href='https://example.org/s'>here</a></p>\n"
)

_MARKUP = st.sampled_from(
    [
        "Keynote on cold caches\n",
        "\n",
        "- queue depth\n",
        "  + nested point\n",
        "    deeper still\n",
        "      deepest\n",
        "\tone tab in\n",
        "-\ttab after a marker\n",
        "-     five blanks after a marker\n",
        "1.  wide marker\n",
        "> a remark\n",
        "- > a quote in an item\n",
        ">\tquote and tab\n",
        "Term\n",
        ": an answer\n",
        "  ~ another\n",
        "---\n",
        "  ***\n",
        "- ---\n",
        "* * *\n",
        "_ _ _\n",
        "===\n",
        "-\n",
        "- \n",
        "10:30 Talk\n",
        "\t<tr>\n",
        "<p>x: <a href='u'>y</a></p>\n",
        "| a | b |\n| --- | --- |\n",
        "---\ntitle: x\n---\n",
        "x\r\n",
        "***\r\n",
        "Zoë — día\n",
    ]
)


def _shape(parser: object, text: str) -> str:
    """Everything the parser's tree says of a text (or that it panicked)."""
    try:
        return parser.tree(text).pretty(srcmap=True, meta=True, attrs=True)  # type: ignore[attr-defined]
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # the Rust parser's panic
        return "panic"


def _lined(text: str) -> frozenset[str] | None:
    return doctree._line_rules(text, doctree._line_openings(text))


def test_notes_whose_lines_open_no_quote_are_parsed_without_the_opening_rules() -> None:
    """A ``>`` in an HTML block and a ``:`` after a word open no quote and no definition:
    the rules that fire only at a line's opening are left out of the notes' parser."""
    assert _lined(_NOTES) == frozenset()
    assert doctree._parser_for(_NOTES, frozenset()) is not doctree._parser_for(_NOTES)
    assert _shape(doctree._parser_for(_NOTES, frozenset()), _NOTES) == _shape(doctree._MD, _NOTES)


def test_each_kind_of_opening_brings_the_rules_that_may_fire_on_it() -> None:
    assert _lined("a\n> quoted\n") == doctree._LINE_RULES["container"]
    assert _lined("Term\n: answer\n") == doctree._LINE_RULES["container"]
    assert _lined("- a\n\n      code\n") == doctree._LINE_RULES["indent"]
    assert _lined("\t<tr>\n") == doctree._LINE_RULES["indent"]  # a tab's tag is code
    assert _lined("Title\n-----\n") == doctree._LINE_RULES["thematic"]
    assert _lined("a\n  * * *\n") == doctree._LINE_RULES["thematic"]
    assert _lined("---\ntitle: x\n---\n") == frozenset({"front_matter", "hr", "lheading"})
    assert _lined("10:30 Talk\n- a point\n") == frozenset()  # a time opens no definition
    assert _lined("a\rb\n") is None  # a lone carriage return ends a line unseen
    assert _lined("> " * 70 + "deep\n") is None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MARKUP, max_size=12).map("".join))
def test_the_parser_for_a_texts_openings_gives_the_tree_every_rule_gives(text: str) -> None:
    if _shape(doctree._parser_for(text), text) != _shape(doctree._MD, text):
        return  # a lone carriage return: the markers' choice differs already (not this one's)
    lined = _lined(text)
    assert _shape(doctree._parser_for(text, lined), text) == _shape(doctree._MD, text)


def test_a_list_item_of_words_is_passed_over_by_the_line_scan() -> None:
    rest = doctree._OPENINGS_RES[False][1]
    assert rest.match("\n- a point") is None
    assert rest.match("\n- é point") is None
    assert rest.match("\n- > quote") is not None
    assert rest.match("\n-     code") is not None


def test_the_top_levels_html_blocks_are_gathered_as_they_are_built() -> None:
    text = "Intro\n\n<p>one</p>\n\n- item\n\n<table>\n<tr><td>9:00</td></tr>\n\n"
    text += "<tr><td>9:30</td></tr>\n</table>\n\nAfter\n"
    doc = doctree.parse_markdown(text)
    html = [n for n in doc.root.children if n.kind == "html"]
    assert [text[n.start : n.end].split("\n")[0] for n in html] == ["<p>one</p>", "<table>"]
    assert text[html[1].start : html[1].end].rstrip().endswith("</table>")
    # a builder not gathering (outside a parse) still finds them by a walk of the nodes
    builder = doctree._MarkdownBuilder(text, doctree._Offsets(text, text))
    assert builder.html is None
    assert doctree._whole_tables(list(doc.root.children), builder) == list(doc.root.children)


def test_delimited_rows_are_still_found_past_a_markdown_tables_rows() -> None:
    table = "| a | b | c |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n\n"
    rows = "9:00|Opening|Ana\n9:30|Caches|Lee\n10:00|Locks|Kim\n"
    assert doctree._delimited_rows_in(table + rows)
    assert not doctree._delimited_rows_in(table)


def test_a_containers_blocks_search_for_the_wide_lines_before_them(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A list read late in a wide text: its first item's wide lines are searched for once,
    not counted on from the text's start (a walk over every wide line before it, for each
    container read, made reading every node's words quadratic)."""
    text = "".join(f"## Talk {n} — Ana\n\n" for n in range(300)) + "- a — b\n- c\n"
    doc = doctree.parse_markdown(text)
    listed = doc.root.children[-1]
    assert listed.kind == "list"
    calls: list[int] = []
    search = doctree.bisect.bisect_right

    def counted(*args: object, **kwargs: object) -> int:
        calls.append(1)
        return search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(doctree.bisect, "bisect_right", counted)
    items = listed.children
    assert [text[i.start : i.end] for i in items] == ["- a — b\n", "- c\n"]
    assert len(calls) == 1
