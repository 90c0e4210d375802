"""Conventions of real notes posts (issue 33, blind files traced by helper a4): a bracket
of names after a title (``Title (Ana Ruiz et Jean Le Goff)``) and a by-line that joins two
full names (``Title par Ana Ruiz et Jean Le Goff``) in notes where most talks name no one.
The fixtures are made up."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from tests.unit.importing import speakers_by_title as _speakers

_NOTES = """---
title: Carnet du salon 2031
date: 2031-05-12
---
# Carnet du salon

# [Mardi 9 mai](https://example.org/jour/mardi)

## [Des files de messages sans surprise](https://example.org/talk/1)

[Video](https://example.org/v/1)

Quelques pièges des files de messages, et comment les voir venir.

## [Mesurer ce qui compte](https://example.org/talk/2)

[Video](https://example.org/v/2)

Des métriques utiles plutôt que nombreuses.

## [Migrer une base sans arrêt](https://example.org/talk/3)

[Video](https://example.org/v/3)

Une migration en trois temps, racontée pas à pas.

## [Le typage pas à pas](https://example.org/talk/x0)

[Video](https://example.org/v/x0)

Une note brève sur le sujet.

## [Des journaux lisibles](https://example.org/talk/x1)

[Video](https://example.org/v/x1)

Une note brève sur le sujet.

## [Penser les API publiques](https://example.org/talk/x2)

[Video](https://example.org/v/x2)

Une note brève sur le sujet.

## [Réduire ses images](https://example.org/talk/x3)

[Video](https://example.org/v/x3)

Une note brève sur le sujet.

## [Tester le réseau](https://example.org/talk/x4)

[Video](https://example.org/v/x4)

Une note brève sur le sujet.

## [Lire un profil mémoire](https://example.org/talk/x5)

[Video](https://example.org/v/x5)

Une note brève sur le sujet.

# Ailleurs

## [Signer ses paquets de bout en bout (Odile FERRAND et Yannick PELLETIER)](https://example.org/talk/4)

[Video](https://example.org/v/4)

Signatures et chaînes de confiance.

## [Tout sur les caches](https://example.org/talk/6)

[Video](https://example.org/v/6)

[Les index expliqués aux curieux par Sonia Vidal et Paul Le Bihan](https://example.org/blog/5)

[Écrire des tests qui durent par Bruno Lacombe](https://example.org/blog/7)
"""


def _read(text: str, name: str = "carnet.md") -> Programme:
    return parse_programme(text.encode(), name)


def test_a_bracket_of_names_joined_by_a_conjunction_is_the_talks_by_line() -> None:
    said = _speakers(_read(_NOTES))
    assert said["Signer ses paquets de bout en bout"] == ["Odile FERRAND", "Yannick PELLETIER"]


def test_a_by_line_places_the_full_name_it_joins_to_its_first_speaker() -> None:
    said = _speakers(_read(_NOTES))
    assert said["Les index expliqués aux curieux"] == ["Sonia Vidal", "Paul Le Bihan"]


def test_a_lone_name_in_brackets_is_still_weighed_as_packed() -> None:
    text = _NOTES.replace("(Odile FERRAND et Yannick PELLETIER)", "(Salle Ferrand)")
    said = _speakers(_read(text))
    assert not any("Ferrand" in p for people in said.values() for p in people)


def test_a_range_of_days_in_a_title_takes_its_opening_word_with_it() -> None:
    from confnotes.importers.headings import title_name

    assert title_name("Salon Logiciel 2031 du 4 au 6 juin", 2031) == "Salon Logiciel 2031"
    assert title_name("Harbour Summit 2031 from 3 to 5 May", 2031) == "Harbour Summit 2031"
    assert title_name("Talk from 3 people", 2031) == "Talk from 3 people"


_LT_NIGHT = """---
date: 2031-03-02
title: MINATO.RS 4 を開催しました
description: 今回も小さなLT大会となった minato.rs 第4回 の記録です。
---

## 出席 31名 🙌

参加者は三十人ほどでした。

## 登壇を順番に

### Rustの所有権を絵で説明する

[@kawa_dev](https://twitter.com/kawa_dev) さんから、所有権を図で見せる工夫の話。
会場からも質問が多く、続きを聞きたくなる内容でした。次回の発表も楽しみにしています。

(資料は後日公開の予定です)

### 組み込みで使うRust

[Mio Tanabe (@mtanabe)](https://twitter.com/mtanabe) さんから、小さなボードで動かした話。

### macro_rules!を怖がらない

[@sora_k](https://twitter.com/sora_k) さんから、宣言的マクロの書き方の話。
会場からも質問が多く、続きを聞きたくなる内容でした。次回の発表も楽しみにしています。

(資料は後日公開の予定です)

### async Rustの落とし穴

[@hiro_async](https://twitter.com/hiro_async) さんから、待ち合わせで詰まった話。

### serdeと型で守る設定ファイル

[@nagi_cfg](https://twitter.com/nagi_cfg) さんから、設定を型で検査する話。

### cargo testを速くする工夫

[Ren Ogata (@rogata)](https://twitter.com/rogata) さんから、並列で走らせる話。

### no_stdで書くCLI

[@yuki_nostd](https://twitter.com/yuki_nostd) さんから、標準ライブラリなしで道具を作る話。

## おわりに

次回もよろしくお願いします。
"""


def test_the_short_talk_word_is_read_against_east_asian_letters() -> None:
    from confnotes.importers.kinds import kind_of

    assert kind_of("小さなLT大会") == "spotlight"
    assert kind_of("Ubuntu LTS") == "talk"  # a release's support, no lightning talk


def test_an_organisers_report_titled_held_x_names_the_event_x() -> None:
    assert _read(_LT_NIGHT, "post.md").name == "MINATO.RS 4"


def test_a_post_whose_description_calls_the_event_lightning_talks_gives_its_talks_that_kind() -> (
    None
):
    programme = _read(_LT_NIGHT, "post.md")
    talks = [t for t in programme.talks if t.speakers]
    assert len(talks) == 7
    assert {t.kind for t in talks} == {"spotlight"}


def test_a_description_without_a_short_talk_word_leaves_the_kinds() -> None:
    text = _LT_NIGHT.replace("小さなLT大会", "小さな勉強会")
    talks = [t for t in _read(text, "post.md").talks if t.speakers]
    assert talks and {t.kind for t in talks} == {"talk"}


def test_a_quoted_notes_word_in_a_title_is_left_out_of_the_events_name() -> None:
    from confnotes.importers.headings import title_name

    assert title_name("dataconf::meet(“notes”, “day 2”)", None) == "dataconf::meet"
    assert title_name('Harbour Summit 2031 ("notes")', None) == "Harbour Summit 2031"
