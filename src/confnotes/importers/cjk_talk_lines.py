"""A Chinese talk line's title and speaker, parted by Chinese punctuation or a role word.

A Chinese programme writes a talk and its speaker on one line without the spaced dash
or the ``by`` other languages use: ``可观测性平台建设｜刘晓梅`` (a full-width bar),
``数据库内核优化　孙立新`` (a full-width space), ``边缘计算与调度（主讲：赵一鸣）``,
``微前端架构演进 讲师：周晓``, ``可视化引擎剖析 嘉宾 钱多多`` (the speaker's role word,
with or without a colon). The person test (:mod:`confnotes.importers.persons`) says
whether the words after the mark are a name: two to four Han signs opening on a family
name, or any name after a role word, which vouches for it. A title that merely ends in
two signs (``开源的大数据技术生态``) has no such mark before them and is left whole.
"""

from __future__ import annotations

import re

from confnotes.importers.fields import CJK_SPEAKER_WORDS
from confnotes.importers.persons import (
    CHINESE_COMPOUND,
    han_name,
    is_organisation,
    is_person_name,
    split_speakers,
    writes_kana,
)
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import strip_markdown_inline
from confnotes.text.scripts import CJK_RANGES

MAX_LINE = 300
"""Characters of a line looked at (a talk's line is short)."""
TITLE_LEAST = 4
"""Signs a title before a full-width space holds at least: shorter, the words before a
name are where the person works (``京东　任强``), not a talk."""

_CJK_RE = re.compile(rf"[{CJK_RANGES}]")
_HAN_NAME_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,4}")
_ROLE_RE = re.compile("|".join(CJK_SPEAKER_WORDS))
"""A speaker's role in Chinese or Japanese (``主讲``, ``讲师``, ``嘉宾``, ``分享人``)."""
_WORD_ENDS = frozenset(
    "报题们页用务理性化术式统器能法型量率点机件据库层站网册表单录则案制署试测营销划节篇课组部处室所院局司厂店馆物码链图板架构"
)
"""Signs that end common nouns (``周报``, ``常见问题``, ``高可用``, ``首页``) and no given
name: words after a bar that open on a family name's sign by chance."""
_MARKS_RE = re.compile(r"[｜|\u3000]")
"""A full-width bar, a bar or a full-width space between a title and its speaker."""
_TITLE_END = " (（|｜-–—:：,，、\u3000"


def cjk_title_and_speaker(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``(title, speakers)`` of a Chinese talk line whose speaker follows a role word or
    a mark (see the module's docstring); None for any other line."""
    if len(text) > MAX_LINE or not _CJK_RE.search(text):
        return None
    return _role_led(strip_markdown_inline(text).strip()) or _marked(text.strip())


def han_word(name: str) -> bool:
    """Whether Han signs as short as a name are a common word: they end on a sign that
    ends nouns and no given name (``周报``, ``高可用``), or in a Chinese text are four
    signs that open on no family name of two (``常见问题``, ``关于我们``; ``欧阳娜娜``)."""
    if not _HAN_NAME_RE.fullmatch(name):
        return False
    return name[-1] in _WORD_ENDS or (
        len(name) > 3 and not writes_kana() and name[:2] not in CHINESE_COMPOUND
    )


def title_as_read(read: str, split: str, people: list[ProgrammePerson]) -> str:
    """The title of a line split as written (``split``, ``Keynote: 数据库内核优化``) as the
    heading's reader left it without its kind's label or its clock (``read``,
    ``数据库内核优化｜孙立新``): the longest head of ``read`` that ``split`` ends on, when
    the speakers' names follow it; ``split`` where none does."""
    for end in range(min(len(read), len(split)), 1, -1):
        if split.endswith(read[:end]):
            rest = read[end:]
            if all(p.name in rest for p in people):
                return read[:end].rstrip(_TITLE_END) or split
            break
    return split


def _role_led(plain: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Title 讲师：Name``, ``Title（主讲：Name）``, ``Title 嘉宾 Name``: the last role
    word before names, the words before it the title."""
    roles = list(_ROLE_RE.finditer(plain))
    if not roles:
        return None
    role = roles[-1]
    title = plain[: role.start()].rstrip(_TITLE_END)
    who = plain[role.end() :].strip(" :：)）\u3000")
    if len(title) < 2 or not who or title.count("（") > title.count("）"):
        return None  # "嘉宾介绍": the role word opens the item, no one follows it
    people = split_speakers(who, single_ok=True)
    if not people or any(is_organisation(p.name) for p in people):
        return None
    if any(_HAN_NAME_RE.fullmatch(p.name) and not _han_name(p.name) for p in people):
        return None  # "参与者自我介绍、嘉宾介绍": a Han word that opens on no family name
    return title, people


def _han_name(name: str) -> bool:
    """A Han name: in a Chinese text, one opening on a family name; in a Japanese one
    (which writes kana), any that passes the person test."""
    return is_person_name(name) if writes_kana() else han_name(name)


def _marked(plain: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Title｜Name``, ``Title　Name``: a Han name after the last bar or full-width
    space."""
    marks = list(_MARKS_RE.finditer(plain))
    if not marks:
        return None
    mark = marks[-1]  # found before the marks are read (their reading spaces them)
    title = strip_markdown_inline(plain[: mark.start()]).rstrip(_TITLE_END)
    who = strip_markdown_inline(plain[mark.end() :]).strip()
    if not _HAN_NAME_RE.fullmatch(who) or not _han_name(who) or len(title) < 2:
        return None
    if han_word(who):
        return None  # "Kubernetes | 高可用", "首页｜关于我们": a word, not a name
    if mark.group(0) == "\u3000" and (len(title) < TITLE_LEAST or is_organisation(title)):
        return None
    return title, [ProgrammePerson(name=who)]
