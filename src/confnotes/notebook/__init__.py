"""The notebook: the one owner of the user's files.

A notebook is a folder of plain files: one Markdown note with YAML front matter per talk,
a page per person, a YAML file per conference. This package owns reading and writing them
(atomic writes, the one-writer lock, recovery copies, autosave of editor buffers), their
file formats (front matter, YAML dialect, records), the change feed, and the derived
caches that make a large notebook open fast. Everything else reads and writes notes
through :class:`confnotes.notebook.notebook.notebook.Notebook`.

May import: ``confnotes.model``, ``confnotes.errors``, ``confnotes.text``. Never Textual.
"""
