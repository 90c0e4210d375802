"""Whether a process that left a file behind (a rebuild folder, a recovery copy) still runs.

Files named after the process that wrote them (``index.new-<pid>-…``, recovery copies
ending in ``-<pid>.md``) are only cleaned up or offered to the user once that process
is gone: a second window must not delete or hand out what the first one still uses.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


def alive(pid: int) -> bool:
    """True when a process with this id runs (someone else's counts: not ours to judge)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def confnotes_alive(pid: int) -> bool:
    """True when ``pid`` runs and, where the system says (Linux's ``/proc``), runs
    confnotes: an id reused by another program since a crash does not count."""
    if not alive(pid):
        return False
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc (macOS, Windows): a live id is all there is to go on
    return runs_confnotes(command.decode("utf-8", "replace").split("\0"))


def runs_confnotes(argv: list[str]) -> bool:
    """Whether a command line starts confnotes: its script (``…/bin/confnotes``) or
    ``python -m confnotes`` (not merely a path that has the word in it, such as a
    virtual environment inside a ``confnotes`` checkout)."""
    for i, arg in enumerate(argv):
        if arg.replace("\\", "/").rsplit("/", 1)[-1] in ("confnotes", "confnotes.exe"):
            return True
        if arg == "-m" and i + 1 < len(argv):
            module = argv[i + 1]
            return module == "confnotes" or module.startswith("confnotes.")
    return False


def writer_pid(name: str) -> int | None:
    """The id of the process that wrote a file named ``…-<timestamp>-<pid>.<ext>`` (the
    way confnotes names what it leaves behind), else None."""
    match = _STAMPED.search(name)
    return int(match.group(1)) if match else None


_STAMPED = re.compile(r"-\d{8}T\d{6,12}-(\d{1,10})\.[A-Za-z]+$")
