"""Stop 72, pages (b): programme tables and HTML templates.

A template's translation calls are the words they wrap; an HTML fragment may open on a
comment; a wiki's ``||`` rows are a table; a room's header names it on its first line; a
level badge between a title and its speaker is no one; a tutorial written again in its
room's next slots is one talk; a page's bio sections after its timetable belong to the
talks; a column headed "topic" that holds abstracts is not the titles'.
"""

from __future__ import annotations

from confnotes.importers import doctree
from confnotes.importers.doctree import looks_like_html_page
from confnotes.importers.template_words import translated, with_template_words
from tests.unit.importing import people_of, read, speakers_by_title

# -- translation calls -------------------------------------------------------------


def test_each_translation_call_becomes_its_words_at_the_same_offsets() -> None:
    cases = {
        "<td>{{=_('Ana Ruiz')}}</td>": "Ana Ruiz",  # uliweb, web2py
        '<h2>{{ _("Lunch") }}</h2>': "Lunch",  # Jinja, gettext
        "<p><?= __('Pause café') ?></p>": "Pause café",  # PHP
        "<p><?php _e('Don\\'t miss it'); ?></p>": "Don't miss it",
        '<p>{% trans "Mittagessen" %}</p>': "Mittagessen",  # Django
        "<p>{% trans %}Apertura{% endtrans %}</p>": "Apertura",
        '<p>{{ "Keynote"|trans }}</p>': "Keynote",
    }
    for source, words in cases.items():
        out = translated(source)
        assert len(out) == len(source)
        assert " ".join(out.split()).replace("<p> ", "<p>").find(words) >= 0, out
        assert "_(" not in out and "trans" not in out.replace("Apertura", "")


def test_other_template_output_and_plain_text_are_left_as_written() -> None:
    for source in (
        "<a href=\"{{=url_for('static')}}\">x</a>",  # a call that translates nothing
        "{{ site.baseurl }}/talks",
        "<p>Plain words, _(not a call)_</p>",
        "{% include talk.html title='A' %}",
    ):
        assert translated(source) == source


def test_a_persons_notes_keep_a_template_snippet_byte_for_byte() -> None:
    notes = b"# Jinja tips\n\nWrite `{{ _('Hello') }}` to translate a word.\n"
    assert with_template_words(notes, looks_like_html_page) == notes


def _translated_schedule() -> str:
    return """{{extend "layout.html"}}
{{block content}}
<h1>{{=_('Programm')}}</h1>
<table>
  <tr><th>{{=_('Zeit')}}</th><th>{{=_('Vortrag')}}</th><th>{{=_('Referent')}}</th></tr>
  <tr><td>{{=_('10:00')}}</td><td>{{=_('Datenbanken ohne Schmerzen')}}</td>
      <td>{{=_('Jana Vogel')}}</td></tr>
  <tr><td>{{=_('11:00')}}</td><td>{{=_('Typen in großen Projekten')}}</td>
      <td>{{=_('Malte Brandt')}}</td></tr>
  <tr><td>{{=_('12:00')}}</td><td>{{=_('Messbare Caches')}}</td>
      <td>{{=_('Ilka Sommer')}}</td></tr>
</table>
{{end}}
"""


def test_a_translated_template_table_names_its_talks_and_speakers() -> None:
    talks = speakers_by_title(read(_translated_schedule(), "schedule.html"))
    assert talks.get("Datenbanken ohne Schmerzen") == ["Jana Vogel"]
    assert talks.get("Messbare Caches") == ["Ilka Sommer"]
    assert not any("{{" in title for title in talks)


def test_a_php_template_reads_its_translated_words_too() -> None:
    page = """<?php include 'header.php'; ?>
<h1><?= __('Programa') ?></h1>
<ul>
  <li><?= __('09:30 Pruebas sin miedo - Lucía Campos') ?></li>
  <li><?= __('10:30 Mapas con datos abiertos - Tomás Herrera') ?></li>
  <li><?= __('11:30 Colas y mensajes - Irene Baeza') ?></li>
</ul>
"""
    people = people_of(read(page, "programa.php"))
    assert {"Lucía Campos", "Tomás Herrera", "Irene Baeza"} <= people


# -- a column headed as the titles' that holds abstracts ---------------------------------


def test_a_topic_column_of_abstracts_beside_short_items_is_not_the_titles() -> None:
    abstracts = (
        "本演讲介绍如何在大型网站中使用多级缓存。还会分享线上遇到的问题以及解决的经验和教训。",
        "我们将讨论协程和事件循环的设计。同时结合真实项目说明常见的陷阱以及排查的方法和工具。",
        "介绍一个每天处理大量日志的数据管道。包括调度、重试、监控以及如何保证数据的完整与准确。",
    )
    items = (
        ("09:00", "用缓存加速网站", "王小明"),
        ("10:00", "异步编程实践", "李华"),
        ("11:00", "数据管道设计", "张伟"),
    )
    rows = "".join(
        f"<tr><td>{t}</td><td>《{title}》</td><td>{who}</td><td>{abstract}</td></tr>\n"
        for (t, title, who), abstract in zip(items, abstracts, strict=True)
    )
    page = (
        "<html><body><table><tr><th>时间</th><th>项目</th><th>演讲者</th><th>主题</th></tr>\n"
        f"{rows}</table></body></html>"
    )
    talks = speakers_by_title(read(page, "agenda.html"))
    assert any("用缓存加速网站" in title for title in talks)
    assert not any(title.startswith("本演讲") for title in talks)


def test_a_title_column_of_short_titles_keeps_its_header() -> None:
    page = """<html><body><table>
<tr><th>Time</th><th>Title</th><th>Notes</th><th>Speaker</th></tr>
<tr><td>09:00</td><td>Faster builds</td><td>Room A</td><td>Ana Ruiz</td></tr>
<tr><td>10:00</td><td>Safer deploys</td><td>Room B</td><td>Bo Lindqvist</td></tr>
<tr><td>11:00</td><td>Quieter pagers</td><td>Room A</td><td>Chen Wei</td></tr>
</table></body></html>"""
    assert speakers_by_title(read(page, "day.html")).get("Safer deploys") == ["Bo Lindqvist"]


def test_quick_talks_in_chinese_are_lightning_talks() -> None:
    from confnotes.importers.kinds import kind_of

    assert kind_of("快速演讲：《用 Python 写小工具》") == "spotlight"
    assert kind_of("主题演讲：Python 的未来") != "spotlight"


# -- an HTML fragment that opens on a comment --------------------------------------


def test_an_include_opening_on_a_comment_is_read_as_html() -> None:
    items = "\n".join(
        f"        <tr><td><ul><li><strong>{title},</strong><br/>by "
        f'<a href="/{n}">{who}</a>;</li></ul></td></tr>'
        for n, (title, who) in enumerate(
            (
                ("Graphs for everyone", "Nora Lind"),
                ("Small models, big wins", "Pavel Novak"),
                ("Notebooks in production", "Sara Okafor"),
            )
        )
    )
    fragment = (
        "    <!-- Schedule -->\n"
        '    <section class="schedule">\n'
        f"      <table>\n{items}\n      </table>\n"
        "    </section>\n"
    )
    assert doctree.looks_like_html_page(fragment)
    assert {"Nora Lind", "Pavel Novak", "Sara Okafor"} <= people_of(read(fragment, "inc.html"))


def test_markdown_opening_on_a_comment_stays_markdown() -> None:
    text = "<!-- draft -->\n# Notes from the meetup\n\nWe talked about caching.\n"
    assert not doctree.looks_like_html_page(text)


# -- ``||`` wiki rows ---------------------------------------------------------------


_WIKI_GRID = """## Lundi 3 juin 2024

||**Heure**||**Salle A**||**Salle B**||
||09:00 – 10:30||Atelier Rust - Claire Martin||Données ouvertes - Hugo Petit||
||10:30 – 10:50||Pause||Pause||||
||10:50 – 12:20||Atelier Rust - Claire Martin||Tests de charge - Inès Roux||
||12:20 – 13:30||Déjeuner||||
||13:30 – 14:10||Cartographie libre - Léa Fabre||
"""


def test_wiki_rows_between_doubled_pipes_are_one_table_whatever_their_width() -> None:
    doc = doctree.parse(_WIKI_GRID)
    assert [n.kind for n in doc.root.children if n.kind not in ("blank",)] == [
        "heading",
        "table",
    ]
    talks = speakers_by_title(read(_WIKI_GRID, "programme.md"))
    assert talks.get("Tests de charge") == ["Inès Roux"]
    assert talks.get("Cartographie libre") == ["Léa Fabre"]


def test_a_tutorial_written_again_in_its_rooms_next_slot_is_one_talk() -> None:
    programme = read(_WIKI_GRID, "programme.md")
    rust = [t for t in programme.talks if t.title == "Atelier Rust"]
    assert len(rust) == 1
    assert rust[0].start is not None and rust[0].start.hour == 9
    assert rust[0].end is not None and rust[0].end.hour == 12


def test_one_title_given_twice_by_different_people_stays_two_talks() -> None:
    text = """||**Time**||**Room 1**||
||09:00||Lightning round - Ana Ruiz||
||10:00||Lightning round - Bo Lindqvist||
||11:00||Closing words - Chen Wei||
"""
    titles = [t.title for t in read(text, "day.md").talks]
    assert titles.count("Lightning round") == 2


def test_single_pipe_rows_of_different_widths_are_no_table() -> None:
    text = "| a | b |\n| c | d | e |\n| f | g |\n"
    assert not any(n.kind == "table" for n in doctree.parse(text).root.children)


# -- a room's header, a level's badge -----------------------------------------------------


def _slot(title: str, level: str, who: str) -> str:
    """A grid cell: the linked title, a level's badge, the speaker, a ``<br>`` apart."""
    anchor = title.replace(" ", "_")
    return f'[**{title}**](#{anchor}) <br> <span class="label">{level}</span> <br> {who}'


_ROOMS = "\n".join(
    [
        "# Encontro de Software Livre, 7 de setembro de 2024",
        "",
        "## Programação",
        "",
        "| Horário | **Sala 10** <br> Big Data e Nuvem | **Sala 12** <br> Web e Dados |",
        "|---|---|---|",
        *(
            f"| **{hour}** | {_slot(*a)} | {_slot(*b)} |"
            for hour, a, b in (
                (
                    "10:00",
                    ("Filas sem dor", "Iniciante", "Marta Pires"),
                    ("CSS moderno", "Avançado", "Rui Lobo"),
                ),
                (
                    "11:00",
                    ("Backups que funcionam", "Intermediário", "Paula Reis"),
                    ("Acessibilidade na prática", "Iniciante", "Nuno Sá"),
                ),
            )
        ),
        "| **12:00** <td colspan=2>**Almoço** |",
        *(
            f"| **{hour}** | {_slot(*a)} | {_slot(*b)} |"
            for hour, a, b in (
                (
                    "13:30",
                    ("Observabilidade barata", "Iniciante", "Joana Neves"),
                    ("Testes de contrato", "Avançado", "Caio Prado"),
                ),
                (
                    "14:30",
                    ("Kubernetes no chão de fábrica", "Intermediário", "Tiago Mota"),
                    ("Formulários sem JavaScript", "Iniciante", "Vera Lima"),
                ),
            )
        ),
        "",
    ]
)


def test_a_grid_room_header_is_named_by_its_first_line_and_badges_name_no_one() -> None:
    programme = read(_ROOMS, "index.md")
    talks = speakers_by_title(programme)
    assert talks.get("Filas sem dor") == ["Marta Pires"]
    assert talks.get("Acessibilidade na prática") == ["Nuno Sá"]
    assert not {"Iniciante", "Avançado", "Intermediário"} & people_of(programme)


def test_a_badge_that_says_a_kind_still_says_it() -> None:
    from confnotes.importers.timetable import _tag_line, _without_tags

    assert _tag_line("Beginner")
    assert not _tag_line("Workshop")  # a kind of session: kept, it says what the talk is
    assert not _tag_line("Ana Ruiz")  # a person's full name
    assert _without_tags(["Title", "Advanced", "Ana Ruiz"]) == ["Title", "Ana Ruiz"]
    assert _without_tags(["Title", "Advanced", "room 4"]) == ["Title", "Advanced", "room 4"]


# -- bio sections after the timetable -----------------------------------------------------


def test_bio_sections_after_a_timetable_are_the_speakers_words_not_talks() -> None:
    text = (
        _ROOMS
        + """
## Palestras

### Filas sem dor

Como usar filas de mensagens sem perder dados.

### Marta Pires

Marta trabalha com sistemas distribuídos há dez anos.

### CSS moderno

Grid, container queries e mais.

### Rui Lobo

Rui desenha interfaces para o governo.
"""
    )
    programme = read(text, "index.md")
    titles = [t.title for t in programme.talks]
    assert "Marta Pires" not in titles and "Rui Lobo" not in titles
    filas = next(t for t in programme.talks if t.title == "Filas sem dor")
    assert [p.name for p in filas.speakers] == ["Marta Pires"]
    assert filas.start is not None and filas.start.hour == 10


def test_a_cell_read_the_wrong_way_round_is_turned_back_by_its_grid() -> None:
    from datetime import time

    from confnotes.importers.entries import Entry
    from confnotes.importers.programme import ProgrammePerson
    from confnotes.importers.timetable import _Row, _turned_back

    def row(title: str, who: str) -> _Row:
        return _Row(Entry(title, "talk", time(10), None, [ProgrammePerson(who)]), None)

    rows = [row("Rust for the curious", "Ana Ruiz"), row("Ana Ruiz", "Sober Testing Notes")]
    _turned_back(rows)
    assert (rows[1].entry.title, rows[1].entry.speakers[0].name) == (
        "Sober Testing Notes",
        "Ana Ruiz",
    )
    # near miss: a talk titled by a name no other cell gives stays as read
    alone = [row("Rust for the curious", "Ana Ruiz"), row("Bo Lindqvist", "Chen Wei")]
    _turned_back(alone)
    assert alone[1].entry.title == "Bo Lindqvist"


def test_a_crowd_in_the_speakers_place_is_no_one() -> None:
    from confnotes.importers.persons import split_speakers

    assert split_speakers("参会人员") == []
    assert split_speakers("Participantes") == []
    assert [p.name for p in split_speakers("王小明")] == ["王小明"]
