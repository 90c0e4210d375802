"""The notebook loads, saves and protects the user's files."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from confnotes.errors import ConflictError, NotFoundError
from confnotes.model import Link
from confnotes.notebook.notebook import Notebook


def test_demo_notebook_loads_without_problems(demo: Path) -> None:
    nb = Notebook.open(demo)
    assert nb.check() == []
    assert "relml-2025" in nb.conferences
    conf = nb.conferences["relml-2025"]
    assert conf.timezone == "Europe/Lisbon"
    talk = nb.talks["relml-2025/calibration-is-not-enough"]
    assert talk.kind == "keynote"
    assert talk.start == datetime(2025, 6, 12, 9, 15)
    assert [p.name for p in nb.speakers_of(talk)] == ["Amara Okafor"]
    assert {link.kind for link in talk.links} == {"slides", "video", "paper"}
    assert next(t.title for t in nb.talks_by("amara-okafor")).startswith("Calibration")


def test_unchanged_save_writes_nothing(demo: Path) -> None:
    nb = Notebook.open(demo)
    for talk in nb.talks.values():
        before = talk.path.read_bytes()
        assert nb.save_talk(talk) is False
        assert talk.path.read_bytes() == before
    for conf in nb.conferences.values():
        assert nb.save_conference(conf) is False


def test_body_edit_keeps_front_matter_bytes_and_unknown_keys(tmp_path: Path) -> None:
    conf = tmp_path / "c"
    conf.mkdir()
    (conf / "conference.yaml").write_text("name: C\nmy_key: kept\n")
    note = conf / "t.md"
    front = "---\ntitle: T   # comment kept\ncustom: {a: 1}\nkind: oral\n---\n"
    note.write_text(front + "old body\n")
    nb = Notebook.open(tmp_path)
    talk = nb.talks["c/t"]
    talk.body = "new body\n"
    assert nb.save_talk(talk)
    assert note.read_text() == front + "new body\n"
    talk.tags.append("x")
    nb.save_talk(talk)
    reread = Notebook.open(tmp_path).talks["c/t"]
    assert reread.extra == {"custom": {"a": 1}}
    assert reread.tags == ["x"]
    assert reread.body == "new body\n"
    assert "my_key: kept" in (conf / "conference.yaml").read_text()


def test_crlf_file_keeps_crlf(tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    note = tmp_path / "c" / "t.md"
    note.write_bytes(b"---\r\ntitle: T\r\n---\r\nline one\r\n")
    nb = Notebook.open(tmp_path)
    talk = nb.talks["c/t"]
    assert talk.body == "line one\n"
    talk.body += "line two\n"
    nb.save_talk(talk)
    assert note.read_bytes() == b"---\r\ntitle: T\r\n---\r\nline one\r\nline two\r\n"


def test_external_change_with_same_size_and_mtime_is_detected(demo: Path) -> None:
    nb = Notebook.open(demo)
    talk = nb.talks["relml-2025/shifts-in-the-wild"]
    stat = talk.path.stat()
    data = talk.path.read_bytes()
    changed = data.replace(b"Dataset", b"DATASET")
    assert len(changed) == len(data)
    talk.path.write_bytes(changed)
    os.utime(talk.path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    talk.body += "my new line\n"
    with pytest.raises(ConflictError, match="changed on disk"):
        nb.save_talk(talk)
    assert talk.path.read_bytes() == changed


def test_new_talk_gets_unique_safe_file_name(demo: Path) -> None:
    nb = Notebook.open(demo)
    a = nb.new_talk("relml-2025", "Opening remarks")
    b = nb.new_talk("relml-2025", "../../etc/passwd: ÜBER/evil")
    assert a.id == "relml-2025/opening-remarks-2"
    assert b.path.parent == demo / "relml-2025"
    assert b.path.name == "etc-passwd-uber-evil.md"
    b.links.append(Link("https://arxiv.org/abs/1", "paper"))
    nb.save_talk(a)
    nb.save_talk(b)
    again = Notebook.open(demo)
    assert again.talks[b.id].links[0].kind == "paper"


def test_missing_notebook_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="does not exist"):
        Notebook.open(tmp_path / "nope")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(min_size=1).filter(lambda s: s.strip()),
    body=st.text(),
    extra=st.dictionaries(
        st.from_regex(r"x_[a-z]{1,8}", fullmatch=True), st.text() | st.integers(), max_size=3
    ),
)
@example(title="0", body="\x00\x00", extra={})  # a NUL-only body read back as binary: note gone
def test_any_title_body_and_unknown_keys_survive(
    tmp_path_factory: pytest.TempPathFactory, title: str, body: str, extra: dict
) -> None:
    root = tmp_path_factory.mktemp("nb")
    nb = Notebook(root)
    nb.new_conference("Conf", conf_id="conf")
    talk = nb.new_talk("conf", title)
    talk.body = body.replace("\r", "")
    talk.extra.update(extra)
    nb.save_talk(talk)
    first = talk.path.read_bytes()
    again = Notebook.open(root).talks[talk.id]
    assert again.title == title.strip() or again.title == title
    assert again.body == talk.body
    assert again.extra == extra
    nb2 = Notebook.open(root)
    assert nb2.save_talk(nb2.talks[talk.id]) is False
    assert talk.path.read_bytes() == first


def test_a_notebook_created_by_another_process_meanwhile_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two imports into the same new notebook at once: the second finds the folder made
    between its look and its mkdir, and goes on (it failed with 'File exists')."""
    root = tmp_path / "new"
    real_exists = Path.exists

    def made_meanwhile(self: Path, *args: object, **kwargs: object) -> bool:
        if self == root:
            self.mkdir(exist_ok=True)  # the other process, just now
            return False
        return real_exists(self)

    monkeypatch.setattr(Path, "exists", made_meanwhile)
    nb = Notebook.open(root, create=True)
    assert nb.root.is_dir()
