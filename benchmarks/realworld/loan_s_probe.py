"""Precision probe for ``briefing/search/loan_s_plurals.py``: hit counts of sampled queries.

Run it from each tree (main's and a branch's) and compare the two outputs: every query whose
hits changed is listed, to be read by hand. Queries, per language (Spanish, Italian,
Portuguese): words of the dev packets' text in that language ending in a consonant (what the
rule may give an ``-s`` form) and ending in a consonant and ``s`` (what it may give a
singular), a fixed sample of each, plus native words that must keep their meaning.

    PYTHONPATH=$PWD python -m benchmarks.realworld.loan_s_probe sample /tmp/q.json
    PYTHONPATH=$PWD python -m benchmarks.realworld.loan_s_probe run /tmp/q.json /tmp/out.json
    python -m benchmarks.realworld.loan_s_probe diff /tmp/main.json /tmp/branch.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from benchmarks.realworld import facade, manifest

LANGUAGES = ("es", "it", "pt")
#: Sampled words per language: up to half ending in a consonant and s (few are written),
#: the rest ending in a consonant.
PER_LANGUAGE = 200
#: Native words ending in ``s`` (or whose plural does) that must keep their meaning.
NATIVE = {
    "es": "mes país lunes virus gas tos bus tras más vals mar mars val ben dan son fin",
    "it": "mese paese virus gas bus mar val ben dan son fin tram film sport",
    "pt": "mês país virus gás tos bus mais bem bens homem homens som sons fim fins tom tons",
}


def _words_by_language() -> dict[str, dict[str, set[str]]]:
    """Per language, per packet, the alphabetic words of its paragraphs in that language."""
    from briefing.search.analysis import word_matches

    found: dict[str, dict[str, set[str]]] = {code: {} for code in LANGUAGES}
    for packet in manifest.packets():
        with facade.private_dirs():
            briefing = facade.open_packet(packet.folder, sync=False)
            try:
                for article in briefing.articles:
                    for paragraph in article.paragraphs:
                        code = paragraph.language or article.language
                        if code in found:
                            words = {m.group(0).lower() for m in word_matches(paragraph.text)}
                            bucket = found[code].setdefault(packet.name, set())
                            bucket.update(w for w in words if w.isalpha())
            finally:
                briefing.close()
    return found


def sample(out: Path) -> None:
    from briefing.search.loan_s_plurals import consonant

    rng = random.Random(73)
    queries: dict[str, object] = {}
    for code, packets in _words_by_language().items():
        pool = sorted(set().union(*packets.values())) if packets else []
        singular = [w for w in pool if len(w) >= 3 and consonant(w[-1])]
        plural = [w for w in pool if len(w) > 3 and w.endswith("s") and consonant(w[-2])]
        picked = rng.sample(plural, min(PER_LANGUAGE // 2, len(plural)))
        picked += rng.sample(singular, min(PER_LANGUAGE - len(picked), len(singular)))
        picked += [w for w in NATIVE[code].split() if w not in picked]
        queries[code] = {"queries": picked, "packets": sorted(packets)}
    out.write_text(json.dumps(queries, ensure_ascii=False, indent=1), encoding="utf-8")


def run(queries_path: Path, out: Path) -> None:
    queries = json.loads(queries_path.read_text(encoding="utf-8"))
    by_packet: dict[str, list[str]] = {}
    for spec in queries.values():
        for name in spec["packets"]:
            by_packet.setdefault(name, []).extend(spec["queries"])
    hits: dict[str, dict[str, list[str]]] = {}
    for packet in manifest.packets():
        if packet.name not in by_packet:
            continue
        with facade.private_dirs():
            briefing = facade.open_packet(packet.folder, sync=True)
            try:
                files = {a.id: facade.file_of(a) for a in briefing.articles}
                limit = len(files) + 10
                found = hits.setdefault(packet.name, {})
                for query in dict.fromkeys(by_packet[packet.name]):
                    result = briefing.search(query, limit=limit, snippets=False)
                    found[query] = sorted(files.get(h.article_id, "?") for h in result.hits)
            finally:
                briefing.close()
    out.write_text(json.dumps(hits, ensure_ascii=False, indent=1), encoding="utf-8")


def diff(before_path: Path, after_path: Path) -> None:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    total = changed = 0
    for name, queries in before.items():
        for query, files in queries.items():
            total += 1
            new = after.get(name, {}).get(query, [])
            if new != files:
                changed += 1
                added = sorted(set(new) - set(files))
                lost = sorted(set(files) - set(new))
                print(f"{name} {query!r}: {len(files)} → {len(new)} +{added} -{lost}")
    print(f"{changed} of {total} (packet, query) pairs changed")


if __name__ == "__main__":
    command, *paths = sys.argv[1:]
    if command == "sample":
        sample(Path(paths[0]))
    elif command == "run":
        run(Path(paths[0]), Path(paths[1]))
    else:
        diff(Path(paths[0]), Path(paths[1]))
