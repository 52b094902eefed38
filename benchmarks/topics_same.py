"""Whether two versions of the code extract the same topics: a dump to compare, corpus by corpus.

Speed work on the topic extraction (issue 15) must not change what it finds. This writes, for
each corpus given, every topic the app would cache (``extract_topics_named`` with the façade's
limit): id, name, kind, aliases, score and every mention, plus the main event's name, as one
JSON line per corpus, and prints a digest per corpus. Run it once with the old code first on
``PYTHONPATH`` and once with the new, then compare the two files (``--compare``)::

    PYTHONPATH=/tmp/base python -m benchmarks.topics_same before.jsonl seeds packet/ corpus-1000
    PYTHONPATH=.         python -m benchmarks.topics_same after.jsonl seeds packet/ corpus-1000
    python -m benchmarks.topics_same --compare before.jsonl after.jsonl

``seeds`` stands for the bundled seeds; ``--jobs N`` runs the extraction on N processes (so a
multi-process run can be compared with a one-process run of the same code).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any


def dump(corpus: str, jobs: int) -> dict[str, Any]:
    """Every field of every topic of ``corpus`` as plain JSON values."""
    from briefing.briefing import MAX_TOPICS, Briefing
    from briefing.topics import extract_topics_named

    briefing = Briefing.open(None if corpus == "seeds" else [corpus], sync=False, jobs=jobs)
    started = time.perf_counter()
    topics, event = extract_topics_named(briefing.articles, limit=MAX_TOPICS, jobs=jobs)
    seconds = time.perf_counter() - started
    rows = [
        [
            t.id,
            t.name,
            t.kind,
            list(t.aliases),
            t.score,
            [
                [m.article_id, m.span.paragraph, m.span.start, m.span.end, m.surface]
                for m in t.mentions
            ],
        ]
        for t in topics
    ]
    return {"corpus": corpus, "event": event, "topics": rows, "seconds": round(seconds, 2)}


def digest(entry: dict[str, Any]) -> str:
    """A hash of what was found (not of the time it took)."""
    text = json.dumps([entry["event"], entry["topics"]], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def compare(before: Path, after: Path) -> int:
    """0 when every corpus of ``before`` is in ``after`` with the same topics; else 1."""
    old = {e["corpus"]: e for e in map(json.loads, before.read_text().splitlines())}
    new = {e["corpus"]: e for e in map(json.loads, after.read_text().splitlines())}
    status = 0
    for corpus, entry in old.items():
        other = new.get(corpus)
        if other is None:
            print(f"{corpus}: missing from {after}")
            status = 1
            continue
        same = digest(entry) == digest(other)
        print(
            f"{corpus}: {'same' if same else 'DIFFERENT'} ({len(entry['topics'])} topics, "
            f"{entry['seconds']} s → {other['seconds']} s)"
        )
        if not same:
            status = 1
            if entry["event"] != other["event"]:
                print(f"  event: {entry['event']!r} → {other['event']!r}")
            for a, b in zip(entry["topics"], other["topics"], strict=False):
                if a != b:
                    print(f"  first difference: {a[:5]} → {b[:5]}")
                    break
            if len(entry["topics"]) != len(other["topics"]):
                print(f"  {len(entry['topics'])} topics → {len(other['topics'])}")
    return status


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", action="store_true", help="compare two dump files")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("out", type=Path)
    parser.add_argument("corpora", nargs="+")
    args = parser.parse_args(argv)
    if args.compare:
        return compare(args.out, Path(args.corpora[0]))
    with args.out.open("w") as handle:
        for corpus in args.corpora:
            entry = dump(corpus, args.jobs)
            print(
                f"{corpus}: {digest(entry)} ({len(entry['topics'])} topics, {entry['seconds']} s)"
            )
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
