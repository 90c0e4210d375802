"""The domain never imports Textual, so the CLI starts fast and tests run headless."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import confnotes
from tests.conftest import DEMO


def _domain_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(confnotes.__path__, "confnotes."):
        if info.name.startswith("confnotes.tui") or info.name == "confnotes.__main__":
            continue
        names.append(info.name)
    return sorted(names)


def test_domain_modules_do_not_import_textual() -> None:
    modules = _domain_modules()
    assert "confnotes.notebook.notebook" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"textual imported by the domain: {result.stdout}"


def test_cli_parser_does_not_import_textual() -> None:
    code = (
        "import sys\n"
        "from confnotes.cli import build_parser\n"
        "build_parser()\n"
        "print('textual' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_search_command_imports_only_what_it_needs(tmp_path: Path) -> None:
    """`confnotes search` starts fast: no UI, no importers, no exporters in the process."""
    notebook = tmp_path / "notes"
    shutil.copytree(DEMO, notebook)
    # The index is built first (as an import or the app leaves it): a build reads every
    # note and may need more; what must stay light is the search a user runs every day.
    built = subprocess.run(
        [sys.executable, "-m", "confnotes", "--notebook", str(notebook), "reindex"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr
    code = (
        "import sys\n"
        "from confnotes.cli import main\n"
        f"status = main(['--notebook', {str(notebook)!r}, 'search', '--json', 'relml'])\n"
        "heavy = ('textual', 'confnotes.tui', 'confnotes.importers', 'confnotes.exporters',\n"
        "         'icalendar', 'defusedxml', 'platformdirs', 'slugify',\n"
        # PyYAML is for notes that changed (the index is up to date here); text-unidecode's
        # table for folding letters that a search for an ASCII word does not meet.
        "         'yaml', 'text_unidecode', 'confnotes.knowledge.wikilinks')\n"
        "bad = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print(status, ','.join(bad), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    status, _, bad = result.stderr.strip().splitlines()[-1].partition(" ")
    assert status == "0", result.stderr
    assert bad == "", f"confnotes search imported: {bad}"
    assert '"talk"' in result.stdout  # it did search


def test_unknown_command_still_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "confnotes", "serch", "x"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "invalid choice: 'serch'" in result.stderr
    assert "search" in result.stderr and "import" in result.stderr
