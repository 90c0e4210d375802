"""Stepping over what code holds around its data: blanks, comments and strings.

PHP arrays (:mod:`php_data`) and JavaScript literals (:mod:`script_data`) are read by
the same scan; the languages differ only in the few marks a :class:`Syntax` names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

_Name = TypeVar("_Name")

MAX_DEPTH = 60
"""Brackets a literal nests at most: deeper, it is code (or a file built to exhaust us)."""


class NotData(Exception):
    """A literal cannot be read to its end: code, not data."""

    def __init__(self, at: int) -> None:
        super().__init__(at)
        self.at = at
        """Where the reading stopped: no literal begins before it that reads better."""


@dataclass(frozen=True)
class Syntax:
    """The marks of one language's code that the scan must know."""

    word_marks: str
    """Characters a name holds besides letters and digits (``_$`` in JavaScript)."""
    hash_comments: bool
    """Whether ``#`` opens a line comment (PHP)."""
    spanning_quotes: str
    """Quotes whose strings go on past a line's end (all of PHP's, JavaScript's ````` ``)."""
    quotes: str = "\"'"
    """Quotes that open a string (JavaScript's ````` `` too)."""

    def is_word(self, c: str) -> bool:
        return c.isalnum() or c in self.word_marks

    def opens_comment(self, text: str, i: int) -> bool:
        return text.startswith(("//", "/*"), i) or (self.hash_comments and text[i] == "#")

    def skip_blank(self, text: str, i: int) -> int:
        """The index of the first character at or after ``i`` that is no blank and
        opens no comment."""
        n = len(text)
        while i < n:
            if text[i].isspace():
                i += 1
            elif self.opens_comment(text, i):
                i = self.skip_comment(text, i)
            else:
                break
        return i

    @staticmethod
    def skip_comment(text: str, i: int) -> int:
        """The index after the comment that opens at ``i`` (a block, else a line)."""
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            return len(text) if end < 0 else end + 2
        end = text.find("\n", i)
        return len(text) if end < 0 else end + 1

    def skip_string(self, text: str, i: int) -> int:
        """The index after the string that opens at ``i``. A quote that may not span
        lines ends at the line's end when unclosed (a word's apostrophe)."""
        quote, n, j = text[i], len(text), i + 1
        while j < n:
            c = text[j]
            if c == "\\":
                j += 2
                continue
            if c == quote:
                return j + 1
            if c == "\n" and quote not in self.spanning_quotes:
                return j
            j += 1
        return n

    def after_code(self, text: str, i: int, ends: tuple[str, ...], stops: str = "") -> int:
        """The end of a value that is code (a call, a variable, an arrow function): the
        next of ``ends`` (``,``) or a closing bracket at this depth, brackets, strings and
        comments inside it skipped; ``stops``: marks that end it at any depth (PHP's
        ``;``). One scan for both languages, so they skip code alike; NotData when the
        text ends first or brackets nest deeper than :data:`MAX_DEPTH`."""
        level, n = 0, len(text)
        while i < n:
            c = text[i]
            if c in self.quotes:
                i = self.skip_string(text, i)
                continue
            if self.opens_comment(text, i):
                i = self.skip_comment(text, i)
                continue
            if c in "([{":
                level += 1
                if level > MAX_DEPTH:
                    raise NotData(i)
            elif c in ")]}":
                if level == 0:
                    return i
                level -= 1
            elif c in stops or (level == 0 and text.startswith(ends, i)):
                return i
            i += 1
        raise NotData(i)


def literals_read(
    text: str,
    syntax: Syntax,
    i: int,
    literal_start: Callable[[str, int], tuple[int, _Name]],
    read: Callable[[int], tuple[Any, int]],
    attempts_most: int,
    markup_end: Callable[[str, int], int | None] = lambda _text, _i: None,
) -> Iterator[tuple[int, _Name, Any]]:
    """``(where, name, value)`` of each literal the code holds from ``i``, strings and
    comments stepped over, so a PHP and a JavaScript file are scanned by one loop.
    ``literal_start`` says where a literal begins at a place and how it is named;
    ``read`` reads one from there (raising :class:`NotData` for code); ``markup_end``
    where a template's markup at a place gives way to code again (PHP's ``?>``)."""
    n, attempts = len(text), 0
    while i < n and attempts < attempts_most:
        if text[i] in syntax.quotes:
            i = syntax.skip_string(text, i)
            continue
        if syntax.opens_comment(text, i):
            i = syntax.skip_comment(text, i)
            continue
        if (after := markup_end(text, i)) is not None:
            i = after
            continue
        start, name = literal_start(text, i)
        if start < 0:
            i += 1
            continue
        attempts += 1
        try:
            value, end = read(start)
        except NotData as stopped:
            i = max(start + 1, min(stopped.at, n))  # each part of the text is read once
            continue
        yield i, name, value
        i = max(end, i + 1)
