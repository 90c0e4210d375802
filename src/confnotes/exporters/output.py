"""Writing an export to the file a user named: atomically, never into a folder.

Shared by ``confnotes export -o FILE`` and the app's export dialog, so both refuse a
folder the same way and neither leaves half a file behind on a full disk.
"""

from __future__ import annotations

from pathlib import Path

from confnotes.errors import StorageError
from confnotes.notebook.storage import atomic_write


def write_file(text: str, path: Path) -> None:
    """Write ``text`` to ``path`` atomically (UTF-8).

    Raises:
        StorageError: ``path`` is a folder, or the write failed.
    """
    if path.is_dir():
        raise StorageError("is a folder; give a file name", path)
    atomic_write(path, text.encode("utf-8"))
