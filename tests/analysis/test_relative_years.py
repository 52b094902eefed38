"""A month dated by "last year" / "this year" / "next year" in a language with cases: the
phrase is CLDR's, inflected (pymorphy3 for Russian and Ukrainian, adjective endings for
German), and counted from the article's own date only. Written fixture text only."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.dates import find_dates
from briefing.model import Article

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # ``benchmarks`` is a top-level folder, not an installed package
    sys.path.append(str(REPO))  # appended: ``briefing`` still comes from the installed package

from benchmarks.realworld.inflect_relative import inflect_phrase, month_forms  # noqa: E402


def _in(language: str, article: Article) -> Article:
    return dataclasses.replace(article, language=language)


TEXTS = {
    "ru-gent": ("ru", "Паром затонул в декабре прошлого года у причала."),
    "ru-loct": ("ru", "В прошлом году в декабре паром затонул у причала."),
    "uk-gent": ("uk", "Пором затонув у грудні минулого року біля причалу."),
    "uk-adverb": ("uk", "Пором затонув у грудні торік біля причалу."),
    "de-gent": ("de", "Die Fähre sank im Dezember letzten Jahres am Kai."),
    "de-article": ("de", "Die Fähre sank im Dezember des letzten Jahres am Kai."),
}


def test_an_inflected_last_year_dates_the_month_from_the_article_date(
    article: MakeArticle,
) -> None:
    day = dt.date(2031, 3, 4)
    articles = [_in(lang, article(key, text, date=day)) for key, (lang, text) in TEXTS.items()]
    found = {e.article_id: (e.date, e.precision, e.resolution) for e in extract_timeline(articles)}
    assert found == dict.fromkeys(TEXTS, (dt.date(2030, 12, 1), "month", "relative"))


def test_without_the_article_date_the_month_stays_undated(article: MakeArticle) -> None:
    lang, text = TEXTS["ru-gent"]
    (entry,) = extract_timeline([_in(lang, article("u", text))])
    assert (entry.date, entry.month, entry.resolution) == (None, 12, "unresolved")


def test_this_and_next_year_in_other_cases(article: MakeArticle) -> None:
    day = dt.date(2031, 3, 4)
    texts = {
        "this": ("ru", "Новый мост откроют в мае этого года."),
        "next": ("de", "Die neue Brücke öffnet im Mai nächsten Jahres."),
        "next-uk": ("uk", "Новий міст відкриють у травні наступного року."),
    }
    articles = [_in(lang, article(key, text, date=day)) for key, (lang, text) in texts.items()]
    found = {e.article_id: e.date for e in extract_timeline(articles)}
    assert found == {
        "this": dt.date(2031, 5, 1),
        "next": dt.date(2032, 5, 1),
        "next-uk": dt.date(2032, 5, 1),
    }


def test_a_month_in_the_prepositional_with_its_year_is_stated() -> None:
    (phrase,) = find_dates("Мост открыли в декабре 2024 года.", "ru")
    assert (phrase.month, phrase.year, phrase.kind) == (12, 2024, "month")
    (phrase,) = find_dates("Міст відкрили у грудні 2024 року.", "uk")
    assert (phrase.month, phrase.year) == (12, 2024)


def test_no_month_or_a_plural_is_no_date() -> None:
    # A year phrase alone names no month; "der letzten Jahre" is "of recent years".
    assert find_dates("В прошлом году паром не ходил.", "ru") == ()
    assert find_dates("Im Dezember der letzten Jahre fuhr keine Fähre.", "de") == ()


def test_inflection_pairs_cases_and_keeps_unknown_words() -> None:
    russian = inflect_phrase("прошлом году", "ru")
    assert {"прошлого года", "прошлым годом", "прошлый год"} <= russian
    assert "прошлого году" not in russian  # the words agree in case
    assert {"минулому році", "минулий рік"} <= inflect_phrase("минулого року", "uk")
    assert {"letzten jahres", "letztem jahr"} <= inflect_phrase("letztes jahr", "de")
    assert inflect_phrase("наст р", "uk") == {"наст р"}  # an abbreviation stays as CLDR has it
    assert month_forms("ru")["декабре"] == 12
    assert month_forms("uk")["грудні"] == 12
    assert month_forms("de") == {}


DAY_TEXTS = {
    "ru": ("ru", "Паром затонул 2 февраля прошлого года у причала."),
    "ru-first": ("ru", "В прошлом году, 2 февраля, паром затонул у причала."),
    "de": ("de", "Die Fähre sank am 2. Februar letzten Jahres am Kai."),
    "fr": ("fr", "Le ferry a coulé le 2 février de l'année dernière."),
    "fr-first": ("fr", "L'année dernière, le 2 février, le ferry a coulé."),
    "en": ("en", "The ferry sank on February 2 last year."),
    "en-first": ("en", "Last year, on February 2, the ferry sank."),
    "es": ("es", "El ferry se hundió el 2 de febrero del año pasado."),
    "tr": ("tr", "Feribot geçen yıl 2 Şubat'ta battı."),
}


def test_a_day_and_month_of_last_year_take_the_year_before_the_articles(
    article: MakeArticle,
) -> None:
    # Written on 4 March 2031: the nearest 2 February would be 2031's, a month before.
    day = dt.date(2031, 3, 4)
    articles = [_in(lang, article(key, text, date=day)) for key, (lang, text) in DAY_TEXTS.items()]
    found = {e.article_id: (e.date, e.precision, e.resolution) for e in extract_timeline(articles)}
    assert found == dict.fromkeys(DAY_TEXTS, (dt.date(2030, 2, 2), "day", "relative"))
    undated = [_in(lang, article(key, text)) for key, (lang, text) in DAY_TEXTS.items()]
    assert {(e.date, e.month, e.day) for e in extract_timeline(undated)} == {(None, 2, 2)}


def test_common_synonyms_of_last_year_date_a_month(article: MakeArticle) -> None:
    day = dt.date(2031, 3, 4)
    texts = {
        "de": ("de", "Die Fähre sank im Dezember vergangenen Jahres am Kai."),
        "de-vorig": ("de", "Die Fähre sank im Dezember vorigen Jahres am Kai."),
        "fr": ("fr", "Le ferry a coulé en décembre l'an dernier."),
        "ru": ("ru", "Паром затонул в декабре минувшего года."),
    }
    articles = [_in(lang, article(key, text, date=day)) for key, (lang, text) in texts.items()]
    found = {e.article_id: (e.date, e.precision) for e in extract_timeline(articles)}
    assert found == dict.fromkeys(texts, (dt.date(2030, 12, 1), "month"))


def test_a_sentence_naming_another_year_leaves_its_day_without_a_year(
    article: MakeArticle,
) -> None:
    # The year words are not beside the day: which year the day is in, the words do not say,
    # so it is listed without a year rather than in the article's.
    day = dt.date(2031, 3, 4)
    texts = {
        "de": ("de", "Im vergangenen Jahr sank am 2. Februar die Fähre."),
        "en": ("en", "Last year's ferry sank again on February 2."),
        "fr": ("fr", "Comme l'an dernier, le ferry a coulé le 2 février."),
    }
    articles = [_in(lang, article(key, text, date=day)) for key, (lang, text) in texts.items()]
    found = {e.article_id: (e.date, e.month, e.day) for e in extract_timeline(articles)}
    assert found == dict.fromkeys(texts, (None, 2, 2))
    plain = _in("en", article("p", "The ferry sank on February 2, officials said.", date=day))
    assert [e.date for e in extract_timeline([plain])] == [dt.date(2031, 2, 2)]
