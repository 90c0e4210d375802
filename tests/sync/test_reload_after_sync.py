"""After a sync, the loaded notebook re-reads what the merge wrote in one go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from confnotes.notebook.change_feed import NotebookChange
from confnotes.notebook.notebook import Notebook
from confnotes.sync.index_refresh import reload_changed

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


def test_files_the_watcher_already_read_are_not_parsed_again(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """git writes the merge, the app's folder watcher re-reads it first, then the sync's
    own re-read finds nothing new: each merged note is parsed once, not twice."""
    nb = Notebook.open(demo)
    talks = sorted(t.id for t in nb.talks_of(CONF))
    rels = [f"{t}.md" for t in talks]
    for rel in rels:
        path = demo / rel
        path.write_text(path.read_text(encoding="utf-8") + "\nMerged from a teammate.\n")
    nb.reload_paths(rels)  # the watcher's worker
    parsed: list[Path] = []
    original = Notebook._load_talk

    def counting(self: Notebook, conf_id: str, path: Path, *args: Any, **kwargs: Any) -> Any:
        parsed.append(path)
        return original(self, conf_id, path, *args, **kwargs)

    monkeypatch.setattr(Notebook, "_load_talk", counting)
    reload_changed(nb, rels)
    assert parsed == []
    assert all("Merged from a teammate." in nb.talks[t].body for t in talks)
