"""A React (JSX/TSX) page: a script module whose programme is its markup, not its data.

The module's JSX elements are laid out as the HTML page they write
(:mod:`confnotes.importers.jsx_markup`) and read as any page is, its readings ranked as
a page's. A module whose literals the data reader reads as talks is that reader's
(``const talks = [...]`` rendered by ``talks.map(...)``): its markup holds no words of
its own.
"""

from __future__ import annotations

from confnotes.importers import jsx_markup
from confnotes.importers.programme import Programme

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
    """The source as the HTML page it writes, and the format that reads that."""
    from confnotes.importers.formats import html as html_format

    return html_format.written_page(_page(data))


def parse(data: bytes, source: str) -> Programme:
    """A programme from the source, read as the HTML page it writes.

    Raises:
        BadInputError: no elements with words in the source.
    """
    from confnotes.importers.formats import html as html_format

    return html_format.parse_written_page(
        _page(data), data, source, NAME, "a script whose JSX holds no words"
    )
