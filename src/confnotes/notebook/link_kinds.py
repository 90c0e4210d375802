"""Typed links: is this URL a paper, slides, a video, a poster, code or a page?

Programmes label links loosely ("3 min video", "[pdf]", "Poster") and point
them anywhere (a poster PDF on GitHub, slides on Google Drive), so the kind is
decided from the label and the URL together: an explicit label wins, then
telling words in the path, then the host. arXiv ids and DOIs are normalised so
that the same paper linked two ways is one link.
"""

from __future__ import annotations

import re
from urllib.parse import SplitResult, urlsplit

from confnotes.model import Link

_LABEL_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video", re.compile(r"\b(video|recording|youtube|vimeo|livestream|stream)\b", re.I)),
    ("slides", re.compile(r"\b(slides?|slide deck|deck|presentation)\b", re.I)),
    ("poster", re.compile(r"\bposter\b", re.I)),
    ("code", re.compile(r"\b(code|github|gitlab|repo(sitory)?|software|implementation)\b", re.I)),
    ("paper", re.compile(r"\b(paper|pdf|arxiv|doi|openreview|proceedings|preprint)\b", re.I)),
)

_VIDEO_HOSTS = (
    "youtube.com",
    "youtu.be",
    "vimeo.com",
    "slideslive.com",
    "media.ccc.de",
    "player.vimeo.com",
    "bilibili.com",
    "twitch.tv",
    "peertube",
)
_PAPER_HOSTS = (
    "arxiv.org",
    "doi.org",
    "openreview.net",
    "aclanthology.org",
    "aclweb.org",
    "proceedings.neurips.cc",
    "papers.nips.cc",
    "papers.neurips.cc",
    "proceedings.mlr.press",
    "dl.acm.org",
    "ieeexplore.ieee.org",
    "link.springer.com",
    "semanticscholar.org",
    "biorxiv.org",
    "openaccess.thecvf.com",
)
_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sr.ht")

_ARXIV_RE = re.compile(
    r"arxiv\.org/(?:abs|pdf)/(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.I,
)
_DOI_RE = re.compile(r"(?:doi\.org/|^doi:\s*)(?P<doi>10\.\d{4,9}/\S+)", re.I)


def split_url(url: str) -> SplitResult:
    """``urlsplit`` that never raises: ``https://[x`` (a broken IPv6 host) made it raise
    ValueError, which crashed an import and the editor's link pick-up after a save.
    A URL it cannot split has no scheme or host (it is "other")."""
    try:
        return urlsplit(url)
    except ValueError:
        return SplitResult("", "", url, "", "")


def normalise_url(url: str) -> str:
    """One spelling per paper: ``https://arxiv.org/abs/ID`` and ``https://doi.org/DOI``."""
    url = url.strip()
    if m := _ARXIV_RE.search(url):
        return f"https://arxiv.org/abs/{m.group('id').removesuffix('.pdf')}"
    if m := _DOI_RE.search(url):
        return f"https://doi.org/{m.group('doi').rstrip('.').lower()}"
    if url.lower().startswith("arxiv:"):
        return f"https://arxiv.org/abs/{url[6:].strip()}"
    if url.startswith("//"):
        return "https:" + url
    return url


def link_kind(url: str, label: str = "") -> str:
    """The kind of a link (one of :data:`confnotes.model.LINK_KINDS`) from label and URL.

    The URL is read in its one spelling (:func:`normalise_url`): ``doi:10.…`` and
    ``arXiv:2301.…`` are the papers ``https://doi.org/10.…`` and ``arxiv.org`` are."""
    for kind, pattern in _LABEL_KINDS:
        if pattern.search(label):
            return kind
    parts = split_url(normalise_url(url).lower())
    host = parts.netloc.removeprefix("www.")
    path = parts.path
    tail = path.rsplit("/", 1)[-1]
    if "poster" in tail:
        return "poster"
    if "slide" in tail:
        return "slides"
    if any(host == h or host.endswith("." + h) or h in host for h in _VIDEO_HOSTS):
        return "video"
    if _deck(host, path):
        return "slides"
    if "/virtual/" in path and ("neurips.cc" in host or "icml.cc" in host or "iclr.cc" in host):
        return "video"
    if any(host == h or host.endswith("." + h) for h in _PAPER_HOSTS):
        return "paper"
    if any(host == h or host.endswith("." + h) for h in _CODE_HOSTS):
        return "paper" if tail.endswith(".pdf") else "code"
    if tail.endswith(".pdf"):
        return "paper"
    if parts.scheme in ("http", "https") and host:
        return "page"
    return "other"


_SLIDE_HOSTS = ("speakerdeck.com", "slideshare.net", "slides.com")
"""Sites that hold one talk's slides at a page of its own."""


def _deck(host: str, path: str) -> bool:
    """A deck on a slide-sharing site (``speakerdeck.com/ana/a-talk``, a Google Slides
    document): a talk's slides, never its speaker's profile (``speakerdeck.com/ana``)."""
    if host == "docs.google.com":
        return path.startswith("/presentation/")
    on_site = any(host == h or host.endswith("." + h) for h in _SLIDE_HOSTS)
    return on_site and len([p for p in path.split("/") if p]) >= 2


def classify_link(url: str, label: str = "") -> Link:
    """A typed, normalised :class:`Link` (the label is kept as the user saw it)."""
    label = " ".join(label.split())
    return Link(url=normalise_url(url), kind=link_kind(url, label), label=label)
