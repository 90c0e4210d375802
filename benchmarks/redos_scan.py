"""Issue 7, item 14: every module-level regex of confnotes against adversarial lines.

Each compiled pattern (module constants, and lists/tuples of them) runs
``findall`` and ``sub`` on 100 kB adversarial strings (runs of spaces,
backticks, ``*_``, brackets, ...) with a 1 s budget; slow pairs are printed.
Not a test: it takes up to a minute and the list is a to-do for the owners.

    .venv/bin/python benchmarks/redos_scan.py
"""

import importlib
import pkgutil
import re
import signal

import confnotes

inputs = {
    "spaces": " " * 100_000,
    "backticks": "`" * 100_000,
    "stars": "*_" * 50_000,
    "brackets": "[" * 60_000,
    "bang": "![" * 50_000,
    "link": "[a](" * 25_000,
    "dashes": "-" * 100_000 + "x",
    "hashes": "#" * 100_000,
    "angles": "<" * 100_000,
    "colons": ":" * 100_000,
    "digits": "1" * 100_000 + "x",
    "tabs": "\t" * 100_000 + "x",
    "words": "a " * 50_000,
    "url": "http://" + "a" * 100_000,
    "at": "a@" * 50_000,
    "dots": "a." * 50_000,
    "quotes": '"' * 100_000,
    "paren": "(" * 100_000,
    "mixed": ("[x]" + " " * 10 + "(") * 8000,
    "nl": "\n" * 100_000 + "x",
    "time": "10:00 " * 20000,
    "dash-words": "a-" * 50_000,
}


class Slow(Exception):
    pass


def alarm(*a):
    raise Slow


signal.signal(signal.SIGALRM, alarm)
seen = set()
for info in pkgutil.walk_packages(confnotes.__path__, "confnotes."):
    if ".tui" in info.name or info.name.endswith("__main__"):
        continue
    try:
        mod = importlib.import_module(info.name)
    except Exception as e:
        print("import fail", info.name, e)
        continue
    for name, val in vars(mod).items():
        pats = []
        if isinstance(val, re.Pattern):
            pats = [val]
        elif isinstance(val, (list, tuple)):
            for v in val:
                if isinstance(v, re.Pattern):
                    pats.append(v)
                elif isinstance(v, tuple) and v and isinstance(v[0], re.Pattern):
                    pats.append(v[0])
        for p in pats:
            if id(p) in seen:
                continue
            seen.add(id(p))
            for k, s in inputs.items():
                signal.setitimer(signal.ITIMER_REAL, 1.0)
                try:
                    p.findall(s)
                    p.sub("", s)
                except Slow:
                    print(f"SLOW {info.name}.{name} {p.pattern[:70]!r} on {k}")
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
print(len(seen), "patterns checked")
