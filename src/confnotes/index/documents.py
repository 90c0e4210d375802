"""From notebook files to index documents, without loading the whole notebook.

A search must start fast, so the index reads only the files that changed (and
the few person pages and conference files their talks refer to) instead of
``Notebook.load()``-ing everything. Parsing reuses the notebook's own readers
(``frontmatter`` and ``records``), so a note means the same thing here as in
the app; a note whose front matter is broken is still indexed, as text.

Every file maps to one document whose unique ``key`` is its path relative to
the notebook (``conf/talk.md``, ``people/x.md``, ``conf/conference.yaml``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from confnotes.errors import ConfnotesError
from confnotes.index.analysis import (
    ids_in,
    paper_keys,
    plain_text,
    tag_key,
    url_terms,
    url_words,
    urls_in,
    weighted,
)
from confnotes.model import Conference, Person, Talk
from confnotes.notebook import layout, records
from confnotes.notebook.frontmatter import key_lines, load_yaml, parse_document
from confnotes.notebook.layout import CONFERENCE_FILE, NOTE_SUFFIX, PEOPLE_DIR, FileStat, HeldNote
from confnotes.notebook.storage import decode_text, read_regular_file

TALK, PERSON, CONFERENCE = "talk", "person", "conference"

W_TITLE, W_SPEAKER, W_TAG, W_ABSTRACT, W_META, W_BODY, W_URL = 8, 5, 3, 2, 1.5, 1, 1
"""How many times a word counts in the ``text`` field, by where it was written:
title ≫ speakers > tags > abstract > session, room, conference > note body."""
MAX_FILE_BYTES = 20_000_000


def kind_of(rel: str) -> str:
    """Whether a notebook-relative path is a talk note, a person page or a conference file."""
    if rel.startswith(f"{PEOPLE_DIR}/"):
        return PERSON
    if rel.endswith(f"/{CONFERENCE_FILE}") and rel.count("/") == 1:
        return CONFERENCE
    return TALK


def key_for(kind: str, doc_id: str) -> str:
    """The document key (relative path) of a talk id, person id or conference id."""
    if kind == PERSON:
        return f"{PEOPLE_DIR}/{doc_id}{NOTE_SUFFIX}"
    if kind == CONFERENCE:
        return f"{doc_id}/{CONFERENCE_FILE}"
    return f"{doc_id}{NOTE_SUFFIX}"


def key_of_id(doc_id: str) -> str:
    """Map ``remove()``'s ids to keys: ``people/<id>``, a conference id, or a talk id."""
    if doc_id.startswith(f"{PEOPLE_DIR}/"):
        return f"{doc_id}{NOTE_SUFFIX}"
    if "/" not in doc_id:
        return key_for(CONFERENCE, doc_id)
    return key_for(TALK, doc_id)


def scan(root: Path) -> dict[str, FileStat]:
    """Every file the index covers, by relative path, with size and mtime (stat only).

    The notebook's own scan (:func:`confnotes.notebook.layout.scan`): a note the app shows is
    a note search finds, and only regular files are listed (a FIFO is never read).
    """
    return layout.scan(root).files()


def parse_talk(root: Path, rel: str, data: bytes, cached: dict[str, Any] | None = None) -> Talk:
    """A talk from its file's bytes; broken front matter leaves the whole text as body.

    ``cached`` is what these very bytes' front matter parsed to before (the parse cache's
    entry for their hash): the YAML is not parsed again."""
    path = root / rel
    conf_id = rel.split("/", 1)[0]
    talk_id = rel[: -len(NOTE_SUFFIX)]
    try:
        text = decode_text(data, path).text
    except ConfnotesError:
        return Talk(id=talk_id, conference=conf_id, title=Path(rel).stem, path=path)
    try:
        doc = parse_document(text, path, cached)
    except ConfnotesError:
        return Talk(id=talk_id, conference=conf_id, title=Path(rel).stem, body=text, path=path)
    talk, _problems = records.talk_from_data(doc.data, doc.body, talk_id, conf_id, path, {})
    return talk


def parse_person(
    root: Path, rel: str, data: bytes, cached: dict[str, Any] | None = None
) -> Person | None:
    """A person from their page's bytes (None when it cannot be read as a page)."""
    path = root / rel
    try:
        doc = parse_document(decode_text(data, path).text, path, cached)
    except ConfnotesError:
        return None
    person, _problems = records.person_from_data(doc.data, doc.body, Path(rel).stem, path, {})
    return person


def parse_conference(
    root: Path, rel: str, data: bytes, cached: dict[str, Any] | None = None
) -> Conference | None:
    """A conference from its YAML file's bytes (None when it is not a readable mapping)."""
    path = root / rel
    try:
        text = decode_text(data, path).text
        mapping = cached if cached is not None else load_yaml(text, path) or {}
    except ConfnotesError:
        return None
    if not isinstance(mapping, dict):
        return None
    conf, _problems = records.conference_from_data(
        mapping, rel.split("/", 1)[0], path, key_lines(text, 1)
    )
    return conf


def read_bytes(path: Path) -> bytes | None:
    """A file's bytes, or None when it is gone, unreadable, not a regular file (a FIFO
    would block the index for good) or absurdly large."""
    try:
        # Never blocks on a FIFO or a device put in the notebook: regular files only.
        return read_regular_file(path, MAX_FILE_BYTES, follow=False)
    except OSError:
        return None


class Resolver:
    """Person pages and conference files that talks refer to, read once per operation
    (their front matter from ``known`` when given: a full build reads a page a talk names
    before it reaches the page's own file)."""

    def __init__(
        self,
        root: Path,
        known: KnownFronts | None = None,
        held: Callable[[str], HeldNote | None] | None = None,
        files: dict[str, FileStat] | None = None,
    ):
        self.root = root
        self.known = known
        self.held = held
        """Person pages the notebook holds parsed (see :func:`held_file`), for those of
        ``files`` (the scan) that still have the stamps they were written with."""
        self.files = files or {}
        self._people: dict[str, Person | None] = {}
        self._confs: dict[str, Conference | None] = {}

    def remember(self, parsed: Talk | Person) -> None:
        """A note parsed by the caller: a person page is remembered, a talk needs nothing."""
        if isinstance(parsed, Person):
            self.remember_person(parsed)

    def remember_person(self, person: Person) -> None:
        self._people[person.id] = person

    def remember_conference(self, conf: Conference) -> None:
        self._confs[conf.id] = conf

    def person(self, pid: str) -> Person | None:
        if pid not in self._people:
            rel = key_for(PERSON, pid)
            st = self.files.get(rel)
            held = held_file(self.root, rel, st, self.held) if st is not None else None
            if held is not None and isinstance(held[0], Person):
                self._people[pid] = held[0]
                return held[0]
            data = read_bytes(self.root / rel)
            self._people[pid] = (
                parse_person(self.root, rel, data, self._known(PERSON, data))
                if data is not None
                else None
            )
        return self._people[pid]

    def conference(self, cid: str) -> Conference | None:
        if cid not in self._confs:
            rel = key_for(CONFERENCE, cid)
            data = read_bytes(self.root / rel)
            self._confs[cid] = (
                parse_conference(self.root, rel, data, self._known(CONFERENCE, data))
                if data is not None
                else None
            )
        return self._confs[cid]

    def _known(self, kind: str, data: bytes) -> dict[str, Any] | None:
        return self.known.lookup(kind, data) if self.known is not None else None


def _lines(values: list[str]) -> str:
    return "\n".join(v for v in values if v)


def _url_field(urls: list[str], markdown: str) -> str:
    """The ``url`` field: every URL's terms, and DOIs and arXiv ids written without a URL."""
    terms = [t for u in urls for t in url_terms(u)]
    terms.extend(t for i in ids_in(markdown) for t in url_terms(i))
    terms.extend(paper_keys(markdown, urls))
    return " ".join(dict.fromkeys(terms))


def _tag_field(tags: list[str]) -> str:
    """The ``tag`` field: each tag one term (see :func:`tag_key`)."""
    return ",".join(dict.fromkeys(k for t in tags if (k := tag_key(t))))


def _with_spelling(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` with its ``spell`` field: the unstemmed words of its ``text``."""
    doc["spell"] = doc["text"]
    return doc


def _timestamp(value: Any) -> int:
    """A start time as the number YYYYMMDDHHMM (what ``int(strftime("%Y%m%d%H%M"))`` gives,
    without formatting and parsing a string for every talk)."""
    if value is None:
        return 0
    if not isinstance(value, datetime):
        return int(value.strftime("%Y%m%d%H%M"))
    day = (value.year * 100 + value.month) * 100 + value.day
    return (day * 100 + value.hour) * 100 + value.minute


def talk_document(talk: Talk, resolver: Resolver) -> dict[str, Any]:
    """The fields of a talk's document: its own metadata plus speakers' and conference's."""
    from confnotes.knowledge.wikilinks import index_terms, tags_in  # only when indexing

    conf = resolver.conference(talk.conference)
    session = conf.session(talk.session) if conf else None
    names, speaker_words, affiliations = [], [], []
    for pid in talk.speakers:
        person = resolver.person(pid)
        if person is None:
            names.append(pid.replace("-", " ").title())
            speaker_words.append(pid)
            continue
        names.append(person.name)
        speaker_words.extend([person.name, *person.aliases, pid])
        affiliations.extend(person.affiliations)
    body = plain_text(talk.body)
    tags = _unique_tags([*talk.tags, *tags_in(talk.body)])
    room = talk.room or (session.room if session else "")
    urls = [link.url for link in talk.links] + urls_in(talk.body)
    day = talk.start.date().isoformat() if talk.start else None
    doc: dict[str, Any] = {
        "key": key_for(TALK, talk.id),
        "doctype": TALK,
        "id": talk.id,
        "title": talk.title,
        "conference": talk.conference,
        "conf": _lines([talk.conference, conf.name if conf else "", conf.series if conf else ""]),
        "speakers": _lines(speaker_words),
        "speaker_ids": " ".join(talk.speakers),
        "speaker_names": names,
        "affiliation": _lines(affiliations),
        "session": _lines([talk.session or "", session.title if session else ""]),
        "room": room,
        "kind": talk.kind,
        "tag": _tag_field(tags),
        "link": " ".join([*sorted({link.kind for link in talk.links}), *index_terms(talk.body)]),
        "mentions": _mentions(talk.body),
        "url": _url_field(urls, f"{talk.abstract}\n{talk.body}"),
        "abstract": talk.abstract,
        "body": body,
        "text": weighted(
            [
                (W_TITLE, talk.title),
                (W_SPEAKER, _lines(speaker_words)),
                (W_TAG, _lines(tags)),
                (W_ABSTRACT, talk.abstract),
                (
                    W_META,
                    _lines(
                        [
                            *affiliations,
                            talk.session or "",
                            session.title if session else "",
                            room,
                            talk.conference,
                            conf.name if conf else "",
                            conf.series if conf else "",
                            talk.kind,
                            *sorted({link.kind for link in talk.links}),
                        ]
                    ),
                ),
                (W_BODY, body),
                (W_URL, _lines([url_words(u) for u in urls])),
            ]
        ),
        "ts": _timestamp(talk.start),
        "day": day or "",
    }
    if day:
        doc["date"] = day
    pages = attachment_pages(talk, resolver.root)
    if pages:
        # A field of its own: a 50-page deck in ``text`` would make every note with one
        # longer, and so rank its own words lower (BM25's length normalisation).
        doc["attachment"] = "\n".join(page.text for page in pages)
        doc["attachment_pages"] = [tuple(page) for page in pages]
    return _with_spelling(doc)


class AttachedPage(NamedTuple):
    """One page of a PDF a note links to, as the index stores it for snippets."""

    name: str
    """The file's name as the user knows it (``okafor-slides.pdf``)."""
    line: int
    """The note's line that links to it (1-based; 0 when only the front matter does)."""
    page: int
    """1-based page number."""
    text: str


def attachment_pages(talk: Talk, root: Path) -> list[AttachedPage]:
    """The pages of the PDFs in ``attachments/`` that a talk's note links to, read once
    (and remembered) by :mod:`confnotes.knowledge.pdf_text`, whose bounds keep a hostile
    file from stalling the build."""
    if "attachments/" not in talk.body and not any("attachments/" in k.url for k in talk.links):
        return []
    # Only for notes with attachments: a search never needs the PDF reader's modules.
    from confnotes.knowledge.attachments import linked_pdfs, original_name
    from confnotes.knowledge.pdf_text import CACHE_DIR, read_pdfs

    pdfs = linked_pdfs(talk.body, [link.url for link in talk.links], root)
    if not pdfs:
        return []
    texts = read_pdfs(pdfs, root / layout.DERIVED_DIR / CACHE_DIR)
    lines = talk.body.split("\n")
    pages = []
    for pdf in pdfs:
        line = next((i for i, text in enumerate(lines, 1) if pdf.name in text), 0)
        for number, text in enumerate(texts[pdf].pages, 1):
            if text.strip():
                pages.append(AttachedPage(original_name(pdf), line, number, text))
    return pages


def _unique_tags(tags: list[str]) -> list[str]:
    """Front-matter tags and ``#tags`` of the body, each once (case does not matter)."""
    seen: dict[str, str] = {}
    for tag in tags:
        seen.setdefault(tag.casefold(), tag)
    return list(seen.values())


def _mentions(body: str) -> str:
    """The words of a body's ``[[links]]`` (targets and labels), for ``mentions:``."""
    from confnotes.knowledge.wikilinks import wikilinks_in  # only when indexing

    return _lines([f"{link.target} {link.label}".strip() for link in wikilinks_in(body)])


def person_document(person: Person) -> dict[str, Any]:
    """The fields of a person's page (``speaker:`` finds their talks; plain words find this)."""
    from confnotes.knowledge.wikilinks import index_terms, tags_in  # only when indexing

    body = plain_text(person.body)
    names = [person.name, *person.aliases, person.id]
    urls = ([person.url] if person.url else []) + urls_in(person.body)
    return _with_spelling(
        {
            "key": key_for(PERSON, person.id),
            "doctype": PERSON,
            "id": person.id,
            "title": person.name,
            "aliases": _lines(names[1:]),
            "tag": _tag_field(tags_in(person.body)),
            "link": " ".join(index_terms(person.body)),
            "mentions": _mentions(person.body),
            "speaker_names": [],
            "affiliation": _lines(person.affiliations),
            "url": _url_field(urls, person.body),
            "body": body,
            "text": weighted(
                [
                    (W_TITLE, person.name),
                    (W_SPEAKER, _lines(names[1:])),
                    (W_META, _lines(person.affiliations)),
                    (W_BODY, body),
                    (W_URL, _lines([url_words(u) for u in urls])),
                ]
            ),
            "ts": 0,
            "day": "",
        }
    )


def conference_document(conf: Conference) -> dict[str, Any]:
    """The fields of a conference: name, series, place, sessions, rooms, days."""
    text = _lines([conf.description, conf.location])
    days = []
    if conf.start:
        end = conf.end if conf.end and conf.end >= conf.start else conf.start
        span = min((end - conf.start).days, 60)
        days = [(conf.start + timedelta(days=i)).isoformat() for i in range(span + 1)]
    doc: dict[str, Any] = {
        "key": key_for(CONFERENCE, conf.id),
        "doctype": CONFERENCE,
        "id": conf.id,
        "title": conf.name,
        "conference": conf.id,
        "conf": _lines([conf.id, conf.name, conf.series]),
        "session": _lines([s.title for s in conf.sessions]),
        "room": _lines(sorted({s.room for s in conf.sessions if s.room})),
        "url": " ".join(url_terms(conf.url)) if conf.url else "",
        "body": text,
        "text": weighted(
            [
                (W_TITLE, _lines([conf.name, conf.series, conf.id])),
                (
                    W_META,
                    _lines(
                        [
                            *(s.title for s in conf.sessions),
                            *sorted({s.room for s in conf.sessions if s.room}),
                        ]
                    ),
                ),
                (W_BODY, text),
                (W_URL, url_words(conf.url) if conf.url else ""),
            ]
        ),
        "speaker_names": [],
        "ts": int(conf.start.strftime("%Y%m%d")) * 10000 if isinstance(conf.start, date) else 0,
        "day": days[0] if days else "",
    }
    if days:
        doc["date"] = " ".join(days)
    return _with_spelling(doc)


def parse_file(
    root: Path, rel: str, data: bytes, resolver: Resolver, known: KnownFronts | None = None
) -> Any:
    """A file's talk, person or conference (people and conferences are remembered by
    ``resolver``, so talks parsed later show them); front matter already parsed by the
    notebook is taken from ``known``."""
    kind = kind_of(rel)
    cached = known.data(kind, data) if known is not None else None
    if kind == PERSON:
        person = parse_person(root, rel, data, cached)
        if person is not None:
            resolver.remember_person(person)
        return person
    if kind == CONFERENCE:
        conf = parse_conference(root, rel, data, cached)
        if conf is not None:
            resolver.remember_conference(conf)
        return conf
    return parse_talk(root, rel, data, cached)


def held_file(
    root: Path, rel: str, st: FileStat, held: Callable[[str], HeldNote | None] | None
) -> tuple[Talk | Person, str] | None:
    """A note's talk or person page, and its content hash, from what the notebook holds
    for it (see :attr:`~confnotes.index.base.SearchIndex.held`) when the file still has
    the size and time it had when the notebook read or wrote it: what :func:`parse_file`
    makes of the file (the front matter the parse cache would give, the same body),
    without reading it again. None: read the file."""
    note = held(rel) if held is not None else None
    if note is None or (note.size, note.mtime_ns) != (st.size, st.mtime_ns):
        return None
    path = root / rel
    if kind_of(rel) == PERSON:
        person, _problems = records.person_from_data(note.data, note.body, path.stem, path, {})
        return person, note.digest
    if kind_of(rel) != TALK:
        return None
    talk, _problems = records.talk_from_data(
        note.data, note.body, rel[: -len(NOTE_SUFFIX)], rel.split("/", 1)[0], path, {}
    )
    return talk, note.digest


class KnownFronts:
    """The notebook's parse cache, for a build that reads every file: front matter the
    notebook already parsed (the same bytes, by hash) is not parsed again.

    The cache is signed with the user's key and keyed by the SHA-256 of a file's bytes
    (see :mod:`confnotes.notebook.parse_cache`), so what it gives is what parsing these bytes gives;
    a cache that is missing, foreign or damaged simply gives nothing.
    """

    def __init__(self, root: Path):
        from confnotes.notebook.parse_cache import ParseCache

        self.cache = ParseCache.open(root / layout.DERIVED_DIR)
        self.digest = ""
        """The hash of the bytes last looked up (the manifest keeps it)."""

    def data(self, kind: str, data: bytes) -> dict[str, Any] | None:
        """The front matter (a conference file's whole YAML) these bytes parsed to before;
        their hash is kept in :attr:`digest`."""
        from confnotes.notebook.storage import content_hash

        self.digest = digest = content_hash(data)
        return self._cached(kind, digest)

    def lookup(self, kind: str, data: bytes) -> dict[str, Any] | None:
        """:meth:`data` for a file read on the side (a page a talk names): :attr:`digest`
        stays the hash of the file being indexed."""
        from confnotes.notebook.storage import content_hash

        return self._cached(kind, content_hash(data))

    def _cached(self, kind: str, digest: str) -> dict[str, Any] | None:
        found = self.cache.get(f"yaml:{digest}" if kind == CONFERENCE else digest)
        return found if isinstance(found, dict) else None


def document_of(obj: Any, resolver: Resolver) -> dict[str, Any] | None:
    """The index document of a parsed file (None: the file makes none)."""
    if isinstance(obj, Talk):
        return talk_document(obj, resolver)
    if isinstance(obj, Person):
        return person_document(obj)
    if isinstance(obj, Conference):
        return conference_document(obj)
    return None
