"""Runs of lines that each hold a talk's title and its speaker, parted by a mark (bold,
italics, a link, quotation marks) and a joint (a bracket, ``by``, a dash, a colon): list
items with the writer's own words after the pair, paragraphs one talk each, lines joined
by soft breaks, and an item whose speaker is a by-line under its title. The lines are
read together, as a column; people's own notes written with bold words and dashes stay
notes. Every fixture is written for the test, imitating conventions met in real
programmes and notes, never copying them."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.marked_lines import column_of, fields_of
from tests.unit.notes_checks import kept, read, talks_of


def _fields(markdown: str):  # type: ignore[no-untyped-def]
    node = doctree.parse(markdown).root.children[0]
    while node.kind != "paragraph":
        node = node.children[0]
    return fields_of(node.text.split("\n")[0], node.marks)


def test_a_bold_title_then_its_speaker_in_brackets_then_the_writers_words() -> None:
    text = (
        "Went to the spring meetup, three talks:\n\n"
        "- **Feature flags at scale** ([Odile Marchetti](https://example.org/om)) - she showed"
        " how they retire flags after a release, with a cleanup bot that opens pull requests"
        " for stale flags and pings the owners on chat until someone answers.\n"
        "- **Shipping fonts is hard** ([Rafael Quint](https://example.org/rq)) - subsetting,"
        " variable fonts, the long tail of languages nobody tests.\n"
        "- **Tiny models on phones** ([Wen Xiaoli](https://example.org/wx)) - quantisation"
        " demos, battery numbers.\n\n"
        "Good evening overall.\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Feature flags at scale": ["Odile Marchetti"],
        "Shipping fonts is hard": ["Rafael Quint"],
        "Tiny models on phones": ["Wen Xiaoli"],
    }
    kept(p, text)


def test_a_linked_title_by_a_name_under_month_headings_even_a_month_of_one() -> None:
    text = (
        "Talks I watched and liked.\n\n## May\n\n"
        "- [Queues are databases too](https://video.example/1) by Hedda Lindgren. Clear,"
        " funny, and the slides are worth a look on their own.\n\n## April\n\n"
        "- [The cost of a retry](https://video.example/2) by Mateus Farias. Made me rethink"
        " our client defaults.\n"
        "- [Paging without offsets](https://video.example/3) by Yuki Tanabe. Short and"
        " practical.\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Queues are databases too": ["Hedda Lindgren"],
        "The cost of a retry": ["Mateus Farias"],
        "Paging without offsets": ["Yuki Tanabe"],
    }
    kept(p, text)


def test_paragraphs_one_talk_each_a_quoted_title_by_a_name() -> None:
    text = (
        "# Harbour Data Day\n\nMy notes from the afternoon track.\n\n"
        "“Joins that do not explode” by Ilse Vandenberg. The trick is to check the"
        " cardinality before the join, not after.\n\n"
        "“Columnar files in practice” by Dario Pellegrini. Row groups matter more than I"
        " thought.\n\n"
        "“Testing pipelines with real data” by Abena Owusu. Snapshot a week, replay it.\n\n"
        "Dinner was at the harbour.\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Joins that do not explode": ["Ilse Vandenberg"],
        "Columnar files in practice": ["Dario Pellegrini"],
        "Testing pipelines with real data": ["Abena Owusu"],
    }
    kept(p, text)


def test_lines_joined_by_soft_breaks_italic_title_dash_name_and_organisation() -> None:
    text = (
        "# Jornada de sistemas\n\n"
        "*Observabilidad sin dolor* — Lucía Ferreyra, Grupo Andino\n"
        "*Bases de datos en el borde* — Tomás Echeverría, Nube Sur\n"
        "*Cuando el caché miente* — Valentina Roldán, Puerto Datos\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Observabilidad sin dolor": ["Lucía Ferreyra"],
        "Bases de datos en el borde": ["Tomás Echeverría"],
        "Cuando el caché miente": ["Valentina Roldán"],
    }


def test_the_persons_link_first_then_an_italic_title() -> None:
    text = (
        "* [Meetup 12](https://meetup.example/12)\n\n"
        "- [Priya Raman](https://people.example/pr) - *Graph queries for humans*\n"
        "- [Jonas Ekberg](https://people.example/je) - *What a profiler cannot tell you*\n"
        "- [Amara Diallo](https://people.example/ad) - *Maps from open data*\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Graph queries for humans": ["Priya Raman"],
        "What a profiler cannot tell you": ["Jonas Ekberg"],
        "Maps from open data": ["Amara Diallo"],
    }


def test_an_item_over_a_soft_broken_by_line_is_one_talk() -> None:
    text = (
        "## 2024\n\n"
        "- [Error values, revisited](https://slides.example/a)\n"
        "by [Kaja Novak](https://people.example/kn)\n"
        "- **Profiling in production**\n"
        "([video](https://video.example/b))\n"
        "by [Luka Horvat](https://people.example/lh)\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Error values, revisited": ["Kaja Novak"],
        "Profiling in production": ["Luka Horvat"],
    }


def test_a_title_naming_its_speakers_inside_its_bold_before_a_summary() -> None:
    text = (
        "### Presentations\n\n"
        "- **Catalogues on a budget (Irene Solberg & Piet Mulder)**: a static site and a"
        " search index replace the old server.\n"
        "- **Scanning old maps – Gustavo Ibarra**: georeferencing a thousand sheets with"
        " volunteers.\n"
        "- **Metadata that travels (Noriko Sato)**: one schema across three libraries.\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Catalogues on a budget": ["Irene Solberg", "Piet Mulder"],
        "Scanning old maps": ["Gustavo Ibarra"],
        "Metadata that travels": ["Noriko Sato"],
    }


def test_notes_written_with_bold_words_and_dashes_stay_notes() -> None:
    text = (
        "# Retro, week 12\n\n"
        "- **Key point** - Alice said so in standup\n"
        "- **Action item** - Bob will follow up with the vendor\n"
        "- **Open Question**: Data Retention is still undecided\n"
        "- **Data Access**: the new role is live\n"
    )
    p = read(text)
    assert [s.name for t in p.talks for s in t.speakers] == []
    kept(p, text)


def test_a_line_led_by_its_day_is_left_to_the_timetable() -> None:
    assert _fields("- **Mardi 4 mars 2031, 10h** — Ana Ruiz (LIP) : *Titre*") is None


def test_one_line_alone_is_no_column() -> None:
    one = _fields("**Lonely title** (Mira Castellanos) - a note")
    assert one is not None
    assert column_of([one, None, None]) == {}
