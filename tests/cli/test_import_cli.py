"""``confnotes import``: files and URLs, reports, re-import idempotence, bad input."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook
from tests.conftest import seed

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".confnotes" not in p.parts
    }


def test_import_twice_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nb = tmp_path / "nb"
    src = str(DATA / "workshop_table.md")
    assert main(["--notebook", str(nb), "import", src]) == 0
    first = capsys.readouterr().out
    assert "added: talk workshop-on-tiny-robots-2024/walking-on-two-millimetres" in first
    before = _snapshot(nb)
    assert main(["--notebook", str(nb), "import", src]) == 0
    second = capsys.readouterr().out
    assert " 0 added, 0 updated, 0 merged" in second
    assert _snapshot(nb) == before


def test_seed_000_imports_into_a_notebook(tmp_path: Path) -> None:
    path = seed("000")
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", str(path)]) == 0
    nb = Notebook.open(nb_dir)
    (conf,) = nb.conferences.values()
    assert conf.series == "NeurIPS"
    assert len([r for r in conf.people if r.role == "keynote"]) == 10
    assert len([r for r in conf.people if r.role == "organizer"]) == 7
    assert nb.people["johannes-balle"].affiliations == ["Google Research"]
    assert nb.check() == []


def test_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nb = tmp_path / "nb"
    nb.mkdir()
    code = main(["--notebook", str(nb), "import", "--dry-run", str(DATA / "workshop_table.md")])
    assert code == 0
    out = capsys.readouterr().out
    assert "would be added: talk" in out
    assert "nothing was written" in out
    assert "  |   keynote: Ada Quinlan (ETH Zürich)" in out  # roles with affiliations, like talks
    assert list(nb.iterdir()) == []


def test_dry_run_previews_into_a_notebook_not_made_yet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A new user previews before the first import: the folder does not exist yet.
    nb = tmp_path / "new-notebook"
    code = main(["--notebook", str(nb), "import", "--dry-run", str(DATA / "frab_pretalx.xml")])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "would be added: talk tinycon-2024/small-models-big-notes" in captured.out
    assert "nothing was written" in captured.out
    assert not nb.exists()


def test_dry_run_tree_shows_sessions_without_talks_at_their_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = tmp_path / "nb"
    nb.mkdir()
    assert main(["--notebook", str(nb), "import", "--dry-run", str(DATA / "frab_pretalx.xml")]) == 0
    tree = [line for line in capsys.readouterr().out.splitlines() if line.startswith("  |")]
    lunch = next(i for i, line in enumerate(tree) if "Lunch break" in line)
    assert "11:00-11:30" in tree[lunch] and "no talks" in tree[lunch]
    keynote = next(i for i, line in enumerate(tree) if "Small Models, Big Notes" in line)
    hands_on = next(i for i, line in enumerate(tree) if "Plain-text Notebooks" in line)
    assert keynote < lunch < hands_on


def test_conference_option_names_the_folder(tmp_path: Path) -> None:
    nb = tmp_path / "nb"
    args = ["--notebook", str(nb), "import", "--conference", "robots24"]
    assert main([*args, str(DATA / "workshop_table.md")]) == 0
    assert (nb / "robots24" / "conference.yaml").is_file()


def test_bad_files_fail_with_exit_2_and_keep_the_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = tmp_path / "nb"
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 10)
    good = str(DATA / "workshop_table.md")
    code = main(["--notebook", str(nb), "import", str(empty), good, str(junk)])
    assert code == 2
    captured = capsys.readouterr()
    assert f"confnotes: error: {empty}: the file is empty" in captured.err
    assert f"confnotes: error: {junk}" in captured.err
    assert "Traceback" not in captured.err
    assert (nb / "workshop-on-tiny-robots-2024" / "conference.yaml").is_file()


def test_missing_file_and_unknown_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = tmp_path / "nb"
    assert main(["--notebook", str(nb), "import", str(tmp_path / "nope.md")]) == 2
    assert "no such file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["--notebook", str(nb), "import", "--format", "pdf", "x"])
    assert exc.value.code == 2


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    root.mkdir()
    (root / "programme").write_bytes((DATA / "talks_by.md").read_bytes())

    def handler(*args: object, **kwargs: object) -> _Handler:
        return _Handler(*args, directory=str(root), **kwargs)  # type: ignore[arg-type]

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_import_from_a_url(tmp_path: Path, server: str, capsys: pytest.CaptureFixture[str]) -> None:
    nb = tmp_path / "nb"
    assert main(["--notebook", str(nb), "import", f"{server}/programme"]) == 0
    out = capsys.readouterr().out
    assert f"{server}/programme: markdown" in out
    assert (nb / "seminar-on-learning-systems-2022" / "probabilistic-circuits.md").is_file()
    assert main(["--notebook", str(nb), "import", f"{server}/missing"]) == 2
    err = capsys.readouterr().err
    assert f"confnotes: error: {server}/missing: HTTP 404" in err


def test_url_size_cap(
    tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from confnotes.importers import registry

    monkeypatch.setattr(registry, "MAX_DOWNLOAD_BYTES", 100)
    assert main(["--notebook", str(tmp_path / "nb"), "import", f"{server}/programme"]) == 2
    assert "larger than" in capsys.readouterr().err


def test_a_url_over_the_memory_cap_is_downloaded_to_disk_and_streamed(
    tmp_path: Path, server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from confnotes.importers import registry

    site = tmp_path / "site"
    (site / "schedule.json").write_bytes((DATA / "schedule_pretalx.json").read_bytes())
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 100)  # the file is a few kB
    assert main(["--notebook", str(tmp_path / "nb"), "import", f"{server}/schedule.json"]) == 0
    streamed = capsys.readouterr().out
    assert f"{server}/schedule.json: pretalx → river-conference-2024: 6 added" in streamed
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 20_000_000)  # read whole, from the file
    assert main(["--notebook", str(tmp_path / "nb2"), "import", str(site / "schedule.json")]) == 0
    whole = capsys.readouterr().out
    assert streamed.split(": pretalx", 1)[1] == whole.split(": pretalx", 1)[1]


def test_other_schemes_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nb = str(tmp_path / "nb")
    assert main(["--notebook", nb, "import", "ftp://example.org/x.xml"]) == 2
    assert "only http and https URLs" in capsys.readouterr().err
    assert main(["--notebook", nb, "import", "http://127.0.0.1:9/nothing-listens-here"]) == 2
    assert "cannot fetch" in capsys.readouterr().err
