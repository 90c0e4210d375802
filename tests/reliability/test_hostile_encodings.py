"""Hostile input 11: binary files, UTF-16, BOMs, NUL bytes, CRLF and mixed line endings.

Every such file is either loaded (text intact) or skipped with a problem, ``check``
reports each one that a save would change or cannot read, and no file's bytes
change through open + check + export + unchanged saves.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from confnotes.cli import main
from confnotes.exporters.json_export import export_json
from confnotes.notebook.notebook import Notebook

from .hostile import ENCODINGS, snapshot

LOADED = {
    "utf16-bom": "Café ☕ notes\n",
    "utf16be-bom": "notes\n",
    "utf16le-nobom": "plain ASCII notes here\n",
    "utf8-bom": "body ü\n",
    "nul": "before\x00after\n",
    "crlf": "line one\nline two\n",
    "mixed": "one\ntwo\nthree\nfour\n",
    "cr-only": "body\n",
    "latin1": "naïve\n",
}
"""Files that load as notes, with the body they must show."""

SKIPPED = ("binary", "png")
"""Files that are not text: skipped with an error."""

REPORTED = ("utf16-bom", "utf16be-bom", "utf16le-nobom", "nul", "mixed", "latin1", "invalid-utf8")
"""Loaded files that ``check`` warns about (a save would re-encode them or they hold NULs)."""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    conf = tmp_path / "nb" / "conf"
    conf.mkdir(parents=True)
    (conf / "conference.yaml").write_text("name: Conf\n")
    for name, data in ENCODINGS.items():
        (conf / f"{name}.md").write_bytes(data)
    return tmp_path / "nb"


def test_odd_encodings_load_or_skip_and_are_reported(root: Path) -> None:
    nb = Notebook.open(root)
    problems = nb.check()
    conf = root / "conf"
    for name, body in LOADED.items():
        assert nb.talks[f"conf/{name}"].body == body, name
    for name in SKIPPED:
        assert f"conf/{name}" not in nb.talks
        assert any(p.path == conf / f"{name}.md" and p.level == "error" for p in problems), name
    for name in REPORTED:
        assert any(p.path == conf / f"{name}.md" for p in problems), f"{name} not reported"
    assert nb.talks["conf/utf16-bom"].title == "Sixteen"
    assert nb.talks["conf/latin1"].title == "Café"


def test_bytes_unchanged_after_open_check_export_and_unchanged_saves(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(root)
    nb = Notebook.open(root)
    nb.check()
    export_json(nb)
    for talk in nb.talks.values():
        assert nb.save_talk(talk) is False, f"{talk.id} rewritten although unchanged"
    for conf in nb.conferences.values():
        if conf.path is not None:
            assert nb.save_conference(conf) is False
    assert main(["--notebook", str(root), "check"]) == 2  # "---" alone is never closed
    assert main(["--notebook", str(root), "export", "--format", "json"]) == 0
    assert main(["--notebook", str(root)]) in (0, 2)  # 2: the UI needs a terminal
    capsys.readouterr()
    assert snapshot(root) == before


def test_editing_keeps_bom_and_crlf_and_writes_utf8(root: Path) -> None:
    nb = Notebook.open(root)
    conf = root / "conf"
    for name in ("utf8-bom", "crlf", "utf16-bom", "mixed"):
        talk = nb.talks[f"conf/{name}"]
        talk.body += "added\n"
        assert nb.save_talk(talk)
    assert (conf / "utf8-bom.md").read_bytes() == ENCODINGS["utf8-bom"] + b"added\n"
    assert (conf / "crlf.md").read_bytes() == ENCODINGS["crlf"] + b"added\r\n"
    utf16 = (conf / "utf16-bom.md").read_bytes()
    assert utf16.decode("utf-8") == "---\ntitle: Sixteen\n---\nCafé ☕ notes\nadded\n"
    again = Notebook.open(root)
    for name in ("utf8-bom", "crlf", "utf16-bom", "mixed"):
        assert again.talks[f"conf/{name}"].body.endswith("added\n")


def test_fifo_and_special_files_are_skipped_not_waited_on(root: Path) -> None:
    """A FIFO named like a note made opening the notebook hang for ever."""
    conf = root / "conf"
    os.mkfifo(conf / "pipe.md")
    os.symlink("/dev/zero", conf / "zero.md")
    nb = Notebook.open(root)
    problems = nb.check()  # skipped with a warning (DESIGN §1b)
    assert any(p.path == conf / "pipe.md" and "regular file" in p.message for p in problems)
    assert any(p.path == conf / "zero.md" for p in problems)
    assert "conf/pipe" not in nb.talks


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@example(data=b"---")  # a note of '---' alone: a body, saved as it was
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.builds(
            lambda head, tail: head + tail,
            st.sampled_from([*ENCODINGS.values(), b"---\n", b"---\r\n", b"\xff\xfe"]),
            st.binary(max_size=100),
        ),
    )
)
def test_property_any_bytes_load_safely_and_stay_unchanged(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    root = tmp_path_factory.mktemp("nb")
    (root / "conf").mkdir()
    note = root / "conf" / "n.md"
    note.write_bytes(data)
    nb = Notebook.open(root)
    nb.check()
    export_json(nb)
    talk = nb.talks.get("conf/n")
    if talk is not None:
        assert nb.save_talk(talk) is False
    assert note.read_bytes() == data
