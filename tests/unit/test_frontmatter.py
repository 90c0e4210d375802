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


def _pure_pyyaml(data: object) -> str:
    import yaml

    from confnotes.notebook.yaml_dialect import NoteDumper

    return yaml.dump(
        data,
        Dumper=NoteDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,
    )


_YAML_CHARS = st.text(alphabet=st.sampled_from(list("ab: #'\"-\n\t|>?!&*@`%{}[],.0192\\ ~é☕")))
_ANY_TEXT = st.one_of(st.text(max_size=30), _YAML_CHARS)
_KEYS = st.one_of(
    st.sampled_from(["title", "start", "links", "x-y", "url", "yes", "Null", "1"]),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,70}", fullmatch=True),
    _ANY_TEXT,
)
_VALUES = st.recursive(
    st.one_of(_ANY_TEXT, st.none(), st.integers(), st.booleans()),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(_KEYS, inner, max_size=3)),
    max_leaves=12,
)


@settings(max_examples=1500, deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=6))
@example({"title": "Keynote: 🎉 party", "n": "123", "b": "yes"})
@example({"abstract": "two\nlines\n\n", "z": "x"})
@example({"k": "a" * 20_000 + " b " * 3000})
@example({"yes": "no", "null": None, "on": "1", "x.y": "~", "t": "- a", "u": "1.5e3"})
def test_front_matter_is_written_as_pyyaml_writes_it(data: dict) -> None:
    """Notes are written by libyaml where it writes the very text PyYAML's own emitter
    writes (six times faster for an import), and by PyYAML elsewhere: a note's bytes
    never depend on which one wrote it."""
    assert dump_yaml(data) == _pure_pyyaml(data)
