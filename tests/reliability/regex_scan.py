"""Every regular expression in confnotes against adversarial text (issue 7, item 14).

Patterns are found by walking the source (``re.compile``/``re.search``/... calls,
module level or inside functions, in every package including ``tui/``), so a new
pattern is covered without anyone listing it. A pattern built at run time (an
f-string, a join) is evaluated with its module's globals; names only known at run
time (a function's arguments) become a short sample word.

Run as a script (the test does, in subprocesses, so a hang fails instead of
hanging CI): each pattern runs ``findall`` on every input (only
``match``/``fullmatch`` where the code calls ``re.match``/``re.fullmatch``) with a
CPU-time budget of :data:`BUDGET` seconds; slow pairs are printed as ``SLOW ...``.
``findall`` tries the pattern at every position of the text, as ``search``, ``sub``,
``split`` and ``finditer`` do (the same search loop in ``_sre``): one pass stands for
all of them (``sub`` after it doubled the scan's time and found nothing more).

A pair that the budget's signal cannot stop (a hang in C code that never looks at
signals) is ended by the kernel: the process's CPU limit (``RLIMIT_CPU``) is set to
:data:`HANG` seconds past each pair's start, so the process dies of ``SIGXCPU`` and its
last ``RUN`` line on stderr names the pair. Both bounds count CPU time, which the load
of a shared machine does not stretch.

    .venv/bin/python tests/reliability/regex_scan.py [PART COUNT]
    .venv/bin/python tests/reliability/regex_scan.py --stdin   # patterns as JSON lines
"""

from __future__ import annotations

import ast
import builtins
import importlib
import json
import re
import resource
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parents[2] / "src" / "confnotes"
BUDGET = 1.0
"""CPU seconds one pattern may take on one input (one ``findall`` over it)."""
HANG = 20
"""CPU seconds past a pair's start after which the kernel ends the scan (``SIGXCPU``):
the budget's signal did not stop the pattern, which hangs."""

RE_FUNCTIONS = {
    # function: position of the flags argument
    "compile": 1,
    "search": 2,
    "match": 2,
    "fullmatch": 2,
    "findall": 2,
    "finditer": 2,
    "split": 3,
    "sub": 4,
    "subn": 4,
}

N = 100_000
INPUTS = {
    "spaces": " " * N,
    "spaces-x": " " * N + "x",
    "tabs": "\t" * N + "x",
    "nl": "\n" * N + "x",
    "crlf": "\r\n" * (N // 2) + "x",
    "backticks": "`" * N,
    "backtick-pairs": "`` `" * (N // 4),
    "backtick-space": "` " * (N // 2),
    "stars": "*_" * (N // 2),
    "stars-space": "* _ " * (N // 4),
    "brackets": "[" * N,
    "closing": "]" * N,
    "bang": "![" * (N // 2),
    "link": "[a](" * (N // 4),
    "dashes": "-" * N + "x",
    "pipes": "| " * (N // 2),
    "hashes": "#" * N,
    "angles": "<" * N,
    "colons": ":" * N,
    "commas": "," * N,
    "digits": "1" * N + "x",
    "words": "a " * (N // 2),
    "Words": "Ab " * (N // 3),
    "url": "http://" + "a" * N,
    "at": "a@" * (N // 2),
    "dots": "a." * (N // 2),
    "quotes": '"' * N,
    "paren": "(" * N,
    "paren-space": "( " * (N // 2),
    "mixed": ("[x]" + " " * 10 + "(") * (N // 14),
    "time": "10:00 " * (N // 6),
    "dash-words": "a-" * (N // 2),
    "equals": "a=" * (N // 2),
    "cjk": "会議" * (N // 2),
    "heading-spaces": "# a" + " " * N + "b",
    "word-spaces-hashes": "a" + " " * (N // 2) + "#" * (N // 2) + " x",
    "item-spaces": "- a" + " " * N + "b:",
}


@dataclass(frozen=True)
class Found:
    """One regular expression and where it is written."""

    where: str
    pattern: str
    flags: int
    anchored: str = ""
    """``match`` or ``fullmatch`` when the code only ever tries the text's start."""


class _Sample(dict):
    """Locals for evaluating a pattern built at run time: the module's names, and a
    sample word for the names only a running function knows (its arguments)."""

    def __init__(self, module: dict[str, Any]):
        super().__init__()
        self.module = module

    def __missing__(self, key: str) -> Any:
        if key in self.module or hasattr(builtins, key):
            raise KeyError(key)  # looked up in the module's globals, then builtins
        return "Ab c"


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _re_function(call: ast.Call) -> str | None:
    """``compile``, ``search``... for a call of the ``re`` module, or of ``lazy_compile``
    (``confnotes.text.lazy_re``: a ``re.compile`` made on first use); else None."""
    func = call.func
    if isinstance(func, ast.Name) and func.id == "lazy_compile":
        return "compile"
    if (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id == "re"
        and func.attr in RE_FUNCTIONS
    ):
        return func.attr
    return None


def _flags_node(call: ast.Call) -> ast.expr | None:
    for kw in call.keywords:
        if kw.arg == "flags":
            return kw.value
    pos = RE_FUNCTIONS[_re_function(call) or "compile"]
    return call.args[pos] if len(call.args) > pos else None


LAZY_RE = "confnotes/text/lazy_re.py"
"""Compiles the patterns of ``lazy_compile`` calls, which are scanned where they are made."""


def find_patterns() -> tuple[list[Found], list[str]]:
    """Every ``re`` call site's pattern (deduplicated), and the sites that could not be read."""
    found: dict[tuple[str, int], Found] = {}
    errors: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        module: dict[str, Any] | None = None
        if str(path.relative_to(SRC.parent)) == LAZY_RE:
            continue
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and _re_function(node) is not None
                and (node.args or node.keywords)
            ):
                continue
            where = f"{path.relative_to(SRC.parent)}:{node.lineno}"
            pattern_node = node.args[0] if node.args else None
            if pattern_node is None:
                pattern_node = next((k.value for k in node.keywords if k.arg == "pattern"), None)
            flags_node = _flags_node(node)
            if module is None:
                module = vars(importlib.import_module(_module_name(path)))
            try:
                pattern = eval(
                    compile(ast.Expression(pattern_node), where, "eval"), module, _Sample(module)
                )
                flags = (
                    eval(
                        compile(ast.Expression(flags_node), where, "eval"), module, _Sample(module)
                    )
                    if flags_node is not None
                    else 0
                )
            except Exception as exc:
                errors.append(f"{where}: cannot rebuild the pattern ({exc!r})")
                continue
            if isinstance(pattern, re.Pattern):
                pattern, flags = pattern.pattern, pattern.flags
            if not isinstance(pattern, str) or not isinstance(flags, int | re.RegexFlag):
                errors.append(f"{where}: pattern is not text ({type(pattern).__name__})")
                continue
            function = _re_function(node)
            anchored = function if function in ("match", "fullmatch") else ""
            key = (pattern, int(flags))
            old = found.get(key)
            if old is None or (old.anchored and not anchored):
                found[key] = Found(where, pattern, int(flags), anchored)
    return list(found.values()), errors


class Slow(Exception):
    """Raised by the CPU timer."""


def _alarm(*_args: object) -> None:
    raise Slow


def _hang_limit() -> None:
    """The process may use :data:`HANG` more CPU seconds (then ``SIGXCPU`` ends it)."""
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(time.process_time()) + 1 + HANG
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def scan(patterns: list[Found], inputs: dict[str, str] = INPUTS, hang: bool = False) -> list[str]:
    """``SLOW`` lines for each (pattern, input) pair over budget; with ``hang``, a pair
    that runs :data:`HANG` CPU seconds ends the process (for a subprocess only)."""
    signal.signal(signal.SIGPROF, _alarm)
    if hang:  # SIGXCPU dumps core by default: no core file left behind
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    slow = []
    for item in patterns:
        regex = re.compile(item.pattern, item.flags)
        for name, text in inputs.items():
            print(f"RUN {item.where} {name}", file=sys.stderr, flush=True)
            if hang:
                _hang_limit()
            signal.setitimer(signal.ITIMER_PROF, BUDGET)
            try:
                if item.anchored:
                    getattr(regex, item.anchored)(text)
                else:
                    regex.findall(text)
            except Slow:
                slow.append(f"SLOW {item.where} {item.pattern[:80]!r} on {name}")
            finally:
                signal.setitimer(signal.ITIMER_PROF, 0)
    return slow


def to_json(item: Found) -> str:
    """One pattern as a line of JSON (what ``--stdin`` reads)."""
    return json.dumps([item.where, item.pattern, item.flags, item.anchored])


def main(argv: list[str]) -> int:
    """``regex_scan.py [PART COUNT]``: scan every COUNT-th pattern from PART (0-based);
    ``regex_scan.py --stdin``: scan the patterns given one a line as JSON (see
    :func:`to_json`: the test finds them once, and its parts import nothing)."""
    errors: list[str] = []
    if argv[:1] == ["--stdin"]:
        patterns = [Found(*json.loads(line)) for line in sys.stdin if line.strip()]
    else:
        part, count = (int(argv[0]), int(argv[1])) if argv else (0, 1)
        patterns, errors = find_patterns()
        patterns = patterns[part::count]
    for line in errors:
        print(f"ERROR {line}")
    slow = scan(patterns, hang=True)
    for line in slow:
        print(line)
    print(f"{len(patterns)} patterns x {len(INPUTS)} inputs checked")
    return 1 if slow or errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
