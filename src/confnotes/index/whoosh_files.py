"""Whoosh's index files read without importing Whoosh: what a plain search needs.

Importing Whoosh takes two to three times as long as ``grep`` needs to read every
note of a 5,000-talk notebook (its modules pull in ``urllib.request``,
``asyncio``, ``email``...), so a cold ``confnotes search`` of an index that is in
step with the files reads the files itself: the table of contents (segments,
document counts, deletions, field lengths), each segment's term table (a CDB-like
hash file ordered by key), posting blocks, per-document length and time columns and
stored fields. These are the formats of ``whoosh.codec.whoosh3`` (the W3 codec, the
one :mod:`confnotes.index.bulk` writes too), read-only and strict: anything this
module does not expect raises :class:`Unreadable`, and the caller asks Whoosh
instead. ``pyproject.toml`` pins ``whoosh-reloaded`` below its next release, the
table of contents must name release 2.7, and ``tests/unit/test_index_light.py``
compares every read here with Whoosh's own on the same index.

Files are read with ``pread`` (no mmap: an index file shrunk by another process
under a mapping would kill this one), and are opened by descriptor once, so a
segment merged away meanwhile is still read whole.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import pickle
import re
import struct
import zlib
from array import array
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path
from typing import Any

INDEX_NAME = "MAIN"
TOC_VERSION = -111
"""The table-of-contents format of Whoosh 2.7 (``whoosh.index._CURRENT_TOC_VERSION``)."""
RELEASE = (2, 7)
BLOCK_MAGIC = b"W3Bl"
HASH_MAGIC = b"HSH3"

_INT = struct.Struct("!i")
_UINT = struct.Struct("!I")
_USHORT = struct.Struct("!H")
_LENGTHS = struct.Struct("!ii")
_POINTER = struct.Struct("!Iq")
_DIR_ENTRY = struct.Struct("!qi")
_COMPOUND_HEAD = struct.Struct("!qi")
_TERMINFO = struct.Struct("!BfIBBfII")
_EXTENT = struct.Struct("!qi")
_INDEX_CODES = {"B": 1, "H": 2, "i": 4, "I": 4, "q": 8}
_BYTE_TO_LENGTH = [round((1.033**n - 1) * 27) for n in range(256)]
"""``whoosh.util.numeric.byte_to_length``: the field length a stored byte stands for
(its table was made by this formula; the test compares them)."""


class Unreadable(Exception):
    """The index is not as this module reads it (another format, a damaged or changing
    file): the search goes to Whoosh, which moves a damaged index aside."""


# ------------------------------------------------------------------ pickles


class _Pickled:
    """An object of one of Whoosh's classes, as its pickle describes it (attributes only)."""

    whoosh_class = ""

    def __new__(cls, *_args: Any, **_kwargs: Any) -> _Pickled:
        return object.__new__(cls)

    def __init__(self, *_args: Any, **_kwargs: Any) -> None:
        pass

    def __setstate__(self, state: Any) -> None:
        if isinstance(state, tuple) and len(state) == 2:
            state = {**(state[0] or {}), **(state[1] or {})}
        if isinstance(state, dict):
            self.__dict__.update(state)


_ALLOWED = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "int"),
    ("builtins", "float"),
    ("builtins", "dict"),
    ("builtins", "list"),
    ("builtins", "tuple"),
    ("builtins", "bytes"),
    ("_codecs", "encode"),  # how pickle protocol 2 (Whoosh's) writes bytes
    ("collections", "defaultdict"),
    ("copyreg", "_reconstructor"),
    ("builtins", "object"),
}
_CLASSES: dict[str, type[_Pickled]] = {}


class _Unpickler(pickle.Unpickler):
    """Unpickles the table of contents' segments without Whoosh: Whoosh's classes become
    :class:`_Pickled` objects holding their attributes; any other class is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("whoosh."):
            full = f"{module}.{name}"
            cls = _CLASSES.get(full)
            if cls is None:
                cls = _CLASSES[full] = type(name, (_Pickled,), {"whoosh_class": full})
            return cls
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise Unreadable(f"unexpected {module}.{name} in the index")


def _load(data: bytes | memoryview, start: int = 0) -> tuple[Any, int]:
    """The object pickled at ``start`` and the offset just after its pickle."""
    stream = io.BytesIO(data)
    stream.seek(start)
    try:
        obj = _Unpickler(stream).load()
    except Unreadable:
        raise
    except Exception as exc:
        raise Unreadable(f"a pickle does not load: {exc}") from exc
    return obj, stream.tell()


def _loads(data: bytes) -> Any:
    return _load(data)[0]


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """Whoosh's variable-length integer at ``pos``, and the offset after it."""
    shift = value = 0
    while True:
        if pos >= len(data):
            raise Unreadable("the table of contents is cut short")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


# ------------------------------------------------------------------ files


class Region:
    """A byte range of an open file (a whole file, or one inside a compound segment)."""

    def __init__(self, fd: int, base: int, length: int):
        self.fd = fd
        self.base = base
        self.length = length

    def get(self, pos: int, size: int) -> bytes:
        """``size`` bytes at ``pos`` (relative to the region)."""
        if pos < 0 or size < 0 or pos + size > self.length:
            raise Unreadable("a read past the end of an index file")
        data = os.pread(self.fd, size, self.base + pos)
        if len(data) != size:
            raise Unreadable("an index file is shorter than its table says")
        return data


class Segment:
    """One W3 segment: its term table, postings and columns."""

    def __init__(self, folder: Path, info: Any, fds: list[int]):
        name = getattr(info, "whoosh_class", "")
        if name != "whoosh.codec.whoosh3.W3Segment":
            raise Unreadable(f"a segment of another kind: {name or type(info).__name__}")
        codec = getattr(info, "_codec", None)
        if getattr(codec, "whoosh_class", "") != "whoosh.codec.whoosh3.W3Codec":
            raise Unreadable("a segment written by another codec")
        try:
            self.id = f"{info.indexname}_{info.segid}"
            self.doc_count_all = int(info._doccount)
            deleted = info._deleted
            self.deleted: frozenset[int] = frozenset(deleted or ())
            self.field_lengths: dict[str, int] = dict(info._fieldlengths)
            compound = bool(info.compound)
        except (AttributeError, TypeError, ValueError) as exc:
            raise Unreadable(f"a segment's description is not as expected: {exc}") from exc
        self._files: dict[str, Region] = {}
        self._compound = compound
        if compound:
            self._open_compound(folder / f"{self.id}.seg", fds)
        else:
            self._folder = folder
            self._fds = fds
        self._terms: _TermTable | None = None
        self._columns: dict[str, Any] = {}

    def _open_compound(self, path: Path, fds: list[int]) -> None:
        fd = _open(path, fds)
        size = os.fstat(fd).st_size
        whole = Region(fd, 0, size)
        diroffset, _dirlength = _COMPOUND_HEAD.unpack(whole.get(0, _COMPOUND_HEAD.size))
        directory, _end = _load(whole.get(diroffset, size - diroffset))
        if not isinstance(directory, dict):
            raise Unreadable("a compound segment without a directory")
        for name, entry in directory.items():
            self._files[name] = Region(fd, int(entry["offset"]), int(entry["length"]))

    def file(self, ext: str) -> Region | None:
        """The segment's file with this extension (``.trm``, ``._text_len.col``...), or None."""
        name = f"{self.id}{ext}"
        found = self._files.get(name)
        if found is None and not self._compound:
            path = self._folder / name
            try:
                fd = _open(path, self._fds)
            except Unreadable:
                return None
            found = self._files[name] = Region(fd, 0, os.fstat(fd).st_size)
        return found

    @property
    def terms(self) -> _TermTable:
        if self._terms is None:
            trm = self.file(".trm")
            if trm is None:
                raise Unreadable("a segment without its term table")
            self._terms = _TermTable(trm)
        return self._terms

    # ---------------------------------------------------------------- postings

    def term_info(self, fieldname: str, text: str) -> tuple[Any, ...] | None:
        """``(weight, df, minlength, maxlength, maxweight, offset or inlined postings,
        length)`` of a term, or None when the segment does not hold it."""
        raw = self.terms.get(fieldname, text)
        if raw is None:
            return None
        if len(raw) < _TERMINFO.size:
            raise Unreadable("a term's statistics are cut short")
        flags, weight, df, minlen, maxlen, maxweight, _minid, _maxid = _TERMINFO.unpack_from(raw)
        if flags:
            return (weight, df, minlen, maxlen, maxweight, _loads(raw[_TERMINFO.size :]), None)
        offset, length = _EXTENT.unpack_from(raw, _TERMINFO.size)
        return (weight, df, minlen, maxlen, maxweight, offset, length)

    def doc_frequency(self, fieldname: str, text: str) -> int:
        """How many documents of the segment (deleted ones too) hold the term."""
        info = self.term_info(fieldname, text)
        return 0 if info is None else int(info[1])

    def postings(
        self, fieldname: str, text: str, values: bool, fixed: int | None
    ) -> tuple[list[int], list[float], list[Any]]:
        """``(ids, weights, values)`` of a term, deleted documents left out (values only
        when asked; ``fixed``: the field's value size, as the format says)."""
        info = self.term_info(fieldname, text)
        if info is None:
            return [], [], []
        ids: list[int] = []
        weights: list[float] = []
        vals: list[Any] = []
        where, length = info[5], info[6]
        if length is None:  # inlined in the term table
            inline_ids, inline_weights, inline_values = where
            ids.extend(inline_ids)
            weights.extend(inline_weights)
            vals.extend(inline_values)
        else:
            pst = self.file(".pst")
            if pst is None:
                raise Unreadable("a segment without its postings")
            _read_blocks(pst.get(where, length), values, fixed, ids, weights, vals)
        if self.deleted:
            keep = [i for i, d in enumerate(ids) if d not in self.deleted]
            ids = [ids[i] for i in keep]
            weights = [weights[i] for i in keep]
            vals = [vals[i] for i in keep] if values else vals
        return ids, weights, vals

    # ---------------------------------------------------------------- columns

    def lengths(self, fieldname: str) -> list[int]:
        """Every document's length in the field, as BM25F reads it (1 where none)."""
        key = f"len:{fieldname}"
        found = self._columns.get(key)
        if found is None:
            col = self.file(f"._{fieldname}_len.col")
            raw = col.get(0, col.length) if col is not None else b""
            found = [_BYTE_TO_LENGTH[b] or 1 for b in raw[: self.doc_count_all]]
            found.extend([1] * (self.doc_count_all - len(found)))
            self._columns[key] = found
        return found  # type: ignore[no-any-return]

    def times(self, fieldname: str = "ts") -> list[int]:
        """Every document's sortable time (the column's raw values, as ``scoring`` reads them)."""
        key = f"num:{fieldname}"
        found = self._columns.get(key)
        if found is None:
            col = self.file(f".{fieldname}.col")
            values = array("Q")
            if col is not None:
                count = min(col.length // values.itemsize, self.doc_count_all)
                if values.itemsize != 8:
                    raise Unreadable("no 8-byte unsigned integers on this platform")
                values.frombytes(col.get(0, count * values.itemsize))
                if _LITTLE:
                    values.byteswap()
            found = values.tolist()
            found.extend([0xFFFFFFFFFFFFFFFF] * (self.doc_count_all - len(found)))
            self._columns[key] = found
        return found  # type: ignore[no-any-return]

    def stored_fields(self, docnum: int) -> dict[str, Any]:
        """A document's stored fields."""
        column = self._columns.get("stored")
        if column is None:
            col = self.file("._stored.col")
            if col is None:
                raise Unreadable("a segment without stored fields")
            column = self._columns["stored"] = _VarBytes(col, self.doc_count_all)
        blob = column[docnum]
        if not blob:
            return {}
        try:
            fields = _loads(zlib.decompress(blob))
        except zlib.error as exc:
            raise Unreadable(f"stored fields do not decompress: {exc}") from exc
        if not isinstance(fields, dict):
            raise Unreadable("stored fields are not a mapping")
        return fields


_LITTLE = array("H", [1]).tobytes()[0] == 1


def _open(path: Path, fds: list[int]) -> int:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise Unreadable(f"cannot open {path.name}: {exc}") from exc
    fds.append(fd)
    return fd


def _read_blocks(
    data: bytes,
    values: bool,
    fixed: int | None,
    ids: list[int],
    weights: list[float],
    vals: list[Any],
) -> None:
    """Decode a term's posting blocks (``W3LeafMatcher``'s ``_read_ids``, ``_read_weights``
    and ``_read_values``) into ``ids``, ``weights`` and ``vals``."""
    if data[:4] != BLOCK_MAGIC:
        raise Unreadable("a posting list without its header")
    pos = 4
    end = len(data)
    while True:
        if pos + 4 > end:
            raise Unreadable("a posting list is cut short")
        (length,) = _INT.unpack_from(data, pos)
        last = length < 0
        nxt = pos + 4 + abs(length)
        info, start = _load(data, pos + 4)
        try:
            count, _maxid, _maxweight, compression = info[0], info[1], info[2], info[3]
        except (TypeError, IndexError) as exc:
            raise Unreadable("a posting block's header is not as expected") from exc
        raw = data[start:nxt]
        if compression:
            try:
                raw = zlib.decompress(raw)
            except zlib.error as exc:
                raise Unreadable(f"a posting block does not decompress: {exc}") from exc
        block = _loads(raw)
        mini_ids, mini_weights, mini_values = block
        ids.extend(accumulate(mini_ids))
        if mini_weights is None:
            weights.extend([1.0] * count)
        elif isinstance(mini_weights, float):
            weights.extend([mini_weights] * count)
        else:
            weights.extend(mini_weights)
        if values:
            if fixed is None or fixed < 0:
                vals.extend(mini_values)
            elif fixed == 0:
                vals.extend([None] * count)
            else:
                vals.extend(mini_values[i : i + fixed] for i in range(0, len(mini_values), fixed))
        if last:
            return
        pos = nxt


class _VarBytes:
    """A column of byte strings (``whoosh.columns.VarBytesColumn``): the values, then their
    lengths, then (in large segments) their offsets, then type codes."""

    def __init__(self, region: Region, doccount: int):
        self.region = region
        last = region.length - 1
        code = chr(region.get(last, 1)[0])
        offsets: Any = None
        if code == "X":
            lens_code = chr(region.get(last - 2, 1)[0])
            offs_code = chr(region.get(last - 1, 1)[0])
            off_start = (last - 2) - doccount * _itemsize(offs_code)
            offsets = _array(region, offs_code, off_start, doccount)
            last = off_start
        else:
            lens_code = code
        len_start = last - _itemsize(lens_code) * doccount
        self.lengths = _array(region, lens_code, len_start, doccount)
        if offsets is None:
            offsets = [0, *accumulate(self.lengths)][:doccount]
        self.offsets = offsets

    def __getitem__(self, docnum: int) -> bytes:
        length = self.lengths[docnum]
        if not length:
            return b""
        return self.region.get(self.offsets[docnum], length)


def _itemsize(code: str) -> int:
    try:
        size = array(code).itemsize
    except ValueError as exc:
        raise Unreadable(f"an array of unknown type {code!r}") from exc
    if size != struct.calcsize(code):
        raise Unreadable(f"an array type {code!r} of another size here")
    return size


def _array(region: Region, code: str, start: int, count: int) -> array[Any]:
    """``count`` items of type ``code`` at ``start``, written big-endian."""
    values = array(code)
    values.frombytes(region.get(start, count * _itemsize(code)))
    if _LITTLE:
        values.byteswap()
    return values


# ------------------------------------------------------------------ term table


def _md5_hash(key: bytes) -> int:
    """``whoosh.filedb.filetables.md5_hash``: the last 32 bits of the key's MD5."""
    return int.from_bytes(_md5()(key, usedforsecurity=False).digest()[-4:], "big")


@functools.lru_cache(maxsize=1)
def _md5() -> Any:
    """CPython's own MD5 (``hashlib`` loads OpenSSL first: ~2 ms of a cold search)."""
    try:
        from _md5 import md5
    except ImportError:
        from hashlib import md5
    return md5


def _crc_hash(key: bytes) -> int:
    return zlib.crc32(key) & 0xFFFFFFFF


_HASHES = (_md5_hash, _crc_hash)
"""The hashes a term table may use, by number (Whoosh's third, CDB's, fails on bytes)."""


class _TermTable:
    """A segment's term table (``whoosh.filedb.filetables.OrderedHashReader``): records
    ``[key length, value length, key, value]`` in key order, 256 hash tables of
    ``(hash, position)`` slots, their directory, a pickled dict of extras and an array
    of each record's position (for ordered lookups)."""

    def __init__(self, region: Region):
        self.region = region
        if region.get(0, 4) != HASH_MAGIC:
            raise Unreadable("a term table of another format")
        hashtype = region.get(4, 1)[0]
        if hashtype >= len(_HASHES):
            raise Unreadable("a term table hashed another way")
        self.hash = _HASHES[hashtype]
        exptr = region.length - 4
        (exlen,) = _INT.unpack(region.get(exptr, 4))
        expos = exptr - exlen
        tail = region.get(expos, exlen)
        extras, after = _load(tail)
        if not isinstance(extras, dict) or "fieldmap" not in extras:
            raise Unreadable("a term table without its field map")
        self.fieldmap: dict[str, int] = extras["fieldmap"]
        code = extras.get("indextype")
        if code not in _INDEX_CODES:
            raise Unreadable("a term table with an unknown index type")
        self.index_code = code
        self.index_base = expos + after
        self.index_len = int(extras.get("indexlen", 0))
        directory = region.get(expos - 256 * _DIR_ENTRY.size, 256 * _DIR_ENTRY.size)
        self.tables = [_DIR_ENTRY.unpack_from(directory, i * 12) for i in range(256)]
        self.end_of_data = self.tables[0][0]

    def key(self, fieldname: str, text: str) -> bytes | None:
        fnum = self.fieldmap.get(fieldname)
        if fnum is None:
            return None
        return _USHORT.pack(fnum) + text.encode("utf-8")

    def get(self, fieldname: str, text: str) -> bytes | None:
        """The value stored for a term, or None."""
        key = self.key(fieldname, text)
        if key is None:
            return None
        region = self.region
        keyhash = self.hash(key)
        tablestart, numslots = self.tables[keyhash & 255]
        if not numslots:
            return None
        slotpos = tablestart + ((keyhash >> 8) % numslots) * _POINTER.size
        end = tablestart + numslots * _POINTER.size
        for _ in range(numslots):
            slothash, itempos = _POINTER.unpack(region.get(slotpos, _POINTER.size))
            if not itempos:
                return None
            if slothash == keyhash:
                keylen, datalen = _LENGTHS.unpack(region.get(itempos, _LENGTHS.size))
                if keylen == len(key):
                    start = itempos + _LENGTHS.size
                    both = region.get(start, keylen + datalen)
                    if both[:keylen] == key:
                        return both[keylen:]
            slotpos += _POINTER.size
            if slotpos == end:
                slotpos = tablestart
        return None

    def _position(self, i: int) -> int:
        size = _INDEX_CODES[self.index_code]
        raw = self.region.get(self.index_base + i * size, size)
        return int.from_bytes(raw, "big", signed=self.index_code in "iq")

    def _key_at(self, pos: int) -> bytes:
        (keylen,) = _UINT.unpack(self.region.get(pos, 4))
        return self.region.get(pos + _LENGTHS.size, keylen)

    def keys_from(self, fieldname: str, prefix: str) -> Iterator[str]:
        """The field's words that start with ``prefix``, in order."""
        start = self.key(fieldname, prefix)
        if start is None:
            return
        lo, hi = 0, self.index_len
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key_at(self._position(mid)) < start:
                lo = mid + 1
            else:
                hi = mid
        if lo == self.index_len:
            return
        pos = self._position(lo)
        region = self.region
        while pos < self.end_of_data:
            keylen, datalen = _LENGTHS.unpack(region.get(pos, _LENGTHS.size))
            key = region.get(pos + _LENGTHS.size, keylen)
            if not key.startswith(start):
                return
            yield key[2:].decode("utf-8")
            pos += _LENGTHS.size + keylen + datalen


# ------------------------------------------------------------------ the index


class Index:
    """An index's segments as its newest table of contents lists them."""

    _TOC = re.compile(rf"^_{INDEX_NAME}_(\d+)\.toc$")

    def __init__(self, folder: Path):
        self.folder = folder
        self._fds: list[int] = []
        try:
            self.generation = max(
                (int(m.group(1)) for n in os.listdir(folder) if (m := self._TOC.match(n))),
                default=-1,
            )
            if self.generation < 0:
                raise Unreadable("no table of contents")
            toc = (folder / f"_{INDEX_NAME}_{self.generation}.toc").read_bytes()
            infos = self._read_toc(toc)
            self.segments = [Segment(folder, info, self._fds) for info in infos]
        except OSError as exc:
            self.close()
            raise Unreadable(f"cannot read the index: {exc}") from exc
        except Unreadable:
            self.close()
            raise
        self.offsets = list(accumulate((s.doc_count_all for s in self.segments), initial=0))
        self.doc_count_all = self.offsets[-1]

    def _read_toc(self, data: bytes) -> list[Any]:
        """The segments listed in a table of contents (``whoosh.index.TOC.read``)."""
        pos = 0
        sizes = []
        for _ in range(3):
            size, pos = _varint(data, pos)
            sizes.append(size)
        if sizes != [4, 8, 4]:
            raise Unreadable("an index made on another architecture")
        check, version = struct.unpack_from("!ii", data, pos)
        pos += 8
        if check != -12345 or version != TOC_VERSION:
            raise Unreadable("a table of contents of another version")
        release = []
        for _ in range(3):
            part, pos = _varint(data, pos)
            release.append(part)
        if tuple(release[:2]) != RELEASE:
            raise Unreadable(f"an index written by Whoosh {release}")
        schema_len, pos = _varint(data, pos)
        pos += schema_len  # the schema: confnotes knows its own
        gen, _unused = struct.unpack_from("!ii", data, pos)
        if gen != self.generation:
            raise Unreadable("a table of contents of another generation")
        segments, _end = _load(data, pos + 8)
        if not isinstance(segments, list):
            raise Unreadable("a table of contents without its segments")
        return segments

    def close(self) -> None:
        for fd in self._fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        self._fds.clear()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- statistics

    def doc_frequency(self, fieldname: str, text: str) -> int:
        """How many documents hold the term (deleted ones too, as Whoosh counts)."""
        return sum(seg.doc_frequency(fieldname, text) for seg in self.segments)

    def field_length(self, fieldname: str) -> int:
        """The total length of a field over the index (for its average)."""
        return sum(seg.field_lengths.get(fieldname, 0) for seg in self.segments)

    def __contains__(self, term: tuple[str, str]) -> bool:
        fieldname, text = term
        return any(seg.terms.get(fieldname, text) is not None for seg in self.segments)

    def expand_prefix(self, fieldname: str, prefix: str) -> Iterator[str]:
        """The field's words starting with ``prefix``, in order, each once."""
        import heapq

        seen = None
        for word in heapq.merge(*(seg.terms.keys_from(fieldname, prefix) for seg in self.segments)):
            if word != seen:
                seen = word
                yield word

    def stored_fields(self, docnum: int) -> dict[str, Any]:
        """The stored fields of a document, by its number in the whole index."""
        from bisect import bisect_right

        i = bisect_right(self.offsets, docnum) - 1
        if not 0 <= i < len(self.segments):
            raise Unreadable(f"no document {docnum}")
        return self.segments[i].stored_fields(docnum - self.offsets[i])
