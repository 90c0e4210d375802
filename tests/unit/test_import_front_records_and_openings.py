"""Three more shapes read by their structure (issue 33): a site's page whose front matter
holds its speakers under numbered keys (``speaker1:``, ``speaker2:``), each with the talk
they give; a note that opens with the talk's title and, on the next line, its speaker;
a Markdown note whose bullets start at the margin (``* point``), which is no Org file."""

from __future__ import annotations

from confnotes.importers.records import numbered_lists
from confnotes.importers.registry import parse_programme

PAGE = """---
title: Harbour JS 2031
event:
  title: Harbour JS 2031
  date: 11 July 2031
speakers:
  vote:
    button: Vote
  speaker1:
    name: Ana Ruiz
    company: Example Lab
    topic: Reactive data everywhere
  speaker2:
    name: Bo Lindqvist
    company: Northwind
    topic: Profiling node in production
  speaker3:
    name: Chen Wei
    company:
    topic: Peer to peer pipes
collection: page
---
"""


def test_numbered_keys_holding_records_are_one_list() -> None:
    doc = {"s": {"vote": {"a": 1}, "speaker2": {"name": "B"}, "speaker1": {"name": "A"}}}
    assert numbered_lists(doc) == {
        "s": {"vote": {"a": 1}, "speaker": [{"name": "A"}, {"name": "B"}]}
    }


def test_front_matter_speakers_with_their_topics_are_the_programme() -> None:
    programme = parse_programme(PAGE.encode(), "index.md")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Reactive data everywhere"].speakers] == ["Ana Ruiz"]
    assert talks["Reactive data everywhere"].speakers[0].affiliations == ["Example Lab"]
    assert [p.name for p in talks["Peer to peer pipes"].speakers] == ["Chen Wei"]


def test_speakers_with_a_job_title_stay_one_talks_speakers() -> None:
    data = (
        '{"agenda": [{"start_time": "9:00am", "name": "Captions on a budget", "speakers": ['
        '{"name": "Rosa Delgado", "title_company": "Freelance captioner"},'
        '{"name": "Ben Kowalczyk", "title_company": "UW-Madison"}]}],'
        ' "event": {"name": "Access Day 2031", "date": "Jun 12, 2031"}}'
    )
    programme = parse_programme(data.encode(), "agenda.json")
    assert [t.title for t in programme.talks] == ["Captions on a budget"]


NOTE = """DevOps beyond the buzzwords: living the lifestyle
Maria Keller

What dev and ops each want
  - dev wants change, ops wants stability
"""


def test_a_title_line_over_a_name_line_opens_one_talks_notes() -> None:
    programme = parse_programme(NOTE.encode(), "Notes.txt")
    assert [(t.title, [p.name for p in t.speakers]) for t in programme.talks] == [
        ("DevOps beyond the buzzwords: living the lifestyle", ["Maria Keller"])
    ]
    assert "dev wants change" in programme.talks[0].body


def test_a_heading_over_a_bullet_names_nobody() -> None:
    text = "##### Problems it solves\n- Gap Events\n- Async execution\n\n##### Setup\n- npm\n"
    programme = parse_programme(text.encode(), "universal.md")
    assert not any(p.name == "Gap Events" for t in programme.talks for p in t.speakers)


MARKDOWN_BULLETS = """### Day 1
## Keynote

* binary compatibility between minor versions
* typed trees for static analysis

### Day 2
## Off-heap memory for Scala
* shared code: one repository
** projects: one folder each

## Types vs tests
* both, of course
"""


def test_markdown_headings_with_margin_bullets_are_no_org_file() -> None:
    programme = parse_programme(MARKDOWN_BULLETS.encode(), "2031-days.md")
    titles = [t.title for t in programme.talks if t.kind != "other"]
    assert "Off-heap memory for Scala" in titles
    assert "Types vs tests" in titles
    assert not any("binary compatibility" in t for t in titles)


DAY_OF_FORMATS = """# Wednesday 17 April, Harbourconf 2031
**Agenda**
[Why Elixir will be your next language](#why-elixir)
[Microservices with MicroProfile](#microservices)
[Live reload to native code](#live-reload)

## Why Elixir will be your next language
**Hands-on Labs**
In this practical session we wrote a small chat server.

## Microservices with MicroProfile
**University**
Three hours of live coding, with the extensions listed at the end.

## Live reload to native code
**Tools-in-Action**
A short demo of the build, then questions.
"""


def test_a_stressed_format_under_each_heading_marks_the_talks_and_tags_them() -> None:
    programme = parse_programme(DAY_OF_FORMATS.encode(), "17-April/README.md")
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    assert set(talks) >= {
        "Why Elixir will be your next language",
        "Microservices with MicroProfile",
        "Live reload to native code",
    }
    assert talks["Why Elixir will be your next language"].tags == ["workshop"]
    assert talks["Live reload to native code"].tags == ["Tools-in-Action"]


def test_a_companys_capitals_after_a_name_are_its_affiliation() -> None:
    from confnotes.importers.persons import split_speakers

    [person] = split_speakers("Michaël Pilaeten CTG, Belgium", single_ok=True)
    assert person.name == "Michaël Pilaeten"
    assert person.affiliations[0] == "CTG"
    [family_in_capitals] = split_speakers("Jean DUPONT", single_ok=True)
    assert family_in_capitals.name == "Jean DUPONT"
