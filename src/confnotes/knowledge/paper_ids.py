"""Recognise papers behind URLs and mentions, so a reading list lists each paper once.

The same arXiv paper is linked as ``/abs/2501.01234``, ``/pdf/2501.01234v2.pdf``
or ``arXiv:2501.01234``; the same DOI as ``https://doi.org/10.1/X``,
``dx.doi.org/10.1/x`` or ``doi:10.1/x``. :func:`identify` reduces each form
to one key (``arxiv:2501.01234``, ``doi:10.1/x``), which the reading list
deduplicates on. arXiv's own DOIs (``10.48550/arXiv.ID``) count as arXiv.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

_ARXIV_NEW = r"\d{4}\.\d{4,5}"
_ARXIV_OLD = r"[a-z][a-z.\-]*(?:\.[A-Z]{2})?/\d{7}"
_ARXIV_ID = re.compile(rf"^(?P<id>{_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?$")
_ARXIV_HOSTS = frozenset({"arxiv.org", "www.arxiv.org", "export.arxiv.org"})
_ARXIV_PATH = re.compile(
    rf"^/(?:abs|pdf|html|format|ps)/(?P<id>{_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?(?:\.pdf)?/?$"
)
_DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_ARXIV_DOI = re.compile(rf"^10\.48550/arxiv\.(?P<id>{_ARXIV_NEW})(?:v\d+)?$", re.IGNORECASE)
_TRAILING = ".,;:!?'\"*_>"

URL_IN_TEXT = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
"""A web address inside free text (Markdown links included; trailing punctuation trimmed later)."""
_ARXIV_MENTION = re.compile(
    rf"\barxiv:\s?(?P<id>{_ARXIV_NEW}|{_ARXIV_OLD})(?:v\d+)?\b", re.IGNORECASE
)
_DOI_MENTION = re.compile(r"\bdoi:\s?(?P<doi>10\.\d{4,9}/[^\s<>\"'`\]\)]+)", re.IGNORECASE)


@dataclass(frozen=True)
class PaperId:
    """What a URL or mention points at: an arXiv paper, a DOI, or just a web page."""

    key: str
    """``arxiv:<id>``, ``doi:<lowercased doi>`` or ``url:<normalised url>``: one per paper."""
    url: str
    """The canonical address to link to."""
    arxiv: str | None = None
    doi: str | None = None

    @property
    def label(self) -> str:
        """A short human name: ``arXiv:2501.01234``, ``doi:10.1/x`` or the URL."""
        if self.arxiv:
            return f"arXiv:{self.arxiv}"
        if self.doi:
            return f"doi:{self.doi}"
        return self.url


def arxiv_paper(arxiv_id: str) -> PaperId:
    """The paper of an arXiv id (any version suffix dropped)."""
    match = _ARXIV_ID.match(arxiv_id.strip())
    ident = match.group("id") if match else arxiv_id.strip()
    return PaperId(f"arxiv:{ident.lower()}", f"https://arxiv.org/abs/{ident}", arxiv=ident)


def doi_paper(doi: str) -> PaperId:
    """The paper of a DOI; arXiv DOIs become arXiv papers."""
    doi = _trim(unquote(doi.strip()))
    arxiv = _ARXIV_DOI.match(doi)
    if arxiv:
        return arxiv_paper(arxiv.group("id"))
    return PaperId(f"doi:{doi.lower()}", f"https://doi.org/{doi}", doi=doi)


def identify(url: str) -> PaperId | None:
    """The arXiv paper or DOI a URL points at, or None for any other address."""
    text = url.strip()
    if text.lower().startswith("doi:"):
        return doi_paper(text[4:])
    if text.lower().startswith("arxiv:"):
        return arxiv_paper(text[6:]) if _ARXIV_ID.match(text[6:].strip()) else None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    host = (parts.hostname or "").lower()
    if host in _ARXIV_HOSTS:
        match = _ARXIV_PATH.match(unquote(parts.path))
        return arxiv_paper(match.group("id")) if match else None
    if host in _DOI_HOSTS:
        doi = unquote(parts.path.lstrip("/"))
        return doi_paper(doi) if _DOI.match(doi) else None
    return None


def page_id(url: str) -> PaperId:
    """A paper known only by its web address (deduplicated on the normalised address)."""
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return PaperId(f"url:{text}", text)
    host = (parts.hostname or "").lower()
    try:
        port = f":{parts.port}" if parts.port else ""
    except ValueError:  # a port out of range (``:99999``)
        port = ""
    path = parts.path.rstrip("/") or ""
    query = f"?{parts.query}" if parts.query else ""
    scheme = parts.scheme.lower()
    key_scheme = "https" if scheme in ("http", "https") else scheme
    return PaperId(f"url:{key_scheme}://{host}{port}{path}{query}", text)


def mentions(text: str) -> list[tuple[PaperId, int]]:
    """Papers mentioned in free text (URLs, ``arXiv:ID``, ``doi:10...``) with their offsets."""
    found: list[tuple[PaperId, int]] = []
    for match in URL_IN_TEXT.finditer(text):
        paper = identify(trim_url(match.group(0)))
        if paper:
            found.append((paper, match.start()))
    for match in _ARXIV_MENTION.finditer(text):
        found.append((arxiv_paper(match.group("id")), match.start()))
    for match in _DOI_MENTION.finditer(text):
        found.append((doi_paper(match.group("doi")), match.start()))
    found.sort(key=lambda item: item[1])
    return found


def trim_url(url: str) -> str:
    """Drop punctuation that ends a sentence or a Markdown link rather than the address."""
    url = _trim(url)
    while url and url[-1] in ")]}":
        opener = {")": "(", "]": "[", "}": "{"}[url[-1]]
        if url.count(opener) >= url.count(url[-1]):
            break
        url = _trim(url[:-1])
    return url


def _trim(text: str) -> str:
    return text.rstrip(_TRAILING)
