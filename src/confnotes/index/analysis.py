"""Text analysis shared by indexing, querying and snippets.

Whoosh's default tokenizer keeps ``*`` inside words and makes a whole CJK
sentence one token, so confnotes uses its own: words are runs of letters and
digits (Markdown markup never sticks to them), CJK runs become overlapping
character bigrams (so a shorter CJK term finds a longer phrase), and every
token is lower-cased and accent-folded (``Kajić`` → ``kajic``). Stemmed fields
add Whoosh's English stemmer on top.

Markdown is indexed as text: :func:`plain_text` strips markup line by line,
keeping the line structure so a match can be mapped to its line in the note.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Analyzer, StemFilter, Token, Tokenizer
from whoosh.formats import Positions

CJK_RANGES = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uac00-\ud7af"  # hangul syllables
)
_TOKEN_RE = re.compile(rf"(?P<cjk>[{CJK_RANGES}]+)|(?P<word>[^\W_{CJK_RANGES}]+)")
_WEIGHTED_RE = re.compile(
    rf"\x1e(?P<boost>[0-9.]+)\x1f|(?P<cjk>[{CJK_RANGES}]+)|(?P<word>[^\W_{CJK_RANGES}]+)"
)


def weighted(parts: list[tuple[float, str]]) -> str:
    """One field value made of parts of different weights (title, speakers, abstract, body).

    Each part's words count ``weight`` times in the index (BM25F's weighted term
    frequency), so one field and one term per query word rank a title match far
    above a body match, without a query over a dozen fields.
    """
    out = []
    for weight, text in parts:
        if text:
            clean = text.replace("\x1e", " ").replace("\x1f", " ")
            out.append(f"\x1e{weight:g}\x1f{clean}\n")
    return "".join(out)


CJK_RE = re.compile(rf"[{CJK_RANGES}]")

_SPECIAL_FOLDS = str.maketrans(
    {
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ł": "l",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
    }
)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case ``word`` and strip its accents (``Hyvärinen`` → ``hyvarinen``)."""
    word = word.lower()
    if word.isascii():
        return word
    word = word.translate(_SPECIAL_FOLDS)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


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
        plain = not (keeporiginal or positions or chars)
        for match in _WEIGHTED_RE.finditer(value):
            kind = match.lastgroup
            if kind == "word":
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
    """Whoosh's English (Porter) stemmer behind the query side's ``functools`` cache.

    Whoosh's own cache wrapper is pure Python and cost a fifth of a full build;
    the stems are the same.
    """

    def clear(self) -> None:
        from confnotes.index.query import stem_word

        self._stem = stem_word


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
        stem = _stems(analyzer)
        if stem is None or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        poses: dict[str, list[int]] = {}
        weights: dict[str, float] = {}
        pos, boost = 0, 1.0
        for match in _WEIGHTED_RE.finditer(value):
            kind = match.lastgroup
            if kind == "word":
                texts = [match.group()]
            elif kind == "boost":
                boost = float(match.group("boost"))
                pos += 1
                continue
            else:
                run = match.group()
                texts = [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
            for raw in texts:
                text = stem(fold(raw))
                found = poses.get(text)
                if found is None:
                    poses[text] = [pos]
                    weights[text] = boost
                else:
                    found.append(pos)
                    weights[text] += boost
                pos += 1
        fb = self.field_boost
        for word, poslist in poses.items():
            yield (word, len(poslist), weights[word] * fb, self.encode(poslist))


def _unchanged(word: str) -> str:
    return word


def _stems(analyzer: Any) -> Any:
    """The stem function of one of confnotes' analyzers (identity: no stemming), or None."""
    if type(analyzer) is FoldingTokenizer:
        return _unchanged
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


def text_field(analyzer: Analyzer, stored: bool = False) -> Any:
    """A TEXT field (positions, for phrases) indexed through :class:`FoldedPositions`."""
    from whoosh.fields import TEXT

    field = TEXT(analyzer=analyzer, stored=stored)
    field.format = FoldedPositions(field_boost=field.format.field_boost)
    return field


def words(text: str) -> list[str]:
    """The folded tokens of ``text`` (query words, CJK bigrams)."""
    return [t.text for t in FoldingTokenizer()(text)]


_RULES = [
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), ""),
    (re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?", re.M), r"\1"),
    (re.compile(r"^[ \t]*>[ \t]?", re.M), ""),
    # Bounded, and no '[' inside: a line of 60,000 '[' must not take quadratic time.
    (re.compile(r"!?\[([^\[\]\n]{0,1000})\]\([^()\n]{0,2000}\)"), r"\1"),
    (re.compile(r"<(https?://[^<>\s]{1,2000})>"), r"\1"),
    (re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M), ""),
    (re.compile(r"\*\*|__|~~|`+|(?<!\w)\*|\*(?!\w)"), ""),
]
URL_RE = re.compile(r"https?://[^\s<>()\[\]\"']+")

MAX_INDEXED_CHARS = 200_000
"""Only this much of one note's text is indexed: the rest of a pasted megabyte is not
worth minutes of pure-Python indexing (the file itself is untouched)."""


def plain_text(markdown: str) -> str:
    """Markdown reduced to readable text, line for line (line numbers are preserved)."""
    markdown = markdown[:MAX_INDEXED_CHARS]
    for pattern, repl in _RULES:
        markdown = pattern.sub(repl, markdown)
    return markdown


def urls_in(markdown: str) -> list[str]:
    """Every http(s) URL written in a note body (indexed under ``url:``)."""
    return [u.rstrip(".,;:") for u in URL_RE.findall(markdown[:MAX_INDEXED_CHARS])]


def url_terms(url: str) -> list[str]:
    """Terms a URL is findable by: the URL without scheme, its host, host parts, path words."""
    low = url.strip().lower()
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", low).rstrip("/")
    if not bare:
        return []
    host = bare.split("/", 1)[0].split(":", 1)[0]
    terms = [bare, host]
    if host.startswith("www."):
        terms.append(host[4:])
    terms.extend(p for p in re.split(r"[^0-9a-z]+", bare) if p)
    return list(dict.fromkeys(terms))


def normalize_url_query(value: str) -> str:
    """The form of a ``url:`` query value that matches :func:`url_terms`."""
    low = value.strip().lower()
    return re.sub(r"^[a-z][a-z0-9+.-]*://", "", low).rstrip("/")
