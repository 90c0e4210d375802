"""Snippets: a short window of a note around its matches, with the matched words' spans.

Whoosh's highlighter re-expands prefix and fuzzy terms over the whole
vocabulary once per hit (seconds on a multi-segment index), so confnotes
highlights by itself: the query compiler hands over the exact (already
expanded, bounded) terms, and each stored text is tokenised once with the same
folding and stemming as the index.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from confnotes.index.analysis import CJK_RE, fold, starts_cjk, word_at
from confnotes.index.base import Hit

WINDOW = 180
"""Characters of text a snippet shows around its best match."""
LEAD = 50
"""Characters shown before the first match of the window."""


@dataclass
class Snippet:
    """Plain text, the spans of matched words inside it, and the first match's offset."""

    text: str
    spans: list[tuple[int, int]]
    first: int | None
    """Offset of the first match in the whole source text (None when nothing matched)."""


def _stem(word: str) -> str:
    from confnotes.index.query import stem_word

    return stem_word(word)


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    folded = fold(c)
    return folded if len(folded) == 1 else c.lower()[:1] or c


def _lower_same_length(text: str) -> str:
    """Lower-cased text with every character kept in place (so offsets hold)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[:1] or c for c in text)


def variants() -> dict[str, str]:
    """For each ASCII letter, every lower-case letter of U+00C0–U+024F that folds to it
    (a → aàáâãäåā...): how :data:`VARIANTS` is made (a unit test checks they agree)."""
    table: dict[str, list[str]] = {}
    for code in range(0xC0, 0x250):
        c = chr(code).lower()
        f = fold(c)
        if len(f) == 1 and f.isascii() and f.isalpha() and f != c:
            table.setdefault(f, []).append(c)
    return {k: "".join(sorted(set(v))) for k, v in table.items()}


VARIANTS = {
    "a": "àáâãäåāăąǎǟǡǻȁȃȧ",
    "b": "ƀƃɓ",
    "c": "çćĉċčƈȼ",
    "d": "ðďđƌƍȡɖɗ",
    "e": "èéêëēĕėęěȅȇȩɇɛ",
    "f": "ƒ",
    "g": "ĝğġģǥǧǵɠɣ",
    "h": "ĥħȟ",
    "i": "i\u0307ìíîïĩīĭįıǐȉȋɨɩ",
    "j": "ĵǰȷɉ",
    "k": "ķĸƙǩ",
    "l": "ĺļľłƚƛȴ",
    "n": "ñńņňƞǹȵɲ",
    "o": "òóôõöøōŏőơǒǫǭǿȍȏȫȭȯȱɔɵ",
    "p": "ƥ",
    "q": "ɋ",
    "r": "ŕŗřȑȓɍʀ",
    "s": "śŝşšſșȿʃ",
    "t": "ţťŧƫƭțȶʈ",
    "u": "ùúûüũūŭůűųưǔǖǘǚǜȕȗʉʊ",
    "v": "ʋ",
    "w": "ŵƿɯ",
    "y": "ýÿŷƴȝȳɏ",
    "z": "źżžƶȥɀʒ",
}
""":func:`variants`, written out: computing it folds 400 letters through ``text-unidecode``,
whose table a search for ASCII words would otherwise load (~10 ms of a cold search)."""


def _loose(head: str) -> str:
    """A letter matching its accented forms, composed or decomposed (``ü``, ``u`` + U+0308)."""
    return "".join(
        f"[{re.escape(c)}{re.escape(VARIANTS[c])}][\u0300-\u036f]*"
        if c in VARIANTS
        else re.escape(c)
        for c in head
    )


@lru_cache(maxsize=256)
def _finder(terms: frozenset[str], ascii_text: bool = False) -> re.Pattern[str] | None:
    """A regex for where a word of ``terms`` may start: its first 4 letters, accents or not
    (in ASCII text, the letters themselves: a literal the regex engine scans for quickly).

    It has no look-behind for the start of a word (it made every scan ten times slower):
    :func:`match_spans` checks the letter before each match."""
    if ascii_text:
        heads = sorted({re.escape(t[:4]) for t in terms if t and t.isascii()})
    else:
        heads = sorted({_loose(t[:4]) for t in terms if t and not starts_cjk(t)})
    if not heads:
        return None
    return re.compile("|".join(heads))


_WORD_CHAR = re.compile(r"[^\W_]")
"""A letter or digit: a match right after one is inside a word, not at its start."""


_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


def _word_at(text: str, pos: int) -> re.Match[str] | None:
    """``word_at().match(text, pos)``, without compiling its Unicode classes (~6 ms, a
    tenth of a cold search) for a plain ASCII word followed by ASCII that cannot go on
    with it: a space or punctuation, not a letter with accents, a combining mark (none is
    ASCII), ``++`` or ``#`` (``C++``, ``C#``)."""
    m = _ASCII_WORD.match(text, pos)
    if m is not None:
        end = m.end()
        if end == len(text) or (text[end] < "\x80" and text[end] not in "+#"):
            return m
    return word_at().match(text, pos)


def match_spans(text: str, terms: set[str], stemmed: bool) -> list[tuple[int, int]]:
    """Offsets of the words (and CJK bigrams) of ``text`` whose index form is in ``terms``.

    Only places where a term's first letters occur are looked at, so long notes
    cost a regex scan, not a Python loop over every word.
    """
    if not terms or not text:
        return []
    spans: list[tuple[int, int]] = []
    lowered = _lower_same_length(text)
    finder = _finder(frozenset(terms), lowered.isascii())
    if finder is not None:
        for m in finder.finditer(lowered):
            if m.start() and _WORD_CHAR.match(lowered, m.start() - 1):
                continue
            word = _word_at(lowered, m.start())
            if word is None:
                continue
            raw = word.group(0)
            cjk = None if raw.isascii() else CJK_RE.search(raw)
            if cjk:
                raw = raw[: cjk.start()]
            tok = fold(raw)
            if tok in terms or (stemmed and _stem(tok) in terms):
                spans.append((m.start(), m.start() + len(raw)))
    for term in terms:
        if not starts_cjk(term):
            continue
        pos = text.find(term)
        while pos >= 0:
            spans.append((pos, pos + len(term)))
            pos = text.find(term, pos + 1)
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        if start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_SPACES = re.compile(r"\s+")


def _collapse(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Collapse runs of whitespace to one space (and trim), moving the spans along."""
    removed_at: list[int] = []  # original offsets where characters were dropped
    pieces, last = [], 0
    for m in _SPACES.finditer(text):
        pieces.append(text[last : m.start()])
        pieces.append(" ")
        removed_at.extend(range(m.start() + 1, m.end()))
        last = m.end()
    pieces.append(text[last:])
    joined = "".join(pieces)

    def move(offset: int) -> int:
        return offset - bisect_right(removed_at, offset - 1)

    lead = len(joined) - len(joined.lstrip())
    body = joined.strip()
    moved = [(max(move(s) - lead, 0), min(move(e) - lead, len(body))) for s, e in spans]
    return body, [(s, e) for s, e in moved if e > s]


def make_snippet(text: str, terms: set[str], stemmed: bool = True) -> Snippet | None:
    """The best window of ``text`` for ``terms``: the one holding the most matches.

    Returns None when no word of ``text`` matches.
    """
    spans = match_spans(text, terms, stemmed)
    if not spans:
        return None
    best, best_count, j = 0, 0, 0
    for i, (start, _end) in enumerate(spans):
        j = max(j, i)
        while j + 1 < len(spans) and spans[j + 1][1] <= start + WINDOW - LEAD:
            j += 1
        if j - i + 1 > best_count:
            best, best_count = i, j - i + 1
    anchor = spans[best][0]
    lo = max(0, anchor - LEAD)
    if lo > 0:
        space = text.find(" ", lo, anchor)
        lo = space + 1 if space >= 0 else lo
    hi = min(len(text), lo + WINDOW)
    if hi < len(text):
        space = text.rfind(" ", spans[best][1], hi)
        hi = space if space > 0 else hi
    window = [(max(s, lo) - lo, min(e, hi) - lo) for s, e in spans if e > lo and s < hi]
    body, moved = _collapse(text[lo:hi], window)
    if lo > 0:
        body, moved = "…" + body, [(s + 1, e + 1) for s, e in moved]
    if hi < len(text):
        body += "…"
    return Snippet(body, moved, spans[0][0])


def lead_snippet(text: str) -> Snippet:
    """The start of ``text`` (for hits that matched only in metadata)."""
    cut = text[: WINDOW + 1]
    if len(text) > WINDOW:
        space = cut.rfind(" ")
        cut = cut[: space if space > 0 else WINDOW]
    body, _ = _collapse(cut, [])
    if len(text) > len(cut):
        body += "…"
    return Snippet(body, [], None)


def _attachment_snippet(
    fields: dict[str, Any], words: set[str]
) -> tuple[Snippet, int | None] | None:
    """The first page of an attached PDF that holds a searched word, as a snippet that
    names it (``slides.pdf p. 12: …``), and the note's line that links to the file."""
    if not words:
        return None
    for name, line, page, text in fields.get("attachment_pages") or ():
        found = make_snippet(text, words)
        if found is not None:
            lead = f"{name} p. {page}: "
            spans = [(start + len(lead), end + len(lead)) for start, end in found.spans]
            return Snippet(lead + found.text, spans, found.first), line or None
    return None


def hit_from_stored(fields: dict[str, Any], score: float, highlights: dict[str, set[str]]) -> Hit:
    """A search hit made from a document's stored fields: its snippet around the first
    highlighted word of the note's body, else of the abstract, else their opening."""
    body = fields.get("body") or ""
    snippet: Snippet | None = make_snippet(body, highlights.get("body", set()))
    line = None
    if snippet is not None and snippet.first is not None:
        line = body.count("\n", 0, snippet.first) + 1
    if snippet is None:
        abstract = fields.get("abstract") or ""
        snippet = make_snippet(abstract, highlights.get("abstract", set()))
        if snippet is None:
            found = _attachment_snippet(fields, highlights.get("attachment", set()))
            if found is not None:
                snippet, line = found
        if snippet is None:
            snippet = lead_snippet(abstract or body)
    return Hit(
        kind=fields.get("doctype", "talk"),
        id=fields.get("id", ""),
        title=fields.get("title", ""),
        conference=fields.get("conference"),
        speakers=list(fields.get("speaker_names") or []),
        score=score,
        snippet=snippet.text,
        highlights=snippet.spans,
        line=line,
        date=fields.get("day") or None,
        ts=int(fields.get("ts") or 0),
    )
