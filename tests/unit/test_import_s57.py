"""Parsing speed by design: the document tree of a long notes file does less work (rules
that cannot fire left out, spans placed in one walk, lines read once) and stays the
same tree, node for node."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.importers import doctree

_MARKUP = st.sampled_from(
    [
        "Keynote on cold caches\n",
        "\n",
        "# Morning\n",
        "Hall B\n======\n",
        "Hall C\n---\n",
        "- queue depth\n",
        "  + nested point\n",
        "* starred point\n",
        "3) third\n",
        "> a remark from the floor\n",
        "| slot | room |\n| --- | --- |\n| 9:00 | A |\n",
        "slot\n:-\n",
        "```\nmake bench\n```\n",
        "~~~\nraw\n~~~\n",
        "    four spaces in\n",
        "\tone tab in\n",
        "***\n",
        "___\n",
        "<p>slides <b>here</b></p>\n",
        "see <https://example.org/a> now\n",
        "[deck]: https://example.org/deck\n",
        "the [deck] and [notes](https://example.org/n) ![chart](c.png)\n",
        "fish &amp; chips &#35;\n",
        "a \\* literal star\n",
        "*soft* and __loud__\n",
        "question\n: an answer\n",
        "line with two spaces  \nafter\n",
        "—é基\n",
        "\r\n",
    ]
)


def _shape(parser: object, text: str) -> str:
    """Everything the parser's tree says of a text (or that it panicked)."""
    try:
        return parser.tree(text).pretty(srcmap=True, meta=True, attrs=True)  # type: ignore[attr-defined]
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # the Rust parser's panic
        return "panic"


def test_a_text_is_parsed_without_the_rules_it_gives_nothing_to() -> None:
    plain = "Notes of the day\n\n- queue depth\n- lock contention\n"
    assert doctree._held_markers(plain) == frozenset("\n-")
    marked = "# A\n> b\n- c = d\n--- ``` *e* _f_ [g](h) ![i](j) &amp; \\k <l> m: ~n\n"
    marked += "1) o\n2. p\n+ q\n"
    assert doctree._held_markers(marked) == frozenset(doctree._MARKER_CHARS)
    assert doctree._held_markers(plain.encode()) == doctree._held_markers(plain)
    assert doctree._parser_for(plain) is doctree._parser(frozenset("\n-"))
    # its parser has no link or emphasis rule: shown another text, it reads neither
    other = "[deck](https://example.org) and *this*\n"
    assert "link" not in _shape(doctree._parser_for(plain), other)
    assert "<em" not in _shape(doctree._parser_for(plain), other)
    assert "<link" in _shape(doctree._parser_for(other), other)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MARKUP, max_size=12).map("".join))
def test_the_parser_for_a_text_gives_the_tree_every_rule_gives(text: str) -> None:
    assert _shape(doctree._parser_for(text), text) == _shape(doctree._MD, text)


def test_a_table_with_no_pipe_keeps_its_rule() -> None:
    # a delimiter row alone makes a one-column table: the table rule needs a "-", no "|"
    text = "slot\n:-\n"
    assert _shape(doctree._parser_for(text), text) == _shape(doctree._MD, text)
    assert "<table" in _shape(doctree._MD, text)


def _wide_lines_by_splitting(data: bytes) -> tuple[list[int], list[int]]:
    """The wide lines worked out the plain way: every line split out and decoded."""
    keys: list[int] = []
    shifts: list[int] = []
    extra = at = 0
    for line in data.split(b"\n"):
        at += len(line) + 1
        if not line.isascii():
            extra += len(line) - len(line.decode())
            keys.append(at)
            shifts.append(extra)
    return keys, shifts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["plain", "é", "—", "基", "🎤", "\n", " ", "\n\n"]), max_size=30))
def test_wide_lines_are_found_from_byte_roles(parts: list[str]) -> None:
    data = "".join(parts).encode()
    assert doctree._wide_lines(data) == _wide_lines_by_splitting(data)


def test_utf8_roles_mark_newlines_and_the_bytes_beyond_a_characters_first() -> None:
    roles = "a\né—".encode().translate(doctree._UTF8_ROLES)
    assert list(roles) == [0, 10, 2, 1, 2, 1, 1]


def test_spans_of_blocks_count_wide_lines_in_one_walk(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Blocks come in order: the wide lines before each are counted on from the last
    block's, not searched for again (a binary search for every block's two ends)."""
    text = "".join(
        f"## 9:{n:02d} Talk — Ana Ruiz\n\nNotes on caches.\n\n- a point\n\n" for n in range(40)
    )
    calls: list[int] = []
    search = doctree.bisect.bisect_right

    def counted(*args: object, **kwargs: object) -> int:
        calls.append(1)
        return search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(doctree.bisect, "bisect_right", counted)
    doc = doctree.parse_markdown(text)
    heads = [n for n in doc.root.children if n.kind == "heading"]
    assert len(heads) == 40
    assert all(text[h.start : h.end].startswith("## 9:") for h in heads)
    assert all(text[h.end - 1] == "\n" for h in heads)
    assert len(calls) <= 2


def test_no_html_block_opening_a_table_leaves_the_blocks_as_they_are() -> None:
    text = "# Day\n\n<p>slides</p>\n\n- a point\n"
    doc = doctree.parse_markdown(text)
    builder = doctree._MarkdownBuilder(text, doctree._Offsets(text, text))
    nodes = list(doc.root.children)
    assert doctree._whole_tables(nodes, builder) is nodes


def test_an_html_table_cut_by_blank_lines_is_one_node() -> None:
    text = "Intro words\n\n<table>\n<tr><td>9:00</td></tr>\n\n"
    text += "<tr><td>9:30</td></tr>\n</table>\n\nAfter\n"
    doc = doctree.parse_markdown(text)
    html = [n for n in doc.root.children if n.kind == "html"]
    assert len(html) == 1
    assert text[html[0].start : html[0].end].rstrip().endswith("</table>")


def test_line_openings_skip_a_line_opening_with_no_kinds_character() -> None:
    for plus in (False, True):
        first, rest = doctree._OPENINGS_RES[plus]
        assert first.pattern.startswith("\\A" + doctree._OPENING_CHAR)
        assert rest.pattern.startswith("\n" + doctree._OPENING_CHAR)


_LINES = st.sampled_from(
    ["plain", "##Talk", " ### x", "</div>", "  <tr>", "<p>", "--", "==", "+--+", "| a |", "- x",
     "> q", "1. one", "\t<TR>", "", "  ", "> " * 70 + "deep", "- " * 66 + "x", "١. digit",
     "- é", "* * *", "  ___", "- ---", "10:30 talk", ": an answer", "  ~ also", "    code",
     "-\tcode", "1.     code", "## 9:00 Talk", "-", "=", "+ x", "* y", "<img src=a.jpg>",
     " \t<IMG>", "    <img>", "<Img alt=x>", "<imgs>"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=20).map("\n".join))
def test_line_openings_are_those_of_every_line_tried(text: str) -> None:
    # every line tried against every kind: no opening character looked for first, no list
    # item of words passed over (what the one scan leaves out opens none of the kinds)
    rules = doctree._PLUS_RULES if "+" in text else doctree._RULES
    kinds = "|".join([*doctree._OPENINGS, rules, doctree._BLOCK_OPENING])
    pattern = doctree.re.compile("(?:" + kinds + ")")
    expected = doctree._LineOpenings([])
    at = 0
    for n, line in enumerate(text.split("\n")):
        m = pattern.match(text, at)
        at += len(line) + 1
        if m is None:
            continue
        kind = m.lastgroup or ""
        if kind == "deep":
            expected.deep.append((m.start(kind), m.group(kind)))
        elif kind == "unspaced":
            expected.unspaced = True
        elif kind == "tag":
            expected.closing |= m.group(kind).endswith("/")
            expected.row |= not m.group(kind).endswith("/")
            if "\t" in m.group(kind):
                expected.blocks.add("indent")
        elif kind == "image":
            expected.image = True
            if "\t" in m.group(kind):
                expected.blocks.add("indent")
        elif kind == "rule":
            expected.rules.append(n)
        else:
            expected.blocks.add(kind)
    assert doctree._line_openings(text) == expected
