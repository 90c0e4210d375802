"""A person's folder of notes read by the conventions its files agree on (issue 33): the
same by-line in several files, speakers' pages linked, files named by ordered slugs, an
index naming the event in a sentence; a name mentioned in passing is nobody's talk."""

from __future__ import annotations

from pathlib import Path

from tests.unit.folder_fixtures import read_files, talk_speakers


def test_a_by_line_the_folder_agrees_on_names_each_files_speaker(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "summit",
        {
            "moss.md": "# Moss on Old Servers\n\nnotes\n\nTalk given by Petra Halvorsen | slides\n",
            "kites.md": "# Kites and Retries\n\n- back off\n\nTalk given by Luis Ortega (Ventisca)",
            "ferns.md": (
                "# Ferns\n\n- a linter by Anouk Visser helps\n\n"
                "Talk given by [@fernfan](https://x.example)\n"
            ),
        },
    )
    talks = talk_speakers(read)
    assert talks["Moss on Old Servers"] == ["Petra Halvorsen"]
    assert talks["Kites and Retries"] == ["Luis Ortega"]
    assert talks["Ferns"] == []  # a handle alone names no one; a linter's author is no speaker


def test_a_by_line_only_one_file_has_is_no_convention(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "meetup",
        {
            "one.md": "# Shipping Quietly\n\n- small diffs\n\nReviewed by Hedda Lund\n",
            "two.md": "# Flags Forever\n\n- remove them\n",
        },
    )
    assert talk_speakers(read)["Shipping Quietly"] == []


def test_speaker_headings_make_each_file_one_talk(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "notes",
        {
            "a.md": "# Ropes\n\n## Presenter: Mina Kask - @mk\n\n- knots\n\n## Q&A\n\n- none\n",
            "b.md": "# Pulleys\n\n## Presenter: Jonas Frei (Seilwerk)\n\n- leverage\n",
        },
    )
    assert talk_speakers(read) == {"Ropes": ["Mina Kask"], "Pulleys": ["Jonas Frei"]}


def test_speaker_pages_linked_by_several_files_name_their_speakers(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "devdays",
        {
            "tea.md": "# Tea-Driven Design\n\nhttps://devdays.example/speaker/ElinMaurstad\n",
            "salt.md": "# Salted Hashes\n\nhttps://devdays.example/speakers/tarek-nasser.html\n",
            "rust.md": "# Rust Belt\n\nhttps://devdays.example/speakers/Kowalczyk.html\n",
        },
    )
    talks = talk_speakers(read)
    assert talks["Tea-Driven Design"] == ["Elin Maurstad"]
    assert talks["Salted Hashes"] == ["Tarek Nasser"]
    assert talks["Rust Belt"] == []  # a surname alone


def test_one_linked_page_is_no_convention(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "camp",
        {
            "x.md": "# Lists\n\nsee https://camp.example/people/AgnesMoor\n",
            "y.md": "# Trees\n\n- roots\n",
        },
    )
    assert talk_speakers(read)["Lists"] == []


def test_ordered_slugs_and_title_headings_title_the_talks(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "conf",
        {
            "01_morning-keynote.md": "- coffee was late\n- big announcements\n",
            "02_paper_cuts.md": "Aside: great venue.\n\n# Paper Cuts in the CLI\n\n- typos\n",
            "03_long_queues.md": "# Long Queues\n\n- patience\n",
        },
    )
    assert set(talk_speakers(read)) == {"Morning keynote", "Paper Cuts in the CLI", "Long Queues"}


def test_an_index_sentence_names_the_folders_event(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "my-notes",
        {
            "README.md": "What I saw at the 2031 Lakeside Data Forum, day by day.\n",
            "glaciers.md": "# Glacier Storage\n\n- cheap, slow\n",
            "rivers.md": "# River Streams\n\n- fast\n",
        },
    )
    assert {p.name for p in read.values()} == {"2031 Lakeside Data Forum"}


def test_the_same_name_atop_every_file_is_the_notes_writer(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "blog",
        {
            "p1.md": "---\nauthor: Quinn Adair\n---\n# Lamps\n\nWritten by Quinn Adair\n\n- lit\n",
            "p2.md": "---\nauthor: Quinn Adair\n---\n# Wicks\n\nWritten by Quinn Adair\n\n- cut\n",
        },
    )
    assert all(not speakers for speakers in talk_speakers(read).values())
