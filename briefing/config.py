"""The user's configuration: remapped keys, a theme and how many processes to use, from
``paths.config_dir()/config.toml``.

```toml
theme = "ansi-dark"          # any Textual theme name; optional
clipboard = "osc52"          # y copies with OSC 52 (through tmux and ssh); off by default
jobs = 2                     # processes for reading files and building the index; default:
                             # every core (the commands' --jobs overrides it)

[keys]                       # command id = key, or several keys separated by commas
quit = "q"
next_unread = "u,U"
```

A config file is a convenience, so it can never stop the app: a file that is not valid TOML,
a value of the wrong type or an unknown command id is *reported* (``Config.problems``, shown
once as a notification) and ignored, and everything else still applies. The file is only ever
read. This module knows nothing about Textual; the app passes the command ids it knows so
typos are caught.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from briefing import paths

CONFIG_FILE = "config.toml"
#: Accepted values of ``clipboard``.
CLIPBOARDS = ("osc52", "off")
#: The most processes ``jobs`` may ask for (a typo of 2000 must not start 2000 Pythons).
MAX_JOBS = 256

#: One key name as Textual spells it ("q", "ctrl+d", "question_mark", "f1", "?").
_KEY = re.compile(r"^[A-Za-z0-9_+\-?/!@#$%^&*()\[\]{}<>.,;:'\"`~=|\\ ]{1,40}$")


@dataclass(frozen=True, slots=True)
class Config:
    """What the user asked for, already validated."""

    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    #: How ``y`` copies: "osc52", or None (off: the app never writes the clipboard unasked).
    clipboard: str | None = None
    #: Processes for reading and indexing; None: every core.
    jobs: int | None = None
    problems: tuple[str, ...] = ()
    path: Path | None = None


def config_path() -> Path:
    """Where the config file is looked for."""
    return paths.config_dir() / CONFIG_FILE


def load_config(path: Path | None = None, known_ids: Collection[str] | None = None) -> Config:
    """Read the config; a missing file is the defaults, a broken one is reported and ignored.

    ``known_ids`` are the command ids that may be remapped; other ids under ``[keys]`` are
    reported as unknown (most likely a typo) rather than silently doing nothing.
    """
    path = path or config_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Config(path=path)
    except OSError as error:
        return Config(
            problems=(f"Could not read {path} ({error.strerror or error}); using defaults.",),
            path=path,
        )
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Config(problems=(f"{path} is not valid TOML ({error}); using defaults.",), path=path)
    return _validate(data, path, known_ids)


def _validate(data: dict[str, object], path: Path, known_ids: Collection[str] | None) -> Config:
    problems: list[str] = []
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        problems.append(f"{path}: 'theme' must be a string; ignored.")
        theme = None
    keys: dict[str, str] = {}
    table = data.get("keys", {})
    if not isinstance(table, dict):
        problems.append(f'{path}: [keys] must be a table of command = "key"; ignored.')
        table = {}
    for command, value in table.items():
        if known_ids is not None and command not in known_ids:
            problems.append(f"{path}: unknown command {command!r} in [keys]; ignored.")
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{path}: key for {command!r} must be a non-empty string; ignored.")
            continue
        names = [name.strip() for name in value.split(",")]
        if not all(name and _KEY.match(name) for name in names):
            problems.append(f"{path}: {value!r} is not a key name (for {command!r}); ignored.")
            continue
        keys[command] = ",".join(names)
    clipboard = data.get("clipboard")
    if clipboard is not None and clipboard not in CLIPBOARDS:
        problems.append(f'{path}: \'clipboard\' may only be "osc52" or "off"; ignored.')
        clipboard = None
    jobs = data.get("jobs")
    if jobs is not None and (type(jobs) is not int or not 1 <= jobs <= MAX_JOBS):
        problems.append(f"{path}: 'jobs' must be a whole number from 1 to {MAX_JOBS}; ignored.")
        jobs = None
    for extra in sorted(set(data) - {"theme", "keys", "clipboard", "jobs"}):
        problems.append(f"{path}: unknown setting {extra!r}; ignored.")
    return Config(
        keys=keys,
        theme=theme,
        clipboard="osc52" if clipboard == "osc52" else None,
        jobs=jobs if isinstance(jobs, int) else None,
        problems=tuple(problems),
        path=path,
    )
