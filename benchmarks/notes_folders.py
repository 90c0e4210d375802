"""People's folders of notes imported whole: does every line they wrote end in some note?

Each folder under ``tests/data/importers/folders/`` is one person's notes of one
conference, written in one tool's conventions (Obsidian, Logseq, Org-mode, a Hugo or
Jekyll blog, plain Markdown and text): one file per talk, one per day, a daily journal
with several talks, an index file, a person's page, a template. The folder goes through
``confnotes import DIR`` into an empty notebook, as a user would do it; then every
non-blank line of every file must be found in some note's body as written (indentation
and all), or be metadata whose value the import recovered (a title, a speaker, a time, a
room, a session, a link, a tag, a front matter key kept with the note).

    .venv/bin/python benchmarks/notes_folders.py [--verbose] [--root DIR]

Prints, per folder, the lines kept of the lines written; exit status 1 unless every
folder is complete. ``--root DIR`` scores the folders under another directory (a set of
real people's folders kept outside the repository) instead of ours.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from confnotes.cli import main as cli
from confnotes.notebook.notebook import Notebook

FOLDERS = Path(__file__).resolve().parent.parent / "tests" / "data" / "importers" / "folders"
FIRST_RUN = {
    "hugo_dana": (51, 58),
    "logseq_ben": (46, 46),
    "obsidian_maya": (57, 65),
    "org_chen": (55, 59),
    "plain_eli": (44, 44),
    "days_noor": (39, 45),
    "readme_ravi": (79, 81),
    "days_kim": (50, 50),
}
"""(kept, written) per folder on the first run, before anything was fixed for them.
``days_noor`` and ``readme_ravi`` imitate conventions of real people's folders of notes
(a README naming the conference and linking one file per talk, by-lines and speaker
headings under titles, a second top heading for the questions, lettered talks, an Org
file without keywords, a file with no heading). ``days_kim`` imitates a second real set
(``Name - Title - Keynote`` headings, a bare heading over an unconference's talks, a
file of keynotes from one template, ``@title`` directives); its lines were all kept on
the first run, its facts were not (see ``tests/unit/test_import_real_notes2.py``)."""

_KEY_LINE_RE = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:#\+)?:?[\w -]{1,30}?(?::?\*\*|__)?\s*(?:::|:|=)\s*(?:\*\*)?"
    r"\s*(?P<value>.*)$"
)
"""``key: value``, ``key:: value``, ``key = value``, ``:KEY: value``, ``#+KEY: value``,
``**Key:** value``: a line that states a fact; its value is what must be recovered."""
_SYNTAX_LINES = frozenset({"---", "+++", "...", ":PROPERTIES:", ":END:"})
_WORD_RE = re.compile(r"\w+")


@dataclass
class FolderResult:
    """One folder: lines written, lines kept, the lines that were lost."""

    name: str
    written: int = 0
    kept: int = 0
    lost: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.kept == self.written


def _syntax(line: str) -> bool:
    """A line of markup alone: front matter fences, an Org drawer's ends, a heading's
    underline (``=====``)."""
    stripped = line.strip()
    return (
        stripped in _SYNTAX_LINES
        or (len(set(stripped)) == 1 and stripped[0] in "=-")
        or bool(_OPENER_RE.fullmatch(stripped))
    )


_OPENER_RE = re.compile(r"[\w-]{1,30}\s*[=:]\s*[\[{]")
"""``tags = [`` in TOML front matter: a key whose values follow, each on its line."""


def _words(text: str) -> set[str]:
    words = {w.casefold() for w in _WORD_RE.findall(text or "")}
    # "11th", "2nd", "1er": a day's number, which a date recovers as "11"
    return {_ORDINAL_RE.sub(r"\1", w) for w in words}


_ORDINAL_RE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er|e|º|ª)$")


def _when_words(value: object) -> set[str]:
    if isinstance(value, datetime):
        return _words(value.strftime("%Y %m %d %H %M %B %b %A %a %-d %-H"))
    if isinstance(value, date):
        return _words(value.strftime("%Y %m %d %B %b %A %a %-d"))
    return set()


def _extra_keys(nb: Notebook) -> set[str]:
    """Front matter keys the notes kept from the files they came from."""
    return {str(k).casefold() for talk in nb.talks.values() for k in talk.extra}


def _recovered(nb: Notebook) -> set[str]:
    """Every word the notebook holds as a fact rather than as body text."""
    out: set[str] = set()
    for conf in nb.conferences.values():
        out |= _words(conf.name) | _when_words(conf.start) | _when_words(conf.end)
        out |= _words(getattr(conf, "location", "") or "")
        out |= _words(getattr(conf, "description", "") or "")  # its front matter's, kept
        for session in conf.sessions:
            out |= _words(session.title) | _words(session.room or "")
    for talk in nb.talks.values():
        out |= _words(talk.title) | _words(talk.room or "") | _words(" ".join(talk.tags))
        out |= _words(talk.kind)  # "Panel: on-call health" is a panel titled "on-call health"
        out |= _when_words(talk.start) | _when_words(talk.end)
        day = talk.extra.get("day")
        if isinstance(day, str):
            with contextlib.suppress(ValueError):
                out |= _when_words(date.fromisoformat(day))
        for value in talk.extra.values():  # front matter keys kept with the note
            out |= _words(str(value))
        for person_id in talk.speakers:
            person = nb.people.get(person_id)
            if person is not None:
                out |= _words(person.name)
                for aff in person.affiliations:
                    out |= _words(aff)
        for link in talk.links:
            out |= _words(link.url) | _words(link.label or "")
    return out


def score_folder(folder: Path) -> FolderResult:
    """Import ``folder`` (or one file) into an empty notebook and check every line of
    every file."""
    result = FolderResult(folder.name)
    with tempfile.TemporaryDirectory() as tmp:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            cli(["--notebook", str(Path(tmp) / "nb"), "import", str(folder)])
        nb = Notebook.open(Path(tmp) / "nb")
        bodies = [t.body for t in nb.talks.values()]
        recovered = _recovered(nb)
        kept_keys = _extra_keys(nb)
    files = [folder] if folder.is_file() else sorted(p for p in folder.rglob("*") if p.is_file())
    for path in files:
        where = path.name if path == folder else path.relative_to(folder)
        for raw in path.read_text(encoding="utf-8").split("\n"):
            line = raw.rstrip("\r")
            if not line.strip():
                continue
            result.written += 1
            if _syntax(line) or any(line in body for body in bodies):
                result.kept += 1
                continue
            m = _KEY_LINE_RE.match(line)
            value = m.group("value") if m else line
            if _words(value) and _words(value) <= recovered:
                result.kept += 1
                continue
            key = m.group(0)[: m.start("value")].strip(" -*+:=#").casefold() if m else ""
            if key and not _words(value) and key in kept_keys:
                result.kept += 1  # an empty key of a template, kept as it was
                continue
            result.lost.append(f"{where}: {line.strip()}")
    return result


def evaluate(root: Path = FOLDERS) -> list[FolderResult]:
    """Every folder under ``root``, in name order, then every file beside them (a
    person's notes in one file) but the labels of a measuring set (``*.expected.yaml``)."""
    entries = sorted(root.iterdir())
    folders = [p for p in entries if p.is_dir()]
    files = [p for p in entries if p.is_file() and not p.name.endswith(".expected.yaml")]
    return [score_folder(p) for p in folders + files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every lost line")
    parser.add_argument("--root", type=Path, default=FOLDERS, help="a folder of folders")
    args = parser.parse_args(argv)
    results = evaluate(args.root)
    print(f"{'folder':<24} {'kept':>6} {'written':>8} {'share':>7}  first run")
    for r in results:
        kept, written = FIRST_RUN.get(r.name, (0, 0))
        first = f"{kept / written:.1%}" if written else "-"
        print(f"{r.name:<24} {r.kept:>6} {r.written:>8} {r.kept / r.written:>7.1%}  {first}")
        for line in r.lost if args.verbose else r.lost[:3]:
            print(f"    lost: {line}")
    kept = sum(r.kept for r in results)
    written = sum(r.written for r in results)
    complete = sum(r.complete for r in results)
    print(f"{'all':<24} {kept:>6} {written:>8} {kept / written:>7.1%}")
    print(f"complete folders: {complete} of {len(results)}")
    return 0 if complete == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
