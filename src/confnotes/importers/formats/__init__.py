"""One module per programme format, discovered by :mod:`confnotes.importers.registry`.

Contract of a format module:

- ``NAME: str`` — the ``--format`` name, equal to the module's name (``frab``, ``ical``...).
- ``detect(data: bytes) -> float`` — confidence 0..1 that ``data`` is this format,
  judged from the content (never from a file extension alone); cheap and never raising.
- ``parse(data: bytes, source: str) -> Programme`` — the programme; raises
  :class:`confnotes.errors.BadInputError` naming ``source`` and the line at fault.
  Pure: no printing, no writing, no network, bounded time and memory on hostile input.
"""

import pkgutil as _pkgutil


def format_names() -> list[str]:
    """The ``--format`` names, without importing the parsers (a module's name is its NAME)."""
    return sorted(info.name for info in _pkgutil.iter_modules(__path__))
