"""Subcommands of ``confnotes``, discovered from the modules of this package.

A module is a command when it defines ``register(subparsers, common)``;
``ORDER`` (an int, default 50) sets its place in ``--help``. Adding a command
is adding a module: no list to edit.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def _discover() -> tuple[ModuleType, ...]:
    modules = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if callable(getattr(module, "register", None)):
            modules.append(module)
    return tuple(sorted(modules, key=lambda m: (getattr(m, "ORDER", 50), m.__name__)))


COMMANDS = _discover()
"""Modules whose ``register`` adds a subcommand, in the order ``--help`` lists them."""
