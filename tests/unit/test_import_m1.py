"""Person tests mended after a review: no person invented on ordinary inputs.

Each test is a small page in our own words of a shape that made the importer read a
person who is none: a quotation's author under an abstract, a title with a comma, a
quote block's attribution, a Japanese name split as a company, a plain-text banner."""

from __future__ import annotations

from confnotes.importers import doctree, timetable

SIGNED_TABLE = """<table>
<tr><td><p><strong>Talk</strong></p></td><td><p><strong>Summary</strong></p></td></tr>
<tr><td><p><strong>Tide tables as an API</strong></p></td>
<td><p>How the tables are served.<br />- Kenji Watanabe</p></td></tr>
<tr><td><p><strong>Crane telemetry</strong></p></td>
<td><p>Sensors and gaps from three terminals.<br />— Amara Okonkwo</p></td></tr>
<tr><td><p><strong>Gate queues</strong></p></td>
<td><p>Trucks wait less when gates talk.<br />- Rosa Quint</p></td></tr>
<tr><td><p><strong>Reefer power</strong></p></td>
<td><p>Keeping cold boxes cold for less.<br />- Tomas Berg</p></td></tr>
<tr><td><p><strong>Yard maps</strong></p></td>
<td><p>Why we redrew the yard.</p><blockquote><p>Maps are arguments.<br />— Lena Horvath</p>
</blockquote></td></tr>
<tr><td><p><strong>Berth planning</strong></p></td>
<td><p>Planning berths a week ahead.</p><p>Plans are worthless, planning is all.<br />
— Oskar Lindgren, 1957</p></td></tr>
</table>
"""


def _talks(page: str) -> dict[str, list[str]]:
    programme = timetable.read(doctree.parse(page), "page.md", "markdown").programme
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def test_a_quotations_author_under_an_abstract_signs_no_talk() -> None:
    from confnotes.importers.timetable import _signed

    def names(text: str) -> list[str]:
        return [p.name for p in _signed(text)]

    assert names("We show the new queue.\n- Ana Ruiz") == ["Ana Ruiz"]
    # the line above the signature is in quotes: an epigraph, not the abstract
    assert names("We show the new queue.\n“Small is quick.”\n— Piet Vos") == []
    assert names('We show the new queue.\nSmall is quick, said once."\n— Piet Vos') == []
    # a quote block, in Markdown
    assert names("We show the new queue.\n> Small is quick.\n> — Piet Vos") == []
    # the signer followed by a year or a work: a citation
    assert names("We show the new queue.\nSmall is quick.\n— Piet Vos, 1968") == []
    assert names("We show the new queue.\nSmall is quick.\n— Piet Vos, in *Notes*") == []


def test_a_catalogues_quote_block_names_no_speaker() -> None:
    talks = _talks(SIGNED_TABLE)
    assert talks["Tide tables as an API"] == ["Kenji Watanabe"]
    assert talks["Crane telemetry"] == ["Amara Okonkwo"]
    assert talks["Yard maps"] == []
    assert talks["Berth planning"] == []


def _programme_talks(text: str, name: str = "notes.md") -> list[tuple[str, list[str]]]:
    from confnotes.importers.registry import parse_programme

    programme = parse_programme(text.encode(), name)
    return [(t.title, [p.name for p in t.speakers]) for t in programme.talks]


def test_a_heading_going_on_after_its_comma_names_no_speaker() -> None:
    from confnotes.importers.section_reader import name_comma_title

    assert name_comma_title("Rust Async, the Hard Parts of It") is None
    assert name_comma_title("Ana Ruiz, Mapping Tides with Open Data") == (
        "Ana Ruiz",
        "Mapping Tides with Open Data",
    )
    text = (
        "# Meetup notes\n\n## Rust Async, the Hard Parts\n\nPinning and wakers.\n\n"
        "## Build Caches, the Long Way Round\n\nRemote caches, slowly.\n\n## Lunch\n\nSoup.\n"
    )
    people = {p for _title, who in _programme_talks(text) for p in who}
    assert not people & {"Rust Async", "Build Caches"}


def test_a_heading_phrase_the_notes_write_in_small_letters_is_no_name() -> None:
    text = (
        "# Notes\n\n## Tide Tables, Served Over HTTP\n\nWe cache tide tables per port.\n\n"
        "## Grid Maps, Drawn From Sensors\n\nOur grid maps come from buoys.\n\n"
        "## Coffee\n\nStrong.\n"
    )
    people = {p for _title, who in _programme_talks(text) for p in who}
    assert not people & {"Tide Tables", "Grid Maps"}


QUOTED_EPIGRAPHS = [
    "# Small Tools That Last\n\n> # Odile Brandt\n> Make each program do one thing well.\n\n"
    "Notes: pipes, filters and why they still work.\n",
    "# Meetup day\n\n## Small Tools That Last\n\n> # Odile Brandt\n> Make each program do one "
    "thing well.\n\nPipes and filters.\n\n## Queues Without Tears\n\nSpeaker: Ana Ruiz\n\n"
    "Back pressure.\n",
    "# Small Tools That Last\n\n> Make each program do one thing well.\n> — Odile Brandt\n\n"
    "Notes: pipes, filters and why they still work.\n",
]


def test_a_quote_blocks_attribution_is_no_speaker() -> None:
    for text in QUOTED_EPIGRAPHS:
        people = {p for _title, who in _programme_talks(text) for p in who}
        assert "Odile Brandt" not in people


def test_a_quote_block_that_is_a_by_line_still_names_the_speaker() -> None:
    text = "# Small Tools That Last\n\n> ## Odile Brandt\n> Harbour Labs\n\nPipes and filters.\n"
    assert _programme_talks(text) == [("Small Tools That Last", ["Odile Brandt"])]


BANNER_README = """\
===========================
Harbour Data Meetup, spring
===========================

18:00 Doors open
18:30 Tide tables as an API - Kenji Watanabe
19:00 Crane telemetry in practice - Amara Okonkwo
19:30 Drinks by the water
"""


def test_a_plain_text_banner_alone_is_no_restructuredtext() -> None:
    assert not doctree.looks_rst(BANNER_README)
    # the same banner over rST's own markup is rST
    assert doctree.looks_rst(BANNER_README + "\n.. note:: Bring a badge.\n")
    assert doctree.looks_rst(BANNER_README + "\nSee :doc:`venue` for the map.\n")
    assert doctree.looks_rst(BANNER_README + "\nThe tables look like this::\n\n    a b\n")
