"""How many shots were fired, across languages (:mod:`briefing.analysis.shots`).

Fixtures are written for these tests (no article text). The story: a made-up mayor of a
made-up town is shot at outside a library, reported in seven languages. Each look-alike keeps
every condition of a real disagreement but one (hits, not shots fired; a knife, not a gun;
vaccine shots), so it fails if that one condition is dropped.
"""

from __future__ import annotations

import pytest
from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.numbers import find_numbers
from briefing.analysis.shots import shots_count
from briefing.model import Article


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


FIRED, HIT = "shots fired", "shots that hit"


@pytest.mark.parametrize(
    ("text", "language", "written", "noun", "kind"),
    [
        ("The attacker fired six times at the mayor of Brelin.", "en", "six", "times", FIRED),
        ("Six shots were fired outside the Brelin library.", "en", "Six", "shots", FIRED),
        ("Devant la bibliothèque, six coups de feu ont claqué.", "fr", "six", "coups", FIRED),
        ("Der Angreifer gab sechs Schüsse aus einer Pistole ab.", "de", "sechs", "Schüsse", FIRED),
        ("Sono stati sparati sei colpi contro il sindaco.", "it", "sei", "colpi", FIRED),
        ("El agresor disparó seis veces contra el alcalde.", "es", "seis", "veces", FIRED),
        ("Нападавший выстрелил шесть раз в мэра.", "ru", "шесть", "раз", FIRED),
        ("Two shots were fired outside the library.", "en", "Two", "shots", FIRED),
        # The whole that a part of the hits is taken from: the shots fired…
        ("Three of the six bullets struck the mayor.", "en", "six", "bullets", FIRED),
        ("Von sechs Schüssen trafen drei den Bürgermeister.", "de", "sechs", "Schüssen", FIRED),
        # …and the part: the shots that hit.
        ("Three of the six bullets struck the mayor.", "en", "Three", "of", HIT),
        ("Three out of six bullets struck the mayor.", "en", "Three", "out", HIT),
        ("Von sechs Schüssen trafen drei den Bürgermeister.", "de", "drei", "Bürgermeister", HIT),
        # Hits, not shots fired.
        ("The mayor was hit three times in the chest.", "en", "three", "times", HIT),
        ("Three bullets struck the mayor in the chest.", "en", "Three", "bullets", HIT),
        ("Il sindaco è stato colpito da tre colpi di pistola.", "it", "tre", "colpi", HIT),
        ("Le maire a été touché par trois balles de pistolet.", "fr", "trois", "balles", HIT),
        # "Shot three times" may be hits or shots: neither.
        ("He was shot three times in the chest.", "en", "three", "times", None),
        # Not gunfire: a knife, vaccines, a count with no verb of firing.
        ("Le maire a reçu trois coups de couteau.", "fr", "trois", "coups", None),
        ("The mayor has had three booster shots this year.", "en", "three", "shots", None),
        ("The mayor was stabbed three times.", "en", "three", "times", None),
        ("The mayor visited the library six times.", "en", "six", "times", None),
        ("The library caught fire three times this year.", "en", "three", "times", None),
        ("L'équipe a tenté douze tirs, dont cinq tirs cadrés.", "fr", "douze", "tirs", None),
        # A part of something else, and a count of people after gunfire ("hitting three").
        ("Three of the six guards were hit.", "en", "Three", "of", None),
        ("The gunman fired six shots, hitting three passers-by.", "en", "three", "passers", None),
    ],
)
def test_a_count_of_shots_fired_or_hits_is_read_in_every_dev_language(
    text: str, language: str, written: str, noun: str, kind: str | None
) -> None:
    numbers = find_numbers(text, language)
    index = next(i for i, n in enumerate(numbers) if text[n.start : n.end] == written)
    following = numbers[index + 1] if index + 1 < len(numbers) else None
    found = shots_count(text, numbers[index], noun, language, following)
    assert (found and found[0][1]) == kind


def test_rival_counts_of_shots_in_several_languages_are_one_flag() -> None:
    articles = [
        in_language("en", "a", "The attacker fired six times at the mayor of Brelin."),
        in_language(
            "de", "b", "Vor der Bibliothek in Brelin fielen sechs Schüsse aus einer Pistole."
        ),
        in_language("fr", "c", "Devant la bibliothèque de Brelin, cinq coups de feu ont claqué."),
        in_language("it", "d", "Sono stati sparati cinque colpi contro il sindaco di Brelin."),
    ]
    (found,) = _figures(articles)
    assert found.subject == "how many shots fired"
    assert {c.value: c.article_ids for c in found.claims} == {
        "six times (6)": ("a", "b"),
        "cinq coups (5)": ("c", "d"),
    }


def test_shots_fired_and_hits_are_two_quantities() -> None:
    articles = [
        in_language("en", "a", "The attacker fired six times; the mayor was hit three times."),
        in_language(
            "fr", "b", "Six coups de feu ont été tirés et le maire a été touché par trois balles."
        ),
        in_language("it", "c", "Il sindaco è stato colpito da quattro colpi di pistola."),
    ]
    (found,) = _figures(articles)  # six fired in a and b; three hits against four
    assert found.subject == "how many shots that hit"
    assert {c.value: c.article_ids for c in found.claims} == {
        "three times (3)": ("a", "b"),
        "quattro colpi (4)": ("c",),
    }


def test_a_range_or_a_bound_of_shots_is_compatible() -> None:
    articles = [
        in_language("ru", "a", "Нападавший выстрелил пять-шесть раз в мэра."),
        in_language("en", "b", "The attacker fired six times at the mayor."),
        in_language("es", "c", "El agresor disparó al menos cinco veces contra el alcalde."),
    ]
    assert _figures(articles) == []


def test_a_part_that_hit_is_read_where_its_noun_is_too_short_to_count() -> None:
    # "three of the six": the part counts no word of its own ("of"), and is still the hits
    articles = [
        in_language("en", "a", "Three of the six bullets struck the mayor of Brelin."),
        in_language("it", "b", "Il sindaco di Brelin è stato colpito da quattro colpi di pistola."),
    ]
    (found,) = _figures(articles)
    assert found.subject == "how many shots that hit"
    assert {c.value for c in found.claims} == {"Three of the six bullets (3)", "quattro colpi (4)"}


def test_the_hits_of_two_people_named_are_two_quantities() -> None:
    marek = in_language("en", "a", "Marek was hit three times as the gunman fired at the crowd.")
    lena = in_language("en", "b", "Lena was hit two times as the gunman fired at the crowd.")
    lena_it = in_language("it", "c", "Lena è stata colpita da due colpi di pistola.")
    unnamed = in_language("fr", "d", "La victime a été touchée par trois balles de pistolet.")
    assert _figures([marek, lena]) == []
    assert _figures([marek, lena, lena_it]) == []
    # a count naming nobody joins the only person named: Lena's two against three
    (found,) = _figures([lena, lena_it, unnamed])
    assert found.subject == "how many shots that hit"
    assert {c.value: c.article_ids for c in found.claims} == {
        "two times (2)": ("b", "c"),
        "trois balles (3)": ("d",),
    }
