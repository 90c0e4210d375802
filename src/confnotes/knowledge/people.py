"""Who is who: one person however their name is written, across every conference.

Names are compared after normalising case, accents, honorifics, hyphens and
``Last, First`` order (``Prof. Dr. Ivana Kajić`` = ``kajic, ivana``). Beyond
that, similarity alone never merges two people ("Kun Zhang" and "Cheng Zhang"
share a surname, not an identity): a different middle initial, a missing middle
name or a one-letter typo merges only with evidence (an affiliation in common,
or the same programme); without it the pair is recorded as *maybe the same*
(``maybe_same_as`` on the person page) for the user to settle with ``confnotes
people merge`` or ``people distinct``. Merges keep every affiliation and all of
both pages' text, and can be undone with ``people split``.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from confnotes.errors import ConflictError, NotFoundError, UsageError
from confnotes.model import Conference, Person, revised
from confnotes.notebook.notebook import PEOPLE_DIR, Notebook
from confnotes.notebook.records import Problem
from confnotes.text.fold import fold
from confnotes.text.scripts import CJK_RANGES

HONORIFICS = frozenset(
    [
        "prof",
        "professor",
        "dr",
        "doctor",
        "mr",
        "mrs",
        "ms",
        "mx",
        "sir",
        "dame",
        "phd",
        "md",
        "jr",
        "sr",
        "ing",
        "dipl",
        "assoc",
        "assist",
        "asst",
        "drs",
        "dott",
        "pr",
        "herr",
        "frau",
        "mme",
        "univ",
    ]
)
MAYBE_KEY = "maybe_same_as"
"""Front-matter key listing people who may be this one (the user decides)."""
NOT_SAME_KEY = "not_same_as"
"""Front-matter key listing people the user said are someone else."""
MERGED_KEY = "merged"
"""Front-matter key recording merges, so that ``people split`` can undo them."""
MERGE_MARK = "<!-- merged from people/{id}.md -->"


_fold = fold
"""People are matched with the fold search uses (``Müller``, ``Mu\u0308ller``, ``MULLER``)."""


def name_tokens(name: str) -> list[str]:
    """Lower-case, accent-free tokens of a name in ``First Middle Last`` order."""
    return list(_name_tokens(name))


@lru_cache(maxsize=65536)
def _name_tokens(name: str) -> tuple[str, ...]:
    name = _fold(name).casefold()
    name = _drop_brackets(name)
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if first and last and not re.search(r"\b(jr|sr|phd|md|ii|iii)\b", first):
            name = f"{first} {last}"
    tokens = re.findall(r"[^\W\d_]+", name.replace("-", " ").replace("'", "").replace("’", ""))
    if len(tokens) > 1 and all(_CJK_WORD_RE.fullmatch(t) for t in tokens):
        return ("".join(tokens),)  # 中正 和久 is 中正和久: a space between the names or none
    return tuple(t for t in tokens if t not in HONORIFICS)


_CJK_WORD_RE = re.compile(rf"[{CJK_RANGES}]+")
"""A word in Chinese, Japanese or Korean script, where a name's parts are written with a
space between them or without one."""


def _drop_brackets(name: str) -> str:
    """``name`` without its ``(...)`` and ``[...]`` parts, each up to its first closing
    bracket: what ``re.sub(r"\\([^)]*\\)|\\[[^\\]]*\\]", " ", name)`` did, in linear time
    (that pattern rescanned the rest of a name at every unclosed ``(``).

    ``Jane Doe (University of Oxford (UK))`` is ``jane doe``, as before (an
    innermost-only pattern kept ``university of oxford`` as part of the name).
    """
    if "(" not in name and "[" not in name:
        return name
    end = len(name)
    following = {")": [end] * (end + 1), "]": [end] * (end + 1)}  # next closer at or after i
    for i in range(end - 1, -1, -1):
        for closer, table in following.items():
            table[i] = i if name[i] == closer else table[i + 1]
    out: list[str] = []
    done = i = 0
    while i < end:
        char = name[i]
        if char in "([":
            close = following[")" if char == "(" else "]"][i + 1]
            if close < end:
                out.append(name[done:i])
                out.append(" ")
                done = i = close + 1
                continue
        i += 1
    out.append(name[done:])
    return "".join(out)


_HONORIFIC_PREFIX_RE = re.compile(
    r"^(?:(?:prof(?:essor)?|dr|mr|mrs|ms|mx|sir|dame|assoc\.? prof)\.?\s+)+", re.I
)


def display_name(name: str) -> str:
    """How a person's name is shown: no honorifics, single spaces, ``First Last`` order.

    ``Prof. Dr.  Kajić, Ivana`` → ``Ivana Kajić``; a comma before a suffix
    (``King, Jr.``) is left alone.
    """
    name = " ".join(_HONORIFIC_PREFIX_RE.sub("", " ".join(name.split())).split())
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if (
            first
            and last
            and 1 <= len(first.split()) <= 3
            and len(last.split()) <= 3
            and not re.search(r"\b(jr|sr|phd|md|ii|iii|iv)\b", first, re.I)
            and first[0].isupper()
        ):
            name = f"{first} {last}"
    return name or " ".join(name.split())


def name_key(name: str) -> str:
    """The name normalised for exact comparison (``kajic ivana`` is not reordered twice)."""
    return " ".join(name_tokens(name)) or _symbol_key(name)


def _symbol_key(name: str) -> str:
    """A key for a name with no letters (``👩‍💻``): only the same symbols match it.

    Without it every such name had the key ``""``, so two of them were one person
    and a re-import added the person again.
    """
    text = " ".join(unicodedata.normalize("NFC", name).casefold().split())
    return f"={text}" if text else ""


@lru_cache(maxsize=65536)
def affiliation_key(text: str) -> str:
    """An affiliation normalised for comparison (case, accents, ``the``, punctuation)."""
    words = re.findall(r"\w+", _fold(text).casefold())
    return " ".join(w for w in words if w not in ("the", "of", "at", "and"))


def affiliations_overlap(a: list[str], b: list[str]) -> bool:
    """True when some affiliation of ``a`` is (nearly) one of ``b``."""
    keys_a = [affiliation_key(x) for x in a if x.strip()]
    keys_b = [affiliation_key(x) for x in b if x.strip()]
    for ka in keys_a:
        for kb in keys_b:
            if not ka or not kb:
                continue
            if ka == kb or fuzz.token_set_ratio(ka, kb) >= 92:
                return True
    return False


def _given_compatible(a: list[str], b: list[str]) -> tuple[bool, bool]:
    """(compatible, exact): given names that agree, allowing initials and a missing middle."""
    if a == b:
        return True, True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short:
        return True, False
    i = 0
    for token in long:
        if (
            i < len(short)
            and (token == short[i] or (len(short[i]) == 1 and token.startswith(short[i])))
        ) or (i < len(short) and len(token) == 1 and short[i].startswith(token)):
            i += 1
    if i == len(short):
        return short[0][0] == long[0][0] or len(short) < len(long), False
    return False, False


def _one_letter_less(word: str) -> set[str]:
    """``word`` and each form of it with one letter deleted: two words one edit apart
    (a letter inserted, deleted or replaced) always share one of these."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _one_typo(a: list[str], b: list[str]) -> bool:
    """Same tokens but one, which differs by one letter and is no initial (``Yingzen``)."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return (
        len(diff) == 1
        and min(len(diff[0][0]), len(diff[0][1])) >= 4
        and Levenshtein.distance(*diff[0]) == 1
    )


def compare_names(
    name_a: str, affs_a: list[str], name_b: str, affs_b: list[str], same_programme: bool = False
) -> tuple[str, str]:
    """``("same" | "maybe" | "different", why)`` for two names and their affiliations."""
    ta, tb = name_tokens(name_a), name_tokens(name_b)
    if not ta or not tb:
        return "different", "no name"
    if ta == tb:
        return "same", "same name"
    evidence = affiliations_overlap(affs_a, affs_b)
    if sorted(ta) == sorted(tb):
        return ("same" if evidence else "maybe"), "same names in another order"
    if ta[-1] == tb[-1]:
        ok, _exact = _given_compatible(ta[:-1], tb[:-1])
        if ok:
            return ("same" if evidence else "maybe"), "initials or a middle name differ"
        if _one_typo(ta[:-1], tb[:-1]):
            sure = evidence or same_programme
            return ("same" if sure else "maybe"), "one letter differs in the given name"
        ga, gb = ta[0], tb[0]
        if ga != gb and min(len(ga), len(gb)) >= 3 and (ga.startswith(gb) or gb.startswith(ga)):
            return ("same" if evidence else "maybe"), "a short form of the given name"
        return "different", "different given names"
    if (
        len(ta) == len(tb)
        and ta[:-1] == tb[:-1]
        and min(len(ta[-1]), len(tb[-1])) >= 4
        and Levenshtein.distance(ta[-1], tb[-1]) == 1
    ):
        sure = evidence or same_programme
        return ("same" if sure else "maybe"), "one letter differs in the surname"
    return "different", "different names"


@dataclass
class Match:
    """The outcome of looking a person up: a sure id, or people it may be."""

    person_id: str | None
    reason: str = ""
    maybe: list[tuple[str, str]] = field(default_factory=list)
    """``(person id, why)`` pairs that may be the same person."""


class PeopleMatcher:
    """Looks people up in a notebook by name, aliases, source ids and affiliations."""

    def __init__(self, nb: Notebook):
        self.nb = nb
        self._by_key: dict[str, list[str]] = defaultdict(list)
        self._by_surname: dict[str, list[str]] = defaultdict(list)
        self._by_near_surname: dict[str, list[str]] = defaultdict(list)
        """A surname with one letter deleted (and the surname itself) → people: the
        surnames one letter apart share a key, so a typo is found among a handful of
        people, not among everyone with the same given name."""
        self._order: dict[str, int] = {}
        """Each person's place in the order they were added (candidates keep that order)."""
        self._by_sorted: dict[str, list[str]] = defaultdict(list)
        self._by_source: dict[tuple[str, str], str] = {}
        self._conferences: dict[str, set[str]] = defaultdict(set)
        self.latest: dict[str, date] = {}
        """The most recent day each person spoke or had a role (for affiliation order)."""
        for person in nb.people.values():
            self.add(person)
        for talk in nb.talks.values():
            for pid in talk.speakers:
                self._conferences[pid].add(talk.conference)
                if talk.start:
                    self._saw(pid, talk.start.date())
        for conf in nb.conferences.values():
            for role in conf.people:
                self._conferences[role.person].add(conf.id)
                if conf.start:
                    self._saw(role.person, conf.start)

    def _saw(self, person_id: str, day: date) -> None:
        if person_id not in self.latest or self.latest[person_id] < day:
            self.latest[person_id] = day

    def add(self, person: Person) -> None:
        """Make a (new or changed) person findable."""
        for name in [person.name, *person.aliases]:
            tokens = name_tokens(name)
            key = " ".join(tokens) or _symbol_key(name)
            if key and person.id not in self._by_key[key]:
                self._by_key[key].append(person.id)
                if tokens:
                    self._by_surname[tokens[-1]].append(person.id)
                    for near in _one_letter_less(tokens[-1]):
                        self._by_near_surname[near].append(person.id)
                    self._by_sorted[" ".join(sorted(tokens))].append(person.id)
        self._order.setdefault(person.id, len(self._order))
        for ref in person.sources:
            if ref.format and ref.id and not ref.id.startswith("conference:"):
                self._by_source.setdefault((ref.format, ref.id), person.id)

    def note_conference(self, person_id: str, conf_id: str, day: date | None = None) -> None:
        """Remember that a person takes part in a conference (evidence for typos)."""
        self._conferences[person_id].add(conf_id)
        if day is not None:
            self._saw(person_id, day)

    def match(
        self,
        name: str,
        affiliations: list[str],
        conf_id: str | None = None,
        source: tuple[str, str] | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> Match:
        """Find the person a programme names; unsure candidates are returned, not chosen.

        ``exclude`` lists people this name cannot be (another person of the same
        name on the same programme): they come back as *maybe*, never as the match.
        """
        if source and source in self._by_source and self._by_source[source] not in exclude:
            return Match(self._by_source[source], "same source id")
        tokens = name_tokens(name)
        key = " ".join(tokens) or _symbol_key(name)
        if not key:
            return Match(None)
        if ids := [i for i in self._by_key.get(key, ()) if i not in exclude]:
            if len(tokens) == 1 and conf_id is not None:
                # "Chris" here and "Chris" at another conference: nothing says they are one
                here = [i for i in ids if conf_id in self._conferences.get(i, ())]
                if not here:
                    return Match(None, "", [(i, "the same one-word name") for i in ids])
                ids = here
            if len(ids) > 1:
                shared = [
                    i
                    for i in ids
                    if i in self.nb.people
                    and affiliations_overlap(affiliations, self.nb.people[i].affiliations)
                ]
                ids = shared or ids
            return Match(ids[0], "same name")
        if not tokens:
            return Match(None)  # no letters: only the very same symbols are this person
        sure: list[tuple[str, str]] = []
        maybe: list[tuple[str, str]] = []
        seen: set[str] = set()
        # Only names that compare_names could call the same: same surname, a surname one
        # letter apart (a typo), or the same tokens reordered. Indexed, so a lookup
        # costs the same with 50 or 50,000 people, however common the given name.
        candidates = list(self._by_surname.get(tokens[-1], ()))
        near = {
            pid
            for key in _one_letter_less(tokens[-1])
            for pid in self._by_near_surname.get(key, ())
        }
        candidates += sorted(near, key=lambda pid: self._order.get(pid, 0))
        candidates += self._by_sorted.get(" ".join(sorted(tokens)), ())
        for pid in candidates:
            if pid in seen or pid not in self.nb.people:
                continue
            if pid in exclude:
                seen.add(pid)
                maybe.append((pid, "the same name, another affiliation on this programme"))
                continue
            seen.add(pid)
            person = self.nb.people[pid]
            same_programme = conf_id is not None and conf_id in self._conferences.get(pid, ())
            best = "different", ""
            for known in [person.name, *person.aliases]:
                verdict = compare_names(
                    name, affiliations, known, person.affiliations, same_programme
                )
                if verdict[0] == "same" or (verdict[0] == "maybe" and best[0] == "different"):
                    best = verdict
            if best[0] == "same":
                sure.append((pid, best[1]))
            elif best[0] == "maybe":
                maybe.append((pid, best[1]))
        if len(sure) == 1:
            return Match(sure[0][0], sure[0][1])
        return Match(None, "", maybe + sure)


def _ids(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, str) and value:
        return [value]
    return []


def resolve_person(nb: Notebook, ref: str) -> Person:
    """A person by id, or by a name that matches exactly one person.

    Raises:
        NotFoundError: nobody, or several people, answer to ``ref``.
    """
    if ref in nb.people:
        return nb.people[ref]
    key = name_key(ref)
    hits = [p for p in nb.people.values() if key in {name_key(n) for n in [p.name, *p.aliases]}]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        ids = ", ".join(sorted(p.id for p in hits))
        raise NotFoundError(f"{ref!r} is several people ({ids}); give an id")
    close = process.extract(ref, {p.id: p.name for p in nb.people.values()}, limit=3)
    hint = ", ".join(f"{pid} ({name})" for name, score, pid in close if score > 60)
    raise NotFoundError(f"no person {ref!r}" + (f"; did you mean {hint}?" if hint else ""))


def _add_unique(items: list[str], values: list[str], key: Any = str.casefold) -> None:
    have = {key(x) for x in items}
    for value in values:
        if value and key(value) not in have:
            items.append(value)
            have.add(key(value))


def _check_writable(nb: Notebook, paths: list[Any]) -> None:
    for path in paths:
        if path is not None and path.exists() and nb.changed_on_disk(path):
            raise ConflictError("changed on disk since it was opened; not overwriting it", path)


def merge_people(nb: Notebook, keep: str, other: str) -> Person:
    """Merge person ``other`` into ``keep``: references, aliases, affiliations, text.

    ``keep``'s page gains ``other``'s name as an alias, every affiliation, and
    ``other``'s body after a marker (so nothing is lost and ``split`` can undo
    it); every talk and conference naming ``other`` names ``keep`` instead;
    then ``other``'s page is removed.

    Raises:
        NotFoundError, UsageError, ConflictError, StorageError.
    """
    with nb.batch("merged"):
        return _merge_people(nb, keep, other)


def _merge_people(nb: Notebook, keep: str, other: str) -> Person:
    # Revisions are changed and saved; the notebook adopts them when the batch ends.
    a, b = copy.deepcopy(resolve_person(nb, keep)), resolve_person(nb, other)
    if a.id == b.id:
        raise UsageError(f"{a.id!r} and {b.id!r} are the same person already")
    talks = [t for t in nb.talks.values() if b.id in t.speakers]
    confs = [c for c in nb.conferences.values() if any(r.person == b.id for r in c.people)]
    others = [p for p in nb.people.values() if b.id in _ids(p.extra.get(MAYBE_KEY))]
    _check_writable(nb, [a.path, b.path, *(t.path for t in talks), *(c.path for c in confs)])
    record = {
        "id": b.id,
        "name": b.name,
        "aliases": list(b.aliases),
        "affiliations": [x for x in b.affiliations if x not in a.affiliations],
        "url": b.url,
        "talks": [t.id for t in talks],
        # Talks both gave: the split puts B back in its place instead of replacing A.
        "shared": {t.id: t.speakers.index(b.id) for t in talks if a.id in t.speakers},
        "roles": [
            {"conference": c.id, "role": r.role}
            for c in confs
            for r in c.people
            if r.person == b.id
        ],
    }
    _add_unique(a.aliases, [x for x in [b.name, *b.aliases] if name_key(x) != name_key(a.name)])
    _add_unique(a.affiliations, b.affiliations, affiliation_key)
    a.url = a.url or b.url
    for ref in b.sources:
        if ref not in a.sources:
            a.sources.append(ref)
    if b.body.strip():
        mark = MERGE_MARK.format(id=b.id)
        a.body = (a.body.rstrip("\n") + "\n\n" if a.body.strip() else "") + mark + "\n" + b.body
    for key, value in b.extra.items():
        if key not in (MAYBE_KEY, NOT_SAME_KEY, MERGED_KEY):
            a.extra.setdefault(key, value)
    a.extra[MAYBE_KEY] = [x for x in _ids(a.extra.get(MAYBE_KEY)) if x != b.id]
    if not a.extra[MAYBE_KEY]:
        a.extra.pop(MAYBE_KEY)
    a.extra[MERGED_KEY] = [*(a.extra.get(MERGED_KEY) or []), record]
    nb.save_person(a)
    for talk in talks:
        nb.save_talk(revised(talk, speakers=_replace(talk.speakers, b.id, a.id)))
    for conf in confs:
        conf = copy.deepcopy(conf)
        seen: set[tuple[str, str]] = set()
        roles = []
        for role in conf.people:
            if role.person == b.id:
                role.person = a.id
            if (role.person, role.role) not in seen:
                seen.add((role.person, role.role))
                roles.append(role)
        conf.people = roles
        nb.save_conference(conf)
    for person in others:
        if person.id == a.id:
            continue
        person = copy.deepcopy(person)
        rest = [x for x in _ids(person.extra.get(MAYBE_KEY)) if x != b.id]
        if a.id not in rest and person.id != a.id:
            rest.append(a.id)
        person.extra[MAYBE_KEY] = rest
        nb.save_person(person)
    _remove_page(nb, b)
    return a


def _replace(ids: list[str], old: str, new: str) -> list[str]:
    out: list[str] = []
    for pid in ids:
        pid = new if pid == old else pid
        if pid not in out:
            out.append(pid)
    return out


def _remove_page(nb: Notebook, person: Person) -> None:
    nb.remove_person(person)


def split_person(
    nb: Notebook, ref: str, name: str | None = None, talks: list[str] | None = None
) -> Person:
    """Undo a merge (or separate an alias): returns the person split off.

    With a recorded merge (the latest, or the one whose name is ``name``) the
    other person comes back with their talks, roles, affiliations and the text
    that followed the merge marker. Without one, ``name`` (an alias) becomes a
    new person, taking the talks listed in ``talks``.

    Raises:
        NotFoundError, UsageError, ConflictError, StorageError.
    """
    with nb.batch("merged"):
        return _split_person(nb, ref, name, talks)


def _split_person(
    nb: Notebook, ref: str, name: str | None = None, talks: list[str] | None = None
) -> Person:
    a = copy.deepcopy(resolve_person(nb, ref))  # a revision, adopted when the batch ends
    aliases = {name_key(x) for x in a.aliases}
    if (
        name is None
        and ref != a.id
        and name_key(ref) != name_key(a.name)
        and name_key(ref) in aliases
    ):
        name = ref  # `people split ALIAS --talk ID`: the alias an import merged
    records = [r for r in (a.extra.get(MERGED_KEY) or []) if isinstance(r, dict)]
    record = None
    if records:
        if name is None:
            record = records[-1]
        else:
            record = next(
                (r for r in reversed(records) if name_key(str(r.get("name"))) == name_key(name)),
                None,
            )
    if name is not None and record is None and name_key(name) == name_key(a.name) and talks:
        # Two people with the very same name merged automatically: split by talk.
        record = {"id": "", "name": a.name, "talks": talks, "roles": [], "affiliations": []}
    if record is None and name is None and talks:
        record = {"id": "", "name": a.name, "talks": talks, "roles": [], "affiliations": []}
    if record is None and name is None:
        raise UsageError(f"{a.id} has no recorded merge; say which name to split off with --name")
    if record is None:
        assert name is not None
        if name_key(name) not in {name_key(x) for x in a.aliases}:
            raise UsageError(f"{name!r} is not an alias of {a.id} ({a.name})")
        record = {"id": "", "name": name, "talks": talks or [], "roles": [], "affiliations": []}
    new_name = str(record.get("name") or name)
    moved = [t for t in (talks if talks is not None else record.get("talks") or [])]
    for tid in moved:
        if tid not in nb.talks:
            raise NotFoundError(f"no talk with id {tid!r}")
        if a.id not in nb.talks[tid].speakers:
            raise UsageError(f"{a.name} ({a.id}) is not a speaker of {tid}")
    _check_writable(nb, [a.path, *(nb.talks[t].path for t in moved)])
    person = nb.new_person(new_name, person_id=str(record.get("id") or "") or None)
    person.aliases = [x for x in record.get("aliases") or [] if isinstance(x, str)]
    person.affiliations = [x for x in record.get("affiliations") or [] if isinstance(x, str)]
    person.url = str(record.get("url") or "")
    gone = {name_key(new_name), *(name_key(x) for x in person.aliases)}
    a.aliases = [x for x in a.aliases if name_key(x) not in gone]
    mark = MERGE_MARK.format(id=record.get("id"))
    if record.get("id") and mark in a.body:
        before, _, after = a.body.partition(mark)
        nxt = after.find("<!-- merged from people/")
        moved_text = after if nxt < 0 else after[:nxt]
        a.body = before.rstrip("\n") + ("\n" if before.strip() else "") + after[len(moved_text) :]
        person.body = moved_text.lstrip("\n")
    if record in records:
        records.remove(record)
        if records:
            a.extra[MERGED_KEY] = records
        else:
            a.extra.pop(MERGED_KEY, None)
    nb.save_person(person)
    nb.save_person(a)
    raw_shared = record.get("shared")
    shared: dict[str, Any] = raw_shared if isinstance(raw_shared, dict) else {}
    for tid in moved:
        talk = revised(nb.talks[tid])
        if tid in shared and person.id not in talk.speakers:
            talk.speakers.insert(min(int(shared[tid]), len(talk.speakers)), person.id)
        else:
            talk.speakers = _replace(talk.speakers, a.id, person.id)
        nb.save_talk(talk)
    revisions: dict[str, Conference] = {}  # one conference may have given them two roles
    for role_rec in record.get("roles") or []:
        conf_id = str(role_rec.get("conference"))
        conf = revisions.get(conf_id) or nb.conferences.get(conf_id)
        if conf is None:
            continue
        conf = revisions[conf_id] = revisions.get(conf_id) or copy.deepcopy(conf)
        for role in conf.people:
            if role.person == a.id and role.role == role_rec.get("role"):
                role.person = person.id
                break
        nb.save_conference(conf)
    return person


def mark_distinct(nb: Notebook, ref_a: str, ref_b: str) -> None:
    """Record the user's word that two people are different (no longer *maybe*)."""
    a, b = resolve_person(nb, ref_a), resolve_person(nb, ref_b)
    if a.id == b.id:
        raise UsageError(f"{a.id!r} is one person")
    for me, them in ((copy.deepcopy(a), b), (copy.deepcopy(b), a)):
        maybe = [x for x in _ids(me.extra.get(MAYBE_KEY)) if x != them.id]
        if maybe:
            me.extra[MAYBE_KEY] = maybe
        else:
            me.extra.pop(MAYBE_KEY, None)
        distinct = _ids(me.extra.get(NOT_SAME_KEY))
        if them.id not in distinct:
            me.extra[NOT_SAME_KEY] = [*distinct, them.id]
        nb.save_person(me)


def uncertain_pairs(nb: Notebook) -> list[tuple[str, str]]:
    """Pairs of people recorded as *maybe the same*, each once, sorted."""
    pairs: set[tuple[str, str]] = set()
    for person in nb.people.values():
        for other in _ids(person.extra.get(MAYBE_KEY)):
            if other in nb.people and other != person.id:
                pairs.add(tuple(sorted((person.id, other))))  # type: ignore[arg-type]
    return sorted(pairs)


def uncertain_problems(nb: Notebook) -> list[Problem]:
    """Warnings for ``confnotes check``: who may be the same person as whom."""
    problems = []
    for a, b in uncertain_pairs(nb):
        path = nb.people[a].path or nb.root / PEOPLE_DIR / f"{a}.md"
        problems.append(
            Problem(
                path,
                None,
                f"{nb.people[a].name!r} may be the same person as {nb.people[b].name!r} ({b}): "
                f"`confnotes people merge {a} {b}` or `confnotes people distinct {a} {b}`",
                "warning",
            )
        )
    return problems
