"""Issue 7, item 15: emoji, right-to-left, CJK and combining marks in the editor.

Typed key by key (each character sent as the terminal driver sends it) and
pasted (a bracketed paste, as the driver delivers it to the app), through the
app with Pilot: the note file holds exactly those code points in UTF-8 (no
normalisation, no lost mark), and a CJK word of the note is found through the
search index.
"""

from __future__ import annotations

import asyncio
import unicodedata
from pathlib import Path

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot

from tests.tui.helpers import CALIBRATION, app_for, pinned_settings, wait_for

PRINTABLE = (
    " 👩 family 👨👩👧👦 flag 🇵🇹 skin 👍🏽 💻"
    " שלום עולם مرحبا"
    " 会議の記録 한국어"
    f" {unicodedata.normalize('NFD', 'Café Ångström')} ṩ\u0323"
)
JOINERS = (
    " 👩\u200d💻 \u202bembedded\u202c a\u200fb"
    " 12\u00a0€ «\u202fbonjour\u202f» 会議\u3000記録 \ue000"
)
"""Characters ``str.isprintable()`` rejects, which Textual's TextArea drops when typed: zero-width
joiner and direction marks (Cf), no-break, narrow no-break and ideographic spaces (Zs), private
use (Co). The note area types them."""
PASTED = (
    "\n\n粘贴的段落：深度学习的校准问题。\n"
    "עברית with English (mixed) 123 \u202bemb\u202c\n"
    f"{unicodedata.normalize('NFD', 'naïve résumé')} 🧑🏿\u200d🔬 👨\u200d👩\u200d👧\u200d👦\n"
)


async def type_like_a_terminal(pilot: Pilot, text: str) -> None:
    """One key event per code point, as Textual's terminal driver makes them."""
    driver = pilot.app._driver
    assert driver is not None
    for char in text:
        event = events.Key(_character_to_key(char), char)
        event.set_sender(pilot.app)
        driver.send_message(event)
        await pilot.pause()


def _note(root: Path) -> bytes:
    return (root / f"{CALIBRATION}.md").read_bytes()


async def _type_and_save(demo: Path, typed: str, pasted: str = "") -> str:
    app = app_for(demo, settings=pinned_settings(autosave_delay=0.2))
    async with app.run_test(size=(120, 36)) as pilot:
        app.main.open_talk(CALIBRATION)
        await pilot.pause()
        editor = app.main.editor
        before = editor.text
        editor.text_area.focus()
        await type_like_a_terminal(pilot, typed)
        if pasted:
            app.post_message(events.Paste(pasted))
        await pilot.pause(0.3)
        await wait_for(pilot, lambda: editor.state == "clean", timeout=10)
        added = editor.text[len(before) :]
        await pilot.press("ctrl+q")
    return added


def test_typed_unicode_is_saved_byte_for_byte(demo: Path) -> None:
    added = asyncio.run(_type_and_save(demo, PRINTABLE))
    assert added == PRINTABLE
    assert PRINTABLE.encode("utf-8") in _note(demo)


def test_typed_joiners_and_direction_marks_are_kept(demo: Path) -> None:
    added = asyncio.run(_type_and_save(demo, JOINERS))
    assert added == JOINERS


def test_pasted_unicode_is_saved_byte_for_byte_and_a_cjk_word_is_found(demo: Path) -> None:
    async def scenario() -> tuple[str, list[str], list[str]]:
        app = app_for(demo, settings=pinned_settings(autosave_delay=0.2), open_index=True)
        async with app.run_test(size=(120, 36)) as pilot:
            app.main.open_talk(CALIBRATION)
            await pilot.pause()
            editor = app.main.editor
            before = editor.text
            editor.text_area.focus()
            app.post_message(events.Paste(PASTED))
            await wait_for(pilot, lambda: editor.text != before)
            await wait_for(pilot, lambda: editor.state == "clean", timeout=10)
            await wait_for(pilot, app.index_ready.is_set, timeout=60)
            await wait_for(
                pilot,
                lambda: CALIBRATION in [h.id for h in app.index.search("深度学习").hits],
                timeout=10,
            )
            word = [h.id for h in app.index.search("校准").hits]
            korean_absent = [h.id for h in app.index.search("한국어").hits]
            added = editor.text[len(before) :]
            await pilot.press("ctrl+q")
        return added, word, korean_absent

    added, word, korean_absent = asyncio.run(scenario())
    assert added == PASTED
    assert PASTED.encode("utf-8") in _note(demo)
    assert CALIBRATION in word, "a word inside a pasted CJK sentence is found"
    assert CALIBRATION not in korean_absent
