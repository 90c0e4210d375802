"""Kinds of pasted links, and links in a note body picked up into the talk's references."""

from __future__ import annotations

import pytest

from confnotes.model import Link, Talk
from confnotes.notebook.link_pickup import (
    add_link,
    detect_kind,
    links_in_body,
    looks_like_url,
    normalise_url,
    pick_up_links,
    urls_in_markdown,
)
from confnotes.notebook.notebook import Notebook


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://arxiv.org/abs/2501.01234", "paper"),
        ("https://arxiv.org/pdf/2501.01234v2", "paper"),
        ("https://doi.org/10.1145/3290605.3300233", "paper"),
        ("https://openreview.net/forum?id=abc123", "paper"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "video"),
        ("https://youtu.be/dQw4w9WgXcQ", "video"),
        ("https://vimeo.com/123456", "video"),
        ("https://github.com/someone/project", "code"),
        ("https://gitlab.com/group/repo", "code"),
        ("https://example.org/talks/okafor-slides.pdf", "slides"),
        ("https://example.org/files/poster_42.pdf", "poster"),
        ("https://example.org/files/paper.pdf", "paper"),
        ("https://github.com/someone/project/raw/main/paper.pdf", "paper"),
        ("https://speakerdeck.com/someone/a-talk", "slides"),
        ("https://example.org/about", "page"),
        ("ftp://example.org/x", "other"),
    ],
)
def test_kind_detected_from_url(url: str, kind: str) -> None:
    assert detect_kind(url) == kind


def test_label_beats_host() -> None:
    assert detect_kind("https://github.com/someone/project/blob/main/poster.png", "Poster") == (
        "poster"
    )
    assert detect_kind("https://drive.google.com/file/d/xyz", "slides") == "slides"
    assert detect_kind("https://example.org/v/1", "recording") == "video"


def test_same_paper_two_spellings_is_one_url() -> None:
    assert (
        normalise_url("https://arxiv.org/pdf/2501.01234v2") == "https://arxiv.org/abs/2501.01234v2"
    )
    assert normalise_url("http://dx.doi.org/10.1000/xyz.") == "https://doi.org/10.1000/xyz"
    assert normalise_url("arXiv:2501.01234") == "https://arxiv.org/abs/2501.01234"
    assert normalise_url("HTTPS://Example.ORG/Path") == "https://example.org/Path"


BODY = """\
## Notes

- paper: https://arxiv.org/pdf/2501.01234.
- see [her slides](https://example.org/okafor-slides.pdf) and <https://github.com/okafor/abstain>
- video (https://www.youtube.com/watch?v=abc)

```python
url = "https://example.org/not-a-reference"
```

Inline `https://example.org/also-code` is code too.
Same paper again: https://arxiv.org/abs/2501.01234
"""


def test_urls_found_outside_code_with_labels_and_lines() -> None:
    found = urls_in_markdown(BODY)
    assert [(f.url, f.label, f.line) for f in found] == [
        ("https://arxiv.org/pdf/2501.01234", "paper", 3),
        ("https://example.org/okafor-slides.pdf", "her slides", 4),
        ("https://github.com/okafor/abstain", "", 4),
        ("https://www.youtube.com/watch?v=abc", "", 5),
        ("https://arxiv.org/abs/2501.01234", "Same paper again", 12),
    ]


def test_body_links_are_typed_and_deduplicated() -> None:
    links = links_in_body(BODY)
    assert [(link.kind, link.url) for link in links] == [
        ("paper", "https://arxiv.org/abs/2501.01234"),
        ("slides", "https://example.org/okafor-slides.pdf"),
        ("code", "https://github.com/okafor/abstain"),
        ("video", "https://www.youtube.com/watch?v=abc"),
    ]


def test_pick_up_adds_only_new_links_and_keeps_body() -> None:
    talk = Talk(id="c/t", conference="c", title="T", body=BODY)
    talk.links.append(Link("https://arxiv.org/abs/2501.01234", "paper"))
    added = pick_up_links(talk)
    assert [link.kind for link in added] == ["slides", "code", "video"]
    assert len(talk.links) == 4
    assert talk.body == BODY
    assert pick_up_links(talk) == []


def test_add_link_detects_kind_and_refuses_duplicates() -> None:
    talk = Talk(id="c/t", conference="c", title="T")
    link = add_link(talk, "https://vimeo.com/42")
    assert link is not None and link.kind == "video"
    assert add_link(talk, "https://vimeo.com/42/") is None
    forced = add_link(talk, "https://example.org/x", kind="poster")
    assert forced is not None and forced.kind == "poster"


def test_looks_like_url() -> None:
    assert looks_like_url("https://example.org/x")
    assert looks_like_url("doi:10.1000/xyz")
    assert not looks_like_url("example")
    assert not looks_like_url("https://localhost")
    assert not looks_like_url("https://exa mple.org")


def test_pick_up_on_demo_note_saves_links_and_keeps_body(demo) -> None:
    nb = Notebook.open(demo)
    talk = nb.talk("relml-2025/calibration-is-not-enough")
    body = talk.body
    talk.body = body + "\nCode: https://github.com/okafor/abstain\n"
    added = pick_up_links(talk)
    assert [link.kind for link in added] == ["code"]
    nb.save_talk(talk)
    again = Notebook.open(demo).talk(talk.id)
    assert any(link.url == "https://github.com/okafor/abstain" for link in again.links)
    assert again.body == talk.body


def test_title_split_over_lines_and_hard_breaks() -> None:
    body = (
        "[A Title That Wraps\n"
        "](https://conf.example/Schedule?event=42)\\\n"
        "[3 min video](https://youtu.be/abc)\\\n"
        "[Slides](https://drive.example/open?id=x)\\\n"
    )
    found = urls_in_markdown(body)
    assert [(f.url, f.label) for f in found] == [
        ("https://conf.example/Schedule?event=42", ""),
        ("https://youtu.be/abc", "3 min video"),
        ("https://drive.example/open?id=x", "Slides"),
    ]
    assert [link.kind for link in links_in_body(body)] == ["page", "video", "slides"]


def test_seed_day_notes_links_are_clean_and_typed() -> None:
    from tests.conftest import seed

    text = seed("001").read_text(encoding="utf-8")
    found = urls_in_markdown(text)
    assert len(found) > 20
    assert all(not f.url.endswith((")", "\\", ".")) and " " not in f.url for f in found)
    kinds = {link.kind for link in links_in_body(text)}
    assert {"video", "slides", "poster"} <= kinds
