"""Notes titled as a review of an event over bold talk lines, a kind's label before a
title set between wave dashes, and one-talk write-ups titled by their opening link
(helper s55c; corpus55c holds the documents)."""

from __future__ import annotations

from confnotes.importers.headings import conference_name, read_heading
from confnotes.importers.registry import parse_programme

REVIEW = """\
## Harbour Devs Conference review

**Keynote**

**Caching at the edge**
* stale while revalidate
  - per route

**Feature flags in practice**
* kill switches
* cleanup after launch

**Observability on a budget**
"""


def test_a_kind_of_event_and_review_ends_a_notes_title() -> None:
    assert conference_name("Harbour Devs Conference review") == "Harbour Devs"
    assert conference_name("Tidewater Summit retrospective") == "Tidewater"
    # "review" alone ends a talk's title as often: it stays
    assert conference_name("Effective Code Review") == "Effective Code Review"


def test_bold_talk_lines_under_a_conference_review_title_are_talks() -> None:
    programme = parse_programme(REVIEW.encode(), "review.md")
    assert programme.name == "Harbour Devs"
    assert [t.title for t in programme.talks if t.kind != "other"] == [
        "Keynote",
        "Caching at the edge",
        "Feature flags in practice",
        "Observability on a budget",
    ]
    assert programme.talks[1].kind == "keynote"


def test_a_code_review_talk_stays_one_talk() -> None:
    """The control: a talk's title ending on "review", its bold lines its parts."""
    text = REVIEW.replace("Harbour Devs Conference review", "Effective Code Review")
    programme = parse_programme(text.encode(), "code-review.md")
    assert len(programme.talks) == 1


def test_a_kind_label_then_a_title_between_wave_dashes() -> None:
    for heading, kind, title in [
        ("keynote～組織の学び～", "keynote", "組織の学び"),
        ("基調講演 〜未来の話〜", "keynote", "未来の話"),
        ("Panel ~ Open source funding ~", "panel", "Open source funding"),
    ]:
        talk = read_heading(heading)
        assert (talk.title, talk.kind) == (title, kind)
    # words that say more than a kind before the dashes are the title's own
    assert read_heading("Rust入門～所有権～").title == "Rust入門～所有権～"


def test_a_waved_keynote_title_is_no_heading_over_keynote_speakers() -> None:
    text = (
        "# keynote～組織の学び～\n\nメモです。\n\n## 概要\n\n- 30分\n\n"
        "## メモ\n\n- 現代の危機\n  - 過剰分析\n  - 過剰計画\n  - 京セラ\n\n## 感想\n\n良かった。\n"
    )
    programme = parse_programme(text.encode(), "keynote.md")
    assert [t.kind for t in programme.talks] == ["keynote"]
    assert not programme.roles  # "過剰分析", "京セラ": words of the notes, no keynote speakers


def test_a_write_up_opening_on_a_link_to_the_talks_video_is_titled_by_it() -> None:
    text = (
        "[Rendering lists fast](https://www.youtube.com/watch?v=abcdefghijk)\n\n"
        "What does the framework do on update?\n\n### The browser\n\n- layout\n- paint\n\n"
        "### Batching\n\n- one write\n\n#### Summary\n\nFewer writes.\n"
    )
    programme = parse_programme(text.encode(), "post.md")
    assert [t.title for t in programme.talks] == ["Rendering lists fast"]
    assert programme.talks[0].links[0].kind == "video"


def test_an_opening_link_labelled_slides_names_no_talk() -> None:
    text = (
        "[Slides](https://speakerdeck.com/someone/a-deck)\n\n"
        "### Timeouts\n\n- budgets\n\n### Fallbacks\n\n- cached answers\n"
    )
    programme = parse_programme(text.encode(), "resilience-talk.md")
    assert all(t.title != "Slides" for t in programme.talks)
