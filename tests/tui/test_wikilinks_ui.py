"""In the app: typing [[ offers completions, f11 follows a link, the header says who links
here, and a rename from the palette rewrites links (then undoes)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from confnotes.notebook.notebook import Notebook
from confnotes.tui.messages import OpenPerson
from confnotes.tui.screens.edit_dialog import EditDialog
from confnotes.tui.screens.link_picker import LinkPicker
from confnotes.tui.screens.person import PersonScreen
from confnotes.tui.widgets.talk_header import TalkHeader
from tests.tui.helpers import CALIBRATION, app_for, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"


def _note(root: Path, talk_id: str) -> str:
    return (root / f"{talk_id}.md").read_text(encoding="utf-8")


async def test_typing_double_bracket_completes_a_link(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.press(*"\nsee [[")
        await wait_for(pilot, lambda: isinstance(app.screen, LinkPicker))
        await pilot.press(*"wrob")
        picker = app.screen
        assert isinstance(picker, LinkPicker)
        await wait_for(pilot, lambda: bool(picker.targets))
        assert picker.targets[0].id == "tomasz-wrobel"
        await pilot.press("enter")
        await wait_for(pilot, lambda: not isinstance(app.screen, LinkPicker))
        await pilot.press(*" ok")
        assert app.main.editor.text.endswith("see [[Tomasz Wróbel]] ok")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: "[[Tomasz Wróbel]] ok" in _note(demo, CALIBRATION))


async def test_escape_keeps_the_brackets_as_typed(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.press(*"\n[[")
        await wait_for(pilot, lambda: isinstance(app.screen, LinkPicker))
        await pilot.press("escape")
        await pilot.press(*"x")
        assert app.main.editor.text.endswith("\n[[x")


async def test_f11_follows_the_link_under_the_cursor(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(SHIFTS)
        area = app.main.editor.text_area
        row = next(i for i, line in enumerate(area.text.split("\n")) if "[[Amara" in line)
        column = area.text.split("\n")[row].index("[[Amara") + 3
        area.move_cursor((row, column))
        await pilot.press("f11")
        await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
        assert app.screen.person.id == "amara-okafor"
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, PersonScreen))
        column = area.text.split("\n")[row].index("[[Calibration") + 3
        area.move_cursor((row, column))
        await pilot.press("f11")
        await wait_for(pilot, lambda: app.main.editor.talk_id == CALIBRATION)
        area.move_cursor((0, 0))
        await pilot.press("f11")
        await pilot.pause()
        assert app.main.editor.talk_id == CALIBRATION  # no link there: nothing moves


async def test_the_talk_header_says_which_notes_link_here(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        header = str(app.main.editor.query_one(TalkHeader).render())
        assert "mentioned in: Measuring Distribution Shift" in header


async def test_rename_from_the_palette_rewrites_links_and_undo_restores(demo: Path) -> None:
    before = _note(demo, SHIFTS)
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)  # Amara Okafor is its speaker
        await pilot.pause()
        app.corrections.rename_person()
        await wait_for(
            pilot, lambda: isinstance(app.screen, EditDialog) and bool(app.screen.query(Input))
        )
        field = app.screen.query_one("#edit-value")
        field.value = "Amara N. Okafor"  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_for(pilot, lambda: "[[Amara N. Okafor]]" in _note(demo, SHIFTS))
        assert Notebook.open(demo).people["amara-okafor"].aliases == ["Amara Okafor"]
        app.corrections.undo_edit()
        await wait_for(pilot, lambda: _note(demo, SHIFTS) == before)


async def test_a_large_notebook_builds_its_link_graph_in_the_background(
    demo: Path, monkeypatch
) -> None:
    monkeypatch.setattr("confnotes.tui.link_keeper.SMALL_NOTEBOOK", 0)
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        header = app.main.editor.query_one(TalkHeader)
        await wait_for(pilot, lambda: "mentioned in:" in str(header.render()))


async def _answer(pilot, app, value: str, button: str) -> None:
    await wait_for(
        pilot, lambda: isinstance(app.screen, EditDialog) and bool(app.screen.query(Input))
    )
    app.screen.query_one("#edit-value", Input).value = value
    await pilot.click(f"#edit-{button}")


async def test_timezone_from_the_app_convert_then_relabel_then_undo(demo: Path) -> None:
    keynote = demo / f"{CALIBRATION}.md"
    before = keynote.read_text(encoding="utf-8")
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        app.corrections.conference_timezone()
        await _answer(pilot, app, "Europe/Berlin", "convert")
        await wait_for(pilot, lambda: "start: 2025-06-12T10:15" in keynote.read_text("utf-8"))
        app.corrections.conference_timezone()
        await _answer(pilot, app, "Europe/Paris", "relabel")
        conf = demo / "relml-2025" / "conference.yaml"
        await wait_for(pilot, lambda: "Europe/Paris" in conf.read_text("utf-8"))
        assert "start: 2025-06-12T10:15" in keynote.read_text("utf-8")
        app.corrections.undo_edit()
        app.corrections.undo_edit()
        await wait_for(pilot, lambda: keynote.read_text("utf-8") == before)


async def test_delete_a_person_from_their_page(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.post_message(OpenPerson("joao-pereira"))
        await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
        app.corrections.delete_person()
        await _answer(pilot, app, "joao-pereira", "delete")
        await wait_for(pilot, lambda: not (demo / "people" / "joao-pereira.md").exists())
        assert not isinstance(app.screen, PersonScreen)
        assert (
            "joao-pereira"
            not in Notebook.open(demo).talks["relml-2025/certified-robustness-for-trees"].speakers
        )


async def test_a_rename_from_a_person_page_keeps_what_was_typed_there(demo: Path) -> None:
    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.post_message(OpenPerson("amara-okafor"))
        await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
        app.screen.query_one("#person-body").focus()
        await pilot.press("end", *" typed just now")
        app.corrections.rename_person()
        await _answer(pilot, app, "Amara N. Okafor", "ok")
        page = demo / "people" / "amara-okafor.md"
        await wait_for(pilot, lambda: "name: Amara N. Okafor" in page.read_text("utf-8"))
        assert "typed just now" in page.read_text("utf-8")


async def test_double_bracket_typed_in_one_burst_opens_one_picker(demo: Path) -> None:
    """A terminal delivers ``[[`` (a paste of two keys, a fast typist) at once: both keys
    were in the note before either change was looked at, and two pickers opened."""
    from textual import events

    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        for char in "[[":
            app.post_message(events.Key("left_square_bracket", char))
        await wait_for(pilot, lambda: isinstance(app.screen, LinkPicker))
        await pilot.pause(0.2)
        assert sum(isinstance(s, LinkPicker) for s in app.screen_stack) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, LinkPicker)


async def test_double_bracket_then_letters_in_one_burst_still_opens_the_picker(
    demo: Path,
) -> None:
    from textual import events

    app = app_for(demo)
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        for key, char in [("left_square_bracket", "["), ("left_square_bracket", "["), ("w", "w")]:
            app.post_message(events.Key(key, char))
        await wait_for(pilot, lambda: isinstance(app.screen, LinkPicker))
        assert sum(isinstance(s, LinkPicker) for s in app.screen_stack) == 1


async def test_f11_on_a_timestamped_bullet_opens_the_recording_at_that_moment(
    demo: Path,
) -> None:
    app = app_for(demo)
    opened: list[str] = []
    app.open_url = lambda url, **_: opened.append(url)  # type: ignore[method-assign]
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)  # 09:15-10:00, a video link, a "- [09:48]" bullet
        await pilot.pause()
        area = app.main.editor.text_area
        row = next(i for i, line in enumerate(area.text.split("\n")) if "[09:48]" in line)
        area.move_cursor((row, 5))
        before = area.text
        await pilot.press("f11")
        await wait_for(pilot, lambda: bool(opened))
        assert opened == ["https://example.org/relml-2025/video/okafor#t=1980"]
        assert area.text == before
