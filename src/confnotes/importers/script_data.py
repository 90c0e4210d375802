"""Programme data written in a script's literal syntax: a site's ``talks.js``,
``schedule.ts``, a component that holds its agenda in ``const items = [...]``.

Static sites keep their programme in JavaScript or TypeScript modules as often as in
JSON: ``export default [{title: "…", speaker: "…"}]``, ``module.exports = [...]``,
``export const talks: Talk[] = [...]``. The literal is JSON in all but its spelling
(unquoted keys, single quotes and backquotes, trailing commas, comments), and it sits
beside code (imports, a ``require()`` call as a value, the component that renders it).
This reader finds every array or object literal assigned or exported at any place of
the text and reads it into plain values; what is code inside a literal (a call, a
variable, an arrow function) becomes ``None``, so the data around it is kept. One pass
over the text, bounded in size, depth and count.
"""

from __future__ import annotations

import re
from typing import Any

from confnotes.importers.code_scan import MAX_DEPTH, NotData, Syntax, literals_read

SCRIPT = Syntax(word_marks="_$", hash_comments=False, spanning_quotes="`", quotes="\"'`")
"""JavaScript's marks: ``$`` in names, template strings that span lines."""


MAX_TEXT = 2_000_000
"""Characters of a script read at most (a bigger file is a bundle, not a data file)."""
MAX_LITERALS = 50
"""Literals kept at most per file (each one's values are walked for talk records)."""
MAX_ATTEMPTS = 1000
"""Places read as a literal at most per file (one that turns out to be code is read to
its end before it is given up)."""

_SCRIPT_START_RE = re.compile(
    r"(?:export\b|import\b|module\.exports\b|exports\.|const\b|let\b|var\b|window\.|"
    r"(?:\"use strict\"|'use strict'))"
)
"""How a script module's first line of code begins (after its comments)."""
_IDENT_RE = re.compile(r"[A-Za-z_$][\w$]*")
_NUMBER_RE = re.compile(r"[+-]?(?:0[xX][0-9a-fA-F_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?)")
_MODULE_RE = re.compile(r"""(?:require|import)[ \t]*\([ \t]*(["'`])([^"'`\n]{1,300})\1[ \t]*\)""")
"""A module named by its path in a value (``require('./speakers/ana')``, ``import('…')``)."""
_WORDS = {"true": True, "false": False, "null": None, "undefined": None}
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def is_script(text: str) -> bool:
    """Whether ``text`` reads as a script module: its first line of code (past comments
    and blank lines) opens like one."""
    return bool(_SCRIPT_START_RE.match(_past_comments(text[:20_000])))


def _past_comments(text: str) -> str:
    """``text`` from its first character that is neither blank nor inside a comment."""
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
        elif text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
        else:
            break
    return text[i:]


def literals(text: str) -> list[tuple[str, Any]]:
    """The array and object literals a script assigns or exports, with the name they
    are given (``agendaItems``, ``module.exports``, ``default``), in the order written.
    Literals that hold no text (``{}``, a markup attribute's ``{1.2}``) are left out; so
    are the ones that are not data at all (a literal that cannot be read to its end)."""
    if len(text) > MAX_TEXT:
        return []
    found: list[tuple[str, Any]] = []
    read = literals_read(
        text, SCRIPT, 0, _literal_start, lambda at: _Reader(text).value(at, 0), MAX_ATTEMPTS
    )
    for i, named, value in read:
        if holds_text(value, 0):
            found.append((_name_before(text, i) if named else "default", value))
            if len(found) >= MAX_LITERALS:
                break
    return found


def holds_text(value: Any, depth: int) -> bool:
    """Whether a string is anywhere in ``value`` (data holds words; code's own literals,
    ``{1.2}``, ``{true}``, a variable's ``{item}``, hold none)."""
    if isinstance(value, str):
        return bool(value.strip())
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, dict):
        return any(holds_text(v, depth + 1) for v in value.values())
    if isinstance(value, list):
        return any(holds_text(v, depth + 1) for v in value)
    return False


def _literal_start(text: str, i: int) -> tuple[int, bool]:
    """Where a literal assigned at ``i`` begins (``= [``, ``export default {``), and
    whether a name is written before it; (-1, False) when ``i`` is no such place."""
    c = text[i]
    if c == "=":
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before in "=!<>+-*/%&|^" or after in "=>":
            return -1, False
        j = SCRIPT.skip_blank(text, i + 1)
        if j < len(text) and text[j] in "[{":
            return j, True
        return -1, False
    if (
        c == "e"
        and text.startswith("export default", i)
        and (i == 0 or not SCRIPT.is_word(text[i - 1]))
    ):
        j = SCRIPT.skip_blank(text, i + len("export default"))
        if j < len(text) and text[j] in "[{":
            return j, False
    return -1, False


def _name_before(text: str, i: int) -> str:
    """The name assigned at ``i`` (``const talks: Talk[] =`` → ``talks``)."""
    line = text[max(0, text.rfind("\n", max(0, i - 300), i) + 1, i - 300) : i]
    line = line.split(":", 1)[0]  # a TypeScript type annotation
    names = re.findall(r"[A-Za-z_$][\w$.]*", line)
    return names[-1] if names else ""


class _Reader:
    """A literal read into Python values, code inside it read as ``None``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)

    def value(self, i: int, depth: int) -> tuple[Any, int]:
        if depth > MAX_DEPTH:
            raise NotData(i)
        i = SCRIPT.skip_blank(self.text, i)
        if i >= self.n:
            raise NotData(i)
        c = self.text[i]
        if c == "[":
            return self._array(i + 1, depth)
        if c == "{":
            return self._object(i + 1, depth)
        if c in "\"'`":
            return self._string(i)
        number = _NUMBER_RE.match(self.text, i)
        if number and number.group(0) not in "+-":
            return _number(number.group(0)), self._after_code(number.end())
        word = _IDENT_RE.match(self.text, i)
        if word and word.group(0) in _WORDS and not self._goes_on(word.end()):
            return _WORDS[word.group(0)], word.end()
        if module := _MODULE_RE.match(self.text, i):
            # another file's record named by its path (``require('./speakers/ana-ruiz')``):
            # a record that only says which one, as an id field pointing into a table does
            stem = module.group(2).rstrip("/").rsplit("/", 1)[-1].split(".", 1)[0]
            return ({"id": stem} if stem else None), self._after_code(module.end())
        return None, self._after_code(i)

    def _goes_on(self, i: int) -> bool:
        j = SCRIPT.skip_blank(self.text, i)
        return j < self.n and self.text[j] in ".([?"

    def _after_code(self, i: int) -> int:
        """The end of a value that is code (a call, a variable, an arrow function): the
        next ``,`` or closing bracket at this depth, brackets inside it skipped."""
        return SCRIPT.after_code(self.text, i, (",", ";"))

    def _array(self, i: int, depth: int) -> tuple[list[Any], int]:
        items: list[Any] = []
        while True:
            i = SCRIPT.skip_blank(self.text, i)
            if i >= self.n:
                raise NotData(i)
            if self.text[i] == "]":
                return items, i + 1
            if self.text.startswith("...", i):
                i = self._after_code(i + 3)
            else:
                item, i = self.value(i, depth + 1)
                items.append(item)
            i = self._separator(i, "]")

    def _object(self, i: int, depth: int) -> tuple[dict[str, Any], int]:
        record: dict[str, Any] = {}
        while True:
            i = SCRIPT.skip_blank(self.text, i)
            if i >= self.n:
                raise NotData(i)
            c = self.text[i]
            if c == "}":
                return record, i + 1
            if self.text.startswith("...", i):
                i = self._separator(self._after_code(i + 3), "}")
                continue
            if c in "\"'`":
                key, i = self._string(i)
            elif c == "[":  # a computed key: code
                i = self._separator(self._after_code(i), "}")
                continue
            else:
                word = _IDENT_RE.match(self.text, i) or _NUMBER_RE.match(self.text, i)
                if not word:
                    raise NotData(i)
                key, i = word.group(0), word.end()
            j = SCRIPT.skip_blank(self.text, i)
            if j < self.n and self.text[j] == ":":
                value, i = self.value(j + 1, depth + 1)
                record[str(key)] = value
            elif j < self.n and self.text[j] in ",}":
                record[str(key)] = None  # a shorthand property: a variable's value
                i = j
            else:  # a method or a getter: code
                i = self._after_code(j)
            i = self._separator(i, "}")

    def _separator(self, i: int, closing: str) -> int:
        i = SCRIPT.skip_blank(self.text, i)
        if i < self.n and self.text[i] == ",":
            return i + 1
        if i < self.n and self.text[i] == closing:
            return i
        raise NotData(i)

    def _string(self, i: int) -> tuple[str, int]:
        quote, j = self.text[i], i + 1
        out: list[str] = []
        while j < self.n:
            c = self.text[j]
            if c == "\\" and j + 1 < self.n:
                nxt = self.text[j + 1]
                if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", self.text[j + 2 : j + 6]):
                    out.append(chr(int(self.text[j + 2 : j + 6], 16)))
                    j += 6
                    continue
                if nxt == "\n":
                    j += 2  # a line continuation
                    continue
                out.append(_ESCAPES.get(nxt, nxt))
                j += 2
                continue
            if c == quote:
                return "".join(out), j + 1
            if c == "\n" and quote != "`":
                raise NotData(j)
            if quote == "`" and c == "$" and self.text.startswith("${", j):
                end = self._after_code(j + 2)  # the substitution's code, kept as written
                out.append(self.text[j : end + 1])
                j = end + 1
                continue
            out.append(c)
            j += 1
        raise NotData(j)


def _number(token: str) -> Any:
    token = token.replace("_", "")
    try:
        if token.lower().startswith(("0x", "+0x", "-0x")):
            return int(token, 16)
        value = float(token)
    except ValueError:
        return token
    integer = value.is_integer() and not any(c in token for c in ".eE")
    return int(value) if integer else value
