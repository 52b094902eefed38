"""A body's own act names the main event when the leads share no act word
(:mod:`.event_decided`).

Made-up leads: a central bank "has ended" negative rates and "scraps" its policy "with its
first rate hike"; the act is the theme the leads write as the body's ("its first rate
hike"), and the body is the one they open with: "Central Bank of Varnia’s rate hike".
Look-alikes: a body named everywhere that the leads do not write as acting, a decision that
is background ("its 2016 decision", "after its decision"), a phrase that qualifies another
noun ("its interest rate policy"), and a single lead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_decided import decided_act
from briefing.topics.events import main_event, with_main_event


def _topic(name: str, kind: str, *aliases: str, articles: int = 4) -> Topic:
    return Topic(
        id=name.casefold().replace(" ", "-"),
        name=name,
        kind=kind,
        aliases=(name, *aliases),
        mentions=tuple(Mention(f"a{n}", Span(0, 0, len(name)), name) for n in range(articles)),
    )


_BANK = _topic("Central Bank of Varnia", "organisation", "CBV", "Banque centrale de Varnie")
_HIKE = _topic("rate hike", "theme", articles=2)
_RATE = _topic("interest rate", "theme", "interest rates", articles=3)
_TOPICS = [_BANK, _HIKE, _RATE]

_ENDED = (
    "The Central Bank of Varnia has ended nine years…\n"
    "The Central Bank of Varnia has ended nine years of negative interest rates.\n"
    "While the move was Varnia's first rate hike in nine years, rates stay near zero."
)
_SCRAPS = (
    "Central Bank of Varnia scraps negative interest rate policy with first rate hike\n"
    "PORTO VARNO -- The Central Bank of Varnia (CBV) on Tuesday scrapped its negative "
    "interest rate policy in its first rate hike in nine years."
)


def test_the_act_the_leads_write_as_the_bodys_names_the_event() -> None:
    found = decided_act([_ENDED, _SCRAPS], _TOPICS, 3)
    assert found is not None
    assert found.phrase == "Central Bank of Varnia’s rate hike"
    assert (found.head, found.act) == ("hike", "rate hike")


def test_a_body_named_everywhere_that_does_not_act_names_nothing() -> None:
    english = [
        "Farmers protest outside the Central Bank of Varnia\n"
        "Farmers blocked the Central Bank of Varnia's gates, angry at its first rate hike.",
        "Thousands march on the Central Bank of Varnia\n"
        "Thousands marched against the Central Bank of Varnia and its first rate hike.",
    ]
    assert decided_act(english, _TOPICS, 3) is None


def test_a_decision_in_the_background_is_no_event() -> None:
    decision = _topic("decision", "theme", articles=2)
    english = [
        "The Central Bank of Varnia kept rates unchanged\n"
        "The Central Bank of Varnia kept rates unchanged, eight years after its decision "
        "to introduce negative rates.",
        "Central Bank of Varnia holds rates\n"
        "The Central Bank of Varnia held its rates, defending its 2016 decision to go negative.",
    ]
    assert decided_act(english, [_BANK, decision], 3) is None


def test_a_phrase_that_qualifies_another_noun_is_not_the_act() -> None:
    english = [
        "The Central Bank of Varnia has reviewed its interest rate policy.",
        "Central Bank of Varnia scraps its interest rate policy on Tuesday.",
    ]
    assert decided_act(english, [_BANK, _RATE], 3) is None


def test_what_the_body_acted_on_is_not_its_act() -> None:
    benchmark = _topic("benchmark rate", "theme", articles=2)
    english = [
        "The Central Bank of Varnia raised its benchmark rate by half a point.",
        "Central Bank of Varnia lifts its benchmark rate, markets fall\n"
        "The Central Bank of Varnia lifted its benchmark rate on Tuesday.",
    ]
    assert decided_act(english, [_BANK, benchmark], 3) is None


def test_one_lead_is_not_enough() -> None:
    assert decided_act([_SCRAPS], _TOPICS, 3) is None


def test_a_body_named_in_too_few_articles_is_not_whose_act() -> None:
    assert decided_act([_ENDED, _SCRAPS], _TOPICS, 5) is None


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 3, 11))
    return replace(found, language=language)


_PACKET = [
    _dated(
        0,
        "en",
        "The Central Bank of Varnia has ended nine years…",
        "The Central Bank of Varnia has ended nine years of negative interest rates and "
        "other remnants of its unusual policy on Tuesday, 11 March 2031.",
        "While the move was Varnia's first rate hike in nine years, rates stay near zero, "
        "analysts say.",
    ),
    _dated(
        1,
        "en",
        "Central Bank of Varnia scraps negative interest rate policy with first rate hike",
        "PORTO VARNO -- The Central Bank of Varnia (CBV) on Tuesday scrapped its negative "
        "interest rate policy in its first rate hike in nine years.",
        "The rate hike was widely expected by markets in Porto Varno.",
    ),
    _dated(
        2,
        "fr",
        "La Banque centrale de Varnie relève son taux directeur",
        "La Banque centrale de Varnie a relevé mardi son taux directeur, une première depuis "
        "neuf ans, mettant fin aux taux négatifs.",
    ),
    _dated(
        3,
        "fr",
        "La Banque centrale de Varnie met fin aux taux négatifs",
        "La Banque centrale de Varnie a mis fin mardi à sa politique de taux négatifs.",
    ),
]


def test_a_decision_in_two_languages_heads_the_topics() -> None:
    topics = extract_topics(_PACKET)
    name = main_event(_PACKET, topics)
    assert name is not None and name.startswith("Central Bank of Varnia’s rate hike"), name
    listed = with_main_event(_PACKET, topics)
    event = listed[0]
    assert event.kind == "event" and event.name == name
    assert "rate hike" in event.aliases
    assert main_event(_PACKET, listed) == name  # the same name once the event is listed


def test_a_courts_ruling_written_as_its_names_the_event() -> None:
    court = _topic("Varnia Supreme Court", "organisation", "Supreme Court")
    ruling = _topic("final ruling", "theme", articles=2)
    english = [
        "Varnia Supreme Court annuls the vote\n"
        "The Varnia Supreme Court annulled the vote on Friday in its final ruling.",
        "The Supreme Court has annulled the vote\n"
        "The Supreme Court annulled the vote; the court's final ruling, which cannot be appealed.",
    ]
    found = decided_act(english, [court, ruling], 3)
    assert found is not None and found.phrase == "Varnia Supreme Court’s final ruling"
