"""The conflict rule of DESIGN §1b, every way out of the dialog × every kind of outside change.

A note changes on disk while the editor holds unsaved words. Whatever the user
does next (Keep mine, Take theirs, Keep both, Decide later, quitting with the
dialog up), every word of both sides is on disk afterwards, in the note or in a
recovery copy that is still there; after a restart and Restore, in the note.
Front matter changed elsewhere (a star, a field) survives "Keep mine".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import fallback_dir
from confnotes.tui.app import ConfnotesApp
from confnotes.tui.screens.conflict_dialog import ConflictDialog
from confnotes.tui.screens.recovery_dialog import RecoveryDialog
from tests.tui.helpers import app_for, pinned_settings, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"
MINE = "MINEWORD"
THEIRS = "THEIRWORD"
FIRST_LINE = "Dataset: 40k hours of call-centre audio, 11 accents."

CHANGES = ["appended", "same_line", "front_matter", "deleted"]
"""What the other program does; ``front_matter`` sets a star and a field and appends a line
(a change of the front matter alone is merged without asking: see the test below)."""
BUTTONS = ["mine", "theirs", "both", "later", "quit"]


def note(root: Path) -> Path:
    return root / f"{SHIFTS}.md"


def change_elsewhere(root: Path, kind: str) -> None:
    """What another program (a second editor, an import, a sync) does to the note."""
    path = note(root)
    text = path.read_text(encoding="utf-8")
    if kind in ("appended", "deleted"):
        text += f"{THEIRS} appended elsewhere\n"
    elif kind == "same_line":
        text = text.replace(FIRST_LINE, f"{FIRST_LINE} {THEIRS} edited there")
    elif kind in ("front_matter", "front_matter_only"):
        text = text.replace(
            "attended: true\n", f"attended: true\nstarred: true\nreviewer: {THEIRS}\n"
        )
        if kind == "front_matter":
            text += f"{THEIRS} appended with the star\n"
    path.write_text(text, encoding="utf-8")


def everything_on_disk(root: Path) -> str:
    """The note and every recovery copy (in the notebook and in the user state folder)."""
    texts = [note(root).read_text(encoding="utf-8")] if note(root).exists() else []
    for folder in (root / ".confnotes" / "recovery", fallback_dir(Notebook(root))):
        if folder.is_dir():
            texts.extend(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.md")))
    return "\n".join(texts)


async def type_mine(app: ConfnotesApp, pilot: Pilot) -> None:
    """Unsaved words on the first body line (the line 'same_line' changes too)."""
    app.main.open_talk(SHIFTS)
    await pilot.pause()
    app.main.editor.text_area.insert(f"{MINE} ", (0, 0))
    await pilot.pause()
    assert app.main.editor.dirty


async def choose(app: ConfnotesApp, pilot: Pilot, button: str) -> None:
    if button == "quit":
        await pilot.press("ctrl+q")
        return
    app.screen.query_one(f"#{button}", Button).press()
    await pilot.pause()
    if button != "later":
        await wait_for(pilot, lambda: app.main.editor.state != "conflict")
    await pilot.press("ctrl+q")


async def restore_once(root: Path) -> bool:
    """Start again and Restore the copy offered, if any; True when one was."""
    app = app_for(root, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause(0.3)
        if not isinstance(app.screen, RecoveryDialog):
            return False
        app.screen.query_one("#restore", Button).press()
        await wait_for(pilot, lambda: not isinstance(app.screen, RecoveryDialog))
        await wait_for(pilot, lambda: app.main.editor.state == "clean")
        await pilot.press("ctrl+q")
    return True


async def restart_and_restore(root: Path) -> None:
    """Restore whatever is offered, one copy per start (the dialog closes after Restore)."""
    for _ in range(4):
        if not await restore_once(root):
            return


@pytest.mark.parametrize("change", CHANGES)
@pytest.mark.parametrize("button", BUTTONS)
async def test_every_word_of_both_sides_survives(demo: Path, button: str, change: str) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        await type_mine(app, pilot)
        change_elsewhere(demo, change)
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.pause()
        if change == "deleted":
            note(demo).unlink()
        await choose(app, pilot, button)
    on_disk = everything_on_disk(demo)
    assert MINE in on_disk
    if change != "deleted":  # the other program's last word was to delete the file
        assert THEIRS in on_disk
    if change == "front_matter" and button in ("mine", "theirs", "both"):
        # Merged key by key: the other window's star and field stay in the note.
        text = note(demo).read_text(encoding="utf-8")
        assert "starred: true" in text and f"reviewer: {THEIRS}" in text
    await restart_and_restore(demo)
    text = note(demo).read_text(encoding="utf-8")
    assert MINE in text
    if change != "deleted":
        assert THEIRS in text
        assert "attended: true" in text


async def test_a_front_matter_change_while_typing_is_merged_without_asking(demo: Path) -> None:
    """A star and a field set elsewhere (a second window, a team sync) while the user types:
    no dialog; the typed words and the other side's keys are both in the note."""
    app = app_for(demo, settings=pinned_settings(autosave_delay=60.0))
    async with app.run_test(size=(120, 36)) as pilot:
        await type_mine(app, pilot)
        change_elsewhere(demo, "front_matter_only")
        await pilot.pause(2.5)  # the editor's disk checks see the change
        assert not isinstance(app.screen, ConflictDialog)
        assert app.main.editor.state == "dirty"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: MINE in note(demo).read_text(encoding="utf-8"))
        await pilot.press("ctrl+q")
    text = note(demo).read_text(encoding="utf-8")
    assert MINE in text
    assert "starred: true" in text and f"reviewer: {THEIRS}" in text


async def test_keep_mine_names_a_recovery_copy_that_exists_and_stays(demo: Path) -> None:
    # a long autosave delay: on a loaded machine a short one saves the words before the
    # conflict is staged, and the test would prove nothing; later saves are asked for
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        await type_mine(app, pilot)
        change_elsewhere(demo, "same_line")
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.pause()
        app.screen.query_one("#mine", Button).press()
        await wait_for(pilot, lambda: app.main.editor.state != "conflict")
        copies = list((demo / ".confnotes" / "recovery").glob("*--kept-*.md"))
        assert len(copies) == 1 and THEIRS in copies[0].read_text(encoding="utf-8")
        # Later saves of the note never delete it.
        await pilot.press("end", *"more", "ctrl+s")
        await wait_for(pilot, lambda: "more" in note(demo).read_text(encoding="utf-8"))
        await pilot.pause(0.5)
        assert copies[0].exists()
    assert copies[0].exists()


async def test_keep_both_puts_same_line_edits_between_markers(demo: Path) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        await type_mine(app, pilot)
        change_elsewhere(demo, "same_line")
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.pause()
        await pilot.press("alt+k")
        await wait_for(pilot, lambda: app.main.editor.state != "conflict")
        text = note(demo).read_text(encoding="utf-8")
        assert "<<<<<<< mine" in text and ">>>>>>> theirs" in text
        assert MINE in text and THEIRS in text
        assert app.main.editor.text.count(MINE) == 1


async def test_typing_on_when_the_dialog_pops_up_never_picks_a_choice(demo: Path) -> None:
    """A burst of keys (with space and Enter) goes on into the note; the dialog stays up."""
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        await type_mine(app, pilot)
        change_elsewhere(demo, "appended")
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        await pilot.pause()
        await pilot.press(*"typed on", "space", "enter", "tab", *"KEPTTOO", "enter", "space")
        await pilot.pause()
        assert isinstance(app.screen, ConflictDialog)
        assert "KEPTTOO" in app.main.editor.text
        await pilot.press("ctrl+q")
    on_disk = everything_on_disk(demo)
    assert "KEPTTOO" in on_disk and THEIRS in on_disk and MINE in on_disk
