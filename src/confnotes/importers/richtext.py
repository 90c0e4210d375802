"""A page whose text is a rich-text tree in its front matter, read as the Markdown it shows.

Content systems built on ProseMirror (Statamic's Bard, TipTap, Kirby's and Strapi's
block editors) save a page's text not as Markdown but as a tree of nodes in the page's
front matter: ``content: [{type: paragraph, content: [{type: text, text: …, marks:
[{type: bold}]}, {type: hard_break}]}]``. Such a file has no body; every reader would
see metadata only. :func:`with_rich_text_body` writes the tree out as the Markdown body
a reader expects (paragraphs a blank line apart, a hard break a line break, bold and
italic marks as emphasis, links as links, headings and lists as theirs) and takes the
tree out of the front matter, so the page is read as the page it shows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from confnotes.errors import ConfnotesError
from confnotes.importers.formats.jekyll import split
from confnotes.notebook.frontmatter import load_yaml

_BLOCKS = frozenset(
    {"paragraph", "heading", "bullet_list", "bulletList", "ordered_list", "orderedList"}
    | {"list_item", "listItem", "blockquote", "code_block", "codeBlock"}
)
"""The block nodes of a ProseMirror document, in both spellings its editors save."""
_MAX_NODES = 20_000
"""Nodes written out at most: a hostile tree stays bounded."""


def _is_tree(value: Any) -> bool:
    """Whether a front-matter value is a rich-text tree: a list of block nodes, most of
    them with their ``type`` among ProseMirror's blocks."""
    if not isinstance(value, list) or not value:
        return False
    blocks = [n for n in value if isinstance(n, dict) and n.get("type") in _BLOCKS]
    return len(blocks) * 2 > len(value)


def _budgeted(nodes: Any, budget: list[int]) -> Iterator[dict[str, Any]]:
    """The nodes of a list, each spending one of the walk's ``budget``; the walk stops
    at the budget's end or at a node that is no mapping (a tree bounded on any input)."""
    for node in nodes if isinstance(nodes, list) else []:
        budget[0] -= 1
        if budget[0] < 0 or not isinstance(node, dict):
            return
        yield node


def _inline(nodes: Any, budget: list[int]) -> str:
    """The Markdown of a block's inline nodes: text with its marks, hard breaks."""
    out: list[str] = []
    for node in _budgeted(nodes, budget):
        kind = node.get("type")
        if kind in ("hard_break", "hardBreak"):
            out.append("\n")
            continue
        text = str(node.get("text") or "")
        if kind != "text" or not text:
            out.append(_inline(node.get("content"), budget))
            continue
        for mark in node.get("marks") or []:
            mark_type = mark.get("type") if isinstance(mark, dict) else None
            if mark_type in ("bold", "strong") and text.strip():
                text = f"**{text.strip()}**"
            elif mark_type in ("italic", "em") and text.strip():
                text = f"*{text.strip()}*"
            elif mark_type == "link" and isinstance(mark.get("attrs"), dict):
                text = f"[{text}]({mark['attrs'].get('href') or ''})"
        out.append(text)
    return "".join(out)


def _blocks(nodes: Any, budget: list[int], bullet: str = "") -> list[str]:
    """Each block of a tree as its Markdown paragraph (a list item with its bullet)."""
    out: list[str] = []
    for node in _budgeted(nodes, budget):
        kind = node.get("type")
        content = node.get("content")
        if kind in ("bullet_list", "bulletList"):
            out += _blocks(content, budget, "- ")
        elif kind in ("ordered_list", "orderedList"):
            out += _blocks(content, budget, "1. ")
        elif kind in ("list_item", "listItem"):
            inner = _blocks(content, budget)
            out.append(bullet + "\n".join(inner).replace("\n\n", "\n") if inner else "")
        elif kind == "heading":
            attrs = node["attrs"] if isinstance(node.get("attrs"), dict) else {}
            level = attrs.get("level", 2)
            level = level if isinstance(level, int) and 1 <= level <= 6 else 2
            out.append("#" * level + " " + _inline(content, budget).replace("\n", " "))
        elif kind == "paragraph":
            out.append(_inline(content, budget))
        elif isinstance(content, list):
            out += _blocks(content, budget, bullet)  # a set, a blockquote: its blocks
    return [b for b in out if b.strip()]


def with_rich_text_body(data: bytes) -> bytes:
    """``data`` with its front matter's rich-text tree written out as its Markdown body,
    when it has no body of its own; ``data`` as it is otherwise."""
    if b"type: paragraph" not in data[:200_000] and b'"paragraph"' not in data[:200_000]:
        return data
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    kind, front_text, body, first = split(text)
    if kind != "yaml" or first == 0 or body.strip():
        return data
    try:
        front = load_yaml(front_text, None, first_line=2)
    except ConfnotesError:
        return data
    if not isinstance(front, dict):
        return data
    keys = [k for k, v in front.items() if isinstance(k, str) and _is_tree(v)]
    if not keys:
        return data
    budget = [_MAX_NODES]
    written = "\n\n".join(b for k in keys for b in _blocks(front[k], budget))
    kept = _without_keys(front_text, keys)
    return f"---\n{kept}---\n\n{written}\n".encode()


def _without_keys(front: str, keys: list[str]) -> str:
    """Front matter's lines without the top-level ``keys`` and what they hold (the lines
    indented under them, or a list's dashes at their column)."""
    out: list[str] = []
    skipping = False
    for line in front.splitlines(keepends=True):
        top = re.match(r"^([^\s#-][^:]*):", line)
        if top:
            skipping = top.group(1).strip().strip("'\"") in keys
        elif line.strip() and not line[:1].isspace() and not line.startswith("-"):
            skipping = False
        if not skipping:
            out.append(line)
    return "".join(out)


__all__ = ["with_rich_text_body"]
