"""A full index build in one pass per document, on two processes.

Whoosh's writer handles every posting several times: it pickles each one into
a sorting pool, sorts the pool on disk, unpickles it, then feeds it through the
codec's block writer one call at a time (three quarters of a build). A full
build knows all its documents up front, so this builder does what the writer
does with far less per posting:

- each process takes a contiguous share of the files (and so of the document
  numbers), parses them, analyses every field once and keeps each term's
  postings in memory only until a block of the codec's size is full; the block
  is then encoded as Whoosh's ``W3PostingsWriter`` encodes it (left uncompressed
  when small, see :data:`MIN_COMPRESSED`) and appended to the share's part file,
  so the postings held in memory stay bounded at any size;
- the parent writes the per-document data (stored fields, field lengths,
  columns) through the codec's own per-document writer, then walks every term
  in order and copies each share's blocks into the segment's postings file,
  with the term's statistics combined, through the codec's field writer;
- the segment, its table of contents and the compound file are made by
  Whoosh's ``SegmentWriter`` (only its posting pool is bypassed).

The result is the index Whoosh's writer makes from the same documents: the same
terms, postings, weights, positions, field lengths and stored fields
(``tests/unit/test_index_bulk.py`` compares them posting by posting). Only the
bytes differ: a block ends where one share's postings of a term end, small
blocks are not compressed and blocks are pickled with protocol 3; readers see none
of it. Small commits keep using Whoosh's writer. Front matter is taken from the
notebook's parse cache when a file's bytes are the ones it parsed.

The second share runs in a child process (``fork`` when this process has no
other thread, else ``spawn``); when it cannot start, everything runs here. The
child dies with its parent (``PR_SET_PDEATHSIG`` on Linux, and it watches its
parent's pid), and the parent terminates it on cancel or error.
"""

from __future__ import annotations

import contextlib
import gc
import mmap
import os
import pickle
import signal
import sys
import tempfile
import threading
import time
import traceback
import zlib
from array import array
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from confnotes.collector import collector_paused
from confnotes.index.analysis import analysed, one_position
from confnotes.index.base import Progress
from confnotes.index.documents import (
    TALK,
    FileStat,
    KnownFronts,
    Resolver,
    document_of,
    kind_of,
    parse_file,
    read_bytes,
)
from confnotes.index.query import stem_word
from confnotes.index.whoosh_fields import FoldedPositions, SpellingWords, stems_of

MIN_PARALLEL_FILES = 400
"""Below this many files one process is quicker than starting a second."""
CHILD_SHARE = 0.53
"""The child's share of the bytes to index: a little over half, as the parent also writes
its own share's stored fields while both run (measured at 5,000 talks: at 0.5 the parent
finished 0.7 s after the child, at 0.57 the child 1.1 s after the parent)."""
MIN_COMPRESSED = 1024
"""Blocks whose pickle is shorter are stored uncompressed (each block says whether it is
compressed, and readers follow it): zlib gains little on a few hundred bytes, while most
terms have a single short block (the index is ~13% larger)."""
BLOCK_PICKLE = 3
"""Blocks are pickled with protocol 3: the bytes of positions are one opcode each there,
while Whoosh's protocol 2 pickles each through a ``_codecs.encode`` call (3× the time to
write, and to read back). The reader unpickles any protocol."""
MEMO_VALUES = 4096
"""Short values remembered per field (see ``_Share._memo``)."""
DOC_CHUNK = 256
"""Documents per pickled batch of per-document data sent from the child."""

Manifest = dict[str, list[Any]]
Posting = Any
"""A posting waiting for its block is three items of its term's buffer: document, weight,
value (encoded positions)."""
Columns = tuple[list[Any], list[float], list[Any], int]
"""A field value's postings: its terms, their weights and values, and the field's length."""
Row = tuple[bytes, tuple[Any, ...], tuple[int, ...]]
"""One term of a share: its bytes, statistics (weight, document frequency, shortest and
longest field length, highest weight, first and last document) and its blocks in the
share's part file (offset, size, offset, size...)."""
Piece = tuple[int, tuple[Any, ...], tuple[int, ...]]
"""A term's statistics and blocks in one share (the share's number first)."""


class BuildFailed(Exception):
    """The child process failed (the message is its error), or the schema needs Whoosh's
    own writer."""


@dataclass
class Built:
    """What a build produced: the manifest of the files read and the documents written."""

    manifest: Manifest = field(default_factory=dict)
    documents: int = 0
    cancelled: bool = False


# ------------------------------------------------------------------ documents


def build_order(files: dict[str, FileStat]) -> list[str]:
    """People and conferences first (talks show their names), then talks, by path."""
    return sorted(files, key=lambda r: (kind_of(r) == TALK, r))


# ------------------------------------------------------------------ one share


class _Share:
    """One share's postings, encoded block by block into a part file, and its manifest."""

    def __init__(self, schema: Any, codec: Any, docbase: int, part: Path):
        self.schema = schema
        self.docbase = docbase
        self.docnum = docbase
        self.block = int(codec._blocklimit)
        self.level = int(codec._compression)
        self.part_path = part
        self.part = part.open("wb")
        self.offset = 0
        self._f32: dict[float, float] = {}
        self.terms: dict[str, defaultdict[Any, list[Posting]]] = {}
        """field → term → its postings not yet in a block, three items each (see
        :data:`Posting`)."""
        self.written: dict[str, dict[Any, list[Any]]] = {}
        """field → term → its statistics and blocks so far, once it has a block (see
        :meth:`_flush`)."""
        self.lengths: dict[str, array[int]] = {}
        """Effective field length (as the codec reads it back) of each document, by field."""
        self.manifest: Manifest = {}
        self._fields: dict[str, tuple[Any, str, bool, bool, Any]] = {}
        self._stems: dict[str, Any] = {}
        self._memo: dict[str, dict[str, Columns]] = {name: {} for name in schema.names()}
        """Each field's postings of its short values, by value (they repeat from document
        to document: conference, room, session, kind, speakers, a slot's start time)."""
        from whoosh.util.numeric import byte_to_length, length_to_byte

        self._to_byte = length_to_byte
        self._bytes: dict[int | None, int] = {}
        self._eff = [0] + [byte_to_length(b) for b in range(1, 256)]
        for name in schema.names():
            fobj = schema[name]
            fmt = fobj.format
            kind = "plain"
            if isinstance(fmt, FoldedPositions) and stems_of(fobj.analyzer) is not None:
                kind = "positions"
                self._stems[name] = stems_of(fobj.analyzer)
            elif isinstance(fmt, SpellingWords):
                kind = "spelling"
            fixed = fmt.fixed_value_size() if fobj.indexed else None
            self._fields[name] = (fobj, kind, bool(fobj.indexed), bool(fobj.scorable), fixed)

    def _byte_of(self, length: int | None) -> int:
        """``length_to_byte``, remembered (a block's shortest and longest field)."""
        found = self._bytes.get(length)
        if found is None:
            found = self._bytes[length] = self._to_byte(length)
        return found

    def effective_length(self, length: int) -> int:
        """A field length as the codec's length column gives it back (one byte, log scale)."""
        if not length:
            return 0
        return self._eff[self._to_byte(length)]

    def _columns(self, name: str, value: Any) -> Columns:
        """A field value's terms, with their weights and values, and the field's length."""
        fobj, kind, _indexed, _scorable, _fixed = self._fields[name]
        if kind == "positions" and isinstance(value, str):
            return _positions_columns(value, self._stems[name], fobj.format)
        if kind == "spelling" and isinstance(value, str):
            return _spelling_columns(value, fobj.format.field_boost)
        items = list(fobj.index(value))
        if not items:
            return [], [], [], 0
        keys, freqs, weights, values = zip(*items, strict=True)
        return list(keys), list(weights), list(values), sum(freqs)

    def add(self, doc: dict[str, Any]) -> list[tuple[str, Any, int, Any]]:
        """Index one document's fields; its per-document record (field, stored value,
        length, column value), for the codec's per-document writer.

        A document's postings go to their terms' buffers with C-level ``map`` and ``zip``
        (no Python step per posting); a buffer that reaches the codec's block size is
        written out as a block."""
        docnum = self.docnum
        local = docnum - self.docbase
        record: list[tuple[str, Any, int, Any]] = []
        limit = 3 * self.block
        for name in sorted(n for n in doc if not n.startswith("_")):
            value = doc[name]
            if value is None:
                continue
            spec = self._fields.get(name)
            if spec is None:
                raise ValueError(f"No field named {name!r} in the schema")
            fobj, _kind, indexed, scorable, _fixed = spec
            length = 0
            if indexed:
                short = type(value) is int or (isinstance(value, str) and len(value) < 400)
                memo = self._memo[name] if short else None
                columns = memo.get(value) if memo is not None else None
                if columns is None:
                    columns = self._columns(name, value)
                    if memo is not None and len(memo) < MEMO_VALUES:
                        memo[value] = columns  # the same short value again (a room, a kind)
                keys, weights, values, count = columns
                if scorable:
                    length = count
                entries: list[list[Posting]] = []
                if keys:
                    terms = self.terms.get(name)
                    if terms is None:
                        terms = self.terms[name] = defaultdict(list)
                    entries = list(map(terms.__getitem__, keys))
                    # flat (document, weight, value, ...): zip's tuple is reused, never kept
                    deque(map(list.extend, entries, zip(repeat(docnum), weights, values)), 0)
                if scorable and length:
                    lengths = self.lengths.get(name)
                    if lengths is None:
                        lengths = self.lengths[name] = array("I")
                    if len(lengths) < local:
                        lengths.extend([0] * (local - len(lengths)))
                    lengths.append(self.effective_length(length))
                if entries and max(map(len, entries)) >= limit:
                    # after the length: the block's statistics include it
                    written = self.written.setdefault(name, {})
                    for key, entry in zip(keys, entries, strict=True):
                        if len(entry) >= limit:
                            self._flush(name, key, entry, _fixed, written)
            stored = value if fobj.stored else None
            column = fobj.column_type
            cv = fobj.to_column_value(value) if column else None
            record.append((name, stored, length, cv))
        self.docnum += 1
        return record

    def _flush(
        self,
        name: str,
        key: Any,
        entry: list[Posting],
        fixed: int | None,
        written: dict[Any, list[Any]],
    ) -> None:
        """Encode the term's buffered postings as one codec block, append it to the part
        file, and fold its statistics into the term's (``W3PostingsWriter._write_block``
        and ``W3TermInfo.add_block``, for one whole block). ``fixed`` is the field's value
        size, ``written`` its terms' statistics and blocks so far."""
        if len(entry) == 3 and key not in written:
            self._flush_one(name, key, entry, fixed, written)
            return
        ids, weights, values = entry[::3], entry[1::3], entry[2::3]
        floats = array("f", weights)
        maxweight = max(0, max(weights))
        minlength: int | None = None
        maxlength = 0
        table = self.lengths.get(name)
        if table is not None:
            base, n = self.docbase, len(table)
            if ids[-1] - base < n:
                local = map(int.__sub__, ids, repeat(base)) if base else ids
                found = list(map(table.__getitem__, local))
            else:
                found = [table[d - base] if d - base < n else 0 for d in ids]
            nonzero = found if 0 not in found else [x for x in found if x]
            if nonzero:
                minlength = min(nonzero)
                maxlength = max(nonzero)
        mini_ids = (ids[0], *map(int.__sub__, ids[1:], ids[:-1]))
        count = len(floats)
        if floats.count(1.0) == count:
            mini_weights: Any = None
        elif floats.count(floats[0]) == count:
            mini_weights = floats[0]
        else:
            mini_weights = tuple(floats)
        kept = values if all(values) else [v for v in values if v]
        if fixed is None or fixed < 0:
            mini_values: Any = tuple(kept)
        elif fixed == 0:
            mini_values = None
        else:
            mini_values = b"".join(kept)
        data = pickle.dumps((mini_ids, mini_weights, mini_values), BLOCK_PICKLE)
        comp = self.level if len(data) >= MIN_COMPRESSED else 0
        if comp:
            data = zlib.compress(data, comp)
        to_byte = self._byte_of
        info = pickle.dumps(
            (len(ids), ids[-1], maxweight, comp, to_byte(minlength), to_byte(maxlength)), 2
        )
        offset = self.offset
        self.part.write(info + data)
        self.offset += len(info) + len(data)
        found_written = written.get(key)
        if found_written is None:
            # [weight, df, minlength, maxlength, maxweight, minid, maxid], then extents
            stats = [sum(floats), len(ids), minlength, maxlength, maxweight, ids[0], ids[-1]]
            written[key] = [stats, [offset, len(info) + len(data)]]
        else:
            stats, extents = found_written
            stats[0] += sum(floats)
            stats[1] += len(ids)
            if stats[2] is None:
                stats[2] = minlength
            elif minlength is not None:
                stats[2] = min(stats[2], minlength)
            stats[3] = max(stats[3], maxlength)
            stats[4] = max(stats[4], maxweight)
            stats[6] = ids[-1]
            extents += (offset, len(info) + len(data))
        entry.clear()

    def _flush_one(
        self,
        name: str,
        key: Any,
        entry: list[Posting],
        fixed: int | None,
        written: dict[Any, list[Any]],
    ) -> None:
        """:meth:`_flush` for a term's only posting (most terms): the same bytes, quicker."""
        docnum, weight, value = entry
        f32 = self._f32.get(weight)
        if f32 is None:
            f32 = self._f32[weight] = array("f", [weight])[0]
        length = 0
        table = self.lengths.get(name)
        if table is not None:
            i = docnum - self.docbase
            length = table[i] if i < len(table) else 0
        if fixed is None or fixed < 0:
            mini_values: Any = (value,) if value else ()
        elif fixed == 0:
            mini_values = None
        else:
            mini_values = value or b""
        data = pickle.dumps(((docnum,), None if f32 == 1.0 else f32, mini_values), BLOCK_PICKLE)
        comp = 0
        if len(data) >= MIN_COMPRESSED and self.level:
            comp = self.level
            data = zlib.compress(data, comp)
        lbyte = self._byte_of(length or None)
        maxweight = max(0, weight)
        info = pickle.dumps((1, docnum, maxweight, comp, lbyte, lbyte), 2)
        size = len(info) + len(data)
        self.part.write(info + data)
        written[key] = [
            [f32, 1, length or None, length, maxweight, docnum, docnum],
            [self.offset, size],
        ]
        self.offset += size
        entry.clear()

    def finish(self) -> dict[str, list[Row]]:
        """Flush every term's last block; the terms of each field, sorted, with their
        statistics and block extents (the postings are in the part file)."""
        table: dict[str, list[Row]] = {}
        for name, terms in self.terms.items():
            if not terms:
                continue  # a field no document had words in is not in the term table
            written = self.written.setdefault(name, {})
            fixed = self._fields[name][4]
            flush, flush_one = self._flush, self._flush_one
            rows = []
            for key in sorted(terms):
                entry = terms[key]
                if len(entry) == 3 and key not in written:
                    flush_one(name, key, entry, fixed, written)  # most terms
                elif entry:
                    flush(name, key, entry, fixed, written)
                stats, extents = written[key]
                tbytes = key.encode("utf-8") if isinstance(key, str) else key
                # flat tuples: the child's table is pickled, and unpickled by the parent
                rows.append((tbytes, tuple(stats), tuple(extents)))
            table[name] = rows
        self.terms = {}
        self.written = {}
        self.part.close()
        return table


def _positions_columns(value: str, stem: Any, fmt: Any) -> Columns:
    """``FoldedPositions.word_values`` of a text, as columns (terms as text: a term is
    encoded once, when the share is finished)."""
    poses, weights, _unlike = analysed(value, stem)
    keys = list(poses)
    fb = fmt.field_boost
    ws = list(map(weights.__getitem__, keys))
    if fb != 1.0:
        ws = [w * fb for w in ws]
    if not keys:
        return keys, ws, [], 0
    count = sum(map(len, poses.values()))
    # positions run from 0, one per word, plus one at each weight marker
    one = _one_positions(count + value.count("\x1e"))
    encode = fmt.encode
    values = [one[p[0]] if len(p) == 1 else encode(p) for p in poses.values()]
    return keys, ws, values, count


_ONE_POSITION: list[bytes] = []


def _one_positions(last: int) -> list[bytes]:
    """The encoding of each single position up to ``last`` (most terms occur once in a
    field), by position."""
    if len(_ONE_POSITION) <= last:
        _ONE_POSITION.extend(map(one_position, range(len(_ONE_POSITION), last + 1)))
    return _ONE_POSITION


def _spelling_columns(value: str, fb: float) -> Columns:
    """``SpellingWords.word_values`` of a text, as columns."""
    keys = list(analysed(value, stem_word)[2])
    return keys, [fb] * len(keys), [b""] * len(keys), len(keys)


def _index_files(
    share: _Share,
    root: Path,
    rels: list[tuple[str, FileStat]],
    on_record: Callable[[list[tuple[str, Any, int, Any]]], None],
    tick: Callable[[int], bool],
) -> bool:
    """Parse and index ``rels`` in order into ``share``; False when ``tick`` said stop."""
    resolver = Resolver(root)
    known = KnownFronts(root)
    for n, (rel, st) in enumerate(rels, 1):
        if not tick(n):
            return False
        data = read_bytes(root / rel)
        if data is None:
            continue
        parsed = parse_file(root, rel, data, resolver, known)
        share.manifest[rel] = [st.size, st.mtime_ns, known.digest]
        doc = document_of(parsed, resolver)
        if doc is not None:
            on_record(share.add(doc))
    tick(len(rels) + 1)
    return True


# ------------------------------------------------------------------ the child


def _die_with_parent(parent: int) -> None:
    """Ask Linux to end this process when its parent dies (Ctrl+C, SIGTERM, kill)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)


def _child_main(
    root: str, rels: list[tuple[str, FileStat]], docbase: int, out: str, counter: Any, parent: int
) -> None:
    """The second share, in a child process: results go to files under ``out``."""
    _die_with_parent(parent)
    gc.disable()  # for good: see collector_paused (this process ends with its share)
    folder = Path(out)
    try:
        from whoosh.codec import default_codec

        from confnotes.index.whoosh_index import make_schema

        schema = make_schema()
        share = _Share(schema, default_codec(), docbase, folder / "part")
        docs = (folder / "docs").open("wb")
        batch: list[Any] = []

        def on_record(record: list[tuple[str, Any, int, Any]]) -> None:
            batch.append(_packed(record))
            if len(batch) >= DOC_CHUNK:
                pickle.dump(batch, docs, pickle.HIGHEST_PROTOCOL)
                batch.clear()

        def tick(n: int) -> bool:
            counter.value = n - 1
            if n % 64 == 0 and os.getppid() != parent:
                os._exit(1)  # the parent is gone: nobody will read this
            return True

        _index_files(share, Path(root), rels, on_record, tick)
        if batch:
            pickle.dump(batch, docs, pickle.HIGHEST_PROTOCOL)
        docs.close()
        table = share.finish()
        result = {"manifest": share.manifest, "docnum": share.docnum, "terms": table}
        with (folder / "result.tmp").open("wb") as handle:
            pickle.dump(result, handle, pickle.HIGHEST_PROTOCOL)
        os.replace(folder / "result.tmp", folder / "result")
    except BaseException:
        (folder / "error").write_text(traceback.format_exc(), encoding="utf-8")
        raise


class _Child:
    """A share indexed by a child process."""

    def __init__(self, root: Path, rels: list[tuple[str, FileStat]], docbase: int, out: Path):
        import multiprocessing

        self.out = out
        self.rels = rels
        self.docbase = docbase
        method = "fork" if threading.active_count() == 1 and _has_fork() else "spawn"
        ctx: Any = multiprocessing.get_context(method)
        self.counter = ctx.RawValue("i", 0)
        self.process = ctx.Process(
            target=_child_main,
            args=(str(root), rels, docbase, str(out), self.counter, os.getpid()),
            daemon=True,
        )
        self.process.start()

    def done(self) -> int:
        return max(0, int(self.counter.value))

    def wait(self, cancel: threading.Event | None, report: Callable[[], None]) -> bool:
        """Wait for the child (False: cancelled, the child is stopped)."""
        while True:
            self.process.join(0.1)
            if not self.process.is_alive():
                return True
            report()
            if cancel is not None and cancel.is_set():
                self.stop()
                return False

    def result(self) -> dict[str, Any]:
        path = self.out / "result"
        if self.process.exitcode != 0 or not path.exists():
            error = self.out / "error"
            text = error.read_text(encoding="utf-8") if error.exists() else ""
            last = text.strip().splitlines()[-1:] or [f"exit status {self.process.exitcode}"]
            raise BuildFailed(f"the indexing process failed: {last[0]}")
        with path.open("rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]

    def records(self) -> Iterator[tuple[list[tuple[str, Any, int, Any]], bytes | None]]:
        with (self.out / "docs").open("rb") as handle:
            while True:
                try:
                    batch = pickle.load(handle)
                except EOFError:
                    return
                yield from batch

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)


def _has_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


# ------------------------------------------------------------------ the build


def build(
    ix: Any,
    root: Path,
    files: dict[str, FileStat],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    processes: int = 2,
) -> Built:
    """Index every file of ``files`` into the empty index ``ix`` (one segment, one commit).

    Raises:
        BuildFailed: the child process failed (the index is left uncommitted).
    """
    from whoosh.codec import default_codec

    codec = default_codec()
    # Made here, not in _build: Whoosh's writer keeps the frames that made it (a cycle), and
    # a frame kept after its function returned holds on to its locals, a share's every row
    writer = ix.writer()
    if not _supported(writer, codec):
        writer.cancel()
        raise BuildFailed("this schema or codec needs Whoosh's own writer")
    work = Path(tempfile.mkdtemp(prefix="confnotes-build-", dir=ix.storage.folder))
    try:
        with collector_paused():
            return _build(writer, codec, root, files, progress, cancel, processes, work)
    finally:
        if not writer.is_closed:
            with contextlib.suppress(Exception):
                writer.cancel()
        _remove_tree(work)


def _build(
    writer: Any,
    codec: Any,
    root: Path,
    files: dict[str, FileStat],
    progress: Progress | None,
    cancel: threading.Event | None,
    processes: int,
    work: Path,
) -> Built:
    order = [(rel, files[rel]) for rel in build_order(files)]
    total = len(order)
    child: _Child | None = None
    built = Built()
    try:
        cut = _cut(order) if processes > 1 and total >= MIN_PARALLEL_FILES else total
        mine, theirs = order[:cut], order[cut:]
        if theirs:
            with contextlib.suppress(Exception):
                (work / "child").mkdir()
                child = _Child(root, theirs, cut, work / "child")
        if child is None:
            mine, theirs = order, []
        share = _Share(writer.schema, codec, 0, work / "part")
        perdoc = writer.perdocwriter
        schema = writer.schema

        def on_record(record: list[tuple[str, Any, int, Any]]) -> None:
            _write_record(perdoc, schema, share.docnum - 1, record)

        last = [0.0]

        def report(own: int) -> None:
            now = time.monotonic()
            if progress is not None and (now - last[0] >= 0.05 or own >= len(mine)):
                last[0] = now
                progress(min(total, own + (child.done() if child else 0)), total)

        def tick(n: int) -> bool:
            if cancel is not None and cancel.is_set():
                return False
            report(n - 1)
            return True

        if not _index_files(share, root, mine, on_record, tick):
            built.cancelled = True
            return built
        done: list[tuple[dict[str, Any], Path]] = [(share.finish(), share.part_path)]
        built.manifest.update(share.manifest)
        ndocs = share.docnum
        if child is not None:
            if not child.wait(cancel, lambda: report(len(mine))):
                built.cancelled = True
                return built
            if ndocs != cut:
                # a file of this share made no document: the child numbered its documents
                # from the wrong base, so its share is indexed again here
                extra = _Share(writer.schema, codec, ndocs, work / "part2")
                _index_files(extra, root, theirs, on_record_for(perdoc, schema, extra), tick)
                done.append((extra.finish(), extra.part_path))
                built.manifest.update(extra.manifest)
                ndocs = extra.docnum
            else:
                result = child.result()
                stored = _stored_bytes_writer(perdoc)
                for fields, blob in child.records():
                    _write_packed(perdoc, schema, ndocs, fields, blob, stored)
                    ndocs += 1
                if ndocs != result["docnum"]:
                    raise BuildFailed("the indexing process sent an incomplete result")
                done.append((result["terms"], child.out / "part"))
                built.manifest.update(result["manifest"])
        writer.docnum = ndocs
        writer._added = ndocs > 0
        tables = [table for table, _part in done]
        parts = [part for _table, part in done]
        writer._flush_segment = lambda: _write_postings(writer, tables, parts)
        writer.commit()
        del writer._flush_segment  # the writer outlives this function (see build())
        built.documents = ndocs
        if progress is not None:
            progress(total, total)
        return built
    finally:
        if child is not None:
            child.stop()


def on_record_for(perdoc: Any, schema: Any, share: _Share) -> Callable[[Any], None]:
    """A record callback writing ``share``'s documents to ``perdoc`` as they come."""

    def on_record(record: list[tuple[str, Any, int, Any]]) -> None:
        _write_record(perdoc, schema, share.docnum - 1, record)

    return on_record


def _cut(order: list[tuple[str, FileStat]]) -> int:
    """Where the parent's share ends: the child takes :data:`CHILD_SHARE` of the bytes."""
    total = sum(st.size for _rel, st in order) or 1
    goal = total * (1 - CHILD_SHARE)
    acc = 0
    for n, (_rel, st) in enumerate(order):
        acc += st.size
        if acc >= goal:
            return n + 1
    return len(order)


def _supported(writer: Any, codec: Any) -> bool:
    """True when this builder makes what ``writer`` would: the W3 codec, postings never
    inlined, and no field with vectors or separate spelling."""
    from whoosh.codec.whoosh3 import W3Codec

    if type(codec) is not W3Codec or int(codec._inlinelimit) > 1:
        return False
    if type(writer.codec) is not W3Codec:
        return False
    schema = writer.schema
    for name in schema.names():
        fobj = schema[name]
        if fobj.vector or fobj.separate_spelling():
            return False
    return not writer.segments


def _write_record(perdoc: Any, schema: Any, docnum: int, record: list[Any]) -> None:
    """One document's stored fields, lengths and columns (``SegmentWriter.add_document``)."""
    perdoc.start_doc(docnum)
    for name, stored, length, cv in record:
        fobj = schema[name]
        perdoc.add_field(name, fobj, stored, length)
        if cv is not None:
            perdoc.add_column_value(name, fobj.column_type, cv)
    perdoc.finish_doc()


STORED_LEVEL = 3
"""The zlib level of a document's stored fields (Whoosh's ``CompressedBytesColumn``'s)."""


def _packed(record: list[tuple[str, Any, int, Any]]) -> tuple[list[Any], bytes | None]:
    """A document's record with its stored fields as the codec stores them (pickled and
    compressed, as ``W3PerDocWriter.finish_doc`` does), made in the child: the parent only
    copies the bytes, after both shares are done."""
    stored = {name: value for name, value, _length, _cv in record if value is not None}
    fields = [(name, None, length, cv) for name, _value, length, cv in record]
    blob = zlib.compress(pickle.dumps(stored, 2), STORED_LEVEL) if stored else None
    return fields, blob


def _stored_bytes_writer(perdoc: Any) -> Callable[[int, bytes], None] | None:
    """A function adding a document's stored fields as bytes made by :func:`_packed` to the
    segment's stored-fields column (None when this Whoosh's writer is not built as read
    here: the fields are then unpacked and written the usual way)."""
    from whoosh.columns import CompressedBytesColumn, PickleColumn, VarBytesColumn

    column = getattr(perdoc, "_colwriters", {}).get("_stored")
    inner = getattr(column, "_child", None)
    if type(column) is not PickleColumn.Writer or type(inner) is not CompressedBytesColumn.Writer:
        return None
    add = VarBytesColumn.Writer.add  # the compressed column's add, without compressing

    def write(docnum: int, blob: bytes) -> None:
        add(inner, docnum, blob)

    return write


def _write_packed(
    perdoc: Any,
    schema: Any,
    docnum: int,
    fields: list[Any],
    blob: bytes | None,
    stored: Callable[[int, bytes], None] | None,
) -> None:
    """A document packed by :func:`_packed`: its lengths and columns, then its stored
    fields' bytes as they are."""
    if blob is not None and stored is None:
        values = pickle.loads(zlib.decompress(blob))
        fields = [(name, values.get(name), length, cv) for name, _none, length, cv in fields]
    _write_record(perdoc, schema, docnum, fields)
    if blob is not None and stored is not None:
        stored(docnum, blob)


def _write_postings(writer: Any, tables: list[dict[str, Any]], parts: list[Path]) -> None:
    """The segment's terms and postings, share after share for each term, through the
    codec's field writer (replaces ``SegmentWriter._flush_segment``).

    A field's postings and its rows of the term table are written in batches: each
    term's blocks are copied from the part files, its row is what
    ``W3FieldWriter.finish_term`` adds to the table (``OrderedHashWriter.add``: the row,
    its position in the key index and its hash bucket), without a call per write."""
    import struct

    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
    from whoosh.filedb.filetables import _lengths
    from whoosh.system import pack_int, pack_ushort
    from whoosh.util.numeric import length_to_byte

    writer.perdocwriter.close()
    fw = writer.fieldwriter
    schema = writer.schema
    row = struct.Struct(W3TermInfo._struct.format + "qi").pack  # the info, offset, length
    sizes = _lengths.pack
    to_byte = {None: 0}
    tindex = fw._tindex
    table_file = tindex.dbfile
    hashfn = tindex.hashfn
    buckets = tindex.buckets
    maps = []
    handles = []
    try:
        for path in parts:
            handle = path.open("rb")
            handles.append(handle)
            size = os.fstat(handle.fileno()).st_size
            maps.append(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b"")
        postfile = fw._postfile
        magic = WHOOSH3_HEADER_MAGIC
        names = sorted({name for table in tables for name in table})
        for name in names:
            fw.start_field(name, schema[name])
            prefix = pack_ushort(fw._fieldid)
            columns = [
                (i, table.get(name) or []) for i, table in enumerate(tables) if table.get(name)
            ]
            pos = postfile.tell()
            at = table_file.tell()
            blobs: list[bytes] = []
            rows: list[bytes] = []
            offsets: list[int] = []
            key = b""
            for tbytes, pieces in _merged(columns):
                start = pos
                if len(pieces) == 1:
                    weight, df, minlength, maxlength, maxweight, minid, maxid = pieces[0][1]
                else:
                    weight, df, minlength, maxlength, maxweight, minid, maxid = _combined(pieces)
                chunks = [magic]
                for i, _stats, extents in pieces:
                    data = maps[i]
                    for j in range(0, len(extents), 2):
                        off, size = extents[j], extents[j + 1]
                        chunks.append(pack_int(size))
                        chunks.append(data[off : off + size])
                chunks[-2] = pack_int(-size)  # the last block says so
                blob = b"".join(chunks)
                blobs.append(blob)
                pos += len(blob)
                lo = to_byte.get(minlength)
                if lo is None:
                    lo = to_byte[minlength] = length_to_byte(minlength)
                hi = to_byte.get(maxlength)
                if hi is None:
                    hi = to_byte[maxlength] = length_to_byte(maxlength)
                value = row(
                    0,
                    weight,
                    df,
                    lo,
                    hi,
                    maxweight,
                    0xFFFFFFFF if minid is None else minid,
                    maxid,
                    start,
                    len(blob),
                )
                key = prefix + tbytes
                entry = sizes(len(key), len(value)) + key + value
                rows.append(entry)
                h = hashfn(key)
                buckets[h & 255].append((h, at))
                offsets.append(at)
                at += len(entry)
                if len(blobs) >= 4096:
                    postfile.write(b"".join(blobs))
                    blobs.clear()
            postfile.write(b"".join(blobs))
            table_file.write(b"".join(rows))
            tindex.index.extend(offsets)
            if key:
                tindex.lastkey = key
            fw.finish_field()
    finally:
        for m in maps:
            if isinstance(m, mmap.mmap):
                m.close()
        for handle in handles:
            handle.close()
    fw.close()


def _combined(pieces: list[Piece]) -> list[Any]:
    """One term's statistics over its shares' pieces (``W3TermInfo.add_block``, block
    after block)."""
    weight = 0.0
    df = 0
    minlength: int | None = None
    maxlength = 0
    maxweight: Any = 0
    minid: int | None = None
    maxid = 0
    for _i, stats, _extents in pieces:
        weight += stats[0]
        df += stats[1]
        if stats[2] is not None:
            minlength = stats[2] if minlength is None else min(minlength, stats[2])
        maxlength = max(maxlength, stats[3])
        maxweight = max(maxweight, stats[4])
        if minid is None:
            minid = stats[5]
        maxid = stats[6]
    return [weight, df, minlength, maxlength, maxweight, minid, maxid]


def _merged(columns: list[tuple[int, list[Row]]]) -> Iterator[tuple[bytes, list[Piece]]]:
    """The terms of one field over every share, in order: each term with its pieces
    (share, statistics, blocks), earlier shares first."""
    if len(columns) == 1:
        i, rows = columns[0]
        for tbytes, stats, extents in rows:
            yield tbytes, [(i, stats, extents)]
        return
    found: list[dict[bytes, Row]] = [{row[0]: row for row in rows} for _i, rows in columns]
    for tbytes in sorted(set().union(*found)):
        pieces: list[Piece] = []
        for (i, _rows), rows_by_term in zip(columns, found, strict=True):
            row = rows_by_term.get(tbytes)
            if row is not None:
                pieces.append((i, row[1], row[2]))
        yield tbytes, pieces


def _remove_tree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
