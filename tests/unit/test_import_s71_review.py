"""Near misses found reviewing stop 71's mechanisms: ordinary documents they were not
built for, which must come out as they did before."""

from __future__ import annotations

from .importing import people_of, read, speakers_by_title


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
