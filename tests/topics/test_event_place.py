"""Where the main event happened, as the leads say in any language (made-up texts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.event_place import is_country, lead_place
from briefing.topics.events import main_event


def _place(name: str, articles: int, *aliases: str) -> Topic:
    mentions = tuple(Mention(f"{i:03d}", Span(0, 0, 1), name) for i in range(articles))
    return Topic(name.casefold(), name, "place", (name, *aliases), mentions)


VARDEN = _place("Varden", 6, "Вардене")  # the province, named widely
OSKO = _place("Osko", 3)  # its small town, where it happened
BRELL = _place("Brell", 8)  # the province's big city: the most named, not the place
TIRA = _place("Tira", 4)
LANDIA = _place("Landia", 9)  # the country
PLACES = [VARDEN, OSKO, BRELL, TIRA]
EVERY = [*PLACES, LANDIA]


def test_the_leads_first_place_in_most_languages_wins_with_its_town() -> None:
    leads = [
        "Varden'in Osko ilçesinde 7,1 büyüklüğünde deprem oldu.",  # Turkish-like genitive
        "L'épicentre se situe près d'Osko, dans la province de Varden, selon l'institut.",
        "Das Beben erschütterte Landia; das Epizentrum lag in Varden bei Osko.",
        "A quake shook Landia, centred near Brell.",
        "Землетрясение в Вардене, рядом с Brell.",
    ]
    assert lead_place(leads, PLACES, EVERY) == "Osko, Varden"


def test_an_enumeration_votes_for_nothing() -> None:
    leads = [
        "Damage was reported in Brell, Tira, Varden and Osko overnight.",
        "Schäden in Brell, Tira und Varden, hieß es.",
        "Rescuers reached Tira at dawn from Brell.",
        "The storm in Tira flooded the harbour.",
    ]
    # Lists name where it was felt; the two leads that say where agree on Tira.
    assert lead_place(leads, PLACES, EVERY) == "Tira"


def test_a_country_first_then_the_place() -> None:
    leads = ["Landia: a quake in Brell killed ten.", "In Landia, Brell's towers fell."]
    assert lead_place(leads, PLACES, EVERY) == "Brell"


def test_no_agreement_or_one_article_says_nothing() -> None:
    assert lead_place(["A quake near Osko."], PLACES, EVERY) is None
    split = ["A quake near Osko.", "A quake near Osko.", "Quake in Tira.", "Quake in Tira."]
    assert lead_place(split, PLACES, EVERY) is None
    assert lead_place(["Nothing here.", "Nor here."], PLACES, EVERY) is None


def test_a_place_beside_it_named_more_widely_is_no_town_of_it() -> None:
    """Brell (eight articles) written beside Tira (four) is not a town of Tira."""
    leads = ["The fire in Tira, near Brell, spread.", "Tira's fire, seen from Brell, spread."]
    assert lead_place(leads, PLACES, EVERY) == "Tira"


def test_countries_are_told_by_their_iso_names() -> None:
    assert is_country("Cyprus") and is_country("France")
    assert not is_country("Kahramanmaraş") and not is_country("Lyon")


def _dated(n: int, title: str, text: str) -> Article:
    return replace(article(f"{n:03d}", text), title=title, date=dt.date(2031, 3, 3))


def test_the_event_is_placed_where_the_leads_say_not_in_the_most_named_city() -> None:
    articles = [
        _dated(0, "Flood hits Plovdiv", "A flood hit Plovdiv on Monday. Help came from Sofia."),
        _dated(1, "Plovdiv under water", "Plovdiv was under water after the flood; Sofia helped."),
        _dated(2, "Plovdiv counts", "Plovdiv was hit by a flood overnight; Sofia sent aid."),
        _dated(3, "Aid from Sofia", "Sofia mobilised aid after the flood. Sofia's mayor spoke."),
    ]
    name = main_event(articles, extract_topics(articles), frozenset({"Bulgaria"}))
    assert name is not None and name.startswith("Flood in Plovdiv")


def test_a_town_few_articles_name_is_the_place_when_the_leads_agree_on_it() -> None:
    """Plovdiv in two leads of nine only; Sofia, named by seven articles further down, is where the
    officials met, not where the fire was."""
    articles = [
        _dated(n, "Factory fire", "A fire gutted a factory in Plovdiv on Monday.") for n in (0, 1)
    ]
    articles += [
        replace(
            article(
                f"{n:03d}",
                "The fire destroyed the factory's stock, its owners said.",
                "Insurers were assessing the damage after the fire.",
                "Officials in Sofia discussed the fire on Tuesday.",
            ),
            title="Fire damage assessed",
            date=dt.date(2031, 3, 4),
        )
        for n in range(2, 9)
    ]
    name = main_event(articles, extract_topics(articles), frozenset({"Bulgaria"}))
    # The fire was on Monday; Tuesday's meeting is its aftermath, not its span.
    assert name is not None and name.endswith("fire in Plovdiv, 3 Mar 2031")


def test_a_dateline_says_where_the_reporter_is_not_where_it_happened() -> None:
    leads = [
        "Governor shot\nBrell, 3 March (Reuters) - A gunman shot the governor in Osko on Monday.",
        "Gouverneur blessé\nBrell (AFP) — Le gouverneur a été blessé par balle à Osko lundi.",
        "Brell – Der Gouverneur wurde in Osko angeschossen.",
    ]
    assert lead_place(leads, PLACES, EVERY) == "Osko"
    # Written in the sentence, the same city is a place like any other.
    assert lead_place(["Shots in Brell - the governor fell.", "Shots in Brell."], PLACES, EVERY)


def test_two_places_joined_by_and_are_no_town_in_its_region() -> None:
    leads = [
        "The quake struck Varden and Osko at dawn.",
        "Das Beben traf Varden und Osko.",
        "Deprem Varden ve Osko'yu vurdu.",
    ]
    assert lead_place(leads, PLACES, EVERY) == "Varden"


def test_a_town_written_before_its_region_after_a_comma_is_named_with_it() -> None:
    leads = ["A quake struck Osko, Varden, at dawn.", "Quake near Osko, Varden province."]
    assert lead_place(leads, PLACES, EVERY) == "Osko"  # the town first: it is the place
    leads = ["Varden: the quake hit Osko, Varden.", "Varden shook; Osko, Varden lost power."]
    assert lead_place(leads, PLACES, EVERY) == "Osko, Varden"


def test_two_places_of_one_sentence_are_no_town_and_region() -> None:
    leads = [
        "Governor shot in Osko on Monday, officials in Varden said.",
        "Varden condemned it; the governor was shot in Osko on Monday, officials in Varden said.",
        "Varden officials spoke.",
    ]
    assert lead_place(leads, PLACES, EVERY) != "Osko, Varden"


def test_the_place_after_another_form_of_the_act_is_its_venue() -> None:
    """ "was attacked in Plovdiv": the capital that reacts is named by more articles."""
    articles = [
        _dated(0, "Okafor attacked in Plovdiv", "Ama Okafor was attacked in Plovdiv on Monday."),
        _dated(1, "Sofia condemns attack", "Sofia condemned the attack on Ama Okafor."),
        _dated(
            2,
            "Okafor stable",
            "Officials in Sofia said Ama Okafor, attacked in Plovdiv, is stable.",
        ),
        _dated(3, "Sofia reacts", "Sofia leaders spoke after the attack on Okafor."),
    ]
    name = main_event(articles, extract_topics(articles), frozenset({"Bulgaria"}))
    # Before: "Okafor’s attacked in Plovdiv", a verb after her name.
    assert name == "Attack on Okafor in Plovdiv, 3 Mar 2031"


def test_two_leads_of_many_are_no_agreement() -> None:
    leads = ["Quake in Osko.", "Quake near Osko."] + ["Markets rose."] * 30
    assert lead_place(leads, PLACES, EVERY) is None
    assert lead_place(leads[:12], PLACES, EVERY) == "Osko"


HALL = _place("Vesper Concert Hall", 9)  # the site, named more widely than its city
QUARRY = _place("Quarry Works", 9)  # a firm's name, no building's head noun


def test_a_venue_beside_the_city_is_where_it_happened_however_widely_named() -> None:
    leads = [
        'Brell\'deki "Vesper Concert Hall" konser salonuna saldırı düzenlendi.',
        "Bewaffnete schossen in der „Vesper Concert Hall“ bei Brell auf Besucher.",
        "Gunmen opened fire in a Brell concert hall on Friday.",
        "A massacre in Brell shocked the country.",
    ]
    assert lead_place(leads, [BRELL, HALL], [BRELL, HALL]) == "Vesper Concert Hall, Brell"
    # A name beside the city that is no building, named more widely, is not its site.
    others = [lead.replace("Vesper Concert Hall", "Quarry Works") for lead in leads]
    assert lead_place(others, [BRELL, QUARRY], [BRELL, QUARRY]) == "Brell"


def test_a_town_written_with_its_address_votes_for_the_state() -> None:
    """ "Osko, Texas": the address names the state; leads that write the town with it and
    leads that write the state alone agree (split, they would name neither)."""
    town = _place("Osko", 6)  # as widely named as the state: no town of it to add
    texas = _place("Texas", 6)
    leads = [
        "The rocket rose from Osko, Texas, on Thursday.",
        "It lifted off in Osko, Texas.",
        "The launch in Texas was watched by thousands.",
        "Crowds gathered in Texas at dawn.",
        "A rocket rose at dawn near Osko in Texas.",  # no comma: the town's vote
    ]
    assert lead_place(leads, [texas, town], [texas, town, LANDIA]) == "Texas"
    # A comma before a place that is no state or country: the first place's vote.
    assert lead_place(["In Tira, Brell sent help.", "Tira burned."], PLACES, EVERY) == "Tira"


def test_a_country_named_by_a_common_noun_takes_the_article() -> None:
    from briefing.topics.event_place import with_article

    assert with_article("United Kingdom") == "the United Kingdom"
    assert with_article("Czech Republic") == "the Czech Republic"
    assert with_article("United Arab Emirates") == "the United Arab Emirates"
    # Look-alikes: a plain name, a town and its region, a name already with its article.
    assert with_article("Kenya") == "Kenya"
    assert with_article("Union") == "Union"
    assert with_article("Pazarcık, Kahramanmaraş") == "Pazarcık, Kahramanmaraş"
    assert with_article("the Kingdom") == "the Kingdom"
