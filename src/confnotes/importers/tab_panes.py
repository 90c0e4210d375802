"""The label of a tab, given to the pane it shows.

A page built with Bootstrap (or any tab widget) lists its days or tracks as a row of
tabs, links that each point at a pane by its id (``<a href="#day2">Tuesday</a>``, or a
button's ``aria-controls="day2"`` / ``data-target="#day2"``), then writes the panes one
after the other (``<div class="tab-pane" id="day2">``). A reader clicks a tab and sees
its pane: the tab's label is the pane's heading. Read in source order, the labels all
come first and the last one would date every pane; this module finds each pane's
label so that the reader can say it again where the pane opens."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

MAX_CHARS = 2_000_000
"""A page longer than this is not searched for tabs."""
MAX_TABS = 40
"""A row of more links than this is a menu, not tabs."""

_TAB_LINK_RE = re.compile(
    r"<(?:a|button)\b([^<>]{0,400})>([^<>]{1,120})</(?:a|button)\s{0,5}>",
    re.I,
)
"""A link or button whose words are plain text (a tab's label)."""
_TARGET_RE = re.compile(
    r"""\b(?:href|data-(?:bs-)?target)\s{0,5}=\s{0,5}["']#([\w:.-]{1,80})["']"""
    r"""|\baria-controls\s{0,5}=\s{0,5}["']([\w:.-]{1,80})["']""",
    re.I,
)
"""The id a tab shows: its ``#id`` link or target, or its ``aria-controls``."""
_ID_RE = re.compile(r"""\bid\s{0,5}=\s{0,5}["']([\w:.-]{1,80})["']""", re.I)
"""An element's ``id`` attribute (a pane's)."""


def tab_labels(text: str) -> dict[str, str]:
    """Each pane's id and the label of the tab that shows it, when the page has two tabs
    or more whose targets are elements written after them (a pane is on the page, a
    link to an anchor elsewhere is no tab); ``{}`` otherwise. An id shown by two tabs of
    different labels is left out (a pane has one label)."""
    if len(text) > MAX_CHARS:
        return {}
    found: dict[str, str] = {}
    ends: dict[str, int] = {}
    clash: set[str] = set()
    for m in _TAB_LINK_RE.finditer(text):
        target = _TARGET_RE.search(m.group(1))
        label = " ".join(html.unescape(m.group(2)).split())
        if target is None or not label:
            continue
        pane = target.group(1) or target.group(2)
        if found.get(pane, label) != label:
            clash.add(pane)
        found.setdefault(pane, label)
        ends.setdefault(pane, m.end())
    if len(found) > MAX_TABS:
        return {}
    ids: dict[str, int] = {}
    for m in _ID_RE.finditer(text):
        ids.setdefault(m.group(1), m.start())
    panes = {
        pane: label
        for pane, label in found.items()
        if pane not in clash and ids.get(pane, -1) > ends[pane]
    }
    return panes if len(panes) >= 2 else {}


def pane_opened(line: str, labels: Mapping[str, str]) -> str:
    """The label of the pane whose element opens on ``line`` (its ``id``), or ``""``."""
    if not labels or "id" not in line.lower():
        return ""
    for m in _ID_RE.finditer(line):
        if m.group(1) in labels:
            return labels[m.group(1)]
    return ""
