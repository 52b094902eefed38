"""A place noun is never the act, and the act every language writes names the event when a
few English leads share a thing's word more (made-up packets and topics)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_across import Act, act_across, acts_of
from briefing.topics.events import main_event


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 6, 2))
    return replace(found, language=language)


def _theme(name: str, ids: list[str], *aliases: str, kind: str = "theme") -> Topic:
    mentions = tuple(Mention(i, Span(0, 0, 1), name) for i in ids)
    return Topic(name, name, kind, (name, *aliases), mentions)  # type: ignore[arg-type]


LANGUAGES = {"e1": "en", "e2": "en", "f1": "fr", "s1": "es", "d1": "de"}
ERUPTION = _theme("eruption", ["e1", "f1", "s1"], "erupted", "erupting", "éruption", "erupción")


def test_a_theme_written_as_noun_and_verb_in_three_languages_is_an_act() -> None:
    lava = _theme("lava", ["e1", "f1", "s1", "d1"], "lave", "Lava")  # a thing: no verb
    fissure = _theme("fissure", ["e1", "f1", "s1"], "fissures")  # a plural is no verb
    twice = _theme("eruption", ["e1", "f1"], "erupted", "éruption")  # two languages only
    acts = acts_of([ERUPTION, lava, fissure, twice], LANGUAGES)
    assert [(a.articles, a.noun) for a in acts] == [(3, "eruption")]


def test_the_act_every_language_writes_replaces_a_thing_or_a_participle() -> None:
    acts = acts_of([ERUPTION], LANGUAGES)
    docs = Counter({"engulfed": 2, "lava": 2, "eruption": 2})
    assert act_across("engulfed", docs, acts) == "eruption"
    assert act_across("lava", docs, acts) == "eruption"


def test_an_act_the_leads_already_name_stays() -> None:
    acts = [Act(9, "eruption", frozenset({"eruption", "erupted"}))]
    # An act's noun by its shape, or one the act theme holds: never replaced.
    assert act_across("derailment", Counter({"derailment": 2, "eruption": 2}), acts) == (
        "derailment"
    )
    assert act_across("erupted", Counter({"erupted": 3, "eruption": 2}), acts) == "erupted"
    # A word more English leads write than the theme has articles: the count is no doubt.
    assert act_across("heist", Counter({"heist": 12, "eruption": 2}), acts) == "heist"
    # The theme's noun in one English lead only: no English lead vouches for it.
    assert act_across("lava", Counter({"lava": 3, "eruption": 1}), acts) == "lava"


def test_the_act_across_languages_names_the_event() -> None:
    """Three English leads share "lava" and "houses" more than "eruption"; the English,
    French and Spanish articles write the eruption, as a noun and as a verb."""
    articles = [
        _dated(0, "en", "Varek evacuated", "Lava engulfed houses in Varek during the eruption."),
        _dated(1, "en", "Night of fear in Varek", "Lava set houses on fire; the eruption went on."),
        _dated(2, "en", "Varek waits", "Lava engulfed more houses in Varek overnight."),
        _dated(3, "fr", "Éruption près de Varek", "L'éruption a détruit des maisons à Varek."),
        _dated(4, "es", "Erupción en Varek", "La erupción destruyó casas en Varek."),
        _dated(5, "de", "Lava erreicht Varek", "Die Lava hat Häuser in Varek zerstört."),
    ]
    varek = _theme("Varek", [f"{i:03d}" for i in range(6)], kind="place")
    eruption = _theme("eruption", ["000", "001", "002", "003", "004"], "erupted", "éruption")
    eruption = replace(eruption, aliases=(*eruption.aliases, "erupción"))
    lava = _theme("lava", ["000", "001", "002", "005"], "Lava")
    name = main_event(articles, [varek, eruption, lava])
    assert name is not None and name.startswith("Eruption in Varek"), name
    # Without the act theme, no English lead's thing word is made the act by it.
    other = main_event(articles, [varek, lava])
    assert other is None or not other.startswith("Eruption"), other


def test_a_town_is_never_the_act() -> None:
    """Every lead writes "town"; the flood is what happened to it."""
    articles = [
        _dated(0, "en", "Town of Arlo under water", "A flood hit the town of Arlo on Sunday."),
        _dated(1, "en", "Flood cuts off Arlo town", "The town of Arlo was cut off by the flood."),
        _dated(2, "en", "Town waits for help", "People of the town of Arlo fled the flood."),
        _dated(3, "en", "Arlo town clears mud", "The town of Arlo began clearing mud on Monday."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Flood in Arlo"), name


def test_a_town_s_own_anniversary_is_named_by_the_anniversary() -> None:
    """Look-alike: the story is about the town, and its act is still the anniversary."""
    articles = [
        _dated(0, "en", "Arlo town marks anniversary", "The town of Arlo marked the anniversary."),
        _dated(1, "en", "Anniversary party in Arlo", "Many joined the town's anniversary parade."),
        _dated(2, "en", "Arlo turns 500", "The anniversary of the town of Arlo drew crowds."),
    ]
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Anniversary in Arlo"), name


def test_a_subject_every_language_writes_is_not_replaced() -> None:
    """Look-alike: "conclave" is the subject half the articles write in every language; the
    election the English leads also write, as a noun and a verb, does not replace it."""
    articles = [
        _dated(0, "en", "Conclave opens", "The conclave opened; the election of a pope began."),
        _dated(1, "en", "Conclave, day two", "The conclave went on with no election yet."),
        _dated(2, "en", "Smoke over the conclave", "Black smoke rose as the conclave voted."),
        _dated(3, "it", "Il conclave", "Il conclave è iniziato; l'elezione del papa."),
        _dated(4, "de", "Das Konklave", "Das Konklave hat begonnen, die Wahl des Papstes."),
        _dated(5, "es", "El cónclave", "El cónclave sigue; la elección del papa."),
        _dated(6, "es", "Elección en Roma", "La elección del papa sigue en Roma."),
        _dated(7, "it", "Elezione a Roma", "L'elezione del papa continua a Roma."),
    ]
    ids = [f"{i:03d}" for i in range(8)]
    conclave = _theme("conclave", ids[:6], "Konklave", "cónclave")
    # Written in more articles than the English leads write "conclave" (6, headlines twice).
    election = _theme("election", ids, "elected", "elezione", "elección")
    name = main_event(articles, [conclave, election])
    assert name is not None and name.startswith("Conclave"), name
