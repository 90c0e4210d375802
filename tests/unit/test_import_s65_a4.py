"""Session 65-a4: conventions of real programme pages read by general mechanisms.

- a handle quoted in a bio (``known online as "quillo"``) is a word mentioned, not a
  common word of the language: the speaker card that writes ``Quillo`` keeps him.
"""

from __future__ import annotations

from confnotes.importers import persons
from confnotes.importers.registry import parse_programme


def _cards(bio: str) -> bytes:
    cards = []
    for when, names, title in (
        ("09:00 ~ 09:40", "Quillo, Mara Venn", "Building tiny radios"),
        ("10:00 ~ 10:40", "Tobin Arkwright", "Garden sensors at scale"),
        ("11:00 ~ 11:40", "Ilse Marrow", "Batteries that last a winter"),
    ):
        cards.append(
            f'<div class="slot"><div class="when">Hall A<br>{when}</div>'
            f'<div class="who">{names}</div><div class="what">{title}</div>'
            f"<p>{bio}</p></div>"
        )
    page = "<html><body><h1>Makers Day 2019</h1>" + "".join(cards) + "</body></html>"
    return page.encode()


def _speakers(programme, title: str) -> list[str]:
    talk = next(t for t in programme.talks if t.title == title)
    return [p.name for p in talk.speakers]


def test_quoted_handle_is_not_a_common_word_english() -> None:
    bio = 'Our host, known online as "quillo", has built radios since 1999.'
    programme = parse_programme(_cards(bio), "makers.html")
    assert "Quillo" in _speakers(programme, "Building tiny radios")


def test_quoted_handle_is_not_a_common_word_cjk_quotes() -> None:
    text = "主持人網路暱稱為「quillo」，熱愛開源。 Quillo"
    with persons.vouched_by(text):
        assert not persons.common_word("Quillo")
    text = "Il se fait appeler « quillo » depuis toujours. Quillo"
    with persons.vouched_by(text):
        assert not persons.common_word("Quillo")


def test_word_written_small_in_prose_stays_a_common_word() -> None:
    text = "Bring your friends and a laptop. Friends"
    with persons.vouched_by(text):
        assert persons.common_word("Friends")
    # a quoted phrase of several words is prose, not one mentioned word
    text = 'She said "bring your friends" twice. Friends'
    with persons.vouched_by(text):
        assert persons.common_word("Friends")


def _article_page(slots: list[tuple[str, str, str, str, str]], heading: str) -> bytes:
    """Time-led ``<article class>`` cards: a time column (``<time datetime>`` and a slot
    code), then a body with a sentence as its headline, a paragraph, maybe a speaker
    block (a name in bold, a tagline under it) and a meta line."""
    cards = []
    for clock, code, headline, who, tagline in slots:
        speaker = (
            f'<div class="card-who"><img src="/p.webp" alt="{who}">'
            f"<div><strong>{who}</strong><span>{tagline}</span></div></div>"
            if who
            else ""
        )
        cards.append(
            f'<article class="slot slot--x"><div class="slot-time">'
            f'<time datetime="{clock}">{clock.replace(":", ".")}</time>'
            f'<span class="slot-code">{code}</span></div><div class="slot-body">'
            f"<h3>{headline}</h3><p>Some words about what happens in this part of the "
            f'day, and why it matters to everyone in the room.</p>{speaker}<p class="meta">'
            f"20 min</p></div></article>"
        )
    page = f"<html><body><h1>{heading}</h1><p>Monday 9 March 2026</p>{''.join(cards)}</body></html>"
    return page.encode()


def _talk(programme, title: str):
    return next((t for t in programme.talks if t.title == title), None)


def test_article_cards_dutch_sentence_headlines_and_taglines() -> None:
    page = _article_page(
        [
            ("09:00", "Welkom", "Zet je koffie en zoek je tafel.", "", ""),
            (
                "09:20",
                "Opening",
                "Waarom we hier vandaag zijn.",
                "Wieke Brandsma",
                "Visie & richting",
            ),
            ("10:00", "Keynote", "Wat machines nu al kunnen.", "Joris Vermeulen", "Denken & doen"),
            ("11:00", "Werkblok", "Bouw je eerste hulpje.", "", ""),
            (
                "12:00",
                "Afsluiting",
                "Wat neem je mee naar huis?",
                "Wieke Brandsma",
                "Visie & richting",
            ),
        ],
        "Leerdag Slimmer Werken",
    )
    programme = parse_programme(page, "leerdag.html")
    talk = _talk(programme, "Wat machines nu al kunnen.")
    assert talk is not None
    assert [p.name for p in talk.speakers] == ["Joris Vermeulen"]
    assert talk.start is not None and (talk.start.hour, talk.start.minute) == (10, 0)
    names = {p.name for t in programme.talks for p in t.speakers}
    assert names == {"Wieke Brandsma", "Joris Vermeulen"}  # no "Visie", no "richting"
    assert not any(t.title == "20 min" for t in programme.talks)


def test_article_cards_english_variant() -> None:
    page = _article_page(
        [
            ("13:00", "Kick-off", "Why we build in the open.", "Priya Okonkwo", "Code & community"),
            (
                "13:45",
                "Deep dive",
                "How the compiler sees your loops.",
                "Lars Eklund",
                "Speed & safety",
            ),
            ("14:30", "Break", "Stretch, snack and talk.", "", ""),
            ("15:00", "Panel", "What comes after the cloud?", "Ada Ferreira", "Systems & people"),
        ],
        "Open Build Summit",
    )
    programme = parse_programme(page, "summit.html")
    talk = _talk(programme, "How the compiler sees your loops.")
    assert talk is not None and [p.name for p in talk.speakers] == ["Lars Eklund"]
    names = {p.name for t in programme.talks for p in t.speakers}
    assert names == {"Priya Okonkwo", "Lars Eklund", "Ada Ferreira"}


def _course_cards(cards: list[tuple[str, str, str]], heading: str, extra: str) -> bytes:
    """A Markdown page with ``<div>`` cards cut by blank lines inside them: a heading, a
    labelled line of people (``Label:`` in bold, then names with their institutions,
    a middle dot between them, then another labelled field), a paragraph, a list."""
    out = [f"---\ntitle: {heading}\n---\n\n## {heading}\n\nSome words first.\n"]
    for title, label, people in cards:
        out.append(
            f'<div class="course-card">\n  <div class="course-head">\n'
            f"    <h4>{title}</h4>\n"
            f"    <p><strong>{label}:</strong> {people} &nbsp;·&nbsp; "
            f"<strong>{extra}:</strong> 40</p>\n  </div>\n\n"
            f"  <p>\n    A long paragraph about what the course covers and who it is for,\n"
            f"    with enough words to read as prose.\n  </p>\n\n"
            f'  <ul class="topics">\n    <li>First topic</li>\n    <li>Second topic</li>\n'
            f"  </ul>\n\n"
            f'  <a href="https://example.org/x" class="btn">Sign up</a>\n</div>\n'
        )
    return "\n".join(out).encode()


def _people_by_title(programme) -> dict[str, list[str]]:
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


def _records_reading(data: bytes, source: str):
    """The records reading the import offers (``--as records``)."""
    return parse_programme(data, source, shape="records")


def test_two_div_cards_with_labelled_instructors_portuguese() -> None:
    page = _course_cards(
        [
            ("Rust para iniciantes", "Instrutor", "Helena Duarte (UFPE)"),
            ("Go na prática", "Instrutores", "Marcos Lima (USP) &nbsp;·&nbsp; Rita Campos (UnB)"),
        ],
        "Cursos",
        "Vagas",
    )
    got = _people_by_title(_records_reading(page, "cursos.md"))
    assert got.get("Rust para iniciantes") == ["Helena Duarte"]
    assert got.get("Go na prática") == ["Marcos Lima", "Rita Campos"]


def test_two_div_cards_with_labelled_instructors_german() -> None:
    page = _course_cards(
        [
            ("Einführung in Julia", "Dozentin", "Katrin Albers (TU Graz)"),
            ("Paralleles Rechnen", "Dozenten", "Jonas Reiter (KIT) &nbsp;·&nbsp; Lea Brandt (LMU)"),
        ],
        "Kurse",
        "Plätze",
    )
    got = _people_by_title(_records_reading(page, "kurse.md"))
    assert got.get("Einführung in Julia") == ["Katrin Albers"]
    assert got.get("Paralleles Rechnen") == ["Jonas Reiter", "Lea Brandt"]


def test_two_div_cards_without_a_role_label_are_no_records() -> None:
    page = _course_cards(
        [
            ("Rust para iniciantes", "Local", "Sala Azul (Bloco B)"),
            ("Go na prática", "Local", "Sala Verde (Bloco C)"),
        ],
        "Cursos",
        "Vagas",
    )
    programme = parse_programme(page, "cursos.md")
    assert not [p for t in programme.talks for p in t.speakers]  # no one invented
    assert "Sala Azul" not in {p.name for t in programme.talks for p in t.speakers}


def test_speaker_field_stops_at_the_next_label_on_its_line() -> None:
    got = persons.split_speakers("Marta Ilves (TU Delft) · Noor Haddad (KTH) · Seats: 40")
    assert [p.name for p in got] == ["Marta Ilves", "Noor Haddad"]
    got = persons.split_speakers("Jonas Reiter (KIT) | Plätze: 12")
    assert [p.name for p in got] == ["Jonas Reiter"]
    # a dot between names, no label after it: nothing is cut
    got = persons.split_speakers("Marta Ilves · Noor Haddad")
    assert [p.name for p in got] == ["Marta Ilves", "Noor Haddad"]
