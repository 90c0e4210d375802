"""One document tree under every page reader: Markdown, HTML, Org, plain text.

Readers used to scan lines with regexes, each in its own way. Here a document
becomes one tree of :class:`Node` whatever it was written in, and the shape
step (:mod:`confnotes.importers.shapes`) reads the tree:

- Markdown through markdown-it-py (CommonMark, tables, front matter, definition
  lists, attributes);
- HTML — a whole page, or an HTML block inside Markdown — through Lexbor, a
  real HTML5 parser (selectolax): cells, list items, ``<br>`` and block
  elements keep their words apart, emphasis and links stay as :class:`Mark`;
- Org-mode headings as headings; plain text by blank lines, underlines and
  rules (CommonMark's own reading of those);
- template tags (``{% include talk.html title="…" speaker="…" %}``) as
  ``record`` nodes holding their arguments; Logseq ``key:: value`` lines as a
  node's ``props``.

Every character of the input belongs to exactly one leaf that has a span
(:func:`leaves`): the tree can be cut into note bodies without dropping or
rewriting a byte. Nodes derived from markup with no place of their own (an
implied ``<tbody>``, a table cell) have ``start == -1`` and sit under a node
that owns the characters.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_plugin
from mdit_py_plugins.deflist import deflist_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from selectolax.lexbor import LexborHTMLParser, LexborNode

_MD = (
    MarkdownIt("commonmark")
    .enable("table")
    .use(front_matter_plugin)
    .use(deflist_plugin)
    .use(attrs_plugin)
)
_RECORD_RE = re.compile(r"\{%-?\s{0,20}(\w{1,30})\s([^%\n]{0,2000}?)-?%\}")
_ARG_RE = re.compile(
    r"([\w-]{1,40})\s{0,5}=\s{0,5}(?:\"([^\"]{0,1000})\"|'([^']{0,1000})'|(\S{1,500}))"
)
_PROP_RE = re.compile(r"^\s{0,40}(?:[-*+]\s+)?([\w-]{1,40})::[ \t]+(\S.{0,500})$")
_ORG_KEYWORD_RE = re.compile(r"^#\+(?:title|author|date|startup|options|filetags)\s*:", re.I | re.M)
_ORG_HEADING_RE = re.compile(r"^(\*{1,6}) (\S.*)$")
_ORG_TITLE_RE = re.compile(r"^#\+title\s*:\s*(\S.*)$", re.I)
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")

MAX_HTML_CHARS = 5_000_000
"""Larger HTML is kept as one text node (a programme page is a few hundred kB)."""
MAX_DEPTH = 48
"""HTML elements nested deeper than this are read as the words of their ancestor."""
MAX_NODES = 50_000
"""Nodes built from HTML at most; the rest of a hostile page stays in its parent's text."""


@dataclass
class Mark:
    """A stretch of a node's :attr:`Node.text` that was emphasised, linked or broken."""

    kind: str
    """``strong``, ``em``, ``link``, ``code`` or ``break``."""
    start: int
    end: int
    value: str = ""
    """The link's target for ``link``."""


@dataclass
class Node:
    """One part of a document; leaves with a span partition the source text."""

    kind: str
    """``document``, ``front``, ``heading``, ``paragraph``, ``list``, ``item``, ``table``,
    ``row``, ``cell``, ``code``, ``html``, ``hr``, ``quote``, ``deflist``, ``term``,
    ``definition``, ``record``, ``comment``, ``blank``, ``text`` or an HTML tag name for
    other elements (``div``, ``section``...)."""
    start: int
    """Offset of the first character in the source, or -1 for a derived node."""
    end: int
    """Offset after the last character (exclusive), or -1."""
    level: int = 0
    """Heading level (1-6), list nesting depth."""
    text: str = ""
    """The words: marks dropped, adjacent elements kept apart by a space or a newline."""
    marks: list[Mark] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    """A record's arguments, an element's attributes, the front matter's source."""
    props: dict[str, str] = field(default_factory=dict)
    """``key:: value`` lines (Logseq), keys lower-cased."""
    children: list[Node] = field(default_factory=list)

    def walk(self) -> Iterator[Node]:
        """This node and every node under it, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def spanned(self) -> bool:
        """The node owns characters of the source."""
        return self.start >= 0

    def links(self) -> list[tuple[str, str]]:
        """(words, target) of every link in this node and under it."""
        out: list[tuple[str, str]] = []
        for node in self.walk():
            out.extend(
                (node.text[m.start : m.end], m.value) for m in node.marks if m.kind == "link"
            )
        return out


@dataclass
class Document:
    """A source text and its tree; ``line_starts`` turn offsets into line numbers."""

    source: str
    root: Node
    syntax: str
    """``markdown``, ``html``, ``org`` or ``text``: how the source was read."""
    line_starts: list[int]

    def line_of(self, offset: int) -> int:
        """0-based line number of a character offset."""
        return max(0, bisect.bisect_right(self.line_starts, offset) - 1)

    def source_of(self, node: Node) -> str:
        """The characters a node owns, as written."""
        return self.source[node.start : node.end] if node.spanned else ""


def leaves(root: Node) -> list[Node]:
    """Spanned nodes with no spanned child, in document order: they partition the text."""
    out: list[Node] = []
    for child in root.children:
        if child.spanned and any(c.spanned for c in child.children):
            out.extend(leaves(child))
        elif child.spanned:
            out.append(child)
    if root.spanned and not any(c.spanned for c in root.children):
        return [root]
    return out


# ---------------------------------------------------------------- entry points


@functools.lru_cache(maxsize=4)
def parse(text: str) -> Document:
    """The tree of a text, read as HTML when it is a page, else as Markdown (or Org).

    Kept for the last few texts: every reading of one document reads the same tree
    (callers never change it)."""
    if looks_like_html_page(text):
        return parse_html(text)
    return parse_markdown(text)


def looks_like_html_page(text: str) -> bool:
    """A doctype, ``<html>`` or ``<body>`` at the top, or a text that is mostly tags."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return True
    if not head.startswith("<") or head.startswith(("<!--", "<?xml")):
        return False
    return sum(1 for line in text[:4096].splitlines() if line.lstrip().startswith("<")) * 2 > len(
        text[:4096].splitlines()
    )


def _line_starts(text: str) -> list[int]:
    starts = [0]
    find = text.find
    at = find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = find("\n", at + 1)
    return starts


def parse_markdown(text: str) -> Document:
    """Markdown (or an Org file, or plain text) as a tree; HTML blocks parsed as HTML."""
    starts = _line_starts(text)
    lines = text.split("\n")
    syntax = "markdown"
    if _ORG_KEYWORD_RE.search("\n".join(lines[:50])):
        lines, syntax = _org_lines(lines), "org"
    tokens = _MD.parse("\n".join(lines))
    root = Node("document", 0, len(text))
    builder = _MarkdownBuilder(text, starts, tokens)
    root.children = builder.blocks(0, len(tokens), 0)
    _tile(root, text)
    return Document(text, root, syntax, starts)


def parse_html(text: str) -> Document:
    """A whole HTML page as a tree (Lexbor, the HTML5 algorithm)."""
    starts = _line_starts(text)
    root = Node("document", 0, len(text))
    page = Node("html", 0, len(text))
    page.children = html_nodes(text, 0, len(text))
    title = _page_title(text)
    if title:
        page.attrs["title"] = title
    root.children = [page]
    _tile(root, text)
    return Document(text, root, "html", starts)


@functools.lru_cache(maxsize=4)
def parse_text(text: str) -> Document:
    """Plain text (a web page saved as text) as a tree: CommonMark's reading of blank
    lines, setext underlines, rules and lists, and what plain text means besides: an
    indented run is text, not code; a short title-like line standing alone, or leading a
    block when it ends in a colon, is in capitals or has more-indented lines under it, is
    a heading (see :func:`title_line`). Kept for the last few texts, as :func:`parse`."""
    doc = parse_markdown(text)
    doc.syntax = "text"
    doc.root.children = _text_blocks(doc, doc.root.children)
    return doc


TITLE_CHARS = 60
"""A plain-text heading line is at most this long (and eight words)."""


def title_line(line: str) -> bool:
    """A line that can title a part of a plain-text page: short, no digits (a date or a
    time is data), in title case or capitals, not a sentence, a bracket or a bullet."""
    s = line.strip()
    if not s or len(s) > TITLE_CHARS or len(s.split()) > 8 or s[-1] in ".,;!?)":
        return False
    if any(ch.isdigit() for ch in s) or "://" in s or "@" in s:
        return False
    if any(len(w) >= 4 and w[0].islower() for w in s.split()):
        return False  # "All times are Pacific Time": a sentence, not a title
    return s[0].isalpha() and not s[0].islower()


def _text_blocks(doc: Document, nodes: list[Node]) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        source = doc.source_of(node)
        if node.kind == "code" and node.spanned and not source.lstrip().startswith(("```", "~~~")):
            words = "\n".join(x.strip() for x in source.split("\n") if x.strip())
            out.append(Node("paragraph", node.start, node.end, text=words))
            continue
        if node.kind != "paragraph" or not node.spanned:
            out.append(node)
            continue
        lines = node.text.split("\n")
        raw = source.split("\n")
        if len(lines) == 1 and title_line(lines[0]):
            out.append(Node("heading", node.start, node.end, 2, lines[0], list(node.marks)))
            continue
        first = lines[0].strip()
        indented = len(raw) > 1 and all(
            len(x) - len(x.lstrip()) > len(raw[0]) - len(raw[0].lstrip())
            for x in raw[1 : len(lines)]
            if x.strip()
        )
        if (
            len(lines) > 1
            and title_line(first.rstrip(":"))
            and (first.endswith(":") or first.isupper() or indented)
        ):
            cut = node.start + len(raw[0]) + 1
            off = len(lines[0]) + 1
            rest = [Mark(m.kind, m.start - off, m.end - off, m.value) for m in node.marks]
            out.append(Node("heading", node.start, cut, level=2, text=first))
            out.append(
                Node(
                    "paragraph",
                    cut,
                    node.end,
                    text="\n".join(lines[1:]),
                    marks=[m for m in rest if m.start >= 0],
                )
            )
            continue
        out.append(node)
    return out


# ---------------------------------------------------------------- Markdown


def _org_lines(lines: list[str]) -> list[str]:
    """An Org file's headings (``* Talk``) and ``#+TITLE:`` as Markdown headings, line for
    line (offsets stay those of the source)."""
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


_CONTAINERS = {
    "bullet_list_open": "list",
    "ordered_list_open": "list",
    "list_item_open": "item",
    "blockquote_open": "quote",
    "table_open": "table",
    "thead_open": "",
    "tbody_open": "",
    "tr_open": "row",
    "dl_open": "deflist",
    "dt_open": "term",
    "dd_open": "definition",
}


class _MarkdownBuilder:
    """Tokens of markdown-it as nodes with source spans."""

    def __init__(self, text: str, starts: list[int], tokens: list[Token]):
        self.text = text
        self.starts = starts
        self.tokens = tokens

    def span(self, token: Token) -> tuple[int, int]:
        if token.map is None:
            return -1, -1
        first, end = token.map
        end = max(end, first + 1)  # a definition list's term is mapped to no line
        start = self.starts[min(first, len(self.starts) - 1)]
        stop = self.starts[end] if end < len(self.starts) else len(self.text)
        return start, stop

    def _close(self, i: int) -> int:
        """Index of the token closing the container opened at ``i``."""
        depth = 0
        for j in range(i, len(self.tokens)):
            depth += self.tokens[j].nesting
            if depth == 0:
                return j
        return len(self.tokens) - 1

    def blocks(self, i: int, stop: int, depth: int) -> list[Node]:
        out: list[Node] = []
        tokens = self.tokens
        while i < stop:
            tok = tokens[i]
            kind = _CONTAINERS.get(tok.type)
            if kind is not None:
                close = self._close(i)
                inner = self.blocks(i + 1, close, depth + (kind == "list"))
                if kind == "":
                    out.extend(inner)  # thead/tbody: rows belong to the table
                else:
                    start, end = self.span(tok)
                    node = Node(kind, start, end, level=depth, children=inner)
                    node.text = "\n".join(c.text for c in inner if c.text)
                    if kind == "row":
                        node.text = "\t".join(c.text for c in inner)
                    _props(node)
                    out.append(node)
                i = close + 1
                continue
            if tok.type == "heading_open":
                start, end = self.span(tok)
                node = Node("heading", start, end, level=int(tok.tag[1]))
                _inline(node, tokens[i + 1])
                out.append(node)
                i += 3
                continue
            if tok.type == "inline":  # a definition list's term
                start, end = self.span(tok)
                node = Node("paragraph", start, end)
                _inline(node, tok)
                out.append(node)
                i += 1
                continue
            if tok.type == "paragraph_open":
                start, end = self.span(tok)
                node = Node("paragraph", start, end)
                _inline(node, tokens[i + 1])
                _props(node)
                out.extend(self._records(node))
                i += 3
                continue
            if tok.type in ("th_open", "td_open"):
                node = Node("cell", -1, -1)
                _inline(node, tokens[i + 1])
                out.append(node)
                i += 3
                continue
            start, end = self.span(tok)
            if tok.type == "front_matter":
                out.append(Node("front", start, end, text=tok.content))
            elif tok.type in ("fence", "code_block"):
                out.append(Node("code", start, end, text=tok.content, attrs={"info": tok.info}))
            elif tok.type == "html_block":
                node = Node("html", start, end)
                if start >= 0:
                    node.children = html_nodes(self.text, start, end)
                    node.text = "\n".join(c.text for c in node.children if c.text)
                out.extend(self._records(node))
            elif tok.type == "hr":
                out.append(Node("hr", start, end))
            i += 1
        return out

    def _records(self, node: Node) -> list[Node]:
        """A paragraph or HTML block made of template tags, one record per tag's lines."""
        if not node.spanned or "{%" not in self.text[node.start : node.end]:
            return [node]
        raw = self.text[node.start : node.end]
        out: list[Node] = []
        at = node.start
        for m in _RECORD_RE.finditer(raw):
            line_start = self.text.rfind("\n", node.start, node.start + m.start()) + 1
            line_start = max(line_start, node.start)
            line_end = self.text.find("\n", node.start + m.end())
            line_end = node.end if line_end < 0 or line_end >= node.end else line_end + 1
            if line_start < at:
                continue  # two tags on one line: the first record holds the line
            if line_start > at:
                out.append(Node("text", at, line_start, text=self.text[at:line_start].strip()))
            args = {
                k.lower(): (a if a is not None else b if b is not None else c)
                for k, a, b, c in _ARG_RE.findall(m.group(2))
            }
            tag = m.group(1).lower()
            record = Node("record", line_start, line_end, attrs={"tag": tag, **args})
            head = m.group(2).split(None, 1)
            if tag == "include" and head:
                record.attrs["template"] = head[0]
            record.text = " ".join(str(v) for k, v in args.items() if v)
            out.append(record)
            at = line_end
        if not out:
            return [node]
        if at < node.end:
            out.append(Node("text", at, node.end, text=self.text[at : node.end].strip()))
        return out


def _props(node: Node) -> None:
    """``key:: value`` lines of a paragraph or item (Logseq's block properties)."""
    for line in node.text.split("\n"):
        if m := _PROP_RE.match(line):
            node.props.setdefault(m.group(1).lower(), m.group(2).strip())


def _inline(node: Node, token: Token | None) -> None:
    """The words and marks of an inline token into ``node``."""
    if token is None or token.type != "inline":
        return
    parts: list[str] = []
    size = 0
    opened: list[tuple[str, int, str]] = []
    for child in token.children or []:
        t = child.type
        if t in ("text", "code_inline"):
            content = child.content
            if t == "code_inline":
                node.marks.append(Mark("code", size, size + len(content)))
            parts.append(content)
            size += len(content)
        elif t in ("softbreak", "hardbreak"):
            node.marks.append(Mark("break", size, size + 1))
            parts.append("\n")
            size += 1
        elif t.endswith("_open"):
            kind = {"strong_open": "strong", "em_open": "em", "link_open": "link"}.get(t, "")
            opened.append((kind, size, str(child.attrGet("href") or "")))
        elif t.endswith("_close") and opened:
            kind, at, href = opened.pop()
            if kind:
                node.marks.append(Mark(kind, at, size, href))
        elif t == "html_inline":
            if child.content.lower().startswith("<br"):
                node.marks.append(Mark("break", size, size + 1))
                parts.append("\n")
                size += 1
        elif t == "image":
            parts.append(child.content)
            size += len(child.content)
    node.text = "".join(parts)


# ---------------------------------------------------------------- HTML

_BLOCK_TAGS = {
    "p": "paragraph",
    "ul": "list",
    "ol": "list",
    "li": "item",
    "table": "table",
    "tr": "row",
    "td": "cell",
    "th": "cell",
    "dl": "deflist",
    "dt": "term",
    "dd": "definition",
    "blockquote": "quote",
    "pre": "code",
    "hr": "hr",
    **{f"h{n}": "heading" for n in range(1, 7)},
}
CONTAINER_TAGS = _CONTAINER_TAGS = {
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "body",
    "html",
    "thead",
    "tbody",
    "tfoot",
    "center",
    "form",
    "details",
    "summary",
    "figcaption",
    "address",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_INLINE_MARKS = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "a": "link"}
_INLINE_BREAKS = {"br"}


def html_nodes(text: str, start: int, end: int) -> list[Node]:
    """The block elements of ``text[start:end]`` as nodes, each placed at its start tag
    (found in order in the source; an implied element has no span of its own)."""
    fragment = text[start:end]
    if len(fragment) > MAX_HTML_CHARS:
        return [Node("text", start, end, text=fragment)]
    tree = LexborHTMLParser(fragment)
    body = tree.body
    if body is None:
        return []
    finder = _Finder(fragment, start)
    nodes = _elements(body, finder, [0])
    _place(nodes, finder, 0, len(fragment))
    return nodes


class _Finder:
    """Start tags found in source order: a cursor that only moves forward, and for each
    tag its next occurrence remembered, so the whole search stays linear however many
    elements the parser made up (a stray ``</p>`` makes an empty ``<p>``)."""

    def __init__(self, fragment: str, offset: int):
        self.lower = fragment.lower()
        self.offset = offset
        self.cursor = 0
        self.next_at: dict[str, int] = {}

    def _next(self, tag: str) -> int:
        known = self.next_at.get(tag)
        if known is not None and (known >= self.cursor or known == len(self.lower)):
            return known
        at = self.lower.find("<" + tag, self.cursor)
        while at >= 0:
            after = self.lower[at + 1 + len(tag) : at + 2 + len(tag)]
            if after == "" or not (after.isalnum() or after == "-"):
                break
            at = self.lower.find("<" + tag, at + 1)
        found = at if at >= 0 else len(self.lower)
        self.next_at[tag] = found
        return found

    def find(self, tag: str, limit: int) -> int:
        at = self._next(tag)
        if at >= min(limit, len(self.lower)):
            return -1
        self.cursor = at + 1
        return at


def _elements(parent: LexborNode, finder: _Finder, count: list[int], depth: int = 0) -> list[Node]:
    """Child elements of a Lexbor node as (unplaced) nodes; inline ones folded into text."""
    out: list[Node] = []
    loose = Node("paragraph", -1, -1)
    node_iter = parent.iter(include_text=True)
    for child in node_iter:
        count[0] += 1
        tag = child.tag or ""
        if count[0] > MAX_NODES:
            break
        if tag in _SKIP_TAGS or tag == "_comment" or child.is_comment_node:
            continue
        kind = _BLOCK_TAGS.get(tag)
        if depth >= MAX_DEPTH:
            loose.text += " " + " ".join((child.text(deep=True, separator=" ") or "").split())
            continue
        if kind is None and tag not in _CONTAINER_TAGS:
            _inline_html(child, loose, depth=depth)
            continue
        if loose.text.strip():
            out.append(loose)
        loose = Node("paragraph", -1, -1)
        node = Node(kind or tag, -1, -1, attrs={"tag": tag})
        if kind == "heading":
            node.level = int(tag[1])
        if kind in ("paragraph", "heading", "cell", "term", "code"):
            _inline_html(child, node, top=True, depth=depth)
        else:
            node.children = _elements(child, finder, count, depth + 1)
            sep = "\t" if kind == "row" else "\n"
            node.text = sep.join(c.text for c in node.children if c.text)
            if kind == "item" and node.children and node.children[0].kind == "paragraph":
                first = node.children[0]
                node.marks = list(first.marks)
        out.append(node)
    if loose.text.strip():
        out.append(loose)
    return out


def _inline_html(element: LexborNode, node: Node, top: bool = False, depth: int = 0) -> None:
    """Append an inline element's words (and marks) to ``node.text``."""
    tag = element.tag or ""
    if depth >= MAX_DEPTH:
        node.text += " " + " ".join((element.text(deep=True, separator=" ") or "").split())
        return
    if element.is_text_node:
        words = _SPACES_RE.sub(" ", (element.text_content or "").replace("\n", " "))
        if node.text.endswith((" ", "\n")) or not node.text:
            words = words.lstrip()
        node.text += words
        return
    if tag in _SKIP_TAGS or element.is_comment_node:
        return
    if tag in _INLINE_BREAKS:
        node.marks.append(Mark("break", len(node.text), len(node.text) + 1))
        node.text = node.text.rstrip(" ") + "\n"
        return
    at = len(node.text)
    if not top and tag in _BLOCK_TAGS and node.text and not node.text.endswith((" ", "\n")):
        node.text += "\n"  # a block inside an inline context: its words stay apart
    for child in element.iter(include_text=True):
        _inline_html(child, node, depth=depth + 1)
    if not top and tag in _BLOCK_TAGS and not node.text.endswith((" ", "\n")):
        node.text += " "
    mark = _INLINE_MARKS.get(tag)
    if mark:
        href = (element.attributes.get("href") or "") if mark == "link" else ""
        node.marks.append(Mark(mark, at, len(node.text.rstrip()), href))
    if top:
        node.text = node.text.strip()


_IMPLIED = frozenset({"html", "body", "tbody", "thead", "tfoot"})
"""Elements the HTML5 algorithm adds when the source leaves them out: never searched for
(a search that fails scans to the end; thousands of them would be quadratic)."""


def _place(nodes: list[Node], finder: _Finder, lo: int, hi: int) -> None:
    """Give each node the span from its start tag to the next sibling's (or ``hi``)."""
    found: list[int] = []
    for node in nodes:
        tag = str(node.attrs.get("tag", ""))
        at = finder.find(tag, hi) if tag and tag not in _IMPLIED else -1
        found.append(at)
        if node.children:
            inner_lo = at if at >= 0 else lo
            _place(node.children, finder, inner_lo, hi)
    placed = [(i, at) for i, at in enumerate(found) if at >= lo]
    for n, (i, at) in enumerate(placed):
        stop = placed[n + 1][1] if n + 1 < len(placed) else hi
        nodes[i].start, nodes[i].end = finder.offset + at, finder.offset + max(at, stop)
    for node in nodes:
        if node.spanned:
            _clip(node)


def _clip(node: Node) -> None:
    """Children's spans inside their parent's, in order, never overlapping: a child ends
    where its next placed sibling (or its parent) does."""
    spanned = [c for c in node.children if c.spanned]
    last = node.start
    for n, child in enumerate(spanned):
        bound = spanned[n + 1].start if n + 1 < len(spanned) else node.end
        if child.start < last or child.start >= node.end:
            for lost in child.walk():
                lost.start = lost.end = -1
            continue
        child.end = max(child.start, min(child.end, bound, node.end))
        last = child.end
        _clip(child)


def _page_title(text: str) -> str:
    head = text[:65536]
    lower = head.lower()
    at = lower.find("<title")
    if at < 0:
        return ""
    close = lower.find("</title", at)
    gt = head.find(">", at)
    if gt < 0 or close < 0:
        return ""
    return " ".join(LexborHTMLParser(head[gt + 1 : close]).text(deep=True).split())


# ---------------------------------------------------------------- tiling


def _tile(node: Node, text: str) -> None:
    """Fill the gaps between a node's spanned children with ``blank`` or ``text`` nodes, so
    that the leaves cover every character exactly once."""
    spanned = [c for c in node.children if c.spanned]
    if not spanned:
        return
    out: list[Node] = []
    at = node.start
    for child in node.children:
        if child.spanned and (child.start < at or child.end > node.end):
            child.start, child.end = max(child.start, at), min(child.end, node.end)
            if child.start >= child.end:  # overlapped a sibling: derived, its text elsewhere
                for lost in child.walk():
                    lost.start = lost.end = -1
        if not child.spanned:
            out.append(child)
            continue
        if child.start > at:
            out.append(_filler(text, at, child.start))
        out.append(child)
        _tile(child, text)
        at = child.end
    if at < node.end:
        out.append(_filler(text, at, node.end))
    node.children = out


def _filler(text: str, start: int, end: int) -> Node:
    words = text[start:end].strip()
    node = Node("text" if words else "blank", start, end, text=words)
    if words:
        _props(node)
    return node


__all__ = [
    "Document",
    "Mark",
    "Node",
    "leaves",
    "looks_like_html_page",
    "parse",
    "parse_html",
    "parse_markdown",
    "parse_text",
    "title_line",
]
