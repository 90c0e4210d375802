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
