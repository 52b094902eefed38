"""Earlier events of the main event's kind, dated and placed by the text (made-up texts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_topic import uses_of as _uses
from briefing.topics.past_events import past_events

_PLACES = {"Varna": "Varna", "Plovdiv": "Plovdiv", "Sofia": "Sofia"}


def _dated(n: int, title: str, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 4, 14))


def test_a_dated_and_placed_earlier_event_of_the_same_kind_is_found() -> None:
    articles = [
        _dated(0, "Flood", "The flood hit Varna on Monday. The 1998 flood in Plovdiv killed ten."),
        _dated(1, "Flood", "The flood that struck Plovdiv in 1998 was worse, Sofia said."),
        _dated(2, "Flood", "A flood in 2040 is forecast."),  # after the story: no event
    ]
    found = past_events(articles, "flood", 2031, _PLACES.get)
    assert [t.name for t in found] == ["Flood in Plovdiv, 1998"]
    assert found[0].aliases == ("flood in Plovdiv", "flood that struck Plovdiv")
    assert {m.article_id for m in found[0].mentions} == {"000", "001"}


def test_the_preposition_the_text_writes_is_kept_and_two_years_say_nothing() -> None:
    articles = [
        _dated(0, "Visit", "Her visit to Sofia in 2029 was short."),
        _dated(1, "Visit", "The visit between 2020 and 2029 to Varna is disputed."),
    ]
    assert [t.name for t in past_events(articles, "visit", 2031, _PLACES.get)] == [
        "Visit to Sofia, 2029"
    ]


def test_the_earlier_event_follows_the_main_event_in_the_topics() -> None:
    articles = [
        _dated(0, "Flood in Varna", "The flood in Varna closed roads on Monday."),
        _dated(1, "Varna flood", "The flood in Varna reached homes. A flood hit Plovdiv in 1998."),
        _dated(2, "Flood waters", "The flood in Varna eased, officials said."),
    ]
    events = [t for t in extract_topics(articles) if t.kind == "event"]
    assert events[0].name.startswith("Flood in Varna")
    assert events[-1].name == "Flood in Plovdiv, 1998"


def test_a_text_repeated_in_several_articles_is_an_earlier_event_in_each() -> None:
    # Each distinct text is read once and its findings stamped at every use.
    wire = "The 1998 flood in Plovdiv killed ten, and it went to Varna."
    articles = [
        _dated(0, "Flood", wire, "Nothing dated here."),
        _dated(1, "Flood", "Another paragraph first.", wire),
        _dated(2, "Flood", wire),
    ]
    found = past_events(articles, "flood", 2031, _PLACES.get)
    assert [t.name for t in found] == ["Flood in Plovdiv, 1998"]
    where = [(m.article_id, m.span.paragraph, m.span.start, m.span.end) for m in found[0].mentions]
    assert where == [("000", 0, 9, 25), ("001", 1, 9, 25), ("002", 0, 9, 25)]


def test_every_use_of_the_action_word_is_found_in_every_copy_of_a_text() -> None:
    # The search runs once per distinct text; each use is still its own article's mention.
    wire = "Flood warnings stayed. The FLOOD peaked; flooding is not a flood."
    articles = [article("a", wire, "No such word."), article("b", "Floods came.", wire)]
    found = [
        (m.article_id, m.span.paragraph, m.span.start, m.surface) for m in _uses(articles, "flood")
    ]
    assert found == [
        ("a", 0, 0, "Flood"),
        ("a", 0, 27, "FLOOD"),
        ("a", 0, 59, "flood"),
        ("b", 1, 0, "Flood"),
        ("b", 1, 27, "FLOOD"),
        ("b", 1, 59, "flood"),
    ]


def _nowhere(surface: str) -> str | None:
    """A gazetteer that knows no place: only the towns of GeoNames can answer."""
    return None


def test_a_town_smaller_than_the_gazetteers_cities_places_a_dated_precedent() -> None:
    """İzmit and Split are below the gazetteer's size but above the towns' (English and
    French sentences that date the act)."""
    articles = [
        _dated(0, "Quake", "It recalled the earthquake which struck İzmit in 1999."),
        _dated(1, "Séisme", "Le pire fut le séisme qui a frappé Split en 1996, dit-il."),
    ]
    assert [t.name for t in past_events(articles, "earthquake", 2031, _nowhere)] == [
        "Earthquake in İzmit, 1999"
    ]
    assert [t.name for t in past_events(articles, "séisme", 2031, _nowhere)] == [
        "Séisme in Split, 1996"
    ]


def test_a_town_word_that_opens_a_sentence_or_a_longer_name_is_no_place() -> None:
    """ "Split" opening a sentence, "Independence" of "Independence Day" (both towns of
    over 100,000), and Beslan (under it) place nothing."""
    articles = [
        _dated(0, "Attack", "Split opinions followed the attack of 2019."),
        _dated(1, "Attack", "The attack on Independence Day in 2018 was foiled."),
        _dated(2, "Attack", "An attack hit the town of Beslan in 2004."),
        _dated(3, "Attaque", "L'attaque du Independence Day de 2018 a échoué."),
    ]
    assert past_events(articles, "attack", 2031, _nowhere) == []
    assert past_events(articles, "attaque", 2031, _nowhere) == []


def test_a_sentence_that_writes_the_act_negated_names_no_earlier_event() -> None:
    articles = [
        _dated(0, "Pact", "There was no pact in Sofia in 2027, the envoy recalled."),
        _dated(1, "Pact", "The pact signed in Plovdiv in 2029 still holds."),
    ]
    found = past_events(articles, "pact", 2031, _PLACES.get)
    assert [t.name for t in found] == ["Pact in Plovdiv, 2029"]


def test_a_year_that_dates_another_noun_names_no_earlier_event() -> None:
    # The charter's signing is 1961's; the merger written beside it is the story's own.
    articles = [
        _dated(
            0,
            "Merger",
            "Mayors exchanged the merger deed at the charter of Varna, signed "
            "in 1961 by nine towns.",
        ),
        _dated(1, "Fusion", "L'acte de fusion de la charte de Varna, signée en 1961, fut remis."),
        _dated(2, "Merger", "The merger that Plovdiv made in 1998 was the first."),  # its own
    ]
    languages = {"000": "en", "001": "fr", "002": "en"}
    found = past_events(articles, "merger", 2031, _PLACES.get, languages)
    assert [t.name for t in found] == ["Merger in Plovdiv, 1998"]
    found = past_events(articles, "fusion", 2031, _PLACES.get, languages)
    assert found == []


def test_a_toll_written_like_a_year_dates_no_earlier_event() -> None:
    # "2000 dead", "1999 victims": counts, not the years 2000 and 1999; a real year stays.
    articles = [
        _dated(0, "Flood", "Flooding after a flood in Plovdiv; 2000 dead."),
        _dated(1, "Flood", "The flood in Varna left 1999 victims."),
        _dated(2, "Flood", "The flood of 2001 in Sofia killed ten."),
    ]
    found = past_events(articles, "flood", 2031, _PLACES.get)
    assert [t.name for t in found] == ["Flood in Sofia, 2001"]
