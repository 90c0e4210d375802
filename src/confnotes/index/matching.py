"""Matching as people expect of a search box (Meilisearch's documented rules, with the
differences the search docs name): what a plain word of a query also matches, and the
order in which the forms are tried.

A search runs in tiers, each only when the one before left the page short:

1. **as written**, with the forms that are the same word: a word split in two
   (``pretraining`` → "pre training", ``gpt4`` → "gpt 4"), two adjacent words or a
   hyphenated word written as one (``pre training``, ``pre-training``, ``GPT-4`` →
   ``pretraining``, ``gpt4``), Latin and Greek plurals (*vortex*/*vortices*) and, while
   typing, the last word as a prefix (``equilib`` → *equilibrium*; the word itself ranks
   first). Notes that write a word as typed come first, then those that write it with an
   ending or in the other spelling, then the other forms of its stem (exactness); notes
   where the words stand next to each other score more (proximity);
2. **typos**: every word of 5 letters or more also matches the words of the notes
   within its budget (1 typo from 5 letters, 2 from 9; a transposition is one typo),
   ranked after every note of tier 1. A word the notes hold is never replaced: it is
   widened only to its other forms in some language of its script
   (:func:`~confnotes.index.forms.same_word`: *Netzwerke*/*Netzwerken*,
   *réseau*/*réseaux*) and, when it is long, to the word it may be a typo of
   (:func:`typo_in_note`), never to another word one edit away (*casual* is not
   *causal*, *convey* not *convex*, *criterion* not Spanish *criterios*);
3. **fewer words**: when no note has every word (a pasted sentence, a question), the
   notes with the most of them, and the results say so (one bigram of a CJK word of
   three or more is a fragment of it, not the word).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from confnotes.index.analysis import fold, starts_cjk, words
from confnotes.index.base import SearchResults
from confnotes.index.forms import same_word
from confnotes.index.plurals import counterparts
from confnotes.index.query import (
    SPELL,
    STEMMED,
    TEXT,
    And,
    Node,
    Or,
    Phrase,
    Word,
    _Compiler,
    max_typos,
    plain_words,
    spellings,
    stem_word,
    substitute,
    typo_form,
    word_field,
)

Vocabulary = Callable[[tuple[str, ...]], list[dict[int, list[str]]]]
"""The words of some fields, grouped by length, one table per index segment."""
Run = Callable[[Node, "Widen | None", int, "float | None"], SearchResults]
"""Runs a query tree with a widening for at most so many hits (within a time budget)."""

MAX_VARIANTS = 8
"""Most typo variants one word matches (the closest, then the most common)."""
MAX_COMPLETIONS = 24
"""Most words a half-typed word is completed to (the most common in the notes)."""
PREFIX_SCAN = 256
"""Words of the index read per field to choose the completions from."""
MIN_PREFIX = 3
MIN_PART = 3
"""Letters each part of a split word needs (``optimis`` is not "optim is"), except where
letters meet digits (``gpt4``)."""
"""Letters a half-typed last word needs before it is read as a prefix."""
ROOT_SHARE = 2 / 3
"""The share of a long word (from its start) that a typo written in a note keeps."""
TYPO_BOOST, COMPLETION_BOOST = 0.5, 0.5
EXACT_SCORE = 100.0
EXTENDED_SHARE = 0.5
"""The share of :data:`EXACT_SCORE` for a note writing the typed word with an ending."""
SPELLED_SHARE = 0.25
"""The share for a note writing the typed word in the other spelling (below an ending: a
note on *optimizers* is nearer *optimize* than one on *optimisers*)."""
MIN_EXTENDED = 5
"""Letters a typed word needs before its forms with an ending count as near-exact."""
"""Added to a note that writes a word exactly as typed, over one that writes another form
of its stem (Meilisearch's exactness)."""
"""Weights of a typo variant and of a completion against the word as written."""
RARE = 2
"""A word the notes hold may still be a rare spelling of another (*colour* in one note,
*color* in another) only when at most this many notes hold it."""
COMMON_SHARE = 0.5
"""A word in more than this share of the notes says little about which note is meant:
when not every word can match, it does not count (Meilisearch's frequency strategy)."""


def typo_in_note(word: str, other: str) -> bool:
    """Whether a word the notes hold may be a typo written in a note for ``other`` (one
    edit away): only a long word (two typos' budget: two real words one edit apart are
    rare there) that keeps ``other``'s first two thirds and last letter (a typo falls in
    the middle, an inflection or another word changes the end: *criterion* is not
    *criterios*). Every other held word widens only to its inflections (:func:`same_word`)."""
    if max_typos(word) < 2 or word[-1:] != other[-1:]:
        return False
    root = math.ceil(len(word) * ROOT_SHARE)
    return word[:root] == other[:root]


def last_word(node: Node, query: str) -> Word | None:
    """The query's last word when it is half-typed: a plain word of ``MIN_PREFIX``
    letters or more that ends the query (a space after it says it is finished)."""
    items = plain_words(node)
    if not items:
        return None
    last = items[-1]
    if not isinstance(last, Word) or last.field is not None or last.link:
        return None
    if last.end != len(query) or len(last.text) < MIN_PREFIX or starts_cjk(last.text):
        return None
    return last


@dataclass
class Widen:
    """A :class:`~confnotes.index.query.Widening`: the forms tier 1 or 2 adds to each word."""

    reader: Any
    vocabulary: Vocabulary
    typos: bool = False
    prefix: Word | None = None
    typing: bool = False
    """The query is being typed: tier 1 already completed the half-typed word."""
    completed: bool = False
    """The half-typed word already found notes as a prefix (it gets no typo variants)."""
    corrections: list[tuple[Word | Phrase, str]] = field(default_factory=list)
    """The closest variant of each word that has one (for "showing results for …")."""

    def adds_nothing(self) -> bool:
        """Tier 2 found no variant and completes no word tier 1 did not: it would run tier
        1's query again."""
        return self.typos and not self.corrections and (self.prefix is None or self.typing)

    def word(self, node: Word, comp: _Compiler) -> list[Any]:
        name = word_field(node)
        toks = words(node.text)
        out: list[Any] = []
        completed = False
        if node is self.prefix:
            found = self.completions(node, comp)
            out.extend(found)
            # a half word that some words complete is no typo
            completed = self.completed or any(self._live(t.fieldname, t.text) for t in found)
        if not node.field or name in STEMMED:
            if len(toks) == 1 and node is not self.prefix:
                out.extend(self.splits(toks[0], name, comp))
            elif 1 < len(toks) <= 3 and not any(starts_cjk(t) for t in toks):
                out.extend(self.joined("".join(toks), name, comp))
        if len(toks) == 1 and name in STEMMED and node is not self.prefix:
            out.extend(self.classical(toks[0], name, comp))
        if len(toks) == 1 and name == TEXT and node is not self.prefix:
            out.extend(self.exact(toks[0], comp))
        if self.typos and len(toks) == 1 and not completed:
            out.extend(self.variants(node, toks[0], name, comp))
        elif len(toks) > 1:
            out.extend(self.phrase(node, comp))
        return out

    def exact(self, tok: str, comp: _Compiler) -> list[Any]:
        """Scores that put the notes writing ``tok`` as typed first, then those writing it
        with an ending (*optimize* → *optimizer*) or spelled the other side of the
        Atlantic (*modelling*, *optimise*), above those writing another form of its stem
        (*models* for *modeling*): Meilisearch's exactness, for the forms the stemmer
        joins."""
        wq = comp.wq
        out = []
        if comp.has(SPELL, tok):
            out.append(wq.ConstantScoreQuery(wq.Term(SPELL, tok), EXACT_SCORE))
        if len(tok) < MIN_EXTENDED:
            return out
        own = stem_word(tok)
        spelled = [
            wq.Term(SPELL, other)
            for other in spellings(tok)
            if stem_word(other) == own and comp.has(SPELL, other)
        ]
        if spelled:
            either = spelled[0] if len(spelled) == 1 else wq.Or(spelled)
            out.append(wq.ConstantScoreQuery(either, EXACT_SCORE * SPELLED_SHARE))
        longer = []
        try:
            for i, term in enumerate(self.reader.expand_prefix(SPELL, tok)):
                if i >= MAX_COMPLETIONS:
                    break
                word = term.decode("utf-8") if isinstance(term, bytes) else term
                if word != tok and stem_word(word) == own:
                    longer.append(wq.Term(SPELL, word))
        except KeyError:
            return out
        if longer:
            either = longer[0] if len(longer) == 1 else wq.Or(longer)
            out.append(wq.ConstantScoreQuery(either, EXACT_SCORE * EXTENDED_SHARE))
        return out

    def classical(self, tok: str, name: str, comp: _Compiler) -> list[Any]:
        """The Latin or Greek singular or plural of ``tok`` (*vortex*/*vortices*,
        *taxon*/*taxa*) when the notes hold it under another stem."""
        own = stem_word(tok)
        out = []
        for other in counterparts(tok):
            form = stem_word(other)
            if form != own and comp.has(name, form):
                comp._highlight(name, [form], False)
                out.append(comp.wq.Term(name, form))
        return out

    def join(self, first: Word, second: Word, comp: _Compiler) -> Any | None:
        a, b = words(first.text), words(second.text)
        if len(a) != 1 or len(b) != 1 or starts_cjk(a[0]) or starts_cjk(b[0]):
            return None
        found = self.joined(a[0] + b[0], TEXT, comp)
        return found[0] if found else None

    def near(self, items: list[Word], comp: _Compiler) -> Any | None:
        if self.prefix is not None:
            return None  # a half-typed word is not yet where it will stand
        toks = []
        for item in items:
            found = words(item.text)
            if len(found) != 1 or starts_cjk(found[0]):
                return None
            toks.append(stem_word(found[0]))
        return comp.wq.Phrase(TEXT, toks, slop=1)

    def joined(self, word: str, name: str, comp: _Compiler) -> list[Any]:
        """The term of ``word`` (a compound written as one), when the notes hold it."""
        form = stem_word(word) if name in STEMMED else word
        if not comp.has(name, form):
            return []
        comp._highlight(name, [form], False)
        return [comp.wq.Term(name, form)]

    def splits(self, tok: str, name: str, comp: _Compiler) -> list[Any]:
        """``tok`` cut in two words the notes hold side by side (at most two cuts)."""
        if starts_cjk(tok) or len(tok) < 3:
            return []
        out: list[Any] = []
        for i in range(1, len(tok)):
            a, b = tok[:i], tok[i:]
            at_digit = a[-1].isdigit() != b[0].isdigit()
            if not at_digit and (len(a) < MIN_PART or len(b) < MIN_PART):
                continue
            pair = [stem_word(a), stem_word(b)] if name in STEMMED else [a, b]
            if comp.has(name, pair[0]) and comp.has(name, pair[1]):
                comp._highlight(name, pair, False)
                out.append(
                    comp.wq.Phrase(name, pair)
                    if name in (TEXT, "title")
                    else comp.wq.And([comp.wq.Term(name, t) for t in pair])
                )
                if len(out) == 2:
                    break
        return out

    def completions(self, node: Word, comp: _Compiler) -> list[Any]:
        """The words the half-typed ``node`` may become, those most notes hold first (at
        most :data:`MAX_COMPLETIONS`: a three-letter prefix has hundreds in a big notebook,
        and each is a posting list to score); the word itself ranks first."""
        name = word_field(node)
        base = fold(node.text)
        sources = (SPELL, name) if name in STEMMED else (name,)
        written: set[str] = set()
        for source in sources:
            try:
                for i, term in enumerate(self.reader.expand_prefix(source, base)):
                    if i >= PREFIX_SCAN:
                        break
                    written.add(term.decode("utf-8") if isinstance(term, bytes) else term)
            except KeyError:
                continue
        terms = {stem_word(w) for w in written} if name in STEMMED else written
        terms.discard(stem_word(base) if name in STEMMED else base)  # the word itself: exact
        ranked = sorted(((self._notes(name, t), t) for t in terms), reverse=True)
        best = [t for notes, t in ranked[:MAX_COMPLETIONS] if notes]
        comp._highlight(name, best, False)
        return [comp.wq.Term(name, t, boost=COMPLETION_BOOST) for t in best]

    def phrase(self, node: Word | Phrase, comp: _Compiler) -> list[Any]:
        """Words in a row (a phrase, ``zero-bubble``) with each word's closest variant."""
        if not self.typos:
            return []
        name = word_field(node)
        toks = words(node.text)
        if len(toks) < 2 or any(starts_cjk(t) for t in toks):
            return []
        fixed = [self.closest(tok, name, comp) for tok in toks]
        if not any(fixed):
            return []
        new = [f[0] if f else t for f, t in zip(fixed, toks, strict=True)]
        self.corrections.append(
            (node, " ".join(f[1] if f else t for f, t in zip(fixed, toks, strict=True)))
        )
        stems = [stem_word(t) if name in STEMMED else t for t in new]
        comp._highlight(name, stems, False)
        return [comp._match(name, stems, TYPO_BOOST)]

    def closest(self, tok: str, name: str, comp: _Compiler) -> tuple[str, str] | None:
        """The closest variant of ``tok`` as (word, written form), or None."""
        found = self.candidates(tok, name, comp)
        return (found[0][1][2], found[0][1][3] or found[0][1][2]) if found else None

    def variants(self, node: Word, tok: str, name: str, comp: _Compiler) -> list[Any]:
        """The words of the notes within ``tok``'s typo budget (see the module docstring)."""
        best = self.candidates(tok, name, comp)
        if not best:
            return []
        self.corrections.append((node, best[0][1][3] or best[0][1][2]))
        comp._highlight(name, [target for target, _ in best], False)
        return [
            comp.wq.Term(name, target, boost=TYPO_BOOST**dist)
            for target, (dist, _f, _c, _w) in best
        ]

    def candidates(
        self, tok: str, name: str, comp: _Compiler
    ) -> list[tuple[str, tuple[int, int, str, str]]]:
        """The terms within ``tok``'s budget and at its smallest distance found, the most
        common first: ``(term, (typos, -notes, word, written form))``."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        form = typo_form(tok, name)
        if form is None:
            return []
        allowed = max_typos(tok)
        held = comp.has(name, form)
        if held and self._notes(name, form) > RARE:
            return []  # a word many notes hold is what the user means
        fields = (SPELL, name) if name in STEMMED else (name,)
        found: dict[str, tuple[int, int, str, str]] = {}
        for by_length in self.vocabulary(fields):
            for length in range(len(tok) - allowed, len(tok) + allowed + 1):
                bucket = by_length.get(length)
                if not bucket:
                    continue
                for cand, dist, _i in process.extract(
                    tok, bucket, scorer=OSA.distance, score_cutoff=allowed, limit=None
                ):
                    if dist == 0 or (
                        held and not (same_word(tok, cand) or typo_in_note(tok, cand))
                    ):
                        continue
                    target = stem_word(cand) if name in STEMMED else cand
                    if target == form:
                        continue
                    known = found.get(target)
                    # shown as the user would write it: a word of the spell field over a stem
                    written = name not in STEMMED or comp.has(SPELL, cand) or cand == target
                    if known is not None and (known[0], known[3] == "") <= (dist, not written):
                        continue
                    freq = self._notes(name, target)
                    if freq:
                        found[target] = (int(dist), -freq, cand, cand if written else "")
        if not found:
            return []
        nearest = min(v[0] for v in found.values())
        best = sorted((t, v) for t, v in found.items() if v[0] == nearest)
        best.sort(key=lambda item: item[1])
        return best[:MAX_VARIANTS]

    def _live(self, name: str, term: str) -> bool:
        """Whether a note not deleted holds ``term`` (a segment keeps the terms of its
        deleted documents until it is merged)."""
        try:
            postings = self.reader.postings(name, term)
        except Exception:
            return False
        while postings.is_active():
            if not self.reader.is_deleted(postings.id()):
                return True
            postings.next()
        return False

    def _notes(self, name: str, term: str) -> int:
        try:
            return int(self.reader.doc_frequency(name, term))
        except Exception:
            return 0


def tiered(
    run: Run,
    make: Callable[[bool, Word | None], Widen],
    node: Node,
    query: str,
    limit: int,
    typing: bool,
    budget: float | None = None,
) -> SearchResults:
    """The hits of tiers 1 and 2 (see the module docstring), best first; with a time
    ``budget`` tier 1 may stop early (then :attr:`SearchResults.partial`)."""
    half = last_word(node, query)
    results = run(node, make(False, half if typing else None), limit, budget)
    if len(results.hits) >= limit or results.partial:
        return results
    # a finished query reads its last word as a prefix only when nothing matched as written
    wide = make(True, half if typing or not results.hits else None)
    wide.completed = typing and bool(results.hits)
    wide.typing = typing
    retry = run(node, wide, limit, None)
    seen = {(h.kind, h.id) for h in results.hits}
    new = [h for h in retry.hits if (h.kind, h.id) not in seen]
    if new:
        if wide.corrections:
            results.exact = len(results.hits)
            results.corrected = substitute(query, wide.corrections)
        results.total += max(retry.total - (len(retry.hits) - len(new)), len(new))
        results.hits.extend(new[: limit - len(results.hits)])
    return results


def optional_words(node: Node) -> tuple[list[Node], list[Node]] | None:
    """The parts of an all-words query that tier 3 keeps (fields, dates, exclusions) and
    those it may leave out (its free-text words; a CJK run's bigrams), or None when fewer
    than two words could be left out."""
    children = node.children if isinstance(node, And) else [node]
    kept: list[Node] = []
    optional: list[Node] = []
    for child in children:
        if not isinstance(child, Word | Phrase) or child.field is not None:
            kept.append(child)
            continue
        toks = words(child.text)
        if len(toks) > 1 and all(starts_cjk(t) for t in toks):
            optional.extend(Word(t) for t in toks)  # a CJK sentence: its bigrams are its words
        else:
            optional.append(child)
    return (kept, optional) if len(optional) > 1 else None


MIN_CJK_RUN = 3
"""Bigrams of a CJK run from which a note must hold two of them to count as matching it."""


def _is_bigram(part: Node) -> bool:
    return isinstance(part, Word) and len(part.text) == 2 and starts_cjk(part.text)


def fewer_words(
    searcher: Any, node: Node, limit: int, compile_part: Callable[[Node], Any], total: int
) -> tuple[list[tuple[float, int]], int, int] | None:
    """Tier 3: ``(score, docnum)`` of the notes with the most of the query's words, the
    number of words of the best, and how many words there were; None when the query is not
    several words."""
    split = optional_words(node)
    if split is None:
        return None
    kept, parts = split
    wq = __import__("whoosh.query", fromlist=["query"])
    queries = [compile_part(And([*kept, p]) if kept else p) for p in parts]
    docsets = [set(q.docs(searcher)) if q is not wq.NullQuery else set() for q in queries]
    found_any = [d for d in docsets if d]
    telling = [d for d in found_any if len(d) <= total * COMMON_SHARE] or found_any
    if not telling:
        return None
    counts: dict[int, int] = {}
    for docs in telling:
        for doc in docs:
            counts[doc] = counts.get(doc, 0) + 1
    bigrams = [d for p, d in zip(parts, docsets, strict=True) if _is_bigram(p)]
    cjk = [d for d in bigrams if any(d is t for t in telling)]
    if len(bigrams) >= MIN_CJK_RUN:
        # one bigram of a CJK word is a fragment of it (学習 of 機械学習), not a word matched
        for doc in {doc for docs in cjk for doc in docs}:
            if sum(doc in docs for docs in cjk) < 2:
                counts[doc] -= 1
        counts = {doc: n for doc, n in counts.items() if n > 0}
        if not counts:
            return None
    live = [q for q, d in zip(queries, docsets, strict=True) if any(d is t for t in telling)]
    scores = {
        hit.docnum: hit.score or 0.0
        for hit in searcher.search(wq.Or(live), limit=max(limit * 4, 100))
    }
    ranked = sorted(counts, key=lambda d: (-counts[d], -scores.get(d, 0.0)))
    return [(scores.get(d, 0.0), d) for d in ranked], counts[ranked[0]], len(parts)


__all__ = ["Or", "Widen", "fewer_words", "last_word", "tiered"]
