"""The speakers of a panel whose notes are written down as a transcript.

A person's notes of a panel or an interview often write what each one said, line by
line, each line opened by the speaker's name in brackets (``（緑川）一番えらいひと
ですよ``, ``(Ana) we ship weekly``), the names as the writer heard them (a family name
alone). The names that speak turn after turn are the session's speakers; a role's word
(``司会``, ``Moderator``: who leads the panel), a numbered member of the audience
(``参加者1``) and what the writer could not make out (``??``) are no one's name.
"""

from __future__ import annotations

import re
from collections import Counter

from confnotes.importers.fields import ROLE_WORDS, roles_of
from confnotes.importers.persons import is_person_name
from confnotes.importers.programme import ProgrammePerson

TURNS_LEAST = 6
"""Bracket-led lines a note holds at least to be a transcript (a remark's ``(1)`` or
``(TBD)`` now and then is none)."""
SPOKE_LEAST = 2
"""Turns a name takes at least to be one of the panel's (a name once is a mention)."""
MAX_BODY = 200_000
"""Characters of a note read for its turns."""

_TURN_RE = re.compile(
    r"^[ \t]{0,12}(?:[-*+][ \t]{1,4})?[（(]([^（）()\n]{1,40})[）)][ \t]{0,3}\S", re.M
)
"""A line (or a list item) opened by a name in brackets and what they said after it."""
_NAMES_SEP_RE = re.compile(r"[、,，・]")
"""What parts two speakers of one turn (``（岩崎、杉谷）はい``: both answered)."""
_ROLE_WORDS = tuple(sorted({w for words in ROLE_WORDS.values() for w in words}, key=len))
_ASIDE_WORDS = frozenset(
    {
        "補足", "追記", "追加", "注", "注記", "訂正", "余談", "私見", "感想", "所感", "質問",
        "回答", "返答", "答え", "笑", "拍手", "会場", "一同", "全員", "补充", "补注", "注释",
        "问题", "提问", "答复", "笑声", "掌声", "補充", "問題", "提問", "答覆", "보충", "추가",
        "질문", "답변", "웃음", "박수",
    }
)  # fmt: skip
"""What a note's own asides are opened by in brackets (``（補足）``: a remark added,
``（追記）``: added later, ``（質問）``/``（回答）``: a question and its answer, ``（笑）``): the
writer's marks, no one who speaks."""


def transcript_speakers(body: str) -> list[ProgrammePerson]:
    """The speakers of a note written as a transcript (see the module's docstring), in
    the order they first speak; [] when the note is no transcript."""
    said = [m.group(1).strip() for m in _TURN_RE.finditer(body[:MAX_BODY])]
    if len(said) < TURNS_LEAST:
        return []
    turns: Counter[str] = Counter()
    for names in said:
        for name in _NAMES_SEP_RE.split(names):
            name = name.strip()
            if _someone(name):
                turns[name] += 1
    speakers = [name for name, n in turns.items() if n >= SPOKE_LEAST]
    return [ProgrammePerson(name) for name in speakers] if len(speakers) >= 2 else []


def _someone(name: str) -> bool:
    """A speaker's name, not a role's word (``司会者``: a role's word and its suffix), a
    numbered member of the audience or a question mark."""
    if not name or any(c.isdigit() for c in name) or roles_of(name) or name in _ASIDE_WORDS:
        return False
    if any(name.startswith(w) for w in _ROLE_WORDS if not w.isascii()):
        return False
    return is_person_name(name)
