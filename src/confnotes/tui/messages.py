"""Cross-screen messages: screens post these up, the app decides what to show.

Screens never reach into the app or into each other ("attributes down,
messages up"): a search result, a person's talk or a timetable block posts
:class:`OpenTalk`, and the app opens the editor there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from confnotes.notebook.change_feed import NotebookChange


class OpenTalk(Message):
    """Open a talk's note in the editor, optionally with the cursor on a body line."""

    def __init__(self, talk_id: str, line: int | None = None) -> None:
        super().__init__()
        self.talk_id = talk_id
        """Id of the talk to open (``<conference-id>/<file stem>``)."""
        self.line = line
        """1-based line of the note body to put the cursor on, or None for the top."""


class OpenPerson(Message):
    """Show a person's page."""

    def __init__(self, person_id: str) -> None:
        super().__init__()
        self.person_id = person_id
        """Id of the person (the file stem of ``people/<id>.md``)."""


class NotebookChanged(Message):
    """The notebook changed (its change feed, turned into a message): lists and headers
    refresh what it names."""

    def __init__(self, change: NotebookChange | None = None) -> None:
        super().__init__()
        self.change = change
        """Which ids changed and why (None: assume anything may have changed)."""


class SyncSaid(Message):
    """The team sync's worker has a new status line (posted, never waited for: it may say
    so while holding the lock a save on the UI thread waits for)."""


class StatusNote(Message):
    """A short line for the user (import finished, export written), shown as a notification."""

    def __init__(self, text: str, severity: str = "information") -> None:
        super().__init__()
        self.text = text
        """What to tell the user."""
        self.severity = severity
        """``information``, ``warning`` or ``error``."""
