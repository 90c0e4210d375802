"""Conventions met in real notes (helper b3 of session 63): an East Asian counter and its
enumeration comma before a heading's title. Every fixture is written for the test,
imitating the convention, never copying it."""

from __future__ import annotations

from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def _talks(p: Programme) -> dict[str, list[str]]:
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


def test_a_chinese_counter_before_a_heading_is_no_part_of_the_title() -> None:
    text = (
        "### 一、浏览器里的并发模型 ———— 林晓峰\n\n - 讲了事件循环\n - 微任务的顺序\n\n"
        "### 二、组件库的设计取舍 ———— 王若彤\n\n - 主题与样式隔离\n\n"
        "### 三、Rust 与 WebAssembly 实践 ———— 张可\n\n - 编译体积的优化\n"
    )
    assert _talks(_read(text)) == {
        "浏览器里的并发模型": ["林晓峰"],
        "组件库的设计取舍": ["王若彤"],
        "Rust 与 WebAssembly 实践": ["张可"],
    }


def test_a_number_with_the_enumeration_comma_leads_a_heading() -> None:
    text = "## 1、缓存的失效策略 —— 李青\n\n- 笔记一\n\n## 2、日志的结构化 —— 赵北\n\n- 笔记二\n"
    assert _talks(_read(text)) == {"缓存的失效策略": ["李青"], "日志的结构化": ["赵北"]}


def test_a_portuguese_talk_named_with_do_before_its_speaker() -> None:
    text = (
        "---\ntitle: Minha ida ao DevSul 2031\n---\n\n"
        "Gostei muito de duas: a palestra **Filas de Mensagens e Eventos do Rui Falcão** onde "
        "ele mostrou casos reais, e a palestra **Testes de Contrato de Serviços do Bruno "
        "Teles** sobre APIs.\n\nDepois fomos almoçar.\n"
    )
    talks = _talks(_read(text, "devsul.md"))
    assert talks.get("Filas de Mensagens e Eventos") == ["Rui Falcão"]
    assert talks.get("Testes de Contrato de Serviços") == ["Bruno Teles"]
    assert not any("do" in who.split() for names in talks.values() for who in names)


def test_do_after_an_english_talk_word_is_a_verb() -> None:
    text = (
        "---\ntitle: Day one\n---\n\n"
        "I liked the talk **What Teams do Right** a lot, and the keynote after it.\n"
    )
    talks = _talks(_read(text, "day.md"))
    assert "What Teams" not in talks
    assert all("Right" not in names for names in talks.values())


def test_talks_named_by_their_topic_in_a_list_of_highlights() -> None:
    text = (
        "---\ntitle: Brightline Summit 2031 - Day 1\n---\n\n"
        "What I liked today:\n\n"
        "1. [Ana Ruiz](https://example.org/ana) of [Pollen](https://example.org)'s talk about "
        "the hidden cost of retries was great.\n\n"
        "2. Bo Li gave a great keynote on tracing in the browser and how it differs from "
        "servers.\n\n"
        "3. [Mia Chen](https://example.org/mia)' talk about queues that teams &mdash; small "
        "ones too &mdash; misuse while scaling was useful.\n\n"
        "4. The panel on public datasets was lively.\n\n"
        "See you tomorrow.\n"
    )
    programme = _read(text, "day1.md")
    talks = _talks(programme)
    assert {t.title: t.kind for t in programme.talks}.get("public datasets") == "panel"
    assert talks.get("the hidden cost of retries") == ["Ana Ruiz"]
    assert talks.get("tracing in the browser") == ["Bo Li"]
    assert talks.get("queues that teams misuse") is None  # the clause after "that" is cut
    assert talks.get("queues") == ["Mia Chen"]
    assert talks.get("public datasets") == []


def test_a_write_up_naming_talks_in_prose_is_about_the_event_its_title_names() -> None:
    text = (
        "---\ntitle: Brightline Summit 2031 - Day 1\n---\n\n"
        "1. Ana Ruiz's talk about the hidden cost of retries was great.\n\n"
        "2. Bo Li gave a great keynote on tracing in the browser.\n"
    )
    assert _read(text, "day1.md").name == "Brightline Summit 2031"


def test_french_talks_named_by_topic_and_by_line_items() -> None:
    text = (
        "---\ntitle: Retour sur JavaSud 2031\n---\n\n"
        "Les confs que je regrette d'avoir ratées :\n\n"
        "- la conf de Mia Chen sur les index partiels\n"
        "- la conf de Léa Roy sur Kafka Streams\n"
        "- la conf sur la sécurité des builds par Hugo Marchand\n"
        "- le quickie sur les feature flags\n\n"
        "À l'année prochaine !\n"
    )
    talks = _talks(_read(text, "javasud.md"))
    assert talks.get("les index partiels") == ["Mia Chen"]
    assert talks.get("Kafka Streams") == ["Léa Roy"]
    assert talks.get("la sécurité des builds") == ["Hugo Marchand"]
    assert talks.get("les feature flags") == []


def test_a_list_item_of_a_title_and_its_by_line() -> None:
    from confnotes.importers.topic_talks import item_byline

    said = item_byline("- Sauvegardes à chaud par Hugo Marchand")
    assert said is not None and said[1] == "Sauvegardes à chaud"
    assert [p.name for p in said[2]] == ["Hugo Marchand"]


def test_a_topic_running_on_as_a_sentence_is_no_talk() -> None:
    from confnotes.importers.topic_talks import described_talks, item_byline

    said = described_talks(
        "the talk about the many things we discussed over lunch with old friends from the "
        "office and their families"
    )
    assert said == []
    assert item_byline("- Lock files by hand are painful") is None
    assert item_byline("- Retries by Ana Ruiz and Bo Li") is not None


def test_a_talk_named_only_by_its_speaker() -> None:
    from confnotes.importers.topic_talks import untitled_talks

    said = untitled_talks("- la keynote de Rosa Lind, assez étrange, qui parlait de musique")
    assert [(title, [p.name for p in who], kind) for _at, title, who, kind in said] == [
        ("keynote de Rosa Lind", ["Rosa Lind"], "keynote")
    ]
    assert untitled_talks("the talk by the pool was crowded") == []
    assert untitled_talks("la conf de l'année, sans doute") == []
    text = (
        "---\ntitle: Retour sur NordConf 2031\n---\n\n"
        "Deux keynotes au dessus des autres :\n\n"
        "- la keynote de Rosa Lind, assez étrange, qui parlait de musique\n"
        "- la keynote de Tomas Berg qui racontait son tour du monde\n"
    )
    talks = _talks(_read(text, "nordconf.md"))
    assert talks.get("keynote de Rosa Lind") == ["Rosa Lind"]
    assert talks.get("keynote de Tomas Berg") == ["Tomas Berg"]


def test_items_of_a_title_and_its_by_line_among_talks_named_by_topic() -> None:
    from confnotes.importers import mentions

    base = Programme(name="JavaSud 2031", format="notes", talks=[ProgrammeTalk(title="Retour")])
    text = (
        "Les confs ratées :\n\n- la conf de Mia Chen sur les index partiels\n"
        "- Sauvegardes à chaud par Rui Matos\n- la conf de Léa Roy sur Kafka Streams\n\n"
        "Livres :\n\n- Marées par Otto Vahl\n- Faróis par Ida Lund\n"
    )
    read = mentions.read(text, base)
    assert read is not None
    talks = {t.title: [p.name for p in t.speakers] for t in read.talks if t.speakers}
    # the item beside items naming talks is a talk; a list of books by authors is not
    assert talks == {
        "les index partiels": ["Mia Chen"],
        "Sauvegardes à chaud": ["Rui Matos"],
        "Kafka Streams": ["Léa Roy"],
    }


def test_a_topic_under_a_talks_own_heading_names_no_second_talk() -> None:
    from confnotes.importers import mentions

    base = Programme(name="Quay Days 2031", format="notes", talks=[ProgrammeTalk(title="Recap")])
    text = (
        "Queues\n------\n\nI saw a talk about message brokers by Rosa Lind. Good demo.\n\n"
        "Tracing\n-------\n\nThen Bo Li gave a talk on tracing in the browser.\n"
    )
    read = mentions.read(text, base)
    assert read is None or not [t for t in read.talks if t.speakers]
