"""The noun a Korean count writes before its number: "선수 7500명", athletes, 7,500 of them.

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
#: A whole Hangul word of two syllables or more, one space before the number, at the end.
_WORD = re.compile(r"(?:^|[\s(\"'‘“])([\uac00-\ud7a3]{2,}) $")
#: How far back the word is looked for (a word and its space).
_REACH = 16


@cache
def _stopwords() -> frozenset[str]:
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("ko"))


def _listed(word: str) -> bool:
    from briefing.corpus.wordlists import listed

    return listed(word, "ko", "small")


def noun_before(text: str, start: int) -> str | None:
    """The bare noun written right before a Korean count that starts at ``start`` (module
    doc), or None."""
    before = text[max(0, start - _REACH) : start]
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
    """Each Korean count read with a word before it keyed by that word and its counter when
    another article of the packet writes the same word before the same counter; else as read,
    by its counter alone (module doc)."""
    articles: dict[str, set[str]] = defaultdict(set)
    for figure in figures:
        if figure.key[0] == "ko" and BEFORE_MARK in figure.noun:
            articles[figure.noun].add(figure.quote.article_id)
    out = []
    for figure in figures:
        if figure.key[0] == "ko" and BEFORE_MARK in figure.noun:
            word, counter = figure.noun.split(BEFORE_MARK, 1)
            if len(articles[figure.noun]) >= 2:
                noun = f"{word} {counter}"
                figure = replace(figure, key=("ko", noun), noun=noun)
            else:
                figure = replace(figure, noun=counter)
        out.append(figure)
    return out
