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
  columns) through the codec's own per-document writer (the stored fields packed as
  the child packs its own), then walks every term in order and copies each share's
  blocks into the segment's postings file, with the term's statistics combined,
  through the codec's field writer;
- the segment, its table of contents and the compound file are made by
  Whoosh's ``SegmentWriter`` (only its posting pool is bypassed).

The result is the index Whoosh's writer makes from the same documents: the same
terms, postings, weights, positions, field lengths and stored fields
(``tests/unit/test_index_bulk.py`` compares them posting by posting). Only the
bytes differ: a block ends where one share's postings of a term end, small
blocks are not compressed, blocks are pickled with protocol 3 and zlib's window fits
the data; readers see none of it. Small commits keep using Whoosh's writer. Front
matter is taken from the notebook's parse cache when a file's bytes are the ones it
parsed. The loops per word, posting, block and term are in
:mod:`confnotes.index.speedups` (in C when its extension was built).

The second share runs in a child process (``fork`` when this process has no
other thread, else ``spawn``); when it cannot start, everything runs here. The
child dies with its parent (``PR_SET_PDEATHSIG`` on Linux, and it watches its
parent's pid), and the parent terminates it on cancel or error.
"""

from __future__ import annotations

import contextlib
import gc
import marshal
import mmap
import os
import pickle
import re
import signal
import sys
import tempfile
import threading
import time
import traceback
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import starmap
from pathlib import Path
from typing import Any

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
from confnotes.index.speedups import (
    Row,
    add_postings,
    encode_block,
    encode_positions,
    finish_field,
    merge_field,
    pack_uint,
)
from confnotes.index.stamps import Manifest
from confnotes.index.whoosh_fields import FoldedPositions, SpellingWords, stems_of
from confnotes.notebook.collector import collector_paused

MIN_PARALLEL_FILES = 400
"""Below this many files one process is quicker than starting a second."""
CHILD_SHARE = 0.52
"""The child's share of the bytes to index: a little over half, as the parent also writes
its share's per-document records while both run, and the child's result is written before
the parent reads it (measured at 5,000 talks: at 0.53 the child finished its terms 0.13 s
after the parent, which then had only the child's records to copy)."""
MIN_COMPRESSED = 1024
"""Blocks whose pickle is shorter are stored uncompressed (each block says whether it is
compressed, and readers follow it): zlib gains little on a few hundred bytes, while most
terms have a single short block (the index is ~13% larger)."""
MEMO_VALUES = 4096
"""Short values remembered per field (see ``_Share._memo``)."""
DOC_CHUNK = 256
"""Documents per pickled batch of per-document data sent from the child."""

Posting = Any
"""A posting waiting for its block is three items of its term's buffer: document, weight,
value (encoded positions)."""
Columns = tuple[list[Any], list[float], list[Any], int]
"""A field value's postings: its terms, their weights and values, and the field's length."""


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
        self.terms: dict[str, dict[Any, list[Posting]]] = {}
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
            elif fobj.indexed:
                kind = _whoosh_kind(fobj)
            fixed = fmt.fixed_value_size() if fobj.indexed else None
            self._fields[name] = (fobj, kind, bool(fobj.indexed), bool(fobj.scorable), fixed)

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
        if kind == "id" and isinstance(value, str):
            return [value.encode("utf-8")], [fobj.format.field_boost], [b""], 1
        if kind in ("keyword", "keyword-lower") and isinstance(value, str):
            return _keyword_columns(value, kind == "keyword-lower", fobj.format.field_boost)
        items = list(fobj.index(value))
        if not items:
            return [], [], [], 0
        keys, freqs, weights, values = zip(*items, strict=True)
        return list(keys), list(weights), list(values), sum(freqs)

    def add(self, doc: dict[str, Any]) -> list[tuple[str, Any, int, Any]]:
        """Index one document's fields; its per-document record (field, stored value,
        length, column value), for the codec's per-document writer.

        A document's postings go to their terms' buffers in one call
        (:func:`confnotes.index.speedups.add_postings`); a buffer that reaches the codec's
        block size is written out as a block."""
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
                full: list[Any] = []
                if keys:
                    terms = self.terms.get(name)
                    if terms is None:
                        terms = self.terms[name] = {}
                    # flat (document, weight, value, ...), in one C loop when built
                    full = add_postings(terms, keys, docnum, weights, values, limit)
                if scorable and length:
                    lengths = self.lengths.get(name)
                    if lengths is None:
                        lengths = self.lengths[name] = array("I")
                    if len(lengths) < local:
                        lengths.extend([0] * (local - len(lengths)))
                    lengths.append(self.effective_length(length))
                if full:
                    # after the length: the block's statistics include it
                    written = self.written.setdefault(name, {})
                    for key in full:
                        self._flush(name, key, self.terms[name][key], _fixed, written)
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
        block, count, minid, maxid, total, maxweight, minlength, maxlength = encode_block(
            entry,
            fixed,
            self.lengths.get(name),
            self.docbase,
            self.level,
            MIN_COMPRESSED,
            compressed,
            self._bytes,
            self._to_byte,
        )
        offset = self.offset
        self.part.write(block)
        self.offset += len(block)
        found_written = written.get(key)
        if found_written is None:
            # [weight, df, minlength, maxlength, maxweight, minid, maxid], then extents
            stats = [total, count, minlength, maxlength, maxweight, minid, maxid]
            written[key] = [stats, [offset, len(block)]]
        else:
            stats, extents = found_written
            stats[0] += total
            stats[1] += count
            if stats[2] is None:
                stats[2] = minlength
            elif minlength is not None:
                stats[2] = min(stats[2], minlength)
            stats[3] = max(stats[3], maxlength)
            stats[4] = max(stats[4], maxweight)
            stats[6] = maxid
            extents += (offset, len(block))
        entry.clear()

    def finish(self) -> dict[str, list[Row]]:
        """Flush every term's last block; the terms of each field, sorted, with their
        statistics and block extents (the postings are in the part file)."""
        table: dict[str, list[Row]] = {}
        for name, terms in self.terms.items():
            if terms:  # a field no document had words in is not in the term table
                table[name] = self._finish_field(name, terms)
        self.terms = {}
        self.written = {}
        self.part.close()
        return table

    def _finish_field(self, name: str, terms: dict[Any, list[Posting]]) -> list[Row]:
        """A field's rows, its terms in order, each term's last block written (one C loop
        over the field when built: :func:`confnotes.index.speedups.finish_field`)."""
        rows, blocks, self.offset = finish_field(
            sorted(terms),
            terms,
            self.written.get(name, {}),
            self._fields[name][4],
            self.lengths.get(name),
            self.docbase,
            self.level,
            MIN_COMPRESSED,
            compressed,
            self._bytes,
            self._to_byte,
            self.offset,
        )
        self.part.write(blocks)
        terms.clear()  # the postings buffered: freed field by field
        return rows


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
    lists = list(poses.values())
    if type(fmt).encode is FoldedPositions.encode:
        values = encode_positions(lists, one)  # in one C loop when built
    else:
        encode = fmt.encode
        values = [one[p[0]] if len(p) == 1 else encode(p) for p in lists]
    return keys, ws, values, count


def _whoosh_kind(fobj: Any) -> str:
    """How a field of Whoosh's own is indexed here: "id" (Whoosh's ``ID``: the whole value
    is the term), "keyword" or "keyword-lower" (``KEYWORD``: words between spaces, tabs and
    line ends, lower-cased or not, with their counts), else "plain" (through ``fobj.index``,
    several generators and Python calls per word)."""
    from whoosh.analysis import CompositeAnalyzer, IDTokenizer, LowercaseFilter, RegexTokenizer
    from whoosh.formats import Existence, Frequency

    fmt, analyzer = fobj.format, fobj.analyzer
    if type(fmt) is Existence and type(analyzer) is IDTokenizer:
        return "id"
    lower = False
    if type(analyzer) is CompositeAnalyzer and len(analyzer.items) == 2:
        analyzer, last = analyzer.items
        lower = type(last) is LowercaseFilter
        if not lower:
            return "plain"
    if (
        type(fmt) is Frequency
        and type(analyzer) is RegexTokenizer
        and analyzer.expression.pattern == _KEYWORD_RE.pattern
        and not analyzer.gaps
    ):
        return "keyword-lower" if lower else "keyword"
    return "plain"


_KEYWORD_RE = re.compile(r"[^ \t\r\n]+")
"""Whoosh's ``SpaceSeparatedTokenizer`` (``KEYWORD`` fields)."""


def _keyword_columns(value: str, lower: bool, fb: float) -> Columns:
    """``Frequency.word_values`` of a ``KEYWORD`` value: each word once, in order, weighted by
    its count, with its count as its value (``pack_uint``)."""
    words = _KEYWORD_RE.findall(value)
    if lower:
        words = list(map(str.lower, words))
    counts = Counter(words)
    keys = [word.encode("utf-8") for word in counts]
    weights = [float(n) * fb for n in counts.values()]
    return keys, weights, list(map(pack_uint, counts.values())), len(words)


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
    known = KnownFronts(root)
    resolver = Resolver(root, known)
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
    root: str,
    rels: list[tuple[str, FileStat]],
    docbase: int,
    out: str,
    counter: Any,
    parent: int,
    stages: Any,
) -> None:
    """The second share, in a child process: results go to files under ``out``, and each
    stage reached is told on the pipe ``stages`` ("docs": the documents' file is complete,
    "done": the result is written), so the parent goes on without waiting for this
    process to end."""
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
        stages.send("docs")
        table = share.finish()
        result = {"manifest": share.manifest, "docnum": share.docnum, "terms": table}
        with (folder / "result.tmp").open("wb") as handle:
            # marshal: plain data (the rows' bytes, numbers and tuples), written 4x quicker
            # than pickle writes it, while the parent waits for it
            marshal.dump(result, handle)
        os.replace(folder / "result.tmp", folder / "result")
        stages.send("done")
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
        self.stages: set[str] = set()
        """The stages the child said it reached (see :func:`_child_main`)."""
        self._told, told = ctx.Pipe(duplex=False)
        self.process = ctx.Process(
            target=_child_main,
            args=(str(root), rels, docbase, str(out), self.counter, os.getpid(), told),
            daemon=True,
        )
        try:
            self.process.start()
        finally:
            told.close()  # the child's end: once it is gone, the pipe reads as ended

    def done(self) -> int:
        return max(0, int(self.counter.value))

    def wait(self, cancel: threading.Event | None, report: Callable[[], None], stage: str) -> bool:
        """Wait until the child reached ``stage`` or ended, seen at once (the pipe or its
        sentinel, not the next tick of a poll); False: cancelled, the child is stopped."""
        from multiprocessing.connection import wait

        while stage not in self.stages:
            if cancel is not None and cancel.is_set():
                self.stop()
                return False
            ready = wait([self._told, self.process.sentinel], 0.1)
            if self._told in ready:
                try:
                    self.stages.add(self._told.recv())
                    continue
                except (EOFError, OSError):
                    self.process.join(5)  # its end of the pipe is closed: it is ending
            if not self.process.is_alive():
                self.process.join()
                return True  # ended without saying so: result() tells why
            report()
        return True

    def result(self) -> dict[str, Any]:
        """The child's result (its share's terms and manifest)."""
        path = self.out / "result"
        if "done" not in self.stages or not path.exists():
            self.process.join(5)
            error = self.out / "error"
            text = error.read_text(encoding="utf-8") if error.exists() else ""
            last = text.strip().splitlines()[-1:] or [f"exit status {self.process.exitcode}"]
            raise BuildFailed(f"the indexing process failed: {last[0]}")
        # loads of the bytes: marshal.load from a file makes a read call per object
        return marshal.loads(path.read_bytes())  # type: ignore[no-any-return]

    def records(self) -> Iterator[tuple[list[tuple[str, Any, int, Any]], bytes | None]]:
        with (self.out / "docs").open("rb") as handle:
            while True:
                try:
                    batch = pickle.load(handle)
                except EOFError:
                    return
                yield from batch

    def stop(self) -> None:
        if "done" in self.stages:
            self.process.join(5)  # its work is over: it is ending by itself
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self._told.close()


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

        on_record = on_record_for(perdoc, schema, share)

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
            if ndocs != cut:
                # a file of this share made no document: the child numbered its documents
                # from the wrong base, so its share is indexed again here
                child.stop()
                extra = _Share(writer.schema, codec, ndocs, work / "part2")
                _index_files(extra, root, theirs, on_record_for(perdoc, schema, extra), tick)
                done.append((extra.finish(), extra.part_path))
                built.manifest.update(extra.manifest)
                ndocs = extra.docnum
            else:
                # the child's documents are written while it finishes its terms
                if not child.wait(cancel, lambda: report(len(mine)), "docs"):
                    built.cancelled = True
                    return built
                if "docs" not in child.stages:
                    child.result()  # it failed: raises BuildFailed with its error
                stored = _stored_bytes_writer(perdoc)
                for fields, blob in child.records():
                    _write_packed(perdoc, schema, ndocs, fields, blob, stored)
                    ndocs += 1
                if not child.wait(cancel, lambda: report(len(mine)), "done"):
                    built.cancelled = True
                    return built
                result = child.result()
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
    """A record callback writing ``share``'s documents to ``perdoc`` as they come, their
    stored fields packed as the child packs its own (see :func:`_packed`)."""
    stored = _stored_bytes_writer(perdoc)

    def on_record(record: list[tuple[str, Any, int, Any]]) -> None:
        if stored is None:
            _write_record(perdoc, schema, share.docnum - 1, record)
        else:
            fields, blob = _packed(record)
            _write_packed(perdoc, schema, share.docnum - 1, fields, blob, stored)

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
    blob = compressed(pickle.dumps(stored, 2), STORED_LEVEL) if stored else None
    return fields, blob


def compressed(data: bytes, level: int) -> bytes:
    """``zlib.compress(data, level)``, with a window no larger than the data needs.

    zlib's default 32 KB window makes each call allocate and clear ~256 KB of tables,
    which costs more than compressing a 4 KB block or document (~100 µs a call; a third
    less with a window the size of the data, which finds the same matches: the output is
    as long). Readers decompress any window (the zlib header says which)."""
    wbits = min(15, max(9, (len(data) - 1).bit_length()))
    packer = zlib.compressobj(level, zlib.DEFLATED, wbits)
    return packer.compress(data) + packer.flush()


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

    A field's postings and its rows of the term table are made at once
    (:func:`confnotes.index.speedups.merge_field`, one C loop when built): each term's
    blocks copied from the part files, its row what ``W3FieldWriter.finish_term`` adds
    to the table (``OrderedHashWriter.add``: the row, its position in the key index and
    its hash bucket), without a call per write."""
    import hashlib

    from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
    from whoosh.filedb.filetables import md5_hash
    from whoosh.system import pack_ushort
    from whoosh.util.numeric import length_to_byte

    writer.perdocwriter.close()
    fw = writer.fieldwriter
    schema = writer.schema
    byte_of: dict[int | None, int] = {None: 0}
    tindex = fw._tindex
    # Whoosh's md5_hash is a Python function: its value is taken from hashlib directly
    md5 = hashlib.md5 if tindex.hashfn is md5_hash else None
    maps: list[Any] = []
    handles = []
    try:
        for path in parts:
            handle = path.open("rb")
            handles.append(handle)
            size = os.fstat(handle.fileno()).st_size
            maps.append(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) if size else b"")
        postfile = fw._postfile
        names = sorted({name for table in tables for name in table})
        for name in names:
            fw.start_field(name, schema[name])
            columns = [(i, table[name]) for i, table in enumerate(tables) if table.get(name)]
            postings, rows, offsets, key = merge_field(
                columns,
                maps,
                pack_ushort(fw._fieldid),
                postfile.tell(),
                tindex.dbfile.tell(),
                byte_of,
                length_to_byte,
                tindex.hashfn,
                tindex.buckets,
                WHOOSH3_HEADER_MAGIC,
                md5,
            )
            postfile.write(postings)
            tindex.dbfile.write(rows)
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
    tindex._write_hashes = lambda: _write_hash_tables(tindex)
    fw.close()


def _write_hash_tables(tindex: Any) -> None:
    """The term table's 256 hash tables, the bytes ``HashWriter._write_hashes`` writes,
    each table in one write (Whoosh writes each slot with a call of its own: 200,000
    calls at 5,000 talks, in the serial end of a build)."""
    from whoosh.filedb.filetables import _pointer

    dbfile = tindex.dbfile
    null = (0, 0)  # an empty slot (no key is at position 0: the header is)
    for entries in tindex.buckets:
        numslots = 2 * len(entries)
        tindex.directory.append((dbfile.tell(), numslots))
        table = [null] * numslots
        for entry in entries:
            slot = (entry[0] >> 8) % numslots
            while table[slot] != null:
                slot = (slot + 1) % numslots
            table[slot] = entry
        dbfile.write(b"".join(starmap(_pointer.pack, table)))


def _remove_tree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
