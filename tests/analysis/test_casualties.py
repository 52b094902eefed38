"""Casualty counts across languages (:mod:`briefing.analysis.casualties`).

Fixtures are written for these tests (no article text). The story: a stand collapses at a
stadium in a made-up town, reported in English, French, German, Russian and Spanish. Each
look-alike keeps every condition of a real disagreement but one, so it fails if that one
condition is dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from analysis.builders import make_article, values_by_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.casualties import casualty_kind
from briefing.model import Article

DAY = dt.date(2031, 5, 4)


def _in(language: str, article_id: str, text: str, date: dt.date | None = DAY) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _figures(articles: list[Article]) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.kind == "figure"]


@pytest.mark.parametrize(
    ("text", "number", "noun", "language", "kind"),
    [
        ("Officials said 61 people were killed in Korvala.", "61", "people", "en", "dead"),
        ("The collapse left 61 dead and 70 injured.", "70", "injured", "en", "injured"),
        ("killing at least 61 people and wounding 70", "61", "people", "en", "dead"),
        ("Soixante personnes ont été blessées.", "Soixante", "personnes", "fr", "injured"),
        ("Bei dem Unglück kamen 61 Menschen ums Leben.", "61", "Menschen", "de", "dead"),
        ("Die Polizei hat 4 Personen festgenommen.", "4", "Personen", "de", "arrested"),
        ("При обрушении погибли 61 человек, ранены 70.", "61", "человек", "ru", "dead"),
        ("При обрушении погибли 61 человек, ранены 70 человек.", "70", "человек", "ru", "injured"),
        ("Hay 12 personas desaparecidas tras el derrumbe.", "12", "personas", "es", "missing"),
        ("Çöküşte 61 kişi hayatını kaybetti.", "61", "kişi", "tr", "dead"),
        ("Sono 70 le persone ferite nel crollo.", "70", "persone", "it", "injured"),
        # Not a toll: occupants, a part of the dead, an increment, a clause naming two kinds.
        ("The bus carrying 40 passengers crashed, 12 killed.", "40", "passengers", "en", None),
        ("Among them, 12 children were killed.", "12", "children", "en", None),
        ("Another 15 people died overnight.", "15", "people", "en", None),
        ("In der Nacht starben weitere 15 Menschen.", "15", "Menschen", "de", None),
        ("He was arrested after 12 people were killed.", "12", "people", "en", None),
        ("About 61 people attended the match in Korvala.", "61", "people", "en", None),
    ],
)
def test_the_kind_of_a_count_comes_from_its_own_clause(
    text: str, number: str, noun: str, language: str, kind: str | None
) -> None:
    start = text.index(number)
    assert casualty_kind(text, start, start + len(number), noun, language) == kind


def test_one_toll_in_four_languages_and_nouns_is_one_flag() -> None:
    articles = [
        _in("en", "a", "Officials said 61 people were killed when the stand collapsed."),
        _in("fr", "b", "L'effondrement de la tribune a fait soixante-dix morts, selon la mairie."),
        _in("de", "c", "Beim Einsturz der Tribüne kamen 70 Menschen ums Leben."),
        _in("ru", "d", "При обрушении трибуны погибли 61 человек."),
    ]
    (found,) = _figures(articles)
    assert found.subject == "how many dead, reported 4 May 2031"
    # One value is quoted under the first way it is written, citing every source ("70" in
    # digits is a round figure, 65–74, so it stays beside the 70 written out).
    assert values_by_article(found) == {
        "61 people": ("a", "d"),
        "soixante-dix morts (70)": ("b",),
        "70 Menschen": ("c",),
    }


def test_tolls_reported_on_different_days_are_not_compared() -> None:
    # A toll grows: 61 on the day of the collapse and 70 two days later are both right.
    later = DAY.replace(day=6)
    articles = [
        _in("en", "a", "Officials said 61 people were killed when the stand collapsed."),
        _in("de", "c", "Beim Einsturz der Tribüne kamen 70 Menschen ums Leben.", later),
    ]
    assert _figures(articles) == []
    same_day = [articles[0], dataclasses.replace(articles[1], date=DAY)]
    assert len(_figures(same_day)) == 1


def test_a_toll_whose_report_has_no_date_is_not_compared_across_languages() -> None:
    # It may be hours or days older than the other; within its language it is a count of
    # its noun, as before.
    articles = [
        _in("en", "a", "Officials said 61 people were killed when the stand collapsed."),
        _in("de", "c", "Beim Einsturz der Tribüne kamen 70 Menschen ums Leben.", None),
    ]
    assert _figures(articles) == []


def test_tolls_of_undated_reports_whose_sentences_date_nothing_are_not_compared() -> None:
    # Neither the report nor the sentence says for which day: one may be a day older.
    articles = [
        _in("en", "a", "Officials said 61 people were killed when the stand collapsed.", None),
        _in("en", "b", "The collapse of the stand killed 70 people, officials said.", None),
        _in("de", "c", "Beim Einsturz der Tribüne kamen 61 Menschen ums Leben.", None),
        _in("de", "d", "Beim Einsturz der Tribüne starben 70 Menschen.", None),
    ]
    assert _figures(articles) == []


def test_undated_tolls_of_one_day_are_compared_by_kind_in_every_language() -> None:
    # The sentences date themselves: the dead of that day are compared whatever their noun
    # and language (a toll of one day, as between reports of one day), never with the injured.
    killed = "On May 4, 2031 the collapse of the stand in Korvala killed 61 people."
    dead = "On May 4, 2031 the collapse of the stand in Korvala left 70 dead."
    injured = "On May 4, 2031 the collapse of the stand in Korvala injured 70 people."
    tote = "Am 4. Mai 2031 kamen beim Einsturz der Tribüne in Korvala 61 Menschen ums Leben."
    verletzte = "Am 4. Mai 2031 wurden beim Einsturz der Tribüne in Korvala 70 Menschen verletzt."
    assert _figures([_in("en", "a", killed, None), _in("en", "c", injured, None)]) == []
    assert _figures([_in("de", "d", tote, None), _in("de", "e", verletzte, None)]) == []
    assert _figures([_in("en", "a", killed, None), _in("de", "e", verletzte, None)]) == []
    (found,) = _figures([_in("en", "b", dead, None), _in("de", "d", tote, None)])
    assert found.subject.startswith("how many dead")
    assert values_by_article(found) == {"70 dead": ("b",), "61 Menschen": ("d",)}
    (found,) = _figures(
        [_in("en", "a", killed, None), _in("en", "b", dead, None), _in("de", "d", tote, None)]
    )
    assert sorted(sorted(ids) for ids in values_by_article(found).values()) == [["a", "d"], ["b"]]


def test_undated_tolls_dated_to_two_days_are_not_compared_across_languages() -> None:
    # A developing story: the toll of the collapse's day and the next day's.
    first = "On May 4, 2031 the collapse of the stand in Korvala killed 61 people."
    later = "Am {}. Mai 2031 kamen beim Einsturz der Tribüne in Korvala 70 Menschen ums Leben."
    assert _figures([_in("en", "a", first, None), _in("de", "b", later.format(5), None)]) == []
    # the same text dated to the same day does disagree
    assert len(_figures([_in("en", "a", first, None), _in("de", "b", later.format(4), None)])) == 1


def test_dead_and_injured_are_never_one_quantity() -> None:
    articles = [
        _in("en", "a", "Officials said 61 people were killed when the stand collapsed."),
        _in("de", "c", "Beim Einsturz der Tribüne wurden 70 Menschen verletzt."),
        _in("ru", "d", "При обрушении трибуны ранены 70 человек."),
    ]
    assert _figures(articles) == []


def test_a_hedged_toll_does_not_clash_with_a_higher_precise_one() -> None:
    articles = [
        _in("en", "a", "At least 61 people were killed when the stand collapsed."),
        _in("de", "c", "Beim Einsturz der Tribüne kamen 70 Menschen ums Leben."),
        _in("fr", "b", "Plus de 60 personnes ont été tuées dans l'effondrement."),
    ]
    assert _figures(articles) == []


def test_new_deaths_are_not_a_toll() -> None:
    articles = [
        _in("en", "a", "Another 15 people died overnight in hospital."),
        _in("de", "c", "Beim Einsturz der Tribüne kamen 18 Menschen ums Leben."),
    ]
    assert _figures(articles) == []


def test_occupants_are_not_the_toll() -> None:
    articles = [
        _in("en", "a", "The bus was carrying 45 people when the stand fell on it."),
        _in("de", "c", "Beim Einsturz der Tribüne kamen 40 Menschen ums Leben."),
    ]
    assert _figures(articles) == []


def test_a_part_of_the_dead_is_not_the_toll() -> None:
    articles = [
        _in("en", "b", "Among the victims, 12 children were killed."),
        _in("fr", "d", "Quinze personnes ont été tuées dans l'effondrement."),
    ]
    assert _figures(articles) == []


def test_a_toll_is_never_tied_to_another_noun_across_languages() -> None:
    # 61 and 71 dead vie as one toll; "71 Häuser" in a sentence naming the same town is
    # houses, and a toll is compared across languages by its kind already.
    articles = [
        _in("en", "a", "Officials in Korvala said 61 people were killed by the storm."),
        _in("en", "b", "Officials in Korvala said 71 people were killed by the storm."),
        _in("de", "c", "Der Sturm zerstörte in Korvala 71 Häuser."),
        _in("de", "d", "In Korvala zerstörte der Sturm 71 Häuser."),
    ]
    (found,) = _figures(articles)
    assert {a for c in found.claims for a in c.article_ids} == {"a", "b"}


def test_a_running_toll_is_the_toll_of_its_report() -> None:
    # "rose to", "stieg auf", "возросло до": the toll as of the report, compared with the
    # other reports of that day in any language ("до" after a rise is "to", not "up to").
    articles = [
        _in("en", "a", "The death toll from the stadium collapse rose to 61, officials said."),
        _in("de", "b", "Die Zahl der Toten stieg auf 70, teilte die Polizei mit."),
        _in("ru", "c", "Число погибших возросло до 70."),
        _in("fr", "d", "Le bilan s'élève désormais à 61 morts."),
    ]
    (found,) = _figures(articles)
    assert {c.value: c.article_ids for c in found.claims} == {
        "61 dead": ("a", "d"),
        "70 dead": ("b", "c"),
    }


def test_running_tolls_of_different_days_or_a_rise_by_are_not_compared() -> None:
    later = DAY.replace(day=6)
    articles = [
        _in("en", "a", "The death toll from the collapse rose to 61, officials said."),
        _in("de", "b", "Die Zahl der Toten stieg auf 70, teilte die Polizei mit.", later),
        # "rose by 9": a change of the toll, not the toll.
        _in("en", "c", "The death toll has risen by 9 since the morning."),
        # A toll of the injured is another quantity.
        _in("fr", "d", "Le bilan s'élève à 70 blessés."),
    ]
    assert _figures(articles) == []


def test_a_running_toll_from_its_earlier_value_is_read_at_its_latest() -> None:
    # "rose from 52 to 61": 61 is this report's toll; 52 was an earlier one.
    articles = [
        _in("en", "a", "The death toll rose from 52 to 61 overnight, officials said."),
        _in("de", "b", "Bei dem Einsturz kamen 61 Menschen ums Leben."),
        _in("it", "c", "Il bilancio delle vittime è salito a 61."),
    ]
    assert _figures(articles) == []


def test_a_toll_that_counts_no_word_is_read_from_its_clause() -> None:
    articles = [
        _in("en", "a", "The collapse killed 61, officials said."),
        _in("de", "b", "Beim Einsturz der Tribüne kamen 70 Menschen ums Leben."),
        # An increment and a count of something else close their clauses too.
        _in("en", "c", "The night after, the storm killed another 66, officials said."),
        _in("en", "d", "The stand had room for 66, the club said."),
    ]
    (found,) = _figures(articles)
    assert values_by_article(found) == {"61 dead": ("a",), "70 Menschen": ("b",)}


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("Жертвами обрушения стали 61 человек.", "61", "dead"),
        ("При обрушении пострадали 70 человек.", "70", "injured"),
    ],
)
def test_russian_news_words_for_victims_and_the_hurt(text: str, number: str, kind: str) -> None:
    start = text.index(number)
    assert casualty_kind(text, start, start + len(number), "человек", "ru") == kind


@pytest.mark.parametrize(
    ("language", "preliminary"),
    [
        ("en", "According to preliminary figures, 61 people were killed."),
        ("fr", "Selon un bilan provisoire, 61 personnes ont été tuées."),
        ("ru", "По предварительным данным, погибли 61 человек."),
        ("es", "Según datos preliminares, murieron 61 personas."),
    ],
)
def test_a_lower_preliminary_toll_of_the_same_day_is_an_earlier_stage(
    language: str, preliminary: str
) -> None:
    final = _in("de", "c", "Beim Einsturz der Tribüne kamen 70 Menschen ums Leben.")
    assert _figures([_in(language, "a", preliminary), final]) == []
    # Without the word, the same two tolls of one day disagree…
    plain = _in("en", "a", "Officials said 61 people were killed when the stand collapsed.")
    assert len(_figures([plain, final])) == 1
    # …and a preliminary toll above the other one still does.
    higher = _in(language, "a", preliminary.replace("61", "80"))
    assert len(_figures([higher, final])) == 1


def test_a_lower_toll_beside_an_open_at_least_of_the_same_day_is_an_earlier_stage() -> None:
    # A toll only grows: "at least 16" says the count is still open, so another report's
    # plain 15 that day was true when written (a death in hospital that evening).
    open_count = [
        _in("it", "a", "Nel crollo della tribuna sono morte almeno 16 persone."),
        _in("ru", "b", "При обрушении трибуны погибли 15 человек."),
        _in("pl", "c", "W katastrofie zginęło co najmniej 15 osób."),
    ]
    assert _figures(open_count) == []
    # Without the hedge, or with the plain value far below the bound, they still disagree.
    plain = [
        _in("it", "a", "Nel crollo della tribuna sono morte 16 persone."),
        _in("ru", "b", "При обрушении трибуны погибли 12 человек."),
    ]
    assert len(_figures(plain)) == 1
    below = [
        _in("en", "a", "The collapse killed at least 16 people, officials said."),
        _in("de", "b", "Beim Einsturz der Tribüne kamen 12 Menschen ums Leben."),
        _in("fr", "c", "L'effondrement a fait moins de 10 morts."),
    ]
    assert len(_figures(below)) == 1


@pytest.mark.parametrize(
    ("language", "earlier"),
    [
        ("en", "The ministry had earlier confirmed that 9 people were killed in the landslide."),
        ("fr", "Les autorités avaient précédemment fait état de 9 personnes tuées."),
        ("pt", "As autoridades haviam informado anteriormente 9 mortes."),
        ("uk", "Раніше повідомлялося про 9 загиблих."),
    ],
)
def test_a_toll_a_report_calls_earlier_is_a_past_stage_for_every_report_of_the_day(
    language: str, earlier: str
) -> None:
    # One report says 9 was the earlier toll: another report of that day still giving 9 is
    # out of date, not a rival of the later 13.
    later = _in("de", "c", "Beim Erdrutsch kamen mindestens 13 Menschen ums Leben.")
    stale = _in("ru", "b", "При оползне погибли 9 человек.")
    assert _figures([_in(language, "a", earlier), stale, later]) == []
    # Without a report that calls 9 earlier, 9 and 13 of one day still disagree…
    assert len(_figures([stale, later])) == 1
    # …a value no report calls earlier still does, beside the one that is…
    other = _in("pl", "d", "W wyniku osuwiska zginęło 7 osób.")
    assert len(_figures([_in(language, "a", earlier), other, later])) == 1
    # …and a toll called earlier that is above the day's others is no past stage of them.
    above = _in(language, "a", earlier.replace("9", "20"))
    plain_later = _in("de", "c", "Beim Erdrutsch kamen 13 Menschen ums Leben.")
    assert len(_figures([above, plain_later])) == 1


def test_a_toll_told_beside_another_year_is_of_another_event() -> None:
    # "…worse than the 1996 fire, when 41 people died": that toll is of 1996, not of the day.
    today = _in("de", "a", "Beim Brand im Wohnturm kamen 30 Menschen ums Leben.")
    then = _in("ru", "b", "Пожар превзошёл трагедию 1996 года, когда погиб 41 человек.")
    assert _figures([today, then]) == []
    # The same sentence with no other year is a rival toll of the day…
    rival = _in("ru", "b", "При пожаре погиб 41 человек.")
    assert len(_figures([today, rival])) == 1
    # …and so is one that names the report's own year.
    same_year = _in("en", "b", f"The fire of {DAY.year} killed 41 people, officials said.")
    assert len(_figures([today, same_year])) == 1
