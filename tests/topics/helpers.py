"""Building Articles in memory and finding topics in results (importable as ``topics.helpers``)."""

from __future__ import annotations

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
