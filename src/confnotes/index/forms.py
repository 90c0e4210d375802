"""Whether two words the notes hold are forms of one word, in any language of the notes.

A word a note holds is what the user means: matching widens it only to its other forms
(*Netzwerke*/*Netzwerken*, *réseau*/*réseaux*, *нейросеть*/*нейросети*), never to another
word one letter away (*convey* is not *convex*, *spare* not *sparse*, *casual* not
*causal*, *Leitung* not *Leistung*). Edit distance cannot tell the two apart; a language's
inflection rules can. Snowball has those rules for each language the notes are written in
(PyStemmer, the C build the index already uses for English): two words are forms of one
word when one of the stemmers of their script gives them one stem (for English, the
index's own stem, which keeps *indicates* from *indices*).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

LATIN = ("english", "german", "french", "spanish", "portuguese", "italian", "dutch")
"""The Latin-script languages whose inflections are compared (those of talk notes)."""
BY_SCRIPT = {"cyrillic": ("russian",), "greek": ("greek",)}


@lru_cache(maxsize=16)
def _stemmer(language: str) -> Any:
    import Stemmer

    return Stemmer.Stemmer(language)


def _languages(word: str) -> tuple[str, ...]:
    """The stemmers for ``word``'s script (folded words: Latin is ASCII by then)."""
    if word.isascii():
        return LATIN
    first = next((c for c in word if c.isalpha()), "")
    if "\u0400" <= first <= "\u04ff":
        return BY_SCRIPT["cyrillic"]
    if "\u0370" <= first <= "\u03ff" or "\u1f00" <= first <= "\u1fff":
        return BY_SCRIPT["greek"]
    return ()


@lru_cache(maxsize=8192)
def same_word(a: str, b: str) -> bool:
    """Whether the folded words ``a`` and ``b`` are inflections of one word: some stemmer of
    their script gives both the same stem."""
    if a == b:
        return True
    languages = _languages(a)
    if languages != _languages(b):
        return False
    for language in languages:
        if language == "english":
            from confnotes.index.query import stem_word  # Snowball with the index's corrections

            stem = stem_word
        else:
            stem = _stemmer(language).stemWord
        if stem(a) == stem(b):
            return True
    return False
