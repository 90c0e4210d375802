"""What marks a person's table of contents of their notes: links to notes files beside
the page, and a heading over a list of people rather than talks. Shared by the index
page reader and the readings of notes, which must not import each other."""

from __future__ import annotations

import re

_NOTE_FILE_RE = re.compile(r"^(?![a-z][a-z0-9+.-]*:)[^?#\s]*\.(?:md|markdown|org|txt)$", re.I)
PEOPLE_HEADING_RE = re.compile(
    r"(?:the\s+)?(?:people|persons|speakers|presenters|organi[sz]ers|team|committee|"
    r"people i met|contacts)\s*:?",
    re.I,
)
"""A heading over a list of people (``## People``): its links are no talks."""


def is_notes_file(url: str) -> bool:
    """A relative link to a notes file (``blockly.md``, ``/2019/keynote.org``)."""
    return bool(_NOTE_FILE_RE.search(url))
