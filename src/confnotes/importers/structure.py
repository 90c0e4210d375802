"""Bytes to a section tree: the *format* step of reading a Markdown or HTML-ish page.

What a page *means* (one talk, a day of talks, a seminar post) is decided
later by :mod:`confnotes.importers.shapes`; this module only says what is
where. The document tree (:mod:`confnotes.importers.doctree`: markdown-it-py for
Markdown, an HTML5 parser for HTML, Org headings) says what each line is, and
every source line ends up in exactly one place: the front matter, a heading,
or a block of the section it sits in. A paragraph that is only bold text
(``**Talk title**``) is marked as a possible heading; the shape step decides.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from confnotes.importers import doctree
from confnotes.notebook.collector import collector_paused
from confnotes.notebook.frontmatter import load_yaml

_TAG_RE = re.compile(r"<[^<>\n]{0,500}>")
_SPACES_RE = re.compile(r"\s+")
_FENCE_END = {"---": re.compile(r"^(?:---|\.\.\.)[ \t]*$"), "+++": re.compile(r"^\+\+\+[ \t]*$")}


@dataclass
class Block:
    """A run of source lines CommonMark sees as one thing (paragraph, list, table...)."""

    kind: str
    """``paragraph``, ``list``, ``table``, ``code``, ``html``, ``hr`` or ``quote``."""
    first: int
    """0-based first line."""
    last: int
    """0-based last line (inclusive)."""
    text: str
    """The plain text (emphasis, links and inline HTML reduced to their words)."""
    bold: str = ""
    """The paragraph's first line is one bold or italic span (its words): a heading some
    people write."""
    bold_lines: int = 1
    """Lines the bold span covers (a title wrapped in the source: ``**Talk 1:`` over
    ``Title**``); the paragraph's lines after them are under it."""
    items: list[str] = field(default_factory=list)
    """For lists: each top-level item's plain text; for tables: each row, cells by ``\\t``."""
    spans: list[tuple[int, int]] = field(default_factory=list)
    """For lists: each top-level item's first and last line (0-based, inclusive)."""


@dataclass
class Section:
    """A heading and what follows it up to the next heading of the same or a higher level."""

    level: int
    """1-6 for headings, 0 for the document's root."""
    title: str
    line: int
    """0-based line of the heading (-1 for the root)."""
    heading_last: int
    """Last line of the heading (setext headings take two)."""
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    """Tags the heading carries (an Org heading's ``:tag:`` run and ``DONE`` state)."""

    def walk(self) -> list[Section]:
        """This section and every section under it, in document order."""
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out

    @property
    def end(self) -> int:
        """The last line this section (with its children) covers, or its heading's."""
        last = self.heading_last
        for block in self.blocks:
            last = max(last, block.last)
        for child in self.children:
            last = max(last, child.end)
        return last


@dataclass
class Outline:
    """A document as a front matter and a tree of sections over its lines."""

    lines: list[str]
    front: dict[str, Any]
    front_kind: str
    """``yaml``, ``toml`` or ``""``."""
    front_last: int
    """Last line of the front matter block (-1 when there is none)."""
    root: Section
    plain: dict[int, str] = field(default_factory=dict)
    """Lines that are HTML, as their words (``<p>Speaker: <b>Ana</b></p>`` → ``Speaker:
    Ana``): metadata is read from these, bodies are cut from :attr:`lines`."""
    doc: doctree.Document | None = None
    """The document tree the outline was read from."""
    _sections: list[Section] | None = field(default=None, init=False, repr=False, compare=False)
    _starts: frozenset[int] | None = field(default=None, init=False, repr=False, compare=False)
    _heading_lines: frozenset[int] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    answers: dict[tuple[str, int], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """What a reader found about one heading, by the reader's name and the heading's line:
    the shape detection and the reader of one document ask some of the same questions."""

    def sections(self) -> list[Section]:
        """Every heading section in document order (the root excluded): walked once, the
        same list on every call (an outline is not changed once read; nor is the list)."""
        if self._sections is None:
            self._sections = self.root.walk()[1:]
        return self._sections

    def heading_starts(self) -> frozenset[int]:
        """The first line of every heading, built once."""
        if self._starts is None:
            self._starts = frozenset(s.line for s in self.sections())
        return self._starts

    def heading_lines(self) -> frozenset[int]:
        """Every line of every heading (a setext heading's two), built once."""
        if self._heading_lines is None:
            self._heading_lines = frozenset(
                n for s in self.sections() for n in range(s.line, s.heading_last + 1)
            )
        return self._heading_lines

    def text(self, first: int, last: int) -> str:
        """Source lines ``first..last`` (inclusive), as written."""
        return "\n".join(self.lines[first : last + 1])


_SUBTITLE_RE = re.compile(r"(?:[&+—–:]|and|or)\s")
"""How a heading that goes on with the one above it begins: ``& why …``, ``and …``,
``— …``."""


def strip_tags(text: str) -> str:
    """HTML tags removed, the words kept (``15<sup>th</sup>`` → ``15th``)."""
    return _SPACES_RE.sub(" ", _TAG_RE.sub("", text)).strip()


_NAMED_FENCE_RE = re.compile(r"---[ \t]{0,8}(?:json|yaml|yml)[ \t]{0,8}(?=\r?\n)", re.I)
"""An opening front-matter fence that names its language (``---json``, ``---yaml``), as
gray-matter and Eleventy read it."""


def with_plain_front_fence(data: bytes) -> bytes:
    """``data`` whose front matter opens with a fence naming JSON or YAML (``---json``),
    its first line made the plain ``---`` every reader knows (the block ends with ``---``
    either way, and JSON is YAML's flow style), so the page's title and dates are read;
    ``data`` as it is otherwise. The line count stays the same."""
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    head = data[start : start + 40].decode("ascii", errors="replace")
    m = _NAMED_FENCE_RE.match(head)
    if m is None:
        return data
    return data[:start] + b"---" + data[start + m.end() :]


_HEADLESS_KEY_RE = re.compile(r"([a-z][a-z0-9_-]{0,30}):(?:[ \t][^\n]{0,500})?")
"""A line of a front matter whose opening fence is missing: ``date: 2024-05-18 10:00:00``."""
_HEADLESS_GOES_ON_RE = re.compile(r"[ \t]{0,8}- [^\n]{0,500}|[ \t]{1,8}\S[^\n]{0,500}")
"""A line that goes on with the key above it: a list's item (``- notes``), an indented value."""
POST_KEYS = frozenset({"title", "date", "tags", "categories", "layout"})
"""Keys a blog post's front matter has, one of which a fenceless one must show."""
HEADLESS_LINES = 30
"""Lines a front matter without its opening fence holds, at most."""


def headless_front_end(lines: list[str]) -> int:
    """The line of the ``---`` closing a front matter written without its opening fence
    (Hexo and Hugo read ``title: …`` / ``date: …`` / ``---`` so), or -1: every line above
    it a lowercase ``key: value`` or what goes on with the key above, one key a post's
    (:data:`POST_KEYS`), and the block a YAML mapping. A note that opens with ``Room: B``
    and has a rule later is not one."""
    keys: list[str] = []
    for n, raw in enumerate(lines[: HEADLESS_LINES + 1]):
        line = raw.lstrip("\ufeff").rstrip() if n == 0 else raw.rstrip()
        if line == "---":
            if not POST_KEYS & set(keys):
                return -1
            try:
                data = load_yaml("\n".join(lines[:n]).lstrip("\ufeff"))
            except Exception:  # not YAML after all: a note's text
                return -1
            return n if isinstance(data, dict) and set(keys) <= set(data) else -1
        if m := _HEADLESS_KEY_RE.fullmatch(line):
            keys.append(m.group(1))
        elif not (keys and _HEADLESS_GOES_ON_RE.fullmatch(line)):
            return -1
    return -1


def with_opening_front_fence(data: bytes) -> bytes:
    """``data`` with the opening ``---`` its front matter lacks (:func:`headless_front_end`)
    put back, so that every reader reads its keys as front matter and none as text;
    ``data`` as it is otherwise. Its lines after the fence are one further down."""
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    if not _HEADLESS_KEY_RE.match(data[start : start + 40].decode("ascii", errors="replace")):
        return data
    head = data[start : start + 20_000].decode("utf-8", errors="replace")
    newline = b"\r\n" if "\r\n" in head[:2000] else b"\n"
    if headless_front_end(head.replace("\r\n", "\n").split("\n")) < 0:
        return data
    return data[:start] + b"---" + newline + data[start:]


def split_front(lines: list[str]) -> tuple[str, dict[str, Any], int]:
    """(kind, data, last line) of a YAML (``---``) or TOML (``+++``) front matter block.

    A block that does not parse is not front matter: it stays text (nothing is lost).
    """
    if not lines:
        return "", {}, -1
    first = lines[0].lstrip("\ufeff").rstrip()
    fence = _FENCE_END.get(first)
    if fence is None:
        return "", {}, -1
    for i in range(1, min(len(lines), 2000)):
        if fence.match(lines[i].rstrip()):
            raw = "\n".join(lines[1:i])
            try:
                data: Any = tomllib.loads(raw) if first == "+++" else load_yaml(raw)
            except Exception:  # a key a line, or not front matter after all (text)
                data = _object_front(raw) if first == "---" else None
                data = data if data is not None else loose_front(raw)
                if not data:
                    return "", {}, -1
            if not isinstance(data, dict):
                return "", {}, -1
            return ("toml" if first == "+++" else "yaml"), data, i
    return "", {}, -1


_TRAILING_COMMA_RE = re.compile(r",([ \t\r\n]*+[}\]])")


def _object_front(raw: str) -> Any:
    """A front matter written as a JavaScript object (``{ "date": "…", "timeline": [ … ],
    }``): JSON with the trailing commas people leave after an object's last member, read
    without them; None when the block is no such object or still does not parse."""
    if not raw.lstrip().startswith("{"):
        return None
    try:
        return load_yaml(without_trailing_commas(raw))
    except Exception:
        return None


def without_trailing_commas(raw: str) -> str:
    """An object front matter's text without the commas before its closing brackets
    (the text a data reader reads); any other block as it is."""
    return _TRAILING_COMMA_RE.sub(r"\1", raw) if raw.lstrip().startswith("{") else raw


_LOOSE_KEY_RE = re.compile(r"([A-Za-z_][\w-]{0,40}+)[ \t]*+[:=][ \t]*+(.*)")
_LOOSE_QUOTES = "\"'"


def loose_front(raw: str) -> dict[str, Any]:
    """A front matter block YAML or TOML refuses, read a key a line, as people write it:
    ``title: DockerCon EU 2017: day one`` (a colon in a bare value) is that title, not a
    broken file. ``[a, b]`` is a list; a quoted value loses its quotes; an indented line or
    a list item goes on the key above it. Empty when no line is ``key: value`` at its
    start (then the block is no front matter: its lines stay text)."""
    out: dict[str, Any] = {}
    key = ""
    for line in raw.split("\n")[:500]:
        m = _LOOSE_KEY_RE.fullmatch(line.rstrip())
        if m and not line[:1].isspace():
            key, value = m.group(1), m.group(2).strip()
            first = value[:1]  # "" for a key with no value ("Notes:"), in every string
            if (first and first in "[{" and value[-1:] != {"[": "]", "{": "}"}[first]) or (
                first and first in _LOOSE_QUOTES and (len(value) < 2 or value[-1] != first)
            ):
                return {}  # "title: [unclosed": broken, not a bare value with a colon
            if len(value) > 1 and value[0] == value[-1] and value[0] in _LOOSE_QUOTES:
                value = value[1:-1]
            if value.startswith("[") and value.endswith("]"):
                out[key] = [v.strip().strip(_LOOSE_QUOTES) for v in value[1:-1].split(",")]
            else:
                out[key] = value
        elif key and line.strip():
            item = line.strip().removeprefix("- ").strip()
            before = out.get(key)
            out[key] = [*before, item] if isinstance(before, list) else f"{before} {item}".strip()
        elif line.strip() and not key:
            return {}
    return out


def front_tags(front: dict[str, Any]) -> list[str]:
    """``tags``, ``categories`` or ``keywords`` of a note's front matter, as a list
    (YAML lists, ``"a, b"`` and ``#a #b`` strings alike)."""
    out: list[str] = []
    for key in ("tags", "categories", "keywords"):
        value = front.get(key)
        items = value if isinstance(value, list) else str(value or "").replace(",", " ").split()
        out.extend(str(v).strip().lstrip("#") for v in items if str(v).strip().lstrip("#"))
    return list(dict.fromkeys(out))


def front_extra(front: dict[str, Any], read: frozenset[str]) -> dict[str, Any]:
    """The front matter of a note file that its reader did not take in, as plain values,
    to go on in the front matter of the notes it becomes (the merge keeps a note's own
    keys its own). A key whose value was not all taken in stays: an empty one (a
    template's ``speaker: ""``), a date that is no date (``{{date}}``), a date with a
    time of day (read for its day)."""
    return {str(k): _plain_value(v) for k, v in front.items() if k not in read or _unread(k, v)}


_DATE_KEYS = frozenset({"date", "event_date", "start", "end", "day"})


def _unread(key: str, value: Any) -> bool:
    if value in (None, "", [], {}):
        return True
    if isinstance(value, datetime):
        return (value.hour, value.minute) != (0, 0)
    if key in _DATE_KEYS and isinstance(value, str) and re.search(r"\d[T ]\d{1,2}:\d\d", value):
        return True  # "2019-11-02 11:33:00+0000", a string YAML did not take for a time
    return key in _DATE_KEYS and isinstance(value, str) and not any(c.isdigit() for c in value)


def _plain_value(value: Any) -> Any:
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_value(v) for k, v in value.items()}
    return value


@functools.lru_cache(maxsize=4)
def read(text: str) -> Outline:
    """The outline of a Markdown (or HTML, Org, or plain) text, read off its document tree
    (:mod:`confnotes.importers.doctree`): headings, including HTML ``<h2>`` inside Markdown,
    open sections; every other node is a block of the section it sits in.

    Kept for the last few texts, as the tree is: detection, every shape the readings
    weigh and the reading by parts read the same outline (readers never change it). Read
    with the cycle collector paused, as the tree is parsed: the nodes built as they are
    walked and the outline's blocks all stay, and none makes a cycle (a 1 MB file's
    outline spent a tenth of its time in collections that freed nothing)."""
    with collector_paused():
        return _read(text)


def _read(text: str) -> Outline:
    lines = text.split("\n")
    kind, front, front_last = split_front(lines)
    doc = doctree.parse(text)
    root = Section(0, "", -1, -1)
    stack = [root]
    plain: dict[int, str] = {}
    if doc.syntax == "org" and not kind:
        front, plain = org_settings(lines)
        kind = "org" if front else ""
    elif not kind and (front := directives(lines)):
        kind = "header" if _post_header(lines) else "directives"
        front_last = max(front_last, header_rule(lines))
    for node in top_nodes(doc.root):
        if node.kind in ("blank", "front"):
            continue
        first = doc.line_of(node.start)
        if first <= front_last:
            continue
        end = node.end
        tag = node.attr("tag")
        if tag:
            # an HTML element's span runs on to the next element's indentation: its last
            # line is where its own text ends (<h4>09h30</h4> is one line, not two)
            while end > node.start + 1 and text[end - 1] in " \t\r\n":
                end -= 1
        last = max(first, doc.line_of(max(node.start, end - 1)))
        if tag and first == last and node.kind != "text":
            plain[first] = _fold(node.text)  # an element of an HTML block, on its own line
        if node.kind == "heading":
            level = max(1, min(6, node.level))
            above = stack[-1]
            if (
                level > above.level > 0
                and first == above.heading_last + 1
                and not above.blocks
                and not above.children
                and _SUBTITLE_RE.match(_fold(node.text))
            ):
                # "## That's the power of loops" / "### & why repetition is a curious
                # thing": the next line's heading goes on with its title, a subtitle
                above.title = f"{above.title} {_fold(node.text)}"
                above.heading_last = last
                continue
            section = Section(level, _fold(node.text), first, last)
            if doc.syntax == "org":
                section.tags = doctree.org_heading_tags(lines[first])
            while stack[-1].level >= level:
                stack.pop()
            stack[-1].children.append(section)
            stack.append(section)
            continue
        block = _block(node, doc, first, last)
        if block is not None:
            stack[-1].blocks.append(block)
    _cover_gaps(root, lines, front_last)
    return Outline(lines, front, kind, front_last, root, plain, doc)


_DIRECTIVE_RE = re.compile(
    r"^(?:@(?P<key>[A-Za-z][\w-]{0,30})[ \t]+|\.\. (?P<dots>[A-Za-z][\w-]{0,30}):[ \t]*"
    r"|:(?P<field>[A-Za-z][\w-]{0,30}):[ \t]+|(?P<plain>[A-Z][A-Za-z]{1,20}):[ \t]+)"
    r"(?P<value>\S.*)$"
)
_PLAIN_FIRST_KEYS = frozenset({"title", "date", "author", "slug"})
"""Keys a file's header of ``Key: value`` lines opens with (Pelican's, MultiMarkdown's
metadata): ``Speaker: Ana`` opening a talk's notes is the talk's line, no header."""


def directives(lines: list[str]) -> dict[str, Any]:
    """``@title Name of the talk`` / ``@author Ana Ruiz`` lines opening a file (two at
    least, before anything else): the file's own front matter, as some slide and note
    tools write it; a reStructuredText post's the same in comments (``.. title: …``,
    ``.. date: …``, as Nikola writes them, in a Markdown post inside ``<!--`` … ``-->``)
    or in a field list (``:date: …``, Pelican's), or a Markdown post's header of ``Title: …``
    / ``Date: …`` lines (Pelican's, MultiMarkdown's), up to its first blank line.
    The lines stay in the notes as written, as an Org file's ``#+TITLE``."""
    return header_fields(lines)[0]


def header_fields(lines: list[str]) -> tuple[dict[str, Any], int]:
    """:func:`directives`' fields and the number of the header's last line (-1 when
    there is none): what a page's front matter is when it writes no YAML block."""
    front: dict[str, Any] = {}
    seen = 0
    last = -1
    body = lines[:50]
    opened = next((n for n, x in enumerate(body) if x.strip()), 0)
    shift = 0
    if body and body[opened].strip() == "<!--":
        # Nikola's metadata in a Markdown post: the same lines inside an HTML comment
        body = body[opened + 1 :]
        shift = opened + 1
        body = body[: next((n for n, x in enumerate(body) if x.strip() == "-->"), len(body))]
    fields, end = _titled_fields(body[opened:])
    if fields:
        return fields, shift + opened + end
    plain = False
    for n, line in enumerate(body):
        if not line.strip():
            if plain:
                break  # a header of "Key: value" lines ends at its first blank line
            continue
        m = _DIRECTIVE_RE.match(line.strip())
        if m is None or (m.group("plain") and seen and not plain):
            break  # "Key: value" lines only as the header, not after other directives
        if m.group("plain") and not seen and m.group("plain").lower() not in _PLAIN_FIRST_KEYS:
            break
        plain = plain or bool(m.group("plain"))
        seen += 1
        last = shift + n
        key = m.group("key") or m.group("dots") or m.group("field") or m.group("plain")
        front.setdefault(key.lower(), m.group("value").strip())
    return (front, last) if seen >= 2 else ({}, -1)


def _post_header(lines: list[str]) -> bool:
    """Whether the file's directives are a post's ``Key: value`` header (Pelican's,
    MultiMarkdown's ``Title:`` / ``Author:``), whose author wrote the post, not a deck's
    ``@author`` who presents it."""
    first = next((x.strip() for x in lines[:50] if x.strip()), "")
    return bool((m := _DIRECTIVE_RE.match(first)) and m.group("plain"))


def header_rule(lines: list[str]) -> int:
    """The line of the rule (``---`` or ``...``) closing a header of ``Key: value`` lines
    (Pelican's, MultiMarkdown's, Python-Markdown's metadata may end on one, as YAML's
    does), or -1. CommonMark reads such a header over a ``---`` as one setext heading:
    the header is the file's front matter, not its first section's title."""
    plain = 0
    for n, line in enumerate(lines[:50]):
        m = _DIRECTIVE_RE.match(line.strip())
        if (
            m is not None
            and m.group("plain")
            and (plain or m.group("plain").lower() in _PLAIN_FIRST_KEYS)
        ):
            plain += 1
        elif plain >= 2 and line.strip() in ("---", "..."):
            return -1 if _header_again(lines, n + 1) else n
        else:
            return -1
    return -1


def _header_again(lines: list[str], start: int) -> bool:
    """Whether a ``Key: value`` line over a ``---`` rule comes again below ``start``: a
    file of entries, each opened by such a header, whose first is no front matter."""
    return any(
        lines[n].strip() in ("---", "...")
        and (m := _DIRECTIVE_RE.match(lines[n - 1].strip())) is not None
        and bool(m.group("plain"))
        for n in range(start + 1, min(len(lines), 20_000))
    )


def _titled_fields(body: list[str]) -> tuple[dict[str, Any], int]:
    """A reStructuredText document's title (over- and underlined, or underlined) and the
    field list right under it (``:Date:``, ``:Speakers:``, a value on its line or indented
    on the lines below): docutils reads these fields as the document's own (its
    bibliographic fields), as front matter is; the title is the front's title. With the
    number of the list's last line."""
    from confnotes.importers.doctree import rst_field, rst_underline

    n = 0
    if (
        len(body) > 2
        and (c := rst_underline(body[0], body[1]))
        and rst_underline(body[2], body[1]) == c
    ):
        n = 1  # the title's overline
    if n + 1 >= len(body) or not body[n].strip() or not rst_underline(body[n + 1], body[n]):
        return {}, -1
    front: dict[str, Any] = {"title": body[n].strip()}
    n += 2
    last = n - 1
    while n < len(body):
        line = body[n].rstrip()
        n += 1
        if not line.strip():
            continue
        field = rst_field(line)
        if field is None:
            break
        said = [field[1]]
        while n < len(body) and body[n][:1] in (" ", "\t") and body[n].strip():
            said.append(body[n].strip())
            n += 1
        last = n - 1
        value = " ".join(w for w in said if w)
        if value:
            front.setdefault(field[0].lower(), value)
    return (front, last) if len(front) >= 2 else ({}, -1)


_ORG_FRONT_KEYS = ("title", "subtitle", "date", "filetags")
"""``#+KEY:`` lines of an Org file that say what front matter says elsewhere (its
``#+AUTHOR`` is who took the notes, not a speaker)."""
_ORG_PLANNING = ("SCHEDULED:", "DEADLINE:", "CLOSED:")


def org_settings(lines: list[str]) -> tuple[dict[str, Any], dict[int, str]]:
    """An Org file's ``#+TITLE``/``#+DATE`` as front matter, and the words of its property
    drawers and planning lines as metadata lines (``:SPEAKER: Ana`` reads as
    ``speaker: Ana``, ``SCHEDULED: <2025-07-17 Thu 10:30>`` as its time); the lines stay
    in the notes as written."""
    front: dict[str, Any] = {}
    plain: dict[int, str] = {}
    drawer = False
    for n, line in enumerate(lines):
        stripped = line.strip()
        upper = stripped.upper()
        if stripped.startswith("#+") and ":" in stripped:
            key, _, value = stripped[2:].partition(":")
            key, value = key.strip().lower(), value.strip()
            if key in _ORG_FRONT_KEYS and value and key not in front:
                front[key] = value.strip("<>[]") if key == "date" else value
        elif upper in (":PROPERTIES:", ":LOGBOOK:"):
            drawer, plain[n] = True, ""
        elif drawer and upper == ":END:":
            drawer, plain[n] = False, ""
        elif drawer and stripped.startswith(":") and stripped.count(":") >= 2:
            key, _, value = stripped[1:].partition(":")
            plain[n] = f"{key.strip().lower().replace('_', ' ')}: {value.strip()}"
        elif upper.startswith(_ORG_PLANNING):
            stamp = stripped.partition(":")[2].split(">")[0].split("]")[0]
            plain[n] = f"time: {stamp.strip(' <[')}"
    if "filetags" in front:
        front["tags"] = [t for t in str(front.pop("filetags")).split(":") if t.strip()]
    return front, plain


def top_nodes(root: doctree.Node) -> list[doctree.Node]:
    """The nodes an outline is made of: top-level blocks, with an HTML block's (or page's)
    own elements in its place when they were found in the source."""
    out: list[doctree.Node] = []
    for node in root.children:
        if node.kind in ("html", "div", "section", "article", "main", "body", "tbody") or (
            node.kind in doctree.CONTAINER_TAGS
        ):
            inner = [c for c in node.children if c.spanned]
            if inner and any(c.kind != "blank" for c in inner):
                out.extend(top_nodes(node))
                continue
        if node.spanned:
            out.append(node)
    return out


_KINDS = {
    "paragraph": "paragraph",
    "text": "paragraph",
    "record": "paragraph",
    "list": "list",
    "deflist": "list",
    "table": "table",
    "code": "code",
    "html": "html",
    "hr": "hr",
    "quote": "quote",
}


def _fold(text: str) -> str:
    """Runs of whitespace as one space, none at the ends (what ``\\s+`` → `` `` and a strip
    give: the same characters are whitespace to both, split is the quicker)."""
    return " ".join(text.split())


def _block(node: doctree.Node, doc: doctree.Document, first: int, last: int) -> Block | None:
    """One outline block from a tree node (its lines, its words, its items or rows)."""
    kind = _KINDS.get(node.kind, "paragraph")
    if kind == "paragraph":
        if node.kind == "text" and not node.text:
            return None
        bold, bold_lines = _bold_lead(node)
        return Block(kind, first, last, _fold(node.text), bold, bold_lines=bold_lines)
    if kind == "list":
        items: list[str] = []
        spans: list[tuple[int, int]] = []
        if node.kind == "deflist":
            pairs = [c for c in node.children if c.kind in ("term", "definition")]
            for term in pairs:
                if term.kind == "term" and term.spanned:
                    items.append(_fold(term.text))
                    spans.append((doc.line_of(term.start), doc.line_of(term.start)))
                elif term.kind == "definition" and items:
                    items[-1] = f"{items[-1]} {_fold(term.text)}".strip()
                    spans[-1] = (spans[-1][0], doc.line_of(max(term.start, term.end - 1)))
        else:
            line_of = doc.line_of
            for item in node.children:
                if item.kind != "item":
                    continue
                for head in item.children:  # its first paragraph's first line, or its words
                    if head.kind == "paragraph":
                        said = head.text.partition("\n")[0]
                        break
                else:
                    said = item.text
                items.append(" ".join(said.split()))
                start = item.start
                if start >= 0:
                    spans.append((line_of(start), line_of(max(start, item.end - 1))))
        return Block(kind, first, last, " ".join(items), items=items, spans=spans)
    if kind == "table":
        rows = [
            "\t".join(_fold(c.text) for c in row.children if c.kind == "cell")
            for row in node.walk()
            if row.kind == "row"
        ]
        return Block(kind, first, last, "\n".join(rows), items=rows)
    if kind == "code":
        return Block(kind, first, last, node.text)
    return Block(kind, first, last, _fold(node.text))


BOLD_LINES = 3
"""Lines a bold title may be wrapped over (more is a bold paragraph, no title)."""


def _bold_lead(node: doctree.Node) -> tuple[str, int]:
    """The words of the node's first line when that line is one bold or italic span
    (``**Talk title**``), and the lines it covers: a span wrapped over up to
    :data:`BOLD_LINES` lines that ends where a line does is one title too (``**Talk 1:``
    over ``Explainable models**``). ``("", 1)`` otherwise."""
    text = node.text
    line = text.split("\n", 1)[0]
    size = len(line.rstrip())
    for mark in node.marks:
        if mark.kind in ("strong", "em") and mark.start == 0 and mark.end >= size and size:
            inner = [m for m in node.marks if m.kind == mark.kind and m is not mark]
            if any(m.start < size for m in inner):
                return "", 1
            span = text[: mark.end]
            lines = span.count("\n") + 1
            if lines > 1 and (
                lines > BOLD_LINES or text[mark.end : mark.end + 1].strip() or span.endswith("\n")
            ):
                return _fold(line), 1  # the span runs on into the line: its first line
            if _WEB_ADDRESS_RE.fullmatch(_fold(span).strip()):
                return "", 1  # "**https://meet.example/abc**": a link made to stand out
            return _fold(span), lines
    return "", 1


_WEB_ADDRESS_RE = re.compile(r"(?:https?://|www\.)[^\s<>]{1,300}")
"""A web address alone (a bold line that is only one is no title)."""


def _cover_gaps(root: Section, lines: list[str], front_last: int) -> None:
    """Lines no token claimed (blank lines, link reference definitions) that hold words
    become paragraphs of the section they sit in, so that no word is unaccounted for."""
    claimed = [False] * len(lines)
    for i in range(front_last + 1):
        claimed[i] = True
    owners: list[tuple[int, Section]] = []
    for section in root.walk():
        if section.line >= 0:
            for n in range(section.line, section.heading_last + 1):
                claimed[n] = True
            owners.append((section.line, section))
        for block in section.blocks:
            for n in range(block.first, block.last + 1):
                claimed[n] = True
    owners.sort(key=lambda item: item[0])
    starts = [start for start, _section in owners]
    touched: dict[int, Section] = {}
    for n, line in enumerate(lines):
        if claimed[n] or not line.strip():
            continue
        at = bisect.bisect_left(starts, n) - 1
        owner = owners[at][1] if at >= 0 else root
        owner.blocks.append(Block("paragraph", n, n, line.strip()))
        touched[id(owner)] = owner
    for section in touched.values():
        section.blocks.sort(key=lambda b: b.first)


def own_last(section: Section) -> int:
    """The last line of the section's own text (before its first child heading)."""
    last = section.heading_last
    for block in section.blocks:
        last = max(last, block.last)
    return last
