"""The Textual terminal UI. Only this package imports Textual; the CLI loads it lazily."""
