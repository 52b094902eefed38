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

A kicker may hold more content words when it names no one: "Crimen en el país vecino" (a
Spanish *antetítulo* that calls the place by a description) over "Asesinan a Jane Roe,
alcaldesa de Exampleton". The line under the picked one is then the headline when, in the
same frame (a headline-shaped line, no byline, right above a paragraph of prose):

- the picked line is a phrase of six words at most in a script with case, with no capital
  after its first word (no name, no noun set in capitals) and no question or exclamation,
  and its first word is no name either (the story never writes it with its capital inside
  a sentence, as it writes "Exampleton");
- the line under it names someone or something the story names too (a capitalised word
  after its first, not after a stop or colon, that the story writes as a word of its own:
  a capital left by a cut inside a word, "Buffered|Protocol", names no one) and is longer
  than the picked one;
- the story restates the line under it (half its content words come back in the first two
  paragraphs of prose, :func:`~briefing.corpus.title_choice.restates`) better than the
  picked one (:func:`~briefing.corpus.title_choice.echo`): a headline says what the story
  tells, a kicker its theme. A short headline without a name over a standfirst that names
  someone ("Le maire est mort" over "Jean Dupont s'est éteint lundi à 80 ans") stays the
  title: the story repeats the headline's words more than the standfirst's.

German capitalises every noun, so almost no German line is nameless: there this rule is silent.
"""

from __future__ import annotations

import re

from briefing.corpus.headline_shape import headline_shaped, is_prose
from briefing.corpus.kickers import is_function_word
from briefing.corpus.title_choice import echo, is_byline, lead_index, restates

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
        return below if _nameless_kicker(texts, picked) else picked
    return below if len(headline.split()) > len(kicker.split()) else picked


#: The most words a nameless kicker has (module doc).
_NAMELESS_MOST = 6
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐΑ-Ω"
#: Any capital after a space (not after a stop, colon or opening quote): a kicker has none.
_CAPITAL_INSIDE = re.compile(rf"(?<![.!?:;«“„\"'(])\s+[^\W\d_]*[{_UPPER}]")
#: A capitalised word right after another word (or its comma) and a space: a name.
_NAME_WORD = re.compile(rf"(?:(?<=[^\W_]\s)|(?<=[^\W_],\s))[{_UPPER}][^\W\d_]+")
#: Marks that may open a line around its first word.
_EDGE = "\"'«»“”„‘’()[]¡¿"


def _nameless_kicker(texts: list[str], picked: int) -> bool:
    """Whether ``texts[picked]`` is a kicker that names no one over the headline under it
    (module doc); the frame (headline-shaped line over prose) is checked by the caller."""
    kicker, headline = texts[picked].strip(), texts[picked + 1].strip()
    words = kicker.split()
    if len(words) > _NAMELESS_MOST or kicker[-1:] in "?!" or not any(c.islower() for c in kicker):
        return False
    names = _NAME_WORD.findall(headline)
    if _CAPITAL_INSIDE.search(kicker) or not names or len(headline.split()) <= len(words):
        return False
    lead = lead_index(texts, picked + 1)
    if lead is None:
        return False
    after = lead_index(texts, lead)
    story = texts[lead] + " " + (texts[after] if after is not None else "")
    if _named_inside(words[0].strip(_EDGE), story):
        return False  # "Exampleton llora a …": its first word is a name the story writes so
    if not any(_written(name, story) for name in names):
        return False  # "The idea of Buffered|Protocol": a capital that names no one
    return restates(headline, story) and echo(headline, story) > echo(kicker, story)


def _written(name: str, story: str) -> bool:
    """Whether ``story`` writes ``name`` as a word of its own, capital and all."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", story) is not None


def _named_inside(word: str, story: str) -> bool:
    """Whether ``story`` writes ``word``, capitalised, after a word inside a sentence (not
    after a stop): a name, whose capital is not the sentence's."""
    if not word[:1].isupper():
        return False
    inside = re.compile(rf"(?<![.!?:;\s])\s+{re.escape(word)}(?!\w)")
    return inside.search(story) is not None
