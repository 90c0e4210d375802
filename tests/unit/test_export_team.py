"""Exports a team would send: JSON with stars, attendance, #tags and [[links]]; HTML with bare
URLs and attachments linked; Markdown talk anchors that do not move between exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

from confnotes.exporters import Selection, export
from confnotes.notebook.notebook import Notebook

CALIBRATION = "relml-2025/calibration-is-not-enough"
SHIFTS = "relml-2025/shifts-in-the-wild"


def test_json_has_starred_attended_body_tags_and_mentions(demo: Path) -> None:
    data = json.loads(export(Notebook.open(demo), "json"))
    assert data["confnotes"] == 1
    talks = {t["id"]: t for t in data["talks"]}
    for talk in talks.values():
        assert isinstance(talk["starred"], bool) and isinstance(talk["attended"], bool)
    assert talks[CALIBRATION]["starred"] is True and talks[SHIFTS]["attended"] is True
    assert talks[SHIFTS]["tags"] == ["distribution-shift", "speech", "monitoring"]
    assert talks[SHIFTS]["mentions"] == [
        {"target": "Amara Okafor", "kind": "person", "id": "amara-okafor"},
        {"target": "Calibration Is Not Enough", "kind": "talk", "id": CALIBRATION},
    ]


def test_html_links_bare_urls_and_the_markdown_rebases_attachments(demo: Path) -> None:
    name = "0123456789ab-slide-3.png"
    (demo / "attachments").mkdir()
    (demo / "attachments" / name).write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 32)
    nb = Notebook.open(demo)
    talk = nb.talks[CALIBRATION]
    talk.body += (
        "\nMore at https://example.org/more and www.example.com/x.\n"
        f"![slide photo](../attachments/{name}) and [escape](../../../etc/passwd)\n"
        "`https://example.org/in-code`\n"
    )
    nb.save_talk(talk)
    html = export(Notebook.open(demo), "html")
    assert '<a href="https://example.org/more" rel="nofollow noopener noreferrer">' in html
    assert 'href="http://www.example.com/x"' in html
    assert 'href="https://example.org/in-code"' not in html
    assert '<img src="data:image/png;base64,' in html  # the attachment, embedded
    assert 'passwd"' not in html and 'href="../' not in html
    md = export(Notebook.open(demo), "md")
    # The Markdown export lives at the notebook's root: a note's relative links follow.
    assert f"![slide photo](attachments/{name})" in md
    assert "[escape](../../../etc/passwd)" in md  # leaves the notebook: left as written


def _talk_anchors(md: str) -> dict[str, str]:
    """Talk title → the anchor the Markdown's links use for it."""
    found = re.findall(r'<a id="(talk-[^"]+)"></a>\n\n#+ (.+)', md)
    return {title: anchor for anchor, title in found}


def test_markdown_talk_anchors_are_stable_across_exports(demo: Path) -> None:
    nb = Notebook.open(demo)
    everything = export(nb, "md")
    starred = export(nb, "md", Selection(only="starred"))
    a, b = _talk_anchors(everything), _talk_anchors(starred)
    assert a and b
    for title, anchor in b.items():
        assert a[title] == anchor
    # A new talk with the same title as the keynote, earlier in the day, moves nothing.
    extra = nb.new_talk("relml-2025", nb.talks[CALIBRATION].title)
    extra.start = nb.talks[CALIBRATION].start.replace(hour=8)
    extra.body = "early"
    nb.save_talk(extra)
    again = export(Notebook.open(demo), "md")
    anchor = "talk-relml-2025-calibration-is-not-enough"
    assert f'<a id="{anchor}"></a>' in again and f"(#{anchor})" in again
    html = export(Notebook.open(demo), "html")
    assert f'id="{anchor}"' in html and "&lt;a id=" not in html


def test_html_shows_wikilinks_as_labels_linking_talks_of_the_export(demo: Path) -> None:
    nb = Notebook.open(demo)
    talk = nb.talks[SHIFTS]
    talk.body += "\nAlso [[arXiv:2501.01234|the preprint]] and [[Nobody|someone]].\n"
    nb.save_talk(talk)
    html = export(Notebook.open(demo), "html")
    assert "[[" not in html
    assert (
        '<a href="#talk-relml-2025-calibration-is-not-enough">Calibration Is Not Enough</a>' in html
    )
    assert "Amara Okafor</a>" not in html.split("Same lesson as", 1)[1][:80]  # a person: text
    assert (
        'href="https://arxiv.org/abs/2501.01234" rel="nofollow noopener noreferrer">the preprint'
        in html
    )
    assert " someone." in html
