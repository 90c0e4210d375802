"""Who is a person: one test and one speaker-string reader for every importer.

Every format names speakers its own way (``Name [Affiliation]`` in pretalx,
``Name (Affiliation)`` on pages, ``A, B and C`` in iCal summaries), and every
importer used to guess on its own; a university, a bold section title or "Team 2"
then became a person. Here one function says whether a string can be a person's
name (:func:`is_person_name`) and one reads a speaker string into people
(:func:`split_speakers`). The merge step applies :func:`normalise_person` to
whatever a format produced, so the rules hold for all of them.
"""

from __future__ import annotations

import contextlib
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import fields, replace
from typing import Any

from confnotes.importers.fields import CJK_SPEAKER_WORDS, ROLE_WORDS, is_key_word, roles_of
from confnotes.importers.kinds import TALK_LABEL_RE, kind_of
from confnotes.importers.places import names_a_place
from confnotes.importers.programme import ProgrammePerson
from confnotes.importers.textutil import (
    BY_LINE_RE,
    BY_WORD_SET,
    BY_WORDS,
    WITH_WORDS,
    clean_name,
    split_affiliations,
    split_outside_brackets,
    strip_markdown_inline,
    titled,
)
from confnotes.text.scripts import CJK_RANGES

_PLACEHOLDER_RE = re.compile(
    r"^(?:(?:team|group|speaker|speakers|presenter|author|student|participant|panelist|"
    r"panellist|guest|person|member|user|candidate|winner|finalist|track|room|session|"
    r"invited speaker|keynote speaker|keynote|moderator|host|chair|tbd|tba|tbc)"
    r"(?:\s*(?:#|no\.?)?\s*(?:\d+|[A-Z]|[IVX]+))?|tba|tbd|tbc|t\.b\.a\.?|t\.b\.d\.?|n/?a|none|"
    r"nobody|anonymous|various|various speakers|everyone|all|staff|organi[sz]ers?|n\.\s?n\.?|"
    r"to be (?:announced|determined|confirmed)|someone|unknown|\?+|-+|"
    r"(?:title|talk|topic)\s*:?\s*(?:tba|tbd|tbc|to be (?:announced|determined|confirmed)))$",
    re.I,
)
"""Names that hold a place, not a person: ``Team 1``, ``Speaker 3``, ``TBA``."""
NOT_DECIDED: dict[str, tuple[str, ...]] = {
    "en": ("tbd", "tba", "tbc", "to be decided", "to be defined", "not yet known"),
    "de": ("noch offen", "n.n", "wird noch bekannt gegeben", "steht noch nicht fest"),
    "fr": ("à définir", "à confirmer", "à annoncer", "à venir", "a définir"),
    "es": ("por definir", "por confirmar", "por anunciar", "a definir", "a confirmar"),
    "pt": ("a definir", "a confirmar", "a anunciar", "em breve"),
    "it": ("da definire", "da confermare", "da annunciare", "da comunicare"),
    "nl": ("nog te bepalen", "nog niet bekend", "nog te bevestigen", "ntb", "n.t.b", "nnb"),
    "pl": ("do ustalenia", "do potwierdzenia", "wkrótce"),
    "ru": ("уточняется", "будет объявлено", "будет объявлен", "скоро"),
    "ja": ("未定", "調整中", "未確定", "後日発表", "近日公開"),
    "zh": ("待定", "待确认", "待確認", "待公布", "敬请期待", "未定"),
    "ko": ("미정", "추후 공지", "추후 공개", "추후 발표"),
}  # fmt: skip
"""What a programme writes where a speaker is not yet known, in the languages
programmes are written in: one table, keyed by language, of one meaning."""
THE_ORGANISERS: dict[str, tuple[str, ...]] = {
    "en": ("organisers", "organizers", "organising team", "organizing team", "staff", "hosts"),
    "de": ("orga", "orga-team", "orgateam", "veranstalter", "organisationsteam"),
    "fr": ("organisateurs", "organisation", "l'équipe", "équipe d'organisation"),
    "es": ("organizadores", "organización", "equipo organizador"),
    "pt": ("organizadores", "organização", "equipe organizadora"),
    "it": ("organizzatori", "organizzazione", "staff"),
    "ja": ("運営", "主催", "事務局", "スタッフ", "運営チーム", "実行委員会"),
    "zh": ("主办方", "工作人员", "组委会", "运营", "主辦方", "工作人員"),
    "ko": ("운영진", "주최측", "운영팀", "스태프"),
    "ru": ("организаторы", "оргкомитет"),
}  # fmt: skip
"""What a programme writes in a speaker's place for the people running the event, by
language: they hold the slot (an opening, a closing), they are not a speaker."""
MANY_PEOPLE: dict[str, tuple[str, ...]] = {
    "en": ("various", "various speakers", "several speakers", "everyone", "attendees",
           "all attendees"),
    "pt": ("diversos", "vários", "varios", "vários palestrantes", "todos", "participantes"),
    "es": ("varios", "diversos", "varios ponentes", "todos", "asistentes", "participantes"),
    "fr": ("divers", "plusieurs intervenants", "tous"),
    "de": ("verschiedene", "diverse", "mehrere", "alle"),
    "it": ("vari", "diversi", "vari relatori", "tutti"),
    "ja": ("複数名", "全員", "各位"),
    "zh": ("多位嘉宾", "多位嘉賓", "全体", "参会人员", "參會人員", "参会者", "與會者", "与会者"),
}  # fmt: skip
"""What a programme writes in a speaker's place when many people share the slot (an open
space, a sprint): by language, one meaning; a word for a crowd, no one's name."""
ASKED_OR_NOT: dict[str, tuple[str, ...]] = {
    "en": ("optional", "required", "mandatory", "voluntary"),
    "de": ("optional", "freiwillig", "pflicht", "erforderlich"),
    "fr": ("facultatif", "optionnel", "obligatoire"),
    "es": ("opcional", "obligatorio", "voluntario"),
    "pt": ("opcional", "obrigatório", "facultativo"),
    "it": ("facoltativo", "opzionale", "obbligatorio"),
    "ja": ("任意", "必須", "自由参加", "任意参加"),
    "zh": ("可选", "可選", "必选", "必選", "自愿参加", "自願參加", "自由参加"),
    "ko": ("선택", "필수", "자유 참석"),
}  # fmt: skip
"""What a form or a programme writes beside an item to say whether one must attend it
(``Dinner (optional)``, ``懇親会（任意）``), by language: a word of the form, in the
bracket where a title's speaker may stand, no one's name."""
_NOT_DECIDED = (
    frozenset(w for words in ASKED_OR_NOT.values() for w in words)
    | frozenset(w for words in NOT_DECIDED.values() for w in words)
    | frozenset(w for words in THE_ORGANISERS.values() for w in words)
    | frozenset(w for words in MANY_PEOPLE.values() for w in words)
)
_UNDECIDED_WORDS = frozenset(w for words in NOT_DECIDED.values() for w in words if " " not in w)
"""``TBD``, ``N.N.``: a word that says the slot is not filled yet, no word of a name."""

_FAMILY_AFTER = r"[ \t]+(?:[a-z]{1,4}[ \t]+)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]"
"""A family name after a given name, a lower-case particle before it perhaps (``Mila
Dalla Preda``, ``Mila de Souza``)."""

ORGANISATION_WORDS = re.compile(
    r"\b(?:universi\w*|univ\.?|institu\w*|college|colegio|school|academy|laborator\w*|labs?|"
    r"research|inc\.?|ltd\.?|llc|gmbh|corp\.?|corporation|company|foundation|centre|center|"
    r"hospital|observator\w*|osservator\w*|departments?|dept\.?|facult\w*|fakult\w*|facolt\w*|faculdade|ministry|agency|councils?|societ(?:y|ies)|"
    r"associations?|consortium|groups?|teams?|equipos?|equipes?|équipes?|equipas?|committees?|divisions?|google|microsoft|deepmind|openai|anthropic|meta|"
    r"facebook|amazon|apple|nvidia|ibm|intel|samsung|huawei|baidu|alibaba|tencent|"
    r"cnrs|inria|mit|eth|epfl|ucl|cmu|ucla|nyu|kaist|vector|"
    # an institute's short name that is also a given name ("Mila Dalla Preda"): a
    # person's before a family name, the institute's anywhere else
    rf"(?-i:MILA|mila|Mila(?!{_FAMILY_AFTER}))|"
    r"funda[çc]\w*|fondation|fondazione|stiftung|hochschule|zentrum|centro|école|escola|"
    r"escuela|scuola|akademie|académie|accademia|minist[eè]r\w*|politecnico|polytechnique|"
    r"independent|freelance|self-employed|collectif|kollektiv|colectivo|coletivo|"
    r"s\.?p\.?a\.?|s\.?r\.?l\.?|sarl|b\.?v\.?|plc|ltda|gbr|e\.\s?v\.?|verein|"
    r"associazione|asociaci[oó]n|associa[çc][aã]o|circolo|club|"
    r"librar(?:y|ies)|officin[ae]|werkst[aä]tt\w*|"
    # the words of a university, a school, a unit, an institute, a hospital or a company
    # in the other languages programmes are written in (Polish, German, French, Spanish,
    # Italian, Portuguese, Russian): ``Uniwersytet Szczeciński``, ``Wydział Fizyki``,
    # ``Dipartimento di Fisica``, ``Московский университет``
    r"uniwersyte\w*|instytu\w*|politechni\w*|akademi\w*|academia|wydzia[łl]\w*|"
    r"katedr[aąeyz]\w*|zak[łl]ad\w*|szko[łl](?:a|y|e|ę|ą|om)|szpital\w*|sp[oó][łl]k[aiąęe]|"
    r"abteilung\w*|lehrstuhl\w*|fachbereich\w*|klinik(?:um|a|i|en)?|clinics?|krankenh[aä]us\w*|"
    r"h[oô]pital\w*|ospedal\w*|istitut\w*|dipartiment\w*|departament\w*|"
    r"d[ée]partement\w*|soci[ée]t[ée]|societ[àa]|sociedad\w*|empresa|azienda|entreprise|"
    r"университет\w*|институт\w*|академи\w*|факультет\w*|кафедр\w*|лаборатор\w*|"
    r"больниц\w*|клиник[аиеу]|компани\w*|корпораци\w*|школ[аыеуо]|"
    # Vietnamese (``Đại học Trà Vinh``, ``Viện Toán học``, ``Công ty …``), and a company's
    # ``Co.`` before its ``Ltd.`` (``Acme Co., Ltd.``), capitalised (``CO`` is a state)
    r"đại[ \t]học|học[ \t]viện|viện|công[ \t]ty|bệnh[ \t]viện|(?-i:Co)(?=\.)|"
    r"\w*wissenschaften|[a-z]*(?:universit|hogeschool|högskola|yliopisto|bibliot)\w*)\b",
    re.I,
)
"""Words that make a string an organisation rather than a person (with the legal forms
and the words for a club or an association in the languages programmes are written in:
``Acme SpA``, ``Circolo Linux``, ``Linux-Verein e.V.``); :data:`COMMUNITY_WORDS` too."""

FIELD_UNIT_RE = re.compile(
    r"(?:[A-Z][a-z]+[ \t]+(?:(?:and|&)[ \t]+)?){1,3}(?:Sciences|Studies|Humanities|Engineering)"
    r"|(?:[A-Z][a-z]{1,20}[ \t]+)?"
    r"(?:(?:[A-Z][a-z]*(?:ics|ogy|istry|metry|scopy|graphy)|Imaging|Sequencing|Computing)"
    r"[ \t]+(?:(?:and|&)[ \t]+)?){1,3}"
    r"(?:Core|Facility|Platform|Unit)(?:[ \t]+Facility)?"
)
"""A unit named by its field alone (``Mathematical Sciences``, ``Aerospace Engineering``,
``Asian Studies``): what is left of ``College of Engineering and Mathematical Sciences``
cut at its ``and``; a field's plural or ``Engineering``, never a family name (``Lee
Engineer`` is someone). A university's shared service named by its field
(``Bioinformatics Core``, ``Genomics and Proteomics Facility``, ``Imaging Platform``)
too: a field's word (``-ics``, ``-ogy``, ``-metry``, ``Imaging``) before ``Core`` or
``Facility``, which no given name is, a word of its method before it too (``Flow
Cytometry Core``, ``Mass Spectrometry Facility``); ``Sterling Core`` is someone."""

COMMUNITY_WORDS = re.compile(
    r"\b(?:communit(?:y|ies)|comunidad(?:es?)?|comunit[àa]|communaut[ée]s?)\b", re.I
)
"""The words for a community (``Comunidad de X``, ``Rust Community Berlin``): a group where
a person is named, but a talk's subject as often (``The Python Community in 2025``)."""

_NOT_A_NAME_WORDS = """
    session sessions break lunch coffee dinner breakfast reception poster posters keynote
    keynotes talk talks panel discussion opening closing remarks welcome introduction intro
    summary notes note agenda schedule programme program workshop tutorial conference
    report reports trip writeup rapport informe relatório bericht reisebericht
    symposium seminar track q&a questions abstract slides video paper papers takeaways
    takeaway thoughts overview update updates demo demos award awards the of for and with
    prize prizes prêmio prêmios prémio prémios premio premios premi prix preis preise
    without from into about over under between against through across versus vs or but not
    on in to is are my our how why what towards toward via using learning models model data
    networks network neural deep language invited contributed oral orals spotlight
    spotlights morning afternoon evening monday tuesday wednesday thursday friday saturday
    sunday serverless databases database vectors vector systems system security privacy
    scaling open source software hardware web mobile quantum robust efficient fast large new
    future modern practical applied advanced building design testing practices practice
    lessons state beyond round table hour hours night party meetup hackathon hands office
    tools tool tooling apis api gpus gpu cpus cpu ai ml llms llm nlp graphs graph vision
    robots robot robotics optimisation optimization inference training analysis analytics
    computing compilers compiler wrap recap lightning showcase bof birds feather main room
    rooms auditorium ballroom foyer lobby stage theatre theater floor plaza atrium village
    villages tent kids corner registration desk who whom me you your yours we us their its
    here
    this that these those only anything everything nothing salas salão salões salle salles
    saal säle raum hörsaal auditório auditorio anfiteatro espaço espacio setor bloco bloque
    pavilhão pabellón pôster pôsteres apresentação apresentações presentación présentation
    präsentation presentazione presentazioni trabalhos sessão sessões sesión sessione
    sessioni séance sitzung vortrag vorträge palestra
    minicurso pavilion terrace online virtual remote zoom hybrid python javascript
    typescript kotlin haskell linux kubernetes docker postgres react django threaded native
    atelier ateliers conférence conférences taller talleres charla charlas ponencia oficina
    notebooks notebook templates template solution solutions intelligence minute minutes
    conferencia conferencias conferência conferências conferenza aula espectáculo espetáculo
    konferencja konferencji konferencję otwarcie zamknięcie wykład wykłady sesja sesji
    конференция конференции доклад доклады открытие закрытие секция
    zum zur vom beim und oder für über ohne durch gegen warum
    impressum datenschutz datenschutzerklärung imprint colofon colophon disclaimer sitemap
    cookies cookie kontakt contact contacts contacto contato faq newsletter login sponsors
    sponsor partners legal légales copyright
"""
NOT_A_NAME_WORDS = frozenset(_NOT_A_NAME_WORDS.split())
"""Words a person's name does not hold but headings, titles and sessions do (and a
site's chrome: ``Impressum · Datenschutz`` under a programme); with the
closed class of pronouns and determiners no name holds ("Women Who Code", "Ask Me
Anything", "Your Host", "Invite Only"). A set, not one alternation: a pattern of 300
words is tried word by word at every position of the text."""
_WORDS_RE = re.compile(r"\w+(?:&\w+)*")


def is_not_a_name_word(word: str) -> bool:
    """Whether ``word`` (one token, any case) is one of :data:`NOT_A_NAME_WORDS`."""
    return word.lower() in NOT_A_NAME_WORDS


def holds_not_a_name_word(text: str) -> bool:
    """Whether any word of ``text`` is one of :data:`NOT_A_NAME_WORDS` ("Q&A" is one word,
    as are its parts)."""
    for token in _WORDS_RE.findall(text.lower()):
        if token in NOT_A_NAME_WORDS or (
            "&" in token and any(part in NOT_A_NAME_WORDS for part in token.split("&"))
        ):
            return True
    return False


_INNER_CAPS_RE = re.compile(
    r"^(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])[A-Z][a-z'’]*$)\w*[a-z][A-Z]"
)
"""``GPUs``, ``DevOps``, ``DevSecOps``, ``iOS``: a product or acronym, not a name
(``McDonald``, ``DeMarco``, ``MacArthur`` are: a surname's prefix, then a capital)."""

_JOINED_RE = re.compile(r"[A-Z][a-z]{1,12}[A-Z][a-z]{1,12}")
"""A given name of two joined parts (``SiYeong``, ``AnnMarie``): a name where a role says
one is written (a ``Speaker:`` field), as ``DevOps`` would be anywhere else."""
_PARTICLES = (
    "van|von|der|den|de|da|do|del|della|la|le|di|du|dos|das|bin|bint|binti|ibn|ould|al|el|y|"
    "zu|ter|ten|uit|['’]t"
)
"""The small words of a surname (``van``, ``di``, ``do``, ``bint``, ``ould``, Dutch ``uit
't``): a closed class."""
_NAME_TOKEN_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|[a-z]{1,3}[-'’][A-ZÀ-Ž][\w'’\-]*|"
    rf"{_PARTICLES})$"
)
_HAN = "[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_KANA = "[\u3041-\u3096\u30a1-\u30fa\u30fc]"
_HANGUL = "[\uac00-\ud7af]"
_CJK_NAME_RES = (
    re.compile(rf"^{_HAN}{{2,4}}$"),  # 王伟, 欧阳娜娜, 山田花子: family and given, no space
    re.compile(rf"^{_HAN}{{1,3}} (?:{_HAN}{{1,3}}|{_KANA}{{2,5}})$"),  # 山田 花子, 佐藤 ゆき
    re.compile(rf"^{_HAN}{{1,3}}{_KANA}{{2,4}}$"),  # 山田さくら: a given name in kana
    re.compile(rf"^{_HANGUL}{{2,4}}$|^{_HANGUL}{{1,2}} {_HANGUL}{{1,3}}$"),  # 김민수, 남궁 민
    re.compile(rf"^{_KANA}{{2,8}}(?:[・゠=]{_KANA}{{2,8}}){{1,2}}$"),  # ジョン・スミス
    re.compile(r"^[\u3041-\u3096]{2,5} [\u3041-\u3096]{2,5}$"),  # きしだ なおき, in hiragana
)
"""The shape of a name in each East Asian script: short, because a family name and a
given name are one to three signs each (a title such as ``向量检索实践`` is longer), a
foreign name in katakana is parted by a middle dot, and a name written in hiragana
(as people write theirs, softened) is parted by a space, which Japanese prose never
puts between words."""
_KATAKANA_GIVEN_RE = re.compile("[\u30a1-\u30fa][\u30a1-\u30fa\u30fc]{1,7}")
"""A foreign given name alone in katakana (``ケビン``, ``ディヴィー``): a loanword too, so a
name only where an honorific or a title says a person is named."""
_CHINESE_FAMILY = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦"
    "俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封"
    "陳黃劉張楊趙吳孫馬鄭謝羅許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒閻龔萬錢嚴湯溫莊聶魯詹歐關藍"
    "顏龐喬齊葛劉範蔣鄺駱薛"
    "洪赖賴龍顧賀簡紀連區寧鮑饒閆蘭"
)
"""The family names Chinese names begin with: a closed class (a few hundred names, the
first ones covering most people), in simplified and traditional script."""
_CHINESE_COMPOUND = frozenset([
    "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方",
    "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "令狐", "长孙", "長孫",
    "宇文", "司徒", "夏侯", "轩辕", "軒轅", "端木", "独孤", "獨孤", "南宫",
    "南宮", "西门", "西門", "百里", "呼延", "澹台", "申屠", "太史", "万俟",
])  # fmt: skip
CHINESE_COMPOUND = _CHINESE_COMPOUND
"""The Chinese family names of two signs (``欧阳``): the only openings of a Chinese name
of four signs."""
_KOREAN_FAMILY = frozenset(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형"
    "피두감음빈동온호범좌"
)
_KOREAN_COMPOUND = frozenset(["남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방"])
"""The family names Korean names begin with, a closed class (``김``, ``남궁``)."""
_KOREAN_COMMON_FAMILY = frozenset("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남")
"""The family names most Koreans bear: a name of two syllables (most have three) is
read as one only after one of them (``김구``), never after a rare one that begins a
word as often (``소개``, an introduction)."""
_HAN_WITH_LATIN_RE = re.compile(rf"({_HAN}{{2,4}}) [A-Z][a-z]{{1,11}}")
"""A Chinese name, then the English given name its bearer also goes by (``慕睿涛 Max``),
as Chinese programmes write speakers who work with colleagues abroad."""
_HAN_ONLY_RE = re.compile(r"[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_HANGUL_ONLY_RE = re.compile(r"[\uac00-\ud7af]+")
_HANGUL_SPACED_RE = re.compile(r"([\uac00-\ud7af]+) [\uac00-\ud7af]+")
"""A name in Hangul with a space between its parts (``김 민수``, ``남궁 민``)."""


_ORG_BEFORE_NAME_RE = re.compile(rf"({_HAN}{{2,12}}) ({_HAN}{{2,4}})")
"""Two runs of Han signs parted by a space: in Chinese, an organisation and then a name
(``阿里云 黄湘龙``), since Chinese writes a name's parts together."""


def organisation_before_name(name: str) -> tuple[str, str] | None:
    """``(name, organisation)`` for a Chinese by-line that writes where someone works
    before their name (``京东 任强``: JD, then Ren Qiang), None for any other text. Only
    where the document writes no kana (Japanese parts family and given name with a
    space: ``渡瀬 瑞希``), when the second run begins with a Chinese family name and the
    first is no name itself (``王 小明``, ``欧阳 娜娜`` are one person, spaced; ``张伟
    王芳`` two)."""
    if _WRITES_KANA.get() or _ORG_BEFORE_NAME_RE.fullmatch(name) is None:
        return None
    return _han_name_last(name, _spaced_organisation)


def _spaced_organisation(before: str) -> bool:
    """Whether the Han signs before a name and its space are no name themselves (``京东
    ``), so where the person works; ``张伟 王芳`` are two people's names."""
    first = before[:-1]
    return before.endswith(" ") and not (
        first in _CHINESE_COMPOUND
        or (len(first) <= 3 and _begins_with_family_name(first, kana=False))
    )


_CJK_JOB_TITLES = (
    "工程师", "架构师", "设计师", "分析师", "咨询师", "讲师", "教授", "博士", "研究员",
    "总监", "经理", "主管", "总裁", "总经理", "创始人", "负责人", "专家", "顾问", "主任",
    "院长", "CEO", "CTO", "COO", "VP",
)  # fmt: skip
"""Job titles a Chinese by-line writes just before a name, without a space
(``首席架构师李道兵``: chief architect Li Daobing). They differ on purpose from the
speaker's role words: a job says what someone does at work, never that a line's key
names the speaker, so they stay out of :data:`confnotes.importers.fields.ROLE_WORDS`."""
_CJK_ROLE_WORDS = (*_CJK_JOB_TITLES, *CJK_SPEAKER_WORDS)
"""What a Chinese by-line writes just before a name: a job title or the speaker's role
(``主讲嘉宾张伟``), the latter from the one table of speaker roles
(:data:`confnotes.importers.fields.CJK_SPEAKER_WORDS`)."""
_LATIN_NAME_RE = re.compile(r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?")
_BEFORE_NAME_MARKS = " )）」』】"
"""What ends an organisation written just before a name: a space, a closing bracket."""
_NO_ORGANISATION_RE = re.compile(rf"[,，。;；、|—–]| - |\b(?:{BY_WORDS})\b", re.I)
"""What an organisation and a job never hold: a list's or a title's separators, a by-word
(``包教不包会 by LeanCloud``: a title's end and its by-line, not where someone works)."""


def name_after_role(text: str, by_line: bool = False) -> tuple[str, str] | None:
    """``(name, organisation)`` for a Chinese by-line that writes where someone works and
    their job before their name (``七牛云存储首席架构师李道兵``, ``GitCafe 市场总监
    Richard``): the name is the last two to four Han signs, opening on a family name, or
    a Latin name, after a job title; None for any other text. ``by_line``: the words
    after a by-word, which name someone, so a space or a closing bracket also sets the
    name apart from where they work (``docker.cn 马全一``, ``数据俱乐部（DA-CLUB）范向伟``);
    elsewhere ``Flutter 简介`` (an introduction to Flutter) is a title. A title that ends
    in two signs (``开源的大数据技术生态``) or a company (``七牛云存储``) has no job title
    or mark before them."""
    if _WRITES_KANA.get() or len(text) > 80 or _NO_ORGANISATION_RE.search(text):
        return None
    words = text.split(" ")
    for size in (1, 2):  # "市场总监 Richard", "社区经理 Ana Ruiz"
        latin, before = " ".join(words[-size:]), " ".join(words[:-size]).rstrip()
        if len(words) > size and _LATIN_NAME_RE.fullmatch(latin):
            if before.endswith(_CJK_ROLE_WORDS) and _CJK_RE.search(before[-1]):
                return latin, before
            if size == 1 and not _LATIN_NAME_RE.fullmatch(" ".join(words[-2:])):
                return None
    return _han_name_last(
        text,
        lambda before: (
            before.endswith(_CJK_ROLE_WORDS) or (by_line and before[-1] in _BEFORE_NAME_MARKS)
        ),
    )


def _han_name_last(text: str, vouched: Callable[[str], bool]) -> tuple[str, str] | None:
    """``(name, what is written before it)``: the last two to four Han signs of ``text``,
    opening on a family name, when ``vouched`` says the words before them set them apart
    as a name (a job, a space after a company). The one reading of a Chinese by-line's
    name for :func:`name_after_role` and :func:`organisation_before_name`."""
    for size in (2, 3, 4):
        name, before = text[-size:], text[:-size]
        if (
            len(before) < 2
            or _HAN_ONLY_RE.fullmatch(name) is None
            or not _begins_with_family_name(name, kana=False)
        ):
            continue
        if vouched(before):
            return name, before.strip()
    return None


def han_name(name: str) -> bool:
    """Whether ``name`` is written as a Chinese name is: two to four Han signs opening on
    a Chinese family name (``李道兵``, ``欧阳娜娜``; never ``介绍``, an introduction)."""
    return (
        2 <= len(name) <= 4
        and _HAN_ONLY_RE.fullmatch(name) is not None
        and _chinese_family_first(name)
    )


def _chinese_family_first(name: str) -> bool:
    """Whether Han signs open on a Chinese family name, compound (``欧阳``) or single."""
    return name[:2] in _CHINESE_COMPOUND or name[0] in _CHINESE_FAMILY


def _society(name: str) -> bool:
    """``开源社``, ``出版社``: Han signs ending in 社 (a society, a press) that open on no
    Chinese family name; a name that ends so begins with one (``王建社``)."""
    return (
        len(name) >= 3
        and name.endswith("社")
        and _HAN_ONLY_RE.fullmatch(name) is not None
        and not _chinese_family_first(name)
    )


def _begins_with_family_name(name: str, kana: bool) -> bool:
    """Whether a name written in Han signs or in Hangul without a space between its parts
    (``王伟``, ``李雪晴``, ``김민수``) begins with a family name, as every Chinese and Korean
    name does; ``破冰``, ``签到`` (an icebreaker, the check-in) and ``느낀점`` do not. Names
    written with a space, with kana, or in a document that writes kana
    (``山田``, ``山田花子``: Japanese family names, an open class) are left to their shape."""
    if " " in name:
        return True
    if _HANGUL_ONLY_RE.fullmatch(name):
        if len(name) == 2:  # 소개, 정리: two syllables are a word unless a common name's
            return name[0] in _KOREAN_COMMON_FAMILY
        return name[:2] in _KOREAN_COMPOUND or name[0] in _KOREAN_FAMILY
    if not kana and _HAN_ONLY_RE.fullmatch(name) and len(name) <= 4:
        # four signs: a compound family name (欧阳娜娜) or one before three (我的理解 is
        # "my understanding")
        return _chinese_family_first(name)
    return True


_CJK_RE = re.compile(rf"[{CJK_RANGES}]")
"""A sign of an East Asian script: such a name is judged by its script's shape alone."""
_JOB_TITLE_RE = re.compile(
    r"\b(?:engineer|developer|manager|director|architect|scientist|researcher|professor|"
    r"lecturer|student|founder|co-founder|(?-i:C[EFTOIMPD]O|CISO|ceo|cto|cfo|coo)|vp|head|"
    r"lead|consultant|designer|"
    r"analyst|advocate|evangelist|maintainer|editor|fellow|postdoc|phd|officer|president|leader|"
    r"chair|librarian|teacher|doctor|sre|devops|treasurer|secretary|trustee|coordinator|"
    r"organi[sz]er|"
    # the same jobs as Spanish, Portuguese, French, German and Italian write them
    r"direct(?:or[ae]?|eur|rice)|diret(?:or|ora|tore|trice)|direktor(?:in)?|leiter(?:in)?|"
    r"president[ae]|pr[ée]sident(?:e|in)?|fundador[a]?|fondat(?:eur|rice|ore)|gr[üu]nder(?:in)?|"
    r"ingenier[oa]|engenheir[oa]|ing[ée]nieur(?:e|in)?|ingegnere|investigador[a]?|"
    r"pesquisador[a]?|chercheu(?:r|se)|ricercat(?:ore|rice)|forscher(?:in)?|"
    r"desarrollador[a]?|desenvolvedor[a]?|d[ée]veloppeu(?:r|se)|entwickler(?:in)?|"
    r"gerente|responsable|jef[ea]|coordinador[a]?|coordenador[a]?|coordinat(?:eur|rice|ore))\b",
    re.I,
)
"""A job title after ``Name,`` (``Staff Engineer``): about the person, not another one.
Only where a name's position is weighed (a part after a name's comma, a line no speaker
field vouches for): ``Hannah Head`` and ``Peter Doctor`` are people's names."""
_LONE_CAPITAL = re.compile(r"[A-Z]").fullmatch
"""A name's last word of one capital (``Zaal B``, ``Hall B``): a place's letter, unless a
role vouches for the name (``Malcolm X``)."""


def is_job_title(text: str) -> bool:
    """A short phrase naming a job (``Head of Data``, ``Senior Research Scientist``):
    a few words with a job's word and no sentence."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and not text.rstrip().endswith((".", "?", "!", ":"))
        and bool(_JOB_TITLE_RE.search(text))
    )


_EMPLOYER_WORD_RE = re.compile(r"\s(?:at|@|chez|bei|presso|bij|på)\s|\s?@\s?(?=[A-Z])")
"""What says "employed by" in a person's one-line description, whatever the job's words
(``Principal Engineer at Fjord``, ``SRE @ Prairie Cloud``, ``Entwicklerin bei Acme``)."""
_JOB_SEP_RE = re.compile(r"\s[|–—-]\s|,\s")
"""What may stand between a job and its employer (``CTO, Tramonto``, ``Designer |
Studio Nord``) when the job's words or the employer's say so."""
_AWARD_RE = re.compile(r"\s[A-Z]{2,4}$")
"""``Microsoft MVP``, ``Google GDE``: a title a company gives, not an employer."""


def employer_of(line: str) -> str:
    """The organisation a person's one-line description names (a Sessionize ``tagLine``,
    a ``position`` or ``job`` field): the part after ``at`` / ``@`` / ``chez``, or after a
    comma or a bar when the part before is a job or the part after an organisation; the
    whole line when it names an organisation and no job. Empty when it names none
    (``Ingeniera de datos`` is a job alone, a bio's sentence no job line)."""
    line = " ".join(line.split())[:300]
    if not line or line.endswith((".", "!", "?")) or len(line.split()) > 16:
        return ""
    said = _EMPLOYER_WORD_RE.search(line)
    m = said or _JOB_SEP_RE.search(line)
    if m is None:
        plain = is_organisation(line) and not is_job_title(line)
        return line if plain and not _AWARD_RE.search(line) else ""
    job, employer = line[: m.start()].strip(), line[m.end() :].strip(" ,|–—-")
    if not employer or len(employer.split()) > 8 or is_job_title(employer):
        return ""
    return employer if said or is_job_title(job) or is_organisation(employer) else ""


_HANDLE = r"@[A-Za-z0-9_.]{1,40}(?:@[A-Za-z0-9_.\-]{1,60})?"
_HANDLE_ONLY_RE = re.compile(_HANDLE)
"""A social handle (``@ckundo``, ``@ana@social.example``): alone, a part of a line naming
a person."""


_PRONOUNS = (
    r"(?:she|he|they|ze|xe|sie|er|elle|il|iel|ella|él|elu)\s?/\s?"
    r"(?:her|hers|him|his|them|their|theirs|they|zir|hir|xem|ihr|ihm|elle|lui|iel|ella|él|elu|"
    r"sie|er|she|he)(?:\s?/\s?(?:her|hers|him|his|them|theirs|they|she|he))?"
)
_PRONOUNS_RE = re.compile(
    rf"(?<!\s)\s*(?:[(\[]\s*{_PRONOUNS}\s*[)\]]|[,·|–—]\s*{_PRONOUNS}(?![\w/]))", re.I
)
"""A person's pronouns after their name (``Ana Ruiz (she/her)``, ``Bo Li, they/them``,
``Eva Roth (sie/ihr)``): how to refer to them, neither an affiliation nor another person."""
_POSTNOMINAL_RE = re.compile(
    r"(?<![\s,])(?:,?\s+(?:Ph\.\s?D\.?|PhD|DPhil|D\.Phil\.?|M\.D\.?|MD|M\.Sc\.?|MSc|MBA|MPH|DrPH|FRS|FREng))+$"
)
"""Degrees written after a name (``Ana Ruiz PhD``, ``Bo Li, M.D.``): letters about the
person, no part of their name."""


def without_pronouns(text: str) -> str:
    """``text`` without the pronouns written after a name in it (see :data:`_PRONOUNS_RE`)."""
    return _PRONOUNS_RE.sub("", text) if "/" in text else text


def handles_only(text: str) -> list[ProgrammePerson]:
    """The people of a by-line that is social handles and nothing else (``by @ana``,
    ``by @ana and @bo``): an account is someone's, its name the handle without its ``@``;
    [] when any part is other words."""
    people: list[ProgrammePerson] = []
    for part in SPEAKER_SEP_RE.split(strip_markdown_inline(text)[:400]):
        part = part.strip()
        if not part:
            continue
        if not _HANDLE_ONLY_RE.fullmatch(part) or not _HANDLE_WORD_RE.fullmatch(part[1:]):
            return []
        people.append(ProgrammePerson(name=part[1:]))
    return people


def begins_with_handle(text: str) -> bool:
    """``@aruiz``, ``(@aruiz)`` opening ``text`` (after spaces): a social handle, someone's."""
    return _HANDLE_ONLY_RE.match(text.lstrip().lstrip("([")) is not None


_TAG_PREFIX_RE = re.compile(r"^\s*[(\[]([^()\[\]]{1,30})[)\]]\s+(?=\S)")
"""``(SRE) Name``: a tag before the name."""
SPEAKER_SEP_RE = re.compile(
    r",|;|\band\b|(?<=\s)&(?=\s)|·|(?<=[^\W\d_]) ?/ ?(?=[^\W\d_])"  # "Ana Ruiz/Bo Li"
    r"|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\+|、"
    # Dutch "en" before a capitalised name only: Spanish and French "en" is "in"
    # ("Luis Gómez en remoto", "Marie Roy en visio")
    r"|\ben\b(?=\s(?![a-zß-ÿ])[^\W\d_])"
)
_PAREN_RE = re.compile(r"^(?P<name>[^()\[\]]+?)(?<!\s)\s*[(\[](?P<aff>[^()\[\]]*)[)\]]\s*$")
_AFF_NOISE = frozenset(["confirmed", "tbc", "tbd", "invited", "keynote", "remote", "online"])


_CJK_ORG_RE = re.compile(
    r"大学|大學|学院|研究所|研究院|公司|会社|実験室|实验室|研究室|センター|中心"
    r"|集团|集團|基金会|基金會|協会|协会|協會|学会|學會|社区|社區|联盟|聯盟|俱乐部|俱樂部"
    r"|工作室|团队|團隊|財団|财团|チーム|病院|医院|醫院|学部|研究科|機構|法人"
    r"|대학교|연구소|병원|회사"
)
"""What ends an organisation's name in Chinese and Japanese (a university, a company, a
group, a foundation, an association, a community, a club, a team)."""


GROUP_LABEL_RE = re.compile(
    r"\b(?:sessions?|tracks?|streams?|strands?|sitzung(?:en)?|sektion(?:en)?|séances?|"
    r"sesi[oó]n(?:es)?|sess[aã]o|sess[oõ]es|sessione|sessioni)\b"
    r"|セッション|分会场|分會場|分论坛|分論壇|专场|專場|세션",
    re.I,
)
"""Words that name a group of talks (a session, a track) in the languages programmes are
written in: a label with one of them (``Oral Session II: Clinical Conversations``, ``Track
B: Applied Logic``) is followed by the group's theme, never by who gives a talk."""


def names_a_group(label: str) -> bool:
    """Whether ``label`` (the words before a colon or a dash) names a group of talks, so
    the words after it are its theme, not a speaker; a session's chair is said with a role
    word (``Session chair: Ana Ruiz``), which such a caller reads first."""
    return GROUP_LABEL_RE.search(label) is not None


def balanced(text: str) -> bool:
    """True when every ``(`` and ``[`` of ``text`` is closed in order."""
    depth: list[str] = []
    pairs = {")": "(", "]": "["}
    for ch in text:
        if ch in "([":
            depth.append(ch)
        elif ch in ")]" and (not depth or depth.pop() != pairs[ch]):
            return False
    return not depth


_UNDECIDED = frozenset(w for words in NOT_DECIDED.values() for w in words)
_UNDECIDED_RE = re.compile(r"t\.?b\.?[adc]|to be (?:announced|determined|confirmed|decided)")


def not_decided(text: str) -> bool:
    """``TBA``, ``NTB``, ``N.N.``, ``Por definir``: words that say a slot's talk or speaker
    is not known yet, and nothing more. Narrower than :func:`is_placeholder`: a slot's
    label (``Keynote``, ``Speaker 3``) or the organisers' name is no such word."""
    said = " ".join(text.split()).strip(" .:*_[]()（）【】「」").casefold()
    return said in _UNDECIDED or bool(_UNDECIDED_RE.fullmatch(said))


def is_placeholder(name: str) -> bool:
    """``Team 1``, ``Speaker 3``, ``TBA``: a slot in a programme, not somebody."""
    text = " ".join(name.split()).strip(" .:*_")
    if (
        text.casefold() in _NOT_DECIDED
        or text.strip("[]()（）【】「」 ").casefold() in _NOT_DECIDED
    ):
        return True  # "未定", "[Por definir]", "N.N.": the slot's speaker is not known yet
    return bool(_PLACEHOLDER_RE.match(text))


def is_organisation(text: str, communities: bool = True) -> bool:
    """True for ``Stanford University``, ``Google DeepMind``, ``ACME Labs`` (and, unless
    ``communities`` is false, ``Rust Community Berlin``: a title's side of a line leaves
    them out, where a community is what a talk is about)."""
    return bool(
        ORGANISATION_WORDS.search(text)
        or _CJK_ORG_RE.search(text)
        or FIELD_UNIT_RE.fullmatch(text.strip())
        or (communities and COMMUNITY_WORDS.search(text))
    )


def _plural_role_words() -> frozenset[str]:
    return (
        frozenset(
            w
            for role in ("speaker", "chair")
            for w in ROLE_WORDS[role]
            if w.endswith("s") and len(w) > 4
        )
        | _GROUP_WORDS
    )


_GROUP_WORDS = frozenset(
    [
        "champions",
        "ambassadors",
        "volunteers",
        "organizers",
        "organisers",
        "mentors",
        "members",
        "maintainers",
        "contributors",
        "attendees",
        "participants",
        "sponsors",
    ]
)
"""People named as a group (``HPC Champions``, ``Our Volunteers``): no one's name."""


_PLURAL_ROLE_WORDS = _plural_role_words()
"""``speakers``, ``presenters``, ``panelists``, ``moderators``: the people of a role, in
the plural (no one's name has them)."""


_VOUCHED: ContextVar[frozenset[str]] = ContextVar("vouched_words", default=frozenset())
"""The words of the names the document being read writes after a title (see
:func:`vouched_by`)."""
_TITLED_NAME_RE = re.compile(
    r"(?<![\w.])(?:Prof|Dr|Drs|Mr|Mrs|Ms|Mx|Dott|Mme|Pr)\.?"
    r"(?:[ \t]{1,3}(?:Dr|Prof|med|rer|nat|habil|ir|dr)\.?){0,3}"
    r"[ \t]{1,3}([A-ZÀ-ÖØ-Þ][\w'’\-]{0,30}\.?(?:[ \t]{1,3}[A-ZÀ-ÖØ-Þ][\w'’\-]{0,30}\.?){0,3})"
)
"""A name written after a title (``Dr. Henning Christ``, ``Prof. Jyoti Prakash CR Naidu``)."""
_WRITES_KANA: ContextVar[bool] = ContextVar("writes_kana", default=True)
"""Whether the document being read writes Japanese kana (outside a document: assumed so,
the person test's older, looser reading of names in Han signs)."""
_WORD_RE = re.compile(r"\w{2,40}")


def writes_kana() -> bool:
    """Whether the document being read writes Japanese kana (outside one: assumed so),
    whose Han names open on family names no closed list holds."""
    return _WRITES_KANA.get()


_ADDRESS_RE = re.compile(r"\]\([^()\s]{0,2000}\)|\b[a-z][a-z\d+.-]{0,20}://[^\s)>\]]{0,2000}")
"""A link's target (``](/images/ana-and-bo-lin.png)``) or a bare address: a file name's
slug, lower-cased for the path, not a word of the prose."""


_QUOTED_WORD_RE = re.compile(
    r"(?<!\w)(?:\"[\w.\-]{1,40}\"|'[\w.\-]{1,40}')(?!\w)"
    r"|“[\w.\-]{1,40}”|‘[\w.\-]{1,40}’|「[\w.\-]{1,40}」|『[\w.\-]{1,40}』|«\s?[\w.\-]{1,40}\s?»"
)
"""One word alone between quotes (``"jserv"``, ``「gslin」``): a word mentioned, not used
(a nickname, a handle, a term), whose small letters say nothing of the language."""


def lower_case_words(text: str) -> frozenset[str]:
    """Every word ``text`` writes all in lower case: a common word of its language
    (``peserta``, ``participants``), which a name written alone is not. Addresses are
    left out: ``brad-and-ian.png`` writes no one's name small; and so is a word quoted
    alone: a bio's ``known online as "jserv"`` writes a handle, not a common word."""
    prose = _QUOTED_WORD_RE.sub(" ", _ADDRESS_RE.sub(" ", text[:MAX_VOUCHED_TEXT]))
    return frozenset(w for w in _WORD_RE.findall(prose) if w.islower())


_KANA_RE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_WRITTEN_SMALL: ContextVar[frozenset[str]] = ContextVar("written_small", default=frozenset())
"""The words the document being read writes in small letters (see :func:`written_small`)."""
MAX_VOUCHED_TEXT = 400_000
"""Characters of a document searched for titled names (the pass stays cheap on any input)."""


_ACRONYMS: ContextVar[frozenset[str]] = ContextVar("acronyms", default=frozenset())
"""The acronyms the document being read writes (see :func:`spells_an_acronym`)."""
_WRITTEN_ACRONYM_RE = re.compile(r"(?<![\w.])([A-Z]{3,6})s?(?!\w)")


def written_acronyms(text: str) -> frozenset[str]:
    """Every word of three to six capitals ``text`` writes (``MIDI``, ``MVPs``): an
    acronym, whose expansion a document often writes beside it."""
    return frozenset(
        m[1] for m in _WRITTEN_ACRONYM_RE.finditer(_ADDRESS_RE.sub(" ", text[:MAX_VOUCHED_TEXT]))
    )


def spells_an_acronym(name: str, acronyms: frozenset[str] | None = None) -> bool:
    """Whether the initials of ``name``'s words (three or more; its small words too, or
    not: ``Museum of Modern Art``) spell an acronym the document writes: ``Minimum Viable
    Product`` beside ``MVP`` is the acronym's expansion, no one's name."""
    known = _ACRONYMS.get() if acronyms is None else acronyms
    words = name.split()
    if not known or len(words) < 3:
        return False
    capitals = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words).upper()
    return len(capitals) >= 3 and (capitals.upper() in known or every in known)


def vouched_words(text: str) -> frozenset[str]:
    """The words of every name ``text`` writes after a title: the document's own word that
    they are names' words, wherever else it writes them; and the names it writes family
    name first (:func:`_inverted_names`)."""
    words: set[str] = set()
    for m in _TITLED_NAME_RE.finditer(text[:MAX_VOUCHED_TEXT]):
        words.update(w.rstrip(".") for w in m.group(1).split())
        if len(words) > 5000:
            break
    return frozenset(words) | _inverted_names(text[:MAX_VOUCHED_TEXT])


_COMMA_PAIR_RE = re.compile(r"\b([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}), ([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30})\b")
_FAMILY_FIRST_RE = re.compile(
    r"\b(?:last|family|sur)[ _-]?name\s*,\s*(?:first|given)[ _-]?name|\bnachname\s*,\s*vorname"
    r"|\bapellidos?\s*,\s*nombre|\bnom\s*,\s*prénom|\bcognome\s*,\s*nome",
    re.I,
)
"""A header or a note saying names are written family name first (``Last name, First
name``, ``Nachname, Vorname``)."""
FAMILY_FIRST = "\x00family-first"
"""Vouched for a whole document whose own words say it writes names family name first."""


def _inverted_names(text: str) -> frozenset[str]:
    """The ``Family, Given`` pairs a document writes whose reading as one person it also
    vouches for: it writes the same person in the natural order elsewhere (``Ruiz, Carla``
    in a cell, ``Carla Ruiz`` in a line), or says its names are written family first. A
    pair alone (``Anna, Tom``) may be two people and stays so."""
    if _FAMILY_FIRST_RE.search(text):
        return frozenset({FAMILY_FIRST})
    pairs: set[tuple[str, str]] = set()
    for m in _COMMA_PAIR_RE.finditer(text):
        pairs.add((m[1], m[2]))
        if len(pairs) >= _PAIRS_MOST:
            break  # each pair is one search of the text: a bounded count of them
    return frozenset(f"{family}, {given}" for family, given in pairs if f"{given} {family}" in text)


_PAIRS_MOST = 500
"""Distinct ``Family, Given`` pairs a document's natural-order search is run for."""


@contextlib.contextmanager
def vouched_by(text: str) -> Iterator[None]:
    """While a document is read, a name's word that the document writes after a title
    elsewhere lifts the person test's doubts about that word's shape (a given name ending
    in *-ing* such as ``Henning``, initials written without dots such as ``CR``): ``Dr.
    Henning Christ`` on one line vouches for ``Henning Kantner`` on the next. It also
    notes the acronyms it writes (:func:`spells_an_acronym`) and whether it writes kana:
    a Japanese family name alone (``山田``) is an open class, a Chinese name begins with
    one of a closed class (``李波``)."""
    token = _VOUCHED.set(vouched_words(text))
    kana = _WRITES_KANA.set(_KANA_RE.search(text[:MAX_VOUCHED_TEXT]) is not None)
    small = _WRITTEN_SMALL.set(lower_case_words(text))
    circles = _MARKS_PRESENTERS.set(marks_presenters(text))
    acronyms = _ACRONYMS.set(written_acronyms(text))
    try:
        yield
    finally:
        _ACRONYMS.reset(acronyms)
        _MARKS_PRESENTERS.reset(circles)
        _WRITTEN_SMALL.reset(small)
        _WRITES_KANA.reset(kana)
        _VOUCHED.reset(token)


def written_small(word: str) -> bool:
    """Whether the document being read writes ``word`` in small letters somewhere: a common
    noun's mark (``friends``, ``amigos``, ``equipo`` in its prose), which a given name that
    stands alone (``Rodolfo``) or a family name (``Gasset``) never bears."""
    return word.lower() in _WRITTEN_SMALL.get()


_CJK_TALK_WORD_RE = re.compile(
    r"講演|演讲|演講|発表|发表|報告|报告|발표|강연"
    r"|内容|概要|概述|简述|簡述|总结|總結|摘要|笔记|筆記|感想|要約|まとめ|요약"
)
"""A talk's word in an East Asian script, which no person's name holds, and a note's
(a content summary, an overview, notes, impressions: ``内容简述``, ``講演まとめ``)."""


def in_running_case(name: str) -> str:
    """A name set in capitals (``IMRAN SIDDIQI``, as programmes set their speakers) as it
    is written in running text, for the person test; any other name as it is."""
    return name.title() if name.isupper() else name


def is_person_name(name: str, single_ok: bool = False, titled: bool = False) -> bool:
    """Whether ``name`` can be a person's name (``single_ok``: a lone given name such as
    ``Chris`` is accepted, for strong role evidence like a ``Speaker:`` line; ``titled``:
    it was written after an honorific, so ``Henning Wolff`` is no ``Building Agents``).

    Never a placeholder, an organisation, a session or heading phrase, digits, URLs,
    or a fragment with unbalanced brackets. A word the document vouches for (see
    :func:`vouched_by`) is a name's word whatever its shape.
    """
    vouched, kana = _VOUCHED.get(), _WRITES_KANA.get()
    if _is_person_name(name, single_ok, titled, vouched, kana):
        return True
    read = read_as_mac_roman(name)
    return read != name and _is_person_name(read, single_ok, titled, vouched, kana)


def _mac_roman_letters() -> dict[str, str]:
    """The glyphs Windows-1252 shows for bytes 0x80-0x9F (``—``, ``‡``, ``Ž``), each with
    the accented letter Mac Roman means by the same byte (``ó``, ``á``, ``é``). Quote
    marks (``’``, ``“``, ``‹``) are left out: writers put them inside words themselves
    (``Let’s``, ``We’re``), so a name holding one is read as written."""
    table: dict[str, str] = {}
    for byte in range(0x80, 0xA0):
        try:
            shown = bytes([byte]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        meant = bytes([byte]).decode("mac_roman")
        quote = unicodedata.category(shown) in ("Pi", "Pf")
        if meant.isalpha() and meant.islower() and meant != shown and not quote:
            table[shown] = meant
    return table


_MAC_ROMAN_LETTERS = _mac_roman_letters()
_GLYPHS = re.escape("".join(_MAC_ROMAN_LETTERS))
_MISREAD_RE = re.compile(rf"(?<=[^\W\d_])[{_GLYPHS}](?=[^\W\d_A-Z]|[\s{_GLYPHS}-]|$)")


def read_as_mac_roman(name: str) -> str:
    """``Almir—n`` as ``Almirón``: a file saved on a Mac and opened as Windows-1252 shows
    each accented letter as a dash or a symbol inside a word; read back, those glyphs are
    the letters they were (only one that follows a letter and ends the word or comes
    before a small letter, so ``Data—Driven`` and ``O’Brien`` stay as written)."""
    return _MISREAD_RE.sub(lambda m: _MAC_ROMAN_LETTERS[m[0]], name)


@functools.lru_cache(maxsize=8192)
def _is_person_name(
    name: str, single_ok: bool, titled: bool, vouched: frozenset[str], kana: bool
) -> bool:
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name or len(name) > 80 or not balanced(name):
        return False
    if is_placeholder(name) or any(ch.isdigit() for ch in name) or "://" in name or "@" in name:
        return False
    if re.search(r"[()\[\]{}<>|:;!?=*_#\"“”]", name):
        return False
    if is_key_word(name):
        return False  # "日期", "Datum": a label
    if _ROMAN_LABEL_RE.match(name):
        return False  # "II.- Actividades Centrales": a part's number, no initials
    if _CJK_RE.search(name):
        if kind_of(name) != "talk" or TALK_LABEL_RE.fullmatch(name):
            return False  # "基調講演", "休憩", "発表": a kind of programme item, as short as a name
        if _CJK_TALK_WORD_RE.search(name):
            return False  # "発表資料" (a talk's slides), "講演者": a talk's word, no name
        if not (single_ok or titled) and not _begins_with_family_name(name, kana):
            return False  # "破冰 (…)" in a programme's row: a word, no one's name
        if not _korean_family_first(name):
            return False  # "주요 내용", "느낀 점": words; a Korean name opens on its family name
        if is_organisation(name) or _society(name):
            return False  # "清华大学", "开源社": where people work, however a role vouches
        if (m := _HAN_WITH_LATIN_RE.fullmatch(name)) is not None:
            # "慕睿涛 Max": a Chinese name and the English given name its bearer goes by
            # only where a role vouches for it: "华为 Cloud" is a product's name
            return (single_ok or titled) and len(m.group(1)) <= 3

        if titled and _KATAKANA_GIVEN_RE.fullmatch(name):
            return True  # "ケビンさん": a foreign given name alone, the honorific its word
        return any(shape.match(name) for shape in _CJK_NAME_RES)
    tokens = name.split()
    if not 1 <= _capitalised_words(tokens) <= 6 or len(tokens) > 9:
        return False  # a long Spanish name's particles (``de``, ``y``) do not count
    if len(tokens) == 1 and not (single_ok or titled):
        return False  # "Prof. Dr. Thissen": a surname alone, after a title, is a person
    if len(tokens) == 1 and not titled and _abstract_noun(name):
        return False  # "Lokalität", "Freiheit", "Realismo", "Regression": a noun, no one
    if len(tokens) == 1 and not titled and common_word(name):
        return False  # "Guests" in a speaker's cell where the page writes "our guests": a word
    if name.isupper() and len(tokens) == 1 and not titled:
        return False  # an acronym: MIT, IBM
    if is_organisation(name) or holds_not_a_name_word(name):
        return False
    if len(tokens) > 1 and tokens[0].casefold() in _LEADING_ARTICLES:
        return False  # "Die Stadt", "Der Hafen": a noun and its article, a title's words
    if names_a_place(name):
        return False  # "Buenos Aires", "Sao Paulo" in a venue's or city's cell: a place
    if not titled and spells_an_acronym(name):
        return False  # "Minimum Viable Product" where the document writes "MVP"
    if not (titled or single_ok) and (_JOB_TITLE_RE.search(name) or _LONE_CAPITAL(tokens[-1])):
        # "CEO Quantstack", "DevSecOps Leader": a job; "Zaal B": a place; where no role
        # vouches for the name (a speaker field's "Hannah Head", "Malcolm X" are people)
        return False
    if len(tokens) > 1 and _EVENT_KIND_RE.fullmatch(tokens[-1]):
        return False  # "Mozilla Festival", "Harbour Summit": an event (but "Forum Shah")
    if len(tokens) > 1 and _item_word(tokens[-1]):
        return False  # "Public Lecture", "Opening Keynote": a programme item, no one
    if len(tokens) > 2 and tokens[1].islower() and _item_word(tokens[0]):
        # "Jantar de Confraternização", "Pausa per il caffè": languages that name the
        # kind first and join what it is with a small word; a name's particle follows a
        # given name (``Maria de Souza``), never a kind of programme item
        return False
    if _titles_inside(tokens) or _particle_before_acronym(tokens):
        # "Festvortrag von Prof. Dr. Name": the person begins at the title; "Cultura
        # Libres de la URJC": a particle before an acronym is an organisation's "of"
        return False
    if len(tokens) > 1 and any(t.casefold() in _PLURAL_ROLE_WORDS for t in tokens):
        return False  # "All Speakers", "Guest Panelists": the role's people, no one
    if not _capital(tokens[0]) or not (
        _capital(tokens[-1]) or re.match(r"^[a-z]{1,3}[-'’][A-ZÀ-Ž]", tokens[-1])
    ):
        return False  # "al-Rashid", "d'Alembert" end a name too
    pinyin = 2 <= len(tokens) <= 3 and all(is_pinyin(t, 2) for t in tokens)
    # "XiaoLin Hu", "Dong LI": a Chinese name in Pinyin, its given name's syllables joined
    # with a capital, or its family name in capitals
    joined = (single_ok or pinyin) and len(tokens) >= 2 and bool(_JOINED_RE.fullmatch(tokens[0]))
    if any(_inner_caps(t) and not (joined and i == 0) for i, t in enumerate(tokens)):
        return False  # but "SiYeong Jang" where a speaker's field says it is a name
    if any(_dotted_word(t) for t in tokens):
        return False  # "Asp.NET Core", "Node.js Streams": a product's name, not a person's
    if not titled and any(
        _PREFIXED_WORD_RE.fullmatch(t)
        and t not in vouched
        and not is_pinyin(t[t.index("-") + 1 :], 2)
        for t in tokens
    ):
        return False  # "Re-read CAP Theorem", "Pre-built Images": a verb's prefix (not "Mei-ling")
    if not titled and tokens[0] not in vouched and _derived_noun(tokens[0]):
        return False  # "Distribution Shift", "Organizational Meeting": a noun phrase
    if any(re.search(r"\w['’]s$", t) for t in tokens):
        return False  # "Swift's Hidden Gems": a possessive is a title's word, not a name's
    if any(_SENTENCE_WORD_RE.fullmatch(t) for t in tokens[:-1]):
        return False  # "Ivo Marsh. Short": a sentence ends inside (not "Ma. Teresa", "St. Clair")
    if (
        len(tokens[0]) >= 6
        and tokens[0].lower().endswith("ing")
        and not titled
        and tokens[0] not in vouched  # "Henning Kantner" where "Dr. Henning Christ" is
        and not (len(tokens) == 2 and is_pinyin(tokens[0]) and is_pinyin(tokens[1], 1))
        and not all(is_pinyin(part, 1) for part in tokens[0].split("-"))
    ):
        return False  # "Evaluating RAG", "Building Agents": a title (but "Mingming Gong",
        # "Mei-Ling Osei": a Pinyin given name, hyphenated or not)
    caps = [
        t
        for t in tokens
        if len(t) > 1 and t.isupper() and not t.endswith(".") and not _PARTICLE_RE.fullmatch(t)
    ]
    if (
        caps
        and not titled
        and not all(t in vouched for t in caps)  # "Jyoti Prakash CR Naidu", titled elsewhere
        and (len(caps) == len(tokens) or (any(len(t) < 3 for t in caps) and not pinyin))
    ):
        return False  # "GPU", "AI ML"; but "Jean DUPONT", "Ada DI PRIMIO" are names
    if _bare_uit(tokens):
        return False  # "Jan de Vries uit Utrecht": "from Utrecht" (but "Joost uit 't Hoff")
    return all(
        _NAME_TOKEN_RE.match(t)
        or _script_token(t)
        or (t == "e" and 2 <= i < len(tokens) - 1)  # "Tiago Moura e Castro" (not "Pão e Vinho")
        for i, t in enumerate(tokens)
    )


_ROMAN_LABEL_RE = re.compile(r"[IVXLC]{2,6}[.)]")
"""A roman numeral of two or more letters opening a line (``II.``, ``IV)``): an outline's
numbered part; an initial is one letter."""


def common_word(word: str) -> bool:
    """A capitalised single word the document also writes in lower case elsewhere (``Peserta``
    heading a cell, ``peserta`` in its sentences): a common word of its language, which
    the capital of a cell's start does not make a name."""
    return word[:1].isupper() and written_small(word) and len(word.split()) == 1


def _bare_uit(tokens: list[str]) -> bool:
    """Dutch ``uit`` not followed by another particle: "from" a place (``Jan de Vries uit
    Utrecht``), no surname's word; a surname has it before ``de``, ``den``, ``'t``
    (``Joost uit 't Hoff``, ``Uit den Bogaard``)."""
    return any(
        t == "uit" and not (i + 1 < len(tokens) and _PARTICLE_RE.fullmatch(tokens[i + 1]))
        for i, t in enumerate(tokens)
    )


_PREFIXED_WORD_RE = re.compile(r"[A-Z][a-z]{1,2}-[a-z]{3,20}")
"""A short prefix, a hyphen, a word in lower case (``Re-read``, ``Pre-built``,
``Co-founder``): a word of a phrase; a name's hyphen joins capitalised parts
(``Jean-Luc``) or Pinyin syllables (``Mei-ling``)."""


def _dotted_word(token: str) -> bool:
    """``Asp.NET``, ``Node.js``, ``Vue.js``: a word with a dot inside between letters, two
    or more each side, the name of a product, a file or a site; a name's initials carry
    their dot at the end (``J.R.``, ``St.``)."""
    head, dot, tail = token.partition(".")
    return bool(dot) and len(head) >= 2 and len(tail) >= 2 and head.isalpha() and tail.isalpha()


_DERIVED_NOUN_ENDS = ("tion", "sion", "tional", "sional", "ional", "isation", "ization")
"""The endings of nouns and adjectives made from verbs (``Distribution``, ``Regression``,
``Organizational``), which begin a title's noun phrase (``Distribution Shift``,
``Organizational Meeting``) and no one's given name."""


def _derived_noun(word: str) -> bool:
    """A first word of seven letters or more with one of :data:`_DERIVED_NOUN_ENDS`: the
    head of a phrase, no given name (``Marion``, ``Sion`` are too short or end otherwise)."""
    return len(word) >= 7 and word.isalpha() and word.casefold().endswith(_DERIVED_NOUN_ENDS)


_ABSTRACT_NOUN_ENDS = (
    *_DERIVED_NOUN_ENDS, "ität", "heit", "keit", "schaft", "ismus", "ismo", "isme",
    "dade", "ità", "ité", "té", "tà", "tad",
)  # fmt: skip
"""The endings of abstract nouns in the languages programmes are written in
(``Lokalität``, ``Freiheit``, ``Gesellschaft``, ``Realismus``, ``Realismo``,
``Identidade``, ``Comunità``, ``Liberté``, ``Libertà``, ``Libertad``, ``Regression``): a
word standing alone with one is a noun, never a given name written alone (Spanish
``-idad`` is left out: ``Caridad`` and ``Trinidad`` are given names)."""


def _abstract_noun(word: str) -> bool:
    """A lone word of seven letters or more with one of :data:`_ABSTRACT_NOUN_ENDS`
    (German writes its nouns capitalised, so its capital says nothing of a name)."""
    return len(word) >= 7 and word.isalpha() and word.casefold().endswith(_ABSTRACT_NOUN_ENDS)


def _item_word(word: str) -> bool:
    """A word naming a kind of programme item (``Lecture``, ``Keynote``, ``Vortrag``,
    ``Break``), which ends the item's name and no person's."""
    return bool(TALK_LABEL_RE.fullmatch(word)) or kind_of(word) not in ("talk", "other")


_EVENT_KIND_RE = re.compile(
    r"festival|summit|forum|congress|kongress|congrès|congreso|expo|convention|retreat|"
    r"celebration|days|tage|journées|jornadas|giornate|webinar|webinars|meetup|meet-up|"
    r"hackathon|conference|conf|symposium|colloquium|workshop|seminar|bootcamp|"
    r"unconference|tagung|konferenz",
    re.I,
)
"""The kinds of event, which end an event's name (``Grace Hopper Celebration``, ``Alpine
Glaciology Days``, ``Disruptive Webinar``) and no person's (a given name may be one:
``Forum Shah``)."""


_CJK_EVENT_KINDS = (
    "勉強会", "大会", "会议", "會議", "研讨会", "研討會", "峰会", "峰會", "论坛", "論壇",
    "沙龙", "沙龍", "ミートアップ", "カンファレンス", "セミナー", "ワークショップ",
    "シンポジウム", "フォーラム", "ハッカソン", "컨퍼런스", "세미나", "밋업", "워크숍",
)  # fmt: skip
"""Kinds of event in scripts without spaces, which end an event's name glued to it
(``HTML5オールスターズ勉強会``, ``开源技术峰会``)."""


def ends_on_event_kind(name: str) -> bool:
    """Whether a title ends on a kind of event (``Rust Study Meetup``, ``Lakeshore
    Forum``, ``HTML5オールスターズ勉強会``): the name of an event, with or without its
    year; a title of more words than a name has (a sentence) is none."""
    words = name.split()
    if not words or len(words) > 6:
        return False
    last = words[-1].strip(".,:;!?()[]\"'")
    return bool(_EVENT_KIND_RE.fullmatch(last)) or last.endswith(_CJK_EVENT_KINDS)


def kinds_of_event_pattern() -> str:
    """The kinds of event as a regular expression's alternation (``conference|summit|…``),
    for a pattern that reads an event's kind beside other words."""
    return _EVENT_KIND_RE.pattern


def names_a_kind_of_event_only(name: str) -> bool:
    """``Conference``, ``Conferences and Meetups``, ``Tech Talks``: words that say what kind
    of events a collection holds (a repository's heading, a folder's name), naming none."""
    words = [w for w in re.split(r"[\s,&+/]+", name.casefold()) if w and w not in _LINK_WORDS]
    return bool(words) and all(
        _EVENT_KIND_RE.fullmatch(w.removesuffix("s"))
        or _EVENT_KIND_RE.fullmatch(w)
        or _item_word(w.removesuffix("s"))
        for w in words
    )


_LINK_WORDS = frozenset(["and", "or", "tech", "my", "the", "of", "various", "other", "some"])


_WRITTEN_TITLES = frozenset(
    [
        "prof",
        "dr",
        "mr",
        "mrs",
        "ms",
        "mx",
        "drs",
        "dott",
        "mme",
        "dra",
        "profa",
        "dott.ssa",
        "dr.ssa",
        "prof.ssa",
        "mgr",
        "hab",
        "inż",
    ]
)
"""Titles written before a name, abbreviated (``Prof.``, ``Dr``, ``Mrs.``, the feminine
``Dra.``, ``Profa.``, ``Dott.ssa``, ``Dr.ssa``): a name begins
after them, and no name holds one after its first word (``Peter Doctor`` and ``Hannah
Head`` do hold the word, written out)."""


def is_written_title(word: str) -> bool:
    """``Dr``, ``Prof.``, ``Mrs.``: a title written before a name (:data:`_WRITTEN_TITLES`)."""
    return word.rstrip(".").casefold() in _WRITTEN_TITLES


_ACADEMIC_TITLES = frozenset(
    ["prof", "dr", "drs", "dott", "dra", "profa", "dott.ssa", "dr.ssa", "prof.ssa", "mgr", "hab"]
)
"""The written titles of a degree or a chair (:data:`_WRITTEN_TITLES` without ``Mr.``):
a writer gives them to a person only, so a surname alone after one is a person's
(``Prof. Dr. Hartmann``), where ``Mr. Chow`` may be a restaurant."""


def academic_titled(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` right after academic titles (``(Prof. Dr. Dr.
    Weber)``, ``Dra. Ana Ruiz``): the page's own courtesy to a person, evidence the name
    is one whatever its shape (a surname alone, a particle)."""
    at = text.find(name) if name else -1
    if at <= 0 or not name[:1].isalpha() or text[at - 1 : at].isalnum():
        return False
    words = text[max(0, at - 40) : at].split()
    titles = []
    for word in reversed(words):
        if not is_written_title(word.lstrip("([（")):
            break
        titles.append(word.lstrip("([（").rstrip(".").casefold())
        if word[:1] in "([（":
            break
    return bool(titles) and any(t in _ACADEMIC_TITLES for t in titles)


def titled_people_line(line: str) -> list[ProgrammePerson]:
    """The people of a line that holds only people, at least one written after a title
    (``Dra. Ana Ruiz``, ``Bo Lind, Dr. Eva Sol``): the title is the writer's word that the
    line names people, not a phrase. Every piece vouches for itself: a title before two
    words or more (``Mr. Chow`` alone may be a restaurant, never "Chow"), or, untitled, two
    capitalised words or more that the person test takes on their own; [] otherwise."""
    pieces = [p.split() for p in line.split(",")]
    titled = 0
    for words in pieces:
        rest = list(words)
        while rest and is_written_title(rest[0]):
            rest = rest[1:]
        if len(rest) < len(words):
            if len(rest) < 2:
                return []  # "Mr. Chow": a title and one word
            titled += 1
        elif not _untitled_name(" ".join(words)):
            return []
    if not titled:
        return []
    people = split_speakers(line.strip(), single_ok=False)
    return people if len(people) == len(pieces) else []


def _untitled_name(piece: str) -> bool:
    """A by-line's piece without a title that is a name all the same: two capitalised
    words or more (particles between them) that the person test takes alone."""
    piece = piece.strip()
    if piece.endswith(")") and (cut := piece.rfind("(")) > 0:
        piece = piece[:cut].rstrip()  # "Bo Lind (on call)": the name before its aside
    words = piece.split()
    capitalised = [w for w in words if w[:1].isupper()]
    return (
        len(capitalised) >= 2
        and words[0][:1].isupper()
        and is_person_name(piece)
        and not is_organisation(piece)
    )


def _titles_inside(tokens: list[str]) -> bool:
    """A written title after a name's first word (``Festvortrag von Prof. Dr. Ana Ruiz``):
    the words before it are a label of the slot, so the whole is no one's name."""
    named = False
    for token in tokens:
        if token.rstrip(".").casefold() in _WRITTEN_TITLES:
            if named:
                return True
        else:
            named = True
    return False


def _particle_before_acronym(tokens: list[str]) -> bool:
    """``de la URJC``, ``van TNO``, ``of MIT``: a name's particle, then an acronym of two to
    four capitals, in a name not written all in capitals: the "of" of an organisation's
    name (a surname in capitals after its particle is longer: ``Maria de SOUZA``)."""
    for i in range(len(tokens) - 1):
        nxt = tokens[i + 1]
        if (
            _PARTICLE_RE.fullmatch(tokens[i])
            and tokens[i].islower()
            and 2 <= len(nxt) <= 4
            and nxt.isalpha()
            and nxt.isupper()
            and not _PARTICLE_RE.fullmatch(nxt)
        ):
            return True
    return False


_PINYIN_FINALS: dict[str, str] = {
    "": "a o e ai ei ao ou an en ang eng er",
    "y": "i a e ao ou an in ang ing ong u ue uan un",
    "w": "u a o ai ei an en ang eng",
    "b": "a o ai ei ao an en ang eng i ie iao ian in ing u",
    "p": "a o ai ei ao ou an en ang eng i ie iao ian in ing u",
    "m": "a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u",
    "f": "a o ei ou an en ang eng u",
    "d": "a e ai ei ao ou an en ang eng ong i ie iao iu ian ing u uo ui uan un",
    "t": "a e ai ao ou an ang eng ong i ie iao ian ing u uo ui uan un",
    "n": "a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan ü üe v ve",
    "l": "a e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un ü üe v ve",
    "g": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "k": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "h": "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "j": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "q": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "x": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "zh": "a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang",
    "ch": "a e i ai ao ou an en ang eng ong u uo uai ui uan un uang",
    "sh": "a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang",
    "r": "e i ao ou an en ang eng ong u uo ui uan un",
    "z": "a e i ai ei ao ou an en ang eng ong u uo ui uan un",
    "c": "a e i ai ao ou an en ang eng ong u uo ui uan un",
    "s": "a e i ai ao ou an en ang eng ong u uo ui uan un",
}
_PINYIN = frozenset(i + f for i, finals in _PINYIN_FINALS.items() for f in finals.split())
"""The syllables of Hanyu Pinyin, the romanisation most Chinese names are written in."""


_SENTENCE_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_]{4,}\.")
"""A word of four letters or more closed by a dot: a sentence's end, never an abbreviation
that a name carries (``Ma.``, ``St.``, ``Wm.``, ``Jos.``). Tried at a word's start only, so
a long run of letters is read once."""


def is_pinyin(word: str, most: int = 4) -> bool:
    """Whether ``word`` is one to ``most`` Pinyin syllables (``Mingming``, ``Gong``):
    a Chinese given name ending in *-ing* is no English gerund (``Building``)."""
    word = word.casefold()
    if not word.isalpha() or len(word) > 6 * most:
        return False
    ends = {0: 0}  # offset reached -> fewest syllables to reach it
    for at in range(len(word)):
        if at not in ends:
            continue
        for size in range(1, 7):
            if word[at : at + size] in _PINYIN and ends[at] < most:
                nxt = at + size
                ends[nxt] = min(ends.get(nxt, most), ends[at] + 1)
    return len(word) in ends


def _inner_caps(token: str) -> bool:
    """A capital inside some hyphen-joined part of a word (``DevOps``, ``Smith-DevOps``);
    a surname's prefix before a capital is no such capital in any part: ``DeCastro-García``
    as ``McDonald``."""
    return any(_INNER_CAPS_RE.match(part) for part in token.split("-"))


def _capitalised_words(tokens: list[str]) -> int:
    """The words of a name that are not its lower-case particles: ``José María de Fuentes
    García-Romero de Tejada`` has five, as many as a name without particles may have."""
    return sum(1 for t in tokens if not (t.islower() and _PARTICLE_RE.fullmatch(t)))


_PARTICLE_RE = re.compile(rf"(?:{_PARTICLES})", re.I)


def name_particle(word: str) -> bool:
    """A small word of a name written in lower case (``du``, ``van``, ``della``)."""
    return word.islower() and _PARTICLE_RE.fullmatch(word) is not None


"""The small words of a surname (``van``, ``di``): a name in capitals has them in
capitals too (``DI PRIMIO``), no acronym."""


def _capital(token: str) -> bool:
    """A capital (``Ana``, ``Иван``, ``Ελένη``) or a letter of a script without case
    (``محمد``, ``अनिल``): how a name's word begins."""
    first = token[0]
    return first.isupper() or (first.isalpha() and not first.islower() and first > "\u024f")


def _script_token(token: str) -> bool:
    """A name's word in any script: letters (and their marks), inner hyphens and
    apostrophes, beginning as :func:`_capital` says."""
    return _capital(token) and all(
        c.isalpha() or c in "-'’." or unicodedata.category(c).startswith("M") for c in token
    )


def _enumeration(text: str) -> bool:
    """A tail of three or more comma-separated parts, one of them a phrase in lower case
    (``Records, Pattern Matching, better error messages``): a list of things named in
    prose, not an institution and its place (``Dept. of Physics, Uni Nordheim, Norway``)."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    return len(parts) >= 3 and any(
        len(p.split()) >= 2 and p[0].islower() and not _PARTICLE_RE.fullmatch(p.split()[0])
        for p in parts
    )


def _clause_after(text: str) -> bool:
    """The part after ``Word,`` is a clause of small words (``open data, transparency: where
    are we``), as a topic's list goes on, not an institution nor a job: an institution's
    name is written with capitals, a lone given name is followed by where its bearer works."""
    words = text.split()
    return (
        len(words) >= 3
        and words[0][:1].islower()
        and not is_organisation(text.strip())
        and not _JOB_TITLE_RE.search(text)
    )


def _affiliation_tail(text: str) -> bool:
    """True when the part after ``Name,`` is an institution, not another person."""
    text = text.strip()
    if BY_LINE_RE.match(text):
        return False  # "A y B, por C. Ureña": the part after the comma is a by-line
    if _enumeration(text):
        return False  # "Switch Expressions, Records, better error messages": a list of things
    return bool(text) and (
        is_organisation(text) or bool(_JOB_TITLE_RE.search(text)) or not is_person_name(text)
    )


_AKA_WORDS = frozenset(["aka", "a.k.a.", "a.k.a", "alias", "detto", "dit", "genannt"])
_NICK_OPEN = "`'‘\"“«("
_NICK_CLOSE = "`'’\"”»)"
"""Around a nickname between the given and the family name (``Ana `zd` Ruiz``, ``Xue
(Steve) Liu``)."""


def without_nickname(text: str) -> tuple[str, list[str]]:
    """``text`` without a nickname written beside the name (``Ana Ruiz aka zeroday``,
    ``Ana `zd` Ruiz``, ``Xue (Steve) Liu``, ``Ana Ruiz/zd``: hacker conferences list people
    so), and the nicknames; read word by word, linear on any input."""
    words = text.split()
    nicknames: list[str] = []
    if words and words[-1].count("/") == 1 and (len(words) >= 2 or _CJK_RE.search(words[0])):
        # "Martin Haase/maha", "勝部俊介/akabee" (a name in CJK script is one word): a handle
        last, _, handle = words[-1].partition("/")
        if (
            last[-1:].isalpha()
            and _HANDLE_WORD_RE.fullmatch(handle)
            and len(handle) <= 30
            and not handle[0].isupper()
        ):
            words[-1] = last  # the name, written small as handles are
            nicknames.append(handle)
    for i in range(1, len(words) - 1):
        if words[i].casefold() in _AKA_WORDS:
            tail = " ".join(words[i + 1 :])
            if len(tail) <= 41:
                nicknames.append(tail)
                words = words[:i]
            break
    kept: list[str] = []
    for i, word in enumerate(words):
        inner = word[1:-1]
        if i >= 2 and i == len(words) - 1 and _quoted_last(word):
            nicknames.append(inner)  # "Ana Ruiz 'zd'": the nickname after the whole name
            continue
        if (
            0 < i < len(words) - 1
            and len(word) >= 3
            and word[0] in _NICK_OPEN
            and word[-1] in _NICK_CLOSE
            and len(inner) <= 30
            and not any(q in inner for q in _NICK_OPEN + _NICK_CLOSE)
        ):
            nicknames.append(inner)
            continue
        if 0 < i < len(words) - 1 and word[:1] == "(" and word[-1:] == ")" and _given(inner):
            nicknames.append(inner)  # "Zitong (Jerry) Wang": the name people call them by
            continue
        kept.append(word)
    return " ".join(kept), nicknames


def _quoted_last(word: str) -> bool:
    """A word in quotation marks (not brackets: ``(Red Hat)`` after a name is often its
    organisation) that is one handle (``'merc'``, ```zd```, ``"nyx"``)."""
    inner = word[1:-1]
    return (
        3 <= len(word) <= 32
        and word[0] in _NICK_OPEN[:-1]
        and word[-1] in _NICK_CLOSE[:-1]
        and not any(q in inner for q in _NICK_OPEN + _NICK_CLOSE)
    )


def a_series(names: list[str]) -> bool:
    """Whether sibling items read as names are a series' labels: three or more, every one
    opening with the same word and going on differently (``Day One``, ``Day Two``, ``Day
    Three``; ``Track Alpha``, ``Track Beta``, ``Track Gamma``). A list of people shares no
    first word down all its items; a series shares the word that names what it counts."""
    words = [n.casefold().split() for n in names]
    return (
        len(words) >= 3
        and all(len(w) >= 2 for w in words)
        and len({w[0] for w in words}) == 1
        and len({tuple(w[1:]) for w in words}) == len(words)
    )


def name_and_affiliation(text: str) -> ProgrammePerson | None:
    """``Name, Affiliation`` read as one person and where they work, whatever the shape of
    the part after the comma (``Tirtha Chakraborty, Vor Biopharma``): for a line that the
    document's own convention says is written so (the lines of names around it are); None
    unless the part before the comma is a name and the rest holds no other separator."""
    name, comma, rest = strip_markdown_inline(text).partition(",")
    name, rest = name.strip(), rest.strip()
    if not comma or not rest or len(rest) > 80 or SPEAKER_SEP_RE.search(_outside(rest)):
        return None
    person = parse_one(name)
    if person is None or person.affiliations or is_placeholder(rest):
        return None
    person.affiliations = [rest]
    return person


def says_position(text: str) -> bool:
    """``Name, Staff Software Engineer``: a line that gives a person's position."""
    return "," in text and bool(_JOB_TITLE_RE.search(text.split(",", 1)[1]))


def _given(word: str) -> bool:
    """A given name's shape: a capital, then small letters (``Jerry``, never ``UCL``)."""
    return 2 <= len(word) <= 20 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


_QUESTION_RE = re.compile(r"[?？][\s\"'“”„«»‘’]*$")
"""A bracketed aside that asks a question (``(„Was geht?“)``): a title's subtitle, never
the organisation of a person."""


def parse_one(text: str, single_ok: bool = False) -> ProgrammePerson | None:
    """One person from ``Name (Aff)``, ``Name [Aff]``, ``Name, Aff`` or ``Name``; None when
    the text is not a person."""
    text, nicknames = without_nickname(without_pronouns(text))
    url = ""
    if m := re.search(r"\[([^\[\]]+)\]\((https?://[^)\s]+)\)", text):
        url = m.group(2)
    plain = strip_markdown_inline(unicodedata.normalize("NFC", text.translate(_FULLWIDTH))).strip()
    plain = _TAG_PREFIX_RE.sub("", plain.strip(" -–•*·\\")).strip()
    # "Laura Ortiz @lortiz", "ふじもと はるき(@haruki_f) さん": the name, its courtesies aside
    plain, courtesy = without_courtesies(plain)
    plain = _POSTNOMINAL_RE.sub("", plain)  # "Bo Li, M.D.": a degree, no affiliation
    if not plain or not balanced(plain):
        return None
    affs: list[str] = []
    role_led = name_after_role(plain)
    if role_led is not None:
        # "七牛云存储首席架构师李道兵": the company and the job, then the person
        name, affs = role_led[0], [role_led[1]]
    elif " @ " in plain and not _PAREN_RE.match(plain.split(" @ ", 1)[0]):
        # "Name @ Institute": the at-sign parts a name from its affiliation
        name, _, rest = plain.partition(" @ ")
        affs = split_affiliations(rest)
    elif m := _PAREN_RE.match(plain):
        name = m.group("name").strip(" ,")
        if _QUESTION_RE.search(m.group("aff")):
            return None  # "Code Contribution („Wie kann ich …?“)": a title, its subtitle
        if is_reading(name, m.group("aff")):
            nicknames = [
                *nicknames,
                " ".join(m.group("aff").split()),
            ]  # "小野寺 みさき (おのでら …)"
        else:
            affs = [a for a in split_affiliations(m.group("aff")) if a.lower() not in _AFF_NOISE]
    elif "," in plain:
        name, _, rest = plain.partition(",")
        stressed = _STRESSED_RE.fullmatch(text.partition(",")[2].strip()) is not None
        if not stressed and not _affiliation_tail(rest):
            return None  # "Name, *A Title*": the stressed part is its own (a title), no one
        # a position is no affiliation, but the employer it names is ("Staff SRE at Acme")
        affs = [
            e
            for a in split_affiliations(rest)
            if (e := employer_of(a) if _JOB_TITLE_RE.search(a) else a)
        ]
    else:
        name = plain
    if " / " in name:
        # "伊藤 洋介 / Yosuke Ito": one person's name in two scripts, the other an alias
        first, _, other = name.partition(" / ")
        if is_person_name(clean_name(first), True) and is_person_name(clean_name(other), True):
            name, nicknames = first, [*nicknames, clean_name(other)]
    name = _POSTNOMINAL_RE.sub("", name)  # "Ana Ruiz PhD": her degree, not her name
    name, honoured = _without_honorific(name)  # "後藤さん": the name, its honorific aside
    # "Dr. Henning Wolff", "…さん", "市场总监 Richard"
    was_titled = titled(name) or bool(honoured or courtesy or role_led)
    name = _GLUED_INITIALS_RE.sub(r"\1 ", clean_name(name))  # "M.J.Rodríguez"
    if (apart := organisation_before_name(name)) is not None:
        name, employer = apart  # "阿里云 黄湘龙": the company, then the person
        affs = [employer, *affs]
    if not is_person_name(name, single_ok, titled=was_titled) or _names_a_session(name):
        return None
    return ProgrammePerson(name=name, affiliations=affs, url=url, aliases=nicknames)


def parse_person(text: str) -> ProgrammePerson | None:
    """A person from a line or a cell said to hold one (``Name (Affiliation)``,
    ``Name, Affiliation``, ``Name - Affiliation``, ``[Name](url)``): the same test as
    every reader's (:func:`parse_one`), with the dash that some pages put between a
    name and its affiliation; None when the text is not a person."""
    if (person := parse_one(text)) is not None:
        return person
    plain = strip_markdown_inline(text).strip(" -–•*·")
    parts = re.split(r"\s[-–]\s", plain, maxsplit=1)
    if (
        len(parts) == 2
        and "," not in parts[0]
        and not SPEAKER_SEP_RE.search(_outside(parts[1]))  # "A - @a & B - @b": two people
        and (person := parse_one(parts[0])) is not None
    ):
        person.affiliations = [*person.affiliations, *split_affiliations(parts[1])]
        return person
    return None


_STRESSED_RE = re.compile(r"(\*{1,2}|_{1,2})[^*_]{2,300}\1")
"""Text wholly in emphasis (``*A Title*``, ``__A Title__``)."""
HONORIFICS_AFTER = "さん|さま|様|氏|先生|くん|君|ちゃん|님|씨"
"""The East Asian honorifics written after a name, as regex alternatives (one list for
every reader that sets them aside or takes them as a sign of a person)."""
_HONORIFIC_RE = re.compile(rf"(?<=\S)\s?(?:{HONORIFICS_AFTER})$")
"""An East Asian honorific after a name (``後藤さん``, ``田中氏``, ``김민수님``): a courtesy,
as ``Dr.`` before one is, and no part of the name."""


_SPACED_HONORIFIC_RE = re.compile(r"\s{1,4}(?:様|さま|さん|氏|先生|老师|老師|님|씨)$")
"""An honorific written apart from the name before it (``本田 武志 様``): it closes the
name, so the words before the name on its line are someone's job or organisation."""
_NAME_PART_RE = re.compile(rf"[{CJK_RANGES}]{{1,5}}")
_SPACED_PART_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{1,3}")
"""A part of a Japanese name written with a space between family and given name (``小美野
智紀``): three Han or kana signs at most. A name written whole (``清水貴司``), as Chinese
and Korean names are (``王伟``, ``김민수``), is one part of up to five signs."""


def name_before_honorific(line: str) -> tuple[str, str] | None:
    """``(name, before)`` for a line that ends on an honorific written apart (see
    :data:`_SPACED_HONORIFIC_RE`) after a job title or an organisation (``街路交通施設課長
    本田 武志 様``, ``取締役 清水貴司 様``): the honorific vouches for the words right
    before it as a name, two short parts (family and given name apart) or one (written
    whole); ``before`` is where the person works, ``""`` when the line is the name alone.
    None for any other line."""
    line = line.strip()
    m = _SPACED_HONORIFIC_RE.search(line) if len(line) <= 120 else None
    if m is None:
        return None
    words = line[: m.start()].split()
    if not words or _NAME_PART_RE.fullmatch(words[-1]) is None:
        return None
    size = 1
    if (
        len(words) >= 2
        and _SPACED_PART_RE.fullmatch(words[-1])
        and _SPACED_PART_RE.fullmatch(words[-2])
        and not words[-2].endswith(_CJK_ROLE_WORDS)  # "教授 王伟 老师": a job, a name
    ):
        size = 2  # "本田 武志": family and given name apart
    name, before = " ".join(words[-size:]), " ".join(words[:-size])
    if is_organisation(name) or kind_of(name) != "talk" or _no_ones_name(words[-1]):
        return None
    return name, before


_HONOURED_NO_ONE = frozenset(
    {
        "運営", "事務局", "お客", "有志", "スタッフ", "各位", "会員", "社員", "一同", "皆",
        "みんな", "ゲスト", "大家", "운영진", "운영팀", "스태프", "주최측", "여러분", "모두",
    }
)  # fmt: skip
"""Words a page honours that name a group or a role, no one (``運営 さん``: the organising
team; ``お客 様``: the customer; ``운영진 님``: the organisers)."""


def _no_ones_name(word: str) -> bool:
    """A word before an honorific that names a group or a role (see
    :data:`_HONOURED_NO_ONE`; ``参加者``, ``主催者``: who takes part, who hosts), no one."""
    return word in _HONOURED_NO_ONE or word.endswith("者") or bool(roles_of(word))


def _without_honorific(name: str) -> tuple[str, int]:
    """``name`` without the honorific after it, and how many were set aside (0 or 1).
    ``君`` written against Han signs is a Japanese courtesy only in a document that writes
    kana: in Chinese it is a given name's sign (``林怡君``), set aside only after a space."""
    m = _HONORIFIC_RE.search(name)
    if m is None or (m.group() == "君" and not _WRITES_KANA.get()):
        return name, 0
    if name[: m.start()].endswith(_NO_WORD_ENDS):
        return name, 0  # "いっちゃん": a nickname whose suffix holds its sound, not a courtesy
    return name[: m.start()], 1


_NO_WORD_ENDS = ("っ", "ッ")
"""Kana no word ends on (the small ``tsu`` doubles the sound after it): a name before one
of them and an honorific is a nickname that holds the suffix (``いっちゃん``)."""


_GLUED_INITIALS_RE = re.compile(r"\b((?:[A-Z]\.){1,3})(?=[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿ])")
"""Initials written against the surname (``A.León``, ``M.J.Rodríguez``): the name is
``A. León``, as a careful hand writes it."""


def _names_a_session(name: str) -> bool:
    """``Panel Discussion``, ``Social Event``, ``Coffee Break``: words of a kind of session
    (:func:`confnotes.importers.kinds.kind_of`), shaped like a name but no one's."""
    return kind_of(name) != "talk"


_HANDLE_RE = re.compile(
    rf"(?<=\w)(?:\s+(?:[-–—|·]\s+)?\(?{_HANDLE}\)?|\s*[(（][ \t]{{0,3}}{_HANDLE}[ \t]{{0,3}}[)）])$"
)
"""A social handle after a name (``@lortiz``, ``(@lortiz)``, ``- @lortiz``, ``名前(@h)``,
``名前 さん ( @h )``)."""
_KANA_ONLY_RE = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc ・]+")


def without_courtesies(text: str) -> tuple[str, bool]:
    """``text`` without what is written after a person's name about how to address or
    reach them: an honorific (``さん``, ``님``) after a space or a bracket, and a social
    handle, in either order (``ふじもと はるき(@haruki_f) さん``); and whether an
    honorific was there (the document's word that a person is named)."""
    honoured = False
    for _ in range(3):
        bare, n = _without_honorific(text.rstrip())
        honoured = honoured or bool(n)
        bare = _HANDLE_RE.sub("", bare).rstrip()
        if bare == text:
            break
        text = bare
    return text, honoured


def is_reading(name: str, inner: str) -> bool:
    """Whether ``inner`` (what a bracket after ``name`` holds) is the name's reading: kana
    after a name written in Han signs (``小野寺 みさき (おのでら みさき)``), as Japanese
    pages give it; an alias of the name, never an affiliation."""
    inner = inner.strip()
    return (
        bool(inner)
        and _KANA_ONLY_RE.fullmatch(inner) is not None
        and _HAN_ONLY_RE.search(name) is not None
    )


_FULLWIDTH = str.maketrans("（）［］，；／", "()[],;,")
"""East Asian brackets and commas read as their ASCII kin (``陈志远（浙江大学）``); a
full-width solidus parts a name from its affiliation as a comma does (``曲華榮／中華電信
研究院 高級研究員``, the by-line of talks in Chinese and Japanese)."""
_AND_THEN_COMMA_RE = re.compile(
    r"^(?P<people>.+\s(?:and|und|et|y|e|og|och)\s.+?|.+?\s&\s.+?),\s*(?P<aff>[^,]+)$"
)
"""``A e B, FBK Trento``: people joined by "and", then their shared affiliation."""


NEXT_LABEL_RE = re.compile(
    r"\s{0,6}[·•|]\s{0,6}(?=(?P<label>[^\W\d_][\w'-]{0,30}(?: [\w'-]{1,30}){0,2})[:：]\s)"
)
"""A dot or a bar, then ``Label:``: the next labelled field written on the same line
(``Instructor: Ana Ruiz (Lab) · Seats: 40``), when its words are no one's name
(:func:`at_labels`)."""


def at_labels(text: str) -> list[str]:
    """``text`` cut before each next labelled field on its line (``Ana Ruiz · Seats: 40``
    → ``Ana Ruiz``, ``Seats: 40``): where a label's words are a label's, a key word or no
    one's name. ``Ana Ruiz · Bo Lind · Eva Sol: moderator`` is not cut: a name before a
    colon is a person, their role after it."""
    parts: list[str] = []
    at = 0
    for m in NEXT_LABEL_RE.finditer(text):
        label = m.group("label")
        if not is_key_word(label) and split_speakers(label):
            continue
        parts.append(text[at : m.start()])
        at = m.end()
    parts.append(text[at:])
    return parts


def split_speakers(text: str, single_ok: bool = False) -> list[ProgrammePerson]:
    """People from a speaker string: ``A (X), B (Y) and C``, ``A & B``, ``A · B``,
    ``A, B, and C`` (Oxford comma), ``Name, Affiliation``, ``A and B, Affiliation``. Empty
    unless every part is a person: a half-understood list is not trusted.

    Each string is read once (every reading of a document asks about the same headings
    and lines); the people come back new each time, for the caller to change."""
    text = at_labels(text)[0] or text  # "A (X) · B (Y) · Seats: 40"
    if (glued := glued_to_its_organisation(text)) and len(
        people := split_speakers(glued[0], single_ok)
    ) == 1:
        people[0].affiliations.append(glued[1])  # "dr Ana Nowak. Uniwersytet Szczeciński"
        return people
    return [
        _acronym_apart(_fresh(person))
        for person in _speakers_of(
            text, single_ok, _VOUCHED.get(), _WRITES_KANA.get(), _MARKS_PRESENTERS.get()
        )
        # "Name (Lab) TBD", "More TBC": a slot not filled yet, no one's name
        if not any(w.casefold().strip(".") in _UNDECIDED_WORDS for w in person.name.split())
    ]


_BAR_RE = re.compile(r"(?<=\S)[ \t]{1,3}\|[ \t]{1,3}(?=\S)")
"""A bar with spaces around it, between two people's names in a field of names."""


def bar_joined_people(text: str) -> list[ProgrammePerson]:
    """The people of a name field that puts a bar between full names (``Ana Ruiz | Bo
    Lindqvist``, a pair a site's card shows as one speaker), else none: every part must
    be one person of two words or more, so ``Ana Ruiz | Acme Labs`` (a name and where
    she works) or ``Ana Ruiz | CTO`` names no pair."""
    parts = [x.strip() for x in _BAR_RE.split(text[:300])]
    if len(parts) < 2:
        return []
    people: list[ProgrammePerson] = []
    for part in parts:
        found = split_speakers(part)
        if len(found) != 1 or len(found[0].name.split()) < 2:
            return []
        people += found
    return people


_FROM_THEN_BIO_RE = re.compile(r"[ \t]{1,3}from[ \t]{1,3}(?P<org>[^\n.。;；]{1,60})[.。;；]")
"""``Ana Ruiz from Acme. She leads …``, ``梅伟 & 张金钟 from Nanjing JUG。…``: the people of
a speaker's field, where they come from, then a sentence about them."""
_BEFORE_FROM_MOST = 60
"""Characters at most of the names before a speaker field's ``from``."""


def people_before_bio(value: str) -> tuple[list[ProgrammePerson], str] | None:
    """A speaker's field that names its people, says where they come from and goes on
    about them (:data:`_FROM_THEN_BIO_RE`): the people, each with that place as their
    affiliation, and the words after it; None unless every part before ``from`` is a
    person (a sentence that happens to hold ``from`` is no by-line)."""
    m = _FROM_THEN_BIO_RE.search(value[: _BEFORE_FROM_MOST + 80])
    if m is None or not 0 < m.start() <= _BEFORE_FROM_MOST:
        return None
    people = split_speakers(value[: m.start()].strip(), single_ok=True)
    if not people or not all(is_person_name(p.name, single_ok=True) for p in people):
        return None
    for person in people:
        person.affiliations = person.affiliations or [m.group("org").strip()]
    return people, value[m.end() :].strip()


@functools.lru_cache(maxsize=8192)
def _speakers_of(
    text: str, single_ok: bool, vouched: frozenset[str], kana: bool, circles: bool = True
) -> tuple[ProgrammePerson, ...]:
    """The people of a speaker string, kept as read (only copies leave); ``vouched``, the
    document's vouched words (and its kana, its presenters' circles), keys what is kept
    (their reading depends on them)."""
    return tuple(_split_speakers(text, single_ok))


def _lined_people(text: str) -> list[ProgrammePerson] | None:
    """The people of a text whose lines each name someone in full (``Ana Ruiz`` over
    ``Bo Lindqvist``, a cell's two lines): one or more each, not one person of both
    lines' words; None when a line is no one's name alone (``Ana Ruiz and`` over
    ``Bo Li``, a name wrapped over two lines), the text then read whole."""
    lines = [x for x in text.splitlines() if x.strip()]
    if not 2 <= len(lines) <= 20:
        return None
    people: list[ProgrammePerson] = []
    for line in lines:
        found = _speakers_of(
            line, False, _VOUCHED.get(), _WRITES_KANA.get(), _MARKS_PRESENTERS.get()
        )
        if not found or any(len(p.name.split()) < 2 for p in found):
            return None
        people += [_fresh(p) for p in found]
    return people


_ACRONYM_RE = re.compile(r"[A-Z]{2,4}")


def _acronym_apart(person: ProgrammePerson) -> ProgrammePerson:
    """``Michaël Pilaeten CTG``: a company's short capitals after a name written in
    mixed case is where they work, not a word of the name (``Jean DUPONT``, a family
    name in capitals after one given name, stays the name)."""
    words = person.name.split()
    if (
        len(words) >= 3
        and _ACRONYM_RE.fullmatch(words[-1])
        and all(w[:1].isupper() and not w.isupper() for w in words[:-1])
    ):
        person.name = " ".join(words[:-1])
        person.affiliations = [words[-1], *person.affiliations]
    return person


def _fresh(person: ProgrammePerson) -> ProgrammePerson:
    """A copy of a kept person whose lists (affiliations, aliases) are its own."""
    lists: dict[str, Any] = {
        f.name: list(v) for f in fields(person) if isinstance(v := getattr(person, f.name), list)
    }
    return replace(person, **lists)


_ASSOCIATE_RE = re.compile(r"^A/\s?(?=Prof)")
"""``A/`` before ``Prof.``: an associate professor's rank as Australian pages write it
(``A/Prof. Ana Ruiz``, ``A/ Prof. Bo Li``), whose slash parts no two people."""


_LEADING_BY_RE = re.compile(r"^(?:By|Par|Por|Avec|With|Mit)[ \t]+(?=[^\W\d_][^ \t]*[ \t]+\S)")
"""A by-line's word opening a speaker string, capitalised as a sentence's first word
(``Par Jean Dupont``, ``With Ana Ruiz and Bo Li``): it says who, it is nobody's name
(the words that are also names' particles, ``von``, ``da``, ``di``, stay; a by-line in
small letters, ``by Ana Ruiz``, is its callers' to read as one)."""


_GLUED_TITLE_RE = re.compile(
    r"^((?:Prof|Professor|Dr|Dra|Mr|Mrs|Ms|Mx|Dott|Profa)\.)(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"
)
"""A title whose dot runs on into the name without a space (``Professor.Ana Ruiz``,
``Dr.Bo Li``): typed so, the name still begins after the dot."""


def _titled_family_comma_given(text: str, habit: bool = False) -> ProgrammePerson | None:
    """``Prof. Ruiz, Ana Maria (Lab)``: a title before one word, then a comma and one to
    three name words. A title goes before a family name, so the word after it is one, and
    the words after the comma are the rest of that person's name (the order of
    directories and East Asian pages), not a second person. None when the part after
    the comma is titled, a list, an organisation or no name's words, and when it is one
    word with no ``(Affiliation)`` after it: ``Prof. Chen, Tsinghua`` and ``Dr. Smith,
    Jones`` name where the person works as often as a given name, so only two given words
    or the bracket that holds the affiliation show the word is a name (``habit``: the
    document writes its other speakers so, see :func:`titled_family_comma_given`)."""
    head, comma, rest = text.partition(", ")
    words = head.split()
    if not comma or len(words) < 2 or not all(is_written_title(w) for w in words[:-1]):
        return None
    given, paren, affiliation = rest.partition(" (")
    names = given.split()
    if not 1 <= len(names) <= 3 or (paren and not affiliation.endswith(")")):
        return None
    if len(names) < 2 and not paren and not habit:
        return None  # "Prof. Chen, Tsinghua": one word alone after the comma is where he works
    if is_organisation(given):
        return None
    if "," in given or "(" in affiliation.rstrip(")"):
        return None
    for word in (words[-1], *names):
        if (
            not _NAME_WORD_RE.fullmatch(word)
            or not word[:1].isupper()
            or word.isupper()
            or is_written_title(word)
            or is_organisation(word)
            or _JOB_TITLE_RE.search(word)
            or word.casefold() in _DEGREE_WORDS
        ):
            return None
    return parse_one(f"{given} {words[-1]}" + (f" ({affiliation}" if paren else ""))


def titled_family_comma_given(text: str) -> ProgrammePerson | None:
    """``Prof. Kwon, Cheolhyeon``, one word after the comma, read as one person when the
    caller knows the document's habit: its other speakers written ``Title Family, Given
    Given`` (a column of such cells), where the word is the rest of the name, not a place."""
    return _titled_family_comma_given(text, habit=True)


def _titled_after_comma(text: str) -> bool:
    """Whether the part after a text's first comma opens with a title written before a
    name and two words after it (``Ana Ruiz, dr Bo Lind``, ``…, Prof. Li Wei``): a second
    person, titled as the first may be, not where the first works."""
    _head, comma, rest = text.partition(", ")
    words = rest.split()
    return bool(comma) and len(words) >= 3 and is_written_title(words[0])


LANGUAGE_TAG = r"[\[(][A-Z]{2}(?:/[A-Z]{2})?[\])]"
"""A talk's language in brackets (``[EN]``, ``(DE)``, ``[EN/DE]``), as a regex."""
_LANGUAGE_FIRST_RE = re.compile(rf"^{LANGUAGE_TAG}\s")
"""A talk's language said before its words (``[EN] Cameras and Noise``, ``(DE) …``): what
follows is said in that language, a title, never the names of its speakers."""


def _split_speakers(text: str, single_ok: bool) -> list[ProgrammePerson]:
    if _LANGUAGE_FIRST_RE.match(text.lstrip(" *_")):
        return []  # "[EN] Bayer Filters and Sensor Noise": a title, no two people
    if "\n" in text.strip() and (lined := _lined_people(text)) is not None:
        return lined
    if (presenting := _marked_presenters(text, single_ok)) is not None:
        return presenting
    text = without_pronouns(text)  # "Ana Ruiz (she/her), Lab": how to refer to her
    marked = _FOOTNOTE_RE.search(text) is not None
    text = _FOOTNOTE_RE.sub("", text)  # "Ana Ruiz<sup>1</sup>", "Bo Li²": marks, not names
    text = " ".join(text.translate(_FULLWIDTH).split()).strip().rstrip(".")
    text = _ASSOCIATE_RE.sub("", text)  # "A/Prof. Ana Ruiz": a rank, its slash no separator
    text = _GLUED_TITLE_RE.sub(r"\1 ", text)  # "Professor.Ana Ruiz": the title, then the name
    if (titled_first := _titled_family_comma_given(text)) is not None:
        return [titled_first]  # "Prof. Ruiz, Ana (Lab)": one person, family name first
    text = _LEADING_BY_RE.sub("", text)  # "Par Jean Dupont": the by-line's word, no name's
    given, comma, family = text.partition(", ")
    if (
        marked
        and comma
        and _NAME_WORD_RE.fullmatch(given)
        and _NAME_WORD_RE.fullmatch(family)
        and not is_organisation(family)
        and (person := parse_one(f"{given} {family}")) is not None
    ):
        return [person]  # "Cristina, Gonzalez-Esteban¹": an author, written Given, Family
    if single_ok and (inverted := _family_comma_given(text)) is not None:
        return [inverted]
    if single_ok and (barred := _name_bar_description(text)) is not None:
        return [barred]
    if single_ok and (dashed := name_dash_description(text)) is not None:
        return [dashed]
    if text.casefold().endswith((" et al.", " et al")):  # "A; B; C et al.": nobody named
        text = text[: text.casefold().rfind(" et al")].rstrip(" ,")
    if " @ " in text and (at := _at_list(text)) is not None:
        return at
    if (described := _described_people(text)) is not None:
        return described
    if (listed := _semicolon_list(text, single_ok)) is not None:
        return listed
    raw = [p.strip() for p in split_outside_brackets(text, SPEAKER_SEP_RE) if p.strip()]
    parts = _whole_org_phrases(text, raw)  # "Name, Centre for X and Y Studies, Pune"
    if (
        (m := _AND_THEN_COMMA_RE.match(_outside(text)))
        and m.group(0) == text
        and len(parts) == len(raw)
        and not _holds_a_position(m.group("people"))
    ):
        joined = split_speakers(m.group("people"), single_ok)
        aff = m.group("aff").strip()
        if joined and aff and not BY_LINE_RE.match(aff):  # "A and B, C" is not "A, B and C"
            for member in joined:
                if not member.affiliations:
                    member.affiliations = split_affiliations(aff)
            return joined
    if not text or not balanced(strip_markdown_inline(text)):
        return []
    one = parse_one(text, single_ok)
    if (
        one is not None
        and not SPEAKER_SEP_RE.search(_outside(text).replace(",", "", 1))
        and not _titled_after_comma(text)
    ):
        return [one]
    if (
        len(parts) == 2
        and _given(parts[1])  # one capitalised word, no affiliation after it
        and (join := text[len(parts[0]) : text.rfind(parts[1])].strip()) in _SURNAME_JOINS
        and not written_small(parts[1])  # "Ana Ruiz y Amigos": her friends, no family name
        and (first := parse_one(parts[0], single_ok)) is not None
        and len(first.name.split()) >= 2
        and not first.affiliations
    ):
        # "João Falcão e Cunha", "José Ortega y Gasset": a family name of two joined by
        # "e" or "y" (Portuguese, Spanish), not a full name and a second person's one word
        first.name = f"{first.name} {join} {parts[1]}"
        return [first]
    people: list[ProgrammePerson] = []
    positioned = False  # a position said after the last person ("CEO & Co-Founder")
    field_open = False  # that position names its field after the job ("Head of Data")
    affiliated = False  # the last part was the last person's affiliation
    for i, part in enumerate(parts):
        if is_placeholder(strip_markdown_inline(part)):
            continue  # "A, B and TBA": the slot is nobody, the others are people
        after_comma = _after_separator(text, part)
        if affiliated and _enumerated(text, part) and not _opens_a_field(text, part):
            # "陈连平，独立研究员、顾问": "、" lists within one field, "，" parts the fields,
            # so after a name's comma and its first role, the roles go on
            people[-1].affiliations.append(part)
            continue
        affiliated = False
        if people and after_comma and _HANDLE_ONLY_RE.fullmatch(strip_markdown_inline(part)):
            continue  # "Name, Company, [@handle](…)": how to reach them, nobody else
        field_open = field_open and not after_comma  # a comma closes the position
        if field_open and people and not _a_person_follows(text, part):
            # "Name, Head of Data and Platform Engineering", "VP Engineering & Operations":
            # the job's field goes on past a conjunction, no second person ("Name, CTO and
            # Bo Li": a position that ends on its job word is followed by the next person)
            continue
        if people and _JOB_TITLE_RE.search(_outside(part)) and len(part.split()) <= 5:
            # "Shannon Lietz, DevSecOps Leader": a position, no one else; "Bo Li (Staff
            # SRE, Lab)" is the next person, their position in their brackets
            positioned = True
            field_open = _names_a_field(_outside(part))
            continue
        if i == 1 and people and after_comma and _opens_a_position_run(text, parts):
            positioned = True  # "Ana Ruiz, Data Whisperer, Staff Engineer, Acme": her first
            continue  # position, though shaped like a name: one person's description
        person = parse_one(part, single_ok)
        if person is not None and people and after_comma and _no_han_name(person.name):
            person = None  # "宫静，七牛云": a company after a name's comma, no second person
        if person is None:
            if (
                len(people) == 1
                and after_comma
                and len(people[0].name.split()) == 1
                and _clause_after(text[text.find(part) :])
            ):
                return []  # "Lisboa, dados abertos, cidades: onde estamos": a topic, no one
            if (
                people
                and ((after_comma and _affiliation_tail(part)) or positioned)
                and not people[-1].affiliations
            ):
                people[-1].affiliations = split_affiliations(part)  # "Name, Institution"
                affiliated = True
                continue
            if (
                people
                and after_comma
                and _affiliation_tail(part)
                and len(parts) <= 3
                and len(people) == 1
                and not re.search(r"\d", part)
            ):
                # "Name, Institute, Country": the place of the affiliation before it
                people[-1].affiliations[-1] += f", {part}"
                continue
            return []
        if (
            positioned
            and person.name == part.strip()
            and after_comma
            and len(parts) > 2
            and not people[-1].affiliations
        ):
            # "Name, Founder and Editor in Chief, The New Stack": after a position, the
            # words that follow are where the person works, even when shaped like a name
            people[-1].affiliations = [part.strip()]
            continue
        positioned = field_open = False
        people.append(person)
    return people


_OPEN_OF_PHRASE_RE = re.compile(
    r"\b(?:of|for|für|de|do|da|del|della|di|des|du|van|voor|för)\s+[^\W\d_][\w'’-]*$", re.I
)
"""An organisation's name that ends on its preposition and one word (``Centre for
Cellular``, ``Instituto de Física``): a modifier that a conjunction may share with more."""


def _whole_org_phrases(text: str, parts: list[str]) -> list[str]:
    """``parts`` with an organisation's coordinated fields joined again: in ``Ana Ruiz,
    Institute of Plant and Animal Genetics, Pune`` the ``and`` joins two fields of one
    institute (its ``of`` phrase left open on one word), no second person."""
    out: list[str] = []
    at, last = 0, (0, 0)
    for i, part in enumerate(parts):
        start = text.find(part, at)
        if start < 0:
            return parts
        sep = text[last[1] : start].strip().casefold()
        if (
            out
            and (sep in NAME_CONJUNCTIONS or sep == "&")
            and _OPEN_OF_PHRASE_RE.search(out[-1])
            and is_organisation(out[-1])
            and _a_place_follows(parts[i + 1 :])
        ):
            out[-1] = text[last[0] : start + len(part)]
            last = (last[0], start + len(part))
        else:
            out.append(part)
            last = (start, start + len(part))
        at = start + len(part)
    return out


def _a_place_follows(rest: list[str]) -> bool:
    """Whether the institute's place comes next (``…, Pune``, ``…, Pune, India``): what
    follows is no organisation nor a person (``Bo Li, Acme Labs`` is someone with theirs)."""
    return bool(rest) and all(not is_organisation(p) and parse_one(p) is None for p in rest[:2])


NAME_CONJUNCTIONS = ("and", "y", "e", "et", "und", "en", "i", "og", "och", "ve", "и")
"""``and`` in the languages programmes are written in, as a by-line joins two speakers."""
_NAME_AND_GIVEN_RE = re.compile(
    r"^(?P<first>[^,;&/()\[\]\s][^,;&/()\[\]]{2,80}?)"
    rf"[ \t](?:{'|'.join(NAME_CONJUNCTIONS)})"
    r"[ \t](?P<second>[^\W\d_][^\W\d_'’-]{1,19})$"
)
"""``Nacho Velzi y Rodolfo``: a full name, a conjunction of one of the languages
programmes are written in, and one word."""
_FIRM_WORDS_TEXT = """
    associates partners partner company co friends team brothers sons others colleagues
    asociados asociadas socios compañía cía cia hermanos hijos equipo amigos otros
    associados sócios companhia irmãos filhos equipe equipa
    associés compagnie cie frères fils amis équipe collègues
    söhne kollegen freunde gesellschaft
    zonen vrienden collega's
    associats companyia germans fills amics
    sønner venner sönner söner vänner kompani
    ortakları ortaklar arkadaşları
    партнёры партнеры сыновья друзья компания команда коллеги
"""
_FIRM_WORDS = frozenset(_FIRM_WORDS_TEXT.split())
"""What a firm or a group writes after its founder's name and ``and`` (``Ana Ruiz y
Asociados``, ``Dupont et Fils``, ``Meyer und Söhne``), in the languages of
:data:`NAME_CONJUNCTIONS`: the rest of the firm, no speaker named by a given name."""


def name_and_given(by_line: str) -> list[ProgrammePerson]:
    """``Title, por Nacho Velzi y Rodolfo``, ``Title by Ana Ruiz and Tomás``: a title's
    by-line lists who gives the talk, so a conjunction between a full name and one
    capitalised word joins two speakers, the second named by their given name alone (as
    programmes name a co-speaker the audience knows), not one person with a family name
    of two (``Ortega y Gasset`` on a speaker's own card, :func:`split_speakers`'s
    reading). The lone word must pass the person test for a given name and be one the
    document never writes in small letters (``and Friends``, ``y Amigos``: a common
    noun the prose writes so) nor a firm's word (``y Asociados``, :data:`_FIRM_WORDS`);
    empty for any other by-line."""
    m = _NAME_AND_GIVEN_RE.fullmatch(by_line.strip())
    if m is None or written_small(second := m.group("second")):
        return []
    if second.casefold().rstrip(".") in _FIRM_WORDS:
        return []  # "Ana Ruiz y Asociados": a firm's name, no second speaker
    first = split_speakers(m.group("first"))
    alone = split_speakers(second, single_ok=True)
    if len(first) != 1 or len(first[0].name.split()) < 2 or first[0].affiliations:
        return []
    if len(alone) != 1 or alone[0].name != second or not second[1:].islower():
        return []
    return [first[0], alone[0]]


_GIVENS_AND_FAMILY_RE = re.compile(
    r"^(?P<given>[^\W\d_][^\W\d_'’-]{1,19})"
    rf"[ \t](?:&|{'|'.join(NAME_CONJUNCTIONS)})"
    r"[ \t](?P<full>[^\W\d_][^\W\d_'’-]{1,19}[ \t][^\W\d_][^\W\d_'’-]{1,30})$"
)
"""``Ana & Bo Lin``: one word, a conjunction (or an ampersand), then a name of two words."""


def givens_and_family(by_line: str) -> list[ProgrammePerson]:
    """``Title by Ana & Bo Lin``, ``por Ana y Bo Lin``: two speakers of one family (siblings,
    a couple) written once with their family name, after both given names, so the lone
    first word takes the full name's family name: ``Ana Lin`` and ``Bo Lin``, not a lone
    ``Ana``. The first word must pass the person test for a given name, be one the document
    never writes in small letters and no firm's word (``Friends & Bo Lin``); empty for any
    other by-line."""
    m = _GIVENS_AND_FAMILY_RE.fullmatch(by_line.strip())
    if m is None or written_small(given := m.group("given")) or not _given(given):
        return []
    if given.casefold() in _FIRM_WORDS:
        return []
    second = split_speakers(m.group("full"))
    if len(second) != 1 or second[0].name != m.group("full") or second[0].affiliations:
        return []
    first = split_speakers(f"{given} {m.group('full').split()[-1]}")
    if len(first) != 1 or split_speakers(given, single_ok=True) == []:
        return []
    return [first[0], second[0]]


def joined_by_a_conjunction(text: str, full: str, given: str) -> bool:
    """Whether ``text`` writes ``full`` and ``given`` joined by a conjunction (``Nacho
    Velzi y Rodolfo``): the by-line :func:`name_and_given` reads as two speakers."""
    return any(f"{full} {word} {given}" in text for word in NAME_CONJUNCTIONS)


_BY_LINE_CHARS = 100
"""The length of a line of names that needs no count of its names (one to three)."""
_CHARS_PER_NAME = 40
_BY_LINE_MOST = 400


def fits_a_by_line(text: str) -> bool:
    """Whether a line is short enough to be a line of names under a title: 100 characters,
    or 40 for each part its separators part it into (a paper's seven authors, ``A, B, C,
    D, E, F and G``, run past 100), never past 400. A sentence that long is prose, and
    the person test reads every part anyway."""
    if len(text) <= _BY_LINE_CHARS:
        return True
    if len(text) > _BY_LINE_MOST:
        return False
    parts = [p for p in split_outside_brackets(text, SPEAKER_SEP_RE) if p.strip()]
    return len(text) <= _CHARS_PER_NAME * len(parts)


def _no_han_name(name: str) -> bool:
    """Whether a part written in Han signs after a name's comma fails the Chinese name's
    test a speaker field's role otherwise lifts (``七牛云``, ``技术专家``: a company, a
    job): the role vouches for the field's first name, not for what follows it."""
    return _HAN_ONLY_RE.fullmatch(name) is not None and not _begins_with_family_name(
        name, _WRITES_KANA.get()
    )


def _family_comma_given(text: str) -> ProgrammePerson | None:
    """``Ruiz, Carla`` in a speaker field: one person written family name first, as
    exports and bibliographies write names, not a name and an affiliation; read in the
    order the rest of the notebook writes names (``Carla Ruiz``). Only two single
    capitalised name words, neither an organisation, a job or a degree, and only where
    the document vouches for the order (:func:`_inverted_names`)."""
    family, comma, given = text.partition(", ")
    if not comma or "," in given:
        return None
    vouched = _VOUCHED.get()
    if FAMILY_FIRST not in vouched and text not in vouched:
        return None  # "Anna, Tom": two people's given names as often, unless the document says
    if not all(
        _NAME_WORD_RE.fullmatch(w) and w[:1].isupper() and not w.isupper() for w in (family, given)
    ):
        return None
    if any(
        is_organisation(w) or _JOB_TITLE_RE.search(w) or w.casefold().strip(".") in _DEGREE_WORDS
        for w in (family, given)
    ):
        return None
    return parse_one(f"{given} {family}")


def _name_bar_description(text: str) -> ProgrammePerson | None:
    """``Ana Ruiz | Staff Engineer, Acme`` in a speaker field: a bar parts the fields of a
    line, so the one person before it and a short description after it that names no
    one (a company, a job, in any language: ``데이터오븐 CEO``) are that person and where
    they work. None when the bar parts more than two fields, the part before is not one
    person, or the part after is someone too (``Ana Ruiz | Bo Li``: two names)."""
    name, bar, rest = text.partition(" | ")
    if not bar or "|" in rest:
        return None
    return _described_one(name, rest)


def _described_one(name: str, rest: str, dashed: bool = False) -> ProgrammePerson | None:
    """The one person ``name`` names, working where the short description ``rest`` says
    (:func:`_name_bar_description`, :func:`name_dash_description`); None when ``name`` is
    no one or ``rest`` is a sentence, a placeholder or someone too."""
    rest = rest.strip()
    if not rest or len(rest.split()) > 8 or rest.endswith((".", "?", "!")):
        return None
    person = parse_one(name.strip(), single_ok=not dashed)
    if person is None or person.affiliations or is_placeholder(rest):
        return None
    if dashed and (len(person.name.split()) < 2 or not is_person_name(person.name)):
        return None  # "Keynote - Staff Engineer": a full name before a dash, or no one
    if parse_one(rest) is not None or _split_speakers(rest, False):
        return None
    # "Platform lead at Fjordwise": the employer; a job alone ("CTO") is no affiliation
    employer = employer_of(rest) or ("" if is_job_title(rest) else rest)
    person.affiliations = [employer] if employer else []
    return person


def name_dash_description(text: str, one_person: bool = False) -> ProgrammePerson | None:
    """``Ana Ruiz - Staff Engineer, Acme``, ``Bo Lind – Entwickler bei Acme``: a full name,
    a spaced dash, then what the person does and where (``Name - Role, Company``, the
    by-line of a speaker's card): one person working there. The description must read as
    one (a job, an employer after ``at``/``bei``/``chez``, an organisation), unless the
    field names one person by its key (``one_person``: a tag's ``name="…"``), where all
    after a full name's dash is about them (``Name - Partner / Senior Factotum, Coop``).
    None for a title or a second person after the dash (``Ana Ruiz - Rust at Scale``,
    ``Ana Ruiz - Bo Li``) and for a field with more than one dash."""
    plain = " ".join(strip_markdown_inline(text).split())
    parts = split_outside_brackets(plain, _SPACED_DASH_RE)
    if len(parts) != 2 or len(plain) > 200:
        return None
    name, rest = parts[0].strip(), parts[1].strip()
    job = rest.split(",", 1)[0].strip()
    if not (one_person or employer_of(rest) or is_job_title(job) or is_organisation(rest)):
        return None
    person = _described_one(name, rest, dashed=True)
    if person is not None and person.affiliations == [rest] and "," in rest:
        person.affiliations = [rest.rsplit(",", 1)[1].strip()]  # "Role, Company": where
    return person


_DEGREE_WORDS = frozenset({"jr", "sr", "phd", "md", "msc", "mba", "dr", "prof"})
"""Words after a name's comma that are about the person (``Ruiz, Jr.``), never a name."""


def _opens_a_position_run(text: str, parts: list[str]) -> bool:
    """``Name, X, Position[, Organisation]`` written with commas only: X, between the one
    name and a position, is the first of that person's positions, however its words are
    shaped (a list of people names each one's position, or shares a plural one; a second
    name sharing the first's position, ``Ana Ruiz, Bo Li, CTO``, reads so too). True
    when the part after X is a position, every part after that is no person's name, and
    no ``and`` joins the parts (``A, B and C, Editor`` lists people)."""
    if len(parts) < 3 or len(parts) > 6 or SPEAKER_SEP_RE.search(_outside(text).replace(",", "")):
        return False
    position = parts[2]
    return (
        _outside(parts[1]) == parts[1]  # "Bo Li (Staff SRE)": a person and their position
        and bool(_JOB_TITLE_RE.search(_outside(position)))
        and len(position.split()) <= 5
        and all(parse_one(p) is None or _JOB_TITLE_RE.search(p) for p in parts[3:])
    )


def _names_a_field(position: str) -> bool:
    """``Head of Data``, ``VP Engineering``, ``Directora de Datos``: words after the job's
    last word, the field it is held in (which a conjunction may go on with); ``CTO`` or
    ``Staff Engineer`` end on the job."""
    ends = [m.end() for m in _JOB_TITLE_RE.finditer(position)]
    return bool(ends) and bool(position[ends[-1] :].strip(" .,"))


def _holds_a_position(people: str) -> bool:
    """Whether a by-line's people hold a position of their own (``Ana Ruiz, CTO and Bo
    Li``): then the comma after them gives the last person's position (``…, CEO``), not an
    affiliation the two share (``Ana Ruiz and Bo Li, Acme``)."""
    parts = split_outside_brackets(people, SPEAKER_SEP_RE)
    return any(_JOB_TITLE_RE.search(_outside(part)) for part in parts[1:])


def _a_person_follows(text: str, part: str) -> bool:
    """``Ana Ruiz, CTO and Bo Li, CEO``: after a position, a part joined by a conjunction
    is the next person when a position of their own follows it after a comma."""
    at = text.find(part)
    rest = text[at + len(part) :].lstrip() if at >= 0 else ""
    if not rest.startswith(","):
        return False
    after = rest[1:].split(",", 1)[0]
    return bool(_JOB_TITLE_RE.search(after)) or BY_LINE_RE.match(after.strip()) is not None


_SURNAME_JOINS = frozenset({"e", "y"})
"""The conjunctions Iberian family names are joined by (``Falcão e Cunha``)."""
_AT_SEP_RE = re.compile(r"[,;、]")


def _at_list(text: str) -> list[ProgrammePerson] | None:
    """``A @ Lab X, Dept, B @ Lab Y``: each person's name before an at-sign and the
    affiliation after it, up to the next name's; a comma inside an affiliation (no
    at-sign after it) stays in it."""
    merged: list[str] = []
    for chunk in split_outside_brackets(text, _AT_SEP_RE):
        chunk = chunk.strip()
        if not chunk:
            continue
        if " @ " in chunk or not merged:
            merged.append(chunk)
        else:
            merged[-1] += ", " + chunk
    people = [parse_one(c, single_ok=True) for c in merged]
    if not people or any(p is None for p in people):
        return None
    return [p for p in people if p is not None]


def _enumerated(text: str, part: str) -> bool:
    """Whether ``part`` follows an ideographic enumeration comma ``、`` in ``text``: the
    mark East Asian writing lists the items of one field with (``研究员、顾问``)."""
    at = text.find(part)
    return at > 0 and text[:at].rstrip().endswith("、")


def _opens_a_field(text: str, part: str) -> bool:
    """Whether ``part``, written after ``、``, is a name that a comma follows: the next
    person with a field of their own (``王伟，腾讯、李娜，阿里巴巴``), not one more role."""
    at = text.find(part)
    rest = text[at + len(part) :].lstrip() if at >= 0 else ""
    return rest.startswith(("，", ",")) and parse_one(part) is not None


def _after_separator(text: str, part: str) -> bool:
    """Whether ``part`` is written somewhere in ``text`` after a comma, a semicolon or a
    middle dot (and spaces): found with ``str.find``, no pattern built per part."""
    at = text.find(part)
    while at >= 0:
        before = at - 1
        while before >= 0 and text[before].isspace():
            before -= 1
        if before >= 0 and text[before] in ",;·":
            return True
        at = text.find(part, at + 1)
    return False


_ROLE_NAME_BAD_RE = re.compile(r"[()\[\]{}<>|:;!?=*#\"“”/\\,]|://")
_ROLE_TOKEN_RE = re.compile(r"[^\W\d_][^\W\d_'’.\-]*")
_HANDLE_WORD_RE = re.compile(r"[^\W\d_][\w.\-]{1,30}|_+[^\W\d_][\w.\-]{1,30}")


def honoured_name(text: str) -> list[ProgrammePerson]:
    """The person a heading or a field names with an honorific after the name
    (``ふーがさん``, ``きしだなおき さん ( @kis )``, ``김민수 님``): the writer's word that
    it is someone, in whatever script or case the name is written; [] without one."""
    plain = strip_markdown_inline(text).strip()
    if len(plain) > 80 or not without_courtesies(plain)[1]:
        return []
    person = named_by_role(plain)
    return [person] if person is not None else []


def named_by_role(text: str) -> ProgrammePerson | None:
    """A name in a field that holds people (programme data's speaker, author or chair
    field): the field's role is the evidence, so the name needs only the shape people
    give their own: lower case (``thomas schiex``), a family name in capitals
    (``Guanqiang QI``), a short family name (``Yeonjun In``), a handle (``@iizukak``,
    ``yuki930``), a name in kana (``あんざいゆき``). Never a placeholder, an
    organisation, a label, a kind of programme item (``Lunch``), a room's or a heading's
    words, a phrase beginning with a verb (``Building Agents``)."""
    if (person := parse_one(text, single_ok=True)) is not None:
        return person
    base, nicknames = without_nickname(text)
    # "tenntennさん", "西立野(@shomatan)さん": the name, its handle and honorific aside
    plain = " ".join(without_courtesies(strip_markdown_inline(base))[0].split()).lstrip("@")
    plain = unicodedata.normalize("NFC", plain)
    # "MSc. Paulin Tshiunza tshibuabua": a title the writer gives a person, who writes a
    # name in the case they like; the words after its given and family name's capitals
    # are a name whatever their case ("Ing. de software", "Master class on Rust": a
    # trade's or a course's words, no name)
    titled = (bare := clean_name(plain)) != plain and _capitals_open(bare)
    plain = bare if titled else plain
    if (
        not plain
        or len(plain) > 60
        or _ROLE_NAME_BAD_RE.search(plain)
        or is_placeholder(plain)
        or is_organisation(plain)
        or is_key_word(plain)
        or kind_of(plain) != "talk"
        or TALK_LABEL_RE.fullmatch(plain)
        or any(t.casefold() in _PLURAL_ROLE_WORDS for t in plain.split()[1:])
    ):
        return None  # "All Speakers": the role's people, no one
    tokens = plain.split()
    if len(tokens) > 1 and {tokens[0].casefold(), tokens[-1].casefold()} & _ALTERNATIVE_WORDS:
        return None  # "lgierth or": a list's connector left over, no one's name
    if _CJK_RE.search(plain):
        signs = "".join(tokens)  # a loanword in katakana alone (ランチ) is no one's name
        ok = (
            len(signs) <= 8
            and all(_CJK_RE.match(c) for c in signs)
            and not all("\u30a0" <= c <= "\u30ff" for c in signs)
            and _korean_family_first(plain)
        )
    elif len(tokens) == 1:
        ok = (
            bool(_HANDLE_WORD_RE.fullmatch(plain))
            and not plain.isupper()
            and not is_not_a_name_word(plain)
            and ("@" in base or not _brand_shaped(plain))
            and not common_word(plain)  # "Peserta" where the page writes "peserta": a word
        )
    else:
        ok = (
            len(tokens) <= 5
            and tokens[0].casefold() not in _ARTICLES  # "The Cadenza Challenge": a title
            and all(_ROLE_TOKEN_RE.fullmatch(t) for t in tokens)
            and not (len(tokens[0]) >= 6 and tokens[0].casefold().endswith("ing"))
            # people write their name in one case: "ORConf organizers", "Audience
            # participation" (a capital, then a lower-case word no name's particle) are
            # a phrase; "thomas schiex", "Pepijn de Vos" are names
            and (plain.islower() or titled or not _phrase_words(tokens))
            and sum(1 for t in tokens if is_not_a_name_word(t)) * 2 <= len(tokens)
        )
    return ProgrammePerson(plain, aliases=nicknames) if ok else None


def _brand_shaped(word: str) -> bool:
    """A lone word written as groups, companies and products write their names: a capital
    inside after a small letter with a part of a group's or a product's vocabulary
    (``PyLadies``, ``WaterPy``, ``DevOps``, ``iOS``; not ``McDonald``, nor joined given
    names: ``JoAnn``, ``RuPaul``), or a capitalised word and a suffix after a dot
    (``Python.PH``, ``Tama.rb``, ``Node.js``). People's handles are written in small
    letters (``makicamel``, ``john.doe``) or marked with ``@``; a role's field holding such
    a word unmarked names an organisation."""
    if _INNER_CAPS_RE.match(word):
        parts = _CAMEL_PART_RE.findall(word)
        return (
            word[:1].islower()  # iOS, eBay
            or any(len(p) > 1 and p.isupper() for p in parts)  # MyAPI, DataSQL
            or any(p.casefold() in _BRAND_PARTS for p in parts)
        )
    return word[:1].isupper() and _dotted_word(word)


_CAMEL_PART_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
"""The parts of a word written in joined capitals: ``DevOps`` is ``Dev`` and ``Ops``."""

_BRAND_WORDS = """py js ts rb rs go dev devs ops sec data code hub lab labs conf con ladies
women girls coders hack tech cloud net web app apps soft ware kit stack camp fest meetup
summit db script python java rust ai ml io ui ux os"""
_BRAND_PARTS = frozenset(_BRAND_WORDS.split())
"""Parts of a group's, a company's or a product's name written in joined capitals
(``PyLadies``, ``RiverJs``, ``DataKrakow``, ``OderRb``, ``GitHub``); people's joined given
names (``JoAnn``, ``AnnMarie``, ``RuPaul``) have none."""


def _korean_family_first(name: str) -> bool:
    """Whether a name in Hangul written with a space opens on a family name, as every
    Korean name does (``남궁 민``); ``스피커 전원`` ("all the speakers") opens on a word.
    Any other name passes: the test is the shape of a spaced Hangul name only."""
    spaced = _HANGUL_SPACED_RE.fullmatch(name)
    return spaced is None or spaced.group(1) in _KOREAN_FAMILY | _KOREAN_COMPOUND


def _capitals_open(name: str) -> bool:
    """Whether a name's first two words (of two or more) open on capitals (``Paulin
    Tshiunza tshibuabua``), as a given and a family name do."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words[:2])


_ARTICLES = frozenset(["the", "a", "an", "die", "das", "les", "los", "las", "het", "une", "un"])
"""Articles, which begin titles and names of things, never a person's name."""
_LEADING_ARTICLES = frozenset(["the", "die", "der", "das", "het", "los", "las"])
"""Articles a name never opens with, whatever follows (``Les``, ``An`` and ``El`` are
given names or a surname's particle: ``Les Paul``, ``An Nguyen``, ``El Sayed``)."""


def _phrase_words(tokens: list[str]) -> bool:
    """Words in lower case among capitalised ones that are no name's particles (``By
    appointment only``): a phrase; ``Maria de la Cruz`` is a name."""
    return _bare_uit(tokens) or any(t[0].islower() and not _NAME_TOKEN_RE.match(t) for t in tokens)


_SEGMENT_BREAK_RE = re.compile(r"<br\s*/?>|\n", re.I)
_ROLE_LABEL_RE = re.compile(r"\A\s*+([^\W\d_](?:[^\W\d_]|[ /&.'-]){0,48}?)\s*+[:：]\s*+(?=\S)")
"""``General Chairs:``, ``Moderator:`` at the head of a segment of a people field."""


def _role_label(words: str) -> bool:
    """Whether ``words`` (the part before a colon) name a role of people: a chair's or a
    speaker's word last (``General Chairs``, ``Panelists``, ``Invited speaker``), or an
    organiser's, keynote's or panel's section word."""
    from confnotes.importers.fields import roles_of, section_kind

    parts = words.split()
    if not parts or len(parts) > 4:
        return False
    return bool(roles_of(parts[-1]) & {"speaker", "chair"}) or section_kind(words) in (
        "organizer",
        "keynote",
        "panelist",
    )


def _labelled_segments(text: str) -> list[str] | None:
    """A people field written as role-labelled segments, one a line (``Moderator: Ana
    Ruiz, Acme<br>Panelists: Bo Li, Initech; Cem Kaya, Globex``, ``General Chairs: Ana
    Ruiz and Bo Li``): the text after each label; None unless every segment has one."""
    segments = [s for s in _SEGMENT_BREAK_RE.split(text[:2000])[:20] if s.strip()]
    if not segments:
        return None
    out = []
    for segment in segments:
        m = _ROLE_LABEL_RE.match(segment)
        if m is None or not _role_label(m.group(1)):
            return None
        out.append(segment[m.end() :])
    return out


_ALTERNATIVE_WORDS = frozenset(["or", "oder", "ou", "of", "o", "ó", "или"])
"""Words that join people as alternatives (``@lgierth or @eefahy``: one of them speaks,
both are the slot's people); a part of a name never ends or begins with one."""
_FIELD_SEP_RE = re.compile(rf"{SPEAKER_SEP_RE.pattern}|\b(?:or|oder|ou|или)\b")
"""Between the people of a field that holds people: a speaker string's separators, and
a word that offers them as alternatives."""


_SEMICOLON_RE = re.compile("[;；]")


def _colon_placed(text: str) -> list[ProgrammePerson] | None:
    """``Ana Ruiz: Nordlys Labs, Oslo; Bo Li:Delta University``: a people field that
    writes each person as a full name, a colon, then where they are from, a semicolon
    between people; None unless every part is so (``Moderator: Ana Ruiz``: a role's
    label before the colon, the person after it)."""
    if ":" not in text or len(text) > 1000:
        return None
    parts = [p for p in split_outside_brackets(text, _SEMICOLON_RE) if p.strip()]
    found: list[ProgrammePerson] = []
    for part in parts[:40]:
        name, _sep, place = part.partition(":")
        name = " ".join(name.split()).strip(" ,")
        place = " ".join(place.split()).strip(" ,")
        if not place or ":" in place or not is_person_name(name):
            return None
        found.append(ProgrammePerson(name, [place]))
    if len(found) == 1 and not _placed_alone(found[0].name, place):
        return None  # "Tolérance aux pannes: …" in notes is a label over a remark
    return found or None


def _placed_alone(name: str, place: str) -> bool:
    """Whether one ``Name: Place`` with no second person beside it still reads as a name
    and where they are from, not a label over a remark: every word of the name
    capitalised, the place a few words that end no sentence."""
    words = name.split()
    return (
        all(w[:1].isupper() for w in words)
        and len(place.split()) <= 8
        and not place.rstrip().endswith((".", "!", "?"))
    )


def role_people(text: str, single_ok: bool = True) -> list[ProgrammePerson]:
    """The people of a field that holds people (see :func:`named_by_role`): the speaker
    string's reading when it finds them, else each part between separators named by the
    role; empty unless every part is someone (or a placeholder). A field of segments each
    led by a role label (``Moderator: …<br>Panelists: …``) holds each segment's people."""
    if (colon_placed := _colon_placed(text)) is not None:
        return colon_placed  # before labels: "Ana Ruiz: Nordlys Labs" is no "Chair: …"
    if (segments := _labelled_segments(text)) is not None:
        people: list[ProgrammePerson] = []
        for segment in segments:
            found_here = role_people(segment, single_ok)
            if not found_here:
                return []
            people.extend(found_here)
        return people
    if (placed := _people_from(text, single_ok)) is not None:
        return placed
    if (aliased := _name_and_alias(text)) is not None:
        return [aliased]
    if (led := _org_led(text)) is not None:
        return led
    if len(pair := name_and_given(text)) == 2:
        return pair  # "Diego Ruiz y Luis": a talk's people field is its by-line
    base, nicknames = without_nickname(text)
    if nicknames and "/" in text and len(one := role_people(base, single_ok)) == 1:
        alone = one[0]  # "Martin Haase/maha": one person and a handle, not two people
        return [ProgrammePerson(alone.name, alone.affiliations, aliases=nicknames)]
    if (dashed := _dashed_people(text)) is not None:
        return dashed
    if (inverted := _family_comma_given(" ".join(text.split()))) is not None:
        return [inverted]  # "Ruiz, Carla": one person, family name first, not two
    semicolons = [p for p in split_outside_brackets(text, re.compile("[;；]")) if p.strip()]
    people = split_speakers(text, single_ok=single_ok)
    if people and (len(semicolons) < 2 or len(people) == len(semicolons)):
        return people
    # a list a semicolon apart is people, one each ("Name, Institution" stays one of them)
    separator = re.compile("[;；]") if len(semicolons) >= 2 else _FIELD_SEP_RE
    parts = [p.strip() for p in split_outside_brackets(text, separator) if p.strip()]
    found: list[ProgrammePerson] = []
    for part in parts:
        if is_placeholder(strip_markdown_inline(part)):
            continue
        person = named_by_role(part)
        if person is None:
            return []
        found.append(person)
    return found


_FROM_RE = re.compile(
    r"(?P<people>[^\W\d_].{2,200}?)\s+(?:from|fra|från|aus)\s+(?P<aff>[^\W\d_a-z][^,;()]{1,60})"
)
"""People and where they come from, said with "from" in the languages that write it
apart from a name's particles (``fra`` Norwegian and Danish, ``från`` Swedish, ``aus``
German; ``de``, ``da``, ``von`` also join family names, so they say nothing here)."""


def _people_from(text: str, single_ok: bool) -> list[ProgrammePerson] | None:
    """``Ana Ruiz og Bo Li fra Acme``, ``Ana Ruiz from Acme``: the people before the word
    for "from", each with the organisation after it; None when the field is not so
    written (no such word, or no one before it, or a person's name after it)."""
    m = _FROM_RE.fullmatch(" ".join(text.split()))
    if m is None or parse_one(aff := m.group("aff").strip()) is not None:
        return None
    people = role_people(m.group("people"), single_ok)
    if not people or any(p.affiliations or len(p.name.split()) < 2 for p in people):
        return None  # "Greetings from Berlin": one word before it is nobody's full name
    return [ProgrammePerson(p.name, [aff], p.url, p.source_id, p.aliases) for p in people]


_HANDLE_ALIAS_RE = re.compile(r"@?[a-z_][\w.\-]{1,30}|@[\w.\-]{2,30}")
"""A handle: an account's name, written small or after an ``@``."""


def _two_spellings(text: str) -> tuple[str, str] | None:
    """``A / B`` (one slash) or ``A (B)`` (one bracket, closing the text): A and B."""
    if text.count("/") == 1:
        name, _, alias = text.partition("/")
    elif text[-1:] in ")）" and sum(text.count(c) for c in "(（") == 1:
        cut = max(text.find("("), text.find("（"))
        name, alias = text[:cut], text[cut + 1 : -1]
        if any(c in alias for c in ")）"):
            return None
    else:
        return None
    name, alias = name.strip(), alias.strip()
    if not 1 <= len(name) <= 60 or not 2 <= len(alias) <= 60 or "(" in name or "（" in name:
        return None
    return name, alias


def _name_and_alias(text: str) -> ProgrammePerson | None:
    """``紀平 拓男 (Takuo Kihira)``, ``加藤 倫弘 / Tomohiro Kato``, ``森 久太郎 / qsona``,
    ``Ana Ruiz / @aruiz``: one person, a name in an East Asian script and its romanised
    spelling or a handle, or a name and a handle; the first as written, the other an
    alias. None for two names in one script (``Ana Ruiz / Bo Li`` are two people)."""
    split = _two_spellings(" ".join(text.split()))
    if split is None:
        return None
    name, alias = split
    other_script = bool(_CJK_RE.search(name)) and not _CJK_RE.search(alias)
    if not (other_script or _HANDLE_ALIAS_RE.fullmatch(alias)):
        return None
    if not other_script and len(name.split()) < 2 and not _CJK_RE.search(name):
        return None  # "Asiya / asi": a word and a word, no telling
    person = named_by_role(name)
    if person is None or person.name != name:
        return None
    return ProgrammePerson(person.name, [], person.url, person.source_id, [alias.lstrip("@")])


_ORG_LED_RE = re.compile(r"(?P<org>[^\s()（）]{2,40})\s*[（(](?P<who>[^()（）]{2,120})[)）]")


def _org_led(text: str) -> list[ProgrammePerson] | None:
    """``カオナビ（Yuuki Minami）``, ``Acme (Ana Ruiz / @aruiz)``, ``Acme (aruiz)``: a
    company of one word and, in its brackets, who speaks for it: people with a full name
    (two words, or an East Asian script's) or a handle; each with the company. None
    otherwise (``Ana Ruiz (Acme)`` is a person and their company)."""
    m = _ORG_LED_RE.fullmatch(" ".join(text.split()))
    if m is None:
        return None
    who = m.group("who").strip()
    if _HANDLE_ALIAS_RE.fullmatch(who) and any(c.isdigit() or c in "@_" for c in who):
        return [ProgrammePerson(who.lstrip("@"), [m.group("org")])]
    people = role_people(who)
    if not people or not all(_CJK_RE.search(p.name) or len(p.name.split()) >= 2 for p in people):
        return None
    return [
        ProgrammePerson(p.name, p.affiliations or [m.group("org")], p.url, p.source_id, p.aliases)
        for p in people
    ]


_SPACED_DASH_RE = re.compile(r"\s[-–—]\s")
_PEOPLE_SEP_RE = re.compile(r"[,;；]")
_FILE_OR_LINK_RE = re.compile(r"\.[A-Za-z]{2,4}$|/|@")
"""A file's name, a link or an address: what no organisation's name is."""


def _dashed_people(text: str) -> list[ProgrammePerson] | None:
    """A people field that writes where each person works after a dash: ``Ana Ruiz -
    Harbour Lab, Bo Li - Acme`` (each their own), ``Ana Ruiz, Bo Li - Harbour Lab`` (the
    names before a dash share its affiliation), ``Ana Ruiz - Institute, Country`` (a
    place after an affiliation is part of it). None when the field is not so written:
    no dash, or a dash before what is no workplace (:func:`_workplace`: ``Keynote - Ana
    Ruiz``, ``Ana Ruiz - Bo Li``, ``Ana Ruiz - Rust in Production``), or a part that is
    no one."""
    plain = strip_markdown_inline(text).strip()
    if len(plain) > 300 or not _SPACED_DASH_RE.search(_outside(plain)):
        return None
    groups = [g.strip() for g in split_outside_brackets(plain, _PEOPLE_SEP_RE) if g.strip()]
    split = [[h.strip() for h in split_outside_brackets(g, _SPACED_DASH_RE)] for g in groups]
    if any(len(halves) > 2 for halves in split):
        return None
    dashed = sum(len(halves) == 2 for halves in split)
    people: list[ProgrammePerson] = []
    unplaced: list[ProgrammePerson] = []  # names since the last dash, no affiliation yet
    for group, halves in zip(groups, split, strict=True):
        if len(halves) == 1:  # a lone word here is a place ("…, España"), not someone
            if (person := parse_one(group)) is None:
                if people and people[-1].affiliations and not unplaced:
                    people[-1].affiliations[-1] += f", {group}"  # "…, Country"
                    continue
                return None
            unplaced.append(person)
            people.append(person)
            continue
        name, where = halves
        if not _workplace(where, dashed) or (person := parse_one(name)) is None:
            return None  # a full name before the dash: the dash alone is a guess
        person.affiliations = [*person.affiliations, *split_affiliations(where)]
        for other in unplaced:
            if not other.affiliations:
                other.affiliations = list(person.affiliations)
        unplaced = []
        people.append(person)
    return people or None


_CAPITAL_RE = re.compile(r"[A-ZÀ-ÖØ-Þ]")


def _workplace(where: str, dashed: int) -> bool:
    """What a dash sets after a name in a people field is where the person works: an
    organisation by its words (``Harbour Lab``, ``Politecnico di Milano``), or, when the
    field writes two people so or more, a short proper name (``unixMiB``, ``Acme``).
    Never a person, a kind of talk, a placeholder (``TBC``), a position (``CEO``), a
    role's plural (``Panelists``), a count (``20 min``, ``Day 2``), a file or a link."""
    words = where.split()
    if (
        not words
        or _FILE_OR_LINK_RE.search(where)  # "Unknown-speaker - avatar 4.png": a photo
        or any(c.isdigit() for c in where)
        or parse_one(where) is not None
        or kind_of(where) != "talk"
        or TALK_LABEL_RE.fullmatch(where)
        or is_placeholder(where)
        or _JOB_TITLE_RE.search(where)
        or any(w.casefold() in _PLURAL_ROLE_WORDS for w in words)
    ):
        return False
    if is_organisation(where):
        return True
    return (
        dashed >= 2
        and len(words) <= 4
        and all(_CAPITAL_RE.search(w) or (w.isalpha() and len(w) <= 3) for w in words)
    )


_FOOTNOTE_RE = re.compile(
    r"<sup>[^<>]{0,20}</sup>"
    r"|(?<=[^\W\d_])(?:\d{1,2}|[¹²³⁰⁴-⁹]{1,3})(?:,\d{1,2})*(?=[\s,;.)\]、，；]|$)"
    r"|(?<=[^\W\d_])[*†‡§]{1,3}(?=[\s,;)\]、，；]|$)"
    r"|(?:^|(?<=[\s,;、，；]))[〇○◯●◎](?=[^\W\d_])"
)
"""An author's footnote marks (``Cella<sup>1</sup>``, ``Fayad1``, ``Li²``, ``Ruiz*``):
they point at an affiliation line, they are not part of the name; and the circle that
marks who presents among the authors (``〇愛場　雄一郎、渡瀬　瑞希``)."""
_NAME_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*")


_PRESENTER_MARK_RE = re.compile(r"(?:^|(?<=[\s,;、，；]))[〇○◯◎](?=[^\W\d_])")
"""The circle set before one author's name in a Japanese author list (``〇愛場　雄一郎、
渡瀬　瑞希``): the academic convention naming who presents; the others co-wrote."""
_MARKED_AUTHOR_RE = re.compile(r"(?:^|(?<=[\s,;、，；]))[〇○◯◎](?P<name>[^\W\d_][^,;、，；]{0,80})")
_SUP_RE = re.compile(r"<sup>[^<>]{0,20}</sup>")
_MARKS_PRESENTERS: ContextVar[bool] = ContextVar("marks_presenters", default=True)
"""Whether the document being read shows the presenter's circle as its convention (see
:func:`marks_presenters`; outside a document: assumed so)."""
_AUTHOR_SEP_RE = re.compile(r"[,;、，；]")
_WRITTEN_MARK_RE = re.compile(r"(?:^|(?<=[\s>,;、，；]))[〇○◯◎](?=[^\W\d_])")
"""The presenter's circle as a document writes it: also right after a tag (``<div>〇``)."""
_TAG_RE = re.compile(r"<[^<>]{0,300}>")
_LATER_MARK_RE = re.compile(r"[,;、，；][ \t\u3000]{0,3}[〇○◯◎](?=[^\W\d_])")


def marks_presenters(text: str) -> bool:
    """Whether a document marks who presents with a circle (``〇愛場　雄一郎、渡瀬　瑞希``):
    it circles a later author of a list (no bullet stands there), or circles one author
    in each of two author lists or more. One circle before the first of a page's one
    author list shows no convention (an ornament reads the same): there every author
    stays a speaker, as without the circle."""
    lists = 0
    for line in text[:MAX_VOUCHED_TEXT].splitlines():
        if _WRITTEN_MARK_RE.search(line) is None:
            continue
        # "<sup>1,2</sup>": its comma parts no authors; a tag's attributes hold none
        bare = _TAG_RE.sub(" ", _SUP_RE.sub("", line))
        if _LATER_MARK_RE.search(bare):
            return True
        lists += _AUTHOR_SEP_RE.search(bare) is not None
        if lists >= 2:
            return True
    return False


def _marked_presenters(text: str, single_ok: bool) -> list[ProgrammePerson] | None:
    """The presenters of an author list that marks them with a circle: the marked
    authors only, when some but not all of the list's people carry the mark (the rest
    are co-authors, not speakers). None when no author, or every author, is marked."""
    if not _MARKS_PRESENTERS.get() or _PRESENTER_MARK_RE.search(text) is None:
        return None
    bare = _SUP_RE.sub("", text)  # "<sup>1,5</sup>": its comma parts no authors
    everyone = _split_speakers(_PRESENTER_MARK_RE.sub("", bare), single_ok)
    names = {p.name for p in everyone}
    marked: list[ProgrammePerson] = []
    for m in _MARKED_AUTHOR_RE.finditer(bare):
        found = _split_speakers(m.group("name"), True)
        if len(found) != 1 or found[0].name not in names:
            return None
        marked += found
    return marked if 0 < len(marked) < len(everyone) else None


_GROUP_SEP_RE = re.compile(r" ?; ?| (?:&|and|und|et|y|e) ")
"""What parts one person's ``Name, Role, Company`` from the next one's (in a speaker
string its spaces already made single)."""
_DESCRIBED_MOST = 8
"""The most people a described list holds."""


_LETTER_RE = re.compile(r"[^\W\d_]")


def _described(field: str) -> bool:
    """A field that says what someone does or where: a position or an organisation."""
    return bool(_JOB_TITLE_RE.search(field)) or is_organisation(field)


def _described_people(text: str) -> list[ProgrammePerson] | None:
    """``Ana Ruiz, Staff Engineer, Lab & Bo Li, CTO, Firm``, ``Ana Ruiz, VP Cloud,
    Firm, Inc.``: each person written as a name then what describes them, one person a
    semicolon or an ``&`` from the next. The people are the names that open each group;
    the fields after them are no one, read as a column: in every group a position first
    (what follows it is where they work, whatever its shape), or a position or an
    organisation and no field shaped like a name; or groups of as many fields whose
    fields at each place are, in one group at least, a position or an organisation (a
    field shaped like a name, "Staff Member", sits where another group has "Software
    Engineer"). None for any other text (``A, B & C, Lab``, a list of names)."""
    groups = [g.strip() for g in split_outside_brackets(text, _GROUP_SEP_RE) if g.strip()]
    if not 1 <= len(groups) <= _DESCRIBED_MOST:
        return None
    fields = [
        [f.strip() for f in split_outside_brackets(g, re.compile(",")) if f.strip()] for g in groups
    ]
    if any(len(f) < 2 for f in fields) or all(len(f) < 3 for f in fields):
        return None
    if any(not _LETTER_RE.search(x) for f in fields for x in f):
        return None  # "Name, Lab — March 10, 2031": a day after them, no description
    if "、" in text:
        return None  # "赵磊，蚂蚁集团、孙悦，小红书": the enumeration comma's reading (below)
    people: list[ProgrammePerson] = []
    for group in fields:
        person = parse_one(group[0])
        if person is None or person.affiliations or not is_person_name(group[0]):
            return None
        people.append(person)
    rests = [f[1:] for f in fields]
    each = all(
        _JOB_TITLE_RE.search(rest[0])  # after a position, where they work, whatever its shape
        or (any(_described(x) for x in rest) and not any(is_person_name(x) for x in rest))
        for rest in rests
    )
    columns = len(rests) >= 2 and len({len(r) for r in rests}) == 1
    columns = columns and all(any(_described(r[j]) for r in rests) for j in range(len(rests[0])))
    if not (each or columns):
        return None
    for person, rest in zip(people, rests, strict=True):
        where = [x for x in rest if not _JOB_TITLE_RE.search(x)]
        person.affiliations = [", ".join(where)] if where else []
    return people


def _semicolon_list(text: str, single_ok: bool) -> list[ProgrammePerson] | None:
    """``Elisa, Cella; Fabio, Fumagalli; Silvia Impinna``: authors a semicolon apart,
    some written ``Given, Family``. A comma after a lone given name inside such a list
    joins the name's words; the list is people only when every part is one."""
    if ";" not in _outside(text):
        return None
    parts = [p.strip() for p in split_outside_brackets(text, re.compile(";")) if p.strip()]
    if len(parts) < 2 or not any("," in p for p in parts):
        return None
    people: list[ProgrammePerson] = []
    # the list's convention: a lone given name before a comma somewhere ("Silvia, Orlandi")
    # makes "Saverio Giulio, Malatesta" a given name of two words and a family name too
    given_first = any(_NAME_WORD_RE.fullmatch(p.partition(",")[0].strip()) for p in parts)
    for part in parts:
        given, comma, family = part.partition(",")
        if (
            comma
            and given_first
            and 1 <= len(given.split()) <= 2
            and all(_NAME_WORD_RE.fullmatch(w) for w in given.split())
            and 1 <= len(family.split()) <= 3
            and not is_organisation(family.strip())
        ):
            part = f"{given.strip()} {family.strip()}"
        person = parse_one(part, single_ok)
        if person is None:
            return None
        people.append(person)
    return people


def _outside(text: str) -> str:
    """``text`` with bracketed parts removed (separators inside them do not count)."""
    out: list[str] = []
    depth = 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def stressed_title(
    text: str, stressed: tuple[str, ...]
) -> tuple[str, list[ProgrammePerson]] | None:
    """``**Title**, Name (Lab)`` or ``Name — *Title*``: a bold or italic stretch that is no
    kind label, with only people's names on one side of it."""
    text = " ".join(text.split())  # "A  type theoretic model": the stress as the text reads
    for words in (" ".join(w.split()) for w in stressed):
        at = text.find(words)
        if len(words) < 4 or at < 0 or kind_of(words) != "talk" or TALK_LABEL_RE.fullmatch(words):
            continue
        before, after = text[:at], text[at + len(words) :]
        sep = " ,;:-–—|·"
        for side in (after, before):
            who = split_speakers(side.strip(sep).strip("*_ ").strip(sep))
            other = before if side is after else after
            if who and not split_speakers(other.strip(sep).strip("*_ ")):
                return words.strip("*_ "), who
    return None


def stressed_speaker(
    text: str, stressed: tuple[str, ...], by_word: bool = False
) -> tuple[str, list[ProgrammePerson]] | None:
    """``Opening words, [Ana Ruiz](#ana) (Lab)``: a linked or stressed stretch that is a
    person's whole name, after the title and before nothing but an affiliation in
    brackets, names the speaker (as ``**Title**, Name`` marks the title). A by-word
    right before the name (``Title com [Ana Ruiz](…)``, ``with``, ``mit``, ``por``) is
    the by-line's, no word of the title; ``by_word``: only a name after one."""
    text = " ".join(text.split())
    sep = " ,;:-–—|·"
    for words in (" ".join(w.split()) for w in stressed):
        at = text.find(words)
        people = split_speakers(words) if at > 0 else []
        if len(people) != 1 or people[0].name != words:
            continue
        title = text[:at].strip(sep)
        head, _space, last = title.rpartition(" ")
        if head and last.casefold() in BY_WORD_SET | WITH_WORDS:
            title = head.strip(sep)  # "Title com [Name](…)": the by-word introduces who
        elif by_word:
            continue
        after = text[at + len(words) :].strip()
        if not title or split_speakers(title) or not balanced(title):
            continue
        if after and not (after.startswith("(") and after.endswith(")") and balanced(after)):
            continue
        person = people[0]
        if after and (org := after[1:-1].strip()):
            person.affiliations = [*person.affiliations, org]
        return title, [person]
    return None


def cjk_byline(text: str) -> list[ProgrammePerson]:
    """``周敏 港湾云 架构师``, ``李雪晴 猴子无限联合创始人、商业化负责人``: the by-line
    Chinese and Japanese programmes write after a talk's quoted title, the name first, then
    the organisation and the role, parted by spaces; the person with the rest as the
    affiliation, or nobody when the first word is no name in those scripts."""
    words = " ".join(text.translate(_FULLWIDTH).split()).strip(" ,.;:-–—").split()
    if (
        not 2 <= len(words) <= 5
        or not _CJK_RE.search(words[0])
        or any(c.isdigit() for c in words[0])
    ):
        return []
    if not is_person_name(words[0]):
        return []
    return [ProgrammePerson(name=words[0], affiliations=[" ".join(words[1:])])]


_COMMA_PARTS_RE = re.compile(r"[,，]")


def han_name_first(value: str) -> list[ProgrammePerson]:
    """``赵明，星河科技，架构师``: a speaker field in Chinese written as the name, then the
    organisation and the role, parted by commas (the by-line :func:`cjk_byline` reads
    parted by spaces): the person, the rest their affiliation. Only when the first part is
    a Han name (two to four signs opening on a family name) and no later part is one
    (``王伟，李娜`` names two people); none in a document that writes kana."""
    parts = [p.strip(" \t") for p in _COMMA_PARTS_RE.split(value.strip()) if p.strip(" \t")]
    if not 2 <= len(parts) <= 5 or _WRITES_KANA.get():
        return []
    first, rest = parts[0], parts[1:]
    if not (
        _HAN_ONLY_RE.fullmatch(first)
        and 2 <= len(first) <= 4
        and _begins_with_family_name(first, kana=False)
    ):
        return []
    if any(
        _HAN_ONLY_RE.fullmatch(p) and len(p) <= 3 and _begins_with_family_name(p, kana=False)
        for p in rest
    ):
        return []
    return [ProgrammePerson(name=first, affiliations=[", ".join(rest)])]


_AFFILIATION_WORDS_MAX = 12


PARTS_AMONG_MOST = 6
"""Parts of a labelled field's value looked at for the one that is a name."""


def person_among(value: str) -> list[ProgrammePerson]:
    """The one person a field the document labels as a speaker's names among its parts
    (``講者：國立清華大學 資訊工程學系 陳文村 特聘講座教授``: an organisation, a
    department, the name, a job title, written side by side): the only part that passes
    the person test and is no organisation or job title, the parts before it its
    affiliation; none when no part, or more than one, is a name."""
    parts = value.split()
    if not 2 <= len(parts) <= PARTS_AMONG_MOST:
        return []
    named = [
        n
        for n, part in enumerate(parts)
        if is_person_name(part, single_ok=True)
        and not is_organisation(part)
        and not is_job_title(part)
        # a part in Han signs alone is a name of two or three that opens on a family
        # name (``陳文村``), never a title (``院長``, ``特聘教授``)
        and (
            not _HAN_ONLY_RE.fullmatch(part)
            or (len(part) <= 3 and _begins_with_family_name(part, False))
        )
    ]
    if len(named) != 1:
        return []
    at = first = named[0]
    if at == len(parts) - 1 and at >= 1 and _BARE_INITIALS_RE.fullmatch(parts[at - 1]):
        first = at - 1  # "VM Brasseur": a name's initials written without full stops
    affiliation = " ".join(parts[:first]).strip()
    name = " ".join(parts[first : at + 1])
    return [ProgrammePerson(name, [affiliation] if affiliation else [])]


_BARE_INITIALS_RE = re.compile(r"[A-Z]{1,2}")
"""Given names' initials without full stops before a surname (``VM``, ``TJ``): no
organisation, whose short names are three letters or more (``IBM``, ``SAP``)."""


def not_an_affiliation(text: str) -> bool:
    """What a reader took for an affiliation but names no organisation: a link, or a
    sentence (a bio's or a note's: many words, or a full stop after several)."""
    words = text.split()
    return (
        "://" in text
        or text.startswith("www.")
        or len(words) > _AFFILIATION_WORDS_MAX
        or (len(words) >= 6 and text.rstrip().endswith((".", "!", "?")))
    )


def normalise_person(pp: ProgrammePerson) -> ProgrammePerson | None:
    """A format's person made consistent: ``Name [Affiliation]`` in the name field split,
    placeholders and organisations dropped (None), lone given names kept as they are."""
    name = unicodedata.normalize("NFC", " ".join(pp.name.split()))
    affiliations = [a for a in pp.affiliations if not not_an_affiliation(a)]
    if name != pp.name or affiliations != pp.affiliations:
        pp = ProgrammePerson(name, affiliations, pp.url, pp.source_id, pp.aliases)
    if not name or is_placeholder(name) or not balanced(name):
        return None
    if m := _PAREN_RE.match(name):
        inner = m.group("name").strip(" ,")
        affs = [a for a in split_affiliations(m.group("aff")) if a.lower() not in _AFF_NOISE]
        if is_reading(inner, m.group("aff")):
            return replace(pp, name=inner, aliases=[*pp.aliases, m.group("aff").strip()])
        if inner and not is_placeholder(inner):
            extra = [a for a in affs if a not in pp.affiliations]
            return ProgrammePerson(
                name=inner,
                affiliations=[*pp.affiliations, *extra],
                url=pp.url,
                source_id=pp.source_id,
                aliases=pp.aliases,
            )
        return None
    if glued_to_its_organisation(name) and len(people := split_speakers(name)) == 1:
        return replace(
            pp, name=people[0].name, affiliations=[*pp.affiliations, *people[0].affiliations]
        )
    if is_organisation(name) and (
        len(name.split()) == 1
        or ORGANISATION_WORDS.search(name.split()[-1])
        or COMMUNITY_WORDS.search(name.split()[-1])
        or ORGANISATION_WORDS.fullmatch(name.split()[0])
        or COMMUNITY_WORDS.fullmatch(name.split()[0])
        or FIELD_UNIT_RE.fullmatch(name)
        or any(ORGANISATION_WORDS.fullmatch(w) for w in name.split()[1:-1])
    ):  # "Pomorski Uniwersytet Medyczny": an adjective before the word, as often after
        return None  # "Stanford University", "Google": an organisation is not a speaker
    return pp


def glued_to_its_organisation(name: str) -> tuple[str, str] | None:
    """``Celina Nowak. Uniwersytet Szczeciński``: a name and its institution joined by a
    full stop, as a by-line writes them, split at that stop into the name and the
    institution; None unless the words before a stop are a person's name and the words
    after it an organisation from their first word (``Dr. Maria Universo``, ``X. Sean Wang,
    University of Vermont`` stay whole: an initial's stop, then more of the name)."""
    start = 0
    while (cut := name.find(". ", start)) > 0 and cut < _GLUED_NAME_MOST:
        who, org = name[:cut].strip(), name[cut + 2 :].strip()
        if (
            len(who.split()) >= 2
            and is_organisation(org.split(",")[0])
            and not is_organisation(who)
            and split_speakers(who)
        ):
            return who, org
        start = cut + 2
    return None


_GLUED_NAME_MOST = 80
"""Characters at most of a name before the full stop that glues its institution on."""


def one_word(name: str) -> bool:
    """A lone given name (``Chris``): never enough to say two conferences' people are one."""
    return len(re.findall(r"\w+", name)) == 1


_LIST_MARK_RE = re.compile(r"^\s*(?:[-*•+]|\d{1,2}[.)])\s+")
"""A list item's mark at the start of a line (``* ``, ``- ``, ``1. ``)."""


def labelled_list_people(text: str, limit: int = 40) -> list[ProgrammePerson]:
    """The people a description lists under a label naming their role (``Panelists:``
    then ``* Blake Joyce, BioTeam`` lines): a panel's or a session's people written in its
    text. Each item is someone (a name, and an organisation after a comma) or the list
    names no one; a list of notes after a blank line (a panel's questions under its
    panelists) is another list. Lines are read once, at most ``limit`` items."""
    from confnotes.importers.fields import roles_of

    people: list[ProgrammePerson] = []
    in_list = gap = False
    for line in text.splitlines()[:400]:
        stripped = line.strip()
        if not stripped:
            gap = True
            continue
        label, colon, rest = stripped.partition(":")
        if colon and not rest.strip() and len(label.split()) <= 3:
            in_list = bool(roles_of(label.strip()) & {"speaker", "chair"})
            gap = False
            continue
        if not in_list:
            continue
        mark = _LIST_MARK_RE.match(stripped)
        if mark is None:
            in_list = False
            continue
        item = stripped[mark.end() :].strip()
        found = role_people(item) if len(item) <= 160 else []
        if len(found) != 1:
            if gap and people:
                in_list = False  # the list of people ended at the blank line
                continue
            return []
        gap = False
        people.append(found[0])
        if len(people) >= limit:
            break
    return people


def names_by_capitalised_surnames(text: str) -> list[str] | None:
    """``NAAS Mohammed LEMARCHAND Laurent``, ``Lydia AIT OUCHEGGOU Jalil BOUKHOBZA``: a
    run of names with no separator, each family name written in capitals (as French
    and other academic by-lines write them). Runs of capitalised words and of words in
    capitals alternate, and each pair of runs, in the order the first person sets, is one
    person. None unless there are two people or more, every word is a name's word and
    every family name and every person passes the person tests."""
    words = text.split()
    if not 4 <= len(words) <= 40:
        return None
    runs: list[list[str]] = []
    for word in words:
        letters = word.replace("-", "").replace("'", "")
        if not letters.isalpha() or len(letters) < 2:
            return None
        upper = letters.isupper()
        if not upper and not (word[:1].isupper() and not letters[1:].isupper()):
            return None
        if runs and runs[-1][0].replace("-", "").isupper() == upper:
            runs[-1].append(word)
        else:
            runs.append([word])
    if len(runs) < 4 or len(runs) % 2:
        return None
    names = [" ".join(runs[i] + runs[i + 1]) for i in range(0, len(runs), 2)]
    families = [" ".join(r) for r in runs if r[0].replace("-", "").isupper()]
    if any(is_organisation(f) for f in families) or not all(
        len(n.split()) <= 5 and is_person_name(n) and not is_organisation(n) for n in names
    ):
        return None
    return names
