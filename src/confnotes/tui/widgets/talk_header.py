"""The block above the note: title, speakers with affiliations, time, room and links.

It is what the user glances at while typing during a talk, so it is compact
and holds only what helps: who is speaking (and from where), when and where,
and the links to open.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from confnotes.model import Conference, Person, Talk
from confnotes.schedule.now import Slot
from confnotes.schedule.update_marks import is_cancelled


def header_text(
    talk: Talk | None,
    conf: Conference | None,
    speakers: list[Person],
    slot: Slot | None,
    mentioned: list[str] | None = None,
    conflicts: int = 0,
) -> Text:
    """The header as Rich text (a pure function, so it is easy to test and to snapshot).

    ``conflicts``: blocks a team sync left in the note with both versions; said right
    under the title, where the eye is and where no number of links pushes it out of
    the header's few lines."""
    if talk is None:
        return Text.from_markup(
            "[b]No talk open[/b]\n[dim]Pick a talk on the left (Enter), or press the "
            "'now' key to jump to the talk in progress.[/dim]"
        )
    text = Text()
    marks = ("★ " if talk.starred else "") + ("✓ " if talk.attended else "")
    text.append(marks, style="bold yellow")
    text.append(talk.title or talk.id, style="bold")
    if is_cancelled(talk):
        text.append("  cancelled (no longer on the programme)", style="bold red")
    if talk.kind and talk.kind != "talk":
        text.append(f"  [{talk.kind}]", style="italic dim")
    if talk.extra.get("_unreadable"):
        text.append(
            "\n⚠ its front matter cannot be read: shown as text, never rewritten — fix the "
            "file (confnotes check says where)",
            style="bold yellow",
        )
    if conflicts:
        text.append(
            f"\n⚠ {conflicts} merge conflict{'s' if conflicts != 1 else ''}: both versions "
            "are in the note between <<<<<<< and >>>>>>> — F12 to resolve",
            style="bold yellow",
        )
    for person in speakers:
        text.append("\n  ")
        text.append(person.name, style="bold cyan")
        if person.affiliations:
            text.append(f" — {'; '.join(person.affiliations)}", style="cyan")
    when = []
    if slot is not None:
        when.append(f"{slot.start:%a %d %b %Y  %H:%M}–{slot.end:%H:%M}")
        if conf and conf.timezone:
            when.append(conf.timezone)
        if slot.room:
            when.append(f"room {slot.room}")
    if conf is not None:
        when.append(conf.name)
    if when:
        text.append("\n" + "  ·  ".join(when), style="dim")
    if talk.links:
        text.append("\n")
        for i, link in enumerate(talk.links):
            if i:
                text.append("  ")
            label = link.label or link.kind
            text.append(f"{label}: ", style="bold")
            text.append(link.url, style=f"underline link {link.url}")
    if mentioned:
        shown = " · ".join(mentioned[:4]) + (
            f" (+{len(mentioned) - 4})" if len(mentioned) > 4 else ""
        )
        text.append("\nmentioned in: ", style="bold")
        text.append(shown, style="italic")
    return text


class TalkHeader(Static):
    """Shows :func:`header_text` for the talk being edited."""

    DEFAULT_CSS = """
    TalkHeader {
        height: auto;
        max-height: 9;
        padding: 0 1;
        background: $boost;
    }
    """

    def show(
        self,
        talk: Talk | None,
        conf: Conference | None,
        speakers: list[Person],
        slot: Slot | None,
        mentioned: list[str] | None = None,
        conflicts: int = 0,
    ) -> None:
        """Display this talk's details (``mentioned``: titles of notes linking to it;
        ``conflicts``: merge conflict blocks in its note)."""
        self.update(header_text(talk, conf, speakers, slot, mentioned, conflicts))
