"""Whoosh's side of the text analysis: the tokenizer, stemmer, formats and fields of the schema.

The analysis itself is in :mod:`confnotes.index.analysis`, which imports nothing of
Whoosh (the query parser and snippets use it too). The classes here wrap those
functions in Whoosh's public interfaces for the schema, the writer and Whoosh's own
query side. Indexes written before they moved here name
them in ``confnotes.index.analysis`` (the schema is pickled in the index's table of
contents): that module forwards the names.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Analyzer, StemFilter, Token, Tokenizer
from whoosh.formats import Existence, Frequency, Positions

from confnotes.index.analysis import (
    _ASCII_WORD_RE,
    _WEIGHTED_RE,
    analysed,
    encode_positions,
    fold,
    plain_ascii,
    unchanged,
)
from confnotes.text.fold import compat

_UINT = struct.Struct("!I")


class FoldingTokenizer(Tokenizer):  # type: ignore[misc]
    """Words (lower-cased, accent-folded) and CJK character bigrams, with positions/offsets."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self).__name__)

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: Any,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = value
            t.text = fold(value)
            t.boost = 1.0
            if positions:
                t.pos = start_pos
            if chars:
                t.startchar = start_char
                t.endchar = start_char + len(value)
            yield t
            return
        pos = start_pos
        boost = 1.0
        t.boost = boost
        t.stopped = False
        if "\x1e" not in value and plain_ascii(value):
            # Query words and most field values: ASCII words, lower-cased (their fold).
            for match in _ASCII_WORD_RE.finditer(value.lower()):
                t.text = match.group()
                t.stopped = False
                if keeporiginal:
                    t.original = value[match.start() : match.end()]
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar = start_char + match.start()
                    t.endchar = start_char + match.end()
                pos += 1
                yield t
            return
        if not chars:
            value = compat(value)  # half-width kana, full-width digits: cut as their plain form
        plain = not (keeporiginal or positions or chars)
        for match in _WEIGHTED_RE.finditer(value):
            kind = match.lastgroup
            if kind == "word" or kind == "sym":
                if plain:  # the common case while indexing fields without positions
                    t.text = fold(match.group())
                    t.stopped = False
                    yield t
                    continue
                spans = [(match.group(), match.start(), match.end())]
            elif kind == "boost":
                boost = float(match.group("boost"))
                t.boost = boost
                pos += 1  # parts never run together into a phrase
                continue
            else:
                run = match.group()
                base = match.start()
                if len(run) == 1:
                    spans = [(run, base, base + 1)]
                else:
                    spans = [(run[i : i + 2], base + i, base + i + 2) for i in range(len(run) - 1)]
            for text, start, end in spans:
                t.text = fold(text)
                t.stopped = False
                if keeporiginal:
                    t.original = text
                if positions:
                    t.pos = pos
                if chars:
                    t.startchar = start_char + start
                    t.endchar = start_char + end
                pos += 1
                yield t


def plain_analyzer() -> Analyzer:
    """Folded words, not stemmed: names, rooms, tags, sessions."""
    return FoldingTokenizer()


class CachedStemFilter(StemFilter):  # type: ignore[misc]
    """The Snowball English stemmer (PyStemmer, in C) behind the query side's cache.

    Whoosh's own stemmer is Porter v1 in pure Python, which conflates some forms
    and not others (*calibrated* and *calibration* apart).
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        """Each token not stopped nor ignored, stemmed by
        :func:`~confnotes.index.query.stem_word` (which keeps its own cache)."""
        from confnotes.index.query import stem_word

        ignore = self.ignore
        for t in tokens:
            if not t.stopped and t.text not in ignore:
                t.text = stem_word(t.text)
            yield t


def stemming_analyzer() -> Analyzer:
    """Folded words stemmed in English: titles, abstracts and note bodies."""
    return FoldingTokenizer() | CachedStemFilter()


class FoldedPositions(Positions):  # type: ignore[misc]
    """Whoosh's ``Positions`` format, tokenising confnotes' own analyzers in one loop.

    Indexing a field walks a chain of generators (tokenizer, stemmer, format),
    several Python calls per word: a third of a full build. For the two analyzers
    above this does the same work in one loop (same terms, positions and
    weights; ``tests/unit/test_index_analysis.py`` compares them); any other
    analyzer goes the usual way.
    """

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        stem = stems_of(analyzer)
        if stem is None or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        poses, weights, _unlike = analysed(value, stem)
        fb = self.field_boost
        encode = self.encode
        for word, poslist in poses.items():
            yield (word, len(poslist), weights[word] * fb, encode(poslist))

    def encode(self, poslist: list[int]) -> bytes:
        """``Positions.encode`` (the count, then the pickled gaps), without a Python loop."""
        return encode_positions(poslist)


class SpellingWords(Existence):  # type: ignore[misc]
    """The words of a text whose stem differs from them (folded, unstemmed), without
    frequencies or positions.

    With the stemmed field's own terms (the words that are their own stem), they
    are every word as written: typo tolerance compares typed words with those (a
    stem such as ``calibr`` is far from the typo ``calbration``), and prefixes
    expand over them (``tokeni*`` → *tokenizer*, *tokenization*, whose stems
    differ). Words that are their own stem are left out: a build writes ~40% fewer
    postings than with every word.
    """

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        if not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        from confnotes.index.query import stem_word

        _poses, _weights, found = analysed(value, stem_word)
        fb = self.field_boost
        for word in found:
            yield (word, 1, fb, b"")


def spelling_field() -> Any:
    """The unstemmed words of a document that its stems do not show (see
    :class:`SpellingWords`)."""
    from whoosh.fields import TEXT

    field = TEXT(analyzer=plain_analyzer(), phrase=False)
    field.format = SpellingWords()
    # Scorable, though never scored: a field without per-document lengths makes Whoosh's
    # writer look for its lengths file once per posting (an os.stat each, ~160,000 at
    # 5,000 talks); with them it reads one cached byte.
    return field


def stems_of(analyzer: Any) -> Any:
    """The stem function of one of confnotes' analyzers (identity: no stemming), or None."""
    if type(analyzer) is FoldingTokenizer:
        return unchanged
    items = getattr(analyzer, "items", None)
    if (
        isinstance(items, list)
        and len(items) == 2
        and type(items[0]) is FoldingTokenizer
        and type(items[1]) is CachedStemFilter
        and not items[1].ignore
    ):
        from confnotes.index.query import stem_word

        return stem_word
    return None


class FoldedFrequency(Frequency):  # type: ignore[misc]
    """Whoosh's ``Frequency`` format (a count per posting, no positions) for the short fields
    of names, rooms and sessions, through the same one-loop analysis as
    :class:`FoldedPositions`: their words are matched all together, never as a phrase (see
    ``query._Compiler._match``), so positions there were written by every build and read
    by no query."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Iterator[Any]:
        stem = stems_of(analyzer)
        if stem is None or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        poses, weights, _unlike = analysed(value, stem)
        fb = self.field_boost
        for word, poslist in poses.items():
            count = len(poslist)
            yield (word, count, weights[word] * fb, _count_bytes(count))


@lru_cache(maxsize=256)
def _count_bytes(count: int) -> bytes:
    """Whoosh's ``pack_uint`` of a posting's count (the ``Frequency`` format's value)."""
    return _UINT.pack(count)


def words_field(analyzer: Analyzer) -> Any:
    """A TEXT field of a few words (names, rooms, sessions): counts, no positions."""
    from whoosh.fields import TEXT

    field = TEXT(analyzer=analyzer, phrase=False)
    field.format = FoldedFrequency(field_boost=field.format.field_boost)
    return field


def text_field(analyzer: Analyzer, stored: bool = False) -> Any:
    """A TEXT field (positions, for phrases) indexed through :class:`FoldedPositions`."""
    from whoosh.fields import TEXT

    field = TEXT(analyzer=analyzer, stored=stored)
    field.format = FoldedPositions(field_boost=field.format.field_boost)
    return field
