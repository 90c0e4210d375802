"""Bytes to a section tree: the *format* step of reading a Markdown or HTML-ish page.

What a page *means* (one talk, a day of talks, a seminar post) is decided
later by :mod:`confnotes.importers.shapes`; this module only says what is
where. markdown-it-py tokenises the text (so code blocks, tables, lists and
headings are what CommonMark says they are, not what a regex guesses), and
every source line ends up in exactly one place: the front matter, a heading,
or a block of the section it sits in. A paragraph that is only bold text
(``**Talk title**``) is marked as a possible heading; the shape step decides.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from confnotes.notebook.frontmatter import load_yaml

_MD = MarkdownIt("commonmark").enable("table")
_TAG_RE = re.compile(r"<[^<>\n]{0,500}>")
_SPACES_RE = re.compile(r"\s+")
_FENCE_END = {"---": re.compile(r"^(?:---|\.\.\.)[ \t]*$"), "+++": re.compile(r"^\+\+\+[ \t]*$")}


@dataclass
class Block:
    """A run of source lines CommonMark sees as one thing (paragraph, list, table...)."""

    kind: str
    """``paragraph``, ``list``, ``table``, ``code``, ``html``, ``hr`` or ``quote``."""
    first: int
    """0-based first line."""
    last: int
    """0-based last line (inclusive)."""
    text: str
    """The plain text (emphasis, links and inline HTML reduced to their words)."""
    bold: str = ""
    """The paragraph's first line is one bold or italic span (its words): a heading some
    people write."""
    items: list[str] = field(default_factory=list)
    """For lists: each top-level item's plain text; for tables: each row, cells by ``\\t``."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    """For lists: each top-level item's first and last line (0-based, inclusive)."""


@dataclass
class Section:
    """A heading and what follows it up to the next heading of the same or a higher level."""

    level: int
    """1-6 for headings, 0 for the document's root."""
    title: str
    line: int
    """0-based line of the heading (-1 for the root)."""
    heading_last: int
    """Last line of the heading (setext headings take two)."""
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    def walk(self) -> list[Section]:
        """This section and every section under it, in document order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out

    @property
    def end(self) -> int:
        """The last line this section (with its children) covers, or its heading's."""
        last = self.heading_last
        for block in self.blocks:
            last = max(last, block.last)
        for child in self.children:
            last = max(last, child.end)
        return last


@dataclass
class Outline:
    """A document as a front matter and a tree of sections over its lines."""

    lines: list[str]
    front: dict[str, Any]
    front_kind: str
    """``yaml``, ``toml`` or ``""``."""
    front_last: int
    """Last line of the front matter block (-1 when there is none)."""
    root: Section

    def sections(self) -> list[Section]:
        """Every heading section in document order (the root excluded)."""
        return self.root.walk()[1:]

    def text(self, first: int, last: int) -> str:
        """Source lines ``first..last`` (inclusive), as written."""
        return "\n".join(self.lines[first : last + 1])


def plain(token: Token | None) -> str:
    """The words of an inline token: emphasis, links and HTML tags dropped, spaces folded."""
    if token is None:
        return ""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "html_inline":
            if child.content.lower().startswith("<br"):
                parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return _SPACES_RE.sub(" ", "".join(parts)).strip()


def strip_tags(text: str) -> str:
    """HTML tags removed, the words kept (``15<sup>th</sup>`` → ``15th``)."""
    return _SPACES_RE.sub(" ", _TAG_RE.sub("", text)).strip()


def _bold_first_line(token: Token) -> str:
    """The words of the paragraph's first line when that line is one bold or italic span
    (``**Talk title**``), else ``""``."""
    children = list(token.children or [])
    for i, child in enumerate(children):
        if child.type in ("softbreak", "hardbreak"):
            children = children[:i]
            break
    children = [c for c in children if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type not in ("strong_open", "em_open"):
        return ""
    closer = children[0].type.replace("_open", "_close")
    if children[-1].type != closer or any(c.type == children[0].type for c in children[1:-1]):
        return ""
    words = "".join(c.content for c in children if c.type in ("text", "code_inline"))
    return _SPACES_RE.sub(" ", words).strip()


def split_front(lines: list[str]) -> tuple[str, dict[str, Any], int]:
    """(kind, data, last line) of a YAML (``---``) or TOML (``+++``) front matter block.

    A block that does not parse is not front matter: it stays text (nothing is lost).
    """
    if not lines:
        return "", {}, -1
    first = lines[0].lstrip("\ufeff").rstrip()
    fence = _FENCE_END.get(first)
    if fence is None:
        return "", {}, -1
    for i in range(1, min(len(lines), 2000)):
        if fence.match(lines[i].rstrip()):
            raw = "\n".join(lines[1:i])
            try:
                data: Any = tomllib.loads(raw) if first == "+++" else load_yaml(raw)
            except Exception:  # not front matter after all; the lines stay text
                return "", {}, -1
            if not isinstance(data, dict):
                return "", {}, -1
            return ("toml" if first == "+++" else "yaml"), data, i
    return "", {}, -1


_HTML_HEADING_RE = re.compile(r"^\s{0,3}<h([1-6])\b[^<>]{0,200}>(.*)</h\1\s*>\s*$", re.I)


_HTML_LINE_RE = re.compile(r"^\s{0,3}<(p|li|div)\b[^<>]{0,200}>(.*)$", re.I)
_HTML_WRAPPER_RE = re.compile(
    r"^\s{0,3}</?(?:ul|ol|div|section|article|body|main)\b[^<>]{0,200}>[ \t]*$", re.I
)


def _markdown_line(line: str) -> str:
    """HTML-ish lines as the Markdown they mean: ``<h2>Title</h2>`` as ``## Title``,
    ``<p>text</p>`` as a paragraph, ``<li>x</li>`` as a list item, wrappers as blank lines
    (so an HTML block never swallows the next heading). Only for reading the structure:
    bodies are cut from the original lines."""
    head = line.lstrip()[:2].lower()
    if head == "<h" and (m := _HTML_HEADING_RE.match(line)):
        return "#" * int(m.group(1)) + " " + strip_tags(m.group(2))
    if head[:1] == "<":
        if m := _HTML_LINE_RE.match(line):
            text = strip_tags(m.group(2))
            return ("- " + text) if m.group(1).lower() == "li" else text
        if _HTML_WRAPPER_RE.match(line):
            return ""
    return line


_ORG_KEYWORD_RE = re.compile(r"^#\+(?:title|author|date|startup|options|filetags)\s*:", re.I | re.M)
_ORG_HEADING_RE = re.compile(r"^(\*{1,6}) (\S.*)$")
_ORG_TITLE_RE = re.compile(r"^#\+title\s*:\s*(\S.*)$", re.I)


def _org_lines(lines: list[str]) -> list[str]:
    """An Emacs Org file's headings (``* Talk``) and ``#+TITLE:`` as Markdown headings."""
    titled = any(_ORG_TITLE_RE.match(x) for x in lines[:50])
    out = []
    for line in lines:
        if m := _ORG_TITLE_RE.match(line):
            out.append("# " + m.group(1))
        elif m := _ORG_HEADING_RE.match(line):
            out.append("#" * min(6, len(m.group(1)) + titled) + " " + m.group(2))
        elif line.startswith("#+"):
            out.append("")  # other Org keywords are settings, not text
        else:
            out.append(line)
    return out


def read(text: str) -> Outline:
    """The outline of a Markdown (or HTML-ish Markdown, Org, or plain) text."""
    lines = text.split("\n")
    kind, front, front_last = split_front(lines)
    rest = lines[front_last + 1 :]
    if _ORG_KEYWORD_RE.search("\n".join(rest[:50])):
        rest = _org_lines(rest)
    body_lines = ["" for _ in range(front_last + 1)] + [_markdown_line(x) for x in rest]
    tokens = _MD.parse("\n".join(body_lines))
    root = Section(0, "", -1, -1)
    stack = [root]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.level != 0 or tok.map is None:
            i += 1
            continue
        first, end = tok.map
        if tok.type == "heading_open":
            level = int(tok.tag[1])
            title = plain(tokens[i + 1])
            section = Section(level, title, first, end - 1)
            while stack[-1].level >= level:
                stack.pop()
            stack[-1].children.append(section)
            stack.append(section)
            i += 3
            continue
        block, i = _block(tokens, i)
        stack[-1].blocks.append(block)
    _cover_gaps(root, lines, front_last)
    return Outline(lines, front, kind, front_last, root)


_BLOCK_KINDS = {
    "paragraph_open": "paragraph",
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "table_open": "table",
    "fence": "code",
    "code_block": "code",
    "html_block": "html",
    "hr": "hr",
    "blockquote_open": "quote",
}


def _block(tokens: list[Token], i: int) -> tuple[Block, int]:
    """The top-level block starting at ``tokens[i]`` and the index after it."""
    tok = tokens[i]
    assert tok.map is not None
    first, end = tok.map
    kind = _BLOCK_KINDS.get(tok.type, "paragraph")
    j = i + 1
    if tok.nesting == 1:
        depth = 1
        while j < len(tokens) and depth:
            depth += tokens[j].nesting
            j += 1
    inner = tokens[i:j]
    if kind == "paragraph":
        inline = inner[1] if len(inner) > 1 else None
        bold = _bold_first_line(inline) if inline is not None else ""
        return Block(kind, first, end - 1, plain(inline), bold), j
    if kind == "list":
        items: list[str] = []
        spans: list[tuple[int, int]] = []
        depth = 0
        for t in inner:
            if t.type == "list_item_open":
                depth += 1
                if depth == 1:
                    items.append("")
                    if t.map is not None:
                        spans.append((t.map[0], max(t.map[0], t.map[1] - 1)))
            elif t.type == "list_item_close":
                depth -= 1
            elif t.type == "inline" and depth == 1 and items and not items[-1]:
                items[-1] = plain(t)
        return Block(kind, first, end - 1, " ".join(items), items=items, spans=spans), j
    if kind == "table":
        rows: list[str] = []
        cells: list[str] = []
        for t in inner:
            if t.type == "tr_open":
                cells = []
            elif t.type == "inline":
                cells.append(plain(t))
            elif t.type == "tr_close":
                rows.append("\t".join(cells))
        return Block(kind, first, end - 1, "\n".join(rows), items=rows), j
    if kind == "html":
        return Block(kind, first, end - 1, strip_tags(tok.content)), j
    if kind == "code":
        return Block(kind, first, end - 1, tok.content), j
    text = " ".join(plain(t) for t in inner if t.type == "inline")
    return Block(kind, first, end - 1, text), j


def _cover_gaps(root: Section, lines: list[str], front_last: int) -> None:
    """Lines no token claimed (blank lines, link reference definitions) that hold words
    become paragraphs of the section they sit in, so that no word is unaccounted for."""
    claimed = [False] * len(lines)
    for i in range(front_last + 1):
        claimed[i] = True
    owners: list[tuple[int, Section]] = []
    for section in root.walk():
        if section.line >= 0:
            for n in range(section.line, section.heading_last + 1):
                claimed[n] = True
            owners.append((section.line, section))
        for block in section.blocks:
            for n in range(block.first, block.last + 1):
                claimed[n] = True
    owners.sort(key=lambda item: item[0])
    starts = [start for start, _section in owners]
    touched: dict[int, Section] = {}
    for n, line in enumerate(lines):
        if claimed[n] or not line.strip():
            continue
        at = bisect.bisect_left(starts, n) - 1
        owner = owners[at][1] if at >= 0 else root
        owner.blocks.append(Block("paragraph", n, n, line.strip()))
        touched[id(owner)] = owner
    for section in touched.values():
        section.blocks.sort(key=lambda b: b.first)


def own_last(section: Section) -> int:
    """The last line of the section's own text (before its first child heading)."""
    last = section.heading_last
    for block in section.blocks:
        last = max(last, block.last)
    return last
