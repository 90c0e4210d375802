"""The private parts of Whoosh the index reads, listed in one place and checked on demand.

The fast paths (:mod:`confnotes.index.fastpath`, :mod:`confnotes.index.scoring`)
read posting blocks, column bytes and per-segment readers directly: a term query
costs a third of what Whoosh's public API does. The full build
(:mod:`confnotes.index.bulk`) writes a segment through the codec's writers itself.
Those names are not Whoosh's promise, so ``pyproject.toml`` pins ``whoosh-reloaded``
to the versions tested with them, ``tests/unit/test_third_party_internals.py`` fails
naming any one that is gone, and when the index fails with an ``AttributeError`` or ``ImportError``
:func:`missing` tells an upgrade (a clear error naming the attribute) from a
damaged index (moved aside and rebuilt).
"""

from __future__ import annotations

import functools
import importlib
from dataclasses import dataclass
from typing import Any

from confnotes.errors import ConfnotesError

TESTED = ">=2.7.5,<2.8"
"""The ``whoosh-reloaded`` versions these internals were checked with (as in pyproject)."""


@dataclass(frozen=True)
class Internal:
    """One private name: on what it is read, and where confnotes reads it."""

    owner: str
    """A module path, or a key of :func:`_live_objects` (an object of a real index)."""
    name: str
    used_by: str

    def __str__(self) -> str:
        return f"{self.owner}.{self.name}"


INTERNALS: tuple[Internal, ...] = (
    Internal("whoosh.codec.whoosh3", "W3LeafMatcher", "fastpath._postings"),
    Internal("whoosh.codec.whoosh3", "_lenfield", "scoring._perdoc_lengths"),
    Internal("whoosh.codec.whoosh3", "LENGTHS_COLUMN", "scoring._perdoc_lengths"),
    Internal("leaf_matcher", "_read_ids", "fastpath._postings"),
    Internal("leaf_matcher", "_read_weights", "fastpath._postings"),
    Internal("leaf_matcher", "_read_values", "fastpath._postings"),
    Internal("leaf_matcher", "_next_block", "fastpath._postings"),
    Internal("leaf_matcher", "_ids", "fastpath._postings"),
    Internal("leaf_matcher", "_weights", "fastpath._postings"),
    Internal("leaf_matcher", "_values", "fastpath._postings"),
    Internal("filter_matcher", "_ids", "fastpath._postings (deleted documents)"),
    Internal("bm25f_scorer", "_score", "fastpath._scores"),
    Internal("segment_reader", "_segment", "scoring._segment_id"),
    Internal("segment_reader", "_perdoc", "scoring.field_lengths, segment_times"),
    Internal("per_doc_reader", "_cached_reader", "scoring._perdoc_lengths"),
    Internal("column_reader", "_fixedlen", "scoring._column_bytes"),
    Internal("column_reader", "_count", "scoring._column_bytes"),
    Internal("column_reader", "_dbfile", "scoring._column_bytes"),
    Internal("column_reader", "_basepos", "scoring._column_bytes"),
    Internal("column_reader", "_typecode", "scoring.segment_times"),
    Internal("column_reader", "_default", "scoring.segment_times"),
    Internal("whoosh.codec.whoosh3", "WHOOSH3_HEADER_MAGIC", "bulk._write_postings"),
    Internal("whoosh.codec.whoosh3", "W3Codec", "bulk._supported"),
    Internal("whoosh.codec.whoosh3", "W3TermInfo", "bulk._write_postings"),
    Internal("term_info_class", "_struct", "bulk._write_postings (the term table's rows)"),
    Internal("codec", "_blocklimit", "bulk._Share (postings per block)"),
    Internal("codec", "_compression", "bulk._Share (zlib level of a block)"),
    Internal("codec", "_inlinelimit", "bulk._supported"),
    Internal("segment_writer", "perdocwriter", "bulk.build (stored fields, lengths)"),
    Internal("per_doc_writer", "_colwriters", "bulk._stored_bytes_writer"),
    Internal("stored_column_writer", "_child", "bulk._stored_bytes_writer"),
    Internal("segment_writer", "fieldwriter", "bulk._write_postings"),
    Internal("segment_writer", "docnum", "bulk.build (the segment's document count)"),
    Internal("segment_writer", "segments", "bulk._supported"),
    Internal("segment_writer", "_added", "bulk.build"),
    Internal("segment_writer", "_flush_segment", "bulk.build (replaced: no posting pool)"),
    Internal("field_writer", "_postfile", "bulk._write_postings"),
    Internal("field_writer", "_tindex", "bulk._write_postings"),
    Internal("whoosh.filedb.filetables", "_lengths", "bulk._write_postings (term table rows)"),
    Internal("term_table_writer", "dbfile", "bulk._write_postings"),
    Internal("term_table_writer", "hashfn", "bulk._write_postings"),
    Internal("term_table_writer", "buckets", "bulk._write_postings"),
    Internal("term_table_writer", "index", "bulk._write_postings"),
    Internal("term_table_writer", "lastkey", "bulk._write_postings"),
    Internal("field_writer", "_fieldid", "bulk._write_postings"),
    Internal("term_table_writer", "_write_hashes", "bulk._write_hash_tables (replaced)"),
    Internal("term_table_writer", "directory", "bulk._write_hash_tables"),
    Internal("whoosh.filedb.filetables", "_pointer", "bulk._write_hash_tables"),
    # Read from the files by whoosh_files (its format constants, and the attributes of the
    # segments the table of contents pickles); test_index_light.py compares each read.
    Internal("whoosh.index", "_CURRENT_TOC_VERSION", "whoosh_files.TOC_VERSION"),
    Internal("whoosh.util.numeric", "_length_byte_cache", "whoosh_files._BYTE_TO_LENGTH"),
    Internal("whoosh.filedb.filetables", "md5_hash", "whoosh_files._md5_hash"),
    Internal("segment", "segid", "whoosh_files.Segment"),
    Internal("segment", "indexname", "whoosh_files.Segment"),
    Internal("segment", "_doccount", "whoosh_files.Segment"),
    Internal("segment", "_deleted", "whoosh_files.Segment"),
    Internal("segment", "_fieldlengths", "whoosh_files.Segment"),
    Internal("segment", "compound", "whoosh_files.Segment"),
    Internal("segment", "_codec", "whoosh_files.Segment"),
)
"""Every private Whoosh name read by ``confnotes.index``."""


def _live_objects() -> dict[str, Any]:
    """Objects of a tiny in-memory index, of the classes the index reads privately."""
    from whoosh.fields import ID, NUMERIC, TEXT, Schema
    from whoosh.filedb.filestore import RamStorage
    from whoosh.matching.wrappers import FilterMatcher
    from whoosh.scoring import BM25F

    schema = Schema(key=ID(unique=True), text=TEXT(), ts=NUMERIC(bits=64, sortable=True))
    ix = RamStorage().create_index(schema)
    writer = ix.writer()
    writer.add_document(key="a", text="alpha beta", ts=1)
    writer.add_document(key="b", text="alpha", ts=2)
    writer.commit()
    writer = ix.writer()
    writer.delete_by_term("key", "b")
    writer.commit()
    searcher = ix.searcher(weighting=BM25F())
    reader = searcher.reader()
    leaf = reader.leaf_readers()[0][0] if hasattr(reader, "leaf_readers") else reader
    objects: dict[str, Any] = {"segment_reader": leaf, "segment": leaf.segment()}
    postings = leaf.postings("text", "alpha")
    if isinstance(postings, FilterMatcher):
        objects["filter_matcher"] = postings
        postings = postings.child
    objects["leaf_matcher"] = postings
    objects["bm25f_scorer"] = searcher.weighting.scorer(searcher, "text", "alpha")
    perdoc = getattr(leaf, "_perdoc", None)
    if perdoc is not None:
        objects["per_doc_reader"] = perdoc
        objects["column_reader"] = perdoc.column_reader("ts", schema["ts"].column_type)
    from whoosh.codec.whoosh3 import W3TermInfo

    objects["term_info_class"] = W3TermInfo
    writer = ix.writer()
    objects["segment_writer"] = writer
    objects["field_writer"] = writer.fieldwriter
    objects["per_doc_writer"] = writer.perdocwriter
    objects["stored_column_writer"] = getattr(writer.perdocwriter, "_colwriters", {}).get("_stored")
    objects["term_table_writer"] = getattr(writer.fieldwriter, "_tindex", None)
    objects["codec"] = writer.codec
    writer.cancel()
    return objects


@functools.cache
def missing() -> tuple[str, ...]:
    """The private names this Whoosh lacks, each as ``owner.name (used by ...)``; () if none."""
    gone: list[str] = []
    try:
        live = _live_objects()
    except Exception as exc:  # the probe itself relies on what may have moved
        return (f"a working Whoosh index in memory ({type(exc).__name__}: {exc})",)
    for item in INTERNALS:
        if item.owner.startswith("whoosh."):
            try:
                module = importlib.import_module(item.owner)
            except ImportError:
                gone.append(f"{item} (used by {item.used_by})")
                continue
            target: Any = module
        else:
            target = live.get(item.owner)
        if target is None or not hasattr(target, item.name):
            gone.append(f"{item} (used by {item.used_by})")
    return tuple(gone)


def whoosh_version() -> str:
    """The installed Whoosh's version, for messages."""
    try:
        from importlib.metadata import version

        return version("whoosh-reloaded")
    except Exception:
        return "unknown"


class UnsupportedWhoosh(ConfnotesError):
    """The installed Whoosh lacks internals the index reads: an upgrade, not a damaged index."""


def check_after(exc: BaseException) -> None:
    """Raise :class:`UnsupportedWhoosh` when ``exc`` comes from a Whoosh without our internals.

    Called before an index that failed is moved aside: rebuilding would not help,
    and every search would fail again after it.

    Raises:
        UnsupportedWhoosh: a private name listed in :data:`INTERNALS` is gone.
    """
    if not isinstance(exc, (AttributeError, ImportError, NameError, TypeError)):
        return
    gone = missing()
    if gone:
        raise UnsupportedWhoosh(
            f"whoosh-reloaded {whoosh_version()} lacks {', '.join(gone)}; confnotes "
            f"needs whoosh-reloaded{TESTED} (pip install 'whoosh-reloaded{TESTED}')"
        ) from exc
