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


_FORGE_FILE_RE = re.compile(
    r"^https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|gitea\.com)"
    r"/[^/\s?#]{1,100}/[^/\s?#]{1,100}/(?:-/)?(?:blob|src)/(?:branch/)?[^/\s?#]{1,100}"
    r"/(?P<path>[^?#\s]{1,500})$",
    re.I,
)
"""A file's page in its repository on a forge (``https://github.com/ana/notes/blob/main/
day-1/keynote.md``, GitLab's ``/-/blob/``, Codeberg's ``/src/branch/``)."""


def forge_path(url: str) -> str:
    """The path in its repository of the file a forge's address shows (``day-1/keynote.md``),
    else "": a README lists its own notes so, by the address they have on the forge."""
    m = _FORGE_FILE_RE.match(url.strip())
    return m.group("path") if m else ""


def is_notes_file(url: str) -> bool:
    """A relative link to a notes file (``blockly.md``, ``/2019/keynote.org``), or a
    forge's address of one (:func:`forge_path`)."""
    return bool(_NOTE_FILE_RE.search(url) or _NOTE_FILE_RE.search(forge_path(url)))
