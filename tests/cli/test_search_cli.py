"""``confnotes search`` and ``confnotes reindex`` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from confnotes.cli import main
from tests.unit.index_fixtures import make_notebook

CONF = "fixpts-2019"


@pytest.fixture
def nb(tmp_path: Path) -> Path:
    return make_notebook(tmp_path / "nb")


def search(nb: Path, *args: str) -> list[str]:
    return ["--notebook", str(nb), "search", *args]


def test_text_output_best_first_with_markers(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "equilibrium")) == 0
    out = capsys.readouterr().out
    blocks = out.strip().split("\n\n")
    assert blocks[0].startswith(f"{CONF}/")
    assert "**equilibrium**" in out.lower()
    assert "Shaojie Bai, J. Zico Kolter" in out


def test_json_shape(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "--json", "kajic")) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == [
        {
            "talk": f"{CONF}/legendre-memory-units",
            "title": "Legendre Memory Units",
            "conference": CONF,
            "speakers": ["Ivana Kajić"],
            "score": data[0]["score"],
            "snippet": data[0]["snippet"],
        }
    ]
    assert isinstance(data[0]["score"], float) and data[0]["snippet"]


def test_json_snippet_marks_matches(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "--json", "broyden")) == 0
    data = json.loads(capsys.readouterr().out)
    assert "**Broyden**" in data[0]["snippet"]


def test_several_words_without_quotes(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "--json", "mode", "collapse")) == 0
    assert [h["talk"] for h in json.loads(capsys.readouterr().out)] == [
        f"{CONF}/twin-auxiliary-gan"
    ]


def test_an_empty_notebook_reindexed_then_searched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A fresh notebook with no note yet: reindex, then search finds nothing (no crash)."""
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--notebook", str(empty), "reindex"]) == 0
    assert main(search(empty, "anything")) == 0
    assert "no results" in capsys.readouterr().err


def test_an_empty_query_is_told_once(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "")) == 0
    err = capsys.readouterr().err
    assert "the query is empty" in err
    assert "no results" not in err  # one message, not two that say the same thing


def test_no_results_exit_zero(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "zzzzqqqq")) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "no results" in captured.err
    assert main(search(nb, "--json", "zzzzqqqq")) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_typo_retry_is_announced(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "equilbrium")) == 0
    captured = capsys.readouterr()
    assert "showing results for 'equilibrium'" in captured.err
    assert "deep-equilibrium-models" in captured.out


def test_bad_syntax_is_searched_as_words_without_traceback(nb: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "confnotes", *search(nb, '"mode collapse')],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "closing quote" in result.stderr and "searched for the words instead" in result.stderr
    assert "Traceback" not in result.stderr


def test_limit(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "--json", "--limit", "1", "kind:oral")) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1
    assert main(search(nb, "--limit", "0", "x")) == 2


def test_hand_edit_found_by_next_search(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "--json", "narwhal")) == 0
    assert json.loads(capsys.readouterr().out) == []
    note = nb / CONF / "panel-future.md"
    note.write_text(note.read_text("utf-8") + "\nA narwhal line added by hand.\n", "utf-8")
    assert main(search(nb, "--json", "narwhal")) == 0
    assert [h["talk"] for h in json.loads(capsys.readouterr().out)] == [f"{CONF}/panel-future"]


def test_corrupt_index_message(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(nb, "kajic")) == 0
    for toc in (nb / ".confnotes" / "index").glob("*.toc"):
        toc.write_bytes(b"\x00garbage")
    capsys.readouterr()
    assert main(search(nb, "kajic")) == 0
    captured = capsys.readouterr()
    assert "could not be read" in captured.err
    assert "legendre-memory-units" in captured.out


def test_reindex_summary(nb: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--notebook", str(nb), "reindex"]) == 0
    err = capsys.readouterr().err
    assert "reindexed 14 files" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal


def test_missing_notebook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(search(tmp_path / "nope", "x")) == 2
    assert "does not exist" in capsys.readouterr().err


def test_search_does_not_import_textual(nb: Path) -> None:
    code = (
        "import sys\n"
        "from confnotes.cli import main\n"
        f"main(['--notebook', {str(nb)!r}, 'search', 'kajic'])\n"
        "bad = [m for m in sys.modules if m.startswith(('textual', 'confnotes.tui'))]\n"
        "print('LOADED', bad)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert "LOADED []" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("into", ["pipe", "file"])
def test_program_leaves_quickly_with_all_its_output(nb: Path, tmp_path: Path, into: str) -> None:
    """`confnotes search` skips the interpreter's teardown: what it printed is all there,
    to a pipe or a file, and a failure still exits non-zero."""
    argv = [sys.executable, "-m", "confnotes", *search(nb, "--json", "--limit", "50", "the")]
    plain = "from confnotes.cli import main; raise SystemExit(main())"  # the usual exit
    expected = subprocess.run(
        [sys.executable, "-c", plain, *argv[3:]],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert expected.returncode == 0, expected.stderr
    if into == "pipe":
        result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
        out = result.stdout
    else:
        with (tmp_path / "out.json").open("w") as handle:
            result = subprocess.run(argv, stdout=handle, stderr=subprocess.PIPE, text=True)
        out = (tmp_path / "out.json").read_text()
    assert result.returncode == 0, result.stderr
    assert json.loads(out) == json.loads(expected.stdout) and len(json.loads(out)) > 3
    failed = subprocess.run(
        [sys.executable, "-m", "confnotes", *search(tmp_path / "missing", "x")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert failed.returncode == 2 and "does not exist" in failed.stderr


def test_a_note_edited_by_hand_is_found_at_once_and_the_index_catches_up(
    nb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The first search after a hand edit finds the new words, and leaves the index in
    step with the files (the next sync has nothing to do)."""
    from confnotes.index import open_index
    from confnotes.notebook.notebook import Notebook

    assert main(search(nb, "equilibrium")) == 0  # the index, built
    note = nb / CONF / "deep-equilibrium-models.md"
    note.write_text(note.read_text("utf-8") + "\nA quokka sighting.\n", "utf-8")
    capsys.readouterr()
    assert main(search(nb, "--limit", "1", "quokka")) == 0
    assert f"{CONF}/deep-equilibrium-models" in capsys.readouterr().out
    with open_index(Notebook(nb)) as index:
        assert index.sync().changed == 0
        assert index.search("quokka").hits[0].id == f"{CONF}/deep-equilibrium-models"


def test_a_tag_search_shows_the_line_that_writes_the_tag(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = demo / "relml-2025" / "shifts-in-the-wild.md"
    note.write_text(note.read_text(encoding="utf-8") + "\n- #calibration matters\n", "utf-8")
    assert main(["--notebook", str(demo), "search", "tag:calibration"]) == 0
    assert "#**calibration** matters" in capsys.readouterr().out
