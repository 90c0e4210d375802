"""The one person test against the phrases programmes and notes put where a name could
stand (a term and its description, a product's name before a labelled speaker, a dean's
office after a welcome, a heading of derived nouns, handles offered as alternatives):
nobody is invented, and the real speakers beside them are kept."""

from __future__ import annotations

from confnotes.importers import doctree, timetable
from confnotes.importers.headings import read_heading
from confnotes.importers.person_evidence import full_names
from confnotes.importers.persons import is_person_name, parse_one, role_people
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.registry import parse_programme


def _people_of(text: str, name: str = "notes.md") -> list[str]:
    programme = parse_programme(text.encode(), name)
    talks = [p.name for talk in programme.talks for p in talk.speakers]
    roles = [role.person.name for role in programme.roles]
    return sorted(set(talks + roles))


def test_a_glossary_line_in_notes_names_a_term_not_a_speaker() -> None:
    heading = read_heading("Tab Panels - each panel is labelled by its tab; arrows move on")
    assert heading.speakers == []
    heading = read_heading(
        "Live Captions - the transcript runs under the slides so nobody has to guess"
    )
    assert heading.speakers == []


def test_a_short_lower_case_title_after_a_name_is_still_a_talk() -> None:
    heading = read_heading("Oona Halvorsen - what we unlearned about caching")
    assert [p.name for p in heading.speakers] == ["Oona Halvorsen"]
    assert heading.title == "what we unlearned about caching"


def test_notes_of_terms_and_their_descriptions_invent_nobody() -> None:
    text = (
        "# Forms that do not fight you\n\n"
        "What I kept from the forms session, one pattern a line.\n\n"
        "- Inline Errors - say what went wrong next to the field, not in a banner on top\n"
        "- Error Summaries - a list at the top that links to every field in trouble\n"
        "- Input Masks - they break paste and screen readers; avoid them where you can\n"
        "- Autocomplete Hints - let the browser fill the address, it knows it better\n\n"
        "I will try the error summary on the sign-up page first.\n"
    )
    assert _people_of(text) == []


def test_a_labelled_speaker_makes_the_words_before_the_colon_the_title() -> None:
    heading = read_heading("Vue.js Islands (25 min): Ponente: Marisol Ibarra")
    assert [p.name for p in heading.speakers] == ["Marisol Ibarra"]
    assert heading.title.startswith("Vue.js Islands")


def test_a_product_name_with_a_dot_is_nobody() -> None:
    assert not is_person_name("Node.js Streams")
    assert not is_person_name("Asp.NET Core")
    assert is_person_name("J.R. Okoro")  # initials carry their dots at their end


def test_a_position_in_a_faculty_is_nobody_in_any_language() -> None:
    assert not is_person_name("Decana de la Facultad de Ingeniería")
    assert not is_person_name("Dekanin der Fakultät Physik")
    assert not is_person_name("Preside della Facoltà di Lettere")
    heading = read_heading("Apertura: Decano de la Facultad de Ciencias")
    assert heading.speakers == []


def test_a_phrase_headed_by_a_derived_noun_is_nobody() -> None:
    assert not is_person_name("Organizational Meeting")
    assert not is_person_name("Distribution Shift")
    assert not is_person_name("Regression Clinic")
    # given names that merely end alike stay names
    assert is_person_name("Marion Keller")
    assert is_person_name("Damion Fry")
    assert is_person_name("Clement Sion")


def test_handles_offered_as_alternatives_are_both_people() -> None:
    assert [p.name for p in role_people("@quillfeather or @tamsinr")] == [
        "quillfeather",
        "tamsinr",
    ]
    assert [p.name for p in role_people("Ilse Brandt oder Jonte Berg")] == [
        "Ilse Brandt",
        "Jonte Berg",
    ]


def test_a_table_of_topics_and_presenters_keeps_both_handles_of_a_row() -> None:
    text = (
        "# Working group updates\n\n"
        "| Topic | Presenter |\n"
        "|---|---|\n"
        "| storage layer | @quillfeather |\n"
        "| gateways | @tamsinr or @obiwanjo |\n"
        "| release train | @mabel_k |\n"
    )
    assert _people_of(text, "updates.md") == ["mabel_k", "obiwanjo", "quillfeather", "tamsinr"]


def test_a_speaker_cell_that_names_no_one_titles_its_row() -> None:
    # the stricter test must not lose the row: its only words become its title
    page = (
        "<html><body><h1>Geometry seminar</h1><table>"
        "<tr><th>Date</th><th>Speaker</th><th>Affiliation</th><th>Title</th></tr>"
        "<tr><td>March 3rd</td><td>Orientation Meeting.</td><td></td><td></td></tr>"
        "<tr><td>March 10th</td><td>Dr. Wilhelmina Frost</td><td>Lakeside</td>"
        "<td>Curvature flows on surfaces</td></tr>"
        "<tr><td>March 17th</td><td>Dr. Tobias Ngata</td><td>Northfield</td>"
        "<td>Rigidity of lattices</td></tr>"
        "</table></body></html>"
    )
    programme = timetable.read(doctree.parse(page), "seminar.html", "html").programme
    rows = [(t.title.rstrip("."), [p.name for p in t.speakers]) for t in programme.talks]
    assert rows == [
        ("Orientation Meeting", []),
        ("Curvature flows on surfaces", ["Wilhelmina Frost"]),
        ("Rigidity of lattices", ["Tobias Ngata"]),
    ]


def test_an_initialled_speaker_takes_the_full_name_the_page_writes() -> None:
    text = (
        "# Session 4: Algebraic curves\n\n"
        "### Organisers\n\n"
        "* [Henrike Vossberg (Uni Nordheim)](mailto:someone@example.org)\n\n"
        "### Schedule\n\n"
        "| Time | Title | Speaker |\n"
        "| --- | --- | --- |\n"
        "| 09:00--09:30 | Genus two in practice | H. Vossberg |\n"
        "| 09:30--10:00 | Point counting revisited | D. Amankwah |\n"
    )
    programme = parse_programme(text.encode(), "session.md")
    speakers = {p.name: p.aliases for t in programme.talks for p in t.speakers}
    assert speakers["Henrike Vossberg"] == ["H. Vossberg"]
    assert "D. Amankwah" in speakers  # written nowhere in full: left as written


def test_two_full_names_for_one_initial_leave_it_as_written() -> None:
    talk = ProgrammeTalk(title="Sheaves", speakers=[ProgrammePerson("J. Okafor")])
    programme = Programme(name="S", format="markdown", talks=[talk])
    full_names(programme, "Chairs: Jude Okafor and Joy Okafor.\nSheaves - J. Okafor\n")
    assert talk.speakers[0].name == "J. Okafor"


def test_a_title_with_a_colon_and_a_by_line_of_family_names_names_no_one_before_it() -> None:
    heading = read_heading(
        "Open Ledgers: note sul recupero dei crediti fiscali - Bellandi, Corsetti e Pagano"
    )
    assert heading.speakers == []
    assert heading.title.startswith("Open Ledgers: note sul recupero")


def test_a_list_of_features_after_a_comma_is_no_affiliation() -> None:
    item = "Sealed Types, Text Blocks, Records, nicer stack traces, smaller images"
    assert parse_one(item) is None
    person = parse_one("Ilse Brandt, Institut für Optik, Jena, Germany")
    assert person is not None and person.name == "Ilse Brandt"
