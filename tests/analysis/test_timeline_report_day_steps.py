"""Korean "전날" and Japanese "前日" counted back from the one day the lede reports, and "이날"
placed on it, only when that day is beyond doubt. Written fixture text only (a ferry capsized
on 10 March 2031; the report is of 11 March, the articles are dated 12 March 2031)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from analysis.builders import MakeArticle

from briefing.analysis import extract_timeline
from briefing.analysis.model import TimelineEntry
from briefing.model import Article

BEFORE = dt.date(2031, 3, 10)
REPORTED = dt.date(2031, 3, 11)
WRITTEN = dt.date(2031, 3, 12)

KO_LEDE = "해양경찰청은 11일 오후 현재 여객선 승객 120명 가운데 98명이 구조됐다고 밝혔다."
KO_MIDDLE = "청장은 이날 오후 기자들에게 수색을 계속하겠다고 말했다."
KO_STEP = "여객선은 앞서 전날 오후 3시께 항구 인근에서 전복됐다."
JA_LEDE = "海上保安庁は11日、フェリーの乗客120人のうち98人を救助したと発表した。"
JA_STEP = "フェリーは前日の夕方、港の近くで転覆した。"
JA_STEP_AT = "フェリーは前日に港の近くで転覆した。"


def _made(
    article: MakeArticle, language: str, *paragraphs: str, date: dt.date = WRITTEN
) -> Article:
    made = article(language, *paragraphs, date=date)
    return replace(made, language=language)  # type: ignore[arg-type]


def _steps(entries: tuple[TimelineEntry, ...]) -> list[tuple[str, dt.date | None]]:
    return [(e.phrase, e.date) for e in entries if "the lede reports" in e.how]


def test_the_day_before_counts_from_the_ledes_day_paragraphs_down(article: MakeArticle) -> None:
    ko = _made(article, "ko", KO_LEDE, KO_MIDDLE, "수색에는 함정 20척이 동원됐다.", KO_STEP)
    assert _steps(extract_timeline([ko])) == [("전날", BEFORE)]
    for step in (JA_STEP, JA_STEP_AT):
        ja = _made(article, "ja", JA_LEDE, "同庁は同日、捜索を続けると述べた。", step)
        assert _steps(extract_timeline([ja])) == [("前日", BEFORE)], step


def test_a_korean_past_day_in_the_lede_is_set_aside(article: MakeArticle) -> None:
    lede = "지난 9일 출항한 여객선 승객 가운데 98명이 11일 오후 현재 구조됐다고 청장이 밝혔다."
    ko = _made(article, "ko", lede, KO_STEP)
    assert _steps(extract_timeline([ko])) == [("전날", BEFORE)]
    # "이날" too: the day the lede reports, which "같은 날" reading alone could not choose.
    both = _made(article, "ko", lede, KO_MIDDLE, KO_STEP)
    assert _steps(extract_timeline([both])) == [("전날", BEFORE), ("이날", REPORTED)]
    # A plan for that day is no event of it.
    plan = "청장은 이날 오후 기자회견을 열 예정이다."
    assert _steps(extract_timeline([_made(article, "ko", lede, plan)])) == []
    ja_plan = "同庁は前日に会見を開く予定だった。"
    assert _steps(extract_timeline([_made(article, "ja", JA_LEDE, ja_plan)])) == []
    # A "past" day later than the one left: the lede's days are not read right.
    later = "지난 12일 발표에 따르면 여객선 승객 가운데 98명이 11일 오후 구조됐다."
    assert _steps(extract_timeline([_made(article, "ko", later, KO_MIDDLE, KO_STEP)])) == []
    # Without "지난" the lede names two days: which one the report is of is not known.
    two = _made(article, "ko", lede.replace("지난 9일", "9일"), KO_MIDDLE, KO_STEP)
    assert _steps(extract_timeline([two])) == []


def test_silent_when_the_ledes_day_is_in_doubt(article: MakeArticle) -> None:
    # A day named on the way moves the story: "전날" may be the day before that one.
    moved = "여객선은 12일 새벽 인양됐다."
    assert _steps(extract_timeline([_made(article, "ko", KO_LEDE, moved, KO_STEP)])) == []
    # A lede far before the article's date is a retelling.
    late = dt.date(2031, 3, 20)
    assert _steps(extract_timeline([_made(article, "ko", KO_LEDE, KO_STEP, date=late)])) == []
    # A lede naming no day, and a lede-less article.
    undated = KO_LEDE.replace("11일 ", "")
    assert _steps(extract_timeline([_made(article, "ko", undated, KO_STEP)])) == []
    # Chinese "前日" may be the day before yesterday; English has no such rule here.
    zh = _made(article, "zh", "海警11日宣布救出98名乘客。", "渡轮前日在港口附近倾覆。")
    assert _steps(extract_timeline([zh])) == []


def test_a_tied_compared_or_stepped_day_is_not_the_reports_eve(article: MakeArticle) -> None:
    lookalikes = {
        "ko": ["여객선은 출항 전날 점검을 받았다.",  # the eve of the sailing
               "그 전날 여객선은 점검을 받았다.",  # the day before that
               "구조 인원은 전날보다 12명 늘었다.",  # a comparison
               "수색은 전날부터 이어졌다.",  # a span
               "여객선은 다음날 인양될 예정이다."],  # the next day: not counted
        "ja": ["フェリーは出港の前日に点検を受けた。",
               "救助者は前日比12人増えた。",
               "捜索は前日から続いている。",
               "その前日、フェリーは点検を受けた。",
               "フェリーは翌日に引き揚げられた。"],
    }  # fmt: skip
    ledes = {"ko": KO_LEDE, "ja": JA_LEDE}
    for language, sentences in lookalikes.items():
        for sentence in sentences:
            made = _made(article, language, ledes[language], sentence)
            assert _steps(extract_timeline([made])) == [], sentence


def test_a_step_after_a_shift_word_stays_silent(article: MakeArticle) -> None:
    shifted = "여객선은 다음날 새벽 인양됐다."
    ko = _made(article, "ko", KO_LEDE, shifted, KO_STEP)
    assert _steps(extract_timeline([ko])) == []
    ja = _made(article, "ja", JA_LEDE, "船体は翌日に引き揚げられた。", JA_STEP)
    assert _steps(extract_timeline([ja])) == []
