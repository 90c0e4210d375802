"""A person's Markdown notes read as Markdown: code fences closing after a short line
(``end``, ``}``) are no reStructuredText section underlines."""

from __future__ import annotations

from confnotes.importers import doctree


def test_markdown_fences_closing_code_are_no_rst_underlines() -> None:
    text = (
        "# Day one\n\n## Blocks in Ruby\n\n```ruby\nitems.each do |x|\n  puts x\nend\n```\n\n"
        "## Pattern matching\n\n~~~\ncase value\nin {name:}\nend\n~~~\n\n"
        "# Day two\n\n## Fibers\n\n```\nf = Fiber.new { 1 }\n}\n```\n"
    )
    assert not doctree.looks_rst(text)
    headings = [n.text for n in doctree.parse(text).root.walk() if n.kind == "heading"]
    assert headings[:3] == ["Day one", "Blocks in Ruby", "Pattern matching"]
