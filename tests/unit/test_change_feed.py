"""The notebook owns every write: each one is announced, and the open index follows it."""

from __future__ import annotations

import hashlib
import os
import threading
from datetime import datetime
from pathlib import Path

import pytest

from confnotes.importers.merge import merge_programme
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.index import index_of
from confnotes.knowledge.people import merge_people
from confnotes.notebook.change_feed import ChangeFeed, NotebookChange, change
from confnotes.notebook.notebook import Notebook

CONF = "relml-2025"
NAMES = ["Wren Abernathy", "Kofi Mensah", "Yuki Tanaka"]


@pytest.fixture
def nb(demo: Path) -> Notebook:
    return Notebook.open(demo)


def listen(nb: Notebook) -> list[NotebookChange]:
    heard: list[NotebookChange] = []
    nb.changes.subscribe(heard.append)
    return heard


def files(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in root.rglob("*")
        if p.is_file() and ".confnotes" not in p.parts
    }


def programme(n: int = 3) -> Programme:
    return Programme(
        name="Feed Workshop",
        format="markdown",
        start=datetime(2026, 3, 2).date(),
        end=datetime(2026, 3, 2).date(),
        talks=[
            ProgrammeTalk(
                title=f"Quokka talk {i}",
                start=datetime(2026, 3, 2, 9 + i % 10, i % 60),
                end=datetime(2026, 3, 2, 9 + i % 10, 59),
                speakers=[ProgrammePerson(name=NAMES[i % len(NAMES)])],
            )
            for i in range(n)
        ],
    )


def test_a_save_is_announced_with_its_id_and_reason(nb: Notebook) -> None:
    heard = listen(nb)
    talk = next(iter(nb.talks.values()))
    talk.body += "\nOne more line.\n"
    assert nb.save_talk(talk)
    assert heard == [change("saved", talks=[talk.id])]
    assert not nb.save_talk(talk)  # nothing written: nothing announced
    assert len(heard) == 1


def test_a_batch_is_announced_once(nb: Notebook) -> None:
    heard = listen(nb)
    talks = list(nb.talks.values())[:3]
    with nb.batch("imported"):
        for talk in talks:
            talk.body += "\nbatch\n"
            nb.save_talk(talk)
        assert heard == []
    assert heard == [change("imported", talks=[t.id for t in talks])]


def test_an_import_is_one_change_naming_what_it_wrote(nb: Notebook) -> None:
    heard = listen(nb)
    report = merge_programme(nb, programme(), source="feed.md")
    assert len(heard) == 1 and heard[0].reason == "imported"
    assert len(heard[0].talks) == 3 and len(heard[0].people) == 3
    assert heard[0].conferences == {report.conference_id}
    # re-importing writes nothing and says nothing
    merge_programme(nb, programme(), source="feed.md")
    assert len(heard) == 1


def test_a_dry_run_changes_nothing_on_disk_or_in_the_notebook_shown(nb: Notebook) -> None:
    heard = listen(nb)
    before = files(nb.root)
    talks, people, confs = dict(nb.talks), dict(nb.people), dict(nb.conferences)
    snapshot = {tid: (t.title, t.start, list(t.speakers)) for tid, t in nb.talks.items()}
    report = merge_programme(nb, programme(50), source="feed.md", dry_run=True)
    assert len(report.added) > 50
    assert nb.talks == talks and nb.people == people and nb.conferences == confs
    assert all(nb.talks[t] is talks[t] for t in talks)  # the very same objects
    assert {tid: (t.title, t.start, list(t.speakers)) for tid, t in nb.talks.items()} == snapshot
    assert files(nb.root) == before and heard == []


def test_a_dry_run_over_an_existing_conference_leaves_its_objects_alone(nb: Notebook) -> None:
    merge_programme(nb, programme(), source="feed.md")
    conf_id = next(c for c in nb.conferences if c.startswith("feed-workshop"))
    conf = nb.conferences[conf_id]
    moved = programme()
    moved.talks[0].room = "Moved Room"
    for t in moved.talks:
        t.start = t.start.replace(hour=t.start.hour + 5) if t.start else None
        t.end = t.end.replace(hour=t.end.hour + 5) if t.end else None
    ids = {t.id: (t.start, t.room) for t in nb.talks_of(conf_id)}
    report = merge_programme(nb, moved, source="feed.md", dry_run=True)
    assert report.updated
    assert nb.conferences[conf_id] is conf
    assert {t.id: (t.start, t.room) for t in nb.talks_of(conf_id)} == ids


def test_the_open_index_follows_saves_without_a_sync(nb: Notebook) -> None:
    index = index_of(nb)
    index.sync()
    talk = next(iter(nb.talks.values()))
    talk.body += "\nA capybara appeared.\n"
    nb.save_talk(talk)
    assert [h.id for h in index.search("capybara").hits] == [talk.id]
    merge_programme(nb, programme(), source="feed.md")
    assert len(index.search("quokka", kinds=("talk",)).hits) == 3
    nb.close_index()


def test_a_merge_of_people_is_one_change_and_the_removed_page_leaves_the_index(
    nb: Notebook,
) -> None:
    index = index_of(nb)
    index.sync()
    heard = listen(nb)
    keep, other = sorted(nb.people)[:2]
    name = nb.people[other].name
    merge_people(nb, keep, other)
    assert len(heard) == 1 and heard[0].reason == "merged"
    assert {keep, other} <= heard[0].people and other not in nb.people
    hits = index.search(f'"{name}"', kinds=("person",)).hits
    assert [h.id for h in hits] == [keep]
    nb.close_index()


def test_a_failing_subscriber_never_fails_the_save(nb: Notebook) -> None:
    def broken(_change: NotebookChange) -> None:
        raise RuntimeError("subscriber bug")

    nb.changes.subscribe(broken)
    talk = next(iter(nb.talks.values()))
    talk.body += "\nstill saved\n"
    assert nb.save_talk(talk)
    assert "still saved" in talk.path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert [type(exc) for _c, exc in nb.changes.failures] == [RuntimeError]


def test_unsubscribe_stops_the_calls() -> None:
    feed = ChangeFeed()
    heard: list[NotebookChange] = []
    stop = feed.subscribe(heard.append)
    feed.publish(change("external", talks=["a/b"]))
    stop()
    feed.publish(change("external", talks=["a/c"]))
    assert [c.talks for c in heard] == [frozenset({"a/b"})]


def test_the_write_lock_is_reentrant_and_shared_by_threads(nb: Notebook) -> None:
    order: list[str] = []

    def other_thread() -> None:
        with nb.write_lock.hold():
            order.append("worker")

    with nb.write_lock.hold(), nb.write_lock.hold():
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join(0.2)
        order.append("owner")
    worker.join(5)
    assert order == ["owner", "worker"]
    assert os.path.exists(nb.root / ".confnotes" / "write.lock")


def test_an_import_reindexes_only_what_it_changed_without_a_rescan(nb: Notebook) -> None:
    index = index_of(nb)
    index.sync()
    hashed, written = index.files_hashed, index.documents_written  # type: ignore[attr-defined]
    merge_programme(nb, programme(), source="feed.md")
    # 3 talks, 3 people and the conference: no file of the rest of the notebook is read
    assert index.files_hashed == hashed  # type: ignore[attr-defined]
    assert 7 <= index.documents_written - written <= 10  # type: ignore[attr-defined]
    assert len(index.search("quokka", kinds=("talk",)).hits) == 3
    nb.close_index()


def test_a_save_never_waits_for_an_index_build_and_is_indexed_after_it(nb: Notebook) -> None:
    index = index_of(nb)
    index.sync()
    building, release = threading.Event(), threading.Event()

    def slow_progress(done: int, total: int) -> None:
        building.set()
        release.wait(30)

    build = threading.Thread(target=lambda: index.rebuild(progress=slow_progress))
    build.start()
    assert building.wait(30)
    talk = next(iter(nb.talks.values()))
    talk.body += "\nAn okapi during the build.\n"
    saver = threading.Thread(target=nb.save_talk, args=(talk,))
    saver.start()
    saver.join(10)
    finished = not saver.is_alive()
    release.set()
    build.join(60)
    assert finished, "the save waited for the index build"
    assert nb.catch_up_index()
    assert [h.id for h in index.search("okapi").hits] == [talk.id]
    nb.close_index()
