"""Talks named in running sentences, found by how a document builds them.

A post or a write-up often names its talks inside sentences, in its own language:
``[Ana Ruiz](#speaker1) ci parlerà di *Lock files*``, ``quello di Bo Li sul <a
href="…/session/x">Tracing</a>``, ``"Lock files". 作者是"Mia Chen"``. No heading, list
or table marks them; the marks inside the sentence do. A sentence that names a person
and a marked title is a talk: the title marked by emphasis, quotation marks of any
script or a link to a talk's page; the person by a link to a speaker's anchor or
profile, a quoted name, or a run of capitalised words that passes the person test; the
two a few small words apart within the sentence (the speaking phrase, whatever its
language). The evidence is repetition: several sentences of one document built the
same way (the person first or the title first, marked alike) vouch for each other; a
lone one needs a role word (``by``, ``di``, ``作者是``, ``speaker:``) or the front
matter's list of speakers naming its person. Quoted books, stressed common words and
names with no marked title beside them name no talk.

The tree's paragraphs are read (:mod:`confnotes.importers.doctree`): their words and
their inline marks, in Markdown and in HTML inside it alike.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from confnotes.importers import doctree, structure
from confnotes.importers.entries import leading_clock
from confnotes.importers.fields import CJK_SPEAKER_WORDS
from confnotes.importers.handle_mentions import QUOTED_RE
from confnotes.importers.kinds import TALK_LABEL_RE
from confnotes.importers.persons import is_person_name, split_speakers
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import BY_WORD_SET
from confnotes.importers.title_speakers import MENTION_CUE_RE

PHRASE_WORDS_MOST = 6
"""Words at most between a person and the title they give (``ci racconterà com'è``)."""
TITLE_WORDS_MOST = 16
"""Words of a marked stretch that may be a title (a longer one is a quotation)."""
NAME_WORDS_MOST = 4
"""Capitalised words a person's name may run to."""
REPEATS_LEAST = 2
"""Different titles one build must name for its sentences to vouch for each other."""
ROLE_WORDS = frozenset(
    {*BY_WORD_SET, "speaker", "speakers", "referent", "ponente", "relatore", "orateur",
     *CJK_SPEAKER_WORDS, "作者是", "演讲人"}
)  # fmt: skip
"""Words that say who gives a talk next to its title, in the languages notes are written in:
the by-words, a few role words of Latin script, and the Chinese, Japanese and Korean
speaker roles of the one table (:data:`confnotes.importers.fields.CJK_SPEAKER_WORDS`).
Two are a sentence's own: ``作者是`` ("the author is", the role with its verb), and
``演讲人``, which metadata lines read as a key (``headings._CJK_SPEAKER_KEYS``) but the
table of data files' column words does not hold."""
TALK_PAGE_RE = re.compile(
    r"/(?:talks?|sessions?|topics?|presentations?|program(?:me)?|schedule|agenda|vortr(?:ae|ä)ge"
    r"|charlas?|sessione|interventi|conferences?/\w{1,40})(?:\.[a-z]{2,5})?(?:[/#?]|$)",
    re.I,
)
"""A link's path that leads to a talk's page on an event's site (``/talks/12``, an entry
of one agenda page, ``/agenda.html#4711``)."""
_TALK_CUE_RE = re.compile(
    rf"(?<![^\W\d_])(?:{TALK_LABEL_RE.pattern}|keynote|presentation|session|panel)s?(?![^\W\d_])"
    r"|講演|演講|発表|发表|報告|발표|강연",
    re.I,
)
"""A talk's word (``talk``, ``keynote``, ``Vortrag``, ``charla``, ``palestra``, ``演讲``):
what a marked title with a bare ``by`` after it needs in its sentence or the document's
title before it names a talk, not a work by its author (``*Dune* by Denis Villeneuve``)."""
_PROFILE_RE = re.compile(
    r"^#|/(?:speakers?|people|persons?|authors?|profiles?|users?|u|team|referenten|ponentes"
    r"|relatori)/|twitter\.com/|x\.com/|linkedin\.com/|github\.com/[^/]{1,60}/?$",
    re.I,
)
"""A link to a person: an anchor on the page (``#speaker1``) or a profile."""
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|[。！？;；]")
"""Where a sentence (or a clause of its own) ends between a person and a title."""
_STOP_RE = re.compile(r"[()\[\],;:!?。，；：、<>]")
"""What cuts a name's last word (``Chaudhry(docker)``, ``Agrò;``)."""
_PUNCT_RE = re.compile(r"[,(:：\-–—]")
"""Punctuation in a speaking phrase: a clause's edge, weaker than words alone."""


NOT_PROSE = frozenset({"list", "item", "table", "row", "cell", "code", "record", "front"})
"""Nodes whose words are no running sentences."""
_MARK_HINT_RE = re.compile(r"[*_\[\"“«„「『]|<(?:a|em|strong|i|b)\b", re.I)
"""What a paragraph's source holds when it marks a title or a person."""


@dataclass
class SentenceTalk:
    """A talk one sentence names: its title, its speakers, the lines it sits on."""

    title: str
    speakers: list[ProgrammePerson]
    first: int
    """The 0-based first line of the paragraph that names it (-1 when unplaced)."""
    last: int
    build: tuple[str, str, str]
    """How the sentence is built: the order (``person-first``, ``title-first``), how the
    person is marked, how the title is."""
    role: bool
    """A role word or a talk's word stands between the two."""
    bare_by: bool = False
    """Only ``by`` (or its translation) stands between the two and the title is marked by
    emphasis or quotation marks, not a link to a talk's page: a work and its author as
    much as a talk and its speaker."""
    page: str = ""
    """The address of the talk's page its title links to ("" when none)."""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    words: str
    kind: str
    page: str = ""
    """The address of the talk's page a title links to."""


def _paragraphs(doc: doctree.Document) -> Iterator[tuple[doctree.Node, int, int]]:
    """Each paragraph of running prose in the tree, with the lines of the nearest node
    that owns it. A list's items and a table's cells are no running sentences: ``- *The
    Goal* by Eliyahu Goldratt`` lists a book; their readers read them. Nor is a block
    quotation the writer's own sentence: ``> … — Ana Ruiz, *A Book*`` is whom the notes
    quote, and their work."""
    stack: list[tuple[doctree.Node, doctree.Node | None]] = [(doc.root, None)]
    while stack:
        node, owner = stack.pop()
        if node.kind in NOT_PROSE or node.kind == "quote":
            continue
        owner = node if node.spanned and node.kind != "document" else owner
        if node.kind == "paragraph":
            if node.spanned and not _MARK_HINT_RE.search(doc.source, node.start, node.end):
                continue  # no mark to read: its words are never parsed
            if owner is not None:
                yield node, doc.line_of(owner.start), doc.line_of(max(owner.start, owner.end - 1))
            else:
                yield node, -1, -1
            continue
        stack.extend((child, owner) for child in reversed(node.children))


def _titled(words: str) -> bool:
    """A marked stretch that may be a title: not a sentence quoted, not a common word
    stressed (``*really*``), not a person, not a time (``**19:30 - 20:15**``: a
    schedule's line, which the timetable reads)."""
    parts = words.split()
    if not parts or len(parts) > TITLE_WORDS_MOST or len(words) < 2 or words.endswith("."):
        return False
    start, _end, rest, _ampm = leading_clock(words)
    if start is not None and not rest.strip(" \t*_|:-–—"):
        return False
    # "*really*", "*not*": the sentence's own word stressed
    return len(parts) > 1 or any(c.isupper() for c in words) or not words.isascii()


def _marked(text: str, marks: list[doctree.Mark]) -> tuple[list[_Span], list[_Span]]:
    """The titles and the people a paragraph marks."""
    titles: list[_Span] = []
    people: list[_Span] = []
    pages = [  # links to a talk's page: an emphasis inside one is a linked title
        (m.start, m.end, m.value)
        for m in marks
        if m.kind == "link" and TALK_PAGE_RE.search(m.value)
    ]
    for m in marks:
        words = " ".join(text[m.start : m.end].split())
        if m.kind in ("em", "strong") and _titled(words):
            page = next((url for a, b, url in pages if a <= m.start and m.end <= b), "")
            titles.append(_Span(m.start, m.end, words, "link" if page else "em", page))
            if is_person_name(words):  # "*Event Sourcing*", "_Ana Ruiz_": either
                people.append(_Span(m.start, m.end, words, "em"))
        elif m.kind == "link" and words:
            if _PROFILE_RE.search(m.value) and is_person_name(words):
                people.append(_Span(m.start, m.end, words, "link"))
            elif (
                TALK_PAGE_RE.search(m.value)
                and _titled(words)
                and not any(m.start <= t.start and t.end <= m.end for t in titles)
            ):
                titles.append(_Span(m.start, m.end, words, "link", m.value))
    for q in QUOTED_RE.finditer(text):
        words = " ".join(next(g for g in q.groups() if g is not None).split())
        if any(t.start <= q.start() < t.end or q.start() <= t.start < q.end() for t in titles):
            continue
        if is_person_name(words):
            people.append(_Span(q.start(), q.end(), words, "quoted"))
        elif _titled(words):
            titles.append(_Span(q.start(), q.end(), words, "quote"))
    return sorted(titles, key=lambda s: s.start), people


def _phrase(gap: str) -> tuple[float, bool] | None:
    """The cost of a speaking phrase between a person and a title (its words, a
    punctuation mark counting one more) and whether it holds a role word; None when the
    two are not in one sentence, or the phrase names something else (a capitalised
    word) or runs long. A sentence's end is crossed only by a role word alone
    (``"Title". 作者是"Name"``)."""
    bare = gap.strip(" \t\n\"'“”«»「」『』.:：,，")
    punct = 1 if _PUNCT_RE.search(gap) else 0
    if bare.casefold() in ROLE_WORDS:
        return 0.5 + punct, True
    if _SENTENCE_END_RE.search(gap) or "\n\n" in gap:
        return None
    words = re.findall(r"[^\W_][\w'’]*", gap)
    if len(words) > PHRASE_WORDS_MOST or any(w[:1].isupper() for w in words):
        return None
    role = any(w.casefold() in ROLE_WORDS for w in words) or bool(MENTION_CUE_RE.search(gap))
    return len(words) + punct - (0.5 if role else 0), role


def _small(token: str) -> bool:
    word = token.strip("\"'“”«»()[],;:")
    return not word or not word[0].isupper()


def _name_run(runs: list[list[str]], lower: frozenset[str]) -> str:
    """The first of ``runs`` (longest first) that is a person's name, a sentence's
    capitalised first word (one the document also writes small) left out; "" when none."""
    for run in runs:
        if len(run) < 2 or run[0].casefold() in lower:
            continue
        name = " ".join(run)
        if is_person_name(name):
            return name
    return ""


def _named_before(window: str, lower: frozenset[str]) -> tuple[str, str] | None:
    """The name that ends a sentence's words before a title, and the phrase after it."""
    tokens = list(re.finditer(r"\S+", window))
    i = len(tokens)
    while i > 0 and len(tokens) - i <= PHRASE_WORDS_MOST and _small(tokens[i - 1].group()):
        i -= 1
    run: list[str] = []
    j = i
    while j > 0 and len(run) < NAME_WORDS_MOST:
        token = tokens[j - 1].group()
        cut = _STOP_RE.split(token)
        if not cut[0][:1].isupper() or (run and len(cut) > 1):
            break
        run.insert(0, cut[0])
        j -= 1
    name = _name_run([run[-n:] for n in range(len(run), 1, -1)], lower)
    if not name:
        return None
    end = tokens[i - 1].start() + len(run[-1])
    return name, window[end:]


def _named_after(window: str, lower: frozenset[str]) -> tuple[str, str] | None:
    """The name that opens a sentence's words after a title, and the phrase before it."""
    tokens = list(re.finditer(r"\S+", window))
    i = 0
    while i < len(tokens) and i <= PHRASE_WORDS_MOST and _small(tokens[i].group()):
        i += 1
    run: list[str] = []
    for token in tokens[i : i + NAME_WORDS_MOST]:
        cut = _STOP_RE.split(token.group())
        word = cut[0]
        if not word[:1].isupper():
            break
        if len(word) > 2 and word.endswith("."):  # "by Ana Ruiz.": the sentence's end
            run.append(word[:-1])
            break
        run.append(word)
        if len(cut) > 1:
            break
    name = _name_run([run[:n] for n in range(len(run), 1, -1)], lower)
    if not name or i >= len(tokens):
        return None
    return name, window[: tokens[i].start()]


def _candidates(
    text: str, titles: list[_Span], people: list[_Span], lower: frozenset[str]
) -> list[tuple[float, _Span, tuple[int, str], str, bool, str, bool]]:
    """Every (cost, title, person's place and name, order, role, person's mark, bare
    ``by``) pairing of a paragraph: the person on either side, no other title between."""
    out: list[tuple[float, _Span, tuple[int, str], str, bool, str, bool]] = []
    for n, title in enumerate(titles):
        floor = titles[n - 1].end if n else 0
        ceiling = titles[n + 1].start if n + 1 < len(titles) else len(text)
        for person in people:
            # the person's own name (``**Ana Ruiz**``, marked as a title could be) is no
            # other title between the two: the one beyond it bounds the sentence
            low, high = _bounds(titles, n, person.start, floor, ceiling, len(text))
            if low <= person.start and person.end <= title.start:
                gap, order = text[person.end : title.start], "person-first"
            elif title.end <= person.start and person.end <= high:
                gap, order = text[title.end : person.start], "title-first"
            else:
                continue
            if (said := _phrase(gap)) is not None:
                cost = said[0] + (1 if person.kind == "em" else 0)  # a linked name first
                who = (person.start, person.words)
                out.append((cost, title, who, order, said[1], person.kind, _bare_by(gap)))
        before = text[max(floor, title.start - 200) : title.start]
        if (named := _named_before(before, lower)) and (said := _phrase(named[1])):
            who = (title.start - len(named[1]) - len(named[0]), named[0])
            bare = _bare_by(named[1])
            out.append((said[0], title, who, "person-first", said[1], "name", bare))
        after = text[title.end : min(ceiling, title.end + 200)]
        if (named := _named_after(after, lower)) and (said := _phrase(named[1])):
            who = (title.end + len(named[1]), named[0])
            bare = _bare_by(named[1])
            out.append((said[0], title, who, "title-first", said[1], "name", bare))
    return out


def _bounds(
    titles: list[_Span], n: int, person: int, floor: int, ceiling: int, end: int
) -> tuple[int, int]:
    """Where the sentence of title ``n`` may find its person starting at ``person``: the
    ends of the titles beside it, passing over the one that is the person's own span."""
    if n and titles[n - 1].start == person:
        floor = titles[n - 2].end if n > 1 else 0
    if n + 1 < len(titles) and titles[n + 1].start == person:
        ceiling = titles[n + 2].start if n + 2 < len(titles) else end
    return floor, ceiling


def _site(url: str) -> tuple[str, str]:
    """Where a talk's page sits: its host and its path without the last part (one agenda
    page's entries, ``/agenda.html#1`` and ``/agenda.html#2``, sit on the same path)."""
    parts = urlsplit(url)
    path = parts.path if parts.fragment else parts.path.rsplit("/", 1)[0]
    return parts.netloc.casefold(), path


def _bare_by(gap: str) -> bool:
    """Whether a speaking phrase is ``by`` alone, in any language (``von``, ``par``)."""
    return gap.strip(" \t\n\"'“”«»「」『』.:：,，").casefold() in BY_WORD_SET


def _paired(
    text: str, marks: list[doctree.Mark], lower: frozenset[str]
) -> list[tuple[_Span, str, tuple[str, str, str], bool, bool]]:
    """The titles of a paragraph each with the person its sentence gives it: the
    closest pairings first, each title and each naming of a person used once."""
    titles, people = _marked(text, marks)
    if not titles:
        return []
    used: set[int] = set()  # a span is a title or a person, once
    out: list[tuple[_Span, str, tuple[str, str, str], bool, bool]] = []
    ranked = sorted(_candidates(text, titles, people, lower), key=lambda c: (c[0], c[1].start))
    for _cost, title, (at, name), order, role, kind, bare in ranked:
        if title.start in used or at in used:
            continue
        used |= {title.start, at}
        out.append((title, name, (order, kind, title.kind), role, bare and title.kind != "link"))
    return sorted(out, key=lambda o: o[0].start)


def front_speakers(front: dict[str, object]) -> set[str]:
    """The names a post's front matter lists as its speakers (``speaker: "A, B e C"``)."""
    names: set[str] = set()
    for key, value in front.items():
        if str(key).casefold().rstrip("s") not in ("speaker", "presenter", "relatore"):
            continue
        values = value if isinstance(value, list) else [value]
        for one in values:
            if isinstance(one, str):
                names |= {p.name.casefold() for p in split_speakers(one)}
    return names


def find(text: str) -> list[SentenceTalk]:
    """The talks ``text``'s sentences name (see the module's docstring), in the order
    written: those of a build that repeats, or with a role word, or whose person the
    front matter lists. Each call's talks are its own."""
    return [
        SentenceTalk(t.title, [ProgrammePerson(name=p.name) for p in t.speakers], t.first,
                     t.last, t.build, t.role, t.bare_by)
        for t, _vouched in _found(text)
    ]  # fmt: skip


def vouched(text: str) -> int:
    """How many different titles ``text``'s sentences name in a build that repeats (two
    different titles or more built alike), or with a person its front matter lists: the
    evidence that ranks the reading of its sentences. A sentence with a role word only
    is found by :func:`find` but counts for none; a title with a bare ``by`` and no
    talk's word near it counts for none and is not found."""
    return len({t.title.casefold() for t, vouched in _found(text) if vouched})


def _found(text: str) -> tuple[tuple[SentenceTalk, bool], ...]:
    doc = doctree.parse(text)
    lower = frozenset(w for w in re.findall(r"\b[^\W\d_]+\b", text[:200_000]) if w.islower())
    found: list[SentenceTalk] = []
    front = structure.read(text).front
    titled = _TALK_CUE_RE.search(str(front.get("title", "")) + "\n" + _first_heading(doc))
    for node, first, last in _paragraphs(doc):
        words = node.text
        if len(words) > 20_000:
            continue
        for title, name, build, role, bare in _paired(words, node.marks, lower):
            person = ProgrammePerson(name=name)
            # "*Dune* by Denis Villeneuve": a work by its author, unless a talk's word says
            # the sentence is about talks (or the front matter lists the person)
            bare = bare and not (titled or _TALK_CUE_RE.search(words))
            found.append(
                SentenceTalk(title.words, [person], first, last, build, role, bare, title.page)
            )
    listed = front_speakers(front) if found else set()
    found = [t for t in found if not t.bare_by or t.speakers[0].name.casefold() in listed]
    builds = Counter(b for b, _titles in {(t.build, t.title.casefold()) for t in found})
    sites = Counter(s for s, _titles in {(_site(t.page), t.title.casefold()) for t in found})
    out: list[tuple[SentenceTalk, bool]] = []
    for t in found:
        vouched = (
            builds[t.build] >= REPEATS_LEAST
            or (t.page and sites[_site(t.page)] >= REPEATS_LEAST)
            or t.speakers[0].name.casefold() in listed
        )
        if vouched or t.role:
            out.append((t, vouched))
    return tuple(out)


def _first_heading(doc: doctree.Document) -> str:
    """The words of the document's first heading ("" when it has none)."""
    stack = [doc.root]
    while stack:
        node = stack.pop()
        if node.kind == "heading":
            return node.text
        stack.extend(reversed(node.children))
    return ""


__all__ = ["REPEATS_LEAST", "SentenceTalk", "find", "front_speakers", "vouched"]
