"""BM25F with per-document data read once per segment instead of once per scored posting.

Whoosh's BM25F asks the segment for a document's field length for every
posting it scores, and the date tie-break reads each document's timestamp
the same way. Without mmap (see ``whoosh_index._storage``) each of those is a
seek and a read: ~6 µs, a third of a term query's time. Segments never change
once written, so the lengths and timestamps of a whole segment are read in one
go, keyed by the segment's id, and kept while the segment is in use (an
incremental update adds a small segment; the big one keeps its cache).

Everything here falls back to Whoosh's own per-document reads when the
internals it relies on are not there (another whoosh version): slower, never wrong.
"""

from __future__ import annotations

import sys
import threading
from array import array
from collections import OrderedDict
from typing import Any

from whoosh.scoring import BM25F, BM25FScorer

POSTINGS_BUDGET = 2_000_000
"""Postings (of the most recently used terms) kept decoded in memory: ~20 MB."""


def _segment_id(reader: Any) -> str | None:
    seg = getattr(reader, "_segment", None)
    return seg.segment_id() if seg is not None else None


def segment_ids(searcher: Any) -> set[str]:
    """Ids of the segments a searcher reads."""
    ids = set()
    for sub, _offset in searcher.leaf_searchers():
        seg = _segment_id(sub.reader())
        if seg is not None:
            ids.add(seg)
    return ids


def _column_bytes(creader: Any) -> tuple[bytes, int] | None:
    """The raw bytes of a fixed-width column and its record width (one read)."""
    try:
        width = creader._fixedlen
        count = creader._count
        return creader._dbfile.get(creader._basepos, width * count), width
    except Exception:
        return None


class SegmentCache:
    """Per-segment document lengths and start times of one index (segments are immutable)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._lengths: dict[tuple[str, str], list[int]] = {}
        self._times: dict[str, list[int]] = {}
        self._postings: OrderedDict[tuple[Any, ...], tuple[Any, int]] = OrderedDict()
        self._postings_held = 0

    def keep_only(self, keep: set[str]) -> None:
        """Drop the data of segments not in ``keep`` (merged away, or an old index's)."""
        with self._lock:
            for key in [k for k in self._lengths if k[0] not in keep]:
                del self._lengths[key]
            for seg in [s for s in self._times if s not in keep]:
                del self._times[seg]
            for key in [k for k in self._postings if k[0] not in keep]:
                self._postings_held -= self._postings.pop(key)[1]

    def postings(self, reader: Any, fieldname: str, text: str, values: bool, load: Any) -> Any:
        """``load(reader, fieldname, text, values)``, remembered for the most used terms.

        Keyed by segment and its deletion count (deleting documents keeps the id).
        """
        seg = _segment_id(reader)
        if seg is None:
            return load(reader, fieldname, text, values)
        key = (seg, reader._segment.deleted_count(), fieldname, text, values)
        with self._lock:
            held = self._postings.get(key)
            if held is not None:
                self._postings.move_to_end(key)
                return held[0]
        found = load(reader, fieldname, text, values)
        size = len(found[0]) * (4 if values else 1)  # positions weigh more than ids
        if size > POSTINGS_BUDGET // 4:
            return found
        with self._lock:
            if key not in self._postings:
                self._postings[key] = (found, size)
                self._postings_held += size
            while self._postings_held > POSTINGS_BUDGET:
                self._postings_held -= self._postings.popitem(last=False)[1][1]
        return found

    def field_lengths(self, reader: Any, fieldname: str) -> list[int] | None:
        """Every document's length in ``fieldname`` in one segment (None: use Whoosh's reads)."""
        seg = _segment_id(reader)
        if seg is None:
            return None
        key = (seg, fieldname)
        cached = self._lengths.get(key)
        if cached is not None:
            return cached
        perdoc = getattr(reader, "_perdoc", None)
        stored = _perdoc_lengths(perdoc, fieldname) if perdoc is not None else None
        if not stored:
            return None  # no lengths column (or an empty one): Whoosh's own reads
        lengths = [n or 1 for n in stored]
        try:
            lengths.extend([1] * (reader.doc_count_all() - len(lengths)))
        except Exception:
            return None
        with self._lock:
            self._lengths[key] = lengths
        return lengths

    def segment_times(self, reader: Any, fieldname: str = "ts") -> list[int]:
        """Every document's sortable start time in one segment (for date tie-breaks)."""
        seg = _segment_id(reader)
        cached = self._times.get(seg) if seg is not None else None
        if cached is not None:
            return cached
        times: list[int] | None = None
        try:
            column = reader.schema[fieldname].column_type
            creader = reader._perdoc.column_reader(fieldname, column)
            raw = _column_bytes(creader)
            if raw is not None:
                values = array(creader._typecode)
                values.frombytes(raw[0])
                if values.itemsize == raw[1]:
                    if sys.byteorder == "little":
                        values.byteswap()  # Whoosh writes columns big-endian
                    times = values.tolist()
                    times.extend([creader._default] * (reader.doc_count_all() - len(times)))
        except Exception:
            times = None
        if times is None:  # slower, one read per document through Whoosh
            creader = reader.column_reader(fieldname, translate=False)
            times = [creader[d] for d in range(reader.doc_count_all())]
        if seg is not None:
            with self._lock:
                self._times[seg] = times
        return times

    def newest_first(self, searcher: Any) -> Any:
        """A sort facet: newer talks first (the same order as the ``ts`` column, reversed)."""
        from whoosh.sorting import FunctionFacet

        times: list[int] = []
        for sub, offset in searcher.leaf_searchers():
            del times[offset:]
            times.extend(self.segment_times(sub.reader()))
        return FunctionFacet(lambda _searcher, docnum: -times[docnum])


class CachedBM25F(BM25F):  # type: ignore[misc]
    """BM25F whose scorers look document lengths up in a per-segment list."""

    def __init__(self, cache: SegmentCache):
        super().__init__()
        self.cache = cache

    def scorer(self, searcher: Any, fieldname: str, text: Any, qf: int = 1) -> Any:
        scorer = super().scorer(searcher, fieldname, text, qf=qf)
        if isinstance(scorer, BM25FScorer):
            lengths = self.cache.field_lengths(searcher.reader(), fieldname)
            if lengths is not None:
                scorer.dfl = lengths.__getitem__
        return scorer


class _CachedLengths:
    """A segment's per-document reader whose field lengths come from one read per field.

    When a writer flushes a segment it asks the length of the posting's field for
    every posting it writes (for block statistics): a seek and a read each, plus a
    ``stat`` for fields that store no lengths (about a tenth of a full build).
    """

    def __init__(self, perdoc: Any):
        self._perdoc = perdoc
        self._lengths: dict[str, list[int] | None] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._perdoc, name)

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        if fieldname not in self._lengths:
            self._lengths[fieldname] = _perdoc_lengths(self._perdoc, fieldname)
        lengths = self._lengths[fieldname]
        if lengths is None:
            return int(self._perdoc.doc_field_length(docnum, fieldname, default) or default)
        return lengths[docnum] if docnum < len(lengths) and lengths[docnum] else default


def _perdoc_lengths(perdoc: Any, fieldname: str) -> list[int] | None:
    """Lengths of every document in ``fieldname`` (0 where none), or None to ask Whoosh."""
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
        from whoosh.util.numeric import byte_to_length

        creader = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if creader is None:
            return []  # the field stores no lengths: the default, without a stat per posting
        raw = _column_bytes(creader)
        if raw is None or raw[1] != 1:
            return None
        table = [byte_to_length(b) if b else 0 for b in range(256)]
        return [table[b] for b in raw[0]]
    except Exception:
        return None


def cache_flush_lengths(writer: Any) -> Any:
    """Make ``writer`` (a Whoosh SegmentWriter) read field lengths once when it flushes."""
    original = getattr(writer, "per_document_reader", None)
    if original is not None:
        writer.per_document_reader = lambda: _CachedLengths(original())
    return writer
