"""Helpers for fault tests: forked children that can be killed or limited safely."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest


def fork_child(work: Callable[[], None]) -> int:
    """Run ``work`` in a forked child that never returns into pytest; return its pid.

    The child exits 0 when ``work`` returns, 3 when it raises.
    """
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        code = 0
        try:
            work()
        except BaseException:
            code = 3
        finally:
            os._exit(code)
    return pid


def wait_child(pid: int) -> int:
    """Exit status of a forked child (negative signal number when it was killed)."""
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


running_as_root = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="permissions do not stop root; the root-proof variant covers this",
)
"""Skip a permission test when running as root."""
