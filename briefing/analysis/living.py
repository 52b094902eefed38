"""Counts of the living: "20 ostaggi ancora in vita", "vingt otages vivants", "20 rehenes vivos".

A count its own words narrow to those still alive counts a part of the noun: the living
hostages among all the hostages, the survivors among the missing. Another source's count of
the noun alone ("48 otages au total") is another set, so the key says so (``"otag alive"``), as
it says "of cabin" for a part of the crew (:mod:`.scope`): "20 living" and "48 in all" are never
compared, while two counts of the living are, in any language whose key says the same
(:func:`.crosscounts.narrowed`).

The word is read right after the counted noun, with at most :data:`MOST_BETWEEN` words between
and no punctuation or number ("20 rehenes israelíes vivos", "ancora in vita"), or, in the
languages that put the adjective first, right before it ("20 lebenden Geiseln", "20 canlı
rehine"). English and Russian need nothing: their counted noun is the word after the number
("20 living hostages" counts "living"; "20 живых заложников" is read as of "живых" by
:func:`.scope.head_noun`).
"""

from __future__ import annotations

import re
from functools import cache

#: "Alive" after the counted noun, per language ("_": a phrase, any spacing).
_AFTER: dict[str, str] = {
    "en": "alive",
    "fr": "vivant vivants vivante vivantes",
    "es": "vivo vivos viva vivas con_vida",
    "it": "vivo vivi viva vive in_vita",
    "pt": "vivo vivos viva vivas com_vida",
    "ro": "în_viață vii",
    "ar": "أحياء",
    "fa": "زنده",
    "he": "חיים",
    "el": "ζωντανοί ζωντανούς ζωντανών",
    "pl": "żywych żywi",
}
#: "Living" before the counted noun, per language.
_BEFORE: dict[str, str] = {
    "de": "lebend lebende lebenden lebender",
    "nl": "levend levende",
    "tr": "canlı",
    "uk": "живих живі",
}
#: Words at most between the noun and "alive" ("israelíes", "ancora", "encore").
MOST_BETWEEN = 2
#: What the key of a count of the living adds to its noun's stem.
ALIVE = "alive"


@cache
def _pattern(words: str, after: bool) -> re.Pattern[str]:
    body = "|".join(re.escape(w).replace("_", r"\s+") for w in words.split())
    if after:  # up to two plain words, then the word: "israelíes vivos", "ancora in vita"
        gap = rf"(?:\s+[^\W\d_]+){{0,{MOST_BETWEEN}}}"
        return re.compile(rf"{gap}\s+(?:{body})(?!\w)", re.IGNORECASE)
    return re.compile(rf"(?<!\w)(?:{body})\s+$", re.IGNORECASE)


def counts_the_living(text: str, start: int, noun_start: int, noun_end: int, language: str) -> bool:
    """Whether the count whose number starts at ``start`` and whose noun spans
    ``noun_start``–``noun_end`` counts only the living (module doc)."""
    after = _AFTER.get(language)
    if after and _pattern(after, True).match(text, noun_end):
        return True
    before = _BEFORE.get(language)
    return bool(before) and _pattern(before, False).search(text, start, noun_start) is not None
