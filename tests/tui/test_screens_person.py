"""The person screen: affiliations, talks across conferences, mentions, an autosaved page."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Label, OptionList, Static, TextArea

from confnotes.index import open_index
from confnotes.model import Person
from confnotes.notebook.notebook import Notebook
from confnotes.tui.messages import OpenTalk
from confnotes.tui.screens.person import PersonScreen, find_mentions, mention_query

from .helpers import HostApp, async_test, build_notebook


async def _until(pilot, check, what: str) -> None:
    for _ in range(150):
        await pilot.pause(0.02)
        if check():
            return
    raise AssertionError(what)


def _status(screen: PersonScreen) -> str:
    return str(screen.query_one("#person-status", Label).render())


@async_test
async def test_person_across_conferences_and_open_talk(demo: Path) -> None:
    nb = build_notebook(demo)
    app = HostApp(lambda: PersonScreen(nb, "joao-pereira"), nb)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        header = str(screen.query_one("#person-header", Static).render())
        assert "João Pereira" in header
        assert "INESC TEC · Universidade do Porto" in header
        assert {t.conference for t in screen.talks} == {"relml-2025", "tosc-2024"}
        # plain scan (no index) finds the accent-less mention in another talk's notes
        await _until(pilot, lambda: bool(screen.mentions), "mentions")
        assert screen.mentions == [("tosc-2024/packaging-python-apps", 4)]
        assert isinstance(app.focused, OptionList)
        await pilot.press("enter")
        mentions = screen.query_one("#person-mentions", OptionList)
        mentions.focus()
        mentions.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
    opened = [(m.talk_id, m.line) for m in app.messages if isinstance(m, OpenTalk)]
    assert opened == [(screen.talks[0].id, None), ("tosc-2024/packaging-python-apps", 4)]


@async_test
async def test_mentions_from_the_real_index(demo: Path) -> None:
    nb = build_notebook(demo)
    index = open_index(nb)
    index.sync()
    app = HostApp(lambda: PersonScreen(nb, "joao-pereira", index), nb)
    try:
        async with app.run_test() as pilot:
            screen = app.screen
            await _until(pilot, lambda: bool(screen.mentions), "mentions")
            # the talks he gave are not "mentions"; the accent-less name in a note is
            assert screen.mentions == [("tosc-2024/packaging-python-apps", 4)]
            heading = str(screen.query_one("#mentions-heading", Label).render())
            assert heading == "Mentioned in notes (1)"
    finally:
        index.close()


def test_mention_query_covers_aliases() -> None:
    person = Person(id="x", name='Ann "The" Lee', aliases=["A. Lee", "AL"])
    assert mention_query(person) == 'body:"Ann  The  Lee" OR body:"A. Lee"'


@async_test
async def test_edit_page_autosaves_and_keeps_front_matter(demo: Path) -> None:
    nb = Notebook.open(demo)
    path = demo / "people" / "amara-okafor.md"
    app = HostApp(lambda: PersonScreen(nb, "amara-okafor"), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        screen.AUTOSAVE_DELAY = 0.2
        await pilot.press("ctrl+e")
        assert isinstance(app.focused, TextArea)
        await pilot.press("enter", *"Ask her.")
        assert _status(screen) == "unsaved changes"
        await _until(pilot, lambda: screen.state == "saved", "autosaved")
        text = path.read_text()
        assert text.startswith("---\nname: Amara Okafor\n")
        assert "coffee break" in text
        assert text.rstrip().endswith("Ask her.")
        await pilot.press(*" Now.")
        await pilot.press("escape")  # leaving saves at once
        await pilot.pause()
    assert path.read_text().rstrip().endswith("her. Now.")


@async_test
async def test_conflict_keeps_text_until_user_overwrites(demo: Path) -> None:
    nb = Notebook.open(demo)
    path = demo / "people" / "amara-okafor.md"
    app = HostApp(lambda: PersonScreen(nb, "amara-okafor"), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        path.write_text(path.read_text() + "\nwritten by another editor\n")
        await pilot.press("ctrl+e", *"mine")
        await pilot.press("ctrl+s")
        await _until(pilot, lambda: screen.state == "conflict", "conflict")
        assert "another editor" in path.read_text()
        await pilot.press("escape")  # refuses to leave with unsaved text
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("ctrl+s")  # the user's word: overwrite
        await _until(pilot, lambda: screen.state == "saved", "saved")
    assert "mine" in path.read_text()
    assert "another editor" not in path.read_text()


@async_test
async def test_speaker_without_page_gets_one(demo: Path) -> None:
    nb = Notebook.open(demo)
    app = HostApp(lambda: PersonScreen(nb, "new-speaker"), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        assert isinstance(app.focused, TextArea)
        await pilot.press(*"Met at the bar.")
        await pilot.press("escape")
        await pilot.pause()
        assert screen.state == "saved"
    text = (demo / "people" / "new-speaker.md").read_text()
    assert "name: New Speaker" in text and "Met at the bar." in text


def test_find_mentions_matches_names_and_aliases_whole_words(demo: Path) -> None:
    nb = Notebook.open(demo)
    person = nb.people["lena-hofmann"]
    person.aliases = ["L. Hofmann"]
    talk = nb.talk("relml-2025/poster-session")
    talk.body = "intro\nchatted with l. hofmann at poster 3\n"
    other = nb.talk("relml-2025/opening-remarks")
    other.body = "Lena Hofmannsthal is someone else\n"
    assert find_mentions(nb, person) == [("relml-2025/poster-session", 2)]


@async_test
async def test_page_changed_elsewhere_and_reloaded_is_a_conflict(demo: Path) -> None:
    nb = Notebook.open(demo)
    path = demo / "people" / "amara-okafor.md"
    app = HostApp(lambda: PersonScreen(nb, "amara-okafor"), nb)
    async with app.run_test() as pilot:
        screen = app.screen
        path.write_text(path.read_text() + "\nfrom my phone\n")
        nb.load()  # the app reloads after another screen saved
        await pilot.press("ctrl+e", *"x")
        await pilot.press("ctrl+s")
        await _until(pilot, lambda: screen.state == "conflict", "conflict")
        assert "from my phone" in path.read_text()
