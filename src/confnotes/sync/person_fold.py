"""A person merged into another on one clone and edited on another: the edit follows.

``confnotes people merge A B`` removes B's page and records B in A's ``merged``
front-matter list, with B's text after a ``<!-- merged from people/b.md -->``
mark. A teammate who edited B's page meanwhile would, by git's rule ("deleted
on one side, edited on the other: keep the edit"), bring B back as a second
person with no talks. Instead the edit goes where B now lives: the lines the
teammate changed in B's text are merged into B's part of A's page, new aliases
and affiliations join A's and the merge record (so ``people split`` gives them
back to B), and B's page stays removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from confnotes.errors import ConfnotesError
from confnotes.knowledge.people import MERGE_MARK, MERGED_KEY
from confnotes.notebook.frontmatter import dump_front_matter, load_yaml, split_front_matter
from confnotes.notebook.layout import PEOPLE_DIR
from confnotes.notebook.merge3 import merge_text
from confnotes.notebook.storage import atomic_write, decode_text, encode_text, read_regular_file
from confnotes.notebook.yaml_roundtrip import update_front_matter
from confnotes.sync.incoming import plain_file

LIST_KEYS = ("aliases", "affiliations")
"""A person's lists whose new items the page merged into gains."""


def absorber(root: Path, path: str) -> str | None:
    """The person page (relative path) whose ``merged`` record names the page ``path``."""
    person_id = path.rsplit("/", 1)[-1].removesuffix(".md")
    folder = root / PEOPLE_DIR
    for page in sorted(folder.rglob("*.md")) if folder.is_dir() else []:
        rel = page.relative_to(root).as_posix()
        if rel == path or not plain_file(root, rel):
            continue
        try:
            data = _parse(decode_text(read_regular_file(page), page).text)[1]
        except (ConfnotesError, OSError):
            continue
        records = data.get(MERGED_KEY) if isinstance(data, dict) else None
        if isinstance(records, list) and any(
            isinstance(r, dict) and r.get("id") == person_id for r in records
        ):
            return rel
    return None


def fold(root: Path, path: str, into: str, base: bytes, edited: bytes) -> None:
    """Apply the change from ``base`` to ``edited`` (versions of the page ``path``) to
    that person's part of the page ``into``."""
    person_id = path.rsplit("/", 1)[-1].removesuffix(".md")
    target = root / into
    if not plain_file(root, into):
        raise OSError(f"not a plain file in the notebook: {into}")
    held = decode_text(read_regular_file(target), target)
    raw, data, body = _parse(held.text)
    _b_raw, b_data, b_body = _parse(decode_text(base).text)
    _e_raw, e_data, e_body = _parse(decode_text(edited).text)
    new_data = _fold_front(data, b_data, e_data, person_id)
    mark = MERGE_MARK.format(id=person_id)
    lines = body.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.rstrip("\r\n") == mark), None)
    if start is None:
        part = merge_text(b_body, "", e_body).text if e_body != b_body else ""
        if part.strip():
            body = (body.rstrip("\n") + "\n\n" if body.strip() else "") + mark + "\n" + part
    else:
        end = next(
            (
                i
                for i in range(start + 1, len(lines))
                if lines[i].startswith(MERGE_MARK.split("{", 1)[0])
            ),
            len(lines),
        )
        section = "".join(lines[start + 1 : end])
        merged = merge_text(b_body, section, e_body).text
        if end < len(lines) and merged and not merged.endswith("\n"):
            merged += "\n"
        body = "".join(lines[: start + 1]) + merged + "".join(lines[end:])
    front = raw
    if new_data != data or raw is None:
        front = (update_front_matter(raw, data, new_data) if raw else None) or dump_front_matter(
            new_data
        )
    text = f"---\n{front}---\n{body}" if front is not None else body
    atomic_write(target, encode_text(text, held.newline, held.bom))


def _fold_front(
    data: dict[str, Any], base: dict[str, Any], edited: dict[str, Any], person_id: str
) -> dict[str, Any]:
    """``data`` (the absorbing page's front matter) with what the edit added to the person."""
    new = dict(data)
    added: dict[str, list[Any]] = {}
    for key in LIST_KEYS:
        before, after = (_items(side.get(key)) for side in (base, edited))
        added[key] = [x for x in after if x not in before]
    name = edited.get("name")
    if name and name != base.get("name") and name != data.get("name"):
        added["aliases"].append(name)
    for key, items in added.items():
        have = list(new.get(key) or [])
        new_items = [x for x in items if x not in have]
        if new_items:
            new[key] = have + new_items
    records = []
    for record in new.get(MERGED_KEY) or []:
        if isinstance(record, dict) and record.get("id") == person_id:
            record = dict(record)
            for key, items in added.items():
                have = list(record.get(key) or [])
                record[key] = have + [x for x in items if x not in have]
            if name and name != base.get("name"):
                record["name"] = name
            if edited.get("url") and edited.get("url") != base.get("url"):
                record["url"] = edited["url"]
        records.append(record)
    if records:
        new[MERGED_KEY] = records
    return new


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _parse(text: str) -> tuple[str | None, dict[str, Any], str]:
    front, body, _line = split_front_matter(text)
    if front is None:
        return None, {}, text
    data = load_yaml(front)
    return front, data if isinstance(data, dict) else {}, body
