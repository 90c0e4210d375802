"""Only the notebook and storage layer write files: no module saves or deletes on its own.

Every write into the notebook goes through :class:`confnotes.notebook.notebook.Notebook` (its
lock, its conflict checks, its change feed and the index it keeps in step). This
scan of ``src/confnotes`` fails, naming the module and line, when any other module
calls a file-writing API.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "confnotes"

ALLOWED = {
    "notebook/notebook.py": "the single owner of the notebook's files",
    "notebook/storage.py": "atomic writes and the write lock, used by the notebook",
    "notebook/staged.py": "atomic writes of many files made durable together, used by the notebook",
    "notebook/recovery.py": "recovery copies under .confnotes/recovery (derived data)",
    "notebook/parse_cache.py": "the parse cache under .confnotes/ (derived data)",
    "index/whoosh_index.py": "the search index under .confnotes/index (derived data)",
    "index/integrity.py": "hashes of the search index's files, in .confnotes/index (derived)",
    "exporters/output.py": "write_file: the -o FILE (or dialog's file) a user names for an export",
    "knowledge/edits.py": "the undo journal under .confnotes/ (derived data)",
    "knowledge/paper_meta.py": "the paper metadata cache under .confnotes/ (derived data)",
    "knowledge/pdf_text.py": "the text read from attached PDFs under .confnotes/ (derived data)",
    "commands/demo_copy.py": "copies the demo into a new folder before it is opened as a notebook",
    "notebook/summary_cache.py": "the schedule summary under .confnotes/ (derived data)",
    "sync/driver.py": "git's merge driver: writes the merged file git hands it (%A)",
    "sync/engine.py": "sync: files git left unmerged, under the notebook's write lock",
    "sync/commit_message.py": "sync: noted_by added before a commit, under the write lock",
    "sync/repo_setup.py": "sync's first use: .gitignore and .gitattributes of the repository",
    "sync/git.py": "a lock file a killed git left in the repository's .git (no notebook file)",
    "sync/person_fold.py": "sync: an edit to a merged person's page goes to the page it was "
    "merged into, under the write lock",
}
"""Modules allowed to write, and why (anything else fails the test)."""

PATH_METHODS = {
    "write_text",
    "write_bytes",
    "unlink",
    "rename",
    "touch",
    "mkdir",
    "rmdir",
    "symlink_to",
    "hardlink_to",
}
"""``pathlib.Path`` methods that change the file system."""
MODULE_CALLS = {
    "os": {"replace", "rename", "remove", "unlink", "rmdir", "mkdir", "makedirs", "link"},
    "shutil": {"copy", "copy2", "copyfile", "copytree", "move", "rmtree"},
}
WRITE_FUNCTIONS = {"atomic_write"}


def _write_mode(call: ast.Call, position: int, computed: bool = True) -> bool:
    """Whether a call's mode argument may write (``computed``: count a non-literal mode)."""
    mode: ast.expr | None = None
    if len(call.args) > position:
        mode = call.args[position]
    for keyword in call.keywords:
        if keyword.arg == "mode":
            mode = keyword.value
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return any(c in mode.value for c in "wax+")
    return computed and mode is not None


def _devnull(call: ast.Call) -> bool:
    first = call.args[0] if call.args else None
    return isinstance(first, ast.Attribute) and first.attr == "devnull"


def writes_in(tree: ast.AST) -> list[tuple[int, str]]:
    """``(line, what)`` for every call that may write a file."""
    found: list[tuple[int, str]] = []
    modules = {  # ``edits.rename(...)`` is a function of a module, not Path.rename
        (alias.asname or alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name):
            if func.id in WRITE_FUNCTIONS:
                found.append((node.lineno, f"{func.id}()"))
            elif func.id == "open" and _write_mode(node, 1) and not _devnull(node):
                found.append((node.lineno, "open() for writing"))
        elif isinstance(func, ast.Attribute):
            owner = func.value.id if isinstance(func.value, ast.Name) else None
            if owner in MODULE_CALLS and func.attr in MODULE_CALLS[owner]:
                found.append((node.lineno, f"{owner}.{func.attr}()"))
            elif owner is None or (owner not in MODULE_CALLS and owner not in modules):
                if func.attr in PATH_METHODS:
                    found.append((node.lineno, f".{func.attr}()"))
                elif func.attr in WRITE_FUNCTIONS:
                    found.append((node.lineno, f"{func.attr}()"))
                elif func.attr == "open" and _write_mode(node, 0, computed=False):
                    found.append((node.lineno, ".open() for writing"))
    return found


def test_only_the_notebook_and_storage_layer_write_files() -> None:
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel in ALLOWED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        offenders += [f"confnotes/{rel}:{line}: {what}" for line, what in writes_in(tree)]
    assert not offenders, (
        "these modules write files themselves; go through Notebook instead:\n"
        + "\n".join(offenders)
    )


def test_the_scan_catches_each_kind_of_write() -> None:
    code = """
from pathlib import Path
import os, shutil
Path("x").write_text("a")
p.unlink()
os.replace(a, b)
shutil.rmtree(d)
open(f, "w")
q.open("ab")
atomic_write(p, b"")
storage.atomic_write(p, b"")
"a b".replace(" ", "")
open(f)
"""
    lines = [line for line, _what in writes_in(ast.parse(code))]
    assert lines == [4, 5, 6, 7, 8, 9, 10, 11]


def test_every_allowed_module_exists() -> None:
    assert all((SRC / rel).is_file() for rel in ALLOWED)


def test_the_search_index_is_made_in_one_place() -> None:
    """Only ``index_of(nb)`` opens an index (held by the notebook), so only one index
    per notebook exists in a process and every write keeps it in step."""
    makers = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func  # a bare call: Whoosh's own storage.open_index() is fine
                name = func.id if isinstance(func, ast.Name) else ""
                if name in {"open_index", "WhooshIndex"} and rel != "index/__init__.py":
                    makers.append(f"confnotes/{rel}:{node.lineno}: {name}()")
    assert not makers, "make the index through index_of(Notebook):\n" + "\n".join(makers)
