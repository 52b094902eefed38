"""The act word the leads of several languages write alike ("blackout", "tsunami").

Part of :mod:`briefing.topics.event_action`. An outage, a flood or a verdict is a state or
an outcome: no verb names it that every outlet shares, and the word the English leads share
most may be what it happened to, not what happened ("power" of "power cut", "power
outages", "power distributor"). The outlets of other languages write the same event with
their own words (apagón, Stromausfall, panne), but where a language has taken the word over
("blackout", "lockdown", "tsunami", "conclave") their leads and headlines write it with the
same letters: the word is the story's own across outlets and languages.

So a word of the English leads (two of them or more) that the leads of
:data:`MIN_LANGUAGES` languages or more write, that the headlines of two languages or more
carry (a headline says what happened; a thing the story merely mentions, "metro", seldom
stands in one), that names no place, building or thing of the closed classes
:mod:`.lexicon` keeps (:data:`_THINGS`: "region", "museum", "hotel"), and that more
articles write than the English leads' own choice, names the act in its place, unless
that choice is written in as many languages. The candidates come from
the caller already stripped of names, quantities, function words and plurals; this module
only counts, so it names nothing when the packet is in one or two languages.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from briefing.topics.event_loans import writes_loan
from briefing.topics.lexicon import (
    DESCRIPTORS,
    FOREIGN_PLACE_HEADS,
    GEO_HEADS,
    OTHER_HEADS,
    STATE_NOUNS,
    VENUE_HEADS,
)

_WORD = re.compile(r"[^\W\d_][\w-]*")
#: How many languages' leads must write the word for it to be the packet's across languages.
MIN_LANGUAGES = 3
#: How many languages' headlines must carry it.
MIN_HEADLINES = 2
#: How many leads are read: a sample as good as all of them (and a bounded cost at 10,000).
SAMPLE = 1000


#: Nouns that name a place, a building or a thing, never what happened there: a word the
#: languages share that is one of them ("region", "metro", "hotel") is what the story
#: touched (the closed classes :mod:`.lexicon` keeps for telling names' kinds).
_THINGS = (
    VENUE_HEADS
    | OTHER_HEADS
    | GEO_HEADS
    | STATE_NOUNS
    | FOREIGN_PLACE_HEADS
    | frozenset(w for w, kind in DESCRIPTORS.items() if kind != "event")
)


@dataclass(frozen=True, slots=True)
class Lead:
    """One article's language, headline and lead (headline and first paragraphs)."""

    language: str
    headline: str
    text: str


@dataclass(slots=True)
class _Use:
    articles: int = 0
    #: The languages of the headlines that carry it.
    headlines: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()


def _uses(words: Collection[str], leads: Sequence[Lead]) -> dict[str, _Use]:
    """Per word, the articles, headlines and languages whose leads write it whole, in any
    case (an apostrophe ends a word: "l'apagón" writes "apagón"), or whose headline writes
    it by ear in another script ("блэкаут": :func:`.event_loans.writes_loan`)."""
    found = {w: _Use() for w in words}
    for lead in leads:
        titled = {w.casefold() for w in _WORD.findall(lead.headline)} & found.keys()
        if not lead.headline.isascii():  # "случился блэкаут": written by ear (.event_loans)
            titled |= {w for w in found if writes_loan(w, lead.headline, lead.language)}
        said = {w.casefold() for w in _WORD.findall(lead.text)} & found.keys()
        for word in said | titled:
            use = found[word]
            use.articles += 1
            if word in titled:
                use.headlines |= {lead.language}
            use.languages |= {lead.language}
    return found


def shared_act(candidates: Collection[str], chosen: str, leads: Sequence[Lead]) -> str | None:
    """The word of ``candidates`` (words two English leads or more share, lower case)
    that the leads of the most languages write, when it takes the place of ``chosen`` (the
    English leads' own choice): see the module's docstring. None when no word does."""
    leads = leads[:SAMPLE]
    if len({lead.language for lead in leads}) < MIN_LANGUAGES:
        return None
    uses = _uses({*candidates, chosen}, leads)
    best = max(
        (w for w in candidates if w != chosen and w not in _THINGS),
        key=lambda w: (len(uses[w].languages), uses[w].articles, len(w), w),
        default=None,
    )
    if best is None:
        return None
    use, own = uses[best], uses[chosen]
    if (
        len(use.languages) >= MIN_LANGUAGES
        and len(use.headlines) >= MIN_HEADLINES
        and use.articles > own.articles
        and len(use.languages) > len(own.languages)
    ):
        return best
    return None
