"""Talk notes changed since the index was brought in step, searched from memory beside it.

A note edited by hand (or by another program) puts the index out of step. Bringing
it in step takes Whoosh's writer, and importing Whoosh costs more than the rest of a
cold search; so when a few talk notes changed, ``confnotes search`` reads them itself,
makes their documents and terms as the index would (:mod:`confnotes.index.documents`,
:func:`confnotes.index.analysis.analysed`), and searches them as one more segment
after the index's own, with the index's old copies of them hidden. Whoosh's update
does exactly that (the old copies deleted but still counted in BM25F's statistics,
the new ones in a new last segment), so the results are those a search gives once
the index is updated, unless that update also merges segments. The update itself is
left to a process started once the results are out (see ``commands/search.py``).

Only talk notes, at most :data:`MAX_CHANGED` of them, and only queries over the word
fields (and the kind of document): a person's page or a conference file changes the
documents of every talk that shows it, and the other fields' terms are made by
Whoosh's own analyzers. Anything else goes to Whoosh, which updates the index first.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from confnotes.index.analysis import analysed, decode_positions, encode_positions, unchanged
from confnotes.index.fields import NO_TIME, SCORED, STORED, TIME_OFFSET
from confnotes.index.query import SPELL, STEMMED, stem_word
from confnotes.index.whoosh_files import _BYTE_TO_LENGTH

MAX_CHANGED = 16
"""Changed files a search takes in itself; more, and Whoosh updates the index first."""
FIELDS = SCORED | {"doctype", SPELL}
"""The fields an overlaid document is indexed in (a query on any other goes to Whoosh)."""


class Overlay:
    """Documents read from changed notes, indexed in memory as one segment would be."""

    def __init__(self, hidden: list[str]):
        self.hidden = hidden
        """Keys (paths) of the documents whose copies in the index are out of date."""
        self.stored: list[dict[str, Any]] = []
        self.times: list[int] = []
        self.postings: dict[tuple[str, str], list[tuple[int, float, bytes | None]]] = {}
        self.words: dict[str, list[str]] = {}
        """Each field's words, sorted (prefixes are expanded over them)."""
        self.lengths: dict[str, list[int]] = {}
        """Each scored field's length in each document, as BM25F reads it back."""
        self.added: dict[str, int] = {}
        """Each field's total length over the documents (the index's totals grow by it)."""

    @property
    def count(self) -> int:
        return len(self.stored)

    def add(self, doc: dict[str, Any]) -> None:
        """Index one document (the next document number of the segment)."""
        docnum = len(self.stored)
        self.stored.append({k: doc[k] for k in STORED if doc.get(k) is not None})
        ts = doc.get("ts")
        self.times.append(ts + TIME_OFFSET if isinstance(ts, int) else NO_TIME)
        for name in SCORED:
            value = doc.get(name)
            if not isinstance(value, str):
                continue
            stem = stem_word if name in STEMMED else unchanged
            poses, weights, _unlike = analysed(value, stem)
            length = sum(map(len, poses.values()))
            for word, positions in poses.items():
                self._post(name, word, docnum, _f32(weights[word]), encode_positions(positions))
            if length:
                self.added[name] = self.added.get(name, 0) + length
                lengths = self.lengths.setdefault(name, [])
                lengths.extend([1] * (docnum - len(lengths)))
                lengths.append(_as_stored(length))
        text = doc.get(SPELL)
        if isinstance(text, str):
            for word in analysed(text, stem_word)[2]:
                self._post(SPELL, word, docnum, 1.0, None)
        doctype = doc.get("doctype")
        if isinstance(doctype, str):
            self._post("doctype", doctype, docnum, 1.0, None)

    def _post(self, name: str, word: str, docnum: int, weight: float, value: bytes | None) -> None:
        found = self.postings.get((name, word))
        if found is None:
            found = self.postings[(name, word)] = []
            insort(self.words.setdefault(name, []), word)
        found.append((docnum, weight, value))

    def doc_frequency(self, name: str, word: str) -> int:
        return len(self.postings.get((name, word), ()))

    def words_from(self, name: str, prefix: str) -> Iterator[str]:
        """The field's words starting with ``prefix``, in order."""
        words = self.words.get(name, [])
        for word in words[bisect_left(words, prefix) :]:
            if not word.startswith(prefix):
                return
            yield word

    def length(self, name: str, docnum: int) -> int:
        lengths = self.lengths.get(name, [])
        return lengths[docnum] if docnum < len(lengths) else 1


def _f32(value: float) -> float:
    """A weight as the postings keep it (a 32-bit float)."""
    return array("f", [value])[0]


def _as_stored(length: int) -> int:
    """A field length as the index keeps it (one byte, ``length_to_byte``) and reads it back
    (``byte_to_length``; 1 when none)."""
    byte = 255 if length >= 106374 else bisect_left(_BYTE_TO_LENGTH, length)
    return _BYTE_TO_LENGTH[byte] or 1


class Overlaid:
    """The index with an overlay: statistics, words and stored fields of both, the
    overlay's documents numbered after the index's (as a new last segment)."""

    def __init__(self, index: Any, overlay: Overlay):
        self.index = index
        self.overlay = overlay
        self.doc_count_all = index.doc_count_all + overlay.count

    def doc_frequency(self, name: str, word: str) -> int:
        return int(self.index.doc_frequency(name, word)) + self.overlay.doc_frequency(name, word)

    def field_length(self, name: str) -> int:
        return int(self.index.field_length(name)) + self.overlay.added.get(name, 0)

    def __contains__(self, term: tuple[str, str]) -> bool:
        name, word = term
        if name not in FIELDS:
            raise KeyError(name)  # the compiler keeps the term: a field Whoosh must search
        return term in self.index or (name, word) in self.overlay.postings

    def expand_prefix(self, name: str, prefix: str) -> Iterator[str]:
        import heapq

        seen = None
        both = (self.index.expand_prefix(name, prefix), self.overlay.words_from(name, prefix))
        for word in heapq.merge(*both):
            if word != seen:
                seen = word
                yield word

    def stored_fields(self, docnum: int) -> dict[str, Any]:
        base = self.index.doc_count_all
        if docnum >= base:
            return self.overlay.stored[docnum - base]
        return self.index.stored_fields(docnum)  # type: ignore[no-any-return]


class OverlaySegment:
    """The overlay as :func:`confnotes.index.fastpath.rank` reads a segment."""

    def __init__(self, stats: Overlaid, scorer: Any):
        self.overlay = stats.overlay
        self.offset = stats.index.doc_count_all
        self._scorer = scorer

    def postings(self, fieldname: str, text: str, values: bool) -> tuple[Any, Any, Any]:
        found = self.overlay.postings.get((fieldname, text), [])
        ids = [d for d, _w, _v in found]
        weights = [w for _d, w, _v in found]
        vals = [v for _d, _w, v in found] if values else []
        return ids, weights, vals

    def scorer(self, fieldname: str, text: str) -> Any:
        return self._scorer(fieldname, text, lambda d: self.overlay.length(fieldname, d))

    def times(self) -> list[int]:
        return self.overlay.times

    def positions(self, fieldname: str, raw: Any) -> Iterable[int]:
        return decode_positions(raw)


def read_changes(
    root: Path, todo: list[str], removed: list[str], manifest: dict[str, list[Any]]
) -> Overlay | None:
    """The overlay of the talk notes whose stamps moved (``todo``, in the order the index's
    update adds them) and of those gone, or None when one cannot be read as the index
    would read it (not a talk note, unreadable: Whoosh's side says so)."""
    from confnotes.index.documents import (
        TALK,
        Resolver,
        document_of,
        kind_of,
        parse_file,
        read_bytes,
    )
    from confnotes.notebook.storage import content_hash

    if any(kind_of(rel) != TALK for rel in [*todo, *removed]):
        return None
    changed: list[tuple[str, bytes]] = []
    for rel in todo:
        data = read_bytes(root / rel)
        if data is None:
            return None
        old = manifest.get(rel)
        if old is not None and len(old) > 2 and old[2] == content_hash(data):
            continue  # touched, not changed: the index holds these very bytes
        changed.append((rel, data))
    overlay = Overlay([*removed, *(rel for rel, _data in changed)])
    resolver = Resolver(root)
    for rel, data in changed:
        doc = document_of(parse_file(root, rel, data, resolver), resolver)
        if doc is not None:
            overlay.add(doc)
    return overlay
