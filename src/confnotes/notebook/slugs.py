"""File names from titles and names: ASCII, bounded, unique, never a path."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from confnotes.text.fold import fold

MAX_SLUG_LENGTH = 60
"""Longest slug; long titles are cut at a word boundary."""

WINDOWS_DEVICES = frozenset(
    {
        "con",
        "prn",
        "aux",
        "nul",
        *(f"com{i}" for i in range(1, 10)),
        *(f"lpt{i}" for i in range(1, 10)),
    }
)
"""Names Windows reserves for devices, with any extension (``nul.txt`` too)."""
RESERVED = frozenset({"people", "conference", *WINDOWS_DEVICES})
"""Names that would clash with the notebook layout or with Windows devices."""

MAX_NAME_BYTES = 255
"""Longest file name (in bytes) on the usual file systems."""


def file_name_key(name: str) -> str:
    """A file name as a case-insensitive, normalisation-insensitive file system sees it
    (macOS, Windows): two names with one key are one file there."""
    return unicodedata.normalize("NFC", name).casefold()


def is_safe_stem(stem: str, suffix: str = ".md") -> bool:
    """True when ``stem + suffix`` names a file in its folder: no path, no device name.

    For ids that come from a file's contents (a speaker id, a recorded merge)
    before a file is created from them; slugs always pass.
    """
    return (
        bool(stem.strip())
        and stem not in (".", "..")
        and not stem.startswith(".")
        and not stem.endswith((".", " "))
        and not any(c in stem for c in '/\\:*?"<>|')
        and all(unicodedata.category(c) != "Cc" for c in stem)
        and stem.split(".")[0].strip().lower() not in WINDOWS_DEVICES
        and len((stem + suffix).encode("utf-8", "surrogatepass")) <= MAX_NAME_BYTES
    )


_SLUG_SHAPED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
"""Lowercase ASCII words joined by single hyphens: slugify leaves such text as it is."""


def make_slug(text: str, fallback: str = "untitled", max_length: int = MAX_SLUG_LENGTH) -> str:
    """Turn any text into a safe file-name stem (``Kajić: Flows!`` → ``kajic-flows``)."""
    if _SLUG_SHAPED.fullmatch(text) and len(text) <= max_length and text not in RESERVED:
        return text  # already a slug (an id typed in a [[link]]): what slugify would give
    from slugify import slugify  # imported on first use: a warm `confnotes search` never needs it

    # The one fold first (NFC, Latin to ASCII by slugify's own table): a decomposed
    # name gets the slug of its composed form, and Latin slugs are unchanged.
    slug = slugify(fold(text or ""), max_length=max_length, word_boundary=True, save_order=True)
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
