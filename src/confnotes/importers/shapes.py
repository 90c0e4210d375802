"""What a section tree means: the *shape* step of reading people's notes and posts.

:mod:`confnotes.importers.structure` says where things are; this module
weighs explanations of the whole document against each other and keeps the
best, with the evidence for it:

- ``sections``: one section per talk. The heading level that repeats with
  text under it is the talk level; levels above it are days or sessions
  (a date in any heading applies to what follows it);
- ``bold``: the same with bold lines (``**Talk title**``) instead of headings;
- ``talk``: the whole document is about one talk (its sub-headings are
  "Notes", "Questions"...);
- ``single``: nothing convincing; one note holds the whole text, titled from
  the first heading, with no people, and a ``note:`` says so.

Whatever the shape, every line that is not metadata (a ``Speaker:`` line that
was understood, a date line) ends up in some note's body: a day's or
session's own text becomes a note of its own, named after its heading.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from confnotes.importers.document_names import (
    first_line_of,
    opening_words,
    opens,
    says_the_name,
    stem_name,
    stem_title,
)
from confnotes.importers.headings import (
    DASHES_RE,
    ITEM_LINE_RE,
    PEOPLE_PAGE_RE,
    HeadingTalk,
    Understanding,
    affiliation_column,
    card_fields,
    conference_name,
    front_left,
    is_container,
    kind_and_name,
    read_heading,
    title_name,
)
from confnotes.importers.identity import title_key
from confnotes.importers.kinds import kind_of
from confnotes.importers.page import kinds_of_a_lightning_event, section_kind
from confnotes.importers.pagerecords import generic_page_name
from confnotes.importers.persons import (
    ends_on_event_kind,
    is_organisation,
    is_person_name,
    kinds_of_event_pattern,
    parse_one,
    split_speakers,
)
from confnotes.importers.preamble_day import preamble_day, timed_rows
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
)
from confnotes.importers.schedule_util import zone
from confnotes.importers.section_reader import EVENT_START_KEYS, ShapeReader
from confnotes.importers.structure import (
    Outline,
    Section,
    front_tags,
)
from confnotes.importers.talk_levels import (
    ROLE_PART_EVIDENCE,
    BulletTalk,
    Lead,
    bullet_talks,
    byline_beside,
    headings_of,
    leads,
    list_talks,
    meta_table_under,
    named_twice,
    one_template,
    pages_beside,
    role_part_speakers,
    speaker_under,
    table_of_talks,
    talk_level,
    talk_title,
    talk_under,
)
from confnotes.importers.textutil import (
    BY_WORD_SET,
    find_timezone,
    strip_markdown_inline,
)
from confnotes.importers.when import (
    find_date,
    find_year,
)


def _opening_holder(outline: Outline, p: Programme) -> Section | None:
    """The one heading that opens a document and holds all of it, read as a section whose
    own paragraphs or items gave the talks (``# Spring Data Meetup 2031`` over an
    introduction and ``Title - Name`` paragraphs): it names the event, as a title heading
    over sub-headings would. None when another heading stands beside it, when it is no
    container of talks (its own note names a speaker or a time) or when fewer than two
    talks lie under it."""
    tops = outline.root.children
    if len(tops) != 1 or tops[0].level != 1 or tops[0].children:
        return None
    top = tops[0]
    own = [t for t in p.talks if title_key(t.title) == title_key(strip_markdown_inline(top.title))]
    others = [t for t in p.talks if t not in own]
    if len(own) != 1 or own[0].speakers or own[0].start or len(others) < 2:
        return None
    return top


def understand(outline: Outline, source: str, fmt: str, force: str | None = None) -> Understanding:
    """Score the shapes and build the programme of the best one (or of ``force``, one of
    ``sections``, ``bold``, ``table``, ``mix``, ``talk``, ``people``, ``single``, when the
    document has that shape at all)."""
    reader = ShapeReader(outline, source, fmt)
    doc_title, level, evidence = talk_level(outline, reader.year)
    front = outline.front
    # a key holding a mapping or a list (``event: {speaker: …, location: …}``) is data
    # about the event, never its name
    name = next(
        (str(v).strip() for k in ("event", "conference") if isinstance(v := front.get(k), str)),
        "",
    )
    sections = outline.sections()
    talk_sections = [s for s in sections if level is not None and s.level == level]
    scores = {"single": 0.2}
    if level is not None and talk_sections:
        scores["sections"] = 0.5 + min(0.4, 0.1 * len(talk_sections))
        if len(talk_sections) == 1 and doc_title is None:
            scores["sections"] = 0.3
    if (
        "sections" in scores
        and doc_title is not None
        and read_heading(doc_title.title, reader.year).speakers
        and not any(
            talk_title(s.title, reader.year) or speaker_under(outline, s)
            for s in talk_sections[:200]
        )
    ):
        # "# Opening Keynote - Ana Ruiz" over "## Books she mentioned": a title that names
        # its own speaker is one talk's, and its parts (lists of links and names among them)
        # are its notes, not a programme of other talks
        del scores["sections"]
        evidence.append("the title names its speaker: the headings below are its parts")
    tops = outline.root.children
    owner = tops[0] if len(tops) == 1 and not tops[0].children else None
    if owner is None and not sections:
        owner = outline.root
    if owner is None and not (
        doc_title is not None and read_heading(doc_title.title, reader.year).speakers
    ):
        # the one section whose bold paragraphs start talks (``## Details`` over ``**Talk
        # 1: …**`` paragraphs, the event's date and venue above): it holds the talks; not
        # under a title naming its own speaker (one talk's notes, a reading list in them)
        # (never one under the talks' headings when they name their speakers under them:
        # the bold lines there are a talk's notes, a prize-giving's places, its points)
        spoken = sum(1 for t in talk_sections[:200] if speaker_under(outline, t)) >= 2
        parts = {id(x) for t in talk_sections if spoken for x in t.walk()}
        leading = [
            x
            for x in sections[:200]
            if not x.children and id(x) not in parts and _bold_leads(outline, x) >= 2
        ]
        owner = leading[0] if len(leading) == 1 else None
    bolds = leads(outline, owner) if owner is not None else []
    if len(bolds) >= 2:
        scores["bold"] = 0.45 + min(0.4, 0.1 * len(bolds))
    table = table_of_talks(owner) if owner is not None else None
    if table is not None:
        scores["table"] = 0.5 + min(0.4, 0.1 * (len(table.items) - 1))
    mixed = doc_title if doc_title is not None else outline.root
    mix_table = table_of_talks(mixed) if table is None and mixed.children else None
    if mix_table is not None:
        scores["mix"] = 0.9  # a table of talks, then notes under headings
    if doc_title is not None or front.get("title") or len(sections) <= 1:
        scores["talk"] = 0.4 if sections or front.get("title") else 0.25
    if (
        doc_title is not None
        and (said := talk_under(outline, doc_title))
        and not pages_beside(outline, doc_title, talk_sections)
    ):
        scores["talk"] = 0.95  # "# Title" then "Speaker: Name": the file is about one talk
        evidence.append(said)
    elif doc_title is not None and talk_title(doc_title.title, reader.year):
        scores["talk"] = 0.95  # "# Invited talk: Name — Title": its sub-headings are parts
        evidence.append("the title names a speaker or a kind of talk")
    elif doc_title is not None and byline_beside(outline, doc_title):
        scores["talk"] = 0.95  # "talk by Ana Ruiz" over "# Title", or closing the notes
        evidence.append("a by-line beside the title names its speaker")
    elif doc_title is not None and meta_table_under(outline, doc_title):
        scores["talk"] = 0.95
        evidence.append("the title is followed by a one-row table of its facts")
    if doc_title is not None and role_part_speakers(outline, doc_title):
        scores["talk"] = 0.95  # "# Title" then "## Author" over a name: one talk's notes
        evidence.append(ROLE_PART_EVIDENCE)
    heading_lines = (
        headings_of(outline) if doc_title is None and len(talk_sections) >= 2 else frozenset()
    )
    untitled = (
        doc_title is None
        and not front.get("title")
        and len(talk_sections) >= 2
        and all(s.level == talk_sections[0].level for s in outline.root.children)
        and not any(
            talk_title(s.title, reader.year)
            or is_container(s.title, reader.year)
            or talk_under(outline, s, heading_lines)
            for s in talk_sections[:200]  # a sample is evidence enough
        )
        and not one_template(talk_sections)
    )
    if untitled and "sections" in scores:
        # no title heading, and no heading names a speaker, a time, a kind or a day: a
        # note tool's file whose name is its title ("Is AI sustainable?.md") is offered as
        # one talk; whether its headings are its parts or talks is the ranking's to say
        # (readings.one_talk_unless_proven: a file named for a day or several talks is
        # notes of several)
        scores["talk"] = scores["sections"] - 0.05
        evidence.append(
            "no heading names a speaker, time or kind: the file's name may be its title"
        )
    named, people_page = _people_headings(sections, talk_sections, level)
    if people_page:
        scores["people"] = scores.get("sections", 0.5) + 0.05  # headings are people's names
    bullets, bullet_score, said_bullets = _talks_in_lists(outline, talk_sections, bolds)
    if bullets:
        scores["bullets"] = bullet_score
        evidence.append(said_bullets)
    shape = force if force in scores else max(scores, key=lambda k: scores[k])
    p = reader.p
    if shape == "bullets":
        # the one heading over the list, when it names the event: its name
        over = doc_title if doc_title is not None else (tops[0] if len(tops) == 1 else None)
        # the document's own title names it even without a year ("# Palestras anteriores")
        by_title = (
            over is not None
            and over.line >= 0
            and (bool(find_year(over.title)) or (over is doc_title and over.level == 1))
        )
        reader.bullets(bullets, over.line if by_title and over is not None else -1)
        if by_title and over is not None:
            p.name = p.name or title_name(over.title, reader.year)  # "# Harbour.js 2031"
    elif shape == "people":
        evidence.append(f"{len(named)} of {len(talk_sections)} talk-level headings are names")
        reader.people_page(named)
        if doc_title is not None and not section_kind(doc_title.title):
            p.name = p.name or title_name(doc_title.title, reader.year)
    elif shape == "sections":
        reader.sections(doc_title, level or 1)
        if (
            talk_sections
            and not any(t.start or t.day or t.clock for t in p.talks)
            and not timed_rows(outline.lines, talk_sections[0].line)
        ):
            # "Went to X on 18 May 2031." over the talks' headings: their day (notes
            # with no hour; a programme's hours are its timetable's to date)
            opening_at = (
                doc_title.heading_last + 1 if doc_title is not None else outline.front_last + 1
            )
            if day := preamble_day(outline.lines, opening_at, talk_sections[0].line, reader.year):
                evidence.append("the opening names the one day of the talks")
                for talk in p.talks:
                    talk.day = day
        holder = doc_title if doc_title is not None else _opening_holder(outline, p)
        if holder is not None and not (
            front.get("title") and generic_page_name(strip_markdown_inline(holder.title))
        ):  # "## Sessions" under a titled post's front matter: a part of it, no name
            p.name = p.name or title_name(holder.title, reader.year)
    elif shape == "mix" and mix_table is not None:
        evidence.append(f"a table of {len(mix_table.items) - 1} talks with notes under headings")
        reader.mix(mixed, mix_table)
        if mixed.line >= 0:
            p.name = p.name or title_name(mixed.title, reader.year)
    elif shape == "table" and owner is not None and table is not None:
        evidence.append(f"a table of {len(table.items) - 1} talks")
        reader.table(owner, table)
        if owner.line >= 0:
            p.name = p.name or title_name(owner.title, reader.year)
    elif shape == "bold" and owner is not None:
        evidence.append(f"{len(bolds)} bold or 'Speaker - Title' lines start talks")
        reader.bold(owner)
        # the document's title names the event, not the part holding its talks
        named_by = doc_title if doc_title is not None and owner not in tops else owner
        if named_by.line >= 0:
            p.name = p.name or title_name(named_by.title, reader.year)
    elif shape == "talk" and untitled:
        # the file's name is its title, its headings are its parts; a heading that opens
        # the file and says what its name says is that title, written out
        opening = sections[0] if sections and opens(outline, sections[0]) else None
        titled = opening is not None and says_the_name(opening.title, source)
        reader.one_talk(opening if titled else None)
    elif shape == "talk" and not reader.one_talk(
        doc_title if doc_title is not None else (sections[0] if sections else None)
    ):
        shape = "single"
    if shape == "single":
        _one_note(reader, outline, sections, source)
    p.talks = named_twice(p.talks)
    _kinds_of_sessions(p)
    affiliation_column(p.talks)
    _name_the_event(p, reader.year, name, shape, doc_title, front, source)
    p.description = str(front.get("description") or "")[:2000]
    _kind_of_event(p, [s.title for s in outline.sections()])
    front_left(front, p)
    p.location = p.location or str(front.get("location") or "")
    _dates_and_zone(p, front, sections)
    return Understanding(shape, evidence, p, scores)


def _people_headings(
    sections: list[Section], talk_sections: list[Section], level: int | None
) -> tuple[list[Section], bool]:
    """The talk-level headings that name people, and whether the page is one of people."""
    named = [
        s
        for s in talk_sections
        if split_speakers(strip_markdown_inline(s.title)) or kind_and_name(s.title)
    ]
    page_heads = " ".join(x.title for x in sections if x.level < (level or 0))
    # a person's card: a heading that is a name (a first name alone too) over fields
    # giving their talk's title ("### Talk Title" / "Self-Assessment …")
    carded = [
        s
        for s in talk_sections[:200]
        if card_fields(s).get("title")
        and split_speakers(strip_markdown_inline(s.title), single_ok=True)
    ]
    if len(carded) >= 2 and len(carded) * 2 >= len(talk_sections):
        named = [s for s in talk_sections if s in named or s in carded]
    people_page = bool(
        talk_sections
        and len(named) * 3 >= len(talk_sections) * 2
        and len(named) >= 2
        and (PEOPLE_PAGE_RE.search(page_heads) or len(carded) * 2 >= len(talk_sections) >= 2)
    )
    return named, people_page


def _talks_in_lists(
    outline: Outline, talk_sections: list[Section], bolds: list[Lead]
) -> tuple[list[BulletTalk], float, str]:
    """Bullets or list items that are talks, their shape's score and the evidence."""
    bullets = bullet_talks(outline)
    if bullets:
        # outline bullets with a speaker's or a time's property
        return bullets, 0.9, f"{len(bullets)} outline bullets carry a talk's properties"
    elif (
        (listed := list_talks(outline))
        and len(listed)
        > len([s for s in talk_sections if not any(s.line < b.first <= s.end for b in listed)])
        and len(listed) >= len([b for b in bolds if ITEM_LINE_RE.match(outline.lines[b.line])])
    ):
        # "- [Title, Name](video)" or "* <q>Title</q> by Name", one item a talk: the list
        # holds the talks, the headings above its items (days, topics) only group them;
        # items whose bold leads start more talks than the list's reading found are read
        # as those leads (two items of six read as talks do not make a list of talks)
        # above headings that only group them
        return listed, 0.95, f"{len(listed)} list items each name a talk and its speaker"
    return [], 0.0, ""


def _one_note(reader: ShapeReader, outline: Outline, sections: list[Section], source: str) -> None:
    """No talks, days or speakers recognised: the whole text is one note, titled."""
    p, front = reader.p, outline.front
    p.talks.clear()
    reader.consumed.clear()
    top = opening_words(outline)
    # the first heading is the note's title when it opens the note and stands over
    # the rest (no sibling heading at its level) or says what the file's name says; a
    # heading after the first lines ("Coinbase talk" then "### Key insights"), or the
    # first of a run of parts ("## Setup", "## Demo") is one of its parts
    first = next((s for s in sections if s.line == top), None)
    if (
        first is not None
        and not says_the_name(first.title, source)
        and sum(1 for s in sections if s.level == first.level) > 1
    ):
        first = None
    stem = stem_title(Path(source).stem)
    by_name = " " in stem and not find_date(stem, reader.year or 2000)[0]
    signed = None if front.get("title") or first else _title_then_name(outline)
    # a note tool names a note by its file ("UserDefault, a wolf in sheep's clothing.md"):
    # that name is its title rather than the first line of the notes
    title = str(
        front.get("title")
        or (first.title if first else "")
        or (signed[0] if signed else "")
        or (opened.label if not first and (opened := reader.opening_link()) else "")
        or (stem if by_name else first_line_of(outline))
    )
    title = title or stem or Path(source).stem
    body, b0, b1 = reader._body(outline.front_last + 1, len(outline.lines) - 1)
    reader._add(HeadingTalk(title=strip_markdown_inline(title)), body, b0, b1, [])
    for talk in p.talks:
        talk.speakers = list(signed[1]) if signed else []
    if signed is None:
        p.warnings.append("no talks, days or speakers were recognised: the whole text is one note")


def _name_the_event(
    p: Programme,
    year: int | None,
    name: str,
    shape: str,
    doc_title: Section | None,
    front: dict[str, Any],
    source: str,
) -> None:
    """The event's name from the front matter, else the file's: a post names its event."""
    said = str(front.get("title") or "")
    if not (name or p.name) and shape not in ("talk", "single") and conference_name(said) != said:
        p.name = conference_name(said)  # "EMOCON S/S 2017 후기": notes of an event, titled
    elif (
        not (name or p.name)
        and shape not in ("talk", "single")
        and (
            doc_title is None
            or section_kind(strip_markdown_inline(doc_title.title))
            or generic_page_name(strip_markdown_inline(doc_title.title))  # "## Sessions"
            or _event_front(front)  # an event's own page: its title, over any heading's
        )
    ):
        # the front matter's title is the title a heading would have been (or one naming
        # a part of the page, "# Invited speakers", would not say): the event it names
        # with its year, its day left out ("DockerCon EU 2017: day one")
        from_front = title_name(said, year)
        p.name = from_front if find_year(from_front) or _event_front(front) else ""
    if not (name or p.name):
        p.name = _tagged_event(front, year, said)
    if not (name or p.name) and shape not in ("talk", "single"):
        # a post of one talk is titled by that talk ("Kelp Days 2031: my notes on 'Slow
        # Tests'"): its title names no event, and the file's name stays
        p.name = front_named(front, source, year)
    if not (name or p.name) and shape not in ("talk", "single"):
        # "HTML5オールスターズ勉強会": a title ending on a kind of event names it, yearless,
        # unless the file's name gives the year the title lacks ("lakeside-rust-2031.md")
        from_front = title_name(said, year)
        yearless_file = not find_year(stem_name(source))
        p.name = from_front if ends_on_event_kind(from_front) and yearless_file else ""
    if not (name or p.name):
        p.name_from = "file name"
    p.name = name or p.name or stem_name(source)


def _dates_and_zone(p: Programme, front: dict[str, Any], sections: list[Section]) -> None:
    """First and last day from the talks, the zone from front matter or headings."""
    days = [t.day for t in p.talks if t.day] + [d for d in (p.start, p.end) if d]
    if days:
        p.start, p.end = min(days), max(days)
    declared = str(front.get("timezone") or front.get("time_zone") or "")
    p.timezone = (declared if zone(declared) else None) or (
        find_timezone(" ".join(s.title for s in sections[:50])) if sections else None
    )


_TALKS_KINDS = frozenset({"keynote", "poster", "spotlight", "oral", "demo"})
"""Kinds a session's heading gives the talks under it (``Posters``, ``Keynotes``)."""


FRONT_NAME_KEYS = ("conference", "event", "title")
"""Front-matter keys that name what a post is about, the event's own first."""

_NAMES_AN_EVENT_RE = re.compile(
    rf"\b(?:{kinds_of_event_pattern()})s?\b|(?-i:\bLT\b)|\blightning\s+talks?\b"
    r"|(?-i:[a-z](?:Con|Camp))\b|\w(?:conf|camp)\b|#\s?\d{1,4}\b",
    re.I,
)
"""What makes a post's ``title:`` an event's name without a year: an event's kind
(``Lakeside Rust Meetup``, ``Kelp Days``), a lightning-talk night (``Hill LT``), a name
made with one (``PyCon``, ``Loopconf``) or an edition's number (``Hack Night #5``)."""


def front_named(front: dict[str, object], source: str, year: int | None) -> str:
    """The name a post's front matter gives (its ``conference:``, ``event:`` or
    ``title:``, the notes words and the day left out) where neither a heading nor a tag
    named the event: the writer's own words say more than a file name (``n01.md``,
    ``index.md``). A ``title:`` is a page's own title, so it names the event only when it
    holds a year, an edition's number or an event's word (``Reading list`` names none).
    "" when the front names nothing or only a page (``Zeitplan``), when the value is no
    text (``event: {host: …}``), or when the file's name holds a year the front's name
    lacks (``pycon-2031.md`` titled "My evening"): then the file says more."""
    # a mapping or a list ("event: {host: Quay}") is no name: the next key's text may be
    key = next((k for k in FRONT_NAME_KEYS if isinstance(front.get(k), str) and front[k]), "")
    said = str(front[key]).strip() if key else ""
    if not said or len(said) > 300:
        return ""
    named = conference_name(title_name(said, year)).strip()
    if generic_page_name(named) or (find_year(stem_name(source)) and not find_year(named)):
        return ""  # "Zeitplan", "Programme": a page's word, no event's name
    if key == "title" and not (find_year(named) or _NAMES_AN_EVENT_RE.search(named)):
        return ""  # "Reading list", "My notes": the page's title, no event's
    return named


def _event_front(front: dict[str, object]) -> bool:
    """Whether the front matter says when an event starts (``dtstart: 2031-10-05T16:00``):
    then its title names that event even without a year (``Hill LT #5``)."""
    return any(front.get(key) for key in EVENT_START_KEYS)


def _tagged_event(front: dict[str, object], year: int | None, title: str = "") -> str:
    """The event a post's front matter names among its categories or tags
    (``categories: [DataConf 2019]``): the one such value that is a name with the year of
    the notes, where no title or heading named it; else the one tag the post's title
    opens with before a dash or a colon when the rest names its speaker (``title: NordJS
    - Grids by Ana Ruiz`` tagged ``NordJS``: the event said first, as its tag says it).
    "" when none or several do."""
    named = [
        tag
        for tag in front_tags(front)
        if len(tag.split()) <= 5
        and re.search(r"[^\W\d_]{2}", tag)
        and (found := find_year(tag)) is not None
        and (year is None or found == year)
        and title_name(tag, year) == tag
    ]
    if len(named) == 1:
        return named[0]
    parts = DASHES_RE.split(strip_markdown_inline(title).strip(), maxsplit=1)
    lead, rest = (parts[0], parts[1]) if len(parts) == 2 else title.partition(":")[::2]
    said = rest.split()
    if not any(w.casefold() in BY_WORD_SET for w in said[:-1]):
        return ""  # "Kubernetes: lessons learned" tagged kubernetes: a topic, no event
    led = [t for t in front_tags(front) if lead.strip() and title_key(t) == title_key(lead)]
    return led[0] if len(led) == 1 else ""


def _kind_of_event(p: Programme, headings: list[str]) -> None:
    """An event named for lightning talks (``Hill LT #5``, ``Lightning Talk Night``), or
    one its post's own description calls a lightning-talk evening (``description: our
    second LT night``), holds lightning talks: its talks that say no kind of their own
    take that one, as a session's heading gives its talks theirs. A name read off the
    file's name says nothing of the kind; the page's ``headings`` may sort its talks."""
    if p.name_from != "file name" or kind_of(p.description[:300]) == "spotlight":
        kinds_of_a_lightning_event(p, headings)


def _kinds_of_sessions(p: Programme) -> None:
    """A talk that says no kind of its own takes its session's (its heading's level above
    it says ``Posters``): context by level, as a day heading gives its talks their day."""
    kinds = {s.key: s.kind for s in p.sessions if s.kind in _TALKS_KINDS}
    for talk in p.talks:
        if talk.kind == "talk" and talk.session in kinds:
            talk.kind = kinds[talk.session]


def speakers_of(text: str) -> list[ProgrammePerson]:
    """Speakers of a line such as ``by A and B`` (a convenience for other readers)."""
    text = re.sub(r"^\s*by\s+", "", text, flags=re.I)
    who = split_speakers(text)
    if who:
        return who
    one = parse_one(text)
    return [one] if one is not None and is_person_name(one.name) else []


_MARKED_LINE_RE = re.compile(r"^\s{0,12}(?:#|>|[-*+•]\s|\d{1,3}[.)]\s|\||<)")


def _title_then_name(outline: Outline) -> tuple[str, list[ProgrammePerson]] | None:
    """A note that opens with its talk's title on one line and who gives it on the next
    (``DevOps beyond the buzzwords`` / ``Mark Heckler``, no blank line between, notes
    after): that title and those people; None for any other opening."""
    top = opening_words(outline)
    if not 0 <= top < len(outline.lines) - 1:
        return None
    lines = outline.lines[top], outline.lines[top + 1]
    if any(_MARKED_LINE_RE.match(line) for line in lines):
        return None  # a heading, a list's item, a quote: not a plain title and its by-line
    title = strip_markdown_inline(lines[0]).strip(" *_")
    named = strip_markdown_inline(lines[1]).strip(" *_")
    if not title or not named or len(title) > 150 or len(named) > 80 or split_speakers(title):
        return None
    who = split_speakers(named, single_ok=True)
    if not who or not all(is_person_name(p.name) and not is_organisation(p.name) for p in who):
        return None
    return title, who


def _bold_leads(outline: Outline, section: Section) -> int:
    """How many of a section's talk leads are bold paragraphs (not list items)."""
    bold = {b.first for b in section.blocks if b.kind == "paragraph" and b.bold}
    return sum(1 for lead in leads(outline, section) if lead.line in bold)
