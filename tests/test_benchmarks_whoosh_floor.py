"""``benchmarks/whoosh_floor.py`` measures Whoosh's floor on the same postings as the product:
its pre-analysed variants must index exactly what the product's writer indexes (every posting,
field length, stored field and date), here on written English, French and Russian articles.
No timing is asserted (speed is measured in benchmarks/)."""

from __future__ import annotations

from pathlib import Path

from search.written_corpus import written_articles

from benchmarks.whoosh_floor import VARIANTS
from benchmarks.whoosh_floor_check import check


def test_every_floor_variant_indexes_the_products_postings(tmp_path: Path) -> None:
    articles = written_articles(24)
    same = check(articles, len(articles), tmp_path / "check")
    assert same == dict.fromkeys(VARIANTS, True)
