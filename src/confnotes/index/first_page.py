"""A keystroke's first page, when the whole text matches more notes than a keystroke can rank.

Whoosh scores every note a query matches, in Python: about two microseconds a note on
the machine the targets are measured on, so a word in a fifth of 50,000 notes takes
longer than a keystroke may, and a three-letter prefix (two dozen completions) or a
word in nearly every note several times longer. A keystroke's search therefore first
counts what ranking the whole text would cost (the postings of every word it looks
up). Within :data:`AFFORDABLE`, it ranks the whole text as ``confnotes search`` does.
Past it, it ranks the notes whose **title or speakers** hold the words (Meilisearch's
*attribute* rule: a word in the title says more than the same word in the body):
short posting lists, a few milliseconds. When they fill the page, that page is the
keystroke's answer, marked partial; the search screen asks for the ranking of every
note once the typing pauses. When they do not, the search falls back to the time
budget of :meth:`~confnotes.index.base.SearchIndex.search`.

The notes of the first page are always notes of the complete answer: every word still
has to match (in the title or speakers, which the text holds), and a word the query
excludes is still excluded from the whole text.
"""

from __future__ import annotations

from typing import Any

HEAD_FIELDS = ("title", "speakers")
"""Where a word says most about a note (see ``documents.W_*``): its title and speakers."""
TEXT = "text"
DROPPED = ("spell", "attachment")
"""Fields of the text query with no counterpart in the head (the exact spelling bonus
and the attached PDFs): left out of the first page's query."""
AFFORDABLE = 5000
"""Postings a keystroke's search may score over the whole text (~10 ms at 2 µs each)."""


def postings_to_score(q: Any, reader: Any) -> int:
    """How many postings the search of ``q`` walks: the notes of each word it looks up."""
    total = 0
    try:
        for fieldname, text in q.iter_all_terms():
            total += reader.doc_frequency(fieldname, text)
    except Exception:  # a query kind that cannot list its terms: assume the worst
        return reader.doc_count_all()
    return total


def head_query(q: Any) -> Any:
    """``q`` with each word of the weighted text looked up in the title or speakers
    instead (phrases in the title); exclusions and field queries are kept as written."""
    from whoosh import query as wq

    if isinstance(q, wq.Term):
        if q.fieldname == TEXT:
            return wq.Or([wq.Term(name, q.text, boost=q.boost) for name in HEAD_FIELDS])
        return wq.NullQuery if q.fieldname in DROPPED else q
    if isinstance(q, wq.Phrase):
        if q.fieldname == TEXT:
            return wq.Phrase(HEAD_FIELDS[0], q.words, slop=q.slop, boost=q.boost)
        return wq.NullQuery if q.fieldname in DROPPED else q
    if isinstance(q, wq.ConstantScoreQuery):
        return wq.NullQuery  # the exact-spelling bonus: the spell field has no head
    if isinstance(q, wq.AndNot):
        return wq.AndNot(head_query(q.a), q.b)  # excluded from the whole text, as asked
    if isinstance(q, wq.AndMaybe | wq.Require):
        return type(q)(head_query(q.a), head_query(q.b))
    if type(q) in (wq.And, wq.Or):
        return type(q)([head_query(sub) for sub in q.subqueries], boost=q.boost)
    return q
