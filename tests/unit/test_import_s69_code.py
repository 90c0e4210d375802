"""Programmes written inside source code: PHP arrays read as records, a React page's JSX
read as the page it writes; PHP templates and JavaScript data files read as before."""

from __future__ import annotations

from confnotes.importers import jsx_markup, php_data
from tests.unit.importing import people_of, read, speakers_by_title

PHP_ASSIGNED = """<?php
// programme of the spring workshop
$talks = array(
    array(
        'title' => 'Tide gauges and what they miss',
        'speakers' => 'Maren Holt and Iker Sagasti',
        'start' => '2025-04-03 09:30',
        'room' => "Hall \\"B\\"",   # escaped quotes
    ),
    array(
        'title' => 'Sediment cores, \\'fast\\' and slow',
        'speakers' => 'Tove Lindqvist',
        'start' => '2025-04-03 10:15',
        'room' => 'Hall B',
        'slides' => null,
        'keynote' => true,
    ),
);
"""

PHP_RETURNED_FRENCH = """<?php
/* séminaire du laboratoire */
return [
  [
    'titre' => 'Apprentissage des graphes dynamiques',
    'intervenants' => ['Clémence Aubry', 'Yann Kervella'],
    'debut' => '2024-11-14 14:00',
    'salle' => 'Amphi 2',
  ],
  [
    'titre' => "Réseaux de capteurs et énergie",
    'intervenants' => ['Solène Dufresne'],
    'debut' => '2024-11-14 15:00',
    'salle' => 'Amphi 2',
  ],
];
"""

PHP_NESTED_SPANISH = """<?php
$sesiones = [
    [
        'title' => 'Riego de precisión en olivares',
        'speakers' => [
            ['name' => 'Ainhoa Berasategui', 'affiliation' => 'Universidad de Jaén'],
            ['name' => 'Rodrigo Olmedo', 'affiliation' => 'CSIC'],
        ],
        'start' => '2023-10-05T11:00',
    ],
    [
        'title' => 'Suelos vivos',
        'speakers' => [['name' => 'Nuria Castellví', 'affiliation' => 'IRTA']],
        'start' => '2023-10-05T12:00',
    ],
];
"""


def test_php_assigned_array_gives_its_talks_and_speakers() -> None:
    programme = read(PHP_ASSIGNED, "workshop.php")
    assert speakers_by_title(programme) == {
        "Tide gauges and what they miss": ["Maren Holt", "Iker Sagasti"],
        "Sediment cores, 'fast' and slow": ["Tove Lindqvist"],
    }
    first = programme.talks[0]
    assert first.start is not None and (first.start.hour, first.start.minute) == (9, 30)


def test_php_returned_short_arrays_in_french() -> None:
    programme = read(PHP_RETURNED_FRENCH, "seminaire.php")
    assert speakers_by_title(programme) == {
        "Apprentissage des graphes dynamiques": ["Clémence Aubry", "Yann Kervella"],
        "Réseaux de capteurs et énergie": ["Solène Dufresne"],
    }


def test_php_speakers_as_nested_arrays_with_affiliations() -> None:
    programme = read(PHP_NESTED_SPANISH, "jornada.php")
    assert people_of(programme) == {"Ainhoa Berasategui", "Rodrigo Olmedo", "Nuria Castellví"}
    affiliations = {p.name: p.affiliations for t in programme.talks for p in t.speakers}
    assert affiliations["Rodrigo Olmedo"] == ["CSIC"]


def test_php_arrays_read_as_plain_values() -> None:
    text = """<?php
# one appended at a time
$items[] = ['title' => 'Uno', 'n' => 0x1F, 'ok' => FALSE, 'who' => __('Nadie'),];
$items[] = array('title' => "Dos\\tb", 'n' => -2.5, 'x' => $other, 'y' => 'a' . 'b');
$pairs = [5 => 'cinco', 'seis'];
"""
    found = dict(php_data.literals(text))
    assert found["items"] == [
        {"title": "Uno", "n": 31, "ok": False, "who": "Nadie"},
        {"title": "Dos\tb", "n": -2.5, "x": None, "y": "ab"},
    ]
    assert found["pairs"] == {"5": "cinco", "6": "seis"}


def test_php_template_page_stays_a_page() -> None:
    page = """<?php $nav = ['Home' => '/', 'Talks' => '/talks']; include 'head.php'; ?>
<html><body>
<h1>Harbour Data Day 2025</h1>
<h2>Programme</h2>
<table>
<tr><td>09:00</td><td>Counting ships from orbit</td><td>Lena Brodersen</td></tr>
<tr><td>10:00</td><td>Buoys that talk back</td><td>Pavel Horak</td></tr>
<tr><td>11:00</td><td>Open harbour datasets</td><td>Ines Moura</td></tr>
</table>
<?php include 'footer.php'; ?>
</body></html>
"""
    programme = read(page, "index.php")
    assert speakers_by_title(programme) == {
        "Counting ships from orbit": ["Lena Brodersen"],
        "Buoys that talk back": ["Pavel Horak"],
        "Open harbour datasets": ["Ines Moura"],
    }


JSX_PAGE = """import React from 'react'
import { Link } from 'gatsby'
import Layout from '../components/layout'

const steps = ['one', 'two']

export default function Evening({ data }) {
  return (
    <Layout title={data.site.title}>
      <H2>Evening programme</H2>
      <P>18:00 - Doors open</P>
      <P>
        18:30 - "Small models on small boards" by{' '}
        <Link to="/speakers/ruth-abebe">Ruth Abebe</Link>
      </P>
      <P>
        19:15 - "Parsing the unparseable" by{' '}
        <Link to="/speakers/joon-park">Joon Park</Link>
      </P>
      {data.sponsors.length > 0 && <P>Thanks to our sponsors</P>}
      <P>20:00 - Drinks</P>
    </Layout>
  )
}
"""


def test_jsx_paragraph_agenda_reads_as_a_page() -> None:
    programme = read(JSX_PAGE, "evening.jsx")
    assert speakers_by_title(programme) == {
        "Small models on small boards": ["Ruth Abebe"],
        "Parsing the unparseable": ["Joon Park"],
        **{t.title: [] for t in programme.talks if not t.speakers},
    }
    assert "Small models on small boards" in speakers_by_title(programme)


def test_jsx_list_agenda_in_a_tsx_component() -> None:
    text = """import * as React from "react";

type Props = { city: string };

export const Agenda: React.FC<Props> = ({ city }) => (
  <section className="agenda">
    <h2>Programme de l'après-midi</h2>
    <p className="lieu">{city}</p>
    <ul>
      <li>14:00 – Cartographier les forêts anciennes – Élise Marchand</li>
      <li>14:45 – Les sols après l'incendie – Gaspard Lemoine</li>
      <li>15:30 – Pollinisateurs urbains – Nadia Bensalem</li>
    </ul>
  </section>
);
"""
    programme = read(text, "Agenda.tsx")
    assert speakers_by_title(programme) == {
        "Cartographier les forêts anciennes": ["Élise Marchand"],
        "Les sols après l'incendie": ["Gaspard Lemoine"],
        "Pollinisateurs urbains": ["Nadia Bensalem"],
    }


def test_jsx_expressions_stay_out_of_the_text() -> None:
    page = jsx_markup.markup(JSX_PAGE)
    assert page is not None
    assert "data.site.title" not in page and "sponsors.length" not in page
    assert '<a href="/speakers/ruth-abebe">Ruth Abebe</a>' in page
    assert page.count("\n") == JSX_PAGE.count("\n")  # line for line


def test_javascript_data_file_keeps_its_data_reading() -> None:
    text = """export default [
  { title: "Frost on the rotor", speaker: "Hanna Virtanen", start: "2025-02-11T10:00" },
  { title: "Ice loads, measured", speaker: "Olli Rantanen", start: "2025-02-11T11:00" },
  { title: "Heated blades", speaker: "Aino Koskinen", start: "2025-02-11T12:00" },
]
"""
    assert jsx_markup.markup(text) is None
    programme = read(text, "talks.js")
    assert speakers_by_title(programme) == {
        "Frost on the rotor": ["Hanna Virtanen"],
        "Ice loads, measured": ["Olli Rantanen"],
        "Heated blades": ["Aino Koskinen"],
    }


def test_component_rendering_its_data_literal_is_read_as_data() -> None:
    text = """import React from 'react'

const talks = [
  { title: 'Frost on the rotor', speaker: 'Hanna Virtanen', start: '2025-02-11T10:00' },
  { title: 'Ice loads, measured', speaker: 'Olli Rantanen', start: '2025-02-11T11:00' },
  { title: 'Heated blades', speaker: 'Aino Koskinen', start: '2025-02-11T12:00' },
]

export default () => (
  <main>
    <h1>Wind and ice day: the talks of the morning</h1>
    <ul>{talks.map(t => <li key={t.title}>{t.title} by {t.speaker}</li>)}</ul>
  </main>
)
"""
    programme = read(text, "index.jsx")
    assert people_of(programme) == {"Hanna Virtanen", "Olli Rantanen", "Aino Koskinen"}
    assert programme.talks[0].start is not None
