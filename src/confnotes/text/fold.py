"""The one fold: how confnotes compares text a person typed with text in the notes.

The index, the query parser, people matching and slugs all fold with
:func:`fold`, so ``Müller`` typed in a query, ``Mu\\u0308ller`` saved by a macOS
editor, ``MÜLLER`` in a programme and the file name ``muller.md`` meet:

1. NFC first: a decomposed letter and its composed form become one character;
2. Latin letters (``é``, ``ß``, ``Ł``, ``ø``, ligatures, full-width forms) are
   transliterated to ASCII with ``text-unidecode`` (the table ``python-slugify``
   uses, so slugs of Latin names do not change);
3. every other script (Greek, Cyrillic, CJK, Devanagari...) is kept as written,
   lower-cased, so it stays searchable in its own letters.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> tuple[str, bool]:
    """A non-ASCII character folded, and whether it was Latin (its marks then go too)."""
    import unicodedata  # its table loads in ~3 ms: only for text that is not ASCII

    name = unicodedata.name(c, "")
    if "LATIN" in name:
        from text_unidecode import unidecode  # its table costs 15 ms to load: only when needed

        return unidecode(c).lower(), True
    return c.lower(), False


def fold(text: str) -> str:
    """``text`` lower-cased, Latin transliterated to ASCII, other scripts kept (see above)."""
    if text.isascii():
        return text.lower()
    if len(text) <= 64:  # words and names: cached (indexing folds the same words again and again)
        return _fold_word(text)
    return _fold(text)


@lru_cache(maxsize=65536)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    latin = False
    for c in text:
        if c < "\x80":
            out.append(c.lower())
            latin = True
            continue
        if unicodedata.combining(c):
            if not latin:  # a mark on a letter of another script belongs to the word
                out.append(c)
            continue
        folded, latin = _fold_char(c)
        out.append(folded)
    return "".join(out)


fold_word = lru_cache(maxsize=65536)(fold)
""":func:`fold` for words (the index folds each token it reads): a cache hit costs no Python
call. Not for whole texts, which would fill the cache."""
