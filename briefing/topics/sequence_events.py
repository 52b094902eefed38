"""Secondary events the texts number and date: "the first round on 4 May".

An election has rounds, a conclave ballots, a trial hearings: the texts tell them apart by an
ordinal ("the first round", "le premier tour", "Первый тур", "il primo turno") and date them
in the same sentence ("held on May 4", "a eu lieu le 4 mai", "состоялся 4 мая"). Such a pair
is an event whatever its noun: the ordinals are num2words' (a closed class, matched by stem so
"première", "prima", "втором" are forms of them) and the noun is what the text writes after.
The date ties the languages together: the first X of 4 May in English and the first Y of
4 May in Russian are one event. It must be

- written after the ordinal as a plain noun no more common in its language than
  :data:`MAX_ZIPF` ("the first time", "the second week" are no events), no day word, no form
  of the main event's own words;
- dated by the only day-and-month date of its sentence, that date not another noun's in a
  clause of its own ("the first round of talks on the treaty, signed on 4 May",
  :mod:`.date_owner`);
- written so by :data:`MIN_ARTICLES` articles or more.

Named as the main language writes it, with the date: "First round, 4 May" (the year only when
the texts write it).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from briefing.model import Article, Mention, Span, Topic
from briefing.topics.date_owner import date_of_other_noun
from briefing.topics.slugs import slug

MIN_ARTICLES = 2
#: A noun after an ordinal more common than this is a measure of time or order, not an
#: event ("first time" 6.3, "second half" 5.4; "round" is 5.1).
MAX_ZIPF = 5.3
#: The ordinals read: an event's sequence rarely runs longer.
ORDINALS = range(1, 6)
_SENTENCE = re.compile(r"[^.!?]+")
_TOKEN = re.compile(r"[^\W\d_]+")


@functools.cache
def _ordinals(language: str) -> dict[str, int]:
    """Stem of each ordinal of ``language`` → its value ({} when num2words lacks them)."""
    from num2words import num2words

    from briefing.topics.word_keys import stem_key

    found: dict[str, int] = {}
    for n in ORDINALS:
        try:
            word = num2words(n, to="ordinal", lang=language)
        except (NotImplementedError, KeyError, ValueError, TypeError, AttributeError):
            return {}
        if " " not in word:
            found.setdefault(stem_key(word, language), n)
    return found


#: (start, end, ordinal, month, day, year, noun) of a dated "ordinal + noun".
Use = tuple[int, int, int, int, int, int | None, str]


def sequence_events(
    articles: Sequence[Article],
    languages: dict[str, str],
    excluded: frozenset[str],
    main_language: str,
    read: dict[tuple[str, str], list[Use]] | None = None,
) -> list[Topic]:
    """The events :data:`MIN_ARTICLES` articles number and date (module docstring).

    ``read``: :func:`dated_uses` of every (text, language) of the articles' body paragraphs
    that has any, worked out beforehand (by a worker: :mod:`.period_share`); else each
    distinct text is read here."""
    found: dict[tuple[int, int, int], list[tuple[Mention, str, int | None]]] = defaultdict(list)
    # Wire copy recurs across a large briefing's articles: each text is read once per language.
    seen: dict[tuple[str, str], list[Use]] = {}
    for article in articles:
        language = languages.get(article.id, "en")
        if not _ordinals(language):
            continue
        for index, paragraph in article.body_paragraphs:
            key = (paragraph.text, language)
            every = read.get(key, []) if read is not None else seen.get(key)
            if every is None:
                every = seen[key] = dated_uses(paragraph.text, language)
            for start, end, n, month, day, year, noun in every:
                if _same(noun, excluded):  # a form of the main event's own words
                    continue
                text = paragraph.text[start:end]
                mention = Mention(article.id, Span(index, start, end), text)
                found[n, month, day].append((mention, language, year))
    topics = []
    for (_n, month, day), uses in found.items():
        if len({m.article_id for m, _l, _y in uses}) < MIN_ARTICLES:
            continue
        topics.append(_topic(uses, month, day, main_language))
    return topics


def dated_uses(text: str, language: str) -> list[Use]:
    """(start, end, ordinal, month, day, year, noun) of each dated "ordinal + noun" of a
    paragraph, whatever its noun: the main event's own words are left out by the caller
    (leaving out a pair changes no other pair of its sentence, nor its date)."""
    from briefing.analysis.dates import may_contain_dates

    if _head_pattern(language).search(text.lower()) is None:
        return []
    if not may_contain_dates(text, language):
        return []
    from briefing.analysis.dates import find_dates
    from briefing.topics.period_reading import _plain
    from briefing.topics.word_keys import stem_key, zipf

    ordinals = _ordinals(language)
    found: list[Use] = []
    for sentence in _SENTENCE.finditer(text):
        tokens = list(_TOKEN.finditer(text, sentence.start(), sentence.end()))
        pairs = []
        for first, second in itertools.pairwise(tokens):
            n = ordinals.get(stem_key(first.group(), language))
            if n is None or text[first.end() : second.start()] != " ":
                continue
            noun = second.group()
            if not _plain(noun, language):
                continue
            if zipf(noun.lower(), language) > MAX_ZIPF:
                continue
            if of_a_kind(text, second.end(), language):  # "the first image of a black hole"
                continue
            pairs.append((first.start(), second.end(), n, noun))
        if not pairs:
            continue
        phrases = [
            (d.start, d.end, d.month, d.day, d.year)
            for d in find_dates(sentence.group(), language)
            if d.kind == "absolute" and d.month and d.day
        ]
        dates = {(m, d, y) for _s, _e, m, d, y in phrases}
        if len({(m, d) for m, d, _y in dates}) != 1:
            continue
        acts = [(s, e) for s, e, _n, _noun in pairs]
        at = sentence.start()
        spans = [(at + s, at + e) for s, e, _m, _d, _y in phrases]
        bounds = sentence.span()
        if all(date_of_other_noun(text, span, acts, language, bounds) for span in spans):
            continue  # "the treaty, signed on 4 May": the treaty's day, not the round's
        month, day, year = next(iter(dates))
        found.extend((s, e, n, month, day, year, noun) for s, e, n, noun in pairs)
    return found


#: The preposition of a noun's complement ("image of a", "image d'un"), per language; German
#: writes it as a genitive with no preposition too ("Aufnahme eines").
_OF = {
    "en": ("of",),
    "fr": ("de", "d'", "d’"),
    "ca": ("de", "d'", "d’"),
    "es": ("de",),
    "it": ("di", "d'", "d’"),
    "pt": ("de",),
    "nl": ("van",),
    "de": ("von", ""),
}


@functools.cache
def _complement(language: str) -> re.Pattern[str] | None:
    from briefing.topics.unspecific import INDEFINITE

    if language not in _OF or language not in INDEFINITE:
        return None
    articles = INDEFINITE[language] if language != "de" else frozenset({"eines", "einer"})
    prepositions = "|".join(
        re.escape(p) + (r"\s*" if p[-1:] in "'’" else r"\s+") for p in _OF[language]
    )
    return re.compile(
        rf"\s+(?:[^\W\d_]+\s+)?(?:{prepositions})(?:{'|'.join(sorted(articles))})(?![\w-])",
        re.IGNORECASE,
    )


def of_a_kind(text: str, end: int, language: str) -> bool:
    """The noun ending at ``end`` is completed by an indefinite phrase, one word at most
    between them ("the first image of a black hole", "la primera imagen real de un agujero
    negro", "die erste Aufnahme eines Schwarzen Lochs"): a first of its kind anywhere, not a
    numbered step of the story ("the first round of the election")."""
    pattern = _complement(language)
    return pattern is not None and pattern.match(text, end) is not None


def _same(word: str, excluded: frozenset[str]) -> bool:
    """:func:`.period_reading._same`."""
    from briefing.topics.period_reading import _same

    return _same(word, excluded)


def _topic(uses: list[tuple[Mention, str, int | None]], month: int, day: int, main: str) -> Topic:
    written = Counter(language for _m, language, _y in uses)
    shortest = {
        lang: min(len(m.surface) for m, other, _y in uses if other == lang) for lang in written
    }
    # English first, as the other topics; else the packet's language; else the one most
    # articles write it in, the shorter form on a tie (an uninflected one, as a list names it).
    language = next(
        (w for w in ("en", main) if w in written),
        max(written, key=lambda lang: (written[lang], -shortest[lang], lang)),
    )
    counts = Counter(
        s
        for _a, s in {
            (m.article_id, m.surface.casefold()) for m, lang, _y in uses if lang == language
        }
    )
    best = max(counts, key=lambda s: (counts[s], s))
    years = {y for _m, _l, y in uses if y is not None}
    when = _day_month(day, month) + (f" {years.pop()}" if len(years) == 1 else "")
    name = f"{best[:1].upper()}{best[1:]}, {when}"
    mentions = tuple(m for m, _l, _y in uses)
    aliases = tuple(sorted({m.surface for m in mentions}))
    return Topic(slug(name), name, "event", aliases, mentions, 0.0)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day_month(day: int, month: int) -> str:
    """ "4 May", as the app writes its dates (:func:`briefing.display.date_span`)."""
    return f"{day} {_MONTHS[month - 1]}"


@functools.cache
def _heads(language: str) -> tuple[str, ...]:
    """The first letters of each ordinal, lower case: a paragraph holding none of them is
    skipped at the cost of a substring test."""
    from num2words import num2words

    heads = set()
    for n in ORDINALS:
        try:
            heads.add(num2words(n, to="ordinal", lang=language).split()[-1][:4].lower())
        except (NotImplementedError, KeyError, ValueError, TypeError, AttributeError):
            break
    return tuple(sorted(heads))


@functools.cache
def _head_pattern(language: str) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _heads(language))) or "(?!)")
