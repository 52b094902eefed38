"""Three places where :mod:`.spelling` was too cautious to see one name spelt two ways.

Each is a narrow exception to a caution that holds in general:

- **a name alone in quotation marks** (``le journaliste "Evan Gershkovich"``): a word after an
  opening quote mark is capitalised by grammar, so :mod:`.spelling` does not take it for a
  name. When the marks hold the two capitalised words and nothing else, the quotation is the
  name itself, not a quoted sentence that happens to start with a capital
  (:func:`quoted_alone`).
- **a bare ending in a language that writes a name's endings after an apostrophe**: "Russia" /
  "Russian" differ by a suffix, so a name with one more final letter is grammar, not a
  respelling. Turkish never joins a case or a suffix to a proper name without an apostrophe
  ("Whelan'ın", "Ankara'da"), so there a name that is another with its last letter dropped
  ("Whela" / "Whelan") is a slip, provided neither form is a word of the language ("Amerika" /
  "Amerikan" are both Turkish words, and stay apart) (:func:`bare_ending_is_slip`).
- **the English "W" in Cyrillic**: Russian writes the sound two ways, "Уи-" and "Ви-"
  ("Уильям" / "Вильям", "Уилан" / "Вилан"); the first letters differ, which :mod:`.spelling`
  otherwise reads as two names ("Mark" / "Park"). :func:`cyrillic_w` writes both alike
  before the skeleton of :func:`.spelling.transliterated` is taken.
"""

from __future__ import annotations

import re

#: Languages whose orthography sets every suffix of a proper name off with an apostrophe.
APOSTROPHE_SUFFIXES = frozenset({"tr"})
#: At or above this on wordfreq's Zipf scale a form is a word of the language, not only a name.
WORD = 2.0
_OPENING = '"“‘(«„'
_CLOSING = '"”’)»“'
#: "Уи" / "Уэ" at the start of a Cyrillic word: the English "W" ("William", "Wales").
_CYRILLIC_W = re.compile(r"^У(?=[иэ])|^у(?=[иэ])")


def quoted_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (two words) is all that a pair of quotation marks or brackets
    holds: ``"Evan Gershkovich"``, ``(Evan Gershkovich)``."""
    before = text[:start].rstrip(" ")
    after = text[end:].lstrip(" ")
    return bool(before) and before[-1] in _OPENING and after[:1] in _CLOSING and bool(after)


def bare_ending_is_slip(short: str, long: str, language: str) -> bool:
    """``long`` is ``short`` plus a grammatical-looking ending, yet in ``language`` that is a
    spelling slip: the language sets suffixes of names off with an apostrophe, the ending is
    one letter, and neither form is a word of the language (module doc)."""
    if language not in APOSTROPHE_SUFFIXES or len(long) != len(short) + 1:
        return False
    from briefing.corpus.wordlists import zipf  # the compact lists, not wordfreq's dicts

    return all(zipf(w.casefold(), language, "best") < WORD for w in (short, long))


def cyrillic_w(word: str) -> str:
    """``word`` with a leading Cyrillic "Уи" / "Уэ" written "Ви" / "Вэ" (module doc)."""
    return _CYRILLIC_W.sub(lambda m: "В" if m.group() == "У" else "в", word)
