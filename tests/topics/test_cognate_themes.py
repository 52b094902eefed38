"""Two-word themes three languages write in cognate words are one theme (cognate_themes).

Every text here is written for the test (invented places, people and banks).
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.cognate_joins import (
    defined_acronym,
    join_cognate_themes,
    owned_phrase,
    phrase_name,
)
from briefing.topics.cognate_themes import cognate_themes, role_word

_LANGUAGES = {"en1": "en", "fr1": "fr", "es1": "es", "de1": "de", "it1": "it", "en2": "en"}


def _found(*paragraphs: tuple[str, str]) -> dict[str, set[str]]:
    found = cognate_themes([(a, i, t) for i, (a, t) in enumerate(paragraphs)], _LANGUAGES)
    return {key: {o.surface for o in occs} for key, occs in found.items()}


def test_one_phrase_in_three_languages_in_either_order_widened_to_its_noun() -> None:
    assert _found(
        ("en1", "The bank of Velmora kept negative interest rates for years."),
        ("fr1", "La banque de Velmora a gardé des taux d'intérêt négatifs pendant des années."),
        ("fr1", "Les taux d'intérêt négatifs ont pesé sur les épargnants."),
        ("es1", "El banco de Velmora mantuvo tipos de interés negativos durante años."),
        ("es1", "Los tipos de interés negativos castigaron a los ahorradores."),
    ) == {
        "negative interest rates": {
            "negative interest rates",
            "taux d'intérêt négatifs",
            "tipos de interés negativos",
        }
    }


def test_a_word_before_a_pair_written_once_does_not_widen_it() -> None:
    # "noche de" and "longue" complete one use each: no part of the phrase.
    found = _found(
        ("en1", "Geologists measured seismic activity near Velmora all week."),
        ("fr1", "Une longue activité sismique a secoué Velmora."),
        ("es1", "Tras una noche de actividad sísmica, Velmora despertó."),
    )
    assert found == {
        "seismic activity": {"seismic activity", "activité sismique", "actividad sísmica"}
    }


def test_a_german_adjective_before_its_capitalised_noun() -> None:
    found = _found(
        ("en1", "Geologists measured seismic activity near Velmora all week."),
        ("de1", "Geologen maßen seismische Aktivität bei Velmora die ganze Woche."),
        ("fr1", "Les géologues ont mesuré une activité sismique près de Velmora."),
    )
    assert found == {
        "seismic activity": {"seismic activity", "seismische Aktivität", "activité sismique"}
    }


def test_two_languages_are_not_enough() -> None:
    assert (
        _found(
            ("en1", "Geologists measured seismic activity near Velmora all week."),
            ("fr1", "Les géologues ont mesuré une activité sismique près de Velmora."),
        )
        == {}
    )


def test_look_alikes_that_make_no_theme() -> None:
    # One word is no cognate ("rates" / "taux" / "tipos"): the phrases stay apart.
    assert (
        _found(
            ("en1", "The bank of Velmora kept negative rates for years."),
            ("fr1", "La banque de Velmora a gardé des taux négatifs pendant des années."),
            ("es1", "El banco de Velmora mantuvo tipos negativos durante años."),
        )
        == {}
    )
    # A role noun: a person by their office, no theme.
    assert (
        _found(
            ("en2", "Velmov, the former president, denied it; the president denied it."),
            ("fr1", "Le président velmorien a nié; le président velmorien a démenti."),
            ("es1", "El presidente velmoriano lo negó."),
            ("it1", "Il presidente velmoriano ha negato."),
        )
        == {}
    )
    # The event's own judging word ("immense tragedy"): the event again.
    assert (
        _found(
            ("en1", "Mayor Velmov spoke of an immense tragedy for the town."),
            ("fr1", "Le maire Velmov a parlé d'une tragédie immense pour la ville."),
            ("es1", "El alcalde Velmov habló de una tragedia inmensa para la ciudad."),
        )
        == {}
    )
    # Function words and English verb forms are no theme words ("que les", "rising sharply").
    assert (
        _found(
            ("en1", "Prices kept rising sharply while reserves kept rising sharply."),
            ("fr1", "Les prix ont dit que les réserves baissaient."),
            ("es1", "Los precios dijeron que las reservas bajaban."),
        )
        == {}
    )


def test_a_packet_with_english_articles_needs_english_among_the_languages() -> None:
    paragraphs = [
        ("fr1", 0, "Les géologues ont mesuré une activité sismique près de Velmora."),
        ("es1", 1, "Los geólogos midieron una actividad sísmica cerca de Velmora."),
        ("it1", 2, "I geologi hanno misurato un'attività sismica vicino a Velmora."),
    ]
    without = {"fr1": "fr", "es1": "es", "it1": "it"}
    with_english = {**without, "en9": "en"}
    assert set(cognate_themes(paragraphs, without)) == {"actividad sísmica"}
    assert cognate_themes([*paragraphs, ("en9", 3, "Nothing here.")], with_english) == {}


def test_role_words_by_spelling() -> None:
    assert role_word("presidente") and role_word("ministre") and role_word("ministro")
    assert not role_word("presidential") and not role_word("presidencial")
    assert not role_word("general") and not role_word("activity")


def test_a_phrase_that_describes_a_listed_place_by_its_adjective() -> None:
    places = {"g:Velmora": {"Velmora", "Velmoria"}}
    owned = [Occurrence("it1", 0, 0, 20, "arcipelago velmoriano")]
    plain = [Occurrence("it1", 0, 0, 17, "ciclone tropicale")]
    assert owned_phrase(owned, places)
    assert not owned_phrase(plain, places)
    assert not owned_phrase(owned, {})


def test_joined_to_the_english_theme_without_its_own_uses_twice() -> None:
    text = "seismic activity"
    held = [Occurrence("en1", 0, 0, 16, text)]
    themes = {"seismic activity": list(held)}
    found = {
        "seismic activity": [*held, Occurrence("fr1", 0, 4, 21, "activité sismique")],
        "negative interest rates": [Occurrence("en1", 1, 0, 23, "negative interest rates")],
    }
    made = join_cognate_themes(themes, found)
    assert made == {"negative interest rates"}
    assert [o.surface for o in themes["seismic activity"]] == [text, "activité sismique"]


def test_named_in_english_when_english_writes_it() -> None:
    occs = [
        Occurrence("es1", 0, 0, 26, "tipos de interés negativos"),
        Occurrence("es1", 1, 0, 26, "tipos de interés negativos"),
        Occurrence("en1", 0, 0, 23, "negative interest rates"),
    ]
    assert phrase_name("negative interest rates", occs, _LANGUAGES) == "negative interest rates"


def test_the_theme_is_one_topic_across_the_articles() -> None:
    texts = {
        "en": [
            "The central bank of Velmora ended its policy of negative interest rates on "
            "Tuesday. Economists said negative interest rates had hurt savers in Velmora "
            "for eight years."
        ],
        "fr": [
            "La banque centrale de Velmora a mis fin mardi aux taux d'intérêt négatifs. Les "
            "économistes estiment que les taux d'intérêt négatifs ont pénalisé les épargnants."
        ],
        "es": [
            "El banco central de Velmora puso fin el martes a los tipos de interés negativos. "
            "Los economistas creen que los tipos de interés negativos castigaron a los "
            "ahorradores."
        ],
    }
    articles = [
        replace(article(f"{n:03d}", *paragraphs), language=language)
        for n, (language, paragraphs) in enumerate(texts.items())
    ]
    (topic,) = holding(extract_topics(articles), "taux d'intérêt négatifs")
    assert topic.name == "negative interest rates"
    assert {"tipos de interés negativos", "negative interest rates"} <= set(topic.aliases)
    assert len({m.article_id for m in topic.mentions}) == 3


def test_a_second_phrase_for_a_noun_another_theme_names_is_left_out() -> None:
    themes: dict[str, list[Occurrence]] = {
        "presidential campaign": [Occurrence(a, 0, 0, 21, "presidential campaign") for a in "abc"]
    }
    found = {
        "election campaign": [Occurrence(a, 0, 0, 17, "election campaign") for a in "ab"],
        "seismic activity": [Occurrence(a, 0, 0, 16, "seismic activity") for a in "ab"],
    }
    assert join_cognate_themes(themes, found) == {"seismic activity"}
    assert "election campaign" not in themes


def test_an_english_pair_that_is_a_theme_already_is_widened_only_when_every_use_is() -> None:
    paragraphs = [
        ("en1", 0, "Velmora staged ballistic missile tests again."),
        ("en2", 1, "Its ballistic missile tests worried Ostrava."),
        ("en2", 4, "A ballistic missile flew over Ostrava."),
        ("fr1", 2, "Le missile balistique de Velmora inquiète."),
        ("es1", 3, "El misil balístico de Velmora preocupa."),
    ]
    widened = cognate_themes(paragraphs, _LANGUAGES)
    assert set(widened) == {"ballistic missile tests"}
    joined = cognate_themes(paragraphs, _LANGUAGES, {"ballistic missile"})
    assert set(joined) == {"ballistic missile"}
    # Every use completed by the same noun: the pair is half of the longer phrase.
    whole = cognate_themes(paragraphs[:2] + paragraphs[3:], _LANGUAGES, {"ballistic missile"})
    assert set(whole) == {"ballistic missile tests"}


def test_a_theme_written_before_an_acronym_in_brackets_is_that_acronym() -> None:
    text = "Velmora fired misiles balísticos intercontinentales (VBM) again."
    start = text.index("misiles")
    use = Occurrence("es1", 0, start, start + len("misiles balísticos intercontinentales"), "")
    assert defined_acronym([use], {("es1", 0): text}) == "VBM"
    # Brackets further on, or holding a word or a year, define nothing.
    for other in ("fired them (twice) again", "fired them (2017)", "fired them, (VBM)"):
        plain = "Velmora " + other
        use = Occurrence("es1", 0, 8, 13, "fired")
        assert defined_acronym([use], {("es1", 0): plain}) is None
