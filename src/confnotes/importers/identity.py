"""What makes two programme entries the same talk, whichever file they come from: a
pretalx talk code inside a source id, and a title with case, accents and punctuation
ignored. Shared by the merge (matching against the notebook) and the join (files of
one event given together)."""

from __future__ import annotations

import re
import unicodedata

_PRETALX_UID_RE = re.compile(r"^pretalx-[\w.-]{1,80}?-([A-Z0-9]{4,12})@[\w.-]{1,200}$")


def talk_code(source_id: str) -> str:
    """The pretalx talk code in a source id (``pretalx-lakeconf-BOAT42@host`` → ``BOAT42``;
    a bare code is its own), so an event's .ics, widget JSON and schedule meet."""
    if m := _PRETALX_UID_RE.match(source_id):
        return m.group(1)
    return source_id if re.fullmatch(r"(?=[0-9]*[A-Z])[A-Z0-9]{5,8}", source_id) else ""


def title_key(title: str) -> str:
    """A title normalised for matching: case, accents, punctuation and spacing ignored."""
    folded = unicodedata.normalize("NFKD", title)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", folded))


SHORTENED_LEAST = 8
"""Characters a title's key cut short at its end must keep to still name the talk."""
SHORTENED_SHARE = 0.75
"""The share of the full key a key cut short at its end must keep."""


def same_title_key(a: str, b: str, *, cut_end: bool = False) -> bool:
    """Whether two titles' keys (:func:`title_key`) name one talk: the one holds the
    other's words, in order. ``cut_end``: only the other cut short at its end counts,
    most of it kept (``…を運営した`` for ``…を運営した話``), for a title looked for among
    all the headings of a document, where a short title found inside a longer one
    (``rust`` in ``async rust in practice``) would pick another talk's section; one
    heading held against its own note's title needs no such care."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if not cut_end:
        return short in long
    return a == b or (
        len(short) >= SHORTENED_LEAST
        and long.startswith(short)
        and len(short) >= SHORTENED_SHARE * len(long)
    )
