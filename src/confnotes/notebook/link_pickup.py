"""Links a user pastes into a note: what kind each is, and keeping them in the talk's references.

During a talk people paste the arXiv link of the paper, the slides, the
GitHub repository straight into their notes. This module finds those URLs in
a Markdown body (ignoring code), decides what each one is (paper, slides,
video, poster, code, page) from the URL and any label written next to it, and
adds the new ones to ``talk.links`` -- never touching the body itself.

No Textual and no I/O here: the links screen (and an editor on save) calls it and
save through :class:`confnotes.notebook.notebook.Notebook`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urlunsplit

from confnotes.model import Link, Talk
from confnotes.notebook.link_kinds import link_kind, split_url
from confnotes.notebook.link_kinds import normalise_url as _importer_normalise

_SLIDE_HOSTS = ("speakerdeck.com", "slideshare.net", "slides.com")
_VIDEO_SUFFIXES = (".mp4", ".webm", ".mkv", ".mov")


def detect_kind(url: str, label: str = "") -> str:
    """The kind of a link (one of ``model.LINK_KINDS``) from its URL and an optional label.

    The importers' rules (:func:`confnotes.notebook.link_kinds.link_kind`: an explicit label
    wins, then the file name, then the host), plus what people paste by hand:
    slide-sharing sites, Google Slides, bare video files.
    """
    if not label.strip():
        parts = split_url(url.strip().lower())
        host = parts.netloc.rsplit("@", 1)[-1].split(":", 1)[0].removeprefix("www.")
        tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
        if "poster" not in tail and (
            any(host == h or host.endswith("." + h) for h in _SLIDE_HOSTS)
            or (host == "docs.google.com" and "/presentation/" in parts.path)
        ):
            return "slides"
        if tail.endswith(_VIDEO_SUFFIXES):
            return "video"
    return link_kind(url, label)


def normalise_url(url: str) -> str:
    """One spelling per resource, so the same paper pasted twice is one reference.

    The importers' normalisation (arXiv ``pdf`` links become ``abs`` links, DOIs
    become ``https://doi.org/...``), with the scheme and host lower-cased; the
    rest of the URL is kept as written.
    """
    url = _importer_normalise(url)
    parts = split_url(url)
    if parts.scheme and parts.netloc:
        return urlunsplit(
            (parts.scheme.lower(), parts.netloc.lower(), parts.path, parts.query, parts.fragment)
        )
    return url


def _same_key(url: str) -> str:
    """Key under which two URLs count as the same reference."""
    norm = normalise_url(url)
    parts = split_url(norm)
    host = parts.netloc.removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}{'?' + parts.query if parts.query else ''}".lower()


def make_link(url: str, label: str = "", kind: str | None = None) -> Link:
    """A normalised :class:`Link` whose kind is detected unless given."""
    label = " ".join(label.split())
    return Link(url=normalise_url(url), kind=kind or detect_kind(url, label), label=label)


@dataclass(frozen=True)
class FoundURL:
    """A URL found in a note body, with the label written next to it and its line."""

    url: str
    label: str
    line: int
    """1-based line of the body where it appears."""


_FENCE_RE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_BACKTICKS_RE = re.compile(r"`+")
_MD_LINK_RE = re.compile(r"!?\[(?P<label>[^\[\]]*)\]\(\s*<?(?P<url>[a-z][a-z0-9+.-]*://[^\s)>]+)>?")
_AUTOLINK_RE = re.compile(r"<(?P<url>[a-z][a-z0-9+.-]*://[^\s>]+)>", re.I)
_BARE_RE = re.compile(r"(?P<url>\bhttps?://[^\s<>\"'`\\]+)", re.I)
_LEAD_LABEL_RE = re.compile(r"(?:^|[\s(])(?P<label>[\w][\w .-]{0,30}?)\s*[:=–-]\s*$")
_TRAILING = ".,;:!?'\"*_"
_OPENERS = {")": "(", "]": "[", "}": "{"}


def _blank_code_spans(line: str) -> str:
    """``line`` with each code span (a backtick run up to the next run of the same
    length, as in CommonMark) replaced by spaces, in linear time.

    A backreference pattern (`` (`+).+?\\1 ``) took minutes on a line of backticks.
    """
    runs = [(m.start(), m.end()) for m in _BACKTICKS_RE.finditer(line)]
    if len(runs) < 2:
        return line
    following: list[int | None] = [None] * len(runs)
    last_of_length: dict[int, int] = {}
    for i in range(len(runs) - 1, -1, -1):
        length = runs[i][1] - runs[i][0]
        following[i] = last_of_length.get(length)
        last_of_length[length] = i
    out, done, i = [], 0, 0
    while i < len(runs):
        j = following[i]
        if j is None:
            i += 1
            continue
        start, end = runs[i][0], runs[j][1]
        out.append(line[done:start])
        out.append(" " * (end - start))
        done, i = end, j + 1
    out.append(line[done:])
    return "".join(out)


def _trim(url: str) -> str:
    """Drop sentence punctuation after a bare URL, keeping balanced parentheses."""
    while url:
        last = url[-1]
        unbalanced = last in _OPENERS and url.count(last) > url.count(_OPENERS[last])
        if last not in _TRAILING and not unbalanced:
            break
        url = url[:-1]
    return url


def prose_lines(body: str) -> Iterator[tuple[int, str]]:
    """The lines of a Markdown body that are prose (1-based numbers), code spans blanked.

    Fenced and indented code blocks are skipped: a URL, a ``[[link]]`` or a ``#tag``
    written inside code is an example, not a reference.
    """
    fence: str | None = None
    for number, raw in enumerate(body.splitlines(), 1):
        m = _FENCE_RE.match(raw)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            continue
        if m:
            fence = m.group(1)
            continue
        if (
            raw.startswith(("    ", "\t"))
            and raw.strip()
            and not raw.lstrip().startswith(("-", "*", "+"))
        ):
            continue  # an indented code block
        yield number, _blank_code_spans(raw)


def urls_in_markdown(body: str) -> list[FoundURL]:
    """Every http(s) URL of a Markdown body, in order, outside code blocks and code spans.

    A Markdown link keeps its text as the label; a bare URL after a short
    lead-in ("slides: https://...") takes the lead-in as its label.
    """
    found: list[FoundURL] = []
    for number, line in prose_lines(body):
        taken: list[tuple[int, int]] = []
        hits: list[tuple[int, str, str]] = []
        for regex in (_MD_LINK_RE, _AUTOLINK_RE):
            for lm in regex.finditer(line):
                taken.append(lm.span())
                label = lm.groupdict().get("label") or ""
                hits.append((lm.start(), lm.group("url"), label.strip()))
        for bm in _BARE_RE.finditer(line):
            if any(a <= bm.start() < b for a, b in taken):
                continue
            url = _trim(bm.group("url"))
            lead = _LEAD_LABEL_RE.search(line[: bm.start()])
            label = lead.group("label").strip() if lead else ""
            hits.append((bm.start(), url, label))
        for _pos, url, label in sorted(hits):
            if split_url(url).netloc:
                found.append(FoundURL(url, label, number))
    return found


def links_in_body(body: str, known: Iterable[Link] = ()) -> list[Link]:
    """Typed links for the URLs of a body that are not already among ``known`` (deduplicated)."""
    seen = {_same_key(link.url) for link in known}
    new: list[Link] = []
    for item in urls_in_markdown(body):
        key = _same_key(item.url)
        if key in seen:
            continue
        seen.add(key)
        new.append(make_link(item.url, item.label))
    return new


def pick_up_links(talk: Talk) -> list[Link]:
    """Add the links pasted into a talk's note body to ``talk.links``; return the added ones.

    The body is left exactly as it is; saving is the caller's job.
    """
    new = links_in_body(talk.body, talk.links)
    talk.links.extend(new)
    return new


def add_link(talk: Talk, url: str, label: str = "", kind: str | None = None) -> Link | None:
    """Add one link to a talk (kind detected unless given); None when it is already there."""
    link = make_link(url, label, kind)
    key = _same_key(link.url)
    if any(_same_key(existing.url) == key for existing in talk.links):
        return None
    talk.links.append(link)
    return link


def looks_like_url(text: str) -> bool:
    """True for text the user can add as a link: ``http(s)://host...``, ``doi:``, ``arXiv:``."""
    text = text.strip()
    if text.lower().startswith(("doi:10.", "arxiv:")):
        return True
    parts = split_url(text)
    return parts.scheme in ("http", "https") and "." in parts.netloc and " " not in text
