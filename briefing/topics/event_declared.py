"""An act whose object is the story's own noun: "WHO declares COVID-19 a pandemic" is the
"pandemic declaration", and it is the WHO's.

Part of :mod:`briefing.topics.events`. Some events are a judgement or a status given by one
body: a health agency declares a pandemic, a court rules a vote void, a league names a
champion. The noun every language writes ("pandemic", "pandémie", "Pandemie", "пандемия")
is then the story's subject (:func:`.event_subject.shared`) and the word its leads share
most, but it is not what happened: the leads write it as what a verb makes of something
("declares COVID-19 a pandemic", "designated it Wednesday as a pandemic"), and the act is that
verb's. An analyst names it with both, the noun first: "pandemic declaration".

So, when the act word is such a subject, an English lead's verb standing a few words
(:data:`GAP`) before the noun brought in with "a"/"an" (after "as" or not) names the act,
by the English noun made from its stem with a regular suffix ("declar" + "ation") that is
an everyday English word (wordfreq); the verb the most leads write, counting those of the
other languages that write a word of its stem ("déclaré", "declaró": romanised), is the
one. A verb only one article writes, in English or any other language, names nothing.

Who did it: the body (an organisation topic) the English leads of :data:`MIN_AGENT`
articles write right before that verb ("WHO declares", "the World Health Organization
officially designated"), by the shortest of its names written there in capitals ("WHO"),
else its name. Without one the act is named alone.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator, Sequence

from anyascii import anyascii

from briefing.model import Topic
from briefing.topics.event_leads import split_words
from briefing.topics.event_when import english_stem

#: How many words may stand between the verb and the noun's "a" ("designated it Wednesday as").
GAP = 4
#: How many articles (English leads, and other languages' leads writing its stem) must write
#: the verb.
MIN_ARTICLES = 2
#: How many English leads must write the body right before the verb.
MIN_AGENT = 2
#: How many words may stand between the body and the verb ("officially").
AGENT_GAP = 1
#: Suffixes that make an English noun of an act from a verb's stem.
SUFFIXES = ("ation", "ition", "ication", "ment", "ement")
#: The least Zipf frequency of such a noun: an everyday word, not a coinage.
MIN_ZIPF = 3.0
#: A verb's stem must be this long for another language's word to be read as its cognate.
MIN_STEM = 5
_ARTICLES = frozenset({"a", "an"})


@functools.cache
def act_noun_of(verb: str) -> str | None:
    """The English noun of the act ``verb`` names ("declares" → "declaration"), when a
    regular suffix on its stem makes an everyday word; else None."""
    from briefing.corpus.wordlists import zipf

    stem = english_stem(verb.casefold())
    if len(stem) < 4 or stem == verb.casefold():
        return None  # not inflected nor a verb's stem: "crisis", "global"
    best = max(((zipf(stem + s, "en", "best"), stem + s) for s in SUFFIXES), default=None)
    if best is None or best[0] < MIN_ZIPF:
        return None
    return best[1]


def declared_act(
    head: str,
    english: Sequence[str],
    others: Sequence[str],
    topics: Sequence[Topic],
) -> tuple[str, str | None] | None:
    """(the act's noun, who did it or None) for the act word ``head``, read in the English
    leads ``english`` and the other languages' leads ``others``; None when no verb makes
    ``head`` of something (see the module's docstring)."""
    verbs: dict[str, set[int]] = {}  # act noun → the English leads writing its verb
    stems: dict[str, str] = {}
    before: list[tuple[int, list[str]]] = []  # (lead, the words before one such verb)
    for n, words, j, noun in _frames(head, english):
        verbs.setdefault(noun, set()).add(n)
        stems[noun] = english_stem(words[j].casefold())
        before.append((n, words[max(0, j - 6) : j]))
    if not verbs:
        return None
    counts: Counter[str] = Counter()
    for noun, leads in verbs.items():
        stem = stems[noun]
        cognate = len(stem) >= MIN_STEM and stem.isascii()
        counts[noun] = len(leads) + (
            sum(_writes_stem(text, stem) for text in others) if cognate else 0
        )
    noun, count = max(counts.items(), key=lambda item: (item[1], item[0]))
    if count < MIN_ARTICLES:
        return None
    return noun, _agent(before, topics)


def made_of(head: str, english: Sequence[str]) -> set[int]:
    """The English leads (by position) that write ``head`` as what a verb made of
    something ("declares COVID-19 a pandemic")."""
    return {n for n, _words, _j, _noun in _frames(head, english)}


def _frames(head: str, english: Sequence[str]) -> Iterator[tuple[int, list[str], int, str]]:
    """(lead, its words, the verb's position, the act's noun) of each use of ``head``
    brought in with "a"/"an" a few words after a verb that has an act's noun."""
    for n, text in enumerate(english):
        if head not in text.casefold():
            continue
        words = split_words(text, "en")
        for i, word in enumerate(words):
            if i < 2 or word.casefold() != head or words[i - 1].casefold() not in _ARTICLES:
                continue
            for j in range(i - 2, max(-1, i - 3 - GAP), -1):
                noun = act_noun_of(words[j]) if words[j][:1].isalpha() else None
                if noun is not None:
                    yield n, words, j, noun
                    break


def _writes_stem(text: str, stem: str) -> bool:
    """Whether a lead of another language writes a word of ``stem`` ("déclaré": declar)."""
    return any(anyascii(w).casefold().startswith(stem) for w in text.split())


def _agent(befores: list[tuple[int, list[str]]], topics: Sequence[Topic]) -> str | None:
    """The body the leads write right before such a verb, in :data:`MIN_AGENT` of them
    (each lead counted once, however often it does)."""
    written: dict[str, Counter[str]] = {}
    leads: dict[str, set[int]] = {}
    for n, words in befores:
        seen: set[str] = set()
        for topic in topics:
            if topic.kind != "organisation" or topic.name in seen:
                continue
            for alias in topic.aliases:
                parts = alias.split()
                for gap in range(AGENT_GAP + 1):
                    end = len(words) - gap
                    if end >= len(parts) and words[end - len(parts) : end] == parts:
                        seen.add(topic.name)
                        written.setdefault(topic.name, Counter())[alias] += 1
                        break
                if topic.name in seen:
                    break
        for name in seen:
            leads.setdefault(name, set()).add(n)
    found = Counter({name: len(held) for name, held in leads.items()})
    if not found:
        return None
    name, count = max(found.items(), key=lambda item: (item[1], item[0]))
    if count < MIN_AGENT:
        return None
    acronyms = [a for a in written[name] if a.isupper() and len(a) >= 2]
    return min(acronyms, key=len) if acronyms else name
