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
