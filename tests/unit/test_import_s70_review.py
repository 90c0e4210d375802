"""Near misses found by the code review of stop 70's importer changes."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import indent_markup, sentence_talks
from confnotes.importers.cjk_talk_lines import cjk_title_and_speaker
from confnotes.importers.name_first import _unquoted, _word_before
from confnotes.importers.persons import vouched_by
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import series_weekday

from .importing import people_of, read, speakers_by_title


def _starts(text: str) -> dict[str, datetime | None]:
    programme = parse_programme(text.encode(), "x.md")
    return {t.title: t.start for t in programme.talks}


# r2: series weekdays need a cue that they repeat; an hour word after a length is no
# clock; the name-first reader looks back for a stop's word without rescanning.
class Testr2:
    CLUB = """\
# Rust Reading Club Malmo

Sessions are 17:30-19:00, tea provided.

- 2 May 2024: Lifetimes explained
- 9 May 2024: Error handling
- 14 May 2024: Macros by example
"""

    TALLER = """\
# Grupo de Estudio de Go

Quedamos todos los martes, bloques de 3 horas en el aula 12.

- 7 de mayo de 2024: Canales
- 14 de mayo de 2024: Genéricos
"""

    ATELIER = """\
# Atelier Haskell

On se retrouve tous les mercredis pendant 3 heures.

- 8 mai 2024 : Monades
- 15 mai 2024 : Lentilles
"""

    def test_an_english_word_that_is_a_weekday_abbreviation_ties_no_hours(self) -> None:
        # "are" is Sunday in one locale: the hours are still every meeting's
        starts = _starts(self.CLUB)
        assert starts["Lifetimes explained"] == datetime(2024, 5, 2, 17, 30)
        assert starts["Macros by example"] == datetime(2024, 5, 14, 17, 30)

    def test_a_series_weekday_needs_a_cue_and_a_whole_name(self) -> None:
        assert series_weekday("Talks are 18:00-20:00, pizza after.") is None
        assert series_weekday("the art of bars, don and ben did") is None
        assert series_weekday("We meet every Thursday") == 3
        assert series_weekday("Talks on Wednesdays") == 2
        assert series_weekday("tous les jeudis") == 3
        assert series_weekday("mittwochs im Raum 2") == 2
        assert series_weekday("jeden Freitag") == 4
        assert series_weekday("todos los viernes") == 4
        assert series_weekday("毎週水曜日に集まります") == 2

    def test_hours_said_as_a_length_are_no_start(self) -> None:
        assert set(_starts(self.TALLER).values()) == {None}
        assert set(_starts(self.ATELIER).values()) == {None}

    def test_the_word_before_a_stop_is_read_back_from_it(self) -> None:
        text = "Dept.  of Physics. Quantum dots"
        for stop in (4, 17):
            assert _word_before(text, stop) == (text[:stop].split() or [""])[-1]
        assert _word_before("   ", 2) == ""
        assert _unquoted("Ana Ruiz, Inst. of Optics. Light in fibres.") == (
            "Ana Ruiz",
            "Inst. of Optics",
            "Light in fibres",
        )


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


# r1: Chinese title/speaker split — common words after a bar are no people; the title is
# split after its kind's label and its clock are taken off
class Testr1:
    STUDY_NOTES = """# 读书会记录

## Docker | 高可用

要点若干

## 服务网格 | 月报

要点若干

## Go | 常见问题

要点若干
"""

    def test_common_words_after_a_bar_are_no_speakers(self) -> None:
        programme = read(self.STUDY_NOTES, "notes.md")
        assert not people_of(programme) & {"高可用", "月报", "常见问题"}

    def test_a_navigation_line_is_no_talk_line(self) -> None:
        with vouched_by("首页｜关于我们\n"):
            assert cjk_title_and_speaker("首页｜关于我们") is None
            assert cjk_title_and_speaker("产品介绍｜联系方式") is None

    def test_a_duty_is_no_speaker_role(self) -> None:
        text = "# 勉強会\n\n## 受付担当：佐藤さん\n\nメモ\n\n## 司会担当：高橋さん\n\nメモ\n"
        programme = read(text, "memo.md")
        assert all(not t.speakers for t in programme.talks)

    def test_names_still_follow_a_bar_or_a_role_word(self) -> None:
        with vouched_by("云计算\n"):
            split = cjk_title_and_speaker("分布式事务的实践｜欧阳晓峰")
            assert split is not None and split[0] == "分布式事务的实践"
            assert [p.name for p in split[1]] == ["欧阳晓峰"]
            found = cjk_title_and_speaker("容器安全 讲师：韩雪")
            assert found is not None and [p.name for p in found[1]] == ["韩雪"]

    def test_the_title_is_split_without_its_kind_and_clock(self) -> None:
        text = """# 开发者峰会

## Keynote: 云原生存储的演进｜许文博

讲稿

## 09:00-09:40 编译器优化入门｜唐静

讲稿
"""
        assert speakers_by_title(read(text, "summit.md")) == {
            "云原生存储的演进": ["许文博"],
            "编译器优化入门": ["唐静"],
        }
