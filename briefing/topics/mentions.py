"""Finding every mention of every known alias, once the aliases are known."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import accumulate
from operator import itemgetter

from briefing.topics.candidates import Occurrence
from briefing.topics.case_endings import case_ended, ending_size
from briefing.topics.tokens import spaced_tokens, tokenize

#: The token of a (white space, token) piece of :func:`~.tokens.spaced_tokens`.
_WORD = itemgetter(1)

#: First token of an alias → (token count, {alias: alias} of that length), longest first.
_ByFirst = dict[str, list[tuple[int, dict[str, str]]]]


def scan(
    paragraphs: Sequence[tuple[str, int, str]], surface_to_root: dict[str, str]
) -> dict[str, list[Occurrence]]:
    """Every occurrence of every safe alias in every paragraph read.

    Aliases were cut from token boundaries, so they are matched token by token (longest
    first) rather than with one huge regular expression, which is several times slower on a
    thousand articles with thousands of aliases. "CIS" never matches inside "CIS+", which is
    one token. The paragraphs are re-read here as plain token texts, and offsets are taken
    only for paragraphs where some alias can start, so no tokens outlive this function; only
    the tokens that can start an alias are visited. A paragraph text that recurs is matched
    once.
    """
    by_first = by_first_token(surface_to_root)
    found: dict[str, list[Occurrence]] = defaultdict(list)
    repeats = Counter(text for _article, _index, text in paragraphs)
    pending: dict[str, list[tuple[str, int, int, str]]] = {}  # recurring texts' matches
    for article, index, text in paragraphs:
        left = repeats[text]
        matches = pending.get(text)
        if matches is None:
            matches = alias_matches(text, by_first, surface_to_root)
            if left > 1:
                pending[text] = matches
        for root, start, end, alias in matches:
            found[root].append(Occurrence(article, index, start, end, alias))
        repeats[text] = left - 1
        if left == 1:
            pending.pop(text, None)
    return found


def by_first_token(surface_to_root: dict[str, str]) -> _ByFirst:
    """First token → (token count, the surfaces of that length), longest first. At most one
    surface of a given length can match at a position, so a hit costs one slice and one set
    lookup per length, however many aliases share the first word ("GNU ...")."""
    lengths: dict[str, dict[int, dict[str, str]]] = defaultdict(dict)
    for surface in surface_to_root:
        parts = tokenize(surface)
        if parts:
            lengths[parts[0].text].setdefault(len(parts), {})[surface] = surface
    return {
        first: sorted(sizes.items(), key=lambda item: -item[0]) for first, sizes in lengths.items()
    }


def alias_matches(
    text: str, by_first: _ByFirst, surface_to_root: dict[str, str]
) -> list[tuple[str, int, int, str]]:
    """(root, start, end, alias) of each alias mention in one paragraph, left to right.

    The text is matched once (:func:`~.tokens.spaced_tokens`): the token texts are read from
    its pieces, and, where some alias can start, each token's end is the running length of
    the pieces (they tile the text), summed in C rather than a second pass of the pattern.
    """
    pieces = spaced_tokens(text)
    texts = list(map(_WORD, pieces))
    hits = [i for i, word in enumerate(texts) if word in by_first]
    ended: dict[int, str] = {}  # "Abdramane'nin": its name, where only that is an alias's
    apostrophes = (
        "'" in text or "’" in text
    )  # a case ending may follow a name (:mod:`.case_endings`)
    if apostrophes:
        ended = case_ended(texts, by_first)
        if ended:
            hits = sorted({*hits, *ended})
    if not hits:
        return []
    ends = list(accumulate(map(len, map("".join, pieces))))
    n = len(texts)
    matches: list[tuple[str, int, int, str]] = []
    free = 0  # tokens before this are inside a mention already found
    for i in hits:
        if i < free:
            continue
        start = ends[i] - len(texts[i])
        for count, aliases in by_first.get(texts[i]) or by_first[ended[i]]:
            last = i + count - 1
            if last >= n:
                continue
            end = ends[last]
            alias = aliases.get(text[start:end])  # the alias's own string, shared
            if alias is None and apostrophes:
                cut = ending_size(texts[last])
                alias = aliases.get(text[start : end - cut]) if cut else None
                end -= cut if alias is not None else 0
            if alias is not None:
                matches.append((surface_to_root[alias], start, end, alias))
                free = i + count
                break
    return matches
