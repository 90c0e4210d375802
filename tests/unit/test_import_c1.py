"""Stop 63, helper c1: conventions of a real Spanish programme page the importer read badly
(blind37 p05)."""

from __future__ import annotations

from confnotes.importers.headings import conference_name
from confnotes.importers.persons import is_person_name
from confnotes.importers.registry import parse_programme

CHAIRED_SESSION = """<h5>Martes 14 de Marzo</h5>
<table>
  <tr><th>Hora</th><th>Sesión</th></tr>
  <tr>
    <td><b>9:00</b></td>
    <td><b>Sesión A: Redes y protocolos</b>
      <br><b>Presidenta:</b> María Luisa de la Fuente Ortega-Cano de Vargas, Universidad de Soria
      <ul>
        <li>Rutas seguras en redes de sensores.
          <br><i>Lucía Ramos Peña y Tomás Herrero</i></li>
        <li>Un protocolo ligero para redes rurales.
          <br><i>Inés Molina, Pablo Serrano y Lucía Ramos Peña</i></li>
      </ul>
    </td>
  </tr>
  <tr>
    <td><b>10:30</b></td>
    <td><b>Comida</b></td>
  </tr>
</table>
"""


def _talks(text: str, name: str = "programa.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title.rstrip("."): [s.name for s in t.speakers] for t in programme.talks}


def test_a_long_name_counts_its_capitalised_words_not_its_particles() -> None:
    assert is_person_name("María Luisa de la Fuente Ortega-Cano de Vargas")
    assert is_person_name("Ana de la Cruz")
    assert not is_person_name("Una Dos Tres Cuatro Cinco Seis Siete")  # seven words: no name
    assert not is_person_name("de la y de")  # particles alone: no one


def test_a_session_whose_chair_has_a_long_name_keeps_its_papers() -> None:
    talks = _talks(CHAIRED_SESSION)
    assert talks["Rutas seguras en redes de sensores"] == ["Lucía Ramos Peña", "Tomás Herrero"]
    assert talks["Un protocolo ligero para redes rurales"] == [
        "Inés Molina",
        "Pablo Serrano",
        "Lucía Ramos Peña",
    ]


POSTERS_OVER_COFFEE = """<table>
  <tr><th>Hora</th><th>Sesión</th></tr>
  <tr>
    <td><b>11:00</b></td>
    <td><b>Café. <i>Pósters del primer día</i></b>
      <ul>
        <li>Mapas de calor para tráfico cifrado
          <br><i>Elena DeLuca-Prieto y Marcos Vidal</i></li>
        <li>Ingeniería social en el correo
          <br><i>Sara Quintana, Hugo Ferrer y Elena DeLuca-Prieto</i></li>
      </ul>
    </td>
  </tr>
</table>
"""


def test_a_surname_prefix_before_a_capital_holds_in_a_hyphened_surname() -> None:
    assert is_person_name("Elena DeLuca-Prieto")
    assert is_person_name("Ana McDonald-Smith")
    assert not is_person_name("Ana Smith-DevOps")  # a product's inner capital, after a hyphen


def test_a_coffee_slot_of_posters_keeps_papers_whose_authors_have_prefixed_surnames() -> None:
    talks = _talks(POSTERS_OVER_COFFEE)
    assert talks["Mapas de calor para tráfico cifrado"] == ["Elena DeLuca-Prieto", "Marcos Vidal"]
    assert talks["Ingeniería social en el correo"] == [
        "Sara Quintana",
        "Hugo Ferrer",
        "Elena DeLuca-Prieto",
    ]


def test_a_coffee_slot_that_names_posters_gives_its_papers_the_poster_kind() -> None:
    programme = parse_programme(POSTERS_OVER_COFFEE.encode(), "programa.md")
    kinds = {t.title.rstrip("."): t.kind for t in programme.talks}
    assert kinds == {
        "Mapas de calor para tráfico cifrado": "poster",
        "Ingeniería social en el correo": "poster",  # a paper's word, not a social event
    }


ROUND_TABLE = """<table>
  <tr><th>Hora</th><th>Sesión</th></tr>
  <tr>
    <td><b>16:00</b></td>
    <td><b>Mesa redonda:</b><i> El futuro de la criptografía en la empresa pequeña</i>
      <br><b>Moderador</b>: Sr. Tomás Herrero. Laboratorio Norte
      <br><b>Participantes</b>:
      <ul>
        <li>Sra. Lucía Ramos. Agencia del Sur.</li>
        <li>Sr. Pablo Serrano. Cooperativa Digital (CODI).</li>
        <li>Sra. Inés Molina. Universidad de Tierra Alta.</li>
      </ul>
      Con el apoyo de:
    </td>
  </tr>
  <tr>
    <td><b>17:00</b></td>
    <td><b>Cierre</b></td>
  </tr>
</table>
"""


def test_a_round_table_with_a_stressed_kind_label_is_a_panel_of_its_listed_participants() -> None:
    programme = parse_programme(ROUND_TABLE.encode(), "programa.md")
    (panel,) = [t for t in programme.talks if "criptografía" in t.title]
    assert panel.kind == "panel"
    assert [p.name for p in panel.speakers] == ["Lucía Ramos", "Pablo Serrano", "Inés Molina"]
    assert panel.speakers[0].affiliations == ["Agencia del Sur"]
    roles = {(r.person.name, r.role) for r in programme.roles}
    assert ("Tomás Herrero", "chair") in roles  # the moderator chairs; no panelist


INVITED_BY_DASH = """<table>
  <tr><th>Hora</th><th>Sesión</th></tr>
  <tr>
    <td><b>10:00</b></td>
    <td><a href="invitada"><b>Conferencia invitada: </b><i>"Mareas y datos abiertos"</i></a>
      <br><i>Marta Solís -- Instituto de Ciencias del Mar, Universidad de Vigo</i>
    </td>
  </tr>
  <tr>
    <td><b>11:00</b></td>
    <td><b>Comida</b></td>
  </tr>
</table>
"""


def test_a_speaker_line_of_a_name_a_dash_and_an_affiliation_with_commas() -> None:
    programme = parse_programme(INVITED_BY_DASH.encode(), "programa.md")
    (talk,) = [t for t in programme.talks if "Mareas" in t.title]
    assert [p.name for p in talk.speakers] == ["Marta Solís"]
    assert talk.speakers[0].affiliations == ["Instituto de Ciencias del Mar, Universidad de Vigo"]


NAMED_BY_A_THIRD_LEVEL_HEADING = """---
layout: page
---

### __Programa Jornadas Sur 2031__
<h5>Martes 14 de Marzo</h5>
<table>
  <tr><th>Hora</th><th>Sesión</th></tr>
  <tr><td><b>10:00</b></td><td><b>Redes en el campo</b><br><i>Marta Solís</i></td></tr>
  <tr><td><b>11:00</b></td><td><b>Datos del mar</b><br><i>Pablo Serrano</i></td></tr>
</table>
"""


def test_a_pages_one_top_heading_names_the_event_after_its_programme_word() -> None:
    programme = parse_programme(NAMED_BY_A_THIRD_LEVEL_HEADING.encode(), "programa.md")
    assert programme.name == "Jornadas Sur 2031"
    assert conference_name("Program Committee") == "Program Committee"  # no year, no event
