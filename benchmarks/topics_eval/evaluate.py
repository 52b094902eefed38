"""Precision and recall of the top-N topics against hand-made gold lists.

    .venv/bin/python benchmarks/topics_eval/evaluate.py            # seeds and unseen, top 25
    .venv/bin/python benchmarks/topics_eval/evaluate.py --top 40 --verbose

Matching is alias-aware: a predicted topic matches a gold entry when its name or any of its
aliases equals the entry's name or any of its aliases, ignoring case. Each gold entry is
matched at most once, by the best-ranked topic; a second topic matching the same entry (an
alias that was not merged) counts against precision. Kinds are not compared: the question is
whether an analyst would find the subject in the list, once.

The unseen set was written after the first rules and is what tuning followed; the seeds are
reported for comparison only. The held-out set (a third story) was evaluated once, then used to
find bugs; the final set (a fourth story) was written when the rules were final and is the
figure to trust.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from briefing.corpus import discover, read_article  # noqa: E402
from briefing.model import Article, Topic  # noqa: E402
from briefing.topics import extract_topics  # noqa: E402

SETS = {
    "seeds": (ROOT / "seeds", HERE / "seeds_gold.json"),
    "unseen": (HERE / "unseen", HERE / "unseen_gold.json"),
    "heldout": (HERE / "heldout", HERE / "heldout_gold.json"),
    "final": (HERE / "final", HERE / "final_gold.json"),
}


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    recall_all: float
    hits: list[tuple[int, str, str]]
    duplicates: list[tuple[int, str, str]]
    misses: list[str]
    wrong: list[tuple[int, str, str]]


def load(folder: Path) -> list[Article]:
    """Read a folder with the application's own reader."""
    found = discover([folder])
    return [a for f in found.files if isinstance(a := read_article(f), Article)]


def labels(names: list[str]) -> set[str]:
    return {" ".join(n.split()).casefold() for n in names}


def score(topics: tuple[Topic, ...], gold: list[dict], top: int) -> Score:
    gold_labels = [labels([g["name"], *g["aliases"]]) for g in gold]
    matched: dict[int, int] = {}
    hits: list[tuple[int, str, str]] = []
    duplicates: list[tuple[int, str, str]] = []
    wrong: list[tuple[int, str, str]] = []
    for rank, topic in enumerate(topics[:top], 1):
        mine = labels([topic.name, *topic.aliases])
        entry = next((i for i, g in enumerate(gold_labels) if mine & g), None)
        if entry is None:
            wrong.append((rank, topic.name, str(topic.kind)))
        elif entry in matched:
            duplicates.append((rank, topic.name, gold[entry]["name"]))
        else:
            matched[entry] = rank
            hits.append((rank, topic.name, gold[entry]["name"]))
    anywhere = {
        i
        for topic in topics
        for i, g in enumerate(gold_labels)
        if labels([topic.name, *topic.aliases]) & g
    }
    considered = min(top, len(topics)) or 1
    return Score(
        precision=len(hits) / considered,
        recall=len(matched) / len(gold),
        recall_all=len(anywhere) / len(gold),
        hits=hits,
        duplicates=duplicates,
        misses=[g["name"] for i, g in enumerate(gold) if i not in matched],
        wrong=wrong,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--verbose", action="store_true", help="list hits, misses, extras")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = {}
    for name, (folder, gold_path) in SETS.items():
        articles = load(folder)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["topics"]
        result = score(extract_topics(articles), gold, args.top)
        figures[name] = {
            "articles": len(articles),
            "gold": len(gold),
            f"precision@{args.top}": round(result.precision, 3),
            f"recall@{args.top}": round(result.recall, 3),
            "recall_any_rank": round(result.recall_all, 3),
        }
        if args.json:
            continue
        print(
            f"{name}: {len(articles)} articles, {len(gold)} gold topics — "
            f"precision@{args.top} {result.precision:.2f}, recall@{args.top} "
            f"{result.recall:.2f} (recall at any rank {result.recall_all:.2f})"
        )
        if args.verbose:
            for rank, got, want in result.hits:
                print(f"   ok  {rank:>3} {got}" + (f"  (= {want})" if got != want else ""))
            for rank, got, want in result.duplicates:
                print(f"  dup  {rank:>3} {got}  (again {want})")
            for rank, got, kind in result.wrong:
                print(f"  not  {rank:>3} {got}  [{kind}]")
            for want in result.misses:
                print(f"  miss      {want}")
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
