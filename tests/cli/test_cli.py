"""The command line: exit codes, messages, check and JSON export."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from confnotes.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confnotes", *args], capture_output=True, text=True, timeout=60
    )


def test_empty_notebook_exports_empty_schema(tmp_path: Path) -> None:
    result = run("--notebook", str(tmp_path), "export", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "confnotes": 1,
        "conferences": [],
        "talks": [],
        "people": [],
    }


def test_json_export_of_demo_has_every_key(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--notebook", str(demo), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    conf = data["conferences"][0]
    assert set(conf) == {
        "id",
        "name",
        "series",
        "start",
        "end",
        "timezone",
        "location",
        "url",
        "people",
        "sessions",
    }
    assert conf["start"] == "2025-06-12"
    talk = next(t for t in data["talks"] if t["id"] == "relml-2025/calibration-is-not-enough")
    assert set(talk) == {
        "id",
        "conference",
        "session",
        "title",
        "kind",
        "start",
        "end",
        "room",
        "speakers",
        "links",
        "tags",
        "abstract",
        "note",
        "body",
        "starred",
        "attended",
        "cancelled",
        "mentions",
        "noted_by",
    }
    assert talk["noted_by"] == []  # filled by `confnotes sync` in a team's notebook
    assert talk["start"] == "2025-06-12T09:15"
    assert talk["starred"] is True and talk["attended"] is True
    assert talk["note"] == "relml-2025/calibration-is-not-enough.md"
    assert "Calibration error" in talk["body"]
    person = next(p for p in data["people"] if p["id"] == "amara-okafor")
    assert talk["id"] in person["talks"]
    session = next(s for s in conf["sessions"] if s["id"] == "keynote-1")
    assert session["talks"] == [talk["id"]]


def test_export_only_noted_and_to_file(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["export", "--notebook", str(demo), "--only", "starred", "-o", str(out)]) == 0
    data = json.loads(out.read_text())
    assert {t["id"] for t in data["talks"]} == {
        "relml-2025/calibration-is-not-enough",
        "relml-2025/panel-who-is-accountable",
    }


def test_check_names_file_and_line_and_leaves_it_alone(demo: Path) -> None:
    bad = demo / "relml-2025" / "broken.md"
    text = "---\ntitle: Broken\nspeakers: [a, b\nkind: oral\n---\nmy words\n"
    bad.write_text(text)
    binary = demo / "relml-2025" / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x00\x00")
    listy = demo / "people" / "listy.md"
    listy.write_text("---\n- just\n- a list\n---\n")
    evil = demo / "relml-2025" / "evil.md"
    evil.write_text("---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\n")
    result = run("--notebook", str(demo), "check")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"{bad}:4:" in result.stderr
    assert f"{binary}:" in result.stderr and "binary" in result.stderr
    assert f"{listy}:2:" in result.stderr and "mapping" in result.stderr
    assert f"{evil}:2:" in result.stderr and "python/object" in result.stderr
    assert bad.read_text() == text
    assert not Path("pwned").exists()


def test_check_clean_demo_exits_zero(demo: Path) -> None:
    result = run("--notebook", str(demo), "check")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["export", "--format", "pdf"], "invalid choice"),
        (["export", "--conference", "nope"], "no conference 'nope'"),
        (["export", "--from", "yesterday"], "--from takes a date"),
        (["no-such-command"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(demo: Path, args: list[str], words: str) -> None:
    result = run("--notebook", str(demo), *args)
    assert result.returncode == 2
    assert "confnotes: error:" in result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_notebook_exit_2(tmp_path: Path) -> None:
    result = run("--notebook", str(tmp_path / "missing"), "check")
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_unwritable_output_is_a_clear_error(demo: Path, tmp_path: Path) -> None:
    result = run(
        "--notebook", str(demo), "export", "-o", str(tmp_path / "no" / "such" / "dir" / "x")
    )
    # the folder is created; a folder as output is refused instead
    assert result.returncode == 0
    result = run("--notebook", str(demo), "export", "-o", str(tmp_path))
    assert result.returncode == 1
    assert "is a folder" in result.stderr


def test_notebook_from_environment(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONFNOTES_NOTEBOOK", str(demo))
    result = subprocess.run(
        [sys.executable, "-m", "confnotes", "export"], capture_output=True, text=True, timeout=60
    )
    assert json.loads(result.stdout)["conferences"][0]["id"] == "relml-2025"
