"""HTML as sites keep it: template fragments, fields in spans, cells holding talks."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.registry import detect_format, parse_programme


def test_fields_side_by_side_are_lines_of_their_own() -> None:
    doc = doctree.parse_html(
        '<h3><div><span class="who"><b>Ida Marsh</b></span><span class="form">Vortrag</span>'
        '</div><div class="title"><b>Lichtjahre im Keller</b></div></h3>'
    )
    heading = next(n for n in doc.root.walk() if n.kind == "heading")
    assert heading.text.split("\n") == ["Ida Marsh", "Vortrag", "Lichtjahre im Keller"]
    assert "field" in [m.kind for m in heading.marks]


def test_words_around_inline_elements_stay_one_line() -> None:
    doc = doctree.parse_html(
        "<p>Talk by <a href='/a'>Ana Ruiz</a> and <span>Li Wei</span></p>"
        "<p><b>Keynote:</b> <a href='/b'>Tomas Brandt</a></p>"
    )
    texts = [n.text for n in doc.root.walk() if n.kind == "paragraph"]
    assert texts == ["Talk by Ana Ruiz and Li Wei", "Keynote: Tomas Brandt"]


def test_spans_in_a_list_item_split_from_the_time() -> None:
    doc = doctree.parse_html(
        '<ol><li class="slot"><span class="time"><time>09:50</time></span>'
        '<a class="summary" href="/s/ana">Paper cuts in the parser</a></li></ol>'
    )
    item = next(n for n in doc.root.walk() if n.kind == "item")
    assert item.text.split("\n") == ["09:50", "Paper cuts in the parser"]


_TEMPLATE = """@extends('layouts.site')
@section('content')
<h2>Programa</h2>
<table>
  <tr>
    <td>9:00 - 11:00</td>
    <td>
      <p><strong>REDES</strong></p>
      <p><b>Enrutado tolerante</b>, por L. Quintana</p>
      <p><b>Colas sin bloqueo</b>, por R. Ferrer</p>
    </td>
    <td>
      <p><strong>DATOS</strong></p>
      <p><b>Indices compactos</b>, por E. Sastre</p>
      <p><b>Copias incrementales</b>, por T. Bravo</p>
    </td>
  </tr>
  <tr><td>11:00 - 11:30</td><td>Descanso</td><td>Descanso</td></tr>
  <tr>
    <td>11:30 - 13:00</td>
    <td><p><strong>SISTEMAS</strong></p>
      <p><b>Planificadores justos</b>, por N. Olmo</p>
      <p><b>Memoria compartida</b>, por D. Prieto</p></td>
    <td><p><strong>GRAFICOS</strong></p>
      <p><b>Sombras suaves</b>, por C. Vidal</p>
      <p><b>Mallas adaptativas</b>, por S. Rojo</p></td>
  </tr>
</table>
@endsection
"""


def test_a_template_fragment_is_read_as_html() -> None:
    assert doctree.looks_like_html_page(_TEMPLATE)
    assert detect_format(_TEMPLATE.encode(), "programa.blade.php") == "html"
    php = b"<?php include 'head.php'; ?>\n<h2>Zeitplan</h2>\n<p>x</p>\n"
    assert detect_format(php, "t.php") == "html"
    assert not doctree.looks_like_html_page("# Notes\n\n<b>bold</b> words\n\nmore words\n")


def test_cells_holding_talks_side_by_side_are_each_read() -> None:
    programme = parse_programme(_TEMPLATE.encode(), "programa.blade.php")
    got = {(t.title, tuple(p.name for p in t.speakers), t.clock) for t in programme.talks}
    for title, who in [
        ("Enrutado tolerante", "L. Quintana"),
        ("Colas sin bloqueo", "R. Ferrer"),
        ("Indices compactos", "E. Sastre"),
        ("Copias incrementales", "T. Bravo"),
        ("Planificadores justos", "N. Olmo"),
        ("Sombras suaves", "C. Vidal"),
    ]:
        assert any(t == title and s == (who,) for t, s, _ in got), (title, got)
    names = {p.name for t in programme.talks for p in t.speakers}
    assert not names & {"REDES", "DATOS", "Colas sin bloqueo"}


def test_a_table_inside_an_open_paragraph_is_a_table() -> None:
    doc = doctree.parse_html(
        "<h1>Schedule</h1>\n<p>\n<table><tr><td>10:00</td><td>Zoned storage</td></tr>"
        "<tr><td>11:00</td><td>Tiered caches</td></tr></table>"
    )
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert len(tables) == 1
    assert [r.text for r in tables[0].walk() if r.kind == "row"] == [
        "10:00\tZoned storage",
        "11:00\tTiered caches",
    ]
