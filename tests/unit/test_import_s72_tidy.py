"""Stop 72's tidying of the importers, as a reader of programmes notices it: one table of
the speaker's role words in Chinese, Japanese and Korean read by every reader that needs
them (by-lines and sentences alike), with the near misses each reader already refused."""

from __future__ import annotations

from confnotes.importers import sentence_talks
from confnotes.importers.fields import CJK_SPEAKER_WORDS
from confnotes.importers.persons import name_after_role, vouched_by

CHINESE = "一段中文文字"
"""A document's text without kana: Han names open on a Chinese family name."""


def test_a_chinese_byline_names_the_person_after_a_job_or_a_speaker_role() -> None:
    with vouched_by(CHINESE):
        # a job title, then the name
        assert name_after_role("云杉数据首席工程师程远航") == ("程远航", "云杉数据首席工程师")
        # a speaker's role word from the one table, then the name
        assert name_after_role("云杉数据演讲者程远航") == ("程远航", "云杉数据演讲者")
        assert name_after_role("云杉数据主讲嘉宾程远航") == ("程远航", "云杉数据主讲嘉宾")
        assert name_after_role("云杉数据讲师 Mira Holm") == ("Mira Holm", "云杉数据讲师")


def test_a_chinese_byline_without_a_job_or_role_or_with_a_duty_stays_unread() -> None:
    with vouched_by(CHINESE):
        assert name_after_role("云杉数据首席程远航") is None  # "chief" alone is no job
        assert name_after_role("云杉数据担当程远航") is None  # an organiser's duty
        assert name_after_role("开源的大数据技术生态") is None  # a title's last two signs
    with vouched_by("ひらがなの文書"):  # Japanese: names are read by their shape
        assert name_after_role("云杉数据演讲者程远航") is None


def test_sentences_know_every_speaker_role_of_the_one_table_and_their_own_phrase() -> None:
    assert set(CJK_SPEAKER_WORDS) <= sentence_talks.ROLE_WORDS
    assert {"作者是", "演讲人", "by", "speaker"} <= sentence_talks.ROLE_WORDS
    assert "担当" not in sentence_talks.ROLE_WORDS  # the one at the desk gives no talk
