"""The event as the object of a preposition in a lede ("we know more about the origin of the
storm") is not the sentence's subject, so it is not named "early". Every text is written for
these tests."""

from __future__ import annotations

from analysis.builders import article_in
from analysis.lede_fixtures import EVENT, TOPICS
from analysis.lede_fixtures import lede as _lede

from briefing.analysis import extract_timeline
from briefing.brief_lede import score_ledes
from briefing.brief_lede_governed import governed, ungoverned
from briefing.brief_when import event_when


def _at(text: str, name: str, language: str) -> bool:
    return governed(text, text.index(name), language)


def test_the_event_after_a_preposition_is_governed_in_each_language() -> None:
    assert _at("We now know more about the origin of the storm in Velmora.", "storm", "en")
    assert _at("Questions remain over the deadly storm that hit Velmora.", "storm", "en")
    assert _at("On en sait plus sur l'origine de la violente tempête de Velmora.", "tempête", "fr")
    assert _at("On ignore la cause d'une tempête aussi forte.", "tempête", "fr")
    assert _at("Nach dem schweren Sturm in Velmora beginnt die Suche.", "Sturm", "de")
    assert _at("Se investiga el origen de la tormenta de Velmora.", "tormenta", "es")
    assert _at("Следователи выясняют подробности о шторме в Вельморе.", "шторме", "ru")


def test_the_event_as_subject_or_agent_is_not_governed() -> None:
    assert not _at("The violent storm hit Velmora on Tuesday.", "storm", "en")
    assert not _at("Velmora was struck by a violent storm on Tuesday.", "storm", "en")
    assert not _at("Une très violente tempête a frappé Velmora mardi.", "tempête", "fr")
    assert not _at("Le port a été dévasté par la tempête mardi.", "tempête", "fr")
    assert not _at("Zwölf Menschen starben bei dem Sturm in Velmora.", "Sturm", "de")
    # A count or kind of the act ("a wave of", "une série de") heads the act, not another
    # thing; look-alikes: a definite head ("the cause of") and another preposition ("a
    # day after") stay governed.
    assert not _at("A wave of storms hit Velmora on Tuesday.", "storms", "en")
    assert not _at("Une série de tempêtes a frappé Velmora.", "tempêtes", "fr")
    assert _at("The cause of the storms is not known.", "storms", "en")
    assert _at("Velmora mourned a day after the storm.", "storm", "en")
    # Look-alikes: a preposition before a capitalised day, punctuation or a figure between;
    # a language whose prepositions are not listed (Japanese postpositions) stays silent.
    assert not _at("Late on Tuesday a storm hit Velmora.", "storm", "en")
    assert not _at("In Velmora, the storm sank two ferries.", "storm", "en")
    assert not _at("Of 2031 storms, this one was the worst.", "storms", "en")
    assert not _at("ヴェルモラの嵐で港が壊れた。", "嵐", "ja")


def test_only_the_acts_own_noun_is_read_and_a_named_storm_is_no_act() -> None:
    text = "We know more about the storm that sank two ferries at Velmora and killed twelve."
    assert ungoverned(text, ["storm"], "en") == []
    assert ungoverned(text, ["storm"], "ja") == [text.index("storm")]  # no list: silent
    plain = "The storm sank two ferries at Velmora."
    assert ungoverned(plain, ["storm"], "en") == [4]
    # Look-alikes: a named storm is what acted, whatever governs it; the act's own verb
    # phrase ("filed for bankruptcy") and a cause ("killed in the blast") are not governed.
    named = "The toll from Storm Irma in Velmora rose to twelve."
    assert ungoverned(named, ["Storm Irma"], "en") == [named.index("Storm Irma")]
    filed = "Velmora Shipping filed for bankruptcy on Friday."
    assert ungoverned(filed, ["bankruptcy"], "en") == [filed.index("bankruptcy")]
    killed = "Twelve were killed in the blast at Velmora."
    assert ungoverned(killed, ["blast"], "en") == [killed.index("blast")]


def test_the_storm_that_struck_beats_what_is_known_of_its_origin() -> None:
    # Both undated, in French, each with a toll and a weekday: without the rule they tie
    # and the first article's sentence, the origin, wins.
    known = (
        "On en sait un peu plus sur l'origine de la tempête qui a fait 12 morts et 40 blessés "
        "dans le port de Velmora, au sud du pays."
    )
    struck = "Une très violente tempête a frappé mardi le port de Velmora, tuant douze marins."
    articles = [article_in("fr", "a", known), article_in("fr", "b", struck)]
    scored = score_ledes(
        articles, TOPICS, timeline=extract_timeline(articles), when=event_when(EVENT),
        main_event=EVENT,
    )  # fmt: skip
    early = {c.lede.text: parts["early"] for c, parts in scored}
    assert early == {known: 0, struck: 1}
    assert _lede(articles) == struck
