"""Stop 64, helper q7: a page's column of slots (a Bootstrap grid of ``<div>`` columns,
each holding many ``<h4>`` slots with their speakers under them) and the ``09h30m`` clock
of Portuguese pages. Fixtures written for these tests, in our own words."""

from __future__ import annotations

from confnotes.importers import pagerecords, treerecords
from confnotes.importers.registry import parse_programme
from confnotes.importers.textutil import TIME_RANGE_RE
from confnotes.importers.when import clock_range


def test_minutes_marked_by_their_unit_end_the_clock() -> None:
    for written, clock in [("09h30m - Abertura", "09h30m"), ("9h30min às 10h", "9h30min")]:
        match = TIME_RANGE_RE.search(written)
        assert match is not None
        assert match.group(0).strip().startswith(clock)
        assert clock_range(match.group(0))[0] is not None


def test_a_word_after_the_minutes_stays_a_word() -> None:
    match = TIME_RANGE_RE.search("9h30 Mesa redonda")
    assert match is not None and match.group(0).strip() == "9h30"
    match = TIME_RANGE_RE.search("10h30mn")
    assert match is not None and match.group(0) == "10h30"


def _column(day: str, slots: list[tuple[str, list[str]]]) -> str:
    inner = "\n".join(
        f"<h4>{head}</h4>\n" + "\n".join(f"<p>{name}</p>" for name in names) + "\n<br>"
        for head, names in slots
    )
    return f'<div class="col-half">\n{inner}\n</div>'


_GRID = (
    "<html><head><title>River Days</title></head><body>\n"
    '<div class="row"><div class="col-wide"><h2>First day</h2></div></div>\n'
    '<div class="row">\n'
    + _column(
        "1",
        [
            ("08h - Arrival", []),
            ("09h15m - Opening lecture", ["Prof. Dr. Tomás Ribeiro Lage"]),
            ("&raquo; Water, Towns and Trade", ["Inês Barros Couto", "Rui Fontes Lima"]),
            ("&raquo; Water and Farming", ["Lara Mendes Paiva", "Hugo Sardinha Reis"]),
        ],
    )
    + _column(
        "2",
        [
            ("&raquo; Water and Memory", ["Ana Quaresma Dias", "Caio Prates Vidal"]),
            ("&raquo; Water and Song", ["Bruna Teles Seixas", "Davi Moura Franco"]),
            ("15h - Break", []),
            ("16h - Lecture: Old Mills", ["Eva Sampaio Nunes"]),
        ],
    )
    + _column(
        "3",
        [
            ("&raquo; Water and Stone", ["Gil Arantes Peixoto", "Joana Vilar Cruz"]),
            ("&raquo; Water and Law", ["Nuno Bastos Leal", "Olga Reboredo Sá"]),
            ("17h - Closing lecture", ["Paula Esteves Rocha"]),
        ],
    )
    + "\n</div>\n</body></html>\n"
)


def test_a_column_of_headed_slots_is_no_one_record() -> None:
    programme = pagerecords.read(_GRID, "grid.html")
    talks = programme.talks if programme is not None else []
    assert all(len(t.speakers) <= 2 for t in talks), [(t.title, len(t.speakers)) for t in talks]


def test_each_heading_of_a_column_is_its_own_talk() -> None:
    programme = parse_programme(_GRID.encode(), "grid.html")
    by_title = {t.title.lstrip("» ").strip(): t for t in programme.talks}
    assert {s.name for s in by_title["Water and Memory"].speakers} == {
        "Ana Quaresma Dias",
        "Caio Prates Vidal",
    }
    assert {s.name for s in by_title["Water, Towns and Trade"].speakers} == {
        "Inês Barros Couto",
        "Rui Fontes Lima",
    }
    assert all(len(t.speakers) <= 2 for t in programme.talks)


_CARDS = "\n".join(
    f'<div class="card"><h3>{name}</h3><p>{org}</p>'
    f"<h4>Abstract</h4><p>{what}</p><h4>Bio</h4><p>{bio}</p><h4>Links</h4><p>none</p></div>"
    for name, org, what, bio in [
        ("Mira Solberg", "Lake Institute", "How ice forms on still water.", "Studies ice."),
        ("Otto Brandvold", "Fjord College", "Salt in the tides of long fjords.", "Sails a lot."),
        ("Sunniva Aas", "Coast Lab", "Sand that moves with each storm.", "Counts grains."),
    ]
)


def test_headings_every_card_repeats_are_labels_not_records() -> None:
    page = f"<html><body><h1>Speakers</h1>\n{_CARDS}\n</body></html>"
    nodes = list(pagerecords._elements(pagerecords.LexborHTMLParser(page)))
    cards = [(at, n) for at, n in nodes if pagerecords._signature(n) == "div.card"]
    assert len(cards) == 3
    assert pagerecords._not_containers(cards) == cards


def _round_tables(names: list[list[str]]) -> str:
    topics = ["Rivers and Ports", "Rivers and Mills", "Rivers and Songs", "Rivers and Law"]
    return "\n".join(
        f"<h4>&raquo; {topic}</h4>\n" + "\n".join(f"<p>Dr. {n}</p>" for n in people) + "\n<br>"
        for topic, people in zip(topics, names, strict=True)
    )


_PEOPLE = [
    ["Inês Barros Couto", "Rui Fontes Lima", "Olga Reboredo Sá"],
    ["Lara Mendes Paiva", "Hugo Sardinha Reis", "Nuno Bastos Leal"],
    ["Ana Quaresma Dias", "Caio Prates Vidal", "Joana Vilar Cruz"],
    ["Bruna Teles Seixas", "Davi Moura Franco", "Gil Arantes Peixoto"],
]

_TWO_DAYS = (
    "<html><body>\n<h2>12 de Março (Terça-feira)</h2>\n<div class='col'>\n"
    "<h4>14h - Round tables</h4>\n<br>\n"
    + _round_tables(_PEOPLE)
    + "\n</div>\n<h2>13 de Março (Quarta-feira)</h2>\n<div class='col'>\n"
    + "<h4>09h - Round tables</h4>\n<br>\n"
    + _round_tables(_PEOPLE)
    + "\n</div>\n</body></html>\n"
)


def test_names_under_slot_headings_are_their_speakers_not_a_list() -> None:
    programme = treerecords.read(_TWO_DAYS, "days.html")
    assert programme is not None
    tables = [t for t in programme.talks if "Rivers" in t.title]
    assert tables and all(len(t.speakers) == 3 for t in tables)
    assert not programme.roles


def test_a_title_under_each_days_heading_is_a_talk_each_day() -> None:
    programme = treerecords.read(_TWO_DAYS, "days.html")
    assert programme is not None
    titles = [t.title.lstrip("» ") for t in programme.talks if "Rivers" in t.title]
    assert titles.count("Rivers and Mills") == 2
    assert len(titles) == 8


def test_a_slot_naming_its_kind_gives_it_to_the_untimed_talks_under_it() -> None:
    programme = treerecords.read(_TWO_DAYS, "days.html")
    assert programme is not None
    tables = [t for t in programme.talks if "Rivers" in t.title]
    assert tables and all(t.kind == "panel" for t in tables)


def test_a_lecture_titled_by_its_kind_over_its_speaker_is_that_kind() -> None:
    page = (
        "<html><body><h2>Programa</h2>\n"
        "<h4>09h - Conferência de Encerramento</h4>\n<p>Profa. Dra. Vera Lins Toledo</p>\n"
        "<p><strong>Mapas antigos e rios novos</strong></p>\n<br>\n"
        "<h4>10h - Palestra: Barcos do rio</h4>\n<p>Prof. Dr. Caio Prates Vidal</p>\n<br>\n"
        "<h4>11h - Palestra: Moinhos e pontes</h4>\n<p>Prof. Dr. Davi Moura Franco</p>\n"
        "</body></html>\n"
    )
    programme = parse_programme(page.encode(), "programa.html")
    closing = [t for t in programme.talks if any("Vera" in s.name for s in t.speakers)]
    assert closing and closing[0].kind == "keynote"
