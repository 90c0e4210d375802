"""Fuzz every importer with random and mutated real inputs (issue 7).

Inputs: the importer fixtures in ``tests/data/importers/`` and, when the folder
exists, the real pages in ``../shared/seeds/`` (read at run time, never copied),
mutated (cut, bytes flipped, chunks deleted, repeated or spliced from another
input, hostile runs such as ``[[[``, backticks, ``BEGIN:VEVENT``, NUL, deep
nesting inserted) plus purely random bytes and text. Each case runs one format's
``parse`` (and, for every 4th case, format detection) with a 20 s alarm; a
programme that comes back is merged into an empty notebook as a dry run. The
only acceptable failure is a ``ConfnotesError`` (a clean "bad input" message);
anything else is printed with the input saved under ``--out`` to reproduce it.

    .venv/bin/python benchmarks/fuzz_importers.py --cases 5000 [--seed 1]

Exit status 1 when any case failed.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

from confnotes.errors import ConfnotesError
from confnotes.importers.merge import merge_programme
from confnotes.importers.programme import Programme
from confnotes.importers.registry import FORMATS, parse_programme
from confnotes.notebook.notebook import Notebook

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "data" / "importers"
SEEDS = REPO.parent / "shared" / "seeds"
HOSTILE = [
    b"[" * 5000,
    b"`" * 5000,
    b"*_" * 3000,
    b"(" * 5000,
    b"<" * 3000,
    b" " * 20000,
    b"\t" * 5000,
    b"\n" * 5000,
    b"\x00" * 100,
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"---\n",
    b"+++\n",
    b"{%",
    b"{{",
    b"BEGIN:VEVENT\r\n",
    b"END:VCALENDAR\r\n",
    b"RRULE:FREQ=SECONDLY;COUNT=100000000\r\n",
    b"<event>",
    b"</schedule>",
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b'{"schedule": {"conference": {"days": [',
    b"[" * 2000 + b"]" * 2000,
    b"09:00 - 10:30 ",
    b"Speakers: ",
    b"| --- | --- |\n",
    "会議 👩\u200d💻 \u202e ".encode(),
    b"&amp;&#x0;&#xD800;",
    b"9" * 400,
]


class Hang(Exception):
    """Raised by the alarm when one case runs too long."""


def _alarm(*_args: object) -> None:
    raise Hang


def load_inputs() -> list[tuple[str, bytes]]:
    """Real inputs to mutate: fixtures, then seeds when present."""
    found = [(p.name, p.read_bytes()) for p in sorted(FIXTURES.iterdir()) if p.is_file()]
    if SEEDS.is_dir():
        found += [(p.name, p.read_bytes()) for p in sorted(SEEDS.iterdir()) if p.is_file()]
    return found


def mutate(rng: random.Random, data: bytes, others: list[bytes]) -> bytes:
    """One to four random edits of ``data``."""
    for _ in range(rng.randint(1, 4)):
        n = len(data)
        at = rng.randint(0, n)
        kind = rng.randrange(9)
        if kind == 0:
            data = data[:at]
        elif kind == 1 and n:
            flips = bytearray(data)
            for _ in range(rng.randint(1, 16)):
                flips[rng.randrange(n)] = rng.randrange(256)
            data = bytes(flips)
        elif kind == 2:
            data = data[:at] + data[at + rng.randint(1, 2000) :]
        elif kind == 3:
            chunk = data[at : at + rng.randint(1, 4000)]
            data = data[:at] + chunk * rng.randint(2, 20) + data[at:]
        elif kind == 4:
            other = rng.choice(others)
            o = rng.randint(0, len(other))
            data = data[:at] + other[o : o + rng.randint(1, 8000)] + data[at:]
        elif kind == 5:
            data = data[:at] + rng.choice(HOSTILE) + data[at:]
        elif kind == 6:
            data = data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]
        elif kind == 7:
            lines = data.split(b"\n")
            rng.shuffle(lines)
            data = b"\n".join(lines)
        else:
            depth = rng.randint(50, 3000)
            opener, closer = rng.choice([(b"<a>", b"</a>"), (b"[", b"]"), (b"{", b"}")])
            data = data[:at] + opener * depth + closer * depth + data[at:]
    return data


def random_input(rng: random.Random) -> bytes:
    """Bytes, or text lines built from hostile pieces and words."""
    if rng.random() < 0.5:
        return rng.randbytes(rng.randint(0, 3000))
    words = ["Keynote", "09:00", "-", "10:30", "Jane Doe (MIT)", "and", "·", "**", "[x](", "#"]
    pieces = [rng.choice(words).encode() if rng.random() < 0.8 else rng.choice(HOSTILE)[:200]]
    for _ in range(rng.randint(0, 200)):
        pieces.append(rng.choice([b" ", b"\n", b", "]))
        pieces.append(rng.choice(words).encode() if rng.random() < 0.9 else rng.choice(HOSTILE))
    return b"".join(pieces)


def run_case(fmt: str | None, data: bytes, nb_root: Path) -> str:
    """``programme``, ``error`` (a clean ConfnotesError) or raises what escaped."""
    try:
        programme = parse_programme(data, "fuzz", fmt or "auto")
    except ConfnotesError:
        return "error"
    assert isinstance(programme, Programme)
    nb = Notebook.open(nb_root)
    try:
        merge_programme(nb, programme, dry_run=True)
    except ConfnotesError:
        return "merge-error"
    return "programme"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=2000, help="inputs to try (default 2000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per case")
    parser.add_argument("--out", type=Path, default=Path("fuzz-failures"))
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    inputs = load_inputs()
    datas = [d for _n, d in inputs]
    formats = sorted(FORMATS)
    signal.signal(signal.SIGALRM, _alarm)
    outcomes: dict[str, int] = {}
    failures = 0
    started = time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        nb_root = Path(tmp)
        for case in range(args.cases):
            if rng.random() < 0.15:
                name, data = "random", random_input(rng)
            else:
                name, base = rng.choice(inputs)
                data = mutate(rng, base, datas)
            fmt = None if case % 4 == 0 else formats[case % len(formats)]
            signal.setitimer(signal.ITIMER_REAL, args.timeout)
            try:
                outcome = run_case(fmt, data, nb_root)
            except Hang:
                outcome = "HANG"
            except Exception:  # every other exception is a bug
                outcome = "CRASH"
                trace = traceback.format_exc()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            if outcome in ("HANG", "CRASH"):
                failures += 1
                args.out.mkdir(exist_ok=True)
                saved = args.out / f"case-{args.seed}-{case}-{fmt or 'auto'}.bin"
                saved.write_bytes(data)
                print(f"{outcome} case {case} format {fmt or 'auto'} from {name}: {saved}")
                if outcome == "CRASH":
                    print(trace)
    cpu = time.process_time() - started
    print(
        f"{args.cases} cases ({len(formats)} formats + auto-detect, {len(inputs)} real inputs): "
        + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items()))
        + f"; {cpu:.0f} s CPU"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
