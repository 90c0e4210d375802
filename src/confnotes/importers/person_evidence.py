"""The person test's second look: a speaker weighed against the whole document.

:mod:`confnotes.importers.persons` says whether a string *can* be a name. Whether it
*is* one in this document is a question of its role, and the role shows in where
the document puts the name. Every reader's programme passes here, with the
document's text:

- **A speaker packed into its talk's line** (``Event Start - Join Us``, ``Harbour
  Lights: Tides and Timetables``) was split out of a title. That reading holds when
  it is the document's convention (most of its talks are written so: a programme of
  ``Title - Name`` lines, a table with a speaker column), when a word before the
  name gives it the role (``by``, ``with``, a kind label such as ``Keynote:``), or
  when the document names the person elsewhere on a line of their own (a speaker
  line, a people list). Otherwise the split is undone: the line is a title whose
  first words look like a name, and nobody is invented.
- **A comma between a name and a second name-shaped phrase**: when the document
  writes ``Name, Affiliation`` on its other talks' lines (an organisation word told
  one of them), ``Ruben Claes, Omroep Zuid`` is one person and an affiliation too,
  not two people, unless the document names that phrase as a person elsewhere.

The text is only searched (casefolded, tags and emphasis marks removed), so the
pass is linear in the text and the names; it changes nothing it cannot find.
"""

from __future__ import annotations

import html
import re

from confnotes.importers.fields import ROLE_WORDS, names_several
from confnotes.importers.headings import says_notes_only, says_on_topic
from confnotes.importers.kinds import kind_of, names_a_visit
from confnotes.importers.persons import (
    HONORIFICS_AFTER,
    NAME_CONJUNCTIONS,
    academic_titled,
    begins_with_handle,
    is_organisation,
    is_person_name,
    joined_by_a_conjunction,
    not_an_affiliation,
    split_speakers,
    titled_family_comma_given,
)
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeRole, ProgrammeTalk
from confnotes.importers.textutil import BY_WORD_SET, WITH_WORDS
from confnotes.importers.when import NTH_WORDS, nth_day
from confnotes.knowledge.people import HONORIFICS

_NO_SPEAKER_KINDS = frozenset({"talk", "break", "social", "other"})
"""Kinds of slot a label before a name does not make a speaker's (``talk`` is no label)."""
CONVENTION = 0.5
"""Share of a document's talks written with their speakers in the title's line for
that to be its convention (below it, such a split needs a role word or a known name)."""
MAX_TEXT = 4_000_000
"""Texts longer than this are not weighed (the pass stays cheap on any input)."""
MAX_HITS = 40
"""Occurrences of one name looked at, at most."""

_CELL_RE = re.compile(r"<(?:/?t[dh]|/tr)\b[^<>]{0,2000}>", re.I)
_TAG_RE = re.compile(r"<[^<>]{0,2000}>")
_BR_RE = re.compile(r"<br\s{0,20}/?>", re.I)
_STRESS_END_RE = re.compile(r"</(?:em|strong|b|i)>", re.I)
_HONORIFICS_RE = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(HONORIFICS, key=len, reverse=True))})\b\.?\s*)+$"
)
"""Titles before a name (the people index's :data:`HONORIFICS`), set aside."""
_MARKS_RE = re.compile(r"[*_`~\[\]]+")
_LINK_TARGET_RE = re.compile(r"^\((?:[a-z][a-z0-9+.-]{0,20}:|/|#)[^()\s]{0,500}\)")
"""A Markdown link's target as the searchable text keeps it (``(https://…)`` right after
the link's words, their brackets gone)."""
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_ASCII_WORD_RE = re.compile(r"[a-z0-9]+")
_ITEM_LEAD_RE = re.compile(r"[ \t]{0,12}(?:[-+•]|\d{1,3}[.)])[ \t]")
"""A list item's marker opening a line (``- ``, ``1. ``), in the searched text."""
_LINK_TEXT_RE = re.compile(
    r"\[([^\[\]\n]{2,80})\]\([^()\s]{0,500}\)(?![:：])"
    r"|<a\b[^<>]{0,2000}>([^<>]{2,80})</a>(?![:：])",
    re.I,
)
"""A link's text (Markdown or HTML), not one opening a ``Label: …`` line."""
MAX_ITEM_LINES = 6
"""Lines of one list item read as its one logical line, at most (a hard-wrapped item)."""

_FIELD_LINE_RE = re.compile(
    r"\A[ \t]{0,8}(?:[-+•]|\d{1,3}[.)])?[ \t]{0,4}"
    r"([^\W\d_][^:：|\n]{0,39}?)[ \t]{0,4}(?::[ \t]|：)\S"
)
"""A ``Label: value`` line, maybe a list item (the label: a word first, 40 characters at
most, no colon or cell mark)."""
FIELD_LINES = 3
"""Lines one label leads for it to be a field's key (a person's line seldom repeats so)."""
FIELD_KEYS = 2
"""Labels so repeated for the document to write records of fields (one repeated lead
alone may be someone's run of talks: ``Ana Ruiz: Part 1``, ``Ana Ruiz: Part 2``…)."""
_SPACES_RE = re.compile(r"[ \t\u00a0\u3000]+")
_CJK_SIGN_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_ROLE_WORDS = sorted(
    BY_WORD_SET
    | WITH_WORDS
    | {"presented"}
    | {w for role in ("speaker", "chair") for w in ROLE_WORDS[role] if w.isalpha()},
    key=len,
    reverse=True,
)
_ROLE_WORD_RE = re.compile(
    rf"(?:\b(?:{'|'.join(w for w in _ROLE_WORDS if not _CJK_SIGN_RE.search(w))})"
    rf"|[:：]|{'|'.join(w for w in _ROLE_WORDS if _CJK_SIGN_RE.search(w))})\W*$",
    re.I,
)
"""A word just before a name that gives it a speaker's role."""


def _keep_lines(m: re.Match[str], instead: str) -> str:
    """A tag's replacement: its line breaks, so a tag written over two lines (``<span\n
    class="speaker">``) does not join its element's line to the one before."""
    return "\n" * m.group(0).count("\n") or instead


def _plain(text: str) -> str:
    """``text`` as the pass searches it: no tags, no emphasis marks, one space, casefolded."""
    text = _BR_RE.sub("\n", text)  # "<em>Title TBA</em> <br> Name": two lines, as shown
    # "<em>Workshop</em> Name": the stress ends its field as a cell would
    text = _STRESS_END_RE.sub(" | ", text)
    text = _CELL_RE.sub(lambda m: _keep_lines(m, " | "), text)
    text = html.unescape(_TAG_RE.sub(lambda m: _keep_lines(m, " "), text))
    return _SPACES_RE.sub(" ", _MARKS_RE.sub("", text)).casefold()


class Searchable:
    """A document's searchable text, line by line, with an index from each ASCII word to
    the lines holding it, so a name or a title is looked up in the few lines that hold its
    rarest word, not scanned for through the whole text (a programme of 3,000 talks).

    Built once per document, on first use, and shared by every reading weighed against
    it (:func:`weigh_people`'s ``doc``): the pass only reads it."""

    def __init__(self, text: str):
        self._raw = text
        self._text: str | None = None
        self.spans: list[tuple[int, int]] = []
        self.index: dict[str, list[int]] = {}
        self._keys: frozenset[str] | None = None
        self._linked: frozenset[str] | None = None

    @property
    def linked(self) -> frozenset[str]:
        """The texts of the document's links, as the pass searches text: a name that is a
        link's whole text (``[Ana Ruiz](/speakers/ana)`` beside ``[Title](/talks/1)``)
        is a field of its own, set apart as a cell would set it apart."""
        if self._linked is None:
            self._linked = frozenset(
                _plain(m.group(1) or m.group(2)).strip()
                for m in _LINK_TEXT_RE.finditer(self._raw[:MAX_TEXT])
            )
        return self._linked

    def item_end(self, start: int, end: int) -> int:
        """The end of the list item whose first line is ``start``..``end``: its lines
        wrapped under it (indented, no marker of their own) are one line of the item,
        as Markdown renders them (``- 10:15 Title that goes on`` / ``  (Ana Ruiz)``);
        ``end`` for a line that opens no list item."""
        text = self.text
        if not _ITEM_LEAD_RE.match(text, start, end):
            return end
        for _ in range(MAX_ITEM_LINES):
            nxt = text.find("\n", end + 1)
            line = text[end + 1 : len(text) if nxt < 0 else nxt]
            if end >= len(text) or not line[:1].isspace() or not line.strip():
                break
            if _ITEM_LEAD_RE.match(line) or line.lstrip()[:1] in ("|", "#"):
                break
            end = len(text) if nxt < 0 else nxt
        return end

    @property
    def field_keys(self) -> frozenset[str]:
        """The labels the document's records write their fields under: leads of ``Label:
        value`` lines when at least :data:`FIELD_KEYS` of them each lead
        :data:`FIELD_LINES` lines or more (``- Summary: …`` / ``- Takeaway: …`` under
        every talk). A name-shaped label so repeated is a field's key, no one."""
        if self._keys is None:
            counts: dict[str, int] = {}
            for line in self.text.split("\n"):
                m = _FIELD_LINE_RE.match(line)
                if m and not any(c.isdigit() for c in m.group(1)):
                    lead = m.group(1).strip()
                    counts[lead] = counts.get(lead, 0) + 1
            keys = frozenset(k for k, n in counts.items() if n >= FIELD_LINES)
            self._keys = keys if len(keys) >= FIELD_KEYS else frozenset()
        return self._keys

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = _plain(self._raw)
            start = 0
            for n, line in enumerate(self._text.split("\n")):
                end = start + len(line)
                self.spans.append((start, end))
                for word in set(_ASCII_WORD_RE.findall(line)):
                    self.index.setdefault(word, []).append(n)
                start = end + 1
        return self._text

    def lines_with(self, needle: str, cut: bool = False) -> list[tuple[int, int]]:
        """The (start, end) of each line holding ``needle`` (at most :data:`MAX_HITS`);
        ``cut``: its last word may be cut short (a title's first characters)."""
        out: list[tuple[int, int]] = []
        if not needle:
            return out
        text = self.text  # built here on the first look-up
        words = _ASCII_WORD_RE.findall(needle)
        whole = words[:-1] if cut else words
        if whole and needle.isascii():
            rarest = min(whole, key=lambda w: len(self.index.get(w, ())))
            for n in self.index.get(rarest, ()):
                start, end = self.spans[n]
                if needle in text[start:end]:
                    out.append((start, end))
                    if len(out) >= MAX_HITS:
                        break
            return out
        at = text.find(needle)
        while at >= 0 and len(out) < MAX_HITS:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if not out or out[-1] != (start, end):
                out.append((start, end))
            at = text.find(needle, end)
        return out


def _title_key(talk: ProgrammeTalk) -> str:
    """A stretch of the talk's title to find its line by (its first words)."""
    title = _plain(talk.title).strip(" \"'“”.:-–—")
    return title[:32].strip()


def _role_before(line: str, at: int) -> bool:
    """A word before the name at ``at`` that gives it a speaker's role (``by``, ``von Prof.
    Dr.``, ``Speaker:``) or a kind label that names the slot's speaker (``Keynote -``)."""
    before = _HONORIFICS_RE.sub("", line[max(0, at - 40) : at])
    # a kind that has a speaker ("Keynote - Name"); a lunch or a dinner names a place
    return bool(_ROLE_WORD_RE.search(before)) or kind_of(before) not in _NO_SPEAKER_KINDS


_TITLE_MARKS = '"“„«「『《*_'
"""Quotes or emphasis opening a title on its line (``"Title" — Name``, ``*Title*, Name``):
the marks part the title field from the by-line after it."""


_HONORIFIC_AFTER_RE = re.compile(rf"[ \t\u3000]?(?:{HONORIFICS_AFTER})(?=[\s)）\]」』,，、。/]|$)")
"""An East Asian honorific right after a name (``（佐藤 育郎 先生）``, ``田中さん``): the
courtesy a page gives a person, so the name in the title's line is its speaker's."""


def _kind_after(rest: str) -> bool:
    """A kind label right after the name, ending the line (``Vinay Prasad Keynote``): the
    slot that person gives."""
    words = _WORD_RE.findall(rest[:40])
    return 0 < len(words) <= 2 and kind_of(" ".join(words)) not in _NO_SPEAKER_KINDS


def _alone(line: str, name: str) -> bool:
    """The line says little besides the name (a heading, a card's name, ``Name (Lab)``)."""
    rest = _WORD_RE.findall(line.replace(name, " "))
    return len(rest) <= 2


def _cell_at(line: str, at: int) -> str:
    """The stretch of ``line`` between the table cell marks (``|``) around ``at``."""
    return line[line.rfind("|", 0, max(at, 0)) + 1 :].split("|", 1)[0]


def _position(
    doc: Searchable, talk: ProgrammeTalk, person: ProgrammePerson, titled: set[tuple[int, int]]
) -> str | None:
    """Where ``person`` is written relative to ``talk``'s title: ``"own"`` when some line
    names them without any talk's title (a speaker line, a people list), or in a cell of
    its own beside the title (a speaker column), ``"role"`` when a role word comes before
    the name on the title's line, ``"packed"`` when they are only ever written inside
    talks' title lines, ``"named"`` when the title is nowhere in the text but the name is
    (a slot the document names by its speaker alone); None when the pass cannot tell (the
    name is not found as such)."""
    name = _plain(person.name).strip()
    key = _title_key(talk)
    if len(name) < 2 or len(key) < 3:
        return None
    if name in doc.linked and name not in _plain(talk.title):
        return "own"  # "[Title](…) - [Ana Ruiz](…)": the name a link of its own
    lines = doc.lines_with(name)
    if not lines:
        return None
    if not doc.lines_with(key, cut=True):
        return "named"  # a slot the document names by its speaker alone ("14:00 Ana Ruiz")
    how = "packed"
    for start, end in lines:
        line = doc.text[start:end]
        at, t_at = line.find(name), line.find(key)
        if t_at < 0 and (
            (start, end) not in titled or _alone(line, name) or _alone(_cell_at(line, at), name)
        ):
            # a line of its own, or one that is little more than the name, or a table
            # row's cell that is (the row's next cell may hold another talk's title)
            return "own"
        if t_at >= 0 and "|" in line[min(at, t_at) : max(at, t_at)]:
            return "own"  # a cell of its own on the title's row: a speaker column
        after = line[at + len(name) :]
        if (
            t_at >= 0
            and (
                _role_before(line, at)
                or begins_with_handle(after)
                or _kind_after(after)
                or _HONORIFIC_AFTER_RE.match(after) is not None
                or academic_titled(line, name)  # "Title (Prof. Dr. Weber)": a person's courtesy
                or (0 < t_at < at and line[t_at - 1] in _TITLE_MARKS)
                or (at < t_at and says_on_topic(line[at + len(name) : t_at]))
            )
        ):
            how = "role"  # "by Name", "Keynote - Name", "Name @handle", "Name om Topic"
    return how


def _keynote_speaker(talk: ProgrammeTalk, person: ProgrammePerson) -> bool:
    """Whether ``person`` is a keynote's one speaker, a full name written beside its title
    (``Keynote`` over ``Ana Ruiz --- Title``, ``Keynote: Ana Ruiz – Title``): a keynote is
    a slot given by one person and set apart from the papers, so the way the document
    writes its papers' authors (a line under each title) does not weigh its line."""
    return talk.kind == "keynote" and len(talk.speakers) == 1 and len(person.name.split()) >= 2


def _joined_to(
    doc: Searchable, talk: ProgrammeTalk, person: ProgrammePerson, hows: dict[int, str | None]
) -> bool:
    """Whether ``person`` is a name the line joins with a conjunction to a co-speaker kept
    on other evidence (``por Luis Vega y Sara``, ``par Ana Ruiz et Jean Le Goff``: the by-word
    places the first name, and the one joined to it with it): the by-line places both."""
    return any(
        other is not person
        and hows[id(other)] not in (None, "packed")
        and joined_by_a_conjunction(
            doc.text, _plain(other.name).strip(), _plain(person.name).strip()
        )
        for other in talk.speakers
    )


def _bracketed_names(doc: Searchable, talk: ProgrammeTalk) -> bool:
    """Whether a line writes all of ``talk``'s two or more speakers in one bracket of names
    joined by commas and a conjunction (``Title (Ana Ruiz et Jean Le Goff)``): a bracket
    that holds nothing but names joined as a by-line joins them is that by-line, where a
    lone name in brackets may be a place or a host (``Party (St. Joan)``). Each name must
    be a person's, and the bracket no things named alike (:func:`_things_alike`)."""
    names = [_plain(p.name).strip() for p in talk.speakers]
    if len(names) < 2 or any(len(n.split()) < 2 for n in names):
        return False
    written = [p.name.strip() for p in talk.speakers]
    if not all(is_person_name(n) for n in written) or _things_alike(written):
        return False
    return _bracket_of(doc, names) is not None


def _joined(names: list[str], word: str) -> str:
    """``names`` joined as a by-line joins them: commas, then ``word`` before the last."""
    joints = [", "] * (len(names) - 2)
    return "".join(n + j for n, j in zip(names, [*joints, f" {word} "], strict=False)) + names[-1]


def _bracket_of(doc: Searchable, names: list[str]) -> str | None:
    """The conjunction of a bracket that writes ``names`` (as the pass searches text)
    joined by commas and it (``Ana Ruiz et Jean Le Goff``), when the document has it."""
    for word in NAME_CONJUNCTIONS:
        if f"({_joined(names, word)})" in doc.text:
            return word
    return None


def _things_alike(names: list[str]) -> bool:
    """Whether a bracket's names are things, not people: one is an organisation or a
    product (``Grafana Labs``), or counts (``Part One``, ``Day Two``), or two open on one
    word (``Part One and Part Two``, ``Apache Beam and Apache Flink``: a pair of things
    named alike; two of one family are written ``Ana and Bo Lin``). All of them open on
    it: among six authors two may share a given name (``Peter Lund, Peter Z. Yeh``); an
    initial (``V.``) counts nothing."""
    return (
        any(
            is_organisation(n)
            or any(
                w.casefold().strip(".") in _COUNTING_WORDS and not _INITIAL_RE.fullmatch(w)
                for w in n.split()
            )
            for n in names
        )
        or len({n.split()[0].casefold() for n in names if n.split()}) == 1
    )


def _drop_bracketed_things(doc: Searchable, talks: list[ProgrammeTalk]) -> None:
    """A talk whose two or more speakers are all one bracket after its title, and are
    things named alike (:func:`_things_alike`), has no speakers: the bracket goes back into
    its title (``Kubernetes Operators (Part One and Part Two)``), as a bracket of such
    things is left where it is read as no one's."""
    for talk in talks:
        written = [p.name.strip() for p in talk.speakers]
        if len(written) < 2 or any(len(n.split()) < 2 for n in written):
            continue
        if not _things_alike(written):
            continue
        names = [_plain(n).strip() for n in written]
        if (word := _bracket_of(doc, names)) is None:
            continue
        if f"{_plain(talk.title).strip()} ({_joined(names, word)})" not in doc.text:
            continue  # the bracket stands elsewhere than after this talk's title
        talk.speakers = []
        talk.title = f"{talk.title} ({_joined(written, word)})"


_COUNTING_WORDS = frozenset(NTH_WORDS) | {"part", "day", "i", "ii", "iii", "iv", "v"}
"""Words that count parts (``Part One``, ``Day Two``, ``Part II``): no word of a name."""
_INITIAL_RE = re.compile(r"[^\W\d_]\.")
"""A name's initial (``V.``): a letter and its dot, not a Roman numeral."""


def _unsplit(doc: Searchable, talk: ProgrammeTalk, person: ProgrammePerson) -> None:
    """Take ``person`` off ``talk``; when it was the only speaker and the line holds the
    name and the title side by side, the title becomes that whole stretch again."""
    talk.speakers = [p for p in talk.speakers if p is not person]
    if talk.speakers:
        return
    name, key = _plain(person.name).strip(), _title_key(talk)
    if name.casefold() in _plain(talk.title).casefold():
        return  # the title holds the name already ("Vinay Prasad Keynote")
    for start, end in doc.lines_with(name):
        line = doc.text[start:end]
        at, t_at = line.find(name), line.find(key)
        if at < 0 or t_at < 0:
            continue
        title = _plain(talk.title).strip()
        lo, hi = min(at, t_at), max(at + len(name), t_at + len(title))
        between = line[at + len(name) : t_at] if at < t_at else line[t_at + len(title) : at]
        # "Android [Jetpack](…/keyword/Jetpack): Title": a link on the name's last word
        # (a blog's keyword link) is no word between the name and the title
        target = len(between) - len(between := _LINK_TARGET_RE.sub("", between, count=1))
        if hi - lo - target <= len(name) + len(title) + 4 and not between.strip(" -–—:|·,"):
            whole = _restore(talk.title, person.name, at < t_at, between)
            if whole:
                talk.title = whole
        return


def _restore(title: str, name: str, name_first: bool, between: str) -> str:
    """The title as the line wrote it, name and title with their separator."""
    sep = between.strip()
    glue = f"{sep} " if sep in (":", "：") else (f" {sep} " if sep else " ")
    return f"{name}{glue}{title}" if name_first else f"{title}{glue}{name}"


def _in_line(doc: Searchable, talk: ProgrammeTalk) -> str:
    """Where the document writes ``talk``'s speaker on the talk's own line, not in a cell
    of its own: ``"after"`` the title (``Title - Name``, ``Keynote - Name``), ``"before"``
    it (``Name: Title``), ``"named"`` when the slot is named by its speaker alone (``14:00
    Ana Ruiz``, its title not found as such); ``""`` when it is not so written."""
    if not talk.speakers:
        return ""
    names = [_plain(p.name).strip() for p in talk.speakers]
    lines = doc.lines_with(_title_key(talk), cut=True)
    if not lines:
        return "named" if any(len(n) >= 2 and doc.lines_with(n) for n in names) else ""
    key = _title_key(talk)
    for start, end in lines:
        line = doc.text[start : doc.item_end(start, end)]  # a wrapped item: one line
        t_at = line.find(key)
        for name in names:
            at = line.find(name) if len(name) >= 2 else -1
            if at >= 0 and "|" not in line[min(at, t_at) : max(at, t_at)]:
                return "before" if at < t_at else "after"
    return ""


_DASH_TAIL_RE = re.compile(r"[ \t][-–—][ \t]+([^-–—\n]{2,80})$")
"""The words after a line's last spaced dash (``Title — Genomics Core``)."""


def _group_in_line(doc: Searchable, talk: ProgrammeTalk) -> str:
    """``"after"`` when a talk without speakers is written ``Title — Unit``, an
    organisation where the document's other lines put a speaker (``Genomics Core``,
    ``Imaging Facility``), in its title or on its line; ``""`` otherwise."""
    if talk.speakers:
        return ""
    tail = _DASH_TAIL_RE.search(talk.title.strip())
    if tail and is_organisation(tail.group(1).strip(" *_")):
        return "after"
    # a reader that moved the unit into the talk's note ("Title" over "Genomics Core"):
    # its line still writes it after the title
    unit = talk.body.strip().split("\n", 1)[0].strip(" *_")
    if not unit or len(unit) > 80 or not is_organisation(unit):
        return ""
    key, folded = _title_key(talk), _plain(unit).strip()
    for start, end in doc.lines_with(key, cut=True)[:3]:
        line = doc.text[start : doc.item_end(start, end)]
        if 0 <= line.find(key) < line.find(folded):
            return "after"
    return ""


_JOINED_RE = re.compile(r"[ \t][-–—|/][ \t]|[:：]")
"""Two parts joined on a title's line (a spaced dash, a bar, a colon): where a document
could have written a speaker beside its title."""
NAMELESS_LEAST = 3
"""Talks written with their speakers on the title's line, at least, all on the same side
of it (``Title — Name`` or ``Name: Title``, not a slot named by its speaker alone),
before the slots that name no one and join no words (``Welcome``, ``Office
hours``) are left out of the share that makes the convention."""


def _beside(talk: ProgrammeTalk) -> bool:
    """Whether ``talk``'s title is its own words beside its speakers, none of whom it
    holds (a cell read both as the title and as a name is no title joined to a name)."""
    title = talk.title.casefold()
    return not any(p.name.casefold() in title for p in talk.speakers)


def _joins_parts(title: str) -> bool:
    """Whether ``title`` joins two parts (:data:`_JOINED_RE`)."""
    return _JOINED_RE.search(title) is not None


def _conventions(sides: list[str], total: int) -> set[str]:
    """The ways of writing a speaker on the title's line that are the document's
    convention: all of them when together they are :data:`CONVENTION` of its ``total``
    items, except a side written a third as often as the other or less (``Name:
    Title`` once among ``Invited Talk 1: Name`` slots is a title's head, no name)."""
    packed = [s for s in sides if s]
    if len(packed) < CONVENTION * total:
        return set()
    after, before = packed.count("after"), packed.count("before")
    out = {"named", "after", "before"}
    if before * 3 <= after:
        out.discard("before")
    if after * 3 <= before:
        out.discard("after")
    return out


def _glued_tail(title: str) -> tuple[str, str] | None:
    """``(title, words after)`` of ``Title- Name`` or ``Title -Name``: a title whose last
    dash is glued to a word on one side and spaced on the other; None for any other
    (a dash glued on both sides, ``Data-Driven``, is a word's own hyphen)."""
    at = max(title.rfind(dash) for dash in "-–—")
    if at <= 0 or at + 1 >= len(title):
        return None
    before, after = title[at - 1], title[at + 1]
    if (before == " ") == (after == " "):
        return None  # spaced on both sides (the convention itself) or on neither
    head, who = title[:at].strip(), title[at + 1 :].strip()
    if not head or not who[:1].isalpha() or not (head[-1].isalnum() or head[-1] in "'’\"”»!?.)"):
        return None
    return head, who


def _glued_dashes(talks: list[ProgrammeTalk], usual: set[str]) -> None:
    """A title read whole with a speaker glued to its end by a dash short of its spaces
    (``Title- Name``, ``Title -Name``) in a document whose convention writes the speaker
    after the title (``Title - Name``, most of its talk lines): the line is written the
    same way, a space missing; the name leaves the title and is the talk's speaker. A
    title whose words after the dash are no one (``Data-Driven Design``) stays."""
    if "after" not in usual or "before" in usual:
        return
    for talk in talks:
        glued = _glued_tail(talk.title.strip())
        if glued is None or " - " in talk.title or " – " in talk.title or " — " in talk.title:
            continue
        head, who = glued
        people = split_speakers(who)
        if not people or any(p.name not in who for p in people):
            continue  # the words after the dash are no one's whole name
        if talk.speakers and not {p.name.casefold() for p in people} <= {
            p.name.casefold() for p in talk.speakers
        }:
            continue  # the talk's speakers are others: the dash is the title's own
        talk.title = head
        if not talk.speakers:
            talk.speakers = people


def weigh_people(programme: Programme, text: str, doc: Searchable | None = None) -> Programme:
    """``programme`` with the speakers its document gives no role dropped (see the module's
    doc); the same programme, changed in place, returned for chaining. ``doc``: the
    document's :class:`Searchable` text when the caller weighs several readings of it."""
    drop_named_things(programme)
    drop_break_placeholders(programme)
    if not text or len(text) > MAX_TEXT or not programme.talks:
        return programme
    doc = Searchable(text) if doc is None else doc
    _drop_field_keys(doc, programme)
    _by_line_siblings(doc, programme)
    eligible = [  # the document's items: what has a time or a speaker, breaks aside
        t
        for t in programme.talks
        if t.title.strip()
        and t.kind != "break"
        and (t.speakers or t.start or t.clock or (t.day and t.kind != "other"))
    ]  # a note of the person's own text, dated by the file's day alone, is no item
    if not eligible:
        return programme
    # a break read with a name ("Lunch (Harbour Inn)") is weighed too, not counted as an item
    weighed = eligible + [t for t in programme.talks if t.kind == "break" and t.speakers]
    sides = {id(t): _in_line(doc, t) for t in weighed}
    # a unit set where the others set their speakers ("Title — *Genomics Core*") shows
    # the slot as much as a person does: it counts towards the convention, gives no one
    slots = [sides[id(t)] or _group_in_line(doc, t) for t in eligible]
    usual = _conventions(slots, len(eligible))
    written = [side for t, side in zip(eligible, slots, strict=True) if side and _beside(t)]
    if not usual and len(written) >= NAMELESS_LEAST and set(written) in ({"after"}, {"before"}):
        # "Welcome", "Office hours", "Round table" among "Title — Name" lines: a slot that
        # names no one and joins no words on its line says nothing of how speakers are
        # written; the convention, one way of writing them, is weighed on the lines that
        # could say it
        could = [
            side for t, side in zip(eligible, slots, strict=True) if side or _joins_parts(t.title)
        ]
        usual = _conventions(could, len(could))
    _glued_dashes(programme.talks, usual)
    # not the document's convention: each name read out of its talk's line is weighed
    # (where there is one, only the names written in another way than it)
    odd = [t for t in weighed if not usual or (sides[id(t)] and sides[id(t)] not in usual)]
    if odd:
        titled = {span for t in weighed for span in doc.lines_with(_title_key(t), cut=True)}
        series = _series_stems(weighed)
        for talk in odd:
            hows = {id(p): _position(doc, talk, p, titled) for p in talk.speakers}
            if _bracketed_names(doc, talk):
                continue
            for person in list(talk.speakers):
                if hows[id(person)] == "packed" and not (
                    person.affiliations
                    or person.aliases
                    or talk.speakers_placed
                    or _series_stem(talk.title) in series
                    or _joined_to(doc, talk, person, hows)
                    or _keynote_speaker(talk, person)
                ):
                    _unsplit(doc, talk, person)
    _drop_bracketed_things(doc, weighed)
    _affiliation_convention(doc, eligible)
    _family_first_habit(programme, text)
    full_names(programme, text)
    return programme


HABIT_LEAST = 2
"""Speakers written ``Title Family, Given Given`` before a lone word after the comma is
read as their habit (a given name), not as where the person works."""


def _family_first_habit(programme: Programme, text: str) -> None:
    """``Prof. Kwon, Cheolhyeon`` read as ``Kwon`` of ``Cheolhyeon`` in a document whose
    other speakers are written ``Prof. Moon, Ha Neul``: the column's habit puts a given
    name after the comma, so the word is the rest of the name. A document that writes no
    such two-word given names leaves the word where the person works (``Prof. Chen,
    Tsinghua``)."""
    people = [p for t in programme.talks for p in t.speakers]
    habit = 0
    for person in people:
        words = person.name.split()
        if len(words) >= 3 and f"{words[-1]}, {' '.join(words[:-1])}" in text:
            habit += 1
    if habit < HABIT_LEAST:
        return
    for person in people:
        words = person.name.split()
        if len(person.affiliations) != 1 or not 1 <= len(words) <= 2:
            continue
        written = f" {words[-1]}, {person.affiliations[0]}"
        at = text.find(written)
        if at < 0 or text[at + len(written) : at + len(written) + 1].isalnum():
            continue
        before = text[:at].split()
        if not before or (read := titled_family_comma_given(before[-1] + written)) is None:
            continue
        person.name, person.affiliations = read.name, read.affiliations


SERIES_LEAST = 3
"""Slots of one series (one title but for its number) before the names beside them hold."""
_NUMBER_RE = re.compile(r"[#№]?\d{1,4}")


def _series_stem(title: str) -> str:
    """A title without its numbers, casefolded: ``Meet the Authors 2`` and ``Meet the
    Authors 5`` are one series' slots."""
    return " ".join(_NUMBER_RE.sub(" ", title).casefold().split())


def _series_stems(talks: list[ProgrammeTalk]) -> set[str]:
    """The titles a programme repeats over :data:`SERIES_LEAST` slots or more, each with
    one other person beside it (``Office Hours - Ana Ruiz``, ``Office Hours - Li Wei``):
    a series of one kind of slot, told apart only by who holds it, so the part that
    changes is its person, not its title's words."""
    names: dict[str, set[str]] = {}
    for talk in talks:
        if len(talk.speakers) == 1 and (stem := _series_stem(talk.title)):
            names.setdefault(stem, set()).add(talk.speakers[0].name.casefold())
    return {stem for stem, seen in names.items() if len(seen) >= SERIES_LEAST}


def _by_line_siblings(doc: Searchable, programme: Programme) -> None:
    """Slots written one way, ``<Label> by <X>`` (``Vortrag von KDAB``, ``Talk by
    Airbus``): when the X of most of them is read as nobody, the X of the others is no
    person either (``Vortrag von Techniker Krankenkasse``, a sponsor's slot), and the
    slot's whole line is its title again."""
    unread: dict[str, int] = {}
    for talk in programme.talks:
        words = talk.title.split()
        if talk.speakers or len(words) < 3 or len(words) > 12:
            continue
        for n in range(1, len(words) - 1):
            if words[n].casefold() in BY_WORD_SET:
                key = " ".join(words[:n]).casefold()
                unread[key] = unread.get(key, 0) + 1
                break
    if not unread:
        return
    read: dict[str, list[tuple[ProgrammeTalk, str]]] = {}
    for talk in programme.talks:
        key = " ".join(talk.title.split()).casefold()
        if len(talk.speakers) != 1 or unread.get(key, 0) < 2:
            continue
        name = talk.speakers[0].name
        for by in BY_WORD_SET:
            whole = f"{' '.join(talk.title.split())} {by} {name}"
            if doc.lines_with(_plain(whole).strip()):
                read.setdefault(key, []).append((talk, whole))
                break
    for key, talks in read.items():
        if unread[key] < len(talks):
            continue
        for talk, whole in talks:
            talk.speakers = []
            talk.title = whole


def _drop_field_keys(doc: Searchable, programme: Programme) -> None:
    """Speakers and people who are the labels of the document's fields (its
    :attr:`Searchable.field_keys`): a ``Summary: …`` line read as a speaker and a title."""
    keys = doc.field_keys
    if not keys:
        return
    for talk in programme.talks:
        for person in list(talk.speakers):
            if _plain(person.name).strip() in keys:
                _unsplit(doc, talk, person)
    programme.roles = [r for r in programme.roles if _plain(r.person.name).strip() not in keys]


_INITIAL_NAME_RE = re.compile(r"([A-Z])\.?\s{1,3}([A-Z][^\W\d_]{1,30}(?:-[A-Z][^\W\d_]{1,30})?)")
"""``J. Abbott``, ``A Enge``: a given name's initial, then a family name."""
_INITIAL_WINDOW = 40
"""Characters before a family name looked at for the given name written in full."""


def _written_in_full(text: str, initial: str, family: str) -> set[str]:
    """The full names ``text`` writes for ``initial. family``: each given name spelt out
    before the family name (``John Abbott``), found with ``str.find`` (at most
    :data:`MAX_HITS` occurrences), no pattern built per name. A family name written in
    capitals (``Andreas ENGE``, as programmes in many languages set it) is the same name."""
    forms: set[str] = set()
    for written in dict.fromkeys((family, family.upper())):
        forms |= _given_before(text, initial, family, written)
    return forms


def _given_before(text: str, initial: str, family: str, written: str) -> set[str]:
    """The full names of :func:`_written_in_full` where ``text`` writes ``family`` as
    ``written``."""
    forms: set[str] = set()
    at, hits = text.find(written), 0
    while at >= 0 and hits < MAX_HITS:
        end = at + len(written)
        before = text[max(0, at - _INITIAL_WINDOW) : at]
        words = before.split()
        given = words[-1].lstrip("[(*_\"'“‘«") if words else ""  # "[John Abbott](mailto:…)"
        if (
            given
            and before[-1:].isspace()
            and (end >= len(text) or not text[end].isalpha())
            and given[0] == initial
            and len(given) >= 2
            and given[1:].isalpha()
            and given[1:].islower()
        ):
            forms.add(f"{given} {family}")
        at, hits = text.find(written, at + 1), hits + 1
    return forms


_FAMILY_RE = re.compile(r"[A-Z][^\W\d_]{1,30}(?:-[A-Z][^\W\d_]{1,30})?")
"""``Okafor``, ``Lind-Berg``: a family name written alone (a dense timetable's cell)."""
_GIVEN_RE = re.compile(r"[A-Z][^\W\d_]*\.?|[A-Z][^\W\d_]+-[A-Z][^\W\d_]+")
"""A given name's word (``Maria``, ``J.``, ``Jean-Luc``)."""
_NAME_END_RE = re.compile(r"[ \t]?(?:$|[\n<,;(|)&]|(?:and|und|y|et)\b|[-–—]\s)")
"""What follows a name on a by-line or in a list: the line's or cell's end, a comma, a
bracket, a joining word, a dash before an organisation; not a sentence's next word."""
_BEFORE_NAME_CUT_RE = re.compile(r"[\n<>()\[\],;:|]")


def _given_words(before: str) -> list[str]:
    """The given names written just before a family name: the capitalised words after the
    last tag, bracket or separator (``<h4>Ole Holm`` → ``Ole Holm``), at most three. None
    when that stretch is a sentence (``Photos by Dan``, ``for Ask``): only a by-line or a
    list of names (``Ana Li and Bo``) holds nothing but name words and joining words."""
    cuts = list(_BEFORE_NAME_CUT_RE.finditer(before))
    words = before[cuts[-1].end() if cuts else 0 :].split()
    if not all(_GIVEN_RE.fullmatch(w) or _joins_names(w) for w in words):
        return []
    given: list[str] = []
    for word in reversed(words[-3:]):
        if not _GIVEN_RE.fullmatch(word):
            break
        given.insert(0, word)
    return given


def _joins_names(word: str) -> bool:
    """``and``, ``&``, ``und``: a word that joins names in a list (what
    :data:`_NAME_END_RE` takes for a name's end)."""
    return bool(_NAME_END_RE.match(" " + word))


def _family_in_full(text: str, family: str) -> set[str]:
    """The full names ``text`` writes for a family name written alone: given names before
    it and a name's end after it (a by-line ``Ana Okafor, Lumen Labs``, a list ``Ana Okafor
    and Bo Li``), found with ``str.find`` (at most :data:`MAX_HITS` occurrences)."""
    forms: set[str] = set()
    at, hits = text.find(family), 0
    while at >= 0 and hits < MAX_HITS:
        end = at + len(family)
        before = text[max(0, at - _INITIAL_WINDOW) : at]
        bounded = before[-1:] == " " and _NAME_END_RE.match(text, end)
        if bounded and (given := _given_words(before)):
            forms.add(" ".join([*given, family]))
        at, hits = text.find(family, at + 1), hits + 1
    longest = max(forms, key=len, default="")
    if all(longest.endswith(" " + f) or f == longest for f in forms):
        return {longest} if longest else set()  # "Holm Nielsen" inside "Ole Holm Nielsen"
    return forms


_FAMILY_AFTER_RE = re.compile(
    r"[ \t]([A-Z][^\W\d_]{1,30}(?:-[A-Z][^\W\d_]{1,30})?)"
    r"(?:[ \t]([A-Z][^\W\d_]{1,30}(?:-[A-Z][^\W\d_]{1,30})?))?"
)
"""One or two family names right after a given name, a space apart (``Gobe Hobona``)."""


def _given_in_full(text: str, given: str) -> set[str]:
    """The full names ``text`` writes for a given name written alone (an agenda's ``Lead``
    cell ``Gobe`` after ``Gobe Hobona (OGC)`` in its briefing's row): the given name
    starting a word, then one or two family names and a name's end (a bracket, a comma,
    the line's end, a joining word), found with ``str.find`` (at most :data:`MAX_HITS`
    occurrences). A word the document writes before a family name of its own is no given
    name here (:func:`_family_in_full` reads it first)."""
    forms: set[str] = set()
    at, hits = text.find(given), 0
    while at >= 0 and hits < MAX_HITS:
        opens = at == 0 or not text[at - 1].isalnum()
        m = _FAMILY_AFTER_RE.match(text, at + len(given)) if opens else None
        if m is not None and _NAME_END_RE.match(text, m.end()):
            forms.add(f"{given} {' '.join(w for w in m.groups() if w)}")
        at, hits = text.find(given, at + 1), hits + 1
    return forms


_HAN_SIGNS = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_FAMILY_RE = re.compile(f"[{_HAN_SIGNS}]{{1,3}}")
"""``古川``, ``佐々木``: a Japanese family name written alone (``古川さん`` in a post)."""
_HONOURED_GIVEN_RE = re.compile(
    f"[ \t\u3000]?([{_HAN_SIGNS}]{{1,3}}|[\u3041-\u3096]{{2,4}})[ \t\u3000]?(?:{HONORIFICS_AFTER})"
)
"""A given name right after a family name, then an honorific (``古川陽介氏``, ``山田 花子さん``,
``田中さくら先生``): the honorific closes the name, so the signs before it are the
person's whole name."""


def _honoured_in_full(text: str, family: str) -> set[str]:
    """The full names ``text`` writes for a family name in Han signs written alone (the
    ``古川`` of ``古川さん``): the family name starting a word, then a given name and an
    honorific (``Node 学園主催の古川陽介氏``), found with ``str.find`` (at most
    :data:`MAX_HITS` occurrences)."""
    forms: set[str] = set()
    at, hits = text.find(family), 0
    while at >= 0 and hits < MAX_HITS:
        opens = at == 0 or _HAN_FAMILY_RE.match(text[at - 1]) is None
        if opens and (m := _HONOURED_GIVEN_RE.match(text, at + len(family))):
            forms.add(text[at : m.end(1)])
        at, hits = text.find(family, at + 1), hits + 1
    return forms


def full_names(programme: Programme, text: str) -> None:
    """A speaker written with an initial (``J. Abbott`` in a timetable's cell), by the
    family name alone (``Abbott – Lab``, ``古川さん``) or by the given name alone (an
    agenda's ``Gobe`` after its ``Gobe Hobona (OGC)``) takes the full name the same document
    writes for them (``John Abbott`` in its organisers' list, its abstracts' by-lines,
    ``古川陽介氏`` closed by its honorific): one person,
    named as the document names them at length, the short form kept as an alias. Only
    when the document writes one such full name (``John`` and ``Jane Abbott`` both: the
    short form stays)."""
    for talk in programme.talks:
        for person in talk.speakers:
            if m := _INITIAL_NAME_RE.fullmatch(person.name):
                forms = _written_in_full(text, m.group(1), m.group(2))
            elif _FAMILY_RE.fullmatch(person.name):
                forms = _family_in_full(text, person.name) or _given_in_full(text, person.name)
            elif _HAN_FAMILY_RE.fullmatch(person.name):
                forms = _honoured_in_full(text, person.name)
            else:
                continue
            if len(forms) == 1 and is_person_name(full := forms.pop()):
                person.aliases.append(person.name)
                person.name = full


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.casefold()))


def drop_named_things(programme: Programme) -> Programme:
    """A speaker whose name the same programme reads as a thing is that thing, no one:
    someone's affiliation (``Ana Ruiz (Harbour Works)`` beside a speaker ``Harbour
    Works``: an organisation with no organisation word), or another talk's title when
    that talk names other speakers; a heading that counts the days (``Day Two``, the one
    reader of such counts: :func:`confnotes.importers.when.nth_day`) or names
    the document's kind (``Trip Report``:
    :func:`confnotes.importers.headings.says_notes_only`). Changed in place, returned."""
    things: set[str] = set()
    people = [p for t in programme.talks for p in t.speakers] + [r.person for r in programme.roles]
    for person in people:
        # a link or a sentence taken for an affiliation (a bio's line under a name)
        person.affiliations = [a for a in person.affiliations if not not_an_affiliation(a)]
        things.update(_key(a) for a in person.affiliations)
    titles: dict[str, set[str]] = {}
    for talk in programme.talks:
        if talk.speakers:
            titles.setdefault(_key(talk.title), set()).update(_key(p.name) for p in talk.speakers)
    things.discard("")
    if not things and not titles and not programme.roles:
        return programme
    for talk in programme.talks:
        kept = []
        for person in talk.speakers:
            key = _key(person.name)
            others = titles.get(key)
            if key in things or (others is not None and key not in others):
                continue  # "Harbour Works" is where someone works; a title is a talk's
            if nth_day(person.name) or says_notes_only(person.name):
                continue  # "Day Two", "Trip Report": a heading's count or kind, no one
            kept.append(person)
        talk.speakers = kept
    programme.roles = [
        r for r in programme.roles if not (nth_day(r.person.name) or says_notes_only(r.person.name))
    ]
    return programme


def _a_break(talk: ProgrammeTalk) -> bool:
    """A slot its own title calls a break (``Coffee break, networking``), whatever kind
    the name beside it made it; a slot read as a keynote or any other kind of its own
    stays that (``Keynote: Why Our Pipelines Break`` is a keynote)."""
    from confnotes.importers.schedule_util import title_kind

    return talk.kind == "break" or (
        talk.kind in ("talk", "other") and title_kind(talk.title) == "break"
    )


def _no_ones(people: list[ProgrammePerson]) -> bool:
    """Every way ``people`` write a value fails the person test (``Participants``,
    ``Iedereen``, ``Todos``): an attendee's word, never a name (``Dana Lee`` beside a
    break and on a talk is a host who is both)."""
    return not any(is_person_name(p.name) for p in people)


def drop_break_placeholders(programme: Programme) -> Programme:
    """A speaker's value written on two slots or more, one of them a break, that is no
    person's name is who the column says attends (``Participants``, ``Everyone``, in any
    language), no one: a break has nobody giving it. Dropped from the slots it is written
    on (a word no one is named by is nobody's talk either); a break's slot left with no
    one takes back the kind its title says. A person's name beside a break (a host who
    opens the day, then stands by the coffee) is kept on every slot. Changed in place,
    returned."""
    slots: dict[str, list[ProgrammeTalk]] = {}
    written: dict[str, list[ProgrammePerson]] = {}
    for talk in programme.talks:
        for person in talk.speakers:
            written.setdefault(_key(person.name), []).append(person)
        for key in {_key(p.name) for p in talk.speakers}:
            slots.setdefault(key, []).append(talk)
    placeholders = {
        key
        for key, talks in slots.items()
        if len(talks) >= 2 and any(map(_a_break, talks)) and _no_ones(written[key])
    }
    placeholders.discard("")
    for key in placeholders:
        for talk in slots[key]:
            talk.speakers = [p for p in talk.speakers if _key(p.name) != key]
            if not talk.speakers and _a_break(talk):
                talk.kind = "break"
    return programme


_AFFILIATION_MARKS = (",", "-", "–", "—", "(", "·", "@")
"""What stands between a name and where that person works on a by-line (``Ana Ruiz,
Harbour Lab``, ``Ana Ruiz - Harbour Lab``, ``Ana Ruiz (Harbour Lab)``)."""


def _after_a_name(line: str, name: str) -> bool:
    """``name`` is written on ``line`` right after two words or more and a mark that sets
    an affiliation apart (``dr. ana ruiz - harbour lab``): where someone works, there."""
    at = line.find(name)
    before = line[max(0, at - 80) : at].rstrip()
    return (
        at > 0
        and before.endswith(_AFFILIATION_MARKS)
        and len(_WORD_RE.findall(before.rstrip("".join(_AFFILIATION_MARKS)))) >= 2
    )


PAIR_SEPARATORS = (", ", " · ")
"""What sets a name apart from its affiliation on a line: a comma, or the middle dot of a
card's by-line (``Name · Lab · Homepage``)."""


def _affiliation_convention(doc: Searchable, talks: list[ProgrammeTalk]) -> None:
    """``Name, Affiliation`` (or ``Name · Affiliation``) read on one talk's line makes
    ``A, B`` on a sibling's line, written with the same separator, a person and an
    affiliation, when B is named nowhere else in the document."""
    for separator in PAIR_SEPARATORS:
        _pairs_as_written(doc, talks, separator)
        _name_job_company(doc, talks, separator)


FIELD_SIBLINGS = 2
"""Sibling fields written ``Name, Job, Company`` (one person read) before a field so
written names one person only."""


def _parts_after(doc: Searchable, name: str, separator: str) -> list[list[str]]:
    """For each line holding ``Name<separator>``, the parts of the rest of that line
    (``Ana Ruiz, Data Engineer, Lumen`` gives ``['data engineer', 'lumen']``)."""
    key = f"{_plain(name).strip()}{separator}"
    out = []
    for s, e in doc.lines_with(key):
        rest = doc.text[s:e].split(key, 1)[1].strip().rstrip(".;")
        out.append([part.strip() for part in rest.split(separator.strip())])
    return out


def _name_job_company(doc: Searchable, talks: list[ProgrammeTalk], separator: str) -> None:
    """Sibling speaker fields written ``Name, Job, Company`` and read as one person with an
    affiliation make the second and third parts of another field written so no people,
    though its job is not a known one (``Name, Frontend Enginer, Lumen``): the position
    in the field, repeated across siblings, says what the parts are."""
    told = 0
    for talk in talks:
        if len(talk.speakers) == 1 and talk.speakers[0].affiliations:
            person = talk.speakers[0]
            said = _plain(person.affiliations[0]).strip()
            told += any(
                len(parts) == 2 and said in parts
                for parts in _parts_after(doc, person.name, separator)
            )
    if told < FIELD_SIBLINGS:
        return
    spoken: dict[str, int] = {}
    for talk in talks:
        for person in talk.speakers:
            spoken[_plain(person.name).strip()] = spoken.get(_plain(person.name).strip(), 0) + 1
    for talk in talks:
        if len(talk.speakers) < 2:
            continue
        first, others = talk.speakers[0], talk.speakers[1:]
        names = [_plain(p.name).strip() for p in others]
        if any(spoken.get(n, 0) > 1 for n in names):
            continue
        for parts in _parts_after(doc, first.name, separator):
            if len(parts) == 2 and all(n in parts for n in names):
                if not first.affiliations:
                    first.affiliations.append(others[-1].name)
                talk.speakers = [first]
                break


_LABEL_BEFORE_RE = re.compile(r"(?P<label>[^\W\d_][\w'-]{0,30})\s?[:：]\s*$")
"""``Instructors:`` at the end of what a line holds before a pair of names."""


def _several_announced(doc: Searchable, pair: str) -> bool:
    """Each line holding ``pair`` writes it right after a speaker's label in the plural
    (``Instructors: Bo Lind, Eva Sol``, ``Palestrantes: …``): a label announcing several
    people, whose second is no one's employer whatever the siblings write."""
    lines = doc.lines_with(pair)
    return bool(lines) and all(
        (m := _LABEL_BEFORE_RE.search(line[: line.find(pair)])) is not None
        and names_several(m.group("label"), "speaker")
        for line in (doc.text[s:e] for s, e in lines)
    )


LISTED_LEAST = 3
"""People one line names with the separator between them (``A, B, C``) that show the page
parts co-authors with it."""


def _commas_list_people(doc: Searchable, talks: list[ProgrammeTalk], separator: str) -> bool:
    """Whether a talk's line names :data:`LISTED_LEAST` people or more, the separator
    between them (``Ana Ruiz, Bo Li, Chen Wei`` under a title): the page writes its
    authors so, and ``A, B`` elsewhere is two of them, whatever one by-line says."""
    for talk in talks:
        names = [_plain(p.name).strip() for p in talk.speakers[:LISTED_LEAST]]
        if len(names) == LISTED_LEAST and doc.lines_with(separator.join(names)):
            return True
    return False


def _pairs_as_written(doc: Searchable, talks: list[ProgrammeTalk], separator: str) -> None:
    """:func:`_affiliation_convention` for one ``separator``."""

    def comma_pair(talk: ProgrammeTalk, first: str, second: str) -> bool:
        pair = f"{_plain(first).strip()}{separator}{_plain(second).strip()}"
        lines = doc.lines_with(pair)
        # the title's line, or the line above it ("<em>Title</em><br>Name, Affiliation"),
        # or a by-line of its own ("**Name, Affiliation**" under the talk's heading)
        return bool(lines) and all(
            _title_key(talk) in doc.text[doc.text.rfind("\n", 0, max(s - 1, 0)) + 1 : e]
            or _alone(doc.text[s:e], pair)
            for s, e in lines
        )

    told = any(
        comma_pair(t, p.name, p.affiliations[0])
        for t in talks
        for p in t.speakers
        if p.affiliations
    )
    if not told or _commas_list_people(doc, talks, separator):
        return
    spoken: dict[str, int] = {}  # how many talks each name speaks at
    for talk in talks:
        for person in talk.speakers:
            spoken[_plain(person.name).strip()] = spoken.get(_plain(person.name).strip(), 0) + 1
    for talk in talks:
        if len(talk.speakers) != 2 or any(p.affiliations for p in talk.speakers):
            continue
        first, second = talk.speakers
        name = _plain(second.name).strip()
        pair = f"{_plain(first.name).strip()}{separator}{name}"
        # named elsewhere as someone, not as where someone else works ("Ana Ruiz - Harbour
        # Lab" on another line says Harbour Lab is a place, unless it speaks elsewhere)
        elsewhere = any(
            _title_key(talk) not in doc.text[doc.text.rfind("\n", 0, max(s - 1, 0)) + 1 : e]
            and pair not in doc.text[s:e]
            and (spoken.get(name, 0) > 1 or not _after_a_name(doc.text[s:e], name))
            for s, e in doc.lines_with(name)
        )
        if comma_pair(talk, first.name, second.name) and not elsewhere:
            if _several_announced(doc, pair):
                continue  # "Formateurs : A, B": the plural label names two people
            first.affiliations.append(second.name)
            talk.speakers = [first]


HOSTED_WORDS_MOST = 3
"""Words of a slot's title that names only a social slot (``Ice Breaker``, ``Welcome
reception``): a longer title is a talk's, whatever its word."""
_TITLE_WORD_RE = re.compile(r"[^\W_]+")


def hosts_a_slot(title: str) -> bool:
    """Whether ``title`` names only a slot someone hosts rather than gives as a talk: an
    icebreaker, a reception (:func:`kind_of` says ``social``), in a few words; a guided
    visit of a place (``CNR Lab tour``, ``Laborführung``: :func:`names_a_visit`), whose
    people are its guides. An opening's or a greeting's speaker is read as one:
    programmes' readers count the welcome as said by its speaker."""
    words = _TITLE_WORD_RE.findall(title)
    return (0 < len(words) <= HOSTED_WORDS_MOST and kind_of(title) == "social") or (
        names_a_visit(title)
    )


def hosts_of_openings(programme: Programme) -> Programme:
    """A person named only beside an icebreaker, a reception or a visit (``Ice Breaker —
    Ana Ruiz``, ``破冰 王芳``, ``Lab tour — Ana Ruiz``) hosts the slot, no talk: they
    become the programme's ``host`` and leave the slot's speakers. Someone who also gives
    a talk stays where they are. Changed in place, returned."""
    speaking = {
        person.name.casefold()
        for talk in programme.talks
        if not hosts_a_slot(talk.title)
        for person in talk.speakers
    }
    held = {r.person.name.casefold() for r in programme.roles}
    for talk in programme.talks:
        if not talk.speakers or not hosts_a_slot(talk.title):
            continue
        if any(p.name.casefold() in speaking for p in talk.speakers):
            continue
        for person in talk.speakers:
            if person.name.casefold() not in held:
                held.add(person.name.casefold())
                programme.roles.append(ProgrammeRole(person, "host"))
        talk.speakers = []
    return programme
