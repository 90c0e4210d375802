"""A batch of many changed files is indexed by a child process when the index is told to
(the app's way: a team sync's merge must not hold the interpreter the UI draws with)."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.errors import ConfnotesError
from confnotes.index import background, index_of
from confnotes.index.whoosh_index import ELSEWHERE_MIN
from confnotes.notebook.notebook import Notebook


def notebook_of(root: Path, talks: int) -> Notebook:
    conf = root / "conf-2024"
    conf.mkdir(parents=True)
    (conf / "conference.yaml").write_text("name: Conf 2024\nyear: 2024\n", encoding="utf-8")
    for n in range(talks):
        (conf / f"talk-{n:02d}.md").write_text(
            f"---\ntitle: Talk {n}\n---\nOpening words of talk {n}.\n", encoding="utf-8"
        )
    return Notebook.open(root)


def add_word(nb: Notebook, count: int, word: str) -> list[str]:
    """Append ``word`` to the first ``count`` notes on disk, as git's merge would."""
    rels = []
    for talk_id in sorted(nb.talks)[:count]:
        path = nb.talks[talk_id].path
        assert path is not None
        path.write_text(path.read_text(encoding="utf-8") + f"\n{word}\n", encoding="utf-8")
        rels.append(f"{talk_id}.md")
    return rels


@pytest.fixture
def nb(tmp_path: Path) -> Notebook:
    nb = notebook_of(tmp_path / "nb", ELSEWHERE_MIN + 4)
    index = index_of(nb)
    index.sync()
    index.elsewhere = True
    return nb


def test_a_reload_of_many_files_is_indexed_by_a_child_process(nb: Notebook) -> None:
    index = index_of(nb)
    written = index.documents_written  # type: ignore[attr-defined]
    rels = add_word(nb, ELSEWHERE_MIN, "teammatesword")
    nb.reload_paths(rels)
    results = index.search("teammatesword")
    assert len(results.hits) == ELSEWHERE_MIN
    assert index.documents_written == written  # type: ignore[attr-defined]  # none here


def test_a_few_files_are_indexed_here(nb: Notebook) -> None:
    index = index_of(nb)
    written = index.documents_written  # type: ignore[attr-defined]
    rels = add_word(nb, 2, "fewword")
    nb.reload_paths(rels)
    assert len(index.search("fewword").hits) == 2
    assert index.documents_written == written + 2  # type: ignore[attr-defined]


def test_a_sync_of_many_files_is_indexed_by_a_child_and_finds_them_all(nb: Notebook) -> None:
    index = index_of(nb)
    written = index.documents_written  # type: ignore[attr-defined]
    add_word(nb, ELSEWHERE_MIN + 1, "mergedword")
    report = index.sync()
    assert report.updated == ELSEWHERE_MIN + 1
    assert len(index.search("mergedword").hits) == ELSEWHERE_MIN + 1
    assert index.documents_written == written  # type: ignore[attr-defined]
    assert index.sync().changed == 0  # nothing left over for this process


def test_without_a_child_process_the_work_is_done_here(
    nb: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_child(*_args: object, **_kwargs: object) -> None:
        raise ConfnotesError("cannot start the indexing process: no python here")

    monkeypatch.setattr(background, "sync_in_child", no_child)
    index = index_of(nb)
    rels = add_word(nb, ELSEWHERE_MIN, "stillfound")
    nb.reload_paths(rels)
    assert len(index.search("stillfound").hits) == ELSEWHERE_MIN


def test_commits_in_the_app_merge_only_small_segments(
    nb: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Merging the segments of hundreds of notes is ~1 s of Python: in the app it held the
    interpreter the UI thread draws with. The app's commits merge only small segments;
    bigger ones are left to the child processes (their commits merge as usual)."""
    from whoosh.writing import SegmentWriter

    from confnotes.index import whoosh_index
    from confnotes.model import revised

    monkeypatch.setattr(whoosh_index, "APP_MERGE_DOCS", 4)
    merged: list[int] = []
    add_reader = SegmentWriter.add_reader

    def counted(writer: SegmentWriter, reader: object) -> None:
        merged.append(reader.doc_count_all())  # type: ignore[attr-defined]
        add_reader(writer, reader)

    monkeypatch.setattr(SegmentWriter, "add_reader", counted)
    index = index_of(nb)
    talk_ids = sorted(nb.talks)
    for n in range(2 * whoosh_index.MAX_SEGMENTS):
        word = f"zephyr{chr(97 + n)}zq"
        if n % 2:  # a save: one note
            talk = nb.talks[talk_ids[n % len(talk_ids)]]
            nb.save_talk(revised(talk, body=f"{talk.body}\n{word}\n"))
        else:  # a few notes re-read at once (fewer than a child is started for): a segment of 5
            rels = add_word(nb, 5, word)
            nb.reload_paths(rels)
        assert sum(merged) <= 4, f"a commit here merged segments of {merged} documents"
        merged.clear()
        assert index.search(word).hits
