"""What a section tree means: the *shape* step of reading people's notes and posts.

:mod:`confnotes.importers.structure` says where things are; this module
weighs explanations of the whole document against each other and keeps the
best, with the evidence for it:

- ``sections``: one section per talk. The heading level that repeats with
  text under it is the talk level; levels above it are days or sessions
  (a date in any heading applies to what follows it);
- ``bold``: the same with bold lines (``**Talk title**``) instead of headings;
- ``talk``: the whole document is about one talk (its sub-headings are
  "Notes", "Questions"...);
- ``single``: nothing convincing; one note holds the whole text, titled from
  the first heading, with no people, and a ``note:`` says so.

Whatever the shape, every line that is not metadata (a ``Speaker:`` line that
was understood, a date line) ends up in some note's body: a day's or
session's own text becomes a note of its own, named after its heading.
"""

from __future__ import annotations

import contextlib
import html
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from confnotes.importers import doctree
from confnotes.importers.entries import (
    DURATION_RE,
    HOSTED_RE,
    TABS_RE,
    TALK_LABEL_RE,
    afternoon,
    kind_of,
    leading_clock,
)
from confnotes.importers.fields import is_key_word, names_role_alone, roles_of
from confnotes.importers.identity import title_key
from confnotes.importers.kinds import KIND_WORDS
from confnotes.importers.notefiles import PEOPLE_HEADING_RE, is_notes_file
from confnotes.importers.page import section_kind
from confnotes.importers.persons import (
    cjk_byline,
    is_organisation,
    is_person_name,
    is_placeholder,
    named_by_role,
    parse_one,
    says_position,
    split_speakers,
    stressed_title,
)
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.schedule_util import zone
from confnotes.importers.structure import (
    Block,
    Outline,
    Section,
    front_extra,
    front_tags,
    own_last,
)
from confnotes.importers.textutil import (
    BY_WORDS,
    find_timezone,
    parse_clock,
    strip_markdown_inline,
    titled,
)
from confnotes.importers.when import (
    clock_range,
    find_date,
    find_year,
    leading_date,
    leading_weekday,
    strip_dates,
)
from confnotes.model import Link
from confnotes.notebook.link_kinds import classify_link
from confnotes.notebook.slugs import make_slug
from confnotes.text.scripts import CJK_RANGES

_GENERIC_WORDS = (
    "notes note summary abstract takeaways takeaway points ideas highlights questions "
    "question q&a qa discussion thoughts comments links references resources slides paper "
    "papers background motivation method methods approach results conclusion conclusions "
    "overview introduction intro details misc todo follow-up follow-ups contributions "
    "limitations experiments setup problem bio speaker speakers about context tl;dr tldr "
    "agenda impressions learnings recap quotes quote observations critique pros cons "
    "opinion remarks"
)
GENERIC_WORDS_ELSEWHERE: dict[str, str] = {
    "de": "notizen zusammenfassung fragen fazit links quellen eindrücke folien hintergrund",
    "fr": "résumé liens références impressions diapos remarques",
    "es": "notas resumen preguntas enlaces referencias conclusiones apuntes diapositivas",
    "pt": "resumo perguntas referências conclusão impressões",
    "it": "appunti riassunto domande link riferimenti conclusioni impressioni",
    "nl": "aantekeningen samenvatting vragen",
    "ru": "заметки итоги вопросы ссылки выводы материалы",
    "ja": "メモ 感想 まとめ 参考 参考資料 資料 質疑応答 質疑 概要 所感 リンク 補足 背景 結論",
    "zh": "笔记 筆記 总结 總結 参考 參考 参考资料 资料 问答 問答 概要 感想 链接 心得 摘要 背景 "
    "结论",
    "ko": "메모 정리 요약 참고 참고자료 질문 질의응답 느낀점 링크 배경 결론",
}
"""The same words in the languages notes are written in (``メモ``, ``Fazit``), by language."""
GENERIC_TITLES = frozenset(_GENERIC_WORDS.split()) | frozenset(
    w for words in GENERIC_WORDS_ELSEWHERE.values() for w in words.split()
)
"""Single words that head a part of one talk's notes, not a talk."""
_GENERIC_PHRASES = frozenset(
    [
        "my notes",
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
DAY_RE = re.compile(
    r"\b(?:day\s*(?:\d+|one|two|three|four|five)|tag\s*\d+|jour\s*\d+|día\s*\d+|"
    r"(?:first|second|third|fourth|fifth|last|final)\s+day|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|"
    r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"segunda|terça|quarta|quinta|sexta)\b",
    re.I,
)
_SESSION_RE = re.compile(
    r"\b(?:sessions?|tracks?|morning|afternoon|evening|orals?|spotlights?|posters? session|"
    r"keynotes|invited talks|contributed talks|talks|lightning talks|workshops?|tutorials?|"
    r"block|part)\b",
    re.I,
)
_META_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?[*_]{0,3}(?P<key>speakers?|presenters?|presented by|talk by|"
    r"by|authors?|host(?:ed by)?|chairs?|moderat(?:or|ed by)|time|when|date|day|room|where|"
    r"location|venue|track|slides|video|recording|paper|code|title|talk|type|kind|"
    r"conference|event|referent(?:in)?|intervenante?|ponente|sprecher(?:in)?|orateur|"
    r"relatore|relatrice|relatori|orador(?:a)?|palestrante|conférencier|conferencier|spreker|"
    r"prelegent|föreläsare|foredragsholder|puhuja|datum|data|fecha|zeit|uhrzeit|heure|hora|"
    r"orario|ora|raum|ort|salle|sala|aula|lieu|titel|titre|título|titolo|topic|thema|tema|"
    r"演讲嘉宾|分享嘉宾|嘉宾|演讲者|讲者|讲师|講師|登壇者|発表者|講演者|발표자|연사|"
    r"докладчик|спикер|nome|nombre)"
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
"""A key's optional ending in brackets (``Speaker(s)``, ``Sprecher(in)``)."""


def _key_value(line: str) -> tuple[str, str] | None:
    """(key, value) of a metadata line: a key of the notes' own (``Speaker:``, ``Time:``),
    or one whose word the records' vocabulary gives a speaker's or a title's role."""
    if m := _META_RE.match(line):
        return m.group("key").lower(), m.group("value")
    if m := _ANY_KEY_RE.match(line):
        # "Speaker(s)", "Referent(in)": a key with its optional ending is the key
        key = _OPTIONAL_ENDING_RE.sub("", m.group("key").strip())
        role = next((r for r in ("speaker", "title") if names_role_alone(key, r)), "")
        if role == "title" and _sentences(m.group("value")):
            return None  # "**Summary:** The talk explains …": prose under a key is no title
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
    said = _key_value(line)
    return said is not None and _KEY_ALIASES.get(said[0], said[0]) in _SPEAKER_KEYS


def _a_field(line: str) -> bool:
    """A ``Key: value`` list item or bold key whose key is a word or two, no one's name
    (``* 動画：<…>``, ``**Slides:** …``), as a record's fields are written."""
    m = _ANY_KEY_RE.match(line)
    if m is None or not re.match(r"\s*+(?:[-*+]\s|[*_]{2})", line):
        return False
    key = m.group("key").strip()
    return len(key.split()) <= 2 and not split_speakers(key)


_CALLOUT_RE = re.compile(
    r"^\s*>\s*\[![\w-]+\][-+]?\s*(?P<key>speakers?|presenters?|presented by|by|authors?)"
    r"\s*:?\s*$",
    re.I,
)
_FRONT_LINKS = (
    ("paper", "paper"),
    ("slides", "slides"),
    ("video", "video"),
    ("recording", "video"),
    ("code", "code"),
    ("url", "page"),
    ("link", "page"),
)
"""Front-matter keys of a note that hold the talk's links."""
_SPEAKER_KEYS = frozenset(
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
        *("演讲嘉宾", "分享嘉宾", "嘉宾", "演讲者", "讲者", "讲师", "講師", "登壇者"),
        *("発表者", "講演者", "발표자", "연사", "докладчик", "спикер"),
    }
)
"""Keys of a metadata line that name the speaker."""
_KEY_ALIASES = {
    **dict.fromkeys(["datum", "data", "fecha"], "date"),
    **dict.fromkeys(["zeit", "uhrzeit", "heure", "hora", "orario", "ora"], "time"),
    **dict.fromkeys(["raum", "salle", "sala", "aula"], "room"),
    **dict.fromkeys(["ort", "lieu"], "where"),
    **dict.fromkeys(["titel", "titre", "título", "titolo", "topic", "thema", "tema"], "title"),
}
"""Keys of other languages, as the English key they mean (speaker keys need none)."""
_LABELLED_RE = re.compile(r"^\s*(?P<key>[^\W\d_][^\W\d_ ]{1,24})\s?[:：]\s+(?P<value>\S.*)$")
"""``Label: value``, a one-word label in any language (``Modérateurs : …``)."""
_SIGNATURE_RE = re.compile(r"^\s*(?:—|–|--|~)\s*(?P<who>\S.*)$")
"""``— Name`` closing a talk's notes: the speaker, signed."""
_BY_LINE_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\[[^\[\]\n]{1,80}\]\([^()\s]{0,500}\)\s+)?"  # "[PDF](…) by Name"
    r"[*_]{0,2}(?:(?:presented|given|talk|delivered)\s+by|by|von|par|por)"
    r"\s+(?P<who>\S.*)$",
    re.I,
)
_WITH_LINE_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?[*_]{0,2}(?:with|avec|mit|con|com)\s+(?P<who>\S.*)$", re.I
)
"""``with A, B and C`` first under a heading that only says its kind (``## Panel``)."""
_LINK_RE = re.compile(
    r"\[(?P<label>[^\[\]]*)\]\((?P<url>https?://[^()\s]+)\)|(?P<bare>https?://\S+)"
)
_PREFIX_RE = re.compile(
    r"^(?:[A-Z]|\d{1,3}|[ivx]{1,4})[.)]\s+|^#\d+\s*[:.]?\s*|^[(\[]\d{1,3}[)\]]\s*"
)
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
    r"^[\"“„'‘«「『《](?P<title>[^\"“”„«»「」『』《》]+?)[\"”“'’»」』》]\s*[,.\-–—]{0,3}\s*"
    r"(?P<rest>.*)$"
)
_FROM_RE = re.compile(r"^(?P<head>[^\W\d_][\w ]{0,30}?)\s+from\s+(?P<who>\S.{0,200})$", re.I)
"""``Keynote from Name``: a kind of talk before ``from`` and its speaker after."""
_BY_RE = re.compile(rf"(?:(?<!\s)\s+|,)(?:{BY_WORDS})\s+", re.I)
"""``by`` before a by-line, in the languages programmes are written in (the words after
it must be people's names, so ``di`` or ``por`` inside a title never splits it); a hand
in a hurry writes it against the comma (``Prince2,por M.J.Rodríguez``)."""
_COMMA_RE = re.compile(r",\s*")
_ENGLISH_BY_RE = re.compile(r"(?<!\s)\s+by\s+", re.I)
_PEOPLE_PAGE_RE = re.compile(
    r"\b(?:speakers?|people|team|committee|organi[sz]ers?|faculty|presenters|panelists|"
    r"keynotes?|invited|chairs|referenten|intervenants|ponentes|relatori)\b",
    re.I,
)
_WITH_RE = re.compile(r"(?<!\s),?\s+with\s+", re.I)
_CONVERSATION_RE = re.compile(
    r"\b(?:panel|discussion|fireside|chat|conversation|interview|debate|roundtable|q&a)\b", re.I
)
_BRACKET_LAST_RE = re.compile(r"^(?P<title>\S.{0,300}?)\s*+\((?P<who>[^()\n]{1,40})\)$")
"""``Title (Name)``: a heading's last bracket, where the headings beside it name their
speakers."""
_AT_HANDLE_RE = re.compile(r"@[A-Za-z0-9_.]{1,40}")
_ONE_LINK_RE = re.compile(r"\[[^\[\]\n]{1,300}\]\([^()\s]{0,500}\)")
"""A line that is one link and nothing else: ``[You don't know bundler](…)``."""
_DASHES_RE = re.compile(r"(?<!\s)\s+(?:-{2,3}+|[-–—|·•/])\s+")
_LEADING_SYMBOLS_RE = re.compile(r"^[^\w\[(\"“'‘*_«„「『《]+")
"""Emoji, bullets and arrows before a heading's words."""
_WHOLE_QUOTE_RE = re.compile(r"[\"“„«]([^\"“”„«»]{2,300})[\"”“»]")
"""A text that is one quotation and nothing else (``"Five Darlings to be Killed"``)."""
_COLON_RE = re.compile(r":\s+|：\s*|:(?=[《「『])")
"""A colon that parts a label from what follows (East Asian text writes ``：``, no space,
or ``:`` against the quote of a title: ``分享 2:《Title》``)."""
NOTES_OF: dict[str, tuple[str, ...]] = {
    "en": ("notes", "note", "recap", "trip report", "write-up", "writeup", "impressions",
           "summary"),
    "de": ("notizen", "rückblick", "mitschrift", "bericht", "zusammenfassung"),
    "fr": ("notes", "récap", "récapitulatif", "compte rendu", "compte-rendu", "retour"),
    "es": ("apuntes", "notas", "resumen", "crónica"),
    "pt": ("notas", "anotações", "resumo", "relato"),
    "it": ("appunti", "nota", "note", "resoconto"),
    "nl": ("aantekeningen", "verslag"),
    "ja": ("参加レポート", "参加記", "参加メモ", "レポート", "メモ", "まとめ"),
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
    r"da|dal|della|del|dalla|di|dei|degli|do|na|no|van|over|sul|sulla|sur le|sur la|sur|"
    r"über das|über)"
)
_NOTE_WORDS = sorted({w for words in NOTES_OF.values() for w in words}, key=len, reverse=True)
_LATIN_NOTES = "|".join(re.escape(w) for w in _NOTE_WORDS if w.isascii() or w[0] < "\u0370")
_CJK_NOTES = "|".join(re.escape(w) for w in _NOTE_WORDS if not (w.isascii() or w[0] < "\u0370"))
_NOTES_PREFIX_RE = re.compile(
    rf"^(?:{_MINE}\s+)?(?:{_LATIN_NOTES})(?:\s+{_OF}(?:\s+|(?<=')\s*)|\s*[,:—–-]\s*)",
    re.I,
)
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
_NOTES_SUFFIX_RE = re.compile(
    rf"(?:\b(?:{_MINE}\s)?(?:{_LATIN_NOTES})|(?<!\s)\s*(?:{_CJK_NOTES}))\)?\s*$",
    re.I,
)


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
        DAY_RE.search(title) or find_date(title, year or 2000)[0] or _SESSION_RE.search(title)
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
    name = _NOTES_PREFIX_RE.sub("", title)
    name = _NOTES_SUFFIX_RE.sub("", name).strip(" -–—:(")
    name = _PROGRAMME_PREFIX_RE.sub("", name)  # "Appunti sul programma di X"
    if (bare := _PROGRAMME_SUFFIX_RE.sub("", name).strip(" -–—:(")) and re.search(r"\w", bare):
        name = bare  # "X タイムテーブル", "X Programme"
    return name or title


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


_CARD_LABEL_RE = re.compile(r"\A[-*+\s]*+([^\W\d_][^\W\d_ ]{0,30}?)\s*+[:：]\s*+(\S.{0,300})")
"""``Talk: Title``, ``**Affiliation:** Org``, ``- Title: …`` (emphasis already reduced)."""


def _card_fields(section: Section) -> dict[str, str]:
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
            if m := _CARD_LABEL_RE.match(line):
                note(m.group(1), m.group(2))
    for child in section.children[:12]:
        heading = strip_markdown_inline(child.title).strip()
        if m := _CARD_LABEL_RE.match(heading):
            note(m.group(1), m.group(2))
        elif "abstract" in roles_of(heading) and len(heading.split()) <= 2:
            note(heading, " ".join(b.text for b in child.blocks[:20]))
        for block in child.blocks[:20]:
            for line in lines(block):
                if m := _CARD_LABEL_RE.match(line):
                    note(m.group(1), m.group(2))
    return out


@dataclass
class _Talk:
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


_STRESS_RE = re.compile(r"(?<![*_\w])([*_]{1,2})(?![\s*_])([^*_\n]{1,500}?)(?<!\s)\1(?![*_\w])")
"""A bold or italic stretch of a Markdown line (``*Title*``, ``__Name__``)."""
_ITEM_LINE_RE = re.compile(r"^\s{0,40}(?:[-*+]|\d{1,3}[.)])\s+(\S.{0,500})$")
"""A list item's line, at any depth, and its words."""


def _name_then_description(value: str) -> list[ProgrammePerson]:
    """``Peter Lind, President at Studio Nine, author of three books, advises A, B and C``:
    a speaker slot's value that does not split into people begins with its speaker, a
    description after the first comma or dash (a bio's convention); [] when the part
    before is no person."""
    head = _DESCRIPTION_SPLIT_RE.split(value, maxsplit=1)[0].strip(" *_")
    if head == value.strip(" *_"):
        return []
    return split_speakers(head, single_ok=True)


_DESCRIPTION_SPLIT_RE = re.compile(r",\s++|(?<!\s)\s++[-–—]\s++|(?<!\s)\s++\(")
"""Where a bio begins after a name; a run of spaces is tried at its first only (linear)."""


def _name_then_position(line: str) -> list[ProgrammePerson]:
    """The line right under a talk's title that is one person, a dash, and what they do
    (``Jake Bailey - TypeScript team``): the person, with the rest as their affiliation.
    Only the first dash splits, and the part before it must be a name on its own."""
    parts = _DASHES_RE.split(line, maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return []
    who = split_speakers(parts[0].strip(), single_ok=False)
    if len(who) != 1 or who[0].affiliations or _bare_cjk(who):
        return []
    if split_speakers(parts[1].strip()):
        return []  # "Ana Ruiz - Li Wei": two people, not a person and a position
    who[0].affiliations = [parts[1].strip()]
    return who


def _links_notes_file(line: str) -> bool:
    """A line linking a notes file beside it (an index's entry), never a line of names."""
    return any(
        is_notes_file(m.group(2)) for m in re.finditer(r"\[([^\[\]]*)\]\(([^()\s]+)\)", line)
    )


def _lower_names(text: str) -> list[ProgrammePerson]:
    """A name a ``Speaker:`` key gives in lower case (``speaker: lena dahl``): the key is
    the role, the words have a name's shape once capitalised; kept as written."""
    if not text.islower() or len(text) > 60:
        return []
    found = split_speakers(text.title())
    if len(found) != 1 or found[0].affiliations or found[0].name != text.title():
        return []
    return [ProgrammePerson(name=" ".join(text.split()))]


def _heard(talk: _Talk, who: list[ProgrammePerson]) -> None:
    """Speakers a line under the heading names. When the heading's own split named others
    (``Two Words: Title`` read as ``Name: Title``), the line is the stronger evidence: the
    heading was a title, whole."""
    if talk.whole and {p.name.casefold() for p in who} != {
        p.name.casefold() for p in talk.speakers
    }:
        talk.title, talk.speakers, talk.whole = talk.whole, list(who), ""
        return
    talk.speakers = _merge_people(talk.speakers, who)


_CHAIRED_RE = re.compile(
    r"\b(?:moderated|chaired|facilitated|animée?|moderiert|moderad[oa]|moderat[oa]|"
    r"coordenad[oa]|mediad[oa])\s*$",
    re.I,
)
"""A participle before a by-line that makes the people after it its chairs."""


def read_heading(text: str, year: int | None = None, timed: bool = False) -> _Talk:
    """A talk heading's title, speakers, kind and time, in the ways people write them
    (``timed``: the words after a time its row already read)."""
    room = ""
    # "Opening Keynote - [Ana Ruiz]: https://…": a link written as a reference definition
    # inside the line is the link it means, its label the text
    text = _INLINE_DEFINITION_RE.sub(r"[\1](\2)", text)
    # "[Title] - [Ana Ruiz] ([Lab])": labels of reference links, each a whole field
    text = _SHORTCUT_REF_RE.sub(r"\1\2", text)
    if (aside := _STRESSED_ASIDE_RE.search(text)) is not None and aside.start() > 0:
        # "Welcome *(Hall B)*": an aside in brackets set apart by its stress is where the
        # talk is held, never who gives it
        text, room = text[: aside.start()], aside.group(2).strip()
    talk = _read_heading(text, year, timed)
    talk.room = talk.room or room
    if talk.speakers and _notes_of_nothing(talk.title, year):
        # "Conference notes - Kim Sato": whose notes these are, not a talk and its speaker
        talk.title, talk.speakers = strip_markdown_inline(text).strip(), []
    if not talk.speakers and (on := _person_on_topic(text)) is not None:
        talk.speakers, talk.title = on
    _kind_and_who(talk, text)
    if not talk.speakers:
        talk.whole = ""
    return talk


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


_ON_TOPIC_RE = re.compile(
    r"^[ \t*_]{0,4}(?P<who>[^\[\]():;|\n]{3,80}?)[ \t]{1,4}(?:on|über|sur|sobre|su)[ \t]{1,4}"
    r"(?:\[(?P<label>[^\[\]\n]{2,200})\]\([^()\s]{1,500}\)|(?P<what>[^.!?\n\[\]]{2,200}))",
    re.I,
)
"""A person, ``on`` (in the languages notes are written in) and a talk's topic."""


def _kind_and_who(talk: _Talk, text: str) -> None:
    """``Keynote Speaker - Ned Batchelder``, ``Keynote - Ana Ruiz``: a heading whose one
    part is a keynote's label (with a role's word or without), set apart by a dash, and
    whose other is the person who gives it is a keynote by them, untitled but for its kind.
    A colon's label (``Poster Session: Tidal Archives``) names a theme, no one."""
    plain = strip_markdown_inline(talk.title).strip(" *_")
    said = strip_markdown_inline(text)
    if not plain or not _DASHES_RE.search(said) or ":" in said:
        return
    if (
        not talk.speakers
        and talk.kind == "keynote"
        and len(who := split_speakers(plain)) == 1
        and title_key(who[0].name) == title_key(plain)
    ):
        talk.speakers, talk.title = who, "Keynote"  # "Keynote - Ana Ruiz"
        return
    if not talk.speakers or not _kind_label_only(plain) or kind_of(plain) != "keynote":
        return
    # "Keynote Speaker - Name": the kind's words without the role's are its title
    words = [w for w in plain.split() if not roles_of(w)]
    if words and len(words) < len(plain.split()) and _kind_label_only(" ".join(words)):
        talk.kind, talk.title = "keynote", " ".join(words)


_INLINE_DEFINITION_RE = re.compile(r"\[([^\[\]\n]{1,200})\]:[ \t]*+(https?://[^\s()<>]{1,500})")
"""``[Label]: https://…`` inside a line (a reference definition's syntax used as a link)."""
_DATED_TAIL_RE = re.compile(r"[ \t][-–—|][ \t][^-–—|]{3,60}$")
"""A heading's last part after a spaced dash (``- April 21, 5pm``)."""
_CLOCK_ONLY_RE = re.compile(
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
_STRESSED_ASIDE_RE = re.compile(r"(?<![ \t])[ \t]*([*_])\(([^()*_\n]{1,80})\)\1[ \t]*$")


def _notes_of_nothing(title: str, year: int | None) -> bool:
    """``Conference notes``, ``Talk notes``, ``Notes``: a title that only says it is notes
    (nothing but a word such as *conference* is left without its notes words)."""
    left = title_name(title, year)
    return left != title.strip() and len(left.split()) <= 1 and not find_year(left)


def _read_heading(text: str, year: int | None = None, timed: bool = False) -> _Talk:
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
    talk = _Talk(title=rest, start=start, end=end, ampm=ampm, day=day, whole=rest)
    talk.weekday = weekday[0]
    if _bilingual(rest):
        return talk  # "開催日程 / Date": one heading in two languages, no name and title
    if (aside := _by_aside(rest)) is not None:
        # "*Title* (von Mathias)", "Title (by Ana Ruiz)": an aside that is a by-line is the
        # record's speakers field, and the words before it its title
        talk.title, talk.speakers = aside
        talk.kind = kind_of(talk.title)
        return talk
    label, said, after = _label(rest)
    dashed = _DASHES_RE.split(rest, maxsplit=1)
    if not said and len(dashed) == 2 and not split_speakers(dashed[1]):
        label, said, after = dashed[0], " - ", dashed[1]  # "Conférence invitée — Title"
    kind_label = (
        said
        and len(label.split()) <= 3
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
        return talk
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
        return talk
    if said.strip() == ":" and len(label.split()) <= 3 and roles_of(label) == {"speaker"}:
        # "Speaker 1: Dr. Ana Ruiz - *Title*": the label says who comes first
        parts = _DASHES_RE.split(after.strip(), maxsplit=1)
        if len(parts) == 2 and (who := split_speakers(parts[0])):
            talk.speakers, talk.title = who, parts[1].strip()
            return talk
    if (m := _KIND_PREFIX_RE.match(rest)) or kind_label:
        # "Keynote: …", and a kind said in a short label before a colon ("Opening keynote: …")
        talk.kind = _kind_word(m.group("kind")) if m else kind_of(label)
        rest = m.group("rest").strip() if m else after.strip()
        talk.title = rest
        # "Keynote: Name - Title" / "Keynote: Name: Title"
        parts = _DASHES_RE.split(rest, maxsplit=1)
        if len(parts) == 1:
            parts = _COLON_RE.split(rest, maxsplit=1)
        if len(parts) == 2 and (who := split_speakers(parts[0])):
            talk.speakers, talk.title = who, parts[1].strip()
            return talk
        if (
            len(parts) == 1
            and (who := split_speakers(rest))
            and all(p.affiliations for p in who)  # a name with its lab: a person's slot
        ):
            # "Invited talk: Ana Ruiz (Lab)": a speaker's slot, its title not known yet
            # its label as the page writes it, with its number ("Invited Talk 2")
            said_label = rest_all[: m.start("rest")] if m else label
            talk.speakers, talk.title = who, said_label.strip(" *_:.-–—")
            return talk
    if (
        said.strip() == ":"
        and kind_of(label) == "other"
        and len(label.split()) <= 4
        and not split_speakers(label)
        and (who := split_speakers(after.strip(), single_ok=True))
    ):
        # "Opening Remarks: Hokeun Kim", "Welcome: Ana Ruiz": the item, and who gives it
        talk.title, talk.speakers, talk.kind = label.strip(" *_"), who, "other"
        return talk
    if m := _QUOTED_RE.match(rest):
        # '"Titel" von Name', '«Titre» par Nom': the by-word of any language programmes use
        tail = re.sub(rf"^(?:{BY_WORDS}|with|from)\s+", "", m.group("rest").strip(), flags=re.I)
        said, labelled, named = tail.partition(":")
        if labelled and "speaker" in roles_of(said.strip()):
            tail = named.strip()  # "«Title». Ponente: Name (Lab)": a labelled by-line
        if not tail:
            talk.title = m.group("title").strip()
            return talk
        if who := split_speakers(_unwrap(tail)) or cjk_byline(tail):
            talk.title, talk.speakers = m.group("title").strip(), who
            return talk
        # '"Simple made easy" revisited — Name': not a quoted title alone; read on
    if (by := list(_BY_RE.finditer(rest))) and _kind_label_by(rest[: by[0].start()]):
        # "Invited talk by Ana Ruiz: Title": the kind, who gives it, then its title
        name, said, named = rest[by[0].end() :].partition(": ")
        if said and named.strip() and (who := split_speakers(name, single_ok=True)):
            talk.speakers, talk.title = who, named.strip()
            talk.kind = kind_of(rest[: by[0].start()])
            return talk
    if by:
        after = rest[by[-1].end() :]
        who = (
            split_speakers(_unwrap(after))
            or split_speakers(
                _unwrap(_DASHES_RE.split(after, maxsplit=1)[0])  # "Title, by Name — a remark"
            )
            or _leading_name(after)
        )
        if who:
            head = rest[: by[-1].start()]
            if HOSTED_RE.search(head):
                return talk  # "Organised by Dr Name", "hosted by": no one's talk
            if chaired := _CHAIRED_RE.search(head):
                talk.chairs, talk.title = who, head[: chaired.start()].strip(" ,-–—")
                return talk  # "Panel: Who owns it? – moderated by Name"
            talk.speakers, talk.title = who, head.strip(" ,-–—")
            return talk
    for comma in _COMMA_RE.finditer(rest):
        # "Title, Dr Ana Ruiz et Pr Bo Li": a title before a name opens a by-line as "by" does
        tail = rest[comma.end() :]
        if comma.start() and titled(tail) and (who := split_speakers(tail)):
            head = rest[: comma.start()]
            # "Opening by the Faculty Dean, Prof. Name": "by" (no word of a title in
            # English, as "par" is in French) began a description of the speaker
            head = _ENGLISH_BY_RE.split(head, maxsplit=1)[0]
            talk.speakers, talk.title = who, head.strip(" -–—")
            return talk
    if (
        (said_from := _FROM_RE.match(rest))
        and kind_of(said_from.group("head")) not in ("talk", "break", "other")
        and (who := split_speakers(said_from.group("who")))
    ):
        # "Keynote from Riya Kapoor": a kind of talk and who gives it, its title not known
        talk.speakers, talk.kind = who, kind_of(said_from.group("head"))
        return talk
    if with_ := list(_WITH_RE.finditer(rest)):
        head = rest[: with_[-1].start()]
        conversation = talk.kind == "panel" or _CONVERSATION_RE.search(head)
        if (conversation or with_[-1].group(0).startswith(",")) and (
            who := split_speakers(rest[with_[-1].end() :])
        ):
            talk.speakers, talk.title = who, head.strip(" ,-–—")  # "Panel: X, with A and B"
            if talk.kind == "talk" and conversation:
                talk.kind = "panel"
            return talk
    parts = [p.strip() for p in _DASHES_RE.split(rest) if p.strip()]
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
        return talk
    if len(parts) >= 2:
        if (
            len(parts) == 3
            and is_person_name(parts[1])
            and (_orgish(parts[2]) or (len(parts[2].split()) <= 4 and not split_speakers(parts[2])))
            and (who := split_speakers(f"{parts[1]} ({parts[2]})"))
        ):
            talk.speakers, talk.title = who, parts[0]  # Title - Speaker - Company
            return talk
        if (
            len(parts) == 3
            and (who := split_speakers(f"{parts[0]} ({parts[1]})"))
            and _orgish(parts[1])
        ):
            talk.speakers, talk.title = who, parts[2]  # Speaker - Company - Title
            return talk
        if len(parts) == 2:
            left, right = parts
            if (who := split_speakers(right)) and not _also_people(left, right):
                talk.speakers, talk.title = who, left
                return talk
            if (who := split_speakers(left)) and not _also_people(right, left):
                talk.speakers, talk.title = who, right
                return talk
            if (
                _kind_label_only(left)
                and kind_of(left) not in ("break", "social", "other")
                and (own := _read_heading(right, year, timed)).speakers
                and own.title
                and own.title != right
            ):
                # "Keynote Speaker - Ana Ruiz: Title": a kind, then a heading of its own
                talk.speakers, talk.title = own.speakers, own.title
                if talk.kind == "talk":
                    talk.kind = kind_of(left) if kind_of(left) != "talk" else own.kind
                return talk
    colon = _COLON_RE.split(rest, maxsplit=1)
    if (
        len(colon) == 2
        and (who := split_speakers(colon[0]))
        and not _also_people(colon[1], colon[0])
        # "1. 初始線索：不尋常的事件": a numbered part's label, no one's name
        and not (_bare_cjk(who) and _NUMBERED_RE.match(text))
    ):
        talk.speakers, talk.title = who, colon[1].strip()  # Speaker: Title
        return talk
    open_at = rest.rfind("(") if rest.endswith(")") else -1
    if rest.endswith("）"):
        open_at = rest.rfind("（")  # East Asian brackets
    if (
        open_at > 0
        and not (  # "Lunch (Sold Out)": a break's brackets name no one
            len(rest[:open_at].split()) <= 3 and kind_of(rest[:open_at]) in ("break", "social")
        )
        and (who := split_speakers(rest[open_at + 1 : -1]))
    ):
        talk.speakers, talk.title = who, rest[:open_at].strip(" -–—,")  # Title (Speaker, Aff)
    return talk


DAY_ORDINAL_STEM_RE = re.compile(
    r"(?:day|tag|jour|d[ií]a|giorno|dag|dzie[nń])[ _-]?\d{1,2}|\d{1,2}日目|第\d{1,2}[天日]",
    re.I,
)
"""A file named for a day of the event by its number (``day1.md``, ``Tag 2.md``,
``jour-3.md``, ``2日目.md``): a day's notes, which hold its talks, not one talk's title."""


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


def _pictogram_value(line: str) -> str | None:
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


def _topic_word(name: str, body: str) -> bool:
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


def _front_left(front: dict[str, object], p: Programme) -> None:
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


def _affiliation_column(talks: list[ProgrammeTalk]) -> None:
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


def _name_alone(heading: str) -> list[ProgrammePerson]:
    """The one person a heading names and nothing else, a handle aside (``Ana Ruiz
    [@ana](…)``), or []."""
    plain = " ".join(_AT_HANDLE_RE.sub(" ", strip_markdown_inline(heading)).split())
    who = split_speakers(plain)
    return who if len(who) == 1 and " ".join(who[0].name.split()) == plain else []


def _kind_and_name(title: str) -> tuple[str, ProgrammePerson] | None:
    """(kind, person) of a heading that is a kind of item and one person's name, the kind
    first or last (``Keynote: Deb Nicholson``, ``Vinay Prasad Keynote``), else None."""
    words = title.replace(":", " : ").split()
    if len(words) < 3 or len(words) > 8:
        return None
    for word, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
        kind = kind_of(word)
        if kind in ("talk", "other", "break"):
            continue
        name = " ".join(rest).strip(" :-–—")
        who = split_speakers(name)
        if len(who) == 1 and " ".join(who[0].name.split()) == name:
            return kind, who[0]
    return None


def _kind_label_only(title: str) -> bool:
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


def _said_more(heading: str, talk: _Talk) -> bool:
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


def _orgish(text: str) -> bool:
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


class _Reader:
    """Turns an outline into a programme under one shape."""

    def __init__(self, outline: Outline, source: str, fmt: str):
        self.o = outline
        self.source = source
        self.p = Programme(name="", format=fmt)
        front = outline.front
        self.year = None
        for key in ("date", "event_date", "start", "startTime", "start_time"):
            if front.get(key) is not None:
                self.year = find_year(str(front[key]))
                if self.year:
                    break
        if self.year is None:
            heads = " ".join(s.title for s in outline.sections()[:20])
            self.year = find_year(f"{front.get('title', '')} {heads}") or find_year(
                Path(source).name
            )
        if self.year is None:
            self.year = find_year(outline.text(0, min(len(outline.lines), 60)))
        self.day: date | None = self._front_day() or self._file_day() or self._folder_day()
        self.file_tags = front_tags(front)
        """Tags the file's front matter gives every note it becomes."""
        self.file_extra = front_extra(front, FRONT_READ)
        """Front matter keys no reading uses: they go on in the notes' front matter."""
        self.consumed: set[int] = set()
        self.session: str | None = None
        """Key of the session (a heading above the talks) being read."""
        self._session_keys: dict[str, int] = {}
        self._heading_lines = outline.heading_lines()
        self._clock_day: date | None = None
        self._weekday: int | None = None
        self._written_24h = False
        """The day the clock of ``previous`` times belongs to."""
        self._first_of_talk = False
        self._names_run = False
        """The line read last was a line of a talk's speakers' names."""
        self._after_names = False
        """True while the first line under a talk's title is read (a bare name there is
        its speaker)."""
        self._named_headings = False
        self._fielded = False
        """The talk-level headings each have a line of fields under them (``*Name, Lab* —
        March 3, 2031``): one template, so the line is each record's people and day."""
        """The talk-level headings are mostly people's names (notes kept per speaker)."""
        self._cards: dict[int, tuple[list[ProgrammePerson], str]] = {}
        """Talk headings under a speaker's card: the card's person and a kind said above."""
        self._card_names: set[int] = set()
        """The name headings of speakers' cards."""
        self._speaker_first = 0
        """How many talk-level headings say their speaker before their title."""
        self._speaker_last = False
        """The document's headings say their title first, then their speaker (most of
        those that name one: ``Keynote - Title - Name``)."""
        self._bracket_names = False
        """Most headings ending in a bracket hold a full name there (``Title (Ana Ruiz)``)."""
        self._headed: dict[int, tuple[int, bool]] = {}
        """Talks read from a heading in no session: (its level, its speakers were named on
        lines under it)."""

    def _front_day(self) -> date | None:
        # "created:" last: a note tool's stamp of when a note was begun, the talk's day for
        # notes taken live, unless the note says its day otherwise
        for key in ("date", "event_date", "day", "created"):
            value = self.o.front.get(key)
            if isinstance(value, datetime):
                return value.date()
            if isinstance(value, date):
                return value
            if isinstance(value, str) and len(value) > 10 and value[10:11] == "T":
                with contextlib.suppress(ValueError):
                    return datetime.fromisoformat(value).date()  # "2025-12-09T15:35"
            if value is not None:
                found, _own = find_date(str(value), self.year)
                if found:
                    return found
        return None

    def _file_day(self) -> date | None:
        """A daily note's day from its file name: Obsidian's ``2025-03-13.md``, Logseq's
        ``2025_04_02.md``, a post's ``2025-06-04-slug.md`` or ``2022-6-22-slug.txt``."""
        stem = Path(self.source).stem if self.source else ""
        return _numeric_day(stem, at_start=True)

    def _folder_day(self) -> date | None:
        """The day a folder of notes is named by (``Meetup 2025 06 10/``, ``2025-06-10/``):
        the day of the talks whose notes it holds."""
        folder = Path(self.source).parent.name if self.source else ""
        return _numeric_day(folder, at_start=False)

    # ------------------------------------------------------------ helpers
    def _date_of(self, text: str) -> date | None:
        found, _own = find_date(text, self.year)
        return found

    def _meta(self, first: int, last: int, talk: _Talk | None) -> int:
        """Read metadata lines from ``first`` on (``Speaker:``, ``Time:``, a by-line, a bold
        name line); consume those understood; return the first line that is not."""
        n = first
        self._first_of_talk = True
        self._names_run = False
        while n <= last:
            line = self.o.plain.get(n, self.o.lines[n])  # an HTML line: its words
            if not line.strip() or n in self.consumed:
                n += 1
                continue
            if talk is not None and _CALLOUT_RE.match(line):
                self._callout(n + 1, last, talk)
                break  # the callout stays in the note as written
            if talk is not None and (upto := self._listed_speakers(n, last, talk)) > n:
                self.consumed.update(range(n, upto))
                self._first_of_talk = False
                n = upto
                continue
            line = _QUOTE_RE.sub("", line)  # "> Ana Ruiz／Example Lab": facts set apart
            # a line of names right after one (no blank line between) is one more of them
            self._after_names = self._names_run and bool(self.o.lines[n - 1].strip())
            self._names_run = False
            understood = self._meta_line(line, talk)
            self._first_of_talk = False
            if (
                not understood
                and not _META_RE.match(line)  # a key of ours not taken (Chair:) ends the run
                and _a_field(line)
                and _a_field(self._next_line(n))
            ):
                n += 1  # a field of a run of fields ("トーク概要：…" over "スピーカー：…"): read on
                continue
            if not understood:
                break
            self.consumed.add(n)
            n += 1
        return n

    def _next_line(self, n: int) -> str:
        """The next line after ``n`` with words, or ''."""
        for m in range(n + 1, min(len(self.o.lines), n + 4)):
            if self.o.lines[m].strip():
                return self.o.lines[m]
        return ""

    def _by_content(self, value: str, talk: _Talk) -> bool:
        """A value whose label is a pictogram (``:microphone: _Ana Ruiz_``, ``📅 2024-10-05
        17:00``) read by what it is: a day with a time, a time, or people."""
        plain = strip_markdown_inline(value).strip(" *_")
        day, _own = find_date(plain, self.year)
        start, end, ampm = clock_range(strip_dates(plain) if day is not None else plain)
        if day is not None and len(plain) <= 40:
            self.day = talk.day = day
            if start is not None:
                talk.start, talk.end, talk.ampm = start, end, ampm
            return True
        if start is not None and len(plain) <= 20:
            talk.start, talk.end, talk.ampm = start, end, ampm
            return True
        if who := split_speakers(plain):
            talk.speakers = _merge_people(talk.speakers, who)
            return True
        return False

    def _name_and_date(self, text: str, talk: _Talk) -> bool:
        """A line of people and a date (``Neel Nanda — 14 Jan 2025``, ``A, B · Room 3``
        aside): every part must be understood, or nothing is taken."""
        parts = [p.strip() for p in _DASHES_RE.split(text) if p.strip()]
        if len(parts) < 2:
            return False
        people: list[ProgrammePerson] = []
        day: date | None = None
        clock: tuple[time | None, time | None, bool] = (None, None, False)
        for part in parts:
            found, _own = find_date(part, self.year)
            if found is not None and _is_day(part, self.year):
                day = found
            elif clock_range(part)[0] is not None and len(part) <= 20:
                clock = clock_range(part)
            elif who := split_speakers(part):
                people.extend(who)
            else:
                return False
        if not people:
            return False
        talk.speakers = _merge_people(talk.speakers, people)
        if day is not None:
            talk.day = self.day = day
        if clock[0] is not None:
            talk.start, talk.end, talk.ampm = clock
        return True

    def _listed_speakers(self, n: int, last: int, talk: _Talk) -> int:
        """``* speakers:`` alone, then its items nested under it, each a person (``-
        Diego Oppenheimer (CEO of Algorithmia)``): the talk's speakers; the line after
        them (``n`` when the line is no such key, or an item is no person)."""
        m = _BARE_KEY_RE.fullmatch(self.o.lines[n].rstrip())
        if m is None or m.group("key").strip().casefold() not in _SPEAKER_KEYS:
            return n
        indent = len(self.o.lines[n]) - len(self.o.lines[n].lstrip())
        people: list[ProgrammePerson] = []
        k = n + 1
        while k <= last and k < n + 12 and (item := _LIST_ITEM_RE.match(self.o.lines[k])):
            if len(item.group("indent")) <= indent:
                break
            who = split_speakers(strip_markdown_inline(item.group("text")), single_ok=True)
            if not who or _bare_cjk(who):
                return n
            people.append(who[0])
            k += 1
        if not people:
            return n
        talk.speakers = _merge_people(talk.speakers, people)
        return k

    def _callout(self, first: int, last: int, talk: _Talk) -> None:
        """Names in an Obsidian callout (``> [!info] Speaker`` then ``> Name, Affiliation``)."""
        n = first
        while n <= last and self.o.lines[n].lstrip().startswith(">"):
            text = strip_markdown_inline(self.o.lines[n].lstrip()[1:]).strip()
            if who := split_speakers(text, single_ok=True):
                talk.speakers = _merge_people(talk.speakers, who)
            n += 1

    def _meta_line(self, line: str, talk: _Talk | None) -> bool:
        if talk is not None and (value := _pictogram_value(line)) is not None:
            return self._by_content(value, talk)
        if said := _key_value(line):
            key, value = said[0], said[1].strip().rstrip("*_ ")
            plain = strip_markdown_inline(unwiki(value)).strip()
            key = _KEY_ALIASES.get(key, key)
            if key in ("date", "day"):
                found = self._date_of(plain)
                if found:
                    self.day = found
                    if talk is not None:
                        talk.day = found
                    return True
                return False
            if key in ("time", "when"):
                found = self._date_of(plain)
                if found:
                    self.day = found
                    if talk is not None:
                        talk.day = found
                if talk is not None:
                    start, end, ampm = clock_range(plain)
                    if start is not None:
                        talk.start, talk.end, talk.ampm = start, end, ampm
                        return True
                return found is not None
            if talk is None:
                if key in ("conference", "event") and plain and not self.p.name:
                    self.p.name = plain
                    return True
                if key in ("location", "venue", "where") and plain:
                    self.p.location = self.p.location or plain
                    return True
                return False
            if key in ("room", "where", "location", "venue"):
                talk.room = talk.room or plain
                return bool(plain)
            if key in ("slides", "video", "recording", "paper", "code"):
                links = [
                    classify_link(lm.group("url") or lm.group("bare"), lm.group("label") or key)
                    for lm in _LINK_RE.finditer(value)
                ]
                talk.links.extend(links)
                return bool(links)
            if key in ("nome", "nombre"):
                if plain and TALK_LABEL_RE.fullmatch(talk.title.strip(" *_#")):
                    talk.title = plain  # "# Palestra" then "**Nome:** Title": the talk's name
                    return True
                return False
            if key in ("title", "talk"):
                if plain and is_placeholder(plain):
                    return True  # "**Tema**: [Por definir]": the title is not known yet
                if plain:
                    if not talk.speakers and (who := split_speakers(talk.title, single_ok=True)):
                        talk.speakers = who
                    head, bar, event = plain.rpartition(" | ")
                    if bar and find_year(event) and not split_speakers(event):
                        plain = head  # "… | ElixirConf US 2025": the event it was given at
                        self.p.name = self.p.name or conference_name(event.strip())
                    as_heading = read_heading(plain, self.year)
                    if as_heading.speakers and not talk.speakers:
                        # "**Talk:** Keynote: Title -- Name | Event": the field as a heading
                        talk.speakers, plain = as_heading.speakers, as_heading.title
                        talk.kind = as_heading.kind if talk.kind == "talk" else talk.kind
                    talk.title = plain
                    return True
                return False
            if key in ("type", "kind"):
                k = kind_of(plain)
                if k != "talk" or plain.lower() == "talk":
                    talk.kind = k
                    return True
                return False
            if key in ("conference", "event") and plain and not self.p.name:
                self.p.name = plain  # "event:: DataConf 2025" among a talk's properties
                return True
            if key in ("track", "conference", "event", "host", "hosted by", "chair", "chairs"):
                return False
            who = split_speakers(plain, single_ok=True) or _lower_names(plain)
            if not who and key in _SPEAKER_KEYS:
                who = _name_then_description(plain)
            if who:
                _heard(talk, who)
                return True
            return False
        if talk is not None and (m := _BY_LINE_RE.match(line)):
            who = split_speakers(strip_markdown_inline(m.group("who")).strip(" *_"))
            if who:
                _heard(talk, who)
                return True
        if (
            talk is not None
            and self._first_of_talk
            and not talk.speakers
            and _kind_label_only(talk.title)
            and (m := _WITH_LINE_RE.match(line))
            and (who := split_speakers(strip_markdown_inline(m.group("who")).strip(" *_")))
        ):
            _heard(talk, who)  # "## Panel" then "with Erez Dickman, … and Chad Fowler"
            return True
        if talk is not None and not talk.speakers:
            stripped = line.strip()
            if re.fullmatch(r"(\*\*|__|\*|_).+\1", stripped) or re.fullmatch(
                r"[-*+]\s+(\*\*|__|\*|_).+\1", stripped
            ):
                text = strip_markdown_inline(stripped.lstrip("-*+ "))
                if who := split_speakers(text):
                    talk.speakers = who
                    return True
                if self._name_and_date(text, talk):  # "*Neel Nanda — 14 Jan 2025*"
                    return True
        if (
            talk is not None
            and talk.speakers
            and self._after_names
            and len(plain := strip_markdown_inline(line).strip()) <= 100
            and (who := split_speakers(plain))
            and not _bare_cjk(who)
            and (all(p.affiliations for p in who) or "@" in plain or says_position(plain))
            and not _people_and_title(line)
        ):
            # "Michael Milewski - @saramic" then "Selena Small - @selenasmall88": the lines
            # of names right under a title, one after the other, are all its speakers
            talk.speakers = _merge_people(talk.speakers, who)
            self._names_run = True
            return True
        if (
            talk is not None
            and (not talk.speakers or talk.whole or _kind_label_only(talk.title))
            and self._first_of_talk
            and not _links_notes_file(line)  # "* [Lazy Iterators](lazy.md)": a talk's notes
        ):
            plain = strip_markdown_inline(line).strip()
            if (
                len(plain) <= 100
                and (who := split_speakers(plain))
                and not _bare_cjk(who)
                and not _weaker_than_heading(talk, who)
                and not _people_and_title(line)
            ):
                # "Noah Friedman (Capital One)" right under the title (under "Keynote - X"
                # too: then X was the title, see _talk)
                _heard(talk, who)
                self._names_run = True
                return True
            if len(plain) <= 160 and (who := _name_then_position(plain)):
                _heard(talk, who)  # "Anthony Fu - Open sourceror and design engineer"
                return True
        if talk is not None and self._first_of_talk and talk.kind == "talk":
            plain = strip_markdown_inline(line).strip(" *_")
            if _kind_label_only(plain) and kind_of(plain) not in ("talk", "break", "other"):
                talk.kind = kind_of(plain)  # "# Title" then "Keynote" alone: its kind
                return True
        if talk is not None and LINK_LINE_RE.match(line) and (lm := _LINK_RE.search(line)):
            # a line that is one link, among the lines under a title: the talk's page
            url = lm.group("url") or lm.group("bare").strip("<>")
            if url.startswith(("http://", "https://")) and url not in {x.url for x in talk.links}:
                talk.links.append(classify_link(url, lm.group("label") or "page"))
                return True
        if talk is not None and talk.start is None:
            start, end, rest, ampm = leading_clock(line)
            if start is not None and not strip_markdown_inline(rest).strip(" ,|@"):
                talk.start, talk.end, talk.ampm = start, end, ampm
                return True
        stripped = strip_markdown_inline(line).strip(" *_-")
        if self._when_where(stripped, talk):
            return True
        found, _own = find_date(stripped, self.year)
        if found and len(stripped) <= 40 and len(re.findall(r"[A-Za-z]{3,}", stripped)) <= 3:
            if talk is None and (last := _range_end(stripped, found, self.year)) is not None:
                # "Dates: April 21-22, 2021": the conference's days, no talk's day yet
                self.p.start, self.p.end = found, last
                return True
            self.day = found
            if talk is not None:
                talk.day = found
            return True
        return False

    def _date_alone(self, text: str) -> date | None:
        """The day a line says when it says nothing else (``Tuesday, 18 April``)."""
        found, _own = find_date(text, self.year)
        if found is None or DAY_RE.sub(" ", strip_dates(text)).strip(" ,.-–—()"):
            return None
        return found

    def _when_where(self, text: str, talk: _Talk | None) -> bool:
        """``2026-05-07 09:30 - 10:00 @ Room 4E``, ``2026-05-05 - 2026-05-07 @ Hall 2``: a
        day (or days), its hours, then ``@`` and the place; every part understood, or
        nothing taken."""
        found, _own = find_date(text, self.year)
        if found is None:
            return False
        if "@" not in text:
            # "Sat 16th March 2024 - Melbourne Town Hall": a day, a dash, then the place
            day, dash, place = _DASHES_RE.split(text, maxsplit=1)[0], "@", ""
            parts = _DASHES_RE.split(text, maxsplit=1)
            said = DAY_RE.sub(" ", strip_dates(day)).strip(" ,.")  # "Sat" with its date
            if len(parts) != 2 or said or find_date(parts[1])[0]:
                return False
            place = parts[1].strip()
            if not place or len(place.split()) > 6 or place[-1:] in ".!?" or clock_range(place)[0]:
                return False
            text = f"{day} {dash} {place}"
        rest = strip_dates(text).lstrip(" -–—~,")  # what the line says besides its days
        rest = DAY_RE.sub(" ", rest).lstrip(" -–—~,")  # "Sat" beside its date
        start, end, rest, ampm = (
            leading_clock(rest) if rest[:1].isdigit() else (None, None, rest, False)
        )
        place = rest.strip()
        if not place.startswith("@"):
            return False
        place = place.lstrip("@ ").strip()
        if talk is None:
            self.p.location = self.p.location or place
            days = [w for w in _RANGE_RE.split(text.split("@", 1)[0]) if find_date(w)[0]]
            if len(days) == 1:  # a range of days is the conference's, not its talks' day
                self.day = found
            else:
                last = find_date(days[-1], self.year)[0]
                self.p.start, self.p.end = found, last if last and last >= found else found
            return True
        self.day = found
        talk.day = found
        if start is not None:
            talk.start, talk.end, talk.ampm = start, end, ampm
        talk.room = talk.room or place
        return True

    def _heading_text(self, section: Section) -> str:
        """A heading's lines as written (its link targets too), its markers aside."""
        return " ".join(self.o.lines[section.line : section.heading_last + 1]).lstrip("#* ")

    def _body(self, first: int, last: int) -> tuple[str, int, int]:
        """The source lines ``first..last`` not consumed as metadata, blank ends trimmed."""
        # metadata lines read as facts stay (never dropped); only headings are titles
        keep = [
            n
            for n in range(first, last + 1)
            if not (n in self._heading_lines and n in self.consumed)
        ]
        while keep and not self.o.lines[keep[0]].strip():
            keep.pop(0)
        while keep and not self.o.lines[keep[-1]].strip():
            keep.pop()
        if not keep:
            return "", 0, -1
        # consumed lines inside the body stay: only a leading run of metadata is taken
        lines = [self.o.lines[n] for n in range(keep[0], keep[-1] + 1)]
        # the last line as written, its trailing spaces too (a body is kept byte for byte)
        return "\n".join(lines).rstrip("\r\n") + "\n", keep[0], keep[-1]

    def _add(self, t: _Talk, body: str, first: int, last: int, previous: list[time]) -> None:
        day = t.day or self.day
        if day != self._clock_day or (t.weekday is not None and t.weekday != self._weekday):
            previous.clear()  # a new day: "10:00" after yesterday's "11:00" is morning
            self._clock_day = day
            self._weekday = t.weekday if t.weekday is not None else self._weekday
        if t.start is not None and t.start.hour >= 13:
            self._written_24h = True  # "17:30" as written: a 24-hour clock, never shifted
        ampm = t.ampm or self._written_24h
        start = afternoon(t.start, previous[-1] if previous else None, ampm)
        end = afternoon(t.end, start, ampm) if t.end else None
        if start is not None:
            previous.append(start)
        day = t.day or self.day
        pt = ProgrammeTalk(
            title=t.title or "Untitled",
            kind=t.kind if t.kind != "talk" else _title_kind(t.title, bool(t.speakers)),
            start=datetime.combine(day, start) if day and start else None,
            end=datetime.combine(day, end) if day and end else None,
            room=t.room,
            speakers=t.speakers,
            links=t.links,
            body=body,
            session=self.session,
        )
        if pt.kind in ("break", "social") and t.speakers:
            pt.kind = "talk"
        pt.tags = list(dict.fromkeys([*t.tags, *self.file_tags]))
        pt.extra = dict(self.file_extra)
        pt.day = day
        pt.origin = f"lines {first + 1}-{last + 1}" if last >= first else ""
        self.p.talks.append(pt)

    def _loose(self, title: str, first: int, last: int, previous: list[time]) -> None:
        """Text with no talk to hang on: a note of its own, named after its heading."""
        body, b0, b1 = self._body(first, last)
        if body.strip():
            self._add(_Talk(title=title, kind="other"), body, b0, b1, previous)

    # ------------------------------------------------------------ shapes
    def sections(self, doc_title: Section | None, level: int) -> None:
        previous: list[time] = []
        top = doc_title.children if doc_title else self.o.root.children
        at = [s for s in self.o.sections() if s.level == level]
        named = sum(len(split_speakers(strip_markdown_inline(s.title))) == 1 for s in at)
        # a heading is its speaker's name only among headings that are names (a list of
        # people is the role): "## Work Environment" among a talk's parts is no person
        self._named_headings = named >= 2 and named * 4 >= len(at) * 3
        fielded = sum(_line_fields(self.o, s, self.year) is not None for s in at[:200])
        self._fielded = fielded >= 2 and fielded * 2 >= min(len(at), 200)
        self._speaker_cards()
        self._speaker_first = sum(
            _speaker_first(s.title, self.year) for s in self.o.sections()[:200]
        )
        orders = [_speaker_before(s.title, self.year) for s in self.o.sections()[:200]]
        self._speaker_last = orders.count(False) > 2 * orders.count(True)
        brackets = [
            len(m.group("who").split()) >= 2 and is_person_name(m.group("who"))
            for s in self.o.sections()[:200]
            if (m := _BRACKET_LAST_RE.match(strip_markdown_inline(s.title).strip()))
        ]
        # "## Title (Full Name)" heading after heading: the bracket is the speaker's column
        self._bracket_names = brackets.count(True) >= 2 and brackets.count(True) * 2 > len(brackets)
        self._preamble(doc_title, previous)
        for section in top:
            self._walk(section, level, previous)
        if doc_title is not None:
            for section in self.o.root.children:
                if section is not doc_title:  # "# Things to look up" after the day's talks
                    self._walk(section, level, previous)
        self._unsigned_parts()

    def _unsigned_parts(self) -> None:
        """Headings of one level, in no session, most of which name their speakers, two at
        least on lines under them (``*Talk by Name*``, ``スピーカー：Name``): those that name
        no one, no time, no link and no kind are the writer's own parts (``## Final words``, ``##
        クロージング``), notes beside the talks, not talks."""
        for level in {lv for lv, _u in self._headed.values()}:
            group = [t for t in self.p.talks if self._headed.get(id(t), (0, False))[0] == level]
            under = [t for t in group if self._headed[id(t)][1]]
            named = [t for t in group if t.speakers]
            if len(under) < 2 or len(named) * 2 < len(group):
                continue
            for t in group:
                if not (self._headed[id(t)][1] or t.speakers or t.start or t.links):
                    t.kind = "other" if t.kind == "talk" else t.kind

    def _speaker_cards(self) -> None:
        """A speakers page of cards: ``<h3>Name</h3>``, a bio, then the talks as headings
        of a higher level (``<h2>Title</h2>``), which the outline would read as closing
        the name's section. Found only when two cards or more are written so."""
        cards: dict[int, tuple[list[ProgrammePerson], str]] = {}
        names: set[int] = set()
        who: list[ProgrammePerson] = []
        name_level = talk_level = 0
        previous: Section | None = None
        for s in self.o.sections():
            title = strip_markdown_inline(s.title).strip()
            person = split_speakers(title)
            if (
                previous is not None
                and s.line == previous.heading_last + 1
                and _name_alone(previous.title)
            ) or (len(person) == 1 and self._title_under(s) is not None):
                # a name over its talk's title, or the title under a name: no card
                who = []
            elif len(person) == 1 and person[0].name == title:
                who, name_level, talk_level = person, s.level, 0
                names.add(id(s))
            elif who and (s.level == talk_level or (not talk_level and s.level < name_level)):
                if read_heading(title, self.year).speakers:
                    who = []
                else:
                    talk_level = s.level
                    said = previous.blocks[-1].text.strip() if previous and previous.blocks else ""
                    kind = kind_of(said) if len(said.split()) <= 2 else "talk"
                    cards[id(s)] = (who, kind if kind not in ("talk", "break", "other") else "")
            else:
                who = []
            previous = s
        if len({id(p) for p, _k in cards.values()}) >= 2:
            self._cards, self._card_names = cards, {n for n in names if n}

    def _preamble(self, doc_title: Section | None, previous: list[time]) -> None:
        """The text before the first talk: metadata for the conference, the rest a note."""
        first = self.o.front_last + 1
        end = own_last(doc_title) if doc_title is not None else own_last(self.o.root)
        title = strip_markdown_inline(doc_title.title) if doc_title else ""
        if doc_title is not None:
            day = self._date_of(doc_title.title)
            if day:
                self.day = day
        title = title or strip_markdown_inline(str(self.o.front.get("title") or ""))
        if not self._date_of(title) and _is_day(title, self.year) and title_name(title, self.year):
            self.session = self._session(title)  # "EuroPython day 2": its talks' session
        name = strip_markdown_inline(doc_title.title) if doc_title else "Notes"
        self._opening(doc_title, first, end, name, previous)

    def _opening(
        self, title: Section | None, first: int, end: int, name: str, previous: list[time]
    ) -> None:
        """The lines from ``first`` to ``end`` around a document's title, before its first
        talk: the metadata read for the conference, and all of them a note named ``name``,
        as written (the facts read, ``> 2026-05-05 - 2026-05-07 @ Hall 2``, too). The title
        heading stays in that note, or makes one, when it says more than the conference it
        names (``# Veilid DEFCON video notes``)."""
        heading = range(title.line, title.heading_last + 1) if title and title.line >= 0 else None
        if heading is not None:
            self.consumed.update(heading)
        if end < first:
            return
        stop = self._meta(first, end, None)
        for n in range(stop + 1, min(end, stop + 12) + 1):
            # a day or a place further down the preamble ("Sat 16th March 2024 - Town Hall"
            # under the page's link): the conference's, and the line stays in its note
            line = strip_markdown_inline(self.o.lines[n]).strip(" *_-")
            if line and n not in self._heading_lines and self._when_where(line, None):
                self.consumed.add(n)
            elif line and n not in self._heading_lines and (day := self._date_alone(line)):
                self.day = day  # "*Tuesday, 18 April*" under the title: the talks' day
                self.consumed.add(n)
        text = any(
            self.o.lines[n].strip() for n in range(first, end + 1) if n not in self._heading_lines
        )
        named = title_name(title.title, self.year) if title is not None else ""
        if (
            heading is not None
            and title is not None
            # "# Day notes" names nothing: the folder or the file names the conference; and
            # "# Day 1" says neither the event nor a date: it stays in a note as written
            and (
                text
                or (named and _said_more(self._heading_text(title), _Talk(named)))
                or (not named and self._date_of(title.title) is None)
            )
        ):
            self.consumed.difference_update(heading)
        self._loose(name, first, end, previous)

    def _walk(self, section: Section, level: int, previous: list[time]) -> None:
        holds = section.level >= level and self._holds_talks(section)
        if (section.level >= level or not section.children) and self._list_session(
            section, previous
        ):
            return
        if section.level >= level and not holds:
            self._talk(section, previous)
            return
        if not section.children and section.level < level and self._talk_by_itself(section):
            self._talk(section, previous)  # "## Vinay Prasad Keynote" among "## Talks"
            return
        if id(section) in self._cards:
            # a card's talk heading, of a higher level than the card's name under which
            # it is written: a talk of its own lines, the next card read after it
            self._talk(section, previous, by_itself=True)
            for child in section.children:
                self._walk(child, level, previous)
            return
        if holds:
            level = section.level + 1  # "# Unconference" over "## Name - Title" talks
        day = written = self._date_of(section.title)
        if day is None and self.p.start is not None and (nth := _nth_day(section.title)):
            # "## Day 2" of a conference whose days the page gave: its second day
            counted = self.p.start + timedelta(days=nth - 1)
            day = counted if self.p.end is None or counted <= self.p.end else None
        if day:
            self.day = day
        outer = self.session
        title = strip_markdown_inline(section.title)
        heading = range(section.line, section.heading_last + 1)
        n = section.heading_last + 1
        if not _is_day(title, self.year):
            self.session = self._session(title)  # a session or track, not just a day
            self.consumed.update(heading)
        elif written is not None:
            self.consumed.update(heading)  # "## Thursday 11th May": its talks' day
        else:
            n = section.line  # "## First day:", "## Day 2": no date said, kept in a note
        n = self._meta(n, own_last(section), None) if n > section.line else n
        self._loose(title, n, own_last(section), previous)
        for child in section.children:
            self._walk(child, level, previous)
        self.session = outer

    def _talk_by_itself(self, section: Section) -> bool:
        """A heading above the talks' level, over no sub-heading, that says a talk by its
        own words: who gives it (``Title - Name``, ``Keynote: Name``)."""
        title = strip_markdown_inline(section.title)
        if _kind_and_name(title) or read_heading(section.title, self.year).speakers:
            return True
        first = next((b.text for b in section.blocks if b.text.strip()), "").split("\n")[0]
        m = _WITH_LINE_RE.match(first) or _BY_LINE_RE.match(first)
        return bool(
            kind_of(title) not in ("talk", "other", "break")
            and _kind_label_only(title)
            and m
            and split_speakers(strip_markdown_inline(m.group("who")))
        )  # "## Panel" over "with Erez Dickman, … and Chad Fowler"

    def _holds_talks(self, section: Section) -> bool:
        """A heading at the talks' level with no text of its own over sub-headings that
        name their speakers (half of them, two at least): a session of talks, not one."""
        kids = section.children[:50]
        if _own_text(section) or len(kids) < 2:
            return False
        named = sum(bool(read_heading(k.title, self.year).speakers) for k in kids)
        if named >= 2 and named * 2 >= len(kids):
            return True
        if _SESSION_RE.search(strip_markdown_inline(section.title)) and not any(
            k.children for k in kids
        ):
            return True  # "## Lightning talks" over "### Elliptics", "### ZeroVM": its talks
        # "## LT" over "### Title" each with "#### 概要": its sub-headings are filled in
        # from the template of the talks beside it (their "### 登壇者", "### 概要"), so
        # each is a talk of that session, not a part of one
        template = {
            _part_key(c.title)
            for s in self.o.sections()[:200]
            if s.level == section.level and s is not section
            for c in s.children
        }
        return bool(template) and all(
            k.children
            and _part_key(k.title) not in template
            and {_part_key(c.title) for c in k.children} <= template
            for k in kids
        )

    def _session(self, title: str) -> str:
        base = make_slug(title, "session")
        n = self._session_keys.get(base, 0) + 1
        self._session_keys[base] = n
        key = base if n == 1 else f"{base}-{n}"
        start = datetime.combine(self.day, time(0, 0)) if self.day else None
        kind = kind_of(title)
        self.p.sessions.append(ProgrammeSession(key, title, kind if kind != "other" else "talk"))
        if start is not None:
            self.p.sessions[-1].start = None  # a day, not a time: talks carry the day
        return key

    def _talk(self, section: Section, previous: list[time], by_itself: bool = False) -> None:
        """``section`` as a talk; ``by_itself``: its own lines only, its sub-sections read
        apart."""
        end = own_last(section) if by_itself else section.end
        if PEOPLE_HEADING_RE.fullmatch(strip_markdown_inline(section.title).strip()):
            # "## People" over a list of names: the page's own notes, no talk, no speaker
            self.consumed.update(range(section.line, section.heading_last + 1))
            self._loose(
                strip_markdown_inline(section.title),
                section.heading_last + 1,
                section.end,
                previous,
            )
            return
        if (
            not section.children
            and not _own_text(section)
            and (chairs := _chairs_heading(section.title))
        ):
            # "#### Session Chair: Name" among the talks: who chairs them, no talk
            known = {(r.role, r.person.name) for r in self.p.roles}
            for person in chairs:
                if ("chair", person.name) not in known:
                    self.p.roles.append(ProgrammeRole(person, "chair"))
            self.consumed.update(range(section.line, section.heading_last + 1))
            return
        t = read_heading(section.title, self.year)
        t.tags = list(section.tags)
        if (under_name := self._name_over_title(section)) is not None:
            # "### Chad Fowler @chadfowler" over "#### [Disposable Components](…)"
            t.speakers, t.title, title_last = under_name
            self.consumed.update(range(section.heading_last + 1, title_last + 1))
        if not t.speakers and (given := _kind_and_name(strip_markdown_inline(section.title))):
            # "## Keynote: Deb Nicholson", "## Vinay Prasad Keynote": a kind and who gives it
            t.kind, t.speakers = given[0], [given[1]]
            t.title = strip_markdown_inline(section.title).strip()
        if id(section) in self._cards and not t.speakers:
            card, kind = self._cards[id(section)]
            t.speakers = [replace(p) for p in card]
            t.kind = kind or t.kind

        day = self._date_of(section.title)
        if day:
            self.day = day
            t.day = day
            said = strip_markdown_inline(section.title)
            if t.start is None and (tail := _DATED_TAIL_RE.search(said)):
                # "## Lightning Talks - April 21, 5pm": the day, then the hour it starts
                left = strip_dates(tail.group(0)).strip(" ,-–—")
                begin, finish, ampm = clock_range(left) if _CLOCK_ONLY_RE.fullmatch(left) else (
                    None, None, False)  # fmt: skip
                if begin is not None:
                    t.start, t.end, t.ampm = begin, t.end or finish, t.ampm or ampm
        if _is_day(section.title, self.year) and not section.children and not _own_text(section):
            self.consumed.update(range(section.line, section.heading_last + 1))
            return  # "## Day 2 — Nov 14" among the talks: a day starts, it is no talk
        named = list(t.speakers)
        first = self._meta(section.heading_last + 1, end, t)
        if (
            not t.speakers
            and self._fielded
            and (fields := _line_fields(self.o, section, self.year))
        ):
            t.speakers, found_day = fields  # the record's line of fields: who, and when
            if found_day is not None and t.day is None and t.start is None:
                t.day = found_day
        under = [p for p in t.speakers if p not in named]
        if named and under and _kind_label_only(t.title):
            # "Talk court - Doc Busters" over "Ana Ruiz, Li Wei": the line under the heading
            # names the speakers, so what the heading took for a name is the title
            t.title, t.speakers = strip_markdown_inline(section.title).strip(), under
        if self._speaker_last and _speaker_before(section.title, self.year):
            # "Opening Keynote - Compassionate Refactoring - Clare Sudbery": two parts with a
            # name's shape; the document's other headings say which one is the speaker
            who = split_speakers(t.title)
            if len(t.speakers) == 1 and not t.speakers[0].affiliations and len(who) == 1:
                t.title, t.speakers = t.speakers[0].name, who
        if (
            not t.speakers
            and self._bracket_names
            and (bracket := _BRACKET_LAST_RE.match(t.title))
            and is_person_name(bracket.group("who"), single_ok=True)
        ):
            # "## The Sorry State of SSL (Hynek)" among "## Title (Full Name)" headings: the
            # same column, its speaker known by one name
            t.speakers = [ProgrammePerson(name=bracket.group("who").strip())]
            t.title = bracket.group("title").strip()
        if not t.speakers and self._speaker_first >= 2 and (alone := _first_name_first(t.title)):
            # "# Carla - No passwords" among "# Steven Baker - Title" headings: the same
            # column of the same kind of heading, its speaker known by a first name only
            t.speakers, t.title = [ProgrammePerson(name=alone[0])], alone[1]
        own = [b for b in section.blocks if b.text.strip()]
        if not t.speakers and (not own or (len(own) == 1 and len(own[0].text) <= 40)):
            t.speakers = _speaker_part(section)  # "# Title" / "Keynote" / "## Abstract" / names
        if (
            not t.speakers
            and _kind_label_only(t.title)
            and own
            and own[0].kind == "list"
            # "- Ana Ruiz, *Title*" items are talks of their own, not the slot's people
            and not any(
                _people_and_title(self.o.lines[n]) for n in range(own[0].first, own[0].last + 1)
            )
        ):
            t.speakers = _led_by_names(  # "### Keynote" / "- Name (Org): notes"
                own[0].items, [self.o.lines[a] for a, _b in own[0].spans]
            )
        last, next_day = self._trailing_day(first, end)
        if (
            self._named_headings
            and not t.speakers
            and len(who := split_speakers(t.title)) == 1
            and not is_generic(t.title)  # "参考", "Fazit": a part of notes, nobody
            and not _topic_word(who[0].name, self.o.text(section.heading_last + 1, last))
        ):
            t.speakers = who  # notes headed by the speaker's name: the title stays the name
        # the lines read as facts (``Speaker: X``) stay in the note too: never dropped, and
        # so does a heading that said more than the title (its speaker, link or number)
        if id(section) in self._card_names and under_name is None:
            # a card's name over the speaker's bio: a person of the page, the bio a note
            for person in t.speakers or split_speakers(strip_markdown_inline(section.title)):
                self.p.roles.append(ProgrammeRole(person, "speaker"))
            t.speakers, t.kind = [], "other"
        said = self._heading_text(section)
        top = section.line if _said_more(said, t) else section.heading_last + 1
        body, b0, b1 = self._body(top, last)
        runs = [
            x
            for s in ([] if t.speakers else section.walk())
            for b in s.blocks
            if b.kind == "paragraph" and not b.bold
            for x in _by_lines(self.o, b)
        ]
        lists = [b for b in section.blocks if b.kind == "list"]
        one_item = len(lists) == 1 and len(lists[0].items) == 1
        talks_said = one_item and bool(_SESSION_RE.search(strip_markdown_inline(section.title)))
        least = 1 if talks_said else 2  # "## Workshops" over its one "Title - Name" item
        if not t.speakers and (listed := self._listed_talks(first, last, least)):
            self._session_of(t, listed, body, b0, b1, previous)
        elif len(runs) >= 2 or (runs and not t.title):
            # "09h30" over lines "Title, Dr Name" a <br> apart: the heading is their slot, each
            # line a talk at its time; the slot's words stay a note of their own
            self._signed(t, body)
            slot = replace(t, kind="other", start=None, end=None)
            slot.title = t.title or strip_markdown_inline(section.title).strip()
            self._add(slot, body, b0, b1, previous)
            self._slot_chairs(section)
            for lead in runs:
                talk = read_heading(lead.text, self.year)
                talk.start, talk.end, talk.ampm = t.start, t.end, t.ampm
                talk.day = talk.day or t.day
                self._add(talk, "", lead.line, lead.line, previous)
        else:
            self._signed(t, body)
            self._add(t, body, b0, b1, previous)
            if self.p.talks and self.session is None:
                self._headed[id(self.p.talks[-1])] = (section.level, bool(under))
        if next_day is not None:
            self.day = next_day

    def _name_over_title(self, section: Section) -> tuple[list[ProgrammePerson], str, int] | None:
        """Among talk headings that are people's names, one that names only its speaker
        (a handle beside it) over its title: a sub-heading first thing under it, or a line
        that is one link (``### Name @handle`` / ``#### [Title](…)`` or ``[Title](…)``).
        (speakers, title, the title's last line), or None."""
        if not self._named_headings:
            return None
        who = _name_alone(section.title)
        if not who:
            return None
        found = self._title_under(section)
        return (who, *found) if found else None

    def _title_under(self, section: Section) -> tuple[str, int] | None:
        """(title, its last line) of a heading's first sub-heading or lone link line, first
        thing under it; else None."""
        n = section.heading_last + 1
        while n <= section.end and not self.o.lines[n].strip():
            n += 1
        if n > section.end:
            return None
        child = next((c for c in section.children if c.line == n), None)
        if child is not None:
            title, last = strip_markdown_inline(child.title).strip(), child.heading_last
        elif _ONE_LINK_RE.fullmatch(self.o.lines[n].strip()) and (
            n == section.end or not self.o.lines[n + 1].strip()
        ):
            title, last = strip_markdown_inline(self.o.lines[n]).strip(), n
        else:
            return None
        return (title, last) if title else None

    def _slot_chairs(self, section: Section) -> None:
        """``Modérateurs : Pr Name et Dr Name`` in a slot over its talks: the chairs."""
        known = {r.person.name for r in self.p.roles if r.role == "chair"}
        for n in range(section.heading_last + 1, section.end + 1):
            line = strip_markdown_inline(self.o.plain.get(n, self.o.lines[n]))
            if (m := _LABELLED_RE.match(line)) and "chair" in roles_of(m.group("key")):
                for person in split_speakers(m.group("value").strip(), single_ok=True):
                    if person.name not in known:
                        known.add(person.name)
                        self.p.roles.append(ProgrammeRole(person, "chair"))

    def _listed_talks(self, first: int, last: int, least: int = 2) -> list[_Talk]:
        """The talks a heading's list holds, at any depth (``- **Speakers:**`` over
        ``  - Speaker 1: Dr. Ana Ruiz - *Title*``): ``least`` or more items (two, or one
        under a heading that says its items are talks, ``## Workshops``), each a speaker
        and a title; ``Chair: Name`` items name the session's chairs. Other lists are
        notes."""
        talks: list[_Talk] = []
        chairs: list[ProgrammePerson] = []
        items = 0
        unread: list[tuple[int, str, tuple[str, ...]]] = []  # items the template may read
        day: date | None = None  # "Friday, August 10" between the items: theirs from there
        for n in range(first, last + 1):
            m = _ITEM_LINE_RE.match(self.o.lines[n])
            if m is None:
                if talks and self.o.lines[n].strip():
                    day = self._date_alone(strip_markdown_inline(self.o.lines[n])) or day
                continue
            items += 1
            text = strip_markdown_inline(m.group(1)).strip()
            label, colon, rest = text.partition(":")
            if colon and "chair" in roles_of(label) and (who := split_speakers(rest.strip())):
                chairs.extend(who)
                continue
            item = read_heading(m.group(1), self.year)
            stressed = _title_stress(m.group(1))
            if stressed and (found := stressed_title(text, stressed)):
                # "Ana Ruiz and Bo Li, *Title: Subtitle*": the stress marks the title field
                item.title, item.speakers = found
            elif stressed and not item.speakers:
                unread.append((len(talks), text, stressed))
            label_only = len(item.title.split()) <= 2 and roles_of(item.title.strip(" :"))
            if item.speakers and item.title and not label_only and not _bare_cjk(item.speakers):
                item.day = item.day or day
                talks.append(item)  # "目的：…" is a field's label, not a speaker
        if len(talks) >= max(2, least):
            # the list's template agreed on: an item whose people it did not trust alone
            # ("Perry Hart and Favonia, *Title*") reads the same way
            for at, text, stressed in reversed(unread):
                if found := _stressed_record(text, stressed):
                    item = read_heading(found[0], self.year)
                    item.title, item.speakers = found
                    talks.insert(at, item)
        if len(talks) < max(least, min(2, items)) or len(talks) * 2 < items - len(chairs):
            # a few "Name: remark" bullets among a talk's notes are notes; one talk alone
            # only when it is the list's one item
            return []
        for person in chairs:
            self.p.roles.append(ProgrammeRole(person, "chair"))
        return talks

    def _session_of(
        self,
        head: _Talk,
        talks: list[_Talk],
        body: str,
        first: int,
        last: int,
        previous: list[time],
    ) -> None:
        """A heading over its listed talks: a session, and each talk in it at its time."""
        outer = self.session
        label, colon, rest = strip_markdown_inline(head.whole or head.title).partition(":")
        if colon and "chair" in roles_of(label) and (chairs := split_speakers(rest.strip())):
            for person in chairs:  # "#### Chair: Lee Park" over the session's talks
                self.p.roles.append(ProgrammeRole(person, "chair"))
        self.session = self._session(head.title)
        day = head.day or self.day
        if day and head.start:
            self.p.sessions[-1].start = datetime.combine(day, head.start)
            if head.end:
                self.p.sessions[-1].end = datetime.combine(day, head.end)
        for n, item in enumerate(talks):
            item.start = item.start or (head.start if n == 0 else None)
            item.ampm = item.ampm or head.ampm
            item.day = item.day or head.day
            self._add(item, body if n == 0 else "", first, last, previous)
        self.session = outer

    def _trailing_day(self, first: int, last: int) -> tuple[int, date | None]:
        """A lone date line closing a section (``**Tuesday, 5 November 2024**``) is the
        next day starting, not a word of this talk's notes: (last body line, that day)."""
        n = last
        while n >= first and not self.o.lines[n].strip():
            n -= 1
        if n < first:
            return last, None
        stripped = strip_markdown_inline(self.o.lines[n]).strip(" *_-#")
        found, _own = find_date(stripped, self.year)
        if found and _is_day(stripped, self.year) and len(stripped) <= 40:
            self.consumed.add(n)
            return n - 1, found
        return last, None

    def bold(self, blocks_owner: Section) -> None:
        """Talks started by lead lines (bold lines, ``Speaker - Title`` lines, bold list
        items) inside one section (or the root)."""
        previous: list[time] = []
        starts = leads(self.o, blocks_owner)
        first_lead = starts[0].line
        if blocks_owner.line >= 0:
            self.day = self._date_of(blocks_owner.title) or self.day
        pre_first = self.o.front_last + 1  # text above the title is kept too
        name = blocks_owner.title or self.p.name or "Notes"
        self._opening(blocks_owner, pre_first, first_lead - 1, name, previous)
        self._lead_talks(starts, blocks_owner.end, previous)

    def _list_session(self, section: Section, previous: list[time]) -> bool:
        """A heading that names no talk over a list whose items open with ``Title -
        Name`` and carry their notes nested under them (``# To watch`` then ``- Title -
        Name`` / ``  what it is about``): a session of those talks; False otherwise."""
        if read_heading(section.title, self.year).speakers or section.children:
            return False
        found = {lead.line for lead in leads(self.o, section) if not lead.keep}
        if len(found) < 2 and _SESSION_RE.search(strip_markdown_inline(section.title)):
            # "## Lightning Talks" over items each with its notes nested under it: a session
            # says its items are talks, named or not
            lists = [b for b in section.blocks if b.kind == "list"]
            spans = lists[0].spans if len(lists) == 1 else []
            if len(spans) >= 2 and all(
                any(self.o.lines[n].strip() for n in range(first + 1, last + 1))
                for first, last in spans
            ):
                found = {first for first, _last in spans}
        block = next((b for b in section.blocks if b.kind == "list" and b.first in found), None)
        if len(found) < 2 or block is None:
            return False
        starts = [  # every item of that list with notes under it, named or not
            Lead(
                first,
                strip_markdown_inline(_LIST_MARK_RE.sub("", self.o.lines[first])).strip(),
                keep=True,  # the item stays in its note, as written
            )
            for first, last in block.spans
            if first in found or any(self.o.lines[n].strip() for n in range(first + 1, last + 1))
        ]
        if any(b.kind != "list" and b.first > block.first for b in section.blocks):
            return False  # text after the list: the heading's own notes
        title = strip_markdown_inline(section.title)
        self.consumed.update(range(section.line, section.heading_last + 1))
        outer = self.session
        self.session = self._session(title)
        n = self._meta(section.heading_last + 1, starts[0].line - 1, None)
        self._loose(title, n, starts[0].line - 1, previous)
        self._lead_talks(starts, section.end, previous)
        self.session = outer
        return True

    def _lead_talks(self, starts: list[Lead], end: int, previous: list[time]) -> None:
        """The talks that ``starts`` open, each to the line before the next (the last to
        ``end``)."""
        ends = [lead.line - 1 for lead in starts[1:]] + [end]
        for lead, last in zip(starts, ends, strict=True):
            t = read_heading(lead.text, self.year)
            stressed = tuple(
                m.group(2) for m in _STRESS_RE.finditer(self.o.lines[lead.line]) if m.group(2)
            )
            if stressed and t.title not in stressed:
                _day, rest = leading_date(lead.text, self.year)
                if found := stressed_title(rest.strip(" -–—:|"), stressed):
                    t.title, t.speakers = found  # "**21 aprile** - Name, *Title: subtitle*"
            day = self._date_of(lead.text)
            if day:
                self.day = day
                t.day = day
            if not lead.keep:
                self.consumed.add(lead.line)
            self._meta(lead.line + 1, last, t)
            # the lines read as facts (its speaker's line) stay in the note, as under a heading
            body, b0, b1 = self._body(lead.line if lead.keep else lead.line + 1, last)
            self._signed(t, body)
            self._add(t, body, b0, b1, previous)

    def people_page(self, named: list[Section]) -> None:
        """A speakers or organisers page: each name heading is a person with the role its
        parent heading says; the page's text is kept whole in one note."""
        parents: dict[int, Section] = {}
        for section in self.o.root.walk():
            for child in section.children:
                parents[id(child)] = section
        for section in named:
            (person,) = split_speakers(strip_markdown_inline(section.title))[:1]
            fields = _card_fields(section)
            first = next((b for b in section.blocks if b.text.strip()), None)
            if fields.get("affiliation") and not person.affiliations:
                person.affiliations = [fields["affiliation"]]
            elif (
                first is not None
                and not person.affiliations
                and not _CARD_LABEL_RE.match(first.text)
            ):
                lead = re.split(r"(?<=[.;])\s", first.text, maxsplit=1)[0].rstrip(".;")
                if is_organisation(lead) and len(lead.split()) <= 8:
                    person.affiliations = [lead]
            role, up = "speaker", parents.get(id(section))
            while up is not None and up.line >= 0:
                kind = section_kind(strip_markdown_inline(up.title))
                if kind in ("organizer", "keynote", "panelist"):
                    role = kind
                    break
                up = parents.get(id(up))
            self.p.roles.append(ProgrammeRole(person, role))
            if (talk := fields.get("title")) and role != "organizer":
                self.p.talks.append(
                    ProgrammeTalk(
                        title=talk,
                        kind="keynote" if role == "keynote" else _title_kind(talk, True),
                        speakers=[person],
                        abstract=fields.get("abstract", ""),
                        day=self.day,
                    )
                )
        title = next((s.title for s in self.o.sections()), "") or "People"
        body, b0, b1 = self._body(self.o.front_last + 1, len(self.o.lines) - 1)
        self._add(_Talk(title=strip_markdown_inline(title), kind="other"), body, b0, b1, [])

    def table(self, owner: Section, block: Block) -> None:
        """One talk per row of a table of talks; the notes cells are the bodies."""
        previous: list[time] = []
        if owner.line >= 0:
            self.consumed.update(range(owner.line, owner.heading_last + 1))
            self.day = self._date_of(owner.title) or self.day
        pre_first = self.o.front_last + 1  # text above the title is kept too
        n = self._meta(pre_first, block.first - 1, None)
        self._loose(owner.title or "Notes", n, block.first - 1, previous)
        rows = [r.split("\t") for r in block.items]
        roles = column_roles(rows)
        source_rows = [
            n
            for n in range(block.first, block.last + 1)
            if self.o.lines[n].strip() and not _TABLE_RULE_RE.match(self.o.lines[n])
        ]
        for row, line in zip(rows[1:], source_rows[1:], strict=False):
            cells = dict(zip(roles, row, strict=False))
            t = read_heading(cells.get("title", ""), self.year)
            if not t.title:
                continue
            if cells.get("speaker"):
                t.speakers = split_speakers(cells["speaker"], single_ok=True) or t.speakers
            if cells.get("date"):
                t.day = self._date_of(cells["date"])
            if cells.get("time"):
                t.start, t.end, t.ampm = clock_range(cells["time"])
            t.room = cells.get("room", "")
            extra = [
                (rows[0][i] if i < len(rows[0]) else "", cell)
                for i, (role, cell) in enumerate(zip(roles, row, strict=False))
                if role == "notes" and cell.strip()
            ]
            body = "\n".join(cell for _header, cell in extra)
            self._add(t, body + "\n" if body else "", line, line, previous)
        self.consumed.update(range(block.first, block.last + 1))
        after = block.last + 1
        last = own_last(owner) if owner.children else owner.end
        if after <= last:
            self._loose(owner.title or "Notes", after, last, previous)

    def mix(self, owner: Section, block: Block) -> None:
        """A table of talks and, under headings, notes about them: each heading's notes go
        to the talk its words name (``Notes on vLLM``), or stand alone."""
        before = len(self.p.talks)
        self.table(owner, block)
        talks = self.p.talks[before:]
        for child in owner.children:
            target = _named_talk(child.title, talks)
            if target is None:
                self.consumed.update(range(child.line, child.heading_last + 1))
                body, b0, b1 = self._body(child.heading_last + 1, child.end)
                self._add(
                    _Talk(title=strip_markdown_inline(child.title), kind="other"), body, b0, b1, []
                )
                continue
            body, b0, b1 = self._body(child.line, child.end)  # its heading goes along
            if body.strip():
                target.body = (target.body + "\n" if target.body else "") + body
                target.origin = ", ".join(
                    x for x in (target.origin, f"lines {b0 + 1}-{b1 + 1}") if x
                )

    def _signed(self, t: _Talk, body: str) -> None:
        """``— Name`` as the last line of a talk's notes names its speaker (the line stays)."""
        if t.speakers or not body.strip():
            return
        last = body.strip().split("\n")[-1]
        if (m := _SIGNATURE_RE.match(last)) and (who := split_speakers(m.group("who"))):
            t.speakers = who
            return
        # "- Talk by Ana Ruiz" further down, after a first impression: the one by-line of
        # the talk's own lines names its speaker (the line stays)
        said = [
            who
            for line in body.split("\n")[:40]
            if (m := _BY_LINE_RE.match(line))
            and (who := split_speakers(strip_markdown_inline(m.group("who")).strip(" *_.")))
        ]
        if len(said) == 1:
            t.speakers = said[0]

    def one_talk(self, title_section: Section | None) -> bool:
        """The whole document as one talk; True when something says it is a talk."""
        front = self.o.front
        title = str(front.get("title") or (title_section.title if title_section else "") or "")
        t = read_heading(title or stem_title(Path(self.source).stem), self.year)
        for key, label in _FRONT_LINKS:
            value = front.get(key)
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                t.links.append(classify_link(value, label))
        for key in ("time", "start_time", "startTime"):
            if front.get(key) is not None and t.start is None:
                t.start, t.end, t.ampm = clock_range(str(front[key]))
        if not t.speakers and not title and (side := _linked_side(t.title, self.o.lines)):
            t.title, t.speakers = side  # "Swift Concurrency - Donny Wals.md", donnywals.dev
        first = self.o.front_last + 1
        top = first
        heading = self._heading_text(title_section) if title_section is not None else ""
        if title_section is not None and front.get("title") and not _same_title(heading, title):
            # front matter's title is the talk's; a first heading saying something else
            # ("# Part one") is the first part of the note, kept with it
            title_section = None
        if title_section is not None and title_section.line <= first + 3 + _blank_run(
            self.o, first
        ):
            self.consumed.update(range(title_section.line, title_section.heading_last + 1))
            if not any(self.o.lines[n].strip() for n in range(first, title_section.line)):
                first = top = title_section.heading_last + 1  # else the text above stays
                if not front.get("title") and _said_more(self._heading_text(title_section), t):
                    top = title_section.line  # "# Title by [Name](…)": the heading stays too
                    self.consumed.difference_update(
                        range(title_section.line, title_section.heading_last + 1)
                    )
        n = self._meta(first, len(self.o.lines) - 1, t)
        n = self._meta_table(n, t)
        n = self._meta(n, len(self.o.lines) - 1, t)
        if not t.speakers:
            # "<Speaker name='Ana Ruiz' …/>" under the title: a docs site's speaker card
            under = title_section.heading_last + 1 if title_section is not None else first
            last = min(len(self.o.lines), under + 6)
            start = next((k for k in range(under, last) if self.o.lines[k].strip()), last)
            t.speakers = card_speakers(self.o.lines, start)
        if not t.speakers and title_section is not None:
            under = title_section.heading_last + 1
            opening = next((x for x in self.o.lines[under : under + 6] if x.strip()), "")
            t.speakers = sentence_byline(opening)  # "A tutorial at X by Ana Ruiz and Bo Lin."
        if not t.speakers and title_section is not None:
            t.speakers = _speaker_part(title_section)  # "* Speaker" then "Name (Lab)"
        if (
            not t.speakers
            and title_section is not None
            and talk_under(self.o, title_section) == (_NAME_HEADING)
        ):
            # "## Title" then "### Name": the heading stays in the note, the name is its speaker
            kid = name_kid(self.o, title_section) or title_section.children[0]
            t.speakers = split_speakers(strip_markdown_inline(kid.title))
        if not t.speakers:
            t.speakers = self._labelled_speakers(n, min(len(self.o.lines), n + 12))
        if title_section is not None and _opens(self.o, title_section):
            self._facts_under_title(title_section.heading_last + 1, t)
        if not t.speakers and self.o.front_kind == "directives":
            # "@title …" / "@author Ana Ruiz": a deck's directives, whose author presents it
            # (a blog post's "author:" is who wrote the post, and is not read so)
            said = (str(v) for k, v in front.items() if k in _SPEAKER_KEYS)
            t.speakers = next((w for v in said if (w := split_speakers(v, single_ok=True))), [])
        t.title = _NOTES_PREFIX_RE.sub("", t.title).strip() or t.title  # "Notes: Title"
        evidence = bool(t.speakers) or n > first
        # the lines read as facts (``By Ana Ruiz``) stay in the note too: never dropped
        body, b0, b1 = self._body(top, len(self.o.lines) - 1)
        self._signed(t, body)
        self._add(t, body, b0, b1, [])
        return evidence

    def _facts_under_title(self, first: int, t: _Talk) -> None:
        """The lines right under a talk's title that say its facts without a key, as a
        details list does (``* Ana Ruiz (Example Lab)``, ``* 11:05am–11:45am Wednesday,
        05/18/2016``, a link): a line that is only a person with their organisation is the
        speaker, a line that is only a day and a time is when. The lines are read up to
        :data:`_UNDER_TITLE_LINES` lines with words (a part heading before them skipped),
        until the first sentence of notes or the next heading."""
        seen = 0
        headings = self.o.heading_lines()
        for n in range(first, min(len(self.o.lines), first + 3 * _UNDER_TITLE_LINES)):
            line = self.o.lines[n]
            if n in headings and seen:
                return  # the facts' part ended ("## Details:" then its list, then "## Notes")
            if not line.strip() or n in headings:
                continue
            seen += 1
            if seen > _UNDER_TITLE_LINES:
                return
            plain = strip_markdown_inline(_ITEM_MARK_RE.sub("", line)).strip()
            if LINK_LINE_RE.match(line) or plain.startswith(("http://", "https://")):
                continue
            if len(plain.split()) > 12:
                return  # the notes began
            if t.start is None and (clock := clock_range(plain))[0] is not None:
                day = self._date_of(plain)
                rest = strip_dates(_CLOCKS_RE.sub(" ", plain)) if day else plain
                if day and not DAY_RE.sub(" ", rest).strip(" ,.-–—~()"):
                    t.start, t.end, t.ampm = clock
                    t.day = t.day or day
                    continue
            if (
                not t.speakers
                and len(plain) <= 80
                and (who := split_speakers(plain))
                and all(p.affiliations for p in who)
            ):
                # a name with its organisation (``Ana Ruiz (Example Lab)``): a list's bare
                # two capitalised words ("- Initial Implementation") are the notes' own
                t.speakers = who
                continue

    def _labelled_speakers(self, first: int, stop: int) -> list[ProgrammePerson]:
        """``**演讲嘉宾**：李孟轩（…）`` a paragraph or two into a post: a line labelled with a
        speaker's key word in any language names the speakers (the line stays in the body)."""
        for n in range(first, stop):
            m = _META_RE.match(self.o.lines[n])
            if m and m.group("key").lower() in _SPEAKER_KEYS:
                value = strip_markdown_inline(m.group("value")).strip(" *_")
                if who := split_speakers(value, single_ok=True):
                    return who
        return []

    def bullets(self, found: list[BulletTalk]) -> None:
        """Outline bullets as talks (Logseq): a bullet with a talk's properties is a talk,
        the bullets above it its session, the rest of the outline notes of their own."""
        previous: list[time] = []
        covered: set[int] = set()
        sessions: dict[str, str] = {}
        for item in found:
            t = read_heading(unwiki(item.head), self.year)
            for key, value in item.props:
                self._meta_line(f"{key}: {value}", t)
            self.consumed.add(item.first)
            parent = strip_markdown_inline(item.parent)
            said = self.o.lines[item.parent_lines[-1]] if item.parent_lines else ""
            linked = [x for x in _PAGE_LINK_RE.findall(said) if find_year(x)]
            if parent and not self.p.name and len(linked) == 1:
                self.p.name = linked[0]  # "Conference day 1 #[[LogConf 2025]]": the page it links
            elif parent and not self.p.name and find_year(parent):
                self.p.name = title_name(parent, self.year) or parent  # "DevOps Days 2025"
            elif parent and parent != self.p.name and parent not in sessions:
                sessions[parent] = self._session(parent)
            self.session = sessions.get(parent)
            body, b0, b1 = self._body(item.first + 1, item.last)
            self._add(t, body, b0, b1, previous)
            covered.update(range(item.first, item.last + 1))
            covered.update(item.parent_lines)
        self.session = None
        run: list[int] = []
        for n in [*range(self.o.front_last + 1, len(self.o.lines)), len(self.o.lines)]:
            if n < len(self.o.lines) and n not in covered:
                run.append(n)
                continue
            if any(self.o.lines[k].strip() for k in run):
                first = next(k for k in run if self.o.lines[k].strip())
                title = unwiki(strip_markdown_inline(self.o.lines[first].strip(" \t-*+")))
                self._loose(title[:80] or "Notes", run[0], run[-1], previous)
            run = []

    def _meta_table(self, n: int, t: _Talk) -> int:
        """A table of one talk's facts (``| Date | Title | Speaker |`` and one row, or
        ``| Speaker | Name |`` rows) starting at line ``n``: read and consumed."""
        block = next(
            (b for s in self.o.root.walk() for b in s.blocks if b.kind == "table" and b.first >= n),
            None,
        )
        if block is None or any(self.o.lines[i].strip() for i in range(n, block.first)):
            return n
        rows = [r.split("\t") for r in block.items]
        facts: dict[str, str] = {}
        if len(rows) == 2 and len(rows[0]) == len(rows[1]):
            facts = {k.strip().lower(): v.strip() for k, v in zip(rows[0], rows[1], strict=True)}
        elif all(len(r) == 2 for r in rows):
            facts = {r[0].strip().lower(): r[1].strip() for r in rows}
        understood = False
        for key, value in facts.items():
            line = f"{key}: {value}"
            if value and _META_RE.match(line) and self._meta_line(line, t):
                understood = True
        if not understood:
            return n
        self.consumed.update(range(block.first, block.last + 1))
        return block.last + 1


_TABLE_RULE_RE = re.compile(r"^[ \t]*+\|?[ \t]*+:?-{2,}")
_COLUMN_WORDS = (
    ("title", re.compile(r"\b(?:title|talk|topic|session|what|titel|titre|título|titolo)\b", re.I)),
    (
        "speaker",
        re.compile(
            r"\b(?:speakers?|presenters?|who|by|authors?|referent\w*|ponente|relatore|"
            r"intervenant\w*)\b",
            re.I,
        ),
    ),
    ("date", re.compile(r"\b(?:date|day|datum|fecha|data|jour|tag)\b", re.I)),
    ("time", re.compile(r"\b(?:time|when|start|hour|zeit|heure|hora|ora)\b", re.I)),
    ("room", re.compile(r"\b(?:room|where|location|venue|raum|salle|sala)\b", re.I)),
    ("notes", re.compile(r"\b(?:notes?|comments?|remarks?|thoughts|notizen|takeaways?)\b", re.I)),
)


_TALK_PROPS = frozenset({"time", "when", "room", "where", "type", "kind", "title"} | _SPEAKER_KEYS)
"""Properties that make an outline bullet a talk."""


@dataclass
class BulletTalk:
    """An outline bullet that is a talk: its first line, properties and lines."""

    head: str
    props: list[tuple[str, str]]
    first: int
    last: int
    parent: str = ""
    """The words of the bullet it hangs under (a session, a conference), if any."""
    parent_lines: list[int] = field(default_factory=list)


def _same_title(heading: str, title: str) -> bool:
    """Whether a heading restates a title (the one holds the other's words, in order)."""
    a, b = title_key(strip_markdown_inline(heading)), title_key(title)
    return bool(a and b) and (a in b or b in a)


def unwiki(text: str) -> str:
    """``[[Ana Ruiz]]`` → ``Ana Ruiz``, ``[[people/ana|Ana]]`` → ``Ana``: a wikilink's
    words (Obsidian, Logseq)."""
    out, at = [], 0
    while (start := text.find("[[", at)) >= 0 and (end := text.find("]]", start)) >= 0:
        out += [text[at:start], text[start + 2 : end].rsplit("|", 1)[-1]]
        at = end + 2
    return "".join(out) + text[at:]


def bullet_talks(outline: Outline) -> list[BulletTalk]:
    """Bullets of the document's outline whose own properties (``speaker:: Ana`` lines
    under the bullet, or child bullets that are a property alone) say it is a talk."""
    doc = outline.doc
    if doc is None:
        return []
    found: list[BulletTalk] = []
    for node in doc.root.children:
        if node.kind == "list":
            _bullets(doc, node, [], found)
    return found


def _bullets(
    doc: doctree.Document, listing: doctree.Node, parents: list[doctree.Node], out: list[BulletTalk]
) -> None:
    for item in listing.children:
        if item.kind != "item" or not item.spanned:
            continue
        head = next((c for c in item.children if c.kind == "paragraph"), None)
        lines = head.text.split("\n") if head is not None else [""]
        props = [_prop(x) for x in lines[1:]]
        nested = [c for c in item.children if c.kind == "list"]
        for child in (i for sub in nested for i in sub.children if i.kind == "item"):
            words = child.text.split("\n")
            if len(words) == 1 and not any(c.kind == "list" for c in child.children):
                props.append(_prop(words[0]))
        own = [p for p in props if p is not None]
        if lines[0].strip() and any(k in _TALK_PROPS for k, _v in own):
            first = doc.line_of(item.start)
            parent = parents[-1] if parents else None
            ptext = parent.children[0].text.split("\n")[0] if parent and parent.children else ""
            out.append(
                BulletTalk(
                    lines[0],
                    own,
                    first,
                    doc.line_of(max(item.start, item.end - 1)),
                    unwiki(ptext),
                    [doc.line_of(p.start) for p in parents],
                )
            )
            continue
        for sub in nested:
            _bullets(doc, sub, [*parents, item], out)


def _prop(line: str) -> tuple[str, str] | None:
    """``key:: value`` as (key, value)."""
    key, sep, value = line.strip().partition("::")
    key = key.strip().lower()
    if not sep or not value.strip() or not key or " " in key.strip("-_"):
        return None
    return key.replace("_", " "), unwiki(value.strip())


def column_roles(rows: list[list[str]]) -> list[str]:
    """The role of each column of a table of talks, from its header words and, where the
    header says nothing, from its cells (dates, clock times, people, the longest text)."""
    header = rows[0] if rows else []
    roles: list[str] = []
    for i, name in enumerate(header):
        role = next((r for r, pattern in _COLUMN_WORDS if pattern.search(name)), "")
        cells = [row[i] for row in rows[1:] if i < len(row) and row[i].strip()]
        if not role and cells:
            if all(find_date(c, 2000)[0] for c in cells):
                role = "date"
            elif all(clock_range(c)[0] is not None for c in cells):
                role = "time"
            elif all(split_speakers(c) for c in cells):
                role = "speaker"
        roles.append(role if role not in roles else "notes" if role == "notes" else "")
    if "title" not in roles:
        lengths = [
            (sum(len(row[i]) for row in rows[1:] if i < len(row)), i)
            for i, role in enumerate(roles)
            if not role
        ]
        if lengths:
            roles[max(lengths)[1]] = "title"
    return [r or "notes" for r in roles]


def table_of_talks(section: Section) -> Block | None:
    """A table whose header names a title column and a speaker, date or time column, with
    at least two rows: a list of talks (a meetup log, a timetable in notes)."""
    for block in section.blocks:
        if block.kind != "table" or len(block.items) < 3:
            continue
        roles = column_roles([r.split("\t") for r in block.items])
        header = block.items[0].split("\t")
        named = [r for r, pattern in _COLUMN_WORDS for h in header if pattern.search(h)]
        if "title" in named and {"speaker", "date", "time"} & set(roles):
            return block
    return None


def _title_kind(title: str, has_speakers: bool) -> str:
    kind = kind_of(title)
    if has_speakers and kind not in ("panel", "keynote", "demo", "poster", "spotlight", "oral"):
        return "talk"
    return kind


@dataclass
class Lead:
    """A line that starts a talk without being a heading."""

    line: int
    text: str
    keep: bool = False
    """The line is also notes (``- Title, by Name — a remark``): it stays in the body."""
    run: bool = False
    """One of one-line paragraphs in a row, each a talk (lines a ``<br>`` apart)."""


_LIST_MARK_RE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")


def _starts_bold(line: str) -> bool:
    return _LIST_MARK_RE.sub("", line).lstrip().startswith(("**", "__"))


def leads(outline: Outline, section: Section) -> list[Lead]:
    """Lines of ``section`` that start talks: a paragraph whose first line is bold (not a
    person's name), or reads ``Speaker - Title``/``Title (Speaker)`` with notes under it;
    list items that do the same and have notes nested under them."""
    out: list[Lead] = []
    run: list[Lead] = []  # paragraphs' lines in a row, each "Title, by Name"
    # "**Title**" then a line of its speakers, paragraph after paragraph: the bold line is
    # the title's position, even where its words could be a name ("**Developer Smackdown**")
    bolds = [b for b in section.blocks if b.kind == "paragraph" and b.bold]
    over = [b for b in bolds if _second_line_people(outline, b)]
    titled = len(over) >= 2 and len(over) * 2 >= len(bolds)
    # "[Title](its video)" then a line of its speakers, paragraph after paragraph: a link
    # alone on a paragraph's first line is its title's stress, as bold is
    linked = [
        b
        for b in section.blocks
        if b.kind == "paragraph" and not b.bold and LINK_LINE_RE.match(outline.lines[b.first])
    ]
    linked_over = {b.first for b in linked if _second_line_people(outline, b)}
    if not (len(linked_over) >= 2 and len(linked_over) * 2 >= len(linked)):
        linked_over = set()
    for b in section.blocks:
        if b.first in linked_over:
            text = strip_markdown_inline(_LIST_MARK_RE.sub("", outline.lines[b.first])).strip()
            out.append(Lead(b.first, text, keep=True))
            continue
        if b.kind == "paragraph" and not b.bold and (lines := _by_lines(outline, b)):
            run.extend(lines)
            continue
        if len(run) >= 2:
            out.extend(run)  # lines a <br> apart, each a talk as a list's items would be
        run = []
        if b.kind == "paragraph":
            first = _STRESSED_ASIDE_RE.sub("", outline.lines[b.first])  # "*(Hall B)*": where
            text = strip_markdown_inline(first).strip()
            second = outline.lines[b.first + 1] if b.last > b.first else ""
            if b.bold and (not split_speakers(b.bold) or (titled and b in over)):
                out.append(Lead(b.first, b.bold))
            elif (
                second
                and (m := _META_RE.match(second))
                and m.group("key").lower() not in ("title", "talk", "type", "kind")
                and not _META_RE.match(first)
                and len(text) <= 120
            ):
                out.append(Lead(b.first, text))  # "Title" then "Speaker: Name"
            elif (
                (_starts_bold(first) or b.last > b.first)
                and len(text) <= 120
                and read_heading(text).speakers
            ):
                out.append(Lead(b.first, text))
        elif b.kind == "list" and b.spans:
            found = []
            for first_line, last_line in b.spans:
                raw = _STRESSED_ASIDE_RE.sub("", outline.lines[first_line])
                text = strip_markdown_inline(_LIST_MARK_RE.sub("", raw)).strip()
                nested = any(outline.lines[n].strip() for n in range(first_line + 1, last_line + 1))
                if nested and (_starts_bold(raw) or read_heading(text).speakers):
                    found.append(Lead(first_line, text))
            if len(found) >= 2 and len(found) * 2 >= len(b.spans):
                out.extend(found)
            elif len(b.spans) >= 2:
                items = [
                    strip_markdown_inline(_LIST_MARK_RE.sub("", outline.lines[first])).strip()
                    for first, _last in b.spans
                ]
                raws = [_LIST_MARK_RE.sub("", outline.lines[first]) for first, _last in b.spans]
                with_speakers = sum(
                    1
                    for text, raw in zip(items, raws, strict=True)
                    if read_heading(text, 2000).speakers or stressed_title(text, _title_stress(raw))
                )  # "Ana Ruiz and Bo Li, *Title*": the stress says which part is the title
                if with_speakers >= 2 and with_speakers * 3 >= len(items) * 2:
                    # "Title, by Name — remark", "Feb 4 — Name (Org): Title": each item a talk
                    out.extend(
                        Lead(first, text, keep=True)
                        for (first, _last), text in zip(b.spans, items, strict=True)
                    )
    if len(run) >= 2:
        out.extend(run)
    return out


def _title_stress(line: str) -> tuple[str, ...]:
    """The bold or italic stretches of a line that could be a title: not a label
    (``**Speaker:**``, ``*Room*``), which names a field, not a talk."""
    return tuple(
        words
        for m in _STRESS_RE.finditer(line)
        if (words := m.group(2))
        and not words.rstrip().endswith((":", "："))
        and not (len(words.split()) <= 2 and roles_of(words))  # "*Room*", not "*Tea from X*"
    )


def _stressed_record(
    text: str, stressed: tuple[str, ...]
) -> tuple[str, list[ProgrammePerson]] | None:
    """``Perry Hart and Favonia, *Title*`` in a list whose other items read as people and
    a stressed title: the title and the people, one-word names let in."""
    text = " ".join(text.split())
    for words in (" ".join(w.split()) for w in stressed):
        at = text.find(words)
        if len(words) < 4 or at <= 0 or text[at + len(words) :].strip(" .*_"):
            continue
        who = split_speakers(text[:at].strip(" ,;:-–—|·*_"), single_ok=True)
        if who and not any(is_organisation(p.name) for p in who):
            return words.strip("*_ "), who
    return None


def _people_and_title(line: str) -> bool:
    """A line of people beside a stressed stretch that is no organisation (``Ana Ruiz,
    *Quiet Buoys in Loud Seas*``): a record of a talk, its title and its speakers, not a
    line of names with their affiliations (``Ana Ruiz, *Harbour Lab*``)."""
    stressed = tuple(m.group(2) for m in _STRESS_RE.finditer(line))
    if not stressed:
        return False
    found = stressed_title(strip_markdown_inline(line).strip(" -*+"), stressed)
    return found is not None and not is_organisation(found[0])


def _second_line_people(outline: Outline, b: Block) -> bool:
    """A paragraph whose second line is people and nothing else (``Ana Ruiz - @ana``)."""
    if b.last <= b.first:
        return False
    line = strip_markdown_inline(outline.lines[b.first + 1]).strip()
    return len(line) <= 120 and bool(split_speakers(line))


def _by_lines(outline: Outline, b: Block) -> list[Lead]:
    """The lines of a paragraph when each is a talk with its by-line (``Title, Dr Name``
    lines a ``<br>`` apart, or one-line paragraphs); empty otherwise."""
    out = []
    headings = outline.heading_starts()
    for n in range(b.first, b.last + 1):
        text = strip_markdown_inline(outline.lines[n]).strip()
        if not text or n in headings:
            continue  # an HTML paragraph's span reaches the next heading's line
        said = read_heading(text, 2000) if len(text) <= 200 else None
        if said is None or not said.speakers or not said.title or said.start:
            return []
        out.append(Lead(n, text, keep=True, run=True))
    return out


def _blank_run(outline: Outline, first: int) -> int:
    n = 0
    while first + n < len(outline.lines) and not outline.lines[first + n].strip():
        n += 1
    return n


def _merge_people(have: list[ProgrammePerson], new: list[ProgrammePerson]) -> list[ProgrammePerson]:
    names = {p.name.casefold() for p in have}
    return have + [p for p in new if p.name.casefold() not in names]


def talk_level(outline: Outline, year: int | None) -> tuple[Section | None, int | None, list[str]]:
    """(the document's title section, the talk heading level, evidence)."""
    sections = outline.sections()
    if not sections:
        return None, None, ["no headings"]
    levels = sorted({s.level for s in sections})
    headings = _headings(outline)  # once: every section's checks look lines up in it
    evidence: list[str] = []
    doc_title: Section | None = None
    top = [s for s in sections if s.level == levels[0]]
    quiet = len(top) > 1 and not any(
        _talk_title(s.title, year) or _speaker_under(outline, s) for s in top[1:]
    )
    if quiet and (talk_under(outline, top[0], headings) or _talk_title(top[0].title, year)):
        # "# Title" + its speaker ... "# Questions", "# Does it matter?": the headings after
        # a talk's title that name no speaker, time or kind are parts of its notes
        top = top[:1]
    elif (
        quiet
        and not any(s.children for s in top[1:])
        and sum(_speaker_under(outline, c) for c in top[0].children) >= 2
    ):
        # "# Day 2" over talks with their speakers, then "# Things to look up": the
        # document's title, and a note of its own at the end
        top = top[:1]
    before = [b for b in outline.root.blocks if b.kind not in ("hr",)]
    if len(top) == 1 and (len(levels) > 1 or not top[0].blocks) and len(before) <= 3:
        doc_title = top[0]
        evidence.append(f"one level-{levels[0]} heading is the document's title")
        levels = levels[1:]
    for level in levels:
        at = [s for s in sections if s.level == level]
        generic = sum(is_generic(s.title) for s in at)
        if generic * 2 > len(at):
            evidence.append(f"level-{level} headings are note parts ({at[0].title!r}...)")
            return doc_title, None, evidence
        containers = sum(
            bool(s.children)
            and not _generic_children(s)
            and (
                is_container(s.title, year)
                or (
                    not _own_text(s)
                    and not _plain_parts(outline, s, year, headings)
                    # "## 1. Title - Ana Ruiz - Conf" over "### Metadata" with its
                    # "Speaker:" line: a heading naming its own speaker is a talk
                    and not read_heading(s.title, year).speakers
                )
            )
            for s in at
        )
        if containers * 2 > len(at) and any(s.children for s in at):
            evidence.append(f"level-{level} headings are days or sessions ({at[0].title!r}...)")
            continue
        deeper = [s for s in sections if s.level > level][:200]  # a sample is evidence enough
        named_below = sum(1 for s in deeper if read_heading(s.title, year).speakers)
        named_here = sum(1 for s in at[:200] if read_heading(s.title, year).speakers)
        if deeper and named_here == 0 and named_below * 2 > len(deeper):
            evidence.append(f"the headings below level {level} name speakers: they are the talks")
            continue
        with_text = sum(1 for s in at if _own_text(s) or s.children)
        below = [
            s
            for s in deeper
            if s.level == deeper[0].level
            and not _part_heading(s.title)
            and not _kind_label_only(s.title)  # "### Panel" over its panelists: a part
        ]
        names_below = sum(_names_line(outline, s, headings) for s in below)
        if (
            len(below) >= 2
            and names_below * 2 >= len(below)
            and not any(_names_line(outline, s, headings) for s in at[:200])
            and named_here * 2 < min(len(at), 200)  # "## Title - Ana Ruiz": this level's talks
        ):
            # "## Highlights" > "### 1. Title" over "*Ana Ruiz*": the headings whose first
            # line is their speakers are the talks, the ones above them their groups
            evidence.append(f"the headings below level {level} are followed by their speakers")
            continue
        spoken = sum(1 for s in at[:200] if _speaker_under(outline, s))
        if spoken >= 2 and spoken * 2 >= min(len(at), 200):
            # "## Title" + "by Name" each: the talks, whatever their sub-headings
            evidence.append(f"level-{level} headings are followed by their speakers")
            return doc_title, level, evidence
        if named_here >= 2 and named_here * 2 >= min(len(at), 200):
            # "# Name - Title" over its notes' parts ("### Resolving dependencies"): the
            # headings that name their speakers are the talks, whatever lies below them
            evidence.append(f"level-{level} headings name their speakers")
            return doc_title, level, evidence
        deepest = _leaf_level(sections)
        if (
            deepest is not None
            and deepest > level
            and any(
                s.children
                and not _generic_children(s)
                and not _plain_parts(outline, s, year, headings)
                for s in at
            )
        ):
            # "# Conference" + "# Talks" > "## talk"...: the talks are where the leaves are
            evidence.append(f"most headings without sub-talks are at level {deepest}")
            return doc_title, deepest, evidence
        evidence.append(
            f"level-{level} headings repeat ({len(at)}), {with_text} with text under them"
        )
        return doc_title, level, evidence
    return doc_title, None, evidence


def _speaker_first(heading: str, year: int | None) -> bool:
    """A ``Name - Title`` heading whose speaker is said before the title."""
    t = read_heading(heading, year)
    plain = strip_markdown_inline(heading).strip()
    return bool(t.speakers) and plain.startswith(t.speakers[0].name) and t.title != plain


def _speaker_before(heading: str, year: int | None) -> bool | None:
    """Whether a heading that names its speaker says the speaker before the title (``Name
    - Title``, ``Keynote - Name - Title``) or after it; None when it names no speaker."""
    t = read_heading(heading, year)
    plain = strip_markdown_inline(heading).strip()
    if not t.speakers or not t.title or t.title == plain:
        return None
    at, title_at = plain.find(t.speakers[0].name), plain.find(t.title)
    return None if at < 0 or title_at < 0 else at < title_at


def _first_name_first(title: str) -> tuple[str, str] | None:
    """``Carla - No passwords no problems``: (the one capitalised word before the first
    dash, the rest), or None when the heading does not start so."""
    parts = _DASHES_RE.split(strip_markdown_inline(title).strip(), maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    word = parts[0].strip()
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower() and len(word) >= 3):
        return None
    if is_generic(word) or kind_of(word) != "talk" or TALK_LABEL_RE.fullmatch(word):
        return None  # "Intro - …", "Keynote - …", "Talk - …": no one's name
    return word, parts[1].strip()


_STRESSED_LABEL_RE = re.compile(
    r"^\s*(?:\*\*|__)[^*_\s:]{1,40}(?:\*\*|__)\s?[:：]|^\s*(?:\*\*|__)[^*_\s:]{1,40}[:：](?:\*\*|__)"
)
"""``**Ubicación**: …``, ``__Lieu:__ …``: one stressed word as a label, a colon after it."""


def _led_by_names(items: list[str], raw: list[str] | None = None) -> list[ProgrammePerson]:
    """The people of a list under a heading that only says a kind of talk (``Keynote``)
    whose items open with a person's name (``Ana Ruiz (Lab): notes``, ``Bo Lin``): each
    item one of that slot's speakers; none unless most items open so (two at least)."""
    people: list[ProgrammePerson] = []
    for n, item in enumerate(items[:30]):
        head = item.split("\n", 1)[0].split(":", 1)[0].strip(" *_")
        if is_key_word(head):
            return []  # "**Speaker**: …" among them: a slot's fields, each item a field
        if (
            " " not in head
            and raw
            and n < len(raw)
            and _STRESSED_LABEL_RE.match(_LIST_MARK_RE.sub("", raw[n]))
        ):
            continue  # "**Ubicación**: Hall": one stressed word and a colon, a field's label
        who = split_speakers(head, single_ok=True) if len(head) <= 80 else []
        if len(who) == 1 and not _bare_cjk(who):
            people.append(who[0])
    return people if len(people) >= 2 and len(people) * 3 >= len(items) * 2 else []


def _weaker_than_heading(talk: _Talk, who: list[ProgrammePerson]) -> bool:
    """A line under ``# Kim Sato - Why locks matter`` that is two capitalised words and
    nothing more (``Memory Barriers``, the first phrase of the notes) says less than the
    heading, which named its speaker already: no affiliation, no second person."""
    return (
        bool(talk.speakers)
        and not _kind_label_only(talk.title)
        and len(who) == 1
        and not who[0].affiliations
    )


def _bare_cjk(people: list[ProgrammePerson]) -> bool:
    """``連続性``, ``参考资料``: signs of an East Asian script as short as a name, with
    nothing that says a person is meant (no space between family and given name, no
    affiliation): a word of the notes, unless a label or a by-line says otherwise."""
    return all(
        _CJK_SIGN_RE.search(p.name) and " " not in p.name and not p.affiliations for p in people
    )


_CJK_SIGN_RE = re.compile(rf"[{CJK_RANGES}]")


def _plain_parts(
    outline: Outline, section: Section, year: int | None, headings: frozenset[int]
) -> bool:
    """Whether a heading's sub-headings are parts of its notes rather than talks: none
    names a speaker, a time or a kind of talk, in its words or the line under it, and the
    heading itself is no day or session (``# Tiny DAW`` > ``## 音声の多重再生``)."""
    parts = section.children[:20]
    if len(section.children) > 6:
        return False  # a long run under one heading: a session's talks, not one talk's parts
    named = sum(_names_line(outline, c, headings) for c in parts if not _part_heading(c.title))
    if named and named * 2 >= len(parts):
        return False  # "### 1. Title" over "*A, B*" in turn: each a talk over its authors
    for child in parts:
        t = read_heading(child.title, year)
        if t.speakers or t.start is not None or t.kind != "talk" or t.day is not None:
            return False
        if (who := split_speakers(child.title)) and not _bare_cjk(who):
            return False  # "### Dr. Fatou Ndiaye": a speakers page's people
        if _speaker_under(outline, child) or find_date(child.title, year or 2000)[0]:
            return False
    return bool(parts)


def _speaker_under(outline: Outline, section: Section) -> bool:
    """The first line of text under a heading names its speaker (``Speaker: X``,
    ``**Speaker**: X``, ``by X``, ``Presented by X``)."""
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 6)):
        line = outline.lines[n]
        if not line.strip():
            continue
        if (m := _META_RE.match(line)) and m.group("key").lower() in _SPEAKER_KEYS:
            return bool(split_speakers(strip_markdown_inline(m.group("value")), single_ok=True))
        if m:
            continue  # "* **Nome:** Title" then "* **Palestrante:** Name": a talk's fields
        if m := _BY_LINE_RE.match(line):
            return bool(split_speakers(strip_markdown_inline(m.group("who")).strip(" *_")))
        return False
    return False


def _chairs_heading(title: str) -> list[ProgrammePerson]:
    """``Session Chair: Name``, ``Chairs: A and B``, ``Moderation: Name``: a heading whose
    label is a chair's key word in any language, and the people it names."""
    label, colon, rest = strip_markdown_inline(title).partition(":")
    if not colon or len(label.split()) > 3 or "chair" not in roles_of(label):
        return []
    return split_speakers(rest.strip(), single_ok=True)


_FIELD_SEP_RE = re.compile(r"(?<!\s)\s+[—–|·•]\s+|(?<!\s)\s+-\s+")


def _line_fields(
    outline: Outline, section: Section, year: int | None
) -> tuple[list[ProgrammePerson], date | None] | None:
    """The first line under a heading read as fields apart by dashes or bars, each of them
    people or a date and nothing else (``*Ana Ruiz, Harbour Lab* — March 3, 2031``): its
    people and its day; None when a part is anything else."""
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 4)):
        line = outline.lines[n].strip()
        if not line:
            continue
        if line.startswith(("#", "+", "|", ">")) or len(line) > 300 or _ITEM_LINE_RE.match(line):
            return None  # a list item is a record of its list, not a heading's field line
        parts = _FIELD_SEP_RE.split(strip_markdown_inline(line))
        if len(parts) < 2 and not _STRESS_RE.fullmatch(line):
            return None  # one bare name-shaped line ("Lazy Iterators") is no field line
        people: list[ProgrammePerson] = []
        day: date | None = None
        for part in parts:
            part = part.strip(" *_")
            if not part:
                continue
            if day is None and len(part) <= 40 and (found := find_date(part, year)[0]):
                day = found
            elif not people and (who := split_speakers(part)):
                people = who
            else:
                return None
        return (people, day) if people else None
    return None


_RANGE_RE = re.compile(r"\s[-–—~]\s|\s(?:to|bis|au)\s")
"""What parts the two ends of a range (``2026-05-05 - 2026-05-07``)."""
_NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s")
"""A heading numbered as a part of a text (``1. First clue``, ``2) Logs``)."""
_QUOTE_RE = re.compile(r"^[ \t]{0,3}>[ \t]?")
"""A blockquote's marker: the line it sets apart is read as the words after it."""

_PAGE_LINK_RE = re.compile(r"\[\[([^\[\]|]{1,80})(?:\|[^\[\]]*)?\]\]")
"""A notes tool's link to a page (``[[LogConf 2025]]``, ``#[[LogConf 2025]]``)."""
_BARE_KEY_RE = re.compile(
    r"[ \t]{0,12}(?:[-*+][ \t]{1,4})?[*_]{0,2}(?P<key>[^\W\d_][\w ]{0,23}?)[*_]{0,2}:?[*_]{0,2}"
)
"""A key with no value on its line (``* speakers:``), matched whole against the line
without its trailing spaces: its values are the items under it."""
_LIST_ITEM_RE = re.compile(r"^(?P<indent>\s*)[-*+]\s+(?P<text>\S.*)$")
LINK_LINE_RE = re.compile(r"^\s*(?:[-*+]\s+)?(?:<?https?://\S+?>?|\[[^\[\]]+\]\(\S+\))\s*$")
"""A line that is one link and nothing else (the talk's page, its video)."""


_NAME_HEADING = "the title is followed by a heading naming its speaker"


def talk_under(outline: Outline, section: Section, headings: frozenset[int] | None = None) -> str:
    """What the first lines under a heading say about it being one talk: its speaker
    (a speaker line, a by-line, a line of names, a heading that is a name right under
    it) or its page (a line that is one link); "" when nothing."""
    if _speaker_under(outline, section):
        return "the title is followed by its speaker"
    if _name_heading_under(outline, section):
        return _NAME_HEADING
    seen = 0
    headings = _headings(outline) if headings is None else headings
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 8)):
        line = outline.lines[n]
        if n in headings:
            break
        if not line.strip():
            continue
        seen += 1
        if seen == 1 and card_speakers(outline.lines, n):
            return "the title is followed by its speaker's card"
        if seen == 1 and sentence_byline(line):
            return "the title is followed by a sentence naming the talk and its speakers"
        if LINK_LINE_RE.match(line) and re.search(r"\]\(#", line):
            entry = read_heading(strip_markdown_inline(line).strip(" -*+"))
            if entry.speakers or entry.start is not None:
                break  # "- [Sat 09:30 Title - Name](#…)": contents of a day's talks
            # "* [What is a CTF?](#what-is-a-ctf)": a table of contents of its own parts,
            # so the headings below are parts of one text
            return "the title is followed by its own table of contents"
        if LINK_LINE_RE.match(line):
            return "the title is followed by its page's link"
        plain = strip_markdown_inline(_QUOTE_RE.sub("", line)).strip(" -*+")
        if seen == 1 and len(plain) <= 100 and split_speakers(plain):
            continue  # a line of names first, a link may follow
        break
    if seen and (first := _first_text(outline, section, headings)) and split_speakers(first):
        return "the title is followed by a line of names"
    return ""


def sentence_byline(line: str) -> list[ProgrammePerson]:
    """``Materials for my talk at PyCon 2025, by Ana Ruiz.``, ``A tutorial at SciPy by Ana
    Ruiz and Bo Lin.``: a sentence that names a kind of talk and ends in a by-line names
    that talk's speakers; [] when the words after ``by`` are not all people or the
    sentence says no kind of talk."""
    plain = strip_markdown_inline(line).strip()
    if len(plain) > 300:
        return []
    m = _SENTENCE_BY_RE.search(plain)
    if m is None:
        return []
    before = plain[: m.start()]
    if not (
        _TALK_WORD_RE.search(before)
        or any(p.search(before) for k, p in KIND_WORDS if k not in _NOT_TALKS)
    ):
        return []
    return split_speakers(m.group("who").strip(" *_"))


_SENTENCE_BY_RE = re.compile(
    rf"(?:^|[\s,])(?:{BY_WORDS})\s+(?P<who>[^.;:!?()\n]{{3,160}}?)[ \t]*[.!]?[ \t]*$", re.I
)
_TALK_WORD_RE = re.compile(rf"\b{TALK_LABEL_RE.pattern}s?\b", re.I)
_NOT_TALKS = frozenset({"break", "social", "other"})


def _linked_side(title: str, lines: list[str]) -> tuple[str, list[ProgrammePerson]] | None:
    """``Swift Concurrency - Donny Wals`` (a note's file name), both sides shaped like a
    name: the side whose words, run together, are in one of the note's web addresses
    (``https://donnywals.example.dev``, ``twitter.com/donnywals``) is the speaker, as a
    person's handle or site spells their name; (the other side, that person) or None."""
    parts = [x.strip() for x in _DASHES_RE.split(title) if x.strip()]
    if len(parts) != 2 or not all(split_speakers(x) for x in parts):
        return None
    urls = " ".join(m.group(0).casefold() for line in lines[:400] for m in _URL_RE.finditer(line))
    found = []
    for n, part in enumerate(parts):
        key = "".join(c for c in unicodedata.normalize("NFKD", part.casefold()) if c.isalnum())
        if len(key) >= 6 and key.isascii() and key in urls:
            found.append(n)
    if len(found) != 1:
        return None
    return parts[1 - found[0]], split_speakers(parts[found[0]])


_URL_RE = re.compile(r"https?://[^\s()<>\[\]]{1,300}")


def card_speakers(lines: list[str], n: int) -> list[ProgrammePerson]:
    """The people of an element named for a speaker's role that starts at line ``n``: a
    docs site's component or a page's element (``<Speaker name='Ana Ruiz' …/>``,
    ``<presenter name="Bo Lin">``, over up to :data:`_CARD_LINES` lines), its ``name``
    attribute a person; [] otherwise."""
    m = _CARD_OPEN_RE.match(lines[n]) if n < len(lines) else None
    if m is None or m.group(1).casefold() not in _SPEAKER_KEYS:
        return []
    for k in range(n, min(len(lines), n + _CARD_LINES)):
        at = lines[k].find(">") if k > n else lines[k].find(">", m.end())
        head = lines[k] if at < 0 else lines[k][:at]
        if named := _CARD_NAME_RE.search(head):
            return split_speakers(html.unescape(named.group(2)), single_ok=True)
        if at >= 0:
            break
    return []


_CARD_LINES = 12
"""Lines an element's opening tag may span (one attribute a line)."""
_CARD_OPEN_RE = re.compile(r"^\s{0,12}<([A-Za-z][\w-]{0,30})(?=[\s/>]|$)")
_CARD_NAME_RE = re.compile(r"(?<![\w-])name\s{0,4}=\s{0,4}(['\"])([^'\"<>\n]{1,120})\1")


def _name_heading_under(outline: Outline, section: Section) -> bool:
    """``# Title`` then ``## Ana Ruiz @aruiz`` right under it: a title whose first
    sub-heading, before any text, is one person is followed by its speaker. Several name
    headings under a title are a list of talks by speaker, so the name heading must be the
    title's only child, or the only one of its children that is a person, or carry a
    person's own mark (a handle, an affiliation, a link to their page)."""
    kids = section.children
    if not kids or _own_text(section):
        return False
    if any(outline.lines[n].strip() for n in range(section.heading_last + 1, kids[0].line)):
        return False
    kid = name_kid(outline, section)
    if kid is None:
        return False
    heading = outline.lines[kid.line]
    who = split_speakers(strip_markdown_inline(kid.title))
    if len(who) != 1:
        return False
    after = [k for k in kids if k.line > kid.line]
    if not after:
        return True
    marked = bool(
        who[0].affiliations or _PERSON_MARK_RE.search(heading) or LINK_LINE_RE.search(heading)
    )
    others = sum(len(split_speakers(strip_markdown_inline(k.title))) == 1 for k in after[:19])
    return marked or others == 0


def name_kid(outline: Outline, section: Section) -> Section | None:
    """The sub-heading of a title that may name its speaker: its first, or the first after
    headings that only say when and where (``### 16:00 bis 18:00 in Raum W3`` over ``###
    Prof. Klaus Lind``), with no text under those."""
    for kid in section.children[: _FACT_HEADINGS + 1]:
        if not _fact_heading(outline, kid):
            return kid
    return None


_FACT_HEADINGS = 2
"""Headings saying when and where, at most, before a talk's speaker's heading."""


def _fact_heading(outline: Outline, kid: Section) -> bool:
    """A heading that only says when or where (a time, a day, a room), with no text of its
    own under it."""
    plain = strip_markdown_inline(kid.title).strip()
    if not plain or len(plain.split()) > 10 or _own_text(kid) or split_speakers(plain):
        return False
    return clock_range(plain)[0] is not None or find_date(plain, None)[0] is not None


_PERSON_MARK_RE = re.compile(r"(?<![\w@])@[A-Za-z0-9_][\w.-]{0,38}\s*$")
"""A handle said after a name (``Ana Ruiz @aruiz``)."""


def _names_line(outline: Outline, section: Section, headings: frozenset[int]) -> bool:
    """The first line under a heading is its speakers and nothing else: a speaker line, a
    by-line, or a line of names (``*Ana Ruiz, Bo Lin*``); ``headings`` are the outline's
    heading lines (:func:`_headings`, built once by the caller)."""
    if _speaker_under(outline, section):
        return True
    first = _first_text(outline, section, headings)
    return bool(first) and bool(split_speakers(first)) and not _bare_cjk(split_speakers(first))


def _first_text(outline: Outline, section: Section, headings: frozenset[int]) -> str:
    for n in range(section.heading_last + 1, min(len(outline.lines), section.heading_last + 4)):
        if outline.lines[n].strip():
            plain = strip_markdown_inline(_QUOTE_RE.sub("", outline.lines[n])).strip(" -*+")
            return plain if len(plain) <= 100 and n not in headings else ""
    return ""


def _headings(outline: Outline) -> frozenset[int]:
    """The lines of an outline's headings (built once per outline)."""
    return outline.heading_lines()


def _speaker_part(section: Section) -> list[ProgrammePerson]:
    """A talk's sub-heading named for its speaker (``Speaker``, ``Referent``) whose first
    words are a person: that person; else its first part opening with a list whose every
    item is one person's name (``## Abstract`` over ``- Ana Ruiz`` ``- Bo Lin``): them."""
    for child in section.children:
        key = strip_markdown_inline(child.title).strip(" :").casefold()
        if key in _SPEAKER_KEYS and child.blocks:
            said = child.blocks[0].text.strip()
            # a part that holds the speaker (### 登壇者 over tenntennさん): its role is the
            # evidence, so a handle is a name there, as in a programme's speaker field
            one = named_by_role(said) if "\n" not in said and len(said) <= 40 else None
            return split_speakers(said, single_ok=True) or ([one] if one else [])
    for part in [g for c in section.children for g in (c, *c.children)][:40]:
        # "## Workshop" > "### Panel" over "* Ana Ruiz (producer)" items: the people of a
        # part named for who speaks (a speaker key, a kind such as Panel) are its speakers
        key = strip_markdown_inline(part.title).strip(" :").casefold()
        if key not in _SPEAKER_KEYS and not _kind_label_only(part.title):
            continue
        block = part.blocks[0] if part.blocks else None
        if block is not None and block.kind == "list" and 1 <= len(block.items) <= 8:
            people = [split_speakers(item, single_ok=True) for item in block.items]
            if all(len(who) == 1 and not _bare_cjk(who) for who in people):
                return [who[0] for who in people]
    first = section.children[0].blocks[:1] if section.children else []
    if first and first[0].kind == "list" and 1 <= len(first[0].items) <= 6:
        people = [split_speakers(item, single_ok=True) for item in first[0].items]
        if all(len(who) == 1 and not _bare_cjk(who) for who in people):
            return [who[0] for who in people]
    return []


def _talk_title(title: str, year: int | None) -> bool:
    """A heading that says it is a talk: it names a speaker, a time or a kind of talk."""
    t = read_heading(title, year)
    return bool(t.speakers or t.start or t.kind != "talk")


def _meta_table_under(outline: Outline, section: Section) -> bool:
    """The first block under a heading is a table of one row (``| Speaker | Room |``)."""
    first = next((b for b in section.blocks), None)
    return first is not None and first.kind == "table" and len(first.items) == 2


def _named_talk(heading: str, talks: list[ProgrammeTalk]) -> ProgrammeTalk | None:
    """The one talk a heading such as ``Notes on vLLM`` or ``The keynote`` refers to."""
    words = {w for w in re.findall(r"\w+", heading.casefold()) if len(w) >= 4}
    words -= {"notes", "note", "about", "from", "talk", "thoughts", "more"}
    scored = []
    for talk in talks:
        title_words = {w for w in re.findall(r"\w+", talk.title.casefold()) if len(w) >= 4}
        score = len(words & title_words) + (2 if talk.kind in words else 0)
        score += sum(1 for sp in talk.speakers for w in words if w in sp.name.casefold())
        scored.append((score, talk))
    best = [t for score, t in scored if score > 0 and score == max(s for s, _ in scored)]
    return best[0] if len(best) == 1 else None


def _leaf_level(sections: list[Section]) -> int | None:
    """The heading level holding most leaves (headings with no sub-headings, or only
    parts such as *Summary*), ties to the shallower level."""
    counts: dict[int, int] = {}
    for s in sections:
        if not is_generic(s.title) and (not s.children or _generic_children(s)):
            counts[s.level] = counts.get(s.level, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda level: counts[level])


def _part_heading(title: str) -> bool:
    """A heading that names a part of a talk's notes (``Summary``, ``Speaker``,
    ``Referent``, ``登壇者``): the names under it are that talk's, it is no talk."""
    return is_generic(title) or _part_key(title) in _SPEAKER_KEYS


def _part_key(title: str) -> str:
    """A part heading's words, to compare it with the parts of other talks."""
    return strip_markdown_inline(title).strip(" :：").casefold()


def _one_template(sections: list[Section]) -> bool:
    """Headings whose sub-headings repeat the same parts (``Abstract``, ``Notes``,
    ``Links`` under each): records filled in from one template, so each is an item of
    its own (a talk), not a part of one."""
    parts = [
        {strip_markdown_inline(c.title).strip().casefold() for c in s.children}
        for s in sections[:50]
        if len(s.children) >= 2
    ]
    return len(parts) >= 2 and len(set.intersection(*parts)) >= 2


def _generic_children(section: Section) -> bool:
    """Most sub-headings are parts of one talk's notes (Summary, Questions)."""
    kids = section.children
    return bool(kids) and sum(is_generic(k.title) for k in kids) * 2 > len(kids)


def _own_text(section: Section) -> bool:
    return any(b.text.strip() for b in section.blocks)


def named_twice(talks: list[ProgrammeTalk]) -> list[ProgrammeTalk]:
    """One talk for a talk a document names twice: its own table of contents (``- [Sat
    10:00 Title - Name](#sat-1000-title---name)``) and then its heading with the notes, or
    a summary list before the sections. The same title, the same speakers and no
    different day or time make the same talk; its words stay, in the order written."""
    kept: list[ProgrammeTalk] = []
    first: dict[tuple[str, frozenset[str], date | None], ProgrammeTalk] = {}
    for talk in talks:
        who = frozenset(title_key(p.name) for p in talk.speakers)
        day = talk.start.date() if talk.start else talk.day
        key = (title_key(talk.title), who, day)
        seen = first.get(key)
        if (
            seen is None
            or not who
            or not key[0]
            or (seen.start and talk.start and seen.start != talk.start)
        ):
            first.setdefault(key, talk)
            kept.append(talk)
            continue
        bodies = [b.rstrip("\n") for b in (seen.body, talk.body) if b.strip()]
        seen.body = "\n\n".join(bodies) + "\n" if bodies else seen.body
        seen.start, seen.end = seen.start or talk.start, seen.end or talk.end
        seen.links += [x for x in talk.links if x.url not in {y.url for y in seen.links}]
        seen.tags += [x for x in talk.tags if x not in seen.tags]
    return kept


def understand(outline: Outline, source: str, fmt: str, force: str | None = None) -> Understanding:
    """Score the shapes and build the programme of the best one (or of ``force``, one of
    ``sections``, ``bold``, ``table``, ``mix``, ``talk``, ``people``, ``single``, when the
    document has that shape at all)."""
    reader = _Reader(outline, source, fmt)
    doc_title, level, evidence = talk_level(outline, reader.year)
    front = outline.front
    # a key holding a mapping or a list (``event: {speaker: …, location: …}``) is data
    # about the event, never its name
    name = next(
        (str(v).strip() for k in ("event", "conference") if isinstance(v := front.get(k), str)),
        "",
    )
    sections = outline.sections()
    talk_sections = [s for s in sections if level is not None and s.level == level]
    scores = {"single": 0.2}
    if level is not None and talk_sections:
        scores["sections"] = 0.5 + min(0.4, 0.1 * len(talk_sections))
        if len(talk_sections) == 1 and doc_title is None:
            scores["sections"] = 0.3
    if (
        "sections" in scores
        and doc_title is not None
        and read_heading(doc_title.title, reader.year).speakers
        and not any(
            _talk_title(s.title, reader.year) or _speaker_under(outline, s)
            for s in talk_sections[:200]
        )
    ):
        # "# Opening Keynote - Ana Ruiz" over "## Books she mentioned": a title that names
        # its own speaker is one talk's, and its parts (lists of links and names among them)
        # are its notes, not a programme of other talks
        del scores["sections"]
        evidence.append("the title names its speaker: the headings below are its parts")
    tops = outline.root.children
    owner = tops[0] if len(tops) == 1 and not tops[0].children else None
    if owner is None and not sections:
        owner = outline.root
    bolds = leads(outline, owner) if owner is not None else []
    if len(bolds) >= 2:
        scores["bold"] = 0.45 + min(0.4, 0.1 * len(bolds))
    table = table_of_talks(owner) if owner is not None else None
    if table is not None:
        scores["table"] = 0.5 + min(0.4, 0.1 * (len(table.items) - 1))
    mixed = doc_title if doc_title is not None else outline.root
    mix_table = table_of_talks(mixed) if table is None and mixed.children else None
    if mix_table is not None:
        scores["mix"] = 0.9  # a table of talks, then notes under headings
    if doc_title is not None or front.get("title") or len(sections) <= 1:
        scores["talk"] = 0.4 if sections or front.get("title") else 0.25
    if doc_title is not None and (said := talk_under(outline, doc_title)):
        scores["talk"] = 0.95  # "# Title" then "Speaker: Name": the file is about one talk
        evidence.append(said)
    elif doc_title is not None and _talk_title(doc_title.title, reader.year):
        scores["talk"] = 0.95  # "# Invited talk: Name — Title": its sub-headings are parts
        evidence.append("the title names a speaker or a kind of talk")
    elif doc_title is not None and _meta_table_under(outline, doc_title):
        scores["talk"] = 0.95
        evidence.append("the title is followed by a one-row table of its facts")
    heading_lines = (
        _headings(outline) if doc_title is None and len(talk_sections) >= 2 else frozenset()
    )
    untitled = (
        doc_title is None
        and not front.get("title")
        and len(talk_sections) >= 2
        and all(s.level == talk_sections[0].level for s in outline.root.children)
        and not any(
            _talk_title(s.title, reader.year)
            or is_container(s.title, reader.year)
            or talk_under(outline, s, heading_lines)
            for s in talk_sections[:200]  # a sample is evidence enough
        )
        and not _one_template(talk_sections)
    )
    if untitled and "sections" in scores:
        # no title heading, and no heading names a speaker, a time, a kind or a day: a
        # note tool's file whose name is its title ("Is AI sustainable?.md") is offered as
        # one talk; whether its headings are its parts or talks is the ranking's to say
        # (readings.one_talk_unless_proven: a file named for a day or several talks is
        # notes of several)
        scores["talk"] = scores["sections"] - 0.05
        evidence.append(
            "no heading names a speaker, time or kind: the file's name may be its title"
        )
    named = [s for s in talk_sections if split_speakers(strip_markdown_inline(s.title))]
    page_heads = " ".join(x.title for x in sections if x.level < (level or 0))
    if (
        talk_sections
        and len(named) * 3 >= len(talk_sections) * 2
        and len(named) >= 2
        and _PEOPLE_PAGE_RE.search(page_heads)
    ):
        scores["people"] = scores.get("sections", 0.5) + 0.05  # headings are people's names
    bullets = bullet_talks(outline)
    if bullets:
        scores["bullets"] = 0.9  # outline bullets with a speaker's or a time's property
        evidence.append(f"{len(bullets)} outline bullets carry a talk's properties")
    shape = force if force in scores else max(scores, key=lambda k: scores[k])
    p = reader.p
    if shape == "bullets":
        reader.bullets(bullets)
    elif shape == "people":
        evidence.append(f"{len(named)} of {len(talk_sections)} talk-level headings are names")
        reader.people_page(named)
        if doc_title is not None and not section_kind(doc_title.title):
            p.name = p.name or title_name(doc_title.title, reader.year)
    elif shape == "sections":
        reader.sections(doc_title, level or 1)
        if doc_title is not None:
            p.name = p.name or title_name(doc_title.title, reader.year)
    elif shape == "mix" and mix_table is not None:
        evidence.append(f"a table of {len(mix_table.items) - 1} talks with notes under headings")
        reader.mix(mixed, mix_table)
        if mixed.line >= 0:
            p.name = p.name or title_name(mixed.title, reader.year)
    elif shape == "table" and owner is not None and table is not None:
        evidence.append(f"a table of {len(table.items) - 1} talks")
        reader.table(owner, table)
        if owner.line >= 0:
            p.name = p.name or title_name(owner.title, reader.year)
    elif shape == "bold" and owner is not None:
        evidence.append(f"{len(bolds)} bold or 'Speaker - Title' lines start talks")
        reader.bold(owner)
        if owner.line >= 0:
            p.name = p.name or title_name(owner.title, reader.year)
    elif shape == "talk" and untitled:
        # the file's name is its title, its headings are its parts; a heading that opens
        # the file and says what its name says is that title, written out
        opening = sections[0] if sections and _opens(outline, sections[0]) else None
        titled = opening is not None and _says_the_name(opening.title, source)
        reader.one_talk(opening if titled else None)
    elif shape == "talk" and not reader.one_talk(
        doc_title if doc_title is not None else (sections[0] if sections else None)
    ):
        shape = "single"
    if shape == "single":
        p.talks.clear()
        reader.consumed.clear()
        top = _first_words(outline)
        # the first heading is the note's title when it opens the note and stands over
        # the rest (no sibling heading at its level) or says what the file's name says; a
        # heading after the first lines ("Coinbase talk" then "### Key insights"), or the
        # first of a run of parts ("## Setup", "## Demo") is one of its parts
        first = next((s for s in sections if s.line == top), None)
        if (
            first is not None
            and not _says_the_name(first.title, source)
            and sum(1 for s in sections if s.level == first.level) > 1
        ):
            first = None
        stem = stem_title(Path(source).stem)
        by_name = " " in stem and not find_date(stem, reader.year or 2000)[0]
        # a note tool names a note by its file ("UserDefault, a wolf in sheep's clothing.md"):
        # that name is its title rather than the first line of the notes
        title = str(
            front.get("title")
            or (first.title if first else "")
            or (stem if by_name else _first_line(outline))
        )
        title = title or stem or Path(source).stem
        body, b0, b1 = reader._body(outline.front_last + 1, len(outline.lines) - 1)
        reader._add(_Talk(title=strip_markdown_inline(title)), body, b0, b1, [])
        for talk in p.talks:
            talk.speakers = []
        p.warnings.append("no talks, days or speakers were recognised: the whole text is one note")
    p.talks = named_twice(p.talks)
    _kinds_of_sessions(p)
    _affiliation_column(p.talks)
    said = str(front.get("title") or "")
    if not (name or p.name) and shape not in ("talk", "single") and conference_name(said) != said:
        p.name = conference_name(said)  # "EMOCON S/S 2017 후기": notes of an event, titled
    elif not (name or p.name) and shape not in ("talk", "single") and doc_title is None:
        # the front matter's title is the title a heading would have been: the event it
        # names with its year, its day left out ("DockerCon EU 2017: day one")
        from_front = title_name(said, reader.year)
        p.name = from_front if find_year(from_front) else ""
    if not (name or p.name):
        p.name_from = "file name"
    p.name = name or p.name or _stem_name(source)
    p.description = str(front.get("description") or "")[:2000]
    _front_left(front, p)
    p.location = p.location or str(front.get("location") or "")
    days = [t.day for t in p.talks if t.day] + [d for d in (p.start, p.end) if d]
    if days:
        p.start, p.end = min(days), max(days)
    declared = str(front.get("timezone") or front.get("time_zone") or "")
    p.timezone = (declared if zone(declared) else None) or (
        find_timezone(" ".join(s.title for s in sections[:50])) if sections else None
    )
    return Understanding(shape, evidence, p, scores)


_TALKS_KINDS = frozenset({"keynote", "poster", "spotlight", "oral", "demo"})
"""Kinds a session's heading gives the talks under it (``Posters``, ``Keynotes``)."""


def _kinds_of_sessions(p: Programme) -> None:
    """A talk that says no kind of its own takes its session's (its heading's level above
    it says ``Posters``): context by level, as a day heading gives its talks their day."""
    kinds = {s.key: s.kind for s in p.sessions if s.kind in _TALKS_KINDS}
    for talk in p.talks:
        if talk.kind == "talk" and talk.session in kinds:
            talk.kind = kinds[talk.session]


_TITLE_PARTS_RE = re.compile(r"(?<!\s)\s+[-–—|]\s+|,\s+|:\s+|(?<!\s)\s+\(|\)")


FRONT_READ = frozenset(
    {"title", "date", "event", "conference", "location", "description", "timezone", "tags"}
    | {"time_zone", "categories", "keywords", "time", "start", "end", "day", "event_date"}
    | {"startTime", "start_time", "room", "venue", "where", "when"}
    | {key for key, _label in _FRONT_LINKS}
    | _SPEAKER_KEYS
)
"""Front-matter keys the readings of a person's notes take in."""


def title_name(title: str, year: int | None) -> str:
    """A conference's name from a document title, the day and "notes" words left out:
    ``ICLR 2025 – Thursday, April 24`` → ``ICLR 2025``."""
    parts = [p.strip() for p in _TITLE_PARTS_RE.split(strip_markdown_inline(title))]
    keep = []
    for part in parts:
        if _is_day(part, year):
            part = DAY_RE.sub(" ", strip_dates(part)).strip(" ,.-–—")
            part = re.sub(r"\bday\b", " ", part, flags=re.I).strip()
        if _NOTES_SUFFIX_RE.sub("", part).strip(" -–—:(") == "":
            continue  # "Notes", "my notes", "Recap"
        if part and not part.isdigit() and re.search(r"[^\W\d_]{2}", part):
            keep.append(" ".join(part.split()))
    return conference_name(" ".join(keep)) if keep else ""


def _is_day(title: str, year: int | None) -> bool:
    """A title that names a day (``Day 2``, ``Tuesday 12 March``), not a conference."""
    return (
        bool(DAY_RE.search(title) or find_date(title, year or 2000)[0])
        and len(re.findall(r"[A-Za-z]{4,}", title)) <= 3
    )


_ORDER_PART_RE = re.compile(r"\d{1,3}[a-z]?|(?:day|tag|jour|día|giorno)\s*\d{1,2}", re.I)
"""A file name's part that orders the notes (``01``, ``Day 1``), not its title."""


def _opens(outline: Outline, section: Section) -> bool:
    """The heading is the first line with words (after the front matter)."""
    return section.line == _first_words(outline)


def first_words(lines: list[str], start: int) -> int:
    """The first line from ``start`` with a letter or digit (a rule of ``#`` or ``=`` over
    a title is no line of words); -1 when none."""
    return next((n for n in range(start, len(lines)) if _WORD_CHAR_RE.search(lines[n])), -1)


def _first_words(outline: Outline) -> int:
    return first_words(outline.lines, outline.front_last + 1)


_WORD_CHAR_RE = re.compile(r"[^\W_]")


def _says_the_name(heading: str, source: str) -> bool:
    """A heading whose words are mostly its file's name's (``# Impostor syndrome and
    individual competence`` in ``imposter-syndrome-and-individual-competence.md``)."""
    words = title_key(strip_markdown_inline(heading)).split()
    named = set(title_key(stem_title(Path(source).stem)).split()) if source else set()
    return bool(words) and sum(w in named for w in words) * 2 >= len(words)


def stem_title(stem: str) -> str:
    """A file's name as its title: the parts before it that only order the notes
    (``Day 1 - 01 - Level up your Swift - Paul Hudson``) left out."""
    parts = _DASHES_RE.split(stem.strip())
    while len(parts) > 1 and _ORDER_PART_RE.fullmatch(parts[0].strip()):
        parts = parts[1:]
    title = " - ".join(p.strip() for p in parts)
    dated = _NUMERIC_DAY_RE.match(title)
    if dated and (rest := title[dated.end() :].strip(" -_.")):
        title = rest  # "2022-6-22-selling-on-amazon": a post's day, then its slug
    if not any(c.isspace() for c in title) and _SLUG_RE.fullmatch(title):
        title = " ".join(re.split(r"[-_]+", title))  # "how-to-learn-rust": a slug's words
    return title


_SLUG_RE = re.compile(r"(?<![^\W_])[^\W_]++(?:[-_]++[^\W_]++)++")
"""A file name whose words are joined by dashes or underscores (a slug)."""


_NTH_DAY_RE = re.compile(
    r"\b(?:(?:day|tag|jour|día|dia|giorno)\s*(?P<n>\d{1,2})|(?P<word>first|second|third|"
    r"fourth|fifth)\s+day|day\s+(?P<num>one|two|three|four|five))\b",
    re.I,
)
_NTH_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_NTH_WORDS |= {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _nth_day(title: str) -> int:
    """Which day of the conference a heading counts (``Day 2``, ``Second day``); 0 when
    it counts none."""
    m = _NTH_DAY_RE.search(strip_markdown_inline(title))
    if m is None:
        return 0
    if m.group("n"):
        return int(m.group("n"))
    return _NTH_WORDS[(m.group("word") or m.group("num")).lower()]


_DAYS_RANGE_RE = re.compile(r"\b(\d{1,2})\s*[-–—]\s*(\d{1,2})\b(?!\s*[:.h]\d)")


def _range_end(text: str, first: date, year: int | None) -> date | None:
    """The last day of a range of days (``April 21-22, 2021``, ``21-23 Mai 2025``, ``May
    2 - May 4``) whose first day is ``first``; None when the text names one day."""
    if m := _DAYS_RANGE_RE.search(text):
        one_day = text[: m.start()] + m.group(2) + text[m.end() :]
        last, _own = find_date(one_day, year or first.year)
    else:
        ends = [p for p in _RANGE_RE.split(text) if p.strip()]
        last = find_date(ends[-1], year or first.year)[0] if len(ends) == 2 else None
    return last if last is not None and first < last <= first + timedelta(days=31) else None


def _first_line(outline: Outline) -> str:
    """The first line as a title; "" when it is none (a list item, a long sentence): the
    file's name is the title then, as note tools name a note by its file."""
    for line in outline.lines[outline.front_last + 1 :]:
        if re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s", line):
            return ""
        words = strip_markdown_inline(line).strip(" #*_-")
        if words:
            return words if len(words) <= 80 else ""
    return ""


_UNDER_TITLE_LINES = 4
"""Lines with words under a talk's title that may still be its facts (a details list)."""
_ITEM_MARK_RE = re.compile(r"^\s{0,12}(?:[-*+]|\d{1,3}[.)])\s+")
_CLOCKS_RE = re.compile(
    r"\b[0-2]?\d(?:[:.h][0-5]\d)?\s{0,2}(?:[ap]\.?m\.?)?\s{0,2}[-–—~]\s{0,2}"
    r"[0-2]?\d(?:[:.h][0-5]\d)?\s{0,2}(?:[ap]\.?m\.?)?|\b[0-2]?\d[:.h][0-5]\d\s{0,2}"
    r"(?:[ap]\.?m\.?)?",
    re.I,
)
"""A clock time or a range of them in a line (``11:05am–11:45am``, ``14.00``)."""

_NUMERIC_DAY_RE = re.compile(r"(?<!\d)(\d{4})[-_ .](\d{1,2})[-_ .](\d{1,2})(?!\d)")
"""A year, month and day written in digits, year first (``2025-06-10``, ``2022-6-22``,
``2025 06 10``, ``2025_04_02``)."""


def _numeric_day(name: str, at_start: bool) -> date | None:
    """The day a file's or folder's name says in digits, year first (at its start when
    ``at_start``: a note's or post's convention); None when it says none."""
    m = _NUMERIC_DAY_RE.match(name) if at_start else _NUMERIC_DAY_RE.search(name)
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_POST_DATE_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[-_ ]+(?=\S)")
"""A post's publishing date before its slug (``2019-11-02-emacsconf-2019.md``, Jekyll's
and Hugo's convention): the day it was written, no part of what it is about."""


def _stem_name(source: str) -> str:
    stem = Path(source).stem if source else ""
    words = re.sub(r"[_\-]+", " ", _POST_DATE_RE.sub("", stem)).strip()
    return words or "Notes"


__all__ = ["Understanding", "conference_name", "is_generic", "read_heading", "understand"]


def speakers_of(text: str) -> list[ProgrammePerson]:
    """Speakers of a line such as ``by A and B`` (a convenience for other readers)."""
    text = re.sub(r"^\s*by\s+", "", text, flags=re.I)
    who = split_speakers(text)
    if who:
        return who
    one = parse_one(text)
    return [one] if one is not None and is_person_name(one.name) else []
