"""Notes for what is not on the programme: a hallway chat, a BoF, a poster, a late talk.

Such a note is an ordinary talk of a conference (same file, same front
matter), so search, exports and people pages treat it like any other. It goes
into the conference running at that moment by the conference's own clock;
when none runs, into a "Notes YYYY-MM-DD" conference for that day (created
once, reused for the rest of the day). The note carries no programme source,
so re-fetching a programme never marks it cancelled. No Textual here: the
``confnotes new`` command and the app's F7 dialog share it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from rapidfuzz import fuzz, process

from confnotes.errors import UsageError
from confnotes.knowledge.people import name_key
from confnotes.model import Conference, Person, Talk
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.now import Clock

NOTE_KINDS: dict[str, str] = {
    "talk": "talk",
    "bof": "panel",
    "hallway": "social",
    "poster": "poster",
    "other": "other",
}
"""The kinds offered for an unscheduled note → the model's talk kind. The chosen word is
also kept as a tag (``bof``, ``hallway``) so it stays searchable and exportable."""

NOTES_CONFERENCE_PREFIX = "notes-"
"""Id prefix of the per-day conference that holds notes made outside any conference."""


@dataclass
class NewNote:
    """What the user asked for: everything but the title is optional."""

    title: str
    kind: str = "talk"
    people: list[str] = field(default_factory=list)
    """Names or person ids; a name nobody has becomes a new person page."""
    conference: str | None = None
    """A conference id; None: the one running then (else the day's notes conference)."""
    day_notes: bool = False
    """True: into the day's notes conference, even while a conference runs."""
    at: datetime | None = None
    """A wall-clock time in the conference's zone; None: now by the conference's clock."""


def running_conference(nb: Notebook, clock: Clock) -> Conference | None:
    """The conference whose dates include today by its own clock (the latest one to start)."""
    running = [
        conf
        for conf in nb.conferences.values()
        if conf.start
        and (conf.start <= clock.local(conf).date() <= (conf.end or conf.start))
        and not conf.id.startswith(NOTES_CONFERENCE_PREFIX)
    ]
    running.sort(key=lambda c: (c.start or date.min, c.id))
    return running[-1] if running else None


def day_notes_conference(nb: Notebook, day: date) -> Conference:
    """The conference for notes made on ``day`` outside any conference (new, or the day's)."""
    conf_id = f"{NOTES_CONFERENCE_PREFIX}{day.isoformat()}"
    conf = nb.conferences.get(conf_id)
    if conf is not None and conf.path is not None:
        return conf
    return nb.new_conference(f"Notes {day.isoformat()}", conf_id=conf_id, start=day, end=day)


def suggest_people(nb: Notebook, text: str, limit: int = 5) -> list[Person]:
    """People whose name or alias is close to ``text``, best first (for completion)."""
    text = text.strip()
    if not text:
        return []
    choices: dict[str, str] = {}
    for person in nb.people.values():
        for name in (person.name, *person.aliases):
            choices[f"{person.id}\0{name}"] = name
    found = process.extract(text, choices, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=60)
    out: list[Person] = []
    for _name, _score, key in found:
        person = nb.people[key.split("\0", 1)[0]]
        if person not in out:
            out.append(person)
    return out[:limit]


def find_person(nb: Notebook, ref: str) -> Person | None:
    """The person ``ref`` names exactly (an id, a name or an alias, however written)."""
    if ref in nb.people:
        return nb.people[ref]
    key = name_key(ref)
    for person in nb.people.values():
        if any(name_key(n) == key for n in (person.name, *person.aliases)):
            return person
    return None


def plan_note(nb: Notebook, request: NewNote, clock: Clock) -> tuple[Talk, list[Person], bool]:
    """Build (not write) the note: the talk, the new people, and whether the conference is new.

    Raises:
        UsageError: an empty title, an unknown kind or conference.
    """
    title = " ".join(request.title.split())
    if not title:
        raise UsageError("a note needs a title")
    if request.kind not in NOTE_KINDS:
        raise UsageError(f"kind must be one of {', '.join(NOTE_KINDS)}, not {request.kind!r}")
    day = (request.at or clock.local(None)).date()
    if request.conference:
        conf = nb.conference(request.conference)
    elif request.day_notes:
        conf = day_notes_conference(nb, day)
    else:
        conf = running_conference(nb, clock) or day_notes_conference(nb, day)
    new_conference = conf.path is None or not conf.path.exists()
    start = (request.at or clock.local(conf)).replace(second=0, microsecond=0)
    speakers: list[str] = []
    new_people: list[Person] = []
    for ref in request.people:
        ref = " ".join(ref.split())
        if not ref:
            continue
        person = find_person(nb, ref) or next(
            (p for p in new_people if name_key(p.name) == name_key(ref)), None
        )
        if person is None:
            person = nb.new_person(ref)
            new_people.append(person)
        if person.id not in speakers:
            speakers.append(person.id)
    tags = [request.kind] if request.kind not in ("talk", "other") else []
    talk = nb.new_talk(
        conf.id, title, kind=NOTE_KINDS[request.kind], start=start, speakers=speakers, tags=tags
    )
    return talk, new_people, new_conference


def create_note(nb: Notebook, request: NewNote, clock: Clock) -> Talk:
    """Make and write the note (people first, then the conference, then the note).

    Planned on a copy of the notebook and handed to it: the notebook adopts what was
    written, so a UI drawing it meanwhile never sees its dicts change under it, and a
    failed write leaves nothing half-added to clean up.

    Raises:
        UsageError: see :func:`plan_note`.
        StorageError: a write failed (what was not written is not in the notebook).
    """
    plan = nb.planning_copy()
    talk, new_people, new_conference = plan_note(plan, request, clock)
    conferences = [plan.conferences[talk.conference]] if new_conference else []
    nb.apply_writes("saved", people=new_people, conferences=conferences, talks=[talk])
    return talk
