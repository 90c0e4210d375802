"""Whatever bytes arrive, the machine importers answer with a programme or a BadInputError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from confnotes.errors import BadInputError
from confnotes.importers.formats import frab, ical, pretalx
from confnotes.importers.programme import Programme

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"
MODULES = (frab, pretalx, ical)
FIXTURES = {
    frab: ["frab_pretalx.xml", "fosdem_nodate.xml", "frab_utc_dates.xml"],
    pretalx: [
        "schedule_pretalx.json",
        "schedule_frab.json",
        "pretalx_widget.json",
        "schedule_v2_hub.json",
    ],
    ical: ["workshop.ics", "pretalx_export.ics"],
}


def _outcome(module, data: bytes) -> None:
    assert 0.0 <= module.detect(data) <= 1.0
    try:
        result = module.parse(data, "fuzz")
    except BadInputError as exc:
        assert str(exc).startswith("fuzz")
    else:
        assert isinstance(result, Programme)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    for module in MODULES:
        _outcome(module, data)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.NAME)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.floats(min_value=0, max_value=1), junk=st.binary(max_size=20))
def test_truncated_and_corrupted_fixtures(module, cut: float, junk: bytes) -> None:
    for name in FIXTURES[module]:
        data = (DATA / name).read_bytes()
        at = int(len(data) * cut)
        _outcome(module, data[:at])
        _outcome(module, data[:at] + junk + data[at + len(junk) :])


@settings(max_examples=100, deadline=None)
@given(
    start=st.text(max_size=12),
    duration=st.text(max_size=12),
    date=st.text(max_size=30),
    tz=st.text(max_size=40),
)
def test_odd_values_in_a_valid_frab_shape(start: str, duration: str, date: str, tz: str) -> None:
    from xml.sax.saxutils import escape

    def clean(text: str) -> str:
        return escape("".join(ch for ch in text if ch.isprintable()))

    xml = (
        f"<schedule><conference><title>T</title><time_zone_name>{clean(tz)}</time_zone_name>"
        f"</conference><day index='1' date='{clean(date)}'><room name='R'><event id='1'>"
        f"<date>{clean(date)}</date><start>{clean(start)}</start>"
        f"<duration>{clean(duration)}</duration><title>E</title></event></room></day></schedule>"
    )
    _outcome(frab, xml.encode())
