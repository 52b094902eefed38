"""Shares of a breakdown: "16 people: three Americans, five Germans and seven Russians".

A sentence that states a whole and then, after a colon or inside brackets, the shares it is
made of ("230 passagers (169 Indiens, 53 Britanniques, 7 Portugais et 1 Canadien)") counts
each share as a part of *that* whole: the seven Russians are the Russians among the sixteen
people one side freed. Another outlet's "ten Russians were exchanged" may count another
group (those the other side freed), so a share read as a count of its noun and compared with
a count standing alone raised flags that set two groups side by side (the one wrong figure
flag of the dev packets' prisoner-swap story was of this kind). The whole itself is still
read as a count.

A number is such a share when all of these hold; nothing here depends on a language's words,
only on the punctuation and the arithmetic every language shares:

- a colon followed by a space, or an opening bracket, stands before it in its sentence, and a
  number (the whole) stands right before that mark, at most :data:`MOST_WORDS` words before it
  with no other number between ("16 personas:", "230 passagers (");
- at least two numbers stand after the mark (within the brackets, when it is one), each
  smaller than the whole, and together they add up to no more than it: a list of shares,
  not "at 14:50" nor "Update 2: five dead and three injured" (whose shares exceed two);
- the sentence names no casualties: "40 victims: 30 dead and 10 injured" keeps its tolls,
  compared as every toll is (:mod:`.casualties`).

It only keeps a number from being compared, so it can never raise a flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analysis.casualties import names_casualties
from briefing.analysis.numbers import Number
from briefing.analysis.text import WORD

#: Words at most between the whole and the mark ("16 personas:", "20 people were freed:").
MOST_WORDS = 4
#: A mark opening a breakdown: a colon then a space (never "14:50"), or an opening bracket.
_MARK = re.compile(r":(?=\s)|\(")
#: What ends a breakdown: the end of its sentence's clause of shares.
_CLOSE = {"(": ")", ":": None}


def breakdown_share(text: str, numbers: Sequence[Number], index: int, language: str) -> bool:
    """True when ``numbers[index]`` is one share of a whole its sentence breaks down (module
    docstring); ``numbers`` are the sentence's numbers in order."""
    number = numbers[index]
    marks = [m for m in _MARK.finditer(text, 0, number.start)]
    if not marks:
        return False
    mark = marks[-1]
    close = _CLOSE[mark.group()]
    if close is not None and close in text[mark.end() : number.start]:
        return False  # the bracket closed before the number: not inside it
    before = [n for n in numbers if n.end <= mark.start()]
    if not before:
        return False
    whole = before[-1]
    if len(WORD.findall(text, whole.end, mark.start())) > MOST_WORDS:
        return False
    end = len(text)
    if close is not None and (found := text.find(close, mark.end())) >= 0:
        end = found
    shares = [n for n in numbers if mark.end() <= n.start and n.end <= end]
    if len(shares) < 2 or number not in shares:
        return False
    if any(s.value >= whole.value for s in shares) or sum(s.value for s in shares) > whole.value:
        return False
    return not names_casualties(text, language)
