"""Records found by repetition on the document tree, in Markdown as in HTML.

A programme, a speakers page, a seminar series or a committee's list repeats one shape
per item, whatever it is written in. Here the shape is read on the document tree of
:mod:`confnotes.importers.doctree` (the same tree for Markdown and HTML), by node kind
and marks, not by words:

- **a run led by a repeated node**: a heading of one level, or a paragraph that opens
  with emphasis or a link, met at least :data:`MIN_RECORDS` times among siblings; each
  such node and the siblings after it (up to the next one, or a heading of higher rank)
  are one record (``#### Name`` / ``*Title*``; ``#### Seminar: date`` /
  ``**Speaker:** …`` / ``**Title:** …``; ``**Talk 1: Title**`` / ``by Name``);
- **repeated siblings of one kind**: list items, HTML blocks of one tag, each a record
  (``+ Name (Lab)`` under a committee's heading, ``<div>`` cards);
- **rows of a table the Markdown parser did not see** (a paragraph whose lines are
  ``| a | b |``): each line a record, each cell a field.

A record's *fields* are cut at the tree's own boundaries: one block each, a line led by
an emphasised label (``**Speaker:** Name``: the label names the field, so records align
by it whatever order they write their fields in), a by-line (``by Name, Org``), a time
inside a heading (``Name (11:45am -- 12:05pm)``), a line of links. Each field's role
(title, people, affiliation, time, date, abstract, room, label) is then decided by its
content across all records, column by column, by the same code that reads an HTML
page's repeated elements (:func:`confnotes.importers.pagerecords.group`): one place
decides slot roles for both. The result is one more reading (``records``), weighed
against the others by how much of the document it explains.
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import pairwise
from typing import NamedTuple

from confnotes.importers import cell_items, doctree, label_rows, pagerecords
from confnotes.importers.columns import AFFILIATION_WORDS, CHAIR_WORDS, PEOPLE_WORDS
from confnotes.importers.fields import roles_of, room_aside, section_kind
from confnotes.importers.heading_tails import at_place
from confnotes.importers.headings import kind_label_only
from confnotes.importers.identity import title_key
from confnotes.importers.kinds import group_tag, kind_of
from confnotes.importers.pagerecords import MIN_RECORDS, Field, Record
from confnotes.importers.persons import at_labels, people_before_bio, split_speakers
from confnotes.importers.programme import Programme, ProgrammeRole, ProgrammeTalk
from confnotes.importers.schedule_util import parse_iso_datetime
from confnotes.importers.textutil import TIME_RANGE_RE
from confnotes.importers.title_speakers import byline_people
from confnotes.importers.when import (
    clock_range,
    find_date,
    find_year,
    leading_date,
    line_date,
    numeric_order,
    yearless_day,
)

MAX_NODES = 20_000
"""Nodes of a document looked at, at most."""
MAX_PARENTS = 2_000
"""Nodes whose children are tried as records, at most."""
MAX_RECORD_NODES = 40
"""Sibling nodes in one record, at most (the rest of a long run is its text)."""
MAX_FIELDS = 40
"""Fields of one record, at most."""
MAX_LINE = 2_000
"""Characters of one line looked at."""

_WORDED = frozenset({"heading", "paragraph", "cell", "term", "definition", "text"})
_SKIP = frozenset({"blank", "comment", "front", "hr", "code", "record"})
_SELF = frozenset(
    {"item", "div", "li", "section", "article", "quote", "definition", "dd", "tr", "row",
     "aside", "figure", "details", "p"}
)  # fmt: skip
"""Kinds of node that are a record each when siblings of that kind repeat."""
_LEADS = frozenset({"strong", "em", "link"})
_ENUM_RE = re.compile(r"^\s{0,3}(?:\d{1,3}|[A-Za-z])[.)]\s+(?=\S)")
"""``3. ``, ``b) `` before a heading's words: the item's number, not its words."""
_PIPES_RE = re.compile(r"^\s{0,3}\|?[^|\n]{0,500}(?:\|[^|\n]{0,500}){2,40}\|?\s{0,20}$")
_RULE_RE = re.compile(r"^[\s|:-]{3,}$")
_LABEL_RE = re.compile(r"^\s{0,3}([^\W\d_][\w .&/'-]{0,40}?)\s{0,3}[:：]\s{0,3}$")
"""A label ending a marked stretch (``**Speaker:**``), or a line that is only a label."""
_SEPARATORS = " –—-,;|:"
_UNCOUNTED_RE = re.compile(r"[\s\[\]()|,;/·•-]")
"""What a line of links may hold beside its links (blanks, brackets, separators)."""
_EMPTY_BRACKETS_RE = re.compile(r"\(\s{0,20}\)|\[\s{0,20}\]")


@dataclass
class _Line:
    text: str
    lead: str = ""
    """The words of an emphasised or linked stretch that opens the line."""
    links_only: bool = False
    after: bool = False
    """The line comes after the emphasised stretch that opens its block (``**Talk 1:
    Title**`` then ``by Name`` and the abstract's first lines, in one paragraph)."""
    linked_second: bool = False
    """A link opens the line's words after its first (``von [Ana Ruiz](…)``): a by-line's
    name written as a link (:func:`~confnotes.importers.title_speakers.byline_people`)."""


def read(text: str, source: str = "", notes: bool = False) -> Programme | None:
    """The talks, or the people, of the records a document repeats; None when it
    repeats none that :func:`pagerecords.group` reads as talks or people. ``notes``: the
    document is a person's notes, whose every line must end in a note (the words no
    record owns become one note; on a page they are the event's description)."""
    doc = doctree.parse(text)
    order_of: dict[int, int] = {}
    nodes: list[doctree.Node] = []
    for node in doc.root.walk():
        if len(nodes) >= MAX_NODES:
            break
        order_of[id(node)] = len(nodes)
        nodes.append(node)
    head = text[:4000]
    year = find_year(head)
    order = numeric_order(text[:20_000])
    markers = _markers(nodes, year, order)
    years = [
        (at * 1000, named)
        for at, node in enumerate(nodes)
        if node.kind == "heading" and (named := pagerecords.heading_year(node.text))
    ]
    found: list[_Found] = []
    parents = [n for n in nodes if len(n.children) >= MIN_RECORDS][:MAX_PARENTS]
    for depth_order, parent in enumerate(parents):
        for records, runs in _segmentations(parent.children, order_of):
            group = pagerecords.group(records, order)
            if group is None:
                continue
            covered = {id(n) for run in runs for top in run for n in top.walk()}
            found.append((group.score, -depth_order, group, covered, records, runs))
    if not found:
        return None
    found = _names_of_slots(found)
    found.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[pagerecords._Group] = []
    taken: set[int] = set()
    sources: dict[int, list[doctree.Node]] = {}  # record's order -> its nodes
    for _score, _depth, group, covered, records, runs in found:
        if covered & taken:
            continue
        chosen.append(group)
        taken |= covered
        if len(runs) == len(records):
            sources.update((r.order, run) for r, run in zip(records, runs, strict=True))
    owners: dict[int, int] = {}
    roles_by_order, grouped = _headings_say(nodes, [r.order for g in chosen for r in g.records])
    talks, roles = pagerecords.talks_of(
        chosen, markers, year, order, owners=owners, roles_by_order=roles_by_order, years=years
    )
    if not talks and not roles:
        return None
    talks = _several_titles(talks, owners, [r for g in chosen for r in g.records])
    for talk in talks:
        if talk.kind == "talk" and (over := grouped.get(owners.get(id(talk), -1), "")):
            # "# Lightning Talks" over the records: each is one of its kind
            talk.kind = kind_of(over)
            talk.tags = list(dict.fromkeys([*talk.tags, group_tag(over)]))
    _under_kind_slots(talks, {id(t): _lead_sig(sources, owners.get(id(t), -1)) for t in talks})
    _led_in_kinds(nodes, talks, sources, owners)
    _slot_times(talks, sources, owners, nodes)
    held: set[int] = set()  # the nodes whose words are in a talk's note as written
    for talk in talks:  # each talk's note holds its record's text as written
        run = sources.get(owners.get(id(talk), -1))
        if run is not None and all(n.spanned for n in run):
            talk.body = doc.source[run[0].start : run[-1].end].strip("\n")
            held |= {id(n) for top in run for n in top.walk()}
    starts = _day_starts(nodes, markers)
    talks = _merged(talks, {id(t): bisect_right(starts, owners.get(id(t), -1)) for t in talks})
    programme = Programme(name=_name(doc), format="markdown", source_id=source)
    programme.talks = talks
    programme.roles = _unique(roles)
    rest = _unowned(doc, held, talks)
    # the words no record owns (the page's introduction, its venue, its thanks): the
    # event's description, as the page reader keeps a page's prose; in a person's notes,
    # one note of their own, so that no line they wrote is lost
    if notes and rest.strip():
        title = programme.name or "Notes"
        programme.talks.insert(0, ProgrammeTalk(title=title, kind="other", body=rest))
    else:
        programme.description = rest
    return programme


_PEOPLE_ROLES = frozenset({"organizer", "keynote", "panelist"})

_Found = tuple[int, int, pagerecords._Group, set[int], list[Record], list[list[doctree.Node]]]
"""A way of cutting one parent's children into records: (score, minus the parent's
place, the group, the nodes its records cover, the records, each record's nodes)."""


def _names_of_slots(found: list[_Found]) -> list[_Found]:
    """Without the lists of people that are the speakers of slots: a parent's
    paragraphs, one name each, read as a list of people, whose every paragraph lies
    inside a run of that parent led by a talk's heading (``<h4>Title</h4>`` over
    ``<p>Name</p>`` lines), are the names of those talks, not a list of their own; the
    headings are the records, whichever cut scored higher. A heading that names a role
    (``Organisers``, ``Keynote speakers``) leads people, not a talk, and keeps its list."""
    titled: dict[int, list[set[int]]] = {}
    for _score, parent, group, covered, _records, runs in found:
        if pagerecords._PEOPLE_LIST in group.roles or "title" not in group.roles.values():
            continue
        if not runs or runs[0][0].kind != "heading":
            continue
        if any(section_kind(run[0].text) in _PEOPLE_ROLES for run in runs):
            continue
        titled.setdefault(parent, []).append(covered)
    return [
        item
        for item in found
        if not (
            pagerecords._PEOPLE_LIST in item[2].roles
            and any(item[3] <= covered for covered in titled.get(item[1], []))
        )
    ]


class _HeadingSays(NamedTuple):
    """What one heading says of the records under it."""

    level: int
    role: str
    """The role it gives the people listed under it (``Comité d'organisation``:
    organisers; ``Keynote speakers``), or none."""
    group: str
    """Its words, when they only name the kind of talks under it (``# Lightning Talks``,
    ``## Workshops``, ``## Tutoriais``: :func:`_names_group`), or none."""


def _headings_say(
    nodes: list[doctree.Node], orders: list[int]
) -> tuple[dict[int, str], dict[int, str]]:
    """What the headings over each record (by record order) say, in one walk: the role
    the nearest heading before it gives its people, and the innermost heading over it
    that only names the kind of its talks (each record left out where none says so)."""
    from confnotes.importers.page import section_kind

    roles: dict[int, str] = {}
    groups: dict[int, str] = {}
    wanted = sorted(set(orders))
    over: list[_HeadingSays] = []  # the headings over the node reached, outermost first
    at = 0
    for n, node in enumerate(nodes):
        while at < len(wanted) and wanted[at] < n * 1000:
            if over and over[-1].role:  # the nearest heading is the innermost one
                roles[wanted[at]] = over[-1].role
            if group := next((h.group for h in reversed(over) if h.group), ""):
                groups[wanted[at]] = group
            at += 1
        if at >= len(wanted):
            break
        if node.kind == "heading":
            while over and over[-1].level >= node.level:
                over.pop()
            kind, words = section_kind(node.text), node.text.strip()
            role = kind if kind in _PEOPLE_ROLES else ""
            over.append(_HeadingSays(node.level, role, words if _names_group(words) else ""))
    return roles, groups


_LED_KINDS = frozenset({"keynote", "poster", "demo", "spotlight", "tutorial", "panel"})
MAX_LEAD_IN_WORDS = 30
"""Words of a paragraph, at most, for it to be a list's lead-in (not a page's prose)."""


def _led_in_kinds(
    nodes: list[doctree.Node],
    talks: list[ProgrammeTalk],
    sources: dict[int, list[doctree.Node]],
    owners: dict[int, int],
) -> None:
    """``The invited speakers will give keynote lectures:`` over a list whose items are
    talks: the kind the lead-in says (a short paragraph ending in a colon, right before
    the list) is each item's talk's, as a heading's would be."""
    said: dict[int, str] = {}  # id of an item -> the kind its list's lead-in says
    for node in nodes:
        kids = [k for k in node.children if k.kind != "blank"] if node.children else []
        for before, here in pairwise(kids):
            if here.kind != "list" or before.kind != "paragraph":
                continue
            text = " ".join(before.text[:2000].split())
            if not text.endswith((":", "：")):
                continue
            if len(text.split()) > MAX_LEAD_IN_WORDS or kind_of(text) not in _LED_KINDS:
                continue
            said.update((id(item), kind_of(text)) for item in here.children)
    if not said:
        return
    for talk in talks:
        run = sources.get(owners.get(id(talk), -1))
        if run and talk.kind == "talk" and (kind := said.get(id(run[0]), "")):
            talk.kind = kind


def _names_group(heading: str) -> bool:
    """A heading that only names a kind of talks (``Workshops``, ``Lightning Talks``,
    ``Charlas relámpago``, ``Keynotes``), never a break's or a party's."""
    return bool(group_tag(heading)) or (
        kind_label_only(heading) and kind_of(heading) in ("spotlight", "keynote", "poster", "demo")
    )


def _unowned(doc: doctree.Document, taken: set[int], talks: list[ProgrammeTalk]) -> str:
    """The source text of the document's leaves that no chosen record holds; a section
    whose heading is a talk's title (``## Async without tears`` after the table that
    lists it) goes to that talk's note instead, heading and all."""
    by_title = {title_key(t.title): t for t in talks if len(title_key(t.title)) > 3}
    parts: list[str] = []
    into: ProgrammeTalk | None = None
    level = 0
    for leaf in doctree.leaves(doc.root):
        if id(leaf) in taken or leaf.kind in ("blank", "front"):
            continue
        words = doc.source[leaf.start : leaf.end]
        if leaf.kind == "heading":
            if into is not None and leaf.level <= level:
                into = None
            talk = by_title.get(title_key(leaf.text))
            if into is None and talk is not None:
                into, level = talk, leaf.level
        if into is not None:
            into.body = f"{into.body}\n{words.rstrip()}" if into.body else words.rstrip()
        else:
            parts.append(words)
    return "".join(parts).strip("\n")


def _segmentations(
    kids: list[doctree.Node], order_of: dict[int, int]
) -> Iterator[tuple[list[Record], list[list[doctree.Node]]]]:
    """Each way of cutting these siblings into records (see the module's docstring), with
    the nodes of each record."""
    kids = [k for k in kids if k.kind not in _SKIP and (k.text.strip() or k.children)]
    sigs = [_sig(k) for k in kids]
    counts = Counter(sigs)
    for sig, count in counts.items():
        if count < MIN_RECORDS and count != len(_PAIR):
            continue
        if sig.startswith(("h", "p:")) or sig == "term":
            # a definition list's term leads its definitions (``<dt>`` a speaker's name,
            # ``<dd>`` their talk): one record, as a heading and the blocks under it
            runs = _runs(kids, sigs, sig)
        elif sig in _SELF:
            runs = [[k] for k, s in zip(kids, sigs, strict=True) if s == sig]
            runs = [[alt] for run in runs for alt in _alternatives(run[0], order_of)]
        else:
            continue
        if sig in ("row", "tr"):
            if labelled := label_rows.runs([run[0] for run in runs]):
                # a table of labels and values: each talk its rows, not each row a talk
                yield _aligned_labels([_label_record(r, order_of) for r in labelled]), labelled
            elif count >= MIN_RECORDS:
                yield _rows([run[0] for run in runs], order_of), runs
            continue
        records = _aligned_labels(_heading_labels([_record(run, order_of) for run in runs]))
        if len(records) >= MIN_RECORDS or _role_labelled(records):
            yield records, runs
        if sig in _SELF and (cards := _grid_cards([run[0] for run in runs])):
            records = [_record(run, order_of) for run in cards]
            records = _aligned_labels(_heading_labels(_leading_headings(records)))
            yield records, cards
    lists = [k for k in kids if k.kind == "list"]
    items = [
        [alt] for k in lists for item in k.children if item.kind == "item"
        for alt in _alternatives(item, order_of)
    ]  # fmt: skip
    if len(lists) >= 2 and len(items) >= MIN_RECORDS:
        # the items of sibling lists (a committee's members under each role's heading)
        yield [_record(run, order_of) for run in items], items
    for kid in kids:
        rows = _pipe_rows(kid)
        if len(rows) >= MIN_RECORDS:
            records = [_row_record(kid, cells, n, order_of) for n, cells in enumerate(rows)]
            yield records, [[kid]]


_COUNTED_RE = re.compile(r"^(?P<word>[^\W\d_]{2,20})[ \t]{0,2}(?:\d{1,2}|[A-Z])[.:]?$")
"""A label counted by a number or a letter (``Option 1``, ``Track B``, ``Sala 2``)."""


def _alternatives(item: doctree.Node, order_of: dict[int, int]) -> list[doctree.Node]:
    """A slot's item as the records it holds: the item itself, or, where its list holds
    alternatives each under the same counted label (``- 12:15`` over ``- Option 1`` and
    ``- Option 2``, each over its title and room), one item per alternative with the
    slot's own lines (its time) over that alternative's lines, as a slot of one talk
    writes them, in the document's order (``order_of`` learns each one's place); the
    labels themselves are the writer's, no field of the talk."""
    kids = [k for k in item.children if k.kind not in _SKIP]
    if item.kind != "item" or len(kids) != 2 or kids[1].kind != "list":
        return [item]
    alts = [k for k in kids[1].children if k.kind not in _SKIP]
    words: set[str] = set()
    inner: list[doctree.Node] = []
    for alt in alts:
        parts = [k for k in alt.children if k.kind not in _SKIP]
        m = _COUNTED_RE.match(parts[0].text.strip()) if len(parts) == 2 else None
        if m is None or parts[0].kind != "paragraph" or parts[1].kind != "list":
            return [item]
        words.add(m.group("word").casefold())
        inner.append(parts[1])
    if len(inner) < 2 or len(words) != 1:
        return [item]
    out = []
    for n, (alt, held) in enumerate(zip(alts, inner, strict=True)):
        one = copy.copy(item)  # the slot, with this alternative's lines alone
        one.start = item.start if n == 0 else alt.start
        one.end = alt.end
        one.children = [kids[0], held]
        one.text = f"{kids[0].text}\n{held.text}"
        order_of[id(one)] = order_of.get(id(item if n == 0 else alt), 0)
        out.append(one)
    return out


def _grid_cards(rows: list[doctree.Node]) -> list[list[doctree.Node]]:
    """A grid of rows whose cells are elements of one kind, a time alone in the first
    cell and cards in the others (a heading over the card's blocks: title, abstract,
    ``Speaker`` over a name): each card is a record, at its row's time, never the row
    that holds two tracks' talks side by side. Each run is the row's time cell, then
    the card; [] unless :data:`MIN_RECORDS` rows hold a card."""
    cards: list[list[doctree.Node]] = []
    carded = 0
    for row in rows:
        cells = [c for c in row.children if c.kind not in _SKIP]
        if len(cells) < 2 or len({_sig(c) for c in cells}) != 1 or cells[0].kind == "heading":
            continue
        time_cell = cells[0] if _time_alone_cell(cells[0]) else None
        held = [c for c in cells[1:] if c.text.strip()] if time_cell else []
        if any(k.kind == "heading" for c in held for k in c.children):
            carded += 1
        cards += [[time_cell, c] for c in held if time_cell is not None]
    return cards if carded >= MIN_RECORDS else []


_HEADING_FIELD_RE = re.compile(r"^/heading(\d)\[1\]")


def _leading_headings(records: list[Record]) -> list[Record]:
    """Each card's first heading, whatever its rank, in one column: the cards of one
    grid name their talks in ``<h2>`` and their breaks in ``<h3>``, and both are what
    names the card (a sub-heading under the first keeps its own column)."""
    leads: list[tuple[Record, str]] = []
    for record in records:
        first = next((f for f in record.fields if f.path.startswith("/heading")), None)
        if first is not None and (m := _HEADING_FIELD_RE.match(first.path)):
            leads.append((record, m.group(0)))
    if not leads:
        return records
    top = min(int(prefix[len("/heading")]) for _r, prefix in leads)
    for record, prefix in leads:
        if prefix == f"/heading{top}[1]":
            continue
        if any(f.path.startswith(f"/heading{top}[") for f in record.fields):
            continue  # a card whose own higher heading comes later: left as written
        for f in record.fields:
            if f.path.startswith(prefix):
                f.path = f"/heading{top}[1]" + f.path[len(prefix) :]
    return records


def _time_alone_cell(cell: doctree.Node) -> bool:
    """A cell holding a time or a range of times and nothing more (``10:10 ~``)."""
    text = " ".join(cell.text.split())
    span = _clock_span(text) if len(text) <= 40 else None
    return span is not None and not _without(text, span).strip("~〜-–— ")


def _aligned_labels(records: list[Record]) -> list[Record]:
    """Fields whose labels are forms of one word (``Instructor:`` on one card,
    ``Instructors:`` on the next; ``Referent``, ``Referentin``) in one column, under the
    form the records write most (:func:`pagerecords._same_label`): one template's field,
    written for one person or several."""
    said = Counter(f.path for r in records for f in r.fields if f.path.startswith("/@"))
    if len(said) < 2:
        return records
    forms = [p for p, _n in said.most_common()]
    rename: dict[str, str] = {}
    for n, path in enumerate(forms):
        first = next((p for p in forms[:n] if pagerecords.same_label(p[2:], path[2:])), None)
        if first is not None:
            rename[path] = rename.get(first, first)
    for record in records:
        for f in record.fields:
            f.path = rename.get(f.path, f.path)
    return records


_PAIR = ("first", "second")
"""Records few enough to need their own labels' word that they are records: two."""


def _role_labelled(records: list[Record]) -> bool:
    """Two records that each name their people under a role's label (``**Speaker:**``,
    ``Instrutores:``, ``Referentin:``): two workshops, two courses, each saying who gives
    it, are records as surely as a longer run is by its repetition alone."""
    return len(records) == len(_PAIR) and all(
        any(f.path.startswith("/@") and roles_of(f.path[2:]) & _LABELLED_ROLES for f in r.fields)
        for r in records
    )


_LABELLED_ROLES = frozenset({"speaker", "chair"})


def _heading_labels(records: list[Record]) -> list[Record]:
    """A sub-heading that reads the same in most records (``#### Abstract`` under each
    speaker's ``### Name``) is the label of the block after it: that block's field is
    named by it, as ``**Abstract:**`` would name it, and the heading is no field."""
    said: Counter[str] = Counter()
    for record in records:
        for f in record.fields[1:]:
            if "heading" in f.path and not f.words and len(f.text) <= 40 and "\n" not in f.text:
                said[" ".join(f.text.casefold().rstrip(":：").split())] += 1
    # most of the records that hold blocks under their title (a grid's one-line breaks
    # beside its talks' cards say nothing either way)
    held = sum(1 for r in records if len(r.fields) >= 3) or len(records)
    labels = {t for t, c in said.items() if c >= 2 and c * 2 >= min(len(records), held)}
    if not labels:
        return records
    for record in records:
        fields: list[Field] = []
        label = ""
        for n, f in enumerate(record.fields):
            key = " ".join(f.text.casefold().rstrip(":：").split())
            if n and "heading" in f.path and not f.words and key in labels:
                label = key
                continue
            if label and "heading" not in f.path:
                words = pagerecords.label_words(label)
                f = Field(f"/@{label}", f.text, f.words | words, f.attr)
                label = ""
            fields.append(f)
        record.fields = fields
    return records


def _rows(rows: list[doctree.Node], order_of: dict[int, int]) -> list[Record]:
    """Rows of a table, each a record whose fields are named by their cell's column; the
    first row, when its cells are all a few words with no digit (``Date``, ``Speaker
    (affiliation)``), is a header whose words say what each column holds (as
    :func:`pagerecords.group` reads a ``<th>`` row), never a record."""
    out: list[Record] = []
    for n, row in enumerate(rows):
        cells = [c for c in row.children if c.kind not in _SKIP][:MAX_FIELDS]
        head = n == 0 and all(
            len(c.text.split()) <= 5 and not any(ch.isdigit() for ch in c.text) for c in cells
        )
        fields: list[Field] = []
        for col, cell in enumerate(cells):
            tag = f"/th[{col + 1}]" if head else f"/td[{col + 1}]"
            for f in _fields([cell]):
                fields.append(
                    Field(
                        tag + f.path.removeprefix(f"/{cell.kind}{cell.level}[1]"),
                        f.text,
                        f.words,
                        f.attr,
                    )
                )
        out.append(Record(None, order_of.get(id(row), 0) * 1000, fields))
    return _whole_cells(out)


_LINE_FIELD_RE = re.compile(r"^(/t[dh]\[\d+\])/line\d+$")


def _whole_cells(records: list[Record]) -> list[Record]:
    """Each cell of a column that most rows write on one line kept whole where a row writes
    it on several (``Invited Speaker`` over the title, ``Panelists`` over their names): the
    table's column says what the cell holds, its lines are that one field's, never fields
    the other rows lack (its first line may yet be the slot's label, as the column's cells
    decide: :func:`pagerecords.group`). A column most rows stack (a date, a name and a
    title one under the other in every row) keeps its lines apart."""
    whole: Counter[str] = Counter()
    stacked: Counter[str] = Counter()
    for record in records:
        paths = {f.path for f in record.fields}
        stacked.update({m.group(1) for p in paths if (m := _LINE_FIELD_RE.match(p))})
        whole.update(p for p in paths if p.startswith("/td["))
    kept = {column for column, n in stacked.items() if whole[column] > n}
    for record in records:
        fields: list[Field] = []
        at: dict[str, Field] = {}
        for f in record.fields:
            m = _LINE_FIELD_RE.match(f.path)
            if m is None or m.group(1) not in kept:
                fields.append(f)
            elif (cell := at.get(m.group(1))) is None:
                at[m.group(1)] = cell = Field(m.group(1), f.text, f.words, f.attr)
                fields.append(cell)
            else:
                cell.text += "\n" + f.text
                cell.words |= f.words
        record.fields = fields
    return records


def _label_record(run: list[doctree.Node], order_of: dict[int, int]) -> Record:
    """A record of a label/value table (:mod:`confnotes.importers.label_rows`): the row
    spanning the table over it read as a heading (its day, hours and room), then a field
    per label. A value whose lines each open with a person's name holds those people, the
    words after each name apart."""
    fields: list[Field] = []
    for row in run:
        held = label_rows.cells(row)
        if len([c for c in held if c.text.strip()]) == 1 and held[0].text.strip():
            for n, leaf in enumerate(_leaves(held[0])):
                fields += _leaf_fields(leaf, f"/head[{n + 1}]", True)
            continue
        value = "\n".join(leaf.text.strip() for leaf in _leaves(held[1]) if leaf.text.strip())
        if not held[0].text.strip() and fields and fields[-1].path.startswith("/@"):
            label = fields[-1].path[2:]  # a value under the row above: that label's
        else:
            label = label_rows.label_of(row)
        words = pagerecords.label_words(label)
        if (named := label_rows.lead_names(value)) is not None:
            value, about = named
            # its values are people: the records' people, whatever each calls them,
            # in one column (a chair's label keeps them the chairs)
            chairs = any(w in CHAIR_WORDS or w.rstrip("s") in CHAIR_WORDS for w in words)
            label = "chair" if chairs else "speaker"
            words = frozenset({label})
            if chairs:  # "Chair: A, B": who chairs, not who speaks
                value = "Chair: " + ", ".join(value.split("\n"))
            if about:
                fields.append(Field(f"/@{label}/more", about, frozenset()))
        fields.append(Field(f"/@{label}", value, words))
    merged: dict[str, Field] = {}
    for f in fields:  # one field per label, its rows' values one per line
        if f.path in merged:
            merged[f.path].text += "\n" + f.text
        else:
            merged[f.path] = f
    return Record(None, order_of.get(id(run[0]), 0) * 1000, list(merged.values()))


def _sig(node: doctree.Node) -> str:
    if node.kind == "heading":
        return f"h{node.level}"
    if node.kind == "paragraph":
        first = min(node.marks, key=lambda m: m.start, default=None)
        if first is not None and first.start == 0 and first.kind in _LEADS:
            return f"p:{first.kind}"
        return "p"
    return node.kind


def _runs(kids: list[doctree.Node], sigs: list[str], lead: str) -> list[list[doctree.Node]]:
    """The runs each opened by a node of signature ``lead``, up to the next such node or a
    heading of higher rank (any heading, for a run led by a paragraph)."""
    level = int(lead[1:]) if lead[1:].isdigit() else 7
    runs: list[list[doctree.Node]] = []
    current: list[doctree.Node] | None = None
    over = _times_over(kids, sigs, lead)
    for at, (kid, sig) in enumerate(zip(kids, sigs, strict=True)):
        if sig == lead:
            current = [kid]
            if at - 1 in over:
                current.append(kids[at - 1])  # "10:05" / "*Title*": its record's time
            runs.append(current)
            continue
        if over and kid.kind == "paragraph" and _clock_span(kid.text.split("\n")[0]):
            # where each record's time is over it, a time after it is the next thing's
            # ("10:05" over the next talk, "(10:30 - 11:00) Coffee"): this record ends
            current = None
            continue
        if kid.kind == "heading" and kid.level <= level:
            current = None
        elif current is not None and len(current) < MAX_RECORD_NODES:
            current.append(kid)
    return runs


def _time_alone(node: doctree.Node) -> bool:
    """A paragraph that is a time or a range of times and nothing more (``10:05``)."""
    text = node.text.strip()
    if node.kind != "paragraph" or not text or len(text) > 40 or "\n" in text:
        return False
    span = _clock_span(text)
    return span is not None and not _without(text, span)


def _times_over(kids: list[doctree.Node], sigs: list[str], lead: str) -> set[int]:
    """The positions of the times written alone right over a record's lead (``10:05`` /
    ``*Title*`` / ``Names``), when the first record has one over it: a timetable that
    writes each time on its own line before its talk, so each such time opens the next
    record, and any time after a record's lead is another item's, never that record's.
    Empty when the first record has none (a time after each title is its own record's)."""
    leads = [n for n, s in enumerate(sigs) if s == lead]
    if not leads or leads[0] == 0 or not _time_alone(kids[leads[0] - 1]):
        return set()
    over = {n - 1 for n in leads if n > 0 and _time_alone(kids[n - 1])}
    return over if len(over) >= MIN_RECORDS else set()


def _record(run: list[doctree.Node], order_of: dict[int, int]) -> Record:
    return Record(None, order_of.get(id(run[0]), 0) * 1000, _fields(run))


def _leaves(node: doctree.Node, depth: int = 0) -> Iterator[doctree.Node]:
    """The worded nodes under ``node`` (itself when it is one), in document order."""
    if node.kind in _SKIP:
        return
    blocks = node.kind == "cell" and any(c.kind not in ("text",) for c in node.children)
    if (node.kind in _WORDED and not blocks) or not node.children or depth > 12:
        if node.text.strip():
            yield node
        return
    for child in node.children:
        yield from _leaves(child, depth + 1)


def _fields(run: list[doctree.Node]) -> list[Field]:
    """A record's fields: one per worded block, its label's line, by-line, time and
    links apart (each path the block's kind and rank among the record's blocks of that
    kind, or the label it is written under)."""
    out: list[Field] = []
    counts: Counter[str] = Counter()
    for top in run:
        # a list's blocks are ranked within their list: a record whose description takes
        # one paragraph more than the others' ("*About…*" / "*Also…*" over "- Speaker: …")
        # keeps its list's fields in the same columns as theirs
        inner: Counter[str] | None = Counter() if top.kind == "list" else None
        if inner is not None:
            counts["list"] += 1
        for leaf in _leaves(top):
            if len(out) >= MAX_FIELDS:
                return out
            # a card's element class names its field (``<p class="company">``): its own
            # column (:func:`confnotes.importers.block_columns.line_key`), wherever the
            # card puts it, so a sponsor's card with only its company's line under the
            # title aligns that line with the others' companies, not with their speakers
            named = str(leaf.attrs.get("class", "")).split()[:1]
            key = f"{leaf.kind}{leaf.level}" + "".join(f".{c}" for c in named)
            if inner is not None:
                inner[key] += 1
                base = f"/list[{counts['list']}]/{key}[{inner[key]}]"
            else:
                counts[key] += 1
                base = f"/{key}[{counts[key]}]"
            made = _leaf_fields(leaf, base, top.kind == "heading" or leaf.kind == "heading")
            said = pagerecords.label_words(named[0].replace("-", " ")) if named else frozenset()
            for f in made if said & (AFFILIATION_WORDS | PEOPLE_WORDS) else ():
                f.words = f.words or said  # "company", "speaker": what its lines are
            if said_when := _machine_time(leaf):
                for f in made:
                    f.attr = f.attr or said_when  # the day its words leave out
            if top.kind == "list":
                for f in made:
                    f.items = len(top.children)
            out.extend(made)
    return out


def _machine_time(leaf: doctree.Node) -> str:
    """The ``datetime`` of the ``<time>`` a block holds (``<time datetime="2015-10-26T08:30">
    8:30am</time>``), when it names a day and an hour and agrees with the block's own words
    (the same hour, the same day when they name one): the exact start its words leave the
    day out of. "" otherwise: a template's placeholder (``datetime="2010-02-13T20:00Z"``
    over ``21 Dec``) says nothing."""
    said = str(leaf.attr("datetime") or "")
    moment = parse_iso_datetime(said)
    if moment is None or moment.year < 1900:
        return ""
    text = leaf.text[:MAX_LINE]
    clock = clock_range(text)[0]
    if clock is not None and (clock.hour, clock.minute) != (moment.hour, moment.minute):
        return ""
    day = find_date(text, moment.year)[0]
    return said if day is None or day == moment.date() else ""


def _leaf_fields(leaf: doctree.Node, base: str, heading: bool) -> list[Field]:
    out: list[Field] = []
    rest: list[str] = []
    more: list[str] = []
    lines = _lines(leaf)
    taken: set[int] = set()  # the lines a labelled list of titles holds
    for n, line in enumerate(lines):
        text = line.text
        if n in taken:
            continue
        if n == 0 and (named := _name_over_titles(lines)) is not None:
            # "[Ana Ruiz](url), Univ. of X, Lab Y" over its labelled titles: one person
            # and where they work, however many commas that place is written with
            out.append(Field("/@speaker", named[0], frozenset({"speaker"})))
            if named[1]:
                out.append(Field("/@affiliation", named[1], frozenset({"affiliation"})))
            continue
        if n > 0 and (titled := _labelled_titles(lines, n)) is not None:
            # "Name, Org" then "*Titles: First*" / "*Second*": the titles its label names
            out.append(Field(f"/@{titled[0]}", "\n".join(titled[1]), frozenset({"title"})))
            taken.update(range(n, n + len(titled[1])))
            continue
        dated = n == 0 and (said := _date_lead(text)) is not None
        if dated and said is not None:
            # "03/09/2021 : [Title](url)": the record's day, a field of its own, then its
            # title, linked or not (a link after the date is the title's, no line of links)
            out.append(Field(f"{base}/date", said[0], frozenset()))
            text = said[1]
        label = _LABEL_RE.match(line.lead) if line.lead else None
        if label is not None and text[len(line.lead) :].strip():
            # "**Speaker:** Name": the field its label names, wherever the record puts it
            name = " ".join(label.group(1).casefold().split())
            words = pagerecords.label_words(name)
            value = text[len(line.lead) :].strip()
            value, *after = at_labels(value)
            if "speaker" in roles_of(name) and (found := _names_then_bio(value)):
                value = found[0]  # "Speaker: Ana Ruiz from Acme. She leads …"
                more.append(found[1])
            out.append(Field(f"/@{name}", value, words))
            for part in after:  # "**Seats:** 40" after the speaker's, on the same line
                head, _colon, rest_of = part.partition(":" if ":" in part else "：")
                key = " ".join(head.casefold().split())
                out.append(Field(f"/@{key}", rest_of.strip(), pagerecords.label_words(key)))
            continue
        if (n > 0 or not heading) and (who := byline_people(text, line.linked_second)):
            # before the links: "by [Ana Ruiz](url)" is a by-line whose name is a link
            by = text.split(None, 1)[1] if " " in text else text
            out.append(Field(f"{base}/by", by, frozenset({"speaker"})))
            if who:
                continue
        if line.links_only and not dated and (len(lines) > 1 or not heading):
            out.append(Field(f"{base}/links", text, frozenset()))
            continue
        if len(lines) > 1 and _LABEL_RE.match(text) and n < len(lines) - 1:
            out.append(Field(f"{base}/head", text, frozenset()))  # "Talk 1:" over its title
            continue
        if heading:
            text = _ENUM_RE.sub("", text)
            when = _clock_span(text)
            left = _without(text, when) if when else ""
            if when is not None and left:
                out.append(Field(f"{base}/time", when.group(0).strip(), frozenset()))
                text = left
                if (placed := at_place(left)) is not None:
                    # "Title [DEV1] (09:00 〜 10:00) @ Hall B - Room 3": the slot's room
                    # after a spaced at-sign closes the timed heading
                    out.append(Field(f"{base}/room", placed[1], frozenset({"room"})))
                    text = left = placed[0]
                if n < len(lines) - 1 and room_aside(left.strip()):
                    # "20:00 Saal B" over the title, in one heading: the slot's room
                    out.append(Field(f"{base}/room", left.strip(), frozenset({"room"})))
                    continue
        if (bio := _speaker_line_bio(text)) is not None:
            text = bio[0]  # "Speaker: Ana Ruiz from Acme. She leads …": a field, then prose
            more.append(bio[1])
        prose = bool(rest) and pagerecords.is_prose(text) and not pagerecords.is_prose(rest[0])
        # a sentence under a title line, in one cell or paragraph: the title's abstract
        (more if line.after or prose else rest).append(text)
    if more:
        out.append(Field(f"{base}/more", "\n".join(more), frozenset()))
    kept = [t for t in rest if t.strip()]
    if not heading and _stacked(kept):
        # a block of short lines a break apart (``**6 May** (Room 2)`` / ``Ana Ruiz
        # (Lab)`` / ``Title``): each line a field, whose role its content across the
        # records decides, as a cell's
        out[:0] = [Field(f"{base}/line{n}", t, frozenset()) for n, t in enumerate(kept)]
    elif kept:
        one = len(kept) == 1 and not more and len(lines) == 1
        out.insert(0, Field(base, kept[0] if one else "\n".join(kept), frozenset(),
                            stretches=_stretches(leaf) if one else ()))  # fmt: skip
    return out


def _labelled_titles(lines: list[_Line], n: int) -> tuple[str, list[str]] | None:
    """``Title: X``, ``*Titel: X*``, ``Titles: X`` over ``*Y*``: a line under a record's
    first that opens on a title's label, bare or inside the emphasis that opens it; its
    label and the titles it names, one per line. A plural label (``Titles``, ``Títulos``)
    also holds the lines after it that no label opens; a singular one the lines after it
    set apart as it is (wholly emphasised), each another title. None for any other line."""
    line = lines[n]
    m = _LINE_LABEL_RE.match(line.text)
    if m is None or not (value := line.text[m.end() :].strip(" *_")):
        return None
    name = " ".join(m.group("label").casefold().split())
    plural = False
    if "title" not in roles_of(name):
        plural = name.endswith("s") and "title" in roles_of(name[:-1])
        if not plural:
            return None
    marked = bool(line.lead) and line.lead.startswith(m.group("label"))
    if line.lead and not marked:
        return None  # "**Speaker:** …" or a link first: the label is another field's
    titles = [value]
    for after in lines[n + 1 : n + 1 + MAX_TITLES]:
        whole = bool(after.lead) and len(after.lead) >= len(after.text.strip(" *_")) - 1
        said = _LINE_LABEL_RE.match(after.text)
        labelled = said and len(said.group("label").split()) <= 2 and roles_of(said.group("label"))
        if labelled or pagerecords.is_prose(after.text):
            break
        if not (whole if marked or not plural else plural):
            break
        titles.append(after.text.strip(" *_"))
    return name.rstrip("s") if plural else name, titles


def _several_titles(
    talks: list[ProgrammeTalk], owners: dict[int, int], records: list[Record]
) -> list[ProgrammeTalk]:
    """Each title of a record's labelled list of titles (:func:`_labelled_titles`) its
    own talk, by the same people at the same time: a speaker who gives two talks."""
    listed = {
        r.order: lines
        for r in records
        for f in r.fields
        if f.path.startswith("/@") and len(lines := f.text.split("\n")) > 1 and "title" in f.words
    }
    out: list[ProgrammeTalk] = []
    for talk in talks:
        lines = listed.get(owners.get(id(talk), -1), [])
        if not lines or title_key(talk.title) != title_key(" ".join(lines)):
            out.append(talk)
            continue
        for n, line in enumerate(lines):
            item = talk if n == 0 else copy.deepcopy(talk)
            item.title = " ".join(line.split())
            owners[id(item)] = owners[id(talk)]
            out.append(item)
    return out


def _name_over_titles(lines: list[_Line]) -> tuple[str, str] | None:
    """A record's first line naming one person (its linked or emphasised words, else
    the words before its first comma) and then where they work, when a later line of the
    block is a labelled list of titles (:func:`_labelled_titles`): the name and the
    affiliation ("" when none); None otherwise."""
    if len(lines) < 2 or not any(_labelled_titles(lines, k) for k in range(1, len(lines))):
        return None
    text = lines[0].text
    lead = lines[0].lead if lines[0].lead and text.startswith(lines[0].lead) else ""
    who = lead or text.split(",", 1)[0]
    people = split_speakers(who.strip(" *_"), single_ok=True)
    if len(people) != 1:
        return None
    rest = text[len(who) :].strip(" ,;.–—-()")
    return people[0].name, rest


MAX_TITLES = 6
"""Titles one labelled field lists, at most (a speaker's talks, not a list of papers)."""


def _date_lead(text: str) -> tuple[str, str] | None:
    """The date that opens a record's first line before a separator, and the words after
    it (``03/09/2021 : Title``, ``Tue 12 March — Title``); None when the line does not open
    with one or nothing follows it. The date's numbers are read later, by the order the
    whole document writes its dates in."""
    for order in (None, "dmy", "mdy"):  # a date whichever order its numbers are in
        day, rest = leading_date(text[:MAX_LINE], 2000, order)
        rest = rest.strip()
        if day is not None and rest and rest != text.strip():
            return text[: len(text) - len(rest)].strip(_SEPARATORS), rest
    return None


_LINE_LABEL_RE = re.compile(
    r"^[ \t]{0,3}(?P<label>[^\W\d_][^\n:：]{0,24}?)[ \t]{0,3}[:：][ \t]{0,3}"
)
"""``Speaker: ``, ``讲师：``: a short label opening a line, with an ASCII or a full-width
colon."""


def _speaker_line_bio(text: str) -> tuple[str, str] | None:
    """A line ``Speaker: Names from Org. About them…`` (:func:`people_before_bio`): the
    line as its label and the names alone, and the words about them; None for any other
    line (its label names no speaker, or the value is no such by-line)."""
    m = _LINE_LABEL_RE.match(text)
    if m is None or "speaker" not in roles_of(m.group("label")):
        return None
    found = _names_then_bio(text[m.end() :])
    return None if found is None else (f"{text[: m.end()]}{found[0]}", found[1])


def _names_then_bio(value: str) -> tuple[str, str] | None:
    """A speaker field's names joined as one value, and the bio after them
    (:func:`people_before_bio`); None when the value is no such by-line."""
    found = people_before_bio(value)
    return None if found is None else (" & ".join(p.name for p in found[0]), found[1])


def _stretches(leaf: doctree.Node) -> tuple[tuple[str, bool], ...]:
    """A one-line block's words cut where its emphasis and links begin and end, each
    stretch with whether it is set apart (as a page's element's field is cut), so that
    the records' columns tell a title from the words beside it."""
    text = leaf.text
    spans = sorted((max(m.start, 0), min(m.end, len(text))) for m in leaf.marks if m.kind in _LEADS)
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans[:MAX_STRETCHES]:
        if start < at or end <= start:
            continue  # a mark inside another (a link around bold words): the outer one
        if text[at:start].strip():
            out.append((text[at:start].strip(), False))
        out.append((text[start:end].strip(), True))
        at = end
    if text[at:].strip():
        out.append((text[at:].strip(), False))
    if len(out) < 2 or pagerecords.remark_split(out) is None:
        # only an annotated item's head is told from its remark: the tree's other blocks
        # keep their words whole (a reading list's ``*Book* by Author`` is no talk)
        return ()
    return tuple(out)


MAX_STRETCHES = 40
"""Stretches of one block kept to tell emphasis from the rest, at most."""


MAX_STACKED_LINE = 160
"""Characters of a line, at most, for a block's lines to be fields of their own."""


def _stacked(lines: list[str]) -> bool:
    """Whether a block's lines are stacked fields (a date line, a name line, a title
    line, one under the other), not one text: two to six short lines, none of them a
    sentence."""
    if not 2 <= len(lines) <= 6 or cell_items.first_item(lines) == 0:
        return False  # a list's items (``• Title (Name)`` a line): one cell of talks
    return all(len(t) <= MAX_STACKED_LINE and not pagerecords.is_prose(t) for t in lines)


def _without(text: str, span: re.Match[str]) -> str:
    """A line without the time it holds, and without the brackets the time stood in."""
    left = _EMPTY_BRACKETS_RE.sub(" ", text[: span.start()] + " " + text[span.end() :])
    left = " ".join(left.split()).strip(_SEPARATORS)
    if left.count("(") > left.count(")"):
        left = left.rstrip(" (")
    return left


def _clock_span(text: str) -> re.Match[str] | None:
    """The first time or time range of a line that reads as one (``11:45am -- 12:05pm``;
    not the ``20`` of ``2024-2025``)."""
    for n, m in enumerate(TIME_RANGE_RE.finditer(text[:MAX_LINE])):
        if n >= 8:
            break
        if clock_range(m.group(0))[0] is not None:
            return m
    return None


_MARKUP_RE = re.compile(r"(?:\s{0,40}<[^<>]{0,2000}>)+\s{0,40}")
"""A line of a block that is only tags (``<div class="row">``): the markup's source."""


_IN_PAGE_RE = re.compile(r"#\S|javascript:", re.I)
"""An anchor that opens a named part of the page (an accordion's ``href="#talk-3"``) or
runs a script: a toggle, not a link to stress words with (``href="#"`` alone is a link
left to be filled, around a title as any link)."""


def _marks_of(leaf: doctree.Node) -> list[doctree.Mark]:
    """A block's marks, or those of the one paragraph it holds (an HTML ``<dd>``'s words
    are its paragraph's)."""
    if leaf.marks or len(leaf.children) != 1 or leaf.children[0].text != leaf.text:
        return leaf.marks
    return leaf.children[0].marks


def _lines(leaf: doctree.Node) -> list[_Line]:
    """A block's lines, each with the emphasised or linked words that open it."""
    text = leaf.text[: MAX_LINE * 20]
    out: list[_Line] = []
    start = 0
    # an anchor that opens a part of this page (``href="#t1"``, an accordion's toggle)
    # links nowhere and stresses nothing: its words are the line's own
    marks = sorted(
        (
            m
            for m in leaf.marks
            if m.kind in _LEADS and not (m.kind == "link" and _IN_PAGE_RE.match(m.value or ""))
        ),
        key=lambda m: m.start,
    )
    links = [m for m in marks if m.kind == "link"]
    leaf_links = [m for m in _marks_of(leaf) if m.kind == "link"]
    opening = marks[0] if marks and marks[0].start == 0 and marks[0].kind != "link" else None
    for raw in text.split("\n"):
        stop = start + len(raw)
        line = raw[:MAX_LINE]
        stripped = line.strip()
        if stripped and not _MARKUP_RE.fullmatch(stripped):
            lead = ""
            first = next((m for m in marks if start <= m.start < stop), None)
            offset = len(line) - len(line.lstrip())
            if first is not None and first.start - start == offset:
                lead = text[first.start : min(first.end, stop)]
                colon = text[min(first.end, stop) : min(first.end, stop) + 2]
                if colon.startswith((":", "：")) and not lead.rstrip().endswith((":", "：")):
                    lead += colon[0]  # "**Name**: Ana": the colon after the emphasis
            # the line's letters and digits inside links against all of them, counted
            # alike: a long linked title after a name (``Ana Ruiz: [Title …](url)``) is
            # a line of words with its title linked, not a line of links
            covered = sum(
                len(_UNCOUNTED_RE.sub("", text[max(m.start, start) : min(m.end, stop)]))
                for m in links
                if m.end > start and m.start < stop
            )
            bare = len(_UNCOUNTED_RE.sub("", stripped))
            link_words = covered and covered >= bare * 0.9
            after = opening is not None and "\n" in text[: opening.end] and start >= opening.end
            tail = _trailing_links(text, start, stop, leaf_links) if not link_words else 0
            if tail:
                # "Title ¶ video slides": the links closing the line are the talk's
                # resources, a line of links of their own beside its words
                out.append(_Line(text[start:tail].strip(), lead.strip(), False, after))
                out.append(_Line(text[tail:stop].strip(), "", True, after))
            else:
                first_word = len(raw) - len(raw.lstrip()) + len(stripped.split(None, 1)[0])
                second = start + first_word + len(raw[first_word:]) - len(raw[first_word:].lstrip())
                named = any(m.start == second for m in links)
                out.append(_Line(stripped, lead.strip(), bool(link_words), after, named))
        start = stop + 1
    return out


TRAILING_LINKS_LEAST = 2
"""Links closing a line that are its resources (``video``, ``slides``), not its words."""


def _trailing_links(text: str, start: int, stop: int, links: list[doctree.Mark]) -> int:
    """Where the run of links closing the line ``text[start:stop]`` begins, when at least
    :data:`TRAILING_LINKS_LEAST` links close it with nothing but blanks and signs (``¶``,
    ``|``) between them, after words of the line's own; else 0. One link closing a line
    may be its title or a name (``Talk by [Ana Ruiz](…)``)."""
    inside = [m for m in links if start <= m.start and m.end <= stop]
    at, count = stop, 0
    for m in reversed(inside):
        if _WORD_RE.search(text[m.end : at]):
            break
        at, count = m.start, count + 1
    if count < TRAILING_LINKS_LEAST or not _WORD_RE.search(text[start:at]):
        return 0
    return at


_WORD_RE = re.compile(r"[^\W_]")


def _pipe_rows(node: doctree.Node) -> list[list[str]]:
    """The cells of a paragraph's lines when they are a table's rows the Markdown parser
    did not read as one (``|------|`` before its header row): lines of three or more
    cells, rules left out, the header row first."""
    if node.kind != "paragraph":
        return []
    lines = node.text.split("\n")
    if len(lines) < MIN_RECORDS + 1:
        return []
    rows: list[list[str]] = []
    for line in lines[:5_000]:
        if _RULE_RE.match(line):
            continue
        if not _PIPES_RE.match(line[:MAX_LINE]):
            return []
        rows.append([c.strip() for c in line.strip().strip("|").split("|")])
    return rows


def _row_record(node: doctree.Node, cells: list[str], n: int, order_of: dict[int, int]) -> Record:
    """One line of a paragraph of table rows: each cell a field at its column; the first
    row's cells, when they are all short words (a header), give the columns' words."""
    fields = [
        Field(f"/td[{col + 1}]" if n else f"/th[{col + 1}]", cell, frozenset())
        for col, cell in enumerate(cells[:MAX_FIELDS])
        if cell
    ]
    return Record(None, order_of.get(id(node), 0) * 1000 + n, fields)


_DAY_MONTH_RE = re.compile(r"(?<![\d./])[0-3]?\d[./][01]?\d(?![\d])")
"""A day and a month in numbers (``9/10``, ``14.10``): a heading worth reading as a day."""


def _markers(
    nodes: list[doctree.Node], year: int | None, order: str | None
) -> list[tuple[int, date]]:
    """(order, day) of the short headings and lines that name a day."""
    out: list[tuple[int, date]] = []
    for at, node in enumerate(nodes):
        if node.kind not in ("heading", "paragraph") or len(node.text) > 80:
            continue
        day, _own = find_date(node.text, year, order)
        if day is None and node.kind == "heading" and year and _DAY_MONTH_RE.search(node.text):
            day = line_date(node.text, year, order)  # "# 9/10 (qua)": a heading that is a day
        if day is not None:
            out.append((at * 1000, day))
    return out


_SLOT_KINDS = frozenset({"panel", "keynote", "spotlight", "poster", "demo"})
"""Kinds a timed slot of their own holds several talks of (``14h - Round tables``)."""


def _lead_sig(sources: dict[int, list[doctree.Node]], order: int) -> str:
    """The signature of the node that leads the record of this order (``h4``), or ""."""
    run = sources.get(order)
    return _sig(run[0]) if run else ""


def _under_kind_slots(talks: list[ProgrammeTalk], leads: dict[int, str]) -> None:
    """A slot whose title only names a kind of talks, with no speaker of its own
    (``14h - 15h - Round tables``), followed by talks with speakers and no time of
    their own, each led by a heading as the slot is (``<h4>`` after ``<h4>``): those are the slot's
    parallel talks, of its kind and at its time when it has one, up to the next record
    with a time, without speakers or led otherwise (a table of organisers after it).
    ``leads``: the signature of each talk's lead node, by the talk's ``id``."""
    kind, clock, lead = "", None, ""
    for talk in talks:
        if not talk.speakers:
            said = kind_of(talk.title)
            slot = kind_label_only(talk.title) and said in _SLOT_KINDS
            kind, clock = (said, talk.clock) if slot else ("", None)
            lead = leads.get(id(talk), "")
            lead = lead if lead.startswith("h") else ""  # a heading's slot, not a row's
        elif talk.clock is not None or not lead or leads.get(id(talk)) != lead:
            kind, clock = "", None
        elif kind:
            talk.kind = kind if talk.kind == "talk" else talk.kind
            talk.clock = clock


_SLOT_TIME_LEVELS = 4
"""Containers, at most, between a record and the element that holds its slot's time."""


def _slot_times(
    talks: list[ProgrammeTalk],
    sources: dict[int, list[doctree.Node]],
    owners: dict[int, int],
    nodes: list[doctree.Node],
) -> None:
    """A record with no time of its own takes the time written alone in the nearest
    element before it, or before one of its containers: a slot's row holding only its
    time (``<h2>11:<small>30</small></h2>``) over the row of its parallel talks' cards,
    whatever the containers. Other records before it are passed over (the cards before
    a card); anything else ends the look at that level."""
    parent_of = {id(kid): node for node in nodes for kid in node.children}
    leads = {id(run[0]) for run in sources.values() if run}
    for talk in talks:
        run = sources.get(owners.get(id(talk), -1))
        if talk.start is not None or talk.clock is not None or not run:
            continue
        clock = _time_over_record(run[0], parent_of, leads)
        if clock is None:
            continue
        if talk.day is not None:
            talk.start, talk.day = datetime.combine(talk.day, clock), None
        else:
            talk.clock = clock


def _time_over_record(
    node: doctree.Node, parent_of: dict[int, doctree.Node], leads: set[int]
) -> time | None:
    """The time of :func:`_slot_times` for the record led by ``node``, or None."""
    current = node
    for _level in range(_SLOT_TIME_LEVELS):
        parent = parent_of.get(id(current))
        if parent is None:
            return None
        kids = parent.children
        at = next((n for n, k in enumerate(kids) if k is current), 0)
        for sibling in reversed(kids[:at]):
            if sibling.kind in _SKIP or not sibling.text.strip():
                continue
            if id(sibling) in leads:
                continue  # another record of the slot
            text = " ".join(sibling.text.split())
            span = _clock_span(text) if len(text) <= 40 else None
            if span is not None and not _without(text, span):
                return clock_range(span.group(0))[0]
            break
        current = parent
    return None


def _day_starts(nodes: list[doctree.Node], markers: list[tuple[int, date]]) -> list[int]:
    """The orders, ascending, of the headings and lines that open a day: those dated
    (``markers``), and the headings that name a weekday and a day without a year
    (``13 de Dezembro (Quinta-feira)``, ``Friday 14 March``), which open a day of their
    own though no year dates it."""
    starts = {at for at, _day in markers}
    for at, node in enumerate(nodes):
        if node.kind == "heading" and len(node.text) <= 80 and yearless_day(node.text):
            starts.add(at * 1000)
    return sorted(starts)


def _merged(talks: list[ProgrammeTalk], parts: dict[int, int] | None = None) -> list[ProgrammeTalk]:
    """One talk per title (a table's row and the talk's own block below it): the first,
    completed with what the others say; ``parts``: the day each talk is under (by the
    talk's ``id``: the number of day headings before it), when known: the same title
    under two days' headings is two talks (a round table held on both days)."""
    parts = parts or {}
    out: list[ProgrammeTalk] = []
    seen: dict[str, ProgrammeTalk] = {}
    for talk in talks:
        key = title_key(talk.title)
        first = seen.get(key) if len(key) > 12 else None
        other_part = first is not None and parts.get(id(first)) != parts.get(id(talk))
        if first is None or other_part or _other_day(first, talk):
            seen[key] = talk if other_part else seen.get(key, talk)
            out.append(talk)
            continue
        first.speakers = first.speakers or talk.speakers
        first.start = first.start or talk.start
        first.day = first.day or talk.day
        first.abstract = first.abstract or talk.abstract
        first.body = "\n".join(x for x in (first.body, talk.body) if x)
    return out


def _other_day(first: ProgrammeTalk, talk: ProgrammeTalk) -> bool:
    """Whether two records of one title are on days of their own (a seminar that lists a
    talk again on a later date, a series' recurring ``Lightning Talks``): two talks, not
    one talk's row and its block below."""
    return first.day is not None and talk.day is not None and first.day != talk.day


def _unique(roles: list[ProgrammeRole]) -> list[ProgrammeRole]:
    out: list[ProgrammeRole] = []
    seen: set[tuple[str, str]] = set()
    for role in roles:
        key = (role.person.name.casefold(), role.role)
        if key not in seen:
            seen.add(key)
            out.append(role)
    return out


def _name(doc: doctree.Document) -> str:
    """The document's name: its front matter's title, else its first heading."""
    for node in doc.root.children:
        if node.kind == "front":
            m = re.search(r"^title\s*[:=]\s*[\"']?([^\"'\n]{1,200})", node.text, re.M)
            if m and m.group(1).strip():
                return m.group(1).strip()
        if node.kind == "heading":
            return node.text.strip()
    return ""
