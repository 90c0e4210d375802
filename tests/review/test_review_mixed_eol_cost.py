"""REVIEW reproduction: saving a note with mixed line endings matched every line with difflib.

``SequenceMatcher`` is quadratic: one typed character in a 6,000-line mixed note cost
~1.1 s CPU per autosave (19,000 lines: 11.6 s), holding the GIL, so the UI froze on
every save. Unchanged leading and trailing lines are now matched directly; these
tests check the endings a user keeps, not timing (timing belongs in benchmarks/).
"""

from __future__ import annotations

from confnotes.storage import decode_text, encode_text


def _mixed(n: int) -> bytes:
    return "".join(f"line {i}" + ("\r\n" if i % 3 else "\n") for i in range(n)).encode()


def test_one_edit_in_a_long_mixed_note_keeps_every_other_ending() -> None:
    data = _mixed(30_000)  # past the difflib cap: only the head/tail matching can keep these
    decoded = decode_text(data)
    edited = decoded.text.replace("line 15000\n", "line 15000 edited\n")
    out = encode_text(edited, decoded.newline, False, decoded)
    assert out == data.replace(b"line 15000", b"line 15000 edited")


def test_inserted_and_deleted_lines_keep_the_others_endings() -> None:
    data = b"a\r\nb\nc\r\nd\ne\r\n"
    decoded = decode_text(data)
    out = encode_text("a\nNEW\nb\nd\ne\n", decoded.newline, False, decoded)
    assert out == b"a\r\nNEW\r\nb\nd\ne\r\n"
