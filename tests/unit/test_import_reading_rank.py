"""The ranking of readings on the shape the fitted ranking could not tell apart
(benchmarks/fit_readings.py): a person's notes cut under topic headings, some of which
carry a talk's mark. One mark in three parts is a talk's speaker line under its first
topic; most parts marked are talks. Fixtures are written for the test."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme, text_readings

ONE_TALK = (
    "# Kilns and Clay Bodies\n\n"
    "## Firing schedules\n\n"
    "Speaker: Brannagh Okonjo\n\n"
    "- a slow ramp through the quartz inversion saves most cracks\n\n"
    "## Glaze fit\n\n"
    "- crazing is a mismatch of expansion, not a bad glaze\n\n"
    "## Reduction\n\n"
    "- she cuts the gas at cone 010 and watches the flame at the spy hole\n"
)

THREE_TALKS = (
    "# Kilns and Clay Bodies\n\n"
    "## Firing schedules\n\n"
    "Speaker: Brannagh Okonjo\n\n"
    "- a slow ramp through the quartz inversion saves most cracks\n\n"
    "## Glaze fit\n\n"
    "Speaker: Tomasz Wielgus\n\n"
    "- crazing is a mismatch of expansion, not a bad glaze\n\n"
    "## Reduction\n\n"
    "- she cuts the gas at cone 010 and watches the flame at the spy hole\n"
)


def _titles(text: str) -> list[str]:
    return [t.title for t in parse_programme(text.encode(), "kilns.md").talks]


def test_a_speaker_line_under_the_first_topic_keeps_the_notes_one_talk() -> None:
    assert _titles(ONE_TALK) == ["Kilns and Clay Bodies"]
    # the reading of three talks stays offered to --as
    assert "sections" in {r.shape for r in text_readings(ONE_TALK.encode(), "kilns.md")}


def test_topics_mostly_marked_as_talks_are_talks() -> None:
    assert _titles(THREE_TALKS) == ["Firing schedules", "Glaze fit", "Reduction"]
