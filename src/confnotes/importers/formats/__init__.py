"""One module per programme format, discovered by :mod:`confnotes.importers.registry`.

Contract of a format module:

- ``NAME: str`` — the ``--format`` name (``frab``, ``pretalx``, ``ical``, ``markdown``...).
- ``detect(data: bytes) -> float`` — confidence 0..1 that ``data`` is this format,
  judged from the content (never from a file extension alone); cheap and never raising.
- ``parse(data: bytes, source: str) -> Programme`` — the programme; raises
  :class:`confnotes.errors.BadInputError` naming ``source`` and the line at fault.
  Pure: no printing, no writing, no network, bounded time and memory on hostile input.
"""
