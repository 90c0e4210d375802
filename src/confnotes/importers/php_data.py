"""Programme data written as PHP arrays: a site's ``events/2020-12-07.php`` that
``return [...]``s its talks, a ``$talks = array(...)`` a template includes.

PHP sites keep their programme in code as often as in a database: a file of arrays,
``'title' => '…'`` pairs, read by the page that renders it. The arrays are JSON in all
but their spelling (``array(...)`` or ``[...]``, ``=>`` for ``:``, single-quoted strings,
``#`` comments, trailing commas), so this reader turns them into the plain values the
JSON and YAML readers give, for the same record readers to read (as
:mod:`confnotes.importers.script_data` does for JavaScript). It reads what a file
returns or assigns (``return [...]``, ``$talks = [...]``, ``$talks[] = [...]`` appended
one by one); what is code inside an array (a variable, a call) becomes ``None``, so the
data around it is kept; a translation call of one string (``__('Keynote')``) is that
string. The markup of a template around its code blocks is not read here (the page
readers read it). One pass over the text, bounded in size, depth and count.
"""

from __future__ import annotations

import re
from typing import Any

from confnotes.importers import script_data
from confnotes.importers.code_scan import MAX_DEPTH, NotData, Syntax, literals_read

PHP = Syntax(word_marks="_", hash_comments=True, spanning_quotes="\"'")
"""PHP's marks: ``#`` comments, strings that span lines."""


MAX_TEXT = 2_000_000
"""Characters of a PHP file read at most (data files are small)."""
MAX_LITERALS = 50
"""Arrays kept at most per file."""
MAX_ATTEMPTS = 1000
"""Places read as an array at most per file (one that turns out to be code is given up
where its reading stopped, so each part of the text is read once)."""

_OPEN_TAG_RE = re.compile(r"<\?(?:php\b|=)?")
_IDENT_RE = re.compile(r"[A-Za-z_\x80-\uffff][\w\x80-\uffff]*")
_NUMBER_RE = re.compile(
    r"-?(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d+)?)"
)
_ARRAY_WORD_RE = re.compile(r"array[ \t\r\n]*\(", re.I)
_HEREDOC_RE = re.compile(r"<<<[ \t]*([\"']?)([A-Za-z_]\w*)\1\r?\n")
_WORDS = {"true": True, "false": False, "null": None}
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "f": "\f", "e": "\x1b", "0": "\0"}
_ESCAPE_RE = re.compile(r"\\(?:u\{([0-9a-fA-F]{1,6})\}|x([0-9a-fA-F]{1,2})|([0-7]{1,3})|(.))", re.S)


def is_php(text: str) -> bool:
    """Whether ``text`` is a PHP file that opens with its code (``<?php`` first): a data
    file or a script, where a template page opens with its markup."""
    return text.lstrip("\ufeff \t\r\n")[:5].lower() == "<?php"


def literals(text: str) -> list[tuple[str, Any]]:
    """The arrays a PHP file returns or assigns, each with the name it is given
    (``talks`` for ``$talks = [...]``, ``default`` for ``return [...]``), in the order
    written; arrays appended one at a time (``$talks[] = [...]``) are one list under
    their name. Arrays that hold no text (``[1, 2]``, ``[$a, $b]``) are left out; so are
    the ones that cannot be read to their end (code, not data)."""
    if len(text) > MAX_TEXT:
        return []
    found: list[tuple[str, Any]] = []
    appended: dict[str, list[Any]] = {}
    read = literals_read(
        text,
        PHP,
        _code_start(text, 0),
        _literal_start,
        lambda at: _Reader(text).value(at, 0),
        MAX_ATTEMPTS,
        _markup_end,
    )
    for _i, name, value in read:
        if not script_data.holds_text(value, 0):
            continue
        if name.endswith("[]"):
            key = name[:-2] or "default"
            if key not in appended:
                appended[key] = []
                found.append((key, appended[key]))
            appended[key].append(value)
        else:
            found.append((name, value))
        if len(found) >= MAX_LITERALS:
            break
    return found


def _markup_end(text: str, i: int) -> int | None:
    """Where code starts again after a template's markup that ``?>`` opens at ``i`` (the
    page readers' part); None elsewhere."""
    return _code_start(text, i + 2) if text.startswith("?>", i) else None


def _code_start(text: str, i: int) -> int:
    """Where the next PHP code block's code begins at or after ``i`` (the text's end
    when no block opens again)."""
    m = _OPEN_TAG_RE.search(text, i)
    return m.end() if m else len(text)


def _array_at(text: str, i: int) -> int:
    """Where the array opening at ``i`` has its first item (after ``[`` or
    ``array(``); -1 when no array opens there."""
    if i < len(text) and text[i] == "[":
        return i
    m = _ARRAY_WORD_RE.match(text, i)
    return i if m else -1


def _literal_start(text: str, i: int) -> tuple[int, str]:
    """Where an array returned or assigned at ``i`` begins, with its name (``[]`` ending
    the name of one appended); (-1, "") when ``i`` is no such place."""
    c = text[i]
    if c == "=":
        before = text[i - 1] if i else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if before in "=!<>+-*/%&|^.?" or after in "=>":
            return -1, ""
        start = _array_at(text, PHP.skip_blank(text, i + 1))
        return (start, _name_before(text, i)) if start >= 0 else (-1, "")
    if (
        c in "rR"
        and text[i : i + 6].lower() == "return"
        and (i == 0 or not PHP.is_word(text[i - 1]))
    ):
        j = i + 6
        if j < len(text) and PHP.is_word(text[j]):
            return -1, ""
        start = _array_at(text, PHP.skip_blank(text, j))
        return (start, "default") if start >= 0 else (-1, "")
    return -1, ""


_TARGET_RE = re.compile(r"\$?([A-Za-z_]\w*)(?:\[[^\[\]\n]{0,80}\])*\s*$")
_INDEX_RE = re.compile(r"\[([^\[\]\n]{0,80})\]")


def _name_before(text: str, i: int) -> str:
    """The name assigned at ``i``: ``$talks =`` → ``talks``, ``$talks[] =`` →
    ``talks[]`` (one more item of a list), ``$data['talks'] =`` → ``talks``."""
    line = text[max(0, i - 200) : i].rsplit("\n", 1)[-1]
    m = _TARGET_RE.search(line)
    if not m:
        return ""
    keys = [k.strip() for k in _INDEX_RE.findall(m.group(0))]
    if keys and not keys[-1]:
        return f"{m.group(1)}[]"
    named = [k[1:-1] for k in keys if len(k) > 1 and k[0] == k[-1] and k[0] in "'\""]
    return (named[-1] if named else "") or m.group(1)


class _Reader:
    """An array read into Python values (a list when no item has a key, else a dict),
    code inside it read as ``None``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)

    def value(self, i: int, depth: int) -> tuple[Any, int]:
        """The value at ``i``, joined with the strings ``.`` concatenates to it."""
        first, i = self._one(i, depth)
        parts = [first]
        while True:
            j = PHP.skip_blank(self.text, i)
            if not (j < self.n and self.text[j] == "." and not self.text.startswith("..", j)):
                break
            if (j + 1 < self.n and self.text[j + 1].isdigit()) or self.text.startswith(".=", j):
                break
            part, i = self._one(j + 1, depth)
            parts.append(part)
        if len(parts) == 1:
            return first, i
        if all(isinstance(p, (str, int, float)) and not isinstance(p, bool) for p in parts):
            return "".join(str(p) for p in parts), i
        return None, i  # a string joined with code: its words are not all here

    def _one(self, i: int, depth: int) -> tuple[Any, int]:
        if depth > MAX_DEPTH:
            raise NotData(i)
        i = PHP.skip_blank(self.text, i)
        if i >= self.n:
            raise NotData(i)
        c = self.text[i]
        if c == "[":
            return self._array(i + 1, "]", depth)
        if m := _ARRAY_WORD_RE.match(self.text, i):
            return self._array(m.end(), ")", depth)
        if c in "\"'":
            return self._string(i)
        if self.text.startswith("<<<", i):
            return self._heredoc(i)
        number = _NUMBER_RE.match(self.text, i)
        if number and number.group(0) != "-":
            return _number(number.group(0)), self._after_code(number.end())
        word = _IDENT_RE.match(self.text, i)
        if word:
            j = PHP.skip_blank(self.text, word.end())
            lowered = word.group(0).lower()
            if lowered in _WORDS and not (j < self.n and self.text[j] in "(:["):
                return _WORDS[lowered], word.end()
            if j < self.n and self.text[j] == "(":
                said = self._one_string_call(j + 1)
                if said is not None:
                    return said
        return None, self._after_code(i)

    def _one_string_call(self, i: int) -> tuple[str, int] | None:
        """A call of one string (``__('Keynote')``, ``t("Pause")``): the string, as a
        translation function gives it back in the site's own language."""
        i = PHP.skip_blank(self.text, i)
        if i >= self.n or self.text[i] not in "\"'":
            return None
        try:
            said, j = self._string(i)
        except NotData:
            return None
        j = PHP.skip_blank(self.text, j)
        if j < self.n and self.text[j] == ",":  # a text domain after it: still the text
            j = PHP.skip_blank(self.text, j + 1)
            if j < self.n and self.text[j] in "\"'":
                try:
                    _domain, j = self._string(j)
                except NotData:
                    return None
                j = PHP.skip_blank(self.text, j)
        if j < self.n and self.text[j] == ")":
            return said, j + 1
        return None

    def _after_code(self, i: int) -> int:
        """The end of a value that is code: the next ``,`` or closing bracket at this
        depth, brackets inside it skipped."""
        return PHP.after_code(self.text, i, (",", "=>"), stops=";")

    def _array(self, i: int, closing: str, depth: int) -> tuple[Any, int]:
        keyed: dict[str, Any] = {}
        items: list[Any] = []
        has_keys = False
        while True:
            i = PHP.skip_blank(self.text, i)
            if i >= self.n:
                raise NotData(i)
            if self.text[i] == closing:
                return (keyed if has_keys else items), i + 1
            if self.text.startswith("...", i):
                i = self._separator(self._after_code(i + 3), closing)
                continue
            item, i = self.value(i, depth + 1)
            j = PHP.skip_blank(self.text, i)
            if self.text.startswith("=>", j):
                if not has_keys:
                    has_keys = True
                    keyed.update((str(k), v) for k, v in enumerate(items))
                value, i = self.value(j + 2, depth + 1)
                keyed[_key(item, len(keyed))] = value
            elif has_keys:
                keyed[str(_next_index(keyed))] = item
            else:
                items.append(item)
            i = self._separator(i, closing)

    def _separator(self, i: int, closing: str) -> int:
        i = PHP.skip_blank(self.text, i)
        if i < self.n and self.text[i] == ",":
            return i + 1
        if i < self.n and self.text[i] == closing:
            return i
        raise NotData(i)

    def _string(self, i: int) -> tuple[str, int]:
        quote = self.text[i]
        j = PHP.skip_string(self.text, i)
        if j > self.n or self.text[j - 1] != quote or j == i + 1:
            raise NotData(j)
        body = self.text[i + 1 : j - 1]
        if quote == "'":
            return body.replace("\\\\", "\\").replace("\\'", "'"), j  # the only two
        return _unescape(body), j

    def _heredoc(self, i: int) -> tuple[str, int]:
        """A heredoc or nowdoc (``<<<EOT`` … ``EOT``): its lines, less the closing
        marker's indentation."""
        m = _HEREDOC_RE.match(self.text, i)
        if not m:
            raise NotData(i)
        marker, at = m.group(2), m.end()
        while at < self.n:
            line_end = self.text.find("\n", at)
            line_end = self.n if line_end < 0 else line_end
            indent = len(self.text[at:line_end]) - len(self.text[at:line_end].lstrip(" \t"))
            after = at + indent + len(marker)
            if self.text.startswith(marker, at + indent) and not (
                after < self.n and PHP.is_word(self.text[after])
            ):
                break
            at = line_end + 1
        else:
            raise NotData(self.n)
        body = self.text[m.end() : at].removesuffix("\n").removesuffix("\r")
        if indent:
            body = "\n".join(line[indent:] for line in body.split("\n"))
        return (body if m.group(1) == "'" else _unescape(body)), after


def _unescape(body: str) -> str:
    """A double-quoted string's escapes; a variable in it (``$name``) stays as written."""

    def one(m: re.Match[str]) -> str:
        if m.group(1):
            return chr(min(int(m.group(1), 16), 0x10FFFF))
        if m.group(2):
            return chr(int(m.group(2), 16))
        if m.group(3):
            return chr(int(m.group(3), 8) % 256)
        c = m.group(4)
        if c in _ESCAPES:
            return _ESCAPES[c]
        return c if c in '\\$"' else m.group(0)

    return _ESCAPE_RE.sub(one, body)


def _key(item: Any, count: int) -> str:
    if item is None or isinstance(item, (dict, list)):
        return str(count)
    if isinstance(item, bool):
        return str(int(item))
    return str(item)


def _next_index(keyed: dict[str, Any]) -> int:
    numbers = [int(k) for k in keyed if k.lstrip("-").isdigit()]
    return max(numbers, default=-1) + 1


def _number(token: str) -> Any:
    token = token.replace("_", "")
    try:
        lowered = token.lower().lstrip("-")
        if lowered.startswith("0x"):
            return int(token, 16)
        if lowered.startswith("0b"):
            return int(token, 2)
        value = float(token)
    except ValueError:
        return token
    integer = value.is_integer() and not any(c in token for c in ".eE")
    return int(value) if integer else value
