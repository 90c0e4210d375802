"""The one Markdown parser exports use: CommonMark plus tables, safe by construction.

Notes and imported text are untrusted once rendered to HTML and shared. So the
parser never passes raw HTML through (``html=False`` escapes it), accepts only
``http``, ``https`` and ``mailto`` links (plus links inside the page, ``#...``),
and turns images into plain links so that opening the page loads nothing from
elsewhere. The Markdown exporter parses with the same parser, so the headings
it counts (for the table of contents) are the headings the HTML will have.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
"""The only link schemes an export keeps."""

_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.IGNORECASE)


def is_safe_url(url: str) -> bool:
    """True for http(s)/mailto addresses and in-page ``#anchors``; False for anything else.

    Browsers ignore tabs, newlines and leading control characters in URLs
    (``java\\tscript:``), so they are removed before looking at the scheme.
    Relative addresses other than ``#anchors`` are refused too: an export is a
    single file, so a relative link could only point at a file that is not there.
    """
    cleaned = _INVISIBLE.sub("", url)
    if cleaned.startswith("#"):
        return True
    match = _SCHEME.match(cleaned)
    if not match:
        return False
    scheme = match.group(1).lower()
    if scheme not in SAFE_SCHEMES:
        return False
    if scheme in ("http", "https"):
        return cleaned[len(scheme) + 1 :].startswith("//") and len(cleaned) > len(scheme) + 3
    return True


def make_parser() -> MarkdownIt:
    """CommonMark + tables, raw HTML escaped, unsafe links dropped, images as links."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.validateLink = is_safe_url  # type: ignore[method-assign]
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_open)
    return md


def _render_image(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    """An image becomes a link to it: the page must not fetch anything when opened."""
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    alt = self.renderInlineAsText(token.children or [], options, env) or "image"
    from markdown_it.common.utils import escapeHtml

    label = escapeHtml(f"image: {alt}")
    if not is_safe_url(src):
        return f"<span>{label}</span>"
    return f'<a href="{escapeHtml(src)}" rel="nofollow noopener noreferrer">{label}</a>'


def _render_link_open(
    self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
) -> str:
    """Links that leave the page tell the other site nothing about where they came from."""
    token = tokens[idx]
    href = str(token.attrGet("href") or "")
    if not href.startswith("#"):
        token.attrSet("rel", "nofollow noopener noreferrer")
    return str(self.renderToken(tokens, idx, options, env))


def inline_text(token: Token) -> str:
    """The plain text of an inline token (what a reader sees, markup removed)."""
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(inline_text(child))
    return "".join(parts)


_NOT_SLUG = re.compile(r"[^\w\- ]", re.UNICODE)


class Slugger:
    """GitHub-style heading anchors (``Reading list`` → ``reading-list``), unique per document."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def slug(self, text: str) -> str:
        """The next anchor for a heading with this text."""
        base = _NOT_SLUG.sub("", text.strip().lower()).replace(" ", "-") or "section"
        slug = base
        while slug in self._seen:
            self._seen[base] += 1
            slug = f"{base}-{self._seen[base]}"
        self._seen[slug] = 0
        return slug
