"""Issue 7, item 13: hostile titles and names never make a bad file name.

Through every place a note or person file is created (``Notebook.new_*``, an
import, ``people split``, a page for a speaker id typed in a note): the file is
inside the notebook, its name has at most 255 bytes, it is unique even on a
case-insensitive file system, and the title or name loads back exactly.
"""

from __future__ import annotations

import os
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.errors import BadInputError
from confnotes.importers.merge import merge_programme
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.registry import parse_programme
from confnotes.importers.sources import import_sources
from confnotes.knowledge.people import _drop_brackets, merge_people, split_person
from confnotes.model import Person
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.slugs import WINDOWS_DEVICES, file_name_key

HOSTILE = [
    "../../x",
    "../../../etc/passwd",
    "/etc/passwd",
    "C:\\Windows\\system32",
    "a\x00b",
    "CON",
    "con",
    "nul.txt",
    "NUL",
    "com1",
    "LPT9.md",
    "会" * 300,
    "👩\u200d👩\u200d👧\u200d👦",
    "👨\u200d💻 talk",
    "abc\u202etxt.exe",
    unicodedata.normalize("NFD", "Café Müller"),
    unicodedata.normalize("NFC", "Café Müller"),
    "Foo Bar",
    "foo bar",
    "FOO BAR",
    ".",
    "..",
    ".hidden",
    "x" * 400,
    "é" * 300,
    " padded ",
    "line\nbreak",
    "tab\there",
    "trailing dot.",
    "שלום עולם",
    "مرحبا",
]


def _check_files(root: Path, paths: list[Path]) -> None:
    root = root.resolve()
    keys = set()
    for path in paths:
        real = path.resolve()
        assert real.is_relative_to(root), path
        assert real.is_file(), path
        assert len(path.name.encode()) <= 255
        assert path.stem.split(".")[0].lower() not in WINDOWS_DEVICES
        assert not path.name.startswith(".")
        key = file_name_key(str(real.relative_to(root)))
        assert key not in keys, f"{path} differs from another file only by case"
        keys.add(key)


def _outside(root: Path) -> set[str]:
    """Every file next to the notebook, to show nothing was written outside it."""
    return {str(p) for p in root.parent.rglob("*") if not p.is_relative_to(root)}


def test_hostile_titles_and_names_make_safe_unique_files_and_round_trip(tmp_path):
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    before = _outside(root)
    conf = nb.new_conference("Conf")
    nb.save_conference(conf)
    talks, people = [], []
    for text in HOSTILE:
        talk = nb.new_talk(conf.id, text)
        nb.save_talk(talk)
        talks.append(talk)
        person = nb.new_person(text)
        nb.save_person(person)
        people.append(person)
    _check_files(root, [t.path for t in talks] + [p.path for p in people])
    assert _outside(root) == before
    again = Notebook.open(root)
    for talk in talks:
        assert again.talks[talk.id].title == talk.title
    for person in people:
        assert again.people[person.id].name == person.name
    assert again.check() == []


def test_conference_names_make_safe_unique_folders(tmp_path):
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    confs = [nb.new_conference(text) for text in HOSTILE]
    for conf in confs:
        nb.save_conference(conf)
    folders = [c.path.parent for c in confs]
    assert all(f.parent == root for f in folders)
    assert len({file_name_key(f.name) for f in folders}) == len(folders)
    assert all(len(f.name.encode()) <= 255 for f in folders)
    again = Notebook.open(root)
    assert [again.conferences[c.id].name for c in confs] == [c.name for c in confs]


visible_text = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=80).filter(
    lambda s: s.strip()
)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(st.one_of(visible_text, st.sampled_from(HOSTILE)), min_size=1, max_size=6).flatmap(
        lambda xs: st.just(xs + [x.swapcase() for x in xs])
    )
)
def test_any_titles_give_unique_safe_files_that_round_trip(tmp_path_factory, titles):
    root = tmp_path_factory.mktemp("nb")
    nb = Notebook.open(root)
    conf = nb.new_conference("Conf")
    nb.save_conference(conf)
    made = []
    for title in titles:
        talk = nb.new_talk(conf.id, title)
        nb.save_talk(talk)
        person = nb.new_person(title)
        nb.save_person(person)
        made.append((talk, person))
    _check_files(root, [t.path for t, _ in made] + [p.path for _, p in made])
    again = Notebook.open(root)
    for talk, person in made:
        assert again.talks[talk.id].title == talk.title
        assert again.people[person.id].name == person.name


def test_names_differing_only_by_case_from_files_made_by_hand_get_other_names(tmp_path):
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    conf = nb.new_conference("Conf")
    nb.save_conference(conf)
    (root / conf.id / "Foo-Bar.md").write_text("---\ntitle: Foo Bar\n---\n", encoding="utf-8")
    (root / "people").mkdir()
    (root / "people" / "Jane-Doe.md").write_text("---\nname: Jane Doe\n---\n", encoding="utf-8")
    (root / "RelML").mkdir()
    nb = Notebook.open(root)
    talk = nb.new_talk(conf.id, "foo bar")
    person = nb.new_person("Jane Doe")
    other = nb.new_conference("relml")
    assert file_name_key(talk.path.name) != file_name_key("Foo-Bar.md")
    assert file_name_key(person.path.name) != file_name_key("Jane-Doe.md")
    assert file_name_key(other.id) != file_name_key("RelML")


def _programme(titles: list[str], names: list[str]) -> Programme:
    talks = [
        ProgrammeTalk(
            title=title,
            start=datetime(2025, 5, 1, 9 + i % 8, 0),
            speakers=[ProgrammePerson(name=names[i % len(names)])],
            source_id=f"t{i}",
        )
        for i, title in enumerate(titles)
    ]
    return Programme(name="Hostile Conf 2025", format="test", talks=talks)


def test_import_of_hostile_titles_and_speaker_names(tmp_path):
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    before = _outside(root)
    names = [n for n in HOSTILE if n.strip()]
    programme = _programme(HOSTILE, names)
    report = merge_programme(nb, programme)
    assert report.error is None
    _check_files(root, [t.path for t in nb.talks.values()] + [p.path for p in nb.people.values()])
    assert _outside(root) == before
    again = Notebook.open(root)
    titles = sorted(t.title for t in again.talks.values())
    assert titles == sorted(HOSTILE)
    for pid, person in nb.people.items():
        assert again.people[pid].name == person.name
    # and again: nothing new, nothing renamed
    assert not merge_programme(again, _programme(HOSTILE, names)).changed


def test_import_file_with_hostile_titles(tmp_path):
    events = []
    titles = ["../../x", "CON", "会" * 300, "👩\u200d💻 Ünïcode", "abc\u202etxt", "Talk", "TALK"]
    for i, title in enumerate(titles):
        events.append(
            "BEGIN:VEVENT\r\n"
            f"UID:e{i}@example.org\r\n"
            f"DTSTART:202505{10 + i}T090000Z\r\nDTEND:202505{10 + i}T100000Z\r\n"
            f"SUMMARY:{title}\r\n"
            "END:VEVENT\r\n"
        )
    ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:../../CON\r\n"
    ics += "".join(events) + "END:VCALENDAR\r\n"
    source = tmp_path / "hostile.ics"
    source.write_text(ics, encoding="utf-8")
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    (report,) = import_sources(nb, [str(source)])
    assert report.error is None, report.error
    paths = [t.path for t in nb.talks.values()]
    assert len(paths) == len(titles)
    _check_files(root, paths)
    parsed = parse_programme(source.read_bytes(), source.name)
    expected = sorted(t.title for t in parsed.talks)  # as the importer cleans them
    assert sorted(t.title for t in Notebook.open(root).talks.values()) == expected
    assert "../../x" in expected and "abc\u202etxt" in expected
    assert not (tmp_path / "CON").exists() and not (tmp_path / "x.md").exists()


def test_import_into_a_conference_folder_differing_only_by_case_uses_it(tmp_path):
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    conf = nb.new_conference("RelML 2025", conf_id="RelML-2025")
    nb.save_conference(conf)
    report = merge_programme(nb, Programme(name="RelML 2025", format="test", talks=[]))
    assert report.conference_id == "RelML-2025"
    assert sorted(os.listdir(root)) == [".confnotes", "RelML-2025"]


@pytest.mark.parametrize("bad", ["../../x", "../outside", "/etc/x", "a/b", "CON", ".hidden", ""])
def test_a_page_for_a_hostile_speaker_id_is_never_written_outside(tmp_path, bad):
    """The person screen creates ``Person(id=<speaker id from a note>)`` and saves it."""
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    before = _outside(root)
    with pytest.raises(BadInputError):
        nb.save_person(Person(id=bad, name="Someone"))
    assert _outside(root) == before
    assert not (root / "people").exists() or not any((root / "people").iterdir())


def test_people_split_ignores_a_hostile_recorded_id(tmp_path):
    root = tmp_path / "nb"
    nb = Notebook.open(root, create=True)
    a, b = nb.new_person("Ann Lee"), nb.new_person("Annie Lee")
    nb.save_person(a)
    nb.save_person(b)
    merge_people(nb, a.id, b.id)
    page = a.path.read_text(encoding="utf-8").replace("id: annie-lee", "id: ../../evil")
    assert "../../evil" in page
    a.path.write_text(page, encoding="utf-8")
    nb = Notebook.open(root)
    before = _outside(root)
    person = split_person(nb, a.id)
    assert person.path.resolve().is_relative_to(root.resolve())
    assert person.name == "Annie Lee"
    assert _outside(root) == before
    assert not (tmp_path / "evil.md").exists()


def test_many_unclosed_brackets_in_a_name_are_kept_and_quick() -> None:
    """A name of 50,000 unclosed brackets is kept as typed (and does not hang the import)."""
    assert _drop_brackets("(" * 50_000 + "x") == "(" * 50_000 + "x"
