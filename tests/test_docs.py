"""The README documents every command, and CI runs the README's test command."""

from __future__ import annotations

import re

from confnotes.cli import build_parser
from tests.conftest import REPO


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _subcommands() if f"confnotes {c}" not in readme]
    assert missing == []


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    test_command = blocks[1].split("&&")[-1].strip()
    assert test_command == ".venv/bin/python -m pytest"
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_every_key_binding_id_is_in_the_readme_keys_table() -> None:
    """The keys table lists each app-level, main-screen and editor binding by its id."""
    from confnotes.tui.app import ConfnotesApp
    from confnotes.tui.screens.main import MainScreen
    from confnotes.tui.widgets.editor import NoteEditor

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("### Keys", 1)[1].split("###", 1)[0]
    ids = {
        b.id
        for cls in (ConfnotesApp, MainScreen, NoteEditor)
        for b in cls.BINDINGS
        if hasattr(b, "id") and b.id
    }
    missing = sorted(i for i in ids if f"`{i}`" not in table)
    assert missing == []
