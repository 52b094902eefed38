"""An act introduced by "after", "following" or "since" is not dated by its sentence's day.

"Rescuers raced to reach the miners trapped underground Wednesday after an explosion killed
205": Wednesday is the day of the race; the explosion, told behind "after", came before it
and the sentence does not say when. "Les secours cherchaient mardi après l'effondrement",
"Am Donnerstag nach dem Einsturz", "El jueves tras el choque", "в среду после взрыва": in
every language that puts the word before what it introduces, the words past it belong to an
earlier act, and the day phrase before it does not bind them.

The words are each language's small closed class of temporal prepositions ("after",
"since"), not one story's: a word that is also something else ("since" for "because",
German "nach" for "to") only loses a binding, never adds one, so a misreading costs a
missed disagreement and no false one. Languages that put the word after the act (Turkish
"patlamadan sonra", Japanese "爆発の後", Persian "پس از" read as one) are left alone: there
the act's word comes before the "after" word and the cut below would not apply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

#: Words that introduce an earlier act ("after the explosion"), per language, lower case.
_AFTER: dict[str, str] = {
    "en": "after following since", "fr": "après depuis", "de": "nach seit infolge",
    "es": "tras después desde", "it": "dopo", "pt": "após depois desde", "nl": "na sinds",
    "ru": "после", "uk": "після", "pl": "po", "ro": "după", "el": "μετά", "ca": "després",
    "ar": "بعد عقب إثر", "he": "אחרי",
}  # fmt: skip


@cache
def after_words(language: str) -> frozenset[str]:
    """The language's words that introduce an earlier act (empty for a language not listed)."""
    return frozenset(_AFTER.get(language, "").split())


def before_earlier_act(
    words: Sequence[re.Match[str]], end: int, language: str
) -> list[re.Match[str]]:
    """``words`` without those past the first "after" word that follows a phrase ending at
    ``end``: the day phrase dates what comes before that word, not the act after it. Words
    before the phrase are kept ("after the explosion on Tuesday" dates the explosion)."""
    cut = after_words(language)
    starts = [m.start() for m in words if m.start() >= end and _folded(m.group()) in cut]
    if not starts:
        return list(words)
    first = min(starts)
    return [m for m in words if m.start() < first]


def _folded(word: str) -> str:
    """Lower case, an Arabic conjunction glued before it left out ("وبعد" is "and after")."""
    word = word.casefold()
    if len(word) > 3 and word[0] in "وف" and word[1:] in _AFTER["ar"].split():
        return word[1:]
    return word
