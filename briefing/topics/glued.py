"""Words glued across a missing space: "… il nome di Leone XIVOltre 45mila persone …".

Text taken from web pages loses the space (or line break) between a headline or a sentence
and the next one, so a name's last word and the next sentence's first word become one token
("XIVOltre", "NovarumThe"). Read as a name it is junk ("Leone XIVOltre"), and its real part
("Leone XIV") is lost. The glue is recognised by what the languages themselves say, not by a
list:

- the token changes case inside itself: a lower-case letter, or a run of two capitals,
  followed by a capital and lower-case letters ("novarumThe", "XIVOltre");
- the whole token is no word of its language nor of English (wordfreq), so a brand spelled
  that way on purpose ("YouTube", "MacArthur") stays whole;
- the part after the glue is an everyday word of the language, as a sentence's first word
  most often is ("Oltre"), and the part before it is written on its own elsewhere in the
  briefing (``seen``, as written or in lower case: "XIV" in "Leo XIV", "papa" of "PAPAIl");
- after a lower-case letter the capital is a brand's inner capital ("BlackHarbor",
  "PowerPoint") unless a function word follows ("NovarumThe"): only that is glue.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.topics.languages import function_words
from briefing.topics.lexicon import STOPWORDS
from briefing.topics.tokens import Token
from briefing.topics.word_keys import zipf

#: The part after the glue is at least this common in the paragraph's language (Zipf 3.5 is
#: about 3 uses per million words: "oltre" 5.7, "the" 7.7).
OPENER_ZIPF = 3.5


def glue_point(word: str, language: str, seen: Callable[[str], bool]) -> int:
    """Offset in ``word`` where a glued next sentence starts, or 0 when it is one word.

    ``seen`` says whether the briefing writes a text as a word of its own.
    """
    if len(word) < 5 or word[1:].islower() or word.isupper() or not word.isalpha():
        return 0
    # Where a capital opens a lower-case tail, after a run of capitals ("XIV|Oltre",
    # "PAPA|Il") or a lower-case letter ("Novarum|The", not "Mc|Donald": see ``seen``).
    at = next(
        (
            i
            for i in range(2, len(word) - 1)
            if word[i].isupper()
            and word[i + 1 :].islower()
            and (word[:i].isupper() or (word[i - 1].islower() and i < len(word) - 2))
        ),
        0,
    )
    if not at:
        return 0
    left, right = word[:at], word[at:]
    if zipf(word.casefold(), language) > 0 or zipf(word.casefold(), "en") > 0:
        return 0  # a word the language knows: "YouTube", "MacArthur"
    if left.isupper():  # capitals, then an everyday word: "XIV|Oltre"
        opener = zipf(right.casefold(), language) >= OPENER_ZIPF
    else:  # an inner capital is a brand's ("BlackHarbor") unless a function word follows
        opener = right.casefold() in (STOPWORDS if language == "en" else function_words(language))
    return at if opener and (seen(left) or seen(left.lower())) else 0


def unglue(
    words: list[Token], language: str, seen: Callable[[str], bool]
) -> tuple[list[Token], list[Token]]:
    """A run of name words cut where one is glued to the next sentence's first word: the
    words up to the glue, and the next sentence's words, its first one sentence-initial
    ("Leone XIVOltre" → "Leone XIV" and "Oltre"); ``([...words], [])`` when nothing is glued."""
    for k, w in enumerate(words):
        at = glue_point(w.text, language, seen)
        if at:
            left = w._replace(text=w.text[:at], end=w.start + at, lower=w.lower[:at])
            right = w._replace(
                text=w.text[at:], start=w.start + at, initial=True, lower=w.lower[at:]
            )
            return [*words[:k], left], [right, *words[k + 1 :]]
    return words, []
