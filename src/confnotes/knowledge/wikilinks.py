"""``[[wikilinks]]`` and ``#tags`` in note bodies: finding, resolving, completing, rewriting.

Obsidian's syntax, so a notebook opened there links the same way: ``[[id]]``,
``[[Title]]``, ``[[Title|label]]`` (``[[Title#heading]]`` links the note). A link
names a talk, a person, a conference or a paper (``[[arXiv:2501.01234]]``,
``[[doi:10.1/x]]``, ``[[https://openreview.net/forum?id=X]]``). Names are
matched without case or accents, then by unique prefix, then fuzzily, but only
when one object clearly wins: an ambiguous link stays unresolved rather than
pointing at the wrong talk. A renamed person, talk or conference keeps its old
name as an alias, so a link written before a rename still resolves.

No Textual and no I/O: the editor, the person screen, the index and the
rename commands call these functions and save through the Notebook.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from confnotes.knowledge.paper_ids import identify, page_id
from confnotes.model import Conference, Person, Talk
from confnotes.notebook.link_pickup import prose_lines
from confnotes.notebook.records import Problem
from confnotes.notebook.slugs import make_slug
from confnotes.notebook.summary_cache import at_hand, may_link

if TYPE_CHECKING:
    from confnotes.notebook.change_feed import NotebookChange
    from confnotes.notebook.notebook import Notebook

WIKILINK_RE = re.compile(
    r"\[\[([^\[\]|#\n]{1,300})(#[^\[\]|\n]{0,300})?(?:\|([^\[\]\n]{0,300}))?\]\]"
)
"""``[[target#heading|label]]``: bounded negated classes, so linear on any line."""
TAG_RE = re.compile(r"#(?<![\w#/&;:.=?\-]#)([^\W\d_][\w\-/]{0,63})")
"""``#tag`` (a letter first, so ``#1`` and ``# Heading`` are not tags; ``a#b``, URL
fragments and HTML entities are not either). The ``#`` comes first and the look-behind after
it, so a scan jumps from ``#`` to ``#`` (a reindex looks at every note)."""

TALK, PERSON, CONFERENCE, PAPER = "talk", "person", "conference", "paper"
KINDS = (TALK, PERSON, CONFERENCE, PAPER)
FUZZY_SCORE = 86.0
"""Lowest rapidfuzz ratio (0-100) for a typo-tolerant match."""
FUZZY_MARGIN = 6.0
"""How far the best fuzzy match must beat the next object to count as unambiguous."""
ALIASES_KEY = "aliases"
"""Front-matter key (Obsidian's) of a talk's or conference's former titles."""


@dataclass(frozen=True)
class WikiLink:
    """One ``[[...]]`` of a body: what it names, its label, and where it is."""

    target: str
    label: str
    line: int
    start: int
    """Offset of ``[[`` in the body."""
    end: int
    """Offset just after ``]]``."""
    heading: str = ""

    @property
    def shown(self) -> str:
        """What a reader sees: the label, else the target."""
        return self.label or self.target


@dataclass(frozen=True)
class Target:
    """What a link resolves to."""

    kind: str
    """``talk``, ``person``, ``conference`` or ``paper``."""
    id: str
    """Talk id, person id, conference id, or the paper's key (``arxiv:2501.01234``)."""
    title: str
    """Its title or name (a paper's URL or identifier when its title is unknown)."""
    url: str = ""
    """A paper's address."""


@dataclass(frozen=True)
class Backlink:
    """A note that links to a target: where, and the line around it."""

    kind: str
    """``talk`` or ``person`` (whose note or page holds the link)."""
    id: str
    title: str
    line: int
    context: str


# ---------------------------------------------------------------------- finding


def _fold(text: str) -> str:
    """Case, accents and spacing do not matter in a link."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _line_offsets(body: str) -> list[int]:
    offsets, pos = [], 0
    for line in body.splitlines(keepends=True):
        offsets.append(pos)
        pos += len(line)
    return offsets


def wikilinks_in(body: str) -> list[WikiLink]:
    """Every ``[[link]]`` of a Markdown body outside code, in order."""
    found: list[WikiLink] = []
    if "[[" not in body:
        return found
    offsets = _line_offsets(body)
    for number, line in prose_lines(body):
        if "[[" not in line:
            continue
        base = offsets[number - 1]
        for m in WIKILINK_RE.finditer(line):
            target = m.group(1).strip()
            if not target:
                continue
            found.append(
                WikiLink(
                    target=target,
                    label=(m.group(3) or "").strip(),
                    line=number,
                    start=base + m.start(),
                    end=base + m.end(),
                    heading=(m.group(2) or "")[1:].strip(),
                )
            )
    return found


def tags_in(body: str) -> list[str]:
    """The ``#tags`` of a body outside code and links, each once (first spelling kept)."""
    if "#" not in body or TAG_RE.search(body) is None:
        return []  # reading the lines only ever drops candidates: none here, none there
    return _tags_in_lines(body)


def _tags_in_lines(body: str) -> list[str]:
    """:func:`tags_in`, line by line (code blocks, code spans and links taken out)."""
    tags: list[str] = []
    seen: set[str] = set()
    for _number, line in prose_lines(body):
        if "#" not in line:
            continue
        line = WIKILINK_RE.sub(lambda m: " " * len(m.group(0)), line)
        stripped = line.lstrip()
        if stripped.startswith("#") and stripped.lstrip("#")[:1] in (" ", ""):
            line = stripped.lstrip("#")  # a heading's own hashes
        for m in TAG_RE.finditer(line):
            tag = m.group(1).rstrip("-/")
            key = tag.casefold()
            if tag and key not in seen:
                seen.add(key)
                tags.append(tag)
    return tags


def target_key(text: str) -> str:
    """The index term of a link target or a ``link:`` query: its slug, each ``/`` part
    slugged, so ``[[Amara Okafor]]``, ``[[amara-okafor]]`` and ``link:"Amara Okafor"``
    meet on ``amara-okafor``."""
    paper = identify(text)
    if paper is not None:
        return paper.key
    parts = [make_slug(p) for p in text.strip().split("/") if p.strip()]
    return "/".join(p for p in parts if p)


def index_terms(body: str) -> list[str]:
    """The terms a note's links give the index's ``link`` field: each target's key, and for a
    ``conference/talk`` id also the talk's own part."""
    terms: list[str] = []
    for link in wikilinks_in(body):
        key = target_key(link.target)
        if key:
            terms.append(key)
            if "/" in key and not key.startswith(("arxiv:", "doi:")):
                terms.append(key.rsplit("/", 1)[1])
    return list(dict.fromkeys(terms))


# ---------------------------------------------------------------------- resolving


def aliases_of(obj: Talk | Conference) -> list[str]:
    """A talk's or conference's former titles (front matter ``aliases``)."""
    value = obj.extra.get(ALIASES_KEY)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, str | int | float)]
    return []


class LinkResolver:
    """Resolves link targets against one notebook (build it again after the notebook changes)."""

    def __init__(self, nb: Notebook, paper_titles: dict[str, str] | None = None):
        self.nb = nb
        self.paper_titles = paper_titles or {}
        """Known paper titles by paper key (from the metadata cache), for titles and completion."""
        self._ids: dict[str, Target] = {}
        self._names: dict[str, list[Target]] = {}
        self._stems: dict[str, list[Target]] = {}
        self._named: dict[tuple[str, str], tuple[str, ...]] = {}
        """What each talk, person and conference was named when this resolver was made."""
        talks, people, conferences = nb.talks, nb.people, nb.conferences  # a snapshot
        for talk in talks.values():
            names = _names_of(TALK, talk)
            self._named[TALK, talk.id] = names
            self._add(Target(TALK, talk.id, talk.title or talk.id), names)
            self._stems.setdefault(talk.id.rsplit("/", 1)[-1].casefold(), []).append(
                self._ids[talk.id]
            )
        for person in people.values():
            names = _names_of(PERSON, person)
            self._named[PERSON, person.id] = names
            self._add(Target(PERSON, person.id, person.name), names)
        for conf in conferences.values():
            names = _names_of(CONFERENCE, conf)
            self._named[CONFERENCE, conf.id] = names
            self._add(Target(CONFERENCE, conf.id, conf.name), names)
        for key, title in self.paper_titles.items():
            paper = self.paper(key.removeprefix("url:"))
            if paper is not None and paper.id == key:
                self._add(paper, [title])
        self._choices = list(self._names)

    def _add(self, target: Target, names: Iterable[str]) -> None:
        self._ids.setdefault(target.id, target)
        for name in names:
            key = _fold(name)
            if key and target not in self._names.setdefault(key, []):
                self._names[key].append(target)

    def current(self, nb: Notebook, change: NotebookChange) -> bool:
        """True when every object ``change`` names is still named as this resolver knows it
        (no title, name or alias changed, nothing added or gone): links resolve as before."""
        talks, people, conferences = nb.talks, nb.people, nb.conferences
        for kind, ids, objects in (
            (TALK, change.talks, talks),
            (PERSON, change.people, people),
            (CONFERENCE, change.conferences, conferences),
        ):
            for obj_id in ids:
                obj = objects.get(obj_id)
                named = self._named.get((kind, obj_id))
                if (None if obj is None else _names_of(kind, obj)) != named:
                    return False
        return True

    def paper(self, text: str) -> Target | None:
        """A paper named by its identifier or address, or None."""
        stripped = text.strip()
        paper = identify(stripped)
        if paper is None and stripped.lower().startswith(("http://", "https://")):
            paper = page_id(stripped)
        if paper is None:
            return None
        title = self.paper_titles.get(paper.key) or paper.label
        return Target(PAPER, paper.key, title, paper.url)

    def candidates(self, text: str) -> list[Target]:
        """Every object ``text`` could name, best first (one element: the link resolves)."""
        text = text.strip()
        if not text:
            return []
        paper = self.paper(text)
        if paper is not None:
            return [paper]
        exact = self._ids.get(text) or self._ids.get(text.removeprefix("people/"))
        if exact is not None:
            return [exact]
        stems = self._stems.get(text.casefold(), [])
        if len(stems) == 1:
            return stems
        key = _fold(text)
        named = self._names.get(key)
        if named:
            return list(named)
        starts = _unique_targets(
            t for name, ts in self._names.items() if _starts_with_words(name, key) for t in ts
        )
        if starts:
            return starts
        words = key.split()
        by_words = _unique_targets(
            t
            for name, ts in self._names.items()
            if all(w in name.split() for w in words)
            for t in ts
        )
        if by_words:
            return by_words
        return self._fuzzy(key)

    def _fuzzy(self, key: str) -> list[Target]:
        """A typo-tolerant match: the one clear winner, else the close ones (ambiguous)."""
        from rapidfuzz import fuzz, process  # only resolving needs it, not indexing

        scored = process.extract(key, self._choices, scorer=fuzz.ratio, limit=8)
        ranked: list[tuple[float, Target]] = []
        for name, score, _i in scored:
            for t in self._names[name]:
                if score >= FUZZY_SCORE - FUZZY_MARGIN and all(t != r for _s, r in ranked):
                    ranked.append((score, t))
        if not ranked or ranked[0][0] < FUZZY_SCORE:
            return []
        if len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= FUZZY_MARGIN:
            return [ranked[0][1]]
        return [t for _s, t in ranked]

    def resolve(self, text: str) -> Target | None:
        """The one object ``text`` names, or None (unknown or ambiguous)."""
        found = self.candidates(text)
        return found[0] if len(found) == 1 else None

    def target(self, kind: str, obj_id: str) -> Target | None:
        """The target of a known object (``kind`` ``paper`` takes a URL or identifier)."""
        if kind == PAPER:
            return self.paper(obj_id)
        found = self._ids.get(obj_id)
        return found if found is not None and found.kind == kind else None

    def complete(self, prefix: str, limit: int = 12) -> list[Target]:
        """Completions for what follows ``[[`` as typed: prefix matches, then fuzzy ones."""
        key = _fold(prefix)
        if not key:
            talks = sorted(
                (t for t in self._ids.values() if t.kind == TALK), key=lambda t: t.title.lower()
            )
            people = sorted(
                (t for t in self._ids.values() if t.kind == PERSON), key=lambda t: t.title.lower()
            )
            return (people + talks)[:limit]
        first = _unique_targets(
            t for name, ts in sorted(self._names.items()) if name.startswith(key) for t in ts
        )
        words = _unique_targets(
            t
            for name, ts in sorted(self._names.items())
            if _starts_with_words(name, key) or f" {key}" in f" {name}"
            for t in ts
        )
        found = _unique_targets([*first, *words, *(self._ids[i] for i in self._ids if key in i)])
        if len(found) < limit:
            from rapidfuzz import fuzz, process

            scored = process.extract(key, self._choices, scorer=fuzz.partial_ratio, limit=limit)
            found = _unique_targets(
                [
                    *found,
                    *(t for name, score, _i in scored if score >= 70 for t in self._names[name]),
                ]
            )
        return found[:limit]


def _names_of(kind: str, obj: Talk | Person | Conference) -> tuple[str, ...]:
    """The names a link may call an object by (its id aside)."""
    if kind == PERSON:
        assert isinstance(obj, Person)
        return (obj.name, *obj.aliases)
    assert isinstance(obj, (Talk, Conference))
    return (obj.title if isinstance(obj, Talk) else obj.name, *aliases_of(obj))


def _unique_targets(targets: Iterable[Target]) -> list[Target]:
    return list(dict.fromkeys(targets))


def _starts_with_words(name: str, key: str) -> bool:
    """``key`` is the first words of ``name`` (``calibration is not`` of a longer title)."""
    return name.startswith(key) and (len(name) == len(key) or not name[len(key)].isalnum())


def link_text(target: Target) -> str:
    """What to write between ``[[`` and ``]]`` to link ``target``: its name when that
    names it alone in the notebook, else its id."""
    if target.kind == PAPER:
        return target.url if target.id.startswith("url:") else target.title
    return target.title


def completion_text(resolver: LinkResolver, target: Target) -> str:
    """The link text to insert for a chosen completion (the id when the name is ambiguous;
    a paper by its identifier, labelled with its title when known)."""
    if target.kind == PAPER:
        ident = target.url if target.id.startswith("url:") else target.id
        if ident.startswith("arxiv:"):
            ident = "arXiv:" + ident.removeprefix("arxiv:")
        known = target.title and target.title not in (ident, target.url)
        return f"{ident}|{target.title}" if known and "]" not in target.title else ident
    text = link_text(target)
    return text if resolver.resolve(text) == target else target.id


# ---------------------------------------------------------------------- following


def bodies(nb: Notebook) -> Iterator[tuple[str, str, str, str]]:
    """Every note body that may hold a link: (kind, id, title, body). A note the schedule
    summary says holds no ``[[`` is not read (see :meth:`Notebook.linking_notes`)."""
    for note in nb.linking_notes():
        if isinstance(note, Talk):
            if note.body:
                yield TALK, note.id, note.title, note.body
        elif note.body:
            yield PERSON, note.id, note.name, note.body


def backlinks(nb: Notebook, target: Target, resolver: LinkResolver | None = None) -> list[Backlink]:
    """The notes and pages whose body links to ``target`` ("mentioned in"): talks first."""
    return LinkGraph.build(nb, resolver).backlinks(target)


Written = tuple[str, tuple[tuple[str, int, str], ...]]
"""A note's links as written: its title, and each link's target text, line and line text."""


class LinkGraph:
    """Every note's resolved links, kept so a header or a page asks "who links here" in O(1).

    Built once (in a background thread in the app) from the notes that hold a ``[[``, then
    kept in step with the notebook's change feed note by note (:meth:`follow`). Each note's
    links are kept as written, so when names change (a rename, a new talk) a graph with a
    new resolver is made from them (:meth:`from_written`) without reading a note again.
    """

    def __init__(self, resolver: LinkResolver):
        self.resolver = resolver
        self._resolved: dict[str, Target | None] = {}
        self._written: dict[tuple[str, str], Written] = {}
        self._outgoing: dict[tuple[str, str], list[Target]] = {}
        self._incoming: dict[Target, dict[tuple[str, str], Backlink]] = {}

    @classmethod
    def build(cls, nb: Notebook, resolver: LinkResolver | None = None) -> LinkGraph:
        """The graph of every note of ``nb`` (reads a snapshot of its notes)."""
        graph = cls(resolver or LinkResolver(nb))
        for kind, obj_id, title, body in list(bodies(nb)):
            graph.update(kind, obj_id, title, body)
        return graph

    @classmethod
    def from_written(
        cls, resolver: LinkResolver, written: dict[tuple[str, str], Written]
    ) -> LinkGraph:
        """A graph of the links ``written`` (from :meth:`written`), resolved by ``resolver``."""
        graph = cls(resolver)
        for source, (title, links) in written.items():
            graph._link(source, title, links)
        return graph

    def written(self) -> dict[tuple[str, str], Written]:
        """A copy of every linking note's links as written (for :meth:`from_written`)."""
        return dict(self._written)

    def _resolve(self, text: str) -> Target | None:
        if text not in self._resolved:
            self._resolved[text] = self.resolver.resolve(text)
        return self._resolved[text]

    def update(self, kind: str, obj_id: str, title: str, body: str) -> None:
        """A note was saved: its links now are those of ``body``."""
        links: tuple[tuple[str, int, str], ...] = ()
        if "[[" in body:
            found = wikilinks_in(body)
            if found:
                lines = body.splitlines()
                links = tuple(
                    (link.target, link.line, lines[link.line - 1].strip())
                    for link in found
                    if link.line <= len(lines)
                )
        self._link((kind, obj_id), title, links)

    def remove(self, kind: str, obj_id: str) -> None:
        """A note is gone: so are its links."""
        self._link((kind, obj_id), "", ())

    def _link(
        self, source: tuple[str, str], title: str, links: tuple[tuple[str, int, str], ...]
    ) -> None:
        for old in self._outgoing.pop(source, []):
            self._incoming.get(old, {}).pop(source, None)
        if not links:
            self._written.pop(source, None)
            return
        self._written[source] = (title, links)
        kind, obj_id = source
        targets: list[Target] = []
        for text, line, context in links:
            found = self._resolve(text)
            if found is None or (found.kind, found.id) == source or found in targets:
                continue
            targets.append(found)
            self._incoming.setdefault(found, {})[source] = Backlink(
                kind, obj_id, title, line, context
            )
        if targets:
            self._outgoing[source] = targets

    def follow(self, nb: Notebook, change: NotebookChange, read: bool = True) -> bool:
        """Take the notes ``change`` names as ``nb`` holds them now (links resolve by this
        graph's resolver: see :meth:`LinkResolver.current`). With ``read`` false nothing is
        done, and False returned, when one of them would have to be read from its file."""
        talks, people = nb.talks, nb.people
        notes: list[tuple[str, str, Talk | Person | None]] = [
            *((TALK, talk_id, talks.get(talk_id)) for talk_id in sorted(change.talks)),
            *((PERSON, pid, people.get(pid)) for pid in sorted(change.people)),
        ]
        if not read and any(note is not None and not at_hand(note) for _k, _i, note in notes):
            return False
        for kind, obj_id, note in notes:
            if note is None:
                self.remove(kind, obj_id)
            else:
                title = note.title if isinstance(note, Talk) else note.name
                self.update(kind, obj_id, title, note.body if may_link(note) else "")
        return True

    def backlinks(self, target: Target) -> list[Backlink]:
        """The notes linking to ``target``: talks first, then people's pages, by id."""
        found = self._incoming.get(target, {})
        return [found[key] for key in sorted(found, key=lambda k: (k[0] != TALK, k[1]))]


def link_problems(nb: Notebook, resolver: LinkResolver | None = None) -> list[Problem]:
    """Warnings for ``confnotes check``: links that name nothing, or several things."""
    resolver = resolver or LinkResolver(nb)
    problems: list[Problem] = []
    notes: list[Talk | Person] = [*nb.talks.values(), *nb.people.values()]
    for note in notes:
        if note.path is None or "[[" not in note.body or note.extra.get("_unreadable"):
            continue
        first = nb.body_line(note.path) - 1
        for link in wikilinks_in(note.body):
            found = resolver.candidates(link.target)
            if len(found) == 1:
                continue
            if found:
                names = ", ".join(t.id for t in found[:4])
                what = f"[[{link.target}]] could be {names}: write the id to choose"
            else:
                what = f"[[{link.target}]] names no talk, person, conference or paper"
            problems.append(Problem(note.path, first + link.line, what, "warning"))
    return problems


def link_at(body: str, offset: int) -> WikiLink | None:
    """The link whose ``[[...]]`` holds character ``offset`` of the body, or None."""
    for link in wikilinks_in(body):
        if link.start <= offset <= link.end:
            return link
    return None


def open_link_prefix(line_before_cursor: str) -> str | None:
    """The text typed after an unclosed ``[[`` on the cursor's line, or None."""
    start = line_before_cursor.rfind("[[")
    if start < 0:
        return None
    typed = line_before_cursor[start + 2 :]
    if "]]" in typed or "[" in typed or "|" in typed or len(typed) > 120:
        return None
    return typed


# ---------------------------------------------------------------------- renaming


def rewrite_links(
    body: str,
    resolver: LinkResolver,
    target: Target,
    new_text: str,
    originals: list[str] | None = None,
) -> tuple[str, list[str]]:
    """``body`` with every link to ``target`` naming it by ``new_text``, and the texts the
    links had. Labels, headings and every other character are kept; a link written by id
    (ids do not change) is kept. ``originals`` (an undo) gives each link its old text back,
    in order, instead of ``new_text``."""
    out: list[str] = []
    replaced: list[str] = []
    done = 0
    pending = list(originals or [])
    for link in wikilinks_in(body):
        if link.target == target.id or resolver.resolve(link.target) != target:
            continue
        text = pending.pop(0) if pending else new_text
        if text == link.target:
            continue
        heading = f"#{link.heading}" if link.heading else ""
        label = f"|{link.label}" if link.label else ""
        out.append(body[done : link.start])
        out.append(f"[[{text}{heading}{label}]]")
        replaced.append(link.target)
        done = link.end
    if not out:
        return body, replaced
    out.append(body[done:])
    return "".join(out), replaced
