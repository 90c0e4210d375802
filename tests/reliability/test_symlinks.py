"""A symlinked folder in the notebook is not followed: nothing outside the notebook is read."""

from __future__ import annotations

from pathlib import Path

from confnotes.index import open_index
from confnotes.notebook.notebook import Notebook


def test_symlinked_conference_folder_is_not_read(demo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "conference.yaml").write_text("name: Secret\n")
    (outside / "secret.md").write_text("---\ntitle: Private diary\n---\nsecretword\n")
    (demo / "linked").symlink_to(outside, target_is_directory=True)
    nb = Notebook.open(demo)
    assert "linked" not in nb.conferences
    assert not any(t.id.startswith("linked/") for t in nb.talks.values())
    index = open_index(nb)
    try:
        index.sync()
        assert index.search("secretword").hits == []
    finally:
        index.close()


def test_a_symlinked_derived_folder_is_moved_aside_not_written_through(
    demo: Path, tmp_path: Path
) -> None:
    # A cloned notebook can ship `.confnotes` as a link to anywhere (~/.ssh, /etc...):
    # the index, parse cache, write lock and recovery copies must stay inside the notebook.
    outside = tmp_path / "outside"
    outside.mkdir()
    (demo / ".confnotes").symlink_to(outside, target_is_directory=True)
    nb = Notebook.open(demo)
    nb.save_parse_cache()
    talk = next(t for t in nb.talks.values() if t.path is not None)
    talk.body += "\nsaved through the notebook\n"
    nb.save_talk(talk)
    index = open_index(nb)
    try:
        index.sync()
        assert index.search("saved through the notebook").hits
    finally:
        index.close()
    assert list(outside.iterdir()) == []
    derived = demo / ".confnotes"
    assert derived.is_dir() and not derived.is_symlink()
    moved = [p for p in demo.iterdir() if p.name.startswith(".confnotes.symlink-")]
    assert len(moved) == 1 and moved[0].is_symlink() and moved[0].resolve() == outside.resolve()
