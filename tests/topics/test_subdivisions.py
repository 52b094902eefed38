"""Provinces and departments of the briefing's countries are places (written fixtures).

Made-up reports in Turkish, French and English: a Turkish province no large city is named
after, a French department written with hyphens in an English sentence (the tokens split at
hyphens, so the gazetteer is asked for the whole run), and the provinces
of countries where the language is one of several stay out.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article, Topic
from briefing.topics import extract_topics
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.subdivisions import subdivision_names, town_names


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def test_subdivisions_of_the_countries_that_speak_the_languages() -> None:
    turkish = subdivision_names(frozenset({"tr", "en"}))
    assert "Hatay" in turkish and "Tunceli" in turkish
    assert "Seine-Saint-Denis" not in turkish  # France speaks no Turkish
    french = subdivision_names(frozenset({"fr", "en"}))
    assert "Seine-Saint-Denis" in french
    assert "Est" not in french  # French is one language of several in Cameroon
    assert not subdivision_names(frozenset({"en"}))  # English briefings are left as they are


def test_a_province_named_in_turkish_is_a_place() -> None:
    topics = _topics(
        _in("tr", 0, "Sel en çok Tunceli ve çevresinde etkili oldu."),
        _in("tr", 1, "Yetkililer Tunceli'de yolların kapandığını açıkladı."),
        _in("en", 2, "Floods closed roads in Tunceli province on Tuesday."),
    )
    assert by_name(topics, "Tunceli").kind == "place"


def test_a_hyphenated_department_is_one_place() -> None:
    topics = _topics(
        _in("en", 0, "The suspects live in Haute-Garonne, south of the capital."),
        _in("en", 1, "Police searched flats in Haute-Garonne on Friday."),
        _in("fr", 2, "La police a fouillé des appartements en Haute-Garonne vendredi."),
    )
    assert by_name(topics, "Haute-Garonne").kind == "place"
    assert not [t for t in topics if t.name in ("Haute", "Garonne")]


def _topics(*articles: Article) -> tuple[Topic, ...]:
    return extract_topics(list(articles))


def test_towns_of_the_countries_that_speak_the_languages() -> None:
    turkish = town_names(frozenset({"tr", "en"}))
    assert "Kırıkhan" in turkish and "Nizip" in turkish  # towns of 60,000 and 80,000
    assert not town_names(frozenset({"en"}))
    # German "Hagen" is a town of 200,000 and an everyday word ("hedge"): read as the word.
    assert "Hagen" not in town_names(frozenset({"de", "en"}))


def test_a_town_is_one_place_with_or_without_its_turkish_letters() -> None:
    topics = _topics(
        _in("tr", 0, "Sel en çok Kırıkhan ve çevresinde etkili oldu."),
        _in("tr", 1, "Yetkililer Kırıkhan'da yolların kapandığını açıkladı."),
        _in("fr", 2, "Les inondations ont coupé les routes de Kirikhan mardi, selon le préfet."),
    )
    town = by_name(topics, "Kırıkhan")
    assert town.kind == "place"
    assert "Kirikhan" in town.aliases


def test_only_a_places_own_name_folds_its_undecomposed_letters() -> None:
    """ "Səna" is Sanaa in Azerbaijani; folding its "ə" would make Spanish "Sena" (the
    Seine) the capital of Yemen. A place's own name folds ("Kırıkhan" → "Kirikhan")."""
    gaz = gazetteer_for(frozenset({"es", "tr", "en"}))
    assert gaz.place("Sena") is None
    assert gaz.place("Kirikhan") == "Kırıkhan"
