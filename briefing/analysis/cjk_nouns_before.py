"""The noun a Korean or Japanese count writes before its number: "선수 7500명", 7,500 athletes.

Korean puts the counted noun first and the counter on the number ("선수 7500명": athlete,
7500, person-counter; "인질 23명": hostages), so :mod:`.cjk_counts`, which reads what follows
a number, keyed such a count by its counter alone: every count of people of an article
("명") was one key. A packet's Korean texts count many groups of people that way, so the key
held many values and was never compared (a noun given more than three values is a running
count, :mod:`.figures`). Here the noun before the number is read and, when the packet vouches
for it, the count is keyed by it, so two Korean outlets counting one group ("선수 7500명" /
"선수 약 6500여 명") are compared as any two counts of one noun in one language are.

What makes the word before the number a counted noun, each needed for precision:

- it is the whole word right before the number (or before its hedge, "약"), one space apart,
  of two Hangul syllables or more (a one-syllable word there is an adverb or a determiner
  more often than a noun: "총" total, "약" about);
- wordfreq's Korean list holds it as written: that list is cut by a morphological analyser,
  so it holds bare nouns ("선수", "인질", "근로자") and not a word with its particle
  ("홍수로" by the flood, "행렬에는" in the procession) or a verb form ("포위하고");
- it is no stopword of the language (stopwordsiso: "모두" all, "등" and so on);
- the packet itself writes that word before a count of the same counter in another article
  (:func:`joined_before`), as :mod:`.cjk_nouns` asks a Chinese head noun to be counted
  elsewhere: one outlet's wording alone keys nothing new.

Japanese writes the noun first too, as the topic or subject of the clause, with its particle
between ("行方不明者が約1万人", "行方不明者の数は5000─6000人", the missing, their number): the
word is the run of kanji and katakana right before "は", "が" or "も" (after "の数", "the
number of", when written) and the number. Japanese has no spaces and its word list is cut
finer than such compounds, so the run itself is the noun (particles and verb endings are
hiragana and end it), vouched for by a second article as in Korean. A range's lower end
("5000─") stands between the word and the number the count is read at.

A count whose word fails any of these keeps its counter-only key, as before. Casualty and
running counts never reach here (:mod:`.cjk_counts` leaves them to the toll reader).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from briefing.analysis.figure_model import Figure

#: Between the word before a count and its counter in a figure's noun, until it is joined.
BEFORE_MARK = "<"
#: The languages that write a count's noun before its number.
_LANGUAGES = ("ko", "ja")
#: A whole Hangul word of two syllables or more, one space before the number, at the end.
_WORD = re.compile(r"(?:^|[\s(\"'‘“])([\uac00-\ud7a3]{2,}) $")
#: Japanese: a run of kanji and katakana, its particle, right before the number.
_JA_WORD = re.compile(r"([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,})(?:の数)?[はがも]\s?$")
#: A range's lower end before the number a count is read at ("5000─" of "5000─6000人").
_RANGE = re.compile(r"\d[\d,.]*\s?[─–~〜～-]\s?$")
#: How far back the word is looked for (a word and its space).
_REACH = 24


@cache
def _stopwords() -> frozenset[str]:
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("ko"))


def _listed(word: str) -> bool:
    from briefing.corpus.wordlists import listed

    return listed(word, "ko", "small")


def noun_before(text: str, start: int, language: str = "ko") -> str | None:
    """The bare noun written right before a Korean or Japanese count that starts at
    ``start`` (module doc), or None."""
    before = text[max(0, start - _REACH) : start]
    if language == "ja":
        ranged = _RANGE.search(before)
        if ranged is not None:  # "5000─6000人": the word stands before the range
            before = before[: ranged.start()]
        found = _JA_WORD.search(before)
        return found.group(1) if found else None
    if text[start : start + 1].isspace():  # the count's match began at the space before it
        before += " "
    match = _WORD.search(before)
    if match is None:
        return None
    word = match.group(1)
    if word in _stopwords() or not _listed(word):
        return None
    return word


def marked(counter: str, word: str | None) -> str:
    """A count's noun as read: its counter, with the word before it when there is one."""
    return f"{word}{BEFORE_MARK}{counter}" if word else counter


def joined_before(figures: Sequence[Figure]) -> list[Figure]:
    """Each Korean or Japanese count read with a word before it keyed by that word and its
    counter when another article of the packet writes the same word before the same counter;
    else as read, by its counter alone (module doc)."""
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for figure in figures:
        if figure.key[0] in _LANGUAGES and BEFORE_MARK in figure.noun:
            articles[(figure.key[0], figure.noun)].add(figure.quote.article_id)
    out = []
    for figure in figures:
        if figure.key[0] in _LANGUAGES and BEFORE_MARK in figure.noun:
            word, counter = figure.noun.split(BEFORE_MARK, 1)
            if len(articles[(figure.key[0], figure.noun)]) >= 2:
                noun = f"{word} {counter}"
                figure = replace(figure, key=(figure.key[0], noun), noun=noun)
            else:  # unvouched: keyed by the counter, the word kept (.cjk_nouns_after)
                figure = replace(figure, noun=counter, named=word)
        out.append(figure)
    return out
