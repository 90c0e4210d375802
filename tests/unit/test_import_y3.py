"""Losses of earlier blind sets made general (issue 33), in fixtures of our own words: a
roundtable named in an East Asian script or in Russian is a panel in a data file's
records; a title's by-line joins two speakers with the conjunction of its language."""

from __future__ import annotations

import pytest

from confnotes.importers.programme import Programme
from confnotes.importers.registry import parse_programme


def _read(text: str, name: str = "page.md") -> Programme:
    return parse_programme(text.encode(), name)


def _kinds(p: Programme) -> dict[str, str]:
    return {t.title: t.kind for t in p.talks}


ROUNDTABLE_FRONT = """+++
title = "年会"
date = 2024-05-16

[[agenda.item]]
    time = "09:00 - 09:30"
    desc = "{first}"
    speaker = "林晓"
[[agenda.item]]
    time = "09:30 - 10:00"
    desc = "存储引擎的十年"
    speaker = "周岚"
[[agenda.item]]
    time = "10:00 - 10:40"
    desc = "{panel}"
    speaker = "社区伙伴代表"
+++
"""


@pytest.mark.parametrize(
    "panel",
    [
        "开源生态圆桌论坛",
        "圆桌讨论：数据库的下一个十年",
        "圓桌對談：雲端的未來",
        "개발자 좌담회",
        "パネルディスカッション：次の十年",
        "Круглый стол: базы данных",
    ],
)
def test_a_roundtable_in_a_data_files_records_is_a_panel(panel: str) -> None:
    p = _read(ROUNDTABLE_FRONT.format(first="开场致辞", panel=panel))
    kinds = _kinds(p)
    assert kinds[panel] == "panel"
    assert kinds["存储引擎的十年"] == "talk"  # a talk beside it keeps its kind
