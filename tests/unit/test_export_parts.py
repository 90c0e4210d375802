"""The pieces of the exports: paper identity, action items, safe Markdown text and links."""

from __future__ import annotations

import pytest

from confnotes.exporters import mdtext
from confnotes.exporters.actions import action_items
from confnotes.exporters.safe_markdown import Slugger, is_safe_url, make_parser
from confnotes.knowledge.paper_ids import identify, mentions, page_id


@pytest.mark.parametrize(
    "url",
    [
        "https://arxiv.org/abs/2401.00001",
        "http://arxiv.org/abs/2401.00001v3",
        "https://arxiv.org/pdf/2401.00001v1.pdf",
        "https://arxiv.org/pdf/2401.00001",
        "https://www.arxiv.org/abs/2401.00001/",
        "https://export.arxiv.org/abs/2401.00001v2",
        "https://doi.org/10.48550/arXiv.2401.00001",
        "arXiv:2401.00001v2",
    ],
)
def test_every_form_of_an_arxiv_link_is_one_paper(url: str) -> None:
    paper = identify(url)
    assert paper is not None
    assert paper.key == "arxiv:2401.00001"
    assert paper.url == "https://arxiv.org/abs/2401.00001"


def test_old_style_arxiv_ids() -> None:
    paper = identify("https://arxiv.org/abs/hep-th/9901001v2")
    assert paper is not None and paper.arxiv == "hep-th/9901001"


@pytest.mark.parametrize(
    "url",
    [
        "https://doi.org/10.1145/3292500.3330701",
        "http://dx.doi.org/10.1145/3292500.3330701",
        "https://doi.org/10.1145%2F3292500.3330701",
        "doi:10.1145/3292500.3330701",
        "https://www.doi.org/10.1145/3292500.3330701",
    ],
)
def test_every_form_of_a_doi_is_one_paper(url: str) -> None:
    paper = identify(url)
    assert paper is not None
    assert paper.key == "doi:10.1145/3292500.3330701"
    assert paper.doi == "10.1145/3292500.3330701"


def test_dois_compare_without_case() -> None:
    upper, lower = identify("https://doi.org/10.1234/ABC.5"), identify("doi:10.1234/abc.5")
    assert upper is not None and lower is not None and upper.key == lower.key


def test_other_addresses_are_not_papers_but_dedupe_on_their_address() -> None:
    assert identify("https://example.org/paper.pdf") is None
    assert identify("https://arxiv.org/list/cs.LG/recent") is None
    assert page_id("http://Example.org/p/").key == page_id("https://example.org/p").key


def test_mentions_in_notes_trim_punctuation() -> None:
    text = (
        "See (https://arxiv.org/abs/2401.00001v2). Also [this](https://doi.org/10.1234/xy), "
        "arXiv:2402.00002 and doi:10.5555/z."
    )
    keys = [paper.key for paper, _ in mentions(text)]
    assert keys == ["arxiv:2401.00001", "doi:10.1234/xy", "arxiv:2402.00002", "doi:10.5555/z"]


def test_action_items_open_tasks_todos_and_read_lines() -> None:
    body = "\n".join(
        [
            "# Talk",
            "- [ ] email the authors",
            "- [x] done TODO",
            "* [ ] second task",
            "1. [ ] numbered task",
            "TODO try it on our data",
            "> read: the appendix",
            "todo in lower case is prose",
            "Already read: nothing",
            "```",
            "TODO in code",
            "```",
            "~~~~",
            "- [ ] task in a tilde fence",
            "~~~~",
            "- [ ] email the authors",
        ]
    )
    items = action_items(body)
    assert [i.text for i in items] == [
        "email the authors",
        "second task",
        "numbered task",
        "TODO try it on our data",
        "read: the appendix",
        "Already read: nothing",
    ]
    assert items[0].line == 2


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>",
        "vbscript:x",
        "file:///etc/passwd",
        "//evil.example/x",
        "relative/path.html",
        "https:evil",
        "",
    ],
)
def test_unsafe_urls(url: str) -> None:
    assert not is_safe_url(url)


@pytest.mark.parametrize(
    "url", ["https://example.org", "http://x.y/a?b=c#d", "mailto:a@b.org", "#reading-list"]
)
def test_safe_urls(url: str) -> None:
    assert is_safe_url(url)


@pytest.mark.parametrize(
    "value",
    [
        "*Draft* <b>bold</b> & [x](y) `code` #tag | pipe ~ !",
        "1. not a list",
        "- not a list",
        "# not a heading",
        "&amp; stays literal",
        "trailing backslash \\",
    ],
)
def test_escaped_text_renders_as_itself(value: str) -> None:
    html = make_parser().render(mdtext.text(value))
    from html import unescape

    assert unescape(html.removeprefix("<p>").removesuffix("</p>\n")) == value


def test_link_destination_round_trips() -> None:
    url = "https://example.org/a (b)?q=<1>&r=2|3"
    tokens = make_parser().parseInline(mdtext.link("x", url))
    link = next(t for t in tokens[0].children or [] if t.type == "link_open")
    assert link.attrGet("href") == "https://example.org/a%20%28b%29?q=%3C1%3E&r=2%7C3"


def test_unsafe_link_becomes_text() -> None:
    out = mdtext.link("click", "javascript:alert(1)")
    assert "](" not in out and "javascript:alert(1)" in out


def test_code_span_holds_backticks() -> None:
    html = make_parser().render(mdtext.code("a `b` c"))
    assert "<code>a `b` c</code>" in html


def test_nest_note_demotes_headings_and_closes_fences() -> None:
    body = "# Top\n\ntext\n\n### Deep\n\nSetext\n------\n\n> ## In quote\n\n```python\nx = 1\n"
    out, headings = mdtext.nest_note(body, make_parser(), 5)
    assert headings == ["Top", "Deep", "Setext", "In quote"]
    assert out.splitlines()[0] == "##### Top"
    assert "###### Deep" in out
    assert "###### Setext" in out and "------" not in out
    assert "> ###### In quote" in out
    assert out.endswith("x = 1\n```")
    closed, _ = mdtext.nest_note("```\ncode\n```\n", make_parser(), 5)
    assert closed == "```\ncode\n```"


def test_nest_note_setext_in_containers_and_open_html_blocks() -> None:
    out, headings = mdtext.nest_note("> Quoted\n> ======\n\n- Item\n  ---\n", make_parser(), 5)
    assert out == "> ##### Quoted\n\n- ###### Item"
    assert headings == ["Quoted", "Item"]
    for body, closer in [
        ("text\n\n<!-- hidden", "-->"),
        ("<pre>\ncode", "</pre>"),
        ("<SCRIPT>x", "</script>"),
        ("<?php echo", "?>"),
        ("<![CDATA[ x", "]]>"),
    ]:
        out, _ = mdtext.nest_note(body, make_parser(), 5)
        assert out == body + "\n" + closer
    for closed in ("<!-- done -->", "<pre>\nx\n</pre>", "<div>\nopen div ends at a blank line"):
        assert mdtext.nest_note(closed, make_parser(), 5) == (closed, [])


def test_nest_note_keeps_text_byte_for_byte() -> None:
    body = "Some *text*   with  spaces\n\n- [ ] task\n    indented code\n"
    assert mdtext.nest_note(body, make_parser(), 5) == (body.rstrip("\n"), [])


def test_slugger_is_github_style_and_unique() -> None:
    slugger = Slugger()
    assert slugger.slug("Reading list") == "reading-list"
    assert slugger.slug("Reading list") == "reading-list-1"
    assert slugger.slug("Reading list") == "reading-list-2"
    assert slugger.slug("Élan: Flows & Fields!") == "élan-flows--fields"
    assert slugger.slug("") == "section"
