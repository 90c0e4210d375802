"""What the UI thread did during each slow key of ``bench_scale.py --rows keys``.

Runs the keystroke row's cases in this process while a sampler thread, every
millisecond, records the main thread's stack, the top frame of every other thread,
and each thread's scheduler counters (``/proc/self/task/TID/schedstat``: CPU time and
run-queue wait, in ns) plus the machine's runnable count. Per key it then splits the
main thread's wall time into:

- **cpu**: on a core;
- **runq**: runnable, waiting for a core (other processes: CPU starvation);
- **blocked**: neither; in Python code that is waiting for the interpreter lock (another
  thread of this process ran meanwhile) or for a lock or the disk; in the event loop's
  ``select`` it is just waiting for the next timer (Textual draws at most 120 frames a
  second).

and names the threads that ran while the main thread was blocked outside ``select``.
The sampler costs a little of the GIL itself: its figures are for finding causes, the
row's own figures come from ``bench_scale.py``.

Usage: python benchmarks/trace_keys.py --keep DIR [--case sync|build|none] [--slow MS]
(DIR as given to ``bench_scale.py --keep``: ``DIR/nb-5000`` and ``DIR/team-5000``.)
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import os
import pickle
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common
import bench_scale

PERIOD = 0.001
"""Seconds between samples."""


class Marked(list):  # type: ignore[type-arg]
    """The frame list ``_type_along`` clears right before each key: the clear marks it."""

    def __init__(self, marks: list[float]) -> None:
        super().__init__()
        self.marks = marks

    def clear(self) -> None:
        self.marks.append(time.perf_counter())
        super().clear()


def frames_with_marks(marks: list[float]) -> Any:
    def record(app: Any) -> list[float]:
        frames = Marked(marks)
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            if renderable is not None:
                frames.append(time.perf_counter())
            original(screen, renderable)

        app._display = display
        return frames

    return record


def where(frame: Any, depth: int) -> tuple[str, ...]:
    out = []
    while frame is not None and len(out) < depth:
        code = frame.f_code
        name = code.co_filename
        cut = max(name.rfind("site-packages/"), name.rfind("src/"))
        name = name[cut:].split("/", 1)[1] if cut >= 0 else name.rsplit("/", 2)[-1]
        out.append(f"{name}:{frame.f_lineno}:{code.co_name}")
        frame = frame.f_back
    return tuple(out)


class Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(name="sampler", daemon=True)
        self.samples: list[tuple[Any, ...]] = []
        self.stop = threading.Event()
        self.main = threading.main_thread().ident
        self.fds: dict[int, int] = {}
        self.comm: dict[int, str] = {}
        """Kernel names of the threads (those without Python frames: Rust, C)."""

    def _tasks(self) -> None:
        for tid in os.listdir("/proc/self/task"):
            t = int(tid)
            if t not in self.fds:
                with contextlib.suppress(OSError):
                    self.fds[t] = os.open(f"/proc/self/task/{tid}/schedstat", os.O_RDONLY)
                    self.comm[t] = Path(f"/proc/self/task/{tid}/comm").read_text().strip()

    def _stat(self) -> dict[int, tuple[int, int]]:
        out = {}
        for tid, fd in list(self.fds.items()):
            try:
                a, b, _ = os.pread(fd, 100, 0).split()
            except (OSError, ValueError):
                os.close(fd)
                del self.fds[tid]
                continue
            out[tid] = (int(a), int(b))
        return out

    def run(self) -> None:
        loadfd = os.open("/proc/loadavg", os.O_RDONLY)
        n = 0
        while not self.stop.is_set():
            if n % 20 == 0:
                self._tasks()
            n += 1
            t = time.perf_counter()
            frames = sys._current_frames()
            names = {th.ident: (th.name, th.native_id) for th in threading.enumerate()}
            stacks = {}
            for ident, frame in frames.items():
                if ident == self.ident:
                    continue
                name = names.get(ident, (str(ident), 0))
                stacks[name] = where(frame, 40 if ident == self.main else 30)
            running = int(os.pread(loadfd, 100, 0).split()[3].split(b"/")[0])
            self.samples.append((t, stacks, self._stat(), running))
            del frames
            time.sleep(PERIOD)


def is_idle(stack: tuple[str, ...]) -> bool:
    top = stack[0] if stack else ""
    in_select = "base_events.py" in top and "_run_once" in top
    return "selectors.py" in top or ":select" in top or in_select


def ours(stack: tuple[str, ...]) -> str:
    """The innermost frames worth naming."""
    keep = [s for s in stack if not s.startswith(("asyncio/", "threading.py", "selectors.py"))]
    return " < ".join(keep[:4])


def analyse(
    samples: list[Any],
    keys: list[tuple[float, float]],
    slow: float,
    main_native: int,
    comm: dict[int, str],
) -> None:
    times = [s[0] for s in samples]
    import bisect

    print(f"{len(samples)} samples; {len(keys)} keys; keys over {slow} ms:")
    rows = []
    for i, (k0, lat) in enumerate(keys):
        k1 = k0 + lat / 1000
        a = max(0, bisect.bisect_left(times, k0) - 1)
        b = min(len(samples) - 1, bisect.bisect_left(times, k1))
        if b <= a:
            continue
        wall = (samples[b][0] - samples[a][0]) * 1e3
        st0, st1 = samples[a][2], samples[b][2]
        m0, m1 = st0.get(main_native), st1.get(main_native)
        cpu = (m1[0] - m0[0]) / 1e6 if m0 and m1 else float("nan")
        rq = (m1[1] - m0[1]) / 1e6 if m0 and m1 else float("nan")
        # split blocked into idle (select) and not, sample by sample
        idle_ms = busy_blocked = 0.0
        others: collections.Counter[str] = collections.Counter()
        stacks: collections.Counter[str] = collections.Counter()
        tid_name = {}
        for j in range(a, b):
            s, e = samples[j], samples[j + 1]
            dt = (e[0] - s[0]) * 1e3
            ms, me = s[2].get(main_native), e[2].get(main_native)
            if not (ms and me):
                continue
            dc, dr = (me[0] - ms[0]) / 1e6, (me[1] - ms[1]) / 1e6
            blocked = max(0.0, dt - dc - dr)
            mstack = next((v for (nm, nid), v in s[1].items() if nid == main_native), ())
            for (nm, nid), _v in s[1].items():
                tid_name[nid] = nm
            stacks[ours(mstack) or "?"] += 1
            if is_idle(mstack):
                idle_ms += blocked
            else:
                busy_blocked += blocked
                for tid, (c1, _) in e[2].items():
                    if tid == main_native or tid not in s[2]:
                        continue
                    d = (c1 - s[2][tid][0]) / 1e6
                    if d > 0.05:
                        name = tid_name.get(tid) or f"{comm.get(tid, '?')} ({tid})"
                        top = next((v for (nm, nid), v in s[1].items() if nid == tid), ())
                        others[f"{name}: {ours(top)[:140]}"] += d
        run = [s[3] for s in samples[a : b + 1]]
        gaps = max((samples[j + 1][0] - samples[j][0]) * 1e3 for j in range(a, b))
        rows.append((i, lat, wall, cpu, rq, idle_ms, busy_blocked, others, stacks, run, gaps))
    lat_all = sorted(r[1] for r in rows)
    print(
        f"  p50 {lat_all[len(lat_all) // 2]:.1f} ms, p95 {lat_all[int(0.95 * len(lat_all))]:.1f} ms"
    )
    tot = collections.Counter()
    for r in rows:
        i, lat, wall, cpu, rq, idle_ms, bb, others, stacks, run, gaps = r
        if lat < slow:
            continue
        tot["keys"] += 1
        tot["lat"] += lat
        tot["cpu"] += cpu
        tot["rq"] += rq
        tot["idle"] += idle_ms
        tot["bb"] += bb
        print(
            f"key {i:3d}: {lat:6.1f} ms  main cpu {cpu:5.1f} runq {rq:5.1f} blocked: in select "
            f"{idle_ms:5.1f}, elsewhere {bb:5.1f}; runnable {min(run)}-{max(run)}; "
            f"longest sample gap {gaps:.1f} ms"
        )
        for what, ms in others.most_common(4):
            print(f"      ran while main blocked: {ms:5.1f} ms  {what}")
        for what, c in stacks.most_common(5):
            print(f"      main x{c:3d}: {what[:230]}")
    if tot["keys"]:
        k = tot["keys"]
        print(
            f"slow keys {k}: mean {tot['lat'] / k:.1f} ms = cpu {tot['cpu'] / k:.1f} + runq "
            f"{tot['rq'] / k:.1f} + blocked in select {tot['idle'] / k:.1f} + blocked elsewhere "
            f"{tot['bb'] / k:.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--case", choices=["sync", "build", "none"], default="sync")
    parser.add_argument("--slow", type=float, default=25.0)
    parser.add_argument("--save", type=Path, default=None)
    args = parser.parse_args()
    os.environ["CONFNOTES_CONFIG"] = str(args.keep / "none.toml")
    os.environ["XDG_STATE_HOME"] = str(args.keep / "state")
    marks: list[float] = []
    bench_common.record_frames = frames_with_marks(marks)
    root = args.keep / f"nb-{args.size}"
    teammate = None
    if args.case == "sync":
        root, teammate = bench_scale.team_notebook(root, args.keep / f"team-{args.size}")
    sampler = Sampler()
    sampler.start()
    print(f"{bench_scale.load()} at the start")
    build = "none" if args.case == "none" else "child"
    lat = asyncio.run(bench_scale.keystrokes(root, build, teammate=teammate))
    sampler.stop.set()
    sampler.join()
    print(f"{bench_scale.load()} at the end; p95 {bench_scale.p95(lat):.1f} ms")
    keys = list(zip(marks, lat, strict=True))
    main_native = threading.main_thread().native_id
    assert main_native is not None
    if args.save:
        args.save.write_bytes(pickle.dumps((sampler.samples, keys, main_native, sampler.comm)))
    analyse(sampler.samples, keys, args.slow, main_native, sampler.comm)


if __name__ == "__main__":
    main()
