"""One place under its names in other languages and cases; small places told by their nouns.

Made-up fixtures: a region of several words written in Portuguese and in a Polish genitive
(:mod:`briefing.topics.place_forms`), ISO 3166-2's inverted names put in text order
(:mod:`briefing.topics.subdivisions`), continents in other languages
(:mod:`briefing.topics.multilingual_gazetteer`), villages, rivers and roads told by the noun
beside them (:mod:`briefing.topics.place_nouns`) and a head-first government body
(:data:`briefing.topics.lexicon.ORG_HEADS`). Each with the look-alikes that must stay apart.
"""

from __future__ import annotations

from dataclasses import replace

from topics.helpers import CountingReads, article, by_name

from briefing.model import Article, Mention, Span, Topic
from briefing.topics import extract_topics
from briefing.topics.candidates import Occurrence
from briefing.topics.gazetteer import gazetteer
from briefing.topics.multilingual_gazetteer import gazetteer_for
from briefing.topics.naming import name_key, person_key
from briefing.topics.place_forms import cognate, place_form_pairs
from briefing.topics.place_nouns import places_by_noun, use_kind
from briefing.topics.subdivisions import subdivision_names, written_forms


def _occ(article_id: str, surface: str) -> list[Occurrence]:
    return [Occurrence(article_id, 0, 0, len(surface), surface)]


# -- place_forms ----------------------------------------------------------------------


def test_a_region_in_another_language_and_in_a_polish_case_is_the_region() -> None:
    forms = {
        name_key("Castela La Mancha"): ("pt1", "Castela La Mancha"),  # Portuguese
        person_key("Kastylii-La Mancha"): ("pl1", "Kastylii-La Mancha"),  # a Polish genitive
        person_key("Kastylię La-Manchę"): ("pl2", "Kastylię La-Manchę"),  # every word declined
    }
    sightings = {key: _occ(*written) for key, written in forms.items()}
    sightings["g:Castilla-La Mancha"] = _occ("es1", "Castilla-La Mancha")
    pairs = place_form_pairs(sightings, sightings)
    assert sorted(pairs) == sorted(("g:Castilla-La Mancha", key) for key in forms)


def test_two_places_that_share_a_word_stay_apart() -> None:
    sightings = {
        "g:Castilla-La Mancha": _occ("a", "Castilla-La Mancha"),
        "n:castilla y leon": _occ("b", "Castilla y León"),  # another region
        "g:North Carolina": _occ("c", "North Carolina"),
        "n:south carolina": _occ("d", "South Carolina"),
        "g:Santa Cruz": _occ("e", "Santa Cruz"),
        "n:santa clara": _occ("f", "Santa Clara"),
        "g:Valencia": _occ("g", "Valencia"),
        "n:comunidad valenciana": _occ("h", "Comunidad Valenciana"),  # the region, not the city
    }
    assert place_form_pairs(sightings, sightings) == []


def test_a_cognate_written_beside_the_place_in_one_article_is_a_second_place() -> None:
    sightings = {
        "g:Castilla-La Mancha": _occ("es1", "Castilla-La Mancha"),
        "n:castela la mancha": _occ("es1", "Castela La Mancha"),
    }
    assert place_form_pairs(sightings, sightings) == []
    sightings["n:castela la mancha"] = _occ("pt1", "Castela La Mancha")
    assert place_form_pairs(sightings, sightings) == [
        ("g:Castilla-La Mancha", "n:castela la mancha")
    ]


def test_a_person_whose_given_name_is_a_word_of_the_place_is_no_form_of_it() -> None:
    sightings = {
        "g:San Marino": _occ("it1", "San Marino"),
        "p:san mario": _occ("es1", "San Mario"),  # "Mario" is a given name
    }
    assert place_form_pairs(sightings, sightings) == []


def test_cognates_need_a_long_stem_that_begins_alike() -> None:
    assert cognate("castilla", "kastylii") and cognate("castilla", "castela")
    assert not cognate("north", "south")
    assert not cognate("louis", "lucia")
    assert cognate("vasco", "basco")  # one sound, two letters
    assert not cognate("lima", "lino")  # stems too short to say
    assert not cognate("bari", "vary")


def test_the_region_and_its_other_forms_are_one_topic_in_a_packet() -> None:
    def _in(language: str, n: int, text: str) -> Article:
        return replace(article(f"{n:03d}", text), language=language)

    found = extract_topics(
        [
            _in("es", 1, "Las lluvias afectaron a Castilla-La Mancha y a Madrid durante la noche."),
            _in("es", 2, "El gobierno de Castilla-La Mancha pidió ayuda a Madrid ayer."),
            _in("pl", 3, "Ulewy dotknęły Kastylii-La Mancha oraz Madrytu w nocy."),
            _in("pt", 4, "As chuvas atingiram Castela La Mancha e Madrid durante a noite."),
        ]
    )
    region = by_name(found, "Castilla-La Mancha")
    assert region.kind == "place"
    assert {"Kastylii-La Mancha", "Castela La Mancha"} <= set(region.aliases)


# -- subdivisions and continents -------------------------------------------------------


def test_iso_names_are_written_in_text_order() -> None:
    assert written_forms("Valenciana, Comunidad") == ["Comunidad Valenciana"]
    assert written_forms("Madrid, Comunidad de") == ["Comunidad de Madrid"]
    assert written_forms("Catalunya [Cataluña]") == ["Catalunya", "Cataluña"]
    assert written_forms("Cardiff [Caerdydd GB-CRD]") == ["Cardiff", "Caerdydd"]
    # A list of places is no inverted name: left as it is (and so never matched).
    assert written_forms("Bournemouth, Christchurch and Poole") == [
        "Bournemouth, Christchurch and Poole"
    ]
    spanish = subdivision_names(frozenset({"es", "en"}))
    assert "Comunidad Valenciana" in spanish and "Cataluña" in spanish


def test_a_continent_in_another_language_is_the_continent() -> None:
    many = gazetteer_for(frozenset({"es", "ro", "ru", "en"}))
    assert many.place("Europa") == "Europe"
    assert many.place("Европа") == "Europe"
    assert many.place("Europa League") is None
    assert gazetteer().place("Europa") is None  # English text: no other languages' names


# -- place_nouns ----------------------------------------------------------------------


def _known(text: str) -> str | None:
    return text if text in {"Albacete", "Cuenca"} else None


def _kind(text: str, name: str) -> str | None:
    start = text.index(name)
    return use_kind(text, start, start + len(name), _known)


def test_the_noun_beside_a_name_says_it_is_a_place() -> None:
    assert _kind("Two died in the town of Varelo on Tuesday.", "Varelo") == "place"
    assert _kind("A cheia do rio Tornel inundou a vila.", "Tornel") == "place"
    assert _kind("Wylanie rzeki Tornel zalało wieś.", "Tornel") == "place"
    assert _kind("Traffic on the B42 motorway stopped.", "B42") == "place"
    assert _kind("les quartiers périphériques de Varelo et de Nant", "Varelo") == "place"
    assert _kind("hubo una víctima en Varelo (Albacete) y otra más", "Varelo") == "place"
    assert _kind("la cathédrale Notre-Dame de Varelo rouvre", "Notre-Dame de Varelo") == "place"


def test_a_body_or_a_bare_name_is_no_place() -> None:
    assert _kind("Varelo said the town would rebuild.", "Varelo") == "body"
    assert _kind("according to Varelo, the river rose fast", "Varelo") == "body"
    assert _kind("the company Varelo closed its plant", "Varelo") == "body"
    assert _kind("The city council Varelo chairs met.", "Varelo") is None  # no "of"
    assert _kind("shares of Varelo (Nasdaq) fell", "Varelo") is None  # no known place
    assert _kind("Investors in Varelo lost money.", "Varelo") is None


def test_a_body_s_headquarters_or_its_members_are_no_place_noun() -> None:
    assert _kind("la bandiera sventola nel quartier generale della Velda.", "Velda") is None
    assert _kind("réunis au quartier général de la Velda à Bruxelles", "Velda") is None
    assert _kind("i ministri degli altri Paesi della Velda", "Velda") is None
    assert _kind("las ciudades del Consorcio Velda firmaron", "Consorcio Velda") is None
    # a plural noun before a list still places each name of it
    assert _kind("the villages of Kiotari, Gennadi and Lardos", "Kiotari") == "place"
    assert _kind("the villages of Kiotari, Gennadi and Lardos", "Gennadi") == "place"
    assert _kind("i paesi di Varelo e Nant", "Varelo") == "place"


def _topic(name: str, *texts: str) -> tuple[Topic, list[Article]]:
    articles = [article(f"{n:03d}", text) for n, text in enumerate(texts)]
    mentions = tuple(
        Mention(a.id, Span(0, t.index(name), t.index(name) + len(name)), name)
        for a, t in zip(articles, texts, strict=True)
    )
    return Topic(name.casefold(), name, "organisation", (name,), mentions, 1.0), articles


def test_an_organisation_the_texts_write_as_a_place_becomes_one() -> None:
    village, texts = _topic(
        "Varelo",
        "Rescuers reached the village of Varelo at dawn.",
        "una víctima en Varelo (Albacete), según los bomberos",
        "Roads to Varelo were closed.",
    )
    assert places_by_noun([village], texts, _known)[0].kind == "place"


def test_one_body_use_or_too_few_place_uses_keep_an_organisation() -> None:
    company, texts = _topic(
        "Varelo",
        "Rescuers reached the village of Varelo at dawn.",
        "Varelo said its plant in the valley was flooded.",
    )
    assert places_by_noun([company], texts, _known)[0].kind == "organisation"
    bare, texts = _topic(
        "Tornel",
        "the river Tornel rose",
        "Tornel shares fell.",
        "Tornel sells pumps.",
        "Tornel hired staff.",
    )
    assert places_by_noun([bare], texts, _known)[0].kind == "organisation"


def test_each_article_s_paragraphs_are_read_once_and_the_place_stands() -> None:
    text = "Rescuers reached the village of Varelo. Roads to Varelo closed. Varelo flooded."
    starts = [i for i in range(len(text)) if text.startswith("Varelo", i)]
    other = "una víctima en Varelo (Albacete), según los bomberos"
    mentions = tuple(Mention("a0", Span(0, s, s + 6), "Varelo") for s in starts)
    mentions += (
        Mention("a1", Span(0, other.index("Varelo"), other.index("Varelo") + 6), "Varelo"),
    )
    village = Topic("varelo", "Varelo", "organisation", ("Varelo",), mentions, 1.0)
    plain = [article("a0", text), article("a1", other)]
    counted = [CountingReads(a) for a in plain]
    expected = places_by_noun([village], plain, _known)[0].kind
    assert places_by_noun([village], counted, _known)[0].kind == expected == "place"  # type: ignore[arg-type]
    assert [a.reads for a in counted] == [1, 1]  # a0's three uses: one read


# -- a head-first government body -----------------------------------------------------


def test_a_government_named_head_first_is_a_body_and_not_its_region() -> None:
    found = extract_topics(
        [
            article("001", "The Generalitat Valenciana sent help to the coast on Monday."),
            article("002", "Critics said the Generalitat Valenciana warned people too late."),
            article("003", "Floods hit the Comunidad Valenciana hard; Valencia was cut off."),
            article("004", "In the Comunidad Valenciana, roads around Valencia stayed shut."),
        ]
    )
    government = by_name(found, "Generalitat Valenciana")
    assert government.kind == "organisation"
    region = [t for t in found if "Comunidad Valenciana" in t.aliases]
    assert region and region[0] is not government
    assert "Comunidad Valenciana" not in government.aliases


def test_a_region_translated_with_a_word_kept_is_the_region() -> None:
    names = subdivision_names(frozenset({"es", "pl", "de"}))
    assert names["Kastylia-La Mancha"] == "Castilla-La Mancha"
    assert names["Kastilien-La Mancha"] == "Castilla-La Mancha"
    assert names["Comunidad Valenciana"] == "Comunidad Valenciana"
    # Translated through and through: one word alone is as often a common word (Russian
    # "Пара", "pair", is Brazil's Pará) or a point of the compass.
    brazil = subdivision_names(frozenset({"pt", "ru"}))
    assert "Пара" not in brazil and brazil["Pará"] == "Pará"


def test_a_cyrillic_name_opened_by_a_place_noun_in_any_case_is_a_place() -> None:
    def _ru(n: int, text: str) -> Article:
        return replace(article(f"{n:03d}", text), language="ru")

    found = extract_topics(
        [
            _ru(1, "Воры вошли в музей через окно Галереи Ветрова на втором этаже."),
            _ru(2, "Полиция осмотрела Галерею Ветрова утром в понедельник."),
            _ru(3, "Директор музея Иван Ветров заявил, что Галереи Ветрова закрыты."),
        ]
    )
    gallery = [t for t in found if {"Галереи Ветрова", "Галерею Ветрова"} & set(t.aliases)]
    assert gallery and all(t.kind == "place" for t in gallery)
    # The man the gallery is named after stays a person.
    assert any(t.kind == "person" and "Иван Ветров" in t.aliases for t in found)


def test_a_peninsula_named_head_first_is_a_place() -> None:
    def _es(n: int, text: str) -> Article:
        return replace(article(f"{n:03d}", text), language="es")

    found = extract_topics(
        [
            _es(1, "El apagón dejó sin luz a toda la Península Ibérica durante horas."),
            _es(2, "Los técnicos revisan la red de la Península Ibérica desde el lunes."),
        ]
    )
    assert by_name(found, "Península Ibérica").kind == "place"
