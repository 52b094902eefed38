"""A name glossed in another script: "мера міста Джона Лі (John Lee)", "Ji Čchang (纪昌)".

Articles that transliterate a foreign name often give the original in brackets right after
it. The writer has said the two are one person, which no transliteration key can be sure of
("Джона Лі" romanises to "Dzhona Li", far from "John Lee"). So a person's name followed at
once by a bracket holding only another person's name in another script joins it. Nothing
else does: a bracket holding a role, a place or more words ("Джон Лі (голова адміністрації)")
is no gloss, and two names in one script are a list or an aside, never a gloss.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping

from briefing.topics.candidates import Occurrence

#: A bracket right after a name, holding one name of one to four words and nothing else.
_GLOSS = re.compile(r"\s?\((?P<name>[^\W\d_][^()\d,;:]{1,60}?)\)")


def _script(text: str) -> str | None:
    """The script of the letters of ``text`` (its first letter's), or None if mixed."""
    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in text if ch.isalpha()}
    return scripts.pop() if len(scripts) == 1 else None


def gloss_pairs(
    occurrences: Mapping[str, Iterable[Occurrence]],
    texts: Mapping[tuple[str, int], str],
    key_of: Callable[[str], str],
) -> list[tuple[str, str]]:
    """(key, key) pairs of people named once in each script, the second glossing the first.

    ``occurrences`` maps each person key to its uses; ``key_of`` gives the key a written name
    would have. A pair is returned only when the glossing name is a person the packet already
    names, with as many words as the glossed one."""
    pairs: list[tuple[str, str]] = []
    for key, uses in occurrences.items():
        for use in uses:
            text = texts.get((use.article, use.paragraph), "")
            if "(" not in text[use.end : use.end + 2]:
                continue
            match = _GLOSS.match(text, use.end)
            if match is None:
                continue
            name = match.group("name").strip()
            first, second = _script(use.surface), _script(name)
            if first is None or second is None or first == second:
                continue
            if len(name.split()) != len(use.surface.split()):
                continue
            other = key_of(name)
            if other != key and other in occurrences:
                pairs.append((key, other))
    return pairs
