"""Names that the first pass's word filters would drop although the way they are written says
they are names.

The first pass never lets a function word of any of the briefing's languages make or edge a
name ("und", "que", "и": a German sentence read with English rules would give "Und Putin").
stopwords-iso's lists are generous, though, and names collide with them: an Italian list
holds "ansa" (the agency is Ansa), Spanish ones "el" and "pais" (the paper is El País), and
"e" is Italian and Portuguese for "and" ("E-Redes"). Two shapes are safe to read as names
whatever those lists say:

- a run of words capitalised in mid-sentence, each a function word only of *other* languages
  than the paragraph's: in its own language a function word is lower case mid-sentence, so
  "Ansa" in an English or Dutch sentence, or "El Pais" in a Polish one, is a name, while
  "el" or "Und" in a sentence of their own language stays out;
- one letter joined by a hyphen to a capitalised word ("E-Redes", "E-REDES", "T-Mobile"),
  not opening a sentence: a brand's shape, which a word-only filter drops for its hyphen.

Domain code: it never imports Textual.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.topics.tokens import Token

#: One letter, a hyphen, then a capitalised word of letters.
_LETTER_COMPOUND = re.compile(r"[^\W\d_]-[^\W\d_][^\W\d_]+")


def foreign_function_run(
    words: Sequence[Token], function: frozenset[str], own: frozenset[str]
) -> bool:
    """Every word capitalised in mid-sentence, not all capitals, and a function word of
    the briefing's languages (``function``) but not of the paragraph's own (``own``)."""
    if not words or words[0].lower not in function:  # the test most runs fail, asked first
        return False
    return all(
        not w.initial
        and w.text[:1].isupper()
        and not w.text.isupper()
        and len(w.text) > 1
        and w.lower in function
        and w.lower not in own
        for w in words
    )


def letter_compound(word: Token) -> bool:
    """One letter, a hyphen and a capitalised word, not opening a sentence: "E-Redes"."""
    return (
        not word.initial
        and word.text[1:2] == "-"  # what the pattern asks second: most words fail here
        and _LETTER_COMPOUND.fullmatch(word.text) is not None
        and word.text[2].isupper()
    )
