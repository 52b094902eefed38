"""A province's one-word name that is another language's everyday word ("Landes", the French
département, and German "des Landes", of the country): a place in its own language's
articles only (:func:`.place_kinds.word_not_province`); and a by-ear match across scripts
skips such a word (:func:`.crossnames.one_word_names`). Sentences written for the test."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, by_name

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.crossnames import one_word_names
from briefing.topics.place_kinds import word_not_province

_FR_DE = frozenset({"fr", "de", "en"})


def test_a_french_departement_is_a_german_word_in_german_text() -> None:
    assert word_not_province("Landes", "Landes", "de", _FR_DE)  # "des Landes": the country
    assert not word_not_province("Landes", "Landes", "fr", _FR_DE)  # "les Landes"
    assert not word_not_province("Paris", "Paris", "de", _FR_DE)  # the English gazetteer's
    assert not word_not_province("Corrèze", "Corrèze", "de", _FR_DE)  # no German word
    assert not word_not_province("Landes", "Landes", "de", frozenset({"de", "en"}))
    # Frequent in German only as names: no case ending leaves a German word.
    assert not word_not_province("Pisa", "Pisa", "de", _FR_DE | {"it"})
    assert not word_not_province("Porto", "Porto", "de", _FR_DE | {"pt"})
    # Languages that capitalise no common noun: a capitalised word there is the name.
    assert not word_not_province("Berne", "Berne", "fr", _FR_DE)
    assert not word_not_province("Lisboa", "Lisboa", "es", frozenset({"es", "pt", "en"}))


def _in(language: str, n: int, text: str) -> Article:
    return replace(article(f"{n:03d}", text), language=language)


def test_german_des_landes_is_no_place_and_french_landes_is() -> None:
    found = extract_topics(
        [
            _in("de", 1, "Die Regierung des Landes hat am Montag einen neuen Plan vorgelegt."),
            _in("de", 2, "Der Präsident des Landes sprach am Dienstag in der Hauptstadt."),
            _in("fr", 3, "Un incendie a ravagé une forêt des Landes lundi, près de Mimizan."),
            _in("fr", 4, "Dans les Landes, les pompiers ont lutté toute la nuit contre le feu."),
        ]
    )
    landes = by_name(found, "Landes")
    assert landes.kind == "place"
    assert {m.article_id for m in landes.mentions} == {"003", "004"}


def test_a_by_ear_match_skips_an_everyday_latin_word() -> None:
    keys = ["n:yandeks", "n:landes"]
    assert one_word_names(keys, {"n:yandeks"}) == [("n:yandeks", "n:landes")]  # 5/6 alike
    everyday = {"n:landes"}.__contains__
    assert one_word_names(keys, {"n:yandeks"}, str, everyday) == []
    # The exact path is untouched: "Лувр" / "Louvre" whatever the word's frequency.
    louvre = one_word_names(["n:luvr", "n:louvre"], {"n:luvr"}, str, lambda k: True)
    assert louvre == [("n:luvr", "n:louvre")]
