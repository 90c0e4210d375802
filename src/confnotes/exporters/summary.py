"""What a conference summary contains, worked out once for every document format.

The Markdown (and so the HTML) and the BibTeX exports describe the same
talks, people and papers; this module decides which ones and in what order
(programme order, then names), so the formats cannot disagree and the same
notebook always gives the same document.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from confnotes.exporters.actions import ActionItem, action_items
from confnotes.exporters.safe_markdown import is_safe_url
from confnotes.exporters.selection import Selection, select, talk_day
from confnotes.knowledge.paper_ids import PaperId, identify, mentions, page_id
from confnotes.knowledge.paper_meta import GENERIC_LABELS, best_known, load_cache
from confnotes.model import Conference, Person, Talk
from confnotes.notebook.notebook import Notebook

PRESENTED_KINDS = frozenset({"oral", "spotlight", "poster"})
"""Talk kinds that present the paper they link to (so the paper's title is the talk's)."""


@dataclass
class SessionGroup:
    """Talks of one session on one day (or of no session: ``session_id`` None)."""

    session_id: str | None
    title: str
    kind: str = ""
    start: datetime | None = None
    end: datetime | None = None
    room: str = ""
    talks: list[Talk] = field(default_factory=list)


@dataclass
class DayGroup:
    """One day of a conference (``day`` None for talks without a time)."""

    day: date | None
    sessions: list[SessionGroup] = field(default_factory=list)


@dataclass
class Counts:
    """How much of the programme the user saw: the numbers in the title block."""

    programme: int = 0
    attended: int = 0
    noted: int = 0
    starred: int = 0


@dataclass
class ConferenceSummary:
    """One conference of the export, with its selected talks by day and session."""

    conference: Conference
    days: list[DayGroup]
    talks: list[Talk]
    counts: Counts


@dataclass
class PaperSource:
    """Where a paper of the reading list was found."""

    talk: Talk
    how: str
    """``link`` (a link of the talk) or ``note`` (mentioned in the user's note)."""


@dataclass
class ReadingItem:
    """One paper of the reading list, however many times and ways it was linked."""

    paper: PaperId
    label: str = ""
    """The link's own label, when one was given."""
    title: str = ""
    """The paper's title when known (a presented paper has its talk's title)."""
    authors: list[str] = field(default_factory=list)
    sources: list[PaperSource] = field(default_factory=list)
    venue: str = ""
    year: int | None = None
    fetched: str = ""
    """When the title and authors were fetched from the paper's source (empty: not fetched)."""


@dataclass
class Summary:
    """Everything one export shows."""

    selection: Selection
    conferences: list[ConferenceSummary]
    talks: list[Talk]
    """Every selected talk, in programme order."""
    people: list[tuple[Person, list[Talk]]]
    """Speakers of the selected talks (by name) with the talks they gave."""
    reading: list[ReadingItem]
    actions: list[tuple[Talk, ActionItem]]


def build_summary(nb: Notebook, sel: Selection) -> Summary:
    """The summary of the talks a selection picks (see :func:`.selection.select`)."""
    conferences, talks = select(nb, sel)
    summaries = []
    for conf in conferences:
        own = [t for t in talks if t.conference == conf.id]
        if not own and sel.conference is None:
            continue
        summaries.append(ConferenceSummary(conf, _days(conf, own), own, _counts(nb, conf)))
    ordered = [t for s in summaries for t in s.talks]
    return Summary(
        selection=sel,
        conferences=summaries,
        talks=ordered,
        people=_people(nb, ordered),
        reading=reading_list(nb, ordered),
        actions=[(t, item) for t in ordered for item in action_items(t.body)],
    )


def _counts(nb: Notebook, conf: Conference) -> Counts:
    counts = Counts()
    for talk in nb.talks_of(conf.id):
        counts.programme += 1
        counts.attended += talk.attended
        counts.noted += talk.has_notes
        counts.starred += talk.starred
    return counts


def _days(conf: Conference, talks: list[Talk]) -> list[DayGroup]:
    by_day: dict[date | None, list[Talk]] = {}
    for talk in talks:
        by_day.setdefault(talk_day(conf, talk), []).append(talk)
    days = []
    for day in sorted(by_day, key=lambda d: (d is None, d or date.min)):
        groups: dict[str | None, SessionGroup] = {}
        has_sessions = any(conf.session(t.session) for t in by_day[day])
        for talk in by_day[day]:
            session = conf.session(talk.session)
            key = session.id if session else None
            if key not in groups:
                if session:
                    groups[key] = SessionGroup(
                        session.id,
                        session.title or session.id,
                        session.kind,
                        session.start,
                        session.end,
                        session.room,
                    )
                else:
                    groups[key] = SessionGroup(None, "Other talks" if has_sessions else "")
            groups[key].talks.append(talk)
        sessions = sorted(groups.values(), key=_session_order)
        days.append(DayGroup(day, sessions))
    return days


def _session_order(group: SessionGroup) -> tuple[bool, datetime, str, str]:
    first = group.talks[0].start
    start = group.start if group.start and (first is None or group.start <= first) else first
    return (start is None, start or datetime.min, group.title.lower(), group.session_id or "")


def fold(name: str) -> str:
    """A sort key for names: case and accents ignored (``Élodie`` sorts with ``Elodie``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _people(nb: Notebook, talks: list[Talk]) -> list[tuple[Person, list[Talk]]]:
    given: dict[str, list[Talk]] = {}
    for talk in talks:
        for pid in talk.speakers:
            given.setdefault(pid, []).append(talk)
    people = [(nb.people.get(pid) or Person(id=pid, name=pid), ts) for pid, ts in given.items()]
    return sorted(people, key=lambda item: (fold(item[0].name), item[0].id))


def reading_list(nb: Notebook, talks: list[Talk]) -> list[ReadingItem]:
    """Papers linked from the noted or starred talks, once each, in the order first met.

    A talk's links count when they point at arXiv or a DOI, or are of kind
    ``paper``; the note body counts for arXiv and DOI addresses and mentions.
    """
    items: dict[str, ReadingItem] = {}

    def add(paper: PaperId, talk: Talk, how: str, label: str = "") -> None:
        if not is_safe_url(paper.url):
            return
        item = items.setdefault(paper.key, ReadingItem(paper))
        if label and not item.label:
            item.label = label
        if not any(s.talk.id == talk.id and s.how == how for s in item.sources):
            item.sources.append(PaperSource(talk, how))

    for talk in talks:
        if not (talk.has_notes or talk.starred):
            continue
        for ln in talk.links:
            paper = identify(ln.url)
            if paper is None and ln.kind == "paper":
                paper = page_id(ln.url)
            if paper is None:
                continue
            add(paper, talk, "link", ln.label.strip())
            item = items.get(paper.key)
            if item and not item.title and ln.kind == "paper" and talk.kind in PRESENTED_KINDS:
                item.title = talk.title
                item.authors = [p.name for p in nb.speakers_of(talk)]
        for paper, _offset in mentions(talk.body):
            add(paper, talk, "note")
    cache = load_cache(nb.root)
    for item in items.values():
        meta = best_known(item.paper, cache)
        if meta.title:  # fetched from the source: better than a talk's title
            item.title, item.authors = meta.title, list(meta.authors)
        item.venue, item.year, item.fetched = meta.venue, meta.year, meta.fetched
        if says_only_what_a_link_is(item.label):
            item.label = ""  # "Paper", "PDF" say what a link is, not what it is called
    return list(items.values())


_LINK_WORDS = GENERIC_LABELS | frozenset(
    {
        "a",
        "the",
        "our",
        "this",
        "accompanying",
        "associated",
        "related",
        "full",
        "main",
        "extended",
        "official",
        "camera",
        "ready",
        "version",
        "published",
        "final",
        "long",
        "short",
        "workshop",
        "conference",
        "journal",
        "article",
        "publication",
        "manuscript",
        "open",
        "access",
        "read",
        "view",
        "download",
        "and",
        "or",
        "of",
        "to",
        "on",
        "at",
        "abstract",
        "abs",
        "html",
        "web",
        "page",
        "url",
        "source",
        "supplementary",
        "appendix",
    }
)
"""Words that describe a link rather than name a paper ("Accompanying paper", "Full PDF")."""


def says_only_what_a_link_is(label: str) -> bool:
    """True when ``label`` is made only of words that say what a link is ("Paper (PDF)",
    "Accompanying paper", "arXiv preprint"): such a label is never a paper's title."""
    words = re.findall(r"\w+", label.casefold())
    return all(word in _LINK_WORDS for word in words)
