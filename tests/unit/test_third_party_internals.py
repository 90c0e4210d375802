"""Private names of Whoosh and Textual that confnotes reads: each one is checked by name.

An upgrade that renames one fails here, naming it, instead of being taken for a
damaged index (Whoosh) or breaking the editor at the first key (Textual).
Both libraries are pinned below their next release in ``pyproject.toml``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from confnotes.index import internals, open_index
from confnotes.index.internals import INTERNALS, Internal, UnsupportedWhoosh
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook


@pytest.fixture(scope="module")
def live() -> dict[str, object]:
    return internals._live_objects()


@pytest.mark.parametrize("item", INTERNALS, ids=str)
def test_whoosh_private_name_is_there(item: Internal, live: dict[str, object]) -> None:
    if item.owner.startswith("whoosh."):
        owner: object = importlib.import_module(item.owner)
    else:
        assert item.owner in live, f"no {item.owner} to read {item.name} from"
        owner = live[item.owner]
    assert hasattr(owner, item.name), (
        f"Whoosh no longer has {item} (used by confnotes.index.{item.used_by}); "
        f"confnotes is tested with whoosh-reloaded{internals.TESTED}"
    )


def test_pyproject_pins_whoosh_to_the_tested_range() -> None:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    assert f'"whoosh-reloaded{internals.TESTED}"' in pyproject.read_text(encoding="utf-8")


def test_a_whoosh_without_an_internal_is_an_error_not_a_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from whoosh.codec.whoosh3 import W3LeafMatcher

    root = make_notebook(tmp_path / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
        monkeypatch.delattr(W3LeafMatcher, "_read_ids")
        internals.missing.cache_clear()
        try:
            with pytest.raises(UnsupportedWhoosh, match="_read_ids"):
                ix.search("equilibrium")
        finally:
            monkeypatch.undo()
            internals.missing.cache_clear()
    assert not list((root / ".confnotes").glob("index.broken-*"))
    with open_index(Notebook(root)) as ix:
        assert ix.search("equilibrium").hits


# Textual: what the editor, the help screen and the command palette read.
TEXTUAL_INTERNALS = [
    ("textual.widgets.TextArea", "_set_document", "NoteArea keeps its fast documents"),
    (
        "textual.widgets.TextArea",
        "_rewrap_and_refresh_virtual_size",
        "LineKeepingArea re-cuts a document at CR and LF only",
    ),
    ("textual.widgets.TextArea", "_on_key", "NoteArea runs bindings in typing order"),
    ("textual.app.App", "_check_bindings", "NoteArea runs bindings in typing order"),
    ("textual.screen.Screen", "_binding_chain", "help screen and palette list the keys that act"),
    ("textual.dom.DOMNode", "_bindings", "help screen lists a screen's keys"),
    ("textual._tree_sitter", "TREE_SITTER", "editor: is Markdown highlighting available"),
    ("textual._tree_sitter", "get_language", "editor: is Markdown highlighting available"),
    ("textual.widgets.TextArea", "_render_line", "NoteArea keeps rows an edit left alone"),
    ("textual.widgets.TextArea", "_has_cursor", "NoteArea keeps rows an edit left alone"),
    ("textual.widgets.TextArea", "_draw_cursor", "NoteArea keeps rows an edit left alone"),
    ("textual._xterm_parser", "XTermParser", "tests: the keys Textual reads from a terminal"),
]
TEXT_AREA_STATE = ["_highlights", "_matching_bracket_location"]
"""Instance attributes NoteArea's row key reads (what ``_render_line`` draws from)."""


def _resolve(path: str) -> object:
    module, _, name = path.rpartition(".")
    try:
        return importlib.import_module(path)
    except ImportError:
        return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize(("owner", "name", "why"), TEXTUAL_INTERNALS, ids=lambda v: str(v))
def test_textual_private_name_is_there(owner: str, name: str, why: str) -> None:
    target = _resolve(owner)
    if name == "_bindings":
        from textual.widget import Widget

        target = Widget()  # an instance attribute
    assert hasattr(target, name), f"Textual no longer has {owner}.{name} ({why})"


def test_textual_wrapped_document_keeps_its_row_table() -> None:
    from textual.widgets.text_area import WrappedDocument

    from confnotes.tui.widgets.note_area import _NoteDocument

    wrapped = WrappedDocument(_NoteDocument("one two three\nfour"), width=5)
    assert hasattr(wrapped, "_offset_to_line_info"), (
        "Textual no longer has WrappedDocument._offset_to_line_info (NoteArea's O(1) height)"
    )


def test_textual_text_area_keeps_the_state_a_row_is_drawn_from() -> None:
    from textual.widgets import TextArea

    area = TextArea("text")
    for name in TEXT_AREA_STATE:
        assert hasattr(area, name), f"Textual no longer has TextArea.{name} (NoteArea's row key)"
