"""Agenda items decorated as blog posts write them: a clock in bold with its colon, a
pictograph, a bold kind label, then the title and ``com``/``with``/``mit``/``con`` before
the speaker's linked name; and a post's publication stamp before the event's own day."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers.textutil import stamp_line
from tests.unit.importing import read, speakers_by_title


def _agenda(items: str, preamble: str = "On **12 June 2031** we meet at the library.") -> str:
    return f"# Evening meetup\n\n{preamble}\n\n## Schedule\n\n{items}\n"


def test_portuguese_items_with_bold_clock_emoji_label_and_com() -> None:
    text = _agenda(
        "- **18h30:** 🚪 Boas-vindas\n"
        "- **18h45:** 🎤 **Palestra:** Filas sem dor com [Marta Lemos](https://example.org/ml)\n"
        "- **19h30:** 🎤 **Palestra:** Testes: do zero ao deploy com [Rui Paiva](https://example.org/rp)\n"
        "- **20h15:** 🍕 Pizza\n"
    )
    talks = speakers_by_title(read(text, "agenda.md"))
    assert talks["Filas sem dor"] == ["Marta Lemos"]
    assert talks["Testes: do zero ao deploy"] == ["Rui Paiva"]
    assert not any("🎤" in title or "Palestra" in title for title in talks)


def test_english_german_spanish_by_words_before_a_linked_name() -> None:
    text = _agenda(
        "- **10:30 –** 🧪 **Talk:** Testing the untestable with [Ben Ode](https://example.org/b)\n"
        "- **11:15 –** 🛠️ **Vortrag:** Bauen ohne Gerüst mit [Lena Voss](https://example.org/l)\n"
        "- **12:00 –** 🌮 **Charla:** Datos sin miedo con [Sara Gil](https://example.org/s)\n"
    )
    talks = speakers_by_title(read(text, "agenda.md"))
    assert talks["Testing the untestable"] == ["Ben Ode"]
    assert talks["Bauen ohne Gerüst"] == ["Lena Voss"]
    assert talks["Datos sin miedo"] == ["Sara Gil"]


def test_lightning_label_gives_the_kind_and_no_word_of_the_title() -> None:
    text = _agenda(
        "- **19:00:** 🎤 **Talk:** Ships in bottles with [Ola Berg](https://example.org/o)\n"
        "- **19:40:** ⚡ **Lightning talk:** Five tiny tools with [Ivo Kern](https://example.org/i)\n"
    )
    talks = {t.title: t for t in read(text, "agenda.md").talks}
    assert talks["Five tiny tools"].kind == "spotlight"
    assert [p.name for p in talks["Five tiny tools"].speakers] == ["Ivo Kern"]


def test_emoji_inside_a_title_stays_and_com_inside_a_sentence_names_no_one() -> None:
    text = _agenda(
        "- **18:00:** Talk: Café ☕ e código with [Nia Soto](https://example.org/n)\n"
        "- **18:40:** Conversa com a comunidade\n"
        "- **19:20:** Talk: Bits and bobs with [Tom Hale](https://example.org/t)\n"
    )
    talks = speakers_by_title(read(text, "agenda.md"))
    assert any("☕" in title and "Café" in title for title in talks)
    assert talks["Conversa com a comunidade"] == []


def test_a_note_label_is_no_talk() -> None:
    text = _agenda(
        "- **18:00:** 🎤 **Talk:** Maps of rivers with [Eva Lund](https://example.org/e)\n"
        "- **Note:** doors close at nine\n"
        "- **18:45:** 🎤 **Talk:** Quiet code with [Jon Pike](https://example.org/j)\n"
    )
    talks = speakers_by_title(read(text, "agenda.md"))
    assert not any("doors" in title.casefold() for title in talks)
    assert talks["Maps of rivers"] == ["Eva Lund"]


def test_publication_stamp_is_no_day_of_the_rows() -> None:
    text = _agenda(
        "- **18h30:** 🎤 **Palestra:** Filas sem dor com [Marta Lemos](https://example.org/ml)\n"
        "- **19h15:** 🎤 **Palestra:** Cache quente com [Rui Paiva](https://example.org/rp)\n",
        preamble="**📅 Publicado:** 2 de maio de 2031\n\n"
        "No dia **20 de maio**, venha ao nosso encontro no auditório.",
    )
    talks = {t.title: t for t in read(text, "agenda.md").talks}
    assert talks["Filas sem dor"].start == datetime(2031, 5, 20, 18, 30)


def test_stamp_lines_in_several_languages() -> None:
    assert stamp_line("**📅 Publicado:** 7 de abril de 2030")
    assert stamp_line("Updated: 2 May 2030")
    assert stamp_line("_Veröffentlicht am:_ 3. Mai 2030")
    assert not stamp_line("No dia 19 de abril, às 19h")
    assert not stamp_line("Published papers: a reading list")  # no stamp's label


_POST = """---
title: 02/05/2031 - Noite de Rust
tags: [Rust, Encontro]
---

**🗓️ Publicado:** 2 de maio de 2031

## 🦀 Uma noite de Rust

No dia **21 de maio**, encontre a comunidade no **Auditório Central, em Niterói**.

- 🚀 **Palestras curtas e longas.**
- 🍕 **Pizza no final.**

---

### 🎥 Vídeo

Gravamos tudo para quem não puder vir.

---

### 🗓️ Programação

- **18h30:** 🚪 Recepção
- **19h00:** 🎤 **Palestra:** Donos e empréstimos sem lágrimas com [Paula Reis](https://example.org/pr)
- **19h40:** ⚡ **Lightning talk:** Macros em cinco minutos com [Caio Brandt](https://example.org/cb)
- **20h00:** 🎤 **Palestra:** Async na prática: filas e tarefas com [Dora Matos](https://example.org/dm)
- **20h45:** 🏁 Encerramento

---

### 🤝 Apoio

**✨ Apoio:** Casa do Código Livre
"""


def test_a_blog_post_with_a_decorated_agenda_is_read_as_its_schedule() -> None:
    programme = read(_POST, "2031-05-02-noite.md")
    talks = {t.title: t for t in programme.talks}
    assert [p.name for p in talks["Donos e empréstimos sem lágrimas"].speakers] == ["Paula Reis"]
    assert talks["Donos e empréstimos sem lágrimas"].start == datetime(2031, 5, 21, 19, 0)
    assert talks["Macros em cinco minutos"].kind == "spotlight"
    assert [p.name for p in talks["Async na prática: filas e tarefas"].speakers] == ["Dora Matos"]
    assert "Vídeo" not in talks  # a section of the post, no talk
    assert programme.name == "Noite de Rust"
