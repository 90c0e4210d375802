"""Stop 66, helper c3: wiki markup (MoinMoin, MediaWiki, DokuWiki, Creole) read as the
Markdown it means, so every reader of the tree reads a programme kept on a wiki; and a
time said with ``pm`` is no sign of a 24-hour clock. Fixtures written for these tests,
in our own words."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.programme import Programme
from confnotes.importers.wikitext import looks_wiki, wiki_inline, wiki_lines
from tests.unit.importing import read as _read


def _talks(programme: Programme) -> dict[str, tuple[list[str], str]]:
    return {
        t.title: ([p.name for p in t.speakers], f"{t.start:%d %H:%M}" if t.start else "")
        for t in programme.talks
    }


# ------------------------------------------------------------------ MoinMoin

_MOIN = """= Storage Days 4 =
== Thursday, March 12, 2026 ==
 * 9:00-9:45 -- [https://example.org/talks/ruiz.pdf Ana Ruiz (Lund): Log-structured merging]
 * 10:00-10:45 -- Tomas Ibarra (Porto): ''Why fsync lies''
 * 11:00-1:00 -- Lunch
 * 1:00-1:45 -- [[https://example.org/okafor|Chidi Okafor (Lagos): Sharding without tears]]
 * 2:00-2:45 -- Eva Sol (Turku): Checksums everywhere
 * 6:00-8:00pm -- Dinner
== Friday, March 13, 2026 ==
 * 9:00-9:45 -- Bo Lind (Oslo): '''Quorum reads'''
 * 11:00-1:00 -- Lunch
 * 1:00-1:45 -- [:Talks/Kim:Mei Kim (Seoul): Erasure codes at scale]
"""


def test_moinmoin_headings_links_and_marks_read_as_markdown() -> None:
    assert looks_wiki(_MOIN)
    doc = doctree.parse(_MOIN)
    assert doc.syntax == "wiki"
    heads = [n.text for n in doc.root.walk() if n.kind == "heading"]
    assert heads[:2] == ["Storage Days 4", "Thursday, March 12, 2026"]
    talks = _talks(_read(_MOIN, "moin.md"))
    assert talks["Log-structured merging"] == (["Ana Ruiz"], "12 09:00")
    assert talks["Why fsync lies"] == (["Tomas Ibarra"], "12 10:00")
    assert talks["Sharding without tears"] == (["Chidi Okafor"], "12 13:00")
    assert talks["Erasure codes at scale"] == (["Mei Kim"], "13 13:00")
    assert not any("http" in t or "[" in t for t in talks)


# ------------------------------------------------------------------ MediaWiki, in German

_MEDIAWIKI = """== Programm ==
Alle Vorträge im '''Hörsaal 2'''.
=== Donnerstag, 12. März 2026 ===
{| class="wikitable"
! Zeit !! Vortrag !! Referent
|-
| 09:00 || [[Vortrag/Wurzeln|Wurzeln der Logik]] || Anna Berger (Universität Bonn)
|-
| 10:00 || [https://example.org/k.pdf Kryptographie für alle] || Jonas Keller (TU Wien)
|-
| style="color:red" | 11:00 || Mittagspause ||
|}
"""


def test_mediawiki_table_and_links_in_another_language() -> None:
    assert looks_wiki(_MEDIAWIKI)
    doc = doctree.parse(_MEDIAWIKI)
    tables = [n for n in doc.root.walk() if n.kind == "table"]
    assert len(tables) == 1
    talks = _talks(_read(_MEDIAWIKI, "mw.md"))
    assert talks["Wurzeln der Logik"][0] == ["Anna Berger"]
    assert talks["Kryptographie für alle"] == (["Jonas Keller"], "12 10:00")


# ------------------------------------------------------------------ DokuWiki, in French

_DOKUWIKI = """====== Journée des systèmes 2026 ======
===== Jeudi 12 mars 2026 =====
^ Heure ^ Titre ^ Orateur ^
| 09:00 | [[https://example.org/a|Les files d'attente]] | Claire Martin (Inria) |
| 10:00 | **Journaux rapides** | Paul Girard (CNRS) |
| 11:00 | //Réplication sans douleur// | Léa Roux (EPFL) |
"""


def test_dokuwiki_levels_count_down_and_its_table_is_read() -> None:
    assert looks_wiki(_DOKUWIKI)
    lines = wiki_lines(_DOKUWIKI.split("\n"))
    assert lines[0] == "# Journée des systèmes 2026"
    assert lines[1] == "## Jeudi 12 mars 2026"
    talks = _talks(_read(_DOKUWIKI, "doku.txt"))
    assert talks["Les files d'attente"] == (["Claire Martin"], "12 09:00")
    assert talks["Journaux rapides"][0] == ["Paul Girard"]
    assert talks["Réplication sans douleur"][0] == ["Léa Roux"]


def test_inline_marks_of_each_dialect() -> None:
    assert wiki_inline("[https://x.org/a Title here]") == "[Title here](https://x.org/a)"
    assert wiki_inline("[[Page Name|Words]]") == "[Words](Page%20Name)"
    assert wiki_inline("'''bold''' and ''it''") == "**bold** and *it*"
    assert wiki_inline("//it// at https://x.org//y") == "*it* at https://x.org//y"
    assert wiki_inline("[https://x.org/a]") == "<https://x.org/a>"


# ------------------------------------------------------------------ near misses

_MARKDOWN_RULES = """# Notes from the meeting

Setup
=====

- [x] book the room
- [ ] [Note: bring cables] to Ana
== not a heading ==
Done, see [the page](https://example.org).
"""

_RST = """==========
Programme
==========

Talks
=====

* 09:00 [draft] Ana Ruiz: Queues
"""


def test_markdown_and_rst_with_rules_and_brackets_read_as_before() -> None:
    assert not looks_wiki(_MARKDOWN_RULES)
    assert not looks_wiki(_RST)
    assert doctree.parse(_MARKDOWN_RULES).syntax == "markdown"
    assert doctree.parse(_RST).syntax != "wiki"
    # a lone "== x ==" in Markdown beside "#" headings is no wiki: no invented heading
    heads = [n.text for n in doctree.parse(_MARKDOWN_RULES).root.walk() if n.kind == "heading"]
    assert "not a heading" not in heads


def test_wiki_brackets_without_an_address_name_no_one() -> None:
    text = "== Day ==\n== Other ==\n * 9:00 -- [Note: bring cables] and [x]\n"
    assert wiki_inline("[Note: bring cables] and [x]") == "[Note: bring cables] and [x]"
    programme = _read(text, "near.md")
    assert not any(p.name == "Note" for t in programme.talks for p in t.speakers)


# ------------------------------------------------------------------ a time said with pm


def test_a_time_said_with_pm_keeps_the_twelve_hour_clock_after_it() -> None:
    text = """## Monday, May 4, 2026

- 9:00 Opening
- 11:00 Ana Ruiz: Queues in practice
- 8:00pm Social evening
## Tuesday, May 5, 2026

- 10:00 Bo Lind: Quorum reads
- 11:30 Lunch
- 1:00 Eva Sol: Checksums everywhere
"""
    talks = _talks(_read(text, "pm.md"))
    assert talks["Checksums everywhere"] == (["Eva Sol"], "05 13:00")
