"""Folders of notes and their by-lines (stop 72, folders50): a by-line's person and where
they work (``Par Léa Martin de Octo``), an index lending its speakers so joined, a note
numbered as an outline (``# 1. Title`` over ``## 1.1. Part``), the event named after
``Notes de conférences du``."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.org_bylines import person_at_org
from tests.unit.folder_fixtures import read_files, talk_speakers
from tests.unit.importing import read


def _person(by_word: str, said: str) -> tuple[str, list[str]] | None:
    who = person_at_org(by_word, said)
    return (who[0].name, who[0].affiliations) if who else None


def test_a_by_line_names_a_person_and_where_they_work_in_its_own_language() -> None:
    assert _person("par", "Léa Martin de Octo Lyon") == ("Léa Martin", ["Octo Lyon"])
    assert _person("par", "Hugo Petit d'Ardennes Cloud") == ("Hugo Petit", ["Ardennes Cloud"])
    assert _person("Par", "Hugo Petit (@hpetit) de Nuage") == ("Hugo Petit", ["Nuage"])
    assert _person("by", "Ana Ruiz from Acme Labs") == ("Ana Ruiz", ["Acme Labs"])
    assert _person("by", "Bo Lindqvist of Initech, in room 2") == ("Bo Lindqvist", ["Initech"])
    assert _person("von", "Jonas Weber von Nordlicht GmbH") == ("Jonas Weber", ["Nordlicht GmbH"])


def test_a_names_own_particle_stays_its_name() -> None:
    # one word before the particle, or a small word after it: a family name
    assert _person("par", "Charles de Gaulle") is None
    assert _person("by", "Ana de la Cruz") is None
    assert _person("von", "Ursula von der Leyen") is None
    # another language's by-word: Portuguese names hold "de" between their parts
    assert _person("por", "João Carlos de Oliveira") is None
    # the organisation must be a name, not a sentence's small words
    assert _person("by", "Ana Ruiz from the start of the day") is None


def test_a_french_note_says_its_speaker_and_their_company_under_the_title() -> None:
    p = read(
        "# Les files d'attente\n\nPar Léa Martin de Octo Lyon\n\n"
        "## Le problème\n\n- trop de messages\n- pas assez de bras\n",
        "files.md",
    )
    talks = [t for t in p.talks if t.kind != "other"]
    assert [(t.title, [s.name for s in t.speakers]) for t in talks] == [
        ("Les files d'attente", ["Léa Martin"])
    ]
    assert talks[0].speakers[0].affiliations == ["Octo Lyon"]


def test_an_index_lends_its_entries_speakers_without_their_companies(tmp_path: Path) -> None:
    files = {
        "README.md": (
            "# Notes de conférences du RivieraConf 2031\n\n"
            '- ["Les files"](./talks/files.md) par Léa Martin de Octo Lyon\n'
            '- ["Le cache"](./talks/cache.md) par Hugo Petit d\'Ardennes Cloud\n'
        ),
        "talks/files.md": "# Les files d'attente\n\nDes notes sur les files.\n",
        "talks/cache.md": "# Le cache partagé\n\nDes notes sur le cache.\n",
    }
    read_ = read_files(tmp_path, files)
    assert talk_speakers(read_) == {
        "Les files d'attente": ["Léa Martin"],
        "Le cache partagé": ["Hugo Petit"],
    }
    assert {p.name for p in read_.values()} == {"RivieraConf 2031"}


def test_notes_of_the_talks_at_an_event_name_the_event() -> None:
    p = read(
        "# Notes from the talks at Harbour Summit 2030\n\n## Tidal queues\n\n"
        "by Ana Ruiz\n\n- queues\n\n## Shore caches\n\nby Bo Lin\n\n- caches\n",
        "notes.md",
    )
    assert p.name == "Harbour Summit 2030"
    # the notes' word alone, with no talks' word, names the event as before
    assert read("# Notes from Harbour Summit 2030\n\n## Tidal\n\nby Ana Ruiz\n", "n.md").name == (
        "Harbour Summit 2030"
    )


def _outlined(title: str, by_line: str, parts: list[str]) -> str:
    body = "".join(
        f"## 1.{i}. {part}\n\n- un point\n- un autre\n\n" for i, part in enumerate(parts, 1)
    )
    return f"# 1. {title}\n\n{by_line}\n\n{body}"


def test_a_numbered_title_over_its_by_line_is_the_talk_not_its_one_part(tmp_path: Path) -> None:
    files = {
        "queues.md": _outlined("Files d'attente", "Par Léa Martin", ["Le contexte", "Les outils"]),
        "caches.md": _outlined("Caches partagés", "Par Hugo Petit", ["Le cache"]),
    }
    assert talk_speakers(read_files(tmp_path, files)) == {
        "Files d'attente": ["Léa Martin"],
        "Caches partagés": ["Hugo Petit"],
    }


def test_an_outlined_folder_reads_its_keynote_note_as_one_talk(tmp_path: Path) -> None:
    keynote = (
        "# 1. Keynote d'ouverture\n\n## 1.1. Présentation\n\n- Par Clara Nguyen\n"
        "- le web et ses droits\n\n### 1.1.1. Un rappel\n\n- des réseaux\n\n"
        "### 1.1.2. Les traces\n\n- des journaux\n"
    )
    files = {
        "queues.md": _outlined("Files d'attente", "Par Léa Martin", ["Le contexte", "Les outils"]),
        "caches.md": _outlined("Caches partagés", "Par Hugo Petit", ["Le cache", "La fin"]),
        "keynote.md": keynote,
    }
    read_ = read_files(tmp_path, files)
    assert talk_speakers(read_)["Keynote d'ouverture"] == ["Clara Nguyen"]
    assert [t.kind for t in read_["keynote.md"].talks] == ["keynote"]


def test_a_lone_keynote_label_over_its_talk_keeps_the_talks_title(tmp_path: Path) -> None:
    # near miss: no outline numbers, so "# Keynote" stays a label over the talk's title
    files = {
        "a.md": "# Tidal queues\n\nby Ana Ruiz\n\n- queues\n",
        "b.md": "# Shore caches\n\nby Bo Lin\n\n- caches\n",
        "c.md": "# Keynote\n\n## The open harbour\n\nby Mia Chen\n\n- open\n",
    }
    assert talk_speakers(read_files(tmp_path, files))["The open harbour"] == ["Mia Chen"]


def test_a_point_of_notes_naming_someone_is_still_no_by_line(tmp_path: Path) -> None:
    # near miss: a list item that names the speaker without a by-word is a point of notes
    files = {
        "a.md": "# Tidal queues\n\nby Ana Ruiz\n\n- queues\n",
        "b.md": "# Shore caches\n\nby Bo Lin\n\n- caches\n",
        "c.md": "# Open harbours\n\n- Mia Chen\n- open data\n",
        "d.md": "# Quiet ports\n\n- by the way, Mia Chen\n- quiet data\n",
    }
    found = talk_speakers(read_files(tmp_path, files))
    assert found.get("Open harbours") == []
    assert found.get("Quiet ports") == []


def test_a_notes_heading_with_a_year_like_number_keeps_it(tmp_path: Path) -> None:
    # near miss: "2031 Roadmap" is no outline number (no dot after it)
    files = {
        "roadmap.md": "# 2031 Roadmap\n\nby Ana Ruiz\n\n- plans\n",
        "caches.md": "# Shore caches\n\nby Bo Lin\n\n- caches\n",
    }
    assert talk_speakers(read_files(tmp_path, files))["2031 Roadmap"] == ["Ana Ruiz"]
