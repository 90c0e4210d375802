"""Types of the C extension ``_speedups.c`` (each function mirrors one of ``speedups.py``)."""

from collections.abc import Callable
from typing import Any

def ascii_words(text: str, /) -> list[str]: ...
def cjk_split(text: str, /) -> list[str]: ...
def strip_emphasis(text: str, /) -> str: ...
def strip_line_marks(text: str, headings: bool, /) -> str: ...
def place(
    tokens: list[str],
    words: list[str] | None,
    memory: dict[str, str] | None,
    poses: dict[str, list[int]],
    start: int,
    unlike: set[str] | None,
    /,
) -> list[str]: ...
def encode_positions(lists: list[list[int]], one: list[bytes], /) -> list[bytes]: ...
def add_postings(
    terms: dict[Any, list[Any]],
    keys: list[Any],
    docnum: int,
    weights: list[float],
    values: list[Any],
    limit: int,
    /,
) -> list[Any]: ...
def encode_block(
    entry: list[Any], fixed: int | None, lengths: Any, base: int, /
) -> tuple[bytes, int, int, int, float, Any, int | None, int]: ...
def merge_field(
    columns: list[tuple[int, list[tuple[bytes, tuple[Any, ...], tuple[int, ...]]]]],
    maps: list[Any],
    prefix: bytes,
    pos: int,
    at: int,
    byte_of: dict[int | None, int],
    length_to_byte: Callable[[int], int],
    hashfn: Callable[[bytes], int],
    buckets: list[list[tuple[int, int]]],
    magic: bytes,
    md5: Callable[[bytes], Any] | None,
    /,
) -> tuple[bytes, bytes, list[int], bytes]: ...
def finish_field(
    keys: list[Any],
    terms: dict[Any, list[Any]],
    written: dict[Any, list[Any]],
    fixed: int | None,
    lengths: Any,
    base: int,
    level: int,
    min_compressed: int,
    compress: Callable[[bytes, int], bytes],
    byte_of: dict[int | None, int],
    length_to_byte: Callable[[int | None], int],
    offset: int,
    /,
) -> tuple[list[tuple[bytes, bytes]], bytes, int]: ...
