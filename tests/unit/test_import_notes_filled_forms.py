"""A person's notes of a conference where every talk's heading holds the same parts
(issue 33, helper s52b): ``## Title`` over ``### info`` (the speaker, the session's link,
a handle) and ``### notes``, in several languages. The talks are the headings holding
the parts, the parts their sections (never talks), the first part gives the speaker,
and a ``Title - Subtitle`` dash names no one. The documents are written for these tests."""

from __future__ import annotations

from confnotes.importers import structure
from confnotes.importers.registry import parse_programme
from confnotes.importers.talk_levels import talk_level, template_parts


def _talks(text: str, name: str) -> dict[str, list[str]]:
    p = parse_programme(text.encode(), name)
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


FORMS = """\
# Lakeside Engineering Summit 2024

## Tiny Services - Why Smaller Wins
### info
- https://lakeside.example/2024/talk/31
- @smallsvc

### takeaways
- fewer moving parts

## Testing in Production
### info
- Oskar Lindahl
- https://lakeside.example/2024/talk/32

### takeaways
- feature flags
- dark launches

## Green Computing - Watts per Request
### info
- Maren Holt
- https://lakeside.example/2024/talk/33

### takeaways
- measure first

## Rust at the Edge
### info
- Priya Raman
- https://lakeside.example/2024/talk/34
- @priyar

### takeaways
- small binaries
"""


FICHES = """\
# Journées du code 2023 — mes notes

## Refactorer sans peur
### Fiche
- Claire Dubois
- https://journees.example/2023/session/4

### Notes
- des tests d'abord

## Le cache, ce mal aimé
### Fiche
- Hugo Marchand
- https://journees.example/2023/session/5

### Notes
- invalider, c'est dur

## Accessibilité – le minimum vital
### Fiche
- https://journees.example/2023/session/6

### Notes
- contrastes
"""


def test_the_headings_holding_the_same_parts_are_the_talks() -> None:
    outline = structure.read(FORMS)
    assert {"info", "takeaways"} <= template_parts(outline.sections())
    _title, level, evidence = talk_level(outline, 2024)
    assert level == 2, evidence


def test_each_talk_keeps_its_title_and_the_speaker_of_its_first_part() -> None:
    talks = _talks(FORMS, "lakeside.md")
    assert talks == {
        "Tiny Services - Why Smaller Wins": [],
        "Testing in Production": ["Oskar Lindahl"],
        "Green Computing - Watts per Request": ["Maren Holt"],
        "Rust at the Edge": ["Priya Raman"],
    }


def test_the_same_in_french_with_a_talk_without_its_speaker() -> None:
    talks = _talks(FICHES, "journees.md")
    assert talks == {
        "Refactorer sans peur": ["Claire Dubois"],
        "Le cache, ce mal aimé": ["Hugo Marchand"],
        "Accessibilité – le minimum vital": [],
    }


def test_days_holding_the_same_kinds_of_talk_stay_days() -> None:
    days = "".join(
        f"## Day {n}\n### Keynote\nAna Ruiz on maps\n### Lunch\nsoup\n### Panel\nfour people\n\n"
        for n in (1, 2, 3)
    )
    _title, level, _evidence = talk_level(structure.read("# Summit\n\n" + days), 2024)
    assert level != 2
