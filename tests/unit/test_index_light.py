"""A search answered without Whoosh gives what Whoosh's side gives, or hands over.

``confnotes search`` over an index in step with the files reads Whoosh's files
itself (``confnotes.index.light``, ``confnotes.index.whoosh_files``): a user must
get the same hits, order, scores, snippets, lines and totals as through Whoosh,
after edits (several segments, deleted documents) too, and every search the reader
cannot answer with certainty (files changed, NOT, a possible typo, an index it does
not know) must go to Whoosh instead of answering wrong.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from confnotes.index import light, open_index, whoosh_files
from confnotes.index.analysis import decode_positions, encode_positions
from confnotes.index.base import SearchResults
from confnotes.index.whoosh_files import Index, Unreadable
from confnotes.index.whoosh_index import WhooshIndex, make_schema
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook
from tests.unit.test_index_fastpath import FUZZ_QUERIES, QUERIES


def _view(results: SearchResults | None) -> tuple:
    assert results is not None
    return (
        [dataclasses.astuple(h) for h in results.hits],
        results.total,
        results.notice,
        results.corrected,
    )


def _compare(ix: WhooshIndex, query: str, limit: int = 20, kinds: tuple[str, ...] = ()) -> bool:
    """Assert the reader gives Whoosh's results; True when it answered at all."""
    ours = light.search(ix.root, query, limit, kinds)
    if ours is None:
        return False
    assert _view(ours) == _view(ix.search(query, limit=limit, kinds=kinds)), (query, limit, kinds)
    return True


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WhooshIndex]:
    """The benchmarks' generated notebook (accents, CJK, links, tags, long notes)."""
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "gen_notebook.py"
    spec = importlib.util.spec_from_file_location("gen_notebook", path)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    root = tmp_path_factory.mktemp("generated") / "nb"
    gen.generate(root, 300)
    ix = open_index(Notebook(root))
    ix.sync()
    yield ix
    ix.close()


def test_the_edited_index_has_what_the_reader_must_handle(fuzz_index: WhooshIndex) -> None:
    with Index(fuzz_index.dir) as index:
        assert len(index.segments) > 1
        assert any(seg.deleted for seg in index.segments)


@pytest.mark.parametrize("query", QUERIES)
def test_plain_queries_give_whooshs_results(fuzz_index: WhooshIndex, query: str) -> None:
    for limit, kinds in [(20, ()), (3, ()), (10, ("talk",))]:
        _compare(fuzz_index, query, limit, kinds)


def test_random_queries_give_whooshs_results_and_most_are_answered(fuzz_index: WhooshIndex) -> None:
    """300 random queries (fields, phrases, prefixes, OR): whenever the reader answers, it
    is Whoosh's answer, at several limits and for talks only."""
    answered = 0
    for query in FUZZ_QUERIES:
        for limit, kinds in [(3, ()), (50, ()), (10, ("talk",))]:
            answered += _compare(fuzz_index, query, limit, kinds)
    assert answered > len(FUZZ_QUERIES)  # the reader is not always handing over


GENERATED_QUERIES = [
    "transformer",
    "calibration",
    "calibration transformer",
    "kolter",
    '"fixed point"',
    "speaker:kolter",
    "title:calibration",
    "calibr*",
    "zoë",
    "Zoe",
    "深層",
    "arxiv",
    "tag:ml",
    "transformer -calibration",
    "date:2001",
    "calbration",
]


@pytest.mark.parametrize("query", GENERATED_QUERIES)
def test_queries_over_a_generated_notebook_give_whooshs_results(
    generated: WhooshIndex, query: str
) -> None:
    for limit, kinds in [(20, ()), (5, ()), (10, ("talk",))]:
        _compare(generated, query, limit, kinds)


def test_common_searches_are_answered_without_whoosh(generated: WhooshIndex) -> None:
    for query in ["transformer", "calibration transformer", '"fixed point"', "speaker:kolter"]:
        assert _compare(generated, query), query


OVERLAY_QUERIES = [
    "equilibrium",
    "zebra crossing",
    '"zebra crossing"',
    "operator",
    "splitting",
    "convergence guarantees",
    "networks",
    "title:networks",
    "speaker:kolter",
    "zeb*",
    "broyden",
]


def _edits(root: Path) -> None:
    """A note edited by hand, one written anew, one deleted (as with any editor)."""
    notes = sorted((root / "fixpts-2019").glob("*.md"))
    edited = notes[0]
    edited.write_text(edited.read_text("utf-8") + "\nA zebra crossing, then splitting.\n", "utf-8")
    (root / "fixpts-2019" / "new-talk.md").write_text(
        "---\ntitle: Zebra Networks\nspeakers: [zico-kolter]\n---\nzebra zebra operator\n",
        "utf-8",
    )
    notes[1].unlink()


@pytest.mark.parametrize("kinds", [(), ("talk",)])
def test_notes_edited_by_hand_are_searched_beside_the_index_as_whoosh_would(
    tmp_path: Path, kinds: tuple[str, ...]
) -> None:
    """Before the index is updated, the changed notes are read and searched beside it; the
    results are those Whoosh gives once it has updated the index."""
    root = make_notebook(tmp_path / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
    _edits(root)
    ours = {(q, n): light.search(root, q, n, kinds) for q in OVERLAY_QUERIES for n in (1, 20)}
    answered = {key: r for key, r in ours.items() if r is not None}
    must = {"equilibrium", "zebra crossing", '"zebra crossing"', "zeb*", "networks"}
    assert {(q, 1) for q in must} <= set(answered)
    assert all(r.stale for r in answered.values())
    with open_index(Notebook(root)) as ix:
        ix.sync()
        for (query, limit), result in answered.items():
            expected = ix.search(query, limit=limit, kinds=kinds)
            assert _view(result) == _view(expected), (query, limit)


def test_a_note_only_touched_is_searched_in_the_index_and_marks_it_stale(tmp_path: Path) -> None:
    root = make_notebook(tmp_path / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
        expected = ix.search("equilibrium")
    note = next(root.glob("fixpts-2019/*.md"))
    note.write_bytes(note.read_bytes())  # a new mtime, the same bytes
    found = light.search(root, "equilibrium", 20)
    assert found is not None and found.stale
    assert _view(found) == _view(expected)


def test_changes_it_cannot_search_beside_the_index_go_to_whoosh(tmp_path: Path) -> None:
    root = make_notebook(tmp_path / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
    note = next(root.glob("fixpts-2019/*.md"))
    note.write_text(note.read_text("utf-8") + "\nzebra\n", "utf-8")
    assert light.search(root, "equilibrium", 20) is not None
    assert light.search(root, "url:arxiv.org", 20) is None  # a field made by Whoosh's analyzers
    assert light.search(root, "kind:oral", 20) is None
    person = next(root.glob("people/*.md"))
    person.write_text(person.read_text("utf-8") + "\nmore\n", "utf-8")
    assert light.search(root, "equilibrium", 20) is None  # every talk showing them changes
    person.unlink()
    for i in range(20):  # more than a few notes changed: the index is updated first
        (root / "fixpts-2019" / f"extra-{i}.md").write_text("---\ntitle: X\n---\n", "utf-8")
    assert light.search(root, "equilibrium", 20) is None


def test_queries_it_cannot_answer_go_to_whoosh(generated: WhooshIndex) -> None:
    root = generated.root
    for query in ["transformer -calibration", "NOT transformer", "date:2001..2002", "calbration"]:
        assert light.search(root, query, 20) is None, query


def test_no_index_or_an_unreadable_one_goes_to_whoosh(tmp_path: Path) -> None:
    root = make_notebook(tmp_path / "nb")
    assert light.search(root, "equilibrium", 20) is None  # never indexed
    with open_index(Notebook(root)) as ix:
        ix.sync()
    assert light.search(root, "equilibrium", 20) is not None
    index = root / ".confnotes" / "index"
    toc = next(index.glob("_MAIN_*.toc"))
    data = toc.read_bytes()
    toc.write_bytes(data[: len(data) // 2])
    assert light.search(root, "equilibrium", 20) is None
    toc.write_bytes(data)
    for seg in index.glob("*.seg"):
        seg.write_bytes(b"\0" * 100)
    assert light.search(root, "equilibrium", 20) is None


def test_a_symlinked_derived_folder_goes_to_whoosh(tmp_path: Path) -> None:
    root = make_notebook(tmp_path / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
    shutil.move(root / ".confnotes", tmp_path / "elsewhere")
    (root / ".confnotes").symlink_to(tmp_path / "elsewhere")
    assert light.search(root, "equilibrium", 20) is None


def test_the_table_of_contents_refuses_classes_it_does_not_know() -> None:
    class Evil:
        def __reduce__(self) -> tuple:
            return (print, ("pwned",))

    with pytest.raises(Unreadable):
        whoosh_files._loads(pickle.dumps(Evil()))


def test_a_segment_that_is_not_compound_is_read_too(tmp_path: Path) -> None:
    from whoosh import index as windex

    folder = tmp_path / "ix"
    folder.mkdir()
    ix = windex.create_in(str(folder), make_schema())
    writer = ix.writer(compound=False)
    writer.add_document(key="talk:a", doctype="talk", id="a", title="Fixed points", text="fixed")
    writer.add_document(key="talk:b", doctype="talk", id="b", title="Deep", text="deep fixed")
    writer.commit(merge=False, optimize=False)
    writer = ix.writer(compound=False)
    writer.add_document(key="talk:c", doctype="talk", id="c", title="Roots", text="fixed roots")
    writer.commit(merge=False, optimize=False)
    assert not all(s.compound for s in ix._segments())
    with Index(folder) as index, ix.reader() as reader:
        assert index.doc_count_all == reader.doc_count_all()
        assert index.doc_frequency("text", "fix") == reader.doc_frequency("text", "fix")
        assert [index.stored_fields(d)["id"] for d in range(3)] == ["a", "b", "c"]
        assert list(index.expand_prefix("title", "")) == [
            t.decode() for t in reader.expand_prefix("title", "")
        ]


def test_the_readers_tables_are_whooshs(fuzz_index: WhooshIndex) -> None:
    """What the reader knows of the schema and the codec, checked against Whoosh."""
    from whoosh.util.numeric import _length_byte_cache

    schema = make_schema()
    assert {n for n in schema.names() if schema[n].scorable} == light.SCORED
    sizes = {n: schema[n].format.fixed_value_size() for n in schema.names() if schema[n].indexed}
    assert {n: light.VALUE_SIZES.get(n) for n in sizes} == sizes
    assert list(_length_byte_cache) == whoosh_files._BYTE_TO_LENGTH
    weighting = fuzz_index._get_searcher().weighting
    assert (weighting.B, weighting.K1) == (light.B, light.K1)
    for positions in ([0], [3], [1, 2, 9, 40], list(range(0, 300, 7))):
        assert decode_positions(encode_positions(positions)) == positions


def test_a_whoosh_upgrade_is_noticed_by_the_reader() -> None:
    """The format constants the reader relies on are Whoosh's (pinned in pyproject)."""
    from whoosh import index as windex
    from whoosh.codec import whoosh3
    from whoosh.filedb import filetables

    assert windex._CURRENT_TOC_VERSION == whoosh_files.TOC_VERSION
    assert whoosh3.WHOOSH3_HEADER_MAGIC == whoosh_files.BLOCK_MAGIC
    assert (whoosh3.W3Codec.TERMS_EXT, whoosh3.W3Codec.POSTS_EXT) == (".trm", ".pst")
    assert whoosh3.W3TermInfo._struct.format in ("!BfIBBfII", b"!BfIBBfII")
    assert filetables.md5_hash(b"key") == whoosh_files._md5_hash(b"key")
    assert filetables.crc_hash(b"key") == whoosh_files._crc_hash(b"key")


def test_a_cold_search_of_an_index_in_step_imports_no_whoosh(tmp_path: Path) -> None:
    root = make_notebook(tmp_path / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
    code = (
        "import sys\n"
        "from confnotes import cli\n"
        "try:\n"
        f"    cli.main(['--notebook', {str(root)!r}, 'search', 'equilibrium'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules}), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert "Equilibrium" in done.stdout
    assert "'whoosh'" not in done.stderr and "'yaml'" not in done.stderr, done.stderr


def _with_ahead(root: Path, query: str) -> SearchResults | None:
    """``light.search`` as the command runs it: the files scanned in forked children."""
    from confnotes.index import scan_ahead

    ahead = scan_ahead.ScanAhead.start(root)
    assert ahead is not None
    try:
        return light.search(root, query, 1, (), ahead)
    finally:
        ahead.close()


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="the scan ahead needs fork")
def test_notes_newer_than_the_index_are_found_without_reading_the_whole_manifest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The scan's children list the notes modified after the index's last sync; when they
    explain the whole change (the scan with them put back is the one the index was saved
    for), the manifest is not parsed. A note deleted is not explained so: the manifest then
    tells, and the results are the same."""
    from confnotes.index import stamps

    root = make_notebook(tmp_path / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
    _edits(root)
    whole = []
    real = stamps.read_manifest
    monkeypatch.setattr(light, "read_manifest", lambda f: whole.append(f) or real(f))
    with_ahead = _with_ahead(root, "zebra crossing")
    assert whole  # a note was deleted: only the whole manifest says which
    without = light.search(root, "zebra crossing", 1)
    assert with_ahead is not None and _view(with_ahead) == _view(without)

    with open_index(Notebook(root)) as ix:
        ix.sync()
    note = sorted((root / "fixpts-2019").glob("*.md"))[0]
    note.write_text(note.read_text("utf-8") + "\nquokka\n", "utf-8")
    (root / "fixpts-2019" / "another.md").write_text("---\ntitle: Quokka\n---\nquokka\n", "utf-8")
    whole.clear()
    found = _with_ahead(root, "quokka")
    assert not whole and found is not None and found.stale
    assert _view(found) == _view(light.search(root, "quokka", 1))


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="the scan ahead needs fork")
def test_a_note_named_while_the_scan_goes_on_is_read_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child that meets a note edited since the last sync names it at once; the search
    reads it while the scan goes on and, when it is all that changed, uses that reading."""
    from confnotes.index import overlay
    from confnotes.notebook import layout

    root = make_notebook(tmp_path / "nb")
    with open_index(Notebook(root)) as ix:
        ix.sync()
    note = sorted((root / "fixpts-2019").glob("*.md"))[0]
    note.write_text(note.read_text("utf-8") + "\nquokka\n", "utf-8")
    real_top = layout.top_entries
    monkeypatch.setattr(  # the edited note's folder first: told before the scan ends
        layout, "top_entries", lambda r: sorted(real_top(r), key=lambda e: e.name != "fixpts-2019")
    )
    reads = []
    real_read = overlay.read_changes
    monkeypatch.setattr(overlay, "read_changes", lambda *a: reads.append(a[1]) or real_read(*a))
    found = _with_ahead(root, "quokka")
    assert reads == [[note.relative_to(root).as_posix()]]  # once, while the children scanned
    assert found is not None and found.stale
    assert _view(found) == _view(light.search(root, "quokka", 1))
