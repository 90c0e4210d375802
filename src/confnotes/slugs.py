"""File names from titles and names: ASCII, bounded, unique, never a path."""

from __future__ import annotations

from collections.abc import Callable

from slugify import slugify

MAX_SLUG_LENGTH = 60
"""Longest slug; long titles are cut at a word boundary."""

RESERVED = frozenset({"people", "con", "prn", "aux", "nul", "conference"})
"""Names that would clash with the notebook layout or with Windows devices."""


def make_slug(text: str, fallback: str = "untitled", max_length: int = MAX_SLUG_LENGTH) -> str:
    """Turn any text into a safe file-name stem (``Kajić: Flows!`` → ``kajic-flows``)."""
    slug = slugify(text or "", max_length=max_length, word_boundary=True, save_order=True)
    slug = slug.strip("-.")
    if not slug:
        slug = fallback
    if slug in RESERVED:
        slug = f"{slug}-1"
    return slug


def unique_slug(text: str, taken: Callable[[str], bool], fallback: str = "untitled") -> str:
    """A slug for ``text`` that ``taken`` does not report as used (``-2``, ``-3``... appended)."""
    base = make_slug(text, fallback)
    if not taken(base):
        return base
    n = 2
    while True:
        stem = base[: MAX_SLUG_LENGTH - len(str(n)) - 1].rstrip("-")
        candidate = f"{stem}-{n}"
        if not taken(candidate):
            return candidate
        n += 1
