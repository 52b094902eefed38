"""A kicker on a line of its own above the headline: ``20 Prozent auf alles`` over ``Was die
neuen Zölle für Europa bedeuten``, then the lead.

A page sets a short line over its headline (German *Dachzeile*, French *surtitre*, Spanish
*antetítulo*) that is headline-shaped too, so :func:`~briefing.corpus.title_window.title_index`
takes the first of the two. A headline over its standfirst is the same pair of lines, so the
order and the lengths tell nothing; what they say does. A kicker is a phrase of the story's
key figure or catchword, one word of content at most among a number and function words ("20
Prozent auf alles", "Mehr als 40 Tote"), while a headline says who does what and names
several things. The line under the picked one is the headline when:

- the picked line has at most one content word (letters only, four or more, no function word:
  :func:`~briefing.corpus.title_choice.echo`'s measure), and the line under it at least three
  and more words than the picked one;
- the line under it is headline-shaped, no byline, and the story's lead (a paragraph of prose)
  comes right under it: the two lines are the page's headline block;
- both are in a script written with spaces (a Chinese or Japanese headline has no words to
  count; its kicker is glued in ``【…】``, :mod:`briefing.corpus.headline_shape`).

A short headline with one word of content over its standfirst ("Es ist vorbei" over "Die
Koalition zerbricht …") would be read as a kicker: such a standfirst is a sentence, closed by
its stop, and a line ending in a stop is not headline-shaped, so it is never taken.
"""

from __future__ import annotations

import re

from briefing.corpus.headline_shape import headline_shaped, is_prose
from briefing.corpus.kickers import is_function_word
from briefing.corpus.title_choice import is_byline

__all__ = ["kicker_over_headline"]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: The most content words a kicker has, and the fewest its headline has.
_KICKER_MOST, _HEADLINE_FEWEST = 1, 3


def _content(line: str) -> int:
    """Words of four letters or more that are no function word."""
    return sum(1 for w in _WORD.findall(line) if len(w) >= 4 and not is_function_word(w.casefold()))


def kicker_over_headline(texts: list[str], picked: int) -> int:
    """The line under ``picked`` when ``picked`` is a kicker over it (module doc); else
    ``picked``."""
    below, lead = picked + 1, picked + 2
    if lead >= len(texts):
        return picked
    kicker, headline = texts[picked], texts[below]
    if _CJK.search(kicker) or _CJK.search(headline) or is_byline(headline):
        return picked
    if not headline_shaped(headline) or is_prose(headline) or not is_prose(texts[lead]):
        return picked
    if _content(kicker) > _KICKER_MOST or _content(headline) < _HEADLINE_FEWEST:
        return picked
    return below if len(headline.split()) > len(kicker.split()) else picked
