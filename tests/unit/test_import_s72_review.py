"""Stop 72, review: near misses of the session's new readings on ordinary documents they
were not built for, which must come out as well as before (class by reviewer)."""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.org_bylines import person_at_org
from confnotes.importers.persons import named_by_role
from tests.unit.importing import people_of, read, speakers_by_title


class TestRb:
    def test_a_row_read_both_ways_is_no_bio_section_folded_into_its_mirror(self) -> None:
        # a copied day's list whose first title is shaped as a name: the whole reading
        # turned that row round; the part's reading has it the right way: neither is a
        # bio of the other, and the title never becomes a speaker
        text = """# Frontend Notes

## Keynote: Pages That Wait (12 May 2025)

Speaker: Nora Feld

Liked the part on loading states.

## Second day schedule I copied

- 09:00 Signals Everywhere — Lena Vogt
- 10:00 CSS Layers in Practice — Sara Kim
- 11:00 Edge Rendering — Priya Nair
"""
        programme = read(text, "notes.md")
        assert "Signals Everywhere" not in people_of(programme)
        assert "Edge Rendering" not in people_of(programme)
        body = "\n".join(t.body for t in programme.talks)
        assert "Liked the part on loading states." in body

    def test_a_template_call_quoted_in_a_code_sample_keeps_its_bytes(self) -> None:
        # an HTML export of someone's notes on a talk about translating templates: the
        # calls shown in its code sample are the notes' words, not the page's
        snippet = '{% trans "Guten Morgen" %}\n{{ _("Kaffeepause") }}'
        text = f"""<!DOCTYPE html><html><head><title>Templating Day notes</title></head><body>
<h1>Templating Day notes</h1>
<h2>Strings in templates — Jonas Brandt</h2>
<p>The two spellings he showed:</p>
<pre><code>{snippet}
</code></pre>
<p>Plurals need the block form.</p>
<h2>Caching fragments — Ines Moreau</h2>
<p>Measure first.</p>
</body></html>
"""
        programme = read(text, "notes.html")
        assert any(snippet in t.body for t in programme.talks)

    def test_a_template_page_s_calls_outside_code_are_still_its_words(self) -> None:
        from confnotes.importers.template_words import translated

        page = '<td>{{ _("Kaffeepause") }}</td><pre>{{ _("x") }}</pre><p>{% trans "Tschüss" %}</p>'
        out = translated(page)
        assert len(out) == len(page)
        assert "Kaffeepause" in out and '{{ _("x") }}' in out and "{% trans" not in out

    def test_a_markdown_note_opening_on_a_comment_over_a_centred_banner_stays_markdown(
        self,
    ) -> None:
        text = """<!-- synced from my phone -->
<div align="center">
<img src="banner.jpg" width="240">
</div>

## Keynote — Odile Marchand
The opening set the tone.
"""
        assert not doctree.looks_like_html_page(text)
        assert "Odile Marchand" in people_of(read(text, "keynote.md"))

    def test_pasted_bold_times_under_a_comment_keep_the_note_s_own_line(self) -> None:
        text = """<!-- copied from the event page -->
<b>14:00</b> Doors — Ivo Petrov<br>
<b>14:30</b> Small Teams, Big Systems — Mira Holm<br>
<b>15:30</b> Caches Lie — Tarek Aziz<br>
remember: ask Mira for her slides
"""
        assert not doctree.looks_like_html_page(text)
        body = "\n".join(t.body for t in read(text, "afternoon.txt").talks)
        assert "remember: ask Mira for her slides" in body


class TestRa:
    def test_a_by_line_naming_a_room_or_a_day_gives_no_workplace(self) -> None:
        assert person_at_org("by", "Lena Berg at Room C") == []
        assert person_at_org("by", "Lena Berg from Tuesday") == []
        text = "# Tidal queues\n\nby Lena Berg at Room C\n\nShe spoke about backpressure.\n"
        talks = read(text, "queues.md").talks
        assert not any(p.affiliations == ["Room C"] for t in talks for p in t.speakers)

    def test_a_german_name_with_von_after_two_given_names_stays_whole(self) -> None:
        assert person_at_org("von", "Karl Heinrich von Ostwald") == []
        text = "# Licht und Wellen\n\nvon Karl Heinrich von Ostwald\n\nÜber Optik.\n"
        assert people_of(read(text, "licht.md")) == {"Karl Heinrich von Ostwald"}
        # the mechanism's own case still holds: a company in capitals, or two words
        assert person_at_org("von", "Jonas Weber von SAP")[0].affiliations == ["SAP"]

    def test_the_same_talk_on_two_named_days_stays_twice(self) -> None:
        text = (
            "days:\n"
            "  - day: Monday\n"
            "    talks:\n"
            "      - {title: Knots for sailors, speaker: Lena Berg, time: '10:00'}\n"
            "      - {title: Reading tides, speaker: Omar Haddad, time: '11:00'}\n"
            "  - day: Tuesday\n"
            "    talks:\n"
            "      - {title: Knots for sailors, speaker: Lena Berg, time: '10:00'}\n"
            "      - {title: Mending nets, speaker: Ines Duarte, time: '11:00'}\n"
        )
        titles = [t.title for t in read(text, "schedule.yml").talks]
        assert titles.count("Knots for sailors") == 2

    def test_the_same_talk_under_two_weekday_keys_stays_twice(self) -> None:
        text = (
            "monday:\n"
            "  - {title: Knots for sailors, speaker: Lena Berg, time: '10:00'}\n"
            "  - {title: Reading tides, speaker: Omar Haddad, time: '11:00'}\n"
            "tuesday:\n"
            "  - {title: Knots for sailors, speaker: Lena Berg, time: '10:00'}\n"
            "  - {title: Mending nets, speaker: Ines Duarte, time: '11:00'}\n"
        )
        titles = [t.title for t in read(text, "schedule.yml").talks]
        assert titles.count("Knots for sailors") == 2

    def test_numbered_talks_whose_time_is_not_known_stay_talks(self) -> None:
        # a series numbered among timed rows, and one-off numbered titles: talks, no chairs
        series = (
            "time,title,speaker\n"
            ",Seminar 1,Lena Berg\n"
            "09:00,Seminar 2,Lena Berg\n"
            "10:00,Seminar 3,Lena Berg\n"
            ",Seminar 4,Omar Haddad\n"
            "11:00,Seminar 5,Omar Haddad\n"
            "12:00,Seminar 6,Omar Haddad\n"
        )
        programme = read(series, "seminars.csv")
        assert "Seminar 1" in speakers_by_title(programme)
        assert not [r for r in programme.roles if r.role == "chair"]
        one_offs = (
            "time,title,speaker\n"
            "09:00,Opening,Ines Duarte\n"
            ",Knots Part II,Lena Berg\n"
            "10:00,Reading tides,Omar Haddad\n"
            ",Sails Lecture 3,Chen Wei\n"
            "11:00,Mending nets,Bo Lindqvist\n"
            "12:00,Closing,Ines Duarte\n"
        )
        talks = speakers_by_title(read(one_offs, "talks.csv"))
        assert talks["Knots Part II"] == ["Lena Berg"]
        assert talks["Sails Lecture 3"] == ["Chen Wei"]

    def test_a_post_header_naming_the_speaker_gives_the_speaker(self) -> None:
        text = "Title: Reading tides\nDate: 2031-05-04\nSpeaker: Omar Haddad\n\nThe moon does it.\n"
        programme = read(text, "tides.md")
        assert speakers_by_title(programme) == {"Reading tides": ["Omar Haddad"]}
        assert "Speaker: Omar Haddad" in programme.talks[0].body
        # near miss: the header's author wrote the post
        text = "Title: Reading tides\nDate: 2031-05-04\nAuthor: Omar Haddad\n\nThe moon.\n"
        assert people_of(read(text, "tides.md")) == set()

    def test_a_trades_words_after_a_title_are_no_name(self) -> None:
        for words in ("Ing. de redes", "Analista de datos senior", "Lic. en Sistemas"):
            assert named_by_role(words) is None
        person = named_by_role("MSc. Kofi Mensah asante")
        assert person is not None and person.name == "Kofi Mensah asante"

    def test_notes_on_a_talk_whose_title_opens_on_talks_keep_that_title(self) -> None:
        # "on" says what the notes are about: the talk "Sessions at Sea", no event
        text = "# Notes on Sessions at Sea\n\nby Lena Berg\n\nLong days on deck.\n"
        assert [t.title for t in read(text, "sea.md").talks] == ["Sessions at Sea"]
        # the mechanism's own case: notes from an event's talks name the event
        text = "# Notes from the talks at Harbour Days\n\n## Tides\n\nby Lena Berg\n"
        assert read(text, "n.md").name == "Harbour Days"

    def test_small_dotted_numbers_in_start_fields_are_no_clocks(self) -> None:
        # "start: 1.5" counts hours into a course, no half past one at night
        text = (
            "- title: Knots\n  speaker: Lena Berg\n  start: 1.5\n  end: 2.5\n"
            "- title: Sails\n  speaker: Omar Haddad\n  start: 3.0\n  end: 4.0\n"
        )
        talks = read(text, "course.yaml").talks
        assert len(talks) == 2 and all(t.clock is None and t.start is None for t in talks)
        # the mechanism's own case: a day's dotted times are clocks
        text = text.replace("1.5", "9.45").replace("3.0", "11.00")
        clocks = [str(t.clock or t.start) for t in read(text, "day.yaml").talks]
        assert clocks == ["09:45:00", "11:00:00"]


def test_lines_of_bare_colons_give_a_programme_not_a_crash() -> None:
    # found by the property test: two lines of a lone colon are labels with no words
    from confnotes.importers import label_cycles

    assert label_cycles.titled_parts(":\n:") is None
    programme = read(":\n:\n", "colons.md")
    assert programme is not None
