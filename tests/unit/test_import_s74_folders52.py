"""A person's folder of notes whose files open with the speaker's line, then the same
part heading in every file (``# Overview``, ``## Résumé``): the heading is the notes'
template and the file's name is the talk's title; the speaker's line, linked or not, in
the singular or the plural, names the talk's speakers, never its title. A person's plan
of their days (nested bullets: a time over a title and a room) holds a slot's counted
alternatives (``Option 1``, ``Opción 2``) as talks at its time, reads a 12-hour clock
that goes back (``10:30`` then ``2:45``) as the afternoon, and where it writes ``Title,
Name`` and the notes ``Title`` alone, the name is the talk's speaker."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.programme import Programme
from tests.unit.folder_fixtures import read_files, talk_speakers
from tests.unit.importing import read


def test_a_part_heading_every_file_opens_with_under_its_speaker_is_no_title(
    tmp_path: Path,
) -> None:
    read = read_files(
        tmp_path / "HarbourConf 2031",
        {
            "Tides as Deadlines.md": (
                "Speaker: Marta Keskinen (Staff Engineer, Gullwing)\n\n# Overview\n"
                "- why tides matter\n\n## Queues\n- slow water\n"
            ),
            "Counting Gulls at Scale.md": (
                "Speaker: [Olaf Brekke, Seabird Lab](https://example.org/olaf)\n\n"
                "# Overview\nA census of gulls.\n\n# Method\n- drones\n"
            ),
            "Anchors.md": (
                "[Speaker: Petra Lund, Harbour Works](https://example.org/petra)\n"
                "[Slides](https://example.org/slides.pdf)\n\n"
                "# Overview(https://example.org/session/12)\n- boats\n"
            ),
        },
    )
    assert talk_speakers(read) == {
        "Tides as Deadlines": ["Marta Keskinen"],
        "Counting Gulls at Scale": ["Olaf Brekke"],
        "Anchors": ["Petra Lund"],
    }


def test_a_file_cut_at_its_template_heading_is_one_talk_titled_by_its_name(
    tmp_path: Path,
) -> None:
    read = read_files(
        tmp_path / "Jornadas del Puerto 2031",
        {
            "Mareas y plazos.md": (
                "Ponente: Lucía Ferrer\n\n## Resumen\nQué enseñan las mareas.\n\n"
                "### Colas\n- agua lenta\n"
            ),
            "Faros.md": (
                "Ponente: [Diego Ortega, Faros SA](https://example.org/diego)\n\n"
                "## Resumen\nLuz y costa.\n\n### Historia\n- piedra\n\n"
                "## ¿Cómo construimos un faro mejor?\n- con cuidado\n- con tiempo\n"
            ),
        },
    )
    assert talk_speakers(read) == {
        "Mareas y plazos": ["Lucía Ferrer"],
        "Faros": ["Diego Ortega"],
    }


def test_speakers_each_with_their_aside_and_the_plural_label(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "seaconf",
        {
            "Buoys.md": "Speaker: Ines Duarte (Tide Labs)\n\n# Overview\n- buoys\n",
            "Harbours Together.md": (
                "Speakers: Sam Ode (Tidewater), Nora Vik (Gullwing), Li Wei (Tidewater)\n\n"
                "# Overview\n- three harbours\n"
            ),
        },
    )
    assert talk_speakers(read)["Harbours Together"] == ["Sam Ode", "Nora Vik", "Li Wei"]


def test_a_linked_speaker_line_is_never_the_title_of_a_linked_titles_folder(
    tmp_path: Path,
) -> None:
    read = read_files(
        tmp_path / "riverconf",
        {
            "Slow Water.md": (
                "[Speaker: Ana Ruiz, Tide Labs](https://example.org/ana)\n\n- rivers\n- banks\n"
            ),
            "Fast Water.md": (
                "[Speaker: Bo Li, Rapids Inc](https://example.org/bo)\n\n- rapids\n- rocks\n"
            ),
        },
    )
    assert talk_speakers(read) == {"Slow Water": ["Ana Ruiz"], "Fast Water": ["Bo Li"]}


def test_near_miss_files_titled_by_their_own_heading_keep_it(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "seaconf",
        {
            "one.md": "Speaker: Ines Duarte\n\n# Maps of Slow Water\n- rivers\n",
            "two.md": "Speaker: Olaf Brekke\n\n# Counting Gulls\n- gulls\n",
        },
    )
    assert talk_speakers(read) == {
        "Maps of Slow Water": ["Ines Duarte"],
        "Counting Gulls": ["Olaf Brekke"],
    }


def test_near_miss_a_job_after_a_comma_is_no_second_speaker(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "seaconf",
        {
            "Buoys.md": "Speaker: Ines Duarte, Tide Labs\n\n# Overview\n- buoys\n",
            "Gulls.md": "Speaker: Olaf Brekke, Head of Birds (Seabird Lab)\n\n# Overview\n- g\n",
        },
    )
    assert talk_speakers(read) == {"Buoys": ["Ines Duarte"], "Gulls": ["Olaf Brekke"]}


def test_near_miss_a_heading_only_one_file_opens_with_stays_its_title(tmp_path: Path) -> None:
    read = read_files(
        tmp_path / "seaconf",
        {
            "a.md": "Speaker: Ines Duarte\n\n# Overview of Tides\n- tides\n",
            "b.md": "Speaker: Olaf Brekke\n\n# Gull Census\n- gulls\n",
        },
    )
    assert set(talk_speakers(read)) == {"Overview of Tides", "Gull Census"}


# A person's plan of a day: nested bullets, a time over each talk's title and room.

_PLAN_EN = """# Harbour Days 2031

## My plan

### Thursday, May 8, 2031

- 9:00
  - Opening words
  - Hall A
- 10:30
  - Tides as Deadlines
  - Hall B
- 1:15
  - Option 1
    - Counting Gulls at Scale
    - Hall A
  - Option 2
    - Buoys That Talk Back
    - Hall C
- 2:45
  - Anchors and Chains
  - Hall B
"""

_PLAN_ES = """# Jornadas del Puerto 2031

## Mi agenda

### Jueves, 8 de mayo de 2031

- 9:00
  - Bienvenida
  - Sala 1
- 10:00
  - Faros del norte
  - Sala 2
- 12:30
  - Opción 1
    - Mareas y plazos
    - Sala 1
  - Opción 2
    - Redes de pesca abiertas
    - Sala 3
- 1:30
  - Boyas que responden
  - Sala 2
"""


def _clock(programme: Programme) -> dict[str, str]:
    return {t.title: t.start.strftime("%H:%M") for t in programme.talks if t.start is not None}


def test_a_slots_counted_alternatives_are_talks_at_its_time() -> None:
    english = _clock(read(_PLAN_EN, "plan.md"))
    assert english["Counting Gulls at Scale"] == english["Buoys That Talk Back"] == "13:15"
    assert "Option 1" not in english
    spanish = _clock(read(_PLAN_ES, "agenda.md"))
    assert spanish["Mareas y plazos"] == spanish["Redes de pesca abiertas"] == "12:30"
    assert spanish["Boyas que responden"] == "13:30"


def test_an_hour_after_the_mornings_later_hour_is_the_afternoon() -> None:
    starts = _clock(read(_PLAN_EN, "plan.md"))
    assert starts["Tides as Deadlines"] == "10:30"
    assert starts["Anchors and Chains"] == "14:45"  # "2:45" after "10:30", no noon written


def test_near_miss_items_under_a_slot_that_count_nothing_stay_one_talk() -> None:
    text = _PLAN_EN.replace("Option 1", "Counting Gulls").replace("Option 2", "Upstairs")
    starts = _clock(read(text, "plan.md"))
    assert "Buoys That Talk Back" not in starts
    text = _PLAN_EN.replace("Option 2", "Track 2")  # two labels, no one list of options
    assert "Buoys That Talk Back" not in _clock(read(text, "plan.md"))


def test_near_miss_an_afternoon_without_a_morning_keeps_its_hours() -> None:
    text = """# Evening meetup 2031

### Friday, May 9, 2031

- 3:00
  - Welcome back
  - Room 1
- 4:00
  - Slow Water
  - Room 1
- 5:00
  - Fast Water
  - Room 2
"""
    starts = _clock(read(text, "plan.md"))
    assert starts["Slow Water"] in ("04:00", "16:00")
    assert starts["Fast Water"][:2] in ("05", "17")
    assert int(starts["Fast Water"][:2]) - int(starts["Slow Water"][:2]) == 1


def test_a_plans_title_comma_name_is_its_speaker_where_the_notes_write_the_title_alone(
    tmp_path: Path,
) -> None:
    read_back = read_files(
        tmp_path / "harbourdays-2031",
        {
            "README.md": (
                "# Harbour Days 2031\n\n### Thursday, May 8, 2031\n\n"
                "- 10:30\n  - Tides, Queues, and You, Marta Keskinen\n  - Hall B\n"
                "- 11:30\n  - Counting Gulls\n  - Hall A\n"
                "- 1:15\n  - Rust, Python, and Go\n  - Hall C\n"
            ),
            "thursday.md": (
                "# Thursday\n\n## Tides, Queues, and You\n\n- queues ebb\n\n"
                "## Counting Gulls, Olaf Brekke\n\n- drones count\n"
            ),
        },
    )
    talks = talk_speakers(read_back)
    assert talks["Tides, Queues, and You"] == ["Marta Keskinen"]
    assert talks["Counting Gulls"] == ["Olaf Brekke"]
    assert talks["Rust, Python, and Go"] == []  # no file writes it shorter


def test_a_comma_name_in_german_notes_where_the_plan_writes_the_title(tmp_path: Path) -> None:
    read_back = read_files(
        tmp_path / "hafentage-2031",
        {
            "README.md": (
                "# Hafentage 2031\n\n### Donnerstag, 8. Mai 2031\n\n"
                "- 9:30\n  - Begrüßung\n  - Saal A\n"
                "- 10:30\n  - Gezeiten als Fristen\n  - Saal B\n"
                "- 11:30\n  - Möwen zählen\n  - Saal A\n"
                "- 2:00\n  - Anker und Ketten\n  - Saal C\n"
            ),
            "donnerstag.md": (
                "# Donnerstag, 8. Mai 2031\n\n"
                "## Gezeiten als Fristen, Jonas Weber ([Video](https://example.org/v/1))\n\n"
                "- Ebbe\n\n## Möwen zählen ([Video](https://example.org/v/2))\n\n- Drohnen\n\n"
                "## Anker und Ketten ([Video](https://example.org/v/3))\n\n- Häfen\n"
            ),
        },
    )
    assert talk_speakers(read_back)["Gezeiten als Fristen"] == ["Jonas Weber"]


def test_a_readme_listing_its_notes_by_their_forge_address_is_their_index(
    tmp_path: Path,
) -> None:
    base = "https://github.com/ana/sea-notes/blob/main/HarbourConf2031"
    read_back = read_files(
        tmp_path / "sea-notes",
        {
            "README.md": (
                "# Sea notes\nNotes from HarbourConf 2031\n\n### Data / Ops\n"
                f"- [Tides as Deadlines]({base}/Tides%20as%20Deadlines.md)\n"
                f"- [Counting Gulls]({base}/Counting%20Gulls.md)\n\n### Art / Sound Design\n"
                f"- [Buoys That Talk Back]({base}/Buoys%20That%20Talk%20Back.md)\n"
            ),
            "HarbourConf2031/Tides as Deadlines.md": "Speaker: Marta Keskinen\n\n- ebb\n",
            "HarbourConf2031/Counting Gulls.md": "Speaker: Olaf Brekke\n\n- drones\n",
            "HarbourConf2031/Buoys That Talk Back.md": "Speaker: Ines Duarte\n\n- bells\n",
        },
    )
    assert talk_speakers(read_back) == {
        "Tides as Deadlines": ["Marta Keskinen"],
        "Counting Gulls": ["Olaf Brekke"],
        "Buoys That Talk Back": ["Ines Duarte"],
    }


def test_a_gitlab_address_of_a_note_in_a_french_index(tmp_path: Path) -> None:
    base = "https://gitlab.com/lea/notes-mer/-/blob/master"
    read_back = read_files(
        tmp_path / "notes-mer",
        {
            "index.md": (
                "# Mes notes\n\n"
                f"- [Les marées comme échéances]({base}/marees.md)\n"
                f"- [Compter les mouettes]({base}/mouettes.md)\n"
                f"- [Des bouées qui répondent]({base}/bouees.md)\n"
            ),
            "marees.md": "# Les marées comme échéances\n\nIntervenante : Léa Martin\n\n- reflux\n",
            "mouettes.md": "# Compter les mouettes\n\nIntervenant : Hugo Petit\n\n- drones\n",
            "bouees.md": "# Des bouées qui répondent\n\nIntervenante : Chloé Roux\n\n- cloches\n",
        },
    )
    talks = talk_speakers(read_back)
    assert set(talks) == {
        "Les marées comme échéances",
        "Compter les mouettes",
        "Des bouées qui répondent",
    }


def test_near_miss_forge_addresses_that_are_no_notes_file() -> None:
    from confnotes.importers.notefiles import forge_path, is_notes_file

    assert forge_path("https://github.com/ana/sea-notes/blob/main/a/b.md") == "a/b.md"
    assert is_notes_file("https://codeberg.org/ana/notes/src/branch/main/day-1.md")
    assert not is_notes_file("https://github.com/ana/sea-notes")  # a repository's page
    assert not is_notes_file("https://github.com/ana/sea-notes/blob/main/slides.pdf")
    assert not is_notes_file("https://example.org/blob/main/notes.md")  # no forge


def test_an_undated_readme_heading_over_a_line_naming_the_dated_event(tmp_path: Path) -> None:
    read_back = read_files(
        tmp_path / "talk-notes",
        {
            "README.md": (
                "# Sea Talks\nNotes I took at Harbour:Days 2031\n\n"
                "- [Tides as Deadlines](tides.md)\n- [Counting Gulls](gulls.md)\n"
            ),
            "tides.md": "# Tides as Deadlines\n\nSpeaker: Marta Keskinen\n\n- ebb\n",
            "gulls.md": "# Counting Gulls\n\nSpeaker: Olaf Brekke\n\n- drones\n",
        },
    )
    assert {p.name for p in read_back.values()} == {"Harbour:Days 2031"}


def test_near_miss_a_dated_heading_keeps_its_name_over_the_prose(tmp_path: Path) -> None:
    read_back = read_files(
        tmp_path / "talk-notes",
        {
            "README.md": (
                "# Jornadas del Puerto 2031\nApuntes tomados en Vigo en Mayo 2031\n\n"
                "- [Mareas y plazos](mareas.md)\n- [Faros](faros.md)\n"
            ),
            "mareas.md": "# Mareas y plazos\n\nPonente: Lucía Ferrer\n\n- reflujo\n",
            "faros.md": "# Faros\n\nPonente: Diego Ortega\n\n- luz\n",
        },
    )
    assert {p.name for p in read_back.values()} == {"Jornadas del Puerto 2031"}


def test_near_miss_an_undated_heading_over_a_year_without_a_name(tmp_path: Path) -> None:
    read_back = read_files(
        tmp_path / "talk-notes",
        {
            "README.md": (
                "# Harbour Days\nnotes from the 2031 edition, taken in a hurry\n\n"
                "- [Tides as Deadlines](tides.md)\n- [Counting Gulls](gulls.md)\n"
            ),
            "tides.md": "# Tides as Deadlines\n\nSpeaker: Marta Keskinen\n\n- ebb\n",
            "gulls.md": "# Counting Gulls\n\nSpeaker: Olaf Brekke\n\n- drones\n",
        },
    )
    assert "Harbour:Days" not in {p.name for p in read_back.values()}
    assert all(p.name.startswith("Harbour Days") for p in read_back.values())
