"""Conventions of real pages the importer read badly (issue 33, blind set 37): an
Indonesian event list whose fields are keyed in Indonesian (``Tanggal``, ``Pukul``,
``Pembicara``). The lines are written for these tests."""

from __future__ import annotations

from confnotes.importers.fields import roles_of
from confnotes.importers.headings import KEY_ALIASES, SPEAKER_KEYS, key_value


def _said(line: str) -> tuple[str, str] | None:
    said = key_value(line)
    return (KEY_ALIASES.get(said[0], said[0]), said[1]) if said else None


def test_indonesian_keys_name_the_date_the_time_and_the_speaker() -> None:
    assert _said("- Tanggal: 2021/03/27") == ("date", "2021/03/27")
    assert _said("- Pukul: 10:00 - 12:00") == ("time", "10:00 - 12:00")
    assert _said("- Waktu: 19.00 WIB") == ("time", "19.00 WIB")
    assert _said("- Judul: Menulis parser kecil") == ("title", "Menulis parser kecil")
    said = _said("- Pembicara: Dewi Kartika Sari, Backend Engineer, Warung Data")
    assert said is not None and said[0] in SPEAKER_KEYS
    assert _said("- Pemateri: Bagus Hendrawan") is not None


def test_indonesian_keys_of_data_records_have_their_roles() -> None:
    assert roles_of("pembicara") == {"speaker"}
    assert roles_of("narasumber") == {"speaker"}
    assert "start" in roles_of("pukul")
    assert "date" in roles_of("tanggal")
