"""The reading list for reference managers: CSL-JSON and RIS (Zotero imports both).

Each paper of the reading list (see :func:`.summary.reading_list`) with the title,
authors, venue and year fetched by ``confnotes papers refresh`` (or what its
address says, offline). A link's label such as "Paper" is never used as a title.
"""

from __future__ import annotations

import json
from typing import Any

from confnotes.exporters.selection import Selection
from confnotes.exporters.summary import ReadingItem, build_summary
from confnotes.notebook.notebook import Notebook


def _title(item: ReadingItem) -> str:
    return item.title or item.label or item.paper.label


def _name(author: str) -> dict[str, str]:
    """CSL name parts: the last word is the family name (``literal`` for one word)."""
    words = author.split()
    if len(words) < 2:
        return {"literal": author}
    return {"family": words[-1], "given": " ".join(words[:-1])}


def csl_item(item: ReadingItem, number: int) -> dict[str, Any]:
    """One CSL-JSON item (``article`` for preprints, ``paper-conference`` otherwise)."""
    paper = item.paper
    data: dict[str, Any] = {
        "id": paper.key or f"paper-{number}",
        "type": "article" if paper.arxiv and item.venue in ("", "arXiv") else "paper-conference",
        "title": _title(item),
        "URL": paper.url,
    }
    if item.authors:
        data["author"] = [_name(a) for a in item.authors]
    if item.venue:
        data["container-title"] = item.venue
    if item.year:
        data["issued"] = {"date-parts": [[item.year]]}
    if paper.doi:
        data["DOI"] = paper.doi
    if paper.arxiv:
        data["number"] = f"arXiv:{paper.arxiv}"
    if item.fetched:
        data["accessed"] = {"date-parts": [[int(x) for x in item.fetched[:10].split("-")]]}
    sources = "; ".join(dict.fromkeys(s.talk.title for s in item.sources))
    if sources:
        data["note"] = f"Linked from {sources}"
    return data


def export_csl_json(nb: Notebook, sel: Selection | None = None) -> str:
    """The reading list as a CSL-JSON array."""
    summary = build_summary(nb, sel or Selection())
    items = [csl_item(item, i) for i, item in enumerate(summary.reading, 1)]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def _ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.split())}"


def export_ris(nb: Notebook, sel: Selection | None = None) -> str:
    """The reading list as RIS records (``JOUR`` for preprints, ``CPAPER`` otherwise)."""
    summary = build_summary(nb, sel or Selection())
    lines: list[str] = []
    for item in summary.reading:
        paper = item.paper
        kind = "JOUR" if paper.arxiv and item.venue in ("", "arXiv") else "CPAPER"
        lines.append(_ris_line("TY", kind))
        lines.append(_ris_line("TI", _title(item)))
        lines.extend(_ris_line("AU", a) for a in item.authors)
        if item.venue:
            lines.append(_ris_line("T2", item.venue))
        if item.year:
            lines.append(_ris_line("PY", str(item.year)))
        if paper.doi:
            lines.append(_ris_line("DO", paper.doi))
        lines.append(_ris_line("UR", paper.url))
        sources = "; ".join(dict.fromkeys(s.talk.title for s in item.sources))
        if sources:
            lines.append(_ris_line("N1", f"Linked from {sources}"))
        lines.append("ER  - ")
        lines.append("")
    return "\r\n".join(lines) + ("\r\n" if lines else "")
