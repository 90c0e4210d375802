"""What a document's name, first lines and file name say about it.

A file stem read as a talk's title (``2024-05-03-rust-in-prod.md``), the
first words of a document, a numbered day (``Day 2``, ``第二天``), the end of a
range of days. Used by :mod:`confnotes.importers.shapes` and the folder
readers to name what the text itself does not.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

from confnotes.importers.headings import DASHES_RE
from confnotes.importers.identity import title_key
from confnotes.importers.persons import split_speakers
from confnotes.importers.structure import (
    Outline,
    Section,
)
from confnotes.importers.textutil import (
    strip_markdown_inline,
)
from confnotes.importers.when import (
    find_date,
)

RANGE_RE = re.compile(r"\s[-–—~]\s|\s(?:to|bis|au)\s")
"""What parts the two ends of a range (``2026-05-05 - 2026-05-07``)."""


_ORDER_PART_RE = re.compile(r"\d{1,3}[a-z]?|(?:day|tag|jour|día|giorno)\s*\d{1,2}", re.I)
"""A file name's part that orders the notes (``01``, ``Day 1``), not its title."""


def opens(outline: Outline, section: Section) -> bool:
    """The heading is the first line with words (after the front matter)."""
    return section.line == opening_words(outline)


def first_words(lines: list[str], start: int) -> int:
    """The first line from ``start`` with a letter or digit (a rule of ``#`` or ``=`` over
    a title is no line of words); -1 when none."""
    return next((n for n in range(start, len(lines)) if _WORD_CHAR_RE.search(lines[n])), -1)


def opening_words(outline: Outline) -> int:
    return first_words(outline.lines, outline.front_last + 1)


_WORD_CHAR_RE = re.compile(r"[^\W_]")


def says_the_name(heading: str, source: str) -> bool:
    """A heading whose words are mostly its file's name's (``# Impostor syndrome and
    individual competence`` in ``imposter-syndrome-and-individual-competence.md``)."""
    words = title_key(strip_markdown_inline(heading)).split()
    named = set(title_key(stem_title(Path(source).stem)).split()) if source else set()
    return bool(words) and sum(w in named for w in words) * 2 >= len(words)


def stem_title(stem: str) -> str:
    """A file's name as its title: the parts before it that only order the notes
    (``Day 1 - 01 - Level up your Swift - Paul Hudson``) left out."""
    parts = DASHES_RE.split(stem.strip())
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


_DAYS_RANGE_RE = re.compile(r"\b(\d{1,2})\s*[-–—~〜～]\s*(\d{1,2})\b(?!\s*[:.h]\d)")
"""Two days of one month (``21-23``), or with the wave dash East Asian writers put
between the ends of a range (``2025/06/05~06``, ``5〜6``)."""


def range_end(text: str, first: date, year: int | None) -> date | None:
    """The last day of a range of days (``April 21-22, 2021``, ``21-23 Mai 2025``, ``May
    2 - May 4``) whose first day is ``first``; None when the text names one day."""
    if m := _DAYS_RANGE_RE.search(text):
        one_day = text[: m.start()] + m.group(2) + text[m.end() :]
        last, _own = find_date(one_day, year or first.year)
    else:
        ends = [p for p in RANGE_RE.split(text) if p.strip()]
        last = find_date(ends[-1], year or first.year)[0] if len(ends) == 2 else None
    return last if last is not None and first < last <= first + timedelta(days=31) else None


def first_line_of(outline: Outline) -> str:
    """The first line as a title; "" when it is none (a list item, a long sentence): the
    file's name is the title then, as note tools name a note by its file."""
    for line in outline.lines[outline.front_last + 1 :]:
        if re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s", line):
            return ""
        words = strip_markdown_inline(line).strip(" #*_-")
        if words:
            return words if len(words) <= 80 else ""
    return ""


def opening_label(outline: Outline) -> str:
    """The opening line of a note without headings when it stands alone as a label
    (``Career panel:`` or ``Hiring in 2031``, a blank line after it): a few words, no
    sentence's end, no list mark, not a date nor a person; "" otherwise. A note named
    by a one-word file (``sum.md``, ``notes.txt``) is titled by that line."""
    lines = outline.lines
    top = opening_words(outline)
    if not 0 <= top < len(lines) - 1 or lines[top + 1].strip():
        return ""
    line = lines[top]
    if re.match(r"^\s*(?:[-*+>#|]|\d{1,3}[.)])", line):
        return ""
    words = strip_markdown_inline(line).strip(" *_").rstrip(":：").strip()
    if not words or len(words.split()) > 8 or len(words) > 80 or words[-1] in ".!?。":
        return ""
    if find_date(words, 2000)[0] is not None or "http" in words or split_speakers(words):
        return ""
    return words


UNDER_TITLE_LINES = 4
"""Lines with words under a talk's title that may still be its facts (a details list)."""


ITEM_MARK_RE = re.compile(r"^\s{0,12}(?:[-*+]|\d{1,3}[.)])\s+")


CLOCKS_RE = re.compile(
    r"\b[0-2]?\d(?:[:.h][0-5]\d)?\s{0,2}(?:[ap]\.?m\.?)?\s{0,2}[-–—~]\s{0,2}"
    r"[0-2]?\d(?:[:.h][0-5]\d)?\s{0,2}(?:[ap]\.?m\.?)?|\b[0-2]?\d[:.h][0-5]\d\s{0,2}"
    r"(?:[ap]\.?m\.?)?",
    re.I,
)
"""A clock time or a range of them in a line (``11:05am–11:45am``, ``14.00``)."""


_NUMERIC_DAY_RE = re.compile(
    r"(?<!\d)(\d{4})[-_ .](\d{1,2})[-_ .](\d{1,2})(?!\d)"
    r"|(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"
)
"""A year, month and day written in digits, year first (``2025-06-10``, ``2022-6-22``,
``2025 06 10``, ``2025_04_02``), or run together as ISO 8601's basic form does
(``20250610``: a year of this century or the last, a month and a day that can be)."""


def numeric_day(name: str, at_start: bool) -> date | None:
    """The day a file's or folder's name says in digits, year first (at its start when
    ``at_start``: a note's or post's convention); None when it says none."""
    m = _NUMERIC_DAY_RE.match(name) if at_start else _NUMERIC_DAY_RE.search(name)
    if m is None:
        return None
    y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(4, 5, 6)
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


_POST_DATE_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[-_ ]+(?=\S)")
"""A post's publishing date before its slug (``2019-11-02-emacsconf-2019.md``, Jekyll's
and Hugo's convention): the day it was written, no part of what it is about."""


def names_a_post(stem: str) -> bool:
    """Whether a file's name is a post's: its publishing date before a slug
    (``2019-11-02-emacsconf.md``), where a daily note's is the date alone (``2025-03-13``)."""
    return _POST_DATE_RE.match(stem) is not None


def stem_name(source: str) -> str:
    stem = Path(source).stem if source else ""
    words = re.sub(r"[_\-]+", " ", _POST_DATE_RE.sub("", stem)).strip()
    return words or "Notes"
