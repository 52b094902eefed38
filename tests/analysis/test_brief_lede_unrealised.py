"""A lede that tells the act as not done (a prospect, a condition, a reported intent, a charge
against an unnamed suspect) is not what happened; a prelude's day is not the act's in the When
line. Every text is written for these tests."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle
from analysis.lede_fixtures import lede as _lede

from briefing.analysis import extract_timeline
from briefing.brief_act_day import act_day
from briefing.brief_lede_unrealised import unrealised
from briefing.brief_when import When, event_when, when_line
from briefing.model import Article

D = dt.date


def test_a_prospect_is_not_the_act() -> None:
    assert (
        unrealised("Varnia says the pilot met officials Monday, a move seemingly imminent.", "en")
        == "prospect"
    )
    assert (
        unrealised("The port is expected to close on Friday after the storm.", "en") == "prospect"
    )
    assert (
        unrealised("Le club est sur le point de conclure la vente du joueur.", "fr") == "prospect"
    )
    assert unrealised("La venta del astillero es inminente, según la prensa.", "es") == "prospect"
    assert unrealised("Der Verkauf der Werft steht kurz bevor.", "de") == "prospect"
    assert unrealised("Продажа верфи вот-вот состоится.", "ru") == "prospect"
    # Look-alikes: the act done; "set" as a verb of a done act.
    assert unrealised("The storm razed the port of Velmora on Tuesday.", "en") is None
    assert unrealised("Workers set fire to the old dock on Tuesday.", "en") is None
    assert unrealised("Le club a conclu la vente du joueur mardi.", "fr") is None


def test_a_condition_and_a_reported_intent_are_not_the_act() -> None:
    must = "Varnia says the fee must be paid in full if the pilot wants to leave."
    assert unrealised(must, "en") == "condition"
    assert unrealised("Die Gebühr muss bezahlt werden, wenn er gehen will.", "de") == "condition"
    told = "The pilot met the board on Monday to say he wanted to leave the airline."
    assert unrealised(told, "en") == "intent"
    assert (
        unrealised("Le pilote a dit au conseil qu'il voulait quitter la compagnie.", "fr")
        == "intent"
    )
    # Look-alikes: "even if" and "as if"; a wish that is no report; a done act with "if".
    assert unrealised("The fee was paid on Tuesday, even if the board would object.", "en") is None
    assert unrealised("The port looked as if a bomb had hit it, and would stay shut.", "en") is None
    assert unrealised("Fans wanted to see the pilot, and crowds filled the airport.", "en") is None


def test_a_charge_against_an_unnamed_suspect_is_not_the_act() -> None:
    charged = "The suspect is accused of attacking the minister in Brell on Wednesday."
    assert unrealised(charged, "en") == "charge"
    assert unrealised("A 58-year-old man was charged with attempted murder.", "en") == "charge"
    assert (
        unrealised("BRELL, Varnia (AP) — The suspect is accused of the attack.", "en") == "charge"
    )
    assert unrealised("Le suspect est accusé d'avoir tiré sur le ministre.", "fr") == "charge"
    assert unrealised("El sospechoso está acusado de disparar al ministro.", "es") == "charge"
    assert unrealised("Задержанный обвиняется в покушении на министра.", "ru") == "charge"
    # Look-alikes: a named subject (a trial's news may be the charge); an attacker acting.
    assert unrealised("Former minister Ana Ruiz is accused of taking bribes.", "en") is None
    assert unrealised("A gunman shot the minister in Brell on Wednesday.", "en") is None
    # A language with no class here stays silent.
    assert unrealised("容疑者は大臣を襲撃した疑いが持たれている。", "ja") is None


def test_a_lead_that_states_the_act_beats_a_prospect_of_it(article: MakeArticle) -> None:
    prospect = (
        "The storm is expected to hit Velmora on Tuesday, forecasters say, with ferries docked."
    )
    done = "The storm hit Velmora on Tuesday, sinking two ferries in the harbour overnight."
    a = article("a", prospect, date=D(2031, 3, 4))
    b = dataclasses.replace(article("b", done, date=D(2031, 3, 5)), language="fr")
    assert _lede([a, b]) == done
    assert _lede([a]) == prospect  # alone, it is still the one opening that names the event


def _transfer(article: MakeArticle) -> list[Article]:
    prelude = (
        "The club says the pilot met its board on Monday to say he wanted to leave, "
        "a move seemingly imminent."
    )
    done = "The pilot signed for Varnia Air on Tuesday after paying his release fee."
    articles = [
        article("a", prelude, date=D(2031, 3, 3)),
        article(
            "b", "The pilot told his teammates on Monday that he was going.", date=D(2031, 3, 3)
        ),
    ]
    articles += [article(i, done, date=D(2031, 3, 4)) for i in "cdef"]
    return articles


def test_a_preludes_day_gives_way_to_the_day_the_outlets_date_the_act_to(
    article: MakeArticle,
) -> None:
    articles = _transfer(article)
    timeline = extract_timeline(articles)
    named = event_when("Transfer of the pilot, 3 Mar 2031")
    assert act_day(named, timeline, articles) == When(D(2031, 3, 4), D(2031, 3, 4))
    line = when_line(articles, "Transfer of the pilot, 3 Mar 2031", timeline)
    assert line.startswith("4 March 2031;")


def test_a_crash_day_stays_however_many_outlets_date_its_aftermath(
    article: MakeArticle,
) -> None:
    # Look-alike: the day the outlets date less is the act's (a crash), not a prelude: no
    # sentence dating it tells the act as not done, so the later, busier day is aftermath.
    crash = "The ferry sank off Velmora on Monday, killing 12."
    mourning = "Velmora mourned the victims on Tuesday as divers searched the wreck."
    articles = [article(i, crash, date=D(2031, 3, 3)) for i in "ab"]
    articles += [article(i, mourning, date=D(2031, 3, 4)) for i in "cdef"]
    timeline = extract_timeline(articles)
    named = event_when("Sinking of the ferry, 3 Mar 2031")
    assert act_day(named, timeline, articles) == named
    # And a prelude that the act's day does not outnumber two to one stays too.
    transfer = _transfer(article)[:4]
    assert act_day(named, extract_timeline(transfer), transfer) == named
