"""A row of a timed list that gives only a title, just before timed rows (``,Session
A,,`` in a spreadsheet, ``- title: Morning block`` in a YAML list), heads the session of
the rows after it: a session, no talk."""

from __future__ import annotations

from confnotes.importers.registry import parse_programme

_CSV = """Hour;Talk;Presenters;Format
08:30;Badges and welcome coffee
;<strong>Block A</strong>
09:00;Ranking sparse graphs quickly;Lena Vogt and Omar Haddad;Paper
09:30;Proofs that compile;Ivo Kral;Paper
10:00;Lunch
;Block B: tooling
11:00;Linters for data pipelines;Sara Nyberg;Paper
11:30;A type checker's diary;Teo Marin;Paper
"""


def test_title_only_rows_head_the_sessions_of_a_spreadsheet() -> None:
    programme = parse_programme(_CSV.encode(), "programme.csv")
    titles = [t.title for t in programme.talks if t.kind != "break"]
    assert "Block A" not in titles and "<strong>Block A</strong>" not in titles
    assert "Block B: tooling" not in titles
    sessions = {s.key: s.title for s in programme.sessions}
    assert sorted(sessions.values()) == ["Block A", "Block B: tooling"]
    by_title = {t.title: t for t in programme.talks}
    assert sessions[by_title["Proofs that compile"].session] == "Block A"
    assert sessions[by_title["A type checker's diary"].session] == "Block B: tooling"


_YAML = """- title: Morning block
- title: Sensors in old bridges
  time: "10:00"
  speaker: Hanna Lind
- title: Fixing floods with maps
  time: "10:30"
  speaker: Pau Serra
- title: Afternoon block
- title: Soil that remembers
  time: "14:00"
  speaker: Aiko Mori
- title: Bees and broadband
  time: "14:30"
  speaker: Nils Berg
"""


def test_title_only_items_head_the_sessions_of_a_yaml_list() -> None:
    programme = parse_programme(_YAML.encode(), "agenda.yaml")
    assert sorted(t.title for t in programme.talks) == [
        "Bees and broadband",
        "Fixing floods with maps",
        "Sensors in old bridges",
        "Soil that remembers",
    ]
    assert sorted(s.title for s in programme.sessions) == ["Afternoon block", "Morning block"]


def test_one_untimed_title_among_timed_talks_stays_a_talk() -> None:
    text = (
        "time,title,speaker\n"
        "09:00,Maps of the sea floor,Rosa Prieto\n"
        ",Open questions on tides\n"
        "10:00,Harbour sensors,Jon Aske\n"
        "11:00,Reading wave logs,Mia Holm\n"
    )
    programme = parse_programme(text.encode(), "talks.csv")
    assert "Open questions on tides" in [t.title for t in programme.talks]
    assert not programme.sessions
