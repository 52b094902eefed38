"""Earlier events of the same kind as the main one, found where the text dates them.

A story about an earthquake recalls the last great one ("the 7.6 magnitude earthquake which
struck İzmit in 1999"), a story about an attack the one before. Such an event is named by
the text itself, not by a list of event words: a sentence of the body that uses the main
event's action word, dates it with one year before the story's, and names one place (the
gazetteer's) is that earlier event, named "Earthquake in İzmit, 1999", or "Visit to
Mongolia, 2024" when the text writes that preposition between the two. The place nearest
the action word in the sentence is where it happened. A sentence that writes the word
negated ("no deal until there's a deal", :mod:`.negated`) says it did not happen: no event;
nor one whose year dates another noun in a clause of its own ("the accession instrument to
the treaty, signed in 1949", :mod:`.date_owner`): the act written there, undated, is the
main event again, which already holds the word. Nor is a count written like a year one
("a storm in Libya; 2000 dead", "1500 Tote": :mod:`briefing.analysis.year_counts`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence

from briefing.analysis.year_counts import years_written
from briefing.model import Article, Mention, Span, Topic
from briefing.topics.date_owner import date_of_other_noun
from briefing.topics.event_venue import LOCATIVE
from briefing.topics.negated import negated_in
from briefing.topics.slugs import slug

_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_CAPITALISED = re.compile(r"\b[^\W\d_][\w’'-]*")
#: The earliest year read as an event's: older ones are history, not a precedent.
EARLIEST = 1900
#: A town this large counts as where an earlier act happened, though smaller than the
#: gazetteer's cities: a sentence that writes the act and dates it says a place is meant
#: ("the earthquake which struck İzmit in 1999"; İzmit has some 200,000 people).
TOWN_POPULATION = 100_000


@functools.cache
def _towns() -> dict[str, str]:
    """GeoNames towns of :data:`TOWN_POPULATION` people or more, by name."""
    from briefing import geodata

    return {c.name: c.name for c in geodata.cities() if c.population >= TOWN_POPULATION}


def past_events(
    articles: Sequence[Article],
    head: str,
    story_year: int,
    place: Callable[[str], str | None],
    languages: Mapping[str, str] | None = None,
) -> list[Topic]:
    """Event topics for earlier ``head`` events the body text dates and places.

    ``place`` is the gazetteer's lookup (surface → canonical place or None); ``languages``
    (article id → code; else each article's own) says which clauses a year may stand in for
    another noun (:mod:`.date_owner`). Each topic's
    mentions (and aliases) are the words from the action word to the place in the sentences
    that date it; its score is left at 0, so it ranks after the story's own topics.
    """
    if not head:
        return []
    word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    found: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    # "visit to Mongolia": the preposition the text writes between the action and the place.
    prepositions: dict[tuple[str, int], list[str]] = defaultdict(list)
    # Wire copy recurs across a large briefing's articles: each distinct text is read once.
    read: dict[tuple[str, str], tuple[_Use, ...]] = {}
    for article in articles:
        language = _language(article, languages)
        for index, paragraph in article.body_paragraphs:
            text = paragraph.text
            uses = read.get((text, language))
            if uses is None:
                uses = read[text, language] = _dated_uses(text, word, story_year, place, language)
            for key, start, end, preposition in uses:
                if preposition is not None:
                    prepositions[key].append(preposition)
                found[key].append(Mention(article.id, Span(index, start, end), text[start:end]))
    topics = []
    for (where, year), mentions in sorted(found.items(), key=lambda item: item[0][1]):
        written = prepositions.get((where, year))
        how = max(set(written), key=written.count) if written else "in"
        name = f"{head[0].upper()}{head[1:]} {how} {where}, {year}"
        aliases = tuple(sorted({m.surface for m in mentions}))
        topics.append(Topic(slug(name), name, "event", aliases, tuple(mentions), 0.0))
    return topics


#: One dated use of the action word in a paragraph: (place, year), the mention's start and
#: end, and the preposition written between the action and the place if it is locative.
_Use = tuple[tuple[str, int], int, int, str | None]


def _language(article: Article, languages: Mapping[str, str] | None) -> str:
    if languages is not None and article.id in languages:
        return languages[article.id]
    from briefing.topics.languages import article_language

    return article_language(article)


def _dated_uses(
    text: str,
    word: re.Pattern[str],
    story_year: int,
    place: Callable[[str], str | None],
    language: str = "en",
) -> tuple[_Use, ...]:
    """The uses of ``word`` in one paragraph that its sentence dates (one year, before
    ``story_year``, not another noun's: :mod:`.date_owner`) and places, in order."""
    if not _may_date(text) or word.search(text) is None:
        return ()
    found: list[_Use] = []
    for sentence in _SENTENCE.finditer(text):
        uses = list(word.finditer(text, sentence.start(), sentence.end()))
        if not uses:
            continue
        # "no deal until there's a deal": what the sentence says did not happen (:mod:`.negated`).
        if uses[0].group().casefold() in negated_in(sentence.group(), "en"):
            continue
        # "a storm in Libya; 2000 dead": a count written like a year dates nothing.
        written = list(years_written(_YEAR, text, language, sentence.start(), sentence.end()))
        years = {int(y.group()) for y in written}
        if len(years) != 1 or not EARLIEST <= min(years) < story_year:
            continue
        acts = [(m.start(), m.end()) for m in uses]
        bounds = sentence.span()
        if all(date_of_other_noun(text, y.span(), acts, language, bounds) for y in written):
            continue  # "the treaty, signed in 1949": the treaty's year, not the act's
        nearest = _nearest_place(text, sentence.start(), sentence.end(), uses[0], place)
        if nearest is None:
            continue
        (surface, at), where = nearest
        use = min(uses, key=lambda m: abs(m.start() - at))
        after = re.match(rf"\s+(\w+)\s+(?:the\s+)?{re.escape(surface)}\b", text[use.end() :])
        preposition = None
        if after is not None and after.group(1).casefold() in LOCATIVE:
            preposition = after.group(1).casefold()
        # The mention runs from the action word to the place ("visit to Mongolia",
        # "Plovdiv flood"): the words that name this event and no other.
        start, end = min(use.start(), at), max(use.end(), at + len(surface))
        found.append(((where, min(years)), start, end, preposition))
    return tuple(found)


def _may_date(text: str) -> bool:
    """False when no sentence of the text holds a year of :data:`_YEAR`, each of which opens
    with "18", "19" or "20": asked in C before the action word is searched, since
    :func:`_dated_uses` reads every distinct paragraph of the briefing, in the parent alone."""
    return "19" in text or "20" in text or "18" in text


def _nearest_place(
    text: str, start: int, end: int, use: re.Match[str], lookup: Callable[[str], str | None]
) -> tuple[tuple[str, int], str] | None:
    """((as written, offset), canonical) of the gazetteer place written nearest the action
    word in ``text[start:end]``."""
    best: tuple[int, tuple[str, int], str] | None = None
    words = list(_CAPITALISED.finditer(text, start, end))
    for i, m in enumerate(words):
        if not m.group()[:1].isupper():
            continue
        found = lookup(m.group())
        if found is None and i > 0 and not _in_name(words, i):
            # A town below the gazetteer's size, written as a word of its own: not the
            # sentence's first word (capitalised anyway), nor part of a longer name
            # ("Independence Day", "Split Airport").
            found = _towns().get(m.group())
        if found is None:
            continue
        distance = abs(m.start() - use.start())
        if best is None or distance < best[0]:
            best = (distance, (m.group(), m.start()), found)
    return (best[1], best[2]) if best else None


def _in_name(words: list[re.Match[str]], i: int) -> bool:
    """Whether the word next to ``words[i]`` on either side is capitalised too."""
    return any(0 <= j < len(words) and words[j].group()[:1].isupper() for j in (i - 1, i + 1))


def earlier_events(
    articles: Sequence[Article],
    head: str,
    taken: set[str],
    languages: Mapping[str, str] | None = None,
) -> list[Topic]:
    """Earlier events of the main event's kind (its act's word ``head``) that the text dates
    and places (:func:`past_events`), before the year most articles were written in; none
    whose id is in ``taken``."""
    from briefing.topics.gazetteer import gazetteer

    years = Counter(
        a.date.year for a in articles if isinstance(a.date, dt.date) and a.date_precision == "day"
    )
    if not years:
        return []
    year = years.most_common(1)[0][0]
    found = past_events(articles, head, year, gazetteer().place, languages)
    return [t for t in found if t.id not in taken]
