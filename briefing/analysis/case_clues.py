"""A cheap exact test before a case-blind search: does a text hold a piece every match writes?

Several checks read every paragraph of a briefing with a case-blind alternation (the verbs
of building, "in office", the linking verbs): Python's ``re`` tries such a pattern at every
character, lowering each, and at 10,005 articles each of those passes cost seconds of the
parent's time beside the reading (benchmarks/PROFILE.md). Most paragraphs hold none of the
words. So a rule lists, per language, literal pieces (*clues*) of which every match of its
pattern contains one, and asks them of the paragraph folded once (:func:`folded`) with
``in`` first: a paragraph holding none is no match, and the pattern is asked only of the
rest.

The test must never say no where the pattern would match. A case-blind ``re`` match of a
pattern's letter ``p`` at a text's letter ``t`` means their simple lower cases are one, or
the two are one of ``re``'s few extra pairs (the long s and s, the dotless and the dotted
i, the Greek and Cyrillic letter variants); :func:`folded` maps both to one string in every
case (``str.casefold`` does for all but the Turkish i's, which it adds), so a clue folded
the same way is in the folded text wherever the pattern matched. The tests check this for
every code point against each clue's letters.
"""

from __future__ import annotations

from collections.abc import Iterable


def folded(text: str) -> str:
    """``text`` case-folded, the dotless ı and the dotted İ (which folds to "i" and a
    combining dot) both as "i": what a clue is looked for in."""
    text = text.casefold()
    if "ı" in text:
        text = text.replace("ı", "i")
    if "\u0307" in text:
        text = text.replace("\u0307", "")
    return text


def clue_set(clues: Iterable[str]) -> tuple[str, ...]:
    """The clues as :func:`holds` asks them (folded as the text is)."""
    return tuple(dict.fromkeys(folded(c) for c in clues))


def holds(text_folded: str, clues: tuple[str, ...]) -> bool:
    """Whether the folded text holds one of ``clues`` (from :func:`clue_set`)."""
    return any(clue in text_folded for clue in clues)
