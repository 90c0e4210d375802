"""Odd files in a notebook are skipped and named, never read (issue 29, DESIGN §1b).

A file name that is not valid UTF-8 stopped every ``search`` and ``reindex`` with an
internal error; a note or an attachment that is a symbolic link to a file outside the
notebook (a private key) was read, indexed and embedded in the exports. Only regular
files inside the notebook are read; anything else is skipped with a warning naming it,
on stderr and in ``check``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from confnotes.index import open_index
from confnotes.notebook.notebook import Notebook

SECRET = "BEGIN-OPENSSH-PRIVATE-KEY-secretword"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "confnotes", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def bad_name(demo: Path) -> Path:
    """A note whose file name holds a Latin-1 byte (not UTF-8)."""
    folder = os.fsencode(demo / "relml-2025")
    with open(folder + b"/caf\xe9-chat.md", "wb") as handle:
        handle.write(b"---\ntitle: Hallway chat\n---\nlatin one words\n")
    return demo


@pytest.mark.parametrize("command", [["search", "calibration"], ["reindex"], ["check"]])
def test_a_name_that_is_not_utf8_is_skipped_and_named(bad_name: Path, command: list[str]) -> None:
    done = run("--notebook", str(bad_name), *command)
    assert "internal error" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert "caf\\xe9-chat.md" in done.stderr and "not valid UTF-8" in done.stderr
    if command[0] == "search":
        assert "relml-2025/calibration-is-not-enough" in done.stdout


def test_the_apps_search_still_finds_notes_beside_a_name_that_is_not_utf8(
    bad_name: Path,
) -> None:
    nb = Notebook.open(bad_name)
    assert any("not valid UTF-8" in p.message for p in nb.problems)
    with open_index(nb) as index:
        index.sync()
        assert index.search("calibration").hits


@pytest.fixture
def leak(demo: Path, tmp_path: Path) -> Path:
    """A note and an attachment that are symlinks to a private file outside the notebook."""
    secret = tmp_path / "id_ed25519"
    secret.write_text(f"---\ntitle: Keys\n---\n{SECRET}\n", encoding="utf-8")
    (demo / "relml-2025" / "keys.md").symlink_to(secret)
    (demo / "attachments").mkdir()
    (demo / "attachments" / "0123456789ab-key.png").symlink_to(secret)
    note = demo / "relml-2025" / "calibration-is-not-enough.md"
    with note.open("a", encoding="utf-8") as handle:
        handle.write("\n![key](../attachments/0123456789ab-key.png)\n")
    return demo


def test_a_symlinked_note_is_never_read_indexed_or_exported(leak: Path) -> None:
    nb = Notebook.open(leak)
    assert not any(t.id.endswith("/keys") for t in nb.talks.values())
    with open_index(nb) as index:
        index.sync()
        assert index.search("secretword").hits == []
    searched = run("--notebook", str(leak), "search", "secretword")
    assert "keys.md" in searched.stderr and "symbolic link" in searched.stderr
    for fmt in ("md", "json", "html"):
        exported = run("--notebook", str(leak), "export", "--format", fmt)
        assert exported.returncode == 0, exported.stderr
        assert SECRET not in exported.stdout
        assert "secretword" not in exported.stdout
    import base64

    html = run("--notebook", str(leak), "export", "--format", "html").stdout
    assert base64.b64encode(SECRET.encode()[:30])[:20].decode() not in html
    checked = run("--notebook", str(leak), "check")
    assert "keys.md: warning: a symbolic link" in checked.stderr
    assert "0123456789ab-key.png: warning: a symbolic link" in checked.stderr


def test_a_note_read_again_by_path_refuses_a_symlink(demo: Path, tmp_path: Path) -> None:
    """A note replaced by a link after the load (a sync, another program): a reload of
    it reads nothing through the link."""
    nb = Notebook.open(demo)
    talk_id = "relml-2025/shifts-in-the-wild"
    path = demo / f"{talk_id}.md"
    secret = tmp_path / "secret.md"
    secret.write_text(f"---\ntitle: Stolen\n---\n{SECRET}\n", encoding="utf-8")
    path.unlink()
    path.symlink_to(secret)
    nb.reload_talk(talk_id)
    held = nb.talks.get(talk_id)
    assert held is None or SECRET not in held.body


def test_the_app_names_the_files_it_does_not_read(bad_name: Path) -> None:
    import asyncio

    from tests.tui.helpers import app_for

    async def run() -> list[str]:
        app = app_for(bad_name)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause(0.3)
            said = [str(n.message) for n in app._notifications]
            await pilot.press("ctrl+q")
        return said

    said = asyncio.run(run())
    assert any("caf\\xe9-chat.md" in s and "not valid UTF-8" in s for s in said), said
