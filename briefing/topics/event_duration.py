"""Whether the texts write the main event as lasting days, or as a punctual act.

Part of :mod:`briefing.topics.story_days`: a visit, a summit or a trial runs over days ("a
three-day visit", "der zweitägige Gipfel", "la visite de trois jours", "трёхдневный визит",
"the summit from 9 to 10 May"), while a crash, an attack, an earthquake or a shooting happens
on one day, and the days after it (mourning, strikes, arrests) are its aftermath, not its
span. Only what the texts write next to the act's own word counts: a duration that qualifies
another noun ("three days of mourning after the crash", "three days after the attack") says
nothing of the act.

The duration words are a closed class per language, like articles: numerals and the
adjective-forming "-day" patterns ("three-day", "-tägig", "-дневный", "günlük").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

_NUMBERS = (
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|fünf|sechs|sieben|acht"
    r"|deux|trois|quatre|cinq|sept|huit|neuf|dix|dos|tres|cuatro|cinco|seis|siete|ocho|dois"
    r"|três|quatro|due|tre|quattro|cinque|sei|sette|otto|twee|drie|vijf|zes|iki|üç|dört|beş"
)
#: A duration written before its noun: "three-day", "week-long", "zweitägig", "трёхдневный",
#: "дводенний", "üç günlük", "driedaags".
_BEFORE = re.compile(
    rf"(?:\b(?:{_NUMBERS}|multi)[-\s]days?(?:-long)?|\bweek-?long"
    r"|\b(?:zwei|drei|vier|fünf|sechs|sieben|mehr|\d+-?)tägig\w*|\b(?:twee|drie|vier|vijf|meer)daags\w*"
    r"|\b(?:дву|двух|тр[её]х|четыр[её]х|пяти|шести|семи|много)дневн\w*"
    r"|\b(?:дво|три|чотири|п['’]?яти|шести|семи|багато)денн\w*"
    rf"|\b(?:{_NUMBERS})\s+günlük)(?=\W|$)",
    re.IGNORECASE,
)
#: A duration written after its noun: "visite de trois jours", "visita di tre giorni".
_AFTER = re.compile(
    rf"\b(?:de|di|d['’])\s*(?:{_NUMBERS})\s+(?:jours|días|dias|giorni|dagen)\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
#: How many words may stand between a duration and the act ("three-day state visit").
GAP = 1


def is_act(word: str, heads: Collection[str]) -> bool:
    """``word`` is the act ``heads`` name: one of them, a compound ending in one
    ("Staatsbesuch" of "besuch"), or an inflection of a longer one ("визита" of "визит")."""
    folded = word.casefold()
    return any(
        folded == h
        or (len(h) >= 4 and folded.endswith(h))
        or (len(h) >= 5 and folded.startswith(h[:-1]) and len(folded) - len(h) <= 3)
        for h in heads
    )


def written_as_lasting(texts: Iterable[str], heads: Collection[str]) -> bool:
    """Some text writes a duration of days on the act itself: right before its word (with
    at most :data:`GAP` word between) or right after it."""
    heads = {h.casefold() for h in heads if h}
    if not heads:
        return False
    # A word :func:`is_act` takes for the act holds its head whole, or (a head of five
    # letters or more) all but its last letter; casefolding goes letter by letter, so a text
    # whose casefold holds none of them has no such word and its durations are not searched
    # (the two case-blind alternations cost seconds over 10,000 leads). A text written twice
    # (wire copy) is read once: the answer is whether any text does.
    needles = {h[:-1] if len(h) >= 5 else h for h in heads}
    for text in dict.fromkeys(texts):
        folded = text.casefold()
        if not any(needle in folded for needle in needles):
            continue
        for m in _BEFORE.finditer(text):
            following = _WORD.findall(text[m.end() : m.end() + 60])[: GAP + 1]
            if any(is_act(w, heads) for w in following):
                return True
        for m in _AFTER.finditer(text):
            preceding = _WORD.findall(text[max(0, m.start() - 40) : m.start()])[-(GAP + 1) :]
            if any(is_act(w, heads) for w in preceding):
                return True
    return False
