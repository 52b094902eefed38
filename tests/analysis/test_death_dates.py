"""One person's death dated to the same day of two months across languages
(``death_dates``). Written fixtures (no article text): Lena Marsk, shot dead on 8 May; the
look-alikes are an earlier event in a background clause, another person's death, two days of
one month (a time zone apart), one article telling two acts, and a year alone."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article, Topic

MARSK = Topic("lena-marsk", "Lena Marsk", "person", ("Lena Marsk", "Лена Марск"), ())
PETROV = Topic("ivan-petrov", "Ivan Petrov", "person", ("Ivan Petrov", "Иван Петров"), ())


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text), language=language)


def _topics(_articles: Sequence[Article]) -> tuple[Topic, ...]:
    return (MARSK, PETROV)


def _story() -> list[Article]:
    """Three articles in three languages date the shooting to 8 May."""
    return [
        _in("en", "a", "Marsk was shot dead in Tarvo on May 8 during a rally."),
        _in("de", "b", "Marsk war am 8. Mai in Tarvo erschossen worden."),
        _in("fr", "c", "Lena Marsk a été tuée le 8 mai à Tarvo."),
    ]


def _deaths(articles: list[Article]) -> list[Discrepancy]:
    found = find_discrepancies(articles, topics=_topics)
    return [d for d in found if d.subject == "the date of a death"]


def test_the_same_day_of_another_month_disagrees() -> None:
    slip = _in("ru", "d", "Сегодня, 20 мая, прошли похороны: Лена Марск убита 8 июня.")
    (found,) = _deaths([*_story(), slip])
    claims = {c.value: set(c.article_ids) for c in found.claims}
    assert claims == {"8 May": {"a", "b", "c"}, "8 June": {"d"}}


def test_an_earlier_event_in_a_background_clause_is_not_the_death() -> None:
    clause = _in("en", "d", "Marsk, who survived an attack on June 8, 2019, was killed on May 8.")
    assert _deaths([*_story(), clause]) == []


def test_another_persons_death_is_another_event() -> None:
    other = _in("en", "d", "Ivan Petrov was killed in Tarvo on June 8.")
    assert _deaths([*_story(), other]) == []


def test_two_days_of_one_month_are_never_compared() -> None:
    # a date a time zone away, or a death the day after a shooting
    zone = _in("en", "d", "Marsk was shot dead on May 7, New York time.")
    assert _deaths([*_story(), zone]) == []


def test_an_article_giving_both_days_tells_two_acts() -> None:
    both = _in("en", "d", "Marsk was shot on May 8 and, weeks later, died on June 8.")
    assert _deaths([*_story(), both]) == []


def test_a_year_alone_is_no_day() -> None:
    since = _in("en", "d", "Marsk is the first leader killed since 1967.")
    assert _deaths([*_story(), since]) == []
