"""Front matter is read safely and written back without losing anything."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from confnotes.errors import FrontMatterError
from confnotes.notebook.frontmatter import (
    Document,
    dump_yaml,
    load_yaml,
    parse_document,
    render_document,
)


def test_values_are_not_coerced() -> None:
    doc = parse_document("---\ntitle: no\nversion: 1.10\nday: 2019-12-10\nn: 3\n---\nbody\n")
    assert doc.data == {"title": "no", "version": "1.10", "day": "2019-12-10", "n": 3}
    assert doc.body == "body\n"
    assert doc.body_line == 7


def test_no_front_matter_is_all_body() -> None:
    doc = parse_document("# Just notes\n---\nmore\n")
    assert doc.data == {}
    assert doc.body == "# Just notes\n---\nmore\n"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("---\ntitle: x\n", 1, "never closed"),
        ("---\n- a\n- b\n---\n", 2, "mapping"),
        ("---\ntitle: ok\nx: [1,\n---\n", 4, "invalid YAML"),
        ("---\na: 1\nb: 2\na: 3\n---\n", 4, "duplicate key"),
        ("---\nx: !!python/object/apply:os.system ['echo hi']\n---\n", 2, "unsupported YAML tag"),
    ],
)
def test_bad_front_matter_names_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(FrontMatterError) as info:
        parse_document(text, "note.md")
    assert info.value.line == line
    assert words in str(info.value)
    assert str(info.value).startswith(f"note.md:{line}: ")


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        cur = chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(FrontMatterError, match="aliases"):
        load_yaml("\n".join(lines))


def test_unchanged_front_matter_keeps_its_bytes() -> None:
    text = "---\ntitle:   'Odd  spacing'   # a comment\ntags: [a, b]\n---\nbody"
    doc = parse_document(text)
    assert render_document(doc, dict(doc.data), doc.body) == text


keys = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)
values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children, max_size=3),
    max_leaves=8,
)


@settings(max_examples=200, deadline=None)
@given(data=st.dictionaries(keys, values, max_size=6), body=st.text())
@example(data={"a": "\n"}, body="")  # PyYAML ends a `|+` value with `...`, once read as the end
def test_any_mapping_and_body_round_trip(data: dict, body: str) -> None:
    body = body.replace("\r", "")
    text = render_document(Document({}, ""), data, body)
    doc = parse_document(text)
    assert doc.data == data
    assert doc.body == body


def test_dump_keeps_unicode_and_order() -> None:
    out = dump_yaml({"z": "Kajić", "a": "Hyvärinen", "empty": None})
    assert out == "z: Kajić\na: Hyvärinen\nempty:\n"
