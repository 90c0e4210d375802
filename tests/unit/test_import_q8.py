"""Losses of stop 64's blind set made general (issue 33), in fixtures of our own words:
a person's folder of notes with one file per numbered session of a workshop (``# Session
2: Queries`` over a ``## Title`` per talk). Each such file keeps its talks; the level the
files repeat their talks at is the talks' level in every file of them (a ``### A Short
History of …`` part under a talk is no talk of its own); and a ``## Two Words: Title``
heading among the folder's ``## Head: Title`` headings is a title, not ``Name: Title``,
unless the notes name that person elsewhere."""

from __future__ import annotations

from pathlib import Path

from tests.unit.folder_fixtures import read_files, talk_speakers

SESSION_ONE = """# Session 1: Storage

## Write Paths for Cheap Disks

### A Short History of Log Stores

Old designs wrote in place; the newer ones append and merge later.

## Granite KV: Sorted Logs on Flash

The store keeps small pages and a bloom filter per run.

### How it works:

Quantile Sketches

Writes twice as fast on the phone board they tried.

## Lazy Compaction in Practice

Waits until the reads get slow before merging.

### Why not always merge?

Merging costs battery on small devices.
"""

SESSION_TWO = """# Session 2: Queries

## Vector Joins: Matching Embeddings at Scale

Joins two tables on the nearest vector instead of equal keys.

### Setup

Three data sets, one of them with images.

## Query Plans Under Memory Pressure

The planner picks a cheaper join when memory runs low.

### Results

Fewer spills to disk.

## Sampling Estimators Revisited

Counts from small samples, with error bars.
"""

SESSION_THREE = """# Session 3: Systems

## Tidal LSM: Compaction That Waits

A tree of sorted runs that merges at quiet hours only.

### Design

Two levels, then a large last one.

## Tracing Slow Requests Across Services

Sampling one request in a thousand is enough to find the slow ones.

## Backups Nobody Has to Think About

Snapshots every hour, kept for a week.
"""

WORKSHOP = {
    "Session 1 - Storage.md": SESSION_ONE,
    "Session 2 - Queries.md": SESSION_TWO,
    "Session 3 - Systems.md": SESSION_THREE,
}


def test_numbered_session_files_keep_their_talks(tmp_path: Path) -> None:
    talks = talk_speakers(read_files(tmp_path, WORKSHOP))
    assert "Query Plans Under Memory Pressure" in talks
    assert "Sampling Estimators Revisited" in talks
    assert "Tracing Slow Requests Across Services" in talks


def test_the_level_the_files_repeat_is_the_talks_level(tmp_path: Path) -> None:
    read = read_files(tmp_path, WORKSHOP)
    first = [t.title for t in read["Session 1 - Storage.md"].talks if t.kind != "other"]
    assert first == [
        "Write Paths for Cheap Disks",
        "Granite KV: Sorted Logs on Flash",
        "Lazy Compaction in Practice",
    ]
    assert "A Short History of Log Stores" in read["Session 1 - Storage.md"].talks[0].body


def test_a_colon_heading_beside_titled_ones_is_a_title(tmp_path: Path) -> None:
    talks = talk_speakers(read_files(tmp_path, WORKSHOP))
    assert talks["Tidal LSM: Compaction That Waits"] == []
    assert "Compaction That Waits" not in talks
    assert not any(talks.values())


def test_a_colon_head_the_notes_name_again_stays_a_speaker(tmp_path: Path) -> None:
    files = dict(WORKSHOP)
    files["Session 3 - Systems.md"] = SESSION_THREE.replace(
        "Tidal LSM: Compaction That Waits", "Ana Ruiz: Compaction That Waits"
    ).replace("Two levels,", "Ana Ruiz showed two levels,")
    talks = talk_speakers(read_files(tmp_path, files))
    assert talks["Compaction That Waits"] == ["Ana Ruiz"]


def test_a_colon_split_with_no_titled_colon_heading_beside_it_stays(tmp_path: Path) -> None:
    files = {
        name: text.replace("Granite KV: ", "").replace("Vector Joins: ", "")
        for name, text in WORKSHOP.items()
    }
    talks = talk_speakers(read_files(tmp_path, files))
    assert talks["Compaction That Waits"] == ["Tidal LSM"]


def test_a_file_whose_talks_lie_deeper_under_groups_keeps_them(tmp_path: Path) -> None:
    grouped = """# Session 4: Mixed

## Closing Keynote on Storage Futures

Where flash prices go next.

## Lightning Round

### Tiny Indexes for Sensors

Indexes that fit in a few kilobytes.

### Replaying Logs Backwards

Undo by reading the log from its end.

### Cheap Snapshots With Reflinks

Copy on write on the file system.
"""
    files = {n: x for n, x in WORKSHOP.items() if not n.startswith("Session 1")}
    files["Session 4 - Mixed.md"] = grouped
    talks = talk_speakers(read_files(tmp_path, files))
    assert "Tiny Indexes for Sensors" in talks
    assert "Replaying Logs Backwards" in talks
