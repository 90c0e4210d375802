"""Stop 61 (r1): conventions traced on blind34 files, each in fixtures of our own words."""

from __future__ import annotations

from confnotes.importers.bar_columns import who_field
from confnotes.importers.registry import parse_programme

_SHORT_TALK_TABLE = """---
title: Meetup day
---

<table>
  <tr><th>Time</th><th>Track</th></tr>
  <tr>
    <th>10:00 - 10:20</th>
    <td>
      <p class="title">Quick talks, round one</p>5 min each<br />
      <ul>
        <li>lumen | Drawing with shaders</li>
        <li>@quietfox | Undecided</li>
        <li>Rio (@rio_k)/ Acme Works | My first compiler</li>
      </ul>
    </td>
  </tr>
  <tr>
    <th>11:00 - 11:40</th>
    <td><p class="title">Growing a small library</p></td>
  </tr>
  <tr>
    <th>14:00 - 14:20</th>
    <td>
      <p class="title">Quick talks, round two</p>5 min each<br />
      <ul>
        <li>Mara Olsen | Testing without tears</li>
        <li>kestrel9 | Undecided</li>
        <li>@nib | Tiny robots</li>
      </ul>
    </td>
  </tr>
</table>
"""


def _talks(text: str, name: str = "page.md") -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for talk in parse_programme(text.encode(), name).talks:
        out.setdefault(talk.title, []).append([p.name for p in talk.speakers])
    return out


def test_bar_lists_whose_first_fields_carry_handles_name_their_speakers_first() -> None:
    # the page's "A | B" lists agree (handles, a full name on the left; none on the
    # right): every such line is a talk, its one-word pseudonyms speakers too
    talks = _talks(_SHORT_TALK_TABLE)
    assert talks["Drawing with shaders"] == [["lumen"]]
    assert talks["My first compiler"] == [["Rio"]]
    assert sorted(talks["Undecided"]) == [["@quietfox"], ["kestrel9"]]
    assert talks["Tiny robots"] == [["@nib"]]


def test_bar_lists_with_no_person_mark_on_the_left_stay_unread_as_speakers() -> None:
    # no handle and no name on either side: nothing says which field is whose
    text = (
        _SHORT_TALK_TABLE.replace("@quietfox", "quietfox")
        .replace("Rio (@rio_k)/ Acme Works", "Rio")
        .replace("Mara Olsen", "mara")
        .replace("@nib", "nib")
    )
    speakers = {p for who in _talks(text).values() for names in who for p in names}
    assert not speakers & {"lumen", "kestrel9", "nib", "quietfox"}


def test_a_speaker_field_keeps_its_handle_and_organisation_apart() -> None:
    person = who_field("Rio (@rio_k)/ Acme Works")
    assert person is not None
    assert (person.name, person.aliases, person.affiliations) == ("Rio", ["@rio_k"], ["Acme Works"])
    assert who_field("A sentence that is far too long to be anyone's name at all") is None
    assert who_field("TBA") is None


_LINKED_SPEAKER_ROWS = """---
title: Meetup day
---

<table>
  <tr><th>Time</th><th>Track</th></tr>
  <tr>
    <th>10:00 - 10:40</th>
    <td>
      <p class="title">Why small tools last</p>
      <p class="speaker">
        <a href="https://example.org/ines">Ines Duarte</a> / Harbour Labs<br/>
        <a href="https://example.org/ines"><img src="/img/ines.png" /></a>
      </p>
      <p class="about">A look back at ten years of tools that stayed small and useful.</p>
    </td>
  </tr>
  <tr>
    <th>11:00 - 11:40</th>
    <td>
      <p class="title">Keeping a side project alive</p>
      <p class="speaker">
        <a href="https://example.org/kai">Kai Brenner (Kaibo)</a> / Northwind
      </p>
      <p class="about">What changes when a hobby grows users.</p>
    </td>
  </tr>
</table>
"""


def test_a_linked_name_over_a_slash_and_its_organisation_is_the_rows_speaker() -> None:
    talks = parse_programme(_LINKED_SPEAKER_ROWS.encode(), "page.md").talks
    by_title = {t.title: t.speakers for t in talks}
    (ines,) = by_title["Why small tools last"]
    assert (ines.name, ines.affiliations) == ("Ines Duarte", ["Harbour Labs"])
    (kai,) = by_title["Keeping a side project alive"]
    assert (kai.name, kai.aliases, kai.affiliations) == ("Kai Brenner", ["Kaibo"], ["Northwind"])


def test_a_place_before_a_colon_and_a_day_and_hour_is_no_speaker() -> None:
    from confnotes.importers.headings import read_heading

    place = read_heading("C.E.P. Los Olivos (Norte): 14-3-21, 9:40 h. (two classes).")
    assert place.speakers == []
    talk = read_heading("Ana Ruiz: 10 ways to fail a demo")
    assert [p.name for p in talk.speakers] == ["Ana Ruiz"]


def test_a_list_of_places_and_days_invents_no_person() -> None:
    text = (
        "**Workshop: Rivers and us**, given by Nuria Pons (teacher)\n\n"
        "- C.E.P. Los Olivos (Norte): 14-3-21, 9:40 h. (two classes).\n"
        "- C.E.P. Vista Alegre: 2-4-21, 11:15 h. (one class).\n"
    )
    names = {p.name for t in parse_programme(text.encode(), "p.md").talks for p in t.speakers}
    assert not any("C.E.P" in n for n in names)


def test_a_bold_line_that_is_only_a_web_address_starts_no_talk() -> None:
    from confnotes.importers import doctree, structure

    def lead(text: str) -> str:
        root = doctree.parse_markdown(text).root
        node = next(n for n in root.walk() if n.kind == "paragraph")
        return structure._bold_lead(node)[0]

    assert lead("**https://call.example.org/abc-defg-hij**\n") == ""
    assert lead("**www.example.org/live**\n") == ""
    assert lead("**Gardens in dry summers**\n") == "Gardens in dry summers"
