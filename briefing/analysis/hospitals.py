"""The city of the hospital one injured person was taken to, when two articles name two.

"Fico was taken to the hospital in Banská Bystrica" and "in ein Krankenhaus in Bratislava
eingeliefert": where a story has one casualty, "the hospital in X" is that person's, and two
cities cannot both be it. The words are general news language, listed per language (a
hospital noun in the singular, then "in"/"à"/"в" and a name); the name counts only when it
is a city GeoNames lists (:mod:`briefing.geodata`) under that name, accents aside, and names
no other city, so a translation or an exonym ("Pressburg") is never a second place: it is
either the same city's listed name or no city at all.

Silent, each for precision:

- a story with several casualties (a count of the dead or injured of two or more, read by
  :mod:`.casualties`): the injured of a crash or an attack are taken to several hospitals;
- an article naming two hospital cities (a transfer: "first to the hospital in Handlová,
  then to Banská Bystrica");
- a plural ("hospitals in X and Y"), a hospital named after a city ("Bratislava University
  Hospital" has no "in" before the city), and a city that is not a city GeoNames lists.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from itertools import groupby
from operator import itemgetter
from typing import Any

from briefing import geodata
from briefing.analysis.casualties import CASUALTIES
from briefing.analysis.inflection import folded
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import language_of, sentences
from briefing.model import Article, Span

#: A hospital noun in the singular, per language (lower case; "*": any ending).
_HOSPITAL: dict[str, str] = {
    "en": "hospital", "de": "krankenhaus spital klinik klinikum", "fr": "hôpital",
    "es": "hospital", "it": "ospedale", "pt": "hospital", "nl": "ziekenhuis",
    "pl": "szpital szpitala szpitalu", "cs": "nemocnice nemocnici", "sk": "nemocnice nemocnici",
    "ro": "spital spitalul", "ru": "больница больницу больнице", "uk": "лікарня лікарню лікарні",
}  # fmt: skip
#: The preposition before the city ("in", "à", "в"), per language.
_IN: dict[str, str] = {
    "en": "in", "de": "in", "fr": "de à", "es": "de en", "it": "di a", "pt": "de em",
    "nl": "in", "pl": "w", "cs": "v ve", "sk": "v vo", "ro": "din", "ru": "в", "uk": "в у",
}  # fmt: skip
#: Words allowed between the noun and the preposition ("the local hospital", "l'hôpital
#: universitaire de"): lower-case words, at most this many.
_BETWEEN = 2
_NAME = r"([A-ZÀ-ÞА-ЯЁІЇЄ][\w\-’']+(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄ][\w\-’']+)?)"


def hospital_paragraphs(articles: Sequence[Article]) -> list[tuple[int, int, str]]:
    """(article, paragraph, language) of each body paragraph that names a hospital's city,
    by their indexes (most paragraphs do not): looked for apart from the judging, which
    needs the figures read, so that it can run while they are read (:mod:`.discrepancies`)."""
    return [
        (number, index, language)
        for number, article in enumerate(articles)
        for index, paragraph in enumerate(article.paragraphs)
        if not paragraph.foldable
        and (pattern := _pattern(language := language_of(paragraph.language, article.language)))
        is not None
        and pattern.search(paragraph.text) is not None
    ]


def hospital_discrepancies(
    articles: Sequence[Article],
    figures: Sequence[Any],
    paragraphs: Sequence[tuple[int, int, str]] | None = None,
) -> list[Discrepancy]:
    """Two cities named as the one casualty's hospital (module docstring); ``figures``: the
    figures read, to tell a story with several casualties; ``paragraphs``:
    :func:`hospital_paragraphs`, if already looked for."""
    if any(f.key[1].startswith(CASUALTIES) and f.high >= 2 for f in figures):
        return []
    by_city: dict[int, list[Quote]] = defaultdict(list)
    names: dict[int, str] = {}
    named = hospital_paragraphs(articles) if paragraphs is None else paragraphs
    for number, in_article in groupby(named, key=itemgetter(0)):
        article = articles[number]
        found: dict[int, tuple[str, Quote]] = {}
        for _, index, language in in_article:
            paragraph = article.paragraphs[index]
            pattern = _pattern(language)
            assert pattern is not None  # (hospital_paragraphs' test)
            for sentence in sentences(paragraph.text, language):
                for match in pattern.finditer(sentence.text):
                    name = match.group(1)
                    city = _city(name)
                    if city is None and " " in name:  # "Bratislava Friday": the first word
                        name = name.split()[0]
                        city = _city(name)
                    if city is not None:
                        span = Span(index, sentence.start, sentence.end)
                        quote = Quote(article.id, article.source, span, sentence.text)
                        found.setdefault(city, (name, quote))
        if len(found) != 1:
            continue  # none, or a transfer between two
        ((city, (written, quote)),) = found.items()
        by_city[city].append(quote)
        names.setdefault(city, written)
    if len(by_city) < 2:
        return []
    claims = tuple(
        Claim(names[c], tuple(q)) for c, q in sorted(by_city.items(), key=lambda i: -len(i[1]))
    )
    return [
        Discrepancy(
            "name",
            "the city of the hospital the casualty was taken to",
            claims,
            note="the story has one casualty, and the articles name two cities for its hospital",
        )
    ]


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    nouns, prepositions = _HOSPITAL.get(language), _IN.get(language)
    if nouns is None or prepositions is None:
        return None
    noun = "|".join(re.escape(n) for n in nouns.split())
    into = "|".join(re.escape(p) for p in prepositions.split())
    between = rf"(?:\s+[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄ][\w\-]*){{0,{_BETWEEN}}}"
    return re.compile(rf"(?<!\w)(?i:{noun}){between}\s+(?:{into})\s+{_NAME}")


@cache
def _index() -> dict[str, set[int]]:
    """Folded name → the ids of the GeoNames cities it names (main and alternate names)."""
    index: dict[str, set[int]] = defaultdict(set)
    for city in geodata.cities():
        for name in (city.name, *city.alternatenames):
            index[folded(name)].add(city.geonameid)
    return index


def _city(name: str) -> int | None:
    """The one city ``name`` names, else None."""
    ids = _index().get(folded(name), set())
    return next(iter(ids)) if len(ids) == 1 else None
