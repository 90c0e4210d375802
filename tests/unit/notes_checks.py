"""What the tests of people's notes files ask of an import: its talks and speakers, and
every line of the notes kept in some note's body (or read as a title)."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def read(text: str, name: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), name)


def talks_of(p: Programme) -> dict[str, list[str]]:
    return {t.title: [s.name for s in t.speakers] for t in p.talks if t.kind != "other"}


def kept(p: Programme, text: str) -> None:
    """Every line of the notes is in some note's body, or is a title read as such (the
    front matter is the note's facts, not its text)."""
    bodies = "\n".join(t.body for t in p.talks)
    titles = {t.title for t in p.talks} | {x.title for x in p.sessions} | {p.name}
    lines = text.splitlines()
    if lines and lines[0] == "---":
        lines = lines[lines.index("---", 1) + 1 :]
    for line in lines:
        words = line.strip().lstrip("# ").strip()
        assert not words or line.strip() in bodies or words in titles or line in bodies, line
