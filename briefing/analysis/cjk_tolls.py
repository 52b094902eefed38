"""Tolls in Chinese, Japanese and Korean: "當中4,291人死亡", "死亡人數達4362人", "4000人以上が死亡".

:mod:`.casualties` reads a toll word by word, and these languages write a number onto the
words around it, so no Chinese, Japanese or Korean toll was read at all. Here a count of
people written onto its counter (:func:`.cjk_counts.counted_numbers`: "4,291人", "超过4373例",
"4000人以上", "12명") is a toll when its clause (up to a comma or a full stop) names one
casualty kind of a small closed vocabulary (death, injury, missing, arrest: "死亡", "身亡",
"負傷", "행방불명"), and it is keyed as every toll is, by its kind in every language, so that
"fast 4300 Menschen sind gestorben" and "4,291人死亡" are one quantity.

The policies are the toll rules' own (:mod:`.casualties`, :mod:`.figures`): a toll is read
only as of its report's day or of the day its sentence dates (a report of no known day whose
sentence dates nothing may be of any day; one whose sentence names a single bare day of the
month, "5일 오전 현재 사망자는 73명", is a report of that day of the story's week, placed as a
weekday is, :mod:`.report_days`), a lower bound ("超过", "以上") fits every higher
value, and a toll "more than" a little above another report's plain one is the same toll still
rising. What keeps it to one toll of one place:

- the count counts people of any kind, not a group ("3名抗議者被捕": protesters; "4人の子ども":
  children), as :mod:`.casualties` keeps to general words for people; a genitive particle
  then a casualty word ("3人の死亡が確認", "3명의 사망자") is the toll itself, of the people;
- the clause holds one count only ("118,000人染病當中4,291人死亡" without a comma: which is
  the toll is not read) and names one kind ("死者と負傷者": two quantities);
- an increment is no toll ("新增12人死亡", "新たに5人が死亡", "추가로 3명 사망"), nor a daily
  count ("每日", "1日の");
- a sentence naming a country (CLDR's names in the language: "意大利", "イタリア",
  "이탈리아") or a part ("中国以外", "除湖北外", "해외") is not read: "827人死亡 in Italy" is
  not the world's toll, and a count outside one country is not the whole; a time zone's country
  ("美国当地时间") names when, not where;
- a year other than the report's ("2003年的非典造成774人死亡") is another event's toll.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from babel import Locale, UnknownLocaleError

from briefing.analysis.casualties import CASUALTIES
from briefing.analysis.cjk_counts import counted_numbers
from briefing.analysis.crosscounts import ANY_LANGUAGE
from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote

#: Counters of people (and of cases, "死亡4373例").
_PEOPLE = frozenset({"人", "名", "명", "例"})
#: Per kind, the words of every one of these languages (a regex alternation).
_KINDS = {
    "dead": "死亡|身亡|死者|遇难|遇難|罹难|罹難|丧生|喪生|丧命|喪命|病逝|亡くな|犠牲"
    "|사망|숨[지졌진]|목숨을 잃",
    "injured": "受伤|受傷|伤者|傷者|负伤|負傷|けが|重軽傷|重傷|軽傷|부상|다[쳐쳤친]",
    "missing": "失踪|失蹤|下落不明|行方不明|安否不明|실종",
    "arrested": "被捕|逮捕|拘留|拘束|체포|검거",
}
_KIND_WORDS = {kind: re.compile(words) for kind, words in _KINDS.items()}
#: An increment or a daily count, not a toll.
_MORE = re.compile(
    r"新增|新たに|新規|追加|추가|又有|另有|再有|增加|増え|늘어|每日|每天|毎日|1日の|하루"
)
#: A part of the world: outside or except a place ("中国以外", "除…外", "해외").
_PART = re.compile(r"以外|之外|除|海外|境外|해외|외에")
#: A time zone's place names when, not where ("美国当地时间", "現地時間", "현지시간").
_LOCAL_TIME = re.compile(r"\w{1,6}?(?:当地时间|當地時間|現地時間|현지 ?시간)")
#: What may follow a count of people of any kind: particles ("が", "이") and Chinese words
#: before the verb ("在", "被", "因", "遭", "已").
_FOLLOWERS = ("が", "は", "も", "이", "가", "은", "는", "도", "在", "被", "因", "遭", "于", "於",
              "已", "都", "均", "不幸", "当场", "當場")  # fmt: skip
_YEAR = re.compile(r"(?<!\d)(\d{4})\s?[年년]")
#: A clause ends at a comma, a full stop (Korean writes ASCII ones) or a semicolon.
_CLAUSE = re.compile(r"[,，、。;；!！?？]|\.(?!\d)")


def cjk_tolls(
    text: str, language: str, day: Day | None, quote: Quote, reported: dt.date | None
) -> list[Figure]:
    """The tolls of one Chinese, Japanese or Korean sentence (module doc)."""
    if language not in ("zh", "ja", "ko"):
        return []
    # A report of no known day whose sentence names one bare day of the month ("5일 오전
    # 현재", "5日現在"): its toll is as of that day, placed in the story's week later
    # (:func:`.report_days.placed_reports`); any other report of no known day is silent.
    monthday = told_monthday(text) if reported is None and day is None else None
    if reported is None and day is None and monthday is None:
        return []
    if not any(c.isdigit() for c in text) or not any(k.search(text) for k in _KIND_WORDS.values()):
        return []
    if _another_year(text, reported, day) or _names_a_place(text, language):
        return []
    counts = counted_numbers(text)
    found = []
    for count in counts:
        if count.counter not in _PEOPLE or not _people_of_any_kind(text, count.end):
            continue
        start, end = _clause(text, count.start, count.end)
        if sum(1 for c in counts if start <= c.start < end) > 1 or _MORE.search(text, start, end):
            continue
        kinds = [kind for kind, words in _KIND_WORDS.items() if words.search(text, start, end)]
        if len(kinds) != 1:
            continue
        bound = "lower" if count.qualifier in ("above", "from") else ""
        key = (ANY_LANGUAGE, f"{CASUALTIES} {kinds[0]}")
        found.append(Figure(key, day, count.low, count.high, count.shown, quote, noun=kinds[0],
                            bound=bound, reported=reported, monthday=monthday))  # fmt: skip
    return found


#: A bare day of the month ("5일", "5日"): no month, year or other digit before it, and not a
#: span or an offset after it ("5日間", "5日以内", "5일간", "5일째", "5日前", "5일 만에").
_MONTHDAY = re.compile(
    r"(?<![\d月월年년/.\-])(\d{1,2})\s?[日일](?!\s?(?:間|间|以|之|内|內|前|後|后|目|連|本|간|째"
    r"|이내|안|동안|만|전|후|뒤|넘))"
)
#: Any other date in the sentence: a month ("8月", "8월"), or a year.
_OTHER_DATE = re.compile(r"\d\s?(?:月|월|年|년)")


def told_monthday(text: str) -> int | None:
    """The day of the month a sentence dates itself by, when it names exactly one bare day
    and no month or year ("5일 오전 현재 사망자는 73명": the toll as of the 5th); else None.
    A day with a month ("8月5日") is the timeline's to date; two days ("4日(日本時間5日)")
    leave which one the toll is of unsaid."""
    days = _MONTHDAY.findall(text)
    if len(days) != 1 or _OTHER_DATE.search(text):
        return None
    value = int(days[0])
    return value if 1 <= value <= 31 else None


def _people_of_any_kind(text: str, end: int) -> bool:
    """Whether the count after its counter names no group of people: the clause ends, a
    casualty word or a particle follows ("4,291人死亡", "4362人,", "12명이 다쳤다"), not a
    noun ("3名抗議者被捕", "1,390名自衞隊成員", "4人の子ども"): a part of the hurt or the held."""
    rest = text[end:].lstrip()
    return (
        not rest
        or bool(_CLAUSE.match(rest))
        or rest.startswith(_FOLLOWERS)
        or any(words.match(rest) for words in _KIND_WORDS.values())
        or _of_a_kind(rest)
    )


#: The genitive particle between a count and a casualty word ("3人の死亡", "3명의 사망":
#: the death of three people), as against a noun of a group ("4人の子ども").
_GENITIVE = ("の", "의")


def _of_a_kind(rest: str) -> bool:
    """Whether ``rest`` is a genitive particle and then a casualty word (module doc)."""
    if not rest.startswith(_GENITIVE):
        return False
    after = rest[1:].lstrip()
    return any(words.match(after) for words in _KIND_WORDS.values())


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _CLAUSE.finditer(text, 0, start)]
    after = _CLAUSE.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def _another_year(text: str, reported: dt.date | None, day: Day | None) -> bool:
    """Whether the sentence names a year other than its report's or its day's."""
    own = reported.year if reported is not None else (day.year if day is not None else None)
    return any(int(y) != own for y in _YEAR.findall(text))


def _names_a_place(text: str, language: str) -> bool:
    """Whether the sentence names a country or a part of the world (module doc)."""
    bare = _LOCAL_TIME.sub("", text)
    return bool(_PART.search(bare)) or any(name in bare for name in _countries(language))


@cache
def _countries(language: str) -> tuple[str, ...]:
    """CLDR's names of countries and regions in ``language`` (not "the world": "世界"),
    simplified and traditional for Chinese."""
    names: set[str] = set()
    for tag in ("zh", "zh_Hant") if language == "zh" else (language,):
        try:
            territories = Locale.parse(tag).territories
        except (UnknownLocaleError, ValueError):
            continue
        names.update(n for code, n in territories.items() if code != "001" and len(n) > 1)
    return tuple(sorted(names))
