"""Titles of data records that name their speaker after ``with``: ``Creative Coding with
Ana Ruiz``, ``Atelier cartographie avec Bo Lindqvist``, ``Datenjournalismus mit Eva
Schmidt``. A small site's data file (a Hugo or Jekyll ``items:`` list) keeps no field for
its people and writes them into the title, as its page shows them.

Alone, ``with`` may name a product (``Streams with Apache Kafka``) or company (``Coffee
with friends``), so the list decides: read so only where no record of it has a field of
its own for people, at least two of its titles end on people's names after ``with``
(:func:`confnotes.importers.title_speakers.with_byline`: each passes the person test),
and never in a record whose own kind field, or whose title before ``with``, calls it a
pause or a gathering (``Coffee break with Eva Schmidt``: her company, not her talk).
"""

from __future__ import annotations

from typing import Any

from confnotes.importers.fields import roles_of
from confnotes.importers.schedule_util import talk_kind
from confnotes.importers.title_speakers import with_byline

_FEW_SIGNED = 2
"""Titles of a list that must end on names after ``with`` before any is read so."""
_NO_SPEAKER_KINDS = frozenset({"break", "social"})


def with_signed_titles(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], str, Any]]:
    """Edits (record, key, value) giving sibling records the people their title names after
    ``with`` and that title the words before it; none when a record has a people field,
    or fewer than two titles are written so."""
    if any(roles_of(str(k)) & {"speaker", "chair"} for r in records for k in r):
        return []
    signed: list[tuple[dict[str, Any], str, str, list[str]]] = []
    for record in records:
        if says_no_speaker(record):
            continue
        for key, value in record.items():
            if isinstance(value, str) and "title" in roles_of(str(key)):
                found = with_byline(" ".join(value.split()))
                if found is not None and talk_kind(found[0])[0] not in _NO_SPEAKER_KINDS:
                    signed.append((record, str(key), found[0], [p.name for p in found[1]]))
                break
    if len(signed) < _FEW_SIGNED:
        return []
    edits: list[tuple[dict[str, Any], str, Any]] = []
    for record, key, title, names in signed:
        edits.append((record, "speakers", names))
        edits.append((record, key, title))
    return edits


def says_no_speaker(record: dict[str, Any]) -> bool:
    """Whether the record's own kind field calls it a pause or a gathering (``type:
    break``): its title's ``with`` names company, not speakers."""
    return any(
        isinstance(value, str)
        and "kind" in roles_of(str(key))
        and talk_kind(value)[0] in _NO_SPEAKER_KINDS
        for key, value in record.items()
    )
