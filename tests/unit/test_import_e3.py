"""Stop 61 (e3): review 61's findings 3 and 4 mended, each in fixtures of our own words."""

from __future__ import annotations

from confnotes.importers import bar_columns
from confnotes.importers.formats import ical
from confnotes.importers.persons import titled_people_line
from confnotes.importers.registry import parse_programme


def _talks(text: str, name: str = "page.md") -> dict[str, list[list[str]]]:
    out: dict[str, list[list[str]]] = {}
    for talk in parse_programme(text.encode(), name).talks:
        out.setdefault(talk.title, []).append([p.name for p in talk.speakers])
    return out


_HANDLES_THEN_RELEASES = """# Quick Talks Evening 2032

## 18:30 Lightning talks

- mira_k (@mira_k) | Regex crimes
- tobs (@tobs) | Dotfiles tour

## 19:30 Open corner

- Python | 3.14
- Go | 1.24
"""


def test_a_release_list_after_a_handle_list_is_no_talks() -> None:
    talks = _talks(_HANDLES_THEN_RELEASES)
    assert talks["Regex crimes"] == [["mira_k"]]
    assert talks["Dotfiles tour"] == [["tobs"]]
    assert "3.14" not in talks and "1.24" not in talks
    assert not {"Python", "Go"} & {p for who in talks.values() for ps in who for p in ps}


def test_a_list_with_no_mark_of_its_own_in_another_kind_of_slot_is_no_talks() -> None:
    # no number on the right and no product word on the left: only the list's own slot
    # (not a lightning block like the marked list's) keeps it from being speakers
    text = _HANDLES_THEN_RELEASES.replace(
        "- Python | 3.14\n- Go | 1.24", "- Ferro | Fast builds\n- Quill | Safe code"
    )
    talks = _talks(text)
    assert "Fast builds" not in talks and "Safe code" not in talks
    assert talks["Regex crimes"] == [["mira_k"]]


def test_an_unmarked_list_in_a_slot_of_the_marked_lists_kind_names_speakers() -> None:
    text = (
        "# Quick Talks Evening 2032\n\n"
        "## 18:30 Lightning talks\n\n"
        "- mira_k (@mira_k) | Regex crimes\n- tobs (@tobs) | Dotfiles tour\n\n"
        "## 20:00 Lightning talks\n\n"
        "- pelle | Shaders by hand\n- vixie9 | Undecided\n"
    )
    talks = _talks(text)
    assert talks["Shaders by hand"] == [["pelle"]]
    assert talks["Undecided"] == [["vixie9"]]


def test_bar_items_refuse_a_version_title_and_a_product_speaker() -> None:
    assert bar_columns.speaker_title_items(["kestrel | 2.0.1", "nib | Robots"]) is None
    assert bar_columns.speaker_title_items(["Docker | Images", "nib | Robots"]) is None
    assert bar_columns.speaker_title_items(["@the_dev | Robots", "nib | Gears"]) is not None
    assert bar_columns.marked(["@nib | Robots", "kestrel | Gears"])
    assert not bar_columns.marked(["Python | 3.14", "Go | 1.24"])


def _calendar(*events: tuple[str, str]) -> bytes:
    body = "".join(
        "BEGIN:VEVENT\r\n"
        f"UID:e3-{n}@example\r\n"
        f"DTSTART:2032061{n}T170000Z\r\n"
        f"SUMMARY:{summary}\r\n"
        f"DESCRIPTION:{description}\r\n"
        "END:VEVENT\r\n"
        for n, (summary, description) in enumerate(events)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//e3//EN\r\n{body}END:VCALENDAR\r\n".encode()


def test_a_meal_events_description_names_its_place_not_speakers() -> None:
    data = _calendar(
        ("Group dinner", "Mrs. Wong\\, Harbour Road"),
        ("Lunch", "Dr. Lena Varga\\, Noodle Bar"),
        ("Seminar", "Dr. Lena Varga\\, Dr. Piet Maas"),
    )
    talks = {t.title: [p.name for p in t.speakers] for t in ical.parse(data, "c.ics").talks}
    assert not talks.get("Group dinner") and not talks.get("Lunch")
    assert talks["Seminar"] == ["Lena Varga", "Piet Maas"]


def test_a_title_before_one_word_is_no_byline() -> None:
    assert titled_people_line("Mrs. Wong, Harbour Road") == []
    assert titled_people_line("Mrs. Wong") == []
    assert [p.name for p in titled_people_line("Prof. Dr. Lena Varga")] == ["Lena Varga"]
    # an untitled piece must be a name of two capitalised words on its own
    assert [p.name for p in titled_people_line("Piet Maas, Dr. Lena Varga")] == [
        "Piet Maas",
        "Lena Varga",
    ]
    assert titled_people_line("Dr. Lena Varga, our lab") == []
