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
        if d.kind == "figure"
        and d.subject == "an exact count the sources give slightly differently"
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


# -- a round count beside a count to the unit is exact -------------------------------------


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        ("en", "The ferry carried 230 passengers and 14 crew.", "It carried 232 passengers."),
        ("fr", "Le ferry transportait 230 passagers et 14 marins.", "Il y avait 232 passagers."),
        ("it", "Il traghetto portava 230 passeggeri e 14 marinai.", "Portava 232 passeggeri."),
    ],
)
def test_a_round_count_beside_an_exact_one_is_exact(language: str, one: str, other: str) -> None:
    found = _precise_or_counts(_in(language, "a", one), _in(language, "b", other))
    assert len(found) == 1
    assert sorted(i for ids in found[0].values() for i in ids) == ["a", "b"]


@pytest.mark.parametrize(
    ("language", "one", "other"),
    [
        # alone, or beside only round or hedged counts, a round count may be rounded
        ("en", "The ferry carried 230 passengers.", "The ferry carried 232 passengers."),
        ("en", "It carried 230 passengers and 20 crew.", "The ferry carried 232 passengers."),
        ("fr", "Il transportait 230 passagers et environ 14 marins.", "Il y avait 232 passagers."),
        # the count beside it is a year, not a count to the unit
        ("en", "In 2023 the ferry carried 230 passengers.", "The ferry carried 232 passengers."),
    ],
)
def test_a_round_count_alone_stays_a_range(language: str, one: str, other: str) -> None:
    assert _precise_or_counts(_in(language, "a", one), _in(language, "b", other)) == []


def _precise_or_counts(*articles: Article) -> list[dict[str, tuple[str, ...]]]:
    return [
        {c.value: c.article_ids for c in d.claims}
        for d in find_discrepancies(articles)
        if d.kind == "figure"
    ]


# -- a place that begins another name does not place a count -------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "The flight to London Gatwick carried 230 passengers and 14 crew.",
            "The flight carried 232 passengers, Delhi's aviation authority said.",
        ),
        (
            "The plane carried 232 passengers, according to India's Directorate General.",
            "The plane bound for London Gatwick carried 230 passengers and 14 crew.",
        ),
    ],
)
def test_a_place_that_begins_another_name_places_no_count(one: str, other: str) -> None:
    assert len(_precise_or_counts(_in("en", "a", one), _in("en", "b", other))) == 1


def test_counts_in_two_places_named_as_places_stay_apart() -> None:
    a = _in("en", "a", "In New York the storm cut power to 230 homes and 14 schools.")
    b = _in("en", "b", "In Boston the storm cut power to 232 homes.")
    c = _in("en", "c", "In Turkey's Gaziantep province 230 homes and 14 schools were hit.")
    d = _in("en", "d", "In Syria 232 homes were hit.")
    assert _precise_or_counts(a, b) == []
    assert _precise_or_counts(c, d) == []


def test_four_digit_counts_of_something_disagree_in_any_language() -> None:
    # from 1,000: a count in groups, or in digits before what it counts (any script)
    assert _precise(
        *_pair(("en", "The army freed 3,417 detainees."), ("de", "Es kamen 3421 Häftlinge frei."))
    )
    assert _precise(
        *_pair(("ar", "أفرج عن 3417 معتقلا."), ("en", "It freed 3,421 Palestinian detainees."))
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a size in a unit: a measurement, not a count
        ("A record holds at most 2047 bytes.", "Each block is 2048 bytes long."),
        # an identifier glued to a name
        ("The format follows ISO-6347 closely.", "The format follows ISO-6349 loosely."),
        # nothing counted: a value and a function word
        ("The tool falls back to 6143 if it fails.", "The limit went from 6144 to 128 last year."),
    ],
)
def test_four_digit_look_alikes_stay_silent(one: str, other: str) -> None:
    assert not _precise(*_pair(("en", one), ("en", other)))


def test_a_bare_four_digit_value_before_an_adverb_counts_nothing() -> None:
    one = ("en", "The cache held 6144 since version 2.1, and 12288 since 3.0.")
    other = ("en", "Try the backup at 6145 first, the manual says.")
    assert not _precise(*_pair(one, other))
