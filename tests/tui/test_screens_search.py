"""The search screen: type, see highlighted results, open the note at the match."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList, Static

from confnotes.index import open_index
from confnotes.notebook.notebook import Notebook
from confnotes.tui.messages import OpenPerson, OpenTalk
from confnotes.tui.screens.search import SearchScreen, hit_label

from .helpers import FakeHit, FakeIndex, FakeResults, HostApp, async_test


async def _settle(pilot, screen: SearchScreen, query: str) -> None:
    for _ in range(100):
        await pilot.pause(0.02)
        if screen.last_query == query and not screen.workers:
            return
    raise AssertionError(f"no results for {query!r}")


def _status(screen: SearchScreen) -> str:
    return str(screen.query_one("#search-status", Static).render())


@async_test
async def test_type_and_open_hit_at_line(demo: Path) -> None:
    nb = Notebook.open(demo)
    index = FakeIndex(nb)
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.DEBOUNCE = 0.4  # slower than the keystrokes below: one query, not ten
        await pilot.press(*"abstention")
        await _settle(pilot, screen, "abstention")
        assert len(index.queries) <= 2
        assert [h.id for h in screen.hits] == ["relml-2025/calibration-is-not-enough"]
        assert "1 result" in _status(screen)
        await pilot.press("enter")
        await pilot.press("enter")
        await pilot.pause()
    opened = [m for m in app.messages if isinstance(m, OpenTalk)]
    assert opened and opened[0].talk_id == "relml-2025/calibration-is-not-enough"
    talk = nb.talk(opened[0].talk_id)
    assert "abstention" in talk.body.splitlines()[opened[0].line - 1].lower()


@async_test
async def test_navigate_results_and_open_person(demo: Path) -> None:
    nb = Notebook.open(demo)
    app = HostApp(lambda: SearchScreen(nb, FakeIndex(nb), query="okafor"), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        await _settle(pilot, screen, "okafor")
        assert any(h.kind == "person" for h in screen.hits)
        person_at = next(i for i, h in enumerate(screen.hits) if h.kind == "person")
        await pilot.press("down")
        assert isinstance(app.focused, OptionList)
        for _ in range(person_at):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
    assert [m.person_id for m in app.messages if isinstance(m, OpenPerson)] == ["amara-okafor"]


@async_test
async def test_typo_retry_and_bad_syntax_and_nothing_found(demo: Path) -> None:
    nb = Notebook.open(demo)
    index = FakeIndex(nb, corrections={"abstension": "abstention"})
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        await pilot.press(*"abstension")
        await _settle(pilot, screen, "abstension")
        assert "showing results for “abstention”" in _status(screen)
        assert screen.hits
        screen.query_one(Input).value = '"unclosed'
        await _settle(pilot, screen, '"unclosed')
        assert "unbalanced quote" in _status(screen)
        assert screen.hits == []
        screen.query_one(Input).value = "zzzqqq"
        await _settle(pilot, screen, "zzzqqq")
        assert "no notes match “zzzqqq”" in _status(screen)
        screen.query_one(Input).value = ""
        await pilot.pause()
        assert screen.query_one(OptionList).option_count == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)


@async_test
async def test_without_index_says_so(demo: Path) -> None:
    nb = Notebook.open(demo)
    app = HostApp(lambda: SearchScreen(nb, None, query="x"), nb)
    async with app.run_test() as pilot:
        await _settle(pilot, app.screen, "x")
        assert "not ready yet" in _status(app.screen)


@async_test
async def test_index_opened_later_is_used(demo: Path) -> None:
    nb = Notebook.open(demo)
    opened: list[FakeIndex] = []
    app = HostApp(lambda: SearchScreen(nb, lambda: opened[0] if opened else None), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        screen.query_one(Input).value = "abstention"
        await _settle(pilot, screen, "abstention")
        assert "not ready yet" in _status(screen)
        opened.append(FakeIndex(nb))  # the app finished opening the index
        screen.query_one(Input).value = "abstention "
        await _settle(pilot, screen, "abstention ")
        assert [h.id for h in screen.hits] == ["relml-2025/calibration-is-not-enough"]


def test_highlights_are_styled_and_bad_spans_ignored() -> None:
    hit = FakeHit(
        "talk",
        "c/t",
        "Title",
        "c",
        ["Ann"],
        1.0,
        "find the word here",
        [(5, 8), (100, 120), (3, 1)],
        2,
    )
    text = hit_label(hit, "Conf")
    plain = text.plain
    assert plain.splitlines() == ["Title", "Conf · Ann", "find the word here"]
    styled = [plain[s.start : s.end] for s in text.spans if "reverse" in str(s.style)]
    assert styled == ["the"]


@async_test
async def test_real_index_typo_retry_open_at_line_and_bad_syntax(demo: Path) -> None:
    nb = Notebook.open(demo)
    index = open_index(nb)
    index.sync()
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    try:
        async with app.run_test() as pilot:
            screen = app.screen
            await pilot.press(*"abstension")
            await _settle(pilot, screen, "abstension")
            assert _status(screen).startswith("showing results for “abstention”")
            assert screen.hits[0].id == "relml-2025/calibration-is-not-enough"
            await pilot.press("enter")  # to the results
            await pilot.press("enter")  # open the first
            await pilot.pause()
            screen.query_one(Input).value = 'title:"unclosed'
            await _settle(pilot, screen, 'title:"unclosed')
            assert "closing quote" in _status(screen)
            screen.query_one(Input).value = "speaker:okafor"
            await _settle(pilot, screen, "speaker:okafor")
            assert {h.id for h in screen.hits} == {
                "relml-2025/calibration-is-not-enough",
                "relml-2025/panel-who-is-accountable",
            }
    finally:
        index.close()
    [opened] = [m for m in app.messages if isinstance(m, OpenTalk)]
    line = nb.talk(opened.talk_id).body.splitlines()[opened.line - 1]
    assert "abstention" in line.lower()


@async_test
async def test_real_index_typo_in_first_letter_url_and_unreadable_query(demo: Path) -> None:
    nb = Notebook.open(demo)
    index = open_index(nb)
    index.sync()
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    try:
        async with app.run_test() as pilot:
            screen = app.screen
            await pilot.press(*"qalibration")
            await _settle(pilot, screen, "qalibration")
            assert _status(screen).startswith("showing results for “calibration”")
            assert screen.hits[0].id == "relml-2025/calibration-is-not-enough"
            screen.query_one(Input).value = "https://arxiv.org/abs/2501.01234"
            await _settle(pilot, screen, "https://arxiv.org/abs/2501.01234")
            assert [h.id for h in screen.hits] == ["relml-2025/calibration-is-not-enough"]
            screen.query_one(Input).value = "(abstention"
            await _settle(pilot, screen, "(abstention")
            assert "searched as plain words" in _status(screen)
            assert screen.hits and screen.hits[0].id == "relml-2025/calibration-is-not-enough"
    finally:
        index.close()


@async_test
async def test_a_word_only_in_an_attached_pdf_names_the_page_and_opens_at_the_link(
    demo: Path,
) -> None:
    from tests.pdfs import pdf

    (demo / "attachments").mkdir()
    name = "0123456789ab-okafor-slides.pdf"
    (demo / "attachments" / name).write_bytes(pdf(["intro", "the quokkaword result", "end"]))
    note = demo / "relml-2025/calibration-is-not-enough.md"
    note.write_text(
        note.read_text(encoding="utf-8") + f"\nSlides: [slides](../attachments/{name})\n",
        encoding="utf-8",
    )
    nb = Notebook.open(demo)
    index = open_index(nb)
    index.sync()
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    try:
        async with app.run_test() as pilot:
            screen = app.screen
            await pilot.press(*"quokkaword")
            await _settle(pilot, screen, "quokkaword")
            assert [h.id for h in screen.hits] == ["relml-2025/calibration-is-not-enough"]
            assert screen.hits[0].snippet.startswith("okafor-slides.pdf p. 2: ")
            await pilot.press("enter")  # to the results
            await pilot.press("enter")  # open the first
            await pilot.pause()
    finally:
        index.close()
    opened = [m for m in app.messages if isinstance(m, OpenTalk)]
    assert {m.talk_id for m in opened} == {"relml-2025/calibration-is-not-enough"}
    line = nb.talk(opened[0].talk_id).body.splitlines()[opened[0].line - 1]
    assert name in line


@async_test
async def test_real_index_half_typed_word_and_fewer_words(demo: Path) -> None:
    """Issue 30: the half-typed last word is a prefix (results from the third letter), and
    a sentence no note holds whole shows the notes with most of its words, saying so."""
    nb = Notebook.open(demo)
    index = open_index(nb)
    index.sync()
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    try:
        async with app.run_test() as pilot:
            screen = app.screen
            screen.query_one(Input).value = "abst"
            await _settle(pilot, screen, "abst")
            assert screen.hits and screen.hits[0].id == "relml-2025/calibration-is-not-enough"
            query = "why would abstention ever beat a zebra"
            screen.query_one(Input).value = query
            await _settle(pilot, screen, query)
            assert _status(screen).startswith("no note has all")
            assert screen.hits[0].id == "relml-2025/calibration-is-not-enough"
    finally:
        index.close()


@async_test
async def test_a_first_answer_cut_short_is_followed_by_all_notes(demo: Path) -> None:
    """A keystroke's search that runs out of its time budget shows the best found so far,
    says so, and the screen then asks for every note (issue 30: a big notebook)."""

    budgets: list[object] = []

    class Budgeted(FakeIndex):
        def search(self, query: str, limit: int = 20, **kw: object) -> FakeResults:  # type: ignore[override]
            budget = kw.get("budget")
            budgets.append(budget)
            results = super().search(query, limit)
            if budget is not None:
                results.hits = results.hits[:0]
                results.partial = True
            return results

    nb = Notebook.open(demo)
    index = Budgeted(nb)
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        screen.query_one(Input).value = "abstention"
        await _settle(pilot, screen, "abstention")
        assert budgets == [SearchScreen.BUDGET, None]
        assert [h.id for h in screen.hits] == ["relml-2025/calibration-is-not-enough"]
        assert "best so far" not in _status(screen)


class _FirstAnswersPartial(FakeIndex):
    """Each keystroke's answer ranked only some notes (a big notebook); records every
    search as (query, budget, stop event)."""

    def __init__(self, nb: Notebook) -> None:
        super().__init__(nb)
        self.calls: list[tuple[str, object, object]] = []

    def search(self, query: str, limit: int = 20, **kw: object) -> FakeResults:  # type: ignore[override]
        self.calls.append((query, kw.get("budget"), kw.get("stop")))
        results = super().search(query, limit)
        results.partial = kw.get("budget") is not None
        return results


async def _first_answer(pilot, screen: SearchScreen, query: str) -> None:
    for _ in range(100):
        await pilot.pause(0.02)
        if screen.last_query == query and screen.partial:
            return
    raise AssertionError(f"no first answer for {query!r}")


@async_test
async def test_enter_ranks_every_note_without_waiting_for_the_pause(demo: Path) -> None:
    nb = Notebook.open(demo)
    index = _FirstAnswersPartial(nb)
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.PAUSE = 60.0  # the typing never pauses long enough here
        screen.query_one(Input).value = "abstention"
        await _first_answer(pilot, screen, "abstention")
        assert "best so far" in _status(screen)
        assert [budget for _q, budget, _s in index.calls] == [SearchScreen.BUDGET]
        await pilot.press("enter")
        await _settle(pilot, screen, "abstention")
        assert [budget for _q, budget, _s in index.calls] == [SearchScreen.BUDGET, None]
        assert not screen.partial and "best so far" not in _status(screen)


@async_test
async def test_a_newer_keystroke_stops_the_older_search(demo: Path) -> None:
    """The ranking of every note for an old query is never run (nor waited for) once the
    query changed: its search is told to stop."""
    nb = Notebook.open(demo)
    index = _FirstAnswersPartial(nb)
    app = HostApp(lambda: SearchScreen(nb, index), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen.PAUSE = 0.5
        screen.query_one(Input).value = "abstention"
        await _first_answer(pilot, screen, "abstention")
        screen.query_one(Input).value = "calibration"
        await _first_answer(pilot, screen, "calibration")
        first_stop = index.calls[0][2]
        assert first_stop is not None and first_stop.is_set()  # type: ignore[attr-defined]
        await _settle(pilot, screen, "calibration")
        assert [(q, b) for q, b, _s in index.calls] == [
            ("abstention", SearchScreen.BUDGET),
            ("calibration", SearchScreen.BUDGET),
            ("calibration", None),
        ]
