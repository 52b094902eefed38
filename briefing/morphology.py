"""One pymorphy3 analyser per language for the whole process.

A ``MorphAnalyzer`` loads its dictionary on construction (tens of megabytes, a noticeable
fraction of a second). The topics (Russian and Ukrainian names and nouns), the index
(Ukrainian lemmas) and the query (a Russian verb's other forms) all read the same
dictionaries, so they share one analyser per language, built on first use.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["analyser"]


@functools.cache
def analyser(language: str) -> Any:
    """pymorphy3's analyser for ``language`` ("ru" or "uk"), built once per process."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language)
