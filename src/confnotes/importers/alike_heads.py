"""Headings built alike in one document read alike: a kind's label, a dash, a person.

Notes often head each keynote with its kind and its speaker, ``Keynote - Ana Ruiz``; the
person test reads a full name there, but not a one-word name (``Keynote - Sha``), which
then becomes the talk's title. When a sibling heading of the same document, built the
same way with the same label, is read as that kind by a person, the one-word part is a
name too: the talk is titled by its label and given by that person, as its sibling is.
A word that is no name at all (``Keynote - Closing``) stays the title.
"""

from __future__ import annotations

from confnotes.importers.headings import kind_label_only
from confnotes.importers.identity import title_key
from confnotes.importers.persons import is_person_name
from confnotes.importers.programme import Programme, ProgrammePerson
from confnotes.importers.textutil import SPACED_DASH_RE, strip_markdown_inline


def _dashed_lines(text: str) -> dict[str, set[str]]:
    """The parts after a dash of ``text``'s short dashed lines, by their label's key."""
    out: dict[str, set[str]] = {}
    for line in text.split("\n"):
        plain = strip_markdown_inline(line.strip().lstrip("#").strip())
        if len(plain) <= 80 and (m := SPACED_DASH_RE.search(plain)):
            label, part = plain[: m.start()].strip(), plain[m.end() :].strip()
            if label and part:
                out.setdefault(title_key(label), set()).add(part)
    return out


def read_alike(programme: Programme, text: str) -> int:
    """Give the talks titled by a one-word part after a kind's label (``Keynote - Sha``)
    the speaker that word names, when a sibling with the same label reads as that kind by
    a person; how many talks changed."""
    labelled = {
        title_key(t.title): t.kind
        for t in programme.talks
        if len(t.speakers) == 1 and title_key(t.title) and kind_label_only(t.title)
    }
    if not labelled:
        return 0
    dashed = _dashed_lines(text)
    changed = 0
    for talk in programme.talks:
        if talk.speakers or len(talk.title.split()) != 1:
            continue
        for label, kind in labelled.items():
            if talk.kind != kind or talk.title not in dashed.get(label, ()):
                continue
            if not is_person_name(talk.title, single_ok=True):
                continue
            sibling = next(t for t in programme.talks if title_key(t.title) == label)
            talk.speakers = [ProgrammePerson(name=talk.title)]
            talk.title = sibling.title
            changed += 1
            break
    return changed


__all__ = ["read_alike"]
