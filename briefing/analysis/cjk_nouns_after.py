"""The noun a Japanese or Korean count of people writes after its counter: "約100人の報道陣".

:mod:`.cjk_counts` keys a count written onto a counter of people (人, 名, 명) by that counter
alone unless a noun is read before it (:mod:`.cjk_nouns_before`). But these languages also
put the counted noun *after* the count, joined to it by the genitive ("約100人の報道陣",
about 100 reporters; "6명의 자문단", an advisory team of six) or by a bound that qualifies it
("200人を超える研究仲間", research colleagues numbering over 200; "4,000명 이상의 군인"). Keyed by
the bare counter, two such counts of two different groups of one packet were compared as one
quantity ("約100人の報道陣" against "200人を超える研究仲間": a press pack and a research team).
Japanese also glues the noun straight onto the number, with no particle between
("観光客3万人", 30,000 tourists), which :mod:`.cjk_nouns_before` (a noun, then は / が / も)
did not read.

So the word is read here, and joins the word read before a number in the same place of the
figure's noun (:func:`.cjk_nouns_before.marked`): a word two articles write for one counter
keys the count by it (:func:`.cjk_nouns_before.joined_before`); a word one article alone
writes keys nothing new, but is kept (``Figure.named``) so that two counts of one counter
naming two different words are never set against each other (:func:`.figures._clash`). A
count whose noun is not read (most) stays comparable with any count of its counter, as before.

What is read, each part the languages' grammar, not one story's words:

- Japanese: right after the counter (and a hedge written after it, "以上", "余り"), "の" or a
  bound verb ("を超える", "を超す", "を上回る", "近い"), then a run of kanji and katakana of two
  characters or more (particles and verb endings are hiragana and end it: "報道陣から");
  before the number (or its "約"), such a run glued to it;
- Korean: right after the counter (and "이상" / "가량" / "정도" or a bound verb, "이 넘는"),
  "의" and a space, then one Hangul word of two syllables or more less one particle
  ("인파가" → "인파"), and no stopword of the language.

Only counters of people: "Nカ国の首脳" counts the countries, not their leaders.
"""

from __future__ import annotations

import re
from functools import cache

#: The counters of people whose genitive noun is the group counted.
_PEOPLE = frozenset("人名명")
#: Japanese: what joins a count to the noun after it, then the noun (a kanji/katakana run).
_JA_AFTER = re.compile(
    r"(?:以上|余り|あまり|ほど|程度|前後|近く)?"
    r"(?:を超える|を超す|を上回る|を超えた|近い|の)"
    r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,})"
)
#: Japanese: a kanji/katakana run glued to the number (or to its "約" / "およそ").
_JA_GLUED = re.compile(r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,})(?:約|およそ)?$")
#: Korean: what joins a count to the noun after it, then one Hangul word.
_KO_AFTER = re.compile(
    r"\s?(?:이상|가량|정도|여)?\s?(?:의|이 넘는|이 넘은|을 넘는|을 넘은|를 넘는)\s"
    r"([\uac00-\ud7a3]{2,})"
)
#: Korean particles that may end the word after the count (longest first).
_KO_PARTICLES = (
    "에게서", "에서는", "으로는", "에게", "에서", "으로", "까지", "부터", "들이", "들은", "들을",
    "들의", "이", "가", "은", "는", "을", "를", "과", "와", "도", "의", "에", "로", "만",
)  # fmt: skip


@cache
def _stopwords() -> frozenset[str]:
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("ko"))


def noun_after(text: str, end: int, counter: str, language: str) -> str | None:
    """The noun written right after a count of people that ends at ``end`` (its counter and
    any hedge after it read), or None (module doc)."""
    if counter not in _PEOPLE:
        return None
    if language == "ja":
        found = _JA_AFTER.match(text, end)
        return found.group(1) if found else None
    if language != "ko":
        return None
    found = _KO_AFTER.match(text, end)
    if found is None:
        return None
    word = found.group(1)
    particle = next((p for p in _KO_PARTICLES if word.endswith(p) and len(word) > len(p) + 1), "")
    word = word[: len(word) - len(particle)] if particle else word
    return None if word in _stopwords() else word


def noun_glued(text: str, start: int, counter: str, language: str) -> str | None:
    """The Japanese noun glued right before a count of people that starts at ``start``
    ("観光客3万人"), or None."""
    if language != "ja" or counter not in _PEOPLE:
        return None
    found = _JA_GLUED.search(text, max(0, start - 16), start)
    return found.group(1) if found else None
