"""Paper metadata from each source's API, served by a local http.server in the APIs' real
formats (no network): arXiv Atom, Crossref JSON (DOIs and ACL Anthology), OpenReview JSON,
PMLR's citation meta tags; timeouts, 404s and malformed answers give a note, never a crash."""

from __future__ import annotations

import contextlib
import functools
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from confnotes.knowledge.paper_ids import arxiv_paper, doi_paper, page_id
from confnotes.knowledge.paper_meta import (
    FetchError,
    best_known,
    cached_titles,
    fetch,
    http_get,
    link_derived,
    load_cache,
    refresh,
)
from confnotes.model import Link
from confnotes.notebook.notebook import Notebook

ARXIV_ATOM = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?id_list=2501.01234" rel="self"
    type="application/atom+xml"/>
  <title type="html">ArXiv Query: id_list=2501.01234</title>
  <id>http://arxiv.org/api/cHxbiOdZaP56ODnBPIenZhzg5f8</id>
  <updated>2025-01-10T00:00:00-05:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">1</opensearch:totalResults>
  <entry>
    <id>http://arxiv.org/abs/2501.01234v2</id>
    <updated>2025-02-01T10:00:00Z</updated>
    <published>2025-01-03T18:00:00Z</published>
    <title>Selective Prediction under
  Distribution Shift</title>
    <summary>We study abstention.</summary>
    <author><name>Amara Okafor</name></author>
    <author><name>Inês Carvalho</name></author>
    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">12 pages</arxiv:comment>
    <arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">RelML 2025</arxiv:journal_ref>
    <link href="http://arxiv.org/abs/2501.01234v2" rel="alternate" type="text/html"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG"/>
  </entry>
</feed>
"""
ARXIV_EMPTY = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>ArXiv Query</title>
<opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:totalResults>
</feed>"""
CROSSREF = {
    "status": "ok",
    "message-type": "work",
    "message-version": "1.0.0",
    "message": {
        "DOI": "10.5555/relml.2025.017",
        "type": "proceedings-article",
        "title": ["Measuring Distribution Shift in Deployed Speech Recognisers"],
        "author": [
            {"given": "Tomasz", "family": "Wróbel", "sequence": "first", "affiliation": []},
            {"given": "Lena", "family": "Hofmann", "sequence": "additional", "affiliation": []},
        ],
        "container-title": ["Proceedings of RelML 2025"],
        "published-print": {"date-parts": [[2025, 6]]},
        "issued": {"date-parts": [[2025, 6, 12]]},
    },
}
ACL = {
    "status": "ok",
    "message-type": "work",
    "message": {
        "DOI": "10.18653/v1/2023.acl-long.1",
        "title": ["One Model for All Accents"],
        "author": [{"given": "Lena", "family": "Hofmann"}],
        "container-title": ["Proceedings of the 61st Annual Meeting of the ACL"],
        "issued": {"date-parts": [[2023]]},
    },
}
OPENREVIEW = {
    "notes": [
        {
            "id": "AbC123xyz",
            "forum": "AbC123xyz",
            "cdate": 1695000000000,
            "content": {
                "title": {"value": "Certified Trees"},
                "authors": {"value": ["João Pereira", "Amara Okafor"]},
                "venue": {"value": "ICLR 2024 poster"},
            },
        }
    ],
    "count": 1,
}
PMLR_PAGE = """<!DOCTYPE html><html><head>
<meta name="citation_title" content="Calibrated Abstention at Scale">
<meta name="citation_author" content="Okafor, Amara">
<meta name="citation_author" content="Carvalho, Inês">
<meta name="citation_publication_date" content="2023/07/03">
<meta name="citation_conference_title"
  content="Proceedings of the 40th International Conference on Machine Learning">
</head><body>abstract</body></html>"""


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}

    def do_GET(self) -> None:
        if "slow" in self.path:
            time.sleep(2)
        status, kind, body = self.routes.get(self.path, (404, "text/plain", b"Resource not found."))
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the client gave up (the timeout test)
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def api(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, tuple[int, str, bytes]]]:
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}
    handler = type("Handler", (_Handler,), {"routes": routes})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("CONFNOTES_ARXIV_API", f"{base}/arxiv/api/query")
    monkeypatch.setenv("CONFNOTES_CROSSREF_API", f"{base}/crossref")
    monkeypatch.setenv("CONFNOTES_OPENREVIEW_API", f"{base}/openreview")
    monkeypatch.setenv("CONFNOTES_OPENREVIEW_API1", f"{base}/openreview1")
    monkeypatch.setenv("CONFNOTES_PAGES_BASE", f"{base}/pages")
    yield routes
    server.shutdown()
    server.server_close()


def _json(data: object) -> tuple[int, str, bytes]:
    return 200, "application/json", json.dumps(data).encode()


def test_arxiv_atom(api: dict) -> None:
    api["/arxiv/api/query?id_list=2501.01234"] = (200, "application/atom+xml", ARXIV_ATOM.encode())
    meta = fetch(arxiv_paper("2501.01234v2"))
    assert meta.title == "Selective Prediction under Distribution Shift"
    assert meta.authors == ["Amara Okafor", "Inês Carvalho"]
    assert (meta.year, meta.venue, meta.source) == (2025, "RelML 2025", "arxiv")


def test_crossref_doi_and_acl_anthology(api: dict) -> None:
    api["/crossref/works/10.5555/relml.2025.017"] = _json(CROSSREF)
    api["/crossref/works/10.18653/v1/2023.acl-long.1"] = _json(ACL)
    meta = fetch(doi_paper("10.5555/relml.2025.017"))
    assert meta.title.startswith("Measuring Distribution Shift")
    assert meta.authors == ["Tomasz Wróbel", "Lena Hofmann"]
    assert (meta.year, meta.venue) == (2025, "Proceedings of RelML 2025")
    acl = fetch(page_id("https://aclanthology.org/2023.acl-long.1/"))
    assert (acl.title, acl.year, acl.key) == (
        "One Model for All Accents",
        2023,
        "url:https://aclanthology.org/2023.acl-long.1",
    )


def test_openreview_and_pmlr_pages(api: dict) -> None:
    api["/openreview/notes?id=AbC123xyz"] = _json(OPENREVIEW)
    api["/pages/v202/okafor23a.html"] = (200, "text/html", PMLR_PAGE.encode())
    meta = fetch(page_id("https://openreview.net/forum?id=AbC123xyz"))
    assert (meta.title, meta.authors, meta.year) == (
        "Certified Trees",
        ["João Pereira", "Amara Okafor"],
        2024,
    )
    pmlr = fetch(page_id("https://proceedings.mlr.press/v202/okafor23a.html"))
    assert pmlr.title == "Calibrated Abstention at Scale"
    assert pmlr.authors == ["Amara Okafor", "Inês Carvalho"]
    assert (pmlr.year, pmlr.source) == (2023, "page")
    assert pmlr.venue.startswith("Proceedings of the 40th")


@pytest.mark.parametrize(
    "route,answer,why",
    [
        ("/crossref/works/10.1/missing", None, "HTTP 404"),
        ("/crossref/works/10.1/broken", (200, "application/json", b"{not json"), "malformed JSON"),
        ("/crossref/works/10.1/empty", _json({"status": "ok", "message": {}}), "no title"),
    ],
)
def test_crossref_failures_are_readable(api: dict, route: str, answer: object, why: str) -> None:
    if answer is not None:
        api[route] = answer
    with pytest.raises(FetchError, match=why):
        fetch(doi_paper(route.removeprefix("/crossref/works/")))


def test_arxiv_failures_are_readable(api: dict) -> None:
    api["/arxiv/api/query?id_list=2501.09999"] = (200, "application/atom+xml", ARXIV_EMPTY.encode())
    api["/arxiv/api/query?id_list=2501.08888"] = (200, "application/atom+xml", b"<feed><entry>")
    with pytest.raises(FetchError, match="no such paper"):
        fetch(arxiv_paper("2501.09999"))
    with pytest.raises(FetchError, match="malformed Atom"):
        fetch(arxiv_paper("2501.08888"))


def test_a_timeout_is_a_note(api: dict) -> None:
    quick = functools.partial(http_get, timeout=0.3)
    with pytest.raises(FetchError, match=r"timed out after 0\.3 s"):
        fetch(page_id("https://proceedings.mlr.press/v1/slow.html"), quick)


def test_refresh_caches_with_the_time_and_keeps_data_when_offline(
    api: dict, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The demo links two arXiv papers: asked in one request; the feed holds only one.
    for ids in ("2501.01234,2502.04567", "2502.04567,2501.01234"):
        route = f"/arxiv/api/query?id_list={ids}&max_results=2"
        api[route] = (200, "application/atom+xml", ARXIV_ATOM.encode())
    api["/crossref/works/10.5555/relml.2025.017"] = _json(CROSSREF)
    nb = Notebook.open(demo)
    clock = lambda: datetime(2025, 6, 20, 8, 0, tzinfo=UTC)  # noqa: E731
    report = refresh(nb, now=clock)
    titles = cached_titles(demo)
    assert titles["arxiv:2501.01234"] == "Selective Prediction under Distribution Shift"
    assert load_cache(demo)["arxiv:2501.01234"].fetched == "2025-06-20T08:00:00Z"
    assert {m.key for m in report.failed} == {"arxiv:2502.04567"}  # not in the feed
    assert "arXiv API" in report.failed[0].note
    assert (demo / ".confnotes" / "papers.json").is_file()

    # Offline: nothing breaks, the cached data stays, the failure is a note.
    monkeypatch.setenv("CONFNOTES_ARXIV_API", "http://127.0.0.1:9/nothing")
    monkeypatch.setenv("CONFNOTES_CROSSREF_API", "http://127.0.0.1:9/nothing")
    again = refresh(Notebook.open(demo), now=clock)
    assert not again.fetched and again.failed
    assert cached_titles(demo)["arxiv:2501.01234"].startswith("Selective Prediction")


def test_link_derived_data_offline() -> None:
    meta = link_derived(arxiv_paper("2501.01234"))
    assert (meta.year, meta.venue, meta.title) == (2025, "arXiv", "")
    pmlr = link_derived(page_id("https://proceedings.mlr.press/v202/okafor23a.html"))
    assert pmlr.venue == "PMLR volume 202"
    nips = link_derived(
        page_id("https://proceedings.neurips.cc/paper_files/paper/2023/hash/abc-Abstract.html")
    )
    assert (nips.venue, nips.year) == ("NeurIPS", 2023)
    assert best_known(arxiv_paper("2501.01234"), {}).venue == "arXiv"
    link = Link(url="https://arxiv.org/abs/2501.01234", kind="paper", label="Paper")
    assert link.label == "Paper"


def test_arxiv_papers_are_asked_fifty_per_request(monkeypatch: pytest.MonkeyPatch) -> None:
    from confnotes.knowledge import paper_meta

    monkeypatch.setattr(paper_meta, "ARXIV_PAUSE", 0.0)
    asked: list[str] = []

    def get(url: str) -> bytes:
        asked.append(url)
        return ARXIV_ATOM.encode() if "2501.01234" in url else ARXIV_EMPTY.encode()

    papers = [arxiv_paper(f"2501.{i:05d}") for i in range(1200, 1320)]
    papers.append(arxiv_paper("2501.01234"))
    found = paper_meta.fetch_arxiv_batch(papers, get)
    assert len(asked) == 3 and all("max_results=" in url for url in asked)
    assert found["arxiv:2501.01234"].title.startswith("Selective")  # type: ignore[union-attr]
    assert isinstance(found["arxiv:2501.01200"], FetchError)


def test_openreview_api_1_for_older_venues(api: dict) -> None:
    """API 2 answers an empty list for a forum of 2019; API 1 has it, fields unwrapped."""
    api["/openreview/notes?id=OldForum1"] = _json({"notes": [], "count": 0})
    api["/openreview1/notes?id=OldForum1"] = _json(
        {
            "notes": [
                {
                    "id": "OldForum1",
                    "forum": "OldForum1",
                    "cdate": 1538000000000,
                    "content": {
                        "title": "Deep Equilibrium Models",
                        "authors": ["Shaojie Bai", "J. Zico Kolter", "Vladlen Koltun"],
                        "venue": "ICLR 2019",
                    },
                }
            ],
            "count": 1,
        }
    )
    meta = fetch(page_id("https://openreview.net/forum?id=OldForum1"))
    assert (meta.title, meta.year, meta.authors[1]) == (
        "Deep Equilibrium Models",
        2019,
        "J. Zico Kolter",
    )
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(page_id("https://openreview.net/forum?id=Missing"))
