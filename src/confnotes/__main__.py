"""Allow ``python -m confnotes``."""

from confnotes.cli import main

raise SystemExit(main())
