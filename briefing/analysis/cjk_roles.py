"""Everyone aboard in Chinese, Japanese and Korean: "船上462人", "459人が乗った", "477명이 승선".

:mod:`.people_roles` keys a count of a general word for people by the role its clause gives
it, so that "a ferry carrying 462 people" and "на борту находились 477 человек" are one
quantity; these languages write the number onto its counter of people (人 / 名 / 명,
:mod:`.cjk_counts`), keyed by the counter alone in each language, so their head count of a
vessel never met anyone else's. The words saying the people were carried are a small closed
vocabulary of general news language in each ("船上", "乘船", "载有"; "乗っ", "乗船", "搭乗";
"승선", "탑승", "태운"), read in the count's own clause (up to a comma or a full stop) as the
toll words are (:mod:`.cjk_tolls`).

A count is keyed so only when it is all of one occasion, as :mod:`.people_roles` asks:

- it counts people of any kind: a noun written before it ("승객 459명", passengers;
  :mod:`.cjk_nouns_before`) or after it ("471名乘客") keeps its own key;
- its clause holds no other count ("乗務員30人の計459人": a sum beside its parts) and names no
  outcome (rescued, evacuated: a part of those aboard) and no capacity ("定員", "정원");
- its sentence names no year: "1993年…292人が乗った" is another vessel's.

Casualty and running counts never come here (:mod:`.cjk_counts` leaves them to the toll
reader).
"""

from __future__ import annotations

import re

#: Per language: the words that say people were carried (a regex alternation).
_ABOARD = {
    "zh": "船上|机上|機上|车上|車上|乘船|搭乘|乘坐|载有|載有|搭载|搭載|乘载|乘載",
    "ja": "乗っ(?!取)|乗船|搭乗|乗せ|乗り込",
    "ko": "승선|탑승|태운|태우고|타고(?!난)|타 있|타있",
}
_ABOARD_WORDS = {language: re.compile(words) for language, words in _ABOARD.items()}
#: An outcome (a part of those aboard) or a capacity (how many it can hold), any of the three.
_NOT_ALL = re.compile(
    r"救助|救出|获救|獲救|营救|營救|生还|生還|生存|疏散|撤离|撤離|避難|避难|"
    r"구조|구출|생존|대피|"
    r"定員|定员|载客量|載客量|可载|可載|可乘|정원|수용"
)
#: A year in the sentence: the count may be of another event.
_YEAR = re.compile(r"(?:19|20)\d\d\s?[年년]")
#: The counters of people that may be keyed so.
_PEOPLE = ("人", "名", "명")


def cjk_aboard(
    text: str, counter: str, clause: tuple[int, int], counts_in_clause: int, language: str
) -> bool:
    """Whether a count of people on ``counter`` (no word before or after it) whose clause is
    ``text[clause[0]:clause[1]]`` counts everyone aboard (module doc)."""
    pattern = _ABOARD_WORDS.get(language)
    if pattern is None or counter not in _PEOPLE or counts_in_clause != 1:
        return False
    own = text[clause[0] : clause[1]]
    return bool(pattern.search(own)) and not _NOT_ALL.search(own) and not _YEAR.search(text)
