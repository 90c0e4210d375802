"""English irregular plurals, each with its singular, so that a stem joins them.

Snowball's rules are suffix rules: they cannot know that *mice* is *mouse* or that
*indices* is *index* (while *prices* is not *prix*). A lemmatizer's dictionary would
(simplemma's English one joins every pair below) but costs 120 ms to import and 470 ms
to load in every process that stems a word, a cold ``confnotes search`` included; this
table is the closed class of plurals that talk notes use — Latin and Greek ones of
science and Germanic ones — and nothing else.
"""

from __future__ import annotations

_PAIRS = """
mice mouse; lice louse; geese goose; feet foot; teeth tooth; men man; women woman;
children child; oxen ox; people person;
indices index; vertices vertex; matrices matrix; appendices appendix; simplices simplex;
cortices cortex; apices apex; codices codex;
criteria criterion; phenomena phenomenon; automata automaton; polyhedra polyhedron;
data datum; strata stratum; media medium; maxima maximum; minima minimum; optima optimum;
quanta quantum; spectra spectrum; curricula curriculum; errata erratum; addenda addendum;
bacteria bacterium; memoranda memorandum; moratoria moratorium; symposia symposium;
corpora corpus; genera genus; schemata schema; lemmata lemma;
analyses analysis; hypotheses hypothesis; theses thesis; crises crisis; syntheses synthesis;
diagnoses diagnosis; parentheses parenthesis; ellipses ellipsis; emphases emphasis;
prognoses prognosis; paralyses paralysis; axes axis;
radii radius; foci focus; stimuli stimulus; nuclei nucleus; loci locus; fungi fungus;
alumni alumnus; cacti cactus; syllabi syllabus
"""

IRREGULAR: dict[str, str] = {
    plural: singular
    for pair in _PAIRS.replace("\n", " ").split(";")
    if pair.strip()
    for plural, singular in [pair.split()]
}
"""Plural → singular (folded, lower case)."""

CLASSICAL = (
    ("ices", ("ex", "ix")),
    ("ex", ("ices",)),
    ("ix", ("ices",)),
    ("a", ("on", "um")),
    ("on", ("a",)),
    ("um", ("a",)),
    ("i", ("us",)),
    ("us", ("i",)),
    ("es", ("is",)),
    ("is", ("es",)),
    ("ae", ("a",)),
)
"""The Latin and Greek plurals of English (*vortex*/*vortices*, *helix*/*helices*,
*taxon*/*taxa*, *stratum*/*strata*, *terminus*/*termini*, *basis*/*bases*) as ending rules:
the table above cannot hold every such word, and Snowball knows none of them."""
MIN_CLASSICAL = 4
"""Letters a word needs before its classical forms are tried (*via*, *bus*, *pi* have
none)."""


def counterparts(word: str) -> list[str]:
    """The singular or plural ``word`` would have if it were a Latin or Greek word of English
    (:data:`CLASSICAL`): candidates only; the caller keeps those the notes hold."""
    if len(word) < MIN_CLASSICAL or not word.isascii() or not word.isalpha():
        return []
    out: list[str] = []
    for ending, others in CLASSICAL:
        if word.endswith(ending):
            root = word[: -len(ending)]
            out.extend(root + other for other in others)
    return [w for w in dict.fromkeys(out) if w != word]
