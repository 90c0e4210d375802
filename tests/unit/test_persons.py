"""One person test and one speaker-string reader, shared by every importer and by merging."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from confnotes.importers.merge import merge_programme
from confnotes.importers.persons import (
    is_person_name,
    is_placeholder,
    normalise_person,
    parse_one,
    role_people,
    split_speakers,
    vouched_by,
)
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.registry import parse_programme
from confnotes.notebook.notebook import Notebook


@pytest.mark.parametrize(
    "text", ["Team 1", "Team 2", "Speaker 3", "TBA", "tbd", "To be announced", "Group B", "N/A"]
)
def test_placeholders_are_not_people(text: str) -> None:
    assert is_placeholder(text)
    assert not is_person_name(text)
    assert split_speakers(text) == []
    assert normalise_person(ProgrammePerson(name=text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "Stanford University",
        "Poster Session",
        "Coffee break",
        "Morning Session",
        "Closing Thoughts",
        "Serverless GPUs",
        "Google DeepMind",
        "Jane Doe (MIT",
        "Key Takeaways",
    ],
)
def test_headings_organisations_sessions_and_fragments_are_not_names(text: str) -> None:
    assert not is_person_name(text)
    assert split_speakers(text) == []


@pytest.mark.parametrize(
    ("text", "names", "affiliations"),
    [
        ("Jane Doe [Stanford University]", ["Jane Doe"], [["Stanford University"]]),
        ("Jane Doe (Stanford University)", ["Jane Doe"], [["Stanford University"]]),
        ("Jane Doe, Stanford University", ["Jane Doe"], [["Stanford University"]]),
        ("Jane Doe, Allegro", ["Jane Doe"], [["Allegro"]]),
        ("Ana Lima, Bo Chen and Kai Müller", ["Ana Lima", "Bo Chen", "Kai Müller"], None),
        ("Ana Lima, Bo Chen, and Kai Müller", ["Ana Lima", "Bo Chen", "Kai Müller"], None),
        ("Ana Lima & Bo Chen", ["Ana Lima", "Bo Chen"], None),
        ("Ana Lima · Bo Chen", ["Ana Lima", "Bo Chen"], None),
        ("A. Smith (X, Y) and B. Jones (Z)", ["A. Smith", "B. Jones"], [["X, Y"], ["Z"]]),
        ("Noor van Dijk", ["Noor van Dijk"], None),
        ("Jean DUPONT", ["Jean DUPONT"], None),
    ],
)
def test_speaker_strings(text: str, names: list[str], affiliations: list[list[str]] | None) -> None:
    people = split_speakers(text)
    assert [p.name for p in people] == names
    if affiliations is not None:
        got = [p.affiliations for p in people]
        assert [", ".join(a) for a in got] == [", ".join(a) for a in affiliations]


def test_a_lone_given_name_needs_role_evidence() -> None:
    assert split_speakers("Chris") == []
    assert [p.name for p in split_speakers("Chris", single_ok=True)] == ["Chris"]


def test_a_bracketed_affiliation_in_a_name_field_is_split_off() -> None:
    person = normalise_person(ProgrammePerson(name="Ada Lovelace [Analytical Engines Ltd]"))
    assert person is not None
    assert person.name == "Ada Lovelace"
    assert person.affiliations == ["Analytical Engines Ltd"]


def _programme(name: str, day: date, speakers: list[str]) -> Programme:
    return Programme(
        name=name,
        format="markdown",
        start=day,
        end=day,
        talks=[
            ProgrammeTalk(title=f"Talk {i} of {name}", speakers=[ProgrammePerson(n)])
            for i, n in enumerate(speakers)
        ],
    )


def test_placeholders_are_never_merged_into_one_person(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    merge_programme(nb, _programme("Demo Day", date(2024, 5, 1), ["Team 1", "Team 2", "Ann Lee"]))
    nb = Notebook.open(tmp_path / "nb")
    assert sorted(p.name for p in nb.people.values()) == ["Ann Lee"]
    assert [t.speakers for t in sorted(nb.talks.values(), key=lambda t: t.title)][:2] == [[], []]


def test_a_one_word_name_never_merges_across_conferences(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    merge_programme(nb, _programme("Meetup One", date(2024, 5, 1), ["Chris"]))
    nb = Notebook.open(tmp_path / "nb")
    report = merge_programme(nb, _programme("Meetup Two", date(2024, 6, 1), ["Chris"]))
    nb = Notebook.open(tmp_path / "nb")
    chrises = [p for p in nb.people.values() if p.name == "Chris"]
    assert len(chrises) == 2
    assert any("may be" in line for line in report.notes)
    # the same conference again: still one Chris there (re-import changes nothing)
    again = merge_programme(nb, _programme("Meetup Two", date(2024, 6, 1), ["Chris"]))
    assert not again.changed


@pytest.mark.parametrize(
    "name",
    ["王伟", "李娜", "欧阳娜娜", "山田 花子", "山田花子", "佐藤 ゆき", "김민수", "ジョン・スミス"],
)
def test_east_asian_names_have_their_scripts_shape(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text", ["向量检索实践", "分布式数据库的未来", "索引构建时间是主要瓶颈", "Ada 王"]
)
def test_east_asian_titles_are_longer_than_a_name(text: str) -> None:
    assert not is_person_name(text)


def test_a_chinese_heading_names_its_speaker_after_the_dash() -> None:
    from confnotes.importers.headings import read_heading

    talk = read_heading("向量检索实践 — 李娜")
    assert (talk.title, [p.name for p in talk.speakers]) == ("向量检索实践", ["李娜"])
    talk = read_heading("基調講演: 分布式数据库的未来 — 王伟")
    assert (talk.kind, talk.title, [p.name for p in talk.speakers]) == (
        "keynote",
        "分布式数据库的未来",
        ["王伟"],
    )


@pytest.mark.parametrize(
    ("heading", "kind", "title", "speaker"),
    [
        ("主题演讲：分布式数据库的未来 — 王伟", "keynote", "分布式数据库的未来", "王伟"),
        ("分布式数据库的未来（王伟）", "talk", "分布式数据库的未来", "王伟"),
        ("王伟：分布式数据库的未来", "talk", "分布式数据库的未来", "王伟"),
    ],
)
def test_east_asian_punctuation_parts_a_heading_as_its_ascii_forms_do(
    heading: str, kind: str, title: str, speaker: str
) -> None:
    from confnotes.importers.headings import read_heading

    talk = read_heading(heading)
    assert (talk.kind, talk.title, [p.name for p in talk.speakers]) == (kind, title, [speaker])


def test_the_people_of_a_speaker_string_are_the_callers_to_change() -> None:
    """A speaker string is read once per process; each caller still gets people of its
    own (an importer adds an affiliation or an id to the ones it got)."""
    first = split_speakers("Ana Ruiz (Example Lab) and Li Wei")
    first[0].affiliations.append("Another Lab")
    first[1].name = "Changed"
    first[1].aliases.append("lw")
    again = split_speakers("Ana Ruiz (Example Lab) and Li Wei")
    assert [(p.name, p.affiliations, p.aliases) for p in again] == [
        ("Ana Ruiz", ["Example Lab"], []),
        ("Li Wei", [], []),
    ]


def test_a_chinese_given_name_ending_in_ing_is_no_gerund() -> None:
    """``Mingming Gong`` is a name (Pinyin syllables), ``Building Agents`` a title."""
    from confnotes.importers.persons import is_person_name

    assert is_person_name("Mingming Gong")
    assert is_person_name("Tingting Zhang")
    assert not is_person_name("Building Agents")
    assert not is_person_name("Mining Software")


def test_a_hyphenated_pinyin_given_name_is_no_gerund_whatever_the_family_name() -> None:
    """``Mei-Ling Osei``: two Pinyin syllables joined by a hyphen are a given name; a
    hyphenated gerund (``Fine-Tuning``, ``Self-Hosting``, ``Re-Ranking``) stays a title's."""
    from confnotes.importers.persons import is_person_name

    assert is_person_name("Mei-Ling Osei")
    assert is_person_name("Shu-Ping Carvalho")
    assert not is_person_name("Fine-Tuning Models")
    assert not is_person_name("Self-Hosting Kubernetes")
    assert not is_person_name("Re-Ranking Tricks")


def test_a_capitalised_by_word_opening_a_speaker_string_is_no_part_of_the_name() -> None:
    """``Par Jean Dupont`` (a by-line as a sentence's first words, in any language) names
    Jean Dupont; a particle that opens names stays (``Von``), and a by-line in small
    letters is its caller's to read (``by Ana Ruiz`` is no name)."""
    from confnotes.importers.persons import split_speakers

    assert [p.name for p in split_speakers("Par Jean Dupont")] == ["Jean Dupont"]
    assert [p.name for p in split_speakers("With Ana Ruiz and Bo Li")] == ["Ana Ruiz", "Bo Li"]
    assert [p.name for p in split_speakers("Mit Hans Müller")] == ["Hans Müller"]
    assert split_speakers("by Ana Ruiz") == []


def test_lines_that_each_name_someone_in_full_are_people_apart_a_wrapped_name_is_one() -> None:
    from confnotes.importers.timetable import _people_cell

    assert [p.name for p in split_speakers("Rana Haddad\nSven Kowalski")] == [
        "Rana Haddad",
        "Sven Kowalski",
    ]
    # a cell of two names a <br> apart: two speakers, not one person of four words
    assert [p.name for p in _people_cell("Rana Haddad\nSven Kowalski")] == [
        "Rana Haddad",
        "Sven Kowalski",
    ]
    # a line that is no one's name alone: one name wrapped over two lines
    assert [p.name for p in split_speakers("Ines Marta de\nla Fuente Ortiz")] == [
        "Ines Marta de la Fuente Ortiz"
    ]
    assert [p.name for p in split_speakers("Ines Marta\nOrtiz")] == ["Ines Marta Ortiz"]


def test_a_name_shaped_part_between_a_name_and_a_position_is_the_first_position() -> None:
    # "Name, X, Position, Organisation": X opens one person's run of positions, however
    # its words are shaped (no job word in it: "Pixel Gardener", "Bug Whisperer")
    people = split_speakers("Mira Okafor, Pixel Gardener, Principal Engineer, Tallowbrook Labs")
    assert [p.name for p in people] == ["Mira Okafor"]
    people = split_speakers("Jonas Veld, Bug Whisperer, Lead Developer")
    assert [p.name for p in people] == ["Jonas Veld"]
    # people listed with commas only, or joined by "and", stay people
    assert [p.name for p in split_speakers("Mira Okafor, Jonas Veld, Petra Lind")] == [
        "Mira Okafor",
        "Jonas Veld",
        "Petra Lind",
    ]
    assert [p.name for p in split_speakers("Mira Okafor, Jonas Veld and Petra Lind, Editor")] == [
        "Mira Okafor",
        "Jonas Veld",
        "Petra Lind",
    ]


def test_a_chinese_by_line_writes_the_company_before_the_person() -> None:
    """``京东 任强`` in a Chinese programme is Ren Qiang of JD: one person and where they
    work; a name spaced after its family name stays whole, and a Japanese document's
    ``渡瀬 瑞希`` (family, space, given) is one person."""
    with vouched_by("架构师峰会 演讲嘉宾"):
        person = parse_one("云计算公司 黄湘龙")
        assert person is not None
        assert (person.name, person.affiliations) == ("黄湘龙", ["云计算公司"])
        assert [p.name for p in split_speakers("京东 任强")] == ["任强"]
        for whole in ("王 伟", "欧阳 娜娜"):
            assert [p.name for p in split_speakers(whole)] == [whole]
    with vouched_by("基調講演のスピーカー"):
        assert [p.name for p in split_speakers("田中 康夫")] == ["田中 康夫"]


def test_a_chinese_programme_table_keeps_the_person_apart_from_the_company() -> None:
    page = (
        "# 架构师峰会 2014\n\n"
        "| 时间 | 题目 | 讲师 |\n| --- | --- | --- |\n"
        "| 09:00 | 分布式存储的演进 | 云计算公司 黄湘龙 |\n"
        "| 10:00 | 移动端性能优化 | 电商平台 李鹏涛 |\n"
        "| 11:00 | 推荐系统实践 | 视频网站 张珺 |\n"
    )
    programme = parse_programme(page.encode(), "page.md")
    speakers = {p.name: p.affiliations for t in programme.talks for p in t.speakers}
    assert speakers == {"黄湘龙": ["云计算公司"], "李鹏涛": ["电商平台"], "张珺": ["视频网站"]}


@pytest.mark.parametrize(
    ("field", "people"),
    [
        ("Ana Ruiz - Harbour Lab", [("Ana Ruiz", ["Harbour Lab"])]),
        ("Ana Ruiz – Politecnico di Milano", [("Ana Ruiz", ["Politecnico di Milano"])]),
        (
            "Ana Ruiz - Harbour Lab, Bo Li - Acme SpA",
            [("Ana Ruiz", ["Harbour Lab"]), ("Bo Li", ["Acme SpA"])],
        ),
        (
            "Ana Ruiz, Bo Li - Harbour Lab",
            [("Ana Ruiz", ["Harbour Lab"]), ("Bo Li", ["Harbour Lab"])],
        ),
        (
            "Ana Ruiz - Universidad de Sevilla, España",
            [("Ana Ruiz", ["Universidad de Sevilla, España"])],
        ),
        ("Keynote - Ana Ruiz", []),
        ("Ana Ruiz - Keynote", []),
    ],
)
def test_a_people_field_writes_where_each_works_after_a_dash(
    field: str, people: list[tuple[str, list[str]]]
) -> None:
    """``Name - Organisation`` in a field that holds people: the person and where they
    work, never nobody; a dash before a person or a kind of talk is no affiliation."""
    assert [(p.name, p.affiliations) for p in role_people(field)] == people


def test_a_yaml_programme_of_name_dash_organisation_authors() -> None:
    data = (
        "- time: '10:00'\n  title: Packaging without tears\n"
        "  authors: Ana Ruiz - Harbour Lab\n"
        "- time: '10:30'\n  title: Mesh networks for villages\n"
        "  authors: Bo Li - Acme SpA, Carla Neri - Politecnico di Torino\n"
        "- time: '11:00'\n  title: Keeping old laptops alive\n"
        "  authors: Dario Fo, Elena Riva - Circolo Linux\n"
    )
    programme = parse_programme(data.encode(), "schedule.yml")
    speakers = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert speakers == {
        "Packaging without tears": ["Ana Ruiz"],
        "Mesh networks for villages": ["Bo Li", "Carla Neri"],
        "Keeping old laptops alive": ["Dario Fo", "Elena Riva"],
    }


@pytest.mark.parametrize("chrome", ["Impressum · Datenschutz", "Colofon", "Disclaimer", "Sitemap"])
def test_a_sites_chrome_is_nobody_even_where_a_speaker_would_be(chrome: str) -> None:
    """A page's footer links (``Impressum · Datenschutz``) read where a slot's speaker
    cell would be name no one, even with a role's licence for one-word names."""
    assert role_people(chrome) == []
    assert not any(is_person_name(word, single_ok=True) for word in chrome.split(" · "))
