"""Programme data in JSON, YAML or CSV, read by content: Sessionize, Indico, CfP tools.

Sessionize (its "All data", sessions, speakers and schedule-grid endpoints), Indico
(event exports with contributions, timetables), pretalx's API, call-for-papers tools'
CSV exports and home-made YAML or JSON all hold talks as records; the records are found
wherever they sit (:mod:`confnotes.importers.records`), their fields by what they hold
(:mod:`confnotes.importers.fields`). Ids are looked up in the tables of every file given
together (:func:`parse_many`): speakers, rooms, tracks, category items. A clock time
(``"10:40am"``, ``"09:00 Uhr"``) takes the record's day, the enclosing day's, or the
event's. Times with an offset are kept as the wall-clock time they show; when the files
name no timezone, a ``note:`` says so.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from pathlib import PurePath
from typing import Any

import yaml

from confnotes.errors import BadInputError
from confnotes.importers import php_data, script_data
from confnotes.importers import records as rec
from confnotes.importers.columns import says_title, words_of
from confnotes.importers.entries import afternoon
from confnotes.importers.fields import (
    is_key_word,
    key_words,
    names_role_alone,
    persons_title,
    roles_of,
)
from confnotes.importers.keyed_records import keys_as_fields
from confnotes.importers.kinds import kind_of, self_named_tag, type_tag
from confnotes.importers.persons import (
    NAME_CONJUNCTIONS,
    bar_joined_people,
    employer_of,
    is_organisation,
    is_person_name,
    is_placeholder,
    labelled_list_people,
    names_a_group,
    normalise_person,
    role_people,
    split_speakers,
)
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.schedule_util import (
    MAX_DEPTH,
    check_event_count,
    check_size,
    decode_text,
    head_text,
    html_to_text,
    parse_iso_datetime,
    safe_url,
    series_of,
    talk_kind,
    title_kind,
    typed_link,
    zone,
    zone_name,
)
from confnotes.importers.series_name import numbered_series_name
from confnotes.importers.textutil import BY_WORDS, bracket_tail, parse_clock, strip_html
from confnotes.importers.title_speakers import byline_people, title_and_speakers
from confnotes.importers.with_signed import says_no_speaker
from confnotes.notebook.slugs import make_slug

NAME = "sessions"

_LINK_KEYS = {
    "recordingUrl": "video",
    "video": "video",
    "videoUrl": "video",
    "recording": "video",
    "slides": "slides",
    "slidesUrl": "slides",
    "paper": "paper",
    "url": "page",
    "link": "page",
}
_DAY_THEN_CLOCK_RE = re.compile(r"^\s*(\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d)[,\sT]+(\S.{0,30})$")
"""A day written with dots or slashes, then a clock (``12.06.2025 14:00``)."""
_MARKUP_RE = re.compile(
    r"</?(?:b|strong|i|em|u|s|span|br|small|sup|sub|a|p|div|font|mark)\b[^<>]{0,300}>", re.I
)
"""An HTML tag a cell's words are marked up with (``<b>``, ``</i>``, ``<br/>``): not the
angle brackets of a title's own words (``Vec<T>``, ``std::vector<int>``)."""
_CSV_DELIMITERS = ",;\t|"
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it (several times faster)."""


class _RecordKeepingLoader(_SAFE_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, keeping every record of a mapping whose key is repeated.

    Hand-written data copies a record and forgets to renumber its key (``talk3:`` twice
    among ``talk1`` .. ``talk4``); YAML keeps only the last, losing a talk a reader sees.
    A repeated key whose value and first value are both mappings keeps both, the later
    one under the key with ``(2)``, ``(3)`` after it. A repeated plain value still
    replaces the first (an override, as YAML reads it)."""

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if isinstance(node, yaml.MappingNode):
            node.value = _repeated_records_renamed(node.value)
        return super().construct_mapping(node, deep=deep)


def _repeated_records_renamed(pairs: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """``pairs`` (a mapping node's keys and values) with a repeated key that holds a
    mapping, as its first holder does, renamed ``key (2)``: a second record, not an
    override."""
    seen: dict[str, int] = {}
    records: set[str] = set()
    out: list[tuple[Any, Any]] = []
    for key, value in pairs:
        name = key.value if isinstance(key, yaml.ScalarNode) else None
        if not isinstance(name, str) or name == "<<":
            out.append((key, value))
            continue
        holds_record = isinstance(value, yaml.MappingNode)
        seen[name] = count = seen.get(name, 0) + 1
        if count > 1 and holds_record and name in records:
            renamed = f"{name} ({count})"
            key = yaml.ScalarNode("tag:yaml.org,2002:str", renamed, key.start_mark, key.end_mark)
        elif holds_record:
            records.add(name)
        out.append((key, value))
    return out


_YAML_LOADER = _RecordKeepingLoader
"""The loader of programme YAML: safe, every repeated record kept."""
_YAML_START_RE = re.compile(
    r"^(?:-(?:\s|$)|[^\s#:'\"][^:\n]{0,60}:(?:\s|$)|'[^'\n]{1,60}':(?:\s|$)"
    r"|\"[^\"\n]{1,60}\":(?:\s|$))"
)
"""A YAML document's first line: a list item or a key, bare or quoted (a quoted key may
hold a colon: ``'10:50 AM':``)."""


_DOCUMENT_START_RE = re.compile(r"---[ \t]*\r?\n")
"""YAML's start-of-document line (``---``), spaces after it or not."""
_DOCUMENT_END_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
"""A line that closes front matter (or ends a YAML document)."""


def _without_its_people(title: str, speakers: list[ProgrammePerson]) -> str:
    """``Title (Ana Ruiz + Bo Chen)``, ``Title (Ana Ruiz, virtual talk)`` beside a field
    that names them: the title's last bracket repeats the talk's people, it is not the
    title's. Kept when the bracket does not name every speaker."""
    tail = bracket_tail(title)
    if not speakers or tail is None or not title[: tail[0]].strip():
        return title
    inner = tail[1].casefold()
    if all(p.name.casefold() in inner for p in speakers):
        return title[: tail[0]].rstrip(" -–—:")
    return title


@dataclass(frozen=True)
class _Loaded:
    """One file's bytes, its document and what a walk of it alone found."""

    data: bytes
    document: Any
    found: rec.Found | None = None


_LAST: dict[str, _Loaded] = {}
"""The last file loaded (its document, and its walk once detection has walked it):
detection and parsing read the same file one after the other, and a big YAML file takes
seconds to load. Found by the file's bytes, so a thread reading another file reads its
own; replaced whole, never changed, and the documents in it are never changed (walks
name fields in copies), so two threads may share it."""


def _cached(data: bytes) -> _Loaded | None:
    last = _LAST.get("file")  # one read: another thread may replace it
    return last if last is not None and last.data == data else None


def load(data: bytes, source: str) -> Any:
    """The document of a JSON, YAML or CSV file (a CSV as a list of row records).

    Raises:
        BadInputError: malformed JSON, or text that is none of the three.
    """
    if (held := _cached(data)) is not None:
        return held.document
    document = rec.numbered_lists(keys_as_fields(_load(data, source)))
    _LAST["file"] = _Loaded(data, document)
    return document


def _walk_alone(data: bytes, document: Any) -> rec.Found:
    """The walk of one file's document, kept beside it for the parse that follows."""
    held = _cached(data)
    if held is not None and held.document is document and held.found is not None:
        return held.found
    found = rec.walk([document])
    if held is not None and held.document is document:
        _LAST["file"] = _Loaded(data, document, found)
    return found


JSON5_LIMIT = 1_000_000
"""Characters of JSON the JSON5 grammar reads at most (its parser is pure Python)."""


def _uncommented(text: str) -> str:
    """``text`` after the ``//`` comment lines that open it (hand-written JSON's
    "JSON with comments"), at most 50 of them."""
    for _ in range(50):
        if not text.startswith("//"):
            break
        text = text.partition("\n")[2].lstrip()
    return text


def _json5(text: str) -> Any:
    """Hand-written JSON that the strict parser refuses (a comma before ``}``, comments,
    single quotes, unquoted keys: a site's ``speakers.json``), read by the JSON5 grammar;
    None when that fails too, so the strict parser's error, with its line, is reported."""
    if len(text) > JSON5_LIMIT:
        return None
    import json5

    try:
        return json5.loads(text)
    except (ValueError, RecursionError):
        return None


_TOML_LINE_RE = re.compile(
    r"^[ \t]*(?:\[\[?[\w.\"' -]{1,80}\]\]?"  # a table header: [profiles.1], [[talks]]
    r"|[\w.\"-]{1,60}[ \t]*=[ \t]*(?:[\"'\[{\d+-]|true\b|false\b))",  # key = value
)
"""A TOML table header (``[profiles.1]``, ``[[talks]]``) or ``key = value`` line."""


def _toml(text: str) -> Any:
    """A TOML file (Hugo's data files, a seminar's ``talks.toml``) as its document;
    None when the text is not TOML (a first line that is no TOML line, or a parse error)."""
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    first = next(lines, "")
    if not _TOML_LINE_RE.match(first):
        return None
    import tomllib

    try:
        document = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError):
        return None
    return document or None


def _script_document(found: list[tuple[str, Any]], source: str) -> Any:
    """The data of a script module (``export default [...]``, ``const talks = [...]``)
    or a PHP file (``return [...]``, ``$talks = array(...)``), from the literals it
    assigns or returns: its one literal, or its literals by the names they are given.

    Raises:
        BadInputError: the script assigns no array or object literal.
    """
    if not found:
        raise BadInputError("a script that holds no data literal", source, 1)
    if len(found) == 1:
        return found[0][1]
    named: dict[str, Any] = {}
    for k, (name, value) in enumerate(found):
        named[name if name and name not in named else f"{name or 'literal'}{k}"] = value
    return named


def _load(data: bytes, source: str) -> Any:
    check_size(data, source)
    text = decode_text(data, source)
    stripped = text.lstrip()
    if php_data.is_php(stripped) and (arrays := php_data.literals(text)):
        return _script_document(arrays, source)  # a PHP file of arrays; a page's is markup
    if stripped.startswith("<"):
        return _xml_records(data, source, stripped)
    if _uncommented(stripped).startswith(("{", "[")):
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            loose = _json5(text)
            if loose is None:
                loose = _toml(text)  # a TOML file that opens with a [table] header
            if loose is not None:
                return loose
            raise BadInputError(
                f"malformed JSON: {exc.msg} (column {exc.colno})", source, exc.lineno
            ) from None
        except (ValueError, RecursionError) as exc:
            raise BadInputError(f"unreadable JSON: {exc}", source) from None
    if script_data.is_script(stripped):  # before CSV: its import lines hold commas
        return _script_document(script_data.literals(text), source)
    rows = _csv_rows(text)
    if rows is not None:
        return rows
    if (toml := _toml(text)) is not None:
        return toml
    marker = _DOCUMENT_START_RE.match(stripped)  # "---", spaces after it or not
    if marker and not _DOCUMENT_END_RE.search(stripped, marker.end()):
        # YAML's own start-of-document marker, not front matter: no line closes it
        stripped = stripped[marker.end() :]
    first_line = next(
        (ln for ln in stripped.splitlines() if ln.strip() and not ln.startswith("#")), ""
    )
    if _YAML_START_RE.match(first_line) and not _DOCUMENT_START_RE.match(stripped):
        try:
            return _yaml(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            raise BadInputError(f"malformed YAML: {exc}", source, line) from None
        except RecursionError:
            raise BadInputError("YAML nested too deeply", source) from None
    raise BadInputError("neither JSON, YAML nor CSV records", source, 1)


_XML_PAGE_ROOTS = frozenset({"html", "rss", "feed", "svg", "urlset"})
"""Roots of XML that is a page or a feed, not records (other readers read pages)."""


def _xml_records(data: bytes, source: str, text: str) -> Any:
    """An XML document as the records it holds, to be read by content like JSON: an
    element of leaves is a record (its attributes fields too), repeated elements a list,
    a wrapper of one repeated element (``<papers><paper/>…</papers>``) the list itself.
    Any XML, whatever its vocabulary (``<session>``, ``<paper>``, ``<entry>``).

    Raises:
        BadInputError: malformed XML, a page (HTML), or no element.
    """
    from confnotes.importers.safe_xml import parse_xml

    if re.match(r"<!doctype\s+html|<html[\s>]", text, re.I):
        raise BadInputError("an HTML page, not records", source, 1)
    root, _lines = parse_xml(data, source)
    if _local(root.tag).casefold() in _XML_PAGE_ROOTS:
        raise BadInputError(f"XML <{_local(root.tag)}>, not records", source, 1)
    return {_local(root.tag): _xml_value(root, 0)}


def _local(tag: Any) -> str:
    """A tag without its namespace (``{ns}session`` → ``session``)."""
    return str(tag).rpartition("}")[2]


def _xml_value(element: Any, depth: int) -> Any:
    children = list(element)
    text = " ".join((element.text or "").split())
    if not children:
        if text or not element.attrib:
            return text or None
        return {_local(k): v for k, v in element.attrib.items()}
    if depth >= 60:
        return None
    groups: dict[str, list[Any]] = {}
    for child in children:
        groups.setdefault(_local(child.tag), []).append(child)
    if len(groups) == 1 and not element.attrib and not text:
        (tag, items), own = next(iter(groups.items())), _local(element.tag).casefold()
        if len(items) > 1 or _wraps(own, tag.casefold()):
            return [_xml_value(c, depth + 1) for c in items]  # <authors><author/></authors>
    out: dict[str, Any] = {_local(k): v for k, v in element.attrib.items()}
    for tag, items in groups.items():
        values = [_xml_value(c, depth + 1) for c in items]
        out[tag] = values if len(values) > 1 else values[0]
    if text:
        out.setdefault("text", text)  # mixed content: the element's own words
    return out


def _wraps(parent: str, child: str) -> bool:
    """``papers`` around ``paper``, ``entries`` around ``entry``: a plural around its items."""
    return parent in (child + "s", child + "es") or (
        child.endswith("y") and parent == child[:-1] + "ies"
    )


_PLAIN_VALUE_RE = re.compile(
    r"^([ \t]*(?:- )?[^\s:#][^:#\n]{0,80}?:[ \t]+)([^\s\"'{\[|>&*!%@`#].*)$"
)
"""A ``key: value`` line whose value is plain (not quoted, no flow or block marker)."""


def _value_quoted(text: str, line: int, problem: str) -> str | None:
    """``title: Keynote: Title`` (a colon inside a plain value, which YAML refuses as a
    second mapping, and hand-written Jekyll data writes): that line's value quoted, so
    the file is read whole rather than not at all. None when the error is another one
    or the line is no ``key: value``."""
    if "mapping values are not allowed" not in problem:
        return None
    lines = text.split("\n")
    if not 0 <= line < len(lines) or not (m := _PLAIN_VALUE_RE.match(lines[line].rstrip("\r"))):
        return None
    value = m.group(2).rstrip()
    lines[line] = m.group(1) + '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return "\n".join(lines)


_KEY_GLUED_RE = re.compile(r"^([ \t]{0,40}(- )?[A-Za-z_][\w-]{0,40}:)([\"'\[{])")
"""``title:"Value"``: a key whose quoted or flow value follows its colon with no space."""
_KEY_RE = re.compile(r"^([ \t]{0,40})(- )?[A-Za-z_][\w-]{0,40}:(?:[ \t]|$)")
"""A key written as YAML wants it: where the file's keys start."""
_QUOTED_OPEN_RE = re.compile(r"^[ \t]{0,40}(?:- )?[A-Za-z_][\w-]{0,40}:[ \t]?([\"'])(.*)$")
"""A key whose value opens with a quote (it may close on a later line)."""
_BLOCK_SCALAR_RE = re.compile(
    r"^([ \t]{0,80})(- )?[^#\n]{0,200}:[ \t]+[|>][-+0-9]{0,3}[ \t]*(?:#.*)?$"
)
"""``abstract: |``: a key whose value is the indented block of lines under it."""


def _closes(quote: str, text: str) -> bool:
    """Whether ``text`` (a quoted value's rest) holds its closing ``quote``: an unescaped
    ``"``, or a ``'`` that is not YAML's doubled ``''``."""
    if quote == '"':
        return text.replace("\\\\", "").replace('\\"', "").count('"') % 2 == 1
    return text.replace("''", "").count("'") % 2 == 1


def _keys_spaced(text: str, error: yaml.YAMLError) -> str | None:
    """``title:"BLE"`` (no space after the colon, which YAML reads as one plain word and
    then misses the key's colon: hand-written data does it on several lines): every such
    line of the file given its space, when it starts where the file's keys start and is
    no line of a value (a block scalar's, or a quoted value's wrapped lines: an abstract's
    own ``note:"…"`` is the writer's text, byte for byte). None when the error is another
    one or nothing changes."""
    context = getattr(error, "context", None) or ""
    problem = getattr(error, "problem", None) or ""
    if "simple key" not in context and "mapping values" not in problem:
        return None
    lines = text.split("\n")
    columns = {len(m.group(1)) + len(m.group(2) or "") for ln in lines if (m := _KEY_RE.match(ln))}
    block: int | None = None  # the indentation a block scalar's lines go deeper than
    quote = ""  # the quote a value opened and has not closed yet
    for at, line in enumerate(lines):
        if quote:
            quote = "" if _closes(quote, line) else quote
            continue
        if block is not None:
            if not line.strip() or len(line) - len(line.lstrip(" \t")) > block:
                continue
            block = None
        if scalar := _BLOCK_SCALAR_RE.match(line):
            block = len(scalar.group(1)) + (2 if scalar.group(2) else 0)
        glued = _KEY_GLUED_RE.match(line)
        if glued and len(glued.group(1)) - len(glued.group(1).lstrip(" \t-")) in columns:
            line = lines[at] = f"{glued.group(1)} {line[glued.end(1) :]}"
        if (opened := _QUOTED_OPEN_RE.match(line)) and not _closes(*opened.groups()):
            quote = opened.group(1)
    fixed = "\n".join(lines)
    return fixed if fixed != text else None


def _yaml(text: str) -> Any:
    """YAML; a file indented with tabs (which YAML forbids but hand-written Jekyll data
    has, inside flow mappings) is read with each tab as spaces, and a list item indented
    a space or two off its siblings' column (``   - {`` among ``    - {``) is read at
    theirs, a plain value holding a colon (``title: Keynote: Title``) as a string, and a
    key glued to its quoted value (``title:"BLE"``) as that key."""
    try:
        return yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as first_error:
        error: yaml.YAMLError = first_error
    retried = text.expandtabs(4) if "\t" in text else text
    for _ in range(_MAX_REPAIRS + 1):
        if retried is not text:
            try:
                return yaml.load(retried, Loader=_YAML_LOADER)
            except yaml.YAMLError as exc:
                error = exc
        mark = getattr(error, "problem_mark", None)
        fixed = None
        if mark is not None:
            fixed = (
                _keys_spaced(retried, error)  # first: a glued key misleads the others
                or _item_at_siblings_column(retried, mark.line)
                or _value_quoted(retried, mark.line, str(getattr(error, "problem", "")))
            )
        if fixed is None:
            raise error
        retried = fixed
    raise error


_MAX_REPAIRS = 50
"""Lines repaired at most, per file (a list item re-indented, a value quoted: each is one
more parse)."""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _item_at_siblings_column(text: str, at: int) -> str | None:
    """``text`` with the list item on line ``at`` (0-based, where the parser stopped)
    moved to the column of the item above it when the two differ by one or two spaces;
    None when that is not the trouble."""
    lines = text.split("\n")
    if not 0 <= at < len(lines) or not lines[at].lstrip().startswith("-"):
        return None
    column = _indent(lines[at])
    for above in range(at - 1, max(-1, at - 200), -1):
        line = lines[above]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.lstrip().startswith("-") and 0 < abs(_indent(line) - column) <= 2:
            lines[at] = " " * _indent(line) + lines[at].lstrip(" ")
            return "\n".join(lines)
        if _indent(line) < column:
            return None  # the item's parent: no sibling item above it
    return None


def _csv_rows(text: str) -> list[dict[str, str]] | None:
    """Rows of a CSV export (comma, semicolon, tab or bar) as records, or None.

    The header names the fields; a header whose labels name no title (``day, hour,
    content``) gets its title column from the cells (the longest free text); a file
    with no header at all (a draft programme: ``13:30-13:50;Introduction;Ana Ruiz;``)
    gets every column's role from its cells."""
    lines = [ln for ln in _csv_lines(text, 5) if ln.strip()]
    if len(lines) < 2:
        return None
    header = lines[0]
    delimiter = max(_CSV_DELIMITERS, key=header.count)
    pair = header.count(delimiter) == 1 and _field_pair(header, delimiter)
    if header.count(delimiter) < 2 and not pair:
        return None
    try:
        table = [
            [cell.strip() for cell in row]
            # a space after the comma (``09:15, "Title", "Name"``) opens no cell's words:
            # the quote after it still quotes the cell
            for row in csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True)
            if any(cell.strip() for cell in row)
            and not (delimiter == "|" and _rule_row(row))  # "|---|:--:|": a Markdown rule
        ]
    except csv.Error:
        return None
    if pair and not _timed_pairs(table):
        return None  # a text with a comma in its first line
    names = table[0]
    if (grid := _grid_rows(table)) is not None:
        return grid
    if (pair or any(roles_of(n) & {"title", "name"} for n in names)) or (
        sum(1 for n in names if n and is_key_word(n)) >= 2
    ):  # a header: its title column, when no label names it, is found by content in walking
        body = table[1:]
    else:
        names, body = _names_by_content(table, text), table
    if not names:
        return None
    if not any("title" in roles_of(n) or says_title(words_of(n)) for n in names):
        # "Speaker Title" the only title-like column: the talks' titles, not a job
        names = ["title" if persons_title(n) else n for n in names]
    body = _fitted_rows(body, names, delimiter)
    return [{k: v for k, v in zip(names, row, strict=False) if k and v} for row in body]


def _csv_lines(text: str, count: int) -> list[str]:
    """The first ``count`` rows of a CSV as written, a quoted cell that runs over several
    lines (a header's ``"Status\n- YES\n- NO"``, an abstract's paragraphs) kept in its
    row: a line whose double quotes are left open joins the next. Physical lines when the
    quotes never close (a stray ``"`` in a text that is no CSV)."""
    physical = text.splitlines()
    rows: list[str] = []
    at = 0
    while at < len(physical) and len(rows) < count:
        row, quotes = physical[at], physical[at].count('"')
        end = at + 1
        while quotes % 2 and end < len(physical) and end - at < _CSV_CELL_LINES:
            row += "\n" + physical[end]
            quotes += physical[end].count('"')
            end += 1
        if quotes % 2:
            return physical[:count]  # never closed: the quotes are no CSV's
        rows.append(row)
        at = end
    return rows


_CSV_CELL_LINES = 200
"""Lines one quoted cell may run over before its quote counts as a stray one."""


def _cell_kind(cell: str) -> str:
    """What a CSV cell holds, as far as telling columns apart needs: nothing, a date and
    time, a clock, a number, an address or words."""
    if not cell:
        return "empty"
    if parse_iso_datetime(cell) is not None:
        return "datetime"
    if parse_clock(cell) is not None:
        return "clock"
    if cell.replace(".", "", 1).isdigit():
        return "number"
    if cell.startswith(("http://", "https://")):
        return "url"
    return "words"


def _full_names(cell: str) -> bool:
    """A cell that lists people by their whole names (``Ana Ruiz, Bo Lindqvist``), not
    words a name test might take one by one (``Wasser und Wald``)."""
    found = split_speakers(cell)
    return bool(found) and all(len(p.name.split()) >= 2 for p in found)


def _fitted_rows(body: list[list[str]], names: list[str], delimiter: str) -> list[list[str]]:
    """Rows with more cells than the header (a comma written unquoted inside a title or
    a name: ``Caching, sharding and you,Ana Ruiz,…``) put back into the header's columns:
    the surplus cells join the one cell where the row's cells then hold what the
    well-formed rows hold in each column (a clock under the clocks, a date under the
    dates). Where several joins fit as well, a people column whose joined cell is a list
    of people takes the surplus (``Ana Ruiz, Bo Lindqvist``), else the cells nearest
    their columns' usual lengths win. A row no join fits stays as it is."""
    width = len(names)
    body = [_without_trailing_blanks(row, width) for row in body]
    regular = [row for row in body if len(row) == width]
    if width < 2 or len(regular) < 2 or len(regular) == len(body):
        return body
    kinds = [[_cell_kind(row[j]) for row in regular] for j in range(width)]
    lengths = [sum(len(row[j]) for row in regular) / len(regular) for j in range(width)]
    joiner = delimiter + (" " if delimiter in ",;" else "")
    people = {j for j, n in enumerate(names) if roles_of(n) & {"speaker", "name"}}

    def fit(row: list[str]) -> list[str]:
        extra = len(row) - width
        if extra <= 0 or extra > 3:
            return row
        joins: list[tuple[float, float, int, list[str]]] = []
        for at in range(width):
            merged = [*row[:at], joiner.join(row[at : at + extra + 1]), *row[at + extra + 1 :]]
            agree = sum(kinds[j].count(_cell_kind(c)) / len(regular) for j, c in enumerate(merged))
            spread = sum(abs(len(c) - lengths[j]) for j, c in enumerate(merged))
            joins.append((agree, spread, at, merged))
        best = max(j[0] for j in joins)
        if best < width * 0.6:
            return row
        tied = [j for j in joins if j[0] >= best - 1e-9]
        named = [j for j in tied if j[2] in people and _full_names(j[3][j[2]])]
        return (named or sorted(tied, key=lambda j: j[1]))[0][3]

    return [fit(row) for row in body]


def _without_trailing_blanks(row: list[str], width: int) -> list[str]:
    """A row with empty cells past the header's last column (``,Title,Ana Ruiz,,``: a
    delimiter written after every cell) cut back to the header's width: the surplus
    holds no words, so no cell of the row needs joining."""
    end = len(row)
    while end > width and not row[end - 1]:
        end -= 1
    return row[:end]


_RULE_CELL_RE = re.compile(r":?-{3,}:?")


def _rule_row(row: list[str]) -> bool:
    """A Markdown table's rule under its header (``|---|:--:|``): no record."""
    cells = [c.strip() for c in row if c.strip()]
    return bool(cells) and all(_RULE_CELL_RE.fullmatch(c) for c in cells)


def _field_pair(header: str, delimiter: str) -> bool:
    """A two-column CSV's header (``time,session``, ``Zeit;Vortrag``): both cells name a
    field (a time, a title, people, a kind), not words of a sentence with a comma."""
    cells = [c.strip().strip('"').strip() for c in header.split(delimiter)]
    return (
        len(cells) == 2
        and all(c and len(c) <= 30 and len(c.split()) <= 3 for c in cells)
        and any(roles_of(c) or is_key_word(c) or talk_kind(c)[1] is None for c in cells)
    )


def _timed_pairs(table: list[list[str]]) -> bool:
    """Rows of two cells (nine in ten at least) of which one holds a time or a date in
    most rows (``09:15;Bodenproben ohne Labor``): the values say the file is a
    timetable, whatever its header's words."""
    body = table[1:]
    if len(body) < 2 or sum(len(row) == 2 for row in body) * 10 < len(body) * 9:
        return False
    timed = sum(
        1
        for row in body
        if any(parse_clock(c) is not None or parse_iso_datetime(c) is not None for c in row[:2])
    )
    return timed * 5 >= len(body) * 3


def _grid_rows(table: list[list[str]]) -> list[dict[str, str]] | None:
    """A timetable grid (``Time, Monday 8, Tuesday 9`` or ``Time, Room A, Room B`` over
    rows of ``9.00-10.15, Intro, Network Visualizations``): the first column holds times,
    every other header cell names a day or a room and no field; each cell is an item at
    its row's time on its column's day (or in its room). None for any other table.

    The timetable reader (:mod:`confnotes.importers.timetable`) reads grids of pages;
    this one stays beside it because a CSV's cells are whole fields: the same grid given
    to it as a table read a fifth of its items (a guest's bare name in a cell, weekday
    columns without a month), where each cell here is an item as written."""
    from confnotes.importers.when import parse_day, weekday_of

    names, body = table[0], table[1:]
    axes = names[1:]
    if (
        len(body) < 2
        or len(axes) < 2
        or not names[0]
        or _is_clock(names[0])  # a header names the columns; a time there is a row's
        or any(row[0].startswith(("#", "-", "|", "<", "{", "[")) for row in table if row)
        or any(not a or roles_of(a) - {"date"} for a in axes)
        or len(set(axes)) != len(axes)
        or sum(1 for row in body if row and _is_clock(row[0])) * 5 < len(body) * 4
    ):
        return None
    days = sum(1 for a in axes if weekday_of(a) is not None or parse_day(a) is not None)
    axis = "date" if days * 2 > len(axes) else "room"
    out = []
    for row in body:
        if not row or not _is_clock(row[0]):
            continue
        cells = [c for c in row[1 : len(names)] if c]
        if cells and len(set(cells)) == 1 and len(cells) == len(axes):
            out.append({"time": row[0], "title": cells[0]})  # "Break" across the row: once
            continue
        for label, cell in zip(axes, row[1:], strict=False):
            if cell and not is_placeholder(cell) and any(ch.isalpha() for ch in cell):
                out.append({"time": row[0], axis: label, "title": cell})
    return out or None


_LABEL_CELL_RE = re.compile(r"^([^\W\d_][\w ]{0,24}?)\s*:\s*\S")
"""``Chair: Ana Ruiz``: a cell that names its own field."""


def _column(rows: list[list[str]], i: int) -> list[str]:
    return [row[i] for row in rows if i < len(row) and row[i]]


def _is_clock(cell: str) -> bool:
    return parse_clock(cell) is not None and len(cell) <= 24


def _names_by_content(table: list[list[str]], text: str) -> list[str]:
    """Field names for a headerless table, from its cells: times, a labelled column
    (``Chair: …``), people, and the title (the longest free text). Only a table whose
    lines are its rows, each with as many fields (a quoted cell may hold the delimiter:
    ``3,Ben Lever,"Scoobi, a DSL"``), is read so: with times in most rows, or without
    times when one column holds a person in nearly every row (a meetup's list of
    ``number, speaker, title``)."""
    width = len(table[0])
    raw = [ln for ln in text.splitlines() if ln.strip()]
    if (
        len(table) < 3
        or len(table) != len(raw)
        or any(len(row) != width for row in table)
        or any(ln.lstrip().startswith(("#", "-", "|", "<", "{", "[")) for ln in raw)
    ):
        return []
    names = [""] * width
    clocks = [sum(map(_is_clock, _column(table, i))) for i in range(width)]
    when = max(range(width), key=clocks.__getitem__)
    timed = clocks[when] * 5 >= len(table) * 3
    if timed:
        names[when] = "time"
    people_rows = 0
    for i in range(width):
        cells = _column(table, i)
        if names[i] or not cells:
            continue
        labels = {m.group(1).strip() for c in cells if (m := _LABEL_CELL_RE.match(c))}
        if (
            len(labels) == 1
            and roles_of(next(iter(labels)))
            and len(cells) == sum(1 for c in cells if _LABEL_CELL_RE.match(c))
        ):
            names[i] = next(iter(labels))  # "Chair: …" in every cell: the chair column
            for row in table:
                if i < len(row) and ":" in row[i]:
                    row[i] = row[i].split(":", 1)[1].strip()
            continue
        people = sum(1 for c in cells if split_speakers(c) or is_placeholder(c))
        if people * 2 > len(cells) and any(split_speakers(c) for c in cells):
            names[i] = "speaker"
            people_rows = max(people_rows, people)
    if not timed and people_rows * 10 < len(table) * 9:
        return []  # no times, no column of people: a list of something else
    free = [i for i in range(width) if not names[i] and _column(table, i)]
    if not free:
        return []
    title = max(free, key=lambda i: sum(map(len, _column(table, i))))
    if not timed and not _free_text(_column(table, title)):
        return []  # names beside e-mails or towns: a list of people, not of talks
    names[title] = "title"
    return names


def _free_text(cells: list[str]) -> bool:
    """Most cells are phrases (two words or more, letters, no address): titles."""
    phrases = sum(
        1
        for c in cells
        if len(c.split()) >= 2 and any(ch.isalpha() for ch in c) and "@" not in c and "://" not in c
    )
    return phrases * 4 >= len(cells) * 3


def _is_other_schedule(document: Any) -> bool:
    """frab schedule JSON and the pretalx widget have readers of their own."""
    if not isinstance(document, dict):
        return False
    sched = document.get("schedule")
    if isinstance(sched, dict) and isinstance(sched.get("conference"), dict):
        return True
    return isinstance(document.get("talks"), list) and (
        "rooms" in document or "event_start" in document
    )


def _markup_lines(value: str) -> str:
    """A people field's HTML as lines (``Ana Ruiz<br>Bo Li``: two people), a line that
    ends with a comma or a line in brackets going on the one before (``Ana Ruiz,
    <br>Nordlys Labs, Norway<br>(remote)``: one person and where she works)."""
    lines: list[str] = []
    for line in rec.value_lines(value):
        if lines and line and (lines[-1].endswith(",") or line.startswith("(")):
            lines[-1] += " " + line
        elif line:
            lines.append(line)
    return "\n".join(lines)


def detect(data: bytes) -> float:
    """Records with a title and a time or people, anywhere in JSON, YAML or CSV."""
    head = head_text(data, 4096).lstrip()
    if len(data) > 5_000_000:
        text = head_text(data, 65536)
        if '"startsAt"' in text and '"sessions"' in text and '"speakers"' in text:
            return 0.9
        return 0.0
    try:
        document = load(data, "")
    except (BadInputError, ValueError, RecursionError):
        return 0.0
    xml = head.startswith("<")  # frab's XML is frab's first; this reads it when frab cannot
    if (_is_other_schedule(document) and not xml) or not isinstance(document, (dict, list)):
        return 0.0
    found = _walk_alone(data, document)  # parsing it next walks it no more
    talks = len(found.talks) + len(found.stubs)
    if not talks:
        return _people_only(found)
    timed = sum(
        1
        for r, ctx in found.talks
        if rec.first(_slot(r), "start", _WHEN)
        or ctx.day
        or ctx.start
        or _dated_clock(r)
        or rec.clock_field(r)
    )
    if head.startswith(("{", "[")):
        return 0.6 + 0.35 * min(1.0, (timed + len(found.stubs)) / talks)
    if xml:  # XML read as records: after the readers of its vocabulary
        root = next(iter(document)) if isinstance(document, dict) and len(document) == 1 else ""
        if str(root).casefold() == "schedule":
            return 0.5  # frab's, unless frab cannot read it
        return 0.5 + 0.35 * min(1.0, timed / talks)
    # YAML or CSV with one record may be someone's note with a few key lines: not claimed
    if talks < 2:
        return 0.0
    if talks < 3:
        return 0.45 + 0.4 * min(1.0, timed / talks)
    # the whole text is one YAML (or CSV) collection of several talk records: data, even
    # when its comment lines ("# Day 1") look like a page's headings to the page readers
    return 0.75 + 0.2 * min(1.0, timed / talks)


def _people_only(found: rec.Found) -> float:
    """A file of people and no talks (a committee's, an organisers' list, a keynotes
    file): the event's people, when at least two of its listed records name someone by
    the one person test; 0.0 otherwise."""
    from confnotes.importers.persons import is_person_name

    named = 0
    for record in found.listed_people[:200]:
        if id(record) not in found.people_roles:
            continue
        given, family = rec.first(record, "first"), rec.first(record, "last")
        name = f"{given} {family}" if given and family else rec.first(record, "name")
        if isinstance(name, str) and is_person_name(" ".join(name.split())):
            named += 1
    listed = sum(1 for r in found.listed_people[:200] if id(r) in found.people_roles)
    if named < 2 or named * 2 < listed:
        return 0.0
    return 0.8  # the whole file one collection of people records: data, whatever its comments


def joinable(data: bytes) -> bool:
    """Whether a file given with others holds records their ids may point into (a list of
    rooms or speakers on its own is no programme, but part of one)."""
    try:
        document = load(data, "")
    except (BadInputError, ValueError, RecursionError):
        return False
    if _is_other_schedule(document) or not isinstance(document, (dict, list)):
        return False
    found = _walk_alone(data, document)
    document = found.documents[0]
    return (
        bool(found.talks or found.stubs or found.tables)
        or _lists_ids_by_time(document, 0)
        or _lists_people(document)
        or _points_at_pages(document)
    )


_PAGE_PATH_RE = re.compile(r"[\w.-]{1,80}(?:/[\w.-]{1,80}){1,6}\.(?:md|markdown|html)")
"""A relative path of a site's page (``_speakers/ana.md``): no scheme, no spaces."""


def _points_at_pages(document: Any) -> bool:
    """A list of records two or more of which point at pages by their paths (``{"speaker":
    "_speakers/ana.md", "duration": 30}``): slots whose content is in those pages, part
    of the programme they are given with."""
    records = (
        [r for r in document[:500] if isinstance(r, dict)] if isinstance(document, list) else []
    )
    pointing = sum(
        1
        for r in records
        if any(isinstance(v, str) and _PAGE_PATH_RE.fullmatch(v.strip()) for v in r.values())
    )
    return pointing >= 2


def _lists_people(document: Any) -> bool:
    """A list of people records (name, job, organisation, bio): a speakers file, part of
    the programme it is given with."""
    records = [r for r in document if isinstance(r, dict)] if isinstance(document, list) else []
    people = sum(1 for r in records if rec.is_person_record(r))
    return people >= 2 and people * 2 > len(records)


def _lists_ids_by_time(node: Any, depth: int) -> bool:
    """A timetable of ids only (``{"startTime": "10:00", "sessionIds": [101]}``): part of
    a programme whose records are in another file."""
    if depth > 8:
        return False
    if isinstance(node, dict):
        if rec.time_like(node) and any(
            isinstance(v, list) and v and list(rec.flat_ids(v, 0)) for v in node.values()
        ):
            return True
        node = list(node.values())
    return isinstance(node, list) and any(_lists_ids_by_time(v, depth + 1) for v in node[:200])


def why_not(data: bytes) -> str:
    """Why this is not programme data."""
    return "no records with a title and a time or speakers (JSON, YAML or CSV)"


def parse(data: bytes, source: str) -> Programme:
    """A programme from one file of programme data.

    Raises:
        BadInputError: malformed input, or no records of talks.
    """
    return parse_many([(data, source)])


def parse_many(items: list[tuple[bytes, str]]) -> Programme:
    """One programme from several files of one event (talks, speakers, rooms apart),
    their ids joined.

    Raises:
        BadInputError: a malformed file, or no records of talks in any.
    """
    pages = {source: page for data, source in items if (page := _front_page(data)) is not None}
    if pages and len(pages) < len(items):
        items = [(d, s) for d, s in items if s not in pages]
    else:
        pages = {}
    held = _cached(items[0][0]) if len(items) == 1 else None
    documents = [load(data, source) for data, source in items]
    if pages:  # the pages the data points at by their paths, in place of their paths
        documents = [_pages_in(doc, pages, 0) for doc in documents]
    if any(_cached(data) is not None for data, _s in items):
        _LAST.pop("file", None)  # held only from detection to parsing
    names = [PurePath(s).stem for _d, s in items]
    year = _year_of_names([s for _d, s in items])
    walked = held.found if held is not None and held.document is documents[0] else None
    if walked is not None and (roles_of(names[0]) or year is not None or walked.people_roles):
        walked = None  # a file named "speakers" or "event", or for a year, is walked so
    source = items[0][1] if len(items) == 1 else ", ".join(s for _d, s in items)
    return _Reader(source).read(documents, names, walked, year)


def _front_page(data: bytes) -> dict[str, Any] | None:
    """A Markdown page's front matter as a record, its text as the record's abstract
    (a speaker's page of a site's collection: name, talk title, bio; the talk's summary
    under it); None for anything that is no page with front matter."""
    from confnotes.importers.structure import split_front

    if not data.lstrip(b"\xef\xbb\xbf").startswith((b"---", b"+++")):
        return None
    lines = data.decode("utf-8", errors="replace").split("\n")
    kind, front, last = split_front(lines)
    if not kind:
        return None
    body = "\n".join(lines[last + 1 :]).strip()
    record = {str(k): v for k, v in front.items()}
    if body and not any(rec.values(record, "abstract")):
        record["abstract"] = body[:5000]
    return record


def _pages_in(node: Any, pages: dict[str, dict[str, Any]], depth: int) -> Any:
    """``node`` with each value that is the path of one of ``pages`` (``"speaker":
    "_speakers/ana.md"``) replaced by that page's record."""
    if depth > MAX_DEPTH:
        return node
    if isinstance(node, list):
        return [_pages_in(v, pages, depth + 1) for v in node]
    if isinstance(node, dict):
        return {k: _pages_in(v, pages, depth + 1) for k, v in node.items()}
    if isinstance(node, str) and "/" in node and len(node) < 300:
        path = node.strip().lstrip("./")
        for source, page in pages.items():
            if path and PurePath(source).as_posix().endswith("/" + path):
                return dict(page)
    return node


_NAME_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _year_of_names(sources: list[str]) -> int | None:
    """The year the files' names give their event (``euruko2017/schedule.json``,
    ``forum-2026_programme.json``): one year in the file names or their folder's, the
    year of days a file writes without one; None when they name none or several."""
    years = set()
    for source in sources:
        path = PurePath(source)
        for part in (path.stem, path.parent.name):
            years.update(_NAME_YEAR_RE.findall(part))
    return int(years.pop()) if len(years) == 1 else None


def _first_link(raw: dict[str, Any]) -> str:
    """A person's page from Sessionize's ``links: [{title, url, linkType}]``."""
    links = raw.get("links")
    for link in links if isinstance(links, list) else []:
        if isinstance(link, dict) and isinstance(link.get("url"), str):
            return str(link["url"])
    return ""


_PAST_MIDNIGHT_RE = re.compile(r"^\s*(2[4-9]|3\d|4[0-7])[:：]([0-5]\d)(?!\d)")
"""``25:00``: a time past the day's midnight, as night programmes write it."""

_WHEN = (str, dict, datetime, int)
"""What a start or end field may hold: text, Indico's ``{"date", "time"}``, a YAML datetime."""


def _slot(record: dict[str, Any]) -> dict[str, Any]:
    """The record, or the field of it that holds its start (pretalx's ``slot``)."""
    if rec.first(record, "start", _WHEN) is not None:
        return record
    for value in record.values():
        if isinstance(value, dict) and rec.first(value, "start", _WHEN) is not None:
            return value
    return record


def _start_value(record: dict[str, Any], counts: frozenset[str] = frozenset()) -> Any:
    """The record's start: of its start fields the first with a time of day in it, a
    date alone being the day (``start_day: 2021-11-26`` beside ``start_at: 25:30``);
    none of the keys in ``counts`` (:func:`_counting_keys`)."""
    found = None
    for key, value in rec.values(record, "start"):
        if not isinstance(value, _WHEN) or isinstance(value, bool) or key in counts:
            continue
        if isinstance(value, str) and _DATE_ONLY_RE.match(value):
            found = found or value
            continue
        if isinstance(value, date) and not isinstance(value, datetime):
            continue
        return value
    return found


_DATE_ONLY_RE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}\s*$")

_DAY_MINUTES = 24 * 60

_BY_WORD_RE = re.compile(rf"(?:\s|(?<=[^\x00-\x7f]))(?:{BY_WORDS})\s+(?=\S)")
"""A by-word before a by-line (``Title by Name``, ``題名by 名前``: a script with no
spaces may glue the by-word to the title)."""


def _title_by(title: str) -> tuple[str, str] | None:
    """A title and its by-line, at the last by-word (``Opening by Ana Ruiz``: "Opening",
    "Ana Ruiz"); None when there is none, or nothing before it."""
    if len(title) > 420:
        return None
    last = None
    for found in _BY_WORD_RE.finditer(title):
        last = found
    if last is None or last.start() < 2 or len(title) - last.end() > 120:
        return None
    return title[: last.start()].strip(), title[last.end() :].strip()


def _by_column(titles: list[str]) -> bool:
    """Whether a list's titles carry their speakers (``Opening by Ana Ruiz``): three or
    more, and most of them, end in a by-line, the file's one place for who speaks, so
    each by-line vouches for its names as a people field does (a given name alone, a
    handle)."""
    said = sum(1 for t in titles if _title_by(t))
    return said >= 3 and said * 2 > len(titles)


def _slug_words(raw: str) -> str:
    """A kind field's identifier as the words it stands for: ``sponsor-lt`` is "sponsor
    LT", its two-letter word the abbreviation programmes write in capitals (``LT``, a
    lightning talk), so the kind's words read it as they read a label."""
    if not isinstance(raw, str) or len(raw) > 60:
        return raw
    words = raw.strip().replace("_", "-").split("-")
    slug = all(w.isascii() and w.isalnum() and w == w.lower() for w in words)
    if not slug or not (len(words) > 1 or (len(raw.strip()) == 2 and raw.strip().isalpha())):
        return raw  # "Keynote", "talk": a label, read as written
    return " ".join(w.upper() if len(w) <= 2 else w for w in words)


def _counting_keys(records: list[dict[str, Any]]) -> frozenset[str]:
    """Start keys whose whole numbers run past a day's minutes and are no Unix times
    (``videoStartsAt: 3631``, seconds into a recording): a count, not a clock, so none
    of that key's numbers is read as minutes since midnight (``630`` is no 10:30)."""
    counts: set[str] = set()
    for record in records:
        for key, value in rec.values(record, "start"):
            if (
                isinstance(value, int)
                and not isinstance(value, bool)
                and value >= _DAY_MINUTES
                and _epoch(value) is None
            ):
                counts.add(str(key))
    return frozenset(counts)


_EPOCH_FIRST = 946_684_800  # 2000-01-01
_EPOCH_LAST = 4_102_444_800  # 2100-01-01
_EPOCH_RE = re.compile(r"\d{10}(?:\d{3})?")


def _epoch(value: Any) -> datetime | None:
    """A start or end written as a Unix time (``1746264600``, or ``1746264600000`` in
    milliseconds, as JavaScript apps export them; a number or its digits): the moment in
    UTC, when it falls in this century (a small number is a count of minutes or an id)."""
    if isinstance(value, str) and _EPOCH_RE.fullmatch(value.strip()):
        value = int(value.strip())
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    seconds = value // 1000 if value > _EPOCH_LAST else value
    if not _EPOCH_FIRST <= seconds < _EPOCH_LAST:
        return None
    return datetime.fromtimestamp(seconds, tz=UTC)


_CONTENT_WORD_RE = re.compile(r"[^\W\d_][\w'’-]{3,}")
"""A word of four letters or more: one carrying a title's content (``in``, ``the``,
``to`` and their like in most languages are shorter)."""


def _subtitled(title: str) -> bool:
    """``Topic: what it says``: a title and its subtitle, as talks are titled (words of
    content on both sides of the colon)."""
    for mark in (": ", "："):
        head, said, tail = title.partition(mark)
        if said and _CONTENT_WORD_RE.search(head) and _CONTENT_WORD_RE.search(tail):
            return True
    return False


def _repeated_across_days(slots: list[ProgrammeTalk]) -> set[str]:
    """The titles of slots written on two days or more (``Lunch``, ``Coffee``, a daily
    walk): the shape of the days, which no talk repeats."""
    days: dict[str, set[date]] = {}
    for slot in slots:
        day = slot.start.date() if slot.start else slot.day
        if day is not None:
            days.setdefault(slot.title.casefold(), set()).add(day)
    return {t.title for t in slots if len(days.get(t.title.casefold(), ())) >= 2}


def _block_not_talk(slot: ProgrammeTalk, repeated: bool) -> bool:
    """Whether an item-less slot beside slots of talks is a block of the day rather than
    a talk whose speaker is not named: a meal or a social by its words, a slot every day
    repeats, or a short bare line (``Lab tour``, ``Train to Ljubljana``). A slot with an
    abstract or links, or titled as talks are (a subtitle after a colon, four content
    words: ``Quantum error correction in practice``), is a talk."""
    if repeated or kind_of(slot.title) in ("social", "break"):
        return True
    if talk_kind(slot.title)[0] in ("social", "break"):
        return True
    if slot.abstract or slot.links:
        return False
    title = slot.title.strip()
    return not (_subtitled(title) or len(_CONTENT_WORD_RE.findall(title)) >= 4)


def _yaml_minutes(value: Any) -> time | None:
    """``09:30`` as YAML 1.1 reads it (570, minutes since midnight), as a time of day."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return time(value // 60, value % 60)
    return None


_SMALL_HOUR_RE = re.compile(r"^\s*[1-6](?:[:.h]\d\d)?\s*(?:$|[-–—]|to\b)")
"""A time written with a one-digit hour from 1 to 6 (``2:00``, ``3.40``), no leading zero."""
_AM_PM_RE = re.compile(r"[ap]\.?\s?m\b|[午時]", re.I)
"""A 12-hour clock's am/pm (``2:00 pm``, ``2 p.m.``, ``午後``)."""


def _clock_alone(value: Any) -> time | None:
    """The time of day a record gives when nothing in the files dates it (a programme
    keyed by ``monday:``, ``day: 1``): kept as the talk's clock, no day made up."""
    if (minutes := _yaml_minutes(value)) is not None:
        return minutes
    if isinstance(value, time):
        return value
    if not isinstance(value, str) or len(value) > 40:
        return None
    clock = parse_clock(value)
    return clock.start if clock else None


def _dated_clock(record: dict[str, Any]) -> str | None:
    """A date field that holds a time too (``date: 2025-10-07 16:00``): the start."""
    for _key, value in rec.values(record, "date"):
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, str) and ":" in value:
            value = value.strip().rstrip(",;")  # "2019-11-09T09:45:00,": a stray separator
            if parse_iso_datetime(value) is not None:
                return value
    return None


_ROLE_TAG_RE = re.compile(r"^\s*[(\[]([^()\[\]]{1,24})[)\]]\s*(?=\S)")


def _tagged_role(text: str) -> tuple[str, str] | None:
    """``(Chair) Ana Ruiz``: a bracketed tag before a name that names a role other than
    speaking; (role, the rest) or None."""
    m = _ROLE_TAG_RE.match(text)
    if m is None or "chair" not in roles_of(m.group(1)):
        return None
    return "chair", text[m.end() :]


def _closing_tag(text: str) -> tuple[str, str] | None:
    """(the title before it, the tag) of a title ending in a bracketed tag, or None. The
    tag runs from the bracket that the last one closes, brackets inside it kept
    (``Panel (Chair: Ana Ruiz (Nordlys Labs))``)."""
    text = text.rstrip()
    if not text.endswith((")", "]")):
        return None
    opened, depth = -1, 0
    for at in range(len(text) - 1, -1, -1):
        depth += (text[at] in ")]") - (text[at] in "([")
        if depth == 0:
            opened = at
            break
    tag = text[opened + 1 : -1]
    if opened < 1 or not tag.strip():
        return None
    return text[:opened].rstrip(), tag


def _only_chair_words(text: str) -> bool:
    """``Chair``, ``Session chairs``' last word alone: every word a chair's key word."""
    words = key_words(text)
    return bool(words) and all("chair" in roles_of(w) for w in words)


def _chair_tagged_title(text: str) -> str | None:
    """``Session 1 (Chair)``: a title whose closing bracketed tag is nothing but the
    chair's role word says the row's people cell holds its chair, no speaker; the title
    without the tag, or None. A tag that names someone (``Talk (Chair: Dan Brown)``)
    says who chairs, not what the people cell holds (see :func:`_named_chair_tag`)."""
    if (found := _closing_tag(text)) is None:
        return None
    tag = found[1]
    if len(tag) > 24 or not _only_chair_words(tag):
        return None
    return found[0]


def _named_chair_tag(text: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Talk (Chair: Dan Brown)``: a title whose closing tag names its chair after a
    chair's label; (the title without the tag, the chairs), or None."""
    if (found := _closing_tag(text)) is None:
        return None
    label, colon, who = found[1].replace("：", ":").partition(":")
    if not colon or not _only_chair_words(label) or not (people := role_people(who.strip())):
        return None
    return found[0], people


_PREFIX_SEPARATORS = (":", "：", " - ", " – ", " — ")


def _is_path(text: str) -> bool:
    """``2025/invited/#name``: a link's path in a ``title-link`` field, no title."""
    return not any(c.isspace() for c in text) and ("/" in text or "#" in text)


def _title_and_label(record: dict[str, Any]) -> tuple[str, str]:
    """The record's title, and a kind of talk that a title-like field holds instead of a
    title (``title: Exposé invité`` beside ``titre: …``; ``topic: 基調講演`` beside
    ``title: …``): a field is read by what it holds."""
    keyed = [(k, t) for k, v in rec.values(record, "title") if (t := rec.text_of(v).strip())]
    texts = [t for _k, t in keyed]
    labels = [t for t in texts if _is_kind_label(t)]
    own = [  # "titleZh" beside a label in "titleEn" is the same label in Chinese
        t
        for k, t in keyed
        if t not in labels and not _is_path(t) and not rec.in_other_language(k, record)
    ]
    if labels and own:
        return own[0], labels[0]
    return rec.title_of(record), ""


def _is_kind_label(text: str) -> bool:
    """``Keynote``, ``Exposé invité``, ``基調講演``: a few words that name a kind of talk;
    ``Topic 1``, ``Session #3``: a word that names a field or a kind of talk and a number
    that counts the slots, beside a title (``Python 3``, ``Web 2`` are titles)."""
    short = len(text.split()) <= 3 and len(text) <= 30
    if not short:
        return False
    if talk_kind(text)[0] not in ("talk", "other"):
        return True
    numbered = _NUMBERED_LABEL_RE.fullmatch(text)
    return numbered is not None and _label_word(numbered.group("word"))


def _label_word(word: str) -> bool:
    """A word of the field tables (``Topic``, ``Tema``, ``Track``) or one that names a kind
    of talk (``Session``, ``Talk``, ``Keynote``), not a word of a subject."""
    return is_key_word(word) or talk_kind(word)[1] is None


_NUMBERED_LABEL_RE = re.compile(r"\A(?P<word>[^\W\d_]{2,20})\s?#?\d{1,3}[a-z]?")


def _labelled_speaker(title: str) -> tuple[str, list[ProgrammePerson]] | None:
    """``Invited Speaker: Ana Ruiz``, ``Keynote Speaker - Bo Li``: a label that names a
    speaking role or a kind of talk, then only people; (the label, the people)."""
    label = _kind_prefix(title)
    if not label or len(label.split()) > 4:
        return None
    speaking = any("speaker" in roles_of(w) for w in label.split())
    if not speaking and names_a_group(label):
        return None  # "Oral Session II: Clinical Conversations": a session and its theme
    if not speaking and talk_kind(label)[0] in ("talk", "other"):
        return None
    rest = title[len(label) :].lstrip(" :：-–—")
    people = split_speakers(rest)
    return (label, people) if people else None


def _ceremony(title: str) -> bool:
    """An opening, a welcome or a closing (``Eröffnung``, ``Bienvenida``): a slot whose
    named person hosts it rather than speaks (a fireside chat's or a Q&A's people speak)."""
    return kind_of(title) == "other" and talk_kind(title)[0] == "other"


def _copy_key(talk: ProgrammeTalk) -> str:
    """What makes an undated talk the same as another written alike: its title, its
    people, kind, room and time of day. Two records equal in all of these, and neither
    dated, are one talk listed twice (a keynote repeated under each parallel track of
    the day); "" for a talk with no one named or a placeholder's title (two ``TBD``
    slots are two talks)."""
    if not talk.speakers or is_placeholder(talk.title):
        return ""
    people = "\x01".join(p.name for p in talk.speakers)
    return f"{talk.title}\x00{people}\x00{talk.kind}\x00{talk.room}\x00{talk.clock}"


def _kind_prefix(title: str) -> str:
    """``Keynote`` of ``Keynote: Title``, ``Intervento invitato – Title``; "" without one
    (found with ``str.find``: linear on any input)."""
    cuts = [i for i in (title.find(sep) for sep in _PREFIX_SEPARATORS) if i > 0]
    return title[: min(cuts)].strip() if cuts else ""


_SERIES_LEAST = 3
"""Titles one label opens before what follows it is weighed across them."""


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.p = Programme(name="", format=NAME)
        self.tz: tzinfo | None = None
        self.offsets: set[timedelta] = set()
        self.found = rec.Found()
        self.event_day: date | None = None
        self.people: dict[str, ProgrammePerson] = {}
        self.people_field = False
        """Whether the files' talk records have a field for their people."""
        self.colon_names = True
        self.labels_of_no_one: frozenset[str] = frozenset()
        """Labels whose titles name items, no one (:meth:`_labels_of_no_one`)."""
        """Whether a title's words before a colon may name its speaker (:meth:`_colon_names`)."""
        self.chairs: dict[int, list[ProgrammePerson]] = {}
        """People a record's speaker field names by a role tag (``(Chair) Name``)."""
        self.comma_places: frozenset[str] = frozenset()
        self.counts: frozenset[str] = frozenset()
        self.by_column = False
        """The titles carry their speakers after "by": :func:`_by_column`."""
        """Start keys that count (seconds into a video), no clocks: :func:`_counting_keys`."""
        """The names a speaker field writing ``Name, Place`` puts after its last comma
        (:meth:`_comma_places`): places, not people."""

    # ------------------------------------------------------------------ event
    def _event(self, documents: list[Any]) -> None:
        heads = list(self.found.events)
        for document in documents:
            top = document[0] if isinstance(document, list) and len(document) == 1 else document
            if isinstance(top, dict):
                heads.append(top)
                # {"meta": {"conference": "..."}}: the event named one level down
                heads += [v for v in top.values() if isinstance(v, dict) and rec.first(v, "event")]
        named = [h for h in heads if isinstance(rec.first(h, "event"), str)]
        heads = named + [h for h in heads if all(h is not n for n in named)]
        for head in heads:  # a field that names the event first ({"conference": ...})
            if not self.p.name:
                name = rec.first(head, "event") or rec.title_of(head)
                is_event = any(head is e for e in self.found.events)
                if isinstance(name, str) and (is_event or not rec.is_talk_record(head)):
                    self.p.name = " ".join(str(name or "").split())[:200]
            tz_name = next(
                (
                    v
                    for k, v in head.items()
                    if str(k).casefold() in ("timezone", "time_zone", "tz")
                ),
                None,
            )
            if self.tz is None and isinstance(tz_name, str):
                self.tz = zone(tz_name)
            if self.event_day is None:
                self.event_day = rec.day_of(head) or rec.start_day(head)
            if not self.p.location:
                place = rec.first(head, "room")
                self.p.location = str(place or "")[:200]
        self.p.series = series_of(self.p.name)

    # ------------------------------------------------------------------ people
    def _person(self, raw: Any, single_ok: bool = True, ref: str = "") -> list[ProgrammePerson]:
        target = None
        if isinstance(raw, (str, int)):
            target = self.found.tables.get(str(raw), ref or "speakers")
        if target is not None:
            person_like = (
                rec.is_person_record(target)
                or id(target) in self.found.people
                or not rec.is_talk_record(target)
            )
            return self._person(target) if person_like and target is not raw else []
        if isinstance(raw, str) and "<" in raw:
            raw = _markup_lines(raw)
        if isinstance(raw, str) and "\n" in raw.strip():
            # a people field of several lines ("Graham Galloway\nSponsored by …"): each
            # line that is someone; a note on a line of its own names no one
            lines = [ln for ln in raw.strip().splitlines()[:50] if ln.strip()]
            return [p for ln in lines for p in role_people(ln, single_ok=single_ok)]
        if isinstance(raw, str):  # a field holding people: its role vouches for the names
            return role_people(raw, single_ok=single_ok)
        if isinstance(raw, list):
            # ["Katrina Owens", "kytrinyx"] inside a people field: one person's fields, a
            # name and a handle; the name is the one of a name's shape
            texts = [str(v).strip() for v in raw if isinstance(v, (str, int)) and str(v).strip()]
            named = next((t for t in texts if is_person_name(" ".join(t.split()))), None)
            return self._person(named, single_ok=True) if named else []
        if not isinstance(raw, dict):
            return []
        inner = raw.get("name")
        if isinstance(inner, dict) and not rec.first(raw, "first"):
            # XML's <name><givenname/><surname/></name>, an API's {"name": {"first": …}}:
            # the parts of the name are fields of the person
            raw = {**{k: v for k, v in raw.items() if k != "name"}, **inner}
        ident = rec.own_id(raw)
        # one id, one name: two people a speakers file numbers alike stay two
        seen = f"{ident}\x00{rec.first(raw, 'name') or rec.first(raw, 'first') or ''}"
        if ident is not None and seen in self.people:
            return [self.people[seen]]
        given, family = rec.first(raw, "first"), rec.first(raw, "last")
        structured = False  # given and family names in fields of their own: a name by shape
        name = None
        for key, value in raw.items():
            roles = roles_of(str(key))
            if "name" in roles and not roles & {"first", "last"} and isinstance(value, str):
                if "<" in value:  # "Deborah <br>Rosenkranz": a card's line break in a name
                    value = " ".join(strip_html(value).split())
                name = value.strip() or None
                break
        if name is None and given and not family:
            name = given  # "nome", "nombre": a given name or the whole one; no surname here
        if given and family and (name is None or "," in name):
            name = f"{given} {family}"  # Indico's fullName is "Lindqvist, Elin"
            structured = _structured_name(name)
        elif family and not given and (name is None or family not in name):
            # Zeppelin's name + surname: the whole name is both, or (a blank name) the
            # surname alone holding it ("박성재"); kept apart when together they are no name
            joined = f"{name} {family}" if name else family
            name = next(
                (n for n in (joined, name, family) if n and split_speakers(n, single_ok=True)),
                joined,
            )
            if name != joined and _structured_name(joined):
                name = joined  # "Yiling" + "Liu": the fields say which is the given name
            structured = name == joined and _structured_name(joined)
        if ident is not None and str(ident) in self.found.tables and not name:
            target = self.found.tables.get(str(ident), "speakers")
            return self._person(target) if target is not raw else []
        if not name:
            return []
        if "," in name and not (given and family):
            last, _, firsts = name.partition(",")  # Indico's "Lindqvist, Elin"
            tail = " ".join(firsts.split())
            if (
                tail
                and len(tail.split()) <= 3
                and len(last.split()) <= 3
                and is_person_name(tail, single_ok=True)
            ):
                name = f"{tail} {last.strip()}"
            elif len(last.split()) >= 2 and (people := role_people(name)):
                return people  # "dr. Ana Ruiz, senior researcher", "A, B, C": jobs, names
        affs: list[str] = []
        for _key, value in rec.values(raw, "affiliation"):
            for aff in value if isinstance(value, list) else [value]:
                text = rec.text_of(aff).strip()
                if text and text not in affs:
                    affs.append(text[:200])
        if not affs:
            # no organisation field: the job line names the employer ("tagLine": "CTO at Foo")
            for key, value in raw.items():
                if _folded(key) in _JOB_LINE_KEYS and (org := employer_of(rec.text_of(value))):
                    affs.append(org[:200])
                    break
        if (not structured or _joins_people(name)) and len(pair := _full_names_joined(name)) >= 2:
            # "Dick Rensema" + "& Jean Claude Pitcho": two presenters in one name's fields
            return [ProgrammePerson(name=p.name, affiliations=list(affs)) for p in pair]
        person = normalise_person(
            ProgrammePerson(
                name=" ".join(name.split()),
                affiliations=affs,
                url=safe_url(raw.get("url") or raw.get("website") or _first_link(raw)),
                source_id=str(ident or "")[:100],
            )
        )
        if person is None or not (structured or role_people(person.name)):
            return []
        if ident is not None:
            self.people[seen] = person
        return [person]

    def _presenters_of(self, items: list[Any]) -> list[Any]:
        """The authors a list flags as presenting (``presenter: true``, ``is_speaker:
        true``), when it flags some and not all: they give the talk; the others wrote it
        with them and are named in the programme in another role, as speakers never."""
        flagged = [item for item in items if isinstance(item, dict) and _says_speaking(item)]
        if not flagged or len(flagged) == len(items):
            return items
        for item in items:
            if item in flagged:
                continue
            for person in self._person(item):
                if all(r.person.name != person.name for r in self.p.roles):
                    self.p.roles.append(ProgrammeRole(person, "other"))
        return flagged

    def _speakers(self, record: dict[str, Any]) -> list[ProgrammePerson]:
        people: list[ProgrammePerson] = []
        # a speaker field of its own ("palestrante: TFG, Ewally") says who speaks, even when
        # it names no one a name's test takes: the record's "nome" is then what it is called
        own_field = any(True for _ in rec.values(record, "speaker"))
        translated: list[ProgrammePerson] = []
        chaired = _chair_tagged_title(rec.title_of(record)) is not None
        if (named := _named_chair_tag(rec.title_of(record))) is not None:
            # "Talk (Chair: Dan Brown)" / "Eva Klein": the tag says who chairs; the people
            # cell still says who speaks
            self.chairs.setdefault(id(record), []).extend(named[1])
        for key, raw in rec.values(record, "speaker"):
            if rec.translation_of(key, record):
                # "speaker_en" beside "speaker": the same people written in another language
                translated += [p for item in _listed(raw) for p in self._person(item)]
                continue
            by_id = "ref" in roles_of(key)
            items = raw if isinstance(raw, list) else [raw]
            items = self._presenters_of(items)
            if by_id and isinstance(raw, str):
                items = [p.strip() for p in re.split(r"[;,|]", raw) if p.strip()]
            for item in items:
                if by_id and str(item) not in self.found.tables:
                    continue  # an id that no file given explains is no name
                if chaired and isinstance(item, str):
                    # "Session 1 (Chair)" / "Ana Ruiz": the title's tag says whom the cell names
                    for person in role_people(item):
                        self.chairs.setdefault(id(record), []).append(person)
                    continue
                if isinstance(item, str) and (role := _tagged_role(item)) is not None:
                    # "(Chair) Ana Ruiz" in the authors column: the session's chair
                    for person in role_people(role[1]):
                        self.chairs.setdefault(id(record), []).append(person)
                    continue
                single = len(items) > 1 or "," not in str(item)
                found = self._person(item, single_ok=single, ref=key)
                if len(found) >= 2 and found[-1].name in self.comma_places:
                    place = found.pop().name  # "Ana Ruiz, Bo Li, Quay Systems": theirs
                    found = [
                        p
                        if p.affiliations
                        else ProgrammePerson(p.name, [place], p.url, p.source_id, p.aliases)
                        for p in found
                    ]
                for person in found:
                    if all(p.name != person.name for p in people):
                        people.append(person)
        if people and len(translated) == len(people):
            for person, other in zip(people, translated, strict=True):
                if other.name != person.name and other.name not in person.aliases:
                    person.aliases.append(other.name)  # 周彦君, also written Yanjun Zhou
        elif translated and not people:
            people = translated
        if not people and rec.names_own_person(record) and not own_field:
            # {first, last, title}: the record's own person, named by its name fields
            fields = {k: v for k, v in record.items() if roles_of(str(k)) & _OWN_PERSON_ROLES}
            people = self._person(fields)
        if (name := rec.submitter(record)) and _says_not_speaking(record):
            # "speaker": "false" beside the name: the person hosts the slot (a greeting, a
            # closing word) and gives no talk; named in the programme, as a speaker never
            for person in split_speakers(name, single_ok=True):
                if all(r.person.name != person.name for r in self.p.roles):
                    self.p.roles.append(ProgrammeRole(person, "other"))
        elif name:
            # the record's own person ("fullname", "Presenter Name") before its co-authors
            theirs = split_speakers(name, single_ok=True) or bar_joined_people(name)
            own = [p for p in theirs if p not in people]
            people = own + people
        if not people:  # subtitle: "by Leon Bottou (Meta AI)": a by-line names them
            for _key, value in rec.values(record, "subtitle"):
                if isinstance(value, str) and (people := byline_people(value)):
                    break
        if not people:
            # a description that is a by-line and nothing more ("por Ana Ruiz"): it says
            # who gives the talk, as a subtitle would; a sentence about it names no one
            for _key, value in rec.values(record, "abstract"):
                said = " ".join(value.split()) if isinstance(value, str) else ""
                if said and len(said.split()) <= 12 and (people := byline_people(said)):
                    break
        if not people and talk_kind(rec.title_of(record))[0] == "keynote":
            # "Keynote Speech 1" / subtitle: "Ana Ruiz": a keynote's slot names its speaker
            # ("Tutorial 1" / "Inverse Computational Spectral Geometry" names its topic)
            for _key, value in rec.values(record, "subtitle"):
                if isinstance(value, str) and is_person_name(" ".join(value.split())):
                    people = [ProgrammePerson(name=" ".join(value.split()))]
        flat = [
            rec.text_of(v).strip() for _k, v in rec.values(record, "affiliation") if rec.text_of(v)
        ]
        if len(people) == 1 and flat and not people[0].affiliations:
            people[0] = ProgrammePerson(
                people[0].name, flat, people[0].url, people[0].source_id, people[0].aliases
            )
        return people

    # ------------------------------------------------------------------ times
    def _moment(self, value: Any, day: date | None) -> datetime | None:
        if isinstance(value, datetime):  # YAML reads 2024-09-19 09:30 as a datetime
            value = value.isoformat()
        if (minutes := _yaml_minutes(value)) is not None:
            value = f"{minutes:%H:%M}"
        if (moment := _epoch(value)) is not None:
            value = moment.isoformat()  # 1746264600: seconds since 1970, in UTC
        if isinstance(value, dict):  # Indico: {"date": ..., "time": ..., "tz": ...}
            on = rec.day_of(value) or day
            clock = parse_clock(str(value.get("time") or ""))
            tz = zone(str(value.get("tz") or "")) if value.get("tz") else None
            if tz is not None and self.tz is None:
                self.tz = tz
            return datetime.combine(on, clock.start) if on and clock else None
        if not isinstance(value, str):
            return None
        value = value.strip().rstrip(",;")  # "2019-11-09T09:45:00,": a stray separator
        found = parse_iso_datetime(value)
        if found is not None:
            if found.tzinfo is not None:
                if self.tz is not None:
                    return found.astimezone(self.tz).replace(tzinfo=None)
                offset = found.utcoffset()
                if offset is not None:
                    self.offsets.add(offset)
                return found.replace(tzinfo=None)  # the wall-clock time the file shows
            return found
        from confnotes.importers.when import find_date, parse_day, parse_time

        if (late := _PAST_MIDNIGHT_RE.match(value)) and day is not None:
            # "25:00" on a festival's day: one in the morning after it, as the day counts
            hours = int(late.group(1))
            return datetime.combine(
                day + timedelta(days=hours // 24), time(hours % 24, int(late.group(2)))
            )
        if m := _DAY_THEN_CLOCK_RE.match(value):  # "12.06.2025 14:00": not 12:06
            # dots are day first; "11/03/2025" is not guessed (find_date refuses it)
            day, value = find_date(m.group(1))[0] or day, m.group(2)
        at = parse_time(value)
        if at is None:
            return None
        if _SMALL_HOUR_RE.match(value) and not _AM_PM_RE.search(value):
            # "2:00" in a day's programme that writes no am/pm: the afternoon, as the page
            # readers take it (nobody gives a talk at two in the morning)
            at = afternoon(at, None, False) or at
        day = day or parse_day(value)
        return datetime.combine(day, at) if day is not None else None

    # ------------------------------------------------------------------ talks
    def read(
        self,
        documents: list[Any],
        names: list[str] | None = None,
        walked: rec.Found | None = None,
        year: int | None = None,
    ) -> Programme:
        self.found = walked if walked is not None else rec.walk(documents, names, year)
        documents = self.found.documents
        self.people_field = any(
            "speaker" in roles_of(str(key)) for record, _ctx in self.found.talks for key in record
        )
        self.colon_names = self._colon_names()
        self.labels_of_no_one = self._labels_of_no_one()
        self.comma_places = self._comma_places()
        self.counts = _counting_keys([_slot(r) for r, _ctx in self.found.talks])
        self.by_column = _by_column(
            [
                " ".join(rec.title_of(r).split())
                for r, _ctx in self.found.talks
                if not any("speaker" in roles_of(str(k)) for k in r)
            ]
        )
        self._event(documents)
        if not self.found.talks and not self.found.stubs and not self.found.people_roles:
            raise BadInputError(
                "no records of talks (a title and a time or speakers)", self.source, 1
            )
        for record, _ctx in self.found.sessions:
            self._session(record, _ctx)
        by_id: dict[str, ProgrammeTalk] = {}
        by_row: dict[str, ProgrammeTalk] = {}
        copies: set[str] = set()
        # the fields of the records holding talks, their items aside: a record written
        # with those fields only (a time, a name, a place) is one of theirs, without items
        slot_fields = {
            frozenset(str(k) for k, v in r.items() if not isinstance(v, (list, dict)))
            for r, _c in self.found.sessions[:500]
            if isinstance(r, dict)
        }
        level_talks: list[tuple[ProgrammeTalk, str]] = []
        for count, (record, ctx) in enumerate(self.found.talks, start=1):
            check_event_count(count, self.source)
            ident = str(rec.own_id(record) or "")
            talk = self._talk(record, ctx)
            if talk is None:
                continue
            fields = frozenset(str(k) for k, v in record.items() if not isinstance(v, list))
            plain = frozenset(k for k in fields if not isinstance(record[k], dict))
            if len(fields) >= 2 and any(plain <= f and len(f) >= 2 for f in slot_fields):
                level_talks.append((talk, ctx.session))  # beside the slots holding talks
            if not talk.speakers and (inner := self._talks_within(record, talk)):
                self.p.talks.extend(inner)  # a slot of lightning talks, each with its by-line
                continue
            same = by_id.get(ident) if ident else None
            if same is not None and same.title != talk.title:
                same = None  # "speakerId" shared by a talk and the panel its speaker chairs
            # a talk listed once per presenter (a row each: same title, same start, same
            # room) is one talk with each row's person
            # (a meetup's list dates its talks without a time: the day is the slot)
            when = talk.start or talk.day
            # (two talks titled "TBD" at one time are two talks whose titles are not known)
            row_key = (
                f"{talk.title}\x00{when}\x00{talk.room}"
                if when and not is_placeholder(talk.title)
                else ""
            )
            if same is None and not ident and talk.speakers and row_key:
                same = by_row.get(row_key)
            if same is not None:  # a grid lists a session under its room and its slot
                same.speakers += [p for p in talk.speakers if p not in same.speakers]
                continue
            if not ident and not when and (copy := _copy_key(talk)):
                copy += f"\x00{ctx.day_label}"  # "day: Monday", "tuesday:": its day's
                # a plenary written again in each track's list, no day to tell them apart
                if copy in copies:
                    continue
                copies.add(copy)
            if ident:
                by_id.setdefault(ident, talk)
            elif row_key and talk.speakers:
                by_row[row_key] = talk
            self.p.talks.append(talk)
        for stub, owner in self.found.stubs:
            self._stub(stub, owner, by_id)
        self._blocks_beside_slots(level_talks)
        self._finish()
        return self.p

    def _blocks_beside_slots(self, level: list[tuple[ProgrammeTalk, str]]) -> None:
        """A file that writes its talks one level down, as the items of timed slots
        (``activity: [{hour, name: Lectures, subactivities: [{title, people}]}]``), and
        names no one outside those items: a record like the slots, without items, is a block of
        the day (a meal, a tour, free time, a train), a session of its own, as a break
        is, not a talk; unless its words say a kind of talk (``Talk about …``, ``…
        workshop``, ``plenary lectures``) or an opening or a closing, which every reader
        keeps as an item of kind ``other``, or it reads as a talk whose speaker is not
        named (see :func:`_block_not_talk`)."""
        holders = {t.session for t in self.p.talks if t.session and t.speakers}
        inside = sum(1 for t in self.p.talks if t.session in holders)
        beside = [t for t, held_by in level if held_by not in holders]
        if inside < 2 or any(t.speakers and t.session not in holders for t in self.p.talks):
            return  # someone named outside the slots' items: the file's talks are not all there
        repeated = _repeated_across_days(beside)
        blocks = {
            id(t)
            for t in beside
            if talk_kind(t.title)[0] in ("other", "social", "break")
            and kind_of(t.title) in ("talk", "social", "break")  # an opening stays an item
            and t.kind in ("talk", "social", "break")
            and not type_tag(t.title)
            and _block_not_talk(t, t.title in repeated)
        }
        if not blocks:
            return
        for t in self.p.talks:
            if id(t) in blocks:
                kind = talk_kind(t.title)[0]
                self.p.sessions.append(
                    ProgrammeSession(
                        key=f"block-{len(self.p.sessions) + 1}",
                        title=t.title,
                        kind=kind if kind != "other" else t.kind,
                        start=t.start,
                        end=t.end,
                        room=t.room,
                        source_id=t.source_id,
                        clock=t.clock,
                    )
                )
        self.p.talks = [t for t in self.p.talks if id(t) not in blocks]

    def _talks_within(self, record: dict[str, Any], slot: ProgrammeTalk) -> list[ProgrammeTalk]:
        """The talks a slot's description lists, each a title over its by-line
        (``Title<br>by Ana Ruiz<br><br>Title<br>by Bo Li``: a round of lightning talks):
        the slot becomes their session, at its time. Two talks at least, and every line of
        the description one of them; [] otherwise (a description about one talk)."""
        for _key, value in rec.values(record, "abstract"):
            if not isinstance(value, str) or len(value) > 5000:
                continue
            lines = [ln for ln in _markup_lines(value).splitlines() if ln.strip()]
            if len(lines) < 4 or len(lines) % 2:
                continue
            pairs = [(lines[i], byline_people(lines[i + 1])) for i in range(0, len(lines), 2)]
            if not all(people and not byline_people(title) for title, people in pairs):
                continue
            key = make_slug(slot.title, "session")
            self.p.sessions.append(
                ProgrammeSession(key, slot.title, slot.kind, slot.start, slot.end, slot.room)
            )
            return [
                ProgrammeTalk(
                    title,
                    kind=slot.kind,
                    start=slot.start,
                    end=slot.end,
                    room=slot.room,
                    session=key,
                    speakers=people,
                    day=slot.day,
                    clock=slot.clock,
                )
                for title, people in pairs
            ]
        return []

    def _session(self, record: dict[str, Any], ctx: rec.Context) -> None:
        key = str(rec.first(record, "id", (str, int)) or rec.title_of(record))
        day = rec.day_of(record) or ctx.day or self.event_day
        title, named = rec.labelled_segments(rec.title_of(record))
        if _MARKUP_RE.search(title):  # "<b>Session 1</b>" in a cell; "Vec<T>" is words
            title = " ".join(html_to_text(title).split())
        for value in named.get("chair", []):
            for person in role_people(value):
                if ProgrammeRole(person, "chair") not in self.p.roles:
                    self.p.roles.append(ProgrammeRole(person, "chair"))
        self.p.sessions.append(
            ProgrammeSession(
                key=key[:100],
                title=title[:300],
                start=self._moment(rec.first(record, "start", _WHEN), day),
                end=self._moment(rec.first(record, "end", _WHEN), day),
                room=self._room(record, ctx),
                source_id=key[:100],
            )
        )
        chairs = list(rec.values(record, "chair"))
        if id(record) in self.found.chaired_heads:  # a heading row's people: its chairs
            chairs += rec.values(record, "speaker")
        for _k, raw in chairs:
            for item in raw if isinstance(raw, list) else [raw]:
                for person in self._person(item):
                    self.p.roles.append(ProgrammeRole(person, "chair"))

    def _room(self, record: dict[str, Any], ctx: rec.Context) -> str:
        for key, value in rec.values(record, "room"):
            if "ref" in roles_of(key):
                target = self.found.tables.get(str(value), key)
                if target is not None:
                    return rec.title_of(target)[:200] or ""
                continue
            text = rec.text_of(value) if not isinstance(value, dict) else rec.title_of(value)
            if text and (named := self._listed_place(text, key)):
                return named  # "room": "r1" beside a rooms list {id: r1, name: Hall A}
            if text and not re.fullmatch(r"\d+", text):
                return text[:200]
        return ctx.room

    def _listed_place(self, text: str, key: str) -> str:
        """The name of the place a room field names by the id of a record in a list
        of the files given (``room: r1`` and ``rooms: [{id: r1, name: Hall A}]``), when
        that record is neither a talk nor a person; "" otherwise."""
        if text not in self.found.tables:
            return self._places().get(text, "")
        target = self.found.tables.get(text, key)
        if target is None or rec.is_talk_record(target) or rec.is_person_record(target):
            return ""
        return rec.title_of(target)[:200]

    def _places(self) -> dict[str, str]:
        """Short codes of the records of a list its key calls rooms (``rooms: [{key: k1,
        label: Kantine}]``, whatever the fields are called): each slug-shaped value of a
        record → the record's name (its title or name, else its longest other words)."""
        cached = getattr(self, "_place_names", None)
        if cached is not None:
            return cached
        out: dict[str, str] = {}
        for document in self.found.documents:
            if not isinstance(document, dict):
                continue
            for key, value in document.items():
                named = roles_of(str(key)) | roles_of(rec.list_stem(str(key)))
                if "room" not in named or not isinstance(value, list):
                    continue
                for item in value[:200]:
                    if not isinstance(item, dict):
                        continue
                    texts = [v.strip() for v in item.values() if isinstance(v, str) and v.strip()]
                    codes = [t for t in texts if rec.slug_like(t)]
                    words = [t for t in texts if t not in codes]
                    name = rec.title_of(item) or max(words, key=len, default="")
                    for code in codes:
                        if name and name != code:
                            out.setdefault(code, name[:200])
        self._place_names = out
        return out

    def _kinds(self, record: dict[str, Any]) -> list[str]:
        """Raw kind words: type fields, category names, ids of category items."""
        raw: list[str] = []

        def add(value: Any, ref: str = "categories") -> None:
            if isinstance(value, list):
                for item in value:
                    add(item, ref)
            elif isinstance(value, dict):
                items = value.get("categoryItems") or value.get("items")
                if isinstance(items, list):
                    add(items)
                else:
                    raw.append(rec.title_of(value) or rec.text_of(value))
            elif isinstance(value, (str, int)) and str(value) in self.found.tables:
                raw.append(rec.title_of(self.found.tables.get(str(value), ref) or {}))
            elif isinstance(value, str):
                raw.append(value)

        for key, value in rec.values(record, "kind"):
            add(value, key)
        for key, value in record.items():  # "keynote: true", "tutorial: true": flags of kinds
            found = talk_kind(str(key)) if value is True else ("other", None)
            if found[0] not in ("other", "talk") or (found[0] == "talk" and found[1]):
                raw.append(str(key))
        for key, value in record.items():  # tracks, categories, tags, by name or by id
            if "track" in roles_of(str(key)):
                add(value, str(key))
        return [r.strip() for r in raw if r and r.strip()]

    def _colon_names(self) -> bool:
        """Whether the words before a colon in the talks' titles may be a speaker's name
        (``Ana Ruiz: Faster Logs``), decided across the titles, never by one: where most
        of the titles holding a colon read as ``Title: Subtitle``, the few whose first part
        looks like a name (``Soft Pattern Matching: Toward …``) are titles too."""
        colons = named = 0
        for record, _ctx in self.found.talks[:500]:
            title = " ".join(_title_and_label(record)[0].split())
            if ":" not in title:
                continue
            colons += 1
            if title_and_speakers(title)[1] and not title_and_speakers(title, heading=False)[1]:
                named += 1
        return colons < 3 or named * 2 >= colons

    def _labels_of_no_one(self) -> frozenset[str]:
        """Labels (casefolded) that the talks' titles repeat before what each is about
        (``Student showcase: viewAR``, ``Student showcase: CivCity``), where most of what
        follows reads as no one: a series of items told apart by their names, so the one
        whose name is shaped like a person's (``Student showcase: Local Knowledge``) is
        an item of it too. Decided across the titles, never by one: a label that most
        titles follow with a person (``Keynote: Ana Ruiz``, ``Keynote: Bo Li``) names
        its speakers."""
        seen: dict[str, list[int]] = {}
        for record, _ctx in self.found.talks[:500]:
            title = " ".join(rec.title_of(record).split())
            if not (label := _kind_prefix(title)):
                continue
            counts = seen.setdefault(label.casefold(), [0, 0])
            counts[0] += 1
            counts[1] += _labelled_speaker(title) is not None
        return frozenset(
            label
            for label, (titles, named) in seen.items()
            if titles >= _SERIES_LEAST and named * 2 < titles
        )

    def _comma_places(self) -> frozenset[str]:
        """Where the speaker fields mostly write ``Name, Place`` (``Ana Ruiz, Intel``, the
        place read as such), what another writes after its last comma is a place too, even
        shaped like a name (``Ana Ruiz, Harbour Labs``, ``Ana Ruiz, Bo Li, Quay Systems``),
        unless someone's own field names it; decided across the records, never by one."""
        placed = 0
        tails: dict[str, int] = {}
        alone: set[str] = set()
        for record, _ctx in self.found.talks[:500]:
            for key, raw in rec.values(record, "speaker"):
                if not isinstance(raw, str) or "ref" in roles_of(key) or len(raw) > 300:
                    continue
                parts = [p.strip() for p in raw.split(",") if p.strip()]
                people = split_speakers(raw, single_ok=len(parts) == 1)
                if len(parts) == 1:
                    alone.update(p.name for p in people)
                elif people and len(people) < len(parts):
                    placed += 1  # "Ana Ruiz, Intel": the comma's part read as a place
                    alone.update(p.name for p in people)
                elif len(people) == len(parts) and not any(p.affiliations for p in people):
                    tails[people[-1].name] = tails.get(people[-1].name, 0) + 1
        if placed < 3 or placed < 3 * sum(tails.values()):
            return frozenset()
        return frozenset(tails) - alone

    def _talk(self, record: dict[str, Any], ctx: rec.Context) -> ProgrammeTalk | None:
        title, label = _title_and_label(record)
        if _MARKUP_RE.search(title) or "&" in title:  # "<i>Title</i>", "Session 1</b>"
            title = html_to_text(title)
        title = " ".join(title.split())
        if (split := rec.title_clock(title)) is not None:
            title = split[1]  # "14:30-15:30 Restful Design": the time is the slot's
        if not title:
            return None
        day = rec.day_of(record) or ctx.day or self.event_day
        slot = _slot(record)  # pretalx's API: {"slot": {"start", "end", "room"}}
        own = _start_value(slot, self.counts) or rec.clock_field(slot) or _dated_clock(record)
        start = self._moment(own or ctx.start, day)
        end = self._moment(
            rec.first(slot, "end", _WHEN) or (None if own else ctx.end),
            start.date() if start else day,
        )
        if start and end and end <= start:
            end = None
        speakers = self._speakers(record)
        if (named := _named_chair_tag(title)) is not None:
            title = named[0]  # "Talk (Chair: Dan Brown)": its chair is a role, not its words
        says_who = any(  # "speakers": "TBD": the slot's speaker is not known yet
            isinstance(v, str) and is_placeholder(v) for _k, v in rec.values(record, "speaker")
        )
        if not speakers and (ctx.session or ctx.start) and is_placeholder(title):
            # "title: TBD", "people: TBD (Group X)" in a session, or in a slot whose time
            # it takes ("speaker1" / "TBD" beside the slot's talks): nothing said yet
            return None
        for person in self.chairs.get(id(record), []):
            if ProgrammeRole(person, "chair") not in self.p.roles:
                self.p.roles.append(ProgrammeRole(person, "chair"))
        if not speakers and id(record) in self.chairs:
            # a row naming only its chair is a session (the talks follow it)
            title = _chair_tagged_title(title) or title
            self.p.sessions.append(
                ProgrammeSession(
                    key=title[:100], title=title[:300], start=start, end=end, source_id=title[:100]
                )
            )
            return None
        if not speakers and not says_who and not says_no_speaker(record):
            # a speaker field that names no one ("TBD") says the title names no one either;
            # beside records with a people field, a bracket after a title names a place or
            # a note ("Party (St. Joan)"), only a dash or "by" a person
            own_field = any(True for _ in rec.values(record, "chair")) or any(
                "speaker" in roles_of(str(k)) for k in record
            )
            by = _title_by(title) if self.by_column and not own_field else None
            whole = title
            read, by_title = title_and_speakers(
                title,
                brackets=not self.people_field,
                heading=self.colon_names and not own_field,
            )
            if (
                by is not None
                and (not by_title or _title_by(read) or read == by[0])
                and (people := role_people(by[1]))
            ):
                # the title's reading left its by-line in it ("Title by 名前 (Romaji)"
                # read as a bracketed name), or split it there: the by-line, read as the
                # people field it stands for (a name and its romanised spelling: one)
                title, speakers = by[0], people
            else:
                title, speakers = read, by_title
            if speakers and self.people_field and _ceremony(title):
                # "Eröffnung durch Prof. Ana Ruiz" where the other records name their
                # speakers in a field: the host of an opening, named, giving no talk
                for person in speakers:
                    if all(r.person.name != person.name for r in self.p.roles):
                        self.p.roles.append(ProgrammeRole(person, "other"))
                title, speakers = whole, []
        if (
            not speakers
            and not says_who
            and (named := _labelled_speaker(title)) is not None
            and named[0].casefold() not in self.labels_of_no_one
        ):
            # "Invited Speaker: Ana Ruiz", the talk's own title as its short description
            label, speakers = named
            own = " ".join(html_to_text(str(rec.first(record, "abstract") or "")).split())
            if own and len(own.split()) <= 25 and "\n" not in own and not own.endswith("."):
                title = own
            record = {**record, "type": label} if not rec.first(record, "kind") else record
        title = _without_its_people(title, speakers)
        for _k, raw in rec.values(record, "chair"):  # a talk's own chair (a keynote's host)
            for item in raw if isinstance(raw, list) else [raw]:
                for person in self._person(item):
                    if ProgrammeRole(person, "chair") not in self.p.roles:
                        self.p.roles.append(ProgrammeRole(person, "chair"))
        raws = [_slug_words(r) for r in self._kinds(record)] + ([label] if label else [])
        if not raws and ctx.kind:
            raws = [ctx.kind]  # "keynotes:" holding records of no kind of their own
        kind, tags = "talk", []
        for raw in raws:
            found, tag = talk_kind(raw)
            if found == "other" and kind_of(raw) == "spotlight":
                # "LT", "Sponsor LT": a lightning talk's abbreviation
                found, tag = talk_kind("lightning talk")
            if found not in ("talk", "other") and kind == "talk":
                kind = found
            if tag and found != "other" and tag not in tags:
                tags.append(tag)  # "Workshop": a talk tagged workshop
        if kind == "talk":  # "Lunch", "Keynote", "茶歇"
            kind = title_kind(title) or kind
        if not speakers and not says_who and kind == "keynote" and is_person_name(title):
            # a keynote's slot titled by its speaker's name ("Fernando Pérez", format
            # Keynote): the title names who speaks
            speakers = [ProgrammePerson(name=title)]
        if not speakers and not says_who:
            # "Panelists:" and a list of "Name, Organisation" in the talk's description
            speakers = next(
                (
                    listed
                    for v in record.values()
                    if isinstance(v, str) and "\n" in v and (listed := labelled_list_people(v))
                ),
                [],
            )
        if kind == "talk":
            prefix = _kind_prefix(title)
            if prefix and talk_kind(prefix)[0] not in ("other", "talk"):
                kind = talk_kind(prefix)[0]
        if record.get("isServiceSession"):
            kind = "break" if talk_kind(title)[0] == "break" else "other"
        tags += [
            r
            for r in raws
            if talk_kind(r)[0] == "other" and kind_of(r) != "spotlight" and r not in tags
        ][:5]
        if kind == "talk" and not tags and all(talk_kind(r) == ("talk", None) for r in raws):
            # no field says more than "session", its description does: "cet atelier est
            # fait pour vous", "Hands-on workshop exploring…"
            said = rec.first(record, "abstract") or ""
            if isinstance(said, str) and (tag := self_named_tag(said)):
                tags.append(tag)
        links = []
        for key, hint in _LINK_KEYS.items():
            url = safe_url(record.get(key) or "")
            if url:
                links.append(typed_link(url, key, hint))
        abstract = rec.first(record, "abstract") or ""
        return ProgrammeTalk(
            title=title[:500],
            kind=kind,
            start=start,
            end=end,
            clock=None if start or day else _clock_alone(own or ctx.start),
            room=self._room(record, ctx) or self._room(slot, ctx),
            session=ctx.session or self._holder(record) or None,
            speakers=speakers,
            links=links,
            tags=[t[:60] for t in tags if t][:10],
            abstract=html_to_text(str(abstract))[:20000],
            source_id=str(rec.own_id(record) or "")[:100],
            day=start.date() if start else day if rec.day_of(record) or ctx.day else None,
        )

    def _holder(self, record: dict[str, Any]) -> str:
        """The key of the session a talk points at (``panel_id``), or ""."""
        for key, value in record.items():
            if roles_of(str(key)) == {"id", "ref"} and isinstance(value, (str, int)):
                target = self.found.tables.get(str(value), str(key))
                if target is not None and id(target) in self.found.holders:
                    return str(rec.first(target, "id", (str, int)) or rec.title_of(target))
        return ""

    def _stub(
        self, stub: dict[str, Any], owner: dict[str, Any], by_id: dict[str, ProgrammeTalk]
    ) -> None:
        """A session a speaker record names (Sessionize's speakers endpoint)."""
        from confnotes.importers.identity import title_key

        ident = str(rec.first(stub, "id", (str, int)) or "")
        people = self._person(owner)
        talk = by_id.get(ident) if ident else None
        if talk is None and not ident and (wanted := title_key(rec.title_of(stub))):
            # a speaker's record names its talk by title: the programme's talk of that title
            talk = next((t for t in self.p.talks if title_key(t.title) == wanted), None)
        if talk is None:
            talk = ProgrammeTalk(title=rec.title_of(stub)[:500], source_id=ident[:100])
            if ident:
                by_id[ident] = talk
            self.p.talks.append(talk)
        for person in people:
            if all(p.name != person.name for p in talk.speakers):
                talk.speakers.append(person)

    def _known_speakers(self) -> None:
        """``Ana Ruiz: Faster Logs`` names its speaker only when Ana Ruiz speaks elsewhere
        in the programme; two words before a colon are a title's otherwise."""
        from confnotes.knowledge.people import name_key

        known = {name_key(sp.name): sp for t in self.p.talks for sp in t.speakers}
        for talk in self.p.talks:
            head, sep, rest = talk.title.partition(":")
            if talk.speakers or not sep or not rest.strip():
                continue
            person = known.get(name_key(head.strip()))
            if person is not None:
                talk.title, talk.speakers = rest.strip(), [person]

    def _unscheduled_speakers(self) -> None:
        """People of a speakers list who hold no talk in the files given: the event's
        speakers still (a speakers page lists them), so they are kept as such."""
        from confnotes.knowledge.people import name_key

        speaking = {name_key(sp.name) for t in self.p.talks for sp in t.speakers}
        speaking |= {name_key(r.person.name) for r in self.p.roles}
        seen: set[int] = set()
        for record in [*self.found.tables.records(), *self.found.listed_people]:
            if id(record) not in self.found.people or id(record) in seen:
                continue
            seen.add(id(record))
            role = rec.labelled_role(record) or self.found.people_roles.get(id(record)) or "speaker"
            listed = id(record) in self.found.role_listed and not rec.names_own_person(record)
            for person in self._person(record):
                if listed and not is_person_name(person.name):
                    continue  # a committee list's row vouches less than a speaker field
                if name_key(person.name) not in speaking:
                    speaking.add(name_key(person.name))
                    self.p.roles.append(ProgrammeRole(person, role))

    def _finish(self) -> None:
        self._unscheduled_speakers()
        self._known_speakers()
        sessions = {s.key for s in self.p.sessions}
        for talk in self.p.talks:
            if talk.session and talk.session not in sessions:
                talk.session = None
        days = [t.start.date() for t in self.p.talks if t.start] + [
            t.day for t in self.p.talks if t.day and not t.start
        ]
        if days:
            self.p.start, self.p.end = min(days), max(days)
        elif self.event_day:
            self.p.start = self.p.end = self.event_day
        if not self.p.name and (
            series := numbered_series_name([s.title for s in self.p.sessions[:200]])
        ):
            # "16. Meetup RheinMainJS", "15. Meetup RheinMainJS": a series' evenings
            self.p.name, self.p.name_from = series, "series"
        if not self.p.name:
            # no record names the event: the file's name does (devfest-2024.json), as it
            # does for a document of notes
            self.p.name_from = "file name"
            stem = PurePath(self.source.split(", ")[0]).stem if self.source else ""
            self.p.name = " ".join(re.sub(r"[_\-]+", " ", stem).split()) or "Sessions"
        self.p.timezone = zone_name(self.tz)
        if self.p.timezone is None:
            if len(self.offsets) == 1:
                offset = next(iter(self.offsets))
                utc = timezone(offset)
                self.p.timezone = "UTC" if offset == timedelta(0) else None
                self.p.warnings.append(
                    f"the file names no timezone; times are as written (UTC offset {utc}), "
                    "set the conference's timezone if that is not where it took place"
                )
            elif self.offsets:
                self.p.warnings.append(
                    "the file names no timezone and its times carry several UTC offsets; "
                    "times are as written"
                )


__all__ = ["NAME", "detect", "joinable", "load", "parse", "parse_many", "why_not"]


def _says_not_speaking(record: dict[str, Any]) -> bool:
    """Whether a speaker's key holds a flag that says no (``"speaker": "false"``, ``false``):
    files that mark which of their named people speak say so of the one who does not. Only
    a key that is the role's word alone (``speaker``, ``is_speaker``) is such a flag:
    ``speaker_confirmed`` or ``speaker_dinner`` says something else of a speaker."""
    return any(
        _names_speaker_alone(str(key))
        and rec.is_flag(value)
        and str(value).strip().casefold() == "false"
        for key, value in record.items()
    )


def _full_names_joined(name: str) -> list[ProgrammePerson]:
    """The people of one person record's name field that joins two full names or more
    (``Ana Ruiz & Bo Li``, a pair that presents together entered as one speaker; ``Ana
    Ruiz | Bo Li``, the bar a site's card puts between them), else none: each part must
    be a name of two words or more, so a firm's ``Simon & Schuster`` or a team's name
    stays what the record says."""
    people = role_people(name) or bar_joined_people(name)
    if len(people) < 2 or any(len(p.name.split()) < 2 for p in people):
        return []
    return people


def _joins_people(name: str) -> bool:
    """A name that an ampersand, a bar or a word for "and" divides (``Ana Ruiz & Bo
    Li``, ``Ana Ruiz und Bo Li``): whether given and family fields hold two people."""
    return any(w in ("&", "|", *NAME_CONJUNCTIONS) for w in name.casefold().split())


def _says_speaking(record: dict[str, Any]) -> bool:
    """Whether a person record flags its person as the one who presents (``presenter:
    true``, ``"is_speaker": "yes"``): the role's word alone as the key, a yes as its
    value."""
    return any(
        _names_speaker_alone(str(key)) and str(value).strip().casefold() in ("true", "yes", "1")
        for key, value in record.items()
    )


def _names_speaker_alone(key: str) -> bool:
    """``speaker``, ``Sprecher``, ``is_speaker``: the key names the speaker's role and
    nothing else."""
    words = key_words(key)
    if words[:1] == ["is"]:
        words = words[1:]
    return bool(words) and names_role_alone("".join(words), "speaker")


def _structured_name(text: str) -> bool:
    """A given name and a family name from fields of their own: a person's by structure,
    unless it is no one (a placeholder, an organisation, digits)."""
    words = text.split()
    return (
        2 <= len(words) <= 6
        and not is_placeholder(text)
        and not is_organisation(text)
        and not any(ch.isdigit() for ch in text)
    )


_JOB_LINE_KEYS = frozenset(
    {"tagline", "job", "jobtitle", "position", "headline", "occupation", "poste", "cargo"}
)
"""A person's one-line description (Sessionize's ``tagLine``), read for its employer when
the record has no organisation field of its own."""


def _folded(key: object) -> str:
    return "".join(ch for ch in str(key).casefold() if ch.isalnum())


_OWN_PERSON_ROLES = frozenset({"first", "last", "affiliation"})
"""Fields of a talk record that are its own person's when given and family names are
among them (the person's name parts and organisation, not the talk's title or time)."""


def _listed(raw: Any) -> list[Any]:
    """A field's value as a list of its items."""
    return raw if isinstance(raw, list) else [raw]
