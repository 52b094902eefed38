"""How many things were taken: one count in every language ("huit bijoux dérobés", "nove
gioielli rubati", "похитили девять предметов").

Counts are otherwise compared by their noun within one language (:mod:`.figures`), and the
reports of a theft name what was taken with whatever noun each writer picks (jewels, objects,
pieces, items, treasures), so the count is not tied by its noun but by the verb of its clause:
a count that a word for stealing governs is the count of the loot, whatever its noun. The
verbs for stealing are a small closed vocabulary of general news language, not one story's
words; the table below is that vocabulary in the dev languages, as casualties' is.

A count is of the loot when, within its own clause (:func:`.casualties.clause`: a clause ends
at punctuation, a conjunction or another number), a verb of stealing stands right before it
("sie entwendeten acht Schmuckstücke") or after its noun ("eight objects stolen"). So "they
stole eight paintings and nine vases" gives one count, of eight, and "nine vases" stays a
count of its noun. A sum of money ("stole 500 euros") is a price or a haul, not a number of
things; a count under three is too often one of several lots ("two tiaras") to be the whole.
"""

from __future__ import annotations

import re

from briefing.analysis.casualties import clause, word_matcher
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.numbers import Number, interval

#: The key of a count of things stolen (after :data:`.crosscounts.ANY_LANGUAGE`).
STOLEN = "things stolen"
#: Below this a count is one lot of the loot more often than all of it.
LEAST = 3
#: Words read before the number, and after it (its noun and the verb after the noun).
_BEFORE, _AFTER = 3, 4

#: Per language: verbs (and participles) of stealing, lower case; "*" matches any ending.
_VERBS: dict[str, str] = {
    "en": "stole stolen steal steals stealing snatched looted",
    "fr": "volé* vola* volè* dérob* subtilis*",
    "de": "gestohlen stahl* entwendet* erbeut* geraubt* raubten",
    "ru": "украл* украден* украдено похитил* похищен*",
    "es": "robad* robaron robó sustraj* sustraíd*",
    "it": "rubat* rubarono rubò sottratt* trafugat*",
    "tr": "çalın* çaldı* çalındı*",
}
#: Names of money: a sum stolen is not a number of things.
_MONEY = re.compile(
    r"(?i)\b(?:euro\w*|dollar\w*|pound\w*|franc\w*|rouble\w*|ruble\w*|peso\w*|lir[ae]\w*|"
    r"рубл\w*|евро|доллар\w*|lira\w*)|[€$£₽₺]"
)


def stolen_count(
    text: str, number: Number, noun: str, language: str
) -> tuple[tuple[str, str], float, float, str] | None:
    """(key, low, high, value as shown) when ``number``, counting ``noun``, is the number of
    things stolen (module doc), else None."""
    verbs = _VERBS.get(language)
    if verbs is None or number.value < LEAST or not float(number.value).is_integer():
        return None
    if _MONEY.search(text[number.end : number.end + 12]) or _MONEY.search(noun):
        return None
    before = clause(text[: number.start][::-1], language, _BEFORE, reverse=True)
    after = clause(text[number.end :], language, _AFTER)
    if not (
        word_matcher(verbs).search(" ".join(before.split()[-2:]))
        or word_matcher(verbs).search(after)
    ):
        return None
    written = f"{number.hedge + ' ' if number.hedge else ''}{text[number.start : number.end]}"
    shown = f"{written} {noun}" + (f" ({number.value:g})" if number.in_words else "")
    low, high = interval(number.value, number)
    return (ANY_LANGUAGE, STOLEN), low, high, shown
