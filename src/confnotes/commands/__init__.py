"""Subcommands of ``confnotes``, discovered from the modules of this package.

A module is a command when it defines ``register(subparsers, common)``;
``ORDER`` (an int, default 50) sets its place in ``--help``. Adding a command
is adding a module: no list to edit. The module of command ``NAME`` is
``NAME`` or ``NAME_`` (``import_``), so running one command imports only its
module (``confnotes search`` must start fast: no importers, exporters or UI).
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import Any


def _is_command(module: ModuleType) -> bool:
    return callable(getattr(module, "register", None))


def discover() -> tuple[ModuleType, ...]:
    """Every command module, in the order ``--help`` lists them (imports them all)."""
    import pkgutil

    modules = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if _is_command(module):
            modules.append(module)
    return tuple(sorted(modules, key=lambda m: (getattr(m, "ORDER", 50), m.__name__)))


def find(name: str) -> ModuleType | None:
    """The module of command ``name``, importing nothing else (None when there is none)."""
    name = name.replace("-", "_")  # ``merge-driver`` lives in ``merge_driver``
    if not name.isidentifier() or name.startswith("_"):
        return None
    for candidate in (name, f"{name}_"):
        full = f"{__name__}.{candidate}"
        if importlib.util.find_spec(full) is None:
            continue
        module = importlib.import_module(full)
        if _is_command(module):
            return module
    return None


def __getattr__(name: str) -> Any:
    if name == "COMMANDS":
        return discover()
    raise AttributeError(name)
