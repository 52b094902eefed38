"""Chinese, Japanese and Korean words for a day counted from the article's own date.

CLDR's relative-day table (``relative_days``) is read between word boundaries, which Chinese
and Japanese do not write and Korean breaks with particles ("어제는", "昨天下午"), and
dateparser ships no such words for these languages: "today", "yesterday", "tomorrow" written in
them dated nothing. They are the same kind of phrase ("relative", an offset in days), so the
timeline counts them from the article's date, dateline or stamp exactly as it counts "hier" or
"вчера", and leaves them unplaced when the article states no day of its own.

Written without spaces, these words are also pieces of other words, so each is read only
where it cannot be one:

- a Han word is not read after a character that makes its first character the end of a word:
  "今" after 如, 至, 迄, 现, 現, 当, 當, 古, 而 ("如今天气", nowadays' weather; "至今天" is no
  day); "明" and "前" end too many words (说明, 表明, 之前, 目前, 年前…) for a list, so
  "明天", "明日", "前天" are read only after no Han character at all ("，明天", "は明日");
- "今日" is also "nowadays" (Japanese "今日の社会", Chinese "今日的世界", "今日之") and begins
  names ("今日X报"): it is read only before a part of the day ("今日午後", "今日凌晨") or,
  in Chinese, before no Han character ("今日，");
- Japanese "昨日今日" is "lately", "明日香" a given name;
- Korean words start a word (no Hangul syllable before them): "오늘날" is "nowadays",
  "어제오늘" "lately", "그제" also "only then" (그제야) and "엊그제" also "a few days ago",
  so neither of those two is read; "이날" (that day) and "전날" (the day before) count from a
  day the text names, not from the article's, like Catalan "endemà", and are not read here.

Look-alikes that are not day words at all ("昨年" last year, "今年", "一日", "日本") are
never matched: only the words below are.
"""

from __future__ import annotations

import re

__all__ = ["cjk_relative_days"]

#: Days from the article's date, per language.
_WORDS: dict[str, dict[str, int]] = {
    "zh": {
        "今天": 0, "今日": 0, "今晚": 0, "今夜": 0, "今晨": 0,
        "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1,
        "前天": -2, "明天": 1, "明日": 1,
    },
    "ja": {
        "今日": 0, "今夜": 0, "今朝": 0, "昨日": -1, "昨夜": -1, "昨晩": -1,
        "一昨日": -2, "明日": 1,
    },
    "ko": {"오늘": 0, "어제": -1, "그저께": -2, "내일": 1},
}  # fmt: skip

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HANGUL = r"\uac00-\ud7a3"
#: Characters that end a word with "今": 如今, 至今, 迄今, 现今/現今, 当今/當今, 古今, 而今.
_NOW_ENDS = "如至迄现現当當古而"
#: Japanese parts of the day that make "今日" the day, not "nowadays".
#: Chinese parts of the day: "今日凌晨" is the day; "今日的", "今日之", and an outlet's name
#: ("今日X报") are not, so Chinese "今日" is read only before one of these or no Han at all.
_ZH_DAY_PARTS = ("凌晨", "清晨", "早上", "上午", "中午", "下午", "傍晚", "晚上", "晚间", "夜间")
_JA_DAY_PARTS = ("午前", "午後", "朝", "未明", "早朝", "昼", "正午", "夕方", "夜", "深夜", "午")


def _pattern(language: str) -> re.Pattern[str] | None:
    words = _WORDS.get(language)
    if not words:
        return None
    names = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(f"(?P<rel>{names})")


_PATTERNS = {language: _pattern(language) for language in _WORDS}


def _readable(text: str, start: int, end: int, word: str, language: str) -> bool:
    """Whether ``word`` at ``start``:``end`` of ``text`` is the day word (module docstring)."""
    before = text[start - 1] if start else ""
    after = text[end : end + 2]
    if language == "ko":
        if before and re.match(f"[{_HANGUL}]", before):
            return False
        return not (word == "오늘" and after.startswith("날")) and not (
            word == "어제" and after.startswith("오늘")
        )
    han_before = bool(before) and re.match(f"[{_HAN}]", before) is not None
    if word[0] in "明前" and han_before:
        return False
    if word[0] == "今" and before and before in _NOW_ENDS:
        return False
    if word == "今日":
        if language == "ja":
            return after.startswith(_JA_DAY_PARTS)
        return after.startswith(_ZH_DAY_PARTS) or not re.match(f"[{_HAN}]", after or "x")
    if language == "ja" and word == "昨日" and after.startswith("今日"):
        return False
    return not (language == "ja" and word == "明日" and after.startswith("香"))


def cjk_relative_days(text: str, language: str) -> list[tuple[int, int, str, int]]:
    """The Chinese, Japanese or Korean words of ``text`` for a day counted from the
    article's date ("昨天", "今日午後", "어제"): start, end, the word and its offset in days
    (``dates`` makes them relative date phrases); none in any other language."""
    pattern = _PATTERNS.get(language)
    if pattern is None:
        return []
    words = _WORDS[language]
    return [
        (m.start(), m.end(), m.group(), words[m["rel"]])
        for m in pattern.finditer(text)
        if _readable(text, m.start(), m.end(), m["rel"], language)
    ]
