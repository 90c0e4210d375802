"""Near-misses from the code review of stop 70's importers: each input read the way it
was before the change under review, the change's own cases kept."""

from __future__ import annotations

from confnotes.importers import indent_markup, sentence_talks
from tests.unit.importing import read, speakers_by_title


# r3: hashtag lines over bullets are notes, not a Pug template; a film by its director
# is no talk unless a talk's word says so
class Testr3:
    TAGGED_NOTES = (
        "#pycon #python #travel\n"
        "- Opening keynote by Mei Tanaka\n"
        "- Typing at scale, Omar Haddad\n"
        "\n"
        "#day2 #data\n"
        "- Arrow in anger by Rosa Lind\n"
        "- Lightning round\n"
    )

    def test_hashtag_lines_are_no_template_elements(self) -> None:
        assert indent_markup.markup(self.TAGGED_NOTES) is None
        found = speakers_by_title(read(self.TAGGED_NOTES, "notes.md"))
        assert found["Typing at scale"] == ["Omar Haddad"]
        assert found["Arrow in anger"] == ["Rosa Lind"]

    def test_a_flat_run_of_selectors_is_no_template(self) -> None:
        # element lines with template syntax, none holding lines under it: no nesting
        flat = ".note first thing\n.note second thing\n.note third thing\n.note more\n"
        assert indent_markup.markup(flat) is None

    def test_a_template_named_as_notes_needs_nesting_beyond_doubt(self) -> None:
        pug = (
            ".talk\n  h3 Sea ice from buoys\n  p.who Lene Haugland\n"
            ".talk\n  h3 Seabirds by drone\n  p.who Tomasz Wrona\n"
            ".talk\n  h3 Roads on permafrost\n  p.who Aiyana Redcloud\n"
        )
        assert indent_markup.strong(pug)
        assert not indent_markup.strong(self.TAGGED_NOTES)

    FILMS = (
        "---\ntitle: Holidays\n---\n\n"
        "On the plane I saw *Arrival* by Denis Villeneuve, and at home *Heat* by Michael"
        " Mann on the couch.\n\nAlso *Alien* by Ridley Scott.\n"
    )

    def test_a_work_by_its_author_is_no_sentence_talk(self) -> None:
        assert sentence_talks.find(self.FILMS) == []
        assert sentence_talks.vouched(self.FILMS) == 0

    def test_a_talk_word_lets_a_bare_by_name_the_speaker(self) -> None:
        talk = "# Notes\n\nThe keynote was *Arrival of the Types* by Mei Tanaka.\n"
        assert [(t.title, t.speakers[0].name) for t in sentence_talks.find(talk)] == [
            ("Arrival of the Types", "Mei Tanaka")
        ]
        titled = self.FILMS.replace("title: Holidays", "title: Talks I saw")
        assert {t.title for t in sentence_talks.find(titled)} == {"Arrival", "Heat", "Alien"}
        listed = self.FILMS.replace("title: Holidays", "title: Holidays\nspeakers: Ridley Scott")
        assert [t.title for t in sentence_talks.find(listed)] == ["Alien"]
