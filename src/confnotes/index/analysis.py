"""Text analysis shared by indexing, querying and snippets.

Whoosh's default tokenizer keeps ``*`` inside words and makes a whole CJK
sentence one token, so confnotes uses its own: words are runs of letters,
digits and the marks written on them (Markdown markup never sticks to them;
``C++``, ``C#``, ``F#`` and ``.NET`` are tokens of their own), CJK runs become
overlapping character bigrams (so a shorter CJK term finds a longer phrase), and
every token goes through confnotes' one fold (:mod:`confnotes.text.fold`:
``Kajić`` → ``kajic``). Stemmed fields add the Snowball English stemmer on top;
the ``spell`` field keeps every word unstemmed, for typo tolerance and prefixes.

Markdown is indexed as text: :func:`plain_text` strips markup line by line,
keeping the line structure so a match can be mapped to its line in the note.
"""

from __future__ import annotations

import pickle
import re
import struct
import threading
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import compress
from operator import add, methodcaller, ne, sub
from typing import Any

from confnotes.notebook.indexed_part import INDEXED_CHARS
from confnotes.text.fold import compat
from confnotes.text.fold import fold_word as fold
from confnotes.text.lazy_re import lazy_compile
from confnotes.text.marks import MARKS
from confnotes.text.scripts import CJK_RANGES

SYMBOL = r"(?:[A-Za-z](?<![\w.+#][A-Za-z])(?:\+\+|#)|\.(?<![\w.+#]\.)[Nn][Ee][Tt])(?![^\W\d]|[+#])"
"""Names of languages that are not words: ``C++``, ``C#``, ``F#``, ``.NET`` stay tokens of their
own, so a search for C++ is not a search for C (a version may follow: ``C++20``). The
look-behinds come after the first character, so the pattern fails fast everywhere else: the
tokenizer is a build's hot loop."""
_WORD = rf"[^\W_{CJK_RANGES}]+(?:[{MARKS}]+[^\W_{CJK_RANGES}]*)*"
_WEIGHTED_RE = lazy_compile(
    rf"\x1e(?P<boost>[0-9.]+)\x1f|(?P<sym>{SYMBOL})|(?P<cjk>[{CJK_RANGES}]+)|(?P<word>{_WORD})"
)


@lru_cache(maxsize=1)
def word_at() -> re.Pattern[str]:
    """A word or symbol token starting at a given offset (snippets map matches back with it;
    compiled on first use: a search that finds nothing never needs it)."""
    return re.compile(rf"{SYMBOL}|{_WORD}")


def weighted(parts: list[tuple[float, str]]) -> str:
    """One field value made of parts of different weights (title, speakers, abstract, body).

    Each part's words count ``weight`` times in the index (BM25F's weighted term
    frequency), so one field and one term per query word rank a title match far
    above a body match, without a query over a dozen fields.
    """
    out = []
    for weight, text in parts:
        if text:
            clean = text.replace("\x1e", " ").replace("\x1f", " ")
            out.append(f"\x1e{weight:g}\x1f{clean}\n")
    return "".join(out)


CJK_RE = lazy_compile(rf"[{CJK_RANGES}]")


def starts_cjk(token: str) -> bool:
    """Whether ``token`` starts with a CJK character (a bigram, not a word); no regex for
    the characters before the CJK blocks (compiling :data:`CJK_RE` costs ~4 ms)."""
    return bool(token) and token[0] >= "\u3040" and CJK_RE.match(token) is not None


_UINT = struct.Struct("!I")


def encode_positions(poslist: list[int]) -> bytes:
    """Whoosh's ``Positions.encode`` of a term's positions in a field (the count, then the
    pickled gaps), without a Python loop."""
    if len(poslist) == 1:
        return one_position(poslist[0])
    gaps = [poslist[0], *map(sub, poslist[1:], poslist)]
    return _UINT.pack(len(gaps)) + pickle.dumps(gaps, 2)


def decode_positions(raw: bytes) -> list[int]:
    """The positions :func:`encode_positions` encoded (Whoosh's ``Positions.decode_positions``)."""
    if not raw.endswith(b"."):
        raw += b"."  # the pickle's STOP, left out when stored
    positions = []
    position = 0
    for gap in pickle.loads(raw[_UINT.size :]):
        position += gap
        positions.append(position)
    return positions


@lru_cache(maxsize=4096)
def one_position(pos: int) -> bytes:
    """The encoding of a single position (most terms occur once in a field)."""
    return _UINT.pack(1) + pickle.dumps([pos], 2)


def unchanged(word: str) -> str:
    """The stem function of fields that are not stemmed."""
    return word


Analysed = tuple[dict[str, list[int]], dict[str, float], set[str]]
_last = threading.local()
_MARKER_RE = re.compile(r"\x1e([0-9.]+)\x1f")
_TOKEN_RE = lazy_compile(rf"{SYMBOL}|{_WORD}")
"""The weight markers of :func:`weighted`, and the words and symbols between them (the
alternatives of ``_WEIGHTED_RE`` that can match where there is no CJK)."""
_CJK_RUN_RE = lazy_compile(rf"([{CJK_RANGES}]+)")
_ASCII_WORD_RE = re.compile(r"[a-z0-9]+")
_NET_RE = re.compile(r"\.[Nn][Ee][Tt]")


def ascii_words(text: str) -> list[str]:
    """The runs of ASCII letters and digits of an ASCII text, lower-cased (their fold)."""
    return _ASCII_WORD_RE.findall(text.lower())


AMERICAN = ("ize", "izes", "ized", "izing", "izer", "izers", "yze", "yzed", "yzing", "or", "ors")
"""Endings whose British spelling (``query.american``) stems the same: a word written so is
kept in the ``spell`` field, for the exact spelling to rank first."""


def place(
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
                written = tokens
            else:
                stems = list(map(memory.__getitem__, words))
                unlike.update(compress(words, map(ne, stems, words)))
                written = words
            # American spellings stem as themselves but share the stem of the British ones
            unlike.update(w for w in set(written) if w.endswith(AMERICAN) and len(w) > 4)
    get = poses.get
    for p, text in enumerate(texts, start):
        found = get(text)
        if found is None:
            poses[text] = [p]
        else:
            found.append(p)
    return texts


def plain_ascii(text: str) -> bool:
    """True when ``text`` is ASCII without ``_`` and anything a :data:`SYMBOL` needs: its
    tokens are then its runs of ASCII letters and digits, lower-cased (which is their
    fold), whatever comes before or after it."""
    return (
        text.isascii()
        and "_" not in text
        and "+" not in text
        and "#" not in text
        and _NET_RE.search(text) is None
    )


def analysed(value: str, stem: Any) -> Analysed:
    """One pass over a field value: each term's positions and weight, and the words
    unlike their stem.

    The text between weight markers is cut into words (by one ``findall``; a part with CJK
    between its runs, then its runs into bigrams), and :func:`place` stems each word through
    a dictionary of the words seen and records its position. A term's weight
    is its count, plus ``weight - 1`` for each time it is written in a part of another weight
    (the few words of a title, speakers, abstract). The ``spell`` and ``text`` fields of a
    document hold the same string, and Whoosh indexes them one after the other: the last
    result is kept (by identity) so the text is read once.
    """
    last = getattr(_last, "entry", None)
    if last is not None and last[0] is value and last[1] is stem:
        return last[2]  # type: ignore[no-any-return]
    poses: dict[str, list[int]] = {}
    unlike: set[str] = set()
    parts: list[tuple[float, list[str]]] = []
    memory = None if stem is unchanged else _stem_memory(stem)
    pos, boost = 0, 1.0
    pieces = _MARKER_RE.split(value) if "\x1e" in value else [value]
    for i, piece in enumerate(pieces):
        if i % 2:
            boost = float(piece)
            pos += 1  # parts never run together into a phrase
            continue
        if not piece:
            continue
        if plain_ascii(piece):
            texts = place(ascii_words(piece), None, memory, poses, pos, unlike)
        elif len(runs := _cjk_runs(piece := compat(piece))) == 1:  # no CJK
            tokens = list(map(fold, _TOKEN_RE.findall(piece)))
            texts = place(tokens, None, memory, poses, pos, unlike)
        else:
            tokens, words_only = _mixed_tokens(piece, runs)
            texts = place(tokens, words_only, memory, poses, pos, unlike)
        pos += len(texts)
        parts.append((boost, texts))
    result = (poses, _weights(poses, parts), unlike)
    if stem is not unchanged:  # fields indexed between spell and text (tag) are not stemmed
        _last.entry = (value, stem, result)
    return result


def _weights(poses: dict[str, list[int]], parts: list[tuple[float, list[str]]]) -> dict[str, float]:
    """Each term's weight: the weight of its part, once per time it is written there, summed
    (Whoosh's ``Positions.word_values``)."""
    if all((boost * 2).is_integer() and abs(boost) < 1e6 for boost, _texts in parts):
        # multiples of 0.5: every sum is exact in any order, so a term's count is its
        # weight in parts of weight 1, and only the few words of the others are added
        weights = dict(zip(poses, map(float, map(len, poses.values())), strict=True))
        for boost, texts in parts:
            if boost != 1.0:
                extra = boost - 1.0
                for text in texts:
                    weights[text] += extra
        return weights
    weights = {}
    for boost, texts in parts:  # other weights are added as Whoosh adds them (same float)
        _add_weights(weights, texts, boost)
    return weights


class _StemMemory(dict[str, str]):
    """Words' stems, each stemmed once: a word missing is stemmed when looked up, so
    ``map(memory.__getitem__, words)`` makes no Python call for the words already seen."""

    def __init__(self, stem: Any):
        super().__init__()
        self.stem = stem

    def __missing__(self, word: str) -> str:
        found = self[word] = self.stem(word)
        return str(found)


_STEM_MEMORY: dict[Any, _StemMemory] = {}
MAX_STEMS = 400_000
"""Words whose stem is remembered (per stemmer) before the memory starts over."""


def _stem_memory(stem: Any) -> _StemMemory:
    """The stems of the words seen so far, by ``stem`` (a fresh memory once it is full)."""
    memory = _STEM_MEMORY.get(stem)
    if memory is None or len(memory) > MAX_STEMS:
        # a new one, never cleared: another thread may be reading the old one
        memory = _STEM_MEMORY[stem] = _StemMemory(stem)
    return memory


def _add_weights(weights: dict[str, float], texts: list[str], boost: float) -> None:
    """Add ``boost`` to each text's weight once per occurrence (by multiplication when that
    gives the very same float as repeated addition: a multiple of 0.5)."""
    if (boost * 2).is_integer() and abs(boost) < 1e6:
        for text, count in Counter(texts).items():
            weights[text] = weights.get(text, 0.0) + boost * count
        return
    for text in texts:
        if text in weights:
            weights[text] += boost
        else:
            weights[text] = boost


def _cjk_runs(text: str) -> list[str]:
    """``text`` cut around its runs of CJK characters, the runs kept (``[text]`` when it has
    none)."""
    return _CJK_RUN_RE.split(text)


def _mixed_tokens(value: str, parts: list[str] | None = None) -> tuple[list[str], list[str]]:
    """The folded tokens of a text with CJK (words, symbols and CJK bigrams, in order), and
    its folded words and symbols alone (only those can differ from their stem).

    The text between CJK runs is cut by one ``findall`` with the runs' neighbouring
    characters around it: a CJK character is never part of a word or symbol, but the
    look-arounds of :data:`SYMBOL` see it (``深C++`` is no symbol). ``parts``: the text
    already cut by :func:`_cjk_runs`.
    """
    if parts is None:
        parts = _cjk_runs(value)
    tokens: list[str] = []
    found: list[str] = []
    last = len(parts) - 1
    for i in range(0, len(parts), 2):
        text = parts[i]
        if text:
            if plain_ascii(text):
                folded = ascii_words(text)
            else:
                before = parts[i - 1][-1] if i else ""
                after = parts[i + 1][0] if i < last else ""
                folded = list(map(fold, _TOKEN_RE.findall(before + text + after)))
            tokens += folded
            found += folded
        if i < last:
            tokens += _bigrams(parts[i + 1])
    return tokens, found


def _bigrams(run: str) -> list[str]:
    """A CJK run's folded character bigrams (the run alone when it is one character)."""
    if len(run) == 1:
        return [fold(run)]
    if _CJK_AS_IS_RE.fullmatch(run):
        return list(map(add, run, run[1:]))  # each bigram is its own fold
    return [fold(run[i : i + 2]) for i in range(len(run) - 1)]


CJK_AS_IS = CJK_RANGES.replace("\uf900-\ufaff", "").replace(
    "\u3040-\u30ff", "\u3040-\u3098\u309d\u309e\u30a0-\u30fe"
)
"""The CJK characters that any bigram of folds to itself: all but the compatibility
ideographs (NFKC maps them to unified ones), the kana voicing marks (NFKC composes them
with the kana before) and the kana digraphs ゟ and ヿ (NFKC spells them out);
``tests/unit/test_index_analysis.py`` checks it."""
_CJK_AS_IS_RE = lazy_compile(f"[{CJK_AS_IS}]+")


def words(text: str) -> list[str]:
    """The folded tokens of ``text`` (query words, CJK bigrams): what the schema's
    tokenizer (``whoosh_fields.FoldingTokenizer``) gives, without Whoosh."""
    if "\x1e" not in text and plain_ascii(text):
        return _ASCII_WORD_RE.findall(text.lower())
    out: list[str] = []
    for match in _WEIGHTED_RE.finditer(compat(text)):
        kind = match.lastgroup
        if kind == "word" or kind == "sym":
            out.append(fold(match.group()))
        elif kind == "cjk":
            run = match.group()
            if len(run) == 1:
                out.append(fold(run))
            else:
                out.extend(fold(run[i : i + 2]) for i in range(len(run) - 1))
    return out


LINK = r"(?:!\[|\[)([^\[\]\n]{0,1000})\]\([^()\n]{0,2000}\)"
"""A Markdown link or image: its text stays."""
EMPHASIS = r"\*\*|__|~~|`+|\*(?<!\w\*)|\*(?!\w)"
"""Bold, italics, strike-through and code marks (a ``*`` stuck to a word on both sides
stays: ``a*b``)."""
_EMPHASIS_RE = re.compile(EMPHASIS)
_GROUP_1 = methodcaller("group", 1)
"""A rule's replacement by its first group (which always takes part in the match): called in
C, where the template ``r"\1"`` is expanded by a Python function for every match."""
_RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], tuple[str, ...]]] = [
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M), "", ("#",)),
    (re.compile(r"^([ \t]*)(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?", re.M), _GROUP_1, ()),
    (re.compile(r"^[ \t]*>[ \t]?", re.M), "", (">",)),
    # Bounded, and no '[' inside: a line of 60,000 '[' must not take quadratic time.
    # "!?\[" written as two literals: the scan jumps from one "[" or "!" to the next
    (re.compile(LINK), _GROUP_1, ("](",)),
    (re.compile(r"<(https?://[^<>\s]{1,2000})>"), _GROUP_1, ("<",)),
    (re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M), "", ("---", "***", "___")),
    # every alternative starts with its character (the look-behind comes after it), so
    # the scan jumps from one candidate to the next: half the time of ``(?<!\w)\*``
    (_EMPHASIS_RE, "", ("*", "__", "~~", "`")),
]
"""Markdown markup to drop, each rule with the strings it cannot match without (a rule
whose strings are all absent is skipped: most notes have no links, quotes or rules)."""
URL_RE = re.compile(r"https?://[^\s<>()\[\]\"']+")

MAX_INDEXED_CHARS = INDEXED_CHARS
"""Only this much of one note's text is indexed (see :mod:`confnotes.notebook.indexed_part`:
a longer note is named by ``search`` and ``check``); the file itself is untouched."""


def plain_text(markdown: str) -> str:
    """Markdown reduced to readable text, line for line (line numbers are preserved)."""
    markdown = markdown[:MAX_INDEXED_CHARS]
    for pattern, repl, needs in _RULES:
        if not needs or any(needle in markdown for needle in needs):
            markdown = pattern.sub(repl, markdown)
    return markdown


def urls_in(markdown: str) -> list[str]:
    """Every http(s) URL written in a note body (indexed under ``url:``)."""
    return [u.rstrip(".,;:") for u in URL_RE.findall(markdown[:MAX_INDEXED_CHARS])]


_ARXIV_RE = re.compile(r"(?<![\d.])(\d{4}\.\d{4,5})(v\d+)?(?![\d])")
_DOI_RE = re.compile(r"(?i)\b(10\.\d{4,9}/[^\s\"<>]+)")
_DOI_IN_TEXT_RE = re.compile(r"10\.(?<![\w.]10\.)\d{4,9}/[^\s\"<>]+")
_ARXIV_IN_TEXT_RE = re.compile(r"arxiv:\s*(\d{4}\.\d{4,5}(?:v\d+)?)(?!\d)")
"""DOIs and ``arXiv:`` ids in a note's (lower-cased) text; each pattern starts with a literal,
so the scan of a long note is fast."""


_SCHEME_RE = re.compile(r"^[a-z][a-z0-9+.-]{0,30}://")
_PREFIX_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]{0,30}://|doi:\s*|arxiv:\s*)")
_SEGMENTS_RE = re.compile(r"[/?#&=]+")
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")


def _bare(url: str) -> str:
    """A URL (or DOI, arXiv id) lower-cased, without scheme, ``doi:``/``arxiv:``, ``www.``
    and trailing ``/``."""
    low = _PREFIX_RE.sub("", url.strip().lower()).rstrip("/")
    return low.removeprefix("www.")


@lru_cache(maxsize=4096)
def _url_terms(url: str) -> tuple[str, ...]:
    low = url.strip().lower()
    bare = _SCHEME_RE.sub("", low).rstrip("/")
    if not bare:
        return ()
    host = bare.split("/", 1)[0].split(":", 1)[0]
    terms = [bare, host, bare.removeprefix("www."), page_of(bare)]
    if host.startswith("www."):
        terms.append(host[4:])
    terms.extend(host.split("."))
    if "/" in bare:
        terms.extend(_SEGMENTS_RE.split(bare.split("/", 1)[1]))
    if "." in bare:
        for m in _ARXIV_RE.finditer(bare):
            terms.extend((m.group(1), m.group(1) + (m.group(2) or "")))
        if "10." in bare:
            terms.extend(m.group(1).rstrip(".,;:") for m in _DOI_RE.finditer(bare))
    return tuple(t for t in dict.fromkeys(terms) if t and " " not in t)


def page_of(bare: str) -> str:
    """A URL (without scheme) without its query string and fragment, nor ``www.`` and a
    trailing ``/``: the page, whatever tracking parameters a share button added."""
    page = bare.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return page.removeprefix("www.")


def query_values(bare: str) -> list[str]:
    """The values of a URL's query string (``forum?id=Xq7L`` → ``["xq7l"]``), lower-cased."""
    query = bare.split("#", 1)[0].partition("?")[2]
    return [v.lower() for part in query.split("&") if (v := part.partition("=")[2])]


def url_terms(url: str) -> list[str]:
    """Terms a URL is findable by: the URL without scheme (with and without ``www.``), its
    page (without query string and fragment), host and host parts, path segments, and any
    DOI or arXiv id in it. The words of its path are not terms here: the text field holds
    them (:func:`url_words`), and a field of a dozen terms per link is a tenth of a
    build's postings."""
    return list(_url_terms(url))


def ids_in(markdown: str) -> list[str]:
    """DOIs and arXiv ids written in a note without a URL (``doi:10.1145/…``, ``arXiv:2106.…``)."""
    low = markdown[:MAX_INDEXED_CHARS].lower()
    found = [m.group().rstrip(".,;:)") for m in _DOI_IN_TEXT_RE.finditer(low)]
    found.extend(m.group(1) for m in _ARXIV_IN_TEXT_RE.finditer(low))
    return found


def paper_keys(markdown: str, urls: list[str]) -> list[str]:
    """The one key of every paper a note links or names, whatever the written form
    (``https://doi.org/10.1/x``, ``dx.doi.org``, ``doi:10.1/x``, a bare DOI; arXiv's
    ``abs`` and ``pdf`` URLs, ``arXiv:ID``, with or without a version, old-style ids):
    ``doi:10.1/x`` or ``arxiv:2106.01234``, the keys of :mod:`confnotes.knowledge.paper_ids`
    (the reading list's), so a query in any of the forms meets a note in any other."""
    from confnotes.knowledge.paper_ids import doi_paper, mentions

    keys = [k for u in urls if (k := _url_paper_key(u)) is not None]
    text = markdown[:MAX_INDEXED_CHARS]
    low = text.lower()  # once: most notes name no paper, and a note is read whole for it
    if "doi" in low or "arxiv" in low:
        keys.extend(p.key for p, _at in mentions(text))
    if "10." in text:
        keys.extend(
            doi_paper(m.group().rstrip(".,;:)")).key for m in _DOI_IN_TEXT_RE.finditer(text)
        )
    return list(dict.fromkeys(keys))


@lru_cache(maxsize=8192)
def _url_paper_key(url: str) -> str | None:
    """The paper key of a link (links repeat across a conference's notes: read once)."""
    from confnotes.knowledge.paper_ids import identify

    paper = identify(url)
    return paper.key if paper is not None else None


_BARE_ID_RE = re.compile(
    r"(?i)^(?:(?P<doi>10\.\d{4,9}/\S+)|(?P<arxiv>\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z.-]*/\d{7}(?:v\d+)?))$"
)


def paper_key(value: str) -> str | None:
    """The key :func:`paper_keys` indexes for one typed or pasted DOI or arXiv id (a URL,
    ``doi:``/``arXiv:`` prefixed, or bare), or None when ``value`` names no paper."""
    from confnotes.knowledge.paper_ids import arxiv_paper, doi_paper, identify

    text = value.strip()
    paper = identify(text)
    if paper is None and "://" not in text and "/" in text:
        paper = identify("https://" + text)  # a URL pasted without its scheme
    if paper is None and (m := _BARE_ID_RE.match(text)) is not None:
        paper = doi_paper(m.group("doi")) if m.group("doi") else arxiv_paper(m.group("arxiv"))
    return paper.key if paper is not None else None


def tag_key(tag: str) -> str:
    """A tag as one term: its folded words joined by ``-`` (``Inference server``,
    ``inference-server`` and ``inference_server`` are one tag), so ``tag:`` matches whole
    tags, never a note whose other tags hold its parts."""
    return "-".join(words(tag.replace("_", " ")))


def url_words(url: str) -> str:
    """The words of a URL's host and path (``arxiv.org/abs/2106.01234`` → ``arxiv org abs
    2106 01234``), findable as plain words."""
    return " ".join(p for p in _NON_ALNUM_RE.split(_bare(url)) if p)


def normalize_url_query(value: str) -> str:
    """The form of a ``url:`` query value that matches :func:`url_terms`."""
    return _bare(value)
