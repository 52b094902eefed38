"""Sums of money that disagree: one thing's price given as two sums, or one sum in two
currencies (the sums as :mod:`.money` reads them).

Two kinds of flag, each narrow:

- **values**: a price, or a price per share, given in one currency as sums that cannot both
  be true ("$3.25 billion" / "3,35 miliardi di dollari"), judged as any figure is
  (:func:`.figures._judge`: a hedge widens a sum, a round sum stands for its range, values
  more than twice apart are two things, a source giving two values names two things), and
  only when one of the values is repeated by two sources (one deal's price is repeated; each
  passenger's fare, told once, is another purchase). Only
  a deal has one price: a guarantee, a loan or a line of liquidity, losses are often several
  (a credit line on Wednesday, a liquidity line on Sunday), so their sizes are not compared.
  Sums in two currencies are never compared: "3 billion francs ($3.25 billion)" is one sum.
- **currency**: one thing's same amount given in two currencies by different sources
  ("a CHF9 billion guarantee" / "ضمانا بقيمة تسعة مليارات دولار"), for any thing: the
  number is the one figure every report copies, and its currency is what a slip changes.
  Not for a hedged sum ("more than $3 billion" may round 3 billion francs converted), a
  conversion, or a source that itself gives the amount in both currencies.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from briefing.analysis.currencies import currency_label
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Claim, Discrepancy, Quote

if TYPE_CHECKING:
    from briefing.analysis.money import Sum

#: The things one deal has one sum of.
_ONE_EACH = ("price", "share")
#: What each thing is called in a flag's subject.
_NAMES = {"price": "the price paid", "share": "the price per share", "guarantee": "the guarantee",
          "liquidity": "the loan or liquidity", "loss": "the losses", "fine": "the fine",
          "ransom": "the ransom"}  # fmt: skip


def judge_money(
    figures: list[Figure],
    judge: Callable[[tuple[str, str], list[Figure]], Discrepancy | None],
) -> list[Discrepancy]:
    """The flags of the money ``figures`` (``judge``: how figures of one key are judged)."""
    found = []
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for figure in figures:
        groups[figure.key].append(figure)
    for key, members in sorted(groups.items()):
        role, code = key[1].split(" ")[1:3]
        if role not in _ONE_EACH:
            continue
        judged = judge(key, members) if _repeated(members) else None
        if judged is not None:
            subject = f"{_NAMES[role]} in {currency_label(code)}"
            note = f"the sources give {_NAMES[role]} as sums that cannot all be true"
            found.append(replace(judged, subject=subject, note=note))
    found += _currencies(figures)
    return found


def _repeated(figures: list[Figure]) -> bool:
    """Whether two sources give one plain value: one deal's price is the figure several
    sources repeat ("$3.25 billion", "3,25 миллиарда долларов"); sums each told by one
    source only are as likely several purchases ("paid $4,500" for one passage, "$6,000"
    for another)."""
    plain = [f for f in figures if not f.bound]
    return any(
        a.quote.article_id != b.quote.article_id and max(a.low, b.low) <= min(a.high, b.high)
        for i, a in enumerate(plain)
        for b in plain[i + 1 :]
    )


def _point(figure: Figure) -> float:
    """The amount a plain or "up to" sum writes ("100 Milliarden" read as 50–150 billion)."""
    middle = figure.high if figure.bound == "maximum" else (figure.low + figure.high) / 2
    return float(f"{middle:.3g}")


def _currencies(figures: list[Figure]) -> list[Discrepancy]:
    """One thing's same amount in two currencies from different sources."""
    by_amount: dict[tuple[str, float], list[Figure]] = defaultdict(list)
    for figure in figures:
        if figure.ranged or figure.bound not in ("", "maximum"):
            continue  # a conversion (``ranged`` marks it), or a hedged sum
        by_amount[(figure.what, _point(figure))].append(figure)
    found = []
    for (role, amount), members in sorted(by_amount.items()):
        codes: dict[str, set[str]] = defaultdict(set)
        for figure in members:
            codes[figure.quote.article_id].add(figure.noun)
        if any(len(held) > 1 for held in codes.values()):
            continue  # a source gives both: a conversion, or two sums
        by_code: dict[str, list[Quote]] = defaultdict(list)
        shown: dict[str, str] = {}
        for figure in members:
            by_code[figure.noun].append(figure.quote)
            shown.setdefault(figure.noun, f"{figure.value} ({currency_label(figure.noun)})")
        if len(by_code) < 2:
            continue
        claims = tuple(
            Claim(shown[code], tuple(dict.fromkeys(quotes))) for code, quotes in by_code.items()
        )
        found.append(
            Discrepancy(
                "figure",
                f"the currency of {_NAMES[role]} of {_amount(amount)}",
                claims,
                note="the sources give one amount in different currencies",
            )
        )
    return found


def amount_claims(items: list[tuple[Sum, Quote]]) -> tuple[Claim, ...]:
    """One claim per sum as written, with its amount in English words ("8900万ポンド (89
    million)"), so that sums written in other scripts and scales read side by side; in the
    order given."""
    quotes: dict[str, list[Quote]] = {}
    for item, quote in items:
        middle = (item.written_low + item.written_high) / 2
        quotes.setdefault(f"{item.written} ({_amount(float(f'{middle:.6g}'))})", []).append(quote)
    return tuple(Claim(value, tuple(dict.fromkeys(q))) for value, q in quotes.items())


def _amount(amount: float) -> str:
    """An amount in words of its scale ("9 billion")."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if amount >= scale:
            return f"{amount / scale:g} {word}"
    return f"{amount:g}"
