# ruff: noqa: E501
"""Near misses found reviewing session 71's importer changes: ordinary documents the new
mechanisms were not built for, which must read as they did before them."""

from __future__ import annotations

from tests.unit.importing import people_of, read, speakers_by_title

# a table whose rows write "Title by Name", among them Title Case titles holding "by"
# before a capitalised word of their own

BY_LINES_AND_IDIOMS = """# Data Day 2032

| Time  | Talk |
|-------|------|
| 09:00 | Welcome |
| 09:30 | Scaling Postgres by Ana Ruiz |
| 10:15 | Stream Processing by Bo Lindqvist |
| 11:00 | Learning by Example |
| 11:45 | Privacy by Design by Carla Mendes |
| 12:30 | Lunch |
| 14:15 | Death by Accident |
"""

# the same in sentence case, one title naming what powers its subject after "by"

POWERED_BY = """# Search Evening 2032

| Time  | Talk |
|-------|------|
| 18:00 | Doors open |
| 18:30 | Ranking with embeddings by Ana Ruiz |
| 19:00 | Search at scale powered by Elixir |
| 19:30 | Typo tolerance explained by Bo Lindqvist |
| 20:00 | Small indexes by Okonkwo |
"""

# a panel's cell listing its panellists, each with the firm they work for in brackets

PANEL_CELL = """## Programme

### Saturday 12 June 2032

| Time  | Session |
|-------|---------|
| 09:00 | Registration |
| 10:00 | *Compilers for fun* (Ana Ruiz) |
| 11:00 | **Panel: The future of open source**<br>• Bo Lindqvist (GitHub)<br>• Carla Mendes (Red Hat)<br>• Dieter Braun (Mozilla) |
| 12:00 | Lunch |
| 13:00 | *Data pipelines* (Erik Holm) |
| 14:00 | *Type systems* (Fatima Zahra) |
"""

# a day's slots keyed by 12-hour clocks, dumped by a tool that sorts keys as strings

SORTED_CLOCK_KEYS = """date: 2032-06-12
slots:
  '1:30 PM':
  - speaker: 'Carla Mendes'
    title: 'Data pipelines in practice'
  '10:00 AM':
  - speaker: 'Ana Ruiz'
    title: 'Compilers for fun'
  '11:00 AM':
  - speaker: 'Bo Lindqvist'
    title: 'Testing at scale'
  '12:30 PM':
    title: 'Lunch'
  '3:00 PM':
  - speaker: 'Dieter Braun'
    title: 'Type systems for everyone'
  '9:00 AM':
    title: 'Registration'
"""

# by-lines whose titles hold a stressed phrase in brackets, no material link

STRESSED_ASIDES = """# Py Evening 2032

| Time  | Talk |
|-------|------|
| 18:00 | Doors open |
| 18:30 | Dataframes with *pandas* (*and polars*) by Ana Ruiz |
| 19:00 | Packaging explained by Carla Mendes |
"""


class TestRa:
    def test_a_title_case_idiom_after_by_names_no_one_among_by_lines(self) -> None:
        programme = read(BY_LINES_AND_IDIOMS, "dataday.md")
        got = speakers_by_title(programme)
        assert got.get("Learning by Example") == []
        assert got.get("Death by Accident") == []
        assert got["Scaling Postgres"] == ["Ana Ruiz"]
        assert not people_of(programme) & {"Example", "Accident"}

    def test_a_participle_before_by_leaves_the_title_whole(self) -> None:
        programme = read(POWERED_BY, "evening.md")
        got = speakers_by_title(programme)
        assert got.get("Search at scale powered by Elixir") == []
        assert got["Small indexes"] == ["Okonkwo"]
        assert "Elixir" not in people_of(programme)

    def test_a_cell_listing_panellists_and_their_firms_is_no_list_of_talks(self) -> None:
        programme = read(PANEL_CELL, "programme.md")
        titles = {t.title for t in programme.talks}
        assert "Panel: The future of open source" in titles
        assert not people_of(programme) & {"Red Hat", "GitHub", "Mozilla"}
        assert not titles & {"Carla Mendes", "Bo Lindqvist (GitHub)"}

    def test_clock_keys_sorted_as_strings_keep_their_am_and_pm(self) -> None:
        programme = read(SORTED_CLOCK_KEYS, "day.yml")
        starts = {t.title: t.start.strftime("%H:%M") for t in programme.talks if t.start}
        assert starts["Data pipelines in practice"] == "13:30"
        assert starts["Registration"] == "09:00"
        assert starts["Compilers for fun"] == "10:00"

    def test_a_stressed_phrase_in_brackets_stays_in_the_title(self) -> None:
        got = speakers_by_title(read(STRESSED_ASIDES, "evening.md"))
        assert got["Dataframes with pandas (and polars)"] == ["Ana Ruiz"]


class TestRb:
    def test_bracketed_asides_in_japanese_notes_are_no_panel(self) -> None:
        # "(added)", "(later)": the writer's own remarks, turn after turn, no speakers
        text = (
            "# 読書会メモ\n\n## パネルトーク\n\n- 三人で話した\n"
            "- （補足）スライドは来週公開\n- （追記）録画も出るそうだ\n"
            "- （補足）次は秋葉原で\n- （追記）懇親会は満席\n"
            "- （補足）本は三冊紹介された\n- （追記）また行きたい\n"
        )
        programme = read(text, "notes.md")
        assert not {"補足", "追記"} & people_of(programme)

    def test_question_and_answer_marks_are_no_speakers(self) -> None:
        text = (
            "# 読書会メモ\n\n## 基調講演\n\n- 内容の要点\n"
            "- （質問）型チェックは必須ですか\n- （回答）新しいコードでは必須\n"
            "- （質問）移行にかかった期間は\n- （回答）半年ほど\n"
            "- （質問）チームの人数は\n- （回答）八人\n"
        )
        programme = read(text, "notes.md")
        assert not {"質問", "回答"} & people_of(programme)

    def test_an_honoured_team_is_no_person(self) -> None:
        # "運営 さん": the organising team, honoured as a person would be
        text = (
            "# 読書会\n\n| 時間 | タイトル | 発表者 |\n|---|---|---|\n"
            "| 18:00 | はじめに | 運営 さん |\n| 18:10 | 型ヒントの話 | 佐藤 花子 |\n"
            "| 19:00 | 懇親会 | 事務局 様 |\n"
        )
        programme = read(text, "x.md")
        assert not {"運営", "事務局"} & people_of(programme)
        assert speakers_by_title(programme)["型ヒントの話"] == ["佐藤 花子"]

    def test_an_honoured_korean_team_is_no_person(self) -> None:
        text = (
            "# 스터디\n\n| 시간 | 제목 | 발표자 |\n|---|---|---|\n"
            "| 19:00 | 인사말 | 운영진 님 |\n| 19:10 | 타입 힌트 이야기 | 이서연 |\n"
            "| 20:00 | 마무리 | 스태프 님 |\n"
        )
        assert not {"운영진", "스태프"} & people_of(read(text, "x.md"))

    def test_an_evening_clock_before_a_next_undated_day_stays_evening(self) -> None:
        # "Day one" / "Day two" give no dates: a night's demo is no slip for the morning
        text = (
            "# Hack Weekend 2031\n\n## Day one\n\n"
            "**9:00 am** Kick-off talk __Nora Sand__\n\n"
            "**10:00 am** Forming teams __Paul Weir__\n\n"
            "**10:30 pm** Midnight demos __Ida Berg__\n\n"
            "## Day two\n\n"
            "**11:00 am** Judging round __Tom Hale__\n\n"
            "**12:00 pm** Prizes __Nora Sand__\n"
        )
        programme = read(text, "x.md")
        starts = {t.title: t.start or t.clock for t in programme.talks}
        demo = next(v for k, v in starts.items() if k.endswith("demos"))
        assert demo is not None and demo.hour == 22

    def test_a_towns_article_stays_in_the_event_name(self) -> None:
        for opening, name in (
            ("Le Havre Data Day 2031 aura lieu le **4 avril** avec ce programme :",
             "Le Havre Data Day 2031"),
            ("Las Vegas Cloud Camp 2031 runs on **4 April** with this programme:",
             "Las Vegas Cloud Camp 2031"),
        ):  # fmt: skip
            text = (
                f"---\nlayout: page\ntitle: Programme\n---\n\n{opening}\n\n"
                "- **09h00** - Accueil\n"
                '- **09h30** - Conférence : "Des index partout" (Zoé Martin, Acme)\n'
                '- **10h30** - Conférence : "Des files sans peine" (Marc Petit)\n'
            )
            assert read(text, "programme.md").name == name

    def test_an_article_before_a_name_alone_on_its_line_stays(self) -> None:
        # a line that names the event and says nothing more is no sentence
        text = (
            "---\nlayout: page\ntitle: Programme\n---\n\n"
            "Les Journées Python Nantes 2031 — programme\n\n"
            "- **09h00** - Accueil\n"
            '- **09h30** - Conférence : "Des index partout" (Zoé Martin, Acme)\n'
            '- **10h30** - Conférence : "Des files sans peine" (Marc Petit)\n'
        )
        assert read(text, "programme.md").name == "Les Journées Python Nantes 2031"

    def test_a_title_over_an_honoured_speaker_stays_the_title(self) -> None:
        # one cell, the talk's title over its speaker's name and "さん"
        text = (
            "# 読書会 2031年6月3日\n\n| 時間 | 内容 |\n|---|---|\n"
            "| 18:00 | 静的解析入門<br>森田 さん |\n"
            "| 19:00 | 小さなチームの運用<br>井上 さん |\n"
            "| 20:00 | 懇親会 |\n"
        )
        talks = speakers_by_title(read(text, "x.md"))
        assert talks.get("静的解析入門") == ["森田"]
