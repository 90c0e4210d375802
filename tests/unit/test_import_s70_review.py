"""Near misses found by the review of stop 70's changes, one class per reviewer's mend."""

from __future__ import annotations

from confnotes.importers.cjk_talk_lines import cjk_title_and_speaker
from confnotes.importers.persons import vouched_by
from tests.unit.importing import people_of, read, speakers_by_title


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
