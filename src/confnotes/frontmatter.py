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
from typing import Any, ClassVar

import yaml

from confnotes.errors import FrontMatterError

try:  # libyaml is ~10x faster; the pure-Python parser gives the same results.
    _BaseLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

MAX_FRONT_MATTER_BYTES = 1_000_000
"""Front matter larger than this is refused: no talk needs a megabyte of metadata."""

MAX_ALIASES = 64
"""YAML aliases allowed in one document; more is treated as an alias bomb."""

MAX_DEPTH = 100
"""Deepest nesting of lists and mappings accepted; libyaml's composer recurses in C and
crashes the process (segfault) on a few tens of thousands of ``[``."""

MAX_EXPANDED_NODES = 200_000
"""Values a document may hold once its aliases are expanded (a billion-laughs guard for
consumers that walk or dump the data, such as a save that re-serialises front matter)."""

_ALIAS_RE = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]+", re.MULTILINE)


_STR_TAG = "tag:yaml.org,2002:str"


class NoteLoader(_BaseLoader):  # type: ignore[misc]
    """Safe loader that resolves only null, booleans and integers; refuses duplicate keys."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "a mapping key must be a plain value", key_node.start_mark
                )
            # Plain text keys (nearly all) are compared as written, without constructing them.
            key = key_node.value if key_node.tag == _STR_TAG else self.construct_object(key_node)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key {key!r}",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


NoteLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
NoteLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
NoteLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""]
)


class NoteDumper(yaml.SafeDumper):
    """Dumper for front matter: block style, unicode kept, empty values written as blanks."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _represent_none(dumper: yaml.SafeDumper, _data: None) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:null", "")


_LINE_BREAKS = re.compile("[\x85\u2028\u2029\r]")


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    if _LINE_BREAKS.search(data):
        # Unicode line breaks would be folded by a reader: escape them.
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


NoteDumper.add_representer(type(None), _represent_none)
NoteDumper.add_representer(str, _represent_str)
# Dates are stored as strings: do not quote "2019-12-10" as if it were ambiguous.
NoteDumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}


def load_yaml(text: str, path: Path | None = None, first_line: int = 1) -> Any:
    """Parse YAML safely; errors name the file and line (``first_line`` is the text's line 1).

    Raises:
        FrontMatterError: syntax errors, duplicate keys, tags such as
            ``!!python/object``, alias bombs and oversized documents.
    """
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(
            f"YAML is larger than {MAX_FRONT_MATTER_BYTES // 1000} kB; refusing to read it",
            path,
            first_line,
        )
    if "*" in text and len(_ALIAS_RE.findall(text)) > MAX_ALIASES:
        raise FrontMatterError(
            f"YAML uses more than {MAX_ALIASES} aliases (*name); refusing it as unsafe",
            path,
            first_line,
        )
    try:
        if _could_nest_deeply(text):
            _check_depth(text, path, first_line)
        data = yaml.load(text, Loader=NoteLoader)
        if "*" in text and _expands_beyond(data, MAX_EXPANDED_NODES):
            raise FrontMatterError(
                "YAML aliases (*name) expand to too much data; refusing it as unsafe",
                path,
                first_line,
            )
        return data
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark is not None else first_line
        problem = exc.problem or exc.context or "invalid YAML"
        if "could not determine a constructor" in str(problem):
            problem = f"unsupported YAML tag: {problem.split('tag ')[-1].strip()}"
        raise FrontMatterError(f"invalid YAML: {problem}", path, line) from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"invalid YAML: {exc}", path, first_line) from None
    except RecursionError:
        raise FrontMatterError("YAML is nested too deeply", path, first_line) from None
    except ValueError:
        # An integer of more than 4,300 digits: Python refuses to convert it (a note
        # must not stop the whole notebook from loading, nor crash ``check``).
        raise FrontMatterError(
            "invalid YAML: a number too long to read", path, first_line
        ) from None


_OPENING_EVENTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_CLOSING_EVENTS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def _could_nest_deeply(text: str) -> bool:
    """Whether ``text`` has enough indicators to nest past MAX_DEPTH.

    Every level opens with a character of its own (``[``, ``{``, a ``-`` or ``?``
    indicator, or the ``:`` of a key), so fewer of them than MAX_DEPTH cannot nest
    that deep: most notes skip the extra parse of :func:`_check_depth`.
    """
    return sum(text.count(c) for c in "[{-:?") > MAX_DEPTH


def _check_depth(text: str, path: Path | None, first_line: int) -> None:
    """Refuse deep nesting before composing: the C composer would overflow the stack."""
    depth = 0
    for event in yaml.parse(text, Loader=NoteLoader):
        if isinstance(event, _OPENING_EVENTS):
            depth += 1
            if depth > MAX_DEPTH:
                line = first_line + event.start_mark.line if event.start_mark else first_line
                raise FrontMatterError(
                    f"YAML is nested more than {MAX_DEPTH} levels deep; refusing it",
                    path,
                    line,
                )
        elif isinstance(event, _CLOSING_EVENTS):
            depth -= 1


def _expands_beyond(data: Any, budget: int) -> bool:
    """True when ``data`` with its aliases expanded holds more than ``budget`` values.

    Sizes are computed once per distinct list or mapping (aliases share objects),
    so a bomb is measured in microseconds; a node that contains itself counts as
    unbounded.
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        value, finished = stack.pop()
        if not isinstance(value, dict | list):
            continue
        key = id(value)
        children = [*value.keys(), *value.values()] if isinstance(value, dict) else value
        if finished:
            total = 1 + sum(sizes.get(id(child), 1) for child in children)
            active.discard(key)
            sizes[key] = total
            if total > budget:
                return True
        elif key not in sizes:
            if key in active:
                return True
            active.add(key)
            stack.append((value, True))
            stack.extend((child, False) for child in children if isinstance(child, dict | list))
    return False


def dump_yaml(data: Any) -> str:
    """Serialise data as block-style YAML with keys in the order given."""
    return yaml.dump(
        data,
        Dumper=NoteDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,
    )


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
    if not text.startswith(_OPEN):
        return None, text, 1
    first_nl = text.find("\n")
    if first_nl < 0 or text[:first_nl].rstrip() != _OPEN:
        return None, text, 1
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


def render_document(doc: Document, data: dict[str, Any], body: str) -> str:
    """Render a note; reuses ``doc.raw_front`` byte for byte when ``data`` is unchanged."""
    if doc.raw_front is not None and data == doc.data:
        front = doc.raw_front
    elif not data and doc.raw_front is None and not body.startswith(_OPEN):
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
