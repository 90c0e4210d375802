"""The full build (``confnotes.index.bulk``) makes the index Whoosh's own writer makes.

Same terms, postings (document, weight, positions), term statistics, field
lengths, stored fields and columns, whether one process builds it or two, so
every search, snippet, typo retry and ranking is what it was with the writer.
"""

from __future__ import annotations

import multiprocessing
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.codec import default_codec

from confnotes.index import bulk
from confnotes.index.documents import Resolver, read_bytes, scan
from confnotes.index.whoosh_index import WhooshIndex, _storage, make_schema
from confnotes.notebook.notebook import Notebook
from tests.unit.index_fixtures import make_notebook

CONF = "fixpts-2019"
TEXT = (
    "equilibrium fixed point solver Broyden memory implicit layers deep networks "
    "training converges gradient Kajić Hyvärinen naïve café C++ C# .NET F# "
    "tokenization tokenizers calibrated calibration 深層平衡モデル 한국어 텍스트"
)
WORDS = TEXT.split()


def _talk(n: int) -> str:
    words = " ".join(WORDS[(n * 7 + k) % len(WORDS)] for k in range(40 + n % 30))
    extra = "".join(f" word{n % m}x{m}" for m in (3, 50, 400))
    speaker = ["shaojie-bai", "zico-kolter", "ivana-kajic"][n % 3]
    return (
        f"---\ntitle: Generated talk {n} on {WORDS[n % len(WORDS)]}\nkind: poster\n"
        f"session: posters\nstart: 2019-12-11T17:{n % 60:02d}\nspeakers: [{speaker}]\n"
        f"tags: [generated, t{n % 5}]\nabstract: {words[:200]}\n---\n"
        f"## Notes {n}\n\n- {words}{extra}\n\n**Bold** [a link](https://example.org/{n}) "
        f"arXiv:2106.{n:05d} #tag{n % 4}\n\n> quoted {WORDS[n % 9]}\n"
    )


@pytest.fixture(scope="module")
def notebook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture notebook plus 300 generated talks: terms with postings over several
    codec blocks, in both processes' shares."""
    root = make_notebook(tmp_path_factory.mktemp("bulk") / "nb")
    for n in range(300):
        (root / CONF / f"gen-{n:03d}.md").write_text(_talk(n), encoding="utf-8")
    return root


def _with_writer(root: Path, folder: Path) -> Any:
    """The index as Whoosh's own writer makes it from the same documents, in the same order."""
    folder.mkdir(parents=True, exist_ok=True)
    ix = _storage(folder).create_index(make_schema())
    writer = ix.writer()
    resolver = Resolver(root)
    for rel in bulk.build_order(scan(root)):
        data = read_bytes(root / rel)
        assert data is not None
        doc = bulk.document_of(bulk.parse_file(root, rel, data, resolver), resolver)
        if doc is not None:
            writer.add_document(**doc)
    writer.commit()
    return ix


def _with_bulk(root: Path, folder: Path, processes: int, files: Any = None) -> Any:
    folder.mkdir(parents=True, exist_ok=True)
    ix = _storage(folder).create_index(make_schema())
    built = bulk.build(ix, root, files if files is not None else scan(root), processes=processes)
    assert not built.cancelled
    return ix


def _contents(ix: Any) -> dict[Any, Any]:
    """Everything a search can read from an index, posting by posting."""
    out: dict[Any, Any] = {}
    with ix.reader() as reader:
        out["documents"] = reader.doc_count_all()
        fields = sorted(reader.indexed_field_names())
        out["fields"] = fields
        for name in fields:
            out[("length", name)] = reader.field_length(name)
            # prefixes are found through the term table's ordered key index
            for prefix in ("c", "ge", "t", "w", "zz") if name != "ts" else ():
                out[("prefix", name, prefix)] = list(reader.expand_prefix(name, prefix))
        for name, tbytes in reader.all_terms():
            info = reader.term_info(name, tbytes)
            matcher = reader.postings(name, tbytes)
            postings = []
            while matcher.is_active():
                postings.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            out[(name, tbytes)] = (
                info.weight(),
                info.doc_frequency(),
                info.min_length(),
                info.max_length(),
                info.max_weight(),
                info.min_id(),
                info.max_id(),
                postings,
            )
        for docnum in range(reader.doc_count_all()):
            out[("stored", docnum)] = reader.stored_fields(docnum)
            for name in fields:
                out[("doc length", docnum, name)] = reader.doc_field_length(docnum, name)
        out["ts"] = list(reader.column_reader("ts"))
    return out


def _assert_same(expected: dict[Any, Any], got: dict[Any, Any]) -> None:
    assert set(got) == set(expected)
    different = [key for key in expected if expected[key] != got[key]]
    assert not different, f"{len(different)} differ, first {different[0]!r}"


@pytest.fixture(scope="module")
def reference(notebook: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[Any, Any]:
    return _contents(_with_writer(notebook, tmp_path_factory.mktemp("writer")))


def test_one_process_builds_what_the_writer_builds(
    notebook: Path, reference: dict[Any, Any], tmp_path: Path
) -> None:
    got = _contents(_with_bulk(notebook, tmp_path, processes=1))
    assert any(len(v[7]) > 128 for k, v in reference.items() if isinstance(k[1], bytes))
    _assert_same(reference, got)


def test_the_python_loops_build_what_the_c_loops_build(
    notebook: Path, reference: dict[Any, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the C extension (``confnotes.index.speedups``'s Python mirrors in every
    place the build calls it) the index is the same, posting for posting."""
    from confnotes.index import analysis, speedups

    for module in (bulk, analysis):
        for name in ("ascii_words", "place", "add_postings", "encode_block", "encode_positions"):
            if hasattr(module, name):
                monkeypatch.setattr(module, name, getattr(speedups, f"{name}_py"))
    monkeypatch.setattr(bulk, "merge_field", speedups.merge_field_py)
    monkeypatch.setattr(bulk, "finish_field", speedups.finish_field_py)
    monkeypatch.setattr(speedups, "cjk_split", None)
    monkeypatch.setattr(speedups, "strip_emphasis", None)
    monkeypatch.setattr(speedups, "strip_line_marks", None)
    monkeypatch.setattr(analysis, "_last", threading.local())  # no analysis kept from before
    monkeypatch.setattr(bulk, "MIN_PARALLEL_FILES", 0)
    _assert_same(reference, _contents(_with_bulk(notebook, tmp_path, processes=2)))


def test_two_processes_build_what_the_writer_builds(
    notebook: Path, reference: dict[Any, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "MIN_PARALLEL_FILES", 0)
    started: list[int] = []
    real = bulk._Child.__init__

    def spy(self: Any, *args: Any) -> None:
        real(self, *args)
        started.append(self.process.pid)

    monkeypatch.setattr(bulk._Child, "__init__", spy)
    got = _contents(_with_bulk(notebook, tmp_path, processes=2))
    assert started, "the second process did not run"
    _assert_same(reference, got)
    assert not multiprocessing.active_children()


def test_stored_fields_sent_as_bytes_are_unpacked_when_the_writer_is_built_otherwise(
    notebook: Path, reference: dict[Any, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child sends its documents' stored fields pickled and compressed; a Whoosh whose
    per-document writer is not built as expected gets them unpacked, the usual way."""
    monkeypatch.setattr(bulk, "MIN_PARALLEL_FILES", 0)
    monkeypatch.setattr(bulk, "_stored_bytes_writer", lambda _perdoc: None)
    got = _contents(_with_bulk(notebook, tmp_path, processes=2))
    _assert_same(reference, got)


def test_a_file_gone_in_the_first_share_still_numbers_documents_right(
    notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "MIN_PARALLEL_FILES", 0)
    copy = tmp_path / "nb"
    shutil.copytree(notebook, copy)
    files = scan(copy)
    (copy / "people" / "zico-kolter.md").unlink()  # scanned, then gone: makes no document
    got = _contents(_with_bulk(copy, tmp_path / "bulk", processes=2, files=files))
    expected = _contents(_with_writer(copy, tmp_path / "writer"))
    _assert_same(expected, got)


def test_a_failed_second_process_falls_back_to_one(
    notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "nb"
    shutil.copytree(notebook, copy)
    monkeypatch.setattr(bulk, "MIN_PARALLEL_FILES", 0)
    monkeypatch.setattr(bulk, "_child_main", _failing_child)
    with WhooshIndex(Notebook(copy)) as ix:
        report = ix.rebuild()
        assert report.rebuilt and report.added == 314
        assert [h.id for h in ix.search('"generated talk 7"').hits][:1] == [f"{CONF}/gen-007"]
    assert not multiprocessing.active_children()


def _failing_child(*_args: Any) -> None:
    raise RuntimeError("no worker today")


def test_a_cancelled_build_stops_its_worker_and_keeps_the_old_index(
    notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "nb"
    shutil.copytree(notebook, copy)
    monkeypatch.setattr(bulk, "MIN_PARALLEL_FILES", 0)
    with WhooshIndex(Notebook(copy)) as ix:
        ix.sync()
        (copy / CONF / "late.md").write_text("---\ntitle: Wombat\n---\nwombat\n", "utf-8")
        cancel = threading.Event()

        def progress(done: int, total: int) -> None:
            if done > 10:
                cancel.set()

        report = ix.rebuild(progress=progress, cancel=cancel)
        assert report.cancelled
        assert not multiprocessing.active_children()
        assert not list((copy / ".confnotes").glob("index.new-*"))
        assert not ix.search("wombat").hits  # the old index, still in place
        assert ix.search("kajic").hits


def test_rebuild_progress_counts_both_processes_files(
    notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "nb"
    shutil.copytree(notebook, copy)
    monkeypatch.setattr(bulk, "MIN_PARALLEL_FILES", 0)
    seen: list[tuple[int, int]] = []
    with WhooshIndex(Notebook(copy)) as ix:
        report = ix.rebuild(progress=lambda done, total: seen.append((done, total)))
    assert report.added == 314
    assert seen[-1] == (314, 314)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_sync_with_most_files_new_builds_anew(
    notebook: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import confnotes.index.whoosh_index as wi

    copy = tmp_path / "nb"
    make_notebook(copy)
    monkeypatch.setattr(wi, "REBUILD_MIN_FILES", 100)
    with WhooshIndex(Notebook(copy)) as ix:
        ix.sync()
        for n in range(150):
            (copy / CONF / f"gen-{n:03d}.md").write_text(_talk(n), encoding="utf-8")
        report = ix.sync()
        assert report.rebuilt and report.added == 164
        assert [h.id for h in ix.search('"generated talk 149"').hits][:1] == [f"{CONF}/gen-149"]
        (copy / CONF / "one-more.md").write_text("---\ntitle: Okapi\n---\nokapi\n", "utf-8")
        report = ix.sync()
        assert not report.rebuilt and report.added == 1


WORKER_SCRIPT = """
import sys, time
from pathlib import Path
from confnotes.index import bulk
bulk.MIN_PARALLEL_FILES = 0
real_child = bulk._child_main
real_parse = bulk.parse_file

def slow_parse(*args):
    time.sleep(0.05)
    return real_parse(*args)

def slow_child(*args):
    bulk.parse_file = slow_parse
    real_child(*args)

bulk._child_main = slow_child
real_init = bulk._Child.__init__

def init(self, *args):
    real_init(self, *args)
    print(self.process.pid, flush=True)

bulk._Child.__init__ = init
from confnotes.index.whoosh_index import WhooshIndex
from confnotes.notebook.notebook import Notebook
WhooshIndex(Notebook(Path(sys.argv[1]))).rebuild()
"""


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="utf-8")
    except OSError:
        return False
    return "\nState:\tZ" not in status  # a zombie has stopped working


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_the_worker_ends_with_a_terminated_build(notebook: Path, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    copy = tmp_path / "nb"
    shutil.copytree(notebook, copy)
    with WhooshIndex(Notebook(copy)) as ix:
        ix.sync()
    build = subprocess.Popen(
        [sys.executable, "-c", WORKER_SCRIPT, str(copy)], stdout=subprocess.PIPE, text=True
    )
    assert build.stdout is not None
    worker = int(build.stdout.readline())
    assert _running(worker)
    build.send_signal(signal.SIGTERM)
    build.wait(10)
    deadline = time.monotonic() + 10
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(worker)
    with WhooshIndex(Notebook(copy)) as ix:  # the previous index, in place
        assert ix.search("kajic").hits
    assert not list((copy / ".confnotes").glob("index.new-*"))


def test_front_matter_the_notebook_parsed_is_not_parsed_again(
    notebook: Path, reference: dict[Any, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reindex after an import (which leaves the parse cache) takes each note's front
    matter from the cache when the file's bytes are the ones parsed, and builds the same
    index; a note edited since is parsed again."""
    from confnotes.notebook import frontmatter

    copy = tmp_path / "nb"
    shutil.copytree(notebook, copy)
    assert Notebook.open(copy).save_parse_cache()
    edited = copy / CONF / "gen-007.md"
    edited.write_text(_talk(7), encoding="utf-8")  # the same text: the same hash
    changed = copy / CONF / "gen-008.md"
    changed.write_text(_talk(8).replace("kind: poster", "kind: talk"), encoding="utf-8")
    parsed: list[str] = []
    real = frontmatter.load_yaml

    def counting(text: str, *args: Any, **kwargs: Any) -> Any:
        parsed.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(frontmatter, "load_yaml", counting)
    got = _contents(_with_bulk(copy, tmp_path / "bulk", processes=1))
    assert len(parsed) == 1 and "kind: talk" in parsed[0]
    monkeypatch.setattr(frontmatter, "load_yaml", real)
    changed.write_text(_talk(8), encoding="utf-8")
    again = _contents(_with_bulk(copy, tmp_path / "bulk-again", processes=1))
    _assert_same(reference, again)
    assert got[("kind", b"talk")][1] == reference.get(("kind", b"talk"), (0, 0))[1] + 1


def test_the_hash_tables_are_the_bytes_whoosh_writes() -> None:
    from whoosh.filedb.filestore import RamStorage
    from whoosh.filedb.filetables import OrderedHashWriter

    storage = RamStorage()
    written = []
    for ours in (False, True):
        writer = OrderedHashWriter(storage.create_file(f"t{ours}"))
        for i in range(3000):
            writer.add(b"k%06d" % i, b"v" * (i % 9 + 1))
        if ours:
            writer._write_hashes = lambda w=writer: bulk._write_hash_tables(w)
        writer.close()
        written.append(storage.open_file(f"t{ours}").read())
    assert written[0] == written[1]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"aAbé İ\t\r\n\x0b,.-/", "ß"]), max_size=40))
def test_whooshs_own_fields_are_indexed_as_whoosh_indexes_them(value: str) -> None:
    """``ID`` and ``KEYWORD`` fields are cut here without Whoosh's generators: the same
    terms, counts, weights and values."""
    schema = make_schema()
    with tempfile.TemporaryDirectory() as folder:
        share = bulk._Share(schema, default_codec(), 0, Path(folder) / "part")
        share.part.close()
    kinds = {"id", "keyword", "keyword-lower"}
    names = [name for name, spec in share._fields.items() if spec[1] in kinds]
    assert {"key", "url", "link", "date"} <= set(names)
    for name in names:
        items = list(schema[name].index(value))
        keys, weights, values, count = share._columns(name, value)
        assert keys == [k for k, _f, _w, _v in items]
        assert weights == [w for _k, _f, w, _v in items]
        assert values == [v for _k, _f, _w, v in items]
        assert count == sum(f for _k, f, _w, _v in items)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=70000), st.sampled_from([1, 3, 9]))
def test_compressed_data_is_read_back_by_zlib(data: bytes, level: int) -> None:
    import zlib

    assert zlib.decompress(bulk.compressed(data, level)) == data
