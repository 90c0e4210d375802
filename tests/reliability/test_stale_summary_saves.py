"""A note whose file changed since the schedule summary saves without a false conflict.

The app builds talks from ``.confnotes/summary.json`` and reads a note's body when it
is first opened. When the file changed since the summary (edited while the app was
closed by a tool that keeps size and mtime, or while the app was open before the
note was read), the editor showed the file's text but the notebook recorded the
summary's hash for it: the first save was refused as "changed on disk" although
nothing changed since the text was shown. The words shown are now what the save
checks against; what was never shown (a change after the read) is still a conflict,
and the front matter merges three ways, so the other program's keys survive.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from confnotes.errors import ConflictError
from confnotes.model import revised
from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.summary_cache import LazyTalk

SHIFTS = "relml-2025/shifts-in-the-wild"
FIRST_LINE = "Dataset: 40k hours of call-centre audio, 11 accents."


def with_summary(root: Path) -> None:
    """A start and the summary written, as the app leaves the notebook when it closes."""
    Notebook.open(root, summary=True).save_parse_cache()


def note(root: Path) -> Path:
    return root / f"{SHIFTS}.md"


def edit_keeping_size_and_mtime(path: Path) -> None:
    """What a sync tool or ``cp -p`` does: new words, same size, the old mtime."""
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert FIRST_LINE in text
    path.write_text(text.replace("call-centre", "CALL-CENTRE"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size


def open_and_type(nb: Notebook, words: str) -> tuple[NoteSaver, str]:
    """Open the note as the editor does (its body read now) and save typed words on it."""
    talk = nb.talks[SHIFTS]
    assert isinstance(talk, LazyTalk) and not talk.body_loaded
    shown = talk.body
    saver = NoteSaver(nb)
    result = saver.save(SHIFTS, shown + words, base=shown)
    assert result.status == "saved", result.message
    return saver, shown


def test_a_note_edited_while_the_app_was_closed_saves_without_a_conflict(demo: Path) -> None:
    with_summary(demo)
    edit_keeping_size_and_mtime(note(demo))
    nb = Notebook.open(demo, summary=True)
    assert nb.talks[SHIFTS].title  # taken from the summary: the file looked unchanged
    _saver, shown = open_and_type(nb, "typed in the app\n")
    assert "CALL-CENTRE" in shown  # the editor showed the file's words
    text = note(demo).read_text(encoding="utf-8")
    assert "CALL-CENTRE" in text and text.endswith("typed in the app\n")


def test_a_note_edited_while_the_app_is_open_but_unread_saves_without_a_conflict(
    demo: Path,
) -> None:
    with_summary(demo)
    nb = Notebook.open(demo, summary=True)
    note(demo).write_text(
        note(demo).read_text(encoding="utf-8") + "written in another editor\n", encoding="utf-8"
    )
    saver, shown = open_and_type(nb, "typed in the app\n")
    assert shown.endswith("written in another editor\n")
    text = note(demo).read_text(encoding="utf-8")
    assert text.endswith("written in another editor\ntyped in the app\n")
    # And the saves after it too.
    again = saver.save(SHIFTS, shown + "typed in the app\nmore\n", base=shown)
    assert again.status == "saved", again.message


def test_a_change_after_the_note_was_read_is_still_a_conflict(demo: Path) -> None:
    with_summary(demo)
    nb = Notebook.open(demo, summary=True)
    note(demo).write_text(
        note(demo).read_text(encoding="utf-8") + "before it was opened\n", encoding="utf-8"
    )
    shown = nb.talks[SHIFTS].body  # opened: these words are on screen
    assert shown.endswith("before it was opened\n")
    theirs = note(demo).read_text(encoding="utf-8") + "after it was opened\n"
    note(demo).write_text(theirs, encoding="utf-8")
    result = NoteSaver(nb).save(SHIFTS, shown + "typed in the app\n", base=shown)
    assert result.status == "conflict"
    assert note(demo).read_text(encoding="utf-8") == theirs  # never written over


def test_front_matter_changed_elsewhere_survives_every_save(demo: Path) -> None:
    """The other program renamed the talk, added a key and changed one the app does not
    know, before the note was read: the talk still shows the summary's fields, and its
    saves (typing, a star) merge into the file's front matter without undoing any."""
    with_summary(demo)
    nb = Notebook.open(demo, summary=True)
    old_title = nb.talks[SHIFTS].title
    text = note(demo).read_text(encoding="utf-8")
    text = text.replace(f"title: {old_title}\n", "title: Renamed Elsewhere\n", 1)
    text = text.replace("---\n", "---\nreviewer: someone else\n", 1)
    note(demo).write_text(text + "their line\n", encoding="utf-8")
    assert "title: Renamed Elsewhere" in text
    saver, shown = open_and_type(nb, "my line\n")
    talk = revised(nb.talks[SHIFTS])
    talk.starred = not talk.starred
    nb.save_talk(talk)
    again = saver.save(SHIFTS, shown + "my line\nmy second line\n", base=shown)
    assert again.status == "saved", again.message
    after = Notebook.open(demo).talks[SHIFTS]
    assert after.title == "Renamed Elsewhere"
    assert after.extra.get("reviewer") == "someone else"
    assert after.starred == talk.starred
    assert after.body.endswith("their line\nmy line\nmy second line\n")


def test_a_key_changed_both_here_and_there_is_a_conflict(demo: Path) -> None:
    with_summary(demo)
    nb = Notebook.open(demo, summary=True)
    room = nb.talks[SHIFTS].room
    assert room
    text = note(demo).read_text(encoding="utf-8")
    assert f"room: {room}\n" in text
    theirs = text.replace(f"room: {room}\n", "room: Their Room\n", 1)
    note(demo).write_text(theirs, encoding="utf-8")
    talk = revised(nb.talks[SHIFTS])  # its body read: the file's words, shown
    talk.room = "My Room"
    with pytest.raises(ConflictError, match="room"):
        nb.save_talk(talk)
    assert note(demo).read_text(encoding="utf-8") == theirs
    nb.save_talk(talk, force=True)  # the user's word: theirs goes, as for any conflict
    assert "room: My Room" in note(demo).read_text(encoding="utf-8")


def test_the_open_app_catches_up_with_the_file_it_read(demo: Path) -> None:
    """The folder watcher's report of the change comes after the body was read: the talk
    is read again, so the schedule shows the file's fields, not the summary's."""
    with_summary(demo)
    nb = Notebook.open(demo, summary=True)
    old_title = nb.talks[SHIFTS].title
    text = note(demo).read_text(encoding="utf-8")
    note(demo).write_text(text.replace(old_title, "Renamed Elsewhere", 1), encoding="utf-8")
    nb.talks[SHIFTS].body  # noqa: B018  (opened: its body read)
    assert nb.talks[SHIFTS].title == old_title
    nb.reload_paths([f"{SHIFTS}.md"])
    assert nb.talks[SHIFTS].title == "Renamed Elsewhere"
    saved = NoteSaver(nb).save(SHIFTS, nb.talks[SHIFTS].body + "typed\n")
    assert saved.status == "saved", saved.message
