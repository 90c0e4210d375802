"""Real titles, authors, venue and year for the papers a notebook links to.

Fetched from each source's public API when online (the arXiv Atom API, Crossref's
JSON for DOIs and ACL Anthology papers, OpenReview's JSON, the ``citation_*`` meta
tags of PMLR and NeurIPS proceedings pages) and cached in
``.confnotes/papers.json`` with the time each was fetched. Offline, or when a
source fails, nothing breaks: the cached data, else what the link itself says
(arXiv id → year, proceedings URL → venue), is used, and the failure is a note
("arXiv API: timed out after 10 s"), never an exception.

Base URLs come from the environment so tests can serve real-format responses
from a local server: ``CONFNOTES_ARXIV_API``, ``CONFNOTES_CROSSREF_API``,
``CONFNOTES_OPENREVIEW_API`` (and ``CONFNOTES_OPENREVIEW_API1`` for API 1),
``CONFNOTES_PAGES_BASE`` (replaces the scheme and
host of proceedings pages).
"""

from __future__ import annotations

import functools
import json
import os
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from confnotes.knowledge.paper_ids import (
    PaperId,
    arxiv_paper,
    doi_paper,
    identify,
    mentions,
    page_id,
)
from confnotes.notebook.notebook import DERIVED_DIR, Notebook
from confnotes.notebook.storage import atomic_write

CACHE_FILE = "papers.json"
TIMEOUT = 10.0
"""Seconds one socket operation (connect, one read) may take."""
DEADLINE = 30.0
"""Seconds one request may take in all, however the server trickles its answer."""
CANCEL_POLL = 0.1
"""How often a caller waiting for a request looks at its cancel event."""
CHUNK = 65536
MAX_BYTES = 5_000_000
ENV_BASES = {
    "arxiv": ("CONFNOTES_ARXIV_API", "https://export.arxiv.org/api/query"),
    "crossref": ("CONFNOTES_CROSSREF_API", "https://api.crossref.org"),
    "openreview": ("CONFNOTES_OPENREVIEW_API", "https://api2.openreview.net"),
    "openreview_v1": ("CONFNOTES_OPENREVIEW_API1", "https://api.openreview.net"),
    "pages": ("CONFNOTES_PAGES_BASE", ""),
}
_ATOM = "{http://www.w3.org/2005/Atom}"
_ARXIV_NS = "{http://arxiv.org/schemas/atom}"
_ACL_ID = re.compile(r"^/(?P<id>\d{4}\.[a-z0-9-]+\.\d+|[A-Z]\d{2}-\d{4})(?:\.pdf)?/?$")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_ARXIV_YYMM = re.compile(r"^(\d{2})(\d{2})\.")
_PMLR = re.compile(r"^/v(?P<volume>\d+)/")
GENERIC_LABELS = frozenset(
    {"paper", "pdf", "arxiv", "doi", "link", "openreview", "preprint", "proceedings", "here"}
)
"""Link labels that say what a link is, not what the paper is called."""


@dataclass
class PaperMeta:
    """What is known about one paper."""

    key: str
    url: str
    title: str = ""
    authors: list[str] = field(default_factory=list)
    venue: str = ""
    year: int | None = None
    doi: str = ""
    arxiv: str = ""
    source: str = "link"
    """``arxiv``, ``crossref``, ``openreview``, ``page`` (meta tags) or ``link`` (derived)."""
    fetched: str = ""
    """When it was fetched (UTC, ISO 8601); empty for link-derived data."""
    note: str = ""
    """Why the last fetch failed, when it did."""


class FetchError(Exception):
    """A source could not give metadata; the message is shown to the user as a note."""


def _base(name: str) -> str:
    env, default = ENV_BASES[name]
    return os.environ.get(env, default).rstrip("/")


# ---------------------------------------------------------------------- HTTP


def http_get(
    url: str,
    timeout: float = TIMEOUT,
    deadline: float = DEADLINE,
    cancel: threading.Event | None = None,
) -> bytes:
    """GET ``url`` (at most 5 MB) within ``deadline`` seconds in all, or until ``cancel``
    is set. Raises FetchError with a readable reason.

    ``timeout`` bounds each socket operation only: a server trickling a byte a second
    kept a fetch going for minutes, and the app's quit waited on it. The download runs
    in a daemon thread that checks the deadline and ``cancel`` between reads; the caller
    stops waiting at once when either is reached (the thread ends at its next read).
    """
    until = time.monotonic() + deadline
    done = threading.Event()
    answer: list[bytes | FetchError] = []

    def download() -> None:
        try:
            answer.append(_download(url, timeout, (until, deadline), cancel))
        except FetchError as exc:
            answer.append(exc)
        except Exception as exc:  # never lost in a thread: the caller raises it as a note
            answer.append(FetchError(f"cannot fetch ({type(exc).__name__}: {exc})"))
        finally:
            done.set()

    threading.Thread(target=download, name="confnotes-http", daemon=True).start()
    while not done.wait(CANCEL_POLL):
        if cancel is not None and cancel.is_set():
            raise FetchError("cancelled")
        if time.monotonic() >= until:
            raise FetchError(f"no complete answer within {deadline:g} s")
    result = answer[0]
    if isinstance(result, FetchError):
        raise result
    return result


def _download(
    url: str, timeout: float, deadline: tuple[float, float], cancel: threading.Event | None
) -> bytes:
    """The body of ``url``, read a chunk at a time until ``deadline`` (monotonic time, and
    the seconds it stands for) or ``cancel``."""
    until, seconds = deadline
    request = urllib.request.Request(
        url, headers={"User-Agent": "confnotes (reading list metadata)"}
    )
    chunks: list[bytes] = []
    size = 0
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            while True:
                if cancel is not None and cancel.is_set():
                    raise FetchError("cancelled")
                if time.monotonic() >= until:
                    raise FetchError(f"no complete answer within {seconds:g} s")
                chunk = response.read1(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > MAX_BYTES:
                    raise FetchError("response larger than 5 MB")
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError | socket.timeout):
            raise FetchError(f"timed out after {timeout:g} s") from None
        raise FetchError(f"cannot connect ({reason})") from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"cannot fetch ({exc})") from None
    return b"".join(chunks)


# ---------------------------------------------------------------------- sources


def link_derived(paper: PaperId) -> PaperMeta:
    """What the address alone says (offline)."""
    meta = PaperMeta(paper.key, paper.url, doi=paper.doi or "", arxiv=paper.arxiv or "")
    if paper.arxiv:
        meta.venue = "arXiv"
        m = _ARXIV_YYMM.match(paper.arxiv)
        if m:
            meta.year = 2000 + int(m.group(1))
    parts = urllib.parse.urlsplit(paper.url)
    host = (parts.hostname or "").lower()
    if host == "proceedings.mlr.press":
        m = _PMLR.match(parts.path)
        meta.venue = f"PMLR volume {m.group('volume')}" if m else "PMLR"
    elif host.endswith(("neurips.cc", "nips.cc")):
        meta.venue = "NeurIPS"
    elif host == "openreview.net":
        meta.venue = "OpenReview"
    elif host == "aclanthology.org":
        meta.venue = "ACL Anthology"
    if meta.year is None and host not in ("doi.org", "arxiv.org"):
        year = _YEAR.search(parts.path)
        meta.year = int(year.group(1)) if year else None
    return meta


ARXIV_BATCH = 50
"""arXiv ids asked in one API request (the API takes a list; it asks for few, slow calls)."""
ARXIV_PAUSE = 3.0
"""Seconds between two arXiv API requests, as the API's terms ask."""


def _arxiv_entries(papers: list[PaperId], get: Callable[[str], bytes]) -> dict[str, Any]:
    """The Atom entries of some arXiv papers by their key (one request)."""
    from defusedxml import ElementTree

    ids = ",".join(urllib.parse.quote(p.arxiv or "") for p in papers)
    url = f"{_base('arxiv')}?id_list={ids}"
    if len(papers) > 1:
        url += f"&max_results={len(papers)}"
    try:
        root = ElementTree.fromstring(get(url))
    except FetchError:
        raise
    except Exception as exc:
        raise FetchError(f"malformed Atom response ({type(exc).__name__})") from None
    entries: dict[str, Any] = {}
    for entry in root.findall(f"{_ATOM}entry"):
        ident = entry.findtext(f"{_ATOM}id", "")
        if "/api/errors" in ident or "/abs/" not in ident:
            continue
        key = arxiv_paper(ident.rsplit("/abs/", 1)[1]).key
        entries[key] = entry
    if len(papers) == 1 and not entries:
        lone = root.find(f"{_ATOM}entry")  # a mirror may not echo the id: take the one entry
        if lone is not None and "/api/errors" not in lone.findtext(f"{_ATOM}id", ""):
            entries[papers[0].key] = lone
    return entries


def _arxiv_meta(paper: PaperId, entry: Any) -> PaperMeta:
    title = entry.findtext(f"{_ATOM}title") if entry is not None else None
    if entry is None or not title or not title.strip():
        raise FetchError("arXiv has no such paper")
    meta = link_derived(paper)
    meta.title = " ".join(title.split())
    meta.authors = [
        " ".join((a.findtext(f"{_ATOM}name") or "").split())
        for a in entry.findall(f"{_ATOM}author")
    ]
    published = entry.findtext(f"{_ATOM}published") or ""
    if published[:4].isdigit():
        meta.year = int(published[:4])
    journal = entry.findtext(f"{_ARXIV_NS}journal_ref")
    meta.venue = " ".join(journal.split()) if journal else "arXiv"
    meta.doi = meta.doi or (entry.findtext(f"{_ARXIV_NS}doi") or "").strip()
    meta.source = "arxiv"
    return meta


def _arxiv(paper: PaperId, get: Callable[[str], bytes]) -> PaperMeta:
    return _arxiv_meta(paper, _arxiv_entries([paper], get).get(paper.key))


def fetch_arxiv_batch(
    papers: list[PaperId],
    get: Callable[[str], bytes] | None = None,
    cancel: threading.Event | None = None,
) -> dict[str, PaperMeta | FetchError]:
    """Metadata of many arXiv papers, :data:`ARXIV_BATCH` per request, pausing between
    requests; each paper gets its metadata or the error that explains why not (once
    ``cancel`` is set, the papers not asked for yet are left out)."""
    get = get or http_get
    stop = cancel or threading.Event()
    out: dict[str, PaperMeta | FetchError] = {}
    for start in range(0, len(papers), ARXIV_BATCH):
        if stop.is_set() or (start and stop.wait(ARXIV_PAUSE)):
            break
        chunk = papers[start : start + ARXIV_BATCH]
        try:
            entries = _arxiv_entries(chunk, get)
        except FetchError as exc:
            out.update({p.key: exc for p in chunk})
            continue
        for paper in chunk:
            try:
                out[paper.key] = _arxiv_meta(paper, entries.get(paper.key))
            except FetchError as exc:
                out[paper.key] = exc
    return out


def _json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FetchError(f"malformed JSON ({exc.__class__.__name__})") from None


def _crossref(paper: PaperId, get: Callable[[str], bytes]) -> PaperMeta:
    url = f"{_base('crossref')}/works/{urllib.parse.quote(paper.doi or '', safe='/')}"
    message = _json(get(url))
    message = message.get("message") if isinstance(message, dict) else None
    if not isinstance(message, dict):
        raise FetchError("malformed Crossref response (no message)")
    meta = link_derived(paper)
    titles = message.get("title") or []
    if not titles or not isinstance(titles, list) or not str(titles[0]).strip():
        raise FetchError("Crossref gives no title")
    meta.title = " ".join(str(titles[0]).split())
    meta.authors = [
        " ".join(f"{a.get('given', '')} {a.get('family', '')}".split()) or str(a.get("name", ""))
        for a in message.get("author") or []
        if isinstance(a, dict)
    ]
    container = message.get("container-title") or []
    if isinstance(container, list) and container:
        meta.venue = str(container[0])
    for key in ("published-print", "published-online", "issued", "published"):
        stamp = message.get(key)
        parts = stamp.get("date-parts") if isinstance(stamp, dict) else None
        if parts and isinstance(parts[0], list) and parts[0] and isinstance(parts[0][0], int):
            meta.year = parts[0][0]
            break
    meta.doi = str(message.get("DOI") or paper.doi or "")
    meta.source = "crossref"
    return meta


def _value(field_: Any) -> Any:
    """OpenReview API 2 wraps every field as ``{"value": ...}``; API 1 does not."""
    return field_.get("value") if isinstance(field_, dict) else field_


def _openreview_note(forum: str, get: Callable[[str], bytes]) -> dict[str, Any]:
    """The forum's note from OpenReview's API 2, else its API 1 (venues before 2023)."""
    why = FetchError("OpenReview has no such note")
    for base in (_base("openreview"), _base("openreview_v1")):
        try:
            data = _json(get(f"{base}/notes?id={urllib.parse.quote(forum)}"))
        except FetchError as exc:
            if not str(exc).startswith(("HTTP 404", "HTTP 400", "HTTP 403")):
                raise  # offline or broken: the other API will not do better
            why = exc
            continue
        notes = data.get("notes") if isinstance(data, dict) else None
        if isinstance(notes, list) and notes and isinstance(notes[0], dict):
            return notes[0]
    raise why


def _openreview(paper: PaperId, forum: str, get: Callable[[str], bytes]) -> PaperMeta:
    note = _openreview_note(forum, get)
    notes = [note]
    content = notes[0].get("content") or {}
    title = _value(content.get("title"))
    if not isinstance(title, str) or not title.strip():
        raise FetchError("malformed OpenReview response (no title)")
    meta = link_derived(paper)
    meta.title = " ".join(title.split())
    authors = _value(content.get("authors")) or []
    meta.authors = [str(a) for a in authors if isinstance(a, str)]
    venue = _value(content.get("venue"))
    if isinstance(venue, str) and venue:
        meta.venue = venue
        year = _YEAR.search(venue)
        meta.year = int(year.group(1)) if year else meta.year
    stamp = notes[0].get("pdate") or notes[0].get("cdate")
    if meta.year is None and isinstance(stamp, int | float):
        meta.year = datetime.fromtimestamp(stamp / 1000, UTC).year
    meta.source = "openreview"
    return meta


class _CitationTags(HTMLParser):
    """The Highwire ``citation_*`` meta tags PMLR and NeurIPS proceedings pages carry."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            return
        found = dict(attrs)
        name, content = (found.get("name") or "").lower(), found.get("content")
        if name.startswith("citation_") and content:
            self.tags.setdefault(name, []).append(" ".join(content.split()))


def _page(paper: PaperId, get: Callable[[str], bytes]) -> PaperMeta:
    parts = urllib.parse.urlsplit(paper.url)
    base = _base("pages")
    url = f"{base}{parts.path}{'?' + parts.query if parts.query else ''}" if base else paper.url
    parser = _CitationTags()
    parser.feed(get(url).decode("utf-8", "replace"))
    tags = parser.tags
    if not tags.get("citation_title"):
        raise FetchError("the page has no citation_title")
    meta = link_derived(paper)
    meta.title = tags["citation_title"][0]
    meta.authors = [_first_last(a) for a in tags.get("citation_author", [])]
    venue = (tags.get("citation_conference_title") or tags.get("citation_journal_title") or [""])[0]
    meta.venue = venue or meta.venue
    for key in ("citation_publication_date", "citation_date", "citation_year"):
        year = _YEAR.search((tags.get(key) or [""])[0])
        if year:
            meta.year = int(year.group(1))
            break
    meta.source = "page"
    return meta


def _first_last(name: str) -> str:
    """``Okafor, Amara`` → ``Amara Okafor`` (citation tags use both orders)."""
    if "," in name:
        family, _, given = name.partition(",")
        return f"{given.strip()} {family.strip()}".strip()
    return name


def fetch(paper: PaperId, get: Callable[[str], bytes] | None = None) -> PaperMeta:
    """Metadata of one paper from its source. Raises FetchError (a readable reason)."""
    get = get or http_get
    if paper.arxiv:
        return _arxiv(paper, get)
    if paper.doi:
        return _crossref(paper, get)
    parts = urllib.parse.urlsplit(paper.url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if host == "openreview.net":
        forum = urllib.parse.parse_qs(parts.query).get("id", [""])[0]
        if not forum:
            raise FetchError("OpenReview address without ?id=")
        return _openreview(paper, forum, get)
    if host == "aclanthology.org":
        m = _ACL_ID.match(parts.path)
        if not m:
            raise FetchError("not an ACL Anthology paper address")
        doi = doi_paper(f"10.18653/v1/{m.group('id')}")
        meta = _crossref(doi, get)
        meta.key, meta.url, meta.venue = paper.key, paper.url, meta.venue or "ACL Anthology"
        return meta
    if host == "proceedings.mlr.press" or host.endswith(("neurips.cc", "nips.cc")):
        return _page(paper, get)
    raise FetchError("no metadata source for this address")


# ---------------------------------------------------------------------- the cache


def _cache_path(root: Path) -> Path:
    return root / DERIVED_DIR / CACHE_FILE


def load_cache(root: Path) -> dict[str, PaperMeta]:
    """The cached metadata by paper key (an unreadable cache is an empty one)."""
    try:
        raw = json.loads(_cache_path(root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, PaperMeta] = {}
    if isinstance(raw, dict):
        known = set(PaperMeta.__dataclass_fields__)
        for key, value in raw.items():
            if isinstance(value, dict):
                try:
                    out[key] = PaperMeta(**{k: v for k, v in value.items() if k in known})
                except TypeError:
                    continue
    return out


def save_cache(nb: Notebook, cache: dict[str, PaperMeta]) -> None:
    """Write the cache atomically under ``.confnotes/``."""
    nb.ensure_derived_dir()
    data = {key: asdict(meta) for key, meta in sorted(cache.items())}
    atomic_write(_cache_path(nb.root), json.dumps(data, ensure_ascii=False, indent=1).encode())


def cached_titles(root: Path) -> dict[str, str]:
    """Paper titles by key, for link completion and display."""
    return {key: meta.title for key, meta in load_cache(root).items() if meta.title}


def best_known(paper: PaperId, cache: dict[str, PaperMeta]) -> PaperMeta:
    """The cached metadata of a paper, else what its address says."""
    return cache.get(paper.key) or link_derived(paper)


def notebook_papers(nb: Notebook) -> list[PaperId]:
    """Every paper the notebook links to: talks' paper links, addresses and ``arXiv:``/``doi:``
    mentions in notes, ``[[paper]]`` links; each once."""
    from confnotes.knowledge.wikilinks import wikilinks_in

    found: dict[str, PaperId] = {}
    for talk in nb.talks.values():
        for link in talk.links:
            paper = identify(link.url) or (page_id(link.url) if link.kind == "paper" else None)
            if paper is not None:
                found.setdefault(paper.key, paper)
        for paper, _offset in mentions(talk.body):
            found.setdefault(paper.key, paper)
        for wl in wikilinks_in(talk.body):
            paper = identify(wl.target)
            if paper is not None:
                found.setdefault(paper.key, paper)
    return list(found.values())


@dataclass
class RefreshReport:
    """What ``papers refresh`` did."""

    fetched: list[PaperMeta] = field(default_factory=list)
    failed: list[PaperMeta] = field(default_factory=list)
    """Papers whose source failed (``note`` says why); their cached data is kept."""
    cancelled: bool = False
    """Stopped by the caller's cancel event: the papers not fetched yet were left as they were."""


def refresh(
    nb: Notebook,
    papers: Iterable[PaperId] | None = None,
    get: Callable[[str], bytes] | None = None,
    now: Callable[[], datetime] | None = None,
    stale_only: bool = False,
    cancel: threading.Event | None = None,
) -> RefreshReport:
    """Fetch metadata for the notebook's papers (or ``papers``) and update the cache.

    Each request has an overall deadline (:data:`DEADLINE`); ``cancel`` (set when the
    app quits) stops the refresh at once, keeping what was fetched until then.
    """
    if get is None:
        get = functools.partial(http_get, cancel=cancel)
    cache = load_cache(nb.root)
    report = RefreshReport()
    clock = now or (lambda: datetime.now(UTC))
    wanted = [
        paper
        for paper in (papers if papers is not None else notebook_papers(nb))
        if not (stale_only and paper.key in cache and cache[paper.key].fetched)
    ]
    arxiv = fetch_arxiv_batch([p for p in wanted if p.arxiv], get, cancel)
    for paper in wanted:
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        old = cache.get(paper.key)
        try:
            found = arxiv.get(paper.key) if paper.arxiv else fetch(paper, get)
            if isinstance(found, FetchError):
                raise found
            meta = found or fetch(paper, get)
        except FetchError as exc:
            kept = old or link_derived(paper)
            kept.note = f"{_source_name(paper)}: {exc}"
            cache[paper.key] = kept
            report.failed.append(kept)
            continue
        meta.fetched = clock().strftime("%Y-%m-%dT%H:%M:%SZ")
        cache[paper.key] = meta
        report.fetched.append(meta)
    save_cache(nb, cache)
    return report


def _source_name(paper: PaperId) -> str:
    if paper.arxiv:
        return "arXiv API"
    if paper.doi:
        return "Crossref"
    host = (urllib.parse.urlsplit(paper.url).hostname or "").lower()
    if "openreview" in host:
        return "OpenReview"
    if "aclanthology" in host:
        return "Crossref (ACL Anthology)"
    return host or paper.url
