"""Conventions of real programme pages read by h3: the circle that marks who presents
in a Japanese author list; a weekday in brackets after a day that has no year."""

from __future__ import annotations

from datetime import date

from confnotes.importers.persons import split_speakers
from confnotes.importers.registry import parse_programme
from confnotes.importers.when import find_date, numeric_order


def _names(text: str) -> list[str]:
    return [p.name for p in split_speakers(text, single_ok=True)]


def test_the_circled_author_is_the_one_who_presents() -> None:
    assert _names("山川　花子<sup>1</sup>、〇森本　健<sup>1,2</sup>、谷口　実<sup>2</sup>") == [
        "森本 健"
    ]
    assert _names("○Lena Okafor, Piet Brandt, Sora Ito") == ["Lena Okafor"]


def test_a_list_with_no_circle_or_every_author_circled_keeps_every_author() -> None:
    assert _names("山川　花子、森本　健") == ["山川 花子", "森本 健"]
    assert _names("〇山川　花子、〇森本　健") == ["山川 花子", "森本 健"]
    assert _names("〇谷口　実") == ["谷口 実"]


_CIRCLED_PAGE = """\
<h2>研究討論会 口頭発表</h2>
<p><u>1日目　9月11日（木）</u></p>
<p>13:00 – 14:30「口頭発表」<br></p>
<div style="display: flex">
    <div>A1</div>
    <div>
        <div>海水中の微量金属を測る新しいセンサー</div>
        <div>〇森本　健<sup>1</sup>、山川　花子<sup>1</sup>、谷口　実<sup>2</sup></div>
        <div><sup>1</sup>港大・理、<sup>2</sup>山手研</div>
    </div>
</div>
<div style="display: flex">
    <div>A2</div>
    <div>
        <div>酵素の折りたたみを追う一分子観察</div>
        <div>川端　里美<sup>1</sup>、〇石田　翔<sup>1</sup></div>
        <div><sup>1</sup>港大・工</div>
    </div>
</div>
"""


def test_a_page_of_circled_author_lists_names_only_the_presenters_as_speakers() -> None:
    programme = parse_programme(_CIRCLED_PAGE.encode(), "program.md")
    speakers = {p.name for talk in programme.talks for p in talk.speakers}
    assert {"森本 健", "石田 翔"} <= speakers
    assert not speakers & {"山川 花子", "谷口 実", "川端 里美"}


def test_a_bracketed_weekday_moves_a_yearless_day_to_the_year_it_fits() -> None:
    # 11 September is a Thursday in 2025, not in 2024 (the year a page was posted)
    assert find_date("2日目　9月11日（木）", 2024) == (date(2025, 9, 11), False)
    assert find_date("9月11日(Thu)", 2024) == (date(2025, 9, 11), False)
    # the weekday agrees with the year given, or no weekday follows: the year given
    assert find_date("9月11日（水）", 2024) == (date(2024, 9, 11), False)
    assert find_date("9月11日（会場B）", 2024) == (date(2024, 9, 11), False)
    assert find_date("2024年9月11日（木）", 2030) == (date(2024, 9, 11), True)


_SECOND_DAY = """\
<p><u>2日目　9月12日（金）</u></p>
<p>10:00 – 11:30「口頭発表」<br></p>
<div style="display: flex">
    <div>B1</div>
    <div>
        <div>深海の微生物が作る新しい抗生物質</div>
        <div>〇長谷　由紀<sup>1</sup>、岩井　徹<sup>1</sup></div>
        <div><sup>1</sup>海洋研</div>
    </div>
</div>
<div style="display: flex">
    <div>B2</div>
    <div>
        <div>光で動く分子モーターの設計</div>
        <div>〇村瀬　光<sup>1</sup>、大野　亮<sup>2</sup></div>
        <div><sup>1</sup>港大・理、<sup>2</sup>山手研</div>
    </div>
</div>
<div style="display: flex">
    <div>B3</div>
    <div>
        <div>膜たんぱく質の結晶化を速める添加剤</div>
        <div>坂口　愛<sup>1</sup>、〇福田　純<sup>1</sup></div>
        <div><sup>1</sup>港大・工</div>
    </div>
</div>
"""


def test_a_page_posted_the_year_before_its_event_dates_its_talks_by_their_weekday() -> None:
    page = "+++\ndate = '2024-12-01T10:00:00+09:00'\ntitle = 'プログラム'\n+++\n\n"
    page += _CIRCLED_PAGE + _SECOND_DAY
    programme = parse_programme(page.encode(), "program.md", shape="timetable")
    days = {t.day or (t.start.date() if t.start else None) for t in programme.talks}
    assert {date(2025, 9, 11), date(2025, 9, 12)} <= days
    assert not days & {date(2024, 9, 11), date(2024, 9, 12)}


def test_a_series_of_monthly_dates_is_read_in_the_order_that_runs_one_way() -> None:
    # every number is 12 or less: only the order of the series says day first
    text = "03/02/2030\n07/03/2030\n05/04/2030\n02/05/2030\n06/06/2030\n"
    assert numeric_order(text) == "dmy"
    assert numeric_order("02/03/2030\n03/07/2030\n04/05/2030\n05/02/2030\n06/04/2030\n") == "mdy"
    # newest first runs one way too
    assert numeric_order("06/06/2030\n02/05/2030\n05/04/2030\n07/03/2030\n03/02/2030\n") == "dmy"
    # too few dates, or both readings running one way: undecided
    assert numeric_order("03/02/2030\n07/03/2030\n") is None
    assert numeric_order("01/02/2030\n01/03/2030\n02/03/2030\n02/04/2030\n") is None


_SERIES_README = """\
# Encontros
Palestras de cada encontro

## 2030
### Encontro #1

* Data: 03/02/2030

* Local: Casa do Estudante

**Programação:**

* [Testes que contam histórias](https://example.org/e1/testes) (Rita Valente)

* [Filas sem dor com Python](https://example.org/e1/filas) (Otávio Brandão)

### Encontro #2

* Data: 07/03/2030

* Local: Biblioteca Central

**Programação:**

* [Mapas interativos no navegador](https://example.org/e2/mapas) (Lívia Paranhos)

* [Automatizando planilhas](https://example.org/e2/planilhas) (Caio Tenório)

### Encontro #3

* Data: 05/04/2030

* Local: Casa do Estudante

**Programação:**

* [Tipos estáticos sem medo](https://example.org/e3/tipos) (Rita Valente)

* [Começando com dados abertos](https://example.org/e3/dados) (Nara Figueiró)

### Encontro #4

* Data: 02/05/2030

**Programação:**

* [Jogos de terminal em uma tarde](https://example.org/e4/jogos) (Caio Tenório)

### Encontro #5

* Data: 06/06/2030

**Programação:**

* [Pacotes que instalam de primeira](https://example.org/e5/pacotes) (Lívia Paranhos)
"""


def test_a_date_field_under_each_meetup_heading_dates_the_talks_listed_under_it() -> None:
    programme = parse_programme(_SERIES_README.encode(), "README.md")
    days = {t.title: t.day for t in programme.talks}
    assert days["Testes que contam histórias"] == date(2030, 2, 3)
    assert days["Automatizando planilhas"] == date(2030, 3, 7)
    assert days["Começando com dados abertos"] == date(2030, 4, 5)
    assert days["Pacotes que instalam de primeira"] == date(2030, 6, 6)
