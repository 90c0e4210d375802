"""Format names listed without importing the parsers match the parsers' own NAME."""

from __future__ import annotations

from confnotes.importers.formats import format_names
from confnotes.importers.registry import FORMATS


def test_format_names_match_the_modules() -> None:
    assert format_names() == sorted(FORMATS)
    for name, module in FORMATS.items():
        assert name == module.NAME
