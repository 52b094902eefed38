"""Time in office one apart in two sources (tenures.py). Written fixtures: the invented prime
minister Mara Olsvik resigns on Thursday 15 October 2026. Look-alikes: one tenure in four
languages, a predecessor's record beside two values, a hedged span, "ago" with no title, a
span of something else, one source giving both values, articles written weeks apart."""

from __future__ import annotations

import dataclasses
import datetime as dt

from analysis.builders import make_article

from briefing.analysis import Discrepancy, find_discrepancies
from briefing.analysis.tenures import tenures
from briefing.model import Article

DAY = dt.date(2026, 10, 15)


def _in(language: str, article_id: str, text: str, date: dt.date = DAY) -> Article:
    return dataclasses.replace(make_article(article_id, text, date=date), language=language)


def _tenures(*articles: Article) -> list[Discrepancy]:
    return [d for d in find_discrepancies(articles) if d.subject == "how long in office"]


_ENGLISH = _in("en", "e", "Olsvik resigned on Thursday after just six weeks in power.")


def test_six_against_five_weeks_across_languages_and_scripts() -> None:
    russian = _in(
        "ru", "r", "Ольсвик была избрана лидером партии и премьер-министром пять недель назад."
    )
    japanese = _in("ja", "j", "オルスヴィク首相は辞任を表明した。就任から6週間しか経っていない。")
    found = _tenures(_ENGLISH, russian, japanese)
    assert [(c.value, c.article_ids) for d in found for c in d.claims] == [
        ("5 weeks in office", ("r",)),
        ("6 weeks in office", ("e", "j")),
    ]


def test_one_tenure_in_four_languages_agrees() -> None:
    german = _in("de", "g", "Olsvik trat nach sechs Wochen im Amt zurück.")
    italian = _in("it", "i", "Olsvik si è dimessa dopo sei settimane al potere.")
    chinese = _in("zh", "z", "奥尔斯维克上任6周后宣布辞职。")
    assert _tenures(_ENGLISH, german, italian, chinese) == []


def test_a_predecessors_record_makes_a_third_value() -> None:
    spanish = _in("es", "s", "Olsvik dimitió tras 44 días en el cargo.")
    chinese = _in("zh", "z", "奥尔斯维克上任45天后宣布辞职。")
    record = _in("es", "s2", "El récord era de Halvorsen, que murió tras 119 días en el cargo.")
    assert len(_tenures(spanish, chinese)) == 1
    assert _tenures(spanish, chinese, record) == []


def test_hedges_untitled_ago_and_other_spans_are_not_tenures() -> None:
    assert tenures("Olsvik resigned after less than six weeks in power.", "en") == []
    assert tenures("Olsvik won the party vote five weeks ago.", "en") == []
    assert tenures("The strike lasted five weeks in the capital.", "en") == []
    assert tenures("奥尔斯维克上任不到50天。", "zh") == []
    assert tenures("She became prime minister five weeks ago.", "en") == [(5.0, "duration-week")]


def test_one_source_giving_both_and_articles_weeks_apart_are_silent() -> None:
    both = _in(
        "en",
        "b",
        "She quit after six weeks in power. Her minister left after five weeks in office.",
    )
    russian = _in("ru", "r", "Ольсвик стала премьер-министром пять недель назад.")
    assert _tenures(both, russian) == []
    later = _in(
        "ru", "r", "Ольсвик стала премьер-министром пять недель назад.", DAY - dt.timedelta(14)
    )
    assert _tenures(_ENGLISH, later) == []


def test_a_sentence_is_read_whole_once_it_holds_an_office_word_or_an_ago() -> None:
    # The prefilter looks for the words anywhere: the span still has to stand right before
    # them, in any case, and an "ago" still needs its title.
    assert tenures("Six weeks In Power had worn her out, aides said.", "en") == [
        (6.0, "duration-week")
    ]
    assert tenures("In power since 2019, she left after three weeks of talks.", "en") == []
    assert tenures(
        "In office or not, she became Prime Minister five weeks ago, and ten days ago quit.", "en"
    ) == [(5.0, "duration-week")]
    assert tenures("Three weeks ago the vote was held; she is in power now.", "en") == []


def test_paragraphs_without_the_words_are_passed_over_and_the_rest_still_read() -> None:
    from briefing.analysis.tenures import _may_hold

    assert not _may_hold("The strike lasted five weeks in the capital.", "en")
    assert _may_hold("Olsvik quit after six weeks In\nPower.", "en")
    assert _may_hold("Ольсвик стала премьер-министром пять недель назад.", "ru")
    assert _may_hold("奥尔斯维克上任6周后宣布辞职。", "zh")
    assert not _may_hold("奥尔斯维克6周后宣布辞职。", "zh")
    assert not _may_hold("Olsvik quit after six weeks in power.", "xx")
