"""Fixtures shared by the index tests."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from confnotes.index.whoosh_index import WhooshIndex
from tests.unit.test_index_fastpath import _edited_index, _fuzz_note


@pytest.fixture(scope="module")
def fuzz_index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WhooshIndex]:
    """120 random notes, every 7th edited after the build: an index with several segments
    and deleted documents, as after a day of typing."""
    rng = random.Random(3)
    ix = _edited_index(
        tmp_path_factory.mktemp("fuzz"),
        "name: Conf Deep 2019\nstart: 2019-12-10\n",
        {
            "ann-lee": "---\nname: Ann Lee\n---\nworks on deep models\n",
            "bo-root": "---\nname: Bo Root\n---\n",
        },
        [_fuzz_note(rng, i) for i in range(120)],
        7,
        "\nfixed point twin\n",
    )
    yield ix
    ix.close()
