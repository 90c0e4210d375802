"""Lists of ``speaker | title`` items: which of the two bar-parted fields names people.

A programme that lists a block's short talks as ``Name | Title`` writes every such list
the same way, but one list alone may not tell: its speakers may be login handles or
one-word pseudonyms (``codehex | Undecided``) that no person test accepts. The lists of
the whole document do tell together, when several of their first fields are a person's
name or carry an ``@handle`` and no second field names anyone. Each list still decides
for itself: it is read so, its first field the speaker and its second the title, when
its own first fields carry such a mark or it sits in a slot of the kind a marked list
sits in (the caller's :func:`marked` and its slots); never a list with a bare number or
version on the right (``Python | 3.13``) or a product's word on the left.

May import: the importers' person tests and :mod:`doctree`; nothing above them.
"""

from __future__ import annotations

import re

from confnotes.importers import doctree
from confnotes.importers.persons import is_not_a_name_word, is_placeholder, split_speakers
from confnotes.importers.programme import ProgrammePerson

_BAR = " | "
_MOST_ITEMS = 40
"""A longer list is a catalogue of something else, not a block's short talks."""
_MOST_WHO_WORDS = 3
_MOST_WHO_CHARS = 32
_HANDLE_RE = re.compile(r"@[A-Za-z0-9_.\-]{1,30}")
_ORG_SLASH_RE = re.compile(r"\s{0,3}/\s{1,3}")
"""``Name / Org``, ``Name (@handle)/ Org``: the slash before the speaker's organisation."""
_ASIDE_RE = re.compile(r"[(（]([^()（）]{1,60})[)）]$")
_NUMBER_RE = re.compile(r"[vV]?\d{1,6}(?:[.,]\d{1,6}){0,4}[+x*]?")
"""A field that is only a number or a version (``3.13``, ``v1.80``, ``5.2.x``): a
product's release or a count, never a talk's title."""


def bar_fields(text: str) -> tuple[str, str] | None:
    """The two fields of ``A | B`` (one bar, both fields written); None otherwise."""
    left, bar, right = text.strip().partition(_BAR)
    if not bar or _BAR in right or "|" in left or not left.strip() or not right.strip():
        return None
    return left.strip(), right.strip()


def who_field(field: str) -> ProgrammePerson | None:
    """The person a speaker field names: ``Name (@handle) / Org`` (an aside and an
    organisation after a slash, both optional), the name as written; None when the field
    is too long for a name or says no one (``TBA``)."""
    who, *org_part = _ORG_SLASH_RE.split(field, maxsplit=1)
    org = org_part[0].strip() if org_part else ""
    who = who.strip()
    aliases: list[str] = []
    aside = _ASIDE_RE.search(who)
    if aside and _HANDLE_RE.fullmatch(aside.group(1).strip()):
        aliases.append(aside.group(1).strip())
        who = who[: aside.start()].strip()
    if (
        not who
        or len(who) > _MOST_WHO_CHARS
        or len(who.split()) > _MOST_WHO_WORDS
        or is_placeholder(who)
        or any(c in who for c in '.,;:!?。、「」"“”')
    ):
        return None
    affiliations = [org] if org else []
    return ProgrammePerson(name=who, aliases=aliases, affiliations=affiliations)


def _names_someone(field: str) -> bool:
    """A field with a person's own mark: a name by the person test, an ``@handle`` alone,
    or a name with its handle in an aside."""
    person = who_field(field)
    if person is None:
        return False
    return bool(person.aliases or _HANDLE_RE.fullmatch(person.name) or split_speakers(person.name))


def _bar_runs(root: doctree.Node) -> set[tuple[str, str]]:
    """The items of the document's runs of two or more ``A | B`` lines side by side (a
    list's items, a cell's lines), each item once."""
    found: set[tuple[str, str]] = set()
    for node in root.walk():
        if node.kind not in ("list", "item", "cell", "paragraph", "text"):
            continue
        run: list[tuple[str, str]] = []
        for line in [*node.text.split("\n"), None]:
            if line is not None and line.strip() and (pair := bar_fields(line)) is not None:
                run.append(pair)
                continue
            if line is not None and not line.strip() and run:
                continue  # a blank line between items keeps the run
            if 2 <= len(run) <= _MOST_ITEMS:
                found.update(run)
            run = []
    return found


def speakers_first(root: doctree.Node) -> bool:
    """Whether the document's ``A | B`` lists agree that ``A`` names the speaker: two or
    more first fields carry a person's mark, no second field does, and every first field
    is short enough to be a name."""
    pairs = _bar_runs(root)
    if not pairs or any(who_field(left) is None for left, _right in pairs):
        return False
    left = sum(_names_someone(a) for a, _b in pairs)
    right = sum(bool(split_speakers(b) or _HANDLE_RE.fullmatch(b)) for _a, b in pairs)
    return left >= 2 and right == 0


def marked(texts: list[str]) -> bool:
    """Whether a list's own first fields carry a person's mark (a name the person test
    takes, an ``@handle``): the list shows by itself that it names its speakers first."""
    return any((pair := bar_fields(text)) is not None and _names_someone(pair[0]) for text in texts)


def _product_word(field: str) -> bool:
    """A first field holding a word no name holds (``Python``, ``Docker``): a product's or
    a topic's name, not a speaker's (a handle's parts, ``@the_dev``, are no words)."""
    words = [w.strip(".,;:()'\"") for w in field.split() if "@" not in w and "_" not in w]
    return any(is_not_a_name_word(w) for w in words if w)


def speaker_title_items(texts: list[str]) -> list[tuple[str, list[ProgrammePerson]]] | None:
    """Each item's talk, read ``Speaker | Title``; None unless every item is so written,
    no title is a bare number or version and no speaker a product's word."""
    found: list[tuple[str, list[ProgrammePerson]]] = []
    for text in texts:
        pair = bar_fields(text)
        person = who_field(pair[0]) if pair else None
        if pair is None or person is None:
            return None
        if _NUMBER_RE.fullmatch(pair[1]) or _product_word(person.name):
            return None  # "Python | 3.13": a product and its release
        found.append((pair[1], [person]))
    return found or None
