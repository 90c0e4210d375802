"""Finding one talk from what a user typed: an id, a file name, or a fuzzy title.

``confnotes open TALK`` must open exactly one note or say why not: an id wins,
then a unique file stem, then a title that matches clearly better than any
other. When several titles match about as well, the error lists them so the
user can type the id instead.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process

from confnotes.errors import NotFoundError, UsageError
from confnotes.model import Talk
from confnotes.notebook import Notebook

MIN_SCORE = 70.0
"""Titles scoring below this (0-100) are not matches at all."""

CLEAR_MARGIN = 8.0
"""The best title must beat the runner-up by this much to be taken without asking."""


def find_talk(nb: Notebook, query: str) -> Talk:
    """The one talk ``query`` names.

    Raises:
        NotFoundError: nothing matches.
        UsageError: several talks match about equally well (the message lists them).
    """
    text = query.strip()
    if not text:
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
    talks = list(nb.talks.values())
    scored = process.extract(
        text,
        [t.title for t in talks],
        scorer=fuzz.WRatio,
        processor=str.casefold,
        limit=6,
        score_cutoff=MIN_SCORE,
    )
    if not scored:
        raise NotFoundError(f"no talk matches {text!r}; try part of its title or its id")
    best = scored[0][1]
    close = [talks[i] for _title, score, i in scored if score >= best - CLEAR_MARGIN]
    if len(close) == 1:
        return close[0]
    listing = "; ".join(f"{t.id} ({t.title})" for t in close)
    raise UsageError(f"{text!r} matches several talks: {listing}; give its id")
