"""A front matter's roster of person records is the page's people only over a body that
gives a programme of talks: a seminar post whose body is its abstract, then a line of bio
per speaker (or a line of thanks naming them), stays one talk with those speakers."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

_SEMINAR_WITH_BIOS = """---
layout: post
title: "Tides of the North Sea"
date: 2032-02-11
speakers:
  - name: Greta Voss
    affiliation: Hamburg Marine Institute
  - name: Idris Okafor
    affiliation: Met Office
---

We model the tides of the North Sea with a coupled ocean-atmosphere system and compare
the results with forty years of gauge records.

**Speakers**

Greta Voss is a senior oceanographer at the Hamburg Marine Institute.

Idris Okafor is a modeller at the Met Office.
"""

_THANKS_POST = """---
layout: post
title: "A thank-you to our hosts"
date: 2032-04-02
speakers:
  - name: Greta Voss
  - name: Idris Okafor
---

Greta Voss
Idris Okafor

Thanks to you both for the evening; the slides follow soon.
"""


def test_seminar_post_with_bio_lines_keeps_its_speakers_on_its_talk() -> None:
    programme = parse_programme(_SEMINAR_WITH_BIOS.encode(), "tides.md")
    talks = [t for t in programme.talks if t.kind != "other"]
    assert [t.title for t in talks] == ["Tides of the North Sea"]
    assert [(p.name, p.affiliations) for p in talks[0].speakers] == [
        ("Greta Voss", ["Hamburg Marine Institute"]),
        ("Idris Okafor", ["Met Office"]),
    ]
    assert not programme.roles


def test_thanks_post_naming_its_speakers_on_lines_keeps_both_on_its_talk() -> None:
    programme = parse_programme(_THANKS_POST.encode(), "thanks.md")
    talks = [t for t in programme.talks if t.kind != "other"]
    assert len(talks) == 1
    assert [p.name for p in talks[0].speakers] == ["Greta Voss", "Idris Okafor"]
    assert not programme.roles


_EVENING_AGENDA = """---
layout: page
title: "Data Night #4"
date: 2032-09-09
speakers:
  - name: Lena Ström
    bio: Builds query planners
  - name: Pavel Dusek
    bio: Works on dashboards
---

## Running order

- 18:00 Pizza and welcome
- 18:30 Planning queries for fun — Lena Ström
- 19:15 Charts that lie
- 20:00 Closing
"""


def test_roster_over_a_timed_agenda_naming_one_of_them_keeps_the_agenda() -> None:
    programme = parse_programme(_EVENING_AGENDA.encode(), "night.md")
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    assert {"Planning queries for fun", "Charts that lie"} <= set(talks)
    assert [p.name for p in talks["Planning queries for fun"].speakers] == ["Lena Ström"]
    assert programme.name == "Data Night #4"
    assert "Pavel Dusek" in [r.person.name for r in programme.roles]
