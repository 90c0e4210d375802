"""A symlinked folder in the notebook is not followed: nothing outside the notebook is read."""

from __future__ import annotations

from pathlib import Path

from confnotes.index import open_index
from confnotes.notebook import Notebook


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
