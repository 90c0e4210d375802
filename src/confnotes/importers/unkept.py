"""Every line of a person's notes ends in some note: the net under every reading.

Each reading of people's notes cuts the text into notes its own way, keeping in a
note's body what it did not read as a fact, and in the notes' front matter what it did
(a title, a speaker and their affiliation, a link, a time, a room). A line neither kept
nor read whole — a table's header row above talks read one per row, ``Notes from
DevDay Ghent, 14 November 2025`` read only for its event and date, a heading between
notes that no reading owned — would be lost. After the reading is chosen, such lines
are gathered, as written and in their order, into the document's own note (the note of
its opening text, or a new one named after the document).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.structure import split_front
from confnotes.importers.when import calendar_word, line_date

_WORD_RE = re.compile(r"[^\W_]+")
_DELIMITER_MARKS = frozenset("|+-: \t")
"""What a pipe table's delimiter row (``|---|:--:|``) is made of: the line above it
names the columns."""
_LABEL_RE = re.compile(r"(?<!\s)\s*+(?:#\+)?[^\W\d_]{1,20}+\s*+:(?!/)")
"""``Date:``, ``#+TITLE:``: a field's label before the value a reading took."""
_TAG_RE = re.compile(r"<[^<>]{0,300}+>")
_ALWAYS = frozenset({"am", "pm", "http", "https", "www"})
"""Words any line of times and links wears without saying anything of its own."""


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD_RE.findall(text)}


def _moment_words(moment: date | datetime | time) -> set[str]:
    """The words and numbers a line naming this day or time is written with."""
    out: set[str] = set()
    if isinstance(moment, date):
        out |= _words(f"{moment:%A %a %B %b}")
        out |= {str(moment.year), str(moment.month), f"{moment.month:02}"}
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(moment.day % 10 * (moment.day // 10 != 1), "th")
        out |= {str(moment.day), f"{moment.day:02}", f"{moment.day}{suffix}"}
    if isinstance(moment, (datetime, time)):
        hour12 = moment.hour % 12 or 12
        out |= {str(moment.hour), f"{moment.hour:02}", str(hour12), f"{hour12:02}"}
        out |= {f"{moment.minute:02}", str(moment.minute)}
    return out


def _known_words(programme: Programme, titles: bool = True) -> set[str]:
    """Every word the notes of ``programme`` hold as facts (their front matter's);
    ``titles``: its name's and its talks' and sessions' titles among them."""
    texts: list[str] = [programme.location, programme.series]
    if titles:
        texts.append(programme.name)
    moments: list[date | datetime | time | None] = [programme.start, programme.end]
    for session in programme.sessions:
        texts += [session.title if titles else "", session.room, session.kind]
        moments += [session.start, session.end, session.clock]
    for talk in programme.talks:
        texts += [talk.title if titles else "", talk.room, talk.kind, *talk.tags]
        moments += [talk.start, talk.end, talk.day, talk.clock]
        for person in talk.speakers:
            texts += [person.name, *person.affiliations, *person.aliases, person.url]
        for link in talk.links:
            texts += [link.label, link.url, link.kind]
    for role in programme.roles:
        texts += [role.person.name, *role.person.affiliations, role.role]
    for milestone in programme.dates:
        texts.append(milestone.label)
    known = set(_ALWAYS)
    for text in texts:
        known |= _words(text or "")
    for moment in moments:
        if moment is not None:
            known |= _moment_words(moment)
    return known


def unkept_lines(programme: Programme, text: str, notes: bool = True) -> list[str]:
    """The lines of ``text`` that are in no note's body and say more than the facts the
    notes hold, in the order written (the front matter's keys are the notes' own).
    ``notes``: the reading took the text for a person's notes, whose tables' header rows
    are their words too (a programme's are the scaffolding of the facts read)."""
    lines = text.splitlines()
    _kind, _front, front_last = split_front(lines)
    bodies = {x.strip() for t in programme.talks for x in t.body.splitlines() if x.strip()}
    known = _known_words(programme)
    days = [t.day or (t.start.date() if t.start else None) for t in programme.talks]
    year = next((d.year for d in [programme.start, *days] if d is not None), None)
    repeated = _repeated_titles(programme, lines[front_last + 1 :]) if notes else set()
    return [
        line
        for n, line in enumerate(lines)
        if n > front_last
        and line.strip() not in bodies
        and (
            _says_more(line, known, year)
            or (notes and (_marked_up(line) or _written_item(line) or line in repeated))
        )
        and (notes or (row := _rows_under(lines, n)) is None or lines[row].strip() in bodies)
    ]


_TITLE_LINE_RE = re.compile(r"\s{0,3}+(?:#{1,6}\s|(?:\*\*|__)[^*_].*(?:\*\*|__)\s*+$)")
"""A heading or a line that is bold from end to end: where a reading takes a title."""


def _repeated_titles(programme: Programme, lines: list[str]) -> set[str]:
    """Plain lines whose words only titles hold, in a document that writes its titles as
    headings: a title is read from its heading, so a paragraph or an item saying a
    title's words again, in any order (``**Caching at scale**`` then, further on, ``scale
    caching at``), is the writer's own line, not the fact read, and is kept however
    known its words are."""
    titles: set[str] = set()
    for text in [programme.name, *(t.title for t in programme.talks)]:
        titles |= _words(text or "")
    if not titles or not any(_TITLE_LINE_RE.match(x) for x in lines):
        return set()
    others = _known_words(programme, titles=False)
    return {
        line
        for line in lines
        if not _TITLE_LINE_RE.match(line)
        and (words := {w for w in _words(line) if not w.isdigit()})
        and words <= titles
        and not words <= others
    }


def person_text(programme: Programme, text: str) -> bool:
    """Whether a reading of ``text`` as a page left out a person's writing: the lines it
    left are half of the text's or more, and most of their words are in bullets written
    as sentences (seven words or more), as people jot notes under headings. A programme
    page's left lines are its scaffolding (a menu, a footer, column headers) or its
    paragraphs (an abstract, a call for papers); a person's notes read as a page leave
    their bullets. Such a text keeps its every line, as notes do."""
    lines = text.splitlines()
    _kind, _front, front_last = split_front(lines)
    written = [x for x in lines[front_last + 1 :] if _WORD_RE.search(x)]
    left = unkept_lines(programme, text, True)
    if not written or len(left) * 2 < len(written):
        return False
    counts = [(len(_WORD_RE.findall(x)), bool(_BULLET_RE.match(x))) for x in left]
    noted = sum(c for c, bullet in counts if bullet and c >= _SENTENCE_WORDS)
    return noted * 2 >= sum(c for c, _bullet in counts)


_BULLET_RE = re.compile(r"\s{0,12}+(?:[-*+•]|\d{1,3}[.)])\s")
"""A list item's line: notes are jotted as bullets, a page's prose is paragraphs."""


_SENTENCE_WORDS = 7
"""Words of a line written as a sentence rather than a field, a name or a menu item."""


def _written_item(line: str) -> bool:
    """A list item with words and no digit (``- caching without tears``): in a person's
    notes, the writer's own line, kept as written even when its words are a talk's
    title; an item holding a time or a date (``- 09:00-09:10 Welcome``) is a timetable's
    slot, its facts read."""
    m = _BULLET_RE.match(line)
    rest = line[m.end() :] if m else ""
    return m is not None and _WORD_RE.search(rest) is not None and not _DIGIT_RE.search(rest)


_DIGIT_RE = re.compile(r"\d")


def _marked_up(line: str) -> bool:
    """A line of HTML with words in it (a list's item, a table's cell pasted into notes):
    its markup (a link's target, a cell's span, emphasis) is the writer's own and no fact
    holds it, so in a person's notes it is kept as written even when its words were read."""
    return _TAG_RE.search(line) is not None and _WORD_RE.search(_TAG_RE.sub(" ", line)) is not None


def _wide(word: str) -> bool:
    """A word of a script written without spaces (Chinese, Japanese, Korean): two of its
    characters make a whole word (``午餐``), not an abbreviation or a list's letter."""
    return any(ord(c) >= 0x2E80 for c in word)


def _says_more(line: str, known: set[str], year: int | None) -> bool:
    """Whether a line holds words the notes do not: not the facts read from it, nor its
    scaffolding (a field's label, a list's number, a day's and a month's names, words of
    one or two letters), nor, on a line naming a day, one word more (``Day 2``)."""
    line = _TAG_RE.sub(" ", line)  # "<td>", "<sup>1</sup>": markup, not words
    label = _LABEL_RE.match(line)
    rest = line[label.end() :] if label else line
    if label and not _words(rest):
        return True  # "Notes:" alone is the writer's word, not a label of a fact
    left = [
        w
        for w in _words(rest) - known
        if (len(w) > 2 or _wide(w)) and not (w.isdigit() and int(w) <= 31) and not calendar_word(w)
    ]
    return len(left) > 1 or (len(left) == 1 and line_date(line, year) is None)


def _rows_under(lines: list[str], n: int) -> int | None:
    """The first row under line ``n`` when ``n`` is a table's header row (its columns'
    names): over rows read as facts it is their scaffolding; over rows kept as notes,
    the writer's words too."""
    line = lines[n].casefold()
    if "<th" in line and "<td" not in line:
        return n + 1 if n + 1 < len(lines) else None  # an HTML table's header cells
    if (
        "|" in line
        and n + 2 < len(lines)
        and "-" in lines[n + 1]
        and set(lines[n + 1]) <= _DELIMITER_MARKS
    ):
        return n + 2
    return None


def keep_every_line(programme: Programme, text: str, notes: bool = True) -> int:
    """Put the lines no note holds into the document's own note; how many were put."""
    left = unkept_lines(programme, text, notes)
    if not left:
        return 0
    extra = "\n".join(left).rstrip() + "\n"
    own = _own_note(programme.talks, programme.name)
    if own is not None:
        own.body = (own.body.rstrip("\n") + "\n\n" + extra) if own.body.strip() else extra
    else:
        title = programme.name or "Notes"
        day = programme.start if programme.start == programme.end else None  # a day's notes
        programme.talks.append(ProgrammeTalk(title=title, kind="other", body=extra, day=day))
    return len(left)


def _own_note(talks: list[ProgrammeTalk], name: str) -> ProgrammeTalk | None:
    """The note a document's loose lines belong to: its own text's (no talk, named
    after the document), else the talk the document is named after, else its only one."""
    key = _words(name)
    named = [t for t in talks if key and _words(t.title) == key]
    own = next((t for t in named if t.kind == "other" and not t.speakers), None)
    return own or (named[0] if named else None) or (talks[0] if len(talks) == 1 else None)
