"""What follows a talk's heading when the headings beside it name their speakers.

A person's notes whose headings form a column (``# Title - Name`` talk after talk)
write the speaker after the heading's *last* separator: the title may have its own
(``# open source / you belong here - ana ruiz``). A heading of that column with no name
in it gives the speaker on the line under it, often as a handle and a remark
(``@aruiz, slack``, ``@bo_lin / bolin.dev``). Both are read only inside such a column
(:mod:`confnotes.importers.section_reader` decides that), so a lone ``@team`` line in
notes names no one.
"""

from __future__ import annotations

import re

from confnotes.importers.headings import DASHES_RE
from confnotes.importers.programme import ProgrammePerson

LEAD_HANDLES_RE = re.compile(
    r"\A[ \t]*@(?P<first>[^\W\d_][\w.\-]{1,30})"
    r"(?P<more>(?:[ \t]*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)[ \t]*@[^\W\d_][\w.\-]{1,30}){0,5})"
    r"(?P<rest>[^\n]*)\Z"
)
"""A line led by one or more handles (``@ana``, ``@ana & @bo``), the rest its remark."""
_REMARK_RE = re.compile(r"\A[ \t]*(?:[,/|·•–—-][ \t]*\S[^\n]{0,40})?\Z")
"""What may follow the handles: nothing, or a short remark after a separator (``, slack``,
``/ site.dev``), never words of a sentence (``@ana said that …``)."""
_HANDLE_RE = re.compile(r"@([^\W\d_][\w.\-]{1,30})")


def last_tail(title: str) -> tuple[str, str] | None:
    """``title`` parted at its last separator (``A / B - Name``: ``A / B``, ``Name``);
    None when it has none or one side is empty."""
    cuts = list(DASHES_RE.finditer(title))
    if not cuts:
        return None
    cut = cuts[-1]
    head, tail = title[: cut.start()].strip(), title[cut.end() :].strip()
    return (head, tail) if head and tail else None


def handle_line(line: str) -> list[ProgrammePerson]:
    """The people of a line that is handles and at most a short remark after a separator
    (``@aruiz, slack``: ``@aruiz``); [] for any other line. Kept with their ``@``, as the
    notes write them: a handle is no name to complete."""
    m = LEAD_HANDLES_RE.match(line[:200].rstrip())
    if m is None or not _REMARK_RE.match(m.group("rest")):
        return []
    handles = [m.group("first"), *_HANDLE_RE.findall(m.group("more"))]
    return [ProgrammePerson(name="@" + h.rstrip(".-")) for h in handles]


_AT_PLACE_RE = re.compile(r"[ \t]+[@＠][ \t]+(?P<place>[^@＠\n]{1,80})\Z")
"""`` @ Place`` closing a line: the at-sign set apart by spaces, as no handle is."""
_PLACE_WORDS_MOST = 8


def at_place(text: str) -> tuple[str, str] | None:
    """A timed heading's words parted from the place its `` @ `` tail names (``Title
    [DEV1] @ Hall B - Room 3``: ``Title [DEV1]``, ``Hall B - Room 3``); None without one,
    or when the tail is a sentence's length (an at-sign in running words)."""
    m = _AT_PLACE_RE.search(text[:400])
    if m is None:
        return None
    head, place = text[: m.start()].strip(), m.group("place").strip(" ,;.")
    if not head or not place or len(place.split()) > _PLACE_WORDS_MOST:
        return None
    return head, place
