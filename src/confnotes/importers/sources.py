"""Importing paths and URLs: each source read and parsed, files of one event joined,
each programme merged (:mod:`confnotes.importers.merge`), and where it came from
remembered for ``import --update`` (:mod:`confnotes.importers.update`).

The orchestration above the merge, so that the merge, the join and the update each
stand alone: a folder is walked file by file, several files given together are read as
one event when they join, and a file read again from where its conference came from
goes through the update's mechanism (talks it no longer holds are marked cancelled).
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable
from pathlib import Path

from confnotes.errors import BadInputError, BusyError, ConfnotesError
from confnotes.importers.folderwise import (
    body_lines,
    folder_bylines,
    folder_colon_titles,
    folder_comma_speakers,
    folder_event_heads,
    folder_event_titles,
    folder_file_titles,
    folder_head_slots,
    folder_heading_speakers,
    folder_kinds,
    folder_linked_titles,
    folder_name_titled_files,
    folder_name_titles,
    folder_numbered_parts,
    folder_one_talk_files,
    folder_own_pages,
    folder_person_folders,
    folder_quoted_titles,
    folder_shared_names,
    folder_slug_speakers,
    folder_speaker_pages,
    folder_speaker_places,
    folder_talk_levels,
    folder_template_titles,
    texts_of,
)
from confnotes.importers.identity import title_key
from confnotes.importers.join import join_programmes, joinable_format, names_file, read_all
from confnotes.importers.link_targets import by_name_key, linked_file
from confnotes.importers.merge import ImportReport, merge_programme, target_conference
from confnotes.importers.notefiles import forge_path, is_notes_file
from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.readings import IN_NOTES_FOLDER, SHOWN
from confnotes.importers.registry import (
    DOWNLOAD_DEADLINE,
    TEXT_FORMATS,
    detect_format,
    is_url,
    read_programme,
    read_source,
)
from confnotes.importers.structure import Outline
from confnotes.importers.update import FetchError, reimport, remember_in, remember_source
from confnotes.importers.when import find_year
from confnotes.model import Conference
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.slugs import make_slug


def import_sources(
    nb: Notebook,
    sources: list[str],
    format: str = "auto",
    conference_id: str | None = None,
    dry_run: bool = False,
    cancel: threading.Event | None = None,
    shape: str | None = None,
) -> list[ImportReport]:
    """Read, parse and merge each source; a failing one is reported and the rest go on.

    ``cancel`` stops between sources and inside a download (what was merged stays);
    ``shape`` reads every text document as that shape (``import --as``). A dry run shows
    the readings of each document, so each is built (:data:`readings.SHOWN`).
    """
    shown = SHOWN.set(dry_run or SHOWN.get())
    try:
        return _import_sources(nb, sources, format, conference_id, dry_run, cancel, shape)
    finally:
        SHOWN.reset(shown)


def _import_sources(
    nb: Notebook,
    sources: list[str],
    format: str,
    conference_id: str | None,
    dry_run: bool,
    cancel: threading.Event | None,
    shape: str | None,
) -> list[ImportReport]:
    reports = []
    expanded = expand_sources(sources)
    given = [s for s, folder, skip in expanded if not folder and not skip]
    if format in ("auto", "", None) and len(given) > 1 and len(given) == len(expanded):
        joined = _import_together(nb, given, conference_id, dry_run)
        if joined is not None:
            return joined
    joined_data: dict[str, list[ImportReport]] = {}
    if format in ("auto", "", None) and shape is None:
        joined_data = _data_files_together(nb, expanded, conference_id, dry_run)
        expanded = [e for e in expanded if e[0] not in joined_data or joined_data[e[0]]]
    read = _read_folders(
        nb, [e for e in expanded if e[0] not in joined_data], format, conference_id, shape, cancel
    )
    for source, folder, skip in expanded:
        if cancel is not None and cancel.is_set():
            break
        if source in joined_data:
            reports += joined_data[source]
            continue
        if skip:
            reports.append(ImportReport(source=source, dry_run=dry_run, skipped_file=skip))
            continue
        programme, conf_id = read.get(source, (None, conference_id))
        reports.append(
            import_source(
                nb,
                source,
                format,
                conf_id,
                dry_run,
                cancel,
                folder=folder,
                shape=shape,
                programme=programme,
            )
        )
    return reports


def _data_files_together(
    nb: Notebook, expanded: list[tuple[str, str, str]], conference_id: str | None, dry_run: bool
) -> dict[str, list[ImportReport]]:
    """A walked folder that holds only programme data files (a site's ``_data/``:
    sessions, speakers and rooms apart, ids pointing across them) read together, as when
    they are given together on the command line: each file of a group that joins maps to
    the reports of the join, the first file to all of them and the others to none. A
    folder with notes or pages among its files is read file by file, as one conference
    (:func:`read_folder`). Pages the data names by their path (a slot's ``"speaker":
    "_speakers/ana.md"``, in a folder of their own) join the group of that data."""
    by_folder: dict[str, list[str]] = {}
    for source, folder, skip in expanded:
        if folder and not skip:
            by_folder.setdefault(str(Path(source).parent), []).append(source)
    groups: dict[str, tuple[list[str], list[tuple[bytes, str]]]] = {}
    for parent, files in by_folder.items():
        items: list[tuple[bytes, str]] = []
        for source in files:
            if (item := _data_file(source)) is None:
                break
            items.append(item)
        if len(items) == len(files):  # else notes beside data: read file by file, one conference
            groups[parent] = (list(files), items)
    for parent, files in by_folder.items():
        if parent in groups:
            continue
        for source in files:
            named = next((g for g in groups.values() if names_file(g[1], source)), None)
            if named is not None:
                try:
                    named[1].append(read_source(source))
                except ConfnotesError:
                    continue  # unreadable: read on its own, which reports what is wrong
                named[0].append(source)
    out: dict[str, list[ImportReport]] = {}
    for parent, (files, items) in groups.items():
        if len(files) < 2:
            continue
        joined = _import_together(nb, files, conference_id, dry_run, parent, items)
        if joined is not None:
            out.update((source, []) for source in files)
            out[files[0]] = joined
    return out


def _data_file(path: str) -> tuple[bytes, str] | None:
    """The bytes and name of a file whose content a data format reads (JSON, YAML, CSV,
    XML, iCalendar; a speakers or rooms list that is part of a programme), or None for a
    text document."""
    try:
        data, name = read_source(path)
        if joinable_format(data) is not None or detect_format(data, name) not in TEXT_FORMATS:
            return data, name
    except ConfnotesError:
        pass  # unreadable: read on its own, which reports what is wrong
    return None


def _read_folders(
    nb: Notebook,
    expanded: list[tuple[str, str, str]],
    format: str,
    conference_id: str | None,
    shape: str | None,
    cancel: threading.Event | None,
) -> dict[str, tuple[Programme, str | None]]:
    """The files of each walked folder read first (:func:`read_folder`), so that they go
    into one conference: the one the richest file names, or ``conference_id``."""
    groups: dict[str, list[str]] = {}
    for source, folder, skip in expanded:
        if folder and not skip:
            groups.setdefault(folder, []).append(source)
    out: dict[str, tuple[Programme, str | None]] = {}
    for folder, files in groups.items():
        read, together = read_folder(folder, files, format, shape, cancel)
        if cancel is not None and cancel.is_set():
            return out
        if not together:
            continue  # several conferences in one folder: each file its own
        conf_id = conference_id
        if conf_id is None and read:
            richest = max(read.values(), key=lambda p: (p.start is not None, len(p.talks)))
            conf_id = target_conference(nb, richest, None)
        out.update((source, (p, conf_id)) for source, p in read.items())
    return out


def read_folder(
    folder: str,
    files: list[str],
    format: str = "auto",
    shape: str | None = None,
    cancel: threading.Event | None = None,
) -> tuple[dict[str, Programme], bool]:
    """The files of one walked folder, each read on its own and named as one conference
    (then True): the one some file names (a year in it, the only such name), else the
    folder's. Files naming different conferences (``neurips2023.md``, ``icml2024.md``)
    keep their own (then False). A file that cannot be read is left out
    (:func:`import_source` reports it)."""
    read: dict[str, Programme] = {}
    walking = IN_NOTES_FOLDER.set(True)
    try:
        for source in files:
            if cancel is not None and cancel.is_set():
                return read, False
            try:
                read[source] = read_programme(source, format, shape=shape)[0]
            except ConfnotesError:
                continue
    finally:
        IN_NOTES_FOLDER.reset(walking)
    if shape is None:
        _indexes_as_indexes(read, format)
    named = [p.name for p in read.values() if p.name_from != "file name" and p.name]
    dated = list(dict.fromkeys(n for n in named if find_year(n)))
    index = _index_name(folder, read) or _shared_name(dated)
    if len(dated) > 1 and not index:
        return read, False
    texts = texts_of(read)
    framed = folder_quoted_titles(read, texts)
    named_by_heads = "" if index or dated or framed else folder_event_heads(read)
    name = index or (
        dated[0] if dated else framed or named_by_heads or _group_name(Path(folder), files)
    )
    for programme in read.values():
        programme.name, programme.name_from = name, ""
    folder_shared_names(read, texts)
    folder_one_talk_files(read, texts, format)
    folder_talk_levels(read, texts, format)
    folder_colon_titles(read, texts)
    folder_numbered_parts(read, texts)
    folder_name_titled_files(read, texts, format)
    folder_bylines(read, texts, format)
    folder_speaker_pages(read, texts)
    folder_head_slots(read, texts)
    folder_name_titles(read, texts)
    folder_speaker_places(read, texts)
    folder_linked_titles(read, texts)
    folder_comma_speakers(read)
    _join_index(read)
    _index_day(read)
    _full_names(read)
    _file_name_speakers(read)
    folder_slug_speakers(read, texts)
    folder_file_titles(read, texts)
    folder_heading_speakers(read, texts)
    folder_person_folders(read, folder)
    folder_kinds(read, folder)
    folder_template_titles(read, texts, format)
    folder_own_pages(read, texts)
    _people_pages(read)
    folder_event_titles(read, named_by_heads, texts)
    _one_note_per_talk(list(read.values()))
    return read, True


def _local(url: str) -> str:
    """A link to a notes file as a path from the folder: a forge's address of a file in
    the repository (:func:`forge_path`) as the path it names, any other link as written."""
    return forge_path(url) or url


def _links_folder_files(
    programme: Programme, source: str, files: set[Path], named: dict[str, str] | None = None
) -> int:
    """How many of a programme's talks link a notes file of the folder read with it (by
    its path, or by its name in any link form when ``named``: :func:`by_name_key`)."""
    from urllib.parse import unquote

    base = Path(source).parent
    return sum(
        1
        for talk in programme.talks
        if any(
            (
                is_notes_file(x.url)
                and (base / unquote(_local(x.url).split("#")[0]).lstrip("/")).resolve() in files
            )
            or (named is not None and linked_file(x.url, named) not in ("", source))
            for x in talk.links
        )
    )


def _indexes_as_indexes(read: dict[str, Programme], format: str) -> None:
    """A folder's index page (``README.md``, ``index.md``) is read as the index it is
    when its links reach the folder's other notes files: one talk unless proven otherwise
    holds for a note, and the links to the folder's files are that proof (its entries
    then join the files they link). Its reading as one talk or as sections stays when
    its index reading links no more files of the folder than it does (a section that
    links three notes is one entry of the reading, not three)."""
    files = {Path(s).resolve() for s in read}
    named = by_name_key(list(read))
    for source, programme in list(read.items()):
        own_name = Path(source).stem.casefold() in _INDEX_STEMS
        if not own_name and not _link_list(source):
            continue
        linking = _links_folder_files(programme, source, files)
        if linking and not own_name:
            continue
        with contextlib.suppress(ConfnotesError):
            indexed = read_programme(source, format, shape="index")[0]
            found = _links_folder_files(indexed, source, files, None if own_name else named)
            if found >= max(2, linking + 1):
                read[source] = indexed


_LINK_ITEM_RE = re.compile(
    r"^\s{0,12}(?:(?:[-*+]|\d{1,3}[.)])\s{1,4}(?:\[|<(?:doc:|a\s))|<li>\s{0,4}<a\s)", re.I
)
"""A list item that opens on a link (``- [Title](x.md)``, ``- [[Title]]``, ``- <doc:X>``,
``<li><a href="x.html">``)."""
_INDEX_SHARE = 2 / 3
"""The share of a page's lines (headings aside) that must be linked items to make it an
index whatever its file's name."""


def _link_list(source: str) -> bool:
    """Whether a file is mostly a list of links (two or more, and two thirds of its lines
    that are no heading): a table of contents, whatever its name (DocC names its
    catalogue's page after the event)."""
    try:
        text = Path(source).read_bytes()[:200_000].decode("utf-8", errors="replace")
    except OSError:
        return False
    lines = [x for x in body_lines(text) if not x.lstrip().startswith("#")]
    linked = sum(1 for x in lines if _LINK_ITEM_RE.match(x))
    return linked >= 2 and linked >= len(lines) * _INDEX_SHARE


def _index_day(read: dict[str, Programme]) -> None:
    """The one day a folder's own page gives (``# Openvis Conference - Boston 2015`` /
    ``### April 6, 2015``, no talk of its own) dates the folder's talks that say none."""
    days = {
        p.start
        for p in read.values()
        if p.start is not None and p.start == p.end and all(t.kind == "other" for t in p.talks)
    }
    if len(days) != 1:
        return
    day = days.pop()
    for programme in read.values():
        for talk in programme.talks:
            if talk.day is None and talk.start is None and talk.kind != "other":
                talk.day = day


def _another_talk(entry: ProgrammeTalk, own: ProgrammeTalk) -> bool:
    """An index entry and the one talk of the file it links that differ in title and in
    speaker (``Graduating to Grid - Andrews`` over a file of Jen Simmons' talk)."""
    a, b = title_key(entry.title), title_key(own.title)
    if not a or not b or a in b or b in a:
        return False
    last = {p.name.split()[-1].casefold() for p in own.speakers if p.name.split()}
    return bool(entry.speakers and own.speakers) and not any(
        p.name.split() and p.name.split()[-1].casefold() in last for p in entry.speakers
    )


def _full_names(read: dict[str, Programme]) -> None:
    """A speaker an index names by surname alone (``Simmons``) is the one person of the
    folder's files whose full name ends so (``Jen Simmons``)."""
    full: dict[str, set[str]] = {}
    for programme in read.values():
        for talk in programme.talks:
            for person in talk.speakers:
                words = person.name.split()
                if len(words) > 1:
                    full.setdefault(words[-1].casefold(), set()).add(person.name)
    for programme in read.values():
        for talk in programme.talks:
            for person in talk.speakers:
                names = full.get(person.name.casefold(), set()) if " " not in person.name else set()
                if len(names) == 1:
                    person.name = next(iter(names))


def _shared_name(names: list[str]) -> str:
    """The name files of one folder agree on when each says more after it (``CSHL
    Systems Immunology 2023 Session 1``, ``… Session 2``): their leading words in common,
    when those hold the year; else ''."""
    if len(names) < 2:
        return ""
    split = [n.split() for n in names]
    common: list[str] = []
    for words in zip(*split, strict=False):
        if any(w.casefold() != words[0].casefold() for w in words):
            break
        common.append(words[0])
    rest = [w[len(common)] for w in split if len(w) > len(common)]
    if common and len(rest) == len(split) and all(len(r) <= 2 for r in rest):
        common = common[:-1]  # "Session 1", "Session 2": the files' own part, not the name's
    name = " ".join(common).strip(" -–—:|,")
    return name if find_year(name) and len(name.split()) >= 2 else ""


def _file_name_speakers(read: dict[str, Programme]) -> None:
    """Notes titled by their files' names (``Level up your Swift - Paul Hudson.md``): the
    part after the last dash is the speaker where the folder's other such names agree
    that the name comes last (one whose title cannot be a name says so), so ``Swift
    Concurrency - Donny Wals`` is read as its siblings are; never when one disagrees."""
    from confnotes.importers.document_names import stem_title
    from confnotes.importers.persons import split_speakers

    titled: list[tuple[ProgrammeTalk, str, str]] = []
    last = first = 0
    for source, programme in read.items():
        name = stem_title(Path(source).stem)
        head, dash, tail = name.rpartition(" - ")
        talks = [t for t in programme.talks if title_key(t.title) == title_key(name)]
        if not dash or len(talks) != 1 or talks[0].speakers:
            if dash and any(
                t.speakers and title_key(t.title) == title_key(head) for t in programme.talks
            ):
                last += 1  # "Level up your Swift - Paul Hudson", read so already
            continue
        tail_people, head_people = split_speakers(tail), split_speakers(head)
        last += bool(tail_people) and not head_people
        first += bool(head_people) and not tail_people
        titled.append((talks[0], head, tail))
    if not last or first:
        return
    for talk, head, tail in titled:
        if who := split_speakers(tail):
            talk.title, talk.speakers = head, who


def _people_pages(read: dict[str, Programme]) -> None:
    """A note tool's page about a person (``People/Ana Ruiz.md``: titled by a name alone,
    no speaker, no time) is a note of the folder, not a talk. The file's name says the
    name too, as a note tool names its pages: ``03_long_queues.md`` under ``# Long
    Queues`` is a talk whose title merely looks like a name."""
    from confnotes.importers.document_names import stem_title
    from confnotes.importers.persons import split_speakers

    for source, programme in read.items():
        if len(programme.talks) != 1:
            continue
        note = programme.talks[0]
        named = split_speakers(note.title)
        if (
            len(named) == 1
            and title_key(stem_title(Path(source).stem)) == title_key(note.title)
            and title_key(named[0].name) == title_key(note.title)
            and not (note.speakers or note.start or note.links)
        ):
            note.kind = "other"


_BRACKETED_RE = re.compile(r"[(\[][^()\[\]]*[)\]]")


def _dated_out(m: re.Match[str]) -> str:
    """A bracketed part of a heading, gone when it holds a date's digits."""
    return " " if any(ch.isdigit() for ch in m.group()) else m.group()


_INDEX_STEMS = frozenset({"readme", "index", "_index", "home"})
"""A folder's own page: what its heading says names the folder's conference."""


def _index_name(folder: str, read: dict[str, Programme]) -> str:
    """The conference a folder's index file (``README.md``, ``index.md`` beside the notes)
    names in its front matter's title, else its first heading (``# PyGotham 2017 Notes`` →
    ``PyGotham 2017``), its dates aside; "" when it has none. Its notes that nothing makes
    talks (no speaker, time or link: its heading's text, a date heading) are the folder's
    own text."""
    from confnotes.importers.headings import conference_name, names_no_event
    from confnotes.importers.persons import names_a_kind_of_event_only
    from confnotes.importers.structure import read as outline_of
    from confnotes.importers.textutil import strip_markdown_inline
    from confnotes.importers.when import strip_dates

    names = {Path(s).name.casefold() for s in read}
    for source, programme in read.items():
        path = Path(source)
        if not Path(folder).resolve().is_relative_to(path.resolve().parent):
            continue  # the folder's own page, or its collection's (joined with it)
        try:
            text = path.read_bytes()[:200_000].decode("utf-8", errors="replace")
        except OSError:
            continue
        outline = outline_of(text)
        if path.stem.casefold() not in _INDEX_STEMS and not _links_only(outline, names):
            continue
        heads = outline.sections()
        said = outline.front.get("title")
        if not heads and not said:
            said = _sentence_name(text) if path.stem.casefold() in _INDEX_STEMS else ""
            if not said:
                continue
        # a site's section page (Hugo's ``_index.md``) says its name in its front matter
        heading = strip_markdown_inline(str(said) if said else heads[0].title)
        if path.stem.casefold() not in _INDEX_STEMS and not find_year(heading):
            continue  # "# Resources" over links: a page of the notes, naming no event
        undated = " ".join(_BRACKETED_RE.sub(_dated_out, heading).split())  # "(June 3-5, 2021)"
        name = conference_name(strip_dates(undated) if not find_year(undated) else undated)
        name = _dated_part(name.strip(" -–—,:"))
        if re.fullmatch(r"[\w]+(?:-[\w]+)+", name):
            name = conference_name(folder_name(name))  # "# Posit-Conference-Notes": a slug
        if not find_year(name):
            name = _dated_mention(name, outline) or _prose_name(outline) or name
        if not name:
            continue
        for talk in programme.talks:
            if not (talk.speakers or talk.start or talk.links):
                talk.kind = "other"  # the index's own words under its headings, no talk
        if names_a_kind_of_event_only(name) or names_no_event(heading):
            continue  # "# Conference-Notes": a collection's own page, naming no event
        return name
    return ""


def _sentence_name(text: str) -> str:
    """The event a folder's index names in a sentence when it has no heading (``Notes
    from sessions at the 2014 Northeast PHP Conference``): the run of capitalised words
    around its year; '' when its first line names no year or is no short sentence."""
    first = next((x.strip() for x in text.splitlines() if x.strip()), "")
    words = first.rstrip(" .!").split()
    if not 2 <= len(words) <= 20:
        return ""
    at = next((i for i, w in enumerate(words) if find_year(w)), -1)
    if at < 0:
        return ""

    def named(w: str) -> bool:
        return w[:1].isupper() or w[:1].isdigit()

    lo, hi = at, at + 1
    while lo > 0 and named(words[lo - 1]):
        lo -= 1
    while hi < len(words) and named(words[hi]):
        hi += 1
    return " ".join(words[lo:hi]) if hi - lo >= 2 else ""


_PARTS_RE = re.compile(r"(?<!\s)\s+[-–—|]\s+|:\s+|(?<!\s)\s+\((?=[^()]*\)\s*$)")
"""Where a heading's parts meet (``PGM 2026 – Conference Diary (Valencia, Spain)``)."""


def _dated_part(heading: str) -> str:
    """Of a heading's parts, the one that names the event with its year (``PGM 2026``);
    the heading as it is when no part or several do, or the dated one is a year alone."""
    from confnotes.importers.headings import title_name

    parts = [p.strip(" ()") for p in _PARTS_RE.split(heading)]
    dated = [p for p in parts if find_year(p)]
    if len(parts) > 1 and len(dated) == 1 and re.search(r"[^\W\d_]{2}", dated[0]):
        year = str(find_year(dated[0]))
        place = dated[0].replace(year, " ").split()
        lead = parts[0]
        if dated[0] != lead and len(place) <= 2 and title_name(lead, None) == lead:
            # "Openvis Conference - Boston 2015": the event the heading opens with, in the
            # year its place part gives
            return f"{lead} {year}"
        return dated[0]
    return heading


def _dated_mention(name: str, outline: Outline) -> str:
    """The index's own words naming the event with its year (``Notes taken at the 2024
    Posit Conference`` under ``# Posit Conference``); "" when its first lines do not."""
    words = name.split()
    if not words or len(words) > 8:
        return ""
    said = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"(?:\b(?:19|20)\d\d\s+{said}\b|\b{said}\s+(?:19|20)\d\d\b)", re.I)
    lines = [line for line in outline.lines[outline.front_last + 1 :][:12] if line.strip()]
    for line in lines:
        if m := pattern.search(line):
            return m.group(0)
    return ""


def _prose_name(outline: Outline) -> str:
    """The event with its year that the index's first line of prose under its heading
    names (``# Game Conference Talks`` over ``Notes taken at Develop:Brighton 2022``): a
    heading without a year titles the collection, the dated words name its edition; ""
    when that line names none (:func:`_sentence_name`)."""
    heads = outline.heading_lines()
    for n, line in enumerate(outline.lines[outline.front_last + 1 :][:12], outline.front_last + 1):
        if line.strip() and n not in heads and not _RULE_LINE_RE.match(line):
            return _sentence_name(line)
    return ""


_RULE_LINE_RE = re.compile(r"^\s{0,3}(?:[=\-*_]\s{0,2}){3,}$")
"""A heading's underline or a rule: no line of prose."""


def _links_only(outline: Outline, names: set[str]) -> bool:
    """A page of headings and links to notes files beside it, and nothing else (``#
    Euruko 2022`` over ``[Day 1](./day-1.md)``): the folder's index, whatever its name."""
    from confnotes.importers.talk_levels import LINK_LINE_RE

    heads = outline.heading_lines()
    linked = 0
    for n, line in enumerate(outline.lines[outline.front_last + 1 :], outline.front_last + 1):
        if n in heads or not line.strip():
            continue
        if not LINK_LINE_RE.match(line):
            return False
        target = line.rsplit("(", 1)[-1].strip(" )<>")
        linked += is_notes_file(target) and Path(target).name.casefold() in names
    return linked > 0


def _join_index(read: dict[str, Programme]) -> None:
    """An index page's entries that link a notes file of the folder are that file's: a file
    of one talk takes the entry's speakers when it has none; a file of several
    talks (a day's notes) or of none says itself what it holds. Entries linking no file
    of the folder stay talks of the index."""
    from urllib.parse import unquote

    by_path = {Path(s).resolve(): p for s, p in read.items()}
    keyed = by_name_key(list(read))
    by_name: dict[str, list[Programme]] = {}
    for s, p in read.items():
        by_name.setdefault(Path(s).stem.casefold(), []).append(p)
    for source, programme in read.items():
        base = Path(source).parent
        keep = []
        for talk in programme.talks:
            target = next((_local(x.url) for x in talk.links if is_notes_file(x.url)), "")
            other = None
            for root in (base, Path(source).parent.parent) if target else ():
                candidate = (root / unquote(target).lstrip("/")).resolve()
                if candidate in by_path:
                    other = by_path[candidate]
                    break
            wiki = next((x.url for x in talk.links if "/" not in x.url and "." not in x.url), "")
            if other is None and len(named := by_name.get(wiki.casefold(), [])) == 1:
                other = named[0]  # [[2025-03-13]]: a vault's note, found by its name
            if other is None:  # <doc:Quiet-Queues>, {% link %}: a file by its name's words
                found = next((f for x in talk.links if (f := linked_file(x.url, keyed))), "")
                other = read.get(found) if found else None
            if other is None or other is programme:
                keep.append(talk)
                continue
            own = [t for t in other.talks if t.kind != "other" or t.speakers]
            if len(own) == 1 and _another_talk(talk, own[0]):
                keep.append(talk)  # the file holds another talk than its entry says
                continue
            if len(own) == 1:
                own[0].speakers = own[0].speakers or talk.speakers
                own[0].tags += [x for x in talk.tags if x not in own[0].tags]
        if len(keep) < len(programme.talks):
            used = {t.session for t in keep}
            programme.sessions = [x for x in programme.sessions if x.key in used]
        programme.talks = keep


def _import_together(
    nb: Notebook,
    sources: list[str],
    conference_id: str | None,
    dry_run: bool,
    folder: str = "",
    items: list[tuple[bytes, str]] | None = None,
) -> list[ImportReport] | None:
    """Files of one event given together (an index page and its talks' pages, a talk's
    .ics and the schedule, sessions and speakers apart) merged as one programme each;
    None when they do not join (then each is imported on its own)."""

    try:
        items = items or [read_source(source) for source in sources]
        parts = read_all(items)
    except ConfnotesError:
        return None  # each file on its own says what is wrong with it
    joined = join_programmes(parts)
    if len(joined) == len(items):
        return None
    reports = []
    group = make_slug("-".join(Path(s).name for s in sources), "files")

    def remember(conf: Conference) -> bool:
        changed = [remember_in(conf, source, "auto", together=group) for source in sources]
        return any(changed)

    for programme in joined:
        if folder and programme.name_from == "file name":
            programme.name = _group_name(Path(folder))  # the walked folder names it
        names = ", ".join(sources)
        report = merge_programme(nb, programme, conference_id, dry_run, names, remember)
        report.programme = programme
        if not dry_run:
            for source in sources:
                remember_source(nb, report.conference_id, source, "auto", together=group)
        reports.append(report)
    return reports


def import_source(
    nb: Notebook,
    source: str,
    format: str = "auto",
    conference_id: str | None = None,
    dry_run: bool = False,
    cancel: threading.Event | None = None,
    folder: str = "",
    shape: str | None = None,
    programme: Programme | None = None,
) -> ImportReport:
    """Fetch one source (outside any lock, one deadline for the whole download), parse it,
    then plan and apply it (under the notebook's write lock; a dry run only plans).
    ``folder``: the folder a walked file came from, which names a notes conference;
    ``programme``: the source already read (a walked folder's files are read first)."""

    try:
        deadline = time.monotonic() + DOWNLOAD_DEADLINE
        if programme is not None:
            name = source
        else:
            programme, name = read_programme(
                source, format, deadline=deadline, cancel=cancel, shape=shape
            )
        if cancel is not None and cancel.is_set():
            raise BadInputError(f"{name}: import cancelled")
        if folder and programme.name_from == "file name":
            programme.name = _group_name(Path(folder))  # a notes folder names it
        shape = programme.reading if programme.reading_chosen else ""
        fmt = programme.format

        def remember(conf: Conference) -> bool:
            return remember_in(conf, name, fmt, shape=shape)

        report = _import_programme(nb, programme, conference_id, dry_run, name, remember)
        report.programme = programme
        if not dry_run:
            # So that `import --update` can fetch it again (confnotes.importers.update); the
            # merge wrote it with the conference already, unless the programme went
            # through --update's mechanism.
            remember_source(nb, report.conference_id, name, fmt, shape=shape)
    except BusyError:
        raise  # another writer: the next sources would wait for it as well
    except ConfnotesError as exc:
        report = ImportReport(source=source, dry_run=dry_run, error=exc)
    return report


def _import_programme(
    nb: Notebook,
    programme: Programme,
    conference_id: str | None,
    dry_run: bool,
    source: str,
    remember: Callable[[Conference], bool] | None = None,
) -> ImportReport:
    """Merge a programme; one read again from where its conference came from before (a
    newer version of the file) goes through ``import --update``'s mechanism, which marks
    the talks it no longer holds as cancelled."""
    if not dry_run:
        conf_id = target_conference(nb, programme, conference_id)
        try:
            report = reimport(nb, conf_id, source, programme)
        except FetchError as exc:
            report = merge_programme(nb, programme, conference_id, dry_run, source, remember)
            report.notes.append(f"talks no longer in it were not marked cancelled: {exc}")
            return report
        if report is not None:
            return report
    return merge_programme(nb, programme, conference_id, dry_run, source, remember)


MAX_WALKED_FILES = 10_000
"""Files looked at in one walked folder; a home folder given by mistake stops there."""

_BINARY_WORDS = (
    ".png .jpg .jpeg .gif .webp .bmp .tiff .ico .svg .pdf .zip .gz .tgz .bz2 .xz .7z .rar "
    ".tar .mp3 .mp4 .m4a .mov .avi .mkv .wav .ogg .webm .woff .woff2 .ttf .otf .eot .exe "
    ".dll .so .dylib .o .a .pyc .class .jar .db .sqlite .sqlite3 .pkl .npy .npz .pt .bin "
    ".docx .xlsx .pptx .odt .ods .key .pages .numbers .heic .psd .ai .epub"
)
_BINARY_SUFFIXES = frozenset(_BINARY_WORDS.split())


_DATED_NAME_RE = re.compile(
    r"(?P<year>(?:19|20)\d\d)(?:(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:[-_. ]\d{1,2}){0,2})"
    r"[-_. ]+(?=[^\W\d])|\d{1,2}[-_. ]+(?=[^\W\d])"
)
"""A folder name's leading date or number before its words: the year a collection of
notes sorts its events by (``2015-11-RubyConf``, ``2024_04_postgres_conference``), or a
month or order number (``03_axe-con`` under ``2023/``)."""


def folder_name(folder: str) -> str:
    """``neurips2023`` → ``neurips 2023``; ``icml_2024-notes`` → ``icml 2024 notes``;
    ``2015-11-RubyConf`` → ``RubyConf 2015``; ``03_axe-con`` → ``axe con``: a folder's name
    read as a conference name, so its files and a page of the same conference meet under
    one id. A date or a number that sorts the folder among others (year first, then month
    or day, or an order number) comes before the event's words: the event is the words,
    the year its year, the month and order nothing of its name."""
    year = ""
    if m := _DATED_NAME_RE.match(folder):
        folder, year = folder[m.end() :], m.group("year") or ""
    words = re.sub(r"[_\-.]+", " ", folder)
    words = re.sub(r"(?<=[A-Za-z])(?=(?:19|20)\d\d\b)", " ", words)
    if year and not find_year(words):
        words = f"{words} {year}"
    return " ".join(words.split()) or folder


def _group_name(folder: Path, files: list[str] | None = None) -> str:
    """A walked folder's name as a conference's (a tool's or a site's own folder, such as
    ``_data`` or ``pages``, named by the folder above it): a folder named by a year alone
    is named by the one event folder all its files lie in (``2023/03_axe-con/2023_03_15/``
    → ``axe con 2023``), else with the folders above it (``PyCon/Italia/2025``), up to
    two, short of one that names a collection of notes (``conference-notes/``)."""
    from confnotes.importers.headings import conference_name

    for _ in range(2):  # "devfest-2024/_data/": the site's folder names it, not its data's
        if folder.name.casefold() in _TOOL_FOLDERS and folder.parent != folder:
            folder = folder.parent
    name = folder_name(folder.name)
    root = Path(_WALK_ROOTS.get(str(folder), folder)).resolve()
    inside = folder.resolve() != root  # the folders above the one given name nothing of it
    above = folder_name(folder.parent.name) if folder.parent != folder else ""
    if not find_year(name) and re.fullmatch(r"(?:19|20)\d\d", above):
        return f"{name} {above}"  # "2016/djangocon-us/": the year's folder dates its event
    if _collection_name(name, folder) and (event := _one_event_folder(folder, files or [])):
        return event  # "conference-notes/agile-grenoble/": the event's folder names it
    if not re.fullmatch(r"(?:19|20)\d\d", name):
        return name
    if event := _one_event_folder(folder, files or []):
        return event if find_year(event) else f"{event} {name}"
    parents: list[str] = []
    for parent in list(folder.parents)[:2]:
        if inside and not parent.resolve().is_relative_to(root):
            break
        words = folder_name(parent.name)
        if not words or conference_name(words) != words or find_year(words):
            break
        parents.insert(0, words)
    return " ".join([*parents, name])


def _collection_name(name: str, folder: Path) -> bool:
    """A folder's name that says it holds notes, not which event (``conference-notes``,
    ``ana-talk-notes``, ``Conferences``), or a folder whose index page says so (a README
    headed ``# Talk-Notes``, ``# mes-notes``)."""
    from confnotes.importers.headings import conference_name, names_no_event
    from confnotes.importers.persons import names_a_kind_of_event_only
    from confnotes.importers.structure import read as outline_of

    if conference_name(name) != name or names_a_kind_of_event_only(name) or names_no_event(name):
        return True
    for stem in ("README", "readme", "index", "Readme"):
        for page in (folder / f"{stem}.md", folder / f"{stem}.markdown", folder / f"{stem}.org"):
            try:
                text = page.read_bytes()[:20_000].decode("utf-8", errors="replace")
            except OSError:
                continue
            heads = outline_of(text).sections()
            return bool(heads) and names_no_event(heads[0].title)
    return False


def _one_event_folder(folder: Path, files: list[str]) -> str:
    """The name of the one folder under ``folder`` that holds all ``files`` (however deep;
    the folder's own index pages aside) when it names an event: not a day's folder, not a
    notes tool's own; else ''."""
    firsts = set()
    for source in files:
        try:
            parts = Path(source).resolve().relative_to(folder.resolve()).parts
        except ValueError:
            return ""
        if len(parts) == 1 and Path(parts[0]).stem.casefold() in _INDEX_STEMS:
            continue
        firsts.add(parts[0] if len(parts) > 1 else "")
    if len(firsts) != 1 or "" in firsts:
        return ""
    first = firsts.pop()
    if _day_folder(first) or first.casefold() in _TOOL_FOLDERS:
        return ""
    words = folder_name(first)
    return words if re.search(r"[^\W\d]", words) else ""


def expand_sources(sources: list[str]) -> list[tuple[str, str, str]]:
    """Each source as ``(path or URL, folder name or "", why it is skipped or "")``.

    A folder is walked recursively in name order, each file on its own; hidden
    files and folders, and files that are not text, are listed with the reason
    so the report says what was left out.
    """
    import os

    out: list[tuple[str, str, str]] = []
    for source in sources:
        path = Path(source)
        if is_url(source) or not path.is_dir():
            out.append((source, "", ""))
            continue
        seen = 0
        for here, dirs, files in os.walk(path):
            hidden = sorted(d for d in dirs if d.startswith("."))
            for d in hidden:
                out.append((str(Path(here) / d), "", "hidden folder, not read"))
            dirs[:] = sorted(d for d in dirs if d not in hidden)
            folder = _group_folder(path, Path(here))
            for f in sorted(files):
                seen += 1
                if seen > MAX_WALKED_FILES:
                    out.append((here, "", f"more than {MAX_WALKED_FILES} files; the rest not read"))
                    return out
                full = str(Path(here) / f)
                if f.startswith("."):
                    out.append((full, "", "hidden file, not read"))
                elif Path(f).suffix.lower() in _BINARY_SUFFIXES or not _is_text(full):
                    out.append((full, "", "not a text file, not read"))
                else:
                    out.append((full, folder, ""))
                    _WALK_ROOTS[folder] = str(path)
        out = _index_joins_event(out, path)
    return out


_WALK_ROOTS: dict[str, str] = {}
"""Each walked group folder and the folder the user gave that holds it: a group's name
reads the folders between the two, never the ones above what was given (``dev/CodeMash/
2016/`` given ``CodeMash/`` is ``CodeMash 2016``, not ``dev CodeMash 2016``)."""


def _index_joins_event(out: list[tuple[str, str, str]], root: Path) -> list[tuple[str, str, str]]:
    """A collection of notes (``conference-notes/``) whose own files are only its index
    pages (``README.md``) over one event's folder (``aaai2016/``): the index is a page
    of that event's folder, not a conference of its own."""
    top = str(_group_folder(root, root))
    groups = {folder for _s, folder, skip in out if folder and not skip}
    if top not in groups or len(groups) != 2:
        return out
    own = [s for s, folder, skip in out if folder == top and not skip]
    if any(Path(s).stem.casefold() not in _INDEX_STEMS for s in own):
        return out
    (event,) = groups - {top}
    return [(s, event if folder == top else folder, skip) for s, folder, skip in out]


def _one_note_per_talk(programmes: list[Programme]) -> None:
    """Notes of one talk in two files of a folder (the day's journal and the talk's own
    page) become one note holding both, in file order: merged one after the other, the
    second file's notes would find the note written and be left out."""
    seen: dict[str, ProgrammeTalk] = {}
    for programme in programmes:
        keep = []
        for talk in programme.talks:
            key = title_key(talk.title)
            first = seen.get(key) if key else None
            if first is None:
                seen[key] = talk
                keep.append(talk)
                continue
            if talk.body.strip() and talk.body.strip() not in first.body:
                head = first.body.rstrip("\n") + "\n\n" if first.body.strip() else ""
                first.body = head + talk.body
            names = {p.name for p in first.speakers}
            first.speakers += [p for p in talk.speakers if p.name not in names]
            urls = {link.url for link in first.links}
            first.links += [link for link in talk.links if link.url not in urls]
            first.tags = list(dict.fromkeys([*first.tags, *talk.tags]))
            first.start, first.end = first.start or talk.start, first.end or talk.end
            first.day, first.room = first.day or talk.day, first.room or talk.room
            first.extra = {**talk.extra, **first.extra}
        programme.talks = keep


def _group_folder(root: Path, here: Path) -> str:
    """The folder whose files make one conference: the folder given, or the folder under
    it that a file sits in when that one's name holds a year (``notes/rustconf2024/``,
    with its track or day folders: ``aaai2016/deep_learning/``); under a folder named by
    a date alone (``2016/``), each folder is an event of its own (``2016/djangocon-us/``);
    a tool's own folders (``journals``, ``pages``, ``_posts``, ``People``) are not
    conferences."""
    top = root.resolve()
    inner = here.resolve().relative_to(top).parts if here.resolve() != top else ()
    for depth, part in enumerate(inner[:4]):
        if not find_year(part):
            continue
        below = inner[depth + 1 : depth + 2]
        if (
            below
            and not re.search(r"[^\W\d_]", part)  # "aaai2016/": the event, its folders its tracks
            and not _day_folder(below[0])
            and below[0].casefold() not in _TOOL_FOLDERS
        ):
            # "2016/djangocon-us/": a year's conferences, each a folder of its own
            return str(top.joinpath(*inner[: depth + 2]))
        return str(top.joinpath(*inner[: depth + 1]))  # "PyCon/Italia/2025/", however deep
    return str(top)


_TOOL_FOLDERS = frozenset(
    {"journals", "pages", "_posts", "posts", "people", "assets", "images", "img", "media"}
    | {"attachments", "resources", "slides", "files", "static", "drafts", "_drafts"}
    | {"_data", "data"}
)
"""A notes tool's or a site's own folders: no conference of their own."""


def _day_folder(name: str) -> bool:
    """A folder of one day's notes (``day1``, ``Day 2``, ``2025-05-14``, ``20250514``,
    ``tuesday``)."""
    from confnotes.importers.headings import DAY_RE

    words = folder_name(name)
    return bool(
        DAY_RE.search(words)
        or re.fullmatch(r"\d{4} \d\d \d\d|\d{1,2}|(?:19|20)\d\d(?:0[1-9]|1[0-2])\d\d", words)
    )


def _is_text(path: str) -> bool:
    """A regular file whose first 4 kB hold no NUL byte (UTF-16 aside)."""
    import os
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return True  # reading it properly reports the error
    return head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head
