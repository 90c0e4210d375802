"""The new-note dialog (F7): a note for a chat, a BoF, a poster or a talk added late.

It only gathers a :class:`~confnotes.schedule.quicknote.NewNote` and ``dismiss()``es it
(None when cancelled); the app writes it with :func:`confnotes.schedule.quicknote.create_note`
in a worker and opens it. People are completed fuzzily as you type (rapidfuzz,
the same matching as the command palette): Down moves into the suggestions and
Enter puts the chosen name in place of the one being typed.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, OptionList, Select
from textual.widgets.option_list import Option

from confnotes.notebook.notebook import Notebook
from confnotes.schedule.quicknote import NOTE_KINDS, NewNote, suggest_people

KIND_LABELS = {
    "talk": "Talk (added late, or not on the programme)",
    "bof": "BoF / discussion",
    "hallway": "Hallway conversation",
    "poster": "Poster",
    "other": "Other",
}
"""How each kind of :data:`~confnotes.schedule.quicknote.NOTE_KINDS` reads in the dialog."""

DAY_NOTES = "*day*"
"""The conference choice meaning: the day's own notes conference."""


def split_people(text: str) -> list[str]:
    """The names typed in the people field (comma separated)."""
    return [name.strip() for name in text.split(",") if name.strip()]


class NewNoteDialog(ModalScreen[NewNote | None]):
    """Collects a :class:`NewNote`; dismisses None when cancelled."""

    DEFAULT_CSS = """
    NewNoteDialog {
        align: center middle;
    }
    NewNoteDialog > Vertical {
        width: 76;
        height: auto;
        border: thick $primary 60%;
        background: $surface;
        padding: 1 2;
    }
    NewNoteDialog .dialog-title {
        text-style: bold;
    }
    NewNoteDialog Label {
        margin-top: 1;
    }
    NewNoteDialog #new-people-suggestions {
        height: auto;
        max-height: 5;
    }
    NewNoteDialog #new-error {
        color: $error;
        height: auto;
    }
    NewNoteDialog Horizontal {
        height: auto;
        align-horizontal: right;
        margin-top: 1;
    }
    NewNoteDialog Button {
        margin-left: 1;
    }
    """
    """A centred box with the fields and two buttons."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="new_note.cancel", tooltip="Close, make nothing"),
        Binding("ctrl+s", "submit", "Create", id="new_note.submit", tooltip="Make the note"),
    ]
    """Keys of the dialog (ids can be remapped in the config file)."""

    def __init__(self, notebook: Notebook, conference: str | None, at: datetime) -> None:
        """Create the dialog.

        Args:
            notebook: The notebook (its conferences and people).
            conference: The conference to propose (None: the day's notes conference).
            at: The time to propose (the conference's clock now).
        """
        super().__init__()
        self.notebook = notebook
        """The notebook the note goes into."""
        self.conference = conference
        """The conference proposed."""
        self.at = at
        """The time proposed."""

    def compose(self) -> ComposeResult:
        """Title, people (with suggestions), kind, conference, time, then the buttons."""
        confs = [(f"{c.name} ({c.id})", c.id) for c in self.notebook.sorted_conferences()]
        with Vertical():
            yield Label("A note for something not on the programme", classes="dialog-title")
            yield Label("Title")
            yield Input(placeholder="what it is: 'Chat with Ana about evals'", id="new-title")
            yield Label("People (comma separated; existing or new)")
            yield Input(placeholder="optional", id="new-people", select_on_focus=False)
            yield OptionList(id="new-people-suggestions")
            yield Label("Kind")
            yield Select(
                [(KIND_LABELS[k], k) for k in NOTE_KINDS],
                value="talk",
                allow_blank=False,
                id="new-kind",
            )
            yield Label("Conference")
            yield Select(
                [("Notes of the day (a conference of its own)", DAY_NOTES), *confs],
                value=self.conference or DAY_NOTES,
                allow_blank=False,
                id="new-conference",
            )
            yield Label("When (the conference's clock)")
            yield Input(f"{self.at:%Y-%m-%d %H:%M}", id="new-at")
            yield Label("", id="new-error")
            with Horizontal():
                yield Button("Cancel", id="new-cancel")
                yield Button("Create", variant="primary", id="new-ok")

    def on_mount(self) -> None:
        """Focus the title; no suggestions yet."""
        self.query_one("#new-people-suggestions", OptionList).display = False
        self.query_one("#new-title", Input).focus()

    # ------------------------------------------------------------ people completion

    @on(Input.Changed, "#new-people")
    def _people_changed(self, event: Input.Changed) -> None:
        typed = event.value.rsplit(",", 1)[-1].strip()
        found = suggest_people(self.notebook, typed) if len(typed) >= 2 else []
        found = [p for p in found if p.name != typed]
        suggestions = self.query_one("#new-people-suggestions", OptionList)
        suggestions.clear_options()
        suggestions.add_options(Option(p.name, id=p.id) for p in found)
        suggestions.display = bool(found)

    def on_key(self, event: events.Key) -> None:
        """Down in the people field moves into its suggestions."""
        suggestions = self.query_one("#new-people-suggestions", OptionList)
        people = self.query_one("#new-people", Input)
        if event.key == "down" and people.has_focus and suggestions.display:
            suggestions.focus()
            suggestions.highlighted = 0
            event.stop()

    @on(OptionList.OptionSelected, "#new-people-suggestions")
    def _person_chosen(self, event: OptionList.OptionSelected) -> None:
        people = self.query_one("#new-people", Input)
        names = people.value.rsplit(",", 1)
        done = f"{names[0]}, " if len(names) == 2 else ""
        people.value = f"{done}{event.option.prompt}, "
        people.cursor_position = len(people.value)
        event.option_list.display = False
        people.focus()

    # ------------------------------------------------------------ result

    def request(self) -> NewNote | None:
        """The note asked for, or None (with the reason shown) when it cannot be made."""
        error = self.query_one("#new-error", Label)
        title = self.query_one("#new-title", Input).value.strip()
        if not title:
            error.update("Give the note a title.")
            self.query_one("#new-title", Input).focus()
            return None
        when = self.query_one("#new-at", Input).value.strip()
        try:
            at = datetime.strptime(when, "%Y-%m-%d %H:%M")
        except ValueError:
            error.update(f"When: a time like {self.at:%Y-%m-%d %H:%M}, not {when!r}")
            return None
        conf = self.query_one("#new-conference", Select).value
        kind = self.query_one("#new-kind", Select).value
        return NewNote(
            title=title,
            kind=str(kind) if kind in NOTE_KINDS else "talk",
            people=split_people(self.query_one("#new-people", Input).value),
            conference=None if conf in (DAY_NOTES, Select.BLANK) else str(conf),
            day_notes=conf == DAY_NOTES,
            at=at,
        )

    @on(Input.Submitted, "#new-title")
    @on(Input.Submitted, "#new-at")
    @on(Button.Pressed, "#new-ok")
    def action_submit(self) -> None:
        """Dismiss with the request when it is complete."""
        request = self.request()
        if request is not None:
            self.dismiss(request)

    @on(Button.Pressed, "#new-cancel")
    def action_cancel(self) -> None:
        """Dismiss with None."""
        self.dismiss(None)
