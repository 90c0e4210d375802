"""Messages that travel between screens: any screen may ask the app to open a talk or a person.

Widget-local messages live inside their widget class; these are the ones that
cross screens, so that a self-contained screen (search, person, timetable)
never needs to know how the main screen is built.
"""

from __future__ import annotations

from textual.message import Message


class OpenTalk(Message):
    """Open a talk's note in the editor (optionally at a 1-based line of its body)."""

    def __init__(self, talk_id: str, line: int | None = None) -> None:
        super().__init__()
        self.talk_id = talk_id
        """Id of the talk to open (``<conference>/<stem>``)."""
        self.line = line
        """1-based line of the note body to put the cursor on, or None."""


class OpenPerson(Message):
    """Show a person's page."""

    def __init__(self, person_id: str) -> None:
        super().__init__()
        self.person_id = person_id
        """Id of the person (file stem under ``people/``)."""


class NotebookChanged(Message):
    """Files of the notebook changed (an import, a merge): refresh what is shown."""


class StatusNote(Message):
    """A short line for the user (import finished, export written), shown as a notification."""

    def __init__(self, text: str, severity: str = "information") -> None:
        super().__init__()
        self.text = text
        """What to tell the user."""
        self.severity = severity
        """``information``, ``warning`` or ``error``."""
