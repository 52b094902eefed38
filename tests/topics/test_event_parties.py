"""One named party's act on another names the main event (made-up packets, not the seeds).

Leads that write two names the same way round with a verb between them ("Norvik takes over
Tellaro", "Norvik kauft Tellaro") tell a takeover; the English texts' noun for the verb names
it with both parties. A word the texts write only in passing, a meeting written both ways
round and a place as the second name make no such act.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_leads import lead_of
from briefing.topics.event_parties import frames, party_act, verb_of
from briefing.topics.events import main_event, with_main_event


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 6, 2))
    return replace(found, language=language)


_TAKEOVER = [
    _dated(
        0,
        "en",
        "Norvik is buying Tellaro in bid to calm markets",
        "Norvik is buying Tellaro after a week of turmoil, said the chief of Norvik.",
        "The takeover of Tellaro was announced by the finance ministry in Oslo on Sunday.",
    ),
    _dated(
        1,
        "en",
        "Norvik takes over Tellaro",
        "Norvik takes over Tellaro for two billion crowns, the regulator said.",
        "The takeover ends a week in which savers moved their money to Norvik.",
    ),
    _dated(
        2,
        "en",
        "Norvik agrees to buy Tellaro",
        "Norvik agreed to buy its ailing rival Tellaro in a deal brokered by the regulator.",
        "Norvik's takeover of Tellaro makes it the largest lender in the region.",
    ),
    _dated(
        3,
        "de",
        "Norvik übernimmt Tellaro",
        "Die Bank Norvik übernimmt die angeschlagene Tellaro, teilte die Aufsicht mit.",
        "Die Aktien von Norvik und Tellaro stiegen am Montag.",
    ),
    _dated(
        4,
        "de",
        "Norvik kauft Tellaro",
        "Norvik kauft Tellaro nach einer Woche voller Unruhe an den Märkten.",
        "Die Übernahme wurde am Sonntagabend in Oslo bekanntgegeben.",
    ),
    _dated(
        5,
        "de",
        "Norvik übernimmt die Rivalin",
        "Norvik übernimmt Tellaro, nachdem die Sparer ihr Geld abgezogen hatten.",
        "Der Staat sichert die Bank Norvik gegen Verluste ab.",
    ),
]


def test_a_takeover_in_two_languages_is_named_by_its_noun_with_both_parties() -> None:
    topics = extract_topics(_TAKEOVER)
    name = main_event(_TAKEOVER, topics)
    assert name is not None and name.startswith("Takeover of Tellaro by Norvik"), name
    event = with_main_event(_TAKEOVER, topics)[0]
    assert event.kind == "event" and event.name == name
    # The German leads' verb is the act too: the event is counted in those articles.
    assert {"takeover", "übernimmt", "kauft"} <= set(event.aliases)
    assert {"003", "004", "005"} <= set(event.articles)


def test_an_act_word_written_in_passing_names_nothing() -> None:
    """A fire story: the takeover is background in one article, and the two companies
    stand together in one lead only."""
    articles = [
        _dated(
            0,
            "en",
            "Fire destroys Norvik plant in Oslo",
            "A fire destroyed the Norvik plant in Oslo on Sunday night.",
            "Norvik bought Tellaro last year; the takeover of Tellaro was its largest.",
        ),
        _dated(
            1,
            "en",
            "Norvik plant fire",
            "The fire at the Norvik plant in Oslo burned for six hours.",
            "The takeover of Tellaro last year doubled the plant's staff.",
        ),
        _dated(
            2,
            "en",
            "Fire in Oslo",
            "Firefighters fought the fire at the Norvik plant in Oslo until dawn.",
        ),
        _dated(3, "de", "Brand in Oslo", "Ein Brand zerstörte das Werk von Norvik in Oslo."),
        _dated(4, "de", "Großbrand bei Norvik", "Der Brand im Norvik-Werk in Oslo ist gelöscht."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is None or not name.startswith("Takeover"), name


def test_a_meeting_written_both_ways_round_is_no_ones_act_on_the_other() -> None:
    articles = [
        _dated(n, "en", title, lead)
        for n, (title, lead) in enumerate(
            [
                ("Ardent meets Boren", "Ardent met Boren in Geneva on Sunday for the talks."),
                ("Boren meets Ardent", "Boren met Ardent in Geneva for the first meeting."),
                ("Ardent meets Boren again", "Ardent meets Boren; the meeting lasted hours."),
                ("Boren welcomes Ardent", "Boren welcomed Ardent at the meeting in Geneva."),
                ("Ardent hosts Boren", "Ardent hosted Boren at the meeting, their second."),
            ]
        )
    ]
    topics = extract_topics(articles)
    leads = {a.id: lead_of(a) for a in articles}
    languages = {a.id: "en" for a in articles}
    found = {(a.name, b.name) for a, b in frames(articles, topics, languages, leads)}
    assert {("Ardent", "Boren"), ("Boren", "Ardent")} <= found  # written both ways round
    assert party_act(articles, topics, languages, leads) is None
    name = main_event(articles, topics)
    assert name is None or " by " not in name, name


def test_the_verb_of_a_slot_is_shown_by_its_form_and_needs_an_object() -> None:
    assert verb_of(["agreed", "to", "buy"]) == ("buy", None)
    assert verb_of(["will", "take", "over", "its", "rival"]) == ("take", "over")
    assert verb_of(["is", "buying"]) == ("buying", None)
    assert verb_of(["acquires"]) == ("acquires", None)
    assert verb_of(["bank"]) is None  # "Swiss bank Credit Suisse": no verb's form
    assert verb_of(["met", "with"]) is None  # a preposition: no object follows
    assert verb_of(["and"]) is None


def test_a_visit_to_a_name_is_no_act_done_to_it() -> None:
    """The texts write the visit "to" Varnia, never "of" it: Varnia is where, not whom."""
    articles = [
        _dated(n, language, title, lead)
        for n, (language, title, lead) in enumerate(
            [
                (
                    "en",
                    "Brell visits Varnia",
                    "Anton Brell visits Varnia; Brell's visit to Varnia began.",
                ),
                (
                    "en",
                    "Brell visits Varnia",
                    "Anton Brell visited Varnia, and the visit ended well.",
                ),
                (
                    "en",
                    "Brell in Varnia",
                    "Anton Brell visits Varnia for the first time this year.",
                ),
                (
                    "de",
                    "Brell besucht Varnia",
                    "Anton Brell besucht Varnia, der Besuch dauert zwei Tage.",
                ),
            ]
        )
    ]
    topics = extract_topics(articles)
    leads = {a.id: lead_of(a) for a in articles}
    languages = {a.id: a.language or "en" for a in articles}
    assert party_act(articles, topics, languages, leads) is None
