"""Programme pages read off the document tree (markdown, html, a Jekyll page's body,
plain text): structure from the tree, not from the characters of a line."""

from __future__ import annotations

from datetime import datetime

from confnotes.importers import doctree
from confnotes.importers.formats import html, jekyll, markdown, text


def _talks(programme):
    return {
        t.title: (t.start, [(p.name, p.affiliations) for p in t.speakers]) for t in programme.talks
    }


def _roles(programme, role):
    return [(r.person.name, r.person.affiliations) for r in programme.roles if r.role == role]


def test_markdown_schedule_html_table_over_several_lines() -> None:
    page = (
        "# Workshop on Quiet Storage\n\n## Schedule, June 3, 2025\n\n<table>\n"
        "<tr>\n  <td>10:00</td>\n  <td>Olga Ivanova<br>Samsung</td>\n"
        "  <td>Zoned namespaces in production</td>\n</tr>\n"
        "<tr>\n  <td>10:45</td>\n  <td>Tomás Herrera (Universidad de Chile)</td>\n"
        "  <td>Erasure codes for small objects</td>\n</tr>\n</table>\n"
    )
    talks = _talks(markdown.parse(page.encode(), "page.md"))
    assert talks["Zoned namespaces in production"] == (
        datetime(2025, 6, 3, 10, 0),
        [("Olga Ivanova", ["Samsung"])],
    )
    assert talks["Erasure codes for small objects"][1] == [
        ("Tomás Herrera", ["Universidad de Chile"])
    ]


def test_markdown_schedule_as_definition_list() -> None:
    page = (
        "# Clinical ML Day\n\n## Programme — July 2, 2025\n\n"
        "14:00\n: Safety cases for ML systems by Ruth Adler\n\n"
        "14:40\n: Monitoring drift in clinical models by Kenji Mori\n"
    )
    talks = _talks(markdown.parse(page.encode(), "page.md"))
    assert talks["Safety cases for ML systems"] == (
        datetime(2025, 7, 2, 14, 0),
        [("Ruth Adler", [])],
    )
    assert "Monitoring drift in clinical models" in talks


def test_html_comment_and_fenced_code_are_not_data() -> None:
    page = (
        "# Workshop\n\n## Organizers\n\n- Ana Ruiz (Example Lab)\n"
        "<!--\n- Old Name (Gone Lab)\n-->\n\n```\n- Code Person (Nowhere)\n```\n"
    )
    names = [n for n, _ in _roles(markdown.parse(page.encode(), "p.md"), "organizer")]
    assert names == ["Ana Ruiz"]


def test_jekyll_include_tags_are_people_of_their_section_and_comments_hide_them() -> None:
    page = (
        "---\ntitle: Quantum Software Workshop\n---\n\n## Keynotes\n\n"
        '<div class="row">{% include person.html name="Ilse de Vries" affiliation="QuTech" '
        'url="https://example.org/ilse" %}</div>\n\n'
        "{% comment %}\n\n"
        '- {% include person.html name="Hidden Person" affiliation="X" %}\n\n'
        "{% endcomment %}\n\n## Organizers\n\n"
        '{% include person.html name="Keiko Sato" affiliation="RIKEN" %}\n'
    )
    p = jekyll.parse(page.encode(), "index.md")
    assert _roles(p, "keynote") == [("Ilse de Vries", ["QuTech"])]
    assert _roles(p, "organizer") == [("Keiko Sato", ["RIKEN"])]


def test_html_page_cell_line_breaks_split_name_and_affiliation() -> None:
    page = (
        "<!doctype html><html><head><title>Frugal ML</title></head><body>"
        "<h2>Organizers</h2><table><tr><td>Lea Fischer<br>TU Munich</td>"
        "<td>Omar Haddad<br>KAUST</td></tr></table></body></html>"
    )
    p = html.parse(page.encode(), "page.html")
    assert _roles(p, "organizer") == [("Lea Fischer", ["TU Munich"]), ("Omar Haddad", ["KAUST"])]


def test_plain_text_headings_from_blank_lines_capitals_and_underlines() -> None:
    source = (
        "Robotics Day\n============\n\nPROGRAMME\n09:00  Opening\n\n"
        "Speakers:\n  Anna Lindqvist, Lund University\n\n"
        "All times are Central European Time\n"
    )
    doc = doctree.parse_text(source)
    headings = [(n.text, n.level) for n in doc.root.walk() if n.kind == "heading"]
    assert headings == [("Robotics Day", 1), ("PROGRAMME", 2), ("Speakers:", 2)]
    assert "".join(doc.source_of(n) for n in doctree.leaves(doc.root)) == source


def test_plain_text_subheading_in_a_schedule_does_not_end_it() -> None:
    page = (
        "Northern Robotics Day 2024\nOctober 3, 2024\n\nSchedule\n\n09:00  Opening\n\n"
        "Morning Session\n\n09:30  Legged robots on ice - Marte Solheim (NTNU)\n\n"
        "Invited Speakers\n\nMarte Solheim\nNTNU\n\nJohan Berg\nKTH\n"
    )
    p = text.parse(page.encode(), "day.txt")
    assert _talks(p)["Legged robots on ice"][0] == datetime(2024, 10, 3, 9, 30)
    assert _roles(p, "keynote") == [("Marte Solheim", ["NTNU"]), ("Johan Berg", ["KTH"])]


def test_table_columns_take_their_roles_from_their_cells_not_their_header_words() -> None:
    page = (
        "# Tag der Datenbanken — 12. März 2025\n\n## Programm\n\n"
        "| Beginn | Ende | Wer | Thema |\n| --- | --- | --- | --- |\n"
        "| 09:00 | 09:45 | Jana Richter (TU Dresden) | Indexe, die sich selbst bauen |\n"
        "| 10:00 | 10:30 | Malte Brandt | Transaktionen ohne Tränen |\n"
    )
    p = markdown.parse(page.encode(), "tag.md")
    talks = {t.title: t for t in p.talks}
    assert set(talks) == {"Indexe, die sich selbst bauen", "Transaktionen ohne Tränen"}
    first = talks["Indexe, die sich selbst bauen"]
    assert (first.start, first.end) == (datetime(2025, 3, 12, 9, 0), datetime(2025, 3, 12, 9, 45))
    assert [(s.name, s.affiliations) for s in first.speakers] == [("Jana Richter", ["TU Dresden"])]
