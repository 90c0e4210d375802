"""Two clones edit at once and sync: every word of both ends up in both."""

from __future__ import annotations

from pathlib import Path

from confnotes.notebook.merge3 import has_conflict_markers
from tests.sync.teamgit import Team, git

NOTE = "conf/robust-merging.md"


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def round_trip(team: Team) -> None:
    """Each clone syncs, then the first again, so both hold everything."""
    a, b = team.clones[:2]
    team.sync(a, "Ada")
    team.sync(b, "Bob")
    team.sync(a, "Ada")


def test_edits_of_different_lines_are_both_kept(team: Team) -> None:
    a, b = team.clones
    edit(a, NOTE, "Intro line one.", "Intro line one, said by Ada.")
    edit(b, NOTE, "Closing line three.", "Closing line three, said by Bob.")
    round_trip(team)
    text = (a / NOTE).read_text(encoding="utf-8")
    assert "said by Ada" in text and "said by Bob" in text
    assert not has_conflict_markers(text)
    assert team.files(a) == team.files(b)


def test_same_line_edits_stay_both_between_markers(team: Team) -> None:
    a, b = team.clones
    edit(a, NOTE, "Middle line two.", "Middle line two (Ada's take).")
    edit(b, NOTE, "Middle line two.", "Middle line two (Bob's take).")
    team.sync(a, "Ada")
    outcome = team.sync(b, "Bob")
    assert outcome.conflicts == [NOTE]
    team.sync(a, "Ada")
    text = (a / NOTE).read_text(encoding="utf-8")
    assert "Ada's take" in text and "Bob's take" in text
    assert has_conflict_markers(text)
    assert team.files(a) == team.files(b)


def test_front_matter_keys_merge_one_by_one(team: Team) -> None:
    a, b = team.clones
    edit(a, NOTE, "starred: false", "starred: true")
    edit(b, NOTE, "- git\n", "- git\n- merging\n")
    edit(b, NOTE, "title: Robust merging", "title: Robust merging\nattended: true")
    round_trip(team)
    text = (b / NOTE).read_text(encoding="utf-8")
    assert "starred: true" in text and "- merging" in text and "attended: true" in text
    assert not has_conflict_markers(text)
    assert team.files(a) == team.files(b)


def test_star_on_one_side_body_on_the_other(team: Team) -> None:
    a, b = team.clones
    edit(a, NOTE, "starred: false", "starred: true")
    edit(b, NOTE, "Closing line three.", "Closing line three.\nBob's new paragraph.")
    round_trip(team)
    text = (a / NOTE).read_text(encoding="utf-8")
    assert "starred: true" in text and "Bob's new paragraph." in text
    assert team.files(a) == team.files(b)


def test_note_deleted_on_one_side_and_edited_on_the_other_is_kept(team: Team) -> None:
    a, b = team.clones
    (a / NOTE).unlink()
    edit(b, NOTE, "Closing line three.", "Closing line three. Bob was here.")
    team.sync(a, "Ada")
    outcome = team.sync(b, "Bob")
    assert NOTE in outcome.kept_edited
    team.sync(a, "Ada")
    assert "Bob was here." in (a / NOTE).read_text(encoding="utf-8")
    assert team.files(a) == team.files(b)


def test_both_appending_at_the_end_keeps_both_without_markers(team: Team) -> None:
    a, b = team.clones
    edit(a, NOTE, "Closing line three.\n", "Closing line three.\nAda adds this.\n")
    edit(b, NOTE, "Closing line three.\n", "Closing line three.\nBob adds that.\n")
    round_trip(team)
    text = (a / NOTE).read_text(encoding="utf-8")
    assert "Ada adds this." in text and "Bob adds that." in text
    assert not has_conflict_markers(text)


def test_person_renamed_on_one_side_edited_on_the_other(team: Team) -> None:
    a, b = team.clones
    git(a, "mv", "people/ada-lovelace.md", "people/ada-king.md")
    edit(a, "people/ada-king.md", "name: Ada Lovelace", "name: Ada King")
    edit(a, NOTE, "- ada-lovelace", "- ada-king")
    edit(b, "people/ada-lovelace.md", "- A. Lovelace\n", "- A. Lovelace\n- Countess Lovelace\n")
    edit(b, "people/ada-lovelace.md", "poster session.", "poster session. Asked about engines.")
    edit(b, NOTE, "Intro line one.", "Intro line one (Bob).")
    round_trip(team)
    files = team.files(a)
    assert files == team.files(b)
    pages = "".join(v for k, v in files.items() if k.startswith("people/"))
    for words in ("Ada King", "Countess Lovelace", "A. Lovelace", "Asked about engines."):
        assert words in pages
    assert "- ada-king" in files[NOTE] and "Intro line one (Bob)." in files[NOTE]


def test_person_merged_on_one_machine_edited_on_another_loses_nothing(team: Team) -> None:
    from confnotes.knowledge import people
    from confnotes.notebook.notebook import Notebook

    a, b = team.clones
    (a / "people" / "a-lovelace.md").write_text(
        "---\nname: A. Lovelace\n---\nGave the keynote.\n", encoding="utf-8"
    )
    team.sync(a, "Ada")
    team.sync(b, "Bob")
    people.merge_people(Notebook.open(a), "ada-lovelace", "a-lovelace")
    edit(b, "people/a-lovelace.md", "Gave the keynote.", "Gave the keynote. Bob liked it.")
    round_trip(team)
    files = team.files(a)
    assert files == team.files(b)
    pages = "".join(v for k, v in files.items() if k.startswith("people/"))
    assert "Bob liked it." in pages and "A. Lovelace" in pages and "Gave the keynote." in pages


def test_conference_file_edits_merge_key_by_key_and_sessions_by_id(team: Team) -> None:
    a, b = team.clones
    conf = "conf/conference.yaml"
    with (a / conf).open("a", encoding="utf-8") as handle:
        handle.write("sessions:\n- id: s1\n  title: Morning\n")
    team.sync(a, "Ada")
    team.sync(b, "Bob")
    edit(a, conf, "name: Team Conf", "name: Team Conference 2025")
    with (a / conf).open("a", encoding="utf-8") as handle:
        handle.write("- id: s2\n  title: Afternoon\n")
    edit(b, conf, "  title: Morning", "  title: Morning orals\n  room: Hall A")
    round_trip(team)
    text = (a / conf).read_text(encoding="utf-8")
    assert not has_conflict_markers(text)
    for words in ("Team Conference 2025", "Morning orals", "Hall A", "Afternoon"):
        assert words in text
    assert team.files(a) == team.files(b)


def test_a_binary_note_changed_on_both_sides_keeps_both_files(team: Team) -> None:
    a, b = team.clones
    for root, word in ((a, b"ada"), (b, b"bob")):
        (root / "conf" / "blob.md").write_bytes(b"\x00\x01\x02" * 50 + word)
    team.sync(a, "Ada")
    outcome = team.sync(b, "Bob")
    assert any("conf/blob.theirs.md" in note for note in outcome.notes)
    assert (b / "conf" / "blob.md").read_bytes().endswith(b"bob")
    assert (b / "conf" / "blob.theirs.md").read_bytes().endswith(b"ada")
