"""The city of the one casualty's hospital (:mod:`briefing.analysis.hospitals`).

Written fixtures (no article text): a made-up mayor stabbed at a market; each look-alike keeps
every condition of a disagreement but one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.model import Article

DAY = dt.date(2031, 9, 2)


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=DAY), language=language)


def _hospitals(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if "hospital" in d.subject]


def _claims(found: Discrepancy) -> dict[str, tuple[str, ...]]:
    return {c.value: c.article_ids for c in found.claims}


BRNO = "Der Bürgermeister wurde nach dem Messerangriff in ein Krankenhaus in Brno gebracht."
KOSICE = "The mayor was flown by helicopter to the hospital in Košice after the stabbing."


def test_two_cities_for_the_one_casualtys_hospital_disagree() -> None:
    french = _in("fr", "c", "Le maire a été transporté à l'hôpital de Kosice après l'attaque.")
    (found,) = _hospitals(_in("de", "a", BRNO), _in("en", "b", KOSICE), french)
    assert _claims(found) == {"Košice": ("b", "c"), "Brno": ("a",)}


def test_one_city_under_its_other_name_agrees() -> None:
    exonym = _in("de", "a", BRNO.replace("Brno", "Brünn"))
    assert _hospitals(exonym, _in("en", "b", KOSICE.replace("Košice", "Brno"))) == []


def test_a_transfer_names_two_cities_in_one_article() -> None:
    transfer = _in(
        "en",
        "b",
        "The mayor was first taken to the hospital in Nitra. He was then moved to a hospital "
        "in Brno.",
    )
    assert _hospitals(_in("de", "a", BRNO.replace("Brno", "Nitra")), transfer) == []


def test_a_story_with_several_casualties_has_several_hospitals() -> None:
    crowd = _in("en", "c", "Twelve people were injured in the attack on the market.")
    assert _hospitals(_in("de", "a", BRNO), _in("en", "b", KOSICE), crowd) == []


def test_plurals_and_names_that_are_no_city_are_not_read() -> None:
    plural = _in("en", "b", "The wounded were taken to hospitals in Košice and Nitra.")
    district = _in("en", "c", "The mayor was taken to the hospital in Springfield.")
    assert _hospitals(_in("de", "a", BRNO), plural, district) == []
