"""Fit the notes-or-programme classifier (:mod:`confnotes.importers.notes_or_programme`)
on every labelled text document, choose its features by leave-one-set-out
cross-validation, and (with ``--write``) write its weights into the module.

Labelled documents: each ``X.expected.yaml`` beside ``X.ext`` (or a folder ``X/``, each
of whose text files counts) in the repository's ``tests/data/importers/corpus*/`` and in
the real sets ``/work/real3/*/`` (their ``dev/`` and ``holdout/`` alike). A document is a
person's notes when its sidecar says ``notes: true``, a programme otherwise. Only
documents read as text count (the registry detects Markdown, a post, plain text or
notes); data files and whole HTML pages are told apart by their format. The sets named
by ``--validate`` (default ``notes4``, ``pages4``, ``classify``) are never fitted on:
the model chosen is scored on them at the end, beside format detection's own answer
(``detected`` is ``outline`` or ``notes``).

    .venv/bin/python benchmarks/fit_notes_or_programme.py [--write] [--real DIR]

Pure Python (no numpy): a logistic regression with an L2 penalty fitted by Newton's
method (a few hundred documents, a dozen features).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

from confnotes.importers import notes_or_programme as nop
from confnotes.importers.registry import detect_format
from confnotes.importers.textutil import decode

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "tests" / "data" / "importers"
TEXT = {"markdown", "jekyll", "text", "outline", "notes"}
NOTES_DETECTED = {"outline", "notes"}
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".org", ".rst", ".text", ".adoc", ".rmd", ".qmd"}
PER_FOLDER = 12
"""Files of one folder counted at most (a folder of forty notes is one person's habit)."""
L2 = 30.0
"""The penalty on the weights of the features scaled to unit spread (chosen by
leave-one-set-out: 1, 5, 30 and 100 gave 77.1, 78.7, 80.4 and 80.4 % with every
feature)."""


def _documents(root: Path, group: str) -> list[tuple[str, Path, bool]]:
    out: list[tuple[str, Path, bool]] = []
    for side in sorted(root.glob("*.expected.yaml")):
        try:
            expected = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        notes = bool(expected.get("notes"))
        stem = side.name[: -len(".expected.yaml")]
        folder = root / stem
        if folder.is_dir():
            files = sorted(
                p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            )
            out += [(group, p, notes) for p in files[:PER_FOLDER]]
            continue
        for doc in sorted(root.glob(f"{glob_escape(stem)}.*")):
            if doc.name.endswith(".expected.yaml") or not doc.is_file():
                continue
            out.append((group, doc, notes))
            break
    return out


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def collect(real: Path, validate: set[str], sets: set[str]) -> tuple[list[dict], list[dict]]:
    """(fitting rows, validation rows): each a dict of group, path, label, detected, x."""
    found: list[tuple[str, Path, bool]] = []
    for corpus in sorted(CORPORA.glob("corpus*")):
        if corpus.is_dir():
            found += _documents(corpus, corpus.name)
            for sub in sorted(p for p in corpus.iterdir() if p.is_dir()):
                if not (corpus / f"{sub.name}.expected.yaml").exists():
                    found += _documents(sub, corpus.name)
    real_sets = sorted(p for p in real.iterdir() if p.is_dir() and p.name in sets)
    for rset in real_sets if real.is_dir() else []:
        for part in [rset, *sorted(p for p in rset.iterdir() if p.is_dir())]:
            found += _documents(part, f"real3/{rset.name}")
    fit: list[dict] = []
    val: list[dict] = []
    for group, path, label in found:
        data = path.read_bytes()
        try:
            detected = detect_format(data, str(path))
        except Exception:
            continue
        if detected not in TEXT:
            continue
        text = decode(data, str(path))
        row = {
            "group": group,
            "path": path,
            "y": 1.0 if label else 0.0,
            "detected": detected,
            "x": nop.features(text, str(path), detected, every=True),
        }
        (val if group.split("/")[-1] in validate else fit).append(row)
    return fit, val


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        piv = m[c][c] or 1e-12
        for r in range(n):
            if r != c and m[r][c]:
                f = m[r][c] / piv
                row_r, row_c = m[r], m[c]
                for k in range(c, n + 1):
                    row_r[k] -= f * row_c[k]
    return [m[i][n] / (m[i][i] or 1e-12) for i in range(n)]


def fit(rows: list[dict], names: list[str]) -> list[float]:
    """Weights (intercept first) of an L2-penalised logistic regression, by Newton. The
    penalty on a feature's weight is scaled by the feature's variance, as if each
    feature were scaled to unit spread (so the penalty weighs them alike), while the
    rows stay sparse; the intercept is free."""
    n = len(rows)
    means = [sum(r["x"][f] for r in rows) / n for f in names]
    var = [
        sum((r["x"][f] - m) ** 2 for r in rows) / n or 1.0
        for f, m in zip(names, means, strict=True)
    ]
    xs = [[(0, 1.0)] + [(i + 1, v) for i, f in enumerate(names) if (v := r["x"][f])] for r in rows]
    ys = [r["y"] for r in rows]
    d = len(names) + 1
    w = [0.0] * d
    for _ in range(15):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys, strict=True):
            z = sum(w[i] * v for i, v in x)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            g = p - y
            s = p * (1 - p)
            for i, v in x:
                grad[i] += g * v
                hi = hess[i]
                sv = s * v
                for j, u in x:
                    hi[j] += sv * u
        for i in range(1, d):
            grad[i] += L2 * var[i - 1] * w[i]
            hess[i][i] += L2 * var[i - 1]
        step = _solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-5:
            break
    return w


def predict(w: list[float], names: list[str], row: dict) -> float:
    z = w[0] + sum(wi * row["x"][f] for wi, f in zip(w[1:], names, strict=True))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


def loso(rows: list[dict], names: list[str]) -> tuple[float, float, dict[str, float]]:
    """Leave-one-set-out: (accuracy, mean log-loss, accuracy by set); each row's
    out-of-fold probability is left in ``row["oof"]``."""
    groups = sorted({r["group"] for r in rows})
    right = 0
    loss = 0.0
    by: dict[str, float] = {}
    for g in groups:
        train = [r for r in rows if r["group"] != g]
        test = [r for r in rows if r["group"] == g]
        w = fit(train, names)
        ok = 0
        for r in test:
            p = min(1 - 1e-6, max(1e-6, predict(w, names, r)))
            r["oof"] = p
            ok += (p >= 0.5) == (r["y"] == 1.0)
            loss -= r["y"] * math.log(p) + (1 - r["y"]) * math.log(1 - p)
        right += ok
        by[g] = ok / len(test)
    return right / len(rows), loss / len(rows), by


SURE_RATE = 0.03
"""The share of programme pages a "sure" answer may take for notes, out of fold."""


def sure_threshold(rows: list[dict]) -> float:
    """The lowest probability (in steps of 0.05 from 0.5) above which, out of fold, at
    most :data:`SURE_RATE` of the programme pages fall: where the import may act as on
    a person's notes without a reading's proof."""
    pages = [r["oof"] for r in rows if r["y"] == 0.0]
    notes = [r["oof"] for r in rows if r["y"] == 1.0]
    chosen = 0.95
    for step in range(10):
        t = 0.5 + 0.05 * step
        wrong = sum(p >= t for p in pages) / max(1, len(pages))
        right = sum(p >= t for p in notes) / max(1, len(notes))
        print(f"  p >= {t:.2f}: {right:6.1%} of notes, {wrong:6.1%} of programmes (out of fold)")
        if wrong <= SURE_RATE and chosen == 0.95:
            chosen = t
    return chosen


def detection_accuracy(rows: list[dict]) -> float:
    return sum((r["detected"] in NOTES_DETECTED) == (r["y"] == 1.0) for r in rows) / max(
        1, len(rows)
    )


def write_weights(w: list[float], names: list[str], note: str, sure: float) -> None:
    path = Path(nop.__file__)
    src = path.read_text(encoding="utf-8")
    src = re.sub(r"(?m)^SURE = [0-9.]+$", f"SURE = {sure:.2f}", src, count=1)
    body = "".join(f'    "{f}": {v:.4f},\n' for f, v in zip(["intercept", *names], w, strict=True))
    new = re.sub(
        r"(?ms)^# fitted by .*?^WEIGHTS: dict\[str, float\] = \{\n.*?^\}\n",
        f"# fitted by benchmarks/fit_notes_or_programme.py (see the module's docstring):\n"
        f"# {note}\nWEIGHTS: dict[str, float] = {{\n{body}}}\n",
        src,
        count=1,
    )
    path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--real", type=Path, default=Path("/work/real3"))
    ap.add_argument("--validate", default="notes4,pages4,classify")
    ap.add_argument(
        "--sets",
        default="data3,data4,folders5,lead5,mdrecords,notes3,notes5,pages3,pages5,people3,people5",
        help="the real sets fitted on (the others under --real are not read)",
    )
    ap.add_argument("--wrong", action="store_true", help="list the fitting sets' misreads")
    ap.add_argument("--features", default="", help="fit these features (no selection)")
    ap.add_argument("--write", action="store_true", help="write the weights into the module")
    ap.add_argument("--budget", type=float, default=900.0, help="seconds for the selection")
    args = ap.parse_args(argv)
    validate = set(args.validate.split(","))
    rows, val = collect(args.real, validate, set(args.sets.split(",")) | validate)
    pos = sum(r["y"] for r in rows)
    print(
        f"fitting on {len(rows)} text documents ({pos:.0f} notes) in "
        f"{len({r['group'] for r in rows})} sets; validation {len(val)} documents"
    )
    print(
        f"format detection (outline/notes = notes): {detection_accuracy(rows):.1%} "
        f"on the fitting sets, {detection_accuracy(val):.1%} on validation"
    )
    names = args.features.split(",") if args.features else list(nop.FEATURES)
    acc, loss, _ = loso(rows, names)
    print(f"all {len(names)} features: leave-one-set-out {acc:.1%}, log-loss {loss:.3f}")
    started = time.monotonic()
    while len(names) > 2 and not args.features and time.monotonic() - started < args.budget:
        trials = []
        for f in names:
            rest = [x for x in names if x != f]
            a, lo, _ = loso(rows, rest)
            trials.append((lo, -a, f))
        lo, neg_a, worst = min(trials)
        if lo > loss + 1e-4:
            break
        names.remove(worst)
        acc, loss = -neg_a, lo
        print(f"  without {worst}: {acc:.1%}, log-loss {loss:.3f}")
    acc, loss, by = loso(rows, names)
    print(f"chosen ({len(names)}): {', '.join(names)}")
    print(f"leave-one-set-out accuracy {acc:.1%}, log-loss {loss:.3f}; by set:")
    for g, a in sorted(by.items()):
        n = sum(1 for r in rows if r["group"] == g)
        det = detection_accuracy([r for r in rows if r["group"] == g])
        print(f"  {g:28} {n:4} docs  model {a:6.1%}  detection {det:6.1%}")
    sure = sure_threshold(rows)
    print(f"sure of notes from p >= {sure:.2f}")
    w = fit(rows, names)
    for r in rows if args.wrong else ():
        p = predict(w, names, r)
        if (p >= 0.5) != (r["y"] == 1.0):
            print(f"    misread: {r['group']}/{r['path'].name} p(notes)={p:.2f} y={r['y']:.0f}")
    for f, v in zip(["intercept", *names], w, strict=True):
        print(f"  {f:16} {v:+.3f}")
    by_val: dict[str, list[dict]] = defaultdict(list)
    for r in val:
        by_val[r["group"]].append(r)
    for g, rs in sorted(by_val.items()):
        ok = sum((predict(w, names, r) >= 0.5) == (r["y"] == 1.0) for r in rs)
        print(
            f"validation {g:20} {len(rs):3} docs  model {ok / len(rs):6.1%}  "
            f"detection {detection_accuracy(rs):6.1%}"
        )
        for r in rs:
            p = predict(w, names, r)
            if (p >= 0.5) != (r["y"] == 1.0):
                print(f"    wrong: {r['path'].name} p(notes)={p:.2f} label={r['y']:.0f}")
    if args.write:
        note = (
            f"{len(rows)} documents of {len({r['group'] for r in rows})} sets, "
            f"leave-one-set-out accuracy {acc:.1%}"
        )
        write_weights(w, names, note, sure)
        print("weights written to", nop.__file__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
