"""Bytes on disk: decoding notebook files safely and writing them atomically.

A note is the user's text, so a write must leave either the old bytes or the
new bytes on disk, never a torn file: temp file in the same folder, flush,
fsync, ``os.replace``, fsync the folder. Decoding keeps enough about the
original (BOM, line endings) to write the file back the way it came.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
import re
import stat
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from confnotes.errors import BadInputError, BusyError, StorageError
from confnotes.notebook.layout import TEMP_PREFIX
from confnotes.notebook.processes import alive

if TYPE_CHECKING:
    from filelock import FileLock


@dataclass(frozen=True)
class DecodedText:
    """A file's text with newlines normalised to ``\\n``, plus how to write it back."""

    text: str
    newline: str = "\n"
    bom: bool = False
    encoding: str = "utf-8"
    endings: tuple[str, ...] | None = None
    """Each line's ending, only when a file mixes styles (kept for the lines not edited)."""


@functools.lru_cache(maxsize=1)
def _sha256() -> Callable[[bytes], Any]:
    """OpenSSL's SHA-256 (5x CPython's own on a build's thousands of notes), imported when
    a file is first hashed: a search of an index in step hashes none (~3 ms of imports)."""
    from hashlib import sha256

    return sha256


def content_hash(data: bytes) -> str:
    """Hash used to tell whether a file changed on disk (mtime alone can lie)."""
    return _sha256()(data).hexdigest()


def decode_text(data: bytes, path: Path | None = None) -> DecodedText:
    """Decode a notebook file: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1.

    Raises:
        BadInputError: the file holds NUL bytes and no UTF-16 BOM (a binary file).
    """
    bom = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadInputError("not valid UTF-16 text", path) from exc
        encoding = "utf-16"
        bom = True
    elif b"\x00" in data and (utf16 := _bomless_utf16(data)):
        text, encoding = data.decode(utf16, errors="replace"), utf16
    else:
        if b"\x00" in data and _looks_binary(data):
            line = data[: data.index(b"\x00")].count(b"\n") + 1
            raise BadInputError("binary file (NUL byte), not a text note", path, line)
        if data.startswith(b"\xef\xbb\xbf"):
            bom = True
            data = data[3:]
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
    crlf = text.count("\r\n")
    newline = "\r\n" if crlf and crlf >= text.count("\n") - crlf else "\n"
    endings = mixed_endings(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return DecodedText(text, newline, bom, encoding, endings)


_ENDING_RE = re.compile(r"\r\n|\r|\n")
MAX_MIXED_LINES = 2_000
"""Above this many changed lines (between the unchanged head and tail) those lines get one
style: difflib is quadratic (~0.1 s at 2,000 lines, 27 s at 19,000, on every save)."""


def mixed_endings(text: str) -> tuple[str, ...] | None:
    """Every line ending of ``text`` in order when it mixes styles, else None."""
    crlf = text.count("\r\n")
    if sum(1 for n in (crlf, text.count("\n") - crlf, text.count("\r") - crlf) if n) < 2:
        return None
    return tuple(m.group() for m in _ENDING_RE.finditer(text))


def _bomless_utf16(data: bytes) -> str | None:
    """Guess UTF-16 without a BOM from where the NUL bytes fall (ASCII-heavy text)."""
    half = len(data) // 2
    if half < 2:
        return None
    odd = data[1::2].count(0)
    even = data[0::2].count(0)
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """NUL bytes in text that is not valid UTF-8, or more than a stray few: a binary file.

    Valid UTF-8 that opens with front matter is a note whatever its NULs: the app saved
    a pasted ``\x00\x00`` body that way, and reading it back as binary hid the note.
    """
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    if data.removeprefix(b"\xef\xbb\xbf").startswith((b"---\n", b"---\r\n")):
        return False
    return data.count(0) > max(1, len(data) // 100)


def encode_text(
    text: str, newline: str = "\n", bom: bool = False, original: DecodedText | None = None
) -> bytes:
    """Encode text for disk: always UTF-8, keeping the file's newline style and BOM.

    When ``original`` mixed line endings, lines left as they were keep theirs
    (a body edit no longer converts the whole file); new lines get ``newline``.
    """
    if original is not None and original.endings is not None:
        text = _with_endings(text, original, newline)
    elif newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if bom else data


def _with_endings(text: str, original: DecodedText, newline: str) -> str:
    old_lines = original.text.split("\n")
    new_lines = text.split("\n")
    endings = [newline] * (len(new_lines) - 1)
    old = original.endings or ()

    def keep(i: int, j: int) -> None:
        if i < len(old) and j < len(endings):
            endings[j] = old[i]

    # An edit touches one place: the lines before and after it are matched in linear
    # time, and only the rest goes to difflib (quadratic: 1 s a save at 6,000 lines).
    limit = min(len(old_lines), len(new_lines))
    head = 0
    while head < limit and old_lines[head] == new_lines[head]:
        keep(head, head)
        head += 1
    tail = 0
    while tail < limit - head and old_lines[-1 - tail] == new_lines[-1 - tail]:
        keep(len(old_lines) - 1 - tail, len(new_lines) - 1 - tail)
        tail += 1
    old_mid = old_lines[head : len(old_lines) - tail]
    new_mid = new_lines[head : len(new_lines) - tail]
    if len(old_mid) <= MAX_MIXED_LINES and len(new_mid) <= MAX_MIXED_LINES:
        import difflib

        matcher = difflib.SequenceMatcher(None, old_mid, new_mid, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
                for k in range(j2 - j1):
                    keep(head + i1 + k, head + j1 + k)
    out = [line + ending for line, ending in zip(new_lines, endings, strict=False)]
    out.append(new_lines[-1])
    return "".join(out)


def read_regular_file(path: Path, limit: int | None = None, follow: bool = True) -> bytes:
    """The bytes of ``path``, refusing anything but a regular file without blocking.

    A FIFO put where a note was would block ``read_bytes()`` forever (a save
    checks the file first); it is opened non-blocking and refused with an
    ``OSError`` that callers already report as "cannot read". With ``limit``,
    a larger file is refused the same way before any of it is read. With
    ``follow=False`` a symbolic link is refused too (a notebook file: a link in a
    notebook could point at any file of the machine, a private key included).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    if not follow:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP and not follow:
            raise OSError(errno.ELOOP, "a symbolic link; not read", str(path)) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        if limit is not None and info.st_size > limit:
            raise OSError(errno.EFBIG, f"larger than {limit} bytes", str(path))
        with open(fd, "rb") as handle:
            fd = -1
            if limit is None:
                return handle.read()
            # A read of ``limit + 1`` bytes allocates that much (20 MB for a 2 KB note): read
            # the size fstat gave, and on only if the file grew since (up to the limit).
            want = min(info.st_size, limit) + 1
            data = handle.read(want)
            if len(data) == want and want <= limit:
                data += handle.read(limit + 1 - want)
            return data
    finally:
        if fd >= 0:
            os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new bytes.

    Raises:
        StorageError: the write failed; the old file is intact and no temp file is left.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile  # not needed by a search (~4 ms of its imports)

        fd, tmp_name = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=folder
        )
    except OSError as exc:
        raise StorageError(f"cannot write: {exc.strerror or exc}", path) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            if path.exists():
                os.chmod(tmp, path.stat().st_mode & 0o777)
            else:
                os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise StorageError(f"cannot write: {exc.strerror or exc}", path) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)


LOCK_WAIT_ENV = "CONFNOTES_LOCK_WAIT"
"""Seconds a second writer waits for the notebook's lock (default :data:`LOCK_WAIT`)."""
LOCK_WAIT = 5.0
"""How long a second writer waits for the first before it stops, by default."""

_locks: dict[str, FileLock] = {}
"""(filelock is imported by the first write: reading a notebook takes no lock.)"""
_locks_guard = threading.Lock()


def lock_wait(default: float = LOCK_WAIT) -> float:
    """The lock wait in seconds: ``$CONFNOTES_LOCK_WAIT`` when it is a number, else ``default``."""
    try:
        return max(0.0, float(os.environ.get(LOCK_WAIT_ENV, "")))
    except ValueError:
        return default


def _lock_for(lock_path: Path) -> FileLock:
    """One lock object per lock file in this process, so a thread may nest it (re-entrant)
    while other threads, holding their own descriptors, are kept out like other processes."""
    from filelock import FileLock

    key = os.path.abspath(lock_path)
    with _locks_guard:
        lock = _locks.get(key)
        if lock is None:
            # preserve_lock_file: unlinking on release would split waiters across two inodes;
            # no soft-lock fallback: a stale soft lock outlives a killed holder, a flock never does.
            lock = FileLock(key, preserve_lock_file=True, fallback_to_soft=False)
            _locks[key] = lock
        return lock


@contextlib.contextmanager
def write_lock(
    lock_path: Path,
    timeout: float = 10.0,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the notebook's one-writer lock while checking files and replacing them.

    Without it two processes can both see "unchanged on disk" and both write (one save
    silently lost), or two imports both create the same talks. The kernel frees the lock
    when its holder dies (even by kill -9). The same thread may nest it. When another
    holder has it, ``on_wait`` is told once (to say so) and the wait lasts ``timeout``
    seconds. When the lock file cannot be made (a read-only notebook, a file system
    without locks) the write goes ahead unlocked and fails or succeeds on its own.

    Raises:
        BusyError: another process held the lock for ``timeout`` seconds.
    """
    from filelock import Timeout

    lock = _lock_for(lock_path)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if on_wait is not None:
                on_wait(
                    f"the notebook is busy (another confnotes process is writing to it); "
                    f"waiting up to {timeout:g} s"
                )
            lock.acquire(timeout=timeout)
    except Timeout:
        raise BusyError(
            f"the notebook is busy (another confnotes process has been writing to it for "
            f"more than {timeout:g} s; lock: {lock_path}); try again when it has finished"
        ) from None
    except (OSError, NotImplementedError):
        yield  # no lock file or no locks on this file system: go ahead unlocked
        return
    try:
        yield
    finally:
        lock.release()


class WriteLock:
    """The notebook's one write lock: threads of this process and other processes.

    Re-entrant in the thread that holds it, so an import can hold it across all of
    its writes while each save inside takes it again for free. The cross-process
    part is :func:`write_lock`, taken by the outermost :meth:`hold` only.
    """

    def __init__(self, lock_path: Callable[[], Path | None], timeout: float = 10.0) -> None:
        self._lock_path = lock_path
        """Where the lock file is; called when first needed (None: no file lock possible)."""
        self.timeout = timeout
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._held: contextlib.ExitStack | None = None

    @contextlib.contextmanager
    def hold(
        self, timeout: float | None = None, on_wait: Callable[[str], None] | None = None
    ) -> Iterator[None]:
        """Hold the lock (waits for other threads; other processes up to ``timeout``
        seconds, default :attr:`timeout`; ``on_wait`` hears that it waits).

        Raises:
            BusyError: another process held the lock for ``timeout`` seconds.
        """
        with self._thread_lock:
            if self._depth == 0:
                stack = contextlib.ExitStack()
                path = self._lock_path()
                if path is not None:
                    wait = self.timeout if timeout is None else timeout
                    stack.enter_context(write_lock(path, wait, on_wait))
                self._held = stack
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and self._held is not None:
                    held, self._held = self._held, None
                    held.close()

    @contextlib.contextmanager
    def hold_local(self) -> Iterator[None]:
        """Exclude the other threads of this process only (reads of the model, and a
        check-then-save whose write takes :meth:`hold` itself): never waits for another
        process, so the app's disk checks go on while a command line import writes."""
        with self._thread_lock:
            yield

    @property
    def held(self) -> bool:
        """True while some thread of this process holds the lock (a hint; never wait on it)."""
        return self._depth > 0


def fsync_dir(folder: Path) -> None:
    """Make the rename durable; some platforms cannot open a folder, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def clean_stray_temp_files(folder: Path, max_age: float = 3600.0) -> int:
    """Remove temp files left by a write that was killed mid-way; return how many.

    A temp file whose writer (the pid in its name) is still running and which is
    younger than ``max_age`` seconds belongs to a save in progress, maybe in another
    process on the same notebook, and is left alone.
    """
    removed = 0
    now = time.time()
    for stray in _temp_files(folder):
        try:
            young = now - stray.lstat().st_mtime < max_age
        except OSError:
            continue
        if young and _writer_alive(stray.name):
            continue
        with contextlib.suppress(OSError):
            stray.unlink()
            removed += 1
    return removed


VCS_DIRS = frozenset({".git", ".hg", ".svn", ".jj", ".bzr"})
"""Folders of a version control system: never ours to write in, and a team notebook's
``.git`` holds thousands of object folders that git rewrites while we look."""


def _temp_files(folder: Path) -> Iterator[Path]:
    """The save temp files under ``folder`` (a folder that vanishes meanwhile is skipped)."""
    for parent, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if d not in VCS_DIRS]
        for name in files:
            if name.startswith(TEMP_PREFIX):
                yield Path(parent, name)


def _writer_alive(name: str) -> bool:
    """Whether the process that made temp file ``name`` (``TEMP_PREFIX<pid>-...``) still runs."""
    pid_text = name[len(TEMP_PREFIX) :].split("-", 1)[0]
    if not pid_text.isdigit() or int(pid_text) <= 0:
        return False
    pid = int(pid_text)
    return pid == os.getpid() or alive(pid)


def text_warnings(data: bytes, decoded: DecodedText) -> list[str]:
    """What a save would change about a file that loaded fine: encoding, NULs, line endings."""
    warnings = []
    if decoded.encoding != "utf-8":
        warnings.append(f"{decoded.encoding} text; saving this note will write it as UTF-8")
        if decoded.encoding.startswith("utf-16"):
            return warnings
    if b"\x00" in data:
        warnings.append("contains NUL bytes; other tools may treat it as binary")
    crlf = data.count(b"\r\n")
    styles = (crlf, data.count(b"\n") - crlf, data.count(b"\r") - crlf)
    if sum(1 for count in styles if count) > 1:
        style = "CRLF" if decoded.newline == "\r\n" else "LF"
        warnings.append(f"mixed line endings; lines you add or edit will end in {style}")
    return warnings
