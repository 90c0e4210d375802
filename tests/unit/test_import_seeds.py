"""Each seed imports with the facts DESIGN.md §4 names; all five give one person per person."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from confnotes.importers.registry import detect_format, parse_programme
from confnotes.importers.sources import import_sources
from confnotes.notebook.notebook import Notebook
from tests.conftest import seed


def _parse(prefix: str):
    path = seed(prefix)
    data = path.read_bytes()
    return detect_format(data, str(path)), parse_programme(data, str(path))


def test_seed_001_day_notes() -> None:
    fmt, p = _parse("001")
    assert fmt == "notes"
    assert p.name == "NeurIPS 2019"
    assert p.timezone == "America/Vancouver"  # where NeurIPS 2019 met
    assert p.start == p.end == datetime(2019, 12, 10).date()
    sessions = [(s.title, s.kind, s.start, s.room) for s in p.sessions]
    assert sessions[0] == ("Orals", "oral", datetime(2019, 12, 10, 10, 5), "West Ballroom C")
    assert sessions[1] == ("Spotlights", "spotlight", None, "West Ballroom C")
    assert ("Orals", "oral", datetime(2019, 12, 10, 16, 50), "West Exhibition Hall C + B3") in (
        sessions
    )
    demos = next(s for s in p.sessions if s.title == "Demonstrations")
    assert (demos.kind, demos.start, demos.end, demos.room) == (
        "demo",
        datetime(2019, 12, 10, 17, 30),
        datetime(2019, 12, 10, 22, 30),
        "East Exhibition Hall B + C",
    )
    assert next(s for s in p.sessions if s.title == "Socials").kind == "social"
    talks = {t.title: t for t in p.talks}
    first = talks[
        "Updates of Equilibrium Prop Match Gradients of Backprop Through Time in an RNN with "
        "Static Input"
    ]
    assert first.kind == "oral"
    assert first.start == datetime(2019, 12, 10, 10, 5)
    assert first.room == "West Ballroom C"
    assert [(s.name, s.affiliations) for s in first.speakers] == [
        ("Maxence Ernoult", ["Université Paris Sud"]),
        ("Benjamin Scellier", ["Mila, University of Montreal"]),
        ("Yoshua Bengio", ["Mila"]),  # bold in the notes
    ]
    assert [(link.kind, link.label) for link in first.links] == [
        ("page", "event"),
        ("video", "3 min video"),
    ]
    assert first.source_id == "event:15732"
    assert first.body.startswith("Notes:\n\nBackpropagation:")
    assert "EqProp is difficult to scale" in first.body
    lmu = talks[
        "Legendre Memory Units: Continuous-Time Representation in Recurrent Neural Networks"
    ]
    assert [s.name for s in lmu.speakers] == ["Aaron Voelker", "Ivana Kajić", "Chris Eliasmith"]
    assert [link.kind for link in lmu.links] == ["page", "video", "slides"]
    assert "Legendre Polynomial" in lmu.body
    # a title split over two lines
    snp = talks["Sequential Neural Processes"]
    assert snp.source_id == "event:15736"
    assert [link.kind for link in snp.links] == ["page", "slides"]
    assert snp.speakers[1].affiliations == ["Electronics and Telecommunications Research Institute"]
    # a link line without its "\" still belongs to the block
    deq = talks["Deep Equilibrium Models"]
    assert [link.kind for link in deq.links] == ["page", "poster", "slides"]
    assert deq.speakers[1].name == "J. Zico Kolter"
    assert deq.speakers[1].affiliations == ["Carnegie Mellon University", "Bosch Center for AI"]
    assert "root-finding" in deq.body
    assert [link.kind for link in talks["Neural Networks with Cheap Differential Operators"].links][
        1
    ] == "poster"
    hype = talks["HYPE: A Benchmark for Human eYe Perceptual Evaluation of Generative Models"]
    assert len(hype.speakers) == 6 and hype.speakers[4].name == "Li Fei-Fei"
    assert hype.start == datetime(2019, 12, 10, 16, 50)
    twin = talks["Twin Auxilary Classifiers GAN"]
    assert ("Kun Zhang", ["CMU"]) in [(s.name, s.affiliations) for s in twin.speakers]
    # "## Spotlight 2: ..." headings are talks with the notes under them
    ebm = talks["Energy base models to generated high res images"]
    assert ebm.kind == "spotlight" and "Compositionality" in ebm.body
    # notes with no talk title are kept, never dropped
    orphan = talks["Orals 04:10"]
    assert "Score-Based Generative Modeling" in orphan.body
    assert any("notes without a talk title" in w for w in p.warnings)
    streamlit = talks["Streamlit, a new app framework for machine learning tools"]
    assert streamlit.kind == "demo"
    assert [s.name for s in streamlit.speakers] == ["Adrien Treuille", "Amanda Kelly"]
    social = talks["Inverse Problems Social"]
    assert (social.kind, social.start, social.end, social.room) == (
        "social",
        datetime(2019, 12, 10, 19, 0),
        datetime(2019, 12, 10, 22, 0),
        "West 223 + 224",
    )
    linked = [t for t in p.talks if any(link.label == "event" for link in t.links)]
    assert len(linked) == 12


def test_seed_002_jekyll_home_page() -> None:
    fmt, p = _parse("002")
    assert fmt == "jekyll"
    assert p.name == "NeurIPS 2022 Workshop on Score-Based Methods"
    assert p.series == "NeurIPS"
    assert p.start == datetime(2022, 12, 2).date()
    assert p.location == "New Orleans Convention Center"
    assert p.timezone == "America/Chicago"
    (day,) = p.sessions
    assert (day.start, day.end, day.room) == (
        datetime(2022, 12, 2, 8, 50),
        datetime(2022, 12, 2, 17, 0),
        "Room 293-294",
    )
    by_role: dict[str, list] = {}
    for r in p.roles:
        by_role.setdefault(r.role, []).append(r.person)
    assert len(by_role["keynote"]) == 6
    assert len(by_role["panelist"]) == 7
    assert len(by_role["organizer"]) == 7  # the commented-out copies are not counted again
    meng = by_role["keynote"][0]
    assert (meng.name, meng.affiliations, meng.url) == (
        "Chenlin Meng",
        ["Stanford University"],
        "https://chenlin9.github.io/",
    )
    doucet = by_role["panelist"][1]
    assert doucet.affiliations == ["University of Oxford", "DeepMind"]
    alexia = by_role["organizer"][5]
    # the live tag's affiliation, not the commented-out one
    assert alexia.affiliations == ["Samsung — SAIT AI Lab, Montreal"]
    assert [(d.label, d.date) for d in p.dates] == [
        ("Submission deadline", "2022-09-26"),
        ("Acceptance notification", "2022-10-20"),
        ("Camera ready for accepted submissions", "2022-11-25"),
    ]


def test_seed_003_jekyll_event_post() -> None:
    fmt, p = _parse("003")
    assert fmt == "jekyll"
    (talk,) = p.talks
    assert talk.title == (
        "Building Machines that Imagine and Reason: Principles and Applications of Deep "
        "Generative Models"
    )
    assert [(s.name, s.affiliations) for s in talk.speakers] == [
        ("Shakir Mohamed", ["Google DeepMind"])
    ]
    assert (talk.start, talk.end) == (datetime(2016, 10, 28, 13), datetime(2016, 10, 28, 14))
    assert talk.room == "Roberts Building 508"
    assert p.location == "Zoom"
    assert talk.abstract.startswith("Deep generative models provide a solution")
    assert "<p>" not in talk.abstract and "&#58;" not in talk.abstract
    assert "used: an imagination" in talk.abstract
    assert "\n\nDeep generative models have widespread applications" in talk.abstract
    assert talk.source_id == "http://www.csml.ucl.ac.uk/events/317"


def test_seed_004_plain_text_page() -> None:
    fmt, p = _parse("004")
    assert fmt == "text"
    assert p.name.startswith("The Symbiosis of Deep Learning and Differential Equations")
    assert p.series == "NeurIPS"
    assert p.timezone == "America/Chicago"  # "(Central Standard Time)" wins over the header
    assert p.start == datetime(2023, 12, 16).date()
    assert "Convention Center" in p.location
    talks = {t.title: t for t in p.talks}
    kim = talks["Machine learning methods for protein, peptide and antibody design"]
    assert kim.kind == "keynote"
    assert (kim.start, kim.end) == (datetime(2023, 12, 16, 8, 45), datetime(2023, 12, 16, 9, 30))
    assert [s.name for s in kim.speakers] == ["Philip M. Kim"]
    keynotes = [t for t in p.talks if t.kind == "keynote"]
    spotlights = [t for t in p.talks if t.kind == "spotlight"]
    assert len(keynotes) == 4 and len(spotlights) == 6
    assert talks[
        "TANGO: Time-reversal Latent GraphODE for Multi-Agent Dynamical Systems"
    ].start == (datetime(2023, 12, 16, 15, 0))
    assert talks["Closing remarks"].end == datetime(2023, 12, 16, 17, 30)
    sessions = [(s.title, s.kind, s.start.strftime("%H:%M")) for s in p.sessions if s.start]
    assert sessions == [
        ("Break", "break", "10:00"),
        ("Poster Session 1", "poster", "10:15"),
        ("Lunch Break", "break", "12:00"),
        ("Break", "break", "15:15"),
        ("Poster Session 2", "poster", "15:30"),
    ]
    invited = [(r.person.name, r.person.affiliations) for r in p.roles if r.role == "keynote"]
    assert invited == [
        ("Philip M. Kim", ["University of Toronto"]),
        ("Yulia Rubanova", ["Deepmind"]),
        ("Michael Bronstein", ["University of Oxford", "Twitter"]),
        ("Albert Gu", ["Carnegie Mellon", "Cartesia"]),
    ]
    organisers = [(r.person.name, r.person.affiliations) for r in p.roles if r.role == "organizer"]
    assert len(organisers) == 7
    assert organisers[0] == ("Winnie Xu", ["Stanford", "Contextual AI"])
    assert organisers[1] == ("Archis Joglekar", ["University of Michigan", "Syntensor"])
    assert organisers[-1] == ("Luca Herranz-Celotti", ["Université de Sherbrooke"])
    assert [(d.label, d.date) for d in p.dates] == [
        ("Submission Deadline", "2023-10-08"),
        ("Final Decisions", "2023-10-24"),
        ("Workshop Date", "2023-12-16"),
    ]


def _all_seeds() -> list[str]:
    return [str(seed(prefix)) for prefix in ("000", "001", "002", "003", "004")]


def test_all_seeds_make_one_person_per_person(tmp_path: Path) -> None:
    sources = _all_seeds()
    nb = Notebook.open(tmp_path / "nb", create=True)
    reports = import_sources(nb, sources)
    assert [r.error for r in reports] == [None] * 5
    assert len(nb.conferences) == 5
    names = [p.name for p in nb.people.values()]
    assert len(names) == len(set(names))
    rianne = nb.people["rianne-van-den-berg"]
    assert sorted(rianne.affiliations) == ["Google Research", "Microsoft Research"]
    assert rianne.affiliations[0] == "Microsoft Research"  # the most recent first
    aapo = [p for p in nb.people.values() if p.name.startswith("Aapo")]
    assert len(aapo) == 1
    assert len([p for p in nb.people.values() if p.name == "Yingzhen Li"]) == 1
    # the same surname is not the same person
    assert {"kun-zhang", "cheng-zhang", "yichuan-zhang"} <= set(nb.people)
    # a keynote in the schedule and in the speakers' bios is one person
    assert len([p for p in nb.people.values() if "Kim" in p.name]) == 1
    kim = next(p for p in nb.people.values() if p.name == "Philip M. Kim")
    assert kim.affiliations == ["University of Toronto"]
    assert nb.people["albert-gu"].affiliations == ["Carnegie Mellon", "Cartesia"]
    assert nb.check() == []
    rerun = import_sources(Notebook.open(tmp_path / "nb"), sources)
    assert all(not r.changed for r in rerun)
    assert merged_lines(reports)


def merged_lines(reports) -> list[str]:
    return [line for r in reports for line in r.merged]


def test_seed_001_every_talk_has_its_day_even_without_a_time() -> None:
    """The notes' day heading (and the day= of the session links) dates the talks whose
    time the notes do not give (the spotlights): none is left on an unknown day."""
    path = seed("001")
    programme = parse_programme(path.read_bytes(), path.name)
    undated = [t.title for t in programme.talks if t.start is None and t.day is None]
    assert undated == []
    assert any(t.start is None and t.day is not None for t in programme.talks)


def test_seed_000_keeps_its_about_and_call_for_papers_prose() -> None:
    _fmt, p = _parse("000")
    assert "## About" in p.description
    assert "## Call for Papers" in p.description
    assert "- imputation and acquisition of missin" in p.description  # the list under it
    assert "Deep generative models (DGMs) have become" in p.description
