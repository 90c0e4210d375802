"""``confnotes new``: a note for what is not on the programme, found like any talk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.notebook.notebook import Notebook


def _new(capsys: pytest.CaptureFixture[str], notebook: Path, *args: str) -> str:
    assert main(["new", "--notebook", str(notebook), *args]) == 0
    return capsys.readouterr().out.strip()


def test_new_note_goes_into_the_running_conference(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    talk_id = _new(
        capsys,
        demo,
        "Chat about abstention costs",
        "--at",
        "2025-06-12 10:50",
        "--kind",
        "hallway",
        "--with",
        "Amara Okafor",
        "--with",
        "Zé Novo",
    )
    assert talk_id == "relml-2025/chat-about-abstention-costs"
    nb = Notebook.open(demo)
    talk = nb.talk(talk_id)
    assert talk.start is not None and talk.start.isoformat() == "2025-06-12T10:50:00"
    assert talk.kind == "social" and "hallway" in talk.tags
    assert talk.speakers[0] == "amara-okafor"  # an existing person, not a copy
    new_person = nb.people[talk.speakers[1]]
    assert new_person.name == "Zé Novo"
    assert talk_id in [t.id for t in nb.talks_by(new_person.id)]
    # it is a talk like any other: the JSON export and search have it
    assert main(["export", "--notebook", str(demo), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(t["id"] == talk_id for t in data["talks"])
    assert main(["search", "--notebook", str(demo), "abstention costs", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["talk"] == talk_id


def test_new_note_outside_any_conference_makes_a_day_conference(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _new(capsys, demo, "Meetup on evals", "--at", "2025-07-01 18:30", "--kind", "bof")
    second = _new(capsys, demo, "Meetup on evals", "--at", "2025-07-01 19:30")
    assert first == "notes-2025-07-01/meetup-on-evals"
    assert second.startswith("notes-2025-07-01/") and second != first
    nb = Notebook.open(demo)
    conf = nb.conference("notes-2025-07-01")
    assert conf.start is not None and conf.start.isoformat() == "2025-07-01"
    assert (demo / "notes-2025-07-01" / "conference.yaml").is_file()


def test_new_note_bad_input_exits_2(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "--notebook", str(demo), "   "]) == 2
    assert "title" in capsys.readouterr().err
    assert main(["new", "--notebook", str(demo), "x", "--conference", "nope"]) == 2
    assert main(["new", "--notebook", str(demo), "x", "--at", "tomorrow"]) == 2
