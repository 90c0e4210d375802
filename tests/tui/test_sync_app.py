"""F6 in the app, a conflict resolved in the app and synced back, sync with the app running."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

from confnotes.notebook.merge3 import has_conflict_markers
from confnotes.sync import sync
from confnotes.tui.screens.conflict_dialog import ConflictDialog
from tests.sync.teamgit import Team, isolate_git
from tests.tui.helpers import app_for, pinned_settings, wait_for

TALK = "conf/robust-merging"
NOTE = f"{TALK}.md"


@pytest.fixture
def team(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Team:
    """A bare remote and two clones (real git, no network)."""
    isolate_git(monkeypatch, tmp_path)
    return Team(tmp_path, 2)


async def dialog_button(pilot: Pilot, selector: str, timeout: float = 6.0) -> None:
    """Press a button of the conflict dialog once it is drawn."""
    app = pilot.app
    await wait_for(
        pilot,
        lambda: isinstance(app.screen, ConflictDialog) and bool(app.screen.query(selector)),
        timeout,
    )
    app.screen.query_one(selector, Button).press()


def edit(root: Path, old: str, new: str) -> None:
    path = root / NOTE
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


async def test_f6_brings_in_a_teammates_words_and_says_so(team: Team) -> None:
    a, b = team.clones
    edit(b, "Closing line three.", "Closing line three.\nBob's line from room B.")
    team.sync(b, "Bob")
    app = app_for(a)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(TALK)
        await pilot.pause()
        await pilot.press("f6")
        await wait_for(pilot, lambda: "Bob's line from room B." in app.main.editor.text, 20)
        await wait_for(pilot, lambda: not app.team_sync.running, 20)
        assert "synced with origin/main" in app.team_sync.status
        assert "synced with origin/main" in app.index_activity()
        assert app.main.editor.state == "clean"
        # Nothing needs the user: the status line says it, no notification covers the
        # notes (each one would re-lay the screen out while they type).
        assert not [n for n in app._notifications if "synced" in n.message]


async def test_conflict_resolved_in_the_app_is_synced_back(team: Team) -> None:
    a, b = team.clones
    edit(a, "Middle line two.", "Middle line two, as Ada heard it.")
    edit(b, "Middle line two.", "Middle line two, as Bob heard it.")
    team.sync(b, "Bob")
    app = app_for(a)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(TALK)
        await pilot.pause()
        await pilot.press("f6")
        await wait_for(pilot, lambda: has_conflict_markers(app.main.editor.text), 20)
        await wait_for(pilot, lambda: not app.team_sync.running, 20)
        assert "1 conflict to resolve" in app.team_sync.status
        header = str(app.main.editor.query_one("#talk-header").render())
        assert "merge conflict" in header and "F12" in header
        await pilot.press("f12")
        await dialog_button(pilot, "#both")
        await wait_for(pilot, lambda: not has_conflict_markers((a / NOTE).read_text("utf-8")))
        await pilot.press("f6")
        await wait_for(
            pilot, lambda: not app.team_sync.running and "synced" in app.team_sync.status, 20
        )
    team.sync(b, "Bob")
    text = (b / NOTE).read_text(encoding="utf-8")
    assert "as Ada heard it." in text and "as Bob heard it." in text
    assert not has_conflict_markers(text)


async def test_sync_with_the_app_running_never_overwrites_unsaved_words(team: Team) -> None:
    a, b = team.clones
    edit(b, "Closing line three.", "Closing line three.\nBob typed this.")
    team.sync(b, "Bob")
    app = app_for(a, settings=pinned_settings(autosave_delay=60.0))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(TALK)
        await pilot.pause()
        await pilot.press(*"Ada types live")
        assert app.main.editor.dirty
        outcome = await asyncio.to_thread(sync, a)  # `confnotes sync` in another terminal
        assert NOTE in outcome.changed
        await dialog_button(pilot, "#both", 10)
        await wait_for(pilot, lambda: "Ada types live" in (a / NOTE).read_text("utf-8"), 10)
    text = (a / NOTE).read_text(encoding="utf-8")
    assert "Bob typed this." in text and "Ada types live" in text


async def test_typing_while_f6_syncs_keeps_the_typed_and_the_merged_words(team: Team) -> None:
    a, b = team.clones
    edit(b, "Closing line three.", "Closing line three.\nBob's merged line.")
    team.sync(b, "Bob")
    app = app_for(a, settings=pinned_settings(autosave_delay=0.1))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(TALK)
        await pilot.pause()
        await pilot.press("f6", *"typed")
        await wait_for(pilot, lambda: not app.team_sync.running, 20)
        await pilot.pause(1.5)  # autosaves and the open note's disk check run
        typed = app.main.editor.text.rsplit("\n", 1)[-1]  # what reached the editor
        assert "typed".startswith(typed)  # keys after the dialog opened went to the dialog
        if isinstance(app.screen, ConflictDialog):
            await dialog_button(pilot, "#both")

        def both_kept() -> bool:
            text = (a / NOTE).read_text("utf-8")
            return typed in text and "Bob's merged line." in text

        await wait_for(pilot, both_kept, 10)


async def test_a_sync_that_only_adds_noted_by_does_not_interrupt_typing(team: Team) -> None:
    a, _b = team.clones
    app = app_for(a, settings=pinned_settings(autosave_delay=60.0))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(TALK)
        await pilot.pause()
        await pilot.press(*"still typing")
        note = a / NOTE
        text = note.read_text(encoding="utf-8")
        note.write_text(text.replace("- Ada\n", "- Ada\n- Zed\n"), "utf-8")  # as a sync would
        await pilot.pause(2.5)  # two disk checks
        assert not isinstance(app.screen, ConflictDialog)
        assert app.main.editor.state == "dirty"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "still typing" in note.read_text("utf-8"))
    assert "- Zed\n" in note.read_text(encoding="utf-8")


async def test_f6_offline_commits_and_says_so_then_syncs_when_back(team: Team) -> None:
    a, b = team.clones
    edit(a, "Closing line three.", "Closing line three.\nWritten offline.")
    away = team.remote.with_name("away.git")
    team.remote.rename(away)
    app = app_for(a)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f6")
        await wait_for(pilot, lambda: not app.team_sync.running, 20)
        assert "offline: committed locally" in app.team_sync.status
        away.rename(team.remote)
        await pilot.press("f6")
        await wait_for(pilot, lambda: "synced with origin/main" in app.team_sync.status, 20)
    team.sync(b, "Bob")
    assert "Written offline." in (b / NOTE).read_text(encoding="utf-8")


async def test_f6_outside_a_repository_explains_how_to_share(tmp_path: Path) -> None:
    from tests.sync.teamgit import require_git, seed

    require_git()
    seed(tmp_path / "nb")
    app = app_for(tmp_path / "nb")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f6")
        await wait_for(pilot, lambda: app.team_sync.status == "git: sync failed", 20)
        messages = [n.message for n in app._notifications]
        assert any("confnotes sync --init URL" in m for m in messages)


async def test_the_status_line_says_what_a_sync_would_do_at_start(team: Team) -> None:
    a, _b = team.clones
    edit(a, "Closing line three.", "Closing line three. Not yet shared.")
    app = app_for(a)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "1 change to sync" in app.team_sync.status)
        assert "F6" in app.index_activity()


async def test_links_a_teammate_wrote_show_after_f6_without_rebuilding_the_link_graph(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The header's "mentioned in" follows the merged notes: a link added to a page and a
    new talk that links here. The graph is built once, then follows the notebook."""
    from confnotes.knowledge.wikilinks import LinkGraph

    monkeypatch.setattr("confnotes.tui.link_keeper.SMALL_NOTEBOOK", 0)  # built in a thread
    builds: list[int] = []
    original = LinkGraph.build.__func__  # type: ignore[attr-defined]

    def counted(cls: type[LinkGraph], *args: object, **kwargs: object) -> LinkGraph:
        builds.append(1)
        return original(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(LinkGraph, "build", classmethod(counted))
    a, b = team.clones
    app = app_for(a)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(TALK)
        header = app.main.editor.query_one("#talk-header")
        await wait_for(pilot, lambda: app.links.current is not None)
        assert "mentioned in" not in str(header.render())
        page = b / "people" / "ada-lovelace.md"
        page.write_text(page.read_text(encoding="utf-8") + "Her view on [[Robust merging]].\n")
        team.sync(b, "Bob")
        await pilot.press("f6")
        await wait_for(pilot, lambda: "Ada Lovelace" in str(header.render()), 20)
        await wait_for(pilot, lambda: not app.team_sync.running, 20)
        (b / "conf" / "merge-stories.md").write_text(
            "---\ntitle: Merge stories\n---\nAs in [[Robust merging]].\n", encoding="utf-8"
        )
        team.sync(b, "Bob")
        await pilot.press("f6")
        await wait_for(pilot, lambda: "Merge stories" in str(header.render()), 20)
        assert "Ada Lovelace" in str(header.render())
    assert builds == [1]


async def test_words_typed_before_f6_go_out_with_that_sync(team: Team) -> None:
    """F6 saves the editor's text first (in the sync's own thread): the teammate gets the
    words with this sync, and the editor says they are saved."""
    a, b = team.clones
    app = app_for(a, settings=pinned_settings(autosave_delay=60.0))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(TALK)
        await pilot.pause()
        await pilot.press("ctrl+end", *" Typed just before F6.")
        assert app.main.editor.dirty
        await pilot.press("f6")
        await wait_for(pilot, lambda: not app.team_sync.running, 20)
        await wait_for(pilot, lambda: app.main.editor.state == "clean")
        assert "synced with origin/main" in app.team_sync.status
    team.sync(b, "Bob")
    assert "Typed just before F6." in (b / NOTE).read_text(encoding="utf-8")


@pytest.mark.parametrize("open_note", [False, True])
async def test_search_finds_a_teammates_words_after_f6(team: Team, open_note: bool) -> None:
    """The index follows what a sync brought in, also for the note open in the editor."""
    a, b = team.clones
    edit(b, "Closing line three.", "Closing line three.\nZygomorphic orchids, said Bob.")
    page = b / "people" / "ada-lovelace.md"
    page.write_text(page.read_text(encoding="utf-8") + "Quasiperiodic tilings.\n", "utf-8")
    team.sync(b, "Bob")
    app = app_for(a, open_index=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, app.index_ready.is_set, timeout=30)
        if open_note:
            app.main.open_talk(TALK)
            await pilot.pause()
        await pilot.press("f6")
        await wait_for(pilot, lambda: not app.team_sync.running, 20)

        def found(word: str) -> list[str]:
            return [hit.id for hit in app.index.search(word).hits]

        await wait_for(pilot, lambda: TALK in found("zygomorphic"), 20)
        await wait_for(pilot, lambda: bool(found("quasiperiodic")), 20)
