"""Snippets: a short window of a note around its matches, with the matched words' spans.

Whoosh's highlighter re-expands prefix and fuzzy terms over the whole
vocabulary once per hit (seconds on a multi-segment index), so confnotes
highlights by itself: the query compiler hands over the exact (already
expanded, bounded) terms, and each stored text is tokenised once with the same
folding and stemming as the index.
"""

from __future__ import annotations

from dataclasses import dataclass

from confnotes.index.analysis import _TOKEN_RE, fold

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
    from whoosh.lang.porter import stem

    return str(stem(word))


def match_spans(text: str, terms: set[str], stemmed: bool) -> list[tuple[int, int]]:
    """Offsets of the words (and CJK bigrams) of ``text`` whose index form is in ``terms``."""
    if not terms:
        return []
    spans: list[tuple[int, int]] = []
    firsts = {t[:1] for t in terms}
    for m in _TOKEN_RE.finditer(text):
        word = m.group("word")
        if word is not None:
            tok = fold(word)
            if tok[:1] not in firsts:
                continue
            if tok in terms or (stemmed and _stem(tok) in terms):
                spans.append((m.start(), m.end()))
            continue
        run, base = m.group("cjk"), m.start()
        grams = [run] if len(run) == 1 else [run[i : i + 2] for i in range(len(run) - 1)]
        for i, gram in enumerate(grams):
            if gram in terms or (len(gram) == 2 and gram[:1] in terms):
                start, end = base + i, base + i + len(gram)
                if spans and spans[-1][1] > start:
                    spans[-1] = (spans[-1][0], end)
                else:
                    spans.append((start, end))
    return spans


def _collapse(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Collapse runs of whitespace to one space, moving the spans along."""
    out: list[str] = []
    index = [0] * (len(text) + 1)
    prev_space = True
    for i, c in enumerate(text):
        index[i] = len(out)
        if c.isspace():
            if not prev_space:
                out.append(" ")
            prev_space = True
        else:
            out.append(c)
            prev_space = False
    index[len(text)] = len(out)
    joined = "".join(out)
    stripped = joined.rstrip()
    moved = [(index[s], min(index[e], len(stripped))) for s, e in spans]
    return stripped, [(s, e) for s, e in moved if e > s]


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
    lead = body[: len(body) - len(body.lstrip())]
    body = body.lstrip()
    moved = [(s - len(lead), e - len(lead)) for s, e in moved]
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
    body = body.lstrip()
    if len(text) > len(cut):
        body += "…"
    return Snippet(body, [], None)
