"""Kinds of programme items by the words programmes use for them, in the languages they
are written in: one table (:data:`KIND_WORDS`) for every reader, and for the person test
(``基調講演`` or ``休憩`` is as short as a name, and no one)."""

from __future__ import annotations

import re

KIND_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "break",
        re.compile(
            r"\b(break|lunch|coffee|dinners?|jantar|dîner|recess|\w*pause|pausa|"
            r"mittagessen|déjeuner|"
            r"almoço|almuerzo|pranzo|intervalo|café|breakfast|frühstück|desayuno|colazione|"
            r"\w*snacks?|przerwa|obiad|\w*pauze|přestávka|перерыв|обед|кофе-брейк|"
            r"giải lao|nghỉ trưa|ăn trưa|nghỉ ngơi)\b"
            r"|茶歇|午餐|昼食|休憩|午休|ランチ|休息|點心|点心|晚宴|晚餐",
            re.I,
        ),
    ),
    ("poster", re.compile(r"\bp[oó]sters?\b(?:\s+session)?", re.I)),  # Spanish "póster"
    # and in East Asian scripts, which write words without spaces (so without \b)
    (
        "keynote",
        re.compile(
            r"\b(keynotes?|(?-i:Key[- ]Notes?|KEY[- ]NOTES?)|invited talks?|plenary|"
            r"hauptvortrag|eröffnungsvortrag|plenaria|"
            r"distinguished(?: [\w-]+){0,3} lecture|"
            r"conférence invitée|exposés? invités?|relazione invitata|charla inaugural|"
            r"palestra de abertura|conferência de (?:abertura|encerramento)|"
            r"conferencia (?:invitada|inaugural|magistral)|conferenza invitata|"
            r"bài phát biểu chính|báo cáo (?:chính|mời|toàn thể))\b"
            r"|基調講演|招待講演|主题演讲|主題演講|主旨演讲|主旨演講|专题演讲|專題演講|特邀报告|特邀報告"
            r"|기조연설|키노트|キーノート",
            re.I,
        ),
    ),
    (
        "spotlight",  # DESIGN's kind of the short talks: spotlights, lightning talks
        re.compile(
            r"\b(spotlights?|lighte?ning[- ]talks?|lightnings?|flash talks?|blitz talks?|"
            r"kurzvortr[aä]ge?|blitzvortr[aä]ge?|charlas? relámpago|palestras? relâmpago|"
            r"(?:présentations?|conférences?|exposés?|talks?)[- ]éclairs?|"
            r"(?:talks?|interventi|presentazioni) lampo)\b"
            r"|(?-i:(?<![A-Za-z0-9_])LTs?(?![A-Za-z0-9_]))"  # "LT大会": no space in CJK text
            r"|ライトニングトーク|闪电演讲|閃電講|快速演讲|快速演講|라이트닝 ?토크"
            r"|\u26a1\ufe0f? ?talks?\b",  # "⚡️ Talks": the lightning sign for the word
            re.I,
        ),
    ),
    ("oral", re.compile(r"\b(orals?|contributed(?: talks?)?)\b", re.I)),
    (
        "panel",
        re.compile(
            r"\b(panel|round[- ]?tables?|mesas? redondas?|table ronde|tavola rotonda|"
            r"podiumsdiskussion|roda de conversa|панельн\w{0,4}|круглый стол|tọa đàm)\b"
            r"|パネル|圆桌|圓桌|패널|좌담",
            re.I,
        ),
    ),
    ("demo", re.compile(r"\b(demo|demos|demonstrations?)\b", re.I)),
    (
        "social",
        re.compile(
            r"\b(socials?|reception|banquet|mixer|apéro|apéritif|aperitivo|ice[- ]?breakers?|"
            r"quebra[- ]gelos?|rompehielos)\b|破冰|アイスブレイク|아이스 ?브레이킹",
            re.I,
        ),
    ),
    (
        "other",
        re.compile(
            r"\b(opening|closing|welcome|introduction|remarks|awards?|begrüßung|eröffnung|"
            r"business meeting|general assembly|mitgliederversammlung|assemblée générale|"
            r"accueil|clôture|bienvenida|clausura|inauguración|abertura|encerramento|"
            r"credenciamento|saluti|chiusura|apertura|khai mạc|bế mạc|chào mừng)\b"
            r"|開会|閉会|挨拶|开幕|闭幕|致辞|懇親会",
            re.I,
        ),
    ),
)
"""Words that tell a programme item's kind, most telling first, in the languages
programmes are written in (one table, as :data:`confnotes.importers.fields.ROLE_WORDS`)."""

TALK_LABEL_RE = re.compile(
    r"(?:talk|lecture|vortrag|charla|ponencia|palestra|oficina|workshop|tutorial|relazione|"
    r"intervento|conférence|exposé|atelier|taller|lt|lightning talk|講演|演讲|発表|报告|"
    r"(?:(?:short|full|long|position|research) )?paper(?![^\W\d_])|"
    r"art[ií]culo|articolo|artigo|論文|论文|"
    r"[^\W\d_]{3,20}(?:vortrag|vorlesung|föredrag|foredrag|lezing))",
    re.I,
)
"""A label before a colon that says "a talk" in some language (``Vortrag: Title``), a
compound ending in one too in the languages that join their words (``Plenumsvortrag:``,
``Gastföredrag:``, ``Gastlezing:``: a plenary's, a guest's talk); a paper's label too
(``Paper — Title``, ``Short paper: Title``, ``Artículo: Título``): at a workshop a paper
is presented as a talk."""


TYPE_TAGS = {
    **dict.fromkeys(("workshop", "atelier", "taller", "werkstatt", "oficina", "laboratorio",
                     "ワークショップ", "工作坊", "워크숍", "воркшоп", "мастер-класс",
                     "майстер-клас", "warsztaty", "codelab", "code lab", "hands-on",
                     "master class", "master-class", "masterclass", "ハンズオン", "핸즈온"),
                    "workshop"),
    **dict.fromkeys(("tutorial", "tutoriel", "チュートリアル", "튜토리얼", "教程"), "tutorial"),
    "bof": "bof",
    "lightning talk": "lightning talk",
}  # fmt: skip
"""Kinds of session DESIGN keeps as a tag on a ``talk`` (a workshop is a talk, tagged),
by the words programmes write them with in their languages: the tag, in English, so
one tag finds a conference's workshops whatever language it was held in. A hands-on
session, a codelab (a guided coding lab, as developer groups name their workshops) and
a master class are workshops by what happens in them."""

_THIS_WORDS = (
    "this|these|ce|cet|cette|dieser|diesem|diesen|dieses|este|esta|neste|nesta|deste|desta|"
    "questo|questa|quest['’]|deze|tento|tuto|tohle|tego|tym"
)
"""The word for "this" in the languages programmes are written in, where it is not also
a common word of another one: Czech ``ten``/``ta`` and Dutch ``dit`` are English "ten",
French "your" and "said" too (``ten tutorial ideas``, ``ta formation``)."""
_TALK_WORDS = (
    "talk|lecture|presentation|session|keynote|panel|conférence|présentation|exposé|"
    "intervention|vortrag|präsentation|vorlesung|charla|ponencia|presentación|conferencia|"
    "palestra|apresentação|intervento|relazione|presentazione|lezing|presentatie|"
    "přednáška|prezentace|wykład|prezentacja"
)
"""Words an item's description calls itself a plain talk with (``this talk``, ``cette
conférence``, ``dieser Vortrag``)."""
_SELF_NAMED_RE = re.compile(
    rf"\b(?:{_THIS_WORDS})\s?(?:(?P<kind>{'|'.join(re.escape(w) for w in TYPE_TAGS)})"
    rf"|(?P<talk>{_TALK_WORDS}))\b",
    re.I,
)
"""A description that calls its own item "this workshop" (``cet atelier``, ``dieser
Workshop``, ``este taller``, ``this tutorial``), or "this talk" (``cette conférence``)."""


def self_named_tag(description: str) -> str | None:
    """The tag (``workshop``, ``tutorial``) of an item whose description names it by its
    kind (``Alors, cet atelier est fait pour vous``), or opens with it (``Hands-on workshop
    exploring…``, ``Taller de…``: :func:`_opening_tag`), when no field says its kind; None
    when it names none, two different ones (``this tutorial follows this BoF``), or calls
    the item a talk too (``This talk looks back on this workshop series``: the workshop is
    another item, the description's own is a talk)."""
    tags = set()
    for m in _SELF_NAMED_RE.finditer(description[:5000]):
        if m["talk"]:
            return None
        tags.add(TYPE_TAGS[m["kind"].casefold()])
    if opening := _opening_tag(description):
        tags.add(opening)
    return tags.pop() if len(tags) == 1 else None


_ARTICLES = frozenset({"a", "an", "the", "un", "une", "ein", "eine", "el", "la", "le", "um", "uma"})
"""Articles that may come before a description's opening kind (``A hands-on workshop``)."""
_NOT_ITS_OWN = frozenset(
    [
        "we",
        "i",
        "you",
        "they",
        "he",
        "she",
        "nous",
        "je",
        "wir",
        "ich",
        "demo",
        "demos",
        "demonstration",
        "demonstrations",
        "talk",
        "presentation",
        "keynote",
        "overview",
    ]
)
"""Words after an opening kind that make it no item's own: another one it recalls (``The
workshop we ran last year…``), or what is shown in a talk (``Hands-on demos of…``)."""


def _opening_tag(description: str) -> str:
    """The tag a description's opening words give the item, as a noun phrase of its
    kind: the kind's word (singular) first or second, or third after an article
    (``Workshop on feminist AI``, ``Hands-on workshop exploring…``, ``Un atelier
    pratique``); "" otherwise (``After the workshop…`` is about another one; plural
    ``Workshops are…`` speaks of workshops in general), or when the word after the kind
    is one of :data:`_NOT_ITS_OWN`."""
    words = [w.strip(".,:;!?()[]\"'“”") for w in description[:200].casefold().split()[:4]]
    if not words:
        return ""
    at = 1 if words[0] in _ARTICLES else 0
    opening = words[at : at + 2]
    for n, word in enumerate(opening):
        phrase = " ".join(opening[n : n + 2])
        size = len(phrase.split()) if phrase in TYPE_TAGS else 1
        if tag := TYPE_TAGS.get(phrase) or TYPE_TAGS.get(word, ""):
            after = at + n + size  # "The workshop we ran…", "Hands-on demos of…"
            return "" if _NOT_ITS_OWN & set(words[after : after + 1]) else tag
    return ""


ACTIVITY_RE = re.compile(
    r"\b(hackathons?|hack[- ]?(?:days?|nights?|fests?)|open[- ]spaces?|unconferences?|"
    r"bar ?camps?|excursions?|cruises?|boat trips?|field trips?|guided tours?|city tours?|"
    r"(?<!-)part(?:y|ies)|receptions?|banquets?|game nights?|code sprints?|dev sprints?)\b",
    re.I,
)
"""Activities a programme holds that no one gives as a talk or a course, however long
they run and whoever leads them (a hackathon, an open space, a dinner cruise)."""


VISIT_WORDS_MOST = 6
"""Words of a title that names only a visit (``CNR-University Lab tour``); a longer one
is a talk's."""
VISIT_RE = re.compile(
    r"(?:(?<![^\W\d_])(?:(?:lab(?:oratory)?|campus|facility|factory)[ -](?:tours?|visits?)"
    r"|(?:labor|instituts|werks|betriebs)führung(?:en)?"  # "Führung" alone: leadership
    r"|(?:labor|instituts|werks|betriebs)?besichtigung(?:en)?"
    r"|visites? (?:guidées? )?(?:du|des|de la) (?:laboratoires?|labos?|campus|usines?)"
    r"|visitas? (?:guiadas? |guidate? )?(?:al|ai|a los|aos?) "
    r"(?:laborat[oó]ri[oa]s?|laboratori|campus|f[aá]bricas?))"
    r"|見学会?|ラボツアー|参观实验室|实验室参观)"
    r"(?:[ ]?[(（][^()（）]{0,40}[)）])?$",
    re.I,
)
"""A visit's own words ending a slot's title (``CNR Lab tour``, ``IQOQI Lab tour (Part
II)``, ``Laborführung``, ``Visite du laboratoire``, ``研究室見学``): a visit of a place is
guided, its named people show the way (a talk about one, ``What a lab tour taught us``,
says more after it)."""


def names_a_visit(title: str) -> bool:
    """Whether ``title`` names a guided visit of a place (:data:`VISIT_RE`) in its last
    words, in :data:`VISIT_WORDS_MOST` words at most."""
    title = title.strip()
    return 0 < len(title.split()) <= VISIT_WORDS_MOST and VISIT_RE.search(title) is not None


def names_an_activity(title: str) -> bool:
    """Whether a title names an activity rather than something given: a meal or a break
    (:data:`KIND_WORDS`), or one of :data:`ACTIVITY_RE`."""
    return kind_of(title) == "break" or ACTIVITY_RE.search(title) is not None


_LABEL_RE = re.compile(
    r"^([^:：\-–—(]{1,40})(?:[:：]|\s[-–—]\s|\()|^[【〔［]([^】〕］\n]{1,40})[】〕］]"
)
"""A title's label: words before a colon, a spaced dash or a bracket, or words set in
lenticular brackets before it (``【ハンズオン】Title``, as East Asian posts set a kind)."""


def type_tag(title: str) -> str:
    """The tag a talk's own title gives its kind (``Workshop: Intro to X``, ``Tutorial -
    X``, ``Testing workshop``, ``Session 1: Workshop on Y``): a :data:`TYPE_TAGS` word in
    its label before a colon, a dash or a bracket, first after that label, or as its
    first or last word (bracketed too: ``Plotting basics (Workshop)``); "" when none (a
    title that only mentions one in its middle is about it)."""
    words = title.casefold().split()
    if not words:
        return ""
    m = _LABEL_RE.match(title.casefold())
    label = (m.group(1) or m.group(2)).strip() if m else ""
    after = title.casefold()[m.end() :].split() if m else []
    last = words[-1].strip(".:：!?()[]（）")  # "… (Workshop)": a bracketed last word too
    ends = {words[0].strip(":：-"), last, last.rsplit("-", 1)[-1], *after[:1]}
    for word, tag in TYPE_TAGS.items():
        if word in ends or (label and len(label.split()) <= 3 and word in label):
            return tag
    return ""


def _singular(word: str) -> str:
    """``word`` without a plural's ending, in the languages :data:`TYPE_TAGS` is written
    in (``workshops``, ``talleres``, ``tutoriais``, ``tutoriels``, ``workshopy``); a
    word without one as it is."""
    if word.endswith("ais") and len(word) > 5:
        return word[:-3] + "al"  # "tutoriais": Portuguese "-al" made plural
    if word.endswith("es") and word[:-2] in TYPE_TAGS:
        return word[:-2]  # "talleres"
    if word.endswith("y") and word[:-1] in TYPE_TAGS:
        return word[:-1]  # "workshopy": Czech and Polish make a borrowed noun plural so
    return word[:-1] if word.endswith("s") else word


def group_tag(heading: str) -> str:
    """The tag of the talks a heading groups when it only names their kind, in the
    plural (``## Workshops``, ``## Tutoriais``, ``## Talleres`` over the days or the
    items of that kind); "" for any other heading (``Tutorial`` alone may be one talk's
    name, ``Workshop on X`` is one)."""
    words = heading.casefold().strip(" :*_#").split()
    if not 1 <= len(words) <= 2:
        return ""
    single = _singular(words[-1])
    if single == words[-1]:
        return ""
    # "Lightning Talks": the phrase made singular, then its last word alone
    return TYPE_TAGS.get(" ".join([*words[:-1], single]), "") or TYPE_TAGS.get(single, "")


_WAVED_RE = re.compile(
    r"^(?P<label>[^～〜~\n]{1,24}?)[ \t　]*(?:[～〜](?P<title>[^～〜~\n]{1,300})[～〜]?"
    r"|~(?P<closed>[^～〜~\n]{1,300})~)[ \t]*$"
)
"""A label, then a title between wave dashes (``～``, ``〜``: the closing one may be left
out), or between two ASCII tildes (``Panel ~ Title ~``; one alone is "about": ``~45
min``)."""


def waved(text: str) -> tuple[str, str] | None:
    """``keynote～Title～`` as ``("keynote", "Title")``: a short label, then words set
    between wave dashes (the closing one may be left out), as Japanese posts set a title
    apart; None for any other text. Whether the label says a kind is the caller's test."""
    m = _WAVED_RE.match(text.strip())
    title = (m.group("title") or m.group("closed") or "").strip() if m else ""
    if m is None or not title or not m.group("label").strip():
        return None
    return m.group("label").strip(), title


_GLUED_NUMBER_RE = re.compile(r"(?<=[^\W\d_])\d{1,2}[ \t]{0,8}$")
"""A slot's number written against its word at the end (``Keynote1``, ``LT2``)."""


_LETTER_SPACED_RE = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff])[ \t\u3000]{1,3}(?=[\u3040-\u30ff\u3400-\u9fff])"
)
"""Spaces between two kana or kanji: a short word spaced out to fill its cell (``休　憩``,
``受　付``), as Japanese programmes set it; Korean, which spaces its words, is left out."""


def kind_of(text: str) -> str:
    """The kind that the words of a title or label suggest (``talk`` when none); a
    number glued to the last word counts the slots of that kind (``Keynote1``), so the
    word is read without it; a word spaced out (``≪休　憩≫``) is read as one."""
    if "\u3000" in text or " " in text:
        text = _LETTER_SPACED_RE.sub("", text)
    for kind, pattern in KIND_WORDS:
        if pattern.search(text):
            return kind
    if (glued := _GLUED_NUMBER_RE.search(text)) is not None:
        head = text[: glued.start()]
        return next((kind for kind, pattern in KIND_WORDS if pattern.search(head)), "talk")
    return "talk"


__all__ = [
    "ACTIVITY_RE",
    "KIND_WORDS",
    "TALK_LABEL_RE",
    "TYPE_TAGS",
    "VISIT_RE",
    "group_tag",
    "kind_of",
    "names_a_visit",
    "names_an_activity",
    "type_tag",
    "waved",
]
