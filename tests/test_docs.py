"""The docs: every command and key documented, CI runs the README's test command, links resolve."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from confnotes.cli import build_parser
from tests.conftest import REPO

DOCS = REPO / "docs"
LINKED_PAGES = [
    REPO / "README.md",
    REPO / "CONTRIBUTING.md",
    REPO / "CHANGELOG.md",
    *sorted(DOCS.glob("*.md")),
]
"""Every page whose relative links and anchors must resolve."""

PAGES = [
    "index.md",
    "getting-started.md",
    "live-notes.md",
    "import.md",
    "import-conventions.md",
    "people.md",
    "search.md",
    "team.md",
    "export.md",
    "after-the-talk.md",
    "data-promises.md",
    "keys.md",
    "architecture.md",
]


def _subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


def _all_docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in LINKED_PAGES)


def _prose(text: str) -> str:
    """The text outside fenced code blocks (code shows links and headings, it has none)."""
    return re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)


def _without_code_spans(line: str) -> str:
    return re.sub(r"(`+)(.+?)\1", "", line)


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading: its text, lower case, punctuation dropped."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link reads as its text
    text = text.replace("`", "").strip().lower()
    kept = "".join(
        c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN" or c.isdigit()
    )
    return kept.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """Every anchor a page has: its headings' slugs (duplicates numbered) and ``id=`` tags."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for line in _prose(path.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"#{1,6} +(.*?) *#*$", line)
        if heading:
            slug = github_slug(heading.group(1))
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            found.add(slug if count == 0 else f"{slug}-{count}")
        found.update(re.findall(r'<a id="([^"]+)"', line))
    return found


def links(path: Path) -> list[str]:
    """The targets of a page's Markdown links and images, outside code."""
    targets: list[str] = []
    for line in _prose(path.read_text(encoding="utf-8")).splitlines():
        targets += re.findall(r"\]\(([^)\s]+)\)", _without_code_spans(line))
    return targets


def broken_links(path: Path) -> list[str]:
    broken = []
    for target in links(path):
        if re.match(r"[a-z]+:", target):  # https:, mailto:: not ours to check
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            broken.append(f"{target} (no such anchor)")
    return broken


def test_the_docs_pages_exist_and_the_index_lists_them() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in DOCS.glob("*.md")) == sorted(PAGES)
    assert [p for p in PAGES if p != "index.md" and f"]({p})" not in index] == []


def test_the_readme_stays_short_and_links_every_page() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= 300
    assert [p for p in PAGES if p != "index.md" and f"](docs/{p})" not in readme] == []


@pytest.mark.parametrize("page", LINKED_PAGES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_every_relative_link_and_anchor_resolves(page: Path) -> None:
    assert broken_links(page) == []


def test_the_link_check_sees_a_broken_link_and_a_broken_anchor(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("# Other page\n\n## `confnotes sync`\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "# Page\n\n[ok](other.md#confnotes-sync) [ok](#page) [gone](missing.md)\n"
        "[bad](other.md#nothing) `[in code](nowhere.md)`\n\n```\n[fenced](nowhere.md)\n```\n",
        encoding="utf-8",
    )
    assert broken_links(page) == [
        "missing.md (no such file)",
        "other.md#nothing (no such anchor)",
    ]


def test_github_slugs() -> None:
    assert github_slug("`confnotes` (the app), `confnotes open`, `confnotes now`") == (
        "confnotes-the-app-confnotes-open-confnotes-now"
    )
    assert github_slug("A schedule that changes: `confnotes import --update`") == (
        "a-schedule-that-changes-confnotes-import---update"
    )
    assert github_slug("The app's screens") == "the-apps-screens"


def test_every_command_is_documented() -> None:
    docs = _all_docs()
    missing = [c for c in _subcommands() if f"confnotes {c}" not in docs]
    assert missing == []


def test_ci_runs_the_readme_test_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, re.S)
    test_command = blocks[1].split("&&")[-1].strip()
    assert test_command == ".venv/bin/python -m pytest"
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_every_key_binding_id_is_in_the_keys_table() -> None:
    """The keys table lists each app-level, main-screen and editor binding by its id."""
    from confnotes.tui.app import ConfnotesApp
    from confnotes.tui.screens.main import MainScreen
    from confnotes.tui.widgets.editor import NoteEditor

    keys = (DOCS / "keys.md").read_text(encoding="utf-8")
    table = keys.split("\n## Keys\n", 1)[1].split("\n## ", 1)[0]
    ids = {
        b.id
        for cls in (ConfnotesApp, MainScreen, NoteEditor)
        for b in cls.BINDINGS
        if hasattr(b, "id") and b.id
    }
    missing = sorted(i for i in ids if f"`{i}`" not in table)
    assert missing == []
