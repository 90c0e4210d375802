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
