"""The domain never imports Textual, so the CLI starts fast and tests run headless."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import confnotes


def _domain_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(confnotes.__path__, "confnotes."):
        if info.name.startswith("confnotes.tui") or info.name == "confnotes.__main__":
            continue
        names.append(info.name)
    return sorted(names)


def test_domain_modules_do_not_import_textual() -> None:
    modules = _domain_modules()
    assert "confnotes.notebook" in modules
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
