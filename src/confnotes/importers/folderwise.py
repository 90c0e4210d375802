"""What a person's folder of notes says by its own agreement across files.

One file's words are weak evidence: ``Context: Film Industry`` or ``by Alex`` in passing
reads like a speaker in one file and is nothing. A folder's files, written by one person
in one sitting per talk, repeat their conventions: every file puts its speaker on the
same kind of line (``## Speaker: Ana Ruiz``, ``**By Ana Ruiz @ana**``, ``Talk given by
…``), every file is named with the same order prefix (``1-…``, ``02_…``), every file
opens its text with one title heading. These readers take a convention only when several
files of the folder follow it, and apply it to the files that follow it too.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from confnotes.importers.fuller_names import fuller
from confnotes.importers.identity import title_key
from confnotes.importers.programme import Programme, ProgrammePerson, ProgrammeTalk
from confnotes.importers.textutil import BY_WORD_SET, BY_WORDS

if TYPE_CHECKING:
    from confnotes.importers.structure import Section

_HEAD_LINES = 6
"""Non-blank lines at the top of a file where a by-line stands (after the title)."""
_TAIL_LINES = 3
"""Non-blank lines at the end of a file where a by-line stands (``Talk given by …``)."""

_MARKS_RE = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s*|[-*+]\s+)?")
_LABEL_WORDS = 4
_CUT_RE = re.compile(r"(?<!\s)\s+[-–—|]\s+|(?<!\s)\s*[(\[@|]|,\s")
"""Where a by-line's name ends and what follows it (a handle, a job, a link) begins;
tried only where a run of spaces starts, so linear on long runs of them."""
_FENCE_RE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})")
_DIRECTIVE_RE = re.compile(
    r"^\s{0,12}@[A-Za-z]\w{0,40}(?P<args>\([^()\n]{0,300}\))?[ \t]{0,3}(?P<open>\{)?[ \t]{0,3}$"
)
"""A Swift DocC directive on its own line (``@TitleHeading("Talk")``, ``@Metadata {``
opening a block that a lone ``}`` closes): the page's markup, no line of its text."""


def _plain(line: str) -> str:
    """A line without its block markers (heading, quote, bullet) and inline marks."""
    from confnotes.importers.textutil import strip_markdown_inline

    return " ".join(strip_markdown_inline(_MARKS_RE.sub("", line, count=1)).split())


def _edges(text: str) -> list[str]:
    """The lines a by-line may be: the first and the last few of the file, its front
    matter (the post's own author, date, tags) and code blocks aside, as written."""
    lines = body_lines(text)
    head = lines[:_HEAD_LINES]
    return head + [x for x in lines[-_TAIL_LINES:] if x not in head]


def body_lines(text: str) -> list[str]:
    """A file's non-blank lines of text as written: its front matter, code blocks and
    DocC directives (``@Metadata {``, ``@TitleHeading("Talk")`` and the ``}`` closing a
    block: the page's markup) aside."""
    lines: list[str] = []
    fenced = False
    rows = text.splitlines()
    if rows and rows[0].strip() in ("---", "+++"):
        close = next((i for i, r in enumerate(rows[1:], 1) if r.strip() == rows[0].strip()), 0)
        rows = rows[close + 1 :]
    depth = 0  # DocC directive blocks open ("@Metadata {" … "}")
    for raw in rows:
        if _FENCE_RE.match(raw):
            fenced = not fenced
        elif fenced or not raw.strip():
            continue
        elif (m := _DIRECTIVE_RE.match(raw)) and (m.group("args") or m.group("open")):
            depth += bool(m.group("open"))  # "@handle" alone is a line of text
        elif depth and raw.strip() == "}":
            depth -= 1
        else:
            lines.append(raw)
    return lines


def _byline(line: str) -> tuple[str, str] | None:
    """(label, value) of a line that could be a by-line: a label of up to four words that
    ends in ``by`` (``Talk given by``) or is a speaker's field (``Speaker:``), then the
    rest."""
    from confnotes.importers.headings import speaker_slot

    words = line.split(maxsplit=_LABEL_WORDS)
    for k in range(1, min(_LABEL_WORDS, len(words) - 1) + 1):
        label = " ".join(words[:k])
        value = line.split(maxsplit=k)[k]
        if not all(w.isalpha() for w in label.rstrip(":：").split()):
            return None
        if label.casefold() == "by" or label.casefold().endswith(" by"):
            return label.casefold(), value
        if label[-1:] in ":：" and speaker_slot(line):
            return _field_label(label.rstrip(":：").casefold()), value
    return None


def _field_label(label: str) -> str:
    """A speaker's field label in one number (``speakers`` → ``speaker``): a file of
    several speakers writes the plural of its folder's label, the same field."""
    from confnotes.importers.headings import SPEAKER_KEYS

    single = label[:-1] if label.endswith("s") else label
    return single if single != label and single in SPEAKER_KEYS else label


def texts_of(read: dict[str, Programme]) -> dict[str, str]:
    """Each file's text (its first 200,000 bytes), read once for every folder rule."""
    texts = {}
    for source in read:
        try:
            texts[source] = Path(source).read_bytes()[:200_000].decode("utf-8", errors="replace")
        except OSError:
            texts[source] = ""
    return texts


def _one_talk(source: str, format: str) -> Programme | None:
    """The file read again as one talk's notes (as one note when no reading makes it a
    talk), else None."""
    from confnotes.errors import ConfnotesError
    from confnotes.importers.readings import IN_NOTES_FOLDER
    from confnotes.importers.registry import read_programme

    walking = IN_NOTES_FOLDER.set(True)
    try:
        for shape in ("talk", "one-note"):
            try:
                return read_programme(source, format, shape=shape)[0]
            except ConfnotesError:
                continue
        return None
    finally:
        IN_NOTES_FOLDER.reset(walking)


def _own_talk(programme: Programme) -> ProgrammeTalk | None:
    """The one talk a file holds (a talk's notes), else None."""
    talks = [t for t in programme.talks if t.kind != "other"]
    return talks[0] if len(talks) == 1 else None


def folder_bylines(read: dict[str, Programme], texts: dict[str, str], format: str = "auto") -> None:
    """A folder whose files name their speaker on the same kind of line at their top or
    end (``## Speaker: Will Ito - @wito``, ``**By Ana Ruiz @ana**``, ``Talk given by …``):
    the name on that line, up to its handle, job or link, is the speaker of a file's one
    talk that has none. The label must be shared by two files or more of the folder; a
    name mentioned in passing (``a library by Alex Lee``, ``Context: Film Industry``) is
    on no such line and never a speaker; a handle alone (``@jdoe``) names no one."""

    found: dict[str, list[tuple[str, str]]] = {}
    headed: dict[str, set[str]] = {}
    for source in read:
        seen: list[tuple[str, str]] = []
        edges = _edges(texts.get(source, ""))
        for line in edges:
            said = _byline(_plain(line))
            if said and said[0] not in {label for label, _ in seen}:
                seen.append(said)
                if line.lstrip().startswith("#"):
                    headed.setdefault(source, set()).add(said[0])
        if label := _under_title_label(texts.get(source, ""), edges):
            headed.setdefault(source, set()).add(label)
        found[source] = seen
    shared = Counter(label for seen in found.values() for label, _ in seen)
    authored = _authors(found)
    for source, programme in list(read.items()):
        # "## Speaker: Ana Ruiz" read as one part of several, or as the title: the
        # folder's by-line says the file is one talk's notes, its headings that talk's parts
        if (
            any(shared[label] >= 2 for label in headed.get(source, ()))
            and (len(programme.talks) > 1 or any(_byline(_plain(t.title)) for t in programme.talks))
            and (again := _one_talk(source, format)) is not None
        ):
            again.name, again.name_from = programme.name, programme.name_from
            programme = read[source] = again
        talk = _own_talk(programme)
        if talk is None or talk.speakers:
            continue
        for label, value in found.get(source, []):
            if shared[label] < 2 or label in authored:
                continue
            if who := _byline_people(value):
                talk.speakers = who
                break
        else:
            labels = {x for x, n in shared.items() if n >= 2 and x not in authored}
            talk.speakers = _part_speakers(texts.get(source, ""), labels)


def _under_title_label(text: str, edges: list[str]) -> str | None:
    """The label of a by-line standing right under a file's lone title heading (``#
    Title`` then ``**By Ana Ruiz @ana**``), else None: like a by-line in a heading, it
    says the whole file is one talk's notes, whatever its sub-headings look like. The
    title's level must open no other heading of the file, so a day's file of several
    talks (``# Talk A`` / ``by …`` / ``# Talk B``) never counts."""
    if len(edges) < 2 or not (level := _level(edges[0])):
        return None
    if sum(1 for raw in text.splitlines() if _level(raw) == level) != 1:
        return None
    said = _byline(_plain(edges[1]))
    return said[0] if said else None


def _part_speakers(text: str, labels: set[str]) -> list[ProgrammePerson]:
    """The speakers a talk's notes name at the head of their parts, one each, with the
    folder's by-line label and a word or number more (``# First speaker: Ana Ruiz``, ``##
    Speaker 2: Bo Li - on buffers``): a shared session's speakers, in their order. Only a
    speaker's field label counted by a number or an ordinal, never a ``by``."""
    from confnotes.importers.headings import SPEAKER_KEYS
    from confnotes.importers.persons import split_speakers
    from confnotes.importers.when import NTH_WORDS

    people: list[ProgrammePerson] = []
    fenced = False
    for raw in text.splitlines():
        if _FENCE_RE.match(raw):
            fenced = not fenced
        if fenced or not _level(raw):
            continue
        label, colon, value = _plain(raw).partition(":")
        words = label.casefold().split()
        if (
            not colon
            or len(words) != 2
            or not any(
                word in labels - {"by"}
                and word in SPEAKER_KEYS
                and (other.isdigit() or other in NTH_WORDS)
                for word, other in (words, words[::-1])
            )
        ):
            continue  # "## Inspired by: Edward Tufte" counts no speaker
        for person in split_speakers(_by_name(value)):
            if title_key(person.name) not in {title_key(p.name) for p in people}:
                people.append(person)
    return people if len(people) >= 2 else []


def _by_name(value: str) -> str:
    """The name a by-line's value starts with, before its handle, job or link."""
    return _CUT_RE.split(value, maxsplit=1)[0].strip(" *_.")


_ASIDED_RE = re.compile(r"[^(),]{2,80}\([^()]{1,120}\)")
"""A name and its aside in brackets (``Sam Ode (Tidewater)``), one of a by-line's list."""


def _byline_people(value: str) -> list[ProgrammePerson]:
    """The people a by-line's value names: its first name up to a handle, job or link,
    or, where every one of a list separated by commas carries its aside in brackets
    (``Ana Ruiz (Acme), Bo Li (Tide Labs)``), each of them."""
    from confnotes.importers.persons import split_speakers

    items = [x.strip() for x in re.split(r"(?<=\))\s{0,3}(?:,|;|\band\b|&)\s{0,3}", value.strip())]
    if len(items) >= 2 and all(_ASIDED_RE.fullmatch(x) for x in items):
        people = split_speakers(value.strip())  # the shared splitter keeps each aside
        if len(people) == len(items):
            return people
    return split_speakers(_by_name(value))


def _authors(found: dict[str, list[tuple[str, str]]]) -> set[str]:
    """Labels whose by-lines name one and the same person in every file that has them
    (``Author: Kim Lee`` atop each post): the writer of the notes, not each talk's
    speaker, who differs from talk to talk."""
    names: dict[str, set[str]] = {}
    count: Counter[str] = Counter()
    for seen in found.values():
        for label, value in seen:
            names.setdefault(label, set()).add(title_key(_by_name(value)))
            count[label] += 1
    return {label for label, said in names.items() if len(said) == 1 and count[label] >= 2}


_URL_RE = re.compile(r"https?://[^\s()<>\]\[]{1,300}")
_ROLE_PAGE_RE = re.compile(
    r"/(?:speakers?|presenters?|people|persons?|authors?|talent|profiles?)/(?P<slug>[^/?#]{3,80})/?$",
    re.I,
)
"""A link to a person's page on the event's site (``…/speaker/LornaMitchell``)."""
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _page_name(url: str) -> str:
    """The name a person's page address spells (``/speaker/LornaMitchell``, ``/speakers/
    ana-ruiz.html``): its last part in words; '' when the address is no person's page."""
    m = _ROLE_PAGE_RE.search(url.rstrip(".,;"))
    if m is None:
        return ""
    slug = re.sub(r"\.[a-z]{2,5}$", "", m.group("slug"), flags=re.I)
    words = [w for w in re.split(r"[-_+.]|%20", _CAMEL_RE.sub(" ", slug)) for w in w.split()]
    if not all(w.isalpha() for w in words):
        return ""
    return " ".join(w[:1].upper() + w[1:] for w in words)


def folder_speaker_pages(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """A folder whose files each link their speaker's page on the event's site at their
    top or end (``https://…/speaker/LornaMitchell``, ``…/speakers/ana-ruiz.html``): the
    name that address spells is the speaker of a file's one talk that has none. Taken
    only when two files of the folder or more follow that convention; an address that
    spells a surname alone (``/speakers/Bassett.html``) names no one."""
    from confnotes.importers.persons import split_speakers

    pages: dict[str, list[str]] = {}
    for source in read:
        urls = [u for line in _edges(texts.get(source, "")) for u in _URL_RE.findall(line)]
        pages[source] = [_page_name(u) for u in urls if _ROLE_PAGE_RE.search(u.rstrip(".,;"))]
    if sum(1 for found in pages.values() if found) < 2:
        return
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None or talk.speakers:
            continue
        names = list(dict.fromkeys(n for n in pages.get(source, []) if len(n.split()) >= 2))
        people = [p for n in names for p in split_speakers(n)]
        if people and len(people) == len(names):
            talk.speakers = people


_ORDER_RE = re.compile(r"^\d{1,3}[a-z]?(?:[-_. ]+|(?=[A-Z]))(?=\w)")
"""A file name's leading order number (``1-``, ``02_``, ``4a_``)."""


def _h1(text: str) -> str:
    """The file's only level-1 heading with words, else ''."""
    from confnotes.importers.structure import read as outline_of

    tops = [s.title for s in outline_of(text).sections() if s.level == 1 and s.title.strip()]
    return tops[0] if len(tops) == 1 else ""


def _opening_h1(text: str) -> str:
    """The file's title heading: its only level-1 heading, else the level-1 heading its
    first line is (``# Colas de mensajes``, or a title underlined with ``===``, over parts
    that are level-1 headings too)."""
    from confnotes.importers.structure import read as outline_of

    if one := _h1(text):
        return one
    head = _head(text)
    heads = [s for s in outline_of(text).sections() if s.level >= 1 and s.title.strip()]
    if not head or not heads or heads[0].level != 1:
        return ""
    # the first line, an ATX heading or a setext one (its underline of "=" is no line of
    # _head's): the title over parts at level 1
    return heads[0].title if title_key(_plain(heads[0].title)) == title_key(head[0][1]) else ""


_SENTENCE_END = (".", "。", ":", "：", ",", "、")
"""How a line of prose or a label ends, never a title written alone on the first line."""


def _opening_line(text: str) -> str:
    """The file's first line when it stands alone above a blank line, a short line of
    words and no heading, list item or sentence: a title written without its mark."""
    rows = text.splitlines()
    if rows and rows[0].strip() in ("---", "+++"):
        return ""  # front matter names the file's title, if any
    lines = [i for i, r in enumerate(rows[: _HEAD_LINES * 4]) if r.strip()]
    if not lines or lines[0] + 1 >= len(rows) or rows[lines[0] + 1].strip():
        return ""
    raw = rows[lines[0]]
    plain = _plain(raw)
    if (
        _level(raw)
        or _BULLET_RE.match(raw)
        or _FENCE_RE.match(raw)
        or not plain
        or len(plain) > _FIRST_LINE_CHARS // 2
        or plain.endswith(_SENTENCE_END)
        or "://" in plain
    ):
        return ""
    return plain


_OUTLINE_NUMBER_RE = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.[ \t]{1,3}(?=\S)")
"""A title heading's outline number (``# 1. Vanilla JS``, ``# 2.1. Title``): the note's
place in its writer's outline, no part of the talk's title."""


def folder_file_titles(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """Talks titled by their files' names where the folder names its files as slugs
    (``2_service_workers.md``, ``1-aaron-patterson-keynote.markdown``): a leading number
    that most of the folder's names carry orders the notes and is no part of the title;
    and where most such files open with one title heading, a file's one title heading
    (``# Service Workers`` after a side note, or the level-1 heading that opens it above
    parts at level 1 too) is its talk's title rather than its slug, and a file of such a
    folder opening with no heading takes its first line when it stands alone (the title
    written without its mark)."""
    from confnotes.importers.document_names import stem_title

    slugs = {s: Path(s).stem for s in read if not any(c.isspace() for c in Path(s).stem)}
    slugs = {s: stem for s, stem in slugs.items() if stem.casefold() not in _INDEX_STEMS}
    if len(slugs) < 2:
        return
    ordered = sum(1 for stem in slugs.values() if _ORDER_RE.match(stem))
    headed = {s: _opening_h1(texts.get(s, "")) for s in slugs}
    by_heading = sum(1 for h in headed.values() if h) * 2 >= len(slugs) >= 2
    for source, stem in slugs.items():
        talk = _own_talk(read[source])
        if talk is None or title_key(talk.title) != title_key(stem_title(stem)):
            continue  # titled by its own words already
        if by_heading and headed[source]:
            from confnotes.importers.textutil import strip_markdown_inline

            heading = _OUTLINE_NUMBER_RE.sub("", strip_markdown_inline(headed[source]))
            if not _title_and_its_speakers(heading, talk):
                talk.title = heading
        elif by_heading and (line := _opening_line(texts.get(source, ""))):
            talk.title = line
        elif ordered * 2 >= len(slugs) and (m := _ORDER_RE.match(stem)):
            rest = stem_title(stem[m.end() :])
            if rest:
                talk.title = rest[:1].upper() + rest[1:] if rest.islower() else rest


def _title_and_its_speakers(heading: str, talk: ProgrammeTalk) -> bool:
    """Whether a file's title heading is its talk's title and, after a dash, the talk's
    own speakers (``Give Me A Rest -- Amanda Folson``): the title read already, whole."""
    from confnotes.importers.headings import DASHES_RE

    parts = DASHES_RE.split(heading, maxsplit=1)
    if len(parts) != 2 or not talk.speakers or title_key(parts[0]) != title_key(talk.title):
        return False
    names = {w for p in talk.speakers for w in title_key(p.name).split()}
    return bool(names) and set(title_key(parts[1]).split()) <= names


_SLUG_WORDS_RE = re.compile(r"[-_\s]+")


def _slug_person(stem: str, title: str) -> tuple[str, str]:
    """The person a note file's name gives after its talk's slug, and that slug:
    ``here-be-dragons_graham-daniels`` (an underscore between the two), or
    ``failing-at-scale-chris-tankersley`` (the title's words, then two or three more);
    ("", "") when the name ends on no name."""
    from confnotes.importers.persons import is_organisation, is_person_name

    head, under, tail = stem.partition("_")
    if under and "-" in head:
        slug, words = head, _SLUG_WORDS_RE.split(tail.strip("-_ "))
    else:
        said = title_key(title).split()
        words = [w for w in _SLUG_WORDS_RE.split(stem.casefold()) if w]
        lead = 0
        while lead < min(len(said), len(words)) and words[lead] == said[lead]:
            lead += 1
        if lead < 2:
            return "", ""
        slug, words = " ".join(words[:lead]), words[lead:]
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return "", ""
    name = " ".join(w[:1].upper() + w[1:] for w in words)
    if not is_person_name(name) or is_organisation(name) or _no_ones(name):
        return "", ""
    return name, slug


def _no_ones(name: str) -> bool:
    """Words a file name ends on that name no one: a day (``day-two``), a place
    (``san-diego``), a part of notes."""
    from confnotes.importers.headings import DAY_RE, is_generic
    from confnotes.importers.places import names_a_place

    return bool(DAY_RE.search(name)) or names_a_place(name) or is_generic(name)


def _writes_surname(text: str, name: str) -> bool:
    """Whether a note's text writes the last word of a name its file's name gives."""
    surname = title_key(name).split()[-1:]
    return bool(surname) and f" {surname[0]} " in f" {title_key(text[:20_000])} "


def folder_slug_speakers(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """Speakers named by their notes' file names, after the talk's slug
    (``failing-at-scale-chris-tankersley.md``, ``here-be-dragons_graham-daniels.md``),
    where two files of the folder or more end their names on a person's. The file's
    title heading is then the title whole (``Here Be Dragons -- The Monolith`` is a
    title and its subtitle, no speaker), less a dash's tail that is that person's
    surname (``Failing at Scale -- Tankersley``)."""
    from confnotes.importers.headings import DASHES_RE
    from confnotes.importers.persons import parse_one
    from confnotes.importers.textutil import strip_markdown_inline

    found: list[tuple[ProgrammeTalk, str, str, str]] = []
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None or Path(source).stem.casefold() in _INDEX_STEMS:
            continue
        heading = strip_markdown_inline(_opening_h1(texts.get(source, ""))).strip()
        name, slug = _slug_person(Path(source).stem, heading or talk.title)
        if name and ("_" in Path(source).stem or _writes_surname(texts.get(source, ""), name)):
            # "title-words-then-name.md" (no mark between): the note writes the surname
            # too ("# Failing at Scale -- Tankersley"), so "postgres-san-diego" is no one
            found.append((talk, name, slug, heading))
    if len(found) < 2:
        return
    for talk, name, slug, heading in found:
        person = parse_one(name)
        if person is None:
            continue
        own = set(title_key(name).split())
        said = {w for p in talk.speakers for w in title_key(p.name).split()}
        if said and said <= own:
            talk.speakers = [person]  # "Tankersley", written whole in the file's name
        elif said and said <= set(_SLUG_WORDS_RE.split(slug.casefold())):
            talk.speakers = [person]  # "Here Be Dragons": the title's words, no one
            talk.title = heading or talk.title
        elif not talk.speakers:
            talk.speakers = [person]
        parts = DASHES_RE.split(heading, maxsplit=1) if heading else []
        if len(parts) == 2 and set(title_key(parts[1]).split()) <= own:
            talk.title = parts[0].strip()  # "Failing at Scale -- Tankersley"


def folder_heading_speakers(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """A file's one talk titled by the heading the file opens with, naming its speakers in
    brackets (``Keynote (Ana Ruiz)``, ``Title (Ana Ruiz, Bo Li)``) over parts that are
    headings of its level too: the title and the people apart, as the file of that one
    heading alone reads, and the kind the title says (``Keynote``). A dash names no one
    here (``Build Times -- Shorter Every Week``)."""
    from confnotes.importers.kinds import kind_of
    from confnotes.importers.textutil import strip_markdown_inline
    from confnotes.importers.title_speakers import title_and_speakers

    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None or talk.speakers or Path(source).stem.casefold() in _INDEX_STEMS:
            continue
        head = strip_markdown_inline(_opening_h1(texts.get(source, ""))).strip()
        if not head.endswith(")") or title_key(head) != title_key(talk.title):
            continue  # "Title -- Subtitle" names no one: only the bracketed by-line
        title, people = title_and_speakers(head)
        if people and title:
            talk.title, talk.speakers = title, people
            if talk.kind == "talk":
                talk.kind = kind_of(title)


_INDEX_STEMS = frozenset({"readme", "index", "_index", "home"})


_FIRST_LINE_CHARS = 160
"""The longest first line read as a talk's title where the folder's file names say none."""


def folder_shared_names(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """A name that two files or more of a folder share (``Notes.txt``, ``notes.md`` in
    each talk's own folder: ``Thursday/RiotJS/Notes.txt``) is the folder's convention,
    no talk's title: a file titled by it takes its first line as its title (a line of
    words, no list item, no sentence ending in a full stop), else the name of the folder
    it sits in (``ThisCodeBaseSucks`` → ``This Code Base Sucks``)."""
    from confnotes.importers.document_names import stem_title

    stems = Counter(Path(s).stem.casefold() for s in read)
    for source, programme in read.items():
        stem = Path(source).stem
        if stems[stem.casefold()] < 2 or stem.casefold() in _INDEX_STEMS:
            continue
        talk = _own_talk(programme)
        if talk is None or title_key(talk.title) != title_key(stem_title(stem)):
            continue  # titled by its own words already
        head = _head(texts.get(source, ""))
        first = head[0] if head else ("", "")
        if (
            first[1]
            and len(first[1]) <= _FIRST_LINE_CHARS
            and not _BULLET_RE.match(first[0])
            and not first[1].endswith(".")
        ):
            talk.title = first[1]
        elif words := stem_title(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", Path(source).parent.name)):
            talk.title = words


_SLOT_AFTER = 3
"""Lines after a file's title line where its by-line and its day stand."""
_NUMBERED_RE = re.compile(r"^(?P<label>\S.{0,60}?)\s{1,5}(?:\d{1,2}|[IVXivx]{1,5})$")
"""A title that is a label and its number (``Keynote I``, ``Session 2``)."""
_RULE_RE = re.compile(r"^\s{0,3}([=\-~^*+#_`:.'\"])\1{2,}\s*$")
"""A heading's underline (reStructuredText, setext) or a rule: no line of words."""
_BULLET_RE = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s")


def _head(text: str) -> list[tuple[str, str]]:
    """The first non-blank lines of a file (front matter and code aside): each as written
    and without its marks."""
    rows = [r for r in _edges(text)[: _HEAD_LINES * 2] if not _RULE_RE.match(r)]
    return [(raw, _plain(raw)) for raw in rows[:_HEAD_LINES]]


def _title_line(head: list[tuple[str, str]], talk: ProgrammeTalk) -> int:
    """Where among a file's first lines its talk's title stands, else -1."""
    key = title_key(talk.title)
    for i, (_raw, plain) in enumerate(head[:3]):
        if key and title_key(plain) == key:
            return i
    return -1


def _line_people(raw: str, plain: str) -> list[ProgrammePerson]:
    """The people a line names as a by-line does, up to its handle, job or link
    (``Tobias Pfeiffer @PragTob pragtob.info``, ``## Adam Culp - @adamculp``, ``Evan
    Phoenix & Adam Keys``); none for a list item or a line that says more than names."""
    from confnotes.importers.persons import split_speakers

    if _BULLET_RE.match(raw):
        return []
    name = _by_name(plain)
    if not name or len(name.split()) > 8 or name[-1:] in ".?!:":
        return []
    return split_speakers(name)


def folder_head_slots(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """A folder whose files follow one template at their top: the title, then a line of
    the speaker's name with no label (``Tobias Pfeiffer @PragTob``, ``## Kent Beck``),
    then perhaps the day (``11/17/2015 @ Rubyconf 2015``). What the files share is the
    template; what differs is each talk's title, speaker and day. When two files or more,
    and half the folder's talks at least, have a person's name on the line right after
    their title (not the same line in two files: ``## Key Points`` is the template's and
    names no one), that line names the speaker of every file's talk that has none; a date
    opening one of the next lines dates it."""
    from confnotes.importers.when import line_date

    slots: dict[str, tuple[ProgrammeTalk, list[tuple[str, str]], int]] = {}
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None:
            continue
        head = _head(texts.get(source, ""))
        at = _title_line(head, talk)
        if at >= 0:
            slots[source] = (talk, head, at)
    under = {s: head[at + 1] for s, (_t, head, at) in slots.items() if at + 1 < len(head)}
    repeated = Counter(title_key(plain) for _raw, plain in under.values())
    named = {
        s
        for s, (raw, plain) in under.items()
        if repeated[title_key(plain)] < 2 and _line_people(raw, plain)
    }  # a line every file repeats ("## Key Points") is the template's, not a speaker
    for s, (raw, plain) in under.items():
        talk = slots[s][0]
        if repeated[title_key(plain)] >= 2 and talk.speakers:
            keys = {title_key(p.name) for p in _line_people(raw, plain)}
            if {title_key(p.name) for p in talk.speakers} <= keys:
                talk.speakers = []
    talks = sum(1 for p in read.values() if _own_talk(p) is not None)
    if len(named) < 2 or len(named) * 2 < talks:
        return
    for source in named:
        talk, head, at = slots[source]
        if talk.title != head[at][1] and talk.title == talk.title.lower():
            talk.title = head[at][1]  # "Quiet Queues" as written, not its file's slug
        if not talk.speakers or any(
            title_key(p.name) == title_key(talk.title) for p in talk.speakers
        ):
            talk.speakers = _line_people(*head[at + 1])  # "Quiet Queues" is its title, no one
        after = head[at + 2 : at + 2 + _SLOT_AFTER]
        if talk.day is None and talk.start is None:
            for _raw, plain in after:
                if (day := line_date(plain)) is not None and plain[:1].isdigit():
                    talk.day = day
                    break


def folder_name_titles(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """A talk's notes that open on its speaker's name as a label (``Peter Norvig:`` over
    the notes, no title line: a talk one knew by its speaker): the name is the speaker of
    the file's one talk, which keeps it as its title. Only a line that is a label (it ends
    in a colon) and a name on its own (one person, no other word), and only where the
    talk has no speaker yet: a title shaped like a name (``# Twisted Logic``) is a title."""
    from confnotes.importers.persons import split_speakers

    for source, programme in read.items():
        talk = _own_talk(programme)
        head = _head(texts.get(source, ""))
        if talk is None or talk.speakers or not head or not head[0][1].endswith((":", "：")):
            continue
        name = head[0][1].rstrip(":：").strip()
        if title_key(name) != title_key(talk.title):
            continue
        who = split_speakers(name) if 2 <= len(name.split()) <= 4 else []
        if len(who) == 1 and title_key(who[0].name) == title_key(name):
            talk.title, talk.speakers = name, who


_TASK_RE = re.compile(r"^\s{0,12}(?:[-*+]|\d{1,3}[.)])\s+\[[ xX]\]\s")
"""A task list's item (``- [ ] watch the keynote``, ``* [x] slides``)."""


def _day_title(title: str) -> bool:
    """``Day 1 overview``, ``Monday``, ``2031-09-12 recap``: a title that is a day, with at
    most two words more and no kind of talk among them (``Sunday Keynote`` is a talk)."""
    from confnotes.importers.document_names import numeric_day
    from confnotes.importers.headings import DAY_RE
    from confnotes.importers.kinds import kind_of

    m = DAY_RE.search(title)
    if m is None and numeric_day(title, at_start=False) is None:
        return False
    rest = (title[: m.start()] + " " + title[m.end() :]) if m else re.sub(r"[\d_.-]+", " ", title)
    words = [w for w in re.split(r"[\W_]+", rest) if w and not w.isdigit()]
    return len(words) <= 2 and all(kind_of(w) in ("talk", "other") for w in words)


def folder_own_pages(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """Files of a folder of notes that are the note-taker's own pages, not a talk's notes:
    a day's overview titled by its day (``# Day 1 overview``, ``Monday.md``) and a to-do
    list (every line a task item). When such a file's one talk has no speaker, time or
    link, it is kept as a note of the conference's own text (kind ``other``), never a talk."""
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None or talk.speakers or talk.start or talk.links:
            continue
        lines = [r for r in texts.get(source, "").splitlines() if r.strip()]
        body = [r for r in lines if not r.lstrip().startswith("#")]
        tasks = bool(body) and all(_TASK_RE.match(r) for r in body)
        if tasks or _day_title(talk.title):
            talk.kind = "other"


def folder_speaker_places(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """Where a folder's files name their speakers is a convention of the folder: when two
    files or more name theirs on a by-line (``Presenter: Shell Little``, ``Presented by:
    Mike Shebanek``, ``## Adam Culp - @adamculp``), a file whose talk's speakers stand
    only in a list item of its text (``* Semantic HTML and Familiar Layout Patterns``, the
    first point of the notes) names no speaker: that list is its notes, not its by-line;
    a list under a role's label (``Panelists:``) is a by-line of several people. Where
    two files or more name theirs on a labelled by-line (``Speaker: …``), a file whose
    speaker was read out of its title heading alone (``Naked Lists -- Live Demo`` read
    as a speaker and a title) has that whole heading as its title, and no speaker."""
    from confnotes.importers.persons import labelled_list_people, split_speakers

    bylined = labelled = 0
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None or not talk.speakers:
            continue
        keys = {title_key(p.name) for p in talk.speakers}
        for raw in _edges(texts.get(source, "")):
            if _BULLET_RE.match(raw):
                continue
            plain = _plain(raw)
            said = _byline(plain)
            value = said[1] if said else plain
            if keys & {title_key(p.name) for p in split_speakers(_by_name(value))}:
                bylined += 1
                labelled += said is not None and _speaker_label(said[0])
                break
    if bylined < 2:
        return
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None or not talk.speakers:
            continue
        if labelled >= 2 and (whole := _whole_heading_title(texts.get(source, ""), talk)):
            talk.title, talk.speakers = whole, []  # "Naked Lists -- Live Demo": one title
            continue
        listed = labelled_list_people(texts.get(source, "")[:20_000])
        if {title_key(p.name) for p in talk.speakers} <= {title_key(p.name) for p in listed}:
            continue  # "Panelists:" over their names: a by-line's label over a list
        lines = [x for x in texts.get(source, "").splitlines() if x.strip()]
        names = [title_key(p.name) for p in talk.speakers]
        where = [x for x in lines if any(k and k in title_key(x) for k in names)]
        if where and all(_BULLET_RE.match(x) and not _opens_on_by(x, names) for x in where):
            talk.speakers = []


def _opens_on_by(raw: str, names: list[str]) -> bool:
    """A line that opens on a by-word or a by-line's label, then one of ``names`` (title
    keys: ``- Par Ana Ruiz``, ``* by Bo Li``, ``- Speaker: Ana``): a by-line written as a
    list item, no point of notes (``- by the way, Ana Ruiz said …`` is one)."""
    plain = _plain(raw)
    words = plain.split(maxsplit=1)
    if len(words) == 2 and words[0].casefold() in BY_WORDS.split("|"):
        rest = words[1]
    elif said := _byline(plain):
        rest = said[1]
    else:
        return False
    return any(k and title_key(rest).startswith(k) for k in names)


def _speaker_label(label: str) -> bool:
    """A by-line's label that says whose talk it is (``Speaker:``, ``Ponente:``,
    ``Presented by``), in any language the speaker fields are read in, unlike a title's
    own ``… by`` (``Tides by Ana Ruiz``)."""
    from confnotes.importers.headings import KEY_ALIASES, SPEAKER_KEYS

    key = KEY_ALIASES.get(label, label)
    return key in SPEAKER_KEYS and (key == "presented by" or key.split()[-1] != "by")


def _whole_heading_title(text: str, talk: ProgrammeTalk) -> str:
    """The file's title heading when its talk's title and speakers were both read out of
    it and its speakers' names stand on no other line of the file; else ''."""
    heading = _opening_h1(text)
    plain = _plain(heading) if heading else ""
    if not plain or title_key(plain) == title_key(talk.title):
        return ""
    names = [title_key(p.name) for p in talk.speakers]
    said = title_key(plain)
    if title_key(talk.title) not in said or not all(n in said for n in names):
        return ""
    rest = said.replace(title_key(talk.title), " ")
    for name in names:
        rest = rest.replace(name, " ")
    if rest.split():
        return ""  # "Tides by Ana Ruiz", "Ana Ruiz on Tides": words the writer split it by
    lines = [title_key(_plain(x)) for x in text.splitlines() if x.strip()]
    return plain if sum(1 for x in lines if any(n and n in x for n in names)) == 1 else ""


_LINK_LINE_RE = re.compile(r"^\[(?P<text>[^\[\]]{3,300})\]\((?P<url>https?://[^\s()]{1,500})\)$")


def _link_prefix(url: str) -> str:
    """A talk page's address without its last part (``https://host/event/sessions/``)."""
    return url.rstrip("/").rsplit("/", 1)[0]


def folder_linked_titles(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """A folder whose files open with their talk's title linked to its page on the event's
    site (``# [Redesigning for cognitive ease](https://…/sessions/redesigning-…/)``): when
    two files or more open so, with pages under one address, a file that opens with such a
    link, heading or not, is titled by the link's words rather than by its file's name."""
    from confnotes.importers.document_names import stem_title

    opening: dict[str, tuple[str, str]] = {}
    for source in read:
        head = _head(texts.get(source, ""))
        if (
            head
            and (m := _LINK_LINE_RE.match(head[0][0].lstrip("# ").strip()))
            and not _byline(m.group("text").strip())
        ):  # "[Speaker: Ana Ruiz](…)" links its speaker's page, no talk's
            opening[source] = (m.group("text").strip(), _link_prefix(m.group("url")))
    shared = Counter(prefix for _text, prefix in opening.values())
    for source, (text, prefix) in opening.items():
        talk = _own_talk(read[source])
        if talk is None or shared[prefix] < 2:
            continue
        if title_key(talk.title) == title_key(stem_title(Path(source).stem)):
            talk.title = text


def folder_comma_speakers(read: dict[str, Programme]) -> None:
    """A talk titled ``Title, Name`` in one file of a folder (a plan's ``- Subclassing,
    Composition, Python, and You, Hynek Schlawack``) where another file writes the same
    talk's ``Title`` alone: the other file shows where the title ends, and the words after
    its last comma, when they are only people's names, are the talk's speakers. A title
    that no other file writes shorter keeps its commas (``Python, Rust, and You``)."""
    from confnotes.importers.persons import split_speakers

    written: dict[str, set[str]] = {}
    for source, programme in read.items():
        for talk in programme.talks:
            written.setdefault(title_key(talk.title), set()).add(source)
    for source, programme in read.items():
        for talk in programme.talks:
            head, comma, tail = talk.title.rpartition(",")
            if not comma or talk.kind == "other" or not (key := title_key(head)):
                continue
            if not written.get(key, set()) - {source}:
                continue  # no other file writes the title without the words after it
            people = split_speakers(tail.strip())
            if people and title_key(" ".join(p.name for p in people)) == title_key(tail):
                talk.title = head.strip()
                talk.speakers = talk.speakers or people


def _headings(text: str) -> set[str]:
    """The keys of a file's headings' words."""
    from confnotes.importers.structure import read as outline_of
    from confnotes.importers.textutil import strip_markdown_inline

    return {title_key(strip_markdown_inline(s.title)) for s in outline_of(text).sections()}


_SETEXT_RE = re.compile(r"^\s{0,3}=+\s*$")
"""A line of ``=`` under a title: the file's one title heading (setext level one)."""


def _setext_title(text: str) -> str:
    """The title a file opens with underlined by ``===`` when its parts are level-1
    headings of the other mark (``# Why``): the writer's title over its notes; else ''."""
    rows = [r for r in text.splitlines()[: _HEAD_LINES * 4] if r.strip()]
    if (
        len(rows) < 2
        or not _SETEXT_RE.match(rows[1])
        or _level(rows[0])
        or _BULLET_RE.match(rows[0])
    ):
        return ""
    return _plain(rows[0])


def folder_one_talk_files(
    read: dict[str, Programme], texts: dict[str, str], format: str = "auto"
) -> None:
    """A folder whose files each open with one title heading over their notes (most of
    them, two at least; a title underlined with ``===`` over parts at level 1 is one)
    holds one talk's notes per file: a file of it that a reading cut into talks at its
    sub-headings or at lines of its text (``Demo``, ``Lunisolar Calendars - 12 or 13
    months`` read as a speaker and a title), or titled by a sub-heading rather than its
    title, is one talk's notes too, its parts kept in its note. A file whose headings
    name two talks or more with their speakers or times (a session's ``### Name, Place,
    *Title*``), a day's file (``# Day 1``), the event's page (``# Harbour Summit 2024``)
    and an index of the folder's notes keep their talks."""
    from confnotes.importers.headings import DAY_RE
    from confnotes.importers.kinds import kind_of
    from confnotes.importers.notefiles import is_notes_file
    from confnotes.importers.when import find_year

    heads = {s: _h1(texts.get(s, "")) or _setext_title(texts.get(s, "")) for s in read}
    titled = sum(1 for h in heads.values() if h)
    if titled < 2 or titled * 2 <= len(read):
        return
    outlined = _outlined_notes(read, texts) >= 2
    for source, programme in list(read.items()):
        talks = [t for t in programme.talks if t.kind != "other"]
        if not heads[source] or not talks or Path(source).stem.casefold() in _INDEX_STEMS:
            continue
        if (
            DAY_RE.search(heads[source])
            or find_year(heads[source])
            or _date_stamped(heads[source], programme)
            or any(is_notes_file(x.url) for t in talks for x in t.links)
            or numbered_session(heads[source])
        ):
            # "# Day 1", "# Session II: Users" over its talks; the event's page; an index
            # of the notes
            continue
        if len(programme.talks) == 1 and title_key(talks[0].title) == title_key(heads[source]):
            continue  # one talk, titled by the file's title heading
        if kind_of(heads[source]) != "talk" and not (
            outlined and _parts_of_heading(heads[source], talks)
        ):
            continue  # "# Keynote" over "## Title": a kind's label over the talk's title
        headings = _headings(texts.get(source, ""))
        told = sum(
            1
            for t in talks
            if (t.speakers or t.start)
            and (key := title_key(t.title))
            and any(key in h for h in headings)
        )
        if told >= 2:
            continue
        if (again := _one_talk(source, format)) is not None and _own_talk(again) is not None:
            again.name, again.name_from = programme.name, programme.name_from
            read[source] = again


def _parts_of_heading(head: str, talks: list[ProgrammeTalk]) -> bool:
    """Whether every talk a reading found in a file is titled by a part its title heading's
    outline number holds (``# 1. Keynote`` over ``## 1.1. Présentation``)."""
    from confnotes.importers.textutil import strip_markdown_inline

    number = _part_number(head) if _OUTLINE_NUMBER_RE.match(strip_markdown_inline(head)) else ""
    return bool(number) and all(_part_number(t.title).startswith(number + ".") for t in talks)


def _outlined_notes(read: dict[str, Programme], texts: dict[str, str]) -> int:
    """Files of a folder read as one talk titled by their numbered title heading (``# 1.
    Vanilla JS``) over parts numbered under it (``## 1.1. Notes``): a writer's outline
    whose numbered parts are a note's parts, never talks."""
    from confnotes.importers.structure import read as outline_of
    from confnotes.importers.textutil import strip_markdown_inline

    count = 0
    for source, programme in read.items():
        head = strip_markdown_inline(_h1(text := texts.get(source, "")))
        own = _own_talk(programme)
        if own is None or not (m := _OUTLINE_NUMBER_RE.match(head)):
            continue
        number = _part_number(head)
        if title_key(head[m.end() :]) == title_key(own.title) and any(
            _part_number(x.title).startswith(number + ".") for x in outline_of(text).sections()
        ):
            count += 1
    return count


def _talk_heading_level(programme: Programme, text: str) -> int | None:
    """The deepest level of the headings a file's reading took for its talks (two or
    more talks found among its headings), else None."""
    from confnotes.importers.structure import read as outline_of
    from confnotes.importers.textutil import strip_markdown_inline

    at = {title_key(strip_markdown_inline(s.title)): s.level for s in outline_of(text).sections()}
    found = [
        at[key]
        for t in programme.talks
        if t.kind != "other" and (key := title_key(t.title)) and key in at
    ]
    return max(found) if len(found) >= 2 else None


def _talks_of(programme: Programme) -> list[ProgrammeTalk]:
    """A reading's talks, its writer's other parts (kind ``other``) left out."""
    return [t for t in programme.talks if t.kind != "other"]


def _read_at_level(source: str, format: str, level: int) -> Programme | None:
    """The file read again with its talks at ``level`` (the level its folder's other files
    hold theirs at), else None when no reading of it takes them there."""
    from confnotes.errors import ConfnotesError
    from confnotes.importers.readings import IN_NOTES_FOLDER
    from confnotes.importers.registry import read_programme
    from confnotes.importers.talk_levels import FOLDER_TALK_LEVEL

    walking, hinted = IN_NOTES_FOLDER.set(True), FOLDER_TALK_LEVEL.set(level)
    try:
        return read_programme(source, format)[0]
    except ConfnotesError:
        return None
    finally:
        FOLDER_TALK_LEVEL.reset(hinted)
        IN_NOTES_FOLDER.reset(walking)


def folder_talk_levels(
    read: dict[str, Programme], texts: dict[str, str], format: str = "auto"
) -> None:
    """A folder whose files each hold several talks under sub-headings of one level (a
    file per session, ``## Title`` over the talk's own ``### Setup``): the level the files
    repeat is the talks' level. A file of it whose reading went deeper (``### A Brief
    Tour of …`` under ``## Title`` taken for a talk) is read again at that level, when
    that finds as many talks; two files at least, most of those holding talks, must
    agree on the level."""
    levels: dict[str, int] = {}
    for source, programme in read.items():
        if (level := _talk_heading_level(programme, texts.get(source, ""))) is not None:
            levels[source] = level
    if not levels:
        return
    common, agree = Counter(levels.values()).most_common(1)[0]
    if agree < 2 or agree * 2 <= len(levels):
        return
    for source, level in levels.items():
        if level <= common:
            continue
        again = _read_at_level(source, format, common)
        if (
            again is not None
            and _talk_heading_level(again, texts.get(source, "")) == common
            and len(_talks_of(again)) >= len(_talks_of(read[source]))
        ):
            again.name, again.name_from = read[source].name, read[source].name_from
            read[source] = again


_HEAD_COLON_RE = re.compile(r"(?<=\S)[ \t]{0,2}[:：][ \t]{0,3}(?=\S)")
"""The colon between a title's head and the rest of it (``Deep Space: Learning …``)."""
_HEAD_WORDS = 6
"""Words at most in a title's head before its colon."""


def _colon_head(title: str) -> str:
    """The words before a title's first colon (a head of a few words), else ''."""
    m = _HEAD_COLON_RE.search(title[:300])
    head = title[: m.start()].strip() if m else ""
    return head if 0 < len(head.split()) <= _HEAD_WORDS else ""


def _colon_split(talk: ProgrammeTalk, headings: dict[str, str]) -> str:
    """The heading as written when a reading read its one speaker out of it before a
    colon (``## Two Words: Title`` taken as ``Name: Title``), else ''."""
    if len(talk.speakers) != 1:
        return ""
    return headings.get(title_key(f"{talk.speakers[0].name}: {talk.title}"), "")


def folder_colon_titles(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """A folder whose talks' headings write a title's head before a colon (``## Deep
    Space: Learning to Rank``, whose head names no one): another of its headings of the
    same form (``## Siamese Nets: Sentence Vectors``) is a title too, not ``Name:
    Title``, unless the folder names that person anywhere else (a by-line, a line of the
    notes). A folder needs as many such titles as such splits, one at least."""
    from confnotes.importers.headings import read_heading
    from confnotes.importers.structure import read as outline_of
    from confnotes.importers.textutil import strip_markdown_inline

    titled = 0
    splits: list[tuple[ProgrammeTalk, str]] = []
    for source, programme in read.items():
        plain = (
            strip_markdown_inline(s.title).strip()
            for s in outline_of(texts.get(source, "")).sections()
        )
        headings = {title_key(h): h for h in plain}
        for talk in programme.talks:
            if whole := _colon_split(talk, headings):
                splits.append((talk, whole))
            elif (
                not talk.speakers
                and title_key(talk.title) in headings
                and _colon_head(talk.title)
                and not read_heading(talk.title).speakers
            ):
                titled += 1
    if not splits or titled < len(splits):
        return
    folded = "\n".join(texts.values()).casefold()
    for talk, whole in splits:
        if folded.count(talk.speakers[0].name.casefold()) <= 1:
            talk.title, talk.speakers = whole, []


def folder_event_heads(read: dict[str, Programme]) -> str:
    """A folder whose every talk file titles its talk after one shared head and a colon
    (``Agile Grenoble : refactoring``, ``Agile Grenoble : Time management``): the head
    names the event the notes were taken at, so it is the folder's conference and no
    word of each talk's title (:func:`folder_event_titles`). Returns that name, else
    '': fewer than two such files, a file of the folder titled otherwise, a head that
    is no event's name (:func:`confnotes.importers.event_name.names_an_event`: ``Book:
    …``, ``Meeting: …`` name a kind of note, never an event) or that names a kind of talk
    (``Keynote: …``), a collection of notes or a person (one no file names another
    speaker than)."""
    from confnotes.importers.event_name import names_an_event
    from confnotes.importers.headings import kind_label_only, names_no_event
    from confnotes.importers.persons import split_speakers

    owned = [t for p in read.values() if (t := _own_talk(p)) is not None]
    if len(owned) < 2 or len(owned) < len(read):
        return ""
    heads = [_colon_head(t.title) for t in owned]
    head = heads[0]
    if (
        not head
        or any(title_key(h) != title_key(head) for h in heads)
        or not names_an_event(head)
        or kind_label_only(head)
        or names_no_event(head)
        or (split_speakers(head, single_ok=True) and not _others_speak(owned, head))
        or not re.search(r"[^\W\d_]", head)
    ):
        return ""
    return head


def folder_event_titles(read: dict[str, Programme], head: str, texts: dict[str, str]) -> None:
    """Each talk titled after the event's name and a colon (:func:`folder_event_heads`)
    is titled by the words after the colon; the heading line, as its file writes it,
    stays in its note (a title read from the file's name adds no line: the note gains
    nothing its writer did not write). Done last, once the folder's other readings have
    compared titles with the files' headings."""
    if not head:
        return
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None or title_key(_colon_head(talk.title)) != title_key(head):
            continue
        rest = _HEAD_COLON_RE.split(talk.title[:300], maxsplit=1)[-1].strip()
        line = _written_heading(texts.get(source, ""), talk.title)
        if line and line not in talk.body:
            talk.body = f"{line}\n{talk.body}" if talk.body else f"{line}\n"
        talk.title = rest


def _written_heading(text: str, title: str) -> str:
    """The line of ``text`` that writes ``title`` (``# Agile Grenoble : refactoring``),
    as written, marks and all; '' when no line of its first ones does."""
    from confnotes.importers.textutil import strip_markdown_inline

    key = title_key(title)
    for line in text.splitlines()[:200]:
        words = strip_markdown_inline(line.strip().lstrip("#").strip())
        if words and title_key(words) == key:
            return line.rstrip()
    return ""


def _others_speak(talks: list[ProgrammeTalk], head: str) -> bool:
    """Whether each talk names its speakers and the head is none of them: a head with a
    name's shape (``Agile Grenoble``) is then the event, not the person giving them all."""
    key = title_key(head)
    return all(t.speakers and all(title_key(p.name) != key for p in t.speakers) for t in talks)


_NUMBER_AFTER_RE = re.compile(r"\s{1,3}+(?:\d{1,3}|[IVXL]{1,6}|[A-Z])(?=\s{0,3}+(?:$|[:.\-–—|]))")
"""A session's number or letter after its word, ending it or before a colon or a dash
(``Session 2``, ``Session IV: Users``, ``Track B``; not ``Session A/B testing``)."""


def numbered_session(head: str) -> bool:
    """``Session II: Users``, ``Track B``: a title that opens on a session's word and its
    number, the heading of a group of talks (a file per session of an event), never one
    talk's notes; a workshop's, a tutorial's or a part's heading may be one talk's."""
    from confnotes.importers.headings import SESSION_RE
    from confnotes.importers.textutil import strip_markdown_inline

    plain = strip_markdown_inline(head).strip()
    m = SESSION_RE.match(plain)
    return (
        m is not None
        and m.group(0).casefold() not in ("workshop", "tutorial", "part", "block")
        and _NUMBER_AFTER_RE.match(plain, m.end()) is not None
    )


def _date_stamped(head: str, programme: Programme) -> bool:
    """A title heading stamped with the day its file's reading found (``# 20240312_notes``,
    ``# 2024-03-12 Summit``, a note tool's dated name): a day's notes, not one talk's."""
    day = programme.start
    if day is None:
        return False
    digits = "".join(ch for ch in head if ch.isdigit())
    return day.strftime("%Y%m%d") in digits or day.isoformat() in head


_PART_NUMBER_RE = re.compile(r"\s{0,3}(\d{1,3}(?:\.\d{1,3}){0,3})\.?\s{0,3}(?:[-–—:.)]\s{0,3})?\S")
"""A heading's outline number (``2 - Talks``, ``2.1 - Title``, ``3.2. Title``)."""


def _part_number(title: str) -> str:
    """A heading's outline number, or ''."""
    from confnotes.importers.textutil import strip_markdown_inline

    m = _PART_NUMBER_RE.match(strip_markdown_inline(title))
    return m.group(1) if m else ""


def folder_numbered_parts(read: dict[str, Programme], texts: dict[str, str]) -> None:
    """A talk titled by a numbered part (``## 2 - Talks``) whose one sub-heading carries
    the part's number and one of its own (``### 2.1 - Title``) is that sub-heading's
    talk: the numbering says it is an item of the part, the part its session, as a
    sibling file reads whose part holds several. The talk keeps its note, every line."""
    from confnotes.importers.kinds import kind_of
    from confnotes.importers.structure import read as outline_of
    from confnotes.importers.textutil import strip_markdown_inline

    if _outlined_notes(read, texts) >= 2:
        return  # "# 1. Title" over "## 1.1. Notes" in file after file: parts of notes
    for source, programme in read.items():
        own = _own_talk(programme)
        if own is None or not (text := texts.get(source, "")):
            continue
        for section in outline_of(text).sections():
            number = _part_number(section.title)
            said = title_key(strip_markdown_inline(section.title))
            if not number or title_key(own.title) not in (said, said[len(number) :].strip()):
                continue  # "## 3. Labs" read as the talk "Labs" too
            subs = [c for c in section.children if c.level == section.level + 1]
            if _says_its_speakers(section, own):
                break  # "# 1. Title" then "Par Ana Ruiz": the part is the talk itself
            if len(subs) == 1 and _part_number(subs[0].title).startswith(number + "."):
                part = strip_markdown_inline(section.title)
                own.title = strip_markdown_inline(subs[0].title)
                own.session = own.session or part
                if own.kind in ("talk", "other"):
                    own.kind = kind_of(own.title)
            break


def _says_its_speakers(section: Section, talk: ProgrammeTalk) -> bool:
    """A section whose own words, above its first sub-heading, name the talk's speakers
    (``# 1. Title`` then ``Par Ana Ruiz``): the heading of the talk itself."""
    from confnotes.importers.textutil import strip_markdown_inline

    said = strip_markdown_inline(" ".join(b.text for b in section.blocks))
    return bool(talk.speakers) and all(p.name in said for p in talk.speakers)


def folder_name_titled_files(
    read: dict[str, Programme], texts: dict[str, str], format: str = "auto"
) -> None:
    """A folder whose files open with no title heading, half of them at least (two or
    more) read as one talk titled by the file's name (``augury.md``, ``day-2-keynote.md``),
    titles its notes by their names: a file of it that a reading cut into talks at its
    sub-headings (``##### Breaking changes``) or titled by its first line of notes, none
    of them with a speaker or a time, is one talk's notes too, titled by its name, every
    line kept in its note. A day's file (``monday.md``) and an index keep their reading."""
    from confnotes.importers.document_names import stem_title
    from confnotes.importers.kinds import kind_of

    if len(read) < 3 or any(_h1(texts.get(s, "")) for s in read):
        return
    names = {s: stem_title(Path(s).stem) for s in read}
    named = [
        s
        for s, p in read.items()
        if (t := _own_talk(p)) is not None and title_key(t.title) == title_key(names[s])
    ]
    if len(named) < 2 or len(named) * 2 < len(read):
        return
    for source, programme in list(read.items()):
        talks = [t for t in programme.talks if t.kind != "other"]
        if (
            source in named
            or not talks
            or Path(source).stem.casefold() in _INDEX_STEMS
            or _day_title(names[source])
            or any(t.speakers or t.start for t in talks)
        ):
            continue
        again = _one_note(source, format)
        if again is not None and (own := _own_talk(again)) is not None:
            own.title = names[source]  # its first line stays in its note, as written
            if own.kind == "talk":
                own.kind = kind_of(own.title)  # "day-2-keynote.md": a keynote
            again.name, again.name_from = programme.name, programme.name_from
            read[source] = again


def _one_note(source: str, format: str) -> Programme | None:
    """The file read as one note (its name its title), else None."""
    from confnotes.errors import ConfnotesError
    from confnotes.importers.readings import IN_NOTES_FOLDER
    from confnotes.importers.registry import read_programme

    walking = IN_NOTES_FOLDER.set(True)
    try:
        return read_programme(source, format, shape="one-note")[0]
    except ConfnotesError:
        return None
    finally:
        IN_NOTES_FOLDER.reset(walking)


def _level(raw: str) -> int:
    """A Markdown heading line's level (``## Title`` → 2); 0 for any other line."""
    stripped = raw.lstrip()
    return len(stripped) - len(stripped.lstrip("#")) if stripped.startswith("#") else 0


_BARE_ADDRESS_RE = re.compile(r"\(\s{0,3}https?://[^()\s]{1,500}\s{0,3}\)")
"""An address in brackets written after a heading's words (``# Overview(https://…)``)."""


def _template_key(title: str) -> str:
    """A title's words without a trailing number (``Keynote II`` → ``keynote``) or an
    address in brackets (``Overview(https://…)`` → ``overview``)."""
    title = _BARE_ADDRESS_RE.sub(" ", title)
    m = _NUMBERED_RE.match(title.strip())
    return title_key(m.group("label") if m else title)


def _drafts(owned: dict[str, ProgrammeTalk], heads: dict[str, list[tuple[str, str]]]) -> set[str]:
    """The opening words that the files sharing them open with over the same speakers
    (``# Progressive Web Apps`` then ``Speaker: Ana Ruiz`` in ``pwa.md`` and
    ``pwa-draft.md``): two drafts of one talk's notes, its title, no template."""
    speakers: dict[str, list[frozenset[str]]] = {}
    for source, talk in owned.items():
        if head := heads[source]:
            who = frozenset(title_key(p.name) for p in talk.speakers)
            speakers.setdefault(_template_key(head[0][1]), []).append(who)
    return {
        key
        for key, seen in speakers.items()
        if len(seen) >= 2 and len(set(seen)) == 1 and all(seen)
    }


_LINK_ONLY_RE = re.compile(r"^\[[^\[\]]{1,300}\]\([^()\s]{1,500}\)$")
"""A line that is one link and nothing else (``[Slides](https://…)``)."""


def _past_bylines(head: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A file's first lines from its first heading on when only its by-line and lone
    links stand above it (``Speaker: Ana Ruiz``, ``[Slides](…)``, then ``# Overview``):
    those lines say who spoke and where the slides are, the heading opens the text."""
    for i, (raw, plain) in enumerate(head):
        if _level(raw):
            return head[i:]
        if not (_byline(plain) or _LINK_ONLY_RE.match(raw.strip())):
            break
    return head


def folder_template_titles(
    read: dict[str, Programme], texts: dict[str, str], format: str = "auto"
) -> None:
    """Words that two files or more of a folder open with, the same but for a number
    (``Keynote I``, ``Keynote II``; ``# Talk`` atop every file; ``# Overview`` under each
    file's by-line, which says who spoke and is no title), or a kind of talk alone
    (``# Keynote``), are the files' template, not their talks' titles: a talk titled by
    them or by its file's name is titled by the first heading of its file's top that
    differs (``## Population genetic models …``, after the speaker's name line), else
    (words two files share) by its file's name, and is of the kind the template's words
    say (a keynote). A kind alone with no title under it (``## Keynote`` over ``###
    Priya Raman`` and the notes' parts) stays the talk's title."""
    from confnotes.importers.document_names import stem_title
    from confnotes.importers.kinds import TALK_LABEL_RE, kind_of
    from confnotes.importers.textutil import strip_markdown_inline

    tops = {s: _past_bylines(_head(texts.get(s, ""))) for s in read}
    shared = Counter(_template_key(head[0][1]) for head in tops.values() if head)
    for source, programme in list(read.items()):
        talks = programme.talks  # the writer's parts too ("Overview" read as one)
        key = _template_key(tops[source][0][1]) if tops[source] else ""
        if (
            len(talks) > 1
            and shared[key] >= 2
            and _level(tops[source][0][0])
            and any(_template_key(t.title) == key for t in talks[:2])
            and (again := _one_talk(source, format)) is not None
            and _own_talk(again) is not None
        ):  # "# Overview" cut off as one talk of several: the file is one talk's notes
            again.name, again.name_from = programme.name, programme.name_from
            read[source] = again
    owned = {s: t for s, p in read.items() if (t := _own_talk(p)) is not None}
    heads = {s: tops[s] for s in owned}
    drafts = _drafts(owned, heads)
    for source, talk in owned.items():
        head = heads[source]
        key = _template_key(head[0][1]) if head else ""
        slug = title_key(stem_title(Path(source).stem))
        kind_only = len(key.split()) <= 2 and (
            kind_of(key) != "talk" or TALK_LABEL_RE.fullmatch(key)
        )
        if not key or (shared[key] < 2 and not kind_only) or key in drafts:
            continue  # "# Keynote" alone names a kind, no talk, as the template's words do
        if _template_key(talk.title) not in (key, slug) and not _byline(talk.title):
            if kind_only and talk.kind == "talk" and (kind := kind_of(head[0][1])) != "talk":
                talk.kind = kind  # "# Keynote" over "## Tides Are Deadlines": its kind
            if head[0][0] not in talk.body:
                talk.body = f"{head[0][0]}\n{talk.body}"
            continue  # titled by its own words already
        text = texts.get(source, "")
        headings = _headings(text)
        title = ""
        speakers = {title_key(p.name) for p in talk.speakers}
        deepest = _level(head[0][0]) + 1 if head else 0
        for raw, plain in head[1:]:
            named = {title_key(p.name) for p in _line_people(raw, plain)}
            if (named and named <= speakers) or _template_key(plain) == key:
                deepest = _level(raw) or deepest
                continue  # the speaker's line ("## Katie Pollard"), the template's words
            if title_key(plain) in headings and plain and _level(raw) <= deepest:
                title = plain  # not a part under the speaker's heading ("#### Tools")
            break
        if (
            not title
            and shared[key] >= 2
            and _template_key(stem := stem_title(Path(source).stem)) != key
        ):
            title = stem if re.search(r"[^\W\d_]", stem) else ""
        if title:
            if talk.kind == "talk" and (kind := kind_of(head[0][1])) != "talk":
                talk.kind = kind
            talk.title = strip_markdown_inline(title).strip()
            if head[0][0] not in talk.body:  # "# Keynote II", read as the title: kept
                talk.body = f"{head[0][0]}\n{talk.body}" if talk.body else f"{head[0][0]}\n"


_QUOTES = (
    ("'", "'"),
    ('"', '"'),
    ("“", "”"),
    ("‘", "’"),
    ("«", "»"),
    ("„", "“"),
    ("»", "«"),
    ("「", "」"),
)
_QUOTED_RES = [
    re.compile(
        rf"(?:^|(?<=[\s(:])){re.escape(a)}\s?(?P<title>[^\n]{{2,300}}?)\s?{re.escape(b)}"
        r"(?=$|[\s,.:;!?)\-–—])"
    )
    for a, b in _QUOTES
]
"""A quoted run of a title (``'CSS sucks'``, ``“Deep Tides”``, ``« L'écume »``): the
quotes open after a space and close before one, so an apostrophe (``l'audit``) is none."""
_FRAME_CUT_RE = re.compile(r"(?<!\s)[ \t]{0,3}(?::|[ \t][-–—|][ \t])")
"""Where an event's name ends a template's words (``TideCamp 2031:``, ``Fest 2030 - ``)."""


def _quoted(title: str) -> tuple[str, str, str] | None:
    """A title's words before its one quoted run, the run, and the words after it."""
    runs = [m for quoted in _QUOTED_RES for m in quoted.finditer(title[:500])]
    if len(runs) != 1:
        return None
    m = runs[0]
    return title[: m.start()].strip(), m.group("title").strip(), title[m.end() :].strip()


_AFTER_QUOTE_BY = BY_WORD_SET | {"from", "de", "do", "dos", "das", "del", "des", "della"}
"""The by-words after a quoted title (``'Title' by``, ``from``, ``do``, ``de``, ``von``): a
title's speaker follows ``de``/``do`` in Romance languages as it follows ``by``; ``at``,
``on``, ``about`` name a place, a day or a subject, never who spoke."""


def _after_quote_people(rest: str) -> list[ProgrammePerson]:
    """The people the words after a quoted title name (``do Zeno Rocha``, ``by Ana Ruiz``,
    ``- Bo Li``, ``von Jana Wolf``): a short lower-case word (the by-word of any language)
    may open them; every word else must be the names'."""
    from confnotes.importers.persons import is_organisation, split_speakers

    words = rest.strip(" ,.;:-–—|").split()
    if words and words[0].islower():
        if words[0] not in _AFTER_QUOTE_BY:
            return []  # "'Deep Tides' at Red Hat", "… on Day Two": a place, a time
        words = words[1:]
    name = _by_name(" ".join(words))
    if not name or len(name.split()) > 8:
        return []
    who = [p for p in split_speakers(name) if not is_organisation(p.name)]
    said = {w for p in who for w in title_key(p.name).split()}
    joins = {"and", "e", "y", "et", "und", "en", "og", "och"}
    return who if who and set(title_key(name).split()) <= said | joins else []


def folder_quoted_titles(read: dict[str, Programme], texts: dict[str, str]) -> str:
    """A folder whose files' titles follow one template around a quoted title (``Front
    Days 2031: notes from the talk 'Deep Tides' by Ana Ruiz``, each file another talk):
    the words before the quotes, the same in two files or more, are the template's, not
    the talk's; the quoted words are each such file's talk's title and the name after
    them, if the person test says it is one, its speaker (by the fuller name the file
    gives them, ``Ana Luísa Ruiz`` for ``Ana Ruiz``). Returns the event those shared
    words name before their colon or dash when it holds a year (``Front Days 2031``),
    else ''."""
    from confnotes.importers.when import find_year

    framed: dict[str, tuple[ProgrammeTalk, str, str, str]] = {}
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is not None and (parts := _quoted(talk.title)) and parts[0]:
            framed[source] = (talk, *parts)
    shared = Counter(title_key(before) for _t, before, _q, _r in framed.values())
    common = [k for k, n in shared.items() if n >= 2]
    if len(common) != 1:
        return ""
    name = ""
    for source, (talk, before, quoted, rest) in framed.items():
        if title_key(before) != common[0]:
            continue
        if talk.title not in talk.body:  # the heading's words stay the writer's, whole
            text = texts.get(source, "")
            line = next((ln for ln in text.splitlines() if quoted in ln), talk.title)
            talk.body = f"{line}\n{talk.body}" if talk.body else f"{line}\n"
        talk.title = quoted
        if not talk.speakers and (who := _after_quote_people(rest)):
            for person in who:
                person.name = fuller(person.name, texts.get(source, ""))
            talk.speakers = who
        head = _FRAME_CUT_RE.split(before, maxsplit=1)[0].strip()
        if head != before and find_year(head) and len(head.split()) >= 2:
            name = head
    return name


_FOLDER_KINDS = frozenset({"keynote", "spotlight", "panel", "poster", "demo", "oral"})
"""Kinds of talk a folder may be named for (``keynotes/``, ``lightning-talks/``)."""
_FOLDER_KIND_WORDS = 3
"""The most words a folder named for a kind has (``invited-talks``, ``lightning talks``)."""


def _folder_words(name: str) -> str:
    """A folder's name as words (``rich-hickey`` → ``rich hickey``)."""
    return " ".join(w for w in _SLUG_WORDS_RE.split(name) if w)


def _below(source: str, root: str) -> tuple[str, ...]:
    """The folders between a walked folder and one of its files (``keynotes``, ``ana``)."""
    try:
        return Path(source).parent.resolve().relative_to(Path(root).resolve()).parts
    except ValueError:
        return ()


def folder_kinds(read: dict[str, Programme], root: str) -> None:
    """Talks kept in a folder named for a kind of talk (``keynotes/``, ``lightning-talks/``,
    ``posters/``, under the walked folder ``root``) are of that kind, as the person who
    filed them there says, unless their own text says another; the deepest such folder
    counts."""
    from confnotes.importers.kinds import kind_of

    for source, programme in read.items():
        kinds = [
            kind
            for part in _below(source, root)
            if len((words := _folder_words(part)).split()) <= _FOLDER_KIND_WORDS
            and (kind := kind_of(words)) in _FOLDER_KINDS
        ]
        for talk in programme.talks if kinds else []:
            if talk.kind == "talk":
                talk.kind = kinds[-1]


def folder_person_folders(read: dict[str, Programme], root: str) -> None:
    """One folder per talk, each named for its speaker (``keynotes/ana-ruiz/README.md``):
    where two files or more of the walked folder ``root`` name as their speaker the person
    their own folder's name spells, a file there that names no one takes its folder's
    person. A folder holding several files is a topic's or a day's, never a person's."""
    from confnotes.importers.persons import is_organisation, is_person_name, parse_one

    per_folder = Counter(Path(s).parent for s in read)
    agree = 0
    unnamed: list[tuple[ProgrammeTalk, str]] = []
    for source, programme in read.items():
        talk = _own_talk(programme)
        if talk is None or not _below(source, root) or per_folder[Path(source).parent] != 1:
            continue
        words = _folder_words(Path(source).parent.name)
        if talk.speakers:
            agree += any(title_key(p.name) == title_key(words) for p in talk.speakers)
        else:
            unnamed.append((talk, words))
    if agree < 2:
        return
    for talk, words in unnamed:
        name = " ".join(w[:1].upper() + w[1:] for w in words.split())
        if not 2 <= len(words.split()) <= 3 or not all(w.isalpha() for w in words.split()):
            continue
        if (
            is_person_name(name)
            and not is_organisation(name)
            and not _no_ones(name)
            and (person := parse_one(name)) is not None
        ):
            talk.speakers = [person]
