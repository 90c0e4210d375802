# ruff: noqa: E501
"""People's notes whose sub-headings are parts of a talk, never people: a write-up in
HTML that heads each talk with its title and a speaker's label line, its topics as
sub-headings; a blog post whose sessions hold bare East Asian words as sub-headings; a
speaker line with a long bio and an author quoted in a block quotation; talk titles set
apart in the sentences under a post's day headings; plural speaker labels; a kind in
lenticular brackets."""

from __future__ import annotations

from confnotes.importers.kinds import type_tag
from confnotes.importers.programme import Programme
from tests.unit.importing import people_of, read, speakers_by_title

SPANISH_DAY = (
    "<!DOCTYPE html>\n"
    '<html lang="es">\n'
    '<head><meta charset="UTF-8"><title>Jornada 2 - Encuentro de Datos 2031</title></head>\n'
    "<body>\n"
    '  <div class="dia"><h1>Jornada 2: Charlas y Taller</h1></div>\n'
    '  <div class="charla">\n'
    "    <h2>Charla 1: Redes que aprenden solas</h2>\n"
    "    <p><strong>Ponente:</strong> Ing. Marta Quiroga</p>\n"
    '    <div class="tema">\n'
    "      <h3>Un Poco de Historia</h3>\n"
    "      <p>La charla empezó repasando cómo nacieron las primeras redes y por qué tardaron tanto en funcionar.</p>\n"
    "    </div>\n"
    '    <div class="tema">\n'
    "      <h3>Capas Ocultas</h3>\n"
    "      <p>Explicó qué hace cada capa y cómo se ajustan los pesos durante el entrenamiento.</p>\n"
    "    </div>\n"
    '    <div class="tema">\n'
    "      <h3>Errores Comunes</h3>\n"
    "      <p>Mostró los fallos más frecuentes al preparar los datos de entrada.</p>\n"
    "    </div>\n"
    "  </div>\n"
    '  <div class="charla">\n'
    "    <h2>Charla 2: Bases de datos que no se caen</h2>\n"
    "    <p><strong>Ponente:</strong> Lic. Tomás Ferreyra</p>\n"
    '    <div class="tema">\n'
    "      <h3>Réplicas Sincronizadas</h3>\n"
    "      <p>Habló de cómo mantener varias copias al día sin perder escrituras.</p>\n"
    "    </div>\n"
    '    <div class="tema">\n'
    "      <h3>Planes de Recuperación</h3>\n"
    "      <p>Recomendó ensayar la recuperación al menos una vez por trimestre.</p>\n"
    "    </div>\n"
    "  </div>\n"
    '  <div class="taller">\n'
    "    <h2>Taller de la Tarde</h2>\n"
    "    <p><strong>Horario:</strong> 15:00 - 18:00</p>\n"
    '    <div class="tema">\n'
    "      <h3>Resultados</h3>\n"
    "      <p><strong>Primer Puesto - Equipo Norte</strong><br>Una aplicación para reservar aulas.</p>\n"
    "      <p><strong>Segundo Puesto - Equipo Sur</strong><br>Un bot que responde dudas de horarios.</p>\n"
    "      <p><strong>Tercer Puesto - Equipo Este</strong><br>Un mapa del campus.</p>\n"
    "    </div>\n"
    "  </div>\n"
    "</body>\n"
    "</html>\n"
)

ENGLISH_DAY = (
    "<!DOCTYPE html>\n"
    '<html lang="en">\n'
    '<head><meta charset="UTF-8"><title>Day 3 - Harbour Dev Week</title></head>\n'
    "<body>\n"
    "  <h1>Day 3: Talks</h1>\n"
    '  <section class="talk">\n'
    "    <h2>Session 1: Queues Without Tears</h2>\n"
    "    <p><strong>Speaker:</strong> Dr. Priya Nair</p>\n"
    "    <h3>Why Queues Back Up</h3>\n"
    "    <p>She opened with the three reasons a queue grows faster than it drains.</p>\n"
    "    <h3>Backpressure Basics</h3>\n"
    "    <p>Then showed how to push back on producers before memory runs out.</p>\n"
    "    <h3>Retry Storms</h3>\n"
    "    <p>Finally she covered jitter and why every client must use it.</p>\n"
    "  </section>\n"
    '  <section class="talk">\n'
    "    <h2>Session 2: Logs You Can Read</h2>\n"
    "    <p><strong>Speaker:</strong> Owen Barker</p>\n"
    "    <h3>Structured Fields</h3>\n"
    "    <p>He argued for one event per line with named fields.</p>\n"
    "    <h3>Sampling Wisely</h3>\n"
    "    <p>Keeping every error and one in a hundred of the rest was his rule.</p>\n"
    "  </section>\n"
    "</body>\n"
    "</html>\n"
)

JAPANESE_POST = (
    "---\n"
    'title: "クラウド勉強会に参加してきた"\n'
    "date: 2031-03-08\n"
    "category: blog\n"
    "---\n"
    "<p>今日はクラウド勉強会に行ってきました。</p>\n"
    "\n"
    '<h2 id="感想">感想</h2>\n'
    "\n"
    "<p>どのセッションも分かりやすかった。</p>\n"
    "\n"
    '<h2 id="基調講演">基調講演</h2>\n'
    "\n"
    '<h3 id="事例紹介">事例紹介</h3>\n'
    "\n"
    "<p>物流の会社や銀行での使い方が紹介された。</p>\n"
    "\n"
    '<h3 id="今後の展望">今後の展望</h3>\n'
    "\n"
    "<p>来年は東京以外でも開催するそうです。</p>\n"
    "\n"
    '<h2 id="データ基盤入門">データ基盤入門：小さく始めるログ分析</h2>\n'
    "\n"
    '<h3 id="分析とは">分析とは</h3>\n'
    "\n"
    "<p>まずは集計から始めるのが大事とのこと。</p>\n"
    "\n"
    '<h3 id="可視化">可視化</h3>\n'
    "\n"
    "<p>グラフは三種類あれば十分。</p>\n"
    "\n"
    '<h2 id="音声">音声で操作するアプリの作り方</h2>\n'
    "\n"
    '<h3 id="デモ">音声 API デモ（音声認識）</h3>\n'
    "\n"
    "<p>その場で話した言葉が文字になっていた。</p>\n"
    "\n"
    '<h3 id="まとめ">まとめ</h3>\n'
    "\n"
    "<p>日本語にも対応しているので試してみたい。</p>\n"
)

CHINESE_NOTES = (
    "---\n"
    "title: 雲端技術日筆記\n"
    "date: 2031-04-12\n"
    "tags: [筆記]\n"
    "---\n"
    "\n"
    "## 主題演講\n"
    "\n"
    "### 現況\n"
    "\n"
    "今年的使用者又多了一倍。\n"
    "\n"
    "### 展望\n"
    "\n"
    "明年會開放更多地區。\n"
    "\n"
    "## 資料管線實戰：從零開始\n"
    "\n"
    "### 架構\n"
    "\n"
    "先把資料收進來再說。\n"
    "\n"
    "### Alert API DEMO（告警設定）\n"
    "\n"
    "告警不要太多，不然大家都會忽略。\n"
    "\n"
    "## 前端效能調校\n"
    "\n"
    "### 量測\n"
    "\n"
    "先量測再優化。\n"
    "\n"
    "### 心得\n"
    "\n"
    "收穫很多。\n"
)

ENGLISH_ONE_TALK = (
    "# Shipping Small: Lessons From Ten Releases\n"
    "\n"
    '__Speaker__: Hana Okafor, President at Marlow Pines, author of _"Release Trains"_ and _"The Small Batch"_, adviser to several city councils\n'
    "\n"
    "## Takeaways\n"
    "\n"
    "### Batch size\n"
    "\n"
    "> Small batches make problems visible while they are still cheap to fix.\n"
    '> \\- Jonas Pell, _"Flow in Practice"_\n'
    "\n"
    "Ship more often than feels comfortable.\n"
)

GERMAN_ONE_TALK = (
    "# Barrierefreiheit von Anfang an\n"
    "\n"
    '__Referentin__: Lena Vogt, Gründerin von Lindholm Werk, Autorin von _"Formulare für alle"_ und _"Kontrast zählt"_\n'
    "\n"
    "## Notizen\n"
    "\n"
    "### Warum früh?\n"
    "\n"
    "> Was am Anfang eingeplant wird, kostet später fast nichts.\n"
    '> \\- Karl Brenner, _"Gutes Design im Alltag"_\n'
    "\n"
    "Tastaturbedienung zuerst testen.\n"
)

CHINESE_DAYS = (
    "Title: 開發者大會 2031\n"
    "Date: 2031-10-20 21:00\n"
    "Category: Tech\n"
    "Slug: devcon-2031\n"
    "\n"
    "今年第一次來參加，整體來說收穫很多。\n"
    "\n"
    "## Day 1\n"
    "\n"
    "第一天印象最深的是`從零打造即時推薦系統`和`用 Rust 重寫日誌收集器`\n"
    "兩場都有實際的程式碼可以參考\n"
    "\n"
    "## Day 2\n"
    "\n"
    "第二天一早聽了 ykchen 的`邊緣運算的資料同步`\n"
    "下午的`設計系統的維護成本`也很實用\n"
)

ENGLISH_DAYS = (
    "Title: Notes from Riverside Code Days 2031\n"
    "Date: 2031-06-02 18:00\n"
    "Category: Conferences\n"
    "\n"
    "A short write-up of two busy days.\n"
    "\n"
    "## Day 1\n"
    "\n"
    "The morning highlight was `Testing Without Mocks`, and after lunch `Queues at Scale Made Boring` was packed.\n"
    "I spent the rest of the day in the hallway track.\n"
    "\n"
    "## Day 2\n"
    "\n"
    "I only caught `Accessible Charts for Everyone` before my train.\n"
)

CODE_DAYS = (
    "Title: Setting up my laptop\n"
    "Date: 2031-06-02 18:00\n"
    "Category: Tools\n"
    "\n"
    "## Day 1\n"
    "\n"
    "I ran `pip install --user pipx` and then `pipx ensurepath`, then edited `config.toml`.\n"
    "\n"
    "## Day 2\n"
    "\n"
    "Then `git config --global pull.rebase true` and `brew install fd` finished it.\n"
)

TITLES_NO_DAYS = (
    "Title: Editor tips\n"
    "Date: 2031-06-02 18:00\n"
    "Category: Tools\n"
    "\n"
    "## Shortcuts\n"
    "\n"
    "My favourites are `Go To Definition` and `Rename Symbol`, and I also use `Find All References`.\n"
    "\n"
    "## Themes\n"
    "\n"
    "I switched to `Solarized Light` this year.\n"
)

SPANISH_PLURAL_KEYS = (
    "# Jornada de Software Libre 2031\n"
    "\n"
    "## Mantener un proyecto entre muchos\n"
    "\n"
    "**Ponentes:** Ana Beltrán, Julio Paredes\n"
    "\n"
    "Contaron cómo se reparten las revisiones.\n"
    "\n"
    "## Paquetes reproducibles\n"
    "\n"
    "**Oradoras:** Sofía Rivas, Carla Muñoz\n"
    "\n"
    "Explicaron cómo fijar versiones.\n"
)

JAPANESE_HANDS_ON = (
    "# インフラ勉強会 2031 メモ\n"
    "\n"
    "## 【ハンズオン】コンテナを一から作ってみる\n"
    "\n"
    "手を動かしながら学べた。\n"
    "\n"
    "## 【速報】新しいリージョンの発表\n"
    "\n"
    "来月から使えるらしい。\n"
    "\n"
    "## ワークショップ：監視ダッシュボードを作る\n"
    "\n"
    "グラフを三つ作った。\n"
)


def _talks(programme: Programme) -> dict[str, list[str]]:
    """Each talk's title and its speakers, the notes' own parts left out."""
    return {t.title: [p.name for p in t.speakers] for t in programme.talks if t.kind != "other"}


def test_html_write_up_reads_each_talk_under_its_speaker_label_not_its_topics() -> None:
    programme = read(SPANISH_DAY, "jornada2.html")
    talks = _talks(programme)
    assert talks["Redes que aprenden solas"] == ["Marta Quiroga"]
    assert talks["Bases de datos que no se caen"] == ["Tomás Ferreyra"]
    assert people_of(programme) == {"Marta Quiroga", "Tomás Ferreyra"}
    titles = {t.title for t in programme.talks}
    # the topics under each talk and the prize places under the workshop are its notes
    assert not titles & {"Capas Ocultas", "Errores Comunes", "Equipo Norte", "Equipo Sur"}
    assert not {r.person.name for r in programme.roles} - people_of(programme)


def test_english_html_write_up_names_only_the_labelled_speakers() -> None:
    programme = read(ENGLISH_DAY, "day3.html")
    assert people_of(programme) == {"Priya Nair", "Owen Barker"}
    assert all(len(s) == 1 for s in _talks(programme).values())
    assert not {r.person.name for r in programme.roles} - people_of(programme)


def test_japanese_post_sessions_keep_their_word_sub_headings_as_parts() -> None:
    programme = read(JAPANESE_POST, "2031-03-08-study.md", shape="sections")
    titles = {t.title for t in programme.talks if t.kind != "other"}
    assert titles == {
        "基調講演",
        "データ基盤入門：小さく始めるログ分析",
        "音声で操作するアプリの作り方",
    }
    assert people_of(programme) == set()
    assert not programme.roles


def test_chinese_notes_bracketed_word_in_a_sub_heading_is_no_speaker() -> None:
    programme = read(CHINESE_NOTES, "cloud-day.md", shape="sections")
    titles = {t.title for t in programme.talks if t.kind != "other"}
    assert titles == {"主題演講", "資料管線實戰：從零開始", "前端效能調校"}
    assert people_of(programme) == set()


def test_speaker_line_with_a_long_bio_and_a_quoted_author() -> None:
    english = read(ENGLISH_ONE_TALK, "shipping-small.md")
    assert _talks(english) == {"Shipping Small: Lessons From Ten Releases": ["Hana Okafor"]}
    assert people_of(english) == {"Hana Okafor"}
    german = read(GERMAN_ONE_TALK, "barrierefreiheit.md")
    assert _talks(german) == {"Barrierefreiheit von Anfang an": ["Lena Vogt"]}
    assert people_of(german) == {"Lena Vogt"}


def test_titles_set_apart_under_day_headings_are_the_talks_heard() -> None:
    chinese = read(CHINESE_DAYS, "devcon-2031.md")
    assert _talks(chinese) == {
        "從零打造即時推薦系統": [],
        "用 Rust 重寫日誌收集器": [],
        "邊緣運算的資料同步": ["ykchen"],
        "設計系統的維護成本": [],
    }
    english = read(ENGLISH_DAYS, "riverside-2031.md")
    assert set(_talks(english)) == {
        "Testing Without Mocks",
        "Queues at Scale Made Boring",
        "Accessible Charts for Everyone",
    }
    assert people_of(english) == set()


def test_code_under_day_headings_and_titles_under_other_headings_name_no_talk() -> None:
    code = read(CODE_DAYS, "laptop.md")
    assert not any("install" in t.title or "config" in t.title for t in code.talks)
    plain = read(TITLES_NO_DAYS, "editor-tips.md")
    assert "Go To Definition" not in {t.title for t in plain.talks}
    assert "Rename Symbol" not in {t.title for t in plain.talks}


def test_plural_speaker_labels_name_every_speaker() -> None:
    talks = speakers_by_title(read(SPANISH_PLURAL_KEYS, "jornada.md"))
    assert talks["Mantener un proyecto entre muchos"] == ["Ana Beltrán", "Julio Paredes"]
    assert talks["Paquetes reproducibles"] == ["Sofía Rivas", "Carla Muñoz"]


def test_a_kind_in_lenticular_brackets_tags_a_workshop() -> None:
    programme = read(JAPANESE_HANDS_ON, "infra.md")
    tags = {t.title: t.tags for t in programme.talks}
    assert "workshop" in tags["【ハンズオン】コンテナを一から作ってみる"]
    assert "workshop" not in tags["【速報】新しいリージョンの発表"]  # a report's label, no kind
    assert "workshop" in tags["ワークショップ：監視ダッシュボードを作る"]
    assert type_tag("［Hands-on］Build a probe") == "workshop"
    assert type_tag("【お知らせ】ハンズオンの資料") == ""  # a hands-on named inside, no label
