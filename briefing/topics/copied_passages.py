"""Theme uses that only repeat another article's copy of the same passage (wire copy).

Outlets print one agency's text, or one agency's photo caption, word for word, and edit its
edges (another opening clause, a dateline, a cut last sentence): a phrase of that text is
then written once, by one writer, however many pages carry it. Counting each page as a
source made a copied text's incidental phrases themes (two pages of one caption, "a bulk
carrier ship that recently ran aground off the coast", are one writer's words). This module
finds, in any language, the uses of a theme that sit in a run of words an earlier article
already wrote word for word, so that a theme is counted once per text and not once per page.

What counts as a copied passage, and why:

- A run of :data:`MIN_WORDS` words (Unicode word characters, case folded; a character of a
  script written without spaces weighs half a word) that holds the use and ends with it or
  starts with it: copies differ in quotation marks, dashes and spacing, not in words, and
  an edited copy keeps long runs of the text it edited. A run of twelve words rarely comes
  out the same from two writers; a short formula ("declared a state of emergency on
  Friday") often does, and is no copy.
- Quotations break a run: two writers quoting one statement share its words without copying
  each other ("“We cannot refloat it,” he said.").
- The first article (in the packet's order) to write the run keeps its use; each later
  article's use in the same run is a twin. A phrase a copy also writes in words of its own
  still counts for that copy.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from briefing.topics.candidates import Occurrence

#: Words (a character of a script without spaces: half a word) a copied run holds.
MIN_WORDS = 12

#: Quoted passages: curly, straight, guillemets, low-high and CJK corner brackets. A quote left
#: open (its close in a later paragraph) runs to the paragraph's end.
_QUOTED = re.compile(
    r"“[^”“]*(?:”|$)|\"[^\"]*(?:\"|$)|«[^»]*(?:»|$)|„[^“”]*(?:[“”]|$)|「[^」]*(?:」|$)"
    r"|『[^』]*(?:』|$)|‹[^›]*(?:›|$)"
)
#: Scripts written without spaces between words: each character is a token of half a word.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(f"([{_UNSPACED}])|[^\\W{_UNSPACED}]+")
_ANY_UNSPACED = re.compile(f"[{_UNSPACED}]")


class _Words(NamedTuple):
    """A paragraph's words (case folded; None: a quotation, which no copied run crosses),
    where each starts, and what each weighs (a character of a script without spaces: half)."""

    words: list[str | None]
    starts: list[int]
    weights: list[float]


def tokens(text: str) -> _Words:
    """The paragraph's words, each quotation one breaking token (parallel lists: a briefing
    of a thousand articles reads a million words here)."""
    found = list(_TOKEN.finditer(text))
    words: list[str | None] = [m.group().casefold() for m in found]
    starts = [m.start() for m in found]
    if _ANY_UNSPACED.search(text) is None:  # most paragraphs: every word weighs one
        weights = [1.0] * len(found)
    else:
        weights = [0.5 if m.group(1) else 1.0 for m in found]
    if _has_quote(text):
        spans = [m.span() for m in _QUOTED.finditer(text)]
        for start, end in spans:
            inside = range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))
            for n in inside:
                words[n], weights[n] = None, 0.0
    return _Words(words, starts, weights)


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in '“"«„「『‹')


def _runs(found: _Words, first: int, last: int) -> list[int]:
    """Keys of the two runs of :data:`MIN_WORDS` words that hold tokens ``first``..``last``:
    the one ending with ``last`` and the one starting with ``first`` (none across a quote or
    beyond the paragraph)."""
    words, weights = found.words, found.weights
    keys = []
    weight, i = 0.0, last
    while i >= 0 and words[i] is not None and weight < MIN_WORDS:
        weight, i = weight + weights[i], i - 1
    if weight >= MIN_WORDS:
        keys.append(hash(tuple(words[i + 1 : last + 1])))
    weight, j = 0.0, first
    while j < len(words) and words[j] is not None and weight < MIN_WORDS:
        weight, j = weight + weights[j], j + 1
    if weight >= MIN_WORDS:
        keys.append(hash(tuple(words[first:j])))
    return keys


def copied_twins(
    texts: Mapping[tuple[str, int], str], uses: Iterable[Occurrence], order: Sequence[str]
) -> frozenset[Occurrence]:
    """The ``uses`` that sit in a run of words an earlier article wrote word for word,
    quotations aside. ``texts``: (article, paragraph) → text; ``order``: the articles in the
    packet's order, the first writer of a run keeping its use.

    Only the paragraphs that hold a use are read: an earlier copy of the run holds the same
    words, so the same theme's use, and its runs are noted when it is met.
    """
    rank = {article: n for n, article in enumerate(order)}
    ordered = sorted(uses, key=lambda o: (rank.get(o.article, len(rank)), o.paragraph, o.start))
    if len({o.article for o in ordered}) < 2:
        return frozenset()
    first: dict[int, str] = {}
    read: dict[tuple[str, int], _Words] = {}
    by_text: dict[str, _Words] = {}  # a copied paragraph: read once
    twins = set()
    for o in ordered:
        known = read.get((o.article, o.paragraph))
        if known is None:
            text = texts.get((o.article, o.paragraph))
            if text is None:
                continue
            known = by_text.get(text)
            if known is None:
                known = by_text[text] = tokens(text)
            read[o.article, o.paragraph] = known
        first_word = bisect.bisect_left(known.starts, o.start)
        last_word = bisect.bisect_left(known.starts, o.end) - 1
        if first_word > last_word or known.words[last_word] is None:
            continue
        for key in _runs(known, first_word, last_word):
            if first.setdefault(key, o.article) != o.article:
                twins.add(o)
    return frozenset(twins)
