"""frab / pentabarf / pretalx schedule XML: what a user sees after importing such a file."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.formats import frab

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


def load(name: str):
    return frab.parse((DATA / name).read_bytes(), name)


def talk(programme, title):
    return next(t for t in programme.talks if t.title == title)


def test_pretalx_xml_conference_talks_speakers_rooms_times():
    p = load("frab_pretalx.xml")
    assert p.name == "TinyCon 2024"
    assert p.format == "frab"
    assert p.timezone == "Europe/Berlin"
    assert (str(p.start), str(p.end)) == ("2024-03-14", "2024-03-15")
    assert p.url == "https://pretalx.example.org/tinycon24/schedule/"
    keynote = talk(p, "Small Models, Big Notes")
    assert keynote.kind == "keynote"
    assert keynote.start == datetime(2024, 3, 14, 10, 0)
    assert keynote.end == datetime(2024, 3, 14, 10, 45)
    assert keynote.room == "Hall A"
    assert [s.name for s in keynote.speakers] == ["Zoë Müller-Lindqvist", "Kenji Watanabe"]
    assert [s.source_id for s in keynote.speakers] == ["7", "8"]
    assert keynote.tags == ["Machine Learning"]
    assert keynote.abstract.startswith("Why taking notes beats & outlasts recordings.")
    assert "A longer description" in keynote.abstract
    assert keynote.source_id == "0b9f3c1e-1111-5a5a-9c9c-000000000001"


def test_links_and_attachments_are_typed_and_feedback_dropped():
    keynote = talk(load("frab_pretalx.xml"), "Small Models, Big Notes")
    kinds = {link.kind: link.url for link in keynote.links}
    assert kinds["paper"] == "https://arxiv.org/abs/2401.01234"
    assert kinds["slides"].endswith("slides.pdf")
    assert kinds["page"] == "https://pretalx.example.org/tinycon24/talk/QX7ABC/"
    assert not any("feedback" in link.url for link in keynote.links)
    panel = talk(load("frab_pretalx.xml"), "Panel: The Future of Conference Notes")
    assert [link.kind for link in panel.links] == ["video"]


def test_types_map_to_kinds_and_breaks_become_sessions():
    p = load("frab_pretalx.xml")
    assert talk(p, "Late Night Lightning Talks").kind == "spotlight"
    workshop = talk(p, "Hands-on: Plain-text Notebooks")
    assert (workshop.kind, workshop.tags) == ("talk", ["Tools", "workshop"])
    assert talk(p, "Panel: The Future of Conference Notes").kind == "panel"
    assert "Lunch break" not in [t.title for t in p.talks]
    (lunch,) = p.sessions
    assert (lunch.title, lunch.kind, lunch.room) == ("Lunch break", "break", "Hall A")
    assert (lunch.start, lunch.end) == (datetime(2024, 3, 14, 11), datetime(2024, 3, 14, 11, 30))


def test_after_midnight_event_is_on_the_next_calendar_date():
    late = talk(load("frab_pretalx.xml"), "Late Night Lightning Talks")
    assert late.start == datetime(2024, 3, 15, 1, 30)
    assert late.end == datetime(2024, 3, 15, 2, 30)
    assert late.abstract.startswith("Five minutes each")  # the subtitle leads the abstract


def test_fosdem_style_without_date_guid_or_timezone():
    p = load("fosdem_nodate.xml")
    assert p.name == "FOSS Gathering 2025"
    assert p.timezone == "Europe/Brussels"  # from <city>, with a warning saying so
    assert any("Brussels" in w for w in p.warnings)
    assert p.location == "University Campus, Brussels"
    welcome = talk(p, "Welcome to FOSS Gathering 2025")
    assert welcome.start == datetime(2025, 2, 1, 9, 30)
    assert welcome.end == datetime(2025, 2, 1, 9, 55)
    assert welcome.abstract == "Opening words & practical matters.\n\nSecond paragraph."
    assert {link.kind for link in welcome.links} == {"slides", "video"}
    assert welcome.source_id == "4001"
    kernel = talk(p, "Thirty Years of a Kernel")
    assert kernel.end == datetime(2025, 2, 1, 10, 50)  # duration 0:50:00
    assert [s.name for s in kernel.speakers] == ["Tomás Ferreira", "Ines Dubois"]
    assert kernel.abstract == "What we learned\n\nA retrospective."
    rust = talk(p, "Rust on a Microcontroller")
    assert rust.start == datetime(2025, 2, 2, 11, 0)
    assert rust.room == "H.1302 (Depage)"
    assert rust.tags == ["Embedded devroom"]


def test_utc_date_with_local_start_and_missing_ids():
    p = load("frab_utc_dates.xml")
    assert p.timezone == "America/New_York"
    morning = talk(p, "Morning Talk")
    assert morning.start == datetime(2024, 10, 5, 9, 0)  # 13:00Z is 09:00 EDT
    assert morning.end == datetime(2024, 10, 5, 10, 0)
    social = talk(p, "Evening Social")
    assert social.start == datetime(2024, 10, 5, 20, 30)  # 00:30Z next day is 20:30 local
    assert social.kind == "social"
    assert social.source_id == ""
    assert any("without guid or id" in w and ":27:" in w for w in p.warnings)


SKELETON = """<?xml version="1.0"?>
<schedule><conference><title>T</title>{tz}</conference>
<day index="1" date="2024-05-01"><room name="R">
<event id="1">{date}<start>{start}</start><duration>00:30</duration><title>E</title></event>
</room></day></schedule>"""


@pytest.mark.parametrize(
    ("tz", "date", "start", "expected"),
    [
        # <date> labelled UTC but holding local times: <start> wins, same date.
        ("<time_zone_name>Europe/Paris</time_zone_name>", "2024-05-01T15:00:00Z", "15:00", (15, 1)),
        # No timezone at all, <date> in UTC, <start> local.
        ("", "2024-05-01T13:00:00+00:00", "15:00", (15, 1)),
        # UTC date just before midnight, local start just after: the local date is the next day.
        ("", "2024-05-01T23:30:00Z", "01:30", (1, 2)),
        # No <date>: the day's date and <start>.
        ("<time_zone_name>Asia/Tokyo</time_zone_name>", "", "09:15", (9, 1)),
    ],
)
def test_start_rules(tz, date, start, expected):
    xml = SKELETON.format(tz=tz, date=f"<date>{date}</date>" if date else "", start=start)
    (event,) = frab.parse(xml.encode(), "s.xml").talks
    assert (event.start.hour, event.start.day) == expected
    assert event.end - event.start == (datetime(2000, 1, 1, 0, 30) - datetime(2000, 1, 1))


def test_detection_claims_frab_only():
    assert frab.detect((DATA / "frab_pretalx.xml").read_bytes()) > 0.9
    assert frab.detect((DATA / "fosdem_nodate.xml").read_bytes()) > 0.9
    assert frab.detect(b"# My notes\n\n<schedule> is a word\n") == 0.0
    assert frab.detect(b"Plain text programme\n08:45 Opening\n") == 0.0
    assert frab.detect(b'<?xml version="1.0"?><rss><channel/></rss>') == 0.0
    assert frab.detect(b"\xff\xfe\x00garbage") == 0.0
    assert frab.detect(b"") == 0.0


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"", None, "empty"),
        (b"<schedule><conference><title>x</title></conference>\n<day>\n</schedule>", 3, "XML"),
        (b"<rss/>", 1, "expected <schedule>"),
        (b"<schedule>\n<day/></schedule>", 1, "<conference>"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", 1, "malformed XML"),
    ],
)
def test_bad_input_names_file_and_line(data, line, words):
    with pytest.raises(BadInputError) as info:
        frab.parse(data, "bad.xml")
    assert info.value.line == line
    assert words in str(info.value)
    assert str(info.value).startswith("bad.xml")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<schedule><conference><title>&lol9;</title></conference></schedule>"""


def test_billion_laughs_is_rejected_at_once():
    began = time.perf_counter()
    with pytest.raises(BadInputError) as info:
        frab.parse(BILLION_LAUGHS, "lol.xml")
    assert time.perf_counter() - began < 1
    assert info.value.line == 3
    assert "entity" in str(info.value)


def test_external_entities_are_never_fetched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")

    def no_network(*args, **kwargs):
        raise AssertionError("the importer tried to open a network connection")

    monkeypatch.setattr("socket.socket.connect", no_network)
    for target in (secret.as_uri(), "http://127.0.0.1:9/evil.dtd"):
        xml = (
            f'<?xml version="1.0"?>\n<!DOCTYPE s [\n<!ENTITY ext SYSTEM "{target}">\n]>\n'
            "<schedule><conference><title>&ext;</title></conference></schedule>"
        ).encode()
        with pytest.raises(BadInputError) as info:
            frab.parse(xml, "ext.xml")
        assert "TOP SECRET" not in str(info.value)
        assert info.value.line == 3
    external_dtd = (
        b'<?xml version="1.0"?>\n<!DOCTYPE schedule SYSTEM "http://127.0.0.1:9/x.dtd">\n'
        b"<schedule><conference><title>T</title></conference></schedule>"
    )
    assert frab.parse(external_dtd, "dtd.xml").name == "T"  # parsed, the DTD never fetched


def test_deep_nesting_and_oversize_are_bounded(monkeypatch: pytest.MonkeyPatch):
    deep = b"<schedule>" + b"<a>" * 5000 + b"</a>" * 5000 + b"</schedule>"
    with pytest.raises(BadInputError, match="nested"):
        frab.parse(deep, "deep.xml")
    monkeypatch.setattr("confnotes.importers.schedule_util.MAX_BYTES", 1000)
    with pytest.raises(BadInputError, match="MB"):
        frab.parse(b"<schedule>" + b" " * 2000 + b"</schedule>", "big.xml")


def test_event_count_limit(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr("confnotes.importers.schedule_util.MAX_EVENTS", 3)
    events = "".join(f"<event id='{i}'><title>E{i}</title></event>" for i in range(5))
    xml = f"<schedule><conference><title>T</title></conference><day><room>{events}</room></day>"
    xml += "</schedule>"
    with pytest.raises(BadInputError, match="more than 3 events"):
        frab.parse(xml.encode(), "many.xml")


def test_duplicate_ids_are_kept_apart():
    events = "".join(f"<event id='7'><title>E{i}</title></event>" for i in range(2))
    xml = f"<schedule><conference><title>T</title></conference><day><room>{events}</room></day>"
    xml += "</schedule>"
    p = frab.parse(xml.encode(), "dup.xml")
    assert [t.source_id for t in p.talks] == ["7", "7#2"]
    assert any("more than once" in w for w in p.warnings)


@pytest.mark.parametrize(
    "doctype",
    [
        # Parameter entities pulling in an external DTD.
        '<!DOCTYPE s [\n<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd">\n%remote;\n]>',
        # Quadratic blowup: one big entity referenced many times.
        '<!DOCTYPE s [\n<!ENTITY big "' + "x" * 50_000 + '">\n]>',
    ],
)
def test_other_entity_attacks_are_refused(doctype: str):
    xml = f'<?xml version="1.0"?>\n{doctype}\n<schedule>{"&big;" * 1000}</schedule>'
    began = time.perf_counter()
    with pytest.raises(BadInputError) as info:
        frab.parse(xml.encode(), "attack.xml")
    assert time.perf_counter() - began < 1
    assert info.value.line == 3 or info.value.line == 2
    assert "entity" in str(info.value)


def test_day_change_moves_only_small_hours_to_the_next_date():
    events = "".join(
        f"<event id='{i}'><start>{start}</start><duration>00:30</duration><title>E{i}</title>"
        "</event>"
        for i, start in enumerate(["01:30", "08:30", "23:00"])
    )
    xml = (
        "<schedule><conference><title>T</title><time_zone_name>Europe/Berlin</time_zone_name>"
        "<day_change>10:00</day_change></conference>"
        f"<day index='1' date='2024-12-27'><room name='R'>{events}</room></day></schedule>"
    )
    starts = [t.start for t in frab.parse(xml.encode(), "d.xml").talks]
    assert starts == [
        datetime(2024, 12, 28, 1, 30),  # after midnight of the programme day
        datetime(2024, 12, 27, 8, 30),  # an early talk, not the next day
        datetime(2024, 12, 27, 23, 0),
    ]


def test_conference_city_and_series_without_timezone():
    xml = (
        "<schedule><conference><title>NeurIPS 2025 Expo Day</title><city>New Orleans</city>"
        "<start>2025-12-07</start></conference><day index='1' date='2025-12-07'>"
        "<room name='Hall'><event id='1'><start>09:00</start><duration>00:30</duration>"
        "<title>Opening</title></event></room></day></schedule>"
    )
    p = frab.parse(xml.encode(), "expo.xml")
    assert p.timezone == "America/Chicago"  # a known venue city, not an IANA zone name
    assert p.series == "NeurIPS"
    assert p.talks[0].start == datetime(2025, 12, 7, 9, 0)
