"""A number that starts a sum of money counts no noun, in any language.

The figure reader (:mod:`.figure_reading`) keys a number by the noun that follows it, so a sum
written with the currency's name after it ("15 مليار دولار", "10 Milliarden Dollar", "700
d'euros", "10 миллиардов долларов") was keyed by the currency word alone: a net worth, a sum
sought and a debt, all "dollars", were compared as one quantity. A currency says in what a
sum is counted, never what it measures. Sums are compared only by :mod:`.money`, which keys
each by the thing the sentence says it pays for (a price, a guarantee, a loan, losses) and its
currency, and reads none whose thing it cannot tell, as a sum written with a sign ("$15
billion") never was a count either. A count whose noun merely follows a sum ("$5 million in
aid to 30 villages") keeps its own number: only the numbers inside a sum's own words are left
to :mod:`.money`.
"""

from __future__ import annotations

from briefing.analysis.money import sums_of
from briefing.analysis.numbers import Number


def money_spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """Where each sum of money of ``text`` (one sentence) is written: from its hedge or sign
    to its currency's name (:func:`.money.sums_of`); empty for most sentences."""
    return tuple((item.start, item.end) for item in sums_of(text, language))


def in_sum(number: Number, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``number`` is the amount of one of the sums at ``spans``."""
    return any(start <= number.start < end for start, end in spans)
