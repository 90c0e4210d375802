"""Importers: bytes of a conference programme in, a typed :class:`Programme` out.

Importers are pure: no printing, no writing, no network. Each format is a
module in :mod:`confnotes.importers.formats` with ``NAME``, ``detect(data)``
and ``parse(data, source)``; :mod:`confnotes.importers.registry` picks one by
content. Merging a programme into a notebook is a separate step.
"""
