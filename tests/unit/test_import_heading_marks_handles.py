"""A reader's marks after a talk heading, and by-lines of social handles (stop 51, s51d).

People rate the talks of their notes with an emoji after the heading
(``[Title（Name）](…) 🔥``), and name speakers by their accounts only
(``Title by [@handle](…)``): the mark is no part of the speaker's name, the handle is a
person's account."""

from __future__ import annotations

from confnotes.importers.headings import read_heading
from confnotes.importers.persons import handles_only
from confnotes.importers.textutil import trailing_marks


def _read(text: str) -> tuple[str, list[str]]:
    talk = read_heading(text)
    return talk.title, [p.name for p in talk.speakers]


def test_mark_after_a_bracketed_speaker_is_peeled() -> None:
    title, who = _read("[型で守るフォームの設計（Mika Tanabe）](https://example.org/t/3) 🔥")
    assert who == ["Mika Tanabe"]
    assert title == "型で守るフォームの設計 🔥"  # the reader's mark kept on the title


def test_several_marks_and_a_variation_selector() -> None:
    assert _read("Edge caching in practice (Haruka Ishii) ☑️🔥")[1] == ["Haruka Ishii"]


def test_a_mark_alone_or_inside_a_title_stays() -> None:
    assert trailing_marks("🔥") == ("🔥", "")
    assert trailing_marks("I ❤️ Python") == ("I ❤️ Python", "")
    assert _read("Workshop time 🔥🔥") == ("Workshop time 🔥🔥", [])


def test_by_line_of_handles_names_their_accounts() -> None:
    assert _read("Colour spaces for humans by [@okcolour](https://twitter.com/okcolour)") == (
        "Colour spaces for humans",
        ["okcolour"],
    )
    title, who = _read("[Grids](https://example.org/g) by [@cq_tom](https://x.org) and @cq_ria")
    assert (title, who) == ("Grids", ["cq_tom", "cq_ria"])


def test_by_line_of_other_words_is_no_handle() -> None:
    assert handles_only("@ana and the team") == []
    assert handles_only("email@example") == []
    assert handles_only("@123") == []
    assert _read("Organised by @acme staff")[1] == []


DAY = """## Lakeside ML Day - day two

### The ones I liked:

☕ **Morning welcome** by the organisers and a word about the venue.

🎯[**Keynote - Models that forget on purpose**](https://cfp.example.org/talk/QQ1/) by Ingrid Solheim

Ingrid showed how her team trains models meant to unlearn data on request.

🧪 [**Property tests for data frames**](https://cfp.example.org/talk/QQ2/) by Tomás Ferreira
What I took away:
- generate the frames
- shrink the failures

📦 [**Shipping models to small boards**](https://cfp.example.org/talk/QQ3/) by Wen Zhou.
A tiny runtime, shown live.
"""


def test_paragraphs_led_by_marks_and_linked_bold_titles_are_talks() -> None:
    from confnotes.importers.registry import parse_programme
    from confnotes.importers.talk_levels import starts_bold

    assert starts_bold("🧪 [**Title**](https://x.org) by Ana Ruiz")
    assert not starts_bold("🧪 [Title](https://x.org) by Ana Ruiz")
    assert starts_bold('"**EVENTS WITHOUT REGRET**" - [Ole Hansen](https://x.org)')
    assert not starts_bold('"Events without regret" - Ole Hansen')
    programme = parse_programme(DAY.encode(), "lakeside-day2.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks if t.speakers}
    assert talks == {
        "Models that forget on purpose": ["Ingrid Solheim"],
        "Property tests for data frames": ["Tomás Ferreira"],
        "Shipping models to small boards": ["Wen Zhou"],
    }
    bodies = "\n".join(t.body for t in programme.talks)
    for line in ("Morning welcome", "unlearn data", "shrink the failures"):
        assert line in bodies


REPORT = """Back from two days at the coast; here are the talks I saw.

"**WHY OUR SERVICES BECAME ONE AGAIN**" - [Jana Petersen](https://jana.example.org/)

Two years of rework, told honestly.

"**EVENTS WITHOUT REGRET**" -  [Ole Hansen](https://ole.example.org/)

- never delete an event
- rebuild projections freely

"**TESTS NOBODY READS**" - [Mette Claussen](https://mette.example.org/)

Short and funny.
"""


def test_quoted_bold_titles_over_their_notes_are_talks() -> None:
    from confnotes.importers.registry import parse_programme

    programme = parse_programme(REPORT.encode(), "coast-report.md")
    talks = {t.title: [p.name for p in t.speakers] for t in programme.talks if t.speakers}
    assert talks == {
        "WHY OUR SERVICES BECAME ONE AGAIN": ["Jana Petersen"],
        "EVENTS WITHOUT REGRET": ["Ole Hansen"],
        "TESTS NOBODY READS": ["Mette Claussen"],
    }
    bodies = "\n".join(t.body for t in programme.talks)
    for line in ("told honestly", "rebuild projections", "Short and funny", "coast"):
        assert line in bodies
