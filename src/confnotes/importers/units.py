"""A reading that knows no convention: the document's most repeated unit, read by content.

Every other reader knows a layout (a timetable's rows, a heading per talk, a by-line, a
card's fields). A new document is mostly lost through a convention none of them knows,
so this reader assumes none. A programme repeats one unit per talk, whatever it looks
like; here the unit is found in the document tree (:mod:`confnotes.importers.doctree`)
as the sibling shape the document repeats most:

- nodes of one kind at one depth (list items, paragraphs, table rows, HTML elements);
- a heading of one level with the blocks after it;
- the blocks between two rules;
- runs of raw lines of one shape (same first character, same count of ``|``: a table the
  tree did not see), and the documents written inside a front matter's long strings (a
  programme kept as HTML in YAML).

Each unit is cut into parts at its lines and cells, at strong separators (`` - ``,
`` | ``), at links and at brackets; a colon cuts only where one side is people. A part's
role comes from its content, across all units: a clock or a time range is the time;
parts that are all person-shaped (:func:`confnotes.importers.persons.parse_one`) are
the speakers; a part repeated in many units (a venue, ``Slides``, a field label) is no
title; the longest remaining part is the title. The group whose units most read as talks
(backed by times or people) wins. The result is one more ``records`` reading
(:mod:`confnotes.importers.readings`), weighed against the convention readers by the same
measure: it wins only where it explains more of the document.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from confnotes.importers import doctree
from confnotes.importers.headings import kind_label_only
from confnotes.importers.kinds import kind_of
from confnotes.importers.persons import parse_one
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.structure import split_front
from confnotes.importers.textutil import strip_markdown_inline
from confnotes.importers.when import clock_range, find_date, find_year, numeric_order

MIN_UNITS = 3
"""Siblings of one shape needed before they count as a repeated unit."""
MAX_NODES = 20_000
"""Nodes of a document looked at, at most."""
MAX_UNIT_LINES = 40
"""Lines of one unit read, at most (the rest of a long section is its notes)."""
MAX_LINE = 600
"""Characters of one line read, at most."""
MAX_EMBEDDED = 3
"""Front-matter strings read as documents of their own, at most."""

_CLOCK = r"\d{1,2}(?:[:.h]\d{2})?[ \t]{0,2}(?:[ap]\.?m\.?)?"
_TIME_RE = re.compile(
    rf"(?<![\w:])(?:{_CLOCK}[ \t]{{0,3}}(?:-{{1,2}}|–|—|〜|~|to|bis|à)[ \t]{{0,3}}"
    rf"(?:{_CLOCK}|\?{{1,3}})|\d{{1,2}}[:.h]\d{{2}}(?:[ \t]{{0,2}}[ap]\.?m\.?)?)(?![\w:])",
    re.I,
)
"""A clock or a time range (``10:30``, ``9h30``, ``2pm - 3pm``, ``14:00 〜 14:30``)."""
_SEP_RE = re.compile(r"[ \t]{1,5}(?:--|-|–|—|~|·|•|/)[ \t]{1,5}|[ \t]{0,5}\|[ \t]{0,5}")
"""What parts a line's pieces: a spaced dash, tilde, dot or slash; a bar."""
_NAMES_SEP_RE = re.compile(
    r"[ \t]{0,3}(?:,|&|\+|/|\band\b|\bund\b|\by\b|\bet\b|\be\b|、)[ \t]{0,3}"
)
"""What joins the names of several speakers."""
_BRACKET_RE = re.compile(r"[ \t]{0,3}[(\[（]([^()\[\]（）\n]{0,200})[)\]）][ \t]{0,3}")
_RANKS_RE = re.compile(r"^(?:(?:[A-Z][a-z]{0,4}\.|[A-Z][a-z]{0,3}[A-Z][a-z]{0,1})[ \t]{1,3}){1,4}")
"""Abbreviated ranks and offices before a name (``Prof. Dr.``, ``OStD``, ``MdB``)."""
_URL_RE = re.compile(r"https?://\S{1,500}")
_QUOTES = "\"'„“”«»‚‘’「」『』"
_STRIP = " .,;:*|-–—~/_#>•·\t"
_SKIP = frozenset({"blank", "hr", "code", "comment", "front", "text", "record"})
_LEAF = frozenset({"paragraph", "heading", "cell", "term", "definition"})


@dataclass
class _Unit:
    lines: list[str]
    at: int
    """Offset of the unit in the source (-1 when unknown): its day is the last one named
    before it."""
    end: int = -1
    """Offset after the unit's last character: its words as written are its talk's note."""


@dataclass
class _Talk:
    title: str
    speakers: list[str] = field(default_factory=list)
    clock: str = ""
    at: int = -1
    end: int = -1
    kind: str = "talk"
    date: str = ""
    """The words of the unit's own day, when it says one."""


def read(text: str, source: str = "") -> Programme | None:
    """The talks of the document's most repeated unit, or None when it repeats none that
    reads as talks."""
    doc = doctree.parse(text)
    groups = _tree_groups(doc.root)
    for n, inner in enumerate(_front_documents(text)):
        if n >= MAX_EMBEDDED:
            break
        tree = doctree.parse_html(inner) if inner.lstrip().startswith("<") else doctree.parse(inner)
        for key, units in _tree_groups(tree.root).items():
            groups[("front", n, *key)] = [_Unit(u.lines, -1) for u in units]
    groups.update(_line_groups(text))
    best: tuple[int, list[_Talk]] = (0, [])
    for units in groups.values():
        if len(units) < MIN_UNITS:
            continue
        talks = _talks_of(units)
        worth = _worth(talks)
        if worth > best[0]:
            best = (worth, talks)
    talks = best[1]
    backed = sum(1 for t in talks if t.clock or t.speakers)
    if len(talks) < MIN_UNITS or backed < max(MIN_UNITS, len(talks) // 2):
        return None
    return _programme(doc, text, source, talks)


# ---------------------------------------------------------------- units


def _node_lines(node: doctree.Node) -> list[str]:
    """A node's words, one string per line or cell; a link's words are a part of their
    own (``Title | Slides``)."""
    if node.kind in _SKIP:
        return []
    kids = [c for c in node.children if c.kind not in _SKIP]
    if node.kind in _LEAF or not kids:
        words = (node.text or "")[: MAX_LINE * 4]
        for mark in sorted((m for m in node.marks if m.kind == "link"), key=lambda m: -m.start):
            if 0 <= mark.start < mark.end <= len(words):
                words = (
                    f"{words[: mark.start]} | {words[mark.start : mark.end]} | {words[mark.end :]}"
                )
        return [ln.strip()[:MAX_LINE] for ln in words.split("\n") if ln.strip()]
    out: list[str] = []
    for kid in kids:
        out.extend(_node_lines(kid))
        if len(out) >= MAX_UNIT_LINES:
            break
    return out[:MAX_UNIT_LINES]


def _walk(root: doctree.Node) -> Iterator[tuple[doctree.Node, int]]:
    stack = [(root, 0)]
    seen = 0
    while stack and seen < MAX_NODES:
        node, depth = stack.pop()
        seen += 1
        yield node, depth
        stack.extend((c, depth + 1) for c in reversed(node.children) if c.kind not in _SKIP)


def _tree_groups(root: doctree.Node) -> dict[tuple[object, ...], list[_Unit]]:
    """Candidate units, grouped by their shape: (kind, depth, parent's kind) for siblings,
    (``section``, level) for a heading with what follows it, (``segment``,) for the blocks
    between rules."""
    groups: dict[tuple[object, ...], list[_Unit]] = defaultdict(list)
    for node, depth in _walk(root):
        kids = [c for c in node.children if c.kind not in ("blank", "comment")]
        for kid in kids:
            if kid.kind in _SKIP or kid.kind == "heading":
                continue
            if lines := _node_lines(kid):
                groups[(kid.kind, depth + 1, node.kind)].append(_Unit(lines, kid.start, kid.end))
        for level in {c.level for c in kids if c.kind == "heading"}:
            current: _Unit | None = None
            for kid in kids:
                if kid.kind == "heading" and kid.level <= level:
                    if current is not None:
                        groups[("section", level, depth)].append(current)
                    current = (
                        _Unit(_node_lines(kid), kid.start, kid.end) if kid.level == level else None
                    )
                elif current is not None:
                    current.end = kid.end if kid.end >= 0 else current.end
                    if len(current.lines) < MAX_UNIT_LINES:
                        current.lines.extend(_node_lines(kid))
            if current is not None:
                groups[("section", level, depth)].append(current)
        if sum(c.kind == "hr" for c in kids) >= 2:
            segment = _Unit([], -1)
            for kid in kids:
                if kid.kind == "hr":
                    if segment.lines:
                        groups[("segment", depth)].append(segment)
                    segment = _Unit([], -1)
                else:
                    segment.at = kid.start if segment.at < 0 else segment.at
                    segment.end = kid.end if kid.end >= 0 else segment.end
                    if len(segment.lines) < MAX_UNIT_LINES:
                        segment.lines.extend(_node_lines(kid))
            if segment.lines:
                groups[("segment", depth)].append(segment)
    return groups


_RULE_CELL_RE = re.compile(r"[:\- ]{0,200}")


def _line_groups(text: str) -> dict[tuple[object, ...], list[_Unit]]:
    """Runs of three or more raw lines of one shape (first character, count of ``|``),
    each line a unit and each ``|`` a cell: what a flattened or unparsed table leaves
    (a line of markup is none)."""
    groups: dict[tuple[object, ...], list[_Unit]] = defaultdict(list)
    run: list[tuple[int, int, str]] = []
    shape: tuple[str, int] | None = None

    def flush() -> None:
        if len(run) < MIN_UNITS or shape is None:
            return
        for at, end, line in run:
            cells = [strip_markdown_inline(c).strip() for c in line.strip("|").split("|")]
            if all(_RULE_CELL_RE.fullmatch(c) for c in cells):
                continue  # a table's rule
            groups[("line", *shape)].append(_Unit([c for c in cells if c], at, end))

    at = 0
    for raw in text[:2_000_000].splitlines(keepends=True):
        line = raw.strip()[:MAX_LINE]
        bars = line.count("|")
        here = (line[:1], bars) if bars and not line.startswith("<") else None
        if here != shape or here is None:
            flush()
            run, shape = [], here
        if line:
            run.append((at, at + len(raw.rstrip("\r\n")), line))
        at += len(raw)
    flush()
    return groups


def _front_documents(text: str) -> list[str]:
    """The long strings of a front matter, each a document of its own (a programme held
    as HTML in a YAML key)."""
    _, data, _ = split_front(text[:250_000].splitlines()[:2000])
    out: list[str] = []
    stack: list[object] = [data]
    while stack and len(out) < MAX_EMBEDDED:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, str) and len(value) > 200 and "\n" in value:
            out.append(value)
    return out


# ---------------------------------------------------------------- parts and their roles


def _clean(text: str) -> str:
    text = _URL_RE.sub("", strip_markdown_inline(text))
    return text.strip().strip(_QUOTES).strip(_STRIP).strip(_QUOTES).strip()


def _person(piece: str) -> str | None:
    """The name a piece holds when it is a person (ranks set aside), else None."""
    if (person := parse_one(piece)) is not None:
        return person.name
    bare = _RANKS_RE.sub("", piece)
    if bare != piece and (person := parse_one(bare, single_ok=True)) is not None:
        return person.name
    return None


def _names(text: str) -> list[str] | None:
    """The names ``text`` lists when every piece is a person (their affiliations in
    brackets set aside, or one name followed by its affiliation), else None."""
    text = _BRACKET_RE.sub(" ", text).strip()
    if not text or len(text) > 200:
        return None
    pieces = [p.strip() for p in _NAMES_SEP_RE.split(text) if p and p.strip()]
    names = [n for n in map(_person, pieces) if n]
    if not names:
        return None
    if len(names) == len(pieces):
        return names
    if len(names) == 1 and _person(pieces[0]) and len(pieces) == 2:
        return names  # "Ana Ruiz, Example Lab": a name, then where she works
    return None


def _parts(line: str, labels: frozenset[str]) -> list[tuple[str, str]]:
    """(role, words) of one line's parts: ``time``, ``names`` or ``text``."""
    out = [("time", m.group(0).strip()) for m in _TIME_RE.finditer(line)]
    for piece in _SEP_RE.split(_TIME_RE.sub(" | ", line)):
        piece = _clean(piece)
        if not piece:
            continue
        if ": " in piece:
            # names before the first colon (``Ana Ruiz: Title``) or after the last
            # (``Title: with a colon: Ana Ruiz``): the rest is the title's, colons and all
            left, right = (_clean(x) for x in piece.split(": ", 1))
            if (named := _names(left)) and right:
                out += [("names", " & ".join(named)), ("text", right)]
                continue
            head, tail = (_clean(x) for x in piece.rsplit(": ", 1))
            if named := _names(tail):
                out.append(("names", " & ".join(named)))
                if head not in labels:
                    out.append(("text", head))
                continue
            if left in labels:
                piece = right  # a field's label many units write (``Keynote:``)
        inner = [named for b in _BRACKET_RE.findall(piece) if (named := _names(b))]
        if inner:
            out += [("names", " & ".join(n)) for n in inner]
            piece = _clean(_BRACKET_RE.sub(" ", piece))
        if named := _names(piece):
            out.append(("names", " & ".join(named)))
        elif _a_date(piece):
            out.append(("date", piece))
        elif piece:
            out.append(("text", piece))
    return out


_DIGIT_RE = re.compile(r"\d")


def _a_date(words: str) -> bool:
    """A part that only says a day (``14 Noviembre 2023``, ``Friday, 3 May``): no title."""
    return (
        len(words.split()) <= 5
        and _DIGIT_RE.search(words) is not None
        and find_date(words, 2000, None)[0] is not None
    )


def _talks_of(units: list[_Unit]) -> list[_Talk]:
    """A talk per unit that has words of its own: its first part that no other role
    claims, that few other units repeat and that reads as a title (not a paragraph of
    prose: that is its abstract) is the title."""
    lefts = Counter(
        _clean(line.split(": ", 1)[0]) for u in units for line in u.lines if ": " in line
    )
    labels = frozenset(k for k, n in lefts.items() if n >= 2 and len(k.split()) <= 2)
    parted = [[p for line in u.lines for p in _parts(line, labels)] for u in units]
    seen = Counter(p for parts in parted for p in set(parts))
    # a venue, a link's words (``Slides``) or a label are in a third of the units or more;
    # a speaker may give several talks, so names count as repeated only in most units
    repeated = {
        words
        for (role, words), k in seen.items()
        if k >= MIN_UNITS and k >= len(units) * (0.6 if role == "names" else 1 / 3)
    }
    talks: list[_Talk] = []
    for unit, parts in zip(units, parted, strict=True):
        texts = [w for r, w in parts if r == "text" and w not in repeated and len(w) > 1]
        kinds = [w for w in texts if _kind_only(w)]
        titles = [w for w in texts if _title_like(w) and w not in kinds] or kinds
        if not titles:
            continue
        names = [n for r, w in parts if r == "names" and w not in repeated for n in w.split(" & ")]
        clocks = [w for r, w in parts if r == "time"]
        speakers = list(dict.fromkeys(names))
        found = _Talk(titles[0], speakers, clocks[0] if clocks else "", unit.at, unit.end)
        found.kind = kind_of(kinds[0]) if kinds else kind_of(titles[0])
        found.date = next((w for r, w in parts if r == "date"), "")
        talks.append(found)
    return talks


_SENTENCES_RE = re.compile(r"[.!?。！？][ \t]{1,5}\S")
"""Where one sentence ends and another begins: a paragraph, not a title."""


def _kind_only(words: str) -> bool:
    """``Keynote``, ``Coffee break``, ``Lightning talk``: a kind of slot, no title of one
    (``Charla de bienvenida`` is one: a kind's word in three words is a title)."""
    return kind_label_only(words) and len(words.split()) <= 2


def _title_like(words: str) -> bool:
    """Short enough for a title, and not sentences of prose (an abstract, a bio)."""
    return len(words) <= 200 and not (len(words) > 90 and _SENTENCES_RE.search(words))


def _worth(talks: list[_Talk]) -> int:
    """A group's worth: its talks, more for those a time or a person backs."""
    return len(talks) + 2 * sum(1 for t in talks if t.clock or t.speakers)


# ---------------------------------------------------------------- the programme


def _day_marks(doc: doctree.Document, text: str) -> list[tuple[int, date]]:
    """(offset, day) of the short headings and lines that name a day."""
    year = find_year(text[:4000])
    order = numeric_order(text[:20_000])
    out: list[tuple[int, date]] = []
    for node, _depth in _walk(doc.root):
        if node.kind not in ("heading", "paragraph") or node.start < 0 or len(node.text) > 80:
            continue
        day, _own = find_date(node.text, year, order)
        if day is not None:
            out.append((node.start, day))
    return sorted(out)


def _programme(doc: doctree.Document, text: str, source: str, talks: list[_Talk]) -> Programme:
    marks = _day_marks(doc, text)
    year = find_year(text[:4000])
    order = numeric_order(text[:20_000])
    programme = Programme(name=_name(doc), format="markdown", source_id=source)
    # names read in most units are where this document puts its speakers (a place, as a
    # run's is): the person test's second look keeps them
    named = sum(1 for t in talks if t.speakers)
    placed = named >= MIN_UNITS and 3 * named >= len(talks)
    held: list[tuple[int, int]] = []
    for found in talks:
        talk = ProgrammeTalk(title=found.title, kind=found.kind)
        talk.speakers = [ProgrammePerson(name=n) for n in found.speakers]
        talk.speakers_placed = placed and bool(talk.speakers)
        if 0 <= found.at < found.end <= len(text):
            talk.body = text[found.at : found.end].strip("\n")
            held.append((found.at, found.end))
        day = next((d for at, d in reversed(marks) if 0 <= at <= found.at), None)
        if found.date:
            day = find_date(found.date, day.year if day else year, order)[0] or day
        start, _end, _said = clock_range(found.clock) if found.clock else (None, None, False)
        if start is not None and day is not None:
            talk.start = datetime.combine(day, start)
        elif start is not None:
            talk.clock = start
        elif day is not None:
            talk.day = day
        programme.talks.append(talk)
    programme.description = _rest(text, held)
    return programme


def _rest(text: str, held: list[tuple[int, int]]) -> str:
    """The document's words no unit holds (its introduction, venue, thanks): the event's
    description, as the other readers keep a page's prose."""
    parts: list[str] = []
    at = 0
    for start, end in sorted(held):
        if start > at:
            parts.append(text[at:start])
        at = max(at, end)
    parts.append(text[at:])
    return "\n".join(p.strip("\n") for p in parts if p.strip())


def _name(doc: doctree.Document) -> str:
    """The document's first top heading, as the event's name."""
    for node, _depth in _walk(doc.root):
        if node.kind == "heading" and node.level <= 2 and node.text.strip():
            return node.text.strip()[:200]
    return ""


__all__ = ["read"]
