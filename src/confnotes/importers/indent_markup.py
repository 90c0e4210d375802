"""The page an indentation template (Pug/Jade, Haml, Slim) writes, as HTML.

A site built with a template engine writes its programme as element lines nested by
indentation, not as tags: ``h4.title Orchestrating the edge`` (Pug, Slim),
``%h4.title Orchestrating the edge`` (Haml), ``a(href="/ana") Ana Ruiz``. The words are
there, but no HTML reader sees them. This module turns the element lines into the HTML
elements they write, line for line (each line of the template is one line of the page),
and the page readers read that page as any other. It keeps what a reader of the rendered
page would see: element lines with their classes, ids and string attributes, ``|``
piped text and text blocks (``p.``), Pug's ``#[span text]`` inline elements; it leaves
out what only a program would fill in: code lines (``- …``, ``= …``), interpolations
(``#{…}``), mixin definitions and calls, comments, ``script`` and ``style`` bodies.
Elements are the document tree's own (:data:`confnotes.importers.jsx_markup.PAGE_TAGS`);
any other name (a custom element, a component) keeps its children only. One pass over
the lines, bounded in size.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field

from confnotes.importers.jsx_markup import PAGE_TAGS

MAX_TEXT = 2_000_000
"""Characters of a template read at most."""
MAX_DEPTH = 60
"""Levels of nesting kept (a deeper line is written beside the deepest one)."""
MAX_JOINED = 30
"""Lines an element's attributes may span (``(`` … ``)`` over several lines)."""
MIN_ELEMENT_SHARE = 0.6
"""Share of a template's markup lines that must be element lines."""
MIN_SELECTORS = 3
"""Element lines written with template syntax (``.class``, ``#id``, ``(attrs)``,
``%tag``) a text must hold before it reads as a template."""
MIN_WORDS = 3
"""Words the elements must hold before the template reads as a page."""

_VOID = frozenset({"br", "hr", "img", "wbr", "input", "meta", "link"})
_DROPPED_BODIES = frozenset({"script", "style", "template", "svg", "noscript", "head"})
_KEPT_TAGS = PAGE_TAGS | _VOID | {"html", "body", "title", "meta", "link", "img", "input"}
_CONTROL_WORDS = frozenset(
    {"if", "else", "unless", "each", "for", "while", "case", "when", "default", "block"}
    | {"append", "prepend"}
)
"""Pug lines whose children are written on the page (one of the cases, once)."""
_SKIPPED_WORDS = frozenset({"doctype", "extends", "include", "mixin"})
"""Pug and Slim lines written for the engine, with what is indented under them."""
_SELECTOR_RE = re.compile(r"(%[\w:-]+|[A-Za-z][\w:-]*)?((?:[.#][\w-]+)*)")
_HASHTAG_RE = re.compile(r"#[^\W\d_][\w-]*")
"""A hashtag (``#devoxx``), not an id: a line of them only is no element."""
_CLASS_ID_RE = re.compile(r"[.#][\w-]+")
_TAG_RE = re.compile(r"<[^<>]{0,2000}>")
_SLIM_ATTR_RE = re.compile(r"[ \t]{1,20}([\w:@-]{1,60})=(\"[^\"]*\"|'[^']*'|[\w.@/-]+)")
_INTERPOLATION_OPEN = ("#{", "!{", "${")
_INLINE_OPEN_RE = re.compile(r"[#!$]\{|#\[")
_HAML_CODE = ("=", "!=", "&=", "~", "==")
_SLIM_CODE = ("=", "==", "=>", "=<")


@dataclass
class _Node:
    line: int
    tag: str
    """The HTML element it writes; empty for text or an element written as its children."""
    attrs: dict[str, str] = field(default_factory=dict)
    text: str = ""
    """The inline text written after it on its line, as HTML."""
    children: list[_Node] = field(default_factory=list)
    last: int = 0
    """The last line of the template it spans."""


@functools.lru_cache(maxsize=4)
def page(text: str) -> str | None:
    """:func:`markup`, kept for the last few texts (every reading of a document asks)."""
    return markup(text)


def markup(text: str) -> str | None:
    """The page a Pug, Haml or Slim template writes, as HTML, line for line; None when
    the text does not read as one or its elements hold fewer than :data:`MIN_WORDS`."""
    if len(text) > MAX_TEXT:
        return None
    lines = text.split("\n")
    haml = is_haml(lines)
    if not _reads_as_template(lines, haml):
        return None
    root = _Node(-1, "")
    _Reader(lines, haml).read(root)
    out = [""] * len(lines)
    words = _emit(root, out)
    if words < MIN_WORDS:
        return None
    return "\n".join(out)


def is_haml(lines: list[str]) -> bool:
    """Whether the template is Haml (``%tag`` lines; plain lines are text there, while
    in Pug and Slim a line's first word is its element)."""
    tagged = sum(1 for line in lines[:2000] if re.match(r"[ \t]*%[A-Za-z]", line))
    return tagged >= 2


def _reads_as_template(lines: list[str], haml: bool) -> bool:
    """Whether most markup lines are element lines, enough of them are written with
    template syntax and some hold lines indented under them (templates nest): a prose
    text whose lines begin with ``a`` or ``p`` is not one, nor notes whose lines are
    hashtags (``#devoxx #java``) over ``-`` bullets."""
    return _template_evidence(lines, haml) > 0


def _template_evidence(lines: list[str], haml: bool) -> int:
    """The element lines with template syntax that hold lines indented under them, when
    the text reads as a template (0 when it does not)."""
    elements = selectors = marked = nested = 0
    for i, raw in enumerate(lines[:5000]):
        line = raw.strip()
        if not line or line.startswith(("|", "//", "-#", "/", "-", "=", "+", "'")):
            continue
        if line.startswith("<"):
            return 0  # HTML written as tags is the html reader's
        marked += 1
        if haml and not line.startswith(("%", ".", "#")):
            continue  # Haml text
        if len(words := line.split()) > 1 and all(_HASHTAG_RE.fullmatch(w) for w in words):
            continue  # "#devoxx #java": hashtags, no element with its text
        m = _SELECTOR_RE.match(line)
        name, classes = (m.group(1) or "", m.group(2)) if m else ("", "")
        rest = line[m.end() :] if m else line
        if not (name or classes):
            continue
        bare = name.lstrip("%").lower()
        known = bare in _KEPT_TAGS or bare in _CONTROL_WORDS or bare in _SKIPPED_WORDS
        if not (known or classes or name.startswith("%")):
            continue
        if rest and rest[0] not in " \t(.:{[/=!&<>" and not classes:
            continue  # "assign:" or a word glued to punctuation, prose
        elements += 1
        if classes or name.startswith("%") or rest.startswith(("(", "{")):
            selectors += 1
            nested += _holds_lines(lines, i)
    if selectors >= MIN_SELECTORS and elements >= MIN_ELEMENT_SHARE * marked:
        return nested
    return 0


def _holds_lines(lines: list[str], i: int) -> bool:
    """Whether the next written line after line ``i`` is indented deeper than it."""
    indent = len(lines[i]) - len(lines[i].lstrip(" \t"))
    for raw in lines[i + 1 : i + 50]:
        if raw.strip():
            return len(raw) - len(raw.lstrip(" \t")) > indent
    return False


def strong(text: str) -> bool:
    """Whether the text reads as a template beyond doubt: :data:`MIN_SELECTORS` element
    lines written with template syntax hold lines indented under them (what a notes
    file, ``.md`` or ``.txt``, must show before it reads as one)."""
    lines = text[:MAX_TEXT].split("\n")
    return _template_evidence(lines, is_haml(lines)) >= MIN_SELECTORS


class _Reader:
    """Template lines read into a tree of nodes by their indentation."""

    def __init__(self, lines: list[str], haml: bool) -> None:
        self.lines = lines
        self.haml = haml
        self.n = len(lines)

    def read(self, root: _Node) -> None:
        stack: list[tuple[int, _Node]] = [(-1, root)]
        i = 0
        while i < self.n:
            raw = self.lines[i]
            line = raw.strip()
            if not line:
                i += 1
                continue
            indent = len(raw) - len(raw.lstrip(" \t"))
            while stack[-1][0] >= indent:
                stack.pop()
            parent = stack[-1][1]
            node, i = self._line(i, line, indent)
            if node is None:
                continue
            parent.children.append(node)
            if len(stack) < MAX_DEPTH:
                stack.append((indent, node))

    def _block_end(self, i: int, indent: int) -> int:
        """The first line after ``i`` that is not indented deeper than ``indent``."""
        j = i + 1
        while j < self.n:
            raw = self.lines[j]
            if raw.strip() and len(raw) - len(raw.lstrip(" \t")) <= indent:
                break
            j += 1
        return j

    def _text_block(self, node: _Node, i: int, indent: int) -> int:
        """Lines indented under ``i`` read as the node's text (``p.``, Slim's ``|``)."""
        end = self._block_end(i, indent)
        for j in range(i + 1, end):
            if words := self.lines[j].strip():
                node.children.append(_Node(j, "", text=_inline(words), last=j))
        node.last = max(node.last, end - 1)
        return end

    def _line(self, i: int, line: str, indent: int) -> tuple[_Node | None, int]:
        """The node line ``i`` writes (None for a line written for the engine) and the
        next line to read."""
        word = re.match(r"[\w-]+", line)
        first = word.group(0) if word else ""
        if line.startswith(("//", "-#", "/")) or first in _SKIPPED_WORDS or line[0] == "+":
            return None, self._block_end(i, indent)  # comments, mixins, includes
        if line.startswith(":"):  # a Haml or Slim filter (:javascript, :markdown)
            if first.lower() in ("markdown", "plain", "textile"):
                return self._text_node(i, indent)
            return None, self._block_end(i, indent)
        if line.startswith(("|", "'")):
            node = _Node(i, "", text=_inline(line[1:].strip()), last=i)
            return node, self._text_block(node, i, indent)
        if line.startswith("\\"):
            return _Node(i, "", text=_inline(line[1:]), last=i), i + 1
        if line[0] in "-=!~&":  # a code line; what it wraps is written
            return _Node(i, "", last=i), i + 1
        if line.startswith("<"):
            return _Node(i, "", text=line, last=i), i + 1
        if not self.haml and first in _CONTROL_WORDS and not line.startswith(f"{first}."):
            return _Node(i, "", last=i), i + 1
        if self.haml and not line.startswith(("%", ".", "#")):
            return _Node(i, "", text=_inline(line), last=i), i + 1
        return self._element(i, line, indent)

    def _text_node(self, i: int, indent: int) -> tuple[_Node, int]:
        node = _Node(i, "", last=i)
        return node, self._text_block(node, i, indent)

    def _element(self, i: int, line: str, indent: int, depth: int = 0) -> tuple[_Node | None, int]:
        """An element line (``tag.class#id(attrs) text``), joined with the lines its
        attributes run on to; Pug's ``li: a text`` nests on one line."""
        start = i
        m = _SELECTOR_RE.match(line)
        if not m or not (m.group(1) or m.group(2)):
            return _Node(i, "", text=_inline(line), last=i), i + 1
        name = (m.group(1) or "div").lstrip("%")
        attrs: dict[str, str] = {}
        _classes(m.group(2), attrs)
        rest = line[m.end() :]
        while rest[:1] in ("(", "{", "["):
            group, rest, i = self._attribute_group(rest, i)
            _attributes(group, attrs)
            m2 = _CLASS_ID_RE.match(rest)
            while m2:  # Pug's classes after the attributes: a(href="…").btn
                _classes(m2.group(0), attrs)
                rest = rest[m2.end() :]
                m2 = _CLASS_ID_RE.match(rest)
        if not self.haml:
            while slim := _SLIM_ATTR_RE.match(rest):
                value = slim.group(2)
                if value[0] in "\"'":
                    attrs[slim.group(1)] = value[1:-1]
                rest = rest[slim.end() :]
        rest = rest.lstrip("<>/&")  # Haml's whitespace marks, a self-closing tag
        node = _Node(start, _tag(name), attrs, last=i)
        if rest.startswith(":") and not self.haml and depth < MAX_DEPTH:  # li: a text
            child, _ = self._element(i, rest[1:].strip(), indent, depth + 1)
            if child is not None:
                child.line = i
                node.children.append(child)
            return node, i + 1
        if rest.startswith(".") and not rest[1:].strip():
            return node, self._text_block(node, i, indent)
        if node.tag in _DROPPED_BODIES or name.lower() in _DROPPED_BODIES:
            node.tag = ""
            return node, self._block_end(i, indent)
        text = rest.strip()
        if not text.startswith(_HAML_CODE if self.haml else ("!=", *_SLIM_CODE)):
            node.text = _inline(text)
        return node, i + 1

    def _attribute_group(self, rest: str, i: int) -> tuple[str, str, int]:
        """The attributes in the ``(…)``, ``{…}`` or ``[…]`` that ``rest`` opens (read on
        into the following lines while it is open), what follows, and the line it ends."""
        opener = rest[0]
        closer = {"(": ")", "{": "}", "[": "]"}[opener]
        text, j, depth = rest, i, _Depth()
        k = 0
        while True:
            while k < len(text):
                if depth.step(text[k]) == closer and depth.level == 0:
                    return text[1:k], text[k + 1 :], j
                k += 1
            if j + 1 >= self.n or j - i >= MAX_JOINED:
                return text[1:], "", j
            j += 1
            text += " " + self.lines[j].strip()


_ATTR_PAIR_RE = re.compile(
    r"""[\s,]{0,20}[:"']?([\w@-]{1,60}(?::[\w@-]{1,60}){0,3})["']?"""
    r"""(?:[ \t]{0,20}(=>|:|=)[ \t]{0,20}("[^"]{0,2000}"|'[^']{0,2000}')?|(?=[\s,)]|$))"""
)
"""An attribute: its name, the mark before its value (none for ``disabled``), its
value when written as a string."""


_OPERATORS = "+-*/?:|&.[(%"
"""What follows a string inside code (``"/talks/" + slug``), never another attribute."""


def _attributes(group: str, attrs: dict[str, str]) -> None:
    """The string attributes of a ``(href="…", class='x')`` or Haml ``{href: "…"}``
    group; an attribute whose value is code is left out (its value is not written)."""
    i, n = 0, len(group)
    while i < n:
        m = _ATTR_PAIR_RE.match(group, i)
        if not m or m.end() == i:
            i = _past_value(group, i)
            continue
        i = m.end()
        name, mark, value = m.group(1), m.group(2), m.group(3)
        if not mark:
            continue  # "disabled": no value to keep
        following = group[i:].lstrip()[:1]
        if value is None or (following and following in _OPERATORS):
            i = _past_value(group, i)
            continue  # code, or a string in an expression ("/talks/" + slug)
        value = value[1:-1]
        if name == "class" and attrs.get("class"):
            attrs["class"] += " " + value
        else:
            attrs[name] = value


def _past_value(group: str, i: int) -> int:
    """The index past the expression at ``i`` (to the next ``,`` or space outside
    brackets and strings)."""
    depth, n = _Depth(), len(group)
    start = i
    while i < n:
        sign = depth.step(group[i])
        if sign and sign in ", \t" and depth.level <= 0 and i > start:
            return i + 1
        i += 1
    return n


@dataclass
class _Depth:
    """Where a scan of code stands: inside which string, how many brackets deep. One
    walk for an attribute group's end and an attribute value's end, which both skip
    strings and brackets alike."""

    level: int = 0
    """Brackets open."""
    quote: str = ""
    """The quote of the string the scan is in, or ""."""

    def step(self, c: str) -> str:
        """Take the sign ``c``: ``c`` when it is code (a bracket counted), "" when it is
        in a string or opens or closes one."""
        if self.quote:
            if c == self.quote:
                self.quote = ""
            return ""
        if c in "\"'`":
            self.quote = c
            return ""
        if c in "([{":
            self.level += 1
        elif c in ")]}":
            self.level -= 1
        return c


def _classes(selectors: str, attrs: dict[str, str]) -> None:
    for part in _CLASS_ID_RE.findall(selectors):
        if part[0] == "#":
            attrs.setdefault("id", part[1:])
        else:
            attrs["class"] = f"{attrs['class']} {part[1:]}" if attrs.get("class") else part[1:]


def _tag(name: str) -> str:
    lowered = name.lower()
    return lowered if lowered in _KEPT_TAGS and lowered not in ("html", "body") else ""


def _inline(text: str, depth: int = 0) -> str:
    """A line's text as HTML: Pug's ``#[tag.class text]`` an element, ``#{…}`` left out."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text.startswith(_INTERPOLATION_OPEN, i):
            i = _matching(text, i + 1)
            continue
        if text.startswith("#[", i) and depth < MAX_DEPTH:
            end = _matching(text, i + 1)
            out.append(_inline_element(text[i + 2 : end - 1], depth + 1))
            i = end
            continue
        found = _INLINE_OPEN_RE.search(text, i + 1)
        nxt = found.start() if found else n
        out.append(text[i:nxt])
        i = nxt
    return "".join(out)


def _matching(text: str, i: int) -> int:
    """The index past the bracket that closes the one at ``i``."""
    level = 0
    for k in range(i, len(text)):
        if text[k] in "([{":
            level += 1
        elif text[k] in ")]}":
            level -= 1
            if level == 0:
                return k + 1
    return len(text)


def _inline_element(inner: str, depth: int) -> str:
    m = _SELECTOR_RE.match(inner)
    if not m or not (m.group(1) or m.group(2)):
        return _inline(inner, depth)
    attrs: dict[str, str] = {}
    _classes(m.group(2), attrs)
    rest = inner[m.end() :]
    if rest.startswith("("):
        end = _matching(rest, 0)
        _attributes(rest[1 : end - 1], attrs)
        rest = rest[end:]
    tag = _tag(m.group(1) or "span") or "span"
    body = "" if rest.lstrip().startswith("=") else _inline(rest.strip(), depth)
    return f"{_open(tag, attrs)}{body}</{tag}>"


def _open(tag: str, attrs: dict[str, str]) -> str:
    kept = "".join(
        f' {key}="{html.escape(attrs[key])}"'
        for key in ("href", "class", "id", "title", "alt", "datetime")
        if key in attrs
    )
    return f"<{tag}{kept}>"


def _emit(node: _Node, out: list[str]) -> int:
    """Writes the node's HTML into ``out`` at its lines; the count of words in its text."""
    words = len(_TAG_RE.sub(" ", node.text).split())
    last = node.last
    if node.line >= 0:
        out[node.line] += (_open(node.tag, node.attrs) if node.tag else "") + node.text
    for child in node.children:
        words += _emit(child, out)
        last = max(last, _last_line(child))
    if node.tag and node.tag not in _VOID and node.line >= 0:
        out[last] += f"</{node.tag}>"
    node.last = last
    return words


def _last_line(node: _Node) -> int:
    return node.last
