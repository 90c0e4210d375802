"""Front matter written back the way the user wrote it: comments, key order, quoting, tags.

A save that changes one key (a star, a flag, a link picked up from the body) must
not rewrite the rest of a hand-edited front matter: ``ruamel.yaml``'s round-trip
mode edits the parsed document in place and dumps it with its comments and
styles. The result is checked by parsing it back with the notebook's own loader;
when it does not read back as the intended data, the caller falls back to a
plain dump, so the data is always right and the style kept whenever it can be.
"""

from __future__ import annotations

import contextlib
import io
import re
from datetime import date
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import LiteralScalarString

from confnotes.errors import ConfnotesError
from confnotes.notebook.frontmatter import load_yaml

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.allow_duplicate_keys = True
    yaml.width = 10_000
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def _styled(value: Any) -> Any:
    """A new value in the notebook's usual style (block lists, multi-line text as ``|``)."""
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value)
    if isinstance(value, str) and _DAY.fullmatch(value):
        # The notebook reads a plain 2024-12-10 back as this very text; ruamel would quote
        # the string, so give it the date, which it writes plain (checked on read-back).
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _styled(item)
        return out
    if isinstance(value, list):
        return CommentedSeq(_styled(item) for item in value)
    return value


def update_front_matter(raw: str, old: dict[str, Any], new: dict[str, Any]) -> str | None:
    """``raw`` (front matter that parsed to ``old``) changed to hold ``new``, keeping all it
    can of how it was written; None when that cannot be done faithfully (then dump anew)."""
    yaml = _yaml()
    try:
        doc = yaml.load(raw)
    except Exception:  # ruamel rejects some YAML the notebook's loader reads: dump anew
        return None
    if not isinstance(doc, CommentedMap):
        return None
    for key in [k for k in doc if k not in new]:
        del doc[key]
    for key, value in new.items():
        if key in doc and key in old and old[key] == value:
            continue  # untouched: its text, comments, quotes and tag stay as they are
        doc[key] = _styled(value)
    out = io.StringIO()
    try:
        yaml.dump(doc, out)
    except Exception:
        return None
    text = out.getvalue()
    try:
        if load_yaml(text) != new:
            return None
    except ConfnotesError:
        return None
    return text
