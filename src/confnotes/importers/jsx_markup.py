"""The markup a React (JSX/TSX) page writes, as an HTML page the page readers read.

A site built with React or Gatsby often writes its agenda as the page's own markup:
``<P>19:15 - "Talk" by <Link to="/ana">Ana Ruiz</Link></P>`` inside a component. Such a
module holds no data literal for :mod:`confnotes.importers.script_data` to read; its
words are in its JSX elements. This module turns a script's JSX into HTML, line for
line (each line of the script is one line of the page): elements and their text are
kept, ``{…}`` expressions are left out (a string written as one, ``{' '}``, is its
text; elements written inside one, ``{items.map(i => <li>…</li>)}``, are kept), and
the code around the elements is blank. Components become the HTML elements they stand
for: ``<P>`` a ``<p>``, ``<H2>`` an ``<h2>``, a component linking somewhere
(``<Link to="…">``) an ``<a href="…">``, any other one a ``<div>`` when it holds
blocks and a ``<span>`` when it holds words only. One pass, bounded in size and depth.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass, field

from confnotes.importers import doctree, script_data

MAX_TEXT = 1_000_000
"""Characters of a script read at most (a bigger file is a bundle, not a page)."""
MAX_DEPTH = 60
MIN_WORDS = 3
"""Words the elements must hold before the script reads as a page."""

_NAME_RE = re.compile(r"[A-Za-z_$][\w$.:-]*")
_ATTR_RE = re.compile(r"[A-Za-z_$][\w$:-]*")
_WORD_BEFORE_RE = re.compile(r"(?:return|yield|default)$")
_EXPRESSION_END = "([{,=?:&|!>;"
"""Characters after which a ``<`` opens an element, not a comparison."""
PAGE_TAGS = (
    doctree.BLOCK_TAG_NAMES
    | doctree.CONTAINER_TAGS
    | {"address", "details", "summary", "a", "b", "i", "em", "strong", "span", "small"}
    | {"time", "abbr", "cite", "code", "br", "label"}
) - {"body", "html"}
"""Elements kept as written (a lowercase ``<li>``) or stood for by a component (``<P>``)."""
_VOID_TAGS = frozenset({"br", "hr", "img", "wbr"})
_LINK_ATTRS = ("href", "to")


@dataclass
class _Element:
    name: str
    start: int
    """Where its start tag begins."""
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Element | str] = field(default_factory=list)
    newlines: int = 0
    """Line breaks inside its start tag (the page keeps the script's lines)."""
    end: int = 0
    """Where it ends in the script."""


class _NotMarkup(Exception):
    def __init__(self, at: int) -> None:
        super().__init__(at)
        self.at = at


@functools.lru_cache(maxsize=4)
def page(text: str) -> str | None:
    """:func:`markup`, kept for the last few texts (every reading of a document asks)."""
    return markup(text)


def markup(text: str) -> str | None:
    """The page a script module's JSX writes, as HTML, line for line; None when the text
    is no script module or its elements hold fewer than :data:`MIN_WORDS` words."""
    if len(text) > MAX_TEXT or not script_data.is_script(text):
        return None
    out: list[str] = []
    words = 0
    i, n, last = 0, len(text), 0
    while i < n:
        c = text[i]
        if c in "\"'`":
            i = _skip_string(text, i)
            continue
        if script_data.SCRIPT.opens_comment(text, i):
            i = script_data.SCRIPT.skip_comment(text, i)
            continue
        if c == "<" and _opens_element(text, i):
            try:
                element, end = _Parser(text).element(i, 0)
            except _NotMarkup as stopped:
                i = max(i + 1, stopped.at)
                continue
            out.append("\n" * text.count("\n", last, i))
            words += _emit(element, out, text, True)
            last = i = end
            continue
        i += 1
    if words < MIN_WORDS:
        return None
    out.append("\n" * text.count("\n", last, n))
    return "".join(out)


def _opens_element(text: str, i: int) -> bool:
    """Whether the ``<`` at ``i`` opens an element (``return <div>``, ``= <P>``,
    ``(<>``), not a comparison (``a < b``) or a type's parameter (``Array<Talk>``)."""
    nxt = text[i + 1 : i + 2]
    if not (nxt == ">" or nxt.isalpha()):
        return False
    j = i - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] in _EXPRESSION_END:
        return True
    return bool(_WORD_BEFORE_RE.search(text, max(0, j - 6), j + 1))


def _skip_string(text: str, i: int) -> int:
    """The index after a string (a template string's ``${…}`` read through)."""
    return script_data.SCRIPT.skip_string(text, i)


class _Parser:
    """JSX elements read into a tree, expressions read past (their own elements kept)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)

    def element(self, i: int, depth: int) -> tuple[_Element, int]:
        if depth > MAX_DEPTH:
            raise _NotMarkup(i)
        element = _Element("", i)
        j = i + 1
        if not self.text.startswith(">", j):
            m = _NAME_RE.match(self.text, j)
            if not m:
                raise _NotMarkup(j)
            element.name = m.group(0)
            j = self._attributes(m.end(), element.attrs, depth)
        element.newlines = self.text.count("\n", i, j)
        if self.text.startswith("/>", j):
            element.end = j + 2
        elif self.text.startswith(">", j):
            element.end = self._children(element, j + 1, depth)
        else:
            raise _NotMarkup(j)
        return element, element.end

    def _attributes(self, j: int, attrs: dict[str, str], depth: int) -> int:
        """Reads a start tag's attributes into ``attrs`` (those written as strings, or as
        one string in braces); where the tag ends (``>`` or ``/>``)."""
        while True:
            j = script_data.SCRIPT.skip_blank(self.text, j)
            if j >= self.n:
                raise _NotMarkup(j)
            if self.text.startswith(("/>", ">"), j):
                return j
            if self.text[j] == "{":  # a spread ({...props})
                j, _said, _kids = self._expression(j, depth)
                continue
            m = _ATTR_RE.match(self.text, j)
            if not m:
                raise _NotMarkup(j)
            key, j = m.group(0), m.end()
            k = script_data.SCRIPT.skip_blank(self.text, j)
            if not self.text.startswith("=", k):
                attrs[key] = ""
                continue
            k = script_data.SCRIPT.skip_blank(self.text, k + 1)
            if k < self.n and self.text[k] in "\"'":
                end = self.text.find(self.text[k], k + 1)
                if end < 0:
                    raise _NotMarkup(self.n)
                attrs[key] = self.text[k + 1 : end]
                j = end + 1
            elif k < self.n and self.text[k] == "{":
                j, said, _kids = self._expression(k, depth)
                if said is not None:
                    attrs[key] = said
            else:
                raise _NotMarkup(k)

    def _children(self, element: _Element, j: int, depth: int) -> int:
        text_from = j
        while j < self.n:
            c = self.text[j]
            if c == "<":
                if text_from < j:
                    element.children.append(self.text[text_from:j])
                if self.text.startswith("</", j):
                    end = self.text.find(">", j)
                    if end < 0:
                        raise _NotMarkup(self.n)
                    return end + 1
                child, j = self.element(j, depth + 1)
                element.children.append(child)
                text_from = j
            elif c == "{":
                if text_from < j:
                    element.children.append(self.text[text_from:j])
                start = j
                j, said, kids = self._expression(j, depth)
                element.children.extend(kids)
                lines = self.text.count("\n", start, j) - sum(
                    self.text.count("\n", kid.start, kid.end) for kid in kids
                )
                element.children.append(said if said is not None else "\n" * lines)
                text_from = j
            else:
                j += 1
        raise _NotMarkup(j)

    def _expression(self, i: int, depth: int) -> tuple[int, str | None, list[_Element]]:
        """The end of the ``{…}`` at ``i``, the string it is when it is one string, and
        the elements written inside it."""
        j = script_data.SCRIPT.skip_blank(self.text, i + 1)
        if j < self.n and self.text[j] in "\"'`":
            end = _skip_string(self.text, j)
            k = script_data.SCRIPT.skip_blank(self.text, end)
            body = self.text[j + 1 : end - 1]
            if k < self.n and self.text[k] == "}" and "${" not in body:
                return k + 1, body, []
        kids: list[_Element] = []
        level, j = 0, i + 1
        while j < self.n:
            c = self.text[j]
            if c in "\"'`":
                j = _skip_string(self.text, j)
                continue
            if self.text.startswith(("//", "/*"), j):
                j = script_data.SCRIPT.skip_comment(self.text, j)
                continue
            if c == "<" and _opens_element(self.text, j):
                kid, j = self.element(j, depth + 1)
                kids.append(kid)
                continue
            if c in "([{":
                level += 1
            elif c in ")]}":
                if level == 0:
                    if c != "}":
                        raise _NotMarkup(j)
                    return j + 1, None, kids
                level -= 1
            j += 1
        raise _NotMarkup(j)


def _tag(element: _Element) -> str:
    """The HTML element a JSX element stands for."""
    name = element.name
    lowered = name.lower()
    if not name or "." in name:
        return ""  # a fragment (<>, <React.Fragment>): its children alone
    if name[0].islower():
        return name if lowered in PAGE_TAGS or lowered in _VOID_TAGS else ""
    if any(element.attrs.get(a, "").strip() for a in _LINK_ATTRS):
        return "a"
    if lowered in PAGE_TAGS:
        return lowered
    return "div" if _holds_blocks(element, 0) else "span"


def _holds_blocks(element: _Element, depth: int) -> bool:
    for child in element.children:
        if isinstance(child, _Element):
            tag = _tag(child) if depth < MAX_DEPTH else ""
            if tag not in ("", "a", "span", "b", "i", "em", "strong", "small", "br"):
                return True
            if not tag and _holds_blocks(child, depth + 1):
                return True
    return False


def _emit(element: _Element, out: list[str], text: str, top: bool) -> int:
    """Writes the element's HTML into ``out``; the count of words in its text."""
    tag = _tag(element)
    words = 0
    if tag:
        attrs = []
        link = next((element.attrs[a] for a in _LINK_ATTRS if element.attrs.get(a)), "")
        if tag == "a" and link:
            attrs.append(f' href="{html.escape(link)}"')
        for key in ("className", "class", "title", "alt", "id"):
            if (value := element.attrs.get(key)) is not None:
                attrs.append(f' {"class" if key == "className" else key}="{html.escape(value)}"')
        out.append(f"<{tag}{''.join(attrs)}>")
    out.append("\n" * element.newlines)
    for child in element.children:
        if isinstance(child, str):
            out.append(child)
            words += len(child.split())
        else:
            words += _emit(child, out, text, False)
    if tag and tag not in _VOID_TAGS:
        out.append(f"</{tag}>")
    return words
