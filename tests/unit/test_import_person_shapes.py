"""The one person test on names of many shapes, and on words shaped like names that are
no one's: what a user sees when a programme names (or seems to name) people."""

from __future__ import annotations

from confnotes.importers.persons import (
    is_person_name,
    names_a_group,
    split_speakers,
    vouched_by,
)
from confnotes.importers.registry import parse_programme


def _people(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, p.affiliations) for p in split_speakers(text)]


def test_pronouns_after_a_name_are_neither_an_affiliation_nor_a_person() -> None:
    assert _people("Lena Okafor (she/her), Tidewater Labs") == [("Lena Okafor", ["Tidewater Labs"])]
    assert _people("Rafael Duarte, they/them") == [("Rafael Duarte", [])]
    assert _people("Jonte Berg (er/ihm)") == [("Jonte Berg", [])]


def test_a_fediverse_handle_after_a_name_is_how_to_reach_them() -> None:
    assert _people("Mirela Costa @mirela@social.example") == [("Mirela Costa", [])]


def test_chained_academic_titles_and_degrees_are_no_part_of_the_name() -> None:
    assert _people("Prof. dr. ir. Joost van Leeuwen") == [("Joost van Leeuwen", [])]
    assert _people("PD Dr. Frieda Albers") == [("Frieda Albers", [])]
    assert _people("Asst. Prof. Mei Tanaka") == [("Mei Tanaka", [])]
    assert _people("Lic. Rosario Vidal") == [("Rosario Vidal", [])]
    assert _people("Rosa Quint, PhD") == [("Rosa Quint", [])]
    assert _people("Tobias Lind M.D.") == [("Tobias Lind", [])]


def test_a_label_before_a_title_is_no_part_of_a_name() -> None:
    # the person begins at the title: "Festvortrag von" says the kind of slot
    assert not is_person_name("Abendvortrag von Prof. Dr. Ilse Brandt")
    assert _people("Prof. Dr. Ilse Brandt") == [("Ilse Brandt", [])]


def test_a_particle_before_an_acronym_is_an_organisation() -> None:
    assert not is_person_name("Grupo de Datos de la UPV")
    # a list is people only when every part is someone
    assert _people("Equipo Abierto de la UPV y Sofía Méndez") == []
    assert is_person_name("Maria de SOUZA")  # a surname in capitals after its particle
    assert is_person_name("Luis de la Fuente")


def test_a_session_label_is_followed_by_its_theme() -> None:
    assert names_a_group("Oral Session III")
    assert names_a_group("Track B")
    assert names_a_group("Sesión 2")
    assert not names_a_group("Keynote")
    data = b"""- title: "Paper Session 2: Quiet Harbours"
  start_time: 2031-05-14 10:00:00
  end_time: 2031-05-14 10:45:00
- title: "Keynote: Odile Marchetti"
  start_time: 2031-05-14 11:00:00
  end_time: 2031-05-14 11:45:00
"""
    programme = parse_programme(data, "program.yml")
    people = {p.name for t in programme.talks for p in t.speakers}
    assert people == {"Odile Marchetti"}  # "Quiet Harbours" is the session's theme


def test_a_chinese_name_begins_with_a_family_name() -> None:
    with vouched_by("日程 签到 破冰"):  # a document in Chinese: no kana
        assert not is_person_name("签到")  # check-in
        assert not is_person_name("茶歇")  # tea break
        assert is_person_name("周敏")
        assert is_person_name("欧阳晓")
        assert is_person_name("司马光")
    with vouched_by("こんにちは 山田さん"):  # a Japanese document: family names are open
        assert is_person_name("佐藤")


def test_a_korean_name_begins_with_a_family_name() -> None:
    assert is_person_name("박지은")
    assert is_person_name("남궁민")
    assert not is_person_name("후기록")  # a word of a heading, no family name first


def test_a_row_of_a_chinese_agenda_naming_an_activity_is_no_one() -> None:
    text = """## 活动议程

14:00-14:20 签到
14:20-14:40 破冰 (每人一句话)
14:40-15:20 向量检索的工程实践 周敏
15:20-15:30 茶歇
"""
    programme = parse_programme(text.encode(), "agenda.md")
    people = {p.name for t in programme.talks for p in t.speakers}
    assert "破冰" not in people and "签到" not in people


def test_a_titled_name_says_which_side_of_a_colon_is_the_person() -> None:
    text = """## Vorträge

* Dr. Wiebke Sander: Umbau von Lagerhallen
* Prof. Dr. Arno Kessel: Klima und Boden
* Till Rahn: Wie man Brücken prüft
"""
    programme = parse_programme(text.encode(), "vortraege.md")
    got = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    # "Umbau von Lagerhallen" is shaped like "Jens von Lindeiner"; the title says who
    assert got["Umbau von Lagerhallen"] == ["Wiebke Sander"]
    assert got["Klima und Boden"] == ["Arno Kessel"]


def test_a_name_the_document_writes_after_a_title_vouches_for_its_words() -> None:
    # "Henning" ends like "Building"; the document writes it after "Dr." elsewhere
    assert not is_person_name("Henning Solberg")
    with vouched_by("Dr. Henning Brandt spricht zuerst."):
        assert is_person_name("Henning Solberg")
    text = """## Vorträge

* Dr. Henning Brandt: Stahl im Wandel
* Henning Solberg: Wie man Karten liest
* Prof. Dr. Ute Falk: Licht und Glas
"""
    programme = parse_programme(text.encode(), "vortraege.md")
    got = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert got["Wie man Karten liest"] == ["Henning Solberg"]


def test_a_day_s_notes_file_holds_its_talks_not_one_title() -> None:
    text = """# 型推論の実務

## なぜ必要か

- 静的解析

# 分散キャッシュ入門

## まとめ

- 一貫性
"""
    programme = parse_programme(text.encode(), "day2.md")
    assert [t.title for t in programme.talks] == ["型推論の実務", "分散キャッシュ入門"]


def test_an_organisation_the_programme_names_as_an_affiliation_is_no_speaker() -> None:
    text = """# Harbour Day

- 09:00 **Tides** — Ana Ruiz (Harbour Works)
- 10:00 **Sponsor talk** — Harbour Works
- 11:00 **Currents** — Bo Lindqvist
"""
    programme = parse_programme(text.encode(), "day.md")
    got = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert got == {"Tides": ["Ana Ruiz"], "Sponsor talk": [], "Currents": ["Bo Lindqvist"]}


def test_chinese_names_in_pinyin_with_a_capital_family_name_or_joined_syllables() -> None:
    assert is_person_name("Dong LI")
    assert is_person_name("XiaoLin Hu")
    assert not is_person_name("AI ML")
    assert not is_person_name("DevOps Days")


def test_a_break_s_brackets_say_something_of_the_break_not_who_speaks() -> None:
    from confnotes.importers.title_speakers import title_and_speakers

    assert title_and_speakers("Lunch (Sold Out)") == ("Lunch (Sold Out)", [])
    assert title_and_speakers("Coffee Break (Foyer Gallery)")[1] == []
    assert [p.name for p in title_and_speakers("Taming Postgres (Ana Ruiz)")[1]] == ["Ana Ruiz"]


def test_closed_class_words_and_kinds_of_event_are_no_one_s_name() -> None:
    for phrase in ["Women Who Code", "Ask Me Anything", "Your Host", "Members Only"]:
        assert not split_speakers(phrase), phrase
    assert not is_person_name("Harbour Data Festival")
    assert not is_person_name("Alpine Glaciology Days")
    assert is_person_name("Forum Shah")  # a given name may be such a word
