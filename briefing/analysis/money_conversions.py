"""One sum converted into another currency by two sources as two amounts.

"222 million euros ($262 million)" and "222 million euros ($264 million)"; "222 milhões de
euros (R$ 824 milhões)" and "(aproximadamente R$ 819 milhões)": a report converts the sum it
gives in brackets right after it, and two conversions of one sum into one currency should
agree to the digits they write. When they cannot both be true, the flag shows them side by
side, whatever the thing paid for (the sum is one figure, so its conversion is one too).

Narrow on purpose:

- only a conversion in brackets *right after* its sum, a hedge allowed ("(about $262
  million)", "(약 2천970억원)"); a bracket that says more ("(then $116 million)", "(当時のレー
  トで約118億3700万円)", at another day's rate) or a conversion outside brackets ("우리 돈
  2천9백억 원") is left alone;
- only conversions of the same amount in the same currency, neither hedged nor bounded
  ("about 220 million euros" converted is a rounding converted; "2億2000万ユーロ" is not
  "2億2200万ユーロ", so its conversion is not compared with the other's);
- the conversions are compared to the digits they write, a hedge marking only that they
  are rounded: "R$ 824 milhões" and "aproximadamente R$ 819 milhões" disagree, "$262
  million" and "$262.4 million" or "about $260 million" do not;
- a source that converts the amount twice into one currency differently (two days' rates)
  is left out.

Amounts are read by :mod:`.money` (every language's scales and currencies, and the mixed
numerals of :mod:`.cjk_amounts`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from briefing.analysis.cjk_amounts import HEDGES
from briefing.analysis.currencies import currency_label, may_name_money
from briefing.analysis.model import Discrepancy, Quote, Span
from briefing.analysis.money import Sum, sums_of
from briefing.analysis.money_judge import amount_claims
from briefing.analysis.text import language_of, sentences
from briefing.model import Article

#: Brackets that open a conversion.
_OPENING = ("(", "（")


def conversion_discrepancies(articles: Sequence[Article]) -> list[Discrepancy]:
    """Flags for one sum converted into one currency as amounts that cannot both be true."""
    found: dict[tuple[str, float, str], dict[str, list[tuple[Sum, Quote]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    shown: dict[tuple[str, float, str], str] = {}
    for article in articles:
        for key, base, conversion, quote in _conversions(article):
            found[key][article.id].append((conversion, quote))
            shown.setdefault(key, base.written)
    flags = []
    for key, by_article in sorted(found.items()):
        flag = _judged(key, shown[key], by_article)
        if flag is not None:
            flags.append(flag)
    return flags


def _conversions(article: Article) -> list[tuple[tuple[str, float, str], Sum, Sum, Quote]]:
    """Each (key, sum, its bracketed conversion, quote) of ``article``; key: the sum's
    currency, its amount as written, the conversion's currency."""
    found = []
    for p_index, paragraph in enumerate(article.paragraphs):
        if paragraph.foldable or not any(b in paragraph.text for b in _OPENING):
            continue
        language = language_of(paragraph.language, article.language)
        if not may_name_money(paragraph.text, language):
            continue
        for sentence in sentences(paragraph.text, language):
            if not any(b in sentence.text for b in _OPENING):
                continue
            sums = sums_of(sentence.text, language)
            for base, conversion in pairwise(sums):
                if not _plain_conversion(sentence.text, base, conversion):
                    continue
                amount = base.written_point
                span = Span(p_index, sentence.start, sentence.end)
                quote = Quote(article.id, article.source, span, sentence.text)
                found.append(((base.code, amount, conversion.code), base, conversion, quote))
    return found


def _plain_conversion(text: str, base: Sum, conversion: Sum) -> bool:
    """Whether ``conversion`` converts ``base`` and nothing else is said between them: an
    opening bracket only (a hedge is the conversion's own), the sum plain, two currencies."""
    return (
        conversion.converts
        and not base.inside
        and not base.hedged
        and not base.bound
        and not conversion.bound
        and base.code != conversion.code
        and _only_opening(text[base.end : conversion.start])
    )


def _only_opening(between: str) -> bool:
    """Whether ``between`` is an opening bracket, a hedge of a numeral script after it
    allowed ("(約291億円)": :mod:`.money` keeps the hedges of spaced languages itself)."""
    between = between.strip()
    return between[:1] in _OPENING and between[1:].strip() in ("", *HEDGES)


def _judged(
    key: tuple[str, float, str], written: str, by_article: dict[str, list[tuple[Sum, Quote]]]
) -> Discrepancy | None:
    """The flag for one sum's conversions, or None when they can all be true."""
    values: dict[float, list[tuple[Sum, Quote]]] = defaultdict(list)
    for items in by_article.values():
        points = {s.written_point for s, _ in items}
        if len(points) > 1:
            continue  # one source, two conversions: two rates, not a slip
        for item in items:
            values[item[0].written_point].append(item)
    groups = list(values.values())
    disjoint = any(
        not a[0][0].overlaps(b[0][0])
        and {q.article_id for _, q in a} != {q.article_id for _, q in b}
        for i, a in enumerate(groups)
        for b in groups[i + 1 :]
    )
    if len({q.article_id for g in groups for _, q in g}) < 2 or not disjoint:
        return None
    claims = amount_claims([item for group in groups for item in group])
    return Discrepancy(
        "figure",
        f"{written} converted to {currency_label(key[2])}",
        claims,
        note="the sources convert one sum into one currency as amounts that cannot both be "
        "true (each in brackets right after the sum)",
    )
