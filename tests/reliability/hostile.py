"""Hostile and broken notebook files, shared by the reliability tests.

Each entry is a file a user could really end up with (a tool writing UTF-16, a
Windows editor, a note pasted from a terminal, a shared notebook from someone
who means harm). All are generated here; none is copied from elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path


def alias_bomb(levels: int = 8, width: int = 8) -> str:
    """Front matter whose aliases expand to ``width ** levels`` values (64 aliases: 16 M)."""
    lines = ["bomb:", f"  a0: &a0 [{', '.join(['lol'] * width)}]"]
    for i in range(1, levels):
        lines.append(f"  a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]")
    return "\n".join(lines) + "\ntitle: Bomb\n"


def marker_tag(marker: Path) -> str:
    """A ``!!python/object`` tag that would create ``marker`` if YAML ran code."""
    return (
        f"title: !!python/object/apply:os.system ['touch {marker}']\n"
        f"author: !!python/object/apply:builtins.open ['{marker}', 'w']\n"
    )


FRONT_MATTER: dict[str, bytes] = {
    "unclosed": b"---\ntitle: Never closed\nkind: oral\n\nMy notes.\n",
    "tabs": b"---\ntitle: Tabs\nlinks:\n\t- url: https://example.org\n---\nBody.\n",
    "list": b"---\n- title\n- kind\n---\nBody.\n",
    "scalar": b"---\njust a sentence\n---\nBody.\n",
    "duplicate": b"---\ntitle: First\nkind: oral\ntitle: Second\n---\nBody.\n",
    "bomb": f"---\n{alias_bomb()}---\nBody.\n".encode(),
    "deep-flow": b"---\nx: " + b"[" * 60_000 + b"\n---\nBody.\n",
    "deep-block": b"---\nx:\n" + b"".join(b" " * i + b"- \n" for i in range(1, 300)) + b"---\n",
    "huge": b"---\n" + b"k: " + b"v" * 5_000_000 + b"\n---\nBody.\n",
    "coerced": b"---\ntitle: no\nversion: 1.10\nroom: 012\nstarred: yes\n---\nBody.\n",
    "not-yaml": b"---\ntitle: [unclosed\n  : : :\n---\nBody.\n",
    "control": b"---\ntitle: bell \x07 here\n---\nBody.\n",
    "dots": b"---\ntitle: Closed with dots\n...\nBody.\n",
    "spaced": b"---   \ntitle: Spaces after the dashes\n---  \nBody.\n",
    "key-not-text": b"---\n? [a, b]\n: 1\n---\nBody.\n",
    "recursive": b"---\nloop: &a [*a]\ntitle: x\n---\nBody.\n",
}
"""Notes with broken or hostile front matter, by name (each also has a body)."""


ENCODINGS: dict[str, bytes] = {
    "binary": bytes(range(256)) * 8,
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
    "utf16-bom": "---\ntitle: Sixteen\n---\nCafé ☕ notes\n".encode("utf-16"),
    "utf16be-bom": "---\ntitle: Big end\n---\nnotes\n".encode("utf-16-be").join([b"\xfe\xff", b""]),
    "utf16le-nobom": "---\ntitle: No BOM\n---\nplain ASCII notes here\n".encode("utf-16-le"),
    "utf8-bom": "\ufeff---\ntitle: BOM\n---\nbody ü\n".encode(),
    "nul": b"---\ntitle: Stray NUL\n---\nbefore\x00after\n",
    "crlf": b"---\r\ntitle: Windows\r\n---\r\nline one\r\nline two\r\n",
    "mixed": b"---\r\ntitle: Mixed\n---\r\none\ntwo\r\nthree\rfour\n",
    "cr-only": b"---\rtitle: Classic Mac\r---\rbody\r",
    "latin1": "---\ntitle: Café\n---\nnaïve\n".encode("latin-1"),
    "invalid-utf8": b"---\ntitle: bad \xc3\x28 byte\n---\nbody\n",
    "empty": b"",
    "only-dashes": b"---\n",
    "lone-surrogate": b"---\ntitle: x\n---\n\xed\xa0\x80\n",
}
"""Notes in odd encodings and line endings, by name."""


def write_hostile_notebook(root: Path, *, fifo: bool = True) -> dict[Path, bytes]:
    """A notebook full of hostile files; returns every regular file's bytes for later checks."""
    conf = root / "hostile"
    conf.mkdir(parents=True)
    (conf / "conference.yaml").write_text("name: Hostile\ntimezone: Europe/Lisbon\n")
    for name, data in {**FRONT_MATTER, **ENCODINGS}.items():
        (conf / f"{name}.md").write_bytes(data)
    people = root / "people"
    people.mkdir()
    for name in ("unclosed", "duplicate", "bomb", "utf16-bom", "binary", "mixed"):
        data = FRONT_MATTER.get(name) or ENCODINGS[name]
        (people / f"{name}.md").write_bytes(data)
    broken = root / "broken-conf"
    broken.mkdir()
    (broken / "conference.yaml").write_bytes(b"name: [\n\x00\xff")
    (broken / "talk.md").write_bytes(b"---\ntitle: Orphan\n---\n")
    listy = root / "list-conf"
    listy.mkdir()
    (listy / "conference.yaml").write_bytes(b"- not\n- a mapping\n")
    bomb_conf = root / "bomb-conf"
    bomb_conf.mkdir()
    (bomb_conf / "conference.yaml").write_text(alias_bomb() + "name: Bomb\n")
    (root / "stray-file-at-root.md").write_bytes(b"\x00\x01")
    (conf / "folder-named-note.md").mkdir()
    if fifo:
        os.mkfifo(conf / "fifo.md")
    return snapshot(root)


def snapshot(root: Path) -> dict[Path, bytes]:
    """Every user file under ``root`` with its bytes (not FIFOs, folders or ``.confnotes/``)."""
    return {
        p: p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".confnotes" not in p.relative_to(root).parts
    }
