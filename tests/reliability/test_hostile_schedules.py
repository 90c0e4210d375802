"""Hostile input 12: schedule files that attack the importers, through ``confnotes import``.

Billion laughs, external entities and DTDs (file and network), a 50 MB file,
deep nesting, 10,000 events, unbounded RRULEs, a 1 MB folded line, a 1 MB
unbroken line: each is rejected or imported within bounds, in a subprocess
with a time limit, without reading the secret file an entity points at,
without any request reaching the local HTTP server the entities name, and
without writing anywhere but the notebook.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import resource
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import ClassVar

import pytest

SECRET = "SECRET-TOKEN-d41d8cd98f00"
LIMIT = 60.0
"""CPU seconds a single import may use before the test calls it unbounded: the kernel
ends it past them (``RLIMIT_CPU``). CPU time, not wall time: four imports run side by
side, and a loaded machine stretched one to 62 s of wall time (6 s alone, stop 67)."""
WALL_LIMIT = LIMIT * 4
"""Wall seconds after which an import counts as hung (waiting, not computing)."""


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.hits.append(self.path)
        body = f'<!ENTITY leak "{SECRET}">'.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A local HTTP server that records every request (none may arrive)."""
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _frab(inner: str, doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0"?>\n{doctype}<schedule><conference><title>{inner}</title>'
        "<acronym>evil</acronym><start>2026-06-01</start><end>2026-06-01</end>"
        "</conference><day index='1' date='2026-06-01'><room name='A'><event id='1'>"
        f"<date>2026-06-01T10:00:00+00:00</date><start>10:00</start><duration>00:30</duration>"
        f"<title>Talk {inner}</title><room>A</room><type>talk</type></event></room></day>"
        "</schedule>\n"
    ).encode()


def _ics(*events: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//evil//EN\r\n" + "".join(events)
    ).encode() + (b"END:VCALENDAR\r\n")


def _vevent(uid: int, summary: str = "Talk", extra: str = "") -> str:
    return (
        f"BEGIN:VEVENT\r\nUID:{uid}@evil\r\n"
        f"DTSTART:20260601T{10 + uid % 8:02d}{uid % 60:02d}00Z\r\n"
        f"DTEND:20260601T{11 + uid % 8:02d}0000Z\r\nSUMMARY:{summary}\r\n{extra}END:VEVENT\r\n"
    )


def _folded(text: str) -> str:
    """An iCalendar content line folded every 74 octets (continuation lines start with a space)."""
    return "\r\n ".join(text[i : i + 74] for i in range(0, len(text), 74))


def _cases(secret: Path, url: str) -> dict[str, bytes]:
    lol = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i else "lol"}">' for i in range(10))
    return {
        "billion-laughs.xml": _frab("&lol9;", f"<!DOCTYPE schedule [{lol}]>\n"),
        "quadratic-blowup.xml": _frab(
            "&a;" * 20_000, f'<!DOCTYPE schedule [<!ENTITY a "{"x" * 50_000}">]>\n'
        ),
        "xxe-file.xml": _frab(
            "&x;", f'<!DOCTYPE schedule [<!ENTITY x SYSTEM "file://{secret}">]>\n'
        ),
        "xxe-http.xml": _frab("&x;", f'<!DOCTYPE schedule [<!ENTITY x SYSTEM "{url}/x">]>\n'),
        "external-dtd.xml": _frab("&leak;", f'<!DOCTYPE schedule SYSTEM "{url}/dtd">\n'),
        "parameter-entity.xml": _frab(
            "&leak;", f'<!DOCTYPE schedule [<!ENTITY % p SYSTEM "{url}/p"> %p;]>\n'
        ),
        "xinclude.xml": _frab(
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret}" parse="text"/>'
        ),
        "deep.xml": b"<schedule>" + b"<a>" * 100_000 + b"</a>" * 100_000 + b"</schedule>",
        "deep.json": b'{"schedule": {"conference": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}",
        "deep-ics.ics": _ics("BEGIN:VEVENT\r\n" * 50_000),
        "rrule-unbounded.ics": _ics(_vevent(1, "Forever", "RRULE:FREQ=SECONDLY\r\n")),
        "rrule-huge-count.ics": _ics(_vevent(2, "Many", "RRULE:FREQ=MINUTELY;COUNT=100000000\r\n")),
        "folded-1mb.ics": _ics(_vevent(3, _folded("y" * 1_000_000))),
        "long-line.md": b"# Workshop\n\n" + b"word " * 220_000 + b"\n",
        "long-line.ics": _ics(_vevent(4, "z" * 1_000_000)),
        "nested-quotes.md": b"# Workshop\n\n" + b">" * 100_000 + b" x\n",
        "secret-link.md": f"# Workshop\n\n- 10:00 [Talk](file://{secret})\n".encode(),
    }


def _run(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {k: v for k, v in os.environ.items() if k != "CONFNOTES_DEBUG"}
    env["no_proxy"] = ""
    started = time.monotonic()
    with subprocess.Popen(
        [sys.executable, "-m", "confnotes", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=cwd,
        stdin=subprocess.DEVNULL,
    ) as proc:
        if hasattr(resource, "prlimit"):  # Linux: the CPU budget, inherited by its children
            with contextlib.suppress(ProcessLookupError):
                resource.prlimit(proc.pid, resource.RLIMIT_CPU, (int(LIMIT), int(LIMIT) + 5))
        try:
            out, err = proc.communicate(timeout=WALL_LIMIT)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
    result = subprocess.CompletedProcess(proc.args, proc.returncode, out, err)
    return result, time.monotonic() - started


def _all_text(root: Path) -> str:
    return "".join(
        p.read_bytes().decode("utf-8", "replace") for p in root.rglob("*") if p.is_file()
    )


def test_hostile_schedules_are_rejected_or_bounded(tmp_path: Path, server: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for name, data in _cases(secret, server).items():
        (inputs / name).write_bytes(data)
    big = inputs / "fifty-megabytes.xml"
    with big.open("wb") as fh:
        fh.write(_frab("big"))
        fh.truncate(50_000_000)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    _Recorder.hits.clear()

    def one(path: Path) -> tuple[str, subprocess.CompletedProcess[str], float, Path]:
        nb = tmp_path / "nb" / path.name  # long-line.md and long-line.ics: one notebook each
        result, took = _run(["--notebook", str(nb), "import", str(path)], cwd)
        return path.name, result, took, nb

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(one, sorted(inputs.iterdir())))

    failures = []
    for name, result, took, nb in outcomes:
        shown = f"{name}: exit {result.returncode} in {took:.1f}s\n{result.stderr[-1500:]}"
        crashed = "Traceback" in result.stderr or "internal error" in result.stderr
        unexplained = result.returncode == 2 and "confnotes: error:" not in result.stderr
        if result.returncode not in (0, 2) or crashed or unexplained:
            failures.append(shown)
        elif took > WALL_LIMIT:
            failures.append(f"{name}: took {took:.1f}s")
        elif SECRET in result.stdout + result.stderr or (nb.exists() and SECRET in _all_text(nb)):
            failures.append(f"{name}: the secret file was read into the output or notebook")
    assert not failures, "\n\n".join(failures)
    assert _Recorder.hits == [], f"network access: {_Recorder.hits}"
    assert list(cwd.iterdir()) == [], "nothing may be written to the working folder"
    assert secret.read_text() == SECRET


def test_ten_thousand_events_dry_run_within_bounds(tmp_path: Path) -> None:
    data = _ics(*(_vevent(i, f"Talk number {i}") for i in range(10_000)))
    path = tmp_path / "many.ics"
    path.write_bytes(data)
    nb = tmp_path / "nb"
    nb.mkdir()
    result, took = _run(["--notebook", str(nb), "import", "--dry-run", str(path)], tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "dry run: nothing was written" in result.stdout
    assert "10001 added," in result.stdout  # 10,000 talks and the conference
    assert took < WALL_LIMIT  # its CPU is bounded by LIMIT (the run would end otherwise)
    assert list(nb.iterdir()) == []
