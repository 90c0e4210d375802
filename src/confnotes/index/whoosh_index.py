"""The Whoosh implementation of :class:`~confnotes.index.base.SearchIndex`.

Layout under ``NOTEBOOK/.confnotes/``::

    index/                         the Whoosh index
    index/confnotes-manifest.json  path → [size, mtime_ns, sha256] of every indexed file
    index/confnotes-manifest.log   changes since: one JSON line per file (appended)
    index/confnotes-scan.json      digest of the scan the manifest matches (skips parsing it)
    index.lock                     held by whichever process writes the index
    index.broken-*/                the last index found unreadable (kept for inspection)

Whoosh is pure Python (a full build of 10k notes takes tens of seconds), so
everything is incremental: a sync stats every file, hashes only those whose size
or mtime moved, and re-indexes only those whose bytes changed, in one writer
and one commit. A rebuild writes a fresh index beside the old one and swaps it
in, so searches keep working meanwhile. The index is a cache: when it cannot
be read it is moved aside and rebuilt from the files, never the reverse.

Queries that are ANDs of words, ORs of words and phrases (most of them) are
ranked by :mod:`confnotes.index.fastpath` from whole posting lists, with the
same BM25F scores as Whoosh; the rest go through Whoosh's searcher. Both use
per-segment caches (:mod:`confnotes.index.scoring`).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import threading
import time
from collections.abc import Container, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from confnotes.errors import ConfnotesError
from confnotes.index import fastpath, integrity, internals
from confnotes.index.analysis import words
from confnotes.index.base import Hit, Progress, SearchIndex, SearchResults, SyncReport
from confnotes.index.documents import (
    CONFERENCE,
    PERSON,
    TALK,
    FileStat,
    Resolver,
    document_of,
    key_for,
    key_of_id,
    kind_of,
    parse_file,
    read_bytes,
    scan,
)
from confnotes.index.query import (
    CORRECTED_AT_MOST,
    SPELL,
    STEMMED,
    Compiled,
    Node,
    Phrase,
    Word,
    compile_query,
    max_typos,
    parse_lenient,
    plain_words,
    replace_words,
    stem_word,
    substitute,
    typo_form,
    word_field,
)
from confnotes.index.scoring import CachedBM25F, SegmentCache, cache_flush_lengths, segment_ids
from confnotes.index.snippets import hit_from_stored
from confnotes.index.stamps import (
    MANIFEST,
    MANIFEST_LOG,
    SCHEMA_VERSION,
    SIGNATURE,
    Manifest,
    diff,
    manifest_stamp,
    read_manifest,
    read_signature,
)
from confnotes.index.whoosh_fields import (
    plain_analyzer,
    spelling_field,
    stemming_analyzer,
    text_field,
)
from confnotes.model import Conference, Person, Talk
from confnotes.notebook import layout, processes
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.storage import content_hash

if TYPE_CHECKING:
    from confnotes.index.scan_ahead import ScanAhead, Scanned

INDEX_DIR = layout.INDEX_DIR
LOG_LINES_MIN = 2000
"""The log is folded into the manifest once it holds this many lines (or a tenth of the
manifest's entries, whichever is more)."""
LOCK_FILE = "index.lock"
WRITER_MB = 128
"""Memory Whoosh's writer may buffer before spilling to disk (bounds a rebuild's memory)."""

REBUILD_MIN_FILES = 1000
REBUILD_SHARE = 3
"""A sync rebuilds the whole index instead when at least this many files are new or gone,
and at least a third (1 / ``REBUILD_SHARE``) of all files: the full build
(:mod:`confnotes.index.bulk`) costs less CPU per file than Whoosh's writer and runs on
two processes, so past that share building everything is quicker than adding the new."""

MAX_SEGMENTS = 8
"""Segments allowed to pile up from small commits before they are merged."""

APP_MERGE_DOCS = 16
"""In the app (:attr:`SearchIndex.elsewhere` set), a commit merges only small segments, at
most this many documents in all (the one-note segments of saves); larger merges are left
to the child processes that index a team sync's notes (they commit with Whoosh's usual
policy). Merging the segments of a few hundred notes took ~1 s of pure Python, and with
a limit of 64 (which took in a child's segment of 40 notes) ~0.2 s, in a worker of the
app holding the interpreter's lock the UI thread needs for every key
(``benchmarks/trace_keys.py``: 2.3 s, then 0.5 s, of merges in 27 s of typing during
team syncs)."""

ELSEWHERE_MIN = 8
"""Changed files from which an index with :attr:`SearchIndex.elsewhere` set hands a sync
or a batch of updates to a child process (fewer cost less than starting one)."""

BUSY_WAIT = 0.5
"""Seconds ``update_many(wait=False)`` waits for another thread's short update or
search; a sync or rebuild takes longer, and the update is left to the caller."""


class IndexBusy(ConfnotesError):
    """Another process holds the index's write lock for longer than we are willing to wait."""


def make_schema() -> Any:
    """The index's fields (see the README's "Searching" section for what each holds)."""
    from whoosh.fields import ID, KEYWORD, STORED, Schema

    plain, stem = plain_analyzer(), stemming_analyzer()
    return Schema(
        key=ID(stored=True, unique=True),
        doctype=ID(stored=True),
        id=ID(stored=True),
        title=text_field(stem, stored=True),
        conference=ID(stored=True),
        conf=text_field(plain),
        speakers=text_field(plain),
        aliases=text_field(plain),
        speaker_ids=KEYWORD(),
        speaker_names=STORED(),
        affiliation=text_field(plain),
        session=text_field(plain),
        room=text_field(plain),
        kind=ID(),
        tag=text_field(plain),
        link=KEYWORD(lowercase=True),
        mentions=text_field(plain),
        url=KEYWORD(lowercase=True),
        date=KEYWORD(),
        text=text_field(stem),
        spell=spelling_field(),
        abstract=STORED(),
        body=STORED(),
        ts=sort_number_field(),
        day=STORED(),
    )


def sort_number_field() -> Any:
    """A number stored and kept in a sort column (newest first), never searched.

    Whoosh's ``NUMERIC`` also indexes each value as 16 terms, the trie of a range
    query, which no query here makes: a third of an index's terms and a fifteenth
    of its postings at 5,000 talks, written by every build and every save."""
    from whoosh.fields import NUMERIC

    field = NUMERIC(bits=64, sortable=True, stored=True)
    field.indexed = False
    return field


class WhooshIndex(SearchIndex):
    """A Whoosh index over one notebook, kept in step with its files by diffing them."""

    def __init__(self, nb: Notebook, lock_timeout: float = 10.0):
        self.nb = nb
        self.root = nb.root
        self._notes: list[str] = []
        self._temporary: Path | None = None
        """A temporary folder holding the index when the notebook cannot (read-only)."""
        try:
            self.derived = nb.ensure_derived_dir()
        except OSError as exc:
            if not read_only(exc):
                raise
            self._build_in_temp(exc)
        self.dir = self.derived / INDEX_DIR
        self.lock_path = self.derived / LOCK_FILE
        self.lock_timeout = lock_timeout
        """Seconds to wait for another process's write lock before queueing the update."""
        self.documents_written = 0
        """Documents (re)indexed by this object (tells that unchanged files were skipped)."""
        self.files_hashed = 0
        """Files read and hashed because their size or mtime moved."""
        self.rebuilding = False
        self._ix: Any = None
        self._searcher: Any = None
        self._manifest: Manifest | None = None
        """The indexed files; None until needed when the scan signature vouches for it."""
        self._signature: str | None = None
        self._manifest_stamp: tuple[int, ...] | None = None
        self._log_lines = 0
        self._outdated = False
        self._needs_rebuild: str | None = None
        self._pending: dict[str, Any] = {}
        self._write_mutex = threading.RLock()
        self._read_mutex = threading.RLock()
        self._cache = SegmentCache()
        clean_stray_builds(self.derived)
        self._vocab: dict[tuple[tuple[str, ...], str | None], dict[int, list[str]]] = {}
        """Words by length (typo tolerance), by (fields, segment id)."""
        self._written: dict[tuple[str, str], str] = {}
        """Corrections as notes write them (``calibr`` → *calibrated*), by (field, term)."""
        self._open()

    def _build_in_temp(self, exc: OSError) -> None:
        """The notebook is read-only: the index goes to a temporary folder of this process
        (removed on :meth:`close`), so that a search still works and writes nothing there."""
        import tempfile

        self._temporary = Path(tempfile.mkdtemp(prefix="confnotes-index-"))
        self.temporary = True
        self.derived = self._temporary
        self.dir = self.derived / INDEX_DIR
        self.lock_path = self.derived / LOCK_FILE
        self._notes.append(
            f"cannot write the search index into the notebook ({_reason(exc)}); "
            "searching an index built for this run only"
        )

    # ------------------------------------------------------------------ opening

    def _open(self) -> None:
        """Open the index on disk, or note why it must be (re)built."""

        self._close_ix()
        if not self.dir.exists():
            self._needs_rebuild = "missing"
            return
        try:
            storage = _storage(self.dir)
            if not storage.index_exists():
                raise ValueError("it holds no index")
            signature = self._read_signature()
            manifest = None
            if signature is None:
                manifest = self._read_manifest(self.dir)
                if manifest is None:
                    raise ValueError("its list of indexed files is missing or unreadable")
            bad = integrity.damaged(self.dir)
            if bad:
                raise ValueError(f"{', '.join(bad)} changed since the index wrote it (damaged)")
            ix = storage.open_index()
            if set(ix.schema.names()) != set(make_schema().names()):
                raise ValueError("it was made by another version of confnotes")
            searcher = ix.searcher(weighting=CachedBM25F(self._cache))
            searcher.doc_count()
            self._cache.keep_only(segment_ids(searcher))
        except Exception as exc:
            self._move_aside(exc)
            return
        self._ix, self._manifest, self._signature = ix, manifest, signature
        self._needs_rebuild = None
        with self._read_mutex:
            self._searcher = searcher  # opened to validate the index; the first search reuses it

    def _read_manifest(self, folder: Path) -> Manifest | None:
        found = read_manifest(folder)
        if found is None:
            return None
        if found.other_version:
            self._outdated = True
            return None
        if folder == self.dir:
            self._manifest_stamp = found.stamp
            self._log_lines = found.log_lines
        return found.files

    def _loaded_manifest(self) -> Manifest:
        """The manifest, read now if the signature had spared reading it so far."""
        return self._manifest_from_disk(reread=False)

    def _locked_manifest(self) -> Manifest:
        """The manifest as on disk, with the write lock held: the one in memory unless
        another process saved a newer one (parsing it is ~80 ms at 50,000 talks)."""
        return self._manifest_from_disk(reread=self._manifest_stale())

    def _manifest_from_disk(self, reread: bool) -> Manifest:
        """The manifest in memory, read from disk first when there is none or ``reread``."""
        if self._manifest is None or reread:
            manifest = self._read_manifest(self.dir)
            if manifest is None:
                raise ValueError("its list of indexed files is missing or unreadable")
            self._manifest = manifest
        return self._manifest

    def _write_manifest(
        self,
        folder: Path,
        files: Manifest,
        scanned: dict[str, FileStat] | None = None,
        changed: list[str] | None = None,
        digest: str | None = None,
        matches_scan: bool = False,
    ) -> None:
        """Bring the manifest on disk to ``files`` (no fsync: it is a cache; a lost one means
        a rebuild): by appending the ``changed`` paths to the log when they are known and
        the log is short, else by replacing it whole (atomically) and emptying the log.

        With ``scanned`` (the scan the manifest was made from, ``digest`` its digest when
        already computed), the scan signature is saved too; otherwise it is dropped, so it
        can never vouch for another manifest.
        """
        with contextlib.suppress(OSError):
            (folder / SIGNATURE).unlink()
        log = folder / MANIFEST_LOG
        limit = max(LOG_LINES_MIN, len(files) // 10)
        if (
            changed is not None
            and folder == self.dir
            and self._log_lines + len(changed) <= limit
            and (folder / MANIFEST).exists()
        ):
            lines = [
                json.dumps([rel, *files[rel]] if rel in files else [rel], separators=(",", ":"))
                for rel in changed
            ]
            with log.open("a", encoding="utf-8") as handle:
                handle.write("".join(f"{line}\n" for line in lines))
            self._log_lines += len(lines)
        else:
            payload = json.dumps({"version": SCHEMA_VERSION, "files": files}, separators=(",", ":"))
            _replace_text(folder / MANIFEST, payload)
            with contextlib.suppress(FileNotFoundError):
                log.unlink()
            if folder == self.dir:
                self._log_lines = 0
        if folder == self.dir:
            self._manifest_stamp = manifest_stamp(folder)
            self._signature = None
        integrity.record(folder)  # what Whoosh wrote, so that damage to it is seen
        if scanned is not None:
            self._save_signature(folder, scanned, files, digest, matches_scan)

    def _save_signature(
        self,
        folder: Path,
        scanned: dict[str, FileStat],
        files: Manifest,
        digest: str | None = None,
        matches_scan: bool = False,
    ) -> None:
        """Remember the digest of ``scanned`` when the manifest holds exactly those stats
        (checked here unless the caller knows it: ``matches_scan``)."""
        if len(scanned) != len(files):
            return
        if not matches_scan:
            for rel, st in scanned.items():
                old = files.get(rel)
                if old is None or old[0] != st.size or old[1] != st.mtime_ns:
                    return
        try:
            current = manifest_stamp(folder)
        except OSError:
            return
        digest = digest or layout.digest(scanned)
        payload = {"version": SCHEMA_VERSION, "manifest": list(current), "digest": digest}
        _replace_text(folder / SIGNATURE, json.dumps(payload))
        if folder == self.dir:
            self._manifest_stamp, self._signature = current, digest

    def _read_signature(self) -> str | None:
        """The saved scan digest, if it was made for the manifest now on disk."""
        found = read_signature(self.dir)
        if found is None:
            return None
        digest, self._manifest_stamp = found
        return digest

    def _move_aside(self, exc: BaseException) -> None:
        """Put an unreadable index out of the way (keeping the last one) and plan a rebuild.

        Raises:
            UnsupportedWhoosh: the failure comes from a Whoosh upgrade, not the index.
        """
        internals.check_after(exc)
        self._close_ix()
        if self._outdated:
            self._outdated = False
            shutil.rmtree(self.dir, ignore_errors=True)
            self._notes.append(
                "the search index was made by another version of confnotes; rebuilt it"
            )
            self._needs_rebuild = "outdated"
            return
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        aside = self.derived / f"index.broken-{datetime.now():%Y%m%d-%H%M%S}"
        for old in self.derived.glob("index.broken-*"):
            shutil.rmtree(old, ignore_errors=True)
        try:
            os.replace(self.dir, aside)
            where = f"moved it to {aside}"
        except OSError:
            shutil.rmtree(self.dir, ignore_errors=True)
            where = "deleted it"
        self._notes.append(
            f"the search index could not be read ({reason}); {where} and rebuilt it from the notes"
        )
        self._needs_rebuild = "unreadable"

    def _close_ix(self) -> None:
        with self._read_mutex:
            if self._searcher is not None:
                with contextlib.suppress(Exception):
                    self._searcher.close()
            self._searcher = None
            if self._ix is not None:
                with contextlib.suppress(Exception):
                    self._ix.close()
            self._ix = None

    def close(self) -> None:
        """Try once more to write queued updates, then release the index."""
        with self._write_mutex:
            if self._pending and self._ix is not None:
                with contextlib.suppress(IndexBusy):
                    self._flush_pending(timeout=0.0)
            self._close_ix()
            if self._temporary is not None:
                shutil.rmtree(self._temporary, ignore_errors=True)

    def take_messages(self) -> list[str]:
        """Messages for the user gathered since the last call (recoveries, busy locks)."""
        notes, self._notes = self._notes, []
        return notes

    # ------------------------------------------------------------------ locking

    @contextlib.contextmanager
    def _write_lock(self, timeout: float) -> Iterator[None]:
        """The cross-process write lock, waited for at most ``timeout`` seconds."""
        from whoosh.util.filelock import FileLock

        lock = FileLock(str(self.lock_path))
        deadline = time.monotonic() + timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise IndexBusy("another confnotes process is updating the search index")
            time.sleep(0.05)
        try:
            yield
        finally:
            lock.release()

    def _writer(self, ix: Any, procs: int = 1) -> Any:
        writer = ix.writer(limitmb=WRITER_MB, procs=procs, timeout=self.lock_timeout)
        return cache_flush_lengths(writer)

    # ------------------------------------------------------------------ syncing

    def sync(
        self,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        ahead: ScanAhead | None = None,
    ) -> SyncReport:
        """Apply what changed on disk since the last sync; rebuild when there is no index."""
        with self._write_mutex:
            if self._needs_rebuild is not None or self._ix is None:
                return self.rebuild(progress, cancel)
            report = SyncReport()
            try:
                if self._pending:
                    self._flush_pending(self.lock_timeout)
                if self._manifest_stale():  # another process updated the index
                    self._manifest, self._signature = None, self._read_signature()
                answer = self._await_scan(ahead) if ahead is not None else None
                if answer is not None and answer.digest == self._signature:
                    # the children's scan is the very scan the index was saved for
                    report.unchanged = answer.count
                    report.messages[:0] = self.take_messages()
                    return report
                files, digest = self._scan_files(answer)
                if self._signature is not None and digest == self._signature:
                    todo: list[str] = []  # the very scan the manifest was saved for
                    removed: list[str] = []
                else:
                    manifest = self._loaded_manifest()
                    todo, removed = diff(files, manifest)
                    if not todo and not removed:
                        self._save_signature(self.dir, files, manifest, digest)
                if (todo or removed) and self._worth_rebuilding(todo, removed, len(files)):
                    return self.rebuild(progress, cancel)
                child = self._hand_over(len(todo) + len(removed))
                if child is not None:  # what is left is what changed since the child looked
                    report = child
                    todo, removed = diff(files, self._loaded_manifest())
                if todo or removed:
                    with self._write_lock(self.lock_timeout):
                        if self._manifest_stale():  # another process got there first
                            todo, removed = diff(files, self._locked_manifest())
                        self._apply(files, todo, removed, report, progress, cancel, digest)
                elif child is None:
                    report.unchanged = len(files)
            except IndexBusy as exc:
                report.messages.append(f"{exc}; results may miss the latest edits")
            except ConfnotesError:
                raise
            except Exception as exc:
                if not read_only(exc):
                    self._move_aside(exc)
                    return self.rebuild(progress, cancel)
                # A read-only notebook: its index as it is answers (nothing is written).
                report.messages.append(
                    f"could not update the search index ({_reason(exc)}); "
                    "results may miss the latest edits"
                )
            report.messages[:0] = self.take_messages()
            return report

    def _await_scan(self, ahead: ScanAhead) -> Scanned | None:
        """The scan of :mod:`confnotes.index.scan_ahead`'s children. While they still scan, the
        manifest is read, which a changed file needs (~50 ms at 50,000 notes): unneeded
        when nothing changed, but then the scan outlasts it."""
        if self._manifest is None and ahead.busy():
            with contextlib.suppress(ValueError):
                self._loaded_manifest()
        return ahead.result()

    def _scan_files(self, answer: Scanned | None) -> tuple[dict[str, FileStat], str]:
        """The files and their digest: the children's scan, or a scan made here."""
        files = answer.files() if answer is not None else None
        if answer is None or files is None:
            files = scan(self.root)
            return files, layout.digest(files)
        return files, answer.digest

    def _hand_over(self, files: int) -> SyncReport | None:
        """Let a child process index ``files`` changed files when :attr:`elsewhere` asks
        for it (it syncs by the same stamps, so it finds them); its report, or None when
        the work stays here (too few files, or no child could run)."""
        if not self.elsewhere or files < ELSEWHERE_MIN:
            return None
        from confnotes.index.background import sync_in_child

        try:
            report = sync_in_child(self.root)
        except ConfnotesError:
            return None
        # The child saved a newer manifest and committed a segment: read them as ours.
        self._manifest, self._signature = None, self._read_signature()
        self._refresh()
        return report

    def _worth_rebuilding(self, todo: list[str], removed: list[str], files: int) -> bool:
        """True when so many files are new or gone (a big programme imported, a folder
        moved) that building the index anew (:mod:`confnotes.index.bulk`, on two
        processes) beats adding them one by one through Whoosh's writer."""
        manifest = self._loaded_manifest()
        new = sum(1 for rel in todo if rel not in manifest)
        moved = new + len(removed)
        return moved >= REBUILD_MIN_FILES and moved * REBUILD_SHARE >= files

    def _manifest_stale(self) -> bool:
        """True when another process saved the manifest since we read it."""
        try:
            return manifest_stamp(self.dir) != self._manifest_stamp
        except OSError:
            return True

    def _apply(
        self,
        files: dict[str, FileStat],
        todo: list[str],
        removed: list[str],
        report: SyncReport,
        progress: Progress | None,
        cancel: threading.Event | None,
        digest: str | None = None,
    ) -> None:
        """Hash the candidates, re-index what really changed, commit once, save the manifest
        (``digest``: of the scan ``files``, when already computed)."""
        manifest = dict(self._loaded_manifest())
        resolver = Resolver(self.root)
        changed: dict[str, Any] = {}
        total = len(todo) + len(removed)
        unread = 0
        for n, rel in enumerate(todo, 1):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            st = files[rel]
            data = read_bytes(self.root / rel)
            self.files_hashed += 1
            if data is None:
                unread += 1
                continue
            content = content_hash(data)
            old = manifest.get(rel)
            manifest[rel] = [st.size, st.mtime_ns, content]
            if old is not None and old[2] == content:
                report.unchanged += 1
                continue
            changed[rel] = self._parse(rel, data, resolver)
            if old is None:
                report.added += 1
            else:
                report.updated += 1
            if progress:
                progress(n, total)
        for rel in removed:
            manifest.pop(rel, None)
            report.removed += 1
        report.unchanged += len(files) - len(todo)
        dependents = self._dependents(changed, removed, files)
        for rel in dependents:
            data = read_bytes(self.root / rel)
            if data is not None:
                changed[rel] = self._parse(rel, data, resolver)
        # Entries not in todo matched the scan (_diff), todo ones were set from it and gone
        # ones dropped: unless a file could not be read, the manifest is the scan's.
        self._commit(
            changed, removed, resolver, manifest, files, digest, [*todo, *removed], not unread
        )
        if progress:
            progress(total, total)

    def _parse(self, rel: str, data: bytes, resolver: Resolver) -> Any:
        return parse_file(self.root, rel, data, resolver)

    def _dependents(
        self, changed: dict[str, Any], removed: list[str], files: Container[str]
    ) -> list[str]:
        """Talks whose document shows a changed person or conference (names, sessions, rooms)."""
        from whoosh import query as wq

        people = [Path(r).stem for r in [*changed, *removed] if kind_of(r) == PERSON]
        confs = [r.split("/", 1)[0] for r in [*changed, *removed] if kind_of(r) == CONFERENCE]
        if not people and not confs:
            return []
        terms = [wq.Term("speaker_ids", p) for p in people]
        terms += [wq.Term("conference", c) for c in confs]
        q = wq.And([wq.Term("doctype", TALK), wq.Or(terms)])
        with self._ix.searcher() as s:
            keys = [s.stored_fields(docnum)["key"] for docnum in q.docs(s)]
        return [k for k in keys if k not in changed and k in files]

    def _document(self, rel: str, obj: Any, resolver: Resolver) -> dict[str, Any] | None:
        return None if obj is None else document_of(obj, resolver)

    def _commit(
        self,
        changed: dict[str, Any],
        removed: list[str],
        resolver: Resolver,
        manifest: Manifest,
        scanned: dict[str, FileStat] | None = None,
        digest: str | None = None,
        touched: list[str] | None = None,
        matches_scan: bool = False,
    ) -> None:
        """One writer and one commit for a whole batch; the manifest is saved after the commit
        (only its changed entries, appended to its log, when it was read from disk).

        ``touched``: the only paths whose manifest entries may differ from the manifest in
        memory (else every entry is compared); ``matches_scan``: the manifest is known to
        hold exactly ``scanned``'s stamps (else the signature's save checks it)."""
        if changed or removed:
            writer = self._writer(self._ix)
            try:
                for rel in removed:
                    writer.delete_by_term("key", rel)
                for rel, obj in changed.items():
                    doc = self._document(rel, obj, resolver)
                    if doc is None:
                        writer.delete_by_term("key", rel)
                        continue
                    writer.update_document(**doc)
                    self.documents_written += 1
            except BaseException:
                writer.cancel()
                raise
            writer.commit(mergetype=self._merge_policy())
        previous = self._manifest
        delta = None
        if previous is not None and touched is not None:
            delta = [rel for rel in touched if previous.get(rel) != manifest.get(rel)]
        elif previous is not None:
            delta = [rel for rel, entry in manifest.items() if previous.get(rel) != entry]
            delta += [rel for rel in previous if rel not in manifest]
        self._write_manifest(self.dir, manifest, scanned, delta, digest, matches_scan)
        self._manifest = manifest
        self._refresh()

    def _merge_policy(self) -> Any:
        """Merge segments only once there are many of them.

        Every commit adds a segment; merging on each commit makes a one-note save
        cost a merge, while never merging slows every query down. So small commits
        just add their segment, and every :data:`MAX_SEGMENTS` commits the small
        segments are merged in one go.
        """
        from whoosh.writing import MERGE_SMALL, NO_MERGE

        policy = merge_few if self.elsewhere else MERGE_SMALL
        try:
            count = self.segment_count()
        except Exception:
            return policy
        return policy if count >= MAX_SEGMENTS else NO_MERGE

    def segment_count(self) -> int:
        """Segments of the index on disk (for benchmarks and diagnostics)."""
        if self._ix is None:
            return 0
        with self._read_mutex:
            return len(self._get_searcher().leaf_searchers())

    def _refresh(self) -> None:
        with self._read_mutex:
            if self._searcher is not None:
                with contextlib.suppress(Exception):
                    self._searcher.close()
                self._searcher = None

    # ------------------------------------------------------------------ rebuilding

    def rebuild(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> SyncReport:
        """Build a fresh index beside the current one and swap it in (searches go on)."""

        with self._write_mutex:
            self.rebuilding = True
            report = SyncReport(rebuilt=True)
            tmp = self.derived / f"index.new-{os.getpid()}-{threading.get_ident()}"
            shutil.rmtree(tmp, ignore_errors=True)
            try:
                try:
                    tmp.mkdir(parents=True)
                except OSError as exc:
                    if not read_only(exc) or self._temporary is not None:
                        raise
                    self._build_in_temp(exc)
                    tmp = self.derived / tmp.name
                    tmp.mkdir(parents=True)
                # mmap is safe here: nobody else knows this folder, so no file can
                # shrink under the mapping; the writer re-reads its per-document
                # lengths for every posting, and plain reads cost a seek each
                ix = _storage(tmp, mmap=True).create_index(make_schema())
                files = scan(self.root)
                from confnotes.index import bulk  # a search never needs it

                try:
                    built = bulk.build(ix, self.root, files, progress, cancel, self.build_processes)
                except bulk.BuildFailed:
                    # the second process failed (or could not run): build again in this one
                    built = bulk.build(ix, self.root, files, progress, cancel, processes=1)
                if built.cancelled:
                    report.cancelled = True
                    ix.close()
                    return report
                manifest: Manifest = built.manifest
                self.documents_written += built.documents
                report.added += built.documents
                ix.close()
                self._write_manifest(tmp, manifest, files)
                self._swap_in(tmp)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
                self.rebuilding = False
            report.messages[:0] = self.take_messages()
            return report

    def _swap_in(self, tmp: Path) -> None:
        with self._write_lock(max(self.lock_timeout, 30.0)), self._read_mutex:
            self._close_ix()
            old = self.derived / f"index.old-{os.getpid()}"
            shutil.rmtree(old, ignore_errors=True)
            if self.dir.exists():
                os.replace(self.dir, old)
            os.replace(tmp, self.dir)
            shutil.rmtree(old, ignore_errors=True)
            self._pending.clear()
            self._open()

    # ------------------------------------------------------------------ single updates

    def update_talk(self, talk: Talk) -> None:
        """Re-index one talk right after the app saved it (one small commit)."""
        self._update({key_for(TALK, talk.id): talk})

    def update_person(self, person: Person) -> None:
        """Re-index a person's page and every talk that shows their name."""
        self._update({key_for(PERSON, person.id): person})

    def update_conference(self, conf: Conference) -> None:
        """Re-index a conference and its talks."""
        self._update({key_for(CONFERENCE, conf.id): conf})

    def remove(self, doc_id: str) -> None:
        """Drop a talk id, ``people/<id>`` or conference id from the index."""
        self._update({key_of_id(doc_id): None})

    def update_many(
        self,
        talks: Sequence[Talk] = (),
        people: Sequence[Person] = (),
        conferences: Sequence[Conference] = (),
        removed: Sequence[str] = (),
        wait: bool = True,
    ) -> bool:
        """Re-index one change of the notebook in a single commit (see the base class)."""
        objects: dict[str, Any] = {key_of_id(doc_id): None for doc_id in removed}
        objects.update({key_for(CONFERENCE, c.id): c for c in conferences})
        objects.update({key_for(PERSON, p.id): p for p in people})
        objects.update({key_for(TALK, t.id): t for t in talks})
        if not objects:
            return True
        if not self._write_mutex.acquire(timeout=-1 if wait else BUSY_WAIT):
            return False  # a sync or rebuild runs: the notebook retries after it
        try:
            self._update(objects)
        finally:
            self._write_mutex.release()
        return True

    def _update(self, objects: dict[str, Any]) -> None:
        with self._write_mutex:
            self._pending.update(objects)
            if self._ix is None:
                return  # the next sync or rebuild reads the files anyway
            try:
                if self._hand_over(len(self._pending)) is not None:
                    # Updates index what the files hold: the child's sync, which re-reads
                    # every file whose stamp moved, took these (and their dependents).
                    self._pending = {}
                    return
                self._flush_pending(self.lock_timeout)
            except IndexBusy as exc:
                self._notes.append(f"{exc}; the update is queued")
            except ConfnotesError:
                raise
            except Exception as exc:
                self._move_aside(exc)

    def _flush_pending(self, timeout: float) -> None:
        """Write queued single updates (kept queued when the lock stays busy)."""
        if not self._pending:
            return
        with self._write_lock(timeout):
            manifest = dict(self._locked_manifest())
            pending, self._pending = self._pending, {}
            resolver = Resolver(self.root)
            changed: dict[str, Any] = {}
            removed: list[str] = []
            for obj in pending.values():
                if isinstance(obj, Person):
                    resolver.remember_person(obj)
                elif isinstance(obj, Conference):
                    resolver.remember_conference(obj)
            for rel, obj in pending.items():
                path = self.root / rel
                data = read_bytes(path)
                if obj is None or data is None:
                    removed.append(rel)
                    manifest.pop(rel, None)
                    continue
                changed[rel] = obj
                st = path.stat()
                manifest[rel] = [st.st_size, st.st_mtime_ns, content_hash(data)]
            for rel in self._dependents(changed, removed, manifest):
                data = read_bytes(self.root / rel)
                if data is not None:
                    changed[rel] = self._parse(rel, data, resolver)
            # only the queued paths' entries moved (comparing all: 14 ms a save at 50,000)
            self._commit(changed, removed, resolver, manifest, touched=list(pending))

    # ------------------------------------------------------------------ searching

    def search(self, query: str, limit: int = 20, kinds: tuple[str, ...] = ()) -> SearchResults:
        """Best hits first: exact and stemmed matches, then typo-corrected ones.

        A query that cannot be parsed is searched as plain words (never an error).
        """
        node, problem = parse_lenient(query)
        notice = f"{problem}; searched for the words instead" if problem else None
        if node is None:
            return SearchResults(notice=problem or "nothing to search for")
        if self._pending and self._write_mutex.acquire(blocking=False):
            # queued updates go in first, unless a sync or rebuild is busy (never wait here)
            try:
                with contextlib.suppress(Exception):
                    self._flush_pending(timeout=0.0)
            finally:
                self._write_mutex.release()
        try:
            results = self._search(node, query, limit, kinds)
        except ConfnotesError:
            raise
        except Exception as exc:
            self._move_aside(exc)
            if self.rebuilding:
                return SearchResults(rebuilding=True, notice=notice)
            self.rebuild()
            results = self._search(node, query, limit, kinds)
        results.notice = notice
        return results

    def _search(self, node: Node, query: str, limit: int, kinds: tuple[str, ...]) -> SearchResults:
        with self._read_mutex:
            if self._ix is None:
                return SearchResults(rebuilding=True)
            searcher = self._get_searcher()
            results = self._run(searcher, node, limit, kinds)
            if len(results.hits) < limit:
                self._add_corrected(searcher, results, node, query, limit, kinds)
            results.rebuilding = self.rebuilding
            return results

    def _add_corrected(
        self,
        searcher: Any,
        results: SearchResults,
        node: Node,
        query: str,
        limit: int,
        kinds: tuple[str, ...],
    ) -> None:
        """Fill the page with typo-corrected matches, ranked after the exact ones."""
        replacements = self._corrections(searcher, node)
        if not replacements:
            return
        retry = self._run(searcher, replace_words(node, replacements), limit, kinds)
        seen = {(h.kind, h.id) for h in results.hits}
        new = [h for h in retry.hits if (h.kind, h.id) not in seen]
        if not new:
            return
        overlap = len(retry.hits) - len(new)
        results.exact = len(results.hits)
        results.hits.extend(new[: limit - len(results.hits)])
        results.total += max(retry.total - overlap, len(new))
        results.corrected = substitute(query, [(w, new_text) for w, new_text in replacements])

    def _corrections(self, searcher: Any, node: Node) -> list[tuple[Word | Phrase, str]]:
        """Words (and phrases) of the query to correct, each with what it most likely meant.

        Typed words are compared with the words of the notes as written (the
        ``spell`` field and the stemmed terms; for ``speaker:`` and the like, that
        field's words), in any position: one typo from 5 letters, two from 9 (as
        Meilisearch). A word is corrected when the notes do not hold it, or hold it
        at most twice while the correction is more common (a typo in a note must
        not hide the notes spelled right). In a phrase, each word on its own.
        """
        out: list[tuple[Word | Phrase, str]] = []
        for item in plain_words(node):
            name = word_field(item)
            toks = words(item.text)
            fixed = [self._correct_word(searcher, tok, name) for tok in toks]
            if not any(fixed):
                continue
            new = [f or t for f, t in zip(fixed, toks, strict=True)]
            out.append((item, new[0] if len(new) == 1 else " ".join(new)))
        return out

    def _correct_word(self, searcher: Any, tok: str, name: str) -> str | None:
        """The word ``tok`` most likely meant, or None to keep it (see :meth:`_corrections`)."""
        form = typo_form(tok, name)
        if form is None:
            return None
        allowed = max_typos(tok)
        reader = searcher.reader()
        try:
            have = reader.doc_frequency(name, form)
        except Exception:
            have = 0
        if have > CORRECTED_AT_MOST:
            return None
        vocab_fields = (SPELL, name) if name in STEMMED else (name,)
        best = self._closest(searcher, vocab_fields, tok, form, name, allowed)
        if best is None:
            return None
        freq, cand = best
        if have and freq <= have:
            return None
        if name not in STEMMED:
            return cand
        written = self._written.get((name, cand))
        if written is None:
            if len(self._written) > 4096:
                self._written.clear()
            written = self._written[(name, cand)] = _written_form(searcher, name, cand)
        return written

    def _closest(
        self,
        searcher: Any,
        vocab_fields: tuple[str, ...],
        tok: str,
        form: str,
        name: str,
        allowed: int,
    ) -> tuple[int, str] | None:
        """The closest indexed word (fewest typos, then most notes): (notes, word)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        stemmed = name in STEMMED
        reader = searcher.reader()
        buckets = [
            bucket
            for by_length in self._vocabulary(searcher, vocab_fields)
            for length in range(len(tok) - allowed, len(tok) + allowed + 1)
            if (bucket := by_length.get(length))
        ]
        best: tuple[int, int, str] | None = None
        for bucket in buckets:
            for cand, dist, _i in process.extract(
                tok, bucket, scorer=OSA.distance, score_cutoff=allowed, limit=None
            ):
                if dist == 0:
                    continue
                target = stem_word(cand) if stemmed else cand
                if target == form:
                    continue
                freq = reader.doc_frequency(name, target)
                if freq and (best is None or (dist, -freq, cand) < best):
                    best = (dist, -freq, cand)
        return None if best is None else (-best[1], best[2])

    def _vocabulary(self, searcher: Any, fieldnames: tuple[str, ...]) -> list[dict[int, list[str]]]:
        """The words of some fields grouped by length, one table per segment.

        Segments never change, so each table is read once (~50 ms for the big
        segment at 5,000 talks) and kept while the segment is in use: a save adds
        a small segment, and only that one is read at the next typo.
        """
        tables = []
        live = set()
        for sub, _offset in searcher.leaf_searchers():
            reader = sub.reader()
            seg = _segment_key(reader)
            key = (fieldnames, seg)
            live.add(key)
            table = self._vocab.get(key) if seg is not None else None
            if table is None:
                table = _words_by_length(reader, fieldnames)
                if seg is not None:
                    self._vocab[key] = table
            tables.append(table)
        for key in [k for k in self._vocab if k not in live and k[0] == fieldnames]:
            del self._vocab[key]
        return tables

    def _get_searcher(self) -> Any:
        if self._searcher is None:
            self._searcher = self._ix.searcher(weighting=CachedBM25F(self._cache))
            self._cache.keep_only(segment_ids(self._searcher))
        elif not self._searcher.up_to_date():
            old = self._searcher
            if old.reader().doc_count_all() == 0:
                # Whoosh cannot refresh a searcher over an index with no segment at all
                # (an empty notebook's): its reader lists None as segments. Open anew.
                old.close()
                self._searcher = self._ix.searcher(weighting=CachedBM25F(self._cache))
            else:
                self._searcher = old.refresh()
            self._cache.keep_only(segment_ids(self._searcher))
        return self._searcher

    def _run(self, searcher: Any, node: Node, limit: int, kinds: tuple[str, ...]) -> SearchResults:
        compiled = compile_query(node, searcher.reader())
        limit = max(1, limit)
        q = fastpath.with_kinds(fastpath.without_nulls(compiled.query), kinds)
        plan = fastpath.required_terms(q)
        ranked = None
        if plan is not None:
            terms, phrases = plan
            ranked = fastpath.run(searcher, searcher.weighting, self._cache, terms, phrases, limit)
        if ranked is None:
            ranked = self._top(searcher, q, limit)
        top, total = ranked
        hits = [self._hit(searcher, docnum, score, compiled) for score, docnum in top[:limit]]
        hits.sort(key=lambda h: (-round(h.score, 9), -h.ts))
        return SearchResults(hits=hits, total=total)

    def _top(self, searcher: Any, q: Any, limit: int) -> tuple[list[tuple[Any, int]], int]:
        """The best ``limit`` (+1 when there are more) ``(score, docnum)`` pairs and a total."""
        from whoosh.sorting import ScoreFacet

        found = searcher.search(q, limit=limit + 1)
        top = list(found.top_n)  # not list(found): list() asks len(), which counts every match
        # Counting every match costs a second pass over the postings: count exactly
        # only when everything fits on the page, estimate otherwise.
        total = len(top) if len(top) <= limit else len(found)  # exact: "showing 20 of 961"
        if len(top) > limit and top[limit][0] == top[limit - 1][0]:
            # equal scores straddle the cut: sort every match (score, then newest first)
            found = searcher.search(
                q, limit=limit, sortedby=[ScoreFacet(), self._cache.newest_first(searcher)]
            )
            top, total = list(found.top_n), len(found)
        return top, total

    def _hit(self, searcher: Any, docnum: int, score: Any, compiled: Compiled) -> Hit:
        return hit_from_stored(searcher.stored_fields(docnum), _score(score), compiled.highlights)


def merge_few(writer: Any, segments: list[Any]) -> list[Any]:
    """A Whoosh merge policy for the app's own process: merge the smallest segments, at
    most :data:`APP_MERGE_DOCS` documents in all (the one-note segments of saves), so a
    commit there never rewrites hundreds of notes (see :data:`APP_MERGE_DOCS`)."""
    from whoosh.reading import SegmentReader

    chosen: list[Any] = []
    total = 0
    for seg in sorted(segments, key=lambda s: s.doc_count_all()):
        total += seg.doc_count_all()
        if total > APP_MERGE_DOCS:
            break
        chosen.append(seg)
    if len(chosen) < 2:
        return segments
    for seg in chosen:
        reader = SegmentReader(writer.storage, writer.schema, seg)
        writer.add_reader(reader)
        reader.close()
    merged = {id(seg) for seg in chosen}
    return [seg for seg in segments if id(seg) not in merged]


def _written_form(searcher: Any, name: str, word: str) -> str:
    """``word`` as notes write it: a stem such as ``calibr`` (the closest indexed term
    to ``calib``) is shown as *calibration*, from the first note that holds it.

    Words unlike their stem are in the ``spell`` field and are shown as they are.
    """
    from whoosh import query as wq

    reader = searcher.reader()
    if (SPELL, word) in reader:
        return word
    for docnum in wq.Term(name, word).docs(searcher):
        stored = searcher.stored_fields(docnum)
        first = None
        for field in ("title", "abstract", "body"):
            for tok in words(str(stored.get(field) or "")):
                if tok == word:
                    return word
                if first is None and stem_word(tok) == word:
                    first = tok
        return first or word
    return word


def _segment_key(reader: Any) -> str | None:
    seg = getattr(reader, "_segment", None)
    return seg.segment_id() if seg is not None else None


def _words_by_length(reader: Any, fieldnames: tuple[str, ...]) -> dict[int, list[str]]:
    """The words one segment holds in some fields, grouped by length."""
    seen: set[str] = set()
    for fieldname in fieldnames:
        try:
            lexicon = reader.lexicon(fieldname)
        except Exception:
            continue
        seen.update(t.decode("utf-8") if isinstance(t, bytes) else t for t in lexicon)
    by_length: dict[int, list[str]] = {}
    for word in seen:
        by_length.setdefault(len(word), []).append(word)
    return by_length


def _replace_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _storage(folder: Path, mmap: bool = False) -> Any:
    """Whoosh storage, without mmap unless asked: a shared index file shrunk under a
    mapping would kill the process (SIGBUS) instead of raising."""
    from whoosh.filedb.filestore import FileStorage

    return FileStorage(str(folder), supports_mmap=mmap)


def _score(value: Any) -> float:
    """A hit's relevance (sorted searches report ``(-score, -date)`` tuples)."""
    if isinstance(value, tuple):
        value = value[0]
    return abs(float(value or 0.0))


def read_only(exc: BaseException) -> bool:
    """True for a write refused by the file system or its permissions (a read-only
    notebook), which a search works around instead of failing."""
    return isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc)


def clean_stray_builds(derived: Path) -> int:
    """Remove ``index.new-<pid>-*`` folders of rebuilds whose process is gone (killed
    half-way); a rebuild still running, here or in another process, is left alone."""
    removed = 0
    for folder in derived.glob("index.new-*"):
        pid_text = folder.name.removeprefix("index.new-").split("-", 1)[0]
        if pid_text.isdigit() and processes.alive(int(pid_text)):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed
