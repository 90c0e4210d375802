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


def _reading(shape: str, score: float, titles: list[str]) -> object:
    from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
    from confnotes.importers.readings import Reading

    names = ["Ana Ruiz", "Bo Lindqvist", "Chen Wei", "Dalia Haddad", "Emil Sørensen"]
    programme = Programme(name="Fjordconf", format="outline")
    for title, name in zip(titles, names, strict=False):
        programme.talks.append(ProgrammeTalk(title=title, speakers=[ProgrammePerson(name)]))
    return Reading(shape, programme, score=score, sound=1.0, kept=1.0)


def test_a_close_call_between_two_programmes_takes_the_best_not_one_note() -> None:
    """Two readings that both find a programme of talks with their speakers, close in
    score and titling the talks differently: one note of the whole page would find
    nothing, so the best is taken (``--as`` chooses the other); a close call that may be
    a person's notes still keeps the whole text as one note."""
    from confnotes.importers.programme import Programme
    from confnotes.importers.readings import Reading
    from confnotes.importers.registry import automatic_reading

    index = _reading("index", 0.95, ["Fjords", "Glaciers", "Moraines", "Calving"])
    sections = _reading("sections", 0.93, ["Ana: Fjords", "Bo: Glaciers", "Chen", "Dalia"])
    one = Reading("one-note", Programme(name="Fjordconf", format="outline"), score=0.24)
    assert automatic_reading([index, sections, one]) is index  # type: ignore[list-item]
    first = _reading("sections", 0.95, ["Ana: Fjords", "Bo: Glaciers", "Chen", "Dalia"])
    second = _reading("index", 0.93, ["Fjords", "Glaciers", "Moraines", "Calving"])
    assert automatic_reading([first, second, one]).shape == "one-note"  # type: ignore[list-item]


def test_every_shape_a_reading_offers_is_a_choice_of_import_as() -> None:
    """``import --as`` names every shape but ``several`` (chosen by parts, automatically)."""
    from confnotes.commands.import_ import SHAPE_NAMES
    from confnotes.importers.readings import SHAPES

    assert set(SHAPE_NAMES) == set(SHAPES) - {"several"}
