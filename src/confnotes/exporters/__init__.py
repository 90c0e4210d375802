"""Exporters: pure functions from a notebook and a selection to a document.

No printing, no files, no Textual: the CLI (``confnotes export``) and the
app's export dialog both call :func:`export` and write the text themselves.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from confnotes.errors import UsageError
from confnotes.exporters.selection import ONLY_CHOICES, Selection
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.slugs import make_slug

__all__ = [
    "EXPORT_FORMATS",
    "FORMAT_DESCRIPTIONS",
    "FORMAT_EXTENSIONS",
    "ONLY_CHOICES",
    "Selection",
    "export",
    "suggested_filename",
]


def _lazy(module: str, function: str) -> Callable[[Notebook, Selection], str]:
    """An exporter imported on first use, so ``confnotes --help`` and search start fast."""

    def render(nb: Notebook, selection: Selection) -> str:
        exporter = getattr(importlib.import_module(f"confnotes.exporters.{module}"), function)
        return str(exporter(nb, selection))

    render.__name__ = render.__qualname__ = function
    return render


EXPORT_FORMATS: dict[str, Callable[[Notebook, Selection], str]] = {
    "md": _lazy("markdown_export", "export_markdown"),
    "html": _lazy("html_export", "export_html"),
    "json": _lazy("json_export", "export_json"),
    "bibtex": _lazy("bibtex_export", "export_bibtex"),
    "csl-json": _lazy("reading_export", "export_csl_json"),
    "ris": _lazy("reading_export", "export_ris"),
    "ics": _lazy("ics_export", "export_ics"),
}
"""Export formats by name (the values of ``confnotes export --format``)."""

FORMAT_EXTENSIONS: dict[str, str] = {
    "md": ".md",
    "html": ".html",
    "json": ".json",
    "bibtex": ".bib",
    "csl-json": ".json",
    "ris": ".ris",
    "ics": ".ics",
}
"""File-name extension of each format, for a suggested output file name."""

FORMAT_DESCRIPTIONS: dict[str, str] = {
    "md": "Markdown summary: talks by day and session with your notes, people, "
    "reading list, action items",
    "html": "the same summary as one standalone web page (no scripts, nothing loaded "
    "from elsewhere; prints well)",
    "json": "all the data, in the stable confnotes JSON schema",
    "bibtex": "BibTeX: one entry per talk and per paper of the reading list",
    "csl-json": "CSL-JSON reading list (Zotero, Pandoc, citeproc): the papers with their "
    "fetched titles, authors, venue and year",
    "ris": "RIS reading list (Zotero, EndNote, Mendeley): the same papers",
    "ics": "iCalendar: your schedule (starred or attended talks, or --only's) for any "
    "calendar app; re-importing it updates the events",
}
"""One line per format, for help texts and the app's export dialog."""


def export(nb: Notebook, fmt: str, selection: Selection | None = None) -> str:
    """Render the talks ``selection`` picks (all of them by default) in format ``fmt``.

    Raises:
        UsageError: an unknown format, conference or filter.
    """
    try:
        render = EXPORT_FORMATS[fmt]
    except KeyError:
        known = ", ".join(EXPORT_FORMATS)
        raise UsageError(f"unknown export format {fmt!r} (known: {known})") from None
    return render(nb, selection or Selection())


def suggested_filename(selection: Selection, fmt: str) -> str:
    """A file name for an export: ``<conference or 'confnotes'>[-<filter>].<ext>``."""
    stem = make_slug(selection.conference, "confnotes") if selection.conference else "confnotes"
    if selection.only:
        stem += f"-{selection.only}"
    return stem + FORMAT_EXTENSIONS.get(fmt, ".txt")
