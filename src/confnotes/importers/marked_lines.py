"""Lines that hold a talk's title and its speaker, read at the marks that part them.

People write a run of talks one line each, the title set off by a mark (bold, italics, a
link, quotation marks) and the speaker beside it, joined by a word or a sign, often with
their own words after the pair:

- the title's mark first: ``**Title** (Name) - my notes``, ``[Title](video) by Name.
  My notes``, ``“Title” by Name``, ``*Title* — Name, Org``;
- the person's first: ``[Name](site) - *Title*``, ``**Name**: *Title*``, ``Name –
  “Title”``;
- both inside the one mark: ``**Title (Name)**: notes``, ``**Title – Name**: notes``.

A line is cut into two fields at the edge of its first mark (:func:`fields_of`), never
inside plain words, so a title's second half (``Key point - Alice said so``) is never a
name. Which field is the person is the one person test's
(:func:`confnotes.importers.persons.split_speakers`), read over the run of sibling
lines together (:func:`column_of`): the same marks, the same joint and the same side in
most of them is a column; a line alone is weak evidence and reads as nothing. ``by``
and a bracket say the side themselves; a dash, a colon or a comma leave it to the
column, and there the person's field must hold a full name (two words or more) in most
lines. The words after the pair stay the line's, in its note.

Every pattern is bounded (a mark's words at most :data:`_FIELD_MOST` characters, a line
read to :data:`LEAD_MOST`), so reading a run is linear in its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from confnotes.importers import doctree
from confnotes.importers.fields import is_key_word
from confnotes.importers.persons import is_organisation, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import BY_WORDS
from confnotes.importers.title_speakers import title_and_speakers
from confnotes.importers.when import clock_range, find_date

LEAD_MOST = 400
"""Characters of a line read for its title and speaker; the rest is its writer's words."""
_FIELD_MOST = 300
"""Characters one mark's words may hold."""
_NAME_WORDS_MOST = 8
"""Words a speaker's field read off plain text may hold (``Eduardo San Martin Morote``)."""

_QUOTE_RE = re.compile(
    r"“(?P<a>[^“”\n]{1,300})”|\"(?P<b>[^\"\n]{1,300})\"|„(?P<c>[^“”„\n]{1,300})[“”]"
    r"|«\s?(?P<d>[^«»\n]{1,300}?)\s?»"
)
"""Words in quotation marks: a mark the text keeps (bold, italics and links are the
document tree's marks)."""
_MARK_KINDS = frozenset({"strong", "em", "link"})
_TITLE_MARKS = frozenset({"strong", "em", "quote", "link"})
_OPENERS = '*_[“"„«'


@dataclass(frozen=True)
class Span:
    """A marked run of a line's words: its kind and where its words are."""

    kind: str
    start: int
    end: int
    """The words' bounds in the line (a quotation's without its quotation marks)."""
    outer: int
    """Where the mark ends, its closing quotation mark included."""


def spans_of(line: str, marks: list[doctree.Mark]) -> list[Span]:
    """The marked runs of a line, outermost first where one holds another (a link inside
    bold words is the bold run), in the order they start."""
    found = [Span(m.kind, m.start, m.end, m.end) for m in marks if m.kind in _MARK_KINDS]
    for q in _QUOTE_RE.finditer(line):
        g = next(k for k, v in q.groupdict().items() if v is not None)
        found.append(Span("quote", q.start(g), q.end(g), q.end()))
    found = [f for f in found if f.end <= len(line) and f.end > f.start]
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[Span] = []
    for f in found:
        if out and f.start < out[-1].outer:
            continue  # inside (or across) the run before it
        out.append(f)
    return out


def _at(spans: list[Span], line: str, at: int) -> Span | None:
    """The run starting at ``at`` (a quotation at its opening mark)."""
    for f in spans:
        opens = f.start if f.kind != "quote" else f.start - 1
        if opens == at or f.start == at:
            return f
        if opens > at:
            break
    return None


_AFTER_JOINT_RE = re.compile(
    rf"^\s*(?:(?P<paren>\()|,?\s+(?P<by>(?:{BY_WORDS}))\s+|\s+(?P<dash>[-–—]{{1,2}})\s+"
    r"|(?P<colon>:)\s+|(?P<comma>,)\s+|(?P<space>\s+))",
    re.IGNORECASE,
)
"""What joins a mark to the field after it: a bracket, ``by``, a dash, a colon, a comma,
or only a space before a second mark."""
_DASHES = "-–—"


def _before_joint(head: str) -> tuple[str, int] | None:
    """What joins a plain first field to the mark after it (``Name - *Title*``, ``Name:
    [Title](slides)``, ``Name,``): the joint's name and where the field ends."""
    text = head.rstrip()
    if text.endswith(":"):
        return "colon", len(text) - 1
    if text.endswith(","):
        return "comma", len(text) - 1
    stem = text.rstrip(_DASHES)
    if stem != text and len(text) - len(stem) <= 2 and stem[-1:].isspace():
        return "dash", len(stem)
    return None


_BOUNDARY_RE = re.compile(r"(?<!\b[A-Z])[.;:!?](?=\s|$)|,(?=\s)|\s[-–—]{1,2}\s|\s(?=[(\[])|\)")
"""Where a plain field may end: a sentence's stop (not an initial's), a comma, a dash, a
bracket."""


@dataclass
class Fields:
    """A line read at its first mark: its two fields and how they are joined."""

    shape: str
    """The marks and the joint (``strong|paren|plain``): lines of one column share it."""
    first: str
    """The first field's words, marks removed."""
    second: str
    """The second field's words, marks removed (a plain one: to the end of its sentence)."""
    second_names: list[ProgrammePerson] = field(default_factory=list)
    """The people the second field opens with (a plain field read up to a boundary)."""
    directed: bool = False
    """The joint says the second field is the person's (``by``, a bracket)."""
    inside: tuple[str, list[ProgrammePerson]] | None = None
    """The first mark read alone as a title naming its speakers (``**Title (Name)**``)."""
    marked: bool = True
    """The line's second field is marked; an unmarked line (``Name, tba``) joins a column
    of a person's field first only where its siblings mark their titles."""


def _bracket(text: str) -> str | None:
    """The words inside the round bracket ``text`` opens with, to its matching close."""
    depth = 0
    for i, ch in enumerate(text[:_FIELD_MOST]):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return text[1:i]
    return None


def names_at_start(text: str, strict: bool) -> tuple[list[ProgrammePerson], int]:
    """The people a plain run of words opens with, read up to one of its boundaries (the
    longest such opening the person test takes, of at most :data:`_NAME_WORDS_MOST`
    words), and where they end; ``strict`` wants full names (two words or more)."""
    text = text[:_FIELD_MOST]
    best: tuple[list[ProgrammePerson], int] = ([], 0)
    ends = [m.start() if m.group(0) != ")" else m.end() for m in _BOUNDARY_RE.finditer(text)]
    for end in [*ends, len(text)]:
        head = text[:end].strip()
        if not head:
            continue
        if len(head.split()) > _NAME_WORDS_MOST:
            break
        people = split_speakers(head, single_ok=not strict)
        if people and not any(is_organisation(p.name) for p in people):
            best = (_name_and_org(head, people), end)
    return best


def _name_and_org(text: str, people: list[ProgrammePerson]) -> list[ProgrammePerson]:
    """``Name, Org`` read as two people (``Lucía Ferreyra, Grupo Andino``) is one person
    and where they work: on a talk's line, after its title, a second name joins with
    ``and`` or ``&``, a comma alone brings the affiliation."""
    if len(people) != 2 or people[0].affiliations or people[1].affiliations:
        return people
    _given, comma, other = text.partition(",")
    if not comma or " and " in other or "&" in other or "," in other:
        return people
    people[0].affiliations = [other.strip()]
    return people[:1]


def _sentence(text: str) -> str:
    """A plain field's words up to its first sentence stop, or all of them if short."""
    words = " ".join(text[:_FIELD_MOST].split())
    if len(words.split()) <= 15:
        return words.rstrip(" .;,")
    cut = re.search(r"[.;!?](?=\s)", words)
    return words[: cut.start()] if cut else words


def _label_end(line: str, first: Span, words: str) -> int:
    """Where the words after a marked label end its line's lead (``**Topic**:``): past
    its colon, when the mark's words are a field's key word; 0 for any other mark."""
    if first.kind not in ("strong", "em") or not is_key_word(words.rstrip(" :")):
        return 0
    if words.endswith(":"):
        return first.outer
    after = line[first.outer :]
    return first.outer + after.index(":") + 1 if after.lstrip().startswith(":") else 0


def _when(words: str) -> bool:
    """Words that say a day or a time of day (``Jeudi 16 octobre 2025, 14h``): a row's
    when, neither its title nor its speaker."""
    if not _DIGIT_RE.search(words):
        return False
    return clock_range(words)[0] is not None or find_date(words, 2000)[0] is not None


_DIGIT_RE = re.compile(r"\d")


def fields_of(line: str, marks: list[doctree.Mark]) -> Fields | None:
    """A line (its words and its marks, as the document tree keeps them) cut at the edge of
    its first mark into two fields, or ``None`` when it has no mark, or its mark is joined
    to nothing a talk's line joins it to."""
    line = line[:LEAD_MOST]
    spans = spans_of(line, marks)
    if not spans:
        return _unmarked(line)
    first = spans[0]
    opens = first.start if first.kind != "quote" else first.start - 1
    words = " ".join(line[first.start : first.end].split())
    if _when(words) or _when(line[:opens]):
        return None  # a line led by its day or time: the timetable's readers read it
    if not line[:opens].strip() and (cut := _label_end(line, first, words)):
        # "**Topic**: “Title” by Name", "*Talk:* …": a field's label leads the line
        shifted = [doctree.Mark(m.kind, m.start - cut, m.end - cut, m.value) for m in marks]
        return fields_of(line[cut:], [m for m in shifted if m.start >= 0])
    head, after = line[:opens], line[first.outer :]
    if not head.strip():
        inside = None
        if first.kind in ("strong", "em") and (both := title_and_speakers(words, heading=False))[1]:
            inside = both
        j = _AFTER_JOINT_RE.match(after)
        if j is None:
            return Fields(f"{first.kind}|in", words, "", inside=inside) if inside else None
        joint = next(k for k, v in j.groupdict().items() if v is not None)
        at = first.outer + (j.end() if joint != "paren" else j.start("paren"))
        rest = line[at:]
        if joint == "paren":
            inner = _bracket(rest)
            if inner is None:
                return None
            names = split_speakers(inner, single_ok=True)
            return Fields(f"{first.kind}|paren", words, inner, names, True, inside)
        second = _at(spans, line, at)
        if second is not None:
            words2 = " ".join(line[second.start : second.end].split())
            names = split_speakers(words2, single_ok=joint == "by")
            shape = f"{first.kind}|{joint}|{second.kind}"
            return Fields(shape, words, words2, names, joint == "by", inside)
        if joint == "space":
            return None
        names, _end = names_at_start(rest, strict=joint != "by")
        shape = f"{first.kind}|{joint}|plain"
        return Fields(shape, words, _sentence(rest), names, joint == "by", inside)
    # a plain first field, then the mark: "Name - *Title*", "Name: Title" in a link
    before = _before_joint(head) if len(head) <= _FIELD_MOST else None
    if before is None:
        return None
    joint, cut = before
    name = " ".join(head[:cut].split())
    if not name:
        return None
    names = split_speakers(words, single_ok=False)
    return Fields(f"plain|{joint}|*", name, words, names, marked=first.kind in _TITLE_MARKS)


def _unmarked(line: str) -> Fields | None:
    """A line with no mark cut at its first joint (``Greta Solheim, tba``): a person's
    field first, in a column whose other lines mark the title after it."""
    before = None
    for at, ch in enumerate(line[:_FIELD_MOST]):
        if ch in ",:" or (ch in _DASHES and line[at - 1 : at].isspace() and at > 0):
            before = _before_joint(line[: at + 1])
            if before is not None:
                break
    if before is None:
        return None
    joint, cut = before
    name = " ".join(line[:cut].split())
    rest = line[cut:].lstrip(_DASHES + ",: ")
    if not name or not rest or len(name.split()) > _NAME_WORDS_MOST:
        return None
    return Fields(f"plain|{joint}|*", name, _sentence(rest), marked=False)


@dataclass
class LineTalk:
    """A line of a column read as a talk: its title and its speakers."""

    title: str
    people: list[ProgrammePerson]


def _person_first(f: Fields) -> list[ProgrammePerson]:
    """The first field's people, when it can be a person's full name."""
    people = split_speakers(f.first, single_ok=False)
    return [] if any(is_organisation(p.name) for p in people) else people


def column_of(
    lines: list[Fields | None], least: int = 2, known: frozenset[str] = frozenset()
) -> dict[int, LineTalk]:
    """Talks of a run of sibling lines read as a column: the shape (marks and joint) most
    of them share, when at least ``least`` lines and half of the run have it, and the side
    the person is on (the joint's word, or the side that holds a person in most lines);
    each line of that shape whose person's side holds people becomes a talk, by its
    index in ``lines``. A shape the document's other runs share (``known``) needs one
    line only: a run of one under its own heading."""
    shapes: dict[str, list[int]] = {}
    for i, f in enumerate(lines):
        if f is not None:
            shapes.setdefault(f.shape, []).append(i)
            if f.inside is not None and not f.shape.endswith("|in"):
                shapes.setdefault(f"{f.shape.split('|')[0]}|in", []).append(i)
    # the shapes most lines share first; of two as common, the title read inside its mark
    for shape, at in sorted(
        shapes.items(), key=lambda kv: (-len(kv[1]), not kv[0].endswith("|in"))
    ):
        need = 1 if shape in known else least
        if len(at) < need or len(at) * 2 < len(lines):
            continue
        if read := _read_column(lines, shape, at, need, known):
            return read
    return {}


def _read_column(
    lines: list[Fields | None],
    shape: str,
    at: list[int],
    least: int,
    known: frozenset[str] = frozenset(),
) -> dict[int, LineTalk]:
    """The talks of the lines ``at`` of one shape, read as its column (see
    :func:`column_of`); empty when too few of them hold a person on the column's side."""
    out: dict[int, LineTalk] = {}
    if shape.endswith("|in"):
        for i in at:
            f = lines[i]
            if f is not None and f.inside is not None:
                out[i] = LineTalk(f.inside[0], f.inside[1])
        return out if len(out) >= least else {}
    fields = [f for i in at if (f := lines[i]) is not None]
    directed = any(f.directed for f in fields)
    second = sum(1 for f in fields if f.second_names)
    first = sum(1 for f in fields if _person_first(f))
    # the person's side: said by the joint, else the side with people in most lines;
    # a first field that is a person wants a marked title after it
    if shape.startswith("plain|"):  # the title's mark, when the person's field is plain
        marked = sum(1 for f in fields if f.marked) * 2 >= len(fields) or shape in known
    else:
        marked = shape.split("|")[-1] in _TITLE_MARKS
    person_first = not directed and first > second and marked
    if (second if not person_first else first) * 2 < len(fields):
        return {}
    for i in at:
        f = lines[i]
        if f is None:
            continue
        if (
            person_first
            and (people := _person_first(f))
            and f.second
            and not _when(f.second)
            and not is_organisation(f.second)  # "[Name](site), Lab": a people list
        ):
            out[i] = LineTalk(f.second, people)  # "Ana Ruiz — March 3": a by-line, no title
        elif not person_first and f.second_names and f.first:
            out[i] = LineTalk(f.first, f.second_names)
    return out if len(out) >= least else {}
