"""Typed words survive corrections, conflicts, quitting on a full disk and signals.

Each test is a way the app lost a user's text or said nothing about it: a person's
page whose save failed dropped by a correction or by quitting, a conflict left
undecided quitting with status 0, a full disk at SIGTERM leaving no copy anywhere,
a body read on demand undoing a save's record. Full disks are ``os.replace``
raising ``ENOSPC``; the UI runs under Textual's Pilot.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import errno
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Button

from confnotes.knowledge import edits
from confnotes.model import revised
from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.change_feed import NotebookChange
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore
from confnotes.tui.messages import OpenPerson, OpenTalk
from confnotes.tui.screens.conflict_dialog import ConflictDialog
from confnotes.tui.screens.person import PersonScreen
from confnotes.tui.screens.recovery_dialog import RecoveryDialog
from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"
"""A note that links ``[[Amara Okafor]]`` (not its speaker)."""
PAGE = "people/amara-okafor.md"


def full_disk(monkeypatch: pytest.MonkeyPatch, hit: Callable[[str], bool]) -> None:
    """``os.replace`` into a path ``hit`` names fails as on a full disk."""
    real = os.replace

    def replace(src: object, dst: object, *args: object, **kwargs: object) -> None:
        if hit(str(dst)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        real(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)


def note_text(root: Path, talk_id: str = SHIFTS) -> str:
    return (root / f"{talk_id}.md").read_text(encoding="utf-8")


def copies_with(root: Path, words: str) -> list[Path]:
    store = RecoveryStore(Notebook(root))
    return [c.path for c in store.pending(include_this_run=True) if words in c.text]


def record_exit(app: Any, said: list[str]) -> None:
    """Keep in ``said`` what the app says as it exits (printed on the terminal)."""
    real = app.exit

    def exit(*args: Any, **kwargs: Any) -> None:
        said.append(str(kwargs.get("message") or ""))
        real(*args, **kwargs)

    app.exit = exit


def test_a_correction_never_drops_a_person_page_whose_save_failed(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page's save failed (disk full), space came back, then a rename from the
    palette: the edit popped the page's screen and its text was gone for good."""

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        async with app.run_test(size=(120, 36)) as pilot:
            app.post_message(OpenPerson("amara-okafor"))
            await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
            page = app.screen
            assert isinstance(page, PersonScreen)
            full_disk(monkeypatch, lambda dst: dst.endswith("amara-okafor.md"))
            page.query_one("#person-body").focus()
            await pilot.press("end", *" met her again at lunch")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: page.state == "failed")
            monkeypatch.undo()  # space is back
            app.corrections.apply(
                lambda: edits.rename(app.nb, "person", "amara-okafor", "Amara N. Okafor")
            )
            await pilot.pause()
            await pilot.press("ctrl+q")

    asyncio.run(scenario())
    text = (demo / PAGE).read_text(encoding="utf-8")
    assert "met her again at lunch" in text
    assert "name: Amara N. Okafor" in text


def test_a_correction_waits_for_a_person_page_in_conflict(demo: Path) -> None:
    """The page changed elsewhere while typed in: the edit must not run and drop it."""

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        async with app.run_test(size=(120, 36)) as pilot:
            app.post_message(OpenPerson("amara-okafor"))
            await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
            page = app.screen
            assert isinstance(page, PersonScreen)
            # Another window saved the page first (the notebook now holds another object).
            other = copy.deepcopy(app.nb.people["amara-okafor"])
            other.body += "\nwritten in another window\n"
            app.nb.save_person(other)
            page.query_one("#person-body").focus()
            await pilot.press("end", *" typed here")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: page.state == "conflict")
            app.corrections.apply(
                lambda: edits.rename(app.nb, "person", "amara-okafor", "Amara N. Okafor")
            )
            await pilot.pause()
            assert app.screen is page, "the page with unsaved text must stay open"
            assert "typed here" in page.query_one("#person-body").text  # type: ignore[attr-defined]
            assert any("nothing changed" in str(n.message) for n in app._notifications)
            assert app.nb.people["amara-okafor"].name == "Amara Okafor"

    asyncio.run(scenario())


def test_quitting_with_a_page_unsaved_on_a_full_disk_names_its_copy_and_exits_1(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []

    async def scenario() -> object:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        record_exit(app, said)
        async with app.run_test(size=(120, 36)) as pilot:
            app.post_message(OpenPerson("amara-okafor"))
            await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
            full_disk(monkeypatch, lambda dst: dst.endswith("amara-okafor.md"))
            app.screen.query_one("#person-body").focus()
            await pilot.press("end", *" asked about abstention")
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert app.is_running, "the first Ctrl+Q warns: the page is not saved"
            await pilot.press("ctrl+q")
            await pilot.pause()
        return app

    app = asyncio.run(scenario())
    assert app.return_code == 1  # type: ignore[attr-defined]
    copies = copies_with(demo, "asked about abstention")
    assert copies, "the page's text must be in a recovery copy"
    assert str(copies[0]) in "\n".join(said)


def test_a_page_kept_aside_is_offered_back_and_restored_into_the_page(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecoveryStore(Notebook.open(demo), session="earlier")
    store.write("people/amara-okafor", "Met her at the coffee break.\nkept from last time\n", "x")

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, RecoveryDialog))
            app.screen.query_one("#restore", Button).press()
            await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
            page = demo / PAGE
            await wait_for(pilot, lambda: "kept from last time" in page.read_text("utf-8"))
            await pilot.press("ctrl+q")

    asyncio.run(scenario())
    text = (demo / PAGE).read_text(encoding="utf-8")
    assert text.startswith("---\nname: Amara Okafor"), "still a person's page"
    assert "abstention and human-in-the-loop review" in text  # the page's own words stay
    assert not copies_with(demo, "kept from last time"), "the copy goes once restored"


def test_quitting_with_a_conflict_left_undecided_names_the_copy_and_exits_1(
    demo: Path,
) -> None:
    note = demo / f"{SHIFTS}.md"

    said: list[str] = []

    async def scenario() -> object:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        record_exit(app, said)
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            await pilot.press("end", *" my own words")
            note.write_text(note.read_text("utf-8").replace("Nice trick", "Their trick"), "utf-8")
            await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
            await pilot.press("escape")  # decide later
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert app.is_running, "the first Ctrl+Q warns: the note is not saved"
            await pilot.press("ctrl+q")
            await pilot.pause()
        return app

    app = asyncio.run(scenario())
    assert app.return_code == 1  # type: ignore[attr-defined]
    copies = copies_with(demo, "my own words")
    assert copies
    assert str(copies[-1]) in "\n".join(said)
    assert "Their trick" in note.read_text("utf-8")


def test_sigterm_on_a_full_disk_leaves_the_text_in_a_named_copy(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The notebook's disk and the state folder's are full: the text went nowhere."""
    spare = tmp_path / "spare-tmp"
    spare.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(spare))

    said: list[str] = []

    async def scenario() -> object:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        record_exit(app, said)
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            await pilot.press("end", *" last words before the kill")
            full_disk(monkeypatch, lambda dst: not dst.startswith(str(spare)))
            app.terminate(signal.SIGTERM)
            await pilot.pause()
        return app

    app = asyncio.run(scenario())
    assert app.return_code == 128 + signal.SIGTERM  # type: ignore[attr-defined]
    monkeypatch.undo()
    kept = [p for p in spare.rglob("*.md") if "last words before the kill" in p.read_text("utf-8")]
    assert kept, f"no copy of the text anywhere; the app said: {said}"
    assert str(kept[0]) in "\n".join(said)


def test_a_correction_is_announced_on_the_change_feed_and_keeps_unsaved_words(
    demo: Path,
) -> None:
    """The open note links the renamed person: the rename rewrites that same note while
    it holds unsaved words; the screens hear the edit from the notebook's change feed."""
    heard: list[NotebookChange] = []

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        async with app.run_test(size=(120, 36)) as pilot:
            app.nb.changes.subscribe(heard.append)
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            await pilot.press("end", *" unsaved before the rename")
            app.corrections.apply(
                lambda: edits.rename(app.nb, "person", "amara-okafor", "Amara N. Okafor")
            )
            await pilot.press(*" and after")
            await pilot.pause()
            text = app.main.editor.text
            assert "[[Amara N. Okafor]]" in text
            assert "unsaved before the rename and after" in text
            await pilot.press("ctrl+q")

    asyncio.run(scenario())
    note = (demo / f"{SHIFTS}.md").read_text(encoding="utf-8")
    assert "[[Amara N. Okafor]]" in note
    assert "unsaved before the rename and after" in note
    edited = [c for c in heard if c.reason == "edited"]
    assert len(edited) == 1, heard
    assert "amara-okafor" in edited[0].people and SHIFTS in edited[0].talks


def test_a_body_read_on_demand_never_undoes_the_record_of_a_save_made_meanwhile(
    demo: Path,
) -> None:
    """The link graph reads a note's body in its thread while the editor saves that note
    in another: the read recorded the file as it was before the save, and the next save
    took the note's own earlier write for another program's (a false conflict)."""
    first = Notebook.open(demo, summary=True)
    first.save_parse_cache()  # the schedule summary: bodies are read on demand from now on
    nb = Notebook.open(demo, summary=True)
    saver = NoteSaver(nb)
    real_parse = nb._parse
    saves: list[str] = []

    def parse_with_a_save_meanwhile(text: str, path: Path, digest: str):  # type: ignore[no-untyped-def]
        if not saves and path.name == "shifts-in-the-wild.md":
            saves.append("")
            body = text.split("---\n", 2)[2]
            saver_thread = threading.Thread(
                target=lambda: saves.append(saver.save(SHIFTS, body + "\nfirst save\n").status)
            )
            saver_thread.start()
            saver_thread.join()
        return real_parse(text, path, digest)

    nb._parse = parse_with_a_save_meanwhile  # type: ignore[method-assign]
    reader = threading.Thread(target=lambda: nb.talks[SHIFTS].body)
    reader.start()
    reader.join()
    assert saves[1] == "saved"
    later = saver.save(SHIFTS, nb.talks[SHIFTS].body + "second save\n")
    assert later.status == "saved", later.message
    assert "second save" in (demo / f"{SHIFTS}.md").read_text(encoding="utf-8")


def test_a_batch_that_fails_half_way_announces_what_reached_the_disk(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nb = Notebook.open(demo)
    heard: list[NotebookChange] = []
    nb.changes.subscribe(heard.append)
    a, b = (revised(nb.talks[t]) for t in sorted(nb.talks)[:2])
    a.starred, b.starred = not a.starred, not b.starred
    assert b.path is not None
    full_disk(monkeypatch, lambda dst: dst == str(b.path))
    with pytest.raises(Exception, match="No space left"):
        nb.apply_writes("imported", talks=[a, b])
    assert [c.talks for c in heard] == [frozenset({a.id})]
    assert nb.talks[a.id].starred == a.starred


def test_a_note_opened_again_shows_the_words_of_a_save_still_on_its_way(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save failed (its text kept aside), more was typed, another note opened while
    that newer save waited for the disk: opened again, the note showed the older text
    kept aside, and saving it wrote over the newer words."""
    gate = threading.Event()

    async def scenario() -> str:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            full_disk(monkeypatch, lambda dst: dst.endswith("shifts-in-the-wild.md"))
            await pilot.press("end", *" first words")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: app.main.editor.state == "failed")
            monkeypatch.undo()
            real = app.nb.save_talk

            def slow_disk(talk: Any, force: bool = False) -> bool:
                if "second words" in talk.body:
                    gate.wait(30)  # the disk is slow: this save is on its way
                return real(talk, force)

            monkeypatch.setattr(app.nb, "save_talk", slow_disk)
            await pilot.press(*" second words")
            app.main.open_talk(CALIBRATION)
            await pilot.pause()
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            shown = app.main.editor.text
            gate.set()
            await wait_for(pilot, lambda: "second words" in note_text(demo))
            await pilot.press(*" third")
            await pilot.press("ctrl+q")
        return shown

    shown = asyncio.run(scenario())
    assert shown.endswith(" first words second words")
    assert "first words second words third" in note_text(demo)


def test_a_note_left_in_conflict_then_reread_keeps_both_sides_when_opened_again(
    demo: Path,
) -> None:
    """Conflict left for later, another note opened, the folder watcher re-read the
    note: opened again, the kept text was saved over the other program's words."""
    note = demo / f"{SHIFTS}.md"

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            await pilot.press("end", *" my own words")
            note.write_text(note.read_text("utf-8").replace("Nice trick", "Their trick"), "utf-8")
            await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
            await pilot.press("escape")  # decide later
            app.main.open_talk(CALIBRATION)
            await wait_for(pilot, lambda: bool(copies_with(demo, "my own words")))
            app.nb.reload_paths([f"{SHIFTS}.md"])  # what the folder watcher does
            app.main.open_talk(SHIFTS)
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: "my own words" in note_text(demo))
            await pilot.press("ctrl+q")

    asyncio.run(scenario())
    text = note_text(demo)
    assert "my own words" in text
    assert "Their trick" in text


def test_quitting_names_a_note_left_unsaved_behind_and_exits_1(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save failed on a full disk and another note was opened: quitting said nothing
    and exited 0 (the words were in a copy nobody was told about)."""
    said: list[str] = []

    async def scenario() -> object:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        record_exit(app, said)
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            full_disk(monkeypatch, lambda dst: dst.endswith("shifts-in-the-wild.md"))
            await pilot.press("end", *" words on a full disk")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: app.main.editor.state == "failed")
            app.main.open_talk(CALIBRATION)
            await pilot.pause()
            await pilot.press("ctrl+q")
            await pilot.pause()
            assert app.is_running, "the first Ctrl+Q warns: a note is not saved"
            await pilot.press("ctrl+q")
            await pilot.pause()
        return app

    app = asyncio.run(scenario())
    assert app.return_code == 1  # type: ignore[attr-defined]
    copies = copies_with(demo, "words on a full disk")
    assert copies
    assert str(copies[-1]) in "\n".join(said)


def test_an_import_filling_the_open_empty_note_while_typing_keeps_both_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import (F10) of the user's own day notes fills a talk's empty note while the
    user types its first words: the save waiting for the import's lock wrote the typed
    words over the imported ones, and the conflict then offered had nothing left."""
    from confnotes.importers import merge
    from confnotes.importers.sources import import_sources
    from confnotes.tui.screens.import_dialog import ImportOptions
    from tests.conftest import REPO

    notes = REPO / "tests" / "data" / "importers" / "day_notes.md"
    root = tmp_path / "notebook"
    nb = Notebook.open(root, create=True)
    [report] = import_sources(nb, [str(notes)])
    assert report.error is None
    talk = next(t for t in nb.talks.values() if "Sloths" in t.title)
    assert talk.path is not None and "Liked the ablation" in talk.body
    nb.save_talk(revised(talk, body=""))  # a talk not noted yet
    importing, imported = threading.Event(), threading.Event()
    real = merge._merge_programme

    def merge_when_told(*args: Any, **kwargs: Any) -> Any:
        importing.set()
        imported.wait(30)  # holds the notebook's write lock meanwhile
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "_merge_programme", merge_when_told)

    async def scenario() -> None:
        app = app_for(root, settings=pinned_settings(autosave_delay=30.0))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(talk.id)
            await pilot.press(*"my first words")
            done: list[object] = []
            options = ImportOptions([str(notes)], conference_id=talk.conference)
            app.owner.start_import(options, done.append)
            await wait_for(pilot, importing.is_set)
            await pilot.press("ctrl+s")  # the save waits for the import
            imported.set()
            await wait_for(pilot, lambda: bool(done) and app.main.editor.state == "conflict")
            await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
            await pilot.press("alt+k")  # keep both
            await wait_for(pilot, lambda: "my first words" in talk.path.read_text("utf-8"))  # type: ignore[union-attr]
            await pilot.press("ctrl+q")

    asyncio.run(scenario())
    text = talk.path.read_text(encoding="utf-8")
    assert "my first words" in text
    assert "Liked the ablation" in text


def test_f5_after_a_failed_save_never_wipes_the_words_from_the_editor(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """$EDITOR opened the file (without the words that failed to save) and the editor
    then showed that file: the words vanished from the screen without a word."""

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            full_disk(monkeypatch, lambda dst: dst.endswith("shifts-in-the-wild.md"))
            await pilot.press("end", *" typed on a full disk")
            await pilot.press("ctrl+s")
            await wait_for(pilot, lambda: app.main.editor.state == "failed")
            # $EDITOR runs and quits without a change (the terminal handed over and back).
            monkeypatch.setattr("confnotes.tui.screens.main.run_with_way_out", lambda _c: [])
            monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
            await pilot.press("f5")
            await pilot.pause()
            assert app.main.editor.text.endswith(" typed on a full disk")
            assert app.main.editor.state == "failed"
            assert any("not saved" in str(n.message) for n in app._notifications)

    asyncio.run(scenario())


def test_a_page_closed_unsaved_comes_back_when_opened_again(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Leaving a person's page for a talk while its save fails: the text went nowhere
    (its unmount swallowed the failure). Now it goes to a copy, is named, and comes back
    into the page when it is opened again."""

    async def scenario() -> None:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        async with app.run_test(size=(120, 36)) as pilot:
            app.post_message(OpenPerson("amara-okafor"))
            await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
            full_disk(monkeypatch, lambda dst: dst.endswith("amara-okafor.md"))
            app.screen.query_one("#person-body").focus()
            await pilot.press("end", *" left behind on a full disk")
            app.post_message(OpenTalk(SHIFTS))  # a talk chosen from the page
            await wait_for(pilot, lambda: not isinstance(app.screen, PersonScreen))
            assert copies_with(demo, "left behind on a full disk")
            assert any("not saved" in str(n.message) for n in app._notifications)
            monkeypatch.undo()  # space is back
            app.post_message(OpenPerson("amara-okafor"))
            await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
            await wait_for(pilot, lambda: "left behind" in (demo / PAGE).read_text("utf-8"))
            await pilot.press("ctrl+q")

    asyncio.run(scenario())
    assert "left behind on a full disk" in (demo / PAGE).read_text("utf-8")
    assert not copies_with(demo, "left behind on a full disk")


def test_sigterm_when_no_file_can_hold_the_text_prints_it_at_exit(
    demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every disk full (the notebook's, the state folder's, the temporary folder's): the
    exit message said no copy could be written, and the words were gone. The terminal's
    scrollback is the last place left: they are printed there."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "full-tmp"))
    said: list[str] = []

    async def scenario() -> object:
        app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
        record_exit(app, said)
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(SHIFTS)
            await pilot.pause()
            await pilot.press("end", *" nowhere else to go")
            full_disk(monkeypatch, lambda _dst: True)
            app.terminate(signal.SIGHUP)
            await pilot.pause()
        return app

    app = asyncio.run(scenario())
    assert app.return_code == 128 + signal.SIGHUP  # type: ignore[attr-defined]
    message = "\n".join(said)
    assert "NOT saved" in message
    assert "nowhere else to go" in message
