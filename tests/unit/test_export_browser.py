"""The HTML page in a real browser (Debian's headless Chromium).

Skipped when Chromium is not installed, except under CI (``CI`` set), where
a missing browser fails the test: ``.ci/run`` installs it.

Chromium renders the page and dumps the resulting DOM; its network log shows
whether opening the page asked any host named in the notebook for anything.
(Chromium itself talks to Google's update and account services in the
background; those hosts never appear in a notebook, so they do not matter.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from confnotes.exporters import Selection, export
from confnotes.notebook.notebook import Notebook
from tests.unit.export_notebooks import hostile_notebook
from tests.unit.test_export_html import ACTIVE_ELEMENTS, Page

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)


def open_in_chromium(page: Path, tmp_path: Path) -> tuple[str, str]:
    """The DOM Chromium built from the page, and its network log."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed, and CI is set (.ci/run installs it)")
        pytest.skip("chromium is not installed")
    netlog = tmp_path / "netlog.json"
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--log-net-log={netlog}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout, netlog.read_text(encoding="utf-8") if netlog.exists() else ""


def hosts_in(html: str) -> set[str]:
    hosts = set()
    for match in re.finditer(r"(?:https?:)?//([A-Za-z0-9.\-]+)", html):
        hosts.add(match.group(1).lower())
    return hosts - {""}


@pytest.mark.timeout(120)
def test_demo_page_renders_in_chromium_without_requests(demo: Path, tmp_path: Path) -> None:
    nb = Notebook.open(demo)
    html = export(nb, "html", Selection(conference="relml-2025"))
    page = tmp_path / "summary.html"
    page.write_text(html, encoding="utf-8")
    dom, netlog = open_in_chromium(page, tmp_path)
    rendered = Page(dom)
    text = rendered.all_text
    assert "Workshop on Reliable Machine Learning 2025" in text
    for talk in nb.talks.values():
        assert talk.title in text
    assert "Reading list" in text and "arXiv:2501.01234" in text
    assert "☐ read: the risk–coverage paper she cited" in text
    hosts = hosts_in(html)
    assert "example.org" in hosts and "arxiv.org" in hosts
    for host in hosts:
        assert host not in netlog, f"the page made a request to {host}"


@pytest.mark.timeout(120)
def test_hostile_page_stays_inert_in_chromium(tmp_path: Path) -> None:
    nb = hostile_notebook(tmp_path / "nb")
    html = export(nb, "html")
    page = tmp_path / "evil.html"
    page.write_text(html, encoding="utf-8")
    dom, netlog = open_in_chromium(page, tmp_path)
    rendered = Page(dom)
    assert not {tag for tag, _ in rendered.elements} & ACTIVE_ELEMENTS
    assert "<script>alert('body')</script>" in rendered.all_text
    for host in {"tracker.example", "evil.example", "example.org"}:
        assert host not in netlog
    hrefs = [urlsplit(h).scheme for h in rendered.attrs("href")]
    assert set(hrefs) <= {"", "http", "https", "mailto"}
