"""The one fold: how confnotes compares text a person typed with text in the notes.

The index, the query parser, people matching and slugs all fold with
:func:`fold`, so ``Müller`` typed in a query, ``Mu\\u0308ller`` saved by a macOS
editor, ``MÜLLER`` in a programme and the file name ``muller.md`` meet:

1. NFKC first: a decomposed letter and its composed form become one character, and
   compatibility forms become the plain ones (full-width ``Ａ１００`` and ``：``,
   half-width ``ｶｰﾈﾙ``, the ideographic space, ligatures, superscripts);
2. Latin letters (``é``, ``ß``, ``Ł``, ``ø``) are transliterated to ASCII with
   ``text-unidecode`` (the table ``python-slugify`` uses, so slugs of Latin names do
   not change);
3. every other script (Greek, Cyrillic, CJK, Devanagari...) is kept in its own letters,
   case-folded (Greek final ``ς`` is ``σ``); the marks that only accent a letter go as
   they go in Latin — Greek tonos and dialytika, Cyrillic ``ё`` read as ``е`` (Russian
   print leaves the dots out) — while marks that make a letter of their own stay
   (``й``, Devanagari vowel signs).

:func:`compat` is step 1 alone, for whole texts before they are cut into words: a
half-width or full-width run must be cut as its plain form is.
"""

from __future__ import annotations

from functools import lru_cache

ACCENTED = ("LATIN", "GREEK")
"""Scripts whose marks only accent a letter: they go with the fold (a typed ``μηχανικη``
meets ``μηχανική`` as ``muller`` meets ``Müller``)."""
_SAME_LETTER = {"ё": "е", "Ё": "е"}
"""Letters written with or without their mark in ordinary print: one letter to the fold."""


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> tuple[str, bool]:
    """A non-ASCII character folded, and whether its marks go too (Latin and Greek)."""
    import unicodedata  # its table loads in ~3 ms: only for text that is not ASCII

    if c in _SAME_LETTER:
        return _SAME_LETTER[c], False
    name = unicodedata.name(c, "")
    if "LATIN" in name:
        from text_unidecode import unidecode  # its table costs 15 ms to load: only when needed

        return unidecode(c).lower(), True
    if "GREEK" in name:
        base = "".join(
            ch for ch in unicodedata.normalize("NFD", c) if not unicodedata.combining(ch)
        )
        return base.casefold(), True
    return c.casefold(), False


def compat(text: str) -> str:
    """``text`` in Unicode's compatibility composition (NFKC): full-width and half-width
    forms, the ideographic space and ligatures as their plain forms (see the module
    docstring); ASCII and text already normal come back as they are."""
    if text.isascii():
        return text
    import unicodedata

    if unicodedata.is_normalized("NFKC", text):
        return text
    return unicodedata.normalize("NFKC", text)


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

    text = unicodedata.normalize("NFKC", text)
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
