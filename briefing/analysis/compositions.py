"""A count that is one item of a list of different things: "a frigate, a helicopter and three
ships are searching the area", "six ships, a patrol boat and a C-130 took part".

Such a list tells how a force, a fleet or a convoy is made up, and each outlet composes it its
own way and at its own moment: one counts "three nearby ships" beside a frigate, another "six
ships that were at the scene" beside a patrol boat, and a third folds the frigate into "nine
boats". The two counts share a noun but not what they count (which ships the list leaves to
its other items), so neither can be set against the other: such a count is not compared.

A list is read from its grammar alone, in any language with its words: three or more items in
a row, joined by commas or the language's word for "and", each opened by an indefinite
article or a word for "one" ("a", "una", "ένα", "один") or by a number. The first item of the
list may have words before its opener (its verb: "are deployed six ships, a patrol boat and a
plane", "μετέχουν μία φρεγάτα, τρία πλοία και ένα ελικόπτερο"); every other item opens with
it. Two items are no list: "230 passengers and 12 crew" counts one whole in two parts, and
the exact count each part is stays comparable. Nor is a list whose every item is a count
("nine Poles, four Britons and six Danes"): that breaks one group down by a property, each
count a group of its own that another outlet may count differently; a list of different
things shows itself by at least one item that is a single thing ("a frigate").
"""

from __future__ import annotations

import re
from functools import cache

from briefing.analysis.numbers import Number

#: Indefinite articles and words for "one" that open an item of a list (lower case): closed
#: classes of each language's grammar.
_ONE: dict[str, str] = {
    "en": "a an one",
    "fr": "un une",
    "es": "un una uno",
    "it": "un una uno un'",
    "pt": "um uma",
    "de": "ein eine einen einem einer eines",
    "nl": "een",
    "el": "ένα ένας έναν μία μια",
    "ru": "один одна одно одного одну одним одной",
    "uk": "один одна одне одного одну",
    "pl": "jeden jedna jedno jednego jedną",
    "cs": "jeden jedna jedno",
    "ro": "un o",
    "tr": "bir",
}
#: Words for "and" that join the items of a list.
_AND: dict[str, str] = {
    "en": "and",
    "fr": "et",
    "es": "y e",
    "it": "e ed",
    "pt": "e",
    "de": "und sowie",
    "nl": "en",
    "el": "και",
    "ru": "и",
    "uk": "і й та",
    "pl": "i oraz",
    "cs": "a",
    "ro": "și",
    "tr": "ve",
    "ar": "و",
    "ur": "اور",
}
#: Fewer items than this are a pair, not a list.
_SHORTEST = 3
_WORD = re.compile(r"[^\W\d_][\w'’]*|\d")


@cache
def _separator(language: str) -> re.Pattern[str]:
    joins = "|".join(re.escape(w) for w in _AND.get(language, "").split())
    joined = rf"|\s+(?:{joins})\s+" if joins else ""
    return re.compile(rf"\s*[,;]\s*(?:(?:{joins})\s+)?{joined}" if joins else r"\s*[,;]\s*")


def one_item_of_list(text: str, number: Number, numbers: list[Number], language: str) -> bool:
    """Whether ``number`` (one of ``numbers``, the sentence's numbers) opens an item of a list
    of three or more things in ``text`` (module doc)."""
    cuts = [0]
    for match in _separator(language).finditer(text):
        cuts += [match.start(), match.end()]
    cuts.append(len(text))
    items = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    own = next((i for i, (s, e) in enumerate(items) if s <= number.start < e), None)
    if own is None:
        return False
    openers = {w for w in _ONE.get(language, "").split()}
    starts = {n.start for n in numbers} | {n.start - len(n.hedge) - 1 for n in numbers if n.hedge}

    def opens(index: int) -> bool:
        start, end = items[index]
        word = _WORD.search(text, start, end)
        if word is None:
            return False
        return word.start() in starts or word.group().casefold() in openers

    def single(index: int) -> bool:  # an item that is one thing ("a frigate")
        start, end = items[index]
        word = _WORD.search(text, start, end)
        return word is not None and word.group().casefold() in openers

    def leads(index: int) -> bool:  # the list's first item, after its verb ("joined by a …")
        start, end = items[index]
        return any(w.group().casefold() in openers for w in _WORD.finditer(text, start, end))

    after = 0
    while own + after + 1 < len(items) and opens(own + after + 1):
        after += 1
    before = 0
    led = False
    if opens(own):  # the count's item opens the list's middle or end only if it opens itself
        while own - before - 1 >= 0 and opens(own - before - 1):
            before += 1
        if own - before - 1 >= 0 and leads(own - before - 1):
            before += 1
            led = True
    run = range(own - before, own + after + 1)
    if not (led or any(single(i) for i in run)):
        return False  # every item a count: a breakdown of one group (module doc)
    return 1 + before + after >= _SHORTEST
