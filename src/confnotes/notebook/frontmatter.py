"""YAML front matter: read it safely, write it stably, keep what we do not know.

Notes are shared with other tools (Obsidian, Jekyll, Hugo), so the front
matter must stay plain YAML that they read the same way. Reading uses a safe
loader with YAML 1.2-like scalars: ``no`` stays the string "no", ``1.10`` stays
"1.10" and dates stay strings, so nothing the user typed is coerced away.
Writing keeps key order and unicode; when the data did not change, the
original front-matter bytes are reused untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from confnotes.errors import FrontMatterError


def load_yaml(text: str, path: Path | None = None, first_line: int = 1) -> Any:
    """Parse YAML safely; errors name the file and line (``first_line`` is the text's line 1).

    Raises:
        FrontMatterError: syntax errors, duplicate keys, tags such as
            ``!!python/object``, alias bombs and oversized documents.
    """
    from confnotes.notebook.yaml_dialect import load_yaml as load

    return load(text, path, first_line)


def dump_yaml(data: Any) -> str:
    """Serialise data as block-style YAML with keys in the order given."""
    from confnotes.notebook.yaml_dialect import dump_yaml as dump

    return dump(data)


def dump_front_matter(data: Any) -> str:
    """:func:`dump_yaml` for front matter: without the ``...`` end-of-document line PyYAML
    adds after a value keeping trailing newlines (``|+``), which would close the front
    matter early and leak the rest into the body."""
    text = dump_yaml(data)
    return text[:-4] if text.endswith("\n...\n") else text


@dataclass
class Document:
    """A Markdown file split into front matter and body.

    ``raw_front`` is the front matter's original text; ``data`` what it parses to.
    ``body_line`` is the 1-based line of the file where the body starts.
    """

    data: dict[str, Any]
    body: str
    raw_front: str | None = None
    body_line: int = 1
    key_lines: dict[str, int] = field(default_factory=dict)
    delimiters: tuple[str, str] = ("---", "---")
    """The opening and closing lines as read (``---`` and ``...``, maybe with spaces)."""


_OPEN = "---"
_CLOSE = ("---", "...")


_CLOSE_LINE = re.compile(r"^(?:---|\.\.\.)[^\S\n]*$", re.MULTILINE)
"""A line closing front matter: ``---`` or ``...``, maybe followed by spaces."""


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Return (front matter text or None, body, body's first line number).

    Raises:
        FrontMatterError: a ``---`` opens front matter that is never closed.
    """
    if not opens_front_matter(text):
        return None, text, 1
    first_nl = text.find("\n")
    close = _CLOSE_LINE.search(text, first_nl + 1)
    if close is None:
        raise FrontMatterError("front matter opened with '---' is never closed", None, 1)
    front = text[first_nl + 1 : close.start()]
    nl = text.find("\n", close.end())
    body = "" if nl < 0 else text[nl + 1 :]
    return front, body, front.count("\n") + 3


def parse_document(
    text: str, path: Path | None = None, cached: dict[str, Any] | None = None
) -> Document:
    """Split and parse a note; a file without front matter is all body.

    ``cached`` is what this very text's front matter parsed to before (from the
    notebook's parse cache, keyed by the file's hash): the YAML is not parsed again.

    Raises:
        FrontMatterError: the front matter is not valid YAML or not a mapping.
    """
    try:
        front, body, body_line = split_front_matter(text)
    except FrontMatterError as exc:
        exc.path = path
        raise
    if front is None:
        return Document(data={}, body=body, raw_front=None, body_line=1)
    data = cached if cached is not None else load_yaml(front, path, first_line=2)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError(
            f"front matter must be a mapping of keys to values, not a {_yaml_kind(data)}",
            path,
            2,
        )
    for key in data:
        if not isinstance(key, str):
            raise FrontMatterError(f"front-matter key {key!r} must be text", path, 2)
    opening = text[: text.find("\n")]
    close_at = len(opening) + 1 + len(front)
    close_end = text.find("\n", close_at)
    closing = text[close_at : close_end if close_end >= 0 else len(text)]
    return Document(
        data=data,
        body=body,
        raw_front=front,
        body_line=body_line,
        key_lines=key_lines(front, 2),
        delimiters=(opening, closing),
    )


def opens_front_matter(text: str) -> bool:
    """Whether ``text`` would be read as opening front matter: a first line of ``---``
    alone, ended by a newline (a body of ``---`` and nothing after is a body)."""
    first_nl = text.find("\n")
    return first_nl >= 0 and text[:first_nl].rstrip() == _OPEN


def render_document(doc: Document, data: dict[str, Any], body: str) -> str:
    """Render a note; reuses ``doc.raw_front`` byte for byte when ``data`` is unchanged."""
    if doc.raw_front is not None and data == doc.data:
        front = doc.raw_front
    elif not data and doc.raw_front is None and not opens_front_matter(body):
        return body
    else:
        front = dump_front_matter(data) if data else ""
    opening, closing = doc.delimiters
    return f"{opening}\n{front}{closing}\n{body}"


_KEY_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)


def key_lines(text: str, first_line: int = 1) -> dict[str, int]:
    """Map each top-level YAML key to its line in the file (``text`` starts at ``first_line``)."""
    lines: dict[str, int] = {}
    line, counted = first_line, 0
    for match in _KEY_RE.finditer(text):
        start = match.start()
        line += text.count("\n", counted, start)  # newlines counted once, in one pass
        counted = start
        lines.setdefault(match.group(1), line)
    return lines


def _yaml_kind(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    return type(value).__name__
