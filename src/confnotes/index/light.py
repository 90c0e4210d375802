"""A search answered without importing Whoosh, when the index is in step with the files.

Most cold ``confnotes search`` runs look for a few words in a notebook nothing has
changed in since the last search. For those, importing Whoosh (its modules and
what they import: ~80 ms, two to three times what ``grep`` needs to read every note
of a 5,000-talk notebook) is most of the command's time. This module answers them
from the index's files directly (:mod:`confnotes.index.whoosh_files`), with the
query compiled as for Whoosh (:mod:`confnotes.index.query`, through
:mod:`confnotes.index.plan`), ranked by the same code and arithmetic as the app's
searches (:func:`confnotes.index.fastpath.rank`, BM25F with Whoosh's statistics), and
shown with the same snippets: the same hits, in the same order, with the same
scores (``tests/unit/test_index_light.py`` compares them on many queries).

It answers only when that is certain, and returns None otherwise, for the caller
to search through Whoosh: the files changed since the index was brought in step
(the scan's digest is not the saved one), the query is not a plain AND of words,
ORs of words and phrases (NOT, date ranges, a word no note holds), the page is
not full and a word may be a typo (corrections need the vocabulary), or anything
in the index is not as expected.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from confnotes import layout
from confnotes.index import fastpath, plan
from confnotes.index.analysis import decode_positions, starts_cjk, words
from confnotes.index.base import SearchResults
from confnotes.index.query import (
    FIELD_MAP,
    STEMMED,
    TEXT,
    Node,
    compile_query,
    max_typos,
    parse_lenient,
    plain_words,
    stem_word,
)
from confnotes.index.snippets import hit_from_stored
from confnotes.index.stamps import read_signature
from confnotes.index.whoosh_files import Index, Segment, Unreadable

if TYPE_CHECKING:
    from confnotes.scan_ahead import ScanAhead

SCORED = frozenset(
    {"title", "conf", "speakers", "aliases", "affiliation", "session", "room", "tag"}
    | {"mentions", "text"}
)
"""The fields ranked by BM25F: the schema's word fields (``scorable``). A match in any
other field (ids, kinds, links, URLs) adds its weight, as Whoosh's ``WeightScorer``
does; ``tests/unit/test_index_light.py`` checks this against the schema."""
VALUE_SIZES: dict[str, int | None] = {
    "date": 4,
    "link": 4,
    "speaker_ids": 4,
    "url": 4,
    "conference": 0,
    "doctype": 0,
    "id": 0,
    "key": 0,
    "kind": 0,
    "spell": 0,
}
"""Each indexed field's posting value size as its format says (``fixed_value_size``):
0 for none, 4 for a frequency, absent (None) for positions."""
B = 0.75
K1 = 1.2
"""BM25F's parameters (Whoosh's defaults, which the index's searches use)."""
CORRECTED_ABOVE = 2
"""A word held by at most this many documents may be a typo (see
``WhooshIndex._correct_word``): such a search needs the vocabulary, so Whoosh."""


def search(
    root: Path,
    query: str,
    limit: int,
    kinds: tuple[str, ...] = (),
    ahead: ScanAhead | None = None,
) -> SearchResults | None:
    """The results of ``query`` over ``root``'s index, or None when Whoosh must answer."""
    folder = _index_folder(root)
    if folder is None or not _in_step(root, folder, ahead):
        return None
    node, problem = parse_lenient(query)
    if node is None:
        return None  # Whoosh's side says why, as it always did
    try:
        with Index(folder) as index:
            results = _search(index, node, limit, kinds)
    except Unreadable:
        return None
    except Exception:  # a damaged file read as garbage: Whoosh's side moves it
        return None  # aside and rebuilds, and says so (the tests check this path answers)
    if results is not None and problem:
        results.notice = f"{problem}; searched for the words instead"
    return results


def _index_folder(root: Path) -> Path | None:
    derived = root / layout.DERIVED_DIR
    if derived.is_symlink():
        return None  # the notebook moves it aside first (Notebook.ensure_derived_dir)
    folder = derived / layout.INDEX_DIR
    return folder if folder.is_dir() else None


def _in_step(root: Path, folder: Path, ahead: ScanAhead | None) -> bool:
    """True when the notebook's files are those the index was saved for (the same
    digest of names, sizes and times)."""
    saved = read_signature(folder)
    if saved is None:
        return False
    answer = ahead.result() if ahead is not None else None
    if answer is not None:
        return answer.digest == saved[0]
    return layout.digest(layout.scan(root).files()) == saved[0]


def _search(index: Index, node: Node, limit: int, kinds: tuple[str, ...]) -> SearchResults | None:
    limit = max(1, limit)
    compiled = compile_query(node, index, plan)
    q = fastpath.with_kinds(fastpath.without_nulls(compiled.query, plan), kinds, plan)
    terms = fastpath.required_terms(q, plan)
    if terms is None:
        return None
    clauses, phrases = terms
    segments = [
        _Segment(index, seg, offset)
        for seg, offset in zip(index.segments, index.offsets[:-1], strict=True)
    ]
    ranked = fastpath.rank(segments, clauses, phrases, limit)
    if ranked is None:
        return None
    top, total = ranked
    hits = [
        hit_from_stored(index.stored_fields(docnum), abs(float(score)), compiled.highlights)
        for score, docnum in top[:limit]
    ]
    hits.sort(key=lambda h: (-round(h.score, 9), -h.ts))
    if len(hits) < limit and _may_correct(index, node):
        return None
    return SearchResults(hits=hits, total=total)


def _may_correct(index: Index, node: Node) -> bool:
    """True when a typed word could be corrected (a page not full of hits then gets
    typo-corrected ones): one of 5 letters or more that few notes hold."""
    for item in plain_words(node):
        name = TEXT if item.field is None else FIELD_MAP.get(item.field, item.field)
        for tok in words(item.text):
            if not max_typos(tok) or starts_cjk(tok):
                continue
            form = stem_word(tok) if name in STEMMED else tok
            if index.doc_frequency(name, form) <= CORRECTED_ABOVE:
                return True
    return False


class _Segment:
    """One segment as :func:`confnotes.index.fastpath.rank` reads it."""

    def __init__(self, index: Index, seg: Segment, offset: int):
        self.index = index
        self.seg = seg
        self.offset = offset

    def postings(self, fieldname: str, text: str, values: bool) -> tuple[Any, Any, Any]:
        return self.seg.postings(fieldname, text, values, VALUE_SIZES.get(fieldname))

    def scorer(self, fieldname: str, text: str) -> Callable[[int, float], float] | None:
        """Whoosh's ``BM25FScorer`` (or ``WeightScorer`` for fields not scored), the same
        arithmetic in the same order."""
        if fieldname not in SCORED:
            return lambda _d, w: w
        index = self.index
        dc = index.doc_count_all
        idf = math.log(dc / (index.doc_frequency(fieldname, text) + 1)) + 1
        avgfl = index.field_length(fieldname) / (dc or 1) or 1
        lengths = self.seg.lengths(fieldname)

        def score(d: int, tf: float) -> float:
            return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * lengths[d] / avgfl)))

        return score

    def times(self) -> list[int]:
        return self.seg.times()

    def positions(self, fieldname: str, raw: Any) -> Iterable[int]:
        return decode_positions(raw)
