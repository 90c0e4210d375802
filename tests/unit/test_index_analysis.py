"""Indexing through ``FoldedPositions`` gives exactly the terms Whoosh's analyzer chain gives.

The fused loop is only a speed-up of a full build: every term, position and
weight must be what the tokenizer + stemmer + ``Positions`` format produce, or
queries (analysed the usual way) would miss words.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.formats import Frequency, Positions

from confnotes.index import analysis, whoosh_fields
from confnotes.index.analysis import analysed, weighted
from confnotes.index.whoosh_fields import (
    FoldedFrequency,
    FoldedPositions,
    plain_analyzer,
    stemming_analyzer,
)

SAMPLES = [
    "",
    "Deep Equilibrium Models",
    "Kajić and Hyvärinen: **bold** words, *italics*, `code`; networks’ posteriors!",
    "ÆON straße Ørsted łódź ıi Ħal ÞORN œuvre",
    "深層平衡モデル は 固定点 を 使う 한국어 텍스트 一",
    weighted([(8, "Title Words"), (5, "Zico Kolter"), (1, "body text with title words")]),
    "running runs ran runner's re-run 3.14 v2 ΔX αβγ",
]

PIECES = [*"abcxyz ÄäéíøßæŁ深層平衡한국 \n.,*_-'’", "\x1e2\x1f", "\x1e0.5\x1f", "ing", "ed "]
PIECES += ["\x1e1\x1f", "\x1e8\x1f", "\x1e0.3\x1f", "\x1e1.7\x1f"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _both(text: str, analyzer: object) -> tuple[list, list]:
    fast = sorted(FoldedPositions().word_values(text, analyzer))
    slow = sorted(Positions().word_values(text, analyzer))
    return fast, slow


def test_samples_match_the_analyzer_chain() -> None:
    for analyzer in (plain_analyzer(), stemming_analyzer()):
        for text in SAMPLES:
            fast, slow = _both(text, analyzer)
            assert fast == slow, text


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_any_text_matches_the_analyzer_chain(text: str) -> None:
    for analyzer in (plain_analyzer(), stemming_analyzer()):
        fast, slow = _both(text, analyzer)
        assert fast == slow


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_counts_of_short_fields_match_whooshs_frequency_format(text: str) -> None:
    for analyzer in (plain_analyzer(), stemming_analyzer()):
        fast = sorted(FoldedFrequency().word_values(text, analyzer))
        slow = sorted(Frequency().word_values(text, analyzer))
        assert fast == slow


def test_other_analyzers_take_the_usual_way() -> None:
    from whoosh.analysis import StandardAnalyzer

    analyzer = StandardAnalyzer()
    text = "Some Words, some more words"
    assert sorted(FoldedPositions().word_values(text, analyzer)) == sorted(
        Positions().word_values(text, analyzer)
    )


MIXED = [
    *["C++", "C#", ".NET", "F#", "深", "層平", "한국", "カ\u3099", "\uf900", "abc", "running"],
    *[" ", ".", "+", "#", "x", "é", "\u0301", "\x1e2\x1f", "\x1e0.5\x1f", "ing", "C", "net", "7"],
    *["_", "A_b", "ß", ".net", "IT'S", "Ωmega", "\n", "-"],
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MIXED), max_size=16).map("".join))
def test_symbols_next_to_cjk_and_markers_match_the_analyzer_chain(text: str) -> None:
    for analyzer in (plain_analyzer(), stemming_analyzer()):
        fast, slow = _both(text, analyzer)
        assert fast == slow


def test_cjk_characters_taken_as_is_fold_to_themselves_in_any_bigram() -> None:
    import random
    import re
    import unicodedata

    from confnotes.index.analysis import CJK_AS_IS
    from confnotes.text.fold import fold

    chars = [chr(c) for c in range(0x3040, 0xD7B0) if re.fullmatch(f"[{CJK_AS_IS}]", chr(c))]
    assert len(chars) > 30_000
    for c in chars:
        assert fold(c) == c and unicodedata.normalize("NFC", c) == c, hex(ord(c))
        assert not unicodedata.combining(c), hex(ord(c))
    rnd = random.Random(13)
    for _ in range(20_000):
        pair = rnd.choice(chars) + rnd.choice(chars)
        assert fold(pair) == pair, pair


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_words_unlike_their_stem_are_those_the_stemmer_changes(text: str) -> None:
    from confnotes.index.query import stem_word

    unlike = analysed(text, stem_word)[2]
    tokens = [t.text for t in plain_analyzer()(text) if not analysis.CJK_RE.match(t.text)]
    assert unlike == {w for w in tokens if stem_word(w) != w}


def test_the_stem_memory_starts_over_when_full_and_stems_stay_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from confnotes.index.query import stem_word

    monkeypatch.setattr(analysis, "MAX_STEMS", 3)
    text = "running runners calibrated calibration tokenizers tokenization words"
    for n in range(3):
        analysis._last.entry = None
        poses, _weights, unlike = analysed(f"{text} extra{n}", stem_word)
        assert set(poses) == {stem_word(w) for w in f"{text} extra{n}".split()}
        assert unlike == {w for w in text.split() if stem_word(w) != w}
    assert len(analysis._STEM_MEMORY[stem_word]) <= 3 + 9


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"*_~` \nab1é", "**", "__"]), max_size=30).map("".join))
def test_emphasis_marks_go_as_the_first_written_pattern_took_them(text: str) -> None:
    import re

    first = re.compile(r"\*\*|__|~~|`+|(?<!\w)\*|\*(?!\w)")
    assert re.sub(analysis.EMPHASIS, "", text) == first.sub("", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"![]() \nab", "](", "!["]), max_size=30).map("".join))
def test_links_go_as_the_first_written_pattern_took_them(text: str) -> None:
    import re

    first = re.compile(r"!?\[([^\[\]\n]{0,1000})\]\([^()\n]{0,2000}\)")
    assert re.sub(analysis.LINK, r"\1", text) == first.sub(r"\1", text)


ASCII_PIECES = [*"abcXYZ019 \n.,*_-'+#()", "C++", "C#", ".NET", "ing", "ed "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ASCII_PIECES), max_size=40).map("".join))
def test_ascii_text_tokenizes_as_the_general_pattern_does(text: str) -> None:
    """Plain ASCII takes a shortcut (no CJK or accent classes to compile for a query): its
    tokens, originals, positions and offsets are those of the general pattern."""

    def tokens() -> list[tuple[str, str, int, int, int]]:
        tokenizer = whoosh_fields.FoldingTokenizer()
        return [
            (t.text, t.original, t.pos, t.startchar, t.endchar)
            for t in tokenizer(text, positions=True, chars=True, keeporiginal=True, start_char=3)
        ]

    fast = tokens()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(whoosh_fields, "plain_ascii", lambda _text: False)
        general = tokens()
    assert fast == general


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*ASCII_PIECES, *SAMPLES, "\x1e8\x1f", "深", "Ⅻ"]), max_size=12))
def test_query_words_are_the_schema_tokenizers_tokens(pieces: list[str]) -> None:
    """``words`` (the query side, without Whoosh) cuts a text as the schema's tokenizer
    does: a query word finds the terms the index holds."""
    text = "".join(pieces)
    assert analysis.words(text) == [t.text for t in whoosh_fields.FoldingTokenizer()(text)]


def test_accent_variants_written_out_are_those_the_fold_gives() -> None:
    from confnotes.index import snippets

    assert snippets.variants() == snippets.VARIANTS


def test_patterns_compiled_on_first_use_behave_as_compiled_ones() -> None:
    from confnotes.text.lazy_re import lazy_compile

    lazy = lazy_compile(r"(?P<word>[a-z]+)|(?P<num>\d+)")
    assert [m.lastgroup for m in lazy.finditer("ab 12")] == ["word", "num"]
    assert lazy.findall("x1") == [("x", ""), ("", "1")]
    assert lazy.groupindex == {"word": 1, "num": 2}
    assert analysis.starts_cjk("深層") and not analysis.starts_cjk("deep")
    assert not analysis.starts_cjk("")


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from([*ASCII_PIECES, "é", "e\u0301", "ß", "深層", "Ⅻ", "C++", "c#x", "ab_c"]),
        max_size=15,
    ).map("".join)
)
def test_a_snippets_ascii_word_is_the_word_the_full_pattern_finds(text: str) -> None:
    """Snippets take a plain ASCII word without compiling the Unicode word pattern; at
    every offset they find what that pattern finds (an accent, a mark, ``++`` or ``#``
    after the word sends them to it)."""
    from confnotes.index import snippets

    for pos in range(len(text)):
        fast = snippets._word_at(text, pos)
        full = analysis.word_at().match(text, pos)
        assert (fast and fast.group()) == (full and full.group()), (text, pos)


def test_no_combining_mark_is_ascii() -> None:
    """The snippets' ASCII shortcut stops a word at any ASCII character but ``+`` and ``#``:
    right only while no ASCII character can go on with a word as a mark."""
    import re

    from confnotes.text.marks import MARKS

    marks = re.compile(f"[{MARKS}]")
    assert not [c for c in map(chr, range(128)) if marks.match(c)]
