"""An import writes its conference's file once, with where the programme came from in
it (``programme_sources``, for ``import --update``), not once for the programme and
again for its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from confnotes.importers.sources import import_sources
from confnotes.importers.update import programme_sources
from confnotes.model import Conference
from confnotes.notebook.notebook import Notebook

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The conference ids whose file the notebook wrote, in order."""
    written: list[str] = []
    real = Notebook.save_conference

    def counted(self: Notebook, conf: Conference, *args: object, **kwargs: object) -> bool:
        done = real(self, conf, *args, **kwargs)  # type: ignore[arg-type]
        if done:
            written.append(conf.id)
        return done

    monkeypatch.setattr(Notebook, "save_conference", counted)
    return written


def test_a_first_import_writes_the_conference_once_with_its_source(
    tmp_path: Path, writes: list[str]
) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    source = DATA / "schedule_pretalx.json"
    (report,) = import_sources(nb, [str(source)])
    assert report.error is None
    assert writes == [report.conference_id]
    conf = Notebook.open(nb.root).conferences[report.conference_id]
    assert [s.source for s in programme_sources(conf)] == [str(source.resolve())]
    writes.clear()
    import_sources(nb, [str(source)])
    assert writes == []  # the same file again: nothing to write


def test_files_imported_together_write_their_conference_once(
    tmp_path: Path, writes: list[str]
) -> None:
    nb = Notebook.open(tmp_path / "nb", create=True)
    files = sorted(str(p) for p in (DATA / "corpus" / "pd_join_csv").iterdir())
    reports = import_sources(nb, files)
    assert all(r.error is None for r in reports)
    conf_id = reports[0].conference_id
    assert writes == [conf_id]
    sources = programme_sources(Notebook.open(nb.root).conferences[conf_id])
    assert sorted(s.source for s in sources) == sorted(str(Path(f).resolve()) for f in files)
    assert len({s.together for s in sources}) == 1 and sources[0].together
