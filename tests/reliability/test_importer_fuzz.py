"""Every importer on mutated real inputs: a programme or a clean error, nothing else.

The default-suite slice of ``benchmarks/fuzz_importers.py`` (which runs thousands
of cases): hypothesis picks a fixture (or a seed page when ``../shared/seeds``
exists), cuts it, splices a hostile run into it and corrupts a few bytes, and
every format's parser, format detection and a dry-run merge must either return
a programme or raise a ``ConfnotesError``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.errors import ConfnotesError
from confnotes.importers.merge import merge_programme
from confnotes.importers.programme import Programme
from confnotes.importers.registry import FORMATS, parse_programme
from confnotes.notebook.notebook import Notebook
from tests.conftest import SEEDS

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"
INPUTS = sorted(p for p in DATA.iterdir() if p.is_file())


@pytest.fixture(autouse=True, scope="module")
def _readers_forgiving() -> Iterator[None]:
    """A mutated file may break one reader: the import must still give a programme or a
    clean error, as a user's import does (the suite is strict elsewhere, see conftest)."""
    before = os.environ.get("CONFNOTES_STRICT_READERS")
    os.environ["CONFNOTES_STRICT_READERS"] = "0"
    yield
    if before is None:
        del os.environ["CONFNOTES_STRICT_READERS"]
    else:
        os.environ["CONFNOTES_STRICT_READERS"] = before


if SEEDS.is_dir():
    INPUTS += sorted(p for p in SEEDS.iterdir() if p.is_file())
HOSTILE = [
    b"[" * 3000,
    b"`" * 3000,
    b"*_" * 2000,
    b"(" * 3000,
    b" " * 20000,
    b"\n" * 3000,
    b"\x00",
    b"\xff\xfe",
    b"---\n",
    b"BEGIN:VEVENT\r\n",
    b"<event>" * 500,
    b"{" * 2000,
    "会議 👩\u200d💻 \u202e".encode(),
    b"09:00 - 10:30 Speakers: ",
]


@pytest.mark.parametrize("fmt", ["auto", *sorted(FORMATS)])
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    source=st.sampled_from(INPUTS),
    cut=st.floats(0, 1),
    at=st.floats(0, 1),
    hostile=st.sampled_from(HOSTILE),
    junk=st.binary(max_size=16),
)
def test_mutated_inputs_give_a_programme_or_a_clean_error(
    tmp_path: Path, fmt: str, source: Path, cut: float, at: float, hostile: bytes, junk: bytes
) -> None:
    data = source.read_bytes()
    data = data[: max(1, int(len(data) * cut))]
    i = int(len(data) * at)
    data = data[:i] + hostile + junk + data[i + len(junk) :]
    try:
        programme = parse_programme(data, "fuzz", fmt)
    except ConfnotesError:
        return
    assert isinstance(programme, Programme)
    with contextlib.suppress(ConfnotesError):
        merge_programme(Notebook.open(tmp_path), programme, dry_run=True)


def test_what_the_fuzz_run_found() -> None:
    """Each raised or hung before its fix (benchmarks/fuzz_importers.py, seed 2)."""
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        f"DTSTART;TZID=Europe/Oslo{'[' * 3000}:20250101T090000\r\nSUMMARY:x\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    with pytest.raises(ConfnotesError, match="TZID"):
        parse_programme(ics, "fuzz", "ical")  # OSError: file name too long
    with pytest.raises(ConfnotesError, match="TZID"):  # RecursionError in importlib
        parse_programme(ics.replace(b"[" * 3000, b"." * 3000), "fuzz", "ical")
    toml = b"+++\ntitle = 'x'\na = " + b"[" * 5000 + b"]" * 5000 + b"\n+++\nbody\n"
    with pytest.raises(ConfnotesError, match="nested too deeply"):
        parse_programme(toml, "fuzz", "jekyll")  # RecursionError in tomllib
    heading = b"# a" + b" " * 40_000 + b"b\n\n## Talks\n"
    for fmt in ("notes", "markdown"):  # the heading pattern took minutes
        programme = parse_programme(heading, "fuzz", fmt)
        assert isinstance(programme, Programme)


def test_a_broken_ipv6_url_is_text_not_a_crash(tmp_path: Path) -> None:
    """``urlsplit`` raises ValueError on ``https://[x``: it crashed the notes importer
    (seed 4 of the fuzz run), the editor's link pick-up after each save, and
    ``confnotes import http://[x`` ("internal error")."""
    from confnotes.errors import BadInputError
    from confnotes.importers.registry import read_source
    from confnotes.knowledge.paper_ids import page_id
    from confnotes.notebook.link_kinds import classify_link
    from confnotes.notebook.link_pickup import links_in_body, urls_in_markdown

    assert classify_link("https://[[[x/slides.pdf").url == "https://[[[x/slides.pdf"
    body = "see https://[x/ and https://ok.example.org/a\n"
    assert [u.url for u in urls_in_markdown(body)] == ["https://ok.example.org/a"]
    assert [link.url for link in links_in_body(body, [])] == ["https://ok.example.org/a"]
    assert page_id("http://x.org:99999/a").url == "http://x.org:99999/a"
    with pytest.raises(BadInputError, match="not a valid URL"):
        read_source("http://[x/a")
    page = b"## Day 1\n\n[Talk](https://[[[bad/)\\\nJane Doe (MIT)\n"
    assert isinstance(parse_programme(page, "fuzz", "notes"), Programme)


def test_a_malformed_marked_section_in_html_is_a_clean_error() -> None:
    """html.parser (Python 3.11) raised AssertionError on ``<![[[`` (fuzz seed 5)."""
    page = b"<!DOCTYPE html><html><body><h1>Workshop</h1><![[[[[[ x</body></html>"
    try:
        result = parse_programme(page, "fuzz", "html")
    except ConfnotesError as exc:
        assert "HTML" in str(exc)
    else:
        assert isinstance(result, Programme)


def test_an_impossible_date_in_a_day_url_is_ignored() -> None:
    """``?day=2023-02-31`` raised ValueError from the notes importer (fuzz seed 6)."""
    page = b"# Notes\n\nhttps://example.org/schedule?day=2023-02-31\n\n## Talk one\n\ntext\n"
    assert isinstance(parse_programme(page, "fuzz", "notes"), Programme)


@pytest.mark.parametrize("when", ["2023-02-31", "2023-01-01 99:00", "2023-01-01T25:61"])
def test_an_impossible_date_in_jekyll_front_matter_is_no_time(when: str) -> None:
    """``date: 2023-02-31`` raised ValueError from the Jekyll importer."""
    page = f"---\nlayout: talk\ntitle: A talk\ndate: {when}\nspeakers: [Jane Doe]\n---\nbody\n"
    programme = parse_programme(page.encode(), "fuzz", "jekyll")
    assert [t.start for t in programme.talks] == [None]
