"""Time detecting and parsing large generated machine programmes (frab XML, schedule JSON, iCal).

Usage: python benchmarks/bench_import_machine.py [N] [--big-only]

Generates N events (default 10,000) in each format in memory, then times format detection
through the registry and ``parse``; also times the rejection of hostile inputs (billion
laughs, a 1 MB folded iCal line, 200,000 nested JSON arrays).

Big programmes: a ~25 MB schedule JSON and a ~25 MB .ics are imported from disk (over the
20 MB size cap, so read one talk at a time), each in a process of its own, against a
same-run reference in a process of its own (``json.load`` of the same file; ``icalendar``
parsing the whole .ics), and against the whole-file reader: wall time and peak memory
(the process's ``VmHWM``) as ratios, with the load average.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from confnotes.errors import BadInputError
from confnotes.importers.formats import frab, ical, pretalx
from confnotes.importers.registry import detect_format

START = datetime(2024, 12, 27, 10, 0)


def _slot(i: int) -> tuple[datetime, int, str]:
    """Start, day index and room of event i: 20 rooms, 40 slots a day of 30 minutes."""
    day, rest = divmod(i, 800)
    slot, room = divmod(rest, 20)
    return START + timedelta(days=day, minutes=30 * slot), day + 1, f"Room {room}"


def frab_xml(n: int) -> bytes:
    days: dict[int, dict[str, list[str]]] = {}
    for i in range(n):
        when, day, room = _slot(i)
        days.setdefault(day, {}).setdefault(room, []).append(
            f"""<event guid="00000000-0000-4000-8000-{i:012d}" id="{i + 1}">
<date>{when:%Y-%m-%dT%H:%M:%S}+01:00</date><start>{when:%H:%M}</start>
<duration>00:25</duration><room>{room}</room><slug>e-{i}</slug>
<title>Talk number {i} about schedules &amp; notes</title><subtitle/>
<track>Track {i % 12}</track><type>Talk</type><language>en</language>
<abstract>An abstract of talk {i}, a sentence or two long.</abstract>
<description>A description of talk {i}.</description>
<persons><person id="{i % 3000}">Speaker {i % 3000}</person></persons>
<links><link href="https://example.org/talk/{i}">Event page</link></links>
</event>"""
        )
    body = []
    for day, rooms in days.items():
        body.append(f'<day index="{day}" date="{(START + timedelta(days=day - 1)).date()}">')
        for room, events in rooms.items():
            body.append(f'<room name="{room}">' + "\n".join(events) + "</room>")
        body.append("</day>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<schedule><conference><acronym>bench</acronym>'
        "<title>Bench Congress</title><time_zone_name>Europe/Berlin</time_zone_name>"
        "</conference>\n" + "\n".join(body) + "</schedule>\n"
    ).encode()


def schedule_json(n: int) -> bytes:
    days: dict[int, dict[str, list[dict]]] = {}
    for i in range(n):
        when, day, room = _slot(i)
        days.setdefault(day, {}).setdefault(room, []).append(
            {
                "guid": f"00000000-0000-4000-8000-{i:012d}",
                "id": i + 1,
                "date": f"{when:%Y-%m-%dT%H:%M:%S}+01:00",
                "start": f"{when:%H:%M}",
                "duration": "00:25",
                "room": room,
                "title": f"Talk number {i}",
                "track": f"Track {i % 12}",
                "type": "Talk",
                "abstract": f"An abstract of talk {i}.",
                "persons": [{"code": f"S{i % 3000:05d}", "name": f"Speaker {i % 3000}"}],
                "links": [{"url": f"https://example.org/talk/{i}", "title": "Event page"}],
                "attachments": [],
            }
        )
    document = {
        "schedule": {
            "version": "1",
            "conference": {
                "acronym": "bench",
                "title": "Bench Congress",
                "time_zone_name": "Europe/Berlin",
                "days": [
                    {"index": d, "date": str((START + timedelta(days=d - 1)).date()), "rooms": r}
                    for d, r in days.items()
                ],
            },
        }
    }
    return json.dumps(document).encode()


def ics(n: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//bench//EN",
             "X-WR-CALNAME:Bench Congress", "X-WR-TIMEZONE:Europe/Berlin"]  # fmt: skip
    for i in range(n):
        when, _, room = _slot(i)
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{i}@bench.example.org",
            "DTSTAMP:20241201T000000Z",
            f"DTSTART;TZID=Europe/Berlin:{when:%Y%m%dT%H%M%S}",
            f"DTEND;TZID=Europe/Berlin:{when + timedelta(minutes=25):%Y%m%dT%H%M%S}",
            f"SUMMARY:Talk number {i}\\, on schedules - Speaker Number{i % 3000}",
            f"LOCATION:{room}",
            f"DESCRIPTION:An abstract of talk {i}\\, a sentence or two long.",
            f"URL:https://example.org/talk/{i}",
            f"CATEGORIES:Track {i % 12}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def timed(label: str, action: Callable[[], object]) -> object:
    began, cpu = time.perf_counter(), time.process_time()
    try:
        result = action()
    except BadInputError as exc:
        result = exc
    elapsed, used = time.perf_counter() - began, time.process_time() - cpu
    print(f"{label:<48} {elapsed * 1000:9.1f} ms wall {used * 1000:9.1f} ms CPU")
    return result


_MEASURE = """
import re, resource, sys, time
began = time.perf_counter()
{body}
took = time.perf_counter() - began
try:  # this process's own peak: ru_maxrss keeps the parent's across fork and exec
    peak = int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read())[1])
except (OSError, TypeError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(took, peak / 1024)
"""
_STREAMED = "from confnotes.importers.registry import read_programme\nread_programme(sys.argv[1])"
_WHOLE = (
    "from confnotes.importers.formats import {module}\n"
    "data = open(sys.argv[1], 'rb').read()\n{module}.parse(data, sys.argv[1])"
)
_REFERENCES = {
    "json": "import json\njson.load(open(sys.argv[1], 'rb'))",
    "ics": "import icalendar\nicalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())",
}


def _measure(body: str, path: str) -> tuple[float, float]:
    """Seconds and peak MB of ``body`` run in a fresh interpreter on ``path``."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE.format(body=body), path],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, megabytes = done.stdout.split()
    return float(seconds), float(megabytes)


def big_programmes(folder: str) -> None:
    """Import a ~25 MB JSON and .ics from disk; time and memory against same-run references."""
    json_path = os.path.join(folder, "big.json")
    with open(json_path, "wb") as out:
        out.write(schedule_json(50_000))
    ics_path = os.path.join(folder, "big.ics")
    padding = "\\, ".join(["A sentence of a long abstract about the talk"] * 50)
    with open(ics_path, "wb") as out:
        out.write(ics(10_000).replace(b"a sentence or two long.", padding.encode()))
    print(f"load average {os.getloadavg()[0]:.2f}")
    _, bare = _measure("import confnotes.importers.registry", json_path)
    print(f"peak memory of the importers loaded, nothing read: {bare:.0f} MB")
    for kind, path, module in (("json", json_path, "pretalx"), ("ics", ics_path, "ical")):
        size = os.path.getsize(path) / 1e6
        streamed = _measure(_STREAMED, path)
        reference = _measure(_REFERENCES[kind], path)
        whole = _measure(_WHOLE.format(module=module), path)
        print(
            f"import a {size:.0f} MB {kind} streamed: {streamed[0]:.2f} s = "
            f"{streamed[0] / reference[0]:.1f}x the reference ({reference[0]:.2f} s); "
            f"peak {streamed[1]:.0f} MB = {streamed[1] / reference[1]:.2f}x the reference "
            f"({reference[1]:.0f} MB) and {streamed[1] / whole[1]:.2f}x the whole-file "
            f"reader ({whole[1]:.0f} MB, {whole[0]:.2f} s)"
        )


def main() -> None:
    if "--big-only" not in sys.argv:
        small()
    with tempfile.TemporaryDirectory(prefix="bench-big-") as folder:
        big_programmes(folder)


def small() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 10_000
    for name, build, module in (
        ("frab XML", frab_xml, frab),
        ("schedule JSON", schedule_json, pretalx),
        ("iCalendar", ics, ical),
    ):
        data = build(n)
        size = f"{len(data) / 1e6:.1f} MB"
        timed(f"detect {name} ({n} events, {size})", lambda d=data: detect_format(d, "bench"))
        programme = timed(f"parse {name}", lambda d=data, m=module: m.parse(d, "bench"))
        talks = len(getattr(programme, "talks", []))
        assert talks == n, (name, talks, programme)

    laughs = b'<?xml version="1.0"?>\n<!DOCTYPE l [<!ENTITY a "' + b"a" * 1000 + b'">'
    laughs += b"".join(b'<!ENTITY a%d "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' % i for i in range(20))
    laughs += b"]>\n<schedule>&a19;</schedule>"
    timed("reject billion laughs XML", lambda: frab.parse(laughs, "lol.xml"))
    folded = "\r\n ".join(["x" * 73] * 14_000)
    big = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:big\r\nDTSTART:20240101T100000\r\n"
        f"DESCRIPTION:{folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()
    timed("parse a 1 MB folded iCal line", lambda: ical.parse(big, "big.ics"))
    nested = b"[" * 200_000 + b"]" * 200_000
    timed("reject 200,000 nested JSON arrays", lambda: pretalx.parse(nested, "deep.json"))


if __name__ == "__main__":
    main()
