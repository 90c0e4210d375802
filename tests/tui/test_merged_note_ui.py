"""A note a sync merged (both versions between markers) is shown for what it is.

Issue 29: F12 on such a note said the file "was changed by another program while you
had unsaved text" and showed the whole file, front matter included; the header's
conflict line scrolled out of view on a note with many links.
"""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.widgets import Label, TextArea

from confnotes.tui.screens.conflict_dialog import ConflictDialog
from confnotes.tui.widgets.talk_header import TalkHeader
from tests.tui.helpers import app_for, wait_for

SHIFTS = "relml-2025/shifts-in-the-wild"
MERGED = (
    "Before the conflict.\n"
    "<<<<<<< mine (ada)\n"
    "Ada heard this.\n"
    "=======\n"
    "Bob heard that.\n"
    ">>>>>>> theirs (bob)\n"
    "After the conflict.\n"
)


def merge_into(root: Path, talk_id: str, links: int = 0) -> None:
    """Write the note as a sync leaves it: its front matter, a body with a conflict."""
    path = root / f"{talk_id}.md"
    text = path.read_text(encoding="utf-8")
    front, _sep, _body = text.partition("\n---\n")
    extra = "".join(f"- kind: page\n  url: https://example.org/{n}\n" for n in range(links))
    front = front.replace("links:\n", f"links:\n{extra}", 1)
    path.write_text(f"{front}\n---\n{MERGED}", encoding="utf-8")


async def test_f12_on_a_merged_note_shows_the_conflict_not_an_outside_change(
    demo: Path,
) -> None:
    merge_into(demo, SHIFTS)
    app = app_for(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        await pilot.press("f12")
        await wait_for(pilot, lambda: isinstance(app.screen, ConflictDialog))
        dialog = app.screen
        said = " ".join(str(label.render()) for label in dialog.query(Label))
        assert "another program" not in said and "unsaved text" not in said
        assert "sync" in said
        theirs = dialog.query_one("#conflict-theirs", TextArea).text
        mine = dialog.query_one("#conflict-mine", TextArea).text
        assert "Bob heard that." in theirs and "Ada heard this." not in theirs
        assert "Ada heard this." in mine and "Bob heard that." not in mine
        for side in (theirs, mine):
            assert "title:" not in side and "speakers:" not in side  # no front matter
        await pilot.press("alt+t")
        await wait_for(pilot, lambda: "<<<<<<<" not in app.main.editor.text)
        assert "Bob heard that." in app.main.editor.text


async def test_the_conflict_line_of_the_header_stays_in_view_with_many_links(
    demo: Path,
) -> None:
    merge_into(demo, SHIFTS, links=30)
    app = app_for(demo)
    async with app.run_test(size=(120, 40)) as pilot:
        app.main.open_talk(SHIFTS)
        await pilot.pause()
        header = app.main.editor.query_one(TalkHeader)
        shown = [strip.text for strip in header.render_lines(Region(0, 0, *header.size))]
        assert any("merge conflict" in line for line in shown), shown
