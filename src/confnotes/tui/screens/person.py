"""A person's page: who they are, every talk they gave, the notes that mention them, your notes.

Everything is gathered across all conferences of the notebook, so the speaker
met at one workshop shows up with the keynote they gave two years earlier.
The page body is the user's own text about the person; it autosaves (about a
second after typing pauses, and on leaving) through
:meth:`Notebook.save_person` in a thread worker, and a file changed on disk
meanwhile is never overwritten without the user's word. Text that cannot be
saved (a full disk, a conflict) also goes to a recovery copy (id
``people/<person id>``), named on screen and at exit, offered back at the next start.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import re
import threading
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Label, OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.worker import Worker

from confnotes.errors import ConflictError, ConfnotesError
from confnotes.knowledge.wikilinks import PERSON, TALK, LinkResolver, backlinks
from confnotes.model import Person, Talk
from confnotes.notebook.notebook import PEOPLE_DIR, Notebook
from confnotes.notebook.recovery import RecoveryCopy, RecoveryStore, read_copy, restored_text
from confnotes.text.fold import fold
from confnotes.tui.messages import OpenTalk
from confnotes.tui.owner import report_failed_worker
from confnotes.tui.widgets.note_area import LineKeepingArea

if TYPE_CHECKING:
    from confnotes.index import SearchIndex


_SCREENS = itertools.count(1)
"""Numbers the person screens of a run (each keeps its own recovery copies)."""


def _fold(text: str) -> str:
    """confnotes' one fold (so "Joao" finds "João", as search does), case-folded."""
    return fold(text).casefold()


def find_mentions(
    notebook: Notebook, person: Person, exclude: set[str] | None = None
) -> list[tuple[str, int]]:
    """Talks whose note body names the person (name or alias), with the first line doing so.

    A plain scan used when there is no search index; case- and accent-insensitive
    (accents are folded only in the notes that have any, so the scan stays fast).
    """
    names = [_fold(n) for n in [person.name, *person.aliases] if len(n.strip()) >= 3]
    if not names:
        return []
    pattern = re.compile(
        "|".join(r"(?<!\w)" + re.escape(n).replace(r"\ ", r"\s+") + r"(?!\w)" for n in names)
    )
    # Cheap pre-filter: a note can only match if it holds the start of some name's last word.
    needles = {n.split()[-1][:4] for n in names}
    found: list[tuple[str, int]] = []
    for talk in notebook.talks.values():
        body = talk.body
        if not body or (exclude and talk.id in exclude):
            continue
        folded = body.casefold() if body.isascii() else _fold(body)
        if not any(needle in folded for needle in needles):
            continue
        match = pattern.search(folded)
        if match:
            found.append((talk.id, folded.count("\n", 0, match.start()) + 1))
    return found


def mention_query(person: Person) -> str:
    """Index query for notes whose body names the person (by name or alias)."""
    names = [n.replace('"', " ").strip() for n in [person.name, *person.aliases]]
    return " OR ".join(f'body:"{n}"' for n in names if len(n) >= 3) or f"body:{person.id}"


class PersonScreen(Screen[None]):
    """Everything the notebook knows about one person, and the user's page about them."""

    DEFAULT_CSS = """
    PersonScreen {
        layout: vertical;
    }
    PersonScreen #person-header {
        height: auto;
        padding: 0 1;
        background: $boost;
    }
    PersonScreen #person-columns {
        height: 1fr;
    }
    PersonScreen #person-left {
        width: 1fr;
        min-width: 30;
    }
    PersonScreen #person-right {
        width: 1fr;
    }
    PersonScreen .person-heading {
        padding: 0 1;
        text-style: bold;
        color: $accent;
    }
    PersonScreen #person-talks {
        height: 1fr;
        border: none;
    }
    PersonScreen #person-mentions {
        height: 1fr;
        border: none;
    }
    PersonScreen #person-body {
        height: 1fr;
    }
    PersonScreen #person-status {
        height: 1;
        padding: 0 1;
        color: $text-muted;
    }
    PersonScreen #person-status.-failed {
        color: $error;
    }
    """
    """Header on top; talks and mentions on the left, the editable page on the right."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="person.close", tooltip="Save and go back"),
        Binding(
            "ctrl+s",
            "save",
            "Save",
            id="person.save",
            tooltip="Save the page now (after a conflict: overwrite the file with this text)",
        ),
        Binding(
            "ctrl+e",
            "edit_page",
            "Edit page",
            id="person.edit",
            tooltip="Move to the person's page body",
        ),
    ]
    """Keys of the person screen (ids can be remapped in the config file)."""

    AUTOSAVE_DELAY = 1.0
    """Seconds after typing pauses before the page is saved."""

    def __init__(
        self,
        notebook: Notebook,
        person_id: str,
        index: SearchIndex | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
    ) -> None:
        """Create the screen.

        Args:
            notebook: The notebook holding the person.
            person_id: Id of the person (a speaker id without a page gets a new page).
            index: Search index used to find notes mentioning the person (else a plain scan).
            name: Textual name of the screen.
            id: Textual id of the screen.
        """
        super().__init__(name=name, id=id)
        self.notebook = notebook
        """The notebook the page is saved through."""
        self.person: Person = notebook.people.get(person_id) or Person(
            id=person_id, name=person_id.replace("-", " ").title()
        )
        """The person shown (a new, unsaved Person when the id has no page yet)."""
        self.index = index
        """Index used for the mentions, when there is one."""
        self.talks: list[Talk] = notebook.talks_by(person_id)
        """Talks the person gave, oldest first."""
        self.mentions: list[tuple[str, int | None]] = []
        """(talk id, line) of notes mentioning the person: ``[[linked]]`` ones first."""
        self.linked: set[str] = set()
        """Ids of the talks whose notes ``[[link]]`` to the person."""
        self.state = "saved"
        """``saved``, ``unsaved``, ``saving``, ``failed`` or ``conflict``."""
        self._timer: Timer | None = None
        self._conflict = False
        self._latest = self.person.body
        self._base = self.person.body
        self._save_lock = threading.Lock()
        self.kept: Path | None = None
        """This page's unsaved text's recovery copy (a save failed or met a conflict)."""
        self._kept_error = ""
        """Why no recovery copy could be written either (empty when one was)."""
        self._restored: RecoveryCopy | None = None
        """A recovery copy restored into the page: discarded once the page saves."""
        self._recovery: RecoveryStore | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        """Header, talks, mentions and the page body."""
        yield Static(self._header_text(), id="person-header")
        with Horizontal(id="person-columns"):
            with Vertical(id="person-left"):
                yield Label(f"Talks ({len(self.talks)})", classes="person-heading")
                yield OptionList(*self._talk_options(), id="person-talks")
                yield Label("Mentioned in notes", id="mentions-heading", classes="person-heading")
                yield OptionList(
                    Option(Text("searching…", "dim"), disabled=True), id="person-mentions"
                )
            with Vertical(id="person-right"):
                yield Label("Your page", classes="person-heading")
                yield LineKeepingArea(self.person.body, id="person-body", soft_wrap=True)
                yield Label("saved", id="person-status")
        yield Footer()

    def _header_text(self) -> Text:
        person = self.person
        text = Text(person.name, style="bold")
        if person.aliases:
            text.append(f"  (also {', '.join(person.aliases)})", style="dim")
        if person.url:
            text.append(f"\n{person.url}", style="underline")
        if person.affiliations:
            text.append("\n" + " · ".join(person.affiliations))
        else:
            text.append("\nno affiliation known", style="dim")
        roles = []
        for conf in self.notebook.sorted_conferences():
            for role in conf.people:
                if role.person == person.id:
                    roles.append(f"{role.role} at {conf.name}")
        if roles:
            text.append("\n" + "; ".join(roles), style="italic")
        return text

    def _talk_options(self) -> list[Option]:
        if not self.talks:
            return [Option(Text("no talks in this notebook", "dim"), disabled=True)]
        options = []
        for talk in self.talks:
            conf = self.notebook.conferences.get(talk.conference)
            label = Text()
            if talk.starred:
                label.append("★ ", style="bold yellow")
            label.append(talk.title, style="bold")
            when = talk.start.strftime("%Y-%m-%d %H:%M") if talk.start else "undated"
            label.append(f"\n{conf.name if conf else talk.conference} · {when} · {talk.kind}")
            if talk.has_notes:
                label.append(" · ✎ noted", style="green")
            options.append(Option(label, id=f"talk:{talk.id}"))
        return options

    def on_mount(self) -> None:
        """Start looking for mentions; focus the talks (or the page when there are none).

        The page closed earlier in this run with text it could not save: that text
        (its recovery copy) comes back into the page, merged with it."""
        self._find_mentions()
        left = getattr(self.app, "pages_left", None)
        held = left.get(self.person.id) if isinstance(left, dict) else None
        copy_ = read_copy(held[1]) if held is not None and held[1] is not None else None
        if copy_ is not None:
            self.call_after_refresh(self.restore, restored_text(copy_, self._base), copy_)
        if self.talks:
            self.query_one("#person-talks", OptionList).focus()
        else:
            self.query_one("#person-body", TextArea).focus()

    # ------------------------------------------------------------------ mentions

    @work(thread=True, exclusive=True, group="person-mentions")
    def _find_mentions(self) -> None:
        """Notes naming the person: from the index when there is one, else a plain scan."""
        own = {t.id for t in self.talks}
        linked = self._linked_from()
        mentions: list[tuple[str, int | None]] | None = None
        if self.index is not None:
            try:
                results = self.index.search(mention_query(self.person), limit=100)
                mentions = [
                    (hit.id, hit.line)
                    for hit in results.hits
                    if hit.kind == "talk" and hit.id not in own and hit.id in self.notebook.talks
                ]
            except ConfnotesError:
                mentions = None
        if mentions is None:
            mentions = list(find_mentions(self.notebook, self.person, own))
        seen = {talk_id for talk_id, _line in linked}
        mentions = linked + [m for m in mentions if m[0] not in seen]
        self.linked = seen
        self.app.call_from_thread(self._show_mentions, mentions)

    def _linked_from(self) -> list[tuple[str, int | None]]:
        """Talk notes whose ``[[links]]`` name this person (backlinks), first of the mentions."""
        resolver = LinkResolver(self.notebook)
        target = resolver.target(PERSON, self.person.id)
        if target is None:
            return []
        return [
            (b.id, b.line) for b in backlinks(self.notebook, target, resolver) if b.kind == TALK
        ]

    def _show_mentions(self, mentions: list[tuple[str, int | None]]) -> None:
        self.mentions = mentions
        listing = self.query_one("#person-mentions", OptionList)
        listing.clear_options()
        self.query_one("#mentions-heading", Label).update(f"Mentioned in notes ({len(mentions)})")
        if not mentions:
            listing.add_option(Option(Text("no other note mentions them", "dim"), disabled=True))
            return
        for talk_id, line in mentions:
            talk = self.notebook.talks[talk_id]
            conf = self.notebook.conferences.get(talk.conference)
            label = Text(talk.title, style="bold")
            label.append(f"\n{conf.name if conf else talk.conference}")
            if line:
                label.append(f" · line {line}", style="dim")
            if talk_id in self.linked:
                label.append(" · [[linked]]", style="green")
            listing.add_option(Option(label))

    # ------------------------------------------------------------------ opening

    @on(OptionList.OptionSelected, "#person-talks")
    def _open_talk(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.talks):
            self.post_message(OpenTalk(self.talks[event.option_index].id))

    @on(OptionList.OptionSelected, "#person-mentions")
    def _open_mention(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.mentions):
            talk_id, line = self.mentions[event.option_index]
            self.post_message(OpenTalk(talk_id, line))

    def action_edit_page(self) -> None:
        """Focus the page body, the cursor at its end (where new notes go)."""
        body = self.query_one("#person-body", TextArea)
        body.focus()
        body.move_cursor(body.document.end)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A save raised: shown (with a recovery copy of the open note), the text stays here."""
        report_failed_worker(self, event, "Saving the page")

    # ------------------------------------------------------------------ saving

    @on(TextArea.Changed, "#person-body")
    def _typed(self, event: TextArea.Changed) -> None:
        self._latest = event.text_area.text
        if self._latest == self._base and self.state == "saved":
            return
        self._set_state("unsaved")
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(self.AUTOSAVE_DELAY, self._autosave)

    def _autosave(self) -> None:
        if self.state == "unsaved" and not self._conflict:
            self._save()

    def _set_state(self, state: str, detail: str = "") -> None:
        self.state = state
        text = {
            "saved": "saved",
            "unsaved": "unsaved changes",
            "saving": "saving…",
            "failed": "NOT SAVED",
            "conflict": "NOT SAVED: the file changed on disk",
        }[state]
        label = self.query_one("#person-status", Label)
        label.update(f"{text}{' — ' + detail if detail else ''}")
        label.set_class(state in ("failed", "conflict"), "-failed")

    def _save(self, force: bool = False) -> Worker[bool]:
        """Save the body as it is now, in a thread worker."""
        text = self._latest
        self._set_state("saving")
        return self._save_worker(text, force)

    def _write(self, text: str, force: bool) -> None:
        """Save ``text`` as the page body (any thread).

        The app may reload the notebook after another screen saved; the page is
        then a new object, and when its body is no longer the one this screen
        started from, someone else changed it: a conflict unless ``force``.

        Raises:
            ConflictError: the page changed elsewhere since it was opened.
            ConfnotesError: the save failed.
        """
        with self._save_lock, self.notebook.transaction():
            current = self.notebook.people.get(self.person.id)
            elsewhere = current is not None and current is not self.person
            if elsewhere and current is not None and current.body != self._base and not force:
                raise ConflictError(
                    "the page was changed elsewhere since it was opened", current.path
                )
            # A copy is written and swapped in: the page other screens draw never
            # changes under them, and a failed save leaves the notebook as it was.
            updated = copy.deepcopy(current or self.person)
            updated.body = text
            self.notebook.apply_writes("saved", people=[updated], force=force)
            self.person = updated
            self._base = text

    @work(thread=True, exclusive=True, group="person-save", exit_on_error=False)
    def _save_worker(self, text: str, force: bool) -> bool:
        """Write the person's page; True when the text is safely on disk."""
        try:
            self._write(text, force)
        except ConflictError as exc:
            where = self._keep_aside(text, f"conflict: {exc}")
            self.app.call_from_thread(self._failed, exc, True, where)
            return False
        except ConfnotesError as exc:
            where = self._keep_aside(text, f"failed: {exc}")
            self.app.call_from_thread(self._failed, exc, False, where)
            return False
        self.app.call_from_thread(self._saved, text)
        return True

    @property
    def recovery_id(self) -> str:
        """The id this page's recovery copies carry (``people/<person id>``)."""
        return f"{PEOPLE_DIR}/{self.person.id}"

    def _store(self) -> RecoveryStore:
        """This screen's own recovery copies: a page opened again later never replaces
        nor deletes the copy an earlier one left (it restores it; see :meth:`on_mount`)."""
        if self._recovery is None:
            app_store = getattr(self.app, "recovery", None)
            run = app_store.session if isinstance(app_store, RecoveryStore) else "page"
            session = f"{run}-{next(_SCREENS)}"
            self._recovery = RecoveryStore(self.notebook, session=session)
        return self._recovery

    def _keep_aside(self, text: str, reason: str) -> str:
        """Write the page's unsaved text to a recovery copy (any thread); says where."""
        try:
            self.kept = self._store().write(self.recovery_id, text, reason, self._base)
        except ConfnotesError as exc:
            self.kept = None  # a copy written before holds older text: never named for this
            self._kept_error = str(exc)
            return f"no recovery copy could be written ({exc})"
        self._kept_error = ""
        return f"and in {self.kept}"

    def _failed(self, exc: ConfnotesError, conflict: bool, where: str = "") -> None:
        self._conflict = conflict
        kept = f"your text is kept here {where}".strip()
        if conflict:
            self._set_state("conflict", f"{kept}; ctrl+s overwrites the file")
        else:
            self._set_state("failed", f"{exc.message}; {kept}")

    def _saved(self, text: str) -> None:
        self._conflict = False
        self._set_state("saved" if self._latest == text else "unsaved")
        if self._latest == text:
            self._forget_copies()

    def _forget_copies(self) -> None:
        """The page is saved: this run's recovery copy, and a restored one, can go."""
        left = getattr(self.app, "pages_left", None)
        if isinstance(left, dict):
            left.pop(self.person.id, None)
        store = self._store()
        store.forget(self.recovery_id)
        self.kept = None
        restored, self._restored = self._restored, None
        if restored is not None:
            with contextlib.suppress(ConfnotesError):
                store.discard(restored)

    def restore(self, text: str, copy: RecoveryCopy) -> None:
        """Put recovered text in the page (it saves as typing does; the copy goes then)."""
        self._restored = copy
        self.query_one("#person-body", TextArea).load_text(text)
        self._latest = text
        self._set_state("unsaved")
        self._save()

    @property
    def unsaved(self) -> bool:
        """True when the page shows text that is not in its file."""
        return self.state != "saved" or self._conflict

    def flush_at_exit(self) -> str | None:
        """The app stops: save the page now, else keep it in a recovery copy. Returns what
        the user must be told when the text is not in the page (None when it is)."""
        if not self.unsaved:
            return None
        if self._timer is not None:
            self._timer.stop()
        if not self._conflict:
            try:
                self._write(self._latest, False)
            except ConflictError as exc:
                self._conflict = True
                reason = f"conflict: {exc}"
            except ConfnotesError as exc:
                reason = f"failed: {exc}"
            else:
                self._set_state("saved")
                self._forget_copies()
                return None
        else:
            reason = "conflict: left undecided at exit"
        self._keep_aside(self._latest, reason)
        name = f"the page of {self.person.name} ({self.notebook.root / self.recovery_id}.md)"
        if self.kept is None:
            return f"{name} was NOT saved and no copy could be written ({self._kept_error})"
        return f"{name} was not saved; your text is in {self.kept}"

    def text_kept_nowhere(self) -> str | None:
        """The page's unsaved text when no recovery copy could hold it (else None)."""
        return self._latest if self.unsaved and self.kept is None else None

    def save_sync(self) -> None:
        """Write unsaved page text now, blocking (before a correction rewrites files).

        Raises:
            ConfnotesError: it could not be saved (the text stays on screen).
        """
        if self._conflict:
            raise ConflictError(
                "your text on this page is not saved (the file changed elsewhere; "
                "ctrl+s keeps yours)",
                self.person.path,
            )
        if self.state not in ("unsaved", "saving", "failed"):
            return
        if self._timer is not None:
            self._timer.stop()
        self._write(self._latest, False)
        self._set_state("saved")
        self._forget_copies()

    def action_save(self) -> None:
        """Save now; after a conflict this overwrites the file with the text on screen."""
        self._save(force=self._conflict)

    async def action_close(self) -> None:
        """Save unsaved text, then leave (stay when saving failed: never drop the text)."""
        if self._timer is not None:
            self._timer.stop()
        if self.state in ("unsaved", "saving") and not self._conflict:
            worker = self._save()
            await worker.wait()
        if self.state != "saved":
            self.notify("The page is not saved: your text is still here.", severity="error")
            return
        self.dismiss(None)

    def on_unmount(self) -> None:
        """Last chance when the page closes (a talk opened from it, the app quitting) with
        typing not yet saved: the page, else a recovery copy, which the app names at
        exit (see :meth:`flush_at_exit`)."""
        said: str | None = None
        with contextlib.suppress(Exception):  # widgets gone: the text was kept at quit
            said = self.flush_at_exit()
        if said is not None:
            left = getattr(self.app, "pages_left", None)
            if isinstance(left, dict):
                left[self.person.id] = (said, self.kept)
            with contextlib.suppress(Exception):
                self.app.notify(said, severity="error", timeout=30)
