"""Soak: three clones, 200 random edits each, synced in random order; nothing is lost."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.sync.teamgit import Team

EDITS = 200
SYNC_EVERY = 8


class Writer:
    """One clone's user, typing unique lines so each can be looked for at the end."""

    def __init__(self, name: str, root: Path, rng: random.Random):
        self.name, self.root, self.rng = name, root, rng
        self.count = 0

    def token(self) -> str:
        self.count += 1
        return f"{self.name}-{self.count:04d}"

    def notes(self) -> list[Path]:
        return sorted((self.root / "conf").glob("*.md"))

    def edit(self, written: set[str], replaced: set[str]) -> None:
        """One random edit: a new line somewhere, a changed line, a star, a tag, a new note."""
        roll = self.rng.random()
        if roll < 0.08:
            token = self.token()
            path = self.root / "conf" / f"note-{token.lower()}.md"
            path.write_text(f"---\ntitle: {token}\n---\n{token} first line\n", encoding="utf-8")
            written.add(token)
            return
        path = self.rng.choice(self.notes())
        text = path.read_text(encoding="utf-8")
        head, sep, body = text.partition("\n---\n")
        lines = body.splitlines(keepends=True)
        if roll < 0.16:
            flag = "starred: true" if "starred: true" not in head else "starred: false"
            head = "\n".join(x for x in head.split("\n") if not x.startswith("starred:"))
            path.write_text(f"{head}\n{flag}{sep}{body}", encoding="utf-8")
            return
        if roll < 0.22:
            token = self.token()
            head = head.replace("\ntags:\n", "\ntags:\n") + f"\ntags_{token.replace('-', '_')}: x"
            path.write_text(f"{head}{sep}{body}", encoding="utf-8")
            return
        token = self.token()
        owned = [i for i, line in enumerate(lines) if line.startswith(f"{self.name}-")]
        if roll < 0.40 and owned:
            i = self.rng.choice(owned)
            replaced.add(lines[i].split()[0])
            lines[i] = f"{token} replaced a line\n"
        else:
            at = self.rng.randint(0, len(lines))
            lines.insert(at, f"{token} typed\n")
        written.add(token)
        path.write_text(head + sep + "".join(lines), encoding="utf-8")


@pytest.mark.slow
def test_three_clones_two_hundred_edits_each_converge_and_keep_every_line(
    team3: Team,
) -> None:
    rng = random.Random(1234)
    writers = [Writer(n, root, rng) for n, root in zip("abc", team3.clones, strict=True)]
    written: set[str] = set()
    replaced: set[str] = set()
    remaining = {w.name: EDITS for w in writers}
    while any(remaining.values()):
        writer = rng.choice([w for w in writers if remaining[w.name]])
        for _ in range(min(SYNC_EVERY, remaining[writer.name])):
            writer.edit(written, replaced)
            remaining[writer.name] -= 1
        team3.sync(writer.root, writer.name.upper())
    for _round in range(2):
        for writer in writers:
            team3.sync(writer.root, writer.name.upper())
    final = [team3.files(root) for root in team3.clones]
    assert final[0] == final[1] == final[2]
    everything = "\n".join(final[0].values())
    lost = sorted(t for t in written - replaced if t not in everything)
    assert lost == []
