"""The event's name by its year: a name a reader accepts ends with its edition's year
(``Touraine Tech 2023``, ``RubyKaigi2023``, ``COMSOC-2006``). A writer wraps it in their
own words (``My roadmap @ Codemotion 2014``, ``CSSDay 2031 Report``); the name is the run
of capitalised words that ends at the year, cut where the document's other lines stop
repeating it. Used after every reader (:func:`confnotes.importers.registry.parse_programme`)
when the name found is the file's, a page's word, or a named year in a writer's words."""

from __future__ import annotations

import re

from confnotes.importers.programme import Programme

_YEAR_RE = re.compile(r"(?<![\d.:/])(?<!\d-)(?:19[5-9]\d|20[0-4]\d)(?![\d.:/-]?\d)")
"""A year (1950-2049) standing alone or ending a word (``RubyKaigi2023``, ``SLUG-2031``):
no digit, date or time separator around it (``2023-05-16``, ``1/2/2031``)."""
_SEASON_RE = re.compile(
    r"[ \t](?P<season>Spring|Summer|Fall|Autumn|Winter|Frühjahr|Frühling|Sommer|Herbst|"
    r"Printemps|Été|Automne|Hiver|Primavera|Verano|Otoño|Invierno)(?![A-Za-zÀ-ÿ]|[ \t]\d)"
)
"""The season after an edition's year that tells the two editions of a year apart
(``JJUG CCC 2017 Fall``, ``Go Conference 2019 Autumn``, ``Forum 2031 Herbst``), its
word ended by no letter of the Latin script (``Fallに参加``: the Japanese words after it).
A season before a day (``2031 Summer 14``) is a date's."""
_WORD_RE = re.compile(r"[^\s]{1,60}")
"""A word as the run reads it: bounded, so linear on any text."""
_GLUED_RE = re.compile(r"[@#]?[A-Za-z][A-Za-z0-9]{0,40}-?")
"""A word a year ends as one name (``RubyKaigi2023``, ``SLUG-2031``), no link or path."""
_LINK_RE = re.compile(r"!?\[([^\[\]]{0,300})\]\([^()\s]{0,500}\)|[a-z]{2,8}://[^\s)]{0,500}")
"""A Markdown link or image (its words kept, its address left out), or a bare address."""
_JOINERS = frozenset({"in", "of", "on", "the", "for", "and", "&", "-"})
"""Small words a name holds between two capitalised words (``Front in Sampa``)."""
_EDGE_PUNCT = "\"'“”‘’«»()[]{}（）【】「」,;:!?.*_`"
_DASH_WORDS = frozenset(["-", "–", "—", "--"])
"""A dash standing as a word: a separator between a line's parts."""
_ARTICLES = frozenset(
    {"o", "os", "as", "el", "los", "las", "le", "les", "il", "lo", "der", "die", "das"}
)
"""Articles a sentence opens with before an event's name (``O Google I/O Extended 2015
acontecerá``, ``Le DevFest Lille 2019 aura lieu``, ``Der Linux-Tag 2019 findet statt``):
capitalised by the sentence, no word of the name (a title's stays: ``Les Journées du
Code 2029, mon bilan``). English ``The`` and ``A`` are left on
(``The Web Conference 2019`` is a name; ``A`` is a word of names too), and so is ``La``
(``La Conf 2019``)."""
NAME_LONGEST = 8
"""Words a name may hold before its year: more are a sentence."""
LINES_READ = 60
"""The document's first lines a name is looked for in (its title, its first headings)."""


def _capitalised(word: str) -> bool:
    """A word of a name: it begins with a capital or holds one (``iOS``, ``try!``
    excluded), or is a digit's (``JS1``)."""
    core = word.strip(_EDGE_PUNCT)
    return bool(core) and (core[0].isupper() or any(c.isupper() for c in core[1:]))


def _run_before(words: list[str]) -> list[str]:
    """The capitalised words that end ``words`` (joiners allowed between two of them)."""
    run: list[str] = []
    for word in reversed(words):
        if word != word.rstrip(",;:!?|@") or word in _DASH_WORDS:
            # a comma, a colon or a spaced dash ends what came before the name ("Ana Ruiz
            # - Harbour Days 2031": the writer's name, then the event's)
            break
        starts_name = _capitalised(word) and word[0] not in "([（【"
        if not (starts_name or (_a_joiner(word) and run and _capitalised(run[0]))):
            break
        run.insert(0, word)
        if word[0] in "@#":
            break
    while len(run) > 1 and _programme_word(run[0]):
        run.pop(0)  # "Programma Linux Day 2015", "Programme of PyCon 2020": the page's word
        while run and _a_joiner(run[0]):
            run.pop(0)
    while run and _a_joiner(run[0]):
        run.pop(0)
    return run[-NAME_LONGEST:]


def _programme_word(word: str) -> bool:
    """A word that names an event's programme (``Programma``, ``Schedule``, ``Zeitplan``,
    :data:`confnotes.importers.headings.PROGRAMME_OF`): a page's word leading a name."""
    from confnotes.importers.headings import PROGRAMME_OF

    core = word.strip(_EDGE_PUNCT).casefold()
    return any(core in words for words in PROGRAMME_OF.values())


def _a_joiner(word: str) -> bool:
    """A small word a name holds between capitalised ones (``in``, ``du``, ``of``)."""
    from confnotes.importers.persons import name_particle

    return word.casefold() in _JOINERS or name_particle(word)


def year_name(line: str) -> str:
    """The name a line holds by its year: the capitalised words just before the first
    year (``My roadmap @ Codemotion 2014`` → ``Codemotion 2014``), or the word the year
    ends (``RubyKaigi2023 に参加した`` → ``RubyKaigi2023``). "" when the year has no
    name before it, or a month's (``April 2016``: a date, not an edition)."""
    from confnotes.importers.when import calendar_word

    m = _YEAR_RE.search(line)
    if m is None:
        return ""
    head = line[: m.start()]
    glued = head and not head[-1].isspace() and head[-1] not in _EDGE_PUNCT
    words = _WORD_RE.findall(head)
    if glued:  # the year ends a word: the word is the name's last
        last = words.pop() if words else ""
        if not any(c.isupper() for c in last) or _GLUED_RE.fullmatch(last) is None:
            return ""
        named = " ".join([*_run_before(words), last]).lstrip("@#")
        return named + ("" if named.endswith("-") else " ") + m.group(0) + _season(line, m.end())
    run = _run_before(words) or _uncased_word(words)
    if not run or calendar_word(run[-1].strip(_EDGE_PUNCT)):
        return ""
    return (" ".join(run) + " " + m.group(0)).lstrip("@#") + _season(line, m.end())


def _season(line: str, at: int) -> str:
    """`` Fall`` when the season of :data:`_SEASON_RE` follows the year ending at ``at``."""
    m = _SEASON_RE.match(line, at)
    return " " + m.group("season") if m else ""


def _uncased_word(words: list[str]) -> list[str]:
    """The word before a year in a script without capitals (``北陸エンジニアフェス 2031``),
    as a name's run: letters of no case say nothing against a name."""
    last = words[-1] if words else ""
    uncased = len(last) >= 2 and all(c.isalpha() and not (c.isupper() or c.islower()) for c in last)
    return [last] if uncased else []


def repeated_cut(name: str, others: str) -> str:
    """``name`` less the writer's leading words: its longest tail (ending at the year)
    that the document's other lines hold, each word cut being one the writer also
    writes in lower case (an ordinary word, capitalised where a line begins) and no
    brand (``BOB``, ``jQuery``); else the name itself (``Mon Devoxx 2031`` → ``Devoxx
    2031`` when the text speaks of ``Devoxx`` and says ``mon`` elsewhere)."""
    words = name.split()
    folded = others.casefold()
    ordinary = {w.strip(_EDGE_PUNCT) for w in _WORD_RE.findall(others) if w.islower()}
    for start in range(len(words) - 1):
        if start and _a_joiner(words[start]):
            continue  # no name begins with a joiner (``in Floripa``)
        if " ".join(words[start:-1]).casefold() in folded:
            return " ".join(words[start:])
        lead = words[start]
        if not _a_joiner(lead) and (
            lead.lower() not in ordinary or _a_brand(lead) or _a_kind(lead)
        ):
            break
    return name


def _a_kind(word: str) -> bool:
    """A word saying the event's kind (``Journée``, ``Summit``): the name's own."""
    from confnotes.importers.persons import names_a_kind_of_event_only

    return names_a_kind_of_event_only(word) or names_a_kind_of_event_only(word + "s")


def _a_brand(word: str) -> bool:
    """A word written as a brand: capitals after its first letter (``BOB``, ``jQuery``)."""
    return any(c.isupper() for c in word[1:]) or not word[:1].isupper()


def candidate_lines(text: str) -> list[str]:
    """The lines a reader looks at for the event's name, first first: the front matter's
    values (its title first), then the document's first lines, markup left out."""
    from confnotes.importers.structure import read, strip_tags

    outline = read(text)
    front = [str(v) for k, v in outline.front.items() if k == "title" and isinstance(v, str)]
    front += [str(v) for k, v in outline.front.items() if k != "title" and isinstance(v, str)]
    body = outline.lines[outline.front_last + 1 :][: LINES_READ * 4]
    lines = [_LINK_RE.sub(_link_words, strip_tags(line)).strip("#=*> \t") for line in body]
    return [line for line in [*front, *lines] if line]


def _sentence_lines(text: str) -> set[str]:
    """The body's lines that are running text (no heading, no front matter), as
    :func:`candidate_lines` gives them."""
    from confnotes.importers.structure import read, strip_tags

    outline = read(text)
    body = outline.lines[outline.front_last + 1 :][: LINES_READ * 4]
    return {
        _LINK_RE.sub(_link_words, strip_tags(line)).strip("#=*> \t")
        for line in body
        if not line.lstrip().startswith(("#", "=", "-"))
    }


def _article_off(name: str, line: str) -> str:
    """``Google I/O Extended Belém 2015`` of a sentence that opens ``O Google I/O Extended
    Belém 2015 acontecerá…``: the article the sentence begins with is the sentence's; a
    title (``Les Journées du Code 2029, mon bilan``) keeps it."""
    first, _blank, rest = name.partition(" ")
    if first.casefold() not in _ARTICLES or len(rest.split()) < 2 or not line.startswith(name):
        return name
    if f"{first} {rest.split()[0]}".casefold() in _PLACES_WITH_ARTICLES:
        return name  # "Le Mans Python Day 2031": the article is the town's
    said = line[len(name) :]  # "… aura lieu": the sentence goes on in small letters
    return rest if said[:1] in " \t" and said.strip()[:1].islower() else name


_PLACES_WITH_ARTICLES = frozenset(
    {
        "le mans", "le havre", "le puy", "le touquet", "le bourget", "le creusot",
        "les arcs", "les ulis", "les sables", "los angeles", "los alamos", "los gatos",
        "las vegas", "las palmas", "las cruces", "el paso", "el salvador", "el cairo",
        "il cairo",
    }
)  # fmt: skip
"""Towns whose name opens with an article (``Le Mans``, ``Los Angeles``, ``El Paso``): an
event named after one keeps it."""


def _link_words(m: re.Match[str]) -> str:
    """A link's words (an image's: none), no address."""
    return "" if m.group(0).startswith("!") or m.group(1) is None else m.group(1)


def better_name(programme: Programme, text: str, stem: str) -> str:
    """The event's name the document's year-named lines give, where the name found is no
    name (the file's ``stem``, a page's or a kind's word: ``Workshop programme``), a
    year-named name wrapped in a writer's words (``CSSDay 2031 Report``), or a name the
    lines say again with its year (``As talks do Front in Vale`` beside ``Front in Vale
    2031``); "" when the found name stands."""
    name = programme.name.strip()
    lines = candidate_lines(text)[:LINES_READ]
    if names_no_event(name, programme.name_from, stem):
        sentences = _sentence_lines(text)
        for line in lines:
            if (found := year_name(line)) and not _unsaid_uncased(found, _without(text, line)):
                found = repeated_cut(found, _without(text, line))
                return _article_off(found, line) if line in sentences else found
        return ""
    if _YEAR_RE.search(name) is None:
        return "" if _EDITION_RE.match(name) else _said_with_year(name, lines)
    found = year_name(name)
    if (
        found
        and found != name
        and len(found.split()) >= 2
        and not _kind_follows(name)
        and not _kind_leads(name, found)
        and _cased(found)
    ):
        return repeated_cut(found, _without(text[:20_000], name))
    return ""


def _cased(found: str) -> bool:
    """Whether a year-named name's words have capitals: without them (``데이터 엔지니어링
    밋업 2024``) nothing marks where the name starts, and a wrapped name stays whole."""
    return any(c.isupper() or c.islower() for c in _YEAR_RE.sub(" ", found))


def _kind_leads(name: str, found: str) -> bool:
    """Whether the words a year-named name would leave out say an event's kind
    (``Quayside Workshop at HARB 2031``: the workshop is the event, HARB its host)."""
    from confnotes.importers.persons import names_a_kind_of_event_only

    head = name[: name.find(found.split()[0])] if found.split()[0] in name else ""
    return any(names_a_kind_of_event_only(w.strip(_EDGE_PUNCT)) for w in head.split())


def _unsaid_uncased(found: str, others: str) -> bool:
    """Whether a name read in a script without capitals (``这是一篇我参加 2018``: a
    sentence's words before a year, no name) is said nowhere else in the document: with
    no capitals to mark a name, only its repetition does."""
    head = _YEAR_RE.sub(" ", found).strip()
    if any(c.isupper() or c.islower() for c in head):
        return False
    return head not in others


def _kind_follows(name: str) -> bool:
    """Whether the words after a name's year go on naming the event: one says its kind
    (``Foo 2031 workshop``, ``Autumn 2031 Algebra seminar``), or all say its page
    (``Foo 2031 programme``, as the page's writer named it)."""
    from confnotes.importers.pagerecords import generic_page_name
    from confnotes.importers.persons import names_a_kind_of_event_only

    m = _YEAR_RE.search(name)
    after = [w.strip(_EDGE_PUNCT) for w in _WORD_RE.findall(name[m.end() :])] if m else []
    after = [w for w in after if any(c.isalpha() for c in w)]  # no date, no emoji
    if not after:
        return False
    return any(names_a_kind_of_event_only(w) for w in after) or generic_page_name(" ".join(after))


def names_the_event(heading: str) -> bool:
    """A heading that ends on an event's name (``DerbyCon 2019``, ``Notes from HackFest
    2021``) or on words that go on naming it (``Foo 2031 programme``): the event's own
    heading. Words of another topic after its year (``PLDI 2024 Awards``) name something
    of the event, no programme of it."""
    from confnotes.importers.textutil import strip_markdown_inline

    title = strip_markdown_inline(heading).strip(" #:*_")
    found = year_name(title)
    if not found:
        return False
    m = _YEAR_RE.search(title)
    after = title[m.end() :].strip(" .,:;!?-–—()[]") if m else ""
    return not after or _kind_follows(title)


def names_an_event(head: str) -> bool:
    """Whether the words a writer puts before every note's colon name an event (``Agile
    Grenoble``, ``KubeCon EU``, ``FOSDEM``, ``Devoxx 2031``): a run of capitalised words,
    as a name is, of two words or more, or one written as a name (capitals inside it, a
    year); never one plain word (``Book``, ``Meeting``: what kind of note each is) nor a
    field's key word."""
    from confnotes.importers.fields import is_key_word

    title = head.strip(_EDGE_PUNCT + " ")
    if not title or is_key_word(title):
        return False
    if year_name(title):
        return True
    words = _WORD_RE.findall(title)
    if not words or len(words) > NAME_LONGEST or _run_before(words) != words:
        return False
    core = words[0].strip(_EDGE_PUNCT)
    return len(words) >= 2 or (len(core) >= 2 and any(c.isupper() for c in core[1:]))


def names_no_event(name: str, name_from: str, stem: str) -> bool:
    """Whether a programme's name names no event: none, the file's, or only a page's
    and event kinds' words (``Programme``, ``Workshop programme``)."""
    from confnotes.importers.pagerecords import generic_page_name
    from confnotes.importers.persons import names_a_kind_of_event_only

    if not name or name_from == "file name" or name in (stem, stem.replace("_", " ")):
        return True
    words = name.split()
    return generic_page_name(name) or all(
        generic_page_name(w) or names_a_kind_of_event_only(w) for w in words
    )


_EDITION_RE = re.compile(r"(?:\d{1,3}(?:\.|st|nd|rd|th|er|e|ème|ª|º|°)|[IVXLC]{2,6}\.?)[ \t]", re.I)
"""An edition's number leading an event's name (``13. Internationales Kolloquium``,
``2nd Workshop on Tides``, ``XIII Jornadas``): the name of one edition already, so a
year its series' name is said with elsewhere (``founded 1976``) is not its year."""


def _said_with_year(name: str, lines: list[str]) -> str:
    """The first year-named line's name whose words (the year left out) the found name
    holds whole: the event the writer's heading wraps, with its edition's year."""
    from confnotes.importers.identity import title_key

    key = f" {title_key(name)} "
    for line in lines:
        found = year_name(line)
        core = title_key(_YEAR_RE.sub(" ", found))
        if core and f" {core} " in key:
            return found
    return ""


def _without(text: str, line: str) -> str:
    """``text`` less every copy of ``line`` (a name repeated only where it is said whole
    is not repeated)."""
    return text.replace(line, " ")
