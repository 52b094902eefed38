"""One person's office in two articles (:mod:`briefing.analysis.offices`).

Written fixtures (no article text): a made-up governor's office after a storm on an island;
each look-alike keeps every condition of a disagreement but one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.offices import office_discrepancies
from briefing.model import Article

DAY = dt.date(2031, 3, 9)


def _in(language: str, article_id: str, text: str) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=DAY), language=language)


def _offices(*articles: Article) -> list[Discrepancy]:
    return office_discrepancies(articles)


def _claims(found: Discrepancy) -> dict[str, tuple[str, ...]]:
    return {c.value: c.article_ids for c in found.claims}


PREFECT_EN = "Island Prefect Amélie Vantroux said the storm had flattened the harbour."
PREFECT_FR = "Le préfet de Belmaro Amélie Vantroux a évoqué des centaines de sinistrés."
MINISTER_DE = "Minister Vantroux sagte, die Hilfe komme am Montag an."


def test_a_prefect_called_a_minister_elsewhere_disagrees() -> None:
    (found,) = _offices(_in("en", "a", PREFECT_EN), _in("fr", "b", PREFECT_FR),
                        _in("de", "c", MINISTER_DE))  # fmt: skip
    assert _claims(found) == {"prefect (préfet)": ("a", "b"), "minister": ("c",)}
    assert found.subject == "the office of Vantroux"
    assert found.kind == "name"


def test_the_finder_reports_it_with_the_other_checks() -> None:
    found = find_discrepancies([_in("en", "a", PREFECT_EN), _in("de", "c", MINISTER_DE)])
    assert [d.subject for d in found if d.subject.startswith("the office")] == [
        "the office of Vantroux"
    ]


def test_one_office_in_every_language_agrees() -> None:
    german = _in("de", "c", "Präfektin Amélie Vantroux sagte, die Hilfe komme am Montag an.")
    assert _offices(_in("en", "a", PREFECT_EN), _in("fr", "b", PREFECT_FR), german) == []


def test_an_office_changed_by_the_word_before_it_is_another_office() -> None:
    for changed in ("Prime Minister Vantroux", "former minister Amélie Vantroux",
                    "Deputy Minister Amélie Vantroux"):  # fmt: skip
        other = _in("en", "c", f"{changed} visited the harbour on Monday.")
        assert _offices(_in("en", "a", PREFECT_EN), other) == [], changed
    glued = _in("ru", "c", "Префект Амели Вантру и премьер-министр Вантру прибыли на остров.")
    russian = _in("ru", "d", "Префект Амели Вантру прибыла на остров в понедельник.")
    assert _offices(russian, glued) == []


def test_a_compound_title_is_never_read() -> None:
    compound = _in("de", "c", "Vizeinnenminister Amélie Vantroux sagte, die Hilfe komme.")
    assert _offices(_in("en", "a", PREFECT_EN), compound) == []


def test_one_article_giving_both_offices_is_silent() -> None:
    both = _in(
        "en",
        "c",
        "Minister Amélie Vantroux arrived on Monday. Prefect Amélie Vantroux had warned of it.",
    )
    assert _offices(_in("en", "a", PREFECT_EN), both) == []


def test_a_place_after_a_title_is_no_person() -> None:
    # "le maire de Paris" and "the prefect of Paris" name a city, never someone called Paris.
    mayor = _in("fr", "a", "Le maire de Paris a visité le port dimanche.")
    prefect = _in("en", "b", "The prefect, Paris said, would visit the harbour on Monday.")
    assert _offices(mayor, prefect) == []


def test_a_lone_surname_needs_a_full_name_somewhere() -> None:
    # One word after a title ("Префект Майотти", a place in the genitive) is a surname only
    # when some title gives it with a given name.
    one = _in("uk", "a", "Префект Бельмаро заявив про сотні загиблих.")
    two = _in("uk", "b", "Міністр Бельмаро прибув на острів у понеділок.")
    assert _offices(one, two) == []


def test_a_title_case_headline_word_is_no_surname() -> None:
    one = _in("en", "a", "Prefect Says Storm Flattened Harbour")
    two = _in("en", "b", "Minister Says Storm Flattened Harbour")
    assert _offices(one, two) == []


def test_two_people_of_two_surnames_are_two_offices() -> None:
    other = _in("de", "c", "Minister Jules Karrand sagte, die Hilfe komme am Montag an.")
    assert _offices(_in("en", "a", PREFECT_EN), other) == []


def test_two_given_names_of_one_surname_are_two_people() -> None:
    other = _in("de", "c", "Minister Jules Vantroux sagte, die Hilfe komme am Montag an.")
    assert _offices(_in("en", "a", PREFECT_EN), other) == []
    # The same surname alone beside them cannot say whose it is.
    alone = _in("de", "d", MINISTER_DE)
    assert _offices(_in("en", "a", PREFECT_EN), other, alone) == []


def test_the_same_surname_across_scripts_stays_apart() -> None:
    russian = _in("ru", "c", "Министр Амели Вантру прибыла на остров.")
    assert _offices(_in("en", "a", PREFECT_EN), russian) == []
