"""People across conferences: sure matches merge, unsure ones are asked, merges undo."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.errors import NotFoundError, UsageError
from confnotes.importers.entries import _people
from confnotes.importers.merge import merge_programme
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeRole, ProgrammeTalk
from confnotes.knowledge.people import (
    _drop_brackets,
    compare_names,
    merge_people,
    name_key,
    split_person,
    uncertain_pairs,
    uncertain_problems,
)
from confnotes.notebook.notebook import Notebook


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Ivana Kajić", "Ivana Kajic", "same"),
        ("Kajić, Ivana", "ivana kajic", "same"),
        ("Prof. Dr.  Ivana Kajić", "Ivana Kajic", "same"),
        ("Jascha Sohl-Dickstein", "Jascha Sohl Dickstein", "same"),
        ("Kun Zhang", "Cheng Zhang", "different"),
        ("Yichuan Zhang", "Cheng Zhang", "different"),
        ("A. Smith", "B. Smith", "different"),
        ("Philip M. Kim", "Philip J. Kim", "different"),
        ("Sharon Zhou", "Sharon Zhu", "different"),
        ("Philip M. Kim", "Philip Kim", "maybe"),
        ("J. Zico Kolter", "Zico Kolter", "maybe"),
        ("Yingzhen Li", "Yingzen Li", "maybe"),
        ("Chris Williams", "Christopher Williams", "maybe"),
        ("Cheng Zhang", "Zhang Cheng", "maybe"),
    ],
)
def test_name_comparison_without_evidence(a: str, b: str, verdict: str) -> None:
    assert compare_names(a, [], b, [])[0] == verdict


def test_evidence_turns_maybe_into_same() -> None:
    toronto = ["University of Toronto"]
    assert compare_names("Philip M. Kim", toronto, "Philip Kim", ["the University of Toronto"])[
        0
    ] == ("same")
    assert compare_names("Yingzhen Li", [], "Yingzen Li", [], same_programme=True)[0] == "same"
    # evidence never joins different given names
    assert compare_names("Kun Zhang", ["CMU"], "Cheng Zhang", ["CMU"])[0] == "different"


def test_name_key_is_accent_case_and_order_blind() -> None:
    assert name_key("Kajić, Ivana") == name_key("IVANA KAJIC") == "ivana kajic"


def _programme(name: str, year: int, people: list[tuple[str, list[str]]], role: str = "speaker"):
    from datetime import date

    return Programme(
        name=name,
        format="markdown",
        start=date(year, 6, 1),
        end=date(year, 6, 1),
        roles=[ProgrammeRole(ProgrammePerson(n, list(a)), role) for n, a in people],
        talks=[
            ProgrammeTalk(title=f"{n} on things", speakers=[ProgrammePerson(n, list(a))])
            for n, a in people
        ],
    )


def test_import_merges_sure_and_records_unsure(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    merge_programme(nb, _programme("Conf A", 2020, [("Ivana Kajić", ["Waterloo"])]))
    merge_programme(nb, _programme("Conf B", 2021, [("Philip Kim", ["Toronto"])]))
    report = merge_programme(
        nb,
        _programme(
            "Conf C",
            2022,
            [("ivana kajic", ["DeepMind"]), ("Philip M. Kim", []), ("Kun Zhang", ["CMU"])],
        ),
    )
    assert len([p for p in nb.people.values() if name_key(p.name) == "ivana kajic"]) == 1
    ivana = nb.people["ivana-kajic"]
    assert ivana.affiliations == ["DeepMind", "Waterloo"]
    assert ivana.aliases == ["ivana kajic"]
    assert any("Ivana" in line for line in report.merged)
    # Philip M. Kim without shared affiliation: asked, not merged
    assert "philip-m-kim" in nb.people and "philip-kim" in nb.people
    assert uncertain_pairs(nb) == [("philip-kim", "philip-m-kim")]
    assert any("may be Philip Kim" in line for line in report.notes)
    (problem,) = uncertain_problems(nb)
    assert problem.level == "warning" and "people merge" in problem.message


def test_merge_and_split_keep_every_word(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    merge_programme(nb, _programme("Conf B", 2021, [("Philip Kim", ["Toronto"])]))
    merge_programme(nb, _programme("Conf C", 2022, [("Philip M. Kim", ["Vector"])], "keynote"))
    a, b = nb.people["philip-kim"], nb.people["philip-m-kim"]
    a.body = "Met him at the poster.\n"
    b.body = "Asked about protein design.\n"
    b.extra["github"] = "pkim"
    nb.save_person(a)
    nb.save_person(b)

    merged = merge_people(nb, "philip-kim", "Philip M. Kim")
    assert "philip-m-kim" not in nb.people
    assert not (tmp_path / "nb" / "people" / "philip-m-kim.md").exists()
    assert merged.aliases == ["Philip M. Kim"]
    assert merged.affiliations == ["Toronto", "Vector"]
    assert "Met him at the poster." in merged.body and "Asked about protein design." in merged.body
    assert merged.extra["github"] == "pkim"
    assert uncertain_pairs(nb) == []
    reloaded = Notebook.open(tmp_path / "nb")
    assert all("philip-m-kim" not in t.speakers for t in reloaded.talks.values())
    assert any(
        r.person == "philip-kim" and r.role == "keynote"
        for r in reloaded.conferences["conf-c-2022"].people
    )
    assert reloaded.check() == []

    back = split_person(reloaded, "philip-kim")
    assert back.id == "philip-m-kim"
    assert back.body == "Asked about protein design.\n"
    assert reloaded.people["philip-kim"].body == "Met him at the poster.\n"
    assert reloaded.people["philip-kim"].aliases == []
    assert back.affiliations == ["Vector"]
    talk = next(t for t in reloaded.talks.values() if t.conference == "conf-c-2022")
    assert talk.speakers == ["philip-m-kim"]
    assert any(r.person == "philip-m-kim" for r in reloaded.conferences["conf-c-2022"].people)


def test_merge_errors(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    merge_programme(nb, _programme("Conf", 2021, [("Ann Lee", [])]))
    with pytest.raises(NotFoundError, match="no person 'Nobody'"):
        merge_people(nb, "ann-lee", "Nobody")
    with pytest.raises(UsageError):
        merge_people(nb, "ann-lee", "Ann Lee")
    with pytest.raises(UsageError):
        split_person(nb, "ann-lee")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Prof. Dr.  Ivana Kajić", "Ivana Kajić"),
        ("Kajić, Ivana", "Ivana Kajić"),
        ("King, Jr.", "King, Jr."),
        ("Zhang,  Kun", "Kun Zhang"),
        ("Rianne van den Berg", "Rianne van den Berg"),
    ],
)
def test_display_names(raw: str, shown: str) -> None:
    from confnotes.knowledge.people import display_name

    assert display_name(raw) == shown


def test_honorifics_and_reversed_names_are_one_person(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    merge_programme(nb, _programme("Conf A", 2020, [("Prof. Dr. Ivana  Kajić", ["Waterloo"])]))
    merge_programme(nb, _programme("Conf B", 2021, [("Kajić, Ivana", ["DeepMind"])]))
    (person,) = nb.people.values()
    assert (person.id, person.name, person.aliases) == ("ivana-kajic", "Ivana Kajić", [])
    assert person.affiliations == ["DeepMind", "Waterloo"]


def test_namesakes_on_one_programme_stay_two_people(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    programme = _programme(
        "Big Conf", 2024, [("Wei Wang", ["Tsinghua University"]), ("Wei Wang", ["Alibaba"])]
    )
    programme.talks[1].title = "Another talk"
    report = merge_programme(nb, programme)
    wangs = sorted(p.id for p in nb.people.values())
    assert wangs == ["wei-wang", "wei-wang-2"]
    assert nb.people["wei-wang"].affiliations == ["Tsinghua University"]
    assert nb.people["wei-wang-2"].affiliations == ["Alibaba"]
    assert uncertain_pairs(nb) == [("wei-wang", "wei-wang-2")]
    assert any("may be Wei Wang" in line for line in report.notes)
    # re-importing keeps each talk with its own Wei Wang
    again = merge_programme(Notebook.open(tmp_path / "nb"), programme)
    assert not again.changed
    talks = {t.title: t.speakers for t in Notebook.open(tmp_path / "nb").talks.values()}
    assert talks == {"Wei Wang on things": ["wei-wang"], "Another talk": ["wei-wang-2"]}


def test_nested_affiliation_is_not_part_of_the_name() -> None:
    """``Jane Doe (University of Oxford (UK))`` is the same person as Jane Doe on re-import."""
    assert name_key("Jane Doe (University of Oxford (UK))") == name_key("Jane Doe")
    assert name_key("Li Wei [PKU (Beijing)]") == name_key("Li Wei")


def test_brackets_are_dropped_as_the_first_pattern_did() -> None:
    """The linear-time bracket removal gives the same names as the original pattern."""
    old = re.compile(r"\([^)]*\)|\[[^\]]*\]")
    for name in ["a (b (c)) d", "a [b) c] d (", "((x", "a)(b]", "[(]) x", "Ann (Lee"]:
        assert _drop_brackets(name) == old.sub(" ", name), name


def test_oxford_comma_list_keeps_every_speaker() -> None:
    """``A (MIT), B (CMU), and C (UW)`` in an imported schedule gives three speakers."""
    people = _people("Alice Smith (MIT), Bob Jones (CMU), and Carol White (UW)")
    assert [p.name for p in people] == ["Alice Smith", "Bob Jones", "Carol White"]
    assert [p.affiliations for p in people] == [["MIT"], ["CMU"], ["UW"]]


_GIVEN = ["ana", "anna", "jo", "joe", "li", "lin"]
_FAMILY = ["kara", "kora", "karas", "akra", "smith", "smyth", "smit", "kar"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_GIVEN), st.sampled_from(_FAMILY)), max_size=25),
    st.tuples(st.sampled_from(_GIVEN), st.sampled_from(_FAMILY)),
)
def test_the_indexed_lookup_finds_whom_comparing_with_everyone_finds(
    tmp_path_factory: pytest.TempPathFactory, known: list[tuple[str, str]], query: tuple[str, str]
) -> None:
    """Typos are looked up through an index of surnames one letter apart: the outcome is
    the one comparing the name with every person in the notebook gives."""
    from confnotes.knowledge.people import PeopleMatcher, compare_names
    from confnotes.model import Person

    nb = Notebook(tmp_path_factory.mktemp("nb"))
    for n, (first, last) in enumerate(known):
        nb.people[f"p{n}"] = Person(id=f"p{n}", name=f"{first.title()} {last.title()}")
    name = f"{query[0].title()} {query[1].title()}"
    match = PeopleMatcher(nb).match(name, [])
    verdicts = {pid: compare_names(name, [], p.name, [])[0] for pid, p in nb.people.items()}
    sure = sorted(pid for pid, v in verdicts.items() if v == "same")
    maybe = sorted(pid for pid, v in verdicts.items() if v == "maybe")
    if match.reason == "same name":
        assert match.person_id in sure
    elif len(sure) == 1:
        assert match.person_id == sure[0]
    else:
        assert match.person_id is None
        assert sorted(pid for pid, _why in match.maybe) == sorted(maybe + sure)
