"""Whether two versions of the code build the same index: a dump to compare, corpus by corpus.

Speed and memory work on reading and indexing (issue 15) must not change what is found,
highlighted or stored. This opens each corpus cold (fresh cache folders, every file read and
indexed) and writes, as one JSON line per corpus: every article's title, source, date and
paragraph kinds; every stored document and a digest of every posting (term, document,
weight, positions) with the term statistics; the vocabulary; and the benchmark's queries
plus a few more, each at 20 and 200 hits, with ids, scores, spans, snippets, totals and
suggestions; and the related articles of the first 40. Run it with the old code on
``PYTHONPATH`` and with the new, then compare (``--compare``)::

    PYTHONPATH=/tmp/base python -m benchmarks.search_same before.jsonl benchmarks/.work/corpus-1000
    PYTHONPATH=.         python -m benchmarks.search_same after.jsonl benchmarks/.work/corpus-1000
    python -m benchmarks.search_same --compare before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

#: Queries beyond the benchmark's: a plain word, a phrase of stop words, a prefix, no hits.
EXTRA = ("memory", "file", "kernel module", "signal handler", '"the file"', "config*", "zzzz")

#: Queries for the real packets and the synthetic corpora alike: phrases, prefixes,
#: wildcards, fuzzy words, fields, boolean operators and words in the packets' languages
#: (French, Italian, Spanish, Portuguese, German, Turkish, Greek, Russian, Ukrainian, Slovak).
MORE = (
    '"notre dame"',
    '"the bridge collapsed"',
    '"train crash"',
    "cathédrale",
    "cathedrale",
    "réouverture",
    "incendie",
    "conclave",
    "cardinali",
    "fumata bianca",
    '"papa leone"',
    "crollo",
    "ponte morandi",
    "vigili del fuoco",
    "deprem",
    "büyüklüğünde",
    "kahramanmaraş",
    "σύγκρουση",
    "τρένο",
    "теракт",
    "террористов",
    "крокус",
    "загинули",
    "apagón",
    "apagão",
    "elevador",
    "funicular",
    "stromausfall",
    "atentát",
    "fico",
    "heist",
    "louvre",
    "jewel*",
    "bijou*",
    "rob?ery",
    "earthquak~",
    "trian~",
    "title:crash",
    "source:reuters",
    "body:bridge",
    "crash AND train",
    "fire OR incendie",
    "paris NOT louvre",
    '"air india"',
    "ahmedabad",
    "boeing 787",
    "date:2024",
    "blackout*",
    "спасател*",
    "kernel*",
    "signal",
    '"file system"',
    "process~",
)


def dump(corpus: str, jobs: int) -> dict[str, Any]:
    """What a cold build of ``corpus`` stores and answers, as plain JSON values."""
    with tempfile.TemporaryDirectory() as home:
        for name in ("CACHE", "STATE", "DATA", "CONFIG"):
            os.environ[f"BRIEFING_{name}_DIR"] = f"{home}/{name.lower()}"
        from benchmarks.queries import QUERIES
        from briefing.briefing import Briefing

        briefing = Briefing.open([corpus], jobs=jobs)
        try:
            return _dump(briefing, [q for _, q in QUERIES] + list(EXTRA) + list(MORE))
        finally:
            briefing.close()


def _dump(briefing: Any, queries: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "articles": [
            [a.id, a.title, a.source, str(a.date), [p.kind for p in a.paragraphs]]
            for a in briefing.articles
        ]
    }
    for query in queries:
        for limit in (20, 200):
            out[f"{query} @{limit}"] = repr(briefing.search(query, limit=limit))
    for article in briefing.articles[:40]:
        out[f"related {article.id}"] = list(briefing.related(article.id))
    index = briefing._index  # the index's own files: stored documents and postings
    reader = index._live.searcher.reader()
    out["documents"] = [repr(sorted(fields.items())) for fields in reader.all_stored_fields()]
    postings = hashlib.sha256()
    for field, term in reader.all_terms():
        stats = (field, term, reader.doc_frequency(field, term), reader.frequency(field, term))
        postings.update(repr(stats).encode())
        matcher = reader.postings(field, term)
        while matcher.is_active():
            postings.update(repr((matcher.id(), matcher.weight(), matcher.value())).encode())
            matcher.next()
    out["postings"] = postings.hexdigest()
    words = index._words(index._live)
    out["vocabulary"] = [sorted(words.counts.items()), sorted(words.languages)]
    return out


def digest(entry: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(entry, sort_keys=True).encode()).hexdigest()[:16]


def compare(before: Path, after: Path) -> int:
    """0 when every corpus dumped the same; else list the keys that differ."""
    old = [json.loads(line) for line in before.read_text().splitlines()]
    new = [json.loads(line) for line in after.read_text().splitlines()]
    differ = 0
    for a, b in zip(old, new, strict=True):
        keys = sorted(
            k for k in set(a["dump"]) | set(b["dump"]) if a["dump"].get(k) != b["dump"].get(k)
        )
        print(a["corpus"], "same" if not keys else f"DIFFERENT: {keys[:10]}")
        differ += bool(keys)
    return 1 if differ else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="compare two dump files")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("out", type=Path)
    parser.add_argument("corpora", nargs="+")
    args = parser.parse_args(argv)
    if args.compare:
        return compare(args.out, Path(args.corpora[0]))
    with args.out.open("w") as f:
        for corpus in args.corpora:
            entry = {"corpus": corpus, "dump": dump(corpus, args.jobs)}
            f.write(json.dumps(entry, sort_keys=True) + "\n")
            print(corpus, digest(entry["dump"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
