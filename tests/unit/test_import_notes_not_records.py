"""A person's notes are not a programme's records: a list of capitalised phrases in a
talk's notes names nobody, and in a walked folder of notes the blocks a file repeats are
parts of its notes. Fixtures are written for the test."""

from __future__ import annotations

from confnotes.importers import readings
from confnotes.importers.registry import FORMATS, parse_programme, text_readings

NOTES = (
    "# Paying down a billing monolith\n\n"
    "Wren Adebayo walked us through four years of it.\n\n"
    "- Initial Implementation\n- Course Correction\n- Dubious Value\n- Quiet Wins\n\n"
    "The second phase was the one that hurt: every invoice touched two services.\n"
)
PARTS = (
    "# Sharding a ledger\n\n"
    "### Initial Implementation\nOne table, one writer.\n\n"
    "### Course Correction\nHash by account, then regret.\n\n"
    "### Dubious Value\nA cache nobody read.\n\n"
    "### Quiet Wins\nIdempotent retries everywhere.\n"
)


def test_a_list_of_phrases_in_a_talks_notes_names_nobody() -> None:
    p = parse_programme(NOTES.encode(), "billing.md")
    people = {s.name for t in p.talks for s in t.speakers} | {r.person.name for r in p.roles}
    assert not people & {"Initial Implementation", "Course Correction", "Dubious Value"}


def test_a_file_in_a_folder_of_notes_offers_no_reading_as_a_programmes_records() -> None:
    assert "records" not in {r.shape for r in _offered(PARTS, in_folder=True)}


def _offered(text: str, in_folder: bool) -> list[readings.Reading]:
    token = readings.IN_NOTES_FOLDER.set(in_folder)
    try:
        assert "outline" in FORMATS
        return text_readings(text.encode(), "ledger.md")
    finally:
        readings.IN_NOTES_FOLDER.reset(token)
