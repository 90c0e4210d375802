"""Mends of stop 62's readings, in fixtures of our own words.

- A circle before one author's name marks who presents when the page shows that as its
  convention: it circles a later author of a list, or one author in each of several
  lists. One circle before the first author of a page's one list keeps every author.
- Under a lightning heading whose items mostly carry notes, a bare item among them is a
  talk of its own (no note of its own), not a line of the note above it.
"""

from __future__ import annotations

from confnotes.importers.persons import marks_presenters, split_speakers, vouched_by
from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme
from tests.unit.importing import speakers_by_title as _speakers


def _read(text: str, source: str = "notes.md") -> Programme:
    return parse_programme(text.encode(), source)


ONE_LIST = """\
<h2>第7回河川工学セミナー</h2>
<p><u>1日目　5月14日（火）</u></p>
<p>
13:00 – 14:00「研究発表」<br>
</p>
<div style="display: flex">
    <div>R1</div>
    <div>
        <div>砂州の移動を映像で測る</div>
        <div>〇高橋　悠斗<sup>1</sup>、中野　彩<sup>2</sup></div>
        <div><sup>1</sup>山手大・工、<sup>2</sup>河川研</div>
    </div>
</div>
<div style="display: flex">
    <div>R2</div>
    <div>
        <div>堤防の浸透を見積もる簡単な方法</div>
        <div>〇松井　浩二<sup>1</sup></div>
        <div><sup>1</sup>河川研</div>
    </div>
</div>
"""


def test_one_circle_before_the_first_of_a_pages_one_list_keeps_every_author() -> None:
    speakers = _speakers(_read(ONE_LIST, "program.md"))
    assert speakers["砂州の移動を映像で測る"] == ["高橋 悠斗", "中野 彩"]
    assert speakers["堤防の浸透を見積もる簡単な方法"] == ["松井 浩二"]


SEVERAL_LISTS = ONE_LIST.replace(
    "〇松井　浩二<sup>1</sup>", "〇松井　浩二<sup>1</sup>、岡田　瞳<sup>1</sup>"
)


def test_circles_in_several_lists_mark_the_presenters() -> None:
    speakers = _speakers(_read(SEVERAL_LISTS, "program.md"))
    assert speakers["砂州の移動を映像で測る"] == ["高橋 悠斗"]
    assert speakers["堤防の浸透を見積もる簡単な方法"] == ["松井 浩二"]


def test_a_circle_before_a_later_author_marks_the_presenter_on_its_own() -> None:
    page = ONE_LIST.replace(
        "〇高橋　悠斗<sup>1</sup>、中野　彩", "高橋　悠斗<sup>1</sup>、〇中野　彩"
    )
    assert _speakers(_read(page, "program.md"))["砂州の移動を映像で測る"] == ["中野 彩"]


def test_the_documents_circles_decide_the_reading_of_one_string() -> None:
    assert not marks_presenters(ONE_LIST)
    assert marks_presenters(SEVERAL_LISTS)
    assert not marks_presenters('<div style="a; b">〇高橋　悠斗</div>\n〇 会場案内、受付\n')
    text = "〇高橋　悠斗、中野　彩"
    with vouched_by(ONE_LIST):
        assert [p.name for p in split_speakers(text)] == ["高橋 悠斗", "中野 彩"]
    with vouched_by(SEVERAL_LISTS):
        assert [p.name for p in split_speakers(text)] == ["高橋 悠斗"]


LIGHTNING = """# Dockside Meetup

## Lightning talks

- Shell one-liners
  - awk still wins
- Terminal colours
  - sixteen are enough
- Makefiles for data
- Tiny CLIs in Nim
  - one binary, no runtime
"""


def test_a_bare_item_among_lightning_talks_with_notes_is_a_talk_too() -> None:
    p = _read(LIGHTNING)
    talks = {t.title: t for t in p.talks}
    assert [t.title for t in p.talks] == [
        "Shell one-liners",
        "Terminal colours",
        "Makefiles for data",
        "Tiny CLIs in Nim",
    ]
    assert {t.kind for t in p.talks} == {"spotlight"}
    # the item above keeps its own note, byte for byte, and nothing of the bare item's
    assert talks["Terminal colours"].body == "- Terminal colours\n  - sixteen are enough\n"
    assert talks["Makefiles for data"].body == "- Makefiles for data\n"
    assert talks["Tiny CLIs in Nim"].body == "- Tiny CLIs in Nim\n  - one binary, no runtime\n"


def test_bare_items_after_the_last_noted_lightning_talk_stay_in_its_note() -> None:
    p = _read(LIGHTNING + "- Regex crosswords\n  - solved live\n- thanks to the hosts\n")
    talks = {t.title: t for t in p.talks}
    assert "thanks to the hosts" not in talks
    assert "Makefiles for data" in talks
    assert (
        talks["Regex crosswords"].body
        == "- Regex crosswords\n  - solved live\n- thanks to the hosts\n"
    )
