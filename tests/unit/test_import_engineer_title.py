"""The engineer's title written before a name in Portuguese and other Romance programmes
(``Eng.``, ``Engº``, ``Eng.ª``) is a courtesy, as ``Dr.`` is: no part of the name."""

from __future__ import annotations

import json

from confnotes.importers.persons import split_speakers
from confnotes.importers.registry import parse_programme
from confnotes.importers.textutil import clean_name


def test_engineer_titles_are_no_part_of_a_name() -> None:
    assert [p.name for p in split_speakers("Eng. Tomás Ferreira")] == ["Tomás Ferreira"]
    assert clean_name("Engº Marta Quintas") == "Marta Quintas"
    assert clean_name("Eng.ª Inês Barros") == "Inês Barros"
    # a surname or a given name that begins so stays whole; a bare word is no title
    assert clean_name("Engel Brandt") == "Engel Brandt"
    assert clean_name("Eng Wei Ling") == "Eng Wei Ling"


def test_a_data_file_speaker_after_the_engineer_title_is_the_person() -> None:
    data = {
        "events": [
            {"name": "Manutenção preditiva na fábrica", "speaker": "Eng. Tomás Ferreira"},
            {"name": "Robótica para principiantes", "speaker": "Prof. Lídia Matos"},
            {"name": "Energia solar em casa", "speaker": "Rui Antunes"},
        ]
    }
    programme = parse_programme(json.dumps(data, ensure_ascii=False).encode(), "agenda.json")
    people = {p.name for t in programme.talks for p in t.speakers}
    assert people == {"Tomás Ferreira", "Lídia Matos", "Rui Antunes"}
