"""The YAML dialect of front matter: PyYAML's loader and dumper as notes need them.

Kept apart from :mod:`confnotes.notebook.frontmatter` so that PyYAML (and its ~20 ms of
imports) loads on the first note actually parsed or written: a search whose
index is up to date, or a start from the parse cache, never pays for it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

import yaml

from confnotes.errors import FrontMatterError
from confnotes.notebook.yaml_limits import (
    ALIAS_RE,
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_EXPANDED_NODES,
    MAX_FRONT_MATTER_BYTES,
    could_nest_deeply,
    expands_beyond,
)

try:  # libyaml is ~10x faster; the pure-Python parser gives the same results.
    _BaseLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _BaseLoader = yaml.SafeLoader

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


try:  # libyaml's emitter, ~6x faster (an import writes thousands of notes)

    class FastNoteDumper(yaml.CSafeDumper):  # type: ignore[misc,name-defined]
        """:class:`NoteDumper` with libyaml's emitter: the same text for what
        :func:`libyaml_writes_alike` accepts (a property test holds them together)."""

        def ignore_aliases(self, data: Any) -> bool:
            return True

except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    FastNoteDumper = None  # type: ignore[assignment,misc]


def _represent_none(dumper: Any, _data: None) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:null", "")


_LINE_BREAKS = re.compile("[\x85\u2028\u2029\r]")


def _represent_str(dumper: Any, data: str) -> yaml.ScalarNode:
    if _LINE_BREAKS.search(data):
        # Unicode line breaks would be folded by a reader: escape them.
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style='"')
    if "\n" in data:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


for _dumper in (NoteDumper, FastNoteDumper):
    if _dumper is None:
        continue  # pragma: no cover - PyYAML without libyaml
    _dumper.add_representer(type(None), _represent_none)
    _dumper.add_representer(str, _represent_str)
    # Dates are stored as strings: do not quote "2019-12-10" as if it were ambiguous.
    _dumper.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
    }

_NOT_LIBYAML_ALIKE = re.compile("[\ud800-\udfff\U00010000-\U0010ffff]")
"""Characters libyaml's emitter escapes (astral ones: emoji) or cannot write, where
PyYAML's writes them as they are."""


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]{0,63}")
"""Keys as notes have them (``title``, ``x-custom``): others (empty, multi-line, long
ones, which PyYAML writes as ``? key``) are left to PyYAML."""


def libyaml_writes_alike(data: Any) -> bool:
    """Whether libyaml's emitter writes ``data`` exactly as PyYAML's own does: mappings,
    lists, text, integers, booleans and nulls, keys that are words, every character in the
    Basic Multilingual Plane, no multi-line text ending in a newline (libyaml then ends the
    document with ``...`` even when the text is not last)."""
    if isinstance(data, str):
        if not data.isascii() and _NOT_LIBYAML_ALIKE.search(data):
            return False
        return not (data.endswith("\n") and "\n" in data[:-1]) and data != "\n"
    if data is None or isinstance(data, (bool, int)):
        return True
    if isinstance(data, dict):
        return all(
            isinstance(k, str) and _PLAIN_KEY.fullmatch(k) is not None and libyaml_writes_alike(v)
            for k, v in data.items()
        )
    if isinstance(data, list):
        return all(libyaml_writes_alike(item) for item in data)
    return False


def load_yaml(text: str, path: Path | None = None, first_line: int = 1) -> Any:
    """:func:`confnotes.notebook.frontmatter.load_yaml` (which see)."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_FRONT_MATTER_BYTES:
        raise FrontMatterError(
            f"YAML is larger than {MAX_FRONT_MATTER_BYTES // 1000} kB; refusing to read it",
            path,
            first_line,
        )
    if "*" in text and len(ALIAS_RE.findall(text)) > MAX_ALIASES:
        raise FrontMatterError(
            f"YAML uses more than {MAX_ALIASES} aliases (*name); refusing it as unsafe",
            path,
            first_line,
        )
    try:
        if could_nest_deeply(text):
            _check_depth(text, path, first_line)
        data = yaml.load(text, Loader=NoteLoader)
        if "*" in text and expands_beyond(data, MAX_EXPANDED_NODES):
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
        if "maximum nesting depth" in str(problem):
            # PyYAML 6.0.4's scanner has a nesting limit of its own, met before ours (100):
            # the same refusal, said the same way whichever PyYAML is installed.
            raise FrontMatterError(
                f"YAML is nested more than {MAX_DEPTH} levels deep; refusing it", path, line
            ) from None
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


def dump_yaml(data: Any) -> str:
    """Serialise data as block-style YAML with keys in the order given (by libyaml when
    it writes the same text, see :func:`libyaml_writes_alike`)."""
    fast = FastNoteDumper is not None and libyaml_writes_alike(data)
    return yaml.dump(
        data,
        Dumper=FastNoteDumper if fast else NoteDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,
    )
