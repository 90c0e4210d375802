"""Prose that names no talk (helper d4 of session 63, review finding 5): a topic read
after a talk's word stops where grammar says the sentence moved on. Every fixture is
written for the test."""

from __future__ import annotations

from confnotes.importers import mentions
from confnotes.importers.programme import Programme
from confnotes.importers.topic_talks import described_talks


def _topics(text: str) -> list[tuple[str, list[str], str]]:
    return [(title, [p.name for p in who], kind) for _at, title, who, kind in described_talks(text)]


def _mentioned(text: str) -> list[tuple[str, list[str], str]]:
    p = mentions.read(text, Programme(name="x", format="markdown"))
    assert p is not None
    return [(t.title, [s.name for s in t.speakers], t.kind) for t in p.talks if t.kind != "other"]


def test_a_topic_opening_with_a_possessive_or_demonstrative_is_no_title() -> None:
    assert _topics("Next spring a talk on my side project is on the cards.") == []
    assert _topics("He asked for a presentation about all that by the end of June.") == []
    assert _topics("We had a panel on their hiring process, oddly enough.") == []


def test_a_talk_to_come_is_no_talk_the_notes_report() -> None:
    assert _topics("My teammate is preparing a talk on service meshes for our offsite.") == []
    assert _topics("Next year I will give a talk about fuzzing.") == []
    assert _topics("The organisers want a presentation on caching, maybe.") == []
    # a talk that happened, watched again later, stays
    assert _topics("Lena Park's talk on caching was great, I'll rewatch it.") == [
        ("caching", ["Lena Park"], "talk")
    ]


def test_a_topic_ends_at_a_clause_of_reason_purpose_or_time() -> None:
    assert _topics("I left the talk on graph databases because the slides were tiny.") == [
        ("graph databases", [], "talk")
    ]
    assert _topics("the panel on remote work for the whole department") == [
        ("remote work", [], "panel")
    ]
    assert _topics("a keynote on type systems from Monday to Tuesday") == [
        ("type systems", [], "keynote")
    ]
    # a title's own "for" stays
    assert _topics("the talk about Python for data science") == [
        ("Python for data science", [], "talk")
    ]


def test_a_trailing_adverb_is_cut_and_a_talk_elsewhere_is_none() -> None:
    assert _topics("I enjoyed the talk on observability also.") == [("observability", [], "talk")]
    assert _topics("A friend told me of a talk on Zig from another meetup.") == []


def test_sentences_of_a_recap_make_up_no_talks() -> None:
    text = (
        "Two good days in Lyon.\n\n"
        "Mina Okafor's talk about feature flags was the best of the lot.\n\n"
        "The panel on community moderation was lively. I skipped the talk on GraphQL because "
        "the queue was huge.\n\n"
        "Pablo Reyes gave a keynote on energy use; there is a write-up about the talk on "
        "energy use too. My boss wants a presentation on all of it by Thursday, and a "
        "colleague is preparing a talk on our own deployment pipeline for the retro on "
        "Friday.\n"
    )
    assert _mentioned(text) == [
        ("feature flags", ["Mina Okafor"], "talk"),
        ("community moderation", [], "panel"),
        ("GraphQL", [], "talk"),
        ("energy use", ["Pablo Reyes"], "keynote"),
    ]


def test_a_recap_post_is_read_as_its_talks_and_nothing_more() -> None:
    from confnotes.importers.registry import parse_programme

    text = (
        '---\ntitle: "RustFest recap"\ndate: 2025-06-12\n---\n\n'
        "Rainy Zurich, warm room.\n\n"
        "Ines Batista's talk about borrow checking was the clearest I have heard.\n\n"
        "I missed the talk on embedded targets because the hall was packed, and joined the "
        "panel on funding instead.\n\n"
        "Tomas Weber gave a keynote on compile times; a long thread about the talk on compile "
        "times too.\n\n"
        "Next year I will submit a talk about my hobby kernel.\n"
    )
    p = parse_programme(text.encode(), "recap.md")
    talks = [(t.title, [s.name for s in t.speakers], t.kind) for t in p.talks if t.kind != "other"]
    assert talks == [
        ("borrow checking", ["Ines Batista"], "talk"),
        ("embedded targets", [], "talk"),
        ("funding", [], "panel"),
        ("compile times", ["Tomas Weber"], "keynote"),
    ]
