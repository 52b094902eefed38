"""A value in force since a date: the date is when it took effect, no event of the story.

"The clause, which as of July 1 is 222 million euros", "seit dem 1. Juli beträgt die Gebühr
40 Euro", "depuis le 1er janvier, le taux est de 3 %": the date right after the language's
"as of" / "since" ("as of", "depuis le", "seit dem", "desde el", "с") opens a state, and what
the clause then gives is a value (a sum of money, a share in per cent), not an act. The
timeline files such a sentence under that date as though something happened on it. Read
from the words around the phrase, never from its value (the shape of :mod:`.date_roles`).

A date after "since" with no value after it ("since Monday the town has been cut off", "40
people have died since Tuesday") keeps its event: the state began with something that day.
Languages without a word here are not read (the sentence stays an event).
"""

from __future__ import annotations

import re
from functools import cache

#: The language's "as of" / "since" before a date: the state the clause gives holds from it.
SINCE: dict[str, str] = {
    "en": r"as\s+of|as\s+at|effective(?:\s+from)?",
    "fr": r"depuis(?:\s+le)?|à\s+compter\s+du|à\s+partir\s+du",
    "es": r"desde(?:\s+el)?|a\s+partir\s+del?",
    "pt": r"desde(?:\s+(?:o|dia))?|a\s+partir\s+de",
    "it": r"dal|a\s+partire\s+dal|a\s+decorrere\s+dal",
    "de": r"seit(?:\s+dem)?|ab(?:\s+dem)?",
    "ru": r"с|начиная\s+с|по\s+состоянию\s+на",
}
#: How far after the date the value may stand ("as of July 1 is 222 million euros").
VALUE_CHARS = 60
#: A share in per cent, in the scripts of :data:`SINCE`.
_PERCENT = re.compile(r"\d\s?%|\bper\s?cent\b|\bpour\s?cent\b|\bpor\s?ciento\b|\bProzent\b|процент",
                      re.IGNORECASE)  # fmt: skip


@cache
def _since(language: str) -> re.Pattern[str] | None:
    words = SINCE.get(language)
    return re.compile(rf"(?i)(?<!\w)(?:{words})\s*$") if words else None


def states_value(sentence: str, start: int, end: int, language: str) -> bool:
    """Whether the date phrase at ``sentence[start:end]`` follows the language's "as of" /
    "since" and the words after it give a value (a sum of money, a share in per cent): the
    date is when that value took effect (module doc)."""
    since = _since(language)
    if since is None or since.search(sentence[max(0, start - 30) : start]) is None:
        return False
    after = sentence[end : end + VALUE_CHARS]
    return _PERCENT.search(after) is not None or _names_money(after, language)


#: A scale word between an amount and its currency ("222 million euros", "222 млн евро").
_SCALE = re.compile(r"\s*[^\W\d_]{1,12}\.?")


def _names_money(text: str, language: str) -> bool:
    """A sum of money in ``text``: an amount with a currency sign before it or a currency's
    name after it, a scale word between allowed. Read with the currency tables alone, not
    :mod:`.money` (which needs the topics layer: the timeline's cache must not follow it)."""
    from briefing.analysis.currencies import name_after, sign_before
    from briefing.analysis.numbers import find_numbers

    for number in find_numbers(text, language):
        if sign_before(text, number.start, language) or name_after(text, number.end, language):
            return True
        scale = _SCALE.match(text, number.end)
        if scale is not None and name_after(text, scale.end(), language):
            return True
    return False
