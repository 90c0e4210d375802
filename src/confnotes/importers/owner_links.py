"""Who made a linked document: a link to it, then a link to its owner's page.

Slide and document hosts write an embed's caption as the deck's link followed by its
author's profile link (``<a href="https://decks.example/ana-ruiz/fast-logs">Fast logs</a>
from <a href="https://decks.example/ana-ruiz">Ana Ruiz</a>``), and people write the same
by hand (``[Fast logs](https://decks.example/ana/fast-logs) by
[Ana Ruiz](https://decks.example/ana)``). The owner's page holds the document's address
(same host, its path a leading part of the other's): evidence from the addresses alone,
whatever the words between the links and the page's language; the owner's words must
still pass the person test (a team's or a company's page is no speaker).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from confnotes.importers.persons import is_person_name
from confnotes.importers.programme import ProgrammePerson
from confnotes.notebook.link_kinds import link_kind

LINKS_MOST = 8
"""Links of a block looked at (a caption holds two or three; a long list is no caption)."""


def _place(url: str) -> tuple[str, str] | None:
    """(host without ``www.``, path without its closing slash) of a web address (a
    scheme-relative ``//host/path`` too); None for anything else."""
    url = url.strip()
    if not url.startswith(("http://", "https://", "//")) or len(url) > 2000:
        return None
    parts = urlsplit(url)
    host = parts.netloc.casefold().removeprefix("www.")
    return (host, parts.path.rstrip("/")) if host else None


def owns(owner: str, document: str) -> bool:
    """Whether the page ``owner`` is the owner's page of ``document``: the same host, the
    owner's path one or more segments that lead the document's path (never the site's
    root, which leads every page)."""
    a, b = _place(owner), _place(document)
    if a is None or b is None or a[0] != b[0] or not a[1].strip("/"):
        return False
    return b[1].startswith(a[1] + "/")


def _words_of(text: str) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in text.casefold()).split()


def the_talks_own(words: str, target: str, title: str) -> bool:
    """Whether a linked document is the talk's own: its slides or paper (by
    :func:`~confnotes.notebook.link_kinds.link_kind`), or a page whose link's words are
    the talk's title or lead it (an embed's caption names the deck by the talk). A
    recording's channel, a recap's or a thread's author (``[video]`` on a channel,
    ``[Recap](blog/@ana/…)``) made something about the talk, not the talk."""
    kind = link_kind(target, words)
    if kind in ("slides", "paper"):
        return True
    said, named = _words_of(words), _words_of(title)
    return kind == "page" and bool(said) and bool(named) and named[: len(said)] == said


def document_owners(links: list[tuple[str, str]], title: str = "") -> list[ProgrammePerson]:
    """The people named by a link to the owner's page of a document linked before it
    that is the talk's own (:func:`the_talks_own`, ``title`` the talk's) (``links``:
    (words, target) in the order written); [] when there is none."""
    found: list[ProgrammePerson] = []
    links = links[:LINKS_MOST]
    for at, (words, target) in enumerate(links):
        name = " ".join(words.split())
        if not any(
            owns(target, earlier) and the_talks_own(said, earlier, title)
            for said, earlier in links[:at]
        ):
            continue
        if is_person_name(name) and name not in {p.name for p in found}:
            found.append(ProgrammePerson(name=name))
    return found
