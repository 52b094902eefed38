"""When a period the outlets give a length ends: "three days of mourning until 2 November".

The topics layer joins the periods the texts give a length in days into one event per
length, across languages (:mod:`briefing.topics.period_events`: "Trois jours de deuil",
"трёхдневный траур", "three days of mourning"). When two articles write the last day of one
such period right after it, in the same clause ("Trois jours de deuil ont été décrétés
jusqu'au 1er novembre" / "трёхдневный траур с 31 октября по 2 ноября"), two different days
disagree: a stated calendar day has no rounding.

Only an end the sentence ties to the period is read (precision first):

- the date comes after the period phrase, in the same sentence, with at most
  :data:`MAX_GAP` characters between them and no comma, colon or semicolon (another
  clause: "three days of mourning were declared; schools stay shut until 4 November"), and
  at most :data:`MAX_WORDS` words before the "until" (a verb, not a relative clause of its
  own: "three days of mourning for all who lost a home until 4 November");
- the word right before the date (or opening it: "until Saturday, November 2") is the
  language's "until" (:data:`.until_words.UNTIL`, a closed class like the prepositions of
  :mod:`briefing.topics.period_words`); the bare range joiners ("au", "to", "по" in "du 31
  octobre au 2 novembre") count only right after a first date;
- a period phrase with another period phrase between it and the date is not the date's.

Two periods of different lengths are two events and never compared; an article that gives
one period two ends says nothing (it is read as unsure, or the text speaks of two periods).
The start alone is not read: "three days from 31 October" ends on the 2nd or the 3rd
depending on how one counts, and a flag must not rest on that.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from briefing.analysis.dates import find_dates
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.text import language_of, sentence_at
from briefing.analysis.until_words import TO, UNTIL, until_patterns
from briefing.model import Article, Span

if TYPE_CHECKING:
    from briefing.topics.period_reading import Phrase

#: Most characters between the end of the period phrase and its end date.
MAX_GAP = 60
#: Most words between the period phrase and the "until" (dates aside): a verb and its
#: auxiliaries ("ont été décrétés jusqu'au", "will be observed until"), not a clause of its own.
MAX_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+")
_CLAUSE = re.compile(r"[,;:!?()\[\]]")
#: Month names of a flag's values, in English as the other flags' values.
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@cache
def _may_end(language: str) -> re.Pattern[str] | None:
    """An "until" or a range joiner with a digit soon after: a paragraph without one states
    no end (a fast test, so that most packets never load the topics layer's readers)."""
    if language not in UNTIL:
        return None
    return re.compile(rf"(?i)(?<!\w)(?:{UNTIL[language]}|{TO[language]})(?!\w).{{0,30}}\d")


def _may_stand(text: str, language: str) -> bool:
    """Whether a paragraph may state an end (:func:`_may_end`): its case-blind pattern, whose
    look-behind is tried at every character, is asked only of a paragraph holding a digit
    (every match ends in one; most paragraphs hold none)."""
    pattern = _may_end(language)
    return (
        pattern is not None and _DIGIT.search(text) is not None and pattern.search(text) is not None
    )


_DIGIT = re.compile(r"\d")


def period_end_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Periods of one length (one event of the topics layer) given different last days by
    two articles (module doc)."""
    candidates = set()
    # Wire copy repeats paragraphs across a large briefing's articles: each paragraph's
    # tests are answered once per text and language.
    asked: dict[tuple[str, str], bool] = {}
    for article in articles:
        for _, paragraph in article.body_paragraphs:
            key = (paragraph.text, language_of(paragraph.language, article.language))
            stands = asked.get(key)
            if stands is None:
                stands = asked[key] = _may_stand(*key)
            if stands:
                candidates.add(article.id)
                break
    if len(candidates) < 2:
        return []  # most packets: no two articles can give an end
    from briefing.topics.period_events import period_events
    from briefing.topics.period_reading import period_phrases
    from briefing.topics.period_words import may_hold

    phrases: list[Phrase] = []
    ends: dict[tuple[str, int, int], tuple[int, tuple[int, int], Quote]] = {}
    held: dict[tuple[str, str], bool] = {}
    for article in articles:
        for index, paragraph in article.body_paragraphs:
            language = language_of(paragraph.language, article.language)
            holds = held.get((paragraph.text, language))
            if holds is None:
                holds = held[(paragraph.text, language)] = until_patterns(
                    language
                ) is not None and may_hold(paragraph.text.lower(), language)
            if not holds:
                continue
            found = period_phrases(article.id, index, paragraph.text, language, frozenset())
            phrases.extend(found)
            for phrase, (month, day) in _ends(found, paragraph.text, language):
                sentence = sentence_at(paragraph.text, phrase.start, language)
                quote = Quote(
                    article.id, article.source, Span(index, sentence.start, sentence.end),
                    sentence.text,
                )  # fmt: skip
                ends[(article.id, index, phrase.start)] = (phrase.days, (month, day), quote)
    if len({key[0] for key in ends}) < 2:
        return []  # most packets: no period is given an end by two articles
    languages = Counter(a.language for a in articles)
    found_flags = []
    for event in period_events(phrases, languages.most_common(1)[0][0]):
        # Keyed by the length too: one noun given two lengths may be two periods.
        said: dict[tuple[int, str], dict[tuple[int, int], list[Quote]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for mention in event.mentions:
            end = ends.get((mention.article_id, mention.span.paragraph, mention.span.start))
            if end is not None:
                said[(end[0], mention.article_id)][end[1]].append(end[2])
        for length in sorted({length for length, _ in said}):
            flag = _flag(event.name, [d for (n, _), d in said.items() if n == length])
            if flag is not None:
                found_flags.append(flag)
    return found_flags


def _flag(name: str, articles: list[dict[tuple[int, int], list[Quote]]]) -> Discrepancy | None:
    """The flag of one period's ends, each article's (month, day) → quotes; None when they
    agree. An article giving two ends is left out."""
    by_day: dict[tuple[int, int], list[Quote]] = defaultdict(list)
    for days in articles:
        if len(days) == 1:
            ((day, quotes),) = days.items()
            by_day[day].extend(quotes)
    if len(by_day) < 2:
        return None
    claims = tuple(
        Claim(f"{day} {_MONTHS[month - 1]}", tuple(quotes))
        for (month, day), quotes in sorted(by_day.items())
    )
    return Discrepancy(
        "date",
        f"last day of the {name[:1].lower()}{name[1:]}",
        claims,
        note="the sources give one period of the same length different last days",
    )


def _ends(phrases: list[Phrase], text: str, language: str) -> list[tuple[Phrase, tuple[int, int]]]:
    """Each phrase of one paragraph with the last day written right after it (module doc)."""
    patterns = until_patterns(language)
    if patterns is None or not phrases:
        return []
    until, to = patterns
    dates = [d for d in find_dates(text, language) if d.month and d.day]
    found: list[tuple[Phrase, tuple[int, int]]] = []
    for phrase in phrases:
        after = [d for d in dates if phrase.end <= d.start <= phrase.end + MAX_GAP]
        others = [p for p in phrases if p is not phrase and p.start >= phrase.end]
        for position, date in enumerate(after):
            if any(p.start < date.start for p in others):
                break
            gap = text[phrase.end : date.start]
            for earlier in after[:position]:  # a start date's own dots ("2. März")
                a, b = earlier.start - phrase.end, earlier.end - phrase.end
                gap = gap[:a] + " " * (b - a) + gap[b:]
            if _CLAUSE.search(gap) or re.search(r"[.!?]\s", gap):
                break
            said = until.search(gap)
            if len(_WORDS.findall(gap[: said.start()] if said else gap)) > MAX_WORDS:
                break  # "mourning for all who lost a home until …": the date is the clause's
            opened = until.search(text[date.start : date.start + 12].split(" ")[0] + " ")
            ranged = position > 0 and to.search(text[after[position - 1].end : date.start])
            if said or opened or ranged:
                found.append((phrase, (date.month or 0, date.day or 0)))
                break
    return found
