"""A headline of one or two words over its lead: ``Flut`` over "Die Flut hat … erreicht."

A headline-shaped line has three words at least (:func:`~briefing.corpus.headline_shape.
headline_shaped`), because the short lines over a pasted story are mostly a page's menus, its
section (``World``, ``Politik``) or a kicker (``Breaking``). A news ticker's item may still be
headed by one noun, and with no other headline the title was then cut from the lead's first
sentence. A short line is the headline when, and only when, the story takes it up at once:

- it opens the story: the first line of the body (labels, stamps and other furniture above it
  are not), one or two words of letters, capitalised and not all capitals, four letters or
  more, no function word, no closing stop, and no city or country (``Genf`` alone over the
  lead is a dateline's place);
- the line right under it is the lead, a paragraph of prose;
- the lead's first sentence uses every word of it, spelt the same, as a word of its own and
  not inside a longer name: ``World`` over "The World Health Organization …" is a section,
  the name goes on with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.corpus.colon_dateline import is_city, is_country
from briefing.corpus.headline_shape import is_prose
from briefing.corpus.kickers import is_function_word

__all__ = ["short_headline"]

_LINE = re.compile(r"[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?(?: [^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?)?")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_MIN_LETTERS = 4
_TOP = 3


def short_headline(texts: Sequence[str], kinds: Sequence[str]) -> int | None:
    """The index of a one- or two-word headline over its lead (module docstring), or None."""
    first = next((i for i, k in enumerate(kinds[:_TOP]) if k == "body"), None)
    if first is None or first + 1 >= len(texts) or kinds[first + 1] != "body":
        return None
    line = texts[first].strip()
    if not _LINE.fullmatch(line) or line.isupper() or not line[0].isupper():
        return None
    words = line.split()
    if sum(c.isalpha() for c in line) < _MIN_LETTERS or any(is_function_word(w) for w in words):
        return None
    lead = texts[first + 1]
    if not is_prose(lead):
        return None
    stop = _SENTENCE_END.search(lead)
    sentence = lead[: stop.end()] if stop else lead
    if not all(_own_word(word, sentence) for word in words):
        return None
    return None if is_city(line) or is_country(line) else first


def _own_word(word: str, sentence: str) -> bool:
    """Whether ``word`` stands in ``sentence`` as a word of its own, no capitalised word
    joined to it on either side (a longer name)."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    for match in pattern.finditer(sentence):
        before = sentence[: match.start()].rstrip().split()
        after = sentence[match.end() :].split()
        previous = before[-1] if before else ""
        joined_before = previous[:1].isupper() and not is_function_word(previous)
        joined_after = bool(after) and after[0][:1].isupper()
        if not joined_before and not joined_after:
            return True
    return False
