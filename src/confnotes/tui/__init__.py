"""The Textual terminal UI. Only this package imports Textual; the CLI loads it lazily.

Importing it sets Textual's frame rate to 120 a second (``TEXTUAL_FPS``, documented in
``textual.constants``; a value the user set is kept): a typed key is drawn at the next
frame, and at Textual's default 60 the wait alone is up to 16.7 ms, as much as the
whole keystroke-to-frame budget. Frames are only drawn when something changed, so an
idle app costs nothing more.
"""

import os

FRAMES_PER_SECOND = "120"
os.environ.setdefault("TEXTUAL_FPS", FRAMES_PER_SECOND)
