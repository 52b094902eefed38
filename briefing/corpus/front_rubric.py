"""A rubric glued before a sentence-case headline: ``Transfer window Exa signs for Rovers``.

A page sets a short rubric over its headline (the story's running theme: Spanish *antetítulo*,
Portuguese *chapéu*, "Transfer window"); a plain-text copy that lost the line break joins them
with a space, and the rubric became the title's first words. Told by shape and by the lead,
never by a list of rubrics:

- the line is in sentence case (a script with case; a headline in title case capitalises
  every word and leaves no seam to see): the rubric is two or three words, its first
  capitalised and the others in lower case, no punctuation, the last no function word;
  the headline starts right after it with a capitalised word that is no function word (a
  name: ``Exa``, ``Rovers``);
- the lead (the first paragraph of the story under it) restates the headline and not the
  rubric: three quarters of the headline's words (three or more, a word counted with up to
  two letters of ending changed) come back in it, and none of the rubric's;
- a description before a name (``Brazilian striker Exa signs …``) is the headline's own: the
  story writes the rubric's last word and the name together somewhere (``striker Exa``), or
  the lead repeats the description; a rubric stands apart from the name it precedes. A name
  opening the line (``Roe with Exa signs …``: the story writes "Jane Roe" with its capital
  inside a sentence) opens the headline, never a rubric.

The same line may run on into the standfirst (``… rejects the payment The league argues …``):
the headline ends where a capitalised function word followed by a lower-case word starts a
sentence (:func:`headline_kicker_end`'s sign), and only the words before it are weighed.
A headline with an article's capital inside ("El Salvador", "Los Angeles") goes on with a
capital and is not cut there.
"""

from __future__ import annotations

import re

from briefing.corpus.kicker_words import is_function_word
from briefing.corpus.kickers import _core, _same_word

__all__ = ["front_rubric"]

_WORD = re.compile(r"\S+")
#: Letters only (a hyphen or an apostrophe inside): a rubric's word carries no mark.
_PLAIN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Words a rubric has; words a headline has at least after it.
_RUBRIC_WORDS = (2, 3)
_HEADLINE_WORDS = 4
#: Share of the headline's content words (three letters or more) the lead repeats.
_ECHO = 0.75
_CONTENT_LETTERS = 3


def front_rubric(text: str, lead: str, story: str) -> tuple[int, int | None] | None:
    """(where the headline starts, where it ends or None) for a rubric glued before the
    headline on ``text`` (module doc), given the ``lead`` paragraph under it and the whole
    ``story`` text; None when no rubric is told."""
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(text[:400])]
    if len(words) < min(_RUBRIC_WORDS) + _HEADLINE_WORDS or not lead:
        return None
    lead_words = {_core(w) for w in lead.split()}
    for size in _RUBRIC_WORDS:
        if not _rubric_shape(words, size):
            continue
        end = _headline_end(words, size)
        headline = [_core(w) for _, w in words[size:end]]
        if len(headline) < _HEADLINE_WORDS or not _sentence_case(words[size + 1 : end]):
            continue
        rubric = [_core(w) for _, w in words[:size]]
        if any(_echoed(w, lead_words) for w in rubric if len(w) >= _CONTENT_LETTERS):
            continue  # the lead repeats it: a description of the story, not a rubric
        content = [w for w in headline if len(w) >= _CONTENT_LETTERS]
        echoed = sum(_echoed(w, lead_words) for w in content)
        if len(content) < 3 or echoed < _ECHO * len(content):
            continue
        if _written_together(rubric[-1], headline[0], story):
            continue  # "striker Exa": the story writes them as one phrase
        if _named_inside(words[0][1], story):
            continue  # "Roe with Exa signs …": the first word is a name, the line a headline
        return words[size][0], words[end][0] if end < len(words) else None
    return None


def _rubric_shape(words: list[tuple[int, str]], size: int) -> bool:
    """The first ``size`` words a rubric's (module doc) and the next one a name's start."""
    if len(words) <= size:
        return False
    rubric = [w for _, w in words[:size]]
    first, last, name = rubric[0], rubric[-1], words[size][1]
    if not all(_PLAIN.fullmatch(w) for w in rubric):
        return False
    if not (first[:1].isupper() and first[1:].islower()):
        return False
    if not all(w[:1].islower() for w in rubric[1:]) or is_function_word(last):
        return False
    return name[:1].isupper() and not is_function_word(_core(name))


def _headline_end(words: list[tuple[int, str]], start: int) -> int:
    """The index of the word where a sentence starts after the headline, or the end: after a
    question or exclamation mark, or at a capitalised function word followed by a lower-case
    word, after a word with no mark (``… the payment The league argues``)."""
    for i in range(start + _HEADLINE_WORDS, len(words) - 1):
        before, word, after = words[i - 1][1], words[i][1], words[i + 1][1]
        if before[-1:] in "!?…":
            return i
        opener = word[:1].isupper() and word[1:].islower() and is_function_word(word)
        if before[-1:].isalnum() and opener and after[:1].islower():
            return i
    return len(words)


def _sentence_case(words: list[tuple[int, str]]) -> bool:
    """Fewer than half of the longer words (four letters or more) capitalised: a headline in
    title case capitalises nearly all of them."""
    longer = [w for _, w in words if len(_core(w)) >= 4 and _core(w)[:1].isalpha()]
    capitalised = sum(w.lstrip("\"'«“„(")[:1].isupper() for w in longer)
    return bool(longer) and capitalised * 2 < len(longer)


def _echoed(word: str, lead: set[str]) -> bool:
    return word in lead or any(_same_word(word, other) for other in lead)


def _written_together(last: str, name: str, story: str) -> bool:
    """Whether the story writes the rubric's last word right before the name (any case)."""
    pattern = rf"(?<!\w){re.escape(last)}\s+{re.escape(name)}(?!\w)"
    return re.search(pattern, story, re.IGNORECASE) is not None


def _named_inside(word: str, story: str) -> bool:
    """Whether the story writes ``word`` (its ending changed by up to two letters) with its
    capital inside a sentence, after a word: a name, which a rubric never opens with."""
    stem = re.escape(word[: max(4, len(word) - 2)])
    pattern = rf"(?:(?<=[^\W\d_]\s)|(?<=[^\W\d_],\s)){stem}[^\W\d_]{{0,4}}(?![^\W\d_])"
    return re.search(pattern, story) is not None
