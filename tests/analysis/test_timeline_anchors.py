"""What a date is counted from, in any language: CLDR's words for yesterday/today/tomorrow,
an article that states only its month, "today" standing beside the date it means, and a
weekday joined to its date by an article. Written fixture text only."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.dates import find_dates
from briefing.model import Article


def _in(language: str, article: Article, **changes: object) -> Article:
    return dataclasses.replace(article, language=language, **changes)  # type: ignore[arg-type]


def test_relative_days_in_each_language_count_from_the_article_date(
    article: MakeArticle,
) -> None:
    day = dt.date(2031, 3, 4)
    texts = {
        "fr": "Le port a fermé hier soir après la tempête.",
        "de": "Gestern wurde der Hafen geschlossen.",
        "es": "El puerto cerró ayer por la tarde.",
        "it": "Il porto è stato chiuso ieri sera.",
        "ru": "Порт закрыли вчера вечером.",
        "tr": "Liman dün akşam kapatıldı.",
    }
    articles = [_in(lang, article(lang, text, date=day)) for lang, text in texts.items()]
    dated = {e.article_id: e.date for e in extract_timeline(articles)}
    assert dated == dict.fromkeys(texts, dt.date(2031, 3, 3))


def test_tomorrow_that_means_morning_is_no_date() -> None:
    # "por la mañana" / "am Morgen" are "in the morning"; "mañana" alone is tomorrow.
    assert [(p.text, p.offset) for p in find_dates("Llegó el lunes por la mañana.", "es")] == [
        ("lunes", None)
    ]
    assert [p.offset for p in find_dates("El puerto abrirá mañana.", "es")] == [1]
    assert find_dates("Am Morgen kam die Fähre.", "de") == ()
    assert [p.offset for p in find_dates("Die Fähre kommt morgen.", "de")] == [1]


def test_an_article_that_states_only_its_month_gives_a_year_but_no_day(
    article: MakeArticle,
) -> None:
    monthly = dataclasses.replace(
        article(
            "a",
            "The ferry sailed on Saturday.",
            "Today the harbour is calm.",
            "The new pier opens on March 20.",
            date=dt.date(2031, 3, 1),
        ),
        date_precision="month",
    )
    found = {e.phrase: e for e in extract_timeline([monthly])}
    assert found["on Saturday"].date is None and "gives only" in found["on Saturday"].how
    assert found["Today"].date is None
    assert found["March 20"].date == dt.date(2031, 3, 20)  # the year is the article's
    assert "Mar 2031" in found["March 20"].how


def test_today_beside_the_date_it_means_is_one_statement(article: MakeArticle) -> None:
    a = _in("fr", article("a", "Le port a fermé aujourd’hui, le mardi 4 mars 2031."))
    (entry,) = extract_timeline([a])
    assert entry.phrase == "mardi 4 mars 2031" and entry.date == dt.date(2031, 3, 4)
    b = _in("it", article("b", "Il porto ha chiuso oggi 4 marzo 2031 alle otto."))
    (entry,) = extract_timeline([b])
    assert entry.date == dt.date(2031, 3, 4) and entry.resolution == "stated"


def test_a_weekday_joined_to_its_date_by_an_article_is_one_phrase() -> None:
    (phrase,) = find_dates("Dienstag, der 4. März 2031, bleibt in Erinnerung.", "de")
    assert phrase.text == "Dienstag, der 4. März 2031" and phrase.weekday == 1
    # Joined through a word only when the year shows it is that date's weekday.
    assert len(find_dates("Monday, and March 4, 2031", "en")) == 2  # 4 March 2031: Tuesday


def test_a_range_without_a_year_keeps_its_last_day(article: MakeArticle) -> None:
    (entry,) = extract_timeline([article("a", "The fair runs from May 8 to 10 at the pier.")])
    assert (entry.month, entry.day, entry.day_until) == (5, 8, 10) and entry.date is None


def test_a_month_with_last_year_is_that_month_of_the_year_before(article: MakeArticle) -> None:
    day = dt.date(2031, 3, 4)
    texts = {
        "en": "The ferry sank in December last year near the pier.",
        "fr": "Le ferry a coulé en décembre de l’année dernière.",
        "es": "El ferry se hundió en diciembre del año pasado.",
        "it": "Il traghetto è affondato a dicembre dell’anno scorso.",
        "tr": "Feribot geçen yıl aralık ayında battı.",
    }
    articles = [_in(lang, article(lang, text, date=day)) for lang, text in texts.items()]
    for entry in extract_timeline(articles):
        assert (entry.date, entry.precision) == (dt.date(2030, 12, 1), "month"), entry.phrase
        assert entry.resolution == "relative"
    undated = extract_timeline([article("u", "The ferry sank in December last year.")])
    assert [(e.date, e.month, e.day) for e in undated] == [(None, 12, None)]
    # "may" is a verb, and a month needs its capital in English.
    assert find_dates("Prices may last year have risen.", "en") == ()


def test_a_year_named_alone_dates_its_sentence_to_the_year(article: MakeArticle) -> None:
    # The language says it is a year: a function word before it, or its word for a year.
    texts = {
        "en": "The old bridge collapsed in 1998 after a flood.",
        "fr": "Le vieux pont s'est effondré en 1998 après une crue.",
        "de": "Im Jahr 1998 stürzte die alte Brücke ein.",
        "ru": "Старый мост обрушился в 1998 году после наводнения.",
        "tr": "Eski köprü 1998 yılında selden sonra çöktü.",
    }
    articles = [
        _in(lang, article(lang, text, date=dt.date(2031, 3, 4))) for lang, text in texts.items()
    ]
    found = {e.article_id: (e.date, e.precision, e.resolution) for e in extract_timeline(articles)}
    assert found == dict.fromkeys(texts, (dt.date(1998, 1, 1), "year", "stated"))


def test_counts_and_titles_that_look_like_years_are_not_dates(article: MakeArticle) -> None:
    texts = [
        "About 2000 people and more than 1999 volunteers came.",  # hedged counts
        "The fund gave 2000 euros to each of 2000 families.",  # money and a count
        "The film (1998) won a prize; the 2019-20 season ended.",  # a title, a season
        "Rund 2000 Menschen kamen zur Brücke.",
    ]
    articles = [
        _in("de" if "Menschen" in t else "en", article(str(i), t)) for i, t in enumerate(texts)
    ]
    assert extract_timeline(articles) == ()
