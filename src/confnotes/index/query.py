"""The query language, shared by the CLI, the UI and ``--json``.

::

    equilibrium models        both words (AND is the default)
    bengio OR abbeel          either word (OR binds tighter than the implicit AND)
    networks -equilibrium     NOT: also ``NOT equilibrium``
    "mode collapse"           a phrase
    equilib*                  a prefix
    (a OR b) c                grouping
    speaker:kolter            a field: title speaker affiliation conf session room
                              kind tag link url date body abstract
    date:2019-12-10           a day; also 2019-12 (month), 2019, or a range a..b
    https://arxiv.org/abs/…   a pasted URL, host, DOI or arXiv id: the talk's links too
    C++ C# F# .NET            tokens of their own

Case and accents never matter. A query :func:`parse` rejects is searched as its
plain words (:func:`parse_lenient`). Parsing is pure (no Whoosh); :func:`compile_query`
turns the tree into a Whoosh query against one index reader.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from confnotes.errors import BadInputError
from confnotes.index.analysis import (
    fold,
    normalize_url_query,
    page_of,
    paper_key,
    query_values,
    starts_cjk,
    tag_key,
    words,
)

FIELDS = (
    "title",
    "speaker",
    "affiliation",
    "conf",
    "session",
    "room",
    "kind",
    "tag",
    "link",
    "mentions",
    "url",
    "date",
    "body",
    "abstract",
)
"""Field names a user may write before a colon."""

FIELD_ALIASES = {
    "speakers": "speaker",
    "author": "speaker",
    "person": "speaker",
    "conference": "conf",
    "tags": "tag",
    "links": "link",
    "note": "body",
    "day": "date",
}

OPERATORS = ("AND", "OR", "NOT")


class QuerySyntaxError(BadInputError):
    """A query that cannot be parsed; the message says where and how to fix it."""

    def __init__(self, message: str, column: int | None = None):
        where = f" (at column {column})" if column is not None else ""
        super().__init__(f"bad search query: {message}{where}")
        self.column = column


# ---------------------------------------------------------------------- the tree


@dataclass
class Node:
    """Base of the query tree."""


@dataclass
class Word(Node):
    """A word (or a prefix when ``prefix``), optionally restricted to a field."""

    text: str
    field: str | None = None
    prefix: bool = False
    start: int = 0
    end: int = 0
    link: bool = False
    """A URL, host, DOI or arXiv id: also looked up among the talk's links (``url:``)."""


@dataclass
class Phrase(Node):
    """Words that must appear next to each other, in order."""

    text: str
    field: str | None = None
    start: int = dataclasses.field(default=0, compare=False)
    """Offsets of the words between the quotes in the query (for "showing results for …")."""
    end: int = dataclasses.field(default=0, compare=False)


@dataclass
class DateRange(Node):
    """Days from ``first`` to ``last`` inclusive (``YYYY-MM-DD`` strings, either may be open)."""

    first: str | None
    last: str | None


@dataclass
class And(Node):
    children: list[Node] = field(default_factory=list)


@dataclass
class Or(Node):
    children: list[Node] = field(default_factory=list)


@dataclass
class Not(Node):
    child: Node


# ---------------------------------------------------------------------- lexing


@dataclass
class _Tok:
    kind: str  # "(", ")", "OR", "AND", "NOT", "-", "word", "phrase", "field"
    text: str
    col: int  # 1-based
    end: int = 0  # 0-based end offset in the query


_FIELD_RE = re.compile(r"^([A-Za-z]+):(?!:)(.*)$", re.S)
"""A field and its value; ``pkg::name`` and ``std::vector`` are code, not a field."""
_BREAK = set(' \t\n\r()"')
_URL_START = re.compile(r"(?i)(?:[a-z][a-z0-9+.-]{0,30}://|doi:|arxiv:)\S")
"""A pasted URL, ``doi:10.…`` or ``arXiv:2106.…``: one word, not a field and its value."""
_URL_WORD = re.compile(r"(?i)[a-z][a-z0-9+.-]{0,30}://[^\s\"]+")
_LINKISH = re.compile(
    r"(?i)^(?:[a-z][a-z0-9+.-]{0,30}://\S+"  # a URL
    r"|(?:doi:)?10\.\d{4,9}/\S+"  # a DOI
    r"|(?:arxiv:)?\d{4}\.\d{4,5}(?:v\d+)?"  # an arXiv id
    r"|arxiv:[a-z][a-z.-]*/\d{7}(?:v\d+)?"  # an old-style arXiv id
    r"|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)$"  # a host, maybe with a path
)


def _lex(query: str) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in "()":
            toks.append(_Tok(c, c, i + 1, i + 1))
            i += 1
        elif c == '"':
            close = query.find('"', i + 1)
            if close < 0:
                raise QuerySyntaxError('the phrase is missing its closing quote (")', column=i + 1)
            toks.append(_Tok("phrase", query[i + 1 : close], i + 1, close + 1))
            i = close + 1
        elif c == "-" and i + 1 < n and not query[i + 1].isspace() and query[i + 1] != "-":
            toks.append(_Tok("-", c, i + 1, i + 1))
            i += 1
        elif (url := _URL_WORD.match(query, i) if _URL_START.match(query, i) else None) is not None:
            text = url.group()
            while text.endswith(")") and text.count("(") < text.count(")"):
                text = text[:-1]  # (https://…) closes a group
            j = i + len(text)
            toks.append(_Tok("word", text, i + 1, j))
            i = j
        else:
            j = i
            while j < n and query[j] not in _BREAK:
                j += 1
            text = query[i:j]
            if _URL_START.match(text):
                toks.append(_Tok("word", text, i + 1, j))
            elif text in OPERATORS:
                toks.append(_Tok(text, text, i + 1, j))
            elif m := _FIELD_RE.match(text):
                toks.append(_Tok("field", m.group(1), i + 1, i + len(m.group(1)) + 1))
                rest = m.group(2)
                if rest:
                    toks.append(_Tok("word", rest, i + len(m.group(1)) + 2, j))
                elif j >= n or query[j].isspace() or query[j] == ")":
                    raise QuerySyntaxError(
                        f"'{m.group(1)}:' needs a value right after the colon, "
                        f'such as {m.group(1)}:word or {m.group(1)}:"two words"',
                        column=i + 1,
                    )
            else:
                toks.append(_Tok("word", text, i + 1, j))
            i = j
    return toks


# ---------------------------------------------------------------------- parsing


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.toks = _lex(query)
        self.pos = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.pos] if self.pos < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> Node:
        if not self.toks:
            raise QuerySyntaxError("the query is empty; type some words to search for")
        node = self.conjunction(None)
        tok = self.peek()
        if tok is not None:
            if tok.kind == ")":
                raise QuerySyntaxError("')' has no matching '('", column=tok.col)
            raise QuerySyntaxError(f"unexpected {tok.text!r}", column=tok.col)
        return node

    def conjunction(self, fld: str | None) -> Node:
        children: list[Node] = []
        seen = False
        while (tok := self.peek()) is not None and tok.kind != ")":
            if tok.kind == "AND":
                self.take()
                if not children:
                    raise QuerySyntaxError("'AND' needs a term before it", column=tok.col)
                nxt = self.peek()
                if nxt is None or nxt.kind in (")", "AND", "OR"):
                    raise QuerySyntaxError("'AND' needs a term after it", column=tok.col)
                continue
            node = self.disjunction(fld)
            if node is not None:
                children.append(node)
            seen = True
        if not children:
            tok = self.peek()
            if seen:
                raise QuerySyntaxError(
                    "nothing to search for: the query has no letters or digits outside "
                    "of operators",
                    column=tok.col if tok else None,
                )
            raise QuerySyntaxError(
                "empty parentheses: put words between '(' and ')'",
                column=tok.col if tok else None,
            )
        return children[0] if len(children) == 1 else And(children)

    def disjunction(self, fld: str | None) -> Node | None:
        tok = self.peek()
        if tok is not None and tok.kind == "OR":
            raise QuerySyntaxError("'OR' needs a term before it", column=tok.col)
        children = [self.unary(fld)]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in (")", "OR", "AND"):
                raise QuerySyntaxError("'OR' needs a term after it", column=tok.col)
            children.append(self.unary(fld))
        kept = [c for c in children if c is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(kept)

    def unary(self, fld: str | None) -> Node | None:
        tok = self.peek()
        if tok is not None and tok.kind in ("NOT", "-"):
            self.take()
            nxt = self.peek()
            if nxt is None or nxt.kind in (")", "OR", "AND"):
                what = "NOT" if tok.kind == "NOT" else "-"
                raise QuerySyntaxError(f"'{what}' needs a term after it", column=tok.col)
            child = self.unary(fld)
            return Not(child) if child is not None else None
        return self.atom(fld)

    def atom(self, fld: str | None) -> Node | None:
        tok = self.take()
        if tok.kind == "(":
            node = self.conjunction(fld)
            close = self.peek()
            if close is None or close.kind != ")":
                raise QuerySyntaxError("'(' is never closed: add a ')'", column=tok.col)
            self.take()
            return node
        if tok.kind == "field":
            name = _field_name(tok.text, tok.col)
            nxt = self.peek()
            if nxt is None or nxt.kind not in ("word", "phrase", "("):
                raise QuerySyntaxError(f"'{tok.text}:' needs a value", column=tok.col)
            inner = self.atom(name)
            if inner is None:
                raise QuerySyntaxError(f"'{tok.text}:' needs a word to search for", tok.col)
            return inner
        if tok.kind == "phrase":
            if fld == "date":
                return _date_node(tok.text, tok.col)
            return Phrase(tok.text, fld, tok.col, tok.end - 1)
        if tok.kind == "word":
            return self.word(tok, fld)
        raise QuerySyntaxError(f"unexpected {tok.text!r}", column=tok.col)

    def word(self, tok: _Tok, fld: str | None) -> Node | None:
        text = tok.text
        if fld == "date":
            return _date_node(text, tok.col)
        if not any(c.isalnum() for c in text) and text != "*":
            return None  # a lone dash or punctuation between words: nothing to match
        star = text.find("*")
        if star >= 0:
            if star != len(text) - 1:
                raise QuerySyntaxError(
                    "'*' is only allowed at the end of a word (as in equilib*)",
                    column=tok.col + star,
                )
            if len(text) == 1:
                raise QuerySyntaxError(
                    "'*' needs a few letters before it (as in equilib*)", column=tok.col
                )
            return Word(text[:-1], fld, True, tok.col - 1, tok.end)
        link = fld is None and _LINKISH.match(text) is not None
        return Word(text, fld, False, tok.col - 1, tok.end, link=link)


def _field_name(name: str, col: int) -> str:
    low = name.lower()
    low = FIELD_ALIASES.get(low, low)
    if low in FIELDS:
        return low
    import difflib

    close = difflib.get_close_matches(low, FIELDS + tuple(FIELD_ALIASES), n=1)
    hint = f"; did you mean '{FIELD_ALIASES.get(close[0], close[0])}:'?" if close else ""
    raise QuerySyntaxError(
        f"unknown field '{name}:'{hint} Fields: {', '.join(FIELDS)}. "
        f'To search for the text itself, put it in quotes: "{name}:..."',
        column=col,
    )


_DAY_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _check_day(text: str, col: int) -> str:
    if not _DAY_RE.match(text):
        raise QuerySyntaxError(
            f"date {text!r} is not YYYY-MM-DD (a day), YYYY-MM, YYYY, "
            "or a range such as date:2019-12-10..2019-12-12",
            column=col,
        )
    parts = [int(p) for p in text.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise QuerySyntaxError(f"date {text!r} does not exist ({exc})", column=col) from None
    return text


def _date_node(text: str, col: int) -> Node:
    text = text.strip()
    if ".." in text:
        first, _, last = text.partition("..")
        if not first and not last:
            raise QuerySyntaxError("a date range needs at least one end", column=col)
        a = _check_day(first, col) if first else None
        b = _check_day(last, col) if last else None
        if a and b and a > b[: len(a)]:
            raise QuerySyntaxError(f"the date range {text!r} ends before it starts", column=col)
        return DateRange(a, b)
    day = _check_day(text, col)
    return DateRange(day, day)


def parse(query: str) -> Node:
    """Parse a query string into a tree.

    Raises:
        QuerySyntaxError: with a message naming the column at fault and the fix.
    """
    return _Parser(query).parse()


_WORDS_ONLY = re.compile(r"[^\s()\"]+")


def parse_lenient(query: str) -> tuple[Node | None, str | None]:
    """Parse ``query``; when it cannot be parsed, search its words as plain words.

    Returns the tree (None when there is nothing at all to search for) and, for a
    query that was not read as written, what was wrong with it (for the user).
    Never raises: a person typing ``forward()``, an emoji or an unbalanced quote
    wants results, not an error.
    """
    try:
        return parse(query), None
    except QuerySyntaxError as exc:
        problem = str(exc).removeprefix("bad search query: ")
    found: list[Node] = []
    for m in _WORDS_ONLY.finditer(query):
        text = m.group().strip("-*")
        field_value = _FIELD_RE.match(text)
        if field_value and not _URL_START.match(text) and field_value.group(2):
            text = field_value.group(2)  # an unknown field: search for its value
        if text in OPERATORS or not any(c.isalnum() for c in text):
            continue
        link = _LINKISH.match(text) is not None
        found.append(Word(text, None, False, m.start(), m.end(), link=link))
    if not found:
        return None, problem
    return (found[0] if len(found) == 1 else And(found)), problem


def plain_words(node: Node, negated: bool = False) -> list[Word | Phrase]:
    """Words and phrases a typo-tolerant retry may correct: not prefixes, not negated,
    not links, free-text fields only."""
    if isinstance(node, Word):
        ok = (
            not negated and not node.prefix and not node.link and node.field in (None, *TEXT_FIELDS)
        )
        return [node] if ok else []
    if isinstance(node, Phrase):
        return [node] if not negated and node.field in (None, *TEXT_FIELDS) else []
    if isinstance(node, Not):
        return plain_words(node.child, True)
    if isinstance(node, And | Or):
        return [w for c in node.children for w in plain_words(c, negated)]
    return []


# ---------------------------------------------------------------------- compiling

STEMMED = {"title", "text", "attachment"}
"""Index fields analysed with the English stemmer."""
TEXT_FIELDS = (
    "title",
    "speaker",
    "affiliation",
    "conf",
    "session",
    "room",
    "tag",
    "mentions",
    "body",
    "abstract",
)
TEXT = "text"
"""The field bare words search: title, speakers, tags, abstract, metadata and note, each
part weighted (see ``documents.W_*``), so one term per word ranks like BM25F."""
FIELD_MAP = {
    "speaker": "speakers",
    "body": TEXT,
    "abstract": TEXT,
}
ATTACHED = "attachment"
"""The text of the PDFs a note links to: bare words search it beside ``text``."""
ATTACHED_BOOST = 0.5
"""A word in a note's own text counts for more than the same word on one of its slides."""
HIGHLIGHTED = ("title", "abstract", "body", ATTACHED)
SPELL = "spell"
"""The words of ``text`` unlike their stem: with ``text``'s own terms, every word as written
(typo tolerance and prefixes compare typed words with them)."""
PREFIX_LIMIT = 128
"""Most index terms one prefix expands to, per field (bounds prefix-query cost)."""


@dataclass
class Compiled:
    """A Whoosh query plus the terms to highlight in each stored field."""

    query: Any
    highlights: dict[str, set[str]]


@lru_cache(maxsize=1)
def _snowball() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=100_000)
def stem_word(word: str) -> str:
    """The term the stemmed fields index ``word`` under: its Snowball English ("Porter2")
    stem, with two corrections (``tests/quality``'s stem and plural cases measure them).

    - Irregular plurals become their singular first (*mice*, *indices*, *criteria*,
      *analyses*: :data:`confnotes.index.plurals.IRREGULAR`), so they meet it.
    - Snowball's derivational suffixes that change the meaning are put back: when
      what it cut from the word (its inflection aside) is more than two letters and not
      one of :data:`SAME_ACTION` (*-ation*, *-ize*, *-er*...: *calibration*, *calibrated*),
      the word keeps it: *important* is not *import*, *experience* not *experiment*.

    Snowball keeps a final *s* after a vowel (*bus*, *gas*); short words such as
    *GPUs*, *CPUs*, *APIs* then lose it here, so ``gpu`` finds them.
    """
    from confnotes.index.plurals import IRREGULAR

    base = american(IRREGULAR.get(word, word))
    stem = str(_snowball().stemWord(base))
    if stem == base:
        if 4 <= len(word) <= 5 and word.endswith("s") and word[-2] in "aiou":
            return word[:-1]
        return stem
    same = 0
    for a, b in zip(base, stem, strict=False):
        if a != b:
            break
        same += 1
    cut = base[same:]
    for ending in INFLECTIONS:
        if cut.endswith(ending):
            cut = cut[: -len(ending)]
            break
    cut = cut.removesuffix("e")
    if not cut and stem.endswith("iv"):
        return f"{stem}e"  # an adjective in -ive (active) is not its verb in -ate (activate)
    if len(cut) <= 2 or cut in SAME_ACTION:
        return stem
    return f"{base[:same]}{cut}"


_BRITISH = (
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("isers", "izers"),
    ("iser", "izer"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("ysing", "yzing"),
    ("ysed", "yzed"),
    ("yse", "yze"),
    ("ours", "ors"),
    ("our", "or"),
    ("tres", "ters"),
    ("tre", "ter"),
    ("bres", "bers"),
    ("bre", "ber"),
    ("fences", "fenses"),
    ("fence", "fense"),
    ("cences", "censes"),
    ("cence", "cense"),
    ("ogues", "ogs"),
    ("ogue", "og"),
    ("ammes", "ams"),
    ("amme", "am"),
)
"""British endings and the American ones Snowball's English stemmer knows (it stems
*optimize* to ``optim`` but *optimise* to ``optimis``): *-ise*, *-yse*, *-our*, *-tre*
(*centre*), *-bre* (*fibre*), *-ence* of *defence* and *licence*, *-ogue* (*catalogue*),
*-amme* (*programme*). A word that only looks British becomes a word nobody writes
(*lettre* → *letter* is the same word in French), never another word of the notes."""


def american(word: str) -> str:
    """``word`` with a British ending spelled the American way (*optimise* → *optimize*,
    *analyse* → *analyze*, *colour* → *color*): both spellings get one stem. Words under
    six letters keep theirs (*four* is not *for*, *rise* not *rize*), and so does a word
    that is little more than the ending (*fences* is not *fenses*)."""
    if len(word) < 6 or not word.isascii():
        return word
    for british, us in _BRITISH:
        if word.endswith(british):
            if len(word) - len(british) < 2:
                return word
            return word[: -len(british)] + us
    return word


DOUBLED = (("lling", "ling"), ("lled", "led"), ("ller", "ler"), ("llers", "lers"))
"""British doubles the *l* before an ending (*modelling*, *labelled*, *traveller*). Not
a rule of :func:`american`: *filling* is not *filing*, and only a shared stem tells."""


def spellings(word: str) -> list[str]:
    """The word as the other side of the Atlantic may spell it (*optimize* → *optimise*,
    *color* → *colour*, *modeling* → *modelling*, and back): candidates only, the caller
    keeps those of the same stem that the notes hold."""
    if len(word) < 5 or not word.isascii():
        return []
    out = []
    for british, us in (*_BRITISH, *DOUBLED):
        if word.endswith(us) and len(word) - len(us) >= 2:
            out.append(word[: -len(us)] + british)
        if word.endswith(british) and len(word) - len(british) >= 2:
            out.append(word[: -len(british)] + us)
    return [w for w in dict.fromkeys(out) if w != word]


INFLECTIONS = ("ings", "ing", "ed", "s", "d", "ly")
"""Endings of inflection, set aside (with a final *e*) when judging what Snowball cut:
*experiences*, *experienced* and *experience* all cut the derivation *-enc*."""
SAME_ACTION = frozenset(
    {"at", "ation", "ator", "iz", "is", "ization", "isation", "izer", "iser", "ion", "er", "or"}
)
"""Derivations Snowball removes that name the same action or its doer (*calibrate*,
*calibration*, *calibrator*; *tokenize*, *tokenizer*): the words still meet. Its other
derivations (*-ant*, *-ence*, *-ment*, *-ic*, *-ive*, *-ness*...) make other words."""


_stem = stem_word


def max_typos(word: str) -> int:
    """Typos tolerated in a typed word: none below 5 letters, one from 5, two from 9."""
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


CORRECTED_AT_MOST = 2
"""A typed word the notes hold this many times or fewer may still be a typo: it is
corrected when a more common word is close to it (a typo in one note must not hide the
notes spelled right)."""


def word_field(item: Word | Phrase) -> str:
    """The index field a plain word or phrase of a query is searched in."""
    return TEXT if item.field is None else FIELD_MAP.get(item.field, item.field)


def typo_form(tok: str, name: str) -> str | None:
    """The term a typed word is looked up as in field ``name`` when it may hold a typo
    (its stem in stemmed fields), or None when it is never corrected (short, CJK)."""
    if not max_typos(tok) or starts_cjk(tok):
        return None
    return stem_word(tok) if name in STEMMED else tok


def _field_tokens(fld: str, text: str) -> list[str]:
    toks = words(text)
    if fld in STEMMED:
        toks = [_stem(t) if not starts_cjk(t) else t for t in toks]
    return toks


class Widening(Protocol):
    """What a plain word of the query also matches besides itself (see
    :mod:`confnotes.index.matching`): the compiler asks it for each word it compiles."""

    def word(self, node: Word, comp: _Compiler) -> list[Any]:
        """More queries a plain word may match instead (variants, splits, completions)."""

    def join(self, first: Word, second: Word, comp: _Compiler) -> Any | None:
        """A query for two adjacent query words written as one, or None."""

    def near(self, items: list[Word], comp: _Compiler) -> Any | None:
        """An optional query that scores notes where ``items`` stand together, or None."""

    def phrase(self, node: Word | Phrase, comp: _Compiler) -> list[Any]:
        """More queries for words in a row (typo variants of its words)."""


def is_plain(node: Node) -> bool:
    """A bare word of free text (no field, no prefix, no link): the words that matching widens."""
    return isinstance(node, Word) and node.field is None and not node.prefix and not node.link


class _Compiler:
    def __init__(self, reader: Any, wq: Any = None, widening: Widening | None = None):
        self.wq = wq if wq is not None else __import__("whoosh.query", fromlist=["query"])
        self.reader = reader
        self.highlights: dict[str, set[str]] = {f: set() for f in HIGHLIGHTED}
        self.widening = widening

    def conjunction(self, children: list[Node], negated: bool) -> Any:
        """An AND: with a widening, two adjacent plain words also match written as one, and
        notes where the plain words stand together score more."""
        wq = self.wq
        widening = self.widening
        if widening is None or negated:
            return wq.And([self.compile(c, negated) for c in children])
        parts: list[Any] = []
        i = 0
        while i < len(children):
            child = children[i]
            nxt = children[i + 1] if i + 1 < len(children) else None
            if (
                isinstance(child, Word)
                and isinstance(nxt, Word)
                and is_plain(child)
                and is_plain(nxt)
                and (joined := widening.join(child, nxt, self)) is not None
            ):
                pair = wq.And([self.compile(child), self.compile(nxt)])
                parts.append(wq.Or([pair, joined]))
                i += 2
                continue
            parts.append(self.compile(child, negated))
            i += 1
        required = wq.And(parts)
        plain = [c for c in children if isinstance(c, Word) and is_plain(c)]
        near = widening.near(plain, self) if len(plain) > 1 else None
        return required if near is None else wq.AndMaybe(required, near)

    def compile(self, node: Node, negated: bool = False) -> Any:
        wq = self.wq
        if isinstance(node, And):
            return self.conjunction(node.children, negated)
        if isinstance(node, Or):
            return wq.Or([self.compile(c, negated) for c in node.children])
        if isinstance(node, Not):
            return wq.Not(self.compile(node.child, not negated))
        if isinstance(node, DateRange):
            return self.date(node)
        if isinstance(node, Word):
            if node.link and node.field is None and not node.prefix:
                return self.link(node, negated)
            if node.field in ("kind", "link"):
                return self.keyword(node.field, node.text, node.prefix)
            if node.field == "tag":
                if not negated:
                    # A tag is written "#calibration" in a note: the snippet shows that
                    # line rather than the abstract (body words are compared by stem).
                    words = [w for w in _field_tokens("body", node.text) if w]
                    self.highlights["body"].update(
                        _stem(w) if not starts_cjk(w) else w for w in words
                    )
                return self.tag(node.text, node.prefix)
            if node.field == "url":
                value = normalize_url_query(node.text)
                if node.prefix:
                    return self.prefix("url", value, 1.0)
                return wq.Term("url", value)
            if node.prefix:
                return self.prefixes(node, negated)
            exact = self.text(node.text, node.field, negated)
            if self.widening is None or negated:
                return exact
            more = [q for q in self.widening.word(node, self) if q is not wq.NullQuery]
            if not more:
                return exact
            return wq.Or([exact, *more]) if exact is not wq.NullQuery else wq.Or(more)
        if isinstance(node, Phrase):
            if node.field in ("kind", "link", "url", "tag"):
                return self.compile(Word(node.text, node.field), negated)
            exact = self.text(node.text, node.field, negated)
            if self.widening is None or negated:
                return exact
            more = [q for q in self.widening.phrase(node, self) if q is not wq.NullQuery]
            return wq.Or([exact, *more]) if more else exact
        raise TypeError(f"unknown query node {node!r}")

    def has(self, name: str, text: str) -> bool:
        """Whether the index holds this term at all (absent terms are left out of the query)."""
        try:
            return (name, text) in self.reader
        except Exception:
            return True

    def link(self, node: Word, negated: bool) -> Any:
        """A URL, host, DOI or arXiv id typed alone: among the links, or as words of the text."""
        wq = self.wq
        value = normalize_url_query(node.text)
        paper = paper_key(node.text)
        alternatives = [
            wq.Term("url", value) if self.has("url", value) else wq.NullQuery,
            wq.Term("url", paper) if paper and self.has("url", paper) else wq.NullQuery,
            self.same_page(value),
            self.text(node.text, None, negated),
        ]
        kept = [q for q in alternatives if q is not wq.NullQuery]
        if not kept:
            return wq.NullQuery
        return kept[0] if len(kept) == 1 else wq.Or(kept)

    def same_page(self, value: str) -> Any:
        """A pasted URL that no note links as written: a link to the same page, with other
        tracking parameters (``?utm_source=…``) or none; or, when its query string names
        the page (``forum?id=…``, ``pdf?id=…``), a link to that host with the same value."""
        wq = self.wq
        if "/" not in value or self.has("url", value):
            return wq.NullQuery  # a host alone, or a link some note has as written
        page = page_of(value)
        ids = [v for v in query_values(value) if len(v) >= 6 and self.has("url", v)]
        if ids:
            host = value.split("/", 1)[0].removeprefix("www.")
            if not self.has("url", host):
                return wq.NullQuery
            return wq.And([wq.Term("url", host), *(wq.Term("url", v) for v in ids)])
        if page != value and self.has("url", page):
            return wq.Term("url", page)
        return wq.NullQuery

    def tag(self, value: str, prefix: bool) -> Any:
        """A whole tag (``tag:inference-server`` is that tag, not two tags holding its
        words); ``tag:infer*``: the tags starting so."""
        key = tag_key(value)
        if not key:
            return self.wq.NullQuery
        if prefix:
            return self.prefix("tag", key, 1.0)
        return self.wq.Term("tag", key)

    def keyword(self, fld: str, value: str, prefix: bool) -> Any:
        wq = self.wq
        value = fold(value.strip())
        from confnotes.model import LINK_KINDS  # the model's import (~5 ms) only for link:

        if fld == "link" and value not in LINK_KINDS:
            from confnotes.knowledge.wikilinks import (
                target_key,  # ~15 ms of imports: only for link:
            )

            value = target_key(value)  # a [[link]]'s target, by id or name
        if fld == "kind" and value in ("person", "people", "conference"):
            return wq.Term("doctype", "person" if value != "conference" else "conference")
        if prefix:
            return self.prefix(fld, value, 1.0)
        return wq.Term(fld, value)

    def _highlight(self, name: str, toks: list[str], negated: bool) -> None:
        if negated:
            return
        targets = HIGHLIGHTED if name == TEXT else (name,) if name in HIGHLIGHTED else ()
        for target in targets:
            self.highlights[target].update(toks)

    def _match(self, name: str, toks: list[str], boost: float = 1.0) -> Any:
        """Term or phrase for analysed tokens; NullQuery when a token is not in the index."""
        wq = self.wq
        if not toks:
            return wq.NullQuery
        if len(toks) == 1:
            tok = toks[0]
            if starts_cjk(tok) and len(tok) == 1:
                return wq.Or([wq.Term(name, tok, boost=boost), self.prefix(name, tok, boost)])
            return wq.Term(name, tok, boost=boost) if self.has(name, tok) else wq.NullQuery
        if not all(self.has(name, t) for t in toks):
            return wq.NullQuery
        if name not in (TEXT, "title"):
            # names, rooms, sessions are a few words long: requiring every word is as good
            # as a phrase there, and far cheaper than matching positions
            return wq.And([wq.Term(name, t, boost=boost) for t in toks])
        return wq.Phrase(name, toks, boost=boost)

    def text(self, text: str, fld: str | None, negated: bool) -> Any:
        """A word or phrase: in one field, or (bare) in the weighted text field."""
        name = TEXT if fld is None else FIELD_MAP.get(fld, fld)
        toks = _field_tokens(name, text)
        self._highlight(name, toks, negated)
        if name != TEXT:
            return self._match(name, toks)
        return self._either(self._match(TEXT, toks), self._match(ATTACHED, toks, ATTACHED_BOOST))

    def _either(self, *queries: Any) -> Any:
        """Any of ``queries`` (those that can match at all)."""
        kept = [q for q in queries if q is not self.wq.NullQuery]
        if not kept:
            return self.wq.NullQuery
        return kept[0] if len(kept) == 1 else self.wq.Or(kept)

    def prefixes(self, node: Word, negated: bool) -> Any:
        """A prefix: over the unstemmed words for stemmed fields (``tokeni*`` finds
        *tokenizer* and *tokenization*, whose stem ``token`` does not start with it)."""
        wq = self.wq
        base = fold(node.text)
        name = TEXT if node.field is None else FIELD_MAP.get(node.field, node.field)
        if name not in STEMMED:
            q = self.prefix(name, base, 1.0)
            if q is not wq.NullQuery:
                self._highlight(name, [t.text for t in _terms(q)], negated)
            return q
        # words as written: those unlike their stem, and the stems themselves
        written: list[str] = []
        for source in (SPELL, name):
            found = self.prefix(source, base, 1.0)
            if found is not wq.NullQuery:
                written.extend(t.text for t in _terms(found))
        stems = sorted({_stem(w) if not starts_cjk(w) else w for w in written})
        stems = [t for t in stems if self.has(name, t)]
        if not stems:
            return wq.NullQuery
        self._highlight(name, stems, negated)
        if len(stems) == 1:
            return wq.Term(name, stems[0])
        return wq.Or([wq.Term(name, t) for t in stems])

    def prefix(self, name: str, root: str, boost: float) -> Any:
        """A bounded prefix: at most :data:`PREFIX_LIMIT` terms, expanded once."""
        wq = self.wq
        if not root:
            return wq.NullQuery
        terms = []
        try:
            for term in self.reader.expand_prefix(name, root):
                terms.append(term.decode("utf-8") if isinstance(term, bytes) else term)
                if len(terms) >= PREFIX_LIMIT:
                    break
        except KeyError:
            return wq.NullQuery
        if not terms:
            return wq.NullQuery
        return wq.Or([wq.Term(name, t, boost=boost) for t in terms])

    def date(self, node: DateRange) -> Any:
        wq = self.wq
        if node.first == node.last and node.first is not None:
            if len(node.first) == 10:
                return wq.Term("date", node.first)
            return self.prefix("date", node.first, 1.0)
        first = node.first or "0000"
        last = (node.last or "9999") + "~"  # "~" sorts after digits and '-': includes YYYY-MM-..
        if node.last and len(node.last) == 10:
            last = node.last
        return wq.TermRange("date", first, last, startexcl=False, endexcl=False)


def _terms(q: Any) -> list[Any]:
    leaves = [q] if q.is_leaf() else list(q.leaves())
    return [leaf for leaf in leaves if isinstance(getattr(leaf, "text", None), str)]


def compile_query(
    node: Node, reader: Any, wq: Any = None, widening: Widening | None = None
) -> Compiled:
    """Turn a parsed query into a Whoosh query for ``reader`` (prefixes expanded, bounded).

    ``wq`` is the query module to build with (``whoosh.query`` by default). ``reader``
    answers ``(field, word) in reader`` and ``reader.expand_prefix(field, prefix)``.
    ``widening``: what plain words also match (:mod:`confnotes.index.matching`).
    """
    if wq is None:
        wq = __import__("whoosh.query", fromlist=["query"])
    comp = _Compiler(reader, wq, widening)
    q = comp.compile(node)
    if _only_negative(node):
        q = wq.AndNot(wq.Every(), comp.compile(node.child) if isinstance(node, Not) else q)
    return Compiled(q, comp.highlights)


def _only_negative(node: Node) -> bool:
    if isinstance(node, Not):
        return True
    if isinstance(node, And):
        return all(isinstance(c, Not) for c in node.children)
    return False


def replace_words(node: Node, replacements: list[tuple[Word | Phrase, str]]) -> Node:
    """A copy of the tree with some of its words replaced (the typo-corrected query)."""
    new = {id(w): text for w, text in replacements}

    def walk(n: Node) -> Node:
        if isinstance(n, Word | Phrase) and id(n) in new:
            return dataclasses.replace(n, text=new[id(n)])
        if isinstance(n, And):
            return And([walk(c) for c in n.children])
        if isinstance(n, Or):
            return Or([walk(c) for c in n.children])
        if isinstance(n, Not):
            return Not(walk(n.child))
        return n

    return walk(node)


def substitute(query: str, replacements: list[tuple[Word | Phrase, str]]) -> str:
    """``query`` with some words replaced (by their offsets), for "showing results for …"."""
    out, last = [], 0
    for word, new in sorted(replacements, key=lambda r: r[0].start):
        out.append(query[last : word.start])
        out.append(new)
        last = word.end
    out.append(query[last:])
    return "".join(out)
