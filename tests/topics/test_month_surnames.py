"""A month's name after a given name is a surname (:mod:`briefing.topics.month_surnames`).

Every text here is written for the test (invented people and events).
"""

from __future__ import annotations

from topics.helpers import article

from briefing.topics import extract_topics
from briefing.topics.month_surnames import month_surname
from briefing.topics.tokens import tokenize


def _names(*paragraphs: str) -> set[str]:
    articles = [article(f"{n:03d}", *paragraphs) for n in range(3)]
    return {a for t in extract_topics(articles) for a in (t.name, *t.aliases)}


def _last(text: str, words: int) -> bool:
    tokens = [t for t in tokenize(text) if t.text[:1].isupper()][:words]
    return month_surname(tokens, text, "en")


def test_a_month_after_a_given_name_is_her_surname() -> None:
    names = _names(
        "Prime Minister Edwina May said the outage was over. You may read the notice.",
        "The minister Edwina May will speak again on Monday.",
    )
    assert "Edwina May" in names
    assert "Edwina" not in names


def test_a_month_with_a_day_or_after_a_weekday_stays_a_date() -> None:
    assert _last("Edwina May said it was over.", 2)
    assert not _last("Edwina May 12 was the day.", 2)  # a day number follows: a date
    assert not _last("Edwina May, 2017 ended.", 2)
    assert not _last("Friday May said nothing.", 2)  # a weekday is no given name
    assert not _last("Edwina Mar said it.", 2)  # an abbreviation is a date only
    names = _names("On Friday, May 12, Oskar Pell closed the plant in Lisbon.")
    assert not any("May" in n for n in names)
