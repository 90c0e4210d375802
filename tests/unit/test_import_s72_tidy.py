"""Stop 72's tidying of the importers, as a reader of programmes notices it: one table of
the speaker's role words in Chinese, Japanese and Korean read by every reader that needs
them (by-lines and sentences alike), with the near misses each reader already refused."""

from __future__ import annotations

from confnotes.importers import php_data, script_data, sentence_talks
from confnotes.importers.fields import CJK_SPEAKER_WORDS
from confnotes.importers.persons import name_after_role, vouched_by

CHINESE = "一段中文文字"
"""A document's text without kana: Han names open on a Chinese family name."""


BYLINES = {
    "云杉数据首席工程师程远航": ("程远航", "云杉数据首席工程师"),  # a job title, then the name
    "云杉数据演讲者程远航": ("程远航", "云杉数据演讲者"),  # a speaker's role of the one table
    "云杉数据主讲嘉宾程远航": ("程远航", "云杉数据主讲嘉宾"),
    "云杉数据讲师 Mira Holm": ("Mira Holm", "云杉数据讲师"),
    "云杉数据首席程远航": None,  # "chief" alone is no job
    "云杉数据担当程远航": None,  # an organiser's duty, no speaker's role
    "开源的大数据技术生态": None,  # a title's last two signs
}
"""Chinese by-lines and who they name after a job or a role, near misses naming no one."""


def test_a_chinese_byline_names_the_person_after_a_job_or_a_speaker_role_only() -> None:
    with vouched_by(CHINESE):
        found = {line: name_after_role(line) for line in BYLINES}
    assert found == BYLINES
    with vouched_by("ひらがなの文書"):  # Japanese: names are read by their shape
        assert name_after_role("云杉数据演讲者程远航") is None


def test_sentences_know_every_speaker_role_of_the_one_table_and_their_own_phrase() -> None:
    assert set(CJK_SPEAKER_WORDS) <= sentence_talks.ROLE_WORDS
    assert {"作者是", "演讲人", "by", "speaker"} <= sentence_talks.ROLE_WORDS
    assert "担当" not in sentence_talks.ROLE_WORDS  # the one at the desk gives no talk


PHP_PAGE = """<?php
$sessions[] = ['title' => 'Tide tables by hand', 'speaker' => 'Mira Holm'];
// a comment with [brackets] is no array
$count = count($sessions);
?>
<h1>Programme</h1>
<?php
$sessions[] = ['title' => 'Salt and circuits', 'speaker' => 'Tomás Vidal'];
return ['venue' => 'Hall 3'];
"""


def test_php_and_javascript_files_are_scanned_alike_for_their_data() -> None:
    # PHP: arrays appended one at a time are one list, code and markup between skipped
    assert php_data.literals(PHP_PAGE) == [
        (
            "sessions",
            [
                {"title": "Tide tables by hand", "speaker": "Mira Holm"},
                {"title": "Salt and circuits", "speaker": "Tomás Vidal"},
            ],
        ),
        ("default", {"venue": "Hall 3"}),
    ]
    script = (
        "const talks = [{title: 'Reef sensors', speaker: 'Ana Ruiz'}];\n"
        "const sizes = [1, 2, 3];  // no text: no data\n"
        "const view = render(talks.map(t => `${t.title}`));\n"
        "export default {title: 'Harbour Days'};\n"
    )
    assert script_data.literals(script) == [
        ("talks", [{"title": "Reef sensors", "speaker": "Ana Ruiz"}]),
        ("default", {"title": "Harbour Days"}),
    ]
