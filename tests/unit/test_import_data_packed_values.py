"""Programme data whose values pack several fields (issue 33, point 5): a day with its
clock times in one value, a description that is a small document of labelled lines, and
hand-written JSON that the strict grammar refuses."""

from __future__ import annotations

from datetime import datetime

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.join import parse_together
from confnotes.importers.registry import parse_programme


def _seminar(value: str, other: str) -> bytes:
    return (
        "- speaker: Ines Haugen (Tromso Lab)\n"
        f'  date: "{value}"\n'
        "  title: Sketches of streaming joins\n"
        "- speaker: Rafael Quintero (Lima Tech)\n"
        f'  date: "{other}"\n'
        "  title: Counting without counters\n"
    ).encode()


@pytest.mark.parametrize(
    ("value", "other", "start", "end"),
    [
        (
            "3/21/2025, 2:00 PM - 3:30 PM",
            "4/2/2025, 2:00 PM - 3:30 PM",
            datetime(2025, 3, 21, 14),
            datetime(2025, 3, 21, 15, 30),
        ),
        (
            "21.03.2025 14:00–15:30",
            "02.04.2025 14:00–15:30",
            datetime(2025, 3, 21, 14),
            datetime(2025, 3, 21, 15, 30),
        ),
        ("March 21, 2025 2pm", "April 2, 2025 2pm", datetime(2025, 3, 21, 14), None),
    ],
)
def test_a_day_that_carries_its_clock_times_gives_the_talk_its_start_and_end(
    value: str, other: str, start: datetime, end: datetime | None
) -> None:
    talk = parse_programme(_seminar(value, other), "seminar.yml").talks[0]
    assert talk.title == "Sketches of streaming joins"
    assert (talk.start, talk.end) == (start, end)


def test_a_description_of_labelled_lines_gives_title_kind_and_speaker() -> None:
    data = (
        b'[{"day": "2025-09-04", "slots": ['
        b'{"time": "09:30 - 10:30", "description": "<b>Keynote Talk 1:</b> Why ledgers drift'
        b'<br><b>Speaker:</b> Oluwaseun Adeyemi"},'
        b'{"time": "11:00 - 11:20", "description": "<b>Invited Talk 1:</b> Audit trails for'
        b' small teams<br><b>Speaker:</b> Mirela Popescu"},'
        b'{"time": "11:20 - 11:40", "description": "Paper talk: Replaying logs in order\\n'
        b'Presenter: Jonas Lindqvist"}]}]'
    )
    talks = {t.title: t for t in parse_programme(data, "programme.json").talks}
    assert set(talks) == {
        "Why ledgers drift",
        "Audit trails for small teams",
        "Replaying logs in order",
    }
    assert [p.name for p in talks["Why ledgers drift"].speakers] == ["Oluwaseun Adeyemi"]
    assert talks["Why ledgers drift"].kind == "keynote"
    assert [p.name for p in talks["Replaying logs in order"].speakers] == ["Jonas Lindqvist"]
    assert talks["Audit trails for small teams"].start == datetime(2025, 9, 4, 11)


def test_hand_written_json_with_trailing_commas_joins_its_programme() -> None:
    schedule = (
        b'[{"date": "2025-06-12", "events": [\n'
        b'  {"time": "10:00 - 10:40", "title": "Tracing the untraceable", "speaker_id": "kb"},\n'
        b'  {"time": "11:00 - 11:40", "title": "Queues all the way down", "speaker_id": "hs"},\n'
        b"]}]\n"
    )
    speakers = (
        b"// the speakers of the day\n"
        b'[{"id": "kb", "name": "Kateryna Bondar", "company": "Lviv Systems",},\n'
        b' {"id": "hs", "name": "Hamid Sadeghi", "company": "Tabriz Cloud",},\n'
        b"]\n"
    )
    programme = parse_together([(schedule, "schedule.json"), (speakers, "speakers.json")])
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert talks == {
        "Tracing the untraceable": ["Kateryna Bondar"],
        "Queues all the way down": ["Hamid Sadeghi"],
    }


def test_json_that_no_grammar_reads_names_its_line() -> None:
    data = b'[{"title": "One", "time": "10:00"},\n {"title": "Two" "time": "11:00"}]\n'
    with pytest.raises(BadInputError) as caught:
        parse_programme(data, "broken.json")
    assert caught.value.line == 2


def test_a_title_whose_bracket_repeats_its_speakers_field_loses_the_bracket() -> None:
    data = (
        b'[{"start": "10:15", "end": "11:00", "name": "Curating lab notebooks (Sigrun Dahl)",'
        b' "type": "keynote", "host": "Sigrun Dahl"},'
        b'{"start": "11:00", "end": "11:30",'
        b' "name": "Shared pipelines (Ama Owusu + Piotr Zielinski, virtual talk)",'
        b' "type": "plenary", "host": "Ama Owusu + Piotr Zielinski"},'
        b'{"start": "11:30", "end": "12:00", "name": "Field notes (from the 2024 survey)",'
        b' "type": "plenary", "host": "Lena Brandt"}]'
    )
    talks = {t.title: [p.name for p in t.speakers] for t in parse_programme(data, "day.json").talks}
    assert talks == {
        "Curating lab notebooks": ["Sigrun Dahl"],
        "Shared pipelines": ["Ama Owusu", "Piotr Zielinski"],
        "Field notes (from the 2024 survey)": ["Lena Brandt"],
    }
