"""The links screen: links by kind, open in the browser, add with the kind detected."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from textual.widgets import Input, Label, OptionList

from confnotes.errors import StorageError
from confnotes.notebook import notebook as notebook_module
from confnotes.notebook.notebook import Notebook
from confnotes.tui.messages import NotebookChanged
from confnotes.tui.screens.links import LinksScreen

from .helpers import HostApp, async_test

TALK = "relml-2025/calibration-is-not-enough"


async def _saved(pilot, screen: LinksScreen) -> None:
    for _ in range(100):
        await pilot.pause(0.02)
        if "saved" in str(screen.query_one("#links-status", Label).render()):
            return
    raise AssertionError("not saved")


@async_test
async def test_links_grouped_and_opened_in_browser(demo: Path) -> None:
    nb = Notebook.open(demo)
    opened: list[str] = []
    app = HostApp(lambda: LinksScreen(nb, TALK, open_url=opened.append), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        listing = screen.query_one(OptionList)
        prompts = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert prompts[0] == "Papers"
        assert prompts.index("Slides") < prompts.index("Videos")
        assert listing.highlighted == 1
        await pilot.press("enter")
        await pilot.press("down", "o")  # headings are skipped
    assert opened == [
        "https://arxiv.org/abs/2501.01234",
        "https://example.org/relml-2025/slides/okafor.pdf",
    ]


@async_test
async def test_add_link_detects_kind_and_saves(demo: Path) -> None:
    nb = Notebook.open(demo)
    app = HostApp(lambda: LinksScreen(nb, TALK), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        await pilot.press("a")
        assert isinstance(app.focused, Input)
        app.focused.value = "https://github.com/okafor/abstai"  # pasted...
        await pilot.press("n")  # ...and the last letter typed
        assert "kind: code" in str(screen.query_one("#links-status", Label).render())
        await pilot.press("enter")
        await _saved(pilot, screen)
        assert screen.selected is not None and screen.selected.kind == "code"
        # the same link again is refused
        await pilot.press("a")
        app.focused.value = "https://github.com/okafor/abstain/"
        await pilot.press("enter")
        assert "already there" in str(screen.query_one("#links-status", Label).render())
        await pilot.press("escape", "escape")
    text = (demo / f"{TALK}.md").read_text()
    assert "- kind: code\n  url: https://github.com/okafor/abstain" in text
    assert "## Main points" in text
    assert any(isinstance(m, NotebookChanged) for m in app.messages)
    reread = Notebook.open(demo).talk(TALK)
    assert [link.kind for link in reread.links].count("code") == 1


@async_test
async def test_pick_up_links_from_body_and_remove(demo: Path) -> None:
    nb = Notebook.open(demo)
    talk = nb.talk(TALK)
    talk.body += "\nposter: https://example.org/okafor-poster.pdf\n"
    nb.save_talk(talk)
    app = HostApp(lambda: LinksScreen(nb, TALK), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        assert [link.kind for link in screen.pending] == ["poster"]
        await pilot.press("p")
        await _saved(pilot, screen)
        assert screen.pending == []
        assert screen.selected is not None and screen.selected.kind == "poster"
        await pilot.press("d")
        await _saved(pilot, screen)
    reread = Notebook.open(demo).talk(TALK)
    assert all(link.kind != "poster" for link in reread.links)
    assert reread.body == talk.body


@async_test
async def test_empty_talk_invites_adding(demo: Path) -> None:
    nb = Notebook.open(demo)
    talk_id = "relml-2025/opening-remarks"
    nb.talk(talk_id).links.clear()
    app = HostApp(lambda: LinksScreen(nb, talk_id), nb)
    async with app.run_test() as pilot:
        listing = app.screen.query_one(OptionList)
        assert "press a to add" in str(listing.get_option_at_index(0).prompt)
        await pilot.press("o")  # nothing to open: no crash


@async_test
async def test_add_after_app_reloaded_notebook_keeps_newer_body(demo: Path) -> None:
    nb = Notebook.open(demo)
    path = demo / f"{TALK}.md"
    app = HostApp(lambda: LinksScreen(nb, TALK), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        # another editor writes, and the app reloads the notebook (as on NotebookChanged)
        path.write_text(path.read_text() + "\n- [10:01] typed in the editor\n")
        nb.load()
        await pilot.press("a")
        app.focused.value = "https://vimeo.com/42"
        await pilot.press("enter")
        await _saved(pilot, screen)
    text = path.read_text()
    assert "typed in the editor" in text and "url: https://vimeo.com/42" in text


@async_test
async def test_a_link_that_could_not_be_saved_is_not_listed_as_saved(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk: the screen says the link was not saved and lists the talk as it is on
    disk again; the talk the notebook holds (what the other screens draw) never had it."""
    nb = Notebook.open(demo)
    before = nb.talk(TALK)
    links = list(before.links)

    def disk_full(path: Path, _data: bytes) -> None:
        raise StorageError(f"cannot write: {os.strerror(errno.ENOSPC)}", path)

    monkeypatch.setattr(notebook_module, "atomic_write", disk_full)
    app = HostApp(lambda: LinksScreen(nb, TALK), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        await pilot.press("a")
        assert isinstance(app.focused, Input)
        app.focused.value = "https://github.com/okafor/abstain"
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if "not saved" in str(screen.query_one("#links-status", Label).render()):
                break
        status = str(screen.query_one("#links-status", Label).render())
        assert "not saved" in status and "No space left" in status
        assert all("github.com" not in link.url for link in screen.rows if link is not None)
    assert nb.talk(TALK) is before and before.links == links
    assert "github.com/okafor" not in (demo / f"{TALK}.md").read_text()


@async_test
async def test_r_makes_the_highlighted_video_the_recording(demo: Path) -> None:
    nb = Notebook.open(demo)
    note = demo / f"{TALK}.md"
    note.write_text(
        note.read_text(encoding="utf-8").replace(
            "- kind: paper\n", "- kind: video\n  url: https://youtu.be/full00001\n- kind: paper\n"
        ),
        encoding="utf-8",
    )
    nb = Notebook.open(demo)
    app = HostApp(lambda: LinksScreen(nb, TALK), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, LinksScreen)
        listing = screen.query_one(OptionList)
        row = next(i for i, r in enumerate(screen.rows) if r and "full00001" in r.url)
        listing.highlighted = row
        await pilot.press("r")
        await _saved(pilot, screen)
    assert "recording: https://youtu.be/full00001" in note.read_text(encoding="utf-8")
    assert Notebook.open(demo).talk(TALK).extra["recording"] == "https://youtu.be/full00001"
