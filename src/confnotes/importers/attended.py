"""The talks a person lists as attended, then writes up one section each.

A write-up of an event often opens (or opens each day) on a list of the talks the
writer went to, each item a link to the talk's page, then gives a section to each,
headed by the same title (``- [Title](…/talk/12)`` … ``## Title``). The list says what
the sections are: talks, several of them (the notes of an event, not parts of one
talk), and the items that got no section of their own are talks too, when their link
goes where the written-up ones' go (the event's pages for its talks, not the slides).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from confnotes.importers import structure
from confnotes.importers.identity import same_title_key, title_key
from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.sentence_talks import TALK_PAGE_RE
from confnotes.notebook.link_kinds import classify_link

LEAST = 2
"""Listed titles that must head sections below for the list to be the talks attended."""

_LINK_ITEM_RE = re.compile(
    r"^[ \t]{0,8}(?:[-*+•]|\d{1,3}[.)])[ \t]{1,8}\[(?P<text>[^\n]{1,300})\]"
    r"\((?P<url>[^()\s]{1,500})\)[ \t]*$"
)
"""A list item that is one link alone (its words, its address)."""
ITEM_RE = re.compile(r"^[ \t]{0,8}(?:[-*+•]|\d{1,3}[.)])[ \t]")
"""A list item's opening mark (a bullet, ``•`` too, or a number)."""
MAX_SECTIONS = 600
"""Sections of a document a listed title is looked for among (the pass stays cheap)."""
MAX_LISTS = 40
"""Lists of a document looked at as lists of the talks attended."""
MAX_ITEMS = 120
"""Items of one list looked at."""


@dataclass
class Listed:
    """One item of the list: its link's words, its address, and the section it heads
    (its heading's line), or -1 when no section below is headed so."""

    title: str
    url: str
    line: int
    section: int


def _same(listed: str, heading: str) -> bool:
    """A heading that is the listed title, or a shortening of it (``…を運営した`` for
    ``…を運営した話``), most of its words kept."""
    return same_title_key(title_key(listed), title_key(heading), cut_end=True)


def _site(url: str) -> tuple[str, str]:
    """Where a talk's page sits: its host and its path without the last part."""
    parts = urlsplit(url)
    return parts.netloc.casefold(), parts.path.rsplit("/", 1)[0]


@functools.lru_cache(maxsize=4)
def attended_lists(text: str) -> list[list[Listed]]:
    """Each list of ``text`` whose items are links alone and whose titles head
    :data:`LEAST` sections or more after it (and at least half of its items do)."""
    outline = structure.read(text)
    sections = outline.sections()[:MAX_SECTIONS]
    keys = [(s.line, title_key(s.title)) for s in sections]  # each title's key once
    out: list[list[Listed]] = []
    for block in _list_blocks([outline.root, *sections]):
        items: list[Listed] = []
        for n in range(block.first, min(block.last + 1, block.first + MAX_ITEMS)):
            m = _LINK_ITEM_RE.match(outline.lines[n])
            if m is not None and _in_page(m.group("url")):
                items = []
                break  # "[Part](#part)", "[Part](https://me.blog/post/#part)": contents
            if m is not None:
                items.append(Listed(m.group("text").strip(), m.group("url"), n, -1))
            elif ITEM_RE.match(outline.lines[n]):
                items = []
                break  # an item that is more than a link: a list of another kind
        after = [(line, key) for line, key in keys if line > block.last]
        for item in items:
            own = title_key(item.title)
            item.section = next(
                (line for line, key in after if same_title_key(own, key, cut_end=True)), -1
            )
        headed = [i for i in items if i.section >= 0]
        if len(headed) >= LEAST and 2 * len(headed) >= len(items):
            out.append(items)
    return out


def _list_blocks(sections: list[structure.Section]) -> Iterator[structure.Block]:
    """The lists of ``sections``, at most :data:`MAX_LISTS` of them (a hostile page's
    thousand lists are not each read)."""
    lists = 0
    for section in sections:
        for block in section.blocks[:200]:
            if block.kind != "list" or lists >= MAX_LISTS:
                continue
            lists += 1
            yield block


def _in_page(url: str) -> bool:
    """A link to a part of a page (``#part``, ``https://me.blog/post/#part``): a table of
    contents' item, no talk's page."""
    parts = urlsplit(url)
    return not parts.netloc or bool(parts.fragment)


@functools.lru_cache(maxsize=4)
def unlisted_parts(text: str) -> frozenset[str]:
    """The headings (their title keys) among the written-up talks' own (under the same
    heading, at their level, after the list) that no item of the list names: the
    writer's own parts (``Others``, ``Wrap-up``) between or after the talks."""
    lists = attended_lists(text)
    if not lists:
        return frozenset()
    outline = structure.read(text)
    out: set[str] = set()
    listed = [(items, [title_key(i.title) for i in items]) for items in lists]
    for section in [outline.root, *outline.sections()[:MAX_SECTIONS]]:
        kids = section.children
        for items, item_keys in listed:
            lines = {i.section for i in items if i.section >= 0}
            if sum(1 for k in kids if k.line in lines) < LEAST:
                continue
            first = min(i.line for i in items)
            for kid in kids:
                key = title_key(kid.title)
                if kid.line > first and not any(
                    same_title_key(own, key, cut_end=True) for own in item_keys
                ):
                    out.add(key)
    return frozenset(out)


def proves_talks(text: str) -> bool:
    """Whether ``text`` lists the talks attended, then heads sections with them."""
    return bool(attended_lists(text))


def written_up(programme: Programme, text: str) -> int:
    """How many of a reading's talks are titled by the headings an attended list names
    (the most of any one list)."""
    titles = [t.title for t in programme.talks if t.kind != "other"]
    return max(
        (
            sum(1 for i in items if i.section >= 0 and any(_same(i.title, t) for t in titles))
            for items in attended_lists(text)
        ),
        default=0,
    )


def add_unwritten(programme: Programme, text: str) -> int:
    """Add to a reading of ``text`` by its sections the listed talks that got no section
    of their own, when the reading's talks are the listed ones written up and the item
    links where theirs do; each on the day of the one listed before it. The count added."""
    added = 0
    own = unlisted_parts(text)
    for talk in programme.talks:
        if title_key(talk.title) in own and not (talk.speakers or talk.start or talk.clock):
            talk.kind = "other"  # a part of the writer's own among the talks listed
    keys = {title_key(t.title): t for t in programme.talks}
    lines = text.split("\n")
    for items in attended_lists(text):
        written = [i for i in items if i.section >= 0]
        talks = [t for i in written for t in programme.talks if _same(i.title, t.title)]
        if len(talks) < LEAST:
            continue
        sites = {_site(i.url) for i in written}
        if len(sites) != 1:
            continue  # the written-up ones link to no one site's pages
        last: ProgrammeTalk | None = None
        for item in items:
            here = next((t for t in talks if _same(item.title, t.title)), None)
            if here is not None:
                last = here
                continue
            if item.section >= 0 or _site(item.url) not in sites or title_key(item.title) in keys:
                continue  # a part of its own the reading made no talk of; another site
            # the item is all the writer wrote of it: its line is its note, its link
            talk = ProgrammeTalk(title=item.title, body=lines[item.line].strip() + "\n")
            talk.links.append(classify_link(item.url, item.title))
            talk.origin = f"line {item.line + 1}"
            anchor = last or talks[0]
            talk.day = anchor.day
            at = programme.talks.index(anchor) + (1 if last is not None else 0)
            programme.talks.insert(at, talk)
            keys[title_key(item.title)] = talk
            last = talk
            added += 1
    return added


def _event_site(url: str, event: str) -> bool:
    """A link to the event's own site: a part of its host's name is a word of the event's
    name, or a few of them run together (``coscup`` of ``coscup.org``, ``harbordevdays``
    for Harbor Dev Days, ``cimesnumeriques`` for Cimes Numériques)."""
    words = title_key(event).split()
    names = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, i + 5)}
    host = urlsplit(url).netloc.casefold().split(":")[0]
    return any(len(part) >= 3 and part in names for part in host.split(".")[:-1])


@functools.lru_cache(maxsize=4)
def bare_lists(text: str) -> list[list[Listed]]:
    """Each list of ``text`` whose items (two or more) are links alone to pages of one
    site, under one path (``…/session/A1``, ``…/session/B2``), none an in-page link."""
    outline = structure.read(text)
    out: list[list[Listed]] = []
    for block in _list_blocks([outline.root, *outline.sections()[:MAX_SECTIONS]]):
        items: list[Listed] = []
        for n in range(block.first, min(block.last + 1, block.first + MAX_ITEMS)):
            m = _LINK_ITEM_RE.match(outline.lines[n])
            if m is None or _in_page(m.group("url")):
                if m is not None or ITEM_RE.match(outline.lines[n]):
                    items = []
                    break  # contents, or an item that is more than a link
                continue
            items.append(Listed(m.group("text").strip(), m.group("url"), n, -1))
        distinct = len({i.url for i in items}) == len(items)
        if len(items) >= LEAST and distinct and len({_site(i.url) for i in items}) == 1:
            out.append(items)
    return out


def _spoken(talk: ProgrammeTalk) -> bool:
    """A talk with a speaker other than its own heading read whole as a name."""
    return any(title_key(p.name) != title_key(talk.title) for p in talk.speakers)


def add_listed_only(programme: Programme, text: str) -> int:
    """A post of notes on an event that lists the talks the writer went to as links to
    the event's own pages, and writes no part for each (``1. [Title](…/session/A1)``):
    the items are its talks, and its headings (none with a speaker, a time or a link)
    the writer's own parts. The count of talks added."""
    if attended_lists(text):
        return 0  # the listed talks have parts of their own (:func:`add_unwritten`)
    talks = [t for t in programme.talks if t.kind != "other"]
    if any(_spoken(t) or t.start or t.clock or t.links for t in talks):
        return 0  # the headings are talks of their own
    lists = [
        items
        for items in bare_lists(text)
        if all(_event_site(i.url, programme.name) for i in items)
        # the event's pages of its talks (``/session/A1``), not its menu (``/venue``)
        and all(TALK_PAGE_RE.search(_site(i.url)[1] + "/") for i in items)
        # a page by its address (a title may say "code": ``Using VS Code with MySQL``)
        and all(classify_link(i.url).kind == "page" for i in items)
    ]
    if len(lists) != 1:
        return 0  # no list of the event's pages, or several (a menu, a reading list)
    for talk in talks:
        talk.kind = "other"
    lines = text.split("\n")
    at = next((n for n, t in enumerate(programme.talks) if t in talks), len(programme.talks))
    for item in lists[0]:
        talk = ProgrammeTalk(title=item.title, body=lines[item.line].strip() + "\n")
        talk.links.append(classify_link(item.url, item.title))
        talk.origin = f"line {item.line + 1}"
        programme.talks.insert(at, talk)
        at += 1
    return len(lists[0])
