"""Discrepancies in any language: planted disagreements are flagged, look-alikes are not.

The fixtures are written for these tests in the formats real packets use (numbers in words,
local month names, Cyrillic and accented Latin names); none is copied from an article.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article, values_by_article

from briefing.analysis import extract_timeline, find_discrepancies
from briefing.model import Article


def _in(language: str, article_id: str, *paragraphs: str, date: dt.date | None = None) -> Article:
    built = make_article(article_id, *paragraphs, date=date)
    return dataclasses.replace(built, language=language)


# ---------------------------------------------------------------- must flag


def test_a_count_in_words_against_digits_disagrees_within_each_language() -> None:
    articles = [
        _in("fr", "fr1", "Les voleurs ont emporté huit bijoux de la galerie."),
        _in("fr", "fr2", "Au total, 9 bijoux ont disparu de la vitrine principale."),
        _in("de", "de1", "Die Täter brauchten nur sieben Minuten für den Einbruch."),
        _in("de", "de2", "Der Einbruch dauerte nach Angaben der Polizei 4 Minuten."),
        _in("ru", "ru1", "Грабители похитили девять предметов из витрины."),
        _in("ru", "ru2", "По данным полиции, похищены 8 предметов."),
    ]
    found = {d.subject.split(",")[0]: d for d in find_discrepancies(articles)}
    # The Russian counts are governed by a verb of stealing: the loot, in every language.
    assert set(found) == {"how many bijoux", "how many minutes", "how many things stolen"}
    assert values_by_article(found["how many bijoux"]) == {
        "huit bijoux (8)": ("fr1",),
        "9 bijoux": ("fr2",),
    }
    assert values_by_article(found["how many minutes"]) == {
        "sieben Minuten (7)": ("de1",),
        "4 Minuten": ("de2",),
    }
    assert set(values_by_article(found["how many things stolen"])) == {
        "девять предметов (9)",
        "8 предметов",
    }


def test_a_date_with_a_local_month_name_disagrees() -> None:
    a = _in("tr", "tr1", "Bakan Ahmet Yılmaz 6 Şubat 2023 günü bölgeye ulaştı.")
    b = _in("tr", "tr2", "Bakan Ahmet Yılmaz 8 Şubat 2023 günü bölgeye ulaştı ve konuştu.")
    (found,) = find_discrepancies([a, b])
    assert found.kind == "date"
    assert values_by_article(found) == {"6 February 2023": ("tr1",), "8 February 2023": ("tr2",)}


def test_two_transliterations_of_one_name_in_one_script() -> None:
    a = _in("ru", "a", "Архиепископ Лоран Ульрих открыл двери собора.")
    b = _in("ru", "b", "Двери собора открыл архиепископ Лоран Юльриш.")
    # A name typed without its accents is the same name, not a second spelling.
    c = _in("en", "c", "Interior minister Laurent Nuñez spoke to reporters.")
    d = _in("en", "d", "Minister Laurent Nunez said the suspects had fled.")
    found = {d.subject for d in find_discrepancies([a, b, c, d])}
    assert found == {"Ульрих / Юльриш"}


def test_two_romanisations_of_one_name_in_one_language() -> None:
    # One sound of the source script, written two ways by two English outlets: "dzh" / "j",
    # "yev" / "ev", a doubled letter, "y" / "i" in a short name.
    articles = [
        _in("en", "a", "Police named the suspect as Dalerdzhon Mirzoyev, a farm worker."),
        _in("en", "b", "The suspect, Dalerjon Mirzoev, was detained near the border."),
        _in("en", "c", "Aide Yuri Kostrov briefed reporters after the talks."),
        _in("en", "d", "Aide Yury Kostrov said the talks went well."),
        _in("en", "e", "On Sunday Shamsiddin Rakhimov appeared in court."),
        _in("en", "f", "In court, Shamsidin Rakhimov said nothing, his lawyer said."),
    ]
    found = {d.subject for d in find_discrepancies(articles)}
    # Both words of one name respelt are one flag with the whole name as each writes it
    # (:mod:`briefing.analysis.spelling_groups`).
    assert found == {
        "Dalerdzhon Mirzoyev / Dalerjon Mirzoev",
        "Yuri / Yury",
        "Shamsiddin / Shamsidin",
    }


# ---------------------------------------------------------------- must not flag


def test_each_languages_romanisation_and_other_names_are_not_variants() -> None:
    # French and German write the same name their own way ("Djamchid", "Dschamschid"):
    # that is each language's transliteration, not a disagreement; and names that sound
    # different ("Chen" / "Shen", "Ivan" / "Ilan") are two people.
    articles = [
        _in("en", "a", "Witness Jamshid Karimov spoke to the court."),
        _in("fr", "b", "Le témoin Djamchid Karimov a parlé au tribunal."),
        _in("de", "c", "Der Zeuge Dschamschid Karimov sprach vor Gericht."),
        _in("en", "d", "Analyst Li Chen and Wei Chen wrote the report."),
        _in("en", "e", "Analyst Li Shen and Wei Shen wrote the report."),
        _in("en", "f", "Officers Ivan Petrov and Ilan Petrov were there."),
    ]
    assert find_discrepancies(articles) == ()


def test_translations_and_exonyms_are_not_disagreements() -> None:
    articles = [
        _in("en", "en", "Pope Francis met Cardinal Robert Prevost in Rome."),
        _in("it", "it", "Papa Francesco ha incontrato il Cardinale Robert Prevost a Roma."),
        _in("es", "es", "El Papa Francisco se reunió con el Cardenal Robert Prevost en Roma."),
        _in("de", "de", "Präsident Wolodymyr Selenskyj traf Kardinal Robert Prevost in Rom."),
        _in("en", "en2", "President Volodymyr Zelensky met the cardinal in Rome."),
    ]
    assert find_discrepancies(articles) == ()


def test_word_order_and_grammatical_case_are_not_spelling_variants() -> None:
    a = _in("ru", "a", "Президент Эммануэль Макрон выступил с речью.")
    b = _in("ru", "b", "Речь президента Эммануэля Макрона длилась час.")
    c = _in("de", "c", "Das Museum Louvre blieb am Montag geschlossen.")
    d = _in("en", "d", "The Louvre Museum stayed closed on Monday.")
    assert find_discrepancies([a, b, c, d]) == ()


def test_rounded_figures_next_to_precise_ones_are_not_flagged() -> None:
    articles = [
        _in("en", "a", "The quake killed 1,287 people in the province, officials said."),
        _in("en", "b", "The quake killed about 1,300 people in the province."),
        _in("de", "c", "Rund 1.500 Gäste waren in der Kathedrale."),
        _in("de", "d", "In der Kathedrale waren 1.480 Gäste."),
        _in("fr", "e", "Plus de cinq ans de travaux ont été nécessaires."),
        _in("fr", "f", "Après 5 ans de travaux, la cathédrale rouvre."),
    ]
    assert find_discrepancies(articles) == ()


def test_two_events_on_two_dates_are_not_one_event() -> None:
    a = _in("tr", "a", "Bakan Ahmet Yılmaz 6 Şubat 2023 günü Hatay'a ulaştı.")
    b = _in("tr", "b", "Bakan Ahmet Yılmaz 8 Şubat 2023 günü Adana'ya ulaştı.")
    c = _in("en", "c", "Minister Ahmet Yilmaz met the governor on February 7, 2023.")
    d = _in("en", "d", "Minister Ahmet Yilmaz met the mayor of Adana on February 9, 2023.")
    e = _in("en", "e", "Minister Ahmet Yilmaz met the governor Mehmet Kaya on February 9, 2023.")
    f = _in("en", "f", "Minister Ahmet Yilmaz met the governor Ali Demir on February 7, 2023.")
    assert [x.kind for x in find_discrepancies([a, b])] == []
    assert [x.kind for x in find_discrepancies([e, f])] == []
    assert [x.kind for x in find_discrepancies([c, d])] == []


def test_occupants_are_not_casualties_and_running_tolls_are_not_disagreements() -> None:
    articles = [
        _in("en", "a", "The bus carried 40 passengers when it crashed."),
        _in("en", "b", "The crash killed 12 passengers, police said."),
        _in("tr", "c", "Depremde şu ana kadar 76 can kaybı var."),
        _in("tr", "d", "Depremde can kaybı 284'e yükseldi."),
        _in("tr", "e", "Depremin ardından an itibarıyla 42 artçı deprem oldu."),
        _in("tr", "f", "Depremin ardından an itibarıyla 78 artçı deprem oldu."),
    ]
    assert find_discrepancies(articles) == ()


def test_a_currency_conversion_is_one_value() -> None:
    articles = [
        _in("en", "a", "The jewels are worth 88 million euros, or 102 million dollars."),
        _in("en", "b", "The stolen jewels are valued at 88 million euros."),
        _in("fr", "c", "Le préjudice est estimé à 88 millions d'euros."),
        _in("de", "d", "Der Schaden beträgt über 80 Mio. Euro."),
    ]
    assert find_discrepancies(articles) == ()


def test_an_undated_articles_days_take_no_year_from_an_earlier_event() -> None:
    a = _in(
        "en",
        "a",
        "In September 2024, the president visited Mongolia.",
        "The visit will last three days, from October 8 to 10. It starts on Wednesday.",
    )
    entries = extract_timeline([a])
    assert all(e.date is None or (e.date.year == 2024 and e.month is None) for e in entries)
    assert all(e.date != dt.date(2024, 10, 8) for e in entries)


def test_a_range_of_days_in_other_languages_dates_each_day() -> None:
    day = dt.date(2031, 3, 1)
    articles = [
        _in("de", "a", "Die Messe findet vom 8. bis 10. März in Split statt.", date=day),
        _in("fr", "b", "Le salon se tient du 8 au 10 mars à Split.", date=day),
        _in("ru", "c", "Выставка пройдёт с 8 по 10 марта в Сплите.", date=day),
        _in("es", "d", "La feria se celebra del 8 al 10 de marzo en Split.", date=day),
        # "and" joins two days, not a range: only the day next to the month is dated here.
        _in("fr", "e", "Les portes ouvrent le 8 et le 10 mars.", date=day),
    ]
    spans = {e.article_id: (e.date, e.until) for e in extract_timeline(articles)}
    ranged = (dt.date(2031, 3, 8), dt.date(2031, 3, 10))
    assert spans == {"a": ranged, "b": ranged, "c": ranged, "d": ranged,
                     "e": (dt.date(2031, 3, 10), None)}  # fmt: skip


def test_a_thousand_word_between_digits_makes_one_number() -> None:
    from briefing.analysis.numbers import find_numbers

    assert [n.value for n in find_numbers("Kazada 2 bin 323 kişi yaralandı.", "tr")] == [2323]
    assert [n.value for n in find_numbers("Пострадали 3 тысячи 381 человек.", "ru")] == [3381]
    assert [n.value for n in find_numbers("Llegaron 2 mil 300 personas.", "es")] == [2300]
    articles = [
        _in("tr", "a", "Selde 2 bin 323 kişi evsiz kaldı."),
        _in("tr", "b", "Selde 2 bin 900 kişi evsiz kaldı."),
    ]
    (found,) = find_discrepancies(articles)
    assert values_by_article(found) == {"2 bin 323 kişi": ("a",), "2 bin 900 kişi": ("b",)}


def test_arrivals_in_two_cities_in_any_language_are_two_events() -> None:
    # The place comes after a short word of any language ("à Lyon", "a Lima"); the same
    # arrival on two days still disagrees.
    same = [
        _in("fr", "a", "Le ministre André Dubois est arrivé à Lyon le 6 mars 2031."),
        _in("fr", "b", "Le ministre André Dubois est arrivé à Lyon le 8 mars 2031."),
    ]
    (found,) = find_discrepancies(same)
    assert found.kind == "date" and found.subject.endswith("in Lyon")
    two_cities = [
        same[0],
        _in("fr", "c", "Le ministre André Dubois est arrivé à Nantes le 8 mars 2031."),
        _in("es", "d", "El ministro Andrés Ruiz llegó a Lima el 6 de marzo de 2031."),
        _in("es", "e", "El ministro Andrés Ruiz llegó a Quito el 8 de marzo de 2031."),
    ]
    assert find_discrepancies(two_cities) == ()


def test_a_russian_actor_dated_on_two_days_disagrees() -> None:
    a = _in("ru", "a", "Министр Андрей Соколов прибыл в Казань 6 марта 2031 года.")
    b = _in("ru", "b", "Министр Андрей Соколов прибыл в Казань 8 марта 2031 года.")
    (found,) = find_discrepancies([a, b])
    assert found.kind == "date" and found.subject == "when Соколов прибыл"


def test_russian_look_alikes_of_one_event_are_not_flagged() -> None:
    # Two cities; a capitalised preposition opening the sentence ("На") is no actor; a
    # meeting with two different people ("с мэром" / "с губернатором": "года" of the date
    # says when, not what, so it does not join them).
    pairs = [
        ("Министр Андрей Соколов прибыл в Казань 6 марта 2031 года.",
         "Министр Андрей Соколов прибыл в Самару 8 марта 2031 года."),
        ("На встрече 6 марта 2031 года выступил министр.",
         "На встрече 8 марта 2031 года выступил мэр."),
        ("Соколов встретился с мэром 6 марта 2031 года.",
         "Соколов встретился с губернатором 8 марта 2031 года."),
    ]  # fmt: skip
    for first, second in pairs:
        assert find_discrepancies([_in("ru", "a", first), _in("ru", "b", second)]) == ()
