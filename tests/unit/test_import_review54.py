"""Stop 54's review of round 1 (mended): inputs of ordinary kinds on which the round's
new readings invented people, talks, days or affiliations, or lost them."""

from __future__ import annotations

import pytest

from confnotes.importers.persons import parse_one, role_people, vouched_by
from confnotes.importers.registry import parse_programme
from confnotes.importers.talk_levels import prose_speakers


def _talks(text: str, name: str = "notes.md") -> list[tuple[str, list[str]]]:
    programme = parse_programme(text.encode(), name)
    return [(t.title, [p.name for p in t.speakers]) for t in programme.talks]


@pytest.mark.parametrize(
    "field",
    [
        "Ana Ruiz - Rust in Production",
        "Ana Ruiz - TBC",
        "Ana Ruiz - CEO",
        "Ana Ruiz - remote",
        "Ana Ruiz - Day 2",
    ],
)
def test_a_dash_sets_no_title_placeholder_position_or_count_as_a_workplace(field: str) -> None:
    assert all(not p.affiliations for p in role_people(field))


def test_a_speaker_column_of_name_dash_title_keeps_the_titles() -> None:
    page = (
        "| Time | Speaker | Room |\n| --- | --- | --- |\n"
        "| 10:00 | Ana Ruiz - Rust in Production | A |\n"
        "| 11:00 | Bo Li - Queues without Tears | B |\n"
        "| 12:00 | Eva Gil - Caching at the Edge | A |\n"
    )
    programme = parse_programme(page.encode(), "page.md")
    assert all(not p.affiliations for t in programme.talks for p in t.speakers)


def test_two_chinese_names_apart_are_two_people_not_a_company() -> None:
    with vouched_by("讲者介绍"):
        person = parse_one("张伟 王芳")
        assert person is None or person.affiliations == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A talk about the book by Martin Fowler.",
        "The last talk was Terraform Cloud, sadly.",
        "Last year the keynote was Grace Hopper Day.",
    ],
)
def test_a_sentence_about_a_slot_names_no_speaker(sentence: str) -> None:
    assert prose_speakers(sentence) == []


def test_products_after_with_are_no_speakers_beside_by_lines() -> None:
    text = (
        "# Notes\n\n- [Fast APIs](https://conf.example/talks/1) by Ana Ruiz\n"
        "- [Slow APIs](https://conf.example/talks/2) by Bo Li\n"
        "- Data pipelines with Apache Kafka and Apache Flink\n"
    )
    people = {name for _, who in _talks(text) for name in who}
    assert people == {"Ana Ruiz", "Bo Li"}


def test_a_table_of_contents_with_full_addresses_is_no_list_of_talks() -> None:
    text = (
        "# What I learned about replication\n\n"
        "- [Background](https://me.blog/posts/replication/#background)\n"
        "- [Trade-offs](https://me.blog/posts/replication/#trade-offs)\n"
        "- [Questions](https://me.blog/posts/replication/#questions)\n\n"
        "## Background\n\nText a.\n\n## Trade-offs\n\nText b.\n\n## Questions\n\nText c.\n"
    )
    assert [title for title, _ in _talks(text)] == ["What I learned about replication"]


def test_a_date_after_the_programme_dates_none_of_its_talks() -> None:
    page = (
        "<html><body><h1>DevDay</h1><ul><li>10:00 Caches for all - Bo Li</li>"
        "<li>11:00 Queues - Eva Gil</li><li>12:00 Streams - Ana Ruiz</li></ul>"
        "<p>Save the date: the next DevDay is on 12 April 2025.</p></body></html>"
    )
    programme = parse_programme(page.encode(), "page.html")
    assert all(t.day is None and t.start is None for t in programme.talks)


def test_q_and_a_and_panel_parts_of_one_keynote_stay_one_note() -> None:
    text = (
        "# Keynote notes\n\n# Introduction\n\nNotes from the keynote about caches.\n\n"
        "## Q&A\n\nPeople asked about eviction.\n\n## Panel\n\nThe panel talked too.\n\n"
        "# Conclusion\n\nGood day.\n"
    )
    assert len(_talks(text)) == 1


def test_an_optional_last_field_keeps_the_records_affiliations() -> None:
    text = (
        "# Talks\n\n## Fast caches\n\n- Ana Ruiz\n- Harbour Lab\n\n"
        "## Slow queues\n\n- Bo Li\n- Acme\n- https://example.org/slides\n\n"
        "## Mid streams\n\n- Eva Gil\n- Northwind\n"
    )
    programme = parse_programme(text.encode(), "talks.md")
    affiliations = {p.name: p.affiliations for t in programme.talks for p in t.speakers}
    assert affiliations == {
        "Ana Ruiz": ["Harbour Lab"],
        "Bo Li": ["Acme"],
        "Eva Gil": ["Northwind"],
    }


def test_a_markdown_tables_rule_is_no_record() -> None:
    page = (
        "| Time | Title | Speaker |\n|---|---|---|\n"
        "| 09:00 | Storage at scale | Ana Ruiz |\n| 10:00 | Mobile speed | Bo Li |\n"
    )
    assert [title for title, _ in _talks(page, "page.md")] == ["Storage at scale", "Mobile speed"]


def test_a_programme_whose_first_row_is_its_day_is_dated_by_it() -> None:
    """The page's one day is looked for before the first talk's title; a first row that is
    the day itself (``2031年5月8日`` over the rows) is no talk to stop at."""
    page = (
        "先週、会議に行きました。日程表：\n\n<table>\n"
        "<tr><td><strong>時間</strong></td><td><strong>2031年5月8日</strong></td></tr>\n"
        "<tr><td>9:30</td><td>分散キャッシュ入門</td></tr>\n"
        "<tr><td>10:30</td><td>省電力設計の話</td></tr>\n"
        "<tr><td>11:30</td><td>鍵管理の落とし穴</td></tr>\n</table>\n"
    )
    programme = parse_programme(page.encode(), "memo.md")
    dated = {t.title: t.start for t in programme.talks if t.start is not None}
    assert dated.get("分散キャッシュ入門") is not None
    assert dated["分散キャッシュ入門"].date().isoformat() == "2031-05-08"


# the review of round 2 (mended)


def test_one_talks_notes_with_parts_keep_their_talk_beside_others() -> None:
    """A talk's own heading over ``### Better Processes`` parts (no day, no year) stays
    the talk: its parts are never talks, nor people."""
    from confnotes.importers.composed import _demote_heading_talk
    from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk

    base = Programme(
        name="x", format="test", talks=[ProgrammeTalk(title="Devsigners and Unicorns")]
    )
    part = Programme(
        name="x",
        format="test",
        talks=[
            ProgrammeTalk(title="Better Processes", speakers=[ProgrammePerson("Better Processes")]),
            ProgrammeTalk(title="Better Rewards", speakers=[ProgrammePerson("Better Rewards")]),
        ],
    )
    _demote_heading_talk("Devsigners and Unicorns", part, base)
    assert [t.title for t in base.talks] == ["Devsigners and Unicorns"]
    dated = Programme(name="x", format="test", talks=[ProgrammeTalk(title="May 9 - Day 2")])
    _demote_heading_talk("May 9 - Day 2", part, dated)
    assert dated.talks == []


def test_a_quotations_author_is_no_signer_of_an_abstract() -> None:
    from confnotes.importers.timetable import _signed

    assert _signed("“Readability counts, always.”\n— Tim Peters") == []
    assert [p.name for p in _signed("Where the port's data goes next.\n- Ana Ruiz")] == ["Ana Ruiz"]


def test_a_speakers_page_of_name_comma_position_headings_makes_no_talks() -> None:
    text = (
        "# Speakers\n\n## Ana Ruiz, Head of Data Science\n\nAna leads the data team.\n\n"
        "## Bo Lin, Staff Engineer at Acme\n\nBo builds queues.\n\n"
        "## Eva Gil, Senior Research Scientist\n\nEva studies tides.\n"
    )
    titles = [title for title, _ in _talks(text)]
    assert not {"Head of Data Science", "Staff Engineer at Acme"} & set(titles)


def test_a_kind_slots_position_line_is_no_title() -> None:
    text = (
        "# Day notes\n\n12:00\n\n**Keynote**\n\nTomas Lindqvist\n\n"
        "Principal Engineer at Mapbox\n\n13:00\n\n**Keynote**\n\nSofia Marques\n\n"
        "Staff Engineer at Acme\n"
    )
    titles = [title for title, _ in _talks(text)]
    assert "Principal Engineer at Mapbox" not in titles
    assert "Staff Engineer at Acme" not in titles


def test_a_panel_with_a_subject_in_the_overview_stays_beside_a_workshop_at_its_time() -> None:
    from confnotes.importers.timetable import _kind_words_only

    assert _kind_words_only("Invited Talk 2") and _kind_words_only("Keynote")
    assert not _kind_words_only("Panel on ports")


def test_untimed_items_with_a_kind_are_no_session_headings() -> None:
    data = (
        "title,speaker,start,end\n"
        "Welcome and opening remarks,,,\n"
        "Scaling Search,Bo Lin,2024-03-12 10:00,2024-03-12 10:45\n"
        "Data Lakes,Dan Wu,2024-03-12 11:00,2024-03-12 11:45\n"
        "Panel: The Future of Open Data,,,\n"
        "Type Hints,Eve Ko,2024-03-12 14:00,2024-03-12 14:45\n"
        "Testing,Fay Li,2024-03-12 15:00,2024-03-12 15:45\n"
    )
    programme = parse_programme(data.encode(), "programme.csv")
    titles = [t.title for t in programme.talks]
    assert "Welcome and opening remarks" in titles
    assert "Panel: The Future of Open Data" in titles
    assert not programme.sessions


def test_angle_brackets_of_a_titles_own_words_stay() -> None:
    from confnotes.importers.formats.sessions import _MARKUP_RE

    assert _MARKUP_RE.search("<b>Session 1</b>") and _MARKUP_RE.search("Title<br/>more")
    assert not _MARKUP_RE.search("Generics: Vec<T> and Option<T>")
    assert not _MARKUP_RE.search("std::vector<int> internals")


def test_an_ascii_tilde_sets_no_title_apart() -> None:
    from confnotes.importers.kinds import waved

    assert waved("keynote～Scaling the Tides～") == ("keynote", "Scaling the Tides")
    assert waved("Keynote ~45 min") is None
    assert waved("Keynote ~ Ana Ruiz") is None


def test_a_trade_before_one_word_is_a_job_not_a_name() -> None:
    assert parse_one("Analista QA") is None
    person = parse_one("Analista Ana Ruiz")
    assert person is not None and person.name == "Ana Ruiz"
