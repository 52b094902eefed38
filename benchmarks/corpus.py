"""Generate a benchmark briefing: N plain-text articles of 2–8 KB of real prose, plus the seeds
(``--long``: 6–8 KB each, about 7 KB).

The articles are cut from the machine's own prose (see ``textpool``) in a seeded, shuffled
order, so the same seed on the same machine gives byte-identical files. Each article is a
title line, a blank line and blank-line separated paragraphs, like the AP seed. When the
pool holds less prose than N articles need, the walk wraps around at a different offset;
``CorpusInfo.unique_fraction`` says how much of the corpus is distinct text.

Usage: ``python -m benchmarks.corpus N [DEST]``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.textpool import Document, load_pool

MIN_BYTES = 2048
MAX_BYTES = 8192
DEFAULT_SEED = 20251008
BENCH_DIR = Path(__file__).resolve().parent
WORK_DIR = BENCH_DIR / ".work"
SEEDS_DIR = BENCH_DIR.parent / "seeds"


@dataclass(frozen=True, slots=True)
class CorpusInfo:
    """What was generated, for the results table and for reuse checks."""

    path: str
    articles: int
    seeds: int
    total_bytes: int
    unique_fraction: float
    pool_bytes: int
    pool_documents: int
    seed: int


def _trim(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` UTF-8 bytes at a word boundary, ending a sentence."""
    raw = text.encode()[:limit].decode("utf-8", "ignore")
    cut = raw.rsplit(" ", 1)[0] if " " in raw else raw
    return cut.rstrip(",;:") + "."


def _article(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _make_articles(
    pool: list[Document], n: int, seed: int, sizes: tuple[int, int] = (MIN_BYTES, MAX_BYTES)
) -> tuple[list[str], float]:
    """Walk the shuffled pool paragraph by paragraph, cutting an article at each size target
    (a random size between ``sizes``)."""
    min_bytes, max_bytes = sizes
    rng = random.Random(seed)
    order = list(pool)
    rng.shuffle(order)
    stream = [(doc.title, p) for doc in order for p in doc.paragraphs]
    if not stream:
        raise SystemExit("no prose found on this machine to build a corpus from")
    position = 0
    lap_offsets = [0]
    used: set[int] = set()
    reused = 0
    articles = []
    for _ in range(n):
        target = rng.randint(min_bytes, max_bytes)
        title = stream[position % len(stream)][0]
        paragraphs: list[str] = []
        size = len(title.encode()) + 3
        while size < min_bytes or (size < target and len(paragraphs) < 40):
            index = position % len(stream)
            if index == 0 and position:
                # Next lap: shift by a prime so laps cut different articles from the text.
                lap_offsets.append(lap_offsets[-1] + 7919)
            actual = (index + lap_offsets[-1]) % len(stream)
            paragraph = stream[actual][1]
            room = max_bytes - size - 2
            if room <= MIN_PARAGRAPH_ROOM:
                break
            if len(paragraph.encode()) > room:
                paragraph = _trim(paragraph, room)
            if actual in used:
                reused += len(paragraph.encode())
            used.add(actual)
            paragraphs.append(paragraph)
            size += len(paragraph.encode()) + 2
            position += 1
        articles.append(_article(title, paragraphs))
    total = sum(len(a.encode()) for a in articles)
    return articles, 1 - reused / total if total else 1.0


#: Below this much room left in an article, stop rather than append a stub paragraph.
MIN_PARAGRAPH_ROOM = 40


#: The "longer articles" corpus: about 7 KB each (issue 15).
LONG_BYTES = (6144, 8192)


def generate(
    n: int,
    dest: Path | None = None,
    *,
    seed: int = DEFAULT_SEED,
    work: Path = WORK_DIR,
    sizes: tuple[int, int] = (MIN_BYTES, MAX_BYTES),
) -> CorpusInfo:
    """Write N articles (plus the 5 seeds) of ``sizes`` bytes into ``dest`` and return what
    was made.

    Reuses an existing folder when its recorded info matches, so repeated runs do not pay
    for generation (and keep the same mtimes, which the index's change detection relies on).
    """
    long = sizes != (MIN_BYTES, MAX_BYTES)
    dest = dest or work / (f"corpus-{n}" if not long else f"corpus-{n}-{sizes[0]}-{sizes[1]}")
    info_file = dest.parent / f"{dest.name}.json"
    if info_file.is_file() and dest.is_dir():
        info = CorpusInfo(**json.loads(info_file.read_text(encoding="utf-8")))
        if info.articles == n and info.seed == seed and info.path == str(dest):
            return info
    # Half again what the articles need, so small corpora are cut from distinct text.
    budget = n * (sizes[0] + sizes[1]) * 3 // 4
    pool = load_pool(budget, work)
    articles, unique = _make_articles(pool, n, seed, sizes)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    width = max(5, len(str(n)))
    total = 0
    for i, text in enumerate(articles):
        data = text.encode()
        digest = hashlib.sha256(data).hexdigest()[:16]
        (dest / f"{i:0{width}d}_{digest}.txt").write_bytes(data)
        total += len(data)
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for s in seeds:
        shutil.copyfile(s, dest / s.name)
        total += s.stat().st_size
    info = CorpusInfo(
        path=str(dest),
        articles=n,
        seeds=len(seeds),
        total_bytes=total,
        unique_fraction=round(unique, 3),
        pool_bytes=sum(d.size for d in pool),
        pool_documents=len(pool),
        seed=seed,
    )
    info_file.write_text(json.dumps(asdict(info)), encoding="utf-8")
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles (the 5 seeds are added)")
    parser.add_argument("dest", nargs="?", type=Path, help="folder (default benchmarks/.work)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--long", action="store_true", help="articles of 6–8 KB (about 7 KB)")
    args = parser.parse_args(argv)
    sizes = LONG_BYTES if args.long else (MIN_BYTES, MAX_BYTES)
    info = generate(args.n, args.dest, seed=args.seed, sizes=sizes)
    print(json.dumps(asdict(info), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
