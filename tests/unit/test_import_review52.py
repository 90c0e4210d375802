"""What a review of stop 52's readers found: a figure's caption is no talk, a value may
hold ``&``, a bracketed affiliation after a stressed name stays, a version number before
corner brackets is the title's, and a topic tag names no event."""

from __future__ import annotations

from confnotes.importers.doctree import _pipe_args
from confnotes.importers.headings import slot_quoted
from confnotes.importers.registry import parse_programme
from confnotes.importers.section_reader import _stressed_names


def test_a_figure_or_a_video_tag_is_no_talk() -> None:
    page = (
        "# MiniConf 2031\n\n"
        '{{< figure src="venue.png" title="Venue map" >}}\n\n'
        '{{< youtube id="abc" title="Last year\'s recap" >}}\n\n'
        '{{< slot start="09:30" >}}\n'
        '{{< talk title="Faster Builds" speaker="Lena Hoffmann" minutes="30" >}}\n'
        '{{< talk title="Safer Deploys" speaker="Jonas Richter" minutes="45" >}}\n'
    )
    p = parse_programme(page.encode(), "prog.md", "auto")
    assert [t.title for t in p.talks] == ["Faster Builds", "Safer Deploys"]


def test_an_ampersand_inside_a_value_stays_in_it() -> None:
    args = _pipe_args("subject=R&D at scale&length=20&author=Ana Ruiz")
    assert args == {"subject": "R&D at scale", "length": "20", "author": "Ana Ruiz"}


def test_a_bracketed_affiliation_after_a_stressed_name_stays() -> None:
    people = _stressed_names("Speaker: **Ana Ruiz** (Harbour Lab)")
    assert people is not None
    assert [(p.name, p.affiliations) for p in people] == [("Ana Ruiz", ["Harbour Lab"])]
    assert _stressed_names("Speaker: *Ana* and *Bo*, Lab") is None  # read as before


def test_only_a_slots_number_before_corner_brackets_is_set_aside() -> None:
    assert slot_quoted("3コマ目「型の話」") == "型の話"
    assert slot_quoted("Slot 2 『Title』") == "Title"
    assert slot_quoted("Ruby 3.3「新機能の紹介」") == "Ruby 3.3「新機能の紹介」"
    assert slot_quoted("ISUCON13「振り返り」") == "ISUCON13「振り返り」"


def test_a_topic_tag_names_no_event() -> None:
    post = (
        "---\ntitle: 'Kubernetes: lessons learned the hard way'\ntags: [kubernetes, ops]\n---\n\n"
        "We moved three services and broke two.\n"
    )
    p = parse_programme(post.encode(), "k8s-lessons.md", "auto")
    assert p.name.casefold() != "kubernetes"
