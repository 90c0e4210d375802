"""frab XML as generators really write it: persons under the event, as a list, Keynote tracks."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

XML = """<?xml version="1.0"?>
<schedule><conference><title>Tiny Conf</title><start>2025-02-01</start>
<time_zone_name>Europe/Brussels</time_zone_name></conference>
<day index="1" date="2025-02-01"><room name="K.1">
<event id="1"><date>2025-02-01T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration>
<title>Opening the hood</title><track>Keynote</track><type>talk</type>
<person id="7">Hana Novak</person></event>
<event id="2"><date>2025-02-01T11:00:00+01:00</date><start>11:00</start><duration>00:30</duration>
<title>Packaging pains</title><type>talk</type>
<persons>Ola Berg, Jan Kowal and Speaker 3</persons></event>
</room></day></schedule>
"""


def test_persons_under_the_event_and_as_a_list_and_a_keynote_track() -> None:
    p = parse_programme(XML.encode(), "schedule.xml")
    opening, packaging = p.talks
    assert [s.name for s in opening.speakers] == ["Hana Novak"]
    assert opening.kind == "keynote"
    assert [s.name for s in packaging.speakers] == ["Ola Berg", "Jan Kowal"]  # not "Speaker 3"
