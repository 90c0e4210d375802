"""One odd file never stops the notebook from opening.

Whatever a parser or a value conversion raises for one file (a bug of ours or of a
library, not only our own errors) is reported against that file; every other note
opens, and the odd one stays visible as text, rewritten only when the user edits it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.notebook import records
from confnotes.notebook.notebook import Notebook

KEYNOTE = "relml-2025/calibration-is-not-enough"


def test_an_unexpected_error_in_one_note_is_reported_and_the_rest_opens(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = records.talk_from_data

    def flaky(data, body, talk_id, *args, **kwargs):  # type: ignore[no-untyped-def]
        if talk_id == KEYNOTE:
            raise OverflowError("a value no one expected")
        return real(data, body, talk_id, *args, **kwargs)

    monkeypatch.setattr(records, "talk_from_data", flaky)
    path = demo / f"{KEYNOTE}.md"
    before = path.read_bytes()
    nb = Notebook.open(demo)
    assert len(nb.talks) == 6  # the other five, and the odd one as text
    odd = nb.talks[KEYNOTE]
    assert odd.extra.get("_unreadable") and "Main points" in odd.body
    problem = next(p for p in nb.problems if p.path == path)
    assert "OverflowError" in problem.message
    assert nb.save_talk(odd) is False  # untouched: not rewritten
    assert path.read_bytes() == before
    odd.body += "typed\n"  # an edit saves the text as the user sees it, front matter included
    nb.save_talk(odd)
    assert path.read_bytes() == before + b"typed\n"


def test_an_unexpected_error_in_a_person_or_conference_file_is_reported(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RecursionError("deep")

    monkeypatch.setattr(records, "person_from_data", boom)
    monkeypatch.setattr(records, "conference_from_data", boom)
    nb = Notebook.open(demo)
    assert len(nb.talks) == 6 and nb.people == {}
    assert "relml-2025" in nb.conferences  # a placeholder keeps its notes listed
    assert sum("RecursionError" in p.message for p in nb.problems) >= 2
