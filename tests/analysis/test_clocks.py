"""Times of day: one moment given as two times is flagged; sequences, conversions, other
days and decimals are not. Fixtures are written for these tests (no article text)."""

from __future__ import annotations

from analysis.builders import in_language

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.clocks import clock_times
from briefing.model import Article


def _times(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.subject.startswith("at what time")]


def test_times_of_day_are_read_as_each_language_writes_them() -> None:
    assert clock_times("The ferry sank at 9:12 p.m. local time.", "en") == [(1272, "21:12")]
    assert clock_times("Le ferry a coulé à 21 h 12, heure locale.", "fr") == [(1272, "21:12")]
    assert clock_times("Die Fähre sank um 21.12 Uhr.", "de") == [(1272, "21:12")]
    assert clock_times("Feribot saat 21.12'de battı.", "tr") == [(1272, "21:12")]
    # a conversion in brackets, a price, a measure and a date are not times of day
    assert clock_times("at 21:12 local time (19:12 GMT)", "en") == [(1272, "21:12")]
    assert clock_times("Tickets cost 12.50 euros.", "en") == []
    assert clock_times("The wave was 11.40 km long.", "en") == []
    assert clock_times("Sie kam am 8.05. an.", "de") == []


def test_one_moment_given_as_two_times_disagrees_within_and_across_languages() -> None:
    a = in_language("en", "a", "The ferry sank at 21:12 local time, the coastguard said.")
    b = in_language("en", "b", "According to the port authority, the ferry sank at 21:15.")
    (found,) = _times([a, b])
    assert {c.value: c.article_ids for c in found.claims} == {"21:12": ("a",), "21:15": ("b",)}
    c = in_language("fr", "c", "Le ferry a coulé à 21 h 12 au large du port.")
    d = in_language("it", "d", "Il ferry è affondato alle 21.15 davanti al porto.")
    (found,) = _times([c, d])
    assert found.subject == "at what time (ferry)"


def test_a_translation_alone_does_not_make_one_moment() -> None:
    a = in_language("en", "a", "The ferry sank at 21:12 local time.")
    b = in_language("de", "b", "Die Fähre sank um 21:15 Uhr Ortszeit.")
    assert _times([a, b]) == []


def test_a_source_giving_both_times_shows_two_moments() -> None:
    a = in_language(
        "en", "a", "A first blast hit the station at 20:03 and a second blast at 20:09."
    )
    b = in_language("en", "b", "The blast at the station came at 20:06, witnesses said.")
    assert _times([a, b]) == []


def test_times_hours_apart_or_on_other_days_are_other_moments() -> None:
    a = in_language("en", "a", "The ferry sank at 21:12, the coastguard said.")
    b = in_language("en", "b", "The ferry was found by divers at 23:40, the coastguard said.")
    c = in_language("en", "c", "On 3 March 2024 the ferry left the harbour at 21:12.")
    d = in_language("en", "d", "On 4 March 2024 the ferry left the harbour at 21:15.")
    assert _times([a, b]) == []
    assert _times([c, d]) == []


def test_a_shared_name_alone_does_not_make_one_moment() -> None:
    a = in_language("en", "a", "Crowds cheered as Cardinal Lorenzo Bianchi appeared at 19:13.")
    b = in_language("en", "b", "Later, Cardinal Lorenzo Bianchi spoke briefly at 19:18.")
    assert _times([a, b]) == []


def test_words_that_only_tell_the_time_do_not_make_one_moment() -> None:
    a = in_language("en", "a", "The first tremor came at 4:12 in the morning.")
    b = in_language("en", "b", "An aftershock followed at 4:15 in the morning, hours later.")
    c = in_language("de", "c", "Ein erstes Beben gab es um 4:12 Uhr Ortszeit.")
    d = in_language("de", "d", "Ein Nachbeben folgte um 4:15 Uhr Ortszeit.")
    assert _times([a, b]) == []
    assert _times([c, d]) == []


def test_a_hedged_time_does_not_clash_with_a_precise_one() -> None:
    a = in_language("de", "a", "Die Fähre sank gegen 21:10 Uhr vor dem Hafen.")
    b = in_language("de", "b", "Die Fähre sank um 21:13 Uhr vor dem Hafen.")
    c = in_language("en", "c", "The ferry sank shortly after 21:10, the coastguard said.")
    d = in_language("en", "d", "The ferry sank at 21:13, the coastguard said.")
    assert _times([a, b]) == []
    assert _times([c, d]) == []
    assert clock_times("gegen 21:10 Uhr", "de", exact=True) == []
    assert clock_times("um 21:10 Uhr", "de", exact=True) == [(1270, "21:10")]


def test_hedged_times_in_portuguese_dutch_and_spanish_are_not_compared() -> None:
    # "por volta das" (about), "rond" (around), "sobre las" (around): approximations, which a
    # precise time minutes off does not contradict
    a = in_language("pt", "a", "A balsa afundou por volta das 21h15 perto do porto.")
    b = in_language("pt", "b", "A balsa afundou às 21h18 perto do porto.")
    c = in_language("nl", "c", "De veerboot zonk rond 21.15 uur bij de haven.")
    d = in_language("nl", "d", "De veerboot zonk om 21.18 uur bij de haven.")
    assert _times([a, b]) == []
    assert _times([c, d]) == []
    assert clock_times("Sobre las 21.15 horas", "es", exact=True) == []
    assert clock_times("por volta das 21h15", "pt", exact=True) == []
    assert clock_times("às 21h15", "pt", exact=True) == [(1275, "21:15")]
    # the conversion of a hedged time is as hedged as it is
    assert clock_times("about 21:15 local time (19:15 GMT)", "en", exact=True) == []
    assert clock_times("por volta das 21h15 (16h15 de Brasília)", "pt", exact=True) == []
    # the precise Dutch time still clashes with another precise one of the same moment
    e = in_language("nl", "e", "De veerboot zonk om 21.15 uur bij de haven.")
    (found,) = _times([d, e])
    assert {c.value for c in found.claims} == {"21:15", "21:18"}


def test_the_part_of_the_day_named_after_a_time_sets_its_half() -> None:
    assert clock_times("El ferry se hundió a la 9:12 de la noche.", "es") == [(1272, "21:12")]
    assert clock_times("Le ferry a coulé à 9 h 12 du soir.", "fr") == [(1272, "21:12")]
    assert clock_times("Il traghetto è affondato alle 9.12 di sera.", "it") == [(1272, "21:12")]
    assert clock_times("Паром затонул в 9:12 вечера.", "ru") == [(1272, "21:12")]
    assert clock_times("Die Fähre sank um 9.12 Uhr abends.", "de") == [(1272, "21:12")]
    # already in that half, or in the morning: as written
    assert clock_times("Die Fähre sank um 21.12 Uhr abends.", "de") == [(1272, "21:12")]
    assert clock_times("Le ferry a coulé à 9 h 12 du matin.", "fr") == [(552, "09:12")]
    assert clock_times("El ferry se hundió a las 9:12 de la mañana.", "es") == [(552, "09:12")]
    assert clock_times("Le ferry a coulé à 3 h 12 du matin.", "fr") == [(192, "03:12")]
    # a word that merely follows the time is no part of the day
    assert clock_times("Il traghetto è affondato alle 9.12 serali?", "it") == [(552, "09:12")]
    assert clock_times("Le ferry a coulé à 9 h 12 samedi soir.", "fr") == [(552, "09:12")]


def test_one_moment_across_languages_is_found_by_what_the_sentences_name() -> None:
    # no word shared, but the flight and the airport named in both
    a = in_language("en", "a", "Flight QX418 left Varnholm Airport at 14:22 local time.")
    b = in_language(
        "es", "b", "El vuelo QX418 despegó del aeropuerto de Varnholm a las 2:25 de la tarde."
    )
    c = in_language("it", "c", "Il volo QX418 è decollato dall'aeroporto di Varnholm alle 14.25.")
    (found,) = _times([a, b])
    assert {c.value: c.article_ids for c in found.claims} == {"14:22": ("a",), "14:25": ("b",)}
    (found,) = _times([a, c])
    assert {c.value for c in found.claims} == {"14:22", "14:25"}


def test_across_languages_one_shared_name_or_a_conversion_is_not_one_moment() -> None:
    # only the city in common: two events of the afternoon
    a = in_language("en", "a", "Police cordoned off the square in Varnholm at 14:22.")
    b = in_language("es", "b", "El alcalde habló en Varnholm a las 14:25 ante la prensa.")
    assert _times([a, b]) == []
    # the time zone of another country: an hour apart, never compared
    c = in_language("en", "c", "Flight QX418 left Varnholm Airport at 14:22 local time.")
    d = in_language("de", "d", "Flug QX418 startete um 15:22 Uhr MESZ vom Flughafen Varnholm.")
    assert _times([c, d]) == []
    # a rounded time in one of them does not clash with the precise one
    e = in_language("fr", "e", "Le vol QX418 a décollé de l'aéroport de Varnholm vers 14 h 25.")
    assert _times([c, e]) == []


def test_across_languages_the_same_names_on_two_dates_are_two_moments() -> None:
    a = in_language("en", "a", "On 3 March 2024 flight QX418 left Varnholm Airport at 14:22.")
    b = in_language(
        "it", "b", "Il 4 marzo 2024 il volo QX418 è partito dall'aeroporto di Varnholm alle 14.25."
    )
    assert _times([a, b]) == []
    # the same two sentences on one day are one moment told twice
    c = in_language(
        "it", "c", "Il 3 marzo 2024 il volo QX418 è partito dall'aeroporto di Varnholm alle 14.25."
    )
    (found,) = _times([a, c])
    assert {c.value for c in found.claims} == {"14:22", "14:25"}
