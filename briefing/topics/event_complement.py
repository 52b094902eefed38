"""What a verb was done for names the act: "files for bankruptcy" is a bankruptcy.

Part of :mod:`briefing.topics.event_action`. A few English verbs say only that something was
asked for or started ("filed for", "applied for", "sued for"); the noun after "for" is what
the story is about, and the leads write it elsewhere too ("seeking bankruptcy protection").
Named by the bare verb, the event reads "X’s filed in Y": no act at all.

So when the English leads' choice is a verb that two leads or more (and half of them) write
right before "for", at most :data:`BETWEEN` words and a noun the leads share
("files for bankruptcy", "filed for Chapter 11 bankruptcy", "is filing for a divorce"),
that noun names the act, the verb staying how the leads write it (its place may follow it).
Never from a passive ("was arrested for murder": what someone was arrested for is not what
happened), nor a plural ("searched for survivors": whom the act was for), nor a noun fewer
than two leads write.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from briefing.topics.event_when import english_stem

#: How many words may stand between "for" and the noun ("for Chapter 11 bankruptcy").
BETWEEN = 2

#: Forms of "be" before a past participle make a passive: "was arrested for murder".
PASSIVE = frozenset({"be", "been", "being", "is", "are", "was", "were", "am"})

_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def complement_noun(
    word: str,
    texts: Sequence[str],
    docs: Mapping[str, int],
    is_noun: Callable[[str], bool],
) -> str | None:
    """The noun the English leads (``texts``) write after a form of the verb ``word`` and
    "for" (see the module's docstring), or None. ``docs`` are the leads per usable word
    (a noun fewer than two leads write is no act), ``is_noun`` tells a noun as the texts
    write it; the verb's forms are told by their English stem ("files", "filed", "filing")."""
    stem = english_stem(word)
    votes: dict[str, int] = {}
    for text in texts:
        found: set[str] = set()
        for sentence in re.split(r"(?<=[.!?…])\s+|\n", text):
            words = [w.casefold() for w in _WORD.findall(sentence)]
            found.update(_after_for(words, stem))
        for noun in found:
            votes[noun] = votes.get(noun, 0) + 1
    least = max(2, (len(texts) + 1) // 2)
    ranked = sorted(
        (
            (n, noun)
            for noun, n in votes.items()
            if n >= least and docs.get(noun, 0) >= 2 and not noun.endswith("s") and is_noun(noun)
        ),
        reverse=True,
    )
    return ranked[0][1] if ranked else None


def _after_for(words: Sequence[str], stem: str) -> set[str]:
    """Each word at most :data:`BETWEEN` words after "for" that follows a form of the verb
    (``stem``) not written as a passive."""
    found: set[str] = set()
    for i, w in enumerate(words[:-2]):
        if words[i + 1] != "for" or english_stem(w) != stem:
            continue
        if w.endswith("ed") and i > 0 and words[i - 1] in PASSIVE:
            continue  # "was arrested for": a passive says what it was for, not what happened
        found.update(words[i + 2 : i + 3 + BETWEEN])
    return found
