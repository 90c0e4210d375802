"""One layout scanner for loading and indexing: what the app shows, search finds."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.index import index_of
from confnotes.index.documents import scan as index_scan
from confnotes.notebook.layout import rel_kind, scan
from confnotes.notebook.notebook import Notebook

CONF = "relml-2025"

NOTE = """\
---
title: {title}
---
The word {word} is in this note.
"""


def test_a_note_under_any_name_the_loader_accepts_is_found_by_search(demo: Path) -> None:
    names = {
        "_underscore.md": "aardwolf",
        "UPPER CASE.md": "binturong",
        "ünïcödé.md": "coati",
        "sub/deeper/nested.md": "dugong",
        "-dash.md": "echidna",
    }
    for name, word in names.items():
        path = demo / CONF / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(NOTE.format(title=word.title(), word=word), encoding="utf-8")
    (demo / "people" / "_someone.md").write_text(
        "---\nname: Fennec Fox\n---\nA page.\n", encoding="utf-8"
    )
    nb = Notebook.open(demo)
    index = index_of(nb)
    index.sync()
    for name, word in names.items():
        talk_id = f"{CONF}/{name[: -len('.md')]}"
        assert talk_id in nb.talks, name
        assert [h.id for h in index.search(word).hits] == [talk_id], name
    assert "_someone" in nb.people
    assert [h.id for h in index.search("fennec", kinds=("person",)).hits] == ["_someone"]
    nb.close_index()


def test_loading_and_the_index_list_the_same_files(demo: Path) -> None:
    for rel in [
        "_drafts/x.md",  # a folder starting with _ is skipped by both
        f"{CONF}/.hidden.md",
        f"{CONF}/_kept.md",
        f"{CONF}/.git/objects.md",
        f"{CONF}/_private/skipped.md",
        f"{CONF}/notes.txt",
        ".confnotes/index.md",
    ]:
        path = demo / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(NOTE.format(title="x", word="y"), encoding="utf-8")
    nb = Notebook.open(demo)
    loaded = {str(t.path.relative_to(demo)) for t in nb.talks.values() if t.path}
    loaded |= {str(p.path.relative_to(demo)) for p in nb.people.values() if p.path}
    loaded |= {str(c.path.relative_to(demo)) for c in nb.conferences.values() if c.path}
    assert set(index_scan(demo)) == loaded
    assert f"{CONF}/_kept.md" in loaded
    assert all(rel_kind(rel) is not None for rel in loaded)
    assert rel_kind("_drafts/x.md") is None and rel_kind(f"{CONF}/_private/s.md") is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_fifo_named_like_notebook_files_never_hangs_search_or_reindex(demo: Path) -> None:
    shutil.copy(demo / CONF / "conference.yaml", demo / CONF / "conference.bak")
    (demo / CONF / "conference.yaml").unlink()
    os.mkfifo(demo / CONF / "conference.yaml")
    os.mkfifo(demo / CONF / "pipe.md")
    layout = scan(demo)
    assert sorted(layout.skipped) == [f"{CONF}/conference.yaml", f"{CONF}/pipe.md"]
    nb = Notebook.open(demo)
    assert any("not a regular file" in p.message for p in nb.problems)
    done = threading.Event()

    def search() -> None:
        index = index_of(nb)
        index.sync()
        index.rebuild()
        index.search("talk")
        done.set()

    worker = threading.Thread(target=search, daemon=True)
    worker.start()
    worker.join(60)
    assert done.is_set(), "search or reindex blocked on a named pipe"
    nb.close_index()


NAME = st.text(alphabet=st.sampled_from("ab_-. Zé中1"), min_size=1, max_size=6).filter(
    lambda n: n not in {".", ".."}
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(paths=st.lists(st.lists(NAME, min_size=1, max_size=3), min_size=1, max_size=8))
def test_whatever_the_names_loading_and_the_index_agree(
    tmp_path_factory: pytest.TempPathFactory, paths: list[list[str]]
) -> None:
    root = tmp_path_factory.mktemp("nb")
    (root / "conf").mkdir()
    (root / "conf" / "conference.yaml").write_text("name: Conf\n", encoding="utf-8")
    for parts in paths:
        path = root / "conf" / Path(*parts[:-1]) / f"{parts[-1]}.md"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(NOTE.format(title="t", word="w"), encoding="utf-8")
        except OSError:
            continue  # a name clash between a folder and a file: not a layout question
    nb = Notebook.open(root, parse_cache=False)
    loaded = {str(t.path.relative_to(root)) for t in nb.talks.values() if t.path}
    loaded |= {str(c.path.relative_to(root)) for c in nb.conferences.values() if c.path}
    assert set(index_scan(root)) == loaded
