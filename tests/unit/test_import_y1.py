"""A folder's index page and the per-talk files it links, in every common link form.

Fixtures are our own: a DocC catalogue (``<doc:Kebab-Name>`` links, ``@Metadata``
directives, the speaker alone on the line under the title), an index of wikilinks
named after the event, Jekyll's ``{% link %}`` and Hugo's ``{{< ref >}}`` tags.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.importers import doctree
from confnotes.importers.link_targets import (
    by_name_key,
    is_page_reference,
    linked_file,
    slug_words,
    target_name,
)
from tests.unit.folder_fixtures import read_files, talk_speakers

DOCC_INDEX = """# 2031 Fjord Mobile Days

@Metadata {
    @PageImage(purpose: icon, source: "fjord-icon")
}

March 3–4, Tromsø

## Topics

### Talks

- <doc:Quiet-Queues-in-Practice>
- <doc:Layouts-Without-Tears>
- <doc:Testing-the-Untestable>
- <doc:Offline-First,-Really>

### Workshops

- <doc:Build-a-Tiny-Compiler>
- <doc:Sketching-with-Shaders>
"""

DOCC_TALK = """# {title}

@Metadata {{
    @TitleHeading("{kind}")
}}

{speaker}

## Abstract

{abstract}

## Key Takeaways

-
"""


def _docc(kind: str, title: str, speaker: str, abstract: str) -> str:
    return DOCC_TALK.format(kind=kind, title=title, speaker=speaker, abstract=abstract)


@pytest.fixture
def docc_folder(tmp_path: Path) -> dict:
    return read_files(
        tmp_path,
        {
            "2031 Fjord Mobile Days.md": DOCC_INDEX,
            "Quiet Queues in Practice.md": _docc(
                "Talk",
                "Quiet Queues in Practice: Lessons from a Ferry App",
                "Ingrid Solheim",
                "How a booking app kept its queue calm at peak hours.",
            ),
            "Layouts Without Tears.md": _docc(
                "Talk", "Layouts Without Tears", "Tomasz Wieczorek", "Grids that bend."
            ),
            "Build a Tiny Compiler.md": _docc(
                "Workshop",
                "Build a Tiny (Toy) Compiler",
                "Aiko Tanabe",
                "Bring a laptop; we write a parser together.",
            ),
        },
    )


def test_docc_index_links_resolve_to_files_and_take_their_speakers(docc_folder: dict) -> None:
    talks = talk_speakers(docc_folder)
    assert talks["Quiet Queues in Practice: Lessons from a Ferry App"] == ["Ingrid Solheim"]
    assert talks["Layouts Without Tears"] == ["Tomasz Wieczorek"]
    assert talks["Build a Tiny (Toy) Compiler"] == ["Aiko Tanabe"]


def test_docc_index_entries_without_file_are_talks_titled_by_their_link(docc_folder: dict) -> None:
    talks = talk_speakers(docc_folder)
    assert talks["Testing the Untestable"] == []
    assert talks["Offline First, Really"] == []
    assert talks["Sketching with Shaders"] == []
    assert not any(t.startswith("doc:") or "-" in t.split()[0] for t in talks)


def test_docc_index_page_is_no_talk_and_names_the_conference(docc_folder: dict) -> None:
    index = docc_folder["2031 Fjord Mobile Days.md"]
    assert all(t.kind == "other" for t in index.talks if t.title == "2031 Fjord Mobile Days")
    assert "2031 Fjord Mobile Days" not in talk_speakers(docc_folder)
    assert {p.name for p in docc_folder.values()} == {"2031 Fjord Mobile Days"}


def test_docc_index_workshops_heading_tags_its_talks(docc_folder: dict) -> None:
    talks = {t.title: t for p in docc_folder.values() for t in p.talks}
    assert "workshop" in talks["Sketching with Shaders"].tags
    assert "workshop" in talks["Build a Tiny (Toy) Compiler"].tags  # joined from its entry
    assert "workshop" not in talks["Layouts Without Tears"].tags


def test_wikilink_index_named_after_the_event(tmp_path: Path) -> None:
    """German notes: the index is ``Herbsttagung 2030.md``, not ``README.md``."""
    read = read_files(
        tmp_path,
        {
            "Herbsttagung 2030.md": "# Herbsttagung 2030\n\n"
            "- [[Leise Warteschlangen]]\n- [[Daten ohne Drama]]\n- [[Ein Abend mit Rust]]\n",
            "Leise Warteschlangen.md": "# Leise Warteschlangen\n\nGreta Lindqvist\n\n"
            "- Warteschlangen entkoppeln Dienste\n- Rückstau sichtbar machen\n",
            "Daten ohne Drama.md": "# Daten ohne Drama\n\nHenrik Paulsen\n\n"
            "- Schemata versionieren\n- Migrationen klein halten\n",
        },
    )
    talks = talk_speakers(read)
    assert talks["Leise Warteschlangen"] == ["Greta Lindqvist"]
    assert talks["Daten ohne Drama"] == ["Henrik Paulsen"]
    assert talks["Ein Abend mit Rust"] == []
    assert "Herbsttagung 2030" not in talks


@pytest.mark.parametrize(
    ("entry", "target"),
    [
        ("[Quiet queues]({% link _talks/quiet-queues.md %})", "quiet-queues"),
        ('[Quiet queues]({{< ref "quiet-queues.md" >}})', "quiet-queues"),
        ('[Quiet queues]({{< relref "/talks/quiet-queues" >}})', "quiet-queues"),
        ("[Quiet queues]({% post_url 2030-10-02-quiet-queues %})", "2030-10-02-quiet-queues"),
    ],
)
def test_site_generator_link_tags_name_their_page(entry: str, target: str) -> None:
    doc = doctree.parse(f"# Event 2030\n\n- {entry} by Ana Ruiz\n")
    marks = [m for n in doc.root.walk() for m in n.marks if m.kind == "link"]
    assert [target_name(m.value) for m in marks] == [target]
    assert all(is_page_reference(m.value) for m in marks)


def test_jekyll_link_index_joins_its_files(tmp_path: Path) -> None:
    read = read_files(
        tmp_path,
        {
            "schedule.md": "# Harbour Dev Day 2030\n\n"
            "- [Quiet queues]({% link _talks/quiet-queues.md %})\n"
            "- [Layouts that bend]({% link _talks/layouts-that-bend.md %})\n",
            "quiet-queues.md": "# Quiet queues\n\nGreta Lindqvist\n\n- decouple services\n",
            "layouts-that-bend.md": "# Layouts that bend\n\nHenrik Paulsen\n\n- grids\n",
        },
    )
    talks = talk_speakers(read)
    assert talks == {
        "Quiet queues": ["Greta Lindqvist"],
        "Layouts that bend": ["Henrik Paulsen"],
    }


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("doc:Swift's-Little-Tricks", "Swift's-Little-Tricks"),
        ("doc://Notes/documentation/Notes/Quiet-Queues", "Quiet-Queues"),
        ("talks/quiet-queues.md#notes", "quiet-queues"),
        ("./quiet%20queues.html", "quiet queues"),
        ("Quiet Queues", "Quiet Queues"),
        ("https://example.org/quiet-queues", ""),
        ("#quiet-queues", ""),
        ("slides/quiet-queues.pdf", ""),
    ],
)
def test_target_name_in_every_link_form(url: str, name: str) -> None:
    assert target_name(url) == name


def test_linked_file_matches_names_whatever_their_separators() -> None:
    named = by_name_key(["/n/Swift's Little Tricks.md", "/n/quiet_queues.md", "/a/x.md", "/b/x.md"])
    assert linked_file("doc:Swift's-Little-Tricks", named) == "/n/Swift's Little Tricks.md"
    assert linked_file("Quiet-Queues.md", named) == "/n/quiet_queues.md"
    assert linked_file("x.md", named) == ""  # two files of that name: neither


def test_slug_words_only_for_a_link_whose_text_is_its_address() -> None:
    assert slug_words("doc:Offline-First,-Really") == "Offline First, Really"
    assert slug_words("Offline-first sync") == "Offline-first sync"


def test_docc_directives_are_no_speaker_line(tmp_path: Path) -> None:
    """Without an index: the name under the title, past the directive block, in two files."""
    read = read_files(
        tmp_path,
        {
            "Quiet Queues.md": _docc("Talk", "Quiet Queues", "Ingrid Solheim", "Calm queues."),
            "Layouts.md": _docc("Talk", "Layouts", "Tomasz Wieczorek", "Grids."),
        },
    )
    assert talk_speakers(read) == {
        "Quiet Queues": ["Ingrid Solheim"],
        "Layouts": ["Tomasz Wieczorek"],
    }


def test_notes_file_with_a_few_related_links_stays_a_talk(tmp_path: Path) -> None:
    """Links among notes (``see also``) make no index: most of its lines are notes."""
    read = read_files(
        tmp_path,
        {
            "Quiet Queues.md": "# Quiet Queues\n\nIngrid Solheim\n\n- queues calm bursts\n"
            "- back-pressure is a feature\n- measure the wait, not the length\n"
            "- see also:\n- [[Layouts]]\n- [[Offline]]\n",
            "Layouts.md": "# Layouts\n\nTomasz Wieczorek\n\n- grids bend\n",
            "Offline.md": "# Offline\n\nAiko Tanabe\n\n- sync later\n",
        },
    )
    talks = talk_speakers(read)
    assert talks["Quiet Queues"] == ["Ingrid Solheim"]
    assert set(talks) == {"Quiet Queues", "Layouts", "Offline"}
