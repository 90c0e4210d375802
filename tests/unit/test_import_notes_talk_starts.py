"""How a person marks where each talk of their notes file begins, met in a seventh real
measuring set of single notes files (kept outside the project): headings typed without
the space after their hashes (``##Title``); a ``Speaker:`` line in the singular whose
company after the comma looks like a name; a list of the talks seen, one item a talk
(``[Title, Name](video)``, ``<q>Title</q> by Name``, an item over a nested
``_Speaker_:`` item); a title that is a name, then the talk's title in quotation marks;
a session's title over a sub-heading of its speakers' names. Every fixture is written
for the test, imitating the convention, never copying it."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.headings import read_heading
from tests.unit.notes_checks import kept, read, talks_of


def test_headings_typed_without_a_space_after_the_hashes_are_headings() -> None:
    doc = doctree.parse("##Cheap tricks for fast builds\n\nsome notes\n")
    heading = doc.root.children[0]
    assert heading.kind == "heading"
    assert heading.text == "Cheap tricks for fast builds"


def test_a_tag_and_a_fenced_comment_stay_what_they_are() -> None:
    doc = doctree.parse("#rust #wasm\n\n```sh\n##not a heading\n```\n")
    assert not any(n.kind == "heading" for n in doc.root.children)


def test_unspaced_headings_with_speaker_lines_are_talks_and_companies_no_people() -> None:
    text = (
        "##Caching without regret\n\n*Speaker: Noor Haddad, Silver Birch*\n\n"
        "* invalidate by event, not by timer\n\n"
        "##Load tests that tell the truth\n\n*Speaker: Pedro Alves, Quiet Fox*\n\n"
        "* run them against a copy of production data\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Caching without regret": ["Noor Haddad"],
        "Load tests that tell the truth": ["Pedro Alves"],
    }
    noor = next(s for t in p.talks for s in t.speakers if s.name == "Noor Haddad")
    assert noor.affiliations == ["Silver Birch"]
    kept(p, text)


def test_speakers_in_the_plural_stay_two_people() -> None:
    text = (
        "## Pairing across time zones\n\nSpeakers: Lena Fischer, Omar Said\n\n- notes\n\n"
        "## Design reviews\n\nSpeakers: Ada Moreau, Ben Carter\n\n- more notes\n"
    )
    talks = talks_of(read(text))
    assert talks["Pairing across time zones"] == ["Lena Fischer", "Omar Said"]


def test_a_list_of_linked_talks_with_their_speakers_after_a_comma() -> None:
    text = (
        "My favourites from the weekend:\n\n"
        "- [Writing a tiny compiler, Sofia Marin](https://v.example.org/1)\n"
        "- [The cost of a meeting, Yusuf Demir](https://v.example.org/2)\n"
        "- [Maps for the offline web, Clara Jung](https://v.example.org/3)\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Writing a tiny compiler": ["Sofia Marin"],
        "The cost of a meeting": ["Yusuf Demir"],
        "Maps for the offline web": ["Clara Jung"],
    }
    assert any(link.url == "https://v.example.org/2" for t in p.talks for link in t.links)


def test_quoted_titles_by_initialled_names_under_day_headings() -> None:
    text = (
        "# Best of the week\n\n## Day 1\n\n  * <q>Less magic, more tests</q> by T. Holm\n"
        "  * <q>Graphs in the browser</q> by S. Berg\n  * Extra: a board game night\n\n"
        "## Day 2\n\n  * <q>Slow queries, fast fixes</q> by A. Lund\n"
    )
    p = read(text)
    assert talks_of(p) == {
        "Less magic, more tests": ["T. Holm"],
        "Graphs in the browser": ["S. Berg"],
        "Slow queries, fast fixes": ["A. Lund"],
    }
    assert {t.session for t in p.talks if t.kind != "other"} == {"day-1", "day-2"}


def test_an_item_over_a_nested_speaker_item_is_a_talk_and_its_watched_day_its_day() -> None:
    text = (
        "# Talks I watched\n\n## Security\n\n+ [Secrets in CI](https://x.example/ci)\n"
        "    + _Speaker_: Ines Duarte\n    + _Watched_: 5/14/2024\n    + rotate them often\n"
        "\n## Culture\n\n+ [Saying no kindly](https://x.example/no)\n"
        "    + _Speaker_: Max Weber\n    + _Watched_: 5/20/2024\n    + a short one\n"
    )
    p = read(text)
    assert talks_of(p) == {"Secrets in CI": ["Ines Duarte"], "Saying no kindly": ["Max Weber"]}
    assert {str(t.day) for t in p.talks if t.kind != "other"} == {"2024-05-14", "2024-05-20"}
    kept(p, text)


def test_a_reading_list_inside_one_talks_notes_is_no_list_of_talks() -> None:
    text = (
        "# Estimating is guessing - Rosa Lindgren\n\n## Books she mentioned\n\n"
        "- Thinking in Bets, Annie Duke\n- The Black Swan, Nassim Taleb\n\n"
        "## My takeaways\n\n- give ranges, not dates\n"
    )
    p = read(text)
    assert list(talks_of(p)) == ["Estimating is guessing"]


def test_a_name_then_a_quoted_title_is_the_talk_and_its_speaker() -> None:
    said = read_heading("tomas berg “why we left microservices”")
    assert (said.title, [s.name for s in said.speakers]) == (
        "why we left microservices",
        ["tomas berg"],
    )
    assert not read_heading('The "right" way to log').speakers


def test_a_title_over_a_subheading_of_two_names_is_one_talk_by_both() -> None:
    text = (
        "## OPS301 - Game days for small teams\n\n#### Keiko Mori and Daniel Roth\n\n"
        "start with a dependency you trust least.\n"
    )
    p = read(text)
    assert talks_of(p) == {"OPS301 - Game days for small teams": ["Keiko Mori", "Daniel Roth"]}
    kept(p, text)


def test_a_weekday_alone_over_times_starts_that_day_of_the_event() -> None:
    text = (
        "# Lakeside Python 2026 plan\n\nFrom 2026-06-08 to 2026-06-12 in Lugano.\n\n"
        "* Tuesday\n  * 09h30 - Profiling without guesswork\n"
        "  * 16h45 - What the GIL removal changes\n\n"
        "* Thursday\n  * 09h15 - Teaching Python to chemists\n"
        "  * 11h00 - Packaging for the impatient\n"
    )
    p = read(text)
    starts = {t.title: t.start.isoformat() for t in p.talks if t.start}
    assert starts["Profiling without guesswork"] == "2026-06-09T09:30:00"
    assert starts["What the GIL removal changes"] == "2026-06-09T16:45:00"
    assert starts["Teaching Python to chemists"] == "2026-06-11T09:15:00"  # not 21:15
    assert starts["Packaging for the impatient"] == "2026-06-11T11:00:00"


def test_a_list_of_talks_seen_reads_the_day_and_time_each_item_begins_with() -> None:
    text = (
        "# Harbourside Free Software Days 2031\n\n"
        "*Saturday 8 March 2031*\n\n"
        "- Saturday 10:00 Why towns should own their software - Marta Quintela\n"
        "- Saturday 11:30 **Doomed are the spreadsheets!** - Bram Olsen\n"
        "- Saturday 12:40 [Counting calories with open data](https://v.example.org/7)"
        " - Ines Varga\n\n"
        "The hallway track was the best part.\n"
    )
    p = read(text)
    talks = {t.title: t for t in p.talks if t.kind != "other"}
    assert set(talks) == {
        "Why towns should own their software",
        "Doomed are the spreadsheets!",
        "Counting calories with open data",
    }
    assert [s.name for s in talks["Doomed are the spreadsheets!"].speakers] == ["Bram Olsen"]
    start = talks["Counting calories with open data"].start
    assert start is not None and (start.hour, start.minute) == (12, 40)
    kept(p, text)


def test_items_whose_bold_titles_start_more_talks_than_the_list_reading_are_read_so() -> None:
    # a seminar series: each item a date, a time, a bold title and its speaker, written
    # with and without a dash; a list reading that understands four of six is no list
    text = (
        "## Spring seminars of the Lagoon Ecology Group\n\n"
        "- 3 March 2031, 17:00 **Reading tree rings with lasers** Amara Osei (Lund)\n"
        "- 10 March 2031, 17:00 **Salt marsh carbon, a second look** Jonas Feld, Kiel\n"
        "- 17 March 2031, 17:00 **Eels on the move** Chiara Benedetti\n"
        "- 24 March 2031, 17:00 **Counting birds from the air** Maya Castellanos\n"
        "- 31 March 2031, 17:00 **When the river floods** - Kenji Aoyama\n"
        "- 7 April 2031, 17:00 **Plankton, light and heat** - Sunniva Dahl\n"
    )
    p = read(text)
    talks = {t.title: t for t in p.talks if t.kind != "other"}
    assert [s.name for s in talks["Eels on the move"].speakers] == ["Chiara Benedetti"]
    assert [s.name for s in talks["Counting birds from the air"].speakers] == ["Maya Castellanos"]
    assert len(talks) == 6
    start = talks["When the river floods"].start
    assert start is not None and (start.month, start.day, start.hour) == (3, 31, 17)


def test_a_talk_with_its_own_words_over_a_reading_list_stays_one_talk() -> None:
    text = (
        "# Quayside Dev Days 2031 - my notes\n\n"
        "## Event sourcing in anger\n\n"
        "Great war stories about rebuilding projections from scratch.\n\n"
        "- *Designing Data-Intensive Applications* by Martin Kleppmann - chapter 11\n"
        "- **Versioning in an Event Sourced System** by Greg Young - free online\n"
        "- replays take hours once the log is big\n\n"
        "## Caching at the edge\n\n"
        "They moved their whole read path behind a CDN in one quarter.\n\n"
        "- purge by tag, never by URL\n"
    )
    p = read(text)
    assert "Event sourcing in anger" in talks_of(p)
    assert not any(x.title == "Event sourcing in anger" for x in p.sessions)
    assert not any("Designing Data-Intensive" in t.title for t in p.talks)
    kept(p, text)


def test_a_bold_talk_inside_a_sentence_is_that_talk_and_the_sentence_its_notes() -> None:
    text = (
        "# Fjord Data Days 2031 — notes\n\n"
        "First up, **Streams that never end by Ilse Varga, Tideway** set the tone: "
        "windows need owners and watermarks need alarms.\n\n"
        "Then **Ledger tables by Ruben Ostrova, Corvid Bank** made the case for "
        "append-only everything.\n\n"
        "Last, **Small models at the edge by Nadia Petrenko** showed pruning by hand.\n"
    )
    p = read(text)
    talks = talks_of(p)
    assert talks["Streams that never end"] == ["Ilse Varga"]
    assert talks["Ledger tables"] == ["Ruben Ostrova"]
    assert talks["Small models at the edge"] == ["Nadia Petrenko"]
    kept(p, text)


def test_a_talk_heading_over_a_sentence_naming_its_speaker_takes_that_speaker() -> None:
    text = (
        "# Harbour Go Meetup #7\n\nWhen: 4 June 2031, 18:30\n\n## Talks\n\n"
        "### Channels in anger\n\n"
        "Lena Fischer from Quayside will walk us through the worker pool she rewrote twice.\n\n"
        "### Generics, a year on\n\n"
        "Our second speaker, Tariq Mansour, maintains a big codec library and will show "
        "what generics changed.\n\n"
        "### Profiling by ear\n\n"
        "The organisers will show how the sound of a profiler helps.\n"
    )
    p = read(text)
    talks = talks_of(p)
    assert talks["Channels in anger"] == ["Lena Fischer"]
    assert talks["Generics, a year on"] == ["Tariq Mansour"]
    assert talks["Profiling by ear"] == []  # "the organisers" are no one's name
    kept(p, text)


def test_talk_headings_over_their_speakers_bios_are_talks_under_an_agenda() -> None:
    text = (
        "# Saltmarsh Python Night — May 2031\n\n## Agenda\n\n"
        "### Typed dataframes\n\nWhat changed when we typed every frame.\n\n"
        "**Oona Lindqvist** is a data engineer at Brackwater and maintains a schema tool.\n\n"
        "### Packaging without tears\n\nA tour of the wheel nobody builds.\n\n"
        "Kwame Asante works on build tooling at Reedbank.\n\n"
        "### Open mic\n\nFive minutes each.\n"
    )
    p = read(text)
    talks = talks_of(p)
    assert talks["Typed dataframes"] == ["Oona Lindqvist"]
    assert talks["Packaging without tears"] == ["Kwame Asante"]
    assert talks["Open mic"] == []
    assert p.name.startswith("Saltmarsh Python Night")  # the page's title names the event
