"""Whether a line is a heading: title case with no full stop, so its capitals mark no names.

The first pass reads capitals as names; a headline or a section title capitalises every word,
so its capitals say nothing. Kept apart from :mod:`briefing.topics.tokens` (which re-exports
:func:`is_heading`) because it judges a whole line by its own script, not tokens.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from briefing.corpus.embedded_post import is_post_signature

__all__ = ["is_heading"]

#: A word of :func:`is_heading`, in any script, compiled once (it runs on every paragraph).
_HEADING_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@lru_cache(maxsize=4096)
def _word_script(first: str) -> str | None:
    """The script of a word by its first letter ("LATIN", "CYRILLIC", "GREEK"), or None
    for every script without case (Han, Arabic, Devanagari, kana…): one bucket, since none
    of them can make a line look like a heading by its capitals."""
    if not (first.isupper() or first.islower()):
        return None
    return unicodedata.name(first, "LATIN").split()[0]


def is_heading(text: str) -> bool:
    """A title-case line without a full stop: its capitals do not mark names. A line that
    ends on a comma or a semicolon is an item of a list or part of a sentence ("• Jane
    Roe, John Doe,"), never a heading: its capitals are names.

    An embedded post's signature on its own line ("— Jane Roe (@jroe) May 3, 2031") is no
    heading either: it names the post's author
    (:func:`~briefing.corpus.embedded_post.is_post_signature`).

    Judged on the words of the paragraph's own script, the one most of its letters are
    written in: a Russian sentence that quotes "Bharat TV" is prose although its only
    Latin words are capitalised, and a line mostly in a script without case is never a
    heading by its capitals.
    """
    stripped = text.rstrip()
    if not stripped or stripped[-1] in '.!?”"’,;':
        return False
    words = _HEADING_WORD.findall(stripped)
    if not words or len(words) > 25 or is_post_signature(stripped):
        return False
    if stripped.isascii():  # every word Latin (most lines): the share of capitals, in C
        return sum(map(str.isupper, (word[0] for word in words))) / len(words) >= 0.6
    scripts = [_word_script(word[0]) for word in words]
    letters: dict[str | None, int] = {}
    for word, script in zip(words, scripts, strict=True):
        letters[script] = letters.get(script, 0) + len(word)
    own = max(letters, key=letters.__getitem__)
    if own is None:
        return False
    mine = [word[0] for word, script in zip(words, scripts, strict=True) if script == own]
    caps = sum(1 for first in mine if first.isupper())
    return caps / len(mine) >= 0.6
