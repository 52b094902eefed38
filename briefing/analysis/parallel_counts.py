"""One sentence told in two languages: counts tied by the other counts they are given with.

"Die 7000 Sportler der 205 Delegationen fahren auf 85 Ausflugsbooten ein" and "一共205個國家,
超過6800位運動員,搭乘著85艘船隻" are one sentence of the wires told in German and in Chinese:
both give 205 of something and 85 of something. Nouns are not translated (no offline lexicon
covers the packets' languages: :mod:`.crosscounts`), but two sources whose sentences in two
languages share two exact counts are telling the same facts, and each shared value names one
thing in both: "Delegationen" and "個國家" count one thing, "Ausflugsbooten" and "艘" another.
Those nouns are then compared as one (:func:`.crosscounts.merge_linked`), so another source's
"206個參賽國家" or "206 стран" can be set against the 205.

What keeps a tie to one thing:

- two shared values at least, each at least :data:`LEAST_VALUE` (small numbers meet by
  chance), each given once in each sentence and each by exact digits or a one-sided hedge of
  the same number ("超過6800" / "6800"), never a rounding's interval;
- the two values are written in the same order in both sentences: a relayed sentence keeps
  its order, and two values met by chance need not ("a 12-year-old plane with 242 aboard" /
  "242 aboard, 12 of them crew");
- the two values differ, and the sentences are two sources' in two languages (within one
  language the nouns are compared as they are: :mod:`.figures`);
- what narrows each key is the same (:func:`.crosscounts.narrowed`);
- ages and tolls are keyed in every language already and are never passed here.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing.analysis.crosscounts import ANY_LANGUAGE, Counted, Key, narrowed

#: A shared value this small is too common to say two sentences tell one fact.
LEAST_VALUE = 10
#: Two sentences tell one fact when they share this many such values.
LEAST_SHARED = 2

Where = tuple[str, int, int]


def parallel_keys(figures: Sequence[Counted]) -> list[tuple[Key, Key]]:
    """(noun, noun of another language) pairs that two parallel sentences count (module doc)."""
    by_sentence: dict[Where, list[Counted]] = defaultdict(list)
    for figure in figures:
        if _stated(figure) is not None:
            by_sentence[_where(figure)].append(figure)
    values: dict[Where, dict[float, Counted]] = {}
    for where, found in by_sentence.items():
        stated = [(value, f) for f in found if (value := _stated(f)) is not None]
        given = Counter(value for value, _ in stated)
        once = {value: f for value, f in stated if given[value] == 1}
        if len(once) >= LEAST_SHARED:
            values[where] = once
    # Sentences indexed by each pair of their values: a pair in common is the test.
    by_pair: dict[tuple[float, float], list[Where]] = defaultdict(list)
    for where, once in values.items():
        for pair in itertools.combinations(sorted(once), 2):
            by_pair[pair].append(where)
    pairs: dict[tuple[Key, Key], None] = {}
    for (low, high), sentences in by_pair.items():
        for a, b in itertools.combinations(sentences, 2):
            if a[0] == b[0]:
                continue  # one source
            if _order(values[a], low, high) != _order(values[b], low, high):
                continue  # "12 years old, 242 aboard" / "242 aboard, 12 crew": a coincidence
            for value in (low, high):
                one, other = values[a][value].key, values[b][value].key
                if one[0] != other[0] and narrowed(one) == narrowed(other):
                    pairs.setdefault((one, other) if one < other else (other, one))
    return list(pairs)


def _order(once: dict[float, Counted], low: float, high: float) -> bool | None:
    """Whether ``low`` is written before ``high`` in its sentence (None: not found)."""
    text = once[low].quote.text
    at_low, at_high = text.find(once[low].value), text.find(once[high].value)
    return None if at_low < 0 or at_high < 0 else at_low < at_high


def _stated(figure: Counted) -> float | None:
    """The number a count states exactly, or as the bound of a one-sided hedge; else None."""
    if figure.measure or not figure.key[1] or figure.key[0] == ANY_LANGUAGE:
        return None
    low = float(figure.low)
    if not math.isfinite(low) or not low.is_integer() or low < LEAST_VALUE:
        return None
    if figure.high == figure.low or (math.isinf(figure.high) and not figure.ranged):
        return low
    return None


def _where(figure: Counted) -> Where:
    span = figure.quote.span
    return (figure.quote.article_id, span.paragraph, span.start)
