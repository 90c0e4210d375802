"""A page whose front matter is one person: a speaker's page, an organiser's card.

Speaker and organiser collections keep one file per person (``_speakers/NAME.md``,
``speakers/NAME.md``): the front matter names the person beside their own fields and,
for a speaker, their talk (in a ``talk`` key, or as the body's opening heading). The
person is the talk's speaker; an organiser with no talk is a person of the event in the
role the page gives. A name that is no one's makes no person.
"""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "speaker.md"):  # type: ignore[no-untyped-def]
    return parse_programme(text.encode(), name)


def test_a_speakers_card_with_a_talk_key_is_that_talks_speaker() -> None:
    p = _read(
        """---
name: Siobhán Keane
role: Invited Speaker
affiliation: Trinity College Dublin
website: https://example.org/keane
talk: Counting bogs from orbit
abstract: We count peat bogs with radar and a lot of patience.
---
"""
    )
    (talk,) = p.talks
    assert talk.title == "Counting bogs from orbit"
    assert [(s.name, s.affiliations) for s in talk.speakers] == [
        ("Siobhán Keane", ["Trinity College Dublin"])
    ]


def test_the_opening_heading_is_the_talk_when_a_key_says_the_page_is_a_talks() -> None:
    p = _read(
        """---
talk_id: 88
name: Matías Olivera
affiliation: NA
location: Uruguay
---

# Tidy maps for small towns

Maps of towns nobody maps, with tidy tools.

# Speaker bio

Matías maps things.
"""
    )
    (talk,) = p.talks
    assert talk.title == "Tidy maps for small towns"
    assert [(s.name, s.affiliations) for s in talk.speakers] == [("Matías Olivera", [])]
    assert "Matías maps things." in talk.body


def test_a_keynote_role_makes_the_talk_a_keynote() -> None:
    p = _read(
        """---
name: "Henrike Albers"
role: "Keynote Speaker"
affiliation: "Universität Bremen"
talk: "Ships that sail themselves"
---
"""
    )
    (talk,) = p.talks
    assert talk.kind == "keynote" and talk.speakers[0].name == "Henrike Albers"


def test_an_organisers_card_gives_a_person_in_that_role_and_no_talk() -> None:
    p = _read(
        """---
name: Yusuf Demir
role: Local Arrangements Chair
email: yusuf@example.org
affiliation: Boğaziçi University
---
""",
        "demir.md",
    )
    assert [t.title for t in p.talks if t.speakers] == []
    assert [(r.person.name, r.role) for r in p.roles] == [("Yusuf Demir", "organizer")]


def test_a_card_whose_name_is_no_ones_makes_no_person() -> None:
    for name in ("Registration Desk", "TBD", "Program Committee"):
        p = _read(
            f"""---
name: {name}
role: Speaker
affiliation: Example University
talk: Welcome and logistics
---
"""
        )
        people = [s.name for t in p.talks for s in t.speakers] + [r.person.name for r in p.roles]
        assert people == [], name


def _talks(text: str) -> dict[str, tuple[str, list[tuple[str, list[str]]]]]:
    p = _read(text, "speakers.md")
    return {
        t.title: (t.kind, [(s.name, s.affiliations) for s in t.speakers])
        for t in p.talks
        if t.speakers
    }


def test_a_keynote_page_whose_sub_headings_are_labels_gives_each_speakers_talk() -> None:
    talks = _talks(
        """# Keynotes

### Ilka Vantaa
*University of Oulu*

#### Title: Reindeer routes on old maps

#### Abstract
Herders' routes, redrawn from archives.

### Brennan Okoro
*Covenant University*

#### Title: TBA

#### Abstract
To be announced.
"""
    )
    assert talks == {
        "Reindeer routes on old maps": ("keynote", [("Ilka Vantaa", ["University of Oulu"])])
    }


def test_a_speakers_page_of_labelled_lines_gives_talks_and_affiliations() -> None:
    talks = _talks(
        """# Speakers

## Marguerite Lefebvre

**Affiliation:** Université de Namur

**Talk:** Folding proteins by hand

## Rashid Al-Farsi

- Affiliation: Sultan Qaboos University
- Talk: Desert wells and deep time
"""
    )
    assert talks == {
        "Folding proteins by hand": ("keynote", [("Marguerite Lefebvre", ["Université de Namur"])]),
        "Desert wells and deep time": (
            "keynote",
            [("Rashid Al-Farsi", ["Sultan Qaboos University"])],
        ),
    }


def test_an_organisers_page_of_labelled_lines_gives_no_talks() -> None:
    p = _read(
        """# Organising committee

## Hedda Strand

**Affiliation:** University of Bergen

**Role:** Local chair

## Malik Haddad

**Affiliation:** American University of Beirut

**Role:** Publicity
""",
        "organisers.md",
    )
    assert [t.title for t in p.talks if t.speakers] == []
    assert {r.person.name: r.role for r in p.roles} == {
        "Hedda Strand": "organizer",
        "Malik Haddad": "organizer",
    }
