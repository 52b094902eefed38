"""A sum of money tied to one named person, given as two close amounts by different sources.

"the record of 105 million euros Manchester United paid for Paul Pogba" in most reports,
"انضمام ... بول بوجبا ... بمبلغ 110 ملايين يورو" in one: a transfer fee, a bail, a fine or a
prize is told beside the person it is for, and the packet's person topics
(:mod:`briefing.topics`) already join that person's names across scripts. A sum is the
person's when a person topic's mention is the nearest to it in its sentence (ahead of any
other person's, at most :data:`_REACH` characters away).

Narrow on purpose, since one person may be paid several sums (a fee, a salary, a bonus):

- only one currency at a time: one fee in two currencies is a conversion, not a slip;
- one value must be repeated by two sources at least (the figure the reports copy), the
  other given by a source that does not give it (a source giving both names two things);
- the two must be close (at most :data:`_CLOSE` times apart: a copying slip, a misremembered
  figure; further apart they are more likely two sums) and disjoint at the digits written;
- neither hedged nor bounded ("about 100 million", "more than 100 million"), nor the
  bracketed conversion of another sum.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefing.analysis.crosscounts import TopicSource
from briefing.analysis.currencies import currency_label, may_name_money
from briefing.analysis.model import Discrepancy, Quote, Span
from briefing.analysis.money import Sum, sums_of
from briefing.analysis.money_judge import amount_claims
from briefing.analysis.text import language_of, sentences
from briefing.model import Article, Topic

#: How far (characters) a person's mention may be from the sum it is tied to.
_REACH = 100
#: How many times apart two amounts may be to be one sum misgiven.
_CLOSE = 1.25

_Found = tuple[str, Sum, Quote, tuple[int, int]]  # article, sum, quote, (paragraph, start)


def person_sum_discrepancies(articles: Sequence[Article], topics: TopicSource) -> list[Discrepancy]:
    """Flags for one person's sum given as two close amounts (module doc). The topics are
    asked for only when two sources give close, differing sums in one currency."""
    found = [item for article in articles for item in _sums(article)]
    if not _candidates(found):
        return []
    people = [t for t in topics(articles) if t.kind == "person"]
    where: dict[tuple[str, int], list[tuple[int, int, Topic]]] = defaultdict(list)
    for topic in people:
        for mention in topic.mentions:
            span = mention.span
            where[(mention.article_id, span.paragraph)].append((span.start, span.end, topic))
    keyed: dict[tuple[str, str], list[_Found]] = defaultdict(list)
    names: dict[str, str] = {}
    for item in found:
        owner = _owner(item, where)
        if owner is not None:
            keyed[(owner.id, item[1].code)].append(item)
            names[owner.id] = owner.name
    flags = []
    for (topic_id, code), items in sorted(keyed.items()):
        flag = _judged(names[topic_id], code, items)
        if flag is not None:
            flags.append(flag)
    return flags


def _sums(article: Article) -> list[_Found]:
    """The plain sums of ``article`` (no conversion, hedge or bound) with their quotes."""
    found = []
    for p_index, paragraph in enumerate(article.paragraphs):
        if paragraph.foldable:
            continue
        language = language_of(paragraph.language, article.language)
        if not may_name_money(paragraph.text, language):
            continue  # most paragraphs: not split into sentences
        for sentence in sentences(paragraph.text, language):
            for item in sums_of(sentence.text, language):
                if item.converts or item.hedged or item.bound:
                    continue
                span = Span(p_index, sentence.start, sentence.end)
                quote = Quote(article.id, article.source, span, sentence.text)
                found.append((article.id, item, quote, (p_index, sentence.start)))
    return found


def _candidates(found: list[_Found]) -> bool:
    """Whether two sources give close, disjoint sums in one currency (else no topic is
    needed)."""
    by_code: dict[str, list[_Found]] = defaultdict(list)
    for item in found:
        by_code[item[1].code].append(item)
    return any(
        a[0] != b[0] and _close(a[1], b[1]) and not a[1].overlaps(b[1])
        for items in by_code.values()
        for i, a in enumerate(items)
        for b in items[i + 1 :]
    )


def _owner(
    item: _Found, where: dict[tuple[str, int], list[tuple[int, int, Topic]]]
) -> Topic | None:
    """The person topic mentioned nearest the sum in its sentence, when only one is."""
    article_id, money, quote, (paragraph, offset) = item
    start, end = offset + money.start, offset + money.end
    low, high = quote.span.start, quote.span.end
    near: dict[str, tuple[int, Topic]] = {}
    for m_start, m_end, topic in where.get((article_id, paragraph), ()):
        if m_start < low or m_end > high:
            continue
        gap = max(m_start - end, start - m_end, 0)
        if gap <= _REACH and (topic.id not in near or gap < near[topic.id][0]):
            near[topic.id] = (gap, topic)
    if not near:
        return None
    ranked = sorted(near.values(), key=lambda pair: pair[0])
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    return ranked[0][1]


def _judged(name: str, code: str, items: list[_Found]) -> Discrepancy | None:
    values: dict[float, list[_Found]] = defaultdict(list)
    by_article: dict[str, set[float]] = defaultdict(set)
    for item in items:
        values[item[1].written_point].append(item)
        by_article[item[0]].add(item[1].written_point)
    shown: dict[float, list[_Found]] = {}
    for point, given in values.items():
        sources = {i[0] for i in given}
        if len(sources) < 2:
            continue
        for other, told in values.items():
            others = {i[0] for i in told}
            if (
                other != point
                and _close(given[0][1], told[0][1])
                and not given[0][1].overlaps(told[0][1])
                and not any(point in by_article[a] for a in others)
            ):
                shown[point], shown[other] = given, told
    if not shown:
        return None
    claims = amount_claims([(i[1], i[2]) for _, group in sorted(shown.items()) for i in group])
    return Discrepancy(
        "figure",
        f"a sum tied to {name} in {currency_label(code)}",
        claims,
        note="the sources give one person's sum as close amounts that cannot both be true "
        "(the person named nearest the sum)",
    )


def _close(a: Sum, b: Sum) -> bool:
    low, high = sorted((a.written_point, b.written_point))
    return low > 0 and high / low <= _CLOSE
