"""Photos of slides and PDFs kept with the notes: copied once, linked relatively, exported."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.exporters import Selection, export
from confnotes.knowledge.attachments import attach, attachment_of, markdown_link, pasted_paths
from confnotes.notebook.notebook import Notebook

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
KEYNOTE = "relml-2025/calibration-is-not-enough"


def test_paste_text_is_paths_only_when_every_word_is_an_image_or_pdf(tmp_path: Path) -> None:
    photo = tmp_path / "IMG 2041.png"
    photo.write_bytes(PNG)
    slides = tmp_path / "slides.pdf"
    slides.write_bytes(b"%PDF-1.4\n")
    assert pasted_paths(f"'{photo}'") == [photo]  # GNOME terminals quote a dropped path
    assert pasted_paths(str(photo).replace(" ", "\\ ")) == [photo]  # iTerm escapes spaces
    assert pasted_paths(f"file://{str(photo).replace(' ', '%20')} {slides}") == [photo, slides]
    assert pasted_paths(f"see {slides}") == []  # a sentence is text
    assert pasted_paths(str(tmp_path / "missing.png")) == []
    (tmp_path / "notes.txt").write_text("x")
    assert pasted_paths(str(tmp_path / "notes.txt")) == []


def test_attach_is_content_addressed_and_never_overwrites(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    root.mkdir()
    photo = tmp_path / "IMG_2041.png"
    photo.write_bytes(PNG)
    stored = attach(Notebook(root), photo)
    assert stored.parent == root / "attachments"
    assert stored.name.endswith("-img-2041.png") and len(stored.name.split("-")[0]) == 12
    assert attach(Notebook(root), photo) == stored  # the same content: one file
    other = tmp_path / "other" / "IMG_2041.png"
    other.parent.mkdir()
    other.write_bytes(PNG + b"more")
    second = attach(Notebook(root), other)
    assert second != stored and stored.read_bytes() == PNG
    # a different file squatting on the short name is left alone, not overwritten
    squat_source = tmp_path / "x" / "IMG_2041.png"
    squat_source.parent.mkdir()
    squat_source.write_bytes(b"\x89PNG third")
    from confnotes.knowledge.attachments import attachment_name

    squatted = root / "attachments" / attachment_name(squat_source.read_bytes(), "IMG_2041.png")
    squatted.write_bytes(b"somebody else's file")
    third = attach(Notebook(root), squat_source)
    assert third != squatted and squatted.read_bytes() == b"somebody else's file"
    assert third.read_bytes() == b"\x89PNG third"


def test_link_is_relative_to_the_note_and_found_again(tmp_path: Path) -> None:
    root = tmp_path / "nb"
    stored = root / "attachments" / "0123456789ab-img-2041.png"
    stored.parent.mkdir(parents=True)
    stored.write_bytes(PNG)
    link = markdown_link(root / "conf" / "talk.md", stored, "IMG_2041.png")
    assert link == "![IMG_2041.png](../attachments/0123456789ab-img-2041.png)"
    assert attachment_of("../attachments/0123456789ab-img-2041.png", root) == stored
    assert attachment_of("../../etc/passwd", root) is None
    assert attachment_of("../secret/attachments/0123456789ab-img-2041.png", root) is None


def test_html_embeds_photos_links_pdfs_and_search_finds_the_file_name(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = Notebook.open(demo)
    talk = nb.talks[KEYNOTE]
    assert talk.path is not None
    photo = tmp_path / "IMG_2041.png"
    photo.write_bytes(PNG)
    deck = tmp_path / "okafor-deck.pdf"
    deck.write_bytes(b"%PDF-1.4 slides\n")
    links = [markdown_link(talk.path, attach(Notebook(demo), p), p.name) for p in (photo, deck)]
    talk.body += "\n" + "\n".join(links) + "\n"
    nb.save_talk(talk)
    page = export(Notebook.open(demo), "html", Selection(conference="relml-2025"))
    assert f'<img src="data:image/png;base64,{base64.b64encode(PNG).decode()}"' in page
    assert 'download="' in page and "data:application/pdf;base64," in page
    assert "img-src data:" in page and "script" not in page.split("<main>")[1]
    # the note is found by the photo's original name
    assert main(["search", "--notebook", str(demo), "IMG_2041", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and hits[0]["talk"] == KEYNOTE
