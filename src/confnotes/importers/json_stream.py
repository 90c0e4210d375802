"""JSON of any size read from an open file with ``ijson``, a few objects in memory at a time.

A programme's JSON is small around a few long lists (the talks). :func:`walk` first builds
the document without those lists' items (each list left empty, its length noted), so the
conference's facts, speakers and rooms are known before any talk is read;
then, in another pass, hands each item of the chosen lists to a callback, one at a time, and
:func:`items` streams the items of a list under a top-level key. Errors name the line and
column of bad input (found by a second, slower pass only when there is one) and never
let ``ijson``'s own exceptions through.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, BinaryIO

import ijson

from confnotes.errors import BadInputError
from confnotes.importers.schedule_util import MAX_DEPTH

CHUNK = 1 << 20
"""Bytes read at a time."""

MAX_KEPT_VALUES = 5_000_000
"""Most values kept outside the streamed lists (a 50,000-talk programme's people and rooms
are a few hundred thousand): JSON that is big elsewhere is not a programme."""

Path = tuple[str | int, ...]
"""Where a value sits: the keys and list positions leading to it."""

_MALFORMED = (ijson.JSONError, json.JSONDecodeError, UnicodeDecodeError)
"""What ``ijson`` raises on bad input (its pure-Python backend raises the standard
library's errors inside strings)."""

_ITEM = -1
"""The position of an item being streamed (its index is not needed)."""

_SCALARS = {"null", "boolean", "integer", "double", "number", "string"}
_TYPE_NAMES = {
    "start_array": "list",
    "string": "str",
    "integer": "int",
    "number": "float",
    "double": "float",
    "boolean": "bool",
    "null": "NoneType",
}


def utf8_chunks(stream: BinaryIO, source: str) -> Iterator[bytes]:
    """The file from its start as UTF-8 chunks: a UTF-8 BOM dropped, UTF-16 (with a BOM)
    re-encoded, so every pass and every line count sees the same bytes."""
    stream.seek(0)
    first = stream.read(CHUNK)
    if first.startswith((b"\xff\xfe", b"\xfe\xff")):
        decoder = codecs.getincrementaldecoder("utf-16")()
        chunk = first
        try:
            while chunk:
                yield decoder.decode(chunk).encode("utf-8")
                chunk = stream.read(CHUNK)
            yield decoder.decode(b"", final=True).encode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadInputError(f"not valid UTF-16: {exc.reason}", source) from None
        return
    if first.startswith(codecs.BOM_UTF8):
        first = first[len(codecs.BOM_UTF8) :]
    chunk = first
    while chunk:
        yield chunk
        chunk = stream.read(CHUNK)


class _Reader:
    """A file-like view of :func:`utf8_chunks` for ``ijson``."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = b""

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, b"")
            if not chunk:
                break
            self._buffer += chunk
        if size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data


def _events(stream: BinaryIO, source: str) -> Iterator[tuple[str, Any]]:
    return ijson.basic_parse(_Reader(utf8_chunks(stream, source)), use_float=True, buf_size=CHUNK)


class _Frame:
    __slots__ = ("container", "index", "key", "kind", "mode", "path")

    def __init__(self, kind: str, mode: str, path: Path, container: Any) -> None:
        self.kind = kind
        self.mode = mode
        """``keep`` (built), ``skip`` (not kept) or ``bulk`` (a streamed list)."""
        self.path = path
        self.container = container
        self.key: str = ""
        self.index = 0


def walk(
    stream: BinaryIO,
    source: str,
    is_bulk: Callable[[Path], bool],
    on_item: Callable[[Path, Any], None] | None = None,
) -> tuple[dict[str, Any], dict[Path, int]]:
    """The document with every list at a path ``is_bulk`` accepts left empty, and the
    number of items each such list had. Each of their items goes to ``on_item`` (built
    one at a time) when given, and is only counted otherwise.

    Raises:
        BadInputError: malformed JSON (with its line), a top level that is not an object,
            nesting deeper than :data:`MAX_DEPTH`, too much JSON outside the lists.
    """
    try:
        return _walk(stream, source, is_bulk, on_item)
    except _MALFORMED:
        raise json_error(stream, source) from None


def _walk(
    stream: BinaryIO,
    source: str,
    is_bulk: Callable[[Path], bool],
    on_item: Callable[[Path, Any], None] | None,
) -> tuple[dict[str, Any], dict[Path, int]]:
    stack: list[_Frame] = []
    sizes: dict[Path, int] = {}
    root: list[Any] = []
    kept = 0

    def add(value: Any, built: bool = True) -> None:
        nonlocal kept
        if not stack:
            root.append(value)
            return
        top = stack[-1]
        if top.mode == "skip":
            return
        if top.mode == "bulk":
            sizes[top.path] += 1
            if on_item is not None and built:
                on_item(top.path, value)
            return
        kept += 1
        if kept > MAX_KEPT_VALUES:
            raise BadInputError(
                f"more than {MAX_KEPT_VALUES} JSON values outside the lists of talks; "
                "not a programme",
                source,
            )
        if top.kind == "map":
            top.container[top.key] = value
        else:
            top.container.append(value)
            top.index += 1

    events = _events(stream, source)
    for event, value in events:
        if event == "map_key":
            stack[-1].key = value
        elif event in ("start_map", "start_array"):
            if stack and stack[-1].mode == "bulk":  # an item of a streamed list
                bulk = stack[-1]
                sizes[bulk.path] += 1
                if on_item is None:
                    _skip(events, MAX_DEPTH - len(stack), source)
                else:
                    on_item(bulk.path, _build(events, event, MAX_DEPTH - len(stack), source))
                continue
            kind = "map" if event == "start_map" else "array"
            path: Path = ()
            if not stack:
                if kind != "map":
                    raise _not_an_object(event, source)
                mode = "keep"
            else:
                parent = stack[-1]
                if parent.mode == "skip" or (parent.mode == "bulk" and on_item is None):
                    mode = "skip"
                elif parent.mode == "bulk":
                    mode, path = "keep", (*parent.path, _ITEM)
                else:
                    step = parent.key if parent.kind == "map" else parent.index
                    path = (*parent.path, step)
                    mode = "bulk" if kind == "array" and is_bulk(path) else "keep"
            if mode == "bulk":
                sizes[path] = 0
            container: Any = None
            if mode == "keep":
                container = {} if kind == "map" else []
            stack.append(_Frame(kind, mode, path, container))
            if len(stack) > MAX_DEPTH:
                raise BadInputError(f"JSON nested more than {MAX_DEPTH} deep", source)
        elif event in ("end_map", "end_array"):
            frame = stack.pop()
            if frame.mode == "keep":
                add(frame.container)
            elif frame.mode == "bulk":
                add([])
            else:
                add(None, built=False)
        elif event in _SCALARS:
            if not stack:
                raise _not_an_object(event, source)
            add(value)
    if not root:
        raise BadInputError("file is empty", source)
    document = root[0]
    assert isinstance(document, dict)
    return document, sizes


def items(stream: BinaryIO, source: str, key: str) -> Iterator[Any]:
    """The items of the list under the top-level ``key``, one at a time."""
    stream.seek(0)
    try:
        yield from ijson.items(
            _Reader(utf8_chunks(stream, source)), f"{key}.item", use_float=True, buf_size=CHUNK
        )
    except _MALFORMED:
        raise json_error(stream, source) from None


def _skip(events: Iterator[tuple[str, Any]], room: int, source: str) -> None:
    """Consume one value whose start was just read, keeping nothing."""
    depth = 1
    for event, _ in events:
        if event == "start_map" or event == "start_array":
            depth += 1
            if depth > room:
                raise BadInputError(f"JSON nested more than {MAX_DEPTH} deep", source)
        elif event == "end_map" or event == "end_array":
            depth -= 1
            if not depth:
                return


def _build(events: Iterator[tuple[str, Any]], first: str, room: int, source: str) -> Any:
    """The value whose start (``first``) was just read, built from the events that follow."""
    root: Any = {} if first == "start_map" else []
    stack = [root]
    keys: list[Any] = [None]
    for event, value in events:
        if event == "map_key":
            keys[-1] = value
            continue
        if event == "end_map" or event == "end_array":
            stack.pop()
            keys.pop()
            if not stack:
                return root
            continue
        if event == "start_map" or event == "start_array":
            value = {} if event == "start_map" else []
        top = stack[-1]
        if type(top) is dict:
            top[keys[-1]] = value
        else:
            top.append(value)
        if event == "start_map" or event == "start_array":
            stack.append(value)
            keys.append(None)
            if len(stack) > room:
                raise BadInputError(f"JSON nested more than {MAX_DEPTH} deep", source)
    return root


def _not_an_object(event: str, source: str) -> BadInputError:
    found = _TYPE_NAMES.get(event, event)
    return BadInputError(f"expected a JSON object at the top, found {found}", source, 1)


def find_line(chunks: Iterable[bytes], needle: str) -> int | None:
    """The line of the first occurrence of ``needle`` in the file, or None."""
    wanted = needle.encode("utf-8")
    if not wanted:
        return None
    lines = 0
    tail = b""
    for chunk in chunks:
        buffer = tail + chunk
        at = buffer.find(wanted)
        if at >= 0:
            return lines + buffer.count(b"\n", 0, at) + 1
        cut = max(0, len(buffer) - (len(wanted) - 1))
        lines += buffer.count(b"\n", 0, cut)
        tail = buffer[cut:]
    return None


_AT = re.compile(r" at (\d+)$")


def bad_utf8(stream: BinaryIO, source: str) -> BadInputError | None:
    """The first byte of the file that is not UTF-8, with its offset and line, if any."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = lines = 0
    for chunk in utf8_chunks(stream, source):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            at = offset - pending + exc.start
            bad = (exc.object[exc.start : exc.start + 1] or b"?")[0]
            line = lines + exc.object.count(b"\n", 0, exc.start) + 1
            return BadInputError(f"not UTF-8 text (byte 0x{bad:02x} at offset {at})", source, line)
        lines += chunk.count(b"\n")
        offset += len(chunk)
    return None


def json_error(stream: BinaryIO, source: str) -> BadInputError:
    """What is wrong with malformed JSON, and where: a second pass over the file finds the
    first bad byte (not UTF-8) or the first character the JSON grammar rejects."""
    found = bad_utf8(stream, source)
    if found is not None:
        return found
    lines = sum(chunk.count(b"\n") for chunk in utf8_chunks(stream, source))
    python = ijson.get_backend("python")
    try:
        for _ in python.basic_parse(_Reader(utf8_chunks(stream, source))):
            pass
    except ijson.JSONError as exc:
        reason = str(exc)
        match = _AT.search(reason)
        if match is None and not isinstance(exc, ijson.IncompleteJSONError):
            return BadInputError(f"malformed JSON: {reason}", source)
        if match is None:
            return BadInputError(
                "malformed JSON: the file ends in the middle of a value (truncated?)",
                source,
                lines + 1,
            )
        line, column = _line_and_column(utf8_chunks(stream, source), int(match[1]))
        return BadInputError(
            f"malformed JSON: {reason[: match.start()].lower()} (column {column})", source, line
        )
    except json.JSONDecodeError as exc:  # inside a string: ``exc.doc`` is that string
        found_at = find_line(utf8_chunks(stream, source), exc.doc)
        where = found_at + exc.doc.count("\n", 0, exc.pos) if found_at else None
        return BadInputError(f"malformed JSON: {exc.msg.lower()} in a string", source, where)
    except ValueError as exc:
        return BadInputError(f"malformed JSON: {exc}", source)
    return BadInputError("malformed JSON", source)


def _line_and_column(chunks: Iterable[bytes], position: int) -> tuple[int, int]:
    """Line and column (from 1) of the character at ``position``."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    seen = 0
    line = 1
    column_start = 0
    for chunk in chunks:
        text = decoder.decode(chunk)
        if seen + len(text) > position:
            text = text[: position - seen]
        line += text.count("\n")
        last = text.rfind("\n")
        if last >= 0:
            column_start = seen + last + 1
        seen += len(text)
        if seen >= position:
            break
    return line, position - column_start + 1
