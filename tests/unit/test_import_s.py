"""The document tree asks less of a long text: each whole-text question answered by one
cheap scan first, the lines split and tabled only when a repair or a reader needs them.
Counted, not timed: the trees stay what they were (``test_doctree*.py``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from confnotes.importers import doctree

_NOTES = (
    "# Day 2 — 4 May\n\n"
    "## 10:15 Sharding the ledger — Inés Okafor\n\n"
    "- replicas lag behind the primary\n- reads go to the nearest copy\n\n"
    "<p>Deck: <a href='https://slides.example/ledger'>the slides</a></p>\n\n"
    "| step | cost |\n| --- | --- |\n| fan-out | 3 ms |\n"
)
"""A day of notes: headings, a list, an HTML line closing its own tags, a pipe table."""


def _calls(monkeypatch: pytest.MonkeyPatch, name: str) -> list[Any]:
    """Every call of ``doctree.name``, its arguments kept."""
    seen: list[Any] = []
    original: Callable[..., Any] = getattr(doctree, name)

    def counted(*args: Any) -> Any:
        seen.append(args)
        return original(*args)

    monkeypatch.setattr(doctree, name, counted)
    return seen


@given(st.text(alphabet="ab{%<!\n é", max_size=30), st.text(alphabet="ab{%<!\n é", max_size=4))
def test_a_literal_is_held_as_the_in_operator_says(text: str, literal: str) -> None:
    assert doctree._holds(text, literal) == (literal in text)


def test_notes_whose_tags_close_inside_their_lines_are_not_read_for_code_fences(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only a line that opens with a closing tag may be a lone one; notes whose ``</a>``
    and ``</p>`` stand inside lines are not split and read for fenced blocks."""
    fenced = _calls(monkeypatch, "_fenced")
    doctree.parse_markdown(_NOTES)
    assert fenced == []
    stray = "<div>\n<p>Intro</p>\n</div>\n## Workshops\n\n- Rust for data\n"
    doc = doctree.parse_markdown(stray)
    assert len(fenced) == 1
    assert [n.text for n in doc.root.walk() if n.kind == "heading"] == ["Workshops"]


def test_pipe_rows_in_a_text_without_a_plus_are_no_org_table_candidates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An Org table's rule and a grid table's cross at ``+``: with none written, the pipe
    rows of a Markdown table are not looked at for one."""
    scanned = _calls(monkeypatch, "_pipe_run_end")
    doctree.parse_markdown(_NOTES)
    assert scanned == []
    org = "| Time | Talk |\n|------+------|\n| 9:00 | Ledgers |\n| 9:30 | Queues |\n"
    doc = doctree.parse_markdown("# Org table\n\n" + org)
    assert scanned
    rows = [n for n in doc.root.walk() if n.kind == "row"]
    assert [[c.text for c in r.children] for r in rows] == [
        ["Time", "Talk"],
        ["9:00", "Ledgers"],
        ["9:30", "Queues"],
    ]


def test_notes_that_need_no_repair_are_parsed_as_they_are() -> None:
    """The text itself goes to the parser (no lines split and joined again); a repair
    still rewrites its lines."""
    parsed, syntax, tables = doctree._markdown_source(_NOTES, doctree._line_openings(_NOTES))
    assert parsed is _NOTES and syntax == "markdown" and tables == []
    unspaced = "##Unspaced heading\n\nwords\n"
    parsed, _, _ = doctree._markdown_source(unspaced, doctree._line_openings(unspaced))
    assert parsed == "## Unspaced heading\n\nwords\n"


def test_a_wide_text_parsed_as_it_is_tables_only_its_wide_lines() -> None:
    """A text with a few non-ASCII lines places byte offsets by those lines alone: no
    table of every line's start in bytes and in characters is built for its spans."""
    text = "ascii line\nInés — día\n\n" + "- plain words\n" * 50 + "\nZoë\nlast\n"
    offsets = doctree._Offsets(text, text, text.encode())
    assert offsets.starts is None and offsets.bytes_starts is None
    assert len(offsets.keys) == 2
    doc = doctree.parse_markdown(text)
    kinds = [(n.kind, doc.source_of(n)) for n in doc.root.children]
    assert kinds == [
        ("paragraph", "ascii line\nInés — día\n"),
        ("blank", "\n"),
        ("list", "- plain words\n" * 50),
        ("blank", "\n"),
        ("paragraph", "Zoë\nlast\n"),
    ]
    assert doc.line_of(text.index("Zoë")) == 54


def test_a_document_with_headings_is_not_searched_for_an_indented_outline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A plain-text outline has no Markdown heading: a document that has one is not
    scanned for lines indented under others."""
    held = _calls(monkeypatch, "_holds")
    doctree.parse_markdown(_NOTES)
    assert "\n\t" not in [args[1] for args in held]
    outline = "Opening remarks\n\n\tnotes on the opening\n\nKeynote\n\n\tnotes on the keynote\n"
    doc = doctree.parse_markdown(outline)
    assert [n.text for n in doc.root.children if n.kind == "heading"] == [
        "Opening remarks",
        "Keynote",
    ]


_OPENING_LINES = st.sampled_from(
    [
        "##Unspaced",
        " ###also",
        "# spaced",
        "</p>",
        "  </div></div>",
        "    </i> (code)",
        "<tr><td>9:00</td></tr>",
        "\t<TR>",
        "<td>x</td>",
        "| a | b |",
        "|---+---|",
        "+---+---+",
        "+===+",
        "-- x",
        "== y",
        "- " * 66 + "deep",
        "> " * 65 + "quoted",
        " " + "1. " * 65 + "n",
        "- item",
        "words",
        "",
        "Zoë — día",
    ]
)


@given(st.lists(_OPENING_LINES, min_size=1, max_size=12))
def test_one_scan_of_the_line_starts_finds_what_each_check_looked_for(lines: list[str]) -> None:
    """The repairs' and checks' questions about every line (a heading without its space,
    a closing tag or an HTML row opening a line, where a table drawn in text may start,
    a line opening too many containers) are answered by one scan, each as its own test
    of every line answers it."""
    text = "\n".join(lines)
    found = doctree._line_openings(text)
    rows = text.split("\n")
    assert found.unspaced == any(re.match(r" {0,3}#{2,6}[^#\s]", r) for r in rows)
    assert found.closing == any(re.match(r"[ \t]{0,3}</", r) for r in rows)
    assert found.row == any(re.match(r"[ \t]{0,3}<tr", r, re.I) for r in rows)
    rule = r"\+[-=]|--|==|\|" if "+" in text else r"--|=="
    assert found.rules == [n for n, r in enumerate(rows) if re.match(rule, r)]
    deep = re.compile(doctree._NESTING)
    starts = [sum(len(r) + 1 for r in rows[:n]) for n in range(len(rows))]
    expected = [(starts[n], m.group(0)) for n, r in enumerate(rows) if (m := deep.match(r))]
    assert found.deep == expected
