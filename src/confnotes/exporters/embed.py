"""Attachments in the HTML export: photos shown in the page, PDFs downloadable from it.

The page stays one file that loads nothing: a note's link to one of the
notebook's own attachments (``../attachments/NAME``, see
:mod:`confnotes.knowledge.attachments`) becomes a ``data:`` URI: an ``<img>`` for an
image, a download link for a PDF. Nothing else relative is accepted, so a note
cannot make the page read other files. Files larger than :data:`EMBED_LIMIT`
are named, not embedded.
"""

from __future__ import annotations

import base64
import mimetypes
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

from confnotes.exporters.safe_markdown import is_safe_url
from confnotes.knowledge.attachments import IMAGE_SUFFIXES, attachment_of

EMBED_LIMIT = 15_000_000
"""Largest attachment embedded in a page (a phone photo is a few MB)."""


def _data_uri(path: Path) -> str | None:
    try:
        if path.stat().st_size > EMBED_LIMIT:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def embed_attachments(md: MarkdownIt, root: Path) -> None:
    """Make ``md`` accept links to ``root``'s attachments and render them embedded."""
    rules: dict[str, Any] = getattr(md.renderer, "rules", {})
    previous_image = rules.get("image")
    previous_link = rules.get("link_open")

    def valid(url: str) -> bool:
        return is_safe_url(url) or attachment_of(url, root) is not None

    def image(
        self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
    ) -> str:
        token = tokens[idx]
        path = attachment_of(str(token.attrGet("src") or ""), root)
        if path is not None and path.suffix.lower() in IMAGE_SUFFIXES:
            uri = _data_uri(path)
            alt = escapeHtml(self.renderInlineAsText(token.children or [], options, env))
            if uri is not None:
                return f'<img src="{uri}" alt="{alt}" style="max-width:100%;height:auto">'
            return f"<span>image: {alt} (attachments/{escapeHtml(path.name)})</span>"
        assert previous_image is not None
        return str(previous_image(tokens, idx, options, env))

    def link_open(
        self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]
    ) -> str:
        token = tokens[idx]
        path = attachment_of(str(token.attrGet("href") or ""), root)
        if path is not None:
            uri = _data_uri(path)
            if uri is None:
                return f'<a title="attachments/{escapeHtml(path.name)} (too large to embed)">'
            return f'<a href="{uri}" download="{escapeHtml(path.name)}">'
        assert previous_link is not None
        return str(previous_link(tokens, idx, options, env))

    md.validateLink = valid  # type: ignore[method-assign]
    md.add_render_rule("image", image)
    md.add_render_rule("link_open", link_open)
