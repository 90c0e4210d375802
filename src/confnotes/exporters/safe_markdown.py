"""The one Markdown parser exports use: CommonMark plus tables, safe by construction.

Notes and imported text are untrusted once rendered to HTML and shared. So the
parser never passes raw HTML through (``html=False`` escapes it), accepts only
``http``, ``https`` and ``mailto`` links (plus links inside the page, ``#...``),
and turns images into plain links so that opening the page loads nothing from
elsewhere. The Markdown exporter parses with the same parser, so the headings
it counts (for the table of contents) are the headings the HTML will have.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from confnotes.notebook.link_pickup import prose_lines

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


def is_notebook_file(url: str) -> bool:
    """True for a plain relative path that stays inside the notebook (``relml-2025/slides.pdf``,
    ``attachments/NAME``): the Markdown export rebases a note's relative links on the
    notebook folder, so the export saved there opens them. (The HTML export accepts only
    the notebook's attachments, embedded: see :mod:`confnotes.exporters.embed`.)"""
    if not url or _INVISIBLE.search(url) or _SCHEME.match(url) or "\\" in url:
        return False
    if url.startswith(("/", "#", "?")):
        return False
    path = url.split("#", 1)[0].split("?", 1)[0]
    normal = posixpath.normpath(path)
    return bool(path) and normal != "." and not normal.startswith("..")


def rebase_relative_links(body: str, folder: str) -> str:
    """A note's Markdown with each relative link (``[slides](attachments/s.pdf)``, images too)
    made relative to the notebook folder instead of the note's own folder; a link that would
    leave the notebook is left as written (and is then not a link in an HTML export)."""
    if "](" not in body:
        return body
    lines = body.splitlines(keepends=True)
    for number, prose in prose_lines(body):
        if "](" not in prose:
            continue
        line = lines[number - 1]
        out, done = [], 0
        for m in _LINK_DEST.finditer(prose):
            dest = line[m.start(1) : m.end(1)]
            joined = posixpath.normpath(posixpath.join(folder, dest)) if folder else dest
            if _SCHEME.match(dest) or dest.startswith(("/", "#")) or not is_notebook_file(joined):
                continue
            out += [line[done : m.start(1)], joined]
            done = m.end(1)
        if out:
            lines[number - 1] = "".join([*out, line[done:]])
    return "".join(lines)


_LINK_DEST = re.compile(r"\]\(([^()\s<>]{1,500})(?:\s+\"[^\"\n]{0,300}\")?\)")


def make_parser(linkify: bool = False) -> MarkdownIt:
    """CommonMark + tables, raw HTML escaped, unsafe links dropped, images as links.

    ``linkify``: bare ``https://...`` addresses (and ``www.`` ones) become links too.
    """
    md = MarkdownIt("commonmark", {"html": False, "linkify": linkify, "typographer": False})
    md.enable("table")
    if linkify:
        md.enable("linkify")
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
