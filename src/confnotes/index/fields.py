"""What the readers that do without Whoosh know of the index's schema.

:mod:`confnotes.index.light` and :mod:`confnotes.index.overlay` read and rank
without importing Whoosh, so they cannot ask the schema
(``whoosh_index.make_schema``) how each field is indexed and scored;
``tests/unit/test_index_light.py`` checks every table here against it.
"""

from __future__ import annotations

SCORED = frozenset(
    {"title", "conf", "speakers", "aliases", "affiliation", "session", "room", "tag"}
    | {"mentions", "text"}
)
"""The fields ranked by BM25F: the schema's word fields (``scorable``), indexed with
positions. A match in any other field (ids, kinds, links, URLs) adds its weight, as
Whoosh's ``WeightScorer`` does."""
VALUE_SIZES: dict[str, int | None] = {
    "date": 4,
    "link": 4,
    "speaker_ids": 4,
    "url": 4,
    "conference": 0,
    "doctype": 0,
    "id": 0,
    "key": 0,
    "kind": 0,
    "spell": 0,
}
"""Each indexed field's posting value size as its format says (``fixed_value_size``):
0 for none, 4 for a frequency, absent (None) for positions."""
STORED = (
    *("abstract", "body", "conference", "day", "doctype"),
    *("id", "key", "speaker_names", "title", "ts"),
)
"""The fields whose values a document keeps (a hit is shown from them)."""
B = 0.75
K1 = 1.2
"""BM25F's parameters (Whoosh's defaults, which the index's searches use)."""
TIME_OFFSET = 1 << 63
"""``ts`` is kept in its column as an unsigned number (``NUMERIC``'s sortable form)."""
NO_TIME = (1 << 64) - 1
"""The ``ts`` column's value for a document without one."""
