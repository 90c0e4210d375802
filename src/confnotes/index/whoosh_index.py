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

Everything goes through Whoosh's public API: its writer builds and updates the
index, its searcher ranks with its own BM25F, and a tie between equal scores is
broken by the ``ts`` sort column (newest first).
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
from confnotes.index import first_page, integrity
from confnotes.index.analysis import words
from confnotes.index.base import Hit, Progress, SearchIndex, SearchResults, SyncReport
from confnotes.index.first_page import HEAD_FIELDS, head_query, postings_to_score
from confnotes.index.matching import Widen, fewer_words, optional_words, tiered
from confnotes.index.query import (
    SPELL,
    TEXT,
    Compiled,
    Node,
    Or,
    Word,
    compile_query,
    parse_lenient,
    stem_word,
)
from confnotes.index.ranking import (
    Enough,
    Ranking,
    SearchStopped,
    SegmentTables,
    bounded,
    segment_id,
)
from confnotes.index.snippets import hit_from_stored
from confnotes.index.stamps import (
    MANIFEST,
    MANIFEST_LOG,
    SCAN,
    SCHEMA_VERSION,
    SIGNATURE,
    Manifest,
    changed_since,
    diff,
    manifest_entries,
    manifest_stamp,
    packed_scan,
    read_manifest,
    read_signature,
)
from confnotes.index.whoosh_fields import (
    plain_analyzer,
    spelling_field,
    stemming_analyzer,
    text_field,
    words_field,
)
from confnotes.notebook import layout, processes
from confnotes.notebook.layout import FileStat
from confnotes.text.fold import compat

if TYPE_CHECKING:
    from confnotes.index.documents import Resolver
    from confnotes.index.scan_ahead import ScanAhead, Scanned
    from confnotes.model import Conference, Person, Talk

# The notes' parsing (confnotes.index.documents: the model, front matter, records) is
# imported where a file is read: a search whose index is in step reads none.

INDEX_DIR = layout.INDEX_DIR
LOG_LINES_MIN = 2000
"""The log is folded into the manifest once it holds this many lines (or a tenth of the
manifest's entries, whichever is more)."""
LOCK_FILE = "index.lock"
WRITER_MB = 128
"""Memory Whoosh's writer may buffer before spilling to disk (bounds a rebuild's memory)."""
BUILD_MB = 256
"""The same for each process of a full build on several processes (``reindex``): a
writer that spills re-reads every posting it spilled (at 5,000 talks, two processes of
64 MB each took 25 CPU seconds, of 256 MB each 15)."""

REBUILD_MIN_FILES = 1000
REBUILD_SHARE = 3
"""A sync rebuilds the whole index instead when at least this many files are new or gone,
and at least a third (1 / ``REBUILD_SHARE``) of all files: a full build may use several
processes and writes no deletions, so past that share it is quicker than adding the new."""

PARALLEL_MIN = 2000
"""Files from which a full build hands documents to Whoosh's multiprocessing writer
(``procs``); below, starting the processes costs more than it saves."""

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


WARM_FIELDS = (TEXT, *HEAD_FIELDS)
"""Fields whose lengths :meth:`WhooshIndex.warm` reads ahead: those a keystroke scores."""


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
        conf=words_field(plain),
        speakers=words_field(plain),
        aliases=words_field(plain),
        speaker_ids=KEYWORD(),
        speaker_names=STORED(),
        affiliation=words_field(plain),
        session=words_field(plain),
        room=words_field(plain),
        kind=ID(),
        tag=KEYWORD(commas=True, scorable=True),
        link=KEYWORD(lowercase=True),
        mentions=words_field(plain),
        url=KEYWORD(lowercase=True),
        date=KEYWORD(),
        text=text_field(stem),
        spell=spelling_field(),
        abstract=STORED(),
        body=STORED(),
        attachment=text_field(stem),
        attachment_pages=STORED(),
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

    def __init__(self, root: Path, derived: Path | OSError, lock_timeout: float = 10.0):
        """The index of the notebook at ``root``, under its derived folder ``derived``
        (``.confnotes/``, made by the notebook), or in a temporary folder when the notebook
        could not make it because it is read-only (``derived`` is then that error)."""
        self.root = root
        self._notes: list[str] = []
        self._temporary: Path | None = None
        """A temporary folder holding the index when the notebook cannot (read-only)."""
        if isinstance(derived, OSError):
            self._build_in_temp(derived)
        else:
            self.derived = derived
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
        clean_stray_builds(self.derived)
        self._vocab: dict[tuple[tuple[str, ...], str | None], dict[int, list[str]]] = {}
        """Words by length (typo tolerance), by (fields, segment id)."""
        self._tables = SegmentTables()
        """Each segment's field lengths and dates, read once (see :mod:`.ranking`)."""
        self._ranking = Ranking(self._tables)
        self._stop: threading.Event | None = None
        """Set by the caller of the search running now when it no longer wants it."""
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
            searcher = ix.searcher(weighting=self._ranking)
            searcher.doc_count()
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
        paths, stats = layout.pack(scanned)
        digest = digest or layout.digest_packed(paths, stats)
        with contextlib.suppress(OSError):  # before the signature that vouches for it
            _replace_bytes(folder / SCAN, packed_scan(digest, paths, stats))
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
        """Put an unreadable index out of the way (keeping the last one) and plan a rebuild."""
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
            self._refresh()
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

    def _writer(self, ix: Any) -> Any:
        return ix.writer(limitmb=WRITER_MB, timeout=self.lock_timeout)

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
                if answer is not None and self._sync_few(answer, report):
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

    def _sync_few(self, answer: Scanned, report: SyncReport) -> bool:
        """Index the few talk notes edited since the index was last in step, told by the
        scan saved with the signature (:func:`~confnotes.index.stamps.changed_since`), with
        only their entries read from the manifest: neither the manifest (8 MB of JSON at
        50,000 notes) is parsed nor every file diffed. False when this does not apply
        (files added or removed, many changed, a person's page or a conference changed,
        another process moved the manifest, the log is due to be folded): the caller
        then diffs as usual."""
        from confnotes.index.documents import TALK, Resolver, kind_of, read_bytes
        from confnotes.notebook.storage import content_hash

        if self._signature is None or self._pending:
            return False
        moved = changed_since(self.dir, self._signature, answer.paths, answer.stats)
        if not moved or any(kind_of(rel) != TALK for rel, _size, _mtime in moved):
            return False
        if self._log_lines + len(moved) > LOG_LINES_MIN:
            return False
        entries = manifest_entries(self.dir, [rel for rel, _size, _mtime in moved])
        if entries is None or any(entries.get(rel) is None for rel, _s, _m in moved):
            return False
        with self._write_lock(self.lock_timeout):
            if self._manifest_stale():
                return False
            resolver = Resolver(self.root)
            changed: dict[str, Any] = {}
            lines: list[list[Any]] = []
            for rel, size, mtime in moved:
                data = read_bytes(self.root / rel)
                self.files_hashed += 1
                if data is None:
                    return False  # unreadable now: the usual path says what to do
                content = content_hash(data)
                old = entries[rel]
                if old is None or old[2] != content:
                    changed[rel] = self._parse(rel, data, resolver)
                lines.append([rel, size, mtime, content])
            report.updated += len(changed)
            report.unchanged += len(lines) - len(changed)
            with contextlib.suppress(OSError):
                (self.dir / SIGNATURE).unlink()  # a crash from here on: the usual path next
            self._signature = None
            if changed:
                writer = self._writer(self._ix)
                try:
                    for rel, obj in changed.items():
                        doc = self._document(rel, obj, resolver)
                        if doc is None:
                            writer.delete_by_term("key", rel)
                        else:
                            writer.update_document(**doc)
                            self.documents_written += 1
                except BaseException:
                    writer.cancel()
                    raise
                writer.commit(mergetype=self._merge_policy())
            text = "".join(f"{json.dumps(line, separators=(',', ':'))}\n" for line in lines)
            with (self.dir / MANIFEST_LOG).open("a", encoding="utf-8") as handle:
                handle.write(text)
            self._log_lines += len(lines)
            if self._manifest is not None:
                for line in lines:
                    self._manifest[line[0]] = line[1:]
            current = manifest_stamp(self.dir)
            with contextlib.suppress(OSError):
                scan = packed_scan(answer.digest, answer.paths, answer.stats)
                _replace_bytes(self.dir / SCAN, scan)
            payload = {
                "version": SCHEMA_VERSION,
                "manifest": list(current),
                "digest": answer.digest,
            }
            _replace_text(self.dir / SIGNATURE, json.dumps(payload))
            self._manifest_stamp, self._signature = current, answer.digest
            self._refresh()
        report.unchanged += answer.count - len(moved)
        return True

    def _await_scan(self, ahead: ScanAhead) -> Scanned | None:
        """The scan of :mod:`confnotes.index.scan_ahead`'s children. The manifest is not read
        meanwhile: when nothing changed it is not needed at all, and on two cores its
        parse (8 MB of JSON at 50,000 notes) slowed the children's scan more than it hid
        (a cold search at 50,000 notes: ~10% less CPU without it)."""
        return ahead.result()

    def _scan_files(self, answer: Scanned | None) -> tuple[dict[str, FileStat], str]:
        """The files and their digest: the children's scan, or a scan made here."""
        files = answer.files() if answer is not None else None
        if answer is None or files is None:
            from confnotes.index.documents import scan

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
        moved) that building the index anew beats adding them one by one."""
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
        from confnotes.index.documents import Resolver, held_file, read_bytes
        from confnotes.notebook.storage import content_hash

        manifest = dict(self._loaded_manifest())
        resolver = Resolver(self.root, held=self.held, files=files)
        changed: dict[str, Any] = {}
        total = len(todo) + len(removed)
        unread = 0
        for n, rel in enumerate(todo, 1):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            st = files[rel]
            held = held_file(self.root, rel, st, self.held)  # just written: not read
            data = read_bytes(self.root / rel) if held is None else None
            if held is None:
                self.files_hashed += 1
            if held is None and data is None:
                unread += 1
                continue
            content = held[1] if held is not None else content_hash(data or b"")
            old = manifest.get(rel)
            manifest[rel] = [st.size, st.mtime_ns, content]
            if old is not None and old[2] == content:
                report.unchanged += 1
                continue
            if held is not None:
                resolver.remember(held[0])
                changed[rel] = held[0]
            else:
                changed[rel] = self._parse(rel, data or b"", resolver)
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
        from confnotes.index.documents import parse_file

        return parse_file(self.root, rel, data, resolver)

    def _dependents(
        self, changed: dict[str, Any], removed: list[str], files: Container[str]
    ) -> list[str]:
        """Talks whose document shows a changed person or conference (names, sessions, rooms)."""
        from whoosh import query as wq

        from confnotes.index.documents import CONFERENCE, PERSON, TALK, kind_of

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
        from confnotes.index.documents import document_of

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
        """Merge segments only once there are many of them, and little at a time.

        Every commit adds a segment; merging on each commit makes a one-note save
        cost a merge, while never merging slows every query down. So small commits
        just add their segment; from :data:`MAX_SEGMENTS` segments on, a commit merges
        the smallest ones (:func:`merge_few`: the one-note segments of saves and hand
        edits, a few milliseconds), and only from three times as many (outside the
        app) does Whoosh's own policy merge larger ones (a search after an edit paid
        ~0.1 s at 50,000 notes for that, every eighth time).
        """
        from whoosh.writing import MERGE_SMALL, NO_MERGE

        try:
            count = self.segment_count()
        except Exception:
            count = MAX_SEGMENTS
        if count < MAX_SEGMENTS:
            return NO_MERGE
        if self.elsewhere or count < MAX_SEGMENTS * 3:
            return merge_few
        return MERGE_SMALL

    def segment_count(self) -> int:
        """Segments of the index on disk (for benchmarks and diagnostics)."""
        if self._ix is None:
            return 0
        with self._read_mutex:
            return len(self._get_searcher().leaf_searchers())

    def _refresh(self) -> None:
        """Close the open searcher (the next search opens one on what is committed now);
        closing the index starts the same way. The read mutex is re-entrant."""
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
                from confnotes.index.documents import scan

                files = scan(self.root)
                built = self._build(ix, files, progress, cancel)
                ix.close()
                if built is None:
                    report.cancelled = True
                    return report
                manifest, documents = built
                self.documents_written += documents
                report.added += documents
                self._write_manifest(tmp, manifest, files)
                self._swap_in(tmp)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
                self.rebuilding = False
            report.messages[:0] = self.take_messages()
            return report

    def _build(
        self,
        ix: Any,
        files: dict[str, FileStat],
        progress: Progress | None,
        cancel: threading.Event | None,
    ) -> tuple[Manifest, int] | None:
        """Every file into the fresh index ``ix`` through one Whoosh writer (its
        multiprocessing writer for a large notebook: the documents are made here, analysed
        and written by ``build_processes`` processes, one segment each); the manifest and
        the number of documents, or None when cancelled."""
        from confnotes.index.documents import (
            KnownFronts,
            Resolver,
            document_of,
            held_file,
            parse_file,
            read_bytes,
        )

        procs = self.build_processes if len(files) >= PARALLEL_MIN else 1
        if threading.active_count() > 1:
            procs = 1  # Whoosh's writer forks: a lock another thread holds would stay held
        if procs > 1:
            writer = ix.writer(limitmb=BUILD_MB, procs=procs, multisegment=True)
        else:
            writer = ix.writer(limitmb=WRITER_MB)
        known = KnownFronts(self.root)  # front matter the notebook already parsed
        resolver = Resolver(self.root, known, self.held, files)
        manifest: Manifest = {}
        documents = 0
        total = len(files)
        try:
            for n, (rel, st) in enumerate(files.items(), 1):
                if cancel is not None and cancel.is_set():
                    writer.cancel()
                    return None
                held = held_file(self.root, rel, st, self.held)  # just written: not read
                if held is not None:
                    parsed, digest = held
                    resolver.remember(parsed)
                else:
                    data = read_bytes(self.root / rel)
                    if data is None:
                        continue
                    parsed = parse_file(self.root, rel, data, resolver, known)
                    digest = known.digest
                manifest[rel] = [st.size, st.mtime_ns, digest]
                doc = document_of(parsed, resolver)
                if doc is not None:
                    writer.add_document(**doc)
                    documents += 1
                if progress and (n % 50 == 0 or n == total):
                    progress(n, total)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return manifest, documents

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
        from confnotes.index.documents import TALK, key_for

        self._update({key_for(TALK, talk.id): talk})

    def update_person(self, person: Person) -> None:
        """Re-index a person's page and every talk that shows their name."""
        from confnotes.index.documents import PERSON, key_for

        self._update({key_for(PERSON, person.id): person})

    def update_conference(self, conf: Conference) -> None:
        """Re-index a conference and its talks."""
        from confnotes.index.documents import CONFERENCE, key_for

        self._update({key_for(CONFERENCE, conf.id): conf})

    def remove(self, doc_id: str) -> None:
        """Drop a talk id, ``people/<id>`` or conference id from the index."""
        from confnotes.index.documents import key_of_id

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
        from confnotes.index.documents import CONFERENCE, PERSON, TALK, key_for, key_of_id

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
        from confnotes.index.documents import Resolver, read_bytes
        from confnotes.model import Conference, Person
        from confnotes.notebook.storage import content_hash

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

    def search(
        self,
        query: str,
        limit: int = 20,
        kinds: tuple[str, ...] = (),
        typing: bool = False,
        budget: float | None = None,
        stop: threading.Event | None = None,
    ) -> SearchResults:
        """Best hits first, in the tiers of :mod:`confnotes.index.matching`: as written
        (compounds, and with ``typing`` the last word as a prefix), then typo variants,
        then, when no note has every word, the notes with the most of them.

        A query that cannot be parsed is searched as plain words (never an error).
        """
        try:
            return self._stoppable_search(query, limit, kinds, typing, budget, stop)
        except SearchStopped:
            return SearchResults(partial=True)

    def _stoppable_search(
        self,
        query: str,
        limit: int,
        kinds: tuple[str, ...],
        typing: bool,
        budget: float | None,
        stop: threading.Event | None,
    ) -> SearchResults:
        query = compat(
            query
        )  # a full-width colon or an ideographic space as typed on CJK keyboards
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
            results = self._search(node, query, limit, kinds, typing, budget, stop)
        except (ConfnotesError, SearchStopped):
            raise
        except Exception as exc:
            self._move_aside(exc)
            if self.rebuilding:
                return SearchResults(rebuilding=True, notice=notice)
            self.rebuild()
            results = self._search(node, query, limit, kinds, typing, budget)
        results.notice = notice
        return results

    def _search(
        self,
        node: Node,
        query: str,
        limit: int,
        kinds: tuple[str, ...],
        typing: bool = False,
        budget: float | None = None,
        stop: threading.Event | None = None,
    ) -> SearchResults:
        with self._read_mutex:
            if self._ix is None:
                return SearchResults(rebuilding=True)
            self._stop = stop
            try:
                return self._search_tiers(node, query, limit, kinds, typing, budget)
            finally:
                self._stop = None

    def _search_tiers(
        self,
        node: Node,
        query: str,
        limit: int,
        kinds: tuple[str, ...],
        typing: bool,
        budget: float | None,
    ) -> SearchResults:
        """:meth:`_search` with the read lock held."""
        searcher = self._get_searcher()
        reader = searcher.reader()

        def make(typos: bool, prefix: Word | None) -> Widen:
            return Widen(reader, lambda f: self._vocabulary(searcher, f), typos, prefix)

        def run(
            tree: Node, widen: Widen | None, most: int, within: float | None = None
        ) -> SearchResults:
            return self._run(searcher, tree, most, kinds, widen, within)

        results = tiered(run, make, node, query, limit, typing, budget)
        if not results.hits and not results.partial:
            self._fewer(searcher, node, limit, kinds, make(False, None), results)
        results.rebuilding = self.rebuilding
        return results

    def _fewer(
        self,
        searcher: Any,
        node: Node,
        limit: int,
        kinds: tuple[str, ...],
        widen: Widen,
        results: SearchResults,
    ) -> None:
        """Tier 3 of :mod:`confnotes.index.matching`: the notes with the most of the words."""
        reader = searcher.reader()

        def compile_part(part: Node) -> Any:
            return with_kinds(
                without_nulls(compile_query(part, reader, widening=widen).query), kinds
            )

        found = fewer_words(searcher, node, limit, compile_part, reader.doc_count())
        if found is None or not found[0]:
            return
        ranked, best, count = found
        split = optional_words(node)
        compiled = compile_query(Or(split[1] if split else []), reader, widening=widen)
        results.hits = [self._hit(searcher, doc, score, compiled) for score, doc in ranked[:limit]]
        results.total = len(ranked)
        results.fewer = (
            f"no note has all {count} words; showing notes with {best} of them first"
            if best > 1
            else f"no note has all {count} words; showing notes with any of them"
        )

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
            seg = segment_id(reader)
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

    def warm(self) -> None:
        """Each segment's field lengths and dates (:mod:`.ranking`) and the words typo
        tolerance compares with, read now, one part at a time (a search waits at most
        for one part)."""
        for part in (*WARM_FIELDS, None):
            with self._read_mutex:
                if self._ix is None:
                    return
                searcher = self._get_searcher()
                if part is None:
                    self._vocabulary(searcher, (SPELL, TEXT))
                else:
                    self._tables.warm(searcher, (part,))

    def _get_searcher(self) -> Any:
        if self._searcher is None:
            self._searcher = self._ix.searcher(weighting=self._ranking)
        elif not self._searcher.up_to_date():
            old = self._searcher
            if old.reader().doc_count_all() == 0:
                # Whoosh cannot refresh a searcher over an index with no segment at all
                # (an empty notebook's): its reader lists None as segments. Open anew.
                old.close()
                self._searcher = self._ix.searcher(weighting=self._ranking)
            else:
                self._searcher = old.refresh()
            live = {segment_id(sub.reader()) for sub, _ in self._searcher.leaf_searchers()}
            self._tables.keep({seg for seg in live if seg is not None})
        return self._searcher

    def _run(
        self,
        searcher: Any,
        node: Node,
        limit: int,
        kinds: tuple[str, ...],
        widen: Widen | None = None,
        budget: float | None = None,
    ) -> SearchResults:
        compiled = compile_query(node, searcher.reader(), widening=widen)
        if widen is not None and widen.adds_nothing():
            return SearchResults()  # the same query as the tier before: nothing new to find
        limit = max(1, limit)
        q = with_kinds(without_nulls(compiled.query), kinds)
        if budget is not None:
            top, total, partial = self._first_page(
                searcher, compiled.query, q, limit, kinds, budget
            )
            if not top:
                top, total, partial = self._top_within(searcher, q, limit, budget)
        else:
            exact = widen is None or widen.prefix is None
            (top, total), partial = self._top(searcher, q, limit, exact=exact), False
        hits = [self._hit(searcher, docnum, score, compiled) for score, docnum in top[:limit]]
        hits.sort(key=lambda h: (-round(h.score, 9), -h.ts))
        return SearchResults(hits=hits, total=total, partial=partial)

    def _first_page(
        self,
        searcher: Any,
        query: Any,
        q: Any,
        limit: int,
        kinds: tuple[str, ...],
        budget: float,
    ) -> tuple[list[tuple[Any, int]], int, bool]:
        """A keystroke's page (see :mod:`confnotes.index.first_page`): the whole text
        ranked when that is cheap (within ``budget`` seconds all the same, should the
        machine be that busy), else the notes whose title or speakers hold the words
        when they fill the page (partial: the screen asks for every note on a pause),
        else nothing (the caller ranks the first matches)."""
        reader = searcher.reader()
        if postings_to_score(q, reader) <= first_page.AFFORDABLE:
            return self._top_within(searcher, q, limit, budget)
        head = with_kinds(without_nulls(head_query(query, reader)), kinds)
        top, total = self._top(searcher, head, limit, exact=False)
        if len(top) < limit:
            return [], 0, False
        return top, total, True

    def _top_within(
        self, searcher: Any, q: Any, limit: int, budget: float
    ) -> tuple[list[tuple[Any, int]], int, bool]:
        """:meth:`_top` over the first :data:`~.first_page.AFFORDABLE` matches (and
        within ``budget`` seconds, Whoosh's time-limited collector, should the machine be
        that busy): the best of the notes reached, their count, and whether there are more.
        """
        from whoosh import query as wq
        from whoosh.collectors import TimeLimit, TimeLimitCollector

        if q is wq.NullQuery:
            return [], 0, False
        collector = bounded(searcher.collector(limit=limit), self._stop, first_page.AFFORDABLE)
        timed = TimeLimitCollector(collector, budget, use_alarm=False)
        try:
            searcher.search_with_collector(q, timed)
        except (Enough, TimeLimit):
            found = collector.results()
            top = list(found.top_n)
            if not top:  # nothing reached yet: a keystroke never shows "no notes" wrongly
                complete, total = self._top(searcher, q, limit, exact=False)
                return complete, total, False
            try:  # at least the notes of its most common word (when all are required)
                least = int(q.estimate_min_size(searcher.reader()))
            except Exception:
                least = 0
            return top, max(len(top), found.scored_length(), least), True
        found = collector.results()
        top = list(found.top_n)
        total = len(top) if len(top) < limit else max(len(top), found.estimated_min_length())
        return top, total, False

    def _top(
        self, searcher: Any, q: Any, limit: int, exact: bool = True
    ) -> tuple[list[tuple[Any, int]], int]:
        """The best ``limit`` (+1 when there are more) ``(score, docnum)`` pairs and a total
        (``exact=False``: an estimate when more match than fit, for each keystroke of a
        half-typed word: counting every match takes a second pass over the postings).

        Equal scores are ranked newest first by :class:`~confnotes.index.ranking.Ranking`
        in the same pass."""
        from whoosh import query as wq

        if q is wq.NullQuery:
            return [], 0
        collector = searcher.collector(limit=limit + 1)
        if self._stop is not None:
            collector = bounded(collector, self._stop)
        searcher.search_with_collector(q, collector)
        found = collector.results()
        top = list(found.top_n)
        if len(top) <= limit:
            total = len(top)
        elif exact:
            # Whoosh leaves out of its count the notes it found could not reach the page
            # (a part of an OR too weak alone): count every match, "showing 20 of 961"
            total = sum(1 for _ in searcher.docs_for_query(q))
        else:
            total = max(len(top), len(found), found.estimated_min_length())
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


def without_nulls(q: Any) -> Any:
    """``q`` with match-nothing parts (a word no field holds) resolved: dropped from an OR,
    and an AND holding one matches nothing.

    Whoosh ranks ``And(Or(a, b, <Null>), doctype:talk)`` wrongly when asked for a top N:
    the best talk was missing from the first 10 of ``search --json``. Its own
    ``normalize()`` is no cure: it also drops the Null from an AND, turning a query for
    an unknown word into "everything".
    """
    import copy

    from whoosh import query as wq

    if type(q) not in (wq.And, wq.Or):
        return q
    subs = [without_nulls(sub) for sub in q.subqueries]
    if isinstance(q, wq.And):
        if any(sub is wq.NullQuery for sub in subs):
            return wq.NullQuery
    else:
        subs = [sub for sub in subs if sub is not wq.NullQuery]
        if not subs:
            return wq.NullQuery
    pruned = copy.copy(q)
    pruned.subqueries = subs
    return pruned


def with_kinds(q: Any, kinds: tuple[str, ...]) -> Any:
    """``q`` restricted to documents of the given kinds (talk, person, conference)."""
    if not kinds:
        return q
    from whoosh import query as wq

    return wq.And([q, wq.Or([wq.Term("doctype", k) for k in kinds])])


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
    _replace_bytes(path, text.encode("utf-8"))


def _replace_bytes(path: Path, data: bytes) -> None:
    """``path`` replaced by ``data`` at once (no fsync: a derived cache; a lost one is
    made again)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
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
