"""LaTeX programmes were lost whole (issue 33, helper zeros): a booklet's ``program.tex``
or a poster became "the whole text is one note". Their sections, lists and tables are
the page's structure written in other marks, read as the HTML page they lay out.
Fixtures are written for these tests."""

from __future__ import annotations

import time

from confnotes.importers.formats import latex
from confnotes.importers.registry import detect_format, parse_programme


def _names(talk: object) -> list[str]:
    return [p.name for p in talk.speakers]  # type: ignore[attr-defined]


BOOKLET = r"""\documentclass{article}
\usepackage{enumitem}
\begin{document}
\centerline{\huge Salt Marsh Meeting 2024 -- Tuesday, 14 May}
\vspace{4mm}
\begin{itemize}
  \item 9:00 Opening % the chairs' words
  \item {\bf 9:15 -- 10:15 First session} (chair: B.~Ortega)
  \begin{itemize}
    \item 9:15 -- 9:45 Lena Okafor: Crabs that move the mud
    \item 9:45 -- 10:15 Petr \v{S}ebek: Grasses against the tide
  \end{itemize}
  \item 10:15 -- 10:45 Coffee
  \item 10:45 -- 11:15 Hanna M\"{u}ller: Counting birds on the flats
\end{itemize}
\end{document}
"""


def test_a_latex_booklet_of_itemized_talks_is_read() -> None:
    assert detect_format(BOOKLET.encode(), "program.tex") == "latex"
    p = parse_programme(BOOKLET.encode(), "program.tex")
    talks = {t.title: (_names(t), t.start) for t in p.talks}
    assert talks["Crabs that move the mud"][0] == ["Lena Okafor"]
    assert talks["Grasses against the tide"][0] == ["Petr Šebek"]
    assert talks["Counting birds on the flats"][0] == ["Hanna Müller"]
    start = talks["Grasses against the tide"][1]
    assert start is not None and (start.month, start.day, start.hour) == (5, 14, 9)


POSTER = r"""\documentclass{article}
\newcommand{\slot}[3]{#1 & #2 & \emph{#3} \\}
\title{Day of Small Engines}
\begin{document}
\maketitle
\section*{Saturday 3 August 2024}
\begin{tabular}{|l|l|p{6cm}|}
\hline
Time & Who & What \\ \hline
\slot{10:00}{Irma Koskinen}{Two-stroke, still}
\slot{10:40}{Dev Malhotra}{Carburettors by ear}
\slot{11:20}{Nora Quist}{A lawnmower's second life}
\hline
\end{tabular}
\end{document}
"""


def test_a_programmes_own_commands_expand_into_a_table_of_talks() -> None:
    page = latex.to_html(POSTER)
    assert "<th>Time</th>" in page  # the row above the rule is the table's header
    assert "<td>Irma Koskinen</td>" in page
    p = parse_programme(POSTER.encode(), "poster.tex")
    assert p.name == "Day of Small Engines"
    talks = {t.title: (_names(t), t.start) for t in p.talks}
    assert talks["Carburettors by ear"][0] == ["Dev Malhotra"]
    start = talks["A lawnmower's second life"][1]
    assert start is not None and (start.day, start.hour, start.minute) == (3, 11, 20)


def test_the_html_a_latex_source_lays_out() -> None:
    page = latex.to_html(
        r"\section{Day one}\textbf{Bold} and \textit{slanted}, \'{e}t\'e, caf\'e,"
        r" \href{https://example.org/t}{a link}, 50\% off, a~b -- c --- d\\ next"
        "\n\n"
        r"\begin{enumerate}\item[A] first \item second\end{enumerate}"
    )
    assert "<h2>Day one</h2>" in page
    assert "<b>Bold</b>" in page and "<i>slanted</i>" in page
    assert "été" in page and "café" in page
    assert '<a href="https://example.org/t">a link</a>' in page
    assert "50% off" in page and "a b – c — d<br>" in page
    assert "<ol><li><b>A</b> first</li><li>second</li></ol>" in page


def test_notes_and_pages_are_not_latex() -> None:
    assert latex.detect(b"# Notes\n\nSome $x^2$ maths and a \\emph{word}.\n") == 0.0
    assert latex.detect(b"\\documentclass{article}\n") == 0.95


def test_the_latex_reader_is_bounded_on_hostile_input() -> None:
    """Unclosed groups, deep nesting, self-expanding commands stay bounded."""
    for text in (
        "{" * 100_000,
        r"\begin{itemize}" * 20_000,
        r"\newcommand{\a}{\a\a}" + r"\a" * 1000,
        r"\textbf{" * 50_000 + "x",
        "\\" * 100_000,
        "&\\\\" * 50_000,
    ):
        began = time.process_time()  # CPU of this process: a busy machine's waits left out
        latex.to_html(text)
        assert time.process_time() - began < 3.0
