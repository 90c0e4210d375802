"""Three-way merges that keep every word: front matter key by key, bodies line by line.

Used wherever two versions of one file meet: git merges of a team notebook
(``confnotes sync`` and the merge driver), and the editor's text meeting a
change another program made on disk. The rule (DESIGN.md §1a, §1b) is that
nothing is discarded: changes on different lines or keys are both applied; when
both sides changed the same lines, both versions stay in the text between
git-style markers, which every editor and the app recognise::

    <<<<<<< mine
    the line as edited here
    =======
    the line as edited there
    >>>>>>> theirs

Lines both sides only *added* at the same place (two people typing at the end
of a note) are kept one after the other without markers: nothing contradicts.
A front-matter key changed to two different values keeps this side's value in
the front matter and shows the other in a marked block at the top of the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from confnotes.errors import ConfnotesError
from confnotes.notebook.frontmatter import (
    dump_front_matter,
    dump_yaml,
    load_yaml,
    split_front_matter,
)

OURS_MARK = "<<<<<<<"
"""Opens a conflict block; this side's lines follow."""
SEPARATOR = "======="
"""Separates this side's lines from the other side's."""
THEIRS_MARK = ">>>>>>>"
"""Closes a conflict block."""

_MISSING: Any = object()
"""A key absent on one side (distinct from a key whose value is null)."""

_MARK_LINE = re.compile(r"^(<{7}|={7}|>{7})(?:[ \t][^\n]*)?$")


@dataclass
class MergeResult:
    """The merged text and what could not be reconciled silently."""

    text: str
    """The merged file: every word of both sides is in it."""
    conflicts: int = 0
    """Conflict blocks written between markers (0: a clean merge)."""
    key_conflicts: list[str] = field(default_factory=list)
    """Front-matter keys both sides set to different values (the other value is in a block)."""

    @property
    def clean(self) -> bool:
        """True when no markers were needed."""
        return self.conflicts == 0


@dataclass(frozen=True)
class ConflictBlock:
    """One ``<<<<<<< … >>>>>>>`` block of a text (0-based line numbers, end exclusive)."""

    start: int
    end: int
    ours: str
    theirs: str
    ours_label: str
    theirs_label: str


# ------------------------------------------------------------------ lines


def _split(text: str) -> list[str]:
    """Lines with their endings, so a merge keeps each side's line endings."""
    return text.splitlines(keepends=True)


def _block(ours: Sequence[str], theirs: Sequence[str], labels: tuple[str, str]) -> list[str]:
    out = [f"{OURS_MARK} {labels[0]}\n"]
    out.extend(_ended(ours))
    out.append(f"{SEPARATOR}\n")
    out.extend(_ended(theirs))
    out.append(f"{THEIRS_MARK} {labels[1]}\n")
    return out


def _ended(lines: Sequence[str]) -> list[str]:
    """The lines, the last one given a newline so a marker never joins it."""
    out = list(lines)
    if out and not out[-1].endswith(("\n", "\r")):
        out[-1] += "\n"
    return out


def _matches(base: Sequence[str], other: Sequence[str]) -> dict[int, int]:
    """Base line index → the other side's index, for lines the diff keeps."""
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    pairs: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        for step in range(size):
            pairs[a + step] = b + step
    return pairs


def merge_lines(
    base: Sequence[str],
    ours: Sequence[str],
    theirs: Sequence[str],
    labels: tuple[str, str] = ("mine", "theirs"),
) -> tuple[list[str], int]:
    """diff3 over lines: returns the merged lines and the number of conflict blocks."""
    to_ours = _matches(base, ours)
    to_theirs = _matches(base, theirs)
    out: list[str] = []
    conflicts = 0
    i = j = k = 0
    while True:
        sync = next(
            (b for b in range(i, len(base)) if b in to_ours and b in to_theirs),
            len(base),
        )
        o_end = to_ours[sync] if sync < len(base) else len(ours)
        t_end = to_theirs[sync] if sync < len(base) else len(theirs)
        b_chunk, o_chunk, t_chunk = base[i:sync], ours[j:o_end], theirs[k:t_end]
        if o_chunk == b_chunk:
            out.extend(t_chunk)
        elif t_chunk == b_chunk or o_chunk == t_chunk:
            out.extend(o_chunk)
        elif not b_chunk:
            # Both only added lines here: keep both, nothing contradicts.
            out.extend(_ended(o_chunk))
            out.extend(t_chunk)
        elif len(o_chunk) == len(b_chunk) == len(t_chunk):
            # Each side edited lines in place (neighbours, say): line by line.
            lines, found = _merge_in_place(b_chunk, o_chunk, t_chunk, labels)
            out.extend(lines)
            conflicts += found
        else:
            out.extend(_block(o_chunk, t_chunk, labels))
            conflicts += 1
        if sync == len(base):
            return out, conflicts
        out.append(ours[o_end])
        i, j, k = sync + 1, o_end + 1, t_end + 1


def _merge_in_place(
    base: Sequence[str], ours: Sequence[str], theirs: Sequence[str], labels: tuple[str, str]
) -> tuple[list[str], int]:
    """Chunks of equal length where both sides edited lines in place: each line merges on
    its own, and only runs of lines both sides changed differently become blocks."""
    out: list[str] = []
    conflicts = 0
    run: list[int] = []
    for n, (b, o, t) in enumerate(zip(base, ours, theirs, strict=True)):
        if o == t or t == b:
            line = o
        elif o == b:
            line = t
        else:
            run.append(n)
            continue
        if run:
            out.extend(_block([ours[i] for i in run], [theirs[i] for i in run], labels))
            conflicts += 1
            run = []
        out.append(line)
    if run:
        out.extend(_block([ours[i] for i in run], [theirs[i] for i in run], labels))
        conflicts += 1
    return out, conflicts


def merge_text(
    base: str, ours: str, theirs: str, labels: tuple[str, str] = ("mine", "theirs")
) -> MergeResult:
    """Merge plain text line by line.

    A missing final newline is not part of the last line: "b" and "b\\n" are the same
    line (an editor that saves without one, a teammate typing after it), and whether
    the text ends with a newline merges three ways on its own, like a key.
    """
    sides = [_split(text) for text in (base, ours, theirs)]
    endings = [_ends_open(lines) for lines in sides]
    for lines, open_end in zip(sides, endings, strict=True):
        if open_end:
            lines[-1] += "\n"
    lines, conflicts = merge_lines(sides[0], sides[1], sides[2], labels)
    text = "".join(lines)
    open_end = endings[1] if endings[2] == endings[0] else endings[2]
    if open_end and text.endswith("\n") and not text.endswith(f"{THEIRS_MARK} {labels[1]}\n"):
        text = text[:-1]
    return MergeResult(text, conflicts)


def _ends_open(lines: list[str]) -> bool:
    """True when the text's last line has no line ending (an empty text has none to miss)."""
    return bool(lines) and not lines[-1].endswith(("\n", "\r"))


# ------------------------------------------------------------------ values


def merge_values(base: Any, ours: Any, theirs: Any) -> tuple[Any, list[str]]:
    """Merge one YAML value three ways; returns the value and the paths in conflict.

    Mappings merge key by key; lists merge as sets of items (an item removed on
    one side stays removed, items added on either side are all kept; lists of
    mappings with an ``id`` merge item by item); scalars changed differently on
    both sides keep this side's value and report a conflict.
    """
    if ours == theirs:
        return ours, []
    if ours == base:
        return theirs, []
    if theirs == base:
        return ours, []
    if ours is _MISSING:
        return theirs, []  # deleted here, edited there: the edit is kept
    if theirs is _MISSING:
        return ours, []
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return _merge_dicts(base if isinstance(base, dict) else {}, ours, theirs)
    if isinstance(ours, list) and isinstance(theirs, list):
        return _merge_lists(base if isinstance(base, list) else [], ours, theirs)
    return ours, [""]


def _merge_dicts(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    merged: dict[str, Any] = {}
    conflicts: list[str] = []
    for key in [*ours, *(k for k in theirs if k not in ours)]:
        value, paths = merge_values(
            base.get(key, _MISSING), ours.get(key, _MISSING), theirs.get(key, _MISSING)
        )
        conflicts.extend(f"{key}.{p}" if p else str(key) for p in paths)
        if value is not _MISSING:
            merged[key] = value
    return merged, conflicts


def _item_id(item: Any) -> Any:
    return item.get("id") if isinstance(item, dict) else None


def _merge_lists(
    base: list[Any], ours: list[Any], theirs: list[Any]
) -> tuple[list[Any], list[str]]:
    if all(_item_id(x) is not None for x in [*base, *ours, *theirs]):
        return _merge_by_id(base, ours, theirs)
    removed = [x for x in base if x not in ours or x not in theirs]
    merged = [x for x in ours if x not in removed]
    merged.extend(x for x in theirs if x not in merged and x not in base)
    return merged, []


def _merge_by_id(
    base: list[Any], ours: list[Any], theirs: list[Any]
) -> tuple[list[Any], list[str]]:
    """Items with an ``id`` merge item by item; a conflict's path names the item's id."""
    b = {_item_id(x): x for x in base}
    t = {_item_id(x): x for x in theirs}
    o_ids = {_item_id(x) for x in ours}
    merged: list[Any] = []
    conflicts: list[str] = []
    for item in ours:
        key = _item_id(item)
        if key in t:
            value, paths = merge_values(b.get(key, _MISSING), item, t[key])
            merged.append(value)
            conflicts.extend(f"{key}.{p}" if p else str(key) for p in paths)
        elif key not in b or item != b[key]:
            merged.append(item)  # new here, or edited here and deleted there: keep it
    for item in theirs:
        key = _item_id(item)
        if key not in o_ids and (key not in b or item != b[key]):
            merged.append(item)
    return merged, conflicts


# ------------------------------------------------------------------ files


def _parse_front(text: str) -> tuple[str | None, dict[str, Any] | None, str]:
    """(raw front matter, its mapping, body); mapping None when it cannot be read."""
    try:
        front, body, _line = split_front_matter(text)
        if front is None:
            return None, {}, text
        data = load_yaml(front)
    except ConfnotesError:
        return None, None, text
    if data is None:
        data = {}
    return (front, data, body) if isinstance(data, dict) else (None, None, text)


def merge_notes(
    base: str, ours: str, theirs: str, labels: tuple[str, str] = ("mine", "theirs")
) -> MergeResult:
    """Merge two versions of a note (front matter + Markdown body) with their common base.

    ``base`` is ``""`` when there is none (a file both sides created). Front matter
    merges key by key; the body line by line. A file whose front matter cannot be
    read on some side is merged as plain text.
    """
    _front, b_data, b_body = _parse_front(base)
    o_front, o_data, o_body = _parse_front(ours)
    t_front, t_data, t_body = _parse_front(theirs)
    if b_data is None or o_data is None or t_data is None:
        return merge_text(base, ours, theirs, labels)
    data, paths = merge_values(b_data, o_data, t_data)
    body = merge_text(b_body, o_body, t_body, labels)
    blocks: list[str] = []
    for path in paths:
        key = path.split(".")[0]
        mine = dump_front_matter({key: o_data.get(key)})
        other = dump_front_matter({key: t_data.get(key)})
        blocks.extend(
            _block(
                _split(mine),
                _split(other),
                (f"{labels[0]} (front matter: {key})", f"{labels[1]} (front matter: {key})"),
            )
        )
    if data == o_data and o_front is not None:
        front: str | None = o_front
    elif data == t_data and t_front is not None:
        front = t_front
    else:
        front = dump_front_matter(data) if data else None
    head = f"---\n{front}---\n" if front is not None else ""
    text = head + "".join(blocks) + body.text
    return MergeResult(text, body.conflicts + len(paths), [p.split(".")[0] for p in paths])


def merge_yaml(
    base: str, ours: str, theirs: str, labels: tuple[str, str] = ("mine", "theirs")
) -> MergeResult:
    """Merge two versions of a YAML file (a conference's ``conference.yaml``) key by key.

    The result is always YAML the app can read: a value both sides set differently
    keeps this side's value in place, and both values are shown in a commented block
    at the top of the file (``# <<<<<<< mine (timezone)`` … ``# >>>>>>> theirs``), which
    sync reports as a conflict to resolve. When the merged values are what a clean
    line merge gives, that text is kept (comments and layout survive). Only a file
    that cannot be read as a mapping on some side is merged as plain text.
    """
    try:
        b, o, t = (load_yaml(text) if text.strip() else {} for text in (base, ours, theirs))
    except ConfnotesError:
        return merge_text(base, ours, theirs, labels)
    b = {} if b is None else b
    if not all(isinstance(x, dict) for x in (b, o, t)):
        return merge_text(base, ours, theirs, labels)
    data, paths = merge_values(b, o, t)
    text = _yaml_text(base, ours, theirs, data, (o, t))
    if not paths:
        return MergeResult(text)
    head: list[str] = []
    for path in paths:
        leaf = path.rsplit(".", 1)[-1] or path
        sides = [dump_yaml({leaf: _value_at(side, path)}) for side in (o, t)]
        head.append(f"# {OURS_MARK} {labels[0]} ({path})\n")
        head.extend(f"# {line}".rstrip() + "\n" for line in sides[0].splitlines())
        head.append(f"# {SEPARATOR}\n")
        head.extend(f"# {line}".rstrip() + "\n" for line in sides[1].splitlines())
        head.append(f"# {THEIRS_MARK} {labels[1]} ({path})\n")
    return MergeResult("".join(head) + text, len(paths), [p.split(".")[0] for p in paths])


def _yaml_text(
    base: str, ours: str, theirs: str, data: dict[str, Any], sides: tuple[Any, Any]
) -> str:
    """The merged mapping as text: a side's own text when it is that side, else a clean
    line merge when it reads as the same mapping, else the mapping dumped."""
    if data == sides[0]:
        return ours
    if data == sides[1]:
        return theirs
    lines = merge_text(base, ours, theirs)
    if lines.clean:
        try:
            if load_yaml(lines.text) == data:
                return lines.text
        except ConfnotesError:
            pass
    return dump_yaml(data)


def _value_at(data: Any, path: str) -> Any:
    """The value at a conflict path of :func:`merge_values` (list items by their id)."""
    for part in path.split(".") if path else []:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list):
            data = next((x for x in data if str(_item_id(x)) == part), None)
        else:
            return None
    return data


# ------------------------------------------------------------------ reading markers


def has_conflict_markers(text: str) -> bool:
    """True when the text holds at least one complete conflict block."""
    return bool(conflict_blocks(text))


def conflict_blocks(text: str) -> list[ConflictBlock]:
    """Every complete ``<<<<<<<`` / ``=======`` / ``>>>>>>>`` block, in order."""
    lines = text.splitlines()
    blocks: list[ConflictBlock] = []
    start = sep = None
    for number, line in enumerate(lines):
        match = _MARK_LINE.match(line)
        if not match:
            continue
        mark = match.group(1)[0]
        if mark == "<":
            start, sep = number, None
        elif mark == "=" and start is not None and sep is None:
            sep = number
        elif mark == ">" and start is not None and sep is not None:
            blocks.append(
                ConflictBlock(
                    start=start,
                    end=number + 1,
                    ours="".join(f"{x}\n" for x in lines[start + 1 : sep]),
                    theirs="".join(f"{x}\n" for x in lines[sep + 1 : number]),
                    ours_label=lines[start][7:].strip(),
                    theirs_label=line[7:].strip(),
                )
            )
            start = sep = None
    return blocks


def resolve_blocks(text: str, side: str) -> str:
    """The text with every conflict block replaced by one side: ``ours``, ``theirs``,
    or ``both`` (this side's lines, then the other's, without markers)."""
    if side not in ("ours", "theirs", "both"):
        raise ValueError(f"side must be ours, theirs or both, not {side!r}")
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    last = 0
    for block in conflict_blocks(text):
        out.extend(lines[last : block.start])
        if side in ("ours", "both"):
            out.append(block.ours)
        if side in ("theirs", "both"):
            out.append(block.theirs)
        last = block.end
    out.extend(lines[last:])
    return "".join(out)


_FRONT_LABEL = re.compile(r"\(front matter: ([^)]+)\)$")


def resolve_note(text: str, side: str) -> str:
    """A whole note with every conflict block resolved to one side, front matter included.

    A block :func:`merge_notes` wrote for a front-matter key (label ``(front matter:
    KEY)``) resolves into the front matter: ``ours`` keeps the value there, ``theirs``
    puts the other value in, ``both`` unions two lists (and keeps a scalar's other
    value as a plain line of the text, so nothing is lost). Body blocks resolve as in
    :func:`resolve_blocks`.
    """
    if side not in ("ours", "theirs", "both"):
        raise ValueError(f"side must be ours, theirs or both, not {side!r}")
    front, data, body = _parse_front(text)
    if data is None or front is None:
        return resolve_blocks(text, side)
    lines = body.splitlines(keepends=True)
    kept: list[str] = []
    last = 0
    changed = False
    for block in conflict_blocks(body):
        kept.extend(lines[last : block.start])
        last = block.end
        label = _FRONT_LABEL.search(block.ours_label)
        if label is None:
            kept.append(block.ours if side != "theirs" else "")
            kept.append(block.theirs if side != "ours" else "")
            continue
        if side == "ours":
            continue
        key = label.group(1)
        try:
            other = load_yaml(block.theirs)
        except ConfnotesError:
            other = None
        if not isinstance(other, dict) or key not in other:
            kept.append(block.theirs)
            continue
        value, mine = other[key], data.get(key)
        if side == "theirs":
            data[key] = value
            changed = True
        elif isinstance(mine, list) and isinstance(value, list):
            data[key] = [*mine, *(x for x in value if x not in mine)]
            changed = True
        else:
            kept.append(block.theirs)
    kept.extend(lines[last:])
    new_front = dump_front_matter(data) if changed else front
    return f"---\n{new_front}---\n" + "".join(kept)
