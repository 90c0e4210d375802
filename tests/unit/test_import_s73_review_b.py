"""Review of stop 73 (b): near misses of the day's mechanisms on ordinary documents."""

from __future__ import annotations

from confnotes.importers.programme import Programme
from tests.unit.importing import read

SCARE_QUOTES_DAYS = (
    "Title: Notes from Lakeside Dev Days 2031\n"
    "Date: 2031-06-02 18:00\n"
    "Category: Conferences\n"
    "\n"
    "## Day 1\n"
    "\n"
    'The opening talk urged us to "ship small" and to "measure first", and I agreed. Then lunch.\n'
    "\n"
    "## Day 2\n"
    "\n"
    'Our build now "just works", a colleague said. I managed to see "Caching Without Regret" too.\n'
)

SAYINGS_DAYS = (
    "Title: 2031 社群年會心得\n"
    "Date: 2031-08-02 18:00\n"
    "Category: Tech\n"
    "\n"
    "人比去年多。\n"
    "\n"
    "## Day 1\n"
    "\n"
    "主持人說「先能動再說」，大家都笑了。另一位講者說：「別急著重構」。\n"
    "\n"
    "## Day 2\n"
    "\n"
    "有人提到「文件就是程式」這句話。\n"
)


def _titles(programme: Programme) -> set[str]:
    return {t.title for t in programme.talks if t.kind != "other"}


class TestRB:
    def test_scare_quotes_under_day_headings_are_no_talks(self) -> None:
        titles = _titles(read(SCARE_QUOTES_DAYS, "lakeside-2031.md"))
        assert not titles & {"ship small", "measure first", "just works"}

    def test_sayings_quoted_after_a_verb_of_saying_are_no_talks(self) -> None:
        titles = _titles(read(SAYINGS_DAYS, "nianhui-2031.md"))
        assert not titles & {"先能動再說", "別急著重構", "文件就是程式"}

    def test_spanish_en_after_a_speaker_is_no_second_person(self) -> None:
        programme = read(
            "# Encuentro de Backend 2031\n"
            "\n"
            "| Hora | Charla | Ponente |\n"
            "|---|---|---|\n"
            "| 10:00 | Colas sin dolor | Irene Soto |\n"
            "| 11:00 | Caché en el borde | Pablo Ferrer en remoto |\n",
            "backend-2031.md",
        )
        people = {p.name for t in programme.talks for p in t.speakers}
        assert "remoto" not in people
