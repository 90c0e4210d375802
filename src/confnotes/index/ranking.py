"""Ranking: Whoosh's BM25F, with what it reads per document read once per segment.

Whoosh's own BM25F scorer asks the index for a note's field length at every match
(a seek and a read in the segment's file), and a tie between equal scores took a
second, sorted pass over every match to put the newest note first. A keystroke of
a common word matches thousands of notes, so both were paid thousands of times.

Segments never change once written, so their field lengths and dates are read here
once, through the reader's public API, and kept while the segment is in use (a save
adds a small segment; only that one is read). The score is Whoosh's ``bm25`` function
unchanged; :meth:`Ranking.final` (Whoosh's hook for a document-level adjustment) keeps
its first six decimals and adds a share of the note's date below the last of them, so
one pass ranks equal scores newest first and counts every match on the way.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Sequence
from typing import Any

from whoosh.scoring import BM25F, BaseScorer

DATE_COLUMN = "ts"
"""The sort column of a talk's start (``YYYYMMDDHHMM``, 0 when unknown)."""
ROUND = 6
"""Decimals of a score that count: closer scores are equal, and the newer note first."""
DATE_SHARE = 0.5 * 10**-ROUND
"""What the newest date adds to a score (the others, by their rank, less): below half the
last decimal kept, so it orders equal scores and never two that differ."""


def segment_id(reader: Any) -> str | None:
    """The id of the one segment ``reader`` reads (None for a reader of several or none)."""
    segment = getattr(reader, "segment", None)
    seg = segment() if callable(segment) else None
    return seg.segment_id() if seg is not None else None


class SegmentTables:
    """Per segment: every document's field length (by field) and date, read once."""

    def __init__(self) -> None:
        self._lengths: dict[tuple[str, str], Sequence[int]] = {}
        self._dates: dict[str, Sequence[int]] = {}
        self._lock = threading.Lock()

    def lengths(self, reader: Any, fieldname: str) -> Sequence[int] | None:
        """The length of ``fieldname`` in each document of the segment ``reader`` reads."""
        seg = segment_id(reader)
        if seg is None:
            return None
        key = (seg, fieldname)
        found = self._lengths.get(key)
        if found is None:
            length = reader.doc_field_length
            # None for a document without the field (Whoosh's codec ignores the default)
            count = reader.doc_count_all()
            found = array("I", (length(d, fieldname, 1) or 1 for d in range(count)))
            with self._lock:
                self._lengths[key] = found
        return found

    def dates(self, reader: Any) -> Sequence[int]:
        """The date column of each document of the segment ``reader`` reads."""
        seg = segment_id(reader)
        found = self._dates.get(seg) if seg is not None else None
        if found is None:
            try:
                found = array("q", (int(v or 0) for v in reader.column_reader(DATE_COLUMN)))
            except Exception:  # a reader with no such column: no dates, no tie-break
                found = array("q", bytes(8 * reader.doc_count_all()))
            if seg is not None:
                with self._lock:
                    self._dates[seg] = found
        return found

    def keep(self, live: set[str]) -> None:
        """Forget the tables of segments no longer in use (merged away)."""
        with self._lock:
            for key in [k for k in self._lengths if k[0] not in live]:
                del self._lengths[key]
            for seg in [s for s in self._dates if s not in live]:
                del self._dates[seg]

    def warm(self, searcher: Any, fieldnames: Sequence[str]) -> None:
        """Read the tables of every segment now (the app does it in the background)."""
        live = set()
        for sub, _offset in searcher.leaf_searchers():
            reader = sub.reader()
            seg = segment_id(reader)
            if seg is None:
                continue
            live.add(seg)
            for name in fieldnames:
                self.lengths(reader, name)
            self.dates(reader)
        self.keep(live)


class Ranking(BM25F):  # type: ignore[misc]
    """BM25F over the cached field lengths, equal scores newest first."""

    use_final = True

    def __init__(self, tables: SegmentTables) -> None:
        super().__init__()
        self.tables = tables
        self._top: Any = None
        self._dates: Sequence[float] = array("d")

    def scorer(self, searcher: Any, fieldname: str, text: bytes, qf: int = 1) -> Any:
        if not searcher.schema[fieldname].scorable:
            return super().scorer(searcher, fieldname, text, qf)
        lengths = self.tables.lengths(searcher.reader(), fieldname)
        if lengths is None:
            return super().scorer(searcher, fieldname, text, qf)
        parent = searcher.get_parent()
        info = searcher.term_info(fieldname, text)
        return LengthTableScorer(
            parent.idf(fieldname, text),
            parent.avg_field_length(fieldname) or 1,
            self.B,
            self.K1,
            lengths,
            (info.max_weight(), info.min_length()),
        )

    def final(self, searcher: Any, docnum: int, score: float) -> float:
        if searcher is not self._top:
            self._bind(searcher)
        return round(score, ROUND) + self._dates[docnum]

    def _bind(self, searcher: Any) -> None:
        """What the date of every document of ``searcher`` (the top searcher of a search)
        adds to its score, by its document number: the rank of its date among all dates
        (a date itself is too large a number for its minutes to survive the addition)."""
        dates: list[int] = []
        for sub, offset in searcher.leaf_searchers():
            del dates[offset:]
            dates.extend(self.tables.dates(sub.reader()))
        distinct = sorted(set(dates))
        step = DATE_SHARE / (len(distinct) + 1)
        rank = {date: i * step for i, date in enumerate(distinct)}
        self._dates, self._top = array("d", (rank[date] for date in dates)), searcher


class LengthTableScorer(BaseScorer):  # type: ignore[misc]
    """Whoosh's BM25 of one term, the document's length taken from a table."""

    def __init__(
        self,
        idf: float,
        avgfl: float,
        b: float,
        k1: float,
        lengths: Sequence[int],
        most: tuple[float, int],
    ) -> None:
        self.top = idf * (k1 + 1)
        self.flat = k1 * (1 - b)
        self.per_length = k1 * b / avgfl
        self.lengths = lengths
        self._max = self._score(*most)
        """The best score any document can have (the term's largest weight, shortest
        length): Whoosh drops a part of an OR that cannot lift a note into the page."""

    def _score(self, tf: float, length: int) -> float:
        # whoosh.scoring.bm25(idf, tf, fl, avgfl, B, K1), its constants taken out
        return float(self.top * tf / (tf + self.flat + self.per_length * length))

    def supports_block_quality(self) -> bool:
        return True

    def score(self, matcher: Any) -> float:
        tf = matcher.weight()
        return float(
            self.top * tf / (tf + self.flat + self.per_length * self.lengths[matcher.id()])
        )

    def max_quality(self) -> float:
        return self._max

    def block_quality(self, matcher: Any) -> float:
        return self._score(matcher.block_max_weight(), matcher.block_min_length())


class SearchStopped(Exception):
    """The caller no longer wants the search it started (a newer keystroke)."""


class Enough(Exception):
    """A keystroke's first answer has seen as many matches as it may rank."""


def bounded(collector: Any, stop: threading.Event | None = None, most: int | None = None) -> Any:
    """``collector`` that gives up as soon as ``stop`` is set (:class:`SearchStopped`), or
    past ``most`` matches (:class:`Enough`; its results hold the best of those), checked at
    every match as Whoosh's own time-limited collector checks its clock."""
    from whoosh.collectors import WrappingCollector

    class Bounded(WrappingCollector):  # type: ignore[misc]
        seen = 0

        def collect(self, sub_docnum: int) -> Any:
            if stop is not None and stop.is_set():
                raise SearchStopped
            self.seen += 1
            if most is not None and self.seen > most:
                raise Enough
            return self.child.collect(sub_docnum)

    return Bounded(collector)
