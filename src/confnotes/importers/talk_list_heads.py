"""Talks listed under a heading that says its items are talks.

A report of an event often sorts the talks it saw under headings that say so, one bullet
a talk: ``Talks on tools 1/2`` over ``- Lock files in practice (Ana Ruiz)``, ``Vorträge
zu Daten``, ``Charlas sobre datos``, ``データ分析のトーク 1/2``, ``性能相关的演讲``. The
heading names talks as its head word (first in the languages that put it first, the
plural ``Talks``/``Vorträge``/``Charlas``; last in Japanese and Chinese, written without
spaces, ``…のトーク``), maybe with a counter when the list runs over two slides or parts
(``1/2``, ``(2/2)``). Its bullets are the talks: each item's first line the title, and a
speaker when the item names one in brackets or after a dash (the person test says so).
A sibling heading among such headings, built the same way (one list and nothing else
under it), lists talks too though its words do not say so (``Pythonを使った開発について``
between two ``…のトーク`` headings).

A singular ``Talk on tracing`` over bullets is one talk's notes, and a heading that only
begins on a talk's word as an attribute (``トークのラインナップ``, a line-up of themes) is
not read: the talk's word must be the heading's head.
"""

from __future__ import annotations

import re
from dataclasses import replace

from confnotes.importers import structure
from confnotes.importers.persons import is_person_name, split_speakers
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.schedule_util import talk_kind
from confnotes.importers.textutil import SPACED_DASH_RE, strip_markdown_inline
from confnotes.text.scripts import CJK_SIGN_RE

LEAST = 2
"""Talks that must be listed under such headings for the document to be read so."""
MOST_WORDS = 8
"""A longer heading is a sentence about talks, not a label over a list of them."""

_COUNTER_RE = re.compile(r"\d{1,2}[ \t]?[/／][ \t]?\d{1,2}[)）]?$")
"""A part's counter at a heading's end: ``1/2``, ``(2/2)``, ``（1／3）``."""
_CJK_TALK_ENDINGS = ("トーク", "講演", "発表", "セッション", "演讲", "演講", "报告", "讲座", "발표")
"""Words for talks that end a Japanese, Chinese or Korean heading whose head they are."""
_BULLET_RE = re.compile(r"^(?P<indent>[ \t]{0,8})(?:[-*+•]|\d{1,3}[.)])[ \t]+(?P<text>\S.*)$")
_PLURAL_WORDS = frozenset({"vorträge", "interventi", "relazioni", "lezioni"})
"""Plurals of talk words that do not end in ``s``."""


def _without_counter(heading: str) -> str:
    """``heading`` without a part's counter at its end (only its last characters looked at)."""
    tail = heading[-10:]
    if m := _COUNTER_RE.search(tail):
        return heading[: len(heading) - len(tail) + m.start()].rstrip(" \t(（")
    return heading


def says_talk_list(heading: str) -> bool:
    """Whether ``heading`` says the items under it are talks: its head word is a plural
    word for talks (first, after at most one short word: ``Talks on tools 1/2``, ``Die
    Vorträge``), or, in a script written without spaces, the word for talks ends it
    (``データ分析のトーク 1/2``)."""
    plain = _without_counter(strip_markdown_inline(heading).strip()).strip(" :#!！")
    if not plain or len(plain.split()) > MOST_WORDS:
        return False
    if CJK_SIGN_RE.search(plain[-1:]):
        return plain.endswith(_CJK_TALK_ENDINGS)
    words = [w.strip(",.:;") for w in plain.split()]
    if len(words) > 1 and len(words[0]) <= 3:
        words = words[1:]  # "Die Vorträge", "Las charlas", "Our talks"
    head = words[0].lower() if words else ""
    plural = head.endswith("s") or head in _PLURAL_WORDS
    return plural and len(head) >= 4 and talk_kind(head)[0] in ("talk", "spotlight")


def _items(outline: structure.Outline, section: structure.Section) -> list[str]:
    """The first line of each top-level bullet of the lists right under ``section``."""
    out: list[str] = []
    for block in section.blocks:
        if block.kind != "list":
            continue
        indent: int | None = None
        for line in outline.lines[block.first : block.last + 1]:
            if not (m := _BULLET_RE.match(line)):
                continue
            depth = len(m.group("indent").expandtabs(4))
            indent = depth if indent is None else indent
            if depth == indent:
                out.append(strip_markdown_inline(m.group("text")).strip())
    return [i for i in out if i]


def _only_a_list(section: structure.Section) -> bool:
    return bool(section.blocks) and all(b.kind == "list" for b in section.blocks)


_PROSE_KINDS = frozenset({"paragraph", "html", "quote"})
"""Blocks of the writer's own words around a list (a lead-in, comments, an embed)."""


_LINK_ALONE_RE = re.compile(
    r"^[ \t]{0,8}(?:[-*+•]|\d{1,3}[.)])[ \t]{1,8}\[[^\n]{1,300}\]\([^()\s]{1,500}\)[ \t]*$"
)
"""A list item that is one link alone: whose pages they are says what the list is
(:mod:`confnotes.importers.attended` reads such lists)."""


def _one_list_in_prose(outline: structure.Outline, section: structure.Section) -> bool:
    """One list of plain titles among the writer's words (``以下のセッションに参加しました。``
    over it, why they chose them after it): under a heading that says so, the talks
    attended. A list of links alone is left to the readers that look at whose pages
    they are (a reading list links to a guide's pages, not the event's)."""
    kinds = [b.kind for b in section.blocks]
    if kinds.count("list") != 1 or not all(k == "list" or k in _PROSE_KINDS for k in kinds):
        return False
    block = next(b for b in section.blocks if b.kind == "list")
    lines = outline.lines[block.first : block.last + 1]
    return not all(_LINK_ALONE_RE.match(x) for x in lines if x.strip())


def _listing(outline: structure.Outline) -> list[structure.Section]:
    """The sections whose lists are talks: headings that say so, and their siblings
    built alike when those are most of the siblings."""
    found: list[structure.Section] = []
    for parent in [outline.root, *outline.sections()]:
        kids = parent.children
        said = [k for k in kids if says_talk_list(k.title) and _only_a_list(k)]
        if len(said) >= 2 and len(said) * 2 > len(kids):
            found.extend(k for k in kids if _only_a_list(k) and not k.children)
        else:
            found.extend(said)
            # a heading that says so over one list and the writer's words around it
            found.extend(
                k
                for k in kids
                if says_talk_list(k.title)
                and _one_list_in_prose(outline, k)
                and not _only_a_list(k)
            )
    return found


def _parts(item: str) -> list[tuple[str, str]]:
    """The ways ``item`` may part into a title and a speaker: a closing bracket, or the
    words after its last spaced dash."""
    out: list[tuple[str, str]] = []
    text = item.rstrip()
    if text.endswith((")", "）")) and (cut := max(text.rfind("("), text.rfind("（"))) > 0:
        out.append((text[:cut], text[cut + 1 : -1]))
    if dashes := list(SPACED_DASH_RE.finditer(text)):
        out.append((text[: dashes[-1].start()], text[dashes[-1].end() :]))
    return out


def _talk(item: str) -> ProgrammeTalk:
    """An item's talk: its title, and the speaker it names in brackets or after a dash."""
    for title, who in _parts(item):
        if title.strip() and 2 <= len(who.strip()) <= 80 and (people := _people(who.strip())):
            return ProgrammeTalk(title=title.strip(), speakers=people)
    return ProgrammeTalk(title=item)


def _people(said: str) -> list[ProgrammePerson]:
    if people := split_speakers(said):
        return people
    return [ProgrammePerson(name=said)] if is_person_name(said) else []


def listed_talks(text: str) -> list[ProgrammeTalk]:
    """The talks ``text`` lists under headings that say their items are talks, in order;
    none when fewer than :data:`LEAST`."""
    outline = structure.read(text)
    sections = _listing(outline)
    seen = {id(s) for s in sections}
    talks = [
        _talk(item) for s in outline.sections() if id(s) in seen for item in _items(outline, s)
    ]
    return talks if len(talks) >= LEAST else []


def read(text: str, base: Programme) -> Programme | None:
    """``base`` (the whole text as one note) with the talks listed under headings that
    say so: the note stays, as a note, so that every line is kept."""
    talks = listed_talks(text)
    if not talks:
        return None
    day = base.start if base.start is not None and base.start == base.end else None
    for talk in talks:
        talk.day = day
    notes = [replace(t, kind="other") for t in base.talks]
    return replace(base, talks=[*notes, *talks], roles=[], sessions=[], warnings=[])


__all__ = ["LEAST", "listed_talks", "read", "says_talk_list"]
