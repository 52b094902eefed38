"""Per-language tables that depend only on the program and its data packages, kept on disk.

The unit names of a language (:mod:`.units`) are read from every regional locale CLDR has
for it, and the scale words (:func:`.number_tables.compact_scales`) from its compact number
formats: a seventh of a second per language, redone at every start of every command although
nothing in them depends on the packet. A warm ``briefing export`` of a 20-article packet in
eight languages spent more than a second there before it read a word of the articles.

So a table is built once per language and kept under the cache root (never in the briefing
folder), in the cache's own data-only format (MessagePack, nothing loaded can run code), with
a fingerprint of the code that builds it and of the data packages it reads (Babel, Whoosh's
stop words…): a new version of either rebuilds it. A folder another user may write is not
trusted, and a table that cannot be read or saved is simply built in memory, as before.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: The folder below the cache root that holds the tables.
FOLDER = "tables"
#: Bumped when the layout of a stored table changes.
LAYOUT = "1"


def stored_pairs(
    name: str, language: str, code: tuple[str, ...], build: Callable[[], list[Any]]
) -> list[Any]:
    """``build()`` (a list of MessagePack-able items), from the stored copy when one was made
    by the same ``code`` (dotted module names below ``briefing``) and data packages.

    ``language`` is folded into the file's name only when it is a plain language code, so a
    caller's odd value never names a path; anything else is built in memory each time."""
    path = _path(name, language)
    if path is None:
        return build()
    from briefing import cache

    fingerprint = _fingerprint(code, name, language)
    trusted = cache.folder_problem(path.parent) is None
    if trusted:
        items, _reason = cache.load(path, fingerprint)
        if items is not None:
            return items
    built = build()
    if trusted:
        with contextlib.suppress(OSError, cache.CacheWriteError):
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if cache.folder_problem(path.parent) is None:
                cache.save(path, fingerprint, built)
    return built


def _path(name: str, language: str) -> Path | None:
    if not (language.isascii() and language.replace("_", "").isalnum() and len(language) < 16):
        return None
    from briefing import paths

    return paths.cache_root() / FOLDER / f"{name}-{language}.msgpack"


def _fingerprint(code: tuple[str, ...], name: str, language: str) -> str:
    from briefing.fingerprint import code_fingerprint

    return code_fingerprint(*code, extra=[LAYOUT, name, language])
