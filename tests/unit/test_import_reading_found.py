"""What each reading found weighs in the ranking (readings.dominates): notes of many talks,
their speakers found and their records sound, are no close call against one talk of the
whole text; records titled by a line under each heading do not beat the talks the
headings title. And the readings oracle is a true upper bound. Fixtures are written for
the test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from confnotes.importers import readings
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.readings import Reading
from confnotes.importers.registry import automatic_reading, parse_programme

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"

SPEAKERS = [
    "Ilse Marchetti", "Tomasz Okafor", "Rhiannon Vale", "Kwame Asante", "Odile Brennan",
    "Mirela Dobos", "Aurelio Nakamura", "Priya Lindqvist",
]  # fmt: skip


def _talk(title: str, speaker: str = "", body: str = "notes") -> ProgrammeTalk:
    talk = ProgrammeTalk(title=title, body=body)
    if speaker:
        talk.speakers = [ProgrammePerson(name=speaker)]
    return talk


def _reading(shape: str, talks: list[ProgrammeTalk], score: float, sound: float) -> Reading:
    programme = Programme(name="Harbour Days", format="outline")
    programme.talks = talks
    return Reading(shape, programme, score=score, kept=1.0, sound=sound)


def _many() -> Reading:
    talks = [_talk(f"Talk on topic {n}", name) for n, name in enumerate(SPEAKERS)]
    return _reading("sections", talks, 0.43, 0.93)


def _one() -> Reading:
    return _reading("one-note", [_talk("Harbour Days", body="all of it")], 0.41, 0.5)


def test_a_close_call_against_one_note_takes_the_reading_that_found_the_talks() -> None:
    many, one = _many(), _one()
    assert readings.dominates(many, one)
    # 0.43 against 0.41 is within the close call, yet eight talks with eight speakers,
    # sound and every line kept, against one note, leave no doubt
    assert automatic_reading([many, one]) is many


def test_a_close_call_between_two_readings_that_found_as_much_keeps_the_safe_reading() -> None:
    many = _many()
    # the same people, the talks titled otherwise (a title that only goes on with a room's
    # aside is the same talk: see test_import_z2)
    rows = [
        _talk(f"Slot {n} of the east hall", t.speakers[0].name)
        for n, t in enumerate(many.programme.talks)
    ]
    other = _reading("timetable", rows, 0.42, 0.93)
    one = _one()
    assert not readings.dominates(many, other) and not readings.dominates(other, many)
    assert automatic_reading([many, other, one]) is one


def test_unsound_records_do_not_dominate() -> None:
    many, one = _many(), _one()
    many.sound = 0.4  # most of its records do not hold up
    assert not readings.dominates(many, one)
    assert automatic_reading([many, one]) is one


def test_a_reading_of_several_talks_is_raised_above_the_one_talk_reading() -> None:
    many = _many()
    many.score = 0.31
    talk = _reading("talk", [_talk("Harbour Days", "Ilse Marchetti", "all of it")], 0.51, 1.0)
    offered = [talk, many]
    readings.several_talks_found(offered)
    assert many.score > talk.score
    assert "8 talks with a speaker or time and 8 people found" in many.evidence[-1]


def test_a_reading_the_one_talk_rule_set_back_is_not_raised() -> None:
    many = _many()
    many.score, many.contender = 0.31, False
    talk = _reading("talk", [_talk("Harbour Days", "Ilse Marchetti")], 0.51, 1.0)
    readings.several_talks_found([talk, many])
    assert many.score == 0.31


def test_headings_titled_counts_the_headings_that_title_talks() -> None:
    headings = [
        readings._words(h)
        for h in (
            "1. Keynote: Gardens, not factories - Oyelaran Adebayo - Coastline 2024",
            "Takeaways",
            "2. The slow death of the monorepo - Henrike Strand",
        )
    ]
    by_heading = Programme(name="x", format="outline")
    by_heading.talks = [
        _talk("Gardens, not factories", "Oyelaran Adebayo"),
        _talk("The slow death of the monorepo", "Henrike Strand"),
        _talk("Takeaways"),  # a part of the notes: no speaker, no time
    ]
    by_line = Programme(name="x", format="outline")
    by_line.talks = [_talk("Teams grow like plants, not like assembly lines", "Oyelaran Adebayo")]
    assert readings.headings_titled(by_heading, headings) == 2
    assert readings.headings_titled(by_line, headings) == 0


def test_parts_of_one_talk_under_their_headings_do_not_outrank_it() -> None:
    notes = (
        "# Counting Without Tears\n\nSpeaker: Halvard Rønning\n\n"
        "## Who was there\n\n* Ulla\n* Bertil\n\n"
        "## Notes\n\n* Discrete Math - the part of CS most used day to day\n"
        "* Practical Problems\n"
    )
    p = parse_programme(notes.encode(), "counting.md")
    assert [(t.title, [s.name for s in t.speakers]) for t in p.talks][:1] == [
        ("Counting Without Tears", ["Halvard Rønning"])
    ]
    assert "Discrete Math" not in {s.name for t in p.talks for s in t.speakers}


def test_notes_of_a_day_with_speaker_lines_read_as_their_talks() -> None:
    notes = (
        "# Lakeside Dev Summit, day one\n\n"
        "## Typed configs at scale\n\nPresenter: Odile Brennan\n\n"
        "- schemas live next to the code\n- validation in CI\n\n"
        "## Caching is a product decision\n\nPresenter: Kwame Asante\n\n"
        "- stale reads are a feature if you say so\n\n"
        "## Accessibility audits that stick\n\nPresenter: Mirela Dobos\n\n"
        "- audit quarterly\n- fix in the design system first\n"
    )
    p = parse_programme(notes.encode(), "lakeside.md")
    got = {t.title: [s.name for s in t.speakers] for t in p.talks}
    assert got["Caching is a product decision"] == ["Kwame Asante"]
    assert got["Accessibility audits that stick"] == ["Mirela Dobos"]


def _module(name: str):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def test_the_oracle_never_credits_more_than_the_label_holds(tmp_path: Path) -> None:
    # the import takes one talk of three; the reading of three talks finds the speakers
    # the one-talk count never asked for: counted on the label's own facts, both stay
    # at or under it
    doc = tmp_path / "pier.md"
    doc.write_text(
        "# Pier Talks\n\n"
        "## Nets and knots — Sunniva Haugen\n\n- a bowline holds under load\n\n"
        "## Tides by hand — Oskar Lindahl\n\n- tables are older than clocks\n\n"
        "## Rope care — Dagny Moe\n\n- rinse in fresh water\n",
        encoding="utf-8",
    )
    expected = {
        "notes": True,
        "talks": [
            {"title": "Nets and knots", "speakers": ["Sunniva Haugen"]},
            {"title": "Tides by hand", "speakers": ["Oskar Lindahl"]},
            {"title": "Rope care", "speakers": ["Dagny Moe"]},
        ],
        "people": ["Sunniva Haugen", "Oskar Lindahl", "Dagny Moe"],
    }
    quality = _module("import_quality")
    oracle = _module("readings_oracle")
    assert quality.labelled_facts(expected) == 9
    facts, taken, best, _offered = oracle.oracle(doc, expected)
    assert facts == 9
    assert taken <= best <= facts
    one_talk = Programme(name="Pier Talks", format="outline")
    one_talk.talks = [_talk("Nets and knots", "Sunniva Haugen")]
    # the benchmark's own count shrinks with what a reading matched; the oracle's does not
    assert quality.score_programme(doc, expected, one_talk).facts == 7
    assert quality.score_programme(doc, expected, one_talk, strict=True).found == 3


def test_a_break_found_as_a_session_earns_no_unlabelled_start(tmp_path: Path) -> None:
    from datetime import datetime

    from confnotes.importers.programme import ProgrammeSession

    quality = _module("import_quality")
    expected = {"talks": [{"title": "Coffee", "kind": "break"}]}
    programme = Programme(name="x", format="none")
    programme.sessions = [
        ProgrammeSession(key="c", title="Coffee", kind="break", start=datetime(2025, 1, 1, 10))
    ]
    strict = quality.score_programme(tmp_path / "x.md", expected, programme, strict=True)
    assert strict.found == quality.labelled_facts(expected) == 2


def test_the_table_also_counts_every_fact_the_label_holds(tmp_path: Path) -> None:
    # a talk the import misses misses its speaker too: the "of label" figure says so,
    # where the matched count knows only the talk
    doc = tmp_path / "pier.md"
    doc.write_text("# Pier Talks\n\n## Nets and knots — Sunniva Haugen\n\n- a bowline\n")
    expected = {
        "talks": [
            {"title": "Nets and knots", "speakers": ["Sunniva Haugen"]},
            {"title": "Rope care", "speakers": ["Dagny Moe"], "day": "2025-05-02"},
        ],
    }
    quality = _module("import_quality")
    result = quality.score(doc, expected)
    assert result.labelled == quality.labelled_facts(expected) == 5
    assert result.facts == 3
    assert result.found == 2
