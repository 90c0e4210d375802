"""A cache of parsed front matter, so opening a notebook of thousands of notes is quick.

Parsing YAML is most of the cost of loading a notebook (~0.2 ms a note with
libyaml); reading and hashing the files is cheap. So the cache maps the
SHA-256 of a file's bytes to the plain data its YAML parsed to: a file edited
by hand while the app was closed has a new hash and is simply parsed again,
whatever its modification time says, and nothing else about the file (text,
body, line numbers) is taken from the cache.

The cache lives in ``.confnotes/parse-cache.json`` (derived data: deletable,
rebuilt from the files). A notebook can come from anyone (a shared folder, a
git clone), so the cache is never pickled, and it is signed with HMAC-SHA256
under a random key kept in the user's state folder: a cache this user's
confnotes did not write itself (shipped with a notebook, truncated, edited,
from another version of the parser) fails the check and is ignored, never
trusted, never a crash. Without a key (unwritable state folder) there is no
cache and loading works as before.

No Textual here.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import stat
from hashlib import sha256
from pathlib import Path
from typing import Any

from confnotes import __version__
from confnotes.errors import ConfnotesError
from confnotes.notebook import frontmatter
from confnotes.notebook.storage import atomic_write, read_regular_file

CACHE_FILE = "parse-cache.json"
"""File name under the notebook's ``.confnotes/`` folder."""
KEY_FILE = "parse-cache.key"
"""File name of the signing key in the user state folder."""
FORMAT = "confnotes-parse-cache"
FORMAT_VERSION = 1
CACHE_FREE_BYTES = 4_000_000
"""A cache up to this size is read without asking how large the notebook is: ~8,000
notes at the ~500 bytes an entry takes, read and hashed in a few ms."""
CACHE_ENTRY_BYTES = 16_000
"""A larger cache is read only up to this much per note file of the notebook (30 times
a typical entry): a forged multi-GB file in a hostile notebook is refused unread."""
KEY_BYTES = 32
"""Length of a signing key; a shorter or all-zero key file is damaged and replaced."""
MAX_ENTRY_NODES = 5_000
"""Front matter with more values than this is not cached (aliases may expand it a lot)."""


@functools.cache
def _parser_tag() -> str:
    """What the cached data depends on: another parser (a new confnotes or PyYAML, an edited
    ``frontmatter.py`` or ``yaml_dialect.py``, libyaml vs. pure Python) starts afresh."""
    import yaml

    from confnotes.notebook import yaml_dialect

    libyaml = "c" if hasattr(yaml, "CSafeLoader") else "py"
    try:
        digest = sha256()
        for module in (frontmatter, yaml_dialect):
            digest.update(Path(module.__file__ or "").read_bytes())
        source = digest.hexdigest()[:16]
    except (OSError, TypeError):
        source = "unknown"
    return (
        f"{FORMAT}/{FORMAT_VERSION}/confnotes-{__version__}-{source}/"
        f"pyyaml-{yaml.__version__}-{libyaml}"
    )


def key_path() -> Path:
    """Where this user's signing key is kept."""
    from platformdirs import user_state_path

    return user_state_path("confnotes", appauthor=False) / KEY_FILE


def signing_key() -> bytes | None:
    """This user's key for signing caches (created on first use); None when it cannot be kept.

    A short or all-zero key (a crash while it was written, on an older confnotes) is
    replaced: kept, it would have switched the cache off for good, silently.
    """
    path = key_path()
    for _attempt in range(2):
        try:
            key = read_regular_file(path, 4096)
            if len(key) >= KEY_BYTES and any(key):
                return key
            replace = True  # damaged: a new key (caches signed with the old one are ignored)
        except FileNotFoundError:
            replace = False
        except OSError:
            return None  # not a regular file, unreadable: do not touch it, run without a cache
        import secrets

        key = secrets.token_bytes(KEY_BYTES)
        try:
            if _write_key(path, key, replace):
                return key
        except OSError:
            return None
        # another process made the key just now: read theirs
    return None


def _write_key(path: Path, key: bytes, replace: bool) -> bool:
    """Write ``key`` to ``path`` with mode 0600, all of it or nothing (temp file + rename).

    Without ``replace`` an existing file wins (False): two first starts agree on one key.

    Raises:
        OSError: the key cannot be written.
    """
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{KEY_FILE}-", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(tmp, path)
            return True
        try:
            os.link(tmp, path)  # atomic and exclusive: never over another process's key
        except FileExistsError:
            return False
        except OSError:
            os.replace(tmp, path)  # a file system without hard links
        return True
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _note_files(root: Path) -> int:
    """How many files a load of the notebook at ``root`` can parse (an upper bound):
    every file in its visible folders, as the notebook's scan walks them."""
    count = 0
    for top in os.scandir(root):
        if not top.is_dir(follow_symlinks=False) or top.name.startswith((".", "_")):
            continue
        for _dirpath, dirnames, filenames in os.walk(top.path):
            dirnames[:] = [d for d in dirnames if not d.startswith((".", "_"))]
            count += len(filenames)
    return count


def is_plain(value: Any, budget: int = MAX_ENTRY_NODES) -> bool:
    """True when ``value`` survives a JSON round trip unchanged (and is not huge).

    Mappings with text keys, lists, text, integers, booleans and null: what the
    front-matter loader yields for nearly every note. Floats, dates, sets and
    binary (explicit YAML tags) are not cached; such notes are parsed each time.
    """
    stack = [value]
    while stack:
        budget -= 1
        if budget < 0:
            return False
        item = stack.pop()
        kind = type(item)
        if kind is dict:
            for key in item:
                if type(key) is not str:
                    return False
            stack.extend(item.values())
        elif kind is list:
            stack.extend(item)
        elif kind not in (str, int, bool) and item is not None:
            return False
    return True


class ParseCache:
    """Front-matter data by file hash: read when a notebook loads, written in the background."""

    def __init__(self, folder: Path | None, key: bytes | None) -> None:
        self.path = folder / CACHE_FILE if folder is not None else None
        """The cache file (None: caching is off)."""
        self._key = key
        self._old: dict[str, Any] = {}
        self._used: dict[str, Any] = {}
        self._written: set[str] = set()
        self.hits = 0
        """Files whose YAML was not parsed thanks to the cache (this load)."""
        self.misses = 0
        """Files parsed (not in the cache, or the cache was ignored)."""
        self._ignored = ""
        self._read_done = True
        """Whether the file was read (it is read on the first lookup: a start that takes
        every note from the schedule summary never parses the cache's JSON)."""

    @classmethod
    def disabled(cls) -> ParseCache:
        """A cache that never hits and never writes."""
        return cls(None, None)

    @classmethod
    def open(cls, folder: Path) -> ParseCache:
        """Read and verify ``folder/parse-cache.json``; never raises (a bad cache is ignored)."""
        key = signing_key()
        if key is None:
            return cls.disabled()
        cache = cls(folder, key)
        cache._read_done = False
        return cache

    @property
    def ignored(self) -> str:
        """Why an existing cache file was not used (empty when it was, or there was none)."""
        self._ensure_read()
        return self._ignored

    def _ensure_read(self) -> None:
        if not self._read_done:
            self._read_done = True
            self._read()

    @property
    def enabled(self) -> bool:
        """Whether lookups can hit and :meth:`save` can write."""
        return self.path is not None and self._key is not None

    def _mac(self, tag: bytes, payload: bytes) -> str:
        import hmac

        assert self._key is not None
        return hmac.new(self._key, tag + b"\n" + payload, sha256).hexdigest()

    def _read(self) -> None:
        assert self.path is not None
        try:
            limit = CACHE_FREE_BYTES
            if self.path.stat().st_size > limit:  # only a big notebook's cache: count its files
                limit = max(limit, CACHE_ENTRY_BYTES * _note_files(self.path.parent.parent))
            blob = read_regular_file(self.path, limit)
        except FileNotFoundError:
            return
        except OSError as exc:
            self._ignored = f"unreadable: {exc.strerror or exc}"
            return
        header, newline, payload = blob.partition(b"\n")
        parts = header.split(b" ")
        if not newline or len(parts) != 2:
            self._ignored = "not a confnotes parse cache"
            return
        tag, mac = parts
        if tag != _parser_tag().encode("ascii"):
            self._ignored = "written by another version"
            return
        import hmac

        if not hmac.compare_digest(mac, self._mac(tag, payload).encode("ascii")):
            self._ignored = "signature does not match (not written by you, or damaged)"
            return
        try:
            entries = json.loads(payload)
        except (ValueError, RecursionError):
            self._ignored = "damaged"
            return
        if type(entries) is not dict:
            self._ignored = "damaged"
            return
        self._old = entries
        self._written = set(entries)

    def get(self, digest: str) -> dict[str, Any] | None:
        """The front-matter data of the file whose bytes hash to ``digest``, if cached."""
        self._ensure_read()
        data = self._old.get(digest)
        if type(data) is not dict:
            self.misses += 1
            return None
        self.hits += 1
        self._used[digest] = data
        return data

    def put(self, digest: str, data: dict[str, Any]) -> None:
        """Remember what a file parsed to, when JSON keeps it exactly.

        Checked here, not when saving: an entry that could never be written would
        make the cache :attr:`stale` at every load, and rewritten at every start.
        """
        if self.enabled and is_plain(data):
            self._used[digest] = data

    @property
    def touched(self) -> bool:
        """Whether this load looked anything up in the cache or parsed anything new."""
        return bool(self._used) or self.misses > 0

    def looks_current(self) -> bool:
        """Whether the cache file starts as this version writes it (its first bytes only: a
        missing, damaged or older cache is rebuilt, without reading a large one whole)."""
        if self.path is None:
            return False
        tag = _parser_tag().encode("ascii") + b" "
        try:
            if not stat.S_ISREG(self.path.stat().st_mode):
                return False  # a pipe would block the read: never open one
            with self.path.open("rb") as handle:
                return handle.read(len(tag)) == tag
        except OSError:
            return False

    @property
    def stale(self) -> bool:
        """True when saving would change the cache file (new files parsed, files gone)."""
        if not self.enabled:
            return False
        self._ensure_read()
        return set(self._used) != self._written

    def save(self) -> bool:
        """Write the entries of this load (atomically); False when nothing needed writing.

        Call from a worker thread or at exit: it is off the UI's path. Never raises;
        a read-only notebook simply has no cache.
        """
        if not self.stale or self.path is None:
            return False
        used = dict(self._used)  # loads in other threads may add entries meanwhile
        try:
            payload = json.dumps(used, separators=(",", ":")).encode("ascii")
            tag = _parser_tag().encode("ascii")
            blob = tag + b" " + self._mac(tag, payload).encode("ascii") + b"\n" + payload
            if not self.path.parent.is_dir():
                return False  # the notebook's .confnotes/ is made by the notebook, not here
            if len(blob) > max(CACHE_FREE_BYTES, CACHE_ENTRY_BYTES * len(used)):
                self._written = set(used)  # the next load would refuse it: do not retry
                return False
            atomic_write(self.path, blob)
        except (ConfnotesError, OSError, ValueError, TypeError, RecursionError):
            return False  # a cache must never break the app: the next start parses again
        self._written = set(used)
        return True
