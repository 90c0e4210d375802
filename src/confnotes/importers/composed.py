"""Several shapes in one document, read section by section.

A page is often composed of parts that each have their own shape: a timetable, then a
speakers section, then an about text; or a table of the day's talks followed by one
section of notes per talk. Read whole, any single shape explains one part and drops or
misreads the others. Here the document is cut at its repeating top heading level, each
part (with the document's title above it, so a timetable knows its day) is read by
whatever reading explains it best, and the parts are folded into one programme: a talk
that two parts name (a timetable's row and its notes section) is one talk with the
facts of both. A part that no reading explains becomes a note of its own, so no line
is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from confnotes.importers import doctree, structure
from confnotes.importers.identity import title_key
from confnotes.importers.programme import Programme, ProgrammeTalk

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
    title = outline.text(0, preamble_last).strip("\n")
    own = [
        x for x in outline.lines[(above[0].heading_last + 1 if above else 0) : preamble_last + 1]
    ]
    out: list[tuple[str, str]] = []
    if any(x.strip() for x in own):
        out.append(("", outline.text(0, preamble_last)))
    for n, section in enumerate(cut):
        last = cut[n + 1].line - 1 if n + 1 < len(cut) else len(outline.lines) - 1
        out.append((section.title, outline.text(section.line, last)))
    return (above[0].title if above else ""), title, out


def read(
    text: str,
    best: Callable[[str, str], tuple[str, Programme] | None],
    notes: bool = False,
) -> tuple[Programme, list[str]] | None:
    """The composed reading of ``text``: each part read by ``best`` (its best reading's
    shape and programme, among :data:`PART_SHAPES`, weighed on the part's own lines
    under its heading), folded into one programme; with
    the evidence (which shape read which part). None when the document has no parts or
    every part reads the same way (then the whole-document reading says it already).
    ``notes``: the document is a person's notes, so every line of a part read as records
    only (a timetable) stays in that part's own note too."""
    cut = parts(text)
    if cut is None:
        return None
    name, title, found = cut
    host: Programme | None = None
    evidence: list[str] = []
    shapes: set[str] = set()
    for heading, part in found:
        own_title = not heading  # the preamble holds the title itself
        own = part if own_title else part.split("\n", 1)[-1]
        reading = best(part if own_title or not title else f"{title}\n\n{part}", own)
        if reading is None or reading[0] not in PART_SHAPES or not _records(reading[1]):
            shape, programme = "note", _own_note(heading, part)
        else:
            shape, programme = reading
            _drop_title_lines(programme, title)
            if not any(t.body.strip() for t in programme.talks) and (
                notes or _unexplained(part, programme)
            ):
                programme.talks.append(_own_note(heading, part).talks[0])
        shapes.add(shape)
        evidence.append(f"{heading or 'top'}: {shape}")
        if host is None:
            host = programme
        else:
            _fold(programme, host)
    if host is None or len(shapes) < 2:
        return None
    host.name = host.name or structure.strip_tags(name)
    return host, [f"{len(found)} parts read each by its best shape ({'; '.join(evidence)})"]


def _records(programme: Programme) -> bool:
    return bool(programme.talks or programme.roles or programme.sessions)


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


def _unexplained(part: str, programme: Programme) -> bool:
    """Lines of the part (under its heading) whose words the reading did not recover as
    facts: its own note keeps them (a timetable's notes column, a paragraph of prose)."""
    facts: set[str] = set()
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
    doc = doctree.parse(part)
    header_rows = {
        doc.line_of(row.start)
        for table in doc.root.walk()
        if table.kind == "table"
        for row in [next((r for r in table.walk() if r.kind == "row"), None)]
        if row is not None and row.spanned
    }
    for n, line in enumerate(part.split("\n")):
        if n == 0 or n in header_rows:
            continue  # the heading, and a table's header row: names of parts, not text
        words = {w for w in _words(line) if not w.isdigit()}
        if words and len(words & facts) * 5 < len(words) * 3:
            return True
    return False


def _drop_title_lines(programme: Programme, title: str) -> None:
    """The document's preamble (its title, the event's day) was put above a part for
    context: it is not that part's text (the preamble is a part of its own)."""
    if not title.strip():
        return
    for talk in programme.talks:
        if talk.body.startswith(title):
            talk.body = talk.body[len(title) :].lstrip("\n")


def _fold(part: Programme, host: Programme) -> None:
    """``part``'s records into ``host``: a talk both name is one talk with the facts and
    notes of both (neither side's text is dropped)."""
    by_title = {title_key(t.title): t for t in host.talks}
    for talk in part.talks:
        same = by_title.get(title_key(talk.title))
        if same is None:
            host.talks.append(talk)
            by_title[title_key(talk.title)] = talk
            continue
        same.speakers = same.speakers or talk.speakers
        same.start = same.start or talk.start
        same.end = same.end or talk.end
        same.day = same.day or talk.day
        same.room = same.room or talk.room
        same.abstract = same.abstract or talk.abstract
        if talk.body.strip() and talk.body.strip() not in same.body:
            same.body = f"{same.body.rstrip()}\n\n{talk.body}".lstrip("\n")
        same.links += [link for link in talk.links if link not in same.links]
        same.tags += [tag for tag in talk.tags if tag not in same.tags]
    host.roles += [r for r in part.roles if r not in host.roles]
    keys = {x.key for x in host.sessions}
    for session in part.sessions:
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
