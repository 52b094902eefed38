"""A German noun after a determiner no place takes is no place (own text).

German capitalises every noun, and some nouns are also names in a gazetteer: "Landes" (the
genitive of "Land", country) is a French département, "Essen" (a meal) a city. A place
takes no article or the definite one ("in Essen", "der Schweiz"); after an indefinite
article, a possessive or a demonstrative ("seines Landes", "ein Essen", "dieses Landes"),
or as a genitive in "-es" after "des" ("des Landes"), the word is the noun.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.nouns import determined_noun


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _names(*articles: Article) -> dict[str, Topic]:
    return {t.name: t for t in extract_topics(list(articles))}


def test_a_determiner_no_place_takes_makes_a_noun() -> None:
    assert determined_noun("seines", "Landes")
    assert determined_noun("eines", "Landes")
    assert determined_noun("ihres", "Landes")
    assert determined_noun("dieses", "Landes")
    assert determined_noun("des", "Landes")
    assert determined_noun("ein", "Essen")
    assert determined_noun("unserem", "Hof")
    # a place takes the definite article or none
    assert not determined_noun("der", "Schweiz")
    assert not determined_noun("des", "Iran")
    assert not determined_noun("in", "Essen")
    assert not determined_noun("nach", "Landes")


def test_his_country_s_is_no_departement() -> None:
    topics = _names(
        _in("de", 0, "Der Minister übergab in Brüssel die Urkunde seines Landes an den Gastgeber."),
        _in("de", 1, "Die Regierung eines Landes an der Grenze protestierte in Brüssel."),
        _in("fr", 2, "Le ministre a remis à Bruxelles le document au nom de son pays mardi."),
        _in("en", 3, "The minister handed the document over in Brussels on Tuesday."),
    )
    assert "Landes" not in topics
    assert "Brussels" in topics or "Brüssel" in topics or "Bruxelles" in topics


def test_a_meal_is_no_city_but_the_city_stays() -> None:
    topics = _names(
        _in("de", 0, "Nach der Sitzung gab es ein Essen für die Gäste in Brüssel."),
        _in("de", 1, "Die Gäste lobten ein Essen aus der Region, sagte der Sprecher in Brüssel."),
        _in("en", 2, "The guests met for dinner in Brussels on Tuesday."),
    )
    assert "Essen" not in topics
    city = _names(
        _in("de", 0, "Das Treffen fand in Essen statt, wie die Stadt Essen mitteilte."),
        _in("de", 1, "In Essen kamen am Dienstag die Minister zusammen."),
        _in("en", 2, "The ministers met in Essen on Tuesday."),
    )
    assert city["Essen"].kind == "place"
