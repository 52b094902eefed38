"""Is a date someone's birth date? ("Simion est né le 21 septembre 1986", "born in 1961").

A profile of a person in the news gives their birth date; it dates the person, not the story,
so :mod:`.asides` keeps it off the timeline when one source alone gives it, outside the
story's years. (A baby born during the story — "the princess was born on Monday" — is the
story's own event, and the birth of the person the story is about, which several outlets
give, its background: both stay.)

The cue is the word for "born" next to the date, before it in most languages ("born on",
"né le", "geboren am", "родился"), after it where the verb closes the clause ("1986'da
doğdu", "1986. szeptember 21-én született"). The words are the participles and past forms
of "to be born" in the languages the timeline reads; a language not listed stays silent.
"""

from __future__ import annotations

import re

#: "Born" in the timeline's languages: participles (all genders and numbers) and the past
#: tense of "to be born", lower case.
_BORN = (
    "born|né|née|nés|nées|nació|nacido|nacida|nacidos|nasceu|nascido|nascida|nato|nata|"
    "nacque|geboren|geb|urodził|urodziła|urodzony|urodzona|narodil|narodila|narozen|narozena|"
    "narodený|narodená|născut|născută|született|родился|родилась|родившийся|родившаяся|"
    "народився|народилася|роден|родена|рођен|рођена|rođen|rođena|γεννήθηκε|γεννημένος|"
    "γεννημένη|doğdu|doğumlu|född|født|syntynyt|syntyi|nascut|nascuda|gimęs|gimusi|dzimis|"
    "dzimusi|sündinud|rojen|rojena"
)
#: Lower case only: capitalised, "Nato" is the alliance ("joined Nato in 1999").
_LOWER_ONLY = frozenset({"nato", "nata"})
_WORDS = "|".join(
    word if word in _LOWER_ONLY else f"[{word[0]}{word[0].upper()}]{word[1:]}"
    for word in _BORN.split("|")
)
#: The birth word, then at most five short words (a preposition, an article, "se", "on the")
#: or capitalised names (the birthplace), no punctuation, right before the date: "born on",
#: "né le", "s-a născut pe", "urodził się w", "nacido en Chicago el", "born in New York on".
#: Upper-case letters of the Latin, Greek and Cyrillic scripts (``re`` has no Unicode classes).
_UPPER = re.escape("".join(c for c in map(chr, range(0x500)) if c.isupper()))
_BEFORE = re.compile(
    rf"(?<!\w)(?:{_WORDS})\.?(?:\s+(?:[^\W\d_]{{1,4}}|[{_UPPER}][^\W\d_]*)){{0,5}}\s*$"
)
#: The date, a case ending or a short word, then the birth word: "1986'da doğdu",
#: "21-én született", "1986 року народився".
_AFTER = re.compile(rf"^[\w'’.-]{{0,5}}(?:\s+[^\W\d_]{{1,5}})?\s+(?:{_WORDS})(?!\w)")


def is_birth_date(sentence: str, start: int, end: int) -> bool:
    """True when the date at ``sentence[start:end]`` is given as someone's birth date."""
    return bool(_BEFORE.search(sentence[max(0, start - 40) : start])) or bool(
        _AFTER.match(sentence[end : end + 40])
    )
