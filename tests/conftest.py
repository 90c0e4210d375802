"""Shared fixtures: a copy of the demo notebook, seeds location, a frozen environment."""

from __future__ import annotations

import http.server
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "src" / "confnotes" / "demo"
SEEDS = Path(os.environ.get("CONFNOTES_SEEDS") or REPO.parent / "shared" / "seeds")
"""The seeds beside the clone (``../shared/seeds``), or where ``CONFNOTES_SEEDS`` says."""
os.environ.setdefault("CONFNOTES_STRICT_READERS", "1")
"""A reader that raises fails the test (and the CLI's subprocesses) instead of quietly
offering no reading: a merge that broke a reader showed only as worse imports."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--slow",
        action="store_true",
        default=False,
        help="also run the tests marked slow (or set CONFNOTES_SLOW=1)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Slow tests are deselected unless asked for, so a plain run stays quick."""
    if config.getoption("--slow") or os.environ.get("CONFNOTES_SLOW") == "1":
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the developer's notebook, config or editor."""
    monkeypatch.delenv("CONFNOTES_NOTEBOOK", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("EDITOR", "true")
    monkeypatch.setenv("TZ", "UTC")


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A writable copy of the demo notebook."""
    dest = tmp_path / "notebook"
    shutil.copytree(DEMO, dest, ignore=shutil.ignore_patterns(".confnotes"))
    return dest


def seed(prefix: str) -> Path:
    """Path of the seed whose name starts with ``prefix``; skips the test when seeds are absent
    (a user's clone), but fails under CI, where ``../shared`` is always beside the clone: a
    seed test that skips there would prove nothing."""
    if not SEEDS.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"CI: the seeds are not at {SEEDS} (../shared/seeds beside the clone)")
        pytest.skip("../shared/seeds is not present")
    matches = sorted(SEEDS.glob(f"{prefix}*"))
    if not matches:
        pytest.skip(f"seed {prefix} not present")
    return matches[0]


class _Trickle(http.server.BaseHTTPRequestHandler):
    """Sends a programme a byte every 50 ms: each read succeeds, so only an overall
    deadline (or a cancel) stops the download."""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/markdown")
        self.end_headers()
        try:
            for _ in range(20_000):
                self.wfile.write(b"#")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def trickle() -> Iterator[str]:
    """The URL of a programme served a byte at a time on loopback."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/programme.md"
    server.shutdown()
    server.server_close()
