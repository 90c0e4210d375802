"""Knowledge across conferences: people, papers, wikilinks and tags, attachments.

Features built on the notebook: who is who across conferences, the papers behind links,
``[[wikilinks]]`` and backlinks, files attached to notes, finding a talk from what a user
typed, and the corrections a user makes with their undo.

May import: ``confnotes.notebook.notebook`` and below. Never Textual.
"""
