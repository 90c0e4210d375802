"""What a field of a data record holds, from its key and its value.

Programme data comes from many tools and languages (``title``/``titel``/``titolo``,
``startsAt``/``zeit``/``hora``, ``speakers``/``referent``/``ponente``). A key says what
its field may be; the value must agree (a start must read as a time, a speaker as a
person), so a ``name`` that holds a room or an ``id`` that holds a number is not taken
for a title. The key words live here, in one table per role, for every reader of
records (JSON, YAML, CSV).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from confnotes.text.scripts import CJK_RANGES

if TYPE_CHECKING:
    from collections.abc import Iterable

ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "title": (
        "title", "titel", "titre", "titulo", "titolo", "heading", "talk", "subject", "topic",
        "thema", "tema", "sujet", "summary", "题目", "标题", "題目", "主题", "主題", "タイトル",
        "演題", "名称", "议题", "議題", "议程", "議程", "název", "názov", "nazwa", "naziv",
        "judul", "内容",
    ),
    "name": ("name", "nom", "nombre", "nome", "fullname", "publicname", "displayname"),
    "start": (
        "start", "starts", "started", "startedat", "begin", "begins", "from", "time", "zeit",
        "beginn", "hora", "horario", "hour", "hours", "uhrzeit", "horaire",
        "heure", "debut", "ora", "inizio", "orario", "inicio", "slotstart", "开始", "時間",
        "时间", "開始", "时段", "時段", "waktu", "pukul",
    ),
    "end": (
        "end", "ends", "ended", "endedat", "until", "to", "ende", "fin", "fine", "termino",
        "结束", "終了",
    ),
    "date": (
        "date", "day", "datum", "tag", "fecha", "dia", "jour", "data", "giorno", "when", "日付",
        "termin", "wann", "quand", "quando", "cuando", "cuándo",
        "日期", "tanggal",
    ),
    "speaker": (
        "speaker", "speakers", "presenter", "presenters", "author", "authors", "person", "people",
        "autor", "autora", "autores", "autoras", "autore", "autori", "auteur", "auteurs",
        "autoren", "autorin", "著者", "作者",
        "persons", "referent", "referenten", "referentin", "sprecher", "vortragende",
        "ponente", "ponentes", "orador", "palestrante", "relatore", "relatori", "relatrice",
        "intervenant", "intervenants", "intervenante", "intervenantes", "conferencier",
        "conferenciere", "orateur", "oratrice", "speakerine", "host", "hosts", "by",
        "presentedby", "speakername", "speakernames", "panelist", "panelists", "panellist",
        "panellists", "panelista", "panelistas", "panelisti", "facilitator", "facilitators",
        "instructor", "instructors", "lecturer", "lecturers", "instrutor", "instrutora",
        "instrutores", "instrutoras", "instructora", "instructores", "ministrante",
        "ministrantes", "palestrantes", "formateur", "formateurs", "formatrice", "dozent",
        "dozentin", "dozenten",
        "講演者", "発表者", "演者", "演讲者", "讲者", "发言人", "報告人", "报告人", "演讲嘉宾",
        "嘉宾",
        "講者", "演講者", "主講人", "主讲人", "發言人", "演講嘉賓", "嘉賓", "主講者",
        "登壇者", "講師", "讲师", "主讲", "分享人", "分享者", "分享嘉宾",
        "발표자", "연사", "докладчик", "докладчики", "спикер", "спикеры",
        "prelegent", "spreker",
        "スピーカー", "스피커", "autor", "autoři", "autorzy", "lektor", "lektoři", "lektorzy",
        "přednášející", "pembicara", "pemateri", "narasumber", "担当", "担当者",
        "tác giả", "diễn giả", "báo cáo viên", "người trình bày",
    ),
    "chair": (
        "chair", "chairs", "chairperson", "convener", "conveners", "moderator", "moderators",
        "moderation", "moderación", "moderação", "modération", "moderazione", "vorsitz",
        "modérateur", "modérateurs", "modératrice", "modératrices", "moderatoren",
        "moderador", "moderadores", "moderadora", "moderatore", "moderatori", "modera",
        "moderan", "comenta", "comentan",
        "presidente", "discussant", "discussants", "diskutant", "diskutanten", "discutant",
        "presidenta", "presidentes",
        "discutants", "座長", "司会", "主持人", "主持", "引言人",
        "moderatorin", "moderatorinnen", "модератор", "модераторы", "модератора", "модерация",
        "chủ tọa", "chủ toạ", "phản biện", "điều phối",
    ),
    "affiliation": (
        "affiliation", "affiliations", "company", "organization", "organisation", "org",
        "institution", "employer", "firma", "empresa", "azienda", "entreprise", "institut",
        "universidad", "universita", "所属", "单位", "機関", "职务", "職務", "职位", "職位",
    ),
    "room": (
        "room", "roomname", "roomfullname", "location", "venue", "stage", "raum", "saal",
        "hall", "hörsaal", "hs", "auditorium", "auditorio", "auditório", "amphi",
        "amphithéâtre", "anfiteatro",
        "salle", "sala", "aula", "lieu", "luogo", "lugar", "local", "会場", "会场", "地点", "場所",
        "ort", "where", "où", "onde", "donde", "dónde", "dove", "miejsce",
    ),
    "kind": (
        "type", "kind", "format", "art", "tipo", "genre", "submissiontype", "entrytype", "subtype",
        "sessiontype", "formato", "decision", "类型", "種別", "形式",
    ),
    "track": ("track", "tracks", "category", "categories", "tag", "tags", "thème"),
    "id": ("id", "uid", "uuid", "guid", "code", "key", "uniqueid", "dbid", "friendlyid", "slug"),
    "subtitle": (
        "subtitle", "untertitel", "soustitre", "subtitulo", "sottotitolo", "副标题", "サブタイトル",
    ),
    "abstract": (
        "abstract", "description", "desc", "resume", "résumé", "zusammenfassung", "resumen",
        "sommario", "概要", "摘要", "details", "beschreibung", "descripcion", "descrizione",
        "descricao",
    ),
    "event": (
        "conference", "event", "evento", "veranstaltung", "convegno", "congres", "konferenz",
        "conferencia", "meeting", "meetup", "workshop", "イベント名", "会议", "大会",
    ),
    "first": ("firstname", "first", "given", "givenname", "vorname", "prenom", "nombre", "nome"),
    "last": (
        "lastname", "last", "family", "familyname", "surname", "nachname", "apellido",
        "apellidos", "cognome", "sobrenome",
    ),
}  # fmt: skip
"""Key words of each role, in the languages programmes are written in."""

_CJK_RE = re.compile(rf"[{CJK_RANGES}]")
_DUTY_WORDS = frozenset({"担当", "担当者"})
"""Japanese role words that name an organiser's duty (``受付担当：田中さん``, the one at the
desk), never who gives a talk."""
CJK_SPEAKER_WORDS = tuple(
    sorted(
        (w for w in ROLE_WORDS["speaker"] if _CJK_RE.search(w) and w not in _DUTY_WORDS),
        key=len,
        reverse=True,
    )
)
"""A speaker's role in Chinese, Japanese or Korean (``主讲``, ``讲师``, ``嘉宾``,
``分享人``), the longer first: the one table readers of talk lines, Chinese by-lines
(``persons.name_after_role``) and sentences (``sentence_talks.ROLE_WORDS``) take it from."""

_SUFFIXES = ("_id", "id", "_ids", "ids", "s")


def key_words(key: str) -> list[str]:
    """``startsAt`` → ``["starts", "at"]``; ``speaker_ids`` → ``["speaker", "ids"]``."""
    key = unicodedata.normalize("NFKD", key)
    key = "".join(c for c in key if not unicodedata.combining(c))
    key = re.sub(r"([a-z])([A-Z])", r"\1 \2", key)
    return [w for w in re.split(r"[\W_]+", key.casefold()) if w]


@cache
def _folded_roles() -> tuple[tuple[str, frozenset[str]], ...]:
    """Each role's key words folded as keys are (computed once)."""
    return tuple(
        (role, frozenset("".join(key_words(name)) for name in names))
        for role, names in ROLE_WORDS.items()
    )


@lru_cache(maxsize=8192)
def roles_of(key: str) -> frozenset[str]:
    """The roles a key may name: the whole key folded, and each of its words
    (``name`` only as the last word: ``roomName`` is a name, ``name_of_room`` not)."""
    words = key_words(key)
    whole = "".join(words)
    found: set[str] = set()
    for role, names in _folded_roles():
        if whole in names:
            found.add(role)
        elif role == "name":
            if len(words) > 1 and words[-1] in names:
                found.add(role)
        elif names.intersection(words):
            found.add(role)
    if not found and len(words) == 1:
        found = set(_compound_roles(whole)) or _plural_roles(whole)
    about = len(words) > 1 and words[-1] in _ABOUT_A_PERSON  # "panelist_bio": about them
    if (found & _OF_A_PERSON or about) and found & {"speaker", "chair"}:
        found -= {"speaker", "chair"}  # presenter_affiliation, speaker_title: the person's
    if words and words[-1] in ("id", "ids") and len(words) > 1:
        found.add("ref")  # room_id, speakerIds: ids of records elsewhere
    if _persons_title(key, words):
        found = {"affiliation"}  # "Speaker title", "讲师 Title": the job they hold
    elif "title" in found and _JOB_WORDS.intersection(words):
        found.discard("title")  # "Job Title", "Jobtitel", "Titre du poste": a person's job
    return frozenset(found)


_JOB_WORDS = frozenset({"job", "jobtitle", "jobtitel", "poste", "puesto", "cargo", "beruf"})
"""Words of a key that make its title a person's job (``Job Title`` beside ``Title of the
talk`` in a call-for-papers export), never a talk's."""


def _plural_roles(word: str) -> set[str]:
    """The people's role of a one-word key written in the plural of a role's word
    (``orateurs``, ``oradores``, ``conferenciers``): its singular's, which the tables
    hold. Only people's roles: a plural title or room key (``Títulos:``) holds a list,
    which its own readers read."""
    if len(word) < 5 or not word.endswith("s"):
        return set()
    for singular in (word[:-1], word[:-2] if word.endswith("es") else ""):
        found = {role for role, names in _folded_roles() if singular in names}
        if found:
            return found & _PEOPLE_ROLES
    return set()


_PEOPLE_ROLES = frozenset({"speaker", "chair"})


def persons_title(key: str) -> bool:
    """A header naming a person's title (``Speaker Title``): their job where another
    column holds the talks' titles; the talks' own titles where none does."""
    return _persons_title(key, key_words(key))


def _persons_title(key: str, words: list[str]) -> bool:
    """A key of two words, a person's role qualifying a title (``Speaker title``,
    ``presenterTitle``, ``讲师 Title``): the position that person holds, as ``Job title``
    is; not two fields packed in one column (``Speaker / Title``)."""
    if len(words) != 2 or _PACKED_KEY_RE.search(key):
        return False
    return bool(_word_roles(words[0]) & {"speaker", "chair"}) and "title" in _word_roles(words[1])


_PACKED_KEY_RE = re.compile(r"[/&+,;|]|\band\b|\bund\b|\bet\b|\by\b|\be\b")
"""Between a header's two words, a separator of two fields (``Speaker / Title``)."""


_OF_A_PERSON = frozenset({"affiliation", "subtitle", "abstract", "kind"})
"""Roles a key names of the person another of its words names (``presenter_affiliation``,
``speaker_description``: the speaker's organisation and words, not a speaker)."""


_ABOUT_A_PERSON = frozenset(
    [
        "bio",
        "bios",
        "biography",
        "photo",
        "avatar",
        "picture",
        "info",
        "information",
        "details",
        "twitter",
        "github",
        "gitlab",
        "linkedin",
        "mastodon",
        "handle",
        "email",
        "mail",
        "url",
        "website",
        "homepage",
        "gender",
        "image",
        "img",
        "pic",
        "pronouns",
        "phone",
    ]
)
"""A key's last word saying what it holds about the person its other word names
(``panelist_bio``, ``speaker_photo``, ``authorInfo``, ``presenter_twitter``: their
handle, not one more speaker): no speaker of its own."""


def _word_roles(word: str) -> frozenset[str]:
    return frozenset(role for role, names in _folded_roles() if word in names)


def _compound_roles(word: str) -> frozenset[str]:
    """Roles of a key written as one word of two (``starttime``, ``enddate``: the first
    word's role, the second naming what it is; ``roomid``: ids of rooms; ``coauthors``,
    ``papertitle``: a word naming no role before a role word, the role, as ``paper_title``
    would be read)."""
    wide = _ideographic(word)  # "议题名称": two words of two characters, no space between
    if len(word) < (4 if wide else 6) or len(word) > 40:
        return frozenset()
    least = 2 if wide else 3  # the shortest head word
    for cut in range(least, len(word) - 1):
        head, tail = _word_roles(word[:cut]), _word_roles(word[cut:])
        if head and tail:  # "startdate": the start's date; "starttime": the start
            if "date" in tail:
                return frozenset({"date"})
            if "name" in tail and cut < 5:
                return frozenset()  # "hostname": a machine's; "chairname", "authorname"
            return (head - {"name"}) | ({"ref"} if word[cut:] in ("id", "ids") else set())
    for cut in range(2, len(word) - (1 if wide else 3)):
        # "coauthors", "papertitle", "sessiontitle": a word that names no role before one
        # that does (of four letters at least): the tail's role, qualified by the head
        if not _word_roles(word[:cut]) and (tail := _word_roles(word[cut:])):
            return tail - {"name"}
    return frozenset()


def _ideographic(word: str) -> bool:
    """A word of CJK ideographs (or kana): a script written without spaces, whose words of
    one or two characters each run together in a compound key (``议题名称``, ``報告題目``)."""
    return all(unicodedata.name(c, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for c in word)


_FIELD_KEY_RE = re.compile(r"[ \t]{0,8}([^\s:：][^:：\n]{0,15}?)[ \t]{0,3}[:：]")


def place_field(line: str) -> bool:
    """A ``Key: value`` line whose key names where the event is held (``場　所：…``,
    ``Venue: …``, ``Miejsce: …``): its numbers are an address (``永田町 2-17-17``), never
    a date."""
    m = _FIELD_KEY_RE.match(line)
    return m is not None and "room" in roles_of(m.group(1).strip(" *_"))


@lru_cache(maxsize=8192)
def names_role_alone(key: str, role: str) -> bool:
    """``title`` names a title by itself; ``panel_title`` the title of something else the
    record belongs to (its panel): of two keys for a role, the one that is the role's
    word alone is the record's own."""
    whole = "".join(key_words(key))
    return any(role == r and whole in names for r, names in _folded_roles())


_PLURAL_ENDINGS = ("s", "es", "en", "nen", "i")
"""How the languages of :data:`ROLE_WORDS` make a word plural (``instructors``,
``instructores``, ``formateurs``, ``palestrantes``, ``Dozenten``, ``Moderatorinnen``,
``relatori``)."""


def names_several(key: str, role: str) -> bool:
    """``Instructors``, ``Formateurs``, ``Palestrantes``: a key that is the plural of one
    of ``role``'s words (its singular a word of the role too), a label announcing several
    people (``Formateurs : Claire Dubois, Hugo Marchand`` names two, no one's employer)."""
    whole = "".join(key_words(key))
    names = next((n for r, n in _folded_roles() if r == role), frozenset())
    stems = {whole[: -len(end)] for end in _PLURAL_ENDINGS if whole.endswith(end)}
    if whole.endswith("i"):
        stems.add(whole[:-1] + "e")  # "relatori", "relatore"
    return whole in names and bool(stems & names)


def has_role(key: str, role: str) -> bool:
    """True when ``key`` may name ``role``."""
    return role in roles_of(key)


def is_key_word(text: str) -> bool:
    """``日期``, ``Datum``, ``Speaker``: the whole text is a key word of some role (a
    label, never a person's name)."""
    whole = "".join(key_words(text))
    return bool(whole) and any(whole in names for _role, names in _folded_roles())


def room_aside(text: str) -> str:
    """The place a bracketed aside names by its label (``Room: Gaanderij``, ``Raum: B
    101``, ``Sala: Magna``; without a colon when a name follows the word: ``Raum "Lab"``,
    ``Room 2.14``), known by the label's word as a field of rooms is; empty for any other
    aside (``Chair: Name``, ``30 min``, ``room for questions``)."""
    label, colon, rest = text.partition(":")
    if not colon:
        # "Raum "KiKA"", "Room 2.14", "Sala Magna": the room's word, then its name (quoted,
        # capitalised or a number) without a colon between them
        label, _, rest = text.strip().partition(" ")
        rest = rest.strip()
        named = rest[:1] in "\"'“„«" or rest[:1].isupper() or rest[:1].isdigit()
        if not rest or not named or len(rest.split()) > 3 or any(ch in rest for ch in ",;:"):
            return ""
        rest = rest.strip("\"'“”„«» ")
    elif not rest.strip() or len(label.split()) > 2:
        return ""
    return rest.strip() if rest.strip() and roles_of(label.strip()) == {"room"} else ""


_PLACE_NOUN_RE = re.compile(
    r"(?:ホール|会議室|講堂|教室|ルーム|展示場|会議場|会议室|礼堂|报告厅|報告廳|강당|회의실|홀)"
    r"[ \t]{0,2}[A-Za-z0-9０-９Ａ-Ｚ]{0,3}$"
)
"""A room's noun ending a place's name in a script written without spaces (``4Fメインホール``,
``3F中会議室B``, ``大会议室``), maybe with the room's letter or number after it."""


_FLOOR_RE = re.compile(
    r"(?:^|[\s,(])(?:\d{1,2}(?:st|nd|rd|th|º|ª|\.|e|er|ème)? ?"
    r"(?:floor|étage|etage|piso|planta|verdieping)"
    r"|(?:floor|étage|piso|planta) \d{1,2})(?=$|[\s,)])",
    re.I,
)
"""A floor of a building, numbered (``3rd floor``, ``2e étage``, ``planta 1``):
a place's words, which no one's name or affiliation holds."""


def place_aside(text: str) -> str:
    """The place a bracketed aside names: a labelled room (:func:`room_aside`), a room
    then its building and street (``Sala Magna, Old Building, 3 Castle St``), or a room's
    name ending in a room's noun in a script written without spaces (``4Fメインホール``,
    ``OS-1A, 3F 会議室B`` after a session's code); empty for any other aside (an
    affiliation, a person, ``30 min``)."""
    if where := room_aside(text):
        return where
    text = " ".join(text.split())
    if len(text) <= 60 and _FLOOR_RE.search(text):
        return text  # "3rd floor lobby", "Foyer, planta 2": a spot on a floor of the venue
    parts = text.replace("，", ",").split(",")
    if len(parts) > 1 and room_aside(parts[0].strip()):
        return text  # "Sala Lubrańskiego, Collegium Minus, 1 Main St": a room, its building
    last = parts[-1].strip()
    if not last or len(last) > 30:
        return ""
    # a room's word ending a name written with spaces is no proof ("Stuart Hall", "Pietro
    # Sala" are people): only a script that glues the noun to the name says so by it
    return text if _PLACE_NOUN_RE.search(last) else ""


def in_a_known_building(text: str, places: Iterable[str]) -> bool:
    """An aside naming one spot, then the building and street a place the page already
    named ends with (``foyer of the Great Hall, Old Building, 3 Castle St`` after ``Sala
    Magna, Old Building, 3 Castle St``): another spot of that building, however its first
    words are written."""
    parts = [p.strip() for p in " ".join(text.split()).replace("，", ",").split(",")]
    if len(parts) < 3 or not all(parts):
        return False  # "Keynote, Day 1": one comma is no building and street
    for place in places:
        known = [p.strip() for p in " ".join(place.split()).replace("，", ",").split(",")]
        if len(known) == len(parts) and known[1:] == parts[1:] and known[0] != parts[0]:
            return True
    return False


SECTION_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("organizer", re.compile(r"organi[sz]|committee|\bcomit[éeêa]|\bchairs?\b|\bteam\b", re.I)),
    ("panelist", re.compile(r"panel", re.I)),
    ("keynote", re.compile(r"keynote|invited|speakers", re.I)),
    ("dates", re.compile(r"\bdates\b|deadlines|timeline", re.I)),
    ("schedule", re.compile(r"schedule|programme|program\b|agenda|timetable", re.I)),
    ("papers", re.compile(r"accepted papers|call for|submission", re.I)),
    (
        "references",
        re.compile(
            r"^[\W\d]{0,10}(?:references|bibliograph(?:y|ie|ía)|publications|literatur[ae]?"
            r"|références|referencias|referências|riferimenti|(?:related|selected|relevant)"
            r"[ \t]{1,3}(?:papers|work|publications|literature)|further[ \t]{1,3}reading)"
            r"[\W\d]{0,10}$",
            re.I,
        ),
    ),
)
"""Heading words that say what a section of a page holds. ``references``: the heading is
only a list of references' label (``Related papers``, ``Bibliographie``): what it lists
are papers cited, no talk of the event."""


def section_kind(heading: str) -> str:
    """``organizer``, ``panelist``, ``keynote``, ``dates``, ``schedule``, ``papers``,
    ``references`` or ``""``."""
    for kind, pattern in SECTION_WORDS:
        if pattern.search(heading):
            return kind
    return ""
