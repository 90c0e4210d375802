"""A page saved from a template whose first line is a brace tag (Smarty's
``{include file="header.tpl"}``, Latte's ``{block content}``) is a page, not JSON: it
imports, instead of failing with "cannot tell which programme format this is". Fixtures
written for these tests."""

from __future__ import annotations

import pytest

from confnotes.importers.formats import outline
from confnotes.importers.registry import detect_format, parse_programme

_SMARTY = """{include file="header.tpl"}

<h1>Programa</h1>
<p>Todo o programa do encontro de 2012.</p>

<h2>09:00h – Abertura</h2>
<p>Boas-vindas aos participantes</p>

<h2>09:30h – Palestra 1 - Testes que contam histórias</h2>
<p class="palestrante"><span>Marta Queiroz</span><br /><em>da Exemplo Lda</em></p>
<p>Como escrever testes que se leem como uma história.</p>

<h2>10:30h – Palestra 2 - Filas sem medo</h2>
<p class="palestrante"><span>Rui Fontes</span><br /><em>da Outra Empresa</em></p>
<p>Filas de mensagens na prática.</p>

<h2>11:30h – Palestra 3 - Dados abertos na cidade</h2>
<p class="palestrante"><span>Inês Barata</span><br /><em>da Câmara</em></p>
<p>O que a cidade publica e como usar.</p>

{include file="footer.tpl"}
"""


def test_a_smarty_page_is_read_as_a_page() -> None:
    assert detect_format(_SMARTY.encode(), "programacao.tpl") == "html"
    programme = parse_programme(_SMARTY.encode(), "programacao.tpl")
    titles = " ".join(t.title for t in programme.talks)
    for words in ("Testes que contam histórias", "Filas sem medo", "Dados abertos na cidade"):
        assert words in titles


@pytest.mark.parametrize(
    "text",
    ['{"talks": []}', '[{"title": "A"}]', '{\n  "schedule": {}\n}', "{}"],
)
def test_json_is_still_no_ones_notes(text: str) -> None:
    assert outline.detect(text.encode()) == 0.0


def test_a_brace_tag_over_prose_is_text() -> None:
    text = "{block content}\n\nNotes from the meetup: three talks and a long lunch.\n"
    assert outline.detect(text.encode()) > 0.0
    programme = parse_programme(text.encode(), "notes.latte")
    assert "three talks" in "\n".join(t.body for t in programme.talks)
