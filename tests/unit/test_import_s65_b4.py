"""Issue 33, blind40: name-shaped phrases that are no one (an acronym's expansion, a
library or works, a form's "optional"), and a name heard only beside an opening, a
greeting or an icebreaker, which hosts the slot rather than gives a talk."""

from __future__ import annotations

from confnotes.importers.kinds import kind_of
from confnotes.importers.person_evidence import hosts_a_slot, hosts_of_openings
from confnotes.importers.persons import (
    is_organisation,
    is_person_name,
    is_placeholder,
    spells_an_acronym,
    vouched_by,
)
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.registry import parse_programme


def _people(text: str, name: str = "notes.md") -> set[str]:
    programme = parse_programme(text.encode(), name)
    names = {p.name for t in programme.talks for p in t.speakers}
    return names | {r.person.name for r in programme.roles}


# --- an acronym spelled by a phrase's initials -------------------------------------------


def test_expansion_of_an_acronym_the_document_writes_is_no_one() -> None:
    text = "We drew a rough SLO (Service Level Objective) and argued about the SLO."
    with vouched_by(text):
        assert not is_person_name("Service Level Objective")
        assert is_person_name("Greta Lindqvist Moreau")  # initials GLM: not written here


def test_expansion_with_small_words_and_in_another_language() -> None:
    text = "Visitamos el MNAC (Museu Nacional d'Art de Catalunya) y la ONU."
    with vouched_by(text):
        assert spells_an_acronym("Organización Naciones Unidas")
    assert spells_an_acronym("Museum of Modern Art", frozenset({"MOMA"}))
    assert not spells_an_acronym("Ana Ruiz", frozenset({"AR"}))  # two words: a person's


def test_notes_that_spell_out_an_acronym_invent_no_speaker() -> None:
    text = (
        "# Notes from Harbour Dev Day\n\n"
        "## Ship a PoC in a week\n\n"
        "Lena Voss showed how her team builds a quick CRM prototype.\n\n"
        "The CRM (Customer Relationship Management) stays small at first.\n"
    )
    assert "Customer Relationship Management" not in _people(text)


# --- organisations with no English organisation word -------------------------------------


def test_library_and_works_are_organisations_in_several_languages() -> None:
    for org in ("Riverside Library", "Biblioteca Nacional", "Stadtbibliothek Köln",
                "Officine Meccaniche", "Bibliothèque Forney"):  # fmt: skip
        assert is_organisation(org), org
        assert not is_person_name(org, single_ok=True), org
    assert is_person_name("Librada Ortiz")  # a given name is not the word "library"


def test_speaker_field_with_library_affiliation_keeps_the_person() -> None:
    text = (
        "# Data Day\n\n"
        "## Curating messy spreadsheets\n"
        "Speaker: Noor Haddad (Lakeside Library)\n\n"
        "She walked through three cases.\n"
    )
    people = _people(text)
    assert "Lakeside Library" not in people


# --- a form's words: optional, required ----------------------------------------------------


def test_optional_and_required_in_several_languages_are_no_one() -> None:
    for word in ("optional", "Facultatif", "任意", "必須", "opcional", "可选"):
        assert is_placeholder(word), word
        assert not is_person_name(word, single_ok=True), word
    assert not is_placeholder("Opalina")  # a near miss: a name


def test_csv_item_marked_optional_gets_no_speaker() -> None:
    text = (
        "start,end,title,room\n"
        "18:00,18:30,Lightning round,Hall A\n"
        "19:00,21:00,Dinner (optional),Terrace\n"
        "19:30,21:30,懇親会（任意）,Lounge\n"
    )
    people = _people(text, "plan.csv")
    assert not people & {"optional", "任意"}


# --- a name heard only beside an opening, a greeting or an icebreaker ---------------------


def test_titles_that_name_a_hosted_slot() -> None:
    assert kind_of("Icebreaker") == "social"
    for title in ("Ice Breaker", "Icebreaker", "破冰", "Welcome reception", "Rompehielos"):
        assert hosts_a_slot(title), title
    for title in ("Opening", "Eröffnung", "Opening keynote", "Icebreakers for remote teams"):
        assert not hosts_a_slot(title), title


def _talk(title: str, *names: str) -> ProgrammeTalk:
    return ProgrammeTalk(title=title, speakers=[ProgrammePerson(name=n) for n in names])


def test_host_of_an_opening_becomes_a_role_not_a_speaker() -> None:
    programme = Programme(name="X", format="markdown")
    programme.talks = [
        _talk("Welcome reception", "Jonas Feld"),
        _talk("Typen in Python", "Mia Roth"),
    ]
    hosts_of_openings(programme)
    assert programme.talks[0].speakers == []
    assert [(r.role, r.person.name) for r in programme.roles] == [("host", "Jonas Feld")]
    assert [p.name for p in programme.talks[1].speakers] == ["Mia Roth"]


def test_a_host_who_also_gives_a_talk_stays_a_speaker() -> None:
    programme = Programme(name="X", format="markdown")
    programme.talks = [_talk("Ice breaker", "Mia Roth"), _talk("Typed Python", "Mia Roth")]
    hosts_of_openings(programme)
    assert [p.name for p in programme.talks[0].speakers] == ["Mia Roth"]
    assert programme.roles == []


def test_markdown_programme_with_a_greeting_and_a_talk() -> None:
    text = (
        "# Kansai Tech Night\n\n"
        "| 時間 | 内容 | 登壇者 |\n|---|---|---|\n"
        "| 19:00 | 破冰 | 森田 あかり |\n"
        "| 19:10 | 型で守るフロントエンド | 佐藤 健 |\n"
        "| 19:40 | 懇親会 | |\n"
    )
    programme = parse_programme(text.encode(), "night.md")
    speakers = {p.name for t in programme.talks for p in t.speakers}
    assert "森田 あかり" not in speakers
    assert "佐藤 健" in speakers
