"""Stop 67, helper g3: a programme table whose session cells stack a kind line, a
quoted title, notes under a label of their own (``Topics:``), then blocks of people,
each under a bare role label (``Moderators:`` / ``Speakers:``), one person a line
(``Name, where they work``). The speakers' blocks are the session's speakers, the
moderators its chairs (no speakers), whatever the session's kind and the language.
Fixtures written for these tests, in our own words."""

from __future__ import annotations

from tests.unit.importing import read as _read
from tests.unit.importing import speakers_by_title as _speakers


def _row(hours: str, kind: str, title: str, blocks: str, room: str) -> str:
    return f"""<tr><td>{hours}</td><td>
<div class="kind">{kind}</div>
<div class="title">{title}</div>
<div class="body">{blocks}</div>
</td><td>{room}</td></tr>"""


def _page(head: str, rows: list[str], preamble: str = "") -> str:
    return f"""<html><body>{preamble}
<table><thead><tr><td>{head}</td></tr></thead><tbody>
{"".join(rows)}
</tbody></table></body></html>"""


_ENGLISH = _page(
    "Time</td><td>Session</td><td>Room",
    [
        "<tr><td>08:30-09:00</td><td>Welcome coffee</td><td></td></tr>",
        _row(
            "09:00-10:30",
            "Strategy session",
            "“Tidal energy for small harbours”",
            """<p>Topics:</p><ul><li>Who pays for the grid</li><li>Storms and turbines</li></ul>
<p>Moderators:</p>
<p><span>Ana Ruiz,</span> Director, Harbour Energy Agency</p>
<p><span>Tomas Berg,</span> Adviser (Coastal Office «North»)</p>
<p>Speakers:</p>
<p><span>Bo Lindqvist,</span> Head of Research, Tidal Works (Group «Sea»)</p>
<p><span>Carla Mendes,</span> Engineer at Port of Leixoes</p>
<p><span>Dara Quinn,</span> Chief Officer, Wave Ltd</p>""",
            "Hall A",
        ),
        _row(
            "09:00-10:30",
            "Round table",
            "“Fishing quotas after 2040”",
            """<p>Moderator:</p><p><span>Eli Novak,</span> Editor, Sea Weekly</p>
<p>Speakers:</p><p><span>Femi Adeyemi,</span> Fisheries Council</p>
<p><span>Greta Holm,</span> Skipper, Holm &amp; Sons</p>""",
            "Hall B",
        ),
        "<tr><td>10:30-11:00</td><td>Coffee break</td><td></td></tr>",
    ],
    "<p>Thursday, 6 March 2031, Harbour House</p>",
)

_RUSSIAN = _page(
    "Время</td><td>Мероприятие</td><td>Зал",
    [
        _row(
            "11:00-12:30",
            "Пленарное заседание",
            "«Реки и города: кто отвечает за берега»",
            """<p>Модератор:</p><p><span>Орлова Мария Петровна,</span> Директор фонда «Берег»</p>
<p>Докладчики:</p>
<p><span>Соколов Иван Андреевич,</span> Заместитель министра природных ресурсов</p>
<p><span>Лебедь Ольга Игоревна,</span> Руководитель проекта ООО «Вода» (ГК «Поток»)</p>""",
            "Большой зал",
        ),
        "<tr><td>12:30-13:30</td><td>Обед</td><td></td></tr>",
    ],
    "<p>Пятница, 7 марта 2031 года</p>",
)

_SPANISH = _page(
    "Hora</td><td>Actividad</td><td>Sala",
    [
        _row(
            "16:00-17:00",
            "Mesa redonda",
            "«El puerto del futuro»",
            """<p>Moderadora:</p><p>Lucía Paredes, Universidad de Cádiz</p>
<p>Ponentes:</p><p>Hugo Ferrer, Autoridad Portuaria</p><p>Nuria Castells, Naviera Sur</p>
<p>Presentaciones:</p><p>Hugo Ferrer, Autoridad Portuaria</p>""",
            "Aula 2",
        ),
        _row(
            "17:00-18:00",
            "Sesión técnica",
            "«Sensores bajo el agua»",
            """<p>Ponentes:</p><p>Iker Zubiri, Centro de Robótica</p>""",
            "Aula 1",
        ),
    ],
)


def test_speakers_blocks_under_their_label_in_english() -> None:
    programme = _read(_ENGLISH, "programme.html")
    said = _speakers(programme)
    assert said["Tidal energy for small harbours"] == ["Bo Lindqvist", "Carla Mendes", "Dara Quinn"]
    assert said["Fishing quotas after 2040"] == ["Femi Adeyemi", "Greta Holm"]
    starts = {t.title: t.start for t in programme.talks}
    assert str(starts["Fishing quotas after 2040"]).endswith("09:00:00")


def test_moderators_are_no_speakers() -> None:
    programme = _read(_ENGLISH, "programme.html")
    speakers = {p.name for t in programme.talks for p in t.speakers}
    assert not speakers & {"Ana Ruiz", "Tomas Berg", "Eli Novak"}
    assert not any(t.title.startswith(("Strategy", "Round table")) for t in programme.talks)


def test_russian_surname_first_people_with_quoted_jobs() -> None:
    said = _speakers(_read(_RUSSIAN, "programma.html"))
    assert said["Реки и города: кто отвечает за берега"] == [
        "Соколов Иван Андреевич",
        "Лебедь Ольга Игоревна",
    ]
    assert not any(who for title, who in said.items() if title.startswith("Реки") is False)


def test_spanish_blocks_and_a_later_label_that_names_no_one_new() -> None:
    said = _speakers(_read(_SPANISH, "agenda.html"))
    assert said["El puerto del futuro"] == ["Hugo Ferrer", "Nuria Castells"]
    assert said["Sensores bajo el agua"] == ["Iker Zubiri"]


def test_near_miss_topics_and_unnamed_speakers_invent_no_one() -> None:
    text = _page(
        "Time</td><td>Session</td><td>Room",
        [
            _row(
                "14:00-15:00",
                "Workshop",
                "“Mapping the seabed”",
                """<p>Topics:</p><p>Sonar, lidar and divers</p><p>Open data, next steps</p>
<p>Speakers:</p><p>to be announced</p>""",
                "Lab",
            )
        ],
    )
    programme = _read(text, "programme.html")
    assert all(not t.speakers for t in programme.talks)
    assert not programme.roles
