"""The schedule summary: the app opens from it without reading notes, and loses nothing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from confnotes.cli import main
from confnotes.errors import ConflictError
from confnotes.notebook import notebook as notebook_module
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.summary_cache import SUMMARY_FILE, LazyPerson, LazyTalk

DATA = Path(__file__).resolve().parents[1] / "data" / "importers"


def _prepared(root: Path) -> None:
    """A load and the summary written, as the app (or an import) leaves it."""
    nb = Notebook.open(root, summary=True)
    assert nb.save_parse_cache()


def _opened(root: Path) -> Notebook:
    return Notebook.open(root, summary=True)


def test_second_start_reads_no_note_and_shows_the_same_schedule(demo: Path) -> None:
    full = Notebook.open(demo)
    _prepared(demo)
    nb = _opened(demo)
    assert nb.summary.hits == len(full.talks) + len(full.people)
    assert full.talks
    for talk_id, talk in full.talks.items():
        lazy = nb.talks[talk_id]
        assert isinstance(lazy, LazyTalk) and not lazy.body_loaded
        assert (lazy.title, lazy.start, lazy.session, lazy.speakers, lazy.starred) == (
            talk.title,
            talk.start,
            talk.session,
            talk.speakers,
            talk.starred,
        )
        assert lazy.has_notes == talk.has_notes
        assert not lazy.body_loaded  # the ✎ mark came from the summary
        assert lazy.body == talk.body  # read on first use
    assert set(nb.people) == set(full.people)
    for person_id, person in full.people.items():
        lazy_person = nb.people[person_id]
        assert isinstance(lazy_person, LazyPerson) and not lazy_person.body_loaded
        assert (lazy_person.name, lazy_person.aliases) == (person.name, person.aliases)
        assert lazy_person.body == person.body
    assert sorted(map(str, nb.problems)) == sorted(map(str, full.problems))


def test_person_page_saved_without_being_opened_keeps_its_text(demo: Path) -> None:
    _prepared(demo)
    nb = _opened(demo)
    person = next(p for p in nb.people.values() if p.path is not None)
    assert isinstance(person, LazyPerson) and person.path is not None
    before = person.path.read_text(encoding="utf-8")
    person.aliases = [*person.aliases, "A. N. Other"]
    nb.save_person(person)
    after = person.path.read_text(encoding="utf-8")
    assert "A. N. Other" in after
    assert after.split("\n---\n", 1)[1] == before.split("\n---\n", 1)[1]


def test_note_edited_while_closed_is_read_again(demo: Path) -> None:
    _prepared(demo)
    talk = next(t for t in Notebook.open(demo).talks.values() if t.path is not None)
    assert talk.path is not None
    text = talk.path.read_text(encoding="utf-8")
    talk.path.write_text(text.replace(talk.title, "Renamed by hand", 1), encoding="utf-8")
    nb = _opened(demo)
    assert nb.talks[talk.id].title == "Renamed by hand"
    assert nb.summary.hits == len(nb.talks) + len(nb.people) - 1  # that one was read
    assert nb.talks[talk.id].body == Notebook.open(demo).talks[talk.id].body


def test_first_start_without_a_summary_keeps_no_note_text(demo: Path) -> None:
    full = Notebook.open(demo)
    nb = _opened(demo)  # no .confnotes/ yet: every note is read once
    assert nb.summary.hits == 0 and full.talks
    for talk_id, talk in full.talks.items():
        lazy = nb.talks[talk_id]
        assert isinstance(lazy, LazyTalk) and not lazy.body_loaded, talk_id
        assert lazy.path not in nb._files  # neither text nor parsed note kept
        assert (lazy.title, lazy.start, lazy.has_notes) == (talk.title, talk.start, talk.has_notes)
        assert lazy.body == talk.body
    for person_id, person in full.people.items():
        lazy_person = nb.people[person_id]
        assert isinstance(lazy_person, LazyPerson) and not lazy_person.body_loaded
        assert lazy_person.body == person.body
    assert sorted(map(str, nb.problems)) == sorted(map(str, full.problems))


def test_note_edited_after_a_first_start_without_summary_shows_its_new_text(
    demo: Path,
) -> None:
    nb = _opened(demo)
    talk = next(t for t in nb.talks.values() if t.has_notes)
    assert isinstance(talk, LazyTalk) and not talk.body_loaded and talk.path is not None
    edited = talk.path.read_text(encoding="utf-8") + "\nTyped in another editor.\n"
    talk.path.write_text(edited, encoding="utf-8")
    assert talk.body.endswith("Typed in another editor.\n")  # what is on disk now
    # The words shown are the file's: a save over them is no conflict, and keeps them.
    assert not nb.changed_on_disk(talk.path)
    talk.starred = not talk.starred
    nb.save_talk(talk)
    assert talk.path.read_text(encoding="utf-8").endswith("Typed in another editor.\n")
    # Changed again after the read (words never shown): a conflict, not overwritten.
    again = talk.path.read_text(encoding="utf-8") + "And again.\n"
    talk.path.write_text(again, encoding="utf-8")
    assert nb.changed_on_disk(talk.path)
    talk.attended = not talk.attended
    with pytest.raises(ConflictError):
        nb.save_talk(talk)
    assert talk.path.read_text(encoding="utf-8") == again


def test_star_on_a_talk_never_opened_keeps_its_text(demo: Path) -> None:
    _prepared(demo)
    nb = _opened(demo)
    talk = next(t for t in nb.talks.values() if t.has_notes)
    assert isinstance(talk, LazyTalk) and not talk.body_loaded
    assert talk.path is not None
    before = talk.path.read_text(encoding="utf-8")
    talk.starred = not talk.starred
    assert nb.save_talk(talk)
    after = talk.path.read_text(encoding="utf-8")
    assert after.split("\n---\n", 1)[1] == before.split("\n---\n", 1)[1]  # body untouched
    again = Notebook.open(demo)
    assert again.talks[talk.id].starred == talk.starred
    # the save kept the summary and the parse cache in step: nothing to read or parse
    nb.save_parse_cache()
    third = _opened(demo)
    assert third.summary.hits == len(third.talks) + len(third.people)
    assert third.talks[talk.id].starred == talk.starred


def test_outside_change_to_an_unopened_note_is_never_overwritten(demo: Path) -> None:
    """A star set on a talk whose file changed since the summary: the save reads the file
    (its words are written back as they are) and merges the star into its front matter."""
    _prepared(demo)
    nb = _opened(demo)
    talk = next(t for t in nb.talks.values() if t.path is not None)
    assert talk.path is not None
    other = talk.path.read_text(encoding="utf-8") + "\nWritten by another program.\n"
    talk.path.write_text(other, encoding="utf-8")
    talk.starred = not talk.starred
    nb.save_talk(talk)
    text = talk.path.read_text(encoding="utf-8")
    assert text.endswith("\nWritten by another program.\n")
    assert Notebook.open(demo).talks[talk.id].starred == talk.starred


def test_a_summary_not_written_by_this_user_is_ignored(demo: Path) -> None:
    _prepared(demo)
    path = demo / ".confnotes" / SUMMARY_FILE
    blob = path.read_bytes()
    path.write_bytes(blob.replace(b'"title"', b'"titlf"', 1))
    nb = _opened(demo)
    assert nb.summary.hits == 0
    assert len(nb.talks) == len(Notebook.open(demo).talks)


def test_saves_update_the_parse_cache(demo: Path) -> None:
    nb = Notebook.open(demo)
    nb.save_parse_cache()
    talk = next(iter(nb.talks.values()))
    talk.starred = not talk.starred
    nb.save_talk(talk)
    nb.save_parse_cache()
    again = Notebook.open(demo)
    assert again.parse_cache.misses == 0  # the saved note is not parsed again


def test_import_leaves_summary_and_index_for_the_first_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "nb"
    assert main(["--notebook", str(root), "import", str(DATA / "frab_pretalx.xml")]) == 0
    derived = root / ".confnotes"
    assert (derived / SUMMARY_FILE).is_file()
    assert (derived / "index").is_dir()
    nb = _opened(root)
    assert nb.talks and nb.summary.hits == len(nb.talks) + len(nb.people)
    from confnotes.index import open_index

    with open_index(Notebook(root)) as index:
        report = index.sync()
    assert not report.rebuilt and report.changed == 0  # the import left it in step
    assert os.environ.get("XDG_STATE_HOME")  # the signing key lived in the test's folder


def test_deep_copy_of_a_lazy_talk_is_a_snapshot_not_a_copy_of_the_notebook(demo: Path) -> None:
    import copy

    _prepared(demo)
    nb = _opened(demo)
    talk = next(t for t in nb.talks.values() if t.has_notes)
    snapshot = copy.deepcopy(talk)
    assert snapshot is not talk and snapshot.body == talk.body and snapshot.title == talk.title
    assert snapshot._reader is not None and snapshot._reader.__self__ is nb  # shared, not copied


def test_unopened_note_is_not_reported_as_changed_on_disk(demo: Path) -> None:
    _prepared(demo)
    nb = _opened(demo)
    talk = next(t for t in nb.talks.values() if t.path is not None)
    assert isinstance(talk, LazyTalk) and not talk.body_loaded and talk.path is not None
    assert not nb.changed_on_disk(talk.path)
    talk.path.write_text(talk.path.read_text(encoding="utf-8") + "\nmore\n", encoding="utf-8")
    assert nb.changed_on_disk(talk.path)


def test_a_note_edited_while_it_is_being_read_is_read_again_next_start(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program renames a talk just as the notebook reads it: the summary must not
    vouch for the renamed file with the bytes read before the edit."""
    talk = next(t for t in Notebook.open(demo).talks.values() if t.path is not None)
    assert talk.path is not None
    target, text = talk.path, talk.path.read_text(encoding="utf-8")
    original = notebook_module.read_regular_file

    def read_then_edited(path: Path, *args: Any, **kwargs: Any) -> bytes:
        data = original(path, *args, **kwargs)
        if path == target:  # the edit lands right after our read (same size, new mtime)
            edited = text.replace(talk.title, talk.title[::-1], 1)
            path.write_text(edited, encoding="utf-8")
            os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000))
        return data

    with monkeypatch.context() as patch:
        patch.setattr(notebook_module, "read_regular_file", read_then_edited)
        _prepared(demo)
    assert _opened(demo).talks[talk.id].title == talk.title[::-1]
