"""Faults 5 and 8: notes changed by other programs, while loaded or between runs.

While a note is loaded, an edit made elsewhere (even one that keeps the size
and the modification time) makes a save raise ConflictError: never a silent
overwrite. Between two opens, notes added, edited, deleted or renamed by hand
are simply what the next open sees.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from confnotes.errors import ConflictError
from confnotes.notebook.notebook import Notebook

NOTE = "---\ntitle: Shared note\nkind: oral\n---\nline one\nline two\n"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "conference.yaml").write_text("name: Conf\n")
    (conf / "shared.md").write_text(NOTE)
    return tmp_path


def _edit_keeping_size_and_mtime(path: Path) -> bytes:
    """Change one byte and put size and mtime back exactly: what a clock-skewed sync does."""
    st = path.stat()
    data = path.read_bytes().replace(b"line one", b"LINE one")
    assert len(data) == st.st_size
    path.write_bytes(data)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (st.st_size, st.st_mtime_ns)
    return data


@pytest.mark.parametrize("dirty", [False, True], ids=["clean", "dirty"])
def test_same_size_same_mtime_edit_is_a_conflict(root: Path, dirty: bool) -> None:
    nb = Notebook.open(root)
    talk = nb.talks["conf/shared"]
    note = root / "conf" / "shared.md"
    theirs = _edit_keeping_size_and_mtime(note)
    assert nb.changed_on_disk(note)
    if dirty:
        talk.body += "my new line\n"
    else:
        talk.tags = ["changed-metadata-only"]
    with pytest.raises(ConflictError) as info:
        nb.save_talk(talk)
    assert info.value.path == note
    assert note.read_bytes() == theirs
    # The user's way out: reload theirs, or force after seeing the conflict.
    fresh = nb.reload_talk("conf/shared")
    assert fresh is not None and fresh.body.startswith("LINE one")


def test_unchanged_talk_with_external_edit_is_not_rewritten(root: Path) -> None:
    nb = Notebook.open(root)
    note = root / "conf" / "shared.md"
    note.write_text(NOTE + "added elsewhere\n")
    talk = nb.talks["conf/shared"]
    with pytest.raises(ConflictError):
        nb.save_talk(talk)
    assert note.read_text().endswith("added elsewhere\n")


def test_deleted_on_disk_is_a_conflict_not_a_resurrection_race(root: Path) -> None:
    nb = Notebook.open(root)
    note = root / "conf" / "shared.md"
    note.unlink()
    talk = nb.talks["conf/shared"]
    talk.body += "typed after the delete\n"
    with pytest.raises(ConflictError):
        nb.save_talk(talk)
    assert not note.exists()
    assert nb.save_talk(talk, force=True), "the user may still choose to keep their text"
    assert "typed after the delete" in note.read_text()


def test_new_note_never_overwrites_a_file_created_meanwhile(root: Path) -> None:
    nb = Notebook.open(root)
    talk = nb.new_talk("conf", "Fresh talk")
    assert talk.path is not None
    talk.path.write_text("someone else's file\n")
    with pytest.raises(ConflictError):
        nb.save_talk(talk)
    assert talk.path.read_text() == "someone else's file\n"


def test_person_and_conference_conflicts(root: Path) -> None:
    people = root / "people"
    people.mkdir()
    page = people / "ada.md"
    page.write_text("---\nname: Ada\n---\nbio\n")
    nb = Notebook.open(root)
    page.write_text("---\nname: Ada L.\n---\nbio\n")
    conf_file = root / "conf" / "conference.yaml"
    conf_file.write_text("name: Renamed elsewhere\n")
    nb.people["ada"].body = "mine\n"
    nb.conferences["conf"].location = "Lisbon"
    with pytest.raises(ConflictError):
        nb.save_person(nb.people["ada"])
    with pytest.raises(ConflictError):
        nb.save_conference(nb.conferences["conf"])
    assert page.read_text() == "---\nname: Ada L.\n---\nbio\n"
    assert conf_file.read_text() == "name: Renamed elsewhere\n"


def test_changes_between_opens_are_picked_up(root: Path) -> None:
    conf = root / "conf"
    (conf / "to-delete.md").write_text("---\ntitle: Doomed\n---\n")
    (conf / "to-rename.md").write_text("---\ntitle: Moving\n---\nkeep me\n")
    first = Notebook.open(root)
    assert set(first.talks) == {"conf/shared", "conf/to-delete", "conf/to-rename"}

    (conf / "to-delete.md").unlink()
    (conf / "to-rename.md").rename(conf / "renamed.md")
    (conf / "shared.md").write_text(NOTE.replace("Shared note", "Edited by hand"))
    (conf / "added.md").write_text("---\ntitle: Added by hand\n---\nnew\n")
    new_conf = root / "other-2026"
    new_conf.mkdir()
    (new_conf / "conference.yaml").write_text("name: Other\n")
    (new_conf / "t.md").write_text("---\ntitle: In a new folder\n---\n")

    second = Notebook.open(root)
    assert set(second.talks) == {"conf/shared", "conf/renamed", "conf/added", "other-2026/t"}
    assert second.talks["conf/shared"].title == "Edited by hand"
    assert second.talks["conf/renamed"].body == "keep me\n"
    assert second.talks["conf/renamed"].title == "Moving"
    assert "other-2026" in second.conferences
    # The stale notebook refuses to write over what changed.
    with pytest.raises(ConflictError):
        first.save_talk(first.talks["conf/shared"])
    stale = first.talks["conf/to-rename"]
    stale.body = "edited in the stale copy\n"
    with pytest.raises(ConflictError):
        first.save_talk(stale)
    assert not (conf / "to-rename.md").exists()
