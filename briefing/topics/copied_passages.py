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


class _Token(NamedTuple):
    start: int
    end: int
    word: str | None  # None: a quotation, which no copied run crosses
    weight: float


def tokens(text: str) -> list[_Token]:
    """The paragraph's words, case folded, each quotation one breaking token."""
    quoted = [m.span() for m in _QUOTED.finditer(text)] if _has_quote(text) else []
    found: list[_Token] = []
    q = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        while q < len(quoted) and quoted[q][1] <= start:
            q += 1
        if q < len(quoted) and quoted[q][0] <= start:
            if not found or found[-1].word is not None:
                found.append(_Token(start, end, None, 0.0))
            continue
        weight = 0.5 if m.group(1) else 1.0  # one character of a script without spaces
        found.append(_Token(start, end, m.group().casefold(), weight))
    return found


def _has_quote(text: str) -> bool:
    return any(mark in text for mark in '“"«„「『‹')


def _runs(words: list[_Token], first: int, last: int) -> list[int]:
    """Keys of the two runs of :data:`MIN_WORDS` words that hold tokens ``first``..``last``:
    the one ending with ``last`` and the one starting with ``first`` (none across a quote or
    beyond the paragraph)."""
    keys = []
    weight, i = 0.0, last
    while i >= 0 and words[i].word is not None and weight < MIN_WORDS:
        weight, i = weight + words[i].weight, i - 1
    if weight >= MIN_WORDS:
        keys.append(hash(tuple(w.word for w in words[i + 1 : last + 1])))
    weight, j = 0.0, first
    while j < len(words) and words[j].word is not None and weight < MIN_WORDS:
        weight, j = weight + words[j].weight, j + 1
    if weight >= MIN_WORDS:
        keys.append(hash(tuple(w.word for w in words[first:j])))
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
    read: dict[tuple[str, int], tuple[list[_Token], list[int]]] = {}
    twins = set()
    for o in ordered:
        known = read.get((o.article, o.paragraph))
        if known is None:
            text = texts.get((o.article, o.paragraph))
            if text is None:
                continue
            words = tokens(text)
            known = read[o.article, o.paragraph] = (words, [w.start for w in words])
        words, starts = known
        first_word = bisect.bisect_left(starts, o.start)
        last_word = bisect.bisect_left(starts, o.end) - 1
        if first_word > last_word or words[last_word].word is None:
            continue
        for key in _runs(words, first_word, last_word):
            if first.setdefault(key, o.article) != o.article:
                twins.add(o)
    return frozenset(twins)
