"""Programme data is read "bytes in, programme out": a file's document, cached from
detection to parsing, is never changed by a reading, so reading it again (detection,
joining with other files, parsing, once more) gives the same programme."""

from __future__ import annotations

import copy
import json
import threading
from typing import Any

from confnotes.importers.formats import sessions
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme

# no key names the title ("context"), the people ("who") or the days' order (slashes)
UNNAMED = [
    {"date": "28/08/2016", "time": "09:00", "context": "Opening words", "who": "Ana Ruiz"},
    {"date": "28/08/2016", "time": "10:00", "context": "Faster logs today", "who": "Bo Lindqvist"},
    {"date": "29/08/2016", "time": "09:00", "context": "Quiet test suites", "who": "Cy Moreau"},
]
# the people where a title was expected, the talk's title in the subtitle
SWAPPED = [
    {"start": "2024-05-01T09:00", "title": "Ana Ruiz", "subtitle": "Faster logs"},
    {"start": "2024-05-01T10:00", "title": "Bo Lindqvist", "subtitle": "Slow queries"},
    {"start": "2024-05-01T11:00", "title": "Cy Moreau", "subtitle": "Quiet tests"},
]


def _seen(p: Programme) -> list[tuple[Any, ...]]:
    return [
        (t.title, [s.name for s in t.speakers], t.start, t.day, t.kind, t.room) for t in p.talks
    ]


def _bytes(document: Any) -> bytes:
    return json.dumps(document).encode()


def test_reading_a_file_leaves_its_document_as_the_file_wrote_it() -> None:
    for document in (UNNAMED, SWAPPED):
        data = _bytes(document)
        assert sessions.detect(data) > 0
        assert sessions.joinable(data)
        sessions.parse(data, "talks.json")
        # the document detection loaded (and parsing reused) is the file's, unchanged
        sessions.detect(data)
        assert sessions.load(data, "talks.json") == copy.deepcopy(document)


def test_the_same_bytes_read_twice_give_the_same_programme() -> None:
    for document in (UNNAMED, SWAPPED):
        data = _bytes(document)
        first = _seen(parse_programme(data, "talks.json"))
        assert first == _seen(parse_programme(data, "talks.json"))
        sessions.detect(data)
        sessions.joinable(data)
        assert first == _seen(sessions.parse(data, "talks.json"))
    titles = [t[0] for t in _seen(parse_programme(_bytes(SWAPPED), "talks.json"))]
    assert titles == ["Faster logs", "Slow queries", "Quiet tests"]
    talks = parse_programme(_bytes(UNNAMED), "talks.json").talks
    assert [t.title for t in talks][:2] == ["Opening words", "Faster logs today"]
    assert talks[2].start is not None and (talks[2].start.month, talks[2].start.day) == (8, 29)


def test_joining_files_after_detecting_one_reads_both_as_given() -> None:
    one, other = _bytes(UNNAMED), _bytes(SWAPPED)
    fresh = _seen(sessions.parse_many([(other, "b.json"), (one, "a.json")]))
    sessions.joinable(other)
    assert _seen(sessions.parse_many([(other, "b.json"), (one, "a.json")])) == fresh


def test_threads_reading_other_files_read_their_own() -> None:
    files = [_bytes(UNNAMED), _bytes(SWAPPED)]
    alone = [_seen(sessions.parse(d, "talks.json")) for d in files]
    errors: list[str] = []

    def read(n: int) -> None:
        for _ in range(30):
            sessions.detect(files[n])
            if _seen(sessions.parse(files[n], "talks.json")) != alone[n]:
                errors.append(f"file {n}")

    threads = [threading.Thread(target=read, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
