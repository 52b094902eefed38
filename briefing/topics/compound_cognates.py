"""A compound whose head is another language's key word is a use of that word: "Ammoniumnitrat".

The key words of :mod:`.keywords` join the languages' forms of one word by their romanised
stems ("nitrate", "nitrato", "нитрата": ``nitrat``). German and the other compounding
languages write the same thing as one word with a modifier in front ("Ammoniumnitrat",
"Gasexplosion"), whose stem no ratio brings near the bare word's, so a substance or thing
every language names counted only the languages that write it as a word of its own; the
German texts were left out, and the word could fall under the share a foreign word needs
(:mod:`.foreign_words`).

A compound names a kind of what its last part names (its head): an ammonium nitrate is a
nitrate. So :func:`compound_joins` joins a key of a compounding language (the languages of
:data:`~.event_few.COMPOUNDING`) to another language's key that its stem ends in, when the
head has :data:`MIN_HEAD` letters at least and the part before it :data:`~.event_few.FIRST_PART`
(a prefix such as "Ex-" or "Re-" is no word: "Reaktion" is no kind of "aktion"). The longest
such head wins. The other key must be another language's: within one language the stem is
the word's own, and "Flughafen" (an airport) is no kind of "Hafen" a reader looks for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Set

from briefing.topics.event_few import COMPOUNDING, FIRST_PART

__all__ = ["MIN_HEAD", "compound_joins"]

#: The fewest letters of a head's stem key ("nitrat"): shorter stems ("port", "gas") end too
#: many compounds by chance of spelling.
MIN_HEAD = 5


def compound_joins(
    keys: Mapping[str, Set[str]], join: Callable[[str, str], None]
) -> list[tuple[str, str]]:
    """Calls ``join(compound, head)`` for each key of a compounding language that ends in
    another language's key, and returns those pairs. ``keys`` maps each stem key to the
    languages that write it."""
    heads: dict[str, Set[str]] = {k: langs for k, langs in keys.items() if len(k) >= MIN_HEAD}
    pairs = []
    for key, langs in keys.items():
        if not langs or not langs <= COMPOUNDING:
            continue
        for start in range(FIRST_PART, len(key) - MIN_HEAD + 1):
            head = key[start:]
            theirs = heads.get(head)
            if theirs is not None and not theirs <= langs:
                join(key, head)
                pairs.append((key, head))
                break  # the longest head
    return pairs
