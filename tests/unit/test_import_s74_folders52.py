"""A person's folder of notes whose files open with the speaker's line, then the same
part heading in every file (``# Overview``, ``## Résumé``): the heading is the notes'
template and the file's name is the talk's title; the speaker's line, linked or not, in
the singular or the plural, names the talk's speakers, never its title."""

from __future__ import annotations

from pathlib import Path

from tests.unit.folder_fixtures import read_files, talk_speakers


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
