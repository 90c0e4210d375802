"""Index pages: a list or table of links, one per talk, each with its speakers.

``- [Typing the untypeable](talks/typing.md) — Greta Holm``,
``- [[Funding maintainers]] with Lars Nyberg``, ``<li><a href=…>Title</a> by
Name</li>``, a table row whose cell is a link: the link's words are the talk's
title, the words after it its speakers, the target a link of the talk. Read
off the document tree; headings above the links (``Day 1``) are context.
"""

from __future__ import annotations

import re
from datetime import date

from confnotes.importers import doctree
from confnotes.importers.kinds import group_tag
from confnotes.importers.link_targets import is_page_reference, slug_words
from confnotes.importers.notefiles import PEOPLE_HEADING_RE, is_notes_file
from confnotes.importers.org_bylines import person_at_org
from confnotes.importers.persons import split_speakers
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.timetable import blocks
from confnotes.importers.when import calendar_word, find_date, strip_dates
from confnotes.model import Link
from confnotes.notebook.link_kinds import classify_link
from confnotes.notebook.slugs import make_slug

_WIKILINK_RE = re.compile(r"^\[\[([^\[\]|]{1,300})(?:\|([^\[\]]{1,300}))?\]\]")
_JOIN_RE = re.compile(r"^[\s,;:|·•\-–—]*(?:(?:presented\s+)?by|with|from|von|par|por)?\s*", re.I)
MIN_LINKS = 2


"""Links it takes to call a page an index."""


def _lead_link(node: doctree.Node) -> tuple[str, str, str] | None:
    """(title, target, the words after it) when a node's text starts with a link."""
    text = node.text.split("\n", 1)[0].strip()
    if m := _WIKILINK_RE.match(text):
        return (m.group(2) or m.group(1)).strip(), m.group(1).strip(), text[m.end() :]
    for mark in node.marks:
        if mark.kind == "link" and not node.text[: mark.start].strip(' *_"“'):
            title = slug_words(node.text[mark.start : mark.end].strip())
            return title, mark.value, node.text[mark.end :].split("\n", 1)[0]
    return None


def _people(rest: str) -> list[ProgrammePerson]:
    """The speakers the words after an entry's link name: all of them, or the first
    sentence of them (``— Ana Ruiz. Recommended by a colleague.``: a remark follows)."""
    joined = _JOIN_RE.match(rest := rest.strip(' *_"”'))
    by_word = joined.group().split()[-1].casefold() if joined and joined.group().split() else ""
    rest = rest[joined.end() :].strip() if joined else rest
    if not rest:
        return []
    if who := person_at_org(by_word, rest):  # "par Ana Ruiz de Zenika": she works there
        return who
    head = _SENTENCE_END_RE.split(rest, maxsplit=1)[0].strip()
    if head != rest and (who := split_speakers(head, single_ok=True)):
        return who
    return split_speakers(rest, single_ok=True)


_SENTENCE_END_RE = re.compile(r"(?<=[^\W\d_]{2})[.!?]\s+(?=\S)")
"""A sentence's end (after a word of two letters or more, so never an initial's dot)."""


def _talk(title: str, target: str, people: list[ProgrammePerson]) -> ProgrammeTalk:
    talk = ProgrammeTalk(title=title, speakers=people)
    if target:
        local = Link(target, "page", title)
        talk.links.append(classify_link(target, title) if "://" in target else local)
    return talk


def _date_only(title: str) -> date | None:
    """The day a heading names when it says a full date and nothing more (``June 3,
    2021`` over the talks of that evening): their day, no session."""
    found, own = find_date(title)
    if found is None or not own:
        return None
    words = re.findall(r"[^\W\d_]+", strip_dates(title))
    return found if all(calendar_word(w) for w in words) else None


def read(doc: doctree.Document, source: str) -> Programme | None:
    """The talks an index page links to, or None when it is no index."""
    programme = Programme(name="", format="outline")
    talks: list[ProgrammeTalk] = []
    items = 0
    wikilinked = 0  # "- [[Quiet Queues]]": a note of the vault, by its name
    session: str | None = None
    group = ""  # "### Workshops": the kind of the talks listed under it
    day: date | None = None
    people_list = False
    one_talk = False  # "# Opening Keynote - Ana Ruiz": the page is the notes of one talk
    for node in blocks(doc.root):
        if node.kind == "heading" and not programme.name and node.level <= 1:
            programme.name = node.text.strip()
            one_talk = _names_one_talk(doc, node)
        elif node.kind == "heading" and one_talk:
            return None  # its links under a part ("## Books") are its references, no index
        elif node.kind == "heading":
            title = node.text.strip()  # "Day 1", "Morning": the talks under it are its own
            people_list = bool(PEOPLE_HEADING_RE.fullmatch(title))
            group = group_tag(title)
            day = _date_only(title)
            session = None if day else make_slug(title, "session")
            if session and all(s.key != session for s in programme.sessions):
                programme.sessions.append(ProgrammeSession(session, title))
        if node.kind == "list" and not people_list:  # a "People" list links people, no talks
            for item in node.children:
                if item.kind != "item":
                    continue
                items += 1
                head = next((c for c in item.children if c.kind == "paragraph"), item)
                if found := _lead_link(head):
                    title, target, rest = found
                    wikilinked += bool(_WIKILINK_RE.match(head.text.strip()))
                    talks.append(_talk(title, target, _people(rest)))
                    talks[-1].session = session
                    talks[-1].day = day
                    talks[-1].tags += [group] if group else []
        elif node.kind == "table":
            for row in node.walk():
                if row.kind != "row":
                    continue
                cells = [c for c in row.children if c.kind == "cell"]
                linked = [(c, f) for c in cells if (f := _lead_link(c))]
                if len(linked) != 1:
                    continue
                items += 1
                cell, (title, target, _rest) = linked[0]
                people = [p for c in cells if c is not cell for p in _people(c.text)]
                talks.append(_talk(title, target, people))
    _trailing_names(talks)
    with_people = sum(1 for t in talks if t.speakers)
    # links to files of their own beside the page (``talks/typing.md``): a person's table
    # of contents of their notes, whether or not it names the speakers
    local = wikilinked + sum(
        1
        for t in talks
        if t.links and (is_notes_file(t.links[0].url) or is_page_reference(t.links[0].url))
    )
    grounded = max(with_people, local)
    if len(talks) < MIN_LINKS or grounded * 2 < len(talks) or len(talks) * 2 < items:
        return None
    programme.talks = talks
    used = {t.session for t in talks}
    programme.sessions = [s for s in programme.sessions if s.key in used]
    programme.name = programme.name or str(doc.root.children[0].attrs.get("title", "") or "")
    if doc.syntax != "html":
        programme.talks.append(_page_note(doc, programme.name))
    return programme


def _names_one_talk(doc: doctree.Document, heading: doctree.Node) -> bool:
    """A title heading that names a talk's speaker or kind (``Opening Keynote - Ana
    Ruiz``, ``Title by Ana Ruiz``): the page is one talk's notes, whose links further down
    are its references; an index's title names its event or its days."""
    from confnotes.importers.headings import read_heading

    line = doc.source[heading.start : heading.end].split("\n", 1)[0].lstrip("# ").strip()
    talk = read_heading(line)
    return bool(talk.speakers) or talk.kind not in ("talk", "other")


_FRONT_TAGS = frozenset({"tags", "categories", "keywords"})
"""The front matter keys an index page's note takes in (as its tags); the others go on."""


def _tail(title: str) -> tuple[str, str] | None:
    """``Title - Name`` as (title, name), at the last spaced dash; None without one."""
    at = max(title.rfind(f" {dash} ") for dash in "-–—")
    head, tail = title[:at].strip(), title[at + 3 :].strip()
    return (head, tail) if at > 0 and head and tail else None


def _trailing_names(talks: list[ProgrammeTalk]) -> None:
    """``[Beyond Engagement - Zeldman](…)`` in entry after entry: when most entries end in
    `` - `` and a name (a surname alone too: the column of names is the role), the titles
    are the words before it and the names their speakers."""
    split = [
        (t, head, who)
        for t in talks
        if not t.speakers
        and (parts := _tail(t.title))
        and (who := split_speakers(parts[1], single_ok=True))
        and not split_speakers(head := parts[0])
    ]
    if len(split) < 2 or len(split) * 3 < len(talks) * 2:
        return
    for talk, title, who in split:
        talk.title, talk.speakers = title, who
    for talk in talks:
        # the column agreed on: a title shaped like a name is still the title before it
        # ("Customizable Art Direction - Markham")
        if (
            not talk.speakers
            and (parts := _tail(talk.title))
            and len(who := split_speakers(parts[1], single_ok=True)) == 1
        ):
            talk.title, talk.speakers = parts[0], who


def _page_note(doc: doctree.Document, name: str) -> ProgrammeTalk:
    """The index page's own text, as written, in a note of its own (its words between the
    links are the user's too); its front matter goes on with it."""
    from confnotes.importers.structure import front_extra, front_tags
    from confnotes.importers.structure import read as outline_of

    outline = outline_of(doc.source)
    body = "\n".join(outline.lines[outline.front_last + 1 :]).strip("\n")
    note = ProgrammeTalk(title=name or "Index", kind="other", body=body + "\n" if body else "")
    note.tags = front_tags(outline.front)
    note.extra = front_extra(outline.front, _FRONT_TAGS)
    return note
