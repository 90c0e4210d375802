"""One list item naming two speakers and their two linked talks, joined by the same small
word on both sides of the colon (``Ana Ruiz és Bo Li: [Title A](a.pdf) és [Title B](b.pdf)``),
as a group's archive writes a pair who spoke back to back. The repeated joining word is the
evidence, in whatever language it is written: the first name gave the first linked talk,
the second the second. Any other item is left to the usual readers."""

from __future__ import annotations

import re

from confnotes.importers.persons import split_speakers

_LINK_RE = re.compile(r"\[([^\[\]\n]{1,300})\]\(([^()\s]{1,500})\)")
"""A Markdown link ``[text](url)`` (bounded, no nesting)."""
_JOIN_RE = re.compile(r"^([^\W\d_]{1,5}|&)$")
"""A small joining word (``and``, ``és``, ``och``, ``&``): at most five letters."""
_HOLE = "\x00"


def paired_talk_lines(markdown: str) -> list[str]:
    """``Name A W Name B (Aff): [T1](u1) W [T2](u2), …`` → ``["Name A: [T1](u1)",
    "Name B: [T2](u2)"]``, the same lowercase word ``W`` joining the names and the links
    (two readings that agree); empty for any other item, or when either side is not a
    person's name alone."""
    links = _LINK_RE.findall(markdown)
    if len(links) < 3:
        return []  # the names' shared link, two talks, and a recording at most: read alone
    holed = _LINK_RE.sub(_HOLE, markdown)
    who, colon, what = holed.partition(":")
    if not colon or who.count(_HOLE) > 1:
        return []
    shared = who.count(_HOLE)  # the pair's site or group, in brackets after the names
    names = who.split("(", 1)[0].strip() if shared else who.strip()
    name_words = names.split()
    title_words = what.split()
    if len(title_words) < 3 or title_words[0] != _HOLE or title_words[2].rstrip(",") != _HOLE:
        return []
    join = title_words[1]
    if not (_JOIN_RE.match(join) and (join == "&" or join.islower())):
        return []
    if name_words.count(join) != 1:
        return []
    at = name_words.index(join)
    first, second = " ".join(name_words[:at]), " ".join(name_words[at + 1 :])
    if not all(_one_person(n) for n in (first, second)):
        return []
    (t1, u1), (t2, u2) = links[shared], links[shared + 1]
    return [f"{first}: [{t1}]({u1})", f"{second}: [{t2}]({u2})"]


def _one_person(text: str) -> bool:
    """Whether ``text`` is one person's name, whole."""
    people = split_speakers(text)
    return len(people) == 1 and people[0].name == text


_LINKED_ASIDE_RE = re.compile(
    r"\(([^()\[\]\n]{0,120})\[([^\[\]\n]{1,300})\]\([^()\s]{1,500}\)([^()\[\]\n]{0,60})\)"
)
"""A bracketed aside holding a link: ``(no slides, but [the code](url))``."""


def without_linked_aside(title: str, markdown: str) -> str:
    """``Title (no slides, but [here is the code](url))``: a title's closing bracket that
    holds a link is the writer's remark on what was left of the talk, not its name, so
    the title is the words before it; ``title`` unchanged when the item has no such aside
    closing it."""
    for m in _LINKED_ASIDE_RE.finditer(markdown):
        aside = f"({m.group(1)}{m.group(2)}{m.group(3)})"
        head = title.rstrip()
        if head.endswith(aside) and (kept := head[: -len(aside)].rstrip()):
            return kept
    return title


def after_label(markdown: str) -> str:
    """The Markdown after an item's label colon (``Ana Ruiz ([site](https://…)): Title``
    → `` Title``), a colon inside a link's address not being one; empty without a colon."""
    holed = _LINK_RE.sub(lambda m: _HOLE * len(m.group(0)), markdown)
    at = holed.find(":")
    return markdown[at + 1 :] if at >= 0 else ""


_TRAILING_LINK_RE = re.compile(r",[ \t]{0,3}\[[^\[\]\n]{1,300}\]\([^()\s]{1,500}\)[ \t]{0,3}$")
"""``…, [video](url)`` closing an item: a resource of the talk, after its title."""


def without_trailing_link(markdown: str) -> str:
    """``Title, [video](url)`` → ``Title``: a link after the title's comma is where the
    recording or slides are, not a part of the title; ``markdown`` unchanged else."""
    m = _TRAILING_LINK_RE.search(markdown)
    return markdown[: m.start()] if m and markdown[: m.start()].strip() else markdown
