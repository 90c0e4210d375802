"""The conflict dialog's choices on a key both sides changed: the chosen side's value in
the front matter, the other's beside it between markers, and nothing dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.model import revised
from confnotes.notebook.autosave import NoteSaver
from confnotes.notebook.notebook import Notebook
from confnotes.notebook.recovery import RecoveryStore

TALK = "conf/talk"
START = "---\ntitle: A talk\nkind: oral\n---\nfirst line\n"


@pytest.fixture
def nb(tmp_path: Path) -> Notebook:
    root = tmp_path / "nb"
    (root / "conf").mkdir(parents=True)
    (root / "conf" / "conference.yaml").write_text("name: Conf\n", encoding="utf-8")
    (root / "conf" / "talk.md").write_text(START, encoding="utf-8")
    return Notebook.open(root)


def conflict(nb: Notebook) -> tuple[NoteSaver, str]:
    """The app renames the talk and stars it; another program renames it too and adds a
    line; the user has typed a line of their own."""
    base = nb.talks[TALK].body
    talk = revised(nb.talks[TALK])
    talk.title = "App title"
    talk.starred = True
    nb.talks[TALK] = talk
    path = nb.root / "conf" / "talk.md"
    path.write_text(
        "---\ntitle: Disk title\nkind: oral\n---\nfirst line\ndisk line\n", encoding="utf-8"
    )
    return NoteSaver(nb, RecoveryStore(nb, session="run-1")), base


@pytest.mark.parametrize(
    ("choice", "title", "other"),
    [("mine", "App title", "Disk title"), ("theirs", "Disk title", "App title")],
)
def test_the_chosen_side_names_the_talk_and_the_other_title_stays_in_the_note(
    nb: Notebook, choice: str, title: str, other: str
) -> None:
    saver, base = conflict(nb)
    result = saver.resolve(TALK, base + "my line\n", base, choice)  # type: ignore[arg-type]
    assert result.status == "saved", result.message
    after = Notebook.open(nb.root).talks[TALK]
    assert after.title == title
    assert f"title: {other}" in after.body  # between conflict markers, not dropped
    assert after.starred  # a key only the app changed is kept whichever side is chosen
    kept = result.kept.read_text(encoding="utf-8") if result.kept else ""
    everything = after.body + kept
    assert "my line" in everything and "disk line" in everything
