"""Text utilities with no knowledge of notes: the one fold, combining marks, lazy regexes.

May import: the standard library only.
"""
