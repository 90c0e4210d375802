"""A person's folder of notes of one conference (issue 33, stop 53): posts titled by one
template around a quoted title, a title underlined with ``===`` over level-1 parts, a
shared session's speakers at the head of its parts, a ``Title -- Subtitle`` heading beside
``Speaker:`` by-lines, a day post's ``jour 1/3``."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.headings import title_name
from tests.unit.folder_fixtures import read_files, talk_speakers


def _post(title: str, text: str) -> str:
    return f'---\nlayout: post\ntitle: "{title}"\n---\n\n{text}\n\n## Notes\n\n* a point\n'


def test_posts_titled_by_one_template_around_a_quoted_title(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "posts",
        {
            "a.md": _post(
                "Kelp Days 2031: my notes on the talk 'Slow Tests' from Ana Ruiz",
                "Ana María Ruiz spoke about slow tests.",
            ),
            "b.md": _post(
                "Kelp Days 2031: my notes on the talk 'Loud Logs' from Bo Li and Eva Sato",
                "Two speakers.",
            ),
            "c.md": _post("Kelp Days 2031: my notes on the talk 'l'index, encore'", "No one."),
        },
    )
    assert talk_speakers(read) == {
        "Slow Tests": ["Ana María Ruiz"],
        "Loud Logs": ["Bo Li", "Eva Sato"],
        "l'index, encore": [],
    }
    assert {p.name for p in read.values()} == {"Kelp Days 2031"}


def test_one_quoted_title_is_no_template(tmp_path: Path) -> None:
    """A post quoting a phrase, its siblings not: its title stays as written."""
    read = read_files(
        tmp_path / "posts",
        {
            "a.md": _post("Why 'move fast' Broke Us", "Prose."),
            "b.md": _post("Caching Revisited", "Prose."),
        },
    )
    assert "Why 'move fast' Broke Us" in talk_speakers(read)


def test_setext_titles_over_level_one_parts_and_part_speakers(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "notes",
        {
            "pools.md": "Pools, Gently\n=============\n\n# Why\n\n- reuse\n\n# How\n\n- slabs\n",
            "mod.md": "Modules Today\n=============\n\nSpeaker: Rosa Delgado\n\n# Leaves\n\n- x\n",
            "err.md": "Errors as Values\n================\n\nSpeaker: Omar Haddad\n\n# Edge\n",
            "panel.md": (
                "Is Sharing Hard?\n================\n\n# First speaker: Hanna Kowalski\n\n"
                "- measure\n\n# Second speaker: Tomas Lindgren - buffers\n\n- rings\n"
            ),
            "build.md": "Naked Builds -- Faster Weekly\n=============================\n\n"
            "## Where\n\n- headers\n",
        },
    )
    assert talk_speakers(read) == {
        "Pools, Gently": [],
        "Modules Today": ["Rosa Delgado"],
        "Errors as Values": ["Omar Haddad"],
        "Is Sharing Hard?": ["Hanna Kowalski", "Tomas Lindgren"],
        "Naked Builds -- Faster Weekly": [],
    }


def test_a_day_of_a_count_of_days_is_no_part_of_the_name() -> None:
    assert title_name("Brume Fest 2030 jour 1/3", 2030) == "Brume Fest 2030"
    assert title_name("Brume Fest 2030 - Day 2 of 3", 2030) == "Brume Fest 2030"


def test_a_template_title_keeps_its_heading_and_names_no_place(tmp_path: Path) -> None:
    """The heading a quoted title is read out of stays in the note, whole; the words after
    the quotes name a speaker only after a by-word (``at Red Hat`` is where, not who)."""
    read = read_files(
        tmp_path / "frames",
        {
            "a.md": "# TideCamp 2031: notes from the talk 'Deep Tides' at Red Hat\n\nDeep.\n",
            "b.md": "# TideCamp 2031: notes from the talk 'Loud Logs' by Bo Li\n\nLoud.\n",
            "c.md": "# TideCamp 2031: notes from the talk 'Slow Tests' on Day Two\n\nSlow.\n",
        },
    )
    assert talk_speakers(read) == {"Deep Tides": [], "Loud Logs": ["Bo Li"], "Slow Tests": []}
    bodies = {t.title: t.body for p in read.values() for t in p.talks}
    assert "notes from the talk 'Deep Tides' at Red Hat" in bodies["Deep Tides"]
    assert "notes from the talk 'Slow Tests' on Day Two" in bodies["Slow Tests"]


def test_a_part_heading_ending_in_by_names_no_speaker(tmp_path: Path) -> None:
    """Files signed ``**By Name**`` share the label ``by``; a part ``## Inspired by: Name``
    of another file is the writer's reference, not that talk's speakers."""
    read = read_files(
        tmp_path / "by",
        {
            "a.md": "# Deep Tides\n\n**By Ana Ruiz**\n\nNotes.\n",
            "b.md": "# Loud Logs\n\n**By Bo Li**\n\nNotes.\n",
            "c.md": "# Slow Charts\n\n## Inspired by: Edward Tufte\n\nx\n\n"
            "## Reviewed by: Kim Lee\n\ny\n",
        },
    )
    assert talk_speakers(read)["Slow Charts"] == []
