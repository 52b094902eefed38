"""Counts in Chinese, Japanese and Korean: "114個國家", "12萬223人", "11万8000例", "약 12만 명".

These languages write a number onto the words around it, with no space, so the word-by-word
reader (:func:`.numbers.find_numbers`, which wants a number to stand apart) reads none of them,
as :mod:`.cjk_spans` found for lengths of time. The press writes a count in digits, grouped
with ASCII commas or with a ten-thousand (万 / 萬 / 만) or hundred-million (亿 / 億 / 억)
character and the digits below it ("12萬223" is 120,223, "11万8000" 118,000): a product and a
sum, read here. (cn2an, the maintained reader of Chinese numerals, reads "12万5000" but neither
"118,000" nor Korean "만"; numerals in characters, "十二万", are not read: the press counts in
digits.) A count is what its counter counts: the counter and, after a general one (個 / 个 /
개, "item"), the word it counts ("114個國家": 個國家; "カ国", "개국": countries), keyed in the
article's language and compared by :mod:`.figures` as any count of one noun is. In Chinese
the word after the counter is a whole word of the language's lexicon, in simplified
characters ("205個國家" and "205个国家" are one count; 位, 名 and 条 take their noun too, and
位 and 名 are one counter of people: :mod:`.cjk_nouns`). Korean writes the noun before the
number instead ("선수 7500명"), read there when the packet vouches for it
(:mod:`.cjk_nouns_before`). A count of people whose clause says they were carried ("船上462人",
"459人が乗った") is everyone aboard, keyed so in every language (:mod:`.cjk_roles`).

What keeps it to counts of one thing:

- a counter must follow: a number alone is a date, a code or a score ("3月11日" counts days of
  a month, and no counter of days is read: :mod:`.day_counts` reads those);
- an ordinal is no count ("第74艘遊船", the 74th boat);
- a casualty count ("4,291人死亡", "4000人以上が死亡", "사망자") is left to the toll reader,
  which compares a toll only as of its report (:mod:`.cjk_tolls`), and so is a running count
  ("累计", "截至", "までに": a snapshot of a number that grows);
- a sum of money is no count ("100億円", "7억 달러": the currency follows the number, not a
  counter);
- the hedges are these languages' ordinary ones, as :mod:`.cjk_spans` reads them ("約", "约",
  "약" about; "超过", "逾", "以上", "多", "余", "여" more than; "至少", "少なくとも", "최소" at
  least; "近", "に迫" nearly). "多", "余" and "여" right after a round number are its "-odd",
  bounded by the place of its last digit that is not zero: "40多个" is 40 to under 50, "30여
  개" 30 to under 40, so "40多个" and "about 60" cannot both hold (:func:`_odd`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from briefing.analysis.cjk_nouns import HEAD_MARK, counted_words, simplified
from briefing.analysis.cjk_nouns_after import noun_after, noun_glued
from briefing.analysis.cjk_nouns_before import marked, noun_before
from briefing.analysis.cjk_roles import cjk_aboard
from briefing.analysis.crowds import is_crowd
from briefing.analysis.days import Day
from briefing.analysis.figure_model import Figure
from briefing.analysis.model import Quote
from briefing.analysis.numbers import Number, interval
from briefing.analysis.one_value import one_value_each
from briefing.analysis.people_roles import PEOPLE_ABOARD
from briefing.analysis.role_nouns import cjk_role_key, role_before

#: A counter, and the general ones that take the word they count after them. Chinese writes
#: a crowd's people noun straight onto a scaled number, with no counter ("10萬民眾": 100,000
#: of the public; :mod:`.crowds`), so 民众 and 群众 count like 人.
_COUNTERS = "民众|民眾|群众|群眾|" + (
    "人|名|명|例|件|カ国|か国|ヶ国|ケ国|개국|個|个|개|座|棟|栋|채|隻|艘|척|台|대|架|位|条|條"
)
_GENERAL = ("個", "个", "개")
#: Chinese counters that, like 個 / 个, take the word they count after them: 位 for people
#: ("6800位运动员"; in Japanese "3位" is a rank, so it is read in Chinese only), 条 / 條 for
#: long things and boats ("85条游船"), whose noun says which.
_CHINESE_ONLY = ("位", "条", "條")
#: The Chinese counters that take the word they count after them, and the counter each is
#: keyed by: 位 and 名 both count people ("6800位运动员", "1萬500名運動員": one count, keyed
#: 位; 名 with no listed word after it still counts people, keyed 名 as before), 条 / 條 a
#: long thing or a boat.
_PEOPLE_NOUNS = {"位": "位", "名": "位", "条": "条", "條": "条"}

#: The scale characters: ten thousand and a hundred million.
_SCALES = {"万": 10_000, "萬": 10_000, "만": 10_000, "亿": 10**8, "億": 10**8, "억": 10**8}
_BEFORE = {"约": "about", "約": "about", "大约": "about", "大約": "about", "약": "about",
           "超过": "above", "超過": "above", "逾": "above", "近": "nearly",
           "至少": "from", "最少": "from", "少なくとも": "from", "최소": "from",
           "적어도": "from"}  # fmt: skip
_AFTER = {"以上": "above", "多": "above", "余": "above", "餘": "above", "여": "above",
          "あまり": "above", "に迫": "nearly", "近く": "nearly", "가까이": "nearly",
          "前後": "about", "左右": "about", "ほど": "about", "程度": "about"}  # fmt: skip
_PATTERN = re.compile(
    rf"(?P<q>{'|'.join(sorted(_BEFORE, key=len, reverse=True))})?\s?"
    r"(?<![\d第])(?<!\d[,.])(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:(?P<s>[万萬만亿億억])(?P<t>\d{1,4})?)?"
    rf"(?P<h>{'|'.join(sorted(_AFTER, key=len, reverse=True))})?\s?"
    rf"(?P<c>{_COUNTERS})(?P<h2>{'|'.join(sorted(_AFTER, key=len, reverse=True))})?"
)
#: Words of a casualty or a running count in a count's clause (module doc).
_LEFT = re.compile(
    r"死|亡|伤|傷|遇难|遇難|罹难|罹難|失踪|失蹤|けが|負傷|사망|숨[지졌]|부상|실종|희생"
    r"|累计|累計|截至|至今|迄今|までに|현재까지|지금까지"
)
#: A clause of these languages ends at a comma, a full stop or a semicolon.
_CLAUSE = re.compile(r"[,，、。;；!！?？]")


class Counted(NamedTuple):
    """One number written onto its counter: where, the counter, the interval it claims, its
    one-sided or two-sided hedge ("above", "about"…) and the words that show it."""

    start: int
    end: int
    counter: str
    low: float
    high: float
    qualifier: str | None
    shown: str


def counted_numbers(text: str) -> list[Counted]:
    """Every number of ``text`` written onto a counter ("4,291人", "超过4373例", "12萬223人"),
    read as :func:`cjk_counts` reads it; for the toll reader (:mod:`.cjk_tolls`) too."""
    found = []
    for match in _PATTERN.finditer(text):
        value = _value(match)
        qualifier = _qualifier(match)
        written = match["n"] + (match["s"] or "") + (match["t"] or "")
        if match["s"]:  # "12万": rounded to its last written digit, in units of its place
            number = Number(match.start(), match.end(), value, str(int(value)), False, qualifier)
            low, high = interval(value, number) if qualifier else _rounded(match, value)
        else:
            number = Number(match.start(), match.end(), value, written, False, qualifier)
            low, high = interval(value, number)
        odd = _odd(match, value)
        if odd is not None:
            low, high, qualifier = value, odd, "about"
        shown = match.group().strip()
        found.append(Counted(match.start(), match.end(), match["c"], low, high, qualifier, shown))
    return found


def cjk_counts(text: str, language: str, day: Day | None, quote: Quote) -> list[Figure]:
    """The counts of one Chinese, Japanese or Korean sentence (module doc)."""
    if language not in ("zh", "ja", "ko") or not any(c.isdigit() for c in text):
        return []
    found = []
    counts = counted_numbers(text)
    for count in counts:
        start = _clause_start(text, count.start)
        end = _clause_end(text, count.end)
        if _LEFT.search(text, start, end):
            continue
        counter, shown = count.counter, count.shown
        if counter in _CHINESE_ONLY and language != "zh":
            continue
        words: tuple[str, ...] = ()
        if language == "zh" and (counter in _GENERAL or counter in _PEOPLE_NOUNS):
            words = counted_words(text[count.end : count.end + 8])
            if not words and counter != "名":
                continue  # ("名" with no listed word after it keeps its counter-only key)
        if words:
            # 位 and 名 both count people: "6800位运动员" and "1萬500名運動員" are one count.
            counter = _PEOPLE_NOUNS.get(counter, simplified(counter)) + HEAD_MARK.join(words)
            shown = text[count.start : count.end + len("".join(words))].strip()
            role = cjk_role_key(words[0], count.counter, text, (start, end))  # (.role_nouns)
            found.append(Figure(role or (language, counter.split(HEAD_MARK)[0]), day, count.low,
                                count.high, shown, quote, noun=counter,
                                bound=_bound(count)))  # fmt: skip
            continue
        if counter in _GENERAL:  # "114個國家", "110여 개 나라": the word it counts
            noun = re.match(r"\s?(\w{1,2})", text[count.end : count.end + 3])
            if noun is None:
                continue
            counter += noun.group(1)
            shown = text[count.start : count.end + noun.end()].strip()
        elif counter in ("か国", "ヶ国", "ケ国"):
            counter = "カ国"
        crowd = is_crowd(text, count.start, count.end, count.counter, language)  # (.crowds)
        # Korean and Japanese write the noun before the number ("선수 7500명": .cjk_nouns_before).
        before = language in ("ko", "ja") and count.counter not in _GENERAL
        word = noun_before(text, count.start, language) if before else None
        role = cjk_role_key(word or role_before(text, count.start), count.counter, text,
                            (start, end))  # fmt: skip
        if before and word is None and role is None:  # "約100人の報道陣" (.cjk_nouns_after)
            word = noun_after(text, count.end, count.counter, language) or noun_glued(
                text, count.start, count.counter, language)  # fmt: skip
            role = cjk_role_key(word, count.counter, text, (start, end))
        counted = marked(counter, word)
        key = role or (language, counter)  # a role noun, in every language (.role_nouns)
        clause = sum(start <= c.start < end for c in counts)  # the counts of its clause
        if not (word or role or crowd) and cjk_aboard(text, counter, (start, end), clause,
                                                      language):  # fmt: skip
            key = PEOPLE_ABOARD  # everyone aboard, in every language (.cjk_roles)
        found.append(Figure(key, day, count.low, count.high, shown, quote,
                            noun=counted, bound=_bound(count), crowd=crowd))  # fmt: skip
    return one_value_each(found)


#: "-odd" after a round number: "40多个" is forty-something, "30여 개" thirty-odd.
_ODD = frozenset({"多", "余", "餘", "여"})


def _odd(match: re.Match[str], value: float) -> float | None:
    """The top of a round number's "-odd" ("40多" 40 to under 50, "100多" 100 to under 200,
    "1万多" 10,000 to under 20,000: the rest is less than the place of its last digit that is
    not zero), or None when the count has no such suffix or is not round ("15多" stays
    "more than 15")."""
    if match["h"] not in _ODD or not value.is_integer() or value < 10:
        return None
    digits = str(int(value))
    zeros = len(digits) - len(digits.rstrip("0"))
    return value + 10.0**zeros - 1e-9 if zeros else None


def _bound(count: Counted) -> str:
    return "lower" if count.qualifier in ("above", "from") else ""


def cjk_number(digits: str, scale: str = "", tail: str = "") -> float:
    """The value of a number as these languages' press writes it: "118,000"; "12" "萬" "223"."""
    value = float(digits.replace(",", ""))
    if scale:
        value = value * _SCALES[scale] + (float(tail) if tail else 0.0)
    return value


def _value(match: re.Match[str]) -> float:
    return cjk_number(match["n"], match["s"] or "", match["t"] or "")


def _qualifier(match: re.Match[str]) -> str | None:
    for hedge, table in ((match["q"], _BEFORE), (match["h"], _AFTER), (match["h2"], _AFTER)):
        if hedge:
            return table[hedge]
    return None


def _rounded(match: re.Match[str], value: float) -> tuple[float, float]:
    """ "12万" stands for 115,000–125,000 and "12万5000" for 124,500–125,500 (half the place of
    its last digit that is not a trailing zero); "12萬223" is exact."""
    digits = (match["t"] or "").rstrip("0")
    if match["t"] and digits:
        place = 10.0 ** (len(match["t"]) - len(digits))
        if place == 1:
            return value, value
    else:
        place = float(_SCALES[match["s"]])
    return value - place / 2, value + place / 2 - 1e-9


def _clause_start(text: str, at: int) -> int:
    found = [m.end() for m in _CLAUSE.finditer(text, 0, at)]
    return found[-1] if found else 0


def _clause_end(text: str, at: int) -> int:
    found = _CLAUSE.search(text, at)
    return found.start() if found else len(text)
