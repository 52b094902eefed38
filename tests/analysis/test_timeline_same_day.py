"""Sentences dated by a "same day" anaphor ("the same day", "le même jour", "同日", "이날"):
placed on the one day the sentence before names, and only then. Written fixture text only
(the ferry capsized on 11 March 2031; the articles are dated 12 March 2031)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.model import TimelineEntry
from briefing.analysis.same_day import anaphor_at
from briefing.model import Article

DAY = dt.date(2031, 3, 11)
WRITTEN = dt.date(2031, 3, 12)


def _made(
    article: MakeArticle, language: str, *paragraphs: str, dated: bool = True, name: str = ""
) -> Article:
    made = article(name or language, *paragraphs, date=WRITTEN if dated else None)
    return replace(made, language=language)  # type: ignore[arg-type]


def _anaphors(entries: tuple[TimelineEntry, ...]) -> list[tuple[str, object]]:
    """(phrase, day) of each entry dated by an anaphor: the date, or (month, day) with no year."""
    return [(e.phrase, e.date or (e.month, e.day)) for e in entries if "just before it" in e.how]


def test_the_same_day_takes_the_day_named_just_before(article: MakeArticle) -> None:
    cases = {
        "en": ("The ferry capsized near the harbour on 11 March.",
               "The same day, the minister ordered an inquiry into the crossing."),
        "fr": ("Le ferry a chaviré près du port le 11 mars.",
               "Le même jour, le ministre a ordonné une enquête sur la traversée."),
        "de": ("Die Fähre kenterte am 11. März vor dem Hafen.",
               "Am selben Tag ordnete der Minister eine Untersuchung der Überfahrt an."),
        "es": ("El ferry volcó cerca del puerto el 11 de marzo.",
               "El mismo día, el ministro ordenó una investigación sobre la travesía."),
        "ru": ("Паром перевернулся у входа в порт 11 марта.",
               "В тот же день министр распорядился начать расследование."),
        "ja": ("フェリーは11日、港の近くで転覆した。", "警察は同日、調査を始めたと発表した。"),
        "zh": ("渡轮11日在港口附近倾覆。", "当局当天宣布展开调查。"),
        "ko": ("여객선이 11일 항구 인근에서 전복됐다.", "정부는 이날 조사에 착수했다고 밝혔다."),
    }  # fmt: skip
    for language, (first, second) in cases.items():
        entries = extract_timeline([_made(article, language, first, second)])
        assert [day for _, day in _anaphors(entries)] == [DAY], language


def test_a_paragraph_between_keeps_the_day_and_no_year_stays_no_year(
    article: MakeArticle,
) -> None:
    told = _made(
        article,
        "en",
        "The ferry capsized near the harbour on 11 March.",
        "Divers searched the cabins and the hull of the ferry for survivors.",
        "The same day, the minister ordered an inquiry into the crossing.",
        dated=False,
    )
    assert _anaphors(extract_timeline([told])) == [("The same day", (3, 11))]


def test_look_alikes_are_not_read_as_the_same_day() -> None:
    assert anaphor_at("어린이날 행사는 모두 취소됐다.", "ko") is None  # Children's Day
    assert anaphor_at("中国同日本政府举行了会谈。", "zh") is None  # "with Japan"
    assert anaphor_at("两国不同日举行选举。", "zh") is None  # "on different days"
    assert anaphor_at("The same day as the vote, the minister resigned.", "en") is None
    assert anaphor_at("Le jour même de son élection, il a démissionné.", "fr") is None
    assert anaphor_at("Desde ese día, el puerto sigue cerrado.", "es") is None  # a span
    assert anaphor_at("The same day, the minister resigned.", "en") == (0, 12)
    assert anaphor_at("Le même jour, des manifestants ont bloqué le port.", "fr") == (0, 12)


def test_no_day_is_borrowed_across_a_step_a_range_or_a_day_not_placed(
    article: MakeArticle,
) -> None:
    stepped = _made(
        article,
        "en",
        "The ferry capsized near the harbour on 11 March.",
        "The next day divers reached the hull of the ferry.",
        "The same day, the minister ordered an inquiry into the crossing.",
        name="stepped",
    )
    two_days = _made(
        article,
        "en",
        "The ferry left port on 10 March and capsized on 11 March.",
        "The same day, the minister ordered an inquiry into the crossing.",
        name="two days",
    )
    # "14日" has no month in an undated article, so it gives no entry; "当天" points to it,
    # not to the 1 March named before it.
    unplaced = _made(
        article,
        "zh",
        "3月1日,渡轮在港口附近倾覆。",
        "政府14日宣布调查。",
        "部长当天表示将追究责任。",
        dated=False,
    )
    caption = replace(
        article(
            "caption",
            ("Divers at the harbour on 11 March.", "caption"),
            "The same day, the minister ordered an inquiry into the crossing.",
            date=WRITTEN,
        ),
        language="en",
    )
    assert _anaphors(extract_timeline([stepped, two_days, unplaced, caption])) == []


def test_a_day_after_a_word_for_last_or_next_month_is_in_that_month(
    article: MakeArticle,
) -> None:
    # Written on 30 March 2031: "28日" alone would be 28 March; "先月28日" is 28 February.
    cases = {
        "ko": "정부는 지난달 28일 새 대책을 발표했다.",
        "ja": "政府は先月28日、新たな対策を発表した。",
        "zh": "政府上个月28日宣布了新的措施。",
    }
    written = dt.date(2031, 3, 30)
    made = [
        replace(article(lang, text, date=written), language=lang) for lang, text in cases.items()
    ]
    dated = {e.article_id: e.date for e in extract_timeline(made)}
    assert dated == dict.fromkeys(cases, dt.date(2031, 2, 28))
    ahead = replace(article("ko", "행사는 다음 달 5일 열린다.", date=written), language="ko")
    assert [e.date for e in extract_timeline([ahead])] == [dt.date(2031, 4, 5)]


def test_a_month_word_not_just_before_the_day_or_a_count_moves_nothing(
    article: MakeArticle,
) -> None:
    written = dt.date(2031, 3, 30)
    cases = {
        "far": ("ko", "지난달 회의에서 논의된 대책은 28일 발표됐다."),  # the word is not the day's
        "count": ("zh", "该工程历时3个月28日完成。"),  # three months and 28 days: a count
    }
    made = [
        replace(article(name, text, date=written), language=lang)
        for name, (lang, text) in cases.items()
    ]
    monthly = replace(
        article("monthly", "정부는 지난달 28일 새 대책을 발표했다.", date=dt.date(2031, 3, 1)),
        language="ko",
        date_precision="month",
    )  # the article states only its month: nothing is counted from it
    made.append(monthly)
    dated = {e.article_id: e.date for e in extract_timeline(made)}
    assert dated.get("far") == dt.date(2031, 3, 28)
    assert "count" not in dated
    assert "monthly" not in dated
