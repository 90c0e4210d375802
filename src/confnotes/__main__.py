"""Allow ``python -m confnotes``."""

from confnotes.cli import run

run()
