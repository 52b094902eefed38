"""The study behind :mod:`briefing.analysis.retold_accounts`: day statements within
:data:`~briefing.analysis.main_day.NEAR` days of the main day, in articles that never date
it, that share word keys with another article's sentence dating it.

    PYTHONPATH=. python -m benchmarks.realworld.retold_study

Prints, per dev packet (never the held-out one), each such statement sharing 3 or more
keys: its file, its offset from the main day, whether an act's word binds it already, the
keys shared, and the share of the shorter and of the longer sentence's keys. Read it to see
where one account retold stands apart from a later day told with a few of the act's words.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import yaml

from briefing.analysis import extract_timeline
from briefing.analysis import main_day as md
from briefing.analysis.retold_accounts import sentence_keys
from briefing.corpus import discover, read_article
from briefing.model import Article

HERE = Path(__file__).resolve().parent
PACKETS = HERE / "data" / "packets"


def _dev_packets() -> list[str]:
    names = []
    for path in sorted((HERE / "manifests").glob("*.yaml")):
        if not yaml.safe_load(path.read_text(encoding="utf-8")).get("held_out"):
            names.append(path.stem)
    return names


def _articles(name: str) -> list[Article]:
    found = discover([PACKETS / name])
    return [a for a in (read_article(item) for item in found.files) if isinstance(a, Article)]


def main() -> None:
    for name in _dev_packets():
        articles = _articles(name)
        files = {a.id: Path(a.path).name for a in articles}
        main_day, placed = md.story_statements(articles, extract_timeline(articles))
        if main_day is None:
            continue
        acts = md._act_words(placed, main_day)
        dating = [d for d in placed if d.day == main_day and not d.night]
        by_article = defaultdict(list)
        for dated in placed:
            by_article[dated.entry.article_id].append(dated)
        for article_id, statements in by_article.items():
            if any(md._compatible(d, main_day) for d in statements):
                continue
            for dated in statements:
                offset = (dated.day - main_day).days
                if not 0 < abs(offset) <= md.NEAR or dated.night:
                    continue
                keys = sentence_keys(dated.entry.sentence, dated.language)
                for other in dating:
                    if other.entry.article_id == article_id:
                        continue
                    theirs = sentence_keys(other.entry.sentence, other.language)
                    shared = keys & theirs
                    if len(shared) >= 3:
                        small, large = sorted((len(keys), len(theirs)))
                        bound = "bound" if md._binds(dated, main_day, acts) else "unbound"
                        print(
                            f"{name} {files[article_id]} {offset:+d} {bound}: {len(shared)} "
                            f"keys with {files[other.entry.article_id]} "
                            f"({len(shared) / small:.2f} / {len(shared) / large:.2f})"
                        )


if __name__ == "__main__":
    main()
