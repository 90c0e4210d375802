"""REVIEW reproduction: one note the parse cache cannot keep made it rewrite itself at
every start.

Entries JSON cannot keep (an explicit ``!!float`` or ``!!binary`` tag) were dropped only
when saving, but still counted as "used", so :attr:`ParseCache.stale` was True on every
load and the UI rewrote the whole cache file in the background each time it started.
"""

from __future__ import annotations

from pathlib import Path

from confnotes.notebook import Notebook


def test_unchanged_notebook_does_not_rewrite_its_cache(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "conference.yaml").write_text("name: C\n", "utf-8")
    (tmp_path / "c" / "a.md").write_text("---\ntitle: A\n---\n", "utf-8")
    (tmp_path / "c" / "b.md").write_text("---\ntitle: B\nratio: !!float 1.5\n---\n", "utf-8")
    first = Notebook.open(tmp_path)
    assert first.save_parse_cache()
    again = Notebook.open(tmp_path)
    assert again.parse_cache.hits == 2  # conference and a.md; b.md is parsed each time
    assert again.talks["c/b"].extra["ratio"] == 1.5
    assert not again.parse_cache.stale
    assert again.save_parse_cache() is False
