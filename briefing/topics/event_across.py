"""The act the articles of every language write of, when the English leads' word is no act.

Part of :mod:`briefing.topics.event_action`. A packet with few English articles gives the
English leads' count little to go on: two or three leads that write "lava", "engulfed" or
"southwest" more often than "eruption" say what the story touched, not what happened. The
articles of the other languages write the act too ("éruption", "erupción"), and the theme
that gathers those spellings (:mod:`.keywords`) is written as a noun and as a verb of one
root ("eruption", "erupted", "erupts"): the story tells of it happening. A thing ("lava",
"volcano") or a place ("town") has no verb of its root, a participle ("engulfed") no noun.

So :func:`act_across` names the act by such a theme's English noun when the word chosen so
far is neither shaped like an act's noun (:data:`.event_noun.ACT_SUFFIXES`: "-ion",
"-ment", ...) nor held by such a theme, when two English leads or more write the noun, and
when the theme is written in :data:`MIN_LANGUAGES` languages or more, in more articles
than the English leads write the word chosen so far (their count is what is doubted). An
act's noun the English leads already write ("derailment") or that such a theme holds is
never replaced, an act most English leads write ("heist") seldom is, and a packet in one or
two languages keeps the English leads' choice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import Topic
from briefing.topics.event_noun import ACT_SUFFIXES
from briefing.topics.event_when import english_stem

#: How many languages' articles must write a theme for it to be the packet's act.
MIN_LANGUAGES = 3


@dataclass(frozen=True, slots=True)
class Act:
    """A theme the articles write as an act: how many articles, its English noun, its
    one-word aliases (casefolded)."""

    articles: int
    noun: str
    aliases: frozenset[str]


#: English verb endings: a theme holding its noun's root with one of them is written as a
#: verb. Not "-s": a plural ("fissures") ends so too.
_VERB_ENDINGS = ("ed", "ing")


def acts_of(topics: Sequence[Topic], languages: dict[str, str]) -> list[Act]:
    """Each theme among ``topics`` written in :data:`MIN_LANGUAGES` languages or more whose
    aliases hold an English act's noun ("eruption") and a verb form of its root ("erupted",
    "erupts"); a gerund ("erupting") is its noun only when no other is."""
    found = []
    for topic in topics:
        if topic.kind not in ("theme", "event"):
            continue
        if len({languages.get(m.article_id) for m in topic.mentions}) < MIN_LANGUAGES:
            continue
        aliases = {a.casefold() for a in topic.aliases if " " not in a}
        nouns = [a for a in aliases if _act_shaped(a) and _written_as_verb(a, aliases)]
        if nouns:
            noun = min(nouns, key=lambda a: (a.endswith("ing"), a))
            found.append(Act(len(topic.articles), noun, frozenset(aliases)))
    return found


def act_across(word: str, docs: Counter[str], acts: Sequence[Act]) -> str:
    """``word``, or the English noun of the most covered act theme (:func:`acts_of`) that
    two leads or more write (``docs``: leads per word, a headline's twice), when ``word``
    is no act and the theme's articles outnumber ``word``'s leads: see the module's
    docstring."""
    if _act_shaped(word) or any(word in act.aliases for act in acts):
        return word
    best = max(
        (act for act in acts if docs.get(act.noun, 0) >= 2 and act.articles > docs[word]),
        key=lambda act: (act.articles, act.noun),
        default=None,
    )
    return best.noun if best is not None else word


def _act_shaped(word: str) -> bool:
    return len(word) > 4 and word.endswith(ACT_SUFFIXES["en"]) and not word.endswith("ing")


def _written_as_verb(noun: str, aliases: set[str]) -> bool:
    """Another alias shares ``noun``'s English stem and ends like a verb's inflection."""
    stem = english_stem(noun)
    return any(a != noun and english_stem(a) == stem and a.endswith(_VERB_ENDINGS) for a in aliases)
