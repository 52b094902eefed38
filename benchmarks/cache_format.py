"""One-off: load time of the article cache as MessagePack (now) against the pickle it replaced.

The pickle layout is rebuilt here from the same articles exactly as ``briefing.cache`` wrote it
before (a dict of rows, each the article's fields but ``path``/``paragraphs`` then a tuple of
paragraph texts and one of kinds), and loaded as it was loaded (``pickle.load`` then one
``StoredArticle``-like object per row). Both are timed in the same run, best of N.

Usage: ``python -m benchmarks.cache_format [N_ARTICLES]`` (default 10,000).
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
import time
from pathlib import Path

from benchmarks.corpus import generate
from briefing import corpus
from briefing.briefing import articles_fingerprint
from briefing.model import Article, Paragraph
from briefing.stored_articles import (
    _FIELDS,
    StoredArticle,
    article_from_row,
    load_article_rows,
    save_article_rows,
)

ROUNDS = 7
WORK = Path(__file__).resolve().parent / ".work"


def _old_rows(articles: dict[str, Article]) -> dict[str, tuple[object, ...]]:
    return {
        key: (
            *(getattr(a, n) for n in _FIELDS),
            tuple(p.text for p in a.paragraphs),
            tuple(p.kind for p in a.paragraphs),
        )
        for key, a in articles.items()
    }


def _load_old(path: Path, found: list[corpus.FoundFile]) -> int:
    with path.open("rb") as handle:
        stored = pickle.load(handle)
    rows = stored["payload"]["rows"]
    made = 0
    setter = object.__setattr__
    for item in found:
        row = rows.get(str(item.path))
        if row is None:
            continue
        *values, texts, kinds = row
        article = object.__new__(StoredArticle)
        for name, value in zip(_FIELDS, values, strict=True):
            setter(article, name, value)
        setter(article, "path", item.path)
        setter(article, "_columns", (texts, kinds))
        made += 1
    return made


def _load_new(path: Path, fingerprint: str, found: list[corpus.FoundFile]) -> int:
    rows, _ = load_article_rows(path, fingerprint)
    made = 0
    for item in found:
        row = rows.get(str(item.path))
        if row is None:
            continue
        article_from_row(row, item.path)
        made += 1
    return made


def _best(run: object, *args: object) -> tuple[float, float, int]:
    """Best wall time and best CPU time (this process) over ROUNDS runs: the machine is shared,
    and CPU time is what other processes disturb least."""
    walls, cpus, made = [], [], 0
    for _ in range(ROUNDS):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        made = run(*args)  # type: ignore[operator]
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), made


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 10_000
    info = generate(n)
    found = list(corpus.discover([Path(info.path)]).files)
    keep = WORK / f"cache-format-{n}"
    old_path, new_path = keep / "articles.pickle", keep / "articles.msgpack"
    fingerprint = articles_fingerprint()
    if not (old_path.is_file() and new_path.is_file()):
        print(f"reading {len(found)} files …", flush=True)
        articles = {}
        for item in found:
            read = corpus.read_article(item)
            if isinstance(read, Article):
                articles[str(item.path)] = read
        keep.mkdir(parents=True, exist_ok=True)
        with old_path.open("wb") as handle:
            payload = {"format": 2, "rows": _old_rows(articles)}
            pickle.dump({"fingerprint": "x", "payload": payload}, handle, protocol=5)
    else:  # the pickle is kept; the JSON is rewritten from it, in the current layout
        with old_path.open("rb") as handle:
            rows = pickle.load(handle)["payload"]["rows"]
        articles = {str(i.path): _from_old(rows[str(i.path)], i.path) for i in found}
    save_article_rows(new_path, fingerprint, articles)
    old_s, old_cpu, old_n = _best(_load_old, old_path, found)
    new_s, new_cpu, new_n = _best(_load_new, new_path, fingerprint, found)
    assert old_n == new_n == len(articles)
    paragraphs = sum(len(a.paragraphs) for a in articles.values())
    print(
        f"{len(articles)} articles, {paragraphs} paragraphs (best of {ROUNDS})\n"
        f"pickle:  {old_path.stat().st_size / 1e6:.1f} MB, "
        f"wall {old_s * 1000:.0f} ms, cpu {old_cpu * 1000:.0f} ms\n"
        f"msgpack: {new_path.stat().st_size / 1e6:.1f} MB, "
        f"wall {new_s * 1000:.0f} ms, cpu {new_cpu * 1000:.0f} ms\n"
        f"ratio msgpack/pickle: wall {new_s / old_s:.2f}, cpu {new_cpu / old_cpu:.2f}"
    )
    return 0


def _from_old(row: tuple[object, ...], path: Path) -> Article:
    *values, texts, kinds = row
    fields = dict(zip(_FIELDS, values, strict=True))
    paragraphs = tuple(map(Paragraph, texts, kinds))  # type: ignore[call-overload]
    return Article(path=path, paragraphs=paragraphs, **fields)  # type: ignore[arg-type]


if __name__ == "__main__":
    os.nice(10)
    sys.exit(main(sys.argv[1:]))
