"""Files of one event, imported together, become one programme.

A conference's data often comes in pieces: Sessionize's sessions and speakers, a CSV
of talks and one of speakers (joined by id), an index page and the per-talk pages it
links, a single talk's ``.ics`` beside the schedule that holds its code. Each file is
read on its own (data files that can be read together are, so their ids meet); then
every programme that is part of another (it shares a talk's id or code, or its talks'
titles, or it names no event of its own) is folded into it, filling in what the other
lacks and never dropping a talk.
"""

from __future__ import annotations

import functools
from pathlib import PurePath

from confnotes.importers.identity import talk_code, title_key
from confnotes.importers.programme import Programme, ProgrammeTalk
from confnotes.importers.registry import FORMATS, detect_format, parse_programme


def parse_together(items: list[tuple[bytes, str]]) -> Programme:
    """One programme from the files of one event (the largest when they do not join)."""
    programmes = join_programmes(read_all(items))
    return max(programmes, key=lambda p: len(p.talks))


def joinable_format(data: bytes) -> str | None:
    """The format that reads ``data`` together with other files (a speakers or rooms
    list, a timetable of ids: part of a programme, none on its own), or None."""
    return next(
        (
            n
            for n, m in FORMATS.items()
            if callable(getattr(m, "joinable", None)) and m.joinable(data)
        ),
        None,
    )


def read_all(items: list[tuple[bytes, str]]) -> list[tuple[Programme, str]]:
    """Each file's programme; files of a format that reads several at once (programme
    data whose ids point across files) are read together."""
    groups: dict[str, list[tuple[bytes, str]]] = {}
    out: list[tuple[Programme, str]] = []
    alone: list[tuple[bytes, str]] = []
    for data, source in items:
        name = joinable_format(data) or detect_format(data, source)
        if callable(getattr(FORMATS[name], "parse_many", None)):
            groups.setdefault(name, []).append((data, source))
        else:
            alone.append((data, source))
    for data, source in alone:
        group = next((g for g in groups.values() if names_file(g, source)), None)
        if group is not None and _is_page(
            data
        ):  # a page the data points at by its path: read with the data
            group.append((data, source))
        else:  # read as it would be alone: a text document's readings ranked
            out.append((parse_programme(data, source), source))
    for name, group in groups.items():
        out.insert(0, (FORMATS[name].parse_many(group), ", ".join(s for _d, s in group)))
    return out


_PATH_EDGES = (b'"', b"'", b" ", b"/", b":", b"\n", b",", b"\r")
"""What stands around a file's path written as a value in data (quotes, a key's colon,
a leading slash, the end of a line)."""


def _is_page(data: bytes) -> bool:
    """Whether ``data`` is a page with front matter (a collection's page, a record of
    its own), not a plain HTML or Markdown page."""
    from confnotes.importers.formats.sessions import _front_page

    return _front_page(data) is not None


_PAGE_ROLES = frozenset({"speaker", "chair", "title", "ref", "id"})
"""The roles of a field whose value, a page's path, stands for a person or a talk (a
slot's ``speaker``, ``talk``): not a link beside the slot (``slides``, ``writeup``)."""


def names_file(group: list[tuple[bytes, str]], source: str) -> bool:
    """Whether a data file of ``group`` names the page ``source`` by its path as the
    value of a person's or talk's field (``"speaker": "_speakers/ana.md"``, Jekyll's way
    of pointing a slot at a collection's page): the folder and file name, standing
    whole between quotes or separators, under such a key."""
    parts = PurePath(source).parts
    if len(parts) < 2 or not parts[-1].endswith((".md", ".markdown", ".html")):
        return False
    tail = "/".join(parts[-2:]).encode()
    for data, _source in group:
        at = data.find(tail)
        while at != -1:
            end = at + len(tail)
            if data[at - 1 : at] in _PATH_EDGES and data[end : end + 1] in _PATH_EDGES:
                if _path_under_page_key(data, _source, tail.decode()):
                    return True
                break
            at = data.find(tail, end)
    return False


@functools.lru_cache(maxsize=8)
def _loaded(data: bytes, source: str) -> object:
    """A data file's records, parsed once however many pages are checked against it
    (a folder of speakers' pages asks about each); None when it does not load."""
    from confnotes.errors import BadInputError
    from confnotes.importers.formats.sessions import load

    try:
        return load(data, source)
    except BadInputError:
        return None


def _path_under_page_key(data: bytes, source: str, tail: str) -> bool:
    """Whether a value ending in the path ``tail`` sits under a person's or talk's key
    in the data file (its roles in ``_PAGE_ROLES``)."""
    from confnotes.importers.fields import roles_of

    document = _loaded(data, source)
    if document is None:
        return False
    stack: list[tuple[object, int]] = [(document, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > 40:
            continue
        if isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
        elif isinstance(node, dict):
            for key, value in node.items():
                values = value if isinstance(value, list) else [value]
                if isinstance(key, str) and roles_of(key) & _PAGE_ROLES:
                    for v in values:
                        if isinstance(v, str) and v.strip().endswith(tail):
                            return True
                stack.append((value, depth + 1))
    return False


def _codes(talk: ProgrammeTalk) -> set[str]:
    codes = {talk.source_id} if talk.source_id else set()
    if code := talk_code(talk.source_id):
        codes.add(code)
    for link in talk.links:
        parts = [p for p in link.url.rstrip("/").split("/") if p]
        if parts and (code := talk_code(parts[-1])):
            codes.add(code)  # pretalx's talk page ends in the talk's code
    return codes


def _files_linked(programme: Programme) -> set[str]:
    return {PurePath(link.url.split("#")[0]).name for t in programme.talks for link in t.links}


def join_programmes(programmes: list[tuple[Programme, str]]) -> list[Programme]:
    """Fold every programme that is part of another into it; the rest stay apart."""
    hosts = sorted(
        programmes, key=lambda ps: (ps[0].name_from != "file name", len(ps[0].talks)), reverse=True
    )
    kept: list[Programme] = []
    for part, source in hosts:
        host = next((h for h in kept if _belongs(part, source, h)), None)
        if host is None:
            kept.append(part)
        else:
            _fold(part, host)
    return kept


def _belongs(part: Programme, source: str, host: Programme) -> bool:
    host_codes = {c for t in host.talks for c in _codes(t)}
    if any(_codes(t) & host_codes for t in part.talks):
        return True
    titles = {title_key(t.title) for t in host.talks}
    if part.talks and all(title_key(t.title) in titles for t in part.talks):
        return True
    if PurePath(source).name in _files_linked(host):
        return True
    return part.name_from == "file name" and host.name_from != "file name"


def _fold(part: Programme, host: Programme) -> None:
    by_code: dict[str, ProgrammeTalk] = {}
    by_title: dict[str, ProgrammeTalk] = {}
    for talk in host.talks:
        for code in _codes(talk):
            by_code.setdefault(code, talk)
        by_title.setdefault(title_key(talk.title), talk)
    for talk in part.talks:
        same = next((by_code[c] for c in _codes(talk) if c in by_code), None)
        same = same or by_title.get(title_key(talk.title))
        if same is None:
            host.talks.append(talk)
            continue
        same.fill_from(talk)
        same.body = same.body or talk.body
    host.roles += [r for r in part.roles if r not in host.roles]
    host.dates += [d for d in part.dates if d not in host.dates]
    host.warnings += part.warnings
    host.start = min((d for d in (host.start, part.start) if d), default=None)
    host.end = max((d for d in (host.end, part.end) if d), default=None)
    host.timezone = host.timezone or part.timezone
