"""Table rows that say the day or the place rather than a talk: a row whose one cell is
a date (``<td colspan="2"><h3>…</h3></td>``) or a ``<th>`` header naming the day gives the
rows below their day; a line heading most cells of a column (``Sala Mayor``) is where
they are held, not a speaker of every slot; ``Conferencia Plenaria 1:`` over ``“Title”,
Name`` is a keynote with its title and speaker (real pages: CIMPS 0 -> 37.7 %, Bologna
64.3 -> 82.4 % recall)."""

from __future__ import annotations

from datetime import date

from confnotes.importers import doctree, timetable

CELL = "<td><div>Sala Mayor</div><div><b>{kind}</b></div><p>{text}</p></td>"
ROWS = [
    ("09:00 - 10:00", "Conferencia Plenaria 1 :", "“Faster Ledgers at Scale”, Marta Quiroga"),
    ("10:00 - 10:30", "Descanso", ""),
    ("10:30 - 11:30", "Conferencia Plenaria 2 :", "“Graphs of Old Harbours”, Tomás Iriarte"),
    ("11:30 - 12:30", "Conferencia Plenaria 3 :", "“Quiet Compilers”, Lucía Ferrer"),
]
PAGE = (
    "<html><body><h1>Programa</h1><table><tbody>"
    '<tr><td colspan="2"><h3>Miércoles 07 de Octubre del 2026</h3></td></tr>'
    + "".join(f"<tr><td>{t}</td>{CELL.format(kind=k, text=x)}</tr>" for t, k, x in ROWS)
    + "</tbody></table></body></html>"
)


def test_day_row_room_head_and_kind_label() -> None:
    programme = timetable.read(doctree.parse(PAGE), "programa.html", "html").programme
    talks = {t.title: t for t in programme.talks}
    talk = talks["Faster Ledgers at Scale"]
    assert [p.name for p in talk.speakers] == ["Marta Quiroga"]
    assert talk.start is not None and talk.start.date() == date(2026, 10, 7)
    assert talk.room == "Sala Mayor"
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "Sala Mayor" not in people


def test_th_header_names_the_day() -> None:
    page = (
        "<table><thead><tr><th></th><th>Mercoledì 16 Marzo 2022</th></tr></thead><tbody>"
        "<tr><th>15:15</th><td>Why tidal tables are lazy (Ana Ruiz)</td></tr>"
        "<tr><th>16:00</th><td>How rivers stay quiet (Bo Lindgren)</td></tr>"
        "</tbody></table>"
    )
    programme = timetable.read(doctree.parse(page), "agenda.html", "html").programme
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Why tidal tables are lazy"] is not None
    assert starts["Why tidal tables are lazy"].date() == date(2022, 3, 16)
