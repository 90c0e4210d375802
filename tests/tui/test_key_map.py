"""One key map: every documented key does what the key table says, in every focus.

Issue 29: the editor's own F7 ("select all") shadowed the app's "new note" and the
next letter replaced the whole note; F6 likewise ("select line"); F1 from the editor
listed the text area's keys instead of the app's. Here each key of the key table is
pressed with text typed in the note, from the schedule, its filter box and the editor,
and must reach its documented action without touching the note's text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual import events
from textual._xterm_parser import XTermParser
from textual.widgets import Input, Tree

from confnotes.tui.app import ConfnotesApp
from confnotes.tui.screens.help import HelpScreen, collect_bindings
from confnotes.tui.screens.main import MainScreen
from confnotes.tui.screens.new_note_dialog import NewNoteDialog
from confnotes.tui.widgets.editor import NoteEditor
from confnotes.tui.widgets.note_area import NoteArea
from tests.tui.helpers import app_for, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"
ROOT = Path(__file__).resolve().parents[2]


def key_table() -> list[tuple[str, str, str]]:
    """``(key as written, binding id, Textual key)`` of every row of the documented key table."""
    docs = ROOT / "docs" / "keys.md"
    text = (docs if docs.exists() else ROOT / "README.md").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        found = re.match(r"\| `([^`]+)`(?:, `([^`]+)`)? \| (?:`([a-z_.]+)`)? \|", line)
        if found and found.group(1) != "[[":
            written, _alias, binding_id = found.groups()
            rows.append((written, binding_id or "", textual_key(written)))
    return rows


def textual_key(written: str) -> str:
    """``Ctrl+]`` → ``ctrl+right_square_bracket``, ``Shift+F11`` → ``shift+f11``, ``Esc`` →
    ``escape``: the name Textual gives the key."""
    names = {"esc": "escape", "]": "right_square_bracket"}
    parts = [p.lower() for p in written.split("+")]
    return "+".join(names.get(p, p) for p in parts)


def test_the_key_table_is_read() -> None:
    ids = {binding_id for _w, binding_id, _k in key_table()}
    assert {"new_note", "sync", "star", "follow_link", "quit", "help"} <= ids


async def test_f7_in_the_editor_opens_the_new_note_dialog_and_the_note_stays(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        before = app.main.editor.text
        await pilot.press(*"typed ")
        await pilot.press("f7")
        await pilot.pause()
        assert isinstance(app.screen, NewNoteDialog)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("x")
        assert app.main.editor.text == before + "typed x"


async def test_f6_in_the_editor_syncs_and_selects_nothing(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        before = app.main.editor.text
        await pilot.press("f6", "y")
        await pilot.pause()
        assert app.main.editor.text == before + "y"


def _focus(app: ConfnotesApp, where: str) -> None:
    main = app.main
    if where == "schedule":
        main.schedule.query_one(Tree).focus()
    elif where == "filter":
        main.schedule.query_one(Input).focus()
    elif where == "preview":
        if not main.editor.previewing:
            main.editor.action_toggle_preview()  # the rendered note, focused
    else:
        main.editor.text_area.focus()


FOCUSES = ["schedule", "filter", "editor", "preview"]


@pytest.mark.parametrize("where", FOCUSES)
async def test_every_documented_key_reaches_its_action_in_every_focus(
    demo: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each key of the table, pressed with words typed in the note: its documented action
    runs (recorded, not run, so that one key's screen does not hide the next key), and
    the note's text is what was typed, nothing more and nothing less."""
    table = [(w, i, k) for w, i, k in key_table() if i]
    ran: list[str] = []
    by_action = {}
    for cls in (ConfnotesApp, MainScreen, NoteEditor):
        for binding in cls.BINDINGS:
            by_action[binding.id] = (cls, binding.action)  # type: ignore[union-attr]
    for binding_id, (cls, action) in by_action.items():
        name = f"action_{action.split('(')[0]}"

        def record(*_a: object, _id: str = binding_id, **_k: object) -> None:
            ran.append(_id)

        monkeypatch.setattr(cls, name, record)
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        await pilot.press(*"typed words")
        typed = app.main.editor.text
        for written, binding_id, key in table:
            _focus(app, where)
            await pilot.pause()
            ran.clear()
            await pilot.press(key)
            await pilot.pause()
            assert ran == [binding_id], f"{written} from the {where}: ran {ran or 'nothing'}"
            assert app.main.editor.text == typed, f"{written} from the {where} changed the note"
            assert app.screen is app.main


async def test_f1_from_the_editor_lists_the_app_keys_not_the_text_areas(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        assert isinstance(app.focused, NoteArea)
        rows = collect_bindings(app.main)
        by_key = {row.key: row for row in rows}
        assert by_key["f7"].binding_id == "new_note"
        assert by_key["f6"].binding_id == "sync"
        assert by_key["^t"].binding_id == "timestamp"
        assert by_key["^n"].binding_id == "now"
        shadowed = {"select line", "select all", "delete character right"}
        assert not any(row.description.lower() in shadowed and "^d" in row.key for row in rows)
        assert not any(row.description.lower() in {"select line", "select all"} for row in rows)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


def arrive(data: str) -> list[str]:
    """The keys Textual reads from the bytes a terminal sends."""
    parser = XTermParser(debug=False)
    got = [e.key for e in parser.feed(data) if isinstance(e, events.Key)]
    return got + [e.key for e in parser.feed("") if isinstance(e, events.Key)]


SENT = {
    # What xterm, tmux (xterm-keys, the default), the macOS Terminal and Windows Terminal
    # send for each key; several lines: several terminals that differ.
    "f1": ["\x1bOP", "\x1b[11~"],
    "f2": ["\x1bOQ", "\x1b[12~"],
    "f3": ["\x1bOR", "\x1b[13~"],
    "f4": ["\x1bOS", "\x1b[14~"],
    "f5": ["\x1b[15~"],
    "f6": ["\x1b[17~"],
    "f7": ["\x1b[18~"],
    "f8": ["\x1b[19~"],
    "f9": ["\x1b[20~"],
    "f10": ["\x1b[21~"],
    "f11": ["\x1b[23~"],
    "f12": ["\x1b[24~"],
    "shift+f7": ["\x1b[18;2~"],
    "shift+f11": ["\x1b[23;2~"],
    "escape": ["\x1b"],
    "alt+m": ["\x1bm"],
    "alt+t": ["\x1bt"],
    "alt+k": ["\x1bk"],
}


def _sent(key: str) -> list[str]:
    if key in SENT:
        return SENT[key]
    ctrl = re.fullmatch(r"ctrl\+([a-z])", key)
    if ctrl:
        return [chr(ord(ctrl.group(1)) - ord("a") + 1)]
    if key == "ctrl+right_square_bracket":
        return ["\x1d"]
    raise AssertionError(f"no known byte sequence for {key}")


def documented_keys() -> list[str]:
    from confnotes.tui.screens.conflict_dialog import ConflictDialog

    keys = [k for _w, _i, k in key_table()]
    keys += [b.key for b in ConflictDialog.BINDINGS]  # type: ignore[union-attr]
    return keys


@pytest.mark.parametrize("key", documented_keys())
def test_every_documented_key_arrives_from_the_terminals_bytes(key: str) -> None:
    for data in _sent(key):
        assert arrive(data) == [key], f"{data!r} arrives as {arrive(data)}, not {key}"


def test_no_key_of_the_map_is_taken_by_tmux_or_read_as_another() -> None:
    """tmux keeps Ctrl+B (its prefix); Alt+B and Alt+F arrive as Ctrl+Left/Right."""
    for key in documented_keys():
        assert key not in {"ctrl+b", "alt+b", "alt+f"}, key


def test_every_binding_has_an_id_the_config_file_may_name() -> None:
    """The link picker's and the edit dialog's keys were missing from the known ids: a
    remap of them in ``[keys]`` was reported as unknown."""
    from textual.binding import Binding

    from confnotes.tui.app import ui_classes
    from confnotes.tui.keys import binding_ids

    known = binding_ids(ui_classes())
    for cls in ui_classes():
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding):
                assert binding.id, f"{cls.__name__}: {binding.key} has no id"
                assert binding.id in known
    assert {"link_picker.next", "edit_dialog.cancel", "new_note", "star"} <= known


async def test_a_screens_own_key_wins_and_a_dialog_keeps_the_keyboard(demo: Path) -> None:
    """In search, Ctrl+L is the search screen's (back to the query), not the app's Links;
    the app's F9 still acts there; on a dialog the app's keys rest (F3 types nothing and
    opens nothing), but Ctrl+Q still quits."""
    from confnotes.tui.screens.export_dialog import ExportDialog
    from confnotes.tui.screens.links import LinksScreen
    from confnotes.tui.screens.search import SearchScreen

    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        await pilot.press("f3")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
        search = app.screen
        search.query_one(Input).value = "shift"
        await pilot.press("down")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert app.screen is search and isinstance(app.focused, Input)
        assert not any(isinstance(s, LinksScreen) for s in app.screen_stack)
        await pilot.press("f7")
        await wait_for(pilot, lambda: isinstance(app.screen, NewNoteDialog))
        dialog = app.screen
        await pilot.press("f3", "f9")
        await pilot.pause()
        assert app.screen is dialog
        assert not any(isinstance(s, ExportDialog) for s in app.screen_stack)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running)


async def test_the_palette_still_runs_an_app_key_though_a_dialog_keeps_the_keyboard(
    demo: Path,
) -> None:
    from confnotes.tui.screens.export_dialog import ExportDialog

    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        await pilot.press(*"Export")
        await pilot.pause(0.8)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ExportDialog))
