"""A place named as the seat of an office ("Mardin Valisi") is a weak mention (written fixtures).

Made-up reports: Turkish names a governor by the province and the word of office after it;
the provinces the sentence is about outrank those whose governors were sent elsewhere.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.weak_mentions import within


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_a_mention_inside_an_office_is_within_it() -> None:
    office = Occurrence("a", 0, 10, 22, "Konya Valisi")
    inside = Occurrence("a", 0, 10, 15, "Konya")
    elsewhere = Occurrence("a", 0, 30, 35, "Konya")
    other = Occurrence("b", 0, 10, 15, "Konya")
    assert within([inside, elsewhere, other], [office]) == {inside}
    assert within([inside], []) == set()


def test_provinces_whose_governors_were_sent_weigh_less() -> None:
    """Konya is in three articles, twice only as its governor's seat: it weighs less than
    Malatya, which the three articles write about."""
    topics = _topics(
        _in("tr", 0, "Sel Malatya'da hasara yol açtı. Bölgeye Konya Valisi ve Sivas Valisi geldi."),
        _in("tr", 1, "Malatya'da evler yıkıldı. Konya Valisi ve Sivas Valisi bölgede."),
        _in("en", 2, "Floods damaged homes in Malatya; rescue teams from Konya arrived."),
    )
    assert by_name(topics, "Konya").score < 2 < by_name(topics, "Malatya").score


def _topics(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))
