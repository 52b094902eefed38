"""How the phrases of :mod:`.cognate_themes` join the packet's themes and topics.

A phrase three languages write in cognate words is added to the English theme of the same key
(its uses in the other languages) or made a theme of its own (:func:`join_cognate_themes`),
unless another phrase ends in the same noun in as many articles ("election campaign" beside
"presidential campaign": one campaign). Once the packet's places and names are known, a new
one is dropped when it describes a listed place by its adjective (:func:`owned_phrase`) and
joins a listed acronym it is written before in brackets (:func:`defined_acronym`); each is
named in its key's language (:func:`phrase_name`): English when English writes it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from briefing.topics.candidates import Occurrence
from briefing.topics.cognate_themes import MIN_LETTERS
from briefing.topics.spelling import spelling_key

__all__ = ["defined_acronym", "join_cognate_themes", "owned_phrase", "phrase_name"]


def join_cognate_themes(
    themes: dict[str, list[Occurrence]], found: Mapping[str, list[Occurrence]]
) -> set[str]:
    """Adds each cognate theme's uses to ``themes`` (key → uses, the English themes of
    :mod:`.themes`): to the theme of the same key, without the uses it holds already (an
    English theme gets its other languages' forms), or as a theme of its own. Returns the
    keys made here, which :func:`owned_phrase` is asked of once the places are known; every
    key of ``found`` is named by :func:`phrase_name`."""
    made: set[str] = set()
    if not found:
        return made
    heads = _widest_heads(themes, found)
    for key, occs in found.items():
        if _second_phrase(key, occs, heads):
            continue  # an English theme of the key keeps its own uses only
        held = themes.get(key)
        if not held:
            themes[key] = list(occs)
            made.add(key)
            continue
        spans = {(o.article, o.paragraph): [] for o in held}  # type: dict[tuple[str, int], list[Occurrence]]
        for o in held:
            spans[(o.article, o.paragraph)].append(o)
        themes[key] = held + [
            o
            for o in occs
            if not any(
                p.start < o.end and o.start < p.end for p in spans.get((o.article, o.paragraph), ())
            )
        ]
    return made


def _widest_heads(
    themes: Mapping[str, list[Occurrence]], found: Mapping[str, list[Occurrence]]
) -> dict[str, list[tuple[str, int]]]:
    """For the last word of each key of ``found``, the phrases (of ``themes`` and ``found``)
    ending in it, with how many articles write each."""

    def head(key: str) -> str:
        return spelling_key(key.rsplit(" ", 1)[-1])

    wanted = {head(k) for k in found}
    heads: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for phrases in (themes, found):
        for key, uses in phrases.items():
            if " " in key and head(key) in wanted:
                heads[head(key)].append((key, len({o.article for o in uses})))
    return heads


def _second_phrase(
    key: str, occurrences: list[Occurrence], heads: Mapping[str, list[tuple[str, int]]]
) -> bool:
    """Another phrase ends in the same noun and is written by as many articles or more:
    "election campaign" beside "presidential campaign" in a story of one campaign. A
    story of two such things loses the lesser phrase, which no rule gave before."""
    articles = len({o.article for o in occurrences})
    others = heads.get(spelling_key(key.rsplit(" ", 1)[-1]), ())
    return any(other != key and n >= articles for other, n in others)


#: A short form in brackets right after a phrase: "misiles balísticos intercontinentales (ICBM)".
_DEFINED = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,5})s?\)")


def defined_acronym(
    occurrences: Iterable[Occurrence], texts: Mapping[tuple[str, int], str]
) -> str | None:
    """The acronym some use of the theme defines, written in brackets right after it: the
    theme is then the long form of a name the packet lists by its letters (ICBM), and its
    uses are that topic's, not a second one's."""
    for o in occurrences:
        match = _DEFINED.match(texts.get((o.article, o.paragraph), ""), o.end)
        if match is not None:
            return match.group(1)
    return None


def owned_phrase(occurrences: Iterable[Occurrence], places: Mapping[str, Iterable[str]]) -> bool:
    """Some word of most uses is the adjective of a place the packet lists ("arcipelago
    francese", "capitale portugaise": :func:`~.demonym_words.place_of_form`): the phrase
    describes that place or a thing of it, a name the packet has, and is no theme."""
    from briefing.topics.demonym_words import place_of_form

    uses = list(occurrences)
    # Asked once per distinct surface: at 10,005 articles a theme has thousands of uses of a
    # few forms, and each word asks every written name of every place (issue 15).
    verdicts: dict[str, bool] = {}
    owned = 0
    for o in uses:
        verdict = verdicts.get(o.surface)
        if verdict is None:
            verdict = verdicts[o.surface] = any(
                place_of_form(w, places) is not None
                for w in o.surface.split()
                if len(w) >= MIN_LETTERS
            )
        owned += verdict
    return bool(places) and 2 * owned > len(uses)


def phrase_name(key: str, occurrences: list[Occurrence], languages: Mapping[str, str]) -> str:
    """A theme joined across languages is named in the language of its key (English when
    English writes it, as the packet's other topics are named), by its most used form there:
    "negative interest rates", not the Spanish form three uses write."""
    from briefing.topics.naming import canonical

    own = {languages.get(o.article, "en") for o in occurrences}
    if "en" in own:
        own = {"en"}
    else:
        own = {languages.get(o.article, "en") for o in occurrences if o.surface.casefold() == key}
    named = [o for o in occurrences if languages.get(o.article, "en") in own]
    return canonical("theme", key, named or occurrences)
