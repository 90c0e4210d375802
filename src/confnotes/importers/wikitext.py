"""Wiki markup (MoinMoin, MediaWiki, DokuWiki, Creole) read as the Markdown it means.

A programme kept on a wiki and saved as text writes its headings ``== Day ==``, its
links ``[https://… Title]`` or ``[[target|Title]]``, its bold ``'''Title'''`` and its
tables ``{| … |}`` or ``^ head ^`` / ``| cell |``. Markdown reads none of those: a heading
is a paragraph, a link's address is part of a title. As an Org or AsciiDoc file is, a
wiki text is rewritten line for line into the Markdown of the same nodes and marks
(:func:`wiki_lines`), its tables read apart (:func:`wiki_tables`), so that every reader
of the document tree reads it as it reads Markdown. Only a text whose headings are
written the wikis' way (``=`` on both sides) is read so: a Markdown or reStructuredText
text with ``==`` rules or ``[x]`` brackets reads as before.
"""

from __future__ import annotations

import re

_HEADING_RE = re.compile(
    r"^[ \t]{0,3}(={1,6})[ \t]{0,40}([^=\s][^\n]{0,500}?)[ \t]{0,40}\1[ \t]{0,40}$"
)
"""A wiki heading: its title between runs of ``=`` as long on both sides (``== Day ==``)."""
_MD_HEADING_RE = re.compile(r"^#{1,6}[ \t]")
_LIST_RE = re.compile(r"^([*#]{1,6})[ \t]{1,40}(?=\S)")
"""A MediaWiki list item at the margin: ``*`` a bullet, ``#`` a number, one per level."""
_PIPED_LINK_RE = re.compile(r"\[\[([^\[\]|\n]{1,1000})(?:\|([^\[\]\n]{1,500}))?\]\]")
"""An internal or piped link, ``[[target|words]]`` (the words after the last ``|``)."""
_BRACKET_LINK_RE = re.compile(
    r"\[([a-zA-Z][\w+.-]{0,30}:[^\s\[\]]{1,1000})(?:[ \t]{1,40}([^\[\]\n]{1,500}))?\](?!\()"
)
"""An external link, ``[https://example.org/talk.pdf Words]`` (MoinMoin, MediaWiki), or an
attachment's or page's, ``[attachment:slides.pdf Words]``; not a Markdown link's words."""
_MOIN_PAGE_LINK_RE = re.compile(r"\[:([^:\[\]\n]{1,300}):([^\[\]\n]{1,300})\]")
"""A MoinMoin page link with its words, ``[:Page/Name:Words]``."""
_SLASH_ITALIC_RE = re.compile(r"(?<![:\w/])//(?=\S)([^\n]{1,300}?)(?<=\S)//(?!\w)")
"""DokuWiki's and Creole's italic, ``//words//`` (not an address's ``://``)."""
_TABLE_ROW_RE = re.compile(r"^[ \t]{0,3}[|^][^\n]{0,4000}[|^][ \t]{0,40}$")
"""A DokuWiki table row, ``^ head ^ head ^`` or ``| cell | cell |``."""

Row = tuple[int, int, list[str]]
"""A table's row: its first and last line, and the words of its cells."""


def _symmetric_headings(lines: list[str]) -> list[int]:
    """The ``=`` counts of the wiki headings among ``lines``."""
    return [len(m.group(1)) for x in lines if "=" in x and (m := _HEADING_RE.match(x))]


def looks_wiki(text: str) -> bool:
    """A wiki text by its headings: two ``== Title ==`` lines at least, or one beside a
    mark Markdown never writes (``'''bold'''``, ``[[target|words]]``, ``[https://… words]``,
    a ``{|`` table; a part of a page, cut at a heading, is read as the page is),
    and fewer Markdown ``#`` headings than wiki ones (MediaWiki's ``# item`` is a number)."""
    head = text[:65536].split("\n", 400)[:400]
    counts = _symmetric_headings(head)
    if not counts:
        return False
    if sum(1 for x in head if _MD_HEADING_RE.match(x)) >= len(counts):
        return False
    if len(counts) >= 2:
        return True
    sample = "\n".join(head)
    if "'''" in sample or "\n{|" in sample or _PIPED_LINK_RE.search(sample):
        return True
    return any(m.group(2) for m in _BRACKET_LINK_RE.finditer(sample))


def _link_target(target: str) -> str:
    """A link's address as Markdown's parentheses hold it."""
    return target.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _piped(m: re.Match[str]) -> str:
    target, words = m.group(1), m.group(2)
    return f"[{(words or target).strip()}]({_link_target(target)})"


def _bracketed(m: re.Match[str]) -> str:
    target, words = m.group(1), m.group(2)
    if words:
        return f"[{words.strip()}]({_link_target(target)})"
    return f"<{target}>" if "://" in target else m.group(0)


def wiki_inline(line: str) -> str:
    """A line's wiki links and emphasis as Markdown's: ``[[t|Words]]``, ``[url Words]`` and
    ``[:Page:Words]`` are ``[Words](t)``; ``'''bold'''`` is ``**bold**``, ``''it''`` and
    ``//it//`` are ``*it*``."""
    if "[" in line:
        line = _PIPED_LINK_RE.sub(_piped, line)
        line = _MOIN_PAGE_LINK_RE.sub(lambda m: f"[{m.group(2)}]({_link_target(m.group(1))})", line)
        line = _BRACKET_LINK_RE.sub(_bracketed, line)
    if "''" in line:
        line = line.replace("'''''", "***").replace("'''", "**").replace("''", "*")
    if "//" in line:
        line = _SLASH_ITALIC_RE.sub(r"*\1*", line)
    return line


def wiki_lines(lines: list[str]) -> list[str]:
    """A wiki text's headings, list items, links and emphasis as Markdown's, line for line
    (offsets stay those of the source). DokuWiki counts its levels down (``======`` is the
    top): a text whose headings use five ``=`` or more is read so."""
    counts = _symmetric_headings(lines)
    down = bool(counts) and max(counts) >= 5
    out = []
    for line in lines:
        if "=" in line and (m := _HEADING_RE.match(line)):
            n = len(m.group(1))
            level = 7 - n if down else n
            out.append("#" * level + " " + wiki_inline(m.group(2).strip()))
            continue
        if m := _LIST_RE.match(line):
            marks = m.group(1)
            if not (marks.startswith("*") and line[m.end() :].startswith("*")):
                item = "1. " if marks[-1] == "#" else "- "
                line = "   " * (len(marks) - 1) + item + line[m.end() :]
        out.append(wiki_inline(line))
    return out


def _cells(line: str, bars: str) -> list[str]:
    """A table line's cells, parted by any of ``bars``, without the outer ones."""
    body = line.strip()
    for bar in bars:
        body = body.replace(bar, "\x00")
    parts = body.split("\x00")
    if parts and not parts[0].strip():
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    return [p.strip() for p in parts]


def _mediawiki_rows(lines: list[str], top: int, end: int) -> tuple[list[Row], bool]:
    """The rows of a MediaWiki table (lines ``top`` to ``end``, the ``{|`` and ``|}`` lines
    not included): ``|-`` parts rows, ``|`` and ``!`` (a header cell) open cells, ``||``
    and ``!!`` part cells on one line; a cell's ``style=… |`` attributes are no words,
    and a line opening with neither continues the last cell."""
    rows: list[Row] = []
    header = False
    current: list[str] | None = None
    first = top
    for k in range(top, end):
        s = lines[k].strip()
        if s.startswith("|-") or s.startswith("|+"):
            if current:
                rows.append((first, k - 1, current))
            current = None
            continue
        if s[:1] in ("|", "!"):
            if current is None:
                current, first = [], k
                header = header or (not rows and s[0] == "!")
            for part in s[1:].replace("!!", "||").split("||"):
                words = part.split("|", 1)[-1] if "=" in part.split("|", 1)[0] else part
                current.append(words.strip())
        elif current and s:
            current[-1] = (current[-1] + " " + s).strip()
    if current:
        rows.append((first, end - 1, current))
    return rows, header


def wiki_tables(lines: list[str]) -> list[tuple[int, int, list[Row], bool]]:
    """The tables of a wiki text (its lines as :func:`wiki_lines` wrote them): MediaWiki's
    ``{|`` … ``|}`` and DokuWiki's runs of ``^``/``|`` rows (a row opening with ``^`` is
    a header). Each as its first and last line, its rows and whether the first is a header."""
    out: list[tuple[int, int, list[Row], bool]] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        if line.startswith("{|"):
            end = next((k for k in range(n + 1, len(lines)) if lines[k].startswith("|}")), -1)
            if end < 0:
                break
            rows, header = _mediawiki_rows(lines, n + 1, end)
            if rows:
                out.append((n, end, rows, header))
            n = end + 1
            continue
        if _TABLE_ROW_RE.match(line):
            end = n
            while end + 1 < len(lines) and _TABLE_ROW_RE.match(lines[end + 1]):
                end += 1
            if end > n:
                rows = [(k, k, _cells(lines[k], "|^")) for k in range(n, end + 1)]
                out.append((n, end, rows, line.lstrip().startswith("^")))
            n = end + 1
            continue
        n += 1
    return out
