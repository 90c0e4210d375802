"""Titles kept whole where the document says they are whole: a title's own field never
split into a speaker, a slot's ordinal after a clock never part of a title, a dash
short of a space read as the document's other ``Title - Name`` lines, and a heading
that only points elsewhere no talk."""

from __future__ import annotations

import pytest

from tests.unit.importing import read, speakers_by_title

# ------------------------------------------------------------------ title fields


def _grid(title_class: str, speaker_class: str, slots: list[tuple[str, list[tuple[str, str]]]]):
    rows = "".join(
        f"<tr><td>{clock}</td>"
        + "".join(
            f'<td><div class="{title_class}"><a href="#t">{title}</a></div>'
            f'<div class="{speaker_class}">{who}</div></td>'
            for title, who in talks
        )
        + "</tr>"
        for clock, talks in slots
    )
    return (
        "<html><body><h1>Harbour Dev Day 2024</h1><p>12 March 2024</p><table>"
        f"<tr><th>Time</th><th>Hall A</th><th>Hall B</th></tr>{rows}</table></body></html>"
    )


@pytest.mark.parametrize(
    ("title_class", "speaker_class", "talks"),
    [
        (
            "talk_title",
            "talk_speaker",
            [("Tidal Queues, a gentle tour", "Lena Varga"), ("Rust for Gardeners", "Tomás Ibarra"),
             ("Maps, Tiles and Other Puzzles", "Oskar Lindqvist"), ("Quiet Builds", "Mira Chen")],
        ),
        (
            "titre",
            "orateur",
            [("Files d'attente, un tour", "Lena Varga"), ("Rust au jardin", "Tomás Ibarra"),
             ("Cartes, tuiles et énigmes", "Oskar Lindqvist"),
             ("Compilations calmes", "Mira Chen")],
        ),
        (
            "titulo-charla",
            "ponente",
            [("Colas, un paseo tranquilo", "Lena Varga"), ("Rust para jardineros", "Tomás Ibarra"),
             ("Mapas, teselas y acertijos", "Oskar Lindqvist"),
             ("Compilaciones tranquilas", "Mira Chen")],
        ),
    ],
)  # fmt: skip
def test_a_title_field_with_a_comma_keeps_its_speaker_field(title_class, speaker_class, talks):
    page = _grid(title_class, speaker_class, [("10:00", talks[:2]), ("11:00", talks[2:])])
    got = speakers_by_title(read(page, "day.html"))
    for title, who in talks:
        assert got.get(title) == [who]  # the title whole, its speaker from its own element


def test_the_title_fields_class_may_say_its_kind():
    row = (
        '<tr><td>09:00</td><td colspan="2"><div class="talk_title keynote">Harbours, Tides'
        ' and Us</div><div class="talk_speaker">Lena Varga</div></td></tr>'
        '<tr><td>10:00</td><td><div class="talk_title">Rust for Gardeners</div>'
        '<div class="talk_speaker">Tomás Ibarra</div></td>'
        '<td><div class="talk_title">Quiet Builds</div>'
        '<div class="talk_speaker">Mira Chen</div></td></tr>'
    )
    page = (
        "<html><body><h1>Harbour Dev Day 2024</h1><p>12 March 2024</p><table>"
        f"<tr><th>Time</th><th>Hall A</th><th>Hall B</th></tr>{row}</table></body></html>"
    )
    talks = {t.title: t for t in read(page, "day.html").talks}
    assert talks["Harbours, Tides and Us"].kind == "keynote"
    assert [p.name for p in talks["Harbours, Tides and Us"].speakers] == ["Lena Varga"]
    assert talks["Rust for Gardeners"].kind == "talk"


def test_a_cell_whose_classes_name_no_field_is_read_by_its_lines():
    """Near miss: classes that say nothing of the fields (``big``, ``small``) leave the
    cell to its lines, the title over its speaker's line."""
    rows = (
        '<tr><td>10:00</td><td><div class="big">Rust for Gardeners</div>'
        '<div class="small">Tomás Ibarra</div></td></tr>'
        '<tr><td>11:00</td><td><div class="big">Tidal Queues Explained</div>'
        '<div class="small">Lena Varga</div></td></tr>'
    )
    page = (
        "<html><body><h1>Harbour Dev Day 2024</h1><p>12 March 2024</p><table>"
        f"<tr><th>Time</th><th>Hall A</th></tr>{rows}</table></body></html>"
    )
    got = speakers_by_title(read(page, "day.html"))
    assert got.get("Rust for Gardeners") == ["Tomás Ibarra"]


# ------------------------------------------------------------------ ordinals after a clock


def test_an_ordinal_after_a_clock_numbers_the_slot():
    md = """# Riverside JS, evening 14

Agenda on 3 June 2025:

- 18:30 - Doors open and snacks
- 19:15 - 1st talk "Small Maps for Big Cities" by [Ines Falk](https://example.org/ines)
- 20:00 - 2nd talk "Quiet Servers" by [Jon Brandt](https://example.org/jon)
- 21:00 - Drinks
"""
    programme = read(md, "evening.md")
    got = speakers_by_title(programme)
    assert got["Small Maps for Big Cities"] == ["Ines Falk"]
    assert got["Quiet Servers"] == ["Jon Brandt"]
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Small Maps for Big Cities"].hour == 19  # no end read out of the "1"
    assert not any(t.end and t.end.hour == 13 for t in programme.talks)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "- 19:00 – 1ª charla «Mapas pequeños para ciudades grandes» por Inés Falcón\n"
            "- 19:45 – 2ª charla «Servidores silenciosos» por Jorge Brando\n",
            {"Mapas pequeños para ciudades grandes": ["Inés Falcón"],
             "Servidores silenciosos": ["Jorge Brando"]},
        ),
        (
            "- 19:00 – 1er exposé : Petites cartes pour grandes villes (Inès Fabre)\n"
            "- 19:45 – 2e exposé : Serveurs silencieux (Jean Brault)\n",
            {"Petites cartes pour grandes villes": ["Inès Fabre"],
             "Serveurs silencieux": ["Jean Brault"]},
        ),
        (
            "- 19:00 – 1. Vortrag: Kleine Karten für große Städte (Ines Falk)\n"
            "- 19:45 – 2. Vortrag: Leise Server (Jon Brandt)\n",
            {"Kleine Karten für große Städte": ["Ines Falk"], "Leise Server": ["Jon Brandt"]},
        ),
        (
            "- 19:00 – 第1部 基調講演 (山田 花子)\n- 19:45 – 第2部 静かなサーバー (佐藤 一郎)\n",
            {"基調講演": ["山田 花子"], "静かなサーバー": ["佐藤 一郎"]},
        ),
    ],
)  # fmt: skip
def test_ordinals_in_other_languages_number_the_slot(lines, expected):
    md = f"# Velada del 3 de junio de 2025\n\n{lines}- 20:30 – Cierre\n"
    got = speakers_by_title(read(md, "velada.md"))
    for title, who in expected.items():
        assert got.get(title) == who


def test_an_ordinal_before_other_words_is_the_titles_own():
    """Near miss: ``3rd Annual …`` is what the item is called, and ``21:00 - 22`` a range."""
    md = """# Awards night, 3 June 2025

- 19:00 - 20:00 Dinner
- 20:00 - 3rd Annual Community Awards
- 21:00 - 22 Dancing
"""
    programme = read(md, "night.md")
    by_title = {t.title: t for t in programme.talks}
    assert "3rd Annual Community Awards" in by_title
    assert by_title["3rd Annual Community Awards"].start.hour == 20
    assert by_title["Dancing"].end.hour == 22


# ------------------------------------------------------------------ a dash short of a space


@pytest.mark.parametrize(
    ("glued", "title", "who"),
    [
        ("Testy bez bólu- Ewa Zielińska", "Testy bez bólu", "Ewa Zielińska"),
        ("Testy bez bólu -Ewa Zielińska", "Testy bez bólu", "Ewa Zielińska"),
    ],
)
def test_a_glued_dash_follows_the_documents_title_dash_name_lines(glued, title, who):
    md = f"""# Spotkanie #7

**Mapy dla miast - Anna Nowak**
Anna Nowak opowie o mapach.

---

**Ciche serwery - Jan Kowalski**
Jan Kowalski opowie o serwerach.

---

**{glued}**
{who} pokaże testy.
"""
    got = speakers_by_title(read(md, "spotkanie.md"))
    assert got.get(title) == [who]
    assert got.get("Mapy dla miast") == ["Anna Nowak"]
    assert not any(who in t for t in got)  # no title keeps the name


def test_a_hyphen_inside_a_title_stays():
    """Near miss: ``Data-Driven`` is a word's hyphen, glued on both sides."""
    md = """# Spotkanie #8

**Mapy dla miast - Anna Nowak**
Anna Nowak opowie o mapach.

---

**Ciche serwery - Jan Kowalski**
Jan Kowalski opowie o serwerach.

---

**Data-Driven Design - Tom Weber**
Tom Weber opowie o danych.
"""
    got = speakers_by_title(read(md, "spotkanie.md"))
    assert got.get("Data-Driven Design") == ["Tom Weber"]


# ------------------------------------------------------------------ headings that point elsewhere


def _rst(head: str) -> str:
    bar = "=" * len(head)
    return f"""=========================
Jornada de datos abiertos
=========================

La jornada se hará el sábado 5 de abril de 2025 en la biblioteca municipal de
Tilcara, con charlas cortas para vecinos y estudiantes.

===== ==========================================
Hora  Charla
===== ==========================================
10:00 **Datos del río**, Lucía Paredes
11:00 **Mapas del barrio**, Andrés Quiroga
===== ==========================================

{head}
{bar}

- https://example.org/jornada Sobre el grupo y sus encuentros
"""


@pytest.mark.parametrize(
    "head",
    ["Más información", "Weitere Informationen", "More information", "Plus d'informations",
     "Mais informações", "Contact"],
)  # fmt: skip
def test_a_heading_that_only_points_elsewhere_is_no_talk(head):
    programme = read(_rst(head), "jornada.rst")
    kinds = {t.title: t.kind for t in programme.talks}
    assert kinds.get(head, "other") == "other"
    assert speakers_by_title(programme)["Datos del río"] == ["Lucía Paredes"]


def test_a_talk_whose_title_starts_with_a_pointer_word_stays_a_talk():
    """Near miss: ``Links Between Graphs`` by a speaker is a talk."""
    md = """# Jornada 2025

- 10:00 **Links Between Graphs**, Lucía Paredes
- 11:00 **Contact Tracing Maps**, Andrés Quiroga
"""
    programme = read(md, "jornada.md")
    kinds = {t.title: t.kind for t in programme.talks}
    assert kinds.get("Links Between Graphs") == "talk"
    assert kinds.get("Contact Tracing Maps") == "talk"
