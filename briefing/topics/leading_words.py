"""A body written by its first word alone: "Alameda" for "Alameda Research" in texts that
named the firm in full before.

A company or a body whose name opens with a word of its own ("Korvex Research") is written
with that word alone once the text has named it, and the reader made a second topic of the
word, which a later pass then reads as the town of that name (:mod:`.local_towns`). Counted
over the 48 dev packets, the rules below join three such pairs: a firm ("Alameda"), a news
agency ("RIA" of "RIA Novosti") and, before the digit guard, a maker and its model ("Boeing",
"Boeing 787", wrong); a one-word place beside a longer name opening with it is the town itself
("Windsor" beside "Windsor Castle", the town written alone by texts that never name the
castle). :mod:`.leading_names` asks the same of names of two words or more, by counts alone;
a one word name needs the texts' own pairing. So the word is the body's short form only when:

* the word is read as a body's name (no place the gazetteer knows, no person), and the
  bodies of the packet that open with it are one name's spellings ("Alameda Reaserch",
  "Alameda Research Ltd."; "Korvex Bank" and "Korvex Air" are two, and neither is joined);
* the words after it are no landmark's or venue's noun ("Windsor Castle", "Tokyo Tower" are
  places in the town) and hold no digit ("Boeing 787" is the maker's model, not the maker);
* more than half the articles that write the word alone name the body in full too (the short
  form follows the long one), and more articles name the body than write the word alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from rapidfuzz import fuzz

from briefing.topics.candidates import Occurrence
from briefing.topics.company_tails import untailed
from briefing.topics.lexicon import GEO_HEADS, VENUE_HEADS
from briefing.topics.lexicon import words as word_set

__all__ = ["leading_word_pairs"]

#: Nouns after a town's name that make a place in it, not a body: a castle, a palace, a tower.
LANDMARK_NOUNS = (
    GEO_HEADS
    | VENUE_HEADS
    | word_set(
        """castle palace tower bridge cathedral church abbey park square street avenue road
    station airport port harbour harbor hall gate wall fort"""
    )
)


def _rest_is_a_body(surface: str, first: str) -> bool:
    """``surface`` is ``first`` and words after it, none a landmark's noun."""
    parts = surface.split()
    if len(parts) < 2 or parts[0] != first:
        return False
    if any(ch.isdigit() for p in parts[1:] for ch in p):
        return False  # "Boeing 787", "Airbus A320": the maker's model, not the maker
    return not any(p.casefold().strip(".,") in LANDMARK_NOUNS for p in parts[1:])


#: Two rests this alike (rapidfuzz ratio) are one name's spellings.
SPELLING_RATIO = 80


def _others(found: Mapping[str, list[Occurrence]], body: str) -> list[Occurrence]:
    return [o for key, uses in found.items() if key != body for o in uses]


def _respelt(surface: str, other: str) -> bool:
    """Whether two names opening with one word are one name spelled two ways ("Alameda
    Reaserch", "Alameda Research Ltd."), their words after the first compared without the
    company's generic words."""
    a, c = (" ".join(_untailed(s).split()[1:]).casefold() for s in (surface, other))
    return fuzz.ratio(a, c) >= SPELLING_RATIO


def _untailed(surface: str) -> str:
    return untailed(surface) or surface


def leading_word_pairs(
    words_alone: Iterable[str],
    bodies: Iterable[str],
    occurrences: Mapping[str, Sequence[Occurrence]],
    root: Callable[[str], str],
    writes: Callable[[str, str], bool],
) -> list[tuple[str, str]]:
    """(key of the word alone, key of the body) pairs: a one-word body name that is the short
    form of the one body of the packet named after it (see the module's docstring).
    ``words_alone`` are the one-word keys of bodies (no person, no place), ``bodies`` the keys
    of bodies of two words or more, ``root`` their topic, ``writes(article, surface)``
    whether an article's text writes a surface."""
    by_first: dict[str, dict[str, list[Occurrence]]] = {}
    for key in bodies:
        for o in occurrences.get(key, ()):
            by_first.setdefault(o.surface.split()[0], {}).setdefault(root(key), []).append(o)
    pairs: list[tuple[str, str]] = []
    for key in words_alone:
        alone = occurrences.get(key, ())
        if not alone:
            continue
        word = alone[0].surface
        found = by_first.get(word, {})
        if not found or any(o.surface != word for o in alone):
            continue
        body, uses = max(found.items(), key=lambda item: (len(item[1]), item[0]))
        if any(not _respelt(o.surface, uses[0].surface) for o in _others(found, body)):
            continue  # two bodies open with the word ("Korvex Bank", "Korvex Air"): neither
        if not all(_rest_is_a_body(o.surface, word) for u in found.values() for o in u):
            continue
        full = {o.surface for o in uses}
        short = {o.article for o in alone}
        named = {a for a in short if any(writes(a, s) for s in full)}
        if 2 * len(named) <= len(short):
            continue  # the word alone mostly where the body is never named: another thing
        spelt = {o.article for found_uses in found.values() for o in found_uses}
        if len(spelt | named) <= len(short):
            continue  # written alone by as many articles as name the body: not its short form
        pairs.append((key, body))
    return pairs
