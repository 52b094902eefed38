"""An outage or a flood names itself by the word the leads of several languages share, and a
country-wide event by its countries (made-up texts in English, Italian, Polish, Dutch,
German, Spanish and French)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_place import country_wide
from briefing.topics.event_shared import Lead, shared_act
from briefing.topics.events import main_event

OUTAGE = [
    Lead("en", "Power cut leaves Vell dark", "A power cut left Vell dark; a blackout hit trams."),
    Lead("en", "Blackout in Vell", "The blackout halted trams after power lines failed."),
    Lead("it", "Blackout a Vell", "Un grande blackout ha fermato i tram di Vell."),
    Lead("pl", "Ogromny blackout", "Blackout sparaliżował tramwaje w mieście Vell."),
    Lead("nl", "Stroomstoring in Vell", "Een blackout legde de trams in Vell stil."),
]


def test_the_word_three_languages_write_alike_names_the_act() -> None:
    # "power" is in both English leads, "blackout" in English, Italian, Polish and Dutch.
    assert shared_act({"power", "blackout", "trams"}, "power", OUTAGE) == "blackout"


def test_another_shared_word_in_other_languages() -> None:
    leads = [
        Lead("en", "Voters go to the polls", "Voters in Arlo cast ballots in the referendum."),
        Lead("en", "Referendum day", "Polls opened for the referendum; voters queued early."),
        Lead("de", "Referendum in Arlo", "Das Referendum über die Verfassung begann heute."),
        Lead("nl", "Referendum", "Het referendum in Arlo trekt veel kiezers."),
    ]
    assert shared_act({"voters", "referendum", "polls"}, "voters", leads) == "referendum"


def test_a_place_or_thing_noun_the_languages_share_names_nothing() -> None:
    # "region" and "hotel" are written alike in four languages and in headlines: things
    # and places the story touched, never what happened.
    leads = [
        Lead("en", "Region without water", "The region lost water; a hotel was shut."),
        Lead("en", "Hotel closed in the region", "In the region a hotel shut its doors."),
        Lead("de", "Region ohne Wasser", "Die Region hat kein Wasser, das Hotel schloss."),
        Lead("pl", "Hotel zamknięty", "Region bez wody; hotel zamknięty."),
        Lead("nl", "Regio zonder water", "De region... het hotel is dicht."),
    ]
    assert shared_act({"region", "hotel", "water"}, "water", leads) is None


def test_a_word_no_headline_carries_names_nothing() -> None:
    # "metro" is in every language's lead, but no headline says it: a detail of the story.
    leads = [
        Lead("en", "Floods in Arlo", "Floods closed the metro in Arlo."),
        Lead("en", "Arlo under water", "Floods shut the metro and roads."),
        Lead("it", "Alluvione ad Arlo", "L'alluvione ha chiuso la metro."),
        Lead("es", "Inundaciones en Arlo", "Las inundaciones cerraron el metro."),
    ]
    assert shared_act({"floods", "metro"}, "floods", leads) is None


def test_two_languages_are_no_shared_word_and_a_shared_choice_stays() -> None:
    assert shared_act({"power", "blackout"}, "power", OUTAGE[:3]) is None  # en, it
    # The English choice is itself written in as many languages: it stays.
    leads = [
        *OUTAGE[:3],
        Lead("it", "Power e blackout", "Niente power, blackout a Vell."),
        Lead("pl", "Blackout", "Power padł: blackout w Vell."),
    ]
    assert shared_act({"power", "blackout"}, "power", leads) is None


def _place(name: str, articles: int, *aliases: str) -> Topic:
    mentions = tuple(Mention(f"{i:03d}", Span(0, 0, 1), name) for i in range(articles))
    return Topic(name.casefold(), name, "place", (name, *aliases), mentions)


NORWAY = _place("Norway", 9, "Norwegen", "Norvège", "Noruega")
SWEDEN = _place("Sweden", 8, "Schweden", "Suède", "Suecia")
OSKO = _place("Osko", 4)  # a made-up town in Norway
EVERY = [NORWAY, SWEDEN, OSKO]


def test_leads_that_name_countries_alone_make_the_event_country_wide() -> None:
    leads = [
        "A blackout left much of Norway and Sweden dark on Monday.",
        "In Norwegen und Schweden fiel am Montag der Strom aus.",
        "Una gran avería dejó sin luz a Noruega y Suecia.",
        "Trams stopped in Osko as the grid failed.",  # a reporter's town
    ]
    assert country_wide(leads, EVERY) == "Norway and Sweden"


def test_a_town_most_leads_name_is_where_it_happened() -> None:
    leads = [
        "An earthquake struck Norway, centred near Osko.",
        "Un séisme a frappé la Norvège près d'Osko.",
        "Ein Erdbeben in Osko, Norwegen, zerstörte Häuser.",
        "The quake was felt in Norway and Sweden.",
    ]
    assert country_wide(leads, EVERY) is None


def test_one_lead_or_a_tie_names_no_country() -> None:
    assert country_wide(["A blackout hit Norway."], EVERY) is None
    tie = ["Floods in Norway.", "Floods in Sweden.", "Norway floods.", "Sweden floods."]
    assert country_wide(tie, EVERY) is None


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 6, 2))
    return replace(found, language=language)


def test_an_outage_across_two_countries_is_named_by_its_shared_word() -> None:
    articles = [
        _dated(
            0,
            "en",
            "Power cut leaves Norway and Sweden dark",
            "A massive power cut left much of Norway and Sweden without electricity on Monday.",
            "Trams stopped in Osko as the blackout spread, officials said.",
        ),
        _dated(
            1,
            "en",
            "Blackout hits Norway and Sweden",
            "A blackout brought Norway and Sweden to a halt; power lines failed across both.",
        ),
        _dated(
            2,
            "en",
            "Power restored after hours",
            "Power returned to Norway and Sweden after the blackout, the grid operator said.",
        ),
        _dated(3, "it", "Blackout in Norvegia", "Un enorme blackout in Norvegia e Svezia lunedì."),
        _dated(4, "pl", "Ogromny blackout", "Blackout w Norwegii i Szwecji sparaliżował kraj."),
        _dated(5, "de", "Stromausfall", "In Norwegen und Schweden fiel am Montag der Strom aus."),
        _dated(6, "es", "Apagón masivo", "Un apagón dejó sin luz a Noruega y Suecia el lunes."),
        _dated(7, "nl", "Blackout", "Een blackout trof Noorwegen en Zweden op maandag."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Blackout in Norway and Sweden"), name


def test_leads_sharing_only_a_number_word_name_no_shared_act() -> None:
    # Every language writes "million" and "metro" alike; no act word is shared.
    articles = [
        _dated(0, "en", "A million without trams", "A million people had no metro in Osko."),
        _dated(1, "en", "Million stranded", "The metro left a million stranded in Osko."),
        _dated(2, "de", "Eine Million", "Eine Million Menschen ohne Metro in Osko."),
        _dated(3, "it", "Un milione", "Un million di persone senza metro a Osko."),
        _dated(4, "nl", "Een miljoen", "Een million mensen zonder metro in Osko."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is None or not name.casefold().startswith(("million", "metro")), name
