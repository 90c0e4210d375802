"""Stop 65, helper a5: people in data files (two names on one speaker card parted by a
bar, a given name that is also an institute's short name) and notes folders. Fixtures
written for these tests, in our own words."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.persons import bar_joined_people, is_organisation, split_speakers
from confnotes.importers.registry import parse_programme

from .folder_fixtures import read_files, talk_speakers


def _speakers(text: str, name: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: [p.name for p in t.speakers] for t in programme.talks}


# ------------------------------------------- a speaker card naming two people with a bar

_CARDS_YAML = """- name: Lucía Herrera | Tomás Quintero
  role: Artistas
  talk_title: >
    Marionetas que aprenden a hablar
  talk_description: >
    Un espectáculo breve sobre robots de trapo.

- name: Ingrid Solberg
  role: Data Engineer
  company: Fjordlab
  talk_title: >
    Pipelines que no se rompen
"""

_CARDS_JSON = """[
  {"name": "Jonas Weber | Petra Kühn | Olaf Brandt", "talk_title": "Drei Wege zum Testen"},
  {"name": "Sabine Roth", "company": "Nordwerk", "talk_title": "Caches ohne Kummer"}
]"""


def test_a_card_whose_name_bars_two_people_gives_the_talk_both() -> None:
    talks = _speakers(_CARDS_YAML, "speakers.yml")
    assert talks["Marionetas que aprenden a hablar"] == ["Lucía Herrera", "Tomás Quintero"]
    assert talks["Pipelines que no se rompen"] == ["Ingrid Solberg"]


def test_three_barred_names_in_a_json_record_are_three_speakers() -> None:
    talks = _speakers(_CARDS_JSON, "speakers.json")
    assert talks["Drei Wege zum Testen"] == ["Jonas Weber", "Petra Kühn", "Olaf Brandt"]
    assert talks["Caches ohne Kummer"] == ["Sabine Roth"]


def test_a_bar_before_a_workplace_or_a_job_names_no_second_person() -> None:
    assert bar_joined_people("Ana Ruiz | Acme Labs") == []
    assert bar_joined_people("Ana Ruiz | Senior Engineer") == []
    assert bar_joined_people("Ana Ruiz | Freelance") == []
    assert bar_joined_people("Ana Ruiz") == []
    assert [p.name for p in bar_joined_people("Ana Ruiz | Bo Lindqvist")] == [
        "Ana Ruiz",
        "Bo Lindqvist",
    ]


# ------------------------------------------- "Mila": a given name and an institute's name

_AUTHORS_CSV = """Time,Title,Authors,Type
09:00,Opening
09:30,"Graphs of Small Programs","Marco Bellini, Mila Dalla Torre, and Ugo Ferri",Paper
10:00,"Counting Loops Carefully","Mila Novak and Petr Svoboda",Paper
"""


def test_authors_named_mila_are_read_with_their_co_authors() -> None:
    talks = _speakers(_AUTHORS_CSV, "papers.csv")
    assert talks["Graphs of Small Programs"] == ["Marco Bellini", "Mila Dalla Torre", "Ugo Ferri"]
    assert talks["Counting Loops Carefully"] == ["Mila Novak", "Petr Svoboda"]


def test_the_institute_named_mila_stays_a_workplace() -> None:
    assert is_organisation("Mila")
    assert is_organisation("MILA")
    assert is_organisation("Mila - Quebec AI Institute")
    assert not is_organisation("Mila de Souza")
    # "Ana Ruiz (Mila)": where she works, no second person
    assert [p.name for p in split_speakers("Ana Ruiz (Mila)")] == ["Ana Ruiz"]
    assert [p.name for p in split_speakers("Ana Ruiz, Mila")] == ["Ana Ruiz"]


# ------------------------------------------- a name's heading over its talk's quoted title

_DAY_NOTES_EN = """# Priya Nair - Profiling without tears
Flame graphs first, then guesses.

# Oskar
OSKAR LINDHOLM
“Running old games in the browser"

Emulators, save states.

# Wen Li - Gardens of small services
Fewer queues.
"""

_DAY_NOTES_DE = """# Jonas
Jonas Weber
„Tests, die nicht lügen“

Eigenschaften statt Beispiele.

# Petra Kühn - Caches ohne Kummer
Lieber invalidieren als raten.
"""

_DAY_NOTES_FR = """## Claire Dubois
« Des cartes qui se dessinent seules »

Tuiles vectorielles, styles.

## Marc Petit - Les files d'attente
Moins de files.
"""


def test_a_given_name_heading_over_the_full_name_and_a_quoted_title() -> None:
    talks = _speakers(_DAY_NOTES_EN, "day-2.md")
    assert talks["Running old games in the browser"] == ["OSKAR LINDHOLM"]
    assert "Oskar" not in talks
    assert talks["Profiling without tears"] == ["Priya Nair"]


def test_the_quoted_title_under_a_name_in_german_quotes() -> None:
    talks = _speakers(_DAY_NOTES_DE, "tag-1.md")
    assert talks["Tests, die nicht lügen"] == ["Jonas Weber"]


def test_a_full_name_heading_over_a_title_in_guillemets() -> None:
    talks = _speakers(_DAY_NOTES_FR, "jour-1.md")
    assert talks["Des cartes qui se dessinent seules"] == ["Claire Dubois"]


_NOT_A_NAME = """# Opening
“Welcome, everyone, and find a seat"

Coffee is outside.

# Sinatra
“Small apps stay small"

# Ana Ruiz - Tides of data
Notes.
"""


def test_a_quote_under_a_heading_that_names_no_one_stays_a_quote() -> None:
    talks = _speakers(_NOT_A_NAME, "day-3.md")
    people = {name for names in talks.values() for name in names}
    assert people == {"Ana Ruiz"}
    assert "Welcome, everyone, and find a seat" not in talks
    assert "Small apps stay small" not in talks


# ------------------------------------------- one event's name before every note's colon


def test_the_head_every_note_shares_before_its_colon_names_the_event(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "notes",
        {
            "Lac Numérique : les index.md": "# Lac Numérique : les index\n"
            "_Léa Fontaine_ - **Datagrain**\n\n## B-arbres\nDes pages.\n",
            "Lac Numérique : le cache.md": "# Lac Numérique : le cache\n"
            "Par Hugo Marchand - **Nuage SA**\n\n## Expiration\nCourte.\n",
        },
    )
    assert {p.name for p in read.values()} == {"Lac Numérique"}
    assert talk_speakers(read) == {
        "les index": ["Léa Fontaine"],
        "le cache": ["Hugo Marchand"],
    }
    assert all("Lac Numérique :" in t.body for p in read.values() for t in p.talks)


def test_an_event_head_with_a_plain_colon_in_english(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "stuff",
        {
            "a.md": "# Harbour Days: Graphs at scale\nBy Maya Okafor\n\nEdges.\n",
            "b.md": "# Harbour Days: Quiet queues\nBy Tomas Berg\n\nBackpressure.\n",
            "c.md": "# Harbour Days: Small models\nBy Ines Costa\n\nDistillation.\n",
        },
    )
    assert {p.name for p in read.values()} == {"Harbour Days"}
    assert set(talk_speakers(read)) == {"Graphs at scale", "Quiet queues", "Small models"}


def test_a_kind_of_talk_or_the_speaker_before_the_colon_names_no_event(
    tmp_path: Path,
) -> None:
    kinds = read_files(
        tmp_path / "kinds",
        {
            "k1.md": "# Keynote: Rivers of logs\nBy Maya Okafor\n\nLogs.\n",
            "k2.md": "# Keynote: Slow tests\nBy Tomas Berg\n\nTests.\n",
        },
    )
    assert {p.name for p in kinds.values()} != {"Keynote"}
    own = read_files(
        tmp_path / "own",
        {
            "o1.md": "# Maya Okafor: Rivers of logs\n\nLogs.\n",
            "o2.md": "# Maya Okafor: Slow tests\n\nTests.\n",
        },
    )
    assert {p.name for p in own.values()} != {"Maya Okafor"}


# ------------------------------------------- a description that names its item's kind

_SESSIONS_JSON = """[
  {"id": 1, "title": "Des tests qui parlent métier", "subtitle": "", "speakers": [11],
   "description": "Vous voulez coder ? Alors cet atelier est pour vous, apportez un portable."},
  {"id": 2, "title": "Flaky builds and why they happen", "subtitle": "", "speakers": [12],
   "description": "A talk about retries. Come to the workshop tomorrow for practice."},
  {"id": 3, "title": "Kubernetes from zero", "subtitle": "", "speakers": [13],
   "description": "In this tutorial we install a cluster on three laptops."},
  {"id": 4, "title": "Eigenschaften statt Beispiele", "subtitle": "", "speakers": [14],
   "description": "In diesem Workshop schreiben wir gemeinsam Property-Tests."}
]"""


def _tags(text: str, name: str) -> dict[str, list[str]]:
    programme = parse_programme(text.encode(), name)
    return {t.title: t.tags for t in programme.talks}


def test_a_description_calling_its_item_this_workshop_tags_it() -> None:
    tags = _tags(_SESSIONS_JSON, "sessions.json")
    assert "workshop" in tags["Des tests qui parlent métier"]
    assert "workshop" in tags["Eigenschaften statt Beispiele"]
    assert "tutorial" in tags["Kubernetes from zero"]


def test_a_talk_that_mentions_a_workshop_elsewhere_stays_a_talk() -> None:
    tags = _tags(_SESSIONS_JSON, "sessions.json")
    assert "workshop" not in tags["Flaky builds and why they happen"]
