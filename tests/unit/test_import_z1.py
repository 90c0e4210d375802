"""Stop 60, helper z1: a minified HTML page's blocks read one a line, an inline element
wrapping paragraphs read as their container, and a run of titles each set in italics on
a line of its own, under a day's heading, read as that day's talks. Fixtures written for
these tests, in our own words."""

from __future__ import annotations

from datetime import date

from confnotes.importers import doctree
from confnotes.importers.registry import parse_programme
from confnotes.importers.textutil import MINIFIED_LINE_CHARS, unfold_minified_html

_DAYS = {
    "Samedi 5 juin (matin)": [
        "Planter des tomates sur un balcon",
        "Le compost en ville : mode d'emploi",
        "Pourquoi les abeilles aiment les friches ?",
    ],
    "Samedi 5 juin (après-midi)": [
        "Greffer un pommier sans se couper",
        "Les semences paysannes, un bien commun",
        "Des haies pour les oiseaux",
    ],
    "Dimanche 6 juin (matin)": [
        "Tailler la vigne en hiver",
        "Arroser moins, récolter plus",
        "Faire pousser des champignons dans sa cave",
    ],
}


def _garden_page(wrap: str = "small", newline: str = "") -> str:
    """One page of the garden meetup, its blocks joined by ``newline`` ("" minifies it)."""
    parts = [
        "<!DOCTYPE html><html lang='fr'><head><title>Rencontre des jardiniers</title>",
        "<script>var x = '<p>not a block</p>';</script></head><body>",
        "<!-- " + "habillage de la page " * 120 + "-->",
        "<section><h1>Rencontre des jardiniers 2021</h1>",
        "<p>Le programme de la rencontre.</p><h2>Programme</h2>",
    ]
    for day, titles in _DAYS.items():
        parts.append(f"<h3>{day}</h3><{wrap}>")
        parts.extend(f"<p><em>{title}</em></p>" for title in titles)
        parts.append(f"</{wrap}>")
    parts.append("</section></body></html>")
    return newline.join(parts)


def test_a_minified_page_is_broken_before_its_block_tags_only() -> None:
    page = _garden_page()
    assert "\n" not in page and len(page) > MINIFIED_LINE_CHARS
    unfolded = unfold_minified_html(page)
    assert unfolded.replace("\n", "") == page
    lines = unfolded.split("\n")
    assert "<h3>Samedi 5 juin (matin)</h3>" in lines and "<small>" in lines
    assert "<p><em>Planter des tomates sur un balcon</em></p>" in lines
    assert any("var x = '<p>not a block</p>';" in line for line in lines)  # raw text kept


def test_a_page_of_ordinary_lines_and_markdown_are_left_as_they_are() -> None:
    page = _garden_page(newline="\n")
    assert unfold_minified_html(page) == page
    markdown = "# Notes\n\n" + "<p>a</p>" * 400
    assert unfold_minified_html(markdown) == markdown


def test_an_inline_element_wrapping_paragraphs_is_their_container() -> None:
    doc = doctree.parse_html(_garden_page(newline="\n"))
    paragraphs = [n.text for n in doctree.leaves(doc.root) if n.kind == "paragraph"]
    assert "Planter des tomates sur un balcon" in paragraphs
    assert "Des haies pour les oiseaux" in paragraphs


def _talks_by_day(text: str, name: str) -> dict[str, date | None]:
    programme = parse_programme(text.encode(), name)
    return {
        t.title: t.day or (t.start.date() if t.start else None)
        for t in programme.talks
        if t.kind != "other"  # a heading's line kept in a note of its own
    }


def test_italic_titles_under_half_day_headings_are_the_days_talks() -> None:
    for wrap in ("small", "div"):
        for newline in ("", "\n"):
            talks = _talks_by_day(_garden_page(wrap, newline), "jardin.html")
            for day, titles in _DAYS.items():
                when = date(2021, 6, 6) if day.startswith("Dimanche") else date(2021, 6, 5)
                for title in titles:
                    assert talks.get(title) == when, (wrap, repr(newline), title)
            assert not set(_DAYS) & set(talks), (wrap, repr(newline))


def test_italic_titles_in_markdown_under_a_day_are_its_talks() -> None:
    text = "# Rencontre des jardiniers 2021\n\n## Programme\n\n"
    for day, titles in _DAYS.items():
        text += f"### {day}\n\n" + "".join(f"*{t}*\n\n" for t in titles)
    talks = _talks_by_day(text, "jardin.md")
    assert talks.get("Greffer un pommier sans se couper") == date(2021, 6, 5)
    assert talks.get("Tailler la vigne en hiver") == date(2021, 6, 6)


def test_two_italic_lines_are_no_list_of_talks() -> None:
    text = (
        "# Rencontre des jardiniers 2021\n\n## Samedi 5 juin\n\n"
        "*Entrée libre*\n\n*Venez nombreux*\n\n"
        "Nous parlerons de tomates, de compost et de haies tout l'après-midi.\n"
    )
    talks = _talks_by_day(text, "jardin.md")
    assert "Entrée libre" not in talks and "Venez nombreux" not in talks


_SLOTS = [
    ("10:00", "Welcome and coffee"),
    ("10:30", 'Invited talk "Rivers under the city"'),
    ("11:30", "Lunch"),
    ("13:00", "Office Hours 1 - Marta Lindqvist"),
    ("13:30", "Office Hours 2 - Tomasz Wrobel"),
    ("14:00", "Office Hours 3 - Keiko Hara"),
    ("15:00", 'Invited talk "Bridges that sing"'),
    ("16:00", "Poster walk"),
    ("16:30", 'Invited talk "Fog and harbours"'),
    ("17:00", "Closing words"),
]


def _slots_page() -> str:
    rows = "".join(
        f'<li><span class="when">{clock} Mar 14</span> <a href="/s/{n}.html">{what}</a></li>\n'
        for n, (clock, what) in enumerate(_SLOTS)
    )
    return (
        "<!DOCTYPE html><html><head><title>Harbour Meetup 2031</title></head><body>\n"
        f"<h1>Harbour Meetup 2031</h1>\n<h2>Schedule</h2>\n<ul>\n{rows}</ul>\n</body></html>\n"
    )


def test_a_series_of_numbered_slots_names_a_person_beside_each() -> None:
    programme = parse_programme(_slots_page().encode(), "harbour.html")
    held = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert held.get("Office Hours 1") == ["Marta Lindqvist"]
    assert held.get("Office Hours 3") == ["Keiko Hara"]
    assert not any(held.get(t) for t in ("Welcome and coffee", "Poster walk", "Closing words"))


def test_one_slot_of_a_kind_beside_a_name_like_phrase_stays_whole() -> None:
    page = _slots_page().replace("Office Hours 2 - Tomasz Wrobel", "Harbour Lights - Open Doors")
    page = page.replace("Office Hours 3 - Keiko Hara", "Lantern Walk - Quiet Streets")
    programme = parse_programme(page.encode(), "harbour.html")
    assert not any(p.name == "Open Doors" for t in programme.talks for p in t.speakers)
