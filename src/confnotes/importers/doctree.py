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
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from markdown_it_pyrs import MarkdownIt
from selectolax.lexbor import LexborHTMLParser, LexborNode

from confnotes.importers import macro_calls, tag_people, template_words, wikitext
from confnotes.importers.fields import roles_of
from confnotes.notebook.collector import collector_paused

_RULE_MARKERS: dict[str, str] = {
    "blockquote": ">",
    "code": "",
    "fence": "`~",
    "heading": "#",
    "hr": "*-_",
    "lheading": "=-",
    "list": "-+*.)",
    "paragraph": "",
    "reference": "[",
    "html_block": "<",
    "table": "-",  # a delimiter row (``---``, ``:-``), which needs no pipe
    "front_matter": "-",
    "deflist": ":~",
    "autolink": "<",
    "emphasis": "*_",
    "entity": "&",
    "escape": "\\",
    "image": "!",
    "link": "[",
    "newline": "\n",
    "html_inline": "<",
}
"""The markdown-it rules of the tree, in the order they are enabled: CommonMark's, tables,
front matter and definition lists, less code spans (the Rust port panics on an unclosed
backtick inside a link's brackets, ``a [` b``, about one random snippet in fifteen; a code
span stays text with its backticks). Each with the characters one of which everything it
reads holds (``""``: anything, as an indented block's spaces): a text holding none of
them gives the rule nothing to read, and its parser leaves the rule out."""
_MARKER_CHARS = "".join(sorted(set("".join(_RULE_MARKERS.values()))))


_OPENING_RULES = frozenset({"blockquote", "code", "deflist", "front_matter", "hr", "lheading"})
"""The block rules that fire only at the opening of a line (or of the text): given the kinds
of line a text opens (:func:`_line_rules`), those it holds none of are left out too."""


@functools.lru_cache(maxsize=64)
def _parser(held: frozenset[str], opening: frozenset[str] | None = None) -> MarkdownIt:
    """The parser with the rules that may fire on a text holding these marker characters
    and, when known, opening lines where only these of :data:`_OPENING_RULES` may fire
    (kept: a text's few kinds of markup make few sets)."""
    rules: list[Any] = [
        r
        for r, chars in _RULE_MARKERS.items()
        if (not chars or held & set(chars))
        and (opening is None or r not in _OPENING_RULES or r in opening)
    ]
    return MarkdownIt("zero").enable_many(rules)


def _held_markers(text: str | bytes) -> frozenset[str]:
    """The characters of :data:`_MARKER_CHARS` that ``text`` holds, each looked for once
    (in UTF-8, ``in`` is a ``memchr``: a 1 MB text in some 0.05 ms a character)."""
    if isinstance(text, bytes):
        return frozenset(ch for ch in _MARKER_CHARS if ord(ch) in text)
    return frozenset(ch for ch in _MARKER_CHARS if ch in text)


def _parser_for(text: str | bytes, opening: frozenset[str] | None = None) -> MarkdownIt:
    """The parser for ``text`` (or its UTF-8): the tree's rules less those that cannot fire
    on it. The tree is the same; the Rust parser no longer tries, at every line or marker
    character, a rule that finds nothing (notes with no ``[``, ``*``, ``&`` or fence skip
    a third of the rules). ``opening``: the rules of :data:`_OPENING_RULES` that the
    text's lines may open (:func:`_line_rules`), when known."""
    held = _held_markers(text)
    return _parser(held) if opening is None else _parser(held, opening)


_MD = _parser(frozenset(_MARKER_CHARS))
"""The parser with every rule of the tree."""
_RECORD_RE = re.compile(
    r"\{%-?\s{0,20}(\w{1,30})\s([^%]{0,2000}?)-?%\}"
    r"|\{\{[<%]\s{0,20}(\w[\w.-]{0,30})\s((?:[^\n]|\n(?![ \t]*\n)){0,2000}?)\s{0,20}[>%]\}\}"
    r"|<!(\w[\w-]{0,30})\|([^\n]{0,2000})"
)
"""A template tag with its arguments, in the syntaxes sites write them: Liquid's
``{% include talk.html title="…" %}``, Hugo's shortcodes ``{{< talk title="…" >}}`` (and
``{{% … %}}``, whose arguments may run over the lines of one paragraph, a
``speaker1Name="…"`` a line), and a bang-pipe markup ``<!talk|subject=…&length=…!>``
whose tag may stay open over the lines below it (``<!day|start=…`` … ``!>``)."""
_RECORD_OPENERS = ("{%", "{{<", "{{%", "<!")
_TAG_OPEN_RE = re.compile(r"\{\{[<%]\s{0,20}(\w[\w.-]{0,30})|\{%-?\s{0,20}(\w{1,30})")
"""A template tag's opening up to its name (``{{% talk``, ``{% include``)."""
_TAG_CLOSE_RE = re.compile(
    r"\{\{[<%]\s{0,20}/\s{0,5}(\w[\w.-]{0,30})\s{0,20}[>%]\}\}|\{%-?\s{0,20}end(\w{1,30})\s{0,20}-?%\}"
)
"""A paired tag's closing tag: Hugo's ``{{% /talk %}}`` or ``{{< /talk >}}``, Liquid's
``{% endtalk %}``."""


def closing_tags(source: str) -> dict[str, list[int]]:
    """Where the closing tags of each paired template tag stand, in order, by the tag's
    name (folded): only for a tag that the page closes as often as it opens it (Hugo's
    ``{{% talk … %}}`` … ``{{% /talk %}}``), so that what lies between is the tag's own;
    a tag that stands alone (``{{< speaker … >}}``) has none."""
    if "{{" not in source and "{%" not in source:
        return {}
    closes: dict[str, list[int]] = {}
    for m in _TAG_CLOSE_RE.finditer(source):
        closes.setdefault((m.group(1) or m.group(2)).lower(), []).append(m.start())
    if not closes:
        return {}
    opens: dict[str, int] = {}
    for m in _TAG_OPEN_RE.finditer(source):
        name = (m.group(1) or m.group(2)).lower()
        opens[name] = opens.get(name, 0) + (name in closes)
    return {name: at for name, at in closes.items() if opens.get(name) == len(at)}


def _holds(text: str, literal: str) -> bool:
    """Whether ``text`` holds ``literal``, each of its characters looked for first: one
    character is found by ``memchr``, some ten times faster than a search for several
    (a 1 MB text: 0.04 ms against 1.4 ms), and a literal absent from a text most often
    has a character the text never writes (no ``{`` in notes, no ``!``)."""
    return all(ch in text for ch in literal) and literal in text


def _openers(text: str) -> list[tuple[int, int]]:
    """Where each of :data:`_RECORD_OPENERS` stands in ``text``, (start, end) in order:
    each literal found by ``str.find`` (a scan in C far faster than a regex's), once."""
    found: set[tuple[int, int]] = set()
    for opener in _RECORD_OPENERS:
        at = text.find(opener) if _holds(text, opener) else -1
        while at >= 0:
            found.add((at, at + len(opener)))
            at = text.find(opener, at + 1)
    return sorted(found)


_ARG_RE = re.compile(
    r"(?<![\w-])([\w-]{1,40})\s{0,5}=\s{0,5}(?:\"([^\"]{0,1000})\"|'([^']{0,1000})'|(\S{1,500}))"
)
_PROP_RE = re.compile(r"^\s{0,40}(?:[-*+]\s+)?([\w-]{1,40})::[ \t]+(\S.{0,500})$")
_ORG_KEYWORD_RE = re.compile(r"^#\+(?:title|author|date|startup|options|filetags)\s*:", re.I | re.M)
_ORG_HEADING_RE = re.compile(r"^(\*{1,6}) (\S.*)$")
_ORG_TITLE_RE = re.compile(r"^#\+title\s*:\s*(\S.*)$", re.I)
_ORG_LINK_RE = re.compile(r"\[\[([^\[\]\n]{1,2000})\](?:\[([^\[\]\n]{1,2000})\])?\]")
"""An Org link, ``[[target][description]]`` or ``[[target]]``."""
_ORG_RULE_RE = re.compile(r"^[ \t]{0,40}\|[-+|]{1,2000}[ \t]{0,40}$")
"""An Org table's rule, ``|-------+-------|``."""
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
_SURROGATE_RE = re.compile(r"[\ud800-\udfff]")
"""Lone surrogates (undecodable bytes kept by a reader) cannot cross into Rust: parsed as
U+FFFD, three bytes of UTF-8 like them."""

MAX_NESTING = 64
"""Block quotes and list items opened on one line beyond this depth are text."""
_NESTING = r"(?:[ \t]*+(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))){65,}"
"""A line that opens more than :data:`MAX_NESTING` containers."""
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
    """``strong``, ``em``, ``link``, ``code``, ``break`` or ``field`` (the line end between
    two fields of an HTML element, ``<span>Name</span><span>Kind</span>``)."""
    start: int
    end: int
    value: str = ""
    """The link's target for ``link``; ``hard`` for a hard line break (``\\`` or two
    spaces at a line's end)."""


_WORDED = frozenset({"paragraph", "heading", "cell"})
"""Nodes whose words are the parser's inline nodes."""
_PROPS_KINDS = frozenset(
    {"paragraph", "text", "list", "item", "quote", "table", "row", "deflist", "term", "definition"}
)
"""Nodes whose lines may be Logseq ``key:: value`` properties."""


_IAL_LINE_RE = re.compile(
    r"[ \t]{0,3}\|?[ \t]{0,3}\{:[^{}\n]{0,200}\}[ \t]{0,3}\|?[ \t]{0,50}\r?\n?"
)
"""A line that is only a kramdown attribute list (``{: .table}``, ``{:.bordered}``)."""
_HEADING_ATTRS_RE = re.compile(r"\{:?[ \t]{0,5}[#.][\w:.#= -]{0,200}\}[ \t]{0,50}$")
"""A heading's attribute list at its end (``{#anchor}``, ``{: .class}``)."""
_HASHTAG_LINE_RE = re.compile(
    r"#[ \t]{1,4}[^#\s][^#\n]{0,60}(?:[ \t]#[ \t]{1,4}[^#\s][^#\n]{0,60}){2,40}"
)
"""``# Kubernetes # Observability # Go``: three or more tags, each after a ``#`` and a
space, on one line."""
HASHTAG_WORDS_MOST = 4
"""Words a tag of a hashtag line holds at most (``# beyond Transformer``)."""


def hashtag_line(line: str) -> bool:
    """Whether an ATX heading's line is a run of tags written with a space after each
    ``#`` (``# Kubernetes # Observability # Go``), as note and blog tools' users type
    keywords: CommonMark reads it as one heading, a reader sees a line of tags. A title
    never holds ``#`` between words twice."""
    bare = line.strip()
    if bare.count("#") < 3 or len(bare) > 2000 or _HASHTAG_LINE_RE.fullmatch(bare) is None:
        return False
    tags = bare[1:].split(" #")
    return all(len(t.split()) <= HASHTAG_WORDS_MOST for t in tags)


class Node:
    """One part of a document; leaves with a span partition the source text.

    A Markdown node's words (:attr:`text`, :attr:`marks`, :attr:`props`) are read from
    the parser's inline tree the first time they are asked for, and a list's items or a
    table's rows are built the first time :attr:`children` is: a long file's paragraphs
    are mostly cut into note bodies by their spans and never need their words.
    """

    __slots__ = ("_attrs", "_children", "_lazy", "_marks", "_props", "_text", "end", "kind",
                 "level", "start")  # fmt: skip

    def __init__(
        self,
        kind: str,
        start: int,
        end: int,
        level: int = 0,
        text: str | None = "",
        marks: list[Mark] | None = None,
        attrs: dict[str, Any] | None = None,
        props: dict[str, str] | None = None,
        children: list[Node] | None = None,
    ):
        self.kind = kind
        """``document``, ``front``, ``heading``, ``paragraph``, ``list``, ``item``,
        ``table``, ``row``, ``cell``, ``code``, ``html``, ``hr``, ``quote``, ``deflist``,
        ``term``, ``definition``, ``record``, ``comment``, ``blank``, ``text`` or an HTML
        tag name for other elements (``div``, ``section``...)."""
        self.start = start
        """Offset of the first character in the source, or -1 for a derived node."""
        self.end = end
        """Offset after the last character (exclusive), or -1."""
        self.level = level
        """Heading level (1-6), list nesting depth."""
        self._attrs = attrs
        self._children = children
        self._lazy: Any = None
        """The parser's node whose children (a container) or inline words (a paragraph,
        a heading, a cell) are not read yet, with the builder that reads them."""
        self._text = text
        self._marks = marks
        self._props = props

    def __repr__(self) -> str:
        return f"Node({self.kind!r}, {self.start}, {self.end}, level={self.level})"

    @property
    def attrs(self) -> dict[str, Any]:
        """A record's arguments, an element's attributes, the front matter's source."""
        if self._attrs is None:
            self._attrs = {}
        return self._attrs

    @attrs.setter
    def attrs(self, value: dict[str, Any]) -> None:
        self._attrs = value

    def attr(self, name: str) -> Any:
        """One of :attr:`attrs`, or None: a look at a node that has none makes it no
        dict (a long file's outline asks every block whether it is an element)."""
        attrs = self._attrs
        return attrs.get(name) if attrs else None

    @property
    def children(self) -> list[Node]:
        """The nodes inside this one, in document order."""
        if self._children is None:
            lazy = self._lazy
            if lazy is None or self.kind in _WORDED:
                self._children = []
            else:
                self._lazy = None
                self._children = lazy[0].inner(self, lazy[1])
                _tile(self, lazy[0].text)
        return self._children

    @children.setter
    def children(self, value: list[Node]) -> None:
        self._lazy = None
        self._children = value

    @property
    def text(self) -> str:
        """The words: marks dropped, adjacent elements kept apart by a space or a newline."""
        if self._text is None:
            if self._lazy is not None and self.kind in _WORDED:
                self._read_inline()
            else:
                sep = "\t" if self.kind == "row" else "\n"
                self._text = sep.join([t for c in self.children if (t := c.text)])
        return self._text or ""

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    @property
    def marks(self) -> list[Mark]:
        """Emphasis, links, code and line breaks of :attr:`text`."""
        if self._marks is None:
            if self._text is None and self._lazy is not None and self.kind in _WORDED:
                self._read_inline()
            if self._marks is None:
                self._marks = []
        return self._marks

    @marks.setter
    def marks(self, value: list[Mark]) -> None:
        self._marks = value

    @property
    def props(self) -> dict[str, str]:
        """``key:: value`` lines (Logseq), keys lower-cased."""
        if self._props is None:
            self._props = _props_of(self.text) if self.kind in _PROPS_KINDS else {}
        return self._props

    @props.setter
    def props(self, value: dict[str, str]) -> None:
        self._props = value

    def _read_inline(self) -> None:
        marks: list[Mark] = []
        parsed = self._lazy[1]
        inline = parsed if isinstance(parsed, list) else parsed.children
        if len(inline) == 1 and inline[0].name == "text":  # words alone (most are)
            words = str(inline[0].meta.get("content", ""))
            if "![[" in words:
                words = _EMBED_RE.sub("", words)
        else:
            parts: list[str] = []
            _inline_nodes(inline, parts, marks, [0])
            words = "".join(parts)
        if self.kind == "heading" and (attrs := _HEADING_ATTRS_RE.search(words)):
            # "#### Ana Ruiz: Title {#ruiz}": kramdown's and Pandoc's attributes, no words
            words = words[: attrs.start()].rstrip()
            marks = [
                Mark(m.kind, m.start, min(m.end, len(words)), m.value)
                for m in marks
                if m.start < len(words)
            ]
        # no marks: none kept (:attr:`marks` makes the list when it is asked for), one
        # object fewer for each of a long file's paragraphs and items to build and collect
        self._text, self._marks, self._lazy = words, marks or None, None

    def walk(self) -> Iterator[Node]:
        """This node and every node under it, in document order (one stack, not a
        generator per level: a long file's walk resumed each node's ancestors' too).
        A node's children are read when the walk comes back to it, as before."""
        stack = [self]
        pop, extend = stack.pop, stack.extend
        while stack:
            node = pop()
            yield node
            children = node.children
            if children:
                extend(reversed(children))

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


class Document:
    """A source text and its tree; ``line_starts`` turn offsets into line numbers."""

    __slots__ = ("_line_at", "_line_starts", "root", "source", "syntax")

    def __init__(self, source: str, root: Node, syntax: str, line_starts: list[int] | None = None):
        self.source = source
        self.root = root
        self.syntax = syntax
        """``markdown``, ``html``, ``org`` or ``text``: how the source was read."""
        self._line_starts = line_starts
        self._line_at: dict[int, int] | None = None
        """Line number by the offset a line starts at: a Markdown node starts a line."""

    @property
    def line_starts(self) -> list[int]:
        """Offset of each line's first character (worked out when first asked for)."""
        if self._line_starts is None:
            self._line_starts = _line_starts(self.source)
        return self._line_starts

    def line_of(self, offset: int) -> int:
        """0-based line number of a character offset."""
        if self._line_at is None:
            self._line_at = dict(zip(self.line_starts, itertools.count()))
        line = self._line_at.get(offset)
        if line is not None:
            return line
        line = self._line_at.get(offset + 1)  # the newline that ends a line (a node's last)
        if line is not None and offset >= 0:
            return line - 1
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


_DIRECTIVE_RE = re.compile(
    r"@[a-z]\w{0,30}\b|\{\{[^{}\n]{0,200}\}\}[ \t\r]*$|\{[$/a-z][^{}\n]{0,200}\}[ \t\r]*$"
)
"""A template's directive line: Blade's (``@extends``, ``@section``), a line that is one
Go or Handlebars action (``{{template "header.html" .}}``, ``{{end}}``) or one Smarty or
Latte tag (``{include file="header.tpl"}``, ``{/if}``, ``{$title}``): part of a page's
markup, not of its words (``<?php``, ``<%``, FreeMarker's ``<#include>`` open with ``<``
anyway; Liquid and Jinja tags, ``{% ... %}``, are left to the Markdown tree, which reads
them as records)."""


_BANG_TAG_RE = re.compile(r"<!\w[\w-]{0,30}\|")


def _markup_line(line: str) -> bool:
    """A line that opens with a tag or a template directive (a bang-pipe record,
    ``<!talk|subject=…!>``, is the page's words, read as a record)."""
    if line.startswith("<!") and _BANG_TAG_RE.match(line):
        return False
    return line.startswith("<") or bool(_DIRECTIVE_RE.match(line))


def looks_like_html_page(text: str) -> bool:
    """A doctype, ``<html>`` or ``<body>`` at the top, or a text that is mostly tags (a
    saved fragment, a PHP, JSP or Blade template: Blade's directive lines count as
    markup, and may come before the first tag)."""
    head = text[:2048].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return True
    bare = _after_comments(head)  # a template's fragment may open on a comment
    commented = bare != head
    first = bare.split("\n", 1)[0]
    if not _markup_line(first) or bare.startswith(("<!--", "<?xml")):
        return False
    if commented and _INLINE_TAG_RE.match(first):
        return False  # a note's lines led by bold times under a comment: its words
    lines = _without_server_code(text[:4096]).splitlines()
    if commented:  # its comments are no markup of the page (a note's may open on one)
        lines = [x for x in lines if not x.lstrip().startswith("<!--")]
    return sum(1 for line in lines if _markup_line(line.lstrip().lower())) * 2 > len(lines)


_INLINE_TAG_RE = re.compile(r"<(?:a|b|i|em|strong|span|br|img|font|u|small|code|sub|sup)\b")
"""A tag of words within a line (``<b>09:00</b> Welcome``), no block of a template."""


def _after_comments(head: str) -> str:
    """``head`` after the HTML comments it opens with (``<!-- About Section -->`` over
    an include's table), or as it is when a comment does not close in it."""
    while head.startswith("<!--"):
        end = head.find("-->")
        if end < 0:
            return head
        head = head[end + 3 :].lstrip(" \t\r\n")
    return head


def _without_server_code(text: str) -> str:
    """A template's text without its server code blocks (``<?php … ?>``, ``<% … %>``):
    the lines of code a PHP or JSP page opens with are neither its markup nor its words.
    Each block's first line stays (it opens with a tag), so a block never hides the page."""
    out: list[str] = []
    at = 0
    while at < len(text):
        opening = min(
            (i for i in (text.find("<?php", at), text.find("<%", at)) if i >= 0), default=-1
        )
        if opening < 0:
            break
        closing = text.find("?>" if text.startswith("<?php", opening) else "%>", opening)
        if closing < 0:
            break
        line_end = text.find("\n", opening)
        keep_to = closing if line_end < 0 or line_end > closing else line_end
        out.append(text[at:keep_to])
        at = closing + 2
    out.append(text[at:])
    return "".join(out)


def _line_starts(text: str | bytes) -> list[int]:
    """Offset of each line's first character (or byte)."""
    lines: list[Any] = text.split("\n" if isinstance(text, str) else b"\n")  # type: ignore[arg-type]
    lines.pop()
    return [0, *map(operator.add, itertools.accumulate(map(len, lines)), itertools.count(1))]


_MARKDOWN_ONLY_RE = re.compile(r"^ {0,3}```|\]\((?:https?://|\.{0,2}/|#)|^#{2,6}[ \t]\S", re.M)
"""Marks Markdown writes and Org never does: a fenced code block, an inline link, a
heading of ``##`` (Org's comment is ``# `` alone)."""
_ORG_DRAWER_RE = re.compile(r"^[ \t]*:(?:PROPERTIES|LOGBOOK):[ \t]*$", re.I | re.M)
_ORG_SUBHEADING_RE = re.compile(r"^\*{2,6} \S", re.M)
_ORG_TOP_RE = re.compile(r"^\* \S", re.M)


def looks_org(text: str) -> bool:
    """An Org file by its own markers, not its name: ``#+TITLE:`` keywords, a property
    drawer, or top headings (``* Talk``) with sub-headings (``** Notes``) at the start of a
    line, which Markdown never writes (its nested bullets are indented)."""
    head = "\n".join(text[:65536].split("\n", 400)[:400])
    if _ORG_KEYWORD_RE.search("\n".join(head.split("\n", 50)[:50])) or _ORG_DRAWER_RE.search(head):
        return True
    if _MARKDOWN_ONLY_RE.search(head) and not _ORG_LINK_RE.search(head):
        return False  # "* Topic:" over "** point" beside a ``` fence: a wiki's bullets in Markdown
    return bool(_ORG_SUBHEADING_RE.search(head) and _ORG_TOP_RE.search(head))


def parse_markdown(text: str) -> Document:
    """Markdown (or an Org file, or plain text) as a tree; HTML blocks parsed as HTML."""
    parsed, syntax = text, "markdown"
    tables: list[_TextTable] = []
    deep: list[tuple[int, str]] | None = None
    opening: frozenset[str] | None = None
    if looks_org(text):
        lines = text.split("\n")
        tables = _org_tables(lines)
        parsed, syntax = "\n".join(_blank_text_tables(_org_lines(lines), tables)), "org"
    elif wikitext.looks_wiki(text):
        lines = wikitext.wiki_lines(text.split("\n"))
        tables = [_TextTable(*t) for t in wikitext.wiki_tables(lines)]
        parsed, syntax = "\n".join(_blank_text_tables(lines, tables)), "wiki"
    elif looks_asciidoc(text):
        lines = _asciidoc_lines(text.split("\n"))
        tables = _asciidoc_tables(lines)
        parsed, syntax = "\n".join(_blank_text_tables(lines, tables)), "asciidoc"
    else:
        openings = _line_openings(text)
        parsed, syntax, tables = _markdown_source(text, openings)
        deep = openings.deep if parsed is text else None
        opening = _line_rules(text, openings) if parsed is text else None
    parsed = _bounded_nesting(parsed, deep)
    data = None
    if not parsed.isascii():
        try:
            data = parsed.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: no regex pass over every text
            parsed = _SURROGATE_RE.sub("\ufffd", parsed)
            data = parsed.encode("utf-8")
    offsets = _Offsets(text, parsed, data)
    builder = _MarkdownBuilder(text, offsets)
    builder.html = []
    root = Node("document", 0, len(text))
    # a tree (the parser's and ours) is thousands of new objects and no cycle: the cycle
    # collector, set off by the count of allocations, walked every live object of the
    # process several times for nothing (a third of a 1 MB file's parse, measured)
    with collector_paused():
        try:
            tree = _parser_for(parsed if data is None else data, opening).tree(parsed)
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException:  # a panic of the Rust parser (a BaseException): the text whole
            root.children = [Node("text", 0, len(text), text=text.strip())] if text else []
            return Document(text, root, "text", offsets.starts)
        blocks = builder.blocks(tree.children, 0, 0, len(text))
        html = builder.html
        top = _whole_tables(blocks, builder)
        top = _whole_cards(top, builder, html if top is blocks else None)
        root.children = _with_text_tables(top, tables, text)
    if syntax == "rst":
        root.children = _rst_absorbed(root.children)
    doc = Document(text, root, syntax, offsets.starts)
    if syntax == "markdown":
        _plain_outline(doc)
    return doc


def _markdown_source(text: str, openings: _LineOpenings) -> tuple[str, str, list[_TextTable]]:
    """What the parser is given for a Markdown text, how it is read (``markdown`` or
    ``rst``) and its tables drawn in text (built apart): its lines repaired where CommonMark
    misreads them. Whether the text needs a repair is known from what its lines open with
    (``openings``) or a literal it holds; the lines are split only when it does (most
    notes need none): the text itself is then what is parsed."""
    spans = _holds(text, "~~~")
    admonitions = _holds(text, "!!! ") or _holds(text, "??? ") or _holds(text, "???+ ")
    repairs = (
        openings.unspaced,
        _holds(text, "{{") or _holds(text, "]({%"),
        openings.row and "|" in text and "<tr" in text,
        openings.closing,
        spans,
        admonitions,
        # a lone picture: a line opening with its tag as written, or one an admonition's
        # body or a raw span may open once unwrapped (the text searched for it then)
        (openings.image or spans or admonitions) and (_holds(text, "<img") or _holds(text, "<IMG")),
        _holds(text, "|-") or _holds(text, "| -") or _holds(text, "|:") or _holds(text, "| :"),
    )
    drawn = any(_holds(text, rule) for rule in ("--", "==", "+-", "-+"))
    starts = openings.rules if drawn else []
    rst = looks_rst(text)
    delimited = "|" in text and _delimited_rows_in(text)
    if not (any(repairs) or starts or rst or delimited):
        return text, "markdown", []
    lines = text.split("\n")
    unwrapped = _raw_span_lines(lines) if repairs[4] else None
    lines = unwrapped or lines
    opened = _admonition_bodies(lines) if repairs[5] else None
    lines = opened or lines
    spaced = _spaced_headings(lines) if repairs[0] else None
    lines = spaced or lines
    templated = _templated_links(lines) if repairs[1] else None
    lines = templated or lines
    piped = _piped_html_rows(lines) if repairs[2] else None
    lines = piped or lines
    closed = _closing_tag_lines(lines) if repairs[3] else None
    lines = closed or lines
    pictured = _lone_image_lines(lines) if repairs[6] else None
    lines = pictured or lines
    narrowed = _narrowed_delimiter_rows(lines) if repairs[7] else None
    lines = narrowed or lines
    rewritten = (  # not as written
        unwrapped or opened or spaced or templated or piped or closed or pictured or narrowed
    )
    if rst:
        lines = _refs_resolved(lines)  # a table's cell says the section it refers to
    tables: list[_TextTable] = []
    if drawn:
        tables = _text_tables(lines, None if rewritten else starts, rst)
    if delimited:
        tables = sorted(tables + _delimited_tables(lines, tables), key=lambda t: t.first)
    lines = _blank_text_tables(lines, tables)
    if rst:
        return "\n".join(_rst_lines(lines)), "rst", [_rst_cells(t) for t in tables]
    if tables or rewritten:
        return "\n".join(lines), "markdown", tables
    return text, "markdown", tables


_OPENINGS = (
    # a deep line's markers and blanks are 65 characters of them at least, looked for first
    r"(?P<deep>(?=[ \t>*+\d.)-]{65})" + _NESTING + ")",
    r"(?P<unspaced> {0,3}#{2,6}[^#\s])",  # a heading without its space (``##Talk``)
    r"(?P<tag>[ \t]{0,3}<(?:/|[tT][rR]|[bB][rR]))",  # a closing tag, a row, a line break
    r"(?P<image>[ \t]{0,3}<[iI][mM][gG])",  # a picture's tag, which may stand alone
)
_MARKERS = r"(?:[ \t]|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))"
"""A blank, or a list item's marker (``-``, ``*``, ``+``, ``1.``, ``1)``) before its blank:
what opens a line before a block inside a list item."""
_BLOCK_OPENING = (
    # the kinds share one gate: a line of words ("10:30 Talk") is left at its first word
    r"(?=[ \t*+\d.)-]*+(?:[>:~=_\r\n]|\Z)|[ \t>*+\d.):~-]*?(?:\t|    ))(?:"
    r"(?P<container>" + _MARKERS + r"*+[>:~])"  # a quote's ``>``, a definition's ``:``, ``~``
    r"|(?P<indent>(?:" + _MARKERS + r"|[>:~])*?(?:\t|    ))"  # four blanks or a tab
    r"|(?P<thematic>(?=[ \t>*+\d.):~=_-]*+\r?(?:\n|\Z))[ \t>+\d.):~]*+[-=*_]))"  # a rule's
)
"""Lines where a block rule that fires only at a line's opening may fire: the characters
before its marker are blanks and container markers alone (:data:`_MARKERS`, a quote's
``>``, a definition's ``:``), which is where CommonMark opens a block inside a quote, a
list item or a definition. A block quote opens at a ``>``, a definition at a ``:`` or
``~`` (a ``container`` line), an indented code block after four blanks or a tab, a
thematic break or a setext underline on a line made of markers, blanks and ``-``, ``=``,
``*`` or ``_`` alone. Each is a wider test than the parser's own (a ``>`` after four
blanks is code): it never misses a line the rule reads."""
_WORD_ITEM = r"(?![-*+] [^\W\d_])"
"""Not a list item whose words open with a letter (``- a point``), most lines of notes: it
opens none of the kinds of line looked for (its marker is one, and a word follows it)."""
_OPENING_CHAR = r"(?=[ \t>*+#<=|\d:~_-])"
"""The characters a line of each kind opens with (the alternatives of :data:`_OPENINGS`,
:data:`_RULES`, :data:`_PLUS_RULES` and :data:`_BLOCK_OPENING`)."""
_RULES = r"(?P<rule>--|==)"
"""A simple table's rule: the only start of a table drawn without ``+``."""
_PLUS_RULES = r"(?P<rule>\+[-=]|--|==|\|)"
"""A grid table's rule, a simple table's, or a pipe row (an Org table's, ruled with ``+``)."""


def _openings_re(rules: str, first: bool) -> re.Pattern[str]:
    """One pattern for every kind of line opening, at the text's start or after a newline
    (a literal first, which the regex engine finds fast: ``^`` with ``re.M`` tried every
    character). The kinds of :data:`_OPENINGS` and the rules exclude one another (each
    opens with characters of its own), so each line is reported as the one kind it opens
    with; a line of those kinds opens no block of :data:`_BLOCK_OPENING` (a rule line,
    ``---``, may be a thematic break: :func:`_line_rules` counts it as one; a tag after a
    tab is an indented code block: :func:`_line_openings` counts it as one), and a line
    opening two of these (a quote's definition, ``> : answer``) is read as the first,
    whose rules come with every other's (:func:`_line_rules`)."""
    # the first line's pattern is anchored at the text's start: searched anywhere (as
    # ``findall`` would), an unanchored one retried its run of blanks at every position;
    # a line whose first character opens no kind (a word, a blank line: most of them) is
    # left at that character, before the kinds are tried one by one
    head = ("\\A" if first else "\n") + _OPENING_CHAR + _WORD_ITEM
    return re.compile(head + "(?:" + "|".join([*_OPENINGS, rules, _BLOCK_OPENING]) + ")")


_OPENINGS_RES = {
    plus: (_openings_re(rules, True), _openings_re(rules, False))
    for plus, rules in ((False, _RULES), (True, _PLUS_RULES))
}


@dataclass
class _LineOpenings:
    """What a text's lines open with, for the repairs and checks that each asked it of
    every line: found by one scan of the line starts instead of one scan each."""

    deep: list[tuple[int, str]]
    """Where a line opens more than :data:`MAX_NESTING` containers, and their markers."""
    unspaced: bool = False
    """A line is a heading written without its space."""
    closing: bool = False
    """A line opens with a closing tag or a line break (it may be a lone one)."""
    row: bool = False
    """A line opens with ``<tr`` (an HTML row, which may stand in a pipe table)."""
    image: bool = False
    """A line opens with ``<img`` (a picture, which may stand alone over Markdown): the
    lines :data:`_LONE_IMAGE_RE` reads, known without a search of the whole text for the
    tag in both cases (two thirds of what the repairs' checks cost a 1 MB note)."""
    rules: list[int] = field(default_factory=list)
    """The numbers of the lines a table drawn in text may start on. A text that writes no
    ``+`` draws no grid table and no Org table (their rules cross at a ``+``): its pipe
    rows start none, only a simple table's rule may."""
    blocks: set[str] = field(default_factory=set)
    """The kinds of :data:`_BLOCK_OPENING` some line opens with."""


def _line_openings(text: str) -> _LineOpenings:
    """What the lines of ``text`` open with (see :class:`_LineOpenings`)."""
    first, rest = _OPENINGS_RES["+" in text]
    found = _LineOpenings([])
    opening = first.match(text)
    line = at = 0
    for m in itertools.chain((opening,) if opening else (), rest.finditer(text)):
        kind = m.lastgroup or ""
        start = m.start(kind)
        if kind == "deep":
            found.deep.append((start, m.group(kind)))
        elif kind == "unspaced":
            found.unspaced = True
        elif kind == "tag":
            if m.group(kind)[-2:].casefold() == "tr":
                found.row = True
            else:
                found.closing = True  # a closing tag or a line break: it may stand alone
            if "\t" in m.group(kind):
                found.blocks.add("indent")  # a tab is four blanks: an indented code block
        elif kind == "image":
            found.image = True
            if "\t" in m.group(kind):
                found.blocks.add("indent")
        elif kind == "rule":
            line, at = line + text.count("\n", at, start), start
            found.rules.append(line)
        else:
            found.blocks.add(kind)
    return found


_LINE_RULES: dict[str, frozenset[str]] = {
    "container": frozenset({"blockquote", "code", "deflist", "hr", "lheading"}),
    "indent": frozenset({"code", "hr", "lheading"}),
    "thematic": frozenset({"hr", "lheading"}),
}
"""The block rules that fire only at a line's opening, by the kind of line
(:data:`_BLOCK_OPENING`) they may fire on. A quote's or a definition's lines hold blocks
of every kind (``> ---``, ``: > a quote``), and so does an indented line (``    ---`` is a
thematic break inside a list item), each seen as its first kind only."""


def _line_rules(text: str, openings: _LineOpenings) -> frozenset[str] | None:
    """The rules of :data:`_LINE_RULES` and front matter that may fire on ``text`` as it
    is parsed (None: any may). The parser tries every rule at every line's opening and
    after every line of a paragraph (whether it interrupts it): one that cannot fire is
    left out, as :func:`_parser` leaves out a rule whose marker the text never holds (a
    ``>`` in a note's HTML opens no quote). A deep line is read as a flattened one, and a
    lone carriage return ends a line that :func:`_line_openings` did not see start."""
    if openings.deep or ("\r" in text and text.count("\r") != text.count("\r\n")):
        return None
    rules: set[str] = set()
    for kind in openings.blocks:
        rules |= _LINE_RULES[kind]
    if openings.rules:  # a line opening with ``--`` or ``==`` may be a break or an underline
        rules |= _LINE_RULES["thematic"]
    newline = text.find("\n")
    if "---" in text[: newline if newline >= 0 else len(text)]:
        rules.add("front_matter")  # front matter opens a text's first line
    return frozenset(rules)


def _plain_outline(doc: Document) -> None:
    """A plain-text outline (lines at the margin, each over a block indented under it,
    no Markdown heading or list anywhere): its margin lines made headings, so each
    indented block is the part of the line above it, not code."""
    nodes = doc.root.children
    if any(n.kind in ("heading", "list", "table", "html") for n in nodes):
        return
    text = doc.source
    if not (_holds(text, "\n\t") or "\n    " in text):
        return  # no line indented under another
    heads = _outline_heads(doc, nodes)
    codes = sum(1 for n in nodes if n.kind == "code")
    prose = sum(1 for n in nodes if n.kind == "paragraph")
    if not heads or codes < len(heads) or codes * 2 < prose:
        return
    doc.root.children = [
        Node("heading", n.start, n.end, 2, n.text.strip(), list(n.marks)) if i in heads else n
        for i, n in enumerate(nodes)
    ]


_LINK_DEFINITION_RE = re.compile(r"^ {0,3}\[[^\[\]\n]{1,300}\]:[ \t]")
_LINK_TARGET_RE = re.compile(r"\]\([^()\n]{0,500}\)")
_LIQUID_OUTPUT_RE = re.compile(r"\{\{[^{}\n]{0,200}\}\}|\{%[^{}%\n]{0,200}%\}")


_DELIMITER_CHARS = frozenset("|:- \t")
"""The characters of a pipe table's delimiter row (``|:---:|---|``, ``--- | ---``)."""
_HTML_ROW_RE = re.compile(r"[ \t]{0,3}<tr\b[^\n]{0,2000}</tr>[ \t]{0,20}", re.I)
_HTML_CELL_RE = re.compile(r"<t[dh]\b[^>]{0,500}>([^\n]{0,2000}?)</t[dh]>", re.I)
_TAG_RE = re.compile(r"<[^<>\n]{0,500}>")


_CELL_PIPE_RE = re.compile(r"(?<!\\)\|")
"""A pipe between two cells of a table's row (``\\|`` is a pipe in a cell's words)."""


def _row_pipes(line: str) -> tuple[list[int], int]:
    """Where the cell-parting pipes of a pipe table's row are, and its count of cells
    (a pipe opening or closing the row parts no two cells)."""
    bare = line.rstrip()
    pipes = [m.start() for m in _CELL_PIPE_RE.finditer(bare)]
    cells = len(pipes) + 1
    if pipes and not bare[: pipes[0]].strip():
        cells -= 1  # "| a | b |": the opening pipe
    if pipes and pipes[-1] == len(bare) - 1 and len(pipes) > 1:
        cells -= 1  # the closing pipe
    return pipes, cells


def _narrowed_delimiter_rows(lines: list[str]) -> list[str] | None:
    """A pipe table whose delimiter row has more cells than its header row (``| Time |
    Talk |`` over ``| --- | --- | --- |``, a stray column left in a copy) is a table to
    its reader, but CommonMark reads none: its rows become a paragraph of pipes. The
    delimiter row's cells past the header's are blanked (the line keeps its length), so
    the header's columns are the table's; None when no table needs it."""
    out: list[str] | None = None
    fenced = False
    for n, line in enumerate(lines):
        bare = line.rstrip("\r")
        if _FENCE_RE.match(bare):
            fenced = not fenced
        if fenced or n == 0 or "|" not in bare or "-" not in bare:
            continue
        if not set(bare) <= _DELIMITER_CHARS or "|" not in lines[n - 1]:
            continue
        _head_pipes, wanted = _row_pipes(lines[n - 1])
        pipes, cells = _row_pipes(bare)
        if wanted < 2 or cells <= wanted:
            continue
        opening = not bare[: pipes[0]].strip()
        keep = pipes[wanted if opening else wanted - 1] + 1
        out = out if out is not None else list(lines)
        out[n] = bare[:keep] + " " * (len(bare) - keep) + line[len(bare) :]
    return out


def _piped_html_rows(lines: list[str]) -> list[str] | None:
    """A pipe table some of whose rows are written in HTML, a whole ``<tr>…</tr>`` on
    one line (a rule drawn between two slots, a row with a ``colspan``), is one table:
    CommonMark ends the table at the first such line and reads it, and every row
    after it up to a blank line, as one block of raw HTML. Each such line becomes the
    pipe row of its cells' words (a rule's empty cells: an empty row); None when no
    table holds one."""
    out: list[str] | None = None
    inside = fenced = False
    for n, line in enumerate(lines):
        bare = line.rstrip("\r")
        if _FENCE_RE.match(bare):
            fenced, inside = not fenced, False
        if fenced:
            continue  # a code block's table is code, written as it is
        if not inside:
            inside = (
                n > 0
                and "|" in lines[n - 1]
                and "-" in bare
                and "|" in bare
                and set(bare) <= _DELIMITER_CHARS
            )
            continue
        if bare.lstrip().startswith("|"):
            continue
        if not _HTML_ROW_RE.fullmatch(bare) or bare.lower().count("<tr") > 1:
            inside = False
            continue
        cells = [
            _TAG_RE.sub("", c).replace("|", "\\|").strip() for c in _HTML_CELL_RE.findall(bare)
        ]
        out = out if out is not None else list(lines)
        out[n] = "| " + " | ".join(cells or [""]) + " |" + line[len(bare) :]
    return out


def _templated_links(lines: list[str]) -> list[str] | None:
    """Link addresses that hold a template's output (``[3]: {{ site.baseurl }}/talks/#a``,
    ``[Title]({{ page.url }})``), which Jekyll fills in before Markdown reads them, with
    the spaces of those tags closed up, line for line and character for character (the
    offsets stay those of the source): CommonMark refuses an address with a space, and
    every ``[Title][3]`` of the page would stay brackets. None when none does."""
    changed = False
    out: list[str] = []

    def closed(m: re.Match[str]) -> str:
        return _LIQUID_OUTPUT_RE.sub(lambda t: t.group(0).replace(" ", "_"), m.group(0))

    for line in lines:
        if "{{" in line or "{%" in line:  # "{% link x.md %}": a Jekyll tag for a page's address
            if _LINK_DEFINITION_RE.match(line):
                new = _LIQUID_OUTPUT_RE.sub(lambda t: t.group(0).replace(" ", "_"), line)
            else:
                new = _LINK_TARGET_RE.sub(closed, line)
            changed = changed or new != line
            line = new
        out.append(line)
    return out if changed else None


_UNSPACED_HEADING_RE = re.compile(r"^ {0,3}(#{2,6})(?=[^#\s])")
"""An ATX heading written without the space after its hashes (``##Talk title``)."""
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


_LONE_CLOSING_TAG_RE = re.compile(
    r"[ \t]{0,3}(?:(?:</[A-Za-z][A-Za-z0-9]{0,15}|<[bB][rR][ \t]{0,5}/?)[ \t]{0,5}>[ \t]{0,5}){1,8}"
)
"""A line of closing tags or line breaks only (``</p>``, ``</div></div>``, ``<br/>``): the
end of some HTML above, or a blank line written as HTML; it holds no words."""


def _closing_tag_lines(lines: list[str]) -> list[str] | None:
    """A stray closing tag on a line of its own, right over Markdown (``</p>`` over ``##
    Workshops`` and its list), or a line break standing for a blank line (``<br/>`` over
    ``## Day 1``), left blank, line for line: CommonMark opens an HTML block there that
    swallows every line up to the next blank one, where the page's own renderer
    (Python-Markdown, kramdown, Blackfriday) and its reader see a heading and a list
    after it. None when the text writes none."""
    return _over_markdown(lines, lambda line: "" if _LONE_CLOSING_TAG_RE.fullmatch(line) else None)


def _over_markdown(lines: list[str], rewrite: Callable[[str], str | None]) -> list[str] | None:
    """``lines`` with each line that ``rewrite`` reads (given without its ``\\r``; None
    when it does not) replaced, where the next line is Markdown: never inside a fenced
    block, and a next line opening with a tag stays HTML. None when nothing changed."""
    out: list[str] = []
    changed = False
    for i, (line, fenced) in enumerate(zip(lines, _fenced(lines), strict=True)):
        if (
            not fenced
            and i + 1 < len(lines)
            and (after := lines[i + 1].strip())
            and not after.startswith("<")
            and (new := rewrite(line.rstrip("\r"))) is not None
        ):
            line = new
            changed = True
        out.append(line)
    return out if changed else None


_LONE_IMAGE_RE = re.compile(r"[ \t]{0,3}<img\b([^<>\n]{0,2000})>[ \t]{0,20}", re.I)
"""A line holding one ``<img …>`` tag and nothing else (its attributes in group 1)."""
_IMAGE_ATTR_RE = re.compile(
    r"""\b(src|alt)[ \t]{0,5}=[ \t]{0,5}(?:"([^"]{0,1000})"|'([^']{0,1000})')""", re.I
)


def _lone_image_lines(lines: list[str]) -> list[str] | None:
    """A picture on a line of its own right over Markdown (a speaker's photo, ``<img
    src="face.jpg" />``, over ``#### Name`` and the speaker's bio) written as Markdown's
    image, ``![alt](src)``, line for line: CommonMark opens an HTML block at the tag that
    swallows every line up to the next blank one, where the page's own renderer
    (kramdown, Python-Markdown: an image is inline) and its reader see the heading under
    the picture. None when the text writes none."""
    return _over_markdown(lines, _as_markdown_image)


def _as_markdown_image(line: str) -> str | None:
    """A line of one ``<img …>`` tag as ``![alt](<src>)`` (its alt alone without a src)."""
    m = _LONE_IMAGE_RE.fullmatch(line)
    if m is None:
        return None
    attrs = {
        a.group(1).lower(): a.group(2) or a.group(3) or ""
        for a in _IMAGE_ATTR_RE.finditer(m.group(1))
    }
    alt = attrs.get("alt", "").replace("]", " ")
    src = attrs.get("src", "").replace(" ", "%20").replace(")", "%29")
    return f"![{alt}](<{src}>)" if src else alt


_RAW_SPAN_LINE_RE = re.compile(r"[ \t]{0,3}(~{3,20})([^~\n]{1,500})\1[ \t]{0,20}")
"""A line wrapped in one run of tildes on both sides (``~~~<ul>~~~``): Franklin.jl's raw
HTML span, which CommonMark takes for a code fence opening (its info string may hold
tildes) that never closes."""


def _raw_span_lines(lines: list[str]) -> list[str] | None:
    """Lines that are one raw HTML span between tildes (see :data:`_RAW_SPAN_LINE_RE`) as
    the HTML they wrap, line for line; a span of tags alone (``~~~</ul>~~~``) holds no
    words and is left blank, so the Markdown around it is not swallowed by an HTML block.
    Never inside a fenced block. None when the text writes none."""
    out: list[str] = []
    changed = False
    fence = ""
    for line in lines:
        bare = line.rstrip("\r")
        if not fence and (m := _RAW_SPAN_LINE_RE.fullmatch(bare)):
            inner = m.group(2)
            line = inner if _TAG_RE.sub("", inner).strip() else ""
            changed = True
        elif m := _FENCE_RE.match(line):
            mark = m.group(1)
            if not fence:
                fence = mark[0] * len(mark)
            elif mark.startswith(fence) and not line[m.end() :].strip():
                fence = ""
        out.append(line)
    return out if changed else None


_ADMONITION_RE = re.compile(
    r"[ \t]{0,3}(?:!!!|\?\?\?\+?)[ \t]{1,5}[\w-]{1,30}"
    r"(?:[ \t]{1,5}\"([^\"\n]{0,200})\")?[ \t]{0,20}"
)
"""An admonition's first line (``!!! info "Agenda"``, ``??? note``): Python-Markdown's and
MkDocs' boxed block, whose body is the block indented under it."""


def _admonition_bodies(lines: list[str]) -> list[str] | None:
    """Admonitions (see :data:`_ADMONITION_RE`) whose bodies are read as the Markdown they
    are, line for line: the body's lines moved back by one indent (CommonMark reads an
    indented block as code) and the first line as its title's words (none when it has
    none). Never inside a fenced block. None when the text writes none."""
    out = list(lines)
    changed = False
    fenced = _fenced(lines)
    n = 0
    while n < len(lines):
        m = None if fenced[n] else _ADMONITION_RE.fullmatch(lines[n].rstrip("\r"))
        n += 1
        if m is None:
            continue
        body = n
        while body < len(lines) and (
            not lines[body].strip() or lines[body].startswith(("    ", "\t"))
        ):
            body += 1
        if not any(lines[k].strip() for k in range(n, body)):
            continue
        out[n - 1] = m.group(1) or ""
        for k in range(n, body):
            line = lines[k]
            out[k] = line[1:] if line.startswith("\t") else line[4:] if line.strip() else ""
        changed = True
        n = body
    return out if changed else None


def _spaced_headings(lines: list[str]) -> list[str] | None:
    """Headings written without the space after their hashes (``##Boosting kubectl``,
    ``####Inside the rebrand``) as headings, line for line (offsets stay those of the
    source): the original Markdown and many editors' previews accept them, CommonMark does
    not. Two hashes at least, so a ``#tag`` stays a tag; never inside a fenced block (a
    shell comment, a C macro's ``##``). None when the text writes none."""
    out: list[str] = []
    changed = False
    fences = _fenced(lines)
    habit = any(not f and _UNSPACED_HEADING_RE.match(x) for x, f in zip(lines, fences, strict=True))
    for n, (line, fenced) in enumerate(zip(lines, fences, strict=True)):
        m = None if fenced else _UNSPACED_HEADING_RE.match(line)
        if not fenced and m is None and habit and _unspaced_title(lines, n):
            m = _UNSPACED_TITLE_RE.match(line)
        if m is not None:
            line = line[: m.end()] + " " + line[m.end() :]
            changed = True
        out.append(line)
    return out if changed else None


_UNSPACED_TITLE_RE = re.compile(r"^ {0,3}#(?=[^#\s])")
"""A level-1 heading written without the space after its hash (``#Talk title``), or a tag."""


def _unspaced_title(lines: list[str], n: int) -> bool:
    """Whether line ``n``, ``#`` then words with no space between, is a level-1 heading
    in a text whose writer drops that space on deeper headings too (``##Speaker``), not a
    tag: words and no other tag (``#Web vs Apps``, not ``#jquk #london``), or one word
    right over a heading (``#QUnit`` over ``##Speaker``)."""
    if not _UNSPACED_TITLE_RE.match(lines[n]):
        return False
    words = lines[n].split()
    if any(w.startswith("#") for w in words[1:]):
        return False
    if len(words) > 1:
        return True
    after = next((x for x in lines[n + 1 : n + 4] if x.strip()), "")
    return bool(re.match(r" {0,3}#{1,6}(?=[^#\s])|\s{0,3}#{1,6}\s", after))


def _fenced(lines: list[str]) -> list[bool]:
    """For each line, whether it is a fence of a fenced block or inside one (a shell
    comment, a C macro, a tag in an example: code, which the line repairs leave alone)."""
    out: list[bool] = []
    fence = ""
    for line in lines:
        if m := _FENCE_RE.match(line):
            mark = m.group(1)
            if not fence:
                fence = mark[0] * len(mark)
            elif mark.startswith(fence):
                fence = ""
            out.append(True)
        else:
            out.append(bool(fence))
    return out


def _rst_absorbed(nodes: list[Node]) -> list[Node]:
    """The source lines :func:`_rst_lines` left blank (a title's underline, a line
    block's wrapped lines) belong to the heading or paragraph just before them."""
    out: list[Node] = []
    for n, node in enumerate(nodes):
        if node.kind == "text" and out and out[-1].kind == "heading" and out[-1].end == node.start:
            out[-1].end = node.end  # a title's underline
            continue
        after = nodes[n + 1] if n + 1 < len(nodes) else None
        if (
            node.kind == "text"
            and after is not None
            and after.kind == "paragraph"
            and after.start == node.end
        ):
            after.start = node.start  # a wrapped line's first physical lines
            continue
        if node.kind == "list":
            _rst_items_absorbed(node)
        out.append(node)
    return out


def _rst_items_absorbed(node: Node) -> None:
    """The source lines :func:`_rst_item_joined` left blank under a list item (the words
    it wrapped onto) belong to that item and its last paragraph, not to the list beside
    it: the item's words are the joined line's alone."""
    kept: list[Node] = []
    for child in node.children:
        last = kept[-1] if kept else None
        if (
            child.kind == "text"
            and last is not None
            and last.end == child.start
            and last.kind in ("item", "paragraph")
        ):
            last.end = child.end
            if last.kind == "item" and last.children:
                last.children[-1].end = child.end
            continue
        if child.kind in ("item", "list"):
            _rst_items_absorbed(child)
        kept.append(child)
    node.children = kept


_TABLE_TAG_RE = re.compile(r"<(/?)(?:table|dl)\b", re.I)
"""Elements whose parts belong together however many blank lines stand between them: a
table's rows, a definition list's ``<dt>``/``<dd>`` pairs (a time over its talk)."""


def _whole_tables(nodes: list[Node], builder: _MarkdownBuilder) -> list[Node]:
    """A ``<table>`` or ``<dl>`` in Markdown that a blank line between its rows cut into
    several HTML blocks (CommonMark ends an HTML block at a blank line) is one HTML node
    again, up to its closing tag: its rows are one table's rows, its terms one list's
    terms (a ``<dt>`` in a later block is no orphan). The nodes as they are when no HTML
    block leaves one open (most texts: none is rebuilt)."""
    text = builder.text
    html, builder.html = builder.html, None
    if html is not None:  # the HTML blocks the builder placed at the top, gathered as it did
        opening = next((x for x in html if _tags_opened(text, x, _TABLE_TAG_RE) > 0), None)
        first = nodes.index(opening) if opening is not None else -1
    else:
        opens = (
            n
            for n, x in enumerate(nodes)
            if x.kind == "html" and _tags_opened(text, x, _TABLE_TAG_RE) > 0
        )
        first = next(opens, -1)
    if first < 0:
        return nodes
    out: list[Node] = nodes[:first]
    depth = 0
    for node in itertools.islice(nodes, first, None):
        if depth > 0 and out:
            merged = out[-1]
            merged.end = node.end
            if node.kind == "html":
                for m in _TABLE_TAG_RE.finditer(text, node.start, node.end):
                    depth += -1 if m.group(1) else 1
            continue
        out.append(node)
        if node.kind == "html" and (opened := _tags_opened(text, node, _TABLE_TAG_RE)) > 0:
            depth = opened
            joined = Node("html", node.start, node.end, 0, None)
            joined._lazy = (builder, None)
            out[-1] = joined
    return out


_DIV_TAG_RE = re.compile(r"<(/?)div\b", re.I)
_CARD_KINDS = frozenset({"html", "blank"})
"""Blocks a ``<div>`` card cut by blank lines is made of: its HTML, the gaps between."""


def _whole_cards(
    nodes: list[Node], builder: _MarkdownBuilder, html: list[Node] | None = None
) -> list[Node]:
    """A ``<div>`` card in Markdown that blank lines inside it cut into several HTML blocks
    (a card's header, its paragraphs, its list, each after a blank line) is one HTML node
    again, up to its ``</div>``, as :func:`_whole_tables` rejoins a table: its parts are
    one card's. Only when nothing but HTML (a line of inline HTML, a link or a button,
    among it) lies before the closing tag: Markdown inside a ``<div>`` (a heading, a list
    written with dashes) is read as Markdown, and the blocks stay as they are. ``html``:
    the top level's HTML blocks, when the builder gathered them and none was rejoined
    (a card opens in one of them, if anywhere: no walk of every top-level node)."""
    text = builder.text
    opened = (x for x in (nodes if html is None else html) if x.kind == "html")
    if not any(_tags_opened(text, x, _DIV_TAG_RE) > 0 for x in opened):
        return nodes
    out: list[Node] = []
    at = 0
    while at < len(nodes):
        node = nodes[at]
        depth = _tags_opened(text, node, _DIV_TAG_RE) if node.kind == "html" else 0
        end = at + 1
        while depth > 0 and end < len(nodes) and _card_part(text, nodes[end]):
            depth += _tags_opened(text, nodes[end], _DIV_TAG_RE)
            end += 1
        if depth > 0 or end == at + 1:
            out.append(node)  # no card opened here, or one Markdown is written inside
            at += 1
            continue
        joined = Node("html", node.start, nodes[end - 1].end, 0, None)
        joined._lazy = (builder, None)
        out.append(joined)
        at = end
    return out


def _card_part(text: str, node: Node) -> bool:
    """A block that can be part of an HTML card: HTML, a gap, or a paragraph that is one
    line of inline HTML (``<a href=…>Sign up</a>``, which CommonMark reads as text)."""
    if node.kind in _CARD_KINDS:
        return True
    return (
        node.kind == "paragraph"
        and node.spanned
        and text[node.start : node.end].lstrip()[:1] == "<"
    )


def _tags_opened(text: str, node: Node, tag_re: re.Pattern[str]) -> int:
    """How many more opening tags than closing ones (``tag_re`` matches both, its group
    1 the slash) an HTML node holds: 0 when it is derived and holds no characters."""
    if not node.spanned:
        return 0
    opened = 0
    for m in tag_re.finditer(text, node.start, node.end):
        opened += -1 if m.group(1) else 1
    return opened


def _bounded_nesting(text: str, found: list[tuple[int, str]] | None = None) -> str:
    """Block quotes and list items opened on one line deeper than :data:`MAX_NESTING`
    (``>>>>…``, ``- - - - …``) read as text of the deepest: the Rust parser's tree,
    freed, recursed once per level and overflowed the stack (a hostile line of 100 000
    ``>`` crashed the process), and so would a walk of it. Only what the parser is given
    changes: the source and its lines stay as they are. ``found``: those lines' runs of
    markers (:attr:`_LineOpenings.deep`), when the caller has them already."""
    if found is None:
        found = _line_openings(text).deep
    if not found:
        return text
    lines = text.split("\n")
    n = at = 0
    for start, run in found:
        n, at = n + text.count("\n", at, start), start
        lines[n] = _flatten_markers(run) + lines[n][len(run) :]
    return "\n".join(lines)


def _flatten_markers(run: str) -> str:
    """``run`` with the container markers after the first :data:`MAX_NESTING` blanked."""
    out: list[str] = []
    seen = i = 0
    while i < len(run):
        j = i
        while j < len(run) and run[j].isdigit():
            j += 1
        width = (j - i + 1) if j > i else 1  # "12." or one of ">-*+"
        marker = run[i] in ">-*+" or (j > i and j < len(run) and run[j] in ".)")
        if run[i] in " \t" or not marker:
            out.append(run[i])
            i += 1
            continue
        seen += 1
        out.append(run[i : i + width] if seen <= MAX_NESTING else " " * width)
        i += width
    return "".join(out)


class _Offsets:
    """markdown-it's source maps count bytes of UTF-8; a node's span is its source lines
    whole. ASCII text: bytes are characters. Other text parsed as it is: a line's bounds
    are found in its bytes, and a line start's byte offset becomes a character's by the
    bytes that the lines before it holding other characters than ASCII add (most lines
    of notes are ASCII: a short table, no table of every line). A rewritten text (an Org
    file's headings, a repaired line): a byte offset is placed by its line in the
    parsed text, looked up when it starts a line or ends one (a block's map nearly
    always does), else searched for."""

    __slots__ = ("bytes_starts", "data", "keys", "line_at", "plain", "shifts", "size", "starts",
                 "text")  # fmt: skip

    def __init__(self, text: str, parsed: str, data: bytes | None = None):
        self.text = text
        self.size = len(text)
        self.plain = parsed is text and data is None
        """ASCII parsed as it is: a byte offset is a character's."""
        self.data: bytes | None = None
        self.keys: list[int] = []
        self.shifts: list[int] = []
        self.bytes_starts: list[int] | None = None
        self.starts: list[int] | None = None
        self.line_at: dict[int, int] = {}
        if parsed is text and data is not None:
            self.data = data
            self.keys, self.shifts = _wide_lines(data)
        elif parsed is not text:
            self.bytes_starts = _line_starts(data if data is not None else parsed.encode())
            self.starts = _line_starts(text)
            self.line_at = dict(zip(self.bytes_starts, itertools.count()))

    def span(self, first: int, stop: int) -> tuple[int, int]:
        """The source lines holding bytes ``first..stop`` of what was parsed."""
        last = stop - 1 if stop > first else first
        if self.data is not None:
            end = self.data.find(b"\n", last)
            start = self._character(self.data.rfind(b"\n", 0, first) + 1)
            return start, self._character(end + 1) if end >= 0 else self.size
        if self.starts is None:
            end = self.text.find("\n", last)
            return self.text.rfind("\n", 0, first) + 1, end + 1 if end >= 0 else self.size
        assert self.bytes_starts is not None
        line_at = self.line_at
        a = line_at.get(first)
        if a is None:
            a = bisect.bisect_right(self.bytes_starts, first) - 1
        # the first line starting after ``last``: the next byte's, or the one after a newline
        b = line_at.get(last + 1)
        if b is None:
            b = line_at.get(last + 2)
            if b is None:
                b = bisect.bisect_right(self.bytes_starts, last)
        starts = self.starts
        return starts[a] if a > 0 else 0, starts[b] if b < len(starts) else self.size

    def _character(self, at: int) -> int:
        """The character offset of the line starting at byte ``at``."""
        n = bisect.bisect_right(self.keys, at)
        return at - self.shifts[n - 1] if n else at


_UTF8_ROLES = bytes(
    10 if byte == 10 else 0 if byte < 0x80 else 1 if byte < 0xC0 else 2 for byte in range(256)
)
"""Each byte of UTF-8 by its role: a newline stays ``\\n`` (10), ASCII is 0, a character's
first byte of several is 2 and each byte after it 1 (the bytes more than characters)."""


def _wide_lines(data: bytes) -> tuple[list[int], list[int]]:
    """For UTF-8: the byte offset of the line start after each line holding other
    characters than ASCII, and how many more bytes than characters come before it.

    The bytes are mapped to their roles once (:data:`_UTF8_ROLES`, a ``translate`` in C);
    then each wide line is found by the first byte of its first wide character, and its
    extra bytes counted, without splitting the text into lines (most lines are ASCII)."""
    roles = data.translate(_UTF8_ROLES)
    keys: list[int] = []
    shifts: list[int] = []
    extra = 0
    at = roles.find(2)
    while at >= 0:
        end = roles.find(10, at)
        if end < 0:
            end = len(roles)
        extra += roles.count(1, at, end)
        keys.append(end + 1)
        shifts.append(extra)
        at = roles.find(2, end)
    return keys, shifts


def parse_html(text: str) -> Document:
    """A whole HTML page as a tree (Lexbor, the HTML5 algorithm)."""
    root = Node("document", 0, len(text))
    page = Node("html", 0, len(text))
    page.children = html_nodes(_without_directive_lines(text), 0, len(text))
    title = _page_title(text)
    if title:
        page.attrs["title"] = title
    root.children = [page]
    _tile(root, text)
    return Document(text, root, "html")


_BRACE_DIRECTIVE_RE = re.compile(
    r"^[ \t]*(?:\{\{[^{}\n]{0,200}\}\}|\{[$/a-z][^{}\n]{0,200}\})[ \t\r]*$", re.M
)
"""A line of a page that is one template directive in braces (Smarty's or Latte's
``{include file="header.tpl"}``, ``{/if}``; Go's or Handlebars' ``{{end}}``)."""


def _without_directive_lines(text: str) -> str:
    """``text`` with each line that is one template directive in braces blanked, offsets
    kept: the template's markup (:data:`_DIRECTIVE_RE`), no words of the page a reader
    sees; the HTML parser would make them text."""
    if "{" not in text:
        return text
    return _BRACE_DIRECTIVE_RE.sub(lambda m: " " * len(m.group()), text)


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


def title_line(line: str, top: bool = False) -> bool:
    """A line that can title a part of a plain-text page: short, no digits (a date or a
    time is data), in title case or capitals, not a sentence, a bracket or a bullet.
    ``top``: the document's first line, whose title may hold a year or a number
    (``New England Database Summit 2014``, ``PROGRAM OF RECOMB'99``), never a time."""
    s = line.strip()
    if not s or len(s) > TITLE_CHARS or len(s.split()) > 8 or s[-1] in ".,;!?)":
        return False
    digits = sum(ch.isdigit() for ch in s)
    if (digits and not top) or digits > 4 or _CLOCK_IN_RE.search(s):
        return False
    if "://" in s or "@" in s:
        return False
    if any(len(w) >= 4 and w[0].islower() for w in s.split()):
        return False  # "All times are Pacific Time": a sentence, not a title
    return s[0].isalpha() and not s[0].islower()


_CLOCK_IN_RE = re.compile(r"\d[:.h]\d\d")


OUTLINE_HEAD_CHARS = 200
"""A plain-text outline's head line (a line at the margin over an indented block) is at
most this long."""


def _outline_heads(doc: Document, nodes: list[Node]) -> set[int]:
    """The one-line paragraphs at the margin each followed by an indented block (a
    plain-text outline: ``Title - from @name`` over tab-indented notes), when the text
    has two or more of them: its heads, whatever their words."""
    heads: set[int] = set()
    for n, node in enumerate(nodes):
        if node.kind != "paragraph" or not node.spanned or "\n" in node.text.strip():
            continue
        source = doc.source_of(node)
        if source[:1].isspace() or len(source.strip()) > OUTLINE_HEAD_CHARS:
            continue
        after = next((x for x in nodes[n + 1 :] if x.kind != "blank"), None)
        if (
            after is not None
            and after.kind == "code"
            and after.spanned
            and not doc.source_of(after).lstrip().startswith(("```", "~~~"))
        ):
            heads.add(n)
    return heads if len(heads) >= 2 else set()


def _text_blocks(doc: Document, nodes: list[Node]) -> list[Node]:
    out: list[Node] = []
    for node in nodes:
        top = not any(n.kind in ("paragraph", "heading") for n in out)
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
        if len(lines) == 1 and title_line(lines[0], top):
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
            and title_line(first.rstrip(":"), top)
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


_ORG_STATES = frozenset({"TODO", "DONE", "NEXT", "WAITING", "CANCELLED", "CANCELED"})


def _org_heading(text: str) -> str:
    """An Org heading's title: its ``TODO``/``DONE`` state, ``[#A]`` priority, ``<<id>>``
    target and ``:tag:`` run are settings, not words of the title."""
    words = text.split()
    if len(words) > 1 and words[0] in _ORG_STATES:
        words = words[1:]
    if len(words) > 1 and words[0].startswith("[#") and words[0].endswith("]"):
        words = words[1:]
    # "<<51>> Title": a dedicated target (a link's anchor), no word of the title
    words = [w for w in words if not (w.startswith("<<") and w.endswith(">>"))] or words
    if len(words) > 1 and len(words[-1]) > 2 and words[-1][0] == words[-1][-1] == ":":
        words = words[:-1]
    return " ".join(words)


def org_heading_tags(text: str) -> list[str]:
    """An Org heading's ``TODO``/``DONE`` state and ``:tags:``, lower-cased (what
    :func:`_org_heading` takes out of its title)."""
    words = text.lstrip("*").split()
    tags = [words[0].lower()] if len(words) > 1 and words[0] in _ORG_STATES else []
    if len(words) > 1 and len(words[-1]) > 2 and words[-1][0] == words[-1][-1] == ":":
        tags += [t.lower() for t in words[-1].split(":") if t]
    return tags


def _org_lines(lines: list[str]) -> list[str]:
    """An Org file's headings (``* Talk``) and ``#+TITLE:`` as Markdown headings, line for
    line (offsets stay those of the source)."""
    titled = any(_ORG_TITLE_RE.match(x) for x in lines[:50])
    out = []
    drawer = False
    for line in lines:
        if "[[" in line:
            line = _ORG_LINK_RE.sub(_org_link, line)
        if drawer or _ORG_DRAWER_RE.match(line):
            drawer, said = _org_drawer_line(line, drawer)
            out.append(said)
        elif m := _ORG_TITLE_RE.match(line):
            out.append("# " + m.group(1))
        elif m := _ORG_HEADING_RE.match(line):
            out.append("#" * min(6, len(m.group(1)) + titled) + " " + _org_heading(m.group(2)))
        elif line.startswith("#+") or line == "#" or line.startswith("# "):
            out.append("")  # other Org keywords are settings, and "# " a comment, not text
        elif "+" in line and _ORG_RULE_RE.match(line):
            out.append(line.replace("+", "|"))  # a table's rule as Markdown's delimiter row
        else:
            out.append(line)
    return out


_ORG_PROPERTY_RE = re.compile(r"^[ \t]{0,40}:([^\s:]{1,60}):[ \t]{1,40}(\S.{0,2000})$")
"""A property of an Org drawer, ``:SPEAKERS: Ana; Bo``."""


def _org_drawer_line(line: str, inside: bool) -> tuple[bool, str]:
    """A line of an Org property drawer as a labelled line (``:SPEAKERS: Ana`` reads as
    ``**Speakers:** Ana``), so that repeated sessions align their properties by name the
    way they align ``**Speaker:**`` lines; the drawer's own markers are no text. Returns
    whether the next line is still inside the drawer, and the line's Markdown."""
    stripped = line.strip()
    if not inside:
        return True, ""
    if stripped.upper() == ":END:":
        return False, ""
    if m := _ORG_PROPERTY_RE.match(line):
        label, value = m.group(1).replace("_", " ").capitalize(), m.group(2).strip()
        if not _org_programme_property(label):
            return True, ""  # :ID:, :CREATED:, :ROAM_ALIASES: keep the notes', not the talk's
        if value[:1] + value[-1:] in ("<>", "[]"):
            value = value[1:-1].strip()  # an Org timestamp's brackets: no words of its date
        return True, f"**{label}:** {value}"
    return True, line


_ORG_PLANNING = frozenset({"Scheduled", "Deadline"})
"""Org's own timestamps of an entry, which name its time though no field word says so."""
_ORG_BOOKKEEPING = frozenset({"Category"})
"""Org properties for the agenda, whose names read as a field's: ``:CATEGORY:`` no track."""


def _org_programme_property(label: str) -> bool:
    """Whether an Org property names a field of a programme (``:SPEAKER:``, ``:ROOM:``,
    ``:SCHEDULED:``), not the notes' bookkeeping (``:ID:``, ``:CUSTOM_ID:``, ``:CREATED:``,
    ``:CATEGORY:``, org-roam's ``:ROAM_ALIASES:``): every heading of org-id notes has
    one of those."""
    if label in _ORG_BOOKKEEPING:
        return False
    return label in _ORG_PLANNING or bool(roles_of(label) - {"id", "ref"})


def _org_link(m: re.Match[str]) -> str:
    """An Org link as Markdown's: ``[[file:talk.org][Title]]`` is ``[Title](file:talk.org)``."""
    target, words = m.group(1), m.group(2)
    return f"[{words}]({target.replace(' ', '%20')})" if words else f"<{target}>"


# ---------------------------------------------------------------- tables drawn in text

_GRID_RULE_RE = re.compile(r"\+(?:[-=]{1,2000}\+){1,64}[ \t]{0,40}")
"""A grid table's rule (reStructuredText, Pandoc): ``+-----+------+``, ``+=====+``."""
_RULE_CHARS = frozenset("-= \t")


def _dash_runs(line: str, least: int = 2) -> bool:
    """A simple table's rule (reStructuredText, Pandoc): runs of ``-`` or ``=`` apart by
    spaces, one run per column (``-------  -------------  ------``); read with ``str``
    tests, in one pass, not a pattern a search could restart on every dash. ``least``:
    the narrowest column's width (reStructuredText draws a column one character wide,
    ``===== =``, its last column's words running on past the rule)."""
    body = line.rstrip(" \t")
    if len(line) - len(body) > 40 or body[:1] not in ("-", "=") or not set(body) <= _RULE_CHARS:
        return False
    runs = _RUN_RE.findall(body)
    gaps = _RUN_RE.split(body)[1:-1]  # the spaces between two runs
    return (
        2 <= len(runs) <= 64
        and all(least <= len(r) <= 2000 for r in runs)
        and max(len(r) for r in runs) >= 2
        and all(1 <= len(g) <= 200 for g in gaps)
    )


_RUN_RE = re.compile(r"[-=]+")
MAX_TEXT_TABLE_ROWS = 2000
"""Rows of one table drawn in text at most (the rest are text)."""


@dataclass
class _TextTable:
    """A table drawn with characters: its first and last line and its rows, each the
    lines it spans and the words of its cells (a grid row's wrapped lines joined)."""

    first: int
    last: int
    rows: list[tuple[int, int, list[str]]]
    header: bool = False
    """Whether its first row names the columns (an AsciiDoc table's header row), as a
    Markdown table's row above its ``|---|`` line does."""


def _text_tables(
    lines: list[str], starts: Sequence[int] | None = None, rst: bool = False
) -> list[_TextTable]:
    """Tables whose columns are drawn by rule lines rather than pipes on every line:
    grid tables (``+---+---+`` rules, ``|`` between the cells of the lines between them,
    a cell's words wrapped over the lines of its row) and simple tables (a rule of dash
    runs under a header line, one row per line, the cells where the runs are). The
    columns come from the rule, so a cell's words may hold spaces, links and emphasis.
    ``starts``: the lines a table may start on (:attr:`_LineOpenings.rules`), when the
    caller has them already. ``rst``: a reStructuredText file's, whose simple tables
    may stand indented (under a ``.. table::`` directive, in a block quote) and draw a
    column one character wide (:func:`_rst_simple_table`)."""
    out: list[_TextTable] = []
    after = 0  # the first line no table found so far holds
    found = _line_openings("\n".join(lines)).rules if starts is None else starts
    if rst:
        found = sorted({*found, *_rst_indented_rules(lines)})
    for n in found:
        if n < after:
            continue
        line = lines[n]
        table = None
        if line.startswith("+-") or line.startswith("+="):
            if _GRID_RULE_RE.fullmatch(line):
                table = _grid_table(lines, n)
        elif rst and line.lstrip(" ")[:1] == "=" and _dash_runs(line.lstrip(" "), 1):
            table = _rst_simple_table(lines, n)
        elif rst and _RST_DIRECTIVE_RE.match(line) and "list-table::" in line:
            table = _rst_list_table(lines, n)
        elif line[:2] in ("--", "==") and _dash_runs(line):
            table = _simple_table(lines, n)
        elif line.startswith("|"):
            table = _org_table(lines, n) or _headless_pipe_table(lines, n)
            if table is None:  # a pipe table's later lines start no Org table either
                after = _pipe_run_end(lines, n)
        if table is not None:
            out.append(table)
            after = table.last + 1
    return out


def _delimited_tables(lines: list[str], tables: list[_TextTable]) -> list[_TextTable]:
    """Rows written one a line, their fields parted by ``|`` with no pipe at the line's
    start and no rule under a header (a data export saved as text: ``1|Title|tags|Name|
    Abstract``): three lines or more in a row with the same three fields or more are a
    table, its columns read by their cells as any table's. A run holding a Markdown
    table's rule line (``--|--``) is that table's, and fenced lines are code."""
    taken = {n for t in tables for n in range(t.first, t.last + 1)}
    widths = [0 if n in taken else _field_count(x) for n, x in enumerate(lines)]
    if not any(w >= 3 and w == widths[n + 1] == widths[n + 2] for n, w in enumerate(widths[:-2])):
        return []  # no three rows alike: no need to look for fences (most texts)
    fenced = _fenced(lines)
    widths = [0 if fenced[n] else w for n, w in enumerate(widths)]
    out: list[_TextTable] = []
    n = 0
    while n < len(lines):
        end = n + 1
        while end < len(lines) and widths[end] == widths[n] and end - n < MAX_TEXT_TABLE_ROWS:
            end += 1
        if widths[n] >= 3 and end - n >= 3 and not _under_rule(lines, n):
            rows = [(k, k, [c.strip() for c in _PIPE_RE.split(_unpiped(lines[k]))])
                    for k in range(n, end)]  # fmt: skip
            cells = [r[2] for r in rows]
            if not _header_words(cells[0]) and _programme_rows(cells):
                out.append(_TextTable(n, end - 1, rows))
        n = end
    return out


def _delimited_rows_in(text: str) -> bool:
    """Whether three lines in a row hold the same number (three or more) of ``|``-parted
    fields (:func:`_delimited_tables` then reads them): only the lines holding a pipe are
    looked at, so a long text of notes with few pipes costs next to nothing; a line that
    opens with anything but a letter or a digit (a Markdown table's row, ``| 9:00 |``)
    has no fields, seen from its first character without copying it."""
    run, width, last_end = 0, 0, -2
    at = text.find("|")
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        fields = _field_count(text[start:end]) if text[start].isalnum() else 0
        run = (
            run + 1
            if fields >= 3 and fields == width and start == last_end + 1
            else int(fields >= 3)
        )
        if run >= 3:
            return True
        width, last_end = fields, end
        at = text.find("|", end)
    return False


def _header_words(cells: list[str]) -> bool:
    """A delimited row that names the columns: every cell a word or two with no digit,
    most of them a field's name (``Talk | Speaker | Company``). Rows under such a header
    are read by it, as the line readers read them, not as a headless export's."""
    short = all(
        c and len(c) <= 30 and len(c.split()) <= 3 and not any(ch.isdigit() for ch in c)
        for c in cells
    )
    return short and sum(bool(roles_of(c)) for c in cells) * 2 > len(cells)


def _programme_rows(rows: list[list[str]]) -> bool:
    """Headless delimited rows that may hold talks: a clock in a cell, or a column of
    longer words (titles, abstracts) than a name's. A meeting's ``Name | role | team``
    lines are its notes, not a table of talks."""
    if any(_CLOCK_IN_RE.search(c) for r in rows for c in r):
        return True
    width = min(len(r) for r in rows)
    return any(sum(len(r[j].split()) for r in rows) > 3 * len(rows) for j in range(width))


def _under_rule(lines: list[str], n: int) -> bool:
    """Line ``n`` is under a Markdown table's rule (``--|--``), right below it or below
    the table's rows above it with no blank line between (a row opening with ``(`` or
    ``[`` ends no table): that table's rows, which the Markdown parser reads."""
    for k in range(n - 1, max(-1, n - 1 - MAX_TEXT_TABLE_ROWS), -1):
        if "|" not in lines[k] or not lines[k].strip():
            return False
        if _rule_row(lines[k]):
            return True
    return False


def _unpiped(line: str) -> str:
    """A delimited row without the one ``|`` that may close it."""
    line = line.rstrip()
    return line[:-1] if line.endswith("|") and not line.endswith("\\|") else line


def _field_count(line: str) -> int:
    """The fields of a delimited row (:func:`_delimited_tables`): 0 for a line that opens
    with anything but a letter or a digit (a Markdown or Org table's pipe, an indented
    block, a list item's marker), an ordered list's item, or a table's rule
    (``--|:--``)."""
    if "|" not in line or not line[:1].isalnum() or _ORDERED_ITEM_RE.match(line):
        return 0
    if _rule_row(line):
        return 0
    return len(_PIPE_RE.split(_unpiped(line)))


_ORDERED_ITEM_RE = re.compile(r"\d{1,9}[.)][ \t]")
"""An ordered list's item marker (``1. ``, ``2) ``)."""


def _rule_row(line: str) -> bool:
    """A table's rule row (``--|--``, ``:---|---:``): no words."""
    return not line.strip(" \t|:+=-")


def _pipe_run_end(lines: list[str], top: int) -> int:
    """The line after the run of ``|`` lines starting at ``top`` (at most
    :data:`MAX_TEXT_TABLE_ROWS` of them)."""
    end = top
    while end < len(lines) and lines[end].startswith("|") and end - top < MAX_TEXT_TABLE_ROWS:
        end += 1
    return end


def _org_table(lines: list[str], top: int) -> _TextTable | None:
    """An Org table outside an Org file (``|-------+-------|`` rules between ``| a | b |``
    rows): its lines are its rows, the rules only separate them; as Org reads it, a first
    row with a rule under it and rows after is the table's header."""
    end = _pipe_run_end(lines, top)
    block = lines[top:end]
    if not any("+" in x and _ORG_RULE_RE.match(x) for x in block):
        return None
    rows: list[tuple[int, int, list[str]]] = []
    header = False
    for n, line in enumerate(block, top):
        if _ORG_RULE_RE.match(line):
            header = header or len(rows) == 1
            continue
        cells = [c.strip() for c in _PIPE_RE.split(line.rstrip().rstrip("|")[1:])]
        rows.append((n, n, cells))
    if len(rows) < 2:
        return None
    return _TextTable(top, end - 1, rows, header)


def _org_tables(lines: list[str]) -> list[_TextTable]:
    """An Org file's tables ruled with ``|---+---|`` lines (:func:`_org_table`), built apart
    as a text table outside an Org file is: a rule is no row, the row over the first rule
    the header; a table of ``|`` rows alone is left to the Markdown parser."""
    out: list[_TextTable] = []
    n = 0
    while n < len(lines):
        if not lines[n].startswith("|"):
            n += 1
        elif (table := _org_table(lines, n)) is not None:
            out.append(table)
            n = table.last + 1
        else:
            n = _pipe_run_end(lines, n)
    return out


def _headless_pipe_table(lines: list[str], top: int) -> _TextTable | None:
    """``| a | b |`` rows with no header over a rule row (a rule only above the first
    row, or none), which CommonMark reads as a paragraph of pipes: three rows or more
    of two cells or more, that may hold talks (:func:`_programme_rows`), are a table
    whose columns are read by their cells. A run with a header over its rule anywhere
    is the Markdown parser's own table."""
    end = _pipe_run_end(lines, top)
    block = lines[top:end]
    if any(_rule_row(x) for x in block[1:]) or (top > 0 and lines[top - 1].strip()):
        return None
    rows = [
        (n, n, [c.strip() for c in _PIPE_RE.split(_unpiped(line)[1:])])
        for n, line in enumerate(block, top)
        if not _rule_row(line)
    ]
    cells = [r[2] for r in rows]
    if len(rows) < 3 or min(len(c) for c in cells) < 2 or not _programme_rows(cells):
        return None
    return _TextTable(top, end - 1, rows)


def _grid_table(lines: list[str], top: int) -> _TextTable | None:
    bounds = [i for i, c in enumerate(lines[top].rstrip()) if c == "+"]
    rows: list[tuple[int, int, list[str]]] = []
    held: list[str] = []
    first = top + 1
    n = top + 1
    while n < len(lines) and len(rows) < MAX_TEXT_TABLE_ROWS:
        line = lines[n].rstrip()
        if line.startswith("+") and _GRID_RULE_RE.fullmatch(line):
            if held:
                rows.extend(_grid_rows(held, first, bounds))
            held = []
            first = n + 1
            n += 1
            continue
        if not (line.startswith("|") and len(line) >= bounds[-1] and line[bounds[-1]] in "|+"):
            break
        held.append(line)
        n += 1
    last = n - 1
    if held or not rows or not lines[last].startswith("+"):
        return None
    return _TextTable(top, last, rows)


def _grid_rows(held: list[str], first: int, bounds: list[int]) -> list[tuple[int, int, list[str]]]:
    """The rows of the lines between two whole rules of a grid table: a rule drawn across
    some of its columns only (``|      +------+------+``) ends the cells above it there,
    while a cell it does not cross spans the rows it separates (a date over two talks),
    its words in each of them; without such a rule, one row of cells."""
    cuts = [b for b in bounds[1:-1] if all(len(x) > b and x[b] in "|+" for x in held)]
    edges = [bounds[0], *cuts, bounds[-1]]
    columns = list(itertools.pairwise(edges))
    ruled = [
        [k for k, x in enumerate(held) if _crossed(x[a + 1 : b], x[a : a + 1], x[b : b + 1])]
        for a, b in columns
    ]
    stops = sorted(set().union(*ruled))
    whole = range(len(held))
    if not stops or len(stops) > MAX_GRID_SUBROWS:
        return [(first, first + len(held), [_cell_words(held, c, whole) for c in columns])]
    words: dict[tuple[int, int], str] = {}  # a spanning cell's words, joined once
    rows = []
    for start, stop in itertools.pairwise([-1, *stops, len(held)]):
        if stop - start <= 1:
            continue
        cells = []
        for c, column in enumerate(columns):
            at = bisect.bisect_left(ruled[c], stop)  # the column's rules up to this row's end
            top = ruled[c][at - 1] if at and ruled[c][at - 1] < stop else -1
            bottom = ruled[c][at] if at < len(ruled[c]) else len(held)
            if (c, top) not in words:
                words[c, top] = _cell_words(held, column, range(top + 1, bottom))
            cells.append(words[c, top])
        rows.append((first + start + 1, first + stop, cells))
    return rows


MAX_GRID_SUBROWS = 64
"""Rows one grid row's partial rules may cut it into (more: the row read whole)."""


def _crossed(segment: str, left: str, right: str) -> bool:
    """A cell's part of a line that is a rule across it (``+-----+``)."""
    return left == "+" and right == "+" and bool(segment) and not segment.strip("-=")


def _cell_words(held: list[str], column: tuple[int, int], span: range) -> str:
    """A column's cell: the words of its lines in ``span``, joined."""
    a, b = column
    words = [held[k][a + 1 : b].strip() for k in span]
    return " ".join(w for w in words if w.strip("-=+ "))


def _simple_table(lines: list[str], rule: int, least: int = 2) -> _TextTable | None:
    """The simple table whose rule is ``lines[rule]``: the header line above it (and
    reStructuredText's rule above that), then a row a line up to a blank line, a line
    whose first cell is empty continuing the row above; ``least`` as :func:`_dash_runs`'s."""
    runs = [m.span() for m in _RUN_RE.finditer(lines[rule])]
    starts = [a for a, _ in runs]
    head = rule - 1
    top = rule
    rows: list[tuple[int, int, list[str]]] = []
    if head >= 0 and lines[head].strip() and _aligned(lines[head], starts):
        top = head
        if head >= 1 and _dash_runs(lines[head - 1], least):
            top = head - 1  # reStructuredText's rule above the header
        rows.append((head, head, _slices(lines[head], starts)))
    n = rule + 1
    while n < len(lines) and len(rows) < MAX_TEXT_TABLE_ROWS:
        line = lines[n]
        if not line.strip():
            break
        if line[:1] in ("-", "=") and _dash_runs(line, least):
            n += 1  # reStructuredText's closing rule (or the one under its header)
            if n < len(lines) and lines[n].strip() and not _aligned(lines[n], starts):
                break
            continue
        if not _aligned(line, starts):
            break
        cells = _slices(line, starts)
        if not cells[0] and rows and rows[-1][0] > rule:
            at, _, before = rows[-1]  # a row's wrapped line: its first cell empty
            rows[-1] = (at, n, [" ".join(filter(None, p)) for p in zip(before, cells, strict=True)])
        elif sum(1 for c in cells if c) < 2:
            break
        else:
            rows.append((n, n, cells))
        n += 1
    body = [r for r in rows if r[0] > rule]
    if len(body) < 2:
        return None
    return _TextTable(top, n - 1, rows)


def _rst_indented_rules(lines: list[str]) -> list[int]:
    """The lines of a reStructuredText file that may open a table the rule lines miss: a
    simple table indented (under a directive such as ``.. table::``, or in a block
    quote), ``=`` runs after blanks; a ``.. list-table::`` directive."""
    return [
        n
        for n, line in enumerate(lines)
        if (line[:1] == " " and line.lstrip(" ")[:2] in ("==", "= "))
        or (".. list-table::" in line and _RST_DIRECTIVE_RE.match(line))
    ]


def _rst_list_table(lines: list[str], directive: int) -> _TextTable | None:
    """The table a ``.. list-table::`` directive draws as a two-level list: each ``* -``
    item a row, each ``-`` under it a cell (its words wrapped over the lines below);
    ``:header-rows: 1`` makes the first row the header. Rows of unequal cells, or fewer
    than two, are no table (the list stays a list)."""
    indent = len(lines[directive]) - len(lines[directive].lstrip(" "))
    header = False
    rows: list[tuple[int, int, list[str]]] = []
    cells: list[str] = []
    n = directive + 1
    while n < len(lines) and len(rows) < MAX_TEXT_TABLE_ROWS:
        line = lines[n]
        body = line.lstrip(" ")
        if line.strip() and len(line) - len(body) <= indent:
            break
        if body.startswith("* - ") or body.rstrip() == "* -":
            rows.append((n, n, []))
            cells = rows[-1][2]
            cells.append(body[3:].strip())
        elif rows and (body.startswith("- ") or body.rstrip() == "-"):
            cells.append(body[1:].strip())
        elif rows and body.strip():
            cells[-1] = " ".join(filter(None, (cells[-1], body.strip())))
        elif not rows and body.startswith(":header-rows:"):
            header = body.split(":", 2)[2].strip() not in ("", "0")
        if rows and body.strip():
            rows[-1] = (rows[-1][0], n, cells)
        n += 1
    widths = {len(cells) for _, _, cells in rows}
    if len(rows) < 2 or len(widths) != 1 or widths.pop() < 2:
        return None
    return _TextTable(rows[0][0], rows[-1][1], rows, header)


def _rst_simple_table(lines: list[str], rule: int) -> _TextTable | None:
    """A reStructuredText simple table at its rule ``lines[rule]``, at the margin or
    indented as deep as its rule (a line less indented ends it): its columns may be one
    character wide, and a row under the rule right below the first row makes that row the
    header. An indented one in a literal block (after ``::``, or a ``.. code::``) is code."""
    rule_line = lines[rule]
    indent = len(rule_line) - len(rule_line.lstrip(" "))
    if indent and _rst_literal(lines, rule, indent):
        return None
    top = max(0, rule - 2)
    end = rule
    while end < len(lines) and end - rule <= MAX_TEXT_TABLE_ROWS + 2 and lines[end].strip():
        end += 1
    pad = " " * indent
    view = [x[indent:] if x.startswith(pad) else "" for x in lines[top:end]]
    table = _simple_table(view, rule - top, 1)
    if table is None:
        return None
    rows = [(a + top, b + top, cells) for a, b, cells in table.rows]
    header = (
        len(rows) > 2
        and rows[0][0] > rule
        and rows[1][0] == rows[0][1] + 2
        and _dash_runs(lines[rows[0][1] + 1].lstrip(" "), 1)
    )
    return _TextTable(table.first + top, table.last + top, rows, header)


_RST_CODE_DIRECTIVES = frozenset(
    {"code", "code-block", "sourcecode", "highlight", "literalinclude", "parsed-literal"}
)
_RST_DIRECTIVE_RE = re.compile(r"[ \t]{0,40}\.\. ([\w-]{1,40})::")


def _rst_literal(lines: list[str], n: int, indent: int) -> bool:
    """Whether the line ``n``, indented by ``indent``, stands in a literal block: the
    nearest line above it indented less ends with ``::`` and is no directive, or is a
    directive showing code (``.. code-block::``)."""
    for k in range(n - 1, max(-1, n - 500), -1):
        line = lines[k]
        if not line.strip() or len(line) - len(line.lstrip(" ")) >= indent:
            continue
        if m := _RST_DIRECTIVE_RE.match(line):
            return m.group(1).lower() in _RST_CODE_DIRECTIVES
        return line.rstrip().endswith("::")
    return False


def _aligned(line: str, starts: list[int]) -> bool:
    """A line whose words leave a gap before every column's start (a row of the table)."""
    return (
        all(len(line) <= s or line[s - 1] in " \t" for s in starts[1:]) and not line[:1].isspace()
    )


def _slices(line: str, starts: list[int]) -> list[str]:
    edges = [*starts[1:], len(line)]
    return [line[a:b].strip() for a, b in zip([0, *starts[1:]], edges, strict=True)]


def _blank_text_tables(lines: list[str], tables: list[_TextTable]) -> list[str]:
    """The lines the parser is given, with the tables drawn in text left blank (their
    nodes are built apart, :func:`_with_text_tables`)."""
    if not tables:
        return lines
    out = list(lines)
    for table in tables:
        for n in range(table.first, table.last + 1):
            out[n] = ""
    return out


def _with_text_tables(nodes: list[Node], tables: list[_TextTable], text: str) -> list[Node]:
    """The top-level nodes with a ``table`` node for each table drawn in text, in place
    of the filler that holds its lines; its rows tile its lines (a grid row takes its
    rule line), each cell's words read as Markdown's inline text."""
    if not tables:
        return nodes
    starts = _line_starts(text)

    def at(line: int) -> int:
        return starts[line] if line < len(starts) else len(text)

    out = list(nodes)
    for table in tables:
        t0, t1 = at(table.first), at(table.last + 1)
        rows: list[Node] = []
        for i, (_, _, cells) in enumerate(table.rows):
            r0 = t0 if i == 0 else rows[-1].end
            r1 = t1 if i == len(table.rows) - 1 else at(table.rows[i + 1][0])
            row = Node("row", r0, r1, children=[_md_cell(c) for c in cells])
            if i == 0 and table.header:
                row.attrs["header"] = True
            rows.append(row)
        node = Node("table", t0, t1, children=rows)
        for k, filler in enumerate(out):
            if filler.kind not in ("text", "blank") or not (filler.start <= t0 < filler.end):
                continue
            parts = []
            if filler.start < t0:
                parts.append(_filler(text, filler.start, t0))
            parts.append(node)
            if t1 < filler.end:
                parts.append(_filler(text, t1, filler.end))
            out[k : k + 1] = parts
            break
    return out


# ---------------------------------------------------------------- AsciiDoc

_ADOC_TITLE_RE = re.compile(r"^(={1,6}) (\S.{0,500})$")
_ADOC_ATTR_RE = re.compile(r"^:[\w-]{1,40}:(?:[ \t].{0,500})?$")
_ADOC_LINK_RE = re.compile(r"\b(https?://[^\s\[\]]{1,1000})\[([^\[\]\n]{1,500})\]")
"""An AsciiDoc link, ``https://example.org[Words]``."""


def looks_asciidoc(text: str) -> bool:
    """An AsciiDoc file by its own markers: a document title ``= Title`` on its first line,
    or section titles ``== Section`` (which Markdown never writes) and no ``#`` headings,
    or a section title and a table fenced by ``|===`` lines."""
    lines = [x for x in text[:65536].split("\n", 400)[:400] if x.strip()]
    if not lines:
        return False
    if lines[0].startswith("= ") and len(lines[0]) > 2:
        return True
    sections = sum(1 for x in lines if x.startswith("== ") and len(x) > 3)
    if any(x.startswith("# ") for x in lines):
        return False
    return sections >= 2 or (sections >= 1 and sum(x.rstrip() == "|===" for x in lines) >= 2)


def _asciidoc_lines(lines: list[str]) -> list[str]:
    """An AsciiDoc file's section titles as Markdown headings and its links as Markdown's,
    line for line (offsets stay those of the source); ``:attribute:`` lines are settings."""
    out = []
    for line in lines:
        if m := _ADOC_TITLE_RE.match(line):
            out.append("#" * len(m.group(1)) + " " + m.group(2))
        elif _ADOC_ATTR_RE.match(line):
            out.append("")
        elif "[" in line and "://" in line:
            out.append(_ADOC_LINK_RE.sub(r"[\2](\1)", line))
        else:
            out.append(line)
    return out


_ADOC_CELL_RE = re.compile(
    r"(?:(?:^|(?<=\s))(?:(\d{1,2})\+|\d{1,2}\*)?[<^>]?(?:\.[<^>])?[adehlmsv]?)?(?<!\\)\|", re.M
)
"""An AsciiDoc table cell's opening bar with its specifier before it (``|``, ``3+|`` spanning
three columns, ``a|`` a cell of AsciiDoc blocks); a bar after a backslash is a cell's own."""
_ADOC_COLS_RE = re.compile(
    r"""\bcols\s{0,4}=\s{0,4}(?:"([^"\n]{0,300})"|'([^'\n]{0,300})'|([\w*.<^>+]{1,100}))"""
)
"""A table's ``cols`` attribute (``cols="3,7,7a"``, ``cols=3*``): how many columns it has."""


def _asciidoc_width(attributes: str, first: str) -> int:
    """How many columns an AsciiDoc table has: its ``cols`` attribute's entries (``3*``
    counts three), else the cells on its first line."""
    if m := _ADOC_COLS_RE.search(attributes):
        entries = [e.strip() for e in (m.group(1) or m.group(2) or m.group(3) or "").split(",")]
        count = sum(int(e.split("*")[0]) if re.match(r"\d{1,2}\*", e) else 1 for e in entries)
        if count:
            return count
    return max(1, sum(1 for _ in _ADOC_CELL_RE.finditer(first)))


def _asciidoc_tables(lines: list[str]) -> list[_TextTable]:
    """AsciiDoc tables (a ``|===`` line, rows of ``|``-opened cells, a ``|===`` line): a row
    is as many cells as the table has columns (a ``3+|`` cell spans three), over one line
    or several; its cells' words as they read, with the blank cells a span covers."""
    out: list[_TextTable] = []
    n = 0
    while n < len(lines):
        if lines[n].rstrip() != "|===":
            n += 1
            continue
        end = next((k for k in range(n + 1, len(lines)) if lines[k].rstrip() == "|==="), -1)
        if end < 0:
            break
        attributes = lines[n - 1] if n and lines[n - 1].startswith("[") else ""
        first = next((x for x in lines[n + 1 : end] if x.strip()), "")
        rows = _asciidoc_rows(lines, n + 1, end, _asciidoc_width(attributes, first))
        if rows:
            out.append(_TextTable(n, end, rows, _asciidoc_header(lines, n, attributes, rows)))
        n = end + 1
    return out


_ADOC_HEADER_RE = re.compile(r"(?:options|opts)=\"?[\w,]{0,40}?\bheader\b|%header\b")
"""A table's attributes saying its first row is its header (``options="header"``, ``%header``)."""


def _asciidoc_header(
    lines: list[str], fence: int, attributes: str, rows: list[tuple[int, int, list[str]]]
) -> bool:
    """Whether an AsciiDoc table's first row is its header: its attributes say so, or
    (AsciiDoc's implicit header) the row is the table's first line, all its cells on
    that one line, with a blank line under it and rows after (a row's span runs on to
    the next row's first cell, so the blank line is the line under the table's first)."""
    if _ADOC_HEADER_RE.search(attributes):
        return True
    if "noheader" in attributes or len(rows) < 2:
        return False
    return rows[0][0] == fence + 1 < rows[1][0] - 1 and not lines[fence + 2].strip()


def _asciidoc_rows(
    lines: list[str], top: int, end: int, width: int
) -> list[tuple[int, int, list[str]]]:
    """The rows of an AsciiDoc table's body (lines ``top`` to ``end``, not included): as
    many cells as the table has columns make a row. [] when a line holds more cells than
    that: the ``cols`` it says are not its rows' (ragged rows written one a line, which
    are read as the pipe lines they look like)."""
    starts = [0]
    for line in lines[top:end]:
        starts.append(starts[-1] + len(line) + 1)
    body = "\n".join(lines[top:end])
    bars = list(_ADOC_CELL_RE.finditer(body))
    line_of = [bisect.bisect_right(starts, bar.start()) - 1 for bar in bars]
    spans = [int(bar.group(1)) if bar.group(1) else 1 for bar in bars]
    counts: dict[int, int] = {}
    for k, span in zip(line_of, spans, strict=True):
        counts[k] = counts.get(k, 0) + span
    if counts and max(counts.values()) > width:
        # more cells on a line than the ``cols`` it says: rows written one a line, each
        # line a row (AsciiDoc would flow the cells on; the writer meant lines)
        return _asciidoc_line_rows(body, top, bars, line_of, spans)
    rows: list[tuple[int, int, list[str]]] = []
    cells: list[str] = []
    row_top = top
    for i, bar in enumerate(bars):
        stop = bars[i + 1].start() if i + 1 < len(bars) else len(body)
        if not cells:
            row_top = top + line_of[i]
        words = _adoc_cell_words(body, bars, i)
        cells += [words] + [""] * (spans[i] - 1)
        if len(cells) >= width or i + 1 == len(bars):
            last = top + bisect.bisect_right(starts, max(bar.end(), stop - 1)) - 1
            rows.append((row_top, max(row_top, last), (cells + [""] * width)[:width]))
            cells = []
    return rows


def _adoc_cell_words(body: str, bars: list[re.Match[str]], i: int) -> str:
    """The words of an AsciiDoc table's ``i``-th cell: from its bar to the next one. A
    cell of AsciiDoc blocks (``a|``) keeps its blocks a line apart, a list's items each on
    a line of its own without its marker, as an HTML cell holding a paragraph and a list
    reads (``“Stand up” :`` over ``Demo(s)``); any other cell's words run on."""
    stop = bars[i + 1].start() if i + 1 < len(bars) else len(body)
    words = body[bars[i].end() : stop]
    if not bars[i].group(0)[:-1].endswith("a"):
        return " ".join(words.split()).replace("\\|", "|")
    lines: list[str] = []
    joined = False  # whether the next line of words goes on the paragraph above
    for line in words.split("\n"):
        item = _ADOC_ITEM_RE.match(line)
        text = " ".join(line[item.end() if item else 0 :].split()).replace("\\|", "|")
        if not text:
            joined = False
        elif joined and not item:
            lines[-1] += " " + text
        else:
            lines.append(text)
            joined = True
    return "\n".join(lines)


_ADOC_ITEM_RE = re.compile(r"[ \t]{0,8}(?:[*.]{1,5}|-)[ \t]+(?=\S)")
"""An AsciiDoc list item's marker (``* ``, ``** ``, ``. ``, ``- ``)."""


def _asciidoc_line_rows(
    body: str,
    top: int,
    bars: list[re.Match[str]],
    line_of: list[int],
    spans: list[int],
) -> list[tuple[int, int, list[str]]]:
    """An AsciiDoc table's rows one a line (its lines holding more cells than its ``cols``
    says): each line's cells, as wide as the widest line, the words of a line with no bar
    going on the cell before them."""
    width = 0
    rows: dict[int, list[str]] = {}
    for i in range(len(bars)):
        cells = rows.setdefault(line_of[i], [])
        cells += [_adoc_cell_words(body, bars, i)] + [""] * (spans[i] - 1)
        width = max(width, len(cells))
    return [(top + k, top + k, (cells + [""] * width)[:width]) for k, cells in rows.items()]


# ---------------------------------------------------------------- reStructuredText

_RST_ADORNMENT = "=-`:'\"~^_*+#<>."
_RST_LINK_RE = re.compile(r"`([^`<\n]{1,500}?)\s*<([^<>`\s]{1,500})>`__?")
"""``\u0060*Title* <url>\u0060__``: a reStructuredText link, its words and its target."""
_RST_EXPLICIT_RE = re.compile(r"\.\. (?:_[^:\n]{1,80}:|[\w-]{1,40}::)")
"""An explicit markup line: a hyperlink target (``.. _talks:``) or a directive (``.. note::``)."""
_RST_ITEM_RE = re.compile(r"[ \t]{0,8}(?:[-*+]|\d{1,3}[.)])[ \t]")
"""A list item's first line (``- words``, ``3. words``)."""
_RST_FIELD_RE = re.compile(r":([^\W\d_][\w .-]{0,39}?):(?:[ \t]+(\S.*))?$")
"""A field list's field at the margin (``:Speakers: Ana Ruiz``, or ``:Date:`` over its
value indented below): docutils' bibliographic fields after a document's title."""


def _underline(line: str, title: str) -> str:
    """The adornment character of a section title's underline, or ``""``."""
    line = line.rstrip()
    if len(line) < 3 or line[0] not in _RST_ADORNMENT or line.strip(line[0]):
        return ""
    title = title.strip()
    if (
        not title
        or len(line) < len(title)
        or (title[0] in _RST_ADORNMENT and not title.strip(title[0]))
    ):
        return ""
    return line[0]


def rst_underline(line: str, title: str) -> str:
    """The adornment character of a reStructuredText section title's underline, or ``""``."""
    return _underline(line, title)


def rst_field(line: str) -> tuple[str, str] | None:
    """A reStructuredText field at the margin (``:Speakers: Ana Ruiz``): its name and the
    value on its line (``""`` when the value is indented below)."""
    m = _RST_FIELD_RE.match(line.rstrip())
    return (m.group(1).strip(), m.group(2) or "") if m else None


_FENCES = ("```", "~~~")


def looks_rst(text: str) -> bool:
    """A reStructuredText file by its own markers: section titles underlined with a
    character Markdown does not underline with (``####``, ``^^^^``, ``~~~~``), or its
    anonymous links (``\u0060Title <url>\u0060__``), interpreted text with a role, and
    line blocks (``| line``). Titles underlined with ``=`` or ``-`` (Markdown's too)
    count beside the markup Markdown never writes: two of its links, or an explicit
    target or directive (``.. _talks:``). A Markdown fence (three backticks or tildes)
    closing a block of code after a short line (``end``, ``}``) is no underline. Two
    explicit lines (``.. _schedule: url`` under a paragraph citing `schedule`_) beside
    underlined titles say it alone."""
    lines = text[:65536].split("\n", 400)[:400]
    underlined = [
        c
        for a, b in itertools.pairwise(lines)
        if (c := _underline(b, a)) and a.strip() and b.rstrip() not in _FENCES
    ]
    marks = sum(1 for c in underlined if c not in "=-")
    # its links, and its interpreted text with a role (`` `Title`:title: ``), which
    # Markdown never writes: each holds a backtick, so a head with none is not searched
    # (the role's pattern, tried at every character, cost more than the rest together)
    head = text[:65536]
    links = len(_RST_LINK_RE.findall(head)) + len(_RST_ROLE_RE.findall(head)) if "`" in head else 0
    if marks >= 1 and (marks >= 2 or links >= 1):
        return True
    explicit = sum(1 for line in lines if _RST_EXPLICIT_RE.match(line))
    if underlined and (links >= 2 or (explicit >= 1 and links >= 1) or explicit >= 2):
        return True
    if underlined and _rst_titled_fields(lines):
        return True
    if links and _rst_metadata_comments(lines):
        return True
    # a title over- and underlined with "=" (Markdown's "=====" line is no overline) over
    # a field list (":Date:", ":Speakers:"), as docutils' documents open; or opening the
    # file, its two lines alike: Markdown has no line of "=" before a document's title
    overlined = [
        n
        for n, (a, b, c) in enumerate(zip(lines, lines[1:], lines[2:], strict=False))
        if a.strip() and _underline(a, b) == "=" and _underline(c, b) == "="
    ]
    first = next((n for n, line in enumerate(lines) if line.strip()), -1)
    if (
        overlined
        and overlined[0] == first
        and lines[first].rstrip() == lines[first + 2].rstrip()
        and _rst_beyond_banner(lines[first + 3 :])
    ):
        return True
    return bool(overlined) and any(_RST_FIELD_RE.match(line) for line in lines)


_RST_METADATA_RE = re.compile(r"\.\. [a-z][\w-]{0,30}:(?:[ \t]|$)")
"""``.. title: Go meetup``: a post's metadata written as rST comments (Nikola's)."""
_RST_METADATA_LEAST = 2
"""Such lines opening a text that make them its metadata."""


def _rst_metadata_comments(lines: list[str]) -> bool:
    """Whether the text opens with a run of ``.. key: value`` comments (``.. title:``,
    ``.. date:``, as Nikola writes a reStructuredText post's metadata): Markdown writes
    them only inside an HTML comment."""
    first = next((n for n, line in enumerate(lines) if line.strip()), -1)
    run = 0
    for line in lines[max(first, 0) :]:
        if not _RST_METADATA_RE.match(line):
            break
        run += 1
    return run >= _RST_METADATA_LEAST


def _rst_titled_fields(lines: list[str]) -> bool:
    """Whether the text opens with a title underlined and a field list right under it
    (``:date: 2020-03-25``, as a Pelican post writes its metadata): Markdown writes no
    ``:name: value`` line under its first heading."""
    first = next((n for n, line in enumerate(lines) if line.strip()), -1)
    if first < 0 or first + 1 >= len(lines) or not _underline(lines[first + 1], lines[first]):
        return False
    field = next((line for line in lines[first + 2 : first + 6] if line.strip()), "")
    return _RST_FIELD_RE.match(field.rstrip()) is not None


_RST_ROLE_RE = re.compile(r"(?<![\w`]):[a-z][\w-]{0,30}:`[^`\n]{1,200}`")
"""An interpreted text's role (``:ref:`talks```, ``:doc:`intro```): rST's own markup."""
_RST_SECTIONS_MIN = 2
"""Underlined section titles under an opening banner that make it a hierarchy's top."""


def _rst_beyond_banner(lines: list[str]) -> bool:
    """Whether the lines under an opening ``=====`` / title / ``=====`` banner write
    reStructuredText of their own: section titles underlined under it (two or more: a
    hierarchy of levels), a field list, an explicit markup line (``.. note::``), a role
    or a literal block's ``::``. A plain-text README or programme opens on such a
    banner too, and reading it as rST would join its lines."""
    sections = sum(
        1
        for a, b in itertools.pairwise(lines)
        if a.strip() and _underline(b, a) and b.rstrip() not in _FENCES
    )
    text = "\n".join(lines)
    return (
        sections >= _RST_SECTIONS_MIN
        or any(_RST_FIELD_RE.match(line) or _RST_EXPLICIT_RE.match(line) for line in lines)
        or any(line.rstrip().endswith("::") for line in lines)
        or _RST_ROLE_RE.search(text) is not None
    )


def _rst_lines(lines: list[str]) -> list[str]:
    """A reStructuredText file's structures as Markdown, line for line (offsets stay
    those of the source): section titles as headings, levels in the order their
    adornments first appear; a paragraph's lines, and a line block's line (``| words``)
    wrapped over several physical lines, as one line (on the last of them, the others
    left blank); links as Markdown links, in a paragraph or on a list item's first
    line. Directives, comments (``.. x``),
    field lists, lists and indented blocks stay as written."""
    out = _refs_resolved(list(lines))
    levels: list[str] = []
    blocks: list[tuple[int, int]] = []  # the physical lines of each line block's line
    n = 0
    while n < len(out):
        line = out[n]
        if (
            n + 2 < len(out)
            and (c := _underline(line, out[n + 1]))
            and out[n + 1].strip()
            and _underline(out[n + 2], out[n + 1]) == c
        ):
            # "=====" / "Title" / "=====": a title over- and underlined, a level of its own
            if (key := c + c) not in levels:
                levels.append(key)
            out[n] = ""
            out[n + 1] = "#" * min(6, levels.index(key) + 1) + " " + out[n + 1].strip()
            out[n + 2] = ""
            n += 3
            continue
        if n + 1 < len(out) and (c := _underline(out[n + 1], line)) and line.strip():
            if c not in levels:
                levels.append(c)
            out[n] = "#" * min(6, levels.index(c) + 1) + " " + line.strip()
            out[n + 1] = ""
            n += 2
            continue
        if line[:1] == ":" and (field := _RST_FIELD_RE.match(line.rstrip())):
            # a field as a "Name: value" line, its value's indented lines joined to it
            said = [field.group(2) or ""]
            m = n + 1
            while m < len(out) and out[m][:1] in (" ", "\t") and out[m].strip():
                said.append(out[m].strip())
                m += 1
            for k in range(n, m - 1):
                out[k] = ""
            value = _RST_LINK_RE.sub(r"[\1](\2)", " ".join(w for w in said if w))
            out[m - 1] = f"{field.group(1).strip()}: {value}".rstrip()
            n = m
            continue
        if _rst_prose(line) and (m := _rst_definition_end(out, n)) > n + 1:
            # "11:10" over its indented definition: a definition list's term and definition
            defined = out[n + 1].lstrip()
            defined = ":" + " " * max(1, len(out[n + 1]) - len(defined) - 1) + defined
            defined = " ".join([defined, *(out[k].strip() for k in range(n + 2, m))])
            out[n] = line.strip()
            out[n + 1] = _RST_LINK_RE.sub(
                _padded("[{1}]({2})"), _RST_ROLE_RE.sub(_padded("*{1}{2}*"), defined)
            )
            for k in range(n + 2, m):
                out[k] = ""
            n = m
            continue
        block = line.startswith("| ") or line == "|"
        if not (block or _rst_prose(line)):
            if _RST_ITEM_RE.match(line):
                n = _rst_item_joined(out, n)  # a list item's lines, its linked title
                continue
            n += 1
            continue
        joined = [line[1:].strip() if block else line.strip()]
        m = n + 1
        while (
            m < len(out)
            and _rst_prose(out[m])
            and not _underline(out[m + 1] if m + 1 < len(out) else "", out[m])
        ):
            joined.append(out[m].strip())  # the same line, wrapped
            m += 1
        for k in range(n, m - 1):
            out[k] = ""
        out[m - 1] = _RST_LINK_RE.sub(r"[\1](\2)", " ".join(joined)) + ("  " if block else "")
        if block:
            blocks.append((n, m - 1))
        n = m
    return _line_blocks_together(out, blocks)


def _rst_item_joined(out: list[str], n: int) -> int:
    """The list item opening on line ``n`` as one line there, the indented lines its words
    wrap onto (up to a blank line, a nested item or a directive) joined to it and left
    blank, its links as Markdown's: a link wrapped inside its words
    (`` `Title`` over ``<url>`__``) is one link again, and the item's words one line, as
    the built page shows them. The number of the line after the item."""
    m = n + 1
    while (
        m < len(out)
        and out[m][:1] in (" ", "\t")
        and out[m].strip()
        and not _RST_ITEM_RE.match(out[m])
        and not out[m].lstrip().startswith("..")
    ):
        m += 1
    joined = " ".join([out[n].rstrip(), *(out[k].strip() for k in range(n + 1, m))])
    if "`" in joined:
        joined = _RST_LINK_RE.sub(r"[\1](\2)", joined)
    out[n] = joined
    for k in range(n + 1, m):
        out[k] = ""
    return m


_RST_TARGET_RE = re.compile(r"\.\. _(?P<label>[^:`\n]{1,80}):[ \t]{0,8}$")
"""``.. _session-3:``: a hyperlink target, naming the section right under it."""
_RST_REF_RE = re.compile(
    r":ref:`(?:(?P<text>[^`<\n]{1,200}?)[ \t]{0,4}<(?P<to>[^`<>\n]{1,80})>"
    r"|(?P<label>[^`<>\n]{1,80}))`"
)
"""``:ref:`label```, ``:ref:`Words <label>```: a cross-reference to a target."""


def _refs_resolved(lines: list[str]) -> list[str]:
    """Each ``:ref:`label``` as the title of the section its target stands over (a
    Sphinx page's timetable of references to the talks' sections below), and
    ``:ref:`Words <label>``` as its words, as a reader of the built page sees them. A
    reference to no section of the page keeps its label."""
    titles: dict[str, str] = {}
    for n, line in enumerate(lines):
        if (m := _RST_TARGET_RE.match(line)) is None:
            continue
        at = next((k for k in range(n + 1, min(n + 4, len(lines))) if lines[k].strip()), -1)
        if 0 <= at < len(lines) - 1 and _underline(lines[at + 1], lines[at]):
            titles[m.group("label").strip().casefold()] = lines[at].strip()
    if not titles:
        return lines

    def said(m: re.Match[str]) -> str:
        if m.group("text"):
            return m.group("text")
        return titles.get(m.group("label").strip().casefold(), m.group(0))

    return [_RST_REF_RE.sub(said, line) if ":ref:`" in line else line for line in lines]


def _line_blocks_together(out: list[str], blocks: list[tuple[int, int]]) -> list[str]:
    """The lines of one line block (``| Title`` over ``| Authors``, each wrapped over
    physical lines) moved down to the block's last lines, one under the other, the blanks
    their wrapping left above them: one paragraph, as the block is, not one per line
    (a title's authors wrapped over five lines stay the title's)."""
    run: list[int] = []
    for first, last in [*blocks, (-1, -1)]:
        if run and first == run[-1] + 1:
            run.extend(range(first, last + 1))
            continue
        texts = [out[k] for k in run if out[k]]
        for k, text in zip(run, [""] * (len(run) - len(texts)) + texts, strict=True):
            out[k] = text
        run = list(range(first, last + 1)) if first >= 0 else []
    return out


_RST_ROLE_RE = re.compile(
    r"`([^`\n]{1,300})`:[A-Za-z][\w.+-]{0,30}:|(?<![\w:]):[A-Za-z][\w.+-]{0,30}:`([^`\n]{1,300})`"
)
"""Interpreted text and its role on either side (`` `Title`:title: ``, ``:doc:`Title` ``):
the words, which a built page sets apart (a title reference in italics)."""


def _rst_cells(table: _TextTable) -> _TextTable:
    """A reStructuredText table with its cells' links and roles as Markdown's, so a
    cell's linked title reads as a link (its words), as it does in a paragraph."""

    def said(cell: str) -> str:
        if "`" not in cell:
            return cell
        linked = _RST_LINK_RE.sub(r"[\1](\2)", cell)
        return _RST_ROLE_RE.sub(lambda m: f"*{m.group(1) or m.group(2)}*", linked)

    table.rows = [(a, b, [said(c) for c in cells]) for a, b, cells in table.rows]
    return table


def _padded(form: str) -> Callable[[re.Match[str]], str]:
    """A replacement in ``form`` (its groups as ``{1}``, ``{2}``) padded with spaces to
    the length of what it replaces, so that what follows on the line keeps its column
    (readers map a node back to the source by its offsets)."""

    def replace(m: re.Match[str]) -> str:
        said = form.format(m.group(0), *(g or "" for g in m.groups()))
        return said + " " * max(0, len(m.group(0)) - len(said))

    return replace


def _rst_definition_end(lines: list[str], n: int) -> int:
    """The line after the definition that ``lines[n]`` is the term of: a term is one line
    after a blank one (or the file's start), its definition the indented lines right under
    it, up to a blank line. ``n + 1`` when the line is no term."""
    if n > 0 and lines[n - 1].strip():
        return n + 1
    m = n + 1
    while m < len(lines) and lines[m][:1] in (" ", "\t") and lines[m].strip():
        m += 1
    return m


def _rst_prose(line: str) -> bool:
    """A line of a paragraph's words (not a list's, a field's, a directive's, a line
    block's, nor an indented block's)."""
    head = line[:1]
    return bool(
        line.strip()
        and head not in (" ", "\t", "|", ":", "-", "*", "+", ".")
        and not re.match(r"\d{1,3}[.)]\s", line)
    )


_BLOCK_NAMES = {
    "bullet_list": "list",
    "ordered_list": "list",
    "list_item": "item",
    "blockquote": "quote",
    "table": "table",
    "thead": "",
    "tbody": "",
    "trow": "row",
    "definition_list": "deflist",
    "definition_term": "term",
    "definition_description": "definition",
    "heading": "heading",
    "lheading": "heading",
    "paragraph": "paragraph",
    "front_matter": "front",
    "fence": "code",
    "code_block": "code",
    "html_block": "html",
    "hr": "hr",
}
"""markdown-it's block nodes by the kind of node they become (``""``: their rows join
the table)."""
_LAZY_CONTAINERS = frozenset({"list", "item", "quote", "table", "row", "deflist", "term",
                              "definition"})  # fmt: skip
_INLINE_NAMES = frozenset(
    {
        "text",
        "text_special",
        "em",
        "strong",
        "link",
        "autolink",
        "image",
        "code_inline",
        "softbreak",
        "hardbreak",
        "html_inline",
        "s",
    }
)


def _after_raw_html(text: str, start: int) -> bool:
    """The indented block at ``start`` is the body of a reStructuredText ``.. raw:: html``
    directive: HTML a reader sees as the page, not code."""
    before = text[max(0, start - 300) : start].rstrip()
    return before.rsplit("\n", 1)[-1].strip().lower() == ".. raw:: html"


_RAW_HTML_RE = re.compile(r"^[ \t]*\.\.[ \t]+raw::[ \t]*html[ \t]*\r?$", re.I | re.M)
_UNINDENTED_RE = re.compile(r"^\S", re.M)


@functools.lru_cache(maxsize=4)
def _raw_html_bodies(text: str) -> tuple[tuple[int, int], ...]:
    """The bodies of reStructuredText's ``.. raw:: html`` directives: every line after the
    directive up to the next line that is not indented (blank lines inside included), as
    (start, end) spans. Its HTML is one page: a row indented deeper after a blank line is
    still a row of the table above it, not a code block."""
    out: list[tuple[int, int]] = []
    for m in _RAW_HTML_RE.finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        start = m.end() + 1
        after = _UNINDENTED_RE.search(text, start)
        end = after.start() if after else len(text)
        if end > start:
            out.append((start, end))
    return tuple(out)


_PIPE_RE = re.compile(r"(?<!\\)\|")


def _pipe_rows(text: str, start: int, end: int) -> list[Node]:
    """``| 9:30 | Opening |`` lines with no ``|---|`` line under the first: a table all
    the same (every line a row between pipes, each with the same number of cells),
    its rows spanning their lines, its cells' words read as Markdown. Rows between
    doubled pipes (``||9:30||Opening||``, a MoinMoin or Trac wiki's table) part their
    cells at each ``||`` and may be short of cells or end on empty ones (a row whose
    cell spans the rest): each is cut or filled to the first row's width."""
    lines = text[start:end].split("\n")
    if lines and not lines[-1]:
        lines.pop()
    if len(lines) < 2 or len(lines) > 2000:
        return []
    doubled = all(x.strip().startswith("||") and x.strip().endswith("||") for x in lines)
    rows: list[Node] = []
    width = -1
    at = start
    for line in lines:
        bare = line.strip()
        if len(bare) < 3 or not (bare.startswith("|") and bare.endswith("|")):
            return []
        cells = _doubled_cells(bare, width) if doubled else _PIPE_RE.split(bare[1:-1])
        if len(cells) < 2 or (width >= 0 and len(cells) != width):
            return []
        width = len(cells)
        row_end = min(end, at + len(line) + 1)
        row = Node("row", at, row_end, children=[_md_cell(c.strip()) for c in cells])
        rows.append(row)
        at = row_end
    return rows


def _doubled_cells(bare: str, width: int) -> list[str]:
    """The cells of a ``||a||b||`` row, cut or filled to ``width`` (the first row's,
    when there is one): the empty cells it ends on dropped, missing ones empty."""
    cells = bare[2:-2].split("||")
    if width < 0:
        return cells
    while len(cells) > width and not cells[-1].strip():
        cells.pop()
    return cells + [""] * (width - len(cells))


def _md_cell(words: str) -> Node:
    """A cell of a pipe row whose words are read as Markdown's inline text (its links,
    emphasis); it owns no span of its own (its row does)."""
    source = words.replace("\\|", "|")
    parsed = _parser_for(source).tree(source) if words else None
    para = next((c for c in parsed.children if c.name == "paragraph"), None) if parsed else None
    node = Node("cell", -1, -1, 0, None if para is not None else words)
    if para is not None:
        node._lazy = (None, para)
    return node


class _MarkdownBuilder:
    """markdown-it's tree as nodes with spans: the top-level blocks at once, a
    container's children and a node's words when they are first asked for."""

    def __init__(self, text: str, offsets: _Offsets):
        self.text = text
        self.offsets = offsets
        self.size = len(text)
        # reStructuredText's raw HTML bodies, looked for once (each container's blocks
        # used to search the whole text again)
        self.raw = _raw_html_bodies(text) if _holds(text, ".. raw::") else ()
        # where a template tag may open, found once: a block holds one when the first
        # opener at or after its start ends inside it (openers never overlap)
        self.openers = _openers(text)
        # a run of positional macro calls (``\\slot{9:00}{Title}{Name}``) may stand in it
        self.macros = macro_calls.may_hold_calls(text)
        self.html: list[Node] | None = None
        """While the top level is built (a list given): its HTML blocks, in order, for
        :func:`_whole_tables` (no walk of every top-level node for them)."""

    def macro_rows(self, start: int, end: int) -> list[Node]:
        """A block made of calls of one macro (see :mod:`macro_calls`) as a table's rows:
        a row per call spanning its lines, a cell per argument read as Markdown's inline
        text; none when the block is anything else or its calls are not timed
        (:func:`macro_calls.timed`)."""
        calls = macro_calls.call_run(self.text, start, end)
        if not calls or not macro_calls.timed(calls):
            return []  # no run, or one whose calls hold no slot's time (a group's members)
        rows: list[Node] = []
        at = start
        for n, (_first, after, args) in enumerate(calls):
            stop = self.text.find("\n", after, end)
            row_end = end if stop < 0 or n == len(calls) - 1 else stop + 1
            rows.append(Node("row", at, row_end, children=[_md_cell(a) for a in args]))
            at = row_end
        return rows

    def has_opener(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds one of :data:`_RECORD_OPENERS`."""
        openers = self.openers
        if not openers:
            return False
        at = bisect.bisect_left(openers, (start, -1))
        return at < len(openers) and openers[at][1] <= end

    def span(self, srcmap: tuple[int, int] | None) -> tuple[int, int]:
        """Whole lines: from the start of the first line to the start of the next after
        the last (the spans markdown-it-py's line maps gave)."""
        if srcmap is None:
            return -1, -1
        return self.offsets.span(*srcmap)

    def blocks(self, nodes: Sequence[Any], depth: int, lo: int = -1, hi: int = -1) -> list[Node]:
        """Nodes for markdown-it's block nodes; with ``lo``/``hi``, tiled: the gaps
        between them filled with ``blank`` or ``text`` nodes (see :func:`_tile`).

        The loop of every parse, so spans and gaps are worked out in place, and the kinds
        most blocks are (a paragraph, a list, a heading) are built first."""
        out: list[Node] = []
        inline: list[Any] = []
        text = self.text
        size = self.size
        offsets = self.offsets
        lines = offsets.starts is not None  # a rewritten text: placed by line tables
        # else a line's bounds are found in what was parsed (its bytes, or its characters
        # when ASCII), a byte offset made a character's by the wide lines before it: the
        # blocks come in order, so the count of wide lines before one only moves forward
        source = offsets.data if offsets.data is not None else text
        newline: Any = b"\n" if offsets.data is not None else "\n"
        find, rfind = source.find, source.rfind
        keys, shifts = offsets.keys, offsets.shifts
        # the bytes more than characters before a line start, ``shift``, hold for the run of
        # lines from ``low`` to ``high`` (a wide line's end): a block starting in that run
        # takes it as it is, and only one past it counts on to the wide lines it crossed
        wide = -1  # how many wide lines start at or before the last block's start
        low = high = shift = 0  # no run yet: the first block's is searched for
        past = len(source) + 2  # beyond every offset: no wide line after the last
        at = lo
        raw = self.raw if depth == 0 else ()
        raw_end = -1
        openers = self.openers
        html = self.html if depth == 0 else None
        macros = self.macros
        # the names the loop reads at every block, held here
        block_kind, inline_names, new = _BLOCK_NAMES.get, _INLINE_NAMES, Node
        lazy_kinds = _LAZY_CONTAINERS
        for rs in nodes:
            name = rs.name
            kind = block_kind(name)
            if kind is None:
                if name in inline_names:
                    inline.append(rs)
                continue
            if inline:
                at = _put(out, self._paragraph(inline), at, text)
                inline = []
            if kind == "":
                # thead/tbody: the table's rows; the head's row (above the ``|---|`` line)
                # names the columns, whatever its words
                for row in self.blocks(rs.children, depth):
                    if name == "thead":
                        row.attrs["header"] = True
                    elif _IAL_LINE_RE.fullmatch(text, row.start, row.end) is not None:
                        # ``{: .table-striped}`` under a table: kramdown's attribute list
                        # for it (Jekyll's Markdown), which the parser took for a row
                        row = Node("comment", row.start, row.end)
                    at = _put(out, row, at, text)
                continue
            first, stop = rs.srcmap  # bytes; the node takes its lines whole
            if lines:
                start, end = offsets.span(first, stop)
            else:
                end = find(newline, stop - 1 if stop > first else first)
                start = rfind(newline, 0, first) + 1
                end = end + 1 if end >= 0 else -1
                if keys:
                    if not low <= start < high:
                        if wide < 0 or start < low:  # a container's first block: searched
                            wide = bisect.bisect_right(keys, start)
                        while wide < len(keys) and keys[wide] <= start:
                            wide += 1
                        low = keys[wide - 1] if wide else 0
                        high = keys[wide] if wide < len(keys) else past
                        shift = shifts[wide - 1] if wide else 0
                    if end >= high:
                        n = wide
                        while n < len(keys) and keys[n] <= end:
                            n += 1
                        end -= shifts[n - 1]
                    elif end >= 0:
                        end -= shift
                    start -= shift
                if end < 0:
                    end = size
            if raw:
                if start < raw_end:
                    continue  # inside the raw HTML body read whole below
                body = next((b for b in raw if b[0] <= start < b[1]), None)
                if body is not None:
                    # reStructuredText's raw HTML, one HTML node from its first block to
                    # its end
                    start, end = max(start, body[0]), body[1]
                    raw_end = end
                    node = Node("html", start, end, 0, None)
                    node._lazy = (self, None)
                    at = self._place(out, node, at)
                    if html is not None:
                        html.append(node)
                    continue
            if kind == "paragraph":
                rows = _pipe_rows(text, start, end) if text.startswith("|", start) else []
                if not rows and macros:
                    rows = self.macro_rows(start, end)  # a run of one macro's calls
                if rows:
                    node = new("table", start, end, children=rows)
                else:
                    node = new(kind, start, end, 0, None)
                    node._lazy = (self, rs)
                    if openers and self.has_opener(start, end):
                        for part in self._records(node):
                            at = _put(out, part, at, text)
                        continue
            elif kind in lazy_kinds:
                node = new(kind, start, end, depth, None)
                node._lazy = (self, rs)
            elif (
                kind == "heading"
                and text.count("#", start, end) > 2
                and hashtag_line(text[start:end])
            ):  # three ``#`` at least: no slice of every heading's line
                node = new("paragraph", start, end, 0, None)
                node._lazy = (self, rs)
            elif kind == "heading":
                node = new(kind, start, end, int(rs.meta.get("level", 1)), None)
                node._lazy = (self, rs)
            else:
                node = self._leaf(rs, kind, start, end)
                if kind == "html" and openers and self.has_opener(start, end):
                    for part in self._records(node):
                        at = _put(out, part, at, text)
                        if part is node and html is not None:
                            html.append(node)
                    continue
                if html is not None and node.kind == "html":
                    html.append(node)
            # placed as :meth:`_place` places it, in line: the step of every block
            if at < 0 or start < at:
                at = _put(out, node, at, text)
                continue
            if start > at:
                gap = text[at:start]
                out.append(new("blank", at, start) if gap.isspace() else _filler(text, at, start))
            out.append(node)
            at = end
        if inline:
            at = _put(out, self._paragraph(inline), at, text)
        if 0 <= at < hi:
            out.append(_filler(text, at, hi))
        return out

    def _place(self, out: list[Node], node: Node, at: int) -> int:
        """Append ``node`` after the filler of the gap before it (a gap of spaces alone is a
        ``blank`` node); returns where the next node starts (see :func:`_put`)."""
        start = node.start
        if at < 0 or start < at:
            return _put(out, node, at, self.text)
        if start > at:
            text = self.text
            gap = text[at:start]
            out.append(Node("blank", at, start) if gap.isspace() else _filler(text, at, start))
        out.append(node)
        return node.end

    def _leaf(self, rs: Any, kind: str, start: int, end: int) -> Node:
        """A block of the rarer kinds: an HTML block, code, front matter, a rule."""
        if kind == "html":
            node = Node(kind, start, end, 0, None)
            node._lazy = (self, None)
        elif kind == "code" and _after_raw_html(self.text, start):
            node = Node("html", start, end, 0, None)  # reStructuredText's raw HTML
            node._lazy = (self, None)
        elif kind == "code":
            meta = rs.meta
            node = Node(kind, start, end, 0, str(meta.get("content", "")))
            node.attrs = {"info": str(meta.get("info", ""))}
        elif kind == "front":
            node = Node(kind, start, end, 0, str(rs.meta.get("content", "")))
        else:
            node = Node(kind, start, end)
        return node

    def inner(self, node: Node, rs: Any) -> list[Node]:
        """A container's children (an HTML block's elements), when first asked for."""
        if rs is None:
            return html_nodes(self.text, node.start, node.end) if node.spanned else []
        nodes = rs.children
        if node.kind == "term":
            return [self._paragraph(nodes)] if nodes else []
        if node.kind == "row":
            return [self._cell(c) for c in nodes]
        if len(nodes) == 1 and nodes[0].name in _INLINE_NAMES:
            # a tight item's words alone (most items): one paragraph and the gaps about
            # it, as :meth:`blocks` tiles them, without its loop
            out: list[Node] = []
            at = _put(out, self._paragraph(nodes), node.start, self.text)
            if 0 <= at < node.end:
                out.append(_filler(self.text, at, node.end))
            return out
        return self.blocks(nodes, node.level + (node.kind == "list"), node.start, node.end)

    def _paragraph(self, inline: list[Any]) -> Node:
        """Inline nodes with no paragraph of their own (a tight list item's words): from the
        first one's line to the last one's, both placed by one look-up when both have a
        place (the last one's last byte is where :meth:`_Offsets.span` would end it)."""
        head = inline[0].srcmap
        tail = inline[-1].srcmap if len(inline) > 1 else head
        if head is not None and tail is not None and tail[0] >= head[0]:
            # the last one's last byte, or its first when it holds none
            start, end = self.offsets.span(head[0], max(tail[1], tail[0] + 1))
        else:
            start, _ = self.span(head)
            _, end = self.span(inline[-1].srcmap)
        node = Node("paragraph", start, end, 0, None)
        node._lazy = (self, inline)
        return node

    def _cell(self, rs: Any) -> Node:
        node = Node("cell", -1, -1, 0, None)
        node._lazy = (self, rs)
        return node

    def _records(self, node: Node) -> list[Node]:
        """A paragraph or HTML block made of template tags, one record per tag's lines."""
        if not node.spanned or not self.has_opener(node.start, node.end):
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
            name, body = m.group(1) or m.group(3) or m.group(5), m.group(2) or m.group(4) or ""
            if m.group(5):
                body = m.group(6).strip()
                opened = not body.endswith("!>")
                args = _pipe_args(body.removesuffix("!>"))
            else:
                opened = False
                args = {
                    k.lower(): (a if a is not None else b if b is not None else c)
                    for k, a, b, c in _ARG_RE.findall(body)
                }
            tag = name.lower()
            record = Node("record", line_start, line_end, attrs={"tag": tag, **args})
            if opened:
                record.attrs["opened"] = "1"  # its end comes on a later line (``!>``)
            head = body.split(None, 1)
            if tag == "include" and head:
                record.attrs["template"] = head[0]
            record.text = " ".join(str(v) for k, v in args.items() if v)
            called, given = tag, body
            if tag == "include":  # ``{% include speaker.html "ana-ruiz" %}``: after the file
                called, given = head[0] if head else "", head[1] if len(head) > 1 else ""
            if not m.group(5) and (said := tag_people.speaker_line(called, args, given)):
                record.text = said  # a speaker's card by their id: the line it stands for
            out.append(record)
            at = line_end
        if not out:
            return [node]
        if at < node.end:
            out.append(Node("text", at, node.end, text=self.text[at : node.end].strip()))
        return out


_PIPE_ARG_SPLIT_RE = re.compile(r"&(?=[\w-]{1,40}=)")
"""The ``&`` before a bang-pipe tag's next argument."""


def _pipe_args(body: str) -> dict[str, str]:
    """``subject=A talk&length=30&author=A. Lee``: a bang-pipe tag's arguments (values run
    to the next ``&`` that a ``key=`` follows, so ``R&D`` and ``&amp;`` stay in a value;
    a part with no ``=`` is no argument)."""
    args: dict[str, str] = {}
    for part in _PIPE_ARG_SPLIT_RE.split(body)[:50]:
        key, eq, value = part.partition("=")
        key = key.strip().lower()
        if eq and key and len(key) <= 40 and " " not in key:
            args.setdefault(key, value.strip()[:1000])
    return args


def _props_of(text: str) -> dict[str, str]:
    """``key:: value`` lines of a paragraph or item (Logseq's block properties)."""
    props: dict[str, str] = {}
    if "::" not in text:
        return props
    for line in text.split("\n"):
        if m := _PROP_RE.match(line):
            props.setdefault(m.group(1).lower(), m.group(2).strip())
    return props


def _inline_nodes(nodes: list[Any], parts: list[str], marks: list[Mark], size: list[int]) -> None:
    """The words and marks of markdown-it's inline nodes, appended to ``parts`` (walked
    with a stack of its own: emphasis nested 25 000 deep is no recursion error)."""
    stack: list[Any] = list(reversed(nodes))
    glued = False  # a stress of a few words just closed against the next word
    while stack:
        rs = stack.pop()
        if isinstance(rs, tuple):  # the end of a mark: (kind, where it started, target)
            kind, at, url = rs
            marks.append(Mark(kind, at, size[0], url))
            last = parts[-1] if parts else ""
            glued = kind in ("strong", "em") and size[0] - at >= len(last) > 5 and " " in last
            continue
        name = rs.name
        if name in ("text", "text_special"):
            content = str(rs.meta.get("content", ""))
            if "![[" in content:
                content = _EMBED_RE.sub("", content)
            if glued and content[:1].isupper() and parts and parts[-1][-1:].isalnum():
                # '**Título de la charla**Nerea Luis': the stress ends its field where
                # the page's layout had a line break between title and name
                marks.append(Mark("break", size[0], size[0] + 1))
                parts.append("\n")
                size[0] += 1
            glued = False
            parts.append(content)
            size[0] += len(content)
        elif name in ("softbreak", "hardbreak"):
            glued = False
            marks.append(Mark("break", size[0], size[0] + 1, "hard" if name == "hardbreak" else ""))
            parts.append("\n")
            size[0] += 1
        elif name == "html_inline":
            if str(rs.meta.get("content", "")).lower().startswith("<br"):
                marks.append(Mark("break", size[0], size[0] + 1))
                parts.append("\n")
                size[0] += 1
        else:
            kind = _MARK_NAMES.get(name)
            if kind:
                url = str(rs.meta.get("url", "")) if kind == "link" else ""
                stack.append((kind, size[0], url))
            stack.extend(reversed(rs.children))


_EMBED_RE = re.compile(r"!\[\[[^\[\]\n]{1,500}\]\]")
"""An Obsidian embed (``![[photos/ana.jpg|80]]``, a file shown in place): like an image
written ``![](photos/ana.jpg)``, it adds no words of its own to its paragraph or cell."""

_MARK_NAMES = {
    "strong": "strong",
    "em": "em",
    "link": "link",
    "autolink": "link",
    "code_inline": "code",
}


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
BLOCK_TAG_NAMES = frozenset(_BLOCK_TAGS)
"""The HTML elements the tree reads as blocks of their own (paragraphs, lists, tables,
headings): what another reader turning markup into HTML must keep as written."""
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object"}
_INLINE_MARKS = {"b": "strong", "strong": "strong", "i": "em", "em": "em", "a": "link"}
_INLINE_BREAKS = {"br"}
_FIELD_TAGS = frozenset({"span", "time", "abbr", "small", "label", "cite", "data", "font"})
"""Inline elements that carry no meaning of their own, only a class: a page's fields
(``<span class="name">`` beside ``<span class="kind">``)."""


def _fielded(element: LexborNode) -> bool:
    """An element whose children are fields side by side: two or more inline elements,
    one of them a :data:`_FIELD_TAGS` element, with no words between them (blocks beside
    them are lines of their own anyway). Each field is
    a line of its own (a name and the kind word after it are two things, not one name);
    ``<p>Talk by <a>Ana</a></p>`` and ``<b>Keynote:</b> <a>Ana</a>`` stay one line."""
    elements = 0
    field = False
    for child in element.iter(include_text=True):
        if child.is_text_node:
            if (child.text_content or "").strip():
                return False
            continue
        tag = child.tag or ""
        if child.is_comment_node or tag in _SKIP_TAGS:
            continue
        if tag in _INLINE_BREAKS:
            return False
        if tag in _BLOCK_TAGS or tag in _CONTAINER_TAGS:
            continue  # a line of its own already
        elements += 1
        field = field or tag in _FIELD_TAGS
    return field and elements >= 2


def _holds_blocks(element: LexborNode) -> bool:
    """A paragraph element with a table, a list or a division in it (a ``<p>`` left open
    before a ``<table>``, the way old pages and templates write them)."""
    return any(
        (child.tag or "") in _BLOCK_TAGS or (child.tag or "") in _CONTAINER_TAGS
        for child in element.iter()
    )


def _wraps_blocks(element: LexborNode) -> bool:
    """A meaningless inline element (``<small>``, ``<span>``, ``<font>``) wrapping
    paragraphs or lists: a page's way of styling a whole block of them. Its blocks are
    the page's blocks (each ``<p>`` a paragraph), never the words of one line; a link or
    a stressed element keeps its meaning and stays inline."""
    return (element.tag or "") in _FIELD_TAGS and any(
        (child.tag or "") in _WRAPPED_BLOCKS for child in element.iter()
    )


_WRAPPED_BLOCKS = frozenset({"p", "ul", "ol", "table", "dl", "blockquote"})
"""Blocks whose presence inside an inline element makes it a container."""


def _own_cells(table: LexborNode) -> list[LexborNode]:
    """The cells of a table's own rows (``<tbody>`` and its kin stepped through), in
    order; a nested table's cells are its own."""
    cells: list[LexborNode] = []
    for part in table.iter():
        rows = part.iter() if (part.tag or "") in _IMPLIED else iter((part,))
        for row in rows:
            if (row.tag or "") == "tr":
                cells.extend(c for c in row.iter() if (c.tag or "") in ("td", "th"))
    return cells[:MAX_NODES]


def _holds_section(cell: LexborNode) -> bool:
    """A cell holding a section of a page: a heading and, beside it, a table of its own
    (a page's content column under its ``<h1>``), or a top heading (``<h1>``, ``<h2>``),
    which no data cell carries (a day's ``<h3>`` in a timetable's cell is its row's
    words)."""
    tags = {inner.tag or "" for inner in cell.traverse(include_text=False)}
    headed = any(f"h{n}" in tags for n in range(1, 7))
    return bool(tags & {"h1", "h2"}) or (headed and "table" in tags - {cell.tag or ""})


def _stacked_blocks(table: LexborNode, cells: list[LexborNode]) -> bool:
    """A table of one column whose cells hold lists or tables: a stack of the page's
    blocks (a grey session line over a cell with the session's list of papers), each
    cell a block under the one before, not a row of words."""
    rows = sum(1 for c in table.traverse(include_text=False) if (c.tag or "") == "tr")
    if len(cells) < 2 or rows != len(cells):
        return False
    return any(
        (inner.tag or "") in _STACKED_TAGS
        for cell in cells
        for inner in cell.traverse(include_text=False)
    )


_STACKED_TAGS = frozenset({"ul", "ol", "dl", "table"})
"""Blocks whose words a row's cell would run together (a list's items, a nested table)."""


def _layout_table(element: LexborNode) -> bool:
    """A table the page is laid out with, the way pages were built before style sheets:
    one of its own cells holds a section of the page (:func:`_holds_section`: a menu
    column beside a content column), or it stacks blocks in one column
    (:func:`_stacked_blocks`). Its cells' blocks are the page's blocks, not a row's
    words."""
    if (element.tag or "") != "table" or _timetable_grid(element):
        return False
    cells = _own_cells(element)
    return any(_holds_section(c) for c in cells) or _stacked_blocks(element, cells)


def _own_rows(table: LexborNode) -> list[list[LexborNode]]:
    """The cells of a table's own rows, a list per row (``<tbody>`` and its kin stepped
    through; a nested table's rows are its own)."""
    rows: list[list[LexborNode]] = []
    for part in table.iter():
        for row in part.iter() if (part.tag or "") in _IMPLIED else iter((part,)):
            if (row.tag or "") == "tr":
                rows.append([c for c in row.iter() if (c.tag or "") in ("td", "th")])
                if len(rows) >= MAX_NODES:
                    return rows
    return rows


def _timetable_grid(table: LexborNode) -> bool:
    """A timetable's grid, whatever its cells hold: a header row of two or more ``<th>``
    cells (Time | Main hall | Room 2), or a first column of clock times alone in two or
    more rows that have other cells beside them. A keynote's ``<h2>`` spanning its rooms
    is then a slot's words, never a section of a page laid out with the table."""
    rows = [r for r in _own_rows(table) if r]
    if rows and len(rows[0]) >= 2 and all((c.tag or "") == "th" for c in rows[0]):
        return True
    clocks = 0
    for row in rows:
        first = " ".join((row[0].text(deep=True, separator=" ") or "").split())
        if len(row) >= 2 and len(first) <= 40 and _CLOCK_CELL_RE.match(first):
            clocks += 1
            if clocks >= 2:
                return True
    return False


_CLOCK_CELL_RE = re.compile(
    r"\d{1,2}[:.h]\d\d(?:[ \t]?[ap]\.?m\.?)?"
    r"(?:[ \t]?[-\u2013\u2014~][ \t]?\d{1,2}[:.h]\d\d(?:[ \t]?[ap]\.?m\.?)?)?$",
    re.I,
)
"""A cell that is a clock time or a span of two and nothing more (09:00, 9.30-10.15)."""


def _custom_container(element: LexborNode) -> bool:
    """A custom element (its name has a hyphen, as HTML requires of them: Angular's and
    web components' ``<app-root>``, ``<site-header>``) holding blocks or containers: a
    component wrapping part of the page, whose blocks are the page's blocks, not the
    words of one line (an unknown element is otherwise read inline)."""
    return "-" in (element.tag or "") and any(
        (tag := child.tag or "") in _BLOCK_TAGS or tag in _CONTAINER_TAGS or "-" in tag
        for child in element.iter()
    )


def _field_break(node: Node) -> None:
    """End the line of the field before the next one (marked ``field``)."""
    if node.text.strip() and not node.text.endswith("\n"):
        node.text = node.text.rstrip(" ")
        node.marks.append(Mark("field", len(node.text), len(node.text) + 1))
        node.text += "\n"


def html_nodes(text: str, start: int, end: int) -> list[Node]:
    """The block elements of ``text[start:end]`` as nodes, each placed at its start tag
    (found in order in the source; an implied element has no span of its own). A
    template's translation calls (``{{=_('Lunch')}}``) are read as their words."""
    fragment = text[start:end]
    if len(fragment) > MAX_HTML_CHARS:
        return [Node("text", start, end, text=fragment)]
    fragment = template_words.translated(fragment)
    tree = LexborHTMLParser(fragment)
    body = tree.body
    if body is None:
        return []
    finder = _Finder(fragment, start)
    nodes = _elements(body, finder, [0])
    _place(nodes, finder, 0, len(fragment))
    return nodes


MAX_CLASSED = 200
"""Elements of one fragment read by :func:`classed_elements` at most: a cell's fields are
a handful, a fragment of hundreds is a whole page."""


def classed_elements(fragment: str) -> list[tuple[str, str, int, int]]:
    """Every element of an HTML fragment that carries a class, inline as well as block
    (``<span class="speaker-name">`` beside ``<p class="speech-title">``), in source
    order: ``(class, words, place, size)``, where ``place`` counts the elements before
    it and ``size`` those inside it, so that one holds another when its place is
    before the other's and its size reaches it. [] for a fragment of more elements."""
    if len(fragment) > MAX_HTML_CHARS:
        return []
    body = LexborHTMLParser(template_words.translated(fragment)).body
    if body is None:
        return []
    elements = list(itertools.islice(body.traverse(include_text=False), MAX_CLASSED * 4))[1:]
    if len(elements) >= MAX_CLASSED * 4 - 1:
        return []
    out: list[tuple[str, str, int, int]] = []
    for place, element in enumerate(elements):
        said = str(element.attributes.get("class") or "").strip()
        if not said:
            continue
        if len(out) >= MAX_CLASSED:
            return []
        inside = sum(1 for _ in element.traverse(include_text=False)) - 1
        words = " ".join((element.text(deep=True, separator=" ") or "").split())
        out.append((said, words, place, inside))
    return out


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
    fields = depth < MAX_DEPTH and _fielded(parent)
    for child in node_iter:
        count[0] += 1
        tag = child.tag or ""
        if count[0] > MAX_NODES:
            break
        if tag in _SKIP_TAGS or tag == "_comment" or child.is_comment_node:
            continue
        kind = _BLOCK_TAGS.get(tag)
        if kind is None and (_wraps_blocks(child) or _custom_container(child)):
            kind = "div"  # <small><p>…</p><p>…</p></small>: a container, not one line
        if depth >= MAX_DEPTH:
            loose.text += " " + " ".join((child.text(deep=True, separator=" ") or "").split())
            continue
        if kind is None and tag not in _CONTAINER_TAGS:
            if fields and not child.is_text_node:
                _field_break(loose)
            _inline_html(child, loose, depth=depth)
            continue
        if loose.text.strip():
            out.append(loose)
        loose = Node("paragraph", -1, -1)
        if kind == "paragraph" and _holds_blocks(child):
            kind = None  # <p><table>…: the table is a node of its own, not the p's words
        node = Node(kind or ("div" if tag == "p" else tag), -1, -1, attrs=_kept_attrs(child))
        if kind == "table" and depth + 1 < MAX_DEPTH and _layout_table(child):
            node.kind = "div"  # a layout table: its cells are the page's columns
            for cell in _own_cells(child):
                node.children.extend(_elements(cell, finder, count, depth + 2))
            node.text = "\n".join(c.text for c in node.children if c.text)
            out.append(node)
            continue
        if kind == "heading":
            node.level = int(tag[1])
        if kind in ("paragraph", "heading", "cell", "term", "code"):
            _inline_html(child, node, top=True, depth=depth)
            inner = _inner_block_tags(child)
            if inner:
                node.attrs["inner_tags"] = inner  # for _place: start tags inside its words
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


_KEPT_ATTRS = ("class", "id", "itemprop", "itemtype", "datetime", "content", "lang")
"""Attributes that say what an element holds (its class names, ``itemprop``, a machine
``datetime``), kept on its node for the shapes; an element's own ``title`` attribute is kept
as ``html_title`` (``title`` on the document node is the page's ``<title>``)."""
MAX_ATTR_CHARS = 200


def _kept_attrs(element: LexborNode) -> dict[str, Any]:
    """The element's tag and its meaningful attributes, each cut to :data:`MAX_ATTR_CHARS`."""
    attrs: dict[str, Any] = {"tag": element.tag or ""}
    raw = element.attributes
    if not raw:
        return attrs
    for key in _KEPT_ATTRS:
        value = raw.get(key)
        if value:
            attrs[key] = str(value)[:MAX_ATTR_CHARS]
    if raw.get("title"):
        attrs["html_title"] = str(raw["title"])[:MAX_ATTR_CHARS]
    return attrs


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
    block = not top and (tag in _BLOCK_TAGS or tag in _CONTAINER_TAGS)
    if block and node.text.strip() and not node.text.endswith("\n"):
        # a block inside an inline context (a cell's paragraphs, a <summary> over its
        # <p>): its words stay on lines of their own
        node.text = node.text.rstrip(" ") + "\n"
    at = len(node.text)
    fields = _fielded(element)
    for child in element.iter(include_text=True):
        if fields and not child.is_text_node:
            _field_break(node)
        _inline_html(child, node, depth=depth + 1)
    if block and node.text.strip() and not node.text.endswith("\n"):
        node.text = node.text.rstrip(" ") + "\n"
    if tag == "time" and (said := element.attributes.get("datetime")) and not node.attr("datetime"):
        # "<time datetime=2015-10-26T08:30>8:30am</time>": the block's first machine time,
        # which says the day its words leave out
        node.attrs["datetime"] = str(said)[:MAX_ATTR_CHARS]
    mark = _INLINE_MARKS.get(tag)
    if mark:
        href = (element.attributes.get("href") or "") if mark == "link" else ""
        node.marks.append(Mark(mark, at, len(node.text.rstrip()), href))
    if top:
        node.text = node.text.strip()


_IMPLIED = frozenset({"html", "body", "tbody", "thead", "tfoot"})
"""Elements the HTML5 algorithm adds when the source leaves them out: never searched for
(a search that fails scans to the end; thousands of them would be quadratic)."""


def _inner_block_tags(element: LexborNode) -> tuple[str, ...]:
    """The block and container tags inside an element whose words were read inline (a
    heading holding ``<div>20:00</div>``), in source order: :func:`_place` steps over
    their start tags, so that the next sibling is not placed at one of them. An empty
    paragraph of no attributes is left out: the one a stray ``</p>`` makes (a paragraph
    written inside another, ``<p><a><p>Title</p></a></p>``) has no start tag in the
    source, and stepping over one would step over the next cell's paragraph."""
    tags: list[str] = []
    walk = element.traverse(include_text=False)
    next(walk, None)  # the element itself, placed by its own tag
    for inner in walk:
        if len(tags) >= MAX_NODES:
            break
        tag = inner.tag or ""
        if tag == "p" and inner.child is None and not inner.attributes:
            continue
        if tag in _BLOCK_TAGS or tag in _CONTAINER_TAGS:
            tags.append(tag)
    return tuple(tags)


def _place(nodes: list[Node], finder: _Finder, lo: int, hi: int) -> None:
    """Give each node the span from its start tag to the next sibling's (or ``hi``)."""
    found: list[int] = []
    for node in nodes:
        tag = str(node.attrs.get("tag", ""))
        at = finder.find(tag, hi) if tag and tag not in _IMPLIED else -1
        for inner in node.attrs.pop("inner_tags", ()) if node._attrs else ():
            if at >= 0:
                finder.find(inner, hi)  # a block inside its words: not a sibling's start
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


def _put(out: list[Node], node: Node, at: int, text: str) -> int:
    """Append ``node`` after the filler of the gap before it (when tiling, ``at >= 0``);
    a node that overlaps the one before is clipped. Returns where the next one starts."""
    if at < 0 or node.start < 0:
        out.append(node)
        return at
    if node.start < at:
        node.start = at
        if node.start >= node.end:  # overlapped a sibling: derived, its text elsewhere
            node.start = node.end = -1
            out.append(node)
            return at
    elif node.start > at:
        out.append(_filler(text, at, node.start))
    out.append(node)
    return node.end


def _tile(node: Node, text: str) -> None:
    """Fill the gaps between a node's spanned children with ``blank`` or ``text`` nodes, so
    that the leaves cover every character exactly once (children not built yet are tiled
    when they are)."""
    out: list[Node] = []
    at, end = node.start, node.end
    spanned = False
    for child in node._children or ():
        if child.start >= 0 and (child.start < at or child.end > end):
            child.start, child.end = max(child.start, at), min(child.end, end)
            if child.start >= child.end:  # overlapped a sibling: derived, its text elsewhere
                for lost in child.walk():
                    lost.start = lost.end = -1
        if child.start < 0:
            out.append(child)
            continue
        spanned = True
        if child.start > at:
            out.append(_filler(text, at, child.start))
        out.append(child)
        if child._children:
            _tile(child, text)
        at = child.end
    if not spanned:
        return
    if at < end:
        out.append(_filler(text, at, end))
    node._children = out


def _filler(text: str, start: int, end: int) -> Node:
    """The stretch between two placed nodes: ``blank`` when it holds no words (spaces, or
    only markup: a container's own start tag, a doctype), else ``text`` of its words."""
    words = text[start:end].strip()
    if words.startswith("<") and not _FILLER_TAG_RE.sub("", words).strip():
        words = ""
    node = Node("text" if words else "blank", start, end, text=words)
    return node


_FILLER_TAG_RE = re.compile(r"<[!/]?[A-Za-z][^<>]{0,2000}>|<!--.{0,20000}?-->", re.S)
"""A tag or a comment, for telling a gap of markup only from one with words."""


__all__ = [
    "Document",
    "Mark",
    "Node",
    "leaves",
    "looks_like_html_page",
    "org_heading_tags",
    "parse",
    "parse_html",
    "parse_markdown",
    "parse_text",
    "title_line",
]
