"""The act word most of a multilingual packet's leads write, each in its own spelling.

Part of :mod:`briefing.topics.events`, asked only when the English leads name no act
(:func:`~.event_action.action_of` gives None): a packet with few English texts, whose English
leads share no word or share only a detail ("penalties" in two of three) or an adjective
("final" in "final report" is no act, and the word lists keep it out). The other languages'
leads still say what happened, each with its own ending of one international word: "final",
"finale", "Finale", "Finall", "финал", "финальный"; "referendum", "référendum", "референдум";
"summit", "summit", "саммит". Romanised (anyascii) and casefolded, such cognates share all but
the last letters of the English word, as a different word seldom does ("finalement", finally,
is longer than an ending; "penales" is a cognate of "penal", not of "penalties").

So a word of the English leads, written there in lower case and once at least as a noun (a
function word, a stop or the end right after it: "a thrilling final at the stadium",
"sending the final to penalties"), that is no name, function word, number, place word, body
or role, whose cognates the leads of :data:`MIN_LANGUAGES` languages or more write in half
the articles or more, and the headlines of :data:`MIN_HEADLINES` languages (a headline says
what happened; a thing the story mentions, "metro", seldom stands in one: as
:mod:`.event_shared` asks), names the act: the one that most articles write. A packet in
one or two languages, or whose languages share no such word, keeps no act, as before.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from anyascii import anyascii

from briefing.model import Article, Topic
from briefing.topics.event_shared import _THINGS, SAMPLE, Lead
from briefing.topics.lexicon import (
    MONTHS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    STOPWORDS,
    WEEKDAYS,
)
from briefing.topics.not_acts import NOT_ACTS
from briefing.topics.themes import QUANTITIES, VERBS

#: How many languages' leads must write a cognate of the word.
MIN_LANGUAGES = 3
#: How many languages' headlines must carry one (as :mod:`.event_shared` asks).
MIN_HEADLINES = 2
#: How many letters an English word must have for its cognates to be told by their stem.
MIN_STEM = 4
#: How many letters of the English word's end a cognate may write otherwise ("final" /
#: "finale", "summit" / "саммит" as "sammit" is no cognate: its stem differs).
ENDING = 2
#: How many letters longer than the English word a cognate may be (an inflection's ending:
#: "финальный" is "final'nyi").
LONGER = 4

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_STOP = re.compile(r"^\s*(?:[.,;:!?)\]\"”»]|$)")


def plain(word: str) -> str:
    """``word`` in lower-case Latin letters, without the apostrophes romanisation writes for
    soft signs ("финальный" → "final'nyi" → "finalnyi")."""
    return anyascii(word).casefold().replace("'", "")


def cognate(word: str, other: str) -> bool:
    """Whether ``other`` (romanised) is ``word`` with another ending of its own."""
    if other == word:
        return True
    if len(other) > len(word) + LONGER:
        return False
    stem = max(MIN_STEM, len(word) - ENDING)
    if len(word) < stem or len(other) < stem:
        return False
    return other[:stem] == word[:stem]


def _as_noun(word: str, texts: Sequence[str], function: Collection[str]) -> bool:
    """Whether an English lead writes ``word`` in lower case with a function word, a stop or
    the end after it: a noun there, not a modifier of the next word ("final report")."""
    for text in texts:
        for found in re.finditer(rf"\b{re.escape(word)}\b", text):
            rest = text[found.end() :]
            after = _WORD.match(rest.lstrip())
            if _STOP.match(rest) or (after is not None and after.group().casefold() in function):
                return True
    return False


def cognate_act(
    english: Sequence[str],
    leads: Sequence[Lead],
    refused: Collection[str],
    named: Collection[str],
    function: Collection[str],
) -> str | None:
    """The act word of the English lead texts ``english`` whose cognates most of ``leads``
    (every language's) write (see the module's docstring); None when none qualifies.
    ``refused`` are words never an act (function words, numbers, place words, bodies),
    ``named`` the words of listed names, ``function`` the English function words."""
    if len({lead.language for lead in leads}) < MIN_LANGUAGES:
        return None
    candidates = {
        w
        for text in english
        for w in _WORD.findall(text)
        if w.islower()
        and len(w) >= MIN_STEM
        and w not in refused
        and w not in named
        and not w.endswith("ly")
        and "-" not in w
    }
    words_of = [
        ({plain(w) for w in _WORD.findall(f"{lead.headline}\n{lead.text}")}, lead) for lead in leads
    ]
    best: tuple[int, int, str] | None = None
    for word in sorted(candidates):
        stem = plain(word)
        holding = [lead for said, lead in words_of if any(cognate(stem, w) for w in said)]
        languages = {lead.language for lead in holding}
        if len(languages) < MIN_LANGUAGES or 2 * len(holding) < len(leads):
            continue
        titled = {
            lead.language
            for lead in holding
            if any(cognate(stem, plain(w)) for w in _WORD.findall(lead.headline))
        }
        if len(titled) < MIN_HEADLINES:
            continue  # a thing the leads mention ("metro"), not what their headlines say
        score = (len(holding), len(languages), word)
        if (best is None or score > best) and _as_noun(word, english, function):
            best = score
    return best[2] if best is not None else None


def act_of_languages(
    articles: Sequence[Article],
    topics: Sequence[Topic],
    languages: dict[str, str],
    leads: dict[str, str],
) -> str | None:
    """:func:`cognate_act` read from a packet: its English leads (none: no act), every
    article's lead, and the words :func:`~.event_action.action_of` refuses too (a generic
    modifier excepted: :func:`_as_noun` tells "a thrilling final" from "final report")."""
    from briefing.topics.event_refused import function_words as _function_words

    english = [leads[a.id] for a in articles if languages.get(a.id) == "en"]
    if not english:
        return None
    refused = refused_words(frozenset(languages.values()))
    named = named_words(topics)
    every = [Lead(languages.get(a.id, "en"), a.title or "", leads[a.id]) for a in articles[:SAMPLE]]
    function = STOPWORDS | _function_words(frozenset({"en"}))
    return cognate_act(english, every, refused, named, function)


def refused_words(spoken: frozenset[str]) -> frozenset[str]:
    """English words never an act: function words, numbers (of the ``spoken`` languages
    and English), months, days, roles, bodies, place words and things; another language's
    function words ("final" is one of Spanish's lists) are no bar."""
    from briefing.topics.event_refused import BODIES, PLACE_WORDS
    from briefing.topics.event_refused import function_words as _function_words
    from briefing.topics.event_refused import numerals_of as _numerals

    return frozenset(
        STOPWORDS
        | VERBS
        | QUANTITIES
        | MONTHS
        | WEEKDAYS
        | ROLE_HEADS
        | ROLE_MODIFIERS
        | BODIES
        | NOT_ACTS
        | PLACE_WORDS
        | _THINGS
        | _function_words(frozenset({"en"}))
        | _numerals(spoken | {"en"})
    )


def named_words(topics: Sequence[Topic]) -> frozenset[str]:
    """The lower-case words of the listed names at the head of ``topics`` (themes and events
    aside: an act may be one)."""
    from briefing.topics.event_subject import CONTEXT

    return frozenset(
        w
        for t in topics[:CONTEXT]
        if t.kind not in ("theme", "event")
        for alias in t.aliases
        for w in re.split(r"[\s-]+", alias.casefold())
    )
