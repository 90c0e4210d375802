"""The Markdown summary: title block, outline, notes kept, people, reading list, actions."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from confnotes.errors import UsageError
from confnotes.exporters import EXPORT_FORMATS, Selection, export, suggested_filename
from confnotes.exporters.markdown_export import date_range, time_span
from confnotes.exporters.safe_markdown import make_parser
from confnotes.model import Session
from confnotes.notebook.notebook import Notebook
from tests.unit.export_notebooks import two_day_notebook


def section(md: str, title: str) -> str:
    """The text of a level-2 section."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", md, re.S | re.M)
    assert match, title
    return match.group(1)


def outline(md: str) -> list[int]:
    tokens = make_parser().parse(md)
    return [int(t.tag[1]) for t in tokens if t.type == "heading_open"]


def test_demo_summary(demo: Path) -> None:
    nb = Notebook.open(demo)
    md = export(nb, "md", Selection(conference="relml-2025"))
    assert md.startswith("# Workshop on Reliable Machine Learning 2025\n")
    head = md.split("## Contents")[0]
    assert "Thursday 12 June 2025 (times are local, Europe/Lisbon)" in head
    assert "Room Tejo, Lisbon Congress Centre" in head
    assert "6 talks in the programme · 2 attended · 3 noted · 2 starred" in head
    assert "Organisers:** Inês Carvalho (University of Lisbon)" in head
    contents = section(md, "Contents")
    assert "[09:15–10:00 Morning keynote](#morning-keynote)" in contents
    assert "- [Reading list](#reading-list)" in contents
    # each talk with time, room, speakers and affiliations, links by kind, notes
    assert "#### Calibration Is Not Enough — Deciding When a Model Should Abstain\n" in md
    assert "Keynote · Thursday 12 June 2025, 09:15–10:00 · Tejo · ★ starred" in md
    assert "Speaker: **Amara Okafor** (Lagos Institute of Data Science)" in md
    assert "- Slides: [example.org/relml-2025/slides/okafor.pdf]" in md
    assert "##### Main points" in md and "##### Questions from the audience" in md
    assert "Word error rate doubles on the\ntwo accents" in md  # note text kept as written
    # a session holding one talk of the same name gets one heading, not two
    assert re.findall(r"^#+ Opening remarks$", md, re.M) == ["### Opening remarks"]
    assert "Posters worth a second look" in md.split("### Poster session")[1]
    people = section(md, "People")
    assert people.index("Amara Okafor") < people.index("Inês Carvalho") < people.index("João")
    reading = section(md, "Reading list")
    assert "[arXiv:2501.01234](https://arxiv.org/abs/2501.01234)" in reading
    assert "[doi:10.5555/relml.2025.017]" in reading
    assert "2502.04567" not in reading  # that talk is neither noted nor starred
    actions = section(md, "Action items")
    assert "- [ ] read: the risk–coverage paper she cited — [Calibration Is Not Enough" in actions


def test_outline_never_skips_up(tmp_path: Path, demo: Path) -> None:
    """A note's headings sit below its talk: the document's outline stays a tree."""
    for nb in (Notebook.open(demo), two_day_notebook(tmp_path / "nb")):
        levels = outline(export(nb, "md"))
        assert levels[0] == 1 and levels.count(1) == 1
        for before, after in itertools.pairwise(levels):
            assert after <= before + 1


def test_every_contents_link_points_at_a_heading(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    md = export(nb, "md")
    anchors = set(re.findall(r"\]\(#([^)]*)\)", md))
    html = export(nb, "html")
    ids = set(re.findall(r' id="([^"]+)"', html))
    assert anchors and anchors <= ids


def test_several_conferences_get_their_own_sections(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    md = export(nb, "md")
    assert md.startswith("# Conference notes\n")
    assert "## Symposium on Flows \\& Fields 2024\n" in md
    assert "## Tuesday seminar\n" in md
    assert md.index("## Tuesday seminar") < md.index("## Symposium")  # oldest first
    assert "### Monday 4 March 2024" in md and "### Tuesday 5 March 2024" in md


def test_reading_list_dedupes_and_names_sources(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    reading = section(export(nb, "md"), "Reading list")
    lines = [ln for ln in reading.splitlines() if re.match(r"\d+\. ", ln)]
    assert len(lines) == 3
    assert lines[0].startswith("1. [arXiv:2401.00001](https://arxiv.org/abs/2401.00001)")
    assert "[Flows all the way down](#talk-sff-2024-flows-all-the-way-down)" in lines[0]
    assert (
        "[Residual flows, revisited](#talk-sff-2024-residual-flows-revisited) (in your notes)"
        in lines[0]
    )
    assert lines[1].startswith("2. [doi:10.1234/ABC.5](https://doi.org/10.1234/ABC.5)")
    assert "openreview.net/forum?id=xyz" in lines[2]


def test_action_items_collected_with_their_talk(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    actions = section(export(nb, "md"), "Action items")
    items = [ln for ln in actions.splitlines() if ln.startswith("- [ ]")]
    assert items == [
        "- [ ] read: the appendix of https://arxiv.org/pdf/2401.00001v1.pdf"
        " — [Flows all the way down](#talk-sff-2024-flows-all-the-way-down)",
        "- [ ] TODO ask Bo for the slides"
        " — [Flows all the way down](#talk-sff-2024-flows-all-the-way-down)",
    ]


def test_attended_diary(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    md = export(nb, "md", Selection(conference="sff-2024", only="attended"))
    assert "**This summary:** the talks you attended (your diary) (2 talks)" in md
    assert "Flows all the way down" in md and "Residual flows, revisited" in md
    assert "Unattended oral" not in md and "Poster: fields on graphs" not in md
    assert "4 talks in the programme · 2 attended" in md  # counts describe the conference


def test_date_filters(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    md = export(nb, "md", Selection(start=date(2024, 3, 5), end=date(2024, 3, 5)))
    assert "from 5 March 2024 to 5 March 2024" in md
    assert "Poster: fields on graphs" in md
    assert "Flows all the way down" not in md
    assert "Tuesday seminar" not in md  # a conference with nothing selected is left out


def test_conference_without_matching_talks_says_so(tmp_path: Path) -> None:
    nb = two_day_notebook(tmp_path / "nb")
    md = export(nb, "md", Selection(conference="seminar-2023", only="starred"))
    assert "No talks match this export." in md


def test_talks_without_session_or_time(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    conf = nb.new_conference("Unconf", "u")
    nb.save_conference(conf)
    nb.save_talk(nb.new_talk(conf.id, "Timed", start=datetime(2024, 2, 1, 9, 30)))
    nb.save_talk(nb.new_talk(conf.id, "Whenever", body="## Thoughts\n\nfine\n"))
    md = export(nb, "md")
    assert "## Thursday 1 February 2024" in md
    assert "## Talks without a time" in md
    assert md.index("Timed") < md.index("Whenever")
    # no sessions: talks sit right under their day, notes right under the talk
    assert "### Whenever\n" in md and "#### Thoughts" in md
    assert "  - [09:30 Timed](#talk-u-timed)" in md


def test_untimed_talk_of_a_timed_session_is_on_its_day(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    session = Session("sp", "Spotlights", "spotlight", datetime(2019, 12, 10, 10, 0), None, "C")
    conf = nb.new_conference("Conf", "c", sessions=[session])
    nb.save_conference(conf)
    nb.save_talk(nb.new_talk(conf.id, "Untimed spotlight", session="sp"))
    md = export(nb, "md")
    assert "Talks without a time" not in md
    assert "| 10:00 | [Untimed spotlight](#talk-c-untimed-spotlight) |  | C |  |" in md
    selected = export(nb, "json", Selection(start=date(2019, 12, 10), end=date(2019, 12, 10)))
    assert "Untimed spotlight" in selected
    assert "Untimed spotlight" not in export(nb, "md", Selection(start=date(2019, 12, 11)))


def test_note_text_is_never_touched_by_anchor_resolution(tmp_path: Path) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    conf = nb.new_conference("Conf", "c")
    nb.save_conference(conf)
    odd = "private use \ue000c/a\ue001 and \ue000x\ue001 stay\n"
    nb.save_talk(nb.new_talk(conf.id, "A", body=odd))
    nb.save_talk(nb.new_talk(conf.id, "B", body="TODO \ue000x\ue001\n"))
    md = export(nb, "md")
    assert odd.rstrip("\n") in md
    assert "TODO \ue000x\ue001 — [B](#talk-c-b)" in md


def test_unknown_format_and_helpers(demo: Path) -> None:
    nb = Notebook.open(demo)
    with pytest.raises(UsageError, match="unknown export format 'pdf'"):
        export(nb, "pdf")
    assert list(EXPORT_FORMATS) == ["md", "html", "json", "bibtex", "csl-json", "ris", "ics"]
    assert suggested_filename(Selection("relml-2025", "attended"), "bibtex") == (
        "relml-2025-attended.bib"
    )
    assert suggested_filename(Selection(), "html") == "confnotes.html"


def test_dates_and_times_in_words() -> None:
    assert date_range(date(2024, 3, 4), date(2024, 3, 5)) == "4–5 March 2024"
    assert date_range(date(2024, 6, 30), date(2024, 7, 2)) == "30 June – 2 July 2024"
    assert date_range(date(2024, 12, 30), date(2025, 1, 2)) == "30 December 2024 – 2 January 2025"
    assert date_range(date(2024, 3, 4), None) == "Monday 4 March 2024"
    assert time_span(datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 10, 30)) == "09:00–10:30"
    assert time_span(datetime(2024, 1, 1, 22), datetime(2024, 1, 2, 1)) == (
        "22:00 – 2 January 2024 01:00"
    )
