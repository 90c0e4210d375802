"""Issue 33, blind40 wave b3: a slot whose time sits in a row of its own above the row of
its parallel talks' cards, a format's label beside a talk's title, a second speaker's
element, and a keynote named only by its speaker (``Keynote by Name``).

Fixtures are written for these tests, in several languages and layouts."""

from __future__ import annotations

from confnotes.importers.programme import ProgrammeTalk
from confnotes.importers.registry import parse_programme
from confnotes.importers.title_speakers import given_by


def _page(body: str, title: str = "Schedule") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<h1>{title}</h1>{body}</body></html>"
    ).encode()


def _card(room: str, names: list[str], label: str, title: str, item: str) -> str:
    people = ",&nbsp;".join(f'<span><a class="who" href="#"><b>{n}</b></a></span>' for n in names)
    return (
        f'<div class="{item}"><div class="where"><small><i>{room}</i></small></div>{people}'
        f'<div><small><b>{label}</b> <a class="what" href="#">{title}</a></small></div></div>'
    )


def _slot(clock: str, cards: list[str], outer: str = "div", row: str = "row") -> str:
    return (
        f'<{outer} class="slot"><div class="{row}"><div class="col"><h2>{clock}</h2></div>'
        f'</div><div class="{row}">{"".join(cards)}</div></{outer}>'
    )


def _by_title(talks: list[ProgrammeTalk]) -> dict[str, ProgrammeTalk]:
    return {t.title: t for t in talks}


def _hm(talk: ProgrammeTalk) -> str:
    return talk.start.strftime("%H:%M") if talk.start is not None else ""


def _names(talk: ProgrammeTalk) -> list[str]:
    return [p.name for p in talk.speakers]


ENGLISH = _page(
    '<h2>Wednesday 14 May 2031</h2><div id="day-1">'
    + _slot(
        "09:<small>30</small>",
        [
            _card("Hall A", ["Wanda Okoye"], "Talk:", "Sorting socks with linear algebra", "c"),
            _card("Hall B", ["Piet Janssen"], "Talk:", "A gentle tour of type stubs", "c"),
            _card(
                "Hall C", ["Rosa Lindqvist"], "Workshop (English):", "Build a tiny compiler", "c"
            ),
        ],
    )
    + _slot(
        "11:<small>05</small>",
        [
            _card("Hall A", ["Tomasz Wrona"], "Talk:", "Profiling without tears", "c"),
            _card("Hall B", ["Ines Carvalho", "Jonas Berg"], "Talk:", "Packaging for humans", "c"),
            _card("Hall C", ["Mei Tanaka"], "Workshop (English):", "Hands on with async", "c"),
        ],
    )
    + _slot(
        "14:<small>00</small>",
        [
            _card("Hall A", ["Olu Adebayo"], "Talk:", "Caching the uncacheable", "c"),
            _card("Hall B", ["Greta Moser"], "Talk:", "Teaching loops to children", "c"),
        ],
    )
    + "</div>",
    "Riverconf 2031 schedule",
)


PORTUGUESE = _page(
    "<p>Programação de 3 de setembro de 2032</p>"
    + _slot(
        "10h20",
        [
            _card("Sala 1", ["Beatriz Souza"], "Palestra:", "Testes que contam histórias", "item"),
            _card("Sala 2", ["Caio Mendes"], "Oficina:", "Raspagem de dados passo a passo", "item"),
        ],
        outer="section",
        row="linha",
    )
    + _slot(
        "15:45",
        [
            _card("Sala 1", ["Lúcia Prado"], "Palestra:", "O custo de um import", "item"),
            _card("Sala 2", ["Rui Teixeira", "Ana Paiva"], "Oficina:", "Jogos com Pygame", "item"),
        ],
        outer="section",
        row="linha",
    )
    + _slot(
        "17:10",
        [
            _card("Sala 1", ["Davi Rocha"], "Palestra:", "Filas sem dor", "item"),
            _card("Sala 2", ["Marta Lobo"], "Palestra:", "Dados abertos na prática", "item"),
        ],
        outer="section",
        row="linha",
    ),
    "PyRio 2032",
)


def test_a_slot_time_row_dates_every_card_of_the_row_below_it() -> None:
    talks = _by_title(parse_programme(ENGLISH, "riverconf.html").talks)
    for title in (
        "Sorting socks with linear algebra",
        "A gentle tour of type stubs",
        "Build a tiny compiler",
    ):
        assert _hm(talks[title]) == "09:30"
    assert _hm(talks["Packaging for humans"]) == "11:05"
    assert _hm(talks["Teaching loops to children"]) == "14:00"


def test_a_slot_time_row_in_another_language_and_container() -> None:
    talks = _by_title(parse_programme(PORTUGUESE, "pyrio.html").talks)
    assert _hm(talks["Raspagem de dados passo a passo"]) == "10:20"
    assert _hm(talks["O custo de um import"]) == "15:45"
    assert _hm(talks["Dados abertos na prática"]) == "17:10"


def test_a_format_label_after_a_room_label_tags_the_talk() -> None:
    talks = _by_title(parse_programme(ENGLISH, "riverconf.html").talks)
    assert "workshop" in talks["Build a tiny compiler"].tags
    assert "workshop" in talks["Hands on with async"].tags
    assert "workshop" not in talks["Profiling without tears"].tags
    pt = _by_title(parse_programme(PORTUGUESE, "pyrio.html").talks)
    assert "workshop" in pt["Jogos com Pygame"].tags
    assert "workshop" not in pt["Filas sem dor"].tags


def test_a_second_speaker_element_is_a_speaker_too() -> None:
    talks = _by_title(parse_programme(ENGLISH, "riverconf.html").talks)
    assert _names(talks["Packaging for humans"]) == ["Ines Carvalho", "Jonas Berg"]
    assert _names(talks["Caching the uncacheable"]) == ["Olu Adebayo"]
    pt = _by_title(parse_programme(PORTUGUESE, "pyrio.html").talks)
    assert _names(pt["Jogos com Pygame"]) == ["Rui Teixeira", "Ana Paiva"]


def test_a_time_alone_is_no_talk() -> None:
    titles = {t.title for t in parse_programme(ENGLISH, "riverconf.html").talks}
    assert not any(t.replace(":", "").isdigit() for t in titles)


def test_a_keynote_named_by_its_speaker() -> None:
    assert [p.name for p in given_by("Keynote by Farida Haddad")] == ["Farida Haddad"]
    assert [p.name for p in given_by("Conferencia magistral por Lucía Benítez")] == [
        "Lucía Benítez"
    ]
    assert [p.name for p in given_by("Invited talk by Arvid Nilsson")] == ["Arvid Nilsson"]


def test_a_title_with_words_of_its_own_is_no_by_line_of_a_format() -> None:
    assert given_by("Welcome by the organising committee") == []
    assert given_by("Coffee by the river") == []
    assert given_by("Deep learning by example for the impatient beginner") == []
    assert given_by("Keynote") == []
    assert given_by("Talk by Umbrella Health Insurance") == []  # a sponsor's slot
    assert given_by("Demo by Acme Robotics") == []


def _keynote_rows(rows: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f'<div class="slot"><div class="row"><div class="t"><h2>{c}</h2></div>'
        f'<div class="w"><h2>{w}</h2></div></div></div>'
        for c, w in rows
    )
    return _page(f"<p>Friday 7 March 2031</p>{body}", "Hillconf 2031")


def test_keynote_rows_in_a_page_name_their_speakers() -> None:
    page = _keynote_rows(
        [
            ("08:<small>45</small>", "Registration"),
            ("09:<small>30</small>", "Keynote by Farida Haddad"),
            ("10:<small>30</small>", "Coffee break"),
            ("11:<small>00</small>", "Keynote by Arvid Nilsson"),
            ("12:<small>00</small>", "Welcome by the organising committee"),
        ]
    )
    talks = parse_programme(page, "hillconf.html").talks
    keynotes = [t for t in talks if t.title.startswith("Keynote")]
    assert [_names(t) for t in keynotes] == [["Farida Haddad"], ["Arvid Nilsson"]]
    assert [_hm(t) for t in keynotes] == ["09:30", "11:00"]
    others = [t for t in talks if not t.title.startswith("Keynote")]
    assert others and all(t.speakers == [] for t in others)  # the committee is no one


def test_the_tree_reader_times_cards_by_their_slot_row_too() -> None:
    from confnotes.importers import treerecords

    for page, first, clock in (
        (ENGLISH, "Sorting socks", "09:30"),
        (PORTUGUESE, "Raspagem", "10:20"),
    ):
        programme = treerecords.read(page.decode(), "page.html")
        assert programme is not None
        talk = next(t for t in programme.talks if t.title.startswith(first))
        said = talk.start.time() if talk.start is not None else talk.clock
        assert said is not None and said.strftime("%H:%M") == clock


def test_only_a_time_alone_heads_the_records_after_it() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from confnotes.importers import pagerecords

    def heads(html: str) -> bool:
        tree = LexborHTMLParser(f'<div class="r">{html}</div><div class="r">Talk</div>')
        first, second = tree.css("div.r")
        return pagerecords._row_time_cell(second, first)

    assert heads("<h2>11:<small>30</small></h2>")
    assert heads("<p>14h15</p>")
    assert heads("<span>09:00</span> – <span>09:45</span>")
    assert not heads("<span>11:00 - 12:00</span><a>Shell habits</a>")  # a record of its own
    assert not heads("<p>Room 4</p>")
