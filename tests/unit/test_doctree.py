"""The one document tree under the page readers: every character in exactly one leaf,
cells and line breaks kept apart, template tags and ``key:: value`` lines as records."""

from __future__ import annotations

import bisect
import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.importers import doctree

_PIECES = st.sampled_from(
    [
        "# Title\n",
        "Title\n=====\n",
        "## 10:30 Talk — Ana Ruiz\n",
        "plain words here\n",
        "\n",
        "- item one\n",
        "  - nested item\n",
        "1. first\n",
        "> quoted line\n",
        "| a | b |\n| --- | --- |\n| 1 | 2 |\n",
        "+------+------+\n| 9:00 | Talk |\n|      | more |\n+------+------+\n"
        "| 9:30 | Next |\n+------+------+\n",
        "Date     Who\n-------  ------\n1/2/23   Ana Ruiz\n1/9/23   Bo Li\n",
        "== AsciiDoc section\n",
        "```\ncode\n```\n",
        "    indented code\n",
        "---\n",
        "<h2>Heading</h2>\n",
        "<p>para <b>bold</b><br>next</p>\n",
        "<table><tr><td>x</td><td>y</td></tr></table>\n",
        "<div><ul><li>a<li>b</ul></div>\n",
        '{% include person.html name="Ana Ruiz" affiliation="Lab" %}\n',
        "speaker:: Ana Ruiz\n",
        "14:00\n: A talk — Ana Ruiz\n",
        "[ref]: https://example.org\n",
        "<!-- a comment -->\n",
        "\r\n",
        "\ufeff",
        "* Org heading\n",
        "#+TITLE: Org file\n",
        "&amp; <unclosed\n",
        "tail without newline",
        "a [` b\n",
        "`code` and **bold** — é\n",
        "title:: Graph talks\n- speaker:: Ana Ruiz\n  - a note\n",
    ]
)


def _check(text: str) -> doctree.Document:
    doc = doctree.parse(text)
    cut = doctree.leaves(doc.root)
    assert "".join(text[n.start : n.end] for n in cut) == text
    assert all(a.end == b.start for a, b in itertools.pairwise(cut))
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=25).map("".join))
def test_every_character_belongs_to_exactly_one_leaf(text: str) -> None:
    _check(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_partitioned(text: str) -> None:
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=20).map(lambda parts: "<html><body>" + "".join(parts)))
def test_html_pages_are_partitioned(text: str) -> None:
    _check(text)


def test_html_cells_and_breaks_keep_words_apart() -> None:
    doc = _check(
        "<html><body><table><tr><td>10:00</td><td>Zoned storage</td>"
        "<td>Olga Ivanova<br>Samsung</td></tr></table></body></html>"
    )
    rows = [n for n in doc.root.walk() if n.kind == "row"]
    assert rows[0].text == "10:00\tZoned storage\tOlga Ivanova\nSamsung"


def test_html_inside_markdown_gives_headings_and_marks() -> None:
    doc = _check("# Notes\n\n<h2>Fast fonts</h2>\n<p>Speaker: <b>Anders Holm</b></p>\n")
    heads = [n for n in doc.root.walk() if n.kind == "heading"]
    assert [(h.level, h.text) for h in heads] == [(1, "Notes"), (2, "Fast fonts")]
    para = next(n for n in doc.root.walk() if n.kind == "paragraph" and "Speaker" in n.text)
    assert [(m.kind, para.text[m.start : m.end]) for m in para.marks] == [("strong", "Anders Holm")]
    assert doc.source_of(heads[1]).startswith("<h2>")


def test_template_tags_are_records_with_their_arguments() -> None:
    doc = _check('## Speakers\n{% include talk.html title="Log compaction" speaker="Ana Ruiz" %}\n')
    record = next(n for n in doc.root.walk() if n.kind == "record")
    assert record.attrs["template"] == "talk.html"
    assert (record.attrs["title"], record.attrs["speaker"]) == ("Log compaction", "Ana Ruiz")


def test_logseq_properties_and_org_headings() -> None:
    doc = _check("title:: Notebooks at scale\nspeaker:: Priya Raman\n- a note\n")
    assert doc.root.children[0].props == {
        "title": "Notebooks at scale",
        "speaker": "Priya Raman",
    }
    org = _check("#+TITLE: Notes\n\n* First talk\nwords\n")
    assert org.syntax == "org"
    assert [n.text for n in org.root.walk() if n.kind == "heading"] == ["Notes", "First talk"]


def test_markdown_links_and_emphasis_are_marks() -> None:
    doc = _check("- [Typing the untypeable](talks/t.md) — **Greta Holm**\n")
    item = next(n for n in doc.root.walk() if n.kind == "paragraph")
    assert item.links() == [("Typing the untypeable", "talks/t.md")]
    assert ("strong", "Greta Holm") in [(m.kind, item.text[m.start : m.end]) for m in item.marks]


def test_hostile_html_keeps_its_bounds() -> None:
    """Deep nesting (HTML, block quotes, list items opened on one line, emphasis),
    thousands of stray closing tags, unclosed items: no crash, no recursion error, no
    quadratic search, the partition still whole."""
    for text in (
        "<html><body>" + "<div>" * 5000 + "x",
        "<html><body><p>" + "<b>" * 5000 + "x",
        "<html><body>" + "</p>x" * 20000,
        "<html><body><ul>" + "<li>a" * 3000,
        "# W\n\n" + ">" * 100_000 + " x\n" + "> > " * 20_000 + "y\n",
        "- " * 20_000 + "x\n" + "1. " * 5_000 + "y\n" + "*" * 50_000 + "z" + "*" * 50_000,
    ):
        doctree.parse.cache_clear()
        doc = _check(text)
        assert all(isinstance(n.text, str) for n in doc.root.walk())


def test_brackets_and_backticks_never_stop_the_parse() -> None:
    """An unclosed backtick inside brackets made the Rust parser panic (code spans are
    left out of its rules): the paragraph is read, its words kept."""
    doc = _check("Notes [` on the talk\n\n## Next\n")
    assert [n.text for n in doc.root.walk() if n.kind in ("paragraph", "heading")] == [
        "Notes [` on the talk",
        "Next",
    ]


def test_non_ascii_and_org_spans_are_whole_lines() -> None:
    """Source maps count UTF-8 bytes: a node still owns its lines whole after accents,
    dashes, CJK and an Org file's rewritten headings."""
    text = "# Día 1 — 基調講演\n\n- José Núñez\n- 王伟\n\nÜberblick\n"
    doc = _check(text)
    assert [doc.source_of(n) for n in doc.root.children if n.kind != "blank"] == [
        "# Día 1 — 基調講演\n",
        "- José Núñez\n- 王伟\n",
        "Überblick\n",
    ]
    org = _check("#+TITLE: Notizen\n\n* Vortrag über Graphen\nText é\n")
    heading = [n for n in org.root.walk() if n.kind == "heading"][1]
    assert org.source_of(heading) == "* Vortrag über Graphen\n"


@given(st.lists(st.text(alphabet="ab é—\t基\n", max_size=12), min_size=1, max_size=8))
def test_a_byte_range_is_placed_on_the_lines_that_hold_it(lines: list[str]) -> None:
    """The byte offsets of a source map land on the same whole lines whether a line start
    is looked up or searched for (the look-up is the fast path of every node's span)."""
    text = "\n".join(lines)
    data = text.encode()
    offsets = doctree._Offsets(text, text, data)
    # the line tables a byte range is placed by when searched for
    bytes_starts, starts = doctree._line_starts(data), doctree._line_starts(text)
    size = len(text)
    for first in range(len(data) + 1):
        for stop in range(first, min(len(data), first + 6) + 1):
            last = stop - 1 if stop > first else first
            a = bisect.bisect_right(bytes_starts, first) - 1
            b = bisect.bisect_right(bytes_starts, last)
            whole = (starts[a] if a > 0 else 0, starts[b] if b < len(starts) else size)
            assert offsets.span(first, stop) == whole


def test_a_parser_panic_leaves_the_text_whole(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Should the Rust parser panic on some input, the document is one text node: still
    every character in one leaf, never a crash of the import."""

    class Panicking:
        def tree(self, text: str) -> None:
            raise BaseException("panicked at index out of bounds")

    def panicking_parser(text: str | bytes, opening: frozenset[str] | None = None) -> Panicking:
        return Panicking()

    monkeypatch.setattr(doctree, "_parser_for", panicking_parser)
    doc = doctree.parse_markdown("# Notes\n\nwords\n")
    assert [(n.kind, n.text) for n in doc.root.children] == [("text", "# Notes\n\nwords")]
    assert doctree.leaves(doc.root)[0].end == len("# Notes\n\nwords\n")


def test_wiki_bullets_in_markdown_are_no_org_headings(tmp_path: Path) -> None:
    """``* Topic:`` over ``** point`` at the start of lines is how wikis nest bullets; in a
    file that also writes a ``` fence or a ``[link](url)`` it is Markdown, not Org: no
    heading becomes a talk and every line stays in the note."""
    text = (
        "Notes from the second day.\n\nSessions:\n* Memory arenas:\n"
        "** the allocator is pluggable now.\n** a 20% win on parsers. [Doc](https://example.org/a)\n"
        "* Generic iterators:\n** range-over-func is stable\n\n```go\nlogger := slog.New(h)\n```\n"
    )
    assert not doctree.looks_org(text)
    assert doctree.looks_org("* Talk one\n** Notes\nsome text\n* Talk two\n** Notes\n")
    folder = tmp_path / "gophercon"
    folder.mkdir()
    (folder / "Day two.md").write_text(text, encoding="utf-8")
    from confnotes.importers.sources import expand_sources, read_folder

    sources = [s for s, group, skip in expand_sources([str(folder)]) if group and not skip]
    programmes = read_folder(str(folder), sources)[0].values()
    bodies = "\n".join(t.body for p in programmes for t in p.talks)
    for line in text.splitlines():
        assert line in bodies
