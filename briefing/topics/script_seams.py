"""Where a word changes script: a Latin acronym glued to a Korean or Japanese particle or to
Chinese text is read as the acronym (:mod:`.tokens` cuts its tokens there).

Korean glues its particles to the noun ("WHO는", "WHO가"), Japanese writes its particles and
Chinese its words without a space ("WHOによれば", "WHO将"): a token of ``\\w`` letters runs the
acronym and what follows into one word, a topic of its own that no search of "WHO" finds. A
change of script inside a word is a boundary the text itself draws.
"""

from __future__ import annotations

import re

#: Letters of the scripts written without spaces between words or with particles glued to
#: the noun: Han, kana (without the middle dot, a separator) and Hangul.
_GLUED = (
    "\u3041-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff66-\uff9f\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af"
)
HAS_GLUED = re.compile(f"[{_GLUED}]")
#: Where a word changes script between a letter of another script (Latin, Cyrillic…) and
#: one of :data:`_GLUED`: "WHO는" (a Korean particle), "WHOによれば" (Japanese), "WHO将"
#: (Chinese, no space). Digits join either side ("코로나19에", "G7"), so only letters part.
_SEAM = re.compile(rf"(?<=[^\W\d_{_GLUED}])(?=[{_GLUED}])|(?<=[{_GLUED}])(?=[^\W\d_{_GLUED}])")


def has_glued(text: str) -> bool:
    """Whether ``text`` has a letter of :data:`_GLUED`; an ASCII text (a string knows it is
    one, in constant time) is never searched."""
    return not text.isascii() and HAS_GLUED.search(text) is not None


def unglued(pieces: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """The (space, token) pieces with each token cut at its script seams (:data:`_SEAM`): a
    Latin acronym glued to a particle or to Han is read as the acronym. Checked only in a
    paragraph that has such letters at all, so other paragraphs pay one search."""
    if not has_glued(text):
        return pieces
    out: list[tuple[str, str]] = []
    for space, word in pieces:
        if len(word) > 1 and _SEAM.search(word):
            parts = _SEAM.split(word)
            out.append((space, parts[0]))
            out.extend(("", part) for part in parts[1:])
        else:
            out.append((space, word))
    return out
