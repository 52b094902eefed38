"""A name with a case ending after an apostrophe: "Abdramane'nin", "Sarkozy’ye".

Turkish (and Azerbaijani) write a proper noun's case and possessive endings after an
apostrophe ("Erdoğan'ın", "Trump’a", "Kaddafi'nin"); the tokeniser keeps the word whole, so the
search for every known alias (:func:`~.mentions.alias_matches`) would never find the name in
it. A word of a capital, letters and one apostrophe followed by a short lower-case ending is
read as the name and its ending, where the name (or a name ending in it) is an alias already:
nothing new is named here. English contractions ("Can't", "Don't", "She'll", "I'd") are no
ending; an English possessive's "’s" is a token of its own already; a capital after the
apostrophe ("O'Neill", "Sant'Anna") is part of the name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["case_ended", "ending_size"]

#: A capitalised word, one apostrophe, then up to six lower-case letters.
_ENDED = re.compile(r"([^\W\d_][^\W\d_'’]+)['’]([^\W\d_]{1,6})")
#: English contractions: what follows an apostrophe there is no ending of a name.
_CONTRACTIONS = frozenset({"t", "ll", "re", "ve", "d", "m", "s"})


def ending_size(word: str) -> int:
    """How many characters of ``word`` are an apostrophe and a case ending (0 if none)."""
    m = _ENDED.fullmatch(word)
    if m is None or not m.group(1)[0].isupper() or not m.group(2).islower():
        return 0
    if m.group(2) in _CONTRACTIONS:
        return 0
    return len(word) - m.end(1)


def case_ended(texts: Sequence[str], by_first: Mapping[str, object]) -> dict[int, str]:
    """Index → the name, of each token that is a one-word alias (a key of ``by_first``)
    with a case ending after an apostrophe."""
    found: dict[int, str] = {}
    for i, word in enumerate(texts):
        if ("'" in word or "’" in word) and word not in by_first:
            cut = ending_size(word)
            if cut and word[:-cut] in by_first:
                found[i] = word[:-cut]
    return found
