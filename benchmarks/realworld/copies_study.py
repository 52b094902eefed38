"""How much text the dev packets' articles copy from each other, as the topics read copies.

A measured study (THEME_COPIES.md), not product code. For every dev manifest (never a held-out
one) it lists the article pairs that share runs of
:data:`~briefing.topics.copied_passages.MIN_WORDS` words outside quotations (the runs
:mod:`briefing.topics.copied_passages` takes for copies), with the words those runs cover and
their share of the shorter article::

    PYTHONPATH=$PWD python -m benchmarks.realworld.copies_study
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from pathlib import Path

import yaml

from briefing.corpus.discover import discover
from briefing.corpus.reader import read_article
from briefing.model import Article
from briefing.topics.copied_passages import MIN_WORDS, tokens

_HERE = Path(__file__).parent


def _articles(name: str) -> list[Article]:
    found = [read_article(f) for f in discover([_HERE / "data" / "packets" / name]).files]
    return [a for a in found if isinstance(a, Article)]


def shared_words(articles: list[Article]) -> dict[tuple[str, str], tuple[int, float]]:
    """(article, article) → (words of the shorter-or-first one in shared runs, their share)."""
    writers: dict[int, set[str]] = defaultdict(set)
    where: dict[tuple[int, str], list[tuple[int, int, int]]] = defaultdict(list)
    size: dict[str, int] = {}
    for a in articles:
        count = 0
        for index, paragraph in enumerate(a.paragraphs):
            found = tokens(paragraph.text)
            words, weights = found.words, found.weights
            count += sum(w is not None for w in words)
            for start in range(len(words)):
                weight, end = 0.0, start
                while end < len(words) and words[end] is not None and weight < MIN_WORDS:
                    weight, end = weight + weights[end], end + 1
                if weight >= MIN_WORDS:
                    key = hash(tuple(words[start:end]))
                    writers[key].add(a.id)
                    where[key, a.id].append((index, start, end))
        size[a.id] = max(count, 1)
    covered: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for key, ids in writers.items():
        for first, second in itertools.combinations(sorted(ids), 2):
            for index, start, end in where[key, first]:
                covered[first, second].update((index, n) for n in range(start, end))
    return {
        pair: (len(words), len(words) / min(size[pair[0]], size[pair[1]]))
        for pair, words in covered.items()
    }


def main() -> None:
    packets = pairs = 0
    for manifest in sorted((_HERE / "manifests").glob("*.yaml")):
        if yaml.safe_load(manifest.read_text(encoding="utf-8")).get("held_out"):
            continue
        found = shared_words(_articles(manifest.stem))
        if not found:
            continue
        packets, pairs = packets + 1, pairs + len(found)
        listed = sorted(found.items(), key=lambda item: -item[1][0])
        shown = ", ".join(f"{a} + {b}: {n} words ({share:.2f})" for (a, b), (n, share) in listed)
        print(f"{manifest.stem}: {shown}")
    print(f"packets with a shared run: {packets}; pairs: {pairs}")


if __name__ == "__main__":
    main()
