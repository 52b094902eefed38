"""A number that starts a sum of money named by its currency counts no noun, in any language.

The figure reader (:mod:`.figure_reading`) keys a number by the noun that follows it, so a sum
written with the currency's name after it ("15 مليار دولار", "10 Milliarden Dollar", "700
d'euros", "10 миллиардов долларов") was keyed by the currency word alone: a net worth, a sum
sought and a debt, all "dollars", were compared as one quantity. A currency says in what a
sum is counted, never what it measures. Sums are compared only by :mod:`.money`, which keys
each by the thing the sentence says it pays for (a price, a guarantee, a loan, losses) and its
currency, and reads none whose thing it cannot tell.

Only a sum named after its number is left out here: the currency's name is then the very noun
the figure reader would count. A sum written with a sign ("$15 billion") never counted its
currency, and what follows it is read as before ("$0 sets the name" in a manual is a shell
variable; what it counts is another rule's question). A count whose noun merely follows a sum
("5 million dollars to 30 villages") keeps its own number.
"""

from __future__ import annotations

from briefing.analysis.currencies import sign_before
from briefing.analysis.money import sums_of
from briefing.analysis.numbers import Number

#: Where each named sum of one sentence is written, from its hedge to its currency's name.
Spans = tuple[tuple[int, int], ...]


def named_sums(text: str, language: str) -> Spans:
    """The sums of ``text`` (one sentence) named by their currency after the number
    (:func:`.money.sums_of`; no sign before it); empty for most sentences."""
    return tuple(
        (item.start, item.end)
        for item in sums_of(text, language)
        if sign_before(text, _digits(text, item.start, item.end), language) is None
    )


def in_sum(number: Number, spans: Spans) -> bool:
    """Whether ``number`` is the amount of one of the named sums at ``spans``."""
    return any(start <= number.start < end for start, end in spans)


def _digits(text: str, start: int, end: int) -> int:
    """Where the sum's number begins (after a hedge: "about 7 billion dollars"); its start
    when it is written in words ("drei Milliarden Dollar")."""
    return next((i for i in range(start, end) if text[i].isdigit()), start)
