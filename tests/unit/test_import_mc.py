"""Review of stop 57, finding 4 and the Chinese names it noted: surnames before a dash
share the organisation after it only when that is a place someone works (not a slot's
kind, a stand-in or how the talk is given), and a break written across the speakers'
column stays a break; Chinese family names of the closed class, ``君`` as a given
name's sign in Chinese, and the Chinese header words for the topic and the agenda."""

from __future__ import annotations

from confnotes.importers.columns import dash_group
from confnotes.importers.fields import roles_of
from confnotes.importers.persons import parse_one, split_speakers, vouched_by
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str) -> list[tuple[str, list[tuple[str, list[str]]], str]]:
    programme = parse_programme(text.encode(), name)
    return [
        (t.title, [(s.name, s.affiliations) for s in t.speakers], t.kind)
        for t in programme.talks
        if t.start
    ]


def _cells(rows: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in rows)
    return (
        "<html><body><h1>Cluster Users Day 2032</h1><h2>Tuesday, 3 February 2032</h2>\n"
        "<table>\n<tr><th>Time</th><th>Speaker</th><th>Title</th></tr>\n"
        f"{body}</table></body></html>"
    )


def test_a_dash_group_needs_an_organisation_after_the_dash() -> None:
    assert [p.name for p in dash_group("Abara – Quarry Systems")] == ["Abara"]
    for cell in (
        "Abara – Keynote",  # the slot's kind
        "Mendel – Chair",  # a stand-in for someone
        "Sorensen – Remote",  # how the talk is given
        "Ishida – Intro",
        "Ishida – (recorded)",
        "Dinner – Courtyard",  # a break and where it is
    ):
        assert dash_group(cell) == [], cell


def test_kinds_and_stand_ins_after_surnames_are_not_their_organisation() -> None:
    page = _cells(
        [
            ("9:00", "Abara – Keynote", "Why queues still win"),
            ("10:00", "Mendel – Moderator", "Panel: cold starts"),
            ("11:00", "Sorensen – Remote", "Quotas for student labs"),
            ("12:00", "Ishida – TBC", "Short jobs, long tails"),
        ]
    )
    talks = _read(page, "day.html")
    assert [who for _t, who, _k in talks] == [[], [], [], []]
    assert talks[0][2] == "keynote"  # the kind the cell said is kept


def test_a_break_in_the_speakers_column_stays_a_break() -> None:
    page = _cells(
        [
            ("9:00", "Abara – Quarry Systems", "Why queues still win"),
            ("10:00", "Mendel – Fernhill Labs", "Cold starts"),
            ("12:00", "Dinner – Courtyard", ""),
            ("14:00", "Sorensen – Tidewater Tech", "Quotas for student labs"),
        ]
    )
    talks = _read(page, "day.html")
    assert [(t, k) for t, _who, k in talks if k == "break"] == [("Courtyard", "break")]
    assert talks[0][1] == [("Abara", ["Quarry Systems"])]


def test_common_chinese_family_names_begin_a_name() -> None:
    with vouched_by("讲者"):
        for pair in (
            "杨帆，洪晓雯",
            "吴迪，赖明轩",
            "徐静，龍俊傑",
            "郑涛，顧以寧",
            "高原，簡志豪",
        ):
            assert len(split_speakers(pair)) == 2, pair


def test_jun_ends_a_chinese_given_name_where_no_kana_is_written() -> None:
    with vouched_by("講者：黃詩君"):
        assert (person := parse_one("黃詩君")) is not None and person.name == "黃詩君"
        # after a space it is still the courtesy, as a Japanese page spaces it
        assert (spaced := parse_one("黃詩 君")) is not None and spaced.name == "黃詩"
    with vouched_by("発表者：佐野君、よろしくお願いします"):
        assert (courtesy := parse_one("佐野君")) is not None and courtesy.name == "佐野"


def test_chinese_headers_for_the_topic_and_the_agenda_name_the_title() -> None:
    for word in ("议题", "議題", "议程", "議程"):
        assert "title" in roles_of(word), word
    assert "speaker" in roles_of("嘉賓")
