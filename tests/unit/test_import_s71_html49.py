"""Hand-written HTML programmes (issue s71, html49): a paper's label before its title, a
keynote's speaker beside its title, session headings that list several kinds, cells
that write a speaker over the title, single nouns that are no one, a column of links to
the talks' materials, an edition-numbered event name. Fixtures in our own words."""

from __future__ import annotations

from confnotes.importers.persons import is_person_name, split_speakers
from tests.unit.importing import kinds_by_title, people_of, read, speakers_by_title


def _page(body: str, lang: str = "en", title: str = "Programme") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )


PAPERS_EN = _page(
    """<h1>Tidewater Workshop 2031</h1><p>March 4, 2031: the workshop</p>
<h3>Session 1: Welcome, Keynote, Tutorials (9:00 - 10:40)</h3>
<strong>9:00 - 09:10 Welcome</strong><br> Mira Olsen <br><br>
<div><strong>9:10 - 10:00 Keynote</strong><br>
<span><em>Ada Brennan --- Salt marshes: why the tide keeps its own records</em></span></div>
<div>10:00 - 10:20 Paper &mdash; <em>Counting gulls with cheap cameras: a field report</em><br>
 Lena Fischer, Tomas Ruiz</div><br>
<div>10:20 - 10:40 Paper &mdash; <em>Estuary mud as an archive</em><br>
 Priya Natarajan, Owen Blake, Hana Sato</div><br>
<div>10:40 - 11:00 Short paper &mdash; <em>Sand ripples at dawn</em><br>
 Jonas Weber</div><br>
"""
)


def test_a_papers_label_before_the_dash_is_its_kind_not_its_title() -> None:
    got = speakers_by_title(read(PAPERS_EN, "tides.html"))
    assert got["Counting gulls with cheap cameras: a field report"] == [
        "Lena Fischer",
        "Tomas Ruiz",
    ]
    assert got["Estuary mud as an archive"] == ["Priya Natarajan", "Owen Blake", "Hana Sato"]
    assert got["Sand ripples at dawn"] == ["Jonas Weber"]
    assert not any(title.startswith(("Paper", "Short paper")) for title in got)


def test_a_keynotes_speaker_beside_its_title_stays_among_papers_with_authors_below() -> None:
    programme = read(PAPERS_EN, "tides.html")
    keynote = next(t for t in programme.talks if t.title.startswith("Salt marshes"))
    assert [p.name for p in keynote.speakers] == ["Ada Brennan"]
    assert keynote.kind == "keynote"


def test_a_heading_listing_several_kinds_gives_none_to_the_papers_under_it() -> None:
    programme = read(PAPERS_EN, "tides.html")
    kinds = kinds_by_title(programme)
    assert kinds["Estuary mud as an archive"] == "talk"
    assert kinds["Salt marshes: why the tide keeps its own records"] == "keynote"


def test_a_label_in_a_markdown_table_and_in_spanish_reads_the_same_way() -> None:
    text = """# Jornadas de Mareas 2031

## Lunes 3 de marzo de 2031

| Hora | Actividad | Ponente |
|---|---|---|
| 10:00 - 10:30 | Ponencia — Corrientes de fondo: un estudio de campo | Lucía Prieto |
| 10:30 - 11:00 | Research paper: Tide tables on a budget | Emil Novak |
| 11:00 - 11:30 | Artículo — Arena y viento en la costa | Marta Gil |
"""
    got = speakers_by_title(read(text, "jornadas.md"))
    assert got == {
        "Corrientes de fondo: un estudio de campo": ["Lucía Prieto"],
        "Tide tables on a budget": ["Emil Novak"],
        "Arena y viento en la costa": ["Marta Gil"],
    }


def test_a_name_before_the_dash_is_still_the_speaker() -> None:
    text = """# Harbour Days 2031

## Monday, 3 March 2031

- 10:00 Paper — Knots for sailors
- 11:00 Ana Ruiz — Reading the harbour's charts
"""
    got = speakers_by_title(read(text, "harbour.md"))
    assert got.get("Reading the harbour's charts") == ["Ana Ruiz"]
    assert got.get("Knots for sailors") == []


def test_a_keynote_session_heading_still_gives_its_kind() -> None:
    page = _page(
        """<h1>Tidewater Workshop 2031</h1><p>March 4, 2031: the workshop</p>
<h3>Keynote session (9:00 - 11:00)</h3>
<div>9:00 - 10:00 <em>Salt and memory</em><br> Ada Brennan, Ivo Marsh</div><br>
<div>10:00 - 11:00 <em>The tide as a clock</em><br> Lena Fischer, Tomas Ruiz</div><br>
"""
    )
    kinds = kinds_by_title(read(page, "keynotes.html"))
    assert kinds["The tide as a clock"] == "keynote"


def _kolloquium(cells: list[tuple[str, str]], lang: str = "de") -> str:
    rows = "".join(f"<tr><td>{when}</td><td>\n    {cell}\n  </td></tr>\n" for when, cell in cells)
    return _page(
        f"""<h1>Kolloquium der Gezeiten 2031</h1>
<p>Donnerstag, 6. März 2031</p>
<table><tr><td colspan="2">Küste und Stadt</td></tr>{rows}</table>""",
        lang,
    )


def test_single_nouns_under_a_full_name_are_its_title_not_its_authors() -> None:
    for name, nouns, lang in (
        ("Greta Lindqvist", "Flüchtigkeit, Beständigkeit, Gezeitenhaftigkeit", "de"),
        ("Jonas Weber", "Truth, Beauty, Goodness", "en"),
    ):
        page = _kolloquium(
            [
                ("9:00–9:45", f"{name}<br/>{nouns}"),
                ("9:45–10:30", "Paul Hartmann<br/>Der Hafen als Gedächtnis einer Stadt"),
                ("11:00–11:45", "Sofia Brandt<br/>Ebbe und Flut in der Dichtung des Nordens"),
            ],
            lang,
        )
        for shape in ("page", "timetable"):
            programme = read(page, "kolloquium.html", shape=shape)
            assert speakers_by_title(programme)[nouns] == [name]
            assert nouns.split(",")[0] not in people_of(programme)


def test_a_name_shaped_first_line_is_the_speaker_where_the_table_writes_names_first() -> None:
    # "Henning" ends like a gerund ("Building"): the table's convention says it is a name
    page = _kolloquium(
        [
            ("9:00–9:45", "Paul Hartmann<br/>Der Hafen als Gedächtnis einer Stadt"),
            ("9:45–10:30", "Sofia Brandt<br/>Ebbe und Flut in der Dichtung des Nordens"),
            ("11:00–11:45", "Henning Vogt<br/>Geschichte des Lotsenwesens in Emden"),
        ]
    )
    got = speakers_by_title(read(page, "kolloquium.html", shape="page"))
    assert got["Geschichte des Lotsenwesens in Emden"] == ["Henning Vogt"]
    assert speakers_by_title(read(page, "kolloquium.html", shape="timetable")) == got


def test_a_title_over_authors_stays_so_where_the_first_line_is_no_name() -> None:
    page = _kolloquium(
        [
            ("9:00–9:45", "Mapping the harbour floor<br/>Ana Ruiz, Bo Lind"),
            ("9:45–10:30", "Tides and the old mills<br/>Ivo Marsh, Lena Berg"),
            ("11:00–11:45", "Gulls of the outer banks<br/>Sara Holm"),
        ],
        "en",
    )
    got = speakers_by_title(read(page, "harbour.html"))
    assert got["Mapping the harbour floor"] == ["Ana Ruiz", "Bo Lind"]
    assert got["Gulls of the outer banks"] == ["Sara Holm"]


def test_a_talks_label_with_one_word_beside_it_waits_for_the_title_under_the_speaker() -> None:
    for label, name, title in (
        ("Öffentlicher Abendvortrag", "Johanna Ebert", "Die Stadt am Wasser: eine Spurensuche"),
        ("Public lecture", "Marcus Reed", "What the river remembers: notes from a delta"),
    ):
        page = _kolloquium(
            [
                ("9:00–9:45", "Paul Hartmann<br/>Der Hafen als Gedächtnis einer Stadt"),
                ("19:30", f"<em>{label}</em><br/><br/>{name}<br/>{title}"),
            ]
        )
        got = speakers_by_title(read(page, "abend.html"))
        assert got.get(title) == [name], got


def test_abstract_nouns_alone_are_no_one_in_any_language() -> None:
    for noun in ("Lokalität", "Freiheit", "Gesellschaft", "Realismo", "Identidade", "Identité"):
        assert not is_person_name(noun, single_ok=True), noun
    assert split_speakers("Freiheit, Gleichheit, Brüderlichkeit", single_ok=True) == []


def test_given_names_alone_still_pass_where_a_lone_name_may() -> None:
    for name in ("Carmen", "Trinidad", "Marion", "Sebastian"):
        assert is_person_name(name, single_ok=True), name
    assert [p.name for p in split_speakers("Ana, Bo, Chen", single_ok=True)] == [
        "Ana",
        "Bo",
        "Chen",
    ]


def test_a_column_of_links_to_materials_is_no_column_of_talks() -> None:
    for lang, heads, links in (
        ("it", ("Data", "Paper", "Risorse"), ("Slide", "Video")),
        ("en", ("Date", "Title", "Materials"), ("Slides", "Recording")),
    ):
        rows = "".join(
            f"<tr><td>{day}</td><td>{title}</td>"
            f'<td><a href="#">{links[0]}</a> / <a href="#">{links[1]}</a></td></tr>'
            for day, title in (
                ("08 Gennaio 2031" if lang == "it" else "8 January 2031", "Sparse maps of tides"),
                ("18 Dicembre 2030" if lang == "it" else "18 December 2030", "Gull counts at dusk"),
            )
        )
        page = _page(
            f"<h1>Reading group</h1><table><thead><tr>{''.join(f'<th>{h}</th>' for h in heads)}"
            f"</tr></thead><tbody>{rows}</tbody></table>",
            lang,
        )
        programme = read(page, "group.html")
        titles = {t.title: str(t.day) for t in programme.talks}
        assert titles == {"Sparse maps of tides": "2031-01-08", "Gull counts at dusk": "2030-12-18"}


def test_an_edition_numbered_name_keeps_off_the_year_its_series_was_founded() -> None:
    page = _page(
        """<h1>13. Internationales Gezeiten-Kolloquium</h1>
<p>Gegründet wurde das <em>Gezeiten-Kolloquium</em> 1976 in Husum.</p>
<p>Donnerstag, 6. März 2031</p>
<table>
<tr><td>9:00–9:45</td><td>Paul Hartmann<br/>Der Hafen als Gedächtnis einer Stadt</td></tr>
<tr><td>9:45–10:30</td><td>Sofia Brandt<br/>Ebbe und Flut in der Dichtung des Nordens</td></tr>
</table>""",
        "de",
    )
    assert read(page, "kolloquium.html").name == "13. Internationales Gezeiten-Kolloquium"


def test_a_name_with_its_year_is_read_by_its_year_as_before() -> None:
    page = _page(
        """<h1>13. Gezeiten-Kolloquium 2031</h1>
<p>Gegründet wurde das <em>Gezeiten-Kolloquium</em> 1976 in Husum.</p>
<p>Donnerstag, 6. März 2031</p>
<table>
<tr><td>9:00–9:45</td><td>Paul Hartmann<br/>Der Hafen als Gedächtnis einer Stadt</td></tr>
<tr><td>9:45–10:30</td><td>Sofia Brandt<br/>Ebbe und Flut in der Dichtung des Nordens</td></tr>
</table>""",
        "de",
    )
    assert read(page, "kolloquium.html").name == "Gezeiten-Kolloquium 2031"  # as before


def test_panelists_listed_one_a_line_under_their_label_are_all_its_speakers() -> None:
    for label, names in (
        ("Invited panelists:", ("Danuta Wrona", "Kofi Mensah", "Ilse Brandt")),
        ("Ponentes:", ("Lucía Prieto", "Emil Novak", "Marta Gil")),
    ):
        lines = "".join(f'<a href="https://example.org/{n}">{n}</a><br>' for n in names)
        page = _page(
            f"""<h1>Tidewater Workshop 2031</h1><p>March 4, 2031: the workshop</p>
<h3>Session 2: Panel (11:00 - 12:00)</h3>
<div>11:00 - 11:20 Paper &mdash; <em>Estuary mud as an archive</em><br> Owen Blake</div><br>
<strong>11:20 - 11:40 {label}</strong><br>
{lines}<br>
<p><strong>11:40 - 12:00 Open discussion</strong></p>"""
        )
        programme = read(page, "panel.html")
        slot = next(
            t for t in programme.talks if t.start and t.start.hour == 11 and t.start.minute == 20
        )
        assert [p.name for p in slot.speakers] == list(names)


def test_a_name_under_a_speakers_affiliation_is_not_taken_for_a_second_speaker() -> None:
    page = _page(
        """<h1>Tidewater Workshop 2031</h1><p>March 4, 2031: the workshop</p>
<div>10:00 - 10:20 Paper &mdash; <em>Estuary mud as an archive</em><br> Owen Blake<br>
Tidal Research Institute</div><br>
<div>10:20 - 10:40 Paper &mdash; <em>Gulls at dusk</em><br> Hana Sato<br>
Harbour University</div><br>"""
    )
    got = speakers_by_title(read(page, "papers.html"))
    assert got["Estuary mud as an archive"] == ["Owen Blake"]
    assert got["Gulls at dusk"] == ["Hana Sato"]
