"""Small conventions of names real documents follow: a page's ``<title>`` or a post's front
matter names the event when the first heading only names the page or a day; Pelican's
``Key: value`` header is a post's front matter; a kind before a dash is no speaker; an
abstract noun, a named unit and a bracketed break are no person; a lone person among
stressed units is their talk's speaker."""

from __future__ import annotations

from datetime import date

from confnotes.importers.entries import leading_clock
from confnotes.importers.kinds import kind_of
from confnotes.importers.persons import is_person_name
from confnotes.importers.programme import Programme
from tests.unit.importing import people_of, read, speakers_by_title

# -- the event's name ------------------------------------------------------------------

_ITEMS = (
    "<ul><li>09:00 Mending nets by hand — Ana Ruiz</li>"
    "<li>10:00 Reading the tides — Bo Lind</li>"
    "<li>11:00 Salt, wind and sails — Cai Moreno</li></ul>"
)


def _page(title: str, heading: str) -> str:
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><h1>{heading}</h1>{_ITEMS}</body></html>"


def test_a_page_headed_by_a_weekday_is_named_by_its_title_less_the_site() -> None:
    assert read(_page("Harbour Days | Example Org", "Saturday"), "x.html").name == "Harbour Days"
    german = _page("Nordlicht Tage | Verein Beispiel", "Samstag, 4. Mai 2031")
    assert read(german, "x.html").name == "Nordlicht Tage"


def test_a_page_headed_by_a_section_word_drops_the_site_suffix() -> None:
    assert read(_page("港の祭り | Example Org", "プログラム"), "x.html").name == "港の祭り"
    assert read(_page("Festival del Mar", "Programa"), "x.html").name == "Festival del Mar"


def test_a_heading_naming_the_event_wins_over_a_generic_title() -> None:
    assert read(_page("Home | Example Org", "RustFest Zürich"), "x.html").name == (
        "RustFest Zürich"
    )


def test_near_miss_a_title_with_the_events_year_still_names_it() -> None:
    page = _page("Schedule | Helvetic Ruby 2025", "Helvetic Ruby")
    assert read(page, "x.html").name == "Helvetic Ruby 2025"


def test_near_miss_a_heading_that_starts_with_a_weekday_is_no_day() -> None:
    page = _page("Harbour Days | Example Org", "Saturday night lectures")
    assert read(page, "x.html").name == "Saturday night lectures"


_LINES = "\n- 09:00 Netze flicken – Jana Weiß\n- 10:00 Über Seile – Paul Kern\n"


def test_front_matter_title_names_the_event_over_a_section_or_day_heading() -> None:
    for heading in ("Programm", "Samstag", "日程"):
        text = f"---\ntitle: Nordlicht Tage\n---\n# {heading}\n{_LINES}"
        assert read(text, "x.md").name == "Nordlicht Tage"


# -- a Pelican / MultiMarkdown header is the post's front matter -------------------------


def test_a_posts_header_names_and_dates_it_and_its_author_is_no_speaker() -> None:
    text = (
        "Title: Notes from Harbour Days\nDate: 2031-05-04\nAuthor: Ana Ruiz\nTags: boats\n\n"
        "## Opening keynote\n\nA good talk about tides.\n"
    )
    programme = read(text, "x.md")
    assert people_of(programme) == set()
    assert [t.day for t in programme.talks] == [date(2031, 5, 4)]
    assert "Author: Ana Ruiz" in programme.talks[0].body  # the user's lines stay


def test_a_multimarkdown_header_over_a_text_file_names_no_speaker() -> None:
    text = "Title: Apuntes del puerto\nAuthor: Lucía Vidal\nDate: 2031-05-04\n\nMareas.\n"
    programme = read(text, "x.txt")
    assert people_of(programme) == set()
    assert "Lucía Vidal" in programme.talks[0].body


def test_near_miss_a_speaker_line_opening_a_talks_notes_still_names_the_speaker() -> None:
    text = "Speaker: Ana Ruiz\nRoom: B\n\nShe talked about ropes for an hour.\n"
    assert people_of(read(text, "ropes-at-dawn.md")) == {"Ana Ruiz"}


def test_near_miss_a_decks_author_directive_still_presents_it() -> None:
    text = "@title Ropes at dawn\n@author Ana Ruiz\n\n# Knots\n\nSlides follow.\n"
    assert speakers_by_title(read(text, "deck.md")) == {"Ropes at dawn": ["Ana Ruiz"]}


# -- a kind before a dash ----------------------------------------------------------------


def _talks(programme: Programme) -> dict[str, tuple[list[str], str, list[str]]]:
    return {t.title: ([p.name for p in t.speakers], t.kind, t.tags) for t in programme.talks}


def test_a_kind_before_a_dash_in_markdown_headings_gives_kind_and_whole_title() -> None:
    text = (
        "# Programm\n\n## Vortrag – Die Stadt: eine Reise\n\nJana Weiß, Universität Kiel\n\n"
        "Über Städte am Meer.\n\n## Workshop — Knoten: eine Einführung\n\n"
        "Paul Kern, Segelclub Nord\n\nSeile mitbringen.\n\n## Keynote – Ebbe und Flut\n\n"
        "Uta Berg, Institut für Meereskunde\n\nÜber Gezeiten.\n"
    )
    assert _talks(read(text, "x.md")) == {
        "Die Stadt: eine Reise": (["Jana Weiß"], "talk", []),
        "Knoten: eine Einführung": (["Paul Kern"], "talk", ["workshop"]),
        "Ebbe und Flut": (["Uta Berg"], "keynote", []),
    }


def test_a_kind_before_a_dash_in_html_cells_gives_kind_and_title() -> None:
    rows = [
        ("09:00", "Taller — Nudos: una guía", "Lucía Vidal"),
        ("10:00", "Keynote – Mareas y lunas", "Marta Gil"),
        ("11:00", "Charla – La ciudad: un viaje", "Pablo Ortiz"),
        ("12:00", "Redes a mano", "Cai Moreno"),
    ]
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    talks = _talks(read(f"<table>{cells}</table>", "x.html"))
    assert talks["Nudos: una guía"] == (["Lucía Vidal"], "talk", ["workshop"])
    assert talks["Mareas y lunas"] == (["Marta Gil"], "keynote", [])
    assert talks["La ciudad: un viaje"] == (["Pablo Ortiz"], "talk", [])


def test_near_miss_a_kind_then_a_person_and_a_colon_still_names_the_speaker() -> None:
    text = (
        "# Harbour notes\n\n## Invited talk - Mira Soto: Charts without depths\n\n"
        "* She mapped a bay from old photographs.\n\n## Tides at dawn - Bo Lind\n\n* Early.\n"
    )
    talks = speakers_by_title(read(text, "x.md"))
    assert talks["Charts without depths"] == ["Mira Soto"]
    assert talks["Tides at dawn"] == ["Bo Lind"]


# -- the person test's misses ------------------------------------------------------------


def test_an_abstract_noun_with_an_accent_is_no_lone_person() -> None:
    for word in ("Liberté", "Libertà", "Libertad"):
        assert not is_person_name(word, single_ok=True)
    for name in ("Renée", "André", "José"):  # near miss: given names written alone
        assert is_person_name(name, single_ok=True)


def test_a_named_unit_is_no_person() -> None:
    for unit in ("Flow Cytometry Core", "Proteomics Facility", "Mass Spectrometry Facility"):
        assert not is_person_name(unit)
    assert is_person_name("Eva Gil")


def test_an_article_opens_no_persons_name() -> None:
    for words in ("Die Stadt", "Der Hafen", "Das Meer"):
        assert not is_person_name(words)
    for name in ("Les Paul", "An Nguyen"):  # near miss: a given name that is an article too
        assert is_person_name(name)


def test_a_bracketed_or_letter_spaced_break_is_no_talk() -> None:
    text = (
        "# プログラム\n\n- 10:00 港の歴史 — 山田 花子\n- 11:00 船と風 — 佐藤 一郎\n"
        "- 12:00 ≪休　憩≫\n- 13:00 潮の話 — 鈴木 次郎\n- 14:00 【休憩】\n"
        "- 14:30 網の修理 — 高橋 三郎\n- 15:00 ［昼食］\n"
    )
    assert list(speakers_by_title(read(text, "x.md"))) == [
        "港の歴史",
        "船と風",
        "潮の話",
        "網の修理",
    ]
    for said in ("≪休　憩≫", "【休憩】", "［昼食］", "受　付 休　憩"):
        assert kind_of(said) == "break"
    assert kind_of("山田　花子") == "talk"  # near miss: a name spaced out is no break


# -- a lone stressed person among stressed units -----------------------------------------


def test_a_lone_person_among_units_in_the_speaker_slot_is_that_talks_speaker() -> None:
    text = (
        "# Core day schedule\n\n- 09:00 Sequencing at scale — *Genomics Core*\n"
        "- 10:00 Light sheets for everyone — *Imaging Facility*\n"
        "- 11:00 Sorting rare cells — *Eva Gil*\n"
        "- 12:00 Peptides in practice — *Proteomics Facility*\n"
    )
    programme = read(text, "x.md")
    assert people_of(programme) == {"Eva Gil"}
    assert speakers_by_title(programme)["Sorting rare cells"] == ["Eva Gil"]


def test_a_lone_person_among_units_in_plain_spanish_lines() -> None:
    text = (
        "# Jornada de plataformas\n\n- 09:00 Secuenciar a escala – Genomics Core\n"
        "- 10:00 Microscopía para todos – Imaging Facility\n"
        "- 11:00 Células raras – Eva Gil\n- 12:00 Péptidos en la práctica – Proteomics Facility\n"
    )
    programme = read(text, "x.md")
    assert people_of(programme) == {"Eva Gil"}
    assert speakers_by_title(programme)["Células raras"] == ["Eva Gil"]


def test_near_miss_a_title_with_a_dash_among_untimed_notes_is_not_split() -> None:
    text = (
        "# My notes\n\n## Data-Driven Design - Why it works\n\nGood talk.\n\n"
        "## Rust in the kernel\n\nAlso good.\n"
    )
    assert people_of(read(text, "x.md")) == set()


def test_a_timed_line_ending_in_a_stressed_unit_keeps_its_words_whole() -> None:
    text = (
        "# Core day schedule\n\n- 09:00 Sequencing at scale — *Genomics Core*\n"
        "- 10:00 *Light sheets for everyone*\n- 11:00 Sorting rare cells — *Eva Gil*\n"
    )
    titles = [t.title for t in read(text, "x.md").talks if t.kind == "talk"]
    assert not any("*" in title for title in titles)
    assert leading_clock("* 09:00 Mending nets*")[2] == "Mending nets"  # near miss: a bullet
