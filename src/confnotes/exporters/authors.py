"""Who wrote which notes in a team's notebook: the ``noted_by`` list ``confnotes sync`` fills.

Every teammate syncing adds their git name to the notes whose body they
changed; the exports use it to attribute notes once more than one person wrote
them (a solo notebook reads as before).
"""

from __future__ import annotations

from confnotes.model import Talk

NOTED_BY = "noted_by"
"""Front-matter key ``confnotes sync`` fills with the git names of who wrote a note."""


def note_authors(talk: Talk) -> list[str]:
    """Who wrote this talk's notes (the ``noted_by`` list a team sync keeps), maybe empty."""
    value = talk.extra.get(NOTED_BY)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if isinstance(v, (str, int, float)) and str(v).strip()]
    return []


def team_authors(talks: list[Talk]) -> dict[str, int]:
    """Each note author of these talks with how many noted talks they wrote in, by name."""
    counts: dict[str, int] = {}
    for talk in talks:
        if talk.has_notes:
            for name in note_authors(talk):
                counts[name] = counts.get(name, 0) + 1
    return dict(sorted(counts.items(), key=lambda item: item[0].casefold()))
