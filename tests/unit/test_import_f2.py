"""Our own fixtures for list items whose titles are written as a site's or a tool's name."""

from __future__ import annotations

from confnotes.importers.headings import read_heading
from confnotes.importers.registry import parse_programme

_LOG = """# Evenings of the harbour coders

## 2021. March 4.

* Wren Holloway ([wren.example](http://w.example/)): [Parsing with care](http://x.example/a), [video](http://v.example/1)
* Odile Marchetti: [pipe-kit.org translation](http://x.example/b.pdf), [video](http://v.example/2)
* Tobias Ferrant ([site](http://t.example/)): [q7z\\_l10n](http://code.example/t/q7z), [video](http://v.example/3)

## 2021. February 11.

* Wren Holloway ([wren.example](http://w.example/)): [Small servers](http://x.example/c.pdf), [video](http://v.example/4)
* Odile Marchetti ([site](http://o.example/)): [Queues at rest](http://x.example/d.pdf), [video](http://v.example/5)
"""


def _titles() -> dict[str, list[str]]:
    p = parse_programme(_LOG.encode(), "evenings.md")
    return {t.title: [s.name for s in t.speakers] for t in p.talks}


def test_dotted_site_name_title_is_a_talk_not_a_field_label() -> None:
    # "pipe-kit.org translation": the dotted name's "org" is no "organisation:" label
    assert _titles().get("pipe-kit.org translation") == ["Odile Marchetti"]


def test_code_word_title_keeps_its_speaker() -> None:
    talk = read_heading("Tobias Ferrant: [q7z\\_l10n](http://code.example/t/q7z)", 2021)
    assert [s.name for s in talk.speakers] == ["Tobias Ferrant"]
    assert _titles().get("q7z\\_l10n") == ["Tobias Ferrant"]


def test_notes_word_title_still_reads_as_notes() -> None:
    # the guard for code words leaves "Notes - Name" (whose notes these are) as it was
    talk = read_heading("Conference notes - Kim Sato", 2021)
    assert talk.speakers == []
