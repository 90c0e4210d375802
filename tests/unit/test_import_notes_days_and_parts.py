"""People's notes of several days, as they write them (issue 33): a day heading in ISO's
digits alone (``# 20240611``), talks one level under it whose own sub-headings are
parts of the talk even when two of them look like names ("Business Benefits"); a list
under a heading that says it holds talks, each item naming its speaker in brackets
(``(von @handle)``); a post whose title says it reports on an event before its
subtitle; a Korean heading that is a word, not a name."""

from __future__ import annotations

from datetime import date

from confnotes.importers.registry import parse_programme, text_readings
from confnotes.importers.when import find_date


def _read(text: str, name: str = "notes.md") -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


def test_iso_digits_alone_are_a_day_and_nothing_else_is() -> None:
    assert find_date("20240611", 2024)[0] == date(2024, 6, 11)
    assert find_date("build 20241399", 2024)[0] is None  # no thirteenth month
    assert find_date("IMG_20240611.jpg", 2024)[0] is None
    assert find_date("order 2024061100", 2024)[0] is None


_DAYS = """# 20240611

## Opening: Why automation projects stall

Culture first, then tools.

## Migrating a fleet without downtime

### The Problem

Many regions, one change window.

### Rollout Plan

Canary first.

### Business Benefits

Fewer pages at night.

### Lessons

Write the runbook before the migration.

## Testing playbooks in CI

Containers per scenario.

# 20240612

## Policy as code at a bank

### Approach

Small steps.

### Culture Change

Pairing with auditors.

### Obstacles

Legacy approvals.

## Closing Q&A with the maintainers

Questions about the roadmap.
"""


def test_talks_under_day_headings_keep_their_parts_even_when_parts_look_like_names() -> None:
    programme = parse_programme(_DAYS.encode(), "fest.md")
    talks = {t.title: t for t in programme.talks if t.kind != "other"}
    assert "Migrating a fleet without downtime" in talks
    assert "Policy as code at a bank" in talks
    assert "Business Benefits" not in talks and "Culture Change" not in talks
    assert talks["Testing playbooks in CI"].day == date(2024, 6, 11)
    assert talks["Policy as code at a bank"].day == date(2024, 6, 12)
    assert not programme.roles  # no part heading was taken for a person


def test_a_list_under_a_heading_saying_talks_names_speakers_in_brackets() -> None:
    talks = _read(
        "---\ntitle: Barcamp Leipzig 2022\n---\n\n"
        "## Wie war es?\n\nVoll, laut und sehr gut.\n\n"
        "## Die Vorträge\n\n"
        "- Offline first mit Service Workern (von [@lenaweb](https://example.org/lena))\n"
        "- Barrierefreie Formulare (von [@tobi_a11y](https://example.org/tobi))\n"
        "- Testen ohne Mocks (von Henrike)\n"
        "- Ein Abend mit WebGPU\n",
        "barcamp.md",
    )
    assert talks["Offline first mit Service Workern"] == ["lenaweb"]
    assert talks["Barrierefreie Formulare"] == ["tobi_a11y"]
    assert talks["Testen ohne Mocks"] == ["Henrike"]
    assert talks["Ein Abend mit WebGPU"] == []  # most items name theirs: this is one too


def test_a_report_title_before_its_subtitle_says_the_post_holds_several_talks() -> None:
    text = (
        "---\ntitle: 'DevTools Summit 2026 参加レポート：エージェント時代のテスト'\n---\n\n"
        "## はじめに\n\n二日間参加しました。\n\n"
        "## ① キーノート ― 次のエディタ\n\n新しい機能の話。\n\n"
        "## ② テストを先に書くエージェント\n\n検証を最初から組み込む。\n\n"
        "## ③ 本番へ出すための責務分離\n\n決定論的な部分を分ける。\n\n"
        "## まとめ\n\n学びが多かった。\n"
    )
    programme = parse_programme(text.encode(), "report.md")
    titles = [t.title for t in programme.talks]
    assert any("テストを先に書く" in t for t in titles)
    assert any("責務分離" in t for t in titles)


def test_a_korean_word_heading_under_the_title_names_no_speaker() -> None:
    text = (
        "# 2023 devday day1\n\n"
        "## 소개\n\n발표들을 듣고 메모한 문서입니다.\n\n"
        "## 쿠버네티스 배포 자동화\n\n* 파이프라인을 코드로\n\n"
        "## 모바일 앱 품질 관리\n\n* 코드리뷰 자동화\n\n"
        "## 검색 랭킹 실험\n\n* A/B 테스트\n"
    )
    programme = parse_programme(text.encode(), "devday.md")
    assert "소개" not in {p.name for t in programme.talks for p in t.speakers}
    assert not programme.roles
    assert {"쿠버네티스 배포 자동화", "모바일 앱 품질 관리"} <= {t.title for t in programme.talks}


def test_headings_that_are_only_its_speakers_names_are_no_talks_of_their_own() -> None:
    text = (
        "# Search ranking in practice\n\n"
        "## Speakers: Ana Ruiz and Tomás Ibarra\n\nTwo engineers of one team.\n\n"
        "## Ana Ruiz\n\n### Features\n\nclick data\n\n### Models\n\ngradient boosting\n\n"
        "## Tomás Ibarra\n\n### Sentiment Signals\n\nreviews\n\n#### Training data\n\n"
        "by hand\n\n### How to evaluate\n\noffline first\n\n### Tools\n\nnotebooks\n"
    )
    ranked = {r.shape: r for r in text_readings(text.encode(), "search-ranking.md")}
    # the reading that makes "## Ana Ruiz" a talk ranks below the one talk they gave
    assert ranked["sections"].score < ranked["talk"].score
    talk = ranked["talk"].programme.talks[0]
    assert {p.name for p in talk.speakers} == {"Ana Ruiz", "Tomás Ibarra"}


def test_numbered_parts_of_numbered_talks_stay_parts_however_many() -> None:
    parts = "".join(f"### 4.{n} 要点{n}\n\n内容。\n\n" for n in range(1, 8))
    text = (
        "# 研讨会 2031 参会笔记：代理协议\n\n## 一、背景\n\n介绍。\n\n"
        "## 二、演讲一：网络架构\n\n### 2.1 目的\n\n框架。\n\n### 2.2 目标\n\n对齐。\n\n"
        "## 三、演讲二：代理发现\n\n### 3.1 问题\n\n发现。\n\n### 3.2 方案\n\n协议。\n\n"
        "## 四、演讲三：安全协作\n\n" + parts + "### Tips（我的理解）\n\n值得关注。\n"
    )
    programme = parse_programme(text.encode(), "notes.md")
    titles = {t.title for t in programme.talks if t.kind != "other"}
    assert not any(t.startswith(("4.", "2.", "3.")) for t in titles)
    assert "我的理解" not in {p.name for t in programme.talks for p in t.speakers}
