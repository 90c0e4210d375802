"""Action items a user wrote in their notes: open tasks, TODOs and ``read:`` reminders.

People note follow-ups while listening (``- [ ] email the authors``, ``TODO try
this on our data``, ``read: the appendix``) and forget them by Monday. The
summary gathers them in one list, each with its talk. Checked tasks
(``- [x]``) are done and left out; text inside fenced code is not a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_TASK = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[ \]\s+(?P<text>.*)$")
_DONE_TASK = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[[xX]\]")
_TODO_WORD = re.compile(r"\bTODO\b")
_READ = re.compile(r"\bread:", re.IGNORECASE)
_PREFIX = re.compile(r"^\s*(?:>\s*)*(?:#{1,6}\s+|(?:[-*+]|\d{1,9}[.)])\s+)?")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


@dataclass(frozen=True)
class ActionItem:
    """One follow-up the user wrote, and where (1-based line of the note body)."""

    text: str
    """The item's Markdown text, without list marker or checkbox."""
    line: int


def action_items(body: str) -> list[ActionItem]:
    """Open tasks and lines with ``TODO`` or ``read:`` in a note body, in order, once each."""
    items: list[ActionItem] = []
    seen: set[str] = set()
    fence: str | None = None
    for number, line in enumerate(body.splitlines(), start=1):
        opener = _FENCE.match(line)
        if fence is not None:
            if (
                opener
                and opener.group(1)[0] == fence[0]
                and len(opener.group(1)) >= len(fence)
                and not line.strip().strip(fence[0])
            ):
                fence = None
            continue
        if opener and not (opener.group(1)[0] == "`" and "`" in line[opener.end() :]):
            fence = opener.group(1)
            continue
        if _DONE_TASK.match(line):
            continue
        task = _OPEN_TASK.match(line)
        if task:
            text = task.group("text").strip()
        elif _TODO_WORD.search(line) or _READ.search(line):
            text = _PREFIX.sub("", line, count=1).strip()
        else:
            continue
        if text and text not in seen:
            seen.add(text)
            items.append(ActionItem(text, number))
    return items
