"""The Sun, the Moon and the planets are places in every language (:mod:`.sky_bodies`),
and their look-alikes (given names, a singer, a newspaper, idioms) are not."""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import article, holding

from briefing.topics import extract_topics
from briefing.topics.sky_bodies import NAMES, body_mentions


def _found(text: str, language: str, capitalised: frozenset[str] = frozenset()) -> list[str]:
    return [f"{body}:{text[s:e]}" for body, s, e in body_mentions(text, language, capitalised)]


def test_each_language_writes_the_body_its_own_way() -> None:
    assert _found("The rover drove across the Moon for days.", "en") == ["Moon:Moon"]
    assert _found("La sonde s'est posée sur la Lune mercredi.", "fr") == ["Moon:Lune"]
    assert _found("Die Sonde landete auf dem Mond.", "de") == ["Moon:Mond"]
    assert _found("El robot llegó a la Luna y a Marte.", "es") == ["Moon:Luna", "Mars:Marte"]
    # An inflected Cyrillic form by its lemma: "Луны" is "Луна".
    assert _found("Зонд достиг поверхности Луны вчера.", "ru") == ["Moon:Луны"]
    # Uncased scripts: inside a run of Han text, after a Korean particle, with an Arabic
    # proclitic; never a longer word ("달러", the dollar).
    assert _found("探测器在月球表面着陆", "zh") == ["Moon:月球"]
    assert _found("탐사선이 달에 착륙했다. 달러 가치", "ko") == ["Moon:달"]
    assert _found("هبطت المركبة على سطح القمر أمس", "ar") == ["Moon:القمر"]
    assert _found("यान चंद्रमा पर उतरा", "hi") == ["Moon:चंद्रमा"]


def test_a_language_s_forms_are_looked_for_in_its_own_text_only() -> None:
    # "Luna" is the Moon in Spanish, a given name in English; 月球 only in Chinese text.
    assert _found("Luna said the team was ready.", "en") == []
    assert _found("月球", "en") == []
    assert _found("Luna dijo que el equipo estaba listo.", "es") == ["Moon:Luna"]


def test_a_body_s_name_inside_a_longer_name_is_no_body() -> None:
    assert _found("Fans cheered as Bruno Mars took the stage.", "en") == []
    assert _found("She told The Sun that she would resign.", "en") == []
    assert _found("The Mercury Prize went to a new band.", "en") == []
    assert _found("Sun Yat-sen founded the party.", "en") == []
    assert _found("El actor Diego Luna llegó a la Puerta del Sol.", "es") == []
    # A probe named after the body, with its number: "Luna-25", "Луна-25".
    assert _found("La sonda Luna-25 se estrelló.", "es") == []
    assert _found("Станция Луна-25 разбилась.", "ru") == []
    # The satellite, not the Moon: "القمر الصناعي".
    assert _found("أطلقت الهند القمر الصناعي الجديد", "ar") == []


def test_lower_case_only_for_the_moon_where_the_briefing_capitalises_it_too() -> None:
    text = "The rover reached the moon after a long trip."
    assert _found(text, "en") == []  # the briefing never writes "Moon"
    assert _found(text, "en", frozenset({"Moon"})) == ["Moon:moon"]
    # Idioms are no body, and a lower-case "sun" is the weather.
    assert _found("That happens once in a blue moon.", "en", frozenset({"Moon"})) == []
    assert _found("Partieron de luna de miel.", "es", frozenset({"Luna"})) == []
    assert _found("They sat in the sun all day.", "en", frozenset({"Sun"})) == []
    # German does not write its bodies in lower case: no rule there.
    assert _found("Der mond", "de", frozenset({"Mond"})) == []


def test_every_body_has_its_english_name_and_no_form_is_shared_by_two_bodies() -> None:
    assert set(NAMES) == {
        "Sun", "Moon", "Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"
    }  # fmt: skip
    for language in {lang for tongues in NAMES.values() for lang in tongues}:
        forms = [f for tongues in NAMES.values() for f in tongues.get(language, ())]
        assert len(forms) == len(set(forms)), language


def test_a_packet_about_the_moon_has_one_moon_topic_in_all_its_languages() -> None:
    def written(aid: str, language: str, *paragraphs: str):
        return replace(article(aid, *paragraphs), language=language)

    articles = [
        written(
            "a1", "en",
            "The Kestrel probe of Norway landed on the Moon on Friday evening.",
            "Engineers said the Moon had been the goal of the agency for a decade.",
        ),
        written(
            "a2", "fr",
            "La sonde norvégienne Kestrel s'est posée sur la Lune vendredi soir.",
            "Les ingénieurs ont dit que la Lune était le but de l'agence depuis dix ans.",
        ),
        written(
            "a3", "es",
            "La sonda noruega Kestrel aterrizó en la Luna el viernes por la noche.",
            "Los ingenieros dijeron que la Luna era la meta de la agencia desde hace años.",
        ),
        written(
            "a4", "ru",
            "Норвежский зонд Kestrel совершил посадку на поверхность Луны в пятницу.",
            "Инженеры сказали, что изучение Луны было целью агентства десять лет.",
        ),
    ]  # fmt: skip
    topics = extract_topics(articles)
    moons = holding(topics, "Lune")
    assert len(moons) == 1
    moon = moons[0]
    assert moon.name == "Moon" and moon.kind == "place"
    assert {"Moon", "Lune", "Luna", "Луны"} <= set(moon.aliases)


def test_a_singer_and_a_newspaper_are_no_bodies_of_the_sky() -> None:
    articles = [
        article(
            "b1",
            "Bruno Mars told The Sun on Monday that his tour would reach London in May.",
            "The Sun said Bruno Mars had sold every ticket within an hour.",
        ),
        article("b2", "Bruno Mars will play four nights in London, The Sun reported."),
    ]
    topics = extract_topics(articles)
    assert not [t for t in topics if t.name in NAMES and t.kind == "place"]


def test_a_name_the_briefing_writes_as_a_title_is_no_body_anywhere() -> None:
    from briefing.topics.candidates import Candidates, Occurrence
    from briefing.topics.sky_bodies import drop_titled

    texts = [
        "The minister told The Sun on Monday that he would stay.",
        "A poll for the Sun found that most voters disagreed.",
        "Landing On The Moon Was The Goal",  # a title-case heading says nothing
        "The probe reached the Moon at dusk.",
    ]
    cands = Candidates(paragraphs=[("c1", i, t) for i, t in enumerate(texts)])
    for i, text in enumerate(texts):
        for body, start, end in body_mentions(text, "en"):
            cands.places.append((body, Occurrence("c1", i, start, end, text[start:end])))
    assert [(p, o.paragraph) for p, o in cands.places] == [("Sun", 1), ("Moon", 3)]
    drop_titled(cands)
    assert [(p, o.paragraph) for p, o in cands.places] == [("Moon", 3)]


def test_a_han_name_glued_to_a_number_is_a_model_not_the_planet() -> None:
    assert _found("北朝鮮は新型ミサイル「火星12」を発射した。", "ja") == []
    assert _found("中距离导弹火星-14号试射。", "zh") == []
    assert _found("探査機が火星に着陸し、火星の土を調べた。", "ja") == ["Mars:火星", "Mars:火星"]
    assert _found("探测器在火星着陆。", "zh") == ["Mars:火星"]
