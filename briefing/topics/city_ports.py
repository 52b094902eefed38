"""A city's port, written by the noun for a port and the city's name: "the port of Tavora",
"port de Tavora", "Hafen von Tavora", "puerto de Tavora", "порту Таворы", "مرفأ تافورا",
"塔沃拉港口", "タボラの港", "타보라 항구".

A port is no name: each language writes its common noun and the city's, in its own order and
with its own "of", so no capitalised run holds it and no two languages' phrases are spelled
alike; a story that happens at a city's port (an explosion, a ship's arrival, a strike of its
dockers) listed the city and never the port. The city's names in every script are already
one topic (the place topic with its aliases), and the noun for a port is one of a closed list
(:data:`NOUNS_BEFORE`, :data:`NOUNS_AFTER`), so the phrase is found by reading each of the
city's names beside the noun: before it, linked by the language's "of" where it takes one
("port of", "port de", "Hafen von", "порту" with the genitive); after it in the languages
that put the noun last ("Tavora port", "Tavora's port", Turkish "Tavora limanı", Han, kana and
Hangul glued or with a particle: "塔沃拉港口", "タボラの港", "타보라 항구").

:func:`with_city_ports` adds one place topic per city whose port :data:`MIN_LANGUAGES`
languages and a :data:`MIN_SHARE` of the articles write so (a story's setting, not a port
one text passes through), named "Port of <city>" where the topics are named in English, else
by its most written phrase. A bare noun ("the port", "le port") is no use of it: which port
only the phrase says.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.foreign_words import naming_language
from briefing.topics.lexicon import words
from briefing.topics.slugs import slug

__all__ = ["MIN_LANGUAGES", "MIN_SHARE", "port_uses", "with_city_ports"]

#: The port's phrase is written in this many languages at least ...
MIN_LANGUAGES = 3
#: ... by this share of the packet's articles (and three at least).
MIN_SHARE = 0.25
MIN_ARTICLES = 3

#: The noun for a seaport written before the city's name, in the packets' languages (Cyrillic
#: in every case form the texts write: the city after it is in the genitive, as the alias is).
NOUNS_BEFORE = words(
    """port harbour harbor puerto porto hafen haven hamn havn port portu porcie
    порт порта порту портом порте порты портах λιμάνι λιμάνια λιμένα λιμένας
    مرفأ ميناء"""
)
#: The noun written after the city's name in the languages that put it there.
NOUNS_AFTER = words("port harbour harbor limanı limanında limanındaki")
#: The words linking a noun to the city ("port of X", "port de X", "Hafen von X").
_LINK = r"(?:of|de|d['’]|du|di|del|dello|do|da|von|van|της|του|w)"
#: Han, kana and Hangul write the noun right after the name, with a particle at most.
_CJK_AFTER = re.compile(r"(?:港口|港湾|港|の港|\s?항구)")
_WORD_BEFORE = re.compile(
    rf"(?:^|(?<=[^\w]))(?:[وبلف]?)([^\W\d_]+)[ \u00a0]+(?:{_LINK}[ \u00a0]+)?(?:the[ \u00a0]+)?$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"^(?:['’]s)?[ \u00a0]+([^\W\d_]+)(?![\w])")


#: Any noun of a port, to pass over the paragraphs that write none (most of them).
_ANY_NOUN = re.compile(
    "|".join(sorted(map(re.escape, NOUNS_BEFORE | NOUNS_AFTER | {"港", "항구"}), key=len)),
    re.IGNORECASE,
)


def _cjk(text: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af"
        for ch in text
    )


def port_uses(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each phrase in ``text`` that names the port of the city ``names``
    (its names in every script): the noun, its link and the name."""
    found: list[tuple[int, int]] = []
    if _ANY_NOUN.search(text) is None:
        return found
    for name in sorted({n for n in names if len(n) >= 2}, key=len, reverse=True):
        pattern = re.compile(
            rf"(?<![\w]){re.escape(name)}(?![^\W\d_])" if not _cjk(name) else re.escape(name)
        )
        for match in pattern.finditer(text):
            start, end = match.span()
            if _cjk(name):
                after = _CJK_AFTER.match(text, end)
                if after is not None:
                    found.append((start, after.end()))
                continue
            window = max(0, start - 30)
            before = _WORD_BEFORE.search(text[window:start])
            if before is not None and before.group(1).casefold() in NOUNS_BEFORE:
                found.append((window + before.start(1), end))
                continue
            after = _WORD_AFTER.match(text[end : end + 20])
            if after is not None and after.group(1).casefold() in NOUNS_AFTER:
                found.append((start, end + after.end(1)))
    # One phrase once, the longest (a name inside another name's phrase).
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def with_city_ports(
    articles: Sequence[Article], topics: Sequence[Topic], languages: dict[str, str]
) -> tuple[Topic, ...]:
    """``topics`` with a place topic for each city's port the packet writes (module
    docstring)."""
    if len({languages.get(a.id, "en") for a in articles}) < MIN_LANGUAGES:
        return tuple(topics)
    least = max(MIN_ARTICLES, math.ceil(MIN_SHARE * len(articles)))
    result = list(topics)
    naming = naming_language(languages)
    for city in [t for t in topics if t.kind == "place"]:
        if len(city.articles) < least:
            continue
        names = {city.name, *city.aliases}
        mentions: list[Mention] = []
        written: set[str] = set()
        for article in articles:
            for index, paragraph in article.body_paragraphs:
                for start, end in port_uses(paragraph.text, names):
                    surface = paragraph.text[start:end]
                    mentions.append(Mention(article.id, Span(index, start, end), surface))
                    written.add(languages.get(article.id, "en"))
        if len(written) < MIN_LANGUAGES or len({m.article_id for m in mentions}) < least:
            continue
        name = (
            f"Port of {city.name}" if naming == "en" else _most_written(m.surface for m in mentions)
        )
        result = _placed(result, name, mentions)
    return tuple(result)


def _most_written(surfaces: Iterable[str]) -> str:
    counted = Counter(surfaces)
    return max(counted, key=lambda s: (counted[s], s))


def _placed(topics: list[Topic], name: str, mentions: list[Mention]) -> list[Topic]:
    """The port inserted before the first topic after the main event that fewer articles
    mention."""
    taken = {t.id for t in topics}
    ident = slug(name)
    while ident in taken:
        ident += "-place"
    aliases: dict[str, None] = defaultdict(lambda: None)
    for m in mentions:
        aliases[m.surface] = None
    port = Topic(
        ident,
        name,
        "place",
        tuple(sorted((s for s in aliases if s != name), key=lambda s: (s.lower(), s))),
        tuple(mentions),
    )
    count = len(port.articles)
    at = next((i for i in range(1, len(topics)) if len(topics[i].articles) < count), len(topics))
    topics.insert(at, port)
    return topics
