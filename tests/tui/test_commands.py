"""Quick open: the command palette finds talks, people, conferences and commands by fuzzy name."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from confnotes.tui.commands import ConfnotesProvider, highlight, prepare, rank
from confnotes.tui.messages import OpenPerson, OpenTalk
from confnotes.tui.screens.timetable import TimetableScreen

from .helpers import HostApp, async_test, build_notebook


class PaletteApp(HostApp):
    COMMANDS: ClassVar = {ConfnotesProvider}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+f", "search", "Search notes", id="app.search", tooltip="Full-text search"),
    ]
    searched = 0

    def action_search(self) -> None:
        self.searched += 1


async def _choose(pilot, app: PaletteApp, query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    app.screen.query_one(Input).value = query  # typing key by key is slow in Pilot
    for _ in range(50):
        await pilot.pause(0.05)
        if app.screen.query_one(CommandList).option_count:
            break
    await pilot.pause(0.1)
    await pilot.press("enter")
    await pilot.pause(0.1)


@async_test
async def test_palette_opens_talk_person_conference_and_command(demo: Path) -> None:
    nb = build_notebook(demo)
    app = PaletteApp(None, nb)
    async with app.run_test(size=(100, 30)) as pilot:
        await _choose(pilot, app, "calibraton abstain")  # a typo still finds it
        await _choose(pilot, app, "joao pereira")  # no accent needed
        await _choose(pilot, app, "search notes")
        assert app.searched == 1
        await _choose(pilot, app, "tiny open source")
        assert isinstance(app.screen, TimetableScreen)
        assert app.screen.conference.id == "tosc-2024"
    opened = [
        m.talk_id if isinstance(m, OpenTalk) else m.person_id
        for m in app.messages
        if isinstance(m, OpenTalk | OpenPerson)
    ]
    assert opened == ["relml-2025/calibration-is-not-enough", "joao-pereira"]


def test_rank_prefers_the_closest_name_and_drops_noise() -> None:
    names = ["Calibration Is Not Enough", "Certified Robustness for Trees", "Opening remarks"]
    ranked = rank("calibraton", prepare(names))
    assert ranked[0][0] == 0 and 0 < ranked[0][1] <= 1
    assert rank("zzzz", prepare(names)) == []
    assert rank("  !! ", prepare(names)) == []


def test_highlight_is_markup_safe() -> None:
    text = highlight("[RFC] Terminal [b]UIs", "uis rfc")
    assert text.plain == "[RFC] Terminal [b]UIs"
    styled = sorted(text.plain[s.start : s.end] for s in text.spans)
    assert styled == ["RFC", "UIs"]


@async_test
async def test_a_speakers_name_lists_the_person_then_their_talks(demo: Path) -> None:
    nb = build_notebook(demo)  # Amara Okafor: the keynote, the panel, and "Day two keynote"
    app = PaletteApp(None, nb)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one(Input).value = "okafr"  # a typo, surname only
        commands = app.screen.query_one(CommandList)
        for _ in range(60):
            await pilot.pause(0.05)
            if commands.option_count >= 4:
                break
        await pilot.pause(0.1)
        rows = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
        shown = [row.splitlines()[0] for row in rows]
        assert shown[0].startswith("person") and "Amara Okafor" in shown[0]
        talks = [row for row in shown[1:4]]
        assert all(row.startswith("talk") and "— " in row and "Okafor" in row for row in talks)
        # her talks in programme order: 2024 before 2025, the 09:15 keynote before the panel
        assert "Day two keynote" in talks[0]
        assert "Calibration Is Not Enough" in talks[1]
        assert "Panel" in talks[2]
        await pilot.press("down", "enter")
        await pilot.pause(0.1)
    assert [m.talk_id for m in app.messages if isinstance(m, OpenTalk)] == [
        "tosc-2024/day-two-keynote"
    ]


def test_rank_with_speakers_puts_a_title_match_and_a_speaker_match_in_order() -> None:
    from confnotes.tui.commands import rank_with_speakers

    names = prepare(["Amara Okafor", "Okapi habitats", "Robust trees"])
    speakers = [(2, prepare(["Amara Okafor"])[0])]
    ranked = rank_with_speakers("okafor", names, speakers)
    assert [i for i, _s, _b in ranked][:2] == [0, 2]
    assert ranked[1][2] is True  # found by its speaker
    scores = [s for _i, s, _b in ranked]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)
