"""Several shapes in one document, read section by section.

A page is often composed of parts that each have their own shape: a timetable, then a
speakers section, then an about text; or a table of the day's talks followed by one
section of notes per talk. Read whole, any single shape explains one part and drops or
misreads the others. Here the document is cut at its repeating top heading level; the
best reading of the whole keeps the parts it explains (it knows the document's day and
year); every part it leaves out is read on its own (with the preamble above it, so a
timetable knows its day) by whatever reading explains that part best, and folded in: a
talk that two parts name (a timetable's row and its notes section) is one talk with the
facts of both. In a person's notes, a part whose lines no reading keeps becomes a note
of its own, so no line is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from confnotes.importers import doctree, structure
from confnotes.importers.entries import clock_alone, leading_clock
from confnotes.importers.identity import title_key
from confnotes.importers.page_day import date_undated
from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.when import find_date, find_year, nth_day

_WORD_RE = re.compile(r"[^\W_]{2,}")
MAX_PARTS = 12
"""More top-level sections than this: a document of many like sections, not a composed one."""
PART_SHAPES = ("timetable", "page", "speakers", "sections", "index", "day-notes")
"""Readings a part may take: those that find records in it (one talk or one note of the
part is what :func:`_own_note` gives anyway, without the document's title)."""


def parts(text: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    """``(title, preamble, [(heading, part text)])``: the document cut at the shallowest
    heading level that repeats, or None when it does not cut into 2 to 12 parts or
    carries front matter (a post's keys speak for the whole)."""
    if doctree.looks_like_html_page(text):
        return None  # an HTML page's lines are not its parts (the page reader reads it)
    outline = structure.read(text)
    if outline.front_kind:
        return None
    sections = outline.sections()
    level = next(
        (
            lv
            for lv in sorted({s.level for s in sections})
            if sum(s.level == lv for s in sections) >= 2
        ),
        None,
    )
    if level is None:
        return None
    cut = [s for s in sections if s.level == level]
    if not 2 <= len(cut) <= MAX_PARTS:
        return None
    above = [s for s in sections if s.level < level]
    if len(above) > 1 or (above and above[0].line > cut[0].line):
        return None  # parts under several titles: not one composed page
    preamble_last = cut[0].line - 1
    preamble = outline.text(0, preamble_last).strip("\n")
    below_title = outline.lines[(above[0].heading_last + 1 if above else 0) : preamble_last + 1]
    out: list[tuple[str, str]] = []
    if any(x.strip() for x in below_title):
        out.append(("", outline.text(0, preamble_last)))  # the preamble's own text: a part
    for n, section in enumerate(cut):
        last = cut[n + 1].line - 1 if n + 1 < len(cut) else len(outline.lines) - 1
        out.append((section.title, outline.text(section.line, last)))
    return (above[0].title if above else ""), preamble, out


def read(
    text: str,
    base: Programme,
    best: Callable[[str, str], tuple[str, Programme] | None],
    notes: bool = False,
) -> tuple[Programme, list[str]] | None:
    """The composed reading of ``text``: ``base`` (the best reading of the whole, which
    knows the document's context: its title, day, year) keeps the parts it explains or
    keeps; every other part is read by ``best`` (the shape and programme of the best
    reading of that part, among :data:`PART_SHAPES`, weighed on the part's own lines) and
    folded in, or kept as a note of its own; with the evidence (which shape read which
    part). None when the base leaves no part out. ``notes``: the document is a person's
    notes, so the lines of a part no reading keeps stay in a note of that part (a page's
    prose is not kept: it is not the user's text). ``base`` is changed."""
    cut = parts(text)
    if cut is None:
        return None
    name, preamble, found = cut
    lead = preamble or _opening_heading(text, found)
    evidence: list[str] = []
    for n, (heading, part) in enumerate(found):
        own_title = not heading  # the preamble holds the title itself
        dropped = _uncovered(part, base, skip_first=not own_title)
        own = part if own_title else part.split("\n", 1)[-1]
        alone = own_title or not lead or (n == 0 and not preamble)  # the lead is its own
        alone = alone or (not preamble and not _yearless_day(heading))
        context = part if alone else f"{lead}\n\n{part}"
        cited = notes and not dropped and not own_title and _in_one_talk(own, base)
        if cited and _clock_led_lines(own) < TIMED_ROWS:
            continue  # a talk's own notes: the names and titles in them are what it cites
        reading = best(context, own)  # after the cheap test: a part's reading is dear
        if cited and (reading is None or not _timed_talks(reading[1])):
            continue
        news = (
            reading is not None
            and reading[0] in PART_SHAPES
            and has_records(reading[1])
            and _news(reading[1], base)
        )
        keep = notes and dropped  # a person's notes: every line stays in some note
        if reading is not None and news:
            shape, programme = reading
            _drop_preamble(programme, lead)
            if (day := _one_day(base)) is not None:
                # the timetable the one talk's day held; a part's undated times, on the
                # one day the whole page names ("24 de Agosto" in its opening words)
                date_undated(programme, day)
            if heading:
                _demote_heading_talk(heading, programme, base)
            if keep and not any(t.body.strip() for t in programme.talks):
                programme.talks.append(_own_note(heading, part).talks[0])
        elif keep:
            shape, programme = "note", _own_note(heading, part)
        else:
            continue  # the whole reading knows this part's facts (a page keeps no prose)
        evidence.append(f"{heading or 'top'}: {shape}")
        _fold(programme, base)
    if not evidence:
        return None
    _bios_folded(base)
    base.name = base.name or structure.strip_tags(name)
    return base, [
        f"parts the whole reading left out, read by their own shape ({'; '.join(evidence)})"
    ]


def _bios_folded(programme: Programme) -> None:
    """Sections titled by the name of someone the programme's talks are given by, with no
    time nor speaker of their own but another talk's title (``### Ana Ruiz`` and her bio
    under ``### Her talk`` and its abstract, a timetable above naming her as its
    speaker): her words, no talk.
    Each goes into the talk before it when she gives that one, else into her first talk."""
    titles = {title_key(t.title) for t in programme.talks}
    bare = {title_key(t.title) for t in programme.talks if not (t.speakers or t.start or t.clock)}
    givers: dict[str, ProgrammeTalk] = {}
    for talk in programme.talks:
        if title_key(talk.title) in bare:
            continue  # "Ana Ruiz" given by "Her Talk": a row read the wrong way round
        for person in talk.speakers:
            givers.setdefault(title_key(person.name), talk)
    kept: list[ProgrammeTalk] = []
    for talk in programme.talks:
        key = title_key(talk.title)
        # a "speaker" that is another talk's title: the heading above, misread as a name
        named = [p for p in talk.speakers if title_key(p.name) not in titles]
        if named or talk.start or talk.clock or key not in givers:
            kept.append(talk)
            continue
        if any(title_key(p.name) == title_key(givers[key].title) for p in talk.speakers):
            kept.append(talk)  # "Title" by "Ana Ruiz" beside "Ana Ruiz" by "Title": one
            continue  # row read both ways, no bio of hers
        last = kept[-1] if kept else None
        host = last if last and key in {title_key(p.name) for p in last.speakers} else None
        host = host or givers[key]
        words = "\n\n".join(x for x in (f"{talk.title}", talk.body.strip()) if x)
        host.body = f"{host.body.rstrip()}\n\n{words}".lstrip("\n")
    programme.talks[:] = kept


def _opening_heading(text: str, found: list[tuple[str, str]]) -> str:
    """The document's first line when it is the heading of its first part (no title
    above the parts): that heading names the event and often its year
    (``# 2019 fooconf notes`` then ``# May 9 - Day 2``), the context a later part's
    dates need, as a preamble gives it."""
    if not found or not found[0][0]:
        return ""
    first = text.lstrip("\n").split("\n", 1)[0]
    return first if first.lstrip().startswith("#") and find_year(first) else ""


def _yearless_day(heading: str) -> bool:
    """A part's heading that names a day without its year (``May 9 - Day 2``): the
    document's opening heading (``# 2019 fooconf notes``) says the year it needs."""
    plain = structure.strip_tags(heading)
    return find_year(plain) is None and find_date(plain, 2000)[0] is not None


def _demote_heading_talk(heading: str, part: Programme, base: Programme) -> None:
    """The whole reading's record for a part's own heading when it names a day or a
    year (``Day 2``, ``May 9 - Day 2``, ``2019 fooconf notes``) is no talk once the part
    is read as talks (two at least, with a time or a speaker): it becomes a note holding
    the lines of the part no talk of the part holds (none: it goes). A heading that names
    neither is a talk's own (``# Devsigners and Unicorns`` over ``### Better Processes``
    parts): it stays."""
    plain = structure.strip_tags(heading)
    if find_date(plain, 2000)[0] is None and not nth_day(plain) and find_year(plain) is None:
        return  # a day's or a dated event's heading only: one talk's own heading stays
    words = set(title_key(plain).split())
    held = {x.strip() for t in part.talks for x in t.body.split("\n") if x.strip()}
    if sum(bool(t.start or t.speakers) for t in part.talks) < 2 or not words:
        return  # one sub-heading with a name under it: the part is still that one talk
    for talk in list(base.talks):
        key = set(title_key(talk.title).split())
        if not key or not key <= words or talk.speakers:
            continue
        rest = [x for x in talk.body.split("\n") if x.strip() not in held]
        if not any(x.strip() for x in rest):
            base.talks.remove(talk)
            continue
        talk.kind, talk.start, talk.end = "other", None, None
        talk.body = "\n".join(rest).strip("\n") + "\n"


def has_records(programme: Programme) -> bool:
    """The reading found facts in the part: people, milestones, blocks of time, or talks
    with a time or a speaker (a heading with words under it is a note, not yet a talk; a
    heading that names only itself as its speaker is no talk either)."""
    return bool(
        programme.roles
        or programme.sessions
        or programme.dates
        or any(t.start or (t.speakers and not _self_named(t)) for t in programme.talks)
    )


def _self_named(talk: ProgrammeTalk) -> bool:
    return any(title_key(p.name) == title_key(talk.title) for p in talk.speakers)


def _news(programme: Programme | None, base: Programme) -> bool:
    """The part's reading knows a fact the whole reading does not: the speaker or time of
    a talk the whole names, a talk with a time, a person it does not know (a people list
    the whole already read as people is no talk because another reading says so)."""
    if programme is None:
        return False
    known = {title_key(t.title): t for t in base.talks}
    names = {title_key(r.person.name) for r in base.roles}
    names |= {title_key(p.name) for t in base.talks for p in t.speakers}
    for talk in programme.talks:
        have = known.get(title_key(talk.title))
        if have is not None and (
            (talk.speakers and not have.speakers) or (talk.start and not have.start)
        ):
            return True
        if have is None and (
            talk.start or any(title_key(p.name) not in names for p in talk.speakers)
        ):
            return True
    return any(title_key(r.person.name) not in names for r in programme.roles)


def _one_day(base: Programme) -> date | None:
    """The one day the whole reading found (the event's, or every talk's), else None."""
    days = {t.day or (t.start.date() if t.start else None) for t in base.talks} - {None}
    if base.start is not None and base.end in (None, base.start):
        days.add(base.start)
    return days.pop() if len(days) == 1 else None


TIMED_ROWS = 3
"""Talks, each with its time and its speaker, that make a part a timetable of its own."""


def _clock_led_lines(part: str) -> int:
    """The part's lines led by a time (``- 15:20 Title. *Name*``): the cheap test before
    a part a one-talk reading holds is read again."""
    return sum(1 for line in part.split("\n") if leading_clock(line)[0] is not None)


def _timed_talks(programme: Programme) -> bool:
    """The part's reading is a timetable: :data:`TIMED_ROWS` talks or more, each with a
    time and a speaker. A slide deck's programme slide, a day's schedule copied into
    notes: held in one talk's body, it is still the event's talks, not what one talk
    cites (a reading list names people, never at a time each)."""
    timed = [t for t in programme.talks if (t.start or t.clock) and t.speakers]
    return len(timed) >= TIMED_ROWS


def _own_note(heading: str, part: str) -> Programme:
    """A part no reading explains: one note holding its text, as written."""
    note = ProgrammeTalk(
        title=structure.strip_tags(heading) or "Notes",
        kind="other",
        body=part.strip("\n") + "\n",
    )
    return Programme(name="", format="outline", talks=[note])


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD_RE.findall(text)}


def _in_one_talk(own: str, programme: Programme) -> bool:
    """Every line under a part's heading is in the body of one talk that has speakers:
    the part is a person's notes on that talk (a reading list of ``Name: "Title"`` lines
    cites others' work), not a programme of its own."""
    lines = {x.strip() for x in own.split("\n") if x.strip()}
    return bool(lines) and any(
        t.speakers and lines <= {x.strip() for x in t.body.split("\n")} for t in programme.talks
    )


def _uncovered(part: str, programme: Programme, skip_first: bool) -> bool:
    """Lines of the part that ``programme`` neither recovered as facts nor holds in a
    note, as written (the heading and a table's header row aside: names of parts; a
    line's HTML tags and a line saying only a time are no words to recover)."""
    facts: set[str] = _words(programme.name)
    for talk in programme.talks:
        facts |= _words(talk.title) | _words(talk.room)
        for person in talk.speakers:
            facts |= _words(person.name) | _words(" ".join(person.affiliations))
    for role in programme.roles:
        facts |= _words(role.person.name) | _words(" ".join(role.person.affiliations))
    for session in programme.sessions:
        facts |= _words(session.title) | _words(session.room)
    for milestone in programme.dates:
        facts |= _words(milestone.label)
    bodies = {x.strip() for t in programme.talks for x in t.body.split("\n") if x.strip()}
    doc = doctree.parse(part)
    header_rows = {
        doc.line_of(row.start)
        for table in doc.root.walk()
        if table.kind == "table"
        for row in [next((r for r in table.walk() if r.kind == "row"), None)]
        if row is not None and row.spanned
    }
    for n, line in enumerate(part.split("\n")):
        if (n == 0 and skip_first) or n in header_rows or line.strip() in bodies:
            continue
        plain = structure.strip_tags(line).lstrip("#").strip()
        if clock_alone(plain) is not None:
            continue  # "#### 15 h - 16 h et 16 h 15 - 17 h 15 <br>": a time, no words
        words = {w for w in _words(plain) if not w.isdigit()}
        if words and len(words & facts) * 5 < len(words) * 3:
            return True
    return False


def _drop_preamble(programme: Programme, preamble: str) -> None:
    """The document's preamble (its title, the event's day) was put above a part for
    context: it is not that part's text (the preamble is a part of its own). A note that
    held the preamble alone (``# PyCon notes`` read above a day's part) goes with it: no
    one, no time, nothing of the part's."""
    if not preamble.strip():
        return
    emptied: list[ProgrammeTalk] = []
    for talk in programme.talks:
        if talk.body.startswith(preamble):
            talk.body = talk.body[len(preamble) :].lstrip("\n")
            bare = not (talk.body.strip() or talk.speakers or talk.start or talk.links)
            if talk.kind == "other" and bare:
                emptied.append(talk)
    programme.talks = [t for t in programme.talks if not any(t is e for e in emptied)]


_KIND_WORDS = frozenset(
    {"talk", "keynote", "invited", "contributed", "lecture", "presentation", "plenary"}
)


def _generic_title(talk: ProgrammeTalk) -> bool:
    """A title that says only what the item is or who gives it (``Talk: Ilse Verbruggen``,
    ``Keynote``, the speaker's name): a slot's, waiting for the talk's own title."""
    names = {w for p in talk.speakers for w in title_key(p.name).split()}
    words = set(title_key(talk.title).split())
    return not words or words <= (_KIND_WORDS | names)


def _other_slot(one: ProgrammeTalk, other: ProgrammeTalk) -> bool:
    """Two talks of one generic title (``Keynote``) given by different people or at
    different times: two slots of the programme, each its own talk."""
    names = {title_key(p.name) for p in one.speakers}
    theirs = {title_key(p.name) for p in other.speakers}
    if names and theirs and not names & theirs:
        return True
    return bool(one.start and other.start and one.start != other.start)


def _slot_of_card(talk: ProgrammeTalk, host: Programme) -> ProgrammeTalk | None:
    """The one talk of ``host`` that is the same as ``talk`` by its one speaker, one side
    timed and the other not, one of their titles a slot's (``Talk: Name`` in a schedule
    and the talk's title on the speaker's card): a programme's slot and a speakers
    page's card of one talk. None unless exactly one such talk."""
    if len(talk.speakers) != 1:
        return None
    key = title_key(talk.speakers[0].name)
    found = [
        t
        for t in host.talks
        if len(t.speakers) == 1
        and title_key(t.speakers[0].name) == key
        and bool(t.start) != bool(talk.start)
        and (_generic_title(t) or _generic_title(talk))
    ]
    return found[0] if len(found) == 1 else None


def _fold(part: Programme, host: Programme) -> None:
    """``part``'s records into ``host``: a talk both name is one talk with the facts and
    notes of both (neither side's text is dropped)."""
    by_title = {title_key(t.title): t for t in host.talks}
    for talk in part.talks:
        same = by_title.get(title_key(talk.title))
        if same is not None and _generic_title(same) and _other_slot(same, talk):
            same = None  # two parts' "Keynote" slots: two talks, not one
        if (
            same is None
            and (same := _slot_of_card(talk, host)) is not None
            and _generic_title(same)
            and not _generic_title(talk)
        ):
            same.title = talk.title  # the schedule's "Talk: Name" slot, the card's title
            same.kind = talk.kind if talk.kind != "talk" else same.kind
        if same is None:
            host.talks.append(talk)
            by_title[title_key(talk.title)] = talk
            continue
        if same.kind == "other" and talk.kind != "other":
            same.kind = talk.kind  # a notes section named after a timetable's talk
        same.fill_from(talk)
        if talk.body.strip() and talk.body.strip() not in same.body:
            same.body = f"{same.body.rstrip()}\n\n{talk.body}".lstrip("\n")
    have = {(title_key(r.person.name), r.role) for r in host.roles}
    host.roles += [r for r in part.roles if (title_key(r.person.name), r.role) not in have]
    keys = {x.key for x in host.sessions}
    same_block = {(title_key(x.title), x.start, x.room) for x in host.sessions}
    for session in part.sessions:
        if (title_key(session.title), session.start, session.room) in same_block:
            continue
        base, n = session.key, 2
        while session.key in keys:
            session.key, n = f"{base}-{n}", n + 1
        keys.add(session.key)
        host.sessions.append(session)
    host.dates += [d for d in part.dates if d not in host.dates]
    host.warnings += part.warnings
    host.name = host.name or part.name
    host.start = min((d for d in (host.start, part.start) if d), default=None)
    host.end = max((d for d in (host.end, part.end) if d), default=None)
    host.timezone = host.timezone or part.timezone
