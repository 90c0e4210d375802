"""Hostile input 10: broken and malicious YAML front matter.

Each note opens (as plain text when its front matter cannot be trusted), the
problem is reported with file and line, no code runs, nothing explodes in
memory or time, and the file is never rewritten unless the user edits it. A
body-only edit keeps the front-matter bytes.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.errors import FrontMatterError
from confnotes.exporters.json_export import export_json
from confnotes.notebook.frontmatter import load_yaml, parse_document
from confnotes.notebook.notebook import Notebook

from .hostile import FRONT_MATTER, alias_bomb, marker_tag, snapshot

REFUSED = {
    "unclosed": 1,
    "tabs": 4,
    "list": 2,
    "scalar": 2,
    "duplicate": 4,
    "bomb": 2,
    "deep-flow": 2,
    "deep-block": None,
    "huge": 2,
    "not-yaml": None,
    "control": None,
    "key-not-text": 2,
    "recursive": 2,
}
"""Notes whose front matter is refused, with the line the problem must name (None: any)."""


@pytest.fixture
def hostile_root(tmp_path: Path) -> Path:
    conf = tmp_path / "nb" / "conf"
    conf.mkdir(parents=True)
    (conf / "conference.yaml").write_text("name: Conf\n")
    for name, data in FRONT_MATTER.items():
        (conf / f"{name}.md").write_bytes(data)
    return tmp_path / "nb"


def test_hostile_front_matter_opens_as_text_with_problems(hostile_root: Path) -> None:
    before = snapshot(hostile_root)
    started = time.monotonic()
    nb = Notebook.open(hostile_root)
    problems = nb.check()
    export_json(nb)
    assert time.monotonic() - started < 10
    conf = hostile_root / "conf"
    for name, line in REFUSED.items():
        path = conf / f"{name}.md"
        talk = nb.talks[f"conf/{name}"]
        assert talk.extra.get("_unreadable"), f"{name} should open as plain text"
        assert talk.body == path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        found = [p for p in problems if p.path == path and p.level == "error"]
        assert found, f"{name}: no problem reported"
        if line is not None:
            assert found[0].line == line, f"{name}: {found[0]}"
    for talk in nb.talks.values():
        assert nb.save_talk(talk) is False, f"{talk.id} rewritten although unchanged"
    assert snapshot(hostile_root) == before


def test_yaml_tags_never_run_code(tmp_path: Path) -> None:
    marker = tmp_path / "PWNED"
    conf = tmp_path / "nb" / "conf"
    conf.mkdir(parents=True)
    (conf / "conference.yaml").write_text(marker_tag(marker) + "name: x\n")
    (conf / "tagged.md").write_text(f"---\n{marker_tag(marker)}---\nbody\n")
    people = tmp_path / "nb" / "people"
    people.mkdir()
    (people / "p.md").write_text(f"---\nname: !!python/name:os.system\n{marker_tag(marker)}---\n")
    nb = Notebook.open(tmp_path / "nb")
    messages = [str(p) for p in nb.check()]
    assert not marker.exists()
    assert any("tagged.md:2" in m and "unsupported YAML tag" in m for m in messages)
    assert any("conference.yaml" in m for m in messages)
    assert any("p.md" in m for m in messages)
    with pytest.raises(FrontMatterError):
        load_yaml(f"!!python/object/new:subprocess.Popen [['touch', '{marker}']]")
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly() -> None:
    for levels in (4, 8, 9, 12):
        started = time.process_time()  # CPU of this process: a busy machine's waits left out
        text = alias_bomb(levels=levels)
        if levels <= 4:
            assert load_yaml(text)["title"] == "Bomb"  # 8**4 values: harmless, allowed
        else:
            with pytest.raises(FrontMatterError, match="alias"):
                load_yaml(text)
        assert time.process_time() - started < 2


def test_deep_nesting_is_refused_not_a_crash() -> None:
    """60 000 ``[`` crashed the process (libyaml recursion); now a clear error with a line."""
    with pytest.raises(FrontMatterError, match="nested") as info:
        load_yaml("a: 1\nb: " + "[" * 60_000 + "]" * 60_000, first_line=2)
    assert info.value.line == 3
    with pytest.raises(FrontMatterError, match="nested"):
        load_yaml("x: " + "{a: " * 5_000 + "1" + "}" * 5_000)
    shallow = load_yaml("x: " + "[" * 50 + "]" * 50)
    assert isinstance(shallow["x"], list)


def test_values_yaml_would_coerce_stay_as_typed(tmp_path: Path) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "conference.yaml").write_text("name: 2023\nstart: 2023-12-16\n")
    note = conf / "coerced.md"
    note.write_bytes(FRONT_MATTER["coerced"])
    nb = Notebook.open(tmp_path)
    talk = nb.talks["conf/coerced"]
    assert talk.title == "no"
    assert talk.room == "012"
    assert talk.starred is True  # "yes" is read as a flag only where a flag is expected
    assert talk.extra == {"version": "1.10"}
    assert nb.conferences["conf"].name == "2023"
    talk.body = "edited body\n"
    assert nb.save_talk(talk)
    assert note.read_bytes() == FRONT_MATTER["coerced"].replace(b"Body.\n", b"edited body\n")
    talk.tags = ["now-reserialised"]
    assert nb.save_talk(talk)
    again = Notebook.open(tmp_path).talks["conf/coerced"]
    assert (again.title, again.room, again.extra) == ("no", "012", {"version": "1.10"})


def test_body_edit_of_unreadable_note_keeps_its_front_matter(tmp_path: Path) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "conference.yaml").write_text("name: C\n")
    for name in ("duplicate", "tabs", "bomb", "unclosed", "dots", "spaced"):
        (conf / f"{name}.md").write_bytes(FRONT_MATTER[name])
    nb = Notebook.open(tmp_path)
    for name in ("duplicate", "tabs", "bomb", "unclosed", "dots", "spaced"):
        talk = nb.talks[f"conf/{name}"]
        talk.body += "typed at the talk\n"
        assert nb.save_talk(talk)
        assert (conf / f"{name}.md").read_bytes() == FRONT_MATTER[name] + b"typed at the talk\n"


_KEYS = st.sampled_from(["title", "kind", "room", "x-custom", "tags", "version", "no", "on"])
_SCALARS = st.one_of(
    st.sampled_from(["no", "yes", "1.10", "012", "~", "null", "2023-12-16", "'q'", "0x1F", "-"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
)


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    """Front matter as a user might type it: comments, odd spacing, quoted and bare values."""
    lines = []
    for _ in range(draw(st.integers(0, 6))):
        key = draw(_KEYS)
        value = draw(_SCALARS).replace("\n", " ")
        comment = draw(st.sampled_from(["", "   # note", "\t# tab comment"]))
        lines.append(f"{key}: {value}{comment}")
    if draw(st.booleans()):
        lines.insert(draw(st.integers(0, len(lines))), "# a comment line")
    return "\n".join(lines) + ("\n" if lines else "")


_BODY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(front=front_matters(), body=_BODY, edit=_BODY)
def test_property_body_edit_keeps_front_matter_bytes(
    tmp_path_factory: pytest.TempPathFactory, front: str, body: str, edit: str
) -> None:
    root = tmp_path_factory.mktemp("nb")
    conf = root / "conf"
    conf.mkdir()
    note = conf / "t.md"
    head = f"---\n{front}---\n".encode()
    body_bytes = body.replace("\r", "").encode("utf-8")
    note.write_bytes(head + body_bytes)
    before = note.read_bytes()
    nb = Notebook.open(root)
    talk = nb.talks["conf/t"]
    assert nb.save_talk(talk) is False
    assert note.read_bytes() == before
    new_body = body.replace("\r", "") + edit.replace("\r", "") + "\n"
    talk.body = new_body
    nb.save_talk(talk)
    data = note.read_bytes()
    if talk.extra.get("_unreadable"):
        assert data == new_body.encode()
    else:
        assert data.startswith(head), "a body-only edit must keep the front-matter bytes"
        assert data[len(head) :] == new_body.encode()


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_property_parse_document_never_crashes(text: str) -> None:
    closes_early = any(
        line.rstrip() in ("---", "...") for line in text.replace("\r", "\n").split("\n")
    )
    try:
        doc = parse_document("---\n" + text + "\n---\nbody\n", Path("x.md"))
    except FrontMatterError as exc:
        assert exc.path == Path("x.md")
        assert exc.line is None or exc.line >= 1
    else:
        assert closes_early or doc.body == "body\n"


def test_huge_integer_is_a_front_matter_error() -> None:
    """An integer of 5,000 digits is a front matter problem, not an internal error."""
    with pytest.raises(FrontMatterError):
        parse_document("---\nseats: " + "9" * 5000 + "\n---\nbody\n")


def test_notebook_with_huge_integer_still_loads(tmp_path: Path) -> None:
    """One note with a 5,000-digit integer does not stop the notebook from loading.

    Python's ``int()`` refuses more than 4,300 digits; before, ``check`` ended in
    "internal error" and the app's background load stopped.
    """
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "conference.yaml").write_text("name: C\n", "utf-8")
    (tmp_path / "c" / "bad.md").write_text("---\nseats: " + "9" * 5000 + "\n---\nx\n", "utf-8")
    (tmp_path / "c" / "good.md").write_text("---\ntitle: Good\n---\nnotes\n", "utf-8")
    nb = Notebook.open(tmp_path)
    assert nb.talks["c/good"].title == "Good"
    assert "c/bad" in nb.talks  # kept visible as text, never rewritten
    assert any("too long" in p.message for p in nb.problems)
