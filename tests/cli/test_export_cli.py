"""``confnotes export`` in every format, with filters, to stdout and to a file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import bibtexparser
import pytest

from confnotes.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confnotes", *args], capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("fmt", ["md", "html", "json", "bibtex"])
def test_each_format_to_stdout(demo: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--notebook", str(demo), "--format", fmt]) == 0
    out = capsys.readouterr().out
    assert "Calibration Is Not Enough" in out


def test_html_to_file_for_one_conference(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.html"
    result = run(
        "--notebook", str(demo), "export", "--format", "html", "--conference", "relml-2025",
        "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Workshop on Reliable Machine Learning 2025 — notes</title>" in page


def test_only_and_dates_select(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["export", "--notebook", str(demo), "--format", "json"]
    assert main([*args, "--only", "attended"]) == 0
    attended = {t["id"] for t in json.loads(capsys.readouterr().out)["talks"]}
    assert attended == {
        "relml-2025/calibration-is-not-enough",
        "relml-2025/shifts-in-the-wild",
    }
    assert main([*args, "--only", "noted"]) == 0
    noted = {t["id"] for t in json.loads(capsys.readouterr().out)["talks"]}
    assert noted == attended | {"relml-2025/poster-session"}
    assert main([*args, "--from", "2025-06-13"]) == 0
    assert json.loads(capsys.readouterr().out)["talks"] == []
    assert main([*args, "--from", "2025-06-12", "--to", "2025-06-12"]) == 0
    assert len(json.loads(capsys.readouterr().out)["talks"]) == 6


def test_bibtex_file_parses(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "talks.bib"
    args = ["export", "--notebook", str(demo), "--format", "bibtex", "--only", "starred"]
    assert main([*args, "-o", str(out)]) == 0
    library = bibtexparser.parse_file(str(out))
    assert library.failed_blocks == []
    titles = [e.fields_dict["title"].value for e in library.entries]
    assert "Panel — Who Is Accountable When the Model Is Wrong?" in titles


def test_diary_markdown(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--notebook", str(demo), "--format", "md", "--only", "attended"]) == 0
    out = capsys.readouterr().out
    assert "the talks you attended (your diary)" in out
    assert "Panel — Who Is Accountable" not in out.split("## People")[0]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--from", "2025-06-13", "--to", "2025-06-12"], "is after --to"),
        (["--to", "12/06/2025"], "--to takes a date"),
        (["--only", "liked"], "invalid choice"),
        (["--format", "docx"], "invalid choice"),
    ],
)
def test_bad_options_exit_2(
    demo: Path, args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        status = main(["--notebook", str(demo), "export", *args])
    except SystemExit as exc:  # argparse's own errors
        status = int(exc.code or 0)
    assert status == 2
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err


def test_help_lists_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for fmt in ("md", "html", "json", "bibtex"):
        assert fmt in out
