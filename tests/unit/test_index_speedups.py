"""The C loops of the full build (``_speedups.c``) do what their Python mirrors do.

Each C function runs on the same inputs as the pure-Python function of
:mod:`confnotes.index.speedups` it mirrors, and must give the same result (blocks:
the same objects when unpickled, and the same statistics). Under CI the extension
must have been built: a build that silently fell back to Python would pass the
other tests, only slower.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import struct
import zlib
from array import array
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.index import speedups

C: Any = None
if speedups.BUILT:
    from confnotes.index import _speedups as C

needs_c = pytest.mark.skipif(C is None, reason="the C extension is not built here")


def test_the_extension_is_built_under_ci() -> None:
    if os.environ.get("CI"):
        assert speedups.BUILT, "confnotes.index._speedups did not build (see pip's output)"
        assert speedups.place is C.place
    elif not speedups.BUILT:
        assert speedups.place is speedups.place_py


def test_the_term_row_is_whooshs() -> None:
    from whoosh.codec.whoosh3 import W3TermInfo
    from whoosh.filedb.filetables import _lengths

    assert speedups.TERM_ROW.format == W3TermInfo._struct.format + "qi"
    assert speedups.ROW_SIZES.format == _lengths.format


ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=300)


@needs_c
@given(ASCII)
def test_ascii_words(text: str) -> None:
    assert C.ascii_words(text) == speedups.ascii_words_py(text)


def test_ascii_words_of_a_long_word_and_of_non_ascii_text() -> None:
    if C is None:
        pytest.skip("the C extension is not built here")
    text = "A" * 1000 + " b-C9"
    assert C.ascii_words(text) == speedups.ascii_words_py(text) == ["a" * 1000, "b", "c9"]
    with pytest.raises(TypeError):
        C.ascii_words("café")


def test_cjk_split_knows_every_cjk_character_the_pattern_knows() -> None:
    if C is None:
        pytest.skip("the C extension is not built here")
    from confnotes.index import analysis

    every = "".join(map(chr, [*range(0x20, 0xD800), *range(0xE000, 0x110000, 3)]))
    assert C.cjk_split(every) == analysis._CJK_RUN_RE.split(every)


@needs_c
@given(st.text(alphabet=st.sampled_from([*"ab é", "深", "度", "の", "한", "\uf900", "\U00020000"])))
def test_cjk_split(text: str) -> None:
    from confnotes.index import analysis

    assert C.cjk_split(text) == analysis._CJK_RUN_RE.split(text)


EMPHASIS_TEXT = st.lists(
    st.sampled_from([*"*_~` \nab1é深.-", "**", "__", "~~", "```", "ǅ", "٣", "²"]), max_size=30
).map("".join)


@needs_c
@settings(max_examples=500)
@given(EMPHASIS_TEXT)
def test_strip_emphasis(text: str) -> None:
    from confnotes.index import analysis

    assert C.strip_emphasis(text) == re.sub(analysis.EMPHASIS, "", text)


LINES = st.lists(
    st.sampled_from([*" \t\n#-*+1٣.)[]xXab", "\n- ", "\n1. ", "\n## ", "[x] ", "  - [ ] "]),
    max_size=30,
).map("".join)


@needs_c
@settings(max_examples=500)
@given(LINES, st.booleans())
def test_strip_line_marks(text: str, headings: bool) -> None:
    from confnotes.index import analysis

    (heading, no_mark, needs), (item, indent, _none) = analysis._RULES[:2]
    assert needs == ("#",)
    expected = item.sub(indent, heading.sub(no_mark, text) if headings else text)
    assert C.strip_line_marks(text, headings) == expected


class _Memory(dict[str, str]):
    """A stem memory as the analysis keeps it: a missing word is stemmed when looked up."""

    def __missing__(self, word: str) -> str:
        stem = self[word] = word[:-1] if word.endswith("s") else word
        return stem


WORDS = st.lists(st.sampled_from(["cats", "cat", "dogs", "a", "is", "深層", "runs", "x1"]))


@needs_c
@given(WORDS, st.one_of(st.none(), WORDS), st.booleans(), st.integers(0, 1000))
def test_place(tokens: list[str], words: list[str] | None, stem: bool, start: int) -> None:
    results = []
    for place in (C.place, speedups.place_py):
        poses: dict[str, list[int]] = {"cat": [0]}
        unlike: set[str] = set()
        texts = place(list(tokens), words, _Memory() if stem else None, poses, start, unlike)
        results.append((texts, poses, unlike))
    assert results[0] == results[1]


POSITIONS = st.lists(st.integers(0, 70_000), min_size=1, max_size=1200, unique=True).map(sorted)


@needs_c
@settings(max_examples=200, deadline=None)
@given(st.lists(POSITIONS, max_size=5))
def test_encode_positions(lists: list[list[int]]) -> None:
    one = [b"one"] * (max((p[0] for p in lists), default=0) + 1)
    assert C.encode_positions(lists, one) == speedups.encode_positions_py(lists, one)


def test_encode_positions_writes_pickles_batches_as_pickle_does() -> None:
    if C is None:
        pytest.skip("the C extension is not built here")
    for n in (2, 999, 1000, 1001, 2001):
        lists = [list(range(0, 300 * n, 300)), [5, 2**16, 2**24, 2**31 - 1]]
        assert C.encode_positions(lists, []) == speedups.encode_positions_py(lists, [])


@needs_c
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c", "d"]),
            st.floats(0.5, 10.0),
            st.sampled_from([b"", b"v", b"w" * 300]),
        ),
        unique_by=lambda t: t[0],
    ),
    st.integers(3, 12),
)
def test_add_postings(postings: list[tuple[str, float, bytes]], limit: int) -> None:
    keys = [k for k, _w, _v in postings]
    weights = [w for _k, w, _v in postings]
    values = [v for _k, _w, v in postings]
    results = []
    for add in (C.add_postings, speedups.add_postings_py):
        terms: dict[str, list[Any]] = {"a": [1, 1.0, b""], "b": [1, 2.0, b"x"] * 3}
        full = add(terms, keys, 7, weights, values, limit)
        results.append((full, terms))
    assert results[0] == results[1]


BLOCK = st.lists(
    st.tuples(
        st.integers(1, 70000),
        st.sampled_from([1.0, 2.0, 0.1, 1.5, 3.3, 8.0]),
        st.sampled_from([b"", b"ab", b"x" * 300, b"\x00\x00\x00\x01"]),
    ),
    min_size=1,
    max_size=130,
)


def _read_block(record: bytes) -> tuple[Any, Any]:
    """A block as the reader reads it: its info, then its (decompressed) data. Whether it
    is compressed is left out: pickle's memo also numbers the tuples, so a pickle a few
    bytes from the threshold may be compressed by one encoder and not by the other."""
    stream = io.BytesIO(record)
    info = pickle.load(stream)
    data = stream.read()
    return info[:3] + info[4:], pickle.loads(zlib.decompress(data) if info[3] else data)


@needs_c
@settings(max_examples=300, deadline=None)
@given(
    BLOCK,
    st.sampled_from([None, -1, 0, 4]),
    st.sampled_from(["none", "short", "all"]),
    st.integers(0, 5),
    st.booleans(),
    st.sampled_from([0, 3]),
)
def test_encode_block(
    postings: list[tuple[int, float, bytes]],
    fixed: int | None,
    table: str,
    base: int,
    same: bool,
    level: int,
) -> None:
    from whoosh.util.numeric import length_to_byte

    docs = sorted({base + d for d, _w, _v in postings})
    weights = [2.5] * len(docs) if same else [w for _d, w, _v in postings][: len(docs)]
    values = [v for _d, _w, v in postings][: len(docs)]
    entry = [x for posting in zip(docs, weights, values, strict=True) for x in posting]
    lengths: Any = None
    if table != "none":
        size = 40000 if table == "short" else 80000
        lengths = array("I", (i % 7 for i in range(size)))
    blocks = [
        encode(entry, fixed, lengths, base, level, 600, zlib.compress, {}, length_to_byte)
        for encode in (C.encode_block, speedups.encode_block_py)
    ]
    assert _read_block(blocks[0][0]) == _read_block(blocks[1][0])
    assert blocks[0][1:] == blocks[1][1:]
    assert [type(x) for x in blocks[0][1:]] == [type(x) for x in blocks[1][1:]]


@needs_c
@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "é", "深", "zz"]),
        st.tuples(BLOCK, st.booleans(), st.booleans()),
        max_size=5,
    ),
    st.sampled_from([None, 0, 4]),
)
def test_finish_field(terms: dict[str, Any], fixed: int | None) -> None:
    """Each term's last block, folded into what its earlier blocks left (some terms)."""
    from whoosh.util.numeric import length_to_byte

    buffers: dict[str, list[Any]] = {}
    written: dict[str, list[Any]] = {}
    for n, (term, (postings, earlier, empty)) in enumerate(terms.items()):
        docs = sorted({d + 100 for d, _w, _v in postings})
        entry = [x for d, (_d, w, v) in zip(docs, postings, strict=False) for x in (d, w, v)]
        buffers[term] = [] if earlier and empty else entry
        if earlier:
            low = None if n % 2 else 3
            written[term] = [[2.5, 3, low, 6, 4.0, 1, 99], [0, 40, 40, 12]]
    lengths = array("I", (i % 5 for i in range(400)))
    results = []
    for finish in (C.finish_field, speedups.finish_field_py):
        args = (fixed, lengths, 100, 3, 600, zlib.compress, {}, length_to_byte, 1000)
        rows, blocks, offset = finish(sorted(buffers), buffers, written, *args)
        assert offset == 1000 + len(blocks)
        read = []
        for term, info in rows:
            stats, extents = speedups.read_info(info)
            pairs = list(zip(extents[::2], extents[1::2], strict=True))
            earlier = [pair for pair in pairs if pair[0] < 1000]
            last = [_read_block(blocks[o - 1000 : o - 1000 + n]) for o, n in pairs if o >= 1000]
            read.append((term, stats, earlier, last))
        results.append(read)
    assert results[0] == results[1]


def _rows(draw_terms: list[tuple[str, int, int]], share: int) -> list[Any]:
    rows = []
    for n, (term, df, blocks) in enumerate(sorted(draw_terms)):
        stats = (float(df) * 1.5, df, None if n % 3 == 0 else df, df + 1, 2.0, n + share, n + 9)
        extents = tuple(x for b in range(blocks) for x in (7 * b + share, 5 + b))
        info = speedups.term_info(stats, extents)
        assert speedups.read_info(info) == (stats, extents)
        rows.append((term.encode(), info))
    return rows


TERM = st.sampled_from(["a", "ab", "b", "é", "zz", "深"])
TERMS = st.lists(st.tuples(TERM, st.integers(1, 9), st.integers(1, 3)), unique_by=lambda t: t[0])


@needs_c
@given(TERMS, TERMS, st.booleans())
def test_merge_field(first: list[Any], second: list[Any], both: bool) -> None:
    from whoosh.filedb.filetables import md5_hash
    from whoosh.util.numeric import length_to_byte

    columns = [(0, _rows(first, 0))]
    if both:
        columns.append((1, _rows(second, 1)))
    columns = [(i, rows) for i, rows in columns if rows]
    maps = [bytes(range(256)) * 4, bytes(range(255, -1, -1)) * 4]
    results = []
    for merge in (C.merge_field, speedups.merge_field_py):
        for md5 in (None, hashlib.md5):  # Whoosh's md5_hash, or its value from hashlib
            buckets: list[list[tuple[int, int]]] = [[] for _ in range(256)]
            byte_of: dict[int | None, int] = {None: 0}
            args = (columns, maps, struct.pack("!H", 3), 100, 40, byte_of, length_to_byte)
            got = merge(*args, md5_hash, buckets, b"W3Bl", md5)
            results.append((got, buckets, byte_of))
    assert all(result == results[0] for result in results)
