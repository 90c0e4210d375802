"""The file an index page's link points at, whatever form the link takes.

A person's index of their notes links each talk's file in the form their tool writes:
a Markdown path (``talks/quiet-queues.md``), a wikilink's name (``[[Quiet Queues]]``),
Swift DocC's ``<doc:Quiet-Queues>``, Jekyll's ``{% link _talks/quiet-queues.md %}``,
Hugo's ``{{< ref "quiet-queues" >}}``, a relative HTML link (``quiet-queues.html``).
Each names a file by its name, spaces written as dashes or underscores; these helpers
find that name and compare it with the files given together.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_DOC_SCHEME_RE = re.compile(r"^doc:(?://[^/\s]{1,200}/)?", re.I)
"""DocC's link to a page of its catalogue (``doc:Name``, ``doc://Bundle/documentation/…``)."""
_TEMPLATE_RE = re.compile(
    r"^\{[{%][<%]?[\s_]{0,5}(?:link|ref|relref|post_url)[\s_]{1,5}[\"']?"
    r"([^\"'\s{}<>%]{1,300}?)[\"']?[\s_]{0,5}[>%]?[}%]\}$"
)
"""A site generator's tag that stands for a page's address (Jekyll's ``{% link path %}``
and ``{% post_url name %}``, Hugo's ``{{< ref "path" >}}``); its spaces may have become
underscores (:mod:`doctree` closes them up so that the link parses)."""
_FOREIGN_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]{0,30}:|//|#)", re.I)
"""An address elsewhere (``https:``, ``mailto:``, ``//host``) or on the same page."""
_PAGE_EXT_RE = re.compile(r"\.(?:md|markdown|org|txt|html?|rst|adoc)$", re.I)
_SEPARATORS_RE = re.compile(r"[\s_\-]+")


def target_name(url: str) -> str:
    """The name of the file a link points at (its last path part, without extension),
    or "" for a link that leaves the folder's pages (a web address, an anchor, a
    picture)."""
    url = unquote(url.strip()).strip("<> ")
    if m := _TEMPLATE_RE.match(url):
        url = m.group(1)
    elif _DOC_SCHEME_RE.match(url):
        url = _DOC_SCHEME_RE.sub("", url, count=1)
    elif _FOREIGN_RE.match(url):
        return ""
    url = url.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    last = url.rsplit("/", 1)[-1]
    if "." in last and not _PAGE_EXT_RE.search(last):
        return ""  # a picture, a PDF: no page of notes
    return _PAGE_EXT_RE.sub("", last)


def name_key(name: str) -> str:
    """A file's name as links spell it, compared: case aside, and a run of spaces,
    dashes or underscores all one (DocC writes ``Swift's Hidden Gems.md`` as
    ``doc:Swift's-Hidden-Gems``)."""
    return _SEPARATORS_RE.sub(" ", name.casefold()).strip()


def slug_words(text: str) -> str:
    """A link's words when they are only its target (``<doc:Quiet-Queues>``, whose
    visible text is the address): the name with its dashes as spaces, as the talk's
    title; the text as written otherwise."""
    name = target_name(text) if _DOC_SCHEME_RE.match(text.strip()) else ""
    if not name or " " in name:
        return text
    return " ".join(name.replace("_", "-").split("-")).strip() or text


def by_name_key(sources: list[str]) -> dict[str, str]:
    """The files given together by their name's :func:`name_key`; a name two files share
    (``a/notes.md``, ``b/notes.md``) names neither."""
    from pathlib import PurePath

    seen: dict[str, list[str]] = {}
    for source in sources:
        seen.setdefault(name_key(PurePath(source).stem), []).append(source)
    return {key: found[0] for key, found in seen.items() if len(found) == 1}


def linked_file(url: str, named: dict[str, str]) -> str:
    """The file of ``named`` (:func:`by_name_key`) a link names, else ""."""
    name = target_name(url)
    return named.get(name_key(name), "") if name else ""


def is_page_reference(url: str) -> bool:
    """A link written in a tool's own form for a page of the same site or catalogue
    (DocC's ``doc:Name``, a Jekyll or Hugo tag), whatever its extension says."""
    url = unquote(url.strip()).strip("<> ")
    return bool(_DOC_SCHEME_RE.match(url) or _TEMPLATE_RE.match(url))


__all__ = [
    "by_name_key",
    "is_page_reference",
    "linked_file",
    "name_key",
    "slug_words",
    "target_name",
]
