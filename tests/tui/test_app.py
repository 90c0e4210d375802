"""Pilot tests of the main flows: open, pick, type, autosave, switch, now, star, quit."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from confnotes.notebook.notebook import Notebook
from confnotes.tui.screens.now_dialog import NowDialog
from confnotes.tui.widgets.schedule import ScheduleBrowser
from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"


def note(root: Path, talk_id: str) -> str:
    return (root / f"{talk_id}.md").read_text(encoding="utf-8")


async def test_app_opens_on_the_demo_notebook_with_its_schedule(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        browser = app.main.query_one(ScheduleBrowser)
        labels = [str(node.label) for node in browser._talk_nodes.values()]
        assert any("Calibration Is Not Enough" in label for label in labels)
        assert any("Amara Okafor" in label for label in labels)
        assert app.main.editor.talk_id is None


async def test_pick_a_talk_type_and_autosave_writes_the_file_without_a_save_key(
    demo: Path,
) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        browser = app.main.schedule
        browser.select_talk(CALIBRATION)
        await pilot.pause()
        browser.tree_view.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.editor.talk_id == CALIBRATION
        assert app.focused is app.main.editor.text_area
        await pilot.press(*"\nlive1")
        assert app.main.editor.state == "dirty"
        await wait_for(pilot, lambda: "live1" in note(demo, CALIBRATION))
        await wait_for(pilot, lambda: app.main.editor.state == "clean")
    text = note(demo, CALIBRATION)
    assert text.rstrip().endswith("live1")
    assert "title: Calibration Is Not Enough" in text  # front matter kept


async def test_switching_talk_saves_the_previous_note(demo: Path) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.press(*"bsw1")
        app.main.open_talk(SHIFTS)
        await wait_for(pilot, lambda: "bsw1" in note(demo, CALIBRATION))
        assert app.main.editor.talk_id == SHIFTS
        assert "bsw1" not in app.main.editor.text


async def test_quitting_saves_the_buffer(demo: Path) -> None:
    app = app_for(demo, settings=pinned_settings(autosave_delay=30.0))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.press(*"last1")
        await pilot.press("ctrl+q")
    assert "last1" in note(demo, SHIFTS)


async def test_timestamp_key_inserts_a_bullet_in_the_conference_clock(demo: Path) -> None:
    app = app_for(demo, now=datetime(2025, 6, 12, 9, 42), frozen_clock=True)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.press("ctrl+t", *"gp")
        assert app.main.editor.text.endswith("\n- [09:42] gp")


async def test_now_with_a_fixed_clock_opens_the_talk_in_progress(demo: Path) -> None:
    app = app_for(demo, now=datetime(2025, 6, 12, 9, 30))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.main.editor.talk_id == CALIBRATION
        assert app.focused is app.main.editor.text_area


async def test_now_counts_in_the_conference_timezone(demo: Path) -> None:
    # 08:30 UTC is 09:30 in Lisbon (summer time): the keynote is on.
    from datetime import UTC

    app = app_for(demo, now=datetime(2025, 6, 12, 8, 30, tzinfo=UTC))
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.main.editor.talk_id == CALIBRATION


async def test_now_asks_which_room_when_talks_run_in_parallel(parallel: Path) -> None:
    app = app_for(parallel, now=datetime(2024, 5, 2, 10, 10), show_now=True)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, NowDialog)
        assert len(app.screen.choices) == 2
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.main.editor.talk_id == "para-2024/gradient-noise-revisited"
        await pilot.press("ctrl+g")  # next in this room: nothing after it in room B
        await pilot.pause()
        assert app.main.editor.talk_id == "para-2024/gradient-noise-revisited"
        app.main.open_talk("para-2024/sparse-routing-at-scale")
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert app.main.editor.talk_id == "para-2024/afternoon-in-room-a"


async def test_star_a_talk_writes_the_flag_and_marks_the_schedule(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        assert not app.nb.talks[SHIFTS].starred
        await pilot.press("ctrl+b")
        await wait_for(pilot, lambda: "starred: true" in note(demo, SHIFTS))
        label = str(app.main.schedule._talk_nodes[SHIFTS].label)
        assert "★" in label
        await pilot.press("f4")  # my schedule: only starred/attended talks
        await pilot.pause()
        shown = set(app.main.schedule._talk_nodes)
        assert SHIFTS in shown
        assert all(app.nb.talks[t].starred or app.nb.talks[t].attended for t in shown)
    assert Notebook.open(demo).talks[SHIFTS].starred


async def test_filter_box_is_fuzzy(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("ctrl+f", *"abstian")  # a typo of "Abstain" still matches
        await wait_for(pilot, lambda: CALIBRATION in app.main.schedule._talk_nodes)
        await wait_for(pilot, lambda: len(app.main.schedule._talk_nodes) == 1)
        await pilot.press("enter", "enter")
        await pilot.pause()
        assert app.main.editor.talk_id == CALIBRATION


async def test_preview_renders_the_markdown(demo: Path) -> None:
    from textual.widgets import Markdown

    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert app.main.editor.previewing
        assert "Main points" in app.main.query_one(Markdown).source
        await pilot.press("ctrl+r")
        assert not app.main.editor.previewing


async def test_open_app_on_a_talk_at_a_line(demo: Path) -> None:
    from confnotes.tui.messages import OpenTalk

    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.post_message(OpenTalk(CALIBRATION, line=3))
        await pilot.pause()
        assert app.main.editor.talk_id == CALIBRATION
        assert app.main.editor.text_area.cursor_location == (2, 0)


async def test_external_editor_runs_and_reloads(demo: Path, monkeypatch) -> None:
    script = demo.parent / "fake-editor.sh"
    script.write_text('#!/bin/sh\nprintf "written in vi\\n" >> "$1"\n', encoding="utf-8")
    script.chmod(0o755)
    app = app_for(demo, settings=pinned_settings(editor=str(script)))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.press(*"tf1")
        monkeypatch.setattr(type(app), "suspend", _no_suspend)
        await pilot.press("f5")
        await pilot.pause()
        text = app.main.editor.text
        assert "tf1" in text
        assert text.rstrip().endswith("written in vi")
        assert app.main.editor.state == "clean"


def _no_suspend(self):  # type: ignore[no-untyped-def]
    import contextlib

    return contextlib.nullcontext()


async def test_config_remaps_a_key_by_binding_id(demo: Path) -> None:
    settings = pinned_settings(keys={"star": "f11", "no_such_binding": "f9"})
    app = app_for(demo, settings=settings)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.press("f11")
        await wait_for(pilot, lambda: "starred: true" in note(demo, SHIFTS))
        warnings = [n.message for n in app._notifications]
        assert any("no_such_binding" in message for message in warnings)


async def test_keys_typed_in_a_burst_right_after_the_timestamp_key_land_after_the_bullet(
    demo: Path,
) -> None:
    # A real terminal delivers Ctrl+T and the next letters at once (tmux send-keys, a fast
    # typist): Pilot.press waits between keys, so post them the way the driver does.
    from textual import events

    app = app_for(demo, now=datetime(2025, 6, 12, 9, 42), frozen_clock=True)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        for key, char in [("a", "a"), ("ctrl+t", None), ("f", "f"), ("r", "r"), ("ctrl+t", None)]:
            app.post_message(events.Key(key, char))
        app.post_message(events.Key("z", "z"))
        await wait_for(pilot, lambda: app.main.editor.text.count("09:42") == 2)
        assert app.main.editor.text.endswith("a\n- [09:42] fr\n- [09:42] z")
