"""Unicode ranges of scripts written without spaces between words."""

from __future__ import annotations

import re

CJK_RANGES = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # compatibility ideographs
    "\uac00-\ud7af"  # hangul syllables
)
"""Chinese, Japanese and Korean letters, for a character class (``[{CJK_RANGES}]``): the
one definition the search index, the name tests and the importers share."""

CJK_SIGN_RE = re.compile(f"[{CJK_RANGES}]")
"""One such letter: ``CJK_SIGN_RE.search(word)`` says a word is written in one of them."""
