"""confnotes: conference notes as plain Markdown files, with a terminal UI, importers and search."""

__version__ = "0.1.0"
