"""Private names of Textual that confnotes reads: each one is checked by name.

An upgrade that renames one fails here, naming it, instead of breaking the editor
at the first key. Textual is pinned below its next major release in ``pyproject.toml``;
the index reads no private name of Whoosh (it goes through its public API only).
"""

from __future__ import annotations

import importlib

import pytest

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
