"""Folders of talk notes and posts about one talk (issue 33, stop 52): a file opening on
its title heading over parts written at the same level, or on its title as a plain line;
a day's ``# Title - Name`` headings beside stubs naming a room; a part's label written
twice is nobody's card; a post's subtitle under a title that names the speaker."""

from __future__ import annotations

from pathlib import Path

from confnotes.importers.headings import read_heading
from confnotes.importers.registry import read_programme
from confnotes.importers.sources import read_folder
from tests.unit.folder_fixtures import read_files, talk_speakers

CORPUS = Path(__file__).parents[1] / "data" / "importers" / "corpus52d"


def test_a_file_opening_on_its_title_heading_is_titled_by_it_over_level_one_parts() -> None:
    root = CORPUS / "harbourconf2031"
    files = sorted(str(f) for f in root.iterdir())
    read, together = read_folder(str(root), files)
    assert together
    assert set(talk_speakers(read)) == {
        "Caching (Why your cache lies to you)",
        "Colas de mensajes en producción",
        "Gradual typing im Alltag",
        "Edge functions",
        "Accessible forms",
        "Concurrency for the next version",
    }


def test_a_first_line_that_is_a_sentence_titles_no_file(tmp_path: Path) -> None:
    talks = talk_speakers(
        read_files(
            tmp_path / "tidewater2030",
            {
                "tide_1_cache.md": "We queued at the door for this one.\n\n# Locks\n\n- one\n",
                "tide_2_logs.md": "# Registros sin ruido\n\n- menos\n\n# Niveles\n\n- info\n",
                "tide_3_forms.md": "# Formulare für alle\n\n## Fehler\n\ntext\n",
            },
        )
    )
    assert "We queued at the door for this one." not in talks


def test_day_headings_naming_speakers_are_the_talks_beside_stubs_naming_rooms(
    tmp_path: Path,
) -> None:
    day = (
        "# Shipping small - Ingrid Solberg\n\nnotes\n\n### Start early\n\n"
        "# Mentoring - Tomás Ferreira\n### Reading circle\nweekly\n\n### Demos\nshort\n\n"
        "#### Why\n\nlearn\n\n#### Rules\n\nshort\n\n#### First steps\n\none team\n\n"
        "#### Hosts\n\nrotate\n\n#### Drop-outs\n\nask\n\n"
        "# Profiling allocations - Hall B\n# A tiny type checker - Room 2\n"
        "# Honest changelogs - Hall A\n"
    )
    talks = talk_speakers(read_files(tmp_path / "nordruby2031", {"day-1.md": day, "day-2.md": day}))
    assert talks == {
        "Shipping small": ["Ingrid Solberg"],
        "Mentoring": ["Tomás Ferreira"],
        "Profiling allocations": [],
        "A tiny type checker": [],
        "Honest changelogs": [],
    }


def test_a_room_after_a_titles_dash_is_where_not_who() -> None:
    talk = read_heading("Improving coverage - Grand Ballroom A")
    assert (talk.title, talk.room, talk.speakers) == ("Improving coverage", "Grand Ballroom A", [])
    assert read_heading("Why rooms matter - Room 101").title == "Why rooms matter"
    assert read_heading("Keeping time - Ana Ruiz").speakers[0].name == "Ana Ruiz"


def test_the_column_of_a_days_headings_says_who_when_both_sides_read_as_people(
    tmp_path: Path,
) -> None:
    text = (
        '# Server Fires and Other "Small" Mistakes - Petra Lindqvist\n\nnotes\n\n'
        "# Reading fluency - Jonas Berg\n\nnotes\n\n# After the bootcamp - Mei Tanaka\n\nnotes\n"
    )
    path = tmp_path / "day-2.md"
    path.write_text(text, encoding="utf-8")
    programme = read_programme(str(path), "auto")[0]
    got = {t.title: [p.name for p in t.speakers] for t in programme.talks}
    assert got['Server Fires and Other "Small" Mistakes'] == ["Petra Lindqvist"]


def test_a_part_label_written_twice_is_nobodys_card(tmp_path: Path) -> None:
    text = (
        "# Concurrency next\n\n## Abstract\n\n* what\n\n## よくある並行処理\n\n"
        "### ロックを使う\n\n#### 欠点\n\n* 遅い\n\n### 共有しないで済ませる\n\n* コピー\n\n"
        "#### 欠点\n\n* 重い\n\n## 新しい提案(Actor)\n\n* メッセージ\n\n## 所有権の移動\n\n"
        "* 渡す\n\n## 理想的なやり方\n\n* 議論中\n"
    )
    path = tmp_path / "concurrency.md"
    path.write_text(text, encoding="utf-8")
    programme = read_programme(str(path), "auto")[0]
    assert not [p.name for t in programme.talks for p in t.speakers]


def test_a_posts_subtitle_is_the_talks_title_when_its_title_names_the_speaker(
    tmp_path: Path,
) -> None:
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: LyonJS - Animations par Claire Dubois\nsubtitle: Bouger sans nausée\n"
        "tags:\n- JavaScript\n- LyonJS\n---\n\nClaire montre des carrousels.\n\n"
        "### Préférences\n\ntexte\n\n### Performance\n\ntexte\n",
        encoding="utf-8",
    )
    programme = read_programme(str(path), "auto")[0]
    assert [(t.title, [p.name for p in t.speakers]) for t in programme.talks] == [
        ("Bouger sans nausée", ["Claire Dubois"])
    ]
    assert programme.name == "LyonJS"
