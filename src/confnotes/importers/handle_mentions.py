"""Talks named by a quoted title beside an @-handle, in any language.

Notes copied from social posts name a talk by its speaker's handle and its title in
quotation marks: ``@ana’s “Lock files”``, ``@王乐 的「标题」``, ``«Titre» par @bo``. The
``@`` marks the person and the quotation marks the title in every script, so no word of
the language is needed: only that the two stand side by side, a few characters apart,
within one line and one clause. A handle before a title gives it first (the speaker-first
order people write); a title that no handle leads may take the handle right after it.
"""

from __future__ import annotations

import re

from confnotes.importers.programme import ProgrammePerson

QUOTED_RE = re.compile(
    r"「([^「」\n]{2,200})」|『([^『』\n]{2,200})』|《([^《》\n]{2,200})》"
    r"|“([^“”\n]{2,200})”|«([^«»\n]{2,200})»|„([^„“”\n]{2,200})[“”]|\"([^\"\n]{2,200})\""
)
"""A stretch in quotation marks of any script: a title's marks."""
_QUOTED_RE = QUOTED_RE
_HANDLE_RE = re.compile(r"(?<![\w@.])@(\w[\w.\-]*\w|\w)")
"""An @-handle (not an e-mail address's ``@``)."""
_NAME_WORD_RE = re.compile(r"[ \t]{1,3}([^\W\d_][\w\-]{0,40})")
"""A further word of a handle written with spaces (``@Zell Liew``): a capitalised one."""
_GAP_MOST = 8
"""Characters at most between a handle and the title beside it (``的``, ``’s``, ``by``)."""
_GAP_BREAK_RE = re.compile(r"[\n,;，；、。.!?！？@\"“”«»「」『』《》]")
"""What ends a clause between a handle and a title: they do not belong together."""
_WORDS_MOST = 16
"""Words of a quoted stretch that may be a title (a longer one is a quotation)."""


def _handles(text: str) -> list[tuple[int, int, str]]:
    """Each handle as (its start, its end, the name it writes)."""
    out: list[tuple[int, int, str]] = []
    for m in _HANDLE_RE.finditer(text):
        end, name = m.end(), m.group(1)
        while (w := _NAME_WORD_RE.match(text, end)) and w.group(1)[:1].isupper():
            end, name = w.end(), f"{name} {w.group(1)}"
        out.append((m.start(), end, name))
    return out


def _titled(quoted: str) -> bool:
    """Whether a quoted stretch may be a talk's title, not a sentence quoted."""
    words = quoted.split()
    return bool(words) and len(words) <= _WORDS_MOST and not quoted.rstrip().endswith(".")


def _beside(gap: str) -> bool:
    return len(gap.strip()) <= _GAP_MOST and not _GAP_BREAK_RE.search(gap)


def _bind(
    text: str,
    spans: list[tuple[int, int, str]],
    handles: list[tuple[int, int, str]],
    forward: bool,
    found: dict[int, tuple[str, list[ProgrammePerson], int]],
) -> None:
    """Give each title not yet in ``found`` the free handle right before it (``forward``:
    the speaker first) or right after it, with no other title between them."""
    taken = {at for _title, _who, at in found.values()}
    for n, (start, end, title) in enumerate(spans):
        if start in found or not _titled(title):
            continue
        if forward:
            floor = spans[n - 1][1] if n else 0
            near = [h for h in handles if floor <= h[0] and h[1] <= start]
            handle = near[-1] if near else None
            gap = text[handle[1] : start] if handle else ""
        else:
            limit = spans[n + 1][0] if n + 1 < len(spans) else len(text)
            near = [h for h in handles if end <= h[0] < limit]
            handle = near[0] if near else None
            gap = text[end : handle[0]] if handle else ""
        if handle is not None and handle[0] not in taken and _beside(gap):
            found[start] = (title, [ProgrammePerson(name=handle[2])], handle[0])
            taken.add(handle[0])


def handle_mentions(text: str) -> list[tuple[int, str, list[ProgrammePerson]]]:
    """The talks ``text`` names as a quoted title beside an @-handle, each as (its offset,
    its title, its speaker), in the order written. The order that binds more titles
    (speaker first, or title first: ``«A» par @c et «B» par @d``) reads them; a title it
    leaves takes a free handle the other way."""
    spans = [
        (m.start(), m.end(), next(g for g in m.groups() if g is not None).strip())
        for m in _QUOTED_RE.finditer(text)
    ]
    handles = _handles(text)
    first: dict[int, tuple[str, list[ProgrammePerson], int]] = {}
    _bind(text, spans, handles, True, first)
    last: dict[int, tuple[str, list[ProgrammePerson], int]] = {}
    _bind(text, spans, handles, False, last)
    found, forward = (first, False) if len(first) >= len(last) else (last, True)
    _bind(text, spans, handles, forward, found)
    return [(at, title, who) for at, (title, who, _by) in sorted(found.items())]


__all__ = ["QUOTED_RE", "handle_mentions"]
