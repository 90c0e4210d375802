"""Helpers for the UI tests: a host app and a fake index for screens on their own, pinned
apps of the whole program, small notebooks, waiting for background saves."""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.message import Message
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static

from confnotes.errors import BadInputError
from confnotes.model import Link
from confnotes.notebook.notebook import Notebook
from confnotes.settings import Settings
from confnotes.tui.app import ConfnotesApp, make_app
from confnotes.tui.messages import NotebookChanged, OpenPerson, OpenTalk


class HostApp(App[None]):
    """Pushes one screen and records the messages it posts up."""

    CSS = "Screen { background: $surface; }"

    def __init__(
        self, make_screen: Callable[[], Screen[Any]] | None, notebook: Notebook | None = None
    ):
        super().__init__()
        self.make_screen = make_screen
        self.notebook = notebook
        self.messages: list[Message] = []
        self.opened_urls: list[str] = []
        self.dismissed: list[Any] = []

    def compose(self) -> ComposeResult:
        yield Static("host", id="host")

    def on_mount(self) -> None:
        if self.notebook is not None:
            # As the real app's owner does: the notebook's change feed becomes messages.
            self.notebook.changes.subscribe(lambda c: self.post_message(NotebookChanged(c)))
        if self.make_screen is not None:
            self.push_screen(self.make_screen(), callback=self.dismissed.append)

    def on_open_talk(self, message: OpenTalk) -> None:
        self.messages.append(message)

    def on_open_person(self, message: OpenPerson) -> None:
        self.messages.append(message)

    def on_notebook_changed(self, message: NotebookChanged) -> None:
        self.messages.append(message)

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        self.opened_urls.append(url)


@dataclass
class FakeHit:
    kind: str
    id: str
    title: str
    conference: str | None
    speakers: list[str]
    score: float
    snippet: str
    highlights: list[tuple[int, int]]
    line: int | None


@dataclass
class FakeResults:
    hits: list[FakeHit]
    total: int
    corrected: str | None = None
    rebuilding: bool = False
    fewer: str | None = None
    partial: bool = False


class FakeQuerySyntaxError(BadInputError):
    """Stands for confnotes.index.query.QuerySyntaxError."""


@dataclass
class FakeIndex:
    """Case-insensitive word search over talk bodies and titles, as the contract returns it."""

    notebook: Notebook
    corrections: dict[str, str] = field(default_factory=dict)
    queries: list[str] = field(default_factory=list)

    def search(
        self,
        query: str,
        limit: int = 20,
        kinds: tuple[str, ...] = (),
        typing: bool = False,
        budget: float | None = None,
        stop: object = None,
    ) -> FakeResults:
        self.queries.append(query)
        if query.count('"') % 2:
            raise FakeQuerySyntaxError('unbalanced quote in query: close the "phrase"')
        corrected = self.corrections.get(query)
        words = [w.lower() for w in re.findall(r"\w+", corrected or query)]
        hits: list[FakeHit] = []
        for talk in self.notebook.talks.values():
            lines = talk.body.splitlines()
            for number, line in enumerate(lines, 1):
                low = line.lower()
                if all(w in low for w in words):
                    spans = []
                    for w in words:
                        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(w), low)]
                    names = [p.name for p in self.notebook.speakers_of(talk)]
                    hits.append(
                        FakeHit(
                            "talk",
                            talk.id,
                            talk.title,
                            talk.conference,
                            names,
                            1.0,
                            line,
                            sorted(spans),
                            number,
                        )
                    )
                    break
        for person in self.notebook.people.values():
            if all(w in person.name.lower() for w in words):
                hits.append(
                    FakeHit(
                        "person", person.id, person.name, None, [], 0.5, person.body[:80], [], None
                    )
                )
        hits.sort(key=lambda h: h.id)
        return FakeResults(hits[:limit], len(hits), corrected)

    def warm(self) -> None:
        pass

    def close(self) -> None:
        pass


def async_test(fn: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test body with asyncio (no pytest-asyncio plugin needed)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(fn(*args, **kwargs))

    return wrapper


def build_notebook(root: Path) -> Notebook:
    """A second conference on top of the demo: two days, three rooms, parallel talks.

    ``root`` should be a copy of the demo notebook (the ``demo`` fixture).
    """
    nb = Notebook.open(root)
    conf = nb.new_conference(
        "Tiny Open Source Conference 2024",
        conf_id="tosc-2024",
        start=date(2024, 2, 3),
        end=date(2024, 2, 4),
        timezone="Europe/Brussels",
        location="Brussels",
    )
    nb.save_conference(conf)
    joao = nb.people["joao-pereira"]
    joao.affiliations.append("Universidade do Porto")
    nb.save_person(joao)
    day1 = date(2024, 2, 3)
    talks = [
        # title, day, start, minutes, room, speakers, starred
        ("Welcome to TOSC", day1, "09:00", 30, "Janson", ["ines-carvalho"], False),
        ("Robust trees in production", day1, "09:30", 45, "Janson", ["joao-pereira"], True),
        ("Packaging Python apps", day1, "09:30", 30, "K.1.105", ["tomasz-wrobel"], False),
        ("Terminal UIs that never freeze", day1, "10:00", 30, "K.1.105", [], True),
        ("Lightning talks", day1, "10:00", 60, "H.2215", ["lena-hofmann"], False),
        ("Lunch", day1, "12:00", 60, "", [], False),
        ("Day two keynote", date(2024, 2, 4), "09:00", 60, "Janson", ["amara-okafor"], False),
    ]
    for title, day, hhmm, minutes, room, speakers, starred in talks:
        hour, minute = map(int, hhmm.split(":"))
        start = datetime(day.year, day.month, day.day, hour, minute)
        talk = nb.new_talk(
            conf.id,
            title,
            start=start,
            end=start + timedelta(minutes=minutes),
            room=room,
            speakers=speakers,
            starred=starred,
            kind="break" if title == "Lunch" else "talk",
        )
        if title == "Packaging Python apps":
            talk.body = "## Notes\n\n- wheels everywhere\n- asked Joao Pereira about trees\n"
        nb.save_talk(talk)
    return Notebook.open(root)


CALIBRATION = "relml-2025/calibration-is-not-enough"
"""The keynote of the demo notebook (09:15-10:00, Tejo, Europe/Lisbon)."""


def pinned_settings(**changes: object) -> Settings:
    """Settings for tests: no cursor blink, quick autosave, no user config."""
    settings = Settings(cursor_blink=False, autosave_delay=0.3)
    for key, value in changes.items():
        setattr(settings, key, value)
    return settings


def app_for(root: Path, **kwargs: object) -> ConfnotesApp:
    """An app on ``root`` with pinned settings and no search index (tests stay quick)."""
    kwargs.setdefault("settings", pinned_settings())
    kwargs.setdefault("open_index", False)
    return make_app(root, **kwargs)  # type: ignore[arg-type]


async def wait_for(pilot: Pilot, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    """Let the app run until ``condition()`` holds (background workers included); the
    deadline is generous because a loaded CI machine builds an index in seconds, not ms."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await pilot.pause(0.05)


def parallel_notebook(root: Path) -> Path:
    """A one-day conference in Chicago with two rooms running at once, then a third talk."""
    nb = Notebook.open(root, create=True)
    conf = nb.new_conference("Parallel Days 2024", "para-2024", timezone="America/Chicago")
    nb.save_conference(conf)
    ada = nb.new_person("Ada Quist", affiliations=["North Lab"])
    nb.save_person(ada)
    talks = [
        ("Sparse Routing at Scale", "Room A", 10, 0, [ada.id]),
        ("Gradient Noise Revisited", "Room B", 10, 0, []),
        ("Afternoon in Room A", "Room A", 10, 30, []),
    ]
    for title, room, hour, minute, speakers in talks:
        start = datetime(2024, 5, 2, hour, minute)
        talk = nb.new_talk(
            conf.id,
            title,
            start=start,
            end=start + timedelta(minutes=30),
            room=room,
            speakers=speakers,
            links=[Link("https://example.org/paper.pdf", "paper")],
        )
        nb.save_talk(talk)
    return root
