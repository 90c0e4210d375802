"""Items a person annotated: ``<a><strong>Speaker - Title</strong></a> -- a remark`` (or
the title first), in an HTML list pasted into a post or in a Markdown list. The
emphasised head is the talk, the remark after the dash the writer's own text, never a
part of the title. Fixtures are written for the test."""

from __future__ import annotations

import pytest

from confnotes.importers.registry import parse_programme

_HTML_NAME_FIRST = (
    "---\nlayout: post\ntitle: Notas de la Semana Rust 2024\n---\n\n"
    "Tres charlas que vi en diferido:\n<ul>\n"
    '<li><a href="https://v.example.org/1"><strong>Olga Prieto - Lifetimes sin miedo'
    "</strong></a> -- muy didáctica</li>\n"
    '<li><a href="https://v.example.org/2"><strong>Tomás Rey - Macros que se leen'
    '</strong></a> -- con un enlace: <a href="https://b.example.org">el libro</a></li>\n'
    '<li><a href="https://v.example.org/3"><strong>Ada Serrano - Async en embebidos'
    "</strong></a> -- la mejor del día</li>\n</ul>\n"
)
_HTML_TITLE_FIRST = (
    "---\nlayout: post\ntitle: Rückblick Cloudtag 2024\n---\n\n"
    "Was ich gesehen habe:\n<ol>\n"
    '<li><a href="https://c.example.de/1"><strong>Kosten im Griff - Jana Wolff'
    "</strong></a> -- viele Zahlen</li>\n"
    '<li><a href="https://c.example.de/2"><strong>Netze ohne Ausfall - Paul Hahn'
    "</strong></a> -- sehr ruhig vorgetragen</li>\n"
    '<li><a href="https://c.example.de/3"><strong>Backups, die man testet - Eva Roth'
    "</strong></a> -- zum Nachmachen</li>\n</ol>\n"
)
_MARKDOWN = (
    "---\nlayout: post\ntitle: Notes from Infra Days 2024\n---\n\n"
    "The three I would rewatch:\n\n"
    "- [**Rui Matos - Quiet on-call**](https://i.example.com/1) -- calm and practical\n"
    "- [**Lena Berg - Runbooks that age well**](https://i.example.com/2) -- good templates\n"
    "- [**Sam Okafor - Paging less**](https://i.example.com/3) -- numbers from two years\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _HTML_NAME_FIRST,
            {
                "Lifetimes sin miedo": "Olga Prieto",
                "Macros que se leen": "Tomás Rey",
                "Async en embebidos": "Ada Serrano",
            },
        ),
        (
            _HTML_TITLE_FIRST,
            {
                "Kosten im Griff": "Jana Wolff",
                "Netze ohne Ausfall": "Paul Hahn",
                "Backups, die man testet": "Eva Roth",
            },
        ),
        (
            _MARKDOWN,
            {
                "Quiet on-call": "Rui Matos",
                "Runbooks that age well": "Lena Berg",
                "Paging less": "Sam Okafor",
            },
        ),
    ],
)
def test_an_annotated_items_remark_is_its_text_not_its_title(
    text: str, expected: dict[str, str]
) -> None:
    p = parse_programme(text.encode(), "post.md")
    got = {t.title: ", ".join(s.name for s in t.speakers) for t in p.talks if t.speakers}
    assert got == expected
    bodies = "\n".join(t.body for t in p.talks)
    for line in text.splitlines()[5:]:
        if "<li>" in line or line.startswith("- "):
            assert line.strip() in bodies  # the item, as written, in the notes
