"""A Pug/Jade, Haml or Slim template: a programme written as element lines nested by
indentation instead of HTML tags.

The template's element lines are laid out as the HTML page they write
(:mod:`confnotes.importers.indent_markup`) and read as any page is.
"""

from __future__ import annotations

from confnotes.importers import indent_markup
from confnotes.importers.programme import Programme

NAME = "indented"


def _page(data: bytes) -> str | None:
    """The HTML page the template writes, a whole page (line for line with it)."""
    page = indent_markup.page(data.decode("utf-8", errors="replace").lstrip("\ufeff"))
    return None if page is None else f"<!DOCTYPE html><html><body>{page}</body></html>"


def detect(data: bytes) -> float:
    """Element lines with template syntax and words in them (0.8: more than the notes
    readers' guess at a text of short indented lines)."""
    return 0.0 if _page(data) is None else 0.8


NOTES_SUFFIXES = (".md", ".markdown", ".txt", ".org")
"""Names of notes files: one reads as a template only when it is one beyond doubt."""


def named(data: bytes, source: str, score: float) -> float:
    """The confidence for a file of this name: none for a notes file (``notes.md``)
    unless element lines with template syntax nest beyond doubt
    (:func:`~confnotes.importers.indent_markup.strong`)."""
    if not source.lower().endswith(NOTES_SUFFIXES):
        return score
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff")
    return score if indent_markup.strong(text) else 0.0


def why_not(data: bytes) -> str:
    """Why this is not a template."""
    return "no Pug, Haml or Slim element lines holding words"


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
        _page(data), data, source, NAME, "no Pug, Haml or Slim element lines holding words"
    )
