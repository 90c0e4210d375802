"""Where the talks are in an outline: the level, bullets or lines that repeat.

Given a section tree (:mod:`confnotes.importers.structure`), this finds the
heading level that repeats with text under it (:func:`talk_level`), talks as
bullets or property lists (:func:`bullet_talks`), time-led blocks
(:func:`leads`), a table of talks and its columns' roles, and what sits
under one talk's heading (a by-line, a card of speakers, a metadata table).
"""

from __future__ import annotations

import copy
import functools
import html
import itertools
import re
import unicodedata
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date
from urllib.parse import urlsplit

from confnotes.importers import doctree
from confnotes.importers.byline_heads import byline_heading
from confnotes.importers.colon_signed import context_names_talks, signed_run
from confnotes.importers.columns import is_prose, read_table, says_title, words_of
from confnotes.importers.entries import (
    DURATION_RE,
    TALK_LABEL_RE,
    Entry,
    clock_alone,
    kind_of,
    leading_clock,
)
from confnotes.importers.fields import is_key_word, roles_of
from confnotes.importers.given_led import given_led, given_led_run
from confnotes.importers.headings import (
    BY_LINE_RE,
    DASHES_RE,
    DAY_RE,
    ITEM_LINE_RE,
    KEY_ALIASES,
    LINK_RE,
    META_RE,
    ONE_LINK_RE,
    SESSION_RE,
    SPEAKER_KEYS,
    STRESS_RE,
    STRESSED_ASIDE_RE,
    HeadingTalk,
    bare_cjk,
    ends_in_notes_words,
    is_container,
    is_day,
    is_generic,
    key_value,
    kind_label_only,
    name_then_description,
    read_heading,
)
from confnotes.importers.identity import same_title_key, title_key
from confnotes.importers.kinds import KIND_WORDS
from confnotes.importers.labelled_heads import labelled_head, stressed_in_notes
from confnotes.importers.loose_items import day_line, loose_lists
from confnotes.importers.pagetree import marked
from confnotes.importers.persons import (
    NAME_CONJUNCTIONS,
    fits_a_by_line,
    han_name_first,
    handles_only,
    honoured_name,
    is_job_title,
    is_not_a_name_word,
    is_organisation,
    is_person_name,
    name_and_affiliation,
    named_by_role,
    split_speakers,
    stressed_title,
)
from confnotes.importers.programme import (
    ProgrammePerson,
    ProgrammeTalk,
)
from confnotes.importers.remark_bylines import remark_bylines
from confnotes.importers.runs import read_run
from confnotes.importers.schedule_util import talk_kind
from confnotes.importers.structure import (
    Block,
    Outline,
    Section,
    top_nodes,
)
from confnotes.importers.textutil import (
    BY_WORDS,
    LEADING_PICTOGRAPHS_RE,
    SHORTCUT_LABEL_RE,
    WITH_WORDS,
    Clock,
    goes_on_after_comma,
    note_sentence,
    strip_markdown_inline,
    written_in_lower_case,
)
from confnotes.importers.title_speakers import (
    MENTION_CUE_RE,
    SPAN_RE,
    mentioned_talk,
    stressed_bylines,
    title_and_speakers,
    with_byline,
)
from confnotes.importers.when import (
    clock_range,
    find_date,
    find_year,
    leading_date,
    leading_weekday,
)
from confnotes.model import Link
from confnotes.notebook.link_kinds import classify_link
from confnotes.text.scripts import CJK_SIGN_RE

_TALK_PROPS = frozenset({"time", "when", "room", "where", "type", "kind", "title"} | SPEAKER_KEYS)
"""Properties that make an outline bullet a talk."""


@dataclass
class BulletTalk:
    """An outline bullet that is a talk: its first line, properties and lines."""

    head: str
    props: list[tuple[str, str]]
    first: int
    last: int
    parent: str = ""
    """The words of the bullet it hangs under (a session, a conference), if any."""
    parent_lines: list[int] = field(default_factory=list)
    people: list[ProgrammePerson] = field(default_factory=list)
    """The speakers its own line names (``[Title, Name](video)``, ``"Title" by Name``)."""
    listed: bool = False
    """An item of a list of talks (:func:`list_talks`), not an outline's property bullet."""
    when: str = ""
    """The day and time its line began with (``Saturday 12:40``), read apart from its title."""
    heading_lines: list[int] = field(default_factory=list)
    """The lines of the heading it is listed under (a day's, a topic's), if any."""
    code: str = ""
    """Its session's code after its title (``Title (NET305)``), if its list gives them."""
    shared: bool = False
    """A talk its item names after another (``[A](…) by Ana and [B](…) by Bo``): the item's
    lines are in the first talk's note, none in this one's."""


def same_title(heading: str, title: str) -> bool:
    """Whether a heading restates a title (the one holds the other's words, in order)."""
    return same_title_key(title_key(strip_markdown_inline(heading)), title_key(title))


_PART_END_RE = re.compile(r"[-–—|:·•/]\Z")
"""How the part before a title's own part ends (``Writer - Event -``)."""
_PART_START_RE = re.compile(r"\A(?:[-–—|:·•/(（\[]|\Z)")
"""How the part after it starts (`` - Event``, ``(notes)``), or nothing."""


def title_part(heading: str, title: str) -> str:
    """The heading when a post's ``title:`` holds it as one whole part among others set
    apart by separators (``Writer - Event 2019 - Talk (notes)`` over ``# Talk``): the
    heading is the talk's own title, the rest the post's; "" when the title is the
    heading, holds no part like it, or holds it inside a part's words."""
    plain = " ".join(strip_markdown_inline(heading).split()).strip(" #*_")
    whole = " ".join(strip_markdown_inline(title).split())
    at = whole.casefold().find(plain.casefold()) if len(plain) >= 3 else -1
    if at < 0:
        return ""
    before, after = whole[:at].strip(), whole[at + len(plain) :].strip()
    if not (before or after):
        return ""
    if before and not _PART_END_RE.search(before):
        return ""
    return plain if _PART_START_RE.match(after) else ""


def unwiki(text: str) -> str:
    """``[[Ana Ruiz]]`` → ``Ana Ruiz``, ``[[people/ana|Ana]]`` → ``Ana``: a wikilink's
    words (Obsidian, Logseq)."""
    out, at = [], 0
    while (start := text.find("[[", at)) >= 0 and (end := text.find("]]", start)) >= 0:
        out += [text[at:start], text[start + 2 : end].rsplit("|", 1)[-1]]
        at = end + 2
    return "".join(out) + text[at:]


def bullet_talks(outline: Outline) -> list[BulletTalk]:
    """Bullets of the document's outline whose own properties (``speaker:: Ana`` lines
    under the bullet, or child bullets that are a property alone) say it is a talk."""
    doc = outline.doc
    if doc is None:
        return []
    found: list[BulletTalk] = []
    for node in top_nodes(doc.root):
        if node.kind == "list":
            _bullets(doc, node, [], found)
    return found


LIST_TALKS_MOST = 2000
"""List items a document's lists are read for talks (a bound on any input)."""


def list_talks(outline: Outline) -> list[BulletTalk]:
    """Items of a list of talks, each item one talk: a person's notes listing the talks
    they saw, one line each, a line naming the talk and its speaker in one of the ways
    people write it (``[The Hard Parts of Open Source, Evan Czaplicki](video)``,
    ``<q>Title</q> by R. Hettinger``, ``Title - Name``, ``"Title" by Name``, ``Keynote:
    Name``), or a line naming the talk over a nested item that is its speaker's property
    (``+ [Title](video)`` over ``+ _Speaker_: Name``). A list counts when at least two of
    its items, and half of them, are talks so; items of lists under a heading that is
    itself a talk (a title naming its speaker, a speaker line under it) are that talk's
    notes (a reading list of ``Book, Author``), never talks."""
    doc = outline.doc
    if doc is None:
        return []
    owned = [
        (s.line, s.end)
        for s in outline.sections()[:200]
        if talk_title(s.title, None) or speaker_under(outline, s)
    ]
    found: list[BulletTalk] = []
    seen = [0]
    heads = outline.sections()[:LIST_TALKS_MOST]
    tops = [h for h in heads if h.level == min((x.level for x in heads), default=0)]
    event_title = tops[0] if len(tops) == 1 and find_year(tops[0].title) else None
    before: doctree.Node | None = None
    lone: list[BulletTalk] = []
    commas = 0  # lists whose talks were read off a comma before a name
    # a list inside an HTML block too; "1.- Title" paragraphs and runs of stressed ones too
    nodes = _stressed_runs(_hand_numbered(loose_lists(doc, top_nodes(doc.root))))
    quoting = _quoting(outline, heads, nodes)
    signed_page = _signed_page(doc, nodes, quoting)
    given_page = _given_page(doc, nodes)
    for node in nodes:
        at = doc.line_of(node.start) if node.kind == "list" else -1
        above_it, before = before, node if node.kind != "blank" else before
        if at < 0 or any(a <= at <= b for a, b in owned):
            continue
        start, held = len(found), len(lone)
        above = max((h for h in heads if h.line < at <= h.end), key=lambda h: h.level, default=None)
        # under a heading that names a day, items led by a link or a bold title are that
        # day's talks, named or not ("1. [Title](…/program#s-12) a remark")
        day_part = above is not None and bool(DAY_RE.search(strip_markdown_inline(above.title)))
        # a list under a topic's heading is that topic's notes (a reading list of "*Book* by
        # Author - chapter 11"); a list under no heading, or under a day, lists talks
        titled = above is not None and _names_talks(above.title)  # "## Die Vorträge"
        quotes = quoting.get(id(node), "")
        # "Title: Ana Ruiz" items are talks only where the heading or the line over the
        # list says it lists the event's talks (an award's, a committee's list is not)
        lead_in = above_it.text if above_it is not None and above_it.kind == "paragraph" else ""
        # a short line naming a day right over the list ("**Day 2 (Wednesday)**"): its talks
        programme = context_names_talks(
            above.title if above is not None else None,
            lead_in,
            day_part or titled or day_line(lead_in),
        )
        repeated, signed = _repeated_reads(doc, node, signed_page, quotes, programme, given_page)
        # names and quoted titles are a list of talks whatever is written over it only
        # where a heading or the event's name says it lists talks ("## Talks", "Hill LT #5")
        bypass = day_part or titled or bool(repeated and (not signed or quotes == _QUOTES_TALKS))
        if above is not None and not bypass and _words_over(above, at):
            continue  # '### Title (Track)' / what I heard / '- "Book", Author': its notes
        # "# Notes from Conf 2031" over the list, the document's one title: no topic's
        event = above is not None and above is event_title
        loose = above is None or day_part or bool(titled or event or repeated)
        # a topic's heading over the list ("## Agenda", a talk's "## Title") or a lead-in
        # naming something else makes its slot lengths a plan's, never a timetable's
        slots = loose and not _led_in_as_other(above_it)
        read_as = _list_of_talks(
            doc, node, found, seen, day_part, loose, lone, titled, repeated, slots
        )
        commas += read_as == "comma"
        added = found[start:] + lone[held:]
        if above_it is not None and above_it.kind == "paragraph" and _a_day(above_it.text):
            # "Tuesday, 4 March 2031" over the list: the day of its talks
            for talk in added:
                talk.props.append(("date", above_it.text.strip()))
        # the heading the list sits under (a day, a topic) groups its talks
        for talk in added:
            if above is not None:  # its line stays in a note of its own, never dropped
                talk.parent = strip_markdown_inline(above.title)
                talk.heading_lines = list(range(above.line, above.heading_last + 1))
    if commas >= 2 and lone:
        # lists of "Title, Name" items elsewhere on the page: a list of one such item
        # (one talk that evening) is read the same way
        found = sorted(found + lone, key=lambda t: t.first)
    return found if len(found) >= 2 else []


_HAND_NUMBER_RE = re.compile(r"^[ \t]{0,3}(\d{1,3})\.-[ \t]{0,3}\S")
"""A paragraph numbered by hand the way Spanish writers number a list (``1.- Title``),
which Markdown reads as no list."""


_HAND_MARK_RE = re.compile(r"^\d{1,3}\.-[ \t]*")


def _hand_numbered(nodes: list[doctree.Node]) -> list[doctree.Node]:
    """``nodes`` with each run of paragraphs numbered by hand in order (``1.- …``, ``2.-
    …``), each with the blocks up to the next (its notes, a nested list), as one list
    whose items they are: the list a reader sees. A run needs two such paragraphs."""
    out: list[doctree.Node] = []
    run: list[list[doctree.Node]] = []

    def close() -> None:
        if len(run) >= 2:
            items = [
                doctree.Node("item", part[0].start, part[-1].end, children=list(part))
                for part in run
            ]
            out.append(doctree.Node("list", items[0].start, items[-1].end, children=items))
        else:
            out.extend(n for part in run for n in part)
        run.clear()

    for node in nodes[:LIST_TALKS_MOST]:
        number = (
            _HAND_NUMBER_RE.match(node.text[:12])
            if node.kind == "paragraph" and node.spanned
            else None
        )
        if number and (not run or int(number[1]) == len(run) + int(_first_number(run))):
            run.append([node])
        elif number:
            close()
            run.append([node])
        elif run and node.kind in ("blank", "list", "paragraph", "code", "quote"):
            run[-1].append(node)  # its notes, up to the next numbered paragraph
        else:
            close()
            out.append(node)
    close()
    return out + nodes[LIST_TALKS_MOST:]


STRESSED_RUN_LEAST = 3
"""Stressed one-line paragraphs in a row before they read as a list's items."""


def wholly_stressed(node: doctree.Node) -> bool:
    """A one-line paragraph whose words are all in one italic or bold stretch (``<p><em>
    Title</em></p>``, ``*Title*``): a title set apart, the way a page lists its talks."""
    text = node.text.strip()
    if node.kind != "paragraph" or not text or "\n" in text or len(text) > 300:
        return False
    lead = len(node.text) - len(node.text.lstrip())
    return any(
        m.kind in ("em", "strong") and m.start <= lead and m.end >= lead + len(text)
        for m in node.marks
    )


def _names_set_apart(run: list[doctree.Node]) -> bool:
    """Whether most of a run of stressed lines are people (``**Ana Ruiz, Example Lab**``):
    a panel's by-lines set apart, not a list of talks' titles."""
    names = sum(
        1
        for p in run
        if name_and_affiliation(text := p.text.strip()) is not None or is_person_name(text)
    )
    return 2 * names > len(run)


_SAID_RE = re.compile(r"[.!…](?:[\"”“’'»]\s*)?$|^[\"“„'‘«].*[?][\"”“’'»]$")
"""A line that is something said, not a title: a sentence (``Hire for slope.``), or a
question in quotation marks (``"Why now?"``)."""


def _quotations(run: list[doctree.Node]) -> bool:
    """Whether most of a run of stressed lines are sentences or quotations set apart
    (``*"Culture eats strategy for breakfast."*``): a page's epigraphs, not its talks."""
    said = sum(1 for p in run if _SAID_RE.search(p.text.strip()))
    return 2 * said > len(run)


TALK_HEADINGS_AHEAD = 20
"""Headings after a run of stressed lines, in its section, looked at for talks."""


def _talk_headings_after(nodes: list[doctree.Node], at: int, level: int) -> bool:
    """Whether the section a run of stressed lines ends in (under a heading of ``level``,
    0 for none) goes on, from ``nodes[at]``, to sub-headings that are talks (``### Title —
    Name``): the run is that section's preface, the talks are its sub-headings."""
    seen = 0
    for j in range(at, min(len(nodes), at + LIST_TALKS_MOST)):  # a bound on any input
        node = nodes[j]
        if node.kind != "heading":
            continue
        if (level and node.level <= level) or seen >= TALK_HEADINGS_AHEAD:
            return False
        seen += 1
        if talk_title(strip_markdown_inline(node.text.strip()), None):
            return True
    return False


def _stressed_runs(nodes: list[doctree.Node]) -> list[doctree.Node]:
    """``nodes`` with each run of :data:`STRESSED_RUN_LEAST` or more wholly stressed
    one-line paragraphs (blank lines between them) as one list whose items they are: a
    page that sets each talk's title in italics on a line of its own lists them, bullets
    or not. A run of sentences or quotations, or one its section's talk headings follow,
    is no list."""
    out: list[doctree.Node] = []
    run: list[doctree.Node] = []
    gap: list[doctree.Node] = []
    level = 0  # of the heading the run sits under

    def close(at: int) -> None:
        if (
            len(run) >= STRESSED_RUN_LEAST
            and not _names_set_apart(run)
            and not _quotations(run)
            and not _talk_headings_after(nodes, at, level)
        ):
            items = [doctree.Node("item", p.start, p.end, children=[p]) for p in run]
            out.append(doctree.Node("list", items[0].start, items[-1].end, children=items))
        else:
            out.extend(run)  # blanks between a short run's paragraphs are of no use here
        run.clear()

    for i, node in enumerate(nodes):
        if node.spanned and wholly_stressed(node):
            run.append(node)
            gap.clear()
        elif node.kind == "blank" and run:
            gap.append(node)
        else:
            close(i)
            out.extend(gap)
            gap.clear()
            out.append(node)
            level = node.level if node.kind == "heading" else level
    close(len(nodes))
    out.extend(gap)
    return out


def _first_number(run: list[list[doctree.Node]]) -> int:
    m = _HAND_NUMBER_RE.match(run[0][0].text[:12])
    return int(m[1]) if m else 0


def _list_of_talks(
    doc: doctree.Document,
    listing: doctree.Node,
    out: list[BulletTalk],
    seen: list[int],
    day_part: bool = False,
    loose: bool = False,
    lone: list[BulletTalk] | None = None,
    titled: bool = False,
    repeated: list[FieldRead | None] | None = None,
    slots: bool = False,
) -> str:
    """Adds the talks of ``listing`` to ``out``; says how they were read: ``"comma"``
    when some only off a comma before a name, ``"talks"``, or ``""`` when the list holds
    none. A list of one such item goes to ``lone`` instead. ``titled``: the heading over the
    list says it lists talks, so an item naming no speaker is a talk too (once others
    are read as talks). ``repeated``: each item's talk as the list's repeated pattern
    reads it (:func:`_repeated_reads`), which comes first. ``slots``: items ending in a slot's
    length may be a copied timetable's talks (:func:`_slot_lengths`)."""
    items = [i for i in listing.children if i.kind == "item" and i.spanned]
    talks: list[BulletTalk] = []
    weak = 0  # talks read only off a comma before a name
    as_run: list[Entry | None] = []  # the list read as one run, when an item needs it
    pages = loose and _sibling_pages(items)
    leads = _led_by_sibling_pages(items) if loose and not pages else {}
    # "- Title (20 min)" item after item: a timetable's slots
    timed = _slot_lengths(items) if slots else {}
    unnamed = 0  # items read as talks only because the heading says the list holds talks
    withs: list[BulletTalk] = []  # "Title avec Name": a talk once siblings name theirs
    # "- Title" over "  - Name ~ what they do": a first nested line that is a speaker's
    # by-line, repeated down the list (three times, or twice in a list of talks)
    bylines = _bylines_under(items[:LIST_TALKS_MOST], 2 if loose else 3)
    # "- Title de Ana Ruiz: what I thought: https://…", item after item: the by-line ends
    # where the writer's remark begins
    # (under a topic's heading only when the list repeats the form: "Book by Author - ch. 2"
    # once is a reading list's)
    remarks = remark_bylines([_item_line(i) for i in items[:LIST_TALKS_MOST]], lone_ok=loose)
    for at, item in enumerate(items):
        seen[0] += 1
        if seen[0] > LIST_TALKS_MOST:
            return ""
        head = next((c for c in item.children if c.kind == "paragraph"), None)
        line = head.text.split("\n")[0].strip() if head is not None else ""
        line = _HAND_MARK_RE.sub("", line)  # "1.- Title": a hand-numbered item's number
        if not line:
            continue
        # "[Title] - [Name] ([Lab])": labels of reference links, each a whole field
        line = SHORTCUT_LABEL_RE.sub(r"\1", line)
        when, line = _split_when(line)
        title, people, comma = _named_talk(line) if len(line) <= 300 else (line, [], False)
        if head is not None and (stressed := _stressed_lead_talk(_written(doc, head))):
            # '**Ana Ruiz - "Title"**: what I thought': the stressed lead is the talk's
            # line, the remark after it the writer's
            title, people, comma = *stressed, False
        if not people and head is not None and len(line) <= 300:
            # "Title (Name) [slides](…)": the links after the talk's words are its
            # resources (kept by the talk), never part of who gives it
            raw = LIST_MARK_RE.sub("", _written(doc, head).split("\n")[0]).strip()
            if (bare := _without_trailing_links(raw)) != raw:
                read = _named_talk(SHORTCUT_LABEL_RE.sub(r"\1", strip_markdown_inline(bare)))
                title, people, comma = read if read[1] else (title, people, comma)
        closed = False
        coded, code = "", ""
        if repeated and at < len(repeated) and (pattern := repeated[at]) is not None:
            title, people, code = pattern
            comma, closed = False, True
            coded = "" if people else title  # "Title (NET305)": named by its code alone
        if not people and loose and head is not None:
            # "**Title** ([Name](…)) - a remark": the item's line as written, its leading
            # stressed title and the by-line right after it; the remark is the person's.
            # The paragraph's lines as one (a by-line wrapped onto the item's next line)
            raw = " ".join(_written(doc, head)[:2000].split())
            spans = stressed_bylines(raw, with_ok=True)
            lead = SHORTCUT_LABEL_RE.sub(r"\1", strip_markdown_inline(LIST_MARK_RE.sub("", raw)))
            # "Keynote - "Title", de Name": the kind's label before the stressed title;
            # "[Taller: observabilidad …], de Name": a label inside the title is its own
            leads_at = {lead.lstrip(" \"'“«„"), _without_kind_lead(lead).lstrip(" \"'“«„")}
            if len(spans) == 1 and any(w.startswith(spans[0][0][:24]) for w in leads_at):
                title, people = spans[0]
                closed = True  # its marks close the title: the wrapped lines are a remark
            elif (entry := (as_run := as_run or _as_run(doc, items))[at]) is not None:
                # "[Name — Title](video) - what I thought": the list, read as a run, says
                # which side of the link's words is the person
                title, people = entry.title, entry.speakers
        if not people and at < len(remarks) and (remark := remarks[at]) is not None:
            (title, people), closed = remark, True
        led = coded
        if not people and day_part and head is not None:
            raw = _written(doc, head).split("\n")[0]
            if lead_span := _LEAD_SPAN_RE.match(LIST_MARK_RE.sub("", raw).lstrip()):
                led = strip_markdown_inline(lead_span.group(1) or lead_span.group(2)).strip()
        if not people and day_part and not led and head is not None and wholly_stressed(head):
            led = line  # "*Title*" alone on its line under a day: that day's talk
        if not people and bylines and bylines[at]:
            people = bylines[at]
        if not people and at in timed:
            led = timed[at]  # "- Title (20 min)": the slot's length says it is a talk
        if not people and at in leads:
            led = leads[at]  # '- "[Title](https://site/talks/12)": what I thought of it'
        if not people and not coded and (pages or (titled and len(line.split()) <= _TITLE_WORDS)):
            led = line  # "- [Title](https://site/proposal/…)": the talk's page on its site
            unnamed += not pages  # "- IBM Watson Assistant" under "## Die Vorträge"
        if not people and len(line) > 300 and not led:
            continue
        if people and head is not None and title.strip() and not closed:
            # "Ana Ruiz: Title that wraps" / "  onto the next line": the title closing
            # the item's first line goes on over the wrapped lines, up to a bare link
            # (a new sentence on the next line is the writer's remark)
            more = " ".join(head.text.split("\n")[1:4]).strip()
            ends = strip_markdown_inline(line).rstrip().endswith(title.strip()[-12:])
            title = wrapped_title(title, more if ends else "")
        if len(people) > 1 and head is not None:
            people = _linked_person(head, people)
        weak += comma
        said = _item_props(item)
        props = [p for p in said if p[0] in SPEAKER_KEYS]
        if (kind := read_heading(line).kind) != "talk":
            props.append(("kind", kind))  # "**Keynote**: [Title] - [Name]"
        if not people:
            if not props and len(led) < 3:
                if (withed := with_byline(line)) is not None:
                    first = doc.line_of(item.start)
                    last = doc.line_of(max(item.start, item.end - 1))
                    withs.append(
                        BulletTalk(withed[0], [], first, last, people=withed[1], listed=True)
                    )
                continue
            title = line if props or len(led) < 3 else led
        # a nested line that is a day alone (``_Watched_: 3/17/2018``, ``Seen: 12 May``)
        # dates the talk, whatever its key
        props += [("date", v) for k, v in said if k not in SPEAKER_KEYS and _a_day(v)][:1]
        first = doc.line_of(item.start)
        last = doc.line_of(max(item.start, item.end - 1))
        # "[A](…) by Ana Ruiz and [B](…) by Bo Li": each stressed title with its by-line
        # is a talk of its own, the first the item's
        several = _bylined_talks(doc, head, title) if people and head is not None else []
        if several:
            title, people = several[0]
        talks.append(
            BulletTalk(title, props, first, last, people=people, listed=True, when=when, code=code)
        )
        talks.extend(
            BulletTalk(more, [], first, last, people=who, listed=True, shared=True)
            for more, who in several[1:]
        )
        if (group := kind_of(line)) not in ("talk", "break", "other") and kind_label_only(line):
            talks.extend(_group_members(doc, item, group))
    named = {p.name for t in (*out, *talks) for p in t.people}
    if withs and sum(bool(t.people) for t in (*out, *talks)) >= 2:
        # "- Title par Ana Ruiz" beside "- Title avec Ana Ruiz et Eva Gil": the page's
        # by-lines say the names after "with" are who gives the talk too, when one of them
        # is a speaker the page already names ("Pipelines con Apache Beam", "Data with
        # Apache Kafka and Apache Flink": products, a pair of them too)
        withs = [t for t in withs if any(p.name in named for p in t.people)]
        talks = sorted(talks + withs, key=lambda t: t.first)
    if unnamed and (len(talks) - unnamed) * 2 < len(items) and not _bare_titles(items):
        # under "## Vorträge", an item naming no one is a talk when most items name theirs,
        # or when every item is a title alone (the sessions a person saw, listed)
        talks = [t for t in talks if t.people or t.props]
    if talks and len(talks) * 3 >= len(items) and (weak == 0 or len(talks) >= 2):
        out.extend(talks)
        return "comma" if weak else "talks"
    if len(talks) == 1 and weak and lone is not None:
        lone.extend(talks)  # one "Title, Name" alone: a talk if the page's other lists say so
    return ""


def _group_members(doc: doctree.Document, item: doctree.Node, kind: str) -> list[BulletTalk]:
    """The talks of an item that names a kind of talk over a nested list (``- Lightning
    talks:`` over ``+ Title`` items, each over its own notes): each nested item whose
    line is a title (not a speaker's by-line, a field or a link) is a talk of that kind,
    its notes in the group's note. A nested item with nothing under it is the group's
    note, not a talk."""
    sub = next((c for c in item.children if c.kind == "list"), None)
    out: list[BulletTalk] = []
    for member in sub.children[:LIST_TALKS_MOST] if sub is not None else ():
        if member.kind != "item" or not member.spanned:
            continue
        if not any(c.kind == "list" for c in member.children):
            continue  # a line of the group's notes, nothing said under it
        head = next((c for c in member.children if c.kind == "paragraph"), None)
        line = strip_markdown_inline(head.text.split("\n")[0]).strip() if head else ""
        if (
            not line
            or len(line) > 160
            or len(line.split()) > _TITLE_WORDS
            or _FIELD_LEAD_RE.match(line)
            or "://" in line
            or _byline(line)[0]
            or " ~ " in line
        ):
            continue  # "沈崴 ~ his company", "Recording: …": the group's by-line, a field
        title, people, _comma = _named_talk(line)
        first = doc.line_of(member.start)
        last = doc.line_of(max(member.start, member.end - 1))
        out.append(
            BulletTalk(
                title, [("kind", kind)], first, last, people=people, listed=True, shared=True
            )
        )
    return out


_FIELD_LEAD_RE = re.compile(r"[^:：\n]{1,24}[:：]")
"""A line opening with a short key and its colon (``录音:``, ``Slides:``): a field."""


def _bylined_talks(
    doc: doctree.Document, head: doctree.Node, title: str
) -> list[tuple[str, list[ProgrammePerson]]]:
    """The talks an item names one after another, each a stressed title (a link,
    emphasis, quotes) and its by-line (``[A](…) by Ana Ruiz and [B](…) by Bo Li``), when
    it names two or more and the item's title as read (``title``) opens with the first
    (a line read as one talk took them for one title); [] otherwise."""
    raw = LIST_MARK_RE.sub("", " ".join(_written(doc, head)[:2000].split()))
    spans = stressed_bylines(SHORTCUT_LABEL_RE.sub(r"\1", raw), with_ok=True)
    if len(spans) < 2:
        return []
    if not title_key(strip_markdown_inline(title)).startswith(title_key(spans[0][0])):
        return []
    return spans


def _linked_person(head: doctree.Node, people: list[ProgrammePerson]) -> list[ProgrammePerson]:
    """``[Title](…) - [Ana Ruiz, Acme Labs](…)``: the names read off an item that one link
    holds together, its words opening with the first name and a comma after it, are one
    person and where they work (a link leads to one person's page); ``people`` as read
    otherwise."""
    text = head.text
    for mark in head.marks:
        if mark.kind != "link":
            continue
        words = text[mark.start : mark.end]
        name, comma, rest = words.partition(",")
        if (
            comma
            and name.strip() == people[0].name
            and rest.strip()
            and all(p.name in rest for p in people[1:])
        ):
            first = people[0]
            affiliations = list(dict.fromkeys([*first.affiliations, rest.strip()]))
            return [replace(first, affiliations=affiliations)]
    return people


_KIND_LEAD_RE = re.compile(
    r"([^\W\d_][^\W\d_ ]{0,20}(?: [^\W\d_]{1,20})?)[ \t]{0,3}[-–—:][ \t]{1,3}"
)
"""A short label and a dash or colon opening an item (``Keynote - "Title"``)."""


def _without_kind_lead(lead: str) -> str:
    """An item's words without the kind's label opening it (``Keynote - "Title", de
    Name``): the stressed title and its by-line follow the label."""
    m = _KIND_LEAD_RE.match(lead)
    return lead[m.end() :] if m is not None and kind_label_only(m.group(1)) else lead


_KATAKANA_RE = re.compile(r"[\u30a0-\u30ff]+")
"""A word in katakana alone (``ライトニングトーク``): one word, however long."""
_SUB_NUMBER_RE = re.compile(r"\s{0,3}\d{1,2}\.\d{1,2}\.?\s")
"""A heading numbered as a part of a numbered part (``4.2 Architecture``)."""
_TITLE_WORDS = 12
"""An item naming no one is a title when this short (a sentence about a talk is longer)."""
_BYLINE_SEP_RE = re.compile(r"[ \t]([~|·•–—-])[ \t]|([,，、(（])")
"""What parts a by-line's name from what follows it (``Name ~ role``, ``名前，所属``)."""


def _bylines_under(items: list[doctree.Node], least: int) -> list[list[ProgrammePerson]]:
    """The speaker each item's first nested line names, when at least ``least`` of them
    are by-lines (``- Title`` over ``  - Name ~ what they do``); else none.

    A by-line is a person's name alone, ``by Name``, ``Name (Lab)``, ``Name, role`` or
    ``Name ~ role``. Once the list has shown its way of writing them, a name written the
    same way needs only a name's shape (``小罗 ~ role``, a nickname), as in a speaker's
    field: the list's convention is the evidence."""
    firsts = [_first_nested_line(i) for i in items]
    found: list[list[ProgrammePerson]] = []
    seps: set[str] = set()
    for line in firsts:
        people, sep = _byline(line)
        found.append(people)
        if people and sep:
            seps.add(sep)
    if sum(1 for b in found if b) < least:
        return []
    for n, line in enumerate(firsts):
        parts = _BYLINE_SEP_RE.split(line, maxsplit=1) if not found[n] and line else []
        if (
            len(parts) == 4
            and (parts[1] or parts[2]) in seps
            and parts[3].strip()
            and (person := named_by_role(parts[0].strip())) is not None
        ):
            found[n] = [person]
    return found


def _first_nested_line(item: doctree.Node) -> str:
    sub = next((c for c in item.children if c.kind == "list"), None)
    first = next((i for i in sub.children if i.kind == "item"), None) if sub else None
    line = strip_markdown_inline(first.text.split("\n")[0]).strip() if first else ""
    return "" if len(line) > 160 or ":" in line[:24] else line  # a key's line: _item_props'


def _byline(line: str) -> tuple[list[ProgrammePerson], str]:
    """The people a by-line names, and the mark after the name when one parts it from
    what follows (``~``, ``,``)."""
    if not line:
        return [], ""
    if by := BY_LINE_RE.match(line):
        line = by.group("who").strip()
    if people := split_speakers(line):
        return people, ""
    parts = _BYLINE_SEP_RE.split(line, maxsplit=1)
    if len(parts) == 4 and parts[3].strip() and is_person_name(parts[0].strip()):
        return [ProgrammePerson(name=parts[0].strip())], parts[1] or parts[2]
    return [], ""


def says_talks(heading: str) -> bool:
    """A short heading that says only that talks follow (``De charla en charla``, ``As
    palestras do Front in Sampa``, ``Talks I saw``): a word for talks, and besides it
    only short words and the event's name (capitals after the first word); ``Quality of
    talks`` or ``Critiquing my talk`` is a topic of the notes."""
    words = [w.strip(",.:!?") for w in strip_markdown_inline(heading).strip(" :#").split()]
    if not 0 < len(words) <= 6:
        return False
    said = [  # a word, not a phrase of a script written without spaces ("五个演讲的总结")
        (_KATAKANA_RE.fullmatch(w) or len(w) <= 5 if CJK_SIGN_RE.search(w) else len(w) >= 4)
        and talk_kind(w)[0] in ("talk", "spotlight")
        for w in words
    ]
    return any(said) and all(
        s or len(w) <= 3 or (n > 0 and w[:1].isupper())
        for n, (w, s) in enumerate(zip(words, said, strict=True))
    )


def _names_talks(heading: str) -> bool:
    """A heading that only says what its part lists: talks (``Vorträge``, ``Lightning
    talks``, ``セッション``), as a day's heading does (``Short talks from members`` says
    more, and ``Invited talks`` or ``Memorial lecture`` is a part of a programme): each
    of its words, one or two, a word for talks."""
    words = strip_markdown_inline(heading).strip(" :#").split()
    if len(words) > 1 and len(words[0]) <= 3:
        words = words[1:]  # an article or a short word before them: "Die Vorträge", "Our talks"
    if 0 < len(words) <= 2 and kind_of(" ".join(words)) == "spotlight":
        return True  # "LT", "Lightning talks", "ライトニングトーク": short talks
    return 0 < len(words) <= 2 and all(talk_kind(w)[0] in ("talk", "spotlight") for w in words)


_OWN_WORDS = 6
"""Words that make the paragraphs over a list the writer's own sentences."""
_LAST_SENTENCE_RE = re.compile(r"(?:^|(?<=[.!?。！？])\s)[^.!?。！？]{0,300}[:：]\s{0,20}$")
"""A paragraph's closing sentence that introduces the list after it (``Talks I saw:``)."""


_REPEATED_LEAST = 3
"""Items of a list that must each open on a stressed title and its by-line for the
list to be one of talks by its own shape, whatever the heading over it says."""


FieldRead = tuple[str, list[ProgrammePerson], str]
"""An item's talk as its list's repeated pattern reads it: title, speakers, session code."""
_ITEM_FIELD_SEP_RE = re.compile(r"(?<=[^\s.])[.;|·][ \t]{1,3}|(?<=\S)[ \t]{1,3}[|·–—][ \t]{1,3}")
"""What parts an item's fields (``Conf 2022. Ana Ruiz. [Title](…)``, ``Title | Name``)."""
_SLOT = "\x00"


def _item_fields(raw: str) -> tuple[FieldRead, tuple[int, int]] | None:
    """An item read as fields parted by one punctuation mark: exactly one field a
    stressed title alone (a link's label, italics, quotation marks), exactly one a
    person's name alone; other fields (the event and its year, a place) stay the
    writer's. Returns the talk and the positions of its title and speaker fields."""
    if _SLOT in raw:
        return None  # the mark the fields' stretches are held by: never the writer's own
    raw = re.sub(r"\]\([ \t]+", "](", raw[:1000])  # "[Title](\n url)": a wrapped link
    spans: list[str] = []

    def slot(m: re.Match[str]) -> str:
        spans.append(m.group(0))
        return f"{_SLOT}{len(spans) - 1}{_SLOT}"

    parted = SPAN_RE.sub(slot, raw)
    fields = [f.strip(" \t.,;:") for f in _ITEM_FIELD_SEP_RE.split(parted)]
    fields = [f for f in fields if f]
    if not 2 <= len(fields) <= 5:
        return None
    titles = [n for n, f in enumerate(fields) if re.fullmatch(f"{_SLOT}\\d+{_SLOT}", f)]
    names = [
        n for n, f in enumerate(fields) if _SLOT not in f and len(f) <= 80 and split_speakers(f)
    ]  # a full name: one capitalised word alone is as often a place ("Berlin. 2022")
    if len(titles) != 1 or len(names) != 1:
        return None
    title = strip_markdown_inline(spans[int(fields[titles[0]].strip(_SLOT))]).strip(" \"'“”«»„")
    if len(title) < 3:
        return None
    who = split_speakers(fields[names[0]])
    return (title, who, ""), (titles[0], names[0])


_CODED_RE = re.compile(
    r"^(?P<title>\S.{2,300}?)[ \t]{1,3}"
    r"[(\[（](?P<code>[A-Z]{2,6}[0-9]{2,4}(?:-[A-Z0-9]{1,3})?)[)\]）]"
    r"(?:[ \t].{0,200})?$"
)
"""``Title (NET305)``, ``Title [BRK2001] a remark``: a title followed by its session's
code, letters then digits, as big conferences number their sessions."""
_MACRO_RE = re.compile(r"@[a-z]{1,12}\[[^\[\]\n]{0,40}\]\(([^()\n]{0,300})\)")
"""A slide tool's macro around words (``@color[orange](Title)``): the words alone."""


def _coded_title(line: str) -> FieldRead | None:
    """The title and session code of an item's first line that ends in its code."""
    line = _MACRO_RE.sub(r"\1", line[:600]).strip()
    if (m := _CODED_RE.match(line)) is None:
        return None
    title = strip_markdown_inline(m["title"]).strip(" \"'“”«»„-–—:")
    return (title, [], m["code"]) if len(title) >= 3 else None


_SIGNED_QUOTE_RE = re.compile(
    r"(?P<who>[^\s\"“”„«»「」『』《》:：,，、;。.!?()（）\[\]]{1,30}"
    r"(?:[ \t][^\s\"“”„«»「」『』《》:：,，、;。.!?()（）\[\]]{1,30}){0,2})"
    r"[ \t]{0,3}(?:「(?P<cjk>[^「」\n]{1,300})」|『(?P<cjk2>[^『』\n]{1,300})』"
    r"|“(?P<curly>[^“”\n]{1,300})”|\"(?P<straight>[^\"\n]{1,300})\")[ \t]{0,3}"
)
"""``handle「Title」``, ``Name “Title”``: up to three words, then a title in quotation
marks closing the item (used with ``fullmatch``)."""
_SAYING = """
    said says say asked asks ask wrote writes write told tells replied replies answered
    answers added adds noted notes joked jokes quipped quips shouted yelled whispered sighed
    laughed explained explains claimed claims insisted warned warns tweeted posted recalled
    remarked sagte fragte schrieb meinte dijo preguntó escribió disse perguntou escreveu
"""
_SAYING_WORDS = frozenset(_SAYING.split())
"""Verbs of saying: ``Ana said "ship it"`` quotes a person, never names a talk."""

_QUOTES_CJK = "cjk"
"""A list whose ``name「Title」`` items may be talks: the page lists talks elsewhere."""
_QUOTES_TALKS = "talks"
"""A list whose ``name "Title"`` items may be talks too: a heading over it or the event's
name says it lists talks (``## Lightning talks``, ``Hill LT #5``), or a day's heading
does."""


def _signed_quote(line: str, quotes: str = _QUOTES_CJK) -> FieldRead | None:
    """An item that is a short name and a quoted title (``kiriko「Title」``, ``ana_r
    "Title"``): the name is who gives it, when it is no number (``Ruby 3.3「…」`` names a
    release), no organisation, no kind's label and no one saying something (``Ana said
    "…"``). Only the repetition of this form down a list (:func:`_repeated_reads`) makes
    such names people: alone a handle fails the person test. ``quotes``: the brackets
    ``「」``/``『』`` are read on a page of talks (:data:`_QUOTES_CJK`), quotation marks
    only under a heading or an event name that says talks (:data:`_QUOTES_TALKS`), since
    ``Orwell "1984"`` and ``Lumen "a faster index"`` list books and products."""
    if not quotes:
        return None
    plain = strip_markdown_inline(line[:600]).strip()
    if (m := _SIGNED_QUOTE_RE.fullmatch(plain)) is None:
        return None
    if quotes != _QUOTES_TALKS and not (m["cjk"] or m["cjk2"]):
        return None
    who = m["who"].strip()
    title = (m["cjk"] or m["cjk2"] or m["curly"] or m["straight"]).strip()
    words = who.split()
    if (
        len(title) < 2
        or any(w[:1].isdigit() for w in words)
        or words[-1].casefold() in _SAYING_WORDS
        or (len(words) == 1 and is_not_a_name_word(who))
        or is_organisation(who)
        or kind_label_only(who)
    ):
        return None
    return title, [ProgrammePerson(name=who)], ""


def _signed_quotes(reads: list[FieldRead | None]) -> list[FieldRead | None]:
    """``reads`` when the names they give are all different (each item someone else's
    talk); no reads otherwise (a list of one product's releases, one word again and
    again, is no list of speakers)."""
    names = [r[1][0].name.casefold() for r in reads if r is not None]
    return reads if len(set(names)) == len(names) else [None] * len(reads)


def _quoting(outline: Outline, heads: list[Section], nodes: list[doctree.Node]) -> dict[int, str]:
    """Which quoted items each list of the page (by ``id``) may read as names and titles
    (:func:`_signed_quote`): quotation marks (:data:`_QUOTES_TALKS`) under a heading
    naming talks or a day, or on a page whose event is named for lightning talks;
    ``「」`` (:data:`_QUOTES_CJK`) on a page with a heading naming talks too. None on a
    page that says nothing of talks (a reading list, a film club's), and none for a list
    a sentence leads into as something else (``Books Bo recommended:``)."""
    doc = outline.doc
    if doc is None:
        return {}
    front = [str(outline.front.get(k) or "")[:300] for k in ("title", "conference", "event")]
    tops = [h.title for h in heads if h.level == min((x.level for x in heads), default=0)]
    lightning = any(kind_of(strip_markdown_inline(t)) == "spotlight" for t in front + tops[:3])
    talks_page = lightning or any(_names_talks(h.title) for h in heads)
    found: dict[int, str] = {}
    before: doctree.Node | None = None
    for node in nodes[:LIST_TALKS_MOST]:
        above_it, before = before, node if node.kind != "blank" else before
        if node.kind != "list" or _led_in_as_other(above_it):
            continue
        at = doc.line_of(node.start)
        over = [strip_markdown_inline(h.title) for h in heads if h.line < at <= h.end]
        if lightning or any(_names_talks(t) or DAY_RE.search(t) for t in over):
            found[id(node)] = _QUOTES_TALKS
        elif talks_page:
            found[id(node)] = _QUOTES_CJK
    return found


def _signed_page(doc: doctree.Document, nodes: list[doctree.Node], quoting: dict[int, str]) -> bool:
    """Whether some list of the page is read as names and quoted titles (``kiriko
    「Title」`` item after item, :func:`_signed_quote`): then a shorter list of the same
    form on that page (a late slot's one talk) is read so too."""
    for node in nodes[:LIST_TALKS_MOST]:
        if node.kind == "list" and len(node.children) >= _REPEATED_LEAST:
            quotes = quoting.get(id(node), "")
            reads = _signed_quotes(
                [_signed_quote(_first_line(doc, i), quotes) for i in _items(node)]
            )
            if sum(r is not None for r in reads) >= max(_REPEATED_LEAST, len(reads) - 1):
                return True
    return False


def _items(listing: doctree.Node) -> list[doctree.Node]:
    return [i for i in listing.children if i.kind == "item" and i.spanned][:LIST_TALKS_MOST]


def _plain_first(doc: doctree.Document, item: doctree.Node) -> str:
    """An item's first line without its list mark and its inline marks."""
    return strip_markdown_inline(_first_line(doc, item))


def _given_page(doc: doctree.Document, nodes: list[doctree.Node]) -> bool:
    """Whether the page's lists lead their items by given names (``Ana: Title``): three
    such items at least, in lists of which all items but one read so."""
    led = 0
    for node in nodes[:LIST_TALKS_MOST]:
        if node.kind != "list":
            continue
        items = _items(node)
        reads = given_led_run([given_led(_plain_first(doc, i)) for i in items])
        count = sum(r is not None for r in reads)
        led += count if count >= 2 and count + 1 >= len(items) else 0
    return led >= _REPEATED_LEAST


def _first_line(doc: doctree.Document, item: doctree.Node) -> str:
    """An item's first line as written, without its list mark."""
    head = next((c for c in item.children if c.kind == "paragraph"), None)
    first = _written(doc, head)[:2000].split("\n")[0] if head is not None else ""
    return LIST_MARK_RE.sub("", first.strip())


def _repeated_reads(
    doc: doctree.Document,
    listing: doctree.Node,
    signed_page: bool = False,
    quotes: str = "",
    programme: bool = False,
    given_page: bool = False,
) -> tuple[list[FieldRead | None], bool]:
    """Each item's talk when the items of a list repeat one pattern: a stressed title
    (a link, italics, quotation marks) and its by-line opening each item (``[*Title*][t1]
    by Ana Ruiz. What I thought``, ``"Titel" von Eva Gil - …``), or fields parted by one
    mark, the title and the speaker in the same places (``Conf 2022. Ana Ruiz.
    [Title](…)``). At least three items, and all but one, must read so: that pattern,
    repeated, is a list of talks even under a heading with the writer's sentences over
    it (``There were eight talks by colleagues…``). Empty when the list repeats none.
    ``signed_page``: the page's other lists are names and quoted titles, so this list's
    items are read so when every one of them is that form, however few; ``quotes``: the
    quoted forms this list may be read in (:func:`_quoting`). With the reads, whether
    they are names and quoted titles (:func:`_signed_quote`). ``programme``: what is
    written over the list says it lists the event's talks, which items signed after
    their last colon (``Title: Ana Ruiz``) need (:func:`.colon_signed.context_names_talks`).
    ``given_page``: the page's lists lead items by given names (:func:`_given_page`), so a
    list of two items read so is one too."""
    items = _items(listing)
    if signed_page and items:
        short = _signed_quotes([_signed_quote(_first_line(doc, i), quotes) for i in items])
        if all(r is not None for r in short):
            return short, True
    if given_page and programme and len(items) >= 2:
        # "Ana: Title" lists under each day, one day of two talks among them
        few = given_led_run([given_led(_plain_first(doc, i)) for i in items])
        if (count := sum(r is not None for r in few)) >= 2 and count + 1 >= len(items):
            return few, False
    if len(items) < _REPEATED_LEAST:
        return [], False
    bylines: list[FieldRead | None] = []
    signed: list[FieldRead | None] = []  # "kiriko「Title」": a name, then a quoted title
    fields: list[tuple[FieldRead, tuple[int, int]] | None] = []
    coded: list[FieldRead | None] = []  # "Title (NET305)": no speaker, its session's code
    lines: list[str] = []  # each item's first line, plain
    givens: list[FieldRead | None] = []  # "Ana: Title": led by a given name alone
    places: Counter[tuple[int, int]] = Counter()
    for item in items:
        head = next((c for c in item.children if c.kind == "paragraph"), None)
        first = _written(doc, head)[:2000].split("\n")[0] if head is not None else ""
        coded.append(_coded_title(LIST_MARK_RE.sub("", first.strip())))
        lines.append(strip_markdown_inline(LIST_MARK_RE.sub("", first.strip())))
        givens.append(given_led(_plain_first(doc, item)) if programme else None)
        signed.append(_signed_quote(LIST_MARK_RE.sub("", first.strip()), quotes))
        raw = " ".join(_written(doc, head)[:2000].split()) if head is not None else ""
        # "**21 April** - Name, *Title*": the day or time leading the item is its when,
        # never the stressed title its pattern is read from
        raw = _split_when(LIST_MARK_RE.sub("", raw))[1]
        spans = stressed_bylines(raw, with_ok=True)
        lead = SHORTCUT_LABEL_RE.sub(r"\1", strip_markdown_inline(raw)).lstrip(" \"'“«„")
        ok = spans and lead.startswith(spans[0][0][:24])
        bylines.append((spans[0][0], spans[0][1], "") if ok else None)
        parted = _item_fields(raw) if raw else None
        fields.append(parted)
        if parted is not None:
            places[parted[1]] += 1
    # "Title: Ana Ruiz": signed after the last colon, the side decided down the list
    colons: list[FieldRead | None] = [
        (r[0], r[1], "") if r else None
        for r in (signed_run(lines, _REPEATED_LEAST) if programme else [None] * len(items))
    ]
    # the title and the speaker in the same fields down the list
    place = places.most_common(1)[0][0] if places else None
    placed = [f[0] if f is not None and f[1] == place else None for f in fields]
    for reads, by_name in (
        (bylines, False),
        (placed, False),
        (coded, False),
        (_signed_quotes(signed), True),
        (colons, False),
        (given_led_run(givens), False),
    ):
        count = sum(r is not None for r in reads)
        if count >= _REPEATED_LEAST and count + 1 >= len(items):
            return reads, by_name
    return [], False


def _words_over(section: Section, at: int) -> bool:
    """The writer's own sentences in a heading's part before its list at line ``at``
    (``### Title (Track)`` / what the speaker showed / ``- "Book", Author``): the heading
    is a talk being noted and the list its notes, a reading list, never talks. A closing
    sentence that only introduces the list (``The talks I saw:``) says nothing."""
    words = 0
    for block in section.blocks[:50]:
        if block.first >= at:
            break
        if block.kind == "paragraph" and not block.bold:
            words += len(_LAST_SENTENCE_RE.sub("", block.text.strip()[:2000]).split())
    return words >= _OWN_WORDS


def _bare_titles(items: list[doctree.Node]) -> bool:
    """Two or more items, each one short line and nothing more (no sentence ending in a
    full stop, no nested list), most of them wholly a link (the talk's slides, its
    video): titles alone, as a list of the sessions someone saw writes them under a
    heading that says so (``Sessions``, ``LT``)."""
    if len(items) < 2:
        return False
    linked = 0
    for item in items[:LIST_TALKS_MOST]:
        kids = [c for c in item.children if c.kind != "blank"]
        if len(kids) != 1 or kids[0].kind != "paragraph":
            return False
        words = kids[0].text.strip()
        if not words or "\n" in words or len(words.split()) > _TITLE_WORDS:
            return False
        if words.endswith((".", "。")) and not words.endswith(".."):
            return False
        links = [m for m in kids[0].marks if m.kind == "link"]
        linked += len(links) == 1 and links[0].end - links[0].start >= len(words)
    return linked * 3 >= len(items) * 2


_SLOTS_LEAST = 3
"""Items ending in a slot's length before a list reads as a timetable's slots."""


def _slot_lengths(items: list[doctree.Node]) -> dict[int, str]:
    """The items that are one line ending in a slot's length (``Title (20 min)``,
    ``Title (15分)``), by their position, each with its title without the length: three or
    more such items, two thirds of the list, are a timetable's talks, named or not (a
    person's notes copy the programme's list of the day). {} when the list is otherwise."""
    found: dict[int, str] = {}
    for at, item in enumerate(items[:LIST_TALKS_MOST]):
        head = next((c for c in item.children if c.kind == "paragraph"), None)
        words = head.text.strip() if head is not None else ""
        if not words or "\n" in words or len(words) > 200:
            continue
        if leading_clock(words)[0] is not None:
            return {}  # "- 09:10 Title (30 min)": a timed list, the clock reader's
        lengths = list(DURATION_RE.finditer(words))
        if lengths and lengths[-1].end() == len(words) and (title := words[: lengths[-1].start()]):
            found[at] = title.strip()
    if len(found) < _SLOTS_LEAST or len(found) * 3 < len(items) * 2:
        return {}
    return found


def _led_in_as_other(above: doctree.Node | None) -> bool:
    """A paragraph right over a list that closes on a colon and names neither talks nor a
    day (``The talk was in four parts:``, ``Outline:``, ``Timeboxes for the day:``): the
    writer says what the list is, a plan of parts, never a copied timetable."""
    if above is None or above.kind != "paragraph":
        return False
    text = strip_markdown_inline(above.text).strip()
    if not text.endswith((":", "：")) or DAY_RE.search(text):
        return False
    words = text.rstrip(":：").split()
    return not any(talk_kind(w)[0] in ("talk", "spotlight") for w in words)


def _sibling_pages(items: list[doctree.Node]) -> bool:
    """Three or more items, each wholly one link, to pages side by side on one site
    (``https://site/talks/a``, ``https://site/talks/b``): a site's pages of its talks,
    listed by someone who saw them (a reading list links to many sites)."""
    if len(items) < 3:
        return False
    parents: set[str] = set()
    for item in items:
        head = next((c for c in item.children if c.kind == "paragraph"), None)
        words = head.text.strip() if head is not None else ""
        links = [m for m in head.marks if m.kind == "link"] if head is not None else []
        if "\n" in words or len(links) != 1 or links[0].end - links[0].start < len(words):
            return False
        if not (parent := _parent_page(links[0].value)):
            return False  # a site's home page, or a page at its root
        parents.add(parent)
    return len(parents) == 1


def _led_by_sibling_pages(items: list[doctree.Node]) -> dict[int, str]:
    """The items led by a link in quotes to pages side by side on one site, each then
    the person's remark (``"[Title](https://site/talks/12)": a fine talk``), by
    their position, each with its link's words: a site's pages of its talks, three or
    more and half the list's items; {} when the leading links go to several places."""
    found: dict[int, str] = {}
    parents: set[str] = set()
    for at, item in enumerate(items[:LIST_TALKS_MOST]):
        head = next((c for c in item.children if c.kind == "paragraph"), None)
        links = [m for m in head.marks if m.kind == "link"] if head is not None else []
        if head is None or not links:
            continue
        opening = head.text[: links[0].start].strip()
        closing = head.text[links[0].end : links[0].end + 2].strip()[:1]
        if opening not in _CLOSING_QUOTE or closing != _CLOSING_QUOTE[opening]:
            continue  # quotes say the link's words are a title (a watch list's are not)
        if parent := _parent_page(links[0].value):
            parents.add(parent)
            found[at] = head.text[links[0].start : links[0].end].strip()
    if len(found) < 3 or len(found) * 2 < len(items) or len(parents) != 1:
        return {}
    return found


_CLOSING_QUOTE = {'"': '"', "“": "”", "«": "»", "„": "“", "'": "'", "‘": "’"}
"""Quotes around a title: each opening one's closing one."""


def _without_trailing_links(raw: str) -> str:
    """An item's line without the links that close it (``Title (Name) [slides](…)
    [video](…)``); the line as written when it is one link or ends with none."""
    text = raw.rstrip()
    for _ in range(4):
        at = text.rfind("[")
        if at <= 0 or not ONE_LINK_RE.fullmatch(text[at:]):
            break
        text = text[:at].rstrip(" ,;|·-–—")
    return text


def _as_run(doc: doctree.Document, items: list[doctree.Node]) -> list[Entry | None]:
    """Each item's talk with its list read as one run (:func:`confnotes.importers.runs.read_run`:
    the side of the person the items share), for items whose line alone does not say it."""
    lines = []
    for item in items:
        head = next((c for c in item.children if c.kind == "paragraph"), None)
        raw = _written(doc, head).split("\n")[0] if head is not None else ""
        lines.append(LIST_MARK_RE.sub("", raw).strip())
    found = [
        entry if entry is not None and entry.speakers else None
        for entry, _day in read_run(lines) or []
    ]
    return found + [None] * (len(items) - len(found))


_LEAD_SPAN_RE = re.compile(r"\[([^\[\]\n]{2,300})\]\([^()\s]{1,500}\)|\*\*([^*\n]{2,300}?)\*\*")
"""A link or a bold stretch an item's line opens with: the title it leads with."""
_STRESSED_LEAD_RE = re.compile(r"\*\*([^*\n]{4,300}?)\*\*[ \t]*(?:[:：]|[–—-][ \t]|\n|$)")
"""A bold stretch that opens an item's line and ends at a colon, a dash or the line's end."""


def _written(doc: doctree.Document, node: doctree.Node) -> str:
    """A node's line as its writer marked it: its source in Markdown, or, for the words of
    an HTML element (``<li><strong><a href=…>Title</a></strong>, de <a>Name</a>``: a raw
    list inside a Markdown post), its words with their marks written back as Markdown,
    so that the readers of stressed titles and linked names see them either way."""
    return doc.source_of(node) if node.spanned else marked(node)


def _stressed_lead_talk(source: str) -> tuple[str, list[ProgrammePerson]] | None:
    """The talk an item's opening bold stretch names with its speakers
    (``**Name - "Title"**: a remark``, ``**Titolo – Nome**``), when a remark follows it:
    the writer's stress marks where the talk's line ends, so the remark is never part of
    its title. None unless the stretch alone names both a title and its speakers."""
    lead = _STRESSED_LEAD_RE.match(LIST_MARK_RE.sub("", source.split("\n")[0]).lstrip())
    if lead is None:
        return None
    words = strip_markdown_inline(lead.group(1)).strip()
    title, people, comma = _named_talk(words)
    if not people:
        # "**Ana Ruiz, trainer at the lab - Intro and Q&A**": a name, what they do, then
        # the title, as a heading writes it; only when each name carries its role
        read = read_heading(words)
        if read.speakers and all(p.affiliations for p in read.speakers):
            title, people = read.title, read.speakers
    if not people or comma or not title.strip(" \"'“”«»„"):
        return None
    return title, people


def _split_when(line: str) -> tuple[str, str]:
    """``Saturday 12:40 Title - Name``, ``**10:00** Title``, ``**Oct 12, 2015**: Title``: the
    day and time a list item's line begins with, and the rest as written (its marks kept,
    for the title's reading); ``("", line)`` when it begins with neither. The time is the
    talk's, never its title's."""
    plain = strip_markdown_inline(line).strip()
    day, rest = leading_date(plain, None)
    if day is None and (weekday := leading_weekday(rest))[0] is not None:
        rest = weekday[1]
    start, _, after, _ = leading_clock(rest)
    if start is None and day is None:
        return "", line
    if start is None:
        after = rest  # "**Oct 12, 2015**: Title (Name)": the day alone leads it
    after = strip_markdown_inline(after).strip().lstrip(" ·•|:-–—@").strip()
    at = line.find(after.split()[0]) if after else -1
    if at <= 0:
        return "", line
    while at > 0 and line[at - 1] in "*_[":
        at -= 1  # "10:00 **Title**": the title's own marks stay with it
    when = plain[: len(plain) - len(after)].strip(" ·•|-–—")
    # a day alone keeps its colon: the heading reader takes "Oct 12, 2015:" for a day
    return (when if start is None else when.strip(":")), line[at:]


_BARE_URL_RE = re.compile(r"[\s,:;(-]{0,5}\b(?:https?://|www\.)")
"""A bare link after a listed title, and the punctuation before it (``Title, https://…``)."""


def wrapped_title(title: str, more: str) -> str:
    """A listed title that closes its item's line, gone on over the ``more`` words the
    item wraps onto, up to a bare link (:func:`without_trailing_url`), when the line
    broke inside it: the line ends no sentence and the next goes on in lower case
    (``Counting gulls with a`` / ``small model``). A new sentence there (``Great talk,
    loved the demo``) is the writer's remark, and a title whose bracket is still open
    (``Title (Ana Ruiz,``) does not go on either: the bracket's words are who gives it."""
    if (
        more
        and more[:1].islower()
        and not title.rstrip().endswith((".", "!", "?", "。", "！", "？"))
        and title.count("(") <= title.count(")")
        and title.count("[") <= title.count("]")
    ):
        title = f"{title} {more}"
    return without_trailing_url(title)


def without_trailing_url(title: str) -> str:
    """A listed talk's title without the bare link the writer went on with after it
    (``Title, https://…``). A sentence inside it stays: a full stop ends a title's own
    first part as often as it starts the writer's remark."""
    text = " ".join(title[:600].split())
    if (url := _BARE_URL_RE.search(text)) is not None and url.start() >= 2:
        text = text[: url.start()].rstrip(" ,:;-(")
    return text


_BY_HANDLES_RE = re.compile(
    rf"^(?P<title>\S.{{2,300}}?)[ \t]{{1,3}}(?:{BY_WORDS})[ \t]{{1,3}}(?P<who>@\S.{{0,120}})$", re.I
)
"""``Title by @ana``, ``Titre par @ana et @bo``: a title signed with its speakers' accounts."""


def _item_line(item: doctree.Node) -> str:
    """An item's first line as :func:`_list_of_talks` reads it: its hand number off, the
    labels of its reference links as their words."""
    head = next((c for c in item.children if c.kind == "paragraph"), None)
    line = head.text.split("\n")[0].strip() if head is not None else ""
    return SHORTCUT_LABEL_RE.sub(r"\1", _HAND_MARK_RE.sub("", line))


def _named_talk(line: str) -> tuple[str, list[ProgrammePerson], bool]:
    """A list item's line as a talk's title, the speakers it names (none when it names
    none), and whether only a comma before a name said so (weaker evidence)."""
    title, people = title_and_speakers(line, heading=False)
    if people:
        return title.rstrip(" ,;"), people, False  # "[Title](…), por Name": no comma kept
    if (signed := _BY_HANDLES_RE.match(line.strip())) and (who := handles_only(signed["who"])):
        return signed["title"].strip(), who, False
    head, comma, last = line.rpartition(",")
    if (job := _job_after_name(head, last)) is not None:
        return job
    if comma and head.strip() and len(head.strip()) >= 4 and last.strip():
        who = split_speakers(last.strip(), single_ok=True)
        # "Title, Ana Ruiz y Eva Gil": two full names joined are the talk's speakers too;
        # a one-word name after a comma stands only alone ("Cats, Dogs and Birds")
        if (
            who
            and (len(who) == 1 or all(len(p.name.split()) >= 2 for p in who))
            and not any(p.affiliations for p in who)
        ):
            return head.strip(), who, True
    return line, [], False


def _job_after_name(head: str, last: str) -> tuple[str, list[ProgrammePerson], bool] | None:
    """``Title, Ana Ruiz, Staff Engineer Lumen``: the part after the last comma says what
    the person before it does (a job's words), so it is that person's affiliation, never a
    second person; the name sits between the last two commas. None for any other item,
    and when the title's own last part is a person too (``Title, Ana Ruiz, Bo Li, CTO``
    lists two speakers, not a title holding one)."""
    job = last.strip()
    title, comma, name = head.rpartition(",")
    if not comma or len(title.strip()) < 4 or not is_job_title(job):
        return None
    if is_person_name(title.rpartition(",")[2].strip()):
        return None
    who = split_speakers(name.strip())
    if len(who) != 1 or who[0].affiliations:
        return None
    who[0].affiliations = [job]
    return title.strip(), who, True


def _a_day(value: str) -> bool:
    """A value that is a date and nothing more (``3/17/2018``, ``12 May 2024``)."""
    if len(value) > 30 or len(value.split()) > 4:
        return False
    return find_date(value, 2000)[0] is not None


def _item_props(item: doctree.Node) -> list[tuple[str, str]]:
    """The ``Key: value`` lines of an item's nested items (``_Speaker_: Name``)."""
    props: list[tuple[str, str]] = []
    for sub in (c for c in item.children if c.kind == "list"):
        for child in (i for i in sub.children if i.kind == "item"):
            words = child.text.split("\n")[0]
            key, sep, value = words.partition(":")
            key = key.strip(" *_").lower()
            if sep and value.strip() and 0 < len(key) <= 24:
                props.append((key, value.strip(" *_")))
    return props


def _bullets(
    doc: doctree.Document, listing: doctree.Node, parents: list[doctree.Node], out: list[BulletTalk]
) -> None:
    for item in listing.children:
        if item.kind != "item" or not item.spanned:
            continue
        head = next((c for c in item.children if c.kind == "paragraph"), None)
        lines = head.text.split("\n") if head is not None else [""]
        props = [_prop(x) for x in lines[1:]]
        nested = [c for c in item.children if c.kind == "list"]
        for child in (i for sub in nested for i in sub.children if i.kind == "item"):
            words = child.text.split("\n")
            if len(words) == 1 and not any(c.kind == "list" for c in child.children):
                props.append(_prop(words[0]))
        own = [p for p in props if p is not None]
        if lines[0].strip() and any(k in _TALK_PROPS for k, _v in own):
            first = doc.line_of(item.start)
            parent = parents[-1] if parents else None
            ptext = parent.children[0].text.split("\n")[0] if parent and parent.children else ""
            out.append(
                BulletTalk(
                    lines[0],
                    own,
                    first,
                    doc.line_of(max(item.start, item.end - 1)),
                    unwiki(ptext),
                    [doc.line_of(p.start) for p in parents],
                )
            )
            continue
        for sub in nested:
            _bullets(doc, sub, [*parents, item], out)


def _prop(line: str) -> tuple[str, str] | None:
    """``key:: value`` as (key, value)."""
    key, sep, value = line.strip().partition("::")
    key = key.strip().lower()
    if not sep or not value.strip() or not key or " " in key.strip("-_"):
        return None
    return key.replace("_", " "), unwiki(value.strip())


_SHAPES_ROLE = {
    "people": "speaker",
    "time": "time",
    "date": "date",
    "title": "title",
    "room": "room",
}
"""The roles :func:`confnotes.importers.columns.read_table` gives that a table of talks in
notes reads; any other column's cells are its writer's notes."""


def column_roles(rows: list[list[str]]) -> list[str]:
    """The role of each column of a table of talks (its first row the header), read
    from its cells as every reader reads columns
    (:func:`confnotes.importers.columns.read_table`, the header's words weak evidence):
    ``title``, ``speaker``, ``date``, ``time``, ``room`` or ``notes``."""
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    return [_SHAPES_ROLE.get(r, "notes") for r in read_table(body, header)]


def table_of_talks(section: Section) -> Block | None:
    """A table whose header names its title column (``Talk``, ``Topic``, ``What``) and
    whose cells hold a speaker, a date or a time column, with at least two rows: a list
    of talks (a meetup log, a timetable in notes)."""
    for block in section.blocks:
        if block.kind != "table" or len(block.items) < 3:
            continue
        rows = [r.split("\t") for r in block.items]
        roles = column_roles(rows)
        titled = any(says_title(words_of(h)) for h in rows[0])
        if titled and {"speaker", "date", "time"} & set(roles):
            return block
    return None


def title_kind(title: str, has_speakers: bool) -> str:
    """The kind a talk's title says; a title that is a part of notes (``Summary``,
    ``Takeaways``, ``Fazit``) given by no one is the writer's own part, no talk."""
    kind = kind_of(title)
    if kind == "talk" and not has_speakers and is_generic(title):
        return "other"
    if has_speakers and kind not in ("panel", "keynote", "demo", "poster", "spotlight", "oral"):
        return "talk"
    return kind


@dataclass
class Lead:
    """A line that starts a talk without being a heading."""

    line: int
    text: str
    keep: bool = False
    """The line is also notes (``- Title, by Name — a remark``): it stays in the body."""
    run: bool = False
    """One of one-line paragraphs in a row, each a talk (lines a ``<br>`` apart)."""
    lines: int = 1
    """Lines its title covers (a bold title wrapped over two lines)."""
    people: list[ProgrammePerson] = field(default_factory=list)
    """The speakers its by-line names after its stressed title (``**Title** — *Name*``),
    when the line's text alone does not say them."""
    labelled: bool = False
    """A head whose title lines are over a ``Speaker:`` or ``Chair:`` line, marked or not
    (:mod:`confnotes.importers.labelled_heads`)."""


LIST_MARK_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)]-?)\s+")


def starts_bold(line: str) -> bool:
    """A line opening with bold words, after its list mark, the reader's marks before them
    (``📌 **Title**``), a link's bracket or a quotation mark around them (``[**Title**](…)
    by Name``, ``"**TITLE**" - Name``)."""
    text = LEADING_PICTOGRAPHS_RE.sub("", LIST_MARK_RE.sub("", line)).lstrip()
    text = text[1:] if text[:1] in _OPENING_QUOTES else text
    return text.removeprefix("[").startswith(("**", "__"))


_OPENING_QUOTES = frozenset("\"“„«‘'")


def leads(outline: Outline, section: Section) -> list[Lead]:
    """Lines of ``section`` that start talks: a paragraph whose first line is bold (not a
    person's name), or reads ``Speaker - Title``/``Title (Speaker)`` with notes under it;
    list items that do the same and have notes nested under them."""
    out: list[Lead] = []
    mentions: list[Lead] = []  # paragraphs naming a talk in a sentence, the speaker first
    run: list[Lead] = []  # paragraphs' lines in a row, each "Title, by Name"
    # "**Title**" then a line of its speakers, paragraph after paragraph: the bold line is
    # the title's position, even where its words could be a name ("**Developer Smackdown**")
    bolds = [b for b in section.blocks if b.kind == "paragraph" and b.bold]
    over = [b for b in bolds if _second_line_people(outline, b)]
    titled = len(over) >= 2 and len(over) * 2 >= len(bolds)
    # "[Title](its video)" then a line of its speakers, paragraph after paragraph: a link
    # alone on a paragraph's first line is its title's stress, as bold is
    linked = [
        b
        for b in section.blocks
        if b.kind == "paragraph" and not b.bold and LINK_LINE_RE.match(outline.lines[b.first])
    ]
    linked_over = {b.first for b in linked if _second_line_people(outline, b)}
    if not (len(linked_over) >= 2 and len(linked_over) * 2 >= len(linked)):
        linked_over = set()
    stressed = stressed_in_notes(outline, section)
    for b in section.blocks:
        if b.first in linked_over:
            text = strip_markdown_inline(LIST_MARK_RE.sub("", outline.lines[b.first])).strip()
            out.append(Lead(b.first, text, keep=True))
            continue
        if b.first in stressed:
            continue
        if head := labelled_head(outline, b):
            # "**Title / Speaker: Name (Org)**": the labelled line says where the title ends
            out.extend(_run_leads(outline, run))
            run = []
            out.append(Lead(b.first, head[0], lines=head[1], labelled=True))
            continue
        if b.kind == "paragraph" and not b.bold and (lines := by_lines(outline, b)):
            run.extend(lines)
            continue
        out.extend(_run_leads(outline, run))
        run = []
        if b.kind == "paragraph":
            first = STRESSED_ASIDE_RE.sub("", outline.lines[b.first])  # "*(Hall B)*": where
            first = LEADING_PICTOGRAPHS_RE.sub("", first)  # "📌 **Title** by Name": a mark
            text = strip_markdown_inline(first).strip()
            second = outline.lines[b.first + 1] if b.last > b.first else ""
            if b.bold and (not split_speakers(b.bold) or (titled and b in over)):
                out.append(Lead(b.first, b.bold, lines=b.bold_lines))
            elif (
                second
                and (m := META_RE.match(second))
                and m.group("key").lower() not in ("title", "talk", "type", "kind")
                and not META_RE.match(first)
                and len(text) <= 120
            ):
                out.append(Lead(b.first, text))  # "Title" then "Speaker: Name"
            elif (
                (starts_bold(first) or b.last > b.first)
                and len(text) <= 120
                and read_heading(text).speakers
            ):
                out.append(Lead(b.first, text))
            elif (
                starts_bold(first)
                and len(text) <= 200
                and len(spans := stressed_bylines(first)) == 1
                and text.lstrip(" \"'“«„").startswith(spans[0][0][:24])
            ):
                out.append(Lead(b.first, spans[0][0], people=spans[0][1]))  # **Title** — *Name*
            elif (opening := _first_sentence(outline, b)) and (
                said := mentioned_talk(opening, _lower_words(outline))
                if MENTION_CUE_RE.search(opening)
                else None
            ):
                # "Ana Ruiz's talk “Title” was …": a paragraph of the person's own words
                # about one talk; it stays whole in the talk's note
                mentions.append(Lead(b.first, said[0], keep=True, people=said[1]))
        elif b.kind == "list" and b.spans:
            found = []
            for first_line, last_line in b.spans:
                raw = STRESSED_ASIDE_RE.sub("", outline.lines[first_line])
                text = strip_markdown_inline(LIST_MARK_RE.sub("", raw)).strip()
                nested = any(outline.lines[n].strip() for n in range(first_line + 1, last_line + 1))
                if nested and (starts_bold(raw) or read_heading(text).speakers):
                    found.append(Lead(first_line, text))
            if len(found) >= 2 and len(found) * 2 >= len(b.spans):
                out.extend(found)
            elif len(b.spans) >= 2:
                items = [
                    strip_markdown_inline(LIST_MARK_RE.sub("", outline.lines[first])).strip()
                    for first, _last in b.spans
                ]
                raws = [LIST_MARK_RE.sub("", outline.lines[first]) for first, _last in b.spans]
                with_speakers = sum(
                    1
                    for text, raw in zip(items, raws, strict=True)
                    if read_heading(text, 2000).speakers or stressed_title(text, title_stress(raw))
                )  # "Ana Ruiz and Bo Li, *Title*": the stress says which part is the title
                if with_speakers >= 2 and with_speakers * 3 >= len(items) * 2:
                    # "Title, by Name — remark", "Feb 4 — Name (Org): Title": each item a talk
                    out.extend(
                        Lead(first, text, keep=True)
                        for (first, _last), text in zip(b.spans, items, strict=True)
                    )
    out.extend(_run_leads(outline, run))
    if len(mentions) >= MENTIONS_LEAST:
        out.extend(mentions)  # one mention alone is a talk cited in another's notes
        out.sort(key=lambda lead: lead.line)
    return out


MENTIONS_LEAST = 2
"""Paragraphs of one section mentioning a talk by its speaker and title that make them the
section's talks."""


def _first_sentence(outline: Outline, block: Block) -> str:
    """The opening sentence of a paragraph, as written (its marks kept); empty for a
    block of markup (an HTML element's quoted attributes are no title)."""
    text = " ".join(outline.lines[block.first : min(block.last, block.first + 4) + 1])
    return "" if text.lstrip().startswith("<") else text[:600]


@functools.lru_cache(maxsize=4)
def _lower_words_of(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\b[^\W\d_]+\b", text[:200_000]) if w.islower())


def _lower_words(outline: Outline) -> frozenset[str]:
    """The words the document writes in small letters somewhere (``then``, ``later``)."""
    return _lower_words_of(
        outline.doc.source if outline.doc is not None else "\n".join(outline.lines)
    )


def _run_leads(outline: Outline, run: list[Lead]) -> list[Lead]:
    """The talks a run of by-line paragraphs starts: each line, when two or more are in a
    row (lines a ``<br>`` apart, each a talk as a list's items would be); a paragraph of
    its own led by a bold title and its by-line (``**Title** — *Name*``) alone too."""
    if len(run) >= 2:
        return run
    if run and starts_bold(outline.lines[run[0].line]):
        return [Lead(run[0].line, run[0].text)]
    return []


def title_stress(line: str) -> tuple[str, ...]:
    """The bold or italic stretches of a line that could be a title: not a label
    (``**Speaker:**``, ``*Room*``), which names a field, not a talk."""
    return tuple(
        words
        for m in STRESS_RE.finditer(line)
        if (words := m.group(2))
        and not words.rstrip().endswith((":", "："))
        and not (len(words.split()) <= 2 and roles_of(words))  # "*Room*", not "*Tea from X*"
    )


def stressed_record(
    text: str, stressed: tuple[str, ...]
) -> tuple[str, list[ProgrammePerson]] | None:
    """``Perry Hart and Favonia, *Title*`` in a list whose other items read as people and
    a stressed title: the title and the people, one-word names let in."""
    text = " ".join(text.split())
    for words in (" ".join(w.split()) for w in stressed):
        at = text.find(words)
        if len(words) < 4 or at <= 0 or text[at + len(words) :].strip(" .*_"):
            continue
        who = split_speakers(text[:at].strip(" ,;:-–—|·*_"), single_ok=True)
        if who and not any(is_organisation(p.name) for p in who):
            return words.strip("*_ "), who
    return None


def people_and_title(line: str) -> bool:
    """A line of people beside a stressed stretch that is no organisation (``Ana Ruiz,
    *Quiet Buoys in Loud Seas*``): a record of a talk, its title and its speakers, not a
    line of names with their affiliations (``Ana Ruiz, *Harbour Lab*``), nor a line of
    names each set in bold (``**Ana Ruiz** (Lab) and **Bo Lin** (Org)``)."""
    stressed = tuple(m.group(2) for m in STRESS_RE.finditer(line))
    if not stressed or (
        len(stressed) >= 2 and all(len(split_speakers(s.strip(" *_"))) == 1 for s in stressed)
    ):
        return False
    found = stressed_title(strip_markdown_inline(line).strip(" -*+"), stressed)
    return found is not None and not is_organisation(found[0])


def _second_line_people(outline: Outline, b: Block) -> bool:
    """A paragraph whose second line is people and nothing else (``Ana Ruiz - @ana``)."""
    if b.last < b.first + b.bold_lines:
        return False
    line = strip_markdown_inline(outline.lines[b.first + b.bold_lines]).strip()
    return len(line) <= 120 and bool(split_speakers(line))


def term_explained(label: str, rest: str, speakers: list[ProgrammePerson]) -> bool:
    """Whether a ``Label: value`` line is a point of someone's notes and its explanation
    (``**Context Gap:** The models miss the old code's history.``, ``Ana Ruiz: 開発者。仕様
    も書く。``): the value is prose (a sentence of words, or a full stop of a script
    without spaces before more text), as no talk's title is written, so the label names
    a point or introduces a person, not a talk's speaker. Only when the people read are
    the label's: ``Title : a sentence-like title par Ana Ruiz`` is a talk and its by-line."""
    value = rest.strip()
    return (
        bool(label.strip())
        and all(p.name in label for p in speakers)
        and (note_sentence(value) or "。" in value[:-1])
    )


def by_lines(outline: Outline, b: Block) -> list[Lead]:
    """The lines of a paragraph when each is a talk with its by-line (``Title, Dr Name``
    lines a ``<br>`` apart, or one-line paragraphs); empty otherwise. A line whose one
    bold or italic stretch is a talk with its by-line (``Later **Title by Name, Org**
    showed …``, a person's notes in sentences) is that talk: the stretch, not the
    sentence around it."""
    out = []
    headings = outline.heading_starts()
    for n in range(b.first, b.last + 1):
        text = strip_markdown_inline(outline.lines[n]).strip()
        if not text or n in headings:
            continue  # an HTML paragraph's span reaches the next heading's line
        stress = title_stress(outline.lines[n])
        if len(stress) == 1 and len(stress[0]) <= 200:
            span = read_heading(strip_markdown_inline(stress[0]).strip(), 2000)
            if span.speakers and span.title and not span.start:
                out.append(Lead(n, strip_markdown_inline(stress[0]).strip(), keep=True, run=True))
                continue
        said = read_heading(text, 2000) if len(text) <= 200 else None
        if said is None or not said.speakers or not said.title or said.start:
            return []
        if term_explained(*text.partition(":")[::2], said.speakers):
            return []  # "Ana Ruiz: 開発者。…": who someone is, in the writer's notes
        out.append(Lead(n, text, keep=True, run=True))
    return out


def blank_run(outline: Outline, first: int) -> int:
    n = 0
    while first + n < len(outline.lines) and not outline.lines[first + n].strip():
        n += 1
    return n


FOLDER_TALK_LEVEL: ContextVar[int | None] = ContextVar("folder_talk_level", default=None)
"""The heading level at which the other files of a person's folder hold their talks, set
while a file of it is read again (:func:`confnotes.importers.folderwise.folder_talk_levels`)."""


def _folder_level(sections: list[Section], levels: list[int]) -> int | None:
    """The level :data:`FOLDER_TALK_LEVEL` sets, when the document repeats headings at it
    (two or more) under its title; else None."""
    hint = FOLDER_TALK_LEVEL.get()
    if hint is None or hint not in levels:
        return None
    return hint if sum(1 for s in sections if s.level == hint) >= 2 else None


def talk_level(outline: Outline, year: int | None) -> tuple[Section | None, int | None, list[str]]:
    """(the document's title section, the talk heading level, evidence)."""
    sections = outline.sections()
    if not sections:
        return None, None, ["no headings"]
    levels = sorted({s.level for s in sections})
    headings = headings_of(outline)  # once: every section's checks look lines up in it
    evidence: list[str] = []
    doc_title: Section | None = None
    top = [s for s in sections if s.level == levels[0]]
    quiet = (
        len(top) > 1
        and not any(
            talk_title(s.title, year)
            or speaker_under(outline, s)
            or _prose_named(outline, s, headings)  # "## Title" / "Ana Ruiz's talk …" again
            or name_paired(s) is not None  # "# Title" right over "## Ana Ruiz"
            for s in top[1:]
        )
    )
    if quiet and (talk_under(outline, top[0], headings) or talk_title(top[0].title, year)):
        # "# Title" + its speaker ... "# Questions", "# Does it matter?": the headings after
        # a talk's title that name no speaker, time or kind are parts of its notes
        top = top[:1]
    elif (
        quiet
        and not any(s.children for s in top[1:])
        and sum(speaker_under(outline, c) for c in top[0].children) >= 2
    ):
        # "# Day 2" over talks with their speakers, then "# Things to look up": the
        # document's title, and a note of its own at the end
        top = top[:1]
    before = [b for b in outline.root.blocks if b.kind not in ("hr",)]
    if len(top) == 1 and (len(levels) > 1 or not top[0].blocks) and len(before) <= 3:
        doc_title = top[0]
        evidence.append(f"one level-{levels[0]} heading is the document's title")
        levels = levels[1:]
    if (hinted := _folder_level(sections, levels)) is not None:
        # "## Title" over "### A Brief Tour of …" in one file of a folder whose other files
        # hold their talks at level 2: the level the writer's files repeat is the talks'
        evidence.append(f"the folder's other files hold their talks at level {hinted}")
        return doc_title, hinted, evidence
    parts = template_parts(sections)
    for level in levels:
        at = [s for s in sections if s.level == level]
        if _filled_forms(at, parts, year):
            # "## Title" over "### metadata" and "### content", the same parts under each:
            # one form filled in per talk, so these headings are the talks, those under
            # them their sections (never talks, whatever names or links they hold)
            evidence.append(f"level-{level} headings hold the same parts ({at[0].title!r}...)")
            return doc_title, level, evidence
        timed = sum(time_heading_under(s) is not None for s in at[:200])
        if timed >= 2 and timed * 2 > sum(bool(s.children) for s in at[:200]):
            # "### Title — Ana Ruiz" over "#### 12 h 45 - 13 h 45": most headings holding
            # others hold only their hours, one level down; they are the talks
            evidence.append(f"level-{level} headings have their hours as a heading under them")
            return doc_title, level, evidence
        generic = sum(is_generic(s.title) for s in at)
        if generic * 2 > len(at):
            below = [s for s in sections if s.level > level][:200]
            said = max(
                sum(
                    1
                    for s in below
                    if talk_under(outline, s, headings) or _says_talk(s.title, year)
                ),
                _labelled_alike(below, year),
            )
            if len(below) >= 2 and said * 2 >= len(below):
                # "## Agenda" over "### Title" headings each followed by its speaker: a part
                # of the page holding its talks, not a part of one note
                evidence.append(f"level-{level} headings hold talks ({at[0].title!r}...)")
                continue
            evidence.append(f"level-{level} headings are note parts ({at[0].title!r}...)")
            return doc_title, None, evidence
        paired = sum(1 for s in at[:200] if name_paired(s) is not None)
        named = sum(1 for s in at[:200] if read_heading(s.title, year).speakers)
        if paired >= 2 and (paired + named) * 2 >= min(len(at), 200):
            # "# Title" right over "## Ana Ruiz and Bo Lin", or "# Ana Ruiz" over "## Title":
            # a talk's two headings, one naming only people, the other its title
            evidence.append(f"level-{level} headings pair with their speakers' headings")
            return doc_title, level, evidence
        boxed = [
            bool(s.children)
            and not _generic_children(s)
            and (
                is_container(s.title, year)
                or (
                    not own_text(s)
                    and not _plain_parts(outline, s, year, headings)
                    # "## 1. Title - Ana Ruiz - Conf" over "### Metadata" with its
                    # "Speaker:" line: a heading naming its own speaker is a talk
                    and not read_heading(s.title, year).speakers
                )
            )
            for s in at
        ]
        containers = sum(boxed)
        holders = sum(1 for s in at if s.children)
        # the headings holding others that are no day or session all stand before the
        # first that is (the post's own "# Title" over its "## What is it?"): a "# Packing
        # list" over "## Clothes" after the days is no part of the programme
        led = (
            all(boxed[i] or not s.children for i, s in enumerate(at) if i > boxed.index(True))
            if containers
            else False
        )
        if (
            containers * 2 > len(at) or (containers >= 2 and containers * 2 > holders and led)
        ) and holders:
            # "# Day 1 - 2015-09-14" over its talks, beside the post's own "# Title" and a
            # closing "# Thoughts" with no sub-headings: most headings that hold others are
            # days or sessions, so the level groups the talks
            if _quiet_below(outline, at, sections, level, year, headings):
                evidence.append(
                    f"level-{level} headings hold parts that name no speaker, time or kind"
                )
                return doc_title, level, evidence
            evidence.append(f"level-{level} headings are days or sessions ({at[0].title!r}...)")
            continue
        deeper = [s for s in sections if s.level > level][:200]  # a sample is evidence enough
        named_below = sum(1 for s in deeper if read_heading(s.title, year).speakers)
        named_here = sum(1 for s in at[:200] if read_heading(s.title, year).speakers)
        if deeper and named_here == 0 and named_below * 2 > len(deeper):
            evidence.append(f"the headings below level {level} name speakers: they are the talks")
            continue
        if _linked_level(outline, deeper):
            # "## University" > "### [Title](https://youtu.be/…)": the headings that link
            # their talks' recordings are the talks, the ones above them their groups
            # (and so is a "## Talks" between them, or a "### Lightning talks" beside)
            evidence.append(f"the headings below level {level} link their recordings")
            continue
        with_text = sum(1 for s in at if own_text(s) or s.children)
        below = [
            s
            for s in deeper
            if s.level == deeper[0].level
            and not _part_heading(s.title)
            and not kind_label_only(s.title)  # "### Panel" over its panelists: a part
        ]
        names_below = sum(names_line(outline, s, headings) for s in below)
        if (
            len(below) >= 2
            and names_below * 2 >= len(below)
            and not any(names_line(outline, s, headings) for s in at[:200])
            and named_here * 2 < min(len(at), 200)  # "## Title - Ana Ruiz": this level's talks
        ):
            # "## Highlights" > "### 1. Title" over "*Ana Ruiz*": the headings whose first
            # line is their speakers are the talks, the ones above them their groups
            evidence.append(f"the headings below level {level} are followed by their speakers")
            continue
        spoken = sum(1 for s in at[:200] if speaker_under(outline, s))
        if spoken >= 2 and spoken * 2 >= min(len(at), 200):
            # "## Title" + "by Name" each: the talks, whatever their sub-headings
            evidence.append(f"level-{level} headings are followed by their speakers")
            return doc_title, level, evidence
        names_here = sum(1 for s in at[:200] if names_line(outline, s, headings))
        if names_here >= 3 and names_here * 2 > min(len(at), 200):
            # "# Title" over a line of its speakers' names alone ("Ana Ruiz", "Ana Ruiz,
            # Bo Lin"), then its notes' parts ("## Why?"): most of this level's headings
            # open on their speakers, so they are the talks, whatever lies below them
            evidence.append(f"level-{level} headings open on their speakers' names")
            return doc_title, level, evidence
        # "# Title" over a lone "@handle" line: its speaker signed under it, as the
        # other headings of the level name theirs in them ("# Title - Ana Ruiz")
        signed = named_here and sum(
            1
            for s in at[:200]
            if handle_under(outline, s) and not read_heading(s.title, year).speakers
        )
        if named_here + signed >= 2 and (named_here + signed) * 2 >= min(with_text or len(at), 200):
            # "# Name - Title" over its notes' parts ("### Resolving dependencies"): the
            # headings that name their speakers are the talks, whatever lies below them
            # (a heading with nothing under it, a talk the notes only list, counts not)
            evidence.append(f"level-{level} headings name their speakers")
            return doc_title, level, evidence
        deepest = _leaf_level(sections)
        if (
            deepest is not None
            and deepest > level
            # "# Chatbots" over "## UI" over "### Validation", beside "# GraphQL" over its
            # notes: the top headings hold notes, not groups of talks
            and not (doc_title is None and _notes_at_the_top(outline))
            and any(
                s.children
                and not _generic_children(s)
                and not _plain_parts(outline, s, year, headings)
                for s in at
            )
        ):
            # "# Conference" + "# Talks" > "## talk"...: the talks are where the leaves are
            evidence.append(f"most headings without sub-talks are at level {deepest}")
            return doc_title, deepest, evidence
        evidence.append(
            f"level-{level} headings repeat ({len(at)}), {with_text} with text under them"
        )
        return doc_title, level, evidence
    return doc_title, None, evidence


TITLES_LEAST = 3
"""Top headings a file of several notes written one after another holds at least
(:func:`titles_over_parts`)."""


def titles_over_parts(outline: Outline) -> bool:
    """Whether a file is several notes written one after another: no title over them
    (no heading above theirs, none in the front matter), three level-1 headings or more
    (the level a document's own title takes) over notes, two or more of them over
    sub-headings of their own, none of them a part's word (``Overview``, ``Q&A``). Each
    is a title over its parts, as one talk's notes are (``# Title`` over ``##
    Takeaways``), so the parts sit under each title, not under the file. A file of one
    talk's notes has one title, or none and only its parts; and when its opening names
    its speakers (``Speakers: …`` above ``# Overview``), its headings are that talk's."""
    if not _notes_at_the_top(outline):
        return False
    tops = outline.root.children[:400]
    return not any(is_generic(s.title) for s in tops) and not speaker_under(outline, outline.root)


def _notes_at_the_top(outline: Outline) -> bool:
    """No title over the file's headings (no heading above theirs, none in the front
    matter), three level-1 headings or more, each over notes, two or more over
    sub-headings of their own: the top headings are where the notes are, whether of one
    talk (its parts) or of several (their titles); never groups of talks under them."""
    if outline.front.get("title"):
        return False
    tops = outline.root.children[:400]
    if len(tops) < TITLES_LEAST or any(s.level != 1 for s in tops):
        return False
    if not all(own_text(s) or s.children for s in tops):
        return False  # "# Day 2" with nothing under it: a heading, no one talk's notes
    return sum(1 for s in tops if s.children) >= 2


def _only_people(heading: str) -> list[ProgrammePerson]:
    """The people a heading names when it names people and nothing else (``Ana Ruiz and
    Bo Lin``); none for a title, even one a name could be (``Aloha Editor``)."""
    people = split_speakers(strip_markdown_inline(heading).strip(), single_ok=True)
    return people if people and all(is_person_name(p.name) for p in people) else []


def name_paired(section: Section) -> tuple[str, list[ProgrammePerson]] | None:
    """(the title, its speakers) of a heading with no text of its own right over its one
    sub-heading, when exactly one of the two names only people: the talk's title and its
    speakers' heading, in either order (``# Title`` / ``## Ana Ruiz``, ``# Ana Ruiz`` /
    ``## Title``). None otherwise."""
    if own_text(section) or not section.children or is_container(section.title, None):
        return None  # "# Keynotes" over "## Ana Ruiz": a group of talks, not one
    child = section.children[0]
    if child.level != section.level + 1 or len(section.children) > 1:
        return None  # "# Title" over "## 背景" and "## 結果": its notes' parts
    over, under = _only_people(section.title), _only_people(child.title)
    if bool(over) == bool(under):
        return None
    if over:
        return strip_markdown_inline(child.title).strip(), over
    return strip_markdown_inline(section.title).strip(), under


def speaker_first(heading: str, year: int | None) -> bool:
    """A ``Name - Title`` heading whose speaker is said before the title."""
    t = read_heading(heading, year)
    plain = strip_markdown_inline(heading).strip()
    return bool(t.speakers) and plain.startswith(t.speakers[0].name) and t.title != plain


def speaker_before(heading: str, year: int | None) -> bool | None:
    """Whether a heading that names its speaker says the speaker before the title (``Name
    - Title``, ``Keynote - Name - Title``) or after it; None when it names no speaker."""
    t = read_heading(heading, year)
    plain = strip_markdown_inline(heading).strip()
    if not t.speakers or not t.title or t.title == plain:
        return None
    at, title_at = plain.find(t.speakers[0].name), plain.find(t.title)
    return None if at < 0 or title_at < 0 else at < title_at


def first_name_first(title: str) -> tuple[str, str] | None:
    """``Carla - No passwords no problems``: (the one capitalised word before the first
    dash, the rest), or None when the heading does not start so."""
    parts = DASHES_RE.split(strip_markdown_inline(title).strip(), maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    word = parts[0].strip()
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) >= 3):
        return None
    if is_generic(word) or kind_of(word) != "talk" or TALK_LABEL_RE.fullmatch(word):
        return None  # "Intro - …", "Keynote - …", "Talk - …": no one's name
    return word, parts[1].strip()


_STRESSED_LABEL_RE = re.compile(
    r"^\s*(?:\*\*|__)[^*_\s:]{1,40}(?:\*\*|__)\s?[:：]|^\s*(?:\*\*|__)[^*_\s:]{1,40}[:：](?:\*\*|__)"
)
"""``**Ubicación**: …``, ``__Lieu:__ …``: one stressed word as a label, a colon after it."""


def led_by_names(items: list[str], raw: list[str] | None = None) -> list[ProgrammePerson]:
    """The people of a list under a heading that only says a kind of talk (``Keynote``)
    whose items open with a person's name (``Ana Ruiz (Lab): notes``, ``Bo Lin``): each
    item one of that slot's speakers; none unless most items open so (two at least)."""
    people: list[ProgrammePerson] = []
    for n, item in enumerate(items[:30]):
        head = item.split("\n", 1)[0].split(":", 1)[0].strip(" *_")
        if is_key_word(head):
            return []  # "**Speaker**: …" among them: a slot's fields, each item a field
        if (
            " " not in head
            and raw
            and n < len(raw)
            and _STRESSED_LABEL_RE.match(LIST_MARK_RE.sub("", raw[n]))
        ):
            continue  # "**Ubicación**: Hall": one stressed word and a colon, a field's label
        who = split_speakers(head, single_ok=True) if len(head) <= 80 else []
        if len(who) == 1 and not bare_cjk(who):
            people.append(who[0])
    return people if len(people) >= 2 and len(people) * 3 >= len(items) * 2 else []


_LIVE_PRESENTER_RE = re.compile(
    r"^(?P<who>[^\W\d_][^,.;:!?()\[\]\n]{2,60}?)\s{1,3}(?:[^\W\d_]{2,15}ly\s{1,3})?"
    r"(?:giving|presenting|talking|speaking|showing|explaining|walking|demoing|sharing"
    r"|gives|presents|talks|speaks|shows|explains|walks|demos|shares)\b",
    re.I,
)
"""A note's line opening on the person who is on stage and what they are doing, as notes
are jotted in the room (``Ana Ruiz basically giving a recap of …``, ``Bo Lin shows
…``): the present tense says the talk under way is theirs; a past tense may tell of
another talk, another year."""


def live_presenter(items: list[str]) -> list[ProgrammePerson]:
    """The speaker a list of notes under a heading that only says a kind of talk
    (``Keynote``) names in one item (:data:`_LIVE_PRESENTER_RE`); [] when no item, or
    items naming different people, do."""
    found: list[ProgrammePerson] = []
    for item in items[:60]:
        plain = " ".join(strip_markdown_inline(item.split("\n", 1)[0]).split())
        m = _LIVE_PRESENTER_RE.match(plain)
        who = split_speakers(m.group("who"), single_ok=True) if m else []
        if len(who) == 1 and _a_person(who[0].name) and len(who[0].name.split()) >= 2:
            found.append(who[0])
    return found[:1] if len({p.name for p in found}) == 1 else []


def weaker_than_heading(talk: HeadingTalk, who: list[ProgrammePerson]) -> bool:
    """A line under ``# Kim Sato - Why locks matter`` that is two capitalised words and
    nothing more (``Memory Barriers``, the first phrase of the notes) says less than the
    heading, which named its speaker already: no affiliation, no second person."""
    return (
        bool(talk.speakers)
        and not kind_label_only(talk.title)
        and len(who) == 1
        and not who[0].affiliations
    )


def _plain_parts(
    outline: Outline, section: Section, year: int | None, headings: frozenset[int]
) -> bool:
    """Whether a heading's sub-headings are parts of its notes rather than talks: none
    names a speaker, a time or a kind of talk, in its words or the line under it, and the
    heading itself is no day or session (``# Tiny DAW`` > ``## 音声の多重再生``)."""
    parts = section.children[:20]
    numbered = sum(1 for c in parts if _SUB_NUMBER_RE.match(c.title)) * 2 >= len(parts)
    if len(section.children) > 6 and not numbered:
        # a long run under one heading: a session's talks, not one talk's parts (unless
        # numbered as the outline's own parts: "4.1 Goals" ... "4.6 Status" under "4.")
        return False
    if len(parts) >= 3 and says_talks(section.title):
        return False  # "## De charla en charla" over its sub-headings: the talks
    named = sum(names_line(outline, c, headings) for c in parts if not _part_heading(c.title))
    if named and named * 2 >= len(parts):
        return False  # "### 1. Title" over "*A, B*" in turn: each a talk over its authors
    titled = sum(1 for c in parts if person_over_title(outline, c))
    if titled >= 2 and titled * 2 >= len(parts):
        return False  # "## ふーがさん" over "- title: …" in turn: each a talk by its speaker
    people = 0
    for child in parts:
        t = read_heading(child.title, year)
        # "### Cloud Speech デモ（音声認識）": a word of the notes in brackets, no speaker
        named = bool(t.speakers) and not bare_cjk(t.speakers)
        if named or t.start is not None or t.kind != "talk" or t.day is not None:
            return False
        if (who := split_speakers(child.title)) and not bare_cjk(who):
            people += 1
        if speaker_under(outline, child) or find_date(child.title, year or 2000)[0]:
            return False
    # "### Dr. Fatou Ndiaye" in turn: a speakers page's people; two words in capitals
    # among a talk's parts ("Business Benefits" beside "The Problem") only look like one
    return bool(parts) and people * 2 < len(parts)


def person_over_title(outline: Outline, section: Section) -> bool:
    """A heading that is a person's name (``Lena Vogt``, ``[みなとさん](…)``, with an
    honorific) over a ``title:`` field as its first line: a talk headed by its speaker."""
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 4)):
        line = outline.lines[n]
        if not line.strip():
            continue
        said = key_value(line)
        if said is None or KEY_ALIASES.get(said[0], said[0]) not in ("title", "talk"):
            return False
        plain = strip_markdown_inline(section.title).strip()
        return bool(split_speakers(plain, single_ok=True) or honoured_name(plain))
    return False


def speaker_under(outline: Outline, section: Section) -> bool:
    """The first line of text under a heading names its speaker (``Speaker: X``,
    ``**Speaker**: X``, ``by X``, ``Presented by X``)."""
    return bool(speakers_under(outline, section))


def speakers_under(outline: Outline, section: Section) -> list[ProgrammePerson]:
    """The speakers the first line of text under a heading names, as :func:`speaker_under`
    finds them (none when it names none)."""
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 6)):
        line = outline.lines[n]
        if line.lstrip().startswith(("{{", "{%", "<")):
            # a template tag's line, or an HTML element's (``<p><b>Ponente:</b> Ana</p>``):
            # the words it stands for
            line = outline.plain.get(n, line)
        if not line.strip():
            continue
        if (m := META_RE.match(line)) and m.group("key").lower() in SPEAKER_KEYS:
            value = strip_markdown_inline(m.group("value"))
            return han_name_first(value) or split_speakers(value, single_ok=True)
        if m:
            continue  # "* **Nome:** Title" then "* **Palestrante:** Name": a talk's fields
        if m := BY_LINE_RE.match(line):
            if _by_lines_listed(outline.lines, n):
                return []  # "- [Title](…) by Name" items one after another: a list of talks
            return split_speakers(strip_markdown_inline(m.group("who")).strip(" *_"))
        return []
    return []


def _by_lines_listed(lines: list[str], at: int) -> bool:
    """Line ``at`` is a list item whose link is followed by a by-line, and so is the next
    item: the list's talks (``- [Title](…) par Name`` twice), never one talk's speaker."""
    if not LIST_MARK_RE.match(lines[at]) or "](" not in lines[at]:
        return False
    after = next((x for x in lines[at + 1 : at + 4] if x.strip()), "")
    return bool(LIST_MARK_RE.match(after)) and any(
        f" {w} " in f" {after} " for w in (*BY_WORDS.split("|"), *WITH_WORDS)
    )


def handle_under(outline: Outline, section: Section) -> list[ProgrammePerson]:
    """The people of a heading's first line when it is social handles and nothing else
    (``@ana``, ``@ana & @bo``, not a list item): a by-line signed with the speakers'
    accounts, as a person's notes write it under a talk's title."""
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 4)):
        line = outline.lines[n].strip()
        if not line:
            continue
        if not line.startswith("@") or len(line) > 120:
            return []
        return handles_only(line)
    return []


def chairs_heading(title: str) -> list[ProgrammePerson]:
    """``Session Chair: Name``, ``Chairs: A and B``, ``Moderation: Name``: a heading whose
    label is a chair's key word in any language, and the people it names."""
    label, colon, rest = strip_markdown_inline(title).partition(":")
    if not colon or len(label.split()) > 3 or "chair" not in roles_of(label):
        return []
    return split_speakers(rest.strip(), single_ok=True)


_FIELD_SEP_RE = re.compile(r"(?<!\s)\s+[—–|·•]\s+|(?<!\s)\s+-\s+")


def line_fields(
    outline: Outline, section: Section, year: int | None
) -> tuple[list[ProgrammePerson], date | None] | None:
    """The first line under a heading read as fields apart by dashes or bars, each of them
    people or a date and nothing else (``*Ana Ruiz, Harbour Lab* — March 3, 2031``): its
    people and its day; None when a part is anything else."""
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 4)):
        # "_Ana Ruiz_ [video](…)": the links closing the line are the talk's, no field
        line = _without_trailing_links(outline.lines[n].strip())
        if not line:
            continue
        if line.startswith(("#", "+", "|", ">")) or len(line) > 300 or ITEM_LINE_RE.match(line):
            return None  # a list item is a record of its list, not a heading's field line
        parts = _FIELD_SEP_RE.split(strip_markdown_inline(line))
        if len(parts) < 2 and not STRESS_RE.fullmatch(line):
            return None  # one bare name-shaped line ("Lazy Iterators") is no field line
        people: list[ProgrammePerson] = []
        day: date | None = None
        for part in parts:
            part = part.strip(" *_")
            if not part:
                continue
            if day is None and len(part) <= 40 and (found := find_date(part, year)[0]):
                day = found
            elif not people and (who := split_speakers(part)):
                people = who
            else:
                return None
        return (people, day) if people else None
    return None


QUOTE_RE = re.compile(r"^[ \t]{0,3}>[ \t]?")
"""A blockquote's marker: the line it sets apart is read as the words after it."""


PAGE_LINK_RE = re.compile(r"\[\[([^\[\]|]{1,80})(?:\|[^\[\]]*)?\]\]")
"""A notes tool's link to a page (``[[LogConf 2025]]``, ``#[[LogConf 2025]]``)."""


BARE_KEY_RE = re.compile(
    r"[ \t]{0,12}(?:[-*+][ \t]{1,4})?[*_]{0,2}(?P<key>[^\W\d_][\w·. ]{0,23}?)[*_]{0,2}[ \t]?"
    r"(?P<colon>[:：]?)[*_]{0,2}"
)
"""A key with no value on its line (``* speakers:``, ``Intervenant·e·s :``), matched whole
against the line without its trailing spaces: its values are the items under it."""


LIST_ITEM_RE = re.compile(r"^(?P<indent>\s*)[-*+]\s+(?P<text>\S.*)$")


LINK_LINE_RE = re.compile(r"^\s*(?:[-*+]\s+)?(?:<?https?://\S+?>?|\[[^\[\]]+\]\(\S+\))\s*$")
"""A line that is one link and nothing else (the talk's page, its video)."""


NAME_HEADING = "the title is followed by a heading naming its speaker"

_ATTRIBUTION_RE = re.compile(r"^(?:--|—|–|~)\s*\S")
"""``— Name`` in a quote block: the author of the quotation above it."""
_QUOTE_MARKS = '"“”„«»「」'


def quote_block(lines: list[str], n: int) -> range:
    """The lines of the quote block (``> …`` lines in a row) that line ``n`` is in."""
    first = last = n
    while first > 0 and QUOTE_RE.match(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and QUOTE_RE.match(lines[last + 1]):
        last += 1
    return range(first, last + 1)


def _bio_of(plain: str, named: set[str]) -> bool:
    """Whether a sentence after a name line in a quote block speaks of that person (``Bo
    keeps the Ripple processor``, ``Staff engineer at Lumen, where …``): it opens on a
    word of their name or on a job, a bio's two ways in; a saying does neither."""
    words = plain.split()
    if not named or not words:
        return False
    return words[0].strip(",.") in named or is_job_title(re.split(r"[,;:.]", plain, maxsplit=1)[0])


def quotes_someone(lines: list[str], n: int) -> bool:
    """Whether the quote block holding line ``n`` is a quotation and its author (``>
    Make each program do one thing well.`` with ``> # Name`` or ``> — Name``), not a
    by-line: a line in it is a sentence naming no one, or an attribution dash leads a
    line. A quote block of names and affiliations alone is a by-line set apart, and so
    is one whose other lines are a list (``> - maintainers of a cache``: their bio), or
    whose prose after a name speaks of that person (:func:`_bio_of`)."""
    named: set[str] = set()
    for k in quote_block(lines, n):
        inner = QUOTE_RE.sub("", lines[k])
        plain = strip_markdown_inline(inner.lstrip("# ")).strip()
        if not plain or LIST_MARK_RE.match(inner):
            continue
        if _ATTRIBUTION_RE.match(plain):
            return True
        if who := split_speakers(plain):
            named.update(w for p in who for w in p.name.split())
            continue
        if prose_speakers(plain) or sentence_byline(plain) or _bio_of(plain, named):
            continue
        words = plain.split()
        small = sum(w[:1].islower() for w in words)
        if (
            is_prose(plain)
            or plain.endswith(("!", "?"))
            or plain[:1] in _QUOTE_MARKS
            or (len(words) >= 3 and small * 2 > len(words))
        ):
            return True
    return False


def talk_under(outline: Outline, section: Section, headings: frozenset[int] | None = None) -> str:
    """What the first lines under a heading say about it being one talk: its speaker
    (a speaker line, a by-line, a line of names, a heading that is a name right under
    it) or its page (a line that is one link); "" when nothing."""
    if speaker_under(outline, section):
        return "the title is followed by its speaker"
    if _name_heading_under(outline, section):
        return NAME_HEADING
    seen = 0
    headings = headings_of(outline) if headings is None else headings
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 8)):
        line = outline.lines[n]
        if n in headings:
            break
        if not line.strip():
            continue
        seen += 1
        if seen == 1 and card_speakers(outline.lines, n):
            return "the title is followed by its speaker's card"
        if seen == 1 and sentence_byline(line):
            return "the title is followed by a sentence naming the talk and its speakers"
        if LINK_LINE_RE.match(line) and re.search(r"\]\(#", line):
            entry = read_heading(strip_markdown_inline(line).strip(" -*+"))
            if entry.speakers or entry.start is not None:
                break  # "- [Sat 09:30 Title - Name](#…)": contents of a day's talks
            # "* [What is a CTF?](#what-is-a-ctf)": a table of contents of its own parts,
            # so the headings below are parts of one text
            return "the title is followed by its own table of contents"
        if LINK_LINE_RE.match(line):
            return "the title is followed by its page's link"
        if QUOTE_RE.match(line) and quotes_someone(outline.lines, n):
            break  # a quotation and its author: no by-line
        plain = strip_markdown_inline(QUOTE_RE.sub("", line)).strip(" -*+")
        if seen == 1 and fits_a_by_line(plain) and split_speakers(plain):
            continue  # a line of names first, a link may follow
        break
    if seen and (first := _first_text(outline, section, headings)) and split_speakers(first):
        return "the title is followed by a line of names"
    if _prose_named(outline, section, headings):
        return "the title is followed by a sentence naming its speaker"
    return ""


def _prose_named(outline: Outline, section: Section, headings: frozenset[int]) -> bool:
    """One of the first three paragraphs under a heading opens on a sentence naming its
    speaker (:func:`prose_speakers`: ``Name will walk us through …``, a bio), as the
    section reader reads them."""
    said = 0
    after_blank = True
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 12)):
        line = outline.lines[n]
        if n in headings or said >= 3:
            break
        if not line.strip():
            after_blank = True
            continue
        if line.lstrip().startswith(">") and said == 0:
            # "> Conférence présentée par Name": a quoted line naming the talk's speaker
            quoted = QUOTE_RE.sub("", line)
            if sentence_byline(quoted) or prose_speakers(quoted):
                return True
        if LIST_MARK_RE.match(line) or line.lstrip().startswith(("#", ">", "|", "<")):
            break  # prose only: a list, a quote or a table is something else
        opens, after_blank = after_blank, False
        if opens:
            said += 1
            if prose_speakers(line):
                return True
    return False


def sentence_byline(line: str) -> list[ProgrammePerson]:
    """``Materials for my talk at PyCon 2025, by Ana Ruiz.``, ``A tutorial at SciPy by Ana
    Ruiz and Bo Lin.``: a sentence that names a kind of talk and ends in a by-line names
    that talk's speakers; [] when the words after ``by`` are not all people or the
    sentence says no kind of talk."""
    plain = strip_markdown_inline(line).strip()
    if len(plain) > 300:
        return []
    m = _SENTENCE_BY_RE.search(plain)
    if m is None:
        return []
    before = plain[: m.start()]
    if not (
        _TALK_WORD_RE.search(before)
        or any(p.search(before) for k, p in KIND_WORDS if k not in _NOT_TALKS)
    ):
        return []
    return split_speakers(m.group("who").strip(" *_"))


_PRESENTS_RE = re.compile(
    r"(?<!\s)\s{1,3}(?:"
    r"(?:will|is\s{1,3}going\s{1,3}to|are\s{1,3}going\s{1,3}to|'ll)\s{1,3}"
    r"(?:\w{1,20}\s{1,3}){0,2}?"
    r"(?:talk|speak|present|show|walk|share|give|explain|introduce|tell|demo|discuss|cover"
    r"|take|guide|lead|teach|run)\b"
    r"|(?:talks|speaks|presents|shows|walks|shares|gives|explains|introduces|demos|discusses"
    r"|covers|takes|tells|guides|leads|teaches|runs)\b"
    r"|(?:talked|spoke|presented|showed|walked|shared|gave|explained|introduced|demoed"
    r"|discussed|covered|took|told|guided|taught|opened|kicked[ -]off|led|hosted|ran"
    r"|facilitated|delivered)\b"
    r"|(?:present|talk|share|show|explain|introduce|discuss|demo)\b(?=.{0,40}\b(?:their|our)\b)"
    r"|(?:spricht|präsentiert|stellt|zeigt|erklärt|présente|présentera|parlera|presenta"
    r"|presentará|hablará|mostrará|apresenta|apresentará|presenterà|parlerà)\b)",
    re.I,
)
"""A verb of presenting after a talk's speaker in a sentence, in the languages met."""
_BIO_RE = re.compile(
    r"\s{1,3}(?:is\s{1,3}(?:a|an|the|currently|now)|works\s{1,3}(?:at|on|for|as|in)|has\s{1,3}been"
    r"|leads|maintains|builds|founded|co-founded)\b",
    re.I,
)
"""A speaker's bio opening on their name: ``Name is a front-end engineer at …``."""
_GIVEN_BY_RE = re.compile(
    r"\b(?:talk|presentation|keynote|session|lecture|demo|speech|address)s?\b[^.!?\n]{0,60}?"
    r"\b(?:(?:was|is)\s{1,3}(?:(?:given|presented|delivered|done|led|held)\s{1,3})?"
    r"|(?:given|presented|delivered|led|held)\s{1,3})by\s{1,3}"
    r"(?P<who>[^\W\d_][^,.;:!?()\n]{2,80}?)\s{0,3}(?:[,.;:!?(]|$)",
    re.I,
)
"""A talk's speaker named in the passive: ``The best talk was given by Name, …``, ``The
morning keynote was by Name, who …``, ``Opening speech given by Name (Org).``."""
_FEATURED_RE = re.compile(
    r"\b(?:talk|presentation|keynote|session|panel|lecture|workshop)s?\b[^.!?\n]{0,60}?\b"
    r"(?:featured|featuring|features)\s{1,3}(?P<who>[^.!?;\n]{3,300})",
    re.I,
)
"""A talk that featured its speakers, each perhaps with their role: ``The first talk of
the day featured Ana Ruiz, an architect at Org, and Bo Lin, …``."""
_LIST_PART_RE = re.compile(r"\s{0,5},\s{0,5}(?:and\s{1,5}|&\s{0,5})?|\s{1,5}(?:and|&)\s{1,5}")
"""What parts a list of names (``A, B and C``), in bounded steps (linear on any input)."""
_POSSESSIVE_TALK_RE = re.compile(
    r"^(?P<who>[^\W\d_][^,.;:!?()\[\]\n]{2,60}?)['’]s\s{1,3}"
    r"(?:talk|keynote|presentation|session|lecture|workshop)\b",
    re.I,
)
"""A sentence opening on a speaker's possessive: ``Dorota Parad's talk focused on …``."""
_HONORIFIC_TAIL_RE = re.compile(
    r"\s?(?:さん|氏|様|先生)(?:による|の)"
    r"(?:基調講演|発表|講演|セッション|トーク|登壇|ライトニングトーク|LT)"
)
"""A Japanese sentence's honorific and talk word after a speaker's name (``…の
かみくずさんによる発表です``): the honorific says a person is named, so the name before
it needs only the shape people give their own (a handle, a name in kana)."""
_HONOURED_LINK_RE = re.compile(r"\[(?P<linked>[^\[\]\n]{1,40})\]\([^()\s]{1,300}\)")
_NOT_IN_HONOURED_NAME = frozenset("、。「」『』()（）のは]")
_HONOURED_NAME_MOST = 40


def _honoured_talk_name(head: str) -> tuple[str, bool]:
    """The name before the first honorific and talk word of ``head`` that has one: a
    link's label right before it, else the run of name characters (single spaces
    inside, at most forty) ending there, and whether it is a link's; "" when none.
    Found from the honorific back, so a long text costs one pass."""
    for tail in _HONORIFIC_TAIL_RE.finditer(head):
        before = head[: tail.start()]
        links = list(_HONOURED_LINK_RE.finditer(before[-360:]))
        if links and links[-1].end() == len(before[-360:]):
            return links[-1].group("linked"), True
        n = len(before)
        while (
            n > 0
            and len(before) - n < _HONOURED_NAME_MOST
            and before[n - 1] not in _NOT_IN_HONOURED_NAME
            and not (before[n - 1].isspace() and (before[n - 1] != " " or before[n : n + 1] == " "))
        ):
            n -= 1
        while n < len(before) and before[n] == " ":
            n += 1  # a name opens on a character of its own, not a space
        if n < len(before):
            return before[n:], False
    return "", False


_HONORIFIC_TALK_KO_RE = re.compile(
    r"(?P<who>[^\s\[\]()<>]{1,20})\s?(?:님|씨)(?:의|께서|이|가)?\s{0,3}"
    r"(?:발표|강연|세션|키노트|기조연설)"
    r"|(?:발표|강연|세션)(?:는|은)\s{1,3}(?P<after>[^\s\[\]()<>]{1,20})\s?(?:님|씨)(?:이|께서)"
)
"""The same in Korean, where words stand apart and a particle follows the honorific: the
speaker's talk (``한지민님의 발표``) or the talk given by the speaker (``발표는 지민님이``)."""
_HIRAGANA_RE = re.compile(r"[\u3041-\u309f]")
_AFTER_HIRAGANA_RE = re.compile(r"[^\u3041-\u309f]+$")


def _honoured_name(words: str) -> str:
    """The name an honorific follows, without the clause that leads to it: Japanese writes
    no space before a name, so ``で有名なIto`` (“Ito, famous for …”) is the words after the
    last kana of the clause; a name all in kana or in kanji stays whole."""
    words = words.strip()
    tail = _AFTER_HIRAGANA_RE.search(words)
    if tail is None or not _HIRAGANA_RE.search(words):
        return words
    return tail.group(0).strip()


def _korean_honoured(words: str) -> ProgrammePerson | None:
    """The person a Korean honorific follows when the words are a name: in Hangul, one
    that passes the person test (a family name first), since Korean puts the same
    honorific after a role (``대표님``, ``교수님``) and a nickname; otherwise a name of
    the shape people give their own (``Kyle님``)."""
    person = named_by_role(words)
    if person is None:
        return None
    if _HANGUL_WORD_RE.fullmatch(words) and (
        len(words) < 2 or words in _KOREAN_ROLE_NOUNS or not is_person_name(words)
    ):
        return None  # 강사님 (the instructor), 고객님 (the customer), 손님 (a guest)
    return person


_HANGUL_WORD_RE = re.compile(r"[\uac00-\ud7af]+")
_KOREAN_ROLE_WORDS = """강사 고객 고객사 선생 대표 팀장 교수 사장 회장 부장 과장 실장 이사 원장 소장
작가 기자 연사 사회자 멘토 코치 회원 박사 변호사 의사 목사 감독 형 누나 언니 오빠 선배 후배"""
_KOREAN_ROLE_NOUNS = frozenset(_KOREAN_ROLE_WORDS.split())
"""Korean nouns for a role, a job or kin, which take the honorific 님 as names do and some
of which open on a syllable that is also a family name (강사, 고객, 이사, 박사)."""
_TALK_ADVERBIAL_RE = re.compile(
    r"^(?:in|during|for|with)\b[^,]{0,40}\b(?:talk|presentation|keynote|session|lecture)s?"
    r"\s{0,3},\s{0,3}",
    re.I,
)
"""A sentence's opening before its subject: ``In this talk, Name shows …``."""
_SUBJECT_ASIDE_RE = re.compile(
    r"(?:\s{0,3}\([^()\n]{1,80}\)|\s{0,3},[^,\n]{1,60},|\s{1,3}(?:from|of|at|von|de|da)\s"
    r"[^\n]{1,60})$",
    re.I,
)
"""What may stand between the speaker and the verb: ``(Org)``, ``, Org,``, ``from Org``."""
_PROSE_APPOSITION_RE = re.compile(
    r"\b(?:speakers?|presenters?|guests?)\s{0,3}(?:is|are|:|,)\s{0,3}"
    r"(?P<who>[^\W\d_][^,.;:!?()\n]{2,80}?)\s{0,3}(?:[,.;:!?(]|$)",
    re.I,
)
_SOURCE_KEYS = frozenset({"author", "authors", "by"})
"""Labels that in a note's paragraph credit a book, a quote or a photo as often as a talk:
no speaker's label there (under a heading's fields they are)."""
_LABELLED_NAME_RE = re.compile(
    r"\A\s{0,3}(?P<who>[^\W\d_][^,.;:!?()\n]{2,80}?)\s{0,3}(?:[,.;:!?(]|\s(?:aka|a\.k\.a\.)\s|$)",
    re.I,
)
"""A speaker's label's value up to where the name ends: a comma, a sentence's end, an
alias (``Ana Ruiz aka Aninha``)."""
_SUBJECT_CHARS_RE = re.compile(r"[^\W\d_][^,.;:!?()\[\]\n]{2,80}")


def prose_talk(paragraph: str) -> tuple[str, list[ProgrammePerson]] | None:
    """The one talk a sentence names by its marked title and its by-line (``Next up was
    _Title_ by [Name](…)``, ``Der Vortrag „Title“ von Name war …``): its title as marked
    and its speakers; None when it names none or several, or when the paragraph opens on
    the title (a bold title and its by-line: a talk of its own)."""
    spans = stressed_bylines(paragraph[:1000])
    opening = strip_markdown_inline(paragraph[:300]).lstrip(" \"'“«„")
    if len(spans) == 1 and not opening.startswith(spans[0][0][:24]):
        return spans[0]
    return None


def prose_speakers(paragraph: str, title: str = "") -> list[ProgrammePerson]:
    """The speakers a talk's first sentence names in prose: its subject before a verb of
    presenting (``Marta Kowalczyk from Driftwood will walk us through …``, ``Ana Ruiz
    and Bo Lin present their …``), a bio opening on the name (``**Helga Brandvold** is
    a front-end engineer at …``) or a name set beside the word speaker (``Our second
    speaker, Jonas Eriksen, maintains …``); [] unless every one passes the person test
    (``The team will show …`` names no one)."""
    if (named := prose_talk(paragraph)) is not None:
        return named[1]
    plain = " ".join(strip_markdown_inline(paragraph).split())[:400]
    head = paragraph[:600]
    called, linked = (
        _honoured_talk_name(head) if any(h in head for h in "さん氏様先") else ("", False)
    )
    if called and (person := named_by_role(called if linked else _honoured_name(called))):
        return [person]  # "…の[かみくず](…)さんによる発表です", "…で有名なItoさんの発表"
    honoured = _HONORIFIC_TALK_KO_RE.search(head) if any(h in head for h in "님씨") else None
    if honoured and (person := _korean_honoured(honoured.group("who") or honoured.group("after"))):
        return [person]  # "Pixelic 한지민님의 발표 입니다", "발표는 한지민님이 해 주셨고"
    if featured := _FEATURED_RE.search(plain[:400]):
        # "featured Ana Ruiz, an architect at Org, and Bo Lin": the names among the roles
        parts = [x.strip() for x in _LIST_PART_RE.split(featured.group("who")) if x.strip()]
        people = [p for x in parts[:12] for p in split_speakers(x) if _a_person(p.name)]
        if parts and people and split_speakers(parts[0]):
            return people
    found = []
    if given := _GIVEN_BY_RE.search(plain[:200]):
        found.append(given.group("who"))  # "The best talk was given by Name, an analyst"
        found.append(_ORG_TAIL_RE.sub("", given.group("who")))  # "by Name from Org"
    if own := _POSSESSIVE_TALK_RE.match(plain):
        found.append(own.group("who"))  # "Dorota Parad's talk focused on …"
    if verb := _PRESENTS_RE.search(plain[:200]) or _BIO_RE.search(plain[:120]):
        before = _TALK_ADVERBIAL_RE.sub("", plain[: verb.start()]).rstrip(" ,")
        while before and (aside := _SUBJECT_ASIDE_RE.search(before)):
            before = before[: aside.start()]  # "Name (Org)", "Name from Org"
        if _SUBJECT_CHARS_RE.fullmatch(before):
            found.append(before)
    if said := _PROSE_APPOSITION_RE.search(plain[:160]):
        found.append(said.group("who"))
    elif (
        (field := key_value(plain[:300]))
        and KEY_ALIASES.get(field[0], field[0]) in SPEAKER_KEYS - _SOURCE_KEYS
        and (lead := _LABELLED_NAME_RE.match(field[1]))
    ):
        # "Palestrante: [Name aka Nick](…). Bio…", "Referent: Name, what they do": a
        # paragraph opening on a speaker's label in any language names them first
        found.append(lead.group("who"))
    for who_text in found:
        who = split_speakers(who_text.strip(), single_ok=False)
        if who and all(_a_person(p.name) for p in who):
            return who
    return _profile_linked(paragraph[:_OPENING], title)


def possessive_speakers(title: str) -> list[ProgrammePerson]:
    """The speaker a talk's title names by a possessive before a talk's word
    (``Ana Ruiz's Keynote``, ``Bo Lin’s talk on queues``); [] unless the name passes the
    person test (``Python's keynote`` names no one)."""
    own = _POSSESSIVE_TALK_RE.match(strip_markdown_inline(title).strip(" \"'“”«»"))
    who = split_speakers(own.group("who").strip(), single_ok=True) if own else []
    return who if len(who) == 1 and _a_person(who[0].name) else []


_NAMED_SIDE_RE = re.compile(r", |\s[-–—]\s")
_OPENING = 400
"""Characters of a talk's first paragraph that may name its speaker by a link."""
_PROFILE_RE = re.compile(
    r"^https?://(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|github\.com|gitlab\.com|"
    r"(?:[a-z]{2}\.)?linkedin\.com/in|facebook\.com|instagram\.com|speakerdeck\.com|"
    r"bsky\.app/profile|mastodon\.[a-z.]{2,20}|about\.me)/@?[\w.-]{2,60}/?$",
    re.I,
)
"""A link to one person's own page on a profile site (not to a post, a repository)."""


def _profile_linked(opening: str, title: str = "") -> list[ProgrammePerson]:
    """``a palestra do [Kenzo Porto](https://github.com/kporto) tinha começado``, ``la
    charla de [@supercoco9](https://twitter.com/supercoco9)``: the one person whose own
    profile page the opening of a talk's notes links, by name or handle, is its speaker
    (two such people say nothing). A handle is no one new when the talk's ``title`` has
    a part after a comma or a dash: that part is its speaker's name, the handle theirs."""
    people: dict[str, ProgrammePerson] = {}
    runs: list[list[str]] = []
    last_end = -1
    for m in LINK_RE.finditer(opening):
        label, url = (m.group("label") or "").strip(), m.group("url") or ""
        if not label or not _PROFILE_RE.match(url):
            continue
        if label.startswith("@"):
            person = _named_before_handle(opening, m) or (
                None if _NAMED_SIDE_RE.search(title) else named_by_role(label)
            )
        else:
            who = split_speakers(strip_markdown_inline(label))
            person = who[0] if len(who) == 1 and _a_person(who[0].name) else None
        if person is not None:
            people.setdefault(person.name.casefold(), person)
            joined = last_end >= 0 and _NAME_JOIN_RE.fullmatch(opening[last_end : m.start()])
            if joined and runs:
                runs[-1].append(person.name.casefold())
            else:
                runs.append([person.name.casefold()])
            last_end = m.end()
    if len(people) > 1 and len(runs) == 1:
        # "[Ana Ruiz](…/anaruiz) and [Bo Lin](…/bolin) showed us …": one subject of
        # names joined by "and" or commas, each linked to their own page: co-speakers
        return list(people.values())[:_CO_LINKED_MOST]
    return list(people.values()) if len(people) == 1 else []


_NAME_JOIN_RE = re.compile(
    rf"\s{{0,2}}(?:,|&|,?\s(?:{'|'.join(NAME_CONJUNCTIONS)}))\s{{1,2}}", re.I
)
"""What joins two linked names into one subject: a comma, ``&``, ``and`` in any language."""
_CO_LINKED_MOST = 6
"""Linked names at most read as one talk's co-speakers."""


def _named_before_handle(opening: str, link: re.Match[str]) -> ProgrammePerson | None:
    """``Ana Ruiz [@anaruiz](https://…/anaruiz)`` alone on its line: the name written
    before a handle's link is the person it belongs to (the handle is theirs, no one
    new); None when the words before the link are not one person's name."""
    start = opening.rfind("\n", 0, link.start()) + 1
    before = strip_markdown_inline(opening[start : link.start()]).strip(" \t#*-–—:")
    if not before or not _a_person(before):
        return None
    who = split_speakers(f"{before} {link.group(0)}")
    return who[0] if len(who) == 1 and who[0].name == before else None


def _a_person(name: str) -> bool:
    return is_person_name(name) and not is_organisation(name)


_ORG_TAIL_RE = re.compile(r"\s(?:from|of|at|von|vom|de|du|da|bei|chez|aus)\s.*$", re.I)


_SENTENCE_BY_RE = re.compile(
    rf"(?:^|[\s,])(?:{BY_WORDS})\s+(?P<who>[^.;:!?()\n]{{3,160}}?)[ \t]*[.!]?[ \t]*$", re.I
)


_TALK_WORD_RE = re.compile(rf"\b{TALK_LABEL_RE.pattern}s?\b", re.I)


_NOT_TALKS = frozenset({"break", "social", "other"})


def linked_side(title: str, lines: list[str]) -> tuple[str, list[ProgrammePerson]] | None:
    """``Swift Concurrency - Donny Wals`` (a note's file name), both sides shaped like a
    name: the side whose words, run together, are in one of the note's web addresses
    (``https://donnywals.example.dev``, ``twitter.com/donnywals``) is the speaker, as a
    person's handle or site spells their name; (the other side, that person) or None."""
    parts = [x.strip() for x in DASHES_RE.split(title) if x.strip()]
    if len(parts) != 2 or not all(split_speakers(x) for x in parts):
        return None
    urls = " ".join(m.group(0).casefold() for line in lines[:400] for m in _URL_RE.finditer(line))
    found = []
    for n, part in enumerate(parts):
        key = "".join(c for c in unicodedata.normalize("NFKD", part.casefold()) if c.isalnum())
        if len(key) >= 6 and key.isascii() and key in urls:
            found.append(n)
    if len(found) != 1:
        return None
    return parts[1 - found[0]], split_speakers(parts[found[0]])


_URL_RE = re.compile(r"https?://[^\s()<>\[\]]{1,300}")


def card_speakers(lines: list[str], n: int) -> list[ProgrammePerson]:
    """The people of an element named for a speaker's role that starts at line ``n``: a
    docs site's component or a page's element (``<Speaker name='Ana Ruiz' …/>``,
    ``<presenter name="Bo Lin">``, over up to :data:`_CARD_LINES` lines), its ``name``
    attribute a person; [] otherwise."""
    m = _CARD_OPEN_RE.match(lines[n]) if n < len(lines) else None
    if m is None or m.group(1).casefold() not in SPEAKER_KEYS:
        return []
    for k in range(n, min(len(lines), n + _CARD_LINES)):
        at = lines[k].find(">") if k > n else lines[k].find(">", m.end())
        head = lines[k] if at < 0 else lines[k][:at]
        if named := _CARD_NAME_RE.search(head):
            return split_speakers(html.unescape(named.group(2)), single_ok=True)
        if at >= 0:
            break
    return []


_CARD_LINES = 12
"""Lines an element's opening tag may span (one attribute a line)."""


_CARD_OPEN_RE = re.compile(r"^\s{0,12}<([A-Za-z][\w-]{0,30})(?=[\s/>]|$)")


_CARD_NAME_RE = re.compile(r"(?<![\w-])name\s{0,4}=\s{0,4}(['\"])([^'\"<>\n]{1,120})\1")


def _name_heading_under(outline: Outline, section: Section) -> bool:
    """``# Title`` then ``## Ana Ruiz @aruiz`` right under it: a title whose first
    sub-heading, before any text, is one person is followed by its speaker. Several name
    headings under a title are a list of talks by speaker, so the name heading must be the
    title's only child, or the only one of its children that is a person, or carry a
    person's own mark (a handle, an affiliation, a link to their page)."""
    kids = section.children
    if not kids or own_text(section):
        return False
    if any(outline.lines[n].strip() for n in range(section.heading_last + 1, kids[0].line)):
        return False
    kid = name_kid(outline, section)
    if kid is None:
        return False
    heading = outline.lines[kid.line]
    plain = strip_markdown_inline(kid.title)
    if goes_on_after_comma(plain):
        return False  # "## Rust Async, the Hard Parts": a part's title, one phrase
    who = split_speakers(plain)
    byline = None if who else byline_heading(plain)
    if byline is not None:
        # "## Ana Ruiz - @aruiz - 3 May 2031 - 14:00": a by-line, its name the speaker's
        who = [ProgrammePerson(name=byline.name)]
    if any(written_in_lower_case(outline.lines, p.name) for p in who):
        return False  # "tide tables" in the notes: a thing's words, no one's name
    after = [k for k in kids if k.line > kid.line]
    if len(who) > 1 and not after:
        return True  # "#### Ana Ruiz and Bo Lin", the title's one sub-heading: its speakers
    if len(who) != 1:
        return False
    if not after:
        return True
    marked = bool(
        who[0].affiliations
        or byline is not None
        or _PERSON_MARK_RE.search(heading)
        or LINK_LINE_RE.search(heading)
    )
    if marked:
        return True
    if SESSION_RE.match(strip_markdown_inline(section.title).strip()):
        # "# Session I: Ranking" over "## Axiomatic Re-Ranking" and more headings: a
        # session's talks, one after another; the first is a title, no one's name
        return False
    others = sum(len(split_speakers(strip_markdown_inline(k.title))) == 1 for k in after[:19])
    return others == 0


def name_kid(outline: Outline, section: Section) -> Section | None:
    """The sub-heading of a title that may name its speaker: its first, or the first after
    headings that only say when and where (``### 16:00 bis 18:00 in Raum W3`` over ``###
    Prof. Klaus Lind``), with no text under those."""
    for kid in section.children[: _FACT_HEADINGS + 1]:
        if not _fact_heading(outline, kid):
            return kid
    return None


_FACT_HEADINGS = 2
"""Headings saying when and where, at most, before a talk's speaker's heading."""


def _fact_heading(outline: Outline, kid: Section) -> bool:
    """A heading that only says when or where (a time, a day, a room), with no text of its
    own under it."""
    plain = strip_markdown_inline(kid.title).strip()
    if not plain or len(plain.split()) > 10 or own_text(kid) or split_speakers(plain):
        return False
    return clock_range(plain)[0] is not None or find_date(plain, None)[0] is not None


_PERSON_MARK_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][\w.-]{0,38}\s*$")
"""A handle said after a name (``Ana Ruiz @aruiz``)."""


def names_line(outline: Outline, section: Section, headings: frozenset[int]) -> bool:
    """The first line under a heading is its speakers and nothing else: a speaker line, a
    by-line, or a line of names (``*Ana Ruiz, Bo Lin*``); ``headings`` are the outline's
    heading lines (:func:`headings_of`, built once by the caller)."""
    if speaker_under(outline, section):
        return True
    first = _first_text(outline, section, headings)
    return bool(first) and bool(split_speakers(first)) and not bare_cjk(split_speakers(first))


def _first_text(outline: Outline, section: Section, headings: frozenset[int]) -> str:
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 4)):
        if outline.lines[n].strip():
            if QUOTE_RE.match(outline.lines[n]) and quotes_someone(outline.lines, n):
                return ""  # "> # Name" over "> a saying.": a quotation's author
            plain = strip_markdown_inline(QUOTE_RE.sub("", outline.lines[n])).strip(" -*+")
            return plain if fits_a_by_line(plain) and n not in headings else ""
    return ""


def headings_of(outline: Outline) -> frozenset[int]:
    """The lines of an outline's headings (built once per outline)."""
    return outline.heading_lines()


def speaker_part(section: Section) -> list[ProgrammePerson]:
    """A talk's sub-heading named for its speaker (``Speaker``, ``Referent``) whose first
    words are a person: that person; else its first part opening with a list whose every
    item is one person's name (``## Abstract`` over ``- Ana Ruiz`` ``- Bo Lin``): them."""
    for child in section.children:
        key = strip_markdown_inline(child.title).strip(" :").casefold()
        if key in SPEAKER_KEYS and child.blocks:
            said = child.blocks[0].text.strip()
            # a part that holds the speaker (### 登壇者 over tenntennさん): its role is the
            # evidence, so a handle is a name there, as in a programme's speaker field
            one = named_by_role(said) if "\n" not in said and len(said) <= 40 else None
            return split_speakers(said, single_ok=True) or ([one] if one else [])
    for part in [g for c in section.children for g in (c, *c.children)][:40]:
        # "## Workshop" > "### Panel" over "* Ana Ruiz (producer)" items: the people of a
        # part named for who speaks (a speaker key, a kind such as Panel) are its speakers
        key = strip_markdown_inline(part.title).strip(" :").casefold()
        if key not in SPEAKER_KEYS and not kind_label_only(part.title):
            continue
        block = part.blocks[0] if part.blocks else None
        if block is not None and block.kind == "list" and 1 <= len(block.items) <= 8:
            people = [split_speakers(item, single_ok=True) for item in block.items]
            if all(len(who) == 1 and not bare_cjk(who) for who in people):
                return [who[0] for who in people]
    first = section.children[0].blocks[:1] if section.children else []
    if first and first[0].kind == "list" and 1 <= len(first[0].items) <= 6:
        people = [split_speakers(item, single_ok=True) for item in first[0].items]
        if all(len(who) == 1 and not bare_cjk(who) for who in people):
            return [who[0] for who in people]
    return []


def _linked_level(outline: Outline, deeper: list[Section]) -> bool:
    """Some level below holds the talks that link their recordings or their pages: at
    one heading level under this one, two headings or more are each one link to a
    recording, or to pages side by side on one site (``### [Title](https://conf/
    timetable/946618/)``), and most of that level's headings are."""
    at: dict[int, list[str]] = {}
    for s in deeper:
        link = heading_link(outline, s)
        if link is None:
            kind = ""
        elif link.kind in RECORDING_KINDS:
            kind = "recording"
        else:
            kind = _parent_page(link.url)
        at.setdefault(s.level, []).append(kind)
    for kinds in at.values():
        said = Counter(k for k in kinds if k)
        if said and (most := said.most_common(1)[0][1]) >= 2 and most * 2 > len(kinds):
            return True
    return False


def pages_beside(outline: Outline, title: Section, talks: list[Section]) -> bool:
    """Two headings or more below a title link, in their first lines, pages beside the
    page the title links (``# Conf 2023`` / ``- https://conf/session/schedule`` over
    ``### Title`` / ``- https://conf/session/47``): the title is the programme's, the
    headings are its talks, not the parts of one talk."""
    parent = _parent_page(_page_under(outline, title))
    return bool(parent) and sum(_parent_page(_page_under(outline, s)) == parent for s in talks) >= 2


def _page_under(outline: Outline, section: Section) -> str:
    """The address of the first line under a heading that is one link (of the first
    few lines, before any heading), or ""."""
    headings = headings_of(outline)
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 6)):
        if n in headings:
            break
        line = outline.lines[n]
        if LINK_LINE_RE.match(line) and (found := LINK_RE.search(line)):
            return found.group("url") or found.group("bare").strip("<>")
    return ""


def _parent_page(url: str) -> str:
    """Where a page sits on its site (``site/talks`` for ``https://site/talks/a``), or
    "" for a site's home page or a page at its root."""
    address = urlsplit(url)
    path = address.path.rstrip("/")
    if not address.netloc or path.count("/") < 2:
        return ""
    return address.netloc.lower() + path.rsplit("/", 1)[0]


RECORDING_KINDS = frozenset({"video", "slides"})
"""Links only a talk has: its recording, its slides."""


def heading_link(outline: Outline, section: Section) -> Link | None:
    """The link a heading is, whole (``### [Title](https://youtu.be/…)``), typed."""
    if not 0 <= section.line < len(outline.lines):
        return None
    raw = outline.lines[section.line].lstrip("#* \t")
    found = LINK_RE.search(raw) if LINK_LINE_RE.match(raw) else None
    url = (found.group("url") or found.group("bare").strip("<>")) if found is not None else ""
    if found is None or not url.startswith(("http://", "https://")):
        return None
    return classify_link(url, found.group("label") or "page")


_LABEL_END = ("-", "–", "—", ":", "：", "|")


def _quiet_below(
    outline: Outline,
    at: list[Section],
    sections: list[Section],
    level: int,
    year: int | None,
    headings: frozenset[int],
) -> bool:
    """Headings taken for groups because they hold others (few name a day or a
    session), over headings of which none says a talk's fact (a speaker, a time, a
    kind, a recording's link, a speaker under it) or is a person's name: a person's
    notes of several talks, each talk's topics under it (``## Keynote title`` over
    ``### Challenges``), so the shallower level is the talks'."""
    if sum(is_container(s.title, year) for s in at[:200]) * 2 >= min(len(at), 200):
        return False  # most say a day or a session ("Day 1"): they group the talks
    deeper = [s for s in sections if s.level > level][:200]
    if len(deeper) < 2 or _linked_level(outline, deeper):
        return False
    return not any(
        _says_talk(s.title, year)
        or split_speakers(strip_markdown_inline(s.title))  # "### Dr. Ana Ruiz": people
        or talk_title(s.title, year)
        or talk_under(outline, s, headings)
        or names_line(outline, s, headings)
        for s in deeper
    )


def _says_talk(title: str, year: int | None) -> bool:
    """A heading that says by its own words it is a talk: it names its speaker or its
    time, or opens on a talk's label or kind before its title (``Talk: Title``,
    ``Vortrag – Titel``, ``Keynote - Title``). A kind alone (``## Q&A``, ``## Panel``)
    is as often a part of one talk's notes."""
    t = read_heading(title, year)
    if t.speakers or t.start is not None:
        return True
    label = _heading_label(title, year)
    return bool(label) and (kind_of(label) != "talk" or bool(TALK_LABEL_RE.fullmatch(label)))


def _heading_label(title: str, year: int | None) -> str:
    """The label a heading opens on before its title (``Session`` of ``Session - Title``,
    one to three words before a colon or a dash), or ""."""
    plain = strip_markdown_inline(title).strip()
    t = read_heading(title, year)
    if not t.title or len(t.title) >= len(plain) or not plain.endswith(t.title):
        return ""
    label = plain[: -len(t.title)].strip()
    if not label.endswith(_LABEL_END):
        return ""
    label = label.rstrip("".join(_LABEL_END)).strip()
    return label if 1 <= len(label.split()) <= 3 else ""


def _labelled_alike(sections: list[Section], year: int | None) -> int:
    """Headings that open on a label another of them opens on too (``Session - A``,
    ``Session - B``): the document's own mark of its talks, whatever the label's word."""
    labels: dict[str, int] = {}
    for section in sections:
        if label := _heading_label(section.title, year).casefold():
            labels[label] = labels.get(label, 0) + 1
    return sum(n for n in labels.values() if n >= 2)


def talk_title(title: str, year: int | None) -> bool:
    """A heading that says it is a talk: it names a speaker, a time or a kind of talk."""
    t = read_heading(title, year)
    return bool(t.speakers or t.start or t.kind != "talk")


def meta_table_under(outline: Outline, section: Section) -> bool:
    """The first block under a heading is a table of one row (``| Speaker | Room |``)."""
    first = next((b for b in section.blocks), None)
    return first is not None and first.kind == "table" and len(first.items) == 2


def named_talk(heading: str, talks: list[ProgrammeTalk]) -> ProgrammeTalk | None:
    """The one talk a heading such as ``Notes on vLLM`` or ``The keynote`` refers to."""
    words = {w for w in re.findall(r"\w+", heading.casefold()) if len(w) >= 4}
    words -= {"notes", "note", "about", "from", "talk", "thoughts", "more"}
    scored = []
    for talk in talks:
        title_words = {w for w in re.findall(r"\w+", talk.title.casefold()) if len(w) >= 4}
        score = len(words & title_words) + (2 if talk.kind in words else 0)
        score += sum(1 for sp in talk.speakers for w in words if w in sp.name.casefold())
        scored.append((score, talk))
    best = [t for score, t in scored if score > 0 and score == max(s for s, _ in scored)]
    return best[0] if len(best) == 1 else None


def _leaf_level(sections: list[Section]) -> int | None:
    """The heading level holding most leaves (headings with no sub-headings, or only
    parts such as *Summary*), ties to the shallower level."""
    parts = template_parts(sections)
    counts: dict[int, int] = {}
    for s in sections:
        if part_key(s.title) in parts:
            continue
        if not is_generic(s.title) and (
            not s.children
            or _generic_children(s)
            or all(part_key(k.title) in parts for k in s.children)
        ):
            counts[s.level] = counts.get(s.level, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda level: counts[level])


def template_parts(sections: list[Section]) -> frozenset[str]:
    """The sub-heading titles that recur under three headings or more (``### metadata``
    and ``### content`` under each talk, ``### Résumé`` ``### Questions``): one template
    filled in for each talk, so they are sections of the talk above, never talks."""
    parents: dict[str, set[int]] = {}
    for s in sections[:2000]:
        for kid in s.children:
            parents.setdefault(part_key(kid.title), set()).add(id(s))
    return frozenset(key for key, seen in parents.items() if key and len(seen) >= 3)


def _filled_forms(at: list[Section], parts: frozenset[str], year: int | None) -> bool:
    """Three headings of one level or more, and most of those with sub-headings, hold two
    of the document's recurring parts or more (:func:`template_parts`), parts that name
    no kind of talk, no time nor day (``### Keynote`` under each ``## Day``), under
    headings that are no days nor groups."""
    forms = 0
    holders = [s for s in at[:200] if s.children]
    for s in holders:
        keys = {part_key(k.title) for k in s.children}
        same = [k for k in s.children if part_key(k.title) in parts]
        if (
            len(keys & parts) >= 2
            and not is_container(s.title, year)
            and not is_day(s.title, year)
            and not any(kind_label_only(k.title) or talk_title(k.title, year) for k in same)
        ):
            forms += 1
    return forms >= 3 and forms * 2 > len(holders)


def _part_heading(title: str) -> bool:
    """A heading that names a part of a talk's notes (``Summary``, ``Speaker``,
    ``Referent``, ``登壇者``): the names under it are that talk's, it is no talk."""
    return is_generic(title) or part_key(title) in SPEAKER_KEYS


def part_key(title: str) -> str:
    """A part heading's words, to compare it with the parts of other talks."""
    return strip_markdown_inline(title).strip(" :：").casefold()


def one_template(sections: list[Section]) -> bool:
    """Headings whose sub-headings repeat the same parts (``Abstract``, ``Notes``,
    ``Links`` under each): records filled in from one template, so each is an item of
    its own (a talk), not a part of one."""
    parts = [
        {strip_markdown_inline(c.title).strip().casefold() for c in s.children}
        for s in sections[:50]
        if len(s.children) >= 2
    ]
    return len(parts) >= 2 and len(set.intersection(*parts)) >= 2


_PART_LABEL_RE = re.compile(r"^([^:：]{1,40})[:：]\s{0,10}(\S.{0,120})$")
"""``Lab: Step 4``, ``Landing Zone: Missteps``: a sub-heading's label and what follows it."""
_NUMBER_RE = re.compile(r"\d{1,4}")
"""The number of a numbered label (``Section 2``): labels alike but for it are one."""


def parts_of_one_talk(section: Section, year: int | None) -> bool:
    """A heading over sub-headings that are the parts of one talk's notes, not talks of
    their own: a heading that names no day, nor a session or a kind of sessions alone or
    first (``Lightning talks``, ``Session 3: Vision``), over sub-headings that name no
    speaker, hour, session or talk label, most of which read as a note-taker's parts
    (``Setup``, ``Notes:``, ``What is X?``) or repeat a label or a suffix among
    themselves (``Lab: Step 4``/``Lab: Step 5``, ``Zone``/``Zone: Missteps``/``Scale:
    Missteps``). The notes of a workshop or a talk written in sections, in a file that
    also holds groups of talks ("## Lightning talks" over "### Talk 3: Title")."""
    kids = section.children
    title = strip_markdown_inline(section.title).strip()
    grouped = SESSION_RE.search(title)
    if (
        not kids
        or len(kids) > 60
        or (grouped and (grouped.start() == 0 or not _words_besides_kinds(title)))
        or is_day(title, year)
        or is_generic(title)
        or kind_of(title) in ("break", "social")
    ):
        return False
    below = [s for k in kids for s in k.walk()][:200]
    for s in below:
        text = strip_markdown_inline(s.title).strip()
        if (
            leading_clock(text)[0] is not None
            or read_heading(s.title, year).speakers
            or TALK_LABEL_RE.match(text)
            or SESSION_RE.search(text)
            or (kind_of(text) != "talk" and not text.endswith((":", "：")))
        ):
            return False  # a session's talk, or a kind's ("Demos to see:" is a part)
    titles = [strip_markdown_inline(k.title).strip().casefold() for k in kids]
    split = [_PART_LABEL_RE.match(t) for t in titles]
    labels = Counter(_NUMBER_RE.sub("#", m.group(1).strip()) for m in split if m)
    tails = Counter(m.group(2).strip(" .") for m in split if m)
    parts = sum(
        bool(
            is_generic(t)
            or t.endswith((":", "：", "?", "？"))
            or (
                m
                and (
                    labels[_NUMBER_RE.sub("#", m.group(1).strip())] >= 2
                    or tails[m.group(2).strip(" .")] >= 2
                )
            )
            or (not m and labels[t.strip(" .")] >= 1)
        )
        for t, m in zip(titles, split, strict=True)
    )
    return parts * 2 > len(kids)


_RUNNING_LABEL_RE = re.compile(
    r"(?P<label>[^\W\d_][^\d:：\n]{0,20}?)[ \t]?#?(?P<n>\d{1,3})[ \t]?[:：.)–—-]"
    r"[ \t]*(?P<rest>\S.*)"
)
"""``Topic 3: Title``, ``议题 3：Title``: a label and a number before a title."""


def running_label(titles: list[str]) -> str | None:
    """The label that most of a level's headings open on with a number that counts up
    heading after heading (``Topic 1: …``, ``Topic 2: …``; ``议题 1：…``): the writer's
    numbering of the talks, not part of their titles (casefolded); None when no label runs
    so (``Python 3: …`` then ``Python 2: …`` are titles)."""
    found = [m for t in titles[:200] if (m := _RUNNING_LABEL_RE.fullmatch(t.strip()))]
    labels = Counter(m.group("label").strip().casefold() for m in found)
    if not labels:
        return None
    label, count = labels.most_common(1)[0]
    numbers = [int(m.group("n")) for m in found if m.group("label").strip().casefold() == label]
    counts_up = all(a < b for a, b in itertools.pairwise(numbers))
    return label if count >= 2 and count * 2 > min(len(titles), 200) and counts_up else None


def without_running_label(title: str, label: str) -> str:
    """``title`` without the running ``label`` and its number (see :func:`running_label`)."""
    m = _RUNNING_LABEL_RE.fullmatch(title.strip())
    if m is None or m.group("label").strip().casefold() != label:
        return title
    return m.group("rest").strip()


def signed_sub_headings(outline: Outline, section: Section) -> bool:
    """Most of a heading's sub-headings (two at least) open on a line naming their speaker
    (``### Topic 2: Title`` over ``Speaker: Name``, ``### Título`` over ``por Nombre``):
    they are talks, even when their labels repeat as a note's parts do."""
    kids = section.children[:200]
    signed = sum(1 for k in kids if speaker_under(outline, k))
    return signed >= 2 and signed * 2 > len(kids)


_NUMBERED_RE = re.compile(r"\s?#?\d{1,3}\s?[:：.)–-]")
"""``1:``, `` #2.``: the number after a talk's label (``Talk 1: Title``)."""


def numbered_talk(title: str) -> bool:
    """``Talk 3: Title``, ``Vortrag 2 - Titel``: a heading that says it is a talk by its
    label and its number among its siblings."""
    plain = strip_markdown_inline(title).strip()
    m = TALK_LABEL_RE.match(plain)
    return bool(m and _NUMBERED_RE.match(plain, m.end()))


def _words_besides_kinds(title: str) -> bool:
    """Words of a heading besides its session and kind words (``Anthos`` of ``Anthos
    Workshop``; none in ``Lightning talks``)."""
    rest = SESSION_RE.sub(" ", title)
    for _kind, pattern in KIND_WORDS:
        rest = pattern.sub(" ", rest)
    return any(len(w) > 2 and w.isalpha() for w in rest.split())


def _generic_children(section: Section) -> bool:
    """Most sub-headings are parts of one talk's notes (Summary, Questions)."""
    kids = section.children
    return bool(kids) and sum(is_generic(k.title) for k in kids) * 2 > len(kids)


def own_text(section: Section) -> bool:
    return any(b.text.strip() for b in section.blocks)


def time_heading_under(section: Section) -> tuple[Section, Clock] | None:
    """The heading right under ``section``'s that says only when (``### Title — Name``
    over ``#### 12 h 45 - 13 h 45``) and its hours: the talk's time set one level down,
    a part of its heading, never a talk or a slot of its own. Only the first sub-heading,
    with no text before it and no sub-heading of its own, and the only one saying a time
    (a day's ``### 9:00``, ``### 10:00`` are its slots)."""
    if not section.children or own_text(section) or section.children[0].children:
        return None
    clocks = [c for c in section.children[:8] if clock_alone(c.title) is not None]
    first = section.children[0]
    if clocks[:1] != [first] or len(clocks) > 1:
        return None
    clock = clock_alone(first.title)
    return (first, clock) if clock is not None else None


def named_twice(talks: list[ProgrammeTalk]) -> list[ProgrammeTalk]:
    """One talk for a talk a document names twice: its own table of contents (``- [Sat
    10:00 Title - Name](#sat-1000-title---name)``) and then its heading with the notes, or
    a summary list before the sections. The same title, the same speakers and no
    different day or time make the same talk; its words stay, in the order written."""
    kept: list[ProgrammeTalk] = []
    first: dict[tuple[str, frozenset[str], date | None], ProgrammeTalk] = {}
    for talk in talks:
        who = frozenset(title_key(p.name) for p in talk.speakers)
        day = talk.start.date() if talk.start else talk.day
        key = (title_key(talk.title), who, day)
        seen = first.get(key)
        if (
            seen is None
            or not who
            or not key[0]
            or (seen.start and talk.start and seen.start != talk.start)
        ):
            first.setdefault(key, talk)
            kept.append(talk)
            continue
        bodies = [b.rstrip("\n") for b in (seen.body, talk.body) if b.strip()]
        seen.body = "\n\n".join(bodies) + "\n" if bodies else seen.body
        seen.start, seen.end = seen.start or talk.start, seen.end or talk.end
        seen.links += [x for x in talk.links if x.url not in {y.url for y in seen.links}]
        seen.tags += [x for x in talk.tags if x not in seen.tags]
    return kept


ROLE_PART_EVIDENCE = "a part under the title, headed by the speaker's role, names them"
"""What the one-talk reading says when :func:`role_part_speakers` found the speaker."""


def role_part_speakers(outline: Outline, title: Section) -> list[ProgrammePerson]:
    """The speakers a part headed by their role names (``## Author``, ``# Ponente``) when
    it is the first heading after the note's title and the only such heading of the
    note: its first line of text is one person, a description after a dash or comma
    allowed (``**Ana Ruiz** - Staff Engineer``). A person's notes on one talk write who
    gave it so; a programme heads every talk's speaker so, and is never read here."""
    parts = outline.sections()
    role_parts = [s for s in parts[:400] if _names_a_role(s.title)]
    after = [s for s in parts if s.line > title.line]
    if len(role_parts) != 1 or not after or after[0] is not role_parts[0]:
        return []
    part = after[0]
    first = next(
        (x for x in outline.lines[part.heading_last + 1 : part.heading_last + 6] if x.strip()),
        "",
    )
    plain = strip_markdown_inline(first).strip(" *_")
    if not plain or len(plain) > 160 or plain.startswith(("#", "!", "[", "|", "<")):
        return []
    who = split_speakers(plain, single_ok=True) or name_then_description(plain)
    if len(who) != 1 or not is_person_name(who[0].name) or is_organisation(who[0].name):
        return []
    return who


def _names_a_role(title: str) -> bool:
    """A heading that is a speaker's role and nothing else (``Author``, ``Speaker:``)."""
    key = strip_markdown_inline(title).strip(" :*_")
    return 0 < len(key) <= 30 and roles_of(key) == {"speaker"}


BESIDE_WORDS = 14
"""Words a by-line standing beside a note's title may hold; more is a sentence of notes."""


def byline_beside(outline: Outline, title: Section) -> list[ProgrammePerson]:
    """The speakers a one-talk note names in a short by-line standing apart from its
    title: the note's one line above the title (``talk by [@ana](…)`` then ``# Title``),
    or its closing line (``Talk given by Ana Ruiz``, after the notes); [] otherwise.
    Only the document's first heading has such a line, and a closing line only where no
    later heading says a talk of its own (the last talk's by-line, then). Read once per
    document (the shape detection asks, then the reader): each caller gets its own copy."""
    key = ("byline_beside", title.line)
    if key not in outline.answers:
        outline.answers[key] = _byline_beside(outline, title)
    return copy.deepcopy(outline.answers[key])


def _byline_beside(outline: Outline, title: Section) -> list[ProgrammePerson]:
    if title.line != next((s.line for s in outline.sections()), -1):
        return []
    above = [n for n in range(outline.front_last + 1, title.line) if outline.lines[n].strip()]
    candidates = above[:1] if len(above) == 1 else []
    last = next(
        (
            n
            for n in range(len(outline.lines) - 1, title.heading_last, -1)
            if outline.lines[n].strip()
        ),
        -1,
    )
    if (
        last > title.heading_last + 1
        and not outline.lines[last - 1].strip()
        and not _parts_say_talks(outline, title)
    ):
        candidates.append(last)
    # notes of an event parted under its title ("# Harbour Conf notes", "# … 2025 후기"):
    # a line closing them names the last part's speaker, not the note's
    plain_title = strip_markdown_inline(title.title)
    event_notes = len(title.children) >= 2 and (
        ends_in_notes_words(plain_title) or find_year(plain_title) is not None
    )
    for n in candidates:
        line = outline.lines[n]
        if LIST_MARK_RE.match(line) or line.lstrip().startswith(("#", ">", "|", "<")):
            continue
        plain = strip_markdown_inline(line).strip()
        if not plain or len(plain.split()) > BESIDE_WORDS:
            continue
        by = BY_LINE_RE.match(plain)
        said = strip_markdown_inline(by.group("who")).strip(" *_.") if by else ""
        who = split_speakers(said) if said else []
        if not who and (n != last or not event_notes):
            who = prose_speakers(line)
        if who:
            return who
    return []


def _parts_say_talks(outline: Outline, title: Section) -> bool:
    """Whether a heading after the title says a talk's fact (a speaker in it or under
    it, a time): notes of several talks, whose closing line is the last talk's."""
    headings = headings_of(outline)
    return any(
        s is not title
        and (
            _says_talk(s.title, None)
            or speaker_under(outline, s)
            or names_line(outline, s, headings)
        )
        for s in outline.sections()[:200]
    )
