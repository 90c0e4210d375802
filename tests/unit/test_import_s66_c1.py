"""Stop 66, helper c1: a talk's head written as one paragraph, its title lines over a
labelled line naming who gives it (``**Title`` / ``Speaker: Name (Org)**``), bold,
italic or unmarked, in any language; the talk's notes below. Fixtures written for these
tests, in our own words."""

from __future__ import annotations

from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers

_BOLD = """# Harbour Data Days 2031

## Session 1: Open archives

**Keeping river gauges honest:
long-term calibration in practice
Speaker: Ana Ruiz (Delta Institute)**

my notes on gauges
drift is the main problem

**Main points:**
* recalibrate every year
* keep the raw files

----

**Citizen science at the coast
Speaker: Bo Lindqvist (Coastal Lab)**

volunteers collected samples

## Session 2: Tools

**A lighter way to publish datasets
Speaker: Chen Wei (Open Data Office)**

notes about publishing
"""


def test_bold_heads_with_wrapped_titles_are_talks() -> None:
    said = _speakers(_read(_BOLD, "harbour.md"))
    assert said["Keeping river gauges honest: long-term calibration in practice"] == ["Ana Ruiz"]
    assert said["Citizen science at the coast"] == ["Bo Lindqvist"]
    assert said["A lighter way to publish datasets"] == ["Chen Wei"]


def test_bold_stress_among_heads_stays_in_the_notes() -> None:
    p = _read(_BOLD, "harbour.md")
    assert not any("Main points" in t.title for t in p.talks)
    gauges = next(t for t in p.talks if t.title.startswith("Keeping river gauges"))
    assert "recalibrate every year" in (gauges.abstract or "") + (gauges.body or "")


_ITALIC_ES = """# Jornadas de Datos Abiertos

## Mesa 1: Archivos

*Cómo conservar los datos de las estaciones
meteorológicas durante décadas
Ponente: Lucía Fernández (Universidad de Sevilla)*

mis notas sobre las estaciones

*Ideas clave:*
- copiar los datos

*Mapas colaborativos para barrios
Ponente: Jorge Martínez (Ayuntamiento de Madrid)*

notas sobre mapas
"""


def test_italic_heads_in_spanish() -> None:
    said = _speakers(_read(_ITALIC_ES, "jornadas.md"))
    title = "Cómo conservar los datos de las estaciones meteorológicas durante décadas"
    assert said[title] == ["Lucía Fernández"]
    assert said["Mapas colaborativos para barrios"] == ["Jorge Martínez"]
    assert not any("Ideas clave" in t for t in said)


_PLAIN_JA = """# 港湾データ勉強会

## 第1部

データ公開の新しい方法
講師：山田 花子（港湾研究所）

メモ：公開の手順

河川の観測データを守る
講師：佐藤 次郎（気象大学）

メモ：観測の話
"""


def test_unmarked_heads_in_japanese() -> None:
    said = _speakers(_read(_PLAIN_JA, "benkyokai.md"))
    assert said["データ公開の新しい方法"] == ["山田 花子"]
    assert said["河川の観測データを守る"] == ["佐藤 次郎"]


_HTML = """<html><body>
<h1>Harbour Data Days 2031</h1>
<h2>Session 1</h2>
<p><strong>Keeping river gauges honest<br>
Speaker: Ana Ruiz (Delta Institute)</strong></p>
<p>my notes on gauges</p>
<p><strong>Citizen science at the coast<br>
Speaker: Bo Lindqvist (Coastal Lab)</strong></p>
<p>volunteers collected samples</p>
</body></html>
"""


def test_html_strong_heads_broken_by_br() -> None:
    said = _speakers(_read(_HTML, "harbour.html"))
    assert said["Keeping river gauges honest"] == ["Ana Ruiz"]
    assert said["Citizen science at the coast"] == ["Bo Lindqvist"]


_NEAR_MISS = """# Reading group notes

## Week 3

**Things to remember
Time: ten minutes per paper**

we read two papers

**Open questions
Room: the small one upstairs**

nobody knew the answer
"""


def test_fields_that_name_no_one_make_no_people() -> None:
    p = _read(_NEAR_MISS, "reading.md")
    assert not any(s.name for t in p.talks for s in t.speakers)


_NOT_A_NAME = """# Meetup notes

**Sound check
Speaker: the one on the left was too quiet**

we moved closer

**Demo time
Speaker: far too loud afterwards**

fine in the end
"""


def test_a_speaker_label_over_no_name_invents_no_one() -> None:
    p = _read(_NOT_A_NAME, "meetup.md")
    assert not any(s.name for t in p.talks for s in t.speakers)


_UNNAMED_SLOT = """# Garden club evening, 4 March 2030

## Short talks

**Composting at scale
Speaker: Maren Holt**

worms do the work
turn the heap weekly

**Seed swaps that last
Speaker: Idris Bello**

keep a ledger
label every envelope

**Open mic**

three people showed their balconies.
"""


def test_a_bold_line_over_prose_among_heads_stays_a_talk() -> None:
    # the sections reading: short notes like these are also offered as repeated records
    said = _speakers(_read(_UNNAMED_SLOT, "garden.md", shape="sections"))
    assert said["Composting at scale"] == ["Maren Holt"]
    assert said["Seed swaps that last"] == ["Idris Bello"]
    assert "Open mic" in said
