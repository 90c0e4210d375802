"""The app's corrections (rename, delete, timezone, undo), reached from the command palette.

Each runs :mod:`confnotes.knowledge.edits` (which writes through the Notebook and records an
undo in ``.confnotes/undo.jsonl``) after the open note and person page are saved (a page
that cannot be saved stops the edit: nothing changes), then says what changed; the
screens follow the notebook's change feed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

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


class EditActions:
    """Mixed into :class:`~confnotes.tui.app.ConfnotesApp`."""

    def _capp(self) -> ConfnotesApp:
        """This object as the app it is mixed into."""
        return cast("ConfnotesApp", self)

    def _edit(self, run: Callable[[], edits.EditReport]) -> None:
        from confnotes.tui.screens.person import PersonScreen

        app = self._capp()
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

        app = self._capp()
        screen = app.screen
        if isinstance(screen, PersonScreen):
            return screen.person.id
        talk = app.main.current_talk()
        return talk.speakers[0] if talk and talk.speakers else None

    def _current_conference_id(self) -> str | None:
        app = self._capp()
        talk = app.main.current_talk()
        if talk is not None:
            return talk.conference
        confs = app.nb.sorted_conferences()
        return confs[0].id if confs else None

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
        self._capp().push_screen(dialog, chosen)

    def action_rename_person(self) -> None:
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        app = self._capp()
        pid = app._current_person()
        if pid is None or pid not in app.nb.people:
            app.notify("Open a person's page (or a talk with a speaker) first")
            return
        app._ask(
            f"Rename {app.nb.people[pid].name}",
            app.nb.people[pid].name,
            lambda name, _b: app._edit(lambda: edits.rename(app.nb, "person", pid, name)),
        )

    def action_delete_person(self) -> None:
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        app = self._capp()
        pid = app._current_person()
        if pid is None or pid not in app.nb.people:
            app.notify("Open a person's page (or a talk with a speaker) first")
            return
        name = app.nb.people[pid].name
        app._ask(
            f"Delete {name}? Their talks lose them as a speaker (undo restores everything).",
            pid,
            lambda ref, _b: app._edit(lambda: edits.delete_person(app.nb, ref)),
            [("delete", "Delete")],
        )

    def action_rename_talk(self) -> None:
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        app = self._capp()
        talk = app.main.current_talk()
        if talk is None:
            app.notify("Open a talk first")
            return
        app._ask(
            "New title of the talk",
            talk.title,
            lambda title, _b: app._edit(lambda: edits.rename(app.nb, "talk", talk.id, title)),
        )

    def _conference_in_view(self, app: Any) -> Conference | None:
        """The conference of the talk in view, or None (and say so)."""
        cid = app._current_conference_id()
        if cid is None:
            app.notify("No conference yet")
            return None
        conf: Conference = app.nb.conferences[cid]
        return conf

    def action_rename_conference(self) -> None:
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        app = self._capp()
        conf = self._conference_in_view(app)
        if conf is None:
            return
        cid = conf.id
        app._ask(
            f"New name of {cid}",
            conf.name,
            lambda name, _b: app._edit(lambda: edits.rename(app.nb, "conference", cid, name)),
        )

    def action_conference_timezone(self) -> None:
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        app = self._capp()
        conf = self._conference_in_view(app)
        if conf is None:
            return
        cid = conf.id
        app._ask(
            f"Timezone of {conf.name} (now {conf.timezone or 'unknown'})",
            conf.timezone or "",
            lambda zone, mode: app._edit(lambda: edits.set_timezone(app.nb, cid, zone, mode)),
            [("relabel", "Re-label (times were local there)"), ("convert", "Convert (shift)")],
            "Re-label keeps every time as written; Convert shows the same instants there.",
        )

    def action_undo_edit(self) -> None:
        from confnotes.knowledge import edits  # imported on the first edit, not at the app's start

        app = self._capp()
        app._edit(lambda: edits.undo_last(app.nb))
