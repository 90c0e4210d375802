"""Paper metadata from a server that trickles its answer (issue 29): a fetch has an
overall deadline, not only one per socket operation, and the app's cancel event (set
when it quits) stops it at once. The server is a local one on 127.0.0.1 sending one
byte every 50 ms for a minute."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from confnotes.knowledge import paper_meta
from confnotes.knowledge.paper_ids import doi_paper
from confnotes.knowledge.paper_meta import FetchError, http_get, refresh
from confnotes.notebook.notebook import Notebook

TRICKLE_FOR = 60.0
"""Seconds the server goes on answering: far beyond any deadline the tests set."""


class _Trickle(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        stop = time.monotonic() + TRICKLE_FOR
        try:
            while time.monotonic() < stop:
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            return

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def trickle() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_a_trickling_answer_stops_at_the_overall_deadline(trickle: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="within 1 s"):
        http_get(f"{trickle}/works/10.1/x", timeout=5, deadline=1.0)
    assert time.monotonic() - started < TRICKLE_FOR / 4


def test_a_fetch_stops_when_cancelled(trickle: str) -> None:
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(FetchError, match="cancelled"):
        http_get(f"{trickle}/works/10.1/x", cancel=cancel)
    assert time.monotonic() - started < TRICKLE_FOR / 4


def test_refresh_stops_when_the_app_quits(
    trickle: str, demo: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONFNOTES_CROSSREF_API", trickle)
    nb = Notebook.open(demo)  # type: ignore[arg-type]
    papers = [doi_paper(f"10.1000/paper{i}") for i in range(5)]
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    report = refresh(nb, papers, cancel=cancel)
    assert time.monotonic() - started < TRICKLE_FOR / 4
    assert report.cancelled and not report.fetched
    assert paper_meta.DEADLINE < TRICKLE_FOR
