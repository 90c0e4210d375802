"""A programme download has one deadline for all its reads, and can be cancelled."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.registry import read_source


class _Trickle(http.server.BaseHTTPRequestHandler):
    """A byte every 50 ms: each read succeeds, so only an overall deadline stops it."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        try:
            for _ in range(20_000):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def trickle() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/p.txt"
    server.shutdown()
    server.server_close()


def test_a_byte_at_a_time_download_stops_at_the_deadline(trickle: str) -> None:
    with pytest.raises(BadInputError, match="not downloaded in time"):
        read_source(trickle, deadline=time.monotonic() + 1.0)


def test_a_download_can_be_cancelled(trickle: str) -> None:
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    with pytest.raises(BadInputError, match="cancelled"):
        read_source(trickle, cancel=cancel)
