"""Repeated blocks read as columns: a card's line is a speaker only where its column, across
all the cards, may hold people; a company's or a city's line is never one."""

# ruff: noqa: E501  (a fixture's card per line, as a page writes it)
from __future__ import annotations

from confnotes.importers.block_columns import BlockColumns, line_key

from .importing import people_of, read, speakers_by_title


def _cards(tag: str, company: str, city: str, cards: list[tuple[str, str, list[str]]]) -> str:
    """A page of ``<div class=tag>`` cards: time, title, then each card's lines; a line
    ``=Org`` is written as the company's ``<p>``, ``@Town`` as the city's."""
    out = ["<html><head><title>Programme</title></head><body>"]
    for clock, title, lines in cards:
        parts = [f'<div class="{tag}"><h3>{clock}</h3><h4>{title}</h4>']
        for line in lines:
            if line.startswith("="):
                parts.append(f'<p class="{company}">{line[1:]}</p>')
            elif line.startswith("@"):
                parts.append(f'<p class="{city}">{line[1:]}</p>')
            else:
                parts.append(f"<p>{line}</p>")
        out.append("".join(parts) + "</div>")
    return "\n".join(out) + "\n</body></html>\n"


def _page(name: str, day: str, body: str) -> str:
    return body.replace("<body>", f"<body>\n<h1>{name}</h1>\n<h2>{day}</h2>", 1)


ENGLISH = _page(
    "Harbour Data Days 2026",
    "Thursday 14 May 2026",
    _cards(
        "talk",
        "company",
        "city",
        [
            ("09:30", "Streaming joins without tears", ["Marta Quillon", "=Lumière Analytique", "@Lyon"]),
            ("10:15", "Budgeting for query engines", ["Tobias Wrenfield", "=Northwind Systems", "@Rotterdam"]),
            ("11:00", "A sponsor's view of lakehouses", ["=Lumière Analytique"]),
            ("11:45", "Columnar files in practice", ["Priya Haldane", "=Osprey Cloud", "@Buenos Aires"]),
            ("13:30", "Incremental models for analysts", ["Jonas Ebberly", "=Meridian Insights", "@Kuala Lumpur"]),
        ],
    ),
)  # fmt: skip

PORTUGUESE = _page(
    "Encontro Dados Abertos 2026",
    "Sexta-feira, 9 de outubro de 2026",
    _cards(
        "palestra",
        "empresa",
        "cidade",
        [
            ("09:00", "Painéis públicos com dados do SUS", ["Renata Albuquerque", "=Instituto Vértice", "@São Paulo"]),
            ("10:00", "Licitações abertas e transparência", ["Caio Menezes Furtado", "=Coletivo Transparência Digital", "@Belo Horizonte"]),
            ("11:00", "Apresentação do patrocinador", ["=Grupo Aurora Tecnologia"]),
            ("14:00", "Mapas colaborativos de bairros", ["Luana Teixeira Prado", "=Rede Cidadã Mapeada"]),
        ],
    ),
)  # fmt: skip

GERMAN = _page(
    "Rheinland Softwaretage 2026",
    "Dienstag, 3. März 2026",
    _cards(
        "vortrag",
        "firma",
        "ort",
        [
            ("09:00", "Verteilte Transaktionen ohne Schmerzen", ["Henrike Vossberg", "=Brückner Informatik", "@Köln"]),
            ("10:00", "Barrierefreie Formulare im Behördenportal", ["Matthias Oberländer", "=Stadtwerke Digital", "@Düsseldorf"]),
            ("11:00", "Vorstellung unseres Sponsors", ["=Kranich Software"]),
            ("13:00", "Datenschutz in der Praxis", ["Selin Aydoğan", "=Feldmann Consulting", "@Bonn"]),
        ],
    ),
)  # fmt: skip


def test_a_company_line_alone_under_a_title_is_no_speaker_in_three_languages() -> None:
    for page, sponsor, company in (
        (ENGLISH, "A sponsor's view of lakehouses", "Lumière Analytique"),
        (PORTUGUESE, "Apresentação do patrocinador", "Grupo Aurora Tecnologia"),
        (GERMAN, "Vorstellung unseres Sponsors", "Kranich Software"),
    ):
        for shape in (None, "timetable"):
            programme = read(page, "programme.html", shape)
            assert speakers_by_title(programme)[sponsor] == [], (sponsor, shape)
            assert company not in people_of(programme)


def test_the_speakers_of_the_cards_keep_their_companies_not_their_cities() -> None:
    programme = read(ENGLISH, "programme.html")
    by_name = {p.name: p for t in programme.talks for p in t.speakers}
    assert set(by_name) == {"Marta Quillon", "Tobias Wrenfield", "Priya Haldane", "Jonas Ebberly"}
    assert by_name["Marta Quillon"].affiliations == ["Lumière Analytique"]
    assert by_name["Priya Haldane"].affiliations == ["Osprey Cloud"]
    assert not any(t.title in ("Lyon", "Buenos Aires", "Kuala Lumpur") for t in programme.talks)


def test_a_card_without_its_company_line_keeps_its_speaker() -> None:
    programme = read(PORTUGUESE, "programme.html")
    assert speakers_by_title(programme)["Mapas colaborativos de bairros"] == [
        "Luana Teixeira Prado"
    ]


NEAR_MISSES = _page(
    "Coastal Ruby Meetup 2026",
    "Friday 20 March 2026",
    _cards(
        "talk",
        "company",
        "city",
        [
            ("18:00", "Ractors in production", ["Florence Okafor", "=Tidewater Consulting"]),
            ("18:30", "Pairing on legacy Rails apps", ["Sofia Marchetti", "Daniel Brightwater"]),
            ("19:00", "Gem security audits", ["Hamid Rostami"]),
            ("19:30", "Rendering views faster", ["Adaeze Nwosu", "=Lagoon Works"]),
        ],
    ),
)  # fmt: skip


def test_near_misses_a_place_like_given_name_two_speakers_a_missing_company() -> None:
    for shape in (None, "timetable"):
        speakers = speakers_by_title(read(NEAR_MISSES, "meetup.html", shape))
        assert speakers["Ractors in production"] == ["Florence Okafor"]
        # (read as a timetable, the second name's line is lost as it was before)
        assert speakers["Pairing on legacy Rails apps"][:1] == ["Sofia Marchetti"]
        if shape is None:
            assert speakers["Pairing on legacy Rails apps"][1:] == ["Daniel Brightwater"]
        assert speakers["Gem security audits"] == ["Hamid Rostami"]
        assert speakers["Rendering views faster"] == ["Adaeze Nwosu"]


PARAGRAPHS = """# Lakeside Python Day 2026

## Saturday 6 June 2026

10:00
Typing legacy code gradually
Ingrid Solvang
Fjordline Software

10:45
Packaging for data teams
Emeka Adeyemi
Lumière Analytique

11:30
Sponsor showcase
Lumière Analytique

12:15
Async pitfalls in web services
Florence Okafor
Tidewater Consulting
"""


def test_a_company_named_under_a_speaker_elsewhere_is_no_speaker_of_its_own_slot() -> None:
    for shape in (None, "timetable"):
        speakers = speakers_by_title(read(PARAGRAPHS, "day.md", shape))
        assert speakers["Sponsor showcase"] == [], shape
        assert speakers["Packaging for data teams"] == ["Emeka Adeyemi"]
        assert speakers["Async pitfalls in web services"] == ["Florence Okafor"]


def test_block_columns_judge_a_column_by_all_its_values() -> None:
    blocks = [
        [(line_key(0), "Ana Ruiz"), (line_key(1, "company"), "Quayside Labs")],
        [(line_key(0), "Bo Lindqvist"), (line_key(1, "company"), "Fernhill")],
        [(line_key(0, "company"), "Orchard Data")],
        [(line_key(0), "Cy Moreau"), (line_key(1), "Dana Whitfield")],
        [(line_key(0), "Eli Baptiste"), (line_key(1), "Fernhill Systems Ltd")],
    ]
    columns = BlockColumns(blocks)
    assert not columns.may_speak("company", "Orchard Data")  # its class says company
    assert columns.may_speak("#0", "Ana Ruiz")
    # a position's column mixing a co-speaker and a company keeps the co-speaker
    assert columns.may_speak("#1", "Dana Whitfield")
    # a company that stands under a speaker in another block speaks nowhere
    assert not columns.may_speak("#0", "Quayside Labs")


GRID = """# Andes Dev Week 2026

## Tuesday 8 September 2026

| Time | Main Hall | Workshop Room | Venue |
|---|---|---|---|
| 09:00 | Observability on a budget — Camila Restrepo | Hands-on Terraform — Diego Saavedra | Buenos Aires |
| 10:00 | Edge caching for shops — Valentina Ocampo | Testing with fixtures — Mateo Iribarne | Buenos Aires |
| 11:00 | Postgres at the edge — Lucía Benavides | Profiling Go services — Tomás Arrieta | Mexico City |
"""


def test_a_venue_column_of_cities_beside_the_rooms_gives_no_talks() -> None:
    programme = read(GRID, "week.md")
    titles = [t.title for t in programme.talks]
    assert "Buenos Aires" not in titles and "Mexico City" not in titles
    assert speakers_by_title(programme)["Profiling Go services"] == ["Tomás Arrieta"]
    assert {t.room for t in programme.talks} == {"Main Hall", "Workshop Room"}
