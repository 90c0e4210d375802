"""A template's translation calls read as the words they wrap.

A site translated through gettext writes each of a page's words inside a call the server
fills in: uliweb's and web2py's ``{{=_('…')}}``, Jinja's ``{{ _("…") }}``, ``{{ "…"|trans }}``
and ``{% trans %}…{% endtrans %}``, Django's ``{% trans "…" %}``, PHP's ``<?= __('…') ?>``
and ``<?php _e('…'); ?>``. A reader of the saved template saw the call, not the words (a
speaker's cell read ``{{=_('Ana Ruiz')}}``, no name). Each call here becomes its words,
padded with blanks to the call's length (a newline stays a newline), so every offset and
line of the page stays where it was and the tree's spans still cut the source as written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

_CALL_RE = re.compile(
    r"(?:\{\{[-=<]{0,2}|<\?=|<\?php|<%=)[ \t]{0,8}(?:echo[ \t]{1,8})?"
    r"(?:_|__|_e|_t|gettext|ugettext|trans|translate|i18n)\([ \t]{0,8}(['\"])"
)
"""A translation call's opening, up to its string's quote: a template's output tag
(``{{``, ``{{=``, ``{{<<``, ``<?=``, ``<?php echo``, ``<%=``) around a gettext function."""
_CALL_END_RE = re.compile(r"[ \t]{0,8}(?:,[^()\n]{0,200})?\)[ \t;]{0,8}(?:\}\}|\?>|%>)")
"""After the string: other arguments (``_('%s talks', n)``), the call's bracket and the
tag's close."""
_FILTER_RE = re.compile(r"\{\{-?[ \t]{0,8}(['\"])")
"""A filter's opening: an output tag around a string (``{{ "Schedule"|trans }}``)."""
_FILTER_END_RE = re.compile(r"[ \t]{0,8}\|[ \t]{0,8}(?:trans|t|translate|i18n)\b[^{}\n]{0,100}\}\}")
_BLOCK_TAG_RE = re.compile(
    r"\{%-?[ \t]{0,8}(?:end)?(?:block)?trans\b(?![ \t]{0,8}['\"])[^%\n]{0,200}%\}"
)
"""Jinja's and Django's translated block's tags (``{% trans %}``, ``{% endblocktrans %}``):
the words between them are the page's."""
_SINGLE_RE = re.compile(r"\{%-?[ \t]{0,8}trans[ \t]{1,8}(['\"])")
"""Django's one-string tag, ``{% trans "Lunch" %}``, up to its quote."""
_SINGLE_END_RE = re.compile(r"[^%\n]{0,100}%\}")
MAX_WORDS = 20_000
"""The longest string a call wraps (a talk's abstract in one call is a few thousand)."""


def translated(text: str) -> str:
    """``text`` with each translation call replaced by its words, blank-padded to its
    length; ``text`` itself when it holds none (most pages)."""
    if not ("{{" in text or "<?" in text or "<%" in text or "{%" in text):
        return text
    out: list[str] = []
    at = 0
    quoted = _code_spans(text)
    starts = [a for a, _b in quoted]
    for start, head, end, words in _calls(text):
        n = bisect.bisect_right(starts, start) - 1
        if n >= 0 and start < quoted[n][1]:
            continue  # a snippet of template code shown on the page: its bytes as written
        out.append(text[at:start])
        out.append(_padded(text[start:end], head - start, words))
        at = end
    if not out:
        return text
    out.append(text[at:])
    return "".join(out)


_CODE_OPEN_RE = re.compile(r"<(pre|code|textarea|xmp)\b[^<>]{0,500}>", re.I)
"""An element whose text is shown as written: a code sample quoting a template's call."""


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Where the page shows code (``<pre>``, ``<code>``…): from each such element's start
    tag to its end tag (or the page's end when it does not close)."""
    if "<" not in text:
        return []
    spans: list[tuple[int, int]] = []
    lower = ""
    at = 0
    while m := _CODE_OPEN_RE.search(text, at):
        lower = lower or text.lower()
        end = lower.find(f"</{m.group(1).lower()}", m.end())
        end = len(text) if end < 0 else end
        spans.append((m.start(), end))
        at = max(end, m.end())
    return spans


def _calls(text: str) -> list[tuple[int, int, int, str]]:
    """Each call's start, where its words start, its end and its words, in order, none
    overlapping."""
    found: list[tuple[int, int, int, str]] = []
    for opening, closing in ((_CALL_RE, _CALL_END_RE), (_FILTER_RE, _FILTER_END_RE),
                             (_SINGLE_RE, _SINGLE_END_RE)):  # fmt: skip
        for m in opening.finditer(text):
            string = _string_end(text, m.end(), m.group(1))
            if string < 0:
                continue
            close = closing.match(text, string + 1)
            if close:
                words = text[m.end() : string].replace("\\" + m.group(1), m.group(1))
                found.append((m.start(), m.end(), close.end(), words))
    found.extend((m.start(), m.end(), m.end(), "") for m in _BLOCK_TAG_RE.finditer(text))
    found.sort()
    kept: list[tuple[int, int, int, str]] = []
    for call in found:
        if not kept or call[0] >= kept[-1][2]:
            kept.append(call)
    return kept


def _string_end(text: str, start: int, quote: str) -> int:
    """Where the string opened before ``start`` closes (a quote not escaped), or -1."""
    at = text.find(quote, start, start + MAX_WORDS)
    while at > 0 and text[at - 1] == "\\":
        at = text.find(quote, at + 1, start + MAX_WORDS)
    return at


def _padded(call: str, head: int, words: str) -> str:
    """``words`` at ``head`` of ``call``: blanks for the call's own characters before and
    after them, its newlines kept (an escaped quote's backslash becomes a blank after)."""
    return _blank(call[:head]) + words + _blank(call[head + len(words) :])


def _blank(markup: str) -> str:
    """A blank for each character but a newline."""
    return "".join("\n" if c == "\n" else " " for c in markup)


def with_template_words(data: bytes, is_page: Callable[[str], bool]) -> bytes:
    """A template page's bytes with its translation calls read as their words, for every
    reader of the page (its tree's, its lines'); other documents as they are: a person's
    notes keep every byte, a snippet of template code in them too. ``is_page`` tells a
    page from other text (the tree's test, passed in: the tree reads this module)."""
    if b"_(" not in data and b"trans" not in data and b"gettext" not in data:
        return data
    text = data.decode("utf-8", errors="replace")
    if not is_page(text):
        return data
    words = translated(text)
    return data if words is text else words.encode()
