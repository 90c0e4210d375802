"""A talk's links and papers: list them by kind, open one in the browser, add one.

Links live in the talk's front matter (``links:``). Adding a URL detects its
kind (arXiv → paper, YouTube → video, GitHub → code, ``…slides.pdf`` →
slides) with :mod:`confnotes.notebook.link_pickup`; URLs pasted into the note body
are offered for pick-up. Every change is saved through
:meth:`Notebook.save_talk` in a thread worker, as a revision of the talk the
notebook holds (never that talk changed in place): the notebook adopts it once
it is on disk, re-indexes it and announces the change (the app turns it into
:class:`~confnotes.tui.messages.NotebookChanged`). Until then the screen lists
its own draft; a save that fails lists the talk as it is on disk again.
"""

from __future__ import annotations

import itertools
import webbrowser
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option
from textual.worker import Worker

from confnotes.errors import ConfnotesError
from confnotes.knowledge.recording import RECORDING_KEY, is_video, recording, recordings
from confnotes.model import LINK_KINDS, Link, Talk, revised
from confnotes.notebook.link_pickup import add_link, detect_kind, links_in_body, looks_like_url
from confnotes.notebook.notebook import Notebook
from confnotes.tui.owner import report_failed_worker

KIND_TITLES = {
    "paper": "Papers",
    "slides": "Slides",
    "video": "Videos",
    "poster": "Posters",
    "code": "Code",
    "page": "Pages",
    "other": "Other links",
}
"""Group headings, in :data:`confnotes.model.LINK_KINDS` order."""


def link_text(link: Link) -> Text:
    """One link as its label (when it has one) and URL."""
    text = Text("  ")
    if link.label:
        text.append(link.label, style="bold")
        text.append("  ")
    text.append(link.url, style="underline")
    return text


class LinksScreen(Screen[None]):
    """The links of one talk, grouped by kind, with open, add, remove and pick-up."""

    DEFAULT_CSS = """
    LinksScreen {
        layout: vertical;
    }
    LinksScreen #links-title {
        padding: 0 1;
        text-style: bold;
        background: $boost;
    }
    LinksScreen #links-list {
        height: 1fr;
        border: none;
    }
    LinksScreen #links-add {
        height: auto;
        display: none;
        padding: 0 1;
    }
    LinksScreen #links-add.-open {
        display: block;
    }
    LinksScreen #links-url {
        width: 1fr;
    }
    LinksScreen #links-kind {
        width: 18;
    }
    LinksScreen #links-status {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    LinksScreen #links-status.-error {
        color: $error;
    }
    """
    """Title, the grouped list, the (hidden until asked) add row, a status line."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="links.close", tooltip="Back to the note"),
        Binding("o", "open_link", "Open", id="links.open", tooltip="Open the link in the browser"),
        Binding("a", "add_link", "Add", id="links.add", tooltip="Add a link (kind detected)"),
        Binding("d,delete", "remove_link", "Remove", id="links.remove", tooltip="Remove this link"),
        Binding(
            "p",
            "pick_up",
            "Pick up",
            id="links.pick_up",
            tooltip="Add the links pasted into the note body to the talk's references",
        ),
        Binding(
            "r",
            "use_as_recording",
            "Recording",
            id="links.recording",
            tooltip="Use this video as the talk's recording (timestamped bullets open it)",
        ),
    ]
    """Keys of the links screen (ids can be remapped in the config file)."""

    def __init__(
        self,
        notebook: Notebook,
        talk_id: str,
        *,
        open_url: Callable[[str], object] | None = None,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        """Create the screen.

        Args:
            notebook: The notebook holding the talk.
            talk_id: Id of the talk whose links are shown.
            open_url: Opens a URL (default: the app's ``open_url``, else :mod:`webbrowser`).
            name: Textual name of the screen.
            id: Textual id of the screen.
        """
        super().__init__(name=name, id=id)
        self.notebook = notebook
        """The notebook the talk is saved through."""
        self.talk_id = talk_id
        """Id of the talk whose links are listed."""
        self._talk: Talk = notebook.talk(talk_id)
        self._open_url = open_url
        self.rows: list[Link | None] = []
        """What each option of the list is (None for a group heading)."""
        self.pending: list[Link] = []
        """Links found in the note body that are not references yet."""
        self._draft: Talk | None = None
        """This screen's own copy with the change being saved (None: none in flight)."""
        self._tickets = itertools.count(1)
        self._last_ticket = 0
        self._done_ticket = 0

    @property
    def talk(self) -> Talk:
        """The talk as listed: this screen's draft while a change is being saved, else the
        talk as the notebook holds it now (the app may have reloaded it since)."""
        if self._draft is not None:
            return self._draft
        current = self.notebook.talks.get(self.talk_id)
        if current is not None:
            self._talk = current
        return self._talk

    def compose(self) -> ComposeResult:
        """Title, list, add row, status, footer."""
        yield Static(Text(f"Links · {self.talk.title}"), id="links-title")
        yield OptionList(id="links-list")
        with Horizontal(id="links-add"):
            yield Input(placeholder="Paste a URL (https://…, doi:…, arXiv:…)", id="links-url")
            yield Select(
                [("auto", "auto")] + [(k, k) for k in LINK_KINDS],
                value="auto",
                allow_blank=False,
                id="links-kind",
            )
        yield Label("", id="links-status")
        yield Footer()

    def on_mount(self) -> None:
        """Fill the list and focus it."""
        self.refresh_list()
        self.query_one("#links-list", OptionList).focus()

    def refresh_list(self, select: Link | None = None) -> None:
        """Rebuild the grouped list (and what the body holds that is not saved yet)."""
        self.pending = links_in_body(self.talk.body, self.talk.links)
        options: list[Option | None] = []
        self.rows = []
        chosen, videos = recording(self.talk), recordings(self.talk)
        for kind in LINK_KINDS:
            group = [link for link in self.talk.links if link.kind == kind]
            if not group:
                continue
            options.append(Option(Text(KIND_TITLES[kind], style="bold"), disabled=True))
            self.rows.append(None)
            for link in group:
                text = link_text(link)
                if chosen is not None and link.url == chosen.url and len(videos) > 1:
                    text.append("  ▶ the recording", style="bold")
                options.append(Option(text))
                self.rows.append(link)
        if self.pending:
            heading = f"In the note body, not yet in the references ({len(self.pending)}) — p"
            options.append(Option(Text(heading, style="bold italic"), disabled=True))
            self.rows.append(None)
            for link in self.pending:
                text = Text(f"  [{link.kind}] ", style="dim")
                text.append_text(link_text(link))
                options.append(Option(text))
                self.rows.append(link)
        listing = self.query_one("#links-list", OptionList)
        listing.clear_options()
        if not options:
            listing.add_option(
                Option(Text("No links yet — press a to add one", "dim"), disabled=True)
            )
            self.rows = [None]
            return
        listing.add_options(options)
        target = next((i for i, r in enumerate(self.rows) if r == select), None) if select else None
        if target is None:
            target = next((i for i, r in enumerate(self.rows) if r is not None), None)
        listing.highlighted = target

    @property
    def selected(self) -> Link | None:
        """The link under the cursor, if any."""
        listing = self.query_one("#links-list", OptionList)
        index = listing.highlighted
        if index is None or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    def _status(self, text: str, error: bool = False) -> None:
        label = self.query_one("#links-status", Label)
        label.update(text)
        label.set_class(error, "-error")

    # ------------------------------------------------------------------ opening

    def action_open_link(self) -> None:
        """Open the highlighted link in the browser."""
        link = self.selected
        if link is None:
            return
        opener = self._open_url or getattr(self.app, "open_url", None) or webbrowser.open
        try:
            opener(link.url)
        except Exception as exc:  # a browser that fails to start must not end the app
            self._status(f"could not open {link.url}: {exc}", error=True)
            return
        self._status(f"opened {link.url}")

    @on(OptionList.OptionSelected, "#links-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_open_link()

    # ------------------------------------------------------------------ adding

    def action_add_link(self) -> None:
        """Show the add row with the URL box focused."""
        row = self.query_one("#links-add")
        row.add_class("-open")
        url = self.query_one("#links-url", Input)
        url.value = ""
        url.focus()
        self._status("paste or type a URL; Enter adds it, Escape cancels")

    @on(Input.Changed, "#links-url")
    def _url_typed(self, event: Input.Changed) -> None:
        value = event.value.strip()
        if not value:
            self._status("paste or type a URL; Enter adds it, Escape cancels")
        elif looks_like_url(value):
            self._status(f"kind: {self._kind_for(value)}")
        else:
            self._status("not a URL yet (https://…, doi:10.…, arXiv:…)")

    def _kind_for(self, url: str) -> str:
        chosen = self.query_one("#links-kind", Select).value
        return str(chosen) if chosen not in ("auto", Select.BLANK) else detect_kind(url)

    @on(Input.Submitted, "#links-url")
    def _url_submitted(self, event: Input.Submitted) -> None:
        url = event.value.strip()
        if not looks_like_url(url):
            self._status(f"“{url}” is not a link this can open", error=True)
            return
        chosen = self.query_one("#links-kind", Select).value
        kind = None if chosen in ("auto", Select.BLANK) else str(chosen)
        draft = revised(self.talk)
        link = add_link(draft, url, kind=kind)
        if link is None:
            self._status("that link is already there", error=True)
            return
        self._close_add_row()
        self._save(draft, f"added {link.kind}: {link.url}", link)

    def _close_add_row(self) -> None:
        self.query_one("#links-add").remove_class("-open")
        self.query_one("#links-list", OptionList).focus()

    def action_pick_up(self) -> None:
        """Add every link found in the note body to the talk's references."""
        if not self.pending:
            self._status("no new links in the note body")
            return
        added = list(self.pending)
        draft = revised(self.talk, links=[*self.talk.links, *added])
        s = "s" if len(added) != 1 else ""
        self._save(draft, f"picked up {len(added)} link{s} from the note", added[0])

    def action_remove_link(self) -> None:
        """Remove the highlighted link from the references (the note body is not touched)."""
        link = self.selected
        if link is None or link not in self.talk.links:
            return
        draft = revised(self.talk, links=[other for other in self.talk.links if other != link])
        self._save(draft, f"removed {link.url}")

    def action_use_as_recording(self) -> None:
        """Make the highlighted video the one timestamped bullets open (kept in the talk's
        front matter as ``recording:``)."""
        link = self.selected
        if link is None or link not in self.talk.links or not is_video(link):
            self._status("choose a video link to use as the recording", error=True)
            return
        extra = {**self.talk.extra, RECORDING_KEY: link.url}
        self._save(revised(self.talk, extra=extra), f"recording: {link.url}", link)

    def action_close(self) -> None:
        """Cancel the add row, or leave the screen."""
        if self.query_one("#links-add").has_class("-open"):
            self._close_add_row()
            self._status("")
            return
        self.dismiss(None)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A save raised: shown (with a recovery copy of the open note), the text stays here."""
        report_failed_worker(self, event, "Saving the links")

    # ------------------------------------------------------------------ saving

    def _save(self, draft: Talk, done: str, select: Link | None = None) -> None:
        """List ``draft`` (this screen's copy) and save its links in a worker."""
        self._draft = draft
        self.refresh_list(select=select)
        self._status(f"{done} · saving…")
        ticket = next(self._tickets)
        self._last_ticket = ticket
        chosen = draft.extra.get(RECORDING_KEY)
        self._save_worker(done, list(draft.links), chosen, ticket, select)

    @work(thread=True, group="links-save", exit_on_error=False)
    def _save_worker(
        self, done: str, links: list[Link], chosen: object, ticket: int, select: Link | None
    ) -> None:
        """Write the talk with these links (and this chosen recording): a revision of the
        talk the notebook holds now (so its body is the newest one), adopted by the
        notebook once written."""
        try:
            # The notebook's lock: never interleaved with an autosave of the same note.
            # The notebook re-indexes the talk and announces the change itself.
            with self.notebook.transaction():
                if ticket < self._done_ticket:
                    return  # a newer change of this screen was saved already
                self._done_ticket = ticket
                current = self.notebook.talk(self.talk_id)
                extra = dict(current.extra)
                if chosen is not None:
                    extra[RECORDING_KEY] = chosen
                self.notebook.save_talk(revised(current, links=links, extra=extra))
        except ConfnotesError as exc:
            self.app.call_from_thread(self._finished, ticket, f"not saved: {exc}", True, select)
            return
        self.app.call_from_thread(self._finished, ticket, f"{done} · saved", False, select)

    def _finished(self, ticket: int, text: str, error: bool, select: Link | None) -> None:
        """A save ended: once the last one has, list the talk as the notebook holds it (with
        the change when it was saved, without it when it failed)."""
        if ticket == self._last_ticket:
            self._draft = None
            self.refresh_list(select=select)
        self._status(text, error)
