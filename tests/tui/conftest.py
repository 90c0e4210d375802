"""Fixtures of the UI tests, and a runner for ``async def`` Pilot tests."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest

from tests.tui.helpers import parallel_notebook


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no async plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    kwargs = {name: pyfuncitem.funcargs[name] for name in names}
    asyncio.run(pyfuncitem.obj(**kwargs))
    return True


@pytest.fixture
def parallel(tmp_path: Path) -> Path:
    """A notebook with two talks in parallel rooms."""
    return parallel_notebook(tmp_path / "parallel")
