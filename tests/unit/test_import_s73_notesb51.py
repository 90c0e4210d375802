"""Notes posts and folders of notes (stop 73, notesb51): the sessions attended listed
under a heading that says so among the writer's own words, a speaker's label over a list
of names (``Intervenant·e·s :``, ``Speakers:``), initials written without full stops
(``TJ Okafor``), two drafts of one talk's notes in one folder."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.headings import bare_key
from tests.unit.folder_fixtures import read_files, talk_speakers
from tests.unit.importing import read, speakers_by_title


def _talks(text: str, name: str) -> list[str]:
    return [t.title for t in read(text, name).talks if t.kind != "other"]


JA_POST = """+++
date = "2031-05-20T00:00:00Z"
title = "FooConf 2031に行ってきました"
categories = ["日記", "技術"]
+++

## 聞いたセッション

午前は用事があったので、午後のセッションだけ聞きました。

* 分散トレースを始めよう
* 型で守るデータ基盤
* 小さなチームのためのSRE

どれも仕事にすぐ使えそうでした。

特に型の話が面白かったです。

## 懇親会

たくさんの人と話せました。

## おわりに

運営の皆さん、ありがとうございました。
"""

EN_POST = """---
title: "My day at Harbour Dev Days 2031"
date: 2031-06-02
tags: [conference, notes]
---

## Sessions I attended

I only made it to a few of them, these ones:

- Shipping a compiler in a weekend
- Why our queues stopped losing messages
- Testing with real clocks

The second one was the best of the day.

## Food

The lunch was good.

## Wrap-up

See you next year.
"""


def test_the_sessions_a_post_says_it_attended_are_its_talks_in_japanese() -> None:
    assert _talks(JA_POST, "fooconf.md") == [
        "分散トレースを始めよう",
        "型で守るデータ基盤",
        "小さなチームのためのSRE",
    ]


def test_the_sessions_a_post_says_it_attended_are_its_talks_in_english() -> None:
    titles = _talks(EN_POST, "harbour.md")
    assert titles == [
        "Shipping a compiler in a weekend",
        "Why our queues stopped losing messages",
        "Testing with real clocks",
    ]
    # the writer's own parts are no talks
    assert "Food" not in titles and "Wrap-up" not in titles


def test_a_list_under_a_heading_that_says_nothing_of_talks_stays_notes() -> None:
    # the same post, its heading about the food: the list is what was eaten
    text = EN_POST.replace("## Sessions I attended", "## What I ate").replace(
        "I only made it to a few of them, these ones:", "Three dishes, all good:"
    )
    titles = _talks(text, "harbour.md")
    assert "Shipping a compiler in a weekend" not in titles


def test_a_posts_own_categories_make_no_part_of_it_a_talk() -> None:
    # the post's heading says nothing of talks: its parts, which each inherit the post's
    # categories (no mark of a talk), are the writer's own, the post one note of one event
    text = JA_POST.replace("## 聞いたセッション", "## 当日の様子")
    titles = _talks(text, "fooconf.md")
    assert "当日の様子" not in titles and "おわりに" not in titles
    assert "型で守るデータ基盤" not in titles


FR_NOTES = """# Des files d'attente sans douleur

Intervenant·e·s :
- Léa Martin [@leamartin](https://example.social/@leamartin)
- Hugo Petit

Mes croquis de ce talk.

# Le cache, ce faux ami

Intervenant : Camille Durand [@cdurand](https://example.social/@cdurand)

D'autres croquis.

# Observer ses services

Intervenants :
- Jonas Weber  [sur GitHub](https://example.org/jweber), [sur Mastodon](https://example.social/@jw)
- Nora Blanc

Encore des croquis.
"""


def test_a_speakers_label_over_a_list_of_names_in_french_inclusive_writing() -> None:
    assert speakers_by_title(read(FR_NOTES, "croquis.md")) == {
        "Des files d'attente sans douleur": ["Léa Martin", "Hugo Petit"],
        "Le cache, ce faux ami": ["Camille Durand"],
        "Observer ses services": ["Jonas Weber", "Nora Blanc"],
    }


def test_a_speakers_label_over_a_list_of_names_in_english_and_german() -> None:
    text = (
        "# Lock files in practice\n\nSpeakers:\n\n- Ana Ruiz\n- Tom Berger\n\nNotes here.\n\n"
        "# Faster builds\n\nSpeaker: Jo Lee\n\nMore notes.\n\n"
        "# Daten ohne Schmerz\n\nSprecher:\n- Jonas Weber\n\nNotizen.\n"
    )
    assert speakers_by_title(read(text, "day.md")) == {
        "Lock files in practice": ["Ana Ruiz", "Tom Berger"],
        "Faster builds": ["Jo Lee"],
        "Daten ohne Schmerz": ["Jonas Weber"],
    }


def test_a_list_under_another_label_names_no_speaker() -> None:
    text = (
        "# Lock files in practice\n\nSpeaker: Ana Ruiz\n\nTakeaways:\n- Pin Versions\n"
        "- Review Diffs\n\n# Faster builds\n\nSpeaker: Jo Lee\n\nIdeas:\n- Cache Layers\n"
    )
    assert speakers_by_title(read(text, "day.md")) == {
        "Lock files in practice": ["Ana Ruiz"],
        "Faster builds": ["Jo Lee"],
    }


def test_a_key_in_inclusive_writing_is_the_vocabularys_key() -> None:
    assert bare_key("Intervenant·e·s") == "Intervenants"
    assert bare_key("Intervenant·e") == "Intervenant"
    assert bare_key("Orateur.ice.s") == "Orateurs"
    assert bare_key("Speaker(s)") == "Speaker"
    assert bare_key("Speakers") == "Speakers"


def test_initials_without_full_stops_are_part_of_the_name() -> None:
    text = (
        "# Choosing a project to join\nSpeaker: TJ Okafor\n\n"
        "[Slides](https://example.org/slides/choose)\n\n"
        "### Know your goals\n\n- learn a language\n- meet people\n\n"
        "### Look at the project\n\n- is it alive?\n- who answers issues?\n\n"
        "### Start small\n\n- fix a typo\n- write a test\n"
    )
    assert speakers_by_title(read(text, "choose.md")) == {
        "Choosing a project to join": ["TJ Okafor"]
    }


def test_an_organisation_before_a_han_name_stays_its_affiliation() -> None:
    text = "# 分布式存储实践\n\n演讲人：eBay 汪兴朗\n\n## 背景\n\n一些笔记。\n"
    talks = [t for t in read(text, "storage.md").talks if t.kind != "other"]
    assert [p.name for p in talks[0].speakers] == ["汪兴朗"]


def test_two_drafts_of_one_talks_notes_keep_its_title(tmp_path: Path) -> None:
    read_back = read_files(
        tmp_path,
        {
            "pwa.md": "# Offline Apps - Why and How\nSpeaker: Mia Wong\n\n## Caching\n\nNotes.\n",
            "pwa-draft.md": (
                "# Offline Apps - Why and How\nSpeaker: Mia Wong\n\n## 1. Caching\n\nMore.\n"
            ),
            "queues.md": "# Queues at Scale\nSpeaker: Bo Lindqvist\n\n## Backpressure\n\nNotes.\n",
        },
    )
    assert talk_speakers(read_back) == {
        "Offline Apps - Why and How": ["Mia Wong"],
        "Queues at Scale": ["Bo Lindqvist"],
    }


def test_a_heading_every_file_opens_with_stays_the_folders_template(tmp_path: Path) -> None:
    # the same opening over different speakers: the folder's template, each file titled
    # by its name
    read_back = read_files(
        tmp_path,
        {
            "offline-apps.md": "# Talk notes\nSpeaker: Mia Wong\n\n## Caching\n\nNotes.\n",
            "queues-at-scale.md": "# Talk notes\nSpeaker: Bo Lindqvist\n\n## Limits\n\nNotes.\n",
        },
    )
    titles = set(talk_speakers(read_back))
    assert "Talk notes" not in titles


def test_the_season_after_the_year_names_the_edition() -> None:
    from confnotes.importers.event_name import year_name

    assert year_name("FooConf 2031 Fallに行ってきました") == "FooConf 2031 Fall"
    assert year_name("Notes from Go Meetup 2031 Autumn") == "Go Meetup 2031 Autumn"
    assert year_name("Retour sur Forum Ouvert 2031 Printemps") == "Forum Ouvert 2031 Printemps"
    # a word that only begins like a season, and a season before a day, say no edition
    assert year_name("PyLake 2031 Fallout stories") == "PyLake 2031"
    assert year_name("Harbour Days 2031 Summer 14") == "Harbour Days 2031"


def test_a_posts_title_names_its_event_with_its_season() -> None:
    assert read(JA_POST.replace("FooConf 2031に", "FooConf 2031 Fallに"), "foo.md").name == (
        "FooConf 2031 Fall"
    )
