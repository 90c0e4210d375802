"""Subcommands of ``confnotes``; each module has ``register(subparsers, common)``."""

from __future__ import annotations

from confnotes.commands import check, export

COMMANDS = (check, export)
"""Modules whose ``register`` adds a subcommand, in the order ``--help`` lists them."""
