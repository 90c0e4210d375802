"""Regression tests for bugs the reliability suite found in the core, one per fix.

Each test failed (or crashed, or hung) before its fix. Cases that could kill or
hang the test process run in a subprocess with a time limit.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from confnotes.notebook.notebook import Notebook


def _python(code: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter, so a segfault or hang fails only this test."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_deep_yaml_nesting_is_an_error_not_a_segfault() -> None:
    """libyaml's composer recursed in C: 50 000 ``[`` in a note crashed the process."""
    result = _python(
        """
        from confnotes.errors import FrontMatterError
        from confnotes.notebook.frontmatter import load_yaml
        try:
            load_yaml("x: " + "[" * 60_000)
        except FrontMatterError as exc:
            print(exc)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "nested more than" in result.stdout


def test_alias_bomb_under_the_alias_count_is_refused() -> None:
    """64 aliases that expand to 16 M values passed the count; a save then dumped them all."""
    import pytest

    from confnotes.errors import FrontMatterError
    from confnotes.notebook.frontmatter import load_yaml

    lines = ["a0: &a0 [x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 8)}]" for i in range(1, 8)]
    with pytest.raises(FrontMatterError, match="expand"):
        load_yaml("\n".join(lines))


def test_fifo_named_like_a_note_does_not_hang(tmp_path: Path) -> None:
    """Opening read a FIFO ``talk.md`` and waited for ever for a writer."""
    import os

    (tmp_path / "conf").mkdir()
    os.mkfifo(tmp_path / "conf" / "pipe.md")
    result = _python(
        f"""
        from confnotes.notebook.notebook import Notebook
        nb = Notebook.open({str(tmp_path)!r})
        print([str(p) for p in nb.problems])
        """,
        timeout=20,
    )
    assert result.returncode == 0, result.stderr
    assert "pipe.md: warning: not a regular file" in result.stdout  # skipped, said (DESIGN §1b)


def test_unchanged_save_never_reencodes_a_file(tmp_path: Path) -> None:
    """An unchanged save rewrote UTF-16, Latin-1, mixed line endings and ``...`` closers."""
    conf = tmp_path / "conf"
    conf.mkdir()
    files = {
        "u16": "---\ntitle: A\n---\nbody\n".encode("utf-16"),
        "latin": "---\ntitle: Café\n---\n".encode("latin-1"),
        "mixed": b"---\r\ntitle: M\n---\r\nbody\n",
        "dots": b"---\ntitle: D\n...\nbody\n",
    }
    for name, data in files.items():
        (conf / f"{name}.md").write_bytes(data)
    nb = Notebook.open(tmp_path)
    for name, data in files.items():
        assert nb.save_talk(nb.talks[f"conf/{name}"]) is False, name
        assert (conf / f"{name}.md").read_bytes() == data, name


def test_body_edit_keeps_the_front_matter_delimiter_lines(tmp_path: Path) -> None:
    """A body edit turned a ``...`` closer (or ``---`` with trailing spaces) into ``---``."""
    conf = tmp_path / "conf"
    conf.mkdir()
    files = {
        "dots": b"---\ntitle: D\n...\nbody\n",
        "spaced": b"---  \ntitle: S\n--- \nbody\n",
    }
    for name, data in files.items():
        (conf / f"{name}.md").write_bytes(data)
    nb = Notebook.open(tmp_path)
    for name, data in files.items():
        talk = nb.talks[f"conf/{name}"]
        talk.body += "more\n"
        assert nb.save_talk(talk)
        assert (conf / f"{name}.md").read_bytes() == data + b"more\n", name


def test_open_cleans_temp_files_of_dead_writers_only(tmp_path: Path) -> None:
    """Temp files of killed saves stayed for ever; a live writer's must survive an open."""
    import os

    from confnotes.notebook.storage import TEMP_PREFIX

    conf = tmp_path / "conf"
    conf.mkdir()
    dead = conf / f"{TEMP_PREFIX}999999999-x.tmp"
    live = conf / f"{TEMP_PREFIX}{os.getpid()}-x.tmp"
    dead.write_bytes(b"half a note")
    live.write_bytes(b"being written")
    Notebook.open(tmp_path)
    assert not dead.exists()
    assert live.exists()


def test_save_waits_for_another_writer_then_sees_its_change(tmp_path: Path) -> None:
    """Check-then-replace was not atomic: two processes both saw "unchanged" and one save
    was silently lost. Now a save holds the notebook's write lock while it checks and
    replaces, and reports the other writer's change as a conflict."""
    import fcntl
    import os
    import threading

    import pytest

    from confnotes.errors import ConflictError

    conf = tmp_path / "conf"
    conf.mkdir()
    note = conf / "t.md"
    note.write_text("---\ntitle: T\n---\nstart\n")
    nb = Notebook.open(tmp_path)
    talk = nb.talks["conf/t"]
    talk.body = "mine\n"
    lock = nb.ensure_derived_dir() / "write.lock"
    fd = os.open(lock, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    outcome: list[BaseException | bool] = []
    saver = threading.Thread(target=lambda: outcome.append(_save(nb, talk)))
    saver.start()
    saver.join(0.3)
    assert saver.is_alive(), "the save must wait for the other writer"
    note.write_text("---\ntitle: T\n---\ntheirs\n")  # the other writer's save
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
    saver.join(10)
    assert isinstance(outcome[0], ConflictError)
    assert note.read_text().endswith("theirs\n")
    with pytest.raises(ConflictError):
        nb.save_talk(talk)


def _save(nb: Notebook, talk: object) -> BaseException | bool:
    try:
        return nb.save_talk(talk)  # type: ignore[arg-type]
    except BaseException as exc:
        return exc


def test_check_reports_what_a_save_would_change(tmp_path: Path) -> None:
    """UTF-16, Latin-1, NUL bytes and mixed line endings loaded silently; a later edit
    re-encoded the file without the user ever being told."""
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "u16.md").write_bytes("---\ntitle: A\n---\n".encode("utf-16"))
    (conf / "latin.md").write_bytes("---\ntitle: Café\n---\n".encode("latin-1"))
    (conf / "mixed.md").write_bytes(b"---\r\ntitle: M\n---\r\nbody\n")
    (conf / "nul.md").write_bytes(b"---\ntitle: N\n---\na\x00b\n")
    (conf / "fine.md").write_bytes(b"---\r\ntitle: F\r\n---\r\nbody\r\n")
    problems = Notebook.open(tmp_path).check()
    warned = {p.path.name for p in problems if p.level == "warning" and p.path.parent == conf}
    assert warned == {"u16.md", "latin.md", "mixed.md", "nul.md"}


def test_index_plain_text_is_linear_on_bracket_runs() -> None:
    """``[^\\]]+`` backtracked once per ``[``: a note with 60 000 ``[`` hung search for hours."""
    result = _python(
        """
        from confnotes.index.analysis import plain_text
        for line in ["[" * 60_000, "![" * 50_000, "[a](" * 25_000]:
            assert plain_text(line) == line
        print(plain_text("see [the paper](https://x.org/p) and ![fig](f.png)"))
        """,
        timeout=20,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "see the paper and fig"


def test_save_never_recreates_a_deleted_notebook(tmp_path: Path) -> None:
    """A save after the notebook folder vanished re-created it around one note."""
    import pytest

    from confnotes.errors import StorageError

    root = tmp_path / "nb"
    (root / "conf").mkdir(parents=True)
    (root / "conf" / "t.md").write_text("---\ntitle: T\n---\nold\n")
    nb = Notebook.open(root)
    root.rename(tmp_path / "moved")
    talk = nb.talks["conf/t"]
    talk.body = "typed after the folder vanished\n"
    with pytest.raises(StorageError, match="notebook folder is gone"):
        nb.save_talk(talk, force=True)
    with pytest.raises(OSError):
        nb.ensure_derived_dir()  # what a recovery copy tries first
    assert not root.exists()


def test_link_pickup_is_linear_on_bracket_runs() -> None:
    """Every autosave scans the body for links; ``[^\\]]*`` made a long ``[`` run quadratic."""
    result = _python(
        """
        from confnotes.notebook.link_pickup import links_in_body
        assert links_in_body("[" * 60_000) == []
        assert links_in_body("![" * 50_000) == []
        found = links_in_body("see [slides](https://example.org/s.pdf)")
        print([link.url for link in found])
        """,
        timeout=20,
    )
    assert result.returncode == 0, result.stderr
    assert "https://example.org/s.pdf" in result.stdout


def test_a_note_replaced_by_a_fifo_while_loaded_does_not_block_a_save(tmp_path: Path) -> None:
    """The save's "changed on disk?" check read the FIFO and waited for ever for a writer."""
    result = _python(
        f"""
        import os
        from pathlib import Path
        from confnotes.errors import ConflictError
        from confnotes.notebook.notebook import Notebook
        root = Path({str(tmp_path)!r})
        nb = Notebook.open(root)
        conf = nb.new_conference("Conf")
        nb.save_conference(conf)
        talk = nb.new_talk(conf.id, "Talk")
        nb.save_talk(talk)
        talk.path.unlink()
        os.mkfifo(talk.path)
        talk.body = "new text\\n"
        try:
            nb.save_talk(talk)
        except ConflictError as exc:
            print("conflict:", exc)
        nb.save_talk(talk, force=True)  # the user chose to overwrite: a file replaces it
        print(talk.path.is_file(), talk.path.read_text())
        """,
        timeout=20,
    )
    assert result.returncode == 0, result.stderr
    assert "conflict:" in result.stdout
    assert "True" in result.stdout and "new text" in result.stdout


def test_a_body_edit_keeps_the_line_endings_of_a_mixed_file(tmp_path: Path) -> None:
    """A body edit on a file mixing CRLF and LF (and CR) rewrote every line in one style."""
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "conference.yaml").write_text("name: Conf\n", encoding="utf-8")
    raw = b"---\r\ntitle: M\n---\r\nfirst\r\nsecond\nthird\rfourth\r\n\r\nlast\n"
    (conf / "mixed.md").write_bytes(raw)
    nb = Notebook.open(tmp_path)
    talk = nb.talks["conf/mixed"]
    talk.body = talk.body.replace("second", "second, edited") + "added\n"
    assert nb.save_talk(talk)
    after = (conf / "mixed.md").read_bytes()
    assert (
        after
        == b"---\r\ntitle: M\n---\r\nfirst\r\nsecond, edited\nthird\rfourth\r\n\r\nlast\nadded\r\n"
    )
    talk.body = talk.body.replace("first", "1st")
    assert nb.save_talk(talk)  # a second save starts from what the first one wrote
    assert (conf / "mixed.md").read_bytes() == after.replace(b"first", b"1st")


def test_a_deeply_nested_config_file_is_a_clear_error(tmp_path: Path) -> None:
    """tomllib recursed: a config of 5,000 ``[`` crashed the start with RecursionError."""
    import pytest

    from confnotes.errors import BadInputError
    from confnotes.settings import load_settings

    config = tmp_path / "config.toml"
    config.write_text("a = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="nested too deeply"):
        load_settings(config)
