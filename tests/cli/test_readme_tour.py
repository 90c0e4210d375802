"""The README's five-minute tour works as written, command by command, on a fresh notebook.

The app itself (step 2) is run with ``--print``, which answers from the same clock
without a terminal; step 3, typing in the app, is the note a user types there.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

TYPED = "- [10:10] small models can be calibrated too #calibration\n"
"""What step 3 of the tour tells the user to type in the open note."""


def tour_commands() -> list[list[str]]:
    """Each command line of the tour's shell blocks, as words."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    tour = readme.split("## A five-minute tour", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)\n```", tour, re.S)
    return [shlex.split(line) for block in blocks for line in block.splitlines()]


def test_the_tour_runs_from_import_to_summary(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ, HOME=str(home))
    outputs: dict[str, str] = {}
    for words in tour_commands():
        words = [str(home) + w[1:] if w.startswith("~/") else w for w in words]
        if words[0] == "export":
            name, _, value = words[1].partition("=")
            env[name] = value.replace("~/", f"{home}/", 1)
            continue
        assert words[0] == ".venv/bin/confnotes", words
        args = words[1:]
        if args[0] == "now":
            args.append("--print")
        done = subprocess.run(
            [sys.executable, "-m", "confnotes", *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, (args, done.stderr)
        outputs[" ".join(args)] = done.stdout
        if args[0] == "now":  # step 3: the user types in the talk that is on
            assert "Small Models, Big Notes" in done.stdout
            note = home / "tinycon-notes" / "tinycon-2024" / "small-models-big-notes.md"
            with note.open("a", encoding="utf-8") as f:
                f.write(TYPED)

    assert "9 added" in outputs["import tests/data/importers/frab_pretalx.xml"]
    searches = {k: v for k, v in outputs.items() if k.startswith("search")}
    assert len(searches) >= 3
    for query, found in searches.items():
        assert "tinycon-2024/" in found, f"{query} found nothing"
    summary = (home / "tinycon.md").read_text(encoding="utf-8")
    assert "small models can be calibrated too" in summary
    assert "<html" in (home / "tinycon.html").read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in (home / "my-schedule.ics").read_text(encoding="utf-8")
