"""Lines of blocks that repeat one layout, read as the columns of a table.

A programme page repeats one template per talk without a table: HTML cards (``<h3>``
time, ``<h4>`` title, ``<p>`` name, ``<p class="company">``, ``<p class="city">``), list
items with sub-lines, paragraphs of ``time / title / name / company`` lines. A line of
such a block says who it names only as a table's cell does: by its column. Here each
element class (``company``, ``empresa``, ``ort``), or else each line's position in its
block, is a column; whether it may hold people is decided from all its values across the
blocks, with the evidence of :func:`confnotes.importers.columns.may_hold_people` (no
place or organisation among them, or a class that says people), never from one line.

A value that stands in a column that holds no people (``Lumière Analytique`` under a
speaker) names an organisation or a place wherever else it stands: a sponsor's card whose
only line is its company's name names no one. Its line is kept with the talk, not read
as a speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from confnotes.importers.columns import may_hold_people, says_people, words_of

__all__ = ["BlockColumns", "line_key"]


def line_key(position: int, classes: str = "") -> str:
    """A line's column: its element's class when it has one (a template names its
    fields), else its position among its block's lines (``#2``)."""
    return classes.strip() or f"#{position}"


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


class BlockColumns:
    """The columns of a run of blocks, each block a sequence of ``(key, text)`` lines
    (:func:`line_key`), and what each may hold."""

    def __init__(
        self,
        blocks: Sequence[Sequence[tuple[str, str]]],
        held: Sequence[tuple[str, str]] = (),
    ):
        """``held``: lines the reader took as a person's organisation, beside that
        person (``Ana Ruiz`` over ``Fjordline Software``), each with its column: a
        column holding one is where the blocks write their speakers' organisations."""
        columns: dict[str, list[str]] = {}
        for block in blocks:
            for key, text in block:
                if text.strip():
                    columns.setdefault(key, []).append(text.strip())
        self.quiet = {
            key
            for key, values in columns.items()
            if len(values) >= 2
            and (not may_hold_people(values, self._words(key)) or key in {k for k, _v in held})
        }
        """The columns that hold no people: an affiliation's, a venue's, a city's."""
        self.others: dict[str, set[str]] = {}
        """Each value of those columns, with the columns it stands in: the organisations
        and places of this document."""
        for key in self.quiet:
            for value in columns[key]:
                self.others.setdefault(_fold(value), set()).add(key)

    @staticmethod
    def _words(key: str) -> frozenset[str]:
        return frozenset() if key.startswith("#") else words_of(key.replace("-", " "))

    def may_speak(self, key: str, text: str) -> bool:
        """Whether the line ``text`` of column ``key`` may name a speaker: its class does
        not say it holds something else (``company``, ``cidade``), and its value stands in
        no column without people elsewhere (a company's name where a speaker's stands in
        the other blocks). A position's column of mixed values (two speakers on two lines
        in one block, a name and its company in the next) keeps its names."""
        if self.others.get(_fold(text), set()) - {key} and not says_people(self._words(key)):
            return False
        return not (key in self.quiet and not key.startswith("#"))
