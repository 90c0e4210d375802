"""What follows a talk's heading when the headings beside it name their speakers.

A person's notes whose headings form a column (``# Title - Name`` talk after talk)
write the speaker after the heading's *last* separator: the title may have its own
(``# open source / you belong here - ana ruiz``). A heading of that column with no name
in it gives the speaker on the line under it, often as a handle and a remark
(``@aruiz, slack``, ``@bo_lin / bolin.dev``). Both are read only inside such a column
(:mod:`confnotes.importers.section_reader` decides that), so a lone ``@team`` line in
notes names no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from confnotes.importers.headings import DASHES_RE
from confnotes.importers.programme import ProgrammePerson

LEAD_HANDLES_RE = re.compile(
    r"\A[ \t]*@(?P<first>[^\W\d_][\w.\-]{1,30})"
    r"(?P<more>(?:[ \t]*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)[ \t]*@[^\W\d_][\w.\-]{1,30}){0,5})"
    r"(?P<rest>[^\n]*)\Z"
)
"""A line led by one or more handles (``@ana``, ``@ana & @bo``), the rest its remark."""
_REMARK_RE = re.compile(r"\A[ \t]*(?:[,/|·•–—-][ \t]*\S[^\n]{0,40})?\Z")
"""What may follow the handles: nothing, or a short remark after a separator (``, slack``,
``/ site.dev``), never words of a sentence (``@ana said that …``)."""
_HANDLE_RE = re.compile(r"@([^\W\d_][\w.\-]{1,30})")


def last_tail(title: str) -> tuple[str, str] | None:
    """``title`` parted at its last separator (``A / B - Name``: ``A / B``, ``Name``);
    None when it has none or one side is empty."""
    cuts = list(DASHES_RE.finditer(title))
    if not cuts:
        return None
    cut = cuts[-1]
    head, tail = title[: cut.start()].strip(), title[cut.end() :].strip()
    return (head, tail) if head and tail else None


def handle_line(line: str) -> list[ProgrammePerson]:
    """The people of a line that is handles and at most a short remark after a separator
    (``@aruiz, slack``: ``@aruiz``); [] for any other line. Kept with their ``@``, as the
    notes write them: a handle is no name to complete."""
    m = LEAD_HANDLES_RE.match(line[:200].rstrip())
    if m is None or not _REMARK_RE.match(m.group("rest")):
        return []
    handles = [m.group("first"), *_HANDLE_RE.findall(m.group("more"))]
    return [ProgrammePerson(name="@" + h.rstrip(".-")) for h in handles]


_AT_PLACE_RE = re.compile(r"(?<![ \t])[ \t]{1,8}[@＠][ \t]{1,8}(?P<place>[^@＠\n]{1,80})\Z")
"""`` @ Place`` closing a line: the at-sign set apart by spaces, as no handle is."""
_PLACE_WORDS_MOST = 8


def at_place(text: str) -> tuple[str, str] | None:
    """A timed heading's words parted from the place its `` @ `` tail names (``Title
    [DEV1] @ Hall B - Room 3``: ``Title [DEV1]``, ``Hall B - Room 3``); None without one,
    or when the tail is a sentence's length (an at-sign in running words)."""
    m = _AT_PLACE_RE.search(text[:400])
    if m is None:
        return None
    head, place = text[: m.start()].strip(), m.group("place").strip(" ,;.")
    if not head or not place or len(place.split()) > _PLACE_WORDS_MOST:
        return None
    return head, place


_LINK_TAIL_RE = re.compile(
    r"(?<![ \t])[ \t]{1,8}(?:-{1,3}|[–—|·•])[ \t]{0,8}"
    r"(?:\[?\[[^\[\]\n]{1,120}\]\([^()\s]{1,500}\)\]?[ \t,]{0,8}){1,4}\Z"
)
"""A by-line's closing links after a separator (`` - [[Slides](…)]``, `` | [Video](…)``)."""


def without_link_tail(line: str) -> str:
    """A by-line without the links that close it after a separator (``[Ana](…) et
    [Bo](…) - [[Slides](…)]``: the names alone), so the names are read as a by-line's;
    the line as it is when nothing but links follows no separator."""
    m = _LINK_TAIL_RE.search(line[:2000])
    return line[: m.start()] if m is not None and line[: m.start()].strip() else line


_WORD_RE = re.compile(r"[^\W\d_]+")


def lower_name_tails(titles: list[str], body: list[str]) -> int:
    """How many of one level's headings close on a name written in small letters after
    their last separator (``# surviving the stack - kevin daly``): a name's shape once
    capitalised, none of its words a word the notes write (``- part two`` under ``- part
    one``; ``demo`` in a sentence), none shared by two headings' tails. They count
    towards the column of ``Title - Name`` headings as a capitalised name does."""
    from confnotes.importers.headings import lower_names

    tails = [t[1] for title in titles[:200] if (t := last_tail(title)) and t[1].islower()]
    named = [tail for tail in tails if lower_names(tail)]
    if len(named) < 2:
        return 0
    seen: dict[str, int] = {}
    for tail in named:
        for word in set(tail.split()):
            seen[word] = seen.get(word, 0) + 1
    common = {w.casefold() for line in body[:5000] for w in _WORD_RE.findall(line)}
    return sum(
        1
        for tail in named
        if all(seen[w] == 1 and w.casefold() not in common for w in tail.split())
    )


_URL_RE = re.compile(r"\]\([^()\s]{1,500}\)|\bhttps?://\S{1,500}")
"""A link's target or a bare address: words in it (``speakerdeck.com/ana``) are no
words the notes write."""
_TAIL_CHARS_MOST = 40
"""The longest tail read as a speaker by the column alone (a handle, a name or two)."""
_TAIL_WORDS_MOST = 3
"""The most words such a tail holds."""
_ACRONYM_MOST = 5
"""The longest tail in capitals read as an acronym (``- AWS``, ``(EN)``), no one's."""
_BRACKETS = frozenset("()[]{}（）【】「」")
"""A tail holding a bracket was cut inside one (``Title (Part 2 | Advanced)``)."""


def bracket_tail(title: str) -> tuple[str, str] | None:
    """``title`` parted at its last bracket (``Title (ana)``, ``題名（kuro）``: ``Title``,
    ``ana``), a reader's marks after it aside; None when it ends in none."""
    from confnotes.importers.headings import BRACKET_LAST_RE
    from confnotes.importers.textutil import trailing_marks

    m = BRACKET_LAST_RE.match(trailing_marks(title)[0])
    if m is None or not m.group("title").strip() or not m.group("who").strip():
        return None
    return m.group("title").strip(), m.group("who").strip()


def column_tails(
    titles: list[str],
    body: list[str],
    cut: Callable[[str], tuple[str, str] | None] = last_tail,
) -> set[str]:
    """The tails (after the last separator, or in the last bracket with ``cut``
    :func:`bracket_tail`) of one level's headings that the document's own convention
    makes speakers, though alone they would not pass for a name: a handle, a given name,
    a name in any script (``## 超絶技巧 CSRF - mala``). Repetition is the evidence: most
    of the headings split so, most of their tails are someone's, and two at least pass
    no name test alone. Someone's is one word, or words a name test reads (``a short
    detour`` is none); short; no word the notes write in their lines, shared by two tails
    (``- part one``, ``- part two``) or without letters (``- 1``); no bracket (the cut
    made inside one); no acronym (``(EN)``); neither a part of notes (``- summary``), a
    day (``- Saturday, 9.11.``), an organisation (``- Google``) nor a place. A lone
    dashed heading among plain ones stays a title whole."""
    from confnotes.importers.headings import is_container, is_generic, lower_names
    from confnotes.importers.kinds import kind_of
    from confnotes.importers.persons import is_organisation, is_person_name
    from confnotes.importers.places import names_a_place

    heads = titles[:200]
    tails = [t[1] for title in heads if (t := cut(title)) is not None]
    if len(tails) < 2 or len(tails) * 2 <= len(heads):
        return set()
    seen: dict[str, int] = {}
    for tail in tails:
        for word in set(tail.casefold().split()):
            seen[word] = seen.get(word, 0) + 1
    common = {
        w.casefold() for line in body[:5000] for w in _WORD_RE.findall(_URL_RE.sub(" ", line))
    }

    def someone(tail: str) -> bool:
        words = tail.casefold().split()
        return (
            len(tail) <= _TAIL_CHARS_MOST
            and 0 < len(words) <= _TAIL_WORDS_MOST
            # a word alone (a handle, a given name); words apart only as a name's
            and (len(words) == 1 or is_person_name(tail) or bool(lower_names(tail)))
            and not _BRACKETS & set(tail)
            and all(_WORD_RE.search(w) and seen[w] == 1 and w not in common for w in words)
            and not (tail.isupper() and len(tail) <= _ACRONYM_MOST)
            and not is_generic(tail)
            and not is_container(tail, None)
            and kind_of(tail) == "talk"
            and not is_organisation(tail)
            and not names_a_place(tail)
        )

    found = {tail for tail in tails if someone(tail)}
    # the column's own evidence: two tails or more that no name test reads (``mala``,
    # ``tobi_k``), beside the full names it holds
    unnamed = [t for t in found if not is_person_name(t)]
    if len(unnamed) < 2 or len(found) * 2 <= len(tails):
        return set()
    # and something says the column is people's, not one-word subtitles (``- traces``,
    # ``- ownership``): a full name among its tails, a handle's mark (``tobi_k``), or
    # tails in another script than their titles (``超絶技巧 CSRF - mala``)
    vouched = (
        any(is_person_name(t) for t in tails)
        or any(_HANDLE_MARK_RE.search(t) for t in unnamed)
        or _other_script(heads, unnamed)
    )
    return found if vouched else set()


_HANDLE_MARK_RE = re.compile(r"[_@\d]")
"""What only a handle holds among a name's letters (``tobi_k``, ``@ana``, ``dev42``)."""


def _other_script(titles: list[str], tails: list[str]) -> bool:
    """Whether the tails are Latin letters and most titles are written in a script
    without them (Japanese, Chinese, Korean, Cyrillic…): a handle in such notes stands
    out as the speaker's, never a subtitle of the title's language."""

    def latin(text: str) -> bool:
        letters = [c for c in text if c.isalpha()]
        return bool(letters) and all(c.isascii() or "LATIN" in _char_name(c) for c in letters)

    if not all(latin(t) for t in tails):
        return False
    return sum(1 for t in titles if not latin(t)) * 2 > len(titles)


def _char_name(c: str) -> str:
    import unicodedata

    return unicodedata.name(c, "")
