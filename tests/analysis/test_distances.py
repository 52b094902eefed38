"""A distance from a named place is one quantity in any unit; a conversion is not a clash.

Fixtures are written for these tests (no article text). "120 miles north of Lyon" and
"120 km north of Lyon" cannot both be true; "193 km (120 miles)", "about 190 km" and "193
km" can.
"""

from __future__ import annotations

from analysis.builders import in_language, values_by_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.distances import distance_key
from briefing.model import Article


def _figures(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


def test_a_distance_in_miles_and_the_same_number_in_kilometres_disagree() -> None:
    a = in_language("en", "a", "The barge sank about 120 kilometres north of Lyon, officials said.")
    b = in_language("en", "b", "The barge sank near a lock, some 120 miles north of Lyon.")
    (found,) = _figures(a, b)
    assert values_by_article(found) == {"about 120 kilometres": ("a",), "some 120 miles": ("b",)}
    assert "distance from Lyon" in found.subject


def test_a_converted_distance_rounded_or_precise_is_one_value() -> None:
    a = in_language(
        "en", "a", "The barge sank at Varnel, 193 kilometres (120 miles) north of Lyon."
    )
    b = in_language(
        "en", "b", "The barge sank some 120 miles north of Lyon, the river police said."
    )
    c = in_language("en", "c", "The barge sank about 190 km from Lyon on Friday.")
    d = in_language("en", "d", "Divers reached the barge, which sank 193 km from Lyon.")
    assert _figures(a, b, c, d) == []


def test_distances_in_other_languages() -> None:
    de = [
        in_language("de", "a", "Der Kahn sank rund 120 Kilometer nördlich von Lyon."),
        in_language("de", "b", "Der Kahn sank etwa 120 Meilen nördlich von Lyon, hieß es."),
    ]
    (found,) = _figures(*de)
    assert set(values_by_article(found)) == {"rund 120 Kilometer", "etwa 120 Meilen"}
    ru = [
        in_language("ru", "c", "Баржа затонула в 200 км от Лиона."),
        in_language("ru", "d", "Баржа затонула в 330 км от Лиона, сообщили спасатели."),
    ]
    (found,) = _figures(*ru)
    assert set(values_by_article(found)) == {"200 км", "330 км"}
    # "более чем в 200 км": a lower bound, which 330 km meets.
    e = in_language("ru", "e", "Баржа затонула более чем в 200 км к северу от Лиона.")
    assert _figures(ru[1], e) == []
    fr = [
        in_language("fr", "f", "La péniche a coulé à 120 km de Lyon."),
        in_language(
            "fr", "g", "La péniche a coulé à environ 120 kilomètres de Lyon, selon la police."
        ),
    ]
    assert _figures(*fr) == []


def test_look_alikes_of_a_distance_stay_silent() -> None:
    # A translation: each language's outlet gives the same distance in its own words.
    translated = [
        in_language("en", "a", "The barge sank 120 miles from Lyon."),
        in_language("fr", "b", "La péniche a coulé à 193 km de Lyon."),
    ]
    assert _figures(*translated) == []
    # One source gives two distances from one city: two places, not one distance.
    two_towns = [
        in_language("en", "c", "Varnel lies 40 km from Lyon and Orbe lies 70 km from Lyon."),
        in_language("en", "d", "The barge sank at Varnel, 40 kilometres from Lyon."),
    ]
    assert _figures(*two_towns) == []
    # Where a thing is, not how far: "near", a date after the unit.
    assert distance_key("at a depth of 17.9 km near the Turkish city", 14, "length-kilometer",
                        24, "en") is None  # fmt: skip
    assert distance_key("ran 20 km on Monday", 4, "length-kilometer", 9, "en") is None
    assert distance_key("(235 miles) north of Athens", 1, "length-mile", 10, "en") is None


def test_the_capital_named_by_its_adjective_is_the_city_the_sentence_names() -> None:
    # "la capital murciana" is Murcia when the sentence writes Murcia: one distance.
    text = "El pueblo, en la Región de Murcia, está a 12 kilómetros de la capital murciana."
    start = text.index("12")
    key = distance_key(text, start, "length-kilometer", text.index(" de la"), "es")
    assert key is not None and key[1] == "Murcia"
    es = [
        in_language("es", "a", text),
        in_language("es", "b", "El pueblo, situado a 20 kilómetros de Murcia, quedó aislado."),
    ]
    (found,) = _figures(*es)
    assert set(values_by_article(found)) == {"12 kilómetros", "20 kilómetros"}
    fr = [
        in_language(
            "fr", "c", "La commune, près de Grenoble, est à 12 km de la capitale grenobloise."
        ),
        in_language("fr", "d", "La commune est située à 20 km de Grenoble, selon la préfecture."),
    ]
    (found,) = _figures(*fr)
    assert set(values_by_article(found)) == {"12 km", "20 km"}


def test_a_capital_the_sentence_does_not_name_stays_unread() -> None:
    far = in_language("es", "b", "El pueblo, situado a 20 kilómetros de Murcia, quedó aislado.")
    # The sentence names no city the adjective begins with: "the capital" is unknown.
    unnamed = in_language("es", "a", "El pueblo está a 12 kilómetros de la capital murciana.")
    assert _figures(unnamed, far) == []
    # A region whose capital has another name: no city begins "andaluza".
    region = in_language(
        "es", "c", "En Andalucía, el pueblo está a 12 kilómetros de la capital andaluza."
    )
    seville = in_language(
        "es", "d", "El pueblo, situado a 20 kilómetros de Sevilla, quedó aislado."
    )
    assert _figures(region, seville) == []
    # A rounded distance that the precise one falls in.
    rounded = in_language(
        "es", "e", "En Murcia, el pueblo está a unos 20 km de la capital murciana."
    )
    assert _figures(rounded, far) == []


def test_a_city_name_is_one_distance_in_every_language() -> None:
    # "less than 30 km" cannot be "rund 50 Kilometer": one distance from Lyon, two languages.
    en = in_language(
        "en", "a", "The village lies less than 30 kilometres from Lyon, officials said."
    )
    de = in_language("de", "b", "Das Dorf liegt rund 50 Kilometer südlich von Lyon.")
    (found,) = _figures(en, de)
    assert values_by_article(found) == {
        "less than 30 kilometres": ("a",),
        "rund 50 Kilometer": ("b",),
    }
    assert "kilometers (distance from Lyon)" in found.subject
    # A rounded and a precise distance that overlap, across languages: one value.
    it = in_language("it", "c", "Il paese si trova a 47 chilometri da Lyon, secondo la prefettura.")
    assert _figures(de, it) == []
    # Two hedged round figures whose ranges overlap ("about 50", "environ 45") stay silent.
    fr = in_language("fr", "d", "Le village est situé à environ 45 kilomètres au sud de Lyon.")
    assert _figures(de, fr) == []


def test_a_converted_distance_across_languages_is_one_figure() -> None:
    # "(30 miles)" is the bracketed conversion of 50 km, never a distance of 30.
    en = in_language("en", "a", "The village lies about 50 kilometers (30 miles) south of Lyon.")
    nl = in_language("nl", "b", "Het dorp ligt ongeveer 31 mijl ten zuiden van Lyon.")
    assert _figures(en, nl) == []
    it = in_language("it", "c", "Il villaggio si trova a meno di 30 chilometri da Lyon.")
    (found,) = _figures(en, it)
    assert values_by_article(found) == {
        "about 50 kilometers": ("a",),
        "meno di 30 chilometri": ("c",),
    }


def test_two_towns_at_two_distances_from_one_city_stay_apart() -> None:
    annecy = in_language("en", "a", "Annecy lies about 140 kilometres east of Lyon.")
    valence = in_language("fr", "c", "Valence se trouve à 100 km au sud de Lyon.")
    assert _figures(annecy, valence) == []


def test_the_capital_named_after_it_is_the_place() -> None:
    text = "The village lies 40 kilometres southwest of France's capital, Paris, on a river."
    key = distance_key(text, 17, "length-kilometer", text.index(" southwest"), "en")
    assert key is not None and key[1] == "Paris"
    de = "Das Dorf liegt 60 Kilometer südwestlich der Hauptstadt Paris."
    key = distance_key(de, de.index("60"), "length-kilometer", de.index(" südwest"), "de")
    assert key is not None and key[1] == "Paris"
    # A possessor is never the place: "France's coast", "Norway's capital" with no city named.
    for text in (
        "The ship sank 40 kilometres off France's coast.",
        "The ship sank 40 kilometres from Norway's capital on Friday.",
    ):
        end = text.index("kilometres") + len("kilometres")
        assert distance_key(text, 14, "length-kilometer", end, "en") is None


def test_a_capitalised_function_word_is_no_place() -> None:
    # "Una" (Italian "a") opening a sentence would name a place called Una and split the two.
    en = in_language("en", "a", "The village lies about 50 km from Lyon, in France.")
    it = in_language("it", "b", "Una frana minaccia il paese, a meno di 30 chilometri da Lyon.")
    (found,) = _figures(en, it)
    assert set(values_by_article(found)) == {"about 50 km", "meno di 30 chilometri"}


def test_a_city_in_a_script_without_capitals_is_one_distance_with_its_other_names() -> None:
    # Arabic has no capitals: the word after "من" (from) is a place when it names a city.
    ar = in_language("ar", "a", "تقع القرية على بعد 30 كيلومترا إلى الغرب من ليون.")
    fr = in_language("fr", "b", "Le village se trouve à 60 kilomètres de Lyon.")
    (found,) = _figures(ar, fr)
    assert values_by_article(found) == {"30 كيلومترا": ("a",), "60 kilomètres": ("b",)}
    # The same distance in both: one value, silent.
    near = in_language("fr", "c", "Le village se trouve à une trentaine de km, 30 km de Lyon.")
    assert _figures(ar, near) == []


def test_a_caseless_word_that_names_no_city_is_no_place() -> None:
    text = "تقع القرية على بعد 30 كيلومترا من الحدود."  # "from the border"
    end = text.index("كيلومترا") + len("كيلومترا")
    assert distance_key(text, text.index("30"), "length-kilometer", end, "ar") is None
    # Two distances from two cities stay apart.
    ar = in_language("ar", "a", "تقع القرية على بعد 30 كيلومترا إلى الغرب من ليون.")
    fr = in_language("fr", "b", "Le village se trouve à 60 kilomètres de Paris.")
    assert _figures(ar, fr) == []


def test_a_city_name_means_its_largest_bearer_in_every_script() -> None:
    from briefing.geodata import city_id

    london = city_id("London")
    assert london is not None
    assert city_id("Londres") == city_id("倫敦") == city_id("لندن") == london
    assert city_id("Nowhereville Xq") is None


def test_a_conversion_in_arabic_is_one_distance_with_both_units() -> None:
    # "48 km (30 miles)": the bracketed miles convert the kilometres; 30 miles is 48 km.
    ar = in_language("ar", "a", "تقع القرية على بعد 48 كيلومترا (30 ميلا) إلى الغرب من لندن.")
    fr = in_language("fr", "b", "Le village se trouve à 48 km de Londres.")
    en = in_language("en", "c", "The village lies 30 miles west of London.")
    assert _figures(ar, fr, en) == []
    # The same city at another distance: a clash in any of its names.
    far = in_language("fr", "d", "Le village se trouve à 80 km de Londres.")
    assert len(_figures(ar, far)) == 1
