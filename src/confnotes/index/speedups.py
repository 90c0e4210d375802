"""The full build's innermost loops: C when the extension was built, else the same in Python.

A full build (:mod:`confnotes.index.bulk`) takes ~6 million words and 1.5 million
postings through these at 5,000 talks, a few Python steps each: about a third of
its CPU. ``_speedups.c`` does each in one C loop; the functions below (``*_py``)
are what it does, and they run wherever the extension did not build (no
compiler: ``pip install`` goes on without it). ``tests/unit/test_index_speedups.py``
runs both on the same inputs, and fails under CI when the extension is missing.

The names without ``_py`` are the ones to call: the C function or its mirror.
"""

from __future__ import annotations

import pickle
import re
import struct
from array import array
from collections.abc import Callable, Iterator
from itertools import compress
from operator import ne, sub
from typing import Any

pack_uint = struct.Struct("!I").pack
"""Whoosh's ``pack_uint`` (this module imports no Whoosh: the analysis uses it too)."""
_ASCII_WORD_RE = re.compile(r"[a-z0-9]+")


def ascii_words_py(text: str) -> list[str]:
    """The runs of ASCII letters and digits of an ASCII text, lower-cased (their fold)."""
    return _ASCII_WORD_RE.findall(text.lower())


def place_py(
    tokens: list[str],
    words: list[str] | None,
    memory: dict[str, str] | None,
    poses: dict[str, list[int]],
    start: int,
    unlike: set[str] | None,
) -> list[str]:
    """Each token's stem (``memory[token]``, a dict that stems missing words itself; the
    token when ``memory`` is None), its position from ``start`` appended to
    ``poses[stem]``, and the words unlike their stem added to ``unlike`` (``words``, or
    the tokens when None); returns the stems in order."""
    if memory is None:
        texts = tokens
    else:
        texts = list(map(memory.__getitem__, tokens))
        if unlike is not None:
            if words is None:
                unlike.update(compress(tokens, map(ne, texts, tokens)))
            else:
                stems = list(map(memory.__getitem__, words))
                unlike.update(compress(words, map(ne, stems, words)))
    get = poses.get
    for p, text in enumerate(texts, start):
        found = get(text)
        if found is None:
            poses[text] = [p]
        else:
            found.append(p)
    return texts


def encode_positions_py(lists: list[list[int]], one: list[bytes]) -> list[bytes]:
    """Each list of positions as ``FoldedPositions.encode`` encodes it (the count, then the
    pickled gaps); a single position ``p`` is ``one[p]``."""
    out = []
    for poslist in lists:
        if len(poslist) == 1:
            out.append(one[poslist[0]])
        else:
            gaps = [poslist[0], *map(sub, poslist[1:], poslist)]
            out.append(pack_uint(len(gaps)) + pickle.dumps(gaps, 2))
    return out


def add_postings_py(
    terms: dict[Any, list[Any]],
    keys: list[Any],
    docnum: int,
    weights: list[float],
    values: list[Any],
    limit: int,
) -> list[Any]:
    """One document's postings appended to their terms' buffers (``terms[key]`` gets the
    document, weight and value; a missing buffer is made), and the keys whose buffer now
    holds ``limit`` items or more, in order."""
    full = []
    for key, weight, value in zip(keys, weights, values, strict=True):
        entry = terms.get(key)
        if entry is None:
            entry = terms[key] = []
        entry += (docnum, weight, value)
        if len(entry) >= limit:
            full.append(key)
    return full


Block = tuple[bytes, int, int, int, float, Any, int | None, int]
"""An encoded block: its bytes as written (info, then data), postings, first and last
document, summed weight (of the weights in single precision, as stored), highest weight
(0 when none is positive), and the shortest and longest non-zero field length (None and 0
when none)."""

BLOCK_PICKLE = 3
"""Blocks are pickled with protocol 3: the bytes of positions are one opcode each there,
while Whoosh's protocol 2 pickles each through a ``_codecs.encode`` call (3× the time to
write, and to read back). The reader unpickles any protocol; the C encoder writes the same
opcodes without pickle's memo (the same objects when read back)."""


def encode_block_py(
    entry: list[Any],
    fixed: int | None,
    lengths: Any,
    base: int,
    level: int,
    min_compressed: int,
    compress: Callable[[bytes, int], bytes],
    byte_of: dict[int | None, int],
    length_to_byte: Callable[[int | None], int],
) -> Block:
    """A term's buffered postings (document, weight, value, ...) as one block of the codec,
    as ``W3PostingsWriter._write_block`` writes it: its info (count, last document, highest
    weight, compression, shortest and longest field length as bytes), then its
    ``(ids, weights, values)`` (ids as gaps), compressed at ``level`` when at least
    ``min_compressed`` bytes long. Field lengths come from ``lengths`` (an ``array('I')``
    by document from ``base``, or None); ``byte_of`` remembers ``length_to_byte``."""
    ids, weights, values = entry[::3], entry[1::3], entry[2::3]
    floats = array("f", weights)
    minlength: int | None = None
    maxlength = 0
    if lengths is not None:
        n = len(lengths)
        found = [lengths[d - base] if d - base < n else 0 for d in ids]
        nonzero = [x for x in found if x]
        if nonzero:
            minlength, maxlength = min(nonzero), max(nonzero)
    mini_ids = (ids[0], *map(sub, ids[1:], ids[:-1]))
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
    comp = level if level and len(data) >= min_compressed else 0
    if comp:
        data = compress(data, comp)
    maxweight = max(0, max(weights))
    lo, hi = (_byte(byte_of, length_to_byte, x) for x in (minlength, maxlength))
    info = pickle.dumps((count, ids[-1], maxweight, comp, lo, hi), 2)
    return info + data, count, ids[0], ids[-1], sum(floats), maxweight, minlength, maxlength


def _byte(
    byte_of: dict[int | None, int], length_to_byte: Callable[[int | None], int], n: int | None
) -> int:
    """``length_to_byte(n)``, remembered in ``byte_of``."""
    found = byte_of.get(n)
    if found is None:
        found = byte_of[n] = length_to_byte(n)
    return found


Row = tuple[bytes, bytes]
"""One term of a share: its bytes, and its info (:func:`term_info`): its statistics and
its blocks in the share's part file. Packed, as the child's rows are sent to the parent
and each object of a row is made, sent, read and freed (120,000 rows at 5,000 talks)."""
Piece = tuple[int, bytes]
"""A term's info in one share (the share's number first)."""
Merged = tuple[bytes, bytes, list[int], bytes]
"""One field merged: its postings, its rows of the term table, each row's offset in the
table, and its last key (empty when it has no term)."""

TERM_STATS = struct.Struct("<dqqqdqq")
"""A term's statistics in a share: weight, document frequency, shortest (-1: none) and
longest field length, highest weight, first and last document."""


def term_info(stats: Any, extents: Any) -> bytes:
    """A term's info: its statistics (``minlength`` None written as -1), then its blocks
    (offset, size, offset, size...)."""
    weight, df, minlength, maxlength, maxweight, minid, maxid = stats
    lo = -1 if minlength is None else minlength
    head = TERM_STATS.pack(weight, df, lo, maxlength, maxweight, minid, maxid)
    return head + struct.pack(f"<{len(extents)}q", *extents)


def read_info(info: bytes) -> tuple[tuple[Any, ...], tuple[int, ...]]:
    """A term's statistics and block extents from its info (:func:`term_info`)."""
    weight, df, lo, maxlength, maxweight, minid, maxid = TERM_STATS.unpack_from(info)
    extents = struct.unpack_from(f"<{(len(info) - TERM_STATS.size) // 8}q", info, TERM_STATS.size)
    stats = (weight, df, None if lo < 0 else lo, maxlength, maxweight, minid, maxid)
    return stats, extents


def finish_field_py(
    keys: list[Any],
    terms: dict[Any, list[Any]],
    written: dict[Any, list[Any]],
    fixed: int | None,
    lengths: Any,
    base: int,
    level: int,
    min_compressed: int,
    compress: Callable[[bytes, int], bytes],
    byte_of: dict[int | None, int],
    length_to_byte: Callable[[int | None], int],
    offset: int,
) -> tuple[list[Row], bytes, int]:
    """A field's rows, its terms in the order of ``keys``: each term's buffered postings
    (``terms[key]``) encoded as its last block (:func:`encode_block_py`), the blocks'
    bytes joined (they go to the part file from ``offset``), and its statistics folded
    into those of its earlier blocks (``written[key]``: ``[stats, extents]``, as
    ``_Share._flush`` keeps them). Returns the rows, the blocks and the offset after them."""
    rows: list[Row] = []
    blocks: list[bytes] = []
    spec = (fixed, lengths, base, level, min_compressed, compress, byte_of, length_to_byte)
    for key in keys:
        entry = terms[key]
        found = written.get(key)
        tbytes = key.encode("utf-8") if isinstance(key, str) else key
        if found is not None and not entry:
            rows.append((tbytes, term_info(*found)))
            continue
        block, count, minid, maxid, total, maxweight, lo, hi = encode_block_py(entry, *spec)
        blocks.append(block)
        if found is None:
            stats: Any = (total, count, lo, hi, maxweight, minid, maxid)
            extents: Any = (offset, len(block))
        else:
            old, earlier = found
            low = old[2] if lo is None else lo if old[2] is None else min(old[2], lo)
            high, heaviest = max(old[3], hi), max(old[4], maxweight)
            stats = (old[0] + total, old[1] + count, low, high, heaviest, old[5], maxid)
            extents = (*earlier, offset, len(block))
        rows.append((tbytes, term_info(stats, extents)))
        offset += len(block)
    return rows, b"".join(blocks), offset


TERM_ROW = struct.Struct("!BfIBBfIIqi")
"""A row of the term table: ``W3TermInfo``'s statistics, then where the term's postings
are (offset, length); ``tests/unit/test_index_speedups.py`` checks it is Whoosh's."""
ROW_SIZES = struct.Struct("!ii")
"""The key and value lengths before each row (``filetables._lengths``)."""
_pack_int = struct.Struct("!i").pack


def merge_field_py(
    columns: list[tuple[int, list[Row]]],
    maps: list[Any],
    prefix: bytes,
    pos: int,
    at: int,
    byte_of: dict[int | None, int],
    length_to_byte: Callable[[int | None], int],
    hashfn: Callable[[bytes], int],
    buckets: list[list[tuple[int, int]]],
    magic: bytes,
    md5: Callable[[bytes], Any] | None = None,
) -> Merged:
    """One field's terms over every share, in order (:func:`merged_py`): each term's
    blocks copied from the shares' part files (``maps``, by share) after ``magic``, the
    last one's size negative, and its row of the term table (``W3FieldWriter.finish_term``:
    the row, its hash in ``buckets``). ``pos`` and ``at`` are where the field's postings
    and rows start; ``byte_of`` remembers ``length_to_byte``. A key's hash is
    ``hashfn(key)``, or when ``md5`` (``hashlib.md5``) is given what Whoosh's ``md5_hash``
    gives: its digest's last four bytes."""
    blobs: list[bytes] = []
    rows: list[bytes] = []
    offsets: list[int] = []
    key = b""
    for tbytes, pieces in merged_py(columns):
        infos = [(i, *read_info(info)) for i, info in pieces]
        stats = infos[0][1] if len(infos) == 1 else combined_py(infos)
        weight, df, minlength, maxlength, maxweight, minid, maxid = stats
        chunks = [magic]
        size = 0
        for i, _stats, extents in infos:
            data = maps[i]
            for j in range(0, len(extents), 2):
                off, size = extents[j], extents[j + 1]
                chunks.append(_pack_int(size))
                chunks.append(data[off : off + size])
        chunks[-2] = _pack_int(-size)  # the last block says so
        blob = b"".join(chunks)
        blobs.append(blob)
        lo = _byte(byte_of, length_to_byte, minlength)
        hi = _byte(byte_of, length_to_byte, maxlength)
        first = 0xFFFFFFFF if minid is None else minid
        value = TERM_ROW.pack(0, weight, df, lo, hi, maxweight, first, maxid, pos, len(blob))
        pos += len(blob)
        key = prefix + tbytes
        entry = ROW_SIZES.pack(len(key), len(value)) + key + value
        rows.append(entry)
        h = hashfn(key) if md5 is None else int.from_bytes(md5(key).digest()[-4:], "big")
        buckets[h & 255].append((h, at))
        offsets.append(at)
        at += len(entry)
    return b"".join(blobs), b"".join(rows), offsets, key


def combined_py(pieces: list[tuple[int, tuple[Any, ...], tuple[int, ...]]]) -> tuple[Any, ...]:
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
    return weight, df, minlength, maxlength, maxweight, minid, maxid


def merged_py(columns: list[tuple[int, list[Row]]]) -> Iterator[tuple[bytes, list[Piece]]]:
    """The terms of one field over every share, in order: each term with its pieces
    (share, info), earlier shares first (each share's rows are sorted)."""
    if len(columns) == 1:
        i, rows = columns[0]
        for tbytes, info in rows:
            yield tbytes, [(i, info)]
        return
    found: list[dict[bytes, bytes]] = [dict(rows) for _i, rows in columns]
    for tbytes in sorted(set().union(*found)):
        pieces: list[Piece] = []
        for (i, _rows), infos in zip(columns, found, strict=True):
            here = infos.get(tbytes)
            if here is not None:
                pieces.append((i, here))
        yield tbytes, pieces


ascii_words: Callable[[str], list[str]] = ascii_words_py
place: Callable[..., list[str]] = place_py
encode_positions: Callable[[list[list[int]], list[bytes]], list[bytes]] = encode_positions_py
add_postings: Callable[..., list[Any]] = add_postings_py
encode_block: Callable[..., Block] = encode_block_py
merge_field: Callable[..., Merged] = merge_field_py
finish_field: Callable[..., tuple[list[Row], bytes, int]] = finish_field_py

cjk_split: Callable[[str], list[str]] | None = None
"""``_speedups.cjk_split`` (``analysis._CJK_RUN_RE.split`` in C), None when not built: the
analysis splits with its pattern then."""
strip_line_marks: Callable[[str, bool], str] | None = None
"""``_speedups.strip_line_marks`` (the heading and list-item rules of ``analysis._RULES``,
one after the other, in C), None when not built: ``plain_text`` runs the patterns then."""
strip_emphasis: Callable[[str], str] | None = None
"""``_speedups.strip_emphasis`` (``re.sub(analysis.EMPHASIS, "", text)`` in C), None when
not built: ``plain_text`` runs the pattern then."""
BUILT = False
"""Whether the C extension is in use."""
try:
    from confnotes.index import _speedups
except ImportError:  # not built (no compiler at install): the Python above
    pass
else:
    BUILT = True
    ascii_words = _speedups.ascii_words
    place = _speedups.place
    encode_positions = _speedups.encode_positions
    add_postings = _speedups.add_postings
    encode_block = _speedups.encode_block
    merge_field = _speedups.merge_field
    finish_field = _speedups.finish_field
    cjk_split = _speedups.cjk_split
    strip_emphasis = _speedups.strip_emphasis
    strip_line_marks = _speedups.strip_line_marks
