"""Talk titles a write-up sets apart inside its sentences, under its day headings.

A person's post about a two-day event often gives each day a heading (``## Day 1``,
``## Día 2``) and names the talks it heard inside sentences, set apart by marks instead
of a heading or a list: code marks (``the best were `Title A` and `Title B```), corner
brackets (``「Title」``) or quotation marks. Under a day heading such a marked stretch,
shaped like a title, is a talk heard that day; a handle right before it with a
possessive (``jserv 的`Title```, ``@ana の「Title」``) is its speaker.
The same marks elsewhere (under a talk's own heading, code in a paragraph) name no talk:
only the day headings' sentences are read, and code is told from a title by its shape.
"""

from __future__ import annotations

import re

from confnotes.importers import structure
from confnotes.importers.handle_mentions import QUOTED_RE
from confnotes.importers.headings import is_day
from confnotes.importers.programme import ProgrammePerson

TITLE_WORDS_MOST = 16
"""Words of a marked stretch that may still be a title (a longer one is a quotation)."""

_CODE_RE = re.compile(r"`([^`\n]{2,200})`")
"""A stretch in code marks, as Markdown writes it inline."""
_CODE_SIGNS_RE = re.compile(r"[(){}\[\]=<>/\\;$#|@~^]|\.[^\W\d_]|::|->|^[-.]")
"""Signs of code, a path or a command inside code marks (``foo.bar()``, ``a = 1``,
``--flag``): no title is written so."""
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_POSSESSIVE_RE = re.compile(r"(?<![\w@])@?([A-Za-z][A-Za-z0-9_.\-]{1,30})[ \t]?[的の][ \t]?$")
"""A handle in Latin letters right before a title with an East Asian possessive
(``jserv 的``, ``@ana の``: the speaker's talk)."""
_HANDLE_RE = re.compile(r"[a-z][a-z0-9._\-]{1,30}")
"""A handle as people sign with it (``jserv``, ``ana_r``): lower case, one word."""


def _code_title(words: str) -> bool:
    """A code-marked stretch shaped like a talk's title: words (spaces between them, or
    an East Asian script), no code's signs, not all lower-case ASCII (``pip install``)."""
    words = words.strip()
    if _CODE_SIGNS_RE.search(words) or len(words.split()) > TITLE_WORDS_MOST:
        return False
    if _CJK_RE.search(words):
        return True
    return " " in words and not (words.isascii() and words.islower())


_SAID_RE = re.compile(
    r"(?:說|说|講|讲|道|提到|表示|(?<![^\W\d_])(?:said|says|told us(?: to)?))"
    r"[ \t]?[:：,，]?[ \t]?$"
)
"""A verb of saying right before a quotation (``the keynote said "…"``, ``講者說「…」``):
the words quoted are a thing said, no talk's title."""


def _quoted_title(words: str, before: str = "") -> bool:
    """A quoted stretch shaped like a title: a few words, not a sentence said (nor words
    quoted after a verb of saying), not a lower-case phrase in scare quotes (``"move
    fast"``, ``"just works"``)."""
    words = words.strip()
    return (
        bool(words)
        and len(words.split()) <= TITLE_WORDS_MOST
        and not words.endswith((".", "。", "!", "！", "?", "？", ","))
        and not (words.isascii() and words.islower())
        and _SAID_RE.search(before) is None
    )


def marked_titles(sentence: str) -> list[tuple[int, str, list[ProgrammePerson], str]]:
    """The talks a sentence under a day heading names by marked titles, each as (its
    offset, its title, its speaker when a possessive gives one, ``"talk"``)."""
    found: list[tuple[int, str, list[ProgrammePerson], str]] = []
    spans = [
        (m.start(), m.group(1)) for m in _CODE_RE.finditer(sentence) if _code_title(m.group(1))
    ]
    spans += [
        (m.start(), said)
        for m in QUOTED_RE.finditer(sentence)
        if (said := next(g for g in m.groups() if g is not None))
        and _quoted_title(said, sentence[max(0, m.start() - 20) : m.start()])
    ]
    for at, words in sorted(spans):
        before = _POSSESSIVE_RE.search(sentence[max(0, at - 40) : at])
        name = before.group(1) if before else ""
        person = bool(name) and _HANDLE_RE.fullmatch(name) is not None
        who = [ProgrammePerson(name=name)] if person else []
        found.append((at, words.strip(), who, "talk"))
    return found


def under_day(section: structure.Section, year: int | None) -> bool:
    """A section headed by a day (``## Day 2``, ``## Friday``, ``## 第二天``): its
    sentences tell the talks of that day."""
    return section.level > 0 and len(section.title) <= 80 and is_day(section.title, year)


def day_marked(text: str, year: int | None = None) -> list[str]:
    """The titles a document's day headings set apart in their sentences (see the
    module's docstring), in the order written."""
    outline = structure.read(text)
    titles: list[str] = []
    for section in outline.root.walk():
        if not under_day(section, year):
            continue
        for block in section.blocks:
            if block.kind == "paragraph":
                raw = " ".join(outline.lines[block.first : block.last + 1])
                titles += [title for _at, title, _who, _kind in marked_titles(raw)]
    return titles


__all__ = ["day_marked", "marked_titles", "under_day"]
