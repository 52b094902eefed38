"""The noun a Chinese count counts: "205個國家" and "206个参赛国家" both count countries.

Chinese writes no space between words, so the word after a counter that takes one (個 / 个
"item", 位 for people, 条 / 條 for boats, roads, items: "85条游船") was read as its next two
characters ("個國家"). That cut a three-character noun ("代表团", delegations) and, worse, kept
apart two counts of one noun written in two scripts ("個國家" / "个国家": Taiwan and Beijing
write the same word two ways) or with a modifier before it ("206個參賽國家", participating
countries). Here:

- the noun is folded to simplified characters with OpenCC's character table (as the search
  index folds it: :mod:`briefing.search.han`), so both scripts meet;
- the characters after the counter are cut into words by the longest word wordfreq's Chinese
  list holds (three characters, then two: the list is the language's own lexicon, read
  without the jieba tokenizer wordfreq would want for running text), and the first word is
  the noun; a second word of two or more characters right after it is kept beside it as a
  possible head ("参赛" + "国家");
- such a count is keyed by its head only when the packet itself counts that head after a
  counter elsewhere, a noun read alone there (:func:`joined_heads`: "205个国家," makes
  "206个参赛国家" a count of 国家). The modifier-or-verb question ("参赛国家"
  participating countries, "城市举行" a city holds) has no answer without a tagger, and a
  word that no count of the packet counts ("举行") is never taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from briefing.analysis.figure_model import Figure

#: The longest and shortest word looked up in the lexicon.
_LONGEST, _SHORTEST = 3, 2
#: A run of Han characters (what a noun after a counter is made of).
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
#: Between a counted noun and its possible head: "/", joined into the figure's noun.
HEAD_MARK = "/"


@cache
def _folding() -> dict[int, str]:
    from briefing.search.han import simplified_table

    return simplified_table()


def simplified(text: str) -> str:
    """``text`` with each traditional character folded to its simplified form."""
    return text.translate(_folding())


def _listed(word: str) -> bool:
    from briefing.corpus.wordlists import listed

    return listed(word, "zh", "small")


def counted_words(after: str) -> tuple[str, ...]:
    """The noun right after a counter (``after``: the text that follows it), folded to
    simplified characters: one word, or two when a second word of two or more characters
    follows the first (a possible modifier and head); () when no listed word starts there."""
    run = _HAN.match(simplified(after))
    if run is None:
        return ()
    text, at = run.group(), 0
    words: list[str] = []
    while at < len(text) and len(words) < 2:
        word = next(
            (
                text[at : at + size]
                for size in range(_LONGEST, _SHORTEST - 1, -1)
                if at + size <= len(text) and _listed(text[at : at + size])
            ),
            None,
        )
        if word is None:
            break
        words.append(word)
        at += len(word)
    return tuple(words)


def joined_heads(figures: Sequence[Figure]) -> list[Figure]:
    """Each Chinese count whose noun has a possible head ("个参赛/国家") keyed by that head when
    another count of the packet counts it ("个国家"), else as read (module doc)."""
    # Only a noun read alone (no word of two characters after it) vouches for a head: "41个
    # 国家参展" beside "42个参展国家" would otherwise swap the two.
    keys = {f.key for f in figures if f.key[0] == "zh" and HEAD_MARK not in f.noun}
    out = []
    for figure in figures:
        if figure.key[0] == "zh" and HEAD_MARK in figure.noun:
            counter = figure.key[1][0]
            head = (figure.key[0], counter + figure.noun.rsplit(HEAD_MARK, 1)[1])
            noun = figure.noun.replace(HEAD_MARK, "")
            figure = replace(figure, key=head if head in keys else figure.key, noun=noun)
        out.append(figure)
    return out
