"""Finding the right importer: format modules discovered by name, chosen by content.

Every module of :mod:`confnotes.importers.formats` that defines ``NAME``,
``detect`` and ``parse`` is a format (adding a format is adding a module).
Detection asks each module how sure it is and takes the surest; when none is
sure enough the error lists what was tried and why each said no. Sources are
files or http(s) URLs, read with a size cap (and, for URLs, a timeout).
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import ModuleType
from typing import Any

from confnotes.errors import BadInputError
from confnotes.importers import formats as _formats_pkg
from confnotes.importers.programme import Programme
from confnotes.importers.textutil import bad_input

MAX_SOURCE_BYTES = 20_000_000
"""Largest programme read from a file or URL; real ones are a few MB at most."""

URL_TIMEOUT = 20.0
DOWNLOAD_DEADLINE = 120.0
"""Seconds a programme download may take in all (a server sending a byte at a time
cannot hold an import for long)."""
CHUNK_BYTES = 65_536
"""A download is read this much at a time when it has a deadline or can be cancelled."""
"""Seconds to wait for a URL before giving up."""

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


def _confidence(module: ModuleType, data: bytes) -> float:
    try:
        return max(0.0, min(1.0, float(module.detect(data))))
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
    if not data.strip():
        raise bad_input("the file is empty", source)
    head = data[:4096]
    if (
        b"\x00" in head
        and not head.startswith((b"\xff\xfe", b"\xfe\xff"))
        and head.count(b"\x00") > len(head) // 100
    ):
        raise bad_input("binary data, not a conference programme", source)
    scores = {name: _confidence(module, data) for name, module in FORMATS.items()}
    best = max(scores, key=lambda n: scores[n], default=None)
    if (best is None or scores[best] < MIN_CONFIDENCE) and scores.get(FALLBACK, 0.0) > 0:
        return FALLBACK  # text that fits no programme format: one note holding all of it
    if best is None or scores[best] < MIN_CONFIDENCE:
        tried = "; ".join(
            f"{name}: {_why_not(FORMATS[name], data, scores[name])}" for name in sorted(scores)
        )
        raise bad_input(
            f"cannot tell which programme format this is (tried {tried}); give one with --format",
            source,
        )
    return best


def parse_programme(data: bytes, source: str, format: str = "auto") -> Programme:
    """Parse a programme, detecting its format unless one is given.

    Raises:
        BadInputError: unknown format name, undetectable or malformed input.
    """
    name = detect_format(data, source) if format in ("auto", "", None) else format
    module = FORMATS.get(name)
    if module is None:
        known = ", ".join(sorted(FORMATS))
        raise BadInputError(f"unknown format {name!r} (known: auto, {known})")
    programme = module.parse(data, source)
    if not isinstance(programme, Programme):
        raise BadInputError(f"format {name!r} returned no programme", source or None)
    if (
        format in ("auto", "", None)
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
) -> tuple[Programme, str]:
    """Read and parse one file or URL: ``(programme, name for messages)``; ``deadline``
    and ``cancel`` bound a download as in :func:`read_source`.

    A local file larger than :data:`MAX_SOURCE_BYTES` is still read when its format
    can stream (frab XML): detected from its first 64 kB, then parsed from the open
    file one event at a time, bounded by counts (events, elements, depth), not by size.

    Raises:
        BadInputError: as :func:`read_source` and :func:`parse_programme`.
    """
    path = Path(source)
    if not is_url(source) and "://" not in source:
        try:
            large = path.is_file() and path.stat().st_size > MAX_SOURCE_BYTES
        except OSError:
            large = False
        if large:
            return _read_large(path, format), str(path)
    data, name = read_source(source, deadline=deadline, cancel=cancel)
    return parse_programme(data, name, format), name


def _read_large(path: Path, format: str) -> Programme:
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
            name = detect_format(head, str(path)) if format in ("auto", "", None) else format
            module = FORMATS.get(name)
            stream = getattr(module, "parse_file", None)
            if module is None or not callable(stream):
                raise BadInputError(
                    f"file is larger than {MAX_SOURCE_BYTES // 1_000_000} MB and the {name} "
                    "format cannot be read in pieces; not a programme",
                    path,
                )
            fh.seek(0)
            programme = stream(fh, str(path))
    except PermissionError:
        raise BadInputError("permission denied", path) from None
    except OSError as exc:
        raise BadInputError(f"cannot read: {exc.strerror or exc}", path) from None
    if not isinstance(programme, Programme):
        raise BadInputError(f"format {name!r} returned no programme", path)
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
        raise BadInputError(
            f"{path_or_url}: only http and https URLs can be imported, not {scheme}"
        )
    path = Path(path_or_url)
    try:
        if path.is_dir():
            raise BadInputError("is a folder; give the programme file", path)
        size = path.stat().st_size
        if size > MAX_SOURCE_BYTES:
            raise BadInputError(
                f"file is larger than {MAX_SOURCE_BYTES // 1_000_000} MB; not a programme", path
            )
        with path.open("rb") as fh:
            data = fh.read(MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise BadInputError("no such file", path) from None
    except PermissionError:
        raise BadInputError("permission denied", path) from None
    except OSError as exc:
        raise BadInputError(f"cannot read: {exc.strerror or exc}", path) from None
    if len(data) > MAX_SOURCE_BYTES:
        raise BadInputError(f"file is larger than {MAX_SOURCE_BYTES // 1_000_000} MB", path)
    return data, str(path)


def _read_until(
    response: Any, url: str, deadline: float | None, cancel: threading.Event | None
) -> bytes:
    """Read a response in chunks, checking the overall deadline and ``cancel`` between them."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_SOURCE_BYTES:
        if cancel is not None and cancel.is_set():
            raise BadInputError(f"{url}: import cancelled")
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
        chunk = response.read1(CHUNK_BYTES)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_url(
    url: str, deadline: float | None = None, cancel: threading.Event | None = None
) -> bytes:
    try:
        request = urllib.request.Request(
            url, headers={"User-Agent": "confnotes (programme import)", "Accept": "*/*"}
        )
    except ValueError as exc:  # ``http://[x`` (broken IPv6 host)
        raise BadInputError(f"{url}: not a valid URL ({exc})") from None
    try:
        timeout = URL_TIMEOUT
        if deadline is not None:
            timeout = max(0.05, min(timeout, deadline - time.monotonic()))
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > MAX_SOURCE_BYTES:
                raise BadInputError(
                    f"{url}: larger than {MAX_SOURCE_BYTES // 1_000_000} MB; not downloading it"
                )
            if deadline is None and cancel is None:
                data = response.read(MAX_SOURCE_BYTES + 1)
            else:
                data = _read_until(response, url, deadline, cancel)
    except urllib.error.HTTPError as exc:
        raise BadInputError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise BadInputError(f"{url}: cannot fetch: {exc.reason}") from None
    except TimeoutError:
        if deadline is not None and time.monotonic() >= deadline:
            raise BadInputError(f"{url}: not downloaded in time; stopped") from None
        raise BadInputError(f"{url}: no answer within {URL_TIMEOUT:g} s") from None
    except OSError as exc:
        raise BadInputError(f"{url}: cannot fetch: {exc.strerror or exc}") from None
    except ValueError as exc:  # http.client.InvalidURL: control characters, a bad port
        raise BadInputError(f"{url}: not a valid URL ({exc})") from None
    if len(data) > MAX_SOURCE_BYTES:
        raise BadInputError(f"{url}: larger than {MAX_SOURCE_BYTES // 1_000_000} MB; stopped")
    return data
