"""The one day a document's surroundings give its talks when its own words name none.

A person's notes often say their day nowhere in their words: the day is in the address of
a link they kept (the event's schedule for that day, ``…/schedule/2018-07-18``,
``?day=2019-05-12``; the slides filed under it, ``…/2024-02-21/slides.pdf``), or in the
file's or folder's name (``events/2020-12-07.php``, ``2019-05-12/schedule.yml``). That day
is the talks' only when every reader left them undated, the document's words and front
matter name no day (a sentence's date, a post's publishing date: they speak first, and a
post written on another day says so), the surroundings name one day only (two links to
two days date nothing), and a year the words name, if any, is that day's. A year alone
(``talks/2023/``) gives no day, nor does a blog post's own address
(``https://blog.example.org/2017/03/04/threads-explained/``: the day it was written)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from confnotes.importers.document_names import numeric_day
from confnotes.importers.linked_days import address_days
from confnotes.importers.page_day import date_undated, names_a_day
from confnotes.importers.programme import Programme

MAX_ADDRESSES = 200
"""Link addresses read at most: a page of more links is an index, not a day's notes."""

_ADDRESS_RE = re.compile(
    r"[a-z][a-z0-9+.-]{1,10}://[^\s()<>\"'\]]{1,500}"
    r"|\]\([^\s()<>\"']{1,500}\)"
    r"|\bhref\s{0,2}=\s{0,2}[\"'][^\"'<>\s]{1,500}[\"']",
    re.I,
)
"""A link's address: a bare one (``https://…``), a Markdown link's (``](/2019/05/12/)``),
an HTML anchor's (``href="…"``)."""
_YEAR_WORD_RE = re.compile(r"(?<![\d\w./:-])((?:19|20)\d\d)(?![\d/:-]?\d)")
"""A year standing as a word of the document's text (``OSCON 2018``, ``PyCon DE 2019``)."""


def _address_days(addresses: list[str]) -> set[date]:
    return {day for address in addresses[:MAX_ADDRESSES] for day in address_days(address)}


def _path_days(source: str) -> set[date]:
    """The day a file's name or its folder's says in digits (``2020-12-07.php``,
    ``2019-05-12/schedule.yml``)."""
    if not source or "://" in source:
        return set()
    path = Path(source)
    said = (numeric_day(path.stem, at_start=False), numeric_day(path.parent.name, at_start=False))
    return {day for day in said if day is not None}


def context_day(text: str, source: str, html: bool) -> date | None:
    """The one day ``text``'s link addresses and ``source``'s file and folder names give,
    when its words name none; None otherwise (see the module's rules)."""
    addresses = [m.group(0) for m in _ADDRESS_RE.finditer(text)]
    if len(addresses) > MAX_ADDRESSES:
        return None
    days = _address_days(addresses) | _path_days(source)
    if len(days) != 1:
        return None
    words = _ADDRESS_RE.sub(" ", text)
    if names_a_day(words, html):
        return None  # the words' own day decides (or their days leave it open)
    day = next(iter(days))
    years = {int(y) for y in _YEAR_WORD_RE.findall(words[:20_000])}
    if years and day.year not in years:
        return None  # "PyCon 2019" notes linking to a post of 2017: the link's day is not theirs
    return day


def date_by_context(programme: Programme, text: str, source: str, html: bool) -> None:
    """Give the talks of ``programme`` the day of :func:`context_day` when no reader
    dated any of them (a time read alone becomes the talk's start)."""
    talks = programme.talks
    if not talks or any(t.day or t.start for t in talks):
        return
    if (day := context_day(text, source, html)) is not None:
        date_undated(programme, day)
