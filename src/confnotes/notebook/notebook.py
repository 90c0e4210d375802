"""The notebook: a folder of plain files, and the one facade everything else uses.

Layout (DESIGN.md §1, documented in the README)::

    NOTEBOOK/
      people/<person-id>.md            a page per person (front matter + body)
      <conference-id>/conference.yaml  conference, sessions, organisers
      <conference-id>/<talk>.md        a note per talk (front matter + body)
      .confnotes/                      derived data (index, recovery); deletable

Ids come from paths: a conference's id is its folder, a talk's id is
``<conference-id>/<file stem>``, a person's id is the file stem. So a file
renamed by hand is simply a new id, and nothing needs a database.

The CLI, the UI, importers, the index and exporters all go through
:class:`Notebook`; it never prints and never imports Textual. It is the single
owner of the files: every write goes through its ``save_*`` / ``remove_*`` /
``apply_import`` methods under its one :class:`~confnotes.notebook.storage.WriteLock`,
keeps the search index it opened (:meth:`Notebook.search_index`) in step, and
publishes a :class:`~confnotes.notebook.change_feed.NotebookChange` on :attr:`Notebook.changes`.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat as stat_mode
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from confnotes.errors import (
    BadInputError,
    ConflictError,
    ConfnotesError,
    NotFoundError,
    StorageError,
)
from confnotes.model import Conference, Person, Talk
from confnotes.notebook import records
from confnotes.notebook.change_feed import ChangeBuilder, ChangeFeed, NotebookChange, Reason, change
from confnotes.notebook.collector import collector_paused
from confnotes.notebook.frontmatter import (
    Document,
    dump_front_matter,
    dump_yaml,
    key_lines,
    load_yaml,
    opens_front_matter,
    parse_document,
    render_document,
    split_front_matter,
)
from confnotes.notebook.indexed_part import PARTLY_INDEXED, partly_indexed
from confnotes.notebook.layout import (
    CONFERENCE_FILE,
    DERIVED_DIR,
    NOT_REGULAR,
    NOTE_SUFFIX,
    PEOPLE_DIR,
    SYMLINK,
    HeldNote,
    Layout,
    conference_files,
    rel_kind,
    scan,
    scan_folder,
)
from confnotes.notebook.merge3 import merge_values
from confnotes.notebook.parse_cache import ParseCache, is_plain
from confnotes.notebook.records import Problem
from confnotes.notebook.slugs import file_name_key, is_safe_stem, make_slug, unique_slug
from confnotes.notebook.staged import StagedWrites
from confnotes.notebook.storage import (
    DecodedText,
    WriteLock,
    atomic_write,
    clean_stray_temp_files,
    content_hash,
    decode_text,
    encode_text,
    lock_wait,
    mixed_endings,
    read_regular_file,
    text_warnings,
    write_lock,
)
from confnotes.notebook.summary_cache import (
    LINK_MARK,
    LazyPerson,
    LazyTalk,
    Summary,
    links_of,
    may_link,
    problems_of,
)

if TYPE_CHECKING:
    from confnotes.index.base import SearchIndex

WRITE_LOCK = "write.lock"
"""Lock file under ``.confnotes/`` held while a save checks and replaces a file."""
SAVE_LOCK_WAIT = 10.0
"""Seconds a save waits for another writer (an import in another terminal) before it fails
and the text is kept aside."""
MAX_NOTE_BYTES = 20_000_000
"""Notes larger than this are reported, not loaded: nobody types 20 MB at a talk."""
TOO_LARGE = f"note is larger than {MAX_NOTE_BYTES // 1_000_000} MB"
PREVIEW_NOTES = 3000
"""From this many notes (in the summary, or on disk when there is none yet), the app shows
the newest conference first (:meth:`Notebook.preview`) while it reads the rest."""
FEW_NOTES = 200
"""A load with fewer notes than this (or than 1/30 of them) to read besides the summary
parses them without reading the parse cache."""
TOO_LARGE_HEAD = 262_144
"""Bytes read of a note too large to load, for its front matter (which talk it is)."""


@dataclass
class FileState:
    """What a file held when it was last read or written, to detect edits made elsewhere."""

    hash: str
    decoded: DecodedText
    doc: Document | None
    baseline: dict[str, Any]
    size: int
    mtime_ns: int
    base_data: dict[str, Any] | None = None
    """The front matter the notebook's object of this file stands for, when it is not
    the file's (``doc.data``): a note built from the summary whose file changed before
    its body was read. Its body is the file's, its fields the summary's: a save merges
    the front matter three ways (this, the object's changes, the file's), as
    :func:`_front_matter` does, so neither side's keys are lost."""


def folder_transaction(
    root: Path, timeout: float, on_wait: Callable[[str], None] | None = None
) -> contextlib.AbstractContextManager[None]:
    """The one-writer lock of the notebook in ``root``, for work on its folder by a process
    that has not opened it (sync's merges into the work tree): the same lock as
    :meth:`Notebook.transaction`, so neither writes while the other does.

    Raises:
        BusyError: another process held it for ``timeout`` seconds.
    """
    return write_lock(root / DERIVED_DIR / WRITE_LOCK, timeout, on_wait)


class Notebook:
    """All conferences, talks and people of one notebook folder, loaded from its files."""

    def __init__(self, root: Path | str, parse_cache: bool = True, summary: bool = False):
        self.root = Path(root)
        """The notebook folder."""
        self.use_parse_cache = parse_cache
        """Reuse front matter parsed by an earlier run (``.confnotes/parse-cache.json``)."""
        self.parse_cache = ParseCache.disabled()
        """The cache of the last :meth:`load` (save it with :meth:`save_parse_cache`)."""
        self.use_summary = summary
        """Build talks from ``.confnotes/summary.json`` and read bodies on demand (the app)."""
        self.summary = Summary.disabled()
        """The schedule summary (:mod:`.summary_cache`), saved with the parse cache."""
        self.conferences: dict[str, Conference] = {}
        self.talks: dict[str, Talk] = {}
        self.people: dict[str, Person] = {}
        self.problems: list[Problem] = []
        """Problems found while loading (a file that could not be read is listed here)."""
        self._files: dict[Path, FileState] = {}
        self._stat_before_read: dict[Path, tuple[int, int]] = {}
        """Size and mtime of each file taken just *before* :meth:`_read` read it: remembered
        with the file, an edit landing during the read then shows as a change next time
        (a stat taken after the read would vouch for bytes never read)."""
        self._listings: dict[Path, tuple[int, set[str]]] = {}
        self.write_lock = WriteLock(self._lock_file)
        """The one writer lock: held by every save, and across a whole import or merge."""
        self.changes = ChangeFeed()
        """Every write is announced here (see :mod:`confnotes.notebook.change_feed`)."""
        self._batch: ChangeBuilder | None = None
        self._batch_written: list[Person | Conference | Talk] = []
        self._gathering: tuple[int, ChangeBuilder] | None = None
        """(thread, changes) of the running :meth:`announcing`, else None."""
        """Objects saved inside the innermost running batch: adopted together when it ends."""
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        self._unindexed: list[NotebookChange] = []
        """Changes the index was too busy to take (a build ran): applied by
        :meth:`catch_up_index` or with the next change."""
        self._follow_lock = threading.Lock()
        self._record_lock = threading.Lock()
        """Guards what files held (:attr:`_files`) and :attr:`problems` where a body read
        on demand in one thread meets a save or a reload in another (see
        :meth:`_read_body`)."""
        self.load_progress: tuple[int, int] | None = None
        """``(notes read, notes to read)`` while :meth:`load` reads notes the summary does not
        hold (a first start), else None: for a progress line in another thread."""
        self._summary_read = False
        """True between :meth:`preview` (which read the summary) and the next load."""
        self._skip_parse_cache = False
        """True while a load from the summary parses only a few notes (see :meth:`load`)."""
        self._staging: StagedWrites | None = None
        """The files :meth:`apply_writes` is staging (written by its thread under the lock)."""
        self._planning = False
        """True for a :meth:`planning_copy`: nobody else reads its dicts, which are then
        changed in place (an import adds thousands of talks to one)."""

    # ------------------------------------------------------------------ loading

    @classmethod
    def open(
        cls,
        root: Path | str,
        create: bool = False,
        parse_cache: bool = True,
        load: bool = True,
        summary: bool = False,
    ) -> Notebook:
        """Load a notebook folder (``parse_cache``: reuse YAML parsed by an earlier run;
        ``summary``: talks from the schedule summary, their bodies read on demand).

        With ``load=False`` the folder is checked (and created) but not read: the
        UI shows its first screen and calls :meth:`load` in the background.

        Raises:
            NotFoundError: the folder does not exist and ``create`` is false.
            StorageError: the folder cannot be created or read.
        """
        nb = cls(root, parse_cache, summary)
        if not nb.root.exists():
            if not create:
                raise NotFoundError("notebook folder does not exist", nb.root)
            try:
                # exist_ok: another process (a second import) may create it meanwhile
                nb.root.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"cannot create notebook: {exc.strerror}", nb.root) from exc
        if not nb.root.is_dir():
            raise BadInputError("notebook is not a folder", nb.root)
        if os.access(nb.root, os.W_OK):
            # Temp files of saves killed mid-way: never notes, safe to drop.
            clean_stray_temp_files(nb.root)
        if load:
            nb.load()
        return nb

    def load(self) -> None:
        """(Re)read every file of the notebook."""
        with collector_paused():
            self._load()

    def preview(self) -> Notebook | None:
        """The newest conference alone (with its speakers), in a notebook of its own, to
        show while :meth:`load` reads the rest; None when the notebook is small. From the
        schedule summary, or, on a first start with none, from the few notes it needs.

        The summary read here is the one the next :meth:`load` uses (read once). The
        preview is for showing only: nothing is saved through it.
        """
        with collector_paused():
            return self._preview()

    def _preview(self) -> Notebook | None:
        derived = self.root / DERIVED_DIR
        if not (self.use_summary and self.use_parse_cache) or derived.is_symlink():
            return None
        self.parse_cache = ParseCache.open(derived)
        self.summary = Summary.open(derived, read=True)
        self._summary_read = True
        known = len(self.summary.entries_on_disk)
        if known < PREVIEW_NOTES and (known or len(scan(self.root).files()) < PREVIEW_NOTES):
            return None  # small, or a summary that was partly written: read it all at once
        part = Notebook(self.root, parse_cache=False, summary=True)
        part.summary = self.summary
        for rel in sorted(conference_files(self.root)):
            part._load_conference(self.root / rel)
        newest = part.sorted_conferences()
        if not newest:
            return None
        part.conferences = {newest[0].id: newest[0]}  # the others are listed once read
        layout = scan_folder(self.root, newest[0].id)
        for rel, st in sorted(layout.talks.items()):
            path = self.root / rel
            entry = self.summary.peek(rel, st.size, st.mtime_ns)
            if entry is None or part._summarised_talk(newest[0].id, path, rel, entry) is None:
                part._load_talk(newest[0].id, path)
        for pid in sorted({pid for talk in part.talks.values() for pid in talk.speakers}):
            rel = f"{PEOPLE_DIR}/{pid}{NOTE_SUFFIX}"
            try:
                page = os.stat(self.root / rel)
            except (OSError, ValueError):
                continue
            entry = self.summary.peek(rel, page.st_size, page.st_mtime_ns)
            if entry is None or part._summarised_person(self.root / rel, entry) is None:
                part._load_person(self.root / rel)
        return part

    def _load(self) -> None:
        self.conferences.clear()
        self.talks.clear()
        self.people.clear()
        self.problems.clear()
        self._files.clear()
        if self._summary_read:
            self._summary_read = False  # read by preview() just before: not twice
        elif self.use_parse_cache and not (self.root / DERIVED_DIR).is_symlink():
            self.parse_cache = ParseCache.open(self.root / DERIVED_DIR)
            self.summary = Summary.open(self.root / DERIVED_DIR, read=self.use_summary)
        use_summary = self.use_summary and self.summary.enabled
        layout = scan(self.root)
        for rel, why in layout.skipped.items():
            self.problems.append(Problem(self.root / rel, None, why, "warning"))
        # The scan's stat of each file is what the summary is checked against: one stat
        # a file, and no second one per note.
        talks = [
            (rel, self.summary.get(rel, st.size, st.mtime_ns) if use_summary else None)
            for rel, st in sorted(layout.talks.items())
        ]
        people = [
            (rel, self.summary.get(rel, st.size, st.mtime_ns) if use_summary else None)
            for rel, st in sorted(layout.people.items())
        ]
        to_read = sum(1 for _rel, entry in talks + people if entry is None)
        # Parsing a few notes (changed since the summary, or unreadable) costs less than
        # reading the parse cache: megabytes of JSON in a large notebook, ~1/30 of the
        # cost of parsing the notes in it.
        self._skip_parse_cache = use_summary and (
            to_read < FEW_NOTES or to_read * 30 < len(talks) + len(people)
        )
        done = 0
        self.load_progress = (0, to_read)
        try:
            for rel in sorted(layout.conferences):
                self._load_conference(self.root / rel)
            for rel, entry in talks:
                conf_id, path = rel.split("/", 1)[0], self.root / rel
                if entry is None or self._summarised_talk(conf_id, path, rel, entry) is None:
                    self._load_talk(conf_id, path, lazy=use_summary)
                    done += 1
                    self.load_progress = (done, to_read)
            for rel, entry in people:
                path = self.root / rel
                if entry is None or self._summarised_person(path, entry) is None:
                    self._load_person(path, lazy=use_summary)
                    done += 1
                    self.load_progress = (done, to_read)
        finally:
            self._skip_parse_cache = False
            self.load_progress = None

    def save_parse_cache(self) -> bool:
        """Write the parse cache and the schedule summary when this load parsed new files or
        saves changed notes (slow-ish: call off the UI's path). Needs ``.confnotes/``; a
        read-only notebook has no cache. Never raises."""
        self._learn_links()
        if (
            self.summary.enabled
            and not self.summary.stale
            and not self.parse_cache.touched
            and self.parse_cache.looks_current()
        ):
            # Every note came from an up-to-date summary and nothing was parsed: the parse
            # cache (tens of MB of JSON at 50,000 talks) has nothing new to learn.
            return False
        for digest, data in self.summary.used_data():
            # Notes taken from the summary keep their parsed front matter in the cache,
            # for the commands that read every note (put here, off the load's path).
            self.parse_cache.put(digest, data)
        if not self.parse_cache.stale and not self.summary.stale:
            return False
        try:
            self.ensure_derived_dir()
        except OSError:
            return False
        wrote = self.parse_cache.save()
        return self.summary.save() or wrote

    def _learn_links(self) -> None:
        """A summary written before it kept whether each note holds a ``[[link]]`` learns it
        once, here, off the UI's path: from each note's bytes (a ``[[`` in the front matter
        counts too, which only means that the link graph reads that note)."""
        for rel, entry in self.summary.unknown_links():
            path = self.root / rel
            try:
                st = os.stat(path)
                if (st.st_size, st.st_mtime_ns) != (entry[0], entry[1]):
                    continue  # changed since: read again at the next start anyway
                links = LINK_MARK.encode() in read_regular_file(path, MAX_NOTE_BYTES)
            except (OSError, ConfnotesError):
                continue
            self.summary.learn_links(rel, entry, links)
            note: Talk | Person | None = (
                self.people.get(path.stem)
                if rel_kind(rel) == "person"
                else self.talks.get(rel[: -len(NOTE_SUFFIX)])
            )
            if isinstance(note, (LazyTalk, LazyPerson)) and note.path == path:
                note._links = links  # a hint for the link graph, nothing shown

    def _summarised_talk(self, conf_id: str, path: Path, rel: str, entry: list[Any]) -> Talk | None:
        """The talk from its summary entry (its file unchanged: the note is not read)."""
        talk_id = rel[: -len(NOTE_SUFFIX)]
        try:
            talk = records.talk_from_summary(entry[3], talk_id, conf_id, path)
        except Exception:
            return None  # read it the usual way (and report what is wrong with it)
        if conf_id not in self.conferences:
            self.problems.append(
                Problem(path.parent, None, f"folder has notes but no {CONFERENCE_FILE}", "warning")
            )
            self._add_placeholder_conference(conf_id, path)
        if entry[5]:
            self.problems.extend(problems_of(path, entry))
        lazy = LazyTalk.adopt(talk, bool(entry[4]), self._read_body, links_of(entry))
        self.talks[talk_id] = lazy
        return lazy

    def _summarised_person(self, path: Path, entry: list[Any]) -> Person | None:
        """A person from their page's summary entry (the file unchanged)."""
        try:
            person, _ = records.person_from_data(entry[3], "", path.stem, path, {})
        except Exception:
            return None
        if entry[5]:
            self.problems.extend(problems_of(path, entry))
        lazy = LazyPerson.adopt(person, self._read_body, links_of(entry))
        self.people[person.id] = lazy
        return lazy

    def _read_body(self, obj: LazyTalk | LazyPerson) -> str:
        """Read a summarised note's file on first use of its body (and remember the file as
        read, so a save checks it against what is on disk, as for any loaded note).

        Any thread may ask (the UI, the link graph, an export) while another saves or
        re-reads the same file: the file is read without a lock, and what it held is
        recorded only when no save or reload recorded the file meanwhile (their record
        is newer than these bytes; recorded over, the next save would take its own
        earlier write for another program's and refuse as a conflict).
        """
        path = obj.path
        if path is None:
            return ""
        rel = path.relative_to(self.root).as_posix()
        entry = self.summary.entries.get(rel)
        problems: list[Problem] = []
        read = self._read(path, problems)
        if problems:
            with self._record_lock:
                self.problems.extend(problems)
        if read is None or entry is None:
            return ""
        data, decoded = read
        digest = content_hash(data)
        try:
            doc = self._parse(decoded.text, path, digest)
            if isinstance(obj, LazyTalk):
                talk, _ = records.talk_from_data(
                    entry[3], doc.body, obj.id, obj.conference, path, doc.key_lines
                )
                fields = records.talk_fields(talk)
            else:
                person, _ = records.person_from_data(
                    entry[3], doc.body, obj.id, path, doc.key_lines
                )
                fields = records.person_fields(person)
        except Exception:
            return ""
        with self._record_lock:
            if path in self._files:
                # A save or a reload recorded the file since: newer than what was read.
                self._stat_before_read.pop(path, None)
            else:
                # The bytes read are the ones whose body is shown: recorded as read, a
                # save checks the file against them (a change after this read is a
                # conflict). Changed on disk since the summary, the object's fields are
                # still the summary's: its front matter is kept as the base of a
                # three-way merge with the file's, so no key of either side is lost.
                base_data = None if digest == entry[2] or doc.data == entry[3] else entry[3]
                self._remember(path, data, decoded, doc, fields, digest, base_data)
        return doc.body

    def _parse(self, text: str, path: Path, digest: str) -> Document:
        """Parse a note, taking its front matter's data from the cache when its bytes match."""
        cached = None if self._skip_parse_cache else self.parse_cache.get(digest)
        doc = parse_document(text, path, cached)
        if cached is None and doc.raw_front is not None:
            self.parse_cache.put(digest, doc.data)
        return doc

    def note_files(self) -> Iterator[Path]:
        """Every Markdown file the notebook owns (talk notes and person pages)."""
        layout = scan(self.root)
        for rel in sorted(layout.talks):
            yield self.root / rel
        for rel in sorted(layout.people):
            yield self.root / rel

    def layout(self) -> Layout:
        """The notebook's files as loading and the index see them (:mod:`.layout`)."""
        return scan(self.root)

    def _read(
        self, path: Path, problems: list[Problem] | None = None
    ) -> tuple[bytes, DecodedText] | None:
        """A file's bytes and text; what is wrong with it goes to ``problems`` (default:
        :attr:`problems`)."""
        found = self.problems if problems is None else problems
        try:
            stat = path.lstat()
            if not stat_mode.S_ISREG(stat.st_mode):
                # A FIFO or device named *.md would block or never end, a symlink could
                # read any file of the machine into a note, its index and exports.
                why = SYMLINK if stat_mode.S_ISLNK(stat.st_mode) else NOT_REGULAR
                found.append(Problem(path, None, why, "warning"))
                return None
            if stat.st_size > MAX_NOTE_BYTES:
                raise BadInputError(TOO_LARGE, path)
            self._stat_before_read[path] = (stat.st_size, stat.st_mtime_ns)
            data = read_regular_file(path, follow=False)
            decoded = decode_text(data, path)
            for warning in text_warnings(data, decoded):
                found.append(Problem(path, None, warning, "warning"))
            return data, decoded
        except ConfnotesError as exc:
            found.append(Problem(path, exc.line, exc.message))
        except OSError as exc:
            found.append(Problem(path, None, f"cannot read: {exc.strerror or exc}"))
        return None

    def _remember(
        self,
        path: Path,
        data: bytes,
        decoded: DecodedText,
        doc: Document | None,
        base: dict,
        digest: str | None = None,
        base_data: dict[str, Any] | None = None,
    ) -> None:
        before = self._stat_before_read.pop(path, None)
        if before is not None and before[0] == len(data):
            size, mtime = before
        else:  # written by this notebook, or it changed size while being read
            try:
                stat = path.stat()
                size, mtime = stat.st_size, stat.st_mtime_ns
            except OSError:
                size, mtime = len(data), 0
            if before is not None:
                mtime = 0  # never vouches for these bytes: the next look re-reads the file
        digest = digest or content_hash(data)
        self._files[path] = FileState(digest, decoded, doc, base, size, mtime, base_data)

    def _load_conference(self, path: Path) -> Conference | None:
        conf_id = path.parent.name
        read = self._read(path)
        if read is None:
            self._add_placeholder_conference(conf_id, path)
            return None
        data, decoded = read
        digest = content_hash(data)
        cache_key = f"yaml:{digest}"  # a whole YAML file, not a note's front matter
        rel = f"{conf_id}/{CONFERENCE_FILE}"
        try:
            # From the summary first: a start that takes every note from it then never
            # reads the parse cache (megabytes of JSON) for a few conference files.
            mapping = self.summary.data_of(rel, digest) if self.use_summary else None
            if mapping is None and not self._skip_parse_cache:
                mapping = self.parse_cache.get(cache_key)
            if mapping is None:
                mapping = load_yaml(decoded.text, path) or {}
                if not isinstance(mapping, dict):
                    raise BadInputError(
                        "conference file must be a mapping of keys to values", path, 1
                    )
                self.parse_cache.put(cache_key, mapping)
            if self.use_summary and rel not in self.summary.entries:
                self.summary.record(rel, len(data), 0, digest, mapping, False, [])
            conf, problems = records.conference_from_data(
                mapping, conf_id, path, key_lines(decoded.text, 1)
            )
        except Exception as exc:
            self.problems.append(Problem(path, *_failure(exc)))
            self._add_placeholder_conference(conf_id, path)
            return None
        self.problems.extend(problems)
        self.conferences[conf_id] = conf
        doc = Document(data=mapping, body="", raw_front=decoded.text)
        self._remember(path, data, decoded, doc, records.conference_fields(conf), digest)
        return conf

    def _add_placeholder_conference(self, conf_id: str, path: Path) -> None:
        """Keep a folder's notes visible when its conference.yaml is missing or broken."""
        if conf_id not in self.conferences:
            self.conferences[conf_id] = Conference(id=conf_id, name=conf_id, path=None)

    def _load_talk(self, conf_id: str, path: Path, lazy: bool = False) -> Talk | None:
        """Read a talk's note (``lazy``: then keep only what the summary keeps, as if it had
        come from it: the text is read again when first needed, so a first start with no
        summary does not hold every note's text)."""
        if conf_id not in self.conferences:
            self.problems.append(
                Problem(path.parent, None, f"folder has notes but no {CONFERENCE_FILE}", "warning")
            )
            self._add_placeholder_conference(conf_id, path)
        read = self._read(path)
        if read is None:
            return self._stand_in_if_too_large(conf_id, path)
        data, decoded = read
        talk_id = path.relative_to(self.root).with_suffix("").as_posix()
        digest = content_hash(data)
        try:
            doc = self._parse(decoded.text, path, digest)
            talk, problems = records.talk_from_data(
                doc.data, doc.body, talk_id, conf_id, path, doc.key_lines
            )
        except Exception as exc:
            # Keep the note visible (as text) but never rewrite its front matter.
            self.problems.append(Problem(path, *_failure(exc)))
            talk = Talk(id=talk_id, conference=conf_id, title=path.stem, body=decoded.text)
            talk.path = path
            talk.extra["_unreadable"] = True
            self.talks[talk_id] = talk
            self._remember(path, data, decoded, None, {}, digest)
            return talk
        self.problems.extend(problems)
        self.talks[talk_id] = talk
        self._remember(path, data, decoded, doc, records.talk_fields(talk), digest)
        if self._summarise(path, doc, problems) and lazy:
            self._files.pop(path, None)
            return LazyTalk.adopt(
                talk, bool(doc.body.strip()), self._read_body, LINK_MARK in doc.body
            )
        return talk

    def _stand_in_if_too_large(self, conf_id: str, path: Path) -> Talk | None:
        """A note too large to load is still a known talk (from its front matter), marked
        so that nothing rewrites it: a re-import matches it instead of adding a copy, and
        opening it says why it cannot be edited here."""
        try:
            if path.stat().st_size <= MAX_NOTE_BYTES:
                return None
            with path.open("rb") as handle:
                head = handle.read(TOO_LARGE_HEAD).decode("utf-8", errors="replace")
        except OSError:
            return None
        talk_id = path.relative_to(self.root).with_suffix("").as_posix()
        try:
            front, _body, _line = split_front_matter(head)
            data = load_yaml(front, path) if front else {}
            talk, _problems = records.talk_from_data(
                data if isinstance(data, dict) else {}, "", talk_id, conf_id, path, {}
            )
        except Exception:
            talk = Talk(id=talk_id, conference=conf_id, title=path.stem)
        talk.path = path
        talk.extra["_too_large"] = True
        self.talks[talk_id] = talk
        return talk

    def _summarise(
        self,
        path: Path,
        doc: Document,
        problems: list[Problem],
        written: bool = False,
    ) -> bool:
        """Keep the schedule summary in step with a note just read or written; True when
        the summary now holds it."""
        state = self._files.get(path)
        if state is None or doc.raw_front is None or path.suffix != NOTE_SUFFIX:
            return False
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            return False
        noted = bool(doc.body.strip())
        mine = [p for p in problems if p.path == path]
        return self.summary.record(
            rel,
            state.size,
            state.mtime_ns,
            state.hash,
            doc.data,
            noted,
            mine,
            written,
            LINK_MARK in doc.body,
        )

    def _load_person(self, path: Path, lazy: bool = False) -> Person | None:
        """Read a person's page (``lazy``: as :meth:`_load_talk`)."""
        read = self._read(path)
        if read is None:
            return None
        data, decoded = read
        person_id = path.stem
        digest = content_hash(data)
        try:
            doc = self._parse(decoded.text, path, digest)
            person, problems = records.person_from_data(
                doc.data, doc.body, person_id, path, doc.key_lines
            )
        except Exception as exc:
            self.problems.append(Problem(path, *_failure(exc)))
            return None
        self.problems.extend(problems)
        self.people[person_id] = person
        self._remember(path, data, decoded, doc, records.person_fields(person), digest)
        if self._summarise(path, doc, problems) and lazy:
            self._files.pop(path, None)
            return LazyPerson.adopt(person, self._read_body, LINK_MARK in doc.body)
        return person

    # ------------------------------------------------------------------ queries

    def linking_notes(self) -> Iterator[Talk | Person]:
        """Talks and people whose body may hold a ``[[link]]``: a note the schedule summary
        says holds none is skipped without reading its file (see :func:`may_link`)."""
        talks, people = self.talks, self.people  # replaced, never changed: a snapshot
        for talk in talks.values():
            if may_link(talk):
                yield talk
        for person in people.values():
            if may_link(person):
                yield person

    def talks_of(self, conf_id: str) -> list[Talk]:
        """A conference's talks in programme order (start time, then title)."""
        return sort_talks(t for t in self.talks.values() if t.conference == conf_id)

    def talks_by(self, person_id: str) -> list[Talk]:
        """Every talk a person gave, across all conferences, oldest first."""
        return sort_talks(t for t in self.talks.values() if person_id in t.speakers)

    def session_talks(self, conf_id: str, session_id: str) -> list[Talk]:
        """The talks of one session, in order."""
        return [t for t in self.talks_of(conf_id) if t.session == session_id]

    def speakers_of(self, talk: Talk) -> list[Person]:
        """A talk's speakers as Person objects (unknown ids become bare persons)."""
        return [self.people.get(pid) or Person(id=pid, name=pid) for pid in talk.speakers]

    def sorted_conferences(self) -> list[Conference]:
        """Conferences, most recent first (undated ones last, by name)."""
        dated = sorted(
            (c for c in self.conferences.values() if c.start),
            key=lambda c: (c.start, c.id),
            reverse=True,
        )
        undated = sorted((c for c in self.conferences.values() if not c.start), key=lambda c: c.id)
        return dated + undated

    def talk(self, talk_id: str) -> Talk:
        """The talk with this id.

        Raises:
            NotFoundError: there is no such talk.
        """
        try:
            return self.talks[talk_id]
        except KeyError:
            raise NotFoundError(f"no talk with id {talk_id!r}") from None

    def conference(self, conf_id: str) -> Conference:
        """The conference with this id.

        Raises:
            NotFoundError: there is no such conference (the message lists the known ones).
        """
        try:
            return self.conferences[conf_id]
        except KeyError:
            known = ", ".join(sorted(self.conferences)) or "none yet"
            raise NotFoundError(f"no conference {conf_id!r} (known: {known})") from None

    # ------------------------------------------------------------------ creating

    def new_conference(self, name: str, conf_id: str | None = None, **fields: Any) -> Conference:
        """A new conference with a fresh folder id (written by :meth:`save_conference`)."""
        # Case-insensitively unique: the notebook may be synced to macOS or Windows.
        used = {file_name_key(c) for c in self.conferences} | _names_in(self.root)
        cid = conf_id or unique_slug(name, lambda s: file_name_key(s) in used, "conference")
        conf = Conference(id=cid, name=name, **fields)
        conf.path = self.root / cid / CONFERENCE_FILE
        self._put("conferences", cid, conf)
        return conf

    def new_talk(self, conf_id: str, title: str, **fields: Any) -> Talk:
        """A new talk note in a conference folder (written by :meth:`save_talk`)."""
        folder = self.root / conf_id
        on_disk = self._names_on_disk(folder)

        def taken(slug: str) -> bool:
            # Slugs are lower case: a file differing only by case can only be on disk.
            return f"{conf_id}/{slug}" in self.talks or file_name_key(slug + NOTE_SUFFIX) in on_disk

        slug = unique_slug(title, taken, "talk")
        talk = Talk(id=f"{conf_id}/{slug}", conference=conf_id, title=title, **fields)
        talk.path = folder / f"{slug}{NOTE_SUFFIX}"
        self._put("talks", talk.id, talk)
        return talk

    def new_person(self, name: str, person_id: str | None = None, **fields: Any) -> Person:
        """A new person page (written by :meth:`save_person`); its id is ``person_id`` when
        that is a free file name, else made from the name."""
        folder = self.root / PEOPLE_DIR
        on_disk = self._names_on_disk(folder)

        def taken(slug: str) -> bool:
            return slug in self.people or file_name_key(slug + NOTE_SUFFIX) in on_disk

        if (
            person_id
            and is_safe_stem(person_id)
            and not taken(person_id)
            and all(file_name_key(person_id) != file_name_key(p) for p in self.people)
        ):
            pid = person_id
        else:
            pid = unique_slug(name, taken, "person")
        person = Person(id=pid, name=name, **fields)
        person.path = folder / f"{pid}{NOTE_SUFFIX}"
        self._put("people", pid, person)
        return person

    def _put(self, kind: str, key: str, obj: Any) -> None:
        """Add ``obj`` to one of the notebook's dicts: in place in a planning copy, else
        by swapping in a new dict, so that a reader iterating the old one in another
        thread (an export, the link graph) never sees it change size under it."""
        held: dict[str, Any] = getattr(self, kind)
        if self._planning:
            held[key] = obj
        else:
            setattr(self, kind, {**held, key: obj})

    def _drop(self, kind: str, key: str) -> None:
        """Remove an entry of one of the notebook's dicts (as :meth:`_put` adds one)."""
        held: dict[str, Any] = getattr(self, kind)
        if key not in held:
            return
        if self._planning:
            del held[key]
        else:
            setattr(self, kind, {k: v for k, v in held.items() if k != key})

    def _names_on_disk(self, folder: Path) -> set[str]:
        """A folder's names as a case-insensitive file system compares them; cached while
        the folder is unchanged, so a bulk import does not list it once per new note."""
        try:
            mtime = folder.stat().st_mtime_ns
        except OSError:
            return set()
        cached = self._listings.get(folder)
        if cached is None or cached[0] != mtime:
            cached = (mtime, _names_in(folder))
            self._listings[folder] = cached
        return cached[1]

    # ------------------------------------------------------------------ saving

    def held_note(self, rel: str) -> HeldNote | None:
        """The note at ``rel`` (notebook-relative) as this notebook last read or wrote it,
        when it holds it parsed and its front matter is plain data: the index then takes
        it from here instead of reading and parsing the file it was just written to (an
        import of 5,000 talks wrote them a moment ago). The size and time of the file
        as written come with it, for the index to check that the file is still those
        bytes."""
        if not self._files or not rel.endswith(NOTE_SUFFIX):
            return None  # a notebook that read nothing (the index's own process) holds none
        with self._record_lock:
            state = self._files.get(self.root / rel)
        if state is None or state.doc is None or state.base_data is not None:
            return None
        if not state.mtime_ns or not is_plain(state.doc.data):
            return None
        return HeldNote(state.size, state.mtime_ns, state.hash, state.doc.data, state.doc.body)

    def changed_on_disk(self, path: Path) -> bool:
        """True when the file's bytes differ from what this notebook last read or wrote."""
        state = self._files.get(path)
        try:
            data = read_regular_file(path)
        except FileNotFoundError:
            return state is not None
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                return True  # no longer a regular file (a FIFO, a device): not ours to replace
            raise StorageError(f"cannot read: {exc.strerror or exc}", path) from exc
        if state is None:
            # A note taken from the schedule summary and not read since: compare with
            # the hash the summary recorded for it.
            entry = self._summary_entry_of(path)
            return entry is None or content_hash(data) != entry[2]
        return content_hash(data) != state.hash

    def _summary_entry_of(self, path: Path) -> list[Any] | None:
        """The summary entry this load used for ``path`` (None when it read the file)."""
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            return None
        obj = self.talks.get(rel[: -len(NOTE_SUFFIX)]) or self.people.get(path.stem)
        if not isinstance(obj, LazyTalk | LazyPerson) or obj.path != path:
            return None
        return self.summary.entries.get(rel)

    def _check_unchanged(self, path: Path) -> None:
        if path in self._files:
            if self.changed_on_disk(path):
                raise ConflictError("changed on disk since it was opened; not overwriting it", path)
        elif path.exists():
            raise ConflictError("a file with this name already exists; not overwriting it", path)

    def _write(
        self,
        path: Path,
        text: str,
        doc: Document,
        baseline: dict,
        force: bool,
        base_data: dict[str, Any] | None = None,
        landed: Callable[[], None] | None = None,
    ) -> bool:
        """Write ``text`` unless identical to the file; return True when bytes were written
        (``base_data``: see :attr:`FileState.base_data`). ``landed`` runs once the file
        holds them: at once, or when the :meth:`apply_writes` that staged them commits."""
        if not self.root.is_dir():
            # Deleted, moved or unmounted while open: never re-create it piecemeal (on an
            # unmounted drive that writes onto the mount point); the caller keeps the text.
            raise StorageError(
                "the notebook folder is gone (deleted, moved or unmounted); not saved", path
            )
        with self.writing(timeout=SAVE_LOCK_WAIT):
            return self._write_locked(path, text, doc, baseline, force, base_data, landed)

    def writing(
        self, timeout: float | None = None, on_wait: Callable[[str], None] | None = None
    ) -> contextlib.AbstractContextManager[None]:
        """The notebook's one-writer lock (``.confnotes/write.lock``; DESIGN §1b), held
        through :attr:`write_lock` (threads of this process, then other processes).

        Every save takes it; a command that writes holds it from reading what exists to
        its last write (so two imports never both create a talk). Re-entrant in one
        thread. ``timeout`` defaults to ``$CONFNOTES_LOCK_WAIT`` or 5 s; ``on_wait`` is
        told when another process holds it.

        Raises:
            BusyError: another process held it for longer than ``timeout``.
        """
        wait = lock_wait() if timeout is None else timeout
        return self.write_lock.hold(wait, on_wait)

    def transaction(
        self,
        reason: Reason | None = None,
        *,
        timeout: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> contextlib.AbstractContextManager[object]:
        """One action's reads and writes as one (``with nb.transaction("star"):``): the
        one-writer lock is held from the first read to the last write, so nothing else,
        in this process or another, writes in between. With a ``reason`` the writes are
        announced as one change when it ends (:meth:`announcing`); without one each is
        announced as it lands. Re-entrant; ``timeout``/``on_wait`` as :meth:`writing`.

        The only way in for code outside this package: nobody else touches the lock.

        Raises:
            BusyError: another process held the lock for longer than ``timeout``.
        """
        if reason is None:
            return self.writing(timeout, on_wait)
        return self.announcing(reason, timeout)

    def reading(self) -> contextlib.AbstractContextManager[None]:
        """A steady view of the notebook's dicts: no other thread of this process writes
        while it is held. Never waits for another process (the app's reads go on while a
        command-line import writes); a save inside it takes the full lock itself."""
        return self.write_lock.hold_local()

    def _lock_file(self) -> Path | None:
        """Where the cross-process lock lives (None: a read-only notebook goes unlocked)."""
        try:
            return self.ensure_derived_dir() / WRITE_LOCK
        except OSError:
            return None

    # ------------------------------------------------------------------ the change feed

    @contextlib.contextmanager
    def batch(self, reason: Reason) -> Iterator[ChangeBuilder]:
        """Hold the write lock across many writes and announce them as one change.

        An import or a merge writes hundreds of files: the index and the UI hear
        about them once, at the end (also when a write fails half-way: what reached
        the disk is announced). The objects saved inside are adopted together when it
        ends: inside it, the notebook's dicts still hold the objects from before.
        """
        builder = ChangeBuilder(reason)
        outer: ChangeBuilder | None = builder  # nothing to announce when the lock is not had
        try:
            with self.write_lock.hold():
                outer, outer_written = self._batch, self._batch_written
                self._batch, self._batch_written = builder, []
                try:
                    yield builder
                finally:
                    # What this batch wrote is adopted at its end (one swap of the dicts).
                    written = self._batch_written
                    self._batch, self._batch_written = outer, outer_written
                    self._adopt(written)
                    if outer is not None:
                        outer.add(builder.build())
        finally:
            # Also when a write failed half-way: what reached the disk is announced.
            if outer is None:
                self._publish(builder.build())

    @contextlib.contextmanager
    def announcing(self, reason: Reason, timeout: float | None = None) -> Iterator[ChangeBuilder]:
        """Hold the write lock across several writes of this thread and announce them as
        one change when they are done (also when one fails: what reached the disk is told).

        Unlike :meth:`batch`, each object is adopted as soon as it is on disk: a
        correction (:mod:`confnotes.knowledge.edits`) reads back what it wrote a moment before.

        Raises:
            BusyError: another process held the lock for longer than ``timeout``.
        """
        builder = ChangeBuilder(reason)
        outer = None
        try:
            with self.writing(timeout):
                outer = self._gathering
                self._gathering = (threading.get_ident(), builder)
                try:
                    yield builder
                finally:
                    self._gathering = outer
                    if outer is not None:
                        outer[1].add(builder.build())
        finally:
            if outer is None:
                self._publish(builder.build())

    def _changed(self, change_: NotebookChange) -> None:
        """Record a write: inside a batch it joins the batch, inside :meth:`announcing` (in
        its thread) the announcement, else it is announced now."""
        gathering = self._gathering
        if self._batch is not None and self.write_lock.held:
            self._batch.add(change_)
        elif gathering is not None and gathering[0] == threading.get_ident():
            gathering[1].add(change_)
        else:
            self._publish(change_)

    def _publish(self, change_: NotebookChange) -> None:
        """Bring the open index in step, then tell the subscribers."""
        if change_.empty:
            return
        self._follow_index(change_)
        self.changes.publish(change_)

    def reload_paths(
        self, rels: Iterable[str], skip: Iterable[str] = (), force: bool = False
    ) -> NotebookChange:
        """Re-read files another program changed (notebook-relative paths) and announce them.

        Files whose bytes are what this notebook last read or wrote (its own saves) are
        left alone unless ``force``, as are the talk ids in ``skip`` (the note open in
        the editor: its own disk check decides between reloading and a conflict). The
        dicts are replaced, never changed in place, so the UI never iterates a dict
        that changes.
        """
        skipped = set(skip)
        with self.write_lock.hold_local():
            plan = self.planning_copy()
            built = ChangeBuilder("external")
            touched: set[Path] = set()
            for rel in sorted(rels, key=lambda r: rel_kind(r) != "conference"):
                kind = rel_kind(rel)
                path = self.root / rel
                if kind is None or (kind == "talk" and rel[: -len(NOTE_SUFFIX)] in skipped):
                    continue
                try:
                    if not force and not self.changed_on_disk(path) and not self._behind(path):
                        continue
                except StorageError:
                    pass  # unreadable now: reloading it reports the problem
                touched.add(path)
                exists = path.is_file()
                plan._files.pop(path, None)
                if kind == "conference":
                    conf_id = rel.split("/", 1)[0]
                    plan.conferences.pop(conf_id, None)
                    if exists:
                        plan._load_conference(path)
                    if any(t.conference == conf_id for t in plan.talks.values()):
                        plan._add_placeholder_conference(conf_id, path)  # its notes stay shown
                    built.conferences.add(conf_id)
                elif kind == "person":
                    pid = path.stem
                    plan.people.pop(pid, None)
                    if exists:
                        plan._load_person(path)
                    built.people.add(pid)
                else:
                    talk_id = rel[: -len(NOTE_SUFFIX)]
                    plan.talks.pop(talk_id, None)
                    if exists:
                        plan._load_talk(rel.split("/", 1)[0], path)
                    built.talks.add(talk_id)
            if touched:
                for path in touched:
                    # In place, path by path: a body read on demand meanwhile in another
                    # thread (the editor, the link graph) records its file here too; a copy
                    # taken before that read and swapped in after it would drop the record
                    # (the note's next save then refused: "a file with this name exists").
                    with self._record_lock:
                        state = plan._files.get(path)
                        if state is None:
                            self._files.pop(path, None)
                        else:
                            self._files[path] = state
                with self._record_lock:  # a body read meanwhile may be adding a problem
                    problems = [p for p in self.problems if p.path not in touched]
                    self.problems = problems + plan.problems
                # Conferences first: a talk on view always finds its conference.
                self.conferences, self.people = plan.conferences, plan.people
                self.talks = plan.talks
        result = built.build()
        self._publish(result)
        return result

    # ------------------------------------------------------------------ the search index

    def search_index(self, opener: Callable[[Notebook], SearchIndex]) -> SearchIndex:
        """The notebook's search index, opened once (by ``opener``, the index package's
        :func:`~confnotes.index.open_index`: the notebook does not know how an index is
        made) and kept in step by every write. Use :func:`confnotes.index.index_of`.

        Opened, not synced: call :meth:`SearchIndex.sync` before the first search to
        pick up what other programs changed meanwhile.

        Raises:
            ConfnotesError: the index folder cannot be made or opened.
        """
        with self._index_lock:
            if self._index is None:
                self._index = opener(self)
            return self._index

    @property
    def index(self) -> SearchIndex | None:
        """The search index when :meth:`search_index` opened one, else None."""
        return self._index

    def close_index(self) -> None:
        """Close the index (its files stay; the next :meth:`search_index` reopens it)."""
        with self._index_lock:
            index, self._index = self._index, None
        if index is not None:
            with contextlib.suppress(Exception):
                index.close()

    def _follow_index(self, change_: NotebookChange) -> None:
        """Re-index exactly the changed ids, never making a save wait for an index build.

        The index is a cache: a failure here is reported on the change feed
        (:attr:`ChangeFeed.failures`), never as a failed save.
        """
        if self._index is None:
            return
        with self._follow_lock:
            self._unindexed.append(change_)
        self.catch_up_index(wait=False)

    def catch_up_index(self, wait: bool = True) -> bool:
        """Apply the changes the index has not taken yet; False when it is still busy
        (``wait=False``) so they stay queued. Call after a long sync or rebuild."""
        index = self._index
        with self._follow_lock:
            pending, self._unindexed = self._unindexed, []
        if index is None or not pending:
            return True
        merged = ChangeBuilder(pending[-1].reason)
        for item in pending:
            merged.add(item)
        change_ = merged.build()
        try:
            done = index.update_many(
                talks=[self.talks[t] for t in sorted(change_.talks) if t in self.talks],
                people=[self.people[p] for p in sorted(change_.people) if p in self.people],
                conferences=[
                    self.conferences[c]
                    for c in sorted(change_.conferences)
                    if c in self.conferences and self.conferences[c].path is not None
                ],
                removed=[t for t in change_.talks if t not in self.talks]
                + [f"{PEOPLE_DIR}/{p}" for p in change_.people if p not in self.people]
                + [c for c in change_.conferences if c not in self.conferences],
                wait=wait,
            )
        except Exception as exc:
            self.changes.failures.append((change_, exc))
            return True
        if not done:
            with self._follow_lock:
                self._unindexed[:0] = pending
        return done

    def _write_locked(
        self,
        path: Path,
        text: str,
        doc: Document,
        baseline: dict,
        force: bool,
        base_data: dict[str, Any] | None = None,
        landed: Callable[[], None] | None = None,
    ) -> bool:
        state = self._files.get(path)
        if not force:
            self._check_unchanged(path)
        decoded = state.decoded if state else DecodedText(text="")
        data = encode_text(
            text, decoded.newline, decoded.bom and decoded.encoding == "utf-8", decoded
        )
        if state is not None and path.exists() and _unchanged(state, text, data, doc):
            with self._record_lock:
                self._files[path] = FileState(
                    state.hash, decoded, doc, baseline, state.size, state.mtime_ns, base_data
                )
            return False

        def written() -> None:
            self._stat_before_read.pop(path, None)  # these bytes are ours: stat them as written
            endings = mixed_endings(data.decode("utf-8")) if decoded.endings else None
            new_decoded = DecodedText(text, decoded.newline, decoded.bom, "utf-8", endings)
            digest = content_hash(data)
            with self._record_lock:
                self._remember(path, data, new_decoded, doc, baseline, digest, base_data)
            if path.suffix == NOTE_SUFFIX and doc.raw_front is not None:
                self.parse_cache.put(digest, doc.data)  # the next start need not parse it again
            if landed is not None:
                landed()

        if self._staging is not None:
            self._staging.stage(path, data, written)  # in place when apply_writes commits
        else:
            atomic_write(path, data)
            written()
        return True

    def save_talk(self, talk: Talk, force: bool = False) -> bool:
        """Write a talk's note and adopt ``talk`` as the notebook's talk of that id; returns
        False when the file already held it.

        Hand it a revision (:func:`~confnotes.model.revised`), never the talk the notebook
        holds changed in place: the notebook swaps the revision in only once it is on disk
        (inside a :meth:`batch`, when the batch ends), so a reader in another thread (the
        UI drawing, an export) sees the old talk or the new one, never half of a change,
        and a failed save leaves nothing visible to undo.

        Raises:
            ConflictError: the file changed on disk since it was loaded (unless ``force``).
            StorageError: the write failed; the old file is intact.
        """
        path, text, doc, fields, front = self._render_talk(talk)
        if front.conflicts and not force:
            raise ConflictError(front.conflict_message(), path)
        saved = change("saved", talks=[talk.id])
        return self._write_note(talk, path, text, doc, fields, force, front.base_data, saved)

    def _write_note(
        self,
        obj: Person | Talk,
        path: Path,
        text: str,
        doc: Document,
        fields: dict[str, Any],
        force: bool,
        base_data: dict[str, Any] | None,
        saved: NotebookChange,
    ) -> bool:
        """Write a talk's or a person's note (see :meth:`_write`) and adopt ``obj`` with
        the note's summary, announcing ``saved`` once the bytes are on disk: both saves
        end the same way, also when the file already held the text."""

        def landed() -> None:
            self._summarise(path, doc, [], written=True)
            self._saved(obj)
            self._changed(saved)

        written = self._write(path, text, doc, fields, force, base_data, landed)
        if not written:
            self._summarise(path, doc, [], written=True)
            self._saved(obj)
        return written

    def _saved(self, obj: Person | Conference | Talk) -> None:
        """Adopt an object just written: now, or with the rest of the running batch."""
        if self._batch is not None and self.write_lock.held:
            self._batch_written.append(obj)
        else:
            self._adopt([obj])

    def note_text(self, talk: Talk) -> str:
        """The whole text :meth:`save_talk` would write for ``talk`` now (front matter + body)."""
        return self._render_talk(talk)[1]

    def _render_talk(self, talk: Talk) -> tuple[Path, str, Document, dict[str, Any], _FrontMatter]:
        path = self._path_of(talk.path, talk.id)
        if talk.extra.get("_too_large"):
            raise StorageError(TOO_LARGE + "; not rewritten (edit it with another editor)", path)
        if path not in self._files:
            # A talk from the summary whose file was not read yet (or a revision of one):
            # read it now, so the save checks what is on disk against what it was.
            for lazy in (talk, self.talks.get(talk.id)):
                if isinstance(lazy, LazyTalk) and lazy.path == path and not lazy.body_loaded:
                    lazy.body  # noqa: B018
        state = self._files.get(path)
        if talk.extra.get("_unreadable"):
            # Front matter could not be parsed: only the raw text (the body) is ours to save.
            return path, talk.body, Document({}, talk.body), {}, _FrontMatter({})
        fields = records.talk_fields(talk)
        doc = state.doc if state and state.doc else Document(data={}, body="")
        front = _front_matter(state, doc, fields, talk.extra)
        new_doc = _document_for(doc, front.data, talk.body)
        return path, render_document(new_doc, front.data, talk.body), new_doc, fields, front

    def seen_text(self, path: Path) -> str | None:
        """The text a file held when this notebook last read or wrote it (None: never)."""
        state = self._files.get(path)
        return state.decoded.text if state is not None else None

    def replace_note(self, talk_id: str, text: str) -> Talk | None:
        """Write a whole note's text as it is (a merge result) and read the talk back.

        Used once a conflict is resolved: the text already holds both sides, so the
        file is replaced whatever it holds now (call under :meth:`writing`).

        Raises:
            StorageError: the write failed; the old file is intact.
        """
        talk = self.talk(talk_id)
        path = self._path_of(talk.path, talk.id)
        self._write(path, text, Document({}, text), {}, force=True)
        return self.reload_talk(talk_id)

    def refresh_folder(self, conf_id: str) -> None:
        """Read again the files of one conference folder and the people pages that changed
        on disk since they were loaded (another process wrote them): call under
        :meth:`writing` before planning new files, so none is created twice."""
        layout = scan(self.root)
        prefix = f"{conf_id}/"
        rels = [rel for rel in layout.conferences if rel.startswith(prefix)]
        rels += [rel for rel in layout.talks if rel.startswith(prefix)]
        rels += list(layout.people)
        stale = [rel for rel in rels if self._stale(self.root / rel)]
        on_disk = set(rels)
        for talk in self.talks.values():  # notes deleted meanwhile
            if talk.conference == conf_id and talk.path is not None:
                rel = talk.path.relative_to(self.root).as_posix()
                if rel not in on_disk and not talk.path.exists():
                    stale.append(rel)
        if stale:
            # Re-read as another program's change: the dicts are swapped, never changed
            # in place, and the index and the UI hear of it.
            self.reload_paths(stale)
        self._listings.clear()

    def _behind(self, path: Path) -> bool:
        """Whether the notebook's object of a file stands for an older version of its front
        matter (see :attr:`FileState.base_data`): reading the file again catches it up."""
        state = self._files.get(path)
        return state is not None and state.base_data is not None

    def _stale(self, path: Path) -> bool:
        """A file not loaded yet, or whose size or time differs from when it was (or whose
        object lags behind it: :meth:`_behind`)."""
        if self._behind(path):
            return True
        state = self._files.get(path)
        try:
            info = path.stat()
        except OSError:
            return state is not None
        return state is None or (info.st_size, info.st_mtime_ns) != (state.size, state.mtime_ns)

    def save_person(self, person: Person, force: bool = False) -> bool:
        """Write a person's page; returns False when nothing changed (see :meth:`save_talk`)."""
        if person.path is None and not is_safe_stem(person.id):
            raise BadInputError(f"{person.id!r} cannot be a file name in the notebook", self.root)
        path = self._path_of(person.path, f"{PEOPLE_DIR}/{person.id}")
        if path not in self._files:
            # As for a talk (see _render_talk): the file a save checks against is read first.
            for lazy in (person, self.people.get(person.id)):
                if isinstance(lazy, LazyPerson) and lazy.path == path and not lazy.body_loaded:
                    lazy.body  # noqa: B018
        state = self._files.get(path)
        fields = records.person_fields(person)
        doc = state.doc if state and state.doc else Document(data={}, body="")
        front = _front_matter(state, doc, fields, person.extra)
        if front.conflicts and not force:
            raise ConflictError(front.conflict_message(), path)
        new_doc = _document_for(doc, front.data, person.body)
        text = render_document(new_doc, front.data, person.body)
        saved = change("saved", people=[person.id])
        return self._write_note(person, path, text, new_doc, fields, force, front.base_data, saved)

    def save_conference(self, conf: Conference, force: bool = False) -> bool:
        """Write a conference's YAML file; returns False when nothing changed."""
        path = self._path_of(conf.path, f"{conf.id}/conference")
        if path.suffix == NOTE_SUFFIX:
            path = path.with_name(CONFERENCE_FILE)
        state = self._files.get(path)
        fields = records.conference_fields(conf)
        doc = state.doc if state and state.doc else Document(data={}, body="")
        base = state.baseline if state else {}
        data = records.merge_fields(doc.data, base, fields, conf.extra)
        if state and data == doc.data and doc.raw_front is not None:
            text = doc.raw_front
        else:
            from confnotes.notebook.yaml_roundtrip import (
                update_front_matter,  # ruamel: on writes only
            )

            kept = update_front_matter(doc.raw_front, doc.data, data) if doc.raw_front else None
            text = kept if kept is not None else dump_yaml(data)
        conf.path = path

        def landed() -> None:
            self._saved(conf)
            self._changed(change("saved", conferences=[conf.id]))

        written = self._write(path, text, Document(data, "", text), fields, force, None, landed)
        if not written:
            self._saved(conf)
        return written

    # ------------------------------------------------------------------ planned writes

    def planning_copy(self) -> Notebook:
        """A notebook to plan changes on (an import, a dry run) without touching this one.

        Its dicts are copies; the talks, people and conferences in them are shared, so
        a planner replaces an object by a ``copy.deepcopy`` before changing it (see
        :mod:`confnotes.importers.merge`). Nothing written through the copy is
        announced: hand the planned objects to :meth:`apply_writes`.
        """
        plan = Notebook(self.root, self.use_parse_cache)
        plan.conferences = dict(self.conferences)
        plan.talks = dict(self.talks)
        plan.people = dict(self.people)
        plan._files = dict(self._files)
        plan.write_lock = self.write_lock
        plan._planning = True
        return plan

    def apply_writes(
        self,
        reason: Reason,
        people: Iterable[Person] = (),
        conferences: Iterable[Conference] = (),
        talks: Iterable[Talk] = (),
        unchanged_on_disk: Iterable[Path] = (),
        force: bool = False,
    ) -> NotebookChange:
        """Write planned objects (people, then conferences, then talks) and adopt them.

        A write failing half-way leaves no reference to a person or session that is
        not on disk. The notebook's dicts are replaced, never changed in place, so a
        reader iterating them in another thread (the UI) sees the old or the new
        notebook, never half of one. What reached the disk is announced, also when a
        later write fails.

        ``force`` writes over files changed on disk meanwhile (the user said so).

        Raises:
            ConflictError: a file of ``unchanged_on_disk`` changed since it was read
                (nothing is written), or a file to write did (unless ``force``).
            StorageError: a write failed (the files written before it stay).
        """
        with self.batch(reason) as built:
            for path in unchanged_on_disk:
                if path.exists() and self.changed_on_disk(path):
                    raise ConflictError(
                        "changed on disk since the notebook was opened; nothing was imported",
                        path,
                    )
            # Each save adopts its object when the batch ends (what was written, also
            # when a later write fails). The files are staged, then made durable and put
            # in place together (:mod:`.staged`: two flushes, not two fsyncs a file).
            todo: list[Person | Conference | Talk] = [*people, *conferences, *talks]
            staging = StagedWrites() if self._staging is None else None
            if staging is not None:
                self._staging = staging
            try:
                for obj in todo:
                    if isinstance(obj, Person):
                        self.save_person(obj, force)
                    elif isinstance(obj, Conference):
                        self.save_conference(obj, force)
                    else:
                        self.save_talk(obj, force)
                if staging is not None:
                    self._staging = None
                    staging.commit()
            finally:
                if staging is not None:
                    self._staging = None
                    staging.discard()
            return built.build()

    def _adopt(self, objects: list[Person | Conference | Talk]) -> None:
        """Swap in new dicts holding ``objects`` (copy-on-write; see :meth:`apply_writes`)."""
        held: dict[type, dict[str, Any]] = {
            Person: self.people,
            Conference: self.conferences,
            Talk: self.talks,
        }
        new: dict[type, dict[str, Any]] = {}
        for obj in objects:
            kind = _kind(obj)
            if kind in new or held[kind].get(obj.id) is not obj:
                new.setdefault(kind, dict(held[kind]))[obj.id] = obj
        # Conferences first: a talk on view always finds its conference.
        self.conferences = new.get(Conference, self.conferences)
        self.people = new.get(Person, self.people)
        self.talks = new.get(Talk, self.talks)

    def write_file(self, path: Path, data: bytes) -> None:
        """Write a file that is not a note (an attachment) into the notebook, atomically and
        under the write lock; its folder is made when missing.

        Raises:
            BadInputError: ``path`` is outside the notebook.
            StorageError: the write failed.
        """
        try:
            path.resolve().relative_to(self.root.resolve())
        except (ValueError, OSError):
            raise BadInputError("not inside the notebook; not written", path) from None
        with self.write_lock.hold():
            try:
                path.parent.mkdir(exist_ok=True)
            except OSError as exc:
                raise StorageError(f"cannot write: {exc.strerror or exc}", path) from exc
            atomic_write(path, data)

    def remove_person(self, person: Person) -> None:
        """Delete a person's page (after a merge moved everything to another page).

        Raises:
            StorageError: the file could not be removed.
        """
        path = person.path or self.root / PEOPLE_DIR / f"{person.id}{NOTE_SUFFIX}"
        with self.write_lock.hold():
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise StorageError(f"cannot remove: {exc.strerror or exc}", path) from exc
            self._files.pop(path, None)
            self._drop("people", person.id)
            self._changed(change("removed", people=[person.id]))

    def _path_of(self, path: Path | None, rel_id: str) -> Path:
        """The file of an object; a new file's name comes from its id, which must not be
        a path (a speaker id ``../../x`` in a note would write outside the notebook)."""
        if path is not None:
            return path
        if not all(is_safe_stem(part) for part in rel_id.split("/")):
            raise BadInputError(f"{rel_id!r} cannot be a file name in the notebook", self.root)
        return self.root / f"{rel_id}{NOTE_SUFFIX}"

    def reload_talk(self, talk_id: str) -> Talk | None:
        """Re-read one talk's file (after an edit made elsewhere); None if it is gone.

        Announced as an ``external`` change (the index follows); the notebook's dicts
        are replaced, not changed in place (see :meth:`reload_paths`).
        """
        talk = self.talks.get(talk_id)
        path = talk.path if talk and talk.path else self.root / f"{talk_id}{NOTE_SUFFIX}"
        try:
            rel = path.relative_to(self.root).as_posix()
        except ValueError:
            return talk
        self.reload_paths([rel], force=True)
        return self.talks.get(talk_id)

    def delete_person(self, person_id: str) -> None:
        """Remove a person's page (references to them are the caller's to drop first).

        Raises:
            ConflictError: the page changed on disk since it was read.
            StorageError: it could not be removed.
        """
        person = self.people.get(person_id)
        path = self._path_of(person.path if person else None, f"{PEOPLE_DIR}/{person_id}")
        with self.writing():
            if path in self._files and self.changed_on_disk(path):
                raise ConflictError("changed on disk since it was opened; not removing it", path)
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise StorageError(f"cannot remove: {exc.strerror or exc}", path) from exc
        self._files.pop(path, None)
        self._drop("people", person_id)
        self._changed(change("removed", people=[person_id]))

    def restore_person(self, person_id: str, text: str) -> Person | None:
        """Write back a removed person's page exactly as it was, and load it.

        Raises:
            BadInputError: the id cannot be a file name. ConflictError: the page exists.
        """
        path = self._path_of(None, f"{PEOPLE_DIR}/{person_id}")
        path.parent.mkdir(exist_ok=True)
        with self.writing():
            self._check_unchanged(path)
            atomic_write(path, text.encode("utf-8"))
            # read back as a change: the dicts are swapped, and the index and the UI hear of it
            self.reload_paths([f"{PEOPLE_DIR}/{person_id}{NOTE_SUFFIX}"], force=True)
        return self.people.get(person_id)

    def body_line(self, path: Path | None) -> int:
        """The line of a note file where its body starts (after the front matter)."""
        state = self._files.get(path) if path is not None else None
        return state.doc.body_line if state and state.doc else 1

    def ensure_derived_dir(self) -> Path:
        """The ``.confnotes/`` folder for caches, created with a ``.gitignore`` of its own.

        A symlink in its place (a cloned or downloaded notebook can ship one pointing
        anywhere) is renamed aside first: the index, recovery copies and locks are
        written inside the notebook, never through a link to somewhere else.
        """
        derived = self.root / DERIVED_DIR
        if derived.is_symlink():
            aside = derived.with_name(f"{DERIVED_DIR}.symlink-{time.strftime('%Y%m%d-%H%M%S')}")
            derived.rename(aside)  # moves the link itself; its target is not touched
            self.problems.append(
                Problem(aside, None, f"{DERIVED_DIR} was a symlink; moved aside", "warning")
            )
        # Not parents=True: a notebook folder that vanished must not be re-created here.
        derived.mkdir(exist_ok=True)
        ignore = derived / ".gitignore"
        if not ignore.exists():
            with contextlib.suppress(OSError):
                ignore.write_text("*\n", encoding="utf-8")
        return derived

    # ------------------------------------------------------------------ checking

    def check(self) -> list[Problem]:
        """Every problem of every file: parse errors, bad values and dangling references
        (and the notes longer than the search index holds of one)."""
        problems = list(self.problems)
        for rel in partly_indexed(self.root, scan(self.root).files().items()):
            problems.append(Problem(self.root / rel, None, PARTLY_INDEXED, "warning"))
        for talk in self.talks.values():
            if talk.path is None or talk.extra.get("_unreadable"):
                continue
            state = self._files.get(talk.path)
            lines = state.doc.key_lines if state and state.doc else {}
            for pid in talk.speakers:
                if pid not in self.people:
                    problems.append(
                        Problem(
                            talk.path,
                            lines.get("speakers"),
                            f"speaker {pid!r} has no page in {PEOPLE_DIR}/",
                            "warning",
                        )
                    )
            conf = self.conferences.get(talk.conference)
            if talk.session and conf and conf.path and not conf.session(talk.session):
                problems.append(
                    Problem(
                        talk.path,
                        lines.get("session"),
                        f"session {talk.session!r} is not in {conf.id}/{CONFERENCE_FILE}",
                    )
                )
        for conf in self.conferences.values():
            if conf.path is None:
                continue
            state = self._files.get(conf.path)
            lines = state.doc.key_lines if state and state.doc else {}
            for role in conf.people:
                if role.person not in self.people:
                    problems.append(
                        Problem(
                            conf.path,
                            lines.get("people"),
                            f"person {role.person!r} has no page in {PEOPLE_DIR}/",
                            "warning",
                        )
                    )
        problems.sort(key=lambda p: (str(p.path), p.line or 0))
        return problems


def _kind(obj: Person | Conference | Talk) -> type:
    """Which of the notebook's dicts an object belongs in."""
    if isinstance(obj, Person):
        return Person
    return Conference if isinstance(obj, Conference) else Talk


def _unchanged(state: FileState, text: str, data: bytes, doc: Document) -> bool:
    """Nothing to save: a file is never re-encoded or re-delimited unless its content changed."""
    if content_hash(data) == state.hash or text == state.decoded.text:
        return True
    old = state.doc
    return (
        old is not None
        and old.raw_front is not None
        and doc.raw_front == old.raw_front
        and doc.body == old.body
    )


@dataclass
class _FrontMatter:
    """The front matter a save writes, and what the file's record keeps of it."""

    data: dict[str, Any]
    base_data: dict[str, Any] | None = None
    """The front matter the saved object stands for, when the file's differs (see
    :attr:`FileState.base_data`): kept for the next save's three-way merge."""
    conflicts: list[str] | None = None
    """Keys this side and the file both changed, to different values."""

    def conflict_message(self) -> str:
        keys = ", ".join(sorted(set(self.conflicts or [])))
        return f"changed on disk since it was opened ({keys} changed there too); not overwriting it"


def _front_matter(
    state: FileState | None, doc: Document, fields: dict[str, Any], extra: dict[str, Any]
) -> _FrontMatter:
    """The front matter to write for an object's ``fields`` (and unknown keys ``extra``)
    into the file recorded as ``state`` (parsed as ``doc``).

    Usually the object was built from the file: keys it changed replace the file's,
    the rest keep their value and place (:func:`records.merge_fields`). An object built
    from the summary of an older version of the file (:attr:`FileState.base_data`)
    changes that version's front matter instead, merged three ways with the file's:
    keys another program set, changed or removed stay so; a key both changed to
    different values is a conflict.
    """
    base = state.baseline if state else {}
    if state is None or state.base_data is None:
        return _FrontMatter(records.merge_fields(doc.data, base, fields, extra))
    ours = records.merge_fields(state.base_data, base, fields, extra)
    merged, conflicts = merge_values(state.base_data, ours, doc.data)
    data = merged if isinstance(merged, dict) else ours
    # Once the file holds just what the object stands for, they agree again.
    return _FrontMatter(data, None if data == ours else ours, [c.split(".")[0] for c in conflicts])


def _document_for(old: Document, data: dict[str, Any], body: str) -> Document:
    """The Document a file holds after a save (raw front matter reused when unchanged).

    Its ``raw_front`` is the text to write, so rendering it dumps no YAML again.
    """
    if not data and old.raw_front is None and not opens_front_matter(body):
        return Document({}, body, None, 1, {}, old.delimiters)
    if old.raw_front is not None and data == old.data:
        return Document(data, body, old.raw_front, old.body_line, old.key_lines, old.delimiters)
    front = None
    if data and old.raw_front and old.raw_front.strip():
        # One key changed (a star, a link): the rest stays as the user wrote it.
        from confnotes.notebook.yaml_roundtrip import update_front_matter

        front = update_front_matter(old.raw_front, old.data, data)
    if front is None:
        front = dump_front_matter(data) if data else ""
    return Document(data, body, front, front.count("\n") + 3, key_lines(front, 2), old.delimiters)


def sort_talks(talks: Iterable[Talk]) -> list[Talk]:
    """Programme order: timed talks by start, then untimed ones, each by title."""
    return sorted(
        talks,
        key=lambda t: (t.start is None, t.start or 0, t.title.lower(), t.id),  # type: ignore[arg-type]
    )


def _failure(exc: Exception) -> tuple[int | None, str]:
    """Line and message for a file that could not be read: our own error, or any other.

    Any exception from a parser or a value conversion is reported against its file, so
    one odd file never stops the whole notebook (and the app) from opening."""
    if isinstance(exc, ConfnotesError):
        return exc.line, exc.message
    return None, f"could not be read ({type(exc).__name__}: {exc}); kept as it is"


def _names_in(folder: Path) -> set[str]:
    """The names in a folder as a case-insensitive file system compares them."""
    try:
        return {file_name_key(name) for name in os.listdir(folder)}
    except OSError:
        return set()


def slug_for(text: str) -> str:
    """Public alias of the slug rule, for importers that need ids before saving."""
    return make_slug(text)
