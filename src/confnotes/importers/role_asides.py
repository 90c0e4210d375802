"""A speaker's bracketed aside that only names a role (``Ana Ruiz (moderator)``,
``Bo Chen (Chair)``, ``Имя Фамилия (модератор)``): the person chairs the talk and does
not give it. Every reader keeps such an aside as a person's affiliation; one pass over
the programme, whatever read it, moves them to the chairs, in any language the role
words of :data:`confnotes.importers.fields.ROLE_WORDS` know."""

from __future__ import annotations

from confnotes.importers.fields import key_words, roles_of
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeRole


def _chairs_only(person: ProgrammePerson) -> bool:
    """Whether the person's one affiliation is a chair's role word or two (``Session
    chair``), no job (``Chair of the Board, Acme``)."""
    if len(person.affiliations) != 1:
        return False
    words = key_words(person.affiliations[0])
    return 0 < len(words) <= 2 and roles_of(person.affiliations[0]) == {"chair"}


def chairs_from_asides(programme: Programme) -> None:
    """People whose aside says they chair (``Ana Ruiz (moderator)`` beside a panel's
    panellists) become chairs (a programme role), while someone else is left to give the
    item: a panel's moderator is its chair. An ordinary talk whose one named person a
    table marks ``(Chair)`` or ``(Session Chair)`` is still given by them, as the
    programme reads it (the mark tells who chairs the session, not that no one speaks)."""
    known = {(r.person.name, r.role) for r in programme.roles}
    for talk in programme.talks:
        chairs = [p for p in talk.speakers if _chairs_only(p)]
        if not chairs or len(chairs) == len(talk.speakers):
            continue  # no one marked chair, or no one else named: the speakers as read
        talk.speakers = [p for p in talk.speakers if p not in chairs]
        for person in chairs:
            if (person.name, "chair") not in known:
                known.add((person.name, "chair"))
                programme.roles.append(ProgrammeRole(ProgrammePerson(person.name), "chair"))
