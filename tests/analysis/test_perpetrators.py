"""How many carried out the act, across languages (:mod:`briefing.analysis.perpetrators`).

Fixtures are written for these tests (no article text). The story: armed men raid a bank in
a made-up town, reported in seven languages. Each look-alike keeps every condition of a real
disagreement but one, so it fails if that one condition is dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.numbers import find_numbers
from briefing.analysis.perpetrators import perpetrator_count
from briefing.model import Article

DAY = dt.date(2031, 9, 14)


def _in(language: str, article_id: str, text: str, date: dt.date | None = None) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


def _count(text: str, language: str, written: str) -> tuple[float, float] | None:
    numbers = find_numbers(text, language)
    index = next(i for i, n in enumerate(numbers) if text[n.start : n.end] == written)
    following = numbers[index + 1].start if index + 1 < len(numbers) else None
    found = perpetrator_count(text, numbers[index], language, following)
    return None if found is None else (found[1], found[2])


INF = float("inf")


@pytest.mark.parametrize(
    ("text", "language", "written", "expected"),
    [
        ("Four armed men stormed the bank in Velmora.", "en", "Four", (4, 4)),
        ("Vier Angreifer stürmten die Bank in Velmora.", "de", "Vier", (4, 4)),
        ("Mindestens drei schwer bewaffnete Männer stürmten die Bank.", "de", "drei", (3, INF)),
        ("Cinq braqueurs ont pris la fuite.", "fr", "Cinq", (5, 5)),
        ("Des hommes armés — au moins cinq — sont entrés dans la banque.", "fr", "cinq", (5, INF)),
        ("Hombres armados, al menos seis, entraron en el banco.", "es", "seis", (6, INF)),
        ("Secondo la polizia, sette rapinatori sono fuggiti.", "it", "sette", (7, 7)),
        ("Трое вооруженных мужчин ворвались в банк.", "ru", "Трое", (3, 3)),
        ("Bankayı en az dört saldırgan bastı.", "tr", "dört", (4, INF)),
        ("Bankayı 5 silahlı kişi bastı.", "tr", "5", (5, 5)),
        ("Cinq hommes armés ont pris la fuite.", "fr", "Cinq", (5, 5)),
        ("Cinque uomini armati sono entrati.", "it", "Cinque", (5, 5)),
        ("Entraron al menos seis hombres armados.", "es", "seis", (6, INF)),
        ("Five men, armed with rifles, came in.", "en", "Five", None),
        # Not a count of the perpetrators: people not called armed, a part of the gang, a
        # duration before the noun, the first of "three of the four", another noun between.
        ("Quatre individus ont été vus près de la banque.", "fr", "Quatre", None),
        ("Two men drove the getaway car.", "en", "Two", None),
        ("In vier Minuten flohen die Räuber.", "de", "vier", None),
        ("Three of the four attackers were caught.", "en", "Three", None),
        ("Vier Autos der Angreifer brannten.", "de", "Vier", None),
        ("Five hostages were freed by the robbers.", "en", "Five", None),
        ("Des hommes — au moins cinq — attendaient le bus.", "fr", "cinq", None),
    ],
)
def test_a_count_of_perpetrators_is_read_in_every_dev_language(
    text: str, language: str, written: str, expected: tuple[float, float] | None
) -> None:
    assert _count(text, language, written) == expected


def test_rival_counts_of_the_attackers_in_three_languages_are_one_flag() -> None:
    articles = [
        _in("en", "a", "Police said four gunmen stormed the bank in Velmora."),
        _in("de", "b", "Vier Angreifer stürmten am Morgen die Bank in Velmora."),
        _in("fr", "c", "Des hommes armés — au moins six — ont pris d'assaut la banque."),
    ]
    (found,) = _figures(articles)
    assert found.subject == "how many perpetrators"
    values = {c.value: c.article_ids for c in found.claims}
    assert values == {
        "four gunmen (4)": ("a", "b"),
        "Des hommes armés — au moins six (6)": ("c",),
    }


def test_a_bound_is_compatible_with_a_larger_exact_count() -> None:
    articles = [
        _in("en", "a", "Police said four gunmen stormed the bank in Velmora."),
        _in("de", "b", "Mindestens drei Angreifer stürmten die Bank in Velmora."),
        _in("tr", "c", "Bankayı en az üç saldırgan bastı."),
    ]
    assert _figures(articles) == []
    # The same bound against a smaller count does disagree.
    articles[0] = _in("en", "a", "Police said two gunmen stormed the bank in Velmora.")
    assert _figures(articles) == []  # two is a part of a gang, never read
    articles[0] = _in("es", "a", "Según la policía, tres atracadores asaltaron el banco.")
    assert _figures(articles) == []  # three is within "at least three"


def test_a_rounded_count_does_not_clash_with_a_precise_one() -> None:
    articles = [
        _in("it", "b", "Circa venti assalitori hanno attaccato la caserma."),
        _in("fr", "c", "Vingt-deux assaillants ont attaqué la caserne."),
    ]
    assert _figures(articles) == []
    # Two precise counts, 22 and 30, do disagree.
    articles[0] = _in("it", "b", "Trenta assalitori hanno attaccato la caserma.")
    assert len(_figures(articles)) == 1


def test_two_counted_things_in_one_sentence_stay_apart() -> None:
    # Four attackers and five hostages: the hostages are not a rival count of the attackers.
    articles = [
        _in("en", "a", "Four attackers held five hostages inside the bank."),
        _in("de", "b", "Vier Angreifer hielten in der Bank Geiseln fest."),
        _in("ru", "c", "Нападавшие удерживали в банке пятерых заложников."),
    ]
    assert _figures(articles) == []


def test_a_later_toll_is_an_update_but_a_count_of_attackers_is_not() -> None:
    # Tolls of two days are two moments of one rising count; the attackers are as many on
    # every day, so reports of two days that differ on them disagree.
    articles = [
        _in("en", "a", "Four gunmen stormed the bank; 12 people were killed.", DAY),
        _in(
            "de",
            "b",
            "Sechs Angreifer stürmten die Bank. 15 Menschen kamen ums Leben.",
            DAY + dt.timedelta(days=2),
        ),
    ]
    (found,) = _figures(articles)
    assert found.subject == "how many perpetrators"


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("On a retrouvé quatre voitures des assaillants.", "fr", "quatre"),
        ("Se hallaron cuatro coches de los atacantes.", "es", "cuatro"),
        ("Four were later arrested by the gunmen's accomplices.", "en", "Four"),
    ],
)
def test_a_count_of_another_noun_before_the_perpetrators_is_not_theirs(
    text: str, language: str, written: str
) -> None:
    assert _count(text, language, written) is None
