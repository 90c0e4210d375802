"""A programme's repeated bracketed title tails are the talks' type; a series page's
dated headings give each talk its day (stop 53, helper s53c)."""

from __future__ import annotations

from datetime import date

from confnotes.importers import doctree
from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.registry import parse_programme, strip_type_tails


def _titles(*titles: str) -> Programme:
    return Programme(name="X", format="markdown", talks=[ProgrammeTalk(title=t) for t in titles])


def test_repeated_tails_become_tags() -> None:
    programme = _titles(
        "Reading Maps of Old Harbours (full)",
        "Tide Tables as Data (short)",
        "Shipwrecks in Parish Records (full)",
        "Fog Signals Along the Coast (short)",
        "A Lighthouse Keeper's Logbook [poster]",
    )
    strip_type_tails(programme)
    assert [t.title for t in programme.talks] == [
        "Reading Maps of Old Harbours",
        "Tide Tables as Data",
        "Shipwrecks in Parish Records",
        "Fog Signals Along the Coast",
        "A Lighthouse Keeper's Logbook [poster]",
    ]
    assert programme.talks[0].tags == ["full"]


def test_tails_in_another_language_and_bracket() -> None:
    programme = _titles(
        "Böden im Klimawandel [Langbeitrag]",
        "Wasserrecht im Alpenraum [Kurzbeitrag]",
        "Moore als Speicher [Langbeitrag]",
        "Hecken und Vögel [Kurzbeitrag]",
    )
    strip_type_tails(programme)
    assert [t.title for t in programme.talks] == [
        "Böden im Klimawandel",
        "Wasserrecht im Alpenraum",
        "Moore als Speicher",
        "Hecken und Vögel",
    ]


def test_parts_and_twins_keep_their_tails() -> None:
    programme = _titles(
        "Packaging Python (Part 1)",
        "Packaging Python (Part 2)",
        "Panel (live)",
        "Panel (recorded)",
        "Caching (live)",
        "Queues (recorded)",
        "Logging (live)",
    )
    strip_type_tails(programme)
    titles = [t.title for t in programme.talks]
    assert titles[:4] == [
        "Packaging Python (Part 1)",
        "Packaging Python (Part 2)",
        "Panel (live)",
        "Panel (recorded)",
    ]
    assert titles[4:] == ["Caching", "Queues", "Logging"]


def test_a_few_tails_among_many_titles_stay() -> None:
    titles = [f"Talk number {n} about things" for n in range(12)]
    programme = _titles(*titles, "Ferries (EN)", "Canals (EN)", "Locks (EN)")
    strip_type_tails(programme)
    assert programme.talks[-1].title == "Locks (EN)"


def test_paper_table_titles_lose_their_type() -> None:
    text = (
        "| Authors | Paper | Slot |\n|---|---|---|\n"
        "| Ada Pohl and Ben Ruiz | [Graphs of Claims](/p/1.pdf) (long) | 09:00-09:30 |\n"
        "| Cleo Marsh | Rebuttals in Forums (short) | 09:30-09:50 |\n"
        "| Dov Emre and Fay Lund | Warrants in Court (long) | 09:50-10:20 |\n"
        "| Gil Okafor | Polls as Evidence (short) | 10:20-10:40 |\n"
    )
    programme = parse_programme(text.encode(), "papers.md")
    titles = {t.title for t in programme.talks}
    assert {"Graphs of Claims", "Rebuttals in Forums", "Warrants in Court"} <= titles


def test_series_page_talks_take_their_headings_day() -> None:
    text = (
        "Title: Rencontres 2024\nDate: 2024-08-30\n\n"
        "## Mardi 8 octobre 2024\n\n"
        "**Les haies en ville** par Odile Marchal, paysagiste à la commune.\n\n"
        "## Mardi 12 novembre 2024\n\n"
        "**Réparer plutôt que jeter** par Yannick Braet et Inès Lamrani, bénévoles.\n"
    )
    programme = parse_programme(text.encode(), "rencontres.md")
    days = {t.title: t.day for t in programme.talks if t.kind == "talk"}
    assert days == {
        "Les haies en ville": date(2024, 10, 8),
        "Réparer plutôt que jeter": date(2024, 11, 12),
    }


def test_html_rows_inside_a_pipe_table_keep_it_one_table() -> None:
    text = (
        "| Hora | Charla | Quién |\r\n|:---:|:---:|:---:|\r\n"
        '<tr class="rule"><td colspan="3"></td></tr>\r\n'
        "| 18:00 | Cifrar el disco de casa | Adela Quintero |\r\n"
        '<tr class="rule"><td colspan="3"></td></tr>\r\n'
        "| 18:20 | Routers viejos, vida nueva | Ramiro Oyarzún |\r\n"
        "<tr><td>18:40</td><td>Un teclado <b>hecho a mano</b></td><td>Sol Ibarra</td></tr>\r\n"
    )
    doc = doctree.parse(text)
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert len(tables) == 1
    programme = parse_programme(text.encode(), "charlas.md")
    said = {t.title: [s.name for s in t.speakers] for t in programme.talks}
    assert said["Routers viejos, vida nueva"] == ["Ramiro Oyarzún"]
    assert said["Un teclado hecho a mano"] == ["Sol Ibarra"]


def test_a_speaker_or_a_room_in_brackets_is_no_type() -> None:
    """A name repeated in brackets is who gives the talks, a numbered one where or which
    part: neither becomes a tag nor leaves the title."""
    programme = _titles(
        "Deep Tides (Ana Ruiz)",
        "Fast Logs (Ana Ruiz)",
        "Green Charts (Ana Ruiz)",
        "Opening Words (Bo Li)",
        "Salt Maps (Room 2)",
        "Fog Bells (Room 2)",
    )
    strip_type_tails(programme)
    assert programme.talks[0].title == "Deep Tides (Ana Ruiz)"
    assert programme.talks[4].title == "Salt Maps (Room 2)"
    assert all(not t.tags for t in programme.talks)


def test_a_code_blocks_table_with_html_rows_stays_code_as_written() -> None:
    text = "Notes.\n\n```html\n| a | b |\n|---|---|\n<tr><td>x</td><td>y</td></tr>\n```\n"
    doc = doctree.parse(text)
    code = [n for n in doc.root.walk() if n.kind == "code"]
    assert len(code) == 1
    assert "<tr><td>x</td><td>y</td></tr>" in (code[0].text or "")
