"""A moment the act is dated by ("shortly after takeoff") is never the act (made-up leads)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_when import circumstances, inflected_common
from briefing.topics.events import main_event


def _words(text: str) -> list[str]:
    return text.replace(",", " ").replace(".", " ").split()


def test_a_bare_word_only_ever_after_a_preposition_of_time_is_a_circumstance() -> None:
    leads = [
        _words("The ferry capsized shortly after departure from Bergen."),
        _words("Ferry Capsizes Minutes After Departure"),
        _words("The ferry capsized soon after departure, rescuers said."),
    ]
    assert circumstances(leads, ["en"] * 3) == {"departure"}


def test_the_same_in_french_and_spanish_leads() -> None:
    leads = [
        _words("Le car s'est renversé peu après démarrage à Lyon."),
        _words("Le car s'est renversé juste après démarrage."),
        _words("El autobús volcó tras despegue en Sevilla."),
        _words("El autobús volcó poco tras despegue."),
    ]
    assert circumstances(leads, ["fr", "fr", "es", "es"]) == {"démarrage", "despegue"}


def test_an_act_written_with_its_article_or_alone_is_no_circumstance() -> None:
    """ "mourning after the attack": the attack follows an article; "Chaos after blackout"
    drops it in a headline, but another lead writes "the blackout" as its subject."""
    leads = [
        _words("Mourning after the attack in Tver."),
        _words("Condolences after the attack."),
        _words("Chaos after blackout in Lisbon."),
        _words("Trains stop after blackout."),
        _words("The blackout hit Lisbon at noon."),
    ]
    assert circumstances(leads, ["en"] * 5) == frozenset()


def test_one_lead_is_not_enough() -> None:
    leads = [_words("It sank after launch."), _words("The launch went well.")]
    assert circumstances(leads[:1], ["en"]) == frozenset()
    assert circumstances(leads, ["en", "en"]) == frozenset()


def test_a_headlines_capitalised_inflection_is_a_common_word() -> None:
    common = {"capsized", "rescuers"}
    assert inflected_common(common, {"capsizes", "bergen", "ferry"}) == {"capsizes"}
    # A short name is never read as a word's form, nor a name sharing no stem.
    assert inflected_common({"ufas"}, {"ufa", "tver"}) == set()


def _dated(n: int, title: str, text: str) -> Article:
    found = replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 4, 14))
    return replace(found, language="en")


def test_the_event_is_the_act_and_not_the_moment_it_followed() -> None:
    """Every lead writes the departure as often as the derailment: the derailment is the act."""
    articles = [
        _dated(
            0,
            "Train Derails Shortly After Departure From Bergen",
            "A train derailed shortly after departure from Bergen on Sunday; the derailment "
            "hurt ten people, officials said.",
        ),
        _dated(
            1,
            "Rescue under way near Bergen",
            "A passenger train derailed shortly after departure from Bergen, and rescuers "
            "pulled forty people from the carriages.",
        ),
        _dated(
            2,
            "Dozens saved off Bergen",
            "The train derailed minutes after departure, in calm weather near Bergen.",
        ),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and "departure" not in name.casefold(), name
    assert name.casefold().startswith("derail"), name
