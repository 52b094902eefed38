"""Precise counts (analysis/precise.py): exact large numbers a hair apart are one count.

Fixtures are written for these tests (no article text): each rule in several languages, with
look-alikes that must stay silent.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import find_discrepancies
from briefing.model import Article


def _in(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _pair(one: tuple[str, str], other: tuple[str, str]) -> tuple[Article, Article]:
    return _in(one[0], "a", one[1]), _in(other[0], "b", other[1])


def _precise(*articles: Article) -> list[dict[str, tuple[str, ...]]]:
    return [
        {c.value: c.article_ids for c in d.claims}
        for d in find_discrepancies(articles)
        if d.kind == "figure" and "to the unit" in d.subject
    ]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            ("en", "The commission received 48,312 ballots in the end."),
            ("fr", "On a compté 48 297 bulletins valables dans la région."),
        ),
        (
            ("de", "Insgesamt wurden 73.415 Stimmzettel gezählt."),
            ("es", "Se recibieron 73.508 papeletas en total."),
        ),
        (
            ("uk", "У голосуванні взяли участь 2 318 456 громадян."),
            ("it", "Hanno votato 2.318.521 cittadini, dice la commissione."),
        ),
        (
            ("hu", "A 12 374 körzetben nyitottak urnát."),
            ("ro", "Au fost deschise 12.419 de secții în toată țara."),
        ),
    ],
)
def test_two_exact_counts_within_a_hundredth_disagree_in_any_languages(
    one: tuple[str, str], other: tuple[str, str]
) -> None:
    found = _precise(*_pair(one, other))
    assert len(found) == 1
    assert sorted(i for ids in found[0].values() for i in ids) == ["a", "b"]


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a round figure is no precise count ("48 300"), nor one in words or hedged
        (
            ("en", "The commission received 48,300 ballots."),
            ("en", "They received 48,312 ballots."),
        ),
        (("en", "They received about 48,297 ballots."), ("en", "They received 48,312 ballots.")),
        # further apart than a hundredth: two quantities
        (("en", "They received 48,312 ballots."), ("en", "They received 49,991 ballots.")),
        # a stage of the count: partial, with a share counted
        (
            ("en", "With 97% of the ballots counted, he had 2,318,456 votes."),
            ("en", "He won 2,318,521 votes."),
        ),
        (
            ("ru", "По предварительным данным, он получил 2 318 456 голосов."),
            ("ru", "Он получил 2 318 521 голос."),
        ),
        # sums of money: a currency conversion is one sum twice
        (
            ("en", "The fund paid €1,234,567 to the victims."),
            ("en", "The fund paid $1,239,800 to the victims."),
        ),
        (
            ("de", "Es wurden 1.234.567 Euro gezahlt."),
            ("de", "Es wurden 1.236.411 Dollar gezahlt."),
        ),
        # a code before a name; a toll (compared by report day, not here)
        (("fr", "Il habite au 75001 Paris."), ("fr", "Elle habite au 75004 Paris.")),
        (("en", "The quake killed 41,020 people."), ("en", "The quake killed 41,156 people.")),
    ],
)
def test_look_alikes_stay_silent(one: tuple[str, str], other: tuple[str, str]) -> None:
    assert _precise(*_pair(one, other)) == []


def test_one_source_giving_both_values_shows_two_quantities() -> None:
    both = _in("en", "a", "Of 11,641,999 ballots cast, 11,607,695 were valid.")
    other = _in("en", "b", "In all, 11,641,866 ballots were cast.")
    assert _precise(both, other) == []


def test_reports_of_two_days_may_give_two_stages_of_one_count() -> None:
    monday = _in("en", "a", "They registered 48,312 voters.", dt.date(2025, 5, 19))
    tuesday = _in("en", "b", "They registered 48,297 voters.", dt.date(2025, 5, 20))
    assert _precise(monday, tuesday) == []
    same_day = _in("en", "c", "They registered 48,297 voters.", dt.date(2025, 5, 19))
    assert len(_precise(monday, same_day)) == 1
