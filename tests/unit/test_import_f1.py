"""Stop 63, helper f1: a tab's label names the day of the pane it shows."""

from __future__ import annotations

from datetime import date

from confnotes.importers import doctree, pagerecords, pagetree
from confnotes.importers.tab_panes import pane_opened, tab_labels


def _card(title: str, clock: str, who: str) -> str:
    return (
        f'<div class="session"><h3>{title}</h3><p class="when">{clock}</p>'
        f'<p class="who">{who}</p></div>\n'
    )


_TABBED = (
    "<html><body><h1>Harbour Dev Days 2031</h1>\n"
    '<ul class="nav nav-tabs">\n'
    '<li class="active"><a href="#first" data-toggle="tab">08/09/2031</a></li>\n'
    '<li><a href="#second" data-toggle="tab">09/09/2031</a></li>\n'
    "</ul>\n"
    '<div class="tab-content">\n'
    '<div class="tab-pane active" id="first">\n'
    + _card("Lighthouses for distributed tracing", "9:00 - 9:45", "Oona Pelletier")
    + _card("Tidal caching strategies", "10:00 - 10:45", "Bram Okonkwo")
    + '</div>\n<div class="tab-pane" id="second">\n'
    + _card("Anchoring flaky integration tests", "9:00 - 9:45", "Ilse Vandermeer")
    + _card("Charting a path off the monolith", "10:00 - 10:45", "Tarek Lindqvist")
    + "</div>\n</div>\n</body></html>\n"
)


def test_tab_labels_map_each_pane_to_its_tab() -> None:
    assert tab_labels(_TABBED) == {"first": "08/09/2031", "second": "09/09/2031"}


def test_tab_labels_read_aria_controls_and_data_targets() -> None:
    page = (
        '<button role="tab" aria-controls="wed">Wednesday</button>'
        '<button data-bs-target="#thu" role="tab">Thursday</button>'
        '<section id="wed">a</section><section id="thu">b</section>'
    )
    assert tab_labels(page) == {"wed": "Wednesday", "thu": "Thursday"}


def test_links_to_anchors_before_them_or_nowhere_are_no_tabs() -> None:
    page = (
        '<h2 id="top">Top</h2><a href="#top">Back to top</a>'
        '<a href="#missing">Nowhere</a><a href="#end">End</a><p id="end">x</p>'
    )
    assert tab_labels(page) == {}  # one pane only: no row of tabs


def test_pane_opened_names_the_label_where_the_pane_opens() -> None:
    labels = {"first": "08/09/2031"}
    assert pane_opened('<div class="tab-pane" id="first">', labels) == "08/09/2031"
    assert pane_opened('<div class="tab-pane" id="other">', labels) == ""


def test_each_tab_pane_takes_the_day_of_its_tab_label() -> None:
    programme = pagerecords.read(_TABBED, "tabs.html")
    assert programme is not None
    days = {t.title: t.start.date() for t in programme.talks if t.start is not None}
    assert days["Lighthouses for distributed tracing"] == date(2031, 9, 8)
    assert days["Tidal caching strategies"] == date(2031, 9, 8)
    assert days["Anchoring flaky integration tests"] == date(2031, 9, 9)
    assert days["Charting a path off the monolith"] == date(2031, 9, 9)


def test_page_units_say_the_label_where_its_pane_opens() -> None:
    doc = doctree.parse_html(_TABBED)
    said = [u.text for u in pagetree.units(doc)]
    second = said.index("09/09/2031", said.index("09/09/2031") + 1)
    assert said[second + 1] == "Anchoring flaky integration tests"
