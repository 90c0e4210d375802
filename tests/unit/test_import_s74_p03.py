"""Stop 74, p03: parallel-room grids whose cells name their fields by class.

A hand-written programme table gives each room a column and each cell its fields as
elements: the speaker's name in an element of its own (``<span class="speaker-name">``,
``<span class="orateur">``), where they work as plain words after it, the title in
another element (``<p class="speech-title">``). The plain words are an affiliation, never
a second speaker; a cell listing several such talks under a label (``Case studies:``) is a
talk each; a cell naming its speaker alone is that speaker's slot, its kind from the
cell's class. Cells keep their own fields even after a paragraph written inside another.
"""

from __future__ import annotations

from tests.unit.importing import kinds_by_title, people_of, read, speakers_by_title


def _page(title: str, head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(rows_cell for rows_cell in row) + "</tr>\n" for row in rows)
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<h2>Thursday 14 May 2026</h2>"
        f"<table><thead><tr>{cells}</tr></thead><tbody>\n{body}</tbody></table></body></html>"
    )


def _talk(name: str, where: str, title: str, *, who: str = "speaker-name") -> str:
    return (
        f'<td class="session"><span class="{who}"><a href="people/x.html">{name}</a></span>, '
        f'{where}<br /><p class="speech-title"><a href="talks/x.html">{title}</a></p></td>'
    )


ENGLISH = _page(
    "Harbour Design Days 2026",
    ["time", "Hall North", "Hall South"],
    [
        [
            '<td class="time">9:30-10:00am</td>',
            _talk("Talia Brenner", "Marlow Finch", "Maps nobody asked for"),
            _talk("Oskar Lindqvist", "Juniper Atlas", "Queues, gently"),
        ],
        [
            '<td class="time">10:05-10:35am</td>',
            _talk("Rosalind Achebe", "Cobalt Meadow,", "Paper prototypes at scale"),
            _talk("Imke Vos", "Brightwater Clinic", "When the form fights back"),
        ],
    ],
)


def test_words_after_a_classed_name_are_where_the_speaker_works() -> None:
    programme = read(ENGLISH, "agenda.html")
    assert speakers_by_title(programme) == {
        "Maps nobody asked for": ["Talia Brenner"],
        "Queues, gently": ["Oskar Lindqvist"],
        "Paper prototypes at scale": ["Rosalind Achebe"],
        "When the form fights back": ["Imke Vos"],
    }
    # "Juniper Atlas" and "Brightwater Clinic" read like names: the class says they are not
    assert people_of(programme) == {
        "Talia Brenner",
        "Oskar Lindqvist",
        "Rosalind Achebe",
        "Imke Vos",
    }
    works = {p.name: p.affiliations for t in programme.talks for p in t.speakers}
    assert works["Oskar Lindqvist"] == ["Juniper Atlas"]
    assert works["Rosalind Achebe"] == ["Cobalt Meadow"]


FRENCH = _page(
    "Journées du code 2026",
    ["heure", "Salle Vauban", "Salle Colbert"],
    [
        [
            "<td>14:00-14:40</td>",
            '<td><span class="orateur">Héloïse Marchetti</span> (Atelier Sauge)<br />'
            '<div class="titre">Des tests qui racontent une histoire</div></td>',
            '<td><span class="orateur">Bastien Ferrand</span> et '
            '<span class="orateur">Noémie Castel</span>, Coopérative Lierre<br />'
            '<div class="titre">Réécrire sans tout casser</div></td>',
        ],
    ],
)


def test_french_classes_and_an_affiliation_shared_by_two_speakers() -> None:
    programme = read(FRENCH, "programme.html")
    assert speakers_by_title(programme) == {
        "Des tests qui racontent une histoire": ["Héloïse Marchetti"],
        "Réécrire sans tout casser": ["Bastien Ferrand", "Noémie Castel"],
    }
    works = {p.name: p.affiliations for t in programme.talks for p in t.speakers}
    assert works["Héloïse Marchetti"] == ["Atelier Sauge"]
    assert works["Bastien Ferrand"] == works["Noémie Castel"] == ["Coopérative Lierre"]
    assert "Coopérative Lierre" not in people_of(programme)


CASES = _page(
    "Klinikdesign Forum 2026",
    ["Zeit", "Saal 1", "Saal 2"],
    [
        [
            "<td>11:00-11:45</td>",
            "<td> Fallstudien:<ul>"
            '<li><span class="sprecher">Jonas Albrecht</span>, Kranichwerk, <br />'
            '<p class="vortrag-titel">Formulare für die Notaufnahme</p></li>'
            '<li><span class="sprecher">MIRA OSTERTAG</span>, Lindenhaus, <br />'
            '<p class="vortrag-titel">Pflegepläne auf dem Tablet</p></li>'
            "</ul></td>",
            '<td><span class="sprecher">Paula Wendt</span>, Fjordlicht<br />'
            '<p class="vortrag-titel">Wartezimmer ohne Warten</p></td>',
        ],
    ],
)


def test_a_labelled_list_of_talks_in_one_cell_is_a_talk_each() -> None:
    programme = read(CASES, "programm.html")
    assert speakers_by_title(programme) == {
        "Formulare für die Notaufnahme": ["Jonas Albrecht"],
        "Pflegepläne auf dem Tablet": ["Mira Ostertag"],  # set in capitals, read as a name
        "Wartezimmer ohne Warten": ["Paula Wendt"],
    }
    rooms = {t.title: t.room for t in programme.talks}
    assert rooms["Formulare für die Notaufnahme"] == rooms["Pflegepläne auf dem Tablet"]
    assert "Kranichwerk" not in people_of(programme)


KEYNOTE = _page(
    "Harbour Design Days 2026",
    ["time", "Hall North", "Hall South"],
    [
        [
            "<td>12:30-13:00</td>",
            _talk("Talia Brenner", "Marlow Finch", "Maps nobody asked for"),
            _talk("Oskar Lindqvist", "Juniper Atlas", "Queues, gently"),
        ],
        [
            "<td>13:10-13:40</td>",
            '<td class="keynote"><span class="speaker-name"><a href="p/k.html">KD Varga</a>'
            "</span>, Stellar Loom</td>",
            '<td class="blank">&nbsp;</td>',
        ],
        [
            "<td>13:45-14:15</td>",
            '<td class="keynote"><span class="speaker-name">Ines Carvalho</span>, Ponte Azul<br />'
            '<p class="speech-title">Designing for the night shift</p></td>',
            '<td class="blank">&nbsp;</td>',
        ],
    ],
)


def test_a_keynote_cell_naming_its_speaker_alone() -> None:
    programme = read(KEYNOTE, "agenda.html")
    titles = speakers_by_title(programme)
    assert titles["KD Varga"] == ["KD Varga"]  # initials the person test doubts: the class vouches
    assert titles["Designing for the night shift"] == ["Ines Carvalho"]
    kinds = kinds_by_title(programme)
    assert kinds["KD Varga"] == kinds["Designing for the night shift"] == "keynote"
    assert "Stellar Loom" not in people_of(programme)


NESTED = _page(
    "Harbour Design Days 2026",
    ["time", "Hall North", "Hall South"],
    [
        [
            "<td>15:00-15:30</td>",
            '<td><span class="speaker-name">Anouk Peeters</span>, Sable Works<br />'
            '<p style="margin:0"><a href="t/a.html"><p class="speech-title">Sketching in pairs'
            "</p></a></p></td>",
            '<td><span class="speaker-name">Teodor Ilic</span>, North Quay Labs<br />'
            '<a href="t/b.html"><p class="speech-title">Slow dashboards</p></a></td>',
        ],
        [
            "<td>15:35-16:05</td>",
            '<td><span class="speaker-name">Greta Holm</span>, Amber Vale<br />'
            '<p class="speech-title">Onboarding, revisited</p></td>',
            '<td><span class="speaker-name">Yusuf Demir</span>, Silver Harbour<br />'
            '<p class="speech-title">Colour for tired eyes</p></td>',
        ],
    ],
)


def test_a_paragraph_written_inside_another_keeps_the_next_cells_fields() -> None:
    programme = read(NESTED, "agenda.html")
    assert speakers_by_title(programme) == {
        "Sketching in pairs": ["Anouk Peeters"],
        "Slow dashboards": ["Teodor Ilic"],
        "Onboarding, revisited": ["Greta Holm"],
        "Colour for tired eyes": ["Yusuf Demir"],
    }
    assert not people_of(programme) & {"Sable Works", "North Quay Labs", "Silver Harbour"}


# ---------------------------------------------------------------- near misses


STACKED = _page(
    "Harbour Design Days 2026",
    ["time", "Hall North", "Hall South"],
    [
        [
            "<td>09:00</td>",
            '<td><div class="talk_title">Routing, reconsidered</div>'
            '<div class="talk_speaker">Lena Okafor</div></td>',
            '<td><div class="talk_title">Caching for humans</div>'
            '<div class="talk_speaker">Piet Smulders</div></td>',
        ],
    ],
)


def test_a_cell_of_classed_fields_alone_reads_as_before() -> None:
    programme = read(STACKED, "agenda.html")
    assert speakers_by_title(programme) == {
        "Routing, reconsidered": ["Lena Okafor"],  # the comma stays the title's
        "Caching for humans": ["Piet Smulders"],
    }


SESSIONS = _page(
    "Jornadas 2026",
    ["Hora", "Día 1", "Día 2"],
    [
        [
            "<td>9:00 - 11:00</td>",
            '<td><p class="title">Ingeniería de datos</p>'
            '<p><a href="#">Tuberías limpias, por L. Ortega</a></p>'
            '<p><a href="#">Lagos sin barro, por S. Ibarra</a></p></td>',
            '<td><p class="title">Redes</p>'
            '<p><a href="#">Enrutado sereno, por T. Galán</a></p>'
            '<p><a href="#">Colas sin prisa, por N. Rey</a></p></td>',
        ],
    ],
)


def test_a_classed_session_title_over_its_talks_is_no_speakerless_talk() -> None:
    programme = read(SESSIONS, "programa.html")
    titles = speakers_by_title(programme)
    assert titles["Tuberías limpias"] == ["L. Ortega"]
    assert titles["Colas sin prisa"] == ["N. Rey"]
    assert "Ingeniería de datos" not in titles


PROSE = _page(
    "Harbour Design Days 2026",
    ["time", "Hall North", "Hall South"],
    [
        [
            "<td>10:00</td>",
            "<td>Our first guest this morning is someone many of you know already "
            '<span class="speaker-name">Marta Quint</span><br />'
            '<p class="speech-title">Forms that listen</p></td>',
            '<td><span class="speaker-name">Edgar Lune</span>, Fennel &amp; Co<br />'
            '<p class="speech-title">Tables that breathe</p>'
            "<p>A long walk through ten years of layout mistakes and what they taught us, "
            "with examples from real projects and a few surprises.</p></td>",
        ],
    ],
)


def test_sentences_beside_the_fields_are_not_an_affiliation() -> None:
    programme = read(PROSE, "agenda.html")
    works = {p.name: p.affiliations for t in programme.talks for p in t.speakers}
    # a sentence before the fields, or a description after the title: no field of the
    # classed reading, whose plain words are only a short affiliation or a label
    assert all(
        "Our first guest" not in a and "ten years" not in a for v in works.values() for a in v
    )
    assert "Our first guest this morning is someone many of you know already" not in works


UNDER = _page(
    "Harbour Design Days 2026",
    ["time", "Hall North", "Hall South"],
    [
        [
            "<td>11:00</td>",
            '<td><span class="speaker-name">Vera Lindgren</span><br />Sorting without fear</td>',
            _talk("Oskar Lindqvist", "Juniper Atlas", "Queues, gently"),
        ],
    ],
)


def test_a_plain_line_under_a_classed_name_stays_the_title() -> None:
    programme = read(UNDER, "agenda.html")
    titles = speakers_by_title(programme)
    assert titles["Sorting without fear"] == ["Vera Lindgren"]  # a line of its own: no workplace
    assert titles["Queues, gently"] == ["Oskar Lindqvist"]
