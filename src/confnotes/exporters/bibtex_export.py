"""BibTeX: the talks you saw and the papers to read, ready for ``\\cite``.

One entry per talk (``@inproceedings`` for orals, spotlights and posters,
which present a paper; ``@misc`` for keynotes, panels and the rest; breaks
have nothing to cite and are left out), then one per paper of the reading
list (arXiv papers with ``eprint``/``archivePrefix``, DOIs with ``doi``).

Keys are stable: a talk's key is first speaker's family name, year and first
word of the title (``okafor2025calibration``); clashes get ``b``, ``c``... in
the order of talk ids, so adding a talk rarely renames another. Papers are
keyed by what identifies them (``arxiv:2501.01234``, ``doi:10.1/x``). TeX's
special characters are escaped; other characters are kept as UTF-8 (biber
and BibTeX with ``inputenc`` read them).
"""

from __future__ import annotations

import hashlib
import re

from slugify import slugify

from confnotes.exporters.selection import Selection
from confnotes.exporters.summary import PRESENTED_KINDS, ReadingItem, Summary, build_summary
from confnotes.knowledge.paper_ids import PaperId
from confnotes.model import Conference, Talk
from confnotes.notebook.notebook import Notebook

MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
URL_PREFERENCE = ("video", "page", "slides", "poster", "paper", "code", "other")
"""Which of a talk's links best stands for the talk itself."""
SKIPPED_KINDS = frozenset({"break"})

_TEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "$": r"\$",
    "&": r"\&",
    "%": r"\%",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_TEX_RE = re.compile(r"[\\{}$&%#_^~]")
_SPACES = re.compile(r"\s+")
_STOP_WORDS = frozenset({"a", "an", "the", "on", "of", "in", "for", "and", "to", "with", "from"})
_ARXIV_NEW_DATE = re.compile(r"^(\d{2})(\d{2})\.")
_ARXIV_OLD_DATE = re.compile(r"/(\d{2})(\d{2})\d{3}$")


def export_bibtex(nb: Notebook, sel: Selection | None = None) -> str:
    """The selected talks and their reading list as a ``.bib`` file."""
    summary = build_summary(nb, sel or Selection())
    return render_bibtex(nb, summary)


def render_bibtex(nb: Notebook, summary: Summary) -> str:
    """Render the BibTeX of an already built summary."""
    talks = [t for t in summary.talks if t.kind not in SKIPPED_KINDS]
    keys = talk_keys(nb, talks)
    entries = [_talk_entry(nb, talk, keys[talk.id]) for talk in talks]
    used = set(keys.values())
    for item in summary.reading:
        key = _unique(paper_key(item.paper), used)
        entries.append(_paper_entry(nb, item, key))
    header = "% BibTeX exported by confnotes: talks, then the papers of the reading list.\n"
    return header + "".join(f"\n{entry}" for entry in entries)


def tex(value: str) -> str:
    """Text as a BibTeX field value: one line, TeX specials escaped, UTF-8 kept."""
    value = _SPACES.sub(" ", value).strip()
    return _TEX_RE.sub(lambda m: _TEX_SPECIALS[m.group(0)], value)


def verbatim(value: str) -> str:
    """A URL, DOI or eprint for a verbatim field: braces, backslashes and spaces encoded."""
    out = []
    for ch in value.strip():
        if ch in "{}\\" or ch.isspace() or ord(ch) < 0x20:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


def author_list(names: list[str]) -> str:
    """Names joined with ``and``; a name that would confuse BibTeX is kept whole in braces."""
    shown = []
    for name in names:
        escaped = tex(name)
        if not escaped:
            continue
        if re.search(r"\band\b|,", escaped, re.IGNORECASE):
            escaped = "{" + escaped + "}"
        shown.append(escaped)
    return " and ".join(shown)


def _ascii_word(text: str) -> str:
    return slugify(text, separator="")


def _family_name(name: str) -> str:
    parts = [p for p in re.split(r"[\s,]+", name.strip()) if p]
    if not parts:
        return ""
    if "," in name:
        return _ascii_word(name.split(",", 1)[0])
    return _ascii_word(parts[-1])


def talk_key_base(nb: Notebook, talk: Talk) -> str:
    """``<family name><year><first title word>`` in ASCII lower case."""
    speakers = nb.speakers_of(talk)
    who = _family_name(speakers[0].name) if speakers else ""
    if not who:
        conf = nb.conferences.get(talk.conference)
        who = _ascii_word(conf.series if conf and conf.series else talk.conference)[:20]
    year = _year(nb, talk)
    words = [_ascii_word(w) for w in re.split(r"[\s\-—–:/]+", talk.title)]
    words = [w for w in words if w]
    word = next((w for w in words if w not in _STOP_WORDS), words[0] if words else "talk")
    return f"{who or 'talk'}{year or ''}{word[:20]}"


def talk_keys(nb: Notebook, talks: list[Talk]) -> dict[str, str]:
    """A unique key per talk; clashing bases get ``b``, ``c``... in talk-id order."""
    by_base: dict[str, list[Talk]] = {}
    for talk in talks:
        by_base.setdefault(talk_key_base(nb, talk), []).append(talk)
    keys: dict[str, str] = {}
    used: set[str] = set(by_base)
    for base, group in sorted(by_base.items()):
        for i, talk in enumerate(sorted(group, key=lambda t: t.id)):
            if i == 0:
                keys[talk.id] = base
                continue
            key = _unique(base, used, start=i)
            keys[talk.id] = key
    return keys


def _unique(base: str, used: set[str], start: int = 0) -> str:
    if start == 0 and base not in used:
        used.add(base)
        return base
    n = max(start, 1)
    while True:
        candidate = base + _suffix(n)
        if candidate not in used:
            used.add(candidate)
            return candidate
        n += 1


def _suffix(n: int) -> str:
    """1 → ``b``, 2 → ``c``, ... 25 → ``z``, 26 → ``ba``: n in base 26, never a bare ``a``."""
    letters = ""
    while n:
        n, rem = divmod(n, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[rem] + letters
    return letters


def paper_key(paper: PaperId) -> str:
    """``arxiv:2501.01234``, ``doi:10.1/x`` or ``paper:<hash of the address>``."""
    if paper.arxiv:
        return "arxiv:" + re.sub(r"[^A-Za-z0-9.\-/]", "-", paper.arxiv)
    if paper.doi:
        return "doi:" + re.sub(r"[^A-Za-z0-9.\-_:/;()]", "-", paper.doi.lower())
    return "paper:" + hashlib.sha1(paper.key.encode("utf-8")).hexdigest()[:10]


def _year(nb: Notebook, talk: Talk) -> int | None:
    if talk.start:
        return talk.start.year
    conf = nb.conferences.get(talk.conference)
    return conf.start.year if conf and conf.start else None


def _month(nb: Notebook, talk: Talk) -> int | None:
    if talk.start:
        return talk.start.month
    conf = nb.conferences.get(talk.conference)
    return conf.start.month if conf and conf.start else None


def _entry(kind: str, key: str, fields: list[tuple[str, str | None]], raw: set[str]) -> str:
    lines = [f"@{kind}{{{key},"]
    for name, value in fields:
        if value is None or value == "":
            continue
        shown = value if name in raw else "{" + value + "}"
        lines.append(f"  {name} = {shown},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _talk_url(talk: Talk, conf: Conference | None) -> str:
    for kind in URL_PREFERENCE:
        for ln in talk.links:
            if ln.kind == kind and ln.url.lower().startswith(("http://", "https://")):
                return ln.url
    return conf.url if conf and conf.url.lower().startswith(("http://", "https://")) else ""


def _talk_entry(nb: Notebook, talk: Talk, key: str) -> str:
    conf = nb.conferences.get(talk.conference)
    conf_name = conf.name if conf and conf.name else talk.conference
    session = conf.session(talk.session) if conf else None
    note = []
    if talk.kind not in ("talk", "other"):
        note.append(f"{talk.kind.capitalize()}")
    if session:
        note.append(f"session: {session.title or session.id}")
    if talk.room:
        note.append(f"room: {talk.room}")
    month = _month(nb, talk)
    year = _year(nb, talk)
    kind = "inproceedings" if talk.kind in PRESENTED_KINDS else "misc"
    return _entry(
        kind,
        key,
        [
            ("title", tex(talk.title)),
            ("author", author_list([p.name for p in nb.speakers_of(talk)])),
            ("booktitle", tex(conf_name)),
            ("howpublished", tex(f"Talk at {conf_name}") if kind == "misc" else None),
            ("address", tex(conf.location) if conf and conf.location else None),
            ("year", str(year) if year else None),
            ("month", MONTH_MACROS[month - 1] if month else None),
            ("url", verbatim(_talk_url(talk, conf)) or None),
            ("note", tex(", ".join(note)) if note else None),
            ("keywords", tex(", ".join(talk.tags)) if talk.tags else None),
        ],
        raw={"month"},
    )


def _paper_entry(nb: Notebook, item: ReadingItem, key: str) -> str:
    paper = item.paper
    title = item.title or item.label or paper.label
    year, month = _arxiv_date(paper.arxiv) if paper.arxiv else (None, None)
    if item.year:
        year, month = item.year, month if year == item.year else None
    sources = []
    for source in item.sources:
        conf = nb.conferences.get(source.talk.conference)
        where = conf.name if conf and conf.name else source.talk.conference
        sources.append(f"``{source.talk.title}'' ({where})")
    note = "Linked from " + "; ".join(sources) if sources else None
    return _entry(
        "misc",
        key,
        [
            ("title", tex(title)),
            ("author", author_list(item.authors) or None),
            ("year", str(year) if year else None),
            ("month", MONTH_MACROS[month - 1] if month else None),
            ("howpublished", tex(item.venue) if item.venue else None),
            ("eprint", verbatim(paper.arxiv) if paper.arxiv else None),
            ("archivePrefix", "arXiv" if paper.arxiv else None),
            ("doi", verbatim(paper.doi) if paper.doi else None),
            ("url", verbatim(paper.url)),
            ("note", tex(note) if note else None),
        ],
        raw={"month"},
    )


def _arxiv_date(arxiv_id: str) -> tuple[int | None, int | None]:
    """arXiv ids start with the year and month they were submitted (``2501.`` = January 2025)."""
    match = _ARXIV_NEW_DATE.match(arxiv_id) or _ARXIV_OLD_DATE.search(arxiv_id)
    if not match:
        return None, None
    yy, mm = int(match.group(1)), int(match.group(2))
    if not 1 <= mm <= 12:
        return None, None
    return (2000 + yy if yy < 90 else 1900 + yy), mm
