"""The app only drives the notebook: search follows every write, a dry run changes
nothing on screen, and a failing worker is reported with the open note kept safe."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from confnotes.tui.messages import OpenPerson
from confnotes.tui.screens.import_dialog import ImportOptions
from confnotes.tui.screens.import_report import ImportReportScreen
from confnotes.tui.screens.person import PersonScreen

from .helpers import app_for, pinned_settings, wait_for

CONF = "relml-2025"
SEARCH_WAIT = 10.0
"""Generous for a loaded CI machine; the watcher itself reacts in well under a second."""

NOTE = """\
---
title: Written by another program
---
A {word} crossed the room.
"""


def report_shown(app) -> bool:  # type: ignore[no-untyped-def]
    """The import report is on screen and drawn (its log is there)."""
    screen = app.screen
    return (
        isinstance(screen, ImportReportScreen)
        and screen.is_mounted
        and bool(screen.query("RichLog"))
    )


def hits(app, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    index = app.index
    return [] if index is None else [h.id for h in index.search(query).hits]


async def test_search_sees_a_note_another_program_writes(demo: Path) -> None:
    app = app_for(demo, open_index=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, app.index_ready.is_set, timeout=30)
        await wait_for(pilot, lambda: app.owner.watcher is not None)
        await pilot.pause(0.3)  # the watcher is listening
        (demo / CONF / "outside.md").write_text(NOTE.format(word="wombat"), encoding="utf-8")
        await wait_for(pilot, lambda: hits(app, "wombat") == [f"{CONF}/outside"], SEARCH_WAIT)
        assert f"{CONF}/outside" in app.nb.talks  # the schedule's model has it too
        # an edit of an existing note (not the open one), and a deletion
        other = next(t for t in app.nb.talks_of(CONF) if t.id != f"{CONF}/outside")
        assert other.path is not None
        other.path.write_text(
            other.path.read_text(encoding="utf-8") + "\nA numbat too.\n", encoding="utf-8"
        )
        await wait_for(pilot, lambda: hits(app, "numbat") == [other.id], SEARCH_WAIT)
        (demo / CONF / "outside.md").unlink()
        await wait_for(pilot, lambda: hits(app, "wombat") == [], SEARCH_WAIT)
        assert f"{CONF}/outside" not in app.nb.talks


async def test_search_sees_edits_from_the_editor_the_person_page_and_f5(
    demo: Path, tmp_path: Path
) -> None:
    script = tmp_path / "append.sh"
    script.write_text('#!/bin/sh\nprintf "\\nA kookaburra laughed.\\n" >> "$1"\n')
    script.chmod(0o755)
    settings = pinned_settings(autosave_delay=0.2, editor=str(script))
    app = app_for(demo, open_index=True, settings=settings)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, app.index_ready.is_set, timeout=30)
        talk = app.nb.talks_of(CONF)[0]
        app.main.open_talk(talk.id)
        await pilot.pause()
        app.main.editor.text_area.insert("\nquetzal sighting\n")  # type: ignore[attr-defined]
        await wait_for(pilot, lambda: hits(app, "quetzal") == [talk.id], SEARCH_WAIT)
        # the external editor (F5): the app is suspended while it runs (a headless test
        # terminal cannot be suspended: the editor simply runs), then reloads the note
        app.suspend = contextlib.nullcontext  # type: ignore[assignment,method-assign]
        app.main.run_external_editor()
        assert "kookaburra" in talk.path.read_text(encoding="utf-8")  # type: ignore[union-attr]
        await wait_for(pilot, lambda: hits(app, "kookaburra") == [talk.id], SEARCH_WAIT)
        # a person page
        person_id = sorted(app.nb.people)[0]
        app.post_message(OpenPerson(person_id))
        await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
        await pilot.press("ctrl+e")
        await pilot.press(*"axolotl")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: person_id in hits(app, "axolotl"), SEARCH_WAIT)


async def test_a_dry_run_import_from_the_app_leaves_the_schedule_as_it_was(
    demo: Path, tmp_path: Path
) -> None:
    programme = tmp_path / "big.ics"
    events = [
        "BEGIN:VEVENT\r\n"
        f"UID:dry-{i}@example.org\r\n"
        f"DTSTART:20310504T{9 + i % 8:02d}{i % 60:02d}00Z\r\n"
        f"DTEND:20310504T{9 + i % 8:02d}{i % 60:02d}30Z\r\n"
        f"SUMMARY:Dry talk number {i}\r\n"
        "END:VEVENT\r\n"
        for i in range(400)
    ]
    programme.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        "X-WR-CALNAME:Dry Run Summit 2031\r\n" + "".join(events) + "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        talks, confs = dict(app.nb.talks), dict(app.nb.conferences)
        shown = app.main.schedule.tree_view.root.children
        before = [str(node.label) for node in shown]
        app._import_chosen(ImportOptions(sources=[str(programme)], dry_run=True))
        await wait_for(pilot, lambda: report_shown(app), 20)
        report = app.screen.reports[0]  # type: ignore[attr-defined]
        assert report.error is None and len(report.added) >= 400
        assert app.nb.talks == talks and app.nb.conferences == confs
        assert [str(node.label) for node in app.main.schedule.tree_view.root.children] == before
    assert not any(p.name.startswith("dry-run-summit") for p in demo.iterdir())


async def test_an_import_can_be_cancelled_and_never_holds_the_notebook(
    demo: Path, trickle: str
) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(120, 36)) as pilot:
        talk = app.nb.talks_of(CONF)[0]
        app.main.open_talk(talk.id)
        await pilot.pause()
        app._import_chosen(ImportOptions(sources=[trickle]))
        await wait_for(pilot, lambda: app.owner.importing)
        # while the download trickles, a save goes through at once (no lock is held)
        app.main.editor.text_area.insert("typed during the import\n")  # type: ignore[attr-defined]
        assert talk.path is not None
        await wait_for(pilot, lambda: "typed during" in talk.path.read_text(encoding="utf-8"))  # type: ignore[union-attr]
        await pilot.press("f10")  # the import key again cancels
        await wait_for(pilot, lambda: not app.owner.importing, 30)
        await wait_for(pilot, lambda: report_shown(app))
        report = app.screen.reports[0]  # type: ignore[attr-defined]
        assert report.error is not None and "cancelled" in str(report.error)


async def test_a_worker_that_raises_is_shown_and_the_open_note_is_kept(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        talk = app.nb.talks_of(CONF)[0]
        app.main.open_talk(talk.id)
        await pilot.pause()
        app.main.editor.text_area.insert("words worth keeping\n")  # type: ignore[attr-defined]

        def broken() -> None:
            raise RuntimeError("a bug in background work")

        app.owner.run("Background check", broken)
        await wait_for(
            pilot,
            lambda: any("Background check failed" in n.message for n in app._notifications),
        )
        assert app.is_running
        copies = [c for c in app.recovery.pending(True) if c.talk_id == talk.id]
        assert copies and "words worth keeping" in copies[-1].text


async def test_a_save_that_raises_unexpectedly_keeps_the_app_and_the_text(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(120, 36)) as pilot:
        talk = app.nb.talks_of(CONF)[0]
        app.main.open_talk(talk.id)
        await pilot.pause()

        def bug(*_args: object, **_kw: object) -> None:
            raise KeyError("a bug in the save path")

        monkeypatch.setattr(app.saver, "save", bug)
        app.main.editor.text_area.insert("typed before the bug\n")  # type: ignore[attr-defined]
        await wait_for(
            pilot, lambda: any("Saving the note failed" in n.message for n in app._notifications)
        )
        assert app.is_running
        copies = [c for c in app.recovery.pending(True) if c.talk_id == talk.id]
        assert copies and "typed before the bug" in copies[-1].text
