"""Stop 57's mends by the lead: a speaker field's people read as its writer meant."""

from __future__ import annotations

from confnotes.importers.entries import parse_entry
from confnotes.importers.persons import split_speakers, vouched_by
from confnotes.importers.registry import parse_programme


def _speakers(text: str, name: str = "programme.csv") -> list[list[str]]:
    programme = parse_programme(text.encode(), name)
    return [[p.name for p in t.speakers] for t in programme.talks]


def test_a_csv_speaker_written_family_name_first_is_one_person() -> None:
    """Exports write ``Family, Given`` in a speaker cell: one person, not two people each
    named by one word, where the file says so (its header) ..."""
    text = (
        'title,"speaker (last name, first name)",start\n'
        'Faster log compaction,"Quintero, Marta",2031-04-02 09:00\n'
        'Slower but safer,"Vandenberg, Ilse",2031-04-02 10:00\n'
    )
    assert _speakers(text) == [["Marta Quintero"], ["Ilse Vandenberg"]]


def test_a_name_written_both_ways_is_one_person_and_two_given_names_stay_two() -> None:
    """... or writes the same person in the natural order elsewhere (an abstract's
    by-line); ``Anna, Tom`` with no such word is two people, as it may well be."""
    text = (
        "title,speaker,abstract,start\n"
        'Faster log compaction,"Quintero, Marta",Marta Quintero shows how,2031-04-02 09:00\n'
        'Pair programming live,"Anna, Tom",Two friends code,2031-04-02 10:00\n'
    )
    assert _speakers(text) == [["Marta Quintero"], ["Anna", "Tom"]]


def test_a_name_and_an_affiliation_stay_a_name_and_an_affiliation() -> None:
    """Only two single name words are a name written backwards: a name of two words
    before a comma keeps what follows as where the person works."""
    people = split_speakers("Marta Quintero, Harbour Labs", single_ok=True)
    assert [(p.name, p.affiliations) for p in people] == [("Marta Quintero", ["Harbour Labs"])]
    with vouched_by("speaker (last name, first name)"):  # the order vouched for
        assert [p.name for p in split_speakers("Quintero, Marta", single_ok=True)] == [
            "Marta Quintero"
        ]
        junior = split_speakers("Quintero, Jr.", single_ok=True)
        assert all(not p.name.startswith("Jr") for p in junior)  # a degree is no given name


def test_a_company_and_a_job_after_a_chinese_name_are_no_people() -> None:
    """``Name，Company，Job`` in a Chinese speaker field: the field's role vouches for its
    first name; what follows, shaped like no Chinese name, is where and what they work."""
    with vouched_by("中文的日程"):
        people = split_speakers("宫静，七牛云，技术专家", single_ok=True)
        assert [p.name for p in people] == ["宫静"]
        assert people[0].affiliations == ["七牛云, 技术专家"]
        two = split_speakers("张伟，王芳", single_ok=True)
        assert [p.name for p in two] == ["张伟", "王芳"]


def test_a_keynote_titled_as_a_short_sentence_keeps_its_title() -> None:
    """``We Need Better Maps.`` after a keynote's speaker is the keynote's title, in title case; a
    note-taker's sentence is written as prose (``we arrived late.``)."""
    text = (
        "# Harbour data day notes\n\n10:00\n**Keynote**\nMarta Oliveira\n\nWe Need Better Maps.\n\n"
        "- tide gauges everywhere\n\n11:00\n**Keynote**\nJonas Berg\n\n"
        "we arrived late and missed the start.\n\n- sensors on every pier\n"
    )
    titles = [t.title for t in parse_programme(text.encode(), "notes.md").talks]
    assert "We Need Better Maps." in titles
    assert "we arrived late and missed the start." not in titles


_HOUR_ROWS = """# Harbour Data Days 2031

## Saturday 10 May 2031

| Time | Talk | Speaker |
| --- | --- | --- |
| **09:00** | | |
| | Opening the data vault | Marta Quintero |
| **10:00** | | |
| | Caching without tears | Ilse Vandenberg |

## Sunday 11 May 2031

| Time | Talk | Speaker |
| --- | --- | --- |
| **09:00** | | |
| | Small models, small devices | Tariq Osei |
| **10:00** | | |
| | Why logs lie | Hanne Solberg |
"""


def test_hour_rows_in_a_table_with_a_time_column_time_the_talks_under_them() -> None:
    """A time column filled only on rows of their own (``**09:00**`` and nothing else),
    the talks in the rows under them with an empty time cell: each talk at its hour."""
    programme = parse_programme(_HOUR_ROWS.encode(), "programme.md")
    starts = {t.title: t.start.isoformat() if t.start else "" for t in programme.talks}
    assert starts == {
        "Opening the data vault": "2031-05-10T09:00:00",
        "Caching without tears": "2031-05-10T10:00:00",
        "Small models, small devices": "2031-05-11T09:00:00",
        "Why logs lie": "2031-05-11T10:00:00",
    }


def test_a_codelab_and_a_hands_on_lab_are_workshops() -> None:
    """A developer group's ``Codelab`` and a ``Hands-on lab`` are workshops by what happens
    in them: the talk is tagged ``workshop``, as a ``Workshop`` type would be."""
    text = (
        "title,speaker,type,start\n"
        "Widgets from scratch,Marta Quintero,Codelab,2031-04-02 09:00\n"
        "Tracing a slow request,Ilse Vandenberg,Hands-on lab,2031-04-02 10:00\n"
        "Why logs lie,Hanne Solberg,Talk,2031-04-02 11:00\n"
    )
    programme = parse_programme(text.encode(), "programme.csv")
    tags = {t.title: t.tags for t in programme.talks}
    assert "workshop" in tags["Widgets from scratch"]
    assert "workshop" in tags["Tracing a slow request"]
    assert "workshop" not in tags["Why logs lie"]


_KIND_SECTIONS = """# Harbour Data Days 2031

## {keynotes}

| Time | Talk | Speaker |
| --- | --- | --- |
| 09:00 | Opening the data vault | Marta Quintero |
| 09:45 | Tides of open data | Jonas Berg |

## {lightning}

| Time | Talk | Speaker |
| --- | --- | --- |
| 16:00 | Why logs lie | Hanne Solberg |
| 16:10 | Small models, small devices | Tariq Osei |
"""


def test_a_heading_naming_a_kind_in_chinese_gives_it_to_the_talks_under_it() -> None:
    """``## 主题演讲`` over a table is the keynotes' section as ``## Keynotes`` is: a
    language without plurals names the group by the kind's word alone."""
    for keynotes, lightning in (("Keynotes", "Lightning talks"), ("主题演讲", "闪电演讲")):
        text = _KIND_SECTIONS.format(keynotes=keynotes, lightning=lightning)
        kinds = {t.title: t.kind for t in parse_programme(text.encode(), "programme.md").talks}
        assert kinds["Opening the data vault"] == "keynote", keynotes
        assert kinds["Tides of open data"] == "keynote", keynotes
        assert kinds["Why logs lie"] == "spotlight", lightning


def test_an_organisation_in_a_chinese_speaker_field_is_no_person() -> None:
    """A speaker field's role vouches for a name's shape, never for an organisation's:
    ``清华大学``, ``开源社`` (a society), ``阿里巴巴集团`` are where people work."""
    with vouched_by("中文的日程"):
        for text in ("清华大学", "开源社", "阿里巴巴集团", "开源中国社区"):
            assert split_speakers(text, single_ok=True) == [], text
        assert [p.name for p in split_speakers("王建社", single_ok=True)] == ["王建社"]


def test_a_chinese_name_with_the_english_name_its_bearer_goes_by_is_one_person() -> None:
    """``慕睿涛 Max``: Chinese programmes write a speaker's Chinese name and the English
    given name they also use; in a speaker field it is one person, with an affiliation
    after the comma; outside one, no one (``华为 Cloud`` names a product)."""
    with vouched_by("中文的日程"):
        people = split_speakers("苗睿涛 Max，阿里巴巴", single_ok=True)
        assert [(p.name, p.affiliations) for p in people] == [("苗睿涛 Max", ["阿里巴巴"])]
        assert split_speakers("华为 Cloud") == []


def test_a_dash_spaced_on_one_side_parts_the_title_from_its_speaker() -> None:
    """``Robots with Arduino –Tariq Osei``: a spaced dash written with one space, a slip
    as common as the dash itself; a dash between letters or numbers stays a word's."""
    text = (
        "# Free software day 2031\n\n"
        "- 10:30 Open maps for everyone – Marta Quintero\n"
        "- 11:30 Python from scratch –Ilse Vandenberg\n"
        "- 12:30 Data–Driven robots– Tariq Osei\n"
    )
    talks = {
        t.title: [p.name for p in t.speakers] for t in parse_programme(text.encode(), "a.md").talks
    }
    assert talks["Python from scratch"] == ["Ilse Vandenberg"]
    assert talks["Data–Driven robots"] == ["Tariq Osei"]


def test_a_talk_label_of_two_words_before_a_title_and_a_speaker() -> None:
    """``Charla Taller: Title – Name`` (a talk-workshop): the label says the kind, the
    title and the speaker follow it, as after ``Talk:``."""
    entry = parse_entry("11:30 Charla Taller: Python desde cero – Ilse Vandenberg")
    assert entry is not None
    assert (entry.title, [p.name for p in entry.speakers]) == (
        "Python desde cero",
        ["Ilse Vandenberg"],
    )


def test_a_bullet_repeating_a_talks_title_stays_in_the_notes() -> None:
    """A note-taker's bullet that says only a talk's title, under headings that repeat
    it (the property test's find): the writer's line ends in a note, as written."""
    text = (
        "---\ntitle: aaa aaa\ntags: [x]\n---\n\n## Aaa aaa\n\n\n**Aaa aaa**\n\n- aaa aab\n\n"
        "**Aaa aaa**\n\n\n**Aaa aaa**\n\n\n# Aaa aaa\n\n\n# Aaa aaa\n\n\n## Aaa aaa\n\n"
        "- aaa aaa\n"
    )
    programme = parse_programme(text.encode(), "notes.md")
    bodies = "\n".join(t.body for t in programme.talks)
    assert "- aaa aaa" in bodies
    assert "- aaa aab" in bodies
