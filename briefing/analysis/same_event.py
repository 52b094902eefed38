"""Two dated statements of one day in any two languages: one event, told by two outlets?

Words cannot be compared across languages, and words two languages share (loanwords:
"terminal", "container") say little. What survives translation is what the story names and
counts: the people, places and venues (written in capitals, in any script) and the figures.
So each statement, without its date phrase, is reduced to

- its **names**: runs of capitalised words (a run is one name: "Donald Trump", "Crocus City
  Hall"), each word keyed by its sound — romanised in every common scheme ("Крокус" →
  "krokus"), vowels dropped and spellings of one sound folded ("c" before e/i as "s", else
  as "k"), so "Крокус Сити Холл" meets "Crocus City Hall" and "Трамп" meets "Trump";
- its **figures**: numbers of two digits or more, or with a decimal part, with thousands
  separators removed ("17.000" = "17,000", "7,8" = "7.8").

Two statements of one day are one event when they share at least ``SHARED`` of these: two
different names, or a name and a figure; the countries and cities the gazetteer knows
("Greece", "Athens") count once together, since much of a story happens in them. One
shared name is not enough — on the day of a storm "Mayor Ortwin declared a day of mourning" and
"Mayor Ortwin visited the wounded" are two events — and a sentence's first word is read as a name
only inside a run of capitals (it is capitalised anyway). In German, which capitalises
every noun, a word common in the language ("Polizei") is a noun, not a name. And one of
the shared things must tell events apart: a figure, or a name other than a place and other
than the names half the packet's articles name in their dated statements (the protagonist:
"Amnesty urged Valdoria to free Ortwin" and "Ortwin arrived in Valdoria" share
"Ortwin" and "Valdoria", and are two events). Statements of
the same article are never one event here (the caller checks). Function words and month and
weekday names are never names.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from briefing.analysis.locales import month_names, weekday_names

#: Names and figures two statements must share to be one event.
SHARED = 2
_CAPITAL = r"[A-ZÀ-ÖØ-ÞА-ЯЁΑ-ΩΆ-Ώ\u0130]"
_NAME_WORD = re.compile(rf"{_CAPITAL}[^\W\d_]*(?:[-'’][^\W\d_]+)*")
_RUN_GAP = re.compile(r"[ \t]+$")
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?![\d])|\d+(?:[.,]\d+)?")
#: A name word shorter than this is too ambiguous to key by sound ("Le", "Al").
_MIN_NAME = 4
_VOWELS = re.compile(r"[aeiouy]")


@lru_cache(maxsize=1 << 14)
def sound_keys(word: str) -> frozenset[str]:
    """Keys of one name word by its consonants, under each common romanisation."""
    from anyascii import anyascii

    from briefing.topics.romanise import romanisations
    from briefing.topics.spelling import skeleton

    keys = set()
    for spelling in {*romanisations(word), skeleton(anyascii(word))}:
        key = spelling.casefold().replace("ph", "f").replace("sch", "sh")
        key = re.sub(r"c(?=[eiy])", "s", key).replace("ck", "k").replace("c", "k")
        key = key.replace("q", "k").replace("w", "v").replace("x", "ks")
        key = key[:1] + _VOWELS.sub("", key[1:])
        key = re.sub(r"(.)\1+", r"\1", key)
        if len(key) >= 2:
            keys.add(key)
    return frozenset(keys)


@cache
def _not_names(language: str) -> frozenset[str]:
    from whoosh.lang import has_stopwords, stopwords_for_language

    words = set(stopwords_for_language(language)) if has_stopwords(language) else set()
    words |= set(month_names(language)) | set(weekday_names(language))
    return frozenset(w.casefold() for w in words)


#: Languages that capitalise every noun: there a capital says "noun", not "name".
_NOUNS_CAPITALISED = frozenset({"de", "lb"})
#: In those, a word this common in the language (wordfreq's Zipf scale) is a noun
#: ("Polizei", "Regierung", "Kardinal"), not a name, even when it is also one ("Moskau").
_COMMON = 3.0


def _common_noun(word: str, language: str) -> bool:
    from wordfreq import zipf_frequency

    return language in _NOUNS_CAPITALISED and zipf_frequency(word, language) >= _COMMON


def names(text: str, language: str) -> list[frozenset[str]]:
    """The names of ``text``: one set of sound keys per run of capitalised words."""
    skip = _not_names(language)
    runs: list[list[str]] = []
    end = -1
    first = True
    for match in _NAME_WORD.finditer(text):
        word = match.group()
        at_start = not text[: match.start()].strip(" \t\"'“”«»„‘’(—–-")
        if (
            word.casefold() in skip
            or (len(word) < _MIN_NAME and not word.isupper())
            or _common_noun(word, language)
        ):
            end = -1
            first = False
            continue
        gap = text[end : match.start()] if end >= 0 else None
        if gap is not None and (gap == "" or _RUN_GAP.fullmatch(gap)):
            runs[-1].append(word)
        else:
            runs.append([word])
        if at_start and first:
            runs[-1].insert(0, "")  # marks a run that opens the sentence
        first = False
        end = match.end()
    found = []
    for run in runs:
        opening = bool(run) and run[0] == ""
        words = [w for w in run if w]
        if opening and len(words) < 2:
            continue  # "Annoncé …", "Ortwin …" alone at the start: capitalised anyway
        keys = frozenset(k for w in words for k in sound_keys(w))
        if keys:
            found.append(keys | {_PLACE} if all(_place(w) for w in words) else keys)
    return found


#: Marks the keys of a name that is a country or city the gazetteer knows.
_PLACE = "\x00place"


def name_keys(found: Iterable[frozenset[str]]) -> frozenset[str]:
    """Every sound key of the :func:`names` found, without the mark of a place."""
    return frozenset().union(*found) - {_PLACE}


def _place(word: str) -> bool:
    from briefing.analysis.names import is_place

    return is_place(re.sub(r"[’']s$", "", word))


def figures(text: str) -> frozenset[str]:
    """Numbers of two digits or more, or with a decimal part, written one way."""
    found = set()
    for match in _NUMBER.finditer(text):
        raw = match.group()
        if re.fullmatch(r"\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+", raw):
            found.add(re.sub(r"\D", "", raw))
        elif re.fullmatch(r"\d+[.,]\d+", raw):
            found.add(raw.replace(",", "."))
        elif len(raw) >= 2:
            found.add(raw.lstrip("0") or "0")
    return frozenset(found)


def shared(
    a: str, a_language: str, b: str, b_language: str, common: frozenset[str] = frozenset()
) -> tuple[int, bool]:
    """How many names and figures statements ``a`` and ``b`` (dates removed) share, and
    whether one of them tells events apart: a figure, or a name that is neither a place nor
    one of the ``common`` names the whole story is about (:func:`story_names`)."""
    return shared_read(names(a, a_language), figures(a), names(b, b_language), figures(b), common)


def shared_read(
    names_a: list[frozenset[str]],
    figures_a: frozenset[str],
    names_b: list[frozenset[str]],
    figures_b: frozenset[str],
    common: frozenset[str] = frozenset(),
) -> tuple[int, bool]:
    """:func:`shared` on statements whose :func:`names` and :func:`figures` are read
    already (a caller comparing each statement with many others reads it once)."""
    matched = places = 0
    telling = False
    used: set[int] = set()
    for keys in names_a:
        hit = next(
            (i for i, other in enumerate(names_b) if i not in used and (keys & other) - {_PLACE}),
            None,
        )
        if hit is not None:
            used.add(hit)
            places += _PLACE in keys
            matched += _PLACE not in keys
            telling = telling or not (_PLACE in keys or keys & common or names_b[hit] & common)
    numbers = len(figures_a & figures_b)
    # Countries and cities are where much of a story happens: together they count once.
    return matched + min(places, 1) + numbers, telling or numbers > 0


def story_names(statements: Iterable[tuple[str, str, str]]) -> frozenset[str]:
    """Sound keys of the names at least half the articles (and three or more) name in their
    statements, given as (article id, text, language): the story's own people and places
    ("Ortwin" through a visit), which every event of it names and so cannot tell apart."""
    by_article: dict[str, set[str]] = {}
    for article_id, text, language in statements:
        keys = by_article.setdefault(article_id, set())
        for run in names(text, language):
            keys |= run - {_PLACE}
    counts = Counter(key for keys in by_article.values() for key in keys)
    least = max(3, math.ceil(len(by_article) / 2))
    return frozenset(key for key, n in counts.items() if n >= least)


def one_event(
    a: str, a_language: str, b: str, b_language: str, common: frozenset[str] = frozenset()
) -> bool:
    """True when two statements of one day share enough names and figures, one of them
    telling (module doc)."""
    count, telling = shared(a, a_language, b, b_language, common)
    return count >= SHARED and telling
