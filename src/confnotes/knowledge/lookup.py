"""Finding talks from what a user typed: an id, a file name, or a fuzzy title.

``confnotes open TALK`` must open exactly one note or say why not: an id wins,
then a unique file stem, then the talks whose titles contain every typed word
(fuzzily: typos and word prefixes are forgiven). When several remain and none
is clearly the best, the error lists them so the user can type the id. The
same word matching drives the UI's schedule filter.
"""

from __future__ import annotations

import re

from confnotes.errors import NotFoundError, UsageError
from confnotes.model import Talk
from confnotes.notebook.notebook import Notebook

TYPO_CUTOFF = 75.0
"""rapidfuzz ratio (0-100) for a typed word to count as a word of the text despite typos."""

PART_CUTOFF = 90.0
"""rapidfuzz partial ratio for a typed word to count as the start or part of a longer word."""

CLEAR_MARGIN = 8.0
"""The best title must beat the runner-up by this much (WRatio) to be taken without asking."""

WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """The casefolded words of a text."""
    return WORD_RE.findall(text.casefold())


def matching_words(token: str, vocabulary: list[str]) -> set[str]:
    """Words of ``vocabulary`` that the typed ``token`` fuzzily stands for.

    A word matches when it is close as a whole (a typo: "okafr" → "okafor") or
    contains the token nearly exactly ("calib" → "calibration"); tokens of one
    or two letters only match as prefixes, so "a" does not match everything.
    """
    if len(token) < 3:
        return {w for w in vocabulary if w.startswith(token)}
    from rapidfuzz import fuzz, process  # here, not at the app's start

    close = {
        w
        for w, _score, _i in process.extract(
            token, vocabulary, scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF, limit=None
        )
    }
    longer = [w for w in vocabulary if len(w) >= len(token)]
    close.update(
        w
        for w, _score, _i in process.extract(
            token, longer, scorer=fuzz.partial_ratio, score_cutoff=PART_CUTOFF, limit=None
        )
    )
    return close


def filter_by_words(query: str, texts: dict[str, str]) -> set[str]:
    """Keys of ``texts`` whose text contains every word of ``query`` (fuzzily)."""
    tokens = words(query)
    by_key = {key: set(words(text)) for key, text in texts.items()}
    vocabulary = sorted(set().union(*by_key.values())) if by_key else []
    wanted = set(by_key)
    for token in tokens:
        close = matching_words(token, vocabulary)
        wanted = {key for key in wanted if by_key[key] & close}
    return wanted


def find_talk(nb: Notebook, query: str) -> Talk:
    """The one talk ``query`` names.

    Raises:
        NotFoundError: nothing matches.
        UsageError: several talks match about equally well (the message lists them).
    """
    text = query.strip()
    if not text or not words(text):
        raise UsageError("give a talk id or part of its title")
    key = text.removesuffix(".md")
    if key in nb.talks:
        return nb.talks[key]
    by_stem = [t for t in nb.talks.values() if t.id.rsplit("/", 1)[-1] == key]
    if len(by_stem) == 1:
        return by_stem[0]
    exact = [t for t in nb.talks.values() if t.title.casefold() == text.casefold()]
    if len(exact) == 1:
        return exact[0]
    ids = filter_by_words(text, {t.id: t.title for t in nb.talks.values()})
    if not ids:
        raise NotFoundError(f"no talk matches {text!r}; try part of its title or its id")
    found = sorted((nb.talks[i] for i in ids), key=lambda t: t.id)
    if len(found) == 1:
        return found[0]
    from rapidfuzz import fuzz

    scored = sorted(
        ((fuzz.WRatio(text.casefold(), t.title.casefold()), t) for t in found),
        key=lambda pair: -pair[0],
    )
    best = scored[0][0]
    close = [t for score, t in scored if score >= best - CLEAR_MARGIN]
    if len(close) == 1:
        return close[0]
    listing = "; ".join(f"{t.id} ({t.title})" for t in close[:10])
    more = f" and {len(close) - 10} more" if len(close) > 10 else ""
    raise UsageError(f"{text!r} matches several talks: {listing}{more}; give its id")
