"""The last time before: "the first … since 2018" against "il primo … dal 2019".

"Sie treffen sich erstmals seit 2018 wieder persönlich", "È il loro primo incontro faccia a
faccia dal 2019", "両氏の対面会談は2019年6月以来": a sentence that calls the story's act the
first since a year says when the last one like it took place. The words are a closed class
of every language (an ordinal "first" or "for the first time", and "since" before a year;
Japanese and Chinese write "YEAR年以来" after it), not one story's, and the year is written
as digits in every language, so two sources meet whatever their language.

Two sources disagree when the packet's "first since" years are exactly two, one year apart,
each given by articles that give no other: one last occasion told as two years (a meeting
in June 2019 and a summit in 2018 are one year apart, and the flag says which sentences
read which). Years further apart are taken as two different comparisons ("the first title
since 1986" and "the first final since 2014"), and a source writing both years tells two
occasions, so neither is flagged.

Silent, for precision: a year after "since" with another word between ("since their summit
in Helsinki in 2018": what happened then is named, and may be another occasion), a span of
years ("seit vier Jahren": a count, rounded), "since" with no "first" before it in the
sentence ("Premier ministre depuis 2023": in office since), a first that is a title
("premier ministre", "First Lady"), a year not before the story's main day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import language_of, sentences
from briefing.model import Article, Span

#: "First" (an ordinal or "for the first time") per language, lower case, whole words ("_"
#: for a space).
_FIRST: dict[str, str] = {
    "en": "first",
    "de": "erstmals erste erster ersten erstes",
    "fr": "premier première premiers premières",
    "es": "primer primera primero primeros primeras",
    "pt": "primeiro primeira primeiros primeiras",
    "it": "primo primi prima_volta",  # "prima" alone is also "before"
    "nl": "eerste",
    "pl": "pierwszy pierwsza pierwsze pierwszego pierwszej",
    "ru": "первый первая первое первую первого первой первые впервые",
    "uk": "перший перша перше першу першого першої вперше",
    "tr": "ilk",
    "ro": "primul prima",
    "el": "πρώτη πρώτος πρώτο",
}  # fmt: skip
#: A word after "first" that makes it a title ("premier ministre", "First Lady").
_TITLE_AFTER = {"ministre", "ministro", "minister", "lady", "secretary", "минист", "министр"}
#: "Since" right before a year (an optional month name between is allowed in English).
_SINCE: dict[str, str] = {
    "en": "since", "de": "seit", "fr": "depuis", "es": "desde", "pt": "desde",
    "it": "dal dall' dai", "nl": "sinds", "pl": "od", "ru": "с", "uk": "з", "ro": "din",
    "el": "από",
}  # fmt: skip
#: A year written as four digits.
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
#: Japanese and Chinese: "2019年6月以来" (the month optional).
_CJK_SINCE = re.compile(rf"{_YEAR}\s*年(?:\s*\d{{1,2}}\s*月)?\s*以来")
#: Turkish: "2018'den beri", "2018'den bu yana".
_TR_SINCE = re.compile(rf"{_YEAR}['’]?(?:den|dan|ten|tan)\s+(?:beri|bu\s+yana)")


def last_time_discrepancies(articles: Sequence[Article], main: dt.date | None) -> list[Discrepancy]:
    """ "First since" years one apart in two sources (module docstring); ``main`` is the
    story's main day (:func:`~.main_day.story_statements`), or None (then silent)."""
    if main is None:
        return []
    years: dict[int, list[Quote]] = defaultdict(list)
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.foldable:
                continue
            language = language_of(paragraph.language, article.language)
            if not _may_tell(paragraph.text, language):
                continue  # most paragraphs: not split into sentences
            for sentence in sentences(paragraph.text, language):
                for year in since_years(sentence.text, language):
                    if year < main.year:
                        span = Span(index, sentence.start, sentence.end)
                        quote = Quote(article.id, article.source, span, sentence.text)
                        years[year].append(quote)
    return one_year_apart(
        years,
        lambda year: f"since {year}",
        "the last time before this one",
        "the sources call the story's act the first since a year, a year apart",
    )


def one_year_apart(
    years: Mapping[int, list[Quote]], label: Callable[[int], str], subject: str, note: str
) -> list[Discrepancy]:
    """Two years one apart, no source giving both: the one shape the year rules flag
    (this module's and :mod:`.built_years`); ``label`` writes a year's claim."""
    if len(years) != 2:
        return []
    first, second = sorted(years)
    told = [{q.article_id for q in years[y]} for y in (first, second)]
    if second - first != 1 or told[0] & told[1]:
        return []
    claims = tuple(Claim(label(y), tuple(dict.fromkeys(years[y]))) for y in (first, second))
    return [Discrepancy("date", subject, claims, note=note)]


def since_years(text: str, language: str) -> list[int]:
    """The years a sentence calls the last time before a first ("erstmals seit 2018")."""
    if language in ("ja", "zh"):
        return [int(m["year"]) for m in _CJK_SINCE.finditer(text)]
    first = _first(language)
    if first is None:
        return []
    found = []
    ordinal = first.search(text)
    if ordinal is None:
        return []
    after = text[ordinal.end() :]
    if language == "tr":
        return [int(m["year"]) for m in _TR_SINCE.finditer(after)]
    since = _since(language)
    if since is None:
        return []
    for match in since.finditer(after):
        found.append(int(match["year"]))
    return found


#: Four digits that may be a year: every "first since" holds one.
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")


def _may_tell(text: str, language: str) -> bool:
    """Whether a paragraph can hold a sentence :func:`since_years` reads: a year, and (but in
    Japanese and Chinese) the language's "first" anywhere, whatever is around it. Splitting
    every paragraph of a large briefing into sentences costs more than this rule's reading."""
    if _ANY_YEAR.search(text) is None:
        return False
    if language in ("ja", "zh"):
        return True
    words = _first_words(language)
    return words is not None and words.search(text) is not None


@cache
def _first_words(language: str) -> re.Pattern[str] | None:
    """The words of :func:`_first`, with nothing around them asked."""
    words = _FIRST.get(language)
    if not words:
        return None
    return re.compile(
        "(?i:" + "|".join(re.escape(w).replace("_", r"\s+") for w in words.split()) + ")"
    )


@cache
def _first(language: str) -> re.Pattern[str] | None:
    words = _FIRST.get(language)
    if not words:
        return None
    alternation = "|".join(re.escape(w).replace("_", r"\s+") for w in words.split())
    titles = "|".join(re.escape(w) for w in sorted(_TITLE_AFTER))
    return re.compile(rf"(?<!\w)(?i:{alternation})(?!\w)(?!\s+(?i:{titles}))")


@cache
def _since(language: str) -> re.Pattern[str] | None:
    words = _SINCE.get(language)
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words.split())
    month = r"(?:[A-Z][a-z]+\s+)?" if language == "en" else ""
    return re.compile(rf"(?<!\w)(?i:{alternation})\s*{month}{_YEAR}")
