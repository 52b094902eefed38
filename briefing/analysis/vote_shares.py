"""One vote's turnout, or its winning side's share, told with different values across languages:
"Turnout … was 71.8%" against "Wahlbeteiligung lag bei 72,2%" and "投票率は72.2%".

A vote is reported in the same two percentages in every language: how many of the electorate
took part, and the share of the votes the winning side got. Each is *one* quantity of the
story, so its sentences can be compared across the packet without a topic to pair them with,
once the sentence says which of the two a figure is (:func:`shares_in`):

- **the turnout**: a word of the paragraph's language for turnout or participation before the
  figure, in its clause (a comma allowed: "taux de participation a été très élevé, 72,2%"),
  or right after it ("72 % turnout"), or the figure is "of the electorate" ("un 72,16% del
  electorado"). The words are a closed class per language, like the month names
  (:data:`.vote_words.TURNOUT_BEFORE`); a language without them stays silent;
- **the winning share**: a figure above half, of a sentence that sets its complement beside
  it (two percentages adding up to 100 at their written precision: "51,9 % frente al 48,1 %",
  "찬성 51.89%, 반대 48.11%") or that says it is a share "of the votes" ("venceu com 51,8% dos
  votos"). Only one side of a vote can win more than half of it, so every such figure of a
  packet about one vote is the same quantity.

Precision, each from the sentence and never from one story's words:

- *roundings by written precision*: values are compared at the precision of the coarser
  ("52 %" is "51.9 %", "72,16 %" is "72,2 %"); a coarse value that fits two finer ones ("72
  Prozent" beside 71.8 and 72.2) fits both and takes no side;
- *partial counts*: a paragraph that counts "378 of 382" (a smaller whole number then a
  larger one, a few words apart), or a sentence that gives how much was counted beside the
  share (a percentage above it and below 100, "після опрацювання 98,52% протоколів"), tells
  a result before the count ended: left out;
- *local or other figures*: two reports of one national share differ by a truncation, a
  slip or an earlier count, tenths of a point; a city's share, another vote's or a poll's
  differs by points. Values more than :data:`MOST_POINTS` apart are never compared;
- hedged figures ("almost 52 %", "约", "程度") are roundings, left out; an article that
  states two of the values (two stages of the count, two polls) shows that the packet
  tells the quantity at several stages: then no flag;
- a growth rate, an inflation figure or a poll's "52 % of voters back" has none of these
  cues and is never read.

A flag needs one value stated by at least :data:`MIN_VALUE_SOURCES` articles and another that
differs at the coarser precision. The percentages are those every other rate check reads
(:func:`.rate_bands.percents_of`, once per article on every core); only the sentences of
paragraphs with a cue word or two complementary figures are split here.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analysis.model import Claim, Discrepancy
from briefing.analysis.percent_figures import Percent, decimals_written
from briefing.analysis.rate_bands import Read, figure_quotes
from briefing.analysis.text import language_of, sentence_at
from briefing.analysis.vote_words import (
    CUES,
    ELECTORATE,
    TURNOUT_BEFORE,
    VOTES_AFTER,
    VOTES_BEFORE,
    cue_pattern,
)
from briefing.model import Article

#: The least number of articles the best-attested value is stated by.
MIN_VALUE_SOURCES = 2
#: The most two reports of one share differ by, in percentage points (module doc).
MOST_POINTS = 1.0
#: The most words between a turnout word and its figure (spaced scripts)…
MOST_WORDS = 6
#: …and the most characters where words are not spaced (Chinese, Japanese).
MOST_UNSPACED = 8

#: A clause break between a cue and its figure (a comma is allowed once, module doc).
_BREAK = re.compile(r"[;；。.!?！？:：\n()（）]")
_COMMA = re.compile(r"[,，、،]")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_LETTER = re.compile(r"[^\W\d_]")
#: "378 of 382", "378/382": a whole number, one to three spaced words (or a slash), a
#: larger whole number. Not "6月24日" (a date written without spaces) and not a year after
#: a day ("24 June 2016", :func:`_partial`).
_PART_OF = re.compile(
    r"(?<![\d.,:])(\d{1,6})(?![\d.,:]\d)(\s+(?:[^\W\d_]+\s+){1,3}|\s*/\s*)(\d{1,6})(?![\d.,:]\d)"
)
#: The years a whole number after a day may be (then it is a date, not a whole).
_YEARS = range(1800, 2101)


@dataclass(frozen=True, slots=True)
class _Told:
    """One turnout or winning share in one article's paragraph."""

    article: Article
    paragraph: int
    figure: Percent
    decimals: int


def vote_share_discrepancies(
    articles: Sequence[Article], read: Sequence[list[Read]]
) -> list[Discrepancy]:
    """The turnout, and the winning share, told two ways (module doc); ``read``: each
    article's percentages (:func:`.rate_bands.percents_of`), in the order of ``articles``."""
    told: dict[str, list[_Told]] = defaultdict(list)
    for article, percents in zip(articles, read, strict=True):
        by_paragraph: dict[int, list[Percent]] = defaultdict(list)
        for paragraph, figure, _beside in percents:
            by_paragraph[paragraph].append(figure)
        for paragraph, figures in by_paragraph.items():
            for quantity, figure in _shares(article, paragraph, figures):
                text = article.paragraphs[paragraph].text
                told[quantity].append(_Told(article, paragraph, figure, _written(text, figure)))
    found = []
    for quantity, items in told.items():
        flag = _flag(quantity, items)
        if flag is not None:
            found.append(flag)
    return found


def _shares(article: Article, paragraph: int, figures: list[Percent]) -> list[tuple[str, Percent]]:
    """(quantity, figure) for the turnouts and winning shares of one paragraph."""
    if not any(_plain(f) for f in figures):
        return []
    text = article.paragraphs[paragraph].text
    language = language_of(article.paragraphs[paragraph].language, article.language)
    if language not in TURNOUT_BEFORE or _partial(text):
        return []
    return shares_in(text, language, figures)


def _plain(figure: Percent) -> bool:
    """A value to compare: no hedge, no band, a share strictly between none and all."""
    return not figure.hedged and not figure.band and 0 < figure.low < 100


def _staged(classes: list[_Class]) -> bool:
    """Whether an article states two of the values close enough to be one quantity's (two
    counts or two polls: "54,9 %" and "54,1 %"): the packet tells the quantity at several
    stages, and another source's value may be any of them. A city's figure points away
    beside the national one is another quantity and says nothing of the sort."""
    for index, first in enumerate(classes):
        for second in classes[index + 1 :]:
            if abs(first.value - second.value) <= MOST_POINTS + 1e-9 and first.ids() & second.ids():
                return True
    return False


def _partial(text: str) -> bool:
    """Whether ``text`` counts a part of a whole ("378 of 382", "378/382"): a result before
    the count ended (module doc)."""
    return any(
        1 < int(m[1]) < int(m[3]) and int(m[3]) not in _YEARS for m in _PART_OF.finditer(text)
    )


def shares_in(text: str, language: str, figures: Sequence[Percent]) -> list[tuple[str, Percent]]:
    """("turnout" or "winning share", figure) for each plain one of ``figures`` (the
    percentages of ``text``, a paragraph in ``language``) that its sentence says is one
    (module doc)."""
    cued = cue_pattern(CUES[language], language).search(text) is not None
    plain = [f for f in figures if _plain(f)]
    turnouts: list[Percent] = []
    shares: list[tuple[Percent, int, int]] = []
    for figure in plain:
        paired = [f for f in plain if f is not figure and _complement(figure, f, text)]
        if not (cued or paired):
            continue  # most paragraphs: no sentence to split
        sentence = sentence_at(text, figure.start, language)
        if cued and _turnout(text, language, figure, sentence.start):
            turnouts.append(figure)
        elif figure.low > 50 and (
            any(sentence.start <= f.start < sentence.end for f in paired)
            or (cued and _of_votes(text, language, figure, sentence.start))
        ):
            shares.append((figure, sentence.start, sentence.end))
    found = [("turnout", f) for f in turnouts]
    for figure, start, end in shares:
        inside = [f for f in figures if start <= f.start < end and f not in turnouts]
        if not any(_counted(figure, f, text) for f in inside):
            found.append(("winning share", figure))
    return sorted(found, key=lambda kind_figure: kind_figure[1].start)


def _counted(share: Percent, other: Percent, text: str) -> bool:
    """Whether ``other``, beside a winning ``share`` in its sentence, is how much of the
    vote was counted when the share was told ("після опрацювання понад 98,52% протоколів",
    "after 90 % of the ballots were counted"): a percentage above the share and below all
    of it, neither the share nor its complement nor a turnout. A count that is complete
    ("con el 100% escrutado") is no stage."""
    return (
        other is not share
        and not other.band
        and share.low < other.low < 100
        and not _complement(share, other, text)
    )


def _turnout(text: str, language: str, figure: Percent, start: int) -> bool:
    """A turnout word before ``figure`` in its clause or right after it, or "of the
    electorate" after it."""
    cue = cue_pattern(TURNOUT_BEFORE[language], language)
    before = text[start : figure.start]
    last = _last(cue, before)
    if last is not None and _close(before[last:], commas=1):
        return True
    after = text[figure.end : figure.end + 40]
    first = cue.search(after)
    if (
        first is not None
        and _close(after[: first.start()], commas=0, words=2)
        and not _own_figure(after[first.end() :])
    ):
        return True
    electorate = ELECTORATE.get(language)
    return bool(electorate and cue_pattern(rf"^\s*(?:{electorate})", language).match(after))


def _own_figure(rest: str) -> bool:
    """Whether a turnout word after a figure has a number of its own in its clause ("won 52 %
    with turnout at 72 %"): then the word is that number's, not the figure's."""
    clause = _BREAK.split(rest, maxsplit=1)[0]
    return re.search(r"\d", _COMMA.split(clause, maxsplit=1)[0]) is not None


def _of_votes(text: str, language: str, figure: Percent, start: int) -> bool:
    """ "Of the votes" right after ``figure``, or a word for a share of votes before it."""
    after = VOTES_AFTER.get(language)
    if after and cue_pattern(rf"^\s*(?:{after})(?!\w)", language).match(text[figure.end :]):
        return True
    before = VOTES_BEFORE.get(language)
    if not before:
        return False
    last = _last(cue_pattern(before, language), text[start : figure.start])
    return last is not None and _close(text[start + last : figure.start], commas=0)


def _last(cue: re.Pattern[str], text: str) -> int | None:
    """Where the last match of ``cue`` in ``text`` ends, or None."""
    end = None
    for match in cue.finditer(text):
        end = match.end()
    return end


def _complement(figure: Percent, other: Percent, text: str) -> bool:
    """Whether two percentages add up to 100 at the coarser written precision."""
    digits = min(_written(text, figure), _written(text, other))
    return abs(figure.low + other.low - 100) <= 10**-digits / 2 + 1e-6


def _close(gap: str, commas: int, words: int = MOST_WORDS) -> bool:
    """Whether a cue and a figure this far apart are told together: no clause break, at
    most ``commas`` commas, no other number, few words."""
    if _BREAK.search(gap) or len(_COMMA.findall(gap)) > commas or re.search(r"\d", gap):
        return False
    if _UNSPACED.search(gap) and " " not in gap.strip():
        return len(gap.strip()) <= MOST_UNSPACED
    return sum(1 for word in gap.split() if _LETTER.search(word)) <= words


def _written(text: str, figure: Percent) -> int:
    """How many decimals ``figure`` is written with in ``text``: its precision."""
    return decimals_written(text[figure.start : figure.end])


def _rounded(value: float, decimals: int) -> float:
    """``value`` rounded half up to ``decimals``, as a writer rounds a figure."""
    scale = 10**decimals
    return math.floor(value * scale + 0.5 + 1e-9) / scale


@dataclass
class _Class:
    """Written values that are one value at their precisions, and who states them."""

    value: float
    decimals: int
    told: list[_Told]

    def ids(self) -> set[str]:
        return {t.article.id for t in self.told}

    def label(self) -> str:
        """The most stated writing first, finer ones after it: "51.9% (51.89%)"."""
        counts: dict[str, set[str]] = defaultdict(set)
        for item in self.told:
            counts[f"{item.figure.low:.{item.decimals}f}%"].add(item.article.id)
        ranked = sorted(counts, key=lambda w: (-len(counts[w]), w))
        rest = f" ({', '.join(ranked[1:])})" if len(ranked) > 1 else ""
        return ranked[0] + rest


_WHAT = {"turnout": "the turnout", "winning share": "the winning side's share of the vote"}


def _flag(quantity: str, told: list[_Told]) -> Discrepancy | None:
    """One flag for one quantity's values that differ at their precision (module doc)."""
    written: dict[tuple[float, int], list[_Told]] = defaultdict(list)
    for item in told:
        written[(item.figure.low, item.decimals)].append(item)
    classes: list[_Class] = []
    for (value, decimals), items in sorted(written.items(), key=lambda kv: -kv[0][1]):
        fits = [c for c in classes if _rounded(c.value, decimals) == _rounded(value, decimals)]
        if len(fits) == 1:
            fits[0].told.extend(items)
        elif not fits:
            classes.append(_Class(value, decimals, list(items)))
        # a coarse value that fits two finer ones ("72" beside 71.8 and 72.2) takes no side
    if len(classes) < 2:
        return None
    top = max(classes, key=lambda c: (len(c.ids()), c.decimals))
    if len(top.ids()) < MIN_VALUE_SOURCES:
        return None
    near = [c for c in classes if abs(c.value - top.value) <= MOST_POINTS + 1e-9]
    if len(near) < 2:
        return None
    if _staged(classes):
        return None
    near.sort(key=lambda c: (-len(c.ids()), c.value))
    claims = tuple(Claim(c.label(), figure_quotes(c.told)) for c in near)
    what = _WHAT[quantity]
    return Discrepancy(
        "figure",
        what,
        claims,
        note=(
            f"{what} told with different values, compared at the precision each source "
            "writes (a rounding is not a disagreement); partial counts, hedged figures and "
            f"values more than {MOST_POINTS:g} point apart are left out"
        ),
    )
