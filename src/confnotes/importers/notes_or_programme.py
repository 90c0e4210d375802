"""Is a text document a person's notes or a programme? One probability, fitted on labels.

A Markdown, plain-text or Org file is either a person's *notes* (of one talk, a day, a
conference: prose, first-person remarks, code, long bullets) or a *programme* (a page
listing talks, people and times: short name-shaped lines, rows led by a clock, tables,
links to talk pages). Format detection cannot tell them apart (both are Markdown), and
no single mark does: a programme page can have prose, a person's notes a table of
times. This module reads a handful of structural features of the document's lines and
weighs them by a logistic regression **fitted on every labelled document we have**,
not set by hand:

- the repository's labelled corpora (``tests/data/importers/corpus*/``) and the real
  sets outside it (``/work/real3/*/``: notes, pages, people, data sets), each document's
  sidecar saying whether it is a person's notes (``notes: true``) or not; the real
  sets ``notes4`` and ``pages4`` and the set ``classify`` were kept out of the fit, for
  validation;
- only the documents read as text (Markdown, plain text, Org, posts): data files and
  whole HTML pages are told apart by their format already.

The features (:func:`features`), each a share or a yes/no: sentences, first-person
words (in the languages notes are written in), lines carrying a clock time or a date,
lines led by a clock, short name-shaped lines, links, headings, long bullets, table
rows, code, front-matter keys of a page or of a post, and what the file's name says.

Refit (after adding labelled documents) with
``python benchmarks/fit_notes_or_programme.py --write``: it reads every sidecar,
computes these features, chooses them by leave-one-set-out cross-validation, and
rewrites :data:`WEIGHTS` below (and prints the accuracy per set).
"""

from __future__ import annotations

import functools
import math
import re
from pathlib import Path

FEATURES: tuple[str, ...] = (
    "detected",
    "prose",
    "first_person",
    "clock",
    "clock_led",
    "date",
    "names",
    "links",
    "headings",
    "long_bullets",
    "table",
    "code",
    "front_page",
    "front_post",
    "stem_programme",
    "stem_notes",
    "words_per_line",
    "person_part",
    "title_case",
    "short_lines",
    "bold_lead",
    "label_lines",
)
"""The features the model may weigh, in the order of :data:`WEIGHTS`."""

# fitted by benchmarks/fit_notes_or_programme.py (see the module's docstring):
# 431 documents of 30 sets, leave-one-set-out accuracy 83.8%
WEIGHTS: dict[str, float] = {
    "intercept": 0.7970,
    "detected": 1.3140,
    "clock": -2.1395,
    "headings": 1.2157,
    "table": -1.5603,
    "front_page": -0.8887,
    "stem_programme": -1.1577,
    "stem_notes": 0.7829,
    "title_case": -1.9162,
    "bold_lead": -1.7139,
}
"""The fitted weights (log-odds of notes per unit of each feature)."""

SURE = 0.90
"""From this probability on, a text is taken for a person's notes without a reading's
proof (the tree's repeated records are not read as a programme in it): the lowest
probability above which at most 3 % of the programme pages fall, out of fold (written
by the fitting script with the weights)."""

MAX_LINES = 600
"""Lines of a document its features are read from (the start says what it is)."""

_FIRST_PERSON_RE = re.compile(
    r"(?<![^\W_])(?:i|i'm|i've|i'd|i'll|my|me|we|we're|our|us|ich|mir|mich|mein|meine|wir|"
    r"uns|unsere|je|j'|moi|mon|ma|mes|nous|notre|yo|mí|mis|nosotros|eu|meu|minha|nós|io|"
    r"mio|mia|noi|ik|mijn|wij)(?![^\W_])|[私僕我]",
    re.I,
)
"""First-person words of a person writing about what they heard (``I``, ``my``,
``ich``, ``nous``, ``yo``, ``eu``, ``io``, ``ik``, ``私``, ``我``)."""
_CLOCK_RE = re.compile(
    r"(?<![\d.:/])[0-2]?\d(?:[:.h][0-5]\d(?![\d.:/])|\s?[ap]\.?m\b)|(?<![\d.:/])[0-2]?\d時",
    re.I,
)
"""A clock time: ``9:30``, ``14.00``, ``10h30``, ``4pm``, ``10時``."""
_LEAD_RE = re.compile(r"^[\s>*#+|-]{0,12}(?:\d{1,3}\.\s+)?[*_]{0,2}")
"""What stands before a line's words: quote marks, bullets, heading marks, a pipe, emphasis."""
_NUMERIC_DATE_RE = re.compile(
    r"(?<!\d)(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}月\d{1,2}日)(?!\d)"
)
_DAY_NUMBER_RE = re.compile(r"(?<![\d:.])\d{1,2}(?:st|nd|rd|th|er|e|\.)?(?![\d:])", re.I)
_WORD_RE = re.compile(r"[^\W\d_][^\W_'’-]*(?:['’-][^\W_]+)*")
_LINK_RE = re.compile(r"\]\(|https?://|<a\s|\[\[", re.I)
_HEADING_RE = re.compile(r"^(?:#{1,6}\s|\*{1,4}\s|=+\s*$|-{3,}\s*$)")
_UNDERLINE_RE = re.compile(r"^\s{0,3}(?:={3,}|-{3,})\s*$")
_BULLET_RE = re.compile(r"^\s{0,12}(?:[-*+•]|\d{1,3}[.)])\s+")
_TABLE_RE = re.compile(r"^\s{0,3}\|.*\||<t[dr][\s>]", re.I)
_FENCE_RE = re.compile(r"^\s{0,3}(?:```|~~~|#\+begin_src|#\+end_src)", re.I)
_SENTENCE_END_RE = re.compile(r"[.!?。！？…]['\")\]]?\s*$|[.!?]\s+[A-Z]")
_MARKUP_RE = re.compile(r"[*_`#>|\[\]]|\(http[^)\s]{0,300}\)|<[^<>]{0,200}>")
_PROGRAMME_STEM_RE = re.compile(
    r"schedule|program|agenda|timetable|speakers|sessions|seminar|calendar|index|readme|"
    r"zeitplan|horaire|calendrier|cronograma|horario|orario|日程|议程|プログラム",
    re.I,
)
"""Words of a file's name that name a programme page (``schedule.md``, ``programme.md``)."""
_NOTES_STEM_RE = re.compile(r"notes?|notizen|recap|takeaways|apuntes|appunti|笔记|メモ", re.I)
"""Words of a file's name that name someone's notes (``pycon-notes.md``, ``recap``)."""
_PART_SPLIT_RE = re.compile(r"\s[-–—|]\s|:\s|\sby\s|\svon\s|\spar\s|\spor\s|,\s|\s[(\[]")
"""Where a programme's line parts a title from its speaker (``Name - Title``, ``Title by
Name``, ``Title (Name``)."""
_BOLD_LEAD_RE = re.compile(r"^[\s>*+-]{0,6}(?:\d{1,3}[.)]\s+)?(?:\*\*|__)\S")
_LABEL_RE = re.compile(r"^[\s>*+-]{0,6}[*_]{0,2}[^\W\d_][^:\n]{0,24}[*_]{0,2}:[*_]{0,2}\s+\S")
"""A ``Label: value`` line (``Speaker: Ana``, ``**Time:** 10:00``)."""
_KEY_END_RE = re.compile(r"[:=\s]")
_PAGE_KEYS = frozenset({"layout", "permalink", "weight", "menu", "nav_order", "nav", "slug"})
_POST_KEYS = frozenset({"date", "tags", "categories", "author", "authors", "draft"})
"""Keys a post's front matter has and a page's has not: evidence of a person's notes
(unlike :data:`structure.POST_KEYS`, which holds ``title`` and ``layout`` to tell any
front matter from text)."""


def _plain(line: str) -> str:
    return _MARKUP_RE.sub(" ", line).strip()


def _front_keys(lines: list[str]) -> tuple[set[str], int]:
    """The keys of a YAML or TOML front matter and the first line after it."""
    if not lines or lines[0].lstrip("\ufeff").strip() not in ("---", "+++"):
        return set(), 0
    keys: set[str] = set()
    for n in range(1, min(len(lines), 200)):
        line = lines[n]
        if line.strip() in ("---", "+++", "..."):
            return keys, n + 1
        if line[:1].isalpha():
            key = _KEY_END_RE.split(line, maxsplit=1)[0].strip().lower()
            keys.add(key)
    return set(), 0


@functools.lru_cache(maxsize=16)
def features(
    text: str, source: str = "", detected: str = "", every: bool = False
) -> dict[str, float]:
    """The document's features (:data:`FEATURES`), each between 0 and 1. ``detected``:
    the format the registry detected (``outline`` and ``notes`` are its readers of
    notes: what the headings and their prose say, one feature among the others).
    ``every``: also the features the fitted model does not weigh (the fitting script
    asks for them; an import reads only those it weighs, the person test on short lines
    costing most)."""
    from confnotes.importers.persons import is_person_name
    from confnotes.importers.when import MONTH_NAMES

    lines = text.split("\n", MAX_LINES + 200)[: MAX_LINES + 200]
    keys, start = _front_keys(lines)
    body = lines[start : start + MAX_LINES]
    content: list[str] = []
    in_code = False
    code = 0
    for line in body:
        if _FENCE_RE.match(line):
            in_code = not in_code
            code += 1
            continue
        if in_code:
            code += 1
            continue
        if _UNDERLINE_RE.match(line) or not _WORD_RE.search(line):
            continue
        content.append(line)
    n = max(1, len(content))
    named = every or "names" in WEIGHTS or "person_part" in WEIGHTS
    prose = first = clock = led = dated = names = links = heads = table = 0
    bullets = long_bullets = words = 0
    parts = short = bold = labelled = upper = alpha = 0
    for line in content:
        plain = _plain(line)
        tokens = plain.split()
        words += len(tokens)
        if len(tokens) >= 8 and _SENTENCE_END_RE.search(plain):
            prose += 1
        if _FIRST_PERSON_RE.search(plain):
            first += 1
        if _CLOCK_RE.search(line):
            clock += 1
            lead = _LEAD_RE.match(line)
            rest = line[lead.end() :] if lead else line
            if _CLOCK_RE.match(rest) or _CLOCK_RE.match(_plain(rest)):
                led += 1
        lowered = {w.casefold().rstrip(".") for w in _WORD_RE.findall(plain)}
        if _NUMERIC_DATE_RE.search(line) or (
            lowered & MONTH_NAMES.keys() and _DAY_NUMBER_RE.search(plain)
        ):
            dated += 1
        if named and 2 <= len(tokens) <= 5 and is_person_name(plain.strip(" :-–—,")):
            names += 1
        if _LINK_RE.search(line):
            links += 1
        if len(tokens) <= 6:
            short += 1
        if _BOLD_LEAD_RE.match(line):
            bold += 1
        if _LABEL_RE.match(line):
            labelled += 1
        for token in tokens:
            if token[:1].isalpha() and token[:1].lower() != token[:1].upper():
                alpha += 1
                upper += token[:1].isupper()
        if named and 3 <= len(tokens) <= 24:
            pieces = [x.strip(" *_\"'“”()[]") for x in _PART_SPLIT_RE.split(plain)]
            if len(pieces) >= 2 and any(
                2 <= len(x.split()) <= 4 and is_person_name(x) for x in pieces
            ):
                parts += 1
        if _HEADING_RE.match(line):
            heads += 1
        if _TABLE_RE.search(line):
            table += 1
        if _BULLET_RE.match(line):
            bullets += 1
            if len(tokens) >= 10:
                long_bullets += 1
    stem = Path(source).stem if source else ""
    return {
        "detected": 1.0 if detected in ("outline", "notes") else 0.0,
        "prose": prose / n,
        "first_person": first / n,
        "clock": clock / n,
        "clock_led": led / n,
        "date": dated / n,
        "names": names / n,
        "links": links / n,
        "headings": heads / n,
        "long_bullets": long_bullets / bullets if bullets else 0.0,
        "table": table / n,
        "code": code / max(1, len(body)),
        "front_page": 1.0 if keys & _PAGE_KEYS else 0.0,
        "front_post": 1.0 if keys & _POST_KEYS else 0.0,
        "stem_programme": 1.0 if _PROGRAMME_STEM_RE.search(stem) else 0.0,
        "stem_notes": 1.0 if _NOTES_STEM_RE.search(stem) else 0.0,
        "words_per_line": min(1.0, words / n / 20),
        "person_part": parts / n,
        "title_case": upper / alpha if alpha else 0.0,
        "short_lines": short / n,
        "bold_lead": bold / n,
        "label_lines": labelled / n,
    }


def probability(text: str, source: str = "", detected: str = "") -> float:
    """The probability that ``text`` (read from the file ``source``, detected as the
    format ``detected``) is a person's notes rather than a programme, by the fitted
    :data:`WEIGHTS`."""
    values = features(text, source, detected)
    z = WEIGHTS.get("intercept", 0.0)
    z += sum(weight * values[name] for name, weight in WEIGHTS.items() if name in values)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def is_notes(text: str, source: str = "", detected: str = "") -> bool:
    """Whether ``text`` is more likely a person's notes than a programme."""
    return probability(text, source, detected) >= 0.5
