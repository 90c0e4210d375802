"""Review 61's first finding made general (issue 33), in fixtures of our own words: a list
of a name and a quoted title, item after item, is a list of talks only where the page
says it lists talks. Brackets (``name「Title」``) on a page with a heading naming talks or
an event named for lightning talks; quotation marks (``name "Title"``) only under a
heading naming talks or a day, or in such an event. A reading list, a product list,
a film club's list and the quotes of a retro stay notes; ``Ana said "…"`` names no
speaker "Ana said"; a sentence leading into the list as something else keeps it notes."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme


def _talks(text: str, source: str = "page.md") -> dict[str, list[str]]:
    p = parse_programme(text.encode(), source)
    return {t.title: [s.name for s in t.speakers] for t in p.talks}


def _speakers(text: str, source: str = "page.md") -> list[str]:
    p = parse_programme(text.encode(), source)
    return [s.name for t in p.talks for s in t.speakers]


READING_AFTER_A_DAY = """# Harbour Days 2031

## Day 2, 9 June 2031

- 09:30 Welcome — Ines Duarte
- 10:30 Small services — Piet Klaver

Novels Piet kept quoting:

- Tolstoy "Anna Karenina"
- Austen "Persuasion"
- Calvino "Invisible Cities"
"""


def test_a_reading_list_led_in_by_a_sentence_stays_notes() -> None:
    talks = _talks(READING_AFTER_A_DAY)
    assert talks["Welcome"] == ["Ines Duarte"]
    assert "Persuasion" not in talks
    assert not {"Tolstoy", "Austen", "Calvino"} & set(_speakers(READING_AFTER_A_DAY))


GADGETS = """# Gadgets on my desk this spring

- Pebblo "a pocket e-ink reader"
- Corvid "mechanical keypad"
- Lantern "desk lamp with a timer"
- Tidal "noise machine"
"""


def test_a_product_list_under_a_post_title_is_no_talks() -> None:
    assert not _speakers(GADGETS)
    assert "mechanical keypad" not in _talks(GADGETS)


TEAM_QUOTES = """# Sprint review

Things people said in the room:

- Marta "let's cut scope"
- Joon "the tests are green"
- Lise "who owns the pager?"
"""


def test_quoted_lines_of_people_are_no_talks() -> None:
    assert not _speakers(TEAM_QUOTES)


SAID = """# Sprint review 2031

- Marta said "let's cut scope"
- Joon said "the tests are green"
- Lise asked "who owns the pager?"

- Oskar "tomorrow"
"""


def test_a_verb_of_saying_makes_no_speaker() -> None:
    names = _speakers(SAID)
    assert not [n for n in names if n.endswith((" said", " asked"))]
    assert "Oskar" not in names


CINEMA = """<html><body><h1>Cinema society 2031</h1>
<p>Our autumn screenings:</p>
<ul><li>Kurosawa "Ran"</li><li>Tarkovsky "Stalker"</li><li>Agnès "Vagabond"</li></ul>
</body></html>
"""


def test_a_film_list_in_html_is_no_talks() -> None:
    assert not _speakers(CINEMA, "club.html")


LIGHTNING = """# Riverside meetup 2031

## Lightning talks

- mika_k "Parsing logs with awk"
- Ola Berg "A tiny static site"
- dev_rune "My dotfiles"
"""


def test_quoted_titles_under_a_talks_heading_stay_talks() -> None:
    talks = _talks(LIGHTNING)
    assert talks["Parsing logs with awk"] == ["mika_k"]
    assert talks["A tiny static site"] == ["Ola Berg"]
    assert talks["My dotfiles"] == ["dev_rune"]


DOUBLE_BRACKETS = """# 春の LT 会 2031

## 発表

* sora『シェル芸入門』
* kaede_t『自宅サーバの話』
* 木村タク『キーボード沼』
"""


def test_double_brackets_on_a_talks_page_are_talks() -> None:
    talks = _talks(DOUBLE_BRACKETS)
    assert talks["シェル芸入門"] == ["sora"]
    assert talks["キーボード沼"] == ["木村タク"]


def test_brackets_on_a_page_naming_no_talks_name_no_speakers_by_this_form() -> None:
    # base behaviour for such a list comes from other readers; this form adds nothing
    from confnotes.importers.talk_levels import _signed_quote

    assert _signed_quote("宮沢「銀河鉄道の夜」", "") is None
    assert _signed_quote('Orwell "Animal Farm"') is None  # quotation marks need "talks"
    assert _signed_quote('mika_k "Parsing logs"', "talks") is not None
    assert _signed_quote('Ana said "ship it"', "talks") is None
