"""Stop 69's tidying, as a user sees it: the reading offered only to ``--as units`` is
named on every import and read where the readings are shown or it is chosen; a note's
by-line read once gives the same speaker; handles listed beside a full name, in Markdown
or HTML lists, are people; a Hexo or Hugo post whose front matter lacks its opening
``---`` has its keys read as front matter, and a note merely opening with ``Word: value``
keeps its text."""

from __future__ import annotations

from datetime import date

from confnotes.importers import readings, registry, structure, talk_levels
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from tests.unit.importing import people_of, read, speakers_by_title

_MEETUP = (
    "# Autumn Rust Evening\n\n## 7 October 2025\n\n"
    "- Ana Ruiz ~ 18:30 ~ Borrowing without tears\n"
    "- Bo Li ~ 19:00 ~ Async runtimes compared\n"
    "- Cleo Martin ~ 19:30 ~ Profiling a game loop\n"
)


# ---------------------------------------------------------------- 1. units built lazily


def test_an_import_names_the_units_reading_without_reading_it() -> None:
    taken = read(_MEETUP, "evening.md")
    named = [line for line in taken.readings if line.startswith("units")]
    assert named == ["units: not read — --as units or --dry-run reads it"]


def test_the_dry_run_and_the_dialog_show_the_units_reading_read() -> None:
    offered = registry.text_readings(_MEETUP.encode(), "evening.md")
    units = next(r for r in offered if r.shape == "units")
    assert units.built and not units.contender
    assert units.summary().startswith("units 1.00: 3 talks, 3 people")
    token = readings.SHOWN.set(True)  # as import_sources sets it for a dry run
    try:
        shown = read(_MEETUP, "evening.md")
    finally:
        readings.SHOWN.reset(token)
    assert any(line.startswith("units 1.00: 3 talks") for line in shown.readings)


def test_as_units_still_reads_the_talks() -> None:
    chosen = read(_MEETUP, "evening.md", shape="units")
    assert chosen.reading == "units" and chosen.reading_chosen
    assert speakers_by_title(chosen) == {
        "Borrowing without tears": ["Ana Ruiz"],
        "Async runtimes compared": ["Bo Li"],
        "Profiling a game loop": ["Cleo Martin"],
    }


def test_the_taken_reading_is_the_same_whether_units_is_read_or_named() -> None:
    token = readings.SHOWN.set(True)
    try:
        shown = read(_MEETUP, "evening.md")
    finally:
        readings.SHOWN.reset(token)
    taken = read(_MEETUP, "evening.md")
    assert taken.reading == shown.reading
    assert speakers_by_title(taken) == speakers_by_title(shown)
    assert taken.readings[:-1] == shown.readings[:-1]  # only the units line differs


def test_a_persons_notes_offer_no_units_reading_either_way() -> None:
    notes = (
        "# Notizen vom Konferenztag\n\n"
        "Heute viel gelernt, vor allem über Tests.\n\n"
        "- Mocking sparsam einsetzen, lieber echte Objekte\n"
        "- Eigenschaftsbasiertes Testen ausprobieren\n"
        "- Nachmittags Kaffee mit dem Team, gute Gespräche\n"
    )
    assert not any(line.startswith("units") for line in read(notes, "notizen.md").readings)


# ---------------------------------------------------------------- 2. by-line read once


_BYLINE_NOTE = (
    "talk by Ana Ruiz\n\n"
    "# Keeping caches honest\n\n"
    "- invalidate on write, not on read\n"
    "- measure the hit rate per key family\n"
)


def test_a_byline_above_the_title_names_the_speaker_once_read() -> None:
    assert speakers_by_title(read(_BYLINE_NOTE, "caches.md")) == {
        "Keeping caches honest": ["Ana Ruiz"]
    }


def test_each_caller_of_the_byline_gets_its_own_copy() -> None:
    outline = structure.read(_BYLINE_NOTE)
    title = outline.sections()[0]
    first = talk_levels.byline_beside(outline, title)
    first[0].affiliations.append("Example Lab")  # a reader completing its speaker
    again = talk_levels.byline_beside(outline, title)
    assert [(p.name, p.affiliations) for p in again] == [("Ana Ruiz", [])]


# ---------------------------------------------------------------- 3. items off the tree


def _panel(*names: str) -> Programme:
    talk = ProgrammeTalk(title="Panel on open data")
    talk.speakers = [ProgrammePerson(name=n) for n in names]
    programme = Programme(name="Data Day", format="markdown")
    programme.talks = [talk]
    return programme


def _vouched(programme: Programme, text: str) -> set[str]:
    ids = readings._listed_beside_a_full_name(programme, text)
    return {p.name for t in programme.talks for p in t.speakers if id(p) in ids}


def test_handles_in_a_markdown_list_beside_a_full_name_are_people() -> None:
    text = "Panel on open data\n\n- Ana Ruiz\n- kaito_n\n- mirabelle\n"
    assert _vouched(_panel("Ana Ruiz", "kaito_n", "mirabelle"), text) == {"kaito_n", "mirabelle"}


def test_handles_in_an_html_list_beside_a_full_name_are_people() -> None:
    text = (
        "<h2>Mesa redonda: datos abiertos</h2>\n<ul>\n  <li>Lucía Fernández</li>\n"
        '  <li class="nick">pepe_dev</li>\n  <li>txema</li>\n</ul>\n'
    )
    got = _vouched(_panel("Lucía Fernández", "pepe_dev", "txema"), text)
    assert got == {"pepe_dev", "txema"}


def test_handles_not_in_a_list_or_without_a_full_name_stay_unvouched() -> None:
    prose = "Panel on open data with Ana Ruiz, kaito_n and mirabelle.\n"
    assert _vouched(_panel("Ana Ruiz", "kaito_n", "mirabelle"), prose) == set()
    handles_only = "- kaito_n\n- mirabelle\n- zed\n"
    assert _vouched(_panel("kaito_n", "mirabelle", "zed"), handles_only) == set()


# ---------------------------------------------------------------- 4. fenceless front matter


_HEXO_EN = (
    "title: Notes from Harbour Dev Day\n"
    "date: 2024-05-18 10:00:00\n"
    "tags:\n- conference\n- notes\n"
    "---\n"
    "Written on the train home.\n\n"
    "## Boring tech that lasts\nSpeaker: Ana Ruiz\n\n"
    "- pick tools with a long future\n- measure before rewriting\n\n"
    "## Type hints in old codebases\nSpeaker: Bo Li\n\n"
    "- start at the edges\n"
)


def _bodies(programme: Programme) -> str:
    return "\n".join([programme.description, *(t.body for t in programme.talks)])


def test_a_post_without_its_opening_fence_reads_its_keys_as_front_matter() -> None:
    post = read(_HEXO_EN, "harbour.md")
    assert speakers_by_title(post) == {
        **{t.title: [] for t in post.talks if not t.speakers},
        "Boring tech that lasts": ["Ana Ruiz"],
        "Type hints in old codebases": ["Bo Li"],
    }
    assert post.name == "Harbour Dev Day"
    assert {t.day for t in post.talks} == {date(2024, 5, 18)}  # the post's date
    assert all(t.tags == ["conference", "notes"] for t in post.talks)
    bodies = _bodies(post)
    assert "title:" not in bodies and "date: 2024" not in bodies
    assert bodies.count("Written on the train home.") == 1


def test_a_fenceless_post_reads_as_the_fenced_one_does() -> None:
    fenceless = read(_HEXO_EN, "harbour.md")
    fenced = read("---\n" + _HEXO_EN, "harbour.md")
    assert speakers_by_title(fenceless) == speakers_by_title(fenced)
    assert [t.body for t in fenceless.talks] == [t.body for t in fenced.talks]
    assert fenceless.name == fenced.name


def test_a_fenceless_post_in_french_with_crlf_lines() -> None:
    post = (
        "title: Compte rendu de la Journée Python\r\n"
        "date: 2025-03-14 09:00:00\r\n"
        "categories: [conférences]\r\n"
        "---\r\n"
        "## Les générateurs sans douleur\r\nIntervenante : Camille Dubois\r\n\r\n"
        "- paresse bien comprise\r\n"
    )
    got = read(post, "journee.md")
    fenced = read("---\r\n" + post, "journee.md")
    assert speakers_by_title(got) == speakers_by_title(fenced)
    assert people_of(got) == {"Camille Dubois"}
    assert {t.day for t in got.talks} == {date(2025, 3, 14)}
    assert "title:" not in _bodies(got) and "categories:" not in _bodies(got)


def test_a_note_opening_with_a_label_line_keeps_it_as_text() -> None:
    note = "Room: B204\nSpeaker: Ana Ruiz\n---\nCaches, again. Invalidate on write.\n"
    assert structure.headless_front_end(note.split("\n")) == -1  # no post's key
    got = read(note, "room.md")
    assert "Room: B204" in _bodies(got)


def test_a_note_whose_lines_above_the_rule_are_not_all_keys_keeps_them() -> None:
    note = (
        "title: what I took away\n"
        "Mostly that the hallway track was the best part.\n"
        "---\n"
        "More thoughts tomorrow.\n"
    )
    assert structure.headless_front_end(note.split("\n")) == -1
    assert "hallway track" in _bodies(read(note, "takeaways.md"))


def test_capitalised_labels_are_a_notes_words_not_a_posts_keys() -> None:
    note = "Title: Vortrag über Caching\nDate: Montag\n---\nViel gelernt.\n"
    assert structure.headless_front_end(note.split("\n")) == -1
    got = read(note, "montag.md")  # a heading over a rule, as CommonMark reads it
    assert any("Vortrag über Caching" in t.title + t.body for t in got.talks)


def test_a_fenced_post_is_left_as_it_is() -> None:
    data = ("---\n" + _HEXO_EN).encode()
    assert structure.with_opening_front_fence(data) is data
