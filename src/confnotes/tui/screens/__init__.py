"""Screens and dialogs of the terminal UI, one per module."""
