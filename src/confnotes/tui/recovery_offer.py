"""Unsaved text kept aside by an earlier run (a failed save, a conflict left undecided, a
crash), offered back when the app starts: restore it into its note or page (merged
with what the file holds now), discard it, or keep it for later.

:class:`RecoveryOffer` is an object of the app (``app.recovery_offer``); it uses the
app through its public face (the notebook, the saver, the recovery store, screens).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from confnotes.errors import ConfnotesError
from confnotes.notebook.notebook import PEOPLE_DIR
from confnotes.notebook.recovery import RecoveryCopy, lines_all_in, recreate_note, restored_text

if TYPE_CHECKING:
    from confnotes.tui.app import ConfnotesApp


class RecoveryOffer:
    """Offers the recovery copies of earlier runs back, one dialog at a time."""

    def __init__(self, app: ConfnotesApp) -> None:
        self.app = app

    def offer(self) -> None:
        """Show the copies that are not already in their notes (the rest are discarded)."""
        app = self.app
        copies: list[RecoveryCopy] = []
        for copy in app.recovery.pending():
            page = _page_of(copy)
            note = app.nb.people.get(page) if page else app.nb.talks.get(copy.talk_id)
            if note is not None and lines_all_in(copy.text, note.body):
                # Already in the note: nothing to recover.
                with contextlib.suppress(ConfnotesError):
                    app.recovery.discard(copy)
                continue
            copies.append(copy)
        if held := len(app.recovery.held_elsewhere):
            app.notify(
                f"{held} unsaved text{'s' if held > 1 else ''} kept aside by another confnotes "
                "window still open on this notebook: offered here once it has closed",
                timeout=10,
            )
        if copies:
            from confnotes.tui.screens.recovery_dialog import RecoveryDialog

            app.push_screen(RecoveryDialog(copies), self._chosen)

    def _chosen(self, choice: tuple[str, RecoveryCopy] | None) -> None:
        app = self.app
        if choice is None:
            return
        what, copy = choice
        if what == "discard":
            try:
                app.recovery.discard(copy)
            except ConfnotesError as exc:
                app.notify(str(exc), severity="error")
        elif (page := _page_of(copy)) is not None:
            self._restore_page(page, copy)
            return
        elif copy.talk_id not in app.nb.talks:
            try:
                with app.nb.transaction():
                    recreate_note(app.nb, copy)
                app.recovery.discard(copy)
            except ConfnotesError as exc:
                app.notify(
                    f"Cannot bring back {copy.talk_id} ({exc}); its text stays in {copy.path}",
                    severity="error",
                    timeout=12,
                )
                return
            app.main.schedule.forget_cache()
            app.main.schedule.rebuild()
            app.main.open_talk(copy.talk_id)
            app.notify(f"The note {copy.talk_id} was deleted; brought it back with your text")
            return
        else:
            # Merged with the note as it is now: a change made to the file since the copy
            # was written (the other side of a conflict) is never overwritten.
            body = app.nb.talks[copy.talk_id].body
            text = restored_text(copy, body)
            app.saver.keep_pending(copy.talk_id, text, base=body)
            app.saver.restored[copy.talk_id] = copy
            main = app.main
            if main.editor.talk_id == copy.talk_id:
                main.editor.load(copy.talk_id, body, text)
            else:
                main.open_talk(copy.talk_id)
            left = len(app.recovery.pending()) - 1
            more = f"; {left} more kept for the next start" if left > 0 else ""
            app.notify(
                f"Restored unsaved text into {copy.talk_id} (merged with the note); "
                f"it saves in a moment{more}",
                timeout=10,
            )
            return  # the dialog stays closed: typing now goes into the note
        app.call_later(self.offer)

    def _restore_page(self, person_id: str, copy: RecoveryCopy) -> None:
        """Open the person's page with the recovered text merged into it; it saves as
        typing does, and the copy is deleted once it has."""
        app = self.app
        from confnotes.tui.screens.person import PersonScreen

        person = app.nb.people.get(person_id)
        text = restored_text(copy, person.body) if person is not None else copy.text
        screen = PersonScreen(app.nb, person_id, app.index)
        app.push_screen(screen)
        app.call_after_refresh(screen.restore, text, copy)
        app.notify(
            f"Restored unsaved text into the page of {screen.person.name} (merged with it); "
            "it saves in a moment",
            timeout=10,
        )


def _page_of(copy: RecoveryCopy) -> str | None:
    """The person id a recovery copy of a person's page is for (None: a talk's note)."""
    folder, _sep, person_id = copy.talk_id.partition("/")
    return person_id if folder == PEOPLE_DIR and person_id else None
