"""Whether two numbers of a sentence are the two ends of one range ("3 to 6", "between 400
and 750", "entre 500 y 700", "od 400 do 750", "500 سے لیکر 700").

A range is the writer's own doubt: "between 400 and 750 people" claims neither 400 nor 750
but anything in between, so it must be read as one figure from its low end to its high end
(and compared as one: it disagrees only with a value outside it or a range it does not
overlap). Read as its top alone, it sets 750 against another source's plain 400 that it
actually allows.

Three shapes, each a closed class of grammar words, not one story's phrase:

- the ends joined by a word that means "to" or "or" ("3 to 6", "drei bis sechs", "3 o 4");
- "between … and …": a word for "between" right before the first number and a word for "and"
  alone between the two ("between 400 and 750", "zwischen 400 und 750", "tra 400 e 750",
  "μεταξύ 400 και 750", "między 400 a 750"). "And" alone joins two counts too ("killed 3 and
  injured 12" has words between; "3 and 12" after no "between" is not read), so the
  "between" word is required, and the ends must rise;
- "from … to …" whose "to" word is a range only after its "from" ("od 400 do 750": Polish
  "do" is also a plain preposition; "από 400 έως 750", "من 400 إلى 750"), and the Urdu and
  Hindi postposition "from" after the first number ("500 سے لیکر 700", "500 से 700").
"""

from __future__ import annotations

import re

from briefing.analysis.numbers import Number

#: Words joining the two ends of a range on their own ("3 to 6", "drei bis sechs", "de 3 à 6").
_TO = re.compile(r"\s*(?:-|–|to|or|à|a|bis|oder|ou|o|y|до|или|ila|veya)\s*", re.IGNORECASE)
#: Words for "between" (read right before the first number, a hedge allowed in between:
#: "between roughly 400 and 750"; one word at most).
_BETWEEN = re.compile(
    r"(?<!\w)(?:between|entre|zwischen|tra|fra|tussen|między|между|між|μεταξύ|arasında|"
    r"بين|között|între|mezi)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Words for "and" between the two ends after a "between" word.
_AND = re.compile(r"\s+(?:and|et|und|y|e|ed|en|i|a|и|і|та|και|ve|و|és|și)\s+", re.IGNORECASE)
#: "from … to …" pairs whose "to" is read as a range only after its "from": (from, to).
_FROM_TO = (
    (re.compile(r"(?<!\w)od\s+$", re.IGNORECASE), re.compile(r"\s+do\s+", re.IGNORECASE)),
    (re.compile(r"(?<!\w)από\s+$", re.IGNORECASE), re.compile(r"\s+(?:έως|ως|μέχρι)\s+", re.I)),
    (re.compile(r"(?<!\w)من\s+$"), re.compile(r"\s+(?:إلى|الى)\s+")),
)
#: The Urdu and Hindi "from" after the first number, with or without "taking" (up to).
_POSTPOSED = re.compile(r"\s+(?:سے|से)\s+(?:(?:لے\s*کر|لیکر|لےکر|लेकर)\s+)?")


def joins_range(text: str, first: Number, second: Number) -> bool:
    """Whether ``first`` and ``second`` (in this order in ``text``, nothing but grammar words
    between them) are the low and high ends of one range (module doc)."""
    gap = text[first.end : second.start]
    if _TO.fullmatch(gap):
        return True
    if first.value >= second.value:
        return False  # "between … and" and the other shapes below rise from low to high
    before = text[: first.start]
    if _AND.fullmatch(gap) and _BETWEEN.search(before):
        return True
    if any(to.fullmatch(gap) and start.search(before) for start, to in _FROM_TO):
        return True
    return bool(_POSTPOSED.fullmatch(gap))
