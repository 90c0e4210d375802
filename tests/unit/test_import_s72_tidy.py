"""Stop 72's tidying of the importers, as a reader of programmes notices it: one table of
the speaker's role words in Chinese, Japanese and Korean read by every reader that needs
them (by-lines and sentences alike); PHP and JavaScript data files scanned by one loop;
the heading reader's steps, each still reading its own shape; with the near misses each
already refused."""

from __future__ import annotations

from confnotes.importers import php_data, script_data, sentence_talks
from confnotes.importers.fields import CJK_SPEAKER_WORDS
from confnotes.importers.headings import read_heading
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


HEADINGS = {
    # a label that is a kind, then who and what
    "Keynote: Ana Ruiz - Tides of Data": ("Tides of Data", ["Ana Ruiz"], "keynote"),
    "基調講演「潮の流れ」 山田花子": ("潮の流れ", ["山田花子"], "keynote"),
    # a by-line, in French
    "«Les marées du code» par Léa Martin": ("Les marées du code", ["Léa Martin"], "talk"),
    # dashed parts: title, speaker, company; a time before them
    "Reef Sensors at Scale - Bo Lin - Harbour Labs": ("Reef Sensors at Scale", ["Bo Lin"], "talk"),
    "10:30 Salt and Circuits - Tomás Vidal": ("Salt and Circuits", ["Tomás Vidal"], "talk"),
    # a speaker before a colon, a speaker in the closing bracket
    "Ana Ruiz: Tides of Data": ("Tides of Data", ["Ana Ruiz"], "talk"),
    "Tides of Data (Ana Ruiz, Harbour Labs)": ("Tides of Data", ["Ana Ruiz"], "talk"),
    # near misses: a break's bracket and a session's theme name no one
    "Lunch (Sold Out)": ("Lunch (Sold Out)", [], "talk"),
    "Session 1: Ontology Standards": ("Ontology Standards", [], "talk"),
}
"""Headings and what each step of the heading reader makes of them, one per step."""


def test_each_step_of_the_heading_reader_still_reads_its_own_shape() -> None:
    found = {}
    for heading in HEADINGS:
        talk = read_heading(heading, 2031)
        found[heading] = (talk.title, [p.name for p in talk.speakers], talk.kind)
    assert found == HEADINGS


def test_a_panel_moderated_by_someone_gives_its_chair_not_a_speaker() -> None:
    talk = read_heading("Panel: Who owns the harbour? – moderated by Mira Holm", 2031)
    assert (talk.title, talk.speakers, talk.kind) == ("Who owns the harbour?", [], "panel")
    assert [p.name for p in talk.chairs] == ["Mira Holm"]
