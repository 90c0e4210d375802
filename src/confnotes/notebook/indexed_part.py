"""How much of a note the search index holds, and which notes it holds only in part.

Indexing is pure Python (~2.5 µs a character): a pasted 20 MB log would cost close to
a minute at every save. The first :data:`INDEXED_CHARS` characters of a note's body
are indexed, which holds any note typed or imported (a 2.7 MB note whole); a longer
note is searched in part, and ``search`` and ``check`` name it (nothing silently
missing). Only files larger than the bound in bytes are read to tell.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from confnotes.errors import ConfnotesError
from confnotes.notebook.frontmatter import split_front_matter
from confnotes.notebook.layout import FileStat
from confnotes.notebook.storage import decode_text, read_regular_file

INDEXED_CHARS = 5_000_000
"""Characters of one note's body the index holds."""
PARTLY_INDEXED = (
    f"longer than {INDEXED_CHARS:,} characters: only they are searched "
    "(words after them are not found; split the note to find them)"
)


def partly_indexed(root: Path, files: Iterable[tuple[str, FileStat]]) -> list[str]:
    """The notes among ``files`` (relative path, stat) whose body is longer than the index
    holds; only the files larger than :data:`INDEXED_CHARS` bytes are read."""
    found = []
    for rel, stat in files:
        if stat.size <= INDEXED_CHARS or not rel.endswith(".md"):
            continue
        try:
            text = decode_text(read_regular_file(root / rel, follow=False)).text
            body = split_front_matter(text)[1]
        except (ConfnotesError, OSError):
            continue
        if len(body) > INDEXED_CHARS:
            found.append(rel)
    return found
