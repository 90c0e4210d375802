"""``confnotes import`` of frab XML, schedule JSON and iCalendar into a real notebook."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.importers.registry import detect_format
from confnotes.notebook.notebook import Notebook
from tests.conftest import seed

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"

MACHINE_FIXTURES = {
    "frab_pretalx.xml": "frab",
    "fosdem_nodate.xml": "frab",
    "frab_utc_dates.xml": "frab",
    "schedule_pretalx.json": "pretalx",
    "schedule_frab.json": "pretalx",
    "schedule_v2_hub.json": "pretalx",
    "pretalx_widget.json": "pretalx",
    "workshop.ics": "ical",
    "pretalx_export.ics": "ical",
}


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".confnotes" not in p.parts
    }


@pytest.mark.parametrize(("name", "expected"), sorted(MACHINE_FIXTURES.items()))
def test_registry_detects_each_machine_fixture(name: str, expected: str) -> None:
    assert detect_format((DATA / name).read_bytes(), name) == expected


def test_machine_formats_do_not_claim_the_text_fixtures() -> None:
    from confnotes.importers.formats import frab, ical, pretalx

    texts = [p for p in DATA.iterdir() if p.suffix in (".md", ".txt", ".markdown", ".html")]
    assert texts, "the text importers' fixtures are expected next to ours"
    for path in texts:
        data = path.read_bytes()
        for module in (frab, pretalx, ical):
            assert module.detect(data) < 0.2, (module.NAME, path.name)


@pytest.mark.parametrize("name", sorted(MACHINE_FIXTURES))
def test_import_then_reimport_changes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb = tmp_path / "nb"
    source = str(DATA / name)
    assert main(["--notebook", str(nb), "import", source]) == 0
    first = capsys.readouterr().out
    assert "added: talk" in first
    before = _snapshot(nb)
    assert main(["--notebook", str(nb), "import", source]) == 0
    second = capsys.readouterr().out
    assert " 0 added, 0 updated, 0 merged" in second
    assert _snapshot(nb) == before
    assert Notebook.open(nb).check() == []


def test_frab_import_into_notebook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", str(DATA / "frab_pretalx.xml")]) == 0
    nb = Notebook.open(nb_dir)
    (conf,) = nb.conferences.values()
    assert (conf.name, conf.timezone) == ("TinyCon 2024", "Europe/Berlin")
    talks = {t.title: t for t in nb.talks.values()}
    keynote = talks["Small Models, Big Notes"]
    assert keynote.kind == "keynote"
    assert (keynote.start, keynote.end) == (
        datetime(2024, 3, 14, 10),
        datetime(2024, 3, 14, 10, 45),
    )
    assert keynote.room == "Hall A"
    assert [nb.people[p].name for p in keynote.speakers] == [
        "Zoë Müller-Lindqvist",
        "Kenji Watanabe",
    ]
    assert {link.kind for link in keynote.links} == {"page", "paper", "slides"}
    # The same person on two talks is one person.
    kenji = [p for p in nb.people.values() if p.name == "Kenji Watanabe"]
    assert len(kenji) == 1
    assert kenji[0].id in talks["Hands-on: Plain-text Notebooks"].speakers
    assert any(s.kind == "break" and s.title == "Lunch break" for s in conf.sessions)


def test_reimport_of_a_moved_talk_updates_it_and_keeps_the_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb_dir = tmp_path / "nb"
    source = tmp_path / "schedule.xml"
    original = (DATA / "frab_pretalx.xml").read_text(encoding="utf-8")
    source.write_text(original, encoding="utf-8")
    assert main(["--notebook", str(nb_dir), "import", str(source)]) == 0
    nb = Notebook.open(nb_dir)
    keynote = next(t for t in nb.talks.values() if t.title == "Small Models, Big Notes")
    keynote.body = "My notes: remember the slide about decay.\n"
    nb.save_talk(keynote)
    moved = original.replace(
        "<date>2024-03-14T10:00:00+01:00</date>\n                <start>10:00</start>",
        "<date>2024-03-14T15:00:00+01:00</date>\n                <start>15:00</start>",
    ).replace(
        "<room>Hall A</room>\n                <slug>tinycon24-101",
        "<room>Hall B</room>\n                <slug>tinycon24-101",
    )
    assert moved != original
    source.write_text(moved, encoding="utf-8")
    capsys.readouterr()
    assert main(["--notebook", str(nb_dir), "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert " 0 added, 1 updated" in out
    nb = Notebook.open(nb_dir)
    again = [t for t in nb.talks.values() if t.title == "Small Models, Big Notes"]
    assert len(again) == 1
    assert again[0].start == datetime(2024, 3, 14, 15, 0)
    assert again[0].room == "Hall B"
    assert again[0].body == "My notes: remember the slide about decay.\n"


def test_widget_and_schedule_json_in_one_conference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", str(DATA / "pretalx_widget.json"),
                 "--conference", "maps-2024"]) == 0  # fmt: skip
    nb = Notebook.open(nb_dir)
    assert set(nb.conferences) == {"maps-2024"}
    conf = nb.conferences["maps-2024"]
    assert conf.timezone == "Europe/Vienna"
    titles = sorted(t.title for t in nb.talks.values())
    assert titles == ["Maps Without Borders", "Rendering Tiles at Scale"]


def test_ical_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", str(DATA / "workshop.ics")]) == 0
    out = capsys.readouterr().out
    assert "first occurrence only" in out  # the warning reaches the user
    nb = Notebook.open(nb_dir)
    (conf,) = nb.conferences.values()
    assert conf.timezone == "America/Chicago"
    talks = {t.title: t for t in nb.talks.values()}
    spotlight = talks["Calibrated Uncertainty for Everyone"]
    (sofia,) = [nb.people[p] for p in spotlight.speakers]
    assert sofia.name == "Sofía Ramírez"
    assert "Universidad de Chile" in sofia.affiliations
    assert talks["Learning to Say No"].start == datetime(2023, 12, 16, 10, 30)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            b'<?xml version="1.0"?>\n<!DOCTYPE s [\n<!ENTITY a "aaaaaaaaaa">\n'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n'
            b"<schedule><conference><title>&b;</title></conference></schedule>",
            "evil.xml:3: the XML declares an entity",
        ),
        (
            b'{"schedule": {"conference": {"title": "x",\n"days": [}}}',
            "evil.json:2: malformed JSON",
        ),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:cut", "evil.ics:2: BEGIN:VEVENT"),
    ],
)
def test_hostile_files_exit_2_with_file_and_line(
    content: bytes, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = words.split(":")[0]
    path = tmp_path / name
    path.write_bytes(content)
    nb_dir = tmp_path / "nb"
    assert main(["--notebook", str(nb_dir), "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("confnotes: error: ")
    assert words in err
    assert "Traceback" not in err
    assert not list(nb_dir.glob("*/conference.yaml"))


def test_a_bad_file_in_a_batch_does_not_lose_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.json"
    bad.write_bytes(b'{"talks": [')
    nb_dir = tmp_path / "nb"
    code = main(["--notebook", str(nb_dir), "import", str(bad), str(DATA / "schedule_frab.json")])
    assert code == 2
    assert "broken.json:1: malformed JSON" in capsys.readouterr().err
    nb = Notebook.open(nb_dir)
    assert [c.name for c in nb.conferences.values()] == ["Meadow Camp 2019"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_machine_formats_do_not_claim_the_seeds(prefix: str) -> None:
    from confnotes.importers.formats import frab, ical, pretalx

    data = seed(prefix).read_bytes()
    for module in (frab, pretalx, ical):
        assert module.detect(data) < 0.2, module.NAME


def test_import_from_a_url(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(DATA))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/schedule_pretalx.json"
        assert main(["--notebook", str(tmp_path / "nb"), "import", url]) == 0
    finally:
        server.shutdown()
        server.server_close()
    out = capsys.readouterr().out
    assert "pretalx → river-conference-2024" in out
    titles = {t.title for t in Notebook.open(tmp_path / "nb").talks.values()}
    assert "Streams of Data, Rivers of Notes" in titles
