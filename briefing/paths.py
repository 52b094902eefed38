"""Where briefing keeps what it derives and what it remembers — never in the briefing folder.

* cache (index, parsed articles, topics): ``user_cache_dir("briefing")/<key>/``, safe to delete;
* state (read/unread, last position): ``user_state_dir("briefing")/<key>/``;
* data (bookmarks, notes): ``user_data_dir("briefing")/<key>/``;
* config (keymap, theme): ``user_config_dir("briefing")/config.toml``.

``<key>`` is a hash of the briefing's resolved paths, so the same folder opened from another
working directory (or through a symlink) finds the same cache, and two folders never share one.
``BRIEFING_CACHE_DIR``, ``BRIEFING_STATE_DIR``, ``BRIEFING_DATA_DIR`` and
``BRIEFING_CONFIG_DIR`` override the roots (tests and shared servers use them).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "briefing"


def _root(env: str, default: str) -> Path:
    value = os.environ.get(env)
    return Path(value).expanduser() if value else Path(default)


def cache_root() -> Path:
    """Root of all per-briefing caches."""
    return _root("BRIEFING_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME))


def state_root() -> Path:
    """Root of all per-briefing reading state."""
    return _root("BRIEFING_STATE_DIR", platformdirs.user_state_dir(APP_NAME))


def data_root() -> Path:
    """Root of all per-briefing user data (bookmarks, notes)."""
    return _root("BRIEFING_DATA_DIR", platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    """The user's config folder (``config.toml`` lives here)."""
    return _root("BRIEFING_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME))


def briefing_key(paths: Sequence[Path]) -> str:
    """A stable short hash of the briefing's resolved paths (order-insensitive)."""
    resolved = sorted({str(Path(p).expanduser().resolve()) for p in paths})
    digest = hashlib.sha256("\0".join(resolved).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:16]


def bundled_seeds() -> Path:
    """The seed briefing shipped inside the package (``seeds/`` in the source tree)."""
    return _package_data("seeds")


def bundled_styles() -> Path:
    """The ``.tcss`` stylesheets shipped inside the package (``styles/`` in the source tree)."""
    return _package_data("styles")


def _package_data(name: str) -> Path:
    # In the wheel, hatchling force-includes the top-level folder as briefing/<name>;
    # in a source checkout (or an editable install) it sits beside the package.
    inside = Path(str(resources.files("briefing"))) / name
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parent.parent / name
