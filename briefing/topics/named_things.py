"""Things named after a person: "ponte Morandi", "Morandi bridge", "Morandi-Brücke".

A bridge, a prize or a street named after someone is written as the surname inside a
construction with a common noun: the noun before it ("ponte Morandi", "pont Morandi",
"puente de Morandi"), after it ("Morandi bridge") or joined to it ("Morandi-Brücke",
"Morandi-brug"). When nearly all of a person topic's mentions sit in such constructions, in
two languages or more, and a listed place or body already bears the surname, those mentions
name that thing: they move to it (the constructions become its aliases), with the surname's
other lone uses ("sul Morandi") and any listed topic that is the surname and one of those
nouns ("Morandi Bridge"). The person keeps the mentions that name them in full ("architect
Riccardo Morandi"), and is dropped when none is left, or when one is left in a packet of
:data:`~.single_use.SINGLE_USE_ARTICLES` articles or more: a designer named once in a line of the
thing's history is said in passing, as :func:`~.single_use.single_use` says of any name used once
there (the surname's other uses were the thing's). A role before a surname
("ministro Toninelli", "President Ortwin") is no construction, and a person whose surname the
texts mostly write alone or with given names is left alone: when unsure, nothing moves.

The noun must read as a noun in the text: written after an article or a possessive
(:data:`~.event_noun.DETERMINERS`) somewhere in the articles that mention the person, which
"said" or "ha" never are. A joined compound needs no such proof: a name is never
hyphen-joined to a following verb.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.event_noun import DETERMINERS
from briefing.topics.lexicon import STOPWORDS, is_role
from briefing.topics.single_use import SINGLE_USE_ARTICLES

#: Share of a person's mentions that must sit in constructions for them to name a thing.
SHARE = 0.75
#: Fewest such mentions, and fewest languages they are written in.
MIN_USES = 3
MIN_LANGUAGES = 2
#: How many of the best topics are read (what the panel shows, and more).
HEAD = 100
_JOINED = re.compile(r"-([^\W\d_]{3,})")
_AFTER = re.compile(r"\s+([^\W\d_]{3,})\b")
_BEFORE = re.compile(
    r"(?:^|[\s(“\"'«])([^\W\d_]{3,})\s+(?:(?:de|di|del|della|do|da|du|of)\s+)?$", re.IGNORECASE
)


def things_named_after(topics: Sequence[Topic], articles: Sequence[Article]) -> list[Topic]:
    """``topics`` with the mentions of a surname that name a thing moved to that thing."""
    found = list(topics)
    by_id = {a.id: a for a in articles}
    for person in [t for t in found[:HEAD] if t.kind == "person"]:
        constructions = _constructions(person, by_id)
        if constructions is None:
            continue
        surname = person.name.split()[-1]
        things = [
            t
            for t in found[:HEAD]
            if t.kind in ("place", "organisation") and surname in t.name.split()
        ]
        if not things:
            continue
        found = _merged(found, person, things, constructions, len(articles))
    return found


def _constructions(
    person: Topic, by_id: dict[str, Article]
) -> list[tuple[Mention, Mention]] | None:
    """(mention, the mention widened to the construction it sits in) for the person's
    mentions in constructions, when nearly all of them are, in :data:`MIN_LANGUAGES`
    languages; else None. The shapes are read first and the nouns proved only for a person
    they could turn (a central person of 10,000 articles costs a glance at each mention)."""
    surname = person.name.split()[-1]
    if len(surname) < 3 or not person.mentions:
        return None
    # (mention, language, [(start, end, the noun to prove or None for a joined one)])
    Shape = tuple[int, int, str | None]
    shaped: list[tuple[Mention, str, list[Shape]]] = []
    total = len(person.mentions)
    for seen, mention in enumerate(person.mentions, 1):
        if len(shaped) + total - seen + 1 < SHARE * total:
            return None  # too few can be constructions any more
        article = by_id.get(mention.article_id)
        if article is None or mention.surface != surname:
            continue
        text = article.paragraphs[mention.span.paragraph].text
        start, end = mention.span.start, mention.span.end
        shapes: list[Shape] = []
        if m := _JOINED.match(text, end):  # "Morandi-Brücke": a noun joined needs no proof
            shapes.append((start, m.end(), None))
        else:  # "Morandi bridge", else "ponte Morandi" ("puente de Morandi cayó")
            if (m := _AFTER.match(text, end)) and _common(m.group(1)):
                shapes.append((start, m.end(), m.group(1)))
            if (m := _BEFORE.search(text, max(0, start - 40), start)) and _common(m.group(1)):
                shapes.append((m.start(1), end, m.group(1)))
        if shapes:
            shaped.append((mention, article.language, shapes))
    wanted = {(lang, w.casefold()) for _m, lang, shapes in shaped for _s, _e, w in shapes if w}
    nouns = _nouns([by_id[i] for i in person.articles if i in by_id], wanted)
    widened: list[tuple[Mention, Mention]] = []
    languages: set[str] = set()
    joined = False
    for mention, language, shapes in shaped:
        proved = [(s, e) for s, e, w in shapes if w is None or (language, w.casefold()) in nouns]
        if not proved:
            continue
        start, end = proved[0]
        joined = joined or end > mention.span.end
        text = by_id[mention.article_id].paragraphs[mention.span.paragraph].text
        span = Span(mention.span.paragraph, start, end)
        widened.append((mention, Mention(mention.article_id, span, text[start:end])))
        languages.add(language)
    if (
        len(widened) < MIN_USES
        or len(widened) < SHARE * len(person.mentions)
        or len(languages) < MIN_LANGUAGES
        or not joined  # a role precedes a name; only a thing's noun follows or joins it
    ):
        return None
    return widened


def _common(word: str) -> bool:
    """A lower-case word that is no function word or title: maybe a thing's noun."""
    return word[:1].islower() and word.casefold() not in STOPWORDS and not is_role(word)


#: How many of a person's articles are read to prove that a word is a noun.
NOUN_ARTICLES = 200


def _nouns(articles: Sequence[Article], wanted: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (language, word) of ``wanted`` that these articles write right after an article
    or a possessive of that language (:data:`~.event_noun.DETERMINERS`) somewhere: a noun,
    as "said" or "ha" never are."""
    found: set[tuple[str, str]] = set()
    for language in {language for language, _w in wanted}:
        determiners = DETERMINERS.get(language)
        words = {w for lang, w in wanted if lang == language}
        if not determiners:
            continue
        of_language = [a for a in articles if a.language == language][:NOUN_ARTICLES]
        for article in of_language:
            said = re.findall(r"[^\W\d_]+", article.text.casefold())
            found.update(
                (language, b)
                for a, b in itertools.pairwise(said)
                if b in words and a in determiners
            )
    return found


def _merged(
    topics: list[Topic],
    person: Topic,
    things: list[Topic],
    constructions: list[tuple[Mention, Mention]],
    packet_size: int = 0,
) -> list[Topic]:
    """The best of ``things`` holding ``moved`` and the things that are the surname and one
    of the constructions' nouns; the person with what is left, after the topics that more
    articles mention (or gone: nothing left, or one use in a packet of ``packet_size``
    :data:`~.single_use.SINGLE_USE_ARTICLES` articles or more)."""
    thing = max(things, key=lambda t: (len(t.articles), t.score))
    surname = person.name.split()[-1]
    taken = {id(m) for m, _wide in constructions}
    # The surname alone is the thing too ("sul Morandi"): nearly all its uses are.
    moved = [wide for _m, wide in constructions]
    moved += [m for m in person.mentions if m.surface == surname and id(m) not in taken]
    words = {w.casefold() for m in moved for w in re.split(r"[\s-]+", m.surface)}
    same = [t for t in things if t is thing or {w.casefold() for w in t.name.split()} <= words]
    mentions = {(m.article_id, m.span): m for t in same for m in t.mentions}
    mentions |= {(m.article_id, m.span): m for m in moved}
    aliases = {a for t in same for a in t.aliases} | {m.surface for m in moved}
    merged = Topic(
        thing.id,
        thing.name,
        thing.kind,
        tuple(sorted(aliases, key=lambda s: (s.lower(), s))),
        tuple(mentions.values()),
        max(t.score for t in [*same, person]),
    )
    left = tuple(m for m in person.mentions if id(m) not in taken and m.surface != surname)
    first = min(topics.index(t) for t in [*same, person])
    out = [t for t in topics if t is not person and t not in same]
    out.insert(first, merged)
    if len(left) > 1 or (left and packet_size < SINGLE_USE_ARTICLES):
        kept = tuple(a for a in person.aliases if a != surname)
        rest = Topic(person.id, person.name, person.kind, kept, left, person.score)
        count = len(rest.articles)
        at = next((i for i in range(first + 1, len(out)) if len(out[i].articles) < count), len(out))
        out.insert(at, rest)
    return out
