"""What one heading, label or line of a person's notes or a post says.

The words-level step under :mod:`confnotes.importers.shapes`: a heading read
into a talk's title, speakers, kind, time and day (:func:`read_heading`), a
``Speaker:`` or ``key: value`` line (:func:`speaker_slot`), a conference's or a
site's name, a labelled quote. Nothing here decides how the headings of a
document relate to each other; that is :mod:`confnotes.importers.talk_levels`.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, time

from confnotes.importers.cjk_talk_lines import cjk_title_and_speaker, han_word, title_as_read
from confnotes.importers.entries import (
    DURATION_RE,
    HOSTED_RE,
    TABS_RE,
    TALK_LABEL_RE,
    kind_of,
    leading_clock,
    place_line,
)
from confnotes.importers.fields import names_role_alone, names_several, roles_of
from confnotes.importers.identity import title_key
from confnotes.importers.kinds import KIND_WORDS, type_tag, waved
from confnotes.importers.notefiles import is_notes_file
from confnotes.importers.persons import (
    cjk_byline,
    givens_and_family,
    handles_only,
    is_job_title,
    is_organisation,
    is_person_name,
    is_placeholder,
    is_written_title,
    kinds_of_event_pattern,
    name_and_given,
    names_a_group,
    role_people,
    split_speakers,
)
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeTalk,
)
from confnotes.importers.structure import (
    Block,
    Section,
)
from confnotes.importers.textutil import (
    BY_WORDS,
    one_dash,
    parse_clock,
    strip_markdown_inline,
    titled,
    trailing_marks,
)
from confnotes.importers.when import (
    DAY_HEAD_WORD_RE,
    DAY_RE,
    RANGE_FROM_RE,
    clock_range,
    find_date,
    find_year,
    leading_date,
    leading_weekday,
    strip_dates,
    weekday_alone,
    weekday_of,
    weekday_within,
    without_nth_day,
    words_beside,
)
from confnotes.model import Link
from confnotes.notebook.link_kinds import link_kind
from confnotes.text.scripts import CJK_SIGN_RE

_GENERIC_WORDS = (
    "notes note summary abstract takeaways takeaway points ideas highlights questions "
    "question q&a qa discussion thoughts comments links references resources slides paper "
    "papers background motivation method methods approach results conclusion conclusions "
    "overview introduction intro details misc todo follow-up follow-ups contributions "
    "limitations experiments setup problem bio speaker speakers about context tl;dr tldr "
    "agenda impressions learnings recap quotes quote observations critique pros cons "
    "opinion remarks prerequisites requirements steps exercises"
)


GENERIC_WORDS_ELSEWHERE: dict[str, str] = {
    "de": "notizen zusammenfassung fragen fazit links quellen eindrücke folien hintergrund "
    "einleitung einführung überblick",
    "fr": "résumé liens références impressions diapos remarques aperçu",
    "es": "notas resumen preguntas enlaces referencias conclusiones apuntes diapositivas "
    "introducción",
    "pt": "resumo perguntas referências conclusão impressões introdução",
    "it": "appunti riassunto domande link riferimenti conclusioni impressioni introduzione",
    "nl": "aantekeningen samenvatting vragen",
    "ru": "заметки итоги вопросы ссылки выводы материалы введение обзор",
    "ja": "メモ 感想 まとめ 参考 参考資料 資料 質疑応答 質疑 概要 所感 リンク 補足 背景 結論 "
    "はじめに 全体的に",
    "zh": "笔记 筆記 总结 總結 参考 參考 参考资料 资料 问答 問答 概要 感想 链接 心得 摘要 背景 "
    "结论 简介 写在最后 寫在最後",
    "ko": "메모 정리 요약 참고 참고자료 질문 질의응답 느낀점 링크 배경 결론 소개 개요",
}
"""The same words in the languages notes are written in (``メモ``, ``Fazit``), by language."""


GENERIC_TITLES = frozenset(_GENERIC_WORDS.split()) | frozenset(
    w for words in GENERIC_WORDS_ELSEWHERE.values() for w in words.split()
)
"""Single words that head a part of one talk's notes, not a talk."""


_GENERIC_PHRASES = frozenset(
    [
        "my notes",
        "pre requisites",
        "key takeaways",
        "key points",
        "key ideas",
        "main ideas",
        "future work",
        "related work",
        "follow up",
        "action items",
        "open questions",
        "reading list",
        "overall impressions",
        "what i learned",
        "lessons learned",
        "random notes",
        "raw notes",
        "further reading",
        "my thoughts",
        "personal notes",
        "questions asked",
        "audience questions",
        "q & a",
        "to do",
    ]
)


def weekday_heading_day(text: str, first: date | None, last: date | None) -> date | None:
    """The day a heading or short line naming a weekday alone (``Monday:``, ``**Mardi**``,
    ``Day 2 - Samstag``) stands for in a document whose days run from ``first`` to
    ``last`` (a week at most), as the sentence that gave them says (``from Monday 13th
    till Friday 17th July``); None for longer text, or no such weekday in those days."""
    plain = strip_markdown_inline(text)
    words = DAY_HEAD_WORD_RE.findall(plain[:80])
    if first is None or not words or len(words) > 3:
        return None
    if len(words) > 1 and not DAY_RE.search(plain):
        return None
    weekday = weekday_of(plain)
    return weekday_within(weekday, first, last) if weekday is not None else None


def weekday_after(text: str, anchor: date | None) -> date | None:
    """The day a heading or a cell naming a weekday and nothing else (``Thursday``,
    ``**Freitag**:``, ``Day 2 - Friday``, ``金曜日``) stands for in a document that dates
    no span of days, only one day before it: its front matter's ``date`` (a plan written
    a few days ahead), a dated heading, the weekday heading before it. The first such
    weekday on or after ``anchor``, so that days headed in order follow each other. A
    heading with other words (``Friday deploys``, ``Thursday Lunch``) is a title, and
    dates nothing."""
    if anchor is None:
        return None
    weekday = weekday_alone(text)
    return weekday_within(weekday, anchor, None) if weekday is not None else None


SESSION_RE = re.compile(
    r"\b(?:sessions?|tracks?|morning|afternoon|evening|orals?|spotlights?|posters? session|"
    r"keynotes|invited talks|contributed talks|talks|lightning talks|workshops?|tutorials?|"
    r"block|part)\b",
    re.I,
)


_CJK_SPEAKER_KEYS = (
    *("演讲嘉宾", "分享嘉宾", "嘉宾", "演讲者", "演讲人", "主讲人", "报告人", "讲者", "讲师"),
    *("講師", "登壇者", "発表者", "講演者", "演者", "발표자", "연사"),
)
"""Chinese, Japanese and Korean keys of a metadata line that name the speaker, once for
:data:`META_RE` and :data:`SPEAKER_KEYS` (the longer word first, as the pattern tries
them)."""


META_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?[*_]{0,3}(?P<key>speakers?|presenters?|presented by|talk by|"
    r"by|authors?|host(?:ed by)?|chairs?|moderat(?:or|ed by)|time|when|date|day|room|where|"
    r"location|venue|track|slides|video|recording|paper|code|title|talk|type|kind|"
    r"conference|event|referent(?:in)?|intervenant(?:es?|s)?|ponentes?|sprecher(?:in)?|"
    r"orateurs?|oratrice|speakerine|conférencière|"
    r"relatore|relatrice|relatori|orador(?:as?|es)?|palestrante|conférenciers?|conferencier|"
    r"spreker|"
    r"prelegent|föreläsare|foredragsholder|puhuja|datum|data|fecha|zeit|uhrzeit|heure|hora|"
    r"orario|ora|raum|ort|salle|sala|aula|lieu|titel|titre|título|titolo|topic|thema|tema|"
    r"タイトル|演題|题目|題目|标题|標題|제목|スライド|발표자료|日時|日付|日期|開催日|일시|날짜|"
    rf"{'|'.join(_CJK_SPEAKER_KEYS)}|"
    r"докладчик|спикер|nome|nombre|pembicara|pemateri|narasumber|tanggal|waktu|pukul|judul)"
    r"(?:\s?\([^\W\d_]{1,3}\))?"  # an optional ending: "Speaker(s)", "Sprecher(in)"
    r"[*_]{0,3}\s*[:：]{1,2}\s*[*_]{0,3}\s*(?P<value>\S.*)$",
    re.I,
)


_ANY_KEY_RE = re.compile(
    r"^\s*+(?:[-*+]\s+)?[*_]{0,3}(?P<key>[^\W\d_][^:：*_\n]{0,30}?)[*_]{0,3}\s*[:：]\s*"
    r"[*_]{0,3}\s*(?P<value>\S.*)$"
)
"""``Key: value`` with any key a field of a record may have (``スピーカー：Luna``): what the
key means is the records' vocabulary (:mod:`confnotes.importers.fields`)."""


_OPTIONAL_ENDING_RE = re.compile(r"(?<=[^\W\d_])\s?\([^\W\d_]{1,3}\)$")
"""``Speaker(s)``, ``Referent(in)``: a key's optional ending in brackets."""
_INCLUSIVE_PLURAL_RE = re.compile(r"(?<=[^\W\d_])[·.][^\W\d_]{1,4}[·.]s$")
_INCLUSIVE_ENDING_RE = re.compile(r"(?<=[^\W\d_])[·.][^\W\d_]{1,4}$")
"""``Intervenant·e·s``, ``Orateur·ice``, ``Conférencier.ère.s``: the other gender's ending
French inclusive writing adds after a middle dot (or a full stop)."""


def bare_key(key: str) -> str:
    """A field's key without its optional ending (``Speaker(s)`` → ``Speaker``) or its
    inclusive one (``Intervenant·e·s`` → ``Intervenants``, ``Intervenant·e`` →
    ``Intervenant``): the key the vocabulary holds."""
    key = _OPTIONAL_ENDING_RE.sub("", key)
    return _INCLUSIVE_ENDING_RE.sub("", _INCLUSIVE_PLURAL_RE.sub("s", key))


def key_value(line: str) -> tuple[str, str] | None:
    """(key, value) of a metadata line: a key of the notes' own (``Speaker:``, ``Time:``),
    or one whose word the records' vocabulary gives a speaker's or a title's role."""
    if m := META_RE.match(line):
        return m.group("key").lower(), m.group("value")
    if m := _ANY_KEY_RE.match(line):
        # "Speaker(s)", "Referent(in)": a key with its optional ending is the key
        key = bare_key(m.group("key").strip())
        role = next((r for r in ("speaker", "title") if names_role_alone(key, r)), "")
        if role == "title" and _sentences(m.group("value")):
            return None  # "**Summary:** The talk explains …": prose under a key is no title
        if role == "speaker" and names_several(key, role):
            # "Formateurs : A, B": a plural label names two people, no one's employer
            return "speakers", m.group("value")
        if role:
            return role, m.group("value")
    return None


def _sentences(value: str) -> bool:
    """A value that is prose (a sentence or more), as no title is written."""
    words = len(strip_markdown_inline(value).split())
    return words >= 16 or (words >= 8 and value.rstrip(" *_").endswith((".", "。")))


def speaker_slot(line: str) -> bool:
    """A line that is a speaker's field (``Speaker: TBA``, ``**Presenters**: Team 2``),
    whatever its value: a talk's slot for its speaker."""
    said = key_value(line)
    return said is not None and KEY_ALIASES.get(said[0], said[0]) in SPEAKER_KEYS


def a_field(line: str) -> bool:
    """A ``Key: value`` list item or bold key whose key is a word or two, no one's name
    (``* 動画：<…>``, ``**Slides:** …``), as a record's fields are written."""
    m = _ANY_KEY_RE.match(line)
    if m is None or not re.match(r"\s*+(?:[-*+]\s|[*_]{2})", line):
        return False
    key = m.group("key").strip()
    return len(key.split()) <= 2 and not split_speakers(key)


_REFERENCE_LINK_RE = re.compile(r"\[[^\[\]\n]{1,200}\]\[[^\[\]\n]{0,40}\]")
"""``[label][7]``: a Markdown reference link, its address defined elsewhere in the page."""


def links_field(line: str) -> bool:
    """A ``Key: value`` line whose key is a word or two, no one's name, and whose value is
    nothing but links (``Code: [repo](…)``, ``Notebook: [view][7]``): one of a talk's
    materials, written among its fields whatever word the key is."""
    m = _ANY_KEY_RE.match(line)
    if m is None:
        return False
    key = m.group("key").strip()
    if len(key.split()) > 2 or split_speakers(key):
        return False
    rest = _REFERENCE_LINK_RE.sub(" ", LINK_RE.sub(" ", m.group("value")))
    return bool(rest.strip() == "" and m.group("value").strip())


CALLOUT_RE = re.compile(
    r"^\s*>\s*\[![\w-]+\][-+]?\s*(?P<key>speakers?|presenters?|presented by|by|authors?)"
    r"\s*:?\s*$",
    re.I,
)


FRONT_LINKS = (
    ("paper", "paper"),
    ("slides", "slides"),
    ("video", "video"),
    ("recording", "video"),
    ("code", "code"),
    ("url", "page"),
    ("link", "page"),
)
"""Front-matter keys of a note that hold the talk's links."""


SPEAKER_KEYS = frozenset(
    {
        "speaker",
        "speakers",
        "presenter",
        "presenters",
        "presented by",
        "talk by",
        "by",
        "author",
        "authors",
        "referent",
        "referentin",
        "intervenant",
        "intervenante",
        "speakerine",
        "oratrice",
        "ponente",
        "sprecher",
        "sprecherin",
        "orateur",
        "relatore",
        "relatrice",
        "relatori",
        "orador",
        "oradora",
        "palestrante",
        "conférencier",
        "conferencier",
        "spreker",
        "prelegent",
        "föreläsare",
        "foredragsholder",
        "puhuja",
        *_CJK_SPEAKER_KEYS,
        *("докладчик", "спикер"),
        *("pembicara", "pemateri", "narasumber"),
        # who gives a course or a workshop: its instructor, in the languages above
        *("instructor", "instructors", "instructora", "instructores", "instrutor"),
        *("instrutora", "instrutores", "instrutoras", "ministrante", "ministrantes"),
        *("palestrantes", "formateur", "formatrice", "dozent", "dozentin", "dozenten"),
        # the plurals of the Romance keys above, for a talk given by several
        *("ponentes", "oradores", "oradoras", "intervenants", "intervenantes", "orateurs"),
        "conférenciers",
    }
)
"""Keys of a metadata line that name the speaker."""


KEY_ALIASES = {
    **dict.fromkeys(["datum", "data", "fecha"], "date"),
    **dict.fromkeys(["日時", "日付", "日期", "開催日", "일시", "날짜"], "date"),
    **dict.fromkeys(["zeit", "uhrzeit", "heure", "hora", "orario", "ora"], "time"),
    **dict.fromkeys(["raum", "salle", "sala", "aula"], "room"),
    **dict.fromkeys(["ort", "lieu"], "where"),
    **dict.fromkeys(["titel", "titre", "título", "titolo", "topic", "thema", "tema"], "title"),
    **dict.fromkeys(["タイトル", "演題", "题目", "題目", "标题", "標題", "제목"], "title"),
    **dict.fromkeys(["スライド", "발표자료"], "slides"),
    **dict.fromkeys(["tanggal"], "date"),
    **dict.fromkeys(["waktu", "pukul"], "time"),
    **dict.fromkeys(["judul"], "title"),
}
"""Keys of other languages, as the English key they mean (speaker keys need none)."""


LABELLED_RE = re.compile(r"^\s*(?P<key>[^\W\d_][^\W\d_ ]{1,24})\s?[:：]\s+(?P<value>\S.*)$")
"""``Label: value``, a one-word label in any language (``Modérateurs : …``)."""


_SIGNING_DASH = r"—|–|--|~"
"""The dashes that sign a closing line (``— Name``, ``-- Name``, ``~ Name``)."""


SIGNATURE_RE = re.compile(rf"^\s*(?:{_SIGNING_DASH})\s*(?P<who>\S.*)$")
"""``— Name`` closing a talk's notes: the speaker, signed. A single hyphen does not
sign here: in notes, ``- Name`` is a list's item (the last bullet of a list of people
or of points), not a signature."""


CELL_SIGNATURE_RE = re.compile(rf"^\s*(?:{_SIGNING_DASH}|-)\s*(?P<who>\S[^\n]{{0,200}})$")
"""``- Name``, ``— Name、Name`` on the last line of a timetable cell's abstract: the
speakers, signed. Here a single hyphen signs too: a cell's abstract is prose, and a
last line that opens on one under it is its signature (the names it gives are then
checked to be people's)."""


BY_LINE_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\[[^\[\]\n]{1,80}\]\([^()\s]{0,500}\)\s+)?"  # "[PDF](…) by Name"
    r"(?P<open>\()?[*_]{0,2}(?:(?:presented|given|talk|delivered)\s+by|"
    rf"{BY_WORDS})"
    r"\s+(?P<who>\S.*?)(?(open)\)[ \t]{0,8}|)$",
    re.I,
)
"""``by Name``, ``par A et B``, ``Di Ana``, ``(by Name)`` (the by-words of
:data:`~confnotes.importers.textutil.BY_WORDS`; a by-line in brackets on its own line, the
brackets no part of the names) under a talk's title."""


WITH_LINE_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?[*_]{0,2}(?:with|avec|mit|con|com)\s+(?P<who>\S.*)$", re.I
)
"""``with A, B and C`` first under a heading that only says its kind (``## Panel``)."""


LINK_RE = re.compile(
    r"\[(?P<label>[^\[\]]*)\]\((?P<url>https?://[^()\s]+)"
    r"(?:[ \t]+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'))?\)|(?P<bare>https?://\S+)"
)
"""A link, labelled (``[Ana Ruiz](https://… "her profile")``, a title after the address
as Markdown allows) or bare."""


_PREFIX_RE = re.compile(
    r"^(?:[A-Z]|\d{1,3}|[ivx]{1,4})[.)]\s+|^#\d+\s*[:.]?\s*|^[(\[]\d{1,3}[)\]]\s*"
    r"|^(?:[一二三四五六七八九十]{1,3}|\d{1,3})[、．]\s*"
)
"""A list's letter or number before a heading's words (``2. Title``, ``(3) Title``), and
the East Asian counter with its enumeration comma (``三、Title``, ``4、Title``)."""


_INITIAL_RE = re.compile(r"^[A-Z]\.\s+[A-Z][a-z]")
"""A capital and a dot before a capitalised word: a list's letter or a name's initial."""


_INITIAL_THEN_NAME_RE = re.compile(r"[A-Z]\. (?=[A-ZÀ-ÖØ-Þ])")


_NAMES_THEN_TITLE_RE = re.compile(r"(?<!\s)\s+[-–—]\s+|(?<!\s):\s+")


def _initial_of_a_name(text: str) -> bool:
    """``M. Andrew Moshier and Ana Ruiz — Title``: a capital and a dot before people's
    names that a dash or a colon parts from a title is an initial, not a list's letter
    (``A. Introduction``, ``B. Apache Arrow and the Next Generation`` are letters)."""
    if not _INITIAL_THEN_NAME_RE.match(text):
        return False
    parts = _NAMES_THEN_TITLE_RE.split(text, maxsplit=1)
    people = split_speakers(parts[0]) if len(parts) == 2 and parts[1].strip() else []
    return (
        bool(people) and len(people[0].name.split()) >= 3
    )  # "M. Andrew Moshier", not "E. Metaflow"


KIND_PREFIX_RE = _KIND_PREFIX_RE = re.compile(
    r"^(?P<kind>invited talk|keynote(?: talk| speech| address)?|plenary(?: talk)?|talk|"
    r"spotlight(?: talk)?|oral|contributed talk|poster|demo|tutorial|panel(?: discussion)?|"
    r"lightning talk|session|vortrag|hauptvortrag|conférence|exposé|charla|ponencia|"
    r"seminar|joint seminar|colloquium)\s*#?\d*\s*[:.\-–—]\s+(?P<rest>.+)$",
    re.I,
)


_QUOTED_RE = re.compile(
    r"^(?:(?P<double>[\"“„«「『《])|['‘])(?P<title>[^\"“”„«»「」『』《》]+?)"
    r"(?(double)[\"”“»」』》]|['’])\s*[,.\-–—]{0,3}\s*(?P<rest>.*)$"
)
"""A quoted title at the heading's start; a double quote closes only at a double quote
(``"L'architecture ARM", Name``: the elision's apostrophe is the title's own)."""


_FROM_RE = re.compile(r"^(?P<head>[^\W\d_][\w ]{0,30}?)\s+from\s+(?P<who>\S.{0,200})$", re.I)
"""``Keynote from Name``: a kind of talk before ``from`` and its speaker after."""


_BY_RE = re.compile(rf"(?:(?<!\s)\s+|,)(?:{BY_WORDS})\s+", re.I)
"""``by`` before a by-line, in the languages programmes are written in (the words after
it must be people's names, so ``di`` or ``por`` inside a title never splits it); a hand
in a hurry writes it against the comma (``Prince2,por M.J.Rodríguez``)."""


_COMMA_RE = re.compile(r",\s*")
_NAMED_FIRST_RE = re.compile(
    r"(?P<who>[^(),:]{3,80}\([^()]{1,80}\))\s{0,3},\s{0,3}(?P<title>\S.{0,400})"
)
"""``Ana Ruiz (Nordlys Labs), Title``: a name with its organisation in brackets, then the
title after a comma."""


_ENGLISH_BY_RE = re.compile(r"(?<!\s)\s+by\s+", re.I)


PEOPLE_PAGE_RE = re.compile(
    r"\b(?:speakers?|people|team|committee|organi[sz]ers?|faculty|presenters|panelists|"
    r"keynotes?|invited|chairs|referenten|intervenants|ponentes|relatori)\b",
    re.I,
)


_WITH_RE = re.compile(r"(?<!\s),?\s+with\s+", re.I)


_CONVERSATION_RE = re.compile(
    r"\b(?:panel|discussion|fireside|chat|conversation|interview|debate|roundtable|q&a)\b", re.I
)


BRACKET_LAST_RE = re.compile(r"^(?P<title>\S.{0,300}?)\s*+[(（](?P<who>[^()（）\n]{1,40})[)）]$")
"""``Title (Name)``, ``題名（Name）``: a heading's last bracket, round or full-width, where
the headings beside it name their speakers."""


_AT_HANDLE_RE = re.compile(r"@[A-Za-z0-9_.]{1,40}")


ONE_LINK_RE = re.compile(r"\[[^\[\]\n]{1,300}\]\([^()\s]{0,500}\)")
"""A line that is one link and nothing else: ``[You don't know bundler](…)``."""


DASHES_RE = re.compile(r"(?<!\s)\s+(?:-{2,3}+|[-–—|·•/])\s+")


_LEADING_SYMBOLS_RE = re.compile(r"^[^\w\[(\"“'‘*_«„「『《【〔［]+")
"""Emoji, bullets and arrows before a heading's words (a lenticular bracket opens a
label's words: ``【ハンズオン】Title``)."""


_WHOLE_QUOTE_RE = re.compile(r"[\"“„«]([^\"“”„«»]{2,300})[\"”“»]")
"""A text that is one quotation and nothing else (``"Five Darlings to be Killed"``)."""


_GLUED_LABEL_RE = re.compile(r"([^\s\"“„'‘«「『《:：]{1,12})(?=[「『《“«])")
"""A kind written against the quote of its title, with no colon (``基調講演「Title」``,
``招待講演『Title』``): East Asian text needs no space or colon there."""


_COLON_RE = re.compile(r":\s+|：\s*|:(?=[《「『])")
"""A colon that parts a label from what follows (East Asian text writes ``：``, no space,
or ``:`` against the quote of a title: ``分享 2:《Title》``)."""


NOTES_OF: dict[str, tuple[str, ...]] = {
    "en": ("notes", "note", "recap", "trip report", "write-up", "writeup", "impressions",
           "summary"),
    "de": ("notizen", "rückblick", "mitschrift", "bericht", "zusammenfassung"),
    "fr": ("notes", "récap", "récapitulatif", "compte rendu", "compte-rendu", "retour"),
    "es": ("apuntes", "notas", "resumen", "crónica", "impresiones"),
    "pt": ("notas", "anotações", "resumo", "relato", "impressões"),
    "it": ("appunti", "nota", "note", "resoconto", "impressioni"),
    "nl": ("aantekeningen", "verslag"),
    "pl": ("notatki", "relacja", "podsumowanie"),
    "ja": ("参加レポート", "参加記", "参加メモ", "参加所感", "所感", "感想", "レポート", "メモ",
           "まとめ", "に参加してきた", "に参加しました", "に参加して", "に行ってきた",
           "開催レポート", "開催報告", "を開催しました"),  # an organiser's report: "held X"
    "zh": ("参会笔记", "会议笔记", "笔记", "参会总结", "总结", "回顾"),
    "ko": ("참석 후기", "참관기", "후기", "정리"),
}  # fmt: skip
"""Words that make a document's title "my notes of" an event, by language: the event's
name is what is left (``Mon récap de la PyCon France 2025``, ``EMOCON 2017 후기``)."""


PROGRAMME_OF: dict[str, tuple[str, ...]] = {
    "en": ("programme", "program", "schedule", "timetable", "agenda"),
    "de": ("programm", "tagungsprogramm", "zeitplan", "ablauf"),
    "fr": ("programme", "horaire"),
    "es": ("programa", "agenda", "cronograma"),
    "pt": ("programação", "programa", "cronograma"),
    "it": ("programma", "calendario"),
    "ja": ("タイムテーブル", "プログラム"),
    "zh": ("议程", "日程", "日程表"),
    "ko": ("시간표", "프로그램"),
    "ru": ("расписание", "программа"),
}  # fmt: skip
"""Words that make a title "the programme of" an event, by language (``X タイムテーブル``,
``Programma di X``): the event's name is the rest."""


_MINE = r"(?:my|mon|ma|mes|mein|meine|mis|mi|meu|meus|minhas|minha|i miei|le mie|mijn)"


_OF = (
    r"(?:from|on|of|for|about|at|de la|de l'|de|du|des|à la|au|zu|zur|zum|von|vom|der|"
    r"da|dal|della|del|dalla|di|dei|degli|do|na|no|van|over|sul|sulla|sur le|sur la|sur|sobre|"
    r"über das|über)"
)


_NOTE_WORDS = sorted({w for words in NOTES_OF.values() for w in words}, key=len, reverse=True)


_LATIN_NOTES = "|".join(re.escape(w) for w in _NOTE_WORDS if w.isascii() or w[0] < "\u0370")


_CJK_NOTES = "|".join(re.escape(w) for w in _NOTE_WORDS if not (w.isascii() or w[0] < "\u0370"))


_EVENT_OF = (
    r"(?:from|of|at|in|de la|de l'|de|du|des|à la|au|à|zu|zur|zum|von|vom|auf|bei|der|"
    r"da|dal|della|del|dalla|di|dei|degli|do|na|no|van)"
)
"""The words before an event's name that say where from, never what about (``on``,
``about``, ``sur``: ``Notes on Talks at Work`` is about the talk "Talks at Work")."""


_TALKS_OF = (
    r"(?:(?:the\s+)?(?:talks|sessions|presentations|conférences|exposés|présentations|"
    rf"vorträge|charlas|ponencias|palestras|interventi)\s+{_EVENT_OF}(?:\s+|(?<=')\s*))?"
)
"""``Notes de conférences du X``, ``Notes from the talks at X``: the talks' word between
the notes' word and the event's name (``conférence``, in French, is one talk), after a
word saying where from only, then before the event's own."""


NOTES_PREFIX_RE = re.compile(
    rf"^(?:(?:{_MINE}\s+)?(?:{_LATIN_NOTES})(?:\s+{_EVENT_OF}(?:\s+|(?<=')\s*){_TALKS_OF}"
    rf"|\s+{_OF}(?:\s+|(?<=')\s*)|\s*[,:—–-]\s*)|"
    rf"[【［\[][^】］\]\n]{{0,16}}?(?:{_CJK_NOTES}|{_LATIN_NOTES})[】］\]]\s*)",
    re.I,
)
"""``Notes from X``, ``My recap: X``, or a bracketed label before the event's name, as
East Asian blogs title a report (``【イベント参加レポート】X``, ``[Recap] X``)."""


_PROGRAMME_WORDS = sorted({w for ws in PROGRAMME_OF.values() for w in ws}, key=len, reverse=True)


_PROGRAMME_PREFIX_RE = re.compile(
    rf"^(?:the\s+|il\s+|le\s+|el\s+|o\s+|das\s+)?(?:[^\W\d_]+\s+)?(?:"
    rf"{'|'.join(re.escape(w) for w in _PROGRAMME_WORDS)})\s+{_OF}\s+",
    re.I,
)


_PROGRAMME_SUFFIX_RE = re.compile(
    rf"(?:(?<!\s)\s+(?:{'|'.join(re.escape(w) for w in _PROGRAMME_WORDS if w.isascii())})"
    rf"|(?<!\s)\s*(?:{'|'.join(re.escape(w) for w in _PROGRAMME_WORDS if not w.isascii())}))"
    rf"\s*$",
    re.I,
)


_EVENT_REVIEW = rf"\b(?:{kinds_of_event_pattern()})s?[ \t]+(?:review|retrospective|report)"
"""``Conference review``, ``Summit retrospective``: a kind of event and a word for looking
back at it ends a post's title, the event's name before them (``review`` alone ends a talk's
title as often, ``Effective Code Review``, so only after a kind of event)."""


_NOTES_SUFFIX_RE = re.compile(
    rf"(?:(?P<review>{_EVENT_REVIEW})|\b(?:{_MINE}\s)?(?:{_LATIN_NOTES})|(?<!\s)\s*(?:{_CJK_NOTES}))"
    rf"[\"'”’»」』]?\)?\s*$",  # the word quoted too: "conf(“notes”, “day 1”)"
    re.I,
)


def _is_gerund(word: str) -> bool:
    """Whether ``word`` is a verb's ``-ing`` form (``Rethinking``, ``Fixing``): letters
    only, with a vowel before the ending, as ``Spring`` or ``King`` have none. Read by
    string tests, not a pattern, so a very long word costs one pass."""
    lower = word.lower()
    return word.isalpha() and lower.endswith("ing") and any(c in "aeiouy" for c in lower[:-3])


def _topic_before_review(head: str) -> bool:
    """Whether the words before ``Conference review`` make it the topic of a heading
    rather than name an event (``Rethinking Conference Review``, ``Why we need
    Conference Review``): they open on a verb's ``-ing`` form, or run on in small
    letters after a capital as a sentence does. A year or a number names an event
    (``Harbour 2031``), as do the capitals of a name (``Pocket Apps``)."""
    words = head.split()
    if not words or any(c.isdigit() for c in head):
        return False
    if _is_gerund(words[0].strip("\"'“”*_")) and words[0][:1].isupper():
        return True
    return words[0][:1].isupper() and any(
        len(w) >= 4 and w.isalpha() and w.islower() for w in words[1:]
    )


def _without_notes_suffix(text: str) -> str:
    """``text`` without the words that end a title of notes (``… Conference review``,
    ``… notes``, ``参加レポート``); as written when ``Conference review`` is its topic."""
    m = _NOTES_SUFFIX_RE.search(text)
    if m is None or (m.group("review") and _topic_before_review(text[: m.start()])):
        return text
    return text[: m.start()] + text[m.end() :]


def ends_in_notes_words(text: str) -> bool:
    """``text`` ends in the words that make a title "my notes of" something (``Harbour
    Conf notes``, ``… 후기``): the notes of an event, whose parts are its talks."""
    return _without_notes_suffix(text).strip() != text.strip()


def says_notes_only(text: str) -> bool:
    """``text`` is only the words that make a title "my notes of" something (``Trip
    Report``, ``Mon récap``, ``参加レポート``, :data:`NOTES_OF`): a label of the document's
    kind, never a person or a talk's title."""
    return bool(text.strip()) and _without_notes_suffix(text).strip(" -–—:(") == ""


@dataclass
class Understanding:
    """The winning shape, why, and the programme it gives."""

    shape: str
    evidence: list[str]
    programme: Programme
    scores: dict[str, float] = field(default_factory=dict)


def is_generic(title: str) -> bool:
    """A sub-heading inside one talk's notes (``Questions``, ``Key takeaways``)."""
    t = re.sub(r"^[\d.)\s]+", "", strip_markdown_inline(title)).strip(" :.!?").casefold()
    t = " ".join(t.replace("-", " ").split())
    return (
        t in GENERIC_TITLES
        or t in _GENERIC_PHRASES
        or (
            len(t.split()) <= 3 and t.split()[0:1] and t.split()[0] in {"notes", "questions", "q&a"}
        )
        is True
    )


def is_container(title: str, year: int | None) -> bool:
    """A day or a session heading (``Day 2``, ``Tuesday 12 March``, ``Morning session``)."""
    return bool(
        DAY_RE.search(title) or find_date(title, year or 2000)[0] or SESSION_RE.search(title)
    )


_TITLE_SEP_RE = re.compile(r"(?<!\s)\s+[|–—·•»:-]\s+")


def site_name(heading: str, page_title: str) -> str:
    """The event a page belongs to when its heading only names the page: ``Schedule``
    under ``<title>Schedule – Lakeshore Data Day 2025</title>`` is Lakeshore Data Day
    2025 (the longer part of the title the heading is one part of); the heading
    otherwise."""
    parts = [p.strip() for p in _TITLE_SEP_RE.split(page_title) if p.strip()]
    key = title_key(heading)
    if len(parts) < 2 or not key or all(title_key(p) != key for p in parts):
        return heading
    others = [p for p in parts if title_key(p) != key]
    if len(others) > 1:
        others = others[:-1]  # "Page · Event · Indico": the last is the platform
    best = max(others, key=len) if others else heading
    return best if len(best.split()) > len(heading.split()) else heading


def conference_name(title: str) -> str:
    """``Notes from NeurIPS 2023`` → ``NeurIPS 2023``; the words otherwise as written."""
    name = NOTES_PREFIX_RE.sub("", title)
    if (bare := _without_tail(name)) != name and _without_notes_suffix(bare) != bare:
        name = bare  # "X に参加してきた!! #x": the post's hashtags and cries after its words
    if (bare := _without_notes_suffix(name)) != name:
        # "conf(“notes”": the notes word's opening quote goes with it; a quoted name
        # with no notes word ("\"schedule\"") keeps its quotes
        name = bare.strip(" -–—:(").rstrip("\"'“‘«「『(")
    name = name.strip(" -–—:(")
    name = _PROGRAMME_PREFIX_RE.sub("", name)  # "Appunti sul programma di X"
    name = _after_programme_word(name)  # "Programa X 2022"
    if (bare := _PROGRAMME_SUFFIX_RE.sub("", name).strip(" -–—:(")) and re.search(r"\w", bare):
        name = bare  # "X タイムテーブル", "X Programme"
    if (by := _AUTHOR_TAIL_RE.search(name)) is not None and split_speakers(by.group(1)):
        name = name[: by.start()].rstrip(" ,-–—")  # "Devoxx FR 2022 par Ana Ruiz": its author
    return name or title


def _after_programme_word(name: str) -> str:
    """``Programa JNIC 2022``, ``Program Harbour Days 2031``: a programme's word, then the
    event's name with its year; the name. As written when no capitalised name and year
    follow (``Program Committee``), or after ``Agenda``, a word events are named by too
    (``Agenda Digitale 2025``)."""
    first, _, rest = name.strip().partition(" ")
    rest, word = rest.strip(), first.casefold()
    named = rest[:1].isupper() and _YEAR_RE.search(rest) is not None
    if word in _PROGRAMME_WORDS and word != "agenda" and named:
        return rest
    return name


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


_CRIES = "!！?？"


def _without_tail(name: str) -> str:
    """A post title without its closing cries and hashtags (``X!! #yapcasia``): the
    words before them, as written. ``#5``, ``#0x05`` (a number after the mark) is the
    event's edition, its name's own."""
    words = name.split()
    while words and (_hashtag(words[-1]) or not words[-1].strip(_CRIES)):
        words.pop()  # "#x" (a hashtag is a word of its own, "C#" is none), "!!"
    if not words or (len(words) == len(name.split()) and not name.rstrip().endswith(tuple(_CRIES))):
        return name
    return " ".join(words).rstrip(_CRIES)


def _hashtag(word: str) -> bool:
    """A hashtag (``#gocon``), not an edition's number (``#12``, ``#0x05``)."""
    return word.startswith("#") and not word[1:2].isdigit()


_AUTHOR_TAIL_RE = re.compile(rf"(?<=\d)[ \t]+(?:{BY_WORDS})[ \t]+(\S[^,;:()]{{2,80}})$", re.I)
"""A by-line after the event's year ending a post's title: who wrote the notes."""


_MINE_RE = re.compile(rf"{_MINE}", re.I)


def names_no_event(text: str) -> bool:
    """``Conference-Notes``, ``mes-notes``, ``My talk notes``, ``Conferences and Meetups``:
    words that say a collection holds notes (of which kind of event, whose), naming none:
    every word a notes word, a possessive or a kind of event."""
    from confnotes.importers.persons import names_a_kind_of_event_only

    words = re.sub(r"[_\-.]+", " ", text).casefold().split()
    notes = {w for ws in NOTES_OF.values() for w in ws if " " not in w}
    rest = [w for w in words if w not in notes and not _MINE_RE.fullmatch(w)]
    return (
        bool(words)
        and len(rest) < len(words)
        and (not rest or names_a_kind_of_event_only(" ".join(rest)))
    )


_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _bilingual(text: str) -> bool:
    """``開催日程 / Date``, ``計算可能解析学とCoq / Computable Analysis and Coq``: the same
    words in an East Asian script and a Latin one, a solidus apart (a Japanese, Chinese or
    Korean page's bilingual headings), not a speaker and a title."""
    parts = text.split(" / ")
    if len(parts) != 2:
        return False
    a, b = (bool(_CJK_RE.search(p)) for p in parts)
    return a != b and all(re.search(r"[^\W\d_]", p) for p in parts)


def _parallel_alternatives(text: str) -> bool:
    """``Dates in Joda Time / Noda Time``, ``Testing iOS Apps / Android Apps``: a solidus
    between a title and a few words that end as the title ends sets two forms of one
    thing side by side, as a title names alternatives; a speaker's name after a solidus
    (``Scaling Postgres / Ana Ruiz``) does not repeat the title's last word."""
    parts = text.split(" / ")
    if len(parts) != 2:
        return False
    before, after = parts[0].split(), parts[1].split()
    if not after or len(after) > 3 or len(before) <= len(after):
        return False
    last = after[-1].strip(" *_.,").casefold()
    return len(last) > 1 and last == before[-1].strip(" *_.,").casefold()


_ASIDE_BY_RE = re.compile(rf"(?:{BY_WORDS})\s+", re.I)
"""The by-word that opens a title's closing brackets (``(by Name)``, ``(von Name)``)."""


def _by_aside(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Title (by Name)``, ``Title (von Name)``: the title, and the people the by-word
    in its closing brackets names (its role is the evidence: a first name alone is
    someone there; ``by the pool`` names no one)."""
    text = text.strip()
    if not text.endswith((")", "）")):
        return None
    at = max(text.rfind("("), text.rfind("（"))
    inner = text[at + 1 : -1].strip()
    m = _ASIDE_BY_RE.match(inner) if at > 0 else None
    if m is None or len(inner) - m.end() > 200 or any(c in inner for c in "()（）"):
        return None
    who = split_speakers(inner[m.end() :], single_ok=True)
    title = text[:at].strip(' *_"“”,-–—')
    return (title, who) if who and title else None


CARD_LABEL_RE = re.compile(r"\A[-*+\s]*+([^\W\d_][^\W\d_ ]{0,30}?)\s*+[:：]\s*+(\S.{0,300})")
"""``Talk: Title``, ``**Affiliation:** Org``, ``- Title: …`` (emphasis already reduced)."""


def card_fields(section: Section) -> dict[str, str]:
    """The labelled fields of a person's section on a speakers page: its talk's title,
    the person's affiliation, the talk's abstract. Reads the conventions of speakers and
    keynote pages whose headings are names and whose sub-headings or labelled lines say
    what follows (``#### Title: …`` / ``#### Abstract`` / ``#### Bio``; ``**Talk:** …``,
    ``**Affiliation:** …``; ``- Talk: …``). Only a label whose words name a field
    counts; a title that is a placeholder (``TBA``) is none."""
    out: dict[str, str] = {}

    def note(label: str, value: str) -> None:
        roles = roles_of(label)
        value = " ".join(value.split()).strip(" *_")
        if not value or is_placeholder(value):
            return
        for role in ("title", "affiliation", "abstract"):
            if role in roles and role not in out and not roles - {role, "name"}:
                out[role] = value
                return

    def lines(block: Block) -> list[str]:
        return (block.items if block.kind == "list" else block.text.splitlines())[:20]

    for block in section.blocks[:20]:
        for line in lines(block):
            if m := CARD_LABEL_RE.match(line):
                note(m.group(1), m.group(2))
    for child in section.children[:12]:
        heading = strip_markdown_inline(child.title).strip()
        if m := CARD_LABEL_RE.match(heading):
            note(m.group(1), m.group(2))
        elif "abstract" in roles_of(heading) and len(heading.split()) <= 2:
            note(heading, " ".join(b.text for b in child.blocks[:20]))
        elif (
            len(heading.split()) <= 3
            and roles_of(heading) & {"title", "affiliation"}
            and child.blocks
            and child.blocks[0].kind == "paragraph"
        ):
            # "### Talk Title" over "Self-Assessment: A Growth Pointer": a label heading
            # over its value, the block under it
            note(heading, child.blocks[0].text.split("\n")[0])
        for block in child.blocks[:20]:
            for line in lines(block):
                if m := CARD_LABEL_RE.match(line):
                    note(m.group(1), m.group(2))
    return out


@dataclass
class HeadingTalk:
    title: str
    speakers: list[ProgrammePerson] = field(default_factory=list)
    kind: str = "talk"
    start: time | None = None
    end: time | None = None
    ampm: bool = False
    room: str = ""
    day: date | None = None
    links: list[Link] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    chairs: list[ProgrammePerson] = field(default_factory=list)
    """People who moderate it (``Panel: Title, moderated by Name``), not its speakers."""
    whole: str = ""
    """The heading as written when its speakers were read out of it (``Name: Title``)."""
    weekday: int | None = None
    """The weekday its heading named before its time (``Sunday 11:00 Title``), 0-6."""
    code: str = ""
    """Its session's code, where a list gives it after the title (``Title (NET305)``)."""


STRESS_RE = re.compile(r"(?<![*_\w])([*_]{1,2})(?![\s*_])([^*_\n]{1,500}?)(?<!\s)\1(?![*_\w])")
"""A bold or italic stretch of a Markdown line (``*Title*``, ``__Name__``)."""


ITEM_LINE_RE = re.compile(r"^\s{0,40}(?:[-*+]|\d{1,3}[.)])\s+(\S.{0,500})$")
"""A list item's line, at any depth, and its words."""


def name_then_description(value: str) -> list[ProgrammePerson]:
    """``Peter Lind, President at Studio Nine, author of three books, advises A, B and C``:
    a speaker slot's value that does not split into people begins with its speaker, a
    description after the first comma or dash (a bio's convention); [] when the part
    before is no person."""
    head = _DESCRIPTION_SPLIT_RE.split(value, maxsplit=1)[0].strip(" *_")
    if head == value.strip(" *_"):
        return []
    return split_speakers(head, single_ok=True)


ONE_PERSON_KEYS = frozenset(
    {"speaker", "presenter", "referent", "referentin", "intervenant", "intervenante"}
    | {"ponente", "sprecher", "sprecherin", "orateur", "relatore", "relatrice", "orador"}
    | {"oradora", "palestrante", "conférencier", "conferencier", "spreker", "prelegent"}
    | {"speakerine", "oratrice", "conférencière", "conferenciere"}
)
"""Speaker keys in the singular: the label says one person speaks."""


def one_named(key: str, value: str, who: list[ProgrammePerson]) -> list[ProgrammePerson]:
    """``Speaker: Mario Rossi, Red Hat``: a label in the singular names one person, so the
    words after the one comma are that person's organisation, though they have a name's
    shape (``Red Hat``, ``Giant Swarm``), never a second speaker. Other keys (``Speakers:
    A, B``), or a value that joins names with ``and``, keep the people as read."""
    if key not in ONE_PERSON_KEYS or len(who) != 2 or value.count(",") != 1:
        return who
    if "@" in value:
        return who  # "Ana Ruiz, @bolin": a handle is a person's
    if who[0].affiliations or who[1].affiliations:
        return who
    name, _, org = value.partition(",")
    one = split_speakers(name.strip(" *_"), single_ok=True)
    if len(one) != 1 or one[0].name != who[0].name or not org.strip(" *_"):
        return who
    one[0].affiliations = [org.strip(" *_")]
    return one


_DESCRIPTION_SPLIT_RE = re.compile(r",\s++|(?<!\s)\s++[-–—]\s++|(?<!\s)\s++\(")
"""Where a bio begins after a name; a run of spaces is tried at its first only (linear)."""


def name_then_position(line: str) -> list[ProgrammePerson]:
    """The line right under a talk's title that is one person, a dash, and what they do
    (``Jake Bailey - TypeScript team``): the person, with the rest as their affiliation.
    Only the first dash splits, and the part before it must be a name on its own."""
    parts = DASHES_RE.split(line, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return []
    who = split_speakers(parts[0].strip(), single_ok=False)
    if len(who) != 1 or who[0].affiliations or bare_cjk(who):
        return []
    if (after := split_speakers(parts[1].strip())) and not any(is_job_title(p.name) for p in after):
        # "Ana Ruiz - Li Wei": two people, not a person and a position; but "Ana Ruiz -
        # Maintainer @ Acme, Editor @ W3C" lists jobs at places: one of them a job's name
        return []
    who[0].affiliations = [parts[1].strip()]
    return who


def links_notes_file(line: str) -> bool:
    """A line linking a notes file beside it (an index's entry), never a line of names."""
    return any(
        is_notes_file(m.group(2)) for m in re.finditer(r"\[([^\[\]]*)\]\(([^()\s]+)\)", line)
    )


def lower_names(text: str) -> list[ProgrammePerson]:
    """A name a ``Speaker:`` key gives in lower case (``speaker: lena dahl``): the key is
    the role, the words have a name's shape once capitalised; kept as written."""
    if not text.islower() or len(text) > 60:
        return []
    found = split_speakers(text.title())
    if len(found) != 1 or found[0].affiliations or found[0].name != text.title():
        return []
    return [ProgrammePerson(name=" ".join(text.split()))]


def heard(talk: HeadingTalk, who: list[ProgrammePerson]) -> None:
    """Speakers a line under the heading names. When the heading's own split named others
    (``Two Words: Title`` read as ``Name: Title``), the line is the stronger evidence: the
    heading was a title, whole."""
    if talk.whole and {p.name.casefold() for p in who} != {
        p.name.casefold() for p in talk.speakers
    }:
        talk.title, talk.speakers, talk.whole = talk.whole, list(who), ""
        return
    talk.speakers = merge_people(talk.speakers, who)


CHAIRED_RE = re.compile(
    r"\b(?:moderated|chaired|facilitated|animée?|moderiert|moderad[oa]|moderat[oa]|"
    r"coordenad[oa]|mediad[oa])\s*$",
    re.I,
)
"""A participle before a by-line that makes the people after it its chairs."""


_TRAILING_LINK_RE = re.compile(
    r"[ \t]{0,4}[,;|·–—-][ \t]{0,4}\[(?P<label>[^\[\]\n]{1,40})\]\([^()\s]{1,500}\)[ \t]{0,4}$"
)
"""A link closing a line after a separator (``…, [video](…)``)."""
_MATERIALS = frozenset({"video", "slides", "poster", "code"})


def without_trailing_materials(text: str) -> str:
    """``Name: [Title](…), [video](…)``, ``[Title](…) | [slides](…)``: links after the
    title's whose labels name a kind of material (in any accent: ``videó``, ``vídeo``)
    are the talk's materials, no words of its title. A line must keep a link of its
    own before them (``Talk, [video](…)`` alone is left as it is)."""
    for _ in range(4):
        m = _TRAILING_LINK_RE.search(text)
        if m is None or "](" not in text[: m.start()]:
            return text
        label = unicodedata.normalize("NFKD", m.group("label"))
        label = "".join(c for c in label if not unicodedata.combining(c))
        if len(label.split()) > 3 or link_kind("", label) not in _MATERIALS:
            return text
        text = text[: m.start()]
    return text


def read_heading(text: str, year: int | None = None, timed: bool = False) -> HeadingTalk:
    """A talk heading's title, speakers, kind and time, in the ways people write them
    (``timed``: the words after a time its row already read)."""
    room, written = "", text
    # "[Title (Name)](…) 🔥": a reader's marks after the heading, no part of its fields
    text, marks = trailing_marks(text)
    text = without_trailing_materials(text)  # "[Title](…), [video](…)": the title's links
    # "Opening Keynote - [Ana Ruiz]: https://…": a link written as a reference definition
    # inside the line is the link it means, its label the text
    text = _INLINE_DEFINITION_RE.sub(r"[\1](\2)", text)
    # "[Title] - [Ana Ruiz] ([Lab])": labels of reference links, each a whole field
    text = _SHORTCUT_REF_RE.sub(r"\1\2", text)
    text = one_dash(text)  # "Title ———— 周爱民": the Chinese dash, a dash
    text = slot_quoted(text)  # "3コマ目「Title」": the slot's number, then its title
    text = kind_waved(text)  # "Keynote～Title～": a kind's label, then its title
    if (aside := STRESSED_ASIDE_RE.search(text)) is not None and aside.start() > 0:
        # "Welcome *(Hall B)*": an aside in brackets set apart by its stress is where the
        # talk is held, never who gives it
        text, room = text[: aside.start()], aside.group(2).strip()
    talk = _read_heading(text, year, timed)
    talk.room = talk.room or room
    if talk.speakers and all(han_word(p.name) for p in talk.speakers):
        # "Kubernetes | 高可用", "云原生 | 周报": after the bar a common word, no one's name
        # (the title from where the title or the word is written, its kind and clock off)
        plain = strip_markdown_inline(text).strip()
        at = [plain.find(w) for w in (talk.title, talk.speakers[0].name)]
        talk.title, talk.speakers = plain[min((a for a in at if a >= 0), default=0) :], []
    if (quoting := _person_quoting(text)) is not None and _CJK_QUOTE_RE.search(text):
        # "三桥：《探索HTML5》": the brackets set the title apart whatever the colon split
        talk.speakers, talk.title = quoting
    if talk.speakers and _notes_of_nothing(talk.title, year):
        # "Conference notes - Kim Sato": whose notes these are, not a talk and its speaker
        talk.title, talk.speakers = strip_markdown_inline(text).strip(), []
    if fielded := person_first_fields(strip_markdown_inline(text)):
        # "Name | @handle | Company | "Title"": a by-line's fields parted by bars, the
        # speaker's first (the fields between say who they are, never who else speaks)
        talk.title, talk.speakers = fielded
    if not talk.speakers and (on := _person_on_topic(text)) is not None:
        talk.speakers, talk.title = on
    if not talk.speakers and (quoting := _person_quoting(text)) is not None:
        talk.speakers, talk.title = quoting
    if not talk.speakers and (labelled := labelled_speakers(text)) is not None:
        talk.title, talk.speakers = labelled
    if not talk.speakers and (marked := cjk_title_and_speaker(written)) is not None:
        # "Title｜刘晓梅", "Title（主讲：赵一鸣）": split as written (the reading spaces a
        # full-width space), the title as read, without its kind's label or its clock
        talk.title, talk.speakers = title_as_read(talk.title, *marked), marked[1]
    _kind_and_who(talk, text)
    if talk.kind != "talk" and not talk.speakers and _no_title(talk.title):
        # "Lightning talks - June 12, 4:30pm", "Lightning slot: open": after its kind's
        # label, a day, an hour or a slot still to fill; the heading as written is the title
        talk.title = strip_markdown_inline(text).strip()
    if not talk.speakers and (signed := _handle_signed(strip_markdown_inline(text))):
        talk.title, talk.speakers = signed  # "Title - @ana": an account is someone's
    if not talk.speakers and not talk.room and (placed := _trailing_room(talk.title)):
        talk.title, talk.room = placed  # "Title - Grand Ballroom A": where it is held
    if not talk.speakers:
        talk.whole = ""
    if marks and talk.title:
        talk.title = f"{talk.title} {marks}"  # the reader's marks kept, after the title
    if not talk.speakers and (announced := announced_title(talk.title)):
        talk.title = announced  # "20 марта — семинар на тему «Title»": the quoted title
    if not talk.title and _UNKNOWN_TITLE_RE.fullmatch(said := strip_markdown_inline(text).strip()):
        # "## ???", "## …": the writer did not catch the title; their mark is its title
        talk.title = said
    return talk


_UNKNOWN_TITLE_RE = re.compile(r"[?？¿.…]{1,12}")
"""A heading of question marks or an ellipsis alone: a title the writer did not know."""


_ANNOUNCED_QUOTE_RE = re.compile(
    r"«\s?(?P<g>[^«»\n]{3,300}?)\s?»|„(?P<l>[^„“”\n]{3,300})[“”]|「(?P<c>[^「」\n]{3,300})」"
    r"|“(?P<e>[^“”\n]{3,300})”"
)
"""A quoted stretch of a sentence, in the quotation marks of its language (``«…»``,
``„…“``, ``「…」``, ``“…”``; a straight ``"`` opens and closes alike, so no pair is sure)."""
_ANNOUNCEMENT_WORDS_LEAST = 3
"""Words outside the quote at least: a sentence around it, not a label."""


def announced_title(text: str) -> str:
    """A heading that is one talk's announcement in a sentence (``20 марта пройдёт
    семинар на тему «Title»``, ``Am 5. Mai spricht Jana Vogel über „Titel“``,
    ``3月20日に勉強会「Title」を開催``): the title it quotes; "" when it quotes nothing or
    more than one stretch, or its other words are no sentence naming a day (``Why "move
    fast" fails`` is a title with a quoted word)."""
    plain = strip_markdown_inline(text).strip()
    quotes = list(itertools.islice(_ANNOUNCED_QUOTE_RE.finditer(plain), 2))
    if len(quotes) != 1:
        return ""
    m = quotes[0]
    outside = f"{plain[: m.start()]} {plain[m.end() :]}"
    if len(outside.split()) < _ANNOUNCEMENT_WORDS_LEAST and not CJK_SIGN_RE.search(outside):
        return ""
    if find_date(outside, 2000)[0] is None:
        return ""
    return next(g for g in m.groups() if g).strip()


def _handle_signed(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Title - @ana``, ``Titel – @ana & @bo``: the title, then after its last dash only
    social handles, which name people whatever words or language the title is in."""
    cuts = list(DASHES_RE.finditer(text[:600]))
    if not cuts:
        return None
    head, tail = text[: cuts[-1].start()].strip(), text[cuts[-1].end() :].strip()
    people = handles_only(tail) if head else []
    return (head, people) if people else None


_FIELD_OPEN_QUOTES = '"“„«'
_FIELD_CLOSE_QUOTES = '"”“»'
_MOST_FIELDS = 6
"""Bar-parted fields one heading holds (``Name | @handle | Company | "Title"``)."""
_DOMAIN_RE = re.compile(r"^[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$")


def person_first_fields(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Name | @handle | Company | "Title"``, ``Name | Company | Title``: a by-line written
    as fields parted by bars, the speaker first and the title last. The title is the field
    in quotes; without quotes, the last of three or more fields, when it is no one's name,
    handle, web address, organisation or notes label and a field between is a handle, a
    web address or an organisation (and none a second person): the by-line's own marks.
    None for any other text."""
    fields = [f.strip() for f in text.split(" | ")]
    if not 2 <= len(fields) <= _MOST_FIELDS or not all(fields):
        return None
    people = split_speakers(fields[0])
    if not people:
        return None
    rest = fields[1:]
    quoted = [
        f
        for f in rest
        if len(f) > 2 and f[0] in _FIELD_OPEN_QUOTES and f[-1] in _FIELD_CLOSE_QUOTES
    ]
    if len(quoted) == 1:
        title = quoted[0][1:-1].strip()
        return (title, people) if title and not set(_FIELD_OPEN_QUOTES) & set(title) else None
    last = rest[-1]
    between = rest[:-1]
    if not any("@" in f or _DOMAIN_RE.match(f) or is_organisation(f) for f in between) or any(
        split_speakers(f) and "@" not in f for f in between
    ):
        return None  # "Day Two | Ana Ruiz | Title", "Sala Azul | 10h | Title": no by-line
    if (
        quoted
        or len(fields) < 3
        or "@" in last
        or _DOMAIN_RE.match(last)
        or is_organisation(last)
        or split_speakers(last)
        or not any(c.isalpha() for c in last)
        or _notes_of_nothing(last, None)
    ):
        return None
    return last, people


_SLOT_QUOTED_RE = re.compile(
    r"^(?P<slot>[^「『\[\]\n]{1,24}?)[ \t　]*[「『](?P<title>[^「」『』\n]{1,300})[」』][ \t]*$"
)


def slot_quoted(text: str) -> str:
    """``3コマ目「Title」``, ``Slot 2 『Title』``: a heading that is a slot's number (or its
    hour) then one title set in corner brackets; the title (after the hour, when there
    is one), the slot's label aside. A heading whose words before the brackets hold no
    digit (``Ana Ruiz「Title」``: who gives it) stays as written."""
    m = _SLOT_QUOTED_RE.match(text.strip())
    if m is None or not any(c.isdigit() for c in m.group("slot")):
        return text
    slot, title = m.group("slot").strip(" :：-–—"), m.group("title").strip()
    if split_speakers(strip_markdown_inline(slot)):
        return text
    start, _end, rest, _ampm = leading_clock(slot)
    if start is not None and not rest.strip():
        return f"{slot} {title}"  # "10:30「Title」": the hour kept for the row to read
    if _SLOT_LABEL_RE.fullmatch(strip_markdown_inline(slot).strip()) is None:
        return text  # "Ruby 3.3「新機能の紹介」", "ISUCON13「振り返り」": the title's own words
    return title


def kind_waved(text: str) -> str:
    """``keynote～Title～``, ``基調講演 〜Title〜``, ``Panel ~ Title ~``: a label that only
    says a kind of item (:func:`kind_label_only`), then a title set between wave dashes,
    as Japanese posts set a title apart; ``label: title`` for the label's reading. Words
    before the dashes that say more than a kind (``Rust入門～所有権～``) are the title's."""
    parts = waved(text)
    if parts is None:
        return text
    label, title = strip_markdown_inline(parts[0]).strip(" *_:："), parts[1]
    if not kind_label_only(label) or kind_of(label) in ("talk", "break"):
        return text
    return f"{label}: {title}"


_SLOT_LABEL_RE = re.compile(
    r"(?i)第?[ \t]?\d{1,3}[ \t]?(?:コマ目|コマ|枠|限目?|番目|部)"
    r"|(?:slot|session|talk|track|セッション|枠)[ \t]?#?\d{1,3}"
)
"""A slot's number with its counter (``3コマ目``, ``第2部``) or its label (``Slot 2``)."""


_ROOM_CODE_RE = re.compile(r"[A-Z]\d{0,3}|\d{1,4}[A-Za-z]?|[IVX]{1,4}")
"""A room's code after its word (``B``, ``101``, ``2a``, ``IV``)."""


def _trailing_room(title: str) -> tuple[str, str] | None:
    """``Title - Jr Ballroom B``, ``Titel – Saal 2``: after the title's last dash, a place
    (a room's word, then its code: a letter or a number; four words at most, no person)
    — where the talk is held, no part of its title. None otherwise."""
    parts = DASHES_RE.split(title)
    if len(parts) < 2:
        return None
    head, tail = title[: title.rfind(parts[-1])].rstrip(" -–—|·•/"), parts[-1].strip()
    words = tail.split()
    if not head.strip() or not 2 <= len(words) <= 4 or not _ROOM_CODE_RE.fullmatch(words[-1]):
        return None
    if not any(roles_of(w) == {"room"} for w in words[:-1]) or split_speakers(tail):
        return None
    return head.strip(), tail


_OPEN_SLOT = frozenset({"open", "offen", "ouvert", "abierto", "aberto", "aperto", "libre"})
"""A slot's words that say anyone may take it (``Lightning slot: open``)."""


def _no_title(title: str) -> bool:
    """A kind's label's remainder that names no talk: a date or an hour only, a slot
    still to fill (``TBA``, ``open``)."""
    plain = strip_markdown_inline(title).strip(" ,.;:-–—()")
    if not plain:
        return False
    if plain.casefold() in _OPEN_SLOT or is_placeholder(plain):
        return True
    rest = strip_dates(plain).strip(" ,.;:-–—")
    return rest != plain and (not rest or bool(CLOCK_ONLY_RE.fullmatch(rest)))


_LABEL_CUTS = (". ", " - ", " – ", " — ", " | ", "(", "; ", ", ", "/ ")
"""What sets a label apart from the title before it (a sentence's end, a dash, a bar, an
opening bracket)."""
_LABEL_COLON_RE = re.compile(r"[:：]")
_INITIAL_RE = re.compile(r"(?:^|\s)\w$")


def labelled_speakers(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Title. Speaker: Ana Ruiz``, ``Title (Speakers: A and B)``, ``Title - Ponente y
    autor: Name. Autoría: …``: a title, then, past a sentence's end, a dash, a bar or an
    opening bracket, a label of at most three words naming the speakers' role (in the
    languages of :data:`confnotes.importers.fields.ROLE_WORDS`) and their names, up to a
    closing bracket, a bar or the next sentence. The label vouches for the names as a
    data file's speaker field does. None unless a title stands before it and people after."""
    plain = " ".join(strip_markdown_inline(text).split())
    if len(plain) > 600 or (":" not in plain and "：" not in plain):
        return None
    for colon in _LABEL_COLON_RE.finditer(plain):
        before = plain[: colon.start()]
        cut, sep = max(((before.rfind(x), x) for x in _LABEL_CUTS), key=lambda c: c[0])
        if cut <= 0:
            continue
        label = before[cut + len(sep) :].strip()
        if not label or len(label.split()) > 3 or "speaker" not in roles_of(label):
            continue
        title = before[:cut].strip(" .-–—|;,/")
        value = plain[colon.end() :]
        if sep == "(":
            value = value.split(")", 1)[0]
        value = value.split(" | ", 1)[0]
        for m in re.finditer(r"\. ", value):
            if not _INITIAL_RE.search(value[: m.start()]):  # "Ana M. Ruiz": an initial
                value = value[: m.start()]
                break
        value = value.strip(" .;,")
        people = role_people(value) if value and len(value) <= 200 else []
        if title and people and not is_placeholder(title):
            return title, people
    return None


def _person_on_topic(text: str) -> tuple[list[ProgrammePerson], str] | None:
    """``Philip Wadler on [category theory](…)``, ``Carl Meyer on testing``: a person, the
    word for what a talk is about, and that topic (a link's label, or the words up to the
    sentence's end) — how people list the talks they heard. None unless the words before
    it are people and nothing else."""
    m = _ON_TOPIC_RE.match(text)
    if m is None:
        return None
    who = split_speakers(strip_markdown_inline(m.group("who")).strip(" *_"))
    if not who or title_key(" ".join(p.name for p in who)) != title_key(
        re.sub(r"\band\b|&", " ", strip_markdown_inline(m.group("who")))
    ):
        return None
    what = m.group("label") or strip_markdown_inline(m.group("what") or "")
    what = what.strip(" *_,")
    return (who, what) if what else None


_ON_WORDS = "on|über|sur|sobre|su|om"
"""``on`` between a person and a talk's topic, in the languages notes are written in."""
_ON_TOPIC_RE = re.compile(
    rf"^[ \t*_]{{0,4}}(?P<who>[^\[\]():;|\n]{{3,80}}?)[ \t]{{1,4}}(?:{_ON_WORDS})[ \t]{{1,4}}"
    r"(?:\[(?P<label>[^\[\]\n]{2,200})\]\([^()\s]{1,500}\)|(?P<what>[^.!?\n\[\]]{2,200}))",
    re.I,
)
"""A person, ``on`` (in the languages notes are written in: ``om`` in Swedish, Danish and
Norwegian; not Dutch ``over``, an English word in titles) and a talk's topic."""
ON_LEAD_RE = re.compile(rf"(?:{_ON_WORDS})[ \t]{{1,4}}(?=\S)")
"""A topic's words opened by a lower-case ``on`` (``on Title``, after the speaker's name
in the cell before): the connecting word, not the title's (a title's own ``On`` is
capitalised)."""
_ON_GAP_RE = re.compile(rf"[ \t*_]{{1,6}}(?:{_ON_WORDS})[ \t*_]{{1,6}}", re.I)
"""Only the word ``on`` between a name and a topic (``Ana Ruiz om Topic``)."""


def says_on_topic(between: str) -> bool:
    """Whether ``between`` (the words between a person's name and a talk's title on one
    line) is only the word for ``on``: the by-line form ``Name on Topic`` places the
    speaker as a role's word does."""
    return _ON_GAP_RE.fullmatch(between) is not None


def _person_quoting(text: str) -> tuple[list[ProgrammePerson], str] | None:
    """``josh wills “how to play well with others”``, ``Ana Ruiz: "Faster Logs"``,
    ``Ana Ruiz's "Faster Logs"``: a person's name, then the talk's title in quotation
    marks and nothing after it — the quotes set the title apart, so the words before them
    are its speakers when they are people and nothing else (lower-case names too, as a
    note-taker types them)."""
    m = _QUOTING_RE.match(text)
    if m is None:
        return None
    who = strip_markdown_inline(m.group("who")).strip(" *_,:-–—")
    who = re.sub(r"[’']s$", "", who).strip()
    people = split_speakers(who) or lower_names(who)
    if not people or title_key(" ".join(p.name for p in people)) != title_key(
        re.sub(r"\band\b|&", " ", who)
    ):
        return None
    return people, (m.group("title") or m.group("cjk")).strip()


_QUOTING_RE = re.compile(
    r"^[ \t*_]{0,4}(?P<who>[^\[\]()\"“”„«»「」『』《》:：;|\n]{2,80}?)"
    r"[ \t]{0,4}[:：,–—-]?[ \t]{0,4}"
    r"(?:[“\"„«](?P<title>[^\"“”„«»\n]{2,200})[”\"“»]"
    r"|[「『《](?P<cjk>[^「」『』《》\n]{2,200})[」』》])[ \t*_.!]{0,8}$"
)
"""Who, then a talk's title in quotation marks (``Name “Title”``, ``姓名：《Title》``: the
corner and double angle brackets are the quotation marks of Chinese and Japanese titles)."""
_CJK_QUOTE_RE = re.compile(r"[「『《][^「」『』《》\n]{2,200}[」』》]")
"""A title in the corner or double angle brackets of Chinese and Japanese."""


def _kind_and_who(talk: HeadingTalk, text: str) -> None:
    """``Keynote Speaker - Ned Batchelder``, ``Keynote - Ana Ruiz``: a heading whose one
    part is a keynote's label (with a role's word or without), set apart by a dash, and
    whose other is the person who gives it is a keynote by them, untitled but for its kind.
    A colon's label (``Poster Session: Tidal Archives``) names a theme, no one."""
    plain = strip_markdown_inline(talk.title).strip(" *_")
    said = strip_markdown_inline(text)
    if not plain or not DASHES_RE.search(said) or ":" in said:
        return
    if (
        not talk.speakers
        and talk.kind == "keynote"
        and len(who := split_speakers(plain)) == 1
        and title_key(who[0].name) == title_key(plain)
    ):
        talk.speakers, talk.title = who, "Keynote"  # "Keynote - Ana Ruiz"
        return
    if not talk.speakers or not kind_label_only(plain) or kind_of(plain) != "keynote":
        return
    # "Keynote Speaker - Name": the kind's words without the role's are its title
    words = [w for w in plain.split() if not roles_of(w)]
    if words and len(words) < len(plain.split()) and kind_label_only(" ".join(words)):
        talk.kind, talk.title = "keynote", " ".join(words)


_INLINE_DEFINITION_RE = re.compile(r"\[([^\[\]\n]{1,200})\]:[ \t]*+(https?://[^\s()<>]{1,500})")
"""``[Label]: https://…`` inside a line (a reference definition's syntax used as a link)."""


DATED_TAIL_RE = re.compile(r"[ \t][-–—|][ \t][^-–—|]{3,60}$")
"""A heading's last part after a spaced dash (``- April 21, 5pm``)."""


CLOCK_ONLY_RE = re.compile(
    r"(?:at[ \t])?\d{1,2}(?:[:.h]\d{2})?[ \t]?(?:[ap]\.?m\.?)?"
    r"(?:[ \t]?[-–][ \t]?\d{1,2}(?:[:.h]\d{2})?[ \t]?(?:[ap]\.?m\.?)?)?",
    re.I,
)
"""Nothing but a time or a range of times (``5pm``, ``17:00-18:30``)."""


_SHORTCUT_REF_RE = re.compile(
    r"(^|[:,;][ \t]|[ \t][-–—][ \t]|\(|\*\*[ \t]?)\[([^\[\]\n]{1,200})\]"
    r"(?=$|[ \t]*[-–—,;:)]|[ \t]+\()"
)
"""``[Label]`` standing for a whole field of a line (at its start, after a separator or in
brackets, before the next): a Markdown shortcut reference link, its label the text;
``Name [Lab - Dept]`` (a bracket after a word) is not one."""


STRESSED_ASIDE_RE = re.compile(r"(?<![ \t])[ \t]*([*_])\(([^()*_\n]{1,80})\)\1[ \t]*$")


def _notes_of_nothing(title: str, year: int | None) -> bool:
    """``Conference notes``, ``Talk notes``, ``Notes``: a title that only says it is notes
    (nothing but a word such as *conference* is left without its notes words)."""
    left = title_name(title, year)
    if not left and _code_word(title, year):
        return False  # "g3a_i18n": a tool's name that holds no notes word
    return left != title.strip() and len(left.split()) <= 1 and not find_year(left)


_CODE_WORD_RE = re.compile(r"[A-Za-z0-9_\\-]{2,40}")
"""A token as code writes it: ASCII letters, digits, underscores (``\\_`` as Markdown
escapes them), hyphens."""


def _code_word(title: str, year: int | None) -> bool:
    """``g3a_i18n``, ``k8s``: one token of letters mixed with digits, written as code;
    a name that :func:`title_name` cannot keep (no two letters in a row), no notes word
    or day."""
    word = title.strip()
    return (
        _CODE_WORD_RE.fullmatch(word) is not None  # code is written in ASCII: not "3,000円"
        and any(c.isdigit() for c in word)
        and any(c.isalpha() for c in word)
        and _without_notes_suffix(word) == word
        and not is_day(word, year)
    )


_ASIDES_RE = re.compile(r"[(（][^()（）]{0,80}[)）]")


def _when_only(text: str) -> bool:
    """Words after a colon that are a day and an hour and nothing more (``12-3-21,
    9:40 h. (two classes)``): what follows a place's name (``North School: …``), never a
    talk's title, so the words before the colon are no speaker's name."""
    text = text.strip()
    bare = _ASIDES_RE.sub(" ", text)
    return text[:1].isdigit() and words_beside(bare) == 0 and clock_range(bare)[0] is not None


def _read_heading(text: str, year: int | None = None, timed: bool = False) -> HeadingTalk:
    head, kind = _trailing_kind(text)
    if kind:
        # "Name - Title - Keynote": the kind said last, as others say it first
        talk = _read_heading(head, year, timed)
        if talk.kind == "talk":
            talk.kind = kind
        plain = strip_markdown_inline(head).strip()
        who = [] if talk.speakers else split_speakers(_LANG_TAG_RE.sub("", plain))
        if len(who) == 1 and not who[0].affiliations:
            # "Yukihiro Matsumoto (JA) - Keynote": who gives it, and its kind; its title is
            # that kind as the heading says it
            tail = strip_markdown_inline(text)[len(plain) :].strip(" -–—*_")
            talk.speakers, talk.title = who, tail or kind.capitalize()
        return talk
    tagged = _INNER_LANG_TAG_RE.search(strip_markdown_inline(text))
    if tagged and (who := split_speakers(tagged.group("rest"))):
        # "Let's write RBS! (EN) Masataka Kuwabara @p_ck_": after the talk's language, who
        # gives it, where the headings beside it put the speaker on the next line
        talk = _read_heading(tagged.group("title"), year)
        if not talk.speakers:
            talk.speakers = who
            return talk
    talk, text = _timed_heading(text, year, timed)
    rest = talk.title
    if _bilingual(rest):
        return talk  # "開催日程 / Date": one heading in two languages, no name and title
    if _parallel_alternatives(rest):
        return talk  # "Intro to Joda Time / Noda Time": two forms of one thing, no name
    if (aside := _by_aside(rest)) is not None:
        # "*Title* (von Mathias)", "Title (by Ana Ruiz)": an aside that is a by-line is the
        # record's speakers field, and the words before it its title
        talk.title, talk.speakers = aside
        talk.kind = kind_of(talk.title)
        return talk
    read_on = _read_label(talk, rest)
    if read_on is None:
        return talk
    rest = read_on
    if _read_by_line(talk, rest):
        return talk
    if _read_dashed_parts(talk, rest, year, timed):
        return talk
    _read_colon_or_bracket(talk, rest, text)
    return talk


def _timed_heading(text: str, year: int | None, timed: bool) -> tuple[HeadingTalk, str]:
    """A heading with its place, day, weekday and clock taken off: what is left says who
    and what (the text as cleaned, for the rules that read it whole)."""
    text, room = place_line(text)  # "20:00 Saal B" over the title: when and where
    text = _LEADING_SYMBOLS_RE.sub("", text)  # "⏰ 09:30 · Title", "🎤 Title"
    text = DURATION_RE.sub("", text)  # "Title (30 min)": the slot's length, not its words
    text = TABS_RE.sub(" — ", text.strip(" \t"))  # "Name<TAB>Title": a tab parts columns
    day, text = leading_date(strip_markdown_inline(text), year)  # "Feb 4 — Name: Title"
    if day is None and (weekday := leading_weekday(text))[0] is not None:
        if leading_clock(weekday[1])[0] is not None:
            text = weekday[1]  # "Saturday 10:00 Title - Name": the day's name, then its time
        else:
            weekday = (None, text)
    else:
        weekday = (None, text)
    start, end, rest, ampm = leading_clock(text)
    if start is None:
        rest = text
    rest = strip_markdown_inline(rest).strip()
    if start is not None:
        rest = rest.lstrip(" ·•|:-–—@") or rest  # "09:30 · Title"
    if not (_initial_of_a_name(rest) or ((start is not None or timed) and _INITIAL_RE.match(rest))):
        # a list's letter leads its line; "M. Andrew Moshier" after a time or before a
        # dash and a title is an initial
        rest = _PREFIX_RE.sub("", rest, count=1).strip() or rest
    if start is None and rest.endswith(")") and (open_at := rest.rfind("(")) > 0:
        clock = parse_clock(rest[open_at + 1 : -1])
        inner = rest[open_at + 1 : -1].strip()
        if clock is not None and re.fullmatch(r"[\d:.h\s\-–—apm.to]+", inner, re.I):
            start, end, ampm = clock.start, clock.end, bool(re.search(r"[ap]\.?m", inner, re.I))
            rest = rest[:open_at].rstrip(" ,-–—")  # "Title (10:30)", "Title (2:00-2:45 pm)"
    talk = HeadingTalk(title=rest, start=start, end=end, ampm=ampm, day=day, whole=rest, room=room)
    talk.weekday = weekday[0]
    return talk, text


_LABEL_NUMBER_RE = re.compile(r"[ \t]{1,3}(?:\d{1,3}|[IVX]{1,4})$")


def _kind_words_only(label: str) -> bool:
    """A label that is a kind's words and nothing more, its number after them perhaps
    (``Bài phát biểu chính 1``, the keynote in a language of short words): a kind however
    many words its language takes to say it, never a name."""
    bare = _LABEL_NUMBER_RE.sub("", label.strip())
    return any(p.fullmatch(bare) for _k, p in KIND_WORDS)


def _read_label(talk: HeadingTalk, rest: str) -> str | None:
    """A label before a colon or dash (a kind, "Speaker 1", a quoted title) read into
    ``talk``; the words still to read, or None when the label settled the talk."""
    if (glued := _GLUED_LABEL_RE.match(rest)) and (
        any(p.fullmatch(glued.group(1)) for _k, p in KIND_WORDS)
        or TALK_LABEL_RE.fullmatch(glued.group(1))
    ):
        rest = f"{glued.group(1)}: {rest[glued.end() :]}"  # "基調講演「Title」 Name": a label
    label, said, after = _label(rest)
    dashed = DASHES_RE.split(rest, maxsplit=1)
    if not said and len(dashed) == 2 and not split_speakers(dashed[1]):
        label, said, after = dashed[0], " - ", dashed[1]  # "Conférence invitée — Title"
    elif (
        said
        and len(dashed) == 2
        and len(dashed[0]) < len(label)
        and TALK_LABEL_RE.fullmatch(dashed[0].strip(" *_"))
    ):
        label, said, after = dashed[0], " - ", dashed[1]  # "Paper — Title: Subtitle": the
        # label's dash comes first, the colon is the title's own
    kind_label = (
        said
        and (len(label.split()) <= 3 or _kind_words_only(label))
        and (
            kind_of(label) in ("keynote", "panel", "spotlight", "oral", "poster", "demo")
            or TALK_LABEL_RE.fullmatch(label.strip())
        )
        and (not split_speakers(label) or any(p.fullmatch(label) for _k, p in KIND_WORDS))
    )  # a label that is a kind word and nothing else (基調講演) is the kind, not a name
    rest_all = rest
    if said and (quoted := labelled_quote(rest)):
        talk.title = quoted  # 'Full Paper #17: "Title"': a label, and the title it quotes
        if kind_label or _KIND_PREFIX_RE.match(rest):
            talk.kind = kind_of(label)
        return None
    if (
        said.strip() == ":"
        and len(label.split()) <= 3
        and not split_speakers(label)
        and (quote := _QUOTED_RE.match(after.strip()))
        and (
            who := split_speakers(_unwrap(quote.group("rest").strip(" ,.;")))
            or cjk_byline(quote.group("rest"))  # "分享 1: 《Title》 周敏 港湾云 架构师"
        )
    ):
        # 'Closing session: “Title,” Name, University': a label, the title it quotes, and
        # the by-line after the quote
        talk.title = quote.group("title").strip(" ,")
        talk.speakers = who
        talk.kind = kind_of(label) if kind_of(label) not in ("other", "break") else "talk"
        return None
    if said.strip() == ":" and len(label.split()) <= 3 and roles_of(label) == {"speaker"}:
        # "Speaker 1: Dr. Ana Ruiz - *Title*": the label says who comes first
        parts = DASHES_RE.split(after.strip(), maxsplit=1)
        if len(parts) == 2 and (who := split_speakers(parts[0])):
            talk.speakers, talk.title = who, parts[1].strip()
            return None
    if (m := _KIND_PREFIX_RE.match(rest)) or kind_label:
        # "Keynote: …", and a kind said in a short label before a colon ("Opening keynote: …")
        talk.kind = _kind_word(m.group("kind")) if m else kind_of(label)
        rest = m.group("rest").strip() if m else after.strip()
        talk.title = rest
        if not m and (tag := type_tag(label)) and tag not in talk.tags:
            talk.tags.append(tag)  # "Workshop — Title": its label gone, its tag kept
        # "Keynote: Name - Title" / "Keynote: Name: Title"
        parts = DASHES_RE.split(rest, maxsplit=1)
        if len(parts) == 1:
            parts = _COLON_RE.split(rest, maxsplit=1)
        if len(parts) == 2 and (who := split_speakers(parts[0])):
            talk.speakers, talk.title = who, parts[1].strip()
            if orgish(parts[1].strip()) and not any(p.affiliations for p in who):
                # "Keynote - Ana Ruiz - Tidal Institute": the slot's speakers and where they
                # work, its title not known yet: the label as the page writes it
                for person in who:
                    person.affiliations.append(parts[1].strip())
                said_label = rest_all[: m.start("rest")] if m else label
                talk.title = said_label.strip(" *_:.-–—")
            return None
        if (
            len(parts) == 1
            and (who := split_speakers(rest))
            and all(p.affiliations for p in who)  # a name with its lab: a person's slot
            # "Vortrag: Title (Dr. Name)": a bracket opening on a title is a person's
            and not any(is_written_title(a.split()[0]) for p in who for a in p.affiliations if a)
        ):
            # "Invited talk: Ana Ruiz (Lab)": a speaker's slot, its title not known yet
            # its label as the page writes it, with its number ("Invited Talk 2")
            said_label = rest_all[: m.start("rest")] if m else label
            talk.speakers, talk.title = who, said_label.strip(" *_:.-–—")
            return None
    if (
        said.strip() == ":"
        and kind_of(label) == "other"
        and len(label.split()) <= 4
        and not split_speakers(label)
        and not names_a_group(label)  # "Session 1: Ontology Standards": the session's theme
        and (who := split_speakers(after.strip(), single_ok=True))
    ):
        # "Opening Remarks: Hokeun Kim", "Welcome: Ana Ruiz": the item, and who gives it
        talk.title, talk.speakers, talk.kind = label.strip(" *_"), who, "other"
        return None
    return rest


def _read_by_line(talk: HeadingTalk, rest: str) -> bool:
    """Whether a by-line (by, von, par, a comma, from, with) named who gives the talk."""
    if m := _QUOTED_RE.match(rest):
        # '"Titel" von Name', '«Titre» par Nom': the by-word of any language programmes use
        tail = re.sub(rf"^(?:{BY_WORDS}|with|from)\s+", "", m.group("rest").strip(), flags=re.I)
        said, labelled, named = tail.partition(":")
        if labelled and "speaker" in roles_of(said.strip()):
            tail = named.strip()  # "«Title». Ponente: Name (Lab)": a labelled by-line
        if not tail:
            talk.title = m.group("title").strip()
            return True
        if who := split_speakers(_unwrap(tail)) or cjk_byline(tail):
            talk.title, talk.speakers = m.group("title").strip(), who
            return True
        # '"Simple made easy" revisited — Name': not a quoted title alone; read on
    if (by := list(_BY_RE.finditer(rest))) and _kind_label_by(rest[: by[0].start()]):
        # "Invited talk by Ana Ruiz: Title": the kind, who gives it, then its title
        name, said, named = rest[by[0].end() :].partition(": ")
        if said and named.strip() and (who := split_speakers(name, single_ok=True)):
            talk.speakers, talk.title = who, named.strip()
            talk.kind = kind_of(rest[: by[0].start()])
            return True
    if by:
        after = rest[by[-1].end() :]
        who = (
            name_and_given(_unwrap(after))
            or givens_and_family(_unwrap(after))
            or split_speakers(_unwrap(after))
            or split_speakers(
                _unwrap(DASHES_RE.split(after, maxsplit=1)[0])  # "Title, by Name — a remark"
            )
            or _leading_name(after)
            or handles_only(after)  # "Title by @handle": the account of who gives it
        )
        if who:
            head = rest[: by[-1].start()]
            if HOSTED_RE.search(head):
                return True  # "Organised by Dr Name", "hosted by": no one's talk
            if chaired := CHAIRED_RE.search(head):
                talk.chairs, talk.title = who, head[: chaired.start()].strip(" ,-–—")
                return True  # "Panel: Who owns it? – moderated by Name"
            talk.speakers, talk.title = who, head.strip(" ,-–—")
            return True
    if (
        (named_first := _NAMED_FIRST_RE.fullmatch(rest))
        and len(who := split_speakers(named_first.group("who"))) == 1
        and who[0].affiliations
        and len(named_first.group("title").split()) >= 2
        and not split_speakers(named_first.group("title"))
    ):
        # "Ana Ruiz (Nordlys Labs), Title": who speaks, where she works, then the title (a
        # title never ends in a bracketed organisation before its own comma)
        talk.speakers, talk.title = who, named_first.group("title").strip()
        return True
    for comma in _COMMA_RE.finditer(rest):
        # "Title, Dr Ana Ruiz et Pr Bo Li": a title before a name opens a by-line as "by" does
        tail = rest[comma.end() :]
        if comma.start() and titled(tail) and (who := split_speakers(tail)):
            head = rest[: comma.start()]
            # "Opening by the Faculty Dean, Prof. Name": "by" (no word of a title in
            # English, as "par" is in French) began a description of the speaker
            head = _ENGLISH_BY_RE.split(head, maxsplit=1)[0]
            talk.speakers, talk.title = who, head.strip(" -–—")
            return True
    if (
        (said_from := _FROM_RE.match(rest))
        and kind_of(said_from.group("head")) not in ("talk", "break", "other")
        and (who := split_speakers(said_from.group("who")))
    ):
        # "Keynote from Riya Kapoor": a kind of talk and who gives it, its title not known
        talk.speakers, talk.kind = who, kind_of(said_from.group("head"))
        return True
    if with_ := list(_WITH_RE.finditer(rest)):
        head = rest[: with_[-1].start()]
        conversation = talk.kind == "panel" or _CONVERSATION_RE.search(head)
        if (conversation or with_[-1].group(0).startswith(",")) and (
            who := split_speakers(rest[with_[-1].end() :])
        ):
            talk.speakers, talk.title = who, head.strip(" ,-–—")  # "Panel: X, with A and B"
            if talk.kind == "talk" and conversation:
                talk.kind = "panel"
            return True
    return False


def _read_dashed_parts(talk: HeadingTalk, rest: str, year: int | None, timed: bool) -> bool:
    """Whether the heading's dashed parts (label, title, name, company) named its speaker."""
    parts = [p.strip() for p in DASHES_RE.split(rest) if p.strip()]
    if (
        len(parts) == 3
        and len(parts[0].split()) <= 3
        and not split_speakers(parts[0])
        and not split_speakers(parts[1])
        and (who := split_speakers(parts[2]))
    ):
        # "Hands on - Title - Name", "Ending Keynote - Title: Subtitle - Name": a short
        # label, the title, the speakers; the label says the kind when it is one
        talk.speakers, talk.title = who, parts[1]
        if talk.kind == "talk" and kind_of(parts[0]) not in ("break", "other", "social"):
            talk.kind = kind_of(parts[0])
        return True
    if len(parts) >= 2:
        if (
            len(parts) == 3
            and is_person_name(parts[1])
            and (orgish(parts[2]) or (len(parts[2].split()) <= 4 and not split_speakers(parts[2])))
            and (who := split_speakers(f"{parts[1]} ({parts[2]})"))
        ):
            talk.speakers, talk.title = who, parts[0]  # Title - Speaker - Company
            return True
        if (
            len(parts) == 3
            and (who := split_speakers(f"{parts[0]} ({parts[1]})"))
            and orgish(parts[1])
        ):
            talk.speakers, talk.title = who, parts[2]  # Speaker - Company - Title
            return True
        if len(parts) == 2:
            left, right = parts
            if (who := split_speakers(right)) and not _also_people(left, right):
                talk.speakers, talk.title = who, left
                return True
            if (
                (who := split_speakers(left))
                and not _also_people(right, left)
                and not _describes(right)
            ):
                talk.speakers, talk.title = who, right
                return True
            if (
                kind_label_only(left)
                and kind_of(left) not in ("break", "social", "other")
                and (own := _read_heading(right, year, timed)).speakers
                and own.title
                and own.title != right
            ):
                # "Keynote Speaker - Ana Ruiz: Title": a kind, then a heading of its own
                talk.speakers, talk.title = own.speakers, own.title
                if talk.kind == "talk":
                    talk.kind = kind_of(left) if kind_of(left) != "talk" else own.kind
                return True
    return False


def _read_colon_or_bracket(talk: HeadingTalk, rest: str, text: str) -> None:
    """``Speaker: Title`` or ``Title (Speaker, Aff)``: the last two ways a heading names one."""
    colon = _COLON_RE.split(rest, maxsplit=1)
    if (
        len(colon) == 2
        and (who := split_speakers(colon[0]))
        and not _also_people(colon[1], colon[0])
        and not _names_its_speaker(colon[1])
        and not _surnames_tail(colon[1])
        and not _when_only(colon[1])
        # "1. 初始線索：不尋常的事件": a numbered part's label, no one's name
        and not (bare_cjk(who) and _NUMBERED_RE.match(text))
    ):
        talk.speakers, talk.title = who, colon[1].strip()  # Speaker: Title
        return
    open_at = rest.rfind("(") if rest.endswith(")") else -1
    if rest.endswith("）"):
        open_at = rest.rfind("（")  # East Asian brackets
    if (
        open_at > 0
        and not (  # "Lunch (Sold Out)": a break's brackets name no one
            len(rest[:open_at].split()) <= 3 and kind_of(rest[:open_at]) in ("break", "social")
        )
        and (
            who := split_speakers(rest[open_at + 1 : -1]) or person_then_org(rest[open_at + 1 : -1])
        )
    ):
        # "Title (Speaker, Aff)", "Title (Speaker | Aff)"
        talk.speakers, talk.title = who, rest[:open_at].strip(" -–—,")


_NAME_ORG_SEPARATORS = (" | ", " / ", " · ", " - ", " – ", " — ")
"""What parts a name from where its bearer works inside a title's bracket."""


def person_then_org(inner: str) -> list[ProgrammePerson]:
    """The person of a bracket that names them, then where they work, parted by a bar, a
    slash or a dash (``Ana Ruiz | Nordlys Labs``, ``김민수 | 카카오``); [] unless the first
    part is one person by the strict test and the second a few words that are no person
    and no role (``Part 1 | Advanced``, ``Ana Ruiz / Bo Li`` name no one's employer)."""
    for sep in _NAME_ORG_SEPARATORS:
        if inner.count(sep) != 1:
            continue
        who, _, org = (x.strip() for x in inner.partition(sep))
        if not org or len(org.split()) > 6 or kind_of(org) != "talk":
            return []
        people = split_speakers(who)
        if len(people) != 1 or people[0].affiliations or split_speakers(org):
            return []
        if roles_of(org) or is_organisation(people[0].name):
            return []
        people[0].affiliations = [org]
        return people
    return []


DAY_ORDINAL_STEM_RE = re.compile(
    r"(?:day|tag|jour|d[ií]a|giorno|dag|dzie[nń])[ _-]?\d{1,2}|\d{1,2}日目|第\d{1,2}[天日]",
    re.I,
)
"""A file named for a day of the event by its number (``day1.md``, ``Tag 2.md``,
``jour-3.md``, ``2日目.md``): a day's notes, which hold its talks, not one talk's title."""


_CLAUSE_MARK_RE = re.compile(r"[;.!?](?:\s|$)")
DESCRIPTION_WORDS = 10
"""Words from which a lower-case text after a name and a dash reads as a sentence."""


def _describes(text: str) -> bool:
    """Whether ``text``, after ``Term - `` in a line, is a description of the term, not a
    talk's title: it begins in lower case and is a sentence (a clause mark inside, or
    :data:`DESCRIPTION_WORDS` words or more: ``Focus Traps - a dialog keeps focus inside
    until it closes``). A glossary's line in someone's notes names a term, not a speaker;
    a title is short or capitalised (``Ana Ruiz - why we left the cloud`` stays a talk)."""
    text = strip_markdown_inline(text).strip()
    if not text or not text[0].islower():
        return False
    return bool(_CLAUSE_MARK_RE.search(text)) or len(text.split()) >= DESCRIPTION_WORDS


_SURNAME_SEP_RE = re.compile(r",\s{0,5}|(?<!\s)\s{1,5}(?:and|e|et|y|und|&)\s{1,5}")


def _surnames_tail(text: str) -> bool:
    """``considerazioni sul rientro - Vedana, Falsitta, Malinconico`` after ``Title:``:
    the words after the colon end in their own by-line (two or more family names after a
    dash), so the words before the colon are the title's first part, not its speaker."""
    parts = DASHES_RE.split(text)
    if len(parts) < 2:
        return False
    names = [n.strip() for n in _SURNAME_SEP_RE.split(parts[-1].strip(" .")) if n.strip()]
    return len(names) >= 2 and all(
        len(n.split()) == 1 and n[0].isupper() and n[1:].isalpha() and not n.isupper()
        for n in names
    )


def _names_its_speaker(text: str) -> bool:
    """``Palestrante: Rafael Cruz`` after ``Title (30 min): ``: the part after the first
    colon opens with a speaker's role label and names them, so the part before it is
    the title, never a person (a role written into the line outweighs a name's shape)."""
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and "speaker" in roles_of(label.strip())


def _also_people(other: str, people: str) -> bool:
    """Whether ``other`` reads as people too, beside ``people`` (``Name: Title``): unless
    ``people`` is written after a title (``Dr. Henning Christ``) and ``other`` is not, where
    the title says which side is the person (``Transformation von Risiken`` is shaped like
    ``Jens von Lindeiner``)."""
    if not split_speakers(other):
        return False
    return not (titled(people.strip(" *_")) and not titled(other.strip(" *_")))


def labelled_quote(text: str) -> str | None:
    """The title a short label quotes (``Full Paper #17: "Title"`` -> ``Title``); None
    for any other text."""
    label, said, after = _label(text.strip(" *_"))
    quoted = _WHOLE_QUOTE_RE.fullmatch(after.strip(" *_")) if said else None
    if quoted is None or len(label.split()) > 4 or split_speakers(label):
        return None
    return quoted.group(1).strip()


def _leading_name(text: str) -> list[ProgrammePerson]:
    """The person a by-line opens with when a word or two of no name trail it (``por
    F.J.Melero :D``, ``by Ana Ruiz (remote) today``); empty when no name leads."""
    words = text.split()
    for cut in range(len(words) - 1, max(0, len(words) - 3), -1):
        lead = " ".join(words[:cut])
        if any(c in lead for c in ',;"“”«»()'):
            continue  # a name alone leads, not a name with more said after a comma
        if who := split_speakers(lead):
            return who if len(who) == 1 else []
    return []


_TAIL_KINDS = ("keynote", "panel", "spotlight", "oral", "poster", "demo")


_INNER_LANG_TAG_RE = re.compile(
    r"^(?P<title>.+?\s\((?:[A-Z]{2}|[A-Z]{2}/[A-Z]{2})\))\s+(?:[-–—]\s+)?(?P<rest>\S.{2,80})$"
)
"""``Title (EN) Name``: a title, its language, then what follows it."""


_LANG_TAG_RE = re.compile(r"(?<!\s)\s*\((?:[A-Z]{2}|[A-Z]{2}/[A-Z]{2})\)\s*$")
"""A talk's language said in brackets after it (``(EN)``, ``(JA)``, ``(EN/JA)``)."""


def language_tail(title: str) -> tuple[str, list[str]]:
    """``Title (EN)``, ``Title (EN/JA)``: the title without the language its talk is given
    in, and that language's codes in lower case (a talk's tags); ``(title, [])`` when the
    title ends in no such bracket."""
    m = _LANG_TAG_RE.search(title)
    if m is None or not title[: m.start()].strip():
        return title, []
    codes = m.group(0).strip(" ()").casefold().split("/")
    return title[: m.start()].rstrip(), codes


def _trailing_kind(text: str) -> tuple[str, str]:
    """``Title - Keynote``, ``Name - Title -Keynote``: the text before a last dash whose
    words are a kind of talk and nothing else (at most three words), and that kind;
    ``(text, "")`` when the heading does not end so."""
    plain = strip_markdown_inline(text).rstrip(" *_")
    at = max(plain.rfind(d) for d in ("-", "–", "—"))
    if at <= 0 or not plain[at - 1].isspace():
        return text, ""  # a dash inside a word ("Hands-on") says nothing
    tail = plain[at + 1 :].strip(" *_")
    head = plain[:at].rstrip(" -–—")
    if not head or not tail or len(tail.split()) > 3:
        return text, ""
    for kind, pattern in KIND_WORDS:
        if kind in _TAIL_KINDS and pattern.fullmatch(tail):
            return head, kind
    if TALK_LABEL_RE.fullmatch(tail):
        return head, "talk"
    return text, ""


_PICTOGRAM_RE = re.compile(r"^\s*[-*+]\s+(?::[a-z0-9_+-]{2,30}:|(?P<sign>\S))\s+(?P<value>\S.*)$")


def pictogram_value(line: str) -> str | None:
    """The value of a bullet labelled by a pictogram instead of a word: an emoji
    shortcode (``- :snake: _Name_``) or a symbol sign (``- 📅 2024-10-05``, by its Unicode
    category), None for any other line."""
    m = _PICTOGRAM_RE.match(line)
    if m is None:
        return None
    sign = m.group("sign")
    if sign is not None and not unicodedata.category(sign[0]).startswith("So"):
        return None
    return m.group("value")


def topic_word(name: str, body: str) -> bool:
    """Whether the first word of a heading that looks like a name (``Ractor Reconsidered``)
    is what the notes under it are about: written again and again in them, as people
    do not write a speaker's given name."""
    word = name.split()[0]
    found = re.findall(
        rf"(?<![^\W\d_]){re.escape(word)}|(?<=[^\x00-\u024f]){re.escape(word)}", body[:20000]
    )
    return len(word) >= 3 and len(found) >= 4  # "でTesseraの": glued to another script


def _kind_label_by(head: str) -> bool:
    """The words before a ``by`` only say a kind of talk (``Invited talk``, ``Keynote``)."""
    words = head.split()
    return 0 < len(words) <= 3 and (
        kind_of(head) in ("keynote", "panel", "spotlight", "oral", "poster", "demo")
        or bool(TALK_LABEL_RE.fullmatch(head.strip()))
    )


def front_left(front: dict[str, object], p: Programme) -> None:
    """Front matter keys a reading may take in (a title, an author) whose words it did not
    recover go on with the notes, as keys it never reads do: ``title: … - Day 1`` when
    the conference is named without its day, ``author:`` of a post nobody spoke at."""
    said = " ".join(
        [p.name, p.description, p.location]
        + [t.title for t in p.talks]
        + [s.name for t in p.talks for s in t.speakers]
    )
    known = set(_word_set(said))
    for key, value in front.items():
        if key not in FRONT_READ or key in _FRONT_WHEN or isinstance(value, (date, time)):
            continue
        leaves = value.values() if isinstance(value, dict) else [value]  # author: {name: …}
        if set(_word_set(" ".join(str(v) for v in leaves if v is not None))) - known:
            if key == "title" and isinstance(value, str) and not p.description:
                p.description = value  # "Notes from the Thursday morning keynotes"
                continue
            for talk in p.talks:
                talk.extra.setdefault(str(key), value)


_FRONT_WHEN = frozenset(
    {"date", "event_date", "start", "end", "day", "time", "when", "startTime", "start_time"}
)
"""Front keys of when: read for their day and hour, which the notes' dates hold."""


def _word_set(text: str) -> list[str]:
    return re.findall(r"\w+", strip_markdown_inline(text).casefold())


def affiliation_column(talks: list[ProgrammeTalk]) -> None:
    """``Name, Place`` lines under the talks of one document: where most of them put a
    speaker's affiliation after the comma (``Christina Leslie, MSK``), what another puts
    there is an affiliation too, even shaped like a name (``Christopher Chin, Weill
    Cornell``), not a second speaker."""
    one = [t for t in talks if len(t.speakers) == 1 and t.speakers[0].affiliations]
    two = [
        t
        for t in talks
        if len(t.speakers) == 2
        and not any(p.affiliations for p in t.speakers)
        and f"{t.speakers[0].name}, {t.speakers[1].name}" in t.body
    ]
    if len(one) < 2 or len(one) < 2 * len(two):
        return
    for t in two:
        first, place = t.speakers
        first.affiliations = [place.name]
        t.speakers = [first]


def name_alone(heading: str) -> list[ProgrammePerson]:
    """The one person a heading names and nothing else, a handle aside (``Ana Ruiz
    [@ana](…)``), or []."""
    plain = " ".join(_AT_HANDLE_RE.sub(" ", strip_markdown_inline(heading)).split())
    who = split_speakers(plain)
    return who if len(who) == 1 and " ".join(who[0].name.split()) == plain else []


def kind_and_name(title: str) -> tuple[str, ProgrammePerson] | None:
    """(kind, person) of a heading that is a kind of item and one person's name, the kind
    first or last (``Keynote: Deb Nicholson``, ``Vinay Prasad Keynote``), else None."""
    words = title.replace(":", " : ").split()
    if len(words) < 3 or len(words) > 8:
        return None
    # the kind in one word or two (``Lightning Talk Dr Max Simon``), first or last
    splits = ((words[:1], words[1:]), (words[-1:], words[:-1]), (words[:2], words[2:]))
    for label, rest in splits:
        said = " ".join(label)
        kind = kind_of(said)
        if kind in ("talk", "other", "break") or (len(label) > 1 and not kind_label_only(said)):
            continue
        name = " ".join(rest).strip(" :-–—")
        who = split_speakers(name)
        if len(who) != 1:
            continue
        own, said_name = who[0].name.split(), name.split()
        if own == said_name or (
            # "Dr Max Simon": the person after the titles written before the name
            len(own) >= 2
            and said_name[-len(own) :] == own
            and all(is_written_title(w) for w in said_name[: -len(own)])
        ):
            return kind, who[0]
    return None


def kind_label_only(title: str) -> bool:
    """A title that only says what kind of item it is (``Keynote``, ``Talk court``)."""
    title = title.strip(" *_:")
    return bool(
        title
        and (TALK_LABEL_RE.fullmatch(title) or _sized_talk_label(title) or kind_of(title) != "talk")
        and len(title.split()) <= 3
    )


def _sized_talk_label(label: str) -> bool:
    """``Talk court``, ``Short talk``, ``Charla larga``: a talk word and one word more
    (its length, its format), in any language; never a person's name."""
    words = label.split()
    return (
        len(words) == 2
        and any(TALK_LABEL_RE.fullmatch(w) for w in words)
        and not split_speakers(label)
    )


def said_more(heading: str, talk: HeadingTalk) -> bool:
    """A heading holding words its talk's title does not (a by-line, a link's target, a
    number before the title): the heading line stays in the note, as written."""
    said = {w.casefold() for w in re.findall(r"\w+", heading)}
    return bool(said - {w.casefold() for w in re.findall(r"\w+", talk.title)})


def _label(text: str) -> tuple[str, str, str]:
    """``Label: rest`` as ``(label, colon, rest)``; ``(text, "", "")`` without a colon."""
    m = _COLON_RE.search(text)
    return (text[: m.start()], m.group(0), text[m.end() :]) if m else (text, "", "")


def _unwrap(text: str) -> str:
    """``(A, B)`` → ``A, B``; anything else as it is."""
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1].strip()
    return text


def orgish(text: str) -> bool:
    """An organisation's name, or a short acronym in capitals (``INRIA``)."""
    from confnotes.importers.persons import is_organisation

    return is_organisation(text) or (text.isupper() and len(text) <= 8)


def _kind_word(word: str) -> str:
    word = word.lower()
    if word.startswith(("invited", "keynote", "plenary", "hauptvortrag")):
        return "keynote"
    if word.startswith(("spotlight", "lightning")):
        return "spotlight"
    if word.startswith(("oral", "contributed")):
        return "oral"
    if word.startswith("panel"):
        return "panel"
    if word in ("poster", "demo"):
        return word
    if word in ("tutorial",):
        return "other"
    return "talk"


def merge_people(have: list[ProgrammePerson], new: list[ProgrammePerson]) -> list[ProgrammePerson]:
    names = {p.name.casefold() for p in have}
    return have + [p for p in new if p.name.casefold() not in names]


def bare_cjk(people: list[ProgrammePerson]) -> bool:
    """``連続性``, ``参考资料``: signs of an East Asian script as short as a name, with
    nothing that says a person is meant (no space between family and given name, no
    affiliation): a word of the notes, unless a label or a by-line says otherwise."""
    return all(
        CJK_SIGN_RE.search(p.name) and " " not in p.name and not p.affiliations for p in people
    )


_NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s")
"""A heading numbered as a part of a text (``1. First clue``, ``2) Logs``)."""


_TITLE_PARTS_RE = re.compile(r"(?<!\s)\s+[-–—|]\s+|,\s+|:\s+|(?<!\s)\s+\(|\)")


FRONT_READ = frozenset(
    {"title", "date", "event", "conference", "location", "description", "timezone", "tags"}
    | {"time_zone", "categories", "keywords", "time", "start", "end", "day", "event_date"}
    | {"startTime", "start_time", "room", "venue", "where", "when"}
    | {key for key, _label in FRONT_LINKS}
    | SPEAKER_KEYS
)
"""Front-matter keys the readings of a person's notes take in."""


def title_name(title: str, year: int | None) -> str:
    """A conference's name from a document title, the day and "notes" words left out:
    ``ICLR 2025 – Thursday, April 24`` → ``ICLR 2025``."""
    # "… Autumn参加メモ #gocon", "X!! #yapcasia": a post's cries and tags, no name
    title = _without_tail(strip_markdown_inline(title))
    parts = [p.strip() for p in _TITLE_PARTS_RE.split(title)]
    keep = []
    for part in parts:
        if is_day(part, year):
            part = without_nth_day(part)  # "jour 1/3", "Day 2 of 3": the count too
            part = DAY_RE.sub(" ", strip_dates(RANGE_FROM_RE.sub(" ", part))).strip(" ,.-–—")
            part = re.sub(r"\bday\b", " ", part, flags=re.I).strip()
        if _without_notes_suffix(part).strip(" -–—:(") == "":
            continue  # "Notes", "my notes", "Recap"
        if part and not part.isdigit() and re.search(r"[^\W\d_]{2}", part):
            keep.append(" ".join(part.split()))
    return conference_name(" ".join(keep)) if keep else ""


def is_day(title: str, year: int | None) -> bool:
    """A title that names a day (``Day 2``, ``Tuesday 12 March``), not a conference."""
    return (
        bool(DAY_RE.search(title) or find_date(title, year or 2000)[0])
        and len(re.findall(r"[A-Za-z]{4,}", title)) <= 3
    )
