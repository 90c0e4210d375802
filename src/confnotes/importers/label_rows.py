"""A two-column table of labels and values: a list of records, one label per row.

Some programmes are written as one table whose rows pair a label with its value
(``Título | …``, ``Resumen | …``, ``Disertante | …``), the same few labels again for each
talk, each talk opened by a row that spans the table (``Viernes 19 de agosto - 11 a 13
hs. – Aula Magna``) or by its first label coming round again. Read row by row, such a
table is a list of label/value pairs that no column holds a talk of; read here, each
talk is one record whose fields are named by their labels, as ``**Speaker:** Name``
lines name a record's fields (:mod:`confnotes.importers.treerecords`), and what each
label holds is then decided by its values across the records. A glossary (``Term |
Meaning``, every label different) repeats no label, and is no list of records.
"""

from __future__ import annotations

from collections import Counter

from confnotes.importers import doctree

MAX_LABEL_WORDS = 4
MAX_LABEL = 40
"""Characters of a label at most (a label names a field in a word or two)."""


def runs(rows: list[doctree.Node]) -> list[list[doctree.Node]]:
    """The rows of each record of a label/value table (its opening row spanning the
    table first, when it has one); [] when ``rows`` are no such table: most rows a label
    and a value, two labels at least written again in each record."""
    shapes = [_shape(r) for r in rows]
    labels = [_label(r) for r, s in zip(rows, shapes, strict=True) if s == "pair"]
    if len(labels) < 4 or len(labels) * 2 < len(rows):
        return []
    counts = Counter(labels)
    repeated = [label for label, n in counts.items() if n >= 2]
    if len(repeated) < 2 or sum(counts[label] for label in repeated) * 3 < len(labels) * 2:
        return []
    opened_by_wide = any(
        s == "wide" and n + 1 < len(shapes) and shapes[n + 1] == "pair"
        for n, s in enumerate(shapes)
    )
    first = labels[0]
    out: list[list[doctree.Node]] = []
    current: list[doctree.Node] | None = None
    for n, (row, shape) in enumerate(zip(rows, shapes, strict=True)):
        if shape == "wide":
            opens = opened_by_wide and n + 1 < len(shapes) and shapes[n + 1] == "pair"
            current = [row] if opens else None  # a part's heading over its records
            if current is not None:
                out.append(current)
            continue
        if shape == "pair" and not opened_by_wide and _label(row) == first:
            current = [row]
            out.append(current)
            continue
        if current is not None and shape in ("pair", "more"):
            current.append(row)
    return [run for run in out if sum(1 for r in run if _shape(r) == "pair") >= 2]


def cells(row: doctree.Node) -> list[doctree.Node]:
    """The cells of a row that hold words."""
    return [c for c in row.children if c.kind == "cell"]


def label_of(row: doctree.Node) -> str:
    """The label a pair row writes in its first cell, lower-cased, without its colon."""
    return _label(row)


def _shape(row: doctree.Node) -> str:
    """``pair`` (a label, then a value), ``wide`` (one cell's words across the table),
    ``more`` (a value under the row above, its label cell empty) or ``other``."""
    held = cells(row)
    filled = [c for c in held if c.text.strip()]
    if len(filled) == 1 and held and held[0] is filled[0]:
        return "wide"
    if len(held) >= 2 and len(filled) == 1 and not held[0].text.strip():
        return "more"
    if len(filled) != 2 or held[0] is not filled[0] or held[1] is not filled[1]:
        return "other"
    text = " ".join(held[0].text.split()).rstrip(":：")
    short = len(text) <= MAX_LABEL and len(text.split()) <= MAX_LABEL_WORDS
    return "pair" if short and not any(c.isdigit() for c in text) else "other"


def _label(row: doctree.Node) -> str:
    held = cells(row)
    return " ".join(held[0].text.casefold().split()).rstrip(":：").strip() if held else ""


_BOUNDARIES = (". ", ": ", ":\xa0", ".\xa0")
MAX_CUTS = 3
"""Places a value line is tried at for the name it opens with (a title before it)."""


def lead_names(value: str) -> tuple[str, str] | None:
    """A value whose every line opens with a person's name, then words about them
    (``Ana Ruiz: investiga …``, ``Dr. Bo Li (UNC). Es profesor …``): the names, one per
    line, and the rest; None when a line opens with no one (a summary, an audience)."""
    from confnotes.importers.persons import is_person_name, split_speakers

    names: list[str] = []
    rest: list[str] = []
    for line in value.split("\n"):
        line = " ".join(line.split()).lstrip("-–—•* ")
        if not line:
            continue
        found = None
        at = 0
        for _ in range(MAX_CUTS):
            cuts = [i for i in (line.find(b, at) for b in _BOUNDARIES) if i > 0]
            cut = min(cuts) if cuts else len(line)
            people = split_speakers(line[:cut], single_ok=True)
            if len(people) == 1 and is_person_name(people[0].name):
                found = (people[0].name, line[cut + 1 :].strip())
                break
            if cut >= len(line):
                break
            at = cut + 1
        if found is None:
            return None
        names.append(found[0])
        rest.append(found[1])
    return ("\n".join(names), "\n".join(r for r in rest if r)) if names else None
