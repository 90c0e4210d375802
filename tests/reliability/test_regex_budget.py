"""Issue 7, item 14: every regular expression finishes within 1 s on adversarial text.

The scan (``regex_scan.py``) runs in :data:`PARTS` subprocesses, one test each: a
pattern that hangs in C code fails the test by its CPU limit (or, last, the
subprocess's timeout) instead of hanging CI, and the last ``RUN`` line names it.
The rewrites that made the slow patterns linear are checked for meaning against the
old patterns.
"""

from __future__ import annotations

import functools
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.importers.entries import _PEOPLE_SEP_RE, _people
from confnotes.importers.formats.ical import _COMMA_RE as _ICAL_COMMA_RE
from confnotes.importers.textutil import split_outside_brackets
from confnotes.notebook.link_pickup import _blank_code_spans, urls_in_markdown
from tests.reliability import regex_scan

SCAN = Path(regex_scan.__file__)
PARTS = 8
"""The scan's parts, each a test of its own (xdist runs them side by side) and a
subprocess of its own, given its patterns (one in every :data:`PARTS`) on stdin."""

PART_SECONDS = 1200
"""Wall time one part may run before it counts as hung: a last resort. A part is some
20 CPU seconds (about 150 s of the whole scan's CPU in 8 parts, idle 2-core machine at
stop 61); each pair's budget (1 CPU s) fails a slow pattern, and a pair still running
after :data:`regex_scan.HANG` CPU seconds is ended by the kernel (``SIGXCPU``): both
count CPU time, which a loaded machine does not stretch, as it stretches wall time."""


@functools.cache
def _patterns() -> list[regex_scan.Found]:
    """Every pattern of the package, found once per test process."""
    return regex_scan.find_patterns()[0]


@pytest.mark.timeout(PART_SECONDS + 60)
@pytest.mark.parametrize("part", range(PARTS))
def test_every_regular_expression_is_fast_on_adversarial_input(part: int) -> None:
    patterns = _patterns()[part::PARTS]
    proc = subprocess.Popen(
        [sys.executable, str(SCAN), "--stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    feed = "".join(regex_scan.to_json(item) + "\n" for item in patterns)
    try:
        out, err = proc.communicate(feed, timeout=PART_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise AssertionError(f"the regex scan hung at {_last_run(err)}") from None
    if proc.returncode == -signal.SIGXCPU:
        raise AssertionError(f"the regex scan hung at {_last_run(err)} ({regex_scan.HANG} CPU s)")
    assert proc.returncode == 0, out + err[-2000:]
    assert f"{len(patterns)} patterns x " in out


def _last_run(err: str) -> list[str]:
    """The pair the scan was on: its last ``RUN`` line."""
    return [line for line in err.splitlines() if line.startswith("RUN")][-1:]


def test_a_pattern_that_hangs_is_named_and_ended_by_its_cpu_time() -> None:
    """A pair the budget's signal cannot stop is ended by the kernel after ``HANG`` CPU
    seconds (here: the signal ignored, a loop in Python), and the RUN line names it."""
    code = (
        "import signal, sys; sys.path.insert(0, sys.argv[1]);"
        "import regex_scan as r; r.HANG = 1; r._alarm = lambda *a: None;"
        "r.scan([r.Found('hang-check', 'x', 0)], {'spin': 'x'}, hang=True);"
    )
    spin = code + "\nwhile True: pass"
    proc = subprocess.run(
        [sys.executable, "-c", spin, str(SCAN.parent)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == -signal.SIGXCPU
    assert _last_run(proc.stderr) == ["RUN hang-check spin"]


def test_the_scan_finds_patterns_everywhere_including_inside_functions_and_the_ui():
    patterns, errors = regex_scan.find_patterns()
    assert errors == []
    places = {p.where.split(":")[0] for p in patterns}
    assert len(patterns) > 200
    assert "confnotes/tui/commands.py" in places  # built at run time inside a function
    assert "confnotes/tui/screens/person.py" in places
    assert "confnotes/settings.py" in places  # re.match(f"...{re.escape(key)}...") in a function
    assert "confnotes/importers/formats/ical.py" in places
    assert any("(?P<boost>" in p.pattern for p in patterns)  # lazy_compile(...) in analysis.py


def test_the_scan_catches_a_slow_pattern():
    slow = regex_scan.scan(
        [regex_scan.Found("self-check", r"\s*\s*x", 0)], {"spaces": regex_scan.INPUTS["spaces"]}
    )
    assert len(slow) == 1


OLD_SPLIT = r"(?![^()\[\]]*[)\]])"
"""The lookahead the bracket-aware split used before: right, but it rescanned the text."""

SPEAKER_LISTS = st.lists(
    st.sampled_from(
        [
            "Ann Lee",
            "Bo",
            "Bertrand",  # "and" inside a word is no separator
            " ",
            ",",
            ";",
            " and ",
            "and",
            ", and ",  # Oxford comma
            " & ",
            "&",
            " · ",
            "·",
            "(",
            ")",
            "[",
            "]",
            " (MIT)",
            " [CMU, UW]",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(SPEAKER_LISTS)
@pytest.mark.parametrize("separator", [_PEOPLE_SEP_RE, _ICAL_COMMA_RE], ids=["speakers", "ical"])
def test_split_outside_brackets_means_what_the_lookahead_meant(separator, text):
    """The shipped separators split a speaker list where the old lookahead split it:
    at every ``,`` ``;`` ``and`` ``&`` ``·`` outside brackets, none inside."""
    expected = re.split(f"(?:{separator.pattern}){OLD_SPLIT}", text)
    assert split_outside_brackets(text, separator) == expected


def _code_spans_reference(line: str) -> str:
    """CommonMark code spans, the obvious quadratic way: a backtick run opens a span that
    the next run of exactly its length closes; a run with no closer is literal text."""
    out = list(line)
    i = 0
    while i < len(line):
        if line[i] != "`":
            i += 1
            continue
        j = i
        while j < len(line) and line[j] == "`":
            j += 1
        k, close = j, None
        while k < len(line):
            if line[k] != "`":
                k += 1
                continue
            m = k
            while m < len(line) and line[m] == "`":
                m += 1
            if m - k == j - i:
                close = m
                break
            k = m
        if close is None:
            i = j
            continue
        out[i:close] = " " * (close - i)
        i = close
    return "".join(out)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["`", "``", "```", "a", " ", "x`y"]), max_size=20).map("".join))
def test_code_spans_are_blanked_as_commonmark_reads_them(text):
    """Links inside code spans are skipped exactly where CommonMark sees a code span."""
    assert _blank_code_spans(text) == _code_spans_reference(text)


def test_code_spans_follow_commonmark_run_lengths():
    assert _blank_code_spans("see `x` here") == "see     here"
    assert _blank_code_spans("``a ` b`` c") == "          c"
    assert _blank_code_spans("``` unclosed") == "``` unclosed"
    body = "`https://in.code/span` and https://out.side/x\n``https://a.b/`c``\n"
    assert [u.url for u in urls_in_markdown(body)] == ["https://out.side/x"]


def test_a_line_of_100k_backticks_is_scanned_for_links_quickly():
    body = "a " + "`" * 100_000 + " https://example.org/x\n"
    assert [u.url for u in urls_in_markdown(body)] == ["https://example.org/x"]


def test_a_long_run_of_spaces_is_no_speaker_separator() -> None:
    """50,000 spaces between two names split nothing (and do not hang the import)."""
    assert len(_people("Alice Smith" + " " * 50_000 + "Bob")) <= 1


def test_a_name_first_cell_of_many_full_stops_is_read_in_linear_time() -> None:
    """r2: ``Name, Ab. Ab. …`` (80 kB) looks back for the word before each ``. `` once,
    not by splitting the whole text before it each time (9 s before the fix)."""
    from time import perf_counter

    from confnotes.importers.name_first import _unquoted

    began = perf_counter()
    assert _unquoted("Ana Ruiz, " + "Ab. " * 20_000) is None
    assert perf_counter() - began < 0.5
