"""After a sync, the loaded notebook re-reads what the merge wrote in one go."""

from __future__ import annotations

from pathlib import Path

from confnotes.changes import NotebookChange
from confnotes.gitsync.reindex import reload_changed
from confnotes.notebook import Notebook

CONF = "relml-2025"


def test_a_merge_of_many_files_is_one_change_and_an_edited_note_is_held(demo: Path) -> None:
    nb = Notebook.open(demo)
    heard: list[NotebookChange] = []
    nb.changes.subscribe(heard.append)
    talks = sorted(t.id for t in nb.talks_of(CONF))
    for talk_id in talks:
        path = demo / f"{talk_id}.md"
        path.write_text(path.read_text(encoding="utf-8") + "\nMerged from a teammate.\n")
    person = sorted(nb.people)[0]
    page = demo / "people" / f"{person}.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nMet at the poster session.\n")
    held = talks[0]  # open in the editor, with words of its own: the editor decides
    done = reload_changed(nb, [f"{t}.md" for t in talks] + [f"people/{person}.md"], keep=[held])
    assert done.held == [held] and sorted(done.talks) == talks[1:] and done.other == 1
    assert len(heard) == 1  # one redraw for the whole merge
    assert heard[0].talks == frozenset(talks[1:]) and heard[0].people == {person}
    assert all("Merged from a teammate." in nb.talks[t].body for t in talks[1:])
    assert "Merged from a teammate." not in nb.talks[held].body
    assert "Met at the poster session." in nb.people[person].body
