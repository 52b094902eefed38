"""One rate as a value in some sources and as a band in another: "-0,1 %" against "minus 0,1
bis null Prozent".

A rate, a tax or a target given as a band ("0 to 0.1 %") is a precise policy, not a doubt: a
source that writes the old rate as "-0.1 to 0 %" where others write "-0.1 %" tells another
rate. Which figure of which article is "the same quantity of the same thing" is what makes
this safe, and the rule asks for all of it (:mod:`.percent_figures` reads the figures):

- a band stated (plainly, not hedged) by one or more articles, and a plain value that is one
  of its ends stated by at least two others, more articles than the band's;
- no article states both (the deposit rate "0.1 %" beside the new band "0 to 0.1 %" in the
  same article: two quantities, one the end of the other);
- the same thing: every article of the band and at least two of the value state a third
  figure, the same in all of them, in the same paragraph (the new band that the old rate
  was raised to). Figures that only share a number are not enough;
- that third figure a band: the sources giving the single value write a band where there is
  one, so their value is no shorthand for a band ("raised rates to 5.5 %" for the band 5.25 to
  5.5 % beside a single inflation figure is the band's top, as the press writes it).

Silent, for precision: a hedged figure ("around zero", "约", "程度": a rounding); a value
strictly inside a band or outside it (a different figure, not the same one told two ways);
percentage points (a change).

Each article's percentages are read where the other checks read theirs (:mod:`.findings`:
on every core, recurring paragraphs once); only the comparison runs here. At 1,005 articles
the reading is ~0.4 s in one process, most of it decoding paragraphs the other readers
decode beside it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from briefing.analysis.model import Claim, Discrepancy, Quote
from briefing.analysis.percent_figures import Percent, percents_in
from briefing.analysis.text import language_of, remembered, sentence_at
from briefing.model import Article, Span

#: The least number of articles the plain value is stated by.
MIN_VALUE_SOURCES = 2

#: One percentage of an article as read (:func:`percents_of`): its paragraph, the figure,
#: and the other figures (low, high) of that paragraph.
Read = tuple[int, Percent, frozenset[tuple[float, float]]]


@dataclass(frozen=True, slots=True)
class _Told:
    """One percentage of one article, where it is, and the others of its paragraph."""

    article: Article
    paragraph: int
    figure: Percent
    beside: frozenset[tuple[float, float]]


def rate_band_discrepancies(
    articles: Sequence[Article], read: Sequence[list[Read]] | None = None
) -> list[Discrepancy]:
    """A band against a plain value at one of its ends (module doc); ``read``: each
    article's :func:`percents_of`, in the order of ``articles`` (read here if not given)."""
    if read is None:
        read = [percents_of(article) for article in articles]
    told = [
        _Told(article, index, figure, beside)
        for article, percents in zip(articles, read, strict=True)
        for index, figure, beside in percents
    ]
    plain: dict[tuple[float, float], list[_Told]] = defaultdict(list)
    stating: dict[tuple[float, float], set[str]] = defaultdict(set)
    for item in told:
        key = (item.figure.low, item.figure.high)
        stating[key].add(item.article.id)
        if not item.figure.hedged:
            plain[key].append(item)
    found = []
    for band, band_told in plain.items():
        if band[0] >= band[1]:
            continue
        for end in band:
            value_told = plain.get((end, end), [])
            flag = _flag(band, band_told, (end, end), value_told, stating)
            if flag is not None:
                found.append(flag)
    return found


def _flag(
    band: tuple[float, float],
    band_told: list[_Told],
    value: tuple[float, float],
    value_told: list[_Told],
    stating: dict[tuple[float, float], set[str]],
) -> Discrepancy | None:
    band_ids = {t.article.id for t in band_told}
    value_ids = {t.article.id for t in value_told}
    if len(value_ids) < MIN_VALUE_SOURCES or len(value_ids) <= len(band_ids):
        return None
    if band_ids & stating[value] or value_ids & stating[band]:
        return None  # an article tells both: two quantities
    third = _shared_third(band_told, value_told, {band, value})
    if third is None:
        return None
    band_told = [t for t in band_told if third in t.beside]
    value_told = [t for t in value_told if third in t.beside]
    claims = (
        Claim(value_told[0].figure.label() + " (one value)", figure_quotes(value_told)),
        Claim(band_told[0].figure.label() + " (a band)", figure_quotes(band_told)),
    )
    low, high = third
    beside = f"{low:g}%" if low == high else f"{low:g}% to {high:g}%"
    return Discrepancy(
        "figure",
        f"a rate told beside {beside}",
        claims,
        note=(
            "one rate given as a single value in some sources and as a band starting or "
            f"ending at it in another; each source gives it in a paragraph that also says {beside}"
        ),
    )


def _shared_third(
    band_told: list[_Told], value_told: list[_Told], own: set[tuple[float, float]]
) -> tuple[float, float] | None:
    """A band beside the band in every one of its articles and beside the value in at
    least :data:`MIN_VALUE_SOURCES` of its articles, or None."""
    by_article: dict[str, set[tuple[float, float]]] = defaultdict(set)
    for item in band_told:
        by_article[item.article.id] |= item.beside
    common = set.intersection(*by_article.values()) - own if by_article else set()
    for third in sorted(t for t in common if t[0] < t[1]):
        ids = {t.article.id for t in value_told if third in t.beside}
        if len(ids) >= MIN_VALUE_SOURCES:
            return third
    return None


def percents_of(article: Article, memo: dict[Any, Any] | None = None) -> list[Read]:
    """Every percentage of ``article``'s body, with the others of its paragraph: read per
    article where the other checks read theirs (:mod:`.findings`, on every core)."""
    found = []
    for index, paragraph in article.body_paragraphs:
        language = language_of(paragraph.language, article.language)
        for figure, beside in remembered(
            memo, f"percents {language}", _paragraph(language), paragraph.text
        ):
            found.append((index, figure, beside))
    return found


def _paragraph(language: str) -> Any:
    def read(text: str) -> list[tuple[Percent, frozenset[tuple[float, float]]]]:
        figures = percents_in(text, language)
        keys = {(f.low, f.high) for f in figures}
        return [(f, frozenset(keys - {(f.low, f.high)})) for f in figures]

    return read


class Placed(Protocol):
    """A percentage read in one article's paragraph (this module's and topic_rates' records)."""

    @property
    def article(self) -> Article: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def figure(self) -> Percent: ...


def figure_quotes(told: Sequence[Placed]) -> tuple[Quote, ...]:
    """The sentences that state each figure, once each, in the order told."""
    quotes = []
    for item in told:
        paragraph = item.article.paragraphs[item.paragraph]
        language = language_of(paragraph.language, item.article.language)
        sentence = sentence_at(paragraph.text, item.figure.start, language)
        span = Span(item.paragraph, sentence.start, sentence.end)
        quotes.append(Quote(item.article.id, item.article.source, span, sentence.text))
    return tuple(dict.fromkeys(quotes))
