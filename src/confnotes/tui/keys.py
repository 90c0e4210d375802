"""The UI's one key map: which binding a key reaches, and every binding id.

Three tiers, most specific wins, and a widget's own defaults never shadow a
documented key:

1. a screen's own keys (its ``BINDINGS``, priority): the search screen's Ctrl+L
   focuses its query box;
2. the app's keys (priority): F7 is "new note" in the schedule, the filter box and
   the editor alike, never the text area's "select all";
3. the focused widget's defaults (cursor keys, undo...): whatever the tiers above
   leave.

Textual checks priority bindings from the app down, so the app defers to the
screen itself (:func:`screen_claims`, called from the app's ``check_action``);
on a modal dialog the app's keys rest, except those in :data:`OVER_DIALOGS`, so a
dialog owns the keyboard as it always did.

Keys are chosen so that they arrive from common terminals (xterm, tmux, the
macOS and Windows terminals): not Ctrl+B (tmux's prefix), not Alt+B or Alt+F
(Textual reads ``ESC b`` and ``ESC f`` as Ctrl+Left and Ctrl+Right), and every
F-key action that a terminal may take for itself (F11: full screen in Windows
Terminal, "show desktop" on macOS) has a Ctrl key too.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

OVER_DIALOGS = frozenset({"quit", "help"})
"""App actions whose keys act even while a dialog is up."""


def bound_keys(bindings: Iterable[BindingType], keymap: Mapping[str, str]) -> dict[str, str]:
    """``{key: action}`` of a ``BINDINGS`` list, with the user's keymap applied by id."""
    keys: dict[str, str] = {}
    for binding in Binding.make_bindings(bindings):
        written = keymap.get(binding.id, binding.key) if binding.id else binding.key
        for key in written.split(","):
            keys[key.strip()] = binding.action
    return keys


@functools.lru_cache(maxsize=64)
def _own_keys(screen_type: type[Screen], keymap: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(bound_keys(screen_type.BINDINGS, dict(keymap)))


def own_keys(screen: Screen, keymap: Mapping[str, str]) -> frozenset[str]:
    """The keys a screen binds itself (not its widgets'), keymap applied."""
    return _own_keys(type(screen), tuple(sorted(keymap.items())))


def screen_claims(screen: Screen, keys: Iterable[str], keymap: Mapping[str, str]) -> bool:
    """Whether the screen binds one of ``keys`` itself: its own meaning wins over the app's."""
    mine = own_keys(screen, keymap)
    return any(key in mine for key in keys)


def app_key_acts(
    screen: Screen, action: str, app_keys: Mapping[str, str], keymap: Mapping[str, str]
) -> bool:
    """Whether an app-wide action's key acts on ``screen`` (tier 2 of the map above).

    ``app_keys``: the app's ``{key: action}`` (see :func:`bound_keys`)."""
    if isinstance(screen, ModalScreen) and action not in OVER_DIALOGS:
        return False
    keys = [key for key, bound in app_keys.items() if bound == action]
    return not (keys and screen_claims(screen, keys, keymap))


def binding_ids(classes: Iterable[type]) -> set[str]:
    """Every binding id of ``classes`` (the UI's screens, widgets and app: see
    :func:`confnotes.tui.app.ui_classes`), for checking the config file's ``[keys]``, so
    that a new dialog's keys can be remapped at once."""
    ids: set[str] = set()
    for cls in classes:
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id:
                ids.add(binding.id)
    return ids
