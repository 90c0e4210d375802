"""Only the notebook package touches its write lock: everyone else asks for a transaction.

``Notebook.transaction()`` (and ``folder_transaction`` for work on the folder without
opening it) holds the lock from the first read to the last write; ``Notebook.reading()``
keeps the other threads of this process from writing meanwhile. A module outside
``confnotes.notebook`` that takes the lock by hand fails this test, naming the line.
"""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "confnotes"
LOCK_USE = re.compile(r"\bwrite_lock\b|\bhold_local\b|\bWriteLock\b|\.writing\(")


def test_no_module_outside_the_notebook_package_takes_its_lock() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("notebook/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if LOCK_USE.search(line) and "_write_lock" not in line:
                offenders.append(f"{rel}:{number}: {line.strip()}")
    assert not offenders, "take the lock through nb.transaction() instead:\n" + "\n".join(offenders)
