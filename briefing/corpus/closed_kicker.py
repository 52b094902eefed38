"""A kicker glued to the headline by its closing quote or bracket: ``SOS «Example»Ship runs …``.

A page sets a kicker (a topic's tag, often a name in quotes or brackets) in its own element
above or before the headline; saved as text with the break lost, the kicker's closing quote
or bracket runs straight into the headline's capital: ``SOS «Example»Ship runs aground``,
``Live [Example]Talks resume in Geneva``. In every language that writes quotes and brackets
a space or a punctuation mark follows a closing one before the next word; a capital glued to
it is the seam of two elements.

Cut only when all of these hold, so a headline with a quoted name is kept whole:

- the kicker is one to six words and opens its own quote or bracket (the closing mark has
  its opening one in the kicker: ``«Example»``, ``(Live)``, ``"Example"``);
- the letter after the closing mark is a capital followed by a small letter (a word starts:
  ``»Ship``, not ``»S`` of a plural or a possessive, nor an acronym ``»USA``);
- the kicker's quote ends no sentence (``"We are ready,"Smith said`` is speech that lost a
  space, not a tag) and a bracket does not open the line (``(EXA)The …`` is a wire's credit);
- what follows is one headline-shaped line of three words or more
  (:func:`~.headline_shape.headline_shaped`), never a paragraph of prose.

A quote glued to a following word in lower case (``«Example»s``) or with a hyphen
(``«Example»-Frachter``, a compound) is no seam and stays. Scripts without capitals (Han,
kana, Hangul, Arabic) give no sign of a seam, so this is silent there.
"""

from __future__ import annotations

import re

from briefing.corpus.headline_shape import headline_shaped

__all__ = ["closed_kicker_end"]

#: Closing mark → its opening mark(s). A straight double quote opens and closes itself.
_PAIRS = {"»": "«", "”": "“„", '"': '"', "“": "„", ")": "(", "]": "[", "›": "‹"}
_SEAM = re.compile(r"[»”\"“)\]›](?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-Ω][a-zß-öø-ÿа-яёіїєґα-ω])")
_MAX_WORDS = 6
_MIN_HEADLINE_WORDS = 3


def closed_kicker_end(text: str) -> int | None:
    """Where a kicker glued to the headline by its closing quote or bracket ends, or None."""
    for seam in _SEAM.finditer(text[:120]):  # a straight quote opening "Example" is one too
        end = _kicker_end(text, seam.end(), seam.group(0))
        if end is not None:
            return end
    return None


def _kicker_end(text: str, end: int, closing: str) -> int | None:
    kicker = text[:end]
    if not 1 <= len(kicker.split()) <= _MAX_WORDS:
        return None
    inside = kicker[:-1]
    if inside.rstrip()[-1:] in ".,;:!?…" or (closing in ")]" and kicker.lstrip()[:1] in "(["):
        return None
    if closing == '"':
        if inside.count('"') % 2 != 1:
            return None  # the quote is not opened in the kicker: it closes nothing of its own
    elif not any(opening in inside for opening in _PAIRS[closing]):
        return None
    headline = text[end:]
    if len(headline.split()) < _MIN_HEADLINE_WORDS or not headline_shaped(headline):
        return None
    return end
