"""Counts of a part, not of the whole: "7 of the 8 towers", "four towers …, while three more".

Two outlets that count different parts of one whole do not disagree: one writes that the
scaffolding burnt on "7 des 8 bâtiments", another that smoke covered "cinq des huit tours";
one that "four towers have been extinguished, while three more are under control", another
that "the estate has eight towers". Read as counts of the noun, each pair became a flag (all
three flags of the first blind look at a fire in a housing estate were of this kind). So a
number is not read as a count when:

- another number follows it across a partitive word ("7 des 8", "five of the eight", "3 из 8",
  "dos de los tres"): it counts a part of that whole (the whole itself is still read);
- the same sentence goes on to add to it ("three more", "otros cinco", "weitere zwei",
  "ещё три"): the sentence gives a breakdown, of which this is one share;
- the sentence goes on with "and" and a number that counts no word of its own, its noun left
  out because it is this one's ("16,000 people by land and 3,000 by sea", "16000 شخص … برًا
  و 3000 عن طريق البحر"): the two are shares of a split, the whole is their sum.

Both only keep a number from being compared, so neither can raise a flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.analysis.casualties import names_casualties, word_matcher
from briefing.analysis.numbers import Number
from briefing.analysis.scope import and_words, stopwords
from briefing.analysis.text import WORD
from briefing.topics.languages import function_words
from briefing.word_marks import WORD_CHARS

#: What joins a part to its whole, lower case, per language ("7 des 8", "five of the eight").
_PARTITIVE: dict[str, str] = {
    "en": "of|of the|out of|out of the",
    "fr": "des|sur|d'entre|d’entre|parmi les",
    "de": "der|von|von den|aus",
    "es": "de|de los|de las|entre",
    "it": "dei|degli|delle|su|tra|fra",
    "pt": "de|dos|das|entre",
    "nl": "van|van de",
    "ru": "из",
    "uk": "з|із|зі",
    "pl": "z|ze|spośród",
    "cs": "z|ze",
    "sk": "z|zo",
    "ro": "din|dintre",
    "el": "από|από τα|από τους|από τις",
    "tr": "",  # "sekiz kuleden beşi": the whole comes first, read by no pattern here
}

#: Words beside a number that add to an earlier share ("three more", "otros cinco").
_MORE: dict[str, str] = {
    "en": "more other others",
    "fr": "autres",
    "de": "weitere weiteren andere",
    "es": "otros otras más",
    "it": "altri altre",
    "pt": "outros outras mais",
    "nl": "andere",
    "ru": "ещё еще другие других",
    "uk": "ще інші інших",
    "pl": "kolejne kolejnych kolejni pozostałe pozostałych",
    "cs": "další",
    "ro": "alte",
}


def _partitive(language: str) -> re.Pattern[str] | None:
    words = _PARTITIVE.get(language)
    if not words:
        return None
    return re.compile(rf"\s*(?:{words})\s+", re.IGNORECASE)


def part_of_whole(text: str, number: Number, following: Number | None, language: str) -> bool:
    """True when ``number`` counts a part of the whole ``following`` states: the two are
    joined by a partitive word alone ("7 des 8", "five of the eight") and the part is the
    smaller."""
    if following is None or following.value <= number.value:
        return False
    pattern = _partitive(language)
    return pattern is not None and pattern.fullmatch(text[number.end : following.start]) is not None


@cache
def _anywhere(words: str) -> re.Pattern[str]:
    """:func:`.casualties.word_matcher`'s words with no boundaries: a cheap test that none of
    them is in a text, which no word of it can then fullmatch (a sentence of a table reads
    hundreds of numbers, each tested against every later one)."""
    bodies = (re.escape(w.rstrip("*")).replace("_", r"\s+") for w in words.split())
    return re.compile("|".join(bodies), re.IGNORECASE)


#: A character of a word of :data:`.text.WORD` (its first must be a letter), combining marks
#: included (``briefing.word_marks``).
_WORD_CHAR = re.compile(rf"[{WORD_CHARS}'’\-]")


def _last_word(text: str, start: int, end: int) -> str | None:
    """The last word of ``text[start:end]`` (:data:`.text.WORD`) if only spaces follow it,
    else None: what the last of ``WORD.finditer(text, start, end)`` is when nothing but
    spaces follows it, found from the end instead of by reading every word before it."""
    stop = end
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    if stop <= start or _WORD_CHAR.match(text, stop - 1) is None:
        return None
    begin = stop - 1
    while begin > start and _WORD_CHAR.match(text, begin - 1) is not None:
        begin -= 1
    # A run of word characters is one word from its first letter to its end.
    found = WORD.search(text, begin, stop)
    return None if found is None else found.group()


def added_to(text: str, numbers: Sequence[Number], index: int, language: str) -> bool:
    """True when a later number of the sentence is added to this one ("four towers have been
    extinguished, while three more are under control"): this one is a share, not a total."""
    words = _MORE.get(language)
    if not words or _anywhere(words).search(text, numbers[index].end) is None:
        return False  # no word of the list after the number: neither test below can hold
    more = word_matcher(words)
    for later in numbers[index + 1 :]:
        after = WORD.search(text, later.end)
        if (
            after is not None
            and not text[later.end : after.start()].strip()
            and more.fullmatch(after.group())
        ):
            return True
        before = _last_word(text, numbers[index].end, later.start)
        if before is not None and more.fullmatch(before):
            lead = text[: later.start].rstrip()
            if not (later.hedge and lead.casefold().endswith(later.hedge.casefold())):
                return True
    return False


#: "And" in languages :func:`.scope.and_words` has no entry for; Arabic writes it onto the
#: next word, a number included ("و3000").
_AND_MORE: dict[str, str] = {"ar": "و"}


def split_share(text: str, numbers: Sequence[Number], index: int, language: str) -> bool:
    """True when the next number of the sentence follows an "and" and counts no word of its
    own (a function word or the sentence's end comes next): "16,000 people by land and 3,000
    by sea" splits a whole, of which ``numbers[index]`` is one share."""
    if index + 1 >= len(numbers):
        return False
    later = numbers[index + 1]
    if later.in_words or later.value <= 0:
        return False
    lead = text[numbers[index].end : later.start].rstrip()
    joins = and_words(language) | set(_AND_MORE.get(language, "").split())
    last = lead.rsplit(None, 1)[-1].casefold() if lead else ""
    if last not in joins:
        return False
    first = WORD.search(text, numbers[index].end)
    if first is None or first.group().casefold() in _function_words(language):
        return False  # "Four were killed and 14 were injured": no noun for the other to leave out
    clause = re.split(r"[.;!?]", text[later.end :], maxsplit=1)[0]
    if names_casualties(clause, language):
        return False  # "… and 14 were injured": a count with its own state, not a share
    after = WORD.search(text, later.end)
    if after is None or re.search(r"[.;!?]", text[later.end : after.start()]):
        return True  # "…, and 3,000." : nothing of its own follows
    if text[later.end : after.start()].strip(" \u00a0\u202f,"):
        return False
    partitive = _partitive(language)
    if partitive is not None and partitive.match(text, later.end):
        return False  # "12 houses, and 3 of them new": a part of this one, which is whole
    return after.group().casefold() in _function_words(language)


@cache
def _function_words(language: str) -> frozenset[str]:
    """Whoosh's stop list and the topics' function words of ``language``, together."""
    return stopwords(language) | function_words(language)


def share(text: str, numbers: Sequence[Number], index: int, language: str) -> bool:
    """True when ``numbers[index]`` counts a share: of a whole stated after it, or of a
    breakdown the sentence goes on with (:func:`part_of_whole`, :func:`added_to`,
    :func:`split_share`)."""
    following = numbers[index + 1] if index + 1 < len(numbers) else None
    return (
        part_of_whole(text, numbers[index], following, language)
        or added_to(text, numbers, index, language)
        or split_share(text, numbers, index, language)
    )
