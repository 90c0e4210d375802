"""A timetable cell that labels its speaker's line in Chinese (``講者：``) and writes the
person among their organisation, department and job title, side by side (issue 33): the
one part that is a name is the speaker, the parts before it their affiliation; an
introducer's line (``引言人：``) names a chair, not a title; kinds and breaks read in
traditional script too. The page is written for this test."""

from __future__ import annotations

from confnotes.importers.persons import person_among
from confnotes.importers.registry import parse_programme

PAGE = """\
<html><body>
<h1>港口研討會 2031</h1>
<h2>2031/05/20</h2>
<table>
<tr><td>09:00~10:00</td><td>
<b>專題演講：潮汐與小港口</b><br>
講者：國立海洋大學 海洋工程學系 陳海生 講座教授 <br>
引言人：國立港都大學 航運管理學系 林一舟 教授<br>
(國際會議廳)<br>
</td></tr>
<tr><td>10:00~10:15</td><td>休息 &amp; 點心 (交誼廳)</td></tr>
<tr><td>10:15~11:15</td><td>
<b>專題演講：渡輪與時刻表</b><br>
講者：港都電信研究院 黃志明 院長 <br>
(國際會議廳)<br>
</td></tr>
</table>
</body></html>
"""


def test_a_labelled_speaker_among_organisation_and_job_title() -> None:
    p = parse_programme(PAGE.encode(), "programme.html")
    talks = {t.title: t for t in p.talks}
    first = talks["潮汐與小港口"]
    assert [s.name for s in first.speakers] == ["陳海生"]
    assert first.speakers[0].affiliations == ["國立海洋大學 海洋工程學系"]
    assert first.kind == "keynote"
    assert [s.name for s in talks["渡輪與時刻表"].speakers] == ["黃志明"]
    assert "林一舟" in {r.person.name for r in p.roles if r.role == "chair"}
    assert "休息 & 點心 (交誼廳)" not in talks  # a break, a block of the day


def test_no_part_or_two_parts_that_are_names_is_nobody() -> None:
    assert person_among("國立海洋大學 海洋工程學系 講座教授") == []
    assert person_among("陳海生 林一舟") == []
