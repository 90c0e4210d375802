"""The reading that knows no convention (:mod:`confnotes.importers.units`): a document's
most repeated unit, its parts' roles read by content, in layouts no other reader names."""

from __future__ import annotations

from datetime import date, datetime, time

from confnotes.importers import units


def _talks(text: str) -> list[tuple[str, list[str], object]]:
    programme = units.read(text, "x.md")
    assert programme is not None
    return [
        (t.title, [s.name for s in t.speakers], t.start or t.clock or t.day)
        for t in programme.talks
    ]


def test_items_in_an_unknown_order_give_title_speaker_and_time() -> None:
    text = (
        "# Spring Meetup 2024\n\n## 12 March 2024\n\n"
        "- Ana Ruiz ~ 18:30 ~ Faster log compaction\n"
        "- Bo Li ~ 19:00 ~ Type checking at scale\n"
        "- Cleo Martin ~ 19:30 ~ What the profiler did not say\n"
    )
    assert _talks(text) == [
        ("Faster log compaction", ["Ana Ruiz"], datetime(2024, 3, 12, 18, 30)),
        ("Type checking at scale", ["Bo Li"], datetime(2024, 3, 12, 19, 0)),
        ("What the profiler did not say", ["Cleo Martin"], datetime(2024, 3, 12, 19, 30)),
    ]


def test_a_part_every_unit_repeats_is_no_title() -> None:
    text = (
        "<p>Ana Ruiz | Faster log compaction | Room Aurora Hall</p>\n"
        "<p>Bo Li | Type checking | Room Aurora Hall</p>\n"
        "<p>Cleo Martin | Profilers | Room Aurora Hall</p>\n"
        "<p>Dan Ortiz | Small models | Room Aurora Hall</p>\n"
    )
    titles = [t for t, _s, _w in _talks(text)]
    assert titles == ["Faster log compaction", "Type checking", "Profilers", "Small models"]


def test_names_in_brackets_and_before_a_colon_are_speakers() -> None:
    text = (
        "Workshop notes\n\n"
        "* Sketching state machines (Ana Ruiz, Example Lab)\n"
        "* Bo Li: Type checking at scale\n"
        "* Reading profiles together (Cleo Martin & Dan Ortiz)\n"
    )
    assert _talks(text) == [
        ("Sketching state machines", ["Ana Ruiz"], None),
        ("Type checking at scale", ["Bo Li"], None),
        ("Reading profiles together", ["Cleo Martin", "Dan Ortiz"], None),
    ]


def test_a_programme_held_as_html_in_a_front_matter_string() -> None:
    rows = "".join(
        f"      <tr><td>{clock}</td><td>{title}</td><td>{name}</td></tr>\n"
        for clock, title, name in [
            ("09:00", "Opening the black box", "Ines Duarte"),
            ("09:45", "Graphs of trust", "Kenji Sato"),
            ("10:30", "Small data, big claims", "Maria Keller"),
        ]
    )
    text = (
        "---\ntitle: Home\nsections:\n  - block: schedule\n    content:\n      text: |\n"
        "        <table>\n"
        + "".join("  " + r for r in rows.splitlines(keepends=True))
        + "        </table>\n---\n"
    )
    got = _talks(text)
    assert [(t, s) for t, s, _w in got] == [
        ("Opening the black box", ["Ines Duarte"]),
        ("Graphs of trust", ["Kenji Sato"]),
        ("Small data, big claims", ["Maria Keller"]),
    ]
    assert got[0][2] == time(9, 0)


def test_headings_with_the_blocks_after_them_are_units() -> None:
    text = "# Reading group\n\n" + "".join(
        f"### {title}\n\n{name}\n\nAbstract words about the talk.\n\n"
        for title, name in [
            ("Proofs that run", "Ana Ruiz"),
            ("Counting with sketches", "Bo Li"),
            ("Old ideas, new hardware", "Cleo Martin"),
        ]
    )
    assert [(t, s) for t, s, _w in _talks(text)] == [
        ("Proofs that run", ["Ana Ruiz"]),
        ("Counting with sketches", ["Bo Li"]),
        ("Old ideas, new hardware", ["Cleo Martin"]),
    ]


def test_a_pipe_table_the_parser_did_not_see() -> None:
    text = (
        "Programa\n"
        "| 19:00 | Charla de bienvenida | Lucía Gómez |\n"
        "| 19:30 | Datos abiertos en la ciudad | Pablo Ortega |\n"
        "| 20:00 | Mapas con software libre | Sofía Navarro |\n"
    )
    assert [(t, s) for t, s, _w in _talks(text)] == [
        ("Charla de bienvenida", ["Lucía Gómez"]),
        ("Datos abiertos en la ciudad", ["Pablo Ortega"]),
        ("Mapas con software libre", ["Sofía Navarro"]),
    ]


def test_notes_with_no_times_or_people_are_no_programme() -> None:
    text = "# My notes\n\n- the keynote was long\n- lunch was good\n- ask about caching\n"
    assert units.read(text, "notes.md") is None


def test_days_come_from_the_day_named_before_each_unit() -> None:
    text = (
        "## Monday, 3 June 2024\n\n"
        "- 10:00 - Ana Ruiz - Faster log compaction\n- 11:00 - Bo Li - Type checking\n\n"
        "## Tuesday, 4 June 2024\n\n"
        "- 10:00 - Cleo Martin - Profilers\n- 11:00 - Dan Ortiz - Small models\n"
    )
    days = [w.date() for _t, _s, w in _talks(text)]  # type: ignore[attr-defined]
    assert days == [date(2024, 6, 3)] * 2 + [date(2024, 6, 4)] * 2


def test_a_hostile_document_is_read_within_bounds() -> None:
    text = "- " + "a | " * 50_000 + "\n" + "| x " * 100_000 + "\n" + "(" * 20_000
    units.read(text, "x.md")  # returns, whatever it finds


def test_the_speaker_after_the_last_colon_of_titles_holding_colons() -> None:
    text = "Lightning talks\n\n" + "".join(
        f"- {title}: {name}\n"
        for title, name in [
            ("Tidy tables: a field guide", "Ana Ruiz"),
            ("Plots that explain", "Bo Li"),
            ("Missing data: why, where, what now", "Cleo Martin"),
            ("Shipping notebooks", "Dan Ortiz"),
        ]
    )
    assert [(t, s) for t, s, _w in _talks(text)] == [
        ("Tidy tables: a field guide", ["Ana Ruiz"]),
        ("Plots that explain", ["Bo Li"]),
        ("Missing data: why, where, what now", ["Cleo Martin"]),
        ("Shipping notebooks", ["Dan Ortiz"]),
    ]


def test_a_unit_that_says_its_own_day_is_dated_by_it() -> None:
    text = (
        "| Fecha | Charla | Ponente |\n| --- | --- | --- |\n"
        "| 14 Noviembre 2023 | Despliegues sin miedo | Carla Ríos |\n"
        "| 10 Octubre 2023 | Notebooks en producción | Tomás Vega |\n"
        "| 12 Septiembre 2023 | Pruebas de carga | Elena Paz |\n"
    )
    got = {t: w for t, _s, w in _talks(text)}
    assert got["Despliegues sin miedo"] == date(2023, 11, 14)
    assert got["Pruebas de carga"] == date(2023, 9, 12)


_LIGHTNING = "Lightning talks\n\n" + "".join(
    f"- {title}: {name}\n"
    for title, name in [
        ("Tidy tables: a field guide", "Ana Ruiz"),
        ("Plots that explain", "Bo Li"),
        ("Missing data: why, where, what now", "Cleo Martin"),
    ]
)


def test_the_reading_is_offered_to_as_units_and_never_taken_alone() -> None:
    from confnotes.importers.registry import parse_programme, text_readings

    offered = text_readings(_LIGHTNING.encode(), "talks.md")
    units_reading = next(r for r in offered if r.shape == "units")
    assert not units_reading.contender and offered[0].shape != "units"
    taken = parse_programme(_LIGHTNING.encode(), "talks.md")
    # named, not built, by an import that takes the best reading (--dry-run builds it)
    assert any(line.startswith("units: not read") for line in taken.readings)
    chosen = parse_programme(_LIGHTNING.encode(), "talks.md", shape="units")
    talks = [t for t in chosen.talks if t.kind != "other"]  # the words no unit holds
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Tidy tables: a field guide", ["Ana Ruiz"]),
        ("Plots that explain", ["Bo Li"]),
        ("Missing data: why, where, what now", ["Cleo Martin"]),
    ]
