"""Properties over arbitrary text: imported text reads as itself, no note makes the page active."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from confnotes.exporters import export, mdtext
from confnotes.exporters.html_export import render_html
from confnotes.exporters.safe_markdown import make_parser
from confnotes.notebook.notebook import Notebook
from tests.unit.test_export_html import Page, assert_inert

MD = make_parser()

FRAGMENTS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src='https://evil.example'>",
    "[a](javascript:alert(1))",
    "[b](data:text/html,x)",
    "![c](https://tracker.example/p.gif)",
    "<javascript:alert(2)>",
    "[r]: vbscript:x",
    "[r]",
    "&#106;avascript:",
    "```",
    "# ",
    "===",
    "> ",
    "- [ ] ",
    "| a | b |\n| - | - |",
    "\n",
    "\n\n",
    "<!--",
    "<style>body{background:url(https://evil.example/x)}</style>",
    '" onmouseover="alert(3)',
]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_imported_text_renders_as_itself(value: str) -> None:
    expected = re.sub(r"\s+", " ", value).strip().replace("\x00", "\ufffd")
    html = MD.render(mdtext.text(value))
    got = unescape(html.removeprefix("<p>").removesuffix("</p>\n")) if html else ""
    assert got == expected


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=6).map("".join),
    body=st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=10), max_size=25).map("".join),
)
@example(title="", body="\n# ")  # an empty heading is demoted like any other
@example(title="", body="\x1f")  # whitespace only: no note, nothing to find
@example(title="", body="> # ")  # a heading in a quote is demoted too
@example(title="", body="<script>x\n===")  # a setext heading is written as an ATX one
def test_no_note_or_title_makes_the_page_active(tmp_path: Path, title: str, body: str) -> None:
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True) if not root.exists() else Notebook.open(root)
    conf = nb.conferences.get("c") or nb.new_conference("C", "c")
    nb.save_conference(conf)
    talk = nb.new_talk(conf.id, title.strip() or "untitled", body=body)
    nb.save_talk(talk)
    md = export(nb, "md")
    page = Page(render_html(md, title))
    assert_inert(page)
    # the note's text is all there in the Markdown (headings demoted under the talk's own);
    # a body of whitespace only (str.isspace, which includes \x1c-\x1f) is no note at all
    expected = body.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    if talk.has_notes:
        assert _undemote(_atx(expected)) in _undemote(md)


_CONTAINER = r"^((?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)"


def _undemote(text: str) -> str:
    """Heading marks folded to one '#', so a demoted heading compares equal to the original
    (a heading in a quote or a list item too: ``> # Title``)."""
    return re.sub(rf"(?m){_CONTAINER}#{{1,6}}(?=[ \t]|$)", r"\1#", text)


def _atx(text: str) -> str:
    """The note with its setext headings (``Title`` over ``===``) written as ATX ones, as
    the export writes them (they cannot be demoted otherwise): what the export keeps."""
    lines = text.split("\n")
    tokens = MD.parse(text)
    for i in reversed(range(len(tokens))):
        tok = tokens[i]
        if tok.type == "heading_open" and tok.map and not tok.markup.startswith("#"):
            start, end = tok.map
            prefix = re.match(_CONTAINER, lines[start])
            joined = " ".join(tokens[i + 1].content.split("\n")).strip()
            lines[start:end] = [(prefix.group(1) if prefix else "") + "# " + joined]
    return "\n".join(lines)
