"""The config file, recovery copies and serialised saves (no Textual involved)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import confnotes.notebook.notebook
from confnotes.errors import BadInputError, StorageError
from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore
from confnotes.settings import Settings, config_path, load_settings

TALK = "relml-2025/shifts-in-the-wild"


def test_missing_config_gives_defaults(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "none.toml")
    assert settings == Settings()
    assert settings.autosave_delay == 1.0


def test_config_path_honours_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONFNOTES_CONFIG", str(tmp_path / "c.toml"))
    assert config_path() == tmp_path / "c.toml"
    monkeypatch.delenv("CONFNOTES_CONFIG")
    assert config_path() == tmp_path / "xdg-config" / "confnotes" / "config.toml"


def test_config_values_and_key_remaps(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'autosave_delay = 0.5\neditor = "nano -w"\ncursor_blink = false\n'
        '[keys]\nnow = "f5"\nstar = "ctrl+b,f7"\n',
        encoding="utf-8",
    )
    settings = load_settings(path)
    assert settings.autosave_delay == 0.5
    assert settings.editor_command() == "nano -w"
    assert not settings.cursor_blink
    assert settings.keys == {"now": "f5", "star": "ctrl+b,f7"}


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("autosave_delay = 1\n[keys\n", 2, "not valid TOML"),
        ('\nautosave_delay = "soon"\n', 2, "autosave_delay must be"),
        ("colour = 3\n", 1, "unknown setting 'colour'"),
        ("[keys]\nnow = 5\n", 2, "now must be"),
    ],
)
def test_bad_config_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadInputError) as info:
        load_settings(path)
    assert info.value.path == path and info.value.line == line
    assert words in info.value.message


def test_recovery_copies_round_trip_and_fall_back(demo: Path) -> None:
    nb = Notebook.open(demo)
    store = RecoveryStore(nb, session="s1")
    path = store.write(TALK, "kept text\n", "failed: disk full")
    assert path.parent == demo / ".confnotes" / "recovery"
    later = RecoveryStore(nb, session="s2")
    [copy] = later.pending()
    assert (copy.talk_id, copy.text, copy.reason) == (TALK, "kept text\n", "failed: disk full")
    later.discard(copy)
    assert later.pending() == []
    # A notebook whose derived folder cannot be created: copies go to the user state folder.
    (demo / ".confnotes").rename(demo / "moved")
    (demo / ".confnotes").write_text("not a folder", encoding="utf-8")
    fallback = RecoveryStore(nb, session="s3").write(TALK, "elsewhere\n", "failed")
    assert not fallback.is_relative_to(demo)
    assert [c.text for c in RecoveryStore(nb, session="s4").pending()] == ["elsewhere\n"]


def test_saver_keeps_failed_text_and_skips_stale_saves(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nb = Notebook.open(demo)
    saver = NoteSaver(nb, RecoveryStore(nb, session="t"))
    first, second = saver.ticket(), saver.ticket()
    assert saver.save(TALK, "newer\n", second).status == "saved"
    assert saver.save(TALK, "older\n", first).status == "skipped"
    assert (demo / f"{TALK}.md").read_text(encoding="utf-8").endswith("\nnewer\n")

    def broken(path: Path, data: bytes) -> None:
        raise StorageError("cannot write: Input/output error", path)

    monkeypatch.setattr(confnotes.notebook.notebook, "atomic_write", broken)
    result = saver.save(TALK, "unsaved\n")
    assert result.status == "failed" and result.recovery is not None
    assert saver.pending[TALK] == "unsaved\n"
    assert nb.talks[TALK].body == "newer\n"  # the model still says what the file holds
    monkeypatch.undo()
    assert saver.save(TALK, "unsaved\n").status == "saved"
    assert TALK not in saver.pending and not result.recovery.exists()


def test_saver_never_overwrites_a_file_changed_elsewhere(demo: Path) -> None:
    nb = Notebook.open(demo)
    saver = NoteSaver(nb, RecoveryStore(nb, session="t"))
    path = demo / f"{TALK}.md"
    path.write_text(path.read_text(encoding="utf-8") + "theirs\n", encoding="utf-8")
    result = saver.save(TALK, "mine\n")
    assert result.status == "conflict"
    assert path.read_text(encoding="utf-8").endswith("theirs\n")
    assert result.recovery is not None and "mine" in result.recovery.read_text(encoding="utf-8")
    check = saver.check_disk(TALK)
    assert check.changed and check.theirs is not None and check.theirs.endswith("theirs\n")


def test_domain_helpers_do_not_import_textual() -> None:
    modules = [
        "schedule.now",
        "settings",
        "notebook.recovery",
        "notebook.autosave",
        "knowledge.lookup",
        "commands.now",
    ]
    code = "import sys\n" + "".join(f"import confnotes.{m}\n" for m in modules)
    code += "assert 'textual' not in sys.modules, 'textual imported'\n"
    code += "import confnotes.cli\nassert 'textual' not in sys.modules, 'cli imports textual'\n"
    subprocess.run([sys.executable, "-c", code], check=True)
