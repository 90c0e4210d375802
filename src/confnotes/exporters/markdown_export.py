"""Markdown summary: the conference as read afterwards, with your notes, people and papers.

Layout (one conference; several conferences each get a level-2 section)::

    # Conference name              title block: dates, venue, counts, filter
    ## Contents                    days and sessions, people, reading list, actions
    ## Thursday 12 June 2025       a table "at a glance", then per session:
    ### Session title              time and room
    #### Talk title               time, room, speakers (affiliations), links by kind,
                                   abstract, then the note (its headings demoted)
                                   (a day without sessions has its talks at ###;
                                   a session of one talk of the same name is one heading)
    ## People                      who spoke, with their talks
    ## Reading list                papers of noted or starred talks, once each
    ## Action items                open tasks, TODOs and "read:" lines, with their talk

Imported text (titles, names, abstracts) is escaped, so it reads as written;
notes stay Markdown. Anchors follow GitHub's rule, and the HTML export gives
its headings the same ids, so the contents work in both. Nothing depends on
the clock: the same notebook gives the same bytes.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from markdown_it import MarkdownIt

from confnotes.exporters import mdtext
from confnotes.exporters.authors import note_authors, team_authors
from confnotes.exporters.safe_markdown import Slugger, make_parser, rebase_relative_links
from confnotes.exporters.selection import Selection, talk_day
from confnotes.exporters.summary import (
    ConferenceSummary,
    DayGroup,
    SessionGroup,
    Summary,
    build_summary,
)
from confnotes.knowledge.attachments import linked_pdfs, original_name
from confnotes.knowledge.recording import link_moments
from confnotes.knowledge.wikilinks import tags_in
from confnotes.model import LINK_KINDS, Conference, Link, Talk
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.slugs import make_slug
from confnotes.schedule.update_marks import is_cancelled

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ROLE_LABELS = {
    "organizer": "Organisers",
    "keynote": "Keynote speakers",
    "panelist": "Panelists",
    "chair": "Chairs",
    "speaker": "Speakers",
    "other": "Also",
}
LINK_LABELS = {
    "paper": "Paper",
    "slides": "Slides",
    "video": "Video",
    "poster": "Poster",
    "code": "Code",
    "page": "Page",
    "other": "Link",
}
STARRED, ATTENDED, NOTED = "★", "✓", "✎"

_ANCHOR = "\ue000{}\ue001"
TALK_ANCHOR_RE = re.compile(r'^<a id="(talk-[a-z0-9-]{1,200})"></a>$')
"""The anchor line the Markdown export writes above each talk's heading."""


def talk_anchor(talk_id: str) -> str:
    """The stable anchor of a talk: ``talk-`` and the slug of its id."""
    return "talk-" + make_slug(talk_id.replace("/", "-"), "talk")


_ANCHOR_RE = re.compile("\ue000([^\ue001]*)\ue001")


def export_markdown(nb: Notebook, sel: Selection | None = None) -> str:
    """The summary as one Markdown document (CommonMark + GFM tables)."""
    return render_markdown(nb, build_summary(nb, sel or Selection()))


def render_markdown(nb: Notebook, summary: Summary) -> str:
    """Render an already built :class:`Summary`."""
    return render_markdown_with_ids(nb, summary)[0]


def render_markdown_with_ids(nb: Notebook, summary: Summary) -> tuple[str, list[str]]:
    """The Markdown and the anchor of each of its headings, in document order.

    The HTML export gives its headings these ids, so its contents links work
    without parsing the document twice.
    """
    doc = _Document(nb, summary, make_parser())
    return doc.render(), doc.ids


def long_date(day: date, with_weekday: bool = True) -> str:
    """``Thursday 12 June 2025``, the same in every locale."""
    text = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if with_weekday else text


def date_range(start: date | None, end: date | None) -> str:
    """``12–14 June 2025``, ``30 June – 2 July 2025`` or one long date."""
    if start is None:
        return long_date(end) if end else ""
    if end is None or end == start:
        return long_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{end.day} {MONTHS[end.month - 1]} {end.year}"
    if start.year == end.year:
        return f"{start.day} {MONTHS[start.month - 1]} – {long_date(end, False)}"
    return f"{long_date(start, False)} – {long_date(end, False)}"


def time_span(start: datetime | None, end: datetime | None) -> str:
    """``09:15–10:00`` (the end's date is added when it is another day)."""
    if start is None:
        return ""
    text = start.strftime("%H:%M")
    if end is not None and end > start:
        if end.date() != start.date():
            return f"{text} – {long_date(end.date(), False)} {end:%H:%M}"
        text += f"–{end:%H:%M}"
    return text


def describe_selection(sel: Selection) -> str:
    """What a filter keeps, in words (empty when everything is exported)."""
    parts = []
    if sel.only == "attended":
        parts.append("the talks you attended (your diary)")
    elif sel.only == "noted":
        parts.append("the talks you took notes on")
    elif sel.only == "starred":
        parts.append("the talks you starred")
    if sel.start and sel.end:
        parts.append(f"from {long_date(sel.start, False)} to {long_date(sel.end, False)}")
    elif sel.start:
        parts.append(f"from {long_date(sel.start, False)}")
    elif sel.end:
        parts.append(f"until {long_date(sel.end, False)}")
    return ", ".join(parts)


def plural(count: int, noun: str) -> str:
    """``1 talk``, ``2 talks``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def marks(talk: Talk) -> str:
    """★ starred, ✓ attended, ✎ noted: the talk's state in three characters or fewer."""
    return " ".join(
        m
        for m, on in ((STARRED, talk.starred), (ATTENDED, talk.attended), (NOTED, talk.has_notes))
        if on
    )


@dataclass
class _Document:
    nb: Notebook
    summary: Summary
    parser: MarkdownIt
    head: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    toc: list[tuple[int, str, str]] = field(default_factory=list)
    """Contents entries: (depth, Markdown label, anchor)."""
    ids: list[str] = field(default_factory=list)
    """The anchor of every heading, in document order (notes' headings included)."""
    slugger: Slugger = field(default_factory=Slugger)
    _anchors: dict[str, str] = field(default_factory=dict)
    """Talk id -> anchor, for links to talks (resolved at the end: tables come first)."""
    _notes: set[int] = field(default_factory=set)
    """Indexes in ``body`` of the users' notes, which are never rewritten."""

    @property
    def multi(self) -> bool:
        return len(self.summary.conferences) != 1

    @cached_property
    def by_author(self) -> bool:
        """A team's notebook: more than one person wrote these notes, so say who wrote which."""
        return len(team_authors(self.summary.talks)) > 1

    def render(self) -> str:
        s = self.summary
        if self.multi:
            self._heading(1, "Conference notes", self.head)
            if s.conferences:
                names = ", ".join(mdtext.text(c.conference.name) for c in s.conferences)
                self.head += [f"{plural(len(s.talks), 'talk')} from {names}.", ""]
            else:
                self.head += ["No conference has talks that match this export.", ""]
            described = describe_selection(s.selection)
            if described:
                self.head += [f"**This summary:** {described}.", ""]
        else:
            self._title_block(s.conferences[0], 1, self.head)
        self.head += [f"Marks: {STARRED} starred · {ATTENDED} attended · {NOTED} noted.", ""]
        if self.by_author:
            names = ", ".join(
                f"{mdtext.text(name)} ({n})" for name, n in team_authors(s.talks).items()
            )
            self.head += [f"**Notes by:** {names}.", ""]
        self._heading(2, "Contents", self.head)
        for conf in s.conferences:
            self._conference(conf)
        self._people()
        self._reading()
        self._actions()
        return self._assemble()

    # ------------------------------------------------------------ structure

    def _heading(self, level: int, plain: str, out: list[str] | None = None) -> str:
        """Add a heading (to the body unless ``out`` is given); returns its anchor.

        Headings are added in document order, so anchors are numbered like
        GitHub numbers them (``notes``, ``notes-1``...).
        """
        anchor = self._anchor(plain)
        (self.body if out is None else out).extend(["#" * level + " " + mdtext.text(plain), ""])
        return anchor

    def _anchor(self, plain: str) -> str:
        anchor = self.slugger.slug(plain)
        self.ids.append(anchor)
        return anchor

    def _resolve(self, match: re.Match[str]) -> str:
        return self._anchors.get(match.group(1), match.group(0))

    def _talk_link(self, talk: Talk) -> str:
        return f"[{mdtext.text(talk.title)}](#{_ANCHOR.format(talk.id)})"

    def _assemble(self) -> str:
        toc = [f"{'  ' * depth}- [{label}](#{anchor})" for depth, label, anchor in self.toc]
        body = "\n".join(
            line if i in self._notes else _ANCHOR_RE.sub(self._resolve, line)
            for i, line in enumerate(self.body)
        )
        return "\n".join([*self.head, *toc, "", body]).rstrip("\n") + "\n"

    # ------------------------------------------------------------ conference

    def _title_block(self, cs: ConferenceSummary, level: int, out: list[str]) -> str:
        conf = cs.conference
        anchor = self._heading(level, conf.name or conf.id, out)
        facts = []
        when = date_range(conf.start, conf.end) or _talk_dates(cs.talks)
        if when:
            zone = f" (times are local, {mdtext.text(conf.timezone)})" if conf.timezone else ""
            facts.append(f"**When:** {when}{zone}")
        if conf.location:
            facts.append(f"**Where:** {mdtext.text(conf.location)}")
        if conf.url:
            facts.append(f"**Website:** {mdtext.link(mdtext.short_url(conf.url), conf.url)}")
        facts += self._roles(conf)
        c = cs.counts
        facts.append(
            f"**Your notes:** {plural(c.programme, 'talk')} in the programme"
            f" · {c.attended} attended"
            f" · {c.noted} noted · {c.starred} starred"
        )
        described = describe_selection(self.summary.selection)
        if described:
            facts.append(f"**This summary:** {described} ({plural(len(cs.talks), 'talk')})")
        out += [f"- {fact}" for fact in facts]
        out.append("")
        for para in mdtext.paragraphs(conf.description):
            out += [para, ""]
        return anchor

    def _roles(self, conf: Conference) -> list[str]:
        by_role: dict[str, list[str]] = {}
        for role in conf.people:
            person = self.nb.people.get(role.person)
            name = person.name if person else role.person
            affiliation = person.affiliations[0] if person and person.affiliations else ""
            shown = mdtext.text(name) + (f" ({mdtext.text(affiliation)})" if affiliation else "")
            if shown not in by_role.setdefault(role.role, []):
                by_role[role.role].append(shown)
        return [
            f"**{ROLE_LABELS.get(role, 'Also')}:** {', '.join(names)}"
            for role, names in sorted(by_role.items(), key=lambda kv: _role_order(kv[0]))
        ]

    def _conference(self, cs: ConferenceSummary) -> None:
        level = 2 if self.multi else 1
        if self.multi:
            anchor = self._title_block(cs, 2, self.body)
            self.toc.append((0, mdtext.text(cs.conference.name or cs.conference.id), anchor))
        if not cs.talks:
            message = "No talks match this export."
            if not cs.counts.programme:
                message = "The notebook has no talks of this conference yet."
            self.body += [message, ""]
        for day in cs.days:
            self._day(cs, day, level + 1)

    def _day(self, cs: ConferenceSummary, day: DayGroup, level: int) -> None:
        title = long_date(day.day) if day.day else "Talks without a time"
        key = self._heading(level, title)
        self.toc.append((1 if self.multi else 0, mdtext.text(title), key))
        self.body += [*self._glance(day), ""]
        if len(day.sessions) == 1 and day.sessions[0].session_id is None:
            # a day without sessions: its talks sit right under the day
            for talk in day.sessions[0].talks:
                self._talk(cs, talk, level + 1)
                label = f"{time_span(talk.start, None)} {mdtext.text(talk.title)}".strip()
                self.toc.append((2 if self.multi else 1, label, self._anchors[talk.id]))
            return
        for group in day.sessions:
            self._session(cs, group, level + 1)

    def _glance(self, day: DayGroup) -> list[str]:
        """The day at a glance: one table row per talk, in time order across sessions."""
        rows = []
        for group in day.sessions:
            for talk in group.talks:
                start = talk.start or group.start
                rows.append((start is None, start or datetime.min, talk, group))
        rows.sort(key=lambda row: (row[0], row[1]))
        lines = ["| Time | Talk | Speakers | Room | |", "| --- | --- | --- | --- | --- |"]
        for _, _, talk, group in rows:
            speakers = ", ".join(mdtext.text(p.name) for p in self.nb.speakers_of(talk))
            when = time_span(talk.start, talk.end) or time_span(group.start, group.end)
            room = talk.room or group.room
            lines.append(
                f"| {when} | {self._talk_link(talk)} | {speakers} "
                f"| {mdtext.text(room)} | {marks(talk)} |"
            )
        return lines

    def _session(self, cs: ConferenceSummary, group: SessionGroup, level: int) -> None:
        when = time_span(group.start, group.end) or time_span(group.talks[0].start, None)
        label = f"{when} {group.title}".strip()
        depth = 2 if self.multi else 1
        if len(group.talks) == 1 and _same_title(group.title, group.talks[0].title):
            # "Opening remarks" in "Opening remarks": one heading, not the same one twice
            self._talk(cs, group.talks[0], level)
            self.toc.append((depth, mdtext.text(label), self._anchors[group.talks[0].id]))
            return
        key = self._heading(level, group.title)
        self.toc.append((depth, mdtext.text(label), key))
        facts = [f for f in (when, mdtext.text(group.room)) if f]
        if facts:
            self.body += [" · ".join(facts), ""]
        for talk in group.talks:
            self._talk(cs, talk, level + 1)

    def _talk(self, cs: ConferenceSummary, talk: Talk, level: int) -> None:
        # A talk's anchor comes from its id, so links to it survive another export with
        # other talks, filters or headings (a heading's slug is numbered by what precedes it).
        anchor = talk_anchor(talk.id)
        self.body += [f'<a id="{anchor}"></a>', ""]
        self._heading(level, talk.title)
        self.ids[-1] = anchor
        self._anchors[talk.id] = anchor
        when = time_span(talk.start, talk.end)
        if talk.start:
            when = f"{long_date(talk.start.date())}, {when}"
        state = [
            label
            for label, on in (
                (f"{STARRED} starred", talk.starred),
                (f"{ATTENDED} attended", talk.attended),
                (f"{NOTED} noted", talk.has_notes),
                ("**cancelled**", is_cancelled(talk)),
            )
            if on
        ]
        facts = [talk.kind.capitalize(), when, mdtext.text(talk.room), *state]
        self.body += [" · ".join(f for f in facts if f), ""]
        speakers = self.nb.speakers_of(talk)
        if speakers:
            shown = []
            for person in speakers:
                name = f"**{mdtext.text(person.name)}**"
                if person.affiliations:
                    name += f" ({mdtext.text('; '.join(person.affiliations))})"
                shown.append(name)
            label = "Speaker" if len(speakers) == 1 else "Speakers"
            self.body += [f"{label}: {', '.join(shown)}", ""]
        if talk.links:
            self.body += [*self._links(talk.links), ""]
        attached = linked_pdfs(talk.body, [link.url for link in talk.links], self.nb.root)
        if attached:
            # Relative to the notebook, as the notes' own links are rebased: the HTML
            # export makes each one downloadable from the page.
            files = [
                f"[{mdtext.text(original_name(pdf))}]({pdf.relative_to(self.nb.root).as_posix()})"
                for pdf in attached
            ]
            self.body += [f"Attached: {' · '.join(files)}", ""]
        tags = list(dict.fromkeys([*talk.tags, *tags_in(talk.body)]))
        if tags:
            self.body += ["Tags: " + ", ".join(mdtext.text(t) for t in tags), ""]
        abstract = mdtext.paragraphs(talk.abstract)
        if abstract:
            self.body += [f"*Abstract.* {abstract[0]}", ""]
            for para in abstract[1:]:
                self.body += [para, ""]
        if talk.extra.get("_unreadable"):
            # Its front matter cannot be read: the file as written, never read as Markdown
            # (a broken "---" block would turn into a heading).
            runs = [len(run) for run in re.findall(r"`{3,}", talk.body)]
            fence = "`" * max(3, max(runs, default=0) + 1)
            self.body += [
                "*Its front matter cannot be read (`confnotes check` says where); the file "
                "as written:*",
                "",
                fence,
                talk.body.rstrip("\n"),
                fence,
                "",
            ]
        elif talk.has_notes:
            authors = note_authors(talk) if self.by_author else []
            by = f" by {', '.join(mdtext.text(a) for a in authors)}" if authors else ""
            self.body += [f"**Notes**{by}", ""]
            # Timestamped bullets open the recording at their moment (the note is untouched).
            body = rebase_relative_links(link_moments(talk), posixpath.dirname(talk.id))
            note, headings = mdtext.nest_note(body, self.parser, min(level + 1, 6))
            for heading in headings:
                self._anchor(heading)
            self._notes.add(len(self.body))
            self.body += [note, ""]

    def _links(self, links: list[Link]) -> list[str]:
        by_kind: dict[str, list[str]] = {}
        for ln in links:
            label = ln.label.strip() or mdtext.short_url(ln.url)
            by_kind.setdefault(ln.kind, []).append(mdtext.link(label, ln.url))
        order = {kind: i for i, kind in enumerate(LINK_KINDS)}
        return [
            f"- {LINK_LABELS.get(kind, 'Link')}: {' · '.join(shown)}"
            for kind, shown in sorted(by_kind.items(), key=lambda kv: order.get(kv[0], 99))
        ]

    # ------------------------------------------------------------ back matter

    def _people(self) -> None:
        self.toc.append((0, "People", self._heading(2, "People")))
        if not self.summary.people:
            self.body += ["No speakers are named in these talks.", ""]
            return
        for person, talks in self.summary.people:
            line = f"- **{mdtext.text(person.name)}**"
            if person.affiliations:
                line += " — " + mdtext.text("; ".join(person.affiliations))
            if person.url:
                line += " — " + mdtext.link(mdtext.short_url(person.url), person.url)
            self.body.append(line)
            for talk in talks:
                detail = [talk.kind]
                conf = self.nb.conferences.get(talk.conference)
                day = talk_day(conf, talk)
                if day:
                    detail.append(long_date(day, False))
                if self.multi:
                    detail.append(mdtext.text(conf.name if conf else talk.conference))
                self.body.append(f"  - {self._talk_link(talk)} ({', '.join(detail)})")
        self.body.append("")

    def _reading(self) -> None:
        self.toc.append((0, "Reading list", self._heading(2, "Reading list")))
        if not self.summary.reading:
            self.body += ["No papers are linked from the talks you noted or starred.", ""]
            return
        self.body += ["Papers linked from the talks you noted or starred, each listed once.", ""]
        for i, item in enumerate(self.summary.reading, start=1):
            shown = item.paper.label
            if not (item.paper.arxiv or item.paper.doi):
                shown = mdtext.short_url(shown)
            line = f"{i}. {mdtext.link(shown, item.paper.url)}"
            title = item.title or item.label
            if title and title != item.paper.label:
                line += f" — {mdtext.text(title)}"
            if item.authors:
                line += f" ({mdtext.text(', '.join(item.authors))})"
            sources: dict[str, str] = {}
            for source in item.sources:
                if source.talk.id not in sources:
                    how = "" if source.how == "link" else " (in your notes)"
                    sources[source.talk.id] = self._talk_link(source.talk) + how
            line += " — from " + "; ".join(sources.values())
            self.body.append(line)
        self.body.append("")

    def _actions(self) -> None:
        self.toc.append((0, "Action items", self._heading(2, "Action items")))
        if not self.summary.actions:
            self.body += ["No open tasks, TODOs or “read:” reminders in these notes.", ""]
            return
        for talk, item in self.summary.actions:
            self.body.append(f"- [ ] {_one_line(item.text)} — {self._talk_link(talk)}")
        self.body.append("")


def _same_title(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _one_line(markdown: str) -> str:
    """A line of the user's Markdown that cannot start a heading, list or HTML block."""
    text = markdown.strip()
    if re.match(r"^(#{1,6}|[-+*>]|\d{1,9}[.)])(\s|$)", text):
        text = "\\" + text
    return text


def _talk_dates(talks: list[Talk]) -> str:
    days = sorted(t.start.date() for t in talks if t.start)
    return date_range(days[0], days[-1]) if days else ""


def _role_order(role: str) -> int:
    order = list(ROLE_LABELS)
    return order.index(role) if role in order else len(order)
