"""One writer per notebook: its dicts of talks, people and conferences are swapped, never
changed in place (issue 13).

An export, the link graph or the index hand-over iterate ``nb.people`` or ``nb.talks`` in
a worker thread while the user deletes a person, undoes that, or splits one in two from
the app. Changing the dict they iterate raises "dictionary changed size during
iteration" in the worker and loses its work; so every write hands the notebook new dicts
and a reader keeps the ones it started with.
"""

from __future__ import annotations

from pathlib import Path

from confnotes.knowledge.edits import delete_person, undo_last
from confnotes.knowledge.people import merge_people, split_person
from confnotes.notebook.change_feed import NotebookChange
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Clock
from confnotes.schedule.quicknote import NewNote, create_note

CONF = "relml-2025"


def _speaker(nb: Notebook) -> str:
    return next(pid for t in nb.talks.values() for pid in t.speakers if pid in nb.people)


def test_deleting_a_person_leaves_the_dicts_a_reader_holds_as_they_were(demo: Path) -> None:
    nb = Notebook.open(demo)
    heard: list[NotebookChange] = []
    nb.changes.subscribe(heard.append)
    pid = _speaker(nb)
    people, talks = nb.people, nb.talks
    people_before, talks_before = dict(people), dict(talks)

    with nb.writing():
        delete_person(nb, pid)

    assert people == people_before and talks == talks_before  # what a reader held
    assert pid not in nb.people and not (demo / "people" / f"{pid}.md").exists()
    assert not any(pid in t.speakers for t in nb.talks.values())
    assert any(pid in c.people for c in heard)  # announced: the index drops the page
    # the undo brings the page back, again by new dicts
    people = nb.people
    with nb.writing():
        undo_last(nb)
    assert pid not in people
    assert pid in nb.people and (demo / "people" / f"{pid}.md").exists()
    assert Notebook.open(demo).people[pid].name == nb.people[pid].name


def test_splitting_a_person_keeps_the_id_they_had_without_touching_the_held_dict(
    demo: Path,
) -> None:
    nb = Notebook.open(demo)
    a, b = sorted({pid for t in nb.talks.values() for pid in t.speakers if pid in nb.people})[:2]
    b_name = nb.people[b].name
    with nb.writing():
        merge_people(nb, a, b)
    assert b not in nb.people
    people = nb.people
    before = dict(people)

    with nb.writing():
        person = split_person(nb, a, b_name)

    assert people == before
    assert person.id == b and nb.people[b].name == b_name  # the id links used comes back
    assert (demo / "people" / f"{b}.md").exists()


def test_a_new_note_from_another_thread_does_not_change_a_dict_being_iterated(
    demo: Path,
) -> None:
    nb = Notebook.open(demo)
    talks, people, conferences = nb.talks, nb.people, nb.conferences
    sizes = (len(talks), len(people), len(conferences))

    talk = create_note(nb, NewNote(title="Hallway chat", people=["Ada Newcomer"]), Clock())

    assert (len(talks), len(people), len(conferences)) == sizes
    assert talk.id in nb.talks and any(p.name == "Ada Newcomer" for p in nb.people.values())
    # straight on the notebook too (not through a planning copy)
    talks = nb.talks
    added = nb.new_talk(CONF, "Another chat")
    assert added.id not in talks and nb.talks[added.id] is added
