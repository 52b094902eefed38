"""Time, memory and a digest of ``extract_topics`` on a generated briefing folder.

    .venv/bin/python -m benchmarks.corpus 1000          # writes benchmarks/.work/corpus-1000
    .venv/bin/python benchmarks/topics_eval/scale.py benchmarks/.work/corpus-1000 \
        [--articles-cache /tmp/a1000.pickle] [--digest-out before.json] [--compare before.json]

Reading the articles is not timed (the app reads them once for the index too); a pickle of
the read articles can be kept with ``--articles-cache`` so repeated runs skip the reader.
CPU time (``time.process_time``) is printed beside wall time because the machine is shared.
Peak RSS is measured twice: after reading (the floor the articles themselves need) and after
extraction, so the difference is what extraction costs.

The digest is a hash of everything a topic carries (id, name, kind, aliases, mentions,
score) in rank order, plus per-topic lines for a diff: an optimisation that must not change
results is checked by comparing digests before and after with ``--compare``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from briefing.corpus import discover, read_article  # noqa: E402
from briefing.model import Article, Topic  # noqa: E402
from briefing.topics import cooccurring, extract_topics, passages  # noqa: E402


def peak_rss_mb() -> float:
    """Peak resident set of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(folder: Path, cache: Path | None) -> list[Article]:
    if cache is not None and cache.is_file():
        with cache.open("rb") as handle:
            loaded: list[Article] = pickle.load(handle)
        return loaded
    articles = [a for f in discover([folder]).files if isinstance(a := read_article(f), Article)]
    if cache is not None:
        with cache.open("wb") as handle:
            pickle.dump(articles, handle, protocol=pickle.HIGHEST_PROTOCOL)
    return articles


def topic_line(topic: Topic) -> str:
    """One line that changes whenever anything the topic carries changes."""
    mentions = hashlib.sha256(
        repr([(m.article_id, m.span, m.surface) for m in topic.mentions]).encode()
    ).hexdigest()[:12]
    return (
        f"{topic.id}\t{topic.name}\t{topic.kind}\t{topic.score}\t{len(topic.mentions)}\t"
        f"{mentions}\t{'|'.join(topic.aliases)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles-cache", type=Path)
    parser.add_argument("--digest-out", type=Path, help="write the per-topic lines here")
    parser.add_argument("--compare", type=Path, help="per-topic lines of an earlier run")
    parser.add_argument("--limit", type=int, help="keep only the best N topics, as the app does")
    args = parser.parse_args(argv)
    articles = load(args.folder, args.articles_cache)
    chars = sum(len(a.text) for a in articles)
    rss_read = peak_rss_mb()
    started, cpu = time.perf_counter(), time.process_time()
    topics = extract_topics(articles, args.limit) if args.limit else extract_topics(articles)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    rss_after = peak_rss_mb()
    by_id = {a.id: a for a in articles}
    started = time.process_time()
    shown = len(passages(topics[0], by_id))
    passages_cpu = time.process_time() - started
    started = time.process_time()
    near = cooccurring(topics[0], topics)
    cooc_cpu = time.process_time() - started
    lines = [topic_line(t) for t in topics]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
    print(
        json.dumps(
            {
                "articles": len(articles),
                "million_chars": round(chars / 1e6, 1),
                "extract_cpu_s": round(cpu, 2),
                "extract_wall_s": round(wall, 2),
                "peak_rss_after_reading_mb": round(rss_read),
                "peak_rss_after_topics_mb": round(rss_after),
                "topics": len(topics),
                "mentions": sum(len(t.mentions) for t in topics),
                "top_topic": topics[0].name,
                "top_topic_mentions": len(topics[0].mentions),
                "passages_top_topic": shown,
                "passages_cpu_s": round(passages_cpu, 3),
                "cooccurring_cpu_s": round(cooc_cpu, 3),
                "cooccurring_top": [t.name for t, _ in near[:3]],
                "top10": [t.name for t in topics[:10]],
                "digest": digest,
            },
            indent=1,
        )
    )
    if args.digest_out:
        args.digest_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.compare:
        before = args.compare.read_text(encoding="utf-8").splitlines()[: len(lines)]
        changed = sum(1 for a, b in zip(before, lines, strict=False) if a != b)
        changed += abs(len(before) - len(lines))
        print(
            f"compared with {args.compare}: {changed} of the first {len(before)} topic lines differ"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
