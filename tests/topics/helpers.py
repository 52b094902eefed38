"""Building Articles in memory and finding topics in results (importable as ``topics.helpers``)."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from briefing.model import Article, Paragraph, Topic


def article(article_id: str, *paragraphs: str | Paragraph) -> Article:
    """An Article whose paragraphs are the given texts (body unless a Paragraph is passed)."""
    paras = tuple(p if isinstance(p, Paragraph) else Paragraph(p) for p in paragraphs)
    return Article(
        id=article_id,
        path=Path(f"/nonexistent/{article_id}.txt"),
        title=None,
        source=None,
        date=None,
        paragraphs=paras,
    )


def by_name(topics: tuple[Topic, ...], name: str) -> Topic:
    """The topic called ``name``; fails listing the names when there is none."""
    for topic in topics:
        if topic.name == name:
            return topic
    raise AssertionError(f"no topic {name!r} among {[t.name for t in topics]}")


def holding(topics: tuple[Topic, ...], surface: str) -> list[Topic]:
    """Topics with ``surface`` among their aliases."""
    return [t for t in topics if surface in t.aliases]


def across_languages(
    group: list[tuple[str, list[str]]], languages: dict[str, set[str]]
) -> list[tuple[int, int]]:
    """The pairs (i < j) of ``group`` written in no common language, in the order of
    comparing every pair: the plain walk that ``phrase_names._first_word_partners`` must
    agree with (it lists only the pairs whose first word has an alike partner)."""
    by_languages: dict[frozenset[str], list[int]] = {}
    for index, (key, _words) in enumerate(group):
        by_languages.setdefault(frozenset(languages.get(key, ())), []).append(index)
    sets = list(by_languages)
    pairs: list[tuple[int, int]] = []
    for n, first in enumerate(sets):
        for second in sets[n:]:
            if first & second:
                continue
            for i in by_languages[first]:
                pairs.extend((min(i, j), max(i, j)) for j in by_languages[second] if j != i)
    return sorted(set(pairs))


#: Letters written without spaces or with glued particles: Han, kana, Hangul.
_GLUED = re.compile(
    r"[\u3041-\u30fa\u30fc-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    r"\uf900-\ufaff\uff66-\uff9f\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af]"
)


def script_parts(word: str) -> list[tuple[int, int]]:
    """(start, end) of the parts of ``word`` cut where a letter of another script meets a
    letter of :data:`_GLUED` (digits and marks join either side): the plain, letter by letter
    reading of the tokeniser's script seams."""
    cuts = [
        i
        for i in range(1, len(word))
        if (a := word[i - 1]).isalpha()
        and (b := word[i]).isalpha()
        and bool(_GLUED.match(a)) != bool(_GLUED.match(b))
    ]
    bounds = [0, *cuts, len(word)]
    return list(pairwise(bounds))
