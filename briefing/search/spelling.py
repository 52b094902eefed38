"""British and American spellings of one English word, so ``labour`` finds ``labor``.

The pairs come from the ``eng`` package (MIT, 2025): 1,874 British → American forms with
their inflections (``labour``, ``labours``, ``defence``, ``organisations``, ``centre``,
``programme``…). It covered 50 of 52 common pairs checked by hand, against 49 for ``breame``
0.1.2 (2021), the other data package found; neither knows ``cheque``/``kerb``, which change
meaning as well as spelling. The package's own module is a code-rewriting tool, so only its
word list is read (from the installed package, without importing it).

Both spellings are indexed and searched as the American form; the reader still sees the text
as written.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path


@cache
def british_to_american() -> dict[str, str]:
    """The ``eng`` word list as a dict; empty if the package is missing (then nothing maps)."""
    spec = importlib.util.find_spec("eng")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "words.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    pairs = (line.split("\t") for line in lines)
    return {p[0].strip(): p[1].strip() for p in pairs if len(p) == 2 and p[0].strip()}


def american(word: str) -> str:
    """The American spelling of a lowercased English word, or the word itself."""
    return british_to_american().get(word, word)
