"""A note's body is kept byte for byte unless the user types in it (issue 29).

Every line separator Python knows (``str.splitlines`` cuts at ten of them), CRLF, a
missing final newline and a BOM survive loading and saving a front-matter change
(star, attended, a tag), and in the app opening, starring and quitting. Textual's
text area cut lines at U+2028, form feeds and the like and wrote them back as
newlines: a note was rewritten by being opened. Typed-in notes end with a newline.
"""

from __future__ import annotations

import asyncio
import re
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.model import revised
from confnotes.notebook.notebook import Notebook
from confnotes.tui.messages import OpenPerson
from confnotes.tui.screens.person import PersonScreen
from tests.conftest import DEMO
from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for

SEPARATORS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character ``str.splitlines`` ends a line at."""
ODD_BODY = "one\u2028two\u2029three\x85four\x0cfive\x0bsix\x1cseven\x1d\x1e\r\nlast\r\n"
TALK = "conf/talk"
FRONT = "title: A talk\nstarred: false\ntags:\n- one\n"


def _note_file(root: Path, body: bytes, newline: bytes = b"\n", bom: bool = False) -> Path:
    (root / "conf").mkdir(parents=True, exist_ok=True)
    (root / "conf" / "conference.yaml").write_text("name: Conf\n", encoding="utf-8")
    front = FRONT.encode().replace(b"\n", newline)
    data = (b"\xef\xbb\xbf" if bom else b"") + b"---" + newline + front + b"---" + newline + body
    path = root / "conf" / "talk.md"
    path.write_bytes(data)
    return path


def _body_of(data: bytes) -> bytes:
    """The bytes after the line closing the front matter."""
    close = re.search(rb"\n---\r?\n", data)
    assert close is not None, data
    return data[close.end() :]


bodies = st.text(
    alphabet=st.one_of(
        st.sampled_from(SEPARATORS + "\r\n" + "ab -#"),
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    ),
    max_size=60,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=bodies, crlf=st.booleans(), bom=st.booleans())
def test_front_matter_changes_keep_the_body_byte_for_byte(
    tmp_path: Path, body: str, crlf: bool, bom: bool
) -> None:
    root = tmp_path / f"nb-{abs(hash((body, crlf, bom)))}"
    shutil.rmtree(root, ignore_errors=True)
    raw = body.encode("utf-8")
    path = _note_file(root, raw, b"\r\n" if crlf else b"\n", bom)
    for change in ({"starred": True}, {"attended": True}, {"tags": ["one", "two"]}):
        nb = Notebook(root)
        nb.load()
        assert nb.save_talk(revised(nb.talk(TALK), **change))
        data = path.read_bytes()
        assert _body_of(data) == raw, change
        assert data.startswith(b"\xef\xbb\xbf") == bom


def _demo(tmp_path: Path, body: str) -> tuple[Path, Path, bytes]:
    root = tmp_path / "nb"
    shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns(".confnotes"))
    path = root / f"{CALIBRATION}.md"
    head = path.read_bytes().split(b"\n---\n")[0] + b"\n---\n"
    path.write_bytes(head + body.encode("utf-8"))
    return root, path, head


def test_opening_starring_and_quitting_keep_every_separator(tmp_path: Path) -> None:
    root, path, head = _demo(tmp_path, ODD_BODY)

    async def run() -> str:
        app = app_for(root, settings=pinned_settings(autosave_delay=0.1))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(CALIBRATION)
            await pilot.pause(0.3)
            shown = app.main.editor.text
            await pilot.press("ctrl+b")  # star (the demo's keynote: unstar)
            await pilot.press("f8")  # attended
            await pilot.pause(0.3)
            await pilot.press("ctrl+q")
        return shown

    shown = asyncio.run(run())
    assert shown == ODD_BODY.replace("\r\n", "\n")  # line endings are the file's affair
    data = path.read_bytes()
    assert _body_of(data) == ODD_BODY.encode("utf-8")
    assert data != head + ODD_BODY.encode("utf-8")  # the star did change the front matter


def test_a_note_without_final_newline_stays_so_until_typed_in(tmp_path: Path) -> None:
    root, path, head = _demo(tmp_path, "first\u2028line\nlast words")

    async def run(type_words: bool) -> None:
        app = app_for(root, settings=pinned_settings(autosave_delay=0.1))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(CALIBRATION)
            await pilot.pause(0.2)
            editor = app.main.editor
            if type_words:
                editor.text_area.focus()
                await pilot.press("space", "x")
                await wait_for(pilot, lambda: editor.state == "clean" and not editor.dirty)
            await pilot.press("ctrl+q")

    asyncio.run(run(type_words=False))
    assert path.read_bytes() == head + "first\u2028line\nlast words".encode()
    asyncio.run(run(type_words=True))
    assert _body_of(path.read_bytes()) == "first\u2028line\nlast words x\n".encode()


def test_typing_after_the_last_line_saves_a_final_newline(tmp_path: Path) -> None:
    """Two people adding a line at the end must each add a whole line (see merge3)."""
    root, path, _ = _demo(tmp_path, "kept\n")

    async def run() -> None:
        app = app_for(root, settings=pinned_settings(autosave_delay=0.1))
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(CALIBRATION)
            await pilot.pause(0.2)
            editor = app.main.editor
            editor.text_area.focus()
            await pilot.press("a", "d", "d", "e", "d")
            await wait_for(pilot, lambda: editor.state == "clean" and not editor.dirty)
            await pilot.press("ctrl+q")

    asyncio.run(run())
    assert _body_of(path.read_bytes()) == b"kept\nadded\n"


def test_typing_in_a_person_page_keeps_the_other_lines_separators(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    shutil.copytree(DEMO, root, ignore=shutil.ignore_patterns(".confnotes"))
    page = root / "people" / "amara-okafor.md"
    head = page.read_bytes().split(b"\n---\n")[0] + b"\n---\n"
    page.write_bytes(head + "Met at\u2028lunch\x0cpage two\u2029\nlast".encode())

    async def run() -> None:
        app = app_for(root, settings=pinned_settings(autosave_delay=0.1))
        async with app.run_test(size=(120, 36)) as pilot:
            app.post_message(OpenPerson("amara-okafor"))
            await wait_for(pilot, lambda: isinstance(app.screen, PersonScreen))
            screen = app.screen
            assert isinstance(screen, PersonScreen)
            screen.action_edit_page()
            await pilot.press("space", "x", "ctrl+s")
            await wait_for(pilot, lambda: screen.state == "saved")
            await pilot.press("ctrl+q")

    asyncio.run(run())
    assert _body_of(page.read_bytes()).startswith(
        "Met at\u2028lunch\x0cpage two\u2029\nlast x".encode()
    )
