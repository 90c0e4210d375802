"""Stop 66, helper e1: speaker-first records whose talks' titles follow in a labelled
field (``Name, Org`` then ``Title: X``, or ``Titles: X`` over ``Y`` for a speaker who
gives two), in Markdown and HTML lists, in several languages. Fixtures written for
these tests, in our own words."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from tests.unit.importing import people_of as _people
from tests.unit.importing import read as _read


def _talks(programme: Programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


_MARKDOWN = """# Northern Geometry Days 2031

Our invited lecturers this year:

- [Dr. Anna Keller](https://example.org/keller), University of Bergen.
  *Title: Curvature flows on surfaces*
- [Prof. Tomas Lind](https://example.org/lind), Uppsala University, Department of Mathematics.
  *Titles: Minimal cones*
  *Rigidity of hyperbolic manifolds*
- [Dr. Mei Chen](https://example.org/chen), KTH Stockholm.
  *Title: Random walks on groups*
"""


def test_markdown_items_with_one_or_two_labelled_titles() -> None:
    found = _talks(_read(_MARKDOWN, "geometry.md"))
    assert found["Curvature flows on surfaces"] == ["Anna Keller"]
    assert found["Minimal cones"] == ["Tomas Lind"]
    assert found["Rigidity of hyperbolic manifolds"] == ["Tomas Lind"]
    assert found["Random walks on groups"] == ["Mei Chen"]


def test_an_affiliation_with_commas_is_no_second_person() -> None:
    programme = _read(_MARKDOWN, "geometry.md")
    assert _people(programme) == {"Anna Keller", "Tomas Lind", "Mei Chen"}
    lind = next(p for t in programme.talks for p in t.speakers if p.name == "Tomas Lind")
    assert lind.affiliations and "Uppsala" in lind.affiliations[0]


_HTML_SPANISH = """Jornadas de Estadística, Sevilla, 2031.

<p>Conferenciantes invitados:</p>
<ul>
<li><p><a href="https://example.org/ortiz">Dra. Lucía Ortiz</a>, Universidad de Granada.<br>
<em>Títulos: Modelos jerárquicos para datos escasos<br></em>
<em>Inferencia causal en encuestas</em></p></li>
<li><p><a href="https://example.org/mora">Dr. Pablo Mora</a>, Universidad de Sevilla.<br>
<em>Título: Series temporales con cambios de régimen</em></p></li>
<li><p><a href="https://example.org/vidal">Dra. Inés Vidal</a>, CSIC, Madrid.<br>
<em>Título: Muestreo adaptativo en ecología</em></p></li>
</ul>
"""


def test_html_items_with_spanish_labels() -> None:
    programme = _read(_HTML_SPANISH, "jornadas.md")
    found = _talks(programme)
    assert found["Modelos jerárquicos para datos escasos"] == ["Lucía Ortiz"]
    assert found["Inferencia causal en encuestas"] == ["Lucía Ortiz"]
    assert found["Series temporales con cambios de régimen"] == ["Pablo Mora"]
    assert found["Muestreo adaptativo en ecología"] == ["Inés Vidal"]
    assert _people(programme) == {"Lucía Ortiz", "Pablo Mora", "Inés Vidal"}


_GERMAN_BARE = """# Kolloquium Numerik 2031

- Prof. Jana Vogel, TU Dresden
  Titel: Adaptive Gitter für Strömungen
- Dr. Felix Brandt, Universität Jena
  Titel: Vorkonditionierer im Vergleich
- Dr. Sara Hahn, Universität Ulm
  Titel: Schnelle Löser für Randwertprobleme
- Dr. Jonas Weiß, Universität Kiel
  Titel: Fehlerschätzer in der Praxis
"""


def test_bare_german_labels_in_a_larger_list() -> None:
    programme = _read(_GERMAN_BARE, "kolloquium.md")
    found = _talks(programme)
    assert found["Adaptive Gitter für Strömungen"] == ["Jana Vogel"]
    assert found["Fehlerschätzer in der Praxis"] == ["Jonas Weiß"]
    assert "TU Dresden" not in _people(programme)


_NEAR_MISS = """# Reading group 2031

- [Lock-free queues](https://example.org/a), University notes.
  *Summary: why the usual design fails under load*
- [Garbage collectors](https://example.org/b), lecture notes.
  *Summary: a tour of tracing and counting*
- [Consensus](https://example.org/c), book chapter.
  *Summary: Paxos in plain words*
"""


def test_a_list_of_readings_with_summaries_names_no_one() -> None:
    programme = _read(_NEAR_MISS, "reading.md")
    assert not _people(programme)


_PORTUGUESE_PLURAL = """# Encontro de Álgebra 2031

- Profa. Rita Gomes, Universidade do Porto
  Títulos: Grupos de tranças
  Anéis de Hopf em característica positiva
- Prof. Nuno Reis, Universidade de Lisboa
  Título: Categorias de fusão
- Profa. Ana Leite, Universidade de Coimbra
  Título: Representações modulares
"""


def test_bare_plural_label_holds_the_lines_under_it() -> None:
    found = _talks(_read(_PORTUGUESE_PLURAL, "encontro.md"))
    assert found["Grupos de tranças"] == ["Rita Gomes"]
    assert found["Anéis de Hopf em característica positiva"] == ["Rita Gomes"]
    assert found["Categorias de fusão"] == ["Nuno Reis"]


def test_a_lead_in_saying_keynotes_gives_the_kind() -> None:
    text = _MARKDOWN.replace("Our invited lecturers this year:", "Our keynote speakers, in order:")
    kinds = {t.title: t.kind for t in _read(text, "geometry.md").talks}
    assert kinds["Minimal cones"] == "keynote"
    assert kinds["Random walks on groups"] == "keynote"
    html = _HTML_SPANISH.replace("Conferenciantes invitados:", "Die Gäste halten Keynotes:")
    kinds = {t.title: t.kind for t in _read(html, "jornadas.md").talks}
    assert kinds["Inferencia causal en encuestas"] == "keynote"


def test_prose_mentioning_a_keynote_gives_no_kind() -> None:
    text = _MARKDOWN.replace(
        "Our invited lecturers this year:",
        "Last year's keynote was a success. Our invited lecturers this year.",
    )
    kinds = {t.title: t.kind for t in _read(text, "geometry.md").talks}
    assert kinds["Minimal cones"] == "talk"
