"""With one or two English leads, the act is the one most articles of every language state
happened, by its root; a description no lead states and no other language writes is no act
(made-up leads: a balloon that burst after lift-off, a market district's crowd)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.event_shared import Lead
from briefing.topics.event_stated import shared_noun, stated_act, unstated
from briefing.topics.events import main_event

#: A balloon: both English leads write the lift-off as often as the burst.
_BALLOON_EN = [
    "Skyward’s balloon detonated minutes after liftoff from Varn on Friday.",
    "The Skyward balloon came apart after its liftoff from Varn.",
]
_BALLOON_OTHERS = [
    Lead("fr", "Le ballon a détoné", "Le ballon de Skyward a détoné en vol vendredi."),
    Lead("de", "Ballon detoniert", "Der Ballon ist kurz nach dem Start detoniert."),
    Lead("es", "El globo detonó", "El globo de Skyward detonó en el aire."),
    Lead("de", "Detonation über Varn", "Die Detonation war weithin zu hören."),
    Lead("ru", "Шар взорвался", "Шар взорвался в полёте."),
]
_BALLOON_BODIES = [
    ("fr", "La détonation a eu lieu à 10 heures."),
    ("es", "La detonación se vio desde la costa."),
    ("de", "Die Detonation war weithin zu hören; der Ballon detonierte."),
]


def _leads(english: list[str], others: list[Lead]) -> list[Lead]:
    return [*(Lead("en", "", text) for text in english), *others]


def test_the_act_most_leads_state_by_its_root_replaces_the_setting() -> None:
    leads = _leads(_BALLOON_EN, _BALLOON_OTHERS)
    candidates = {"liftoff", "detonated", "balloon", "minutes"}
    # "detonated" (stated: "-ed"), "détoné", "detoniert", "detonó", "Detonation": one act.
    assert stated_act(candidates, "liftoff", _BALLOON_EN, leads) == "detonated"
    # The English texts write no noun of it: the one two other languages spell alike does.
    assert shared_noun("detonated", _BALLOON_BODIES) == "detonation"


def test_a_choice_the_english_leads_state_themselves_stays() -> None:
    # "an earthquake struck": stated; the tsunami every language writes is its aftermath.
    english = [
        "An earthquake struck Varn on Friday, triggering a small tsunami.",
        "Homes fell in Varn after the earthquake. A tsunami alert was lifted.",
    ]
    others = [
        Lead("fr", "", "Un séisme a frappé Varn; un tsunami a suivi."),
        Lead("es", "", "Un terremoto sacudió Varn y causó un tsunami."),
        Lead("de", "", "Ein Erdbeben löste einen Tsunami aus."),
    ]
    leads = _leads(english, others)
    assert stated_act({"earthquake", "tsunami"}, "earthquake", english, leads) is None


def test_a_word_no_english_lead_states_is_never_chosen() -> None:
    # "balloon" is written by most languages too ("ballon", "Ballon"), but as a thing:
    # no "-ed" form, never brought in by "a": it is not what happened.
    leads = _leads(_BALLOON_EN, _BALLOON_OTHERS)
    assert stated_act({"balloon"}, "liftoff", _BALLOON_EN, leads) is None


def test_many_english_leads_or_few_languages_keep_the_english_choice() -> None:
    three = [*_BALLOON_EN, "A balloon detonated over Varn."]
    candidates = {"liftoff", "detonated"}
    assert stated_act(candidates, "liftoff", three, _leads(three, _BALLOON_OTHERS)) is None
    two_languages = _leads(_BALLOON_EN, [x for x in _BALLOON_OTHERS if x.language == "fr"])
    assert stated_act(candidates, "liftoff", _BALLOON_EN, two_languages) is None


def test_a_root_few_of_the_articles_write_is_a_detail() -> None:
    # Three languages write it, but in three of ten articles: not what most say happened.
    others = [
        Lead("fr", "", "Le ballon a détoné."),
        Lead("de", "", "Der Ballon detonierte."),
        *(Lead("ru", "", "Шар.") for _ in range(6)),
    ]
    leads = _leads(_BALLOON_EN, others)
    assert stated_act({"liftoff", "detonated"}, "liftoff", _BALLOON_EN, leads) is None


def test_a_root_other_languages_write_no_more_than_the_choice_changes_nothing() -> None:
    others = [Lead("fr", "", "Le ballon."), Lead("de", "", "Der Ballon."), Lead("ru", "", "Шар.")]
    leads = _leads(_BALLOON_EN, others)
    assert stated_act({"liftoff", "detonated"}, "liftoff", _BALLOON_EN, leads) is None


#: A market district: both English leads describe it, neither states the description happened.
_MARKET_EN = [
    "The narrow lanes of Orvel, the lantern-lit market quarter of Varn, were full on Friday.",
    "Dozens were hurt in a sudden crowd surge in Varn’s market quarter Orvel on Friday.",
]
_MARKET_OTHERS = [
    Lead("fr", "", "Des dizaines de blessés dans une bousculade à Orvel."),
    Lead("de", "", "Ein Gedränge in Orvel forderte Dutzende Verletzte."),
    Lead("es", "", "Decenas de heridos en una avalancha en Orvel."),
]


def test_a_description_no_lead_states_and_no_language_writes_is_no_act() -> None:
    leads = _leads(_MARKET_EN, _MARKET_OTHERS)
    assert unstated("market", _MARKET_EN, leads)
    # What a lead brings in as new ("a sudden crowd surge") is stated: kept.
    assert not unstated("surge", _MARKET_EN, leads)
    # A word another language's lead writes by the same root is kept too.
    written = [*_MARKET_OTHERS, Lead("es", "", "El market de Orvel estaba lleno.")]
    assert not unstated("market", _MARKET_EN, _leads(_MARKET_EN, written))
    # A word a lead also says on its own ("the market closed") is no mere qualifier: kept.
    closed = [_MARKET_EN[0], _MARKET_EN[1] + " The market closed."]
    assert not unstated("market", closed, _leads(closed, _MARKET_OTHERS))
    # Three English leads: their count is trusted, as before.
    three = [*_MARKET_EN, "Orvel’s market quarter was shut on Saturday."]
    assert not unstated("market", three, _leads(three, _MARKET_OTHERS))


def test_a_noun_only_one_other_language_writes_is_no_shared_noun() -> None:
    assert shared_noun("detonated", [("fr", "La détonation.")]) is None
    assert shared_noun("detonated", [("en", "The detonation."), ("fr", "La détonation.")]) is None
    # The verb's own forms are no noun, however alike: "detonates" has the verb's stem.
    assert shared_noun("detonated", [("fr", "detonates"), ("de", "detonates")]) is None


def _dated(n: int, language: str, title: str, *paragraphs: str) -> Article:
    found = replace(article(f"{n:03d}", *paragraphs), title=title, date=dt.date(2031, 6, 2))
    return replace(found, language=language)


def test_the_main_event_is_named_by_the_act_the_leads_of_every_language_state() -> None:
    """Two English leads write the lift-off as often as the detonation; the French, German
    and Spanish leads write the detonation. The English texts write no noun of it."""
    articles = [
        _dated(
            0,
            "en",
            "Skyward balloon detonates minutes after liftoff",
            "Skyward's giant balloon detonated on Friday minutes after liftoff from Varn.",
            "The balloon was the largest ever flown from Varn.",
        ),
        _dated(
            1,
            "en",
            "",
            "The Skyward balloon came apart after its liftoff from Varn on Friday.",
            "Engineers said the liftoff itself went well.",
        ),
        _dated(2, "fr", "", "Le ballon géant de Skyward a détoné vendredi au-dessus de Varn.",
               "La détonation a été entendue au loin."),
        _dated(3, "fr", "", "Peu après son décollage, le ballon de Skyward a détoné vendredi.",
               "Les ingénieurs étudient la détonation."),
        _dated(4, "de", "", "Der Riesenballon von Skyward ist am Freitag über Varn detoniert.",
               "Die Detonation war weithin zu hören."),
        _dated(5, "es", "", "El globo gigante de Skyward detonó el viernes sobre Varn.",
               "La detonación se vio desde la costa."),
        _dated(6, "es", "", "El globo de Skyward detonó poco después de despegar de Varn.",
               "La detonación sorprendió a todos."),
        _dated(7, "ru", "", "Воздушный шар компании Skyward взорвался в пятницу над Варном.",
               "Взрыв был слышен издалека."),
    ]  # fmt: skip
    name = main_event(articles, extract_topics(articles))
    assert name is not None and name.startswith("Detonation")
