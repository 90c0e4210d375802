"""Stop 70: programmes written as indentation templates (Pug, Haml, Slim), and Chinese
talk lines whose speaker follows a company and a job, a Chinese mark or a role word."""

from __future__ import annotations

from confnotes.importers import indent_markup
from confnotes.importers.identity import title_key
from tests.unit.importing import people_of, read, speakers_by_title

PUG_TIMETABLE = """doctype html
html(lang="de")
  head
    title Herbstkolloquium Geodäsie
    script.
      window.dataLayer = [];
  body
    include partials/nav
    mixin slot(time, title, who)
      tr
        td= time
        td #{title}
        td= who
    h1.title Herbstkolloquium Geodäsie 2025
    p.lead Donnerstag, 16. Oktober 2025, Hörsaal 3
    - var year = 2025
    table.programm
      thead
        tr
          th Zeit
          th Vortrag
          th Referent
      tbody
        tr
          td 14:00
          td Meeresspiegel aus dem All
          td Mara Lindner
        tr
          td 14:45
          td Schwerefeld und Gletscher
          td Jonas Perlbach
        tr.pause
          td 15:30
          td(colspan="2") Kaffeepause
        tr
          td 16:00
          td
            | Satellitenbahnen im
            | Wandel der Zeit
          td #[span.name Ilse Wohlgemuth]
    +slot("17:00", "Abschlussrunde", "alle")
    footer
      p © #{year} Institut
"""

HAML_SPEAKERS = """!!! 5
%html
  %head
    %title Jornada de Robótica Educativa
  %body
    -# listado de ponentes
    #ponentes.container
      %h1 Ponentes de la Jornada
      %p.fecha Sábado 8 de marzo de 2025
      - @ponentes.each do |p|
        = render p
      .ponente
        %h3.nombre Lucía Fernández Ortega
        %p.afiliacion Universidad de Zaragoza
        %p.charla{class: "titulo"} Robots que enseñan a programar
      .ponente
        %h3.nombre Marcos Ibáñez
        %p.afiliacion Colegio Montessori Huesca
        %p.charla{:class => "titulo"} Placas abiertas en el aula
      .ponente
        %h3.nombre
          %a{href: "https://example.org/ana"} Ana Beltrán
        %p.afiliacion Fundación Aragón Maker
        %p.charla.titulo Evaluar proyectos con rúbricas
"""

SLIM_TIMETABLE = """doctype html
html
  head
    title Journée des doctorants
  body
    h1 Journée des doctorants — 12 juin 2025
    / programme de la journée
    ul.programme
      li
        span.heure 10:00
        | Modèles réduits pour la mécanique des fluides — Camille Rousseau
      li
        span.heure 10:40
        | Apprentissage sur graphes dynamiques — Yanis Belkacem
      li
        span.heure 11:20
        a href="/orateurs/ines-garnier" Inès Garnier
        |  : Capteurs souples et robotique
    - if user_signed_in?
      = link_to "Inscription", new_registration_path
"""

SLIM_SETTINGS_PAGE = """doctype html
html
  head
    title Mes réglages
  body
    = render "shared/header"
    - if current_user
      p Bonjour #{current_user.name}
    .settings
      = form_for @user do |f|
        = f.label :email
        = f.text_field :email
        = f.submit "Enregistrer"
"""

CHINESE_SALON = """# 技术沙龙 · 第三站 南京大学

## 活动信息

- 时间：2025年4月12日（周六） 14:00 -- 17:00
- 地点：鼓楼校区 ︱ 计算机楼 201
- 合作方：
\t- 星河云计算
\t- 蓝鲸开源
\t- 北辰数据

### 流程

14:00
签到、开场致辞
14:10
主持人介绍嘉宾
14:20
分享开始

### 分享主题

- 周子涵，南京大学硕士在读

- **从单体到微服务——一次迁移的复盘** by 星河云计算 后端资深工程师顾明哲

- **开源社区的运营心得** by 蓝鲸开源 社区经理 Daniel

- **Rust in Production - lessons** by rust.cn 贺一帆

- **流式计算：从入门到上线** by 北辰数据首席架构师姜海

- **云端的分布式存储架构** by 南京大学软件学院（NJU-SE）汪雨桐
"""

CHINESE_ROWS = """# 云原生技术沙龙 · 杭州站

时间：2024年5月18日 13:30-17:30

## 议程

13:30
签到
14:00
服务网格的落地实践——王建国
14:40
可观测性平台建设｜刘晓梅
15:20
边缘计算与调度（主讲：赵一鸣）
16:00
云端的分布式存储架构
16:40
数据库内核优化\u3000孙立新
"""

CHINESE_ROLE_WORDS = """# 前端开发者大会

## 演讲安排

- 09:30 微前端架构演进 讲师：周晓
- 10:20 低代码平台的取舍 分享人：郑海涛
- 11:10 可视化引擎剖析 嘉宾 钱多多
- 13:30 工程化的下一步：构建工具 主讲 何静怡
- 14:20 星河云计算的故事
"""


def _by_key(programme: object) -> dict[str, list[str]]:
    return {title_key(t): who for t, who in speakers_by_title(programme).items()}  # type: ignore[arg-type]


def test_pug_timetable_reads_as_the_page_it_writes() -> None:
    programme = read(PUG_TIMETABLE, "kolloquium.pug")
    found = speakers_by_title(programme)
    assert found["Schwerefeld und Gletscher"] == ["Jonas Perlbach"]
    assert found["Satellitenbahnen im Wandel der Zeit"] == ["Ilse Wohlgemuth"]  # piped lines
    starts = {t.title: t.start for t in programme.talks}
    assert starts["Schwerefeld und Gletscher"] is not None
    assert starts["Schwerefeld und Gletscher"].isoformat() == "2025-10-16T14:45:00"


def test_pug_mixins_and_code_lines_are_no_talks() -> None:
    programme = read(PUG_TIMETABLE, "kolloquium.pug")
    words = " ".join(t.title for t in programme.talks)
    assert "Abschlussrunde" not in words  # a mixin's call: the engine's, not the page's
    assert "var year" not in words and "#{" not in words and "time" not in words.split()
    page = indent_markup.markup(PUG_TIMETABLE)
    assert page is not None
    assert "dataLayer" not in page and "partials/nav" not in page
    assert page.count("\n") == PUG_TIMETABLE.count("\n")  # line for line


PUG_CARDS = """.row.mt-4
  h2 #[span.emoji ⏳] Vergangene Vorträge
.row.talk
  .col-3
    h3.mb-0 9th
    h5.month October
    p 16:00-17:00
  .col-9
    p.author #[span.me Lene Haugland]
    h4.title
      | Sea ice seen from drifting buoys
.row.talk
  .col-3
    h3.mb-0 16th
    h5.month October
    p 16:00-17:00
  .col-9
    p.author #[span.me Tomasz Wrona]
    h4.title
      | Counting seabirds with small drones
.row.talk
  .col-3
    h3.mb-0 23rd
    h5.month October
    p 16:00-17:00
  .col-9
    p.author #[span.me Aiyana Redcloud]
    h4.title
      | Permafrost and the roads above it
"""


def test_pug_cards_name_speakers_and_no_day_is_an_affiliation() -> None:
    programme = read(PUG_CARDS, "talks.pug")
    assert speakers_by_title(programme) == {
        "Sea ice seen from drifting buoys": ["Lene Haugland"],
        "Counting seabirds with small drones": ["Tomasz Wrona"],
        "Permafrost and the roads above it": ["Aiyana Redcloud"],
    }
    assert all(not p.affiliations for t in programme.talks for p in t.speakers)  # "9th"


def test_haml_speakers_list_names_each_speaker_and_where_they_work() -> None:
    programme = read(HAML_SPEAKERS, "ponentes.haml")
    assert speakers_by_title(programme) == {
        "Robots que enseñan a programar": ["Lucía Fernández Ortega"],
        "Placas abiertas en el aula": ["Marcos Ibáñez"],
        "Evaluar proyectos con rúbricas": ["Ana Beltrán"],
    }
    lucia = programme.talks[0].speakers[0]
    assert lucia.affiliations == ["Universidad de Zaragoza"]
    page = indent_markup.markup(HAML_SPEAKERS)
    assert page is not None and '<a href="https://example.org/ana">Ana Beltrán</a>' in page
    assert "render" not in page  # "= render p": code, its value unknown


def test_slim_timetable_with_piped_text_and_bare_attributes() -> None:
    programme = read(SLIM_TIMETABLE, "doctorants.slim")
    assert speakers_by_title(programme) == {
        "Modèles réduits pour la mécanique des fluides": ["Camille Rousseau"],
        "Apprentissage sur graphes dynamiques": ["Yanis Belkacem"],
        "Capteurs souples et robotique": ["Inès Garnier"],
    }
    page = indent_markup.markup(SLIM_TIMETABLE)
    assert page is not None and '<a href="/orateurs/ines-garnier">' in page
    assert "link_to" not in page


def test_slim_page_that_is_no_programme_gives_one_note() -> None:
    programme = read(SLIM_SETTINGS_PAGE, "settings.slim")
    assert len(programme.talks) == 1
    assert not people_of(programme)


def test_prose_and_markdown_are_no_templates() -> None:
    notes = "a talk I liked\np the speaker said much\n\nb notes on the rest\n"
    assert indent_markup.markup(notes) is None
    markdown = "# Day one\n\n- 10:00 Opening\n- 10:30 Tides - Ana Ruiz\n"
    assert indent_markup.markup(markdown) is None
    assert indent_markup.markup("<div class='a'>\n  <p>x y z</p>\n</div>\n") is None


def test_chinese_byline_names_the_speaker_after_company_and_job() -> None:
    programme = read(CHINESE_SALON, "salon.md")
    assert _by_key(programme) == {
        title_key("从单体到微服务——一次迁移的复盘"): ["顾明哲"],
        title_key("开源社区的运营心得"): ["Daniel"],
        title_key("Rust in Production - lessons"): ["贺一帆"],
        title_key("流式计算：从入门到上线"): ["姜海"],
        title_key("云端的分布式存储架构"): ["汪雨桐"],
        **{title_key(t.title): [] for t in programme.talks if not t.speakers},
    }
    jiang = next(p for t in programme.talks for p in t.speakers if p.name == "姜海")
    assert jiang.affiliations == ["北辰数据首席架构师"]


def test_chinese_list_takes_the_one_day_of_its_page() -> None:
    programme = read(CHINESE_SALON, "salon.md")
    talk = next(t for t in programme.talks if t.title == "开源社区的运营心得")
    day = talk.start.date() if talk.start else talk.day
    assert day is not None and day.isoformat() == "2025-04-12"


def test_chinese_companies_and_titles_are_no_people() -> None:
    programme = read(CHINESE_SALON, "salon.md")
    names = people_of(programme)
    assert not names & {"星河云计算", "蓝鲸开源", "北辰数据", "存储架构", "架构"}
    titles = {t.title for t in programme.talks}
    assert "云端的分布式存储架构" in titles  # a title ending in two signs, left whole


def test_chinese_title_after_a_latin_word_is_no_byline() -> None:
    text = """# 移动开发日

- 14:00 Flutter 简介
    + 讲师: 顾明哲
- 14:40 Kotlin 协程
    + 讲师: 贺一帆
- 15:20 Swift 并发
    + 讲师: 汪雨桐
"""
    names = people_of(read(text, "notes.md"))
    assert not names & {"简介", "协程", "并发"}  # "an introduction": a title's word


def test_chinese_rows_with_item_on_the_next_line() -> None:
    programme = read(CHINESE_ROWS, "salon.md")
    found = speakers_by_title(programme)
    assert found["服务网格的落地实践"] == ["王建国"]
    assert found["可观测性平台建设"] == ["刘晓梅"]
    assert found["边缘计算与调度"] == ["赵一鸣"]
    assert found["数据库内核优化"] == ["孙立新"]
    assert found["云端的分布式存储架构"] == []  # no mark before its last two signs
    assert found["签到"] == []


def test_chinese_role_words_before_the_speaker() -> None:
    programme = read(CHINESE_ROLE_WORDS, "agenda.md")
    assert speakers_by_title(programme) == {
        "微前端架构演进": ["周晓"],
        "低代码平台的取舍": ["郑海涛"],
        "可视化引擎剖析": ["钱多多"],
        "工程化的下一步：构建工具": ["何静怡"],
        "星河云计算的故事": [],
    }
