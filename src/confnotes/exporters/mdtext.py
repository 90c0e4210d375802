"""Writing Markdown safely: literal text, link targets, and notes nested in a bigger document.

Titles, names and abstracts come from imported programmes: they are shown as
text, never interpreted as Markdown (a title ``*Draft* <b>`` stays exactly
that). A user's note is Markdown and is kept as written, except that its
headings are demoted below the talk's heading and an unclosed code fence is
closed, so one note can never swallow or re-structure the rest of the summary.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from confnotes.exporters.safe_markdown import inline_text, is_safe_url

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")
_LEADING_LIST = re.compile(r"^(\d{1,9})([.)])(\s|$)")
_LEADING_MARK = re.compile(r"^([-+=])(\s|$)")
_DASH_RULE = re.compile(r"^-(?=(?:[ \t]*-){2,}[ \t]*$)")
"""``---`` or ``- - -`` alone is a thematic break: its first dash is escaped."""
_SPACES = re.compile(r"\s+")


def text(value: str) -> str:
    """Plain text as Markdown that renders exactly that text, on one line."""
    value = _SPACES.sub(" ", value).strip()
    value = _SPECIAL.sub(r"\\\1", value)
    value = _LEADING_LIST.sub(r"\1\\\2\3", value)
    value = _DASH_RULE.sub(r"\\-", value)
    return _LEADING_MARK.sub(r"\\\1\2", value)


def paragraphs(value: str) -> list[str]:
    """Plain multi-paragraph text (an abstract) as escaped Markdown paragraphs."""
    return [text(p) for p in re.split(r"\n\s*\n", value) if p.strip()]


_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_DEST_ENCODE = {c: f"%{ord(c):02X}" for c in ' <>()\\"|'}


def destination(url: str) -> str:
    """A URL as a Markdown link destination that parses back to the same address."""
    out = []
    for ch in url.strip():
        if ch in _DEST_ENCODE or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(_DEST_ENCODE.get(ch, f"%{ord(ch):02X}"))
        else:
            out.append(ch)
    # "&amp;" in a destination would be read as an entity: escape only such "&"s
    return _ENTITY_LIKE.sub(r"\\&", "".join(out))


def link(label: str, url: str) -> str:
    """``[label](url)`` when the address is safe, else the label and the address as text."""
    if is_safe_url(url):
        return f"[{text(label)}]({destination(url)})"
    return f"{text(label)} ({code(url)}, not a web link)" if label != url else code(url)


def code(value: str) -> str:
    """Text as an inline code span, whatever backticks it holds."""
    value = _SPACES.sub(" ", value).strip()
    runs = [len(m) for m in re.findall(r"`+", value)]
    fence = "`" * (max(runs, default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def short_url(url: str, limit: int = 60) -> str:
    """An address shortened for display (no scheme, ``www.`` or trailing slash)."""
    shown = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip(), flags=re.IGNORECASE)
    shown = shown.removeprefix("mailto:").rstrip("/")
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


_ATX = re.compile(
    r"^((?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)(#{1,6})(?=[ \t]|$)"
)
_CONTAINER = re.compile(r"^((?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*)")
_MAY_NEST = re.compile(r"[#`~<]|^[ \t>]*(?:=+|-+)[ \t]*$", re.M)
"""Text without any of these has no heading, code fence or HTML block."""
_FENCE_CLOSE = re.compile(r"^ {0,3}(`{3,}|~{3,})[ \t]*$")


def nest_note(body: str, parser: MarkdownIt, top_level: int) -> tuple[str, list[str]]:
    """A note's Markdown, ready to sit under a heading of level ``top_level - 1``.

    Headings shift so the note's biggest heading becomes ``top_level`` (never
    deeper than 6); setext headings (``Title`` over ``===``) become ATX
    headings; a code fence or an HTML block (``<!--``, ``<pre>``) left open
    at the end is closed (tools that pass HTML through would otherwise hide
    the rest of the summary in it). Everything else is
    the user's text, byte for byte. Also returns the text of each heading, in
    order (for anchors).
    """
    text = body.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    if not _MAY_NEST.search(text):
        return text, []  # no heading and no fence: nothing to change (the common case)
    lines = text.split("\n")
    tokens = parser.parse(text)
    headings = [
        (tok, int(tok.tag[1]), tokens[i + 1].content)
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open" and tok.map
    ]
    texts = [
        inline_text(tokens[i + 1]) for i, tok in enumerate(tokens) if tok.type == "heading_open"
    ]
    if headings:
        shift = top_level - min(level for _, level, _ in headings)
        for tok, level, content in reversed(headings):
            new_level = max(1, min(6, level + shift))
            start, end = tok.map  # type: ignore[misc]
            if tok.markup.startswith("#"):
                match = _ATX.match(lines[start])
                if match:
                    prefix = match.group(1) + "#" * new_level
                    lines[start] = prefix + lines[start][match.end() :]
            else:
                prefix = _CONTAINER.match(lines[start])
                joined = " ".join(content.split("\n")).strip()
                head = (prefix.group(1) if prefix else "") + "#" * new_level + " " + joined
                lines[start:end] = [head]
    last = tokens[-1] if tokens else None
    if last is not None and last.type == "fence" and last.map and last.map[1] >= len(lines):
        closing = _FENCE_CLOSE.match(lines[-1]) if last.map[1] - last.map[0] > 1 else None
        closed = (
            closing is not None
            and closing.group(1)[0] == last.markup[0]
            and len(closing.group(1)) >= len(last.markup)
        )
        if not closed:
            lines.append(last.markup)
    closer = _html_block_closer("\n".join(lines))
    if closer:
        lines.append(closer)
    return "\n".join(lines), texts


_HTML_PARSER: list[MarkdownIt] = []
_HTML_CLOSERS = (
    (re.compile(r"<!--"), "-->"),
    (re.compile(r"<\?"), "?>"),
    (re.compile(r"<!\[CDATA\["), "]]>"),
    (re.compile(r"<![A-Za-z]"), ">"),
    (re.compile(r"<(script|pre|style|textarea)(?=[\s>]|$)", re.IGNORECASE), ""),
)


def _html_block_closer(text: str) -> str:
    """What closes an HTML block (``<!--``, ``<pre>``...) a note leaves open at its end.

    Markdown tools that pass HTML through (GitHub, Obsidian) would otherwise
    treat the rest of the summary as part of that comment or ``<pre>``.
    """
    if "<" not in text:
        return ""
    if not _HTML_PARSER:
        _HTML_PARSER.append(MarkdownIt("commonmark"))
    tokens = _HTML_PARSER[0].parse(text)
    last = tokens[-1] if tokens else None
    if last is None or last.type != "html_block" or last.level != 0:
        return ""
    start = last.content.lstrip()
    for pattern, closer in _HTML_CLOSERS:
        match = pattern.match(start)
        if not match:
            continue
        if not closer:
            closer = f"</{match.group(1).lower()}>"
        rest = start[match.end() :]
        return "" if closer.lower() in rest.lower() else closer
    return ""
