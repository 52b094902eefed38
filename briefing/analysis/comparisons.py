"""A year that dates a point of comparison, not an event of the story.

"The deadliest attack since the Beslan school siege in 2004", "le pire accident depuis la
catastrophe de 1999", "el mayor atentado desde la tragedia de X en 2004": the year belongs to
another event, named only to measure this one against. The form is the same in every
language that writes "since" before what it counts from: the word for "since", then a noun
phrase (words, no digit, no clause break), then at most a short preposition, then the year.

Only a year named alone is read this way. "Closed since 2019" (the year right after "since")
dates when a state began and stays; so does a day written in full ("depuis le séisme du 17
août 1999"), which the timeline keeps as a past day the story refers to.

A day written in full is a point of comparison in one form: a record ("the heaviest rain in
24 hours since 11 September 1931", "la más alta desde el 11 de septiembre de 1931",
"сильнейший с 11 сентября 1931 года"): a superlative, then "since" and the day right after it
in the same clause. What is measured is this story's; the day is the old record's. The
superlative is read from each language's grammar of comparison (an article with "most", "más",
"plus", "più", "mais"; the endings "-est", "-ste", "-ейш-"; the prefix "naj-"), not from the
words of a story; in a language without a form here nothing is marked.

A record's holder may also be dated without "since": "the worst shipwreck off Greece happened
on 3 June 2016", "la pire catastrophe du pays eut lieu le 3 juin 2016". A superlative in the
clause right before a day written in full names the earlier event that holds the record;
``dates_a_past_record`` reads that shape, and the caller keeps it for a day outside the
story's years (the story's own day may well be "the deadliest attack in decades"). With
"since" between them ("le plus important depuis le séisme du 17 août 1999") the day is what
the story is measured from, kept as said above.
"""

from __future__ import annotations

import re

#: "since" in the languages that put it before what it counts from. Words that also mean
#: "from" or "of" (Italian "da", Greek "από", Russian "с") are left out: too ambiguous.
_SINCE = r"(?:since|depuis|desde|seit|sinds|sedan|siden)"
#: "since", then two to ten words without digits or clause breaks, then at most a short word
#: ("in", "en", "de", "von", "of"), ending right before the year.
_REFERENCE = re.compile(
    rf"(?<!\w){_SINCE}\s+(?:[^\W\d_][\w'’\-]*\s+){{1,9}}[^\W\d_][\w'’\-]*"
    r"(?:\s+[^\W\d_]{1,4})?\s*$",
    re.IGNORECASE,
)


def dates_a_reference(sentence: str, year_start: int) -> bool:
    """True when the year at ``year_start`` in ``sentence`` ends a "since <event> in <year>"
    comparison (module docstring)."""
    head = sentence[:year_start]
    return bool(_REFERENCE.search(head[-160:]))


#: Superlatives, by their grammar: English "the …est"/"the most", Romance article + "more"
#: word or irregular comparative ("la más", "a mais", "le plus", "il più", "la mayor", "o
#: pior"), German and Dutch article + "-ste(n)", Russian "-ейш-/-айш-" and "сам-", Polish
#: and Czech/Slovak "naj-".
_SUPERLATIVE = re.compile(
    r"(?<!\w)(?:the\s+(?:most|least|worst|best|\w+est)"
    r"|(?:el|la|los|las|lo|o|a|os|as|le|les|il|i|gli)\s+(?:[^\W\d_]+\s+)?"
    r"(?:más|menos|mayor|menor|peor|mejor|mais|menos|maior|pior|melhor|plus|moins|pire"
    r"|più|meno|peggior[eio]?|maggior[eio]?)"
    r"|(?:der|die|das|den|dem|am|de|het)\s+\w+ste[nmrs]?"
    r"|\w+[еа]йш\w+|сам(?:ый|ая|ое|ые|ого|ой|ым|ом|ых)"
    r"|naj\w+)(?!\w)",
    re.IGNORECASE,
)
#: "since" right before a day (with at most an article: "desde el", "depuis le", "с").
_SINCE_DAY = re.compile(rf"(?<!\w)(?:{_SINCE}|с|od|från|fra)(?:\s+[^\W\d_]{{1,3}})?\s+$", re.I)
#: Between the superlative and "since": one clause (no sentence or clause break, no verb of
#: its own is checked; a comma-free stretch of at most this many characters).
_RECORD_REACH = 90


def dates_a_record(sentence: str, day_start: int) -> bool:
    """True when the day at ``day_start`` in ``sentence`` is what a record is counted from:
    a superlative, then "since" right before the day, in one clause (module docstring)."""
    head = sentence[:day_start]
    since = _SINCE_DAY.search(head)
    if since is None:
        return False
    clause = re.split(r"[.;:!?—–()]", head[: since.start()])[-1][-_RECORD_REACH:]
    return any(m.group().casefold().split()[-1] not in _NOT_SUPERLATIVE
               for m in _SUPERLATIVE.finditer(clause))  # fmt: skip


def dates_a_past_record(sentence: str, day_start: int) -> bool:
    """True when a superlative stands in the clause right before the day at ``day_start``
    ("the worst shipwreck off Greece was on 3 June 2016"): the day may be the record's, an
    earlier event measured against; the caller checks that it lies outside the story."""
    head = sentence[:day_start]
    clause = re.split(r"[.;:!?—–(),]", head)[-1][-_RECORD_REACH:]
    for m in _SUPERLATIVE.finditer(clause):
        if m.group().casefold().split()[-1] in _NOT_SUPERLATIVE:
            continue
        # "the largest since the earthquake of 17 August 1999": what the story is measured
        # from, a past day it refers to, which the timeline keeps (module docstring).
        return _SINCE_WORD.search(clause, m.end()) is None
    return False


#: "since" anywhere after the superlative (``dates_a_past_record``).
_SINCE_WORD = re.compile(rf"(?<!\w){_SINCE}(?!\w)", re.IGNORECASE)


#: English words in "-est" that are no superlative ("the unrest since 3 May", "the protest").
_NOT_SUPERLATIVE = frozenset(
    {
        "arrest", "behest", "chest", "conquest", "contest", "crest", "digest", "forest",
        "guest", "harvest", "honest", "inquest", "interest", "invest", "manifest", "midwest",
        "modest", "nest", "protest", "quest", "request", "rest", "suggest", "test", "unrest",
        "vest", "west",
    }
)  # fmt: skip
