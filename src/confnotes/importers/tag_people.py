"""A template tag that names a talk's speaker, read as the speaker line it stands for.

Sites built with Hugo or Jekyll keep their people in a data file and write, under each
talk's heading, a tag that shows the speaker's card: ``{{< speaker speaker_id="ana-ruiz"
>}}``, ``{% include speaker.html id="bo_lin" %}``, ``{{< presenter "ana-ruiz" >}}``. The
page as saved holds only the tag: its argument is the person's id, the slug of their name.
Such a tag is read as the line ``Speaker: Ana Ruiz`` (:func:`speaker_line`), so every reader
that knows a speaker line under a heading reads it. An id that is no slug of a name (one
word, digits: ``jdoe``, ``42``) names nobody, and a tag that holds a title is a talk's whole
record, read as such elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from confnotes.importers.fields import roles_of

_SLUG_NAME_RE = re.compile(r"^[^\W\d_]{2,30}(?:[-_][^\W\d_]{1,30}){1,3}$")
"""A name's slug: two to four words of letters, lowercase, joined by ``-`` or ``_``."""
_POSITIONAL_RE = re.compile(
    r"^\s{0,20}(?:\"([^\"]{1,200})\"|'([^']{1,200})'|([^\s\"'=]{1,200}))\s{0,20}$"
)
"""A tag's one positional argument, quoted or bare (``{{< speaker "ana-ruiz" >}}``)."""
_ID_KEYS = frozenset({"id", "slug", "key", "ref", "name", "who", "person"})
"""Keys a tag named for a speaker gives the person by (``speaker.html id="…"``)."""


def name_of_slug(value: str) -> str:
    """``ana-ruiz`` → ``Ana Ruiz``; a value written with spaces as written; ``""`` for an
    id that is no slug of a name."""
    value = " ".join(value.split())
    if " " in value:
        return value
    if value != value.lower() or not _SLUG_NAME_RE.match(value):
        return ""
    return " ".join(w[:1].upper() + w[1:] for w in re.split(r"[-_]", value))


def _speaker_word(word: str) -> bool:
    return "speaker" in roles_of(word)


def speaker_line(tag: str, args: Mapping[str, str], body: str = "") -> str:
    """The speaker line a template tag stands for (``Speaker: Ana Ruiz``), or ``""``: a tag
    whose argument's key names a speaker (``speaker_id``, ``presenter``), or a tag named
    for one (``speaker``, ``speaker.html``) whose id or one positional argument is the
    person's. A tag holding a title is no speaker's card."""
    if any("title" in roles_of(k) for k in args):
        return ""
    stem = tag.rsplit("/", 1)[-1].split(".", 1)[0]
    named: list[str] = []
    for key, value in args.items():
        if _speaker_word(key) or (_speaker_word(stem) and key in _ID_KEYS):
            named.append(str(value))
    if not args and _speaker_word(stem) and (m := _POSITIONAL_RE.match(body)):
        named.append(m.group(1) or m.group(2) or m.group(3))
    names = [n for n in map(name_of_slug, named) if n]
    if len(names) != 1:
        return ""
    return f"Speaker: {names[0]}"
