"""Issue 7, item 14: every regular expression finishes within 1 s on adversarial text.

The scan (``regex_scan.py``) runs in two subprocesses: a pattern that hangs in C
code fails the test by the subprocess timeout instead of hanging CI, and the
last ``RUN`` line names it. The rewrites that made the slow patterns linear are
checked for meaning against the old patterns.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.importers.entries import _people
from confnotes.importers.textutil import split_outside_brackets
from confnotes.link_pickup import _blank_code_spans, urls_in_markdown
from tests.reliability import regex_scan

SCAN = Path(regex_scan.__file__)
PARTS = 2


def test_every_regular_expression_is_fast_on_adversarial_input():
    procs = [
        subprocess.Popen(
            [sys.executable, str(SCAN), str(part), str(PARTS)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for part in range(PARTS)
    ]
    report = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=300)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            last = [line for line in err.splitlines() if line.startswith("RUN")][-1:]
            raise AssertionError(f"the regex scan hung at {last}") from None
        report.append(out)
        assert proc.returncode == 0, out + err[-2000:]
    assert all("patterns x" in out for out in report)


def test_the_scan_finds_patterns_everywhere_including_inside_functions_and_the_ui():
    patterns, errors = regex_scan.find_patterns()
    assert errors == []
    places = {p.where.split(":")[0] for p in patterns}
    assert len(patterns) > 200
    assert "confnotes/tui/commands.py" in places  # built at run time inside a function
    assert "confnotes/tui/screens/person.py" in places
    assert "confnotes/settings.py" in places  # re.match(f"...{re.escape(key)}...") in a function
    assert "confnotes/importers/formats/notes.py" in places


def test_the_scan_catches_a_slow_pattern():
    slow = regex_scan.scan(
        [regex_scan.Found("self-check", r"\s*\s*x", 0)], {"spaces": regex_scan.INPUTS["spaces"]}
    )
    assert len(slow) == 1


OLD_SPLIT = r"(?![^()\[\]]*[)\]])"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ,;()[]ab&", max_size=40))
def test_split_outside_brackets_means_what_the_lookahead_meant(text):
    sep = re.compile(r"[,;]")
    assert split_outside_brackets(text, sep) == re.split(sep.pattern + OLD_SPLIT, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="`a b", max_size=30))
def test_code_spans_are_blanked_without_changing_the_line_length(text):
    blanked = _blank_code_spans(text)
    assert len(blanked) == len(text)
    assert all(b == t or b == " " for b, t in zip(blanked, text, strict=True))


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
