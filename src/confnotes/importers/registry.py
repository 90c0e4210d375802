"""Finding the right importer: format modules discovered by name, chosen by content.

Every module of :mod:`confnotes.importers.formats` that defines ``NAME``,
``detect`` and ``parse`` is a format (adding a format is adding a module).
Detection asks each module how sure it is and takes the surest; when none is
sure enough the error lists what was tried and why each said no. Sources are
files or http(s) URLs. A file over :data:`MAX_SOURCE_BYTES` is parsed from disk one talk
at a time when its format can (frab XML, schedule JSON, iCalendar), bounded by the count
of talks instead of bytes; a download goes to a temporary file first (bounded by
:data:`MAX_DOWNLOAD_BYTES` and a deadline) and is then read the same way.
"""

from __future__ import annotations

import importlib
import io
import os
import pkgutil
import re
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from datetime import timedelta
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, BinaryIO

from confnotes.errors import BadInputError
from confnotes.importers import formats as _formats_pkg
from confnotes.importers.fuller_names import fuller_speakers, panellists_by_given_name
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import bad_input, decode
from confnotes.importers.unkept import keep_every_line, person_text

if TYPE_CHECKING:
    from confnotes.importers.readings import Reading


class SourceUnreadable(BadInputError):
    """A programme's file or URL could not be read at all (missing, unreachable, too
    large, too slow, cancelled), as opposed to a programme whose content is wrong: an
    update of a remembered programme reports the first as "cannot fetch" (offline?)."""


MAX_SOURCE_BYTES = 20_000_000
"""Largest programme read into memory whole; a larger one is read from disk a talk at a
time when its format can stream, and refused otherwise (real ones are a few MB)."""

MAX_DOWNLOAD_BYTES = 1_000_000_000
"""Largest programme downloaded. A server can send without end: the download (to a
temporary file, never held in memory) stops here, or at the deadline, whichever is first."""

URL_TIMEOUT = 20.0
"""Seconds to wait for a URL before giving up."""
DOWNLOAD_DEADLINE = 120.0
"""Seconds a programme download may take in all (a server sending a byte at a time
cannot hold an import for long)."""
CHUNK_BYTES = 65_536
"""A download is read this much at a time (deadline and cancel are checked between)."""

MIN_CONFIDENCE = 0.2
"""A format must be at least this sure to be picked automatically."""


FALLBACK = "outline"
"""The format any text falls back to: a person's notes, or one note of the whole text."""


def _discover() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(_formats_pkg.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{_formats_pkg.__name__}.{info.name}")
        name = getattr(module, "NAME", None)
        if (
            isinstance(name, str)
            and callable(getattr(module, "detect", None))
            and callable(getattr(module, "parse", None))
        ):
            found[name] = module
    return found


FORMATS: dict[str, ModuleType] = _discover()
"""Format modules by ``--format`` name."""


def _confidence(module: ModuleType, data: bytes, source: str = "") -> float:
    try:
        score = max(0.0, min(1.0, float(module.detect(data))))
        named = getattr(module, "named", None)
        if score and source and callable(named):
            # a format the file's name speaks against (a template in a notes.md)
            score = max(0.0, min(score, float(named(data, source, score))))
        return score
    except Exception:  # detect() must never raise; a buggy one just does not match
        return 0.0


def _why_not(module: ModuleType, data: bytes, score: float) -> str:
    explain = getattr(module, "why_not", None)
    if callable(explain):
        try:
            reason = explain(data)
        except Exception:
            reason = ""
        if reason:
            return str(reason)
    return f"confidence {score:.2f}"


def detect_format(data: bytes, source: str) -> str:
    """The name of the format that fits ``data`` best.

    Raises:
        BadInputError: empty or binary input, or no format is sure enough (the
            message names every format tried and why it was rejected).
    """
    return _ranked_formats(data, source)[0]


def _ranked_formats(data: bytes, source: str) -> list[str]:
    """The formats sure enough of ``data``, surest first (the fallback alone when none is).

    Raises:
        BadInputError: as :func:`detect_format`.
    """
    if not data.strip():
        raise bad_input("the file is empty", source)
    head = data[:4096]
    if (
        b"\x00" in head
        and not head.startswith((b"\xff\xfe", b"\xfe\xff"))
        and head.count(b"\x00") > len(head) // 100
    ):
        raise bad_input("binary data, not a conference programme", source)
    scores = {name: _confidence(module, data, source) for name, module in FORMATS.items()}
    best = max(scores, key=lambda n: scores[n], default=None)
    if (best is None or scores[best] < MIN_CONFIDENCE) and scores.get(FALLBACK, 0.0) > 0:
        return [FALLBACK]  # text that fits no programme format: one note holding all of it
    if best is None or scores[best] < MIN_CONFIDENCE:
        tried = "; ".join(
            f"{name}: {_why_not(FORMATS[name], data, scores[name])}" for name in sorted(scores)
        )
        raise bad_input(
            f"cannot tell which programme format this is (tried {tried}); give one with --format",
            source,
        )
    ranked = sorted((n for n in scores if scores[n] >= MIN_CONFIDENCE), key=lambda n: -scores[n])
    return ranked + ([FALLBACK] if scores.get(FALLBACK, 0.0) > 0 and FALLBACK not in ranked else [])


TEXT_FORMATS = frozenset({"markdown", "jekyll", "text", "html", "outline", "notes"})
"""Formats of documents people write: read several ways, the readings ranked."""


def parse_programme(
    data: bytes, source: str, format: str = "auto", shape: str | None = None
) -> Programme:
    """Parse a programme, detecting its format unless one is given. A text document is
    read every way its readers offer and the best reading is taken
    (:mod:`confnotes.importers.readings`), or the one ``shape`` names.

    Raises:
        BadInputError: unknown format or shape name, undetectable or malformed input,
            a shape the document cannot be read as.
    """
    from confnotes.importers.context_day import date_by_context
    from confnotes.importers.doctree import looks_like_html_page
    from confnotes.importers.person_evidence import hosts_of_openings
    from confnotes.importers.persons import vouched_by
    from confnotes.importers.richtext import with_rich_text_body
    from confnotes.importers.role_asides import chairs_from_asides
    from confnotes.importers.spellings import one_spelling
    from confnotes.importers.structure import with_opening_front_fence, with_plain_front_fence
    from confnotes.importers.template_words import with_template_words
    from confnotes.importers.when import reading_order

    auto = format in ("auto", "", None)
    if auto or format in TEXT_FORMATS:
        data = with_rich_text_body(with_opening_front_fence(with_plain_front_fence(data)))
        data = with_template_words(data, looks_like_html_page)
        # a page's text saved as a tree in its front matter; a fence naming its language
        # (---json) as a plain one; a post's front matter without its opening fence; a
        # template page's translation calls (``{{=_('Lunch')}}``) as their words
    head = data[:200_000].decode("utf-8", errors="replace")
    with reading_order(head), vouched_by(head):
        programme = _parse_auto(data, source, format, shape, auto)
    date_by_context(programme, head, source, looks_like_html_page(head))
    _name_by_year(programme, head, source)
    chairs_from_asides(programme)
    strip_type_tails(programme)
    unquote_titles(programme)
    hosts_of_openings(programme)
    one_spelling(programme, head)
    tag_types(programme)
    tag_courses(programme)
    speakers_by_line(programme)
    return programme


def _name_by_year(programme: Programme, text: str, source: str) -> None:
    """Whatever reader read the document, the event's name its year-named lines give
    (:mod:`confnotes.importers.event_name`) where the name found is none or wrapped."""
    from confnotes.importers.event_name import better_name, names_no_event

    stem = Path(source).stem
    if name := better_name(programme, text, stem):
        old = programme.name.strip()
        if not names_no_event(old, programme.name_from, stem) and old not in programme.description:
            # "My picks, Baltic Python 2023": the writer's words the name leaves out stay
            # with the conference, as its description's first line (never dropped)
            programme.description = f"{old}\n\n{programme.description}".strip()
        programme.name, programme.name_from = name, "year"


_TAIL_RE = re.compile(r"[(\[（【]([^()\[\]（）【】]{1,24})[)\]）】]$")
"""A short bracketed tail ending a title (``… (long)``, ``… [Demo]``, ``…（招待講演）``)."""
TAILS_LEAST = 3
"""Titles a programme must end with repeated tails before they read as the talks' type."""


def _a_type(tail: str) -> bool:
    """Whether a title's bracketed tail can say its type: no person (``(Ana Ruiz)``, who
    gives it), organisation or number (``(Room 2)``, ``(Teil 1)``, where or which part)."""
    from confnotes.importers.persons import is_organisation, is_person_name

    words = " ".join(tail.split())
    return not (any(c.isdigit() for c in words) or is_person_name(words) or is_organisation(words))


def strip_type_tails(programme: Programme) -> None:
    """Titles ending in the same short bracketed words, again and again (``(long)``,
    ``(short)``, ``(abstract)`` after each paper; ``[Demo]``, ``(invited)``), say each
    talk's type, not its title: a tail that ends two titles or more, when such tails end
    :data:`TAILS_LEAST` titles and a quarter of them, moves into the talk's tags (and its
    kind, when its words say one). A tail that ends one title only (``(Part 2)``) is
    the title's own; one whose removal would make two titles one stays too."""
    from confnotes.importers.identity import title_key
    from confnotes.importers.kinds import kind_of, type_tag

    tails: dict[int, tuple[str, str]] = {}
    keys = Counter(title_key(t.title) for t in programme.talks)
    for n, talk in enumerate(programme.talks):
        m = _TAIL_RE.search(talk.title.rstrip())
        rest = talk.title[: m.start()].strip() if m else ""
        if rest:
            keys[title_key(rest)] += 1  # a title the tail's removal would make
        if m and len(rest) >= 3 and len(m.group(1).split()) <= 3 and _a_type(m.group(1)):
            tails[n] = (" ".join(m.group(1).split()).casefold(), rest)
    counts = Counter(tail for tail, _rest in tails.values())
    typed = {n: v for n, v in tails.items() if counts[v[0]] >= 2}
    if len(typed) < TAILS_LEAST or 4 * len(typed) < len(programme.talks):
        return
    for n, (tail, rest) in typed.items():
        talk = programme.talks[n]
        if keys[title_key(rest)] > 1:
            continue  # another talk has this title: the tail tells the two apart
        talk.title = rest
        tag = type_tag(tail) or tail
        if tag not in talk.tags:
            talk.tags.append(tag)
        if talk.kind == "talk" and kind_of(tail) != "talk":
            talk.kind = kind_of(tail)


def unquote_titles(programme: Programme) -> None:
    """A talk whose speakers were read and whose title is one quotation (``Name:
    "Title";``, ``Name — «Title»``): the quotes only set the title apart from the name
    (and a list's item ends in a semicolon); the title is the words inside them. So is
    a quotation after a label of a word or three (``Werkstatt: "Title"``, ``Talk:
    «Title»``): the label says what kind of slot it is, in whatever language."""
    from confnotes.importers.kinds import kind_of, type_tag
    from confnotes.importers.title_speakers import QUOTED_WHOLE_RE

    for talk in programme.talks:
        if not talk.speakers:
            continue
        title = talk.title.strip().removesuffix(";")
        label, colon, rest = title.partition(": ")
        if m := QUOTED_WHOLE_RE.fullmatch(title):
            talk.title = m.group(1).strip()
        elif colon and _slot_label(label) and (m := QUOTED_WHOLE_RE.fullmatch(rest.strip())):
            talk.title = m.group(1).strip()
            if talk.kind == "talk" and kind_of(label) != "talk":
                talk.kind = kind_of(label)
            if (tag := type_tag(label)) and tag not in talk.tags:
                talk.tags.append(tag)


def _slot_label(label: str) -> bool:
    """A word or three of letters before a colon (``Vortrag``, ``Lightning talk``)."""
    words = label.split()
    return 0 < len(words) <= 3 and all(w.isalpha() for w in words)


def speakers_by_line(programme: Programme) -> None:
    """A talk with no speakers whose title is a format's name and a by-line (``Keynote
    by Ana Ruiz``) is given by the people it names, whatever reader read it
    (:func:`confnotes.importers.title_speakers.given_by`); the title stays as written. A
    title in quotes followed by its speaker (``"Title" dr Name. Org``) is split there."""
    from confnotes.importers.title_speakers import given_by, quoted_then_names

    for talk in programme.talks:
        if not talk.speakers and (people := given_by(talk.title)):
            talk.speakers = people
        elif not talk.speakers and (quoted := quoted_then_names(talk.title)):
            talk.title, talk.speakers = quoted


def tag_types(programme: Programme) -> None:
    """A talk whose own title says it is a workshop or a tutorial (``Workshop: …``)
    tagged so, whatever reader read it (:func:`confnotes.importers.kinds.type_tag`)."""
    from confnotes.importers.kinds import type_tag

    for talk in programme.talks:
        if talk.kind == "talk" and (tag := type_tag(talk.title)) and tag not in talk.tags:
            talk.tags.append(tag)


COURSE_LEAST = timedelta(hours=3)
"""How long a talk given by named people runs before it is a course: half a day."""


def tag_courses(programme: Programme) -> None:
    """A talk its people give for half a day or more (``14:00–17:30``, or from Monday
    morning to Tuesday noon) is a course, as summer schools and tutorial days hold them:
    no talk runs so long, so it is tagged a workshop, unless its title names an activity
    that is no course (``Hackathon kick-off``, ``Open Space``, ``Conference dinner
    cruise``: :func:`confnotes.importers.kinds.names_an_activity`)."""
    from confnotes.importers.kinds import TYPE_TAGS, names_an_activity

    kinds = set(TYPE_TAGS.values())
    for talk in programme.talks:
        if (
            talk.kind == "talk"
            and talk.speakers
            and talk.start is not None
            and talk.end is not None
            and talk.end - talk.start >= COURSE_LEAST
            and not kinds & set(talk.tags)
            and not names_an_activity(talk.title)
        ):
            talk.tags.append("workshop")


def _parse_auto(data: bytes, source: str, format: str, shape: str | None, auto: bool) -> Programme:
    if not auto or shape:
        name = format if not auto else detect_format(data, source)
        if (auto and name in TEXT_FORMATS) or shape:
            return _read_text(data, source, shape, name if auto else "")
        return _parse_as(data, source, name, auto)
    ranked = _ranked_formats(data, source)
    translate = getattr(FORMATS.get(ranked[0]), "translate", None)
    if callable(translate):
        # a source that lays out another format's document (LaTeX: an HTML page): read
        # as that document is read, its readings ranked as its own
        translated, _name = translate(data)
        return _parse_auto(translated, source, format, shape, auto)
    failed: BadInputError | None = None
    empty: Programme | None = None
    for name in ranked:
        # a detected data format that cannot read the file after all, or finds nothing in
        # it, gives way to the next reading (a <schedule> that is no frab's, a data file whose
        # records are not talks); when none can, the surest one's complaint is worth reading
        if name in TEXT_FORMATS:  # its readings are ranked among themselves
            return _read_text(data, source, None, name)
        try:
            programme = _parse_as(data, source, name, False)
        except BadInputError as exc:
            failed = failed or exc
            continue
        except Exception:
            if os.environ.get("CONFNOTES_STRICT_READERS") == "1":
                raise  # in the test suite a reader that raises is the bug it is
            continue
        if programme.talks or programme.roles or programme.sessions or programme.dates:
            return programme
        empty = empty or programme
    if empty is not None:
        return empty
    raise failed or bad_input("no format could read this", source)


def _read_text(data: bytes, source: str, shape: str | None, detected: str) -> Programme:
    """The best reading of a text document, or the one the user chose."""
    from confnotes.importers import readings

    text = decode(data, source)
    if shape is None and len(text) > readings.DEEP_LIMIT and detected:
        # a large file (a year of notes): the detected format's reading alone, as fast as
        # one reader; --as still weighs them all
        programme = _parse_as(data, source, detected, True)
        if not programme.talks and detected != FALLBACK:
            # the format's own reader found no talk in it (a page of cards in divs): the
            # document tree's reading, which reads any page by its structure
            outlined = _parse_as(data, source, FALLBACK, True)
            programme = outlined if outlined.talks else programme
        if detected in readings.NOTES_LIKE:
            keep_every_line(programme, text)
        return programme
    chosen_token = readings.SHOWN.set(readings.SHOWN.get() or shape is not None)
    try:
        offered = _offered(data, text, source, detected)  # a chosen shape is read, not named
    finally:
        readings.SHOWN.reset(chosen_token)
    if shape is not None:
        chosen = [r for r in offered if r.shape == shape and r.built]
        if shape not in readings.SHAPES:
            known = ", ".join(readings.SHAPES)
            raise BadInputError(f"unknown shape {shape!r} (known: {known})")
        if not chosen:
            have = ", ".join(dict.fromkeys(r.shape for r in offered))
            raise bad_input(f"cannot be read as {shape} (it reads as: {have})", source)
        best = chosen[0]
        best.programme.reading_chosen = True
    else:
        best = offered[0]
        second = next((r for r in offered[1:] if r.shape != best.shape and r.contender), None)
        safe = automatic_reading(offered)
        if (
            safe is best
            and second is not None
            and best.score - second.score < readings.CLOSE
            and readings.programme_either_way(best, second)
            and readings.disagree(best.programme, second.programme)
        ):
            best.programme.warnings.insert(
                0,
                f"two readings fit about equally ({best.shape} {best.score:.2f}, "
                f"{second.shape} {second.score:.2f}), both a programme: took {best.shape}; "
                f"--as {second.shape} chooses the other",
            )
        if safe is not best and second is not None:
            safe.programme.warnings[:] = [w for w in safe.programme.warnings if "one note" not in w]
            took = (
                f"took {safe.shape}, which finds more of the document"
                if safe is second
                else "kept the whole text as one note"
            )
            safe.programme.warnings.insert(
                0,
                f"two readings fit about equally ({best.shape} {best.score:.2f}, "
                f"{second.shape} {second.score:.2f}): {took}; "
                f"--as {best.shape} or --as {second.shape} chooses",
            )
            best = safe
    # the three best, and the reading that knows no convention wherever it ranks (it is
    # never taken alone: the user sees it and chooses it with --as units)
    shown = offered[:3] + [r for r in offered[3:] if r.shape == "units"]
    best.programme.readings = [r.summary() for r in shown]
    best.programme.reading = best.shape
    notes = best.shape not in readings.PROGRAMME_SHAPES
    if detected in readings.NOTES_READERS or (detected in readings.NOTES_LIKE and notes):
        # a person's every line, in some note (a post read as a programme is a page), and
        # the names of the people as the notes write them whole
        keep_every_line(best.programme, text, notes)
        fuller_speakers(best.programme, text)
        panellists_by_given_name(best.programme)
    elif (
        person_text(best.programme, text)
        or (not best.programme.talks and _dated_post(text))
        or _blog_post(text)
    ):
        # a page whose reading leaves out most of its text, written in sentences, is a
        # person's text: its every line too, its tables' header rows among them; and so
        # is a dated post of which a reading found no talk (its people from its prose), and
        # a post its header calls one, whatever programme it holds (a person's write-up
        # around a schedule pasted in, a list or a table in HTML or Markdown)
        keep_every_line(best.programme, text, True)
    return best.programme


def _dated_post(text: str) -> bool:
    """A post: its own header (front matter, ``.. date:`` comments) gives it a date."""
    from confnotes.importers import structure

    return "date" in structure.read(text).front


def _blog_post(text: str) -> bool:
    """A blog post (:func:`readings.blog_post`)."""
    from confnotes.importers import readings

    return readings.blog_post(text)


def text_readings(data: bytes, source: str, format: str = "auto") -> list[Reading]:
    """The readings ``import --dry-run`` ranks for a document, best first (empty when it
    is not a text document, or too large to weigh them all without ``--as``)."""
    from confnotes.importers import readings

    auto = format in ("auto", "", None)
    name = detect_format(data, source) if auto else format
    if name not in TEXT_FORMATS:
        return []
    text = decode(data, source)
    if len(text) > readings.DEEP_LIMIT and auto:
        return []
    from confnotes.importers.when import reading_order

    shown_token = readings.SHOWN.set(True)  # shown: every reading built, none only named
    try:
        with reading_order(text):
            return _offered(data, text, source, name if auto else "")
    finally:
        readings.SHOWN.reset(shown_token)


def automatic_reading(offered: list[Reading]) -> Reading:
    """The reading an import takes when none is chosen: the best, unless the best two are
    close and disagree about the talks (then the safe one, the whole text as one note,
    unless both read a programme of talks that hold up: then the best), and neither
    finds clearly more than the other (:func:`readings.dominates`: more talks
    with speakers or times and more people, or more of the document's headings as
    titles, as sound, as much kept; then that one): what each found weighs in the close
    call, not only their scores."""
    from confnotes.importers import readings

    best = offered[0]
    second = next((r for r in offered[1:] if r.shape != best.shape and r.contender), None)
    close = (
        second is not None
        and best.shape != "one-note"
        and best.score - second.score < readings.CLOSE
        and not readings.dominates(best, second)
    )
    one_note = next((r for r in offered if r.shape == "one-note"), None)
    # the lines the best keeps that the one note of the whole text (what a close call falls
    # back to) does not: lost either way, so the second need not keep them to win
    slack = (
        max(0.0, best.kept - one_note.kept)
        if one_note is not None and second is not None and second.kept >= one_note.kept
        else 0.0
    )
    if (
        close
        and second is not None
        and second.shape != "one-note"
        and readings.dominates(second, best, slack)
    ):
        return second  # the second finds clearly more, losing nothing: no doubt
    if close and second is not None and readings.disagree(best.programme, second.programme):
        if readings.programme_either_way(best, second):
            return best  # a programme either way: one note of it would find nothing
        return next((r for r in offered if r.shape == "one-note"), best)
    return best


def _offered(data: bytes, text: str, source: str, detected: str) -> list[Reading]:
    from confnotes.importers import readings

    return readings.candidates(
        data, text, source, lambda d, s, f: _parse_as(d, s, f, False), detected, FORMATS
    )


def _parse_as(data: bytes, source: str, name: str, auto: bool) -> Programme:
    module = FORMATS.get(name)
    if module is None:
        known = ", ".join(sorted(FORMATS))
        raise BadInputError(f"unknown format {name!r} (known: auto, {known})")
    programme = module.parse(data, source)
    if not isinstance(programme, Programme):
        raise BadInputError(f"format {name!r} returned no programme", source or None)
    if (
        auto
        and name != FALLBACK
        and not (programme.talks or programme.roles or programme.sessions or programme.dates)
        and _confidence(FORMATS[FALLBACK], data) > 0
    ):
        # the page format found nothing: rather one note of the whole text than an
        # empty conference
        return parse_programme(data, source, FALLBACK)
    return programme


HEAD_BYTES = 65536
"""How much of a large file format detection reads."""


def read_programme(
    source: str,
    format: str = "auto",
    deadline: float | None = None,
    cancel: threading.Event | None = None,
    shape: str | None = None,
) -> tuple[Programme, str]:
    """Read and parse one file or URL: ``(programme, name for messages)``; ``deadline``
    and ``cancel`` bound a download as in :func:`read_source`; ``shape`` as in
    :func:`parse_programme`.

    A file larger than :data:`MAX_SOURCE_BYTES` is still read when its format can stream
    (frab XML, schedule JSON, iCalendar): detected from its first and last 64 kB, then
    parsed from the open file one talk at a time, bounded by counts (talks, nesting), not
    by size. A URL is downloaded to a temporary file first and read the same way.

    Raises:
        BadInputError: as :func:`read_source` and :func:`parse_programme`.
    """
    if is_url(source):
        with tempfile.TemporaryFile(prefix="confnotes-download-") as spool:
            size = _download(source, spool, MAX_DOWNLOAD_BYTES, deadline, cancel)
            spool.seek(0)
            if size > MAX_SOURCE_BYTES:
                return _parse_large(spool, source, format), source
            data = spool.read()
        return parse_programme(data, source, format, shape), source
    path = Path(source)
    if "://" not in source:
        try:
            large = path.is_file() and path.stat().st_size > MAX_SOURCE_BYTES
        except OSError:
            large = False
        if large:
            return _read_large(path, format), str(path)
    data, name = read_source(source, deadline=deadline, cancel=cancel)
    return parse_programme(data, name, format, shape), name


def _read_large(path: Path, format: str) -> Programme:
    try:
        with path.open("rb") as fh:
            return _parse_large(fh, str(path), format)
    except PermissionError:
        raise SourceUnreadable("permission denied", path) from None
    except OSError as exc:
        raise SourceUnreadable(f"cannot read: {exc.strerror or exc}", path) from None


def _parse_large(fh: BinaryIO, name: str, format: str) -> Programme:
    """Parse a programme too large to hold whole from an open file, by a format that streams."""
    head = fh.read(HEAD_BYTES)
    fh.seek(0, 2)
    end = fh.tell()
    fh.seek(max(len(head), end - HEAD_BYTES))
    tail = fh.read(HEAD_BYTES)  # the widget JSON names its speakers and rooms at the end
    fh.seek(0)
    sample = head + b"\n" + tail if tail else head
    chosen = detect_format(sample, name) if format in ("auto", "", None) else format
    module = FORMATS.get(chosen)
    stream = getattr(module, "parse_file", None)
    if module is None or not callable(stream):
        raise BadInputError(
            f"file is larger than {MAX_SOURCE_BYTES // 1_000_000} MB and the {chosen} "
            "format cannot be read in pieces; not a programme",
            name,
        )
    programme = stream(fh, name)
    if not isinstance(programme, Programme):
        raise BadInputError(f"format {chosen!r} returned no programme", name)
    return programme


def is_url(text: str) -> bool:
    """True for ``http://`` and ``https://`` sources."""
    return text.lower().startswith(("http://", "https://"))


def read_source(
    path_or_url: str, deadline: float | None = None, cancel: threading.Event | None = None
) -> tuple[bytes, str]:
    """The bytes of a file or http(s) URL, and the name to use in messages.

    ``deadline`` (a :func:`time.monotonic` value) bounds a download as a whole, not
    each read: a server sending a byte at a time cannot hold an import for minutes.
    ``cancel`` stops a download between reads.

    Raises:
        BadInputError: missing file, a folder, too large, unreachable URL, HTTP error,
            past the deadline, cancelled.
    """
    if is_url(path_or_url):
        return _read_url(path_or_url, deadline, cancel), path_or_url
    if "://" in path_or_url:
        scheme = path_or_url.split("://", 1)[0]
        raise SourceUnreadable(
            f"{path_or_url}: only http and https URLs can be imported, not {scheme}"
        )
    path = Path(path_or_url)
    try:
        if path.is_dir():
            raise SourceUnreadable("is a folder; give the programme file", path)
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceUnreadable(
                f"file is larger than {MAX_SOURCE_BYTES // 1_000_000} MB; not a programme", path
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise SourceUnreadable("no such file", path) from None
    except PermissionError:
        raise SourceUnreadable("permission denied", path) from None
    except OSError as exc:
        raise SourceUnreadable(f"cannot read: {exc.strerror or exc}", path) from None
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceUnreadable(f"file is larger than {MAX_SOURCE_BYTES // 1_000_000} MB", path)
    return data, str(path)


def _download(
    url: str,
    sink: IO[bytes],
    limit: int,
    deadline: float | None = None,
    cancel: threading.Event | None = None,
) -> int:
    """Write the body of ``url`` into ``sink`` in chunks, checking the size ``limit``, the
    overall ``deadline`` and ``cancel`` between them; the number of bytes written.

    Raises:
        BadInputError: HTTP error, unreachable, too large, past the deadline, cancelled.
    """
    try:
        request = urllib.request.Request(
            url, headers={"User-Agent": "confnotes (programme import)", "Accept": "*/*"}
        )
    except ValueError as exc:  # ``http://[x`` (broken IPv6 host)
        raise SourceUnreadable(f"{url}: not a valid URL ({exc})") from None
    too_large = f"{url}: larger than {limit // 1_000_000} MB"
    try:
        timeout = URL_TIMEOUT
        if deadline is not None:
            timeout = max(0.05, min(timeout, deadline - time.monotonic()))
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise SourceUnreadable(f"{too_large}; not downloading it")
            size = 0
            while True:
                if cancel is not None and cancel.is_set():
                    raise SourceUnreadable(f"{url}: import cancelled")
                if deadline is not None and deadline - time.monotonic() <= 0:
                    raise TimeoutError
                chunk = response.read1(CHUNK_BYTES)
                if not chunk:
                    return size
                size += len(chunk)
                if size > limit:
                    raise SourceUnreadable(f"{too_large}; stopped")
                sink.write(chunk)
    except urllib.error.HTTPError as exc:
        raise SourceUnreadable(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise SourceUnreadable(f"{url}: cannot fetch: {exc.reason}") from None
    except TimeoutError:
        if deadline is not None and time.monotonic() >= deadline:
            raise SourceUnreadable(f"{url}: not downloaded in time; stopped") from None
        raise SourceUnreadable(f"{url}: no answer within {URL_TIMEOUT:g} s") from None
    except OSError as exc:
        raise SourceUnreadable(f"{url}: cannot fetch: {exc.strerror or exc}") from None
    except ValueError as exc:  # http.client.InvalidURL: control characters, a bad port
        raise SourceUnreadable(f"{url}: not a valid URL ({exc})") from None


def _read_url(
    url: str, deadline: float | None = None, cancel: threading.Event | None = None
) -> bytes:
    buffer = io.BytesIO()
    _download(url, buffer, MAX_SOURCE_BYTES, deadline, cancel)
    return buffer.getvalue()
