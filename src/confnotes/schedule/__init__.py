"""The programme in time: what is on now, clashes, reminders, the day grid.

Features built on the notebook's talks and their conferences' clocks, and notes for what
is not on the programme (a hallway chat, a BoF).

May import: ``confnotes.knowledge``, ``confnotes.notebook.notebook`` and below. Never Textual.
"""
