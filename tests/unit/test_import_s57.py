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
    assert doctree._parser_for(plain) is not doctree._MD
    marked = "# A\n> b\n- c = d\n--- ``` *e* _f_ [g](h) ![i](j) &amp; \\k <l> m: ~n\n"
    marked += "1) o\n2. p\n+ q\n"
    assert doctree._parser_for(marked) is doctree._MD
    assert doctree._parser_for(plain.encode()) is doctree._parser_for(plain)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MARKUP, max_size=12).map("".join))
def test_the_parser_for_a_text_gives_the_tree_every_rule_gives(text: str) -> None:
    assert _shape(doctree._parser_for(text), text) == _shape(doctree._MD, text)


def test_a_table_with_no_pipe_keeps_its_rule() -> None:
    # a delimiter row alone makes a one-column table: the table rule needs a "-", no "|"
    text = "slot\n:-\n"
    assert _shape(doctree._parser_for(text), text) == _shape(doctree._MD, text)
    assert "<table" in _shape(doctree._MD, text)
