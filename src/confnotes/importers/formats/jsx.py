"""A React (JSX/TSX) page: a script module whose programme is its markup, not its data.

The module's JSX elements are laid out as the HTML page they write
(:mod:`confnotes.importers.jsx_markup`) and read as any page is, its readings ranked as
a page's. A module whose literals the data reader reads as talks is that reader's
(``const talks = [...]`` rendered by ``talks.map(...)``): its markup holds no words of
its own.
"""

from __future__ import annotations

from confnotes.errors import BadInputError
from confnotes.importers import jsx_markup
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import decode

NAME = "jsx"


def _page(data: bytes) -> str | None:
    """The HTML page the module writes, a whole page (line for line with the module)."""
    page = jsx_markup.page(data.decode("utf-8", errors="replace").lstrip("\ufeff"))
    return None if page is None else f"<!DOCTYPE html><html><body>{page}</body></html>"


def detect(data: bytes) -> float:
    """A script module whose elements hold words (0.8: more than the notes readers'
    guess at a text of code lines), unless its literals are programme data."""
    from confnotes.importers.formats import sessions

    if _page(data) is None or sessions.detect(data) > 0:
        return 0.0
    return 0.8


def why_not(data: bytes) -> str:
    """Why this is not a React page."""
    return "no script module whose JSX elements hold words"


def translate(data: bytes) -> tuple[bytes, str]:
    """The module as the HTML page its JSX writes, and the format that reads that."""
    page = _page(data)
    return (page if page is not None else "").encode("utf-8"), "html"


def parse(data: bytes, source: str) -> Programme:
    """A programme from a React page, read as the HTML page it writes.

    Raises:
        BadInputError: no JSX elements with words in the module.
    """
    from confnotes.importers.formats import html as html_format

    page = _page(data)
    if page is None:
        raise BadInputError("a script whose JSX holds no words", source, 1)
    decode(data, source)  # the same checks of the bytes as any text
    programme = html_format.parse(page.encode("utf-8"), source)
    programme.format = NAME
    return programme
