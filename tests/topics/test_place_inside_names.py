"""Names with a place inside stay one name; an acronym joins the name it abbreviates (own text).

Every text here is written for the test: the clubs, firms and people are invented; only the
towns inside their names are real places the gazetteer knows.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding, kinds_holding

from briefing.model import Article
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.heard_acronyms import heard_pairs
from briefing.topics.spelled_initials import spelled_pairs
from briefing.topics.tokens import tokenize
from briefing.topics.town_openers import town_named


def _in(language: str, n: int, *paragraphs: str) -> Article:
    return replace(article(f"{n:03d}", *paragraphs), language=language)


def _occ(article_id: str, surface: str) -> Occurrence:
    return Occurrence(article_id, 0, 0, len(surface), surface)


def test_an_acronym_before_a_town_in_german_is_a_club_not_the_letters() -> None:
    topics = extract_topics(
        [
            _in("de", 0, "Der Stürmer wechselt vom FC Dresden zu einem Verein in Bremen."),
            _in("de", 1, "Gestern bestätigte der FC Dresden den Wechsel des Stürmers."),
        ]
    )
    assert kinds_holding(topics, "FC Dresden") == {"organisation"}
    assert not holding(topics, "FC")


def test_an_acronym_before_a_common_noun_in_german_stays_the_acronym() -> None:
    topics = extract_topics(
        [
            _in("de", 0, "Am Morgen stoppte die Aufsicht FAA Flüge von zwei Gesellschaften."),
            _in("de", 1, "Die Behörde FAA prüft seit Montag alle Maschinen der Reihe."),
        ]
    )
    assert holding(topics, "FAA")
    assert not holding(topics, "FAA Flüge")


def test_a_town_before_an_everyday_word_is_a_club_not_a_person() -> None:
    topics = extract_topics(
        [
            _in("en", 0, "The striker joined Leeds United last year for a record sum."),
            _in("en", 1, "Officials at Leeds United said the striker will stay until June."),
        ]
    )
    assert kinds_holding(topics, "Leeds United") == {"organisation"}
    assert not holding(topics, "United")


def test_a_town_that_is_a_given_name_still_opens_a_person() -> None:
    topics = extract_topics(
        [
            _in("en", 0, "The nurse Florence Quillby told reporters the ward was full."),
            _in("en", 1, "Florence Quillby, who runs the ward, asked for more beds."),
        ]
    )
    assert kinds_holding(topics, "Florence Quillby") == {"person"}


def test_a_person_shaped_name_with_a_town_inside_that_an_article_abbreviates_is_a_body() -> None:
    topics = extract_topics(
        [
            _in(
                "en",
                0,
                "Florence Saint-Véran signed the striker. FSV paid the fee on Thursday.",
            ),
            _in("en", 1, "The striker flew to join Florence Saint-Véran on Friday morning."),
        ]
    )
    kinds = kinds_holding(topics, "Florence Saint-Véran")
    assert kinds == {"organisation"}
    assert holding(topics, "FSV") == holding(topics, "Florence Saint-Véran")


def test_a_person_whose_initials_nobody_writes_stays_a_person() -> None:
    topics = extract_topics(
        [
            _in("en", 0, "Florence Saint-Véran told reporters the deal was done on Thursday."),
            _in("en", 1, "The lawyer Florence Saint-Véran said the fee was paid on Friday."),
        ]
    )
    assert "organisation" not in kinds_holding(topics, "Florence Saint-Véran")


def test_a_hyphenated_word_spells_its_parts_and_an_abbreviation_is_the_same_name() -> None:
    occ = {
        "n:nordhaven saint-aubin": [_occ("a", "Nordhaven Saint-Aubin")],
        "n:nordhaven sa": [_occ("b", "Nordhaven SA")],
        "n:nordhavn saint-aubin": [_occ("c", "Nordhavn Saint-Aubin")],
        "n:nsa": [_occ("a", "NSA")],
    }
    pairs = spelled_pairs(list(occ), lambda k: k, occ, {"a": "en", "b": "en", "c": "de"})
    assert sorted(pairs) == [
        ("n:nsa", "n:nordhaven sa"),
        ("n:nsa", "n:nordhaven saint-aubin"),
        ("n:nsa", "n:nordhavn saint-aubin"),
    ]


def test_two_different_names_with_the_same_initials_join_neither() -> None:
    occ = {
        "n:nordhaven saint-aubin": [_occ("a", "Nordhaven Saint-Aubin")],
        "n:northern sea alliance": [_occ("b", "Northern Sea Alliance")],
        "n:nsa": [_occ("a", "NSA")],
    }
    assert spelled_pairs(list(occ), lambda k: k, occ, {"a": "en", "b": "en"}) == []


def test_a_cyrillic_long_name_spells_its_cyrillic_acronym() -> None:
    occ = {
        "n:норд сен-жан": [_occ("r", "Норд Сен-Жан")],
        "n:nszh": [_occ("r", "НСЖ")],
    }
    assert spelled_pairs(list(occ), lambda k: k, occ, {"r": "ru"}) == [("n:nszh", "n:норд сен-жан")]


def test_acronyms_of_one_name_heard_in_two_scripts_join() -> None:
    spelled = [("n:nsj", "n:nord saint-jean"), ("n:nszh", "n:норд сен-жан")]
    forms = {"n:nord saint-jean": {"Nord Saint-Jean"}, "n:норд сен-жан": {"Норд Сен-Жан"}}
    assert heard_pairs(spelled, lambda k: forms.get(k, set())) == [("n:nsj", "n:nszh")]


def test_acronyms_of_two_names_in_two_scripts_stay_apart() -> None:
    # The initials sound alike, but the first words are two words: two bodies.
    spelled = [("n:nsj", "n:nord saint-jean"), ("n:nszh", "n:нарва сен-жан")]
    forms = {"n:nord saint-jean": {"Nord Saint-Jean"}, "n:нарва сен-жан": {"Нарва Сен-Жан"}}
    assert heard_pairs(spelled, lambda k: forms.get(k, set())) == []


def test_a_head_first_place_noun_and_a_plural_of_the_make_one_name() -> None:
    topics = extract_topics(
        [
            _in("fr", 0, "Le joueur sera présenté au Parc des Rois samedi après-midi."),
            _in("fr", 1, "Les supporters attendent devant le Parc des Rois depuis midi."),
        ]
    )
    assert kinds_holding(topics, "Parc des Rois") == {"place"}
    assert not holding(topics, "Rois")


def test_a_german_genitive_after_an_office_joins_nothing() -> None:
    topics = extract_topics(
        [
            _in("de", 0, "Der Präsident des Verbandes Nordmark trat am Montag zurück."),
            _in("de", 1, "Am Dienstag sprach der Präsident des Verbandes Nordmark erneut."),
        ]
    )
    assert not holding(topics, "Präsident des Verbandes Nordmark")


def test_a_one_word_name_with_a_sons_suffix_is_a_person() -> None:
    topics = extract_topics(
        [
            _in("pt", 0, "Na quinta-feira, representantes de Quilmar Jr. visitaram o clube."),
            _in("pt", 1, "O atacante Quilmar deixou o clube depois de quatro anos."),
            _in("es", 2, "Quilmar se despidió de sus compañeros el miércoles."),
        ]
    )
    assert kinds_holding(topics, "Quilmar") == {"person"}


def test_a_compound_given_name_before_a_surname_is_a_person() -> None:
    topics = extract_topics(
        [
            _in("es", 0, "Se reunió con el abogado Juan de Dios Quintela, según la prensa."),
            _in("es", 1, "El abogado Juan de Dios Quintela llegó a la sede del club."),
        ]
    )
    assert kinds_holding(topics, "Juan de Dios Quintela") == {"person"}


def test_a_word_the_briefing_writes_in_lower_case_opens_no_club() -> None:
    # "South" names some hamlet in a gazetteer, but the texts write "south" as a word.
    def place(word: str) -> str | None:
        return word if word in {"South", "Leeds"} else None

    def town_of(text: str, lowercase: set[str]) -> bool:
        return town_named(tokenize(text), place, lambda _p: True, lambda _w: False, lowercase)

    assert town_of("Leeds United", {"south", "pole"})
    assert not town_of("South Pole", {"south", "pole"})
    assert not town_of("Leeds Quillby", set())  # no everyday word: left to the person rules
