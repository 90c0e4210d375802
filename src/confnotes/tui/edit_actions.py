"""The app's corrections (rename, delete, timezone, undo), reached from the command palette.

:class:`Corrections` is an object of the app (``app.corrections``), not a mixin: it
uses the app through its public face only (the notebook, the main screen, dialogs).

Each runs :mod:`confnotes.knowledge.edits` (which writes through the Notebook and records an
undo in ``.confnotes/undo.jsonl``) after the open note and person page are saved (a page
that cannot be saved stops the edit: nothing changes), then says what changed; the
screens follow the notebook's change feed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from confnotes.errors import ConfnotesError

if TYPE_CHECKING:
    from confnotes.knowledge import edits
    from confnotes.model import Conference
    from confnotes.tui.app import ConfnotesApp


EDIT_COMMANDS = (
    ("rename_person", "Rename person…", "Give the person a new name (old one kept as an alias)"),
    ("delete_person", "Delete person…", "Remove a 'person' who is not one; talks lose them"),
    ("rename_talk", "Rename talk…", "Give the open talk a new title; links follow"),
    ("rename_conference", "Rename conference…", "Give the conference a new name"),
    ("conference_timezone", "Set conference timezone…", "Re-label or convert the times"),
    ("undo_edit", "Undo last edit", "Undo the latest rename, delete, split or timezone change"),
    ("refresh_papers", "Refresh papers", "Fetch titles and authors of linked papers (shift+f11)"),
)
"""``(action, palette name, help)`` of every correction."""


class Corrections:
    """The corrections of one app: each asks what to change, then edits the notebook.

    A real object with a public method per correction (the palette calls them by
    :data:`EDIT_COMMANDS`' names); it uses the app only through its public face."""

    def __init__(self, app: ConfnotesApp) -> None:
        self.app = app

    def run(self, name: str) -> None:
        """Run the correction ``name`` (an action of :data:`EDIT_COMMANDS`)."""
        getattr(self, name)()

    def refresh_papers(self) -> None:
        """Fetch titles and authors of the papers the notes link to (the app's Shift+F11)."""
        self.app.action_refresh_papers()

    def apply(self, run: Callable[[], edits.EditReport]) -> None:
        """Run an edit of the notebook once the open note and person page are saved; say
        what changed (a page that cannot be saved stops it: nothing changes)."""
        from confnotes.tui.screens.person import PersonScreen

        app = self.app
        app.main.flush_sync()
        if isinstance(app.screen, PersonScreen):
            try:
                app.screen.save_sync()  # the page's own words first
            except ConfnotesError as exc:
                app.notify(f"{exc}; nothing changed", severity="error")
                return
        try:
            # The notebook's one writer lock across the whole edit; what it rewrote is
            # announced on the notebook's change feed as one "edited" change, which
            # redraws those talks and people and the open note (see ConfnotesApp._redraw).
            with app.nb.announcing("edited"):
                report = run()
        except ConfnotesError as exc:
            app.notify(str(exc), severity="error")
            return
        undo = f" — undo: palette 'Undo last edit' or `{report.undo}`" if report.undo else ""
        app.notify(report.summary.splitlines()[0] + undo, timeout=8)
        if isinstance(app.screen, PersonScreen):
            app.pop_screen()

    def _current_person(self) -> str | None:
        from confnotes.tui.screens.person import PersonScreen

        screen = self.app.screen
        if isinstance(screen, PersonScreen):
            return screen.person.id
        talk = self.app.main.current_talk()
        return talk.speakers[0] if talk and talk.speakers else None

    def _conference_in_view(self) -> Conference | None:
        """The conference of the talk in view, else the latest; None (said) when none."""
        app = self.app
        cid = app.main.current_conference()
        if cid is None or cid not in app.nb.conferences:
            app.notify("No conference yet")
            return None
        return app.nb.conferences[cid]

    def _ask(
        self,
        title: str,
        value: str,
        then: Callable[[str, str], Any],
        buttons: list[tuple[str, str]] | None = None,
        hint: str = "",
    ) -> None:
        def chosen(answer: tuple[str, str] | None) -> None:
            if answer is not None:
                then(*answer)

        from confnotes.tui.screens.edit_dialog import EditDialog

        dialog = EditDialog(title, value, buttons or [("ok", "Rename")], hint)
        self.app.push_screen(dialog, chosen)

    def rename_person(self) -> None:
        """Give the person in view a new name (the old one kept as an alias)."""
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        nb = self.app.nb
        pid = self._current_person()
        if pid is None or pid not in nb.people:
            self.app.notify("Open a person's page (or a talk with a speaker) first")
            return
        self._ask(
            f"Rename {nb.people[pid].name}",
            nb.people[pid].name,
            lambda name, _b: self.apply(lambda: edits.rename(nb, "person", pid, name)),
        )

    def delete_person(self) -> None:
        """Remove a "person" who is not one; their talks lose them as a speaker."""
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        nb = self.app.nb
        pid = self._current_person()
        if pid is None or pid not in nb.people:
            self.app.notify("Open a person's page (or a talk with a speaker) first")
            return
        name = nb.people[pid].name
        self._ask(
            f"Delete {name}? Their talks lose them as a speaker (undo restores everything).",
            pid,
            lambda ref, _b: self.apply(lambda: edits.delete_person(nb, ref)),
            [("delete", "Delete")],
        )

    def rename_talk(self) -> None:
        """Give the talk in view a new title; links follow."""
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        nb = self.app.nb
        talk = self.app.main.current_talk()
        if talk is None:
            self.app.notify("Open a talk first")
            return
        self._ask(
            "New title of the talk",
            talk.title,
            lambda title, _b: self.apply(lambda: edits.rename(nb, "talk", talk.id, title)),
        )

    def rename_conference(self) -> None:
        """Give the conference in view a new name."""
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        nb = self.app.nb
        conf = self._conference_in_view()
        if conf is None:
            return
        cid = conf.id
        self._ask(
            f"New name of {cid}",
            conf.name,
            lambda name, _b: self.apply(lambda: edits.rename(nb, "conference", cid, name)),
        )

    def conference_timezone(self) -> None:
        """Re-label or convert the times of the conference in view to another timezone."""
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        nb = self.app.nb
        conf = self._conference_in_view()
        if conf is None:
            return
        cid = conf.id
        self._ask(
            f"Timezone of {conf.name} (now {conf.timezone or 'unknown'})",
            conf.timezone or "",
            lambda zone, mode: self.apply(lambda: edits.set_timezone(nb, cid, zone, mode)),
            [("relabel", "Re-label (times were local there)"), ("convert", "Convert (shift)")],
            "Re-label keeps every time as written; Convert shows the same instants there.",
        )

    def undo_edit(self) -> None:
        """Undo the latest rename, delete, split or timezone change."""
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        self.apply(lambda: edits.undo_last(self.app.nb))
