"""One named place's rate across languages: "Japón, 24 %" against "25 % para Japón".

A list of rates ("China 34 %, the EU 20 %, Japan 24 %"; "对中国实施34%，对日本实施24%";
"34% على الصين و24% على اليابان") is told the same way in every language: each figure sits
next to the name it belongs to, on the side the list's order puts it. The packet's topics
(:mod:`briefing.topics`) already say that "Japón", "Японии", "日本" and "اليابان" are one
place, so a rate paired with a topic is comparable across every language of the packet.

Pairing, within one sentence (:func:`pairs_in`): the percentages and the mentions of place
and organisation topics in their order; each percentage takes the nearest name on one side
(the names between it and the next or previous percentage), on the side the sentence's
list opens with: "China 34 %, Japan 24 %" pairs each figure with the name before it, "34 %
on China and 24 % on Japan" with the name after it.
The words between a name and its figure are few (five words; ten characters in a script
that does not space its words) and hold no clause break (a comma, a semicolon, a full stop):
"Japan will face 24 %", "Японии – 24%", "日本の製品には24%". Names joined by "and" or a
comma share the figure ("25 % para Japón y Corea"; "对巴西、英国征收10%").

A flag needs all of this, for precision (a value the text does not support is worse than
none):

- one value stated for the topic by at least :data:`MIN_VALUE_SOURCES` articles and another
  by fewer, both plain (no hedge, no band), close (the larger at most :data:`MOST_RATIO` of
  the smaller: two reports of one rate, never a rate against what a country is said to
  charge, "67 %" / "34 %", or a cumulative "54 %" against "34 %") and different at the
  precision of the coarser ("53.6 %" is "54 %");
- no article states both values for the topic (two quantities, such as a rate and a car
  tariff beside it);
- the same list: every article of the lesser value, and at least :data:`MIN_VALUE_SOURCES`
  of the greater, pair another topic with one same value in the paragraph of their figure
  (the list that holds it: "32 % for Taiwan" in each). Figures that only share a name are
  not enough ("China's economy grew 5 %" against "exports to China rose 6 %").

Percentages are read once per article where the other checks read them
(:mod:`.rate_bands`); the topics are asked for only when the figures alone could make a
flag (:func:`_could_flag`: three articles with a paragraph of two plain percentages, two of
them sharing one), and only those paragraphs' mentions are looked at.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing.analysis.crosscounts import TopicSource
from briefing.analysis.model import Claim, Discrepancy
from briefing.analysis.percent_figures import Percent, decimals_written
from briefing.analysis.rate_bands import Read, figure_quotes
from briefing.analysis.text import language_of, sentences
from briefing.model import Article, Topic

#: The least number of articles the more common value is stated by.
MIN_VALUE_SOURCES = 2
#: Two reports of one rate are at most this far apart, as a ratio (24 % and 25 %).
MOST_RATIO = 4 / 3
#: The kinds of topic a rate is told for.
KINDS = frozenset({"place", "organisation"})
#: The most words between a name and its figure (spaced scripts)…
MOST_WORDS = 5
#: …and the most characters where words are not spaced (Chinese, Japanese).
MOST_UNSPACED = 10

#: A clause break between a name and a figure: then they are not one item of a list.
_BREAK = re.compile(r"[,，、،;；。.!?！？\n]")
#: What joins two names that share one figure: a comma or a word for "and".
_JOINED = re.compile(
    r"\s*(?:,|，|、|،|&|and|et|und|y|e|i|и|та|ve|و|和|與|与|及|과|와|및)?\s*", re.IGNORECASE
)
_LETTER = re.compile(r"[^\W\d_]")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")

#: (start, end, topic id) of a name; (start, end) of a figure.
Name = tuple[int, int, str]
#: (article id, paragraph) → the (topic, value) pairs told there.
_Lists = dict[tuple[str, int], set[tuple[str, float]]]


@dataclass(frozen=True, slots=True)
class _Stated:
    """One rate paired with one topic in one article's paragraph."""

    article: Article
    paragraph: int
    topic: str
    figure: Percent
    decimals: int


def topic_rate_discrepancies(
    articles: Sequence[Article], read: Sequence[list[Read]], topics: TopicSource | None
) -> list[Discrepancy]:
    """One place's (or body's) rate told two ways (module doc); ``read``: each article's
    percentages (:func:`.rate_bands.percents_of`), in the order of ``articles``."""
    listed = _listed(read)
    if topics is None or not _could_flag(listed):
        return []  # the topics are only asked for when a flag could come of them
    names, titles = _names(topics(articles), {(articles[n].id, p) for n, p in listed})
    stated = [
        item
        for (number, paragraph), figures in listed.items()
        for item in _paired(articles[number], paragraph, figures, names)
    ]
    return _compared(stated, titles)


def _listed(read: Sequence[list[Read]]) -> dict[tuple[int, int], list[Percent]]:
    """(article's number, paragraph) → its plain percentages, for paragraphs with two or
    more (a list: the flag asks for another topic's rate beside the one compared)."""
    found: dict[tuple[int, int], list[Percent]] = defaultdict(list)
    for number, percents in enumerate(read):
        for paragraph, figure, _beside in percents:
            if not figure.hedged and not figure.band:
                found[(number, paragraph)].append(figure)
    return {where: figures for where, figures in found.items() if len(figures) >= 2}


def _could_flag(listed: dict[tuple[int, int], list[Percent]]) -> bool:
    """Whether the figures alone allow a flag, whatever names they are told for: a paragraph
    with a value ``w`` beside a value ``u`` (the shared list's), and paragraphs of two other
    articles with ``u`` beside a value close to ``w`` and not it."""
    paragraphs = [(number, {f.low for f in figures}) for (number, _), figures in listed.items()]
    having: dict[float, list[tuple[int, set[float]]]] = defaultdict(list)
    for number, values in paragraphs:  # only the paragraphs that share a value are compared
        for value in values:
            having[value].append((number, values))
    for number, values in paragraphs:
        for shared in values:
            others = [(o, theirs) for o, theirs in having[shared] if o != number]
            if len({o for o, _ in others}) < MIN_VALUE_SOURCES:
                continue
            for rare in values:
                backing = {o for o, theirs in others if any(_near(c, rare) for c in theirs)}
                if len(backing) >= MIN_VALUE_SOURCES:
                    return True
    return False


def _near(common: float, rare: float) -> bool:
    """Two different values close enough to be two reports of one rate."""
    low, high = sorted((common, rare))
    return 0 < low < high <= MOST_RATIO * low


def _names(
    topics: Iterable[Topic], wanted: set[tuple[str, int]]
) -> tuple[dict[tuple[str, int], list[Name]], dict[str, str]]:
    """Mentions of the place and organisation topics in the ``wanted`` paragraphs, and each
    such topic's name."""
    from briefing.topic_store import mention_spans

    names: dict[tuple[str, int], list[Name]] = defaultdict(list)
    titles: dict[str, str] = {}
    for topic in topics:
        if topic.kind not in KINDS:
            continue
        ident = topic.id
        titles[ident] = topic.name
        for article_id, paragraph, start, end in mention_spans(topic):
            if (article_id, paragraph) in wanted:
                names[(article_id, paragraph)].append((start, end, ident))
    return names, titles


def _paired(
    article: Article,
    paragraph: int,
    figures: list[Percent],
    names: dict[tuple[str, int], list[Name]],
) -> list[_Stated]:
    found = names.get((article.id, paragraph))
    if not found:
        return []
    text = article.paragraphs[paragraph].text
    language = language_of(article.paragraphs[paragraph].language, article.language)
    stated = []
    for sentence in sentences(text, language):
        inside = [f for f in figures if sentence.start <= f.start < sentence.end]
        named = [n for n in found if sentence.start <= n[0] < sentence.end]
        if not inside or not named:
            continue
        spans = [(f.start, f.end) for f in inside]
        for index, topic in pairs_in(text, spans, named):
            figure = inside[index]
            stated.append(
                _Stated(
                    article,
                    paragraph,
                    topic,
                    figure,
                    decimals_written(text[figure.start : figure.end]),
                )
            )
    return stated


def pairs_in(
    text: str, figures: Sequence[tuple[int, int]], names: Sequence[Name]
) -> list[tuple[int, str]]:
    """(index of a figure, topic id) for each figure of one sentence of ``text`` and the
    name(s) it is told for (module doc); ``figures`` and ``names`` are (start, end) spans in
    ``text``, the names with their topic."""
    ordered = sorted(set(names))
    spans = sorted(range(len(figures)), key=lambda i: figures[i][0])
    if not ordered or not spans:
        return []
    after = figures[spans[0]][0] < ordered[0][0]  # the list opens with a figure
    return _pairs(text, figures, spans, ordered, after)


def _pairs(
    text: str,
    figures: Sequence[tuple[int, int]],
    spans: list[int],
    names: list[Name],
    after: bool,
) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for position, index in enumerate(spans):
        start, end = figures[index]
        if after:
            limit = figures[spans[position + 1]][0] if position + 1 < len(spans) else len(text)
            side = [n for n in names if end <= n[0] and n[1] <= limit]
        else:
            limit = figures[spans[position - 1]][1] if position else 0
            side = list(reversed([n for n in names if limit <= n[0] and n[1] <= start]))
        if not side:
            continue
        nearest = side[0]
        gap = text[end : nearest[0]] if after else text[nearest[1] : start]
        if not _close(gap):
            continue
        shared = [nearest]
        for name in side[1:]:
            last = shared[-1]
            between = text[last[1] : name[0]] if after else text[name[1] : last[0]]
            if not _JOINED.fullmatch(between):
                break
            shared.append(name)
        in_order = shared if after else shared[::-1]
        found.extend((index, topic) for topic in dict.fromkeys(n[2] for n in in_order))
    return found


def _close(gap: str) -> bool:
    """Whether a name and a figure this far apart are one item of a list (module doc)."""
    if _BREAK.search(gap):
        return False
    if _UNSPACED.search(gap) and not gap.strip().count(" "):
        return len(gap.strip()) <= MOST_UNSPACED
    return sum(1 for word in gap.split() if _LETTER.search(word)) <= MOST_WORDS


def _compared(stated: list[_Stated], titles: dict[str, str]) -> list[Discrepancy]:
    by_topic: dict[str, list[_Stated]] = defaultdict(list)
    lists: _Lists = defaultdict(set)
    for item in stated:
        by_topic[item.topic].append(item)
        lists[(item.article.id, item.paragraph)].add((item.topic, item.figure.low))
    found = []
    for topic, items in by_topic.items():
        ids: dict[float, set[str]] = defaultdict(set)
        for item in items:
            ids[item.figure.low].add(item.article.id)
        ranked = sorted(ids, key=lambda v: (-len(ids[v]), v))
        for common in ranked:
            for rare in ranked:
                flag = _flag(topic, titles, common, rare, items, ids, lists)
                if flag is not None:
                    found.append(flag)
    return found


def _differ(a: _Stated, b: _Stated) -> bool:
    digits = min(a.decimals, b.decimals)
    return round(a.figure.low, digits) != round(b.figure.low, digits)


def _flag(
    topic: str,
    titles: dict[str, str],
    common: float,
    rare: float,
    items: list[_Stated],
    ids: dict[float, set[str]],
    lists: _Lists,
) -> Discrepancy | None:
    if len(ids[common]) < MIN_VALUE_SOURCES or len(ids[rare]) >= len(ids[common]):
        return None
    if not _near(common, rare):
        return None
    if ids[common] & ids[rare]:
        return None  # one article tells both: two quantities
    common_told = [i for i in items if i.figure.low == common]
    rare_told = [i for i in items if i.figure.low == rare]
    if not _differ(common_told[0], rare_told[0]):
        return None
    thirds = _shared_list(common_told, rare_told, lists)
    if not thirds:
        return None
    common_told = [i for i in common_told if thirds & _beside(i, lists)]
    rare_told = [i for i in rare_told if thirds & _beside(i, lists)]
    shared = ", ".join(f"{titles[t]} {v:g}%" for t, v in sorted(thirds))
    claims = (
        Claim(common_told[0].figure.label(), figure_quotes(common_told)),
        Claim(rare_told[0].figure.label(), figure_quotes(rare_told)),
    )
    title = titles[topic]
    return Discrepancy(
        "figure",
        f"the rate for {title}",
        claims,
        note=(
            f"one rate told for {title} with two values in lists of rates; each source's list "
            f"also gives the same rate for another place or body ({shared})"
        ),
    )


def _beside(item: _Stated, lists: _Lists) -> set[tuple[str, float]]:
    """The (topic, value) pairs of ``item``'s paragraph, other than its own topic's."""
    return {pair for pair in lists[(item.article.id, item.paragraph)] if pair[0] != item.topic}


def _shared_list(
    common_told: list[_Stated], rare_told: list[_Stated], lists: _Lists
) -> set[tuple[str, float]]:
    """The (topic, value) pairs beside the rare value in each of its articles and beside
    the common value in at least :data:`MIN_VALUE_SOURCES` of its articles."""
    by_article: dict[str, set[tuple[str, float]]] = defaultdict(set)
    for item in rare_told:
        by_article[item.article.id] |= _beside(item, lists)
    shared = set.intersection(*by_article.values()) if by_article else set()
    return {
        third
        for third in shared
        if len({i.article.id for i in common_told if third in _beside(i, lists)})
        >= MIN_VALUE_SOURCES
    }
