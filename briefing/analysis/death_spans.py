"""How long after a death the story's act came: "seven months after the death", "huit mois après".

"Crowned on Saturday … seven months after the death of his mother", "couronné ce samedi, huit
mois après le décès de la reine", "am Samstag, acht Monate nach dem Tod der Königin": a span
from a death to the day of the story is one quantity whatever the language. The words are a
closed class of every language (a noun of death, an "after" word before it), not one story's,
and the unit is CLDR's (:func:`.units.unit_after`), so two sources meet with nothing
translated. Offsets from any other start stay within one language (:mod:`.offsets`).

Two sources disagree when the packet's spans to a death, in one unit of days or longer, are
exactly two values, one apart, each given by articles that give no other, and every sentence
giving one also dates itself to the story's main day (:func:`.main_day.story_statements`):
the far end of the span is then the story's act, not another of its steps ("proclaimed king
two days after the death"). Silent, for precision:

- a hedged span ("nearly eight months", "plus de sept mois"): a bound, not a rival value;
- values further apart (two deaths, or two acts) or a third value;
- a source giving both values (it tells two spans);
- articles written a unit or more apart: "seven months after" in one month and "eight months
  after" in the next are both right, a span that grows with the day of writing;
- a span in another unit ("two hundred days" against "seven months" is no disagreement: it is
  never converted, a month has no fixed length).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from typing import Any

from briefing.analysis.case_clues import clue_set, folded, holds
from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.numbers import Number, find_numbers
from briefing.analysis.text import language_of, sentences
from briefing.analysis.units import Unit, unit_after, unit_label
from briefing.model import Article, Span

#: "After" (or "since") before the death noun, per language; "_" stands for a space.
_AFTER: dict[str, str] = {
    "en": "after since following", "fr": "après depuis", "de": "nach seit",
    "es": "después_de tras desde", "it": "dopo dalla", "pt": "após depois_da depois_do desde",
    "nl": "na sinds", "pl": "po od", "ru": "после со_дня", "uk": "після з_дня",
    "ro": "după de_la", "el": "μετά_τον μετά_το από_τον",
}  # fmt: skip
#: How a noun of someone's death begins, per language (lower case; any ending follows).
_DEATH: dict[str, tuple[str, ...]] = {
    "en": ("death", "passing"), "fr": ("décès", "mort"), "de": ("tod", "ableben"),
    "es": ("muerte", "fallecimiento"), "it": ("morte", "scomparsa"),
    "pt": ("morte", "falecimento"), "nl": ("dood", "overlijden"), "pl": ("śmierci",),
    "ru": ("смерт", "кончин"), "uk": ("смерт", "кончин"), "ro": ("moarte", "decesul"),
    "el": ("θάνατ",),
}  # fmt: skip
#: Words that may stand between the "after" word and the death noun: articles and "of".
_BETWEEN: dict[str, str] = {
    "en": "the", "fr": "le la l' du de", "de": "dem der des", "es": "la el",
    "it": "la il", "pt": "a o", "nl": "de het", "ro": "", "el": "", "pl": "", "ru": "",
    "uk": "",
}  # fmt: skip
#: Units of a span to a death: days and longer (seconds to hours measure no such span).
UNITS = {"duration-day": 1, "duration-week": 7, "duration-month": 28, "duration-year": 365}


def death_span_discrepancies(
    articles: Sequence[Article], statements: tuple[dt.date | None, Sequence[Any]]
) -> list[Discrepancy]:
    """Spans from a death to the story's day that disagree (module docstring);
    ``statements`` is :func:`~.main_day.story_statements` of the articles."""
    main, placed = statements
    if main is None:
        return []
    on_main = {
        (d.entry.article_id, d.entry.sentence_span.paragraph, d.entry.sentence_span.start)
        for d in placed
        if d.day == main
    }
    spans, written = spans_by_unit(articles, death_spans, on_main.__contains__, _may_hold)
    what = ("after the death", "time since the death", _NOTE)
    return [f for u, v in spans.items() if (f := spans_one_apart(u, v, written, what))]


_NOTE = "the sources count the span from a death to the story's day differently"


Spans = dict[str, dict[float, list[Quote]]]


def spans_by_unit(
    articles: Sequence[Article],
    read: Callable[[str, str], list[tuple[float, str]]],
    keep: Callable[[tuple[str, int, int]], bool] = lambda _where: True,
    may: Callable[[str, str], bool] = lambda _text, _language: True,
) -> tuple[Spans, dict[str, dt.date | None]]:
    """Every span ``read`` finds in a sentence (text, language → (value, unit) pairs), unit →
    value → the quotes writing it, each sentence once per value; and each quoting article's
    day of writing (None unless dated to the day), which :func:`spans_one_apart` needs to tell
    a span that grows with the writing date. ``keep`` says which sentences count, by
    (article id, paragraph, start). ``may`` (paragraph text, language) is False for a
    paragraph in which ``read`` can find nothing: it is then not split into sentences (a
    split costs more than the reading; most paragraphs hold none of a rule's words)."""
    spans: Spans = defaultdict(lambda: defaultdict(list))
    written: dict[str, dt.date | None] = {}
    # ``may`` is a case-blind search through the whole paragraph, and wire copy repeats
    # paragraphs across the articles of a large briefing (two fifths of the 10,005-article
    # benchmark's text): a paragraph met before is answered from its first search.
    asked: dict[tuple[str, str], bool] = {}
    for article in articles:
        for index, paragraph in enumerate(article.paragraphs):
            if paragraph.foldable:
                continue
            language = language_of(paragraph.language, article.language)
            holds = asked.get((paragraph.text, language))
            if holds is None:
                holds = asked[(paragraph.text, language)] = may(paragraph.text, language)
            if not holds:
                continue
            for sentence in sentences(paragraph.text, language):
                found = read(sentence.text, language)
                if not found or not keep((article.id, index, sentence.start)):
                    continue
                span = Span(index, sentence.start, sentence.end)
                quote = Quote(article.id, article.source, span, sentence.text)
                for value, unit in dict.fromkeys(found):
                    spans[unit][value].append(quote)
                written[article.id] = article.date if article.date_precision == "day" else None
    return spans, written


def spans_one_apart(
    unit: str,
    values: dict[float, list[Quote]],
    written: dict[str, dt.date | None],
    what: tuple[str, str, str],
) -> Discrepancy | None:
    """Two spans of ``unit`` one apart, no source giving both, written less than a unit
    apart (``written``: article id → day of writing): the one shape flagged here and in
    :mod:`.tenures`; ``what`` is the words after a value, the subject and the note."""
    if len(values) != 2:
        return None
    first, second = sorted(values)
    told = [{q.article_id for q in values[v]} for v in (first, second)]
    if second - first != 1 or told[0] & told[1]:
        return None
    days = [written.get(a) for a in told[0] | told[1]]
    known = [d for d in days if d is not None]
    if known and (max(known) - min(known)).days >= UNITS[unit]:
        return None  # written a unit apart: the span grew with the day of writing
    label = unit_label(unit)
    claims = tuple(
        Claim(f"{int(v)} {label} {what[0]}", tuple(dict.fromkeys(values[v])))
        for v in (first, second)
    )
    return Discrepancy("figure", what[1], claims, note=what[2])


def death_spans(text: str, language: str) -> list[tuple[float, str]]:
    """The unhedged spans of days or longer to a death that ``text`` writes ("seven months
    after the death of"), as (value, CLDR unit id)."""
    pattern = _pattern(language)
    if pattern is None or pattern.search(text) is None:  # no "after the death" anywhere
        return []
    return [(n.value, u.id) for n, u in whole_spans(text, language) if pattern.match(text, u.end)]


def whole_spans(text: str, language: str) -> Iterator[tuple[Number, Unit]]:
    """Each unhedged whole number of days or longer in ``text`` with its unit ("seven
    months"): the spans this module and :mod:`.tenures` compare, a hedged or ranged one never."""
    for number in find_numbers(text, language):
        if number.qualifier or number.low is not None or number.value != int(number.value):
            continue
        unit = unit_after(text, number.end, language)
        if unit is not None and unit.id in UNITS:
            yield number, unit


def _may_hold(text: str, language: str) -> bool:
    """Whether ``text`` writes a death noun (every span :func:`death_spans` reads ends in one)."""
    nouns = _nouns(language)
    if nouns is None or not holds(folded(text), _clues(language)):
        return False  # none of the nouns in any case (:mod:`.case_clues`): most paragraphs
    return nouns.search(text) is not None


@cache
def _clues(language: str) -> tuple[str, ...]:
    return clue_set(_DEATH[language])


@cache
def _nouns(language: str) -> re.Pattern[str] | None:
    if language not in _AFTER:
        return None
    return re.compile(f"(?i:{'|'.join(re.escape(w) for w in _DEATH[language])})")


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    if language not in _AFTER:
        return None
    after = "|".join(re.escape(w).replace("_", r"\s+") for w in _AFTER[language].split())
    between = "|".join(re.escape(w) for w in _BETWEEN.get(language, "").split())
    gap = rf"(?:(?:{between})(?:\s+|(?<=')))?" if between else ""
    death = "|".join(re.escape(w) for w in _DEATH[language])
    return re.compile(rf"\s+(?i:{after})\s+{gap}(?i:{death})\w*(?!\w)")
