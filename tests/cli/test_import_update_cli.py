"""``confnotes import --update``: the programme served again over HTTP, changed.

A local http.server serves a small frab schedule; the second version moves one
talk, drops one and adds one. Notes, stars and links survive; the dropped talk
is kept and marked cancelled; running it again changes nothing; with the
server gone the command says so and exits 1.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from confnotes.cli import main
from confnotes.model import Link
from confnotes.notebook.notebook import Notebook
from confnotes.schedule.update_marks import change_of, is_cancelled

EVENT = """
      <event guid='{guid}' id='{id}'>
        <date>2024-05-02T{start}:00+02:00</date>
        <start>{start}</start>
        <duration>00:30</duration>
        <room>{room}</room>
        <title>{title}</title>
        <type>Talk</type>
        <persons><person id='{id}'>{person}</person></persons>
      </event>"""


def programme(events: list[tuple[str, str, str, str]]) -> str:
    """A frab schedule of one day; events are (id, start, room, title)."""
    rooms: dict[str, list[str]] = {}
    for eid, start, room, title in events:
        person = PEOPLE[eid]
        guid = f"00000000-0000-4000-8000-{int(eid):012d}"
        text = EVENT.format(guid=guid, id=eid, start=start, room=room, title=title, person=person)
        rooms.setdefault(room, []).append(text)
    body = "".join(
        f"\n    <room name='{room}'>{''.join(evs)}\n    </room>" for room, evs in rooms.items()
    )
    return f"""<?xml version='1.0' encoding='utf-8' ?>
<schedule>
  <conference>
    <acronym>movecon24</acronym>
    <title>MoveCon 2024</title>
    <start>2024-05-02</start>
    <end>2024-05-02</end>
    <time_zone_name>Europe/Berlin</time_zone_name>
  </conference>
  <day index='1' date='2024-05-02'>{body}
  </day>
</schedule>
"""


PEOPLE = {"1": "Ada Lovelace", "2": "Grace Hopper", "3": "Alan Turing", "4": "Edsger Dijkstra"}

FIRST = [
    ("1", "10:00", "Hall A", "Opening the Programme"),
    ("2", "10:30", "Hall A", "A Talk That Will Move"),
    ("3", "11:00", "Hall B", "A Talk That Will Be Cancelled"),
]
SECOND = [
    ("1", "10:00", "Hall A", "Opening the Programme"),
    ("2", "14:00", "Hall B", "A Talk That Will Move"),
    ("4", "11:30", "Hall A", "A Talk Added Late"),
]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """(URL of schedule.xml, folder served) on a loopback port."""
    folder = tmp_path / "www"
    folder.mkdir()
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(folder)
    )  # a quiet handler: the test output stays readable
    handler.func.log_message = lambda *a: None  # type: ignore[attr-defined]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/schedule.xml", folder
    finally:
        httpd.shutdown()
        httpd.server_close()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_update_moves_cancels_and_adds_keeping_every_word(
    tmp_path: Path, server: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, folder = server
    nb_dir = str(tmp_path / "nb")
    (folder / "schedule.xml").write_text(programme(FIRST), encoding="utf-8")
    code, out, err = _run(capsys, "import", "--notebook", nb_dir, url)
    assert code == 0, err
    nb = Notebook.open(nb_dir)
    conf_id = next(iter(nb.conferences))
    assert "programme_sources" in (Path(nb_dir) / conf_id / "conference.yaml").read_text()
    moving = next(t for t in nb.talks.values() if t.title == "A Talk That Will Move")
    going = next(t for t in nb.talks.values() if t.title == "A Talk That Will Be Cancelled")
    moving.body, moving.starred = "My notes on the move.\n", True
    moving.links.append(Link("https://example.org/my-link", "page"))
    going.body = "Notes I took before it was cancelled.\n"
    nb.save_talk(moving)
    nb.save_talk(going)
    # a note made by hand is not on any programme: never cancelled
    code, hand, _ = _run(capsys, "new", "--notebook", nb_dir, "Hallway chat",
                         "--conference", conf_id, "--at", "2024-05-02 12:00")  # fmt: skip
    assert code == 0
    hand = hand.strip()

    (folder / "schedule.xml").write_text(programme(SECOND), encoding="utf-8")
    code, out, err = _run(capsys, "import", "--update", "--notebook", nb_dir)
    assert code == 0, err
    assert f"{conf_id}: 1 moved, 1 cancelled, 1 added, 0 changed" in out
    assert "moved: A Talk That Will Move (was Thu 10:30, Hall A, now Thu 14:00, Hall B)" in out
    assert "cancelled: A Talk That Will Be Cancelled (your note is kept)" in out
    assert "added: A Talk Added Late" in out

    nb = Notebook.open(nb_dir)
    moved = nb.talk(moving.id)
    assert moved.start is not None and moved.start.hour == 14 and moved.room == "Hall B"
    assert moved.body == "My notes on the move.\n" and moved.starred
    assert any(link.url == "https://example.org/my-link" for link in moved.links)
    assert change_of(moved) is not None and change_of(moved).kind == "moved"  # type: ignore[union-attr]
    cancelled = nb.talk(going.id)
    assert is_cancelled(cancelled)
    assert cancelled.body == "Notes I took before it was cancelled.\n"
    assert not is_cancelled(nb.talk(hand))
    assert any(t.title == "A Talk Added Late" for t in nb.talks.values())
    # the JSON export says which talks are cancelled (DESIGN §3)
    code, out, _ = _run(capsys, "export", "--notebook", nb_dir, "--format", "json")
    talks = {t["id"]: t for t in json.loads(out)["talks"]}
    assert talks[going.id]["cancelled"] is True and talks[moving.id]["cancelled"] is False
    code, out, _ = _run(capsys, "export", "--notebook", nb_dir, "--format", "md")
    assert re.search(r"# A Talk That Will Be Cancelled\n\n[^\n]*\*\*cancelled\*\*", out)

    # running it again changes nothing
    before = {p: p.read_bytes() for p in Path(nb_dir).rglob("*.md")}
    code, out, _ = _run(capsys, "import", "--update", "--notebook", nb_dir, conf_id)
    assert code == 0
    assert "0 moved, 0 cancelled, 0 added, 0 changed" in out
    assert {p: p.read_bytes() for p in Path(nb_dir).rglob("*.md")} == before


def test_update_offline_says_so_and_exits_1(
    tmp_path: Path, server: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    url, folder = server
    nb_dir = str(tmp_path / "nb")
    (folder / "schedule.xml").write_text(programme(FIRST), encoding="utf-8")
    assert _run(capsys, "import", "--notebook", nb_dir, url)[0] == 0
    (folder / "schedule.xml").unlink()  # the server answers 404, as a dead link would
    before = {p: p.read_bytes() for p in Path(nb_dir).rglob("*.md")}
    code, _out, err = _run(capsys, "import", "--update", "--notebook", nb_dir)
    assert code == 1
    assert "cannot fetch the programme" in err and "nothing was changed" in err
    assert "Traceback" not in err
    assert {p: p.read_bytes() for p in Path(nb_dir).rglob("*.md")} == before


def test_update_of_a_local_file_and_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    nb_dir = str(tmp_path / "nb")
    source = tmp_path / "schedule.xml"
    source.write_text(programme(FIRST), encoding="utf-8")
    assert _run(capsys, "import", "--notebook", nb_dir, str(source))[0] == 0
    source.write_text(programme(SECOND), encoding="utf-8")
    code, out, _ = _run(capsys, "import", "--update", "--notebook", nb_dir)
    assert code == 0 and "1 moved, 1 cancelled, 1 added" in out
    assert _run(capsys, "import", "--notebook", nb_dir)[0] == 2  # nothing to import
    assert _run(capsys, "import", "--update", "--notebook", nb_dir, "a", "b")[0] == 2
    (tmp_path / "empty").mkdir()
    code, _, err = _run(capsys, "import", "--update", "--notebook", str(tmp_path / "empty"))
    assert code == 2 and "remembers" in err


def test_update_of_a_programme_too_big_to_hold_in_memory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A programme over the in-memory limit is updated as it was imported: parsed from the
    file one talk at a time (the limit is lowered here; real ones are 20 MB)."""
    from confnotes.importers import registry

    nb_dir = str(tmp_path / "nb")
    source = tmp_path / "schedule.xml"
    source.write_text(programme(FIRST), encoding="utf-8")
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 200)
    assert source.stat().st_size > registry.MAX_SOURCE_BYTES
    assert _run(capsys, "import", "--notebook", nb_dir, str(source))[0] == 0
    source.write_text(programme(SECOND), encoding="utf-8")
    code, out, err = _run(capsys, "import", "--update", "--notebook", nb_dir)
    assert code == 0, err
    assert "1 moved, 1 cancelled, 1 added" in out


def test_update_of_a_programme_url_too_big_to_hold_in_memory(
    tmp_path: Path,
    server: tuple[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A programme URL serving more than the in-memory limit updates as it imported:
    downloaded to a temporary file, then parsed one talk at a time (it was refused as
    "larger than 20 MB", a fetch failure)."""
    from confnotes.importers import registry

    url, folder = server
    nb_dir = str(tmp_path / "nb")
    (folder / "schedule.xml").write_text(programme(FIRST), encoding="utf-8")
    monkeypatch.setattr(registry, "MAX_SOURCE_BYTES", 200)
    assert _run(capsys, "import", "--notebook", nb_dir, url)[0] == 0
    (folder / "schedule.xml").write_text(programme(SECOND), encoding="utf-8")
    code, out, err = _run(capsys, "import", "--update", "--notebook", nb_dir)
    assert code == 0, err
    assert "1 moved, 1 cancelled, 1 added" in out


def test_update_of_a_programme_that_turned_bad_says_what_is_wrong_not_offline(
    tmp_path: Path, server: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The server answers, with a broken schedule: that is no fetch failure ("offline?")
    but bad input, named as such, and nothing changes."""
    url, folder = server
    nb_dir = str(tmp_path / "nb")
    (folder / "schedule.xml").write_text(programme(FIRST), encoding="utf-8")
    assert _run(capsys, "import", "--notebook", nb_dir, url)[0] == 0
    (folder / "schedule.xml").write_text(programme(SECOND)[:400], encoding="utf-8")
    before = {p: p.read_bytes() for p in Path(nb_dir).rglob("*.md")}
    code, _out, err = _run(capsys, "import", "--update", "--notebook", nb_dir)
    assert code == 2, err
    assert "offline" not in err and "Traceback" not in err
    assert {p: p.read_bytes() for p in Path(nb_dir).rglob("*.md")} == before
