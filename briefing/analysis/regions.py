"""Where in a country a named place lies: "Tempe in central Greece" / "Tempe in northern Greece".

A sentence that places a named town in a part of a country ("<Town> in northern <Country>",
"<Town> на севере Греции") says one thing about that town, and
two articles of one language that put it in parts with nothing in common disagree. The parts
are the compass points and the centre: "northern" and "north-western" overlap, "northern"
and "central" do not. Only one language at a time, since the place and the country are
written as that language writes them (a translation is never compared), and only the same
town and country in both sentences: "Larissa in central Greece" and "Tempe in northern
Greece" are two towns. The town is a capitalised word inside the sentence, so English and
Russian (which capitalise names only) are read; German capitalises every noun ("Kämpfe in
Nordsyrien" names no town) and is left out, as are the languages not listed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import language_of, sentence_at
from briefing.model import Article, Span

#: Compass parts of each direction word (lower-cased), per language.
_PARTS: dict[str, dict[str, frozenset[str]]] = {
    "en": {
        "northern": frozenset("n"), "southern": frozenset("s"), "eastern": frozenset("e"),
        "western": frozenset("w"), "central": frozenset("c"),
        "north-eastern": frozenset("ne"), "northeastern": frozenset("ne"),
        "north-western": frozenset("nw"), "northwestern": frozenset("nw"),
        "south-eastern": frozenset("se"), "southeastern": frozenset("se"),
        "south-western": frozenset("sw"), "southwestern": frozenset("sw"),
        "north-central": frozenset("nc"), "south-central": frozenset("sc"),
        "east-central": frozenset("ec"), "west-central": frozenset("wc"),
    },
    "ru": {
        "севере": frozenset("n"), "юге": frozenset("s"), "востоке": frozenset("e"),
        "западе": frozenset("w"), "центре": frozenset("c"), "северо-востоке": frozenset("ne"),
        "северо-западе": frozenset("nw"), "юго-востоке": frozenset("se"),
        "юго-западе": frozenset("sw"),
    },
}  # fmt: skip


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    """ "<Town> in <direction> <Country>" as ``language`` writes it."""
    parts = _PARTS.get(language)
    if parts is None:
        return None
    words = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    # A capital after a lower-case word or a comma: a name, not a sentence's first word
    # ("Fighting in eastern Ukraine" names no town).
    town = r"(?<=[a-zа-яё,] )(?P<town>[A-ZА-ЯЁ][\w\-]+)"
    if language == "ru":  # "Темпи на севере Греции"
        return re.compile(rf"\b{town},?\s+на\s+(?P<part>{words})\s+(?P<country>[А-ЯЁ]\w+)")
    return re.compile(rf"\b{town},?\s+in\s+(?P<part>(?i:{words}))\s+(?P<country>[A-Z]\w+)")


def region_discrepancies(articles: Iterable[Article]) -> list[Discrepancy]:
    """Towns that two articles of one language place in parts of a country with nothing in
    common (module doc)."""
    said: dict[tuple[str, str, str], dict[str, list[Quote]]] = defaultdict(
        lambda: defaultdict(list)
    )
    parts: dict[str, frozenset[str]] = {}
    for article in articles:
        pattern = _pattern(article.language)
        if pattern is None:
            continue
        for index, paragraph in enumerate(article.paragraphs):
            for match in pattern.finditer(paragraph.text):
                part = match["part"].casefold()
                country = match["country"].casefold()
                key = (article.language, match["town"], country)
                value = paragraph.text[match.start("part") : match.end("country")]
                parts[value] = _PARTS[article.language][part]
                language = language_of(paragraph.language, article.language)
                sentence = sentence_at(paragraph.text, match.start(), language)
                span = Span(index, sentence.start, sentence.end)
                said[key][value].append(Quote(article.id, article.source, span, sentence.text))
    found = []
    for (_, town, _), values in sorted(said.items()):
        if not _clash(values, parts):
            continue
        claims = tuple(Claim(value, tuple(quotes)) for value, quotes in values.items())
        found.append(
            Discrepancy(
                "name",
                f"where {town} is",
                claims,
                note=f"the sources place {town} in different parts of the country",
            )
        )
    return found


def _clash(values: dict[str, list[Quote]], parts: dict[str, frozenset[str]]) -> bool:
    """Two sources' parts with nothing in common, and no source giving two parts."""
    sources: dict[str, set[frozenset[str]]] = defaultdict(set)
    for value, quotes in values.items():
        for quote in quotes:
            sources[quote.article_id].add(parts[value])
    if any(len(given) > 1 for given in sources.values()):
        return False  # one writer, two parts: a town spread over both, or two towns
    given = [(a, next(iter(p))) for a, p in sources.items()]
    return any(a != b and not (x & y) for i, (a, x) in enumerate(given) for b, y in given[i + 1 :])
