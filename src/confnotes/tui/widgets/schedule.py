"""The schedule browser: conferences → days → sessions → talks, with a fuzzy filter.

Each talk line shows its time and room (the conference's own wall clock),
marks (★ starred, ✓ attended, ✎ has notes), title and speakers. The filter
box matches every typed word, fuzzily (``rapidfuzz``), against the words of the
title, speakers, room, kind, session and tags;
"my schedule" keeps only starred and attended talks. Choosing a talk posts
:class:`ScheduleBrowser.TalkChosen`; the browser never opens files itself.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static, Tree
from textual.widgets.tree import TreeNode

from confnotes.knowledge.lookup import filter_by_words, words
from confnotes.model import Conference, Session, Talk
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.clashes import CLASH_MARK, clashes, my_day
from confnotes.schedule.now import slot_of
from confnotes.schedule.update_marks import change_of, is_cancelled


@dataclass(frozen=True)
class NodeRef:
    """What a tree node stands for."""

    kind: str  # "conference" | "day" | "session" | "talk" | "gap"
    id: str


AUTO_EXPAND_LIMIT = 300
"""A filter matching at most this many talks opens every branch that holds one."""


@dataclass
class DayPlan:
    """One day of a conference: sessions and loose talks in order, and each session's talks."""

    day: date | None
    items: list[tuple[tuple[datetime, int], Session | Talk]] = field(default_factory=list)
    members: dict[str, list[Talk]] = field(default_factory=dict)


@dataclass
class ConfPlan:
    """What the tree shows of one conference."""

    conf: Conference
    count: int
    days: dict[date | None, DayPlan]


def talk_marks(talk: Talk) -> str:
    """Three fixed-width mark columns: starred, attended, has notes."""
    return (
        ("★" if talk.starred else " ")
        + ("✓" if talk.attended else " ")
        + ("✎" if talk.has_notes else " ")
    )


def placement(talk: Talk) -> tuple[object, ...]:
    """What decides where a talk's line sits in the tree (branch and order among siblings):
    while it stays the same, a changed talk is redrawn in place."""
    return (talk.conference, talk.session, talk.start, talk.end, talk.title.lower())


def _duration(minutes: int) -> str:
    hours, mins = divmod(minutes, 60)
    return f"{hours} h {mins:02d}" if hours else f"{mins} min"


class ScheduleBrowser(Vertical):
    """Filter box over a tree of the notebook's programme."""

    BINDINGS: ClassVar[list[BindingType]] = []

    class TalkChosen(Message):
        """The user picked a talk (Enter or click)."""

        def __init__(self, talk_id: str) -> None:
            super().__init__()
            self.talk_id = talk_id

    def __init__(  # type: ignore[no-untyped-def]
        self,
        notebook: Notebook,
        today: Callable[[Conference], date] | None = None,
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.nb = notebook
        """The notebook listed (while it is read: a preview of its newest conference)."""
        self._notebook = notebook
        self._previewing = False
        self.query_text = ""
        """The current filter text."""
        self.my_schedule = False
        """When True only starred or attended talks are listed."""
        self.today = today
        """Gives a conference's current date (to open today's programme), or None."""
        self._talk_nodes: dict[str, TreeNode[NodeRef]] = {}
        self._branch_nodes: dict[tuple[str, str], TreeNode[NodeRef]] = {}
        self._populated: set[int] = set()
        self._pending_select: str | None = None
        self._hay: dict[str, str] = {}
        self._session_titles: dict[str, dict[str, str]] = {}
        self._plans: dict[str, ConfPlan] = {}
        self._where: dict[str, tuple[str, date | None, str | None]] = {}
        self._placed: dict[str, tuple[object, ...]] = {}
        """Each listed talk's :func:`placement` when the tree was planned."""
        self._rebuild_timer: Timer | None = None
        self._filter_timer: Timer | None = None
        self._summary = ""
        self._activity = ""
        self._clashes: dict[str, list[str]] = {}
        self._starred: set[str] = set()
        """Ids of the starred talks, kept in step with the lines this list redraws."""
        """Starred talks that overlap another starred talk → the others' ids."""

    @property
    def reading(self) -> bool:
        """True while the notebook is read in the background: nothing listed, no filter."""
        return not getattr(self.app, "loaded", True) and not self._previewing

    def compose(self) -> ComposeResult:
        yield Input(
            placeholder="Filter talks (fuzzy: title, speaker, room)…",
            id="schedule-filter",
            disabled=self.reading,
        )
        tree: Tree[NodeRef] = Tree("Programme", id="schedule-tree")
        tree.show_root = False
        tree.guide_depth = 2
        yield tree
        yield Static("", id="schedule-summary")

    def on_mount(self) -> None:
        self.rebuild()

    def _show_summary(self, summary: str) -> None:
        self._summary = summary
        shown = f"{summary} · {self._activity}" if self._activity else summary
        # Not there while the app quits: a progress timer's last tick must not fail.
        # One fixed line (app.tcss): the index progress, four times a second, never
        # re-lays the screen out while the user types.
        for label in self.query("#schedule-summary").results(Static):
            label.update(shown, layout=False)

    def set_activity(self, text: str) -> None:
        """Show background work (e.g. "indexing 1,200/5,000") after the talk count."""
        if text != self._activity:
            self._activity = text
            self._show_summary(self._summary)

    def show_preview(self, part: Notebook) -> None:
        """List the newest conference (read first, from the summary) while the rest of the
        notebook is read: it can be browsed; a talk chosen opens once the notes are read."""
        self.nb = part
        self._previewing = True
        self.forget_cache()
        self.rebuild()
        self.set_activity("reading the other conferences…")

    def finish_loading(self) -> None:
        """The notebook has been read: list it and allow filtering."""
        if self._previewing:
            self.nb, self._previewing = self._notebook, False
            self.set_activity("")
        self.forget_cache()
        self.query_one("#schedule-filter", Input).disabled = False
        self.rebuild()

    @property
    def tree_view(self) -> Tree[NodeRef]:
        """The programme tree."""
        return self.query_one("#schedule-tree", Tree)

    def highlighted_talk(self) -> str | None:
        """The id of the talk under the tree's cursor (None: a day, a session, nothing)."""
        node = self.tree_view.cursor_node
        if node is not None and node.data is not None and node.data.kind == "talk":
            return str(node.data.id)
        return None

    # ------------------------------------------------------------ building

    def _matching(self) -> set[str] | None:
        """Ids of talks passing the filter and "my schedule", or None for "all"."""
        talks = list(self.nb.talks.values())
        if self.my_schedule:
            talks = [t for t in talks if t.starred or t.attended]
        if not words(self.query_text):
            return {t.id for t in talks} if self.my_schedule else None
        return filter_by_words(self.query_text, {t.id: self._haystack(t) for t in talks})

    def _haystack(self, talk: Talk) -> str:
        """The text the filter matches for a talk (cached until the talk changes)."""
        hay = self._hay.get(talk.id)
        if hay is None:
            names = " ".join(p.name for p in self.nb.speakers_of(talk))
            titles = self._session_titles.get(talk.conference)
            if titles is None:
                conf = self.nb.conferences.get(talk.conference)
                titles = {s.id: s.title for s in conf.sessions} if conf else {}
                self._session_titles[talk.conference] = titles
            parts = [talk.title, names, talk.room, talk.kind, titles.get(talk.session or "", "")]
            parts.extend(talk.tags)
            hay = " ".join(p for p in parts if p).casefold()
            self._hay[talk.id] = hay
        return hay

    def forget_cache(self) -> None:
        """The notebook was reloaded (an import): recompute what the filter matches."""
        self._hay.clear()
        self._session_titles.clear()

    def rebuild(self, keep: str | None = None) -> None:
        """Rebuild the tree for the current filter; ``keep`` re-selects that talk.

        Only a plan is computed for every talk; tree nodes are created when a
        branch is first opened, so a notebook of thousands of talks draws at once.
        """
        if self._rebuild_timer is not None:  # this rebuild is the one that was asked for
            self._rebuild_timer.stop()
            self._rebuild_timer = None
        tree = self.tree_view
        if keep is None:
            node = tree.cursor_node
            if node is not None and node.data is not None and node.data.kind == "talk":
                keep = node.data.id
        tree.clear()
        self._talk_nodes.clear()
        self._branch_nodes.clear()
        self._populated.clear()
        if self.reading:
            # The notes are being read in another thread: do not touch them yet.
            self._plans, self._where = {}, {}
            self._show_summary("reading the notebook…")
            return
        self._starred = {t.id for t in self.nb.talks.values() if t.starred}
        self._clashes = self._starred_clashes()
        wanted = self._matching()
        filtered = wanted is not None
        self._plans = self._plan(wanted)
        shown = sum(p.count for p in self._plans.values())
        for plan in self._plans.values():
            node = tree.root.add(
                self._conf_label(plan.conf, plan.count), NodeRef("conference", plan.conf.id)
            )
            self._branch_nodes[("conference", plan.conf.id)] = node
        if filtered and shown <= AUTO_EXPAND_LIMIT:
            for talk_id in self._where:
                self._reveal(talk_id)
        elif self._plans:
            self._open_default(next(iter(self._plans.values())))
        summary = f"{shown} talk{'s' if shown != 1 else ''}"
        if self.my_schedule:
            summary += " · my schedule"
            if self._clashes:
                summary += f" · {CLASH_MARK} {len(self._clashes)} clashing"
        if self.query_text.strip():
            summary += f" · filter {self.query_text.strip()!r}"
        self._show_summary(summary)
        if keep and keep in self._where:
            self.select_talk(keep, post=False)

    def _plan(self, wanted: set[str] | None) -> dict[str, ConfPlan]:
        """Group the (wanted) talks by conference, day and session, in programme order."""
        plans: dict[str, ConfPlan] = {}
        self._where.clear()
        self._placed.clear()
        by_conf: dict[str, list[Talk]] = {}
        for talk in self.nb.talks.values():
            if wanted is None or talk.id in wanted:
                by_conf.setdefault(talk.conference, []).append(talk)
        for conf in self.nb.sorted_conferences():
            talks = by_conf.get(conf.id, [])
            if wanted is not None and not talks:
                continue
            sessions = {session.id: session for session in conf.sessions}
            days: dict[date | None, DayPlan] = {}
            for talk in talks:
                session = sessions.get(talk.session or "")
                start = talk.start or (session.start if session else None)
                day = start.date() if start else None
                plan = days.get(day)
                if plan is None:  # (not setdefault: a DayPlan per talk costs at 50,000 talks)
                    plan = days[day] = DayPlan(day)
                if self.my_schedule:
                    # My day: my talks in time order, without session branches
                    slot = slot_of(self.nb, talk)
                    plan.items.append(((slot.start if slot else datetime.min, 1), talk))
                    session = None
                elif session is not None:
                    if session.id not in plan.members:
                        plan.members[session.id] = []
                        plan.items.append(((session.start or start or datetime.min, 0), session))
                    plan.members[session.id].append(talk)
                else:
                    plan.items.append(((start or datetime.min, 1), talk))
                self._where[talk.id] = (conf.id, day, session.id if session else None)
                self._placed[talk.id] = placement(talk)
            if wanted is None:
                # Sessions without talks (breaks, poster sessions) are part of the day too.
                for session in conf.sessions:
                    if session.start is None:
                        continue
                    plan = days.setdefault(session.start.date(), DayPlan(session.start.date()))
                    if session.id not in plan.members:
                        plan.members[session.id] = []
                        plan.items.append(((session.start, 0), session))
            for plan in days.values():
                plan.items.sort(key=lambda item: item[0])
                for members in plan.members.values():
                    members.sort(key=lambda t: (t.start or datetime.min, t.title.lower()))
            ordered = sorted(days.values(), key=lambda d: (d.day is None, d.day or date.min))
            plans[conf.id] = ConfPlan(conf, len(talks), {d.day: d for d in ordered})
        return plans

    def _open_default(self, plan: ConfPlan) -> None:
        """Open the newest conference on today's day (by its clock), else its first day."""
        conf_node = self._branch_nodes[("conference", plan.conf.id)]
        self._open(conf_node)
        if not plan.days:
            return
        today = self.today(plan.conf) if self.today else None
        day = today if today in plan.days else next(iter(plan.days))
        day_node = self._branch_nodes.get(("day", f"{plan.conf.id}/{day}"))
        if day_node is not None:
            self._open(day_node)
            for child in day_node.children:
                if child.data is not None and child.data.kind == "session":
                    self._open(child)

    def _open(self, node: TreeNode[NodeRef]) -> None:
        self._populate(node)
        if node.allow_expand and not node.is_expanded:
            node.expand()

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[NodeRef]) -> None:
        event.stop()
        self._populate(event.node)

    def _populate(self, node: TreeNode[NodeRef]) -> None:
        """Create a branch's children the first time it is opened.

        A node of an earlier tree is left alone: its "expanded" message (the user's key)
        may arrive after a change re-planned the tree without its conference or day (an
        import running), and its id may be a node's of the new tree."""
        ref = node.data
        if ref is None or node.id in self._populated or ref.kind == "talk":
            return
        if self._branch_nodes.get((ref.kind, ref.id)) is not node:
            return
        self._populated.add(node.id)
        if ref.kind == "conference":
            plan = self._plans[ref.id]
            for day in plan.days:
                label = f"{day:%a %d %b %Y}" if day else "Not scheduled"
                if day and plan.conf.timezone:
                    label += f"  ({plan.conf.timezone} time)"
                key = f"{ref.id}/{day}"
                self._branch_nodes[("day", key)] = node.add(label, NodeRef("day", key))
            return
        conf_id, _, rest = ref.id.partition("/")
        plan = self._plans[conf_id]
        if ref.kind == "day":
            day_plan = next(d for key, d in plan.days.items() if str(key) == rest)
            if self.my_schedule and day_plan.day is not None and not self.query_text.strip():
                self._add_my_day(node, conf_id, day_plan.day)
                return
            for _key, item in day_plan.items:
                if isinstance(item, Session):
                    key = f"{conf_id}/{day_plan.day}/{item.id}"
                    child = node.add(self._session_label(item), NodeRef("session", key))
                    if not day_plan.members.get(item.id):
                        child.allow_expand = False
                    self._branch_nodes[("session", key)] = child
                else:
                    self._add_talk(node, item)
        elif ref.kind == "session":
            day_text, _, session_id = rest.rpartition("/")
            day_plan = next(d for key, d in plan.days.items() if str(key) == day_text)
            for talk in day_plan.members.get(session_id, []):
                self._add_talk(node, talk)

    def _reveal(self, talk_id: str) -> TreeNode[NodeRef] | None:
        """Create and open the branches down to a talk; its node, or None if not listed."""
        where = self._where.get(talk_id)
        if where is None:
            return None
        conf_id, day, session_id = where
        conf_node = self._branch_nodes.get(("conference", conf_id))
        if conf_node is None:
            return None
        self._open(conf_node)
        day_node = self._branch_nodes[("day", f"{conf_id}/{day}")]
        self._open(day_node)
        if session_id is not None:
            self._open(self._branch_nodes[("session", f"{conf_id}/{day}/{session_id}")])
        return self._talk_nodes.get(talk_id)

    def _add_my_day(self, node: TreeNode[NodeRef], conf_id: str, day: date) -> None:
        """My day: my talks in time order, the free gaps between them, clashes marked."""
        for entry in my_day(self.nb, conf_id, day):
            if entry.talk is not None:
                self._add_talk(node, entry.talk)
                continue
            text = Text(f"{entry.start:%H:%M}–{entry.end:%H:%M}  ", style="dim")
            text.append(f"free · {_duration(entry.minutes)}", style="dim italic")
            node.add_leaf(text, NodeRef("gap", f"{conf_id}/{entry.start:%Y-%m-%dT%H:%M}"))

    def _add_talk(self, parent: TreeNode[NodeRef], talk: Talk) -> None:
        # The plan was made earlier: a save since has swapped in a new talk of this id.
        talk = self.nb.talks.get(talk.id, talk)
        node = parent.add_leaf(self._talk_label(talk), NodeRef("talk", talk.id))
        self._talk_nodes[talk.id] = node

    def _conf_label(self, conf: Conference, n: int) -> Text:
        text = Text(conf.name or conf.id, style="bold")
        text.append(f"  {n} talk{'s' if n != 1 else ''}", style="dim")
        return text

    def _session_label(self, session: Session) -> Text:
        text = Text()
        if session.start:
            end = f"–{session.end:%H:%M}" if session.end else ""
            text.append(f"{session.start:%H:%M}{end} ", style="dim")
        text.append(session.title or session.id, style="bold")
        if session.room:
            text.append(f"  {session.room}", style="dim")
        return text

    def _talk_label(self, talk: Talk) -> Text:
        slot = slot_of(self.nb, talk)
        text = Text()
        text.append(f"{slot.start:%H:%M} " if slot else "      ", style="dim")
        text.append(talk_marks(talk), style="bold yellow")
        others = self._clashes.get(talk.id)
        if others:
            text.append(CLASH_MARK, style="bold red")
        change = change_of(talk)
        if change is not None:
            text.append(f"{change.mark} ", style="bold magenta")
        text.append(" ")
        text.append(talk.title or talk.id, style="strike dim" if is_cancelled(talk) else "")
        if is_cancelled(talk):
            text.append(" (cancelled)", style="bold red")
        names = ", ".join(p.name for p in self.nb.speakers_of(talk))
        if names:
            text.append(f" — {names}", style="italic")
        if slot and slot.room:
            text.append(f"  {slot.room}", style="dim")
        if talk.kind not in ("talk", "other"):
            text.append(f" [{talk.kind}]", style="dim")
        if others:
            titles = [self.nb.talks[o].title for o in others if o in self.nb.talks]
            text.append(f"  {CLASH_MARK} clashes with {'; '.join(titles)}", style="red")
        if change is not None and change.was:
            text.append(f"  {change.kind}, was {change.was}", style="magenta")
        return text

    # ------------------------------------------------------------ updating

    def refresh_talk(self, talk_id: str) -> None:
        """Redraw one talk's line (after a save, a star, an attended toggle), and the lines
        of the talks whose clashes that changed."""
        self._hay.pop(talk_id, None)
        self._redraw_lines({talk_id})

    def _starred_clashes(self) -> dict[str, list[str]]:
        """:func:`~confnotes.schedule.clashes.starred_clashes` over the starred talks this list
        keeps track of (not a walk over every talk of the notebook)."""
        talks = self.nb.talks
        return clashes(self.nb, (talks[t] for t in sorted(self._starred) if t in talks))

    def _redraw_lines(self, talk_ids: set[str]) -> None:
        """Redraw these talks' lines, and those of talks whose clashes changed with them."""
        before = self._clashes
        was_starred = talk_ids & self._starred
        for talk_id in talk_ids:
            talk = self.nb.talks.get(talk_id)
            if talk is not None and talk.starred:
                self._starred.add(talk_id)
            else:
                self._starred.discard(talk_id)
        if was_starred or talk_ids & self._starred:
            # Only starred talks clash: a save of any other note (every second or two
            # while the user types) leaves them as they are, at any notebook size.
            self._clashes = self._starred_clashes()
        changed = talk_ids | {
            t for t in set(before) | set(self._clashes) if before.get(t) != self._clashes.get(t)
        }
        for talk_id in changed:
            node = self._talk_nodes.get(talk_id)
            talk = self.nb.talks.get(talk_id)
            if node is not None and talk is not None:
                node.set_label(self._talk_label(talk))

    def refresh_talks(self, talk_ids: Collection[str]) -> None:
        """Follow talks changed on disk (a sync, another program, an import): redraw their
        lines in place, and rebuild the tree (once, shortly) only when one of them appears,
        goes, moves to another branch or place, or starts or stops matching the filter.

        A sync that changes 40 notes of a 20,000-talk notebook costs 40 labels, not a
        re-plan of every talk on the UI thread while the user types.
        """
        if self.reading:
            return
        for talk_id in talk_ids:
            self._hay.pop(talk_id, None)
        if any(self._moved(talk_id) for talk_id in talk_ids):
            self.request_rebuild()
            return
        self._redraw_lines(set(talk_ids))

    def _moved(self, talk_id: str) -> bool:
        """True when a changed talk would not sit where its line is (or has none / should)."""
        talk = self.nb.talks.get(talk_id)
        listed = talk_id in self._where
        if talk is None:
            return listed
        if self.my_schedule and not (talk.starred or talk.attended):
            shown = False
        elif words(self.query_text):
            shown = bool(filter_by_words(self.query_text, {talk_id: self._haystack(talk)}))
        else:
            shown = True
        if shown != listed:
            return True
        return shown and self._placed.get(talk_id) != placement(talk)

    def request_rebuild(self, delay: float = 0.25) -> None:
        """Rebuild the tree once after ``delay`` seconds, however many changes ask for it
        meanwhile (a burst of file events is one re-plan, not one per event)."""
        if self._rebuild_timer is not None:
            return
        self._rebuild_timer = self.set_timer(delay, self.rebuild_now)

    @property
    def rebuild_pending(self) -> bool:
        """True while a :meth:`request_rebuild` waits for its timer."""
        return self._rebuild_timer is not None

    def rebuild_now(self) -> None:
        """Re-plan the tree now (a pending :meth:`request_rebuild` is done by this one)."""
        if self._rebuild_timer is not None:
            self._rebuild_timer.stop()
        self._rebuild_timer = None
        self.forget_cache()
        self.rebuild()

    def select_talk(self, talk_id: str, post: bool = False) -> bool:
        """Move the cursor to a talk (opening its branches); False when it is filtered out."""
        if talk_id not in self._where:
            return False
        self._pending_select = talk_id
        # After the next frame: the note the user asked for is drawn first.
        self.call_after_refresh(self._select_now)
        if post:
            self.post_message(self.TalkChosen(talk_id))
        return True

    def _select_now(self) -> None:
        talk_id, self._pending_select = self._pending_select, None
        if talk_id is None:
            return
        where = self._where.get(talk_id)
        if where is None:
            return
        if self._talk_nodes.get(talk_id) is None or not self._visible(talk_id):
            self._fold_others(where[0], f"{where[0]}/{where[1]}")
        node = self._reveal(talk_id)
        if node is not None:
            self.tree_view.move_cursor(node)
            self.tree_view.scroll_to_node(node, animate=False)

    def _visible(self, talk_id: str) -> bool:
        node = self._talk_nodes.get(talk_id)
        parent = node.parent if node is not None else None
        while parent is not None and parent is not self.tree_view.root:
            if not parent.is_expanded:
                return False
            parent = parent.parent
        return node is not None

    def _fold_others(self, conf_id: str, day_key: str) -> None:
        """Collapse other conferences and days, so following the open talk keeps the tree short."""
        for (kind, key), node in self._branch_nodes.items():
            if not node.is_expanded:
                continue
            if (kind == "conference" and key != conf_id) or (
                kind == "day" and key.startswith(f"{conf_id}/") and key != day_key
            ):
                node.collapse()

    def set_my_schedule(self, on: bool) -> None:
        """Show only starred/attended talks (True) or every talk."""
        self.my_schedule = on
        self.rebuild()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.query_text = event.value
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(0.15, self.rebuild)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self.rebuild()
        first = next(iter(self._talk_nodes), None)
        if first is not None:
            self.select_talk(first)
            self.tree_view.focus()

    def on_tree_node_selected(self, event: Tree.NodeSelected[NodeRef]) -> None:
        event.stop()
        ref = event.node.data
        if ref is not None and ref.kind == "talk":
            self.post_message(self.TalkChosen(ref.id))
