"""Reading an outline into a programme once its shape is chosen.

:class:`ShapeReader` walks the section tree under one shape (``sections``,
``bold``, ``talk``, ``bullets``, ``table``, ``mix``...) and builds the talks,
sessions, days and notes, keeping every line that is not metadata in some
note's body. :mod:`confnotes.importers.shapes` chooses the shape.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from confnotes.importers import doctree
from confnotes.importers.byline_heads import byline_heading
from confnotes.importers.columns import is_prose
from confnotes.importers.datelines import dateline
from confnotes.importers.document_names import (
    CLOCKS_RE,
    ITEM_MARK_RE,
    RANGE_RE,
    UNDER_TITLE_LINES,
    names_a_post,
    numeric_day,
    opening_label,
    opens,
    range_end,
    stem_title,
)
from confnotes.importers.entries import (
    TALK_LABEL_RE,
    afternoon,
    clock_first,
    kind_of,
    leading_clock,
    writes_24_hour_clock,
)
from confnotes.importers.fact_lists import listed_day, listed_speakers, template_slots
from confnotes.importers.fields import names_role_alone, roles_of
from confnotes.importers.heading_tails import (
    bracket_tail,
    column_tails,
    handle_line,
    last_tail,
    lower_name_tails,
    without_link_tail,
)
from confnotes.importers.headings import (
    BRACKET_LAST_RE,
    BY_LINE_RE,
    CALLOUT_RE,
    CARD_LABEL_RE,
    CLOCK_ONLY_RE,
    DASHES_RE,
    DATED_TAIL_RE,
    DAY_RE,
    FRONT_LINKS,
    FRONT_READ,
    ITEM_LINE_RE,
    KEY_ALIASES,
    LABELLED_RE,
    LINK_RE,
    META_RE,
    NOTES_PREFIX_RE,
    ONE_LINK_RE,
    ONE_PERSON_KEYS,
    SESSION_RE,
    SIGNATURE_RE,
    SPEAKER_KEYS,
    STRESS_RE,
    WITH_LINE_RE,
    HeadingTalk,
    a_field,
    bare_cjk,
    bare_key,
    card_fields,
    conference_name,
    heard,
    is_day,
    is_generic,
    key_value,
    kind_and_name,
    kind_label_only,
    language_tail,
    links_field,
    links_notes_file,
    lower_names,
    merge_people,
    name_alone,
    name_then_description,
    name_then_position,
    one_named,
    person_then_org,
    pictogram_value,
    read_heading,
    said_more,
    title_name,
    topic_word,
    weekday_after,
)
from confnotes.importers.identity import title_key
from confnotes.importers.kinds import group_tag, type_tag
from confnotes.importers.labelled_heads import stressed_in_notes
from confnotes.importers.notefiles import PEOPLE_HEADING_RE
from confnotes.importers.org_bylines import person_at_org
from confnotes.importers.owner_links import LINKS_MOST, document_owners
from confnotes.importers.page import section_kind
from confnotes.importers.page_day import field_days, page_day
from confnotes.importers.paired_links import (
    after_label,
    paired_talk_lines,
    without_linked_aside,
    without_trailing_link,
)
from confnotes.importers.persons import (
    NAME_CONJUNCTIONS,
    SPEAKER_SEP_RE,
    fits_a_by_line,
    han_name_first,
    handles_only,
    honoured_name,
    is_job_title,
    is_organisation,
    is_person_name,
    is_placeholder,
    labelled_list_people,
    name_and_affiliation,
    named_by_role,
    person_among,
    role_people,
    says_position,
    split_speakers,
    stressed_title,
    without_courtesies,
)
from confnotes.importers.programme import (
    Programme,
    ProgrammePerson,
    ProgrammeRole,
    ProgrammeSession,
    ProgrammeTalk,
)
from confnotes.importers.prose_days import day_cue, forward_cues
from confnotes.importers.structure import (
    Block,
    Outline,
    Section,
    front_extra,
    front_tags,
    header_fields,
    own_last,
    top_nodes,
)
from confnotes.importers.talk_levels import (
    BARE_KEY_RE,
    LINK_LINE_RE,
    LIST_ITEM_RE,
    LIST_MARK_RE,
    NAME_HEADING,
    PAGE_LINK_RE,
    QUOTE_RE,
    BulletTalk,
    Lead,
    blank_run,
    by_lines,
    byline_beside,
    card_speakers,
    chairs_heading,
    column_roles,
    first_name_first,
    handle_under,
    heading_link,
    leads,
    led_by_names,
    line_fields,
    linked_side,
    live_presenter,
    name_kid,
    name_paired,
    named_talk,
    names_line,
    numbered_talk,
    own_text,
    part_key,
    parts_of_one_talk,
    people_and_title,
    possessive_speakers,
    prose_speakers,
    prose_talk,
    quotes_someone,
    role_part_speakers,
    running_label,
    same_title,
    sentence_byline,
    signed_sub_headings,
    speaker_before,
    speaker_first,
    speaker_part,
    speakers_under,
    starts_bold,
    stressed_record,
    talk_under,
    template_parts,
    term_explained,
    time_heading_under,
    title_kind,
    title_part,
    title_stress,
    unwiki,
    weaker_than_heading,
    without_running_label,
    without_trailing_url,
    wrapped_title,
)
from confnotes.importers.textutil import (
    BY_WORDS,
    first_sentence,
    goes_on_after_comma,
    strip_markdown_inline,
    titled,
    trailing_marks,
    written_in_lower_case,
)
from confnotes.importers.transcripts import transcript_speakers
from confnotes.importers.when import (
    MONTH_NAMES,
    about_next_occasion,
    calendar_word,
    clock_range,
    find_date,
    find_year,
    leading_date,
    leading_hour,
    leading_weekday,
    month_of,
    nth_day,
    numeric_order,
    padded_month_day,
    sentences_of,
    strip_dates,
    weekday_dates,
    weekday_of,
    weekday_within,
    without_nth_day,
)
from confnotes.model import Link
from confnotes.notebook.link_kinds import classify_link, link_kind
from confnotes.notebook.slugs import make_slug
from confnotes.text.scripts import CJK_SIGN_RE

_LABEL_LINE_RE = re.compile(r"^\s{0,3}(\*\*|__)([^*_\n]{2,40})\1\s{0,4}$")


_QUOTE_MARKS = "\"'“”«»„‘’‚‹›「『"


def _quotes(text: str, title: str) -> bool:
    """Whether a text writes ``title`` between quotation marks of any script."""
    plain = strip_markdown_inline(text)
    at = plain.find(title)
    return at > 0 and plain[at - 1] in _QUOTE_MARKS


def _full_name(words: str) -> bool:
    """A bracket's words that are a person's full name: two words or more (``Ana Ruiz``),
    or three signs or more of a script written without spaces (``福地開``); a lone word
    (``Hynek``, ``前編``) says nothing alone about the brackets beside it."""
    spaced = len(words.split()) >= 2
    signs = bool(CJK_SIGN_RE.search(words)) and len("".join(words.split())) >= 3
    return (spaced or signs) and is_person_name(words)


FACT_ITEMS = 8
"""Items of a talk's list of facts read for its time (:meth:`ShapeReader._clock_item`)."""


def _day_heading_clock(title: str) -> tuple[time | None, time | None, bool]:
    """The hours a day heading says after its date and weekday (``4 May 2015, Monday,
    19:00 - 21:00``): the event's under it, when it holds one. Nothing but a date, a
    weekday and a time (range) may be said, so a heading's other words give no hours."""
    left = strip_dates(title).strip(" ,;-–—|")
    _weekday, left = leading_weekday(left)
    left = left.strip(" ,;-–—|")
    if not left or not CLOCK_ONLY_RE.fullmatch(left):
        return None, None, False
    return clock_range(left)


def format_label(line: str) -> str:
    """A line that is a short stressed label and nothing else (``**Tools-in-Action**``,
    ``**Hands-on Labs**``): its words; "" for a sentence, a name or anything else."""
    m = _LABEL_LINE_RE.match(line)
    words = m.group(2).strip() if m else ""
    if not words or len(words.split()) > 4 or words[-1] in ".,;:!?" or split_speakers(words):
        return ""
    return words


_IMAGE_LINE_RE = re.compile(
    r"^\s{0,12}(?:[-*+]\s{1,4})?(?:!\[[^\[\]\n]{0,300}\]\([^()\s]{0,1000}\)(?:\{[^{}\n]{0,200}\})?"
    r"|<img\b[^<>\n]{0,2000}>)\s{0,12}$",
    re.I,
)
"""A line that is one picture and nothing else (``![stage](…)``, ``<img src=…>``)."""

_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_ORDINAL_DAY_RE = re.compile(
    r"(?:(?P<word>[^\W\d_]{3,12})\.?,?[ \t]{1,3})?(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\Z"
)
"""A heading that is only a day of the month as an English ordinal, a word before it or
none (``Friday 21st``, ``22nd``)."""
_WEEKDAY_DAY_RE = re.compile(
    r"(?P<word>[^\W\d_]{3,14})\.?,?[ \t]{1,3}(?P<day>[1-9]|[12]\d|3[01])\.?\Z"
)
"""A heading of a word and a bare day of the month (``Jueves 12``, ``Freitag, 14.``): a
day only when the word names a weekday (``Python 3`` is a name)."""


def _month_days(year: int, months: set[int], number: int) -> list[date]:
    """The dates that day ``number`` of each of ``months`` is in ``year`` (a month too
    short for it has none)."""
    out = []
    for month in sorted(months):
        with contextlib.suppress(ValueError):
            out.append(date(year, month, number))
    return out


_HEADER_LINE_RE = re.compile(r"^[^\W\d_][\w-]{0,20}(?: [\w-]{1,20})?\s?:\s+\S")
"""A ``Key: value`` line of a post's header block (``Date: 2031-05-10``), no prose."""


_BARE_TITLE_WORDS = 12
RECAP_DAYS_MOST = 31
"""Days a post named by its day is written after the event its words date, at most."""
"""An item with no link is a title when this short (a sentence about a talk is longer)."""
_DECKS_MOST = 400
"""Items of one list of decks read at most (a bound on hostile input)."""
_DIGITS_DAY_RE = re.compile(r"(\d{1,2})([/.])(\d{1,2})\.?")
"""A heading that is a month and a day in digits alone (``10/28``, ``28.10.``)."""


def _more_than_a_date(title: str) -> bool:
    """A day's heading that says more than its date (``Mardi 14 mai : enfin !``): the
    writer's words, to be kept in a note, not only the talks' day; the day it counts
    (``Day 2 2025-04-24``) says nothing more."""
    words = _WORD_RE.findall(without_nth_day(strip_dates(title)))
    return any(not calendar_word(w) for w in words)


_EMBED_RE = re.compile(
    r"\{\{[<%]\s{0,3}(?P<name>[\w-]{1,30})\s{1,3}(?P<args>[^{}<>%\n]{1,300}?)\s{0,3}[>%]\}\}"
    r"|\{%\s{0,3}(?P<lname>[\w-]{1,30})\s{1,3}(?P<largs>[^{}%\n]{1,300}?)\s{0,3}%\}"
)
"""A site generator's embed on a line of its own: Hugo's ``{{< youtube ID >}}``, Jekyll's
(Liquid) ``{% youtube ID %}``."""
_EMBED_PLAYERS = {
    "youtube": "https://www.youtube.com/watch?v={}",
    "vimeo": "https://vimeo.com/{}",
    "speakerdeck": "https://speakerdeck.com/player/{}",
}


def embedded_url(line: str) -> str:
    """The address a line that is one player's embed shows (``{{< youtube 7eoz_EU6-wQ >}}``
    → its YouTube page, ``{% vimeo 123 %}``, a player given a whole address); "" for any
    other line."""
    m = _EMBED_RE.fullmatch(line.strip())
    if m is None:
        return ""
    name = (m.group("name") or m.group("lname")).casefold()
    if name not in _EMBED_PLAYERS:
        return ""  # a figure, an include: no talk's recording
    args = (m.group("args") or m.group("largs")).split()
    for arg in args:
        value = arg.split("=", 1)[-1].strip("\"'")
        if value.startswith(("http://", "https://")):
            return value
        if re.fullmatch(r"[\w-]{6,40}", value):
            return _EMBED_PLAYERS[name].format(value)
    return ""


_FROM_ORG_RE = re.compile(r"(?<!\s)\s+(?:from|at|of|bei|chez|aus)\s+(?P<org>\S.{0,80})$", re.I)
"""``Name from Org`` in a speaker's field: where they work after a word no name holds (not
``de``, ``da``, ``von``: particles of names)."""

_SPEAKER_KEYS_ALT = "|".join(re.escape(k) for k in sorted(SPEAKER_KEYS, key=len, reverse=True))
_SPEAKER_SENTENCE_RE = re.compile(
    rf"^[ \t]{{0,3}}(?P<key>{_SPEAKER_KEYS_ALT})"
    r"(?:是|为|為|[ \t]{1,3}(?:is|was|ist|war|est|était|es|era|è)[ \t]{1,3})"
    r"(?P<value>\S[^\n]{0,200})$",
    re.I,
)
"""A sentence that opens on a speaker's key and a verb "to be" instead of a colon
(``演讲人是来自百度的雷志兴``, ``Speaker was Ana Ruiz from Acme``): a speaker's field
a note-taker wrote as prose."""

_CLAUSE_CUT_RE = re.compile(
    r"[,;:]|\s(?:but|who|where|which|while|so|because)\s|\s(?:and|und|et|y|e)\s(?=[a-zß-ÿ])"
)
"""Where the sentence goes on after a ``from Org`` (``from Acme, and the room was full``,
``from Acme and the room was full``): a clause's comma or joining word; ``and`` before a
capital (``Procter and Gamble``) is the organisation's own."""
_ORG_WORDS_MOST = 6
"""Words at most of an organisation a speaker's sentence names; more is the sentence's
own words."""

_CJK_FROM_ORG_RE = re.compile(r"^(?:来自|來自)(?P<org>[^的\n]{1,40})的(?P<who>[^的\n]{1,40})$")
"""``来自ORG的NAME`` ("NAME, from ORG"): Chinese writes where a person is from before them."""

_HANDLE_TAIL_RE = re.compile(r"[ \t]{0,3}[(（][A-Za-z0-9_.-]{1,30}[)）]$")
"""A nickname or handle in brackets after a name (``雷志兴(berg)``)."""


def sentence_speakers(line: str) -> list[ProgrammePerson]:
    """The people a speaker's field written as a sentence names (:data:`_SPEAKER_SENTENCE_RE`):
    the value read as a field's value is (a name, ``Org Name``, ``Name from Org``, Chinese
    ``来自Org的Name``); none when it names no one (``Speaker was great``)."""
    m = _SPEAKER_SENTENCE_RE.match(strip_markdown_inline(line))
    if m is None:
        return []
    value = m.group("value").strip().rstrip("。.，,；;")
    value = _HANDLE_TAIL_RE.sub("", value)
    org = ""
    if (cjk := _CJK_FROM_ORG_RE.match(value)) is not None:
        org, value = cjk.group("org").strip(), cjk.group("who").strip()
    elif (latin := _FROM_ORG_RE.search(value)) is not None:
        org, value = latin.group("org").strip(), value[: latin.start()].strip()
        org = _CLAUSE_CUT_RE.split(org, maxsplit=1)[0].strip()
        if not org or len(org.split()) > _ORG_WORDS_MOST:
            return []  # "from the start of the day we had …": prose, no one's affiliation
    who = split_speakers(value, single_ok=True) or person_among(value)
    if len(who) != 1 or not is_person_name(who[0].name):
        return []  # prose, not a field: the name must pass the test with no role vouching
    if org and not who[0].affiliations:
        who[0].affiliations = [org]
    return who


def _people_line(line: str) -> list[ProgrammePerson]:
    """A line that is a speaker and nothing more, or a speaker then where they work after
    a bar or a dash (``Ana Ruiz | Cloud team lead``, :func:`person_then_org`); [] for any
    other line."""
    text = strip_markdown_inline(line).strip()
    if not text or len(text) > 160:
        return []
    return person_then_org(text) or split_speakers(text)


def _nested_person(item: str) -> list[ProgrammePerson]:
    """An item nested under a ``speakers:`` key as one person (none when it is a bare
    CJK word, a topic rather than a name)."""
    who = split_speakers(strip_markdown_inline(item), single_ok=True)
    return [] if not who or bare_cjk(who) else who


def _listed_person(item: str) -> list[ProgrammePerson]:
    """An item of a list of speakers: one person, written with their handle or the links
    to their profiles after the name (``Ana Ruiz [@ana](…)``, ``Tom Berger [on
    GitHub](…), [on Mastodon](…)``); [] when the item is no person."""
    who = split_speakers(strip_markdown_inline(item), single_ok=True)
    if not who and (bare := ONE_LINK_RE.sub(" ", item).strip(" \t,;/|-")) and bare != item:
        who = split_speakers(strip_markdown_inline(bare), single_ok=True)
    return [] if len(who) != 1 or bare_cjk(who) else who


TOPS_MOST = 20_000
"""Top nodes of a document indexed by line for the owners of embedded decks (a bound)."""

OWN_WORDS = 6
"""Words that make a paragraph the writer's own sentences, not a label over a list."""


_STRESS_RE = re.compile(r"^\s*(?:[-*+]\s+)?(\*\*|__|\*|_)(?=\S).*\S\1\s*$")


_LINK_ANY_TARGET_RE = re.compile(r"\A\[([^\[\]\n]{1,300})\]\([^\s]{0,3000}\)")
"""A line that is one link, its target as written (a file name's brackets and
parentheses too: ``[Title](attach/[141]+Title(v2).pdf)``); anchored at the line's start,
so a search is tried once, not from every bracket of a hostile line."""
_QUOTED_TITLE_WORDS_MOST = 16
"""Words at most of a one-line quote read as the title under a slot's heading (a longer
one is a quotation from the talk)."""


def _stress_of(line: str) -> str:
    """The emphasis marks a line is wholly set in (``**Name, Lab**``: ``**``), or ''."""
    m = _STRESS_RE.match(line)
    return m.group(1) if m else ""


EVENT_START_KEYS = ("dtstart", "startDate", "start_date")
"""Front keys of an event's start, in iCalendar's, schema.org's and common data files'
words: a page that has one is an event's own page, not a post about one."""


def _spells(handles: list[ProgrammePerson], name: str) -> bool:
    """Whether one account of ``handles`` spells ``name``: its family name whole, after
    the given name's first letter (``toddmames``, ``todd_ames`` for ``Todd Ames``)."""
    words = [w.casefold() for w in name.split() if w.isalpha()]
    if len(words) < 2 or len(words[-1]) < 3:
        return False
    for handle in handles:
        letters = "".join(c for c in handle.name.casefold() if c.isalnum())
        at = letters.find(words[-1])
        if at > 0 and words[0][0] in letters[:at]:
            return True
    return False


def _names_only(heading: str) -> bool:
    """A heading that names people and says nothing else (``Ana Ruiz & Bo Lin``, ``Bramus``)."""
    return bool(split_speakers(strip_markdown_inline(heading).strip(), single_ok=True))


def _titled_and_named(heading: str, year: int | None) -> bool:
    """A heading that gives a talk's title and its speakers (``Title by Ana Ruiz``)."""
    said = read_heading(heading, year)
    return bool(said.speakers and said.title.strip())


_WRITER_KEYS = frozenset({"author", "authors", "by"})
"""A post header's keys naming who wrote the post, no speaker."""


class ShapeReader:
    """Turns an outline into a programme under one shape."""

    def __init__(self, outline: Outline, source: str, fmt: str):
        self.o = outline
        self.source = source
        self.p = Programme(name="", format=fmt)
        front = outline.front
        self.year = None
        for key in ("date", "event_date", "start", "startTime", "start_time"):
            if front.get(key) is not None:
                self.year = find_year(str(front[key]))
                if self.year:
                    break
        if self.year is None:
            heads = " ".join(s.title for s in outline.sections()[:20])
            self.year = find_year(f"{front.get('title', '')} {heads}") or find_year(
                Path(source).name
            )
        if self.year is None:
            self.year = find_year(outline.text(0, min(len(outline.lines), 60)))
        self.day: date | None = self._front_day() or self._file_day() or self._folder_day()
        self.day = self._fielded_day() or self.day  # "Date: June 14, 2018" under a post's list
        self.file_tags = front_tags(front)
        """Tags the file's front matter gives every note it becomes."""
        self.file_extra = front_extra(front, FRONT_READ)
        """Front matter keys no reading uses: they go on in the notes' front matter."""
        self.consumed: set[int] = set()
        self._among_words = False
        self._formats: bool | None = None
        self.session: str | None = None
        """Key of the session (a heading above the talks) being read."""
        self._session_keys: dict[str, int] = {}
        self._heading_lines = outline.heading_lines()
        self._clock_day: date | None = None
        """The day the clock of ``previous`` times belongs to."""
        self._heading_clock: tuple[time | None, time | None, bool] = (None, None, False)
        """The hours a day heading over one talk says (:meth:`_day_heading_clock`)."""
        self._weekday: int | None = None
        self._week: list[date] = []
        self._day_cues: dict[int, date] = {}
        """The days the document's opening wrote with their weekdays."""
        self._byline_side = ""
        """``lead`` or ``tail``: the end of the talk headings an emphasised by-line is at."""
        self._lower_words: set[str] | None = None
        """The words the document writes in lower case (read when first asked for)."""
        self._written_24h = writes_24_hour_clock("\n".join(outline.lines))
        """A time was written on a 24-hour clock (``17:30``): none is moved past noon."""
        self._first_of_talk = False
        self._names_run = False
        """The line read last was a line of a talk's speakers' names."""
        self._names_stress = ""
        """The emphasis marks around that line of names (``**``), when it was wholly set
        apart: the next line set apart so is one more of them, blank lines between."""
        self._meta_n = 0
        """The line :meth:`_meta_line` reads (its place, for what lies above it)."""
        self._after_names = False
        self._pairs_after = 0
        """How many lines right after the one read are ``Thing - remark`` pairs (up to 2)."""
        """True while the first line under a talk's title is read (a bare name there is
        its speaker)."""
        self._named_headings = False
        self._language_tails = False
        self._running_label: str | None = None
        self._talk_level = 0
        """Talk headings end, again and again, in the language each talk is given in
        (``### Title (EN)``): the bracket is a tag, not the title's words."""
        self._signed_by_handles = False
        self._names_under = False
        """Most talk-level headings open on a line of their speakers' names, and most of
        those name no one themselves: the document writes a talk's speakers under its
        title, so a heading's
        ``Two Words: Title`` is a title, whole, when a line of names follows it."""
        self._slot_sentences = False
        """Most talk-level headings hold one short paragraph that says only the talk's
        hours (``Talk from 2pm to 3pm.``, after its abstract): one template, so that
        line is each talk's time."""
        self._fielded = False
        """The talk-level headings each have a line of fields under them (``*Name, Lab* —
        March 3, 2031``): one template, so the line is each record's people and day."""
        self._cards: dict[int, tuple[list[ProgrammePerson], str]] = {}
        """Talk headings under a speaker's card: the card's person and a kind said above."""
        self._template_parts: frozenset[str] = frozenset()
        self._first_lines: dict[int, int] = {}
        """The first line of each talk's note (by the talk's id), for a part joined later."""
        self._listed_names = False
        """Most talk headings open on a short list with a name alone on an item."""
        self._listed_days = False
        """Most talk headings open on a short list with an item that dates the talk."""
        """Sub-headings that recur under several talk headings: the parts of one form."""
        self._card_names: set[int] = set()
        """The name headings of speakers' cards."""
        self._speaker_first = 0
        self._tops: dict[int, list[doctree.Node]] | None = None
        """The document tree's top nodes by their first line (built when first asked)."""
        """How many talk-level headings say their speaker before their title."""
        self._comma_named = False
        """Talk-level headings say ``Full Name, Title``, heading after heading."""
        self._name_paired = False
        """Talk-level headings pair with their speakers' headings, talk after talk."""
        self._speaker_last = False
        """The document's headings say their title first, then their speaker (most of
        those that name one: ``Keynote - Title - Name``)."""
        self._titles_then_names = False
        """Two headings or more say ``Title - Name``, more than twice as many as say
        ``Name - Title``."""
        self._bracket_tails: set[str] = set()
        """The same of ``Title (tail)`` headings (``(kuro)``, ``（tanuki_dev）``)."""
        self._column_tails: set[str] = set()
        """The tails of ``Title - tail`` headings the document's convention makes speakers
        (``- mala``, ``- hasegawa``), though alone they pass for no name."""
        self._bracket_names = False
        """Most headings ending in a bracket hold a full name there (``Title (Ana Ruiz)``)."""
        self._by_words: frozenset[str] = frozenset()
        """The by-words (``by``, ``von``) of headings reading ``Title by Full Name``, when most
        headings read so: after the same word, a first name or a handle is the speaker."""
        self._doc_kind = ""  # the kind of talks the document's title says it holds
        self._doc_title: Section | None = None  # the title heading over the talks, if any
        self._group_tag = ""  # the tag a heading over the talks gives them (``## Workshops``)
        self._month_days: dict[str, date] | None = None  # see _days_of_month
        self._role_count = -1  # see _role_lines
        self._headed: dict[int, tuple[int, bool]] = {}
        """Talks read from a heading in no session: (its level, its speakers were named on
        lines under it)."""

    def _front_day(self) -> date | None:
        # "created:" last: a note tool's stamp of when a note was begun, the talk's day for
        # notes taken live, unless the note says its day otherwise
        for key in ("date", "event_date", *EVENT_START_KEYS, "day", "created"):
            # "event-date:": a Jekyll collection writes its keys with hyphens
            value = self.o.front.get(key, self.o.front.get(key.replace("_", "-")))
            if isinstance(value, datetime):
                return value.date()
            if isinstance(value, date):
                return value
            if isinstance(value, str) and len(value) > 10 and value[10:11] == "T":
                with contextlib.suppress(ValueError):
                    return datetime.fromisoformat(value).date()  # "2025-12-09T15:35"
            if value is not None:
                found, _own = find_date(str(value), self.year)
                if found:
                    return found
        return None

    def _published_day(self) -> date | None:
        """The day a post's header says it was published (``published_at:``, ``pubDate:``):
        when the post was written, not its talks' day, so only a bound on the days its
        prose names (see :meth:`_held_days`)."""
        for key, value in self.o.front.items():
            if not str(key).lower().startswith(("publish", "pubdate")):
                continue
            if isinstance(value, datetime):
                return value.date()
            if isinstance(value, date):
                return value
            if isinstance(value, str) and (found := find_date(value, self.year)[0]):
                return found
        return None

    def _file_day(self) -> date | None:
        """A daily note's day from its file name: Obsidian's ``2025-03-13.md``, Logseq's
        ``2025_04_02.md``, a post's ``2025-06-04-slug.md`` or ``2022-6-22-slug.txt``. A
        post's is the day it was written: the one day its words name (``la jornada fue el 3
        de mayo``) is the talks', and the file's gives way to it; not a day more than
        :data:`RECAP_DAYS_MOST` before the post (``Registration opened on 3 March``: a
        recap is written soon after the event)."""
        stem = Path(self.source).stem if self.source else ""
        day = numeric_day(stem, at_start=True)
        if day is not None and names_a_post(stem):
            said = page_day("\n".join(self.o.lines), html=False)
            if said is not None and said != day and (day - said).days <= RECAP_DAYS_MOST:
                return None  # the post was written that day; its words name the talks' own
        return day

    def _folder_day(self) -> date | None:
        """The day a folder of notes is named by (``Meetup 2025 06 10/``, ``2025-06-10/``):
        the day of the talks whose notes it holds."""
        folder = Path(self.source).parent.name if self.source else ""
        return numeric_day(folder, at_start=False)

    # ------------------------------------------------------------ helpers
    def _date_of(self, text: str) -> date | None:
        found, _own = find_date(text, self.year)
        return found

    def _meta(self, first: int, last: int, talk: HeadingTalk | None) -> int:
        """Read metadata lines from ``first`` on (``Speaker:``, ``Time:``, a by-line, a bold
        name line); consume those understood; return the first line that is not."""
        n = first
        self._first_of_talk = True
        self._names_run = False
        while n <= last:
            line = self.o.plain.get(n, self.o.lines[n])  # an HTML line: its words
            if talk is not None and (url := embedded_url(self.o.lines[n])):
                # "{{< youtube 7eoz_EU6 >}}" over "**Speaker**: Name": the site's embed of
                # the talk's recording, its link; the facts under it are read on
                if url not in {x.url for x in talk.links}:
                    talk.links.append(classify_link(url, "video"))
                self.consumed.add(n)
                n += 1
                continue
            if not line.strip() or n in self.consumed:
                n += 1
                continue
            if _IMAGE_LINE_RE.match(self.o.lines[n]):
                # a picture of the slide or the stage: the talk's links under it are read
                # on, but a line under a picture is no longer the one right under the title
                self._first_of_talk = False
                n += 1
                continue
            if talk is not None and CALLOUT_RE.match(line):
                self._callout(n + 1, last, talk)
                break  # the callout stays in the note as written
            if talk is not None and (upto := self._listed_speakers(n, last, talk)) > n:
                self.consumed.update(range(n, upto))
                self._first_of_talk = False
                n = upto
                continue
            if QUOTE_RE.match(self.o.lines[n]) and quotes_someone(self.o.lines, n):
                break  # "> A saying." over "> # Name": a quotation and its author, no by-line
            if QUOTE_RE.match(line):
                # "> Ana Ruiz／Example Lab", "> ## Ana Ruiz - @ana": facts set apart; a
                # heading's marks inside the quote stress its line, open no section
                line = _QUOTED_HEADING_RE.sub("", QUOTE_RE.sub("", line))
            # a line of names right after one (no blank line between) is one more of them
            self._after_names = self._names_run and (
                bool(self.o.lines[n - 1].strip())
                or bool(self._names_stress and _stress_of(line) == self._names_stress)
            )
            self._names_run = False
            self._pairs_after = self._pairs_run(n)
            self._among_words = self._item_among_words(n)
            self._meta_n = n
            understood = self._meta_line(line, talk)
            self._first_of_talk = False
            if (
                not understood
                and not META_RE.match(line)  # a key of ours not taken (Chair:) ends the run
                and a_field(line)
                and a_field(self._next_line(n))
            ):
                n += 1  # a field of a run of fields ("トーク概要：…" over "スピーカー：…"): read on
                continue
            if not understood and links_field(line) and META_RE.match(self._next_line(n)):
                # "Notebook: [view][7]" over "Speaker: Name": a material's link among the
                # talk's fields, whatever its key's word; it stays in the note, read on
                n += 1
                continue
            if not understood:
                if talk is not None and talk.start is None and ITEM_MARK_RE.match(self.o.lines[n]):
                    self._clock_item(n, last, talk)
                break
            self.consumed.add(n)
            n += 1
        return n

    def _clock_item(self, first: int, last: int, talk: HeadingTalk) -> None:
        """The talk's hours from an item of the list of its facts right under its title
        that is a clock alone (``* English title: …`` over ``* #tag`` over ``* 14:05～``):
        a list of facts says the time in any of its items, not only its first. The list
        is read while its items follow one another, up to :data:`FACT_ITEMS` of them, and
        not past an item of a sentence's length (the notes began)."""
        lines = self.o.lines
        for n in range(first, min(last + 1, first + FACT_ITEMS)):
            line = lines[n]
            if not ITEM_MARK_RE.match(line):
                return
            plain = strip_markdown_inline(ITEM_MARK_RE.sub("", line)).strip()
            if len(plain.split()) > 12 or is_prose(plain):
                return
            start, end, rest, ampm = leading_clock(plain)
            if start is not None and not rest.strip(" ,|@～〜~-–"):
                talk.start, talk.end, talk.ampm = start, end, ampm
                return

    @staticmethod
    def _as_the_run_writes(
        plain: str, who: list[ProgrammePerson], talk: HeadingTalk
    ) -> list[ProgrammePerson]:
        """``who`` read as the lines of names before it were written: after ``Name,
        Organisation`` lines, ``A, B`` whose B names no one the document knows is one more
        person and where they work (``Tirtha Chakraborty, Vor Biopharma``), not two
        people: the same shape repeated down a list of people."""
        if (
            len(who) == 2
            and not any(p.affiliations for p in who)
            and talk.speakers
            and all(p.affiliations for p in talk.speakers)
            and plain.count(",") == 1
            and (one := name_and_affiliation(plain)) is not None
        ):
            return [one]
        return who

    def _labelled_formats(self) -> bool:
        """Three headings or more of the document each have a stressed label alone as
        their first line (``**Hands-on Labs**``, ``**University**``): the formats of a
        programme's talks, said talk by talk."""
        if self._formats is None:
            lines = self.o.lines
            said = 0
            for section in self.o.sections()[:500]:
                n = section.heading_last + 1
                while n < len(lines) and not lines[n].strip():
                    n += 1
                said += n < len(lines) and bool(format_label(lines[n]))
            self._formats = said >= 3
        return self._formats

    def _item_among_words(self, n: int) -> bool:
        """Line ``n`` is a list's item and the item right after it names no one: the
        first bullet of notes (``- Gap Events`` over ``- Async execution``), not a line
        of the talk's speakers."""
        lines = self.o.lines
        if not ITEM_MARK_RE.match(lines[n]) or n + 1 >= len(lines):
            return False
        after = lines[n + 1]
        if not ITEM_MARK_RE.match(after):
            return False
        words = strip_markdown_inline(ITEM_MARK_RE.sub("", after)).strip()
        if "://" in words or "@" in words:
            return False  # "- Paul Everitt" over "- https://…/talks/…": the speaker, its page
        if is_job_title(words):
            return False  # "- Ana Ruiz" over "- Core developer of Foo": the speaker, her job
        if counted_day_line(words)[0] or leading_clock(words)[0] is not None:
            return False  # "- Ana Ruiz" over "- Day 2 - 11:00 – 12:00": the speaker, the slot
        return not split_speakers(words) and not read_heading(words, self.year).speakers

    def _pairs_run(self, n: int) -> int:
        """How many of the (up to two) lines right after ``n`` are ``Thing - remark`` pairs
        (a short head without digits, a dash, the rest): a run of them is a list of
        things (``uPNP - minidlna`` over ``Web - nginx``), not a name and a position."""
        count = 0
        for m in range(n + 1, min(len(self.o.lines), n + 3)):
            parts = DASHES_RE.split(strip_markdown_inline(self.o.lines[m]).strip(), maxsplit=1)
            head = parts[0].strip()
            if (
                len(parts) != 2
                or not head
                or len(head.split()) > 3
                or any(c.isdigit() for c in head)
            ):
                break
            count += 1
        return count

    def _next_line(self, n: int) -> str:
        """The next line after ``n`` with words, or ''."""
        for m in range(n + 1, min(len(self.o.lines), n + 4)):
            if self.o.lines[m].strip():
                return self.o.lines[m]
        return ""

    def _by_content(self, value: str, talk: HeadingTalk) -> bool:
        """A value whose label is a pictogram (``:microphone: _Ana Ruiz_``, ``📅 2024-10-05
        17:00``) read by what it is: a day with a time, a time, or people."""
        plain = strip_markdown_inline(value).strip(" *_")
        day, _own = find_date(plain, self.year)
        start, end, ampm = clock_range(strip_dates(plain) if day is not None else plain)
        if day is not None and len(plain) <= 40:
            self.day = talk.day = day
            if start is not None:
                talk.start, talk.end, talk.ampm = start, end, ampm
            return True
        if start is not None and len(plain) <= 20:
            talk.start, talk.end, talk.ampm = start, end, ampm
            return True
        if who := split_speakers(plain):
            talk.speakers = merge_people(talk.speakers, who)
            return True
        return False

    def _name_and_date(self, text: str, talk: HeadingTalk) -> bool:
        """A line of people and a date (``Neel Nanda — 14 Jan 2025``, ``A, B · Room 3``
        aside): every part must be understood, or nothing is taken."""
        parts = [p.strip() for p in DASHES_RE.split(text) if p.strip()]
        if len(parts) < 2:
            return False
        people: list[ProgrammePerson] = []
        day: date | None = None
        clock: tuple[time | None, time | None, bool] = (None, None, False)
        for part in parts:
            found, _own = find_date(part, self.year)
            if found is not None and is_day(part, self.year):
                day = found
            elif clock_range(part)[0] is not None and len(part) <= 20:
                clock = clock_range(part)
            elif who := split_speakers(part):
                people.extend(who)
            else:
                return False
        if not people:
            return False
        talk.speakers = merge_people(talk.speakers, people)
        if day is not None:
            talk.day = self.day = day
        if clock[0] is not None:
            talk.start, talk.end, talk.ampm = clock
        return True

    def _listed_speakers(self, n: int, last: int, talk: HeadingTalk) -> int:
        """``* speakers:`` alone, then its items nested under it, each a person (``-
        Diego Oppenheimer (CEO of Algorithmia)``), or a line of its own that is a speaker's
        label and a colon (``Speakers:``, ``Intervenant·e·s :``, ``Sprecher:``), then the
        list right after it: the talk's speakers; the line after them (``n`` when the line
        is no such key, or an item is no person)."""
        m = BARE_KEY_RE.fullmatch(self.o.lines[n].rstrip())
        if m is None:
            return n
        key = bare_key(m.group("key").strip()).casefold()
        if not key or not (key in SPEAKER_KEYS or names_role_alone(key, "speaker")):
            return n
        indent = len(self.o.lines[n]) - len(self.o.lines[n].lstrip())
        if not LIST_ITEM_RE.match(self.o.lines[n]):
            return self._labelled_list(n, last, talk) if m.group("colon") else n
        after = self.o.lines[n + 1] if n < last else ""
        if (
            after.strip()
            and not LIST_ITEM_RE.match(after)
            and len(after) - len(after.lstrip()) > indent
            and self._meta_line(f"{m.group('key').strip()}: {after.strip()}", talk)
        ):
            return n + 2  # "- Speaker:" then its value on the next line, indented under it
        return self._person_items(n, n + 1, last, talk, lambda i: i > indent, _nested_person)

    def _labelled_list(self, n: int, last: int, talk: HeadingTalk) -> int:
        """The list right after a speaker's label on a line of its own (a blank line
        between them at most), one person an item, their profiles' links after the name
        (``- Ana Ruiz [@ana](…)``, ``- Tom Berger [on GitHub](…)``): the talk's speakers;
        the line after the list (``n`` when an item is no person)."""
        k = n + 1 if n < last and self.o.lines[n + 1].strip() else n + 2
        item = LIST_ITEM_RE.match(self.o.lines[k]) if k <= last else None
        if item is None:
            return n
        indent = len(item.group("indent"))  # an item under a person's: a line of the notes
        return self._person_items(n, k, last, talk, lambda i: i == indent, _listed_person)

    def _person_items(
        self,
        n: int,
        k: int,
        last: int,
        talk: HeadingTalk,
        at_level: Callable[[int], bool],
        person: Callable[[str], list[ProgrammePerson]],
    ) -> int:
        """The list items from line ``k`` whose indent ``at_level`` accepts (twelve at
        most), each one ``person``: the talk's speakers; the line after them, or ``n``
        when an item is no person (the list is then no list of speakers)."""
        people: list[ProgrammePerson] = []
        while k <= last and len(people) < 12 and (item := LIST_ITEM_RE.match(self.o.lines[k])):
            if not at_level(len(item.group("indent"))):
                break
            who = person(item.group("text"))
            if not who:
                return n
            people.append(who[0])
            k += 1
        if not people:
            return n
        talk.speakers = merge_people(talk.speakers, people)
        return k

    def _callout(self, first: int, last: int, talk: HeadingTalk) -> None:
        """Names in an Obsidian callout (``> [!info] Speaker`` then ``> Name, Affiliation``)."""
        n = first
        while n <= last and self.o.lines[n].lstrip().startswith(">"):
            text = strip_markdown_inline(self.o.lines[n].lstrip()[1:]).strip()
            if who := split_speakers(text, single_ok=True):
                talk.speakers = merge_people(talk.speakers, who)
            n += 1

    def _role_lines(self) -> int:
        """How many lines of the document give a speaker's key and people by it (read
        once): a template of the notes when it is more than one."""
        if self._role_count < 0:
            self._role_count = 0
            for line in self.o.lines[:5000]:
                said = key_value(line) if len(line) <= 200 else None
                if said and KEY_ALIASES.get(said[0], said[0]) in _ROLE_KEYS:
                    value = strip_markdown_inline(unwiki(said[1])).strip(" *_")
                    self._role_count += bool(value and role_people(value))
        return self._role_count

    def _front_titled(self, title: str) -> bool:
        """Whether the file's front matter gives ``title`` as its own (``title: X`` over
        ``# X``): said twice, the title is settled, and a ``Topic:`` or ``主題：`` field
        under it tells what the talk covers, a line of its notes."""
        front = self.o.front.get("title")
        return (
            isinstance(front, str)
            and bool(title_key(title))
            and (title_key(strip_markdown_inline(front)) == title_key(title))
        )

    def _under_heading(self, n: int) -> bool:
        """Whether the line ``n`` comes right under a heading (blank lines aside)."""
        for k in range(n - 1, max(-1, n - 4), -1):
            if self.o.lines[k].strip():
                return self.o.lines[k].lstrip().startswith("#")
        return False

    def _said_day(self, plain: str, talk: HeadingTalk | None) -> bool:
        """A ``Date:`` or ``When:`` line's day, for the talk and the lines after it."""
        found = self._date_of(plain)
        if found:
            self.day = found
            if talk is not None:
                talk.day = found
        return found is not None

    def _meta_line(self, line: str, talk: HeadingTalk | None) -> bool:
        if len(fields := run_together_fields(line)) > 1:
            # "Lugar: Aula 2 Hora: 18 h.": fields written on one line, each read alone
            return any([self._meta_line(field, talk) for field in fields])
        if talk is not None and (value := pictogram_value(line)) is not None:
            return self._by_content(value, talk)
        if talk is not None and not talk.speakers and (who := sentence_speakers(line)):
            heard(talk, who)  # "演讲人是来自百度的雷志兴": a speaker's field in prose
            return True
        if said := key_value(line):
            return self._field_line(line, said, talk)
        if self._speaker_line(line, talk):
            return True
        if talk is not None and self._first_of_talk and talk.kind == "talk":
            plain = strip_markdown_inline(line).strip(" *_")
            if kind_label_only(plain) and kind_of(plain) not in ("talk", "break", "other"):
                talk.kind = kind_of(plain)  # "# Title" then "Keynote" alone: its kind
                return True
            if self._labelled_formats() and (label := format_label(line)):
                # "**Tools-in-Action**" right under each talk's title: the format it has
                talk.tags.append(type_tag(label) or label)
                return True
        if talk is not None and LINK_LINE_RE.match(line) and (lm := LINK_RE.search(line)):
            # a line that is one link, among the lines under a title: the talk's page
            url = lm.group("url") or lm.group("bare").strip("<>")
            if url.startswith(("http://", "https://")) and url not in {x.url for x in talk.links}:
                talk.links.append(classify_link(url, lm.group("label") or "page"))
                return True
        if talk is not None and talk.start is None:
            start, end, rest, ampm = leading_clock(line)
            if start is not None and not strip_markdown_inline(rest).strip(" ,|@"):
                talk.start, talk.end, talk.ampm = start, end, ampm
                return True
        return self._slot_or_day_line(line, talk)

    def _field_line(self, line: str, said: tuple[str, str], talk: HeadingTalk | None) -> bool:
        """A ``Key: value`` line read into the talk, or the event's when no talk is open."""
        key, value = said[0], said[1].strip().rstrip("*_ ")
        plain = strip_markdown_inline(unwiki(value)).strip()
        key = KEY_ALIASES.get(key, key)
        if key in ("date", "day"):
            return self._said_day(plain, talk)
        if key in ("time", "when"):
            dated = self._said_day(plain, talk)
            if talk is not None:
                start, end, ampm = clock_range(plain)
                start = start or leading_hour(plain)  # "Hora: 19 horas."
                if start is not None:
                    talk.start, talk.end, talk.ampm = start, end, ampm
                    return True
            return dated
        if talk is None:
            if key in ("conference", "event") and plain and not self.p.name:
                self.p.name = plain
                return True
            if key in ("location", "venue", "where") and plain:
                self.p.location = self.p.location or plain
                return True
            return False
        if key in ("room", "where", "location", "venue"):
            talk.room = talk.room or plain
            return bool(plain)
        if key in ("slides", "video", "recording", "paper", "code"):
            links = [
                classify_link(lm.group("url") or lm.group("bare"), lm.group("label") or key)
                for lm in LINK_RE.finditer(value)
            ]
            talk.links.extend(links)
            return bool(links)
        if key in ("nome", "nombre"):
            if plain and TALK_LABEL_RE.fullmatch(talk.title.strip(" *_#")):
                talk.title = plain  # "# Palestra" then "**Nome:** Title": the talk's name
                return True
            return False
        if key in ("title", "talk"):
            return self._title_field(talk, plain)
        if key in ("type", "kind"):
            k = kind_of(plain)
            if k != "talk" or plain.lower() == "talk":
                talk.kind = k
                return True
            return False
        if key in ("conference", "event") and plain and not self.p.name:
            self.p.name = plain  # "event:: DataConf 2025" among a talk's properties
            return True
        if key in ("track", "conference", "event", "host", "hosted by", "chair", "chairs"):
            return False
        return self._speaker_field(line, key, value, plain, talk)

    def _title_field(self, talk: HeadingTalk, plain: str) -> bool:
        """A title field: the talk's title, unless it repeats the front matter's."""
        if plain and is_placeholder(plain):
            return True  # "**Tema**: [Por definir]": the title is not known yet
        if plain and self._front_titled(talk.title) and not self._front_titled(plain):
            return False  # "> Topic: …" under the title its front matter repeats
        if plain:
            if not talk.speakers and (
                who := split_speakers(talk.title, single_ok=True) or honoured_name(talk.title)
            ):
                # "## Ana Ruiz", "## ふーがさん" over "- title: …": the heading
                # was its speaker, the field its title
                talk.speakers = who
            head, bar, event = plain.rpartition(" | ")
            if bar and find_year(event) and not split_speakers(event):
                plain = head  # "… | ElixirConf US 2025": the event it was given at
                self.p.name = self.p.name or conference_name(event.strip())
            as_heading = read_heading(plain, self.year)
            if as_heading.speakers and not talk.speakers:
                # "**Talk:** Keynote: Title -- Name | Event": the field as a heading
                talk.speakers, plain = as_heading.speakers, as_heading.title
                talk.kind = as_heading.kind if talk.kind == "talk" else talk.kind
            talk.title = plain
            return True
        return False

    def _speaker_field(
        self, line: str, key: str, value: str, plain: str, talk: HeadingTalk
    ) -> bool:
        """A field naming people: its key says they speak, its value how they are written."""
        stressed = _stressed_names(line) if key in SPEAKER_KEYS else None
        if stressed is not None:
            who = stressed
        elif key in SPEAKER_KEYS and (first := han_name_first(plain)):
            who = first  # "分享嘉宾：赵明，星河科技，架构师": one person, then their work
        else:
            who = split_speakers(plain, single_ok=True) or lower_names(plain)
        if not who and key in SPEAKER_KEYS:
            # "登壇者 : きしだなおき さん": the key is the role, the honorific the word;
            # "演讲人：eBay 汪兴朗": the organisation, then the one name among its parts
            who = (
                name_then_description(plain)
                or honoured_name(plain)
                or person_among(plain)
                or honoured_after_description(plain)
            )
        if not who and key in _ROLE_KEYS and _handle_shaped(plain) and self._role_lines() >= 2:
            # "発表者：fatih", "Speaker: _achiku" under talk after talk: the key is the
            # role, so a handle or a name in one case is someone's, as in a programme's
            # speaker field
            who = role_people(plain)
        if not who and key in SPEAKER_KEYS and (m_org := _FROM_ORG_RE.search(plain)):
            # "**Speaker**: Nick Sweeting from Monadical": the person, where they work
            who = split_speakers(plain[: m_org.start()].strip())
            if len(who) == 1:
                who[0].affiliations = who[0].affiliations or [m_org.group("org").strip()]
            else:
                who = []
        if "[[" not in value and "](" not in value:  # names each linked: people
            who = one_named(key, plain, who)
        if who:
            heard(talk, who)
            return True
        return False

    def _speaker_line(self, line: str, talk: HeadingTalk | None) -> bool:
        """A line of names under a title (a by-line, stressed or plain names): its speakers."""
        if talk is not None and (m := BY_LINE_RE.match(line)):
            by_said = strip_markdown_inline(m.group("who")).strip(" *_")
            by_word = line[: m.start("who")].split()[-1].strip("*_(").casefold()
            # "Par Ana Ruiz - Zenika": a by-line's name, then what its person does
            who = (
                person_at_org(by_word, by_said)
                or split_speakers(by_said)
                or (name_then_position(by_said) if len(by_said) <= 160 else [])
                or by_said_people(by_said)
            )
            if who:
                heard(talk, who)
                return True
        if (
            talk is not None
            and self._first_of_talk
            and not talk.speakers
            and kind_label_only(talk.title)
            and (m := WITH_LINE_RE.match(line))
            and (who := split_speakers(strip_markdown_inline(m.group("who")).strip(" *_")))
        ):
            heard(talk, who)  # "## Panel" then "with Erez Dickman, … and Chad Fowler"
            return True
        if talk is not None and not talk.speakers:
            stripped = line.strip()
            if re.fullmatch(r"(\*\*|__|\*|_).+\1", stripped) or re.fullmatch(
                r"[-*+]\s+(\*\*|__|\*|_).+\1", stripped
            ):
                text = strip_markdown_inline(stripped.lstrip("-*+ "))
                if who := split_speakers(text):
                    talk.speakers = who
                    self._names_run, self._names_stress = True, _stress_of(line)
                    return True
                if self._name_and_date(text, talk):  # "*Neel Nanda — 14 Jan 2025*"
                    return True
        if (
            talk is not None
            and talk.speakers
            and self._after_names
            and len(plain := strip_markdown_inline(line).strip()) <= 100
            and (who := self._as_the_run_writes(plain, split_speakers(plain), talk))
            and not bare_cjk(who)
            and (all(p.affiliations for p in who) or "@" in plain or says_position(plain))
            and not people_and_title(line)
        ):
            # "Michael Milewski - @saramic" then "Selena Small - @selenasmall88": the lines
            # of names right under a title, one after the other, are all its speakers (so
            # are by-lines set apart alike, a blank line between: a panel's "**A, Lab**")
            talk.speakers = merge_people(talk.speakers, who)
            self._names_run, self._names_stress = True, _stress_of(line)
            return True
        if (
            talk is not None
            and (not talk.speakers or talk.whole or kind_label_only(talk.title))
            and self._first_of_talk
            and not links_notes_file(line)  # "* [Lazy Iterators](lazy.md)": a talk's notes
            and not self._among_words  # "- Gap Events" over "- Async execution": notes
        ):
            plain = strip_markdown_inline(line).strip()
            if (
                not talk.speakers
                and line.lstrip().startswith("@")
                and self._signed_by_handles
                and self._under_heading(self._meta_n)
                and (who := handles_only(plain))
            ):
                # "# Title" then "@ana" alone: the speaker signed with an account
                heard(talk, who)
                self._names_run = True
                return True
            if (named := strip_markdown_inline(without_link_tail(line)).strip()) != plain and (
                fits_a_by_line(named) and split_speakers(named)
            ):
                plain = named  # "[Ana](…) et [Bo](…) - [[Slides](…)]": the names, not the deck
            if (
                fits_a_by_line(plain)
                and (who := split_speakers(plain))
                and not bare_cjk(who)
                and (self._names_under or titled(plain) or not weaker_than_heading(talk, who))
                and not people_and_title(line)
            ):
                # "Noah Friedman (Capital One)" right under the title (under "Keynote - X"
                # too: then X was the title, see _talk); "Prof. Ana Ruiz" alone under "Two
                # Words: Title": the honorific says who speaks, the heading was a title
                heard(talk, who)
                self._names_run = True
                return True
            if (
                len(plain) <= 160
                and (self._pairs_after < 2 or ITEM_MARK_RE.match(line))
                and (who := name_then_position(plain))
            ):
                # "Anthony Fu - Open sourceror and design engineer"; not the first of a run
                # of plain "Thing - remark" lines ("File Server - SMB NFS" over "Web - nginx")
                heard(talk, who)
                return True
        return False

    def _slot_or_day_line(self, line: str, talk: HeadingTalk | None) -> bool:
        """A line saying the talk's slot, where and when, or the day it is on."""
        stripped = strip_markdown_inline(line).strip(" *_-")
        if talk is not None and self._counted_slot(stripped, talk):
            return True
        if self._when_where(stripped, talk):
            return True
        found, _own = find_date(stripped, self.year)
        if found and len(stripped) <= 40 and len(re.findall(r"[A-Za-z]{3,}", stripped)) <= 3:
            if talk is None and (last := range_end(stripped, found, self.year)) is not None:
                # "Dates: April 21-22, 2021": the conference's days, no talk's day yet
                self.p.start, self.p.end = found, last
                return True
            self.day = found
            if talk is not None:
                talk.day = found
                self._clock_beside(stripped, talk)
            return True
        return False

    @staticmethod
    def _clock_beside(text: str, talk: HeadingTalk) -> None:
        """``2022-05-12 14:10``, ``Thu 12 May, 2:10pm–2:50pm`` under a talk's title: the
        day's line says the talk's hours too, when nothing but a clock is left beside the
        day."""
        if talk.start is not None:
            return
        rest = DAY_RE.sub(" ", strip_dates(text)).strip(" ,.-–—~()@")
        start, end, left, ampm = leading_clock(rest)
        if start is not None and not left.strip(" ,.-–—~()"):
            talk.start, talk.end, talk.ampm = start, end, ampm

    def _date_alone(self, text: str) -> date | None:
        """The day a line says when it says nothing else (``Tuesday, 18 April``)."""
        found, _own = find_date(text, self.year)
        if found is None or DAY_RE.sub(" ", strip_dates(text)).strip(" ,.-–—()"):
            return None
        return found

    def _dated_line(self, text: str) -> date | None:
        """The day a line opens with, written whole (its year too), before a dash and
        the writer's words (``Thursday April 4, 2019 - "a motto"``): the line stays as
        written, its day the talks'."""
        parts = DASHES_RE.split(text, maxsplit=1)
        if len(parts) != 2 or not parts[1].strip() or not find_year(parts[0]):
            return None
        return self._date_alone(parts[0])

    def _when_where(self, text: str, talk: HeadingTalk | None) -> bool:
        """``2026-05-07 09:30 - 10:00 @ Room 4E``, ``2026-05-05 - 2026-05-07 @ Hall 2``: a
        day (or days), its hours, then ``@`` and the place; every part understood, or
        nothing taken."""
        found, _own = find_date(text, self.year)
        if found is None:
            return False
        if "@" not in text:
            # "Sat 16th March 2024 - Melbourne Town Hall": a day, a dash, then the place
            day, dash, place = DASHES_RE.split(text, maxsplit=1)[0], "@", ""
            parts = DASHES_RE.split(text, maxsplit=1)
            said = DAY_RE.sub(" ", strip_dates(day)).strip(" ,.")  # "Sat" with its date
            if len(parts) != 2 or said or find_date(parts[1])[0]:
                return False
            place = parts[1].strip()
            if not place or len(place.split()) > 6 or place[-1:] in ".!?" or clock_range(place)[0]:
                return False
            text = f"{day} {dash} {place}"
        rest = strip_dates(text).lstrip(" -–—~,")  # what the line says besides its days
        rest = DAY_RE.sub(" ", rest).lstrip(" -–—~,")  # "Sat" beside its date
        start, end, rest, ampm = (
            leading_clock(rest) if clock_first(rest) else (None, None, rest, False)
        )
        place = rest.strip()
        if not place.startswith("@"):
            return False
        place = place.lstrip("@ ").strip()
        if talk is None:
            self.p.location = self.p.location or place
            days = [w for w in RANGE_RE.split(text.split("@", 1)[0]) if find_date(w)[0]]
            if len(days) == 1:  # a range of days is the conference's, not its talks' day
                self.day = found
            else:
                last = find_date(days[-1], self.year)[0]
                self.p.start, self.p.end = found, last if last and last >= found else found
            return True
        self.day = found
        talk.day = found
        if start is not None:
            talk.start, talk.end, talk.ampm = start, end, ampm
        talk.room = talk.room or place
        return True

    def _dateline(self, section: Section) -> bool:
        """A heading right under the document's title that says when and where the event
        was held (:func:`.datelines.dateline`): the talks' day and the event's place."""
        title = self._doc_title
        if title is None or title.line < 0:
            return False
        n = title.heading_last + 1
        while n < section.line and not self.o.lines[n].strip():
            n += 1
        if n != section.line:
            return False
        said = dateline(strip_markdown_inline(section.title), self.year)
        if said is None:
            return False
        self.day = said[0]
        self.p.location = self.p.location or said[1]
        self.consumed.update(range(section.line, section.heading_last + 1))
        return True

    def _heading_text(self, section: Section) -> str:
        """A heading's lines as written (its link targets too), its markers aside."""
        return " ".join(self.o.lines[section.line : section.heading_last + 1]).lstrip("#* ")

    def _body(self, first: int, last: int) -> tuple[str, int, int]:
        """The source lines ``first..last`` not consumed as metadata, blank ends trimmed."""
        # metadata lines read as facts stay (never dropped); only headings are titles
        keep = [
            n
            for n in range(first, last + 1)
            if not (n in self._heading_lines and n in self.consumed)
        ]
        while keep and not self.o.lines[keep[0]].strip():
            keep.pop(0)
        while keep and not self.o.lines[keep[-1]].strip():
            keep.pop()
        if not keep:
            return "", 0, -1
        # consumed lines inside the body stay: only a leading run of metadata is taken
        lines = [self.o.lines[n] for n in range(keep[0], keep[-1] + 1)]
        # the last line as written, its trailing spaces too (a body is kept byte for byte)
        return "\n".join(lines).rstrip("\r\n") + "\n", keep[0], keep[-1]

    def _add(self, t: HeadingTalk, body: str, first: int, last: int, previous: list[time]) -> None:
        day = t.day or self.day
        if day != self._clock_day or (t.weekday is not None and t.weekday != self._weekday):
            previous.clear()  # a new day: "10:00" after yesterday's "11:00" is morning
            self._clock_day = day
            self._weekday = t.weekday if t.weekday is not None else self._weekday
        if t.start is not None and t.start.hour >= 13:
            self._written_24h = True  # "17:30" as written: a 24-hour clock, never shifted
        ampm = t.ampm or self._written_24h
        start = afternoon(t.start, previous[-1] if previous else None, ampm)
        end = afternoon(t.end, start, ampm) if t.end else None
        if start is not None:
            previous.append(start)
        day = t.day or self.day
        if not t.speakers and body:
            t.speakers = transcript_speakers(body)  # "（緑川）…" turn after turn: the panel
        pt = ProgrammeTalk(
            title=t.title or "Untitled",
            kind=t.kind if t.kind != "talk" else title_kind(t.title, bool(t.speakers)),
            start=datetime.combine(day, start) if day and start else None,
            end=datetime.combine(day, end) if day and end else None,
            room=t.room,
            speakers=t.speakers,
            links=t.links,
            body=body,
            session=self.session,
            source_id=t.code,
        )
        if pt.kind in ("break", "social") and t.speakers:
            pt.kind = "talk"
        if pt.kind == "talk" and self._doc_kind and (t.speakers or self._listed_names):
            # "## Title by Name" in a document titled "Lightning Talks"; a talk of its
            # template whose speaker the writer left out (:mod:`.fact_lists`) too
            pt.kind = self._doc_kind
        group = [self._group_tag] if pt.kind == "talk" and self._group_tag else []
        pt.tags = list(dict.fromkeys([*t.tags, *group, *self.file_tags]))
        pt.extra = dict(self.file_extra)
        pt.day = day
        pt.origin = f"lines {first + 1}-{last + 1}" if last >= first else ""
        self._first_lines[id(pt)] = first
        self.p.talks.append(pt)

    def _loose(self, title: str, first: int, last: int, previous: list[time]) -> None:
        """Text with no talk to hang on: a note of its own, named after its heading."""
        body, b0, b1 = self._body(first, last)
        if body.strip():
            self._add(HeadingTalk(title=title, kind="other"), body, b0, b1, previous)

    # ------------------------------------------------------------ shapes
    def sections(self, doc_title: Section | None, level: int) -> None:
        previous: list[time] = []
        self._doc_title = doc_title
        top = doc_title.children if doc_title else self.o.root.children
        at = [s for s in self.o.sections() if s.level == level]
        named = sum(len(split_speakers(strip_markdown_inline(s.title))) == 1 for s in at)
        # a heading is its speaker's name only among headings that are names (a list of
        # people is the role): "## Work Environment" among a talk's parts is no person
        self._named_headings = named >= 2 and named * 4 >= len(at) * 3
        tailed = sum(bool(language_tail(strip_markdown_inline(s.title))[1]) for s in at[:200])
        # "### Title (EN)" heading after heading: the programme's language column (once in
        # a file or twice, "(AI)" may be an acronym the title spells out)
        self._language_tails = tailed >= 3 and tailed * 4 >= min(len(at), 200)
        # "### Topic 2: Title" heading after heading, the number counting up: the writer's
        # numbering of the talks, no part of their titles
        self._running_label = running_label([strip_markdown_inline(s.title) for s in at])
        self._talk_level = level
        # "# Title" over a lone "@handle" line, talk after talk: the document signs its
        # talks so (once in a file is a part's "@media" or the writer's own account)
        self._signed_by_handles = sum(1 for s in at[:200] if handle_under(self.o, s)) >= 2
        # "# Title" over "## Ana Ruiz", talk after talk: the writer's habit (once in a file,
        # "# Queues" over "## Maren Holt [@handle]" or "# 型ヒント" over "## 背景" is not one)
        self._name_paired = sum(1 for s in at[:200] if name_paired(s) is not None) >= 2
        self._template_parts = template_parts(self.o.sections())
        self._listed_names, self._listed_days = template_slots(at, self.year)
        headings = self._heading_lines
        lined = [s for s in at[:200] if names_line(self.o, s, headings)]
        under = sum(not read_heading(s.title, self.year).speakers for s in lined)
        self._names_under = (
            under >= 3 and under * 2 > len(lined) and len(lined) * 2 > min(len(at), 200)
        )
        slotted = sum(slot_sentence(s)[0] is not None for s in at[:200])
        self._slot_sentences = slotted >= 2 and slotted * 2 > min(len(at), 200)
        fielded = sum(line_fields(self.o, s, self.year) is not None for s in at[:200])
        self._fielded = fielded >= 2 and fielded * 2 >= min(len(at), 200)
        self._speaker_cards()
        self._speaker_first = sum(
            speaker_first(s.title, self.year) for s in self.o.sections()[:200]
        )
        commas = sum(
            (packed := name_comma_title(s.title)) is not None
            and not written_in_lower_case(self.o.lines, packed[0])
            for s in at[:200]
        )
        # "### Ana Ruiz, Mapping Tides" heading after heading: the writer's column of
        # speakers, then a comma, then the title (once alone, a name may be a title's)
        self._comma_named = commas >= 2 and commas * 2 > min(len(at), 200)
        orders = [speaker_before(s.title, self.year) for s in self.o.sections()[:200]]
        # "# surviving the stack - kevin daly" beside "# Title - Ana Ruiz": the column's
        # names written in small letters count as the capitalised ones do
        heads = {s.line for s in self.o.sections()[:2000]}
        titles = [strip_markdown_inline(s.title).strip() for s in at[:200]]
        body = [x for n, x in enumerate(self.o.lines[:5000]) if n not in heads]
        lower = lower_name_tails(titles, body)
        # "## 超絶技巧 CSRF - mala" heading after heading: the column's handles and given
        # names count as the full names beside them do
        self._column_tails = column_tails(titles, body)
        lower = max(
            lower,
            sum(
                1
                for title in titles
                if (tail := last_tail(title)) is not None
                and tail[1] in self._column_tails
                and speaker_before(title, self.year) is None
            ),
        )
        last = orders.count(False) + lower
        self._speaker_last = last > 2 * orders.count(True)
        self._titles_then_names = self._speaker_last and last >= 2
        brackets = [
            _full_name(m.group("who"))
            for s in self.o.sections()[:200]
            if (m := BRACKET_LAST_RE.match(trailing_marks(strip_markdown_inline(s.title))[0]))
        ]
        # "## Title (Full Name)" heading after heading: the bracket is the speaker's column
        self._bracket_names = brackets.count(True) >= 2 and brackets.count(True) * 2 > len(brackets)
        # "## 型で守る（kuro）" heading after heading: the column's handles and given names
        self._bracket_tails = column_tails(titles, body, cut=bracket_tail)
        self._bracket_names = self._bracket_names or bool(self._bracket_tails)
        bys = [
            (bool(read_heading(s.title, self.year).speakers), by[-1].group(0).strip().casefold())
            for s in at[:200]
            if (by := list(_HEADING_BY_RE.finditer(strip_markdown_inline(s.title))))
        ]
        by_said = [word for said, word in bys if said]
        if len(by_said) >= 2 and len(bys) * 2 > min(len(at), 200):
            # "## Title by Full Name" heading after heading: what follows "by" is the
            # speakers' (that by-word only: "Storia di Roma" among "X by Name" is a title)
            self._by_words = frozenset(by_said)
        elif bylined_column(at[:200]):
            # "### Title by handle" heading after heading, each a different one: the
            # writer's by-line column, though no name in it reads as a full name
            self._by_words = frozenset(word for _said, word in bys)
        stressed = [b for s in at[:200] if (b := stressed_byline(self._heading_line(s)))]
        for side in ("lead", "tail"):
            # "*Ana Ruiz* - Title" heading after heading: the emphasis sets the by-line
            # apart, so the other side is the title whole (its own dashes too), and the
            # emphasised one its speakers, even where a title looks like a name; when the
            # emphasised sides are mostly names and the others are not ("*Deep Tides* -
            # Ana Ruiz" stresses its titles)
            ones = [b for b in stressed if b[0] == side]
            if len(ones) < 2 or len(ones) * 2 <= len(stressed):
                continue
            names = sum(_names_someone(b[1]) for b in ones)
            others = sum(_names_someone(b[2]) for b in ones)
            if names * 2 > len(ones) and names > others:
                self._byline_side = side
        self._preamble(doc_title, previous)
        if doc_title is not None and self._groups_talks(doc_title):
            # "# Lightning Talks" over the talks' headings: the document's talks are of its kind
            self._doc_kind = kind_of(strip_markdown_inline(doc_title.title).strip(" :"))
        self._walk_run(top, level, previous)
        self._doc_kind = ""
        if doc_title is not None:
            # "# Things to look up" after the day's talks
            rest = [s for s in self.o.root.children if s is not doc_title]
            self._walk_run(rest, level, previous)
        self._unsigned_parts()

    def _column_tail(self, tail: str) -> list[ProgrammePerson]:
        """The speaker a ``Title - tail`` heading's tail names in a column of such headings:
        a name in small letters (``kevin daly``), or one the document's convention makes a
        speaker (``mala``, :func:`column_tails`); [] for any other tail."""
        tail = tail.strip()
        if found := lower_names(tail):
            return found
        return [ProgrammePerson(name=tail)] if tail in self._column_tails else []

    def _walk_run(self, sections: list[Section], level: int, previous: list[time]) -> None:
        """Sibling sections read in turn. A heading at the talks' level with nothing under
        it that only names a kind of talks (``# LT``, ``## Lightning talks``, ``## ⚡️
        Talks``) opens a session of the talk headings beside it that follow, up to the
        next such heading: the writer's divider, as a heading over them would be."""
        outer = self.session
        reached = False  # a heading at the talks' level read yet
        for k, section in enumerate(sections):
            reached = reached or section.level <= level
            if not reached and self._opening_part(section):
                # "## 感想" (impressions) before the first "# Talk": the writer's own part,
                # above every talk, so a part of none: a note of its own
                self._loose(
                    strip_markdown_inline(section.title), section.line, own_last(section), previous
                )
                continue
            if k and self._misplaced_part(section, sections[k - 1], level):
                self._join_last_talk(section, sections[k - 1])
                continue
            if self._divider(section, sections[k + 1 : k + 2], level):
                self.session = self._session(strip_markdown_inline(section.title))
                self.consumed.update(range(section.line, section.heading_last + 1))
                continue
            self._walk(section, level, previous)
        self.session = outer

    def _people_met(self, section: Section, level: int) -> bool:
        """A heading over sub-headings at the talks' level that name only people (``#
        Discussions`` over ``## Ana Ruiz``, ``## Bo Lin & Kim Sato``), in a document whose
        other talk headings give a title with their speakers (``## Title by Name``): the
        people the writer met or talked with, one note, not talks without titles."""
        kids = section.children
        if len(kids) < 2 or any(k.level != level for k in kids):
            return False
        named = sum(1 for k in kids if _names_only(k.title))
        if named < 2 or named * 4 < len(kids) * 3:
            return False
        others = [s for s in self.o.sections()[:200] if s.level == level and s not in kids]
        titled = sum(1 for s in others if _titled_and_named(s.title, self.year))
        return titled >= 2 and titled * 2 > len(others)

    def _misplaced_part(self, section: Section, before: Section, level: int) -> bool:
        """A heading at the talks' level named as one of the parts that recur under the
        talks (``## Takeaways`` where the other talks have ``### Takeaways``), right after
        a talk heading that lacks that part: the writer's slip of a level, a part of the
        talk above, not a talk of its own."""
        key = part_key(section.title)
        return (
            section.level == level
            and before.level == level
            and key in self._template_parts
            and all(part_key(c.title) != key for c in before.children)
            and bool(self.p.talks)
            and self._first_lines.get(id(self.p.talks[-1]), -1) > before.line
        )

    def _join_last_talk(self, section: Section, before: Section) -> None:
        """The last talk (read from ``before``) takes ``section``'s lines into its note."""
        talk = self.p.talks[-1]
        body, b0, b1 = self._body(self._first_lines[id(talk)], section.end)
        talk.body = body
        talk.origin = f"lines {b0 + 1}-{b1 + 1}" if b1 >= b0 else talk.origin

    def _divider(self, section: Section, after: list[Section], level: int) -> bool:
        """See :meth:`_walk_run`: a kind of short or grouped talks (lightning talks, or a
        kind said in the plural: ``Keynotes``), never one talk's heading left empty."""
        return bool(
            section.level == level
            and not section.children
            and not own_text(section)
            and after
            and after[0].level == level
            and self._groups_talks(section)
        )

    def _opening_part(self, section: Section) -> bool:
        """A heading deeper than the talks' level before any of them, over no sub-heading,
        naming no speaker, time or kind (see :meth:`_walk_run`)."""
        said = read_heading(section.title, self.year)
        return (
            not section.children
            and not said.speakers
            and said.start is None
            and (kind_of(strip_markdown_inline(section.title)) == "talk")
        )

    @staticmethod
    def _groups_talks(section: Section) -> bool:
        """A heading that only names a kind of talks given in a group: lightning talks, or
        a kind said in the plural (``Keynotes``); ``Keynote`` alone may be one talk's."""
        title = strip_markdown_inline(section.title).strip(" :")
        kind = kind_of(title)
        return (
            kind_label_only(title)
            and kind not in ("talk", "break", "social", "other")
            and (kind == "spotlight" or title.casefold().endswith("s"))
        )

    def _unsigned_parts(self) -> None:
        """Headings of one level, in no session, most of which name their speakers, two at
        least on lines under them (``*Talk by Name*``, ``スピーカー：Name``): those that name
        no one, no time, no link and no kind are the writer's own parts (``## Final words``, ``##
        クロージング``), notes beside the talks, not talks."""
        for level in {lv for lv, _u in self._headed.values()}:
            group = [t for t in self.p.talks if self._headed.get(id(t), (0, False))[0] == level]
            under = [t for t in group if self._headed[id(t)][1]]
            named = [t for t in group if t.speakers]
            if len(under) < 2 or len(named) * 2 < len(group):
                continue
            for t in group:
                if not (self._headed[id(t)][1] or t.speakers or t.start or t.links):
                    t.kind = "other" if t.kind == "talk" else t.kind

    def _speaker_cards(self) -> None:
        """A speakers page of cards: ``<h3>Name</h3>``, a bio, then the talks as headings
        of a higher level (``<h2>Title</h2>``), which the outline would read as closing
        the name's section. Found only when the cards of two people or more are written so."""
        cards: dict[int, tuple[list[ProgrammePerson], str]] = {}
        names: set[int] = set()
        who: list[ProgrammePerson] = []
        name_level = talk_level = 0
        previous: Section | None = None
        # the headings inside a talk whose speaker its first line names are its parts
        parts = {
            id(c)
            for s in self.o.sections()[:200]
            if speakers_under(self.o, s)
            for c in s.walk()[1:]
        }
        for s in self.o.sections():
            title = strip_markdown_inline(s.title).strip()
            person = split_speakers(title)
            if bare_cjk(person) or id(s) in parts:
                person = []  # "#### 総括", "### Common Errors": a part of the notes, no card
            if (
                previous is not None
                and s.line == previous.heading_last + 1
                and name_alone(previous.title)
            ) or (len(person) == 1 and self._title_under(s) is not None):
                # a name over its talk's title, or the title under a name: no card
                who = []
            elif len(person) == 1 and person[0].name == title:
                who, name_level, talk_level = person, s.level, 0
                names.add(id(s))
            elif who and (s.level == talk_level or (not talk_level and s.level < name_level)):
                if read_heading(title, self.year).speakers:
                    who = []
                else:
                    talk_level = s.level
                    said = previous.blocks[-1].text.strip() if previous and previous.blocks else ""
                    kind = kind_of(said) if len(said.split()) <= 2 else "talk"
                    cards[id(s)] = (who, kind if kind not in ("talk", "break", "other") else "")
            else:
                who = []
            previous = s
        if len({p[0].name.casefold() for p, _k in cards.values() if p}) >= 2:
            # two people's cards at least: one word over several parts ("#### Drawbacks"
            # twice) is a part's label the notes repeat, no one's card
            self._cards, self._card_names = cards, {n for n in names if n}

    def _preamble(self, doc_title: Section | None, previous: list[time]) -> None:
        """The text before the first talk: metadata for the conference, the rest a note."""
        first = self.o.front_last + 1
        end = own_last(doc_title) if doc_title is not None else own_last(self.o.root)
        title = strip_markdown_inline(doc_title.title) if doc_title else ""
        if doc_title is not None:
            day = self._date_of(doc_title.title)
            if day:
                self.day = day
        title = title or strip_markdown_inline(str(self.o.front.get("title") or ""))
        if not self._date_of(title) and is_day(title, self.year) and title_name(title, self.year):
            self.session = self._session(title)  # "EuroPython day 2": its talks' session
        name = strip_markdown_inline(doc_title.title) if doc_title else "Notes"
        # "from Friday 13th to Tuesday 17th September": the days the "## Friday" parts are
        self._week = weekday_dates(self.o.text(first, end), self.year)
        if self.p.start is None and (held := self._held_days(first)) is not None:
            # "I was at the summit, 2031/05/08-10" before "# Day 1": the event's days, which
            # those headings count from; the post's own date (days later) gives way to them
            self.p.start, self.p.end = held
            self.day = held[0]
        self._read_day_cues(first, end)
        self._opening(doc_title, first, end, name, previous)

    def _opening(
        self, title: Section | None, first: int, end: int, name: str, previous: list[time]
    ) -> None:
        """The lines from ``first`` to ``end`` around a document's title, before its first
        talk: the metadata read for the conference, and all of them a note named ``name``,
        as written (the facts read, ``> 2026-05-05 - 2026-05-07 @ Hall 2``, too). The title
        heading stays in that note, or makes one, when it says more than the conference it
        names (``# Veilid DEFCON video notes``)."""
        heading = range(title.line, title.heading_last + 1) if title and title.line >= 0 else None
        if heading is not None:
            self.consumed.update(heading)
        if end < first:
            return
        start = first  # the document's own title above the part holding the talks: past it
        while start <= end and (start in self._heading_lines or not self.o.lines[start].strip()):
            start += 1
        stop = self._meta(start, end, None)
        if (table_end := self._meta_table(stop, None, end)) > stop:
            # "| Date | 2017/11/05 |" rows over a post's notes: the event's facts, which the
            # post's own date (front matter, written days later) gives way to
            stop = self._meta(table_end, end, None)
        for n in range(stop, min(end, stop + 12) + 1):
            line = strip_markdown_inline(self.o.lines[n]).strip(" *_-")
            if line and n not in self._heading_lines and (day := self._dated_line(line)):
                self.day = day  # "Friday May 7, 2021 - the motto of the day": its day
                break
        for n in range(stop + 1, min(end, stop + 12) + 1):
            # a day or a place further down the preamble ("Sat 16th March 2024 - Town Hall"
            # under the page's link): the conference's, and the line stays in its note
            line = strip_markdown_inline(self.o.lines[n]).strip(" *_-")
            if line and n not in self._heading_lines and self._when_where(line, None):
                self.consumed.add(n)
            elif line and n not in self._heading_lines and (day := self._date_alone(line)):
                self.day = day  # "*Tuesday, 18 April*" under the title: the talks' day
                self.consumed.add(n)
        if (day := self._announced_day(stop, end)) is not None:
            self.day = day  # "the day will take place on 3 June": the talks' day
        text = any(
            self.o.lines[n].strip() for n in range(first, end + 1) if n not in self._heading_lines
        )
        named = title_name(title.title, self.year) if title is not None else ""
        if (
            heading is not None
            and title is not None
            # "# Day notes" names nothing: the folder or the file names the conference; and
            # "# Day 1" says neither the event nor a date: it stays in a note as written
            and (
                text
                or (named and said_more(self._heading_text(title), HeadingTalk(named)))
                or (not named and self._date_of(title.title) is None)
            )
        ):
            self.consumed.difference_update(heading)
        self._loose(name, first, end, previous)

    def _fielded_day(self) -> date | None:
        """The one day a post's date fields name (``Date: Thursday, June 14, 2018`` in the
        facts block under its list of talks, :func:`~confnotes.importers.page_day.field_days`),
        on or after the day its header says it was posted: the event's, which the post's
        own date is not. None when the header gives no date or the fields name no one day."""
        posted = self.day
        if self.o.front.get("date") is None or posted is None or posted != self._front_day():
            return None
        days = field_days("\n".join(self.o.lines[self.o.front_last + 1 :]))
        day = next(iter(days)) if days and len(days) == 1 else None
        return day if day is not None and 0 < (day - posted).days <= 366 else None

    def _announced_day(self, first: int, end: int) -> date | None:
        """The one day a post's opening prose names, after the day the post was written
        (its header's ``date``): an event announced before it is held (``el día 3 de
        Junio``, ``am 12. Mai``, ``on June 3rd``), the day of the talks listed under it,
        which the post's own date is not. None when the prose names no day, or more than
        one, or one before the post (a day recalled, not announced) unless the sentence
        naming it names the event too (see ``_recalled_day``)."""
        posted = self.day
        if self.o.front.get("date") is None or posted is None or posted != self._front_day():
            return None
        said: set[date] = set()
        recalled: set[date] = set()
        opened = False  # the post's prose has begun (on its own occasion)
        for n in range(first, min(end, first + 40) + 1):
            line = strip_markdown_inline(self.o.plain.get(n, self.o.lines[n])).strip()
            if not line or n in self._heading_lines:
                continue
            line, opened = self._without_asides(line, opened)
            if day := self._date_of(line):
                said.add(day)
                recalled.update(self._recalled_days(line))
        said.discard(posted)  # the header's own "Date:" line, or the post's day repeated
        if len(said) != 1:
            return None
        day = next(iter(said))
        if day < posted and day in recalled and posted - day <= timedelta(days=RECALLED_DAYS):
            return day  # "last 25 October the 3rd Example Conf took place": the event's day
        return day if posted < day <= posted + timedelta(days=366) else None

    def _recalled_days(self, line: str) -> set[date]:
        """The days named by the sentences of ``line`` that also name the event the post's
        title names (``No último dia 25 de outubro rolou o Example Conf``): a report
        written after the event recalls its day beside its name, where a day recalled
        for anything else (a ticket bought, a flight) names no event."""
        event = title_name(str(self.o.front.get("title") or ""), self.year)
        event = " ".join(re.sub(r"\b\d{4}\b", " ", event).casefold().split())
        if len(event) < 4:
            return set()
        found: set[date] = set()
        for sentence in sentences_of(line):
            day = self._date_of(sentence)
            if day is not None and event in " ".join(sentence.casefold().split()):
                found.add(day)
        return found

    @staticmethod
    def _without_asides(line: str, opened: bool) -> tuple[str, bool]:
        """``line`` without its sentences about the next occasion once the post's prose
        has begun (``Thanks for coming. The next meetup is on 18 October.``): a post
        that opens on its next meetup announces it, one that mentions it later looks
        past the day it is about. Also whether the prose has begun after ``line`` (a
        ``Key: value`` header line begins none)."""
        if key_value(line) is not None or _HEADER_LINE_RE.match(line):
            return line, opened
        kept = [
            s
            for i, s in enumerate(sentences_of(line))
            if not ((opened or i > 0) and about_next_occasion(s))
        ]
        return " ".join(kept), True

    def _opening_range(self, first: int, stop: int) -> tuple[date, date] | None:
        """The one range of days lines ``first`` to ``stop`` name (``held on 24-25 May``,
        ``el 24 y 25 de noviembre``); None for none or more than one."""
        found: set[tuple[date, date]] = set()
        for n in range(first, min(stop + 1, first + 40, len(self.o.lines))):
            if n in self._heading_lines:
                continue
            line = strip_markdown_inline(self.o.plain.get(n, self.o.lines[n])).strip()
            day = self._date_of(line) if line else None
            if day is not None and (last := range_end(line, day, self.year)) is not None:
                found.add((day, last))
            elif day is not None and (pair := joined_days(line, day)) is not None:
                found.add(pair)
        return next(iter(found)) if len(found) == 1 else None

    def _read_day_cues(self, first: int, end: int) -> None:
        """Talks dated by the sentences that open their notes (``Ya el sábado, …``,
        ``On the second day …``: :mod:`.prose_days`), in a post whose opening names the
        event's days once. The talks before the first such sentence, when it names the
        event's second day, are the first day's: the post runs in order."""
        held = (self.p.start, self.p.end or self.p.start) if self.p.start else None
        held = held or self._opening_range(first, end)
        if held is None or held[0] is None or held[1] is None or held[0] == held[1]:
            return
        start, last = held[0], held[1]
        said = []
        for section in self.o.sections()[:400]:
            block = next((b for b in section.blocks if b.text.strip()), None)
            if section.line < 0 or block is None or block.kind != "paragraph":
                continue
            if (day := day_cue(block.text, start, last)) is not None:
                said.append((section.line, day))
        self._day_cues = forward_cues(said)
        opened = min(self._day_cues.items())[1] if self._day_cues else None
        if opened == start + timedelta(days=1) and (
            self.day is None or not start <= self.day <= last
        ):
            self.day = start

    def _held_days(self, first: int) -> tuple[date, date] | None:
        """The one range of days a post's opening prose says the event ran (``held on
        2031/05/08-10``, ``April 21-22, 2031``), before its first heading that counts days
        (``# Day 1``), in a post whose header dates it: the event's first and last days,
        within a year of the post. None when no heading counts days, or the prose names
        no range, or more than one, or one whose length is not the days the headings count
        (``the call for papers ran March 1-15``: a fortnight, for ``Day 1`` and ``Day 2``)."""
        posted = self._front_day() or self._published_day()
        days = [
            (s.line, nth) for s in self.o.sections()[:200] if (nth := nth_day(s.title))
        ] or self._counted_slot_lines()
        if posted is None or not days:
            return None
        counted = [line for line, _nth in days]
        most = max(nth for _line, nth in days)
        held = self._opening_range(first, counted[0] - 1)  # "il 15 e 16 maggio" too
        if held is None:
            return None
        length = (held[1] - held[0]).days + 1
        if not most <= length <= most + HELD_DAYS_UNCOUNTED:
            return None
        return held if abs((held[0] - posted).days) <= 366 else None

    def _counted_slot_lines(self) -> list[tuple[int, int]]:
        """The lines (at least two) that give a talk its slot by the conference's day
        they count (``- Day 2 - 11:00 – 12:00 - track 2`` under title after title), each
        with its count: a post that numbers the days in its talks' facts, not in its
        headings."""
        found = [
            (n, nth)
            for n, line in enumerate(self.o.lines[:5000])
            if (nth := counted_day_line(strip_markdown_inline(line).strip(" *_-+"))[0])
        ]
        return found if len(found) >= 2 else []

    def _counted_slot(self, text: str, talk: HeadingTalk) -> bool:
        """``Day 2 - 11:00 – 12:00 - track 2``, ``Day 1 - opening keynote`` among a talk's
        facts: the day of the conference it counts (from the first day the page gave) and
        its hours. Nothing taken when the page gave no first day, or the count runs past
        the last one."""
        nth, rest = counted_day_line(text)
        if not nth or self.p.start is None:
            return False
        day = self.p.start + timedelta(days=nth - 1)
        if self.p.end is not None and day > self.p.end:
            return False
        talk.day = day
        start, end, _left, ampm = leading_clock(rest)
        if start is not None and talk.start is None:
            talk.start, talk.end, talk.ampm = start, end, ampm
        return True

    def _walk(self, section: Section, level: int, previous: list[time]) -> None:
        holds = section.level >= level and self._holds_talks(section)
        if (section.level >= level or not section.children) and self._list_session(
            section, previous
        ):
            return
        if (section.level >= level or not section.children) and self._lead_session(
            section, previous
        ):
            return
        if not section.children and self._deck_session(section, level, previous):
            return  # "## 10/28" over "- [Title](…/slides)", "- Title": the talks seen
        if not holds and self._talk_over_talks(section):
            # "## Title - Name" among "### Title - Name" talks, over more of them: a
            # heading written a level too high, a talk of its own lines; its sub-headings
            # are the talks after it
            self._talk(section, previous, by_itself=True)
            for child in section.children:
                self._walk(child, level, previous)
            return
        if section.level >= level and not holds:
            self._talk(section, previous)
            return
        if (
            section.level < level
            and parts_of_one_talk(section, self.year)
            and not signed_sub_headings(self.o, section)
        ):
            self._talk(section, previous)  # "## Workshop" over "### Setup", "### Lab: Step 1"
            return
        if section.level < level and self._people_met(section, level):
            self._talk(section, previous)  # "# Discussions" over "## Ana Ruiz", "## Bo Lin"
            return
        if not section.children and section.level < level and self._talk_by_itself(section):
            self._talk(section, previous)  # "## Vinay Prasad Keynote" among "## Talks"
            return
        if id(section) in self._cards:
            # a card's talk heading, of a higher level than the card's name under which
            # it is written: a talk of its own lines, the next card read after it
            self._talk(section, previous, by_itself=True)
            for child in section.children:
                self._walk(child, level, previous)
            return
        if holds:
            level = section.level + 1  # "# Unconference" over "## Name - Title" talks
        day = written = self._date_of(section.title)
        if day is None and self.p.start is not None and (nth := nth_day(section.title)):
            # "## Day 2" of a conference whose days the page gave: its second day
            counted = self.p.start + timedelta(days=nth - 1)
            day = counted if self.p.end is None or counted <= self.p.end else None
        named = day is None and (day := self._weekday_day(section.title)) is not None
        if day is None and (day := self._ordinal_day(section.title)) is not None:
            named = True  # "### Friday 21st" in a post dated the 20th: the next day
        of_month = self._days_of_month().get(strip_markdown_inline(section.title).strip(" *_:"))
        if day is None and of_month is not None:
            day = written = of_month  # "## Día 12" in a page of "marzo de 2026": the 12th
        if day:
            self.day = day
        outer = self.session
        title = strip_markdown_inline(section.title)
        heading = range(section.line, section.heading_last + 1)
        n = section.heading_last + 1
        if not is_day(title, self.year) and not named:
            self.session = self._session(title)  # a session or track, not just a day
            self.consumed.update(heading)
        elif written is not None and not _more_than_a_date(title):
            self.consumed.update(heading)  # "## Thursday 11th May": its talks' day
        else:
            # "## First day:", "## Day 2": no date said; "## Mardi 14 mai : enfin !": a
            # date and the writer's words: kept in a note
            n = section.line
        n = self._meta(n, own_last(section), None) if n > section.line else n
        self._loose(title, n, own_last(section), previous)
        grouping = self._group_tag
        if section.children and (tag := group_tag(title)):
            self._group_tag = tag  # "## Tutoriais" over "### Dia 9": its days' items are tutorials
        clock = self._heading_clock
        if written is not None and len(section.children) == 1:
            # "## 4 May, Monday, 19:00 - 21:00" over one "### Title": the event's hours
            self._heading_clock = _day_heading_clock(title)
        for child in section.children:
            self._walk(child, level, previous)
        self.session = outer
        self._group_tag = grouping
        self._heading_clock = clock

    def _heading_line(self, section: Section) -> str:
        """A heading's first line as written, its emphasis kept, its markers aside."""
        if not 0 <= section.line < len(self.o.lines):
            return ""
        line = self.o.lines[section.line][:400]
        if (mark := _HEADING_MARK_RE.match(line)) is not None:
            line = line[mark.end() :]
            words, _sep, closing = line.rstrip().rpartition(" ")
            line = words if closing and not closing.strip("#") else line  # "## Title ##"
        return line.strip()

    def _weekday_day(self, heading: str) -> date | None:
        """The day of a heading naming a weekday alone (``Friday``, ``Day 2 - Samstag``,
        ``금요일``) in a document whose days are known: the days its opening wrote with
        their weekdays (``from Friday 13th to Tuesday 17th September``), or the
        conference's dates. The weekday within that week, none past its last day."""
        title = strip_markdown_inline(heading)
        words = _WORD_RE.findall(title)
        if not words or len(words) > 3 or (len(words) > 1 and not DAY_RE.search(title)):
            return None
        weekday = weekday_of(title)
        if weekday is None or self._date_of(title) is not None:
            return None
        first, last = self.p.start, self.p.end
        if self._week and (first is None or (first in self._week and last in (None, first))):
            # "du lundi 3 au vendredi 7 mars": the days the opening wrote with their
            # weekdays, which the one full date among them (the last) does not span
            first, last = self._week[0], self._week[-1]
        if first is not None and (day := weekday_within(weekday, first, last)) is not None:
            return day
        # a document that dates one day only (its front matter's, a dated heading, the
        # weekday heading before): the first such weekday on or after it
        return weekday_after(heading, self.day) if first == last else None

    def _ordinal_day(self, heading: str) -> date | None:
        """The day of a heading naming only a day of the month as an ordinal, after a word
        or none (``Friday 21st``, ``Sat 22nd``: no month, no year). Near a day already
        known (the conference's, the day heading's before it): the date nearest it with
        that number, in its month or one either side. Else, for a weekday and the year the
        document gives: the one month the document names that puts that number on that
        weekday (the calendar checks the writer, as :func:`weekday_dates` does). A word
        that names no weekday (a misspelt one) is let be only near a known day."""
        bare = strip_markdown_inline(heading).strip(" *_:")
        m = _ORDINAL_DAY_RE.match(bare)
        if (
            m is None
            and (m := _WEEKDAY_DAY_RE.match(bare)) is not None
            and weekday_of(m.group("word")) is None
        ):
            return None  # "Python 3", "Room 12": a number after no weekday
        if m is None:
            return None
        word = m.group("word") or ""
        weekday = weekday_of(word) if word else None
        if word.casefold() in MONTH_NAMES:
            return None  # "March 21st": a month, read by the date readers
        number = int(m.group("day"))
        anchor = self.p.start or self.day
        if anchor is None:
            if weekday is None or self.year is None:
                return None
            named = {
                MONTH_NAMES[w]
                for w in _WORD_RE.findall(self.o.text(0, len(self.o.lines) - 1)[:20_000].casefold())
                if w in MONTH_NAMES
            }
            fits = [d for d in _month_days(self.year, named, number) if d.weekday() == weekday]
            return fits[0] if len(fits) == 1 and len(named) <= 3 else None
        months = {(anchor.month - 1 + shift) % 12 + 1 for shift in (-1, 0, 1)}
        near = [
            d
            for year in (anchor.year - 1, anchor.year, anchor.year + 1)
            for d in _month_days(year, months, number)
            if abs((d - anchor).days) <= 16 and (weekday is None or d.weekday() == weekday)
        ]
        return min(near, key=lambda d: abs((d - anchor).days)) if near else None

    def _talk_by_itself(self, section: Section) -> bool:
        """A heading above the talks' level, over no sub-heading, that says a talk by its
        own words: who gives it (``Title - Name``, ``Keynote: Name``)."""
        title = strip_markdown_inline(section.title)
        if kind_and_name(title) or read_heading(section.title, self.year).speakers:
            return True
        first = next((b.text for b in section.blocks if b.text.strip()), "").split("\n")[0]
        m = WITH_LINE_RE.match(first) or BY_LINE_RE.match(first)
        return bool(
            kind_of(title) not in ("talk", "other", "break")
            and kind_label_only(title)
            and m
            and split_speakers(strip_markdown_inline(m.group("who")))
        )  # "## Panel" over "with Erez Dickman, … and Chad Fowler"

    def _talk_over_talks(self, section: Section) -> bool:
        """A heading that names its speakers (``Title - Name, role``) and has text of its
        own, over sub-headings that mostly name theirs too (two at least), at the level
        where talk headings elsewhere in the document, under another heading, name theirs
        as well: one talk written a level too high, the talks after it not its parts."""
        kids = section.children[:50]
        title = strip_markdown_inline(section.title)
        if len(kids) < 2 or not own_text(section) or SESSION_RE.search(title):
            return False  # "## Session 3 - Chair: Ana Ruiz" over its talks: a session
        if is_day(title, self.year) or not read_heading(section.title, self.year).speakers:
            return False
        named = sum(bool(read_heading(k.title, self.year).speakers) for k in kids)
        if named < 2 or named * 2 < len(kids):
            return False
        level = kids[0].level
        return any(
            s.level == level
            and not (section.line < s.line <= section.end)
            and read_heading(s.title, self.year).speakers
            for s in self.o.sections()[:200]
        )

    def _holds_talks(self, section: Section) -> bool:
        """A heading at the talks' level with no text of its own over sub-headings that
        name their speakers (half of them, two at least): a session of talks, not one."""
        kids = section.children[:50]
        if own_text(section) or len(kids) < 2 or parts_of_one_talk(section, self.year):
            return False  # "## Kafka Workshop" over "### Setup", "### Lab: Step 1": one talk
        named = sum(bool(read_heading(k.title, self.year).speakers) for k in kids)
        if named >= 2 and named * 2 >= len(kids):
            return True
        if all(numbered_talk(k.title) for k in kids):
            return True  # "## Keynote" over "### Talk 1: Title", "### Talk 2: Title"
        signed = [who for k in kids if (who := speakers_under(self.o, k))]
        if (
            len(signed) >= 2
            and len(signed) * 2 >= len(kids)
            and len({tuple(p.name for p in who) for who in signed}) >= 2
        ):
            # "### LT" over "#### LT" headings each opened by "* 発表者：Name": every
            # sub-heading names its own speaker, so each is a talk of that session (not
            # "### Part 1", "### Part 2" each opened by the same "Speaker: Ana Ruiz": the
            # parts of her one talk)
            return True
        if SESSION_RE.search(strip_markdown_inline(section.title)) and not any(
            k.children for k in kids
        ):
            return True  # "## Lightning talks" over "### Elliptics", "### ZeroVM": its talks
        # "## LT" over "### Title" each with "#### 概要": its sub-headings are filled in
        # from the template of the talks beside it (their "### 登壇者", "### 概要"), so
        # each is a talk of that session, not a part of one
        template = {
            part_key(c.title)
            for s in self.o.sections()[:200]
            if s.level == section.level and s is not section
            for c in s.children
        }
        return bool(template) and all(
            k.children
            and part_key(k.title) not in template
            and {part_key(c.title) for c in k.children} <= template
            for k in kids
        )

    def _prose_speakers(self, block: Block, title: str = "") -> list[ProgrammePerson]:
        """The speakers a paragraph (or a quoted line: ``> Conférence présentée par Name``)
        under a talk's heading (``title``) names in its first sentence."""
        text = self.o.text(block.first, block.last)[:2000]
        if block.kind == "quote":
            text = "\n".join(QUOTE_RE.sub("", x) for x in text.split("\n"))
            first = next((x for x in text.split("\n") if x.strip()), "")
            if said := sentence_byline(first):
                return said
        return prose_speakers(text, title)

    def _prose_talk(self, block: Block) -> tuple[str, list[ProgrammePerson]] | None:
        """The one talk a paragraph under a heading names by its marked title and its
        by-line (:func:`confnotes.importers.talk_levels.prose_talk`)."""
        return prose_talk(self.o.text(block.first, block.last)[:2000])

    def _deck_owners(self, blocks: list[Block], title: str) -> list[ProgrammePerson]:
        """The people the first blocks under a talk's heading (``title``) name as the
        owners of a document of the talk's own they link (its slides' page, then the
        owner's page)."""
        doc = self.o.doc
        if doc is None or not blocks:
            return []
        if self._tops is None:
            self._tops = {}
            for node in top_nodes(doc.root)[:TOPS_MOST]:
                self._tops.setdefault(doc.line_of(node.start), []).append(node)
        for block in blocks:
            for node in self._tops.get(block.first, []):
                if who := document_owners(node.links()[:LINKS_MOST], title):
                    return who
        return []

    def _session(self, title: str) -> str:
        base = make_slug(title, "session")
        n = self._session_keys.get(base, 0) + 1
        self._session_keys[base] = n
        key = base if n == 1 else f"{base}-{n}"
        start = datetime.combine(self.day, time(0, 0)) if self.day else None
        kind = kind_of(title)
        self.p.sessions.append(ProgrammeSession(key, title, kind if kind != "other" else "talk"))
        if start is not None:
            self.p.sessions[-1].start = None  # a day, not a time: talks carry the day
        return key

    def _talk(self, section: Section, previous: list[time], by_itself: bool = False) -> None:
        """``section`` as a talk; ``by_itself``: its own lines only, its sub-sections read
        apart."""
        end = own_last(section) if by_itself else section.end
        if self._not_a_talk(section, previous):
            return
        t = read_heading(section.title, self.year)
        # the section's tags, and the heading's own ("Workshop — Title": its kind's tag)
        t.tags = list(dict.fromkeys([*section.tags, *t.tags]))
        if self._running_label and section.level == self._talk_level:
            t.title = without_running_label(t.title, self._running_label)
        if self._language_tails and (spoken := language_tail(t.title))[1]:
            # "### Title (JA)": the talk's language a tag; the heading, saying more than
            # the title, stays in the note as written
            t.title, t.tags = spoken[0], [*t.tags, *(c for c in spoken[1] if c not in t.tags)]
        under_name = self._speakers_in_heading(section, t)
        if (link := heading_link(self.o, section)) and link.url not in {x.url for x in t.links}:
            t.links.append(link)  # "### [Title](https://youtu.be/…)": its recording or page
        self._heading_day_and_hour(section, t)
        self._clock_heading_under(section, t)
        if is_day(section.title, self.year) and not section.children and not own_text(section):
            self.consumed.update(range(section.line, section.heading_last + 1))
            return  # "## Day 2 — Nov 14" among the talks: a day starts, it is no talk
        if t.start is None and self._slot_sentences and (hours := slot_sentence(section))[0]:
            # "Talk from 2pm to 3pm." under each talk's abstract: the template's hours line
            t.start, t.end, t.ampm = hours
        if not t.title.strip() and (bold := self._bold_title_under(section)) is not None:
            # "### 10:00 ~ 10:40" over "**Title**" and "Ana Ruiz | Org": a slot's heading
            # says when, the bold line under it what, the line after it who
            t.title, at = bold
            if not t.speakers and at + 1 <= end and (who := _people_line(self.o.lines[at + 1])):
                t.speakers = who
        named = list(t.speakers)
        first = self._meta(section.heading_last + 1, end, t)
        kid = section.children[0] if section.children else None
        if (
            kid is not None
            and not t.speakers
            and not own_text(section)
            and part_key(kid.title) in self._template_parts
        ):
            # "## Title" over "### metadata" ("- Ana Ruiz", its links) then "### content",
            # the same parts under each talk: the form's first part holds its speaker
            self._meta(kid.heading_last + 1, own_last(kid), t)
        if not t.speakers and self._fielded and (fields := line_fields(self.o, section, self.year)):
            t.speakers, found_day = fields  # the record's line of fields: who, and when
            if found_day is not None and t.day is None and t.start is None:
                t.day = found_day
        under = [p for p in t.speakers if p not in named]
        self._facts_list(section, t)
        if named and under and kind_label_only(t.title):
            # "Talk court - Doc Busters" over "Ana Ruiz, Li Wei": the line under the heading
            # names the speakers, so what the heading took for a name is the title
            t.title, t.speakers = strip_markdown_inline(section.title).strip(), under
        self._speakers_by_column(section, t)
        own = [b for b in section.blocks if b.text.strip()]
        self._speakers_under_heading(section, t, own)
        last, next_day = self._trailing_day(first, end)
        if (
            (self._named_headings or self._talks_of_a_kind())
            and not t.speakers
            and len(who := split_speakers(t.title)) == 1
            and not is_generic(t.title)  # "参考", "Fazit": a part of notes, nobody
            and not topic_word(who[0].name, self.o.text(section.heading_last + 1, last))
        ):
            t.speakers = who  # notes headed by the speaker's name: the title stays the name
        # the lines read as facts (``Speaker: X``) stay in the note too: never dropped, and
        # so does a heading that said more than the title (its speaker, link or number)
        if id(section) in self._card_names and under_name is None:
            # a card's name over the speaker's bio: a person of the page, the bio a note
            for person in t.speakers or split_speakers(strip_markdown_inline(section.title)):
                self.p.roles.append(ProgrammeRole(person, "speaker"))
            t.speakers, t.kind = [], "other"
        self._add_talk_or_slot(section, t, first, last, under, previous)
        if next_day is not None:
            self.day = next_day

    def _heading_day_and_hour(self, section: Section, t: HeadingTalk) -> None:
        """The day and hour a talk's heading gives, else its day heading's hours."""
        day = self._date_of(section.title) or self._day_cues.get(section.line)
        if day:
            self.day = day
            t.day = day
            said = strip_markdown_inline(section.title)
            if t.start is None and (tail := DATED_TAIL_RE.search(said)):
                # "## Lightning Talks - April 21, 5pm": the day, then the hour it starts
                left = strip_dates(tail.group(0)).strip(" ,-–—")
                begin, finish, ampm = clock_range(left) if CLOCK_ONLY_RE.fullmatch(left) else (
                    None, None, False)  # fmt: skip
                if begin is not None:
                    t.start, t.end, t.ampm = begin, t.end or finish, t.ampm or ampm
        if t.start is None and self._heading_clock[0] is not None:
            t.start, t.end, t.ampm = self._heading_clock  # its day heading's hours
            self._heading_clock = (None, None, False)  # one talk's, not its parts'

    def _clock_heading_under(self, section: Section, t: HeadingTalk) -> None:
        """The talk's hours from the heading right under its own that says nothing but
        when (:func:`.talk_levels.time_heading_under`); that heading is read."""
        if t.start is None and (timed := time_heading_under(section)) is not None:
            kid, clock = timed
            t.start, t.end = clock.start, clock.end
            self.consumed.update(range(kid.line, kid.heading_last + 1))

    def _not_a_talk(self, section: Section, previous: list[time]) -> bool:
        """Whether a heading among the talks is none: a people list, a chair or a dateline."""
        if PEOPLE_HEADING_RE.fullmatch(strip_markdown_inline(section.title).strip()):
            # "## People" over a list of names: the page's own notes, no talk, no speaker
            self.consumed.update(range(section.line, section.heading_last + 1))
            self._loose(
                strip_markdown_inline(section.title),
                section.heading_last + 1,
                section.end,
                previous,
            )
            return True
        if (
            not section.children
            and not own_text(section)
            and (chairs := chairs_heading(section.title))
        ):
            # "#### Session Chair: Name" among the talks: who chairs them, no talk
            known = {(r.role, r.person.name) for r in self.p.roles}
            for person in chairs:
                if ("chair", person.name) not in known:
                    self.p.roles.append(ProgrammeRole(person, "chair"))
            self.consumed.update(range(section.line, section.heading_last + 1))
            return True
        # "#### 19 Nov 2014 Hotel Savoy, Lisbon" under the title: no talk
        return not section.children and not own_text(section) and self._dateline(section)

    def _speakers_in_heading(
        self, section: Section, t: HeadingTalk
    ) -> tuple[list[ProgrammePerson], str, int] | None:
        """Who the heading names, by stress, by-line, a name over the title or a card."""
        if (
            not t.speakers
            and 0 <= section.line < len(self.o.lines)
            and (stressed := title_stress(self.o.lines[section.line]))
            and (found := stressed_title(strip_markdown_inline(section.title), stressed))
            and not is_organisation(found[0])
        ):
            # "### Kelly Harris, Univ. of Washington, *Using archaic introgression …*": the
            # stress marks the title field, the rest is who gives it and where from
            t.title, t.speakers = found
        if (
            self._byline_side
            and (byline := stressed_byline(self._heading_line(section))) is not None
            and byline[0] == self._byline_side
        ):
            who = split_speakers(strip_markdown_inline(byline[1]), single_ok=True)
            if who and not any(p.affiliations for p in who):
                t.title, t.speakers = strip_markdown_inline(byline[2]).strip(), who
        if (under_name := self._name_over_title(section)) is not None:
            # "### Chad Fowler @chadfowler" over "#### [Disposable Components](…)"
            t.speakers, t.title, title_last = under_name
            self.consumed.update(range(section.heading_last + 1, title_last + 1))
        if not t.speakers and (quoted := self._quoted_title_under(section)) is not None:
            # "# Matias" over "MATIAS KORHONEN" and "“Doing things with wasm”": a name's
            # heading, the name in full, then the talk's title in quotes
            t.speakers, t.title, title_last = quoted
            self.consumed.update(range(section.heading_last + 1, title_last + 1))
        if not t.speakers and self._name_paired and (paired := name_paired(section)) is not None:
            # "# Title" right over "## Ana Ruiz", or the other way round: one talk
            t.title, t.speakers = paired[0], [replace(p) for p in paired[1]]
            pair = section.children[0]
            self.consumed.update(range(pair.line, pair.heading_last + 1))
        if not t.speakers and (given := kind_and_name(strip_markdown_inline(section.title))):
            # "## Keynote: Deb Nicholson", "## Vinay Prasad Keynote": a kind and who gives it
            t.kind, t.speakers = given[0], [given[1]]
            t.title = strip_markdown_inline(section.title).strip()
        if id(section) in self._cards and not t.speakers:
            card, kind = self._cards[id(section)]
            t.speakers = [replace(p) for p in card]
            t.kind = kind or t.kind

        return under_name

    def _speakers_by_column(self, section: Section, t: HeadingTalk) -> None:
        """Where the document writes its speakers in one column, this heading's speaker."""
        if self._speaker_last and speaker_before(section.title, self.year):
            # "Opening Keynote - Compassionate Refactoring - Clare Sudbery": two parts with a
            # name's shape; the document's other headings say which one is the speaker
            who = split_speakers(t.title)
            if len(t.speakers) == 1 and not t.speakers[0].affiliations and len(who) == 1:
                t.title, t.speakers = t.speakers[0].name, who
        if (
            not t.speakers
            and self._bracket_names
            and (bracket := BRACKET_LAST_RE.match((unmarked := trailing_marks(t.title))[0]))
            and (
                is_person_name(bracket.group("who"), single_ok=True)
                or bracket.group("who").strip() in self._bracket_tails
            )
        ):
            # "## The Sorry State of SSL (Hynek)" among "## Title (Full Name)" headings: the
            # same column, its speaker known by one name (a reader's mark after it kept)
            t.speakers = [ProgrammePerson(name=bracket.group("who").strip())]
            t.title = " ".join(filter(None, (bracket.group("title").strip(), unmarked[1])))
        if (
            not t.speakers
            and self._by_words
            and (by := list(_HEADING_BY_RE.finditer(t.title)))
            and by[-1].group(0).strip().casefold() in self._by_words
        ):
            # "## Surlex by Cody", "## Web Cube by aron and Nickolai" among "## Title by
            # Full Name" headings: the same column, its people named as they go by
            cut = by[-1]
            head, after = t.title[: cut.start()].strip(), t.title[cut.end() :].strip()
            if head and (who := role_people(after)):
                t.title, t.speakers = head, who
        if (
            self._comma_named
            and (packed := name_comma_title(section.title)) is not None
            and not written_in_lower_case(self.o.lines, packed[0])
            and all(title_key(p.name) == title_key(packed[0]) for p in t.speakers)
        ):
            # "### Bo Lin, The Harbour Company: Trade and Ruin" among "### Name, Title"
            # headings: the same column, what follows the name's comma is the title whole
            t.speakers, t.title = [ProgrammePerson(name=packed[0])], packed[1]
        if not t.speakers and self._speaker_first >= 2 and (alone := first_name_first(t.title)):
            # "# Carla - No passwords" among "# Steven Baker - Title" headings: the same
            # column of the same kind of heading, its speaker known by a first name only
            t.speakers, t.title = [ProgrammePerson(name=alone[0])], alone[1]
        if not t.speakers and self._titles_then_names:
            # "# Fires and Other Disasters - Ana Ruiz" among "# Title - Name" headings: both
            # sides read as people, the column the others write their speakers in decides
            parts = DASHES_RE.split(strip_markdown_inline(t.title).strip())
            if (
                len(parts) == 2
                and (who := split_speakers(parts[1]) or self._column_tail(parts[1]))
                and parts[0].strip()
            ):
                # "building parsec - [joe casabona](…)": a name in lower case, in the column
                t.title, t.speakers = parts[0].strip(), who
            elif (
                len(parts) > 2
                and (named_tail := last_tail(strip_markdown_inline(t.title).strip())) is not None
                and (who := split_speakers(named_tail[1]) or self._column_tail(named_tail[1]))
            ):
                # "open source / you belong here - ana ruiz": the title's own separator
                # first, the column's name after the last one
                t.title, t.speakers = named_tail[0], who
            elif (linked := linked_tail_name(self._heading_line(section))) is not None:
                # "## Hooks for theme dev [Ana Ruiz](…)": the writer left out the column's
                # dash, the name's link still sets it apart from the title
                t.title, t.speakers = linked
            elif (comma := title_comma_names(t.title, self.o.lines)) is not None:
                # "## Bikes and Bytes, Ana Ruiz" among "## Title - Name" headings: the
                # writer's hand put a comma where the column's dash goes
                t.title, t.speakers = comma

    def _speakers_under_heading(self, section: Section, t: HeadingTalk, own: list[Block]) -> None:
        """Who the text under a heading names, when the heading names no one."""
        if not t.speakers and self._titles_then_names and own:
            # "# how to test - ana" headings, then "# Title" over "@bo_lin, slack": the
            # column's speaker, written as a handle on the heading's first line
            t.speakers = handle_line(self.o.lines[own[0].first])
        if not t.speakers and (not own or (len(own) == 1 and len(own[0].text) <= 40)):
            t.speakers = speaker_part(section)  # "# Title" / "Keynote" / "## Abstract" / names
        if (
            not t.speakers
            and kind_label_only(t.title)
            and own
            and own[0].kind == "list"
            # "- Ana Ruiz, *Title*" items are talks of their own, not the slot's people
            and not any(
                people_and_title(self.o.lines[n]) for n in range(own[0].first, own[0].last + 1)
            )
        ):
            t.speakers = led_by_names(  # "### Keynote" / "- Name (Org): notes"
                own[0].items, [self.o.lines[a] for a, _b in own[0].spans]
            )
        if not t.speakers and kind_label_only(t.title):
            # "### Keynote" over notes, one item "- Ana Ruiz basically giving a recap":
            # the writer names who is on stage in the present tense
            t.speakers = next(
                (w for b in own if b.kind == "list" and (w := live_presenter(b.items))), []
            )
        if not t.speakers or _colon_named(t):
            # "### Async without tears" over "Marta Kowalczyk from Driftwood will walk us
            # through …" or a bio "Name is a … at …": a meetup page's talk, its speaker
            # named in a sentence of its first paragraphs. Under "## Git Flow : un
            # processus" (a title and its subtitle, read as "Name : Title") the person the
            # prose names is the stronger evidence: the heading was a title, whole
            prosed = next(
                (
                    w
                    for b in own[:3]
                    if b.kind in ("paragraph", "quote") and (w := self._prose_speakers(b, t.title))
                ),
                [],
            )
            if prosed:
                heard(t, prosed)
                # "## Typography" over "The talk „Fonts vs Access“ by Ana Ruiz was …": the
                # title the sentence quotes beside its speaker is the talk's, and so is
                # the one it stresses under a day's heading ("### Day two"); the heading
                # stays in the note. A stressed title under a heading of the writer's own
                # words ("## Greenhouse hacking") leaves the heading its title.
                marked = next(
                    (
                        (x, b)
                        for b in own[:3]
                        if b.kind == "paragraph" and (x := self._prose_talk(b))
                    ),
                    None,
                )
                if (
                    marked is not None
                    and marked[0][1] == prosed
                    and not same_title(t.title, marked[0][0])
                    and (
                        _quotes(self.o.text(marked[1].first, marked[1].last), marked[0][0])
                        or is_day(t.title, self.year)
                    )
                ):
                    t.title = marked[0][0]
        if not t.speakers and self._names_under:
            # "# Title" / its subtitle's sentence / "Ana Ruiz": where the document writes
            # each talk's speakers on a line of their own under its title, a one-line
            # paragraph of names alone, second under the title, is them
            t.speakers = next(
                (
                    w
                    for b in own[1:2]
                    if b.kind == "paragraph"
                    and b.first == b.last
                    and len(b.text) <= 100
                    and (w := split_speakers(b.text.strip()))
                    and not bare_cjk(w)
                ),
                [],
            )
        if not t.speakers:
            # "### Title" over a slide host's embed: "<a>Deck</a> from <a>Ana Ruiz</a>", the
            # second link the deck owner's page (:mod:`confnotes.importers.owner_links`)
            t.speakers = self._deck_owners(own[:2], t.title)

    def _add_talk_or_slot(
        self,
        section: Section,
        t: HeadingTalk,
        first: int,
        last: int,
        under: list[ProgrammePerson],
        previous: list[time],
    ) -> None:
        """The talk, or the session or slot its lines list talks under, added to the page."""
        said = self._heading_text(section)
        top = section.line if said_more(said, t) else section.heading_last + 1
        body, b0, b1 = self._body(top, last)
        runs = [
            x
            for s in ([] if t.speakers else section.walk())
            for b in s.blocks
            if b.kind == "paragraph" and not b.bold
            for x in by_lines(self.o, b)
        ]
        lists = [b for b in section.blocks if b.kind == "list"]
        one_item = len(lists) == 1 and len(lists[0].items) == 1
        talks_said = one_item and bool(SESSION_RE.search(strip_markdown_inline(section.title)))
        least = 1 if talks_said else 2  # "## Workshops" over its one "Title - Name" item
        if (
            not t.speakers
            and not self._own_words_over_list(section)
            and (listed := self._listed_talks(first, last, least))
        ):
            self._session_of(t, listed, body, b0, b1, previous)
        elif len(runs) >= 2 or (runs and not t.title):
            # "09h30" over lines "Title, Dr Name" a <br> apart: the heading is their slot, each
            # line a talk at its time; the slot's words stay a note of their own
            self._signed(t, body)
            slot = replace(t, kind="other", start=None, end=None)
            slot.title = t.title or strip_markdown_inline(section.title).strip()
            self._add(slot, body, b0, b1, previous)
            self._slot_chairs(section)
            for lead in runs:
                talk = read_heading(lead.text, self.year)
                talk.start, talk.end, talk.ampm = t.start, t.end, t.ampm
                talk.day = talk.day or t.day
                self._add(talk, "", lead.line, lead.line, previous)
        else:
            self._signed(t, body)
            self._add(t, body, b0, b1, previous)
            if len(t.speakers) == 1 and (signed := handle_under(self.o, section)):
                # "# Todd Ames - Title" over "@toddames": the writer's line of the speaker's
                # account, spelling the name the heading gave, places that name as theirs
                self.p.talks[-1].speakers_placed |= _spells(signed, t.speakers[0].name)
            if self.p.talks and self.session is None:
                self._headed[id(self.p.talks[-1])] = (section.level, bool(under))

    def _facts_list(self, section: Section, t: HeadingTalk) -> None:
        """The speaker and day the talk's opening list gives, where the document's
        template puts them (:mod:`confnotes.importers.fact_lists`). A name there
        outweighs one read out of the heading (``## Project Tide: Rust in Ports`` over
        ``- Ana Ruiz``): the heading was a title, whole."""
        if self._listed_names and (who := listed_speakers(section)):
            if t.speakers and not {p.name for p in t.speakers} & {p.name for p in who}:
                t.title, t.speakers = strip_markdown_inline(section.title).strip(), []
            t.speakers = t.speakers or who
        if self._listed_days and t.day is None and (day := listed_day(section, self.year)):
            t.day = day

    def _talks_of_a_kind(self) -> bool:
        """The talk is read under a heading that only names a kind of talk (``#
        Keynotes``, ``# Lightning talks``): each heading under it is one such talk, so one
        that is a person's name alone is that person's talk."""
        session = strip_markdown_inline(self.session or "").strip()
        return (
            bool(session)
            and kind_label_only(session)
            and kind_of(session) not in ("talk", "break", "social", "other")
        )

    def _name_over_title(self, section: Section) -> tuple[list[ProgrammePerson], str, int] | None:
        """Among talk headings that are people's names, one that names only its speaker
        (a handle beside it) over its title: a sub-heading first thing under it, or a line
        that is one link (``### Name @handle`` / ``#### [Title](…)`` or ``[Title](…)``).
        (speakers, title, the title's last line), or None."""
        if not self._named_headings:
            return None
        who = name_alone(section.title)
        if not who:
            return None
        found = self._title_under(section)
        return (who, *found) if found else None

    def _quoted_title_under(
        self, section: Section
    ) -> tuple[list[ProgrammePerson], str, int] | None:
        """A heading that names only its speaker (``## Ana Ruiz``, or a given name alone,
        ``# Matias``, which the line under it writes in full, ``MATIAS KORHONEN``) over a
        line that is wholly a quotation (``“Title”``, ``« Titre »``): the quotation is the
        talk's title, the fullest name its speaker. (speakers, title, the title's line),
        or None: a heading that is no one's name quotes what someone said."""
        heading = strip_markdown_inline(section.title).strip()
        lines = [
            (n, line)
            for n in range(section.heading_last + 1, min(section.end, section.heading_last + 8) + 1)
            if (line := strip_markdown_inline(self.o.lines[n]).strip())
        ][:2]
        if not lines or any(n in self._heading_lines for n, _ in lines):
            return None
        who = name_alone(heading)
        if len(lines) == 2 and (fuller := fuller_name(heading, lines[0][1])):
            who, lines = [ProgrammePerson(name=fuller)], lines[1:]
        quote = _WHOLE_QUOTE_RE.fullmatch(lines[0][1])
        if not who or quote is None or len(quote.group(1).split()) > _QUOTED_TITLE_WORDS_MOST:
            return None
        return who, quote.group(1).strip(), lines[0][0]

    def _bold_title_under(self, section: Section) -> tuple[str, int] | None:
        """(title, its line) of the line opening a title-less heading's text when the line
        is set apart as a name: the whole line in bold (``**Title**``), or a line alone in
        its paragraph that is one link (``[Title](slides.pdf)``) or a one-line quote
        (``> KEYNOTE``); else None."""
        n = section.heading_last + 1
        while n <= section.end and not self.o.lines[n].strip():
            n += 1
        if n > section.end or n in self._heading_lines:
            return None
        line = self.o.lines[n].strip()
        if len(line) > 300 and not _LINK_ANY_TARGET_RE.fullmatch(line):
            return None
        alone = n == section.end or not self.o.lines[n + 1].strip()
        quoted = line.startswith(">") and not line.lstrip("> ").startswith(">")
        link = _LINK_ANY_TARGET_RE.fullmatch(line) if alone else None
        if link is not None:
            line = link.group(1)  # the link's words: its target may hold brackets of its own
        elif not (
            _stress_of(line) in ("**", "__")
            or (alone and quoted and len(line.split()) <= _QUOTED_TITLE_WORDS_MOST)
        ):
            return None
        title = strip_markdown_inline(line.lstrip("> ")).strip()
        return (title, n) if title else None

    def _title_under(self, section: Section) -> tuple[str, int] | None:
        """(title, its last line) of a heading's first sub-heading or lone link line, first
        thing under it; else None."""
        n = section.heading_last + 1
        while n <= section.end and not self.o.lines[n].strip():
            n += 1
        if n > section.end:
            return None
        child = next((c for c in section.children if c.line == n), None)
        if child is not None:
            title, last = strip_markdown_inline(child.title).strip(), child.heading_last
        elif ONE_LINK_RE.fullmatch(self.o.lines[n].strip()) and (
            n == section.end or not self.o.lines[n + 1].strip()
        ):
            title, last = strip_markdown_inline(self.o.lines[n]).strip(), n
        else:
            return None
        return (title, last) if title else None

    def _slot_chairs(self, section: Section) -> None:
        """``Modérateurs : Pr Name et Dr Name`` in a slot over its talks: the chairs."""
        known = {r.person.name for r in self.p.roles if r.role == "chair"}
        for n in range(section.heading_last + 1, section.end + 1):
            line = strip_markdown_inline(self.o.plain.get(n, self.o.lines[n]))
            if (m := LABELLED_RE.match(line)) and "chair" in roles_of(m.group("key")):
                for person in split_speakers(m.group("value").strip(), single_ok=True):
                    if person.name not in known:
                        known.add(person.name)
                        self.p.roles.append(ProgrammeRole(person, "chair"))

    def _own_words_over_list(self, section: Section) -> bool:
        """``## Event sourcing in anger`` / the writer's own sentences / ``- *Book* by
        Author``: a heading with the writer's sentences above its list is a talk being
        noted, the list its reading list, never the talks of a session (unless the heading
        says it is one: ``## Session 3``)."""
        lists = [b.first for b in section.blocks if b.kind == "list"]
        if not lists or SESSION_RE.search(strip_markdown_inline(section.title)):
            return False
        return any(
            b.kind == "paragraph"
            and not b.bold
            and len(b.text.split()) >= OWN_WORDS
            and not b.text.rstrip().endswith(":")
            and find_date(b.text, self.year)[0] is None
            for b in section.blocks
            if b.first < lists[0]
        )

    def _listed_talks(self, first: int, last: int, least: int = 2) -> list[HeadingTalk]:
        """The talks a heading's list holds, at any depth (``- **Speakers:**`` over
        ``  - Speaker 1: Dr. Ana Ruiz - *Title*``): ``least`` or more items (two, or one
        under a heading that says its items are talks, ``## Workshops``), each a speaker
        and a title; ``Chair: Name`` items name the session's chairs. Other lists are
        notes."""
        talks: list[HeadingTalk] = []
        chairs: list[ProgrammePerson] = []
        items = 0
        unread: list[tuple[int, str, tuple[str, ...]]] = []  # items the template may read
        slots: list[tuple[int, HeadingTalk]] = []  # timed items naming nobody, and where
        day: date | None = None  # "Friday, August 10" between the items: theirs from there
        colon_named = 0  # items read as "Full Name: Title"
        by_colon: list[tuple[int, str, str]] = []  # "Ana: Title" items: a name by itself
        sited: list[tuple[int, HeadingTalk]] = []  # "Full Name (site): Title" read alone
        colon_sited = 0  # items read as "Full Name (site): Title"
        slot_over: tuple[int, time, int] | None = None  # a timed item's indent, time, slot
        under_slot = 0  # talks nested under a timed item, at its time
        slot_remarks = 0  # "Name: on call" remarks nested under a timed item
        holding: set[int] = set()  # slots whose nested items are talks: labels, no entries
        for n in range(first, last + 1):
            m = ITEM_LINE_RE.match(self.o.lines[n])
            if m is None:
                if talks and self.o.lines[n].strip():
                    day = self._date_alone(strip_markdown_inline(self.o.lines[n])) or day
                continue
            items += 1
            text = strip_markdown_inline(m.group(1)).strip()
            label, colon, rest = text.partition(":")
            if colon and "chair" in roles_of(label) and (who := split_speakers(rest.strip())):
                chairs.extend(who)
                continue
            if pair := paired_talk_lines(m.group(1)):
                # "Ana és Bo (site): [T1](a) és [T2](b)": two speakers, a talk each
                talks.extend(read_heading(line, self.year) for line in pair)
                for t in talks[-2:]:
                    t.day = t.day or day
                continue
            item = read_heading(m.group(1), self.year)
            item.title = without_linked_aside(item.title, m.group(1))
            colon_sited += bool(colon and _sited(item.speakers) and split_speakers(label))
            stressed = title_stress(m.group(1))
            if stressed and (found := stressed_title(text, stressed)):
                # "Ana Ruiz and Bo Li, *Title: Subtitle*": the stress marks the title field
                item.title, item.speakers = found
            elif stressed and not item.speakers:
                unread.append((len(talks), text, stressed))
            if item.speakers and item.title.strip() and text.endswith(item.title.strip()[-12:]):
                # "Ana Ruiz: Title that wraps" / "  onto the next line": the title closing
                # the item's line goes on (a new sentence there is the writer's remark)
                item.title = wrapped_title(item.title, self._wrapped(n, last))
                colon_named += bool(colon) and split_speakers(label) == item.speakers
            elif colon and not item.speakers and 0 < len(label.split()) <= 3 and rest.strip():
                by_colon.append((len(talks), label.strip(), f"{rest} {self._wrapped(n, last)}"))
                if own := self._sited_talk(label, m.group(1)):
                    sited.append((len(talks), own))
            label_only = _field_label(item.title)
            if colon and item.speakers and term_explained(label, rest, item.speakers):
                continue  # "**Context Gap:** The models miss ...": a point and its sentence
            indent = len(self.o.lines[n]) - len(self.o.lines[n].lstrip())
            if item.start is not None:
                slot_over = (indent, item.start, len(slots))
            elif slot_over is not None and indent <= slot_over[0]:
                slot_over = None  # an untimed item beside the timed ones: out of the slot
            if item.speakers and item.title and not label_only and not bare_cjk(item.speakers):
                item.day = item.day or day
                if item.start is None and slot_over is not None:
                    if colon and split_speakers(label) == item.speakers and _remark(rest):
                        # "10:00 Standup:" over "  * Ana Ruiz: on call": a status line
                        slot_remarks += 1
                    else:
                        # "18:30 Talks:" over "  - Ana Ruiz om Topic": the slot's time is its
                        item.start, under_slot = slot_over[1], under_slot + 1
                        holding.add(slot_over[2])
                talks.append(item)  # "目的：…" is a field's label, not a speaker
            elif item.start is not None and item.title and not label_only:
                item.day = item.day or day
                slots.append((len(talks) + len(slots), item))  # "14:30 Coffee break"
            if slot_over is not None and item.start is not None and slot_over[2] == len(slots):
                slot_over = (indent, item.start, -1)  # a timed talk, no slot of its own
        if len(talks) >= max(2, least):
            # the list's template agreed on: an item whose people it did not trust alone
            # ("Perry Hart and Favonia, *Title*") reads the same way
            for at, text, stressed in reversed(unread):
                if found := stressed_record(text, stressed):
                    item = read_heading(found[0], self.year)
                    item.title, item.speakers = found
                    talks.insert(at, item)
        if _colon_column(colon_named, len(by_colon), items):
            # "Full Name: Title" item after item: the colon closes the speakers' column,
            # so "Sam: Title" and "Ana and Bo: Title" name theirs by first name
            for at, label, rest in reversed(by_colon):
                if who := self._first_named(label):
                    item = HeadingTalk(without_trailing_url(rest), speakers=who)
                    item.day = day
                    talks.insert(at, item)
        if colon_sited >= max(2, len(sited)):
            # "Full Name (site): Ruby FFI" among items written so: the label column
            # names the speaker even where the title reads like a name
            for at, item in reversed(sited):
                item.day = item.day or day
                talks.insert(at, item)
        timetabled = 0 < under_slot == len(talks) and len(slots) >= 2 and not slot_remarks
        if not timetabled and (
            len(talks) < max(least, min(2, items)) or len(talks) * 2 < items - len(chairs)
        ):
            # a few "Name: remark" bullets among a talk's notes are notes; one talk alone
            # only when it is the list's one item
            return []
        for person in chairs:
            self.p.roles.append(ProgrammeRole(person, "chair"))
        if slots and sum(t.start is not None for t in talks) * 2 >= len(talks):
            # a timed list is the day's timetable: its opening, breaks and other slots
            # are entries of it at their times, not words of the first talk's note
            for k, (at, slot) in enumerate(slots):
                if k not in holding:  # "17:30 Talks:" over its talks names no entry
                    talks.insert(at - sum(h < k for h in holding), slot)
        return talks

    def _digits_day(self, m: re.Match[str]) -> date | None:
        """The day ``12.6.`` or ``10/28`` names in the document's year: dots put the day
        first; a slash's number above 12 says which is the day, else the document's other
        numeric dates do (:func:`numeric_order`); None when nothing says."""
        a, b = int(m.group(1)), int(m.group(3))
        if m.group(2) == ".":
            day, month = a, b
        elif b > 12 >= a:
            month, day = a, b
        elif a > 12 >= b:
            day, month = a, b
        elif (order := numeric_order(self.o.text(0, len(self.o.lines) - 1))) is not None:
            day, month = (a, b) if order == "dmy" else (b, a)
        else:
            return None
        try:
            return date(self.year or 0, month, day)
        except ValueError:
            return None

    def _decks_listed(self, first: int, last: int) -> list[tuple[int, HeadingTalk]]:
        """A list of the talks a person saw, by their slides or recordings: most items
        one link each to a talk's deck or video (``- [Title](https://speakerdeck.com/…)``),
        two or more, the others short lines alone (a title whose slides were not out).
        The linked words are the talk's title as its page writes it: no speaker is read
        off them. Items holding more than a title (a sentence, a link among words), or
        words outside the list, make the list notes. (line, talk) for each item."""
        talks: list[tuple[int, HeadingTalk]] = []
        decks = 0
        for n in range(first, last + 1):
            line = self.o.lines[n]
            if not line.strip() or LIST_MARK_RE.sub("", line).strip() == "":
                continue  # a blank line, an empty item ("- ")
            m = ITEM_LINE_RE.match(line)
            if m is None or line[:1].isspace():
                return []  # words of the writer's own, or an item's nested notes
            raw = m.group(1).strip()
            links: list[Link] = []
            if ONE_LINK_RE.fullmatch(raw) and (lm := LINK_RE.match(raw)) is not None:
                links = [classify_link(lm.group("url") or "", lm.group("label") or "")]
                if links[0].kind not in ("slides", "video"):
                    return []
                decks += 1
            elif LINK_RE.search(raw) or len(raw.split()) > _BARE_TITLE_WORDS or len(raw) > 120:
                return []
            item = read_heading(raw, self.year)
            item.title, item.speakers, item.whole = strip_markdown_inline(raw).strip(), [], ""
            item.links = links
            talks.append((n, item))
            if len(talks) > _DECKS_MOST:
                return []
        return talks if decks >= 2 and decks * 2 >= len(talks) else []

    def _deck_session(self, section: Section, level: int, previous: list[time]) -> bool:
        """A heading over a list of the talks seen, by their decks (:meth:`_decks_listed`):
        each item a talk, its line its note; the heading their day (``## 10/28``) or
        their session. Only a day's heading, or one above the talks' headings (a group
        of them): under a talk's heading (``### Further reading``) decks are its notes.
        False when the list is no such list."""
        title = strip_markdown_inline(section.title)
        day = self._date_of(title)
        if day is None and self.year and (digits := _DIGITS_DAY_RE.fullmatch(title.strip())):
            day = self._digits_day(digits)  # "## 10/28": a day the year says whole
        if (day is None and section.level >= level) or read_heading(
            section.title, self.year
        ).speakers:
            return False
        last = own_last(section)
        talks = self._decks_listed(section.heading_last + 1, last)
        if not talks:
            return False
        self.consumed.update(range(section.line, section.heading_last + 1))
        outer = self.session
        if day is not None:
            self.day = day
        else:
            self.session = self._session(title)
        ends = [n - 1 for n, _t in talks[1:]] + [last]
        for (n, talk), end in zip(talks, ends, strict=True):
            body, b0, b1 = self._body(n, end)
            self._add(talk, body, b0, b1, previous)
        self.session = outer
        return True

    def _wrapped(self, n: int, last: int) -> str:
        """The lines an item's line ``n`` wraps onto (indented, up to a blank line or the
        next item), as one line."""
        more: list[str] = []
        for k in range(n + 1, min(last, n + 6) + 1):
            line = self.o.lines[k]
            if not line.strip() or not line[:1].isspace() or ITEM_LINE_RE.match(line):
                break
            more.append(strip_markdown_inline(line).strip())
        return " ".join(more)

    def _session_of(
        self,
        head: HeadingTalk,
        talks: list[HeadingTalk],
        body: str,
        first: int,
        last: int,
        previous: list[time],
    ) -> None:
        """A heading over its listed talks: a session, and each talk in it at its time."""
        outer = self.session
        label, colon, rest = strip_markdown_inline(head.whole or head.title).partition(":")
        if colon and "chair" in roles_of(label) and (chairs := split_speakers(rest.strip())):
            for person in chairs:  # "#### Chair: Lee Park" over the session's talks
                self.p.roles.append(ProgrammeRole(person, "chair"))
        self.session = self._session(head.title)
        day = head.day or self.day
        if day and head.start:
            self.p.sessions[-1].start = datetime.combine(day, head.start)
            if head.end:
                self.p.sessions[-1].end = datetime.combine(day, head.end)
        for n, item in enumerate(talks):
            item.start = item.start or (head.start if n == 0 else None)
            item.ampm = item.ampm or head.ampm
            item.day = item.day or head.day
            self._add(item, body if n == 0 else "", first, last, previous)
        self.session = outer

    def _trailing_day(self, first: int, last: int) -> tuple[int, date | None]:
        """A lone date line closing a section (``**Tuesday, 5 November 2024**``) is the
        next day starting, not a word of this talk's notes: (last body line, that day)."""
        n = last
        while n >= first and not self.o.lines[n].strip():
            n -= 1
        if n < first:
            return last, None
        stripped = strip_markdown_inline(self.o.lines[n]).strip(" *_-#")
        found, _own = find_date(stripped, self.year)
        if found and is_day(stripped, self.year) and len(stripped) <= 40:
            self.consumed.add(n)
            return n - 1, found
        return last, None

    def bold(self, blocks_owner: Section) -> None:
        """Talks started by lead lines (bold lines, ``Speaker - Title`` lines, bold list
        items) inside one section (or the root)."""
        previous: list[time] = []
        starts = leads(self.o, blocks_owner)
        first_lead = starts[0].line
        if blocks_owner.line >= 0:
            self.day = self._date_of(blocks_owner.title) or self.day
        pre_first = self.o.front_last + 1  # text above the title is kept too
        name = blocks_owner.title or self.p.name or "Notes"
        self._opening(blocks_owner, pre_first, first_lead - 1, name, previous)
        self._lead_talks(starts, blocks_owner.end, previous)

    def _list_session(self, section: Section, previous: list[time]) -> bool:
        """A heading that names no talk over a list whose items open with ``Title -
        Name`` and carry their notes nested under them (``# To watch`` then ``- Title -
        Name`` / ``  what it is about``): a session of those talks; False otherwise."""
        if read_heading(section.title, self.year).speakers or section.children:
            return False
        found = {lead.line for lead in leads(self.o, section) if not lead.keep}
        if len(found) < 2 and SESSION_RE.search(strip_markdown_inline(section.title)):
            # "## Lightning Talks" over items each with its notes nested under it: a session
            # says its items are talks, named or not
            lists = [b for b in section.blocks if b.kind == "list"]
            spans = lists[0].spans if len(lists) == 1 else []
            noted = [
                first
                for first, last in spans
                if any(self.o.lines[n].strip() for n in range(first + 1, last + 1))
            ]
            # most items with notes under them: the talks. A bare item among them (a
            # noted item follows it) is a talk the writer took no notes of, with an empty
            # note; bare items after the last noted one (a remark closing the list, "what
            # a fun hour") stay in the note above them
            if len(noted) >= 2 and len(noted) * 3 >= len(spans) * 2:
                found = {first for first, _last in spans if first <= noted[-1]}
        block = next((b for b in section.blocks if b.kind == "list" and b.first in found), None)
        if len(found) < 2 or block is None:
            return False
        starts = [  # every item of that list with notes under it, named or not
            Lead(
                first,
                strip_markdown_inline(LIST_MARK_RE.sub("", self.o.lines[first])).strip(),
                keep=True,  # the item stays in its note, as written
            )
            for first, last in block.spans
            if first in found or any(self.o.lines[n].strip() for n in range(first + 1, last + 1))
        ]
        if any(b.kind != "list" and b.first > block.first for b in section.blocks):
            return False  # text after the list: the heading's own notes
        self._session_of_leads(section, starts, previous)
        return True

    def _session_of_leads(self, section: Section, starts: list[Lead], previous: list[time]) -> None:
        """``section`` a session holding the talks ``starts`` open: its heading the
        session's title, its lines before the first talk a note of their own. A heading
        that is a date and nothing more (``May 15, 2019`` over a list of talks) is their
        day, as a day's heading over talk headings is, not a session."""
        title = strip_markdown_inline(section.title)
        self.consumed.update(range(section.line, section.heading_last + 1))
        outer = self.session
        if day := self._date_of(title):
            self.day = day
        if day is None or not is_day(title, self.year) or _more_than_a_date(title):
            self.session = self._session(title)
        n = self._meta(section.heading_last + 1, starts[0].line - 1, None)
        self._loose(title, n, starts[0].line - 1, previous)
        self._lead_talks(starts, section.end, previous)
        self.session = outer

    def _lead_session(self, section: Section, previous: list[time]) -> bool:
        """A heading that names no talk and holds no headings, over bold lines that each
        start a talk with its notes (``### Day one`` over ``**"Title" by Name**``, ``**Title**
        — *Name*``): a part of the programme holding those talks, each bold line a talk to
        the next; False otherwise. Two bold leads at least, every bold line of the part one
        of them, half of them naming their speakers or the heading naming a day."""
        if section.children or read_heading(section.title, self.year).speakers:
            return False
        bold = {
            b.first
            for b in section.blocks
            if b.kind == "paragraph" and (b.bold or starts_bold(self.o.lines[b.first]))
        } - stressed_in_notes(self.o, section)  # "**Main points:**" in a talk's notes
        starts = [
            x for x in leads(self.o, section) if (x.line in bold or x.labelled) and not x.keep
        ]
        named = [
            x
            for x in starts
            if read_heading(x.text, self.year).speakers
            or self._speaker_line_after(x.line + x.lines - 1)
        ]
        title = strip_markdown_inline(section.title)
        a_day = bool(DAY_RE.search(title) or nth_day(title) or self._date_of(title))
        # one bold title over its speaker's field ("**Title**" / "Speaker: Name") is a
        # talk by itself; a lone bold line otherwise may be the writer's stress
        alone = len(starts) == 1 and self._speaker_line_after(starts[0].line)
        if (len(starts) < 2 and not alone) or not named:
            return False
        if not (a_day or len(named) * 2 >= len(starts)):
            return False
        if len(starts) < len({n for n in bold if n >= starts[0].line}):
            # bold lines among the talks that start none (a break, a clock's slot): a page's;
            # one above the first talk is the part's opening, kept in a note of its own
            return False
        if day := self._date_of(title):
            self.day = day
        self._session_of_leads(section, starts, previous)
        return True

    def _speaker_line_after(self, n: int) -> bool:
        """The first line of text after line ``n`` is a speaker's field (``Speaker: Name``,
        ``演讲人：Name``): the bold line above it is a talk's title."""
        for k in range(n + 1, min(len(self.o.lines), n + 4)):
            line = self.o.lines[k]
            if line.strip():
                m = META_RE.match(line)
                return bool(m and m.group("key").lower() in SPEAKER_KEYS) or bool(
                    sentence_speakers(line)
                )
        return False

    def _sited_talk(self, label: str, markdown: str) -> HeadingTalk | None:
        """The talk of a ``Full Name (site): Title`` item that ``read_heading`` did not
        split (its title reads like a name too): the label's one person, with a site or
        group in brackets, and the title after the colon, its linked aside dropped; None
        for any other label."""
        who = split_speakers(label.strip())
        if not _sited(who):
            return None
        rest = without_trailing_link(after_label(markdown))
        title = without_linked_aside(read_heading(rest, self.year).title, rest).strip()
        if not title or is_generic(title):
            return None
        return HeadingTalk(title, speakers=who)

    def _first_named(self, label: str) -> list[ProgrammePerson]:
        """The people a ``Sam: Title`` item's label names by first name (``Ana and Bo``)
        in a column of ``Full Name: Title`` items: never an organisation, a field or a
        part of the writer's notes (``Tip``, ``Verdict``), nor a word the document writes
        in lower case elsewhere (a common word of its language, not a name)."""
        label = label.strip()
        if is_organisation(label) or is_generic(label) or roles_of(label):
            return []
        who = split_speakers(label, single_ok=True)
        if not who or any(p.affiliations for p in who):
            return []
        if self._lower_words is None:
            text = self.o.text(0, len(self.o.lines) - 1)[:200_000]
            self._lower_words = {w for w in _WORD_RE.findall(text) if w.islower()}
        words = [w for p in who for w in p.name.split()]
        return [] if any(w.casefold() in self._lower_words for w in words) else who

    def _lead_talks(self, starts: list[Lead], end: int, previous: list[time]) -> None:
        """The talks that ``starts`` open, each to the line before the next (the last to
        ``end``)."""
        ends = [lead.line - 1 for lead in starts[1:]] + [end]
        reads = [read_heading(lead.text, self.year) for lead in starts]
        colon = [lead.text.partition(":") for lead in starts]
        named = sum(
            bool(c[1]) and bool(t.speakers) and split_speakers(c[0]) == t.speakers
            for c, t in zip(colon, reads, strict=True)
        )
        bare = sum(bool(c[1]) and not t.speakers for c, t in zip(colon, reads, strict=True))
        for lead, last, t, (label, said, rest) in zip(starts, ends, reads, colon, strict=True):
            if lead.people and not t.speakers:
                t.title, t.speakers = lead.text, [replace(p) for p in lead.people]
            if (
                not t.speakers
                and said
                and _colon_column(named, bare, len(starts))
                and 0 < len(label.split()) <= 3
                and rest.strip()
                and (who := self._first_named(label))
            ):
                # "Full Name: Title" item after item: the colon closes the speakers'
                # column, so "Sam: Title" and "Ana and Bo: Title" name theirs by first name
                t.title, t.speakers = rest.strip(), who
            if lead.keep and t.speakers and lead.text.endswith(t.title.strip()[-12:]):
                # "Ana Ruiz: Title that wraps" / "  onto the next line"
                t.title = wrapped_title(t.title, self._wrapped(lead.line, last))
            stressed = tuple(
                m.group(2) for m in STRESS_RE.finditer(self.o.lines[lead.line]) if m.group(2)
            )
            if stressed and t.title not in stressed:
                _day, rest = leading_date(lead.text, self.year)
                if found := stressed_title(rest.strip(" -–—:|"), stressed):
                    t.title, t.speakers = found  # "**21 aprile** - Name, *Title: subtitle*"
            day = self._date_of(lead.text)
            if day:
                self.day = day
                t.day = day
            after = lead.line + lead.lines  # the line under its title
            if not lead.keep:
                self.consumed.update(range(lead.line, after))
            kept_from = lead.line if lead.keep else after
            if day and (under := self._talk_under_date(lead, after, last)) is not None:
                # "**5 May 2020.**" / "Lecture: “Title” Name": the day's talk, its heading
                # line kept in its note as written
                t, kept_from = under
                t.day, after = day, kept_from + 1
            self._meta(after, last, t)
            # the lines read as facts (its speaker's line) stay in the note, as under a heading
            body, b0, b1 = self._body(kept_from, last)
            self._signed(t, body)
            self._add(t, body, b0, b1, previous)

    def _talk_under_date(self, lead: Lead, first: int, last: int) -> tuple[HeadingTalk, int] | None:
        """The talk a bold date and nothing more opens (``**5-May-2020.**`` over
        ``Lecture: “Title” Name``): the date is its day, the first line under it its
        heading when that line reads as a talk (a speaker, or a kind of programme item
        such as a round table), and that line's number. None otherwise."""
        if _more_than_a_date(lead.text):
            return None
        n = next((k for k in range(first, last + 1) if self.o.lines[k].strip()), None)
        if n is None or META_RE.match(self.o.lines[n]) or starts_bold(self.o.lines[n]):
            return None
        t = read_heading(strip_markdown_inline(self.o.lines[n]).strip(), self.year)
        if not t.title or not (t.speakers or t.kind not in ("talk", "other")):
            return None
        return t, n

    def people_page(self, named: list[Section]) -> None:
        """A speakers or organisers page: each name heading is a person with the role its
        parent heading says; the page's text is kept whole in one note."""
        parents: dict[int, Section] = {}
        for section in self.o.root.walk():
            for child in section.children:
                parents[id(child)] = section
        for section in named:
            title = strip_markdown_inline(section.title)
            said = kind_and_name(title) if not split_speakers(title) else None
            (person,) = (
                [said[1]]
                if said
                else split_speakers(title) or split_speakers(title, single_ok=True)
            )[:1]
            fields = card_fields(section)
            first = next((b for b in section.blocks if b.text.strip()), None)
            if fields.get("affiliation") and not person.affiliations:
                person.affiliations = [fields["affiliation"]]
            elif (
                first is not None
                and not person.affiliations
                and not CARD_LABEL_RE.match(first.text)
            ):
                lead = re.split(r"(?<=[.;])\s", first.text, maxsplit=1)[0].rstrip(".;")
                if is_organisation(lead) and len(lead.split()) <= 8:
                    person.affiliations = [lead]
            role, up = "speaker", parents.get(id(section))
            if said and said[0] == "keynote":
                role, up = "keynote", None  # "Keynote - Name": the heading says the role
            while up is not None and up.line >= 0:
                kind = section_kind(strip_markdown_inline(up.title))
                if kind in ("organizer", "keynote", "panelist"):
                    role = kind
                    break
                up = parents.get(id(up))
            self.p.roles.append(ProgrammeRole(person, role))
            if (talk := fields.get("title")) and role != "organizer":
                self.p.talks.append(
                    ProgrammeTalk(
                        title=talk,
                        kind="keynote" if role == "keynote" else title_kind(talk, True),
                        speakers=[person],
                        abstract=fields.get("abstract", ""),
                        day=self.day,
                    )
                )
        title = next((s.title for s in self.o.sections()), "") or "People"
        body, b0, b1 = self._body(self.o.front_last + 1, len(self.o.lines) - 1)
        self._add(HeadingTalk(title=strip_markdown_inline(title), kind="other"), body, b0, b1, [])

    def table(self, owner: Section, block: Block) -> None:
        """One talk per row of a table of talks; the notes cells are the bodies."""
        previous: list[time] = []
        if owner.line >= 0:
            self.consumed.update(range(owner.line, owner.heading_last + 1))
            self.day = self._date_of(owner.title) or self.day
        pre_first = self.o.front_last + 1  # text above the title is kept too
        n = self._meta(pre_first, block.first - 1, None)
        self._loose(owner.title or "Notes", n, block.first - 1, previous)
        rows = [r.split("\t") for r in block.items]
        roles = column_roles(rows)
        source_rows = [
            n
            for n in range(block.first, block.last + 1)
            if self.o.lines[n].strip() and not _TABLE_RULE_RE.match(self.o.lines[n])
        ]
        for row, line in zip(rows[1:], source_rows[1:], strict=False):
            cells = dict(zip(roles, row, strict=False))
            t = read_heading(cells.get("title", ""), self.year)
            if not t.title:
                continue
            if cells.get("speaker"):
                # the column names people: a cell of handles alone (@ana) names them too
                t.speakers = (
                    split_speakers(cells["speaker"], single_ok=True)
                    or handles_only(cells["speaker"])
                    or t.speakers
                )
            if cells.get("date"):
                t.day = self._date_of(cells["date"])
            if cells.get("time"):
                t.start, t.end, t.ampm = clock_range(cells["time"])
                t.day = t.day or self._date_of(cells["time"])  # "07.03 19:00": its day too
            t.room = cells.get("room", "")
            extra = [
                (rows[0][i] if i < len(rows[0]) else "", cell)
                for i, (role, cell) in enumerate(zip(roles, row, strict=False))
                if role == "notes" and cell.strip()
            ]
            body = "\n".join(cell for _header, cell in extra)
            self._add(t, body + "\n" if body else "", line, line, previous)
        self.consumed.update(range(block.first, block.last + 1))
        after = block.last + 1
        last = own_last(owner) if owner.children else owner.end
        if after <= last:
            self._loose(owner.title or "Notes", after, last, previous)

    def mix(self, owner: Section, block: Block) -> None:
        """A table of talks and, under headings, notes about them: each heading's notes go
        to the talk its words name (``Notes on vLLM``), or stand alone."""
        before = len(self.p.talks)
        self.table(owner, block)
        talks = self.p.talks[before:]
        for child in owner.children:
            target = named_talk(child.title, talks)
            if target is None:
                self.consumed.update(range(child.line, child.heading_last + 1))
                body, b0, b1 = self._body(child.heading_last + 1, child.end)
                self._add(
                    HeadingTalk(title=strip_markdown_inline(child.title), kind="other"),
                    body,
                    b0,
                    b1,
                    [],
                )
                continue
            body, b0, b1 = self._body(child.line, child.end)  # its heading goes along
            if body.strip():
                target.body = (target.body + "\n" if target.body else "") + body
                target.origin = ", ".join(
                    x for x in (target.origin, f"lines {b0 + 1}-{b1 + 1}") if x
                )

    def _signed(self, t: HeadingTalk, body: str) -> None:
        """``— Name`` as the last line of a talk's notes names its speaker (the line stays)."""
        if t.speakers or not body.strip():
            return
        last = body.strip().split("\n")[-1]
        if (m := SIGNATURE_RE.match(last)) and (who := split_speakers(m.group("who"))):
            t.speakers = who
            return
        # "- Talk by Ana Ruiz" further down, after a first impression: the one by-line of
        # the talk's own lines names its speaker (the line stays)
        said = [
            who
            for line in body.split("\n")[:40]
            if (m := BY_LINE_RE.match(line))
            and (who := by_said_people(strip_markdown_inline(m.group("who")).strip(" *_.")))
        ]
        if len(said) == 1:
            t.speakers = said[0]

    def _listed_people(self, first: int, stop: int, t: HeadingTalk) -> None:
        """A list of people under a label naming their role near the top of one talk's
        notes (``Panelists:`` then ``* Justin Yarbrough`` lines): the talk's speakers; a
        panel's label makes the talk a panel."""
        lines = self.o.lines[first:stop]
        if not (people := labelled_list_people("\n".join(lines))):
            return
        t.speakers = people
        labels = (x.strip()[:-1] for x in lines if x.strip().endswith(":"))
        if t.kind == "talk" and any(
            kind_of(label) == "panel" or label.casefold().startswith("panel") for label in labels
        ):  # "Panel:", "Panelists:", "Panelistas:": the people of a panel
            t.kind = "panel"

    def opening_link(self) -> Link | None:
        """A write-up without a title whose first line is one link to a talk's recording or
        slides, labelled with words of their own (``[Rendering in React](https://youtu.be/…)``):
        the talk it is about, named as the writer names it. A label that only says what
        the link is (``Video``, ``Slides``) names no talk."""
        first = self.o.front_last + 1
        line = next((x.strip() for x in self.o.lines[first : first + 8] if x.strip()), "")
        m = LINK_RE.fullmatch(line)
        if m is None or not m.group("label") or not m.group("url"):
            return None
        label = strip_markdown_inline(m.group("label")).strip()
        if len(label) < 4 or link_kind("", label) != link_kind("", ""):
            return None
        link = classify_link(m.group("url"), label)
        return link if link.kind in ("video", "slides") else None

    def _role_part_speakers(self, title_section: Section, title: str, t: HeadingTalk) -> None:
        """The speaker a part headed ``## Author`` names under the title: theirs over a
        "Name: Title" reading of the title, whose colon is then the title's own
        (``# Evolving Designs: a field guide`` over ``## Author`` / ``Ana Ruiz``)."""
        who = role_part_speakers(self.o, title_section)
        if not who:
            return
        named = {p.name.casefold() for p in who}
        split = read_heading(title, self.year).speakers if title else []
        if t.speakers and [p.name for p in t.speakers] == [p.name for p in split]:
            if named & {p.name.casefold() for p in split}:
                return  # "# Ana Ruiz: Faster Logs" over "## Speaker" / "Ana Ruiz": agreed
            t.title = strip_markdown_inline(title).strip()
            t.speakers = []
        if not t.speakers:
            t.speakers = who

    def one_talk(self, title_section: Section | None) -> bool:
        """The whole document as one talk; True when something says it is a talk."""
        front = self.o.front
        title = str(front.get("title") or (title_section.title if title_section else "") or "")
        stem = stem_title(Path(self.source).stem)
        if not title and not any(c.isspace() for c in stem.strip()):
            # a note named by a one-word file ("sum.md") whose first line stands alone
            # ("Career panel:", a blank line after it): that line is its title
            title = opening_label(self.o)
        t = read_heading(title or stem, self.year)
        own = title_part(self._heading_text(title_section), title) if title_section else ""
        if own and title_key(t.title) != title_key(own):
            # "title: Writer - Event 2019 - Talk (notes)" over "# Talk": the heading is the
            # talk's title, the front matter's the post's (its writer, its event)
            t = read_heading(own, self.year)
        for key, label in FRONT_LINKS:
            value = front.get(key)
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                t.links.append(classify_link(value, label))
        for key in ("time", "start_time", "startTime"):
            if front.get(key) is not None and t.start is None:
                t.start, t.end, t.ampm = clock_range(str(front[key]))
        if not title and (opened := self.opening_link()) is not None:
            t = read_heading(opened.label, self.year)  # "[Title](youtube…)" first: its title
            t.links.append(opened)
        if not t.speakers and not title and (side := linked_side(t.title, self.o.lines)):
            t.title, t.speakers = side  # "Swift Concurrency - Donny Wals.md", donnywals.dev
        subtitle = next(
            (
                str(v)
                for k, v in front.items()
                if isinstance(v, str) and roles_of(str(k)) == {"subtitle"}
            ),
            "",
        )
        subtitle = strip_markdown_inline(subtitle).strip()
        if t.speakers and subtitle and not read_heading(subtitle, self.year).speakers:
            # "title: NordJS - Grids by Ana Ruiz" over "subtitle: Laying out with intent": the
            # post's title says who spoke, its subtitle the talk's own title
            t.title = subtitle
        first = self.o.front_last + 1
        top = first
        if self.o.front_kind == "header":
            # a post's "Title: …" / "Author: …" header stays in the note's text, but its
            # lines are the post's (its writer, its date), no fact of the talk
            first = max(first, header_fields(self.o.lines)[1] + 1)
        heading = self._heading_text(title_section) if title_section is not None else ""
        if title_section is not None and front.get("title") and not same_title(heading, title):
            # front matter's title is the talk's; a first heading saying something else
            # ("# Part one") is the first part of the note, kept with it
            title_section = None
        if title_section is not None and title_section.line <= first + 3 + blank_run(self.o, first):
            self.consumed.update(range(title_section.line, title_section.heading_last + 1))
            if not any(self.o.lines[n].strip() for n in range(first, title_section.line)):
                first = top = title_section.heading_last + 1  # else the text above stays
                if not front.get("title") and said_more(self._heading_text(title_section), t):
                    top = title_section.line  # "# Title by [Name](…)": the heading stays too
                    self.consumed.difference_update(
                        range(title_section.line, title_section.heading_last + 1)
                    )
        n = self._meta(first, len(self.o.lines) - 1, t)
        n = self._meta_table(n, t)
        n = self._meta(n, len(self.o.lines) - 1, t)
        if title_section is not None:
            self._role_part_speakers(title_section, title, t)
        if not t.speakers:
            # "<Speaker name='Ana Ruiz' …/>" under the title: a docs site's speaker card
            under = title_section.heading_last + 1 if title_section is not None else first
            last = min(len(self.o.lines), under + 6)
            start = next((k for k in range(under, last) if self.o.lines[k].strip()), last)
            t.speakers = card_speakers(self.o.lines, start)
        if not t.speakers and title_section is not None:
            under = title_section.heading_last + 1
            opening = next((x for x in self.o.lines[under : under + 6] if x.strip()), "")
            # "A tutorial at X by Ana Ruiz and Bo Lin.", "Ana Ruiz will walk us through …"
            t.speakers = sentence_byline(opening) or prose_speakers(opening, t.title)
        if not t.speakers and title_section is not None:
            t.speakers = speaker_part(title_section)  # "* Speaker" then "Name (Lab)"
        if (
            not t.speakers
            and title_section is not None
            and talk_under(self.o, title_section) == (NAME_HEADING)
        ):
            # "## Title" then "### Name": the heading stays in the note, the name is its speaker
            kid = name_kid(self.o, title_section) or title_section.children[0]
            t.speakers = split_speakers(strip_markdown_inline(kid.title))
            if not t.speakers and (byline := byline_heading(kid.title, self.year)) is not None:
                # "## Ana Ruiz - @aruiz - 3 May 2031 - 14:00": its speaker, day and hour
                t.speakers = [ProgrammePerson(name=byline.name)]
                t.day = t.day or byline.day
                if t.start is None and byline.start is not None:
                    t.start, t.end, t.ampm = byline.start, byline.end, byline.ampm
        if not t.speakers and title_section is not None:
            t.speakers = byline_beside(self.o, title_section)  # "talk by Ana Ruiz" apart
        if not t.speakers:
            t.speakers = self._labelled_speakers(n, min(len(self.o.lines), n + 12))
        if not t.speakers:
            self._listed_people(n, min(len(self.o.lines), n + 24), t)
        if title_section is not None and opens(self.o, title_section):
            self._facts_under_title(title_section.heading_last + 1, t)
        self._header_block(first, t)
        if not t.speakers and title:
            t.speakers = possessive_speakers(title)  # "title: Ana Ruiz's Keynote"
        if not t.speakers and self.o.front_kind == "directives":
            # "@title …" / "@author Ana Ruiz": a deck's directives, whose author presents it
            # (a blog post's "author:" is who wrote the post, and is not read so)
            said = (str(v) for k, v in front.items() if k in SPEAKER_KEYS)
            t.speakers = next((w for v in said if (w := split_speakers(v, single_ok=True))), [])
        if not t.speakers and self.o.front_kind == "header":
            # a post's header naming the talk's speaker ("Speaker: Ana Ruiz"), not its
            # writer ("Author:", "By:" are who wrote the post)
            said = (
                str(v) for k, v in front.items() if str(k).casefold() in SPEAKER_KEYS - _WRITER_KEYS
            )
            t.speakers = next((w for v in said if (w := split_speakers(v, single_ok=True))), [])
        t.title = NOTES_PREFIX_RE.sub("", t.title).strip() or t.title  # "Notes: Title"
        evidence = bool(t.speakers) or n > first
        if self.o.front_kind == "header":
            top = min(top, self.o.front_last + 1)  # the header's lines kept in the note
        # the lines read as facts (``By Ana Ruiz``) stay in the note too: never dropped
        body, b0, b1 = self._body(top, len(self.o.lines) - 1)
        self._signed(t, body)
        self._add(t, body, b0, b1, [])
        return evidence

    def _facts_under_title(self, first: int, t: HeadingTalk) -> None:
        """The lines right under a talk's title that say its facts without a key, as a
        details list does (``* Ana Ruiz (Example Lab)``, ``* 11:05am–11:45am Wednesday,
        05/18/2016``, a link): a line that is only a person with their organisation is the
        speaker, a line that is only a day and a time is when. The lines are read up to
        :data:`UNDER_TITLE_LINES` lines with words (a part heading before them skipped),
        until the first sentence of notes or the next heading."""
        seen = 0
        headings = self.o.heading_lines()
        for n in range(first, min(len(self.o.lines), first + 3 * UNDER_TITLE_LINES)):
            line = self.o.lines[n]
            if n in headings and seen:
                return  # the facts' part ended ("## Details:" then its list, then "## Notes")
            if not line.strip() or n in headings:
                continue
            seen += 1
            if seen > UNDER_TITLE_LINES:
                return
            plain = strip_markdown_inline(ITEM_MARK_RE.sub("", line)).strip()
            if LINK_LINE_RE.match(line) or plain.startswith(("http://", "https://")):
                continue
            if len(plain.split()) > 12:
                return  # the notes began
            if t.start is None and (clock := clock_range(plain))[0] is not None:
                day = self._date_of(plain)
                rest = strip_dates(CLOCKS_RE.sub(" ", plain)) if day else plain
                if day and not DAY_RE.sub(" ", rest).strip(" ,.-–—~()"):
                    t.start, t.end, t.ampm = clock
                    t.day = t.day or day
                    continue
            if (
                not t.speakers
                and len(plain) <= 80
                and (who := split_speakers(plain))
                and all(p.affiliations for p in who)
            ):
                # a name with its organisation (``Ana Ruiz (Example Lab)``): a list's bare
                # two capitalised words ("- Initial Implementation") are the notes' own
                t.speakers = who
                continue

    def _header_block(self, first: int, t: HeadingTalk) -> None:
        """The short lines that open a talk's note before its first blank line, as a
        note-taker heads a file (``Title`` / ``Conf 2015 - 11/17/2015`` / ``Ana Ruiz`` /
        ``@aruiz``): a line that is one person's full name alone over their handle is the
        speaker (a name or a handle alone may be the note-taker's own); a line
        holding a date with its year is the talk's day. A block with a line of prose in it
        is the notes themselves, and says nothing."""
        lines = self._opening_lines(first)
        if not lines or any(len(line.split()) > HEADER_LINE_WORDS for line in lines):
            return
        for n, line in enumerate(lines):
            if t.day is None and (day := find_date(line, None))[0] is not None and day[1]:
                t.day = day[0]
            if not t.speakers:
                t.speakers = _name_over_handle(lines, n)

    def _opening_lines(self, first: int) -> list[str]:
        """The plain words of the lines from ``first`` (blank lines before them skipped)
        to the first blank line, at most :data:`HEADER_LINES` of them: [] when more."""
        n = first
        while n < len(self.o.lines) and not self.o.lines[n].strip():
            n += 1
        found: list[str] = []
        while n < len(self.o.lines) and self.o.lines[n].strip():
            if len(found) == HEADER_LINES:
                return []
            found.append(strip_markdown_inline(self.o.lines[n]).strip(" #*_"))
            n += 1
        return found

    def _labelled_speakers(self, first: int, stop: int) -> list[ProgrammePerson]:
        """``**演讲嘉宾**：李孟轩（…）`` a paragraph or two into a post: a line labelled with a
        speaker's key word in any language names the speakers (the line stays in the body)."""
        for n in range(first, stop):
            m = META_RE.match(self.o.lines[n])
            if m and m.group("key").lower() in SPEAKER_KEYS:
                value = strip_markdown_inline(m.group("value")).strip(" *_")
                if who := split_speakers(value, single_ok=True):
                    return who
        return []

    def _days_of_month(self) -> dict[str, date]:
        """Headings that each only name a day by the word Portuguese, Spanish and Italian
        date a day of the month with (``Dia 6``, ``Día 14``, ``Giorno 21``: "the 6th")
        whose numbers no count of the event's days reaches (the first above five and above
        how many there are: a count starts at one), in a document that names one month
        with its year (``outubro/2017``): the days of that month they are, by heading.
        Empty otherwise: ``Día 1``, ``Día 2`` count the event's days, and English's ``Day
        6`` or German's ``Tag 6`` always counts them (the sixth day of a long school)."""
        if self._month_days is not None:
            return self._month_days
        self._month_days = {}
        heads: list[tuple[str, int]] = []
        stack = list(reversed(self.o.root.children))
        while stack and len(heads) <= 40:
            section = stack.pop()
            title = strip_markdown_inline(section.title).strip(" *_:")
            if (
                (n := nth_day(title))
                and not without_nth_day(title).strip(" :-–—.,")
                and _DATE_DAY_WORD_RE.match(title)
            ):
                heads.append((title, n))
            stack.extend(reversed(section.children))
        counts = [n for _title, n in heads]
        month = month_of(self.o.text(0, min(len(self.o.lines), 60)))
        if (
            len(counts) < 2
            or counts != sorted(set(counts))
            or counts[0] <= max(len(counts), 5)
            or month is None
        ):
            return self._month_days
        with contextlib.suppress(ValueError):
            self._month_days = {title: date(*month, n) for title, n in heads}
        return self._month_days

    def _group_tag_at(self, line: int) -> str:
        """The tag the innermost heading over ``line`` that groups talks of one kind gives
        them (``## Workshops`` over ``### Day 2`` over the items): see :func:`group_tag`."""
        tag, sections = "", self.o.root.children
        for _depth in range(8):
            inside = next((s for s in sections if s.line < line <= s.end), None)
            if inside is None:
                break
            tag = group_tag(strip_markdown_inline(inside.title)) or tag
            sections = inside.children
        return tag

    def _section_date_field(self, item: BulletTalk) -> date | None:
        """The day a ``Date:`` field of the section a listed talk is in says (a meetup's
        ``### Meetup #3`` over ``* Data: 04/08/2018`` and its list of talks): the field
        between the heading and the item, the one day of the talks under it. None when
        the item has no heading over it, or the lines between name no day, or several."""
        if not item.listed or not item.heading_lines:
            return None
        said: set[date] = set()
        for n in range(max(max(item.heading_lines) + 1, item.first - 40), item.first):
            field_line = key_value(strip_markdown_inline(self.o.lines[n]).strip())
            if (
                field_line
                and KEY_ALIASES.get(field_line[0], field_line[0]) in ("date", "day")
                and (day := self._date_of(strip_markdown_inline(field_line[1]))) is not None
            ):
                said.add(day)
        return said.pop() if len(said) == 1 else None

    def bullets(self, found: list[BulletTalk], named_by: int = -1) -> None:
        """Outline bullets as talks (Logseq): a bullet with a talk's properties is a talk,
        the bullets above it its session, the rest of the outline notes of their own."""
        previous: list[time] = []
        covered: set[int] = set()
        sessions: dict[str, str] = {}
        file_day = self.day  # a journal's day; a talk's own date line dates that talk only
        if found:
            opening = min(min([b.first, *b.parent_lines, *b.heading_lines]) for b in found)
            announced = self._announced_day(self.o.front_last + 1, opening - 1)
            file_day = self.day = announced or file_day
        opened = -1  # a day heading's first line, kept in the note of the item under it
        days_over: dict[int, date | None] = {}
        for item in found:
            # "Saturday 12:40 Title - Name": the day and time its line began with are the talk's
            t = read_heading(unwiki(f"{item.when} {item.head}".strip()), self.year)
            if item.people:
                # the item's line named its speakers: its title is the rest, as read
                t.title, t.speakers = strip_markdown_inline(unwiki(item.head)), item.people
                t.whole, t.chairs = "", []
            elif item.listed and t.speakers:
                # the list's reader found no one in the item's line ("[Dataset Hashing:
                # Safer Graphs](…) showed…"): the linked words are the talk's title as its
                # page writes it, a colon inside it parts no speaker from it
                t.title, t.speakers = strip_markdown_inline(unwiki(item.head)), []
                t.whole, t.chairs = "", []
            if item.code:
                t.code = item.code  # "Title (NET305)": the session's code, its id
            if item.listed and not item.shared:
                # the item's link (its video, its slides) is the talk's
                t.links.extend(
                    classify_link(lm.group("url") or lm.group("bare"), lm.group("label") or "")
                    for lm in LINK_RE.finditer(self.o.lines[item.first])
                )
            for key, value in item.props:
                # an outline tool's property (``speaker::``) is named once for any number
                # of people: its singular says nothing of how many
                key = key if item.listed or key not in ONE_PERSON_KEYS else "speakers"
                self._meta_line(f"{key}: {value}", t)
            self.consumed.add(item.first)
            parent = strip_markdown_inline(item.parent)
            said = self.o.lines[item.parent_lines[-1]] if item.parent_lines else ""
            linked = [x for x in PAGE_LINK_RE.findall(said) if find_year(x)]
            dated = self._date_of(parent) if parent and not linked else None
            counted = self._days_of_month().get(parent.strip(" *_:")) if dated is None else None
            if parent and dated is None and counted is None:
                # "Viernes 13" over the items: near the post's date
                counted = self._ordinal_day(parent)
            if parent and dated is None and counted is None:
                # "Spring 04-15" over the items: the month and day, the title's year
                counted = padded_month_day(parent, self.year)
            dated = dated or counted
            if dated is not None and (
                counted or (is_day(parent, self.year) and not _more_than_a_date(parent))
            ):
                # "May 15, 2019" over the items: their day, no session; the heading stays
                # the writer's words too: in its first item's note when nothing but blank
                # lines comes between, else in the note of the text it heads
                self.day = dated
                self.session = None
                heads = [k for k in item.heading_lines if k not in covered]
                if (
                    item.listed
                    and heads
                    and not any(self.o.lines[k].strip() for k in range(max(heads) + 1, item.first))
                ):
                    opened = min(heads)
            else:
                # "Mardi 14 mai : enfin !": the items' day, the writer's words a session;
                # a topic's heading ("## Lightning talks") takes the day a heading over it
                # names ("# 2031-04-15")
                self.day = (
                    dated
                    if dated is not None and is_day(parent, self.year)
                    else self._day_over(item, days_over) or file_day
                )
                if parent and not self.p.name and len(linked) == 1:
                    self.p.name = linked[0]  # "Conference day 1 #[[LogConf 2025]]": its page
                elif parent and not self.p.name and find_year(parent) and dated is None:
                    self.p.name = title_name(parent, self.year) or parent  # "DevOps Days 2025"
                elif (
                    parent
                    and parent != self.p.name
                    and not (self.p.name and self.p.name == title_name(parent, self.year))
                    and parent not in sessions
                ):
                    # "# Notes from Conf 2031" over every item: the event, no session
                    sessions[parent] = self._session(parent)
                self.session = sessions.get(parent)
            if dated is None and (fielded := self._section_date_field(item)) is not None:
                self.day = fielded  # "### Meetup #3" / "* Date: 04/08/2018": its talks' day
            # an item of a list of talks stays in its note as written (its link, its
            # words after the speaker's name); a property bullet's head is its title
            body, b0, b1 = self._body(
                opened if opened >= 0 else item.first + (not item.listed), item.last
            )
            if item.shared:
                body = ""  # its item's lines are in the note of the talk it names first
            if opened >= 0:
                covered.update(range(opened, item.first))
            opened = -1
            self._group_tag = self._group_tag_at(item.first)
            self._add(t, body, b0, b1, previous)
            self._group_tag = ""
            covered.update(range(item.first, item.last + 1))
            covered.update(item.parent_lines)
        self.session = None
        self.day = file_day
        if named_by >= 0:
            covered.add(named_by)  # "# PyCon Notes 2025": the event's name, read as such
        run: list[int] = []
        for n in [*range(self.o.front_last + 1, len(self.o.lines)), len(self.o.lines)]:
            if n < len(self.o.lines) and n not in covered:
                run.append(n)
                continue
            if any(self.o.lines[k].strip() for k in run):
                # its first line of words names it (a title's "=====" overline names nothing)
                first = next(
                    (k for k in run if any(c.isalnum() for c in self.o.lines[k])),
                    next(k for k in run if self.o.lines[k].strip()),
                )
                said = self.o.lines[first].strip(" \t-*+")
                title = unwiki(strip_markdown_inline(said.lstrip("#").strip() or said))
                self._loose(title[:80] or "Notes", run[0], run[-1], previous)
            run = []

    def _day_over(self, item: BulletTalk, known: dict[int, date | None]) -> date | None:
        """The day a heading above the one an item is listed under names (``2031-04-15``,
        ``Tuesday 15 April``, ``Spring 04-15``) over ``## Talks`` and ``## LT``: the day of
        every list under it. None when no heading above names one day (a range of days
        names none). ``known``: the days found so far, by the line of the item's heading."""
        if not item.heading_lines or LABELLED_RE.match(strip_markdown_inline(item.parent)):
            return None  # "#### Chair: Lee Park": a fact of the session, read as such
        under = min(item.heading_lines)
        if under not in known:
            known[under] = self._heading_day_over(under)
        return known[under]

    def _heading_day_over(self, under: int) -> date | None:
        over = [s for s in self.o.sections() if s.line < under <= s.end and s.line >= 0]
        for section in sorted(over, key=lambda s: s.level, reverse=True):
            title = strip_markdown_inline(section.title)
            found = self._date_of(title) if is_day(title, self.year) else None
            if found is not None and range_end(title, found, self.year) is None:
                return found
            if (digits := padded_month_day(title, self.year)) is not None:
                return digits
        return None

    def _meta_table(self, n: int, t: HeadingTalk | None, last: int = -1) -> int:
        """A table of one talk's facts (``| Date | Title | Speaker |`` and one row, or
        ``| Speaker | Name |`` rows) starting at line ``n``: read and consumed. Without a
        talk (a document's opening, up to line ``last``), only rows of a key and its value:
        the event's facts."""
        block = next(
            (b for s in self.o.root.walk() for b in s.blocks if b.kind == "table" and b.first >= n),
            None,
        )
        if block is None or any(self.o.lines[i].strip() for i in range(n, block.first)):
            return n
        if t is None and block.last > last:
            return n
        rows = [r.split("\t") for r in block.items]
        facts: dict[str, str] = {}
        if t is not None and len(rows) == 2 and len(rows[0]) == len(rows[1]):
            facts = {k.strip().lower(): v.strip() for k, v in zip(rows[0], rows[1], strict=True)}
        elif all(len(r) == 2 for r in rows):
            facts = {r[0].strip().lower(): r[1].strip() for r in rows}
        understood = False
        for key, value in facts.items():
            line = f"{key}: {value}"
            if value and META_RE.match(line) and self._meta_line(line, t):
                understood = True
        if not understood:
            return n
        self.consumed.update(range(block.first, block.last + 1))
        return block.last + 1


_COLON_RE = re.compile(r"[:：]")
_KEY_CLOSE_RE = re.compile(r"^[*_]{1,3}(?=\s)")


def _stressed_names(line: str) -> list[ProgrammePerson] | None:
    """The people of a speaker field's ``line`` that sets their names apart by emphasis, then says
    what they do (``*Ana Ruiz*, Data Engineer, Harbour Lab``, ``**Bo Lin** - Org``): the
    emphasised names, each one person, and none of the words after them (a role, a
    company); None when the field opens on no emphasised name and more words."""
    # the field's own words after its key's colon, its emphasis as written (the key's
    # closing marks, "**Speaker:** *Ana*", aside)
    text = _KEY_CLOSE_RE.sub("", _COLON_RE.split(line[:400], maxsplit=1)[-1]).strip()
    first = STRESS_RE.match(text)
    if first is None or not text[first.end() :].strip(" *_"):
        return None
    people: list[ProgrammePerson] = []
    spans = list(STRESS_RE.finditer(text))
    for m in spans:
        who = split_speakers(strip_markdown_inline(m.group(2)).strip(), single_ok=True)
        if len(who) != 1 or who[0].affiliations:
            return None
        people.append(who[0])
    rest = strip_markdown_inline(text[spans[-1].end() :]).strip()
    if len(people) > 1 and rest.startswith(","):
        return None  # "*Ana* and *Bo*, Lab": their shared affiliation, read as before
    if len(people) == 1 and rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        people[0].affiliations = [rest[1:-1].strip()]  # "**Ana Ruiz** (Harbour Lab)"
        return people
    if len(people) == 1:
        # "*Ana Ruiz*, Data Engineer, Harbour Lab": after the roles, where she works
        said = strip_markdown_inline(text[first.end() :]).split(",")
        parts = [x.strip() for x in said if x.strip()]
        roles = 0
        while roles < len(parts) and is_job_title(parts[roles]):
            roles += 1
        if 0 < roles < len(parts):
            people[0].affiliations = [", ".join(parts[roles:])]
    return people


_STRESS_LEAD_RE = re.compile(
    r"\s{0,3}([*_]{1,2})(?![\s*_])([^*_\n]{2,80}?)(?<!\s)\1\s{0,3}([-–—|:/,])\s{0,3}(\S)"
)
"""A heading opening on a wholly emphasised stretch, then a separator, then more words
(``*Ana Ruiz* - Title``)."""
_STRESS_TAIL_RE = re.compile(
    r"(?:^|\s)([-–—|/,])\s{0,3}([*_]{1,2})(?![\s*_])([^*_\n]{2,80}?)(?<!\s)\2\s{0,3}$"
)
"""A heading closing on a separator, then a wholly emphasised stretch (``Title | *Ana*``)."""


_HEADING_MARK_RE = re.compile(r"\s{0,3}(?:#{1,6}|\*{1,8}(?=\s))\s{1,8}")
"""A heading line's own opening marker: Markdown's ``##``, Org's stars."""


_WORD_RE = re.compile(r"[^\W\d_]{2,40}")
_DATE_DAY_WORD_RE = re.compile(r"(?:d[ií]a|giorno)\s", re.I)
"""The word before a number that dates a day of the month (``Dia 6`` de outubro)."""


_DOTTED_NAME_RE = re.compile(r"[^\W\d_]\.[^\W\d_]")
"""A dot between two letters: a site's or a tool's name (``ruby-lang.org``, ``Node.js``)."""


def _remark(rest: str) -> bool:
    """The words after ``Name:`` in a status line (``finished the login page``, ``on
    call``): they open in lower case, as a sentence's remark does, not a talk's title."""
    words = rest.split()
    return bool(words) and words[0][:1].islower()


def _field_label(title: str) -> bool:
    """``Affiliation:``, ``Speaker bio``: an item's words that name a field, not a talk.
    Words joined by dots (``ruby-lang.org translation``, ``Node.js``) are a site's or a
    tool's name, a topic: their parts are no field's key words (a dot between digits,
    ``13.30``, is a clock's: ``日時: 13.30`` still names a field)."""
    words = title.split()
    if len(words) > 2 or any(_DOTTED_NAME_RE.search(w) for w in words):
        return False
    return bool(roles_of(title.strip(" :")))


def _sited(who: list[ProgrammePerson]) -> bool:
    """Whether ``who`` is one person of a full name with a site or group beside it
    (``Ana Ruiz (ruiz.dev)``), as a ``Name (site): Title`` item's label writes them."""
    return len(who) == 1 and bool(who[0].affiliations) and len(who[0].name.split()) >= 2


def _colon_column(named: int, bare: int, items: int) -> bool:
    """Whether a list's items are a ``Full Name: Title`` column: three or more read so,
    no fewer than the items whose label names no one by itself, a third of them all."""
    return named >= max(3, bare) and named * 3 >= items


HEADER_LINES = 5
"""Lines a note-taker's header block over a talk's notes holds at most (title, event and
day, name, handle)."""
HEADER_LINE_WORDS = 8
"""Words a header block's line holds at most: a longer line is a sentence of notes."""


def _name_over_handle(lines: list[str], n: int) -> list[ProgrammePerson]:
    """The person whose full name alone is line ``n`` when the next line is a handle alone
    (``Ana Ruiz`` over ``@aruiz``): the name and its account, one person's; [] else."""
    line = lines[n]
    if n + 1 >= len(lines) or not handles_only(lines[n + 1]) or not is_person_name(line):
        return []
    who = split_speakers(line)
    return who if len(who) == 1 and who[0].name == line else []


def _names_someone(side: str) -> bool:
    """Whether one side of a heading reads as people (every part a person's name)."""
    who = split_speakers(strip_markdown_inline(side), single_ok=True)
    return bool(who) and all(is_person_name(p.name) for p in who)


_QUOTED_HEADING_RE = re.compile(r"^#{1,6}[ \t]+")
"""A heading's marks at a quoted line's start (``> ## Ana Ruiz``): the quote's stress."""


_FIELD_GAP_RE = re.compile(r"(?<=\S)[ \t]{1,8}(?=[^\W\d_]{2,20}[ \t]?[:：][ \t])")
"""Where a field may start inside a line: a space, then a word and its colon."""


def run_together_fields(line: str) -> list[str]:
    """A line of fields written one after the other (``Lugar: Aula 2 Hora: 18 h.``): each
    field from a known key of ours (``Hora``, ``Room``) to the next; ``[line]`` when no
    known key starts inside it, or when the line is not a field itself."""
    if len(line) > 300 or not _ANY_FIELD_START_RE.match(line):
        return [line]
    cuts = [m.end() for m in _FIELD_GAP_RE.finditer(line) if META_RE.match(line[m.end() :])]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(bounds)]


_ANY_FIELD_START_RE = re.compile(r"[ \t]{0,3}[^\W\d_]{2,20}[ \t]?[:：][ \t]")
"""A line that opens with a one-word key and its colon (``Lugar: …``)."""


def stressed_byline(heading: str) -> tuple[str, str, str] | None:
    """A heading's emphasised side and its other side, split at the separator between
    them: ``("lead", "Ana Ruiz", "Title - Part")`` for ``*Ana Ruiz* - Title - Part``,
    ``("tail", "Ana Ruiz", "Title")`` for ``Title | *Ana Ruiz*``; None when neither end of
    it is an emphasised stretch beside a separator."""
    text = heading[:400].strip()
    if (m := _STRESS_LEAD_RE.match(text)) is not None:
        return "lead", m.group(2).strip(), text[m.start(4) :].strip()
    if (m := _STRESS_TAIL_RE.search(text)) is not None and text[: m.start(1)].strip():
        return "tail", m.group(3).strip(), text[: m.start(1)].strip()
    return None


def _colon_named(t: HeadingTalk) -> bool:
    """Whether a heading's own split named its speaker before a colon (``Two Words :
    Title``), the reading a title with its subtitle has too."""
    if not t.whole or len(t.speakers) != 1:
        return False
    plain = strip_markdown_inline(t.whole).lstrip()
    name = t.speakers[0].name
    return plain.startswith(name) and plain[len(name) :].lstrip().startswith(":")


def _handle_shaped(value: str) -> bool:
    """A value of one word or a few, each a handle's shape (``fatih``, ``_achiku``,
    ``yuki930``) or a few letters of a script without capitals (``大和屋貴仁``)."""
    return 0 < len(value) <= 60 and all(
        _HANDLE_LIKE_RE.fullmatch(w.strip()) for w in SPEAKER_SEP_RE.split(value) if w.strip()
    )


def name_comma_title(heading: str) -> tuple[str, str] | None:
    """``Ana Ruiz, Mapping Tides with Open Data``: (the full name before the first comma,
    the title of three words or more after it), or None when the heading does not start
    with a person's full name and a comma."""
    plain = strip_markdown_inline(heading).strip()
    head, comma, rest = plain.partition(", ")
    head, rest = head.strip(" *_"), rest.strip(" *_")
    if not comma or len(rest.split()) < 3 or not is_person_name(head, single_ok=False):
        return None
    if goes_on_after_comma(plain):
        return None  # "Rust Async, the Hard Parts": a phrase going on, no title of its own
    lead, comma, _title = rest.partition(",")
    lead = strip_markdown_inline(lead).strip(" *_")
    if comma and len(lead.split()) <= 5 and is_organisation(lead):
        return None  # "Name, Lakeside University, *Title*": where they work comes first
    if is_job_title(rest):
        return None  # "Ana Ruiz, Head of Data Science": a person and what they do
    return head, rest


def title_comma_names(heading: str, lines: list[str]) -> tuple[str, list[ProgrammePerson]] | None:
    """``Bikes and bytes, Ana Ruiz``: (the title before a comma, the people after it), or
    None. The mirror of :func:`name_comma_title`, for a column of ``Title - Name`` headings
    where one hand wrote a comma instead of the dash; every person after the comma has a
    full name (``Rust, Go and Zig`` names languages), and the part before it is no one.
    The tail's capitals must say more than a title's own (:func:`_names_stand_out`)."""
    plain = strip_markdown_inline(heading).strip()
    head, comma, tail = plain.rpartition(", ")
    head, tail = head.strip(" *_"), tail.strip(" *_")
    if not comma or not head or not any(c.isalpha() for c in head) or split_speakers(head):
        return None
    who = split_speakers(tail)
    if not who or not all(len(p.name.split()) >= 2 for p in who):
        return None
    return (head, who) if _names_stand_out(head, who, lines) else None


def _names_stand_out(head: str, who: list[ProgrammePerson], lines: list[str]) -> bool:
    """Whether capitalised words after a title's comma are people's names rather than
    more of a title written in capitals (``Lessons Learned, Part Two``, ``Kubernetes,
    Service Mesh``): the title before them keeps small letters, so their capitals mark
    names, or the document writes each of them on another line too."""
    if any(w[:1].islower() for w in head.split()[1:]):
        return True
    return all(sum(p.name in line for line in lines[:5000]) >= 2 for p in who)


RECALLED_DAYS = 120
"""Days a report may be written after the event whose day its opening prose recalls; a
day recalled further back is some other occasion."""

_HONOURED_NAME_WORDS = 2
"""Words at most of a name written last in a speaker's field, before its honorific."""
_DESCRIBED_WORDS_MOST = 12
"""Words at most of a speaker's field that describes its person before naming them."""


def honoured_after_description(value: str) -> list[ProgrammePerson]:
    """The person a speaker's field names last, closed by an honorific, after where they
    work and their position (``Example AI 株式会社 Research Engineer 小林 さん``): the
    honorific says a name ends there, so the last words (one, or two in one script:
    a family and a given name) are the name, the words before it the affiliation.
    None without an honorific, or when no such tail passes the person test."""
    bare, honoured = without_courtesies(value)
    words = bare.split()
    if not honoured or not 2 <= len(words) <= _DESCRIBED_WORDS_MOST:
        return []
    for k in range(_HONOURED_NAME_WORDS, 0, -1):
        tail = words[-k:]
        if len(words) <= k or len({bool(CJK_SIGN_RE.search(w)) for w in tail}) > 1:
            continue  # "Engineer 小林": a position and a name, two scripts
        name = " ".join(tail)
        if is_job_title(name) or is_organisation(name):
            continue
        if (person := named_by_role(name)) is not None:
            return [ProgrammePerson(person.name, [" ".join(words[:-k])])]
    return []


_JOINED_DAYS_RE = re.compile(
    rf"(?<![\d.:/])(\d{{1,2}})[ \t]{{1,3}}(?:&|{'|'.join(NAME_CONJUNCTIONS)})"
    r"[ \t]{1,3}(\d{1,2})(?![\d.:/])",
    re.I,
)
"""Two numbers of days joined by ``and`` in the languages programmes are written in
(``15 e 16 maggio``, ``May 15 and 16``)."""


def joined_days(line: str, day: date) -> tuple[date, date] | None:
    """The two days in a row a line names by their numbers joined with ``and`` beside one
    month (``il 15 e 16 maggio``, ``on May 15 & 16``), where ``day`` is the date read from
    it (one of the two): the first and the second. None for days not in a row (``3 and
    5 May``: two days, no range), or none beside ``day``'s number."""
    for m in _JOINED_DAYS_RE.finditer(line[:2000]):
        first, second = int(m.group(1)), int(m.group(2))
        if second == first + 1 and day.day in (first, second):
            with contextlib.suppress(ValueError):
                return day.replace(day=first), day.replace(day=second)
    return None


def counted_day_line(text: str) -> tuple[int, str]:
    """The day of the conference a line opens by counting (``Day 2 - 11:00 – 12:00 -
    track 2``, ``Giorno 1 - keynote``) and what it says after the dash; (0, "") for a
    line that counts no day first, or says more than the count before its dash."""
    parts = DASHES_RE.split(text, maxsplit=1)
    head = parts[0]
    if len(head) > 20 or not (nth := nth_day(head)) or without_nth_day(head).strip(" ,.:"):
        return 0, ""
    return nth, parts[1].strip() if len(parts) == 2 else ""


HELD_DAYS_UNCOUNTED = 2
"""Days an event's range may run past the last ``Day N`` heading of a post about it (the
writer took no notes on the last day or two); a longer range is some other period."""


_LINKED_TAIL_RE = re.compile(r"\s\[(?P<who>[^\[\]\n]{1,80})\]\([^()\s]{1,500}\)")
"""``Title [Name](url)``: a heading whose last words are a link, a space before it."""


def linked_tail_name(heading: str) -> tuple[str, list[ProgrammePerson]] | None:
    """(title, [person]) of a heading ending in a link whose words are one person's full
    name, a title before it (``Hooks for theme dev [Ana Ruiz](…)``); else None. Only
    read among ``Title - Name`` headings, whose column says the tail is the speaker."""
    heading = heading.strip().strip("#").strip()
    cut = max(heading.rfind(" ["), heading.rfind("\t["))
    if cut <= 0 or (m := _LINKED_TAIL_RE.fullmatch(heading, cut)) is None:
        return None
    head, who = strip_markdown_inline(heading[:cut]).strip(" -–—:"), m.group("who").strip()
    if not head or not is_person_name(who, single_ok=False):
        return None
    return head, [ProgrammePerson(name=who)]


BYLINE_COLUMN_MIN = 3
"""Headings at one level that must all end in a by-line for it to be their speakers'
column whoever it names (:func:`bylined_column`)."""
_BYLINE_TAIL_WORDS = 4
"""The most words a by-line's tail holds in that column: a name or two, no sentence."""


def bylined_column(sections: list[Section]) -> bool:
    """Whether sibling headings are ``Title by Someone`` heading after heading: at least
    :data:`BYLINE_COLUMN_MIN` of them, four in five ending in the same by-word (``by``,
    ``von``, ``par``...) followed by a short tail, the tails all different, a third of
    them (two at least) a name or marked as someone's (a handle's digit or underscore,
    an at-sign, a name in CJK script). The repetition is the evidence that the tail is
    who gave the talk, so handles and names in any script (``by giginet``, ``by 蔀``) are
    read there; one heading's ``Powered by Rust``, the same tail under every heading, or
    a tutorial's ``Sorting by date`` / ``Grouping by key`` prove nothing."""
    if len(sections) < BYLINE_COLUMN_MIN:
        return False
    words: list[str] = []
    tails: list[str] = []
    for s in sections:
        title = strip_markdown_inline(s.title).strip()
        by = list(_HEADING_BY_RE.finditer(title))
        if not by:
            continue
        tail = title[by[-1].end() :].strip()
        if not tail or len(tail.split()) > _BYLINE_TAIL_WORDS or not role_people(tail):
            continue
        words.append(by[-1].group(0).strip().casefold())
        tails.append(tail)
    marked = sum(
        1 for t in tails if _HANDLE_MARK_RE.search(t) or is_person_name(t, single_ok=False)
    )
    return (
        len(words) >= BYLINE_COLUMN_MIN
        and len(words) * 5 >= len(sections) * 4
        and len(set(words)) == 1
        and len({t.casefold() for t in tails}) == len(tails)
        and marked >= 2
        and marked * 3 >= len(tails)
    )


_SLOT_SENTENCE_WORDS = 5
"""Words a sentence of hours holds besides its clocks (``Talk from 2 pm to 3 pm``)."""


def slot_sentence(section: Section) -> tuple[time | None, time | None, bool]:
    """The hours of the one short one-line paragraph of a section's own text that says a
    time range and little else (``Talk from 2pm to 3pm.``, ``Conférence de 14h à 15h.``);
    none when no paragraph, or more than one, says so."""
    found: list[tuple[time | None, time | None, bool]] = []
    for block in section.blocks:
        said = block.text.strip()
        if block.kind != "paragraph" or block.first != block.last or len(said) > 60:
            continue
        start, end, ampm = clock_range(said)
        if start is None or end is None:
            continue
        words = [w for w in said.split() if not any(c.isdigit() for c in w)]
        if len(words) <= _SLOT_SENTENCE_WORDS:
            found.append((start, end, ampm))
    return found[0] if len(found) == 1 else (None, None, False)


_HANDLE_MARK_RE = re.compile(rf"[\d_@]|{CJK_SIGN_RE.pattern}")
"""What marks a by-line's word as someone's: a handle's digit, underscore or at-sign, or
a name written in CJK script."""


_HANDLE_LIKE_RE = re.compile(r"@?(?:[a-z0-9_.\-]{2,30}|[^\W\da-zA-Z]{2,8})")
_ROLE_KEYS = SPEAKER_KEYS - {"by", "author", "authors"}
"""Speaker keys that name a talk's role alone: ``by`` is a word of prose, a post's
``Author:`` its writer."""
_HEADING_BY_RE = re.compile(rf"(?<!\s)\s+(?:{BY_WORDS})\s+", re.I)
"""``by`` (in the languages programmes are written in) between a heading's title and its
speakers."""
_TABLE_RULE_RE = re.compile(r"^[ \t]*+\|?[ \t]*+:?-{2,}")


_WHOLE_QUOTE_RE = re.compile(r"[\"“”„«‘»]\s?([^\"“”„«»\n]{2,200}?)\s?[\"“”‟»’«]")
"""A line that is wholly one quotation, in any pair of marks a writer types (``“Title”``,
``« Titre »``, ``„Titel“``, even ``“Title"`` with two kinds)."""
_NAME_LINE_MOST = 4
"""Words at most of a line that writes a speaker's name in full under their given name."""


def fuller_name(given: str, line: str) -> str:
    """The line, as written, when it is one person's full name that opens on the one
    word ``given`` (``Matias`` over ``MATIAS KORHONEN`` or ``Matias Korhonen``): the
    heading vouches for the capitals a name's test doubts; else ''."""
    words = line.split()
    if (
        len(given.split()) != 1
        or not 2 <= len(words) <= _NAME_LINE_MOST
        or words[0].casefold() != given.casefold()
        or not all(w.replace("-", "").isalpha() for w in words)
    ):
        return ""
    written = " ".join(w if not w.isupper() else w.capitalize() for w in words)
    return line if is_person_name(written) else ""


def by_said_people(said: str) -> list[ProgrammePerson]:
    """The people a by-line's words after its by-word name: all of them, or its first
    sentence's when a remark follows on the line (``Ana Ruiz (Zenika). Merci !``)."""
    return split_speakers(said) or split_speakers(first_sentence(said))
