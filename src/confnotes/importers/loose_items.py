"""HTML list items written with no list around them: ``<b>Day 1</b><br><li> Ana: Title
<br><li> Bo: Title`` in a hand-written page. An HTML5 parser keeps each ``<li>`` an item
but makes no list of them, and the words between them (the next day's bold line, after a
``<br><br>``) fall inside the item before. A reader sees a list a day: each run of such
items is one list, and a short line naming a day written just before an item (whatever
element holds it) starts a new one, that line its lead-in."""

from __future__ import annotations

import re

from confnotes.importers import doctree
from confnotes.importers.headings import DAY_RE

DAY_LINE_MOST = 60
"""The longest line read as a day's label over a list (``Day 2 (Wednesday 1/20/16)``)."""
_LOOK_BACK = 300
"""Characters before an item searched for the line written over it."""
_TAG_RE = re.compile(r"<[^<>]{0,300}>")


def line_before(text: str, start: int) -> str:
    """The last line with words written before offset ``start``, its tags taken off."""
    for line in reversed(text[max(0, start - _LOOK_BACK) : start].split("\n")):
        words = " ".join(_TAG_RE.sub(" ", line).split())
        if words:
            return words
    return ""


def day_line(line: str) -> bool:
    """A short line naming a day (``Day 2 (Wednesday 1/20/16)``, ``Jueves 14``)."""
    return 0 < len(line) <= DAY_LINE_MOST and bool(DAY_RE.search(line))


def loose_lists(doc: doctree.Document, nodes: list[doctree.Node]) -> list[doctree.Node]:
    """``nodes`` with each run of list items that stand outside any list made one list,
    a new list (after a paragraph holding its day's line) where a day's line is written
    over an item; runs of one item stay as they are."""
    out: list[doctree.Node] = []
    run: list[doctree.Node] = []

    def close() -> None:
        if len(run) >= 2:
            out.append(doctree.Node("list", run[0].start, run[-1].end, children=list(run)))
        else:
            out.extend(run)
        run.clear()

    for node in nodes:
        if node.kind == "blank" and run:
            continue
        if node.kind != "item" or not node.spanned:
            close()
            out.append(node)
            continue
        over = line_before(doc.source, node.start)
        if day_line(over):
            close()
            out.append(doctree.Node("paragraph", -1, -1, text=over))
        run.append(node)
    close()
    return out
