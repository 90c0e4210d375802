"""Free-text fields signed after a dash: ``description: "- Ana Ruiz"``, ``text: "What to
do when plans change - Bo Lindqvist (14:00 only)"``. A small site's data keeps an item's
leader at the end of its one text field, after a dash, the subtitle (if any) before it.
One value alone is ambiguous (``Rust - the fast parts`` is a title and its subtitle), so
the list decides: read so only where at least two of its records, and half of those with
the field, end on full names after a dash, and no record names its people in a field of
its own."""

from __future__ import annotations

from typing import Any

from confnotes.importers.fields import roles_of
from confnotes.importers.persons import split_speakers
from confnotes.importers.textutil import strip_html

NAME_CHARS_MOST = 80
"""The longest signature after the dash (two or three people's names)."""

_DASHES = frozenset("-–—")
"""Dashes that part a signature from what it signs, written with spaces round them."""


def dash_signature(value: str) -> tuple[str, str] | None:
    """(what comes before the dash, the people after it) of a value that ends on full
    names after a dash; None otherwise (a dash inside a title, a sentence after it)."""
    text = " ".join(strip_html(value).split()) if "<" in value else " ".join(value.split())
    words = text.split(" ")
    at = max((n for n, w in enumerate(words) if w in _DASHES), default=-1)
    if at < 0:
        return None
    who = " ".join(words[at + 1 :])
    if who.endswith(")") and "(" in who:
        who = who[: who.rindex("(")]  # "(nur 16 Uhr)": a note on when, no name
    who = who.strip(" .,;")
    if not who or len(who) > NAME_CHARS_MOST or who[-1:] in "!?:":
        return None
    people = split_speakers(who)
    if not people or any(len(p.name.split()) < 2 for p in people):
        return None
    return " ".join(words[:at]).strip(" -–—:,"), who


def dash_signed_fields(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Edits (record, key, value) giving sibling records the speakers their text field
    signs after a dash, and that field the words before the dash (removed when none are
    left): the field of no known role, or a description, that most such records sign."""
    if any(roles_of(str(k)) & {"speaker", "chair"} for r in records for k in r):
        return []
    best: tuple[int, str, list[tuple[dict[str, Any], str, str]]] | None = None
    keys = {k for r in records for k, v in r.items() if isinstance(k, str) and isinstance(v, str)}
    for key in sorted(keys):
        if roles_of(key) - {"abstract"}:
            continue  # a title, time or room field signs nothing
        held = [r for r in records if isinstance(r.get(key), str) and r[key].strip()]
        signed = [(r, *s) for r in held if (s := dash_signature(r[key])) is not None]
        enough = len(signed) >= 2 and 2 * len(signed) >= len(held)
        if enough and (best is None or len(signed) > best[0]):
            best = (len(signed), key, signed)
    if best is None:
        return []
    _n, key, signed = best
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record, rest, who in signed:
        edits.append((record, "speakers", who))
        edits.append((record, key, rest))
    return edits
