"""Losses of stop 64's blind set made general (issue 33), in fixtures of our own words:
talk headings that end, heading after heading, in the language each talk is given in
(``### Title (EN)``) give each talk that language as a tag, and the heading, saying more
than the title, stays in the note as written (every line of a person's notes in a body)."""

from __future__ import annotations

from confnotes.importers.programme import ProgrammeTalk
from confnotes.importers.registry import parse_programme

LANGUAGE_TAILS = """# PyCamp Lisbon 2024 notes

## Monday 3rd June

### Parsing logs without tears (EN)
Rui Costa - @ruic

how he streams logs through small generators, lots of tips.

---

### Tiny web servers (PT)
Marta Lopes - @mlopes

a walk through a server in fifty lines.

---

### Faster imports (EN/PT)
Jonas Berg - @jberg

lazy loading modules and measuring the start time.
"""


def _talks(text: str) -> dict[str, ProgrammeTalk]:
    programme = parse_programme(text.encode(), source="notes.md")
    return {t.title: t for t in programme.talks}


def test_language_tail_is_a_tag_and_the_heading_stays_in_the_note() -> None:
    talks = _talks(LANGUAGE_TAILS)
    tiny = talks["Tiny web servers"]
    assert tiny.tags == ["pt"]
    assert tiny.body.startswith("### Tiny web servers (PT)\n")
    both = talks["Faster imports"]
    assert both.tags == ["en", "pt"]
    assert "### Faster imports (EN/PT)" in both.body
    assert [p.name for p in both.speakers] == ["Jonas Berg"]


def test_one_bracketed_acronym_stays_in_its_title() -> None:
    text = LANGUAGE_TAILS.replace("### Tiny web servers (PT)", "### Tiny web servers (AI)")
    text = text.replace(" (EN)", "").replace(" (EN/PT)", "")
    assert "Tiny web servers (AI)" in _talks(text)


# One talk per heading, its kind in bold on the next line (a hard line break after it),
# and prose under it that links a plain noun of the sentence ("un [discours]") to the talk's
# page: the noun is no title, and the capitalised words before it (a fleet, a line's bold
# kind) are nobody.
LINKED_NOUNS = (
    "# Les chiffres de la journée\n**Keynote**<BR>\n"
    "Les organisateurs ont passé en revue les chiffres de cette année, tous bons.\n\n"
    "# La paix dans les équipes\n**Keynote**<BR>\n"
    "Ensuite, l'ancienne amirale de la Flotte Royale Jana Brook, poursuit avec un "
    "[discours](https://cfp.example.org/t/1) sur la manière de garder la paix.\n\n"
    "# Les files du navigateur\n**Quickie**<BR>\n"
    "Cette courte [présentation](https://cfp.example.org/t/2) nous a fait voir comment "
    "le navigateur range ses tâches.\n\n"
    "# Des fichiers pour toujours\n**Conférence**<BR>\n"
    "Un long regard sur les formats qui durent.\n"
).replace("<BR>", "  ")


def test_a_linked_noun_of_the_sentence_is_no_talk_title() -> None:
    programme = parse_programme(LINKED_NOUNS.encode(), source="day.md")
    titles = [t.title for t in programme.talks]
    assert "discours" not in titles and "présentation" not in titles
    assert "La paix dans les équipes" in titles and "Les files du navigateur" in titles
    names = {p.name for t in programme.talks for p in t.speakers}
    assert not any("Fleet" in n or "Quickie" in n for n in names)


def test_a_linked_noun_beside_a_linked_title_leaves_the_title_a_mention() -> None:
    from confnotes.importers.title_speakers import talk_mentions

    text = (
        "Ana Ruiz gave a [talk](https://x.org/a) on queues, then Bo Li presented "
        "[Tidy queues](https://x.org/b)."
    )
    said = talk_mentions(text, sentences=True)
    assert [(title, [p.name for p in who]) for _at, title, who in said] == [
        ("Tidy queues", ["Bo Li"])
    ]


# A person's notes of one session: the session's name over its talks' titles, the first
# of them three capitalised words that read like a name.
SESSION_OF_TALKS = """# Session II: Storage

## Durable Log Merging

### Why merge at all

Fewer files to open, fewer seeks.

## Tiered caches for cold data in object stores

Hot keys stay in memory, the rest goes down a tier.

## Compaction without pauses for write heavy tables

Background threads share the budget with the writers.
"""


def test_a_session_heading_over_titles_has_no_speaker_heading() -> None:
    programme = parse_programme(SESSION_OF_TALKS.encode(), source="Session II- Storage.md")
    names = {p.name for t in programme.talks for p in t.speakers}
    assert "Durable Log Merging" not in names
    assert not {r.person.name for r in programme.roles} & {"Durable Log Merging"}
