"""Arabic "اليوم" where it means "today", not "the day".

CLDR's Arabic "today" is "اليوم", which is also the definite noun "the day" ("اليوم التالي",
the next day; "في اليوم نفسه", the same day; "اليوم الوطني", National Day; "مرة في اليوم",
once a day) and begins newspaper names ("اليوم السابع", "المصري اليوم"), so
``gen_relative_days`` leaves it out and an Arabic article's "today" dated nothing, however
plainly the article is dated ("الانفجار الذي ضرب المرفأ اليوم." in a page stamped that day).

It is read here only in the two shapes where it can be nothing but the adverb:

- after a part of the day ("صباح اليوم", "مساء اليوم", "بعد ظهر اليوم"), unless a word
  with the article follows it: that is an adjective ("صباح اليوم التالي", the next
  morning) or a weekday ("صباح اليوم الجمعة"), which the weekday reader dates already;
- closing its clause (a punctuation mark or the end of the text right after it) after a
  word that is not a preposition, a demonstrative or a determiner ("حتى اليوم", until
  today, a span; "ذلك اليوم", that day; "في اليوم", a day), nor two words after a
  newspaper's noun ("صحيفة المصري اليوم،").

Anything else ("اليوم في الصورة", "بعد اليوم بيد", "اليوم أيضا") is left alone: silence over
a wrong day. It is a "relative" phrase with offset 0, counted from the article's own date
like "aujourd'hui" or "сегодня", and left unplaced when the article states no day.
"""

from __future__ import annotations

import re

__all__ = ["arabic_today"]

#: Parts of the day that take "اليوم" as "of today" ("صباح اليوم", this morning), with the
#: conjunction glued ("ومساء اليوم").
_DAY_PARTS = frozenset({"صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "ليلة", "ظهيرة", "ضحى"})
#: Words after which "اليوم" is a noun, not the adverb: prepositions ("حتى اليوم" until
#: today is a span's end, "في اليوم" a day), demonstratives and determiners ("ذلك اليوم",
#: "هذا اليوم", "نفس اليوم"), "بعد"/"قبل" ("after today": no event of the day).
_NOUN_AFTER = frozenset(
    {
        "في", "حتى", "منذ", "إلى", "الى", "من", "عن", "على", "مع", "بعد", "قبل", "خلال",
        "هذا", "ذلك", "هذه", "تلك", "نفس", "ذات", "كل", "طوال", "طيلة", "لهذا", "لذلك",
        "مثل", "يوم", "غير", "سوى",
    }
)  # fmt: skip
#: Nouns that name a newspaper or site whose name may end in "اليوم" ("صحيفة المصري اليوم").
_PAPERS = frozenset({"صحيفة", "جريدة", "موقع", "صحيفه", "مجلة", "قناة", "وكالة", "برنامج"})
_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_TODAY = re.compile(r"(?<![\u0621-\u064a\u0671-\u06d3])اليوم(?![\u0621-\u064a\u0671-\u06d3])")
#: What may close the clause right after the adverb: punctuation, Arabic or Latin.
_CLOSE = re.compile(r"\s*(?:[.,،؛:!?؟»\")\]]|$)")
_DIACRITICS = re.compile(r"[\u064b-\u0652\u0640]")  # harakat and tatweel


def arabic_today(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each "اليوم" of ``text`` that means "today"."""
    found = []
    for m in _TODAY.finditer(text):
        before = [_bare(w) for w in _WORD.findall(text[max(0, m.start() - 60) : m.start()])]
        last = before[-1] if before else ""
        if any(w in _PAPERS for w in before[-2:]):
            continue
        after = _WORD.match(text, m.end() + _space(text, m.end()))
        if _strip_and(last) in _DAY_PARTS:
            if after is None or not after.group().startswith("ال"):
                found.append((m.start(), m.end(), m.group()))
            continue
        if _CLOSE.match(text, m.end()) and last not in _NOUN_AFTER:
            found.append((m.start(), m.end(), m.group()))
    return found


def _space(text: str, at: int) -> int:
    return len(text[at:]) - len(text[at:].lstrip(" \u00a0"))


def _bare(word: str) -> str:
    return _DIACRITICS.sub("", word)


def _strip_and(word: str) -> str:
    """A day part with "and" glued to it ("ومساء") is the day part."""
    return word[1:] if word.startswith(("و", "ف")) and word[1:] in _DAY_PARTS else word
