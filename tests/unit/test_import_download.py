"""A programme download has one deadline for all its reads, and can be cancelled."""

from __future__ import annotations

import threading
import time

import pytest

from confnotes.errors import BadInputError
from confnotes.importers.registry import read_source


def test_a_byte_at_a_time_download_stops_at_the_deadline(trickle: str) -> None:
    with pytest.raises(BadInputError, match="not downloaded in time"):
        read_source(trickle, deadline=time.monotonic() + 1.0)


def test_a_download_can_be_cancelled(trickle: str) -> None:
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    with pytest.raises(BadInputError, match="cancelled"):
        read_source(trickle, cancel=cancel)
