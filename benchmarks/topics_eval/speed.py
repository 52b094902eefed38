"""How long topic extraction takes on a large briefing made of real text.

    .venv/bin/python benchmarks/topics_eval/speed.py [--articles 1000] [--seed 7]

The corpus is generated in a temporary folder: each article recombines paragraphs from the
bundled seeds, the unseen evaluation set and plain-text files under /usr/share/doc (licences,
READMEs: real English with many names), in a random order fixed by ``--seed``. Articles are
read with the application's own reader; only ``extract_topics`` and ``passages`` are timed.
CPU time is printed beside wall time because the machine is shared and wall time swings.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from briefing.corpus import discover, read_article  # noqa: E402
from briefing.model import Article  # noqa: E402
from briefing.topics import extract_topics, passages  # noqa: E402


def paragraph_pool(limit_docs: int = 400) -> list[str]:
    """Paragraphs of real text: the seeds, the unseen set and some of /usr/share/doc."""
    pool: list[str] = []
    sources = sorted((ROOT / "seeds").glob("*.txt")) + sorted((HERE / "unseen").glob("*.txt"))
    docs = sorted(
        p
        for p in Path("/usr/share/doc").rglob("*")
        if p.is_file()
        and (p.name.startswith("README") or p.name == "copyright" or p.suffix == ".txt")
    )[:limit_docs]
    for path in sources + docs:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for block in text.split("\n\n"):
            block = " ".join(block.split())
            if 40 <= len(block) <= 1500:
                pool.append(block)
    return pool


def write_corpus(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    pool = paragraph_pool()
    for n in range(count):
        paragraphs = rng.sample(pool, k=rng.randint(6, 14))
        (folder / f"{n:04d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_corpus(folder, args.articles, args.seed)
        articles = [
            a for f in discover([folder]).files if isinstance(a := read_article(f), Article)
        ]
        chars = sum(len(a.text) for a in articles)
        started, cpu = time.perf_counter(), time.process_time()
        topics = extract_topics(articles)
        extract_s = time.perf_counter() - started
        extract_cpu = time.process_time() - cpu
        by_id = {a.id: a for a in articles}
        started = time.perf_counter()
        shown = sum(len(passages(t, by_id)) for t in topics[:10])
        passages_s = time.perf_counter() - started
    print(f"{len(articles)} articles, {chars / 1e6:.1f} M characters")
    print(
        f"extract_topics: {extract_s:.2f} s wall, {extract_cpu:.2f} s CPU -> {len(topics)} topics"
    )
    print(f"passages for the top 10 topics: {passages_s:.2f} s -> {shown} passages")
    print("top 10:", "; ".join(t.name for t in topics[:10]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
