"""The day a record's own link names: ``session_page_url: /sessions/2019/11/12/S1-001/``,
``url: https://example.org/2024-06-05/keynote``. A site that builds a page per talk
files the pages by day, and its data file keeps the link and no date field.

One link alone may be dated by when it was written (a blog's ``/2019/11/20/recap``), so
the list decides: read so only in sibling records with no date field of their own, where
most of those holding the link name a day in it, and the days named lie within a
conference's few days of each other (a blog's posts spread over months). A post's own
address (``https://blog.example.org/2019/11/20/scaling-recap/``, ``/blog/2019/11/20/…``:
year, month and day as folders at the site's root or under its blog, then the post's
name) names the day it was written, not a talk's (:func:`post_permalink`).
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from typing import Any

from confnotes.importers.fields import key_words, roles_of

ADDRESS_DAY_RE = re.compile(
    r"(?<![\dA-Za-z])((?:19|20)\d\d)([-/_])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)"
)
"""A day written in a link's address, year first, its parts joined alike (``/2019/11/12/``,
``/2019-11-12/``, ``?day=2019-05-12``, ``2024_02_21``): the one pattern of this module
and :mod:`context_day`."""
_LINK_WORDS = frozenset({"url", "link", "href", "page", "permalink", "path", "uri", "slug"})
"""The words of a key that holds the record's own page."""
_MOST_DAYS_APART = 14
"""The longest span between the days of one list's links: a conference's days, or two
weeks of a festival."""
_FEW = 2
_POST_FOLDERS = frozenset(
    [
        "blog",
        "blogs",
        "post",
        "posts",
        "news",
        "article",
        "articles",
        "archive",
        "archives",
        "entry",
        "entries",
        "weblog",
        "journal",
    ]
)
"""The folders a site files its dated posts under (``/blog/2019/11/20/slug/``)."""
_SLUG_RE = re.compile(r"/([\w%-]{1,200})")
"""A post's name after its day's folders (``/scaling-recap``, ``/k8s-recap``): three
letters at least (``/A-1``, ``/S1-001`` are a talk's code)."""
_SLUG_LETTERS = 3


def linked_days(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Edits (record, ``date``, ISO day) giving sibling records the day their own link
    names; none when any has a date field, when fewer than two links (or fewer than four
    in five of those the key holds) name a day, or when the days spread over weeks."""
    if any("date" in roles_of(str(k)) for r in records for k in r):
        return []
    for key in sorted({k for r in records for k in r if isinstance(k, str)}):
        if not _LINK_WORDS & set(key_words(key)) or roles_of(key) - {"affiliation"}:
            continue
        links = [(r, v) for r in records if isinstance(v := r.get(key), str) and v.strip()]
        dated = [(r, d) for r, v in links if (d := _path_day(v)) is not None]
        if any(_post_link(v) for _r, v in links):
            continue  # a blog's posts: the days they were written
        if len(dated) < _FEW or len(dated) * 5 < len(links) * 4:
            continue
        days = [d for _r, d in dated]
        if (max(days) - min(days)).days > _MOST_DAYS_APART:
            continue
        return [(record, "date", day.isoformat()) for record, day in dated]
    return []


def post_permalink(link: str, start: int, end: int) -> bool:
    """Whether the day written as folders at ``link[start:end]`` (``/2019/11/20``) is a
    post's: at the site's root or under its blog's folder, the post's name after it
    (``https://blog.example.org/2019/11/20/scaling-recap/``)."""
    slug = _SLUG_RE.match(link, end)
    if "/" not in link[start + 1 : end] or slug is None:
        return False
    if sum(ch.isalpha() for ch in slug.group(1)) < _SLUG_LETTERS:
        return False
    head = re.split(r"[\"'(=]", link[:start].rstrip("/"))[-1]
    segments = head.split("/")
    at_root = head == "" or (len(segments) == 3 and segments[0].endswith(":") and not segments[1])
    return at_root or segments[-1].casefold() in _POST_FOLDERS


def address_days(link: str) -> list[date]:
    """The days ``link`` names (:data:`ADDRESS_DAY_RE`), leaving out a post's own address
    (:func:`post_permalink`) and days no calendar holds."""
    found = []
    for m in ADDRESS_DAY_RE.finditer(link):
        if m.group(2) == "/" and post_permalink(link, m.start(), m.end()):
            continue  # a post's address: the day it was written
        with contextlib.suppress(ValueError):
            found.append(date(int(m.group(1)), int(m.group(3)), int(m.group(4))))
    return found


def _post_link(link: str) -> bool:
    """Whether ``link`` is a dated post's own address (:func:`post_permalink`)."""
    return any(
        m.group(2) == "/" and post_permalink(link, m.start(), m.end())
        for m in ADDRESS_DAY_RE.finditer(link)
    )


def _path_day(link: str) -> date | None:
    """The first day a link names (``/2019/11/12/``); None for none."""
    if any(ch.isspace() for ch in link.strip()):
        return None
    days = address_days(link)
    return days[0] if days else None
