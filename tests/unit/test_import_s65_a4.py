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
