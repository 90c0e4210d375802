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


def test_quitting_the_app_during_a_refresh_leaves_no_thread_behind(
    trickle: str, demo: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Q after Shift+F11 on a slow server: the fetch stops, so the process can end
    (it waited for the worker thread and ignored Ctrl+C and SIGTERM)."""
    import asyncio

    from tests.tui.helpers import app_for

    for name in ("CONFNOTES_ARXIV_API", "CONFNOTES_CROSSREF_API", "CONFNOTES_OPENREVIEW_API"):
        monkeypatch.setenv(name, trickle)
    before = set(threading.enumerate())

    async def run() -> float:
        app = app_for(demo)  # type: ignore[arg-type]
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause(0.2)
            await pilot.press("shift+f11")
            await pilot.pause(0.5)
            await pilot.press("ctrl+q")
            quit_at = time.monotonic()
        return time.monotonic() - quit_at  # the app waits for its workers to end

    assert asyncio.run(run()) < TRICKLE_FOR / 4  # (it waited the whole trickle, and more)
    left = [t for t in threading.enumerate() if t not in before and not t.daemon]
    for thread in left:
        thread.join(timeout=3)
    assert not [t.name for t in left if t.is_alive()]
