"""Property: random sequences of typing, saves, outside changes and conflict choices never
lose a line typed in the editor nor one written by the other program (DESIGN §1b).

Drives :class:`NoteSaver` the way the editor does (the Pilot tests in
tests/tui/test_conflict_rule.py cover the dialog itself). Neither side ever deletes
text here, so every token written by either side must be on disk at the end: in the
note, or in a recovery copy; and after the copies are restored, in the note.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore, restored_text

TALK = "conf/talk"
START = "---\ntitle: A talk\nkind: oral\n---\nfirst line\nsecond line\n"

steps = st.lists(
    st.one_of(
        st.tuples(st.just("type"), st.integers(0, 20), st.booleans()),
        st.tuples(st.just("save"), st.just(0), st.just(False)),
        st.tuples(st.just("outside"), st.integers(0, 20), st.booleans()),
        st.tuples(st.just("star_outside"), st.just(0), st.just(False)),
        st.tuples(st.sampled_from(["mine", "theirs", "both"]), st.just(0), st.just(False)),
    ),
    max_size=14,
)


def _add(text: str, token: str, at: int, new_line: bool) -> str:
    """Add ``token`` to the body: as a new line, or at the end of an existing line."""
    lines = text.split("\n")
    i = at % len(lines)
    if new_line:
        lines.insert(i, token)
    else:
        lines[i] = f"{lines[i]} {token}".strip()
    return "\n".join(lines)


def _outside(path: Path, token: str, at: int, new_line: bool) -> None:
    head, body = path.read_text(encoding="utf-8").split("---\n", 2)[1:]
    path.write_text(f"---\n{head}---\n{_add(body, token, at, new_line)}", encoding="utf-8")


def _everything(root: Path) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.md"))]
    return "\n".join(texts)


@settings(max_examples=60, deadline=None)
@given(steps)
def test_no_token_of_either_side_is_ever_lost(sequence: list[tuple[str, int, bool]]) -> None:
    root = Path(tempfile.mkdtemp()) / "nb"
    try:
        (root / "conf").mkdir(parents=True)
        (root / "conf" / "conference.yaml").write_text("name: Conf\n", encoding="utf-8")
        path = root / "conf" / "talk.md"
        path.write_text(START, encoding="utf-8")
        nb = Notebook.open(root)
        store = RecoveryStore(nb, session="run-1")
        saver = NoteSaver(nb, store)
        text = base = nb.talks[TALK].body
        tokens: list[str] = []
        starred = False
        for n, (step, at, new_line) in enumerate(sequence):
            if step == "type":
                token = f"MINE{n}"
                tokens.append(token)
                text = _add(text, token, at, new_line)
            elif step == "outside":
                token = f"THEIRS{n}"
                tokens.append(token)
                _outside(path, token, at, new_line)
            elif step == "star_outside":
                content = path.read_text(encoding="utf-8")
                if "starred: true" not in content:
                    path.write_text(content.replace("kind: oral\n", "kind: oral\nstarred: true\n"))
                starred = True
            elif step == "save":
                result = saver.save(TALK, text)
                if result.status in ("saved", "unchanged"):
                    base = text
            elif saver.check_disk(TALK).changed:
                resolution = saver.resolve(TALK, text, base, step)  # type: ignore[arg-type]
                assert resolution.status == "saved", resolution.message
                text = base = resolution.body
        # Quitting: unsaved text is saved, or kept aside when the file changed meanwhile.
        if text != base:
            result = saver.save(TALK, text)
            assert result.status in ("saved", "unchanged") or result.recovery is not None
        on_disk = _everything(root)
        missing = [t for t in tokens if t not in on_disk]
        assert not missing, f"lost {missing}"
        # The next start restores every copy into the note: then the note alone has it all.
        later = Notebook.open(root)
        talk = later.talks[TALK]
        for copy in RecoveryStore(later, session="run-2").pending():
            talk.body = restored_text(copy, talk.body)
        note_now = talk.body
        missing = [t for t in tokens if t not in note_now]
        assert not missing, f"not in the note after restoring: {missing}"
        if starred:
            assert later.talks[TALK].starred
    finally:
        shutil.rmtree(root.parent, ignore_errors=True)
