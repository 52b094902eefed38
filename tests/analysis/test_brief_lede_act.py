"""A coup's What happened: the sentence saying what was done to the ruler ("the guard
detained the president") beats one about what followed it, in any language; other acts keep
their own names only (made-up texts and names)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle, in_language

from briefing.analysis import extract_timeline
from briefing.brief_lede import find_lede
from briefing.brief_lede_act import deposes, is_coup
from briefing.brief_when import event_when
from briefing.model import Article, Topic

D = dt.date
COUP = "Coup in Telvania, 4 Mar 2031"  # a Tuesday


def _topic(name: str, kind: str, aliases: tuple[str, ...]) -> Topic:
    return Topic(name.casefold(), name, kind, aliases, ())


def _lede(articles: list[Article], event: str, act: tuple[str, ...]) -> str | None:
    topics = [_topic(event, "event", act), _topic("Telvania", "place", ("Telvania",))]
    found = find_lede(
        articles,
        topics,
        timeline=extract_timeline(articles),
        when=event_when(event),
        main_event=event,
    )
    return found.text if found else None


def test_the_coup_told_by_its_verb_beats_the_reaction_to_it(article: MakeArticle) -> None:
    reaction = "Pressure is growing on Telvania's coup leaders to free President Ama Okafor."
    act = "Soldiers of the palace guard detained President Okafor on Tuesday in Dalmere."
    a = article("a", f"{reaction} {act}", date=D(2031, 3, 5))
    assert _lede([a], COUP, ("coup",)) == act
    # Without the verb, the reaction stays the only sentence naming the coup.
    quiet = "Soldiers of the palace guard stood outside the palace on Tuesday in Dalmere."
    b = article("b", f"{reaction} {quiet}", date=D(2031, 3, 5))
    assert _lede([b], COUP, ("coup",)) == reaction


def test_a_verb_of_deposing_counts_only_for_a_coup(article: MakeArticle) -> None:
    storm = "Storm at Telvania, 4 Mar 2031"
    reaction = "Pressure is growing on Telvania's storm crews to reopen the roads."
    act = "Police detained two looters on Tuesday in Dalmere."
    a = article("a", f"{reaction} {act}", date=D(2031, 3, 5))
    assert _lede([a], storm, ("storm",)) == reaction


def test_the_verbs_and_the_coup_nouns_in_several_languages() -> None:
    assert deposes("Les militaires ont renversé le président.")
    assert deposes("Военные свергли президента.")
    assert deposes("Los militares derrocaron al presidente.")
    # Look-alikes: waste ("derroche"), a fall ("gestürzt"), "retained" ("retenu").
    assert not deposes("El derroche del gobierno.")
    assert not deposes("Der Präsident ist gestürzt.")
    assert not deposes("Le projet retenu par le jury.")
    assert is_coup("Military coup in Telvania, 4 Mar 2031")
    assert is_coup("Coup in Telvania, 4 Mar 2031")
    assert not is_coup("Storm at Coupville, 4 Mar 2031")
    assert not is_coup("Okafor’s visit to Telvania, 4 Mar 2031")


def test_a_coup_told_by_its_verb_in_french() -> None:
    reaction = "La pression monte sur les auteurs du coup d'État au Telvania."
    act = "Le mardi 4 mars, des soldats de la garde ont renversé le président Ama Okafor."
    a = dataclasses.replace(in_language("fr", "a", f"{reaction} {act}"), date=D(2031, 3, 5))
    assert _lede([a], COUP, ("coup", "coup d'État")) == act
