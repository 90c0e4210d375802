"""Exporters: pure functions from a notebook to a document (no printing, no Textual)."""
