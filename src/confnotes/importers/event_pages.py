"""Talks a report names by linking to the event site's talk pages.

A post reporting a conference day by day links the talks it saw to the event's own pages
for them (``[Jumpstarting Griffon](https://event.example/Presentations/jumpstarting)``,
``[Tracing für alle](…/vortraege/tracing)``), and its speakers to the event's pages for
them (``[Ana Ruiz](…/Speakers/ana-ruiz)``), in sentences of any build: ``The final session
was [Title](…)``, ``we saw Bo Li explaining [Title](…)``. Links to one site's talk pages,
two different ones or more, say the words they link are talks (the repetition is the
evidence; one such link may be a reference). Each sentence gives its talks' speakers: the
people it links to the site's speaker pages; else a talk link whose words are a person
(``[Stefan Armbruster](…/Presentations/…)'s talk on his *Title*``, the title then the
emphasised words beside it, unless the page's address spells the linked words: then they
are the title); else the one full name written in the sentence (several leave its talks unpaired).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from confnotes.importers import doctree
from confnotes.importers.persons import is_person_name
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.sentence_talks import NOT_PROSE, TALK_PAGE_RE

LEAST = 2
"""Different talk pages of one site a document must link to for its links to name talks."""
NAME_WORDS_MOST = 4

_SPEAKER_PAGE_RE = re.compile(
    r"/(?:speakers?|people|persons?|referenten|referent|ponentes|relatori|sprecher|orateurs)/"
    r"[^/?#]",
    re.I,
)
"""A link's path to a speaker's page on an event's site (``/Speakers/ana-ruiz``)."""
_SENTENCE_END_RE = re.compile(r"(?<=[^\W_A-Z][.!?])\s+|(?<=[)\]][.!?])\s+|[。！？]")
"""A sentence's end: a stop after a small letter, a digit or a bracket (``Robert C.
Martin`` runs on)."""
_WORD_RE = re.compile(r"[^\s,;:()\[\]\"“”]+")


@dataclass
class PageTalk:
    """A talk a sentence names by a link to its page: title, speakers, lines, page."""

    title: str
    speakers: list[ProgrammePerson] = field(default_factory=list)
    first: int = -1
    last: int = -1
    page: str = ""


def _talk_page(url: str) -> str:
    """The site and the talk pages' folder ``url`` leads into ("" when it is no talk's
    page): a talk page has a slug or an anchor after the folder (``/Presentations/x``)."""
    parts = urlsplit(url)
    path = parts.path + ("#" + parts.fragment if parts.fragment else "")
    m = TALK_PAGE_RE.search(path)
    if m is None or not parts.netloc or (not path[m.end() :].strip("/#?") and not parts.fragment):
        return ""
    return f"{parts.netloc.lower().removeprefix('www.')}{path[: m.end()].lower()}"


def _speaker_page(url: str, sites: set[str]) -> bool:
    parts = urlsplit(url)
    site = parts.netloc.lower().removeprefix("www.")
    return bool(_SPEAKER_PAGE_RE.search(parts.path)) and any(s.startswith(site) for s in sites)


def _slug_says(url: str, words: str) -> bool:
    """Whether the page's address spells most of ``words`` (``/Presentations/Grails-
    hidden-Gems`` for ``Grails Hidden Gems``): then they are its title, whatever their
    shape, not a person linked to the talk."""
    slug = set(re.findall(r"[^\W_]+", urlsplit(url).path.lower()))
    said = re.findall(r"[^\W_]+", words.lower())
    return bool(said) and sum(w in slug for w in said) * 2 > len(said)


def _paragraphs(doc: doctree.Document) -> Iterator[tuple[doctree.Node, int, int]]:
    stack: list[doctree.Node] = [doc.root]
    while stack:
        node = stack.pop()
        if node.kind in NOT_PROSE:
            continue
        if node.kind == "paragraph":
            yield node, doc.line_of(node.start), doc.line_of(max(node.start, node.end - 1))
            continue
        stack.extend(reversed(node.children))


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        yield start, m.start() + 1
        start = m.end()
    yield start, len(text)


def _person_in(words: str) -> str:
    """The person ``words`` name: all of them, or their last two or three after a
    possessive (``Netflix' Joe Sondow``); "" when none."""
    words = " ".join(words.split()).strip(" *_'’")
    if is_person_name(words):
        return words
    parts = words.split()
    for n in (3, 2):
        owner = parts[-n - 1] if len(parts) > n else ""
        if owner.endswith(("'", "’", "'s", "’s")) and is_person_name(tail := " ".join(parts[-n:])):
            return tail  # "Netflix' Joe Sondow": a name after its owner's possessive
    return ""


def _names_written(text: str) -> list[str]:
    """Full names written in ``text`` (links' words blanked out): runs of two to four
    capitalised words that pass the person test."""
    found: list[str] = []
    run: list[str] = []
    for m in [*_WORD_RE.finditer(text), None]:
        word = m.group().strip(".!?'’") if m else ""
        joined = m is not None and run and text[m.start() - 1] == " " and len(run) < NAME_WORDS_MOST
        if m is not None and word[:1].isupper() and (joined or not run):
            run.append(word)
            continue
        if len(run) >= 2 and is_person_name(name := " ".join(run)):
            found.append(name)
        run = [word] if m is not None and word[:1].isupper() else []
    return found


def find(text: str) -> list[PageTalk]:
    """The talks ``text``'s sentences name by links to one site's talk pages, in the order
    written; none unless the document links :data:`LEAST` different pages of one site."""
    out: dict[str, PageTalk] = {}
    for t in _found(text):
        if t.title and t.title.casefold() not in out:  # each call's talks its own
            people = [ProgrammePerson(name=p.name) for p in t.speakers]
            out[t.title.casefold()] = PageTalk(t.title, people, t.first, t.last, t.page)
    return list(out.values())


@functools.lru_cache(maxsize=8)
def _found(text: str) -> tuple[PageTalk, ...]:
    if "](" not in text and "href" not in text.lower():
        return ()
    doc = doctree.parse(text)
    paragraphs = list(_paragraphs(doc))
    pages: Counter[str] = Counter()
    for node, _first, _last in paragraphs:
        for url in {m.value for m in node.marks if m.kind == "link"}:
            if site := _talk_page(url):
                pages[site] += 1
    sites = {s for s, n in pages.items() if n >= LEAST}
    if not sites:
        return ()
    talks: list[PageTalk] = []
    for node, first, last in paragraphs:
        for start, end in _sentences(node.text):
            talks.extend(_sentence_talks(node, start, end, sites, first, last))
    return tuple(talks)


def linked_people(text: str) -> set[str]:
    """The words of links to the event's talk pages that name a person, not a title
    (``[Netflix' Joe Sondow](…/Presentations/asgard)``): no talk is titled by them."""
    return {" ".join(t.page.split()) for t in _found(text) if not t.title}


def _sentence_talks(
    node: doctree.Node, start: int, end: int, sites: set[str], first: int, last: int
) -> list[PageTalk]:
    marks = [m for m in node.marks if start <= m.start < end]
    links = [m for m in marks if m.kind == "link"]
    pages = [m for m in links if _talk_page(m.value) in sites]
    if not pages:
        return []
    speakers = [
        who
        for m in links
        if _speaker_page(m.value, sites) and (who := _person_in(node.text[m.start : m.end]))
    ]
    talks: list[PageTalk] = []
    people: list[PageTalk] = []  # the person-linked words, untitled
    for m in pages:
        words = " ".join(node.text[m.start : m.end].split()).strip(" *_")
        if not _slug_says(m.value, words) and (who := _person_in(words)):
            speakers.append(who)
            people.append(PageTalk("", page=words))
            stressed = [
                s
                for s in marks
                if s.kind in ("em", "strong")
                and not (m.start <= s.start < m.end)
                and not _person_in(node.text[s.start : s.end])
            ]
            if not stressed:
                continue  # a speaker's name linked to a talk no words here title
            words = " ".join(node.text[stressed[0].start : stressed[0].end].split())
        talks.append(PageTalk(words, first=first, last=last, page=m.value))
    if not speakers:
        blanked = list(node.text[start:end])
        for m in links:
            blanked[m.start - start : m.end - start] = " " * (m.end - m.start)
        written = list(dict.fromkeys(_names_written("".join(blanked))))
        speakers = written if len(written) == 1 else []  # several: whose is whose?
    for talk in talks:
        talk.speakers = [ProgrammePerson(name=n) for n in dict.fromkeys(speakers)]
    return talks + people


__all__ = ["LEAST", "PageTalk", "find", "linked_people"]
