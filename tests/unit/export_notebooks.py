"""Small notebooks for the export tests, built through the Notebook API (no seed text)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from confnotes.model import Link, Role, Session
from confnotes.notebook.notebook import Notebook

HOSTILE_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(2)",
    " javascript:alert(3)",
    "java\tscript:alert(4)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCg1KTwvc2NyaXB0Pg==",
    "vbscript:msgbox(6)",
    "file:///etc/passwd",
]


def two_day_notebook(root: Path) -> Notebook:
    """A two-day conference plus a one-talk seminar, with notes, stars, papers and tasks."""
    nb = Notebook.open(root, create=True)
    ada = nb.new_person("Ada Quispe", affiliations=["Universidad de Lima", "Inria"])
    bo = nb.new_person("Bo Lindqvist", affiliations=["KTH"], url="https://example.org/bo")
    cy = nb.new_person("Cyprien Élan", affiliations=["Mila"])
    for person in (ada, bo, cy):
        nb.save_person(person)
    conf = nb.new_conference(
        "Symposium on Flows & Fields 2024",
        "sff-2024",
        series="SFF",
        start=date(2024, 3, 4),
        end=date(2024, 3, 5),
        timezone="Europe/Stockholm",
        location="Aula Magna, Stockholm",
        url="https://example.org/sff-2024",
        people=[Role(ada.id, "organizer"), Role(bo.id, "keynote")],
        sessions=[
            Session("k1", "Opening keynote", "keynote", datetime(2024, 3, 4, 9), None, "Aula"),
            Session("o1", "Orals: flows", "oral", datetime(2024, 3, 4, 10, 30), None, "Room 2"),
            Session("p1", "Posters", "poster", datetime(2024, 3, 5, 14), None, "Hall"),
        ],
    )
    nb.save_conference(conf)
    talks = [
        nb.new_talk(
            conf.id,
            "Flows all the way down",
            kind="keynote",
            session="k1",
            start=datetime(2024, 3, 4, 9, 0),
            end=datetime(2024, 3, 4, 10, 0),
            room="Aula",
            speakers=[bo.id],
            links=[
                Link("https://arxiv.org/abs/2401.00001v2", "paper"),
                Link("https://example.org/sff/video/1", "video", "recording"),
            ],
            starred=True,
            attended=True,
            body=(
                "# Big picture\n\nFlows are everywhere.\n\n## Details\n\n"
                "- [ ] read: the appendix of https://arxiv.org/pdf/2401.00001v1.pdf\n"
                "- [x] done already TODO\n"
                "```\nTODO inside code is not an action\n```\n"
                "TODO ask Bo for the slides\n"
            ),
        ),
        nb.new_talk(
            conf.id,
            "Residual flows, revisited",
            kind="oral",
            session="o1",
            start=datetime(2024, 3, 4, 10, 30),
            end=datetime(2024, 3, 4, 10, 50),
            room="Room 2",
            speakers=[ada.id, cy.id],
            links=[
                Link("https://doi.org/10.1234/ABC.5", "paper"),
                Link("https://example.org/code/rf", "code"),
            ],
            attended=True,
            body=(
                "Setext heading\n==============\n\n"
                "Same paper: doi:10.1234/abc.5 and arXiv:2401.00001\n"
            ),
        ),
        nb.new_talk(
            conf.id,
            "Unattended oral",
            kind="oral",
            session="o1",
            start=datetime(2024, 3, 4, 10, 50),
            end=datetime(2024, 3, 4, 11, 10),
            room="Room 2",
            speakers=[cy.id],
            links=[Link("https://arxiv.org/abs/2402.99999", "paper")],
        ),
        nb.new_talk(
            conf.id,
            "Poster: fields on graphs",
            kind="poster",
            session="p1",
            start=datetime(2024, 3, 5, 14, 0),
            end=datetime(2024, 3, 5, 15, 0),
            room="Hall",
            speakers=[ada.id],
            starred=True,
            links=[Link("https://openreview.net/forum?id=xyz", "paper")],
        ),
    ]
    for talk in talks:
        nb.save_talk(talk)
    seminar = nb.new_conference("Tuesday seminar", "seminar-2023", start=date(2023, 11, 7))
    nb.save_conference(seminar)
    nb.save_talk(
        nb.new_talk(
            seminar.id,
            "A seminar on fields",
            start=datetime(2023, 11, 7, 16, 0),
            speakers=[bo.id],
            attended=True,
            body="Short note.\n",
        )
    )
    return Notebook.open(root)


def hostile_notebook(root: Path) -> Notebook:
    """Imported text that tries every way into a web page: tags, handlers, bad schemes."""
    nb = Notebook.open(root, create=True)
    evil = nb.new_person(
        "<script>alert('name')</script> Mallory",
        affiliations=['<img src=x onerror="alert(1)">'],
        url="javascript:alert('person')",
    )
    nb.save_person(evil)
    conf = nb.new_conference(
        "</title><script>alert('conf')</script>",
        "evil-con",
        start=date(2024, 1, 2),
        location="<iframe src='https://evil.example/frame'></iframe>",
        url="javascript:alert('conf-url')",
        description='<svg onload=alert(1)>\n\n<a href="javascript:alert(2)">click</a>',
        sessions=[Session("s", '"><script>alert(3)</script>', "talk")],
    )
    nb.save_conference(conf)
    links = [
        Link(url, "paper" if i % 2 else "slides", f"bad {i}") for i, url in enumerate(HOSTILE_URLS)
    ]
    links.append(Link("https://example.org/ok?a=1&b=<2>", "page", "<b>fine</b>"))
    body = "\n".join(
        [
            "# <script>alert('heading')</script>",
            "",
            "<script>alert('body')</script>",
            "",
            '<iframe src="https://evil.example/"></iframe>',
            "",
            '<img src="x" onerror="alert(7)">',
            "",
            "[click](javascript:alert(8)) [data](data:text/html,<script>alert(9)</script>)",
            "",
            "[entity](&#106;avascript:alert(10)) <javascript:alert(11)> [ref][r]",
            "",
            "![tracker](https://tracker.example/pixel.gif) ![inline](data:image/png;base64,AAAA)",
            "",
            '<a href="vbscript:x" onclick="alert(12)">a</a> <object data="x"></object>',
            "",
            "[r]: javascript:alert(13)",
            "",
            "- [ ] TODO <script>alert('todo')</script>",
            "",
            "```",
            "unclosed fence <script>",
        ]
    )
    talk = nb.new_talk(
        conf.id,
        "<img src=x onerror=alert('title')> [link](javascript:alert(14))",
        session="s",
        kind="oral",
        start=datetime(2024, 1, 2, 9, 0),
        room='"><iframe src=//evil.example>',
        speakers=[evil.id],
        links=links,
        tags=["<b>tag</b>"],
        abstract="<script>alert('abstract')</script> *not emphasis* [x](javascript:alert(15))",
        starred=True,
        body=body,
    )
    nb.save_talk(talk)
    return Notebook.open(root)
