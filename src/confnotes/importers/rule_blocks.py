"""Notes whose talks are parted by rules, not headings: a line of dashes (or stars,
or underscores), then the talk's title alone on its line, then its notes.

Plain-text notes (and Markdown written as plain text) mark a new talk the way a
typewriter would: a rule across the page and the title under it. Without a heading
the outline's readers see one long note. When the rules repeat and each opens on a
short line standing alone, those lines are the talks' headings; the text is read
again with them marked so (line for line, so every line keeps its number and its
words), and the text's own first line, standing alone, as its title.
"""

from __future__ import annotations

from confnotes.importers.document_names import opening_label
from confnotes.importers.structure import Block, Outline, read
from confnotes.importers.textutil import strip_markdown_inline

RULES_LEAST = 2
"""Rules each followed by a title line before the rules part talks."""
TITLE_WORDS = 14
"""Words a title line may hold; a longer line is a sentence of the notes."""


def rule_titles(outline: Outline) -> list[int]:
    """The lines that open the blocks after the rules, when every rule but one is
    followed by a title line (one short line of its own, no sentence's end) and at least
    :data:`RULES_LEAST` are; [] otherwise, and for a text with headings."""
    if outline.sections():
        return []
    blocks = outline.root.blocks
    rules = [n for n, b in enumerate(blocks) if b.kind == "hr"]
    titles = [
        blocks[n + 1].first
        for n in rules
        if n + 1 < len(blocks) and _title_block(blocks[n + 1], outline.lines)
    ]
    if len(titles) < RULES_LEAST or len(titles) + 1 < len(rules):
        return []
    return titles


def _title_block(block: Block, lines: list[str]) -> bool:
    """A paragraph of one short line that ends no sentence: a title standing alone."""
    if block.kind != "paragraph" or block.first != block.last:
        return False
    words = strip_markdown_inline(lines[block.first]).strip()
    return 0 < len(words.split()) <= TITLE_WORDS and not words.endswith((".", "!", "。"))


def headed(text: str) -> Outline | None:
    """The text's outline with its rule-parted titles as level-2 headings (and its first
    line, standing alone, as the level-1 title); None when the rules part no talks."""
    outline = read(text)
    titles = rule_titles(outline)
    if not titles:
        return None
    lines = text.split("\n")
    for n in titles:
        lines[n] = "## " + lines[n].strip()
    top = outline.front_last + 1
    if opening_label(outline):
        first = next(n for n in range(top, len(lines)) if lines[n].strip())
        if first < titles[0]:
            lines[first] = "# " + lines[first].strip()
    return read("\n".join(lines))
