"""The user's settings: a small TOML file, typed, with key remapping by binding id.

The file lives at the platform's user config path
(``~/.config/confnotes/config.toml`` on Linux); ``$CONFNOTES_CONFIG`` names
another file. A missing file means defaults. Example::

    autosave_delay = 1.0        # seconds after typing pauses
    editor = "nvim"             # else $VISUAL, $EDITOR, then vi
    cursor_blink = true
    theme = "textual-dark"
    remind_minutes = 5          # a notice before each starred talk (0: off)

    [keys]                      # binding id = key(s), comma separated
    now = "f5"
    star = "ctrl+b,f11"

Every binding of the app has an id (the README's "Keys" table and F1 list
them); unknown ids are reported so a typo does not silently do nothing.
No Textual here: the app applies ``keys`` with ``App.set_keymap``.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_path

from confnotes.errors import BadInputError, StorageError
from confnotes.notebook.storage import read_regular_file

ENV_CONFIG = "CONFNOTES_CONFIG"
"""Environment variable naming the config file."""

_LINE_RE = re.compile(r"line (\d+)")


@dataclass
class Settings:
    """Typed settings; defaults are what a newcomer gets with no config file."""

    autosave_delay: float = 1.0
    """Seconds after the last keystroke before the note is saved."""
    editor: str = ""
    """External editor command; empty means ``$VISUAL``, ``$EDITOR``, then ``vi``."""
    cursor_blink: bool = True
    """Whether the editor's cursor blinks (snapshot tests turn it off)."""
    theme: str = ""
    """A Textual theme name; empty keeps Textual's default."""
    remind_minutes: int = 0
    """Minutes before a starred talk starts (by its conference's clock) to show a notice
    in the app; 0 turns reminders off."""
    keys: dict[str, str] = field(default_factory=dict)
    """Binding id -> key(s), applied with ``App.set_keymap``."""
    path: Path | None = None
    """The file these settings came from (None for defaults)."""

    def editor_command(self) -> str:
        """The external editor to run."""
        return (self.editor or os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi").strip()


def config_path() -> Path:
    """Where the config file is: ``$CONFNOTES_CONFIG``, else the user config folder."""
    env = os.environ.get(ENV_CONFIG)
    if env:
        return Path(env).expanduser()
    return user_config_path("confnotes", appauthor=False) / "config.toml"


def load_settings(path: Path | None = None) -> Settings:
    """Read the config file (defaults when it does not exist).

    Raises:
        BadInputError: the file is not valid TOML or a value has the wrong type
            (the message names the file and line).
        StorageError: the file exists but cannot be read.
    """
    path = path or config_path()
    try:
        raw = read_regular_file(path)
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise StorageError(f"cannot read config: {exc.strerror or exc}", path) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise BadInputError("config file is not UTF-8 text", path) from exc
    except tomllib.TOMLDecodeError as exc:
        match = _LINE_RE.search(str(exc))
        line = int(match.group(1)) if match else None
        message = str(exc).split(" (at line")[0]
        raise BadInputError(f"not valid TOML: {message}", path, line) from None
    except RecursionError:
        raise BadInputError("not valid TOML: nested too deeply", path) from None
    return _settings_from(data, path, raw.decode("utf-8"))


def _line_of(text: str, key: str) -> int | None:
    for number, line in enumerate(text.splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None


def _settings_from(data: dict[str, object], path: Path, text: str) -> Settings:
    settings = Settings(path=path)

    def bad(key: str, what: str) -> BadInputError:
        return BadInputError(f"{key} must be {what}", path, _line_of(text, key))

    known = {"autosave_delay", "editor", "cursor_blink", "theme", "remind_minutes", "keys"}
    for key in data:
        if key not in known:
            raise BadInputError(
                f"unknown setting {key!r} (known: {', '.join(sorted(known))})",
                path,
                _line_of(text, key),
            )
    if "autosave_delay" in data:
        delay = data["autosave_delay"]
        if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0.1 <= delay <= 60:
            raise bad("autosave_delay", "a number of seconds between 0.1 and 60")
        settings.autosave_delay = float(delay)
    for key in ("editor", "theme"):
        if key in data:
            value = data[key]
            if not isinstance(value, str):
                raise bad(key, "a string")
            setattr(settings, key, value)
    if "cursor_blink" in data:
        if not isinstance(data["cursor_blink"], bool):
            raise bad("cursor_blink", "true or false")
        settings.cursor_blink = bool(data["cursor_blink"])
    if "remind_minutes" in data:
        minutes = data["remind_minutes"]
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 120:
            raise bad("remind_minutes", "a whole number of minutes from 0 (off) to 120")
        settings.remind_minutes = minutes
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        raise BadInputError("[keys] must be a table of binding id = key", path)
    for binding_id, value in keys.items():
        if not isinstance(value, str) or not value.strip():
            raise bad(binding_id, 'a key such as "f5" or "ctrl+b,f7"')
        settings.keys[binding_id] = value.strip()
    return settings


def unknown_key_ids(settings: Settings, known_ids: set[str]) -> list[str]:
    """Ids under ``[keys]`` that name no binding (reported to the user, not ignored)."""
    return sorted(k for k in settings.keys if k not in known_ids)
