"""Where a word changes script: a Latin acronym glued to a Japanese or Korean particle is read
as the acronym (:mod:`.tokens` cuts its tokens there).

Korean glues its particles to the noun ("WHO는", "WHO가") and Japanese writes its particles
without a space ("WHOによれば", "WHOの"): a token of ``\\w`` letters runs the acronym and the
particle into one word, a topic of its own ("WHO는") that no search of "WHO" finds. A word is
cut where a letter of a cased script (Latin, Cyrillic, Greek…) meets:

- hiragana, in either order: Japanese writes particles and endings in it, never a name's
  letters beside Latin ones ("WHOのNPSAは" is "WHO", "の", "NPSA", "は");
- a Korean particle that ends the word ("WHO는", "WHO에서는": :data:`.lexicon.KOREAN_PARTICLES`).

Nothing else is cut: Latin letters before other Hangul, katakana or Han are often one name
("LG전자", LG Electronics; "NTTドコモ"; "JR東日本", JR East), and Han before Latin letters
names another body ("中国CDC" is not "美国CDC"). Digits never part.
"""

from __future__ import annotations

import re

from briefing.topics.lexicon import KOREAN_PARTICLES

#: Hiragana, the Japanese script of particles and endings (no middle dot, no long-vowel mark).
_HIRAGANA = "\u3041-\u309f"
#: A letter of a cased script: no digit, no Han, kana or Hangul, no underscore.
_CASED = (
    r"[^\W\d_\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
    r"\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af]"
)
_PARTICLE = "|".join(sorted(KOREAN_PARTICLES, key=len, reverse=True))
HAS_GLUED = re.compile(f"[{_HIRAGANA}\uac00-\ud7af]")
#: The seams of one word (matched on the word alone, so ``$`` is its end).
_SEAM = re.compile(
    rf"(?<={_CASED})(?=[{_HIRAGANA}]|(?:{_PARTICLE})$)|(?<=[{_HIRAGANA}])(?={_CASED})"
)


def has_glued(text: str) -> bool:
    """Whether ``text`` has a hiragana or Hangul letter; an ASCII text (a string knows it is
    one, in constant time) is never searched."""
    return not text.isascii() and HAS_GLUED.search(text) is not None


def unglued(pieces: list[tuple[str, str]], text: str) -> list[tuple[str, str]]:
    """The (space, token) pieces with each token cut at its seams (:data:`_SEAM`). Checked
    only in a paragraph that has such letters at all, so other paragraphs pay one search."""
    if not has_glued(text):
        return pieces
    out: list[tuple[str, str]] = []
    for space, word in pieces:
        if len(word) > 1 and _SEAM.search(word):
            parts = _SEAM.split(word)
            out.append((space, parts[0]))
            out.extend(("", part) for part in parts[1:])
        else:
            out.append((space, word))
    return out
