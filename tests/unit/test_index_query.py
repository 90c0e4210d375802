"""The query language: parsing into a tree, and helpful errors for bad syntax."""

from __future__ import annotations

import pytest

from confnotes.errors import BadInputError
from confnotes.index.query import (
    And,
    DateRange,
    Not,
    Or,
    Phrase,
    QuerySyntaxError,
    Word,
    parse,
    plain_words,
    substitute,
)


def test_words_are_anded() -> None:
    node = parse("equilibrium models")
    assert isinstance(node, And)
    assert [w.text for w in node.children] == ["equilibrium", "models"]  # type: ignore[attr-defined]


def test_or_binds_tighter_than_implicit_and() -> None:
    node = parse("deep bengio OR abbeel")
    assert isinstance(node, And)
    assert isinstance(node.children[1], Or)


def test_not_and_minus() -> None:
    for q in ("networks -equilibrium", "networks NOT equilibrium", "networks AND NOT equilibrium"):
        node = parse(q)
        assert isinstance(node, And)
        assert isinstance(node.children[1], Not), q


def test_phrase_prefix_and_groups() -> None:
    node = parse('"mode collapse" equilib* (a OR b)')
    assert isinstance(node, And)
    phrase, prefix, group = node.children
    assert phrase == Phrase("mode collapse")
    assert isinstance(prefix, Word) and prefix.prefix and prefix.text == "equilib"
    assert isinstance(group, Or)


def test_fields_and_aliases() -> None:
    assert parse("speaker:kolter") == Word("kolter", "speaker", start=8, end=14)
    assert isinstance(parse("speakers:kolter"), Word)
    assert parse('room:"west ballroom"') == Phrase("west ballroom", "room")
    grouped = parse("title:(flows OR gan)")
    assert isinstance(grouped, Or)
    assert all(w.field == "title" for w in grouped.children)  # type: ignore[attr-defined]


def test_dates() -> None:
    assert parse("date:2019-12-10") == DateRange("2019-12-10", "2019-12-10")
    assert parse("date:2019-12-10..2019-12-12") == DateRange("2019-12-10", "2019-12-12")
    assert parse("date:..2019-12") == DateRange(None, "2019-12")
    assert parse("date:2019") == DateRange("2019", "2019")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("(equilibrium", "never closed"),
        ("equilibrium)", "no matching '('"),
        ('"mode collapse', "closing quote"),
        ("speakr:kolter", "did you mean 'speaker:'"),
        ("", "empty"),
        ("   ", "empty"),
        ("networks OR", "'OR' needs a term after it"),
        ("OR networks", "'OR' needs a term before it"),
        ("- --", "nothing to search for"),
        ("NOT", "'NOT' needs a term after it"),
        ("date:2019-13-01", "does not exist"),
        ("date:yesterday", "YYYY-MM-DD"),
        ("date:2019-12-12..2019-12-10", "ends before it starts"),
        ("eq*lib", "only allowed at the end"),
        ("*", "needs a few letters"),
        ("title:", "needs a value"),
        ("()", "empty parentheses"),
    ],
)
def test_bad_syntax_is_explained(query: str, expected: str) -> None:
    with pytest.raises(QuerySyntaxError) as err:
        parse(query)
    assert expected in str(err.value)
    assert isinstance(err.value, BadInputError)  # exit status 2 on the CLI


def test_column_is_reported() -> None:
    with pytest.raises(QuerySyntaxError, match="column 7"):
        parse("a b c (d")


def test_lone_dashes_are_ignored() -> None:
    node = parse("calibration - abstention")
    assert isinstance(node, And)
    assert [w.text for w in node.children] == ["calibration", "abstention"]  # type: ignore[attr-defined]
    assert parse("networks -") == Word("networks", start=0, end=8)


def test_lowercase_operators_are_words() -> None:
    node = parse("war or peace")
    assert isinstance(node, And) and len(node.children) == 3


def test_typo_candidates_skip_negated_and_prefix_words() -> None:
    node = parse("equilbrium -gan flow* title:modles")
    assert [w.text for w in plain_words(node)] == ["equilbrium", "modles"]


def test_substitute_keeps_the_rest_of_the_query() -> None:
    query = "equilbrium speaker:koltr -gan"
    words = plain_words(parse(query))
    assert substitute(query, [(words[0], "equilibrium"), (words[1], "kolter")]) == (
        "equilibrium speaker:kolter -gan"
    )
