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

When a few talk notes changed since the index was brought in step, they are read
and searched beside it (:mod:`confnotes.index.overlay`), and the results say that the
index needs an update (:attr:`SearchResults.stale`), which the command leaves to a
process of its own once the results are out.

It answers only when that is certain, and returns None otherwise, for the caller
to search through Whoosh: more or other files changed (a person's page, a
conference file), the query is not a plain AND of words, ORs of words and phrases
(NOT, date ranges, a word no note holds), the page is not full and a word may be a
typo (corrections need the vocabulary), or anything in the index is not as expected.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from confnotes.index import fastpath, plan
from confnotes.index.analysis import decode_positions, words
from confnotes.index.base import SearchResults
from confnotes.index.fields import K1, SCORED, VALUE_SIZES, B
from confnotes.index.query import (
    CORRECTED_AT_MOST,
    Node,
    compile_query,
    parse_lenient,
    plain_words,
    typo_form,
    word_field,
)
from confnotes.index.snippets import hit_from_stored
from confnotes.index.stamps import (
    ManifestRead,
    diff,
    manifest_entries,
    manifest_stamp,
    read_manifest,
    read_signature,
)
from confnotes.index.whoosh_files import Index, Segment, Unreadable
from confnotes.notebook import layout

if TYPE_CHECKING:
    from confnotes.index.overlay import Overlay
    from confnotes.index.scan_ahead import ScanAhead, Scanned

Scorer = Callable[[int, float], float]


class Changes:
    """Files whose stamps differ from the index's manifest (to re-read), files gone, and
    the manifest they were compared with."""

    def __init__(self, todo: list[str], removed: list[str], manifest: ManifestRead):
        self.todo = todo
        self.removed = removed
        self.manifest = manifest
        self.read_ahead: tuple[list[str], Overlay] | None = None
        """Notes read while the scan went on (the ones a child named), and their overlay."""


def search(
    root: Path,
    query: str,
    limit: int,
    kinds: tuple[str, ...] = (),
    ahead: ScanAhead | None = None,
) -> SearchResults | None:
    """The results of ``query`` over ``root``'s index (and the notes changed since it was
    brought in step), or None when Whoosh must answer."""
    folder = _index_folder(root)
    if folder is None:
        return None
    saved = read_signature(folder)
    if saved is None:
        return None
    node, problem = parse_lenient(query)
    if node is None:
        return None  # Whoosh's side says why, as it always did
    changes = _changes(root, folder, ahead, saved)
    if changes is None:
        return None
    try:
        with Index(folder) as index:
            results = _answer(root, index, changes, node, limit, kinds)
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


def _changes(
    root: Path, folder: Path, ahead: ScanAhead | None, saved: tuple[str, tuple[int, ...]]
) -> Changes | None:
    """What changed since the index was brought in step: nothing (empty :class:`Changes`)
    when the files are those it was saved for (the same digest of names, sizes and
    times); None when too much changed, or the manifest cannot tell."""
    digest, stamp = saved
    files = None
    if ahead is not None:
        named = ahead.changed_early()
        read_ahead = _read_ahead(root, folder, named) if named is not None else None
        answer = ahead.result()
        if answer is not None:
            if answer.digest == digest:
                return _NONE
            explained = _explained(folder, answer, saved)
            if explained is not None:
                explained.read_ahead = read_ahead
                return explained
            files = answer.files()
    if files is None:
        files = layout.scan(root).files()
        if layout.digest(files) == digest:
            return _NONE
    manifest = read_manifest(folder)
    if manifest is None or manifest.other_version or manifest.stamp != stamp:
        return None  # another process is updating the index: Whoosh's side waits for it
    from confnotes.index.overlay import MAX_CHANGED

    todo, removed = diff(files, manifest.files)
    if len(todo) + len(removed) > MAX_CHANGED:
        return None
    return Changes(todo, removed, manifest)


def _read_ahead(
    root: Path, folder: Path, named: tuple[str, ...]
) -> tuple[list[str], Overlay] | None:
    """While the children finish their scan, once one has said notes changed since the
    index's last sync: import what reading notes takes (~30 ms: documents, YAML, links)
    and read those it named (their overlay is used when they are all that changed)."""
    import confnotes.knowledge.wikilinks
    import confnotes.notebook.yaml_dialect  # noqa: F401
    from confnotes.index.overlay import MAX_CHANGED, read_changes

    if not named or len(named) > MAX_CHANGED:
        return None
    todo = sorted(named)
    try:
        entries = manifest_entries(folder, todo)
        if entries is None:
            return None
        known = {rel: entry for rel, entry in entries.items() if entry is not None}
        overlay = read_changes(root, todo, [], known)
    except Exception:  # read again after the scan, the usual way, which says what failed
        return None
    return (todo, overlay) if overlay is not None else None


_NONE = Changes([], [], ManifestRead({}, (), 0))
"""Nothing changed."""


def _explained(folder: Path, answer: Scanned, saved: tuple[str, tuple[int, ...]]) -> Changes | None:
    """The changes when the files modified after the index's last sync are all there is
    to it (a note or two edited by hand, one written anew), found without reading the
    whole manifest (~10 MB of JSON at 50,000 talks) or comparing every file: the scan
    with those files put back as the manifest holds them (or left out, when new) must
    be the very scan the index was saved for (its digest). None when it is not: a file
    was deleted, or copied with its old time; the whole manifest then tells."""
    from confnotes.index.overlay import MAX_CHANGED

    newer = list(answer.newer)
    if not newer or len(newer) > MAX_CHANGED:
        return None
    entries = manifest_entries(folder, newer)
    if entries is None or manifest_stamp(folder) != saved[1]:
        return None
    paths = b"\n" + answer.paths + b"\n"
    stats = bytearray(answer.stats)
    for rel in newer:
        name = b"\n" + rel.encode("utf-8", "surrogateescape") + b"\n"
        at = paths.find(name)
        if at < 0:
            return None
        i = paths.count(b"\n", 0, at)
        entry = entries[rel]
        if entry is None:  # new since: out of the scan the index was saved for
            paths = paths[:at] + paths[at + len(name) - 1 :]
            del stats[16 * i : 16 * i + 16]
        else:
            stats[16 * i : 16 * i + 16] = array("q", entry[:2]).tobytes()
    if layout.digest_packed(paths[1:-1], bytes(stats)) != saved[0]:
        return None
    known = {rel: entry for rel, entry in entries.items() if entry is not None}
    return Changes(sorted(newer), [], ManifestRead(known, saved[1], 0))


def _answer(
    root: Path,
    index: Index,
    changes: Changes,
    node: Node,
    limit: int,
    kinds: tuple[str, ...],
) -> SearchResults | None:
    """Search the index, with the changed notes beside it when there are any."""
    segments: list[Any] = [
        _Segment(index, seg, offset)
        for seg, offset in zip(index.segments, index.offsets[:-1], strict=True)
    ]
    stats: Any = index
    stale = bool(changes.todo or changes.removed)
    if stale:
        from confnotes.index.overlay import FIELDS, Overlaid, OverlaySegment, read_changes

        ahead = changes.read_ahead
        if ahead is not None and ahead[0] == changes.todo and not changes.removed:
            overlay: Overlay | None = ahead[1]
        else:
            overlay = read_changes(root, changes.todo, changes.removed, changes.manifest.files)
        if overlay is None:
            return None
        if overlay.hidden:
            stats = Overlaid(index, overlay)
            _hide(index, overlay)
            for seg in segments:
                seg.stats = stats
            segments.append(OverlaySegment(stats, lambda f, t, length: _bm25(stats, f, t, length)))
            fields: Any = FIELDS
        else:
            fields = None  # touched, not changed: the index as it is answers
    else:
        fields = None
    results = _search(stats, segments, node, limit, kinds, fields)
    if results is not None:
        results.stale = stale
    return results


def _hide(index: Index, overlay: Overlay) -> None:
    """Hide the index's copies of the changed and removed notes (as their update deletes
    them: still counted in the statistics, never matched)."""
    for seg in index.segments:
        found: set[int] = set()
        for key in overlay.hidden:
            found.update(seg.postings("key", key, False, VALUE_SIZES["key"])[0])
        if found:
            seg.deleted = seg.deleted | found


def _search(
    stats: Any,
    segments: list[Any],
    node: Node,
    limit: int,
    kinds: tuple[str, ...],
    fields: Any = None,
) -> SearchResults | None:
    """Rank and show; None when the query is not one this module answers (``fields``:
    the only fields it may search, when changed notes are searched beside the index)."""
    limit = max(1, limit)
    compiled = compile_query(node, stats, plan)
    q = fastpath.with_kinds(fastpath.without_nulls(compiled.query, plan), kinds, plan)
    terms = fastpath.required_terms(q, plan)
    if terms is None:
        return None
    clauses, phrases = terms
    if fields is not None and any(f not in fields for clause in clauses for f, _w in clause):
        return None
    ranked = fastpath.rank(segments, clauses, phrases, limit)
    if ranked is None:
        return None
    top, total = ranked
    hits = [
        hit_from_stored(stats.stored_fields(docnum), abs(float(score)), compiled.highlights)
        for score, docnum in top[:limit]
    ]
    hits.sort(key=lambda h: (-round(h.score, 9), -h.ts))
    if len(hits) < limit and _may_correct(stats, node):
        return None
    return SearchResults(hits=hits, total=total)


def _may_correct(stats: Any, node: Node) -> bool:
    """True when a typed word could be corrected (a page not full of hits then gets
    typo-corrected ones, which need the vocabulary: Whoosh's side finds them), by the
    rule of ``WhooshIndex._correct_word``: one that may hold a typo and few notes hold."""
    for item in plain_words(node):
        name = word_field(item)
        for tok in words(item.text):
            form = typo_form(tok, name)
            if form is not None and stats.doc_frequency(name, form) <= CORRECTED_AT_MOST:
                return True
    return False


def _bm25(stats: Any, fieldname: str, text: str, length: Callable[[int], int]) -> Scorer:
    """Whoosh's ``BM25FScorer`` (or ``WeightScorer`` for fields not scored): the same
    arithmetic in the same order, with the statistics of the whole index."""
    if fieldname not in SCORED:
        return lambda _d, w: w
    dc = stats.doc_count_all
    idf = math.log(dc / (stats.doc_frequency(fieldname, text) + 1)) + 1
    avgfl = stats.field_length(fieldname) / (dc or 1) or 1

    def score(d: int, tf: float) -> float:
        return idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * length(d) / avgfl)))

    return score


class _Segment:
    """One segment of the index as :func:`confnotes.index.fastpath.rank` reads it."""

    def __init__(self, index: Index, seg: Segment, offset: int):
        self.stats: Any = index
        self.seg = seg
        self.offset = offset

    def postings(self, fieldname: str, text: str, values: bool) -> tuple[Any, Any, Any]:
        return self.seg.postings(fieldname, text, values, VALUE_SIZES.get(fieldname))

    def scorer(self, fieldname: str, text: str) -> Scorer | None:
        lengths = self.seg.lengths(fieldname) if fieldname in SCORED else []
        return _bm25(self.stats, fieldname, text, lengths.__getitem__)

    def times(self) -> list[int]:
        return self.seg.times()

    def positions(self, fieldname: str, raw: Any) -> Iterable[int]:
        return decode_positions(raw)
