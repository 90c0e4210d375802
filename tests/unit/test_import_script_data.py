"""Programme data that is no JSON, YAML or CSV file was lost whole (issue 33, helper
zeros): a site's ``talks.js`` module, a component holding its agenda array, a Hugo
``.toml`` data file all became "the whole text is one note". Their literals and tables
are data like any other. Fixtures are written for these tests."""

from __future__ import annotations

import time

from confnotes.importers import script_data
from confnotes.importers.registry import parse_programme


def _names(talk: object) -> list[str]:
    return [p.name for p in talk.speakers]  # type: ignore[attr-defined]


MODULE = """\
/* Talks of the river day. */
export default [
  {
    title: 'Sediment and the delta',   // moved to the morning
    presenter: "Noa Lindgren",
    time: `2024-09-05T09:30`,
    tags: ['rivers', "mud",],
  },
  {
    title: "Flood maps that people read",
    presenter: 'Kofi Mensah',
    time: '2024-09-05T10:15',
    note: `two
lines`,
  },
  {
    title: 'Fish ladders, revisited',
    presenter: "Ilse Brandt",
    time: "2024-09-05T11:00",
    more: helper("x", [1, 2]),
    ...defaults,
  },
];
"""


def test_an_es_module_of_talks_is_read_as_programme_data() -> None:
    p = parse_programme(MODULE.encode(), "talks.js")
    assert p.format == "sessions"
    talks = {t.title: (_names(t), t.start) for t in p.talks}
    assert talks["Sediment and the delta"][0] == ["Noa Lindgren"]
    assert talks["Flood maps that people read"][0] == ["Kofi Mensah"]
    assert talks["Fish ladders, revisited"][1] is not None
    assert talks["Fish ladders, revisited"][1].hour == 11


COMPONENT = """\
import { Card, Stack, Title } from "@kit/ui";
import type { Item } from "./types";

const program: Item[] = [
  { at: "9:00 am – 9:30 am", what: "Welcome and tea" },
  { at: "9:30 am – 10:15 am", what: "Bees in the city", presenters: "Mirela Pop" },
  { at: "10:15 am – 11:00 am", what: "Soil under pavements", presenters: ["Ade Okoro", "Lin Yu"] },
  { at: "11:00 am – 11:45 am", what: "Night lights and moths", presenters: "Pau Ferrer" },
];

export default function Day() {
  return <Stack gap={2}>{program.map((p) => <Card key={p.at} title={p.what} />)}</Stack>;
}
"""


def test_a_component_that_holds_its_agenda_array_gives_its_talks() -> None:
    """The imports hold commas (no CSV header), the type annotation holds a colon (no
    YAML), the markup around the array is code: the array is the data."""
    p = parse_programme(COMPONENT.encode(), "Day.tsx")
    talks = {t.title: _names(t) for t in p.talks}
    assert talks["Bees in the city"] == ["Mirela Pop"]
    assert talks["Soil under pavements"] == ["Ade Okoro", "Lin Yu"]
    assert talks["Night lights and moths"] == ["Pau Ferrer"]


def test_a_module_reference_as_a_value_is_an_id_not_a_name() -> None:
    """``speaker: require('./speakers/ana-ruiz')`` points at another file: no person
    spelt as a file name, but the talk stays a talk."""
    text = (
        "module.exports = [\n"
        + "".join(
            f"  {{ title: 'Talk {k}', speaker: require('./speakers/person-{k}'), track: 'A' }},\n"
            for k in range(3)
        )
        + "];\n"
    )
    p = parse_programme(text.encode(), "talks.js")
    assert [t.title for t in p.talks] == ["Talk 0", "Talk 1", "Talk 2"]
    assert all(not t.speakers for t in p.talks)
    assert script_data.literals(text)[0][1][0]["speaker"] == {"id": "person-0"}


TOML = """\
# The seminar's data file.
title = "Harbour Logic Seminar"

[[talks]]
date = 2025-02-06
speaker = "Greta Holm"
title = "Proofs you can sail by"

[[talks]]
date = 2025-02-20
speaker = "Yusuf Demir"
title = "Knots in the rigging"

[[talks]]
date = 2025-03-06
speaker = "Ana Costa"
title = "Tides as a fixed point"
"""


def test_a_toml_data_file_is_read_as_programme_data() -> None:
    p = parse_programme(TOML.encode(), "talks.toml")
    talks = {t.title: (_names(t), t.day or (t.start and t.start.date())) for t in p.talks}
    assert talks["Proofs you can sail by"][0] == ["Greta Holm"]
    assert str(talks["Knots in the rigging"][1]) == "2025-02-20"
    assert p.name == "Harbour Logic Seminar"


def test_toml_that_opens_with_a_table_header_is_not_taken_for_json() -> None:
    text = '[profiles.a]\nname = "Ida Berg"\ntitle = "On ropes"\ndate = 2025-01-09\n\n'
    text += '[profiles.b]\nname = "Omar Said"\ntitle = "On sails"\ndate = 2025-01-16\n\n'
    text += '[profiles.c]\nname = "Eva Kral"\ntitle = "On keels"\ndate = 2025-01-23\n'
    p = parse_programme(text.encode(), "speakers.toml")
    assert {t.title for t in p.talks} == {"On ropes", "On sails", "On keels"}


def test_notes_and_pages_are_not_scripts() -> None:
    assert not script_data.is_script("# Notes from the river day\n\nconst thoughts\n")
    assert not script_data.is_script("Some words = [like this]\n")
    assert script_data.is_script("// data\n/* more */\nexport const x = 1\n")
    assert script_data.literals("const a = b == [1] ? {} : [];") == []


def test_code_in_a_literal_is_no_data_and_broken_literals_are_skipped() -> None:
    found = script_data.literals("const a = [1, f(2, [3]), () => 4, {k: v}, `t${x}u`];")
    assert found == [("a", [1, None, None, {"k": None}, "t${x}u"])]
    assert script_data.literals("const b = [1, 2") == []


def test_the_literal_reader_is_linear_on_hostile_input() -> None:
    """Unclosed brackets, deep nesting and many assignments stay bounded."""
    for text in (
        "x = [" * 50_000,
        "const a = " + "[" * 100_000 + "]" * 100_000,
        "y = {a: `" + "$" * 200_000,
        "z = [" + "'a'," * 200_000,
    ):
        began = time.process_time()  # CPU of this process: a busy machine's waits left out
        script_data.literals(text)
        assert time.process_time() - began < 2.0


def test_a_key_about_the_author_names_no_speaker() -> None:
    """``authorInfo: "Consultant"`` beside ``author: "Ana Ruiz"`` is about her, no second
    speaker (a job word was taken for a person)."""
    from confnotes.importers.fields import roles_of

    assert "speaker" not in roles_of("authorInfo")
    assert "speaker" not in roles_of("speaker_details")
    assert "speaker" in roles_of("author")
