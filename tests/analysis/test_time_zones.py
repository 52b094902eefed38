"""A day told in another time zone is not a rival day (``time_zones`` and the rules comparing
days: ``main_day``, ``weekday_slips``, ``events``). Written fixtures (no article text): a ferry
capsized on Thursday 12 March 2026; the look-alikes are a real one-day slip with no zone said,
a day two apart with a zone, and words that only look like a zone ("for the first time",
"in letzter Zeit", Italian "ora" for "now", Chinese "第一时间")."""

from __future__ import annotations

import datetime as dt

import pytest
from analysis.builders import make_article
from analysis.ferry_fixtures import THURSDAY
from analysis.ferry_fixtures import ferry_story as _story
from analysis.ferry_fixtures import in_language as _in
from analysis.ferry_fixtures import main_event_days as _days

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.time_zones import zone_told
from briefing.model import Article


def _told(language: str, sentence: str, phrase: str) -> bool:
    start = sentence.index(phrase)
    return zone_told(sentence, start, start + len(phrase), language)


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("en", "The ferry capsized early on Friday, March 13, Beijing time.", "March 13"),
        ("en", "It sank at 11:40 p.m. local time on 12 March.", "12 March"),
        ("en", "It sank on 12 March at 10 p.m. Eastern time.", "12 March"),
        ("en", "It sank on 13 March at 2:10 (JST), the agency said.", "13 March"),
        ("en", "It sank on 13 March at 02:10 GMT+8.", "13 March"),
        ("fr", "Le ferry a chaviré le 13 mars à 2 heures, heure de Paris.", "13 mars"),
        ("fr", "Le ferry a chaviré le 12 mars vers 23 heures (heure locale).", "12 mars"),
        ("de", "Die Fähre kenterte am 12. März gegen 23 Uhr Ortszeit.", "12. März"),
        ("de", "Die Fähre kenterte am 13. März um 2 Uhr Moskauer Zeit.", "13. März"),
        ("es", "El ferry volcó el 13 de marzo a las 2, hora de Madrid.", "13 de marzo"),
        ("it", "Il traghetto si è capovolto il 13 marzo alle 2 ora italiana.", "13 marzo"),
        ("pt", "A balsa virou em 13 de março às 2h, horário de Brasília.", "13 de março"),
        ("ru", "Паром перевернулся 13 марта по московскому времени.", "13 марта"),
        ("uk", "Пором перекинувся 13 березня за київським часом.", "13 березня"),
        ("pl", "Prom wywrócił się 13 marca o 2 czasu polskiego.", "13 marca"),
        ("tr", "Feribot 13 Mart'ta yerel saatle 02.00'de alabora oldu.", "13 Mart"),
        ("el", "Το πλοίο ανατράπηκε στις 12 Μαρτίου, τοπική ώρα.", "12 Μαρτίου"),
        ("ar", "انقلبت العبارة يوم 12 مارس بالتوقيت المحلي.", "12 مارس"),
        ("zh", "3月13日凌晨,当地时间3月12日晚,渡轮倾覆。", "3月12日"),
        ("ja", "現地時間3月12日夜、フェリーが転覆した。", "3月12日"),
        ("ko", "현지시간 3월 12일 밤 여객선이 전복됐다.", "3월 12일"),
    ],
)
def test_a_zone_named_beside_the_date_is_read(language: str, sentence: str, phrase: str) -> None:
    assert _told(language, sentence, phrase)


@pytest.mark.parametrize(
    ("language", "sentence", "phrase"),
    [
        ("en", "The ferry capsized on Friday, March 13, for the first time in years.", "March 13"),
        ("en", "On March 13, Christmas time seemed far away.", "March 13"),
        ("en", "The CAT team arrived on March 13 with a crane.", "March 13"),
        ("fr", "Le 13 mars, c'était l'heure de Macron.", "13 mars"),
        ("de", "Die Fähre kenterte am 13. März, wie in letzter Zeit oft.", "13. März"),
        ("it", "Il traghetto si è capovolto il 13 marzo, ora Meloni parla.", "13 marzo"),
        ("zh", "3月13日,救援人员第一时间赶到现场。", "3月13日"),
        ("ar", "انقلبت العبارة يوم 13 مارس في توقيت حساس.", "13 مارس"),
        # a zone told of another date, far from this one
        (
            "en",
            "It sank on 13 March, and the inquiry, which opened a week later at 9 a.m. "
            "local time, blamed the crew.",
            "13 March",
        ),
    ],
)
def test_words_that_only_look_like_a_zone_are_not(
    language: str, sentence: str, phrase: str
) -> None:
    assert not _told(language, sentence, phrase)


def test_a_rival_day_told_in_another_zone_is_the_same_moment() -> None:
    beijing = _in("en", "d", "The ferry capsized early on Friday, March 13, Beijing time.")
    assert _days([*_story(), beijing]) == []
    moscow = _in("ru", "d", "Паром перевернулся в пятницу, 13 марта, по московскому времени.")
    assert _days([*_story(), moscow]) == []


def test_a_one_day_slip_with_no_zone_is_still_a_rival() -> None:
    plain = _in("en", "d", "The ferry capsized early on Friday, March 13, off the coast.")
    (found,) = _days([*_story(), plain])
    assert {c.value: c.article_ids for c in found.claims}["Friday 13 March 2026"] == ("d",)


def test_a_zone_does_not_excuse_two_days() -> None:
    far = _in("en", "d", "The ferry capsized early on Saturday, March 14, Beijing time.")
    (found,) = _days([*_story(), far])
    assert {c.value: c.article_ids for c in found.claims}["Saturday 14 March 2026"] == ("d",)


def test_the_main_days_own_local_time_excuses_no_other_articles_day() -> None:
    # "local time" is the place's, the zone every unzoned day is told in: a slip stays one
    local = _in("en", "e", "The ferry capsized at 11:40 p.m. local time on Thursday.", THURSDAY)
    plain = _in("en", "d", "The ferry capsized early on Friday, March 13, off the coast.")
    (found,) = _days([*_story(), local, plain])
    assert {c.value: c.article_ids for c in found.claims}["Friday 13 March 2026"] == ("d",)


def test_a_weekday_one_off_its_date_in_a_named_zone_is_no_slip() -> None:
    # 12 March 2026 was a Thursday: "Friday, March 12, Beijing time" keeps a zone's weekday
    zoned = _in("en", "d", "The ferry capsized on Friday, March 12, Beijing time.")
    right = _in("fr", "e", "Le ferry a chaviré le jeudi 12 mars au large.")
    assert _days([*_story(), zoned, right]) == []
    plain = _in("en", "d", "The ferry capsized on Friday, March 12, off the coast.")
    (found,) = _days([*_story(), plain, right])
    assert {c.value: c.article_ids for c in found.claims}["Friday, 12 March"] == ("d",)


def test_the_main_days_weekday_with_the_next_date_in_a_named_zone_is_no_slip() -> None:
    # 13 March 2026 was a Friday; "Thursday, 13 March" in Tokyo time is the act's Thursday
    zoned = _in("en", "d", "On Thursday, March 13, nine people died at sea (JST).")
    assert _days([*_story(), zoned]) == []
    plain = _in("en", "d", "On Thursday, March 13, nine people died at sea.")
    (found,) = _days([*_story(), plain])
    assert "Thursday, 13 March" in {c.value for c in found.claims}


def _event_dates(*texts: str) -> list[set[str]]:
    articles = [make_article(chr(ord("a") + i), t) for i, t in enumerate(texts)]
    return [{c.value for c in d.claims} for d in find_discrepancies(articles) if d.kind == "date"]


def test_an_actors_day_one_apart_in_a_named_zone_is_one_event() -> None:
    assert not _event_dates(
        "Marek Dolan arrived in Vornica on 14 March 2024.",
        "Marek Dolan arrived in Vornica on 15 March 2024, Beijing time.",
    )
    # with no zone, or two days apart, it is still two days
    (plain,) = _event_dates(
        "Marek Dolan arrived in Vornica on 14 March 2024.",
        "Marek Dolan arrived in Vornica on 15 March 2024.",
    )
    assert len(plain) == 2
    (far,) = _event_dates(
        "Marek Dolan arrived in Vornica on 14 March 2024.",
        "Marek Dolan arrived in Vornica on 16 March 2024, Beijing time.",
    )
    assert len(far) == 2


HALSOY = dt.date(2026, 7, 18)  # hundreds evacuated from the island on Saturday 18 July


def _fire(*articles: Article) -> list[Discrepancy]:
    story = [
        _in(
            "en", "a", "Hundreds were evacuated from Halsøy on Saturday as the fire spread.", HALSOY
        ),
        _in("en", "b", "Tourists were evacuated from Halsøy on Saturday by boat.", HALSOY),
        _in("fr", "c", "Des centaines de touristes ont été évacués samedi de Halsøy.", HALSOY),
    ]
    found = find_discrepancies([*story, *articles])
    return [d for d in found if d.subject == "the day the story's event began"]


def test_a_start_day_one_apart_in_a_named_zone_is_one_outbreak() -> None:
    french = _in("fr", "f", "Un violent incendie, déclenché le 14 juillet, a ravagé l'île.", HALSOY)
    zoned = _in("en", "e", "The fire broke out on July 15 at 01:30 Beijing time.", HALSOY)
    assert _fire(french, zoned) == []
    plain = _in("en", "e", "The fire broke out on July 15 in the hills.", HALSOY)
    assert len(_fire(french, plain)) == 1


def _took_office(*articles: Article) -> list[str]:
    found = find_discrepancies(list(articles))
    return sorted(d.subject for d in found if d.subject.startswith("when Valcour"))


def test_an_office_taken_one_day_apart_in_a_named_zone_is_one_day() -> None:
    day = dt.date(2031, 4, 16)
    became = _in(
        "en", "a", "Ondine Valcour became prime minister on March 6, replacing Paul Ferrand.", day
    )
    zoned = _in(
        "en",
        "b",
        "Ondine Valcour became prime minister on March 7, Tokyo time, replacing Ferrand.",
        day,
    )
    assert _took_office(became, zoned) == []
    plain = _in(
        "en", "b", "Ondine Valcour became prime minister on March 7, replacing Ferrand.", day
    )
    # the office's rule and the actor's-day rule both see the slip
    assert _took_office(became, plain) == [
        "when Valcour became",
        "when Valcour took office as prime minister",
    ]
