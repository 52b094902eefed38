"""Shapes of a modifier + noun pair that make no theme, read from the words around it.

Three kinds of pair look like "arms control" to the shape rules of :mod:`.themes` and are
none:

- a pair cut out of a hyphenated word: "life multi" of "make life multi-planetary",
  "government protests" of "anti-government protests". A hyphen joint is inside a word; a
  theme neither ends nor starts there.
- a pair whose head is an adjective ("giant new" of "its giant new rocket"): two adjectives
  and no noun. Without a tagger (nothing may download a model) the head is known for an
  adjective when it is one of the closed list of general modifiers the theme rules already
  keep (:data:`.themes.GENERIC_MODIFIERS`: "new", "major", "huge") or a superlative.
- a description: a gradable adjective graded or listed with another ("the most powerful
  rocket ever built", "the biggest and most powerful rocket", "a very complicated, gigantic
  rocket"). An adjective that takes "very" or "most" says how big or good the thing is;
  the thing is the topic, and the pair is no subject of its own. A classifier ("nuclear
  test", "labour migration") is never graded so. English only: the degree words are
  English, and the Romance languages put the graded adjective after the noun, where the
  pair rules do not look.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from briefing.topics.lexicon import words
from briefing.topics.numbered import HYPHENS
from briefing.topics.tokens import Token

#: Words that grade the adjective right after them, whatever precedes ("very large",
#: "too heavy", "extremely rare"): an adjective graded so is qualitative, no classifier.
#: Not "so", which opens a clause as often ("so local officials met").
DEGREE_WORDS = words(
    """very too extremely incredibly highly hugely immensely enormously truly really
    quite rather fairly pretty somewhat exceptionally remarkably particularly"""
)

#: Words that grade the adjective after them only as a superlative's "most"/"least": after
#: a determiner ("the most powerful") or a coordinator joining it to another superlative
#: ("the biggest and most powerful"). Alone they may count the noun ("most European
#: countries", "least developed nations" aside): that use keeps its pair.
SUPERLATIVE_DEGREES = frozenset({"most", "least"})
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "your", "my", "whose"})
_COORDINATORS = frozenset({"and", "or", ","})


def hyphen_joint(tokens: list[Token], first: int, head: int) -> bool:
    """Whether the pair ``tokens[first]`` + ``tokens[head]`` ends or starts at a hyphen
    joint: a hyphen glued to the head's end ("multi" of "multi-planetary") or to the
    modifier's start ("government" of "anti-government"). The pair is a piece of a
    compound word, not a phrase of two."""
    after = head + 1
    glued_after = after < len(tokens) and tokens[after].start == tokens[head].end
    if glued_after and tokens[after].text in HYPHENS:
        return True  # "multi" of "multi-planetary"
    before = first - 1
    if before >= 1 and tokens[before].text in HYPHENS:
        glued = tokens[before].end == tokens[first].start
        return glued and tokens[before - 1].end == tokens[before].start
    return False


def _degree(tokens: list[Token], i: int) -> bool:
    """Token ``i`` is a degree word grading the word after it (see the module's doc)."""
    word = tokens[i].text.lower()
    if word in DEGREE_WORDS:
        return True
    if word not in SUPERLATIVE_DEGREES or i == 0:
        return False
    before = tokens[i - 1].text.lower()
    return before in _DETERMINERS or (before in _COORDINATORS and _graded(tokens, i - 1))


def _graded(tokens: list[Token], i: int) -> bool:
    """The word before token ``i`` (a coordinator: "and", "or", a comma) is a graded or
    superlative adjective: "biggest" of "the biggest and", "complicated" of "a very
    complicated,"."""
    from briefing.topics.themes import superlative

    if i < 1:
        return False
    word = tokens[i - 1].text.lower()
    return superlative(word) or (i >= 2 and tokens[i - 2].text.lower() in DEGREE_WORDS)


def described(tokens: list[Token], first: int) -> bool:
    """Whether the modifier ``tokens[first]`` is graded or listed with a graded adjective
    ("most powerful", "very complicated, gigantic"): the pair describes a thing and is no
    theme (see the module's doc)."""
    if first < 1:
        return False
    if _degree(tokens, first - 1):
        return True
    return tokens[first - 1].text.lower() in _COORDINATORS and _graded(tokens, first - 1)


#: General modifiers (:data:`.themes.GENERIC_MODIFIERS`) that are nouns too and may head a
#: theme: "ocean current", "cup final", "colonial past", "army general", "false positive".
NOUNS_TOO = words(
    """current following key major minor main general special short positive negative close
    official joint total overall initial final future past present local complex good
    potential whole deep high low long"""
)


@functools.cache
def _adjective_test() -> tuple[frozenset[str], Callable[[str], bool]]:
    """The general modifiers that are never nouns, and :func:`.themes.superlative`: looked up
    once, not per pair (the pair rules ask :func:`adjective_head` of nearly every pair, and an
    import statement in its body cost more than the test; :mod:`.themes` imports this
    module, so the names are fetched on first use)."""
    from briefing.topics.themes import GENERIC_MODIFIERS, superlative

    return GENERIC_MODIFIERS - NOUNS_TOO, superlative


def adjective_head(noun: str) -> bool:
    """Whether a pair's second word is an adjective, not a noun: a general modifier that is
    never a noun ("new" of "giant new", "several", "huge") or a superlative ("largest")."""
    adjectives, superlative = _adjective_test()
    return noun in adjectives or superlative(noun)
