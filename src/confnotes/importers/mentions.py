"""Talks a person's prose names: a reading of notes written as sentences.

People write up a conference as a story (``Ana Ruiz’s talk “Lock files” opened the day;
later _Bo Li_ gave “Async all the way down”``): no heading, bullet or bold line marks
the talks, the sentences do. This reading finds every talk a paragraph (or a list item)
names with its speaker first, by the marks of its title (quotes, emphasis, a link's
words), a cue (a possessive, a talk's word, a verb of presenting) and the person test
(:func:`confnotes.importers.title_speakers.talk_mentions`). Each talk keeps the
paragraph that first names it as its note; every other line stays in the document's own
note (the notes readers' every-line rule). It is one reading among the others, ranked
by what it finds (:func:`confnotes.importers.readings.dominates`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from confnotes.importers import event_pages, sentence_talks, structure
from confnotes.importers.attended import ITEM_RE
from confnotes.importers.day_titles import marked_titles, under_day
from confnotes.importers.handle_mentions import handle_mentions
from confnotes.importers.identity import title_key
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.schedule_util import names_talks
from confnotes.importers.title_speakers import talk_mentions
from confnotes.importers.topic_talks import described_talks, item_byline, untitled_talks
from confnotes.importers.when import line_date
from confnotes.notebook.link_kinds import classify_link

MENTIONS_LEAST = 2
"""Different talks a document must name in its prose for this reading (one alone is a
talk cited in the notes of another)."""
_LOWER_RE = re.compile(r"\b[^\W\d_]+\b")


def _items(raw: str, kind: str) -> list[str]:
    """The sentences of a block: a paragraph's lines joined (a title wrapped over two
    lines is one); a list's items each alone, as a reader reads them, so that one item's
    last words (``… Perl Mongers``) never run into the next item's linked title as its
    speaker."""
    if kind != "list":
        return [" ".join(raw.split("\n"))]
    items: list[list[str]] = []
    for line in raw.split("\n"):
        if ITEM_RE.match(line) or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return [" ".join(lines) for lines in items]


def read(text: str, base: Programme) -> Programme | None:
    """The talks ``text`` names in its sentences, on ``base``'s event and day (the
    reading of the whole text as one note: its name, dates and timezone); None when it
    names fewer than :data:`MENTIONS_LEAST`."""
    outline = structure.read(text)
    lower = frozenset(w for w in _LOWER_RE.findall(text[:200_000]) if w.islower())
    talks: list[ProgrammeTalk] = []
    named: set[str] = set()
    day = base.start if base.start is not None and base.start == base.end else None
    year = base.start.year if base.start else None
    days = _heading_days(outline.root, day, year)
    for section in outline.root.walk():
        for at, block in enumerate(section.blocks):
            if block.kind not in ("paragraph", "list", "quote"):
                continue
            raw = "\n".join(outline.lines[block.first : block.last + 1])
            if raw.lstrip().startswith("<"):
                continue  # markup: its quoted attributes are no titles
            parts = _items(raw, block.kind)
            # under a heading, the heading titles its talk: a topic names none of its own
            described = section.level == 0
            found = [_mentions(part, lower, block.kind == "paragraph", described) for part in parts]
            if block.kind == "paragraph" and under_day(section, year):
                # "## Day 2" over "we heard `Title A`, then `Title B`": titles set apart
                found = [f or marked_titles(part) for f, part in zip(found, parts, strict=True)]
            if described and block.kind == "list" and any(found):
                # "- HA proxy par Ana Ruiz" among items naming talks: a title and its
                # by-line (a list of books by their authors names none)
                found = [f or _by_item(part) for f, part in zip(found, parts, strict=True)]
            if (
                described
                and block.kind == "list"
                and names_talks(_lead_in(outline, section, at))
                and (linked := _linked_items(outline, block))
            ):
                # "The talks we saw:" over "- [Title](site/talk-a.html): what it was
                # about": each item its own talk (a list of posts or docs of one site,
                # led in by no word for talks, names none)
                for talk in linked:
                    if _first_naming((0, talk.title, [], "talk"), named):
                        talk.day = days.get(section.line, day)
                        talks.append(talk)
                continue
            said = [one for each in found for one in each]
            # "the talk on tracing too", after "a keynote on tracing": the same talk again
            said = [one for one in said if _first_naming(one, named)]
            for n, (_at, title, who, kind) in enumerate(said):
                talk = ProgrammeTalk(title=title, speakers=who, body=raw + "\n" if n == 0 else "")
                talk.kind = kind
                talk.day = days.get(section.line, day)
                talk.speakers_placed = True  # the sentence gives them the talk
                talk.origin = f"lines {block.first + 1}-{block.last + 1}"
                talks.append(talk)
    if person_links := event_pages.linked_people(text):
        # "a presentation by [Netflix' Joe Sondow](…/Presentations/x)": a person linked
        # to the talk's page titles no talk
        talks = [t for t in talks if not any(words in t.title for words in person_links)]
    _add_sentence_talks(text, talks, named, day)
    if len({title_key(t.title) for t in talks}) < MENTIONS_LEAST:
        return None
    held = {n for t in talks if t.body for n in _lines_of(t.origin)}
    own = [
        line
        for n, line in enumerate(outline.lines)
        if n > outline.front_last and n not in held and line.strip()
    ]
    if own:  # the sentences naming no talk: the notes' own, as written
        # titled as the whole text read as one note is (its front matter's or heading's)
        title = base.talks[0].title if len(base.talks) == 1 else base.name or "Notes"
        note = ProgrammeTalk(title=title, kind="other", body="\n".join(own) + "\n")
        note.day = day
        talks.insert(0, note)
    return replace(base, talks=talks, roles=[], sessions=[], warnings=[])


def _mentions(
    part: str, lower: frozenset[str], sentences: bool, described: bool = True
) -> list[tuple[int, str, list[ProgrammePerson], str]]:
    """The talks one sentence or item names, each with its kind: by their marked titles,
    else by their topics (``Ana Ruiz's talk about lock files``, ``the panel on X``), a
    part with a marked title naming its talks by it. ``described``: the part is prose
    under no heading, where a talk's topic or speaker alone may name it."""
    # "@ana’s “Title”", "「标题」 by @bo": a handle beside a quoted title, in any language
    marked = talk_mentions(part, lower, sentences=sentences) or handle_mentions(part)
    found = [(*said, "talk") for said in marked]
    if found or not described:
        return found
    return described_talks(part, lower) or untitled_talks(part)


def _add_sentence_talks(
    text: str, talks: list[ProgrammeTalk], named: set[str], day: date | None
) -> None:
    """Add the talks the document's sentences name by how it builds them
    (:mod:`confnotes.importers.sentence_talks`: ``[Ana Ruiz](#s1) ci parlerà di
    *Title*``) that no cue above found, each holding its paragraph's lines as its note
    when no talk holds them yet; the talks kept in the order written."""
    held = {n for t in talks if t.body for n in _lines_of(t.origin)}
    place = {id(t): _lines_of(t.origin).start if t.origin else -1 for t in talks}
    # "[Title](site/Presentations/x)" in any sentence: a link to the event's talk page
    found: list[sentence_talks.SentenceTalk | event_pages.PageTalk] = [
        *sentence_talks.find(text),
        *event_pages.find(text),
    ]
    for said in found:
        if (key := title_key(said.title)) in named:
            continue  # a cue above found it already
        named.add(key)
        talk = ProgrammeTalk(title=said.title, speakers=said.speakers)
        talk.day = day
        talk.speakers_placed = True  # the sentence gives them the talk
        lines = range(said.first, said.last + 1)
        if said.first >= 0 and not held & set(lines):
            talk.body = "\n".join(text.split("\n")[said.first : said.last + 1]) + "\n"
            talk.origin = f"lines {said.first + 1}-{said.last + 1}"
            held |= set(lines)
        talks.append(talk)
        place[id(talk)] = said.first
    talks.sort(key=lambda t: place[id(t)])


LINKED_ITEMS_LEAST = 3
"""Sibling items a list needs, each led by a link to a page of one site, before their
links' words are read as the talks the list names (two may be a pair of references)."""
_LEAD_LINK_RE = re.compile(
    r"[ \t]{0,12}(?:[-*+]|\d{1,3}[.)])[ \t]{1,4}\[([^\[\]]{2,300})\]\(([^()\s]{1,500})\)"
    r"[ \t]{0,3}(?::|$)"
)
"""A list item opening on a link whose words stand alone: a colon (a description
follows) or the item's end after it."""
_SITE_RE = re.compile(r"(?:[a-z][a-z0-9+.-]{0,20}:)?//([^/?#\s]{1,200})", re.I)


def _lead_in(outline: structure.Outline, section: structure.Section, at: int) -> str:
    """What leads in a section's block ``at``: the last sentence of the paragraph just
    above it (``The talks we saw:``), else the section's heading when the block opens it."""
    if at == 0:
        return section.title if section.level else ""
    above = section.blocks[at - 1]
    if above.kind != "paragraph":
        return ""
    text = " ".join(outline.lines[above.first : above.last + 1]).strip()
    return _SENTENCE_END_RE.split(text)[-1]


_SENTENCE_END_RE = re.compile(r"(?<=[.!?。！？])\s+")
"""Where a sentence of a paragraph ends and the next begins."""


def _linked_items(outline: structure.Outline, block: structure.Block) -> list[ProgrammeTalk]:
    """The talks of a list of linked titles (:func:`linked_item_titles`), each item's own
    lines its note and its link the talk's page; [] when the list is not such."""
    spans: list[list[int]] = []
    for n in range(block.first, block.last + 1):
        if ITEM_RE.match(outline.lines[n]) or not spans:
            spans.append([n, n])
        else:
            spans[-1][1] = n
    parts = [" ".join(outline.lines[a : b + 1]) for a, b in spans]
    titles = linked_item_titles(parts)
    if not titles:
        return []
    talks: list[ProgrammeTalk] = []
    for title, part, (first, last) in zip(titles, parts, spans, strict=True):
        lead = _LEAD_LINK_RE.match(part)
        body = "\n".join(outline.lines[first : last + 1]) + "\n"
        talk = ProgrammeTalk(title=title, body=body)
        if lead:
            talk.links.append(classify_link(lead.group(2), title))
        talk.origin = f"lines {first + 1}-{last + 1}"
        talks.append(talk)
    return talks


def linked_item_titles(parts: list[str]) -> list[str]:
    """The talks a list of linked titles names (``- [Lock files](https://conf.example/
    2031/lock.html): how they fail``, one item per talk): each item led by a link, then a
    colon or nothing, every link to a different page of one site (the event's pages of
    its talks, where a list of references points to many sites). The links' words, one
    per item; [] when the list is not such."""
    if len(parts) < LINKED_ITEMS_LEAST:
        return []
    leads = [_LEAD_LINK_RE.match(part) for part in parts]
    if not all(leads):
        return []
    targets = [m.group(2) for m in leads if m]
    sites = {_site(target) for target in targets}
    if len(sites) != 1 or len(set(targets)) != len(targets):
        return []
    return [" ".join(m.group(1).split()) for m in leads if m]


def _site(target: str) -> str:
    """A link's host, lower-cased; "" for a link within the page's own site."""
    m = _SITE_RE.match(target)
    return m.group(1).lower() if m else ""


def _first_naming(said: tuple[int, str, list[ProgrammePerson], str], named: set[str]) -> bool:
    """Whether ``said`` names a talk not named before (its title's key joins ``named``)
    or gives its speakers; a topic named again with no one (``the talk on tracing
    too`` after ``a keynote on tracing``) is the same talk, no second one."""
    key = title_key(said[1])
    if said[2] or key not in named:
        named.add(key)
        return True
    return False


def _by_item(part: str) -> list[tuple[int, str, list[ProgrammePerson], str]]:
    """The talk of a list item that is a title and its by-line, as a list."""
    by = item_byline(part)
    return [by] if by is not None else []


def _heading_days(
    section: structure.Section, day: date | None, year: int | None
) -> dict[int, date | None]:
    """The day each section's talks are on: the day its own heading or the nearest
    heading above it names (``## Thursday 8 October``, a series page's one heading per
    evening), else ``day``, the whole text's (its front matter's date is the page's,
    not every talk's)."""
    days: dict[int, date | None] = {}
    stack = [(section, day)]
    while stack:
        node, inherited = stack.pop()
        own = line_date(node.title, year) if node.level and len(node.title) <= 80 else None
        here = own or inherited
        days[node.line] = here
        stack.extend((child, here) for child in node.children)
    return days


def _lines_of(origin: str) -> range:
    """The 0-based lines ``lines A-B`` names."""
    first, _, last = origin.removeprefix("lines ").partition("-")
    return range(int(first) - 1, int(last))


__all__ = ["LINKED_ITEMS_LEAST", "MENTIONS_LEAST", "linked_item_titles", "read"]
