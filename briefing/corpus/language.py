"""Language: a two-letter code the UI and the search analyzers can rely on.

Files declare languages in many spellings (``ru-RU``, ``en_GB``, ``rus``, ``Russian``); they are
normalised to ISO 639-1 with pycountry where it knows the name, so one language is one code.
When nothing is declared the text decides, by script: Cyrillic-dominant text is ``ru``, anything
else ``en`` (the briefing's two languages; finer detection would need a model we do not ship).
"""

from __future__ import annotations

import re

__all__ = ["detect_language", "language_code"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_LATIN = re.compile(r"[A-Za-z]+")
_SUBTAG = re.compile(r"[-_.@\s]")


def detect_language(text: str) -> str:
    """``ru`` when Cyrillic letters outnumber Latin ones, else ``en``."""
    if _CYRILLIC.search(text) is None:
        return "en"
    cyrillic = sum(map(len, _CYRILLIC.findall(text)))
    return "ru" if cyrillic > sum(map(len, _LATIN.findall(text))) else "en"


def language_code(value: str) -> str | None:
    """``ru-RU``/``rus``/``Russian`` → ``ru``; None when the value names no known language."""
    primary = _SUBTAG.split(value.strip(), maxsplit=1)[0].lower()
    if len(primary) == 2 and primary.isalpha():
        return primary
    if not primary or len(primary) > 40:
        return None
    import pycountry  # deferred: ~0.1 s to import, needed only for spelled-out names

    try:
        found = pycountry.languages.lookup(primary)
    except LookupError:
        return None
    code = getattr(found, "alpha_2", None)
    return code if isinstance(code, str) else None
