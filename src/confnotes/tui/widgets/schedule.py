"""The schedule browser: conferences → days → sessions → talks, with a fuzzy filter.

Each talk line shows its time and room (the conference's own wall clock),
marks (★ starred, ✓ attended, ✎ has notes), title and speakers. The filter
box matches every typed word, fuzzily (``rapidfuzz``), against the words of the
title, speakers, room, kind, session and tags;
"my schedule" keeps only starred and attended talks. Choosing a talk posts
:class:`ScheduleBrowser.TalkChosen`; the browser never opens files itself.
"""

from __future__ import annotations

from dataclasses import dataclass
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

from confnotes.lookup import filter_by_words, words
from confnotes.model import Conference, Session, Talk
from confnotes.notebook import Notebook
from confnotes.schedule import slot_of


@dataclass(frozen=True)
class NodeRef:
    """What a tree node stands for."""

    kind: str  # "conference" | "day" | "session" | "talk"
    id: str


def talk_marks(talk: Talk) -> str:
    """Three fixed-width mark columns: starred, attended, has notes."""
    return (
        ("★" if talk.starred else " ")
        + ("✓" if talk.attended else " ")
        + ("✎" if talk.has_notes else " ")
    )


class ScheduleBrowser(Vertical):
    """Filter box over a tree of the notebook's programme."""

    BINDINGS: ClassVar[list[BindingType]] = []

    class TalkChosen(Message):
        """The user picked a talk (Enter or click)."""

        def __init__(self, talk_id: str) -> None:
            super().__init__()
            self.talk_id = talk_id

    def __init__(self, notebook: Notebook, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.nb = notebook
        self.query_text = ""
        """The current filter text."""
        self.my_schedule = False
        """When True only starred or attended talks are listed."""
        self._talk_nodes: dict[str, TreeNode[NodeRef]] = {}
        self._filter_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter talks (fuzzy: title, speaker, room)…", id="schedule-filter")
        tree: Tree[NodeRef] = Tree("Programme", id="schedule-tree")
        tree.show_root = False
        tree.guide_depth = 2
        yield tree
        yield Static("", id="schedule-summary")

    def on_mount(self) -> None:
        self.rebuild()

    @property
    def tree_view(self) -> Tree[NodeRef]:
        """The programme tree."""
        return self.query_one("#schedule-tree", Tree)

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
        names = " ".join(p.name for p in self.nb.speakers_of(talk))
        conf = self.nb.conferences.get(talk.conference)
        session = conf.session(talk.session) if conf else None
        parts = [talk.title, names, talk.room, talk.kind, session.title if session else ""]
        parts.extend(talk.tags)
        return " ".join(p for p in parts if p).casefold()

    def rebuild(self, keep: str | None = None) -> None:
        """Rebuild the tree for the current filter; ``keep`` re-selects that talk."""
        tree = self.tree_view
        if keep is None:
            node = tree.cursor_node
            if node is not None and node.data is not None and node.data.kind == "talk":
                keep = node.data.id
        tree.clear()
        self._talk_nodes.clear()
        wanted = self._matching()
        filtered = wanted is not None
        shown = 0
        first_conf = True
        for conf in self.nb.sorted_conferences():
            talks = [t for t in self.nb.talks_of(conf.id) if wanted is None or t.id in wanted]
            if filtered and not talks:
                continue
            expand = filtered or first_conf
            first_conf = False
            conf_node = tree.root.add(
                self._conf_label(conf, len(talks)), NodeRef("conference", conf.id), expand=expand
            )
            shown += self._add_days(conf, conf_node, talks, filtered, expand)
        summary = f"{shown} talk{'s' if shown != 1 else ''}"
        if self.my_schedule:
            summary += " · my schedule"
        if self.query_text.strip():
            summary += f" · filter {self.query_text.strip()!r}"
        self.query_one("#schedule-summary", Static).update(summary)
        if keep and keep in self._talk_nodes:
            self.select_talk(keep, post=False)

    def _add_days(
        self,
        conf: Conference,
        conf_node: TreeNode[NodeRef],
        talks: list[Talk],
        filtered: bool,
        expand: bool,
    ) -> int:
        by_day: dict[date | None, list[tuple[datetime | None, Session | None, Talk]]] = {}
        for talk in talks:
            slot = slot_of(self.nb, talk)
            start = slot.start if slot else None
            session = conf.session(talk.session)
            by_day.setdefault(start.date() if start else None, []).append((start, session, talk))
        if not filtered:
            # Sessions without talks (breaks, poster sessions) are part of the day too.
            used = {t.session for t in talks}
            for session in conf.sessions:
                if session.id not in used and session.start is not None:
                    by_day.setdefault(session.start.date(), [])
        days = sorted(by_day, key=lambda d: (d is None, d or date.min))
        count = 0
        for day in days:
            label = f"{day:%a %d %b %Y}" if day else "Not scheduled"
            if day and conf.timezone:
                label += f"  ({conf.timezone} time)"
            day_node = conf_node.add(label, NodeRef("day", f"{conf.id}/{day}"), expand=expand)
            entries = by_day[day]
            session_nodes: dict[str, TreeNode[NodeRef]] = {}
            items: list[tuple[tuple[bool, datetime, int], Session | Talk]] = []
            if not filtered:
                for session in conf.sessions:
                    if session.start is not None and session.start.date() == day:
                        items.append(((False, session.start, 0), session))
            for start, session, talk in entries:
                if session is not None and not any(
                    isinstance(x, Session) and x.id == session.id for _k, x in items
                ):
                    items.append(
                        (
                            (session.start is None, session.start or start or datetime.min, 0),
                            session,
                        )
                    )
                if session is None:
                    items.append(((start is None, start or datetime.min, 1), talk))
            items.sort(key=lambda item: item[0])
            for _key, item in items:
                if isinstance(item, Session):
                    members = [
                        t for _s, sess, t in entries if sess is not None and sess.id == item.id
                    ]
                    node = day_node.add(
                        self._session_label(item),
                        NodeRef("session", f"{conf.id}/{item.id}"),
                        expand=expand,
                    )
                    if not members:
                        node.allow_expand = False
                    session_nodes[item.id] = node
                    for talk in members:
                        self._add_talk(node, talk)
                        count += 1
                else:
                    self._add_talk(day_node, item)
                    count += 1
        return count

    def _add_talk(self, parent: TreeNode[NodeRef], talk: Talk) -> None:
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
        text.append(" ")
        text.append(talk.title or talk.id)
        names = ", ".join(p.name for p in self.nb.speakers_of(talk))
        if names:
            text.append(f" — {names}", style="italic")
        if slot and slot.room:
            text.append(f"  {slot.room}", style="dim")
        if talk.kind not in ("talk", "other"):
            text.append(f" [{talk.kind}]", style="dim")
        return text

    # ------------------------------------------------------------ updating

    def refresh_talk(self, talk_id: str) -> None:
        """Redraw one talk's line (after a save, a star, an attended toggle)."""
        node = self._talk_nodes.get(talk_id)
        talk = self.nb.talks.get(talk_id)
        if node is not None and talk is not None:
            node.set_label(self._talk_label(talk))

    def select_talk(self, talk_id: str, post: bool = False) -> bool:
        """Move the cursor to a talk (expanding its parents); False when it is filtered out."""
        node = self._talk_nodes.get(talk_id)
        if node is None:
            return False
        parent = node.parent
        while parent is not None:
            parent.expand()
            parent = parent.parent
        tree = self.tree_view

        def move() -> None:
            tree.move_cursor(node)
            tree.scroll_to_node(node, animate=False)

        self.call_after_refresh(move)
        if post:
            self.post_message(self.TalkChosen(talk_id))
        return True

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
